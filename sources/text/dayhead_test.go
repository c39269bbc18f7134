package text

import (
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestParseDayHead(t *testing.T) {
	none := time.Weekday(-1)
	tests := []struct {
		in      string
		ok      bool
		y, m, d int
		wd      time.Weekday
	}{
		{"3 March 2023", true, 2023, 3, 3, none},
		{"15/7/24", true, 2024, 7, 15, none},
		{"7/15/24", true, 2024, 7, 15, none},
		{"31/13/24", false, 0, 0, 0, none},
		{"Tuesday 7 March", true, 0, 3, 7, time.Tuesday},
		{"Tuesday, March 7", true, 0, 3, 7, time.Tuesday},
		{"Monday 3rd", true, 0, 0, 3, time.Monday},
		{"Wednesday 5th April", true, 0, 4, 5, time.Wednesday},
		{"Wednesday 5th of April:", true, 0, 4, 5, time.Wednesday},
		{"**Saturday 8th**", true, 0, 0, 8, time.Saturday},
		{"Thurs", true, 0, 0, 0, time.Thursday},
		{"Tues.", true, 0, 0, 0, time.Tuesday},
		{"Monday, 6 March 2023, 09:30", true, 2023, 3, 6, time.Monday},
		{"2023-03-03", true, 2023, 3, 3, none},
		{"March 2023", false, 0, 0, 0, none},
		{"2023", false, 0, 0, 0, none},
		{"March", false, 0, 0, 0, none},
		{"31 February", false, 0, 0, 0, none},
		{"Monday 3rd meeting", false, 0, 0, 0, none},
		{"Monday saw rain", false, 0, 0, 0, none},
		{"Chapter 3", false, 0, 0, 0, none},
		{"3", false, 0, 0, 0, none},
		{"", false, 0, 0, 0, none},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			h, ok := parseDayHead(tt.in, false)
			if ok != tt.ok {
				t.Fatalf("parseDayHead(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if ok && (h.y != tt.y || h.m != tt.m || h.d != tt.d || h.wd != tt.wd) {
				t.Errorf("parseDayHead(%q) = %+v, want %d-%d-%d %v", tt.in, h, tt.y, tt.m, tt.d, tt.wd)
			}
		})
	}
}

// TestDatedHeadings checks that the day over an entry dates the entry:
// its reference date, from "heading", and a statement of that day. A day
// written in part takes what it lacks from the headings around it, the
// document's date or its title's year.
func TestDatedHeadings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		md   bool
		ref  string   // --ref-date
		days []string // the date of each body section, "" for none
	}{
		{
			name: "Markdown headings, the last without its year",
			in:   "# Expedition log\n\n## 3 March 2023\n\nWe reached base camp.\n\n## 5 March 2023\n\nStorm all day.\n\n## Tuesday 7 March\n\nSummit attempt abandoned at 14:00.\n",
			md:   true,
			days: []string{"2023-03-03", "2023-03-05", "2023-03-07"},
		},
		{
			name: "a diary's lines over its entries, the year from its title",
			in:   "Walking diary, spring 2023\n\nMonday 3rd\nSet off at nine.\n\nTues\nGlen Nevis to Kinlochleven.\n\nWednesday 5th April\nRest day.\n\nThurs\nReached the Kingshouse.\n\nSaturday 8th\nHome.\n",
			days: []string{"2023-04-03", "2023-04-04", "2023-04-05", "2023-04-06", "2023-04-08"},
		},
		{
			name: "a diary dated by --ref-date",
			in:   "Walking diary\n\nMonday 3rd\nSet off at nine.\n\nTues\nGlen Nevis to Kinlochleven.\n",
			ref:  "2023-04-10",
			days: []string{"2023-04-03", "2023-04-04"},
		},
		{
			name: "a diary across a year's end",
			in:   "Log\n\nFriday 30 December 2022\nLeft port.\n\nMonday 2 January\nArrived.\n",
			days: []string{"2022-12-30", "2023-01-02"},
		},
		{
			name: "a weekday that does not fit dates nothing",
			in:   "# Log\n\n## 3 March 2023\n\nWe left.\n\n## Friday 7 March\n\nWe arrived.\n",
			md:   true,
			days: []string{"2023-03-03", ""},
		},
		{
			name: "a heading that is no day ends the dated part",
			in:   "# Log\n\n## 3 March 2023\n\nWe left.\n\n### Notes\n\nStill that day.\n\n## Equipment\n\nTwo tents.\n",
			md:   true,
			days: []string{"2023-03-03", "2023-03-03", ""},
		},
		{
			name: "an itinerary's numbered days from the first day's date",
			in:   "Lisbon study trip\n\nDay 1 (Saturday 7 June 2025)\nWe arrive at 10:00.\n\nDay 2\nBelem.\n\nDay 4 – departure\nCoach at 11:00.\n",
			days: []string{"2025-06-07", "2025-06-08", "2025-06-10"},
		},
		{
			name: "numbered days from the range in the title",
			in:   "Field course, 28 June - 3 July 2025\n\nDay 1\nArrive by 16:00.\n\nDay 2: Glenmore\nWalk.\n\nDay 6 – home\nLeave at 10:00.\n",
			days: []string{"2025-06-28", "2025-06-29", "2025-07-03"},
		},
		{
			name: "numbered days that outrun the title's range date nothing",
			in:   "Field course, 1-2 July 2025\n\nDay 1\nArrive.\n\nDay 5\nLeave.\n",
			days: []string{"", ""},
		},
		{
			name: "a day's number in a sentence is no heading",
			in:   "Strike diary\n\nDay 3 of the strike saw more walkouts.\nIt went on.\n",
			days: []string{""},
		},
		{
			name: "letters headed by their place and day",
			in:   "# Letters\n\nA selection for class.\n\n## Letter I\n\n**Paris, 12th March 1793**\n\nYesterday the Convention voted.\n\n## Letter II\n\n**Monticello, Dec. 3, 1801**\n\nI returned the day before yesterday.\n\n## Letter III\n\nBoston, the 18th of April, 1775\n\nThe regulars are moving this evening.\n",
			md:   true,
			days: []string{"", "1793-03-12", "1801-12-03", "1775-04-18"},
		},
		{
			name: "an almanac's days head lines labelled by year: no day of writing",
			in:   "# On this day\n\nPublished 14 February 2025.\n\n## 15 February\n\n- **1564** — Galileo is born in Pisa.\n- 1942: Singapore falls.\n\n## 16 February\n\n1923 – Carter opens the burial chamber.\n",
			md:   true,
			days: []string{"", ""},
		},
		{
			name: "one date line under the title dates the document, not an entry",
			in:   "Harbour news\n\n3 March 2023\n\nThe dredger arrived on Friday.\n",
			days: []string{""},
		},
		{
			name: "a race's stages headed by a label, the day and a title",
			in:   "# Race diary: the 2024 Tour of Castile\n\n## Stage 1, Saturday 17 August: Valladolid time trial, 12km\n\nDecker took the jersey.\n\n## Stage 3, Monday: Segovia - Avila\n\nA crash.\n\n## Stage 5: Salamanca - Zamora\n\nBellini won.\n\n## Rest day, Tuesday 27 August\n\nDecker is out.\n\n## Stage 21, 8 September 2024: Madrid time trial\n\nLenart won.\n",
			md:   true,
			days: []string{"2024-08-17", "2024-08-19", "", "2024-08-27", "2024-09-08"},
		},
		{
			name: "a weekday and a whole day before a title",
			in:   "# Race diary 2024\n\n## Saturday 17 August 2024: Valladolid time trial\n\nDecker won.\n\n## Stage 2, Sunday 18 August 2024\n\nLenart won.\n",
			md:   true,
			days: []string{"2024-08-17", "2024-08-18"},
		},
		{
			name: "a week's or an issue's label, or a weekday alone before a title, dates no entry",
			in:   "# Newsletter 2025\n\n## Week 3, 14 April\n\nWe planted.\n\n## Issue 12, 3 March\n\nNews.\n\n## Monday: what we know\n\nLittle.\n",
			md:   true,
			days: []string{"", "", ""},
		},
		{
			name: "an almanac's day with a title heads lines labelled by year: no day of writing",
			in:   "# On this day\n\nPublished 14 February 2025.\n\n## 15 February: Galileo and Singapore\n\n- **1564** — Galileo is born in Pisa.\n- 1942: Singapore falls.\n",
			md:   true,
			days: []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Markdown: tt.md}
			if tt.ref != "" {
				opt.RefDate = date(t, tt.ref)
			}
			doc := Parse(tt.in, "log.txt", opt)
			checkPositions(t, doc, tt.in)
			var got []string
			for _, s := range doc.Sections {
				if s.Kind != timeline.Body {
					continue
				}
				switch {
				case s.RefFrom == "heading" && s.Statement:
					got = append(got, s.Citation.Date.String())
					if s.RefPos.Line == 0 || s.RefPos.Line >= s.Pos.Line {
						t.Errorf("section at line %d dated by a heading at %+v", s.Pos.Line, s.RefPos)
					}
				case s.RefFrom == "heading":
					t.Errorf("section %q dated by a heading is no statement", s.Text)
				default:
					got = append(got, "")
				}
			}
			if len(got) != len(tt.days) {
				t.Fatalf("days = %q, want %q\n%s", got, tt.days, dump(doc))
			}
			for i := range got {
				if got[i] != tt.days[i] {
					t.Errorf("days = %q, want %q\n%s", got, tt.days, dump(doc))
					break
				}
			}
		})
	}
}

func TestTitleEndDay(t *testing.T) {
	tests := []struct {
		title, want string
	}{
		{"Riverside County Emergency Management — alert thread, Saturday 8 February 2025", "2025-02-08"},
		{"County alert thread, 8 February 2025", "2025-02-08"},
		{"Site diary — 3 March 2025", "2025-03-03"},
		{"Alert thread — Saturday 8 February 2025", "2025-02-08"},
		{"The storm of 8 February 2025", ""},                                                  // the day belongs to the words
		{"Field course, 1-2 July 2025", ""},                                                   // a range of days
		{"Field course, 1 - 2 July 2025", ""},                                                 // a range of days, spaced
		{"Deadline: 3 March 2025", ""},                                                        // a label
		{"By Monday, 3 March 2025", ""},                                                       // a deadline
		{"Monday, 3 May 2021", ""},                                                            // the day alone
		{"Volunteer training, March 2025", ""},                                                // a month
		{"Photos from the fair, 2025", ""},                                                    // a year
		{"BBC, January 28, 2019", "2019-01-28"},                                               // an outlet of one word
		{"Letter from Harcourt & Lyle LLP, dated 9 March 2022", "2022-03-09"},                 // dated
		{"Earnings call, 3 May 2016, 10:00 CET", "2016-05-03"},                                // the hour after the day
		{"Excerpt — Department of Water Resources (released January 28, 2019)", "2019-01-28"}, // in brackets
		{"2. The Guardian, 9 June 2020 - Air bridges talks stall", "2020-06-09"},              // a headline after it
		{"deadline, 3 March 2025", ""},                                                        // no name
	}
	// Not in a heading, a day and words after it are a dateline running
	// into its story.
	if d, ok := titleEndDay("SAN FRANCISCO, March 3, 2011 — Shares rose", false); ok {
		t.Errorf("a dateline's day read as a title's: %s", d)
	}
	for _, tt := range tests {
		d, ok := titleEndDay(tt.title, true)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("titleEndDay(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
