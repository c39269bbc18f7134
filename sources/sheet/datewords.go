package sheet

import (
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// The words of dates in Spanish, French, German, Portuguese, Italian and
// Dutch, as people type them in a sheet's date cells: "15 de marzo de
// 2023", "marzo de 2023", "le 15 mars 2023", "15. März 2023", "março de
// 2023", "15 marzo 2023", "15 maart 2023", "lunes, 15 de marzo de 2023",
// "principios de 1990", "44 a. C.". They are read only in date cells:
// running text is read by the tagger (timeline/tempex), which knows
// English only.
//
// Words are listed folded, as the tokenizer folds them: lower case,
// without accents or dots ("März" is "marz", "févr." is "fevr").

// localMonths are the month names and the abbreviations spreadsheets in
// those languages write (Excel's "15-ago-23", "15-mrt-23").
var localMonths = map[string]int{
	// Spanish
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
	"junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "set": 9,
	"octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
	// French
	"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
	"mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "octobre": 10,
	"novembre": 11, "decembre": 12,
	// German
	"januar": 1, "janner": 1, "jaenner": 1, "februar": 2, "marz": 3, "maerz": 3, "mrz": 3,
	"juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
	// Italian
	"gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5, "giugno": 6,
	"giu": 6, "luglio": 7, "lug": 7, "settembre": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
}

// localWeekdays are the names of the days of the week. Abbreviations are
// left out: Spanish "mar" (martes) is March, German "Do" a Portuguese "of".
// Portuguese writes "segunda-feira"; the "-feira" is dropped with it.
var localWeekdays = map[string]time.Weekday{
	// Spanish
	"lunes": time.Monday, "martes": time.Tuesday, "miercoles": time.Wednesday, "jueves": time.Thursday,
	"viernes": time.Friday, "sabado": time.Saturday, "domingo": time.Sunday,
	// French
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	// German
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonnabend": time.Saturday, "sonntag": time.Sunday,
	// Portuguese (sábado and domingo are Spanish too)
	"segunda": time.Monday, "terca": time.Tuesday, "quarta": time.Wednesday, "quinta": time.Thursday,
	"sexta": time.Friday,
	// Italian
	"lunedi": time.Monday, "martedi": time.Tuesday, "mercoledi": time.Wednesday, "giovedi": time.Thursday,
	"venerdi": time.Friday, "sabato": time.Saturday, "domenica": time.Sunday,
	// Dutch
	"maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday, "donderdag": time.Thursday,
	"vrijdag": time.Friday, "zaterdag": time.Saturday, "zondag": time.Sunday,
	// Abbreviations that name nothing else ("mié 15/03/2023", as Excel
	// writes a date with its weekday): "mar" is March, "do" and "di" are
	// "of", "sa" and "so" words.
	"lun": time.Monday, "mie": time.Wednesday, "jue": time.Thursday, "vie": time.Friday,
	"sab": time.Saturday, "dom": time.Sunday, // Spanish, Portuguese, Italian
	"mer": time.Wednesday, "jeu": time.Thursday, "ven": time.Friday, "sam": time.Saturday, "dim": time.Sunday,
	"gio": time.Thursday, // Italian
	"seg": time.Monday, "ter": time.Tuesday, "qua": time.Wednesday, "qui": time.Thursday, "sex": time.Friday,
}

// localSeasons are the seasons' names.
var localSeasons = map[string]timeline.SeasonCode{
	"primavera": timeline.Spring, "printemps": timeline.Spring, "fruhling": timeline.Spring,
	"fruehling": timeline.Spring, "fruhjahr": timeline.Spring, "fruehjahr": timeline.Spring,
	"lente": timeline.Spring, "voorjaar": timeline.Spring,
	"verano": timeline.Summer, "ete": timeline.Summer, "sommer": timeline.Summer, "verao": timeline.Summer,
	"estate": timeline.Summer, "zomer": timeline.Summer,
	"otono": timeline.Fall, "automne": timeline.Fall, "herbst": timeline.Fall, "outono": timeline.Fall,
	"autunno": timeline.Fall, "herfst": timeline.Fall, "najaar": timeline.Fall,
	"invierno": timeline.Winter, "hiver": timeline.Winter, "inverno": timeline.Winter,
}

// localMods are the words before a date that make it approximate or a
// part of it: "hacia 1450", "vers 1450", "um 1450" (about); "principios
// de 1990", "début 1990", "Anfang 1990" (early); "mediados de", "mi-",
// "Mitte", "meados de", "metà", "midden" (mid); "finales de", "fin",
// "Ende", "final de", "fine", "eind" (late); "antes de", "avant", "vor",
// "prima del", "voor" (before); "después de", "après", "nach", "depois
// de", "dopo il" (after).
var localMods = map[string]timeline.Mod{
	"hacia": timeline.ModApprox, "alrededor": timeline.ModApprox, "aprox": timeline.ModApprox,
	"aproximadamente": timeline.ModApprox, "cerca": timeline.ModApprox, "vers": timeline.ModApprox,
	"environ": timeline.ModApprox, "um": timeline.ModApprox, "etwa": timeline.ModApprox,
	"ungefahr": timeline.ModApprox, "volta": timeline.ModApprox, "intorno": timeline.ModApprox,
	"verso": timeline.ModApprox, "omstreeks": timeline.ModApprox, "rond": timeline.ModApprox,
	"ongeveer": timeline.ModApprox,

	"principios": timeline.ModStart, "comienzos": timeline.ModStart, "inicios": timeline.ModStart,
	"debut": timeline.ModStart, "anfang": timeline.ModStart, "inicio": timeline.ModStart,
	"comeco": timeline.ModStart, "inizio": timeline.ModStart, "inizi": timeline.ModStart,
	"begin": timeline.ModStart,

	"mediados": timeline.ModMid, "mi": timeline.ModMid, "milieu": timeline.ModMid, "mitte": timeline.ModMid,
	"meados": timeline.ModMid, "meta": timeline.ModMid, "midden": timeline.ModMid,

	"finales": timeline.ModEnd, "fines": timeline.ModEnd, "fin": timeline.ModEnd, "ende": timeline.ModEnd,
	"final": timeline.ModEnd, "fim": timeline.ModEnd, "fins": timeline.ModEnd, "fine": timeline.ModEnd,
	"eind": timeline.ModEnd, "einde": timeline.ModEnd,

	"antes": timeline.ModBefore, "avant": timeline.ModBefore, "vor": timeline.ModBefore,
	"prima": timeline.ModBefore, "voor": timeline.ModBefore,

	"despues": timeline.ModAfter, "apres": timeline.ModAfter, "nach": timeline.ModAfter,
	"depois": timeline.ModAfter, "dopo": timeline.ModAfter,
}

// leadFillers are the little words a date cell may open with, before or
// after a modifier: "the", "on", "in" and their like ("el 15 de marzo",
// "le 15 mars", "am 15. März", "a principios de", "au début de", "à la
// fin de", "em meados de", "alla fine del", "por volta de").
var leadFillers = map[string]bool{
	"the": true, "on": true, "in": true,
	"el": true, "la": true, "los": true, "a": true, "al": true, "en": true, "de": true, "del": true, "por": true,
	"le": true, "les": true, "au": true, "aux": true, "des": true, "du": true,
	"am": true, "im": true, "der": true, "den": true,
	"o": true, "no": true, "na": true, "em": true, "do": true, "da": true, "dos": true,
	"il": true, "lo": true, "alla": true, "di": true, "dello": true, "della": true,
	"op": true, "het": true, "van": true,
}

// innerFillers are the words dropped anywhere in a date cell, as "of" and
// "the" are ("the 13th of December"): "15 de marzo de 2023", "março de
// 2023".
var innerFillers = map[string]bool{
	"of": true, "the": true, "de": true, "del": true, "do": true, "da": true, "di": true,
}

// eras are the words after a year that name its era, as the tokenizer
// splits them: "44 BC", "44 a. C." and "44 a.C." (Spanish, Portuguese,
// Italian), "44 av. J.-C." (French), "44 v. Chr." (German, Dutch), and
// after Christ "AD", "d. C.", "apr. J.-C.", "n. Chr.".
var eras = []struct {
	words []string
	bc    bool
}{
	{[]string{"bc"}, true}, {[]string{"bce"}, true}, {[]string{"ad"}, false}, {[]string{"ce"}, false},
	{[]string{"ac"}, true}, {[]string{"a", "c"}, true}, {[]string{"a", "de", "c"}, true}, {[]string{"aec"}, true},
	{[]string{"av", "j", "c"}, true}, {[]string{"av", "jc"}, true}, {[]string{"avjc"}, true},
	{[]string{"v", "chr"}, true}, {[]string{"vchr"}, true},
	{[]string{"dc"}, false}, {[]string{"d", "c"}, false}, {[]string{"d", "de", "c"}, false},
	{[]string{"apr", "j", "c"}, false}, {[]string{"apr", "jc"}, false},
	{[]string{"n", "chr"}, false}, {[]string{"nchr"}, false},
}

// clockWords are the words before a time of day: "at 15:00", "a las
// 15:00", "à 15h30", "um 15 Uhr", "às 15h", "alle 15:00", "om 15:00".
var clockWords = map[string]bool{
	"at": true, "a": true, "las": true, "la": true, "um": true, "as": true, "alle": true, "ore": true, "om": true,
}

// hourWords are the words after a time of day on a 24-hour clock: "15
// Uhr", "15:30 h", "15 horas".
var hourWords = map[string]bool{"uhr": true, "h": true, "hrs": true, "horas": true, "heures": true, "uur": true}

// localRangeSeps split a range, after rangeSeps: "1939 a 1945", "del 13 al
// 15 de marzo", "1939 bis 1945", "du 13 au 15 mars", "1939 tot 1945".
var localRangeSeps = []string{" hasta ", " bis ", " tot ", " até ", " ate ", " au ", " à ", " al ", " a ", " ao "}

// localFrom are the words that open a range, as "from" does ("desde
// 1939 hasta 1945", "von 1939 bis 1945", "de 1939 a 1945").
var localFrom = []string{"desde ", "del ", "de ", "du ", "von ", "vom ", "van ", "dal ", "da ", "dalla "}

// localBetween are the words of "between ... and ...": "entre 1939 y
// 1945", "entre 1939 et 1945", "zwischen 1939 und 1945", "tra il 1939 e
// il 1945", "tussen 1939 en 1945".
var localBetween = [][2]string{
	{"entre ", " y "}, {"entre ", " e "}, {"entre ", " et "}, {"zwischen ", " und "},
	{"tra ", " e "}, {"fra ", " e "}, {"tussen ", " en "},
}

func init() {
	for w, m := range localMonths {
		monthNames[w] = m
	}
	for w, d := range localWeekdays {
		weekdayNames[w] = d
	}
	for w, s := range localSeasons {
		seasonNames[w] = s
	}
	for w, m := range localMods {
		if _, ok := modWords[w]; !ok {
			modWords[w] = m
		}
	}
}
