package html

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// model is what a page shows: the events placed on the axis, in
// chronological order, their lanes, and the vague ones listed apart.
type model struct {
	Groups []string
	Events []item // dated, drawn and listed
	Vague  []item // listed only
}

// item is one event as the page needs it.
type item struct {
	ev *timeline.Event

	start, end int64 // UTC milliseconds, [start, end)
	point      bool  // day precision or finer: drawn as a point
	flags      int   // flagApprox | flagOpenStart | flagOpenEnd
	group      int
	when       string // the normalized date, for people ("July 2017")
	value      string // the TIMEX3 value(s) ("2017-07", "1558/1603")
	written    string // the date as written, or "" when it contradicts the date (see asWritten)
}

// Marks on an item, read by the page script.
const (
	flagApprox    = 1 // approximate or part of a period (early/mid/late)
	flagOpenStart = 2 // before ...: no known start
	flagOpenEnd   = 4 // after ...: no known end
)

// noGroup names the lane of events that have neither a group nor a source.
const noGroup = "(no source)"

func buildModel(c *timeline.Chronology) *model {
	events := make([]*timeline.Event, len(c.Events))
	for i := range c.Events {
		events[i] = &c.Events[i]
	}
	slices.SortStableFunc(events, timeline.CompareEvents)

	m := &model{}
	lane := map[string]int{}
	for _, ev := range events {
		it := item{ev: ev, when: spanText(ev.Span), value: spanValue(ev.Span), written: asWritten(ev)}
		if ev.Span.Start.Prec == timeline.PrecisionNone {
			m.Vague = append(m.Vague, it)
			continue
		}
		g := ev.GroupName()
		if g == "" {
			g = noGroup
		}
		n, ok := lane[g]
		if !ok {
			n = len(m.Groups)
			lane[g] = n
			m.Groups = append(m.Groups, g)
		}
		it.group = n
		it.place()
		m.Events = append(m.Events, it)
	}
	return m
}

// asWritten returns the event's date as written, or "" when that text
// names a date that does not overlap the event's start: a user who edits
// the start in events.csv (1969-07-20 to 1969-07-21) and renders it again
// would otherwise see "21 July 1969" beside “1969-07-20”. The text is read
// by the tagger without a reference date, so only a date it states in full
// can contradict the value: "last Friday" or "the following year" never
// does. A numeric date that reads both ways ("03/04/2017") contradicts only
// if neither reading agrees; a more precise start than the text ("July
// 1969" edited to 1969-07-20) agrees.
func asWritten(ev *timeline.Event) string {
	text := ev.DateText
	start := ev.Span.Start
	if strings.TrimSpace(text) == "" || start.Prec == timeline.PrecisionNone {
		return text
	}
	for _, dayFirst := range []bool{false, true} {
		d, ok := statedDate(text, dayFirst)
		if !ok || overlaps(d, start) {
			return text
		}
	}
	return ""
}

// statedDate is the first date the tagger finds in text, when it is fully
// resolved without a reference date.
func statedDate(text string, dayFirst bool) (timeline.Date, bool) {
	for _, x := range tempex.Tag(text, tempex.Options{DayFirst: dayFirst}) {
		if x.Type != tempex.Date && x.Type != tempex.Time {
			continue
		}
		if x.Date.Prec == timeline.PrecisionNone || strings.ContainsAny(x.Value, "X") {
			return timeline.Date{}, false
		}
		return x.Date, true
	}
	return timeline.Date{}, false
}

// overlaps reports whether the periods a and b share an instant, clock
// zones aside (the text and the value may carry a zone differently).
func overlaps(a, b timeline.Date) bool {
	as, ae := a.WithoutZone().Bounds()
	bs, be := b.WithoutZone().Bounds()
	return as.Before(be) && bs.Before(ae)
}

// place computes where the item is drawn: its instants, whether it is a
// point, and its marks.
func (it *item) place() {
	sp := it.ev.Span
	s, e := sp.Start.Bounds()
	start, end := s, e
	mod := sp.Start.Mod
	if sp.IsRange() && sp.End.Prec != timeline.PrecisionNone {
		_, end = sp.End.Bounds()
		if end.Before(start) { // a hand-edited sheet may have them swapped
			start, _ = sp.End.Bounds()
			_, end = sp.Start.Bounds()
		}
		if sp.End.Mod == timeline.ModApprox || mod == timeline.ModApprox {
			it.flags |= flagApprox
		}
		switch {
		case mod == timeline.ModBefore || mod == timeline.ModOnOrBefore:
			it.flags |= flagOpenStart
		case sp.End.Mod == timeline.ModAfter || sp.End.Mod == timeline.ModOnOrAfter:
			it.flags |= flagOpenEnd
		}
	} else {
		third := e.Sub(s) / 3
		switch mod {
		case timeline.ModApprox, timeline.ModLessThan, timeline.ModMoreThan,
			timeline.ModEqualOrLess, timeline.ModEqualOrMore:
			it.flags |= flagApprox
		case timeline.ModStart:
			end = s.Add(third)
			it.flags |= flagApprox
		case timeline.ModMid:
			start, end = s.Add(third), e.Add(-third)
			it.flags |= flagApprox
		case timeline.ModEnd:
			start = e.Add(-third)
			it.flags |= flagApprox
		case timeline.ModBefore:
			start, end = s, s
			it.flags |= flagOpenStart
		case timeline.ModOnOrBefore:
			start, end = e, e
			it.flags |= flagOpenStart
		case timeline.ModAfter:
			start, end = e, e
			it.flags |= flagOpenEnd
		case timeline.ModOnOrAfter:
			start, end = s, s
			it.flags |= flagOpenEnd
		}
		it.point = sp.Start.Prec >= timeline.Day && !mod.OpenEnded()
	}
	it.start, it.end = start.UnixMilli(), end.UnixMilli()
}

// spanValue is the TIMEX3 value of a span: "2017-07", or "1558/1603" for a
// range, with the mod in brackets when there is one.
func spanValue(sp timeline.Span) string {
	v := dateValue(sp.Start)
	if sp.IsRange() {
		v += "/" + dateValue(sp.End)
	}
	return v
}

// dateValue is the TIMEX3 value of a date as the page shows it: a time of
// day without its zone, which follows in words, as the zone column of
// events.csv and the JSON's zone member keep it apart from the value
// ("2017-12-13T15:00 (UTC−05:00)", never "2017-12-13T15:00-05:00"); the
// mod in words, in brackets.
func dateValue(d timeline.Date) string {
	v := d.WithoutZone().String()
	if d.HasZone && d.Prec >= timeline.Hour {
		v += " (" + zoneText(d.Zone) + ")"
	}
	if w := strings.TrimSpace(modWords[d.Mod]); w != "" {
		v += " (" + w + ")" // in words, for a class: "2024-05-30 (on or before)"
	} else if d.Mod != timeline.ModNone {
		v += " [" + d.Mod.String() + "]"
	}
	return v
}

// zoneText says an offset from UTC for people: "UTC", "UTC+05:30",
// "UTC−05:00" (with a minus sign, U+2212).
func zoneText(min int) string {
	if min == 0 {
		return "UTC"
	}
	sign := "+"
	if min < 0 {
		sign, min = "−", -min
	}
	return fmt.Sprintf("UTC%s%02d:%02d", sign, min/60, min%60)
}

// spanText says a span for people: "July 2017", "about 1450",
// "1558 – 1603".
func spanText(sp timeline.Span) string {
	if sp.IsRange() {
		end := dateText(sp.End)
		if sp.Start.Year < 0 && sp.End.Year > 0 && sp.End.Prec >= timeline.Year && sp.End.Mod == timeline.ModNone {
			end = "AD " + end // "27 BC – AD 14", not "27 BC – 14", which reads as 14 BC
		}
		return dateText(sp.Start) + " – " + end
	}
	return dateText(sp.Start)
}

var modWords = map[timeline.Mod]string{
	timeline.ModBefore:      "before ",
	timeline.ModAfter:       "after ",
	timeline.ModOnOrBefore:  "on or before ",
	timeline.ModOnOrAfter:   "on or after ",
	timeline.ModLessThan:    "less than ",
	timeline.ModMoreThan:    "more than ",
	timeline.ModEqualOrLess: "at most ",
	timeline.ModEqualOrMore: "at least ",
	timeline.ModStart:       "early ",
	timeline.ModMid:         "mid ",
	timeline.ModEnd:         "late ",
	timeline.ModApprox:      "about ",
}

// dateText says a date for people, at the precision it was written at.
func dateText(d timeline.Date) string {
	switch d.Ref {
	case timeline.PastRef:
		return "in the past (no date)"
	case timeline.PresentRef:
		return "at present (no date)"
	case timeline.FutureRef:
		return "in the future (no date)"
	}
	if d.Prec == timeline.PrecisionNone {
		return "no date"
	}
	return modWords[d.Mod] + periodText(d)
}

var seasonNames = [...]string{"", "spring", "summer", "autumn", "winter"}

var partNames = [...]string{"", "morning", "midday", "afternoon", "daytime", "evening", "night"}

func periodText(d timeline.Date) string {
	switch d.Prec {
	case timeline.Millennium, timeline.Century:
		if d.Year >= 0 && d.Mod == timeline.ModNone {
			// its years: the first century or millennium AD (00, 0)
			// starts in AD 1, there is no year 0
			n := map[timeline.Precision]int{timeline.Century: 100, timeline.Millennium: 1000}[d.Prec]
			return strconv.Itoa(max(d.Year, 1)) + "–" + strconv.Itoa(d.Year+n-1)
		}
		// by its name before Christ or with a part of it: "4th millennium
		// BC" (whose years, 4000–3001 BC or 3999–3000 BC, are a matter
		// of convention), "late 15th century" (not "late 1400–1499")
		plain := d
		plain.Mod = timeline.ModNone
		return strings.TrimPrefix(plain.Human(), "the ")
	case timeline.Decade:
		if d.Year >= 0 {
			if d.Mod != timeline.ModNone {
				return strconv.Itoa(d.Year) + "s" // "late 1990s"
			}
			return "the " + strconv.Itoa(d.Year) + "s"
		}
		return strconv.Itoa(-d.Year+9) + "–" + strconv.Itoa(-d.Year) + " BC"
	case timeline.Year:
		return yearText(d.Year)
	case timeline.Half:
		return [...]string{"", "first", "second"}[min(max(d.Half, 0), 2)] + " half of " + yearText(d.Year)
	case timeline.Quarter:
		return "Q" + strconv.Itoa(d.Quarter) + " " + yearText(d.Year)
	case timeline.Season:
		return seasonNames[min(int(d.Season), 4)] + " " + yearText(d.Year)
	case timeline.Month:
		return time.Month(d.Month).String() + " " + yearText(d.Year)
	case timeline.Week:
		if d.Weekend {
			return d.Human()
		}
		return "week " + strconv.Itoa(d.Week) + " of " + yearText(d.Year)
	}
	s := strconv.Itoa(d.Day) + " " + time.Month(d.Month).String() + " " + yearText(d.Year)
	if d.Prec == timeline.Day {
		if d.Part != timeline.NoPart {
			s += ", " + partNames[min(int(d.Part), 6)]
		}
		return s
	}
	s += fmt.Sprintf(", %02d:%02d", d.Hour, d.Minute)
	if d.Prec >= timeline.Second {
		s += fmt.Sprintf(":%02d", d.Second)
	}
	if d.HasZone {
		s += " (" + zoneText(d.Zone) + ")" // "15:00 (UTC−05:00)"
	}
	return s
}

func yearText(y int) string {
	if y < 0 {
		return strconv.Itoa(-y) + " BC"
	}
	return strconv.Itoa(y)
}

// safeURL returns u when it is an absolute http or https address that can
// be made a link, and "" otherwise (javascript:, data:, relative paths ...).
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.Opaque != "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.String()
	}
	return ""
}
