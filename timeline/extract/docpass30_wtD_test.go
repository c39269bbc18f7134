package extract

import "testing"

// TestNearBoundAdverb: the adverb before "after" or "before" a time
// ("shortly after 10am", "long before 1900") is date text with its
// preposition, not a word left at the end of the title.
func TestNearBoundAdverb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "shortly after a clock time", ref: "2025-01-14", text: "A man was injured when a tree fell on his car shortly after 10am.",
			want: []brief{{"2025-01-14T10:00", "shortly after 10am", "A tree fell on his car"}}},
		{name: "long before a year", ref: "2025-01-14", text: "The chapel was abandoned long before 1900.",
			want: []brief{{"1900", "long before 1900", "The chapel was abandoned"}}},
	})
}
