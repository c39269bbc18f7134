package sheet

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// A csvScanner splits CSV (or TSV) text into records the way RFC 4180 and
// encoding/csv do: cells separated by the separator, records by line
// ends (CRLF read as LF), a cell that starts with a quote running to the
// next quote not doubled, blank lines skipped. Where encoding/csv stops
// at a quote out of place, it reads on and says what it made of it (see
// scanRecord), so that one slip costs one cell, not the rows after it.
//
// It reads text already in memory (r nil) or from r, holding only the
// record being read and what was read ahead to decide it.
type csvScanner struct {
	r     io.Reader // where more text comes from; nil when buf holds it all
	buf   string    // the text not yet read into records
	off   int       // the offset of buf[0] in the sheet's text
	line  int       // the line of buf[0]; buf always starts a line
	eof   bool      // buf holds all that is left
	sep   string    // the separator
	width int       // how many cells the header has, once it is read
	// scratch holds the cells of the record being read, reused.
	scratch []scannedField
}

// csvProblem is a quote out of place, where it stands and what was made
// of it.
type csvProblem struct {
	line, col, off int
	msg            string
	warn           bool // the cell was read as written: a warning, not an error
}

// errSeparator is returned for a separator a CSV sheet cannot have.
var errSeparator = errors.New("the separator cannot be a quote, a line end or an invalid character")

// newCSVScanner returns a scanner of text and, when r is not nil, of what
// r holds after it. line and off are where text starts in the sheet.
func newCSVScanner(text string, r io.Reader, comma rune, line, off int) (*csvScanner, error) {
	if comma == '"' || comma == '\r' || comma == '\n' || !utf8.ValidRune(comma) || comma == utf8.RuneError {
		return nil, errSeparator
	}
	return &csvScanner{r: r, buf: text, off: off, line: line, eof: r == nil, sep: string(comma)}, nil
}

// next returns the next record and the quotes out of place in it; the
// error is io.EOF after the last record, or what r returned.
func (s *csvScanner) next() (record, []csvProblem, error) {
	for {
		sr, more := scanRecord(s.buf, s.eof, s.sep, s.width, s.scratch[:0])
		s.scratch = sr.fields
		if more {
			if err := s.fill(); err != nil {
				return record{}, nil, err
			}
			continue
		}
		n := len(sr.fields)
		ints := make([]int, 3*n)
		rec := record{fields: make([]string, n), cols: ints[:n:n], lines: ints[n : 2*n : 2*n], offs: ints[2*n:],
			line: s.line + sr.line, offset: s.off + sr.start}
		for i, f := range sr.fields {
			rec.fields[i] = f.text
			if s.r != nil {
				// A cell must not hold the buffer it was read from.
				rec.fields[i] = strings.Clone(f.text)
			}
			rec.cols[i], rec.lines[i], rec.offs[i] = f.col, s.line+f.line, s.off+f.pos
		}
		probs := sr.probs
		for i := range probs {
			probs[i].line += s.line
			probs[i].off += s.off
		}
		s.line += strings.Count(s.buf[:sr.n], "\n")
		s.off += sr.n
		s.buf = s.buf[sr.n:]
		if len(sr.fields) == 0 {
			return record{}, nil, io.EOF
		}
		return rec, probs, nil
	}
}

// fill reads more of r into buf: at least as much as buf holds, so that a
// record read again after each fill costs its length a few times over.
func (s *csvScanner) fill() error {
	n := max(64<<10, len(s.buf))
	chunk := make([]byte, n)
	got, err := io.ReadFull(s.r, chunk)
	s.buf += string(chunk[:got])
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		s.eof = true
	case err != nil:
		return err
	}
	return nil
}

// scannedField is one cell of a record: its text, where it stands (line
// from the start of the scanned text, byte column from 1), and where its
// text lies in the scanned text (quotes excluded).
type scannedField struct {
	text       string
	line, col  int
	pos        int // where the cell starts: its opening quote, if any
	start, end int
	quoted     bool
}

// scannedRecord is what scanRecord read: the cells, the quotes out of
// place, where the record starts (line and offset from the start of the
// scanned text) and how many bytes it took, blank lines before it and
// its line end included. A record of no cells is the end of the text.
type scannedRecord struct {
	fields      []scannedField
	probs       []csvProblem
	line, start int
	n           int
}

// scanRecord reads the first record of buf, which starts a line. more is
// true when buf ends before the record can be decided and atEOF is false.
//
// A quote out of place is read this way, and reported:
//   - in a cell that does not start with one (5" tall), it is part of the
//     cell;
//   - a quoted cell closed on its line and followed by more text ("Tear
//     down this wall" at 2pm) is read as written, quotes and all, to the
//     separator;
//   - a quote that is never closed, or whose cell would run on to a later
//     line where a quote opens a cell of its own, opens no cell: the cell
//     is read to the separator, without the quote, and the next lines are
//     rows of their own. A comma that a space follows is prose, not a
//     separator, and the cell runs over it; so it does over separators
//     when the record would otherwise have more cells than the header
//     (the quote was meant to hold them), as far as the header allows;
//   - a quote inside a quoted cell that runs over lines, not doubled, is
//     part of the cell.
func scanRecord(buf string, atEOF bool, sep string, width int, scratch []scannedField) (rec scannedRecord, more bool) {
	rec.fields = scratch
	i := 0
	line := 0
	// Blank lines before the record are skipped, as encoding/csv does.
	for {
		switch {
		case strings.HasPrefix(buf[i:], "\n"):
			i++
			line++
			continue
		case strings.HasPrefix(buf[i:], "\r\n"):
			i += 2
			line++
			continue
		case buf[i:] == "\r" && !atEOF:
			return rec, true
		case buf[i:] == "\r" || buf[i:] == "":
			if !atEOF {
				return rec, true
			}
			rec.n = len(buf)
			return rec, false // the end
		}
		break
	}
	rec.line, rec.start = line, i
	lineStart := i
	// posAt gives the line and column of an offset at or after the last
	// one asked for.
	at, atLine, atLineStart := i, line, lineStart
	posAt := func(j int) (int, int) {
		for ; at < j; at++ {
			if buf[at] == '\n' {
				atLine++
				atLineStart = at + 1
			}
		}
		return atLine, j - atLineStart + 1
	}
	problem := func(j int, msg string) {
		l, c := posAt(j)
		rec.probs = append(rec.probs, csvProblem{line: l, col: c, off: j, msg: msg})
	}
	// remark reports a quote out of place that leaves the cell as written
	// (5" tall): the sheet was read, so it is a warning
	remark := func(j int, msg string) {
		problem(j, msg)
		rec.probs[len(rec.probs)-1].warn = true
	}
	// lineEnd returns where the line that holds j ends (its '\n', or the
	// end of buf), and whether buf is known to hold all of it.
	eolFrom, eol := -1, -1 // the last line end found, and where from
	lineEnd := func(j int) (int, bool) {
		if j >= eolFrom && j <= eol {
			return eol, true
		}
		if k := strings.IndexByte(buf[j:], '\n'); k >= 0 {
			eolFrom, eol = j, j+k
			return eol, true
		}
		if atEOF {
			eolFrom, eol = j, len(buf)
		}
		return len(buf), atEOF
	}
	// cellEnd returns where an unquoted cell from j ends: at the next
	// separator or line end.
	cellEnd := func(j int) (int, bool) {
		e, known := lineEnd(j)
		if k := strings.Index(buf[j:e], sep); k >= 0 {
			return j + k, true
		}
		return e, known
	}
	unclosed := -1 // the cell whose quote was not closed
	for {
		f := scannedField{pos: i}
		f.line, f.col = posAt(i)
		if strings.HasPrefix(buf[i:], `"`) {
			q := i
			eol, known := lineEnd(q)
			if !known {
				return rec, true
			}
			kind, end, stray := closingQuote(buf, q, eol, sep, atEOF)
			switch kind {
			case quoteNeedMore:
				return rec, true
			case quoteThenText:
				// Closed on its line, then more text: as written.
				e, known := cellEnd(stray + 1)
				if !known {
					return rec, true
				}
				f.text, f.start, f.end = trimCR(buf[q:e], e, buf), q, e
				remark(stray, "text follows the closing quote of this cell; the cell is read as written, quotes and all")
				i = e
			case quoteUnclosed:
				// Never closed: the quote opens no cell.
				e, _ := cellEnd(q + 1)
				for sep == "," && strings.HasPrefix(buf[e:], ", ") {
					e, _ = cellEnd(e + 1) // a comma of prose, not a separator
				}
				f.text, f.start, f.end = trimCR(buf[q+1:e], e, buf), q+1, e
				problem(q, "this quote opens a cell but never closes it; the cell is read within its line, and the lines after it as rows of their own")
				unclosed = len(rec.fields)
				i = e
			default:
				if stray >= 0 {
					remark(stray, "a quote inside a quoted cell is not doubled; read as written")
				}
				f.text = unquote(buf[q+1 : end])
				f.start, f.end, f.quoted = q+1, end, true
				i = end + 1
			}
		} else {
			e, known := cellEnd(i)
			if !known {
				return rec, true
			}
			if k := strings.IndexByte(buf[i:e], '"'); k >= 0 {
				remark(i+k, "a quote inside an unquoted cell; read as written")
			}
			f.text, f.start, f.end = trimCR(buf[i:e], e, buf), i, e
			i = e
		}
		rec.fields = append(rec.fields, f)
		switch {
		case strings.HasPrefix(buf[i:], sep):
			i += len(sep)
			continue
		case strings.HasPrefix(buf[i:], "\r\n"):
			i += 2
		case strings.HasPrefix(buf[i:], "\n"):
			i++
		case buf[i:] == "\r" || i == len(buf):
			// The end of the text (a quoted cell's closing quote, then a
			// stray CR, as encoding/csv drops it).
			i = len(buf)
		default:
			// Text after a quoted cell's closing quote on a later line
			// cannot be: closingQuote stops only before a separator or a
			// line end. Read it as a cell of its own.
			continue
		}
		break
	}
	rec.n = i
	if unclosed >= 0 && width > 0 && len(rec.fields) > width {
		rec.fields = mergeCells(rec.fields, unclosed, len(rec.fields)-width, buf)
	}
	return rec, false
}

// quoteKind is what closingQuote made of a quoted cell.
type quoteKind uint8

const (
	quoteNeedMore quoteKind = iota // buf ends before it is decided
	quoteClosed                    // end is the closing quote
	quoteThenText                  // closed at stray on its line, more text after it
	quoteUnclosed                  // the quote opens no cell
)

// closingQuote finds where the quoted cell opened at q, on the line that
// ends at eol, ends. The closing quote is the first one not doubled that
// a separator, a line end or the end of the text follows. stray is the
// first quote not doubled that something else follows, or -1.
//
// The cell was never closed when there is no closing quote, or when a
// stray quote stands on a later line than q right after a separator or a
// line start: that quote opens a cell of its own. A stray quote on q's
// line with no closing quote after it on that line closed the cell, and
// text followed (quoteThenText).
func closingQuote(buf string, q, eol int, sep string, atEOF bool) (kind quoteKind, end, stray int) {
	stray = -1
	for j := q + 1; ; {
		k := strings.IndexByte(buf[j:], '"')
		if stray >= 0 && stray < eol && (k < 0 || j+k > eol) {
			return quoteThenText, 0, stray
		}
		if k < 0 {
			if !atEOF {
				return quoteNeedMore, 0, stray
			}
			return quoteUnclosed, 0, stray
		}
		j += k
		rest := buf[j+1:]
		switch {
		case strings.HasPrefix(rest, `"`):
			j += 2
			continue
		case rest == "" || rest == "\r":
			if !atEOF {
				return quoteNeedMore, 0, stray
			}
			return quoteClosed, j, stray
		case strings.HasPrefix(rest, sep) || rest[0] == '\n' || strings.HasPrefix(rest, "\r\n"):
			return quoteClosed, j, stray
		}
		if stray < 0 {
			stray = j
		}
		afterSep := buf[j-1] == '\n' || strings.HasSuffix(buf[:j], sep)
		switch {
		case j > eol && afterSep:
			return quoteUnclosed, 0, stray
		case stray < eol && j > stray && afterSep:
			// The quote of a later cell of the line: the stray closed
			// this one.
			return quoteThenText, 0, stray
		}
		j++
	}
}

// unquote is the text of a quoted cell: doubled quotes as one, CRLF as LF.
func unquote(s string) string {
	if strings.Contains(s, `""`) {
		s = strings.ReplaceAll(s, `""`, `"`)
	}
	if strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

// trimCR drops the CR of a CRLF line end (or of the end of the text) from
// a cell s that ends at e in buf.
func trimCR(s string, e int, buf string) string {
	if strings.HasSuffix(s, "\r") && (e == len(buf) || buf[e] == '\n') {
		return s[:len(s)-1]
	}
	return s
}

// mergeCells joins the cell at i, whose quote was not closed, with the n
// cells after it, separators and all, when they are unquoted cells of its
// line: the separators were the cell's own.
func mergeCells(fields []scannedField, i, n int, buf string) []scannedField {
	if i+n >= len(fields) {
		return fields
	}
	for _, f := range fields[i+1 : i+n+1] {
		if f.quoted || f.line != fields[i].line {
			return fields
		}
	}
	last := fields[i+n]
	m := fields[i]
	m.text, m.end = trimCR(buf[m.start:last.end], last.end, buf), last.end
	out := append(fields[:i:i], m)
	return append(out, fields[i+n+1:]...)
}

// sepName names a separator in a message.
func sepName(sep string) string {
	switch sep {
	case ",":
		return "comma"
	case ";":
		return "semicolon"
	case "\t":
		return "tab"
	}
	return fmt.Sprintf("%q", sep)
}
