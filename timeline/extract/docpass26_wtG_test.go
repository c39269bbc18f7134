package extract

import "testing"

// TestGlossedCountInHistory: a count from the date before it ("Almost a
// hundred years later") glossed by the year itself ("in AD 43") is no
// second event: the year written wins.
func TestGlossedCountInHistory(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a first-millennium year glosses the count", ref: "",
			text: "Caesar landed in Britain in 54 BC. Almost a hundred years later, in AD 43, Claudius invaded.",
			want: []brief{
				{"BC0054", "in 54 BC", "Caesar landed in Britain"},
				{"0043", "in AD 43", "Almost a hundred years later, Claudius invaded"},
			}},
	})
}
