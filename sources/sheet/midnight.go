package sheet

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// Days exported with a time. A spreadsheet or a data frame writes a
// column of dates with the time it stores them at, midnight: pandas
// "2017-12-13 00:00:00", JavaScript "2017-12-13T00:00:00.000Z", Excel
// "12/13/2017 0:00". When every date cell of a sheet that has a time has
// midnight, and at least two do, they are days: a column that times its
// events would have some other hour.

// clockInCell finds a time of day in a date cell.
var clockInCell = regexp.MustCompile(`\d{1,2}:\d{2}`)

// midnightCell is a date cell whose time is midnight, with seconds,
// fractions of a second and a zone or none: "... 00:00:00",
// "...T00:00:00.000Z", "... 0:00", "...T00:00+01:00".
var midnightCell = regexp.MustCompile(`(?i)\d[ T]0?0:00(?::00(?:\.0+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$`)

// midnightDays reports whether the sheet's start and end cells that have
// a time all have midnight, and at least two of them do (see above); it
// returns one such cell, for the note. A sheet with a precision column
// (our events.csv) says what each date is: "T00:00" beside "minute" is
// midnight ("at midnight on 13 December").
func (t *table) midnightDays() (*cell, bool) {
	if t.has[fPrecision] {
		return nil, false
	}
	var first *cell
	n := 0
	for i := range t.rows {
		for _, f := range []field{fStart, fEnd} {
			c := t.rows[i].cells[f]
			if c == nil {
				continue
			}
			s := strings.TrimSpace(c.text)
			if !clockInCell.MatchString(s) {
				continue
			}
			if !midnightCell.MatchString(s) {
				return nil, false
			}
			if first == nil {
				first = c
			}
			n++
		}
	}
	return first, n >= 2
}

// settleMidnight tells the builder to read midnight as the day when the
// sheet's times are all midnight, and says so once, at the first cell.
func (t *table) settleMidnight(cp *cellParser) {
	if c, ok := t.midnightDays(); ok {
		cp.midnightDays = true
		t.warnings.Add(cellError(c, fmt.Errorf("every date of the sheet with a time has midnight: read as days, as a spreadsheet exports its dates")))
	}
}

// dayOfMidnight is the day of a date at midnight, when the sheet's dates
// are days (see midnightDays): 2017-12-13T00:00:00 is 2017-12-13.
func (cp *cellParser) dayOfMidnight(sp timeline.Span) timeline.Span {
	if !cp.midnightDays {
		return sp
	}
	day := func(d timeline.Date) timeline.Date {
		if d.Prec < timeline.Hour || d.Hour != 0 || d.Minute != 0 || d.Second != 0 {
			return d
		}
		return timeline.Date{Prec: timeline.Day, Year: d.Year, Month: d.Month, Day: d.Day, Mod: d.Mod}
	}
	sp.Start, sp.End = day(sp.Start), day(sp.End)
	return sp
}
