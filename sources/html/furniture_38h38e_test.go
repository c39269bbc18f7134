package html

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestPageFurniture38h38e: what a news site prints around every story is
// not read with it: a line pointing to another story ("Read more:" and a
// link), a site's footer named "foot", its box of the week's events
// beside the article. A line that says more than its link, and the
// article's own sentences, stay.
func TestPageFurniture38h38e(t *testing.T) {
	const head = `<html><head><title>Museum buys lost painting - Eastshire Herald</title><meta property="article:published_time" content="2025-09-04T06:00:00+01:00"></head><body>`
	const story = `<p>A painting that vanished from a country house in 1962 has been bought by the county museum for two million pounds.</p>
<p>The portrait was rediscovered at an auction in Vienna last spring. It will go on display on 1 November.</p>`
	tests := []struct {
		name, page string
		gone, kept []string
	}{
		{name: "a Read more line in the article",
			page: head + `<div class="col-main"><h1>Museum buys lost painting</h1><div class="article-content">` + story + `
<p><strong>Read more:</strong> <a href="/news/auction-88100">Stolen portrait found at Vienna auction (12 May 2025)</a></p>
<p>The museum's director said the purchase was the largest in its history.</p></div></div></body></html>`,
			gone: []string{"Stolen portrait found"}, kept: []string{"largest in its history", "display on 1 November"}},
		{name: "a See also line that says more than its link stays",
			page: head + `<div class="col-main"><h1>Museum buys lost painting</h1><div class="article-content">` + story + `
<p>See also: the council's report of 12 May 2025, which first named the painter, and <a href="/r">its appendix</a>.</p></div></div></body></html>`,
			kept: []string{"which first named the painter"}},
		{name: "a footer named foot, and a box of the week's events beside the article",
			page: head + `<div class="container"><div class="col-main"><h1>Museum buys lost painting</h1><div class="article-content">` + story + `</div></div>
<div class="col-side"><div class="box"><h3>Events this week</h3><p>Harvest fair, Saturday 6 September, 10am-4pm, Market Square.</p></div></div></div>
<div class="foot">Eastshire Herald is part of Shire Media. Established 1851.</div></body></html>`,
			gone: []string{"Harvest fair", "Established 1851"}, kept: []string{"display on 1 November"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPageText(t, tc.page, tc.gone, tc.kept)
		})
	}
}

// checkPageText reads page and checks that none of the words gone is in
// the text read, and every one of kept is; it returns the page read.
func checkPageText(t *testing.T, page string, gone, kept []string) *timeline.Document {
	t.Helper()
	doc := readPage(t, page)
	var all strings.Builder
	for _, s := range doc.Sections {
		all.WriteString(s.Text + "\n")
	}
	text := all.String()
	for _, w := range gone {
		if strings.Contains(text, w) {
			t.Errorf("%q is read:\n%s", w, text)
		}
	}
	for _, w := range kept {
		if !strings.Contains(text, w) {
			t.Errorf("%q is lost:\n%s", w, text)
		}
	}
	return doc
}
