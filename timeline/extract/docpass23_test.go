package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestRelativeBaselines: a period told back from the sentence's own date
// after "from" or "over" in a sentence of a change ("fell 7.1 percent in
// October from a year earlier") is the figure's baseline, no event; told
// as the time something happened ("A year earlier, the firm had moved")
// it dates its sentence.
func TestRelativeBaselines(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "from a year earlier", ref: "2020-01-01", text: "Retail sales fell 7.1 percent in October from a year earlier.",
			want: []brief{{"2019-10", "in October", "Retail sales fell 7.1 percent from a year earlier"}}},
		{name: "over the same period last year", ref: "2024-05-03", text: "Sales rose 4% in the first quarter over the same period last year.",
			want: []brief{{"2024-Q1", "in the first quarter", "Sales rose 4% over the same period last year"}}},
		{name: "a year earlier as a time", ref: "2024-05-03", text: "Sales rose 4% in the first quarter. A year earlier, the firm had moved to Leeds.",
			want: []brief{{"2023-Q1", "A year earlier", "The firm had moved to Leeds"}, {"2024-Q1", "in the first quarter", "Sales rose 4%"}}},
	})
}

// TestThatBeforeATimeNoun: "said ... stopped that day" has no "that"
// clause: the headline is what was said, not "day".
func TestThatBeforeATimeNoun(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "that day after a reporting verb", ref: "2024-11-22", text: "Mr Oakley died on 17 March 2024. His daughter said the family world stopped that day.",
			want: []brief{{"2024-03-17", "on 17 March 2024", "Mr Oakley died"}, {"2024-03-17", "that day", "The family world stopped"}}},
	})
}

// TestCurrentAdjective: the adjective "current" ("the current billing
// period", "Current term expiry") says which of a thing's periods, and
// dates no event of its own; "currently" still tells the present.
func TestCurrentAdjective(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the current billing period", ref: "2025-02-14", text: "You may cancel at any time; cancellation takes effect at the end of the current billing period.",
			want: nil},
		{name: "currently", ref: "2025-02-14", text: "The company currently employs 400 people.",
			want: []brief{{"PRESENT_REF", "currently", "The company employs 400 people"}}},
	})
}

// TestTermExpiryLabel: the day an agreement's term runs out, in a label
// ("Current term expiry: April 16, 2026", "Lease expiration date:"), is
// an event; a product's "Expiry:" stamp is not.
func TestTermExpiryLabel(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a term's expiry", ref: "2024-06-01", text: "Current term expiry: April 16, 2026",
			want: []brief{{"2026-04-16", "April 16, 2026", "Current term expiry"}}},
		{name: "a lease's expiration date", ref: "2024-06-01", text: "Lease expiration date: 30 June 2027",
			want: []brief{{"2027-06-30", "30 June 2027", "Lease expiration date"}}},
		{name: "a product's expiry", ref: "2024-06-01", text: "Product: Houmous 200g. Expiry: 24/08/2024.", want: nil},
	})
}

// TestThroughAtLeast: a span whose end is a bound it may run past ("from
// January 2018 through at least March 2021") is one span, its end then
// or later.
func TestThroughAtLeast(t *testing.T) {
	text := "According to the complaint, from January 2018 through at least March 2021, SnapCart advertised its pans as \"Made in USA\"."
	runRealCases(t, []realCase{
		{name: "through at least", ref: "2023-10-03", text: text,
			want: []brief{{"2018-01/2021-03", "from January 2018 through at least March 2021", "SnapCart advertised its pans as \"Made in USA\""}}},
	})
	evs := Events(oneSection("p.txt", text, timeline.Citation{}), Options{Ref: day(t, "2023-10-03")})
	if len(evs) != 1 || evs[0].Span.End.Mod != timeline.ModOnOrAfter {
		t.Errorf("got %v, want one span whose end is ON_OR_AFTER", evs)
	}
}

// TestUseByDateOf: "with a use by date of 20/03/2024" stamps a product,
// as "Use by:" does: no event of the day.
func TestUseByDateOf(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a use by date of", ref: "2024-03-15", text: "The alert covers batch code 2403C, with a use by date of 20/03/2024.",
			want: nil},
	})
}

// TestDeicticFrame: "next month" that holds the day the same clause gives
// ("next month with an open house on October 5") makes no second event;
// "fourth-quarter and full-year 2024 results" name the results.
func TestDeicticFrame(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "next month and its day", ref: "2024-09-12", text: "Brennan Dairy will celebrate its 75th anniversary next month with an open house on October 5.",
			want: []brief{{"2024-10-05", "on October 5", "Brennan Dairy will celebrate its 75th anniversary next month with an open house"}}},
		{name: "next month and a day of another clause", ref: "2024-09-12", text: "Brennan Dairy will open a shop next month, and its founder retired on 3 September.",
			want: []brief{{"2024-09-03", "on 3 September", "Its founder retired"}, {"2024-10", "next month", "Brennan Dairy will open a shop"}}},
		{name: "two modifiers of one noun", ref: "2025-02-27", text: "Nuvia will report fourth-quarter and full-year 2024 financial results on March 6, 2025.",
			want: []brief{{"2025-03-06", "on March 6, 2025", "Nuvia will report fourth-quarter and full-year 2024 financial results"}}},
	})
}

// TestDayThenItsTime: a day and a time of it later in its clause ("on
// Saturday, May 18, rain or shine, starting ... at 10 a.m.") are one
// event at that time, its date text both; a time of another clause
// stays an event of its own.
func TestDayThenItsTime(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "one clause", ref: "2024-03-15", text: "The annual Heritage Walk will take place on Saturday, May 18, rain or shine, starting at the Town Common at 10 a.m.",
			want: []brief{{"2024-05-18T10:00", "on Saturday, May 18 … at 10 a.m.", "The annual Heritage Walk will take place rain or shine, starting at the Town Common"}}},
		{name: "two clauses", ref: "2024-03-15", text: "The walk will take place on Saturday, May 18, and the tea will be served at 4 p.m.",
			want: []brief{{"2024-05-18", "on Saturday, May 18", "The walk will take place"}, {"2024-05-18T16:00", "at 4 p.m.", "The tea will be served"}}},
	})
}

// TestSeenToday: "the plaque you can see today" says what is there
// nowadays, no event of the writer's day.
func TestSeenToday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "you can see today", ref: "2022-01-15", text: "The marker was stolen in 2003 and replaced the following year with the cast-iron plaque you can see today.",
			want: []brief{{"2003", "in 2003", "The marker was stolen"}, {"2004", "the following year", "The marker was replaced with the cast-iron plaque you can see today"}}},
	})
}

// TestHoursOfEveryDay: clock times told with a run of weekdays ("between
// 8pm and 6am, Monday to Friday") are the hours of each such day, no
// event of the day told before; "the end of the month of delivery" is
// no month.
func TestHoursOfEveryDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "overnight, Monday to Friday", ref: "2025-12-02", text: "Work will start on Monday 5 January 2026. The road will be closed overnight only, between 8pm and 6am, Monday to Friday.",
			want: []brief{{"2026-01-05", "on Monday 5 January 2026", "Work will start"}}},
		{name: "a time of a day told", ref: "2025-12-02", text: "Work will start on Monday 5 January 2026. The road will close at 8pm on Friday 9 January, and on weekdays after that.",
			want: []brief{{"2026-01-05", "on Monday 5 January 2026", "Work will start"}, {"2026-01-09T20:00", "at 8pm on Friday 9 January", "The road will close"}}},
		{name: "the month of delivery", ref: "2023-06-05", text: "Invoices are payable 45 days from the end of the month of delivery.",
			want: nil},
	})
}

// TestHeldEventYear: a year naming an event held then ("the 1980 Moscow
// Games") in a clause of its own dates that clause, beside another
// clause's date; a year naming a plan beside a day stays a qualifier.
func TestHeldEventYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the Games of a year", ref: "2024-07-01", text: "The United States boycotted the 1980 Moscow Games, and the Soviet bloc stayed away from Los Angeles in 1984.",
			want: []brief{{"1980", "1980", "The United States boycotted the Moscow Games"}, {"1984", "in 1984", "The Soviet bloc stayed away from Los Angeles"}}},
		{name: "a plan of a year", ref: "2024-07-01", text: "The council scrapped the 2019 plan, and the new one was approved on 3 May 2024.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The new one was approved"}}},
	})
}

// TestUntilWhenToCome: "remanded in custody until 11 April, when he will
// appear at Manchester Crown Court": the day's event is what comes then,
// its pronoun the main clause's subject.
func TestUntilWhenToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "until, when to come", ref: "2023-03-14", text: "Daniel Hurst was remanded in custody until 11 April, when he will appear at Manchester Crown Court.",
			want: []brief{{"2023-04-11", "until 11 April", "Daniel Hurst will appear at Manchester Crown Court"}}},
	})
}
