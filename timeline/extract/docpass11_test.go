package extract

import "testing"

// TestDocPass11: what two blind passes over new kinds of documents found,
// each case under the comment that says what it checks.
func TestDocPass11(t *testing.T) {
	runRealCases(t, []realCase{
		// a clock time a few hedging words after the day it
		// falls on is one event with it; a clause between leaves two.
		{
			name: "a hedge between the day and its time",
			text: "The meeting is on Tuesday, probably at 3 p.m.",
			ref:  "2025-09-10",
			want: []brief{{"2025-09-16T15:00", "on Tuesday, probably at 3 p.m.", "The meeting is on Tuesday, probably at 3 p.m."}},
		},
		{
			name: "a chat's bare time after its day",
			text: "dentist moved to next Wednesday btw, 2:30",
			ref:  "2025-03-14",
			want: []brief{{"2025-03-19T14:30", "next Wednesday btw, 2:30", "Dentist moved"}},
		},
		{
			name: "another clause keeps them apart",
			text: "The vote is on Thursday; the count starts at 9 p.m.",
			ref:  "2025-09-10",
			want: []brief{{"2025-09-11", "on Thursday", "The vote is on Thursday"}, {"2025-09-11T21:00", "at 9 p.m.", "The count starts"}},
		},
		{
			name: "a day that is no such weekday gives its time no other day",
			text: "The launch was on Friday, September 12, at 10 a.m. in Leeds. The second launch is on Friday, September 15, at 10 a.m. in York.",
			ref:  "2025-09-13",
			want: []brief{{"2025-09-12T10:00", "on Friday, September 12, at 10 a.m.", "The launch was in Leeds"}},
		},
		// the days a kind of year runs between, with no year
		// written, are every year's; a year-end with its year is an event.
		{name: "a financial year's days", text: "Our financial year runs from 1 July to 30 June.", ref: "2025-09-12", want: nil},
		{name: "a tax year's end", text: "The tax year ends on 5 April.", ref: "2025-09-12", want: nil},
		{
			name: "a named year's end is a day",
			text: "The financial year 2025/26 ends on 31 March 2026.",
			ref:  "2025-09-12",
			want: []brief{{"2026-03-31", "on 31 March 2026", "The financial year 2025/26 ends"}},
		},
		{
			name: "a year that began on a day is an event",
			text: "The financial year started on 1 July with a new team.",
			ref:  "2025-09-12",
			want: []brief{{"2025-07-01", "on 1 July", "The financial year started with a new team"}},
		},
		// a gap in brackets after a date says how far it is from
		// another; it dates nothing of its own.
		{
			name: "days later",
			text: "Fix released: 2024-03-04 (91 days later).",
			ref:  "2024-03-12",
			want: []brief{{"2024-03-04", "2024-03-04", "Fix released"}},
		},
		{
			name: "years after an event",
			text: "The mill reopened in 1998 (two years after the fire).",
			want: []brief{{"1998", "in 1998", "The mill reopened (two years after the fire)"}},
		},
		// the hours after a span of days are every day's, no event
		// of its last day.
		{
			name: "hours after a span of days",
			text: "Viewing: 20 to 25 November, 10 am – 5 pm.",
			ref:  "2026-11-01",
			want: []brief{{"2026-11-20/2026-11-25", "20 to 25 November", "Viewing – 10 am – 5 pm"}},
		},
		{
			name: "a time on a day after a span is its own",
			text: "The trial ran from 3 March to 7 March and the verdict came at 4 pm on 7 March.",
			ref:  "2026-11-01",
			want: []brief{{"2026-03-03/2026-03-07", "from 3 March to 7 March", "The trial ran"}, {"2026-03-07T16:00", "at 4 pm on 7 March", "The verdict came"}},
		},
		// a decade that qualifies a noun is a thing's age;
		// after a preposition of time it is when.
		{
			name: "the age of a building",
			text: "The new room at the 1930s library opened on 8 March 1976.",
			want: []brief{{"1976-03-08", "on 8 March 1976", "The new room at the 1930s library opened"}},
		},
		{
			name: "when, after a preposition",
			text: "During the 1970s strikes spread.",
			want: []brief{{"197", "During the 1970s", "Strikes spread"}},
		},
		// "today" in what is still so is nowadays, no event of the
		// day; what is still going on that day is the day's.
		{name: "still so", text: "Ropes still make up a third of our orders today.", ref: "2026-05-03", want: nil},
		{name: "remains", text: "The mill remains in use today.", ref: "2026-05-03", want: nil},
		{
			name: "still going on that day",
			text: "Rescuers were still searching today.",
			ref:  "2026-05-03",
			want: []brief{{"2026-05-03", "today", "Rescuers were still searching"}},
		},
		// in a turn labelled "Name, Post:", "I" is the named
		// speaker, never the post.
		{
			name: "I said, in a turn",
			text: "Raj Menon, Chief Executive Officer: Thanks, Dana. The plant began shipping in November. Last quarter I said we would open a second line.",
			ref:  "2026-02-11",
			want: []brief{
				{"2025-Q4", "Last quarter", "Raj Menon says we would open a second line"},
				{"2025-11", "in November", "The plant began shipping"},
			},
		},
		// clock times with a span of weekdays are every week's
		// hours, no events.
		{name: "hours and weekdays", text: "You can call us between 9am and 4.30pm, Monday to Friday.", ref: "2025-02-12", want: nil},
		{name: "a day's time", text: "The clinic will open on Monday at 9am.", ref: "2025-02-12", want: []brief{{"2025-02-17T09:00", "on Monday at 9am", "The clinic will open"}}},
		// "1958 or 1959" is one event in one of them, not two.
		{
			name: "two years",
			text: "The schooner sank in 1958 or 1959 off the point.",
			want: []brief{{"1958/1959", "in 1958 or 1959", "The schooner sank off the point"}},
		},
	})
}
