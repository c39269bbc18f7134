package html

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestAsWritten checks when the date as written is shown beside the date:
// always, unless the text states in full a date the value contradicts (a
// start edited by hand in events.csv).
func TestAsWritten(t *testing.T) {
	for _, tc := range []struct {
		name, text, start, end string
		shown                  bool
	}{
		{name: "same day", text: "20 July 1969", start: "1969-07-20", shown: true},
		{name: "ISO day edited", text: "1969-07-20", start: "1969-07-21", shown: false},
		{name: "written day edited", text: "on 20 July 1969", start: "1969-07-21", shown: false},
		{name: "year edited", text: "in 1961", start: "1962", shown: false},
		{name: "month made precise", text: "July 1969", start: "1969-07-20", shown: true},
		{name: "day made vaguer", text: "20 July 1969", start: "1969", shown: true},
		{name: "relative", text: "last Friday", start: "2024-03-08", shown: true},
		{name: "narrative", text: "the following year", start: "1794", shown: true},
		{name: "bare time", text: "07:15", start: "2023-11-02T07:15", shown: true},
		{name: "numeric read day first", text: "03/04/2017", start: "2017-04-03", shown: true},
		{name: "numeric read month first", text: "03/04/2017", start: "2017-03-04", shown: true},
		{name: "numeric edited", text: "03/04/2017", start: "2017-05-03", shown: false},
		{name: "century", text: "5th century BC", start: "BC04", shown: true},
		{name: "approximate BC", text: "c. 2100 BC", start: "BC2100", shown: true},
		{name: "first century AD", text: "1st century AD", start: "00", shown: true},
		{name: "range", text: "from 283 to 246 BC", start: "BC0283", end: "BC0246", shown: true},
		{name: "range start edited", text: "from 1961 to 1972", start: "1965", end: "1972", shown: false},
		{name: "season", text: "summer 1969", start: "1969-SU", shown: true},
		{name: "no date in text", text: "at the time", start: "1969", shown: true},
		{name: "empty", text: "", start: "1969", shown: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := &timeline.Event{DateText: tc.text, Span: timeline.Span{Start: mustDate(t, tc.start, timeline.ModNone)}}
			if tc.end != "" {
				ev.Span.End = mustDate(t, tc.end, timeline.ModNone)
			}
			got := asWritten(ev)
			if shown := got != ""; shown != tc.shown {
				t.Errorf("asWritten(%q at %s) = %q, shown %v, want %v", tc.text, tc.start, got, shown, tc.shown)
			}
			if got != "" && got != tc.text {
				t.Errorf("asWritten(%q) = %q, want the text unchanged", tc.text, got)
			}
		})
	}
}

// TestEditedStartPage checks the page itself: an edited start is listed
// and drawn without the stale text, an unedited one with it.
func TestEditedStartPage(t *testing.T) {
	c := &timeline.Chronology{Events: []timeline.Event{
		{Span: timeline.Span{Start: mustDate(t, "1969-07-21", timeline.ModNone)}, DateText: "1969-07-20", Title: "Apollo 11 lands on the Moon", Group: "NASA"},
		{Span: timeline.Span{Start: mustDate(t, "1957-10-04", timeline.ModNone)}, DateText: "4 October 1957", Title: "Sputnik 1 launched", Group: "NASA"},
	}}
	var b bytes.Buffer
	if err := Write(&b, c, Options{Fragment: true}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(page, "1969-07-20") {
		t.Errorf("the page still shows the edited-away date text “1969-07-20”")
	}
	for _, want := range []string{"21 July 1969", "<q class=\"chr-as-written\">4 October 1957</q>", `"d":"4 October 1957"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}
