package sheet

import (
	"fmt"
	"strings"
	"testing"
)

// TestEitherWayDayRange: a range of days written with its end's month
// and year only ("5-6/7/2017") reads either way as its end does (5-6
// July, or 5-7 June), and says so as a single date does; a range whose
// end reads one way only ("5-6/13/2017") says nothing.
func TestEitherWayDayRange(t *testing.T) {
	for _, tc := range []struct {
		cell string
		warn bool
	}{
		{"5-6/7/2017", true},
		{"4 – 12/7/2017", true},
		{"6/7/2017", true},
		{"5-6/13/2017", false},
		{"13-15/12/2017", false},
		{"2017-06-07", false},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader("Date,Event\n"+tc.cell+",Festival\n"), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			w := fmt.Sprint(s.Warnings)
			if got := strings.Contains(w, "reads either way"); got != tc.warn {
				t.Errorf("warned %v, want %v: %s", got, tc.warn, w)
			}
		})
	}
}
