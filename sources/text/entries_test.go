package text

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestEntryDay(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when the line is no entry's day
	}{
		{"Tue, 4 Mar 2025 · 09:30 – 09:45", "2025-03-04"},
		{"Mon 3 June 2024, 14:00–15:00", "2024-06-03"},
		{"Sun, 9 Mar 2025 · 18:40 – 21:15 (WET)", "2025-03-09"},
		{"Wed, 19 Mar 2025 · 15:00 – 16:00 GMT (11:00 – 12:00 EDT)", "2025-03-19"},
		{"Mon, 10 Mar 2025 – Wed, 12 Mar 2025", "2025-03-10"},
		{"Sat 15 June 2024 · All day", "2024-06-15"},
		{"**Friday 29/05/2026, 7.30pm**", "2026-05-29"},
		{"March 2025", ""},                                 // no day
		{"Tue, 4 Mar · 09:30", ""},                         // no year
		{"Tue, 4 Mar 2025 in Room 3B", ""},                 // a place besides the day
		{"Opening night, 4 March 2025", ""},                // a label besides the day
		{"4 March 2025 to 9 March 2025 to 1 May 2025", ""}, // three days
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := entryDay(tt.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("entryDay(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEntryName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Team stand-up", true},
		{"1:1 with Priya", true},
		{"Flight BA 502 London → Lisbon", true},
		{"Offsite — Lisbon", true},
		{"The council met and agreed the budget.", false}, // a sentence
		{"Notes:", false},                                 // a label
		{"- Buy milk", false},                             // a list's item
		{"By Anna Keller", false},                         // a byline
		{"Deadline 4 March 2025", false},                  // a date in it
		{"quiet afternoon", false},                        // no capital
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := entryName(tt.in); got != tt.want {
				t.Errorf("entryName(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestSplitEntries checks that a calendar's entries written as plain text
// become headings named by their first line and dated by their second,
// with the document left undated by them; and that a single paragraph of
// that shape under a title is an article's header, its date the page's.
func TestSplitEntries(t *testing.T) {
	type sec struct {
		kind    timeline.SectionKind
		heading string
		text    string
		date    string // the section's reference date
		from    string // where it came from
	}
	tests := []struct {
		name  string
		in    string
		title string
		want  []sec
	}{
		{
			name: "a calendar under its title",
			in: "Club fixtures\n\nNets practice\nWed, 2 Apr 2025 · 18:00 – 19:30\nBring your own pads\n\n" +
				"Away match at Otley\nSat, 5 Apr 2025\nAll day\n",
			title: "Club fixtures",
			want: []sec{
				{timeline.Heading, "", "Club fixtures", "", ""},
				{timeline.Heading, "Club fixtures", "Nets practice", "", ""},
				{timeline.Body, "Nets practice", "Wed, 2 Apr 2025 · 18:00 – 19:30\nBring your own pads", "2025-04-02", "heading"},
				{timeline.Heading, "Nets practice", "Away match at Otley", "", ""},
				{timeline.Body, "Away match at Otley", "Sat, 5 Apr 2025\nAll day", "2025-04-05", "heading"},
			},
		},
		{
			name: "entries with no title: the first names no document",
			in:   "Nets practice\nWed, 2 Apr 2025 · 18:00 – 19:30\n\nAway match at Otley\nSat, 5 Apr 2025\n",
			want: []sec{
				{timeline.Heading, "", "Nets practice", "", ""},
				{timeline.Body, "Nets practice", "Wed, 2 Apr 2025 · 18:00 – 19:30", "2025-04-02", "heading"},
				{timeline.Heading, "Nets practice", "Away match at Otley", "", ""},
				{timeline.Body, "Away match at Otley", "Sat, 5 Apr 2025", "2025-04-05", "heading"},
			},
		},
		{
			name:  "an article's title over its date line: the page's date",
			in:    "Council approves new tram line\n14 June 2019\n\nThe council voted on Tuesday to build the line.\n",
			title: "Council approves new tram line",
			want: []sec{
				{timeline.Heading, "", "Council approves new tram line", "2019-06-14", "document"},
				{timeline.CitationLine, "Council approves new tram line", "14 June 2019", "2019-06-14", "document"},
				{timeline.Body, "Council approves new tram line", "The council voted on Tuesday to build the line.", "2019-06-14", "document"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "cal.txt", Options{})
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			var got []sec
			for _, s := range doc.Sections {
				d := ""
				if !s.Citation.Date.IsZero() {
					d = s.Citation.Date.String()
				}
				got = append(got, sec{s.Kind, s.Heading, s.Text, d, s.RefFrom})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d sections %+v\nwant %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for k := range got {
				if got[k] != tt.want[k] {
					t.Errorf("section %d: got %+v\nwant %+v", k, got[k], tt.want[k])
				}
			}
		})
	}
}
