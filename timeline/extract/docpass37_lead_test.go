package extract

import "testing"

// TestOccasionLeadIn37: a date in a lead-in phrase that names the
// occasion of a statement ("At a press conference on 15 October 2024,")
// dates the statement, whatever later date the statement tells.
func TestOccasionLeadIn37(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "press conference", ref: "2025-03-14",
			text: "At a press conference on 15 October 2024, the interior minister said the army would begin clearing debris next week.",
			want: []brief{{"2024-10-15", "on 15 October 2024", "The interior minister says the army would begin clearing debris next week"},
				{"2024-W43", "next week", "The army would begin clearing debris"}}},
		{name: "statement", ref: "2025-03-14",
			text: "In a statement on 2 May 2023, the ministry said the bridge would reopen next month.",
			want: []brief{{"2023-05-02", "on 2 May 2023", "The ministry says the bridge would reopen next month"},
				{"2023-06", "next month", "The bridge would reopen"}}},
	})
}
