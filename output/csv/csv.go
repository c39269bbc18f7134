// Package csv writes a chronology as events.csv, the spreadsheet form of
// Chronicle's contract (see CONTRACT.md), which an event-sheet reader reads
// back.
//
// # Format
//
// UTF-8 without a byte-order mark (see Options.BOM), RFC 4180 as
// encoding/csv writes it: comma-separated, CRLF line ends (see Options.LF),
// a cell quoted when it holds a comma, a quote, a line break or leading
// space, quotes doubled inside quoted cells. One header row, then one row
// per event in the order given (Write: the chronology's order). The columns,
// in this order (Columns):
//
//	id           stable event id (12 hex digits from timeline.MakeID, or the sheet's own)
//	start        TIMEX3 value at native precision: 2017, 2017-07, 2017-12-13, 2017-12-13T15:00,
//	             2017-W50, 2017-Q3, 2017-H1, 2017-SU, 199, 19, BC0044; PAST_REF, PRESENT_REF or
//	             FUTURE_REF for a vague reference; empty for an event with no date at all.
//	             A time of day is written without its zone (see zone)
//	end          the end of a range, same form; empty for a point or a single period
//	precision    millennium ... second (timeline.Precision.String); empty for a vague reference
//	date_text    the expression as the source wrote it
//	title        the headline
//	text         the sentence, verbatim (line breaks kept inside the quoted cell)
//	source       the primary citation's name (timeline.Citation.Name: outlet, else title, else file)
//	source_url   the primary citation's URL
//	source_date  the primary citation's date as YYYY-MM-DD (timeline.Date.DayString): a time
//	             of day is dropped, and a date coarser than a day (2017-12) leaves it
//	             empty, as the contract gives the column only to days (the full value
//	             is in sources)
//	group        the lane: timeline.Event.GroupName (the group, else the source's name)
//	mod          the TIMEX3 mod of start: BEFORE, AFTER, START, MID, END, APPROX, ... (timeline.Mod.String)
//	end_mod      the TIMEX3 mod of end
//	actors       people and organisations, timeline.FormatList: "Lu Kang; Human Rights Watch"
//	tags         free labels, same form
//	media        an image or media URL
//	sources      every citation, primary first, timeline.FormatCitations: one citation a line,
//	             "OUTLET | TITLE | URL | DATE | FILE", with \\ \| \n escapes
//	position     where the sentence stands in the primary source, timeline.FormatPosition:
//	             FILE:LINE:COL (LINE and COL are the last two fields; FILE may hold colons)
//	offset       the byte offset of that position in the file; empty when unknown (0 and no line)
//	zone         the UTC offset of start's time of day, timeline.FormatZones: -05:00, +05:30, Z;
//	             empty when it has none. An end in another zone follows after a slash:
//	             -05:00/+01:00 (Z/ when the end's time has no zone)
//
// The first eleven columns are the contract's; the rest are Chronicle's
// and may grow (new columns are only ever appended). A reader should find
// columns by header name, not by index.
//
// # Reading it back
//
// Every field of a timeline.Event survives a write and a read except two
// forms that mean the same thing: an empty Event.Group is written as the
// group it stands for (the source's name), and the citation fields are
// trimmed of surrounding spaces. To rebuild an event: Span.Start from start
// with Mod from mod, Span.End from end with Mod from end_mod
// (timeline.ParseDate, timeline.ParseMod), then their zones from zone
// (timeline.ApplyZones), Sources from sources
// (timeline.ParseCitations) when it is not empty, else one citation from
// source, source_url and source_date; Actors and Tags with timeline.ParseList;
// Pos from position (timeline.ParsePosition) and offset. A person who
// edits the sheet will usually change source, source_url or source_date
// and not the sources cell: a reader that wants to honour such edits can
// compare those three cells with the first citation of sources
// (timeline.Citation.Name, URL and timeline.Date.DayString) and prefer
// the edited cells when they differ. Vague references
// are rows like any other, told apart by start (PAST_REF ...) and an empty
// precision; they are never given a date.
//
// # Spreadsheet formulas
//
// Cells are written verbatim, including text that starts with = + - or @,
// which a spreadsheet may take for a formula when the file is opened
// (rather than imported as text). Prefixing such cells with an apostrophe,
// the usual guard, would change the sentence that the contract promises
// verbatim, and the file would no longer read back as it was written.
// Import events.csv as text, or open it in a tool that does not evaluate
// cells, when the documents are untrusted. Invalid UTF-8 in a cell is
// replaced with U+FFFD so that the file is always valid UTF-8, and every
// line break inside a cell (CR LF, or a lone CR) is written as one LF
// (CR LF in the file's default CRLF mode; readers give LF back), since
// RFC 4180 cannot keep a CR apart from the line end.
package csv

import (
	"bytes"
	stdcsv "encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Columns is the header row, in order.
var Columns = []string{
	"id", "start", "end", "precision", "date_text", "title", "text",
	"source", "source_url", "source_date", "group",
	"mod", "end_mod", "actors", "tags", "media", "sources", "position", "offset",
	"zone",
}

// Options configure a Writer. The zero Options write the contract's form.
type Options struct {
	// LF ends rows with "\n" instead of RFC 4180's "\r\n".
	LF bool
	// BOM starts the file with a UTF-8 byte-order mark, which some
	// spreadsheet programs need to recognise UTF-8.
	BOM bool
}

// Writer writes events as rows of events.csv.
type Writer struct {
	cw     *stdcsv.Writer
	buf    bytes.Buffer // the row being written
	w      io.Writer
	opt    Options
	header bool
	rec    []string
	err    error
}

// NewWriter returns a Writer that writes to w. The header row is written
// with the first event, or by Close when there is none. Rows end with
// "\r\n" (Options.LF: "\n"); a line break inside a cell is written as it
// is, so that a sentence's text stays verbatim.
func NewWriter(w io.Writer, opt Options) *Writer {
	cw := &Writer{w: w, opt: opt, rec: make([]string, len(Columns))}
	cw.cw = stdcsv.NewWriter(&cw.buf) // (its own CRLF would turn the breaks inside cells into "\r\n" too)
	return cw
}

// row writes one record through the csv package into buf, then to w with
// the row's end.
func (w *Writer) row(rec []string) error {
	w.buf.Reset()
	if err := w.cw.Write(rec); err != nil {
		return err
	}
	w.cw.Flush()
	if err := w.cw.Error(); err != nil {
		return err
	}
	b := w.buf.Bytes()
	if !w.opt.LF && len(b) > 0 && b[len(b)-1] == '\n' {
		b = append(b[:len(b)-1], '\r', '\n')
	}
	_, err := w.w.Write(b)
	return err
}

func (w *Writer) writeHeader() error {
	if w.header || w.err != nil {
		return w.err
	}
	w.header = true
	if w.opt.BOM {
		if _, err := io.WriteString(w.w, "\uFEFF"); err != nil {
			w.err = err
			return err
		}
	}
	w.err = w.row(Columns)
	return w.err
}

// Write writes one event as a row.
func (w *Writer) Write(e *timeline.Event) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.err = w.row(appendRecord(w.rec[:0], e))
	return w.err
}

// Close writes the header if no event was written, and flushes. It does
// not close the underlying writer.
func (w *Writer) Close() error {
	return w.writeHeader()
}

// Write writes the chronology's events, in its order, as events.csv.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	cw := NewWriter(w, opt)
	for i := range c.Events {
		if err := cw.Write(&c.Events[i]); err != nil {
			return err
		}
	}
	return cw.Close()
}

// Record returns the cells of the row Write writes for e, in the order of
// Columns.
func Record(e *timeline.Event) []string {
	return appendRecord(make([]string, 0, len(Columns)), e)
}

func appendRecord(r []string, e *timeline.Event) []string {
	src := e.Source()
	offset := ""
	if e.Pos.Offset != 0 || e.Pos.Line > 0 {
		offset = strconv.Itoa(e.Pos.Offset)
	}
	r = append(r,
		e.ID,
		e.Span.Start.WithoutZone().String(),
		e.Span.End.WithoutZone().String(),
		e.Span.Start.Prec.String(),
		e.DateText,
		e.Title,
		e.Text,
		src.Name(),
		src.URL,
		sourceDate(src.Date),
		e.GroupName(),
		e.Span.Start.Mod.String(),
		e.Span.End.Mod.String(),
		timeline.FormatList(e.Actors),
		timeline.FormatList(e.Tags),
		e.Media,
		timeline.FormatCitations(e.Sources),
		timeline.FormatPosition(e.Pos),
		offset,
		timeline.FormatZones(e.Span),
	)
	for i, s := range r {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if strings.IndexByte(s, '\r') >= 0 {
			s = crlf.Replace(s)
		}
		r[i] = s
	}
	return r
}

// crlf turns every line break into "\n": RFC 4180 cannot keep a CR apart
// from the line end, and encoding/csv drops a lone CR in CRLF mode.
var crlf = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// sourceDate is the source_date cell: the day, or nothing when the date
// is coarser.
func sourceDate(d timeline.Date) string {
	return d.DayString()
}
