package sheet

import (
	"strings"
	"testing"
)

// TestLocalColumnsAgree: a column name shared by two languages, or by a
// language and English, means the same in each, so that reading it does
// not depend on which language the sheet is guessed to be in; and every
// name is listed folded, as normalizeName makes it, or it is never found.
func TestLocalColumnsAgree(t *testing.T) {
	english := map[string]field{}
	for n, f := range columnNames {
		if nameLangs[n] == 0 {
			english[n] = f
		}
	}
	seen := map[string]field{}
	for l, names := range localColumns {
		for n, f := range names {
			if normalizeName(n) != n {
				t.Errorf("language %d: %q is not folded (%q)", l, n, normalizeName(n))
			}
			if e, ok := english[n]; ok && e != f {
				t.Errorf("language %d: %q is %s, in English %s", l, n, fieldNames[f], fieldNames[e])
			}
			if p, ok := seen[n]; ok && p != f {
				t.Errorf("language %d: %q is %s, in another language %s", l, n, fieldNames[f], fieldNames[p])
			}
			seen[n] = f
			if _, ok := confirmedColumns[n]; ok {
				t.Errorf("%q is both a column name and one read only when confirmed", n)
			}
		}
	}
	for n, c := range confirmedColumns {
		if normalizeName(n) != n || c.langs == 0 {
			t.Errorf("confirmed column %q: not folded, or in no language", n)
		}
	}
	for n := range localWeakNames {
		if _, ok := columnNames[n]; ok {
			t.Errorf("weak name %q is a column name too", n)
		}
	}
}

// TestFoldAccents: the names people type with and without accents, or in
// capitals, are one.
func TestFoldAccents(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Spanish", "Descripción", "descripcion"},
		{"capitals", "DESCRIPCIÓN", "descripcion"},
		{"French", "Événement", "evenement"},
		{"French apostrophe", "Date de l’événement", "date de l'evenement"},
		{"German", "Überschrift", "uberschrift"},
		{"eszett", "Straße", "strasse"},
		{"Portuguese", "Descrição", "descricao"},
		{"Italian", "Località", "localita"},
		{"ASCII untouched", "start_date", "start date"},
		{"not Latin kept", "日付", "日付"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizeName(tt.in); got != tt.want {
				t.Errorf("normalizeName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSheetLanguage: a name that means one thing in English and another
// in a language is read in the language's sense only beside another name
// in that language.
func TestSheetLanguage(t *testing.T) {
	tests := []struct {
		name   string
		header string
		col    string // the column asked about, as written
		want   field
		known  bool
	}{
		{"Data beside Evento", "Data,Evento", "Data", fStart, true},
		{"Data beside Titolo", "Titolo,Data", "Data", fStart, true},
		{"Data in English", "Date,Title,Data", "Data", fNone, false},
		{"Fine beside Inizio", "Inizio,Fine,Evento", "Fine", fEnd, true},
		{"Fine beside Spanish", "Fecha,Evento,Fine", "Fine", fNone, false},
		{"Fine in English", "Date,Fine", "Fine", fNone, false},
		{"Tag beside Jahr and Monat", "Jahr,Monat,Tag", "Tag", fDay, true},
		{"Tag in English", "Date,Title,Tag,Text", "Tag", fTags, true},
		{"Final in Spanish", "Inicio,Final,Evento", "Final", fEnd, true},
		{"Final in English", "Date,Final,Score", "Final", fNone, false},
		{"Lien in French", "Date,Titre,Lien", "Lien", fURL, true},
		{"Land in German", "Datum,Ereignis,Land", "Land", fPlace, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, h := range strings.Split(tt.header, ",") {
				names = append(names, normalizeName(h))
			}
			f, ok := columnField(normalizeName(tt.col), sheetLangs(names))
			if f != tt.want || ok != tt.known {
				t.Errorf("column %q of %q: %s, %v; want %s, %v", tt.col, tt.header, fieldNames[f], ok, fieldNames[tt.want], tt.known)
			}
		})
	}
}

func BenchmarkLocalDates(b *testing.B) {
	cells := []string{"15 de marzo de 2023", "marzo de 2023", "15. März 2023", "le 1er mars 2023 à 15h30",
		"quarta-feira, 15 de março de 2023", "15 marzo 2023", "15 maart 2023", "del 13 al 15 de marzo de 2023",
		"von 1939 bis 1945", "44 a. C.", "principios de 1990", "primavera de 1944"}
	n := 0
	for _, c := range cells {
		n += len(c)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cells {
			cp := &cellParser{order: DayFirst}
			if _, err := cp.parseSpan(c); err != nil {
				b.Fatal(err)
			}
		}
	}
}
