package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDayOverLiveEntries38h38e: the day a live blog heads its entries
// with ("Friday 2 May"), each entry dated by its own time, is their
// heading, no event of its own; the entries are the events. Days listed
// as headings with nothing under them still are.
func TestDayOverLiveEntries38h38e(t *testing.T) {
	page := timeline.Citation{Title: "Election count live", Date: day(t, "2025-05-01")}
	at := func(v string) timeline.Citation {
		c := page
		c.Date = day(t, v)
		return c
	}
	doc := &timeline.Document{Name: "live.html", Title: "Election count live", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "Friday 2 May", Citation: page, RefFrom: "metadata"},
		{Kind: timeline.Heading, Text: "01:05", Citation: at("2025-05-02T01:05"), RefFrom: "heading", RefText: "01:05"},
		{Kind: timeline.Body, Heading: "01:05", Text: "The first result is in: Marsh End has elected a Green councillor.", Citation: at("2025-05-02T01:05"), RefFrom: "heading", RefText: "01:05", Statement: true},
		{Kind: timeline.Heading, Text: "Thursday 1 May", Citation: page, RefFrom: "metadata"},
		{Kind: timeline.Heading, Text: "22:00", Citation: at("2025-05-01T22:00"), RefFrom: "heading", RefText: "22:00"},
		{Kind: timeline.Body, Heading: "22:00", Text: "Polls have closed.", Citation: at("2025-05-01T22:00"), RefFrom: "heading", RefText: "22:00", Statement: true},
		{Kind: timeline.Heading, Text: "Count centres", Citation: page, RefFrom: "metadata"},
		{Kind: timeline.Heading, Text: "Saturday 3 May 2025", Citation: page, RefFrom: "metadata"},
		{Kind: timeline.Heading, Text: "Sunday 4 May 2025", Citation: page, RefFrom: "metadata"},
	}}
	var got []string
	for _, e := range Events(doc, Options{}) {
		got = append(got, e.Span.Start.String()+" "+e.Title)
	}
	want := []string{"2025-05-01T22:00 Polls have closed", "2025-05-02T01:05 The first result is in: Marsh End has elected a Green councillor",
		"2025-05-03 Count centres", "2025-05-04 Count centres"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestLivePostNews38h38e: a live blog's post that tells its news in the
// present perfect before a date of its own ("has been issued ...; the
// river is expected to peak tonight") is an event of the post's time as
// well as of that date; a post that tells only of an earlier day ("The
// bridge was closed on Friday") is that day's event alone.
func TestLivePostNews38h38e(t *testing.T) {
	tests := []struct {
		name, at, text string
		want           []string
	}{
		{name: "news, then a later time of the day", at: "2025-01-14T14:32",
			text: "A severe flood warning has been issued for the lower town; the river is expected to peak tonight.",
			want: []string{"2025-01-14T14:32 A severe flood warning has been issued for the lower town", "2025-01-14TNI The river is expected to peak"}},
		{name: "news, then an earlier year", at: "2025-07-19T15:40",
			text: "The Met Office has confirmed a provisional reading of 38.9C at Kew Gardens, breaking the July record set in 2022.",
			want: []string{"2022 The July record was set", "2025-07-19T15:40 The Met Office has confirmed a provisional reading of 38.9C at Kew Gardens"}},
		{name: "only an earlier day", at: "2025-01-14T14:32",
			text: "The bridge was closed on Friday after the storm.",
			want: []string{"2025-01-10 The bridge was closed after the storm"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cit := timeline.Citation{Title: "Flood live", Date: day(t, tc.at)}
			doc := &timeline.Document{Name: "live.html", Title: "Flood live", Sections: []timeline.Section{
				{Kind: timeline.Heading, Text: tc.at[11:], Citation: cit, RefFrom: "heading", RefText: tc.at[11:]},
				{Kind: timeline.Body, Heading: tc.at[11:], Text: tc.text, Citation: cit, RefFrom: "heading", RefText: tc.at[11:], Statement: true},
			}}
			var got []string
			for _, e := range Events(doc, Options{}) {
				got = append(got, e.Span.Start.String()+" "+e.Title)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
