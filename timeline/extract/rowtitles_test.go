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
