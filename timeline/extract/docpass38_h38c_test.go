package extract

import "testing"

// TestPassiveAfterListHead38h38c: a list line's date before the subject
// whose second verb is shared after "and" ("Spring 2020 – Inspections
// were suspended from 23 March 2020 ... and resumed in late August") is
// titled and does not panic (the first verb's words were sliced up to
// the list head's date, which came before them).
func TestPassiveAfterListHead38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "list head", ref: "2025-02-28", text: "Spring 2020 – Inspections were suspended from 23 March 2020 because of the pandemic and resumed in late August.",
			want: []brief{{"2020-SP", "Spring 2020", "Inspections were suspended from 23 March 2020 because of the pandemic"},
				{"2020-03-23", "from 23 March 2020", "Inspections were suspended because of the pandemic"},
				{"2020-08", "in late August", "Inspections were resumed"}}},
		{name: "lead-in", ref: "2025-02-28", text: "In spring 2020 the depots were closed on 23 March and reopened in late August.",
			want: []brief{{"2020-SP", "In spring 2020", "The depots were closed on 23 March"},
				{"2020-03-23", "on 23 March", "The depots were closed"},
				{"2020-08", "in late August", "The depots reopened"}}},
	})
}
