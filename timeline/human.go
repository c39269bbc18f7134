package timeline

import (
	"strconv"
	"strings"
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var seasonNames = [...]string{"", "spring", "summer", "autumn", "winter"}

var partNames = [...]string{"", "morning", "midday", "afternoon", "daytime", "evening", "night"}

// Human returns the date as a reader would write it, at its native
// precision and never finer: "July 2017", "13 December 2017",
// "13 December 2017, 15:00", "the 1990s", "the 20th century",
// "the 2nd millennium", "44 BC", "AD 79", "Q3 2017", "the first half of 2017",
// "summer 2017", "winter 2017/18", "week 50 of 2017".
//
// The Mod is written too: "c. 1450" (APPROX), "before 1990", "after 1990",
// "by 1990" (ON_OR_BEFORE), "from 1990" (ON_OR_AFTER), "early 2017",
// "mid-2017", "late 2017", "the early 1990s". LESS_THAN and MORE_THAN, which
// TIMEX3 meant for durations, read as "before" and "after"; EQUAL_OR_LESS
// and EQUAL_OR_MORE as "by" and "from".
//
// Vague references read "in the past", "now" and "in the future"; the zero
// Date is "". Years before AD 1000 carry their era ("AD 79", "44 BC") so
// that a bare number is never mistaken for a count. Times are written on
// the 24-hour clock with their zone when they have one ("15:00 UTC",
// "15:00 UTC−05:00").
func (d Date) Human() string {
	if d.Prec == PrecisionNone {
		switch d.Ref {
		case PastRef:
			return "in the past"
		case PresentRef:
			return "now"
		case FutureRef:
			return "in the future"
		}
		return ""
	}
	base := d.humanBase()
	the := strings.HasPrefix(base, "the ")
	switch d.Mod {
	case ModApprox:
		if the {
			return "around " + base
		}
		return "c. " + base
	case ModBefore, ModLessThan:
		return "before " + base
	case ModAfter, ModMoreThan:
		return "after " + base
	case ModOnOrBefore, ModEqualOrLess:
		return "by " + base
	case ModOnOrAfter, ModEqualOrMore:
		return "from " + base
	case ModStart, ModMid, ModEnd:
		word := [...]string{ModStart: "early ", ModMid: "mid-", ModEnd: "late "}[d.Mod]
		if d.Prec >= Day {
			// "early 13 December 2017" reads badly; say which part of the day.
			word = [...]string{ModStart: "early on ", ModMid: "midway through ", ModEnd: "late on "}[d.Mod]
			return word + base
		}
		if the {
			return "the " + word + base[len("the "):]
		}
		return word + base
	}
	return base
}

// humanYear writes a historical year with its era when it needs one.
func humanYear(y int) string {
	switch {
	case y < 0:
		return strconv.Itoa(-y) + " BC"
	case y < 1000:
		return "AD " + strconv.Itoa(y)
	}
	return strconv.Itoa(y)
}

func ordinal(n int) string {
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func (d Date) humanBase() string {
	switch d.Prec {
	case Millennium, Century:
		// The TIMEX3 value 19 is the years 1900-1999, which people call
		// the 20th century; BC04 is 499-400 BC, the 5th century BC.
		scale := 100
		name := " century"
		if d.Prec == Millennium {
			scale, name = 1000, " millennium"
		}
		y := d.Year
		era := ""
		if y < 0 {
			y, era = -y, " BC"
		}
		return "the " + ordinal(y/scale+1) + name + era
	case Decade:
		if d.Year == -1 {
			return "9–1 BC" // BC000: there is no year 0
		}
		if d.Year%100 == 0 {
			// "the 1900s" reads as the century, which is what the
			// tagger makes of it too; the decade's first ten years are
			// named by their bounds
			switch {
			case d.Year < 0:
				return strconv.Itoa(-d.Year+9) + "–" + strconv.Itoa(-d.Year) + " BC"
			case d.Year == 0:
				return "AD 1–9" // there is no year 0
			case d.Year < 1000:
				return "AD " + strconv.Itoa(d.Year) + "–" + strconv.Itoa(d.Year+9)
			}
			return strconv.Itoa(d.Year) + "–" + strconv.Itoa(d.Year+9)
		}
		if d.Year < 0 {
			return "the " + strconv.Itoa(-d.Year) + "s BC"
		}
		if d.Year < 1000 {
			return "the " + strconv.Itoa(d.Year) + "s AD"
		}
		return "the " + strconv.Itoa(d.Year) + "s"
	case Year:
		return humanYear(d.Year)
	case Half:
		if d.Half == 2 {
			return "the second half of " + humanYear(d.Year)
		}
		return "the first half of " + humanYear(d.Year)
	case Quarter:
		return "Q" + strconv.Itoa(d.Quarter) + " " + humanYear(d.Year)
	case Season:
		if d.Season == Winter {
			return "winter " + winterYears(d.Year)
		}
		if int(d.Season) < len(seasonNames) {
			return seasonNames[d.Season] + " " + humanYear(d.Year)
		}
		return humanYear(d.Year)
	case Month:
		return monthName(d.Month) + " " + humanYear(d.Year)
	case Week:
		if d.Weekend {
			return "the weekend of " + d.weekendDays()
		}
		return "week " + strconv.Itoa(d.Week) + " of " + humanYear(d.Year)
	}
	day := strconv.Itoa(d.Day) + " " + monthName(d.Month) + " " + humanYear(d.Year)
	if d.Prec == Day {
		if d.Part != NoPart && int(d.Part) < len(partNames) {
			if d.Part == Night {
				return "the night of " + day
			}
			return day + ", " + partNames[d.Part]
		}
		return day
	}
	var b []byte
	b = append(b, day...)
	b = append(b, ", "...)
	b = appendInt(b, d.Hour, 2)
	b = append(b, ':')
	b = appendInt(b, d.Minute, 2)
	if d.Prec >= Second {
		b = append(b, ':')
		b = appendInt(b, d.Second, 2)
	}
	if d.HasZone {
		b = append(b, " UTC"...)
		if z := d.Zone; z != 0 {
			if z < 0 {
				b = append(b, "−"...) // U+2212 MINUS SIGN
				z = -z
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, z/60, 2)
			b = append(b, ':')
			b = appendInt(b, z%60, 2)
		}
	}
	return string(b)
}

func monthName(m int) string {
	if m >= 1 && m <= 12 {
		return monthNames[m]
	}
	return "month " + strconv.Itoa(m)
}

// winterYears names the winter that starts in December of year y and ends
// in the next: "2017/18", "1999/2000", "45/44 BC".
func winterYears(y int) string {
	next := y + 1
	if next == 0 {
		next = 1 // there is no year 0: the winter of 1 BC ends in AD 1
	}
	switch {
	case y < 0 && next < 0:
		return strconv.Itoa(-y) + "/" + strconv.Itoa(-next) + " BC"
	case y < 0:
		return humanYear(y) + "/" + humanYear(next)
	case y/100 == next/100 && y >= 1000:
		s := strconv.Itoa(next % 100)
		if len(s) == 1 {
			s = "0" + s
		}
		return strconv.Itoa(y) + "/" + s
	}
	return humanYear(y) + "/" + strconv.Itoa(next)
}

// Human returns the span as a reader would write it: the start alone for a
// point or single period, else "start – end", with the part they share
// written once when both are plain dates of the same precision:
// "13–15 December 2017", "July–December 2017", "1558–1603",
// "218–201 BC", "30 November – 2 December 2017".
func (s Span) Human() string {
	if !s.IsRange() {
		return s.Start.Human()
	}
	a, b := s.Start, s.End
	if a.Mod == ModNone && b.Mod == ModNone && a.Prec == Year && b.Prec == Year && a.Year < 0 && b.Year < 0 {
		return strconv.Itoa(-a.Year) + "–" + strconv.Itoa(-b.Year) + " BC" // "218–201 BC"
	}
	if a.Mod == ModNone && b.Mod == ModNone && a.Prec == b.Prec && a.Year > 0 && b.Year > 0 {
		switch a.Prec {
		case Year:
			if a.Year >= 1000 && b.Year >= 1000 {
				return strconv.Itoa(a.Year) + "–" + strconv.Itoa(b.Year)
			}
		case Month:
			if a.Year == b.Year {
				return monthName(a.Month) + "–" + b.Human()
			}
		case Day:
			if a.Part == NoPart && b.Part == NoPart && a.Year == b.Year {
				if a.Month == b.Month {
					return strconv.Itoa(a.Day) + "–" + b.Human()
				}
				return strconv.Itoa(a.Day) + " " + monthName(a.Month) + " – " + b.Human()
			}
		}
	}
	if b.Mod == ModOnOrAfter {
		// "from January 2018 through at least March 2021": "January
		// 2018 – March 2021 or later"
		b.Mod = ModNone
		return a.Human() + " – " + b.Human() + " or later"
	}
	return a.Human() + " – " + b.Human()
}

// weekendDays names the Saturday and Sunday of a weekend: "11–12 March
// 2023", "31 March–1 April 2018".
func (d Date) weekendDays() string {
	sat, sun := d.Bounds()
	sun = sun.AddDate(0, 0, -1)
	if sat.Month() == sun.Month() {
		return strconv.Itoa(sat.Day()) + "–" + strconv.Itoa(sun.Day()) + " " + monthName(int(sun.Month())) + " " + humanYear(FromTime(sun, Year).Year)
	}
	first := strconv.Itoa(sat.Day()) + " " + monthName(int(sat.Month()))
	if sat.Year() != sun.Year() {
		first += " " + humanYear(FromTime(sat, Year).Year)
	}
	return first + "–" + strconv.Itoa(sun.Day()) + " " + monthName(int(sun.Month())) + " " + humanYear(FromTime(sun, Year).Year)
}
