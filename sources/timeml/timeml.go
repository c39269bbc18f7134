// Package timeml reads TimeML documents (.tml), the format of the
// TempEval-3 and WikiWars benchmarks: a DOCID, a document creation time
// (DCT) and a TEXT element whose temporal expressions are marked with
// inline TIMEX3 tags.
//
// Parse returns the TEXT as plain text (tags removed, entity and character
// references decoded), the gold TIMEX3s inside it as byte spans of that
// plain text, the DCT as a reference date, and a layout of the TEXT content
// (Pieces) that maps every plain-text offset back to the file, so that a
// writer can put new tags in while keeping every other byte as it was.
//
// The reader is a small XML scanner written for these files: elements,
// attributes in single or double quotes, the five predefined entities,
// numeric character references, comments, processing instructions, a
// DOCTYPE without an internal subset and CDATA sections. It checks that
// tags nest and close, and reports what it cannot read as a
// timeline.Error (FILE:LINE:COL: message). It does not validate against a
// schema. Line ends are kept as they are in the file: a CRLF file gives
// plain text with CRLF.
package timeml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Document is one TimeML file.
type Document struct {
	Name  string // the path it was read from
	DocID string // the DOCID element's text, trimmed

	// DCT is the document creation time: the TIMEX3 whose
	// functionInDocument is CREATION_TIME (normally inside DCT), or nil.
	// Its Start and End are zero: it is not part of Text.
	DCT *Timex
	// Ref is the DCT's value as a date, cut to Day precision if finer; the
	// zero Date when there is no DCT.
	Ref timeline.Date

	// Text is the content of the TEXT element without its tags, with
	// references decoded.
	Text string
	// TextPos is where the TEXT element's content starts in the file.
	TextPos timeline.Position
	// Timexes are the TIMEX3 elements inside TEXT, in document order, with
	// offsets into Text.
	Timexes []Timex
	// Pieces lay out the TEXT element's content, in order and without gaps:
	// Pieces[0].Src starts right after <TEXT> and the last piece ends right
	// before </TEXT>.
	Pieces []Piece
}

// Timex is one TIMEX3 element.
type Timex struct {
	TID   string
	Type  string // DATE, TIME, DURATION or SET, as written
	Value string // as written (not checked: gold files hold odd values)
	Mod   string
	// Start and End are byte offsets into Document.Text, End exclusive.
	Start, End int
	Text       string // Document.Text[Start:End]
	Attrs      []Attr // every attribute, in the order written
	Pos        timeline.Position
}

// Attr returns the value of the named attribute and whether it is there.
func (t *Timex) Attr(name string) (string, bool) {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// Attr is one attribute of a tag, its value decoded.
type Attr struct {
	Name, Value string
}

// PieceKind says what a Piece of the TEXT content is.
type PieceKind uint8

const (
	// Chars is character data copied to the plain text byte for byte: any
	// offset inside it maps to the same offset in the file.
	Chars PieceKind = iota
	// Ref is a reference (&amp; or &#233;) or a CDATA section: it yields
	// text that differs from its bytes in the file and cannot be split.
	Ref
	// Markup is a tag, a comment or a processing instruction: it yields no
	// text.
	Markup
)

// Piece is one run of the TEXT element's content.
type Piece struct {
	Kind PieceKind
	// Src is the byte span [Src[0], Src[1]) in the file.
	Src [2]int
	// Text is the span [Text[0], Text[1]) of Document.Text it yields;
	// empty for Markup.
	Text [2]int
	// For Markup that is a tag: the element name, whether it is a closing
	// tag (</EVENT>) or an empty-element tag (<EVENT/>). Name is "" for a
	// comment or processing instruction.
	Name  string
	Close bool
	Empty bool
}

// SourceOffset returns the byte offset in the file of the character at
// plain-text offset off (for off == len(Text), the offset of </TEXT>). When
// tags stand at off, it is the offset after them. An offset inside a Ref
// piece maps to the start of the reference.
func (d *Document) SourceOffset(off int) int {
	// The first piece that yields text beyond off holds it.
	i := sort.Search(len(d.Pieces), func(i int) bool { return d.Pieces[i].Text[1] > off })
	if i < len(d.Pieces) {
		p := d.Pieces[i]
		if p.Kind == Chars && off >= p.Text[0] {
			return p.Src[0] + off - p.Text[0]
		}
		return p.Src[0]
	}
	if n := len(d.Pieces); n > 0 {
		return d.Pieces[n-1].Src[1]
	}
	return d.TextPos.Offset
}

// ReadFile reads and parses the TimeML file at path.
func ReadFile(path string) (*Document, []byte, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	doc, err := Parse(path, src)
	return doc, src, err
}

// Read reads all of r and parses it; name is used in errors.
func Read(name string, r io.Reader) (*Document, []byte, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	doc, err := Parse(name, src)
	return doc, src, err
}

// ErrSyntax is wrapped by every error Parse returns for input it cannot read.
var ErrSyntax = errors.New("malformed TimeML")

// Parse reads a TimeML document from src; name is used in errors and kept
// as Document.Name. A document must have exactly one TEXT element; the DCT
// is optional. The error, if any, is a *timeline.Error wrapping ErrSyntax.
func Parse(name string, src []byte) (*Document, error) {
	p := &parser{file: name, src: src, doc: &Document{Name: name}}
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.doc, nil
}

type open struct {
	name string
	at   int // offset of its '<'
}

type parser struct {
	file string
	src  []byte
	pos  int
	doc  *Document

	lines []int // offsets where lines start, for positions

	stack []open
	text  strings.Builder // the plain text of TEXT
	inTxt int             // stack depth of the TEXT element, 0 if outside
	seen  bool            // a TEXT element was read
	timex *Timex          // the TIMEX3 being read inside TEXT
	dct   *Timex          // the CREATION_TIME TIMEX3 being read
	docID *strings.Builder
}

// syntaxError wraps ErrSyntax with a reason.
type syntaxError struct{ msg string }

func (e *syntaxError) Error() string { return e.msg }
func (e *syntaxError) Unwrap() error { return ErrSyntax }

// position returns the line and column of off. The offsets where lines
// start are found once, on first use.
func (p *parser) position(off int) timeline.Position {
	if p.lines == nil {
		p.lines = []int{0}
		for i, c := range p.src {
			if c == '\n' {
				p.lines = append(p.lines, i+1)
			}
		}
	}
	off = min(max(off, 0), len(p.src))
	line := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	return timeline.Position{File: p.file, Offset: off, Line: line + 1, Col: off - p.lines[line] + 1}
}

func (p *parser) errorf(off int, format string, args ...any) error {
	return &timeline.Error{Pos: p.position(off), Err: &syntaxError{fmt.Sprintf(format, args...)}}
}

func (p *parser) run() error {
	for p.pos < len(p.src) {
		var err error
		switch p.src[p.pos] {
		case '<':
			err = p.markup()
		case '&':
			err = p.reference()
		default:
			p.chars()
		}
		if err != nil {
			return err
		}
	}
	if n := len(p.stack); n > 0 {
		top := p.stack[n-1]
		return p.errorf(len(p.src), "end of file inside <%s> opened at %s", top.name, p.where(top.at))
	}
	if !p.seen {
		return p.errorf(len(p.src), "no TEXT element")
	}
	if p.doc.DCT != nil {
		d, err := timeline.ParseDate(p.doc.DCT.Value)
		if err != nil {
			return &timeline.Error{Pos: p.doc.DCT.Pos, Err: &syntaxError{fmt.Sprintf("creation time: %v", err)}}
		}
		if d.IsVague() {
			return &timeline.Error{Pos: p.doc.DCT.Pos, Err: &syntaxError{fmt.Sprintf("creation time %s is not a date", p.doc.DCT.Value)}}
		}
		p.doc.Ref = d.DayOf()
	}
	return nil
}

// where prints the line and column of off, for messages that point back.
func (p *parser) where(off int) string {
	pos := p.position(off)
	return fmt.Sprintf("%d:%d", pos.Line, pos.Col)
}

// chars reads character data up to the next '<' or '&'.
func (p *parser) chars() {
	start := p.pos
	end := len(p.src)
	if i := bytes.IndexAny(p.src[start:], "<&"); i >= 0 {
		end = start + i
	}
	p.pos = end
	p.emit(Chars, start, end, string(p.src[start:end]))
}

// emit adds character data (Chars or Ref) with its decoded text.
func (p *parser) emit(kind PieceKind, start, end int, s string) {
	if p.docID != nil {
		p.docID.WriteString(s)
	}
	if p.inTxt == 0 || start == end {
		return
	}
	t := p.text.Len()
	p.text.WriteString(s)
	p.doc.Pieces = append(p.doc.Pieces, Piece{Kind: kind, Src: [2]int{start, end}, Text: [2]int{t, t + len(s)}})
}

func (p *parser) emitMarkup(start, end int, name string, close, empty bool) {
	if p.inTxt == 0 {
		return
	}
	t := p.text.Len()
	p.doc.Pieces = append(p.doc.Pieces, Piece{Kind: Markup, Src: [2]int{start, end}, Text: [2]int{t, t}, Name: name, Close: close, Empty: empty})
}

var predefined = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// decodeRef reads the reference at src[i] (an '&') and returns its text
// and the offset after its ';'.
func (p *parser) decodeRef(i int) (string, int, error) {
	semi := bytes.IndexByte(p.src[i:min(len(p.src), i+12)], ';')
	if semi < 0 {
		return "", 0, p.errorf(i, "'&' that starts no reference (write &amp;)")
	}
	body := string(p.src[i+1 : i+semi])
	end := i + semi + 1
	if s, ok := predefined[body]; ok {
		return s, end, nil
	}
	if strings.HasPrefix(body, "#") {
		num, base := body[1:], 10
		if strings.HasPrefix(num, "x") {
			num, base = num[1:], 16
		}
		n, err := strconv.ParseUint(num, base, 32)
		r := rune(n)
		if err != nil || num == "" || !utf8.ValidRune(r) || r == 0 {
			return "", 0, p.errorf(i, "bad character reference &%s;", body)
		}
		return string(r), end, nil
	}
	return "", 0, p.errorf(i, "unknown entity &%s;", body)
}

func (p *parser) reference() error {
	start := p.pos
	s, end, err := p.decodeRef(start)
	if err != nil {
		return err
	}
	p.pos = end
	p.emit(Ref, start, end, s)
	return nil
}

// markup reads what starts at a '<'.
func (p *parser) markup() error {
	start := p.pos
	rest := p.src[start:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		return p.skipTo(start, "-->", "comment")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		i := bytes.Index(rest, []byte("]]>"))
		if i < 0 {
			return p.errorf(start, "unterminated CDATA section")
		}
		p.pos = start + i + 3
		p.emit(Ref, start, p.pos, string(rest[len("<![CDATA["):i]))
		return nil
	case bytes.HasPrefix(rest, []byte("<?")):
		return p.skipTo(start, "?>", "processing instruction")
	case bytes.HasPrefix(rest, []byte("<!")):
		if p.inTxt > 0 {
			return p.errorf(start, "declaration inside TEXT")
		}
		return p.skipTo(start, ">", "declaration")
	case bytes.HasPrefix(rest, []byte("</")):
		return p.endTag(start)
	}
	return p.startTag(start)
}

func (p *parser) skipTo(start int, end, what string) error {
	i := bytes.Index(p.src[start:], []byte(end))
	if i < 0 {
		return p.errorf(start, "unterminated %s", what)
	}
	p.pos = start + i + len(end)
	p.emitMarkup(start, p.pos, "", false, false)
	return nil
}

func isNameByte(c byte, first bool) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == ':', c >= 0x80:
		return true
	case c >= '0' && c <= '9', c == '-', c == '.':
		return !first
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// name reads an XML name at p.pos.
func (p *parser) name() string {
	start := p.pos
	for p.pos < len(p.src) && isNameByte(p.src[p.pos], p.pos == start) {
		p.pos++
	}
	return string(p.src[start:p.pos])
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) && isSpace(p.src[p.pos]) {
		p.pos++
	}
}

func (p *parser) endTag(start int) error {
	p.pos = start + 2
	name := p.name()
	if name == "" {
		return p.errorf(start, "'</' without an element name")
	}
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != '>' {
		return p.errorf(p.pos, "expected '>' to end </%s", name)
	}
	p.pos++
	n := len(p.stack)
	if n == 0 {
		return p.errorf(start, "</%s> closes no open element", name)
	}
	top := p.stack[n-1]
	if top.name != name {
		return p.errorf(start, "</%s> closes <%s> opened at %s", name, top.name, p.where(top.at))
	}
	if n == p.inTxt {
		p.inTxt = 0
		p.doc.Text = p.text.String()
	}
	p.stack = p.stack[:n-1]
	p.emitMarkup(start, p.pos, name, true, false)
	return p.closed(name, start)
}

func (p *parser) startTag(start int) error {
	p.pos = start + 1
	name := p.name()
	if name == "" {
		return p.errorf(start, "'<' that starts no tag (write &lt;)")
	}
	var attrs []Attr
	for {
		hadSpace := p.pos < len(p.src) && isSpace(p.src[p.pos])
		p.skipSpace()
		if p.pos >= len(p.src) {
			return p.errorf(start, "unterminated tag <%s", name)
		}
		c := p.src[p.pos]
		if c == '>' || c == '/' {
			break
		}
		if !hadSpace {
			return p.errorf(p.pos, "expected a space before the attribute")
		}
		a, err := p.attr(attrs)
		if err != nil {
			return err
		}
		attrs = append(attrs, a)
	}
	empty := p.src[p.pos] == '/'
	if empty {
		p.pos++
		if p.pos >= len(p.src) || p.src[p.pos] != '>' {
			return p.errorf(p.pos, "expected '>' after '/' in <%s", name)
		}
	}
	p.pos++
	p.emitMarkup(start, p.pos, name, false, empty)
	if err := p.opened(name, attrs, start, empty); err != nil {
		return err
	}
	if !empty {
		p.stack = append(p.stack, open{name: name, at: start})
	} else if err := p.closed(name, start); err != nil {
		return err
	}
	return nil
}

func (p *parser) attr(prev []Attr) (Attr, error) {
	at := p.pos
	name := p.name()
	if name == "" {
		return Attr{}, p.errorf(at, "expected an attribute name")
	}
	for _, a := range prev {
		if a.Name == name {
			return Attr{}, p.errorf(at, "attribute %s given twice", name)
		}
	}
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != '=' {
		return Attr{}, p.errorf(p.pos, "expected '=' after attribute %s", name)
	}
	p.pos++
	p.skipSpace()
	if p.pos >= len(p.src) || (p.src[p.pos] != '"' && p.src[p.pos] != '\'') {
		return Attr{}, p.errorf(p.pos, "expected a quoted value for attribute %s", name)
	}
	q := p.src[p.pos]
	p.pos++
	var b strings.Builder
	for {
		if p.pos >= len(p.src) {
			return Attr{}, p.errorf(at, "unterminated value of attribute %s", name)
		}
		c := p.src[p.pos]
		switch c {
		case q:
			p.pos++
			return Attr{Name: name, Value: b.String()}, nil
		case '<':
			return Attr{}, p.errorf(p.pos, "'<' in the value of attribute %s", name)
		case '&':
			s, end, err := p.decodeRef(p.pos)
			if err != nil {
				return Attr{}, err
			}
			b.WriteString(s)
			p.pos = end
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
}

func attrValue(attrs []Attr, name string) string {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// opened handles the start of an element.
func (p *parser) opened(name string, attrs []Attr, start int, empty bool) error {
	switch name {
	case "TEXT":
		if p.seen {
			return p.errorf(start, "second TEXT element")
		}
		if p.inTxt > 0 || p.timex != nil {
			return p.errorf(start, "TEXT inside TEXT")
		}
		p.seen = true
		p.inTxt = len(p.stack) + 1
		p.doc.TextPos = p.position(p.pos)
		if empty {
			p.inTxt = 0
		}
	case "DOCID":
		if p.docID == nil && p.doc.DocID == "" && !empty {
			p.docID = &strings.Builder{}
		}
	case "TIMEX3":
		t := &Timex{
			TID:   attrValue(attrs, "tid"),
			Type:  attrValue(attrs, "type"),
			Value: attrValue(attrs, "value"),
			Mod:   attrValue(attrs, "mod"),
			Attrs: attrs,
			Pos:   p.position(start),
		}
		if p.timex != nil || p.dct != nil {
			return p.errorf(start, "TIMEX3 inside TIMEX3")
		}
		if p.inTxt > 0 {
			if empty {
				return p.errorf(start, "empty TIMEX3 in TEXT")
			}
			t.Start = p.text.Len()
			p.timex = t
			return nil
		}
		if attrValue(attrs, "functionInDocument") == "CREATION_TIME" || p.inside("DCT") {
			if p.doc.DCT != nil {
				return p.errorf(start, "second creation time (the first is at %d:%d)", p.doc.DCT.Pos.Line, p.doc.DCT.Pos.Col)
			}
			p.doc.DCT = t
			if !empty {
				p.dct = t
			}
		}
	}
	return nil
}

// closed handles the end of an element.
func (p *parser) closed(name string, start int) error {
	switch name {
	case "DOCID":
		if p.docID != nil {
			p.doc.DocID = strings.TrimSpace(p.docID.String())
			p.docID = nil
		}
	case "TIMEX3":
		if t := p.timex; t != nil {
			t.End = p.text.Len()
			t.Text = p.text.String()[t.Start:t.End]
			p.doc.Timexes = append(p.doc.Timexes, *t)
			p.timex = nil
		}
		p.dct = nil
	case "TEXT":
		if p.timex != nil {
			return p.errorf(start, "</TEXT> inside TIMEX3")
		}
		if !utf8.ValidString(p.doc.Text) {
			i := 0
			for i < len(p.doc.Text) {
				r, n := utf8.DecodeRuneInString(p.doc.Text[i:])
				if r == utf8.RuneError && n == 1 {
					break
				}
				i += n
			}
			d := Document{Pieces: p.doc.Pieces, Text: p.doc.Text}
			return p.errorf(d.SourceOffset(i), "TEXT is not valid UTF-8")
		}
	}
	return nil
}

func (p *parser) inside(name string) bool {
	for _, o := range p.stack {
		if o.name == name {
			return true
		}
	}
	return false
}
