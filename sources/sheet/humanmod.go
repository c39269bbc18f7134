package sheet

import (
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// Dates as Chronicle writes them for people (timeline.Date.Human, in the
// Markdown list and the HTML page), pasted back into a sheet's cell:
// each mod's words before the date, and a day's part after it ("13
// December 2017, morning") or before it ("the night of 13 December
// 2017").

// humanMods are the words timeline.Date.Human writes before a date for
// its mod, longest first where one opens another. "from" is on or after
// the date: "from 1990" (a range, "from 1990 to 1995", is read as one).
var humanMods = []struct {
	words string
	mod   timeline.Mod
}{
	{"midway through ", timeline.ModMid},
	{"early on ", timeline.ModStart},
	{"late on ", timeline.ModEnd},
	{"from ", timeline.ModOnOrAfter},
	{"before ", timeline.ModBefore},
	{"after ", timeline.ModAfter},
	{"by ", timeline.ModOnOrBefore},
	{"around ", timeline.ModApprox},
	{"c. ", timeline.ModApprox},
}

// humanModSpan reads a cell that is a date after its mod's words, as
// timeline.Date.Human writes it ("from 1990", "midway through 13 December
// 2017", "before the night of 13 December 2017"): the date with that mod.
// ok is false for a cell that is not one, or whose date is a range or has
// a mod of its own.
func (cp *cellParser) humanModSpan(s string) (timeline.Span, bool) {
	for _, m := range humanMods {
		if len(s) <= len(m.words) || !hasPrefixFold(s, m.words) {
			continue
		}
		rest := s[len(m.words):]
		sp, err := cp.parseSpan(rest)
		if err != nil || sp.IsRange() || sp.Start.Prec == timeline.PrecisionNone || sp.Start.Mod != timeline.ModNone {
			return timeline.Span{}, false
		}
		sp.Start.Mod = m.mod
		return sp, true
	}
	return timeline.Span{}, false
}

// humanDate reads one end of a range as timeline.Date.Human writes it
// (see humanModSpan and dayPartSpan): "midway through 15 December 2017",
// "13 December 2017, evening". "from" is not read as a mod there: it
// opens the range ("from 1939 – 1945").
func (cp *cellParser) humanDate(s string) (timeline.Date, bool) {
	sp, ok := cp.dayPartSpan(s)
	if !ok && !hasPrefixFold(s, "from ") {
		sp, ok = cp.humanModSpan(s)
	}
	return sp.Start, ok
}

// hasPrefixFold reports whether s begins with prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// orLaterSpan reads a range whose end is on or after its date, as
// timeline.Span.Human writes it: "January 2018 – March 2021 or later".
func (cp *cellParser) orLaterSpan(s string) (timeline.Span, bool) {
	const later = " or later"
	if len(s) <= len(later) || !strings.EqualFold(s[len(s)-len(later):], later) {
		return timeline.Span{}, false
	}
	sp, err := cp.parseSpan(s[:len(s)-len(later)])
	if err != nil || !sp.IsRange() || sp.End.Mod != timeline.ModNone {
		return timeline.Span{}, false
	}
	sp.End.Mod = timeline.ModOnOrAfter
	return sp, true
}

// dayParts are the parts of a day by the words Human writes for them.
var dayParts = map[string]timeline.PartOfDay{
	"morning": timeline.Morning, "midday": timeline.Midday, "afternoon": timeline.Afternoon,
	"daytime": timeline.Daytime, "evening": timeline.Evening, "night": timeline.Night,
}

// dayPartSpan reads a day with its part after it, as timeline.Date.Human
// writes it: "13 December 2017, morning" is the morning of that day. ok
// is false unless what comes before the part is a day with no part or
// time of its own.
func (cp *cellParser) dayPartSpan(s string) (timeline.Span, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return timeline.Span{}, false
	}
	part, ok := dayParts[strings.ToLower(s[i+1:])]
	day := strings.TrimSuffix(strings.TrimSpace(s[:i]), ",")
	if !ok || !strings.ContainsAny(day, "0123456789") {
		return timeline.Span{}, false
	}
	sp, err := cp.parseSpan(day)
	if err != nil || sp.IsRange() || sp.Start.Prec != timeline.Day || sp.Start.Part != timeline.NoPart {
		return timeline.Span{}, false
	}
	sp.Start.Part = part
	return sp, true
}

// humanVague are the vague references as timeline.Date.Human writes
// them: "in the past" is PAST_REF.
var humanVague = map[string]timeline.Date{
	"in the past":   {Ref: timeline.PastRef},
	"now":           {Ref: timeline.PresentRef},
	"in the future": {Ref: timeline.FutureRef},
}

// weekendSpan reads a weekend as timeline.Date.Human writes one, its
// Saturday and Sunday: "the weekend of 16–17 December 2017", "the
// weekend of 31 March–1 April 2018". ok is false unless the days are a
// Saturday and the Sunday after it.
func (cp *cellParser) weekendSpan(s string) (timeline.Span, bool) {
	const prefix = "the weekend of "
	if len(s) <= len(prefix) || !hasPrefixFold(s, prefix) {
		return timeline.Span{}, false
	}
	sp, err := cp.parseSpan(s[len(prefix):])
	if err != nil || !sp.IsRange() || sp.Start.Prec != timeline.Day || sp.End.Prec != timeline.Day ||
		sp.Start.Mod != timeline.ModNone || sp.End.Mod != timeline.ModNone || sp.Start.Part != timeline.NoPart {
		return timeline.Span{}, false
	}
	sat := time.Date(sp.Start.Year, time.Month(sp.Start.Month), sp.Start.Day, 0, 0, 0, 0, time.UTC)
	sun := time.Date(sp.End.Year, time.Month(sp.End.Month), sp.End.Day, 0, 0, 0, 0, time.UTC)
	if sp.Start.Year < 1 || sat.Weekday() != time.Saturday || !sun.Equal(sat.AddDate(0, 0, 1)) {
		return timeline.Span{}, false
	}
	d := timeline.FromTime(sat, timeline.Week)
	d.Weekend = true
	return timeline.Span{Start: d}, true
}
