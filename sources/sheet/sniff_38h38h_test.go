package sheet

import (
	"strings"
	"testing"
)

// TestSemicolonsUnderTitle38h38h: a CSV file whose title line has no
// separator in it, over a header of semicolons, is read with the
// separator that finds the header ("no column name recognised" before:
// the separator was the first line's); a sheet with its header first
// keeps the first line's separator.
func TestSemicolonsUnderTitle38h38h(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{name: "semicolons under a title", in: "Harbour works\nDate;Event\n02/03/1998;Dredging began\n15/07/2001;New quay opened\n",
			want: []string{"1998-03-02 Dredging began", "2001-07-15 New quay opened"}},
		{name: "tabs under a title", in: "Parish register extract\n\nYear\tEvent\n1843\tChurch rebuilt\n1851\tSchool opened\n",
			want: []string{"1843 Church rebuilt", "1851 School opened"}},
		{name: "commas, a semicolon in a cell", in: "Date,Event\n1998-03-02,Dredging began; north basin\n",
			want: []string{"1998-03-02 Dredging began; north basin"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := Read(strings.NewReader(tc.in), "works.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Span.Start.String()+" "+e.Title)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("events:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
