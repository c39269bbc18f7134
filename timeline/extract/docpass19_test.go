package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestLabelDateLines: a paragraph that is a label, a colon and a date (a
// plan's milestone) is an event, not a title left in the body.
func TestLabelDateLines(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "numbered phase", ref: "2026-01-14", text: "Phase 1: 5 May 2026\n\nThe first phase covers discovery.",
			want: []brief{{"2026-05-05", "5 May 2026", "Phase 1"}}},
		{name: "a release", ref: "2026-01-14", text: "Release 4: 24 November 2025\n\nIt ships to everyone.",
			want: []brief{{"2025-11-24", "24 November 2025", "Release 4"}}},
		{name: "a chapter names a part of the book", ref: "2026-01-14", text: "Chapter 3: 1914–1918\n\nThe war is the subject of this chapter.",
			want: nil},
		{name: "a report's period", ref: "2023-10-18", text: "Covering period: 9–15 October 2023\n\nThe camp received new arrivals.",
			want: nil},
	})
}

// TestWeekdayUnderAnotherHeading: a weekday under a heading after a
// section that told a day to come is counted from the document's day,
// not taken for that day's week.
func TestWeekdayUnderAnotherHeading(t *testing.T) {
	cit := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2026, Month: 3, Day: 5}}
	doc := &timeline.Document{Name: "notice.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "The road will be closed on 13 March.", Citation: cit},
		{Kind: timeline.Heading, Text: "Notes", Citation: cit},
		{Kind: timeline.Body, Heading: "Notes", Text: "Warning signs go up on Friday.", Citation: cit},
	}}
	want := []brief{{"2026-03-06", "on Friday", "Warning signs go up"}, {"2026-03-13", "on 13 March", "The road will be closed"}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestZoneWrittenBeatsStatedZone: a time whose range ends with a zone of
// its own keeps it, though the document says all its times are in
// another ("All times are CEST" over "22:00–23:00 SGT").
func TestZoneWrittenBeatsStatedZone(t *testing.T) {
	cit := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2026, Month: 3, Day: 2}}
	doc := oneSection("z.txt", "All times are CEST.\n\nThe call with Singapore starts on 17 June 2026 at 22:00–23:00 SGT.", cit)
	evs := Events(doc, Options{})
	if len(evs) != 1 || evs[0].Span.Start.Zone != 8*60 || evs[0].Span.End.Zone != 8*60 || evs[0].Span.Start.Hour != 22 {
		t.Fatalf("got %+v, want one event 22:00–23:00 at +08:00", evs)
	}
}

// TestProgrammeOfADayToCome: "is served" at an hour after the day of an
// event to come is that day's programme; after a day gone by, it is a
// habit (a hotel's breakfast), no event.
func TestProgrammeOfADayToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a gala's dinner", ref: "2026-08-20", text: "The gala is on Saturday, October 10, 2026. Doors open at 6:30pm and dinner is served at 7pm.",
			want: []brief{{"2026-10-10", "on Saturday, October 10, 2026", "The gala is on Saturday, October 10, 2026"}, {"2026-10-10T18:30", "at 6:30pm", "Doors open"}, {"2026-10-10T19:00", "at 7pm", "Dinner is served"}}},
		{name: "a hotel's breakfast", ref: "2026-08-20", text: "The hotel opened on 3 May 2024. Breakfast is served at 7am.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The hotel opened"}}},
	})
}

// TestHeldThingToCome: a date that names when something to come is held
// ("its July meeting", "the fall 2026 pilot program") dates the sentence;
// one that names a thing ("the 2019 plan") still does not.
func TestHeldThingToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a meeting and a programme", ref: "2026-03-02", text: "Winners will present to the Board at its July meeting and may join the city's fall 2026 pilot program.",
			want: []brief{{"2026-07", "July", "Winners will present to the Board at its meeting"}, {"2026-FA", "fall 2026", "Winners may join the city's pilot program"}}},
		{name: "a plan", ref: "2026-03-02", text: "The council will scrap the 2019 plan.", want: nil},
	})
}

// TestNotesLinesAndLongSentences: lines that each open with a day and a
// year are items of their own, whatever word follows the day; and no
// sentence is longer than maxSentence, however its text lacks full stops.
func TestNotesLinesAndLongSentences(t *testing.T) {
	text := "2017-07-04 plan posted\n2017-12-13 plan criticised\n2018-03-05 committee met"
	var got []string
	for _, s := range Sentences(text) {
		got = append(got, s.Of(text))
	}
	if want := []string{"2017-07-04 plan posted", "2017-12-13 plan criticised", "2018-03-05 committee met"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	long := strings.Repeat("The committee met.On 5 March 2018 the board voted", 200)
	for _, s := range Sentences(long) {
		if s.End-s.Start > maxSentence {
			t.Fatalf("a sentence of %d bytes", s.End-s.Start)
		}
	}
}

// TestTwoNamedSubjectsDoNotMerge: reports of one day whose headlines name
// two people, neither in the other report, are two events.
func TestTwoNamedSubjectsDoNotMerge(t *testing.T) {
	doc := func(name, text string) *timeline.Document { return oneSection(name, text, timeline.Citation{}) }
	c := Build([]*timeline.Document{doc("j.txt", "On 5 March 2018 Smith resigned."), doc("k.txt", "On 5 March 2018 Jones resigned.")}, Options{})
	var got []string
	for _, e := range c.Events {
		got = append(got, e.Title)
	}
	if want := []string{"Smith resigned", "Jones resigned"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// the same person's resignation told twice is one event
	c = Build([]*timeline.Document{doc("j.txt", "On 5 March 2018 Smith resigned from the board."), doc("k.txt", "Smith resigned from the board on 5 March 2018, sources said.")}, Options{})
	if len(c.Events) != 1 {
		t.Errorf("one resignation: %d events", len(c.Events))
	}
}

// TestMergedEventOrderFree: one event told by two documents is the same
// event, with the same id, whatever order the documents are given in.
func TestMergedEventOrderFree(t *testing.T) {
	a := oneSection("a.txt", "On 5 March 2018 Smith resigned from the board.", timeline.Citation{})
	b := oneSection("b.txt", "Smith resigned from the board on 5 March 2018, sources said.", timeline.Citation{})
	ab, ba := Build([]*timeline.Document{a, b}, Options{}), Build([]*timeline.Document{b, a}, Options{})
	if len(ab.Events) != 1 || len(ba.Events) != 1 || ab.Events[0].ID != ba.Events[0].ID || ab.Events[0].Text != ba.Events[0].Text {
		t.Fatalf("a, b: %+v\nb, a: %+v", ab.Events, ba.Events)
	}
}

// TestYearInAName: a year in a name of capitalised words ("The 2021
// Humanitarian Response Plan") names it; the sentence's other date dates it.
func TestYearInAName(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a plan's name", ref: "2021-09-24", text: "The 2021 Humanitarian Response Plan for Chad was only 31 per cent funded at the end of August.",
			want: []brief{{"2021-08", "at the end of August", "The 2021 Humanitarian Response Plan for Chad was only 31 per cent funded"}}},
		{name: "the only date", ref: "2021-09-24", text: "The 2016 Rio Olympics drew record crowds.",
			want: []brief{{"2016", "2016", "The Rio Olympics drew record crowds"}}},
	})
}

// TestYearInANameAfterAPreposition: "in the 1985 Birthday Honours" dates
// what happened in it; the name is no mere label there.
func TestYearInANameAfterAPreposition(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "honours", ref: "2024-02-13", text: "She was appointed OBE in the 1985 Birthday Honours and was elected president of the society the following year.",
			want: []brief{{"1985", "1985", "She was appointed OBE in the Birthday Honours"}, {"1986", "the following year", "She was elected president of the society"}}},
	})
}

// TestYearAsSubject: a year that is its clause's subject ("said that 2024
// will be warmer") is no qualifier of a noun.
func TestYearAsSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "will be", ref: "2024-01-12", text: "The researchers said that 2024 will be warmer.",
			want: []brief{{"2024", "2024", "2024 will be warmer"}}},
	})
}
