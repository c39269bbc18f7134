package sheet

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
)

// Date columns named for what happened then.
//
// A register or a plan names its date columns for what happened on them:
// a museum's Made and Acquired, a roadmap's Target and Shipped. Each such
// column dates an event of its own: the row's one when it is the sheet's
// only date column, and a second event of the row ("Longcase clock
// (acquired)") beside a first. Some of these names hold other things in
// other sheets (a Release of "v2.3", a Target of 5000, a Planned of
// "yes"): those are read as dates only when their cells are.

// eventDateNames are the date columns (normalized names) that name what
// happened on their date.
var eventDateNames = map[string]bool{
	"acquired": true, "date acquired": true, "acquisition date": true, "date of acquisition": true,
	"opened": true, "opening date": true, "date opened": true, "founded": true, "established": true,
	"release date": true, "released": true, "date released": true, "launch date": true, "launched": true,
	"date launched": true, "completion date": true, "date completed": true,
	"date signed": true, "issue date": true, "date issued": true, "filing date": true, "date filed": true,
	"year built": true, "date made": true, "made date": true, "date of manufacture": true,
	"manufacture date": true, "date manufactured": true, "target date": true, "milestone date": true,
	"go live date": true, "golive date": true, "planned date": true, "delivery date": true,
	"date delivered": true, "ship date": true, "shipped date": true, "date shipped": true,
	"expected date": true, "scheduled date": true, "planned release": true, "target release": true,
	"release": true, "target": true, "planned": true, "made": true, "launch": true, "go live": true,
	"golive": true, "delivered": true, "shipped": true, "eta": true, "expected": true, "scheduled": true,
	"completed": true, "signed": true,
	// an issue tracker's: "Created", "Resolved", "Closed" give "Fix login
	// (created)" and "Fix login (resolved)"
	"created": true, "created on": true, "resolved": true, "resolved at": true, "resolved on": true,
	"date resolved": true, "resolution date": true, "closed": true, "closed at": true, "closed on": true,
	"date closed": true,
	// a family tree's: "Name, Born, Died" gives "Mary Hartley (born)"
	// and "Mary Hartley (died)"
	"birth date": true, "date of birth": true, "dob": true, "death date": true, "date of death": true,
	"baptism date": true, "date of baptism": true, "burial date": true, "date of burial": true,
	"marriage date": true, "date of marriage": true,
	"born": true, "died": true, "birth": true, "death": true, "baptised": true, "baptized": true,
	"baptism": true, "christened": true, "married": true, "marriage": true, "buried": true, "burial": true,
}

// recordDateNames are the columns that may say when a row was written
// rather than when its event happened: a form's Timestamp, a tool's
// Created At. Alone they date the rows (a log's Timestamp is the event's
// time); beside another date column they are kept as text.
var recordDateNames = map[string]bool{
	"timestamp": true, "ts": true, "time stamp": true, "created at": true, "created": true, "created on": true,
	"date created": true, "creation date": true, "created time": true, "createdtime": true,
	"last modified": true, "modified": true, "updated at": true, "last updated": true, "date modified": true,
	"submitted at": true, "submission date": true, "entry date": true, "date entered": true,
}

// tentativeDateNames are the names of eventDateNames that hold something
// else in some sheets: a version (Release: v2.3), a number (Target:
// 5000), a yes or no (Planned, Shipped, Completed), a person (Signed).
var tentativeDateNames = map[string]bool{
	"release": true, "target": true, "planned": true, "made": true, "launch": true, "go live": true,
	"golive": true, "delivered": true, "shipped": true, "eta": true, "expected": true, "scheduled": true,
	"completed": true, "signed": true,
	// a name ("Created: J. Smith"), a yes or no ("Resolved: true")
	"created": true, "created on": true, "resolved": true, "closed": true,
	// a place ("Born: Leeds"), a yes or no, a spouse
	"born": true, "died": true, "birth": true, "death": true, "baptised": true, "baptized": true,
	"baptism": true, "christened": true, "married": true, "marriage": true, "buried": true, "burial": true,
}

func init() {
	for n := range eventDateNames {
		if _, ok := columnNames[n]; !ok {
			columnNames[n] = fStart
		}
	}
}

// dayNames are the names of a Day column (TimelineJS's day of the
// month) that, in a sheet with no Year, Month or other date column, may
// be the sheet's date: a diary's "Day" of "Wed 13 Dec 2017". It is read
// as dates when most of its cells are (see settleDates), as a Target is:
// an itinerary's "Day 1" or "Monday" is no date.
var dayNames = map[string]bool{"day": true}

// loneDayColumn is the index of the sheet's Day column when it is the
// only column that may date the rows (see dayNames), or -1. (A Time
// beside it is the time of its day.)
func loneDayColumn(names []string, ls lang, paired bool) int {
	if paired {
		return -1
	}
	day := -1
	for i, n := range names {
		f, _ := columnField(n, ls)
		switch {
		case dayNames[n] && f == fDay && day < 0:
			day = i
		case f == fStart, f == fEnd, f == fYear, f == fMonth, f == fDay, f == fEndYear, f == fEndMonth,
			f == fEndDay, f == fWeek, f == fQuarter, f == fDateText:
			return -1
		}
	}
	return day
}

// isEventDate reports whether a column (its name normalized) is a date
// column named for what happened then.
func isEventDate(norm string) bool { return eventDateNames[norm] && columnNames[norm] == fStart }

// dateRole is what a column of eventDateNames turned out to hold.
type dateRole uint8

const (
	roleUndecided dateRole = iota
	rolePrimary            // the row's date: its cells are the start
	roleAlso               // a second date of the row: an event of its own
	roleText               // no dates: its cells are kept in the text
)

// eventDateCol is a column of eventDateNames in a sheet.
type eventDateCol struct {
	name string // as written
	norm string
	pos  timeline.Position // its header cell (CSV) or first member (JSON)
	role dateRole
}

// addEventDate notes that the sheet has the column of eventDateNames
// named norm, the first time.
func (t *table) addEventDate(name, norm string, pos timeline.Position) {
	for _, c := range t.eventDates {
		if c.norm == norm {
			return
		}
	}
	t.eventDates = append(t.eventDates, &eventDateCol{name: strings.TrimSpace(name), norm: norm, pos: pos})
}

func (t *table) dateColRole(norm string) dateRole {
	for _, c := range t.eventDates {
		if c.norm == norm {
			return c.role
		}
	}
	return roleText
}

// tentative reports whether columns of the sheet wait for its cells to
// say whether they hold dates (see settleDates).
func (t *table) tentative() bool { return len(t.eventDates) > 0 }

// settleDates decides, from the rows read so far, what the sheet's columns
// of eventDateNames hold: a column whose name may mean something else, or
// that comes after the sheet's date, is a date column when most of its
// cells that are not placeholders ("TBD") are dates. The first date column is the row's date when the sheet has
// no other (date, start, Year, week, quarter); the others are events of
// their own. A column that is not read as dates is reported once, at its
// header, and kept in the text.
func (t *table) settleDates(errs *timeline.ErrorList) {
	if len(t.eventDates) == 0 {
		return
	}
	primary := t.has[fStart] || t.has[fYear] || t.has[fWeek] || t.has[fQuarter]
	probe := &cellParser{}
	for _, col := range t.eventDates {
		// A second date column is checked too: an Opened of "yes" beside
		// the Date is no second event.
		if tentativeDateNames[col.norm] || dayNames[col.norm] || primary {
			dates, others := 0, 0
			var example string
			for i := range t.rows {
				for _, c := range t.rows[i].dates {
					if normalizeName(c.column) != col.norm {
						continue
					}
					switch v := normalizeSpace(c.text); {
					case v == "" || placeholder(v):
					case isDateCell(probe, v):
						dates++
					default:
						others++
						if example == "" {
							example = v
						}
					}
				}
			}
			if dates == 0 && others == 0 {
				col.role = roleText // nothing in it: nothing to say
				continue
			}
			if dates == 0 || others >= dates {
				col.role = roleText
				t.ignore(col.name)
				why := "holds no dates"
				if example != "" {
					why = fmt.Sprintf("holds no dates (%q)", clip(example, 30))
				}
				kind := "column"
				if t.header == nil {
					kind = "key" // JSON
				}
				t.warnings.Add(timeline.Errorf(col.pos, "%s %q %s; kept in the event text as %q", kind, col.name, why, col.name+": …"))
				continue
			}
		}
		if !primary {
			col.role, primary = rolePrimary, true
			t.has[fStart] = true
			continue
		}
		col.role = roleAlso
		t.alsoDates = true
	}
	if t.needDate && !primary {
		errs.Add(timeline.Errorf(t.headerPos,
			"no date column (date, start, when, week, quarter, or Year); the events have no date"))
	}
	t.sortWarnings()
}

// ignore adds a column to those not recognised, in the order of the
// header.
func (t *table) ignore(name string) {
	t.ignored = append(t.ignored, name)
	if t.header == nil {
		return
	}
	at := func(n string) int { return slices.Index(t.header, normalizeName(n)) }
	slices.SortStableFunc(t.ignored, func(a, b string) int { return at(a) - at(b) })
}

// isDateCell reports whether a cell of a column that may hold something
// else holds a date. A bare number is one only as a year of four digits
// (1400 to 2199): a Target of 5000 or 250 is a number.
func isDateCell(cp *cellParser, v string) bool {
	if allDigits(v) {
		n := atoi(v)
		return len(v) == 4 && n >= 1400 && n < 2200
	}
	sp, err := cp.parseSpan(v)
	return (err == nil || errors.Is(err, errOrder)) && !sp.Start.IsZero()
}

// placeDates puts the cells of a row's columns of eventDateNames where
// settleDates decided: the start, a second date of the row (kept in the
// text of the row's other events too), or the text.
func (t *table) placeDates(rw *row) {
	if len(rw.dates) == 0 {
		return
	}
	// (A record's Created beside the event's date says when the row was
	// written: text, not a second event.)
	dated := rw.cells[fStart] != nil && !recordDateNames[normalizeName(rw.cells[fStart].column)]
	for _, c := range rw.dates {
		if dated && recordDateNames[normalizeName(c.column)] {
			rw.extra = insertByOffset(rw.extra, c)
			continue
		}
		switch t.dateColRole(normalizeName(c.column)) {
		case rolePrimary:
			if rw.cells[fStart] == nil {
				rw.cells[fStart] = c
				continue
			}
			rw.extra = insertByOffset(rw.extra, c)
		case roleAlso:
			rw.also = append(rw.also, c)
			rw.extra = insertByOffset(rw.extra, c)
		default:
			rw.extra = insertByOffset(rw.extra, c)
		}
	}
	rw.dates = nil
}

// insertByOffset inserts c into cells, which are in the order of the
// text, at its place.
func insertByOffset(cells []*cell, c *cell) []*cell {
	i := len(cells)
	for j, x := range cells {
		if x.pos.Offset > c.pos.Offset {
			i = j
			break
		}
	}
	cells = append(cells, nil)
	copy(cells[i+1:], cells[i:])
	cells[i] = c
	return cells
}

// dateFieldsOfRow are the fields that date a row, cleared in the row of a
// second date's event.
var dateFieldsOfRow = []field{fID, fStart, fEnd, fPrecision, fDateText, fYear, fMonth, fDay, fTime, fHour,
	fMinute, fSecond, fEndYear, fEndMonth, fEndDay, fEndTime, fEndHour, fEndMinute, fEndSecond, fType,
	fMod, fEndMod, fVague, fWeek, fQuarter, fPosition, fOffset}

// alsoRow is the row of the event a second date column c of rw dates: the
// same cells, dated by c alone; the row's own date cell is kept in its
// text, as c is in the text of the row's event.
func alsoRow(rw *row, c *cell) *row {
	o := *rw
	for _, f := range dateFieldsOfRow {
		o.cells[f] = nil
	}
	o.cells[fStart] = c
	o.also = nil
	o.extra = make([]*cell, 0, len(rw.extra)+1)
	for _, x := range rw.extra {
		if x != c {
			o.extra = append(o.extra, x)
		}
	}
	if d := rw.cells[fStart]; d != nil && strings.TrimSpace(d.text) != "" {
		o.extra = insertByOffset(o.extra, d)
	}
	return &o
}

// dateQualifier is what a date column's name says happened, to tell a
// row's events apart: "made" for "Date made", "acquisition" for
// "Acquisition date", "ETA" for "ETA".
func dateQualifier(name string) string {
	var words []string
	for _, w := range strings.Fields(strings.TrimSpace(name)) {
		switch strings.ToLower(w) {
		case "date", "of", "the", "on":
			continue
		}
		words = append(words, w)
	}
	q := strings.Join(words, " ")
	if q == "" {
		q = strings.TrimSpace(name)
	}
	upper := true
	for _, r := range q {
		if unicode.IsLower(r) {
			upper = false
			break
		}
	}
	if upper && len(q) > 1 {
		return q // ETA
	}
	return strings.ToLower(q)
}

// qualify adds to an event's title what its date column says happened
// ("Longcase clock (made)"), in a sheet whose rows have several dated
// events.
func qualify(ev *timeline.Event, column string) {
	if strings.TrimSpace(ev.Title) == "" || strings.TrimSpace(column) == "" {
		return
	}
	ev.Title = strings.TrimSpace(ev.Title) + " (" + dateQualifier(column) + ")"
}
