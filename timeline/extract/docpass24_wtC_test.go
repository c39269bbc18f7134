package extract

import "testing"

// TestCalendarDayLines24C: a calendar's lines that open with a day and
// month ("1/23 - Last day to add") are items of their own, each titled by
// its words, under a heading that names the year.
func TestCalendarDayLines24C(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "numeric days opening a calendar's lines", text: "Spring Semester 2026\n\nJan. 19 (Mon.) - Martin Luther King Jr. Day; no classes\n1/23 - Add deadline for full-semester courses\n2/6 - Drop deadline without a grade (5 p.m. CST)",
			want: []brief{{"2026-01-19", "Jan. 19 (Mon.)", "Martin Luther King Jr. Day"}, {"2026-01-23", "1/23", "Add deadline for full-semester courses"}, {"2026-02-06T17:00-06:00", "2/6 … 5 p.m. CST", "Drop deadline without a grade"}}},
	})
}

// TestPlanWithClock24C: a meeting to come told by its day without a year,
// and its hour, in a text whose only years are of its past, has no year
// the text gives: it is left out, as it is without the hour (it was put
// in the year of the last past event told).
func TestPlanWithClock24C(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a plan's day and hour", text: "The dispute began on 1 April 2024.\n\nDrivers at Kirkby settled in August 2023.\n\nThe next branch meeting is on 2 October at 7.30pm.",
			want: []brief{{"2023-08", "in August 2023", "Drivers at Kirkby settled"}, {"2024-04-01", "on 1 April 2024", "The dispute began"}}},
		{name: "a plan's day", text: "The dispute began on 1 April 2024.\n\nDrivers at Kirkby settled in August 2023.\n\nThe next branch meeting is on 2 October.",
			want: []brief{{"2023-08", "in August 2023", "Drivers at Kirkby settled"}, {"2024-04-01", "on 1 April 2024", "The dispute began"}}},
	})
}
