package extract

import "testing"

// TestCoordinatedYearNoDocDate: with no date of its own, a document's
// month or day written without a year and coordinated with one that has
// it ("in February and March 2022", "deployed on 4 June and recovered on
// 15 June 2021") is of that year, an event of its own.
func TestCoordinatedYearNoDocDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two months", text: "Deep convection occurred in February and March 2022.",
			want: []brief{{"2022-02", "in February", "Deep convection occurred"}, {"2022-03", "March 2022", "Deep convection occurred"}}},
		{name: "two days with a verb between", text: "The glider was deployed on 4 June and was recovered on 15 June 2021.",
			want: []brief{{"2021-06-04", "on 4 June", "The glider was deployed"}, {"2021-06-15", "on 15 June 2021", "The glider was recovered"}}},
	})
}

// TestCoordinatedTargets: the second of two dates joined by "and" after
// a noun and "of" ("targets of March 2024 and then autumn 2024") goes
// with that noun as the first does; a target's dates are when it was to
// be met, events even in a perfect or a modal sentence. Beside another
// date of the sentence both only qualify their noun.
func TestCoordinatedTargets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two targets", ref: "2025-12-09", text: "The Department has previously set targets of March 2024 and then autumn 2024, both of which were missed.",
			want: []brief{{"2024-03", "March 2024", "The Department has previously set targets, both of which were missed"},
				{"2024-FA", "autumn 2024", "The Department has previously set targets, both of which were missed"}}},
		{name: "two targets to be set", ref: "2023-12-09", text: "The Department will set targets of March 2024 and then autumn 2024.",
			want: []brief{{"2024-03", "March 2024", "The Department will set targets"}, {"2024-FA", "autumn 2024", "The Department will set targets"}}},
		{name: "two years a budget is for", ref: "2024-06-01", text: "The budget for 2025 and 2026 was approved in March 2024.",
			want: []brief{{"2024-03", "in March 2024", "The budget for 2025 and 2026 was approved"}}},
	})
}
