package html

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// postTests are pages with and without posts. want lists, for each
// section of the page that belongs to a post, its kind, date and text
// ("body 2024-07-05T05:10+01:00: Labour has won ..."); a page without
// posts wants none.
var postTests = []struct {
	name  string
	page  string
	want  []string
	clock bool // the posts are headed by times of day, and their positions point at them
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
	{name: "a flat live blog: a line holding a time of day heads the paragraphs after it, on the page's day",
		clock: true,
		page: `<html><head><title>Storm live</title><meta property="article:published_time" content="2023-11-02T06:05:00+00:00"></head><body><article><h1>Storm live</h1>
<p>09:30</p><p>The line was closed overnight.</p><p>Trains will run again later.</p>
<p>07:15</p><p>The storm was named by forecasters.</p></article></body></html>`,
		want: []string{
			"heading 2023-11-02T09:30Z: 09:30",
			"body 2023-11-02T09:30Z: The line was closed overnight.\n\nTrains will run again later.",
			"heading 2023-11-02T07:15Z: 07:15",
			"body 2023-11-02T07:15Z: The storm was named by forecasters.",
		}},
	{name: "a day heading dates the times under it, up to the next one",
		clock: true,
		page: `<html><head><meta property="article:published_time" content="2025-01-24T06:05:00+00:00"></head><body><article><h1>Storm live</h1>
<h2>Friday 24 January 2025</h2><p>06:05</p><p>A red warning is in force.</p>
<h2>Saturday 25 January 2025</h2><p>08:10</p><p>Clear-up operations began at first light.</p></article></body></html>`,
		want: []string{
			"heading 2025-01-24T06:05Z: 06:05",
			"body 2025-01-24T06:05Z: A red warning is in force.",
			"heading 2025-01-25T08:10Z: 08:10",
			"body 2025-01-25T08:10Z: Clear-up operations began at first light.",
		}},
	{name: "live blog entries headed by a time of day; the clock going back past midnight is the next day",
		clock: true,
		page: `<html><head><meta property="article:published_time" content="2024-07-04T22:00:00+01:00"></head><body><main><article><h1>Election night live</h1>
<div class="post"><p class="ts">1.05am</p><p>Labour has passed the 326 seats it needs for a majority.</p></div>
<div class="post"><p class="ts"><strong>23:40</strong></p><p>The first result came in from Houghton and Sunderland South.</p></div>
<div class="post"><p class="ts">22:00 GMT</p><p>The polls have closed and the exit poll has been published.</p></div>
</article></main></body></html>`,
		want: []string{
			"heading 2024-07-05T01:05+01:00: 1.05am",
			"body 2024-07-05T01:05+01:00: Labour has passed the 326 seats it needs for a majority.",
			"heading 2024-07-04T23:40+01:00: 23:40",
			"body 2024-07-04T23:40+01:00: The first result came in from Houghton and Sunderland South.",
			"heading 2024-07-04T22:00Z: 22:00 GMT",
			"body 2024-07-04T22:00Z: The polls have closed and the exit poll has been published.",
		}},
	{name: "times of day head no posts on a page with no date",
		page: `<html><body><article><h1>Storm live</h1><p>09:30</p><p>The line was closed overnight.</p><p>07:15</p><p>The storm was named by forecasters.</p></article></body></html>`},
	{name: "one time of day heading paragraphs is not a page of posts",
		page: `<html><head><meta name="date" content="2023-11-02"></head><body><article><h1>Timetable</h1><p>09:30</p><p>The first train leaves the north station for the coast.</p></article></body></html>`},
	{name: "one post of a live blog, its <time> heading the element named post",
		page: `<html><head><title>Election live</title></head><body><article><h1>Election live</h1><div class="post"><time datetime="2024-07-05T05:10:00+01:00">05:10</time><p>Labour has won a majority.</p></div></article></body></html>`,
		want: []string{
			"heading 2024-07-05T05:10+01:00: 05:10",
			"body 2024-07-05T05:10+01:00: Labour has won a majority.",
		}},
	{name: "a blog's one article named post is no live post",
		page: `<html><body><article class="post"><time datetime="2021-09-12T19:02:00+01:00">12 September 2021</time><h1>The mill wheel</h1><p>We finally lifted the new oak paddles into place on Saturday.</p></article></body></html>`},
	{name: "a flat page: <time> elements head the paragraphs after them",
		page: `<html><body><article><h1>Election live</h1><time datetime="2024-07-05T05:10:00+01:00">05:10</time><p>Labour has won a majority.</p>
<time datetime="2024-07-05T04:30:00+01:00">04:30</time><p>The Conservatives have lost a string of seats.</p></article></body></html>`,
		want: []string{
			"heading 2024-07-05T05:10+01:00: 05:10",
			"body 2024-07-05T05:10+01:00: Labour has won a majority.",
			"heading 2024-07-05T04:30+01:00: 04:30",
			"body 2024-07-05T04:30+01:00: The Conservatives have lost a string of seats.",
		}},
	{name: "update times head no post",
		page: `<html><body><article><div><time class="updated" datetime="2023-10-02T10:00Z">10:00</time><p>The bridge was repainted in the autumn.</p></div><div><time class="updated" datetime="2023-10-02T11:00Z">11:00</time><p>The ferry timetable changed for the winter.</p></div></article></body></html>`},
}

func TestPosts(t *testing.T) {
	kinds := [...]string{"body", "excerpt", "citation", "heading"}
	for _, tc := range postTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := readPage(t, tc.page)
			var got []string
			for _, s := range doc.Sections {
				if s.RefFrom != "heading" {
					if s.Statement {
						t.Errorf("section %q outside a post is a statement", s.Text)
					}
					continue
				}
				got = append(got, kinds[s.Kind]+" "+s.Citation.Date.String()+": "+s.Text)
				at := tc.page[s.RefPos.Offset:]
				if s.RefPos.Line == 0 || !strings.HasPrefix(at, strings.Fields(got[len(got)-1])[1][:10]) && !(tc.clock && clockAt.MatchString(at)) {
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

// clockAt matches a time of day at the start of a text.
var clockAt = regexp.MustCompile(`^\d{1,2}[:.]\d\d`)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		want string // "15:04" and the zone in minutes, "" when it is no time of day
	}{
		{"09:30", "09:30"},
		{"9:30", "09:30"},
		{"16.45", "16:45"},
		{"9:30am", "09:30"},
		{"12:15 am", "00:15"},
		{"4.45 p.m.", "16:45"},
		{"12.05pm", "12:05"},
		{"09:45 GMT", "09:45 +0"},
		{"22:00 BST", "22:00 +60"},
		{"07:00 EDT", "07:00 -240"},
		{"3.5", ""},
		{"24:10", ""},
		{"13:30pm", ""},
		{"10:75", ""},
		{"1,200", ""},
		{"09:30 Trains resume", ""},
		{"2024", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, ok := parseClock(tc.in)
			got := ""
			if ok {
				got = fmt.Sprintf("%02d:%02d", c.hour, c.minute)
				if c.hasZone {
					got += fmt.Sprintf(" %+d", c.zone)
				}
			}
			if got != tc.want {
				t.Errorf("parseClock(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestClockDays(t *testing.T) {
	tests := []struct {
		name   string
		clocks []string
		want   []int
	}{
		{"backwards in one day", []string{"16:45", "14:20", "09:30", "06:05"}, []int{0, 0, 0, 0}},
		{"backwards past midnight", []string{"01:05", "00:20", "23:40", "22:00"}, []int{1, 1, 0, 0}},
		{"forwards past midnight", []string{"22:00", "23:40", "00:20", "01:05"}, []int{0, 0, 1, 1}},
		{"a pinned post out of order is the same day", []string{"06:10", "16:45", "14:20", "09:30"}, []int{0, 0, 0, 0}},
		{"two days backwards", []string{"00:10", "23:00", "00:30", "23:50"}, []int{2, 1, 1, 0}},
		{"one post", []string{"07:15"}, []int{0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ks := make([]clock, len(tc.clocks))
			for i, s := range tc.clocks {
				k, ok := parseClock(s)
				if !ok {
					t.Fatalf("parseClock(%q) failed", s)
				}
				ks[i] = k
			}
			if got := clockDays(ks); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("clockDays(%v) = %v, want %v", tc.clocks, got, tc.want)
			}
		})
	}
}

// readPage reads an HTML page of a table test as the file p.html.
func readPage(t *testing.T, page string) *timeline.Document {
	t.Helper()
	doc, err := Read(strings.NewReader(page), "p.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
