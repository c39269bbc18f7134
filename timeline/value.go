package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// String returns the date as a TIMEX3 value at its native precision:
// 2017, 2017-07, 2017-12-13, 2017-12-13T15:00, 2017-W50, 2017-Q3, 2017-H1,
// 2017-SU, 199 (the 1990s), 19 (the years 1900-1999), 2 (the years
// 2000-2999), BC0044 (44 BC). A vague reference prints as PAST_REF,
// PRESENT_REF or FUTURE_REF, and the zero Date as "".
// The Mod is not part of the value.
func (d Date) String() string {
	if d.Prec == PrecisionNone {
		return d.Ref.String()
	}
	// A value is short ("2017-12-13T15:00:00"): built in a buffer on the
	// stack, its string is the only allocation (taggers call this for
	// every expression they find).
	var buf [32]byte
	return string(d.AppendValue(buf[:0]))
}

// AppendValue appends the TIMEX3 value of d to b (see String).
func (d Date) AppendValue(b []byte) []byte {
	if d.Prec == PrecisionNone {
		return append(b, d.Ref.String()...)
	}
	y := d.Year
	if y < 0 {
		b = append(b, "BC"...)
		y = -y
	}
	switch d.Prec {
	case Millennium:
		return appendInt(b, y/1000, 1)
	case Century:
		return appendInt(b, y/100, 2)
	case Decade:
		return appendInt(b, y/10, 3)
	}
	b = appendInt(b, y, 4)
	switch d.Prec {
	case Year:
		return b
	case Half:
		return appendInt(append(b, "-H"...), d.Half, 1)
	case Quarter:
		return appendInt(append(b, "-Q"...), d.Quarter, 1)
	case Season:
		return append(append(b, '-'), d.Season.String()...)
	case Week:
		b = appendInt(append(b, "-W"...), d.Week, 2)
		if d.Weekend {
			b = append(b, "-WE"...)
		}
		return b
	}
	b = appendInt(append(b, '-'), d.Month, 2)
	if d.Prec == Month {
		return b
	}
	b = appendInt(append(b, '-'), d.Day, 2)
	if d.Prec == Day {
		if d.Part != NoPart {
			b = append(append(b, 'T'), d.Part.String()...)
		}
		return b
	}
	b = appendInt(append(b, 'T'), d.Hour, 2)
	if d.Prec >= Minute {
		b = appendInt(append(b, ':'), d.Minute, 2)
	}
	if d.Prec >= Second {
		b = appendInt(append(b, ':'), d.Second, 2)
	}
	if d.HasZone {
		z := d.Zone
		switch {
		case z == 0:
			return append(b, 'Z')
		case z < 0:
			b = append(b, '-')
			z = -z
		default:
			b = append(b, '+')
		}
		b = appendInt(b, z/60, 2)
		b = appendInt(append(b, ':'), z%60, 2)
	}
	return b
}

func appendInt(b []byte, n, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ErrValue is wrapped by every error ParseDate and CheckValue return.
var ErrValue = errors.New("invalid TIMEX3 value")

// ValueError reports a TIMEX3 value that could not be read, and where.
type ValueError struct {
	Value  string // the value as given
	Offset int    // byte offset of the problem within Value
	Reason string
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("invalid TIMEX3 value %q at byte %d: %s", e.Value, e.Offset, e.Reason)
}

// Unwrap returns ErrValue.
func (e *ValueError) Unwrap() error { return ErrValue }

// valueScanner reads a value from left to right.
type valueScanner struct {
	s   string
	pos int
}

func (p *valueScanner) fail(reason string) error {
	return &ValueError{Value: p.s, Offset: p.pos, Reason: reason}
}

func (p *valueScanner) failAt(pos int, reason string) error {
	return &ValueError{Value: p.s, Offset: pos, Reason: reason}
}

func (p *valueScanner) eof() bool { return p.pos >= len(p.s) }

func (p *valueScanner) peek() byte {
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *valueScanner) accept(lit string) bool {
	if strings.HasPrefix(p.s[p.pos:], lit) {
		p.pos += len(lit)
		return true
	}
	return false
}

// digits reads between min and max ASCII digits.
func (p *valueScanner) digits(min, max int) (n, count int, ok bool) {
	for count < max && p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		n = n*10 + int(p.s[p.pos]-'0')
		p.pos++
		count++
	}
	return n, count, count >= min
}

// ParseDate reads a resolved TIMEX3 date or time value, the form String
// writes, and also the week-day form 2017-W50-3 (read as the day it names)
// and vague references. It does not accept durations or values with
// unknown parts (XXXX-12-13): see CheckValue for those.
func ParseDate(s string) (Date, error) {
	switch s {
	case "PAST_REF":
		return Date{Ref: PastRef}, nil
	case "PRESENT_REF":
		return Date{Ref: PresentRef}, nil
	case "FUTURE_REF":
		return Date{Ref: FutureRef}, nil
	case "":
		return Date{}, &ValueError{Value: s, Reason: "empty value"}
	}
	p := &valueScanner{s: s}
	bc := p.accept("BC")
	n, count, _ := p.digits(1, 4)
	if bc && count == 4 && n >= 1000 && !p.eof() && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		// a year of prehistory, BC10000 (10,000 BC): a year alone
		more, c, _ := p.digits(1, 2)
		if !p.eof() {
			return Date{}, p.fail("a year before 9999 BC takes no further parts")
		}
		for range c {
			n *= 10
		}
		return Date{Prec: Year, Year: -(n + more)}, nil
	}
	sign := 1
	if bc {
		sign = -1
	}
	var d Date
	switch count {
	case 0:
		return Date{}, p.fail("expected a year")
	case 1, 2, 3:
		if !p.eof() {
			return Date{}, p.fail("a millennium, century or decade takes no further parts")
		}
		d.Prec = [...]Precision{0, Millennium, Century, Decade}[count]
		scale := [...]int{0, 1000, 100, 10}[count]
		d.Year = sign * n * scale
		if d.Year == 0 && bc {
			d.Year = -1 // "BC00": the years 99 BC to 1 BC, the first century BC
		}
		return d, nil
	}
	if n == 0 {
		return Date{}, &ValueError{Value: s, Offset: p.pos - 4, Reason: "there is no year 0"}
	}
	d.Year = sign * n
	d.Prec = Year
	if p.eof() {
		return d, nil
	}
	if !p.accept("-") {
		return Date{}, p.fail("expected '-' after the year")
	}
	field := p.pos
	switch {
	case len(p.s)-p.pos == 2 && isSeasonCode(p.s[p.pos:]):
		for i, code := range seasonCodes[1:] {
			if p.accept(code) {
				d.Prec, d.Season = Season, SeasonCode(i+1)
			}
		}
	case p.accept("H"):
		h, _, ok := p.digits(1, 1)
		if !ok || h < 1 || h > 2 {
			return Date{}, p.failAt(field, "half must be H1 or H2")
		}
		d.Prec, d.Half = Half, h
	case p.accept("Q"):
		q, _, ok := p.digits(1, 1)
		if !ok || q < 1 || q > 4 {
			return Date{}, p.failAt(field, "quarter must be Q1 to Q4")
		}
		d.Prec, d.Quarter = Quarter, q
	case p.accept("W"):
		w, _, ok := p.digits(1, 2)
		if !ok || w < 1 || w > isoWeeks(astro(d.Year)) {
			return Date{}, p.failAt(field, "week out of range")
		}
		d.Prec, d.Week = Week, w
		if p.accept("-WE") {
			d.Weekend = true
		} else if p.accept("-") {
			wd, _, ok := p.digits(1, 1)
			if !ok || wd < 1 || wd > 7 {
				return Date{}, p.fail("weekday must be 1 (Monday) to 7 (Sunday)")
			}
			t := isoWeekStart(astro(d.Year), w).AddDate(0, 0, wd-1)
			d = FromTime(t, Day)
			if p.accept("T") {
				if err := parseClock(p, &d); err != nil {
					return Date{}, err
				}
			}
		}
	case p.peek() >= 'A' && p.peek() <= 'Z':
		return Date{}, p.fail("expected a month, week, quarter, half or season")
	default:
		m, _, ok := p.digits(2, 2)
		if !ok || m < 1 || m > 12 {
			return Date{}, p.failAt(field, "month must be 01 to 12")
		}
		d.Prec, d.Month = Month, m
		if p.accept("-") {
			field = p.pos
			day, _, ok := p.digits(2, 2)
			if !ok || day < 1 || day > daysIn(d.Year, m) {
				return Date{}, p.failAt(field, "day out of range for the month")
			}
			d.Prec, d.Day = Day, day
			if p.accept("T") {
				if err := parseClock(p, &d); err != nil {
					return Date{}, err
				}
			}
		}
	}
	if !p.eof() {
		return Date{}, p.fail("unexpected text after the value")
	}
	return d, nil
}

func parseClock(p *valueScanner, d *Date) error {
	if p.peek() >= 'A' && p.peek() <= 'Z' {
		for i, code := range partCodes[1:] {
			if p.accept(code) {
				d.Part = PartOfDay(i + 1)
				return nil
			}
		}
		return p.fail("unknown part of day")
	}
	field := p.pos
	h, _, ok := p.digits(2, 2)
	if !ok || h > 24 {
		return p.failAt(field, "hour must be 00 to 24")
	}
	d.Prec, d.Hour = Hour, h
	if p.accept(":") {
		m, _, ok := p.digits(2, 2)
		if !ok || m > 59 {
			return p.fail("minute must be 00 to 59")
		}
		d.Prec, d.Minute = Minute, m
		if p.accept(":") {
			sec, _, ok := p.digits(2, 2)
			if !ok || sec > 60 {
				return p.fail("second must be 00 to 60")
			}
			d.Prec, d.Second = Second, sec
		}
	}
	if h == 24 && (d.Minute != 0 || d.Second != 0) {
		return p.fail("24:00 is the only time in hour 24")
	}
	switch {
	case p.accept("Z"):
		d.HasZone = true
	case p.peek() == '+' || p.peek() == '-':
		sign := 1
		if p.s[p.pos] == '-' {
			sign = -1
		}
		p.pos++
		zh, _, ok := p.digits(2, 2)
		if !ok || zh > 14 {
			return p.fail("zone hour must be 00 to 14")
		}
		p.accept(":")
		zm, c, _ := p.digits(0, 2)
		if c == 1 || zm > 59 {
			return p.fail("zone minute must be 00 to 59")
		}
		d.HasZone, d.Zone = true, sign*(zh*60+zm)
	}
	return nil
}

func isSeasonCode(s string) bool {
	for _, c := range seasonCodes[1:] {
		if s == c {
			return true
		}
	}
	return false
}

func isLeap(y int) bool { y = astro(y); return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// isoWeeks returns the number of ISO weeks (52 or 53) of astronomical year y.
func isoWeeks(y int) int {
	_, w := isoWeekStart(y+1, 1).AddDate(0, 0, -1).ISOWeek()
	return w
}

// CheckValue reports whether s is a well-formed TIMEX3 value of any kind
// the tagger writes: a date or time (ParseDate), a vague reference, a date
// with unknown parts written as X (XXXX-12-13, 1989-QX, XXXX-WXX-1, 199X,
// T15:00 for a time of an unknown day), or a duration (P3Y, PT2H, P1DE,
// PXY, P1Y6M). It returns nil or an error wrapping ErrValue.
func CheckValue(s string) error {
	switch s {
	case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return nil
	}
	if strings.HasPrefix(s, "P") {
		return checkDuration(s)
	}
	if strings.HasPrefix(s, "T") {
		s = "XXXX-XX-XX" + s
	}
	// The weekend of a week (1990-W32-WE) is a TimeML value that Date
	// does not represent; check the week it belongs to.
	if w := strings.TrimSuffix(s, "-WE"); w != s && strings.Contains(w, "-W") {
		s = w
	}
	if !strings.ContainsRune(s, 'X') {
		_, err := ParseDate(s)
		return err
	}
	// Unknown digits: every X must stand where a digit may, so check the
	// shape with the X replaced by a digit that is valid everywhere.
	r := []byte(s)
	for i := range r {
		if r[i] == 'X' {
			r[i] = '1'
		}
	}
	if _, err := ParseDate(string(r)); err != nil {
		var ve *ValueError
		if errors.As(err, &ve) {
			ve.Value = s
		}
		return err
	}
	return nil
}

// checkDuration checks a TIMEX3 duration: P, then amounts with units Y, M,
// W, D, Q (quarter), DE (decade), CE (century), ML (millennium), then
// optionally T and amounts with H, M, S. An amount is digits (with an
// optional decimal part) or X for unknown.
func checkDuration(s string) error {
	p := &valueScanner{s: s, pos: 1}
	inTime, parts := false, 0
	for !p.eof() {
		if p.accept("T") {
			if inTime {
				return p.fail("second T in a duration")
			}
			inTime = true
			if p.eof() {
				return p.fail("a T in a duration needs an amount after it")
			}
			continue
		}
		if !p.accept("X") {
			_, _, ok := p.digits(1, 12)
			if !ok {
				return p.fail("expected an amount")
			}
			if p.accept(".") {
				if _, _, ok := p.digits(1, 12); !ok {
					return p.fail("expected digits after the decimal point")
				}
			}
		}
		units := []string{"DE", "CE", "ML", "Y", "M", "W", "D", "Q", "H"}
		if inTime {
			units = []string{"H", "M", "S"}
		}
		matched := false
		for _, u := range units {
			if p.accept(u) {
				matched = true
				break
			}
		}
		if !matched && !inTime && p.accept("X") { // PXX: unknown amount of an unknown unit
			matched = true
		}
		if !matched {
			return p.fail("expected a duration unit")
		}
		parts++
	}
	if parts == 0 {
		return p.fail("a duration needs at least one amount")
	}
	return nil
}
