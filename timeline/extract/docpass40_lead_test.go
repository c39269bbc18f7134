package extract

import "testing"

// TestLabelDateBracketNote40: a note in brackets after a label's date
// ("Last day of term: Friday 19 December (school closes at 1.30pm)")
// tells of the day the label names; the label stays the title (it was
// the date and the note, "Friday 19 December (school closes at
// 1.30pm)").
func TestLabelDateBracketNote40(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a clause in the note", ref: "2025-11-07", text: "Last day of term: Friday 19 December (school closes at 1.30pm)",
			want: []brief{{"2025-12-19", "Friday 19 December", "Last day of term"}}},
		{name: "a few words in the note", ref: "2025-11-07", text: "Flu vaccinations: 25 November (Reception to Year 6)",
			want: []brief{{"2025-11-25", "25 November", "Flu vaccinations"}}},
		{name: "no note", ref: "2025-11-07", text: "Last day of term: Friday 19 December",
			want: []brief{{"2025-12-19", "Friday 19 December", "Last day of term"}}},
	})
}
