package html

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-project/chronicle/timeline/tempex"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Supplements: the extractor keeps a page's main text and leaves out
// everything else, but not everything else is furniture. A "Key dates"
// sidebar, a fact box, a figure's caption or a list left after the
// article's last paragraph belong to the story, and a box of key dates is
// the author's own chronology: losing it silently is losing data. What the
// extractor left out is looked at again, a part at a time, and a part is
// read after the article (a supplement) when it is the story's, not the
// page's.
//
// Every element of the page is numbered (idAttr) before the extractor
// runs, so that what it kept can be told from what it left, whatever it
// renamed or wrapped. The article's place in the page is the deepest
// element holding all that was kept. Then, in page order:
//
//   - navigation, headers, footers, menus, forms, dialogs and hidden
//     elements are never read (hardFurniture), and neither are parts
//     named for related or most-read stories, teasers, ads, sharing,
//     tags, bylines, bios, timestamps, comments and the like by their
//     class, id or aria-label (softFurniture), nor parts under a heading
//     that says so ("Related", "More from Transport", "Most read");
//   - a box, sidebar or figure (an <aside>, a <figure>, an element whose
//     class names a sidebar, box or panel) may be read wherever it
//     stands; other content (a list, a table, a paragraph) only inside
//     the article's element, after its first text, or after it, in its
//     column, and there only when it gives a date written with a number;
//   - a part is read when it says something of its own: at most half of
//     its text is link text (a list of teasers is all links; in a list,
//     at most half of the items may be mostly links), it is more than a
//     date alone (a top bar's "Friday, 9 March 2018"), and it is not a
//     copyright line, a byline or an "Updated ..." stamp. A heading goes
//     with the parts after it: it is read when one of them is, and a
//     heading that is a link (a teaser's title) takes its parts out;
//   - a part named a chronology, by its class ("timeline", "key-dates",
//     "factbox") or its heading ("Key dates", "Timeline", "Chronology"),
//     is read even when its dates are links.
//
// Supplements are read after the article, in page order, with the
// article's citation; one inside a post (see markPosts) is dated by the
// post.

// idAttr numbers the elements of the page (see numberElements).
const idAttr = "data-chronicle-id"

// numberElements numbers every element under n, in page order, in
// idAttr, and returns them, each at its number.
func numberElements(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				c.Attr = append(c.Attr, html.Attribute{Key: idAttr, Val: strconv.Itoa(len(out))})
				out = append(out, c)
				walk(c)
			}
		}
	}
	walk(n)
	return out
}

// elementID returns the number idAttr gives element n, or -1.
func elementID(n *html.Node, count int) int {
	if n.Type != html.ElementNode {
		return -1
	}
	v := attr(n, idAttr)
	if v == "" {
		return -1
	}
	i, err := strconv.Atoi(v)
	if err != nil || i < 0 || i >= count {
		return -1
	}
	return i
}

// cloneTree returns a deep copy of n.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: slices.Clone(n.Attr)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

// supplier finds the supplements of a page.
type supplier struct {
	count  int
	holds  []bool // element i, or one below it, was kept by the extractor
	kept   []bool // element i was kept by the extractor
	art    *html.Node
	begun  bool         // the walk has met the article's first text
	after  bool         // the walk has passed the article's element
	out    []*html.Node // the parts read, copied, each in its own <div>
	budget int          // elements the walk may still look at closely
}

// supplements returns what the page holds of the story outside root, the
// article the extractor kept (a copy of part of doc; see the comment
// above), as one element holding copies of the parts, in page order; nil
// when there is none. count is the number of elements numberElements
// numbered in doc.
func supplements(doc, root *html.Node, count int) *html.Node {
	if root == nil || count == 0 {
		return nil
	}
	s := &supplier{count: count, holds: make([]bool, count), kept: make([]bool, count), budget: 4 * count}
	found := false
	var keep func(n *html.Node)
	keep = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if i := elementID(c, count); i >= 0 {
				s.kept[i] = true
				found = true
			}
			keep(c)
		}
	}
	if i := elementID(root, count); i >= 0 {
		s.kept[i] = true
		found = true
	}
	keep(root)
	if !found {
		return nil
	}
	body := findElement(doc, atom.Body)
	if body == nil {
		return nil
	}
	var mark func(n *html.Node) bool
	mark = func(n *html.Node) bool {
		h := false
		if i := elementID(n, count); i >= 0 && s.kept[i] {
			h = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && mark(c) {
				h = true
			}
		}
		if i := elementID(n, count); i >= 0 {
			s.holds[i] = h
		}
		return h
	}
	if !mark(body) {
		return nil
	}
	// The article's element: the deepest one holding all that was kept.
	s.art = body
	for !s.isKept(s.art) {
		var only *html.Node
		n := 0
		for c := s.art.FirstChild; c != nil; c = c.NextSibling {
			if s.isHolding(c) {
				only = c
				n++
			}
		}
		if n != 1 {
			break
		}
		s.art = only
	}
	s.visit(body, s.art == body, "")
	if len(s.out) == 0 {
		return nil
	}
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range s.out {
		div.AppendChild(n)
	}
	return div
}

func (s *supplier) isKept(n *html.Node) bool {
	i := elementID(n, s.count)
	return i >= 0 && s.kept[i]
}

func (s *supplier) isHolding(n *html.Node) bool {
	i := elementID(n, s.count)
	return i >= 0 && s.holds[i]
}

// findElement returns the first element a under n.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == a {
				return c
			}
			if f := findElement(c, a); f != nil {
				return f
			}
		}
	}
	return nil
}

// visit walks element x, which holds some of what the extractor kept:
// its children that hold some too are visited, the others are looked at
// as parts. inArt says x is the article's element or inside it; post is
// the post x belongs to (postScopeAttr), if any.
func (s *supplier) visit(x *html.Node, inArt bool, post string) {
	if v := attr(x, postScopeAttr); v != "" {
		post = v
	}
	s.parts(x, func() (bool, bool) {
		// After the article, out of its element, only what gives a date.
		return inArt && s.begun || s.after, !inArt
	}, false, post)
	if x == s.art {
		s.after = true
	}
}

// A group is a heading and the parts after it, up to the next heading, or
// the parts before the first heading; a run of text and inline elements
// is one part.
type group struct {
	heading *html.Node
	parts   [][]*html.Node
}

// parts looks at the children of x: those holding what the extractor
// kept are visited, the others grouped under their headings and read or
// left (see take). loose reports whether content other than a box may be
// read here; force says x is a chronology, read whatever its links.
func (s *supplier) parts(x *html.Node, loose func() (ok, dated bool), force bool, post string) {
	var g group
	var run []*html.Node
	endRun := func() {
		if len(run) > 0 {
			g.parts = append(g.parts, run)
			run = nil
		}
	}
	endGroup := func() {
		endRun()
		if g.heading != nil || len(g.parts) > 0 {
			ok, dated := loose()
			s.group(g, ok, dated, force, post)
		}
		g = group{}
	}
	// The text of an element the extractor kept is the article's (it
	// moves such text into paragraphs of its own making); only the
	// blocks it removed are looked at.
	kept := s.isKept(x)
	for c := x.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case kept && (c.Type == html.TextNode || c.Type == html.ElementNode && inlineTag(c) && attr(c, rowAttr) == ""):
			if !s.begun && strings.TrimSpace(textOf(c)) != "" {
				endGroup()
				s.begun = true
			}
		case c.Type == html.TextNode:
			run = append(run, c)
		case c.Type != html.ElementNode:
		case s.isHolding(c):
			endGroup()
			s.visit(c, x == s.art || s.within(c), post)
		case headingTags[c.DataAtom]:
			endGroup()
			g.heading = c
		case blockTags[c.DataAtom] || attr(c, rowAttr) != "" || !inlineTag(c):
			endRun()
			g.parts = append(g.parts, []*html.Node{c})
		default:
			run = append(run, c)
		}
	}
	endGroup()
}

// within reports whether n is the article's element or inside it.
func (s *supplier) within(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == s.art {
			return true
		}
	}
	return false
}

// inlineTag reports whether element n is phrasing content: text-level
// markup that goes on the line of the text around it.
func inlineTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Br, atom.Cite, atom.Code, atom.Data, atom.Dfn,
		atom.Em, atom.I, atom.Kbd, atom.Mark, atom.Q, atom.S, atom.Samp, atom.Small, atom.Span, atom.Strong,
		atom.Sub, atom.Sup, atom.Time, atom.U, atom.Var, atom.Wbr, atom.Img, atom.Font, atom.Del, atom.Ins,
		atom.Label, atom.Big, atom.Tt, atom.Strike, atom.Nobr, atom.Picture, atom.Source, atom.Audio, atom.Video:
		return true
	}
	return n.DataAtom == 0 && !hasBlockChild(n)
}

// hasBlockChild reports whether element n holds a block element or a
// heading (below inline wrappers).
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if blockTags[c.DataAtom] || headingTags[c.DataAtom] || attr(c, rowAttr) != "" {
			return true
		}
		if c.DataAtom == 0 && hasBlockChild(c) {
			return true
		}
	}
	return false
}

// group reads what it may of a heading and its parts: a heading that
// names teasers ("Related", "Most read") or is a link takes its parts
// out; one that names a chronology has them read whatever their links. The
// heading is read when one of its parts is.
func (s *supplier) group(g group, loose, dated, force bool, post string) {
	at := len(s.out)
	if g.heading != nil {
		if hardFurniture(g.heading) || softFurniture(g.heading) {
			return
		}
		h := normalize(textOf(g.heading))
		if teaserHeadingRe.MatchString(h) || linkShare(g.heading) > 0.9 {
			return
		}
		if historyHeading(h) {
			return // the page's history: "Updates to this page", "Published 12 March 2025"
		}
		if siteWidgetHeadingRe.MatchString(h) && !s.within(g.heading) {
			return // "Next fixtures", "Term dates" beside the article: the site's, on every page
		}
		if chronologyHeadingRe.MatchString(h) {
			force, loose, dated = true, true, false
		}
	}
	for _, p := range g.parts {
		s.part(p, loose, dated, force, post)
	}
	if g.heading != nil && len(s.out) > at {
		s.out = slices.Insert(s.out, at, s.copyOf([]*html.Node{g.heading}, post))
	}
}

// part reads one part (an element, or a run of text and inline elements)
// if it belongs to the story (see the comment at the top of the file).
func (s *supplier) part(p []*html.Node, loose, dated, force bool, post string) {
	s.budget--
	if s.budget < 0 {
		return
	}
	if len(p) == 1 && p[0].Type == html.ElementNode {
		c := p[0]
		if hardFurniture(c) {
			return
		}
		chron := chronologyName(c)
		if !chron && softFurniture(c) || pageHistory(c) {
			return
		}
		if chron {
			force = true
		}
		box := force || boxLike(c)
		if box {
			loose, dated = true, false
		}
		if v := attr(c, postScopeAttr); v != "" {
			post = v
		}
		if container(c) {
			// A box, a column, a wrapper: its own parts are looked at,
			// each under its heading.
			s.parts(c, func() (bool, bool) { return loose, dated }, force, post)
			return
		}
		if !loose {
			return
		}
	} else if !loose {
		return
	}
	if s.readable(p, force) && (!dated || writtenDate(p)) {
		s.out = append(s.out, s.copyOf(p, post))
	}
}

// writtenDate reports whether a part holds a date written with a number
// ("3 March 2023", "Sept. 2", "2019"), in its first 8 KiB.
func writtenDate(p []*html.Node) bool {
	var b strings.Builder
	for _, n := range p {
		if b.Len() > 8<<10 {
			break
		}
		b.WriteString(textOf(n))
		b.WriteByte(' ')
	}
	t := b.String()
	if len(t) > 8<<10 {
		t = strings.ToValidUTF8(t[:8<<10], "")
	}
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	for _, x := range tempex.Tag(t, tempex.Options{}) {
		if (x.Type == tempex.Date || x.Type == tempex.Time) && strings.ContainsAny(x.Text, "0123456789") {
			return true
		}
	}
	return false
}

// copyOf copies a part into a <div> of its own (in its post, if any).
func (s *supplier) copyOf(p []*html.Node, post string) *html.Node {
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	if post != "" {
		div.Attr = []html.Attribute{{Key: postScopeAttr, Val: post}}
	}
	var into *html.Node = div
	if len(p) > 1 || p[0].Type == html.TextNode || inlineTag(p[0]) {
		into = &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		div.AppendChild(into)
	}
	for _, n := range p {
		into.AppendChild(cloneTree(n))
	}
	return div
}

// container reports whether element n is a wrapper of parts (a division,
// a section, a box) rather than a part itself (a paragraph, a list, a
// figure, a table's row).
func container(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Ul, atom.Ol, atom.Dl, atom.Li, atom.Dt, atom.Dd, atom.Figure, atom.Blockquote,
		atom.Pre, atom.Table, atom.Address, atom.Figcaption, atom.Caption:
		return false
	}
	return attr(n, rowAttr) == "" && hasBlockChild(n)
}

// readable reports whether a part says something of its own (see the
// comment at the top of the file); force passes over its links.
func (s *supplier) readable(p []*html.Node, force bool) bool {
	var all, links int
	var text strings.Builder
	for _, n := range p {
		a, l := linkText(n, &text)
		all, links = all+a, links+l
	}
	if all == 0 {
		return false
	}
	plain := normalize(text.String())
	if inPageLinks(p) {
		return false
	}
	if force {
		return plain != "" || links > 0
	}
	if links*2 > all {
		return false
	}
	if len(p) == 1 && (p[0].DataAtom == atom.Ul || p[0].DataAtom == atom.Ol) {
		items, linked := 0, 0
		for c := p[0].FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				items++
				if linkShare(c) > 0.5 {
					linked++
				}
			}
		}
		if linked*2 > items {
			return false
		}
	}
	if len(strings.Fields(plain)) < 3 || len(plain) <= 40 && tempex.IsDate(plain) {
		return false
	}
	if len(plain) < 400 && copyrightRe.MatchString(plain) {
		return false
	}
	return !pageLineRe.MatchString(plain)
}

// inPageLinks reports whether a part is nothing but links to places in
// the page itself: a table of contents, a live blog's "Key events"
// (<li><a href="#block-4"><time>13:40</time> Chancellor freezes
// thresholds</a></li>) and its "Show key events only", which tell
// again, by their links, what the page tells. Such a part is never read,
// even under a chronology's heading.
func inPageLinks(p []*html.Node) bool {
	var all, links int
	for _, n := range p {
		a, l := linkText(n, nil)
		all, links = all+a, links+l
		if n.Type == html.ElementNode && !allAnchors(n) && !(n.DataAtom == atom.A && anchor(n)) {
			return false
		}
	}
	return all > 0 && links*10 >= all*9
}

// allAnchors reports whether every link under n, one at least, goes to
// a place in the page ("#block-4").
func allAnchors(n *html.Node) bool {
	found := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A && attr(c, "href") != "" {
				if !anchor(c) {
					return false
				}
				found = true
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(n) && found
}

// anchor reports whether the link a goes to a place in the page.
func anchor(a *html.Node) bool {
	return strings.HasPrefix(strings.TrimSpace(attr(a, "href")), "#")
}

// linkText adds up the text under n and the part of it in links, and
// writes the text outside links to plain.
func linkText(n *html.Node, plain *strings.Builder) (all, links int) {
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		switch {
		case n.Type == html.TextNode:
			l := len(strings.TrimSpace(n.Data))
			all += l
			if in {
				links += l
			} else if plain != nil {
				plain.WriteString(n.Data)
				plain.WriteByte(' ')
			}
			return
		case n.Type == html.ElementNode && skipTags[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.A && attr(n, "href") != "":
			in = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	return all, links
}

// linkShare is the share of the text under n that is link text.
func linkShare(n *html.Node) float64 {
	all, links := linkText(n, nil)
	if all == 0 {
		return 0
	}
	return float64(links) / float64(all)
}

// hardFurniture reports whether element n is never part of the story:
// navigation, a page or article header or footer, a menu, a form, a
// dialog, or hidden.
func hardFurniture(n *html.Node) bool {
	if quoteFooter(n) {
		return false // a quotation's attribution
	}
	switch n.DataAtom {
	case atom.Nav, atom.Header, atom.Footer, atom.Form, atom.Menu, atom.Dialog, atom.Button, atom.Select,
		atom.Textarea, atom.Input, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe,
		atom.Object, atom.Embed, atom.Svg, atom.Math, atom.Search:
		return true
	}
	switch strings.ToLower(strings.TrimSpace(attr(n, "role"))) {
	case "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "dialog",
		"alertdialog", "tablist", "tab", "form":
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// The words of a class or id that name a part of the page that is not the
// story, after a single word or after a pair of words ("read-more",
// "most-read", "sr-only").
var (
	furnitureWords = map[string]bool{
		"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
		"masthead": true, "header": true, "footer": true, "foot": true, "colophon": true, "topbar": true, "toolbar": true, "skip": true,
		"related": true, "recommended": true, "recommendations": true, "recommendation": true, "recommend": true,
		"mostread": true, "mostpopular": true, "popular": true, "trending": true, "latest": true,
		"teaser": true, "teasers": true, "promo": true, "promos": true, "promotion": true, "card": true, "cards": true,
		"outbrain": true, "taboola": true, "ad": true, "ads": true, "advert": true, "adverts": true,
		"advertisement": true, "advertising": true, "adslot": true, "sponsor": true, "sponsored": true, "sponsors": true,
		"share": true, "sharing": true, "sharebar": true, "social": true, "subscribe": true, "subscription": true,
		"paywall": true, "login": true, "signin": true, "pagination": true, "pager": true,
		"tags": true, "tagcloud": true, "topics": true, "categories": true,
		"byline": true, "author": true, "authors": true, "bio": true, "contributor": true, "timestamp": true,
		"dateline": true, "date": true, "published": true, "updated": true, "modified": true,
		"meta": true, "metadata": true, "postmeta": true, "hatnote": true, "ambox": true, "mbox": true,
		"navbox": true, "catlinks": true, "toc": true, "hidden": true, "pullquote": true, "credit": true,
		"credits": true, "copyright": true, "legal": true, "disclaimer": true, "calendar": true,
		"archive": true, "archives": true, "widget": true, "rss": true, "responses": true, "replies": true,
		"reactions": true, "comment": true, "comments": true, "discussion": true, "newsletter": true,
		"cookie": true, "cookies": true, "consent": true, "readmore": true, "seealso": true,
	}
	furniturePairs = map[[2]string]bool{
		{"read", "more"}: true, {"read", "also"}: true, {"read", "next"}: true, {"also", "read"}: true,
		{"more", "stories"}: true, {"more", "news"}: true, {"more", "from"}: true, {"more", "articles"}: true,
		{"more", "like"}: true, {"more", "on"}: true, {"more", "in"}: true, {"most", "read"}: true,
		{"most", "popular"}: true, {"most", "viewed"}: true, {"most", "shared"}: true, {"see", "also"}: true,
		{"sr", "only"}: true, {"visually", "hidden"}: true, {"screen", "reader"}: true, {"pull", "quote"}: true,
		{"you", "may"}: true, {"you", "might"}: true, {"post", "navigation"}: true, {"post", "nav"}: true,
		{"tag", "list"}: true, {"tag", "links"}: true,
	}
	// chronologyWords name a chronology, by a word or a pair.
	chronologyWords = map[string]bool{
		"timeline": true, "chronology": true, "keydates": true, "keyevents": true, "milestones": true,
		"factbox": true, "factfile": true,
	}
	chronologyPairs = map[[2]string]bool{
		{"key", "dates"}: true, {"key", "events"}: true, {"key", "moments"}: true, {"key", "facts"}: true,
		{"fact", "box"}: true, {"fact", "file"}: true, {"at", "glance"}: true,
	}
	// boxWords name a box or sidebar set apart from the text.
	boxWords = map[string]bool{
		"sidebar": true, "aside": true, "box": true, "boxout": true, "sidebox": true, "infobox": true,
		"panel": true, "callout": true, "inset": true, "explainer": true, "highlights": true,
		"sidenote": true, "note": true, "factbox": true,
	}
)

// nameWords returns the lower-case words of the class and id of n, each
// class token apart.
func nameWords(n *html.Node) [][]string {
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if len(v) > 512 {
		v = v[:512]
	}
	var out [][]string
	for _, tok := range strings.Fields(v) {
		if w := pruneWordRe.FindAllString(tok, -1); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// named reports whether a word of n's class or id is in words, or a pair
// of its words in pairs.
func named(n *html.Node, words map[string]bool, pairs map[[2]string]bool) bool {
	for _, ws := range nameWords(n) {
		for i, w := range ws {
			if words[w] {
				return true
			}
			if i+1 < len(ws) && pairs[[2]string{w, ws[i+1]}] {
				return true
			}
		}
	}
	return false
}

// softFurniture reports whether element n is named, by its class, id or
// aria-label, for a part of the page that is not the story.
func softFurniture(n *html.Node) bool {
	if l := normalize(attr(n, "aria-label")); l != "" && (teaserHeadingRe.MatchString(l) || pruneLabelRe.MatchString(l)) {
		return true
	}
	return named(n, furnitureWords, furniturePairs)
}

// chronologyName reports whether element n is named a chronology by its
// class, id or aria-label, or by the heading it opens with.
func chronologyName(n *html.Node) bool {
	if named(n, chronologyWords, chronologyPairs) {
		return true
	}
	if l := normalize(attr(n, "aria-label")); l != "" && chronologyHeadingRe.MatchString(l) {
		return true
	}
	h := leadingHeading(n)
	return h != nil && chronologyHeadingRe.MatchString(normalize(textOf(h)))
}

// leadingHeading returns the heading element n opens with (no text before
// it), or nil. It looks at the elements before the first text only.
func leadingHeading(n *html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node) bool // reports whether to stop
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return true
				}
			case c.Type != html.ElementNode, skipTags[c.DataAtom]:
			case headingTags[c.DataAtom]:
				found = c
				return true
			default:
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	walk(n)
	return found
}

// boxLike reports whether element n is a box set apart from the text: an
// <aside>, a <figure>, an element whose class names a sidebar, a box or a
// panel, or whose role is complementary or a note.
func boxLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside, atom.Figure, atom.Figcaption:
		return true
	}
	switch strings.ToLower(strings.TrimSpace(attr(n, "role"))) {
	case "complementary", "note":
		return true
	}
	return named(n, boxWords, nil)
}

var (
	// teaserHeadingRe matches a heading over teasers, links or
	// furniture: "Related stories", "More from Transport", "Most read",
	// "You may also like", "Advertisement".
	teaserHeadingRe = regexp.MustCompile(`(?i)^\W*(?:related\b|more\s+(?:from|on|in|about|stories|news|articles|headlines|like\s+this|to\s+(?:read|explore))\b|most\s+(?:read|popular|viewed|shared|commented|recent)\b|popular\b|trending\b|recommended\b|top\s+stories\b|editor'?s\s+picks?\b|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|read\s+(?:more|also|next)\b|also\s+read\b|see\s+also\b|latest\b|advertisement\b|sponsored\b|partner\s+content\b|share\b|follow\s+us\b|newsletters?\b|sign\s+up\b|subscribe\b|comments?\b|\d+\s+comments?\b|readers?'?\s+comments\b|what\s+readers\s+say\b|about\s+(?:the\s+authors?|me|us|this\s+(?:blog|site))\b|tags\b|topics\b|in\s+this\s+section\b|elsewhere\b|around\s+the\s+web\b|from\s+(?:our|the)\s+partners?\b|don'?t\s+miss\b|what\s+to\s+read\s+next\b|recent\s+(?:posts|stories|articles)\b|archives?\b|categories\b|more\s+[\p{L}-]+\s*$)`)
	// siteWidgetHeadingRe matches the heading of a box a site shows
	// beside every article: its fixtures, term dates, opening hours,
	// coming events ("What's on", "Events this week").
	siteWidgetHeadingRe = regexp.MustCompile(`(?i)^\W*(?:(?:next|upcoming|forthcoming|latest)\s+(?:fixtures|matches|games|events|dates)\b|fixtures(?:\s+and\s+results)?\s*$|results\s*$|term\s+dates\b|school\s+(?:calendar|holidays)\b|opening\s+(?:hours|times)\b|what'?s\s+on\b|dates\s+for\s+(?:your|the)\s+diary\b|events\s+calendar\b|upcoming\s*$|coming\s+up\b|(?:local\s+)?events\s+(?:this|next)\s+(?:week|weekend|month)\b|(?:this|next)\s+(?:week|weekend|month)'?s\s+events\b|diary\s+dates\b)`)
	// chronologyHeadingRe matches a heading over a chronology: "Key
	// dates", "Timeline", "Chronology", "How it unfolded".
	chronologyHeadingRe = regexp.MustCompile(`(?i)^\W*(?:(?:key|important|major)\s+(?:dates|events|moments|milestones)\b|(?:a\s+|the\s+)?timeline\b|(?:a\s+|the\s+)?chronology\b|milestones\b|at\s+a\s+glance\b|fact\s*(?:box|file|sheet)\b|dates\s+to\s+(?:know|remember)\b|how\s+(?:it|the\s+story|events)\s+unfolded\b|what\s+happened\s+when\b|the\s+story\s+so\s+far\b)`)
	// pageLineRe matches a line of the page's, not of the story: a
	// byline, a publication or update stamp.
	pageLineRe = regexp.MustCompile(`^(?:(?i:by|posted by|written by|words by|photos? by)\s+\p{Lu}\S*(?:\s+\S+){0,6}\s*$|(?i:last\s+)?(?i:updated|modified|edited|revised|published|posted|first\s+published)\b.{0,80}$)`)
	// copyrightRe matches a copyright notice.
	copyrightRe = regexp.MustCompile(`©|(?i:\bcopyright\b|\ball rights reserved\b)`)
)
