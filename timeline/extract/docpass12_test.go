package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDocPass12: what the twelfth session's blind passes over new kinds of
// documents found, each case under the comment that says what it checks.
func TestDocPass12(t *testing.T) {
	runRealCases(t, []realCase{
		// an age told in the sentence before is not this sentence's
		{
			name: "an age, then a year",
			text: "She began drawing plants at the age of ten. In 1834 the family moved to Bristol.",
			want: []brief{{"1834", "In 1834", "The family moved to Bristol"}},
		},
		{
			name: "a year after an age in its own sentence is still no year",
			text: "Pupils at the age of 1834 will be admitted.",
			want: nil,
		},
		// a day that names its event, in a clause of its own, is an event
		// beside the other clause's date
		{
			name: "a holiday's match and a postponement",
			text: "The Boxing Day derby finished 2–2, and the fixture was postponed until Tuesday 21 January.",
			ref:  "2025-05-19",
			want: []brief{{"2024-12-26", "Boxing Day", "The derby finished 2–2"}, {"2025-01-21", "until Tuesday 21 January", "The fixture was postponed"}},
		},
		// an hour read as the start of a range of hours is no bare number
		{
			name: "a day's hours, the first without its half of the day",
			text: "Visiting will be held on Thursday, Oct. 16, from 4 to 7 p.m.",
			ref:  "2025-10-14",
			want: []brief{{"2025-10-16T16:00/2025-10-16T19:00", "on Thursday, Oct. 16, from 4 to 7 p.m.", "Visiting will be held"}},
		},
		// "at times" is now and then, no list of clock readings
		{
			name: "at times on a night",
			text: "Visibility will drop at times Wednesday night.",
			ref:  "2025-12-16",
			want: []brief{{"2025-12-17TNI", "Wednesday night", "Visibility will drop at times"}},
		},
		// a fiscal quarter that no calendar quarter is: its months
		{
			name: "a quarter of a year ending in July",
			text: "Our fiscal year ends on July 31. Revenue in Q3 FY26 rose 4 per cent.",
			ref:  "2026-02-24",
			want: []brief{{"2026-02/2026-04", "in Q3 FY26", "Revenue rose 4 per cent"}},
		},
		// a day counted from another, and the day itself written in the
		// same sentence: the day written wins
		{
			name: "a count glossed by its day",
			text: "Rommel attacked on 19 February 1943. Three weeks later, on 9 March, he left Africa.",
			want: []brief{{"1943-02-19", "on 19 February 1943", "Rommel attacked"}, {"1943-03-09", "on 9 March", "He left Africa"}},
		},
		{
			name: "a count and the day later in the sentence",
			text: "The offensive opened on 22 April 1943. Two weeks later the troops entered Tunis on the same afternoon, 7 May.",
			want: []brief{{"1943-04-22", "on 22 April 1943", "The offensive opened"}, {"1943-05-07", "7 May", "Two weeks later the troops entered Tunis on the same afternoon"}},
		},
		// "through the end of April" bounds its event, as "by" does
		{
			name: "through the end of a month",
			text: "Further sampling will take place weekly through the end of April.",
			ref:  "2025-03-20",
			want: []brief{{"2025-04", "through the end of April", "Further sampling will take place weekly"}},
		},
		// a record's baseline, a habit's month and a futures month are no
		// events
		{name: "a record since a month", text: "Stocks posted their steepest weekly decline since early April.", ref: "2025-11-21", want: nil},
		{name: "a habit's month", text: "She baked this cake every Sunday in late August.", ref: "2025-09-07", want: nil},
		{name: "a futures month", text: "Brent crude for January delivery settled at $62.56 a barrel.", ref: "2025-11-21", want: nil},
		{
			name: "a month since which a count runs is still one",
			text: "Prices have risen since early April.",
			ref:  "2025-11-21",
			want: []brief{{"2025-04", "since early April", "Prices have risen"}},
		},
		// a handout's line opened by "the 1960s" is an item of its own
		{
			name: "a decade opening a handout's line",
			text: "1939-45 – Second World War\nthe 1960s – Swinging London\nthe late 18th century – Industrial Revolution begins",
			want: []brief{{"17", "the late 18th century", "Industrial Revolution begins"}, {"1939/1945", "1939-45", "Second World War"}, {"196", "the 1960s", "Swinging London"}},
		},
		// a time a day is written after is that day's, however much the
		// sentence reads as opening hours; "on or before" includes its day
		{
			name: "a closing time on its day",
			text: "The consultation closes at 11:59pm on 24 November 2025.",
			ref:  "2025-09-01",
			want: []brief{{"2025-11-24T23:59", "at 11:59pm on 24 November 2025", "The consultation closes"}},
		},
		{name: "opening hours stay every day's", text: "The shop closes at 5pm, Monday to Saturday.", ref: "2026-01-14", want: nil},
		{
			name: "a time local to the day after",
			text: "We left on Friday 18 April and landed at Heathrow at 6:40 local time the next morning.",
			ref:  "2025-04-20",
			want: []brief{{"2025-04-18", "on Friday 18 April", "We left"}, {"2025-04-19T06:40", "at 6:40 local time the next morning", "We landed at Heathrow"}},
		},
		// the period figures cover, beside the day they come out, is no event
		{
			name: "figures for a month",
			text: "Figures for August 2025 will be published on 9 October 2025.",
			ref:  "2025-09-01",
			want: []brief{{"2025-10-09", "on 9 October 2025", "Figures for August 2025 will be published"}},
		},
		// a name's letter ends its sentence before a word that opens one
		{
			name: "Shed C. The",
			text: "At 22:38 on 11 March 2025 an operator reported smoke from Shed C. The first fire appliance arrived at 22:47.",
			want: []brief{{"2025-03-11T22:38", "At 22:38 on 11 March 2025", "An operator reported smoke from Shed C"}, {"2025-03-11T22:47", "at 22:47", "The first fire appliance arrived"}},
		},
		// the day a letter bears is not the day it arrived
		{name: "a letter's date at its arrival", text: "A letter from Mother dated 25th June 1916 arrived at last.", want: nil},
		{
			name: "a memo's date is its advice's",
			text: "A memo dated Aug. 22, 2023, recommended a recall.",
			want: []brief{{"2023-08-22", "Aug. 22, 2023", "A memo recommended a recall"}},
		},
		// a range of times glossed in another zone: the gloss is no
		// second range
		{
			name: "a range glossed in another zone",
			text: "The call runs 15:00 – 16:00 GMT (11:00 – 12:00 EDT).",
			ref:  "2025-03-19",
			want: []brief{{"2025-03-19T15:00Z/2025-03-19T16:00Z", "15:00 – 16:00 GMT", "The call runs"}},
		},
		// the years a plan covers are no day anything was done
		{name: "a budget's years", text: "The variance was measured against the 2026/27 budget of £58,000.", ref: "2026-06-01", want: nil},
		{name: "a strategy's years", text: "Trustees approved the 2025–2028 strategy.", ref: "2026-06-01", want: nil},
		{
			name: "a season's years are its own",
			text: "The 2024–25 season ended in May 2025.",
			ref:  "2026-06-01",
			want: []brief{{"2025-05", "in May 2025", "The 2024–25 season ended"}},
		},
		{
			name: "split years make one range",
			text: "Enrolment doubled between 2010/11 and 2024/25.",
			ref:  "2025-09-10",
			want: []brief{{"2010/2025", "between 2010/11 and 2024/25", "Enrolment doubled"}},
		},
	})
}

// TestReportYearCovers: the year an annual report's title names is the
// year it covers: its days and months written without a year are of it,
// a month heading over a section is that month of it, and what speaks
// from the writer's day still needs that day.
func TestReportYearCovers(t *testing.T) {
	y2024 := timeline.Date{Prec: timeline.Year, Year: 2024}
	cit := timeline.Citation{Title: "Annual Report 2024", Date: y2024}
	doc := &timeline.Document{Name: "report.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Heading: "January", Text: "- The lecture series ran from 12 to 28 January.", Citation: cit, RefFrom: "title"},
		{Kind: timeline.Body, Heading: "March", Text: "- The new gallery opened on 7 March.", Citation: cit, RefFrom: "title"},
		{Kind: timeline.Body, Heading: "September", Text: "- Trustees approved the 2025–2028 strategy at their meeting on the 24th.", Citation: cit, RefFrom: "title"},
		{Kind: timeline.Body, Heading: "Staff", Text: "- Yesterday the shop closed.", Citation: cit, RefFrom: "title"},
		{Kind: timeline.Body, Heading: "November", Text: "- The Christmas market opened on 29 November and ran until 22 December.", Citation: cit, RefFrom: "title"},
	}}
	got := briefs(Events(doc, Options{}))
	want := []brief{
		{"2024-01-12/2024-01-28", "from 12 to 28 January", "The lecture series ran"},
		{"2024-03-07", "on 7 March", "The new gallery opened"},
		{"2024-09-24", "on the 24th", "Trustees approved the 2025–2028 strategy at their meeting"},
		{"2024-11-29/2024-12-22", "on 29 November … until 22 December", "The Christmas market opened and ran"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// a year that dates the text but is not said to be what it covers
	// leaves the same days of no known year
	for i := range doc.Sections {
		doc.Sections[i].RefFrom = "metadata"
	}
	if got := briefs(Events(doc, Options{})); len(got) != 0 {
		t.Errorf("dated only by metadata: got %q, want no events", got)
	}
}

// TestRowTitle: a row with a text and no title is titled by its text's
// first sentence, cut to a headline's length.
func TestRowTitle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Status Conference held on 12/5/2025. Jury Trial set for 3/2/2026 at 9:00 AM.", "Status Conference held on 12/5/2025"},
		{"", ""},
		{"The committee met in the long room above the old corn exchange and agreed, after a debate of some hours, to sell the field.", "The committee met in the long room above the old corn exchange and agreed"},
	} {
		if got := RowTitle(tc.text); got != tc.want {
			t.Errorf("RowTitle(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWeekHeading: a heading that names a week ("Week 1 (w/c 8 September
// 2025)") dates the weekdays under it, whatever years the lessons name.
func TestWeekHeading(t *testing.T) {
	doc := &timeline.Document{Name: "plan.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Heading: "Week 1 (w/c 8 September 2025)", Text: "Lesson 1 (Monday): Causes of the war.\n\nLesson 2 (Tuesday): Homework: timeline of July 1914, due Friday 12 September."},
	}}
	got := briefs(Events(doc, Options{}))
	want := []brief{
		{"2025-09-08", "Monday", "Lesson 1: Causes of the war"},
		{"2025-09-09", "Tuesday", "Lesson 2"},
		{"2025-09-12", "Friday 12 September", "Timeline of July 1914"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
