// Package timeml writes a TimeML document back with new TIMEX3 tags: the
// document as it was read, byte for byte, except that every TIMEX3 tag
// inside TEXT is removed and the given temporal expressions are tagged in
// its place. The creation time (DCT), the other tags (EVENT, SIGNAL, ...),
// the links after TEXT and the text between tags are left as they were, so
// the output can be scored against the original with the TempEval-3 tools.
//
// The writer does not parse XML: it is given the file's bytes and a layout
// of the TEXT content (Source.Pieces), which a TimeML reader produces.
//
// # Placing tags among other tags
//
// The new tags must nest with the tags that stay. An expression whose span
// crosses the boundary of a kept element (it starts inside an EVENT and ends
// after it, or the other way round) is widened to enclose the whole element;
// if the widened span would overlap the next or previous expression, it is
// narrowed instead to leave the crossed element out, and it is dropped if
// nothing is left. An expression boundary that falls inside a reference
// (&amp;) or a CDATA section is moved outward to enclose it. Leading and
// trailing white space is trimmed from a span before it is placed, and
// again as it is narrowed. Rewrite returns the spans it actually wrote.
//
// Where several tags stand at the same place in the text, the new TIMEX3 is
// put inside the elements that enclose its span and outside those its span
// encloses; an element with exactly the same extent as the expression
// encloses it (<EVENT><TIMEX3>Friday</TIMEX3></EVENT>), and empty elements,
// comments and processing instructions stay outside it.
//
// The new tags get the ids t1, t2, ... in text order. Links after TEXT
// (TLINK, ALINK, ...) are copied unchanged: they keep referring to the ids of
// the original annotation.
package timeml

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// PieceKind says what a Piece of the TEXT content is.
type PieceKind uint8

const (
	// Chars is character data that appears in the plain text byte for byte.
	Chars PieceKind = iota
	// Ref is a reference or a CDATA section: text that differs from its
	// bytes in the file, and cannot be split.
	Ref
	// Markup is a tag, comment or processing instruction: no text.
	Markup
)

// Piece is one run of the TEXT element's content (see the TimeML reader's
// Document.Pieces, which has the same shape).
type Piece struct {
	Kind PieceKind
	Src  [2]int // byte span in Source.Bytes
	Text [2]int // span of the plain text it yields; empty for Markup
	// For a tag: the element name, and whether it closes (</X>) or is an
	// empty-element tag (<X/>). Name is "" for comments and the like.
	Name  string
	Close bool
	Empty bool
}

// Source is the document to rewrite: its bytes and the layout of its TEXT
// content. The pieces must be in order and contiguous, and their Text spans
// must tile the plain text from 0.
type Source struct {
	Bytes  []byte
	Pieces []Piece
}

// Timex is a temporal expression to tag, as a span of the plain text of
// TEXT and its TIMEX3 attributes. Empty attributes other than Type and Value
// are not written.
type Timex struct {
	Start, End int // byte offsets into the plain text, End exclusive
	Type       string
	Value      string
	Mod        string
	Quant      string
	Freq       string
}

// ErrLayout is wrapped by the errors Rewrite returns for a Source whose
// pieces do not describe its bytes, or timexes out of order.
var ErrLayout = errors.New("timeml rewrite")

func layoutErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrLayout, fmt.Sprintf(format, args...))
}

// element is a kept element inside TEXT, as a span of the plain text.
type element struct {
	start, end  int // text span
	open, close int // piece indexes of its tags
}

// layout is a checked Source with the kept elements found.
type layout struct {
	src      Source
	textLen  int
	elements []element // in order of their open tags
	// maxEnd[i] is the largest end of elements[0..i].
	maxEnd []int
	// elemOf maps the piece index of a kept open or close tag to its
	// element; -1 for other pieces.
	elemOf []int
}

func dropped(p Piece) bool { return p.Kind == Markup && p.Name == "TIMEX3" }

func newLayout(src Source) (*layout, error) {
	l := &layout{src: src, elemOf: make([]int, len(src.Pieces))}
	var stack []int
	text := 0
	for i, p := range src.Pieces {
		l.elemOf[i] = -1
		if p.Src[0] < 0 || p.Src[1] < p.Src[0] || p.Src[1] > len(src.Bytes) {
			return nil, layoutErr("piece %d: source span %v outside the document", i, p.Src)
		}
		if i > 0 && p.Src[0] != src.Pieces[i-1].Src[1] {
			return nil, layoutErr("piece %d: starts at byte %d, the previous ends at %d", i, p.Src[0], src.Pieces[i-1].Src[1])
		}
		if p.Text[0] != text || p.Text[1] < p.Text[0] {
			return nil, layoutErr("piece %d: text span %v, want it to start at %d", i, p.Text, text)
		}
		switch p.Kind {
		case Chars:
			if p.Text[1]-p.Text[0] != p.Src[1]-p.Src[0] {
				return nil, layoutErr("piece %d: characters of different lengths in text and source", i)
			}
		case Markup:
			if p.Text[1] != p.Text[0] {
				return nil, layoutErr("piece %d: markup that yields text", i)
			}
			if p.Name == "" || p.Empty || dropped(p) {
				break
			}
			if !p.Close {
				l.elemOf[i] = len(l.elements)
				stack = append(stack, len(l.elements))
				l.elements = append(l.elements, element{start: text, open: i, end: -1})
				break
			}
			if len(stack) == 0 || src.Pieces[l.elements[stack[len(stack)-1]].open].Name != p.Name {
				return nil, layoutErr("piece %d: </%s> does not close the innermost open element", i, p.Name)
			}
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			l.elements[e].end, l.elements[e].close = text, i
			l.elemOf[i] = e
		}
		text = p.Text[1]
	}
	if len(stack) > 0 {
		return nil, layoutErr("<%s> is not closed inside TEXT", src.Pieces[l.elements[stack[len(stack)-1]].open].Name)
	}
	l.textLen = text
	l.maxEnd = make([]int, len(l.elements))
	for i, el := range l.elements {
		l.maxEnd[i] = el.end
		if i > 0 {
			l.maxEnd[i] = max(el.end, l.maxEnd[i-1])
		}
	}
	return l, nil
}

// plainText returns the plain text the pieces yield, for trimming spans.
func (l *layout) plainText() string {
	var b strings.Builder
	for _, p := range l.src.Pieces {
		switch p.Kind {
		case Chars:
			b.Write(l.src.Bytes[p.Src[0]:p.Src[1]])
		case Ref:
			// The decoded text is not known here; stand-ins of the right
			// length keep offsets (a reference is never white space to trim).
			b.WriteString(strings.Repeat("x", p.Text[1]-p.Text[0]))
		}
	}
	return b.String()
}

// snapAtoms moves span boundaries inside a Ref piece out to its edges.
func (l *layout) snapAtoms(s, e int) (int, int) {
	ps := l.src.Pieces
	holder := func(off int) (Piece, bool) {
		i := sort.Search(len(ps), func(i int) bool { return ps[i].Text[1] > off })
		if i < len(ps) && ps[i].Kind == Ref && ps[i].Text[0] < off {
			return ps[i], true
		}
		return Piece{}, false
	}
	if p, ok := holder(s); ok {
		s = p.Text[0]
	}
	if p, ok := holder(e); ok {
		e = p.Text[1]
	}
	return s, e
}

// crossing returns the first kept element whose span crosses [s, e), or -1.
func (l *layout) crossing(s, e int) int {
	els := l.elements
	// Only elements that end after s and start before e can cross; maxEnd
	// is nondecreasing, so the first candidate is found by bisection.
	lo := sort.Search(len(els), func(i int) bool { return l.maxEnd[i] > s })
	hi := sort.Search(len(els), func(i int) bool { return els[i].start >= e })
	for i := lo; i < hi; i++ {
		el := els[i]
		if el.start == el.end {
			continue
		}
		if (s < el.start && el.start < e && e < el.end) || (el.start < s && s < el.end && el.end < e) {
			return i
		}
	}
	return -1
}

// place adjusts [s, e) so that it nests with the kept elements; lo and hi
// bound the room it may widen into (the neighbouring expressions). ok is
// false when nothing is left.
func (l *layout) place(s, e, lo, hi int, text string) (int, int, bool) {
	s, e = l.snapAtoms(s, e)
	s, e = trim(text, s, e)
	// Widen to enclose crossed elements. The result nests, and keeps any
	// white space the enclosed elements start or end with.
	ws, we := s, e
	for {
		i := l.crossing(ws, we)
		if i < 0 {
			break
		}
		ws, we = min(ws, l.elements[i].start), max(we, l.elements[i].end)
		ws, we = l.snapAtoms(ws, we)
	}
	if ws >= lo && we <= hi {
		return ws, we, ws < we
	}
	// Narrow to leave the crossed elements out, trimming white space as
	// the edges move.
	for s < e {
		i := l.crossing(s, e)
		if i < 0 {
			break
		}
		el := l.elements[i]
		if el.start < s {
			s = el.end
		} else {
			e = el.start
		}
		s, e = trim(text, s, e)
	}
	return s, e, s < e
}

// trim removes white space from both ends of [s, e).
func trim(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// inside reports whether element el lies inside the span [s, e) for
// placing tags: contained in it and not of the same extent.
func (el element) inside(s, e int) bool {
	return s <= el.start && el.end <= e && el.start < el.end && (el.start != s || el.end != e)
}

// run returns the range [i0, i1) of markup pieces that stand at text
// offset p, and the index i1 of the piece after them.
func (l *layout) run(p int) (i0, i1 int) {
	ps := l.src.Pieces
	i0 = sort.Search(len(ps), func(i int) bool {
		return ps[i].Text[1] > p || (ps[i].Kind == Markup && ps[i].Text[1] >= p)
	})
	i1 = i0
	for i1 < len(ps) && ps[i1].Kind == Markup && ps[i1].Text[0] == p {
		i1++
	}
	return i0, i1
}

// byteAt returns the byte offset of text offset p at the end of the run of
// markup there, or inside the character data that holds p.
func (l *layout) byteAt(p, i1 int) int {
	ps := l.src.Pieces
	if i1 == len(ps) {
		if len(ps) == 0 {
			return -1
		}
		return ps[len(ps)-1].Src[1]
	}
	return ps[i1].Src[0] + p - ps[i1].Text[0]
}

// openAt returns the byte offset where the open tag of [s, e) goes.
func (l *layout) openAt(s, e int) int {
	i0, i1 := l.run(s)
	for i := i0; i < i1; i++ {
		p := l.src.Pieces[i]
		if el := l.elemOf[i]; el >= 0 && !p.Close && l.elements[el].inside(s, e) {
			return p.Src[0]
		}
	}
	return l.byteAt(s, i1)
}

// closeAt returns the byte offset where the close tag of [s, e) goes.
func (l *layout) closeAt(s, e int) int {
	i0, i1 := l.run(e)
	at := -1
	for i := i0; i < i1; i++ {
		p := l.src.Pieces[i]
		if el := l.elemOf[i]; el >= 0 && p.Close && l.elements[el].inside(s, e) {
			at = p.Src[1]
		}
	}
	if at >= 0 {
		return at
	}
	if i0 < i1 {
		return l.src.Pieces[i0].Src[0]
	}
	return l.byteAt(e, i1)
}

type insert struct {
	at  int
	tag string
}

// Rewrite writes the document in src to w with its TIMEX3 tags in TEXT
// replaced by timexes, which must be in text order, not overlap, and lie
// within the plain text. It returns the timexes as written: spans adjusted
// to nest with the other tags (see the package documentation), and without
// those that could not be placed.
func Rewrite(w io.Writer, src Source, timexes []Timex) ([]Timex, error) {
	l, err := newLayout(src)
	if err != nil {
		return nil, err
	}
	if len(src.Pieces) == 0 && len(timexes) > 0 {
		return nil, layoutErr("no TEXT content to tag")
	}
	for i, t := range timexes {
		if t.Start < 0 || t.End <= t.Start || t.End > l.textLen {
			return nil, layoutErr("timex %d: span [%d,%d) outside the text (%d bytes) or empty", i, t.Start, t.End, l.textLen)
		}
		if i > 0 && t.Start < timexes[i-1].End {
			return nil, layoutErr("timex %d: span [%d,%d) overlaps or precedes the one before", i, t.Start, t.End)
		}
	}
	text := l.plainText()
	var placed []Timex
	var ins []insert
	for i, t := range timexes {
		lo, hi := 0, l.textLen
		if n := len(placed); n > 0 {
			lo = placed[n-1].End
		}
		if i+1 < len(timexes) {
			hi = timexes[i+1].Start
		}
		s, e, ok := l.place(t.Start, t.End, lo, hi, text)
		if !ok {
			continue
		}
		t.Start, t.End = s, e
		placed = append(placed, t)
		ins = append(ins,
			insert{l.openAt(s, e), openTag(len(placed), t)},
			insert{l.closeAt(s, e), "</TIMEX3>"})
	}
	// Inserts are in order of offset already, except that a close and the
	// next open may share one; the stable sort keeps close before open.
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].at < ins[j].at })

	bw := bufio.NewWriter(w)
	pos := 0
	next := 0
	emitUpTo := func(end int) {
		for next < len(ins) && ins[next].at <= end {
			bw.Write(src.Bytes[pos:ins[next].at])
			bw.WriteString(ins[next].tag)
			pos = ins[next].at
			next++
		}
		bw.Write(src.Bytes[pos:end])
		pos = end
	}
	for _, p := range src.Pieces {
		if dropped(p) {
			emitUpTo(p.Src[0])
			pos = p.Src[1]
		}
	}
	emitUpTo(len(src.Bytes))
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return placed, nil
}

func openTag(n int, t Timex) string {
	var b strings.Builder
	b.WriteString(`<TIMEX3 tid="t`)
	b.WriteString(strconv.Itoa(n))
	b.WriteByte('"')
	attr(&b, "type", t.Type, true)
	attr(&b, "value", t.Value, true)
	attr(&b, "mod", t.Mod, false)
	attr(&b, "quant", t.Quant, false)
	attr(&b, "freq", t.Freq, false)
	b.WriteByte('>')
	return b.String()
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func attr(b *strings.Builder, name, value string, always bool) {
	if value == "" && !always {
		return
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	attrEscaper.WriteString(b, value)
	b.WriteByte('"')
}
