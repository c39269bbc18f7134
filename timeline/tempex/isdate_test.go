package tempex_test

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestIsDate: a cell is a date when the tagger's dates cover it but for
// three letters or digits; a count, a measure or a sentence is not.
func TestIsDate(t *testing.T) {
	tests := []struct {
		cell string
		want bool
	}{
		{"1957", true},
		{"14 June 1940", true},
		{"c. 1918", true},
		{"1914–1918", true},
		{"Spring 1944", true},
		{"Q3 2021", true},
		{"44 BC", true},
		{"12 April 1921 (aged 83)", false},
		{"Storm Dennis", false},
		{"91mph", false},
		{"320.75 m", false},
		{"1,240", false},
		{"", false},
		{"Opened in 1890 by the mayor", false},
		{"29 Apr 2024", true},
		{"TBC", false},
	}
	for _, tc := range tests {
		t.Run(tc.cell, func(t *testing.T) {
			if got := tempex.IsDate(tc.cell); got != tc.want {
				t.Errorf("IsDate(%q) = %v, want %v", tc.cell, got, tc.want)
			}
		})
	}
}
