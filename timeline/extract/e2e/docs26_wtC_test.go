package e2e_test

import "testing"

// TestEntryHeadingCount26C: "Two days later" under a heading that is the
// bare date of a diary entry counts from the heading's day (23 September
// + 2 = 25 September); it is no happening of the heading's day itself.
func TestEntryHeadingCount26C(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "two days later under a dated heading",
			file: "journal.md",
			text: "## Tuesday 23 September 2025\n\nTwo days later the escrow company called.\n",
			want: []string{"2025-09-25 | The escrow company"},
			not:  []string{"2025-09-23"},
		},
		{
			name: "the next day under a dated heading",
			file: "journal.md",
			text: "## Tuesday 23 September 2025\n\nThe bill arrived. The next day the escrow company called.\n",
			want: []string{"2025-09-23 | The bill arrived", "2025-09-24 | The escrow company"},
		},
	})
}
