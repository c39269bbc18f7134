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

// TestRelativeAfterNamedObject40: a "which" or "who" clause after a name
// that follows a preposition tells of the name ("questions about
// Hadrian's Wall, which was begun in AD 122" was titled by the whole
// clause; "Thank you to the PTA, who raised ..." was "Thank you to the
// PTA raised"); a long noun phrase with no name keeps its own reading.
func TestRelativeAfterNamedObject40(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which after a long phrase", ref: "2025-11-07", text: "Year 4 came back full of questions about Hadrian's Wall, which was begun in AD 122.",
			want: []brief{{"0122", "in AD 122", "Hadrian's Wall was begun"}}},
		{name: "who after the name's the", ref: "2025-11-07", text: "Thank you to the PTA, who raised £4,200 at the summer fete in June.",
			want: []brief{{"2025-06", "in June", "The PTA raised £4,200 at the summer fete"}}},
		{name: "who after a person's name", ref: "2025-11-07", text: "She was introduced to Samuel Pepys, who became secretary to the Admiralty in 1673.",
			want: []brief{{"1673", "in 1673", "Samuel Pepys became secretary to the Admiralty"}}},
	})
}
