package extract

import "testing"

// TestYearFrameClauses: a year after "in" that opens a clause (the
// sentence's, or one after a semicolon) and a finer date of it in the
// same clause tell one event, of the finer date, of that year; a second
// clause joined by "and" keeps both.
func TestYearFrameClauses(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two clauses framed by their years", ref: "2022-05-09", text: "In 2020 procurement began in late summer; in 2021 it began only in October.",
			want: []brief{{"2020-SU", "in late summer", "Procurement began"}, {"2021-10", "in October", "It began"}}},
		{name: "a month framed without a comma", ref: "2022-05-09", text: "In 2020 the plant closed in August.",
			want: []brief{{"2020-08", "in August", "The plant closed"}}},
		{name: "a second clause keeps the year", ref: "2022-05-09", text: "In 2020 the plant closed and in August it was sold.",
			want: []brief{{"2020", "In 2020", "The plant closed"}, {"2020-08", "in August", "The plant was sold"}}},
	})
}

// TestLastYearFrameWithDuration: "Last year," opening the sentence sets
// the year of the month it names, a duration between or not.
func TestLastYearFrameWithDuration(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "first two weeks of July", ref: "2025-06-30", text: "Last year, about 3.9 million people lodged in the first two weeks of July.",
			want: []brief{{"2024-07", "July", "About 3.9 million people lodged in the first two weeks"}}},
	})
}
