package extract

import "testing"

// TestWeekdayPartNextToADay37h37a: a weekday with a part of the day set
// next to a day, before it ("on a Saturday afternoon, 3 May") or after it
// ("12 December 2015, a Saturday night"), dates the event to that part of
// that day, in a year the weekday fits; a weekday that does not fit the
// day's year is no part of its date.
func TestWeekdayPartNextToADay37h37a(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a weekday and part before a day", ref: "2026-06-01", text: "They wed on a Saturday afternoon, 3 May.",
			want: []brief{{"2025-05-03TAF", "Saturday afternoon, 3 May", "They wed"}}},
		{name: "an evening before a day", ref: "2026-06-01", text: "We met on a rainy Tuesday evening, 4 March.",
			want: []brief{{"2025-03-04TEV", "Tuesday evening, 4 March", "We met"}}},
		{name: "a night after a full date", ref: "2025-01-14", text: "The theatre opened on 12 December 2015, a Saturday night.",
			want: []brief{{"2015-12-12TNI", "on 12 December 2015, a Saturday night", "The theatre opened"}}},
		{name: "a morning in brackets", ref: "2025-01-14", text: "The fire broke out on 3 March 2021 (a Wednesday morning) in the kitchen.",
			want: []brief{{"2021-03-03TMO", "on 3 March 2021 (a Wednesday morning)", "The fire broke out in the kitchen"}}},
		// a weekday that does not fit the year stays apart: the day alone
		{name: "a weekday that does not fit", ref: "2025-01-14", text: "The theatre opened on 12 December 2015, a Friday night.",
			want: []brief{{"2015-12-12", "on 12 December 2015", "The theatre opened"}}},
	})
}

// TestMonthDayBeforeACountableNoun37h37a: after words that take only a
// day ("on", "the evening of", a weekday), a month and a number before a
// noun that could be counted are a day; after "in" the number counts.
func TestMonthDayBeforeACountableNoun37h37a(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "on", ref: "2026-06-01", text: "On February 20 residents marked the anniversary.",
			want: []brief{{"2026-02-20", "On February 20", "Residents marked the anniversary"}}},
		{name: "the evening of", ref: "2026-06-01", text: "On the evening of February 20 residents gathered in the square.",
			want: []brief{{"2026-02-20TEV", "On the evening of February 20", "Residents gathered in the square"}}},
		{name: "a weekday", ref: "2026-06-01", text: "On Friday, February 20 residents gathered in the square.",
			want: []brief{{"2026-02-20", "On Friday, February 20", "Residents gathered in the square"}}},
		{name: "in counts", ref: "2026-06-01", text: "In May 20 people died in the floods.",
			want: []brief{{"2026-05", "In May", "20 people died in the floods"}}},
	})
}

// TestSameDayYearsLater37h37a: so many years after a day, "on the same
// day" (or "to the day", or "exactly") is that day in the year reached.
func TestSameDayYearsLater37h37a(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "on the same day", ref: "2026-06-01", text: "The bridge opened on 4 June 1990. A memorial was unveiled two years later, on the same day.",
			want: []brief{{"1990-06-04", "on 4 June 1990", "The bridge opened"}, {"1992-06-04", "two years later, on the same day", "A memorial was unveiled"}}},
		{name: "to the day", ref: "2026-06-01", text: "The bridge opened on 4 June 1990. A plaque was added a year to the day later.",
			want: []brief{{"1990-06-04", "on 4 June 1990", "The bridge opened"}, {"1991-06-04", "a year to the day later", "A plaque was added"}}},
		{name: "exactly", ref: "2026-06-01", text: "The bridge opened on 4 June 1990. Exactly ten years later, it closed.",
			want: []brief{{"1990-06-04", "on 4 June 1990", "The bridge opened"}, {"2000-06-04", "Exactly ten years later", "The bridge closed"}}},
		// without "on the same day" the amount is a year
		{name: "a year only", ref: "2026-06-01", text: "The bridge opened on 4 June 1990. A memorial was unveiled two years later.",
			want: []brief{{"1990-06-04", "on 4 June 1990", "The bridge opened"}, {"1992", "two years later", "A memorial was unveiled"}}},
	})
}
