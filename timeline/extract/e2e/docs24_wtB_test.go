package e2e_test

import "testing"

// TestReportWeekOfTitle: a weekly report whose title names the week it
// covers ("Situation Report, epidemiological week 32 (7-13 August 2023)")
// and that was issued in the week after: "during the week" in its body is
// the week reported on, not the week of issue; a report whose title names
// no week keeps the writer's.
func TestReportWeekOfTitle(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "epi week title", file: "sitrep32.txt",
			text: "Cholera Situation Report, epidemiological week 32 (7-13 August 2023)\nIssued: 15 August 2023\n\nThe hotline received 1,938 calls during the week.\n",
			want: []string{"2023-W32 | The hotline received 1,938 calls"}, not: []string{"2023-W33"}},
		{name: "calendar week title", file: "bulletin.txt",
			text: "Weekly Bulletin, calendar week 34\nPublished: 26 August 2025\n\nTwelve new sites reported during the week.\n",
			want: []string{"2025-W34 | Twelve new sites reported"}, not: []string{"2025-W35"}},
		{name: "no week in the title", file: "note.txt",
			text: "Cholera Situation Report\nIssued: 15 August 2023\n\nThe hotline received 1,938 calls during the week.\n",
			want: []string{"2023-W33 | The hotline received 1,938 calls"}},
	})
}
