package html

import "testing"

// TestAgedTimes38h38e: a <time> whose text is its age when the page was
// viewed ("3 hours ago", "5h ago", "yesterday") is read as its datetime,
// the only date the page states; a <time> showing a date, or one without
// a datetime that reads as a date, keeps its text.
func TestAgedTimes38h38e(t *testing.T) {
	const head = `<html><head><title>Pier reopens | Bayside Chronicle</title></head><body><main><article><h1>Pier reopens after repairs</h1>`
	const story = `<p>The town's Victorian pier reopened to visitors yesterday after a two-year restoration.</p>
<p>It was closed in August 2023 when a survey found rotten timbers under the deck.</p>`
	tests := []struct {
		name, page string
		date       string
		gone, kept []string
	}{
		{name: "a byline's published and updated ages",
			page: head + `<ul class="article-meta"><li>By Lee Park</li><li>Published: <time datetime="2025-08-14T07:02:00+01:00">3 hours ago</time></li><li>Updated: <time datetime="2025-08-14T09:40:00+01:00">25 minutes ago</time></li></ul>` + story + `</article></main></body></html>`,
			date: "2025-08-14",
			gone: []string{"3 hours ago", "25 minutes ago"}, kept: []string{"Published: 2025-08-14T07:02:00+01:00"}},
		{name: "an age in a sentence",
			page: head + story + `<p>A fire started at the old mill <time datetime="2025-08-14T04:00+01:00">6h ago</time> and is still burning.</p></article></main></body></html>`,
			gone: []string{"6h ago"}, kept: []string{"old mill 2025-08-14T04:00+01:00 and"}},
		{name: "a time showing its date, and an age without a datetime, keep their text",
			page: head + `<p class="byline">By Lee Park, <time datetime="2025-08-14">14 August 2025</time></p>` + story + `<p>Updated <time>an hour ago</time>: the café will open next month.</p></article></main></body></html>`,
			date: "2025-08-14",
			kept: []string{"an hour ago"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := checkPageText(t, tc.page, tc.gone, tc.kept)
			date := ""
			if d := doc.Sections[0].Citation.Date; !d.IsZero() {
				date = d.DayOf().String()
			}
			if date != tc.date {
				t.Errorf("date %q, want %q", date, tc.date)
			}
		})
	}
}
