package html

import "testing"

// TestInPageLinks38h38e: a list of links to places in the page itself (a
// live blog's "Key events", a table of contents) tells again what the
// page tells, and is not read, even under a chronology's heading; a box
// of key dates whose dates link into the page but whose items say more
// is read.
func TestInPageLinks38h38e(t *testing.T) {
	const posts = `<div class="live-blog">
<article id="block-2" class="block"><header><time datetime="2025-10-29T13:40:00.000Z">1.40pm GMT</time></header><p>The chancellor has announced that income tax thresholds will stay frozen until April 2030.</p></article>
<article id="block-1" class="block"><header><time datetime="2025-10-29T12:31:00.000Z">12.31pm GMT</time></header><p>The chancellor is on her feet and the budget speech has begun.</p></article>
</div>`
	tests := []struct {
		name, page string
		gone, kept []string
	}{
		{name: "a live blog's key events",
			page: `<html><head><title>Budget live | The Daily Ledger</title><meta property="article:published_time" content="2025-10-29T07:30:12.000Z"></head><body><main><h1>Budget live</h1>
<div class="key-events"><h2>Key events</h2><ul>
<li><a href="#block-2"><time datetime="2025-10-29T13:40:00.000Z">13:40</time> Chancellor freezes income tax thresholds</a></li>
<li><a href="#block-1"><time datetime="2025-10-29T12:31:00.000Z">12:31</time> Budget speech begins</a></li></ul>
<a href="#">Show key events only</a></div>` + posts + `</main></body></html>`,
			gone: []string{"Chancellor freezes", "Budget speech begins", "Show key events only"},
			kept: []string{"stay frozen until April 2030", "budget speech has begun"}},
		{name: "a box of key dates linking into the page, its items saying more",
			page: `<html><head><title>The bridge | The Daily Ledger</title><meta property="article:published_time" content="2025-06-02T07:30:12.000Z"></head><body><main><article><h1>The bridge</h1>
<p>The harbour bridge reopened on Monday after a closure that lasted five months, the county council said.</p>
<p>Engineers found corrosion in two of the main cables during a routine inspection last winter.</p></article>
<aside class="key-dates"><h2>Key dates</h2><ul>
<li><a href="#closure">9 December 2024</a>: the bridge closes after an inspection.</li>
<li><a href="#storm">20 February 2025</a>: storms delay the repairs.</li></ul></aside></main></body></html>`,
			kept: []string{"the bridge closes after an inspection", "storms delay the repairs"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPageText(t, tc.page, tc.gone, tc.kept)
		})
	}
}
