package tempex_test

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestSpanColumns: the start and end columns of a table of spans, in
// either order; From and To only when no other column names dates.
func TestSpanColumns(t *testing.T) {
	for _, tc := range []struct {
		name       string
		header     []string
		start, end int
	}{
		{"start and finish", []string{"Workstream", "Start", "Finish", "Status"}, 1, 2},
		{"end before start", []string{"Task", "End date", "Start date"}, 2, 1},
		{"emphasis and colons", []string{"**Item**", "**Begin:**", "_End_"}, 1, 2},
		{"from and to", []string{"Stage", "From", "To"}, 1, 2},
		{"a table of letters", []string{"Date", "From", "To"}, -1, -1},
		{"no span", []string{"Year", "Event"}, -1, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if s, e := tempex.SpanColumns(tc.header); s != tc.start || e != tc.end {
				t.Errorf("SpanColumns(%q) = %d, %d, want %d, %d", tc.header, s, e, tc.start, tc.end)
			}
		})
	}
}
