package markdown_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/output/internal/fixture"
	"github.com/chronicle-project/chronicle/output/markdown"
	"github.com/chronicle-project/chronicle/timeline"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		c    *timeline.Chronology
		opt  markdown.Options
	}{
		{"seed.md", fixture.Seed(), markdown.Options{}},
		{"wide.md", fixture.Wide(), markdown.Options{}},
		{"wide-years.md", fixture.Wide(), markdown.Options{Headings: markdown.Years}},
		{"seed-flat.md", fixture.Seed(), markdown.Options{Headings: markdown.None}},
		{"empty.md", &timeline.Chronology{Title: "Nothing yet"}, markdown.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := markdown.Write(&buf, tt.c, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
		})
	}
}

// render writes one event and renders the Markdown to HTML.
func render(t *testing.T, e timeline.Event) (md, html string) {
	t.Helper()
	var buf bytes.Buffer
	if err := markdown.Write(&buf, &timeline.Chronology{Events: []timeline.Event{e}}, markdown.Options{}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := goldmark.Convert(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return buf.String(), out.String()
}

func TestEscaping(t *testing.T) {
	day := fixture.Date("2017-12-13")
	tests := []struct {
		name       string
		title      string
		text       string
		url        string
		wantHTML   []string // substrings the rendered HTML must hold
		forbidHTML []string // substrings it must not
	}{
		{"html tag", "<img src=x onerror=alert(1)>", "a <script>alert(1)</script> b", "",
			[]string{"&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;"}, []string{"<img", "<script"}},
		{"link injection", "[click](javascript:alert(1))", "![x](http://evil/x.png) and <http://evil>", "",
			[]string{"[click](javascript:alert(1))"}, []string{"<a ", "<img"}},
		{"emphasis", "*not bold* __nor this__", "`not code` ~~nor struck~~", "",
			[]string{"*not bold* __nor this__", "`not code` ~~nor struck~~"}, []string{"<em>", "<strong>not", "<strong>nor", "<code>", "<del>"}},
		{"block starters", "# not a heading", "- not a list\n# nor a heading\n> nor a quote", "",
			[]string{"# not a heading", "- not a list # nor a heading &gt; nor a quote"}, []string{"<h1>", "<ul>\n<li>not", "<blockquote>\n<blockquote>"}},
		{"ordered list starter", "t", "1. not a list", "",
			[]string{"1. not a list"}, []string{"<ol>"}},
		{"entity", "&amp; &copy;", "AT&T", "",
			[]string{"&amp;amp; &amp;copy;", "AT&amp;T"}, []string{"©"}},
		{"javascript url", "t", "s", "javascript:alert(1)",
			[]string{"Outlet"}, []string{"href"}},
		{"url with parentheses", "t", "s", "https://example.com/a_(b)?q=<x>",
			[]string{`href="https://example.com/a_%28b%29?q=%3Cx%3E"`}, nil},
		{"unicode", "Ürümqi ✓", "乌鲁木齐 — “quoted”", "",
			[]string{"Ürümqi ✓", "乌鲁木齐 — “quoted”"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := timeline.Event{ID: "x", Span: timeline.Span{Start: day}, Title: tt.title, Text: tt.text,
				Sources: []timeline.Citation{{Outlet: "Outlet", URL: tt.url}}}
			md, html := render(t, e)
			for _, s := range tt.wantHTML {
				if !strings.Contains(html, s) {
					t.Errorf("HTML lacks %q\nMarkdown:\n%s\nHTML:\n%s", s, md, html)
				}
			}
			for _, s := range tt.forbidHTML {
				if strings.Contains(html, s) {
					t.Errorf("HTML holds %q\nMarkdown:\n%s\nHTML:\n%s", s, md, html)
				}
			}
		})
	}
}

func TestItems(t *testing.T) {
	tests := []struct {
		name  string
		event timeline.Event
		want  string
	}{
		{"as written shown", timeline.Event{Span: timeline.Span{Start: fixture.Date("2017-12-13")}, DateText: "on Wednesday", Title: "T"},
			"- **13 December 2017** (“on Wednesday”) — T\n"},
		{"as written same as human", timeline.Event{Span: timeline.Span{Start: fixture.Date("2017-07")}, DateText: "July 2017", Title: "T"},
			"- **July 2017** — T\n"},
		{"range dash", timeline.Event{Span: timeline.Span{Start: fixture.Date("1558"), End: fixture.Date("1603")}, DateText: "1558-1603", Title: "T"},
			"- **1558–1603** — T\n"},
		{"no title: sentence is the item", timeline.Event{Span: timeline.Span{Start: fixture.Date("2017")}, Text: "It happened."},
			"- **2017** — It happened.\n"},
		{"sentence and sources", timeline.Event{Span: timeline.Span{Start: fixture.Date("2017")}, Title: "T", Text: "S.",
			Sources: []timeline.Citation{{Outlet: "A", URL: "https://a.example", Date: fixture.Date("2017-12-13T09:30Z")}, {File: "b.txt"}}},
			"- **2017** — T\n  > S.\\\n  > — [A](https://a.example), 13 December 2017; b.txt\n"},
		{"sources without sentence", timeline.Event{Span: timeline.Span{Start: fixture.Date("2017")}, Title: "T",
			Sources: []timeline.Citation{{Outlet: "A"}}},
			"- **2017** — T — A\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := markdown.Write(&buf, &timeline.Chronology{Events: []timeline.Event{tt.event}}, markdown.Options{Headings: markdown.None}); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestHeadings(t *testing.T) {
	tests := []struct {
		name     string
		values   []string
		headings markdown.Headings
		want     []string
	}{
		{"months", []string{"2017", "2017-07", "2017-07-04", "2017-Q3", "2017-W50", "2017-12-13T15:00"}, markdown.Months,
			[]string{"2017", "July 2017", "Q3 2017", "December 2017"}},
		{"a week across two months is its own", []string{"2025-W44", "2025-11-22", "2025-W48", "2025-11-28", "2025-W49"}, markdown.Months,
			[]string{"Week 44 of 2025", "November 2025", "December 2025"}},
		{"years", []string{"19", "199", "1995-03", "1996-SU", "BC0044-03-15"}, markdown.Years,
			[]string{"The 20th century", "The 1990s", "1995", "1996", "44 BC"}},
		{"decades", []string{"1990-05", "1999", "BC0044", "BC0009", "0079"}, markdown.Decades,
			[]string{"The 1990s", "The 40s BC", "The 0s BC", "The 70s AD"}},
		{"centuries", []string{"BC0044", "BC0450", "1450", "2017-12-13", "2", "BC1"}, markdown.Centuries,
			[]string{"The 1st century BC", "The 5th century BC", "The 15th century", "The 21st century", "The 3rd millennium", "The 2nd millennium BC"}},
		{"a coarser period among a heading's events does not split it", []string{"1764-03", "17", "1764-09", "1769"}, markdown.Auto,
			[]string{"1764", "The 18th century", "1769"}},
		{"a hundredth year BC is its century's first", []string{"BC3000", "BC2901", "BC0100"}, markdown.Centuries,
			[]string{"The 30th century BC", "The 1st century BC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &timeline.Chronology{}
			for _, v := range tt.values {
				c.Events = append(c.Events, timeline.Event{Span: timeline.Span{Start: fixture.Date(v)}, Title: v})
			}
			var buf bytes.Buffer
			if err := markdown.Write(&buf, c, markdown.Options{Headings: tt.headings}); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(buf.String(), "## ") {
				t.Errorf("an untitled document starts with %q, want its first heading", buf.String()[:min(buf.Len(), 10)])
			}
			var got []string
			for _, line := range strings.Split(buf.String(), "\n") {
				if h, ok := strings.CutPrefix(line, "## "); ok {
					got = append(got, h)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("headings %q, want %q", got, tt.want)
			}
		})
	}
}

func TestChoose(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   markdown.Headings
	}{
		{"none dated", []string{"PAST_REF"}, markdown.Months},
		{"one year", []string{"2017-07", "2017-12-13"}, markdown.Months},
		{"two years", []string{"2016-01", "2017-12-13"}, markdown.Months},
		{"three years", []string{"2015", "2017-12-13"}, markdown.Years},
		{"century", []string{"1918", "2017"}, markdown.Years},
		{"centuries", []string{"1558", "2017"}, markdown.Decades},
		{"across BC", []string{"BC0044", "2017"}, markdown.Centuries},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var events []timeline.Event
			for _, v := range tt.values {
				events = append(events, timeline.Event{Span: timeline.Span{Start: fixture.Date(v)}})
			}
			if got := markdown.Choose(events); got != tt.want {
				t.Errorf("Choose = %v, want %v", got, tt.want)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, h := range []markdown.Headings{markdown.Auto, markdown.Years} {
		if err := markdown.Write(failWriter{}, fixture.Wide(), markdown.Options{Headings: h}); err == nil || err.Error() != "disk full" {
			t.Errorf("headings %v: err = %v, want disk full", h, err)
		}
	}
}

// FuzzEscape checks that no document text turns into markup: rendered,
// the item holds no link, image, HTML, emphasis or extra block.
func FuzzEscape(f *testing.F) {
	for _, e := range fixture.Wide().Events {
		f.Add(e.Title, e.Text)
	}
	f.Add("# h", "1) x\n- y\n\n> z")
	f.Fuzz(func(t *testing.T, title, text string) {
		e := timeline.Event{Span: timeline.Span{Start: fixture.Date("2017")}, Title: title, Text: text,
			Sources: []timeline.Citation{{Outlet: "Outlet", URL: "https://example.com"}}}
		md, html := render(t, e)
		if n := strings.Count(html, "<strong>"); n != 1 {
			t.Fatalf("%d <strong>, want only the date's\nMarkdown:\n%s\nHTML:\n%s", n, md, html)
		}
		for _, tag := range []string{"<img", "<em>", "<code>", "<h1", "<h3", "<ol", "<hr", "<pre", "<script", "<table", "<p>\n<ul"} {
			if strings.Contains(html, tag) {
				t.Fatalf("text became markup %s\nMarkdown:\n%s\nHTML:\n%s", tag, md, html)
			}
		}
		if n := strings.Count(html, "<a "); n != 1 {
			t.Fatalf("%d links, want only the source's\nMarkdown:\n%s\nHTML:\n%s", n, md, html)
		}
		if n := strings.Count(html, "<li>"); n != 1 {
			t.Fatalf("%d list items, want 1\nMarkdown:\n%s\nHTML:\n%s", n, md, html)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	c := &timeline.Chronology{}
	for range 100 {
		c.Events = append(c.Events, fixture.Wide().Events...)
	}
	c.Sort()
	var buf bytes.Buffer
	if err := markdown.Write(&buf, c, markdown.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := markdown.Write(&buf, c, markdown.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
