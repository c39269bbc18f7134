package extract

import "testing"

// TestMonthsAfterMonthEnd: months counted from the last days of a month
// land on the last day of a shorter month ("3 months after" 30 November
// is 28 February), not on the first days of the month after it.
func TestMonthsAfterMonthEnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "3 months after the deadline", ref: "2025-10-14",
			text: "The deadline is 30 November 2025. If it is still outstanding 3 months after the deadline, we will charge £10 a day.",
			want: []brief{{"2025-11-30", "30 November 2025", "The deadline is 30 November 2025"},
				{"2026-02-28", "3 months after the deadline", "If it is still outstanding, we will charge £10 a day"}}},
		{name: "one month after a 31st", ref: "2024-01-02",
			text: "The vote is on 31 January 2024. One month after the vote, the board will meet.",
			want: []brief{{"2024-01-31", "on 31 January 2024", "The vote is on 31 January 2024"}, {"2024-02-29", "One month after the vote", "The board will meet"}}},
	})
}

// TestRestatedWeekday: "It was a Thursday." after a day that was a
// Thursday says that day's weekday again: no event of its own, and the
// "Two days later" after it counts from that day.
func TestRestatedWeekday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "it was a Thursday", ref: "",
			text: "They came for my brother on the night of 14 January 2021. It was a Thursday. Two days later I went to the police station.",
			want: []brief{{"2021-01-14TNI", "on the night of 14 January 2021", "They came for my brother"}, {"2021-01-16", "Two days later", "I went to the police station"}}},
	})
}

// TestFollowingDayAfterNightOut: "The following day" after a night that
// runs into the small hours ("9pm till 2am" on 12 July) is the day after
// the night's day, 13 July, not the day after 2am's.
func TestFollowingDayAfterNightOut(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the following day after 9pm till 2am", ref: "2025-07-01",
			text: "Sat 12 July: Soul Revue night, doors 9pm till 2am.\nThe following day, a free family brunch from 11am.",
			want: []brief{{"2025-07-12T21:00/2025-07-13T02:00", "9pm till 2am", "Soul Revue night, doors"},
				{"2025-07-13T11:00", "The following day … from 11am", "A free family brunch"}}},
	})
}

// TestBoundWeekdayOfDayToCome: "so it runs to Monday" after "March 3,
// 2025" (a Monday), told in January, is March 3, not the writer's Monday.
func TestBoundWeekdayOfDayToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "runs to Monday", ref: "2025-01-20",
			text: "The RRSP deadline is March 3, 2025. The usual window ends on a weekend, so it runs to Monday.",
			want: []brief{{"2025-03-03", "March 3, 2025", "The RRSP deadline is March 3, 2025"}, {"2025-03-03", "Monday", "The RRSP deadline runs"}}},
	})
}

// TestLastWeekendBeforeDeadline: "on the last weekend", in the present
// after a deadline weeks off, is the deadline's weekend, not the one gone
// by.
func TestLastWeekendBeforeDeadline(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the last weekend before a Saturday deadline", ref: "2026-01-06",
			text: "The online filing deadline is Saturday 31 January. HMRC systems get very slow on the last weekend.",
			want: []brief{{"2026-W05-WE", "on the last weekend", "HMRC systems get very slow"}, {"2026-01-31", "Saturday 31 January", "The online filing deadline is Saturday 31 January"}}},
	})
}

// TestBothDueTheSameDay: "are both due the same day" says two things
// share a day the text does not give; it is not the day told before.
func TestBothDueTheSameDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "both due the same day", ref: "2026-01-06",
			text: "We aim to submit by 27 January. Your balancing payment and your first payment on account are both due the same day.",
			want: []brief{{"2026-01-27", "by 27 January", "We aim to submit"}}},
	})
}

// TestClocksAtTheNamedMeeting: clock times in a sentence that says they
// are "At the meeting" fall on the day the meeting was dated by, not on
// the last day told (a deadline for comments).
func TestClocksAtTheNamedMeeting(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "at the meeting", ref: "2025-09-05",
			text: "The meeting will be held on October 16, 2025. Comments are due by October 2, 2025. At the meeting, oral presentations from the public will be heard between 1 p.m. and 2 p.m.",
			want: []brief{{"2025-10-02", "by October 2, 2025", "Comments are due"}, {"2025-10-16", "on October 16, 2025", "The meeting will be held"},
				{"2025-10-16T13:00/2025-10-16T14:00", "between 1 p.m. and 2 p.m.", "Oral presentations from the public will be heard"}}},
	})
}
