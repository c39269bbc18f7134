package html

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDatedItems checks that each item of a page of news items is dated
// by its own date line (see markItems), and that a page that is one
// story keeps the page's date.
func TestDatedItems(t *testing.T) {
	type want struct {
		text string // a sentence of the section
		date string // its reference date ("" for none)
		from string // RefFrom
		line int    // RefPos.Line (0: not checked)
	}
	page := func(body string) string {
		return "<html><head><title>Harbour news</title></head><body>\n<nav><a href=/>Home</a> <a href=/news>News</a></nav>\n<main>\n" + body + "\n</main>\n<footer>Last updated 20 November 2025</footer></body></html>"
	}
	tests := []struct {
		name string
		page string
		want []want
	}{
		{
			name: "articles with a posted line under their heading",
			page: page("<h1>Harbour news</h1>\n" +
				"<article><h2>Office closure</h2>\n<p class=\"date\">Posted 12 November 2025</p>\n<p>The harbour office will be closed on Monday for staff training.</p></article>\n" +
				"<article><h2>Slipway closure</h2>\n<p class=\"date\">Posted on 28/10/2025 by Comms Team</p>\n<p>The slipway will be closed on Sunday while the lifeboat is tested.</p></article>"),
			want: []want{
				{"harbour office will be closed", "2025-11-12", "published-line", 6},
				{"slipway will be closed", "2025-10-28", "published-line", 9},
			},
		},
		{
			name: "short articles without headings, each kept",
			page: page("<h1>Harbour news</h1>\n" +
				"<article class=\"news-item\"><p class=\"when\">Published: 3 Nov 2025</p><p>The fuel berth will reopen on Thursday after its repairs.</p></article>\n" +
				"<article class=\"news-item\"><p class=\"when\">Updated 30 October 2025 10:02</p><p>The crane will be out of use on Saturday for its inspection.</p></article>"),
			want: []want{
				{"fuel berth will reopen", "2025-11-03", "published-line", 5},
				{"crane will be out of use", "2025-10-30", "published-line", 6},
			},
		},
		{
			name: "an article's closing line in its footer",
			page: page("<h1>Harbour news</h1>\n" +
				"<article><h2>Dredging</h2><p>Dredging of the inner harbour will begin on Monday and take a week.</p>\n<footer>Posted 12 November 2025</footer></article>\n" +
				"<article><h2>Moorings</h2><p>Winter moorings can be booked until Friday at the office.</p>\n<footer>Posted 5 November 2025</footer></article>"),
			want: []want{
				{"Dredging of the inner harbour", "2025-11-12", "published-line", 6},
				{"Winter moorings", "2025-11-05", "published-line", 8},
			},
		},
		{
			name: "a flat page: headings, lines and sub-headings",
			page: page("<h1>Harbour news</h1>\n" +
				"<h2>Winter timetable</h2><p>Posted 12 November 2025</p><p>The winter timetable will start on Monday.</p>\n" +
				"<h3>Fares</h3><p>Fares will rise on Friday by ten pence.</p>\n" +
				"<h2>Storm damage</h2><p>Posted 28 October 2025</p><p>The pontoon will be repaired on Sunday after the storm.</p>\n" +
				"<h2>Contact</h2><p>The ticket office is open every day of the week.</p>"),
			want: []want{
				{"winter timetable will start", "2025-11-12", "published-line", 5},
				{"Fares will rise", "2025-11-12", "published-line", 5},
				{"pontoon will be repaired", "2025-10-28", "published-line", 7},
				{"ticket office is open", "", "", 0},
			},
		},
		{
			name: "a flat page: a date and a category closing each item",
			page: page("<h1>Club news</h1>\n" +
				"<h2>Nets</h2><p>The indoor nets will open again on Saturday for all members.</p><p>28 October 2025 | News</p>\n" +
				"<h2>Dinner</h2><p>Tickets for the annual dinner will go on sale on Monday.</p><p>4 November 2025 | Events</p>"),
			want: []want{
				{"indoor nets", "2025-10-28", "document", 5},
				{"annual dinner", "2025-11-04", "document", 6},
			},
		},
		{
			name: "one story with a published line and an update under a sub-heading is no page of items",
			page: page("<article><h1>Bridge repairs</h1><p class=\"byline\">Published: 3 November 2025</p>\n" +
				"<p>The footbridge will close on Monday for repairs that will take two weeks.</p>\n<h2>What happens next</h2><p>Updated 5 November 2025</p><p>The diversion will be signposted from Friday.</p></article>"),
			// (the byline's date is the page's: its metadata)
			want: []want{
				{"footbridge will close", "2025-11-03", "metadata", 4},
				{"diversion will be signposted", "2025-11-03", "metadata", 4},
			},
		},
		{
			name: "a story and its readers' comments, each under a name and a time, are no page of items",
			page: "<html><head><title>Cinema</title><meta property=\"article:published_time\" content=\"2024-05-20T08:00:00+01:00\"></head><body><main>\n" +
				"<article><h1>Why the cinema closed</h1><p class=\"byline\">Posted by Ana Ruiz on <time datetime=\"2024-05-20\">20 May 2024</time></p>\n" +
				"<p>The Regal opened in 1936 and shut its doors last month, after its owners failed to find a buyer for it.</p></article>\n" +
				"<section class=\"responses\"><h2>Responses</h2><div class=\"response\"><p class=\"meta\">Tom B. — <time datetime=\"2024-05-21T19:42\">21 May 2024 at 19:42</time></p>\n" +
				"<p>I saw my first film there in 1968, and it was packed.</p></div></section></main></body></html>",
			want: []want{
				{"I saw my first film", "2024-05-20", "metadata", 1},
			},
		},
		{
			name: "posted by an author on a day, in articles",
			page: page("<h1>Harbour news</h1>\n" +
				"<article><h2>Office closure</h2><p>Posted by the Harbour Master on 12 November 2025</p><p>The harbour office will be closed on Monday for staff training.</p></article>\n" +
				"<article><h2>Slipway closure</h2><p>Posted by Comms Team, 28 October 2025</p><p>The slipway will be closed on Sunday while the lifeboat is tested.</p></article>"),
			want: []want{
				{"harbour office will be closed", "2025-11-12", "published-line", 5},
				{"slipway will be closed", "2025-10-28", "published-line", 6},
			},
		},
		{
			name: "a sidebar's dated links are no items",
			page: page("<article><h1>Bridge repairs</h1><p>The footbridge will close on Monday for repairs that will take two weeks, the council said.</p>\n" +
				"<p>Walkers will be sent over the road bridge until the work is done.</p></article>\n" +
				"<aside><h3>Upcoming events</h3><ul><li><b>29 Nov 2025</b> – Lights switch-on</li><li><b>3 Dec 2025</b> – Planning committee</li></ul>\n" +
				"<p>Posted 1 November 2025</p><p>Posted 2 November 2025</p></aside>"),
			want: []want{
				{"footbridge will close", "", "", 0},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.page), "p.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				s := sectionWith(doc, w.text)
				if s == nil {
					t.Fatalf("no section holds %q:\n%s", w.text, dump(doc))
				}
				got := ""
				if !s.Citation.Date.IsZero() {
					got = s.Citation.Date.String()
				}
				if got != w.date || s.RefFrom != w.from || w.line > 0 && s.RefPos.Line != w.line {
					t.Errorf("%q: dated %q from %q at line %d, want %q from %q at line %d", w.text, got, s.RefFrom, s.RefPos.Line, w.date, w.from, w.line)
				}
				if s.Statement {
					t.Errorf("%q: an item is no statement", w.text)
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
