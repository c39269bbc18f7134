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

// TestDeadlineInCondition: a calendar day a condition sets as a deadline
// ("If you pay by 16 January, ...") is the deadline's event; a condition
// on a weekday or a weekend still tells nothing that happened.
func TestDeadlineInCondition(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "by a day, in an if-clause", ref: "2026-01-06",
			text: "If we have everything by 16 January, we will send a draft.",
			want: []brief{{"2026-01-16", "by 16 January", "If we have everything, we will send a draft"}}},
		{name: "no penalty", ref: "2026-01-06",
			text: "If you pay by 16 January, there is no penalty.",
			want: []brief{{"2026-01-16", "by 16 January", "If you pay, there is no penalty"}}},
		{name: "a condition on a weekday", ref: "2026-02-28",
			text: "If approved on Tuesday, the plan starts in May.",
			want: []brief{{"2026-05", "in May", "The plan starts"}}},
	})
}
