package tempex

import (
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// Calendar arithmetic on reference dates. Everything here works on dates
// of Day precision turned into time.Time at UTC midnight.

func dayDate(t time.Time) timeline.Date { return timeline.FromTime(t, timeline.Day) }

func dayTime(d timeline.Date) (time.Time, bool) {
	if d.Prec < timeline.Day {
		return time.Time{}, false
	}
	t, ok := d.DayOf().Time()
	return t, ok
}

// at returns the period of unit u that holds the day t ("the month of t").
func at(t time.Time, u unit) timeline.Date {
	switch u {
	case uDay:
		return dayDate(t)
	case uWeek, uWeekend:
		return timeline.FromTime(t, timeline.Week)
	case uMonth:
		return timeline.FromTime(t, timeline.Month)
	case uQuarter:
		return timeline.FromTime(t, timeline.Quarter)
	case uHalf:
		return timeline.FromTime(t, timeline.Half)
	case uSeason:
		y, s := seasonOf(t)
		return timeline.Date{Prec: timeline.Season, Year: y, Season: s}
	case uYear:
		return timeline.FromTime(t, timeline.Year)
	case uDecade:
		y := timeline.FromTime(t, timeline.Year).Year
		return timeline.Date{Prec: timeline.Decade, Year: y - y%10}
	case uCentury:
		y := timeline.FromTime(t, timeline.Year).Year
		return timeline.Date{Prec: timeline.Century, Year: y - y%100}
	case uMillennium:
		y := timeline.FromTime(t, timeline.Year).Year
		return timeline.Date{Prec: timeline.Millennium, Year: y - y%1000}
	case uHour:
		return timeline.FromTime(t, timeline.Hour)
	case uMinute:
		return timeline.FromTime(t, timeline.Minute)
	case uSecond:
		return timeline.FromTime(t, timeline.Second)
	}
	return timeline.Date{}
}

// seasonOf returns the (meteorological) season holding t and the year it
// is labelled with: January and February belong to the winter that began
// in the previous December.
func seasonOf(t time.Time) (int, timeline.SeasonCode) {
	y := t.Year()
	switch m := t.Month(); {
	case m <= 2:
		return y - 1, timeline.Winter
	case m <= 5:
		return y, timeline.Spring
	case m <= 8:
		return y, timeline.Summer
	case m <= 11:
		return y, timeline.Fall
	}
	return y, timeline.Winter
}

// add moves t by n units.
func add(t time.Time, u unit, n int) time.Time {
	switch u {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return addMonths(t, n)
	case uQuarter, uSeason:
		return addMonths(t, 3*n)
	case uHalf:
		return addMonths(t, 6*n)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	case uMillennium:
		return t.AddDate(1000*n, 0, 0)
	}
	return t
}

// addMonths moves by whole months, clamping the day (31 March - 1 month is
// 28 or 29 February, not 3 March).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// shiftDate moves a date of any precision from Year down by n units of u
// and returns it at the precision of u. ok is false when d is too coarse
// for u (moving a year by days).
func shiftDate(d timeline.Date, u unit, n int) (timeline.Date, bool) {
	if t, ok := dayTime(d); ok {
		if d.Prec > timeline.Day && u < uDay {
			t, _ = d.Time()
			r := at(add(t, u, n), u)
			r.HasZone, r.Zone = d.HasZone, d.Zone // "about 20 seconds later" after 14:32:10 UTC: UTC too
			return r, true
		}
		return at(add(t, u, n), u), true
	}
	switch {
	case u == uYear && d.Prec >= timeline.Year:
		return timeline.Date{Prec: timeline.Year, Year: addYear(d.Year, n)}, true
	case (u == uDecade || u == uCentury) && d.Prec >= timeline.Century && d.Year < 0:
		// BC periods are named by their highest year (the 480s BC run
		// from 489 to 480 BC), and the next one comes after: its label is
		// ten (a hundred) years higher; stay within BC
		size := 10
		prec := timeline.Decade
		if u == uCentury {
			size, prec = 100, timeline.Century
		}
		if d.Prec == timeline.Century && u == uDecade {
			return timeline.Date{}, false
		}
		label := -(-d.Year - (-d.Year)%size) + size*n
		if label == 0 {
			label = -1 // the first century (decade) BC, 99 (9) BC to 1 BC
		}
		return timeline.Date{Prec: prec, Year: label}, label < 0
	case u == uDecade && d.Prec >= timeline.Decade:
		y := addYear(d.Year, 10*n)
		return timeline.Date{Prec: timeline.Decade, Year: y - y%10}, y > 0
	case u == uCentury && d.Prec >= timeline.Century:
		// ("the following century" after "the 19th century": the 20th)
		y := addYear(d.Year, 100*n)
		return timeline.Date{Prec: timeline.Century, Year: y - y%100}, y > 0
	case u == uMonth && d.Prec >= timeline.Month && d.Month > 0:
		t := time.Date(astroYear(d.Year), time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		return at(addMonths(t, n), uMonth), true
	case u == uQuarter && d.Prec == timeline.Quarter:
		t := time.Date(astroYear(d.Year), time.Month(3*d.Quarter-2), 1, 0, 0, 0, 0, time.UTC)
		return at(addMonths(t, 3*n), uQuarter), true
	case u == uHalf && d.Prec == timeline.Half:
		t := time.Date(astroYear(d.Year), time.Month(6*d.Half-5), 1, 0, 0, 0, 0, time.UTC)
		return at(addMonths(t, 6*n), uHalf), true
	case u == uQuarter && d.Prec == timeline.Month:
		t := time.Date(astroYear(d.Year), time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		return at(addMonths(t, 3*n), uQuarter), true
	case (u == uWeek || u == uDay) && d.Prec == timeline.Week && d.Week > 0 && d.Year > 0:
		// "last week ... the week before": the week next to an ISO week
		// (ISO week 1 holds 4 January; its Monday, then the week's)
		jan4 := time.Date(d.Year, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(d.Week-1))
		if u == uDay {
			return at(mon.AddDate(0, 0, n), uDay), true
		}
		return at(mon.AddDate(0, 0, 7*n), uWeek), true
	}
	return timeline.Date{}, false
}

// addYear adds n years to a historical year (no year 0).
func addYear(y, n int) int {
	a := astroYear(y) + n
	if a <= 0 {
		return a - 1
	}
	return a
}

func astroYear(y int) int {
	if y < 0 {
		return y + 1
	}
	return y
}

// weekdayNear returns the day with ISO weekday wd (1 = Monday) nearest to
// ref in the direction dir: -1 the last one on or before ref, +1 the next
// one strictly after ref, 0 the one in ref's week (Monday to Sunday).
func weekdayNear(ref time.Time, wd, dir int) time.Time {
	cur := int(ref.Weekday()+6)%7 + 1
	switch {
	case dir < 0:
		return ref.AddDate(0, 0, -((cur - wd + 7) % 7))
	case dir > 0:
		diff := (wd - cur + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return ref.AddDate(0, 0, diff)
	}
	return ref.AddDate(0, 0, wd-cur)
}

// monthYear returns the year a month named without a year falls in,
// relative to the reference day: dir < 0 the latest such month on or
// before ref's month, dir > 0 the first on or after, 0 the nearest with a
// lean to the past (news reports more of what happened than of what will:
// in October, a bare "April" is the April before, "February" the next one).
func monthYear(ref time.Time, m, dir int) int {
	y, rm := ref.Year(), int(ref.Month())
	// the offset from the reference month, taken in a window that leans
	// to the past or the future as the tense says
	lo, hi := -7, 4
	switch {
	case dir < 0:
		lo, hi = -10, 2
	case dir > 0:
		// the month just ended stays this year's ("will release the
		// figures for March", said in April); one further back is next
		// year's ("will be approved in February", said in April), and
		// none is last year's ("should finish the work by November", said
		// in January)
		lo, hi = -1, 11
	}
	d := m - rm
	switch {
	case d < lo:
		return y + 1
	case d > hi:
		return y - 1
	}
	return y
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) (month, day int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month = (h + l - 7*m + 114) / 31
	day = (h+l-7*m+114)%31 + 1
	return month, day
}
