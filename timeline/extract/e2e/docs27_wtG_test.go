package e2e_test

import "testing"

// TestNumberedSectionHeading: a numbered section's heading in small
// letters written against the text under it ("1. Review of SIGDOC 2023"
// over "The Orlando conference ...") is a heading, not the start of the
// text's first sentence: the events of the text are titled by the text
// alone, and a line of a wrapped item goes on as before.
func TestNumberedSectionHeading(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a review's heading", file: "minutes.txt",
			text: "Minutes\nTuesday 9 January 2024\n\n1. Review of SIGDOC 2023\nThe Orlando conference (October 26–28) had 187 attendees.\n",
			want: []string{"2023-10-26/2023-10-28 | The Orlando conference had 187 attendees"},
			not:  []string{"2023 | ", "2023-10-26/2023-10-28 | Review"}},
		{name: "a requisition's heading", file: "hiring.txt",
			text: "Meeting held Thursday 6 March 2025\n\n1. Status of requisition REQ-3310 (Senior Product Designer)\nThe role was advertised on 10 February and received 146 applications.\n\n3. Budget\nHeadcount for the team was frozen on 3 March.\n",
			want: []string{"2025-02-10 | The role was advertised", "2025-03-03 | Headcount for the team was frozen"},
			not:  []string{"2025-02-10 | Status", "2025-03-03 | Budget"}},
		{name: "a wrapped item goes on", file: "items.txt",
			text: "Notes of 6 March 2025\n\n1. The committee agreed that the advert for the role of Head of\nOperations would go live on 12 March.\n",
			want: []string{"2025-03-12 | "},
			not:  []string{"2025-03-12 | Operations"}},
	})
}

// TestMeetingDecisionClause: under a meeting's day, a sentence whose date
// is in the clause after a semicolon ("The committee agreed to reopen the
// search; the advert will go live on 12 March") gives the meeting's day
// the clause before it, and the later day the clause of that day.
func TestMeetingDecisionClause(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a decision, then a later day", file: "minutes.txt",
			text: "Meeting held Thursday 6 March 2025\n\nThe committee agreed to reopen the search; the advert will go live on 12 March.\n",
			want: []string{"2025-03-06 | The committee agreed to reopen the search", "2025-03-12 | The advert will go live"},
			not:  []string{"2025-03-06 | The advert"}},
	})
}
