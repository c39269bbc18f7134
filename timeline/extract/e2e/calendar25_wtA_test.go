package e2e_test

import "testing"

// TestNextYearsCalendar: a document whose title names the year after the
// one it was written in ("# Meteor Shower Calendar 2025", compiled on 20
// December 2024) lists that year's days: a row's day the writer's day
// would put in the months gone by is of the title's year, and no row
// takes its tense from the row above it.
func TestNextYearsCalendar(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a calendar of the coming year", file: "showers.md",
			text: "# Meteor Shower Calendar 2025\n\nCompiled 20 December 2024.\n\n| Shower | Active | Peak night | Moon |\n|---|---|---|---|\n| Quadrantids | 28 Dec – 12 Jan | 3–4 January | crescent |\n| Lyrids | 14–30 April | 21–22 April | last quarter |\n| Eta Aquariids | 19 Apr – 28 May | 5–6 May | first quarter |\n| Orionids | 2 Oct – 7 Nov | 20–21 October | new |\n",
			want: []string{"2024-12-28/2025-01-12 | Quadrantids", "2025-04-21/2025-04-22 | Lyrids", "2025-04-19/2025-05-28 | Eta Aquariids", "2025-05-05/2025-05-06 | Eta Aquariids", "2025-10-20/2025-10-21 | Orionids"},
			not:  []string{"2024-05-05", "2024-04-19", "2024-10-20"}},
	})
}
