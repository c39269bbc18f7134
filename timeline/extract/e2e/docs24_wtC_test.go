package e2e_test

import "testing"

// TestDocDates24C pins how session 24 reads a document's own date from
// its first lines: a "Label: date" field is no dateline, a masthead
// naming only the kind of paper and its issue's day is one, and so is a
// dateline with its date in brackets after the state.
func TestDocDates24C(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a first line Label: date is an event, no dateline",
			file: "syllabus.txt",
			text: "Final exam: Tuesday, December 9, 2025.\nThe final paper is due December 5.\n",
			want: []string{"2025-12-09 | Final exam", "2025-12-05 | The final paper is due"},
			not:  []string{"2026-12-05"},
		},
		{
			name: "a newsletter's masthead with its day",
			file: "newsletter.txt",
			text: "Newsletter - Friday 8 March 2024\n\nOn Thursday the whole school celebrated World Book Day.\n",
			want: []string{"2024-03-07 | The whole school celebrated World Book Day"},
		},
		{
			name: "a dateline with its date in brackets",
			file: "walkout.txt",
			text: "OAKPORT, Calif. (May 14, 2025) — Engineers may walk off the job as early as 12:01 a.m. Friday, their union said.\n\nA mediation session is scheduled for Thursday at 1 p.m. PT.\n",
			want: []string{"2025-05-16T00:01 | Engineers may walk off the job", "2025-05-15T13:00-07:00 | A mediation session is scheduled"},
			not:  []string{"2025-05-14"},
		},
	})
}
