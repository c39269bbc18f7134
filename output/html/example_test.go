package html_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/output/html"
	"github.com/chronicle-project/chronicle/timeline"
)

// A fragment to paste into a report, loading ECharts from the CDN (so that
// the example runs in a build without the embedded asset too).
func ExampleWrite() {
	july, _ := timeline.ParseDate("2017-07")
	c := &timeline.Chronology{Title: "Xinjiang", Events: []timeline.Event{{
		Span:     timeline.Span{Start: july},
		DateText: "beginning in July 2017",
		Title:    "Biometric collection begins",
		Text:     "Beginning in July 2017, authorities began collecting biometric data.",
		Sources:  []timeline.Citation{{Outlet: "The Himalayan Times", URL: "https://thehimalayantimes.com/"}},
	}}}
	var b bytes.Buffer
	err := html.Write(&b, c, html.Options{Fragment: true, ID: "xinjiang", Height: "320px", CDN: true})
	fmt.Println(err)
	page := b.String()
	fmt.Println(strings.Contains(page, `<div class="chronicle" id="xinjiang" data-theme="auto">`))
	fmt.Println(strings.Contains(page, "<html"))
	fmt.Println(strings.Contains(page, `<time class="chr-when" datetime="2017-07">July 2017</time>`))
	// Output:
	// <nil>
	// true
	// false
	// true
}
