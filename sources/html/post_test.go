package html

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// postTests are pages with and without posts. want lists, for each
// section of the page that belongs to a post, its kind, date and text
// ("body 2024-07-05T05:10+01:00: Labour has won ..."); a page without
// posts wants none.
var postTests = []struct {
	name string
	page string
	want []string
}{
	{name: "live blog, a <time> heading each post",
		page: `<html><head><meta name="date" content="2024-07-04"></head><body><article><h1>Election night live</h1>
<div class="post"><time datetime="2024-07-05T05:10:00+01:00">05:10</time><p>Labour has won a majority, the BBC projects.</p></div>
<div class="post"><time datetime="2024-07-04T23:45:00+01:00">23:45</time><p>The first result came in from Houghton and Sunderland South.</p></div>
</article></body></html>`,
		want: []string{
			"heading 2024-07-05T05:10+01:00: 05:10",
			"body 2024-07-05T05:10+01:00: Labour has won a majority, the BBC projects.",
			"heading 2024-07-04T23:45+01:00: 23:45",
			"body 2024-07-04T23:45+01:00: The first result came in from Houghton and Sunderland South.",
		}},
	{name: "articles with a header, a title and a quote; the intro is the page's",
		page: `<html><body><main><p>Follow the closure of the harbour bridge as it happens today.</p>
<article><header><time datetime="2023-11-14 18:05Z">18:05 GMT</time></header><h3>Mayor promises a crossing</h3><p>Army engineers will build a pontoon crossing.</p><blockquote><p>"Nobody will be cut off," she said.</p></blockquote></article>
<article><header><span><time datetime="2023-11-14T09:45:30-05:00">09:45</time></span></header><p>Inspectors closed the bridge to all traffic.</p></article>
</main></body></html>`,
		want: []string{
			"heading 2023-11-14T18:05Z: 18:05 GMT",
			"heading 2023-11-14T18:05Z: Mayor promises a crossing",
			"body 2023-11-14T18:05Z: Army engineers will build a pontoon crossing.",
			`excerpt 2023-11-14T18:05Z: "Nobody will be cut off," she said.`,
			"heading 2023-11-14T09:45:30-05:00: 09:45",
			"body 2023-11-14T09:45:30-05:00: Inspectors closed the bridge to all traffic.",
		}},
	{name: "a blog's index: entries dated by day",
		page: `<html><body><main>
<article><p><time datetime="2021-09-12">12 September</time></p><p>We lifted the new paddles into place at the mill.</p></article>
<article><p><time datetime="2021-08-30">30 August</time></p><p>The axle arrived from the foundry at last.</p></article>
</main></body></html>`,
		want: []string{
			"heading 2021-09-12: 12 September",
			"body 2021-09-12: We lifted the new paddles into place at the mill.",
			"heading 2021-08-30: 30 August",
			"body 2021-08-30: The axle arrived from the foundry at last.",
		}},
	{name: "one dated article is not a post",
		page: `<html><body><article><time datetime="2019-04-02T07:15:00+02:00">2 April 2019</time><h1>Floods recede</h1><p>The river fell below its warning level on Monday night.</p></article></body></html>`},
	{name: "times in sentences do not head posts",
		page: `<html><body><article><p><time datetime="1887-01-28">On 28 January 1887</time> construction began on the tower.</p><p><time datetime="1889-03-31">On 31 March 1889</time> the engineer climbed to the top.</p></article></body></html>`},
	{name: "a list of dated links is not a page of posts",
		page: `<html><body><article><p>The council met on Tuesday to discuss the harbour bridge and the ferry timetable.</p><ul>
<li><time datetime="2023-10-02">2 Oct</time> <a href="/a">Bridge repainting delayed until the spring</a></li>
<li><time datetime="2023-09-18">18 Sep</time> <a href="/b">Ferry timetable changes for the winter</a></li></ul></article></body></html>`},
	{name: "a time that is only a month heads no post",
		page: `<html><body><article><div><time datetime="2023-10">October</time><p>The bridge was repainted in the autumn.</p></div><div><time datetime="2023-09">September</time><p>The ferry timetable changed for the winter.</p></div></article></body></html>`},
	{name: "update times head no post",
		page: `<html><body><article><div><time class="updated" datetime="2023-10-02T10:00Z">10:00</time><p>The bridge was repainted in the autumn.</p></div><div><time class="updated" datetime="2023-10-02T11:00Z">11:00</time><p>The ferry timetable changed for the winter.</p></div></article></body></html>`},
}

func TestPosts(t *testing.T) {
	kinds := [...]string{"body", "excerpt", "citation", "heading"}
	for _, tc := range postTests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tc.page), "p.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range doc.Sections {
				if s.RefFrom != "heading" {
					if s.Statement {
						t.Errorf("section %q outside a post is a statement", s.Text)
					}
					continue
				}
				got = append(got, kinds[s.Kind]+" "+s.Citation.Date.String()+": "+s.Text)
				if s.RefPos.Line == 0 || !strings.HasPrefix(tc.page[s.RefPos.Offset:], strings.Fields(got[len(got)-1])[1][:10]) {
					t.Errorf("section %q: the date's position %d:%d points elsewhere", s.Text, s.RefPos.Line, s.RefPos.Col)
				}
				if want := s.Kind == timeline.Body; s.Statement != want {
					t.Errorf("section %q: statement %v, want %v", s.Text, s.Statement, want)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestParseDatetime(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when it dates no post
		prec timeline.Precision
	}{
		{"2024-07-05T05:10:00+01:00", "2024-07-05T05:10+01:00", timeline.Minute},
		{"2024-07-05T05:10+01:00", "2024-07-05T05:10+01:00", timeline.Minute},
		{"2024-07-05T05:10:30.250Z", "2024-07-05T05:10:30Z", timeline.Second},
		{"2024-07-05 05:10", "2024-07-05T05:10", timeline.Minute},
		{"2024-07-05T05:10-0430", "2024-07-05T05:10-04:30", timeline.Minute},
		{"2024-07-05", "2024-07-05", timeline.Day},
		{" 2024-07-05 ", "2024-07-05", timeline.Day},
		{"2024-07", "", 0},
		{"2024", "", 0},
		{"05:10", "", 0},
		{"PT2H", "", 0},
		{"2024-02-30", "", 0},
		{"2024-07-05T25:10", "", 0},
		{"yesterday", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := parseDatetime(tc.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tc.want || ok && d.Prec != tc.prec {
				t.Errorf("parseDatetime(%q) = %q (%s), want %q (%s)", tc.in, got, d.Prec, tc.want, tc.prec)
			}
		})
	}
}
