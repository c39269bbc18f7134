package extract

import "testing"

// TestShortClauseAfterADate36h36d: a pronoun and its verb alone after
// "and" and a date ("and in 1995 she died.") are a clause of their own,
// not the second item of a list of dates.
func TestShortClauseAfterADate36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "she died", ref: "2026-03-01", text: "Mary Smith retired in 1990 and in 1995 she died.",
			want: []brief{{"1990", "in 1990", "Mary Smith retired"}, {"1995", "in 1995", "She died"}}},
		{name: "we married", ref: "2026-03-01", text: "We met in 1990 and in 1995 we married.",
			want: []brief{{"1990", "in 1990", "We met"}, {"1995", "in 1995", "We married"}}},
		{name: "a list of dates stays one", ref: "2026-03-01", text: "The fair was held in 1990 and in 1995.",
			want: []brief{{"1990", "in 1990", "The fair was held"}, {"1995", "in 1995", "The fair was held"}}},
	})
}
