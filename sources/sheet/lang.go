package sheet

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Sheets in other languages. Teachers, newsrooms and NGOs export their
// sheets with the headers of their own language (Fecha, Evento; Date,
// Événement; Datum, Ereignis), and type their dates with its month names
// ("15 de marzo de 2023", "15. März 2023"). The column names below are
// read as the English ones are; the month, weekday and season names, and
// the little words around them, in datewords.go.
//
// Names are listed folded as normalizeName folds them: lower case and
// without accents ("Descripción" is "descripcion", "Début" "debut").

// lang is a language whose column names a sheet may use.
type lang uint8

const (
	langES lang = 1 << iota // Spanish
	langFR                  // French
	langDE                  // German
	langPT                  // Portuguese
	langIT                  // Italian
	langNL                  // Dutch
)

// localColumns are the column names of each language, folded. A name may
// be in several languages (Evento is Spanish, Portuguese and Italian), and
// must then mean the same in each; one that is an English column name
// already (Date, Description, Source) must mean the same too. Both are
// checked by TestLocalColumnsAgree.
var localColumns = map[lang]map[string]field{
	langES: {
		"fecha": fStart, "fechas": fStart, "cuando": fStart, "fecha del evento": fStart,
		"fecha del suceso": fStart, "fecha del acontecimiento": fStart,
		"inicio": fStart, "fecha de inicio": fStart, "fecha inicio": fStart, "fecha inicial": fStart,
		"comienzo": fStart, "fecha de comienzo": fStart,
		"fin": fEnd, "fecha de fin": fEnd, "fecha fin": fEnd, "fecha final": fEnd,
		"fecha de finalizacion": fEnd, "fecha de termino": fEnd, "termino": fEnd,
		"ano": fYear, "mes": fMonth, "dia": fDay, "hora": fTime, "hora de inicio": fTime, "hora de fin": fEndTime,
		"evento": fTitle, "titulo": fTitle, "acontecimiento": fTitle, "suceso": fTitle, "hecho": fTitle,
		"titular": fTitle, "nombre del evento": fTitle, "que": fTitle, "que paso": fTitle, "hito": fTitle,
		"descripcion": fText, "texto": fText, "detalles": fText, "detalle": fText, "notas": fText,
		"nota": fText, "resumen": fText, "observaciones": fText, "comentarios": fText, "comentario": fText,
		"contenido": fText, "descripcion del evento": fText,
		"fuente": fSource, "fuentes": fSource, "medio": fSource,
		"enlace": fURL, "vinculo": fURL, "url de la fuente": fURL, "enlace de la fuente": fURL,
		"lugar": fPlace, "donde": fPlace, "ubicacion": fPlace, "localidad": fPlace, "ciudad": fPlace,
		"pais": fPlace, "region": fPlace, "sede": fPlace,
		"grupo": fGroup, "categoria": fGroup, "tema": fGroup,
		"etiquetas": fTags, "palabras clave": fTags,
		"personas": fActors, "protagonistas": fActors, "participantes": fActors, "quien": fActors, "quienes": fActors,
		"imagen": fMedia, "fecha de publicacion": fSourceDate,
	},
	langFR: {
		"date": fStart, "dates": fStart, "quand": fStart, "date de l'evenement": fStart,
		"debut": fStart, "date de debut": fStart, "date debut": fStart, "commencement": fStart,
		"fin": fEnd, "date de fin": fEnd, "date fin": fEnd,
		"annee": fYear, "mois": fMonth, "jour": fDay, "heure": fTime, "heure de debut": fTime, "heure de fin": fEndTime,
		"evenement": fTitle, "titre": fTitle, "intitule": fTitle, "quoi": fTitle, "nom de l'evenement": fTitle,
		"fait": fTitle, "jalon": fTitle, "sujet": fTitle,
		"description": fText, "texte": fText, "details": fText, "detail": fText, "notes": fText,
		"note": fText, "resume": fText, "commentaire": fText, "commentaires": fText, "remarques": fText,
		"observations": fText, "contenu": fText,
		"source": fSource, "url de la source": fURL, "lien de la source": fURL,
		"lieu": fPlace, "endroit": fPlace, "emplacement": fPlace, "localite": fPlace,
		"ville": fPlace, "pays": fPlace, "region": fPlace,
		"groupe": fGroup, "categorie": fGroup, "theme": fGroup,
		"etiquettes": fTags, "mots cles": fTags, "mots clefs": fTags,
		"personnes": fActors, "acteurs": fActors, "participants": fActors, "qui": fActors,
		"image": fMedia, "date de publication": fSourceDate,
	},
	langDE: {
		"datum": fStart, "wann": fStart, "termin": fStart, "ereignisdatum": fStart,
		"beginn": fStart, "anfang": fStart, "startdatum": fStart, "anfangsdatum": fStart,
		"beginndatum": fStart, "start": fStart,
		"ende": fEnd, "enddatum": fEnd, "schluss": fEnd,
		"jahr": fYear, "monat": fMonth, "uhrzeit": fTime, "zeit": fTime,
		"ereignis": fTitle, "titel": fTitle, "veranstaltung": fTitle, "uberschrift": fTitle,
		"ueberschrift": fTitle, "geschehen": fTitle, "meilenstein": fTitle,
		"beschreibung": fText, "text": fText, "details": fText, "notizen": fText, "anmerkungen": fText,
		"anmerkung": fText, "bemerkungen": fText, "bemerkung": fText, "kommentar": fText,
		"zusammenfassung": fText, "inhalt": fText,
		"quelle": fSource, "quellen": fSource,
		"link": fURL, "url": fURL, "quellenlink": fURL, "weblink": fURL,
		"ort": fPlace, "veranstaltungsort": fPlace, "standort": fPlace, "stadt": fPlace,
		"region": fPlace,
		"gruppe": fGroup, "kategorie": fGroup, "thema": fGroup, "bereich": fGroup,
		"schlagworter": fTags, "schlagwoerter": fTags, "stichworter": fTags, "stichwoerter": fTags,
		"personen": fActors, "beteiligte": fActors, "wer": fActors,
		"bild": fMedia, "veroffentlicht": fSourceDate, "veroeffentlicht": fSourceDate,
		"erscheinungsdatum": fSourceDate,
	},
	langPT: {
		"quando": fStart, "data do evento": fStart,
		"inicio": fStart, "data de inicio": fStart, "data inicial": fStart, "data inicio": fStart,
		"fim": fEnd, "data de fim": fEnd, "data final": fEnd, "data fim": fEnd, "termino": fEnd,
		"data de termino": fEnd, "ano": fYear, "mes": fMonth, "dia": fDay, "hora": fTime,
		"evento": fTitle, "titulo": fTitle, "acontecimento": fTitle, "fato": fTitle, "facto": fTitle,
		"o que": fTitle, "marco": fTitle, "nome do evento": fTitle,
		"descricao": fText, "texto": fText, "detalhes": fText, "notas": fText, "nota": fText,
		"resumo": fText, "observacoes": fText, "comentarios": fText, "comentario": fText, "conteudo": fText,
		"fonte": fSource, "fontes": fSource,
		"ligacao": fURL, "endereco": fPlace,
		"lugar": fPlace, "onde": fPlace, "localidade": fPlace, "cidade": fPlace, "pais": fPlace,
		"regiao": fPlace, "grupo": fGroup, "categoria": fGroup, "tema": fGroup,
		"etiquetas": fTags, "palavras chave": fTags, "palavras chaves": fTags,
		"pessoas": fActors, "participantes": fActors, "quem": fActors,
		"imagem": fMedia, "data de publicacao": fSourceDate,
	},
	langIT: {
		"quando": fStart, "data dell'evento": fStart,
		"inizio": fStart, "data di inizio": fStart, "data inizio": fStart, "data iniziale": fStart,
		"data di fine": fEnd, "data fine": fEnd, "data finale": fEnd, "termine": fEnd,
		"anno": fYear, "mese": fMonth, "giorno": fDay, "ora": fTime, "orario": fTime,
		"evento": fTitle, "titolo": fTitle, "avvenimento": fTitle, "fatto": fTitle, "cosa": fTitle,
		"descrizione": fText, "testo": fText, "dettagli": fText, "note": fText, "riassunto": fText,
		"sintesi": fText, "commento": fText, "commenti": fText, "osservazioni": fText, "contenuto": fText,
		"fonte": fSource, "fonti": fSource,
		"collegamento": fURL, "luogo": fPlace, "dove": fPlace, "localita": fPlace, "citta": fPlace, "paese": fPlace,
		"regione": fPlace, "sede": fPlace,
		"gruppo": fGroup, "categoria": fGroup, "tema": fGroup,
		"etichette": fTags, "parole chiave": fTags,
		"persone": fActors, "partecipanti": fActors, "chi": fActors,
		"immagine": fMedia, "data di pubblicazione": fSourceDate,
	},
	langNL: {
		"datum": fStart, "wanneer": fStart, "begin": fStart, "begindatum": fStart, "startdatum": fStart,
		"aanvang": fStart, "start": fStart,
		"einde": fEnd, "einddatum": fEnd, "eind": fEnd,
		"jaar": fYear, "maand": fMonth, "dag": fDay, "tijd": fTime, "tijdstip": fTime,
		"gebeurtenis": fTitle, "titel": fTitle, "evenement": fTitle, "wat": fTitle, "mijlpaal": fTitle,
		"beschrijving": fText, "omschrijving": fText, "tekst": fText, "details": fText, "notities": fText,
		"opmerkingen": fText, "opmerking": fText, "samenvatting": fText, "toelichting": fText, "inhoud": fText,
		"bron": fSource, "bronnen": fSource,
		"link": fURL, "url": fURL,
		"plaats": fPlace, "waar": fPlace, "locatie": fPlace, "stad": fPlace, "regio": fPlace, "gebied": fPlace,
		"groep": fGroup, "categorie": fGroup, "thema": fGroup,
		"trefwoorden": fTags, "labels": fTags,
		"personen": fActors, "betrokkenen": fActors,
		"afbeelding": fMedia, "publicatiedatum": fSourceDate,
	},
}

// confirmedColumns are column names of a language that are also English
// words, or English column names, meaning something else: Italian
// "Fine" is the end, English "fine" a penalty; Portuguese and Italian
// "Data" is the date; German "Tag" is the day, English "tag" a tag. Each
// is read in its language's sense only when another header of the sheet
// is in that language (Data, Evento; Jahr, Monat, Tag); otherwise it is
// what it is in English, or not recognised.
var confirmedColumns = map[string]struct {
	f     field
	langs lang
}{
	"data":  {fStart, langPT | langIT},
	"fine":  {fEnd, langIT},
	"final": {fEnd, langES | langPT},
	"tag":   {fDay, langDE},
	"lien":  {fURL, langFR},
	"local": {fPlace, langPT},
	"land":  {fPlace, langDE | langNL},
	"wo":    {fPlace, langDE}, // English: a work order
	"was":   {fTitle, langDE},
	"ou":    {fPlace, langFR}, // French où; English: an organisational unit
}

// pairs are the From and To of each language (Desde | Hasta, Von | Bis),
// as written: the start and end when the sheet has no other date column
// (see pairedColumns).
var pairs = [][2]string{
	{"From", "To"},
	{"Desde", "Hasta"}, // Spanish
	{"Du", "Au"},       // French
	{"Von", "Bis"},     // German
	{"De", "Até"},      // Portuguese
	{"Dal", "Al"},      // Italian
	{"Van", "Tot"},     // Dutch
}

// pairPartner returns the other name of the pair a From or To name of
// pairs is in, folded: "bis" for "von", "von" for "bis"; "" for another
// name.
func pairPartner(n string) string {
	for _, p := range pairs {
		a, b := normalizeName(p[0]), normalizeName(p[1])
		switch n {
		case a:
			return b
		case b:
			return a
		}
	}
	return ""
}

// isPairName reports whether n, a name of pairedNames, is a From or To in
// a header (or object) whose names (folded) are names: From and To always
// are; the pairs of other languages, whose words are short and common
// ("De", "Al", "Tot"), only with their partner (Von with Bis).
func isPairName(n string, names []string) bool {
	if _, ok := pairedNames[n]; !ok {
		return false
	}
	if n == "from" || n == "to" {
		return true
	}
	return slices.Contains(names, pairPartner(n))
}

// pairedStart returns the start column, as written, that the end column
// named end (folded) goes with: "From" for "to", "Von" for "bis".
func pairedStart(end string) string {
	for _, p := range pairs {
		if normalizeName(p[1]) == end {
			return p[0]
		}
	}
	return "From"
}

// localWeakNames are the Name and Label of other languages: an event's
// headline only in a sheet that dates its rows (see weakNames).
var localWeakNames = map[string]field{
	"nombre": fTitle, "etiqueta": fTitle, "nom": fTitle, "libelle": fTitle, "bezeichnung": fTitle,
	"nome": fTitle, "rotulo": fTitle, "etichetta": fTitle, "naam": fTitle,
}

// nameLangs are the languages each column name of localColumns belongs to.
var nameLangs = map[string]lang{}

func init() {
	english := make(map[string]bool, len(columnNames))
	for n := range columnNames {
		english[n] = true
	}
	for l, names := range localColumns {
		for n, f := range names {
			if english[n] {
				continue // Date, Description, Text: they say nothing of the language
			}
			nameLangs[n] |= l
			columnNames[n] = f
		}
	}
	for _, p := range pairs {
		pairedNames[normalizeName(p[0])] = fStart
		pairedNames[normalizeName(p[1])] = fEnd
	}
	for n, f := range localWeakNames {
		weakNames[n] = f
	}
}

// sheetLangs are the languages a header is most likely in: those that
// most of its column names are in (Fecha and Evento are Spanish; Evento
// alone may be Spanish, Portuguese or Italian). A name that is English too
// (Date, Description, Start) counts for none: "Date, Tag, Text" is an
// English sheet with tags.
func sheetLangs(names []string) lang {
	var count [8]int
	best := 0
	for _, n := range names {
		ls := nameLangs[n]
		for i := range count {
			if ls&(1<<i) != 0 {
				count[i]++
				best = max(best, count[i])
			}
		}
	}
	var ls lang
	for i, c := range count {
		if c == best && best > 0 {
			ls |= 1 << i
		}
	}
	return ls
}

// columnField is what a column of a sheet whose header's names (folded)
// are in the languages ls holds: a name of confirmedColumns in its
// language's sense when the sheet is in that language, else as
// columnNames says.
func columnField(name string, ls lang) (field, bool) {
	if c, ok := confirmedColumns[name]; ok && c.langs&ls != 0 {
		return c.f, true
	}
	f, ok := columnNames[name]
	return f, ok
}

// foldAccents removes the accents of Latin letters (á, ç, ñ, ü, ø, ...),
// turns ß into ss and the typographic apostrophe into ', so that
// "Descripción", "Descripcion" and "DESCRIPCIÓN" are one name. Text with
// nothing to fold is returned as it is.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := accentFold[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// accentFold maps the accented Latin letters of the languages we read
// (and a few neighbours') to their letters without accent.
var accentFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'ẞ': "ss", '’': "'", 'ʼ': "'", '‘': "'", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
		'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d"}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "c": "çćčĉċÇĆČĈĊ", "e": "èéêëēĕėęěÈÉÊËĒĔĖĘĚ",
		"i": "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "n": "ñńňņÑŃŇŅ", "o": "òóôõöōŏőÒÓÔÕÖŌŎŐ",
		"u": "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "y": "ýÿŷÝŸŶ", "s": "śšşŝŚŠŞŜ", "z": "źžżŹŽŻ",
		"g": "ğĝģĞĜĢ", "r": "řŕŘŔ", "t": "ťţŤŢ", "d": "ďĎ", "l": "ľĺļĽĹĻ",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()
