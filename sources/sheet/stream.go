package sheet

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// OrderRows is how many rows ReadStream holds to decide a sheet's
// day-month order when Options.DayFirst is nil: 10,000. The rows after
// them are read in the order found, and are not held.
const OrderRows = 10000

// ReadStream reads a CSV or TSV sheet of UTF-8 text from r row by row and
// calls fn with the event of each row, in order, without holding the
// sheet: only the first OrderRows rows are held, until the day-month
// order of the sheet's numeric dates is decided from them (every row, for
// Read), and each row after them is handed over as it is read. Memory
// then grows with the events fn keeps, not with the sheet.
//
// It reads what Read reads, and reports what Read reports (a quote out
// of place, see Read, included), with one difference that reading the
// sheet twice would take: the day-month order, and whether a column such
// as Target or Made holds dates (see settleDates), are decided on the
// first OrderRows rows. The returned Sheet has no Events: fn had them. A
// problem in r (a *timeline.Error of a decoder) stops the reading and is
// returned after the events read before it; the first error fn returns
// stops it too and is returned as it is.
func ReadStream(r io.Reader, name string, opt Options, fn func(timeline.Event) error) (*Sheet, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64 << 10)
	text := string(head)
	comma := opt.Comma
	lineBase, offBase := 0, 0
	if c, skip := sepLine(text); skip > 0 {
		if comma == 0 {
			comma = c
		}
		offBase, lineBase = skip, 1
		text = text[skip:]
		br.Discard(skip)
	}
	format := strings.ToLower(opt.Format)
	if format == "" {
		format = detectFormat(name, "", "")
	}
	if format == "json" {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: errors.New("a JSON sheet is not read as a stream")}
	}
	if comma == 0 {
		comma = ','
		if format == "tsv" || path.Ext(name) == ".tsv" {
			comma = '\t'
		} else {
			comma = sheetComma(text)
		}
	}
	t := &table{name: name, format: "csv"}
	if comma == '\t' {
		t.format = "tsv"
	}
	sc, err := newCSVScanner("", br, comma, 1+lineBase, offBase)
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	pos := func(line, col, off int) timeline.Position {
		return timeline.Position{File: name, Line: line, Col: col, Offset: off}
	}
	var errs timeline.ErrorList
	var l *csvLayout
	s := &Sheet{Format: t.format}
	var b *eventBuilder
	var fnErr error
	hand := func(evs []timeline.Event) {
		for _, ev := range evs {
			if fnErr == nil {
				fnErr = fn(ev)
			}
		}
	}
	emit := func(rw *row) { hand(b.take(rw, &errs)) }
	decide := func() {
		t.settleDates(&errs)
		t.settleIndex()
		for i := range t.rows {
			t.placeDates(&t.rows[i])
		}
		s.Ignored = t.ignored
		s.Order, s.OrderFrom = t.detectOrder(opt.DayFirst)
		b = t.newBuilder(s)
		for i := range t.rows {
			emit(&t.rows[i])
		}
		t.rows = nil
	}
	var readErr error
	var heads []record // the records read before the header is known
	handle := func(rec record) {
		rw, ok := l.row(rec, &errs)
		if !ok {
			return
		}
		if b != nil {
			emit(&rw)
			return
		}
		t.rows = append(t.rows, rw)
		if len(t.rows) >= OrderRows {
			decide()
		}
	}
	// start reads the header among heads, and the rows after it.
	start := func() bool {
		h, group := headerRow(heads)
		t.title = t.overHeader(heads[:h], group, pos)
		s.Title = t.title
		if l = t.layout(heads[h], pos, &errs); l == nil {
			return false
		}
		l.sep = sc.sep
		if opt.DayFirst != nil && !t.tentative() {
			decide() // else the first rows say whether a Target holds dates
		}
		for _, rec := range heads[h+1:] {
			handle(rec)
		}
		heads = nil
		return true
	}
	for fnErr == nil {
		rec, probs, err := sc.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var te *timeline.Error
			if errors.As(err, &te) {
				readErr = te
			} else {
				readErr = &timeline.Error{Pos: timeline.Position{File: name, Line: sc.line, Offset: sc.off}, Err: err}
			}
			break
		}
		for _, p := range probs {
			e := &timeline.Error{Pos: pos(p.line, p.col, p.off), Err: errors.New(p.msg)}
			if p.warn {
				t.warnings.Add(e)
			} else {
				errs.Add(e)
			}
		}
		if l == nil {
			// the header, perhaps under a title and blank rows (see
			// headerRow): up to five records wait until it is found
			heads = append(heads, rec)
			if len(heads) == 1 {
				sc.width = len(rec.fields) // as Read scans: the first record's width
			}
			if h, _ := headerRow(heads); !knownHeader(heads[0]) && h == 0 && len(heads) < 5 {
				continue
			} else if h == len(heads)-1 && mayGroup(heads[h]) && len(heads) < 6 {
				continue // a row over the header naming groups of its columns?
			}
			if !start() {
				return nil, errs.Err()
			}
			continue
		}
		handle(rec)
	}
	if l == nil && len(heads) > 0 && fnErr == nil {
		// (the rows read before a bad one are read, as Read reads them)
		if !start() {
			return nil, errs.Err()
		}
	}
	if l == nil && readErr == nil && fnErr == nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("%w: empty", ErrNotSheet)}
	}
	if l != nil && b == nil {
		decide()
	}
	if b != nil {
		hand(b.flush())
	}
	if fnErr != nil {
		return s, fnErr
	}
	t.sortWarnings()
	s.Warnings = t.warnings
	sortErrors(errs)
	if readErr != nil {
		errs.Add(readErr)
	}
	return s, errs.Err()
}
