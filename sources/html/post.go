package html

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
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
// metadata (but see livePost). A page without such times may head its
// entries with lines holding only a time of day, dated on the page's day
// (markClockPosts).
const (
	// postAttr marks the <time> (or time-of-day line) heading post N
	// (its index, from 0), and
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
	// from is, for a dated item (see markItems), where its date came
	// from ("published-line"), and at the date's offset in raw, its line;
	// "" for a post headed by its time, a statement of it.
	from string
	at   int
	// nth is, for a post headed by a <time datetime>, how many <time>s
	// with the same datetime come before its own in the page (a live
	// blog's "Key events" list links to its entries by their times), to
	// locate its own.
	nth int
	// reply marks a post headed by its writer's byline ("mlopez
	// commented Feb 20, 2026", "grimbeard77 · Feb 7, 2025"): a comment or
	// a reply of a thread, which tells what happens on the dates its
	// sentences name, not an event of its own time as a live blog's
	// update is.
	reply bool
}

// markPosts finds the posts of the page headed by a <time datetime>,
// marks their times and containers (postAttr, postScopeAttr) for the text
// builder, and returns them, in page order. It returns nil when the page
// has fewer than minPosts, unless its one entry is a live post (see
// livePost).
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
	if len(times) == 0 {
		return nil
	}
	entries := postEntries(times, nil)
	if len(entries) < minPosts && !(len(entries) == 1 && livePost(entries[0])) {
		return nil
	}
	dropActivity(times, entries)
	posts := make([]post, len(entries))
	for i, e := range entries {
		raw := strings.TrimSpace(attr(e.t, "datetime"))
		d, _ := parseDatetime(raw)
		nth := 0
		for _, t := range times {
			if t == e.t {
				break
			}
			if strings.TrimSpace(attr(t, "datetime")) == raw {
				nth++
			}
		}
		posts[i] = post{date: d, raw: raw, reply: e.byline, nth: nth}
	}
	markEntries(entries)
	return posts
}

// entry is an entry of a page of posts: the element heading it (a <time>,
// or a line holding only a time of day) and the element that holds it.
type entry struct {
	t, scope *html.Node
	// run, when scope is nil, are t and the siblings after it that make
	// the entry, to be gathered into a <div> of their own (gatherEntry)
	// once the page is known to be a page of posts.
	run []*html.Node
	// byline is set when t heads the entry after its writer's name
	// (bylineBefore).
	byline bool
}

// postEntries returns the entries headed by the elements heads, in page
// order. An entry is the largest element that its head heads (the head
// first in it) and that holds no other head; a head that heads no element
// of its own (a line of a flat article: <p>09:30</p><p>The line was
// closed.</p>) heads the elements after it up to the next head, which are
// gathered into a <div> of their own. A head inside a paragraph ("<p><time>
// 05:10</time> Labour wins</p>") heads no entry, nor does one whose entry
// says nothing of its own (see postBody).
func postEntries(heads []*html.Node, stops map[*html.Node]bool) []entry {
	isHead := make(map[*html.Node]bool, len(heads))
	for _, t := range heads {
		isHead[t] = true
	}
	var entries []entry
	for _, t := range heads {
		x := t
		byline := false
		for p := x.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = p.Parent {
			if firstContent(p) != x {
				if !(x == t || x == t.Parent && permalink(x, t)) || !bylineBefore(p, x) {
					break
				}
				byline = true
			}
			if countTimes(p, isHead) > 1 {
				break
			}
			x = p
		}
		switch {
		case x == t && t.Parent != nil && !inlineParent(t.Parent):
			if run := entryRun(t, isHead, stops); len(run) > 1 && postBody(run, t) {
				entries = append(entries, entry{t: t, run: run})
			}
			continue
		case x == t || x.DataAtom == atom.P:
			continue
		}
		if postBody([]*html.Node{x}, t) {
			entries = append(entries, entry{t: t, scope: x, byline: byline})
		}
	}
	return entries
}

// bylineBefore reports whether all that stands before the <time> t in
// its line p is who wrote the entry: an element classed as its author (or
// user, or name), perhaps in bold (<strong><a class="author">), and the
// marks between it and the time, or a verb of commenting, as a forum or an
// issue tracker heads a post and each reply (<p class="meta"><span
// class="author">grimbeard77</span> · <time ...>Feb 7, 2025</time></p>,
// "<strong><a class="author">mlopez</a></strong> commented <a
// href="#issuecomment-2"><time ...>Mar 2, 2026</time></a>"). The time
// (or the link to the entry around it, see permalink) then heads the
// entry as if it came first.
func bylineBefore(p, t *html.Node) bool {
	if t.Parent != p {
		return false
	}
	author := false
	for c := p.FirstChild; c != nil && c != t; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if w := strings.Trim(c.Data, " \t\r\n\u00a0·•|–—-,:"); w != "" && !strings.EqualFold(w, "by") && !(author && commentVerb(w)) {
				return false
			}
		case html.ElementNode:
			if author || !authorElement(c) {
				return false
			}
			author = true
		}
	}
	return author
}

// authorElement reports whether element c names who wrote a post: it is
// classed as its author (or user, or name), perhaps in bold (<strong><a
// class="author">mlopez</a></strong>), in a few words.
func authorElement(c *html.Node) bool {
	a := c
	if (c.DataAtom == atom.Strong || c.DataAtom == atom.B) && attr(c, "class") == "" {
		if e := onlyElement(c); e != nil {
			a = e
		}
	}
	cl := strings.ToLower(attr(a, "class"))
	return (strings.Contains(cl, "author") || strings.Contains(cl, "user") || strings.Contains(cl, "name") || attr(a, "rel") == "author") &&
		len(strings.TrimSpace(textOf(c))) <= 60
}

// dropActivity removes from a thread, a page whose posts are headed by
// their writers' bylines (entries), the lines that record what someone
// did to the thread rather than wrote in it: a writer's name first, a few
// words, and a time last, heading no post ("kfaulkner added the bug label
// <relative-time>Feb 21, 2026</relative-time>", "mlopez closed this as
// completed <time>"). Like the "opened this issue on" line over the
// thread, they are the tracker's furniture, no events. times are the
// page's <time> elements.
func dropActivity(times []*html.Node, entries []entry) {
	heads := make(map[*html.Node]bool, len(entries))
	in := map[*html.Node]bool{} // the entries' elements
	replies := 0
	for _, e := range entries {
		heads[e.t] = true
		if e.scope != nil {
			in[e.scope] = true
		}
		for _, n := range e.run {
			in[n] = true
		}
		if e.byline {
			replies++
		}
	}
	if replies < minPosts {
		return
	}
	for _, t := range times {
		if heads[t] || inAny(t, in) {
			continue // (a comment's own sentence: "@okoye merged it <time>")
		}
		if line := activityLine(t); line != nil && line.Parent != nil {
			line.Parent.RemoveChild(line)
		}
	}
}

// inAny reports whether n is one of the elements of set or inside one.
func inAny(n *html.Node, set map[*html.Node]bool) bool {
	for ; n != nil; n = n.Parent {
		if set[n] {
			return true
		}
	}
	return false
}

// activityLine returns the line that the <time> t (or the permalink
// around it) ends and that opens with its writer's name (authorElement),
// in less than 160 bytes; nil when there is none.
func activityLine(t *html.Node) *html.Node {
	x := t
	if p := t.Parent; p != nil && permalink(p, t) {
		x = p
	}
	line := x.Parent
	if line == nil || line.Type != html.ElementNode || !entryParents[line.DataAtom] && line.DataAtom != atom.P && line.DataAtom != atom.Li || lastContent(line) != x {
		return nil
	}
	first := firstContent(line)
	if first == nil || first == x || first.Type != html.ElementNode || !authorElement(first) || hasBlockChild(line) {
		return nil
	}
	if len(normalize(textOf(line))) > 160 {
		return nil
	}
	return line
}

// lastContent returns the last child of n that holds text or is an
// element, passing over white space and comments.
func lastContent(n *html.Node) *html.Node {
	return contentFrom(n.LastChild, func(c *html.Node) *html.Node { return c.PrevSibling })
}

// contentFrom returns the first of c and the siblings next gives after it
// that holds text or is an element (not one of skipTags).
func contentFrom(c *html.Node, next func(*html.Node) *html.Node) *html.Node {
	for ; c != nil; c = next(c) {
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

// commentVerb reports whether w, the words between a post's author and
// its time, says that the author wrote it: "commented", "replied on",
// "wrote", "posted".
func commentVerb(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(w), " on"))
	switch w {
	case "commented", "replied", "wrote", "posted", "answered", "responded", "said":
		return true
	}
	return false
}

// permalink reports whether a, the parent of the <time> t, is a link
// holding nothing but t: the link to the entry the time heads (an issue
// tracker's "commented <a href="#issuecomment-2"><time>").
func permalink(a, t *html.Node) bool {
	return a.DataAtom == atom.A && firstContent(a) == t && onlyElement(a) == t && strings.TrimSpace(textOf(a)) == strings.TrimSpace(textOf(t))
}

// onlyElement returns the one element child of n when n holds no other
// element and no text outside it; nil otherwise.
func onlyElement(n *html.Node) *html.Node {
	var e *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if e != nil {
				return nil
			}
			e = c
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	return e
}

// inlineParent reports whether n is an element a line of text is written
// in (a paragraph, a heading, a list item, a link), not one that holds
// the blocks of an article (a <div>, <article>, <section>, <main>,
// <body>).
func inlineParent(n *html.Node) bool {
	return !entryParents[n.DataAtom]
}

// entryParents are the elements that hold the entries of a flat article.
var entryParents = map[atom.Atom]bool{
	atom.Div: true, atom.Article: true, atom.Section: true, atom.Main: true, atom.Body: true, atom.Center: true,
}

// entryRun returns head t and the siblings after it up to the next head
// or stop (a day's heading), or to the end of their parent: the entry t
// heads in a flat article.
func entryRun(t *html.Node, isHead, stops map[*html.Node]bool) []*html.Node {
	run := []*html.Node{t}
	for c := t.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isHead[c] || stops[c] || countTimes(c, isHead) > 0) {
			break
		}
		run = append(run, c)
	}
	return run
}

// gatherEntry moves the nodes of a run (entryRun) into a new <div>
// standing where the first stood, and returns the <div>.
func gatherEntry(run []*html.Node) *html.Node {
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	run[0].Parent.InsertBefore(div, run[0])
	for _, c := range run {
		c.Parent.RemoveChild(c)
		div.AppendChild(c)
	}
	return div
}

// markEntries marks the heads and containers of the entries with their
// index (postAttr, postScopeAttr), gathering the entries of a flat article
// into <div>s of their own.
func markEntries(entries []entry) {
	for i := range entries {
		if entries[i].scope == nil {
			entries[i].scope = gatherEntry(entries[i].run)
		}
	}
	for i, e := range entries {
		n := strconv.Itoa(i)
		e.t.Attr = append(e.t.Attr, html.Attribute{Key: postAttr, Val: n})
		e.scope.Attr = append(e.scope.Attr, html.Attribute{Key: postScopeAttr, Val: n})
	}
}

// livePostRe matches the class or id of an element holding one post of a
// live blog.
var livePostRe = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:post|entry|update|live|liveblog|blog-?post)(?:$|[\s_-])`)

// livePost reports whether a page's one dated entry is a post of a live
// blog all the same: its <time> holds a time of day, and the element that
// holds it is a part of the article (not an <article>, <main> or
// <section>, holding no <h1>) that says it is a post ("post", "entry",
// "update", "live" in its class or id). One <time> heading an article is
// otherwise the article's date, not a post's (a blog's <article
// class="post">).
func livePost(e entry) bool {
	d, ok := parseDatetime(attr(e.t, "datetime"))
	if !ok || d.Prec < timeline.Minute || e.scope == nil {
		return false
	}
	switch e.scope.DataAtom {
	case atom.Article, atom.Main, atom.Section, atom.Body, atom.Html:
		return false
	}
	if hasElement(e.scope, atom.H1) {
		return false
	}
	for n := e.t.Parent; n != nil && n != e.scope.Parent; n = n.Parent {
		if livePostRe.MatchString(attr(n, "class") + " " + attr(n, "id")) {
			return true
		}
	}
	return false
}

// clockRe matches a line that holds only a time of day: "09:30", "16.45",
// "9:30am", "4.45 p.m.", "09:45 GMT". A one-digit hour with a dot
// ("3.5") is a number unless am or pm follows.
var clockRe = regexp.MustCompile(`(?i)^(?:([01]?\d|2[0-3]):([0-5]\d)|([01]\d|2[0-3])\.([0-5]\d)|(0?[1-9]|1[0-2])[:.]([0-5]\d)\s*([ap])\.?m\.?)\s*(gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt)?$`)

// clockZones are the offsets, in minutes, of the zone names a post's time
// may carry.
var clockZones = map[string]int{
	"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "est": -300, "edt": -240,
	"cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
}

// clock is a time of day read from a post's heading line.
type clock struct {
	hour, minute int
	zone         int
	hasZone      bool
}

// parseClock reads a line holding only a time of day (clockRe).
func parseClock(s string) (clock, bool) {
	m := clockRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return clock{}, false
	}
	var c clock
	switch {
	case m[1] != "":
		c.hour, _ = strconv.Atoi(m[1])
		c.minute, _ = strconv.Atoi(m[2])
	case m[3] != "":
		c.hour, _ = strconv.Atoi(m[3])
		c.minute, _ = strconv.Atoi(m[4])
	default:
		c.hour, _ = strconv.Atoi(m[5])
		c.minute, _ = strconv.Atoi(m[6])
		c.hour %= 12
		if strings.EqualFold(m[7], "p") {
			c.hour += 12
		}
	}
	if z := strings.ToLower(m[8]); z != "" {
		c.zone, c.hasZone = clockZones[z], true
	}
	return c, true
}

// weekdayLead cuts a weekday's name (and a comma) from the front of s:
// "Wednesday 00:38 BST" is Wednesday and "00:38 BST".
func weekdayLead(s string) (time.Weekday, string, bool) {
	name, rest, ok := strings.Cut(s, " ")
	if !ok {
		return 0, s, false
	}
	name = strings.TrimRight(strings.ToLower(name), ",.")
	for d := time.Sunday; d <= time.Saturday; d++ {
		full := strings.ToLower(d.String())
		if name == full || len(name) >= 3 && strings.HasPrefix(full, name) {
			return d, strings.TrimSpace(rest), true
		}
	}
	return 0, s, false
}

// clockHeads are the elements a line holding only a post's time of day
// is written in.
var clockHeads = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Span: true, atom.Strong: true, atom.B: true, atom.Em: true,
	atom.Time: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
}

// markClockPosts finds the posts of a live blog whose entries are headed
// by a line holding only a time of day ("<p class="ts">09:30</p>", a
// <time> with no date), as markPosts does those headed by a <time
// datetime>, and dates each on the page's day of publication, pub (at
// day precision or finer; without it, only a page whose every time
// stands under a heading that is a whole day with its year has posts),
// at the time written,
// in the zone written or else the zone of the publication time. The
// entries of a live blog run backwards from the top, those of a diary
// forwards: read in the order of time, a clock that goes back by more
// than twelve hours (23:50, then 00:20) has passed midnight, and the day
// after is its day. The page's date is taken for the day of its first
// entry. Two entries or more make a page of posts.
func markClockPosts(doc *html.Node, pub timeline.Date) []post {
	var heads []*html.Node
	clocks := map[*html.Node]clock{}
	// a heading that is a day ("Saturday 25 January 2025") dates the
	// times under it, up to the next such heading
	var dayHead timeline.Date
	headDay := map[*html.Node]timeline.Date{}
	dayNodes := map[*html.Node]bool{}
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] || c.DataAtom == atom.A || c.DataAtom == atom.Table {
				continue
			}
			if dayHeads[c.DataAtom] {
				if d, ok := dayHeading(normalize(textOf(c)), pub); ok {
					dayHead, dayNodes[c] = d, true
					continue
				}
			}
			if clockHeads[c.DataAtom] && attr(c, rowAttr) == "" && attr(c, cellAttr) == "" {
				if t := normalize(textOf(c)); len(t) <= 30 {
					wd, rest, hasWD := weekdayLead(t)
					if k, ok := parseClock(rest); ok && (hasWD || len(t) <= 16) {
						heads = append(heads, c)
						clocks[c] = k
						switch {
						case hasWD:
							// "Wednesday 00:38 BST": the first such
							// weekday from the page's day on
							from := dayHead
							if from.Prec < timeline.Day {
								from = pub
							}
							if d, ok := from.DayOf().Time(); ok {
								for d.Weekday() != wd {
									d = d.AddDate(0, 0, 1)
								}
								headDay[c] = timeline.FromTime(d, timeline.Day)
							}
						case dayHead.Prec >= timeline.Day:
							headDay[c] = dayHead
						}
						continue
					}
				}
			}
			find(c)
		}
	}
	find(doc)
	if len(heads) < minPosts {
		return nil
	}
	entries := postEntries(heads, dayNodes)
	if len(entries) < minPosts {
		return nil
	}
	if pub.Prec < timeline.Day {
		// A page that states no date of its own: each time must be
		// under a heading that is a whole day, its year written.
		for _, e := range entries {
			if _, ok := headDay[e.t]; !ok {
				return nil
			}
		}
	}
	ks := make([]clock, len(entries))
	for i, e := range entries {
		ks[i] = clocks[e.t]
	}
	days := clockDays(ks)
	day, _ := pub.DayOf().Time()
	posts := make([]post, len(entries))
	for i, k := range ks {
		t := day.AddDate(0, 0, days[i])
		if hd, ok := headDay[entries[i].t]; ok {
			t, _ = hd.DayOf().Time() // the day heading over it
		}
		d := timeline.FromTime(time.Date(t.Year(), t.Month(), t.Day(), k.hour, k.minute, 0, 0, time.UTC), timeline.Minute)
		switch {
		case k.hasZone:
			d.Zone, d.HasZone = k.zone, true
		case pub.HasZone:
			d.Zone, d.HasZone = pub.Zone, true
		}
		posts[i] = post{date: d, raw: normalize(textOf(entries[i].t))}
	}
	markEntries(entries)
	return posts
}

// clockDays returns, for the times of day of a page's entries in page
// order, how many days after the day of the first entry in time each
// falls (see markClockPosts).
func clockDays(ks []clock) []int {
	minutes := func(k clock) int { return k.hour*60 + k.minute }
	// The order of time: backwards from the top when more steps go back
	// than forwards, each step taken the shorter way round the clock
	// (23:40 after 01:05 is 85 minutes back).
	back, fwd := 0, 0
	for i := 1; i < len(ks); i++ {
		d := minutes(ks[i]) - minutes(ks[i-1])
		switch {
		case d > 12*60:
			d -= 24 * 60
		case d <= -12*60:
			d += 24 * 60
		}
		switch {
		case d < 0:
			back++
		case d > 0:
			fwd++
		}
	}
	order := make([]int, len(ks))
	for i := range order {
		order[i] = i
		if back > fwd {
			order[i] = len(ks) - 1 - i
		}
	}
	days := make([]int, len(ks))
	day := 0
	for j := 1; j < len(order); j++ {
		if minutes(ks[order[j-1]])-minutes(ks[order[j]]) > 12*60 {
			day++
		}
		days[order[j]] = day
	}
	return days
}

// firstContent returns the first child of n that holds text or is an
// element, passing over white space and comments.
func firstContent(n *html.Node) *html.Node {
	return contentFrom(n.FirstChild, func(c *html.Node) *html.Node { return c.NextSibling })
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

// postBody reports whether the entry made of nodes xs, headed by time t,
// says something after it: twenty characters of text or more, less than
// half of them in links (a list of dated links to other stories is not a
// page of posts).
func postBody(xs []*html.Node, t *html.Node) bool {
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
	for _, x := range xs {
		walk(x, false)
	}
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

// hasElement reports whether n holds an element a.
func hasElement(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasElement(c, a)) {
			return true
		}
	}
	return false
}

// dayHeading reads a heading that is a whole day and little else:
// "Saturday 25 January 2025", "25 January". A day written without its
// year ("Friday 2 May", as a live blog heads each day of its entries) is
// in the year around pub, the page's day of publication: the one its
// weekday names, else the nearest.
func dayHeading(s string, pub timeline.Date) (timeline.Date, bool) {
	if s == "" || len(s) > 48 || !strings.ContainsAny(s, "0123456789") {
		return timeline.Date{}, false
	}
	xs := tempex.Tag(s, tempex.Options{Ref: pub.DayOf(), Mode: tempex.News})
	if len(xs) != 1 || xs[0].Date.Prec != timeline.Day || xs[0].Date.Year == 0 || xs[0].End-xs[0].Start < len(s)*2/3 {
		return timeline.Date{}, false
	}
	return xs[0].Date, true
}

// dayHeads are the elements that head a day of posts.
var dayHeads = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}
