package extract

import (
	"fmt"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestLeftOutNoise24: an undated calendar reports the dates it cannot
// place, and nothing that is no date: "Last day to add" (the final day of
// a time), "Fall break" (a school's period), "Tue/Thu" (days of every
// week), and the weekday a date states in brackets ("Jan. 12 (Mon.)").
func TestLeftOutNoise24(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"HIST 210 syllabus\nLast day to add or drop: September 5, 2025.\nFall break: October 13-14, 2025.\nMay 1 - Last day of classes\n", nil},
		{"Classes meet on our Tue/Thu schedule.\n", nil},
		{"Jan. 12 (Mon.) - Classes begin\nLast day for refunds: Jan. 19\n", []string{"1:1 Jan. 12", "2:23 Jan. 19"}},
	} {
		got := leftOut("cal.txt", tc.text)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: unresolved %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDecadeBeforeAHyphen24: "The 1920s - Enrollment grows." is a list's
// entry: the ASCII hyphen separates the decade from its event, as an en
// dash does, and is no word the decade qualifies ("the 1930s library").
func TestDecadeBeforeAHyphen24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "decade and a hyphen", ref: "", text: "The 1920s - Enrollment grows.",
			want: []brief{{"192", "The 1920s", "Enrollment grows"}}},
		{name: "short decade and a hyphen", ref: "", text: "The '50s - Regular radio broadcasts begin.",
			want: []brief{{"195", "The '50s", "Regular radio broadcasts begin"}}},
	})
}

// TestBracketedPeriodOfARange24: a quarter named in brackets after the
// range it holds ("Between 1 July and 30 September 2024 (Q3)") is the
// range's name: one event, the range.
func TestBracketedPeriodOfARange24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "quarter after its days", ref: "", text: "Between 1 July and 30 September 2024 (Q3), 61% of cases were among people aged 15-49 years.",
			want: []brief{{"2024-07-01/2024-09-30", "Between 1 July and 30 September 2024 (Q3)", "61% of cases were among people aged 15-49 years"}}},
		{name: "quarter after its months", ref: "", text: "Between April and June 2023 (Q2), prices fell.",
			want: []brief{{"2023-04/2023-06", "Between April and June 2023 (Q2)", "Prices fell"}}},
	})
}

// TestOpeningHours24: the clock times of opening hours ("lines open
// 08:00–20:00", "remains open 9am–5pm") are the hours of every day, no
// event on the day told before; a day written after them is theirs.
func TestOpeningHours24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "helpline hours", ref: "2024-03-14", text: "On Friday 29 March, the first trains will start later than usual. Call 0345 600 7245 (lines open 08:00–20:00).",
			want: []brief{{"2024-03-29", "On Friday 29 March", "The first trains will start later than usual"}}},
		{name: "hours after two days", ref: "2025-01-20", text: "Two training days are fixed: Monday 1 September and Tuesday 2 September 2025. If you have a question, call 0300 555 0192 (lines open 8.30am to 5pm).",
			want: []brief{{"2025-09-01", "Monday 1 September", "Two training days are fixed"}, {"2025-09-02", "Tuesday 2 September 2025", "Two training days are fixed"}}},
		{name: "library hours after a closure", ref: "2024-03-01", text: "The Library closes on Friday 29 March for the holiday; on other days it remains open 9am–5pm.",
			want: []brief{{"2024-03-29", "on Friday 29 March", "The Library closes for the holiday"}}},
	})
}

// TestClockAfterASpan24: a clock time in a sentence after a span of days
// ("from 25 March to 7 April. On strike days, trains will stop by
// 18:30") is of some or every day of it: no event on its last day.
func TestClockAfterASpan24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "strike days after a ban's span", ref: "2024-03-14", text: "An overtime ban will run from 25 March to 7 April.\n\nOn strike days, trains will stop by 18:30.",
			want: []brief{{"2024-03-25/2024-04-07", "from 25 March to 7 April", "An overtime ban will run"}}},
	})
}

// TestGenericAnchor24: a time told from the day of "a 23:59 UTC
// deadline" (any such deadline) is no day's: "falls at 10:59 the
// following morning local time" explains, nothing happens; a time told
// from "the 23:59 deadline" still counts from its day.
func TestGenericAnchor24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a deadline's following morning", ref: "2025-01-27", text: "All times are in UTC. Participants in Sydney should note that a 23:59 UTC deadline falls at 10:59 the following morning local time.",
			want: nil},
	})
}

// TestFeastBesideItsDate24: a feast's name beside the date it falls on
// ("Christmas: 25 December 2026") or before a period named for it with its
// dates ("Thanksgiving recess is November 26-30") makes no second event
// in the year the document is dated.
func TestFeastBesideItsDate24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "feast and its date in a list", ref: "2025-01-20", text: "Bank holidays:\n- Christmas Day: 25 December 2026\n- Early May bank holiday: 4 May 2026",
			want: []brief{{"2026-05-04", "4 May 2026", "Early May bank holiday"}, {"2026-12-25", "25 December 2026", "Christmas Day"}}},
		{name: "a recess named for a feast", ref: "", text: "Classes begin August 26, 2025. Thanksgiving recess is November 26-30.",
			want: []brief{{"2025-08-26", "August 26, 2025", "Classes begin"}, {"2025-11-26/2025-11-30", "November 26-30", "Thanksgiving recess is November 26-30"}}},
	})
}

// TestHabitualMonthOrSeason24: a month or a season with no year in a
// clause that tells what is usual ("in September the sea is usually
// calm") or, for a season, what can be ("In winter the waves here can
// reach 25 m") is every year's: no event.
func TestHabitualMonthOrSeason24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "usual weather", ref: "", text: "The tour departs on 12 September 2026. In winter the waves here can reach 25 m, but in September the sea is usually calm.",
			want: []brief{{"2026-09-12", "on 12 September 2026", "The tour departs"}}},
		{name: "a month's permission", ref: "2024-03-01", text: "In April residents can apply for permits.",
			want: []brief{{"2024-04", "In April", "Residents can apply for permits"}}},
	})
}

// TestHabitualSeasonNotReported24: in an undated text, the season of a
// clause that tells what can be ("In winter the waves here can reach
// 25 m") is no date left out: nothing to report.
func TestHabitualSeasonNotReported24(t *testing.T) {
	doc := oneSection("tour.md", "Coastal walk of 16 km. In winter the waves here can reach 25 m, but in September the sea is usually calm.", timeline.Citation{})
	c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
	if len(c.Events) != 0 || len(rep.Unresolved) != 0 {
		t.Errorf("events %v, unresolved %+v: want none", c.Events, rep.Unresolved)
	}
}

// TestCapsYearHeading24: a line of a year and a label in capitals ("2026
// DEPARTURES") over a line of dates of that year is the list's heading:
// no event of its own.
func TestCapsYearHeading24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "year and a label in capitals", ref: "", text: "Our tours\n\n2026 DEPARTURES\nSpring: 24 March and 7 April 2026",
			want: []brief{{"2026-03-24", "24 March", "Spring: 24 March and 7 April 2026"}, {"2026-04-07", "7 April 2026", "Spring: 24 March and 7 April 2026"}}},
	})
}

// TestRestatedInOneDocument24: one event told twice in one document, the
// day written two ways in two paragraphs ("voted on Monday to close the
// building", "Oct. 7 - The board votes 5-2 to close the building"), is
// one event; two happenings of one day stay two.
func TestRestatedInOneDocument24(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a vote told in the story and in its timeline", ref: "2019-10-09",
			text: "The library board voted on Monday to close the building.\n\nOct. 7 - The board votes 5-2 to close the building.",
			want: []brief{{"2019-10-07", "on Monday", "The library board voted to close the building"}}},
		{name: "two votes of one day", ref: "2019-10-09",
			text: "The library board voted on Monday to close the building.\n\nOct. 7 - The board votes 5-2 to sell the car park.",
			want: []brief{{"2019-10-07", "on Monday", "The library board voted to close the building"}, {"2019-10-07", "Oct. 7", "The board votes 5-2 to sell the car park"}}},
	})
}
