package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDocPass14: what the fourteenth session's blind passes over new kinds
// of documents found, each case under the comment that says what it
// checks.
func TestDocPass14(t *testing.T) {
	runRealCases(t, []realCase{
		// a fiscal quarter is dated by the calendar months up to the day
		// it ended, and that day goes out of the title with it
		{
			name: "fiscal quarter ended",
			text: "Halverson reported results for its fiscal second quarter ended March 2, 2013.",
			ref:  "2013-03-21",
			want: []brief{{"2012-12/2013-02", "fiscal second quarter", "Halverson reported results"}},
		},
		// a telling that is over keeps its verb and the one told, and a
		// speaker named first is not named again for its "our"
		{
			name: "she told him",
			text: "On 6 February 2023 she told him she was pregnant.",
			ref:  "2025-03-01",
			want: []brief{{"2023-02-06", "On 6 February 2023", "She told him she was pregnant"}},
		},
		{
			name: "our supplier told us that",
			text: "On 14 October our screen supplier told us that one batch failed the drop test.",
			ref:  "2024-10-30",
			want: []brief{{"2024-10-14", "On 14 October", "Our screen supplier told us one batch failed the drop test"}},
		},
		{
			name: "told reporters, the date after the one told",
			text: "The landlord told us on 3 May that the rent would rise.",
			ref:  "2024-10-30",
			want: []brief{{"2024-05-03", "on 3 May", "The landlord told us the rent would rise"}},
		},
		{
			name: "warned investors",
			text: "On Friday the firm warned investors that profits would fall.",
			ref:  "2024-10-30",
			want: []brief{{"2024-10-25", "On Friday", "The firm warned investors profits would fall"}},
		},
		// a relative clause with no comma around it, in the subject, is
		// its own event, not part of the main clause's title
		{
			name: "who was sentenced, was convicted",
			text: "A former treasurer who was sentenced in 2015 for bribery was convicted again on 13 June 2018.",
			want: []brief{{"2015", "in 2015", "A former treasurer was sentenced for bribery"}, {"2018-06-13", "on 13 June 2018", "A former treasurer was convicted"}},
		},
		{
			name: "who was arrested, was released",
			text: "The man who was arrested in May for fraud was released on 3 June 2019.",
			want: []brief{{"2019-06-03", "on 3 June 2019", "The man was released"}},
		},
		{
			name: "who treated him, was struck off",
			text: "The doctor who treated him in 2012 was struck off on 4 April 2019.",
			want: []brief{{"2012", "in 2012", "The doctor treated him"}, {"2019-04-04", "on 4 April 2019", "The doctor was struck off"}},
		},
		// a second verb after "and" shares a longer subject, its figure's
		// commas no end of it
		{
			name: "a pallet of 1,200 units left and is due",
			text: "The first pallet of 1,200 Wren units left our assembly partner in Shenzhen on Monday and is due at the Rotterdam fulfilment centre around 9 December.",
			ref:  "2024-11-21",
			want: []brief{{"2024-11-18", "on Monday", "The first pallet of 1,200 Wren units left our assembly partner in Shenzhen"}, {"2024-12-09", "around 9 December", "The first pallet of 1,200 Wren units is due at the Rotterdam fulfilment centre"}},
		},
		{
			name: "a batch of 3,000 parts was shipped and will arrive",
			text: "The last batch of 3,000 spare parts was shipped on Monday and will arrive in Leeds on 9 December.",
			ref:  "2024-11-21",
			want: []brief{{"2024-11-18", "on Monday", "The last batch of 3,000 spare parts was shipped"}, {"2024-12-09", "on 9 December", "The last batch of 3,000 spare parts will arrive in Leeds"}},
		},
		// a date set apart by its own comma opens the clause it dates
		{
			name: "a month-first date and its year before the clause",
			text: "On February 10, 2025, the board met.",
			want: []brief{{"2025-02-10", "On February 10, 2025", "The board met"}},
		},
		// "the Monday after" a day just named is the Monday after it
		{
			name: "the weekday after the day just named",
			text: "Report due Friday 17 October 2025. Peer review session is the Monday after.",
			ref:  "2025-10-09",
			want: []brief{{"2025-10-17", "Friday 17 October 2025", "Report due"}, {"2025-10-20", "the Monday after", "Peer review session is the Monday after"}},
		},
		// what remains in force overnight does so the night to come
		{
			name: "orders remain in effect overnight",
			text: "Orders remain in effect overnight.",
			ref:  "2025-02-08",
			want: []brief{{"2025-02-08TNI", "overnight", "Orders remain in effect"}},
		},
		// a case made up to illustrate a rule tells nothing that happened
		{
			name: "a policy's worked example",
			text: "An employee who joined on 1 March and makes a request in May may make a second request before the following March.",
			ref:  "2025-01-10",
			want: nil,
		},
		{
			name: "for example",
			text: "For example, a claim made on 3 June must be paid by 3 July.",
			ref:  "2025-01-10",
			want: nil,
		},
		// a year inside a work's quoted title is its subject, no event
		{
			name: "a talk's quoted title",
			text: "Our next talk is \"Brackley in the 1950s\" by Peter Yates on Thursday 13 November.",
			ref:  "2025-10-20",
			want: []brief{{"2025-11-13", "on Thursday 13 November", "Our next talk is \"Brackley in the 1950s\" by Peter Yates"}},
		},
		{
			name: "a book's quoted title",
			text: "She published \"Letters from 1916\" in 2003.",
			want: []brief{{"2003", "in 2003", "She published \"Letters from 1916\""}},
		},
		// a zoned time and its gloss on the place's clock are one event,
		// of the day written after them
		{
			name: "a UTC time glossed as local, then its day",
			text: "The ship grounded at 01:42 UTC (03:42 local) on 3 March 2024.",
			want: []brief{{"2024-03-03T01:42Z", "at 01:42 UTC", "The ship grounded on 3 March 2024"}},
		},
		// a custom held before a year: its day is of every such year
		{
			name: "the legal year before 1752",
			text: "Before 1752 the legal year in England began on 25 March.",
			want: []brief{{"1752", "Before 1752", "The legal year in England began on 25 March"}},
		},
		// a thousands separator splits no clause of a title
		{
			name: "a sum with a thousands separator",
			text: "Match funding of £29,700 has been confirmed by the Council, which met on 11 July 2024.",
			want: []brief{{"2024-07-11", "on 11 July 2024", "The Council met"}},
		},
		// an amount of time to come, opening the sentence
		{
			name: "in two weeks, fronted",
			text: "In two weeks the library will open.",
			ref:  "2024-04-21",
			want: []brief{{"2024-W18", "In two weeks", "The library will open"}},
		},
		// a register's split year over its entries is no event
		{
			name: "a split year labelling a register's entries",
			text: "BAPTISMS\n\n1712/13\nFebruary 3: Elizabeth daughter of Thomas Cubitt.",
			want: []brief{{"1713-02-03", "February 3", "Elizabeth daughter of Thomas Cubitt"}},
		},
		{
			name: "a split year over an entry whose day label opens its sentence",
			text: "BAPTISMS\n\n1712/13\nFebruary 3. Elizabeth daughter of Thomas Cubitt.",
			want: []brief{{"1713-02-03", "February 3", "Elizabeth daughter of Thomas Cubitt"}},
		},
		// business days skip the weekends
		{
			name: "within five business days",
			text: "A full review will be published within five business days.",
			ref:  "2025-03-04",
			want: []brief{{"2025-03-11", "within five business days", "A full review will be published"}},
		},
		// a post's stamp is no second event of a post that tells its own
		// time (but a bound is no such time)
		{
			name: "a post telling its own time",
			text: "Alert thread — Saturday 8 February 2025\n\n[21:04] Creek crested at 15.1 ft at 7:20 p.m.\n\n[22:10] Flood warning until 2 a.m.",
			ref:  "2025-02-08",
			want: []brief{{"2025-02-08T19:20", "at 7:20 p.m.", "Creek crested at 15.1 ft"}, {"2025-02-08T22:10", "22:10", "Flood warning until 2 a.m."}, {"2025-02-09T02:00", "until 2 a.m.", "Flood warning"}},
		},
		// an irregular participle set off by commas dates what it says
		// of the noun; the sentence's verb is the noun's too
		{
			name: "bought, set off by commas",
			text: "My dishwasher, bought on 14 November 2024, stopped draining last weekend.",
			ref:  "2025-01-25",
			want: []brief{{"2024-11-14", "on 14 November 2024", "My dishwasher was bought"}, {"2025-W03-WE", "last weekend", "My dishwasher stopped draining"}},
		},
		// a status page's update, its stamp on the line under it
		{
			name: "an update stamped under its words",
			text: "Resolved - This incident has been resolved. Error rates are normal.\nMar 4, 2025, 17:05 UTC\n\nMonitoring - A fix has been deployed.\nMar 4, 2025, 15:58 UTC",
			want: []brief{{"2025-03-04T15:58Z", "Mar 4, 2025, 15:58 UTC", "Monitoring - A fix has been deployed"}, {"2025-03-04T17:05Z", "Mar 4, 2025, 17:05 UTC", "Resolved - This incident has been resolved"}},
		},
		// a table row with two dates: each is named by its column
		{
			name: "a row's two dated columns",
			text: "| Participant | Signature | Ratification |\n|---|---|---|\n| Austria | 14 Mar 2019 | 6 Nov 2020 |",
			want: []brief{{"2019-03-14", "14 Mar 2019", "Austria – Signature"}, {"2020-11-06", "6 Nov 2020", "Austria – Ratification"}},
		},
		{
			name: "a web table's row, its second date a field",
			text: "14 Mar 2019 – Austria; Ratification: 6 Nov 2020.",
			want: []brief{{"2019-03-14", "14 Mar 2019", "Austria"}, {"2020-11-06", "6 Nov 2020", "Austria – Ratification"}},
		},
		// what is claimed keeps who claims it
		{
			name: "a claim's content",
			text: "Critics alleged that the dam was built in 1962.",
			want: []brief{{"1962", "in 1962", "Critics allege the dam was built"}},
		},
		// (from the regression check: a need or an order is no participle
		// of a done thing; a column of one word keeps its name)
		{
			name: "a need, not a thing done",
			text: "We need the slab cast before the scaffold strike on 23 March.",
			ref:  "2025-06-15",
			want: []brief{{"2025-03-23", "on 23 March", "We need the slab cast before the scaffold strike"}},
		},
		{
			name: "an order, not the closure",
			text: "The board ordered the plant shut last March.",
			ref:  "2025-06-15",
			want: []brief{{"2025-03", "last March", "The board ordered the plant shut"}},
		},
		{
			name: "a planned and an actual column",
			text: "| Milestone | Planned | Actual |\n|---|---|---|\n| Site setup | 15/01/2025 | 28/01/2025 |",
			want: []brief{{"2025-01-15", "15/01/2025", "Site setup – Planned"}, {"2025-01-28", "28/01/2025", "Site setup – Actual"}},
		},
		// a best-before, use-by or expiry date is a product's property,
		// no happening; a deadline to use or sell by stays
		{
			name: "use by after a product's name",
			text: "Product: Classic Houmous 200g. Use by 24/08/2024.",
			ref:  "2024-08-16",
		},
		{
			name: "best before in prose and as a label",
			text: "The houmous was recalled. Best before: 24 August 2024. The yoghurt is best before 30 August 2024.",
			ref:  "2024-08-16",
		},
		{
			name: "BBE, Exp., expiry date, sell-by and display until",
			text: "Yoghurt, BBE 08/2024. Milk, Exp. 24/08/2024. Card expiry date: 09/2027. Bread, sell-by date 24 Aug 2024. Cake, display until 24 August.",
			ref:  "2024-08-16",
		},
		{
			name: "a table row's best-before column",
			text: "Best before: 24 August 2024 – Classic Houmous 200g; Batch code: L2407 22.",
			ref:  "2024-08-16",
		},
		{
			name: "ready for use by a month is a deadline",
			text: "The new line will be ready for use by March 2025.",
			ref:  "2024-08-16",
			want: []brief{{"2025-03", "by March 2025", "The new line will be ready for use"}},
		},
		{
			name: "a labelled date column's row: its name and the label",
			text: "Signed: 4 April 1949 – North Atlantic Treaty; Members: 12.",
			want: []brief{{"1949-04-04", "4 April 1949", "North Atlantic Treaty – Signed"}},
		},
		// a span of days of the week and a span of hours are every
		// week's opening hours, no event on the document's day
		{
			name: "a hotline's hours in brackets",
			text: "Booking hotline: 0800 112 2025 (Mon–Fri 9am–5:30pm).",
			ref:  "2025-03-14",
		},
		{
			name: "abbreviated days and 24-hour clocks",
			text: "Call us Tue-Sat, 10:00-16:00.",
			ref:  "2025-03-14",
		},
		{
			name: "a day the tagger reads as a date, in a span of days",
			text: "The shop: Thurs to Sun 9.30am - 4pm.",
			ref:  "2025-03-14",
		},
		{
			name: "a weekend's hours",
			text: "Helpline (Sat & Sun 10am–2pm).",
			ref:  "2025-03-14",
		},
		{
			name: "a day's meeting at a time stays",
			text: "The council will meet on Monday at 7pm.",
			ref:  "2025-03-14",
			want: []brief{{"2025-03-17T19:00", "on Monday at 7pm", "The council will meet"}},
		},
		// a service named by its time ("the 8:05"), and a timetable's
		// time ("the last bus back is 17:40"), are no moments of the
		// story; a meeting's time is
		{
			name: "the 8:05 has been scrapped",
			text: "The college term ends on 19 July, and the 8:05 has been scrapped.",
			ref:  "2024-06-04",
			want: []brief{{"2024-07-19", "on 19 July", "The college term ends"}},
		},
		{
			name: "the 7.30 from Paddington, the 17:40 is always late",
			text: "The 7.30 from Paddington was cancelled. The 17:40 is always late. We caught the 8:05.",
			ref:  "2024-06-04",
		},
		{
			name: "the last bus and the first ferry",
			text: "The last bus back is 17:40. The first ferry leaves at 06:15.",
			ref:  "2024-06-04",
		},
		{
			name: "a meeting's time, and a bus that left at a time, stay",
			text: "The meeting is at 17:40. The last bus left at 17:40 yesterday.",
			ref:  "2024-06-04",
			want: []brief{{"2024-06-03T17:40", "at 17:40 yesterday", "The last bus left"}, {"2024-06-04T17:40", "at 17:40", "The meeting is at 17:40"}},
		},
		// "most of" in another clause is no superlative measured since
		{
			name: "since a decade, after most of a century",
			text: "For most of the 20th century the rate was roughly 1.4 mm a year, but since the early 1990s, when satellite altimetry began, it has more than doubled.",
			ref:  "2024-09-18",
			want: []brief{{"19", "the 20th century", "For most of the 20th century the rate was roughly 1.4 mm a year"}, {"199", "since the early 1990s", "Satellite altimetry began, it has more than doubled"}},
		},
		// a month alone on a line over the items of a calendar is their
		// heading: no event, and never the stamp of the paragraph above
		// across a blank line
		{
			name: "a month heading in capitals over its items",
			text: "Add one hour for BST until 26 October.\n\nSEPTEMBER\nSaturn reaches opposition on 21 September.",
			ref:  "2025-08-28",
			want: []brief{{"2025-09-21", "on 21 September", "Saturn reaches opposition"}, {"2025-10-26", "until 26 October", "Add one hour for BST"}},
		},
		{
			name: "a month and its year over an item",
			text: "The society meets monthly.\n\nOctober 2025\nThe Orionids peak on 21 October.",
			want: []brief{{"2025-10-21", "on 21 October", "The Orionids peak"}},
		},
		{
			name: "a season heading over an item",
			text: "Notes for observers.\n\nSpring 2026\nThe lunar eclipse of 3 March 2026 is visible from Asia.",
			want: []brief{{"2026-03-03", "3 March 2026", "The lunar eclipse of 3 March 2026 is visible from Asia"}},
		},
		// a plan told in the present or the future, its day written
		// without a year, in a document with no date: the year of the
		// history told is not the plan's
		{
			name: "a next meeting in an undated newsletter",
			text: "The trust was wound up in 1878.\nOur next meeting is on Thursday 21 March.",
			want: []brief{{"1878", "in 1878", "The trust was wound up"}},
		},
		{
			name: "a walk that will start",
			text: "The trust was wound up in 1878.\nThe walk will start on Thursday 21 March.",
			want: []brief{{"1878", "in 1878", "The trust was wound up"}},
		},
		{
			name: "a meeting of the history told",
			text: "The trust was wound up in 1878.\nThe last meeting was on Thursday 21 March.",
			want: []brief{{"1878", "in 1878", "The trust was wound up"}, {"1878-03-21", "on Thursday 21 March", "The last meeting was on Thursday 21 March"}},
		},
		{
			name: "a next meeting with its year",
			text: "The trust was wound up in 1878.\nOur next meeting is on Thursday 21 March 2024.",
			want: []brief{{"1878", "in 1878", "The trust was wound up"}, {"2024-03-21", "on Thursday 21 March 2024", "Our next meeting is on Thursday 21 March 2024"}},
		},
		{
			name: "a month under the lines it stamps",
			text: "The fort fell after a long siege.\nMarch 1916",
			want: []brief{{"1916-03", "March 1916", "The fort fell after a long siege"}},
		},
	})
}

// TestOffsetKeepsMod pins that an amount of time counted on from the
// writer's day keeps its own mod on the day it ends: "about" stays
// APPROX, "less than" and "more than" bound the period that holds it.
func TestOffsetKeepsMod(t *testing.T) {
	tests := []struct {
		text, value, mod string
	}{
		{"The samples should be ready in about three weeks.", "2024-W31", "APPROX"},
		{"In about two weeks the library will open.", "2024-W30", "APPROX"},
		{"The library will open in roughly ten days.", "2024-07-22", "APPROX"},
		{"The report will be published in less than a month.", "2024-08", "ON_OR_BEFORE"},
		{"The bridge will reopen in more than two years.", "2026", "ON_OR_AFTER"},
		{"The report will be published in two weeks.", "2024-W30", ""},
		{"The Clerk will reply within about 14 days.", "2024-07-26", "ON_OR_BEFORE"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := oneSection("p.txt", tt.text, timeline.Citation{})
			evs := Events(doc, Options{Ref: day(t, "2024-07-12")})
			if len(evs) != 1 {
				t.Fatalf("got %q, want one event", briefs(evs))
			}
			if got := evs[0].Span.Start; got.String() != tt.value || got.Mod.String() != tt.mod {
				t.Errorf("got %s mod %q, want %s mod %q", got, got.Mod, tt.value, tt.mod)
			}
		})
	}
}

// TestDatelineDateIsNoEvent: a dateline that is a date alone ("March 4,
// 2019 — The minister resigned"), read by the reader as the story's
// reference date, dates the story's "on Friday" and is no event itself.
func TestDatelineDateIsNoEvent(t *testing.T) {
	tests := []struct{ text, date string }{
		{"March 4, 2019 — The minister resigned on Friday.", "March 4, 2019"},
		{"4 March 2019 -- The minister resigned on Friday.", "4 March 2019"},
		{"Mar. 4, 2019 - The minister resigned on Friday.", "Mar. 4, 2019"},
		{"4 Mar 2019 – The minister resigned on Friday.", "4 Mar 2019"},
	}
	want := []brief{{"2019-03-01", "on Friday", "The minister resigned"}}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := oneSection("p.txt", tt.text, timeline.Citation{Date: day(t, "2019-03-04")})
			doc.Sections[0].RefFrom = "dateline"
			doc.Sections[0].RefPos = timeline.Position{File: "p.txt", Line: 1, Col: 1}
			doc.Sections[0].RefText = tt.date
			if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

// TestCityDatelineKeepsTheName: the date of a city's dateline goes with
// the dateline when the title is made, and takes no words of the story's
// subject with it.
func TestCityDatelineKeepsTheName(t *testing.T) {
	text := "PORTLAND, Maine, Oct. 14, 2025 — Margaret Ellen Thibodeau, a retired schoolteacher who taught chemistry, died at home on Saturday."
	doc := oneSection("p.txt", text, timeline.Citation{Date: day(t, "2025-10-14")})
	doc.Sections[0].RefFrom = "dateline"
	doc.Sections[0].RefPos = timeline.Position{File: "p.txt", Line: 1, Col: 18, Offset: strings.Index(text, "Oct.")}
	doc.Sections[0].RefText = "Oct. 14, 2025"
	got := briefs(Events(doc, Options{}))
	if len(got) != 1 || !strings.HasPrefix(got[0].Title, "Margaret Ellen Thibodeau") {
		t.Errorf("got %q, want one event titled with Margaret Ellen Thibodeau", got)
	}
}

// TestOnDisplayUntil: an exhibition's "on display until" is its run, no
// shelf-life label.
func TestOnDisplayUntil(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "on display until", text: "The painting is on display until 31 January 2027.", ref: "2026-11-01",
			want: []brief{{"2027-01-31", "until 31 January 2027", "The painting is on display"}}},
		{name: "a label's display until", text: "Product: Houmous 200g. Display until 24/08/2024.", ref: "2024-08-16", want: nil},
	})
}

// TestCalendarEntryAllDay: an entry's "All day" line under its dates
// leaves the dates the stamp of the entry's name above them.
func TestCalendarEntryAllDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "all day under a span of days", text: "Offsite in Lisbon\nMon, 10 Mar 2025 – Wed, 12 Mar 2025\nAll day\n", ref: "2025-03-01",
			want: []brief{{"2025-03-10/2025-03-12", "Mon, 10 Mar 2025 – Wed, 12 Mar 2025", "Offsite in Lisbon"}}},
	})
}
