package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDatedItems checks that each item of a page of news items is dated
// by its own date line, and that what is not such a page keeps the
// document's date.
func TestDatedItems(t *testing.T) {
	type want struct {
		text string // a sentence of the section
		date string // its reference date
		from string // RefFrom
		line int    // RefPos.Line (0: not checked)
	}
	tests := []struct {
		name     string
		in       string
		markdown bool
		want     []want
		meta     []string // lines that must be citation lines, not story
	}{
		{
			name:     "posted lines under the headings",
			markdown: true,
			in: "# Village news\n\n## Ferry timetable\n\nPosted 12 November 2025\n\nThe ferry runs a winter timetable from Monday.\n\n" +
				"## Harvest supper\n\nPosted 28 October 2025\n\nThe supper is in the hall on Sunday.\n",
			want: []want{
				{"winter timetable", "2025-11-12", "published-line", 5},
				{"supper is in the hall", "2025-10-28", "published-line", 11},
			},
			meta: []string{"Posted 12 November 2025", "Posted 28 October 2025"},
		},
		{
			name: "plain text: posted on a numeric date by a team, published with a short month",
			in: "Parish notices\n\nBell practice\n\nPosted on 28/10/2025 by Comms Team\n\nPractice moves to Thursday this week.\n\n" +
				"Roof appeal\n\nPublished: 3 Nov 2025\n\nThe appeal closes on Friday.\n",
			want: []want{
				{"Practice moves", "2025-10-28", "published-line", 5},
				{"appeal closes", "2025-11-03", "published-line", 11},
			},
		},
		{
			name:     "updated lines with a time, under a standfirst",
			markdown: true,
			in: "## Lifeboat day\n\nThe station opens its doors.\n\nUpdated 4 November 2025 10:02\n\nVisitors can board the boat on Saturday.\n\n" +
				"## Beach clean\n\nUpdated 30 October 2025 16:40\n\nVolunteers meet at the slipway on Sunday.\n",
			want: []want{
				{"board the boat", "2025-11-04", "published-line", 5},
				{"meet at the slipway", "2025-10-30", "published-line", 11},
			},
		},
		{
			name:     "a date and a category closing each item",
			markdown: true,
			in: "# Club updates\n\n## Nets\n\nThe indoor nets open again on Saturday.\n\n28 October 2025 | News\n\n" +
				"## Dinner\n\nTickets go on sale on Monday.\n\n4 November 2025 | Events\n",
			want: []want{
				{"indoor nets", "2025-10-28", "document", 7},
				{"Tickets go on sale", "2025-11-04", "document", 13},
			},
			meta: []string{"28 October 2025 | News", "4 November 2025 | Events"},
		},
		{
			name:     "a dateline under each heading",
			markdown: true,
			in: "## Harbour wall\n\nLEWES, 3 November 2025 – The wall will be repaired on Thursday.\n\n" +
				"## Lifeboat\n\nNEWHAVEN, 28 October 2025 – The boat is relaunched on Saturday.\n",
			want: []want{
				{"wall will be repaired", "2025-11-03", "dateline", 3},
				{"boat is relaunched", "2025-10-28", "dateline", 7},
			},
		},
		{
			name:     "the text after the last item under a heading of its rank is the page's",
			markdown: true,
			in: "# News\n\nPublished: 1 December 2025\n\n## Ferry\n\nPosted 12 November 2025\n\nThe ferry runs on Monday.\n\n" +
				"## Supper\n\nPosted 28 October 2025\n\nThe supper is on Sunday.\n\n## Upcoming events\n\n- 3 December 2025 – Planning committee\n- 13 December 2025 – Market\n",
			want: []want{
				{"ferry runs", "2025-11-12", "published-line", 7},
				{"supper is on", "2025-10-28", "published-line", 13},
				{"Planning committee", "2025-12-01", "published-line", 3},
			},
		},
		{
			name:     "a single story with a published line keeps it, sub-headings too",
			markdown: true,
			in:       "# Bridge repairs\n\nPublished: 3 November 2025\n\nThe footbridge closes on Monday.\n\n## What happens next\n\nWork finishes on Friday.\n\nLast updated 20 November 2025\n",
			want: []want{
				{"footbridge closes", "2025-11-03", "published-line", 3},
				{"Work finishes", "2025-11-03", "published-line", 3},
			},
		},
		{
			// one dated item is no page of items, but its own line, of
			// another day than the page's line above it, dates its text
			name:     "one dated item under a dated page",
			markdown: true,
			in:       "# Notices\n\nPublished: 5 November 2025\n\n## Ferry\n\nPosted 12 November 2025\n\nThe ferry runs on Monday.\n\n## Supper\n\nThe supper is on Sunday.\n",
			want: []want{
				{"ferry runs", "2025-11-12", "published-line", 7},
				{"supper is on", "2025-11-05", "published-line", 3},
			},
		},
		{
			name:     "a page's last-updated line dates no item",
			markdown: true,
			in: "# Notices\n\nPublished: 5 November 2025\n\n## Ferry\n\nLast updated 12 November 2025\n\nThe ferry runs on Monday.\n\n" +
				"## Supper\n\nLast updated 28 October 2025\n\nThe supper is on Sunday.\n",
			want: []want{
				{"ferry runs", "2025-11-05", "published-line", 3},
				{"supper is on", "2025-11-05", "published-line", 3},
			},
		},
		{
			name:     "readers' comments under one heading, each with its dated byline, are no item",
			markdown: true,
			in: "# Why the cinema closed\n\nPublished: 20 May 2024\n\nThe Regal shut its doors last month.\n\n## Comments\n\nBy Tom Brown, 21 May 2024\n\nI saw my first film there in 1968.\n\n" +
				"By Ana Ruiz, 22 May 2024\n\nIt closed on 28 April.\n\n## More comments\n\nBy Jo Hale, 23 May 2024\n\nThe council meets next Tuesday.\n",
			want: []want{
				{"The Regal shut", "2024-05-20", "published-line", 3},
				{"my first film", "2024-05-20", "published-line", 3},
			},
		},
		{
			name:     "a chronology's entries under year headings are no date lines",
			markdown: true,
			in: "# The pier\n\nPublished: 5 November 2025\n\n## 1891\n\n12 April 1891 – The pier opens.\n\nVisitors pay a penny.\n\n" +
				"## 1916\n\n3 March 1916 – The army closes it.\n\nA gap is cut in the deck.\n",
			want: []want{
				{"The pier opens", "2025-11-05", "published-line", 3},
				{"The army closes", "2025-11-05", "published-line", 3},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t", Options{Markdown: tt.markdown})
			for _, w := range tt.want {
				s := sectionWith(doc, w.text)
				if s == nil {
					t.Fatalf("no section holds %q:\n%s", w.text, dump(doc))
				}
				if got := s.Citation.Date.String(); got != w.date || s.RefFrom != w.from || w.line > 0 && s.RefPos.Line != w.line {
					t.Errorf("%q: dated %s from %q at line %d, want %s from %q at line %d", w.text, got, s.RefFrom, s.RefPos.Line, w.date, w.from, w.line)
				}
				if s.Kind != timeline.Body {
					t.Errorf("%q: a section of kind %d, want the body", w.text, s.Kind)
				}
			}
			for _, m := range tt.meta {
				if s := sectionWith(doc, m); s == nil || s.Kind != timeline.CitationLine {
					t.Errorf("%q is not a citation line:\n%s", m, dump(doc))
				}
			}
		})
	}
}

// sectionWith returns the first section of doc whose text holds s.
func sectionWith(doc *timeline.Document, s string) *timeline.Section {
	for i := range doc.Sections {
		if strings.Contains(doc.Sections[i].Text, s) {
			return &doc.Sections[i]
		}
	}
	return nil
}
