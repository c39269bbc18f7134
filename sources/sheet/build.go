package sheet

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// numericDate finds the two leading numbers of a d/m/y or m/d/y date.
var numericDate = regexp.MustCompile(`(?:^|[^0-9/.-])([0-9]{1,2})([/.-])([0-9]{1,2})([/.-])[0-9]{2,4}(?:$|[^0-9])`)

// numericDayRange finds the two leading numbers of the end of a range of
// days written with its end's month and year only ("5-6/7/2017").
var numericDayRange = regexp.MustCompile(`(?:^|[^0-9/.])[0-9]{1,2}\s*[-–]\s*([0-9]{1,2})([/.])([0-9]{1,2})([/.])[0-9]{2,4}(?:$|[^0-9])`)

// deadlineColumn reports whether an end column names a deadline ("due",
// "Due date", "deadline"): alone in its row, it dates the row.
func deadlineColumn(name string) bool {
	switch normalizeName(name) {
	case "due", "due date", "deadline", "due on":
		return true
	}
	return false
}

// eitherWay reports whether a cell holds a numeric date whose first two
// numbers can each be the day or the month ("12/01/2027", not "13/01/2027"
// nor "05/05/2027").
func eitherWay(cell string) bool {
	// (a range of days that shares its end's month, "5-6/7/2017", reads
	// either way as that end does: 5-6 July or 5-7 June)
	for _, m := range append(numericDate.FindAllStringSubmatch(cell, -1), numericDayRange.FindAllStringSubmatch(cell, -1)...) {
		if m[2] != m[4] {
			continue
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		if a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12 {
			return true
		}
	}
	return false
}

// writtenOrder is the day-month order a date cell with a month name
// writes: DayFirst for "12 May 1958" and "the 3rd of May 1958", MonthFirst
// for "May 12, 1958", OrderUnknown for a cell with no day beside its
// month ("May 1958", "1958-05-12").
func writtenOrder(cell string) Order {
	toks := tokenize(cell)
	day := func(t token) bool { return t.kind == tokNum && t.digits <= 2 && t.val >= 1 && t.val <= 31 }
	for i, t := range toks {
		if t.kind != tokWord || monthOf(t.text) == 0 {
			continue
		}
		j := i - 1
		if j >= 1 && toks[j].kind == tokWord && (toks[j].text == "of" || toks[j].text == "de") {
			j-- // the 3rd of May, 3 de mayo
		}
		if j >= 0 && toks[j].kind == tokSep && (toks[j].text == "-" || toks[j].text == ".") {
			j-- // 12-May-1958, 12. Mai
		}
		if j >= 0 && day(toks[j]) {
			return DayFirst
		}
		if i+1 < len(toks) && day(toks[i+1]) {
			// May 12, 1958; not "May 58"
			if i+2 >= len(toks) || toks[i+2].kind != tokNum || toks[i+2].digits >= 3 || toks[i+2].text == "," {
				return MonthFirst
			}
			if i+2 < len(toks) && toks[i+2].kind == tokSep {
				return MonthFirst
			}
		}
		return OrderUnknown
	}
	return OrderUnknown
}

// eitherWayWarning says how a numeric date that reads either way
// (03/04/1989) was read, in a sheet where nothing decided the order but
// the dates written with a month name, or nothing at all.
func (t *table) eitherWayWarning(o Order, d timeline.Date) error {
	switch {
	case o == DayFirst && t.writtenDay != "":
		return fmt.Errorf("reads either way; read day first (%s), as the sheet writes its dates with a month name day first (%q): pass --month-first to read the sheet's dates month first, or --day-first to confirm", d, clip(t.writtenDay, 30))
	case o == DayFirst:
		return fmt.Errorf("reads either way; read day first (%s), as dotted dates are written: pass --month-first to read the sheet's dates month first, or --day-first to confirm", d)
	case o == MonthFirst && t.writtenMonth != "":
		return fmt.Errorf("reads either way; read month first (%s), as the sheet writes its dates with a month name month first (%q): pass --day-first to read the sheet's dates day first, or --month-first to confirm", d, clip(t.writtenMonth, 30))
	}
	if t.orderTie {
		// as many cells that can only be day first (13/12) as month
		// first (12/13): the sheet argues both ways
		return fmt.Errorf("reads either way, and the sheet's other dates are as many day first as month first; read month first (%s): pass --day-first or --month-first to say which", d)
	}
	return fmt.Errorf("reads either way; read month first (%s): pass --day-first to read the sheet's dates day first, or --month-first to confirm", d)
}

// ambiguousNumeric reads a cell that is one numeric date whose two first
// numbers could each be the day or the month ("03/04/2017").
func ambiguousNumeric(cell string) (a, b int, ok bool) {
	m := numericDate.FindStringSubmatch(strings.TrimSpace(cell))
	if m == nil || m[2] != m[4] {
		return 0, 0, false
	}
	a, _ = strconv.Atoi(m[1])
	b, _ = strconv.Atoi(m[3])
	return a, b, a >= 1 && a <= 12 && b >= 1 && b <= 12
}

// dayMonthWritten reads the day and the month of a date written with the
// month's name ("on 3 April 2017", "April 3, 2017"); zeros when there is
// none.
func dayMonthWritten(s string) (day, month int) {
	toks := tokenize(s)
	for i, t := range toks {
		m := 0
		if t.kind == tokWord {
			m = monthOf(t.text)
		}
		if m == 0 {
			continue
		}
		isDay := func(k int) bool {
			return k >= 0 && k < len(toks) && toks[k].kind == tokNum && toks[k].digits <= 2 && toks[k].val >= 1 && toks[k].val <= 31
		}
		switch {
		case isDay(i - 1):
			return toks[i-1].val, m
		case i >= 2 && toks[i-1].kind == tokWord && toks[i-1].text == "of" && isDay(i-2):
			return toks[i-2].val, m
		case isDay(i + 1):
			return toks[i+1].val, m
		}
	}
	return 0, 0
}

// detectOrder decides the sheet's day-month order from its date cells.
func (t *table) detectOrder(opt *bool) (Order, string) {
	if opt != nil {
		if *opt {
			return DayFirst, "option"
		}
		return MonthFirst, "option"
	}
	if t.noteOrder != OrderUnknown {
		return t.noteOrder, "header" // "Date (dd/mm/yyyy)"
	}
	dayFirst, monthFirst := 0, 0
	// A row's own date_text ("on 3 April 2017", as chronicle wrote it)
	// beside its start retyped by a spreadsheet ("03/04/2017") says which
	// number is the day: the surest sign there is.
	textDay, textMonth := 0, 0
	for i := range t.rows {
		a, b, ok := ambiguousNumeric(t.rows[i].get(fStart))
		if !ok {
			continue
		}
		d, m := dayMonthWritten(t.rows[i].get(fDateText))
		switch {
		case d == a && m == b && a != b:
			textDay++
		case d == b && m == a && a != b:
			textMonth++
		}
	}
	switch {
	case textDay > textMonth:
		return DayFirst, "date text"
	case textMonth > textDay:
		return MonthFirst, "date text"
	}
	wroteDay, wroteMonth := 0, 0 // "12 May 1958", "May 12, 1958"
	dotted, other := 0, 0        // ambiguous numeric dates with dots (11.04.1892), with slashes or dashes
	for i := range t.rows {
		cells := []string{t.rows[i].get(fStart), t.rows[i].get(fEnd), t.rows[i].get(fSourceDate), t.rows[i].get(fWeek), t.rows[i].get(fQuarter)}
		for _, c := range t.rows[i].also {
			cells = append(cells, c.text)
		}
		for _, cc := range t.rows[i].cites {
			if c := cc.cells[cDate]; c != nil {
				cells = append(cells, c.text)
			}
		}
		for _, cell := range cells {
			switch writtenOrder(cell) {
			case DayFirst:
				wroteDay++
				if t.writtenDay == "" {
					t.writtenDay = normalizeSpace(cell)
				}
			case MonthFirst:
				wroteMonth++
				if t.writtenMonth == "" {
					t.writtenMonth = normalizeSpace(cell)
				}
			}
			for _, m := range numericDate.FindAllStringSubmatch(cell, -1) {
				if m[2] != m[4] {
					continue
				}
				a, _ := strconv.Atoi(m[1])
				b, _ := strconv.Atoi(m[3])
				if m[2] == "." {
					dotted++
				} else {
					other++
				}
				switch {
				case a > 12 && b <= 12:
					dayFirst++
				case b > 12 && a <= 12:
					monthFirst++
				}
			}
		}
	}
	switch {
	case dayFirst > monthFirst:
		return DayFirst, "cells"
	case monthFirst > dayFirst:
		return MonthFirst, "cells"
	case dayFirst > 0: // as many of each: every ambiguous cell is a guess
		t.orderTie = true
		return OrderUnknown, "cells"
	case wroteDay > wroteMonth:
		// no number over 12, but the dates with a month name put the
		// day first ("12 May 1958"): a British sheet
		return DayFirst, "written"
	case wroteMonth > wroteDay:
		return MonthFirst, "written"
	case t.langs() != 0:
		// Fecha, Datum, Date de début: every language whose column names
		// we read writes the day first.
		return DayFirst, "language"
	case dotted > 0 && other == 0:
		// 11.04.1892: the dotted numeric date is the day-first writing of
		// Europe (the month-first one writes slashes)
		return DayFirst, "dots"
	}
	return OrderUnknown, "default"
}

// langs are the languages the sheet's column names are in (see
// sheetLangs), or 0 for English or names of no language: the header's
// for a CSV sheet, the keys of its events for JSON.
func (t *table) langs() lang {
	if t.header != nil {
		return sheetLangs(t.header)
	}
	seen := map[string]bool{}
	var names []string
	add := func(c *cell) {
		if c != nil && !seen[c.column] {
			seen[c.column] = true
			names = append(names, normalizeName(c.column))
		}
	}
	for i := range t.rows {
		for _, c := range t.rows[i].cells {
			add(c)
		}
		for _, c := range t.rows[i].extra {
			add(c)
		}
	}
	return sheetLangs(names)
}

// build turns the rows into events.
func (t *table) build(dayFirst *bool, errs *timeline.ErrorList) *Sheet {
	t.settleDates(errs)
	t.settleIndex()
	for i := range t.rows {
		t.placeDates(&t.rows[i])
	}
	s := &Sheet{Ignored: t.ignored, Title: t.title}
	s.Order, s.OrderFrom = t.detectOrder(dayFirst)
	b := t.newBuilder(s)
	s.Events = make([]timeline.Event, 0, len(t.rows))
	for i := range t.rows {
		s.Events = append(s.Events, b.take(&t.rows[i], errs)...)
	}
	s.Events = append(s.Events, b.flush()...)
	return s
}

// rowEvents makes the events of a row: its own, and one for each second
// date column (Acquired beside Made) that has a cell. In a sheet whose
// rows have several, each title says what its date column names: "Clock
// (made)", "Clock (acquired)". A row whose own date column is one of
// these and is empty, or that has no date of its own at all (a JSON
// object with "made" alone where others have "date"), has only the events
// of its other dates.
func (b *eventBuilder) rowEvents(rw *row, errs *timeline.ErrorList) []timeline.Event {
	b.t.placeDates(rw)
	b.t.dropIndex(rw)
	if b.t.skipTotals(rw) || b.t.skipNote(rw, b.cp) {
		return nil
	}
	var out []timeline.Event
	var also []*cell
	for _, c := range rw.also {
		if strings.TrimSpace(c.text) != "" {
			also = append(also, c)
		}
	}
	own := rw.cells[fStart]
	ownNamed := own != nil && b.t.dateColRole(normalizeName(own.column)) == rolePrimary
	undated := true
	for _, f := range []field{fStart, fEnd, fYear, fWeek, fQuarter, fTime} {
		undated = undated && filled(rw, f) == nil
	}
	if !(undated && len(also) > 0) {
		ev, ok := b.event(rw, errs)
		if !ok {
			return nil
		}
		if b.t.alsoDates && ownNamed {
			qualify(&ev, own.column)
		}
		out = append(out, ev)
	}
	for _, c := range also {
		ev, ok := b.event(alsoRow(rw, c), errs)
		if !ok {
			continue
		}
		if ev.DateText == "" {
			ev.DateText = normalizeSpace(c.text)
		}
		qualify(&ev, c.column)
		out = append(out, ev)
	}
	return out
}

// eventBuilder makes the events of a sheet's rows one by one, once its
// day-month order is known.
type eventBuilder struct {
	t    *table
	s    *Sheet
	cp   *cellParser
	ids  map[string]timeline.Position
	next map[string]int // the next number for a repeated generated id
	// held are the events of the last row, until the next says whether
	// it continues them (see take); heldRow is where that row stands,
	// heldText its text (or its last continuation's).
	held     []timeline.Event
	heldRow  timeline.Position
	heldText string
	// contN counts the rows read as continuations, the first at
	// contFirst, under the row of line contUnder.
	contN     int
	contFirst timeline.Position
	contUnder int
}

func (t *table) newBuilder(s *Sheet) *eventBuilder {
	s.IDs = t.has[fID]
	b := &eventBuilder{t: t, s: s, cp: &cellParser{order: s.Order, shortTIMEX: t.has[fPrecision] || t.decadeNumbers(), warnings: &t.warnings, guessed: s.OrderFrom == "default" || s.OrderFrom == "written" || s.OrderFrom == "dots" || s.OrderFrom == "cells" && s.Order == OrderUnknown},
		ids: map[string]timeline.Position{}, next: map[string]int{}}
	t.settleMidnight(b.cp)
	return b
}

// event makes the event of a row; false for a TimelineJS title row, which
// gives the sheet its title instead.
func (b *eventBuilder) event(rw *row, errs *timeline.ErrorList) (timeline.Event, bool) {
	s, ids, next := b.s, b.ids, b.next
	typ := strings.ToLower(rw.trimmed(fType))
	if typ == "title" {
		s.Title = strings.TrimSpace(rw.get(fTitle))
		if s.Title == "" {
			s.Title = strings.TrimSpace(rw.get(fText))
		}
		return timeline.Event{}, false
	}
	ev := b.t.event(rw, b.cp, errs)
	if typ == "era" {
		ev.Tags = append(ev.Tags, "era")
	}
	given := false
	if c := rw.cells[fID]; c != nil && strings.TrimSpace(c.text) != "" {
		given = true
		if !b.t.sciWarned && sciNumberRe.MatchString(strings.TrimSpace(c.text)) {
			// "1.23457E+11": said once, at the first
			b.t.sciWarned = true
			b.t.warnings.Add(cellError(c, errors.New("a long number a spreadsheet wrote in scientific notation: its last digits are lost, and rows may share it (and so for every cell like it); format the column as text before exporting to keep the ids")))
		}
	}
	if _, dup := ids[ev.ID]; dup {
		// Two rows with the same date, text and source, or a row copied
		// with its id to make another event: number the later, which
		// would otherwise replace the first wherever ids match.
		base := ev.ID
		n := max(next[base], 2)
		for {
			ev.ID = base + "-" + strconv.Itoa(n)
			n++
			if _, dup := ids[ev.ID]; !dup {
				break
			}
		}
		next[base] = n
		if given {
			b.t.warnings.Add(timeline.Errorf(rw.cells[fID].pos, "id %q is already used at line %d; this row is kept as another event, id %q", base, ids[base].Line, ev.ID))
		}
	}
	if _, dup := ids[ev.ID]; !dup {
		ids[ev.ID] = rw.pos
	}
	return ev, true
}

// sciNumberRe is a number as a spreadsheet shows one too long for its
// cell, in scientific notation, and exports it so: "1.23457E+11",
// "9,87654E+15" (with a decimal comma).
var sciNumberRe = regexp.MustCompile(`^[0-9](?:[.,][0-9]+)?[Ee]\+?[0-9]{1,3}$`)

// excelDayMonthRe is a day and a month as a spreadsheet shows a date
// cell formatted without its year ("d-mmm"): "3-Mar", "25-Dec".
var excelDayMonthRe = regexp.MustCompile(`^[0-9]{1,2}-\pL{3,9}\.?$`)

// excelDayMonth writes a spreadsheet's "3-Mar" (see excelDayMonthRe) as
// "3 Mar", which a year after it completes: "3-Mar 2025" is no date,
// "3 Mar 2025" is 3 March 2025.
func excelDayMonth(s string) string {
	if excelDayMonthRe.MatchString(s) {
		return strings.Replace(s, "-", " ", 1)
	}
	return s
}

// yearOfRow reads a date cell written without its year ("28 June", "4
// Aug") with the row's Year cell, as a chronology of Year, Date and Event
// columns writes each day under its year: "28 June" of 1914 is
// 1914-06-28. It returns the year cell's text too, for the date text.
func yearOfRow(rw *row, cp *cellParser) (timeline.Span, string, bool) {
	return yearWith(rw.get(fStart), rw.get(fYear), cp)
}

// yearWith reads a date cell written without its year with a Year cell
// (see yearOfRow): "28 June" and "1914" are 1914-06-28.
func yearWith(s, y string, cp *cellParser) (timeline.Span, string, bool) {
	y = normalizeSpace(y)
	s = excelDayMonth(normalizeSpace(s))
	if !allDigits(y) || len(y) > 4 || s == "" || len(s) > 40 || yearInCell.MatchString(s) {
		return timeline.Span{}, "", false
	}
	sp, err := cp.parseSpan(s + " " + y)
	if err != nil || sp.Start.IsZero() || sp.Start.Prec < timeline.Half || sp.Start.Year != atoi(y) || sp.Start.Season == timeline.Winter {
		// a winter under 1914 may be the one it ends or the one it begins
		return timeline.Span{}, "", false
	}
	return sp, y, true
}

// yearFromRows reads a date cell written without its year ("Mon 12 Jan",
// "3–7 Nov", "from 11 May") in a sheet whose rows above are dated, as a
// school's term dates are: of the year before the last dated row's, its
// year or the next, the one that puts it nearest that row, among those
// its weekday, when written, agrees with.
func (t *table) yearFromRows(s string, cp *cellParser) (timeline.Span, bool) {
	s = excelDayMonth(normalizeSpace(s))
	if s == "" || len(s) > 40 || yearInCell.MatchString(s) {
		return timeline.Span{}, false
	}
	last := t.lastDay.Start()
	var spans [3]timeline.Span
	var gaps [3]time.Duration
	n := 0
	for y := t.lastDay.Year - 1; y <= t.lastDay.Year+1; y++ {
		sp, err := cp.parseSpan(s + " " + strconv.Itoa(y))
		if err != nil || sp.Start.Prec < timeline.Day || sp.Start.Year != y {
			continue
		}
		spans[n], gaps[n] = sp, sp.Start.Start().Sub(last)
		n++
	}
	best, bestGap, nextGap := timeline.Span{}, time.Duration(-1), time.Duration(-1)
	for i := 0; i < n; i++ {
		gap := gaps[i]
		if n > 1 && (gap < 0 && t.ups > 0 || gap > 0 && t.downs > 0) {
			// a sheet in order of date keeps it: "17 Sep" after "1 Feb
			// 1923" and "3 Mar 1923" is in 1923, though September 1922
			// is nearer (but a weekday written, which one year alone
			// agrees with, says which)
			continue
		}
		if gap < 0 {
			gap = -gap
		}
		switch {
		case bestGap < 0 || gap < bestGap:
			best, bestGap, nextGap = spans[i], gap, bestGap
		case nextGap < 0 || gap < nextGap:
			nextGap = gap
		}
	}
	if t.ups == 0 && t.downs == 0 && nextGap >= 0 && nextGap < 2*bestGap {
		// one dated row above, and the years on either side of it near
		// alike: "17 Sep" under "3 Mar 1923" may be of 1922 or 1923,
		// and a wrong year is worse than none
		return timeline.Span{}, false
	}
	return best, bestGap >= 0 && bestGap < 200*24*time.Hour
}

// yearInCell finds a number that may be a year in a cell.
var yearInCell = regexp.MustCompile(`\d{3,}|'\d\d\b`)

// cellError reports a problem with a cell.
func cellError(c *cell, err error) error {
	col := c.column
	if col == "" {
		col = "cell"
	}
	return &timeline.Error{Pos: c.pos, Err: fmt.Errorf("%s %q: %w", col, clip(strings.TrimSpace(c.text), 60), err)}
}

// event makes the event of one row; what cannot be read is reported and
// left empty.
func (t *table) event(rw *row, cp *cellParser, errs *timeline.ErrorList) timeline.Event {
	ev := timeline.Event{Pos: rw.pos}
	var span timeline.Span
	split := false            // the date is the TimelineJS template's Year, Month, ... cells
	var timeEnd timeline.Date // the end a time cell gives (09:00–10:30)
	timeCell := filled(rw, fTime)
	var periodCell *cell // the week or quarter cell that dates the row
	var periodText string
	rowYear := "" // the Year cell a date cell without one was read with ("28 June" of 1914)
	yearAbove := t.yearAbove
	if c := filled(rw, fYear); c != nil || t.header == nil {
		// the Year cell a row under it left blank shares (see above);
		// a JSON object's members are its own
		t.yearAbove = ""
		if y := normalizeSpace(rw.get(fYear)); allDigits(y) && len(y) <= 4 && t.header != nil {
			t.yearAbove = y
		}
	}
	switch {
	case filled(rw, fStart) != nil:
		sp, err := cp.parseSpan(rw.get(fStart))
		sp = cp.dayOfMidnight(sp)
		if err != nil {
			if sp2, y, ok := yearOfRow(rw, cp); ok {
				sp, err, rowYear = sp2, nil, y
			} else if yearAbove != "" && filled(rw, fYear) == nil {
				// "17 Sep" with its Year cell blank under "1923": the
				// rows of a merged cell, which a spreadsheet exports
				// with its value in the first of them only
				if sp2, y, ok := yearWith(rw.get(fStart), yearAbove, cp); ok {
					sp, err, rowYear = sp2, nil, y
					if !t.aboveWarned {
						t.aboveWarned = true
						t.warnings.Add(cellError(rw.cells[fStart], fmt.Errorf("no year written, and the Year cell is blank: read as %s, with the year of the row above (a merged cell's rows are exported blank but the first), and so for every cell like it", sp.Start)))
					}
				}
			}
		}
		if err != nil && !t.lastDay.IsZero() && (t.ups == 0 || t.downs == 0) {
			if sp2, ok := t.yearFromRows(rw.get(fStart), cp); ok {
				sp, err = sp2, nil
				if !t.yearWarned {
					// said once: the reader checks the first, and knows
					t.yearWarned = true
					t.warnings.Add(cellError(rw.cells[fStart], fmt.Errorf("no year written: read as %s, the year of the dated rows around it (and so for every cell like it)", sp.Start)))
				}
			}
		}
		if errors.Is(err, errOpenEnd) {
			t.warnings.Add(cellError(rw.cells[fStart], err))
		} else if err != nil {
			errs.Add(cellError(rw.cells[fStart], err))
			if !errors.Is(err, errOrder) {
				sp = timeline.Span{}
			}
		} else if t.noteSerial(rw.cells[fStart], sp.Start) {
			// 45292 for 1 January 2024: said once, at the first
		} else if v := strings.TrimSpace(rw.get(fStart)); !cp.shortTIMEX && !t.shortWarned && sp.Start.Prec == timeline.Year && shortTIMEXLike(v) {
			// "199" with no precision column: AD 199 as a person types
			// it, but our events.csv writes the 1990s so; say which
			t.shortWarned = true
			t.warnings.Add(cellError(rw.cells[fStart], fmt.Errorf("read as the year %d; a precision column saying \"decade\" or \"century\" would make it %s (as chronicle writes them), and so for every cell like it", sp.Start.Year, shortTIMEXMeaning(v))))
		} else if cp.guessed && !cp.warned && eitherWay(rw.get(fStart)) {
			// "12/01/2027" typed into a sheet of ISO dates: say how it
			// was read, once
			cp.warned = true
			t.warnings.Add(cellError(rw.cells[fStart], t.eitherWayWarning(cp.order, sp.Start)))
		}
		span = sp
		if sp.Start.Prec >= timeline.Day && sp.Start.Year != 0 {
			t.lastDay = sp.Start.DayOf()
		}
		if st := sp.Start.Start(); !sp.Start.IsZero() && !st.IsZero() {
			switch {
			case t.lastStart.IsZero():
			case st.After(t.lastStart):
				t.ups++
			case st.Before(t.lastStart):
				t.downs++
			}
			t.lastStart = st
		}
		if timeCell != nil && !t.has[fYear] && !sp.Start.IsZero() {
			span, timeEnd = withTime(span, timeCell, errs)
		}
	case (filled(rw, fWeek) != nil || filled(rw, fQuarter) != nil) && filled(rw, fMonth) == nil && filled(rw, fDay) == nil:
		// A roadmap's week or quarter, perhaps with its Year cell.
		span, periodCell, periodText = t.periodSpan(rw, cp, errs)
		if timeCell != nil {
			errs.Add(cellError(timeCell, fmt.Errorf("a time of day needs a day, and column %q gives a %s; it is left out", periodCell.column, fieldNames[cmp.Or(cellField(rw, periodCell), fWeek)])))
		}
	case t.has[fYear]:
		split = true
		span = splitDate(rw, cp, fYear, fMonth, fDay, fTime, fHour, fMinute, fSecond, errs)
		// The month and day say more than a week or quarter beside them.
		for _, f := range []field{fWeek, fQuarter} {
			if c := filled(rw, f); c != nil {
				c.column = cmp.Or(strings.TrimSpace(c.column), fieldNames[f])
				rw.extra = append(rw.extra, c)
			}
		}
	case timeCell != nil:
		// "time": "2024-06-20T09:00:00Z" in a log: a date and its time
		if sp, err := cp.parseSpan(timeCell.text); err == nil && sp.Start.Prec >= timeline.Day {
			span = sp
			break
		}
		errs.Add(cellError(timeCell, errors.New("a time of day without a date; it is left out")))
	}
	var end timeline.Date
	var endCell *cell
	endTime := filled(rw, fEndTime)
	endDate := filled(rw, fEnd)
	if c := endDate; c != nil && endTime == nil && !t.has[fEndYear] {
		if v := normalizeSpace(c.text); !allDigits(v) && isClock(v) {
			// "Date, Start, End" of 09:00 and 10:45: a time of day is no
			// date, it is the time the row's day ends at
			endTime, endDate = c, nil
		}
	}
	// endWritten is the end as the row wrote it (its end cell, and the
	// end time after it), for the date text; dueOnly says the row is
	// dated by its due date alone
	var endWritten string
	dueOnly := false
	openEnd := false // the End cell says the row has not ended ("ongoing")
	if c := endDate; c != nil && presentWords[strings.ToLower(normalizeSpace(c.text))] {
		// an End of "ongoing": the row runs to the present, and is read
		// from its start, as "2015–present" in one cell is
		t.warnings.Add(cellError(c, errOpenEnd))
		endWritten, openEnd = c.text, true
	} else if c != nil {
		endCell = c
		endWritten = c.text
		sp, err := cp.parseSpan(c.text)
		sp = cp.dayOfMidnight(sp)
		if err != nil {
			errs.Add(cellError(c, err))
			if !errors.Is(err, errOrder) {
				sp = timeline.Span{}
			}
		} else {
			t.noteSerial(c, sp.Start)
		}
		end = sp.Start
		if sp.IsRange() {
			end = sp.End
		}
		if endTime != nil && !t.has[fEndYear] && !end.IsZero() {
			sp, _ := withTime(timeline.Span{Start: end}, endTime, errs)
			end = sp.Start
			endWritten += " " + endTime.text
		}
	} else if t.has[fEndYear] {
		endCell = rw.cells[fEndYear]
		sp := splitDate(rw, cp, fEndYear, fEndMonth, fEndDay, fEndTime, fEndHour, fEndMinute, fEndSecond, errs)
		end = sp.Start
		if sp.IsRange() {
			end = sp.End
		}
	} else if endTime != nil && span.Start.Prec >= timeline.Day && !span.IsRange() {
		// Start Date, Start Time and End Time: the end is on the start's
		// day, or the next when its time is earlier (22:00 to 01:00).
		endCell, endWritten = endTime, endTime.text
		sp, _ := withTime(timeline.Span{Start: span.Start.DayOf()}, endTime, errs)
		end = nextDayIfBefore(sp.Start, span.Start)
	} else if endTime != nil {
		errs.Add(cellError(endTime, errors.New("an end time needs a day to be on; it is left out")))
	}
	if !timeEnd.IsZero() {
		if end.IsZero() {
			end, endCell = timeEnd, timeCell
		} else {
			errs.Add(cellError(timeCell, fmt.Errorf("the time gives an end, and so does column %q; the end column is read", endCell.column)))
		}
	}
	if c := rw.cells[fZone]; c != nil && strings.TrimSpace(c.text) != "" {
		span, end = applyZones(span, end, c, rw, errs)
	} else if timeCell != nil && utcColumn(timeCell.column) && span.Start.Prec >= timeline.Hour && !span.Start.HasZone {
		// "time_utc": 04:30 is 04:30Z
		zs := span
		if !end.IsZero() {
			zs.End = end
		}
		if zs, err := timeline.ApplyZones(zs, "Z"); err == nil {
			span.Start = zs.Start
			if end.IsZero() {
				span.End = zs.End
			} else {
				end = zs.End
			}
		}
	}
	if !end.IsZero() {
		switch {
		case span.Start.IsZero() && endCell != nil && deadlineColumn(endCell.column):
			// a task with only its due date: the event is the deadline
			span = timeline.Span{Start: end}
			dueOnly = true
		case span.Start.IsZero():
			errs.Add(cellError(endCell, errors.New("an end without a start; the end is dropped")))
		case span.IsRange():
			errs.Add(cellError(endCell, fmt.Errorf("the start is already a range ending %s; the end column is used", span.End)))
			span.End = end
		case end == span.Start:
			// A row whose end is its start (TimelineJS's End Year,
			// Month and Day copied from the start) is a point.
		default:
			span.End = end
		}
		if !span.End.IsZero() && span.End.Start().Before(span.Start.Start()) {
			errs.Add(cellError(endCell, fmt.Errorf("ends before the start %s; the end is dropped", span.Start)))
			span.End = timeline.Date{}
		}
	}
	if c := rw.cells[fPrecision]; c != nil && strings.TrimSpace(c.text) != "" {
		span = applyPrecision(span, c, rw.cells[fDateText], cp, errs, &t.warnings)
	}
	for _, m := range []struct {
		f    field
		date *timeline.Date
	}{{fMod, &span.Start}, {fEndMod, &span.End}} {
		c := rw.cells[m.f]
		if c == nil || strings.TrimSpace(c.text) == "" {
			continue
		}
		mod, err := timeline.ParseMod(strings.ToUpper(strings.TrimSpace(c.text)))
		switch {
		case err != nil:
			errs.Add(cellError(c, err))
		case m.date.IsZero():
			errs.Add(cellError(c, errors.New("a mod without a date")))
		case m.f == fMod && (mod == timeline.ModStart || mod == timeline.ModMid || mod == timeline.ModEnd) && m.date.Prec >= timeline.Day &&
			rw.cells[fDateText] != nil && strings.TrimSpace(rw.cells[fDateText].text) != "" && !dateTextIs(rw.cells[fDateText], cp, *m.date):
			// "late 1941" typed over with "1941-12-11": the mod was the
			// old date's, and "late 11 December 1941" is no one's
			t.warnings.Add(cellError(c, fmt.Errorf("the mod of %q; the date is now %s, read without it", normalizeSpace(rw.cells[fDateText].text), *m.date)))
		default:
			m.date.Mod = mod
		}
	}
	ev.Span = span

	if t.has[fDateText] {
		ev.DateText = rw.get(fDateText)
	} else if periodCell != nil {
		ev.DateText = periodText
	} else if c := rw.cells[fStart]; c != nil {
		ev.DateText = normalizeSpace(c.text)
		if rowYear != "" && ev.DateText != "" {
			ev.DateText += " " + rowYear // "28 June 1914"
		}
		if timeCell != nil && !t.has[fYear] && ev.DateText != "" {
			ev.DateText = normalizeSpace(c.text + " " + timeCell.text)
		}
	}
	if ev.DateText == "" && timeCell != nil && !span.Start.IsZero() && filled(rw, fStart) == nil && !split && !t.has[fYear] && periodCell == nil {
		ev.DateText = normalizeSpace(timeCell.text) // a log's "time" that held the date too
	}
	// The id is made from the date text the row gives; the one made
	// below of split cells is not, and ids stay what they were.
	idDateText := ev.DateText
	if c := rw.cells[fDateText]; c != nil && t.has[fStart] && filled(rw, fStart) != nil && staleDateText(c, span, cp) {
		// a start corrected by hand beside the old date text: "on 3
		// March 2021" would be shown as written beside 3 April
		typed := normalizeSpace(rw.get(fStart))
		if e := normalizeSpace(rw.get(fEnd)); e != "" && !span.End.IsZero() {
			typed += " – " + e
		}
		t.warnings.Add(cellError(c, fmt.Errorf("is not the date now, %s: the date text is the date as typed, %q", spanString(span), typed)))
		ev.DateText = typed
	}
	if split && strings.TrimSpace(ev.DateText) == "" {
		ev.DateText = splitDateText(rw)
	}
	if w := normalizeSpace(endWritten); w != "" && !t.has[fDateText] && !split && periodCell == nil {
		// A range written in a start and an end column is both, as
		// TimelineJS's split cells are: "2022-08-22 – 2022-08-28",
		// "2021-03-12 09:00 – 17:00"; a task dated by its due date alone
		// is that date. (The id is made without it, as before.)
		switch {
		case ev.DateText == "" && dueOnly:
			ev.DateText = w
		case ev.DateText != "" && (!span.End.IsZero() || openEnd):
			ev.DateText += " – " + w // "2020-03-01 – ongoing"
		}
	}
	ev.Title = rw.get(fTitle)
	if kind := rw.trimmed(fType); kind != "" && !strings.EqualFold(kind, "title") && !strings.EqualFold(kind, "era") {
		// a Type that is not TimelineJS's ("Birth", "Concert"): what
		// kind of event the row is
		ev.Title = headline(ev.Title, kind)
	}
	if person := normalizeSpace(rw.get(fPerson)); person != "" {
		ev.Title = personHeadline(person, ev.Title)
	}
	ev.Text = withExtra(rw.get(fText), rw.extra)
	away := normalizeSpace(rw.get(fAway))
	if away == "" {
		away = normalizeSpace(rw.get(fOpponent))
	}
	if home := normalizeSpace(rw.get(fHome)); home != "" || away != "" {
		// a fixture: "Ashford Town v Redcliffe United"
		match := strings.Trim(home+" v "+away, " v")
		if home == "" || away == "" {
			match = home + away
		}
		if home == "" && t.has[fOpponent] {
			match = "v " + away // a club's own list: "Opponent: Hollowbrook FC"
		}
		if strings.TrimSpace(ev.Title) == "" {
			ev.Title = match
		} else {
			ev.Text = strings.TrimSpace(match + ". " + ev.Text)
		}
	}
	if strings.TrimSpace(ev.Title) == "" && !t.has[fTitle] {
		// no title column, but a first column not read beside a column
		// of notes: "Trip, Date, Notes" names each row by its trip, not
		// by its note ("Coach leaves 8:30")
		ev.Title = t.leadName(rw)
	}
	if strings.TrimSpace(ev.Title) == "" && !t.has[fTitle] {
		// no title column: a short one-line text ("summary": "Spring
		// concert", as calendars export it) is the headline too
		if txt := normalizeSpace(rw.get(fText)); txt != "" && !strings.ContainsAny(rw.get(fText), "\n") && utf8.RuneCountInString(txt) <= 80 {
			ev.Title = txt
		}
	}
	if strings.TrimSpace(ev.Title) == "" && rw.trimmed(fText) == "" {
		// nothing but cells of columns not read: a weather record's
		// row with no remarks is "station: Greenwich; max_c: 31.4"
		if h := t.cellsHeadline(rw.extra); h != "" {
			ev.Title = h
		}
	}
	cit := timeline.Citation{
		Outlet: strings.TrimSpace(rw.get(fSource)),
		URL:    strings.TrimSpace(rw.get(fURL)),
		File:   t.name,
	}
	if c := rw.cells[fSourceDate]; c != nil && strings.TrimSpace(c.text) != "" {
		d, err := cp.parseDate(c.text)
		if err != nil && !errors.Is(err, errOrder) {
			errs.Add(cellError(c, err))
		} else {
			if err != nil {
				errs.Add(cellError(c, err))
			}
			cit.Date = d
		}
	}
	ev.Sources = []timeline.Citation{cit}
	if len(rw.cites) > 0 {
		// A JSON sheet's sources array: the flat source, url and
		// source_date keys, when a row has them too, win over the first.
		cits := make([]timeline.Citation, 0, len(rw.cites))
		for i := range rw.cites {
			cits = append(cits, citation(&rw.cites[i], t.name, cp, errs))
		}
		first := &cits[0]
		if rw.cells[fSource] != nil && cit.Outlet != first.Name() {
			first.Outlet = cit.Outlet
		}
		if rw.cells[fURL] != nil && cit.URL != first.URL {
			first.URL = cit.URL
		}
		if c := rw.cells[fSourceDate]; c != nil && strings.TrimSpace(c.text) != "" && cit.Date.String() != first.Date.DayString() {
			first.Date = cit.Date
		}
		ev.Sources = cits
	} else if c := rw.cells[fSources]; c != nil && strings.TrimSpace(c.text) != "" {
		cits, err := timeline.ParseCitations(c.text)
		if !strings.Contains(c.text, "|") {
			// a person's Sources column, not ours: "BBC; The Guardian"
			cits, err = plainCitations(c.text, t.name), nil
		}
		if err != nil {
			errs.Add(cellError(c, err))
		} else if len(cits) > 0 {
			// The source, source_url and source_date cells win over the
			// first citation when a person has edited them.
			first := &cits[0]
			if t.has[fSource] && cit.Outlet != first.Name() {
				first.Outlet = cit.Outlet
			}
			if t.has[fURL] && cit.URL != first.URL {
				first.URL = cit.URL
			}
			if t.has[fSourceDate] && cit.Date.String() != first.Date.DayString() {
				first.Date = cit.Date
			}
			ev.Sources = cits
		}
	}
	ev.Row = rw.pos
	if rw.posObj != nil {
		if p, ok := position(rw.posObj, errs); ok {
			ev.Pos = p
		}
	} else if c := rw.cells[fPosition]; c != nil && strings.TrimSpace(c.text) != "" {
		p, err := timeline.ParsePosition(strings.TrimSpace(c.text))
		if err != nil {
			errs.Add(cellError(c, err))
		} else {
			if oc := rw.cells[fOffset]; oc != nil && strings.TrimSpace(oc.text) != "" {
				if n, err := strconv.Atoi(strings.TrimSpace(oc.text)); err == nil && n >= 0 {
					p.Offset = n
				} else {
					errs.Add(cellError(oc, errors.New("not a byte offset")))
				}
			}
			ev.Pos = p
		}
	}
	ev.Group = strings.TrimSpace(rw.get(fGroup))
	ev.Media = strings.TrimSpace(rw.get(fMedia))
	if t.has[fSources] && (t.has[fID] || t.has[fPrecision] || t.has[fDateText] || t.has[fPosition]) {
		// Our own events.csv: lists as timeline.FormatList writes them.
		// (A person's sheet with a Sources column has "war, europe".)
		ev.Tags = timeline.ParseList(rw.get(fTags))
		ev.Actors = timeline.ParseList(rw.get(fActors))
	} else {
		ev.Tags = splitList(rw.get(fTags), ",;|")
		ev.Actors = splitList(rw.get(fActors), ";|")
	}
	// A JSON array keeps its items as written ("Brutus; Cassius" is one).
	if c := rw.cells[fTags]; c != nil && c.list != nil {
		ev.Tags = trimList(c.list)
	}
	if c := rw.cells[fActors]; c != nil && c.list != nil {
		ev.Actors = trimList(c.list)
	}
	if person := normalizeSpace(rw.get(fPerson)); person != "" && !slices.Contains(ev.Actors, person) {
		ev.Actors = append([]string{person}, ev.Actors...)
	}
	if c := rw.cells[fVague]; c != nil && strings.TrimSpace(c.text) != "" {
		t.checkVague(c, span)
	}
	if p := normalizeSpace(rw.get(fPlace)); p != "" && !slices.Contains(ev.Tags, PlaceTag+p) {
		ev.Tags = append(ev.Tags, PlaceTag+p) // once: an events.csv read back has it in its tags
		if !t.has[fSources] && movementTitles[strings.ToLower(strings.TrimSpace(ev.Title))] {
			// "Arrival" at Singapore, then at Port Klang: a title that
			// names only a coming or a going, and the place says which
			// ("Levantamiento" at Madrid is its own name)
			ev.Title = strings.TrimSpace(ev.Title) + " – " + p
		}
	}
	if id := strings.TrimSpace(rw.get(fID)); id != "" {
		ev.ID = id
	} else {
		// The title is part of what the row says: rows with one text and
		// different headlines are different events.
		what := rw.get(fTitle) + "\n" + ev.Text // (the title cell: one taken from the text makes no new id)
		if p := normalizeSpace(rw.get(fPlace)); p != "" {
			what += "\n" + p // the same event at two places is two events
		}
		ev.ID = timeline.MakeID(ev.Source().Name(), span, idDateText, what)
	}
	return ev
}

// applyZones gives the start and end the zone cell's offsets (see
// timeline.ApplyZones); end is the end column's date, or zero when the
// start cell holds the range. A start that could not be read has been
// reported already, and the zone is then left alone.
func applyZones(span timeline.Span, end timeline.Date, c *cell, rw *row, errs *timeline.ErrorList) (timeline.Span, timeline.Date) {
	if span.Start.IsZero() && strings.TrimSpace(rw.get(fStart)+rw.get(fYear)) != "" {
		return span, end
	}
	zs := span
	if !end.IsZero() {
		zs.End = end
	}
	zs, err := timeline.ApplyZones(zs, zoneCell(c.text))
	if err != nil {
		errs.Add(cellError(c, err))
	}
	span.Start = zs.Start
	if end.IsZero() {
		span.End = zs.End
	} else {
		end = zs.End
	}
	return span, end
}

// zoneCell writes the zone abbreviations a person may type in a zone
// column ("EST", "CET"; see zones) as offsets, for timeline.ApplyZones,
// on either side of the slash that gives the end its own zone.
func zoneCell(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		if z, ok := zones[strings.ToLower(strings.TrimSpace(p))]; ok {
			parts[i] = timeline.FormatZone(z)
		}
	}
	return strings.Join(parts, "/")
}

// splitDateText is the date text of a row dated by the TimelineJS
// template's Year, Month, Day and Time cells and their End twins: the
// cells as they were typed, "1944", "1944/6/6 06:30", "1944 June",
// "1939 – 1945", "44 BC", "1914-18" (an end typed as the start is not
// repeated).
func splitDateText(rw *row) string {
	var days, times [2]string
	for k, fs := range [2][]field{{fYear, fMonth, fDay, fTime, fHour, fMinute, fSecond},
		{fEndYear, fEndMonth, fEndDay, fEndTime, fEndHour, fEndMinute, fEndSecond}} {
		days[k] = joinCells(rw, fs[:3], "/") // "1944/6/6", "-44/3/15", "1944 June"
		if times[k] = normalizeSpace(rw.get(fs[3])); times[k] == "" {
			times[k] = joinCells(rw, fs[4:], ":") // "14:5"
		}
	}
	join := func(d, t string) string { return strings.TrimSpace(d + " " + t) }
	start, end := join(days[0], times[0]), join(days[1], times[1])
	switch {
	case end == "" || end == start:
		return start
	case start == "":
		return end
	case days[1] == days[0] && times[1] != "":
		return start + " – " + times[1] // 2017/12/13 15:00 – 17:30
	}
	return start + " – " + end
}

// joinCells joins the row's cells for fs that are not empty, as typed,
// with sep between two numbers and a space otherwise.
func joinCells(rw *row, fs []field, sep string) string {
	var b strings.Builder
	prev := ""
	for _, f := range fs {
		v := normalizeSpace(rw.get(f))
		if v == "" {
			continue
		}
		if b.Len() > 0 {
			if allDigits(strings.TrimPrefix(prev, "-")) && allDigits(v) {
				b.WriteString(sep)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(v)
		prev = v
	}
	return b.String()
}

// filled returns the row's cell for f, or nil when it has none or only
// white space.
func filled(rw *row, f field) *cell {
	if c := rw.cells[f]; c != nil && strings.TrimSpace(c.text) != "" {
		return c
	}
	return nil
}

// withTime puts the time of day of a time cell (09:00, 2:30 PM, 14:15
// CET) on the day span starts. A time range (09:00–10:30) gives the end
// too, on the same day, or the next when it is earlier (22:00–01:00). A
// date that is not one day, or that has a time of its own, cannot take it:
// that is reported and the span left as it was.
func withTime(span timeline.Span, c *cell, errs *timeline.ErrorList) (timeline.Span, timeline.Date) {
	switch strings.ToLower(strings.Trim(normalizeSpace(c.text), ".?!")) {
	case "tbc", "tba", "tbd", "to be confirmed", "to be announced", "n/a", "na", "-", "–", "—", "unknown", "":
		return span, timeline.Date{} // "Kick-off: TBC": no time yet, the day stands
	}
	start, end, err := clockRange(c.text)
	if err != nil {
		errs.Add(cellError(c, err))
		return span, timeline.Date{}
	}
	d := span.Start
	switch {
	case span.IsRange():
		err = fmt.Errorf("a time of day needs one day, not the range %s/%s; it is left out", span.Start, span.End)
	case d.Prec >= timeline.Hour:
		if at := onDay(d.DayOf(), start); at.String() != d.String() || end.prec != timeline.PrecisionNone {
			errs.Add(cellError(c, fmt.Errorf("the date already has a time of day, %s; this one is left out", d)))
		}
		return span, timeline.Date{}
	case d.Prec != timeline.Day:
		err = fmt.Errorf("a time of day needs a day, and %s is a %s; it is left out", d, d.Prec)
	}
	if err != nil {
		errs.Add(cellError(c, err))
		return span, timeline.Date{}
	}
	span.Start = onDay(d, start)
	span.Start.Mod = d.Mod
	if end.prec == timeline.PrecisionNone {
		return span, timeline.Date{}
	}
	return span, nextDayIfBefore(onDay(d, end), span.Start)
}

// isClock reports whether s is a time of day and nothing else.
func isClock(s string) bool {
	_, err := clockOf(s)
	return err == nil
}

// onDay is the time ck on the day d.
func onDay(d timeline.Date, ck clock) timeline.Date {
	d.Prec, d.Hour, d.Minute, d.Second = ck.prec, ck.h, ck.m, ck.s
	d.Zone, d.HasZone = ck.zone, ck.hasZone
	return d
}

// nextDayIfBefore moves end, a time on start's day, to the next day when
// it is earlier than start: a night that runs past midnight.
func nextDayIfBefore(end, start timeline.Date) timeline.Date {
	if !end.Start().Before(start.Start()) || end.DayOf() != start.DayOf() {
		return end
	}
	t, ok := end.Time()
	if !ok {
		return end
	}
	next := timeline.FromTime(t.AddDate(0, 0, 1), end.Prec)
	next.Zone, next.HasZone, next.Mod = end.Zone, end.HasZone, end.Mod
	return next
}

// clockOf reads a cell that holds a time of day and nothing else.
func clockOf(s string) (clock, error) {
	if ck, ok := dayFraction(s); ok {
		return ck, nil
	}
	toks := tokenize(s)
	if len(toks) >= 1 && toks[0].kind == tokNum && toks[0].digits == 4 && (len(toks) == 1 || len(toks) == 2 && toks[1].kind == tokWord) {
		// "0235", "1442 UTC": a log's time written as four digits
		hh, mm := toks[0].val/100, toks[0].val%100
		if hh <= 23 && mm <= 59 {
			split := []token{{kind: tokNum, text: strconv.Itoa(hh), val: hh, digits: 2}, {kind: tokSep, text: ":"}, {kind: tokNum, text: strconv.Itoa(mm), val: mm, digits: 2}}
			toks = append(split, toks[1:]...)
		}
	}
	ck, rest, err := takeClock(toks)
	if err == nil && (len(rest) != 0 || ck.prec == timeline.PrecisionNone) {
		err = errors.New("not a time of day")
	}
	return ck, err
}

// dayFractionRe is a time of day as a spreadsheet stores it, a fraction
// of the day: "0.375" is 09:00 ("0,375" with a decimal comma).
var dayFractionRe = regexp.MustCompile(`^0?[.,]\d{1,20}$`)

// dayFraction reads a time cell that holds the fraction of the day a
// spreadsheet stores a time as, exported unformatted beside a serial date
// (43082, 0.375): 09:00, to the minute, or to the second when it is not
// a whole minute.
func dayFraction(s string) (clock, bool) {
	s = strings.TrimSpace(s)
	if !dayFractionRe.MatchString(s) {
		return clock{}, false
	}
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || f <= 0 || f >= 1 {
		return clock{}, false
	}
	secs := int(math.Round(f * 86400))
	if secs >= 86400 {
		return clock{}, false
	}
	ck := clock{prec: timeline.Minute, h: secs / 3600, m: secs / 60 % 60, s: secs % 60}
	if ck.s != 0 {
		ck.prec = timeline.Second
	}
	return ck, true
}

func seconds(c clock) int { return c.h*3600 + c.m*60 + c.s }

// clockRange reads a time cell: a time of day, or two joined by a dash or
// "to" (09:00–10:30, 2 to 4 pm); end.prec is PrecisionNone for one. A
// hyphen and no spaces is a range when the second time is later in the
// day (09:00-10:00), else an offset from UTC (09:00-05:00).
func clockRange(s string) (start, end clock, err error) {
	s = normalizeSpace(s)
	start, err = clockOf(s)
	if err == nil {
		// 09:00-10:00 is a range, 09:00-05:00 a time with its zone.
		if i := strings.LastIndexByte(s, '-'); i > 0 && start.hasZone {
			a, errA := clockOf(s[:i])
			b, errB := clockOf(s[i+1:])
			if errA == nil && errB == nil && !a.hasZone && seconds(b) > seconds(a) {
				return a, b, nil
			}
		}
		return start, clock{}, nil
	}
	// "de 10:00 a 14:00", "von 9 bis 17 Uhr", "de 10h à 14h".
	for _, from := range []string{"from ", "de ", "desde ", "du ", "von ", "dalle ", "das ", "van "} {
		if len(s) > len(from) && strings.EqualFold(s[:len(from)], from) {
			s = s[len(from):]
			break
		}
	}
	for _, sep := range []string{"–", "—", " to ", "-", " a ", " à ", " bis ", " alle ", " às ", " tot ", " hasta "} {
		i := strings.Index(asciiLower(s), sep)
		if i <= 0 {
			continue
		}
		a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
		e, errB := clockOf(b)
		if errB != nil {
			continue
		}
		st, errA := clockOf(a)
		if errA != nil {
			// "2-4pm": the start takes the end's half of the day.
			if low := strings.ToLower(b); strings.HasSuffix(low, "pm") || strings.HasSuffix(low, "am") {
				st, errA = clockOf(a + " " + low[len(low)-2:])
			} else if f := strings.Fields(low); hourWords[foldAccents(f[len(f)-1])] {
				st, errA = clockOf(a + " " + f[len(f)-1]) // "9 bis 17 Uhr": the start is an hour too
			}
		}
		if errA == nil {
			if !st.hasZone && e.hasZone {
				st.zone, st.hasZone = e.zone, true // 14:00–15:30 CET
			}
			return st, e, nil
		}
	}
	return clock{}, clock{}, err
}

// PlaceTag prefixes the tag that keeps a place column's cell (where,
// location, place, venue, city, country, ...): "place: Paris".
const PlaceTag = "place: "

// withExtra appends the cells of the columns not read as a field to an
// event's text, one line each, "Column: value", so that nothing a row says
// is lost.
func withExtra(text string, extra []*cell) string {
	if len(extra) == 0 {
		return text
	}
	var b strings.Builder
	b.WriteString(text)
	for _, c := range extra {
		v := strings.TrimSpace(c.text)
		if v == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(c.column)
		b.WriteString(": ")
		b.WriteString(v)
	}
	return b.String()
}

// trimList returns the items of a JSON array trimmed, the empty ones
// dropped.
func trimList(items []string) []string {
	var out []string
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// checkVague compares our JSON's "vague" with the start it describes: the
// start is what is read, and a "vague" that says otherwise (a start
// edited by hand, the flag left as it was) is reported as a warning.
func (t *table) checkVague(c *cell, span timeline.Span) {
	var vague bool
	switch strings.ToLower(strings.TrimSpace(c.text)) {
	case "true", "yes", "1":
		vague = true
	case "false", "no", "0":
	default:
		t.warnings.Add(cellError(c, errors.New("want true or false; ignored")))
		return
	}
	switch {
	case vague && !span.Start.IsVague():
		t.warnings.Add(cellError(c, fmt.Errorf("the start %q is not a vague reference (PAST_REF, PRESENT_REF, FUTURE_REF); the start is read", span.Start.String())))
	case !vague && span.Start.IsVague():
		t.warnings.Add(cellError(c, fmt.Errorf("the start %s is a vague reference; the start is read", span.Start)))
	}
}

// citation makes a citation of a JSON sheet's sources array. Its date is
// a TIMEX3 value as our JSON writes it (2017-12-13, 2017-12-13T09:30Z), or
// any date a person types in a date cell. A name that is not the one the
// other members give (timeline.Citation.Name) is the outlet's.
func citation(cc *citeCells, file string, cp *cellParser, errs *timeline.ErrorList) timeline.Citation {
	get := func(f citeField) string {
		if c := cc.cells[f]; c != nil {
			return strings.TrimSpace(c.text)
		}
		return ""
	}
	c := timeline.Citation{Title: get(cTitle), Outlet: get(cOutlet), URL: get(cURL), File: get(cFile)}
	if cc.cells[cFile] == nil {
		c.File = file
	}
	if name := get(cName); name != "" && name != c.Name() && c.Outlet == "" {
		c.Outlet = name
	}
	if dc := cc.cells[cDate]; dc != nil && strings.TrimSpace(dc.text) != "" {
		d, err := timeline.ParseDate(strings.TrimSpace(dc.text))
		if err != nil {
			d, err = cp.parseDate(dc.text)
		}
		if err != nil {
			errs.Add(cellError(dc, err))
		}
		if err == nil || errors.Is(err, errOrder) {
			c.Date = d
		}
	}
	return c
}

// position makes the position of a JSON sheet's "position" object. Its
// line and column are counted from 1, its offset from 0; a member left
// out is zero. ok is false, and the problem reported, when a member is
// not what it should be.
func position(pc *posCells, errs *timeline.ErrorList) (p timeline.Position, ok bool) {
	ok = true
	if c := pc.cells[0]; c != nil {
		p.File = c.text
	}
	for i, dst := range []*int{&p.Line, &p.Col, &p.Offset} {
		c := pc.cells[i+1]
		if c == nil {
			continue
		}
		min := 1
		if i == 2 {
			min = 0
		}
		n, err := strconv.Atoi(strings.TrimSpace(c.text))
		if err != nil || n < min {
			errs.Add(cellError(c, fmt.Errorf("want a whole number of at least %d", min)))
			ok = false
			continue
		}
		*dst = n
	}
	return p, ok
}

func splitList(s, seps string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitDate reads the TimelineJS template's Year, Month, Day and Time
// cells (or JSON's year, month, day, hour, minute, second). A negative
// year is BC. Its precision is the finest part given.
//
// A Year cell holds what a year cell holds in practice, read as a date
// cell is: a year (1066, -44, 2017.0, 2,019), or "44 BC", "c. 1450",
// "1990s", "1914-18", "2019/20". A year with a mod (c. 1450) may take a
// month and day; a range or a decade cannot, and a month or day given
// with one is reported.
func splitDate(rw *row, cp *cellParser, fy, fm, fd, ft, fh, fmin, fs field, errs *timeline.ErrorList) timeline.Span {
	yc := rw.cells[fy]
	if yc == nil || strings.TrimSpace(yc.text) == "" {
		for _, f := range []field{fm, fd, ft, fh} {
			if c := rw.cells[f]; c != nil && strings.TrimSpace(c.text) != "" {
				errs.Add(cellError(c, errors.New("a date part without a year; the date is left empty")))
				return timeline.Span{}
			}
		}
		return timeline.Span{}
	}
	num := func(c *cell, lo, hi int, what string) (int, bool) {
		s := strings.TrimSpace(c.text)
		s = strings.TrimSuffix(s, ".0") // spreadsheets export 2017.0
		n, err := strconv.Atoi(s)
		if err != nil {
			if m := monthOf(s); m > 0 && what == "month" {
				return m, true
			}
			errs.Add(cellError(c, fmt.Errorf("not a %s", what)))
			return 0, false
		}
		if n < lo || n > hi {
			errs.Add(cellError(c, fmt.Errorf("%s out of range %d-%d", what, lo, hi)))
			return 0, false
		}
		return n, true
	}
	d, ok := yearCell(yc, cp, errs)
	if !ok {
		return timeline.Span{}
	}
	if d.IsRange() || d.Start.Prec != timeline.Year {
		for _, f := range []field{fm, fd, ft, fh} {
			if c := filled(rw, f); c != nil {
				errs.Add(cellError(c, fmt.Errorf("the year cell gives %s, which cannot take a %s; it is left out", d.Start.Prec, strings.ToLower(fieldNames[f]))))
				break
			}
		}
		return d
	}
	y := d.Start.Year
	mc := rw.cells[fm]
	if mc == nil || strings.TrimSpace(mc.text) == "" {
		return d
	}
	m, ok := num(mc, 1, 12, "month")
	if !ok {
		return d
	}
	d.Start.Prec, d.Start.Month = timeline.Month, m
	dc := rw.cells[fd]
	if dc == nil || strings.TrimSpace(dc.text) == "" {
		return d
	}
	ay := y
	if y < 0 {
		ay = y + 1 // astronomical: 1 BC is the year 0, a leap year
	}
	day, ok := num(dc, 1, daysIn(ay, m), "day")
	if !ok {
		return d
	}
	d.Start.Prec, d.Start.Day = timeline.Day, day
	if tc := filled(rw, ft); tc != nil {
		ck, err := clockOf(tc.text)
		if err != nil {
			errs.Add(cellError(tc, err))
			return d
		}
		d.Start = onDay(d.Start, ck)
		return d
	}
	for i, f := range []field{fh, fmin, fs} {
		c := rw.cells[f]
		if c == nil || strings.TrimSpace(c.text) == "" {
			break
		}
		n, ok := num(c, 0, [...]int{23, 59, 60}[i], [...]string{"hour", "minute", "second"}[i])
		if !ok {
			break
		}
		switch i {
		case 0:
			// an hour alone is its first minute, 19:00, as the tagger
			// reads "7pm"
			d.Start.Prec, d.Start.Hour = timeline.Minute, n
		case 1:
			d.Start.Prec, d.Start.Minute = timeline.Minute, n
		case 2:
			d.Start.Prec, d.Start.Second = timeline.Second, n
		}
	}
	return d
}

// thousands matches a year written with a thousands separator, as a
// spreadsheet formats a number: 2,019.
var thousands = regexp.MustCompile(`^-?[1-9],[0-9]{3}$`)

// yearCell reads a Year cell (see splitDate); ok is false, and the
// problem reported, when it cannot be read.
func yearCell(c *cell, cp *cellParser, errs *timeline.ErrorList) (timeline.Span, bool) {
	s := normalizeSpace(c.text)
	if placeholder(s) {
		return timeline.Span{}, true // "unknown", "?", "TBD": no year yet, and the cell says so
	}
	n := strings.TrimSuffix(s, ".0") // spreadsheets export 2017.0
	if thousands.MatchString(n) {
		n = strings.Replace(n, ",", "", 1)
	}
	if y, err := strconv.Atoi(n); err == nil {
		switch {
		case y < -9999 || y > 9999:
			errs.Add(cellError(c, errors.New("year out of range -9999-9999")))
			return timeline.Span{}, false
		case y == 0:
			errs.Add(cellError(c, errors.New("there is no year 0")))
			return timeline.Span{}, false
		}
		return timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: y}}, true
	}
	if sp, ok := yearPair(s); ok {
		return sp, true // 2011/12 is not December 2011 in a Year cell
	}
	// As a date cell, but "199" is the year 199 here, not the 1990s.
	yp := *cp
	yp.shortTIMEX = false
	sp, err := yp.parseSpan(s)
	if errors.Is(err, errOpenEnd) && !sp.Start.IsZero() {
		// "2015–present": its start, with a note, as in a date cell
		if cp.warnings != nil {
			errs = cp.warnings
		}
		errs.Add(cellError(c, err))
		return sp, true
	}
	if err == nil && sp.Start.IsZero() || err != nil && strings.HasPrefix(err.Error(), "cannot read date") {
		err = errors.New("not a year")
	}
	if err != nil {
		errs.Add(cellError(c, err))
		return timeline.Span{}, false
	}
	return sp, true
}

// applyPrecision checks the precision column against the span. A coarser
// precision than the date's is applied to a date written as the first day
// of that period ("2017-07-01" with "month" is July 2017, as spreadsheets
// pad a month); a date that cannot be such padding ("1917-11-07" with
// "year") is a date the user typed over the old one, and stands. A finer
// precision cannot be applied, and is reported.
func applyPrecision(span timeline.Span, c, dateText *cell, cp *cellParser, errs, warnings *timeline.ErrorList) timeline.Span {
	p, err := timeline.ParsePrecision(strings.ToLower(strings.TrimSpace(c.text)))
	if err != nil {
		errs.Add(cellError(c, err))
		return span
	}
	if span.Start.IsZero() || span.Start.Prec == p {
		return span
	}
	if p == timeline.Year {
		if y, ok := strippedYear(span.Start, dateText); ok {
			// "476" beside "year": the year 0476, its zero taken off by
			// a spreadsheet, not the 4760s
			span.Start = timeline.Date{Prec: timeline.Year, Year: y, Mod: span.Start.Mod}
			if y2, ok := strippedYear(span.End, nil); ok && y2 >= y {
				span.End = timeline.Date{Prec: timeline.Year, Year: y2, Mod: span.End.Mod}
			}
			return span
		}
	}
	if span.Start.Prec.Coarser(p) && !span.Start.IsVague() {
		// "2017-12" beside "day": the start typed over, coarser, the old
		// precision left beside it; the start is what the person meant
		warnings.Add(cellError(c, fmt.Errorf("the start %s is %s precision; read at that precision", span.Start, span.Start.Prec)))
		return span
	}
	start, err := coarsen(span.Start, p)
	if err != nil {
		errs.Add(cellError(c, err))
		return span
	}
	if !start.Start().Equal(span.Start.Start()) && !dateTextIs(dateText, cp, span.Start) {
		// an edited date, finer than the precision left beside it (but
		// a start that is still the date text's, beside a precision made
		// coarser, was not edited: the precision was, "we only know the
		// month"), read as typed and said, as a coarser one is
		warnings.Add(cellError(c, fmt.Errorf("the start %s is %s precision; read at that precision", span.Start, span.Start.Prec)))
		return span
	}
	span.Start = start
	if !span.End.IsZero() {
		if end, err := coarsen(span.End, p); err == nil {
			span.End = end
		}
	}
	return span
}

// staleDateText reports whether a row's date text ("on 3 March 2021")
// reads as a date that is nowhere in its span: the start was corrected by
// hand, and the text is the old date's. A text that reads as no date of
// its own ("two days later") or as a part of the span is not.
func staleDateText(c *cell, span timeline.Span, cp *cellParser) bool {
	if span.Start.IsZero() || strings.TrimSpace(c.text) == "" {
		return false
	}
	if span.Start.IsVague() {
		return false
	}
	readings := dateTextReadings(c.text, cp)
	for _, sp := range readings {
		if sp.Start.IsVague() || overlaps(sp, span) {
			return false
		}
	}
	return len(readings) > 0
}

// dateTextReadings are the spans a row's date text reads as: the one the
// sheet's day-month order gives, and, for a text that reads either way
// ("5/6/2001"), the other too. The text was written by the source, whose
// order need not be the sheet's; the start beside it says which it is.
func dateTextReadings(text string, cp *cellParser) []timeline.Span {
	var out []timeline.Span
	if sp, err := cp.parseSpan(text); err == nil && !sp.Start.IsZero() {
		out = append(out, sp)
	}
	if eitherWay(text) {
		other := *cp
		other.warnings = new(timeline.ErrorList)
		other.order = DayFirst
		if cp.order == DayFirst {
			other.order = MonthFirst
		}
		if sp, err := other.parseSpan(text); err == nil && !sp.Start.IsZero() {
			out = append(out, sp)
		}
	}
	return out
}

// dateTextIs reports whether the date text cell reads as d: the start
// was not edited since the row was written.
func dateTextIs(dateText *cell, cp *cellParser, d timeline.Date) bool {
	if dateText == nil || strings.TrimSpace(dateText.text) == "" {
		return false
	}
	for _, sp := range dateTextReadings(dateText.text, cp) {
		if sp.Start == d {
			return true
		}
	}
	return false
}

// strippedYear reads a decade, century or millennium written as a
// TIMEX3 value ("476", "79", "8") as the year its digits are, for a row
// whose precision says year: a spreadsheet that opened events.csv wrote
// the year 0476 as the number 476. A date text that names a period ("the
// 470s", "8th century") keeps the period.
func strippedYear(d timeline.Date, dateText *cell) (int, bool) {
	var n int
	switch d.Prec {
	case timeline.Decade:
		n = 10
	case timeline.Century:
		n = 100
	case timeline.Millennium:
		n = 1000
	default:
		return 0, false
	}
	if d.Year < 0 || d.IsVague() || d.Mod != timeline.ModNone {
		return 0, false
	}
	if dateText != nil {
		lt := strings.ToLower(dateText.text)
		if strings.Contains(lt, "0s") || strings.Contains(lt, "century") || strings.Contains(lt, "millennium") || strings.Contains(lt, "'s") {
			return 0, false
		}
	}
	return d.Year / n, true
}

// coarsen returns d at the coarser precision p.
func coarsen(d timeline.Date, p timeline.Precision) (timeline.Date, error) {
	if d.Prec.Coarser(p) || d.IsVague() {
		return d, fmt.Errorf("the date %s is %s precision; it cannot be made %s", d, d.Prec, p)
	}
	out := timeline.Date{Prec: p, Year: d.Year, Mod: d.Mod}
	switch p {
	case timeline.Millennium, timeline.Century, timeline.Decade:
		if d.Year < 0 {
			return d, fmt.Errorf("cannot make the BC date %s %s precision", d, p)
		}
		n := map[timeline.Precision]int{timeline.Millennium: 1000, timeline.Century: 100, timeline.Decade: 10}[p]
		out.Year = d.Year / n * n
		return out, nil
	case timeline.Year:
		return out, nil
	case timeline.Season:
		if d.Prec < timeline.Month {
			break
		}
		switch m := d.Month; {
		case m >= 3 && m <= 5:
			out.Season = timeline.Spring
		case m >= 6 && m <= 8:
			out.Season = timeline.Summer
		case m >= 9 && m <= 11:
			out.Season = timeline.Fall
		default:
			out.Season = timeline.Winter
			if m < 3 {
				out.Year-- // January is in the winter that began the December before
			}
		}
		return out, nil
	case timeline.Half, timeline.Quarter, timeline.Month:
		if d.Prec == timeline.Week || d.Prec == timeline.Season || d.Prec == timeline.Quarter && p == timeline.Month ||
			d.Prec == timeline.Half && p != timeline.Half {
			break
		}
		switch {
		case d.Prec == timeline.Quarter && p == timeline.Half:
			out.Half = 1 + (d.Quarter-1)/2
			return out, nil
		case d.Prec >= timeline.Month:
			c := timeline.FromTime(d.Start(), p)
			c.Year, c.Mod = d.Year, d.Mod
			return c, nil
		}
	case timeline.Week, timeline.Day, timeline.Hour, timeline.Minute:
		if t, ok := d.Time(); ok {
			c := timeline.FromTime(t, p)
			c.Mod, c.Zone, c.HasZone = d.Mod, d.Zone, d.HasZone && p >= timeline.Hour
			return c, nil
		}
	}
	return d, fmt.Errorf("the date %s cannot be made %s precision", d, p)
}

// headline is a row's title with what its kind (a Type of "Birth") adds,
// as a date column's name qualifies it ("Longcase clock (made)"): the
// kind alone when the row has no title.
func headline(title, kind string) string {
	title, kind = normalizeSpace(title), normalizeSpace(kind)
	switch {
	case kind == "" || strings.EqualFold(title, kind):
		return title
	case title == "":
		return kind
	}
	return title + " (" + lowerWords(kind) + ")"
}

// personHeadline is the headline of a row of a family tree, which names
// the person it is of: the person, with the kind of event the title gives
// ("Mary Ann Hollis (birth)"), as a date column qualifies a title
// ("Longcase clock (made)"). A title of more than a few words is a
// headline of its own, kept as it is (the person is an actor of the
// event).
func personHeadline(person, title string) string {
	title = normalizeSpace(title)
	switch {
	case title == "":
		return person
	case len(strings.Fields(title)) > 3 || strings.Contains(strings.ToLower(title), strings.ToLower(person)):
		return title
	case strings.HasSuffix(title, ")"):
		return person + ": " + title // "Concert (cancelled)"
	}
	return person + " (" + lowerWords(title) + ")"
}

// lowerWords writes the words of a kind of event in lower case, as a
// qualifier in brackets is ("Birth" is "birth"), but for a word with a
// capital after its first letter ("US census", "WWI service").
func lowerWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		_, size := utf8.DecodeRuneInString(w)
		if strings.ToLower(w[size:]) == w[size:] {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}

// noteNames are the names of a text column that holds notes on its rows,
// not what each row is: "Notes", "Comments".
var noteNames = map[string]bool{"notes": true, "note": true, "comments": true, "comment": true, "remarks": true}

// leadName returns the headline of a row of a CSV sheet with no title
// column whose first column is one not read ("Trip", "Show", "Course")
// and whose text column holds notes (see noteNames): the row's cell of
// that first column, when the column's cells are words (not figures, not
// dates) and short; "" otherwise.
func (t *table) leadName(rw *row) string {
	if t.leadNames == 0 {
		t.leadNames = -1
		if t.leadColumn() {
			t.leadNames = 1
		}
	}
	if t.leadNames < 0 || len(rw.extra) == 0 || normalizeName(rw.extra[0].column) != t.header[0] {
		return ""
	}
	if v := normalizeSpace(rw.extra[0].text); utf8.RuneCountInString(v) <= 80 {
		return v
	}
	return ""
}

// leadColumn reports whether the sheet's first column names its rows'
// events (see leadName).
func (t *table) leadColumn() bool {
	if t.header == nil || len(t.header) == 0 || t.has[fTitle] || !t.has[fText] {
		return false
	}
	notes, words, cells := false, 0, 0
	for i := range t.rows {
		rw := &t.rows[i]
		if c := rw.cells[fText]; c != nil && !notes {
			if !noteNames[normalizeName(c.column)] {
				return false
			}
			notes = true
		}
		if len(rw.extra) == 0 || normalizeName(rw.extra[0].column) != t.header[0] {
			continue
		}
		v := normalizeSpace(rw.extra[0].text)
		if v == "" {
			continue
		}
		if t.dateColumn(rw.extra[0].column) {
			return false
		}
		cells++
		if strings.IndexFunc(v, unicode.IsLetter) >= 0 && utf8.RuneCountInString(v) <= 80 {
			words++
		}
	}
	return notes && cells > 0 && words*10 >= cells*9
}

// cellsHeadline is the headline of a row that has no title and no text:
// its cells kept in the text ("Column: value"), but those of date
// columns, joined by "; " up to about 80 characters, whole cells only
// (the first clipped when it alone is longer).
func (t *table) cellsHeadline(extra []*cell) string {
	const most = 80
	var b strings.Builder
	for _, c := range extra {
		v := normalizeSpace(c.text)
		if v == "" || t.dateColumn(c.column) {
			continue
		}
		part := normalizeSpace(c.column) + ": " + v
		if b.Len() == 0 {
			if utf8.RuneCountInString(part) > most {
				return clip(part, most)
			}
			b.WriteString(part)
			continue
		}
		if utf8.RuneCountInString(b.String())+2+utf8.RuneCountInString(part) > most {
			break
		}
		b.WriteString("; ")
		b.WriteString(part)
	}
	return b.String()
}

// dateColumn reports whether a column (by its name as written) holds
// dates: a second date column, or one of eventDateNames read as dates
// (not an Opened of "yes": see settleDates).
func (t *table) dateColumn(name string) bool {
	n := normalizeName(name)
	if isEventDate(n) {
		return t.dateColRole(n) != roleText
	}
	switch f := columnNames[n]; f {
	case fStart, fEnd, fYear, fMonth, fDay, fTime, fEndYear, fEndMonth, fEndDay, fEndTime, fWeek, fQuarter, fSourceDate, fDateText:
		return true
	}
	return false
}

// decadeNumbers reports whether the bare numbers of the sheet's start and
// end columns, written with no precision column, are all of three digits
// and each the decade of a recent or a coming time, 180 to 209 ("199",
// "203": the 1990s and the 2030s, as events.csv writes them and TIMEX3
// reads them). A sheet of years as people type them writes other numbers
// too ("43", "122", "476", "1066"), and then every one is a year.
func (t *table) decadeNumbers() bool {
	n := 0
	for i := range t.rows {
		for _, f := range []field{fStart, fEnd} {
			v := strings.TrimSpace(t.rows[i].get(f))
			if v == "" || !allDigits(v) {
				continue
			}
			if len(v) >= 4 {
				return false // "1066" beside "193": years, written as people do
			}
			if len(v) != 3 || v[0] == '0' || atoi(v) < 180 || atoi(v) > 209 {
				return false
			}
			n++
		}
	}
	return n > 0
}

// shortTIMEXLike tells a number that is a year as people type it but also
// a recent decade or century as TIMEX3 writes them: "199" (the 1990s),
// "19" (the 20th century).
func shortTIMEXLike(v string) bool {
	if !allDigits(v) || v[0] == '0' {
		return false
	}
	n := atoi(v)
	return len(v) == 3 && n >= 100 && n <= 202 || len(v) == 2 && n >= 10 && n <= 21
}

// shortTIMEXMeaning names the decade or century a shortTIMEXLike number
// stands for in TIMEX3.
func shortTIMEXMeaning(v string) string {
	if len(v) == 3 {
		return "the " + v + "0s"
	}
	return timeline.Date{Prec: timeline.Century, Year: atoi(v) * 100}.Human()
}

// plainCitations reads a Sources cell a person typed, with none of the
// '|' between the fields of the citations our events.csv writes: one
// citation a line or a part between semicolons, "BBC; The Guardian", each
// its outlet, or its address when it is one (the address of the outlet
// before it, if that has none); the sheet is their file.
func plainCitations(text, file string) []timeline.Citation {
	var out []timeline.Citation
	for _, line := range strings.Split(text, "\n") {
		for _, part := range strings.Split(line, ";") {
			part = strings.TrimSpace(part)
			switch {
			case part == "":
			case strings.HasPrefix(part, "http://") || strings.HasPrefix(part, "https://") || strings.HasPrefix(part, "www."):
				if n := len(out); n > 0 && out[n-1].URL == "" {
					out[n-1].URL = part // "Times; https://…": the Times' article
					continue
				}
				out = append(out, timeline.Citation{URL: part, File: file})
			default:
				out = append(out, timeline.Citation{Outlet: part, File: file})
			}
		}
	}
	return out
}

// noteSerial says, once a sheet, at the first such cell, that a date
// cell holding a spreadsheet's serial day number (45292: a date cell
// Excel or LibreOffice exported formatted as a number) was read as the
// date it counts to, so that a person can check it against what they
// typed. It reports whether c is such a cell.
func (t *table) noteSerial(c *cell, d timeline.Date) bool {
	if c == nil || d.Prec < timeline.Day || !serialCell(normalizeSpace(c.text)) {
		return false
	}
	if !t.serialWarned {
		t.serialWarned = true
		t.warnings.Add(cellError(c, fmt.Errorf("a spreadsheet's serial day number (days since 30 December 1899): read as %s, and so for every cell like it; format the column as dates before exporting to keep them as typed", d.Human())))
	}
	return true
}
