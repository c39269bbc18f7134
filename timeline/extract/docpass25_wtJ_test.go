package extract

import "testing"

// TestSameDayAfterColon: "the same day" whose day the sentence gives
// after a colon is that day, one event told by the written date.
func TestSameDayAfterColon(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the same day by East and West", ref: "", text: "Great Lent began on Monday, March 3, 2025. Pascha is celebrated on the same day by East and West: Sunday, April 20, 2025.",
			want: []brief{{"2025-03-03", "on Monday, March 3, 2025", "Great Lent began"}, {"2025-04-20", "Sunday, April 20, 2025", "Pascha is celebrated on the same day by East and West"}}},
		{name: "the same day after the day told", ref: "", text: "The council met on Monday, March 3, 2025. The mayor resigned the same day.",
			want: []brief{{"2025-03-03", "on Monday, March 3, 2025", "The council met"}, {"2025-03-03", "the same day", "The mayor resigned"}}},
	})
}

// TestRankedWithinPeriod: "the year" that a superlative ranks a thing
// within ("the holiest week of the year", "the busiest day of the week")
// dates nothing; "the end of the year" and "the rest of the year" still
// do.
func TestRankedWithinPeriod(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the holiest week of the year", ref: "2025-04-13", text: "We enter the holiest week of the year together.", want: nil},
		{name: "the busiest day of the week", ref: "2025-04-13", text: "Saturday was the busiest day of the week for the food bank.",
			want: []brief{{"2025-04-12", "Saturday", "Saturday was the busiest day of the week for the food bank"}}},
		{name: "the worst of the year", ref: "2025-04-13", text: "The storm was the worst of the year.", want: nil},
		{name: "the rest of the year", ref: "2025-04-13", text: "The hall stays closed for the rest of the year.",
			want: []brief{{"2025", "the rest of the year", "The hall stays closed"}}},
		{name: "the interest of the year", ref: "2025-04-13", text: "The bank paid the interest of the year in March.",
			want: []brief{{"2025-03", "in March", "The bank paid the interest of the year"}}},
	})
}

// TestShareOfPeriodsFigure: a period's figure that another is a share of
// ("87% of last year's", "half of 2019's total") is a baseline, no event.
func TestShareOfPeriodsFigure(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a percentage of last year's", ref: "2025-09-09", text: "Registration numbers are at 87% of last year's.", want: nil},
		{name: "half of a year's total", ref: "2025-09-09", text: "The appeal has raised half of last year's total.", want: nil},
		{name: "a possessive that dates a thing", ref: "2025-09-09", text: "The winners of last year's show were announced in March.",
			want: []brief{{"2025-03", "in March", "The winners of last year's show were announced"}}},
	})
}

// TestYearFrameWithDay: a year that a "with" phrase narrows to a day of it
// ("celebrated its centennial in 1987 with a Mass on Sunday, June 7,
// 1987") tells one event, of the day; a second clause keeps both.
func TestYearFrameWithDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a year and the day of it after with", ref: "", text: "The parish celebrated its centennial in 1987 with a Mass on Sunday, June 7, 1987.",
			want: []brief{{"1987-06-07", "on Sunday, June 7, 1987", "The parish celebrated its centennial in 1987 with a Mass"}}},
		{name: "a year and a day in another clause", ref: "", text: "The parish was founded in 1887, and the church was consecrated on June 7, 1887.",
			want: []brief{{"1887", "in 1887", "The parish was founded"}, {"1887-06-07", "on June 7, 1887", "The church was consecrated"}}},
	})
}
