package extract

import (
	"fmt"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestPlanMonthsAfterADayTold: in a document with no date of its own, a
// plan whose day or month has no year, told in the sentence right after
// a day (or week) written with its year, in that month or one of the two
// after it ("Kestrel 2.0.0 was released on 4 March 2025. Version 2.0.1
// is planned on 15 April."), is of that year; further on it stays
// undated.
func TestPlanMonthsAfterADayTold(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a planned day six weeks on", text: "Kestrel 2.0.0 was released on 4 March 2025. Version 2.0.1 is planned on 15 April.",
			want: []brief{{"2025-03-04", "on 4 March 2025", "Kestrel 2.0.0 was released"}, {"2025-04-15", "on 15 April", "Version 2.0.1 is planned"}}},
		{name: "the end of the month told", text: "Interviews are held on 7 April 2025. Awards will be confirmed by the end of April.",
			want: []brief{{"2025-04", "by the end of April", "Awards will be confirmed"}, {"2025-04-07", "on 7 April 2025", "Interviews are held"}}},
		{name: "after a week told", text: "Interviews were held in the week beginning 7 April 2025. The panel will report on 15 May.",
			want: []brief{{"2025-W15", "in the week beginning 7 April 2025", "Interviews were held"}, {"2025-05-15", "on 15 May", "The panel will report"}}},
		{name: "half a year on", text: "The depot reopened on 3 June 2024. Trams will return on 15 December.",
			want: []brief{{"2024-06-03", "on 3 June 2024", "The depot reopened"}}},
	})
}

// TestAmountAfterANamedHappening: an amount of time after a happening
// named by its noun, at the end of a clause ("A patch is planned for 30
// days after launch"), dates its sentence that much after the day a
// sentence just before told of the happening by its verb ("launches on
// June 12, 2025"); with no such day it makes no event.
func TestAmountAfterANamedHappening(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "days after launch", text: "The game launches on June 12, 2025. A patch is planned for 30 days after launch.",
			want: []brief{{"2025-06-12", "on June 12, 2025", "The game launches"}, {"2025-07-12", "30 days after launch", "A patch is planned"}}},
		{name: "weeks after the commissioning", text: "The plant was commissioned on 4 May 2021. It produced its first batch two weeks after the commissioning.",
			want: []brief{{"2021-05-04", "on 4 May 2021", "The plant was commissioned"}, {"2021-05-18", "two weeks after the commissioning", "The plant produced its first batch"}}},
		{name: "within days after launch", text: "The game launched on June 12, 2025. Fixes will follow within 30 days after launch.",
			want: []brief{{"2025-06-12", "on June 12, 2025", "The game launched"}, {"2025-07-12", "within 30 days after launch", "Fixes will follow"}}},
		{name: "launch told paragraphs before", ref: "2025-03-05", text: "Halcyon today said that its game will launch on June 12, 2025. Pre-orders open on Friday.\n\nA demo arrives next month. A patch is planned for 30 days after launch.",
			want: []brief{{"2025-03-05", "today", "Halcyon says its game will launch on June 12, 2025"}, {"2025-03-07", "on Friday", "Pre-orders open"}, {"2025-04", "next month", "A demo arrives"}, {"2025-06-12", "on June 12, 2025", "Its game will launch"}, {"2025-07-12", "30 days after launch", "A patch is planned"}}},
		{name: "no day of the happening", text: "The game launched on June 12, 2025. Support ends 90 days after release.",
			want: []brief{{"2025-06-12", "on June 12, 2025", "The game launched"}}},
	})
}

// TestDayRangeWithoutYear: a range of days with no year, in a sentence
// after a season written with its year ("starts in autumn 2025; ... at
// the summit on 18-19 September"), is of that year; in a document that
// gives no year to read it against, it is reported left out whole ("on
// 18-19 September"), not dropped in silence.
func TestDayRangeWithoutYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "after a season with its year", text: "The 2.2 cycle starts in autumn 2025; its date will be announced at the summit on 18-19 September.",
			want: []brief{{"2025-FA", "in autumn 2025", "The 2.2 cycle starts"}, {"2025-09-18/2025-09-19", "on 18-19 September", "Its date will be announced at the summit"}}},
		{name: "after a season with its year, a past-looking sentence before", text: "Kestrel 1.9 becomes unsupported on 1 January 2026. The 2.2 cycle starts in autumn 2025; its date will be announced at the summit on 18-19 September.",
			want: []brief{{"2025-FA", "in autumn 2025", "The 2.2 cycle starts"}, {"2025-09-18/2025-09-19", "on 18-19 September", "Its date will be announced at the summit"}, {"2026-01-01", "on 1 January 2026", "Kestrel 1.9 becomes unsupported"}}},
	})
	for _, tc := range []struct{ text, want string }{
		{"The summit will be held on 18-19 September.", "[1:25 on 18-19 September]"},
		{"The museum reopened in 1931. The summit will be held from 18 to 19 September.", "[1:54 from 18 to 19 September]"},
	} {
		got := leftOut("memo.txt", tc.text)
		if fmt.Sprint(got) != tc.want {
			t.Errorf("%q: unresolved %q, want %s", tc.text, got, tc.want)
		}
	}
}

// TestMeasuredRateIsNoHabit: a rate of a measured amount ("1 to 2 inches per
// hour") says how fast, not how often: the sentence's hours ("between 3
// AM and 9 AM Wednesday") stay one event, to the minute; a count of
// times per unit ("twice a day at 9am") is still a habit.
func TestMeasuredRateIsNoHabit(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "inches per hour, a weekday", ref: "2025-01-21", text: "The heaviest snowfall rates of 1 to 2 inches per hour are expected between 3 AM and 9 AM Wednesday.",
			want: []brief{{"2025-01-22T03:00/2025-01-22T09:00", "between 3 AM and 9 AM Wednesday", "The heaviest snowfall rates of 1 to 2 inches per hour are expected"}}},
		{name: "inches per hour, a day", text: "Rain rates of 1 to 2 inches per hour are expected between 3 AM and 9 AM on 22 January 2025.",
			want: []brief{{"2025-01-22T03:00/2025-01-22T09:00", "between 3 AM and 9 AM on 22 January 2025", "Rain rates of 1 to 2 inches per hour are expected"}}},
		{name: "a count per day", ref: "2025-01-21", text: "The ferry sails twice a day at 9am and 5pm.", want: nil},
	})
}

// TestPartOfDayQualifierInAPlan: a day and part of the day qualifying a
// noun in a sentence of what will be ("Snow will slow the Wednesday
// morning commute") dates what the noun names, then; a year naming a
// thing in such a sentence still makes no event.
func TestPartOfDayQualifierInAPlan(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the Wednesday morning commute", ref: "2025-01-21", text: "Snow will slow the Wednesday morning commute.",
			want: []brief{{"2025-01-22TMO", "Wednesday morning", "Snow will slow the commute"}}},
		{name: "a year naming a thing", ref: "2025-01-21", text: "The council will restore the 2017 tariff.", want: nil},
	})
}

// TestUsualTimeReported: the usual time of something, written without
// its year ("usually mid-May here"), makes no event, and is reported as
// left out, as a habit, so that it is not dropped in silence.
func TestUsualTimeReported(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 4, Day: 1}
	doc := oneSection("notes.txt", "Plant out tomatoes after the last frost, usually mid-May here.", timeline.Citation{Date: ref})
	c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
	if len(c.Events) != 0 || len(rep.Unresolved) != 1 || !rep.Unresolved[0].Habit || rep.Unresolved[0].Text != "usually mid-May" {
		t.Errorf("events %v, unresolved %+v: want none, and 'usually mid-May' as a habit", c.Events, rep.Unresolved)
	}
}

// TestOrdinalDayOnwards: "from the 13th onwards" after "on 12 October"
// is a day of that month, and "onwards" goes with its date text, out of
// the title, as with a day written with its month.
func TestOrdinalDayOnwards(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the 13th onwards", ref: "2024-09-25", text: "The comet is closest to Earth on 12 October. Look low in the west from the 13th onwards.",
			want: []brief{{"2024-10-12", "on 12 October", "The comet is closest to Earth"}, {"2024-10-13", "from the 13th onwards", "Look low in the west"}}},
		{name: "a day and month onwards", ref: "2024-09-25", text: "Look low in the west from 13 October onwards.",
			want: []brief{{"2024-10-13", "from 13 October onwards", "Look low in the west"}}},
	})
}

// TestDayWithItsHoursOrPart: a day and, later in its clause, a range of
// its hours ("on Saturday 19 April at the pavilion, 10am to noon"), a
// part of it ("of 28 August 2026 will be visible in the early morning")
// or a time told in a when-clause on it ("on Sunday 27 October, when
// British Summer Time ends at 02:00 BST") are one event, not a day and
// its time apart; a clause of its own ("..., and the potatoes were
// blackened overnight") stays an event of its own.
func TestDayWithItsHoursOrPart(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a range of hours", ref: "2025-04-01", text: "The Easter plant swap is on Saturday 19 April at the pavilion, 10am to noon.",
			want: []brief{{"2025-04-19T10:00/2025-04-19T12:00", "on Saturday 19 April … 10am to noon", "The Easter plant swap is at the pavilion"}}},
		{name: "a part of the day", ref: "2026-03-03", text: "The partial lunar eclipse of 28 August 2026 will be visible in the early morning, with maximum at 04:13 UTC.",
			want: []brief{{"2026-08-28T04:13Z", "at 04:13 UTC", "Maximum"}, {"2026-08-28TMO", "28 August 2026 … in the early morning", "The partial lunar eclipse will be visible"}}},
		{name: "a when-clause's time", ref: "2024-09-25", text: "Clocks go back one hour on Sunday 27 October, when British Summer Time ends at 02:00 BST.",
			want: []brief{{"2024-10-27T02:00+01:00", "on Sunday 27 October … at 02:00 BST", "Clocks go back one hour, when British Summer Time ends"}}},
		{name: "a clause of its own", ref: "2025-04-01", text: "The hard frost of 28 March caught us out, and the potatoes were blackened overnight.",
			want: []brief{{"2025-03-27TNI", "overnight", "The potatoes were blackened"}, {"2025-03-28", "28 March", "The hard frost of 28 March caught us out"}}},
	})
}
