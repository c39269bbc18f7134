package timeline

import (
	"fmt"
	"strings"
)

// The zone forms below are how events.csv and the JSON writer give the
// UTC offset of a time of day, apart from its TIMEX3 value (which they
// write without one), and how an event-sheet reader reads it back. Writer
// and reader live in packages that never import each other; both use
// these functions (see cells.go).

// FormatZone writes an offset from UTC in minutes the way a TIMEX3 value
// ends: "Z" for UTC, else "+HH:MM" or "-HH:MM" ("-05:00", "+05:30").
func FormatZone(minutes int) string {
	if minutes == 0 {
		return "Z"
	}
	sign := byte('+')
	if minutes < 0 {
		sign, minutes = '-', -minutes
	}
	b := []byte{sign}
	b = appendInt(b, minutes/60, 2)
	b = append(b, ':')
	b = appendInt(b, minutes%60, 2)
	return string(b)
}

// ParseZone reads an offset from UTC as FormatZone writes it, and the
// forms people type: "Z", "UTC", "GMT", "+05:30", "+0530", "+05", "-5",
// "UTC+2", "GMT-05:00". It returns the offset in minutes east of UTC.
// Offsets run from -14:00 to +14:00.
func ParseZone(s string) (int, error) {
	min, reason := parseZone(s)
	if reason != "" {
		return 0, fmt.Errorf("zone %q: %s", s, reason)
	}
	return min, nil
}

// parseZone is ParseZone, with the reason it fails rather than an error.
func parseZone(s string) (int, string) {
	const want = "want Z or an offset from UTC such as -05:00 or +01:00"
	up := strings.ToUpper(strings.TrimSpace(s))
	switch up {
	case "Z", "UTC", "GMT":
		return 0, ""
	}
	for _, p := range []string{"UTC", "GMT"} {
		if rest, ok := strings.CutPrefix(up, p); ok {
			up = strings.TrimSpace(rest)
			break
		}
	}
	sign := 1
	switch {
	case strings.HasPrefix(up, "+"):
		up = up[1:]
	case strings.HasPrefix(up, "-"):
		sign, up = -1, up[1:]
	case strings.HasPrefix(up, "\u2212"): // MINUS SIGN, as Date.Human writes it
		sign, up = -1, up[len("\u2212"):]
	default:
		return 0, want
	}
	hh, mm := up, ""
	if i := strings.IndexByte(up, ':'); i >= 0 {
		hh, mm = up[:i], up[i+1:]
		if len(mm) != 2 {
			return 0, "the minutes of an offset are two digits"
		}
	} else if len(up) == 4 {
		hh, mm = up[:2], up[2:]
	}
	if len(hh) < 1 || len(hh) > 2 || !isDigits(hh) || !isDigits(mm) {
		return 0, want
	}
	h, m := atoiDigits(hh), atoiDigits(mm)
	if m > 59 {
		return 0, fmt.Sprintf("minute %d is not 00 to 59", m)
	}
	if h*60+m > 14*60 {
		return 0, "an offset from UTC is at most 14 hours"
	}
	return sign * (h*60 + m), ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// zoneOf is the zone d's value would end with, or "" when it has none (a
// date coarser than an hour never has one).
func zoneOf(d Date) string {
	if !d.HasZone || d.Prec < Hour {
		return ""
	}
	return FormatZone(d.Zone)
}

// FormatZones writes the zone of a span as the zone cell of events.csv:
// the offset of the start's time of day ("-05:00", "Z"), empty when it
// has none. An end whose zone is not the start's follows after a slash:
// "-05:00/+01:00", "Z/" (the end has a time but no zone), "/+01:00".
// With FormatZones, the start and end values are written without their
// zone (see Date.WithoutZone).
func FormatZones(s Span) string {
	start, end := zoneOf(s.Start), zoneOf(s.End)
	if s.End.Prec >= Hour && end != start {
		return start + "/" + end
	}
	return start
}

// ApplyZones gives the dates of a span the zones of a cell written by
// FormatZones (or typed by a person, in any form ParseZone reads). A zone
// without a slash is the start's and, when the end is a time of day, the
// end's too. A date that already has a zone (an events.csv written before
// the zone column, "2017-12-13T15:00-05:00") keeps it when the cell agrees
// or is empty; a disagreement is an error. So is a zone for a date that
// has no time of day, which is then left as it is. On error the span is
// returned with the zones that could be applied.
func ApplyZones(s Span, cell string) (Span, error) {
	cell = strings.TrimSpace(cell)
	if cell == "" {
		return s, nil
	}
	startCell, endCell, slash := strings.Cut(cell, "/")
	if !slash {
		endCell = startCell
	}
	var first error
	fail := func(format string, args ...any) {
		if first == nil {
			first = fmt.Errorf(format, args...)
		}
	}
	apply := func(d *Date, z string, what string, must bool) {
		z = strings.TrimSpace(z)
		if z == "" {
			return
		}
		if d.IsZero() || d.IsVague() {
			if must {
				fail("there is no %s to give the zone %s to", what, z)
			}
			return
		}
		min, reason := parseZone(z)
		switch {
		case reason != "" && slash:
			fail("the %s's zone %q: %s", what, z, reason)
		case reason != "":
			fail("%s", reason)
		case d.Prec < Hour:
			if must {
				fail("the %s %s has no time of day to take the zone %s", what, d, FormatZone(min))
			}
		case d.HasZone && d.Zone != min:
			fail("the %s %s already has the zone %s, not %s", what, d, FormatZone(d.Zone), FormatZone(min))
		default:
			d.Zone, d.HasZone = min, true
		}
	}
	apply(&s.Start, startCell, "start", true)
	apply(&s.End, endCell, "end", slash)
	return s, first
}

// WithoutZone returns d without its zone: the value events.csv writes in
// its start and end columns, beside the zone column (FormatZones).
func (d Date) WithoutZone() Date {
	d.Zone, d.HasZone = 0, false
	return d
}
