package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestRetimedService: in a timetable change, the new time of a service
// named by its own time ("The 06:42 from Portmere will depart at 06:38")
// is every day's, no event; one run's moment told in the past stays.
func TestRetimedService(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "will depart at", ref: "2025-12-01", text: "From Sunday 14 December 2025 the timetable changes. The 06:42 from Portmere will depart at 06:38.",
			want: []brief{{"2025-12-14", "From Sunday 14 December 2025", "The timetable changes"}}},
		{name: "will instead leave at", ref: "2025-12-01", text: "From Sunday 14 December 2025 the timetable changes. The 17:10 to Leeds will instead leave at 17:05.",
			want: []brief{{"2025-12-14", "From Sunday 14 December 2025", "The timetable changes"}}},
	})
}

// TestDayPartWithClock: a part of a day ("Tonight") and a clock time of
// it later in the clause are one moment; so are a day and a range of its
// hours with "between A and B" (two places) between them.
func TestDayPartWithClock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "tonight at", ref: "2025-06-02", text: "Tonight the Blue Line will close early, at 22:30, for tunnel cleaning.",
			want: []brief{{"2025-06-02T22:30", "Tonight … at 22:30", "The Blue Line will close early, for tunnel cleaning"}}},
		{name: "between two places", ref: "2025-06-02", text: "On Wednesday there will be no buses between Hill Top and Marsh Lane from 10:00 to 14:00.",
			want: []brief{{"2025-06-04T10:00/2025-06-04T14:00", "On Wednesday … from 10:00 to 14:00", "There will be no buses between Hill Top and Marsh Lane"}}},
		{name: "and still links clauses", ref: "2025-06-02", text: "On Wednesday the depot reopens and the buses return at 10:00.",
			want: []brief{{"2025-06-04", "On Wednesday", "The depot reopens"}, {"2025-06-04T10:00", "at 10:00", "The buses return"}}},
	})
}

// TestOvernightOnDays: "overnight" and the days written right after it
// are one time: the night of the day, or the span of the two days.
func TestOvernightOnDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "overnight on 9/10 April", ref: "2025-03-20", text: "Overnight on 9/10 April the station will be closed.",
			want: []brief{{"2025-04-09TNI", "Overnight on 9/10 April", "The station will be closed"}}},
		{name: "overnight on 1-2 June", ref: "2025-06-06", text: "A catalytic converter was stolen on Station Road overnight on 1-2 June.",
			want: []brief{{"2025-06-01/2025-06-02", "overnight on 1-2 June", "A catalytic converter was stolen on Station Road"}}},
	})
}

// TestDaysOfEveryYear: days written with no year beside a set that
// divides the year ("payable quarterly on 25 March, 24 June, ...") and
// a span of a whole year with no year ("runs from 1 January to 31
// December") are every year's, no event; one day with its year stays.
func TestDaysOfEveryYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "quarter days", ref: "2019-06-03", text: "Rent is payable quarterly in advance on the usual quarter days (25 March, 24 June, 29 September and 25 December).",
			want: nil},
		{name: "half-year days", ref: "2019-06-03", text: "The service charge is paid twice a year, on 1 April and 1 October.",
			want: nil},
		{name: "a whole year's span", ref: "2023-08-07", text: "The holiday year runs from 1 January to 31 December.",
			want: nil},
		{name: "a financial year's span", ref: "2023-08-07", text: "Our financial year runs from 1 April to 31 March.",
			want: nil},
		{name: "a span with its year", ref: "2023-08-07", text: "The trial ran from 1 January to 31 December 2022.",
			want: []brief{{"2022-01-01/2022-12-31", "from 1 January to 31 December 2022", "The trial ran"}}},
	})
}

// TestSetMonthQuotedWhole31: a month left out as the month of a set
// written right before it ("every weekend in May") is reported with the
// set, the words that make it a usual time.
func TestSetMonthQuotedWhole31(t *testing.T) {
	doc := oneSection("notice.txt", "Trams will not run between Harbour Square and Millfield every weekend in May.", timeline.Citation{})
	_, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag, Ref: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 4, Day: 15}})
	if len(rep.Unresolved) != 1 || rep.Unresolved[0].Text != "every weekend in May" || !rep.Unresolved[0].Habit {
		t.Errorf("unresolved %+v: want one habit, \"every weekend in May\"", rep.Unresolved)
	}
}

// TestClockWithDayedClock31: a clock time with no day, joined by ",
// with" to a later time written with its day, is of that day.
func TestClockWithDayedClock31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "doors and stage", ref: "", text: "Doors open at 7pm, with the band on stage at 21:15 on Saturday 12 October 2019.",
			want: []brief{{"2019-10-12T19:00", "at 7pm", "Doors open"}, {"2019-10-12T21:15", "at 21:15 on Saturday 12 October 2019", "The band on stage"}}},
		{name: "a later time stays", ref: "", text: "Doors close at 23:30, with the band on stage at 21:15 on Saturday 12 October 2019.",
			want: []brief{{"2019-10-12T21:15", "at 21:15 on Saturday 12 October 2019", "The band on stage"}}},
	})
}
