package sheet

import "testing"

// TestWeekdayDayRangeCells: a range of two days, each with its weekday and
// the year written once at the end ("Sat 15 Nov - Sun 16 Nov 2025"), is
// read as prose reads it; the start takes the year before when its month
// comes after the end's, and a weekday that does not fit is no date.
func TestWeekdayDayRangeCells(t *testing.T) {
	checkSpanCells(t, []spanCell{
		{"Sat 15 Nov - Sun 16 Nov 2025", "2025-11-15", "2025-11-16"},
		{"Fri 27 Feb – Sun 1 Mar 2026", "2026-02-27", "2026-03-01"},
		{"Sun 28 Dec - Sat 3 Jan 2026", "2025-12-28", "2026-01-03"},
		{"Fri 15 Nov - Sun 16 Nov 2025", "", ""},
	})
}

// spanCell is a date cell and the span it should read as; no start means
// no date.
type spanCell struct{ in, start, end string }

// checkSpanCells reads each cell as a sheet's date column does and
// compares the span with what is wanted.
func checkSpanCells(t *testing.T, tests []spanCell) {
	t.Helper()
	for _, tc := range tests {
		cp := &cellParser{}
		sp, err := cp.parseSpan(tc.in)
		if tc.start == "" {
			if err == nil {
				t.Errorf("parseSpan(%q) = %s/%s, want an error", tc.in, sp.Start, sp.End)
			}
			continue
		}
		if err != nil || sp.Start.String() != tc.start || sp.End.String() != tc.end {
			t.Errorf("parseSpan(%q) = %s/%s (%v), want %s/%s", tc.in, sp.Start, sp.End, err, tc.start, tc.end)
		}
	}
}
