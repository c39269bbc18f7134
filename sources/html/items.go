package html

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Dated items: a page of news items, each dated by a line it shows rather
// than by a <time datetime> (see markPosts):
//
//	<article><h2>Roadworks on the B2110</h2>
//	<p class="date">Posted 12 November 2025</p>
//	<p>Resurfacing starts on Monday ...</p></article>
//
// Each item is read as a post is, a part of its own dated by its line
// ("on Sunday" in the item posted on 28 October is 2 November), but it is
// no statement: an item's sentences make events of the dates they name,
// not of the day it was posted. The line stays in the item's text, where
// the text reader takes it for the item's date line, not for story.
//
// A date line is a line of its own (an element holding nothing else)
// saying "Posted", "Published" or "Updated" and a day with its year
// ("Posted on 28/10/2025 by Comms Team", "Published: 3 Nov 2025", "Updated
// 4 November 2025 10:02"), or a day with its year alone, perhaps with a
// time, an author ("by ...") or the item's section after a bar or a dot
// ("28 October 2025 | News"). "Last updated" speaks for the whole page
// and dates no item. An item is the <article> (or the element named a
// post, an entry, an item or a story) that holds one date line, at its
// head (under its heading, perhaps under a short standfirst) or at its
// end; or, in a flat article, a heading, the date line under it, and what
// follows up to the next heading of its rank or higher. Two dated items
// or more make a page of items; one dated story keeps the page's date.

// itemAttr marks the date line of an item (see markItems), as postAttr
// marks the time heading a post.
const itemAttr = "data-chronicle-item"

// itemLabelRe matches the label a date line opens with.
var itemLabelRe = regexp.MustCompile(`(?i)^(?:first\s+|originally\s+)?(?:posted|published|updated|added)(?:\s+(?:on|at))?\s*[:\-–—]?\s*`)

// pageUpdateRe matches the update line of a whole page.
var pageUpdateRe = regexp.MustCompile(`(?i)^(?:page\s+|site\s+)?last\s+(?:updated|modified|revised|reviewed)\b`)

// itemTailRe matches what may follow the date on a date line: a time, an
// author, the item's section after a bar or a dot.
var itemTailRe = regexp.MustCompile(`(?i)^[,.]?\s*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*(?:(?:by|–|—|-)\s+[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,5}|[|·•]\s*[\p{L}][\p{L}&'’-]*(?:\s+[\p{L}&'’-]+){0,3})?\s*$`)

// itemLine reads a date line (see above): the day it gives, the date's
// offset in s and whether it is one.
func itemLine(s string) (timeline.Date, int, bool) {
	if s == "" || len(s) > 100 || !strings.ContainsAny(s, "0123456789") || pageUpdateRe.MatchString(s) {
		return timeline.Date{}, 0, false
	}
	at := 0
	if m := itemLabelRe.FindStringIndex(s); m != nil {
		at = m[1]
	}
	rest := s[at:]
	xs := tempex.Tag(rest, tempex.Options{})
	if len(xs) == 0 || xs[0].Start > 50 || xs[0].Date.Prec < timeline.Day || xs[0].Date.Year == 0 {
		return timeline.Date{}, 0, false
	}
	// Only a weekday may come before the date ("Tuesday 28 October
	// 2025"), or after the label its author ("Posted by Dev Mistry on
	// 20 May 2024").
	lead := strings.Trim(rest[:xs[0].Start], " ,")
	sender := at == 0 && lead != "" && strings.HasSuffix(strings.TrimSpace(rest[:xs[0].Start]), ",") && senderRe.MatchString(lead)
	if lead != "" && !weekdayRe.MatchString(lead) && !(at > 0 && authorRe.MatchString(lead)) && !sender {
		return timeline.Date{}, 0, false
	}
	end := xs[0].End
	if len(xs) > 1 && xs[1].Start-end <= 4 && xs[1].Type == tempex.Time {
		end = xs[1].End // "28 October 2025, 10:02"
	}
	if sender && (xs[0].Type != tempex.Time && end == xs[0].End || strings.TrimSpace(rest[end:]) != "") {
		return timeline.Date{}, 0, false // a message's head gives its time, and ends with it
	}
	if !itemTailRe.MatchString(rest[end:]) {
		return timeline.Date{}, 0, false
	}
	return xs[0].Date.DayOf(), at + xs[0].Start, true
}

// authorRe matches an author named between a date line's label and its
// date: "by Dev Mistry on", "by the Harbour Master,".
var authorRe = regexp.MustCompile(`(?i)^by\s+[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,4}(?:\s+on|\s*[,|–—-])?$`)

// senderRe matches who wrote a message, before the day and time a
// thread's message is headed with: "Reply from J. Alvarez, 4 September
// 2024 17:48", "Opened by Dana Reyes, ...", "Support (L2), ...".
var senderRe = regexp.MustCompile(`^(?:(?:[Oo]pened|[Rr]eply|[Rr]eplied|[Aa]nswered|[Rr]esponse|[Cc]omment|[Mm]essage|[Ss]ent|[Ww]ritten|[Ss]ubmitted)\s+(?:from|by)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}\d .-]{0,20}\))){0,4}$`)

var weekdayRe = regexp.MustCompile(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$`)

// itemLines are the elements a date line is written in.
var itemLines = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Span: true, atom.Small: true, atom.Time: true, atom.Footer: true,
	atom.Header: true, atom.Address: true, atom.Em: true, atom.Strong: true, atom.B: true, atom.I: true,
	atom.H4: true, atom.H5: true, atom.H6: true,
}

// inlineLines are the elements of itemLines written inside a line.
var inlineLines = map[atom.Atom]bool{
	atom.Span: true, atom.Small: true, atom.Time: true, atom.Em: true, atom.Strong: true, atom.B: true, atom.I: true,
}

// eventClassRe matches the class of an element holding an event of a
// listing, or its day and time.
var eventClassRe = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:event|events|gig|gigs|concert|performance|fixture|listing)(?:$|[\s_-])`)

// itemScopeRe matches the class or id of an element holding one item.
var itemScopeRe = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:post|entry|item|story|article|news-?item|msg|message|reply)(?:$|[\s_-])`)

// markItems finds the dated items of a page (see above), marks their date
// lines (itemAttr) and containers (postScopeAttr) and returns them as
// posts, in page order, or nil when fewer than minPosts are found.
func markItems(doc *html.Node) []post {
	type line struct {
		n   *html.Node
		d   timeline.Date
		raw string
		at  int
	}
	var lines []line
	isLine := map[*html.Node]bool{}
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] {
				continue
			}
			switch c.DataAtom {
			case atom.Nav, atom.Aside, atom.Table, atom.A, atom.Ul, atom.Ol, atom.Dl, atom.Form:
				continue
			}
			if itemLines[c.DataAtom] {
				// a line of its own: an inline element only when it is
				// all its parent says ("<p><time>28 October 2025</time></p>",
				// not "<p>Maureen B. — <time>21 May 2024</time></p>")
				if t := normalize(textOf(c)); len(t) <= 100 && (!inlineLines[c.DataAtom] || c.Parent != nil && normalize(textOf(c.Parent)) == t) {
					if d, at, ok := itemLine(t); ok {
						lines = append(lines, line{n: c, d: d, raw: t, at: at})
						isLine[c] = true
						continue
					}
				}
			}
			find(c)
		}
	}
	find(doc)
	if len(lines) < minPosts {
		return nil
	}
	events := 0
	for _, l := range lines {
		if itemLabelRe.MatchString(l.raw) {
			continue // "Published: 3 Nov 2025": an item's
		}
		for n := l.n; n != nil && n != doc; n = n.Parent {
			if eventClassRe.MatchString(attr(n, "class")) {
				events++
				break
			}
		}
	}
	if events*2 > len(lines) {
		// "<section class="event"><h2>Summer Ceilidh</h2><p
		// class="when">Friday 29/05/2026, 7.30pm</p>": a listing's
		// events, their lines the days they are on, no items posted
		return nil
	}
	var entries []entry
	var posts []post
	taken := map[*html.Node]bool{}
	for _, l := range lines {
		scope, run := itemOf(l.n, isLine)
		if scope == nil && run == nil || scope != nil && taken[scope] {
			continue
		}
		if scope != nil {
			taken[scope] = true
		}
		entries = append(entries, entry{t: l.n, scope: scope, run: run})
		from := "published-line"
		if !itemLabelRe.MatchString(l.raw) {
			from = "document" // a date printed alone, as under a headline
		}
		posts = append(posts, post{date: l.d, raw: l.raw, at: l.at, from: from})
	}
	if len(entries) < minPosts {
		return nil
	}
	for i := range entries {
		if entries[i].scope == nil {
			entries[i].scope = gatherEntry(entries[i].run)
		}
		e := entries[i]
		n := strconv.Itoa(i)
		e.t.Attr = append(e.t.Attr, html.Attribute{Key: itemAttr, Val: n})
		e.scope.Attr = append(e.scope.Attr, html.Attribute{Key: postScopeAttr, Val: n})
	}
	return posts
}

// itemOf returns the item date line l dates: its container (an <article>
// or an element named for an item, holding no other date line, l at its
// head or end), or the run of a flat article's elements from the heading
// over l to the next heading of its rank or higher. Both are nil when l
// dates no item.
func itemOf(l *html.Node, isLine map[*html.Node]bool) (*html.Node, []*html.Node) {
	for p := l.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.DataAtom {
		case atom.Body, atom.Html, atom.Main:
			p = nil
		}
		if p == nil {
			break
		}
		if p.DataAtom != atom.Article && p.DataAtom != atom.Section && !itemScopeRe.MatchString(attr(p, "class")+" "+attr(p, "id")) {
			continue
		}
		if countLines(p, isLine) != 1 {
			break
		}
		if atEdge(p, l) && postBody([]*html.Node{p}, l) {
			return p, nil
		}
		break
	}
	// A flat article: the heading over the line, perhaps over a short
	// standfirst, or the heading over the text the line closes.
	if l.Parent == nil || !entryParents[l.Parent.DataAtom] {
		return nil, nil
	}
	var head *html.Node
	between := 0
	for c := prevElement(l); c != nil; c = prevElement(c) {
		if headingTags[c.DataAtom] {
			head = c
			break
		}
		if isLine[c] || countLines(c, isLine) > 0 || hasHeading(c) {
			return nil, nil
		}
		between++
	}
	if head == nil {
		return nil, nil
	}
	rank := headingRank(head)
	run := []*html.Node{}
	for c := head; c != nil; c = c.NextSibling {
		if c != head && c.Type == html.ElementNode && (headingTags[c.DataAtom] && headingRank(c) <= rank || hasHeading(c)) {
			break
		}
		if c != l && c.Type == html.ElementNode && (isLine[c] || countLines(c, isLine) > 0) {
			return nil, nil // a second date line: not one item
		}
		run = append(run, c)
	}
	// The line under the heading (one short block between at most), or
	// closing the item's text.
	opens := between == 0 || between == 1 && len(normalize(textOf(prevElement(l)))) <= 200
	closes := nextElementIn(l, run) == nil && between > 0
	if !opens && !closes || !postBody(run, l) {
		return nil, nil
	}
	return nil, run
}

// atEdge reports whether line l stands at the head of item p (nothing
// with text before it but a heading and perhaps one short block) or at
// its end (nothing with text after it).
func atEdge(p, l *html.Node) bool {
	var before []string
	after := false
	seen := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c == l:
				seen = true
				continue
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) == "" {
					continue
				}
				if seen {
					after = true
					return false
				}
				before = append(before, c.Data)
			case c.Type == html.ElementNode && skipTags[c.DataAtom]:
			case c.Type == html.ElementNode && headingTags[c.DataAtom] && !seen:
				before = append(before, "") // a heading: allowed
			case c.Type == html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	walk(p)
	if !after {
		return true
	}
	text := 0
	for _, s := range before {
		text += len(strings.TrimSpace(s))
	}
	return text <= 200
}

// countLines counts the date lines under n, n included.
func countLines(n *html.Node, isLine map[*html.Node]bool) int {
	if isLine[n] {
		return 1
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k += countLines(c, isLine)
		}
	}
	return k
}

// hasHeading reports whether n holds a heading element.
func hasHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (headingTags[c.DataAtom] || hasHeading(c)) {
			return true
		}
	}
	return false
}

// prevElement is the element before n among its siblings, passing over
// white space and comments; nil when there is none, or when text stands
// between.
func prevElement(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return nil
}

// nextElementIn is the first node after n in run holding text or an
// element with text, or nil.
func nextElementIn(n *html.Node, run []*html.Node) *html.Node {
	seen := false
	for _, c := range run {
		if c == n {
			seen = true
			continue
		}
		if seen && strings.TrimSpace(textOf(c)) != "" {
			return c
		}
	}
	return nil
}
