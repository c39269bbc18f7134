package extract

import (
	"fmt"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestBoundsAndHours: "until"/"by" make an end bound, not an event on the
// date; opening hours and timetables are not events; a time of the day in
// a report is.
func TestBoundsAndHours(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2023, Month: 4, Day: 2}
	tests := []struct {
		name, text string
		want       []string // "VALUE MOD date_text"
	}{
		{"until", "The gallery stays open until 12 August.", []string{"2023-08-12 ON_OR_BEFORE until 12 August"}},
		{"by", "The tunnel is to be finished by 2026.", []string{"2026 ON_OR_BEFORE by 2026"}},
		{"tagger's mod kept", "The chapel was built before 1700.", []string{"1700 BEFORE before 1700"}},
		{"plain date unchanged", "The gallery opened on 12 August.", []string{"2022-08-12  on 12 August"}},
		{"opening hours", "The library is open 8 a.m.-6 p.m.", nil},
		{"timetable", "Guided walks leave every day at 11:30.", nil},
		{"weekdays", "The ferry departs at 7:15 on weekdays.", nil},
		{"a time that happened", "The fire alarm sounded at 6:40 a.m.", []string{"2023-04-02T06:40  at 6:40 a.m."}},
		{"opening days", "The shop is open 9-5, Monday to Saturday.", nil},
		{"a timetable's service", "Tours start at 9.15am and last about an hour.", nil},
		{"a meal's hours", "Lunch is served from noon to 2.30 p.m.", nil},
		{"until a day, when something happened then", "The empire lasted until 12 May 2023, when the last governor left.", []string{"2023-05-12  until 12 May 2023"}},
		{"no later than", "Payment is due no later than 1 May 2023.", []string{"2023-05-01 ON_OR_BEFORE 1 May 2023"}},
		{"by the end of a month", "Payment is due by the end of June.", []string{"2023-06 ON_OR_BEFORE by the end of June"}},
		{"by end of a quarter, without the article", "The budget will be submitted by end of Q2.", []string{"2023-Q2 ON_OR_BEFORE by end of Q2"}},
		{"at the end of a month", "The fair closes at the end of June.", []string{"2023-06 END at the end of June"}},
		{"not earlier than", "Works start not earlier than 1 June 2023.", []string{"2023-06-01 ON_OR_AFTER 1 June 2023"}},
		{"a citation's year", "His lawyers cite Monroe v. Pape, 365 U.S. 167 (1961).", nil},
		{"no citation across lines", "A workshop was held on 21 October.\nWeek 8 (27 Oct): London 1665 compared.", []string{"2022-10-21  on 21 October", "2022-10-27  27 Oct"}},
		{"a comparison year of a financial year", "Income rose to £612,000 in 2024/25 (2023/24: £540,000).", []string{"2024  in 2024/25"}},
		{"a standard's edition", "Tumours were graded using the 2014 WHO classification.", nil},
		{"a figure's year", "Daily traffic: 38,500 (2019).", nil},
		{"a law cited by its name", "Under the Securities Act of 1933, the shares must be registered.", nil},
		{"a law's sections cited", "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934.", nil},
		{"an instrument numbered in its year", "Notice No. 38 of 2025 is cancelled. Regulation 4 of 2019 applies.", nil},
		{"a week numbered in its year", "Week 12 of 2025 was busy.", []string{"2025-W12  Week 12 of 2025"}},
		{"a law's boilerplate", "This release contains statements within the meaning of the Private Securities Litigation Reform Act of 1995.", nil},
		{"not until: it happened then", "The plant did not reopen until 4 May 2023.", []string{"2023-05-04  until 4 May 2023"}},
		{"a year in a name beside a day", "The Half Year 2025 Results are published on 30 July 2025.", []string{"2025-07-30  on 30 July 2025"}},
		{"the period that holds the day it ends", "Results for the quarter, ending 30 June 2025, were strong.", []string{"2025-Q2  the quarter, ending 30 June 2025"}},
		{"the day a period ends, said of it", "For the fourth quarter of 2023, ending 31 December 2023, the firm expects a loss.", []string{"2023-Q4  the fourth quarter of 2023, ending 31 December 2023"}},
		{"a clock reading is no moment", "Photos taken across midnight sort well; the clock showed 9:15.", nil},
		{"a term's name in its row", "Autumn | 3 September 2025 | 19 December 2025", []string{"2025-09-03  3 September 2025", "2025-12-19  19 December 2025"}},
		{"a law passed is an event", "Congress passed the Civil Rights Act of 1964 after a long fight.", []string{"1964  1964"}},
		{"a notice's hours", "The plans can be inspected at the Town Hall, Monday to Friday, 9am to 5pm.", nil},
		{"a law named by its year", "The 1990 Act still applies, and the 1992 Treaty stands.", nil},
		{"a law passed named by its year", "Parliament passed the 1990 Act after a long debate.", []string{"1990  1990"}},
		{"a British law's title", "Each party shall comply with the Data Protection Act 2018 and the Employment Regulations 2006.", nil},
		{"a British law passed", "Parliament passed the Human Rights Act 1998 with little dissent.", []string{"1998  1998"}},
		{"a day of every year", "Every year on 9 November the town lights candles.", nil},
		{"a week of events", "The festival ran from Monday to Saturday.", []string{"2023-03-27  from Monday to Saturday"}},
		{"a row's months over a spaced dash", "| Activity | Timing |\n|---|---|\n| Ecology surveys | March – May 2025 |", []string{"2025-03  March – May 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("n.txt", tc.text, timeline.Citation{Date: ref})
			var got []string
			for _, e := range Events(doc, Options{Tagger: tempex.Tag}) {
				got = append(got, fmt.Sprintf("%s %s %s", e.Span.Start, e.Span.Start.Mod, e.DateText))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHoursUnderHeading: weekdays and times under an "Opening hours"
// heading are every week's, no event.
func TestHoursUnderHeading(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 9, Day: 1}
	for _, heading := range []string{"Opening hours", "Visiting times"} {
		doc := &timeline.Document{Name: "m.md", Sections: []timeline.Section{{Kind: timeline.Body, Heading: heading,
			Text: "Tuesday to Sunday, 10:00–17:00 (last entry 16:15).", Citation: timeline.Citation{Date: ref}}}}
		if evs := Events(doc, Options{Tagger: tempex.Tag}); len(evs) != 0 {
			t.Errorf("under %q: %d events, want none (%+v)", heading, len(evs), evs)
		}
	}
}
