package html

import (
	"encoding/json"
	nurl "net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/araddon/dateparse"
	"github.com/chronicle-project/chronicle/timeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageInfo is what a page says about itself.
type pageInfo struct {
	Title string
	Site  string // the site's or publisher's name
	URL   string
	// Date is the publication date at the precision the page gives it (day,
	// or month for a URL such as /2017/12/), and DateFrom where it was
	// found: "meta article:published_time", "json-ld datePublished",
	// "meta date", "time element", "url".
	Date     timeline.Date
	DateFrom string
	DatePos  timeline.Position // set by the caller when it can locate the value
	dateRaw  string
	events   []ldEvent // the events its schema.org data describes
}

// pageMeta collects the candidates while walking the page.
type pageMeta struct {
	title, ogTitle, twitterTitle, ldHeadline string
	h1                                       string // the first <h1>
	site, ldSite, appName                    string
	canonical, ogURL                         string
	base, savedFrom                          string      // <base href>; the address a browser saved the page from
	ldURL                                    string      // the address the article's JSON-LD gives
	published                                []candidate // in order of preference, filled per source
	metaDates                                []candidate
	ldDates                                  []candidate
	ldOther                                  []candidate // uploadDate, dateCreated
	timeDates                                []candidate
	events                                   []ldEvent // the events of its JSON-LD
	// localDays maps the UTC instant of a <time> to the day its text
	// shows the reader ("2023-03-10T04:40:00Z" shown as "March 9, 2023
	// at 11:40 p.m. EST"): the day the page was written on, where it was
	localDays map[string]string
}

type candidate struct {
	value string
	from  string
	rank  int // lower is better within its source
}

// publishedProps are <meta> properties naming the publication date
// outright; otherDateNames are the looser <meta name=...> conventions,
// each with its rank among them: a name for the publication or issue
// (0) before a name for the document's date in general (1), before its
// creation (2). A modification date ("article:modified_time",
// "og:updated_time", "dcterms.modified", JSON-LD dateModified) is never
// the page's date: "last month" in a page revised a year later counts from
// when it was written.
//
// The conventions of the usual generators: Open Graph and Yoast
// (WordPress), Hugo, Jekyll's SEO tag, Ghost and Hexo write
// article:published_time (and Hugo's schema template a <meta
// itemprop="datePublished">); pandoc, Quarto and docutils (rst2html,
// Sphinx's docinfo) write dcterms.date; Dublin Core is also written
// DC.date.issued, DCTERMS.issued or, in RDFa, dcterms:issued; Highwire
// Press tags for Google Scholar (journals, repositories, Quarto's
// google-scholar option) write citation_publication_date,
// citation_online_date or citation_date; PRISM writes
// prism.publicationDate.
var publishedProps = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"datepublished": true, "article.published": true, "published_time": true,
	"shareaholic:article_published_time": true, "rnews:datepublished": true,
}

var otherDateNames = map[string]int{
	"dc.date.issued": 0, "dcterms.issued": 0, "dcterms:issued": 0, "dc:issued": 0,
	"citation_publication_date": 0, "citation_online_date": 0, "prism.publicationdate": 0,
	"pubdate": 0, "publishdate": 0, "publish-date": 0, "publish_date": 0, "publication_date": 0,
	"originalpublicationdate": 0, "article_date_original": 0, "parsely-pub-date": 0,
	"cxenseparse:recs:publishtime": 0, "sailthru.date": 0,
	"date": 1, "dc.date": 1, "dcterms.date": 1, "dc:date": 1, "dcterms:date": 1,
	"citation_date": 1, "bepress_citation_date": 1,
	"dcterms.created": 2, "dcterms:created": 2, "dc.date.created": 2, "datecreated": 2,
}

// readMeta reads the page's title, site name, address and publication
// date. pageURL, when given, is the page's own address.
func readMeta(doc *html.Node, pageURL string) pageInfo {
	var pm pageMeta
	var walk func(n *html.Node, at place)
	walk = func(n *html.Node, at place) {
		if n.Type == html.CommentNode && pm.savedFrom == "" && (n.Parent == nil || n.Parent.Type == html.DocumentNode ||
			n.Parent.DataAtom == atom.Html || n.Parent.DataAtom == atom.Head) {
			pm.savedFrom = savedFromURL(n.Data)
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if pm.title == "" && n.FirstChild != nil {
					pm.title = normalize(textOf(n))
				}
			case atom.H1:
				if pm.h1 == "" {
					pm.h1 = normalize(textOf(n))
				}
			case atom.Meta:
				pm.meta(n)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && pm.canonical == "" {
					pm.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Base:
				setOnce(&pm.base, strings.TrimSpace(attr(n, "href")))
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					pm.jsonLD(textOf(n))
				}
			case atom.Dt:
				pm.publishedTerm(n)
			case atom.Article, atom.Main:
				at.article = true
			case atom.Header:
				at.header = true
			}
			if !at.header && !pageElement(n) && bylineArea.MatchString(attr(n, "class")+" "+attr(n, "id")) {
				at.header = true
				pm.bylineText(n)
			}
			pm.itemprop(n, at)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, at)
		}
	}
	walk(doc, place{})

	m := pageInfo{URL: pageURL, events: pm.events}
	if m.URL == "" {
		m.URL = pm.address()
	}
	m.Site = firstOf(pm.site, pm.ldSite, pm.appName)
	m.Title = firstOf(pm.ogTitle, pm.twitterTitle, pm.ldHeadline)
	if t, site := splitTitle(pm.title, m.Site, pm.h1); m.Title == "" {
		m.Title = t
		if m.Site == "" {
			m.Site = site
		}
	} else if m.Site == "" && site != "" && t == m.Title {
		m.Site = site
	}
	// The publication date, never a modification date: the publication,
	// then the address (/2017/12/13/ is where the site filed the page on
	// the day it published it), and only then a video's upload or an
	// article's creation.
	for _, group := range [][]candidate{pm.published, pm.ldDates, pm.metaDates, pm.timeDates} {
		if m.setDate(group) {
			m.localDay(pm.localDays)
			return m
		}
	}
	if d, ok := urlDate(m.URL); ok {
		m.Date, m.DateFrom, m.dateRaw = d, "url", m.URL
		return m
	}
	if i := strings.LastIndexAny(pm.title, "|—–-:·"); i >= 0 {
		// "The Good Shepherd Messenger — May 12, 2024": an issue's date
		// its title ends with
		if t, _ := splitTitle(pm.title, "", ""); t != pm.title {
			if d, ok := titleDate(strings.TrimLeft(pm.title[len(t):], " |—–-:·")); ok {
				m.Date, m.DateFrom, m.dateRaw = d, "title", pm.title
				return m
			}
		}
	}
	m.setDate(pm.ldOther)
	return m
}

// address returns the page's address: its canonical link, else its
// og:url, else the address its JSON-LD gives the article (its url, the
// page it is the main entity of), else the address a browser saved it
// from. A link written
// relative to the site ("/2025/03/18/fares.html") is resolved against
// the page's <base>, the address it was saved from or its og:url, when
// one of them is absolute (and kept as written when none is).
func (pm *pageMeta) address() string {
	u := firstOf(pm.canonical, pm.ogURL, pm.ldURL, pm.savedFrom)
	ref, err := nurl.Parse(u)
	if err != nil || ref.IsAbs() {
		return u
	}
	for _, b := range []string{pm.base, pm.savedFrom, pm.ogURL, pm.ldURL} {
		if bu, err := nurl.Parse(b); err == nil && bu.IsAbs() && bu.Host != "" {
			return bu.ResolveReference(ref).String()
		}
	}
	return u
}

// absoluteHTTP reports whether u is an absolute http or https address.
func absoluteHTTP(u string) bool {
	x, err := nurl.Parse(u)
	return err == nil && (x.Scheme == "http" || x.Scheme == "https") && x.Host != ""
}

// savedFromRe and singleFileRe read the address a page was saved from,
// as browsers note it in a comment at its top: "<!-- saved from
// url=(0066)https://... -->" (Chrome's and Internet Explorer's "Save as"),
// "<!-- Page saved with SingleFile url: https://... saved date: ... -->".
var (
	savedFromRe  = regexp.MustCompile(`^\s*saved from url=\(\d+\)(https?://\S+)\s*$`)
	singleFileRe = regexp.MustCompile(`(?m)^\s*url:\s*(https?://\S+)\s*$`)
)

// savedFromURL returns the address a comment says the page was saved
// from, or "".
func savedFromURL(comment string) string {
	if len(comment) > 2048 {
		return ""
	}
	if m := savedFromRe.FindStringSubmatch(comment); m != nil {
		return m[1]
	}
	if strings.Contains(comment, "saved with SingleFile") {
		if m := singleFileRe.FindStringSubmatch(comment); m != nil {
			return m[1]
		}
	}
	return ""
}

// localDay puts a page dated by a UTC instant on the day the page shows
// for that instant, when the two are a day apart: a story published late
// in the evening in New York is of that evening, not of the next day in
// London.
func (m *pageInfo) localDay(local map[string]string) {
	shown, ok := local[m.dateRaw]
	if !ok {
		return
	}
	d, ok := parseMetaDate(shown)
	if !ok || d.Prec != timeline.Day {
		return
	}
	a, ok1 := m.Date.DayOf().Time()
	b, ok2 := d.Time()
	if !ok1 || !ok2 || a.Equal(b) || a.Sub(b) > 24*time.Hour || b.Sub(a) > 24*time.Hour {
		return
	}
	m.Date = d
}

// setDate sets the page's date to the best candidate of group that reads
// as a date, the one of lowest rank, the first of them; it reports whether
// there was one.
func (m *pageInfo) setDate(group []candidate) bool {
	best := -1
	for i, c := range group {
		if _, ok := parseMetaDate(c.value); ok && (best < 0 || c.rank < group[best].rank) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	m.Date, _ = parseMetaDate(group[best].value)
	m.DateFrom, m.dateRaw = group[best].from, group[best].value
	return true
}

func (pm *pageMeta) meta(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))))
	content := strings.TrimSpace(attr(n, "content"))
	if key == "" || content == "" {
		return
	}
	switch key {
	case "og:title":
		setOnce(&pm.ogTitle, normalize(content))
	case "twitter:title":
		setOnce(&pm.twitterTitle, normalize(content))
	case "og:site_name":
		setOnce(&pm.site, normalize(content))
	case "application-name":
		setOnce(&pm.appName, normalize(content))
	case "og:url":
		setOnce(&pm.ogURL, content)
	}
	if publishedProps[key] {
		pm.published = append(pm.published, candidate{value: content, from: "meta " + key})
	} else if rank, ok := otherDateNames[key]; ok {
		// The surest name first, then the first in the page.
		pm.metaDates = append(pm.metaDates, candidate{value: content, from: "meta " + key, rank: rank})
	}
}

// place is where an element stands in the page, for its <time>s.
type place struct {
	article bool // in an <article> or <main>
	header  bool // in a <header>, or an element named for the byline or the article's dates
}

// bylineArea matches the class or id of the part of a page that says who
// wrote the article and when: a byline, a dateline, the article's
// metadata.
var bylineArea = regexp.MustCompile(`(?i)(^|[^a-z])(byline|by-line|dateline|author|authors|meta|article-?info|post-?info|entry-?info|article-?header|post-?header|entry-?header|timestamp|pubdate|published|posted|publish-?date|post-?date|entry-?date|article-?date)([^a-z]|$)`)

// itemprop reads microdata and <time> elements: an element marked
// datePublished, else a <time datetime> that states when the page was
// published. Such a time is marked pubdate or published, or stands in the
// page's header or byline (a <header>, an element named for the byline or
// the article's dates, or a line that holds little else than it: "By Jane
// Doe, 9 Feb 2020"). A <time> in the article's sentences ("Construction
// began on <time>28 January 1887</time>") is a date the article mentions;
// a time that heads an entry of a live blog (markPosts) dates that entry;
// one marked as an update is not the publication; neither is the page's.
func (pm *pageMeta) itemprop(n *html.Node, at place) {
	if n.DataAtom == atom.Meta {
		return
	}
	prop := strings.ToLower(attr(n, "itemprop"))
	value := strings.TrimSpace(firstOf(attr(n, "datetime"), attr(n, "content")))
	if prop == "datepublished" && value != "" {
		pm.published = append(pm.published, candidate{value: value, from: "itemprop datePublished", rank: 1})
		return
	}
	if n.DataAtom == atom.Abbr && publishedClass.MatchString(attr(n, "class")) && attr(n, postAttr) == "" {
		// The hAtom microformat (Pelican's themes, older blogs): <abbr
		// class="published" title="2023-11-20T10:00:00+01:00">.
		// One in the article or its header first, then the first.
		if v := strings.TrimSpace(attr(n, "title")); v != "" {
			rank := 1
			if at.article || at.header {
				rank = 0
			}
			pm.timeDates = append(pm.timeDates, candidate{value: v, from: "abbr published", rank: rank<<20 + len(pm.timeDates)})
		}
		return
	}
	class := strings.ToLower(attr(n, "class") + " " + prop)
	// WordPress's themes mark the time of a post never revised both
	// published and updated ("entry-date published updated"): it is the
	// publication.
	published := strings.Contains(class, "publish")
	if n.DataAtom == atom.Time && value != "" && (strings.HasSuffix(value, "Z") || strings.HasSuffix(value, "+00:00")) {
		if d := fullDate.FindString(normalize(textOf(n))); d != "" {
			if pm.localDays == nil {
				pm.localDays = map[string]string{}
			}
			pm.localDays[value] = d
		}
	}
	if n.DataAtom != atom.Time || value == "" || updateMark(n) && !published || attr(n, postAttr) != "" {
		return
	}
	rank := 3
	switch {
	case hasAttr(n, "pubdate") || published || strings.Contains(class, "posted"):
		rank = 0
	case !at.header && !bylineLine(n):
		return // a date the text mentions, not the page's own
	case at.header && !entryByline(n):
		return // an entry of a list of dated notes: the page's history
	case at.article:
		rank = 1
	default:
		rank = 2
	}
	// The surest place first, then the first in the page.
	pm.timeDates = append(pm.timeDates, candidate{value: value, from: "time element", rank: rank<<20 + len(pm.timeDates)})
}

// bylineText reads the date a byline gives in its text, not in a <time>
// ('<p class="byline">Posted by the Club Secretary, 24 April 2025</p>'):
// one whole date in a short line that is no update stamp. Such a line is
// often cut from a long article with the page's furniture, so it is read
// here, with the page's other dates.
func (pm *pageMeta) bylineText(n *html.Node) {
	if findTime(n) {
		return // its <time> says it (itemprop)
	}
	t := normalize(textOf(n))
	if len(t) > 160 {
		return
	}
	if m := publishedLead.FindStringIndex(t); m != nil && updateWords.MatchString(t[m[1]:]) {
		// "Published: October 28, 2024 | Last updated: October 29, 2024":
		// the date the page was published, before its update stamp
		if u := updateWords.FindStringIndex(t[m[1]:]); u != nil {
			t = t[:m[1]+u[0]]
		}
	}
	if updateWords.MatchString(t) {
		return
	}
	ds := fullDate.FindAllString(t, 2)
	if len(ds) != 1 {
		return
	}
	if _, ok := parseMetaDate(ds[0]); ok {
		pm.timeDates = append(pm.timeDates, candidate{value: ds[0], from: "byline", rank: 2<<20 + len(pm.timeDates)})
	}
}

// publishedTerm reads the date a definition list gives for the page's
// publication, as a government's or a university's page states its
// dates: "<dt>Published</dt><dd>12 March 2025</dd>" (or a <time> in the
// <dd>), one whole date in a short description; "Last updated" is no
// publication.
func (pm *pageMeta) publishedTerm(dt *html.Node) {
	if !publishedTermRe.MatchString(normalize(textOf(dt))) {
		return
	}
	dd := dt.NextSibling
	for dd != nil && dd.Type != html.ElementNode {
		dd = dd.NextSibling
	}
	if dd == nil || dd.DataAtom != atom.Dd {
		return
	}
	value := ""
	if t := findElement(dd, atom.Time); t != nil {
		value = strings.TrimSpace(attr(t, "datetime"))
	}
	if value == "" {
		t := normalize(textOf(dd))
		ds := fullDate.FindAllString(t, 2)
		if len(t) > 80 || len(ds) != 1 {
			return
		}
		value = ds[0]
	}
	if _, ok := parseMetaDate(value); ok {
		pm.timeDates = append(pm.timeDates, candidate{value: value, from: "definition list", rank: 2<<20 + len(pm.timeDates)})
	}
}

// publishedTermRe matches the term of a definition list that names when
// the page was published: "Published", "First published:", "Date
// published", "Publication date", "Issued on".
var publishedTermRe = regexp.MustCompile(`(?i)^(?:first\s+)?(?:published|posted|issued)(?:\s+on)?\s*:?$|^(?:date\s+(?:first\s+)?(?:published|posted|issued|of\s+(?:publication|issue))|(?:publication|issue)\s+date)\s*:?$`)

// publishedLead is the word that opens a byline's publication date:
// "Published:", "Posted on", "First published".
var publishedLead = regexp.MustCompile(`(?i)(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*`)

// updateWords mark a line that says when a page was changed, not made.
var updateWords = regexp.MustCompile(`(?i)\b(?:updated|modified|revised|edited|corrected|amended)\b`)

// findTime reports whether n holds a <time> element.
func findTime(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Time || findTime(c)) {
			return true
		}
	}
	return false
}

// publishedClass is the class of an element that holds the publication
// date in the hAtom and microformats2 conventions.
var publishedClass = regexp.MustCompile(`(?i)(^|\s)(published|dt-published)(\s|$)`)

// pageElement reports whether n holds a whole page or article, whose
// class names the page ("single-post author-jane"), not a part of it.
func pageElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return false
}

// lineTags are the elements whose text is a line of its own, for bylineLine.
var lineTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Td: true, atom.Address: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Body: true, atom.Figcaption: true, atom.Small: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// bylineWords open the line that says who wrote a page and when.
var bylineWords = map[string]bool{
	"by": true, "published": true, "posted": true, "first": true, "written": true, "date": true, "dated": true,
	"on": true, "from": true, "veröffentlicht": true, "publié": true, "publicado": true,
}

// bylineLine reports whether the <time> n stands on a line that says
// little else: no other words ("<p><time>2 April 2019</time></p>"), or a
// byline of a few words ("By Jane Doe, <time>...</time>", "Published
// <time>...</time>, updated <time>...</time>").
func bylineLine(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && (a.DataAtom == atom.Li || a.DataAtom == atom.Tr || a.DataAtom == atom.Dd) {
			return false // an entry's date in a listing ("<li><h3>Steam Day</h3><p><time>"), not the page's
		}
	}
	line := n.Parent
	for line != nil && !(line.Type == html.ElementNode && lineTags[line.DataAtom]) {
		line = line.Parent
	}
	if line == nil {
		return false
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < 400; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.Type == html.ElementNode && c.DataAtom != atom.Time && !skipTags[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(line)
	words := lineWords(b.String())
	switch {
	case len(words) == 0:
		return true
	case bylineWords[words[0]]:
		return len(words) <= 8
	case len(words) <= 4 && strings.ContainsAny(firstRuneString(strings.TrimSpace(b.String())), "·|•—–-/"):
		// "<time>May 21, 2024</time> · Release team": the page's date
		// and who wrote it, set apart
		return true
	}
	return false
}

// entryByline reports whether the <time> n, when it stands in an entry
// of a list or a table (an <li>, a <dd> with its <dt>, a <tr>) of the
// page's header or byline, is the byline's: the entry says nothing else
// ("<li><time>...</time></li>") or a byline of a few words ("<dt>Published
// </dt><dd><time>...</time></dd>", "<li>By Jane Doe, <time>...</time>
// </li>"). An entry that says more is a note of a list of them: the
// history a government page shows under its byline's dates, "<li><time>13
// March 2025</time> Added the link to the consultation response.</li>",
// is when the page was changed, not published. A time in no entry is
// the byline's.
func entryByline(n *html.Node) bool {
	var entry *html.Node
	for a, up := n.Parent, 0; a != nil && up < 4; a, up = a.Parent, up+1 {
		if a.Type == html.ElementNode && (a.DataAtom == atom.Li || a.DataAtom == atom.Dd || a.DataAtom == atom.Tr) {
			entry = a
			break
		}
	}
	if entry == nil {
		return true
	}
	var b strings.Builder
	if entry.DataAtom == atom.Dd {
		// what the <dt> before it names: "Published", "Last updated"
		for p := entry.PrevSibling; p != nil; p = p.PrevSibling {
			if p.Type == html.ElementNode {
				if p.DataAtom == atom.Dt {
					b.WriteString(textOf(p))
					b.WriteByte(' ')
				}
				break
			}
		}
	}
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for c := c.FirstChild; c != nil && b.Len() < 400; c = c.NextSibling {
			switch {
			case c == n:
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case c.Type == html.ElementNode && !skipTags[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(entry)
	words := lineWords(b.String())
	return len(words) == 0 || bylineWords[words[0]] && len(words) <= 8
}

// lineWords returns the words of a line, in lower case, without its
// punctuation.
func lineWords(s string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s))
}

// firstRuneString returns the first character of s, or "".
func firstRuneString(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// jsonLD reads schema.org data: datePublished, else uploadDate or
// dateCreated (never dateModified), the headline and the publisher's or
// website's name.
func (pm *pageMeta) jsonLD(src string) {
	if len(src) > 1<<20 {
		return
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 16 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			typ := strings.ToLower(strings.Join(stringsOf(x["@type"]), " "))
			isArticle := strings.Contains(typ, "article") || strings.Contains(typ, "posting") ||
				strings.Contains(typ, "report") || strings.Contains(typ, "webpage")
			if s := ldString(x["datePublished"]); s != "" {
				rank := 1
				if isArticle {
					rank = 0
				}
				pm.ldDates = append(pm.ldDates, candidate{value: s, from: "json-ld datePublished", rank: rank})
			}
			// Without a publication: a video's upload, an article's
			// creation (not a site's or an organization's).
			if s := ldString(x["uploadDate"]); s != "" {
				pm.ldOther = append(pm.ldOther, candidate{value: s, from: "json-ld uploadDate"})
			}
			if s := ldString(x["dateCreated"]); s != "" && isArticle {
				pm.ldOther = append(pm.ldOther, candidate{value: s, from: "json-ld dateCreated", rank: 1})
			}
			if s, ok := x["headline"].(string); ok && isArticle {
				setOnce(&pm.ldHeadline, normalize(s))
			}
			if isArticle {
				// the article's address: its url, the page it is the
				// main entity of, a web page's @id
				u := ldString(x["url"])
				if me, ok := x["mainEntityOfPage"].(map[string]any); ok && u == "" {
					u = ldString(me["@id"])
				} else if u == "" {
					u = ldString(x["mainEntityOfPage"])
				}
				if u == "" && strings.Contains(typ, "webpage") {
					u = ldString(x["@id"])
				}
				if absoluteHTTP(u) && !strings.Contains(u, "#") {
					setOnce(&pm.ldURL, u)
				}
			}
			if pub, ok := x["publisher"].(map[string]any); ok {
				if s, ok := pub["name"].(string); ok {
					setOnce(&pm.ldSite, normalize(s))
				}
			}
			if strings.Contains(typ, "website") {
				if s, ok := x["name"].(string); ok {
					setOnce(&pm.ldSite, normalize(s))
				}
			}
			for k, e := range x {
				if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" {
					visit(e, depth+1)
				}
			}
		}
	}
	visit(v, 0)
	pm.ldEvents(v, 0)
}

// ldString reads a JSON-LD value written as a string, as a value object
// ({"@value": "2023-11-20", "@type": "Date"}), or as a list of them, the
// first taken.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		if len(x) > 0 {
			if _, list := x[0].([]any); !list {
				return ldString(x[0])
			}
		}
	}
	return ""
}

func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// titleSeps split "Headline | Site" titles.
var titleSeps = []string{" | ", " — ", " – ", " - ", " :: ", " · "}

// installmentRe matches a title's tail that numbers an instalment of
// the story ("Update 3", "Part 2", "Day 5"): part of the headline, never
// the site's name.
var installmentRe = regexp.MustCompile(`(?i)^(?:update|part|episode|chapter|day|week|round|stage|leg|session|issue|vol\.?|volume|no\.?)\s*#?\d{1,3}$`)

// splitTitle splits a <title> into the headline and the site's name, when
// it has a separator and the last part is the shorter, is the site, or
// follows the page's own headline (h1, its first <h1>: "Marta Lindqvist -
// Open Encyclopedia"); or the site's name first, when the first part is
// the site or the last is the page's headline and the longer ("Lowmere
// News :: Library to open on Sundays").
func splitTitle(t, site, h1 string) (headline, siteName string) {
	for _, sep := range titleSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if !strings.EqualFold(tail, site) && (strings.EqualFold(head, site) ||
			h1 != "" && strings.EqualFold(tail, h1) && len(head) < len(tail) && len(head) <= 40 && !strings.Contains(head, sep)) {
			// "Lowmere News :: Library to open on Sundays": the site
			// first, then the page's own headline
			return tail, head
		}
		if installmentRe.MatchString(tail) && !strings.EqualFold(tail, site) {
			// "Legionnaires' Disease Cluster in Brookfield – Update 3":
			// the tail numbers the story's instalment, and is no site
			continue
		}
		if _, ok := titleDate(tail); ok && !strings.EqualFold(tail, site) {
			// "The Good Shepherd Messenger — May 12, 2024": the tail is
			// the date, and no site's name
			return head, ""
		}
		if !strings.EqualFold(tail, site) && pageKind(tail) {
			// "Seed Fund for Community Energy — Funding Call": the tail
			// says what kind of page it is, and is no site's name
			return head, ""
		}
		if !strings.EqualFold(tail, site) && !strings.Contains(tail, ".") && noticeKind(head) {
			// "Funeral Announcement - Rosa Delgado": the head says what
			// kind of page it is, and the tail whom or what it is about,
			// no site's name
			return t, ""
		}
		if strings.EqualFold(tail, site) || len(tail) < len(head) && len(tail) <= 40 || strings.EqualFold(head, h1) && len(tail) <= 60 {
			return head, tail
		}
	}
	return t, ""
}

// titleDate reads a <title>'s tail that is a date alone, a day ("May 12,
// 2024", "12 May 2024", "2024-05-12") or a month ("May 2024").
func titleDate(tail string) (timeline.Date, bool) {
	tail = strings.TrimSpace(tail)
	for _, l := range []string{"January 2006", "Jan 2006"} {
		if t, err := time.Parse(l, tail); err == nil {
			return timeline.Date{Prec: timeline.Month, Year: t.Year(), Month: int(t.Month())}, true
		}
	}
	if m := fullDate.FindStringIndex(tail); (m == nil || m[0] != 0 || m[1] != len(tail)) && !isoDay.MatchString(tail) {
		return timeline.Date{}, false
	}
	if d, ok := parseMetaDate(tail); ok && d.Prec == timeline.Day {
		return d, true
	}
	return timeline.Date{}, false
}

// isoDay is a day written as ISO 8601 alone.
var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// pageKindWords are the words of a title's tail that says what kind of
// page it is ("Funding Call", "Press Release", "Call for Proposals", "Job
// Vacancy", "FAQ", "Exhibition").
var pageKindWords = map[string]bool{
	"funding": true, "call": true, "calls": true, "for": true, "proposals": true, "applications": true, "application": true,
	"grant": true, "grants": true, "press": true, "media": true, "release": true, "notice": true, "announcement": true,
	"vacancy": true, "vacancies": true, "job": true, "advert": true, "consultation": true, "guidance": true,
	"fact": true, "sheet": true, "factsheet": true, "faq": true, "faqs": true, "overview": true, "summary": true,
	"opportunity": true, "tender": true, "details": true, "information": true, "eligibility": true, "how": true,
	"to": true, "apply": true, "and": true, "invitation": true, "expression": true, "of": true, "interest": true,
	// what a venue's or a museum's page announces ("Ice Age Britain: Life
	// at the Edge — Exhibition", "Spring Lecture Series — Events")
	"exhibition": true, "exhibitions": true, "event": true, "events": true, "programme": true, "program": true,
	"schedule": true, "timetable": true, "listing": true, "listings": true, "tickets": true, "booking": true,
	// a section of a person's or a band's site ("María Echeverría Lasa –
	// Biography", "Marrow Kings – Live")
	"biography": true, "bio": true, "profile": true, "about": true, "home": true, "history": true, "discography": true,
	"live": true, "tour": true, "dates": true, "gallery": true, "contact": true, "career": true,
}

// noticeKindWords are the words of a title's head that says what kind of
// notice about a person the page is ("Funeral Announcement", "Obituary",
// "In Memoriam", "Death Notice").
var noticeKindWords = map[string]bool{
	"funeral": true, "obituary": true, "obituaries": true, "memorial": true, "service": true, "death": true,
	"notice": true, "notices": true, "announcement": true, "in": true, "memoriam": true, "memory": true, "tribute": true,
	"tributes": true, "remembrance": true, "celebration": true, "of": true, "life": true, "profile": true, "biography": true,
}

// noticeKind reports whether a title's head, every word of it a
// noticeKindWords' one, says what kind of notice the page is.
func noticeKind(head string) bool {
	_, ok := kindWords(head, noticeKindWords, 4)
	return ok
}

// kindWords returns the words of s, lower-cased, when there are one to n
// of them and every one (without its punctuation) is in words.
func kindWords(s string, words map[string]bool, n int) ([]string, bool) {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || len(ws) > n {
		return nil, false
	}
	for _, w := range ws {
		if !words[strings.Trim(w, ".,:;()")] {
			return nil, false
		}
	}
	return ws, true
}

// pageKind reports whether a title's tail, every word of it a
// pageKindWords' one, says what kind of page it is.
func pageKind(tail string) bool {
	ws, ok := kindWords(tail, pageKindWords, 5)
	if !ok {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ".,:;()")
	return last != "for" && last != "and" && last != "to" && last != "of" && last != "how"
}

var (
	isoDate  = regexp.MustCompile(`^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]|$)`)
	compact  = regexp.MustCompile(`^\s*(\d{4})(\d{2})(\d{2})(?:T|$)`)
	urlDay   = regexp.MustCompile(`/((?:1[89]|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)
	urlMonth = regexp.MustCompile(`/((?:1[89]|20)\d{2})/(0[1-9]|1[0-2])/`)
	layouts  = []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
		"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "January 2, 2006 15:04", "2006/01/02"}
)

// parseMetaDate reads a date a page states in its metadata, at the
// precision written (a day, or a month for "2017-12"); a time of day is
// dropped, and the calendar day is the one written, in the page's own zone.
func parseMetaDate(s string) (timeline.Date, bool) {
	s = strings.TrimSpace(s)
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return makeDate(m[1], m[2], m[3])
	}
	if m := compact.FindStringSubmatch(s); m != nil {
		return makeDate(m[1], m[2], m[3])
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 0 {
			return timeline.FromTime(t, timeline.Day), true
		}
	}
	// Other spellings ("December 13, 2017 9:30 am"), when the text itself
	// names a four-digit year, a month and a day: dateparse fills in what
	// is missing, so a date it is not given whole is not taken.
	if m := fullDate.FindStringSubmatch(s); m != nil && len(s) <= 64 {
		if t, ok := parseAny(s); ok && t.Year() > 999 {
			return timeline.FromTime(t, timeline.Day), true
		}
	}
	return timeline.Date{}, false
}

// fullDate matches a text with a day, a month name and a four-digit year,
// in either order.
var fullDate = regexp.MustCompile(`(?i)(\b\d{1,2}(st|nd|rd|th)?\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}\b)|(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b)`)

func parseAny(s string) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	t, err := dateparse.ParseIn(s, time.UTC)
	return t, err == nil
}

func makeDate(ys, ms, ds string) (timeline.Date, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	if y == 0 || m < 1 || m > 12 {
		return timeline.Date{}, false
	}
	if ds == "" {
		return timeline.Date{Prec: timeline.Month, Year: y, Month: m}, true
	}
	d, _ := strconv.Atoi(ds)
	if d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return timeline.Date{}, false
	}
	return timeline.Date{Prec: timeline.Day, Year: y, Month: m, Day: d}, true
}

// urlDate reads a date from a page's address: /2017/12/13/ is a day,
// /2017/12/ a month.
func urlDate(u string) (timeline.Date, bool) {
	if m := urlDay.FindStringSubmatch(u); m != nil {
		return makeDate(m[1], pad(m[2]), pad(m[3]))
	}
	if m := urlMonth.FindStringSubmatch(u); m != nil {
		return makeDate(m[1], m[2], "")
	}
	return timeline.Date{}, false
}

func pad(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
