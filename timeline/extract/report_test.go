package extract

import (
	"fmt"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func TestBuildWithReport(t *testing.T) {
	tests := []struct {
		name string
		text string
		ref  timeline.Date
		want []string // "LINE:COL text"
	}{
		{"weekday without a reference", "The board met on Tuesday.", timeline.Date{}, []string{"1:15 on Tuesday"}},
		{"resolved against the section's date", "The board met on Tuesday.", timeline.Date{Prec: timeline.Day, Year: 2024, Month: 5, Day: 10}, nil},
		{"second line, with a dated event", "The plant opened in 1998.\nIt closed last year, and reopened next month.", timeline.Date{},
			[]string{"2:11 last year", "2:35 next month"}}, // "last year" speaks from the writer's day, not 1998
		{"absolute dates need no reference", "The plant opened on 4 March 1998.", timeline.Date{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("memo.txt", tc.text, timeline.Citation{Date: tc.ref})
			c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
			var got []string
			for _, u := range rep.Unresolved {
				if u.Pos.File != "memo.txt" {
					t.Errorf("file %q", u.Pos.File)
				}
				got = append(got, fmt.Sprintf("%d:%d %s", u.Pos.Line, u.Pos.Col, u.Text))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("unresolved %q, want %q", got, tc.want)
			}
			if len(c.Events) != len(Build([]*timeline.Document{doc}, Options{Tagger: tempex.Tag}).Events) {
				t.Errorf("BuildWithReport and Build disagree")
			}
		})
	}
}

// TestFiscalQuarterReport: a fiscal quarter in a document that does not
// say when its year ends is reported as such, and dated once the year-end
// is given.
func TestFiscalQuarterReport(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 8, Day: 3}
	doc := oneSection("plan.txt", "The ground floor reopens in Q3 FY26.", timeline.Citation{Date: ref})
	c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
	if len(c.Events) != 0 || len(rep.Unresolved) != 1 || !rep.Unresolved[0].Fiscal || rep.Unresolved[0].Text != "in Q3 FY26" {
		t.Fatalf("events %v, unresolved %+v: want none and one fiscal quarter", c.Events, rep.Unresolved)
	}
	for _, tc := range []struct {
		end  int
		want string
	}{{3, "2025-Q4"}, {6, "2026-Q1"}, {9, "2026-Q2"}, {12, "2026-Q3"}} {
		c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag, FiscalYearEnd: tc.end})
		if len(rep.Unresolved) != 0 || len(c.Events) != 1 || c.Events[0].Span.Start.String() != tc.want {
			t.Errorf("year ending in month %d: events %v, unresolved %+v; want one in %s", tc.end, c.Events, rep.Unresolved, tc.want)
		}
	}
}

func ExampleBuildWithReport() {
	doc := &timeline.Document{Name: "note.txt", Sections: []timeline.Section{{
		Kind: timeline.Body,
		Text: "The mill burned down in 1911. He said on Wednesday that it would be rebuilt.",
	}}}
	c, rep := BuildWithReport([]*timeline.Document{doc}, Options{})
	for _, e := range c.Events {
		fmt.Println(e.Span.Start, e.Title)
	}
	for _, u := range rep.Unresolved {
		fmt.Printf("%s:%d:%d: %q left out\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
	}
	// Output:
	// 1911 The mill burned down
	// note.txt:1:39: "on Wednesday" left out
}

// TestPositionsWithMarkup: the reader removed "**" and "> " from the
// Markdown source, and the events still point at their sentences there.
func TestPositionsWithMarkup(t *testing.T) {
	// Source (line 5 onwards):
	//   The **dam** broke on 3 May 1889.
	//   > The town was rebuilt by 1892.
	text := "The dam broke on 3 May 1889.\nThe town was rebuilt by 1892."
	sec := timeline.Section{Kind: timeline.Body, Text: text, Pos: timeline.Position{Line: 5, Col: 1, Offset: 100},
		Segments: []timeline.Segment{
			{Off: 0, Pos: timeline.Position{Line: 5, Col: 1, Offset: 100}},
			{Off: 4, Pos: timeline.Position{Line: 5, Col: 7, Offset: 106}},
			{Off: 7, Pos: timeline.Position{Line: 5, Col: 12, Offset: 111}},
			{Off: 29, Pos: timeline.Position{Line: 6, Col: 3, Offset: 135}},
		}}
	doc := &timeline.Document{Name: "flood.md", Sections: []timeline.Section{sec}}
	tag := fixedTagger(t, "3 May 1889=1889-05-03", "1892=1892")
	var got []string
	for _, e := range Events(doc, Options{Tagger: tag}) {
		got = append(got, fmt.Sprintf("%s %d:%d@%d", e.Span.Start, e.Pos.Line, e.Pos.Col, e.Pos.Offset))
	}
	want := []string{"1889-05-03 5:1@100", "1892 6:3@135"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// And an unresolved expression after the markup.
	doc.Sections[0].Text = "The dam broke on Friday."
	doc.Sections[0].Segments = sec.Segments[:3]
	_, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: fixedTagger(t, "Friday=XXXX-WXX-5")})
	if len(rep.Unresolved) != 1 || rep.Unresolved[0].Pos.Col != 19 || rep.Unresolved[0].Text != "on Friday" {
		t.Errorf("unresolved %+v, want on Friday at 5:19", rep.Unresolved)
	}
}

func ExampleBuilder() {
	// Documents are added one at a time and dropped: the Builder keeps
	// their events only.
	b := NewBuilder(Options{})
	for i, text := range []string{
		"The mill burned down in 1911.",
		"The new mill opened in 1913. It burned down again in 1920.",
	} {
		b.Add(&timeline.Document{Name: fmt.Sprintf("part%d.txt", i), Sections: []timeline.Section{{Kind: timeline.Body, Text: text}}})
	}
	c, _ := b.Finish()
	for _, e := range c.Events {
		fmt.Println(e.Span.Start, e.Source().File, e.Pos.Col, e.Text)
	}
	// Output:
	// 1911 part0.txt 1 The mill burned down in 1911.
	// 1913 part1.txt 1 The new mill opened in 1913.
	// 1920 part1.txt 30 It burned down again in 1920.
}

// TestWeekdayConflicts: a date whose weekday is not the day's is dated as
// its day, month and year say, and reported; one whose weekday fits, a
// range of two named days, and a day of the Julian calendar's years are
// not.
func TestWeekdayConflicts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "LINE:COL text written date"
	}{
		{"the weekday does not fit", "The board met on Friday 12 March 2024.", []string{"1:18 Friday 12 March 2024 Friday 2024-03-12"}},
		{"abbreviated, second line", "Agenda.\nThe fair opened Mon 5 March 2024.", []string{"2:17 Mon 5 March 2024 Monday 2024-03-05"}},
		{"the weekday fits", "The board met on Tuesday 12 March 2024.", nil},
		{"a weekday without a year takes a year it fits", "The board met on Friday 15 March.", nil},
		{"two days", "The fair runs from Monday 3 to Friday 7 March 2025.", nil},
		{"Old Style years are not reckoned", "The court sat on Friday 12 March 1700.", nil},
		{"a name, not a weekday", "The Sun reported it on 12 March 2024.", nil},
	}
	ref := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 4, Day: 2}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("memo.txt", tc.text, timeline.Citation{Date: ref})
			c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
			var got []string
			for _, k := range rep.Conflicts {
				got = append(got, fmt.Sprintf("%d:%d %s %s %s", k.Pos.Line, k.Pos.Col, k.Text, k.Written, k.Date))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("conflicts %q, want %q", got, tc.want)
			}
			if len(c.Events) == 0 {
				t.Errorf("no event: a conflict must not drop the date")
			}
		})
	}
}

// leftOut builds one section of text, named name, and lists what the
// report leaves out as "line:col text".
func leftOut(name, text string) []string {
	doc := oneSection(name, text, timeline.Citation{})
	_, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
	var got []string
	for _, u := range rep.Unresolved {
		got = append(got, fmt.Sprintf("%d:%d %s", u.Pos.Line, u.Pos.Col, u.Text))
	}
	return got
}
