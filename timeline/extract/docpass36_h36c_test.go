package extract

import "testing"

// TestLawVersionIsNoEvent36h36c: a day that tells which text of a law is
// meant ("as in force immediately before 1 March 2025", "as it had effect
// before", "as they stood on") is no event, nor is the same day named
// again in its sentence ("before that day"); a law that came, was or
// remained in force on a day is told by its verb, and stays.
func TestLawVersionIsNoEvent36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "as in force immediately before", ref: "2026-02-10",
			text: "Regulation 4 of the principal Regulations, as in force immediately before 1st March 2025, continues to apply to a deposit received before that date."},
		{name: "as it had effect before", ref: "2026-02-10",
			text: "Section 12, as it had effect before 6 April 2023, continues to apply."},
		{name: "as they stood on, and that day again", ref: "2026-02-10",
			text: "The Regulations as they stood on 1 April 2020 apply to any tenancy granted before that day."},
		{name: "as it read on", ref: "2026-02-10",
			text: "Paragraph 3, as it read on 1 January 2022, is to be treated as having effect."},
		{name: "the rules in force immediately before", ref: "2026-02-10",
			text: "The rules in force immediately before 1 October 2024 continue to apply to existing cases."},
		{name: "as it stood in a year", ref: "2026-02-10",
			text: "The law as it stood in 1998 did not allow this."},
		{name: "came into force stays", ref: "2026-02-10",
			text: "The Act came into force on 1st March 2025.",
			want: []brief{{"2025-03-01", "on 1st March 2025", "The Act came into force"}}},
		{name: "was in force stays", ref: "2026-02-10",
			text: "The Order was in force on 1 April 2020.",
			want: []brief{{"2020-04-01", "on 1 April 2020", "The Order was in force"}}},
		{name: "people who stood stay", ref: "2026-02-10",
			text: "The marchers were photographed as they stood on 3 May 2025 outside the court.",
			want: []brief{{"2025-05-03", "on 3 May 2025", "The marchers were photographed as they stood outside the court"}}},
		{name: "an amendment made that day stays", ref: "2026-02-10",
			text: "The Regulations were amended on 3 May 2024.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The Regulations were amended"}}},
	})
}
