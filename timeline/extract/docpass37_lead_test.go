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

// TestDotSeparatedListLine37: a middle dot between a list line's date and
// its text is a separator, as a dash is, and no part of the title.
func TestDotSeparatedListLine37(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "middle dot", ref: "2025-03-14", text: "July 1969 · Apollo 11 lands on the Moon.",
			want: []brief{{"1969-07", "July 1969", "Apollo 11 lands on the Moon"}}},
		{name: "dash", ref: "2025-03-14", text: "July 1969 – Apollo 11 lands on the Moon.",
			want: []brief{{"1969-07", "July 1969", "Apollo 11 lands on the Moon"}}},
	})
}

// TestParticipleAsideEmptied37: a participle set off after its noun whose
// phrase was all the date ("Her crossing, opened in the summer of 1967,
// won an award") titles the date as the noun's passive.
func TestParticipleAsideEmptied37(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "opened", ref: "2025-03-14", text: "Her Loch Avon crossing, opened in the summer of 1967, won a national award the following year.",
			want: []brief{{"1967-SU", "in the summer of 1967", "Her Loch Avon crossing was opened"}, {"1968", "the following year", "Her Loch Avon crossing won a national award"}}},
		{name: "plural", ref: "2025-03-14", text: "The two new ferries, launched in March 2019, carry 400 passengers each.",
			want: []brief{{"2019-03", "in March 2019", "The two new ferries were launched"}}},
	})
}

// TestParticipleAfterAndClause37: a participle after a comma goes with
// the clause "and" opened before it ("and studied at St Andrews,
// graduating in 1953"), so the earlier date's title ends at "and".
func TestParticipleAfterAndClause37(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "graduating", ref: "2025-03-14", text: "She was born in Dundee on 2 March 1931 and studied at St Andrews, graduating in 1953.",
			want: []brief{{"1931-03-02", "on 2 March 1931", "She was born in Dundee"}, {"1953", "in 1953", "She studied at St Andrews, graduating"}}},
		{name: "a clause of its own after the comma", ref: "2025-03-14", text: "The mill opened in 1850 and grew quickly, and it closed in 1931.",
			want: []brief{{"1850", "in 1850", "The mill opened and grew quickly"}, {"1931", "in 1931", "It closed"}}},
	})
}
