package extract

import "testing"

// TestVersionBracketDate: a time told in brackets after a version number
// ("in 9.0 (mid-2025)") is when the release comes, kept; a bare year in
// brackets after a figure ("38,500 (2019)") is still the figure's year.
func TestVersionBracketDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "mid-year after a version", ref: "2024-11-15", text: "We will drop PostgreSQL 13 support in 9.0 (mid-2025).",
			want: []brief{{"2025", "mid-2025", "We will drop PostgreSQL 13 support in 9.0"}}},
		{name: "figure's year", ref: "2024-11-15", text: "Daily traffic on the bridge: 38,500 (2019).",
			want: []brief{}},
	})
}

// TestMonthsOfAHabit: the months a set that divides the year comes back
// in ("every six months, in April and October") make no event, after a
// dated line too; the next of a set's meetings does.
func TestMonthsOfAHabit(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "every six months", ref: "2025-02-01", text: "Policy updated 2025-02-01.\n\nNodelet publishes a new major version every six months, in April and October.",
			want: []brief{{"2025-02-01", "2025-02-01", "Policy updated"}}},
		{name: "twice a year", ref: "2025-02-01", text: "Nodelet publishes a new version twice a year, in April and October.",
			want: []brief{}},
		{name: "the next of a set", ref: "2025-02-01", text: "The committee meets every three months; its next meeting is in March.",
			want: []brief{{"2025-03", "in March", "Its next meeting is in March"}}},
	})
}

// TestStatedYear: "All dates are 2019 unless stated otherwise" gives the
// days and months written without a year that year, in a report
// published later; a year written stays; a day told from the writer's
// ("yesterday") is of no day the text can tell.
func TestStatedYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "stated year", ref: "2021-01-14", text: "Note: All dates are 2019 unless stated otherwise.\n\nThe survey team arrived on 3 March. Sampling ended in November. The report was sent to the council on 14 January 2020. The council replied yesterday.",
			want: []brief{{"2019-03-03", "on 3 March", "The survey team arrived"}, {"2019-11", "in November", "Sampling ended"}, {"2020-01-14", "on 14 January 2020", "The report was sent to the council"}}},
	})
}

// TestRestatedGloss: a time told again after "i.e." on another place's
// clock ("i.e. Wednesday 01:00 in Seoul") is the same moment, no event
// (its weekday, counted from the writer's day, was a week off).
func TestRestatedGloss(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "i.e. in Seoul", ref: "2025-11-03", text: "The board meets on Tuesday 11 November 2025 at 16:00 GMT, i.e. Wednesday 01:00 in Seoul.",
			want: []brief{{"2025-11-11T16:00Z", "on Tuesday 11 November 2025 at 16:00 GMT", "The board meets"}}},
	})
}

// TestOpeningHours: a place's hours after the word for being open
// ("gym opening 6am to 10pm", "Trading 9.00-17.30 Monday to Saturday")
// are the hours of every day, no event; a day's own opening time stays.
func TestOpeningHours(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "hours of a change of use", ref: "2019-05-13", text: "The committee noted the change of use to a gym opening 6am to 10pm.",
			want: nil},
		{name: "trading hours", ref: "2025-05-03", text: "Trading 9.00-17.30 Monday to Saturday.",
			want: nil},
		{name: "a day's opening", ref: "2025-05-03", text: "The store opens at 9am on Saturday 10 May for the launch.",
			want: []brief{{"2025-05-10T09:00", "at 9am on Saturday 10 May", "The store opens for the launch"}}},
	})
}
