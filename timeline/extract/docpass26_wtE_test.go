package extract

import "testing"

// TestQuotedTitleYears: a year inside the quoted title of a talk or a
// book ("1984 Revisited", "Ashcombe in the 1960s") is the work's name or
// subject, no event, and stays in the headline of the event the
// sentence dates.
func TestQuotedTitleYears(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a title opening with a year", ref: "2026-03-02", text: "Author talk on the novel \"1984 Revisited\" - Thu 12 March, 6.30pm.",
			want: []brief{{"2026-03-12T18:30", "Thu 12 March, 6.30pm", "Author talk on the novel \"1984 Revisited\" -"}}},
		{name: "a title-cased quotation beside the day", ref: "2026-03-02", text: "Local history evening: \"Ashcombe in the 1960s\" - Wed 25 March, 7pm.",
			want: []brief{{"2026-03-25T19:00", "Wed 25 March, 7pm", "Local history evening: \"Ashcombe in the 1960s\" -"}}},
		{name: "a quoted saying still dates", ref: "2026-03-02", text: "She told the court \"we moved out in 1990\" on Tuesday.",
			want: []brief{{"1990", "in 1990", "\"we moved out\" on Tuesday"}, {"2026-02-24", "on Tuesday", "We moved out"}}},
	})
}
