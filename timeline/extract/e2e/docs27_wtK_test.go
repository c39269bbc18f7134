package e2e_test

import "testing"

// TestHeadedDateLines27K: a paragraph that is only a date or a span under
// a heading is the day of what the heading names when it cannot be a
// post's dateline: a span, a line with nothing else under its heading, or
// a line under a page already dated by its header. A dated line over its
// post's story still dates the story.
func TestHeadedDateLines27K(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "spans and a day, each alone under its heading, under an updated line",
			file: "season.md",
			text: "# Winter Season\n\nUpdated 28 July 2025\n\n## Cinderella\n\nFri 28 Nov 2025 – Sun 4 Jan 2026.\n\n## Peter Pan\n\n5 December 2025.\n\n## Aladdin\n\nFrom 12 December 2025 to 3 January 2026\n",
			want: []string{"2025-11-28/2026-01-04 | Cinderella", "2025-12-05 | Peter Pan", "2025-12-12/2026-01-03 | Aladdin"},
		},
		{
			name: "two days, each alone under its heading",
			file: "shows.md",
			text: "# Winter Season\n\n## Cinderella\n\nFri 28 Nov 2025.\n\n## Peter Pan\n\n5 December 2025.\n",
			want: []string{"2025-11-28 | Cinderella", "2025-12-05 | Peter Pan"},
		},
		{
			name: "one day alone under its heading on an updated page",
			file: "one.md",
			text: "# Winter Season\n\nUpdated 28 July 2025\n\n## Cinderella\n\nFri 28 Nov 2025.\n",
			want: []string{"2025-11-28 | Cinderella"},
			not:  []string{"2025-07-28"},
		},
		{
			name: "one span under its heading, a story after it",
			file: "run.md",
			text: "# Winter Season\n\n## Cinderella\n\nFri 28 Nov 2025 – Sun 4 Jan 2026\n\nThe pantomime returns to the Grand with a new cast.\n",
			want: []string{"2025-11-28/2026-01-04 | Cinderella"},
		},
		{
			name: "a post's dateline over its story still dates it",
			file: "blog.md",
			text: "# Walking Blog\n\n## Harbour walk\n\n5 December 2025\n\nYesterday we walked to the harbour.\n",
			want: []string{"2025-12-04 | We walked to the harbour"},
			not:  []string{"2025-12-05"},
		},
		{
			// plain lines, a name over each day, read as a diary's days
			// over their entries: the second day is not the first name's
			name: "plain name and day lines give no day to the wrong name",
			file: "shows.txt",
			text: "Winter Season\n\nCinderella\n\nFri 28 Nov 2025\n\nPeter Pan\n\n5 December 2025\n",
			not:  []string{"2025-12-05 | Cinderella"},
		},
		{
			name: "a list of lone days under its name, the first with its entry",
			file: "inset.txt",
			text: "INSET days\n\nFriday 24 October 2025\n\nSchool closed.\n\nThursday 23 July 2026\n",
			want: []string{"2026-07-23 | INSET days"},
		},
	})
}
