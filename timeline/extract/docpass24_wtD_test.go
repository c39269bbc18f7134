package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestCountedFromTheDayBefore: a day counted from the day written just
// before it in the same sentence ("closed on March 13, 2020; it reopened
// two days later") is an event of its own, not a restatement of that day.
func TestCountedFromTheDayBefore(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two days later after a semicolon", text: "The library shut on June 4, 2021; it opened again two days later.",
			want: []brief{{"2021-06-04", "on June 4, 2021", "The library shut"}, {"2021-06-06", "two days later", "It opened"}}},
		{name: "a day later after and", text: "The ferry stopped running on 9 October 2022, and resumed a day later.",
			want: []brief{{"2022-10-09", "on 9 October 2022", "The ferry stopped running"}, {"2022-10-10", "a day later", "The ferry resumed"}}},
	})
}

// TestPlanDaysAfterADayTold: in a document with no date of its own, a
// plan whose day has no year, told days after a day written in full in
// the past ("Routes changed on 8 January 2025. Buses will run on 15
// January."), is of that day's year; a plan after a year alone of the
// history stays undated.
func TestPlanDaysAfterADayTold(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a week after the day told", text: "The depot reopened on 3 June 2024. Trams will return on 10 June.",
			want: []brief{{"2024-06-03", "on 3 June 2024", "The depot reopened"}, {"2024-06-10", "on 10 June", "Trams will return"}}},
		{name: "after a year alone", text: "The depot opened in 1931. Trams will return on 10 June.",
			want: []brief{{"1931", "in 1931", "The depot opened"}}},
	})
}

// TestHabitInAPeriodWithItsYear: a habit or a rate told in a period
// whose year is written ("on Saturdays in Q4 2026", "a day in the first
// quarter of 2025") is dated by that period; without the year ("every
// Sunday in late August") it is every year's, no event.
func TestHabitInAPeriodWithItsYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a rate in a quarter", text: "The museum welcomed 2,400 visitors a day in the second quarter of 2023.",
			want: []brief{{"2023-Q2", "in the second quarter of 2023", "The museum welcomed 2,400 visitors a day"}}},
		{name: "weekdays in a quarter", text: "The heritage steam train runs on Sundays in Q3 2027.",
			want: []brief{{"2027-Q3", "in Q3 2027", "The heritage steam train runs on Sundays"}}},
		{name: "a month of every year", ref: "2025-09-07", text: "The heritage steam train runs on Sundays in August.", want: nil},
	})
}

// TestNightsOfListedDays: "on the nights of 8 and 15 January" dates both
// days, of the year the day with the month is given, and the part of the
// day goes with the list, out of the headline.
func TestNightsOfListedDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "nights of two days", text: "The ferries stop on 4 March 2026.\n\nTicket offices will not open on the evenings of 5 and 12 March.",
			want: []brief{{"2026-03-04", "on 4 March 2026", "The ferries stop"}, {"2026-03-05", "5", "Ticket offices will not open"}, {"2026-03-12", "12 March", "Ticket offices will not open"}}},
		{name: "a list head on the day told", text: "On 3 February 2025 the depot changed its rota.\n\nLate buses will not operate on the nights of 3 and 10 February.",
			want: []brief{{"2025-02-03", "On 3 February 2025", "The depot changed its rota"}, {"2025-02-03", "3", "Late buses will not operate"}, {"2025-02-10", "10 February", "Late buses will not operate"}}},
		{name: "nights of three days", text: "Night trams will not run on the nights of 2, 3 and 9 April 2027.",
			want: []brief{{"2027-04-02", "2", "Night trams will not run"}, {"2027-04-03", "3", "Night trams will not run"}, {"2027-04-09", "9 April 2027", "Night trams will not run"}}},
	})
}

// TestDaysBeforeAFeast: "two days before Christmas" dates its event on
// that day, the amount out of the headline.
func TestDaysBeforeAFeast(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two days before Christmas", ref: "2024-03-14", text: "The staff vote ended two days before Christmas.",
			want: []brief{{"2023-12-23", "two days before Christmas", "The staff vote ended"}}},
	})
}

// TestAmountAfterAClause: a sentence that opens with an amount of time
// counted from a day its subordinate clause tells ("Two days after the
// result was announced on 3 November 2017, ...") dates its main clause
// that much later, and the clause its own day; a clause that only names
// what a sentence before told of with its day ("the CDC confirmation"
// after "the CDC confirmed") is counted from that day.
func TestAmountAfterAClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two days after a dated clause", ref: "2019-06-12", text: "Two days after the strike vote was counted on 6 March 2018, the operator offered a new deal.",
			want: []brief{{"2018-03-06", "on 6 March 2018", "The strike vote was counted"}, {"2018-03-08", "Two days after the strike vote was counted on 6 March 2018", "The operator offered a new deal"}}},
		{name: "a week before a dated clause", ref: "2019-06-12", text: "A week before the plant closed on 20 May 2016, the union held a rally.",
			want: []brief{{"2016-05-13", "A week before the plant closed on 20 May 2016", "The union held a rally"}, {"2016-05-20", "on 20 May 2016", "The plant closed"}}},
		{name: "after the noun of an event told", text: "On 9 June 2023, the agency approved the vaccine. Five days after the agency approval, the first doses were shipped.",
			want: []brief{{"2023-06-09", "On 9 June 2023", "The agency approved the vaccine"}, {"2023-06-14", "Five days after the agency approval", "The first doses were shipped"}}},
		{name: "after the noun of another event", text: "On 9 June 2023, the agency approved the vaccine. Five days after the election, the first doses were shipped.",
			want: []brief{{"2023-06-09", "On 9 June 2023", "The agency approved the vaccine"}}},
	})
}

// TestAmountAfterAClauseOwnDay: a main clause with a day of its own
// ("..., the party met on 9 May 2018") takes no day counted from the
// clause's.
func TestAmountAfterAClauseOwnDay(t *testing.T) {
	text := "Two days after the vote on 5 May 2018, the party met on 9 May 2018."
	evs := Events(oneSection("p.txt", text, timeline.Citation{}), Options{Ref: day(t, "2019-06-12")})
	for _, b := range briefs(evs) {
		if b.Value == "2018-05-07" {
			t.Errorf("got a day counted from the clause's: %q", briefs(evs))
		}
	}
	if len(evs) != 2 {
		t.Errorf("got %q, want the two days written", briefs(evs))
	}
}
