package sheet

import (
	"strings"
	"testing"
)

// TestDateTextEitherWay38h38f: an events.csv read back keeps the date
// text of a row whose source wrote a numeric date that reads either way
// ("5/6/2001" beside the start 2001-06-05): the start says which way the
// source meant it (was read in the sheet's order, month first, found
// "not the date now", and replaced by the start). A date text that is
// the start in neither reading is still replaced, with a note.
func TestDateTextEitherWay38h38f(t *testing.T) {
	const head = "id,start,end,precision,date_text,title\n"
	for _, tc := range []struct {
		name, rows string
		dateTexts  []string
		warn       string // a warning that must be given ("" none)
	}{
		{"day first beside its start",
			"a1,2001-06-05,,day,5/6/2001,Treaty signed\n",
			[]string{"5/6/2001"}, ""},
		{"month first beside its start",
			"a1,2001-05-06,,day,5/6/2001,Treaty signed\n",
			[]string{"5/6/2001"}, ""},
		{"day first, the sheet's other text day first too",
			"a1,2001-06-05,,day,5/6/2001,Treaty signed\na2,2001-06-17,,day,17/6/2001,Treaty ratified\n",
			[]string{"5/6/2001", "17/6/2001"}, ""},
		{"a range written day first",
			"a1,2001-06-05,2001-06-07,day,5/6/2001 - 7/6/2001,Talks\n",
			[]string{"5/6/2001 - 7/6/2001"}, ""},
		{"edited: neither reading is the start",
			"a1,2001-07-01,,day,5/6/2001,Treaty signed\n",
			[]string{"2001-07-01"}, `events.csv:2:20: date_text "5/6/2001": is not the date now, 2001-07-01`},
		{"edited: an unambiguous text that is not the start",
			"a1,2001-06-18,,day,17/6/2001,Treaty signed\n",
			[]string{"2001-06-18"}, "is not the date now"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(head+tc.rows), "events.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range s.Events {
				got = append(got, e.DateText)
			}
			if strings.Join(got, "|") != strings.Join(tc.dateTexts, "|") {
				t.Errorf("date texts %q, want %q", got, tc.dateTexts)
			}
			w := s.Warnings.Error()
			if tc.warn == "" && strings.Contains(w, "is not the date now") || tc.warn != "" && !strings.Contains(w, tc.warn) {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
		})
	}
}
