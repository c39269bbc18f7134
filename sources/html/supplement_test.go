package html

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// story is an article of a few paragraphs, long enough for the extractor
// to take it for the page's text.
const story = `<h1>The pump recall</h1>
<p class="byline">By Jane Ode · <time datetime="2025-09-18">September 18, 2025</time></p>
<p>The company said it was reviewing the findings of the inspectors, who visited the plant twice and wrote a report of forty pages on what they saw there.</p>
<p>Patients were told to keep using their pumps until a replacement arrived, and to check their glucose more often in the meantime, as their doctors advised.</p>
<p>The maker has not said how many devices it will replace, nor when the replacements will be ready, and it declined to answer written questions.</p>
<p>Two senators wrote to the regulator last week to ask why the recall took so long. The regulator said it would answer them in writing, as it does every such letter.</p>
<p>Families who spoke to the paper said they had heard nothing from the company, and that their clinics had learned of the problem from the news.</p>`

// page wraps a body in a page with a title.
func page(body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>The pump recall</title></head><body>` + body + `</body></html>`
}

// keyDates is a sidebar of key dates.
const keyDates = `<h3>Key dates</h3><ul><li><b>Feb. 3, 2023</b> — first complaint</li><li><b>Sept. 2, 2025</b> — recall announced</li></ul>`

// supplementTests are pages with parts outside the extracted article: want
// are texts read after the article, noise texts read nowhere.
var supplementTests = []struct {
	name  string
	page  string
	want  []string
	noise []string
}{
	{name: "aside after the article",
		page: page(`<article>` + story + `</article><aside class="sidebar">` + keyDates + `</aside>`),
		want: []string{"Key dates", "Feb. 3, 2023 — first complaint\n\nSept. 2, 2025 — recall announced"}},
	{name: "aside inside the article",
		page: page(`<article>` + story + `<aside class="sidebar">` + keyDates + `</aside></article>`),
		want: []string{"Key dates", "Feb. 3, 2023 — first complaint"}},
	{name: "box after the article",
		page: page(`<article>` + story + `</article><div class="box">` + keyDates + `</div>`),
		want: []string{"Key dates", "Sept. 2, 2025 — recall announced"}},
	{name: "aside on a page without an article",
		page: page(story + `<aside class="sidebar">` + keyDates + `</aside>`),
		want: []string{"Key dates", "Sept. 2, 2025 — recall announced"}},
	{name: "list left after the article",
		page: page(`<main><article>` + story + `</article>` + keyDates + `</main>`),
		want: []string{"Key dates", "Feb. 3, 2023 — first complaint"}},
	{name: "list after the article on the body",
		page:  page(`<article>` + story + `</article>` + keyDates + `<footer>© 2025 The Ledger</footer>`),
		want:  []string{"Key dates", "Feb. 3, 2023 — first complaint"},
		noise: []string{"The Ledger"}},
	{name: "key dates as a description list",
		page: page(`<article>` + story + `</article><aside><h3>Key dates</h3><dl><dt>Feb. 3, 2023</dt><dd>First complaint</dd><dt>Sept. 2, 2025</dt><dd>Recall announced</dd></dl></aside>`),
		want: []string{"Key dates", "Feb. 3, 2023: First complaint.\n\nSept. 2, 2025: Recall announced."}},
	{name: "timeline whose dates are links",
		page: page(`<article>` + story + `</article><div class="timeline"><ul><li><a href="/a">Feb. 3, 2023</a></li><li><a href="/b">Sept. 2, 2025: the recall</a></li></ul></div>`),
		want: []string{"Feb. 3, 2023\n\nSept. 2, 2025: the recall"}},
	{name: "chronology named by its heading only",
		page: page(`<article>` + story + `</article><section><h2>Timeline</h2><ul><li><a href="/a">Feb. 3, 2023: first complaint</a></li></ul></section>`),
		want: []string{"Timeline", "Feb. 3, 2023: first complaint"}},
	{name: "figure caption outside the article",
		page: page(`<article>` + story + `</article><figure><img src="p.jpg" alt=""><figcaption>Inspectors at the plant on Aug. 22, 2023, the day of their first visit.</figcaption></figure>`),
		want: []string{"Inspectors at the plant on Aug. 22, 2023, the day of their first visit."}},
	{name: "table after the article",
		page: page(`<article>` + story + `</article><table><tr><th>Date</th><th>Event</th></tr><tr><td>Feb. 3, 2023</td><td>First complaint</td></tr><tr><td>Sept. 2, 2025</td><td>Recall</td></tr></table>`),
		want: []string{"Feb. 3, 2023 – First complaint.\n\nSept. 2, 2025 – Recall."}},
	{name: "box inside a side column",
		page: page(`<div class="cols"><div class="col-main"><article>` + story + `</article></div><div class="col-side"><div class="factbox"><p>The plant opened in March 1998 and employs 400 people.</p></div></div></div>`),
		want: []string{"The plant opened in March 1998 and employs 400 people."}},

	{name: "a site's fixtures beside the article stay out",
		page:  page(`<article>` + story + `</article><aside class="fixtures"><h3>Next fixtures</h3><ul><li>Sat 19 Apr: Millbeck Town v Dunmore</li><li>Tue 22 Apr: Penwick v Ashgrove Rovers</li></ul></aside>`),
		noise: []string{"Next fixtures", "Millbeck", "19 Apr"}},
	{name: "a school's term dates beside a lesson stay out",
		page:  page(`<div class="sidebar"><h3>Term dates</h3><ul><li>Autumn term starts 3 September 2025</li><li>Half term: 27–31 October 2025</li></ul></div><main>` + story + `</main>`),
		noise: []string{"Term dates", "3 September 2025"}},
	{name: "related stories stay out",
		page:  page(`<main class="story">` + story + `</main><aside class="sidebar"><h3>More from Health</h3><ul><li><time datetime="2025-09-01">1 September</time> <a href="/a">Clinic hours cut for the winter</a></li><li><time datetime="2025-08-21">21 August</time> <a href="/b">Hospital wing reopens after repairs</a></li></ul></aside>`),
		noise: []string{"More from Health", "Clinic hours", "1 September", "21 August"}},
	{name: "related stories not named by a heading stay out",
		page:  page(`<article>` + story + `</article><aside><ul><li>1 September: <a href="/a">Clinic hours cut for the winter at the hospital</a></li><li>21 August: <a href="/b">Hospital wing reopens after repairs</a></li></ul></aside>`),
		noise: []string{"Clinic hours", "1 September", "21 August"}},
	{name: "a box of more of a section stays out",
		page:  page(`<article>` + story + `</article><aside><h3>More sport</h3><ul><li>Harton extend lead with 4-1 win – 11 April 2025</li></ul></aside>`),
		noise: []string{"More sport", "Harton", "11 April 2025"}},
	{name: "a most-read box stays out whatever its links",
		page:  page(`<article>` + story + `</article><aside><h3>Most read</h3><ol><li>Clinic hours cut on 1 September</li><li>Hospital wing reopens on 21 August</li></ol></aside>`),
		noise: []string{"Most read", "Clinic hours", "Hospital wing"}},
	{name: "related links named by class stay out",
		page:  page(`<article>` + story + `</article><div class="related-links"><p>On 1 September the clinic cut its hours for the winter months.</p></div>`),
		noise: []string{"1 September"}},
	{name: "navigation, header and footer stay out",
		page:  page(`<header><a href="/">The Ledger</a><p>Wednesday, 17 September 2025: all the news since 1901</p></header><nav><ul><li>Health</li><li>Money since 1999</li></ul></nav><article>` + story + `</article><footer><p>The Ledger has been published in the city since 12 May 1901, every day.</p></footer>`),
		noise: []string{"17 September 2025", "since 1901", "Money since 1999", "12 May 1901"}},
	{name: "cookie banner and newsletter box stay out",
		page:  page(`<div class="cookie-banner"><p>We have used cookies since 1 May 2018 to count visits to the site.</p></div><article>` + story + `</article><div class="newsletter"><p>Our morning briefing has been sent every day since 2019.</p></div>`),
		noise: []string{"1 May 2018", "since 2019"}},
	{name: "a consent dialog stays out",
		page:  page(`<article>` + story + `</article><div role="dialog"><p>Your choice is kept until 9 November 2026 on this device.</p></div>`),
		noise: []string{"9 November 2026"}},
	{name: "teasers whose titles are links stay out",
		page:  page(`<article>` + story + `</article><div class="grid"><div><h3><a href="/a">Bus lanes for the ring road</a></h3><p>The works will start on 2 January and last four months.</p></div><div><h3><a href="/b">A bridge named after a poet</a></h3><p>The name was chosen by a public vote held last week.</p></div></div>`),
		noise: []string{"Bus lanes", "2 January", "public vote"}},
	{name: "a top bar's date stays out",
		page:  page(`<div class="top"><a href="/">The Ledger</a> <span>Thursday, 18 September 2025</span></div><article>` + story + `</article>`),
		noise: []string{"18 September 2025"}},
	{name: "a copyright line after the article stays out",
		page:  page(`<article>` + story + `</article><div class="bottom">The Ledger is published by City Press Ltd. © City Press 2025. Registered in 1978.</div>`),
		noise: []string{"City Press", "1978"}},
	{name: "update stamp and byline after the article stay out",
		page:  page(`<article>` + story + `</article><p>Updated 19 September 2025 at 14:20</p><p>By Michael Brandt and Jane Ode</p>`),
		noise: []string{"19 September 2025", "Michael Brandt"}},
	{name: "hidden parts stay out",
		page:  page(`<article>` + story + `</article><div hidden><p>First drafted on 3 March 2025 by the desk.</p></div><div aria-hidden="true"><p>Second draft on 4 March 2025 by the desk.</p></div><div style="display: none"><p>Third draft on 5 March 2025 by the desk.</p></div>`),
		noise: []string{"3 March 2025", "4 March 2025", "5 March 2025"}},
	{name: "ads stay out",
		page:  page(`<article>` + story + `</article><div class="ad-slot ad"><p>Sale ends on 30 September: all pumps half price.</p></div>`),
		noise: []string{"30 September"}},
	{name: "a list in another column before the article stays out",
		page:  page(`<div class="left"><ul><li>Opening hours from 1 October 2025</li><li>Closed on 25 December 2025</li></ul></div><div class="right"><article>` + story + `</article></div>`),
		noise: []string{"1 October 2025", "25 December 2025"}},
	{name: "undated text after the article stays out",
		page:  page(`<article>` + story + `</article><div><h4>Visit us</h4><p>The office is open Monday to Friday, from nine to five, at the front desk.</p></div>`),
		noise: []string{"Visit us", "Monday to Friday"}},
	{name: "the page's title and tagline before the text stay out",
		page:  page(`<div id="content"><h1>The pump recall</h1><div class="sub">From the Ledger, the city's paper since 1901</div><div class="text">` + story + `</div></div>`),
		noise: []string{"since 1901"}},
}

func TestSupplements(t *testing.T) {
	for _, tc := range supplementTests {
		t.Run(tc.name, func(t *testing.T) {
			art, err := Read(strings.NewReader(tc.page), "s.html", Options{articleOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Read(strings.NewReader(tc.page), "s.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Sections) < len(art.Sections) {
				t.Fatalf("%d sections, fewer than the article's %d", len(doc.Sections), len(art.Sections))
			}
			// The article comes first, as it was.
			for i, s := range art.Sections {
				if got := doc.Sections[i]; got.Text != s.Text || got.Kind != s.Kind || got.Pos != s.Pos {
					t.Errorf("article section %d changed: %q at %v, want %q at %v", i, got.Text, got.Pos, s.Text, s.Pos)
				}
			}
			var more, all strings.Builder
			for i, s := range doc.Sections {
				all.WriteString(s.Text + "\n")
				if i < len(art.Sections) {
					continue
				}
				more.WriteString(s.Text + "\n")
				// A supplement has the article's citation and date.
				if s.Citation != art.Sections[0].Citation || s.RefFrom != art.Sections[0].RefFrom || s.RefPos != art.Sections[0].RefPos {
					t.Errorf("supplement %q cited as %+v (%s), want %+v (%s)", s.Text, s.Citation, s.RefFrom, art.Sections[0].Citation, art.Sections[0].RefFrom)
				}
				if s.Pos.Line == 0 || !strings.HasPrefix(tc.page[s.Pos.Offset:], firstWord(s.Text)) {
					t.Errorf("supplement %q: position %d:%d points elsewhere", s.Text, s.Pos.Line, s.Pos.Col)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("page lost %q; it reads:\n%s", w, all.String())
				}
			}
			if len(tc.want) == 0 && more.Len() > 0 {
				t.Errorf("supplements of a page with none:\n%s", more.String())
			}
			for _, n := range tc.noise {
				if strings.Contains(all.String(), n) {
					t.Errorf("page furniture %q read:\n%s", n, all.String())
				}
			}
		})
	}
}

// firstWord is the first word of s, less the punctuation after it.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], ".,:;")
}

// TestSupplementInPost: a box inside a live blog's post is dated by the
// post, as the rest of it.
func TestSupplementInPost(t *testing.T) {
	const p = `<html><head><title>Storm live</title><meta name="date" content="2024-01-21"></head><body><article><h1>Storm live</h1>
<div class="entry"><time datetime="2024-01-21T09:30:00Z">09:30</time><p>The coast road is closed at the harbour after waves broke over the wall overnight.</p>
<aside class="box"><p>The wall was last raised in March 1990, after the great storm of that winter.</p></aside></div>
<div class="entry"><time datetime="2024-01-21T08:10:00Z">08:10</time><p>Trains between the two towns are cancelled until noon because of fallen trees.</p></div>
</article></body></html>`
	doc, err := Read(strings.NewReader(p), "live.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range doc.Sections {
		if strings.Contains(s.Text, "March 1990") {
			found = true
			if s.RefFrom != "heading" || s.Citation.Date.String() != "2024-01-21T09:30Z" {
				t.Errorf("box in a post dated %s (%s), want the post's 2024-01-21T09:30Z (heading)", s.Citation.Date, s.RefFrom)
			}
		}
	}
	if !found {
		t.Error("the box in the post was lost")
	}
}

func TestNumberElements(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>a<b>b</b></p><div><span>c</span></div>`))
	if err != nil {
		t.Fatal(err)
	}
	n := len(numberElements(doc))
	// html, head, body, p, b, div, span
	if n != 7 {
		t.Errorf("numbered %d elements, want 7", n)
	}
	seen := map[int]bool{}
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if i := elementID(x, n); i >= 0 {
			if seen[i] {
				t.Errorf("number %d given twice", i)
			}
			seen[i] = true
		} else if x.Type == html.ElementNode {
			t.Errorf("<%s> has no number", x.Data)
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	c := cloneTree(doc)
	var b1, b2 bytes.Buffer
	if err := html.Render(&b1, doc); err != nil {
		t.Fatal(err)
	}
	if err := html.Render(&b2, c); err != nil {
		t.Fatal(err)
	}
	if b1.String() != b2.String() {
		t.Errorf("clone renders %q, want %q", b2.String(), b1.String())
	}
}

func BenchmarkReadSupplements(b *testing.B) {
	raw, err := os.ReadFile("testdata/keydates.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(raw), "keydates.html", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
