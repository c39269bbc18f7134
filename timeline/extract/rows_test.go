package extract

import (
	"fmt"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestRowEvents: an undated row of a sheet with a text and a published
// date gives the events its text tells; any other row gives none.
func TestRowEvents(t *testing.T) {
	pub := timeline.Date{Prec: timeline.Second, Year: 2025, Month: 10, Day: 21, Hour: 7, Minute: 45, HasZone: true}
	cit := timeline.Citation{Outlet: "Coast Wire", Date: pub}
	pos := timeline.Position{File: "feed.jsonl", Line: 3, Col: 1}
	tests := []struct {
		name string
		row  timeline.Event
		want []string
	}{
		{"a feed's item", timeline.Event{Title: "Port strike called off", Text: "Dock workers called off a strike on Monday.", Sources: []timeline.Citation{cit}, Group: "Ports", Pos: pos},
			[]string{"2025-10-20 Dock workers called off a strike | Ports | Coast Wire | feed.jsonl:3"}},
		{"a text that dates nothing", timeline.Event{Title: "Weather", Text: "It was grey.", Sources: []timeline.Citation{cit}, Pos: pos}, nil},
		{"a row dated already", timeline.Event{Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: 2024}}, Text: "It closed on Monday.", Sources: []timeline.Citation{cit}}, nil},
		{"no published date", timeline.Event{Text: "It closed on Monday.", Sources: []timeline.Citation{{Outlet: "Coast Wire"}}}, nil},
		{"no source at all", timeline.Event{Text: "It closed on Monday."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range RowEvents(tc.row, Options{}) {
				got = append(got, fmt.Sprintf("%s %s | %s | %s | %s:%d", e.Span.Start, e.Title, e.Group, e.Sources[0].Outlet, e.Pos.File, e.Pos.Line))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func ExampleRowEvents() {
	row := timeline.Event{
		Title:   "Port strike called off",
		Text:    "Dock workers called off a strike on Monday.",
		Sources: []timeline.Citation{{Outlet: "Coast Wire", Date: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 10, Day: 21}}},
	}
	for _, e := range RowEvents(row, Options{}) {
		fmt.Println(e.Span.Start, e.DateText, "|", e.Title)
	}
	// Output: 2025-10-20 on Monday | Dock workers called off a strike
}
