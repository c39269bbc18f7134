package sheet

import "testing"

// TestEraCells: a date cell that names an era of fixed years ("Victorian
// era", "the Regency") is that era's span; other named periods stay
// unread.
func TestEraCells(t *testing.T) {
	tests := []struct{ in, start, end string }{
		{"Victorian era", "1837", "1901"},
		{"the Edwardian period", "1901", "1910"},
		{"Regency", "1811", "1820"},
		{"Georgian era", "1714", "1837"},
		{"Middle Ages", "", ""},
	}
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
