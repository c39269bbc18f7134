package html

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockKind is what a run of the article's text is.
type blockKind uint8

const (
	paraBlock blockKind = iota
	headingBlock
	quoteBlock
)

// block is a paragraph, heading or quoted paragraph, with the positions
// its text nodes were found at in the source.
type block struct {
	kind  blockKind
	quote int // which blockquote a quoted paragraph belongs to
	text  strings.Builder
	segs  []timeline.Segment
	space bool // a space is due before the next word
	post  int  // 1 + the index of the post it belongs to (see markPosts); 0 for none
	apart bool // a <time> ended here: a word written right after it is another word
	// code holds the ranges of text that are code (see code.go), in
	// increasing order.
	code [][2]int
}

// addCode records text[a:e] as code.
func (b *block) addCode(a, e int) {
	if a >= e {
		return
	}
	if n := len(b.code); n > 0 && a <= b.code[n-1][1] {
		b.code[n-1][1] = max(b.code[n-1][1], e)
		return
	}
	b.code = append(b.code, [2]int{a, e})
}

// locator finds where text nodes stand in the decoded source.
type locator struct {
	src    string
	name   string
	lines  []int // offsets at which lines start
	cursor int
}

func newLocator(src, name string) *locator {
	l := &locator{src: src, name: name, lines: []int{0}}
	// The text of the article is searched for from the page's body on: the
	// head repeats it (<meta name="author" content="...">, the <title>).
	l.cursor = bodyStart(src)
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			l.lines = append(l.lines, i+1)
		}
	}
	return l
}

// bodyStart returns where the page's <body> tag starts, else where its
// head ends, else 0.
func bodyStart(src string) int {
	if i := indexFold(src, "<body"); i >= 0 && (i+5 == len(src) || strings.IndexByte(" \t\r\n>/", src[i+5]) >= 0) {
		return i
	}
	if i := indexFold(src, "</head"); i >= 0 {
		return i
	}
	return 0
}

// indexFold is strings.Index for an ASCII needle in lower case, ignoring
// the case of s.
func indexFold(s, lower string) int {
	for i := 0; i+len(lower) <= len(s); i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(lower) <= len(s) && strings.EqualFold(s[i:i+len(lower)], lower) {
			return i
		}
	}
	return -1
}

// pos returns the position of a byte offset of the source.
func (l *locator) pos(off int) timeline.Position {
	i := sort.Search(len(l.lines), func(i int) bool { return l.lines[i] > off }) - 1
	return timeline.Position{File: l.name, Offset: off, Line: i + 1, Col: off - l.lines[i] + 1}
}

// find locates a text node's text s in the source, searching forward from
// the last text found. Only a run of characters a page does not escape is
// looked for: k is where that run starts in s.
func (l *locator) find(s string) (p timeline.Position, k int, ok bool) {
	safe := func(c byte) bool {
		return c < 0x80 && c >= ' ' && c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
	}
	for k < len(s) && k < 64 && !safe(s[k]) {
		k++
	}
	n := k
	for n < len(s) && n-k < 32 && safe(s[n]) {
		n++
	}
	if n-k < 3 {
		return timeline.Position{}, 0, false
	}
	run := s[k:n]
	if off := l.index(run, l.cursor); off >= 0 {
		l.cursor = off + len(run)
		return l.pos(off), k, true
	}
	if off := l.index(run, 0); off >= 0 {
		return l.pos(off), k, true
	}
	return timeline.Position{}, 0, false
}

// index returns where run first stands in the source from offset from
// on, outside a tag: a text's "mlopez" is not the one of the
// href="/mlopez" before it. -1 when it does not.
func (l *locator) index(run string, from int) int {
	for from <= len(l.src) {
		i := strings.Index(l.src[from:], run)
		if i < 0 {
			return -1
		}
		off := from + i
		if !inTag(l.src, off) {
			return off
		}
		from = off + 1
	}
	return -1
}

// inTag reports whether offset off of the page's source stands inside a
// tag (after a "<" with no ">" since), looking back at most 4 KiB.
func inTag(src string, off int) bool {
	lo := max(0, off-4096)
	j := strings.LastIndexAny(src[lo:off], "<>")
	return j >= 0 && src[lo+j] == '<'
}

// textBuilder walks the article's tree into blocks.
type textBuilder struct {
	loc    *locator
	blocks []*block
	cur    *block
	quote  int // depth of blockquotes we are in
	quotes int // blockquotes seen
	quoteN int // the current outermost blockquote's number
	pre    int // depth of <pre> we are in
	code   int // depth of code (see code.go) we are in
	cell   int // depth of table cells we are in (a row of a data table)
	post   int // 1 + the index of the post we are in; 0 for none
}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Caption: true, atom.Figure: true, atom.Figcaption: true,
	atom.Pre: true, atom.Hr: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Form: true, atom.Fieldset: true,
	atom.Nav: true, atom.Center: true,
}

var headingTags = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
}

func (tb *textBuilder) flush() {
	if tb.cur != nil && strings.TrimSpace(tb.cur.text.String()) != "" {
		tb.blocks = append(tb.blocks, tb.cur)
	}
	tb.cur = nil
}

func (tb *textBuilder) block(kind blockKind) *block {
	if tb.cur == nil {
		tb.cur = &block{kind: kind, post: tb.post}
		if kind == paraBlock && tb.quote > 0 {
			tb.cur.kind, tb.cur.quote = quoteBlock, tb.quoteN
		}
	}
	return tb.cur
}

func (tb *textBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		tb.text(n.Data)
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			tb.walk(c)
		}
		return
	}
	if v := attr(n, postScopeAttr); v != "" && tb.quote == 0 {
		// A post: its blocks are dated by its time.
		tb.flush()
		outer := tb.post
		tb.post = postIndex(v)
		tb.element(n)
		tb.flush()
		tb.post = outer
		return
	}
	tb.element(n)
}

// element walks an element of the article into blocks.
func (tb *textBuilder) element(n *html.Node) {
	a := n.DataAtom
	switch {
	case skipTags[a]:
		return
	case a == atom.Br:
		if b := tb.cur; b != nil && tb.cell > 0 {
			// The lines of a cell are the parts of one value.
			if b.text.Len() > 0 && !strings.ContainsRune(",;:", lastRune(b)) {
				b.text.WriteString(", ")
				b.space = false
			}
		} else if b != nil {
			b.text.WriteByte('\n')
			b.space = false
		}
		return
	case a == atom.P && attr(n, rowAttr) != "":
		tb.flush()
		switch attr(n, rowAttr) {
		case rowHead:
			// The names of the columns: not a sentence of the article.
		case rowCaption:
			tb.children(n)
		default:
			tb.row(n)
		}
		tb.flush()
		return
	case attr(n, postAttr) != "" && tb.quote == 0:
		// The time heading a post ("05:10") is the heading of its
		// sections; the post goes on to the end of its container.
		tb.flush()
		tb.post = postIndex(attr(n, postAttr))
		tb.cur = &block{kind: headingBlock, post: tb.post}
		tb.children(n)
		tb.flush()
		return
	case a == atom.Dl:
		tb.flush()
		tb.list(n)
		tb.flush()
		return
	case a == atom.Time:
		tb.children(n)
		if tb.cur != nil {
			tb.cur.apart = true
		}
		return
	case a == atom.Li && tb.quote == 0 && tb.cell == 0 && labelledList(n) != nil:
		// "<li>1881<ul><li>2 May: ...</li></ul></li>": the year heads
		// the items under it, as a heading would; it is no item itself.
		tb.flush()
		sub := labelledList(n)
		tb.cur = &block{kind: headingBlock, post: tb.post}
		for c := n.FirstChild; c != sub; c = c.NextSibling {
			tb.walk(c)
		}
		if tb.cur != nil { // (a paragraph inside the label flushes it: "<li><p>1881</p><ul>")
			trimEnd(tb.cur, ":–—-")
		}
		tb.flush()
		for c := sub; c != nil; c = c.NextSibling {
			tb.walk(c)
		}
		tb.flush()
		return
	case headingTags[a] && tb.quote == 0:
		tb.flush()
		tb.cur = &block{kind: headingBlock, post: tb.post}
		tb.children(n)
		tb.flush()
		return
	case a == atom.Blockquote:
		tb.flush()
		if tb.quote == 0 {
			tb.quotes++
			tb.quoteN = tb.quotes
		}
		tb.quote++
		tb.children(n)
		tb.flush()
		tb.quote--
		return
	case a == atom.Td || a == atom.Th:
		if b := tb.cur; b != nil && b.text.Len() > 0 {
			b.text.WriteString(" | ")
			b.space = false
		}
		tb.children(n)
		return
	case a == atom.Pre:
		tb.flush()
		code := 0
		if hasAttr(n, codeAttr) {
			code = 1
		}
		tb.pre++
		tb.code += code
		tb.children(n)
		tb.pre--
		tb.code -= code
		tb.flush()
		return
	case codeTags[a]:
		tb.code++
		tb.children(n)
		tb.code--
		return
	case blockTags[a] || headingTags[a]:
		tb.flush()
		tb.children(n)
		tb.flush()
		return
	}
	tb.children(n)
}

// labelledList returns the list nested in list item n when all n holds
// before it is a date ("1881", "1900s:", "Spring 1944 –"): a label that
// heads the items of the nested list. It returns nil otherwise.
func labelledList(n *html.Node) *html.Node {
	var label strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
			l := strings.TrimRight(normalize(label.String()), " :–—-")
			if l == "" || len(l) > 40 || !tempex.IsDate(l) {
				return nil
			}
			return c
		}
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] && c.DataAtom != atom.P || headingTags[c.DataAtom]) {
			return nil
		}
		label.WriteString(textOf(c))
		if label.Len() > 80 {
			return nil
		}
	}
	return nil
}

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// postIndex reads the value of postAttr or postScopeAttr: 1 + the post's
// index.
func postIndex(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0
	}
	return n + 1
}

// row writes a data table's row (see flattenTables) as one sentence: its
// date (its start " to " its end, in a table of spans), " – ", its cells joined by "; ", a label and its value joined by
// ": ", and a full stop unless the last cell ends a sentence.
func (tb *textBuilder) row(n *html.Node) {
	prev := ""
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		role := ""
		if c.Type == html.ElementNode {
			role = attr(c, cellAttr)
		}
		if role == "" {
			continue
		}
		if b := tb.cur; b != nil && b.text.Len() > 0 {
			trimEnd(b, ",;")
			switch {
			case prev == cellLabel && lastRune(b) == ':':
				b.text.WriteByte(' ')
			case prev == cellLabel:
				b.text.WriteString(": ")
			case (prev == cellDate || prev == cellPart) && role == cellPart:
				b.text.WriteByte(' ')
			case (prev == cellDate || prev == cellPart) && role == cellEnd:
				b.text.WriteString(" to ")
			case prev == cellDate || prev == cellPart || prev == cellEnd:
				b.text.WriteString(" – ")
			default:
				b.text.WriteString("; ")
			}
			b.space = false
		}
		tb.cell++
		tb.children(c)
		tb.cell--
		prev = role
	}
	if b := tb.cur; b != nil && b.text.Len() > 0 {
		trimEnd(b, ",;:")
		if !strings.ContainsRune(".!?…", lastRune(b)) {
			b.text.WriteByte('.')
		}
	}
}

// list writes a description list as one sentence a term, like a table's
// row: "1914: War begins in Europe." A term's descriptions are joined by
// "; ".
func (tb *textBuilder) list(n *html.Node) {
	end := func() {
		if b := tb.cur; b != nil && b.text.Len() > 0 {
			trimEnd(b, ",;:")
			if !strings.ContainsRune(".!?…", lastRune(b)) {
				b.text.WriteByte('.')
			}
		}
		tb.flush()
	}
	var items []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Div {
			// <dl><div><dt>...<dd>...</div></dl>, as HTML allows.
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				items = append(items, k)
			}
			continue
		}
		items = append(items, c)
	}
	descs := 0
	for _, c := range items {
		if c.Type != html.ElementNode || c.DataAtom != atom.Dt && c.DataAtom != atom.Dd {
			continue
		}
		inlineBlocks(c)
		if c.DataAtom == atom.Dt {
			end()
			descs = 0
		} else if b := tb.cur; b != nil && b.text.Len() > 0 {
			trimEnd(b, ",;:")
			if descs == 0 {
				b.text.WriteString(": ")
			} else {
				b.text.WriteString("; ")
			}
			b.space = false
			descs++
		}
		tb.cell++
		tb.children(c)
		tb.cell--
	}
	end()
}

// lastRune is the last character of a block's text.
func lastRune(b *block) rune {
	s := b.text.String()
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return r
}

// trimEnd removes from the end of a block's text the spaces and the
// characters of cut.
func trimEnd(b *block, cut string) {
	s := b.text.String()
	t := strings.TrimRight(s, " "+cut)
	if len(t) < len(s) {
		b.text.Reset()
		b.text.WriteString(t)
		for len(b.code) > 0 && b.code[len(b.code)-1][0] >= len(t) {
			b.code = b.code[:len(b.code)-1]
		}
		if n := len(b.code); n > 0 {
			b.code[n-1][1] = min(b.code[n-1][1], len(t))
		}
	}
}

func (tb *textBuilder) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tb.walk(c)
	}
}

// text appends a text node, its white space collapsed (kept inside <pre>).
func (tb *textBuilder) text(s string) {
	if tb.pre > 0 {
		if s == "" {
			return
		}
		b := tb.block(paraBlock)
		lead := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
		if p, k, ok := tb.loc.find(s[lead:]); ok {
			b.segs = append(b.segs, timeline.Segment{Off: b.text.Len() + lead + k, Pos: p})
		}
		if tb.code > 0 {
			b.addCode(b.text.Len(), b.text.Len()+len(s))
		}
		b.text.WriteString(s)
		return
	}
	lead := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
	if lead < 0 {
		if tb.cur != nil && tb.cur.text.Len() > 0 {
			tb.cur.space = true
		}
		return
	}
	b := tb.block(paraBlock)
	sep := b.text.Len() // where a space between words may go
	if lead > 0 && b.text.Len() > 0 {
		b.space = true
	}
	if b.space && b.text.Len() > 0 {
		last := b.text.String()[b.text.Len()-1]
		if last != '\n' && last != ' ' {
			b.text.WriteByte(' ')
		}
	}
	b.space = false
	body := s[lead:]
	if b.apart && b.text.Len() > 0 {
		// "<time>12 September 2021</time><time>20 September 2021</time>"
		// are two dates, not "202120".
		last, _ := utf8.DecodeLastRuneInString(b.text.String())
		first, _ := utf8.DecodeRuneInString(body)
		if alnum(last) && alnum(first) {
			b.text.WriteByte(' ')
		}
	}
	b.apart = false
	if p, k, ok := tb.loc.find(body); ok && !strings.ContainsAny(body[:k], " \t\r\n") {
		b.segs = append(b.segs, timeline.Segment{Off: b.text.Len() + k, Pos: p})
	}
	words := strings.Fields(body)
	at := b.text.Len()
	b.text.WriteString(strings.Join(words, " "))
	if tb.code > 0 {
		if n := len(b.code); n > 0 && b.code[n-1][1] == sep {
			at = sep // a space between words of code is code
		}
		b.addCode(at, b.text.Len())
	}
	if unicode.IsSpace(rune(s[len(s)-1])) {
		b.space = true
	}
}

// sections turns the article's tree into sections: a Heading section per
// heading, an Excerpt section per block quote, and a Body section for each
// run of paragraphs between them (paragraphs separated by a blank line).
//
// posts, parallel to the sections, holds 1 + the index of the post (see
// markPosts) each belongs to, 0 for none: a post's blocks are never in a
// section with others.
func sections(root *html.Node, src, name string) (out []timeline.Section, posts []int) {
	if root == nil {
		return nil, nil
	}
	fixAtoms(root)
	tb := &textBuilder{loc: newLocator(src, name)}
	tb.walk(root)
	tb.flush()
	var texts []*strings.Builder
	var cur *timeline.Section
	var curText *strings.Builder
	curKind, curQuote, curPost := paraBlock, 0, 0
	for _, b := range tb.blocks {
		text := strings.TrimRight(b.text.String(), " \n")
		if text == "" {
			continue
		}
		if cur != nil && (b.kind == headingBlock || b.kind != curKind || b.quote != curQuote || b.post != curPost) {
			cur = nil
		}
		if cur == nil {
			kind := timeline.Body
			switch b.kind {
			case headingBlock:
				kind = timeline.Heading
			case quoteBlock:
				kind = timeline.Excerpt
			}
			out = append(out, timeline.Section{Kind: kind, Pos: timeline.Position{File: name}})
			cur = &out[len(out)-1]
			curText = &strings.Builder{}
			texts = append(texts, curText)
			posts = append(posts, b.post)
			curKind, curQuote, curPost = b.kind, b.quote, b.post
		} else {
			curText.WriteString("\n\n")
		}
		base := curText.Len()
		for _, c := range b.code {
			// The text was trimmed at its end, perhaps in code.
			if e := min(c[1], len(text)); c[0] < e {
				cur.Code = append(cur.Code, [2]int{base + c[0], base + e})
			}
		}
		for _, sg := range b.segs {
			if sg.Off > len(text) {
				break
			}
			if base == 0 && sg.Off == 0 {
				cur.Pos = sg.Pos
			}
			cur.Segments = append(cur.Segments, timeline.Segment{Off: base + sg.Off, Pos: sg.Pos})
		}
		curText.WriteString(text)
	}
	for i := range out {
		out[i].Text = texts[i].String()
	}
	for i := range out {
		s := &out[i]
		if len(s.Segments) > 0 && s.Pos.Line == 0 {
			// The text starts with characters the page escapes: its start
			// is placed just before the first located run.
			first := s.Segments[0]
			s.Pos = first.Pos
			s.Pos.Col = max(1, first.Pos.Col-first.Off)
			s.Pos.Offset = max(0, first.Pos.Offset-first.Off)
		}
		if len(s.Segments) == 1 && s.Segments[0].Off == 0 {
			s.Segments = nil // Text starts at Pos; PosAt needs nothing more
		}
	}
	return out, posts
}

// fixAtoms sets the atom of the elements the extractor made or renamed
// by their name only (a <p> it made of the text after two <br>, a <div>
// it renamed <p>), so that the text builder knows them for what they are.
func fixAtoms(n *html.Node) {
	if n.Type == html.ElementNode {
		if a := atom.Lookup([]byte(n.Data)); a != n.DataAtom {
			n.DataAtom = a
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		fixAtoms(c)
	}
}

// boilerplate matches the class or id of page furniture: navigation,
// sidebars, related stories, comments, share buttons, footers.
var boilerplate = regexp.MustCompile(`(?i)(^|[^a-z])(nav|menu|sidebar|side-bar|related|recommend|comment|respon[sd]|share|social|footer|header|masthead|breadcrumb|widget|promo|advert|ads?|sponsor|subscribe|newsletter|cookie|popup|modal|banner|tags?|byline|meta|most-read|trending|latest|read-also|also-read)([^a-z]|$)`)

var furniture = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Template: true, atom.Button: true, atom.Select: true, atom.Menu: true,
}

// plainArticle is the simple, linear-time extraction used when the page is
// too large for the extractor or the extractor found nothing: page
// furniture (navigation, asides, footers, and elements whose class or id
// names a sidebar, related stories, comments, ...) is removed, and the
// <article> with the most text is taken, else <main>, else <body>.
func plainArticle(doc *html.Node) *html.Node {
	var articles []*html.Node
	var main, body *html.Node
	pruneFurniture(doc, func(c *html.Node) {
		switch c.DataAtom {
		case atom.Article:
			articles = append(articles, c)
		case atom.Main:
			if main == nil {
				main = c
			}
		case atom.Body:
			body = c
		}
	})
	best, bestLen := (*html.Node)(nil), -1
	for _, a := range articles {
		if l := len(strings.TrimSpace(textOf(a))); l > bestLen {
			best, bestLen = a, l
		}
	}
	switch {
	case best != nil:
		return best
	case main != nil:
		return main
	}
	return body
}

// isFurniture reports whether element c is page furniture (see
// boilerplate), for plainArticle and postsArticle. The header of a post,
// which holds its time, is not.
func isFurniture(c *html.Node) bool {
	switch c.DataAtom {
	case atom.Body, atom.Html, atom.Article, atom.Main:
		return false
	}
	if quoteFooter(c) {
		return false
	}
	if !furniture[c.DataAtom] && !boilerplate.MatchString(attr(c, "class")+" "+attr(c, "id")) {
		return false
	}
	return countPosts(c) == 0
}

// quoteFooter reports whether n is the footer of a block quote or a
// figure, which says whom the quotation is from: "<blockquote><p>...</p>
// <footer>— Hollis Mining Ltd, Request for Arbitration, 20 February
// 2023</footer></blockquote>".
func quoteFooter(n *html.Node) bool {
	if n.DataAtom != atom.Footer && n.DataAtom != atom.Figcaption {
		return false
	}
	p := n.Parent
	return p != nil && (p.DataAtom == atom.Blockquote || p.DataAtom == atom.Figure && hasChild(p, atom.Blockquote))
}

// quoteFootersToParagraphs makes each footer of a block quote (see
// quoteFooter) a paragraph.
func quoteFootersToParagraphs(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if quoteFooter(c) {
			c.Data, c.DataAtom = "p", atom.P
			continue
		}
		quoteFootersToParagraphs(c)
	}
}

// hasChild reports whether an element child of n is a.
func hasChild(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return true
		}
	}
	return false
}

// countPosts counts the times heading posts (see markPosts), and the
// date lines of dated items (see markItems), under n.
func countPosts(n *html.Node) int {
	k := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if attr(c, postAttr) != "" || attr(c, itemAttr) != "" {
					k++
				}
				walk(c)
			}
		}
	}
	if n != nil {
		walk(n)
	}
	return k
}

// postsArticle returns the element that holds all the posts of the page
// (the closest one), less its furniture.
func postsArticle(doc *html.Node) *html.Node {
	total := countPosts(doc)
	root := doc
	for {
		var inner *html.Node
		for c := root.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && countPosts(c) == total {
				inner = c
				break
			}
		}
		if inner == nil || attr(inner, postScopeAttr) != "" {
			break
		}
		root = inner
	}
	pruneFurniture(root, nil)
	return root
}

// pruneFurniture removes page furniture (isFurniture) below n, and calls
// visit, when not nil, on every element kept, parents before children.
// Inside a post (postScopeAttr), an element named a comment or a response
// is the post's own text (an issue tracker's <div class="comment-body">
// under "mlopez commented Mar 2, 2026"), no furniture.
func pruneFurniture(n *html.Node, visit func(*html.Node)) {
	pruneFurnitureIn(n, visit, attr(n, postScopeAttr) != "")
}

func pruneFurnitureIn(n *html.Node, visit func(*html.Node), inPost bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			in := inPost || attr(c, postScopeAttr) != ""
			if isFurniture(c) && !(in && postText(c)) {
				n.RemoveChild(c)
			} else {
				if visit != nil {
					visit(c)
				}
				pruneFurnitureIn(c, visit, in)
			}
		}
		c = next
	}
}

// commentNameRe matches the words of a class or id that name a comment or
// a response.
var commentNameRe = regexp.MustCompile(`(?i)comment|respon[sd]`)

// postText reports whether c, furniture by its class or id (isFurniture),
// is so only for naming a comment or a response: inside a post, the post's
// own text.
func postText(c *html.Node) bool {
	if furniture[c.DataAtom] {
		return false
	}
	name := attr(c, "class") + " " + attr(c, "id")
	return commentNameRe.MatchString(name) && !boilerplate.MatchString(commentNameRe.ReplaceAllString(name, " "))
}
