package timeline

import (
	"time"
)

// SeasonCode is a TIMEX3 season code.
type SeasonCode uint8

// The seasons, in the order they start within a year. Winter is the winter
// that starts in December of the date's year (see Date.Bounds).
const (
	NoSeason SeasonCode = iota
	Spring              // SP
	Summer              // SU
	Fall                // FA
	Winter              // WI
)

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// String returns the TIMEX3 code (SP, SU, FA, WI).
func (s SeasonCode) String() string {
	if int(s) < len(seasonCodes) {
		return seasonCodes[s]
	}
	return "?"
}

// PartOfDay is a TIMEX3 part-of-day code (2017-12-13TMO is the morning of
// 13 December 2017). It qualifies a date of Day precision.
type PartOfDay uint8

// The parts of a day, in order.
const (
	NoPart    PartOfDay = iota
	Morning             // MO, 06:00-12:00
	Midday              // MI, 11:00-13:00
	Afternoon           // AF, 12:00-18:00
	Daytime             // DT, 06:00-18:00
	Evening             // EV, 18:00-22:00
	Night               // NI, 21:00-06:00 of the next day
)

var partCodes = [...]string{"", "MO", "MI", "AF", "DT", "EV", "NI"}

// String returns the TIMEX3 code (MO, AF, EV, NI, ...).
func (p PartOfDay) String() string {
	if int(p) < len(partCodes) {
		return partCodes[p]
	}
	return "?"
}

// Ref is a vague temporal reference: "recently", "now", "the future". It is
// typed, but never placed on the axis as if it were a date.
type Ref uint8

// The TIMEX3 vague references.
const (
	NoRef Ref = iota
	PastRef
	PresentRef
	FutureRef
)

var refNames = [...]string{"", "PAST_REF", "PRESENT_REF", "FUTURE_REF"}

// String returns the TIMEX3 value (PAST_REF, PRESENT_REF, FUTURE_REF).
func (r Ref) String() string {
	if int(r) < len(refNames) {
		return refNames[r]
	}
	return "?"
}

// Date is a point or period of time at the precision it was written at.
// Fields finer than Prec are zero and mean "not given"; Date never fills
// them in. The zero Date is "no date".
//
// Years are historical: 44 BC is Year -44, and there is no year 0. For the
// periods coarser than a year, Year holds the label year: the first year of
// the period in AD (1990 for the 1990s, 1900 for the twentieth century, whose
// TIMEX3 value is "19"), and for BC periods the year whose leading digits
// name it (-400 for "BC04", the years 499 BC to 400 BC; -1 for "BC00", the
// years 99 BC to 1 BC, as there is no year 0).
type Date struct {
	Prec Precision
	Year int

	Month   int        // 1-12, Month precision and finer
	Day     int        // 1-31, Day precision and finer
	Week    int        // 1-53, ISO week, Week precision only
	Weekend bool       // Week precision only: its Saturday and Sunday (2017-W50-WE)
	Quarter int        // 1-4, Quarter precision
	Half    int        // 1-2, Half precision
	Season  SeasonCode // Season precision
	Part    PartOfDay  // optional qualifier of a Day-precision date

	Hour, Minute, Second int

	// Zone is the offset from UTC in minutes when HasZone is set
	// (2017-12-13T15:00-05:00).
	Zone    int
	HasZone bool

	Mod Mod // TIMEX3 modifier; not part of the value
	Ref Ref // set only for vague references, with Prec PrecisionNone
}

// IsZero reports whether d is no date at all (neither a date nor a vague
// reference).
func (d Date) IsZero() bool { return d.Prec == PrecisionNone && d.Ref == NoRef }

// IsVague reports whether d is a vague reference (PAST_REF, ...).
func (d Date) IsVague() bool { return d.Prec == PrecisionNone && d.Ref != NoRef }

// astro converts a historical year to an astronomical one (1 BC is 0).
func astro(y int) int {
	if y < 0 {
		return y + 1
	}
	return y
}

// periodYears returns the first and last historical years of a period
// coarser than a year.
func (d Date) periodYears() (first, last int) {
	var n int
	switch d.Prec {
	case Decade:
		n = 10
	case Century:
		n = 100
	case Millennium:
		n = 1000
	default:
		return d.Year, d.Year
	}
	if d.Year < 0 {
		label := -d.Year / n * n // the years 499 BC to 400 BC are labelled 400
		last = -label
		if label == 0 {
			last = -1 // there is no year 0
		}
		return -(label + n - 1), last
	}
	return d.Year, d.Year + n - 1
}

func utc(year, month, day, hour, min, sec int) time.Time {
	return time.Date(astro(year), time.Month(month), day, hour, min, sec, 0, time.UTC)
}

// Bounds returns the instants the date covers, [start, end), in UTC (or in
// the date's own zone converted to UTC when it has one). A vague or zero
// date returns two zero times. Seasons are meteorological: spring is March
// to May, summer June to August, fall September to November, and winter
// December of the year to February of the next.
func (d Date) Bounds() (start, end time.Time) {
	switch d.Prec {
	case PrecisionNone:
		return time.Time{}, time.Time{}
	case Millennium, Century, Decade:
		first, last := d.periodYears()
		return utc(first, 1, 1, 0, 0, 0), utc(last, 1, 1, 0, 0, 0).AddDate(1, 0, 0)
	case Year:
		start = utc(d.Year, 1, 1, 0, 0, 0)
		return start, start.AddDate(1, 0, 0)
	case Half:
		start = utc(d.Year, 1+6*(d.Half-1), 1, 0, 0, 0)
		return start, start.AddDate(0, 6, 0)
	case Quarter:
		start = utc(d.Year, 1+3*(d.Quarter-1), 1, 0, 0, 0)
		return start, start.AddDate(0, 3, 0)
	case Season:
		m := [...]int{0, 3, 6, 9, 12}[d.Season]
		start = utc(d.Year, m, 1, 0, 0, 0)
		return start, start.AddDate(0, 3, 0)
	case Month:
		start = utc(d.Year, d.Month, 1, 0, 0, 0)
		return start, start.AddDate(0, 1, 0)
	case Week:
		start = isoWeekStart(astro(d.Year), d.Week)
		if d.Weekend {
			return start.AddDate(0, 0, 5), start.AddDate(0, 0, 7)
		}
		return start, start.AddDate(0, 0, 7)
	case Day:
		start = utc(d.Year, d.Month, d.Day, 0, 0, 0)
		switch d.Part {
		case Morning:
			return start.Add(6 * time.Hour), start.Add(12 * time.Hour)
		case Midday:
			return start.Add(11 * time.Hour), start.Add(13 * time.Hour)
		case Afternoon:
			return start.Add(12 * time.Hour), start.Add(18 * time.Hour)
		case Daytime:
			return start.Add(6 * time.Hour), start.Add(18 * time.Hour)
		case Evening:
			return start.Add(18 * time.Hour), start.Add(22 * time.Hour)
		case Night:
			return start.Add(21 * time.Hour), start.Add(30 * time.Hour)
		}
		return start, start.AddDate(0, 0, 1)
	}
	start = utc(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second)
	if d.HasZone {
		start = start.Add(-time.Duration(d.Zone) * time.Minute)
	}
	switch d.Prec {
	case Hour:
		return start, start.Add(time.Hour)
	case Minute:
		return start, start.Add(time.Minute)
	}
	return start, start.Add(time.Second)
}

// isoWeekStart returns the Monday that starts ISO week w of the
// astronomical year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// Start returns the first instant the date covers (see Bounds).
func (d Date) Start() time.Time { s, _ := d.Bounds(); return s }

// End returns the instant just after the date (see Bounds).
func (d Date) End() time.Time { _, e := d.Bounds(); return e }

// Contains reports whether the period e lies within the period d
// (July 2017 contains 13 July 2017 and the year 2017 contains July 2017).
func (d Date) Contains(e Date) bool {
	if d.Prec == PrecisionNone || e.Prec == PrecisionNone {
		return false
	}
	ds, de := d.Bounds()
	es, ee := e.Bounds()
	return !es.Before(ds) && !ee.After(de)
}

// Compare orders dates for a chronology. It returns -1, 0 or +1.
//
// The rule: earlier start first; for the same start, the coarser period
// first, so that "2017" comes before "July 2017", which comes before
// "1 July 2017" (a period heads the events inside it, as a chapter heads its
// sections); then the shorter end; then the mod (plain before modified).
// Vague references sort after every date, in the order past, present,
// future; the zero Date sorts last.
func Compare(a, b Date) int {
	ra, rb := rank(a), rank(b)
	if ra != rb {
		return cmpInt(ra, rb)
	}
	if ra != 0 {
		return cmpInt(int(a.Ref), int(b.Ref))
	}
	as, ae := a.partBounds()
	bs, be := b.partBounds()
	if c := as.Compare(bs); c != 0 {
		return c
	}
	if a.Prec != b.Prec {
		return cmpInt(int(a.Prec), int(b.Prec))
	}
	if c := ae.Compare(be); c != 0 {
		return c
	}
	return cmpInt(int(a.Mod), int(b.Mod))
}

// partBounds are the bounds of the part of d its modifier names: the
// first, middle or last third for early, mid and late ("the late 15th
// century" comes after "c. 1450"), else d's bounds.
func (d Date) partBounds() (start, end time.Time) {
	start, end = d.Bounds()
	if start.IsZero() {
		return start, end
	}
	// a third of the span, by the calendar for the periods of years (a
	// millennium's length in nanoseconds overflows a Duration)
	add := func(t time.Time, sign int) time.Time { return t.Add(time.Duration(sign) * (end.Sub(start) / 3)) }
	if d.Prec == Decade || d.Prec == Century || d.Prec == Millennium {
		first, last := d.periodYears()
		months := (last - first + 1) * 4 // a third of the years, in months
		add = func(t time.Time, sign int) time.Time { return t.AddDate(0, sign*months, 0) }
	}
	switch d.Mod {
	case ModStart:
		end = add(start, 1)
	case ModMid:
		start, end = add(start, 1), add(end, -1)
	case ModEnd:
		start = add(end, -1)
	}
	return start, end
}

func rank(d Date) int {
	switch {
	case d.Prec != PrecisionNone:
		return 0
	case d.Ref != NoRef:
		return 1
	}
	return 2
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// FromTime returns the date of t at the given precision (Year down to
// Second; for Week, the ISO week that holds t). Useful for reference dates.
func FromTime(t time.Time, p Precision) Date {
	y := t.Year()
	if y <= 0 {
		y-- // astronomical to historical
	}
	d := Date{Prec: p, Year: y}
	switch p {
	case Week:
		iy, w := t.ISOWeek()
		if iy <= 0 {
			iy--
		}
		d.Year, d.Week = iy, w
		return d
	case Half:
		d.Half = 1 + (int(t.Month())-1)/6
		return d
	case Quarter:
		d.Quarter = 1 + (int(t.Month())-1)/3
		return d
	}
	if p >= Month {
		d.Month = int(t.Month())
	}
	if p >= Day {
		d.Day = t.Day()
	}
	if p >= Hour {
		d.Hour = t.Hour()
	}
	if p >= Minute {
		d.Minute = t.Minute()
	}
	if p >= Second {
		d.Second = t.Second()
	}
	return d
}

// DayOf returns the calendar day a date of Day precision or finer falls on,
// as a Date of Day precision; any other date is returned unchanged.
func (d Date) DayOf() Date {
	if d.Prec < Day {
		return d
	}
	return Date{Prec: Day, Year: d.Year, Month: d.Month, Day: d.Day}
}

// DayString is the calendar day of a date of Day precision or finer as
// YYYY-MM-DD (a time of day dropped), and "" for any other date: the form
// of a document's date in a sheet's source_date column, which the
// contract gives only to days.
func (d Date) DayString() string {
	if d.Prec < Day {
		return ""
	}
	return d.DayOf().String()
}

// Time returns the start of a Day-or-finer date as a time.Time (UTC), for
// the calendar arithmetic the tagger does. ok is false for coarser dates.
func (d Date) Time() (t time.Time, ok bool) {
	if d.Prec < Day {
		return time.Time{}, false
	}
	return utc(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second), true
}
