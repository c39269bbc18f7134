package extract

import "testing"

// TestRowLabelColumn: a table row whose first cell is only a label with a
// number ("Phase 1", "Version 3.1") is titled by the cell that tells what
// happens; a label that names a thing stays before it.
func TestRowLabelColumn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a phase's activity", text: "Phase 1 | Site set-up and access track | Q4 2025 | 6 weeks",
			want: []brief{{"2025-Q4", "Q4 2025", "Site set-up and access track"}}},
		{name: "a version's summary after the date", text: "Version 3.1 | 2 Nov 2022 | Added EU data residency option",
			want: []brief{{"2022-11-02", "2 Nov 2022", "Version 3.1: Added EU data residency option"}}},
		{name: "a name stays", text: "Roof replacement | 29 Apr 2024 | Done by the contractor",
			want: []brief{{"2024-04-29", "29 Apr 2024", "Roof replacement"}}},
	})
}

// TestLabelLines: a line's label is kept with the short value it dates
// ("Career-high ranking: No. 6 (21 August 2023)"), and a label that is
// all the date's clause holds goes before what follows the colon
// ("Stage 1, Saturday 17 August 2024: Decker won the time trial").
func TestLabelLines(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a field's value before its date", ref: "2023-09-01", text: "Career-high ranking: No. 6 (21 August 2023).",
			want: []brief{{"2023-08-21", "21 August 2023", "Career-high ranking: No. 6"}}},
		{name: "a label before the date and the colon", text: "Stage 1, Saturday 17 August 2024: Decker won the time trial.",
			want: []brief{{"2024-08-17", "Saturday 17 August 2024", "Stage 1: Decker won the time trial"}}},
	})
}

// TestDeclarationLines: a declarations page's field keeps its label when a
// clock time follows its dates ("Policy Period: From 03/15/2024 to
// 03/15/2025, 12:01 a.m. standard time ..."), and a line's name set off by
// a dash is no speaker of "added" ("Water Backup Endorsement - added
// effective 06/01/2024").
func TestDeclarationLines(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a period's hour after its dates", text: "Policy Period: From 03/15/2024 to 03/15/2025, 12:01 a.m. standard time at the residence premises.",
			want: []brief{{"2024-03-15/2025-03-15", "From 03/15/2024 to 03/15/2025", "Policy Period"}}},
		{name: "a name set off by a dash", text: "Water Backup Endorsement - added effective 06/01/2024.",
			want: []brief{{"2024-06-01", "06/01/2024", "Water Backup Endorsement - added effective"}}},
	})
}
