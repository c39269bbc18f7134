package html_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/sources/html"
	"github.com/chronicle-project/chronicle/timeline"
)

func ExampleRead() {
	const page = `<html><head>
<title>Bridge reopens | Town Notes</title>
<meta property="article:modified_time" content="2020-07-01">
<meta property="article:published_time" content="2020-06-15T08:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<article><h1>Bridge reopens</h1>
<p>The old bridge reopened to traffic on Monday after a two-year repair.</p></article>
<aside><h3>Related</h3><p><a href="/x">3 March 2011: Bridge closes</a></p></aside>
<footer>© 2020 Town Notes</footer>
</body></html>`
	doc, err := html.Read(strings.NewReader(page), "bridge.html", html.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		c := s.Citation
		fmt.Printf("%s | %s | %s (%s)\n%s\n", c.Title, c.Outlet, c.Date, s.RefFrom, s.Text)
	}
	// Output:
	// Bridge reopens | Town Notes | 2020-06-15 (metadata)
	// The old bridge reopened to traffic on Monday after a two-year repair.
}

// A table of dates is read one row a sentence, its date first; the
// paragraphs around it are kept.
func ExampleRead_table() {
	const page = `<html><head><title>The old pier</title></head><body><main>
<p>The pier was built by a local company and has been repaired many times since it opened.</p>
<table><tr><th>Storm</th><th>Date</th><th>Damage</th></tr>
<tr><td>The great gale</td><td>26 November 1954</td><td>Deck torn away</td></tr>
<tr><td>Storm Ciara</td><td>9 February 2020</td><td>Railings lost</td></tr></table>
<p>It is open every day from dawn to dusk.</p>
</main></body></html>`
	doc, err := html.Read(strings.NewReader(page), "pier.html", html.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		fmt.Println(s.Text)
	}
	// Output:
	// The pier was built by a local company and has been repaired many times since it opened.
	//
	// 26 November 1954 – The great gale; Damage: Deck torn away.
	//
	// 9 February 2020 – Storm Ciara; Damage: Railings lost.
	//
	// It is open every day from dawn to dusk.
}

// Each entry of a live blog is dated by the time at its head, with its
// zone.
func ExampleRead_liveBlog() {
	const page = `<html><head><title>Election night</title><meta name="date" content="2024-07-04"></head><body><article>
<div class="post"><time datetime="2024-07-05T05:10:00+01:00">05:10</time><p>Labour has won a majority, the broadcaster projects.</p></div>
<div class="post"><time datetime="2024-07-04T22:00:00+01:00">22:00</time><p>Polls have closed. The exit poll predicts a landslide.</p></div>
</article></body></html>`
	doc, err := html.Read(strings.NewReader(page), "live.html", html.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body {
			fmt.Printf("%s (%s, statement %v): %s\n", s.Citation.Date, s.RefFrom, s.Statement, s.Text)
		}
	}
	// Output:
	// 2024-07-05T05:10+01:00 (heading, statement true): Labour has won a majority, the broadcaster projects.
	// 2024-07-04T22:00+01:00 (heading, statement true): Polls have closed. The exit poll predicts a landslide.
}

// A sidebar of key dates is the author's own chronology: it is read after
// the article, with the article's citation, while a box of related
// stories stays out.
func ExampleRead_keyDates() {
	const page = `<html><head><title>Ferry loses its licence | Coast Record</title>
<meta property="article:published_time" content="2024-05-21"></head><body>
<article><h1>Ferry loses its licence</h1>
<p>The island ferry will not sail this summer: the authority withdrew its licence on Friday.</p></article>
<aside class="sidebar"><h3>Key dates</h3><ul>
<li>3 March 2023 — inspectors find rusted davits</li>
<li>17 May 2024 — the licence is withdrawn</li></ul></aside>
<aside class="sidebar"><h3>More from the coast</h3><ul>
<li><a href="/a">Harbour wall to be rebuilt by 2026</a></li></ul></aside>
</body></html>`
	doc, err := html.Read(strings.NewReader(page), "ferry.html", html.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		fmt.Printf("[%s, %s] %s\n", s.Citation.Title, s.Citation.Date, strings.ReplaceAll(s.Text, "\n\n", " / "))
	}
	// Output:
	// [Ferry loses its licence, 2024-05-21] The island ferry will not sail this summer: the authority withdrew its licence on Friday.
	// [Ferry loses its licence, 2024-05-21] Key dates
	// [Ferry loses its licence, 2024-05-21] 3 March 2023 — inspectors find rusted davits / 17 May 2024 — the licence is withdrawn
}
