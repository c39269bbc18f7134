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

// TestLongTagAfterSaid39: a statement's tag that goes on past "said" with
// a phrase of where it was said before its date ("the company said in its
// results on 27 February 2025") is titled by who said it and what.
func TestLongTagAfterSaid39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "in its results", ref: "2025-11-18", text: "Operating profit rose 12% to £1.9bn, the company said in its results on 27 February 2025.",
			want: []brief{{"2025-02-27", "on 27 February 2025", "The company says operating profit rose 12% to £1.9bn"}}},
		{name: "in a statement to", ref: "2025-11-18", text: "The plant will close in 2027, the firm said in a statement to the stock exchange on Monday.",
			want: []brief{{"2025-11-17", "on Monday", "The firm says the plant will close"}, {"2027", "in 2027", "The plant will close"}}},
	})
}
