package sheet

import (
	"encoding/json"

	"github.com/chronicle-project/chronicle/timeline"
)

// Rows as arrays. A spreadsheet's API and many table exports write a
// sheet as JSON arrays of cells, the first its header: Google Sheets'
// {"range": "Sheet1!A1:C3", "values": [["Date", "Event"], ["2020-01-01",
// "Launch"]]}. They are read as a CSV sheet is, each cell at its place in
// the JSON.

// startsRows reports whether the array whose '[' was just read holds
// arrays: a sheet of rows rather than of objects.
func (jr *jsonReader) startsRows() bool {
	off := skipSpace(jr.text[:jr.end], jr.off())
	return off < jr.end && jr.text[off] == '['
}

// rowArrays reads an array of rows (its '[' already read; see
// startsRows): the first is the header (or the first that names a date
// column under a title and blank rows: see headerRow), the others rows under it, read
// by the header's layout as a CSV sheet's records are. A row that is not
// an array of cells is reported, and skipped.
func (jr *jsonReader) rowArrays(start int) error {
	var records []record
	for jr.dec.More() {
		off, ok, err := jr.element('[', "a row must be an array of cells")
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		p := jr.pos(off)
		rec := record{line: p.Line, offset: off}
		for jr.dec.More() {
			coff := jr.valueStart(jr.off())
			ct, err := jr.dec.Token()
			if err != nil {
				return jr.syntax(err)
			}
			if d, ok := ct.(json.Delim); ok {
				jr.errs.Add(timeline.Errorf(jr.pos(coff), "a cell must be a string or a number; this value is ignored"))
				if d == '{' || d == '[' {
					if err := jr.skipRest(1); err != nil {
						return err
					}
				}
			}
			cp := jr.pos(coff)
			rec.fields = append(rec.fields, scalar(ct))
			rec.lines = append(rec.lines, cp.Line)
			rec.cols = append(rec.cols, cp.Col)
			rec.offs = append(rec.offs, coff)
		}
		if _, err := jr.dec.Token(); err != nil { // ']'
			return jr.syntax(err)
		}
		records = append(records, rec)
	}
	if _, err := jr.dec.Token(); err != nil { // ']'
		return jr.syntax(err)
	}
	if len(records) == 0 {
		return timeline.Errorf(jr.pos(start), "%w: no rows", ErrNotSheet)
	}
	pos := func(line, col, off int) timeline.Position { return jr.pos(off) }
	if h, group := headerRow(records); h > 0 {
		// a sheet's title and blank rows over its header, as Google
		// Sheets' "values" give them (see headerRow)
		if title := jr.t.overHeader(records[:h], group, pos); jr.t.title == "" {
			jr.t.title = title
		}
		records = records[h:]
	}
	var errs timeline.ErrorList
	l := jr.t.layout(records[0], pos, &errs)
	if l == nil {
		if len(errs) > 0 {
			return errs[0] // not an event sheet: the header names nothing known
		}
		return timeline.Errorf(jr.pos(start), "%w: the first row names no column the reader knows (date, title, ...)", ErrNotSheet)
	}
	jr.errs = append(jr.errs, errs...)
	for _, rec := range records[1:] {
		if rw, ok := l.row(rec, &jr.errs); ok {
			jr.t.rows = append(jr.t.rows, rw)
		}
	}
	return nil
}
