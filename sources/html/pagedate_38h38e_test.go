package html

import "testing"

// TestPageDateStated38h38e: the page's date where a government or a
// public body states it: a definition list's "Published" (never its "Last
// updated"), and not the newest note of the page's history under the
// byline's dates.
func TestPageDateStated38h38e(t *testing.T) {
	const body = `<p>Work on new flood defences for the town will start this summer, the minister announced today.</p>
<p>The scheme includes a 3km embankment and a new pumping station, with the defences complete by spring 2027.</p>`
	tests := []struct {
		name, page, want string
	}{
		{name: "a definition list's Published, after its From",
			page: `<html><head><title>Flood defences - Ministry</title></head><body><main><h1>Flood defences</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/org">Ministry of Rivers</a></dd><dt>Published</dt><dd>12 March 2025</dd>
<dt>Last updated</dt><dd>13 March 2025 — <a href="#history">See all updates</a></dd></dl></div>` + body + `</main></body></html>`,
			want: "2025-03-12"},
		{name: "a definition list's date in a <time>, the update first",
			page: `<html><head><title>Flood defences - Ministry</title></head><body><main><h1>Flood defences</h1>
<dl class="page-dates"><dt>Last updated:</dt><dd><time datetime="2025-03-13">13 March 2025</time></dd><dt>Date published:</dt><dd><time datetime="2025-03-12">12 March 2025</time></dd></dl>` + body + `</main></body></html>`,
			want: "2025-03-12"},
		{name: "a page's history under its stamps: not its latest change",
			page: `<html><head><title>Flood defences - Ministry</title></head><body><main><h1>Flood defences</h1>` + body + `
<section id="history" class="published-dates"><h3>Published 12 March 2025<br>Last updated 13 March 2025</h3>
<ul><li><time datetime="2025-03-13T14:01:22.000+00:00">13 March 2025</time> Added the link to the consultation response.</li>
<li><time datetime="2025-03-12T09:30:00.000+00:00">12 March 2025</time> First published.</li></ul></section></main></body></html>`,
			want: "2025-03-12"},
		{name: "a definition list's Last updated alone gives no date",
			page: `<html><head><title>Flood defences - Ministry</title></head><body><main><h1>Flood defences</h1>
<dl><dt>Last updated</dt><dd>13 March 2025</dd></dl>` + body + `</main></body></html>`,
			want: ""},
		{name: "an event's Date in a definition list is not the page's",
			page: `<html><head><title>Open day - Ministry</title></head><body><main><h1>Open day</h1>
<dl><dt>Date</dt><dd>14 June 2025</dd><dt>Venue</dt><dd>The pumping station</dd></dl>` + body + `</main></body></html>`,
			want: ""},
		{name: "a byline list: its entry that holds only the time",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1>
<ul class="article-meta"><li>By Jane Doe</li><li><time datetime="2025-03-12T09:30:00Z">12 March 2025</time></li></ul>` + body + `</main></body></html>`,
			want: "2025-03-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := readPage(t, tc.page)
			got := ""
			if d := doc.Sections[0].Citation.Date; !d.IsZero() {
				got = d.DayOf().String()
			}
			if got != tc.want {
				t.Errorf("date %q, want %q", got, tc.want)
			}
		})
	}
}
