package html_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/sources/html"
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
