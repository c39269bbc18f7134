// Package pdf reads the text of a PDF in reading order, in pure Go.
//
// Pages are parsed by github.com/ledongthuc/pdf (a maintained fork of
// rsc.io/pdf: the object and stream parser, fonts and their encodings),
// but the content streams are interpreted here, so that what a page draws
// is bounded, and laid out here: glyphs are joined into runs on their
// baseline, the columns of the page are found from the empty vertical
// gutters between them, and each column is read top to bottom, left
// column first. A line that spans the columns (a title, a footer) is read
// where it stands. Paragraphs are separated by a blank line (see
// below), and the lines the text wrapped inside a paragraph are joined
// again by a space (see joinWrapped), so that a sentence reads as written,
// not broken where the page's right edge fell ("a borehole at Nkhoma").
// (see below). Typographic ligatures ("ﬁ") are read as their letters.
//
// Running heads and feet are not the text, and are dropped (see
// dropRunning): a line at the top or bottom of half the pages or more (a
// report's title, "Page 3 of 7", the same but for the page's number), and
// on any page a browser's print header or footer ("11/28/26, 7:03 PM"
// and the page's title; its address and "1/2"). A running line that says
// when the document was published or updated is kept once, where it first
// stands, to date the document. The address a browser printed, when it is
// a web page's, becomes the document's citation URL.
//
// The document's date is the Info dictionary's CreationDate (never its
// ModDate) with RefFrom "created": a stamp of the file, often the day a
// page or a report was printed rather than written, which the shared
// analysis (text.Analyze) takes only when the text states no date of its
// own (a header line, or a sentence dating its approval or signature:
// "Approved by the Board of Trustees on 18 April 2024") and its title
// names no other year ("Annual Report 2023" printed in 2026). Its title is the Info Title; without
// one, the top of the first page when it is set larger than the page's
// body text (up to three lines). The title line stays in the text as a
// paragraph of its own.
//
// A line is a paragraph of its own (a blank line after it) when the next
// one differs in font size or stands further off than the usual line
// spacing, and also when the line ends short of the column's right edge
// with room for the next line's first word: the text did not wrap there,
// so the line ends a block (a heading in the body's font, the last line of
// a paragraph, a list item) and is not read into the next sentence.
//
// Positions are those of the extracted text: one section per page, pages
// in order separated by a blank line, Position.Line the line in that text.
//
// # Errors and bounds
//
// A truncated or malformed PDF, an encrypted one (ErrEncrypted), or one
// with no text (a scan) gives one error naming the file, never a panic:
// the parser panics on malformed input, and every call into it is
// recovered. A page that cannot be read is reported and the other pages
// are still returned, with a timeline.ErrorList. Read reads from the
// io.ReaderAt as needed, never the whole file; it reads at most
// DefaultMaxPages pages and DefaultMaxGlyphs characters (ErrTooLarge past
// them), so the text it holds stays under about 64 MiB. One content stream
// is decompressed as it is read; a single string operand inside it is held
// whole by the parser, which is the one allocation not bounded here.
package pdf

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/chronicle-project/chronicle/timeline"
)

// ligatures are the typographic ligatures some fonts draw, read as their
// letters.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// Bounds.
const (
	DefaultMaxPages  = 10_000
	DefaultMaxGlyphs = 16_000_000
	maxTreeDepth     = 64
)

// Errors wrapped by Read's errors, for errors.Is.
var (
	ErrEncrypted = errors.New("encrypted PDF (it needs a password), not supported")
	ErrMalformed = errors.New("not a readable PDF")
	ErrNoText    = errors.New("no text in the PDF (a scan? text in images is not read)")
	ErrTooLarge  = errors.New("PDF too large")
)

// Read reads a PDF's text. size is the file's size.
func Read(r io.ReaderAt, size int64, name string) (doc *timeline.Document, err error) {
	fail := func(err error) (*timeline.Document, error) {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	defer func() {
		if p := recover(); p != nil {
			doc, err = fail(fmt.Errorf("%w: %v", ErrMalformed, panicError(p)))
		}
	}()
	rd, err := lpdf.NewReader(r, size)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, lpdf.ErrInvalidPassword) || strings.Contains(strings.ToLower(msg), "encrypt") {
			return fail(ErrEncrypted)
		}
		switch {
		case strings.Contains(msg, "EOF") || strings.Contains(msg, "startxref"):
			msg = "truncated or damaged (no cross-reference table at its end)"
		case strings.Contains(msg, "invalid header"):
			msg = "no %PDF header"
		default:
			for _, p := range []string{"malformed PDF: ", "malformed PDF file: ", "not a PDF file: "} {
				msg = strings.TrimPrefix(msg, p)
			}
		}
		return fail(fmt.Errorf("%w: %s", ErrMalformed, msg))
	}
	var pages []lpdf.Value
	var treeErr error
	func() {
		defer func() {
			if p := recover(); p != nil {
				treeErr = panicError(p)
			}
		}()
		pages, treeErr = pageList(rd.Trailer().Key("Root").Key("Pages"), DefaultMaxPages)
	}()
	if treeErr != nil && len(pages) == 0 {
		return fail(fmt.Errorf("%w: %v", ErrMalformed, treeErr))
	}
	doc = &timeline.Document{Name: name}
	title, created := info(rd)
	doc.Title = title
	var errs timeline.ErrorList
	if treeErr != nil {
		errs.Add(&timeline.Error{Pos: timeline.Position{File: name}, Err: treeErr})
	}
	glyphs := 0
	var texts []string
	for i, pv := range pages {
		gs, err := pageGlyphs(lpdf.Page{V: pv}, DefaultMaxGlyphs-glyphs)
		if errors.Is(err, errLimit) {
			errs.Add(&timeline.Error{Pos: timeline.Position{File: name},
				Err: fmt.Errorf("%w: more than %d characters; pages after %d not read", ErrTooLarge, DefaultMaxGlyphs, i)})
			break
		}
		if err != nil {
			errs.Add(&timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("page %d: %v", i+1, err)})
			continue
		}
		glyphs += len(gs)
		text, top := pageText(gs)
		if len(texts) == 0 && title == "" && text != "" {
			// No Title in the Info: a title set large atop the first page.
			title = strings.ToValidUTF8(top, "\uFFFD")
			doc.Title = title
		}
		texts = append(texts, ligatures.Replace(strings.ToValidUTF8(text, "\uFFFD")))
	}
	url := dropRunning(texts, title)
	for i := range texts {
		texts[i] = joinWrapped(texts[i])
	}
	line, offset := 1, 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		s := timeline.Section{
			Kind: timeline.Body,
			Text: text,
			Pos:  timeline.Position{File: name, Line: line, Col: 1, Offset: offset},
			Citation: timeline.Citation{
				Title: title, Date: created, File: name, URL: url,
			},
		}
		if !created.IsZero() {
			s.RefFrom = "created" // a stamp of the file: a date the text states wins
		}
		doc.Sections = append(doc.Sections, s)
		line += strings.Count(text, "\n") + 2
		offset += len(text) + 2
	}
	if len(pages) > DefaultMaxPages {
		errs.Add(&timeline.Error{Pos: timeline.Position{File: name},
			Err: fmt.Errorf("%w: more than %d pages; the rest not read", ErrTooLarge, DefaultMaxPages)})
	}
	if len(doc.Sections) == 0 {
		if len(errs) > 0 {
			return nil, errs[0]
		}
		return fail(ErrNoText)
	}
	return doc, errs.Err()
}

// pageList walks the page tree in order, at most max pages (one more to
// tell there were more) and maxTreeDepth levels (a tree that loops is cut
// there).
func pageList(root lpdf.Value, max int) ([]lpdf.Value, error) {
	var out []lpdf.Value
	var walk func(n lpdf.Value, depth int) error
	walk = func(n lpdf.Value, depth int) error {
		if depth > maxTreeDepth {
			return errors.New("page tree nested too deep (a loop?)")
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() != "Pages" && kids.Kind() != lpdf.Array {
			if n.Kind() == lpdf.Dict {
				out = append(out, n)
			}
			return nil
		}
		for i := 0; i < kids.Len(); i++ {
			if len(out) > max {
				return nil
			}
			if err := walk(kids.Index(i), depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	err := walk(root, 0)
	return out, err
}

// info reads the title and creation date of the Info dictionary.
func info(rd *lpdf.Reader) (title string, created timeline.Date) {
	defer func() { _ = recover() }()
	in := rd.Trailer().Key("Info")
	title = strings.Join(strings.Fields(textString(in.Key("Title"))), " ")
	created = pdfDate(in.Key("CreationDate").RawString())
	return title, created
}

// textString decodes a PDF text string (UTF-16BE with a byte-order mark,
// else PDFDocEncoding, read as Latin-1 here).
func textString(v lpdf.Value) string {
	s := v.RawString()
	if strings.HasPrefix(s, "\xFE\xFF") {
		return strings.TrimPrefix(v.TextFromUTF16(), "\uFEFF")
	}
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

// pdfDate reads a PDF date, D:YYYYMMDDHHmmSSOHH'mm', at the precision it
// has (year, month or day); the time of day is dropped, and the calendar
// day is the one written, in its own zone.
func pdfDate(s string) timeline.Date {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	n := 0
	for n < len(s) && n < 8 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	var v string
	switch {
	case n >= 8:
		v = s[:4] + "-" + s[4:6] + "-" + s[6:8]
	case n >= 6:
		v = s[:4] + "-" + s[4:6]
	case n >= 4:
		v = s[:4]
	default:
		return timeline.Date{}
	}
	if y, _ := strconv.Atoi(s[:4]); y < 1000 {
		return timeline.Date{}
	}
	d, err := timeline.ParseDate(v)
	if err != nil {
		return timeline.Date{}
	}
	return d
}

// listItemRe opens an item of a list: a bullet, or a number or letter
// with its stop or parenthesis ("1.", "2)", "(a)", "(iv)").
var listItemRe = regexp.MustCompile(`^(?:[•◦▪▫●○■□‣⁃∙·*\-–—➢►✓✔]\s|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-zA-Z][.)]\s|\([ivxIVX]{1,5}\)\s)`)

// joinWrapped joins the lines of each paragraph of text (paragraphs are
// separated by a blank line; see writeLines) that the text wrapped: by a
// space, or by nothing after a hyphen ending a word before a small letter
// ("well-" over "known"), a soft hyphen removed. A line before an item of
// a list stays a line of its own.
func joinWrapped(text string) string {
	if !strings.Contains(text, "\n") {
		return text
	}
	out := make([]byte, 0, len(text))
	valid := utf8.ValidString(text) // (a stray byte before a soft hyphen's bytes would make a new one)
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			switch {
			case l == "" || prev == "" || listItemRe.MatchString(l) || strings.HasPrefix(l, "| ") && strings.HasSuffix(prev, " |"):
				out = append(out, '\n') // (a table's rows keep their lines: see writeRows)
			case valid && strings.HasSuffix(prev, "\u00AD"):
				out = out[:len(out)-len("\u00AD")] // a soft hyphen: the word goes on
			case strings.HasSuffix(prev, "-") && wordEnd(prev[:len(prev)-1]) && smallFirst(l):
				// "well-" over "known": one word
			default:
				out = append(out, ' ')
			}
		}
		out = append(out, l...)
	}
	return string(out)
}

// wordEnd reports whether s ends with a letter.
func wordEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// smallFirst reports whether s opens with a small letter.
func smallFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
