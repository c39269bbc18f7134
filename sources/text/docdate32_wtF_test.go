package text

import "testing"

// TestLastEntryDate: a log's header line of its last entry dates it, as
// a page's "Last updated" line does ("Maintained by Owen Pryce. Last entry
// 11 February 2025."); a sentence about an entry in a record does not.
func TestLastEntryDate(t *testing.T) {
	tests := []docDateCase{
		{"after a sentence", "# Research log\n\nMaintained by Owen Pryce. Last entry 11 February 2025.\n\nYesterday I emailed the society.\n", "2025-02-11"},
		{"alone on its line", "Research log\n\nLast entry: 3 March 2024\n\nVisited the record office yesterday.\n", "2024-03-03"},
		{"an entry of a register", "# The Penhale family\n\nThe last entry in the register for the family was made in 1840.\n\nHe died the next year.\n", ""},
	}
	runDocDate(t, tests)
}
