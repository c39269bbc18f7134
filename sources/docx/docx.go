// Package docx reads the text of a Word document (.docx, .docm): its
// paragraphs in order, headings (by paragraph style or outline level) as
// sections of kind Heading, quotation-styled paragraphs as sections of kind
// Excerpt, tables as Markdown tables (one line per row, "| a | b |", a rule
// under the first), and
// the creation date and title of docProps/core.xml as the citation of every
// section. The creation date is a stamp of the file, not a date the
// document states: sections carry it with RefFrom "created", and the
// shared analysis (text.Analyze) takes it only when the text states no
// date of its own ("Held on 28 May 2024", a "Date:" line, a dateline, a
// Published line). The last-modified date is never taken.
//
// It needs only archive/zip and encoding/xml. Positions are those of the
// document's plain text, as Word would save it: one line per paragraph (a
// line break inside a paragraph starts a new line), Position.Offset the
// byte offset in that text.
//
// # Bounds
//
// A .docx is a zip archive, and a hostile one can expand a few kilobytes
// into gigabytes. Read opens at most Options.MaxEntries entries (10,000) and
// reads at most Options.MaxPartBytes (64 MiB) of uncompressed XML from any
// part it reads, counting the bytes as they are inflated, whatever the
// archive's headers claim; an archive over either limit is refused with
// ErrTooLarge. Peak memory is about twice the document's text plus the
// XML decoder's buffers: the XML is streamed, never held whole.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Default bounds (see Options).
const (
	DefaultMaxEntries   = 10_000
	DefaultMaxPartBytes = 64 << 20
)

// Errors wrapped by Read's errors, for errors.Is.
var (
	ErrTooLarge  = errors.New("document too large (a zip bomb?)")
	ErrNotDocx   = errors.New("not a Word document")
	ErrEncrypted = errors.New("encrypted or legacy Word document (an OLE2 container), not supported")
)

// Options bound what Read will inflate.
type Options struct {
	MaxEntries   int   // the most entries the archive may have; 0 means DefaultMaxEntries
	MaxPartBytes int64 // the most uncompressed bytes read from one part; 0 means DefaultMaxPartBytes
}

const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// Read reads a Word document with the default bounds.
func Read(r io.ReaderAt, size int64, name string) (*timeline.Document, error) {
	return ReadOptions(r, size, name, Options{})
}

// ReadOptions is Read with explicit bounds.
func ReadOptions(r io.ReaderAt, size int64, name string, opt Options) (doc *timeline.Document, err error) {
	fail := func(err error) (*timeline.Document, error) {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	if opt.MaxEntries <= 0 {
		opt.MaxEntries = DefaultMaxEntries
	}
	if opt.MaxPartBytes <= 0 {
		opt.MaxPartBytes = DefaultMaxPartBytes
	}
	var magic [8]byte
	if n, _ := r.ReadAt(magic[:], 0); n == 8 && bytes.Equal(magic[:], []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		return fail(ErrEncrypted)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return fail(fmt.Errorf("%w: %v", ErrNotDocx, err))
	}
	if len(zr.File) > opt.MaxEntries {
		return fail(fmt.Errorf("%w: %d entries in the archive, over the limit of %d", ErrTooLarge, len(zr.File), opt.MaxEntries))
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	p := &partReader{files: files, max: opt.MaxPartBytes}
	mainPart := p.mainPart()
	if files[mainPart] == nil {
		return fail(fmt.Errorf("%w: no %s in the archive", ErrNotDocx, mainPart))
	}
	styles, levels := map[string]styleKind{}, map[string]int{}
	if f := files[path.Join(path.Dir(mainPart), "styles.xml")]; f != nil {
		if err := p.read(f, func(d *xml.Decoder) error { return readStyles(d, styles, levels) }); err != nil {
			return fail(err)
		}
	}
	var meta coreMeta
	if f := files["docProps/core.xml"]; f != nil {
		// A broken core.xml loses the metadata, not the document.
		_ = p.read(f, func(d *xml.Decoder) error { return meta.read(d) })
	}
	b := &builder{name: name, styles: styles, levels: levels}
	if err := p.read(files[mainPart], b.read); err != nil {
		return fail(err)
	}
	doc = b.document()
	if meta.title != "" {
		doc.Title = meta.title
	}
	for i := range doc.Sections {
		s := &doc.Sections[i]
		s.Citation = timeline.Citation{Title: doc.Title, Date: meta.created, File: name}
		if !meta.created.IsZero() {
			// A stamp of the file, not a date the document states: the
			// analysis takes it only when the text states none.
			s.RefFrom = "created"
		}
	}
	if len(doc.Sections) == 0 {
		return fail(errors.New("the document has no text"))
	}
	return doc, nil
}

// partReader reads parts of the archive within the bound.
type partReader struct {
	files map[string]*zip.File
	max   int64
}

// errPartTooLarge is returned by limitedReader past its bound.
type limitedReader struct {
	r    io.Reader
	left int64
	name string
	max  int64
}

func (l *limitedReader) Read(b []byte) (int, error) {
	if l.left <= 0 {
		return 0, fmt.Errorf("%w: %s expands beyond %d MiB", ErrTooLarge, l.name, l.max>>20)
	}
	if int64(len(b)) > l.left {
		b = b[:l.left]
	}
	n, err := l.r.Read(b)
	l.left -= int64(n)
	return n, err
}

func (p *partReader) read(f *zip.File, fn func(*xml.Decoder) error) error {
	if f.UncompressedSize64 > uint64(p.max) {
		return fmt.Errorf("%w: %s declares %d MiB uncompressed, over the limit of %d MiB", ErrTooLarge, f.Name, f.UncompressedSize64>>20, p.max>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	defer rc.Close()
	d := xml.NewDecoder(&limitedReader{r: rc, left: p.max, name: f.Name, max: p.max})
	d.Strict = false
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "us-ascii") {
			return in, nil
		}
		return nil, fmt.Errorf("unsupported XML encoding %q", label)
	}
	if err := fn(d); err != nil {
		if errors.Is(err, ErrTooLarge) {
			return err
		}
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	return nil
}

// mainPart finds the main document part from the package relationships,
// word/document.xml by default.
func (p *partReader) mainPart() string {
	const def = "word/document.xml"
	f := p.files["_rels/.rels"]
	if f == nil {
		return def
	}
	target := ""
	_ = p.read(f, func(d *xml.Decoder) error {
		for {
			tok, err := d.Token()
			if err != nil {
				return nil
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
				typ, tgt := attrOf(se, "Type"), attrOf(se, "Target")
				if strings.HasSuffix(typ, "/officeDocument") && tgt != "" {
					target = strings.TrimPrefix(path.Clean("/"+tgt), "/")
					return nil
				}
			}
		}
	})
	if target == "" {
		return def
	}
	return target
}

func attrOf(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// styleKind is what a paragraph style makes of a paragraph.
type styleKind uint8

const (
	plainStyle styleKind = iota
	headingStyle
	titleStyle
	quoteStyle
)

// classifyStyle reads a style's name (or id) as Word's built-in names go.
func classifyStyle(name string) styleKind {
	n := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	switch {
	case n == "title" || n == "subtitle":
		return titleStyle
	case strings.HasPrefix(n, "heading") || strings.HasPrefix(n, "berschrift") || strings.HasPrefix(n, "überschrift") ||
		strings.HasPrefix(n, "titre") || strings.HasPrefix(n, "kop"):
		return headingStyle
	case n == "quote" || n == "intensequote" || n == "blocktext" || n == "quotation" || n == "zitat" || n == "citation":
		return quoteStyle
	}
	return plainStyle
}

// readStyles maps style ids to kinds through their names, so that
// localized ids ("Überschrift1") are recognised by their built-in name.
// styleLevel reads a heading style's level from its name or id: "Heading
// 2", "heading2", "Überschrift 3"; 0 when it says none.
func styleLevel(name string) int {
	if classifyStyle(name) != headingStyle {
		return 0
	}
	n := strings.TrimSpace(name)
	if n == "" || n[len(n)-1] < '1' || n[len(n)-1] > '9' {
		return 0
	}
	if len(n) > 1 && n[len(n)-2] >= '0' && n[len(n)-2] <= '9' {
		return 0 // "Heading 10": none of Word's
	}
	return int(n[len(n)-1] - '0')
}

// outlineLevel reads w:outlineLvl's value (0 for the top level) as a
// heading level (1 for the top); Word's 9 is body text.
func outlineLevel(val string) (int, bool) {
	if len(val) != 1 || val[0] < '0' || val[0] > '8' {
		return 0, false
	}
	return int(val[0]-'0') + 1, true
}

func readStyles(d *xml.Decoder, styles map[string]styleKind, levels map[string]int) error {
	id, outline := "", false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id, outline = attrOf(t, "styleId"), false
				if k := classifyStyle(id); k != plainStyle {
					styles[id] = k
				}
				if n := styleLevel(id); n > 0 {
					levels[id] = n
				}
			case "name":
				if id != "" {
					if k := classifyStyle(attrOf(t, "val")); k != plainStyle {
						styles[id] = k
					}
					if n := styleLevel(attrOf(t, "val")); n > 0 {
						levels[id] = n
					}
				}
			case "outlineLvl":
				if id != "" && !outline {
					outline = true
					if _, set := styles[id]; !set {
						styles[id] = headingStyle
					}
					if n, ok := outlineLevel(attrOf(t, "val")); ok {
						levels[id] = n
					}
				}
			}
		case xml.EndElement:
			if t.Name.Local == "style" {
				id = ""
			}
		}
	}
}

// coreMeta is what docProps/core.xml says.
type coreMeta struct {
	title   string
	created timeline.Date
}

func (m *coreMeta) read(d *xml.Decoder) error {
	var field string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			field = t.Name.Local
		case xml.EndElement:
			field = ""
		case xml.CharData:
			s := strings.TrimSpace(string(t))
			switch field {
			case "title":
				m.title = strings.Join(strings.Fields(s), " ")
			case "created":
				if len(s) >= 10 {
					if dt, err := timeline.ParseDate(s[:10]); err == nil {
						m.created = dt
					}
				}
			}
		}
	}
}

// para is one paragraph (or table row) of the document.
type para struct {
	text  strings.Builder
	kind  styleKind
	level int // a heading's level (Heading 2: 2), 0 when not told
	table bool
	cells int // cells begun in a table row
}

// builder turns document.xml into paragraphs, then sections.
type builder struct {
	name   string
	styles map[string]styleKind
	levels map[string]int // a heading style's level
	paras  []*para
	stack  []*para // paragraphs being read (text boxes nest them)
	row    *para   // the table row being read
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

func (b *builder) cur() *para {
	if n := len(b.stack); n > 0 {
		return b.stack[n-1]
	}
	return nil
}

func (b *builder) read(d *xml.Decoder) error {
	skip := 0 // depth inside deleted text, field codes and the like
	inText := false
	tables := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !isW(t.Name) {
				continue
			}
			if skip > 0 {
				skip++
				continue
			}
			switch t.Name.Local {
			case "delText", "instrText", "del", "footnoteReference", "endnoteReference", "commentReference", "fldData":
				skip = 1
			case "tbl":
				tables++
			case "tr":
				if tables == 1 || b.row == nil {
					b.row = &para{table: true}
				}
			case "tc":
				if r := b.row; r != nil && tables == 1 {
					if r.cells > 0 {
						r.text.WriteString(" | ")
					}
					r.cells++
				}
			case "p":
				b.stack = append(b.stack, &para{})
			case "pStyle":
				if p := b.cur(); p != nil {
					p.kind = b.styles[attrOf(t, "val")]
					if p.kind == plainStyle {
						p.kind = classifyStyle(attrOf(t, "val"))
					}
					p.level = b.levels[attrOf(t, "val")]
					if p.level == 0 {
						p.level = styleLevel(attrOf(t, "val"))
					}
				}
			case "outlineLvl":
				if p := b.cur(); p != nil && p.kind == plainStyle {
					p.kind = headingStyle
				}
				if p := b.cur(); p != nil {
					if n, ok := outlineLevel(attrOf(t, "val")); ok {
						p.level = n
					}
				}
			case "t":
				inText = true
			case "tab", "ptab":
				b.write("\t")
			case "br", "cr":
				if attrOf(t, "type") != "page" && attrOf(t, "type") != "column" {
					b.write("\n")
				} else {
					b.write(" ")
				}
			case "noBreakHyphen":
				b.write("-")
			case "softHyphen":
			}
		case xml.EndElement:
			if !isW(t.Name) {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				n := len(b.stack)
				if n == 0 {
					continue
				}
				p := b.stack[n-1]
				b.stack = b.stack[:n-1]
				if r := b.row; r != nil && tables > 0 {
					// A paragraph in a table cell joins its row.
					if s := strings.TrimSpace(p.text.String()); s != "" {
						if !strings.HasSuffix(r.text.String(), " | ") && r.text.Len() > 0 {
							r.text.WriteString(" ")
						}
						r.text.WriteString(s)
					}
					continue
				}
				b.paras = append(b.paras, p)
			case "tr":
				if b.row != nil && tables == 1 {
					b.paras = append(b.paras, b.row)
					b.row = nil
				}
			case "tbl":
				tables--
			}
		case xml.CharData:
			if inText && skip == 0 {
				b.write(string(t))
			}
		}
	}
	return nil
}

func (b *builder) write(s string) {
	if p := b.cur(); p != nil {
		p.text.WriteString(s)
	}
}

// document makes sections of the paragraphs: a Heading section per heading
// or title paragraph, an Excerpt section per run of quotation paragraphs,
// and a Body section per run of other paragraphs, separated by blank
// lines. Positions are those of the document's plain text, one line per
// paragraph.
func (b *builder) document() *timeline.Document {
	doc := &timeline.Document{Name: b.name}
	var texts []*strings.Builder
	line, offset := 1, 0
	var cur *timeline.Section
	curKind := plainStyle
	prevTable, tableRows := false, 0
	for _, p := range b.paras {
		text := strings.ToValidUTF8(strings.TrimRight(p.text.String(), " \t\n"), "\uFFFD")
		lead := len(text) - len(strings.TrimLeft(text, " \t\n"))
		pos := timeline.Position{File: b.name, Line: line, Col: 1, Offset: offset}
		pos = timeline.PositionAt(pos, text, lead)
		line += strings.Count(p.text.String(), "\n") + 1
		offset += len(p.text.String()) + 1
		text = text[lead:]
		if text == "" {
			continue
		}
		kind := p.kind
		if kind == titleStyle && doc.Title == "" {
			doc.Title = text
		}
		if kind == titleStyle {
			kind = headingStyle
		}
		if cur != nil && (kind == headingStyle || kind != curKind) {
			cur = nil
		}
		if p.table {
			// a table row as a Markdown one, "| Open day | 30 August 2025
			// |", the rows of a table on lines of their own under a
			// rule after the first, so that the text reader reads them
			// as a table
			text = "| " + text + " |"
		}
		if cur == nil {
			sk := timeline.Body
			switch kind {
			case headingStyle:
				sk = timeline.Heading
			case quoteStyle:
				sk = timeline.Excerpt
			}
			doc.Sections = append(doc.Sections, timeline.Section{Kind: sk, Pos: pos})
			if sk == timeline.Heading && p.kind == headingStyle && p.level >= 1 && p.level <= 6 {
				doc.Sections[len(doc.Sections)-1].Level = p.level
			} else if sk == timeline.Heading && p.kind == titleStyle {
				doc.Sections[len(doc.Sections)-1].Level = 1
			}
			cur = &doc.Sections[len(doc.Sections)-1]
			texts = append(texts, &strings.Builder{})
			curKind = kind
		} else {
			tb := texts[len(texts)-1]
			switch {
			case p.table && prevTable && tableRows == 1:
				tb.WriteString("\n|" + strings.Repeat(" --- |", max(p.cells, 1)) + "\n")
			case p.table && prevTable:
				tb.WriteString("\n")
			default:
				tb.WriteString("\n\n")
			}
			cur.Segments = append(cur.Segments, timeline.Segment{Off: tb.Len(), Pos: pos})
		}
		if p.table && prevTable {
			tableRows++
		} else {
			tableRows = 1
		}
		prevTable = p.table
		tb := texts[len(texts)-1]
		if p.table {
			// ("| " is the reader's: the cells map to where they are)
			at := tb.Len() + 2
			if len(cur.Segments) == 0 && tb.Len() == 0 {
				cur.Segments = append(cur.Segments, timeline.Segment{Off: 0, Pos: pos})
			}
			cur.Segments = append(cur.Segments, timeline.Segment{Off: at, Pos: pos})
		}
		tb.WriteString(text)
	}
	for i := range doc.Sections {
		s := &doc.Sections[i]
		s.Text = texts[i].String()
		if len(s.Segments) > 0 && s.Segments[0].Off != 0 {
			s.Segments = append([]timeline.Segment{{Off: 0, Pos: s.Pos}}, s.Segments...)
		}
		if !utf8.ValidString(s.Text) {
			s.Text = strings.ToValidUTF8(s.Text, "\uFFFD")
		}
	}
	if doc.Title == "" {
		for _, s := range doc.Sections {
			if s.Kind == timeline.Heading {
				doc.Title = s.Text
				break
			}
		}
	}
	return doc
}
