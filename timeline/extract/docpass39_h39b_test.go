package extract

import "testing"

// TestShortClauseBeforeTag39: a statement whose reported clause is short
// ("Unemployment fell, the council said on Tuesday") is titled by who said
// it and what, and a clause the speaker went on to add after the date
// (", noting that ...") is no part of that title.
func TestShortClauseBeforeTag39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "noting that", ref: "2025-11-20", text: "Unemployment fell, the council said on Tuesday, noting that the count ended late.",
			want: []brief{{"2025-11-18", "on Tuesday", "The council says unemployment fell"}}},
		{name: "adding that after a preposed tag", ref: "2025-11-20", text: "The council said on Tuesday that turnout rose, adding that the count ended late.",
			want: []brief{{"2025-11-18", "on Tuesday", "The council says turnout rose"}}},
		{name: "two words", ref: "2025-11-20", text: "Inflation fell, the bank said on Monday.",
			want: []brief{{"2025-11-17", "on Monday", "The bank says inflation fell"}}},
		// a phrase that only leads in is no clause said
		{name: "lead-in", ref: "2025-11-20", text: "In Leeds, the council said on Monday that bins would be collected.",
			want: []brief{{"2025-11-17", "on Monday", "The council says bins would be collected"}}},
	})
}
