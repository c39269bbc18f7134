package sheet

import (
	"strings"
	"testing"
)

// TestFirstColumnNamesTheRow35h35f: a sheet with no title column whose
// first column is one not read ("Trip", "Show", "Course": what each row
// is) and that has a column of notes ("Notes", "Comments") heads each
// row's event with the first column's cell, not with the note ("Coach
// leaves 8:30"), nor with every cell ("Trip: ...; Year group: ...");
// the note stays the text. A sheet with no notes column, or whose first
// column holds figures or is a date, is left as it was.
func TestFirstColumnNamesTheRow35h35f(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		titles   []string
	}{
		{"trips with notes", "Trip,Date(s),Year group,Cost,Notes\nMuseum of Science,03/10/2017,Year 7,£12,\"Coach leaves 8:30, back by 4\"\nField study - river,17/10/2017,Year 9,£5,\n",
			[]string{"Museum of Science", "Field study - river"}},
		{"shows with comments", "Show,Date,Comments\nThe Tempest,12/05/2019,sold out\nOliver!,14/06/2019,\n",
			[]string{"The Tempest", "Oliver!"}},
		{"a summary column is the text's headline still", "Course,Date,Summary\nFirst aid,12/05/2019,Basic life support\n",
			[]string{"Basic life support"}},
		{"no notes column: as before", "Station,Date,Max C\nGreenwich,12/05/2019,21.4\n",
			[]string{"Station: Greenwich; Max C: 21.4"}},
		{"a first column of figures: as before", "Ref,Date,Notes\n1042,12/05/2019,Boiler serviced\n",
			[]string{"Boiler serviced"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := csvTitles(t, tc.in)
			if strings.Join(got, "\n") != strings.Join(tc.titles, "\n") {
				t.Errorf("titles %q, want %q", got, tc.titles)
			}
		})
	}
}
