package extract

import "testing"

// TestLabelDateLines: a paragraph that is a label, a colon and a date (a
// plan's milestone) is an event, not a title left in the body.
func TestLabelDateLines(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "numbered phase", ref: "2026-01-14", text: "Phase 1: 5 May 2026\n\nThe first phase covers discovery.",
			want: []brief{{"2026-05-05", "5 May 2026", "Phase 1"}}},
		{name: "a release", ref: "2026-01-14", text: "Release 4: 24 November 2025\n\nIt ships to everyone.",
			want: []brief{{"2025-11-24", "24 November 2025", "Release 4"}}},
		{name: "a chapter names a part of the book", ref: "2026-01-14", text: "Chapter 3: 1914–1918\n\nThe war is the subject of this chapter.",
			want: nil},
		{name: "a report's period", ref: "2023-10-18", text: "Covering period: 9–15 October 2023\n\nThe camp received new arrivals.",
			want: nil},
	})
}
