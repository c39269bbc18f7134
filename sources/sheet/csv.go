package sheet

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// readCSV reads a CSV or TSV sheet. A quote out of place is reported, and
// read as csvScanner says, so that the rows are kept.
func readCSV(text, name string, comma rune, tsv bool) (*table, error) {
	lineBase, offBase := 0, 0
	if c, skip := sepLine(text); skip > 0 {
		if comma == 0 {
			comma = c
		}
		offBase, lineBase = skip, 1
		text = text[skip:]
	}
	if comma == 0 {
		comma = ','
		if tsv {
			comma = '\t'
		} else {
			comma = sheetComma(text)
		}
	}
	format := "csv"
	if comma == '\t' {
		format = "tsv"
	}
	var errs timeline.ErrorList
	pos := func(line, col, off int) timeline.Position {
		return timeline.Position{File: name, Line: line + lineBase, Col: col, Offset: off + offBase}
	}
	sc, err := newCSVScanner(text, nil, comma, 1, 0)
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	var records []record
	var warnings timeline.ErrorList
	for {
		rec, probs, err := sc.next()
		if err != nil {
			break // io.EOF: the text is in memory
		}
		for _, p := range probs {
			e := &timeline.Error{Pos: pos(p.line, p.col, p.off), Err: errors.New(p.msg)}
			if p.warn {
				warnings.Add(e)
			} else {
				errs.Add(e)
			}
		}
		if len(records) == 0 {
			sc.width = len(rec.fields)
		}
		records = append(records, rec)
	}
	if len(records) == 0 {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("%w: empty", ErrNotSheet)}
	}
	t := &table{name: name, format: format, warnings: warnings}
	if h, group := headerRow(records); h > 0 {
		// "HIST 204 — Cold War timeline,," over a blank row, then
		// "Date,Event,Source": the lines over the header title the sheet
		t.title = t.overHeader(records[:h], group, pos)
		records = records[h:]
	}
	l := t.layout(records[0], pos, &errs)
	if l == nil {
		return nil, errs.Err()
	}
	l.sep = sc.sep
	for _, rec := range records[1:] {
		if rw, ok := l.row(rec, &errs); ok {
			t.rows = append(t.rows, rw)
		}
	}
	t.sortWarnings()
	return t, errs.Err()
}

// repeatsHeader reports whether a record is the sheet's header again:
// the same names in the same columns (in any case), a date column's
// among them.
func repeatsHeader(rec, header record) bool {
	same, date := 0, false
	for i, h := range header.fields {
		v := ""
		if i < len(rec.fields) {
			v = rec.fields[i]
		}
		n := normalizeName(h)
		if n != normalizeName(v) {
			return false
		}
		if n != "" {
			same++
			f, _ := columnField(headerName(h), 0)
			date = date || f == fStart || f == fYear || isPeriodField(f)
		}
	}
	for _, v := range rec.fields[min(len(rec.fields), len(header.fields)):] {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return same >= 2 && date
}

// csvLayout is what a CSV sheet's header says of its columns: the field
// each holds, or the name its cells are kept under in the event text.
type csvLayout struct {
	t             *table
	header        record
	cols          []field
	extra         []string // the name an extra column is kept under
	unnamedWarned map[int]bool
	pos           func(line, col, off int) timeline.Position
	sep           string // the separator, to join the cells of prose an unquoted one split
	// maybeTime holds the warning for each column of fMaybeTime, given
	// (and deleted) at its first cell that is not a time of day
	maybeTime map[int]error
}

// layout reads the header of a CSV sheet into t's columns, warnings and
// errs. It returns nil when no column is recognised: not an event sheet.
func (t *table) layout(header record, pos func(line, col, off int) timeline.Position, errs *timeline.ErrorList) *csvLayout {
	cols := make([]field, len(header.fields))
	extra := make([]string, len(header.fields)) // the name an extra column is kept under
	seen := map[field]string{}
	maybeTime := map[int]error{} // the warning for a Start of dates beside the Date
	known := 0
	names := make([]string, len(header.fields))
	dateCol := ""
	for i, h := range header.fields {
		names[i] = headerName(h)
		if o := noteOrder(h); o != OrderUnknown && t.noteOrder == OrderUnknown {
			t.noteOrder = o // "Date (dd/mm/yyyy)"
		}
	}
	ls := sheetLangs(names)
	t.header = names
	// A form's Timestamp or a tool's Created At says when the row was
	// written: beside a column that dates the event, it is not the date.
	recordCol := make([]bool, len(names))
	for i := range names {
		if !recordDateNames[names[i]] {
			continue
		}
		for j := range names {
			if f, _ := columnField(names[j], ls); j != i && f == fStart && !recordDateNames[names[j]] && !isEventDate(names[j]) {
				recordCol[i] = true
				break
			}
		}
	}
	for i, h := range header.fields {
		if f, _ := columnField(names[i], ls); dateCol == "" && !recordCol[i] && (f == fStart || f == fYear || isPeriodField(f)) {
			dateCol = h
		}
	}
	paired := pairedColumns(names, ls)
	loneDay := loneDayColumn(names, ls, paired)
	hasTime := slices.ContainsFunc(names, func(n string) bool { f, _ := columnField(n, ls); return f == fTime })
	// An Exam or an Action (eventNouns) is the headline when no column
	// is a title.
	hasTitle := slices.ContainsFunc(names, func(n string) bool {
		f, _ := columnField(n, ls)
		_, weak := weakNames[n]
		return f == fTitle || weak && (dateCol != "" || paired) && weakField(n, names) == fTitle
	})
	for i, h := range header.fields {
		f, ok := columnField(names[i], ls)
		pf, isPaired := pairedNames[names[i]]
		isPaired = isPaired && isPairName(names[i], names)
		if isPaired && paired {
			f, ok = pf, true
		}
		if _, weak := weakNames[names[i]]; weak && (dateCol != "" || paired) {
			f, ok = weakField(names[i], names), true
		}
		if !ok && !hasTitle && eventNouns[names[i]] {
			f, ok = fTitle, true
		}
		hpos := pos(header.lines[i], header.cols[i], header.offs[i])
		switch {
		case strings.TrimSpace(h) == "":
			// Warned about below if a row has something in it.
			extra[i] = fmt.Sprintf("Column %d", i+1)
			continue
		case recordCol[i]:
			extra[i] = strings.TrimSpace(h)
			known++
			t.warnings.Add(timeline.Errorf(hpos, "column %q says when the row was recorded, not when its event happened (the sheet's date is column %q); kept in the event text as %q", h, dateCol, extra[i]+": …"))
			continue
		case !ok && !isPaired && textNames[names[i]]:
			extra[i] = strings.TrimSpace(h) // (more of the event's text: no warning)
			known++
			continue
		case !ok:
			t.ignored = append(t.ignored, h)
			extra[i] = strings.TrimSpace(h)
			why := "not recognised"
			switch {
			case isPaired && dateCol != "":
				why = fmt.Sprintf("is not read as a date, the sheet's date is column %q", dateCol)
			case isPaired && pf == fEnd:
				why = fmt.Sprintf("is read as an end only with %q as the start", pairedStart(names[i]))
			}
			t.warnings.Add(timeline.Errorf(hpos, "column %q %s; kept in the event text as %q", h, why, extra[i]+": …"))
			continue
		case f == fIgnored:
			known++
			continue
		case f == fStart && isEventDate(names[i]), i == loneDay:
			// Made, Acquired, Target, a Day with no Year: decided by the
			// cells (settleDates)
			cols[i] = fEventDate
			t.addEventDate(h, names[i], hpos)
			known++
			continue
		}
		if prev, dup := seen[f]; dup && (f == fTitle || f == fText) && names[i] == fieldNames[f] && normalizeName(prev) != fieldNames[f] {
			// "notes,text": the column the contract names is the event's
			// sentence (or title); the other one is more of it
			for p := range cols {
				if cols[p] == f {
					cols[p], extra[p] = fNone, strings.TrimSpace(prev)
				}
			}
			seen[f] = h
			cols[i] = f
			known++
			continue
		}
		if prev, dup := seen[f]; dup && f == fStart && startWords[names[i]] && !hasTime {
			// "Date, Start": its cells of times of day (09:00) are the
			// time of the row's day; the others are a second date, kept
			// in the text and reported then (see csvLayout.row)
			extra[i] = strings.TrimSpace(h)
			cols[i] = fMaybeTime
			known++
			maybeTime[i] = timeline.Errorf(hpos, "column %q holds the same thing as column %q; only %q is read, this one is kept in the event text", h, prev, prev)
			continue
		}
		if prev, dup := seen[f]; dup {
			extra[i] = strings.TrimSpace(h)
			known++
			if f != fTitle && f != fText {
				// A second text column is simply more text; a second
				// date or source is one the event cannot have.
				t.warnings.Add(timeline.Errorf(hpos, "column %q holds the same thing as column %q; only %q is read, this one is kept in the event text", h, prev, prev))
			}
			continue
		}
		seen[f] = h
		cols[i] = f
		t.has[f] = true
		known++
	}
	if known == 0 {
		errs.Add(timeline.Errorf(pos(header.line, 1, header.offset),
			"%w: no column name recognised in the header (expected date, start, end, title, text, source, url, group, or the TimelineJS Year, Month, Day, Headline, ...)", ErrNotSheet))
		return nil
	}
	if t.has[fStart] {
		// A week or quarter beside the date column is more text: the
		// date column dates the rows.
		for i, f := range cols {
			if !isPeriodField(f) {
				continue
			}
			cols[i], extra[i], t.has[f] = fNone, strings.TrimSpace(header.fields[i]), false
			t.warnings.Add(timeline.Errorf(pos(header.lines[i], header.cols[i], header.offs[i]),
				"column %q is not read as a date, the sheet's date is column %q; kept in the event text as %q", header.fields[i], seen[fStart], extra[i]+": …"))
		}
	}
	if !t.has[fStart] && !t.has[fYear] && !t.has[fWeek] && !t.has[fQuarter] && !(t.has[fEnd] && deadlineColumn(seen[fEnd])) {
		sure := false
		for _, c := range t.eventDates {
			sure = sure || !tentativeDateNames[c.norm] && !dayNames[c.norm]
		}
		switch {
		case sure:
		case len(t.eventDates) > 0:
			// a Target or a Release: its cells will say (settleDates)
			t.needDate, t.headerPos = true, pos(header.line, 1, header.offset)
		default:
			errs.Add(timeline.Errorf(pos(header.line, 1, header.offset),
				"no date column (date, start, when, week, quarter, or Year); the events have no date"))
		}
	}
	return &csvLayout{t: t, header: header, cols: cols, extra: extra, unnamedWarned: map[int]bool{}, pos: pos, maybeTime: maybeTime}
}

// row makes the row of a record; false for a blank one.
func (l *csvLayout) row(rec record, errs *timeline.ErrorList) (row, bool) {
	cols, extra, header, pos := l.cols, l.extra, l.header, l.pos
	rw := row{pos: pos(rec.line, 1, rec.offset)}
	if repeatsHeader(rec, header) {
		// two exports pasted one under the other: the second's header
		// is no event
		l.t.warnings.Add(timeline.Errorf(rw.pos, "the header again (sheets pasted together?): not an event; it is left out"))
		return row{}, false
	}
	for len(rec.fields) > len(cols) && strings.TrimSpace(rec.fields[len(rec.fields)-1]) == "" {
		// ",," under "Date,Event", "1914,War,,": empty cells beyond the
		// header, as a spreadsheet exports a row as wide as its widest
		rec.fields = rec.fields[:len(rec.fields)-1]
	}
	if last := len(cols) - 1; last >= 0 && len(rec.fields) > len(cols) && (cols[last] == fText || cols[last] == fTitle || cols[last] == fNone) && l.sep != "" {
		// "2017-12-01,Petition delivered,Signed by 1,240 residents": an
		// unquoted comma in the last column's prose; its cells go back
		// together rather than be lost
		joined := strings.Join(rec.fields[last:], l.sep)
		i := len(cols)
		l.t.warnings.Add(timeline.Errorf(pos(rec.lines[i], rec.cols[i], rec.offs[i]),
			"more cells than columns: read as part of column %q (a comma not in quotes?)", strings.TrimSpace(header.fields[last])))
		rec.fields = append(rec.fields[:last:last], joined)
	}
	blank := true
	for i, v := range rec.fields {
		if strings.TrimSpace(v) != "" {
			blank = false
		}
		if i >= len(cols) {
			if strings.TrimSpace(v) != "" {
				errs.Add(timeline.Errorf(pos(rec.lines[i], rec.cols[i], rec.offs[i]),
					"cell %q is beyond the last named column and is ignored", clip(v, 40)))
			}
			continue
		}
		if cols[i] == fEventDate {
			rw.dates = append(rw.dates, &cell{text: v, pos: pos(rec.lines[i], rec.cols[i], rec.offs[i]), column: header.fields[i]})
			continue
		}
		if cols[i] == fMaybeTime {
			c := &cell{text: v, pos: pos(rec.lines[i], rec.cols[i], rec.offs[i]), column: extra[i]}
			switch tv := normalizeSpace(v); {
			case tv == "":
			case rw.cells[fTime] == nil && timeCell(tv):
				c.column = header.fields[i]
				rw.cells[fTime] = c
			default:
				rw.extra = append(rw.extra, c)
				if w := l.maybeTime[i]; w != nil && !placeholder(tv) {
					l.t.warnings.Add(w)
					delete(l.maybeTime, i)
				}
			}
			continue
		}
		if cols[i] == fNone {
			if extra[i] != "" && strings.TrimSpace(v) != "" {
				rw.extra = append(rw.extra, &cell{text: v, pos: pos(rec.lines[i], rec.cols[i], rec.offs[i]), column: extra[i]})
				if strings.TrimSpace(header.fields[i]) == "" && !l.unnamedWarned[i] {
					l.unnamedWarned[i] = true
					l.t.warnings.Add(timeline.Errorf(pos(header.lines[i], header.cols[i], header.offs[i]),
						"column %d has no name; its cells are kept in the event text as %q", i+1, extra[i]+": …"))
				}
			}
			continue
		}
		rw.cells[cols[i]] = &cell{text: v, pos: pos(rec.lines[i], rec.cols[i], rec.offs[i]), column: header.fields[i]}
	}
	return rw, !blank
}

// sortWarnings puts the warnings in the order of the text: those of the
// header in the order of its columns, then those of the rows.
func (t *table) sortWarnings() {
	sort.SliceStable(t.warnings, func(i, j int) bool {
		a, b := t.warnings[i].(*timeline.Error), t.warnings[j].(*timeline.Error)
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		return a.Pos.Col < b.Pos.Col
	})
}

// record is one CSV record: its cells, the line, byte column and offset
// each starts at, and the line and offset the record starts at.
type record struct {
	fields []string
	cols   []int
	lines  []int
	offs   []int
	line   int
	offset int
}

// detectComma picks the separator that occurs most in the header line
// (outside quotes): ',', ';' or tab.
func detectComma(text string) rune {
	counts := map[rune]int{}
	inQuote := false
	for _, c := range text {
		if c == '"' {
			inQuote = !inQuote
			continue
		}
		if c == '\n' && !inQuote {
			break
		}
		if !inQuote && (c == ',' || c == ';' || c == '\t') {
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// sepLine reads Excel's "sep=;" first line, which names the separator: it
// returns the separator and the length of the line with its newline, or
// 0 when text does not start with one.
func sepLine(text string) (comma rune, skip int) {
	rest, ok := strings.CutPrefix(text, "sep=")
	if !ok {
		return 0, 0
	}
	c, size := utf8.DecodeRuneInString(rest)
	nl := strings.IndexByte(rest, '\n')
	if size == 0 || nl < size || c == '"' || c == '\r' || strings.TrimSpace(rest[size:nl]) != "" {
		return 0, 0
	}
	return c, len("sep=") + nl + 1
}

// overHeader reads the rows over the header: the sheet's title, and
// the row that names groups of its columns, if group, which is reported.
func (t *table) overHeader(rows []record, group bool, pos func(line, col, off int) timeline.Position) string {
	if !group {
		return titleOf(rows)
	}
	g := rows[len(rows)-1]
	var names []string
	for _, f := range g.fields {
		if f = normalizeSpace(f); f != "" {
			names = append(names, f)
		}
	}
	t.warnings.Add(timeline.Errorf(pos(g.line, 1, g.offset),
		"read as headings over groups of the columns (%s); the columns are named by the row under it", clip(strings.Join(names, ", "), 60)))
	return titleOf(rows[:len(rows)-1])
}

// titleOf is the first cell written in the rows over a sheet's header.
func titleOf(rows []record) string {
	for _, rec := range rows {
		for _, f := range rec.fields {
			if f = strings.TrimSpace(f); f != "" {
				return f
			}
		}
	}
	return ""
}

// knownHeader reports whether rec names a column the sheet reader knows.
func knownHeader(rec record) bool {
	n, _ := headerNames(rec)
	return n > 0
}

// headerNames counts the columns rec names that the sheet reader knows,
// and says whether one of them holds a date. From and To are the date
// columns of a sheet with no other (see pairedColumns).
func headerNames(rec record) (n int, date bool) {
	names := make([]string, len(rec.fields))
	for i, h := range rec.fields {
		names[i] = headerName(h)
	}
	ls := sheetLangs(names)
	paired := pairedColumns(names, ls)
	for _, nm := range names {
		if f, ok := columnField(nm, ls); ok {
			n++
			date = date || f == fStart || f == fYear || f == fEnd
		} else if _, ok := pairedNames[nm]; ok && paired && isPairName(nm, names) {
			n++
			date = true
		}
	}
	return n, date
}

// headerRow finds the header of a sheet that opens with a title and
// blank rows over it: the first of the first five rows that names a date
// column and another one it knows, when the first row names none. It
// returns 0 when the first row is the header (or none is found).
//
// A header may have a row of its own over it that names groups of its
// columns, as a spreadsheet's merged cells export them: "Dates,,Event
// details," over "Start,End,Title,Description". When the row found is
// such a row, the one under it is the header, and group is true.
func headerRow(records []record) (h int, group bool) {
	if !knownHeader(records[0]) {
		for k := 1; k < len(records) && k < 5; k++ {
			if n, date := headerNames(records[k]); n >= 2 && date {
				h = k
				break
			}
		}
	}
	if h+1 < len(records) && groupsOver(records[h], records[h+1]) {
		return h + 1, true
	}
	return h, false
}

// groupsOver reports whether rec is a row that names groups of the
// columns of the header under it: a row with blank cells (a merged
// cell's others) that names fewer columns than under has, and under
// names a date column and another one, as a header does.
func groupsOver(rec, under record) bool {
	if !mayGroup(rec) {
		return false
	}
	n, _ := headerNames(rec)
	m, date := headerNames(under)
	return m >= 2 && date && m > n
}

// mayGroup reports whether rec may be a row over the header that names
// groups of its columns (see groupsOver): the row under it must be read
// to know.
func mayGroup(rec record) bool {
	blank, named := false, false
	for _, f := range rec.fields {
		if strings.TrimSpace(f) == "" {
			blank = true
		} else {
			named = true
		}
	}
	return blank && named
}
