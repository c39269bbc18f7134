package sheet

import (
	"strings"
	"testing"
)

// TestDecadeNumbers: with no precision column, bare numbers that are all
// three digits and recent or coming decades ("199", "203") are read as
// TIMEX3 reads them, the 1990s and the 2030s; one other short number
// ("476") makes every one a year.
func TestDecadeNumbers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"start,end,title\n203,,Mars sample return\n199,,Shuttle-Mir era\n", "203 199"},
		{"start,end,title\n199,201,Concerns raised\n", "199/201"},
		{"start,title\n199,Concerns raised\n476,Rome falls\n", "0199 0476"},
		{"start,title\n193,Severus made emperor\n1066,Hastings\n", "0193 1066"},
	} {
		sh, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range sh.Events {
			v := e.Span.Start.String()
			if e.Span.IsRange() {
				v += "/" + e.Span.End.String()
			}
			got = append(got, v)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, g, tc.want)
		}
	}
}

// TestStageColumnTitles: a bill's or a project's "Stage" column, with no
// title column beside it, heads its rows' events; the notes stay their
// text, and the legislature's house is more of it, without a warning.
func TestStageColumnTitles(t *testing.T) {
	in := "date,stage,house,notes\n2024-11-05,First reading,Commons,Presentation bill; 14 co-sponsors\n2025-09-12,Second reading,Lords,\n"
	sh, err := ReadSheet(strings.NewReader(in), "s.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range sh.Events {
		got = append(got, e.Title+" | "+e.Text)
	}
	want := []string{"First reading | Presentation bill; 14 co-sponsors\nhouse: Commons", "Second reading | house: Lords"}
	if strings.Join(got, "\n--\n") != strings.Join(want, "\n--\n") {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(sh.Warnings) > 0 {
		t.Errorf("warnings %v, want none", sh.Warnings)
	}
}
