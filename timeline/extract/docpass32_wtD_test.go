package extract

import "testing"

// TestInAmountAfterDayToCome: "in two weeks" after a sentence that tells a
// day to come counts from the writer's day, as it does alone; "within"
// such an amount, or a subject that points back to that day's event,
// still counts from the event and gives no date.
func TestInAmountAfterDayToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "in two weeks after a day to come", ref: "2025-09-15", text: "Prelim 1 is on October 7. Homework 3 will be released in two weeks.",
			want: []brief{{"2025-W40", "in two weeks", "Homework 3 will be released"}, {"2025-10-07", "on October 7", "Prelim 1 is on October 7"}}},
		{name: "in two weeks alone", ref: "2025-09-15", text: "Homework 3 will be released in two weeks.",
			want: []brief{{"2025-W40", "in two weeks", "Homework 3 will be released"}}},
		{name: "it points back", ref: "2025-05-20", text: "The pop-up store opens on June 1. It will close in three months.",
			want: []brief{{"2025-06-01", "on June 1", "The pop-up store opens"}}},
	})
}

// TestClockInDatedClause: a time told in a clause of its own with the day
// it is on ("...; I'll hold extra hours on September 23 from 10 to 11:30
// am") is that day's, though another clause of the sentence names office
// hours; a clause with no day keeps a timetable's hours out.
func TestClockInDatedClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "office hours in the other clause", ref: "2025-09-15", text: "Office hours on September 22 are cancelled; I'll hold extra hours on September 23 from 10 to 11:30 am instead.",
			want: []brief{{"2025-09-22", "on September 22", "Office hours are cancelled"}, {"2025-09-23T10:00/2025-09-23T11:30", "on September 23 from 10 to 11:30 am", "I'll hold extra hours instead"}}},
		{name: "a timetable's clauses", ref: "2025-09-15", text: "Opening hours: Monday to Friday 9am to 5pm; Saturday 10am to 4pm.",
			want: nil},
	})
}

// TestFeastInItsRange: a feast named beside the days written in full that
// hold it ("over Easter, from 3 April to 6 April") is one event, the
// range: no second event on the feast's own day.
func TestFeastInItsRange(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "feast, then its range", ref: "2025-11-03", text: "The department office is closed over Easter, from 3 April to 6 April.",
			want: []brief{{"2026-04-03/2026-04-06", "Easter, from 3 April to 6 April", "The department office is closed"}}},
		{name: "range, then its feast", ref: "2025-11-03", text: "The department office is closed from 3 April to 6 April (Easter).",
			want: []brief{{"2026-04-03/2026-04-06", "from 3 April to 6 April (Easter)", "The department office is closed"}}},
	})
}
