package sheet

import (
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
)

// Telling a sheet from prose. An input whose name and type say nothing
// (standard input, a CSV saved as .txt) is a CSV or TSV event sheet when
// the header the reader would find (see headerRow: under a title, a
// "sep=;" line or a row naming groups of columns, as well as on the first
// line) names a date column, and the rows under it are rows of that
// header: their date cells hold dates. Prose with commas, a letter or a
// list, has no such header, or no dates where its date column would be.

// sniffRows is how many records LooksCSV reads: five over the header at
// most (see headerRow), a row of groups, and rows under the header.
const sniffRows = 14

// LooksCSV reports whether text, the first bytes of an input (all of it
// when whole), is a CSV or TSV event sheet: see the comment above. A
// first part that is not whole is read up to its last line end.
func LooksCSV(text string, whole bool) bool {
	if !whole {
		i := strings.LastIndexByte(text, '\n')
		if i < 0 {
			return false // one line longer than the part: no header
		}
		text = text[:i+1]
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	seps := []rune{',', ';', '\t'}
	if c, skip := sepLine(text); skip > 0 {
		seps, text = []rune{c}, text[skip:]
	}
	for _, c := range seps {
		if recs := sniffRecords(text, c, sniffRows); len(recs) > 0 && sheetRows(recs) {
			return true
		}
	}
	return false
}

// sheetComma is the separator of a CSV sheet whose reader is not told it:
// detectComma's, the one most used on the first line, unless the header
// is under a title and another separator finds it there ("Harbour works"
// over "Date;Event").
func sheetComma(text string) rune {
	first := detectComma(text)
	if recs := sniffRecords(text, first, 6); len(recs) == 0 || knownHeader(recs[0]) {
		return first
	} else if h, _ := headerRow(recs); h > 0 {
		return first
	}
	for _, c := range []rune{',', ';', '\t'} {
		if c == first {
			continue
		}
		if recs := sniffRecords(text, c, 6); len(recs) > 1 && !knownHeader(recs[0]) {
			if h, _ := headerRow(recs); h > 0 {
				return c
			}
		}
	}
	return first
}

// sniffRecords reads up to max records of text, as readCSV does.
func sniffRecords(text string, comma rune, max int) []record {
	sc, err := newCSVScanner(text, nil, comma, 1, 0)
	if err != nil {
		return nil
	}
	var recs []record
	for len(recs) < max {
		rec, _, err := sc.next()
		if err != nil {
			break
		}
		if len(recs) == 0 {
			sc.width = len(rec.fields)
		}
		recs = append(recs, rec)
	}
	return recs
}

// sheetRows reports whether recs open an event sheet: the header found
// as the reader finds it has two cells or more, names a date column and
// is written as a header is (see headerCells), and the date cells of the
// rows under it are dates: one at least, and twice as many as those that
// are not. A header with no rows under it, or none dated yet (blank,
// "TBD"), must name another column the reader knows.
func sheetRows(recs []record) bool {
	h, _ := headerRow(recs)
	hdr := recs[h]
	n, date := headerNames(hdr)
	if !date || !headerCells(hdr, n) {
		return false
	}
	col := dateColumn(hdr)
	if col < 0 {
		return false
	}
	fit, miss := 0, 0
	for _, rec := range recs[h+1:] {
		if col >= len(rec.fields) {
			if len(rec.fields) < 2 {
				miss++ // a line of prose with no separator in it
			}
			continue
		}
		switch v := normalizeSpace(rec.fields[col]); {
		case v == "" || placeholder(v):
			// "TBD", "n/a": a row not dated yet says nothing
		case dateCell(v):
			fit++
		default:
			miss++
		}
	}
	if fit+miss == 0 {
		return n >= 2 // no rows, or none dated yet: the header says
	}
	return fit >= 1 && fit >= 2*miss
}

// headerCells reports whether a record is written as a header: two cells
// or more written, and, unless two of them (n) are names the reader
// knows, each a name of a few words: no figures, no sentence's end.
func headerCells(rec record, n int) bool {
	written := 0
	for _, f := range rec.fields {
		f = normalizeSpace(f)
		if f == "" {
			continue
		}
		written++
		if n >= 2 {
			continue
		}
		if len(strings.Fields(f)) > 4 || strings.ContainsFunc(f, unicode.IsDigit) || strings.ContainsAny(f[len(f)-1:], ".!?:;") {
			return false
		}
	}
	return written >= 2
}

// dateColumn is the index of the first column of a header that dates
// its rows, or -1.
func dateColumn(rec record) int {
	names := make([]string, len(rec.fields))
	for i, h := range rec.fields {
		names[i] = headerName(h)
	}
	ls := sheetLangs(names)
	paired := pairedColumns(names, ls)
	for i, nm := range names {
		if f, ok := columnField(nm, ls); ok && (f == fStart || f == fYear || f == fEnd) {
			return i
		}
		if _, ok := pairedNames[nm]; ok && paired && isPairName(nm, names) {
			return i
		}
	}
	return -1
}

// dateCell reports whether a cell reads as a date, in either day-month
// order.
func dateCell(s string) bool {
	ok := func(cp *cellParser) bool {
		sp, err := cp.parseSpan(s)
		return (err == nil || err == errOpenEnd) && sp.Start.Prec != timeline.PrecisionNone
	}
	return ok(&cellParser{}) || ok(&cellParser{order: DayFirst})
}
