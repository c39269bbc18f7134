package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestYearsInNames: the year in a debt's or a law's name ("Notes due
// 2031", "the Investment Company Act of 1940") makes no event of the
// sentence's action beside the sentence's own date, and dates nothing
// after it ("the Act of 1751" in a history still dates what it did). A
// second verb after a date that opens the sentence shares the subject
// after that date.
func TestYearsInNames(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a note's maturity", ref: "2023-10-26", text: "On March 3, 2021, Acme priced an offering of its 2.375% Notes due 2031.",
			want: []brief{{"2021-03-03", "On March 3, 2021", "Acme priced an offering of its 2.375% Notes due 2031"}}},
		{name: "a day after a note's maturity", ref: "2023-10-26", text: "In August, Acme issued $500 million of 5.875% Senior Notes due 2030 and used the proceeds to redeem its 4.50% Senior Notes due 2025 on September 12.",
			want: []brief{{"2023-08", "In August", "Acme issued $500 million of 5.875% Senior Notes due 2030"}, {"2023-09-12", "on September 12", "Acme used the proceeds to redeem its 4.50% Senior Notes due 2025"}}},
		{name: "laws", ref: "2019-05-02", text: "The firm violated the Investment Company Act of 1940 and the Sarbanes-Oxley Act of 2002, the SEC said on May 2, 2019.",
			want: []brief{{"2019-05-02", "on May 2, 2019", "The SEC says the firm violated the Investment Company Act of 1940"}}},
		{name: "a second verb after a date opening the sentence", ref: "2023-10-26", text: "In August, Acme issued new notes and repaid its old notes on September 12.",
			want: []brief{{"2023-08", "In August", "Acme issued new notes"}, {"2023-09-12", "on September 12", "Acme repaid its old notes"}}},
		{name: "an act in a history", text: "Relief came with the Act of 1751, which set up the Turnpike Trust, and with a second Act in 1768.",
			want: []brief{{"1751", "1751", "Relief came with the Act of 1751, which set up the Turnpike Trust"}, {"1768", "in 1768", "With a second Act"}}},
	})
}

// TestWithParticiple: "..., with the decision announced on 19 December"
// is the decision's announcement, to come when the clause's verb is.
func TestWithParticiple(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a meeting's decision", ref: "2024-11-06", text: "The Committee will next meet on 17-18 December 2024, with the decision announced on 19 December at 12:00.",
			want: []brief{{"2024-12-17/2024-12-18", "on 17-18 December 2024", "The Committee will next meet"}, {"2024-12-19T12:00", "on 19 December at 12:00", "The decision announced"}}},
		{name: "a vote's results", ref: "2023-10-26", text: "Acme will hold a vote next week, with results announced on November 3.",
			want: []brief{{"2023-W44", "next week", "Acme will hold a vote"}, {"2023-11-03", "on November 3", "Results announced"}}},
	})
}

// TestStageDirection: a transcript's bracketed note of its proceedings
// loses its brackets and its "Whereupon" in the title.
func TestStageDirection(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a hearing adjourned", ref: "2023-03-22", text: "[Whereupon, at 12:41 p.m., the hearing was adjourned.]",
			want: []brief{{"2023-03-22T12:41", "at 12:41 p.m.", "The hearing was adjourned"}}},
	})
}

// TestEntryWithItsOwnDay: an entry under a dated heading that opens with a
// day of its own ("Date of Report: March 4, 2024" over "On March 5, 2024,
// the Board appointed ...") makes no statement of the heading's day.
func TestEntryWithItsOwnDay(t *testing.T) {
	mar4 := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 3, Day: 4}
	for _, tc := range []struct {
		text string
		want []brief
	}{
		{"On March 5, 2024, the Board appointed Jennifer Okafor as Chief Executive Officer.",
			[]brief{{"2024-03-05", "On March 5, 2024", "The Board appointed Jennifer Okafor as Chief Executive Officer"}}},
		{"The Board appointed Jennifer Okafor as Chief Executive Officer.",
			[]brief{{"2024-03-04", "", "The Board appointed Jennifer Okafor as Chief Executive Officer"}}},
	} {
		doc := &timeline.Document{Name: "8k.txt", Sections: []timeline.Section{{Kind: timeline.Body, Text: tc.text, Statement: true, RefFrom: "heading",
			Citation: timeline.Citation{Date: mar4}}}}
		if got := briefs(Events(doc, Options{})); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestStatedFiscalYear: "fiscal year 2024, which ended June 30, 2024"
// says when the document's fiscal years end: its quarters and years are
// those of that reckoning, and the day it ended is the year's, no event.
func TestStatedFiscalYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a June year", ref: "2024-08-08", text: "Corvallis Software today announced results for its fourth quarter and fiscal year 2024, which ended June 30, 2024. For full fiscal 2025, the company expects revenue of $2.62 billion.",
			want: []brief{{"2023-07/2024-06", "fiscal year 2024, which ended June 30, 2024", "Corvallis Software announced results"},
				{"2024-Q2", "fourth quarter", "Corvallis Software announced results"},
				{"2024-07/2025-06", "fiscal 2025", "The company expects revenue of $2.62 billion"},
				{"2024-08-08", "today", "Corvallis Software announced results for its fourth quarter"}}},
	})
}

// TestVideoChapters: a video's chapters ("0:00 Intro", "1:45 Launch on
// April 11, 1970") are one item a line, and their offsets no times of day
// that make the dates in them a programme's topics.
func TestVideoChapters(t *testing.T) {
	text := "CHAPTERS\n0:00 Intro\n1:45 Launch on April 11, 1970\n6:20 \"Houston, we've had a problem\" (April 13)\n12:45 Into the lunar module lifeboat\n27:30 Splashdown, April 17, 1970\n"
	got := briefs(Events(oneSection("v.txt", text, timeline.Citation{}), Options{}))
	var days []string
	for _, b := range got {
		days = append(days, b.Value)
	}
	if want := []string{"1970-04-11", "1970-04-13", "1970-04-17"}; !slices.Equal(days, want) {
		t.Errorf("got %q, want the days %q", got, want)
	}
}

// TestClockWrappedFromItsDay: "by 12 noon" at a line's end and "on Monday
// 4th March" on the next are one deadline.
func TestClockWrappedFromItsDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a notice's deadline", ref: "2019-03-01", text: "Dissertations must be submitted through the portal by 12 noon\non Monday 4th March. Late work is penalised.",
			want: []brief{{"2019-03-04T12:00", "by 12 noon on Monday 4th March", "Dissertations must be submitted through the portal"}}},
	})
}

// TestYearItemOverItsDays: in a timeline under a century's heading, a
// bare year's item ("* 2011") over items of days without their year is
// their label: it dates them and is no event of its own.
func TestYearItemOverItsDays(t *testing.T) {
	doc := &timeline.Document{Name: "t.md", Sections: []timeline.Section{{Kind: timeline.Body, Heading: "21st century",
		Text: "* 2008–2011 – Construction of the new tramway.\n* 2011\n* 21 March – Services begin on the new line.\n* July – Passenger numbers exceed 1 million."}}}
	want := []brief{{"2008/2011", "2008–2011", "Construction of the new tramway"}, {"2011-03-21", "21 March", "Services begin on the new line"},
		{"2011-07", "July", "Passenger numbers exceed 1 million"}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCVEntryLines: a CV's line of a role and its span, after a comma or
// a wide gap, is an entry, no title line; a plan's name with its years
// still is a title.
func TestCVEntryLines(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a role, a place, a span", text: "Lecturer, University of Leeds, 2015–2019",
			want: []brief{{"2015/2019", "2015–2019", "Lecturer, University of Leeds"}}},
		{name: "months after a wide gap", text: "Staff Nurse, Emergency Department          06/2018 - 07/2021\nGrant Medical Center, Columbus, OH",
			want: []brief{{"2018-06/2021-07", "06/2018 - 07/2021", "Staff Nurse, Emergency Department"}}},
		{name: "a season after a wide gap", text: "Nurse Extern                                Summer 2017\nOhioHealth Doctors Hospital",
			want: []brief{{"2017-SU", "Summer 2017", "Nurse Extern"}}},
		{name: "a plan's name", text: "Strategic Plan 2020–2025\nThe board adopted the plan on 3 March 2020.",
			want: []brief{{"2020-03-03", "on 3 March 2020", "The board adopted the plan"}}},
	})
}

// TestLifespanInPassing: a person's years told in passing ("the painter
// Anna Kirsanova (1865–1921)") date nothing beside the sentence's own
// date; the subject's years are its life, and a war's years in brackets
// are the war's.
func TestLifespanInPassing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a sister's years", text: "In 1889 he married Yelena Kirsanova, sister of the painter Anna Kirsanova (1865–1921).",
			want: []brief{{"1889", "In 1889", "He married Yelena Kirsanova, sister of the painter Anna Kirsanova (1865–1921)"}}},
		{name: "alone, they are her life", text: "The painter Anna Kirsanova (1865–1921) trained in Paris.",
			want: []brief{{"1865/1921", "1865–1921", "The painter Anna Kirsanova trained in Paris"}}},
		{name: "the subject's years beside another date", text: "Johannes Gutenberg (c. 1400–1468) developed a printing press in Mainz around 1450.",
			want: []brief{{"1400/1468", "c. 1400–1468", "Life of Johannes Gutenberg"}, {"1450", "around 1450", "Johannes Gutenberg developed a printing press in Mainz"}}},
	})
}

// TestNoteMarks: an editor's marks after a sentence's stop
// (".[citation needed]", ".[2][3]") end the sentence and leave titles.
func TestNoteMarks(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "citation needed", text: "The cathedral was designated a Grade I listed building in 1952.[citation needed] Between 1998 and 2003 the stonework was cleaned.",
			want: []brief{{"1952", "in 1952", "The cathedral was designated a Grade I listed building"}, {"1998/2003", "Between 1998 and 2003", "The stonework was cleaned"}}},
		{name: "two notes", text: "The spire was struck by lightning in 1907.[2][3] It was rebuilt in 1910.",
			want: []brief{{"1907", "in 1907", "The spire was struck by lightning"}, {"1910", "in 1910", "It was rebuilt"}}},
	})
}

// TestBaselinesAboveBelow: the period a figure is measured against ("above the
// 1991–2020 average", "below 1990 levels", "above 1850-1900") is no event.
func TestBaselinesAboveBelow(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "climate normals", ref: "2024-01-12", text: "The national mean temperature in 2023 was 9.97 °C, which is 0.83 °C above the 1991–2020 average and 1.66 °C above the 1961–1990 average.",
			want: []brief{{"2023", "in 2023", "The national mean temperature was 9.97 °C"}}},
		{name: "a level", ref: "2024-01-12", text: "By 2023 emissions had fallen to 53% below 1990 levels.",
			want: []brief{{"2023", "By 2023", "Emissions had fallen to 53% below 1990 levels"}}},
	})
}

// TestLivePageFurniture: a live page's greeting and close are no events.
func TestLivePageFurniture(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "greeting and close", ref: "2023-03-14", text: "08:15 GMT\nGood morning and welcome to our live coverage.\n\n13:02 GMT\nTalks broke up shortly before 1pm without agreement.\n\n17:05 GMT\nWe're closing this live blog now. Thanks for reading.",
			want: []brief{{"2023-03-14T13:00Z", "shortly before 1pm", "Talks broke up without agreement"}, {"2023-03-14T13:02Z", "13:02 GMT", "Talks broke up shortly before 1pm without agreement"}}},
	})
}
