package html

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
	"golang.org/x/net/html"
)

func parseForMeta(s string) (*html.Node, error) { return html.Parse(strings.NewReader(s)) }

func readFile(t testing.TB, path string, opt Options) (*timeline.Document, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Read(f, filepath.Base(path), opt)
}

func dump(doc *timeline.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title %q\n", doc.Title)
	for i, s := range doc.Sections {
		c := s.Citation
		if i == 0 {
			fmt.Fprintf(&b, "citation title=%q outlet=%q url=%q date=%s ref_from=%q ref_pos=%d:%d\n",
				c.Title, c.Outlet, c.URL, c.Date, s.RefFrom, s.RefPos.Line, s.RefPos.Col)
		}
		kind := [...]string{"body", "excerpt", "citation", "heading"}[s.Kind]
		own := ""
		if s.RefFrom != "" && s.RefFrom != "metadata" {
			// A post, dated by its own time, or a dated item by its line.
			own = fmt.Sprintf(" date=%s ref_from=%q ref_pos=%d:%d", c.Date, s.RefFrom, s.RefPos.Line, s.RefPos.Col)
		}
		if s.Statement {
			own += " statement"
		}
		fmt.Fprintf(&b, "--- %s %d:%d%s\n%s\n", kind, s.Pos.Line, s.Pos.Col, own, s.Text)
		for _, c := range s.Code {
			fmt.Fprintf(&b, "code %q\n", s.Text[c[0]:c[1]])
		}
	}
	return b.String()
}

func TestReadGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	if err != nil || len(files) < 6 {
		t.Fatalf("test pages: %v, %v", files, err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, err := readFile(t, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := dump(doc)
			golden.CheckString(t, strings.TrimSuffix(path, ".html")+".golden", got)
		})
	}
}

// TestArticleOnly is the measurement the extractor was chosen by: every
// sentence of the article is kept, and nothing of the navigation, the
// related stories (with their dates), comments or the copyright footer.
func TestArticleOnly(t *testing.T) {
	tests := []struct {
		page  string
		want  []string
		noise []string
	}{
		{"news.html",
			[]string{"collecting DNA samples", "programme of free medical checks", "did not appear to be voluntary", "gross violation", "did not answer questions sent on Tuesday", "intensified in 2016", "Concerns over consent"},
			[]string{"Home", "BREAKING", "Geneva talks", "Border crossing", "New party secretary appointed", "reader42", "back in 2014", "about time", "© 2019", "Founded in 1952", "Privacy policy"}},
		{"jsonld.html",
			[]string{"regular press conference on Thursday", "not aware of the details", "competent authorities"},
			[]string{"Latest", "Floods on 12 August", "Summit of 4 May", "Copyright 2021", "last updated"}},
		{"timetag.html",
			[]string{"below its warning level", "peaked on March 26", "floods of 2002"},
			[]string{"Front page", "Weather", "1954", "© 2019", "3 comments"}},
		{"urldate.html",
			[]string{"voted by a large majority", "second half of 2017", "March 2012"},
			[]string{"Contact", "Open day", "Public meeting", "2016-2022"}},
		{"inline-related.html",
			[]string{"returned to the container terminal", "raises wages by four percent", "diverted more than forty vessels", "fresh fruit were hit hardest"},
			[]string{"Subscribe", "cranes arrived", "Share on social media", "Maria K.", "summer of 2018", "strike in 1995", "Record container volumes", "Dredging", "Union elects", "Coastal Media 2018", "Registered in 1987"}},
		{"short.html", []string{"reopened to traffic on Monday"}, []string{"Home", "Archive", "© 2020"}},
		{"compilation.html",
			[]string{"Commentary:", "police collect pictures", "aged 12 to 65", "The Himalayan Times, 13 December 2017", "not aware of the report", "Ministry of Foreign Affairs, 14 December 2017", "Excerpt 2"},
			[]string{"Issues", "Regions", "© 2018"}},
		{"cp1252.html", []string{"“terrace tax”", "€35 per square metre", "owners’ association"}, []string{"Home", "© 2016"}},
		{"wiki.html",
			[]string{"Born: Marta Elin Lindqvist, 12 April 1921", "measured how much carbon", "studied chemistry at Uppsala from 1940", "1963–1964 – A year of monthly sampling", "elected to the Royal Academy"},
			[]string{"Main page", "Random article", "last edited", "Station"}},
		{"sidebar.html",
			[]string{"Sleeper trains will run again", "cut in June 2013", "The first train leaves on 3 April"},
			[]string{"News", "Sport", "More from Transport", "Bus fares", "Airport runway", "Cycle lane", "Founded in 1911"}},
		{"blog.html",
			[]string{"new oak paddles", "flood of 1968", "May 2019 – Oak paddles; Supplier: A sawmill near Hereford.", "by Easter"},
			[]string{"Notes from the Riverbank", "grandfather", "visitors next summer", "2 thoughts", "Powered by"}},
		{"keydates.html",
			[]string{"withdrew the operator's licence", "built in 1987", "Key dates", "April 2019 — the operator orders a new ship", "17 May 2024 — the licence is withdrawn"},
			[]string{"We use cookies", "News", "Sport", "Most read", "Harbour wall", "kayakers", "Founded in 1899"}},
		{"keydates-inside.html",
			[]string{"opens its doors on Saturday", "Volunteers shelved the first books", "Timeline", "1984: The reading room closes.", "21 September 2021: The council buys the grain store.", "What happens next", "spring 2024"},
			[]string{"Share", "Email", "Market Square", "All rights reserved"}},
		{"furniture.html",
			[]string{"voted on Tuesday to build a tram line", "30,000 passengers", "compensation during the works"},
			[]string{"Wednesday, 9 November 2022", "Accept our cookies", "Home", "morning briefing", "Related", "Tram plan delayed", "Consultation opens", "Bus lanes", "public vote", "2 comments", "waited since 1999", "More from City", "Parking fees", "Market hall", "Advertisement", "City Press", "About us"}},
		{"liveblog.html",
			[]string{"Follow the closure", "last ferry of the night", "pontoon crossing", "Nobody will be cut off", "crack in a bearing"},
			[]string{"Home", "Traffic", "Related", "repainting", "timetable", "© 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.page, func(t *testing.T) {
			doc, err := readFile(t, "testdata/"+tc.page, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, s := range doc.Sections {
				all.WriteString(s.Text)
				all.WriteString("\n")
			}
			for _, w := range tc.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("article lost %q", w)
				}
			}
			for _, n := range tc.noise {
				if strings.Contains(all.String(), n) {
					t.Errorf("article holds page furniture %q", n)
				}
			}
		})
	}
}

func TestPublicationDate(t *testing.T) {
	page := func(head, body string) string {
		return "<html><head>" + head + "</head><body>" + body + "</body></html>"
	}
	tests := []struct {
		name string
		html string
		url  string
		want string
		from string
	}{
		{name: "meta published, modified first",
			html: page(`<meta property="article:modified_time" content="2018-01-05T11:00:00Z"><meta property="article:published_time" content="2017-12-13T23:30:00-05:00">`, ""),
			want: "2017-12-13", from: "meta article:published_time"},
		{name: "json-ld published, modified first",
			html: page(`<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2020-02-01","datePublished":"2017-12-14T16:20:00Z"}</script>`, ""),
			want: "2017-12-14", from: "json-ld datePublished"},
		{name: "json-ld graph",
			html: page(`<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"W"},{"@type":"Article","datePublished":"2016-02-29"}]}</script>`, ""),
			want: "2016-02-29", from: "json-ld datePublished"},
		{name: "json-ld only modified",
			html: page(`<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2020-02-01"}</script>`, ""),
			want: "", from: ""},
		{name: "meta only modified",
			html: page(`<meta property="article:modified_time" content="2018-01-05"><meta property="og:updated_time" content="2018-01-05">`, ""),
			want: "", from: ""},
		{name: "meta name date",
			html: page(`<meta name="date" content="2018-03-09">`, ""), want: "2018-03-09", from: "meta date"},
		{name: "rfc1123 meta",
			html: page(`<meta name="pubdate" content="Wed, 13 Dec 2017 09:30:00 GMT">`, ""), want: "2017-12-13", from: "meta pubdate"},
		{name: "spelled-out meta date with time",
			html: page(`<meta property="article:published_time" content="December 13, 2017 9:30 am">`, ""), want: "2017-12-13", from: "meta article:published_time"},
		{name: "meta date without a year refused",
			html: page(`<meta property="article:published_time" content="December 13"><meta name="date" content="2017-12-14">`, ""), want: "2017-12-14", from: "meta date"},
		{name: "time in article, update skipped",
			html: page("", `<article><p><time class="updated" datetime="2019-04-03">3 April</time> <time datetime="2019-04-02T07:15:00+02:00">2 April</time></p></article>`),
			want: "2019-04-02", from: "time element"},
		{name: "time in sidebar ignored",
			html: page("", `<aside><time datetime="2011-03-03">March 3, 2011</time></aside><article><p>Text.</p></article>`),
			want: "", from: ""},
		{name: "itemprop datePublished",
			html: page("", `<span itemprop="datePublished" content="2015-06-20">June 20</span>`), want: "2015-06-20", from: "itemprop datePublished"},
		{name: "url day", html: page(`<link rel="canonical" href="https://x.example/news/2016/09/21/tram/">`, ""),
			want: "2016-09-21", from: "url"},
		{name: "url given", html: page("", ""), url: "https://x.example/2017/12/13/story.html", want: "2017-12-13", from: "url"},
		{name: "url month", html: page("", ""), url: "https://x.example/2017/12/story", want: "2017-12", from: "url"},
		{name: "url not a date", html: page("", ""), url: "https://x.example/items/4000/12/13", want: "", from: ""},
		{name: "metadata wins over url",
			html: page(`<meta property="article:published_time" content="2017-12-14">`, ""), url: "https://x.example/2017/12/13/a",
			want: "2017-12-14", from: "meta article:published_time"},
		{name: "time in body text is a date the text mentions",
			html: page("", `<main><h1>History of the tower</h1><p>Construction began on <time datetime="1887-01-28">28 January 1887</time> and took two years.</p><p>The museum reopened <time datetime="2023-05-20">last month</time>.</p></main>`),
			want: "", from: ""},
		{name: "time in a list item of the text",
			html: page("", `<article><ul><li>The bridge was closed on <time datetime="2019-03-02">2 March</time> after a flood.</li></ul></article>`),
			want: "", from: ""},
		{name: "time alone under the headline",
			html: page("", `<article><h1>Floods recede</h1><p><time datetime="2019-04-02">2 April 2019</time></p><p>The river fell on <time datetime="2019-04-01">Monday</time>.</p></article>`),
			want: "2019-04-02", from: "time element"},
		{name: "an entry's time in a listing is not the page's",
			html: page("", `<main><h1>Upcoming events</h1><ul><li><h3>Steam Day</h3><p><time datetime="2024-11-16">Saturday 16 November 2024</time></p><p>Watch the engine run.</p></li></ul></main>`),
			want: "", from: ""},
		{name: "a time and a team set apart under the headline",
			html: page("", `<main><h1>Photon Studio 12.4 is now available</h1><p><time datetime="2024-05-21">May 21, 2024</time> · Release team</p><p>Today we are releasing Photon Studio 12.4.</p></main>`),
			want: "2024-05-21", from: "time element"},
		{name: "a time in a sentence with a dash is the text's",
			html: page("", `<main><h1>History</h1><p><time datetime="1887-01-28">28 January 1887</time> – construction began on the tower and took two years.</p></main>`),
			want: "", from: ""},
		{name: "byline line",
			html: page("", `<article><p>By Jane Doe, <time datetime="2020-02-09T07:30:00Z">Sun 9 Feb 2020 07.30 GMT</time></p><p>Storm <time datetime="2020-02-15">Dennis</time> follows.</p></article>`),
			want: "2020-02-09", from: "time element"},
		{name: "byline class",
			html: page("", `<main><div class="byline">Tomas Berg, political correspondent · <time datetime="2022-03-08T07:30:00+01:00">8 March</time></div><p>Text.</p></main>`),
			want: "2022-03-08", from: "time element"},
		{name: "article header",
			html: page("", `<article><header><h1>H</h1><span>Filed from Oslo <time datetime="2018-05-04">4 May</time> with reporting by two colleagues</span></header><p>Text.</p></article>`),
			want: "2018-05-04", from: "time element"},
		{name: "class published wins over the header",
			html: page("", `<article><header><time datetime="2018-05-01">1 May</time></header><p>Posted on <time class="entry-date published" datetime="2018-05-04">4 May</time></p></article>`),
			want: "2018-05-04", from: "time element"},
		{name: "a page class naming the author is not a byline",
			html: page("", `<body class="archive author-jane"><main><p>Our visit began on <time datetime="2015-06-01">1 June</time> at the harbour.</p></main></body>`),
			want: "", from: ""},
		{name: "times heading live-blog posts date the posts, not the page",
			html: page("", `<article><h1>Live</h1><div><time datetime="2024-07-05T05:10:00+01:00">05:10</time><p>Labour has won a majority, the BBC projects.</p></div><div><time datetime="2024-07-04T23:45:00+01:00">23:45</time><p>The first result came in from Sunderland.</p></div></article>`),
			want: "", from: ""},
		// What the usual generators write.
		{name: "pandoc, Quarto, docutils: dcterms.date",
			html: page(`<meta name="author" content="A. Clerk"><meta name="dcterms.date" content="2023-11-20">`, `<header id="title-block-header"><h1 class="title">Inquiry</h1><p class="date">November 20, 2023</p></header><p>The chair wrote last month.</p>`),
			want: "2023-11-20", from: "meta dcterms.date"},
		{name: "pandoc date as written",
			html: page(`<meta name="dcterms.date" content="November 20, 2023">`, ""), want: "2023-11-20", from: "meta dcterms.date"},
		{name: "Dublin Core in capitals",
			html: page(`<meta name="DC.Date.Issued" content="2019-05-02">`, ""), want: "2019-05-02", from: "meta dc.date.issued"},
		{name: "RDFa dcterms:issued",
			html: page(`<meta property="dcterms:issued" content="2021-10-07">`, ""), want: "2021-10-07", from: "meta dcterms:issued"},
		{name: "Highwire citation_publication_date with slashes",
			html: page(`<meta name="citation_title" content="T"><meta name="citation_publication_date" content="2022/03/14">`, ""),
			want: "2022-03-14", from: "meta citation_publication_date"},
		{name: "Highwire citation_online_date",
			html: page(`<meta name="citation_online_date" content="2022/02/28">`, ""), want: "2022-02-28", from: "meta citation_online_date"},
		{name: "PRISM publicationDate",
			html: page(`<meta name="prism.publicationDate" content="2020-06-30">`, ""), want: "2020-06-30", from: "meta prism.publicationdate"},
		{name: "Hugo schema meta itemprop, modified first",
			html: page(`<meta itemprop="dateModified" content="2024-02-01T10:00:00+01:00"><meta itemprop="datePublished" content="2023-12-24T09:00:00+01:00">`, ""),
			want: "2023-12-24", from: "meta datepublished"},
		{name: "an issued date wins over a general date before it",
			html: page(`<meta name="date" content="2023-01-05"><meta name="DC.date.issued" content="2023-01-04">`, ""),
			want: "2023-01-04", from: "meta dc.date.issued"},
		{name: "citation_publication_date wins over citation_date",
			html: page(`<meta name="citation_date" content="2018/01/09"><meta name="citation_publication_date" content="2018/02/01">`, ""),
			want: "2018-02-01", from: "meta citation_publication_date"},
		{name: "a creation date only when nothing else",
			html: page(`<meta name="dcterms.created" content="2020-01-01"><meta name="dcterms.date" content="2020-02-01">`, ""),
			want: "2020-02-01", from: "meta dcterms.date"},
		{name: "a creation date alone",
			html: page(`<meta name="DCTERMS.created" content="2020-01-01">`, ""), want: "2020-01-01", from: "meta dcterms.created"},
		{name: "modification dates are not the page's",
			html: page(`<meta name="dcterms.modified" content="2024-05-01"><meta property="og:updated_time" content="2024-05-01T08:00:00Z"><meta name="last-modified" content="2024-05-01">`, ""),
			want: "", from: ""},
		{name: "a modification before dcterms.date",
			html: page(`<meta property="og:updated_time" content="2024-05-01T08:00:00Z"><meta name="dcterms.date" content="2023-11-20">`, ""),
			want: "2023-11-20", from: "meta dcterms.date"},
		{name: "json-ld value object",
			html: page(`<script type="application/ld+json">{"@type":"BlogPosting","datePublished":{"@value":"2021-04-09","@type":"Date"}}</script>`, ""),
			want: "2021-04-09", from: "json-ld datePublished"},
		{name: "json-ld video uploadDate",
			html: page(`<script type="application/ld+json">{"@type":"VideoObject","name":"Launch","uploadDate":"2024-03-02T18:00:00Z"}</script>`, ""),
			want: "2024-03-02", from: "json-ld uploadDate"},
		{name: "json-ld datePublished wins over uploadDate",
			html: page(`<script type="application/ld+json">[{"@type":"VideoObject","uploadDate":"2024-03-01"},{"@type":"NewsArticle","datePublished":"2024-03-02"}]</script>`, ""),
			want: "2024-03-02", from: "json-ld datePublished"},
		{name: "json-ld article dateCreated",
			html: page(`<script type="application/ld+json">{"@type":"Article","dateCreated":"2019-08-30","dateModified":"2021-01-01"}</script>`, ""),
			want: "2019-08-30", from: "json-ld dateCreated"},
		{name: "json-ld website dateCreated is not the page's",
			html: page(`<script type="application/ld+json">{"@type":"WebSite","name":"W","dateCreated":"2009-01-01"}</script>`, ""),
			want: "", from: ""},
		{name: "meta date wins over json-ld dateCreated",
			html: page(`<script type="application/ld+json">{"@type":"Article","dateCreated":"2019-08-30"}</script><meta name="date" content="2019-09-02">`, ""),
			want: "2019-09-02", from: "meta date"},
		{name: "the address wins over a creation",
			html: page(`<script type="application/ld+json">{"@type":"Article","dateCreated":"2019-08-30"}</script>`, ""), url: "https://x.example/2019/09/02/a",
			want: "2019-09-02", from: "url"},
		{name: "WordPress: a post never revised is marked published and updated",
			html: page("", `<article><header class="entry-header"><h1>Tide tables</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="/tide-tables/"><time class="entry-date published updated" datetime="2022-06-14T08:00:00+01:00">14 June 2022</time></a></span></div></header><p>Text.</p></article>`),
			want: "2022-06-14", from: "time element"},
		{name: "WordPress: a revised post, its update first",
			html: page("", `<article><div class="entry-meta"><time class="updated" datetime="2023-01-02T08:00:00+00:00">2 January 2023</time><time class="entry-date published" datetime="2022-06-14T08:00:00+01:00">14 June 2022</time></div><p>Text.</p></article>`),
			want: "2022-06-14", from: "time element"},
		{name: "hAtom abbr published",
			html: page("", `<article><footer class="post-info"><abbr class="published" title="2013-07-21T10:00:00+02:00">Sun 21 July 2013</abbr><abbr class="updated" title="2014-01-01T00:00:00+01:00">1 Jan 2014</abbr></footer><p>Text.</p></article>`),
			want: "2013-07-21", from: "abbr published"},
		{name: "an abbr not marked published",
			html: page("", `<article><p>The <abbr title="2013-07-21">WHO</abbr> met.</p></article>`),
			want: "", from: ""},
		{name: "a byline's date in its text",
			html: page("", `<article><h1>Club AGM report</h1><p class="byline">Posted by the Club Secretary, 24 April 2025</p><p>The AGM was held on Tuesday.</p></article>`),
			want: "2025-04-24", from: "byline"},
		{name: "a byline's update stamp is no publication",
			html: page("", `<article><h1>Club AGM report</h1><p class="byline">Updated 26 April 2025</p><p>The AGM was held on Tuesday.</p></article>`),
			want: "", from: ""},
		{name: "invalid date skipped",
			html: page(`<meta property="article:published_time" content="2017-02-30"><meta name="date" content="2017-03-01">`, ""),
			want: "2017-03-01", from: "meta date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseForMeta(tc.html)
			if err != nil {
				t.Fatal(err)
			}
			markPosts(doc)
			m := readMeta(doc, tc.url)
			if got := m.Date.String(); got != tc.want || m.DateFrom != tc.from {
				t.Errorf("date = %q from %q, want %q from %q", got, m.DateFrom, tc.want, tc.from)
			}
		})
	}
}

// TestTitleAndSite: a page's headline and its site's name from its <title>
// and metadata, and the date a <title> ends with.
func TestTitleAndSite(t *testing.T) {
	tests := []struct {
		name, head  string
		title, site string
		date        string // the page's date, "" for none
		h1          string // the page's headline, "" for none
	}{
		{"og", `<title>X | Y</title><meta property="og:title" content="Headline"><meta property="og:site_name" content="Site">`, "Headline", "Site", "", ""},
		{"title split", `<title>Bridge reopens | Town Notes</title>`, "Bridge reopens", "Town Notes", "", ""},
		{"title dash", `<title>Port strike ends after nine days — Harbour Times</title>`, "Port strike ends after nine days", "Harbour Times", "", ""},
		{"title alone", `<title>Spring floods recede</title>`, "Spring floods recede", "", "", ""},
		{"json-ld publisher", `<title>A</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","publisher":{"name":"P"}}</script>`, "H", "P", "", ""},
		// a tail that numbers an instalment of the story ("Update 3",
		// "Part 2") belongs to the headline and is no site's name; a
		// site's name after the instalment still splits off
		{"update n", `<title>Legionnaires' Disease Cluster in Brookfield – Update 3</title>`, "Legionnaires' Disease Cluster in Brookfield – Update 3", "", "", ""},
		{"part n", `<title>The long road home - Part 2</title>`, "The long road home - Part 2", "", "", ""},
		{"site after the instalment", `<title>Flood recovery – Update 4 | Valley Herald</title>`, "Flood recovery – Update 4", "Valley Herald", "", ""},
		{"a site with a number", `<title>Storm closes the coast road – Radio 4</title>`, "Storm closes the coast road", "Radio 4", "", ""},
		// a tail that says what kind of page it is ("Funding Call",
		// "Press Release") names no site
		{"a funding call", `<title>Seed Fund for Community Energy — Funding Call</title>`, "Seed Fund for Community Energy", "", "", ""},
		{"a call for proposals", `<title>Coastal Resilience 2026 - Call for Proposals</title>`, "Coastal Resilience 2026", "", "", ""},
		{"a press release, then the site", `<title>Harbour reopens - Press Release | Port Authority</title>`, "Harbour reopens - Press Release", "Port Authority", "", ""},
		{"a site whose name is no page kind", `<title>Seed Fund for Community Energy — Energy Trust</title>`, "Seed Fund for Community Energy", "Energy Trust", "", ""},
		// nor does a date at its end ("The Good Shepherd Messenger — May
		// 12, 2024"), which dates the page when nothing else does
		{"a newsletter's issue, dated by a meta", `<title>The Good Shepherd Messenger — May 12, 2024</title><meta name="date" content="2024-05-12">`, "The Good Shepherd Messenger", "", "2024-05-12", ""},
		{"the title's date alone", `<title>The Good Shepherd Messenger — May 12, 2024</title>`, "The Good Shepherd Messenger", "", "2024-05-12", ""},
		{"a day first", `<title>Parish Notes | 3 March 2024</title>`, "Parish Notes", "", "2024-03-03", ""},
		{"a site's name still", `<title>Softball team wins opener - Good Shepherd</title>`, "Softball team wins opener", "Good Shepherd", "", ""},
		{"a month", `<title>The Good Shepherd Messenger — May 2024</title>`, "The Good Shepherd Messenger", "", "2024-05", ""},
		{"a name with a month in it", `<title>Parish picnic - May Fair</title>`, "Parish picnic", "May Fair", "", ""},
		// a tail that says what kind of page it is ("Exhibition",
		// "Events") names no site, even after the page's own headline; a
		// site's name with such a word in it still does
		{"an exhibition", `<title>Ice Age Britain: Life at the Edge — Exhibition</title>`, "Ice Age Britain: Life at the Edge", "", "", "Ice Age Britain: Life at the Edge"},
		{"a lecture series' events", `<title>Rivers of the North — Events</title>`, "Rivers of the North", "", "", ""},
		{"an exhibition's programme", `<title>Bronze Age Gold | Exhibition Programme</title>`, "Bronze Age Gold", "", "", ""},
		{"a museum's name is a site", `<title>Ice Age Britain: Life at the Edge — Northfield Museum</title>`, "Ice Age Britain: Life at the Edge", "Northfield Museum", "", "Ice Age Britain: Life at the Edge"},
		{"a site named for its events", `<title>Harvest supper in the church hall — Village Events</title>`, "Harvest supper in the church hall", "Village Events", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := ""
			if tc.h1 != "" {
				body = "<h1>" + tc.h1 + "</h1>"
			}
			doc, err := parseForMeta("<html><head>" + tc.head + "</head><body>" + body + "</body></html>")
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(doc, "")
			date := ""
			if !m.Date.IsZero() {
				date = m.Date.String()
			}
			if m.Title != tc.title || m.Site != tc.site || date != tc.date {
				t.Errorf("got title %q site %q date %q, want %q %q %q", m.Title, m.Site, date, tc.title, tc.site, tc.date)
			}
		})
	}
}

// TestSectionPositions checks that a section's position points at its text
// in the page.
func TestSectionPositions(t *testing.T) {
	raw, err := os.ReadFile("testdata/news.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(bytes.NewReader(raw), "news.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	for _, s := range doc.Sections {
		if s.Pos.Line == 0 {
			t.Errorf("section %q has no position", clip(s.Text))
			continue
		}
		line := lines[s.Pos.Line-1]
		at := line[s.Pos.Col-1:]
		first := strings.Fields(s.Text)[0]
		if !strings.HasPrefix(at, first) && !strings.HasPrefix(at, "&quot;") {
			t.Errorf("section %q: position %d:%d points at %q", clip(s.Text), s.Pos.Line, s.Pos.Col, clip(at))
		}
		if s.Pos.Offset < 0 || s.Pos.Offset >= len(raw) || !strings.HasPrefix(string(raw[s.Pos.Offset:]), at[:1]) {
			t.Errorf("section %q: offset %d does not match line and column", clip(s.Text), s.Pos.Offset)
		}
	}
}

func clip(s string) string {
	if len(s) > 30 {
		return s[:30]
	}
	return s
}

// deepPage nests n elements of tag inside an article.
func deepPage(tag string, n int) string {
	return "<html><body><article><p>" + strings.Repeat("The council met on Tuesday to discuss the bridge. ", 12) + "</p>" +
		strings.Repeat("<"+tag+">deep ", n) + strings.Repeat("</"+tag+">", n) + "</article></body></html>"
}

func TestBounds(t *testing.T) {
	tests := []struct {
		name string
		page string
		opt  Options
		want error // nil: read, and the article kept
	}{
		{name: "div 100000 deep", page: deepPage("div", 100_000)},
		{name: "b 100000 deep", page: deepPage("b", 100_000)},
		{name: "table 100000 deep", page: deepPage("table", 100_000)},
		{name: "unclosed p 100000", page: deepPage("p", 100_000)},
		{name: "li 100000", page: deepPage("li", 100_000)},
		{name: "many elements", page: "<html><body><article>" + strings.Repeat("<div><span>The council met on Tuesday</span> <a href=x>to discuss the bridge</a></div>\n", 30_000) + "</article></body></html>"},
		{name: "over the size limit", page: deepPage("div", 10), opt: Options{MaxBytes: 100}, want: ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			doc, err := Read(strings.NewReader(tc.page), "deep.html", tc.opt)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Fatalf("error %v, want %v", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Sections[0].Text, "The council met on Tuesday") {
				t.Errorf("article lost: %q", clip(doc.Sections[0].Text))
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{name: "binary", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), want: ErrBinary},
		{name: "empty", in: nil, want: ErrNoArticle},
		{name: "no text", in: []byte("<html><body><nav><a href=/>Home</a></nav><script>var x = 1;</script></body></html>"), want: ErrNoArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.in), "bad.html", Options{})
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "bad.html: ") {
				t.Errorf("error is not one line naming the file: %q", msg)
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		opt  Options
		want string
	}{
		{name: "invalid utf-8", in: []byte("<html><head><meta charset=utf-8></head><body><article><p>Caf\xc3 owners met on Tuesday \xff\xfe.</p></article></body></html>"), want: "Caf\uFFFD owners met on Tuesday \uFFFD."},
		{name: "windows-1252 declared", in: []byte("<html><head><meta charset=windows-1252></head><body><article><p>Caf\xe9 \x93terrace\x94 tax \x80 35.</p></article></body></html>"), want: "Café “terrace” tax € 35."},
		{name: "content-type wins", in: []byte("<html><head><meta charset=utf-8></head><body><article><p>Caf\xe9 tax.</p></article></body></html>"), opt: Options{ContentType: "text/html; charset=iso-8859-1"}, want: "Café tax."},
		{name: "undeclared latin-1", in: []byte("<html><body><article><p>Caf\xe9 tax.</p></article></body></html>"), want: "Café tax."},
		{name: "utf-16 with bom", in: utf16le("<html><body><article><p>Café tax.</p></article></body></html>"), want: "Café tax."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(bytes.NewReader(tc.in), "enc.html", tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Sections[0].Text; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(deepPage("div", 300)))
	f.Add([]byte("<p>x<table><tr><td>a<blockquote>b</table>"))
	for _, tc := range tableTests {
		f.Add([]byte(tc.page))
	}
	for _, tc := range postTests {
		f.Add([]byte(tc.page))
	}
	for _, tc := range supplementTests {
		f.Add([]byte(tc.page))
	}
	f.Add([]byte("<pre class=highlight><code>a\n  b</code>c <kbd> d </kbd></pre><p><var>x</var><code>, </code><td><samp>y;</samp>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := Read(bytes.NewReader(in), "f.html", Options{MaxBytes: 1 << 16})
		if err != nil {
			var te *timeline.Error
			if !errors.As(err, &te) || te.Pos.File != "f.html" {
				t.Fatalf("error without the file: %v", err)
			}
			return
		}
		if len(doc.Sections) == 0 {
			t.Fatal("no sections and no error")
		}
		for _, s := range doc.Sections {
			if strings.TrimSpace(s.Text) == "" || !utf8.ValidString(s.Text) {
				t.Fatalf("bad section text %q", s.Text)
			}
			for i, sg := range s.Segments {
				if sg.Off < 0 || sg.Off > len(s.Text) || i > 0 && sg.Off < s.Segments[i-1].Off {
					t.Fatalf("segment %d out of order: %+v", i, s.Segments)
				}
			}
			if err := checkCode(&s); err != nil {
				t.Fatal(err)
			}
		}
		// The article comes first, as it is without the supplements.
		art, err := Read(bytes.NewReader(in), "f.html", Options{MaxBytes: 1 << 16, articleOnly: true})
		if err != nil {
			t.Fatalf("the article alone: %v", err)
		}
		if len(art.Sections) > len(doc.Sections) {
			t.Fatalf("%d sections, fewer than the article's %d", len(doc.Sections), len(art.Sections))
		}
		for i, s := range art.Sections {
			if d := doc.Sections[i]; d.Text != s.Text || d.Pos != s.Pos || d.Citation != s.Citation {
				t.Fatalf("article section %d is %q at %v, want %q at %v", i, d.Text, d.Pos, s.Text, s.Pos)
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	raw, err := os.ReadFile("testdata/news.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(raw), "news.html", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStructure checks what each kind of element becomes: headings and
// block quotes their own sections, list items and table rows paragraphs,
// a <br> a line break.
func TestStructure(t *testing.T) {
	body := strings.Repeat("<p>The council met on Tuesday to discuss the new bridge over the river, and the tram line to the university.</p>", 3)
	page := `<html><head><title>T</title></head><body><article>` + body + `
<h2>Timeline of the works</h2>
<ul><li>March 2012: first plans</li><li>September 2016: vote</li></ul>
<table><tr><th>Date</th><th>Step</th></tr><tr><td>2017</td><td>Construction starts</td></tr></table>
<blockquote><p>"We will finish by 2020," the mayor said.</p><p>Source: Town Notes, 21 September 2016.</p></blockquote>
<p>Line one<br>line two</p>` + body + `</article></body></html>`
	doc, err := Read(strings.NewReader(page), "s.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sections {
		got = append(got, [...]string{"body", "excerpt", "citation", "heading"}[s.Kind]+": "+strings.ReplaceAll(s.Text, "\n", "¶"))
	}
	want := []string{
		"heading: Timeline of the works",
		"body: March 2012: first plans¶¶September 2016: vote¶¶2017 – Construction starts.",
		`excerpt: "We will finish by 2020," the mayor said.¶¶Source: Town Notes, 21 September 2016.`,
		"body: Line one¶line two",
	}
	joined := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("missing %q in:\n%s", w, joined)
		}
	}
}

// TestQuotationLeadIn: a block quote after a paragraph that introduces it
// with a colon and one full date speaks from that date.
func TestQuotationLeadIn(t *testing.T) {
	page := `<html><head><title>Note</title></head><body><article><h1>Note on the camp</h1>
<p class="byline">24 September 2021</p>
<p>The situation in the camp has worsened over the past month, with new arrivals every day and supplies running short in several sectors.</p>
<p>The UN coordinator issued this statement on 22 September 2021:</p>
<blockquote><p>"Partners delivered food yesterday to 2,100 households in the northern sector of the camp."</p></blockquote>
<p>Local radio reported further arrivals during the week, and the committee asked for more tents before the rains.</p>
</article></body></html>`
	doc, err := Read(strings.NewReader(page), "note.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sections {
		if s.Kind == timeline.Excerpt {
			if s.Citation.Date.String() != "2021-09-22" || s.RefFrom != "lead-in" {
				t.Errorf("the quotation is dated %s from %q, want 2021-09-22 from the lead-in", s.Citation.Date, s.RefFrom)
			}
			return
		}
	}
	t.Fatal("no excerpt")
}
