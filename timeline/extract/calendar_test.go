package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestCalendarEntries: a calendar's entry, its name a heading over its
// day and hours and its other lines (as the text reader makes of a
// calendar written as plain text), is one event: at the hours when given,
// titled by the name, its text the entry's lines; a rule of recurrence
// among them is no event.
func TestCalendarEntries(t *testing.T) {
	tests := []struct {
		name, heading, text, ref string
		want                     []brief
		evText                   string // the first event's text
	}{
		{
			name:    "day and hours set apart by a middle dot",
			heading: "Team stand-up",
			text:    "Tue, 4 Mar 2025 · 09:30 – 09:45\nRepeats weekly on weekdays\nGoogle Meet",
			ref:     "2025-03-04",
			want:    []brief{{"2025-03-04T09:30/2025-03-04T09:45", "Tue, 4 Mar 2025 · 09:30 – 09:45", "Team stand-up"}},
			evText:  "Tue, 4 Mar 2025 · 09:30 – 09:45\nRepeats weekly on weekdays\nGoogle Meet",
		},
		{
			name:    "day and hours after a comma",
			heading: "Choir rehearsal",
			text:    "Mon 3 June 2024, 19:00–21:00\nMain hall",
			ref:     "2024-06-03",
			want:    []brief{{"2024-06-03T19:00/2024-06-03T21:00", "Mon 3 June 2024, 19:00–21:00", "Choir rehearsal"}},
			evText:  "Mon 3 June 2024, 19:00–21:00\nMain hall",
		},
		{
			name:    "the zone in a bracket",
			heading: "Flight BA 502 London → Lisbon",
			text:    "Sun, 9 Mar 2025 · 18:40 – 21:15 (WET)",
			ref:     "2025-03-09",
			want:    []brief{{"2025-03-09T18:40Z/2025-03-09T21:15Z", "Sun, 9 Mar 2025 · 18:40 – 21:15 (WET)", "Flight BA 502 London → Lisbon"}},
			evText:  "Sun, 9 Mar 2025 · 18:40 – 21:15 (WET)",
		},
		{
			name:    "the hours glossed in another zone",
			heading: "Call with the auditors",
			text:    "Mon, 3 Jun 2024 · 14:00 – 15:00 BST (09:00 – 10:00 EDT)\nAgenda sent by Lena",
			ref:     "2024-06-03",
			want:    []brief{{"2024-06-03T14:00+01:00/2024-06-03T15:00+01:00", "Mon, 3 Jun 2024 · 14:00 – 15:00 BST", "Call with the auditors"}},
			evText:  "Mon, 3 Jun 2024 · 14:00 – 15:00 BST (09:00 – 10:00 EDT)\nAgenda sent by Lena",
		},
		{
			name:    "a span of days",
			heading: "Offsite — Lisbon",
			text:    "Mon, 10 Mar 2025 – Wed, 12 Mar 2025\nAll day",
			ref:     "2025-03-10",
			want:    []brief{{"2025-03-10/2025-03-12", "Mon, 10 Mar 2025 – Wed, 12 Mar 2025", "Offsite — Lisbon"}},
			evText:  "Mon, 10 Mar 2025 – Wed, 12 Mar 2025\nAll day",
		},
		{
			name:    "an all-day entry that repeats on a day of the month",
			heading: "Payroll deadline",
			text:    "Tue, 25 Mar 2025\nAll day · Repeats monthly on the 25th",
			ref:     "2025-03-25",
			want:    []brief{{"2025-03-25", "Tue, 25 Mar 2025", "Payroll deadline"}},
			evText:  "Tue, 25 Mar 2025\nAll day · Repeats monthly on the 25th",
		},
		{
			name:    "a date that closes a sentence keeps its line as text",
			heading: "Sun",
			text:    "Easter Sunday. Church at 10.",
			ref:     "2025-04-20",
			want:    []brief{{"2025-04-20", "Easter Sunday", "Church at 10"}},
			evText:  "Easter Sunday. Church at 10.", // (the sentence its title comes from, too)
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := day(t, tt.ref)
			doc := &timeline.Document{Name: "cal.txt", Sections: []timeline.Section{
				{Kind: timeline.Heading, Text: tt.heading},
				{Kind: timeline.Body, Heading: tt.heading, Text: tt.text, Citation: timeline.Citation{Date: ref}, RefFrom: "heading"},
			}}
			evs := Events(doc, Options{Ref: ref})
			if got := briefs(evs); !slices.Equal(got, tt.want) {
				t.Fatalf("got  %q\nwant %q", got, tt.want)
			}
			if evs[0].Text != tt.evText {
				t.Errorf("text %q, want %q", evs[0].Text, tt.evText)
			}
		})
	}
}
