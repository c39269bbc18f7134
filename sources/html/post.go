package html

import (
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Posts: a live blog, or a page of several <article> entries, dates each
// of its entries with a <time datetime> at its head:
//
//	<div class="post"><time datetime="2024-07-05T05:10:00+01:00">05:10</time>
//	<p>Labour has won a majority, the BBC projects.</p></div>
//
// The time is the entry's date, not a date its text mentions: each entry
// becomes sections of its own, whose reference date is that time, with its
// zone (Citation.Date, RefFrom "heading", RefPos the <time>), marked as a
// Statement (an event of its date even when its sentences hold none). The
// time's own text ("05:10") is the heading of the entry's sections.
//
// A <time> heads an entry when it is the first thing in it (inside its
// wrappers: <header>, a paragraph of its own, ...) and the entry holds text
// of its own after it, not only links. A page has posts when two entries
// or more are headed so: one dated article is an article, dated by its
// metadata.
const (
	// postAttr marks the <time> heading post N (its index, from 0), and
	// postScopeAttr the element that holds the post.
	postAttr      = "data-chronicle-post"
	postScopeAttr = "data-chronicle-post-scope"
)

// minPosts is the number of dated entries that make a page of posts.
const minPosts = 2

// post is an entry of a page of posts.
type post struct {
	date timeline.Date // the <time>'s datetime, at the precision written, with its zone
	raw  string        // the datetime attribute as written, to locate it
}

// markPosts finds the posts of the page, marks their times and
// containers (postAttr, postScopeAttr) for the text builder, and returns
// them, in page order. It returns nil when the page has fewer than
// minPosts.
func markPosts(doc *html.Node) []post {
	var times []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Time && !updateMark(c) {
				if _, ok := parseDatetime(attr(c, "datetime")); ok {
					times = append(times, c)
					continue
				}
			}
			find(c)
		}
	}
	find(doc)
	if len(times) < minPosts {
		return nil
	}
	isTime := make(map[*html.Node]bool, len(times))
	for _, t := range times {
		isTime[t] = true
	}
	type entry struct{ t, scope *html.Node }
	var entries []entry
	for _, t := range times {
		// The largest element that t heads and that holds no other time.
		x := t
		for p := x.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = p.Parent {
			if firstContent(p) != x || countTimes(p, isTime) > 1 {
				break
			}
			x = p
		}
		if x == t || x.DataAtom == atom.P || !postBody(x, t) {
			continue
		}
		entries = append(entries, entry{t, x})
	}
	if len(entries) < minPosts {
		return nil
	}
	posts := make([]post, len(entries))
	for i, e := range entries {
		raw := strings.TrimSpace(attr(e.t, "datetime"))
		d, _ := parseDatetime(raw)
		posts[i] = post{date: d, raw: raw}
		n := strconv.Itoa(i)
		e.t.Attr = append(e.t.Attr, html.Attribute{Key: postAttr, Val: n})
		e.scope.Attr = append(e.scope.Attr, html.Attribute{Key: postScopeAttr, Val: n})
	}
	return posts
}

// firstContent returns the first child of n that holds text or is an
// element, passing over white space and comments.
func firstContent(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if skipTags[c.DataAtom] {
				continue
			}
			return c
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return c
			}
		}
	}
	return nil
}

func countTimes(n *html.Node, isTime map[*html.Node]bool) int {
	k := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && k < 2; c = c.NextSibling {
			if isTime[c] {
				k++
			}
			walk(c)
		}
	}
	walk(n)
	return k
}

// postBody reports whether the entry x, headed by time t, says something
// after it: twenty characters of text or more, less than half of them in
// links (a list of dated links to other stories is not a page of posts).
func postBody(x, t *html.Node) bool {
	var all, links int
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n == t {
			return
		}
		switch {
		case n.Type == html.TextNode:
			l := len(strings.TrimSpace(n.Data))
			all += l
			if inLink {
				links += l
			}
		case n.Type == html.ElementNode && skipTags[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.A:
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(x, false)
	return all >= 20 && links*2 < all
}

// updateMark reports whether a <time> is marked as the time of an update
// or modification, not of publication.
func updateMark(n *html.Node) bool {
	class := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop"))
	return strings.Contains(class, "updat") || strings.Contains(class, "modif") || strings.Contains(class, "edit")
}

// datetimeLayouts are the forms of a valid HTML datetime (a date, or a
// date and a time, with or without a zone) that date a post.
var datetimeLayouts = []string{
	"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z0700", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04",
}

// parseDatetime reads the datetime attribute of a <time> that dates a
// post: a day (2024-07-05), or a day and a time, kept at the precision
// written (minute, or second when the seconds are not zero) with the zone
// written (2024-07-05T05:10+01:00). A space may stand for the T. A month,
// a year, a time alone or a duration dates no post.
func parseDatetime(s string) (timeline.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 || len(s) > 40 {
		return timeline.Date{}, false
	}
	if len(s) == 10 {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return timeline.Date{}, false
		}
		return timeline.FromTime(t, timeline.Day), true
	}
	if s[10] == ' ' {
		s = s[:10] + "T" + s[11:]
	}
	for _, l := range datetimeLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		prec := timeline.Minute
		if t.Second() != 0 {
			prec = timeline.Second
		}
		d := timeline.FromTime(t, prec)
		if strings.Contains(l, "Z07") {
			_, off := t.Zone()
			d.Zone, d.HasZone = off/60, true
		}
		return d, true
	}
	return timeline.Date{}, false
}
