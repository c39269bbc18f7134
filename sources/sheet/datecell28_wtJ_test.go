package sheet

import "testing"

// TestEraCells: a date cell that names an era of fixed years ("Victorian
// era", "the Regency") is that era's span; other named periods stay
// unread.
func TestEraCells(t *testing.T) {
	checkSpanCells(t, []spanCell{
		{"Victorian era", "1837", "1901"},
		{"the Edwardian period", "1901", "1910"},
		{"Regency", "1811", "1820"},
		{"Georgian era", "1714", "1837"},
		{"Middle Ages", "", ""},
	})
}
