package sheet

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/araddon/dateparse"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// Order is the day-month order of numeric dates such as 03/04/2017.
type Order uint8

// The orders. OrderUnknown reads an ambiguous date month first, as
// dateparse and the tagger do, and says so in Sheet.Order.
const (
	OrderUnknown Order = iota
	MonthFirst
	DayFirst
)

func (o Order) String() string {
	return [...]string{"unknown (month first)", "month first", "day first"}[o]
}

// cellParser reads the date cells of one sheet.
type cellParser struct {
	order Order
	// guessed says the order is the default, nothing in the sheet or the
	// options having decided it; warned that a cell read either way has
	// been reported so.
	guessed, warned bool
	// warnings takes what is read with a note rather than refused (a Year
	// cell's "2015–present": see yearCell); nil puts it with the errors.
	warnings *timeline.ErrorList
	// midnightDays reads a start or an end at midnight as its day: the
	// sheet's dates are days exported with a time (see midnightDays).
	midnightDays bool
	// shortTIMEX reads a bare number of one to three digits as a TIMEX3
	// millennium, century or decade ("199" is the 1990s), the way our own
	// events.csv writes them; otherwise it is a year ("800" is AD 800).
	shortTIMEX bool
}

// errOpenEnd is wrapped when a cell's range runs to the present ("2015–
// present"): the start is read, the open end is no date.
var errOpenEnd = errors.New("runs to the present, which is no date; read as its start")

// openEndRe is a range that runs to the present: "2015–present", "March
// 2020 - ongoing", and one whose end is left open, a dash and nothing
// after it: "2020–", "12 May 2020 -".
var openEndRe = regexp.MustCompile(`(?i)^(.*\d.*?)\s*(?:(?:[-–—]|\bto\b|\buntil\b)\s*(?:the\s+)?(?:present|present\s+day|now|today|ongoing|current|date)|[-–—])$`)

// presentWords are what an End cell holds for a row that has not ended:
// "ongoing", "present", "to date".
var presentWords = map[string]bool{
	"present": true, "the present": true, "present day": true, "now": true, "today": true,
	"ongoing": true, "on-going": true, "current": true, "to date": true, "continuing": true,
	"still running": true, "open-ended": true, "open ended": true,
}

// sinceRe is a date a state of things has run from, to the present:
// "since 2020", "ever since March 2020", "2020 onwards", "from 2020 on".
var sinceRe = regexp.MustCompile(`(?i)^(?:(?:ever\s+)?since\s+(.*\d.*)|(?:from\s+)?(.*\d.*?)\s+(?:on|onwards?|and\s+after))$`)

// openEnded returns the start of a cell that runs to the present (see
// openEndRe and sinceRe): "2015" of "2015–present" and "since 2015".
func openEnded(s string) (string, bool) {
	if m := openEndRe.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	if m := sinceRe.FindStringSubmatch(s); m != nil {
		return m[1] + m[2], true
	}
	return "", false
}

// textMarkRe is a date cell that starts with the apostrophe Excel and
// Google Sheets keep as the mark of a cell typed as text: "'2021",
// "'2021-03-04", "'03/04/2021". A year of two digits after it ("'45") is
// a year cut short, and keeps its apostrophe.
var textMarkRe = regexp.MustCompile(`^'(?:\d{4}|\d{1,2}[/.]\d)`)

// textMarked drops the text mark of a date cell (see textMarkRe).
func textMarked(s string) string {
	if textMarkRe.MatchString(s) && !strings.Contains(s[1:], "'") {
		return s[1:]
	}
	return s
}

// negYearRe is a year written with a minus, a year before Christ: "-44",
// "-753". An ISO year of four digits ("-0044") is left alone: ISO counts
// a year 0, and means 45 BC by it.
var negYearRe = regexp.MustCompile(`^-[1-9][0-9]{0,3}$`)

// errOrder is wrapped when a cell's day-month order contradicts the sheet's.
var errOrder = errors.New("day-month order contradicts the rest of the sheet")

// parseSpan reads a date cell: a single date or a range.
func (cp *cellParser) parseSpan(s string) (timeline.Span, error) {
	s = textMarked(normalizeSpace(s))
	if s == "" || placeholder(s) {
		// "TBD", "n/a": the row has no date yet, and says so
		return timeline.Span{}, nil
	}
	if d, ok := serialDateTime(s); ok {
		return timeline.Span{Start: d}, nil
	}
	if negYearRe.MatchString(s) {
		// "-44": a year before Christ, as a Year column reads it and
		// TimelineJS writes it
		return timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: atoi(s)}}, nil
	}
	if sp, ok := cp.humanModSpan(s); ok {
		// "from 1990", "midway through 13 December 2017": a mod as our
		// own Markdown and HTML write it
		return sp, nil
	}
	if sp, ok := cp.dayPartSpan(s); ok {
		return sp, nil // "13 December 2017, morning"
	}
	if d, ok := humanVague[strings.ToLower(s)]; ok {
		return timeline.Span{Start: d}, nil // "in the past"
	}
	if sp, ok := cp.weekendSpan(s); ok {
		return sp, nil // "the weekend of 31 March–1 April 2018"
	}
	if sp, ok := cp.orLaterSpan(s); ok {
		return sp, nil // "January 2018 – March 2021 or later"
	}
	if start, ok := openEnded(s); ok {
		sp, err := cp.parseSpan(start)
		if err != nil || sp.Start.IsZero() || sp.IsRange() {
			return sp, err
		}
		return sp, errOpenEnd
	}
	if m := approxNoteRe.FindStringIndex(s); m != nil && m[0] > 0 {
		// "1450 (approx.)", "Sept 2026 (est.)": the date, approximately
		sp, err := cp.parseSpan(strings.TrimSpace(s[:m[0]]))
		if err == nil {
			sp.Start = approx(sp.Start)
			sp.End = approx(sp.End)
		}
		return sp, err
	}
	if sp, ok := cp.lasting(s); ok {
		return sp, nil
	}
	if sp, ok, err := cp.noted(s); ok {
		return sp, err
	}
	if sp, ok := unknownDigits(s); ok {
		return sp, nil
	}
	if sp, ok := cp.unknownParts(s); ok {
		return sp, nil
	}
	if m := uncertainStartRe.FindStringSubmatch(s); m != nil {
		// "1200?-1250": the range, its start approximately
		if sp, err := cp.parseSpan(strings.TrimSpace(m[1]) + "-" + strings.TrimSpace(m[3])); err == nil && sp.IsRange() {
			sp.Start = approx(sp.Start)
			return sp, nil
		}
	}
	if rest, ok := uncertain(s); ok {
		// "1450?", "1939-1945?": the date, approximately.
		sp, err := cp.parseSpan(rest)
		if err == nil {
			sp.Start = approx(sp.Start)
			sp.End = approx(sp.End)
		}
		return sp, err
	}
	if m := yearOfRe.FindStringSubmatch(s); m != nil {
		// "2025-26 season", "the 2024/25 academic year", "Season 2023":
		// the years the season runs over
		if sp, err := cp.parseSpan(m[1] + m[2]); err == nil && !sp.Start.IsZero() && sp.Start.Prec == timeline.Year {
			return sp, nil
		}
	}
	if m := fiscalPairRe.FindStringSubmatch(s); m != nil {
		// "FY2024/25", "FY 2024-25": a fiscal year across two calendar years
		if sp, ok := yearPair(strings.NewReplacer(" ", "", "–", "/", "-", "/").Replace(m[1])); ok {
			return sp, nil
		}
	}
	if sp, ok := yearPair(s); ok {
		if _, m, _ := strings.Cut(s, "/"); len(m) != 2 || atoi(m) < 1 || atoi(m) > 12 {
			return sp, nil // 2011/12 is December 2011
		}
	}
	if bcCellRe.MatchString(s) {
		// "10 January 49 BC", "1st century BC": the tagger reads a date
		// before Christ whole, its day and its century's side of year 0
		if sp, ok := cp.tagged(s); ok {
			return sp, nil
		}
	}
	s = seasonYearsDash(s)
	s = romanMonths(s)
	if d, err, ok := cp.single(s); ok {
		return timeline.Span{Start: d}, err
	}
	if err := cp.badMonth(s); err != nil {
		return timeline.Span{}, err
	}
	if sp, ok, err := cp.parseRange(s); ok {
		return sp, err
	}
	if sp, ok := timeline.EraCell(s); ok {
		return sp, nil // "Victorian era": 1837 to 1901
	}
	if sp, ok := cp.tagged(s); ok {
		return sp, nil
	}
	if m := timeFirstRe.FindStringSubmatch(s); m != nil {
		// "3pm 12 March 2019", "09:00, 12/03/2021": the day, at that time
		if sp, err := cp.parseSpan(m[2] + " " + m[1]); err == nil && !sp.IsRange() && sp.Start.Prec >= timeline.Minute {
			return sp, nil
		}
	}
	d, err := parseFallback(s, cp.order == DayFirst)
	return timeline.Span{Start: d}, err
}

// timeFirstRe is a cell that gives the time of day before the day, as a
// log or a diary may: "3pm 12 March 2019", "09:00, 12/03/2021", "14:30 on
// 3 May 2020". The clock has its colon or its am or pm: "12 March 2019"
// is no time.
var timeFirstRe = regexp.MustCompile(`(?i)^(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?:,\s*|\s+on\s+|\s+)(.*\d.*)$`)

// bcCellRe finds an era before Christ in a cell.
var bcCellRe = regexp.MustCompile(`(?i)\b(?:BC|BCE|B\.C\.(?:E\.)?)(?:\W|$)`)

// serialRe is a spreadsheet's serial number of a day and a fraction of it:
// 43082.625, a date and time cell exported as a number (43082,625 with
// the decimal comma of a European spreadsheet).
var serialRe = regexp.MustCompile(`^([2-8][0-9]{4})[.,]([0-9]{1,12})$`)

// serialDateTime reads a spreadsheet's serial date-time (see serialRe):
// days since 30 December 1899, and the fraction of the day, to the minute.
func serialDateTime(s string) (timeline.Date, bool) {
	m := serialRe.FindStringSubmatch(s)
	if m == nil {
		return timeline.Date{}, false
	}
	days, _ := strconv.Atoi(m[1])
	frac, err := strconv.ParseFloat("0."+m[2], 64)
	if err != nil || days < 20000 || days > 80000 {
		return timeline.Date{}, false
	}
	mins := int(frac*24*60 + 0.5)
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days).Add(time.Duration(mins) * time.Minute)
	return timeline.FromTime(t, timeline.Minute), true
}

// placeholders are what people type in a date cell that has no date yet:
// the row is undated, and nothing is wrong with the cell.
var placeholders = map[string]bool{
	"tbd": true, "tbc": true, "tba": true, "t.b.d.": true, "t.b.c.": true, "t.b.a.": true,
	"to be decided": true, "to be confirmed": true, "to be announced": true, "to be determined": true,
	"n/a": true, "na": true, "n.a.": true, "-": true, "–": true, "—": true,
	"unknown": true, "not known": true, "none": true, "pending": true, "undated": true,
	"no date": true, "n.d.": true, "nd": true, "s.d.": true, "not scheduled": true, "unscheduled": true,
	"?": true, "unknown date": true, "date unknown": true, // (but "??" may be a date a wrong encoding mangled)
}

// placeholder reports whether a cell is a placeholder for a date not yet
// known ("TBD", "n/a", "?").
func placeholder(s string) bool { return placeholders[strings.ToLower(s)] }

// notedRe is a date with a note in brackets, before or after it, as plans
// write a status beside the date: "Shipped (Mar 2026)", "Mar 2026
// (shipped)", "Done (2026-03-02)".
var notedRe = regexp.MustCompile(`^(?:([A-Za-z][A-Za-z .'-]{0,30}?)\s*\(([^()]+)\)|([^()]+?)\s*\(([A-Za-z][A-Za-z .'-]{0,30})\))$`)

// noted reads a date cell whose date comes with a note of a few words in
// brackets (see notedRe): the date is what the brackets hold, or what
// they follow, and the note is left in the date text. ok is false when the
// cell is not so shaped, the note holds a date word (a month or a
// season: "1944 (June)" says more than the year), or the date part is no
// date.
func (cp *cellParser) noted(s string) (timeline.Span, bool, error) {
	m := notedRe.FindStringSubmatch(s)
	if m == nil {
		return timeline.Span{}, false, nil
	}
	note, date := m[1], m[2]
	if m[3] != "" {
		date, note = m[3], m[4]
	}
	for _, w := range strings.FieldsFunc(note, func(r rune) bool { return r == ' ' || r == '.' || r == '-' }) {
		if monthOf(w) > 0 || seasonOf(w) != timeline.NoSeason || len(w) == 1 && m[3] != "" {
			return timeline.Span{}, false, nil
		}
	}
	sp, err := cp.parseSpan(date)
	if err != nil || sp.Start.IsZero() {
		return timeline.Span{}, false, nil
	}
	return sp, true, nil
}

// lengthNoteRe is a date with how long the event lasted in brackets
// after it, as an events calendar may give it: "13 Dec 2017 (3 days)",
// "2 May 2019 (2-day)", "4 June 2020 (6 hours)", "March 2018 (2 weeks)".
var lengthNoteRe = regexp.MustCompile(`(?i)^(.*\d.*?)\s*\((\d{1,3})[\s-]*(days?|weeks?|months?|years?|hours?|hrs?|h|mins?|minutes?|nights?)(?:\s+long)?\)$`)

// lasting reads a date cell with a note of its length (see
// lengthNoteRe): a day that lasts whole days ends on the last of them,
// "13 Dec 2017 (3 days)" on 15 December; any other length ("(6 hours)",
// "(2 weeks)" of a month, "(3 nights)", which may be three days or four)
// keeps the start alone, and a range ("1-3 May 2019 (3 days)") is as it
// is written, the note left in the date text. ok is false when the cell is
// not so shaped or its date is no date.
func (cp *cellParser) lasting(s string) (timeline.Span, bool) {
	m := lengthNoteRe.FindStringSubmatch(s)
	if m == nil {
		return timeline.Span{}, false
	}
	sp, err := cp.parseSpan(m[1])
	if err != nil || sp.Start.IsZero() {
		return timeline.Span{}, false
	}
	n := atoi(m[2])
	if unit := strings.ToLower(m[3]); strings.HasPrefix(unit, "day") && !sp.IsRange() && sp.Start.Prec == timeline.Day && n > 1 {
		t := time.Date(sp.Start.Year, time.Month(sp.Start.Month), sp.Start.Day, 0, 0, 0, 0, time.UTC)
		if sp.Start.Year > 0 {
			sp.End = timeline.FromTime(t.AddDate(0, 0, n-1), timeline.Day)
		}
	}
	return sp, true
}

// yearOfRe is a year, or a pair of years, named with what runs over them:
// "2025-26 season", "the 2024/25 academic year", "Season 2023".
var yearOfRe = regexp.MustCompile(`(?i)^(?:the\s+)?(?:(\d{4}\s?[/–-]\s?(?:\d\d|\d{4})|\d{4})\s+(?:season|campaign|academic year|school year|tax year|financial year)|(?:season|campaign)\s+(\d{4}(?:\s?[/–-]\s?(?:\d\d|\d{4}))?))$`)

// fiscalPairRe is a fiscal year written with both its calendar years.
var fiscalPairRe = regexp.MustCompile(`(?i)^(?:FY|F\.Y\.|fiscal(?: year)?)\s?((?:1[5-9]|2\d)\d\d\s?[/–-]\s?(?:\d\d|\d{4}))$`)

// tagged reads a cell with the tagger (tempex), for the expressions it
// knows and the shapes above do not ("Christmas 2017"). Only a date the
// tagger resolves on its own (the cell has no reference date) and that
// covers the whole cell is taken, or a range of two such dates: a cell the
// tagger reads only in part ("the first week of May 1945" as May 1945)
// would lose what it says.
func (cp *cellParser) tagged(s string) (timeline.Span, bool) {
	xs := tempex.Tag(s, tempex.Options{DayFirst: cp.order == DayFirst})
	if len(xs) == 0 || len(xs) > 2 {
		return timeline.Span{}, false
	}
	for _, x := range xs {
		if x.Type != tempex.Date && x.Type != tempex.Time || x.Date.Prec == timeline.PrecisionNone {
			return timeline.Span{}, false
		}
	}
	first, last := xs[0], xs[len(xs)-1]
	if len(xs) == 2 && first.RangeEnd != 1 {
		return timeline.Span{}, false
	}
	filler := func(t string) bool {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			switch strings.Trim(w, ".,;:()") {
			case "", "the", "on", "in", "of", "from", "to", "until", "till", "through", "between", "and", "-", "–", "—":
			default:
				return false
			}
		}
		return true
	}
	if !filler(s[:first.Start]) || !filler(s[last.End:]) || len(xs) == 2 && !filler(s[first.End:last.Start]) {
		return timeline.Span{}, false
	}
	for _, x := range xs {
		if _, err := timeline.ParseDate(x.Date.String()); err != nil {
			return timeline.Span{}, false
		}
	}
	d := first.Date
	d.Mod = first.Mod
	sp := timeline.Span{Start: d}
	if len(xs) == 2 {
		sp.End = last.Date
		sp.End.Mod = last.Mod
		if sp.End.Start().Before(sp.Start.Start()) {
			return timeline.Span{}, false
		}
	}
	return sp, true
}

// periodPairRe is a range of two quarters or two halves that share the
// year written after the second: "Q1-Q2 2027", "Q3–Q4 2026", "H1/H2 2027".
var periodPairRe = regexp.MustCompile(`(?i)^([QH][1-4])\s*(?:[-–—/&+]|to|and)\s*([QH][1-4]\s*(?:,\s*)?'?[0-9]{2,4})$`)

// barePeriodRe is a quarter or a half without its year: "Q3", "H1".
var barePeriodRe = regexp.MustCompile(`(?i)^[QH][1-4]$`)

// rangeSeps split a range, tried in this order. A bare hyphen is handled
// apart (yearRange), since it also joins the parts of a numeric date.
var rangeSeps = []string{" to ", " until ", " till ", " through ", " thru ", "–", "—", " - ", "..", "/"}

// parseRange reads "1939-1945", "1939–45", "July – December 2017",
// "100 BC - 44 BC", "between 1939 and 1945", "from 1939 to 1945" and ISO
// intervals 2017-12-13/2017-12-15. ok is false when s is not a range.
func (cp *cellParser) parseRange(s string) (timeline.Span, bool, error) {
	if m := periodPairRe.FindStringSubmatch(s); m != nil {
		// "Q1-Q2 2027", "H1–H2 2027": two quarters (halves) of one year
		if sp, ok, err := cp.rangeOf(m[1], m[2]); ok {
			return sp, ok, err
		}
	}
	low := asciiLower(s) // its offsets are s's
	for _, b := range append([][2]string{{"between ", " and "}, {"bet. ", " and "}, {"bet ", " and "}}, localBetween...) {
		if rest, ok := strings.CutPrefix(low, b[0]); ok {
			if i := strings.Index(rest, b[1]); i > 0 {
				off := len(b[0])
				if sp, ok, err := cp.rangeOf(s[off:off+i], s[off+i+len(b[1]):]); ok {
					return sp, ok, err
				}
			}
		}
	}
	for _, from := range append([]string{"from "}, localFrom...) {
		if strings.HasPrefix(low, from) {
			s, low = s[len(from):], low[len(from):]
			break
		}
	}
	for _, sep := range append(rangeSeps[:len(rangeSeps):len(rangeSeps)], localRangeSeps...) {
		i := strings.Index(low, sep)
		if i <= 0 || i+len(sep) >= len(s) {
			continue
		}
		if sep == "/" {
			// An ISO interval, or two seasons or months sharing a year
			// ("Spring/Summer 1944", "June/July 1944"): 12/2017 and
			// 13/12/2017 are dates.
			_, okA := cp.timex(s[:i])
			_, okB := cp.timex(s[i+1:])
			season := seasonOf(s[:i]) != timeline.NoSeason
			month := monthOf(strings.TrimSpace(s[:i])) > 0
			a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
			years := len(a) == 4 && len(b) == 4 && allDigits(a) && allDigits(b) && atoi(a) < atoi(b) // "1995/1998"
			if !(okA && okB && (strings.Contains(s, "-") || years)) && !season && !month {
				continue
			}
		}
		sp, ok, err := cp.rangeOf(s[:i], s[i+len(sep):])
		if ok {
			return sp, ok, err
		}
	}
	if m := matchYearRange(s); m != nil {
		return cp.rangeOf(m[0], m[1])
	}
	if sp, ok := cp.dayRange(s); ok {
		return sp, true, nil
	}
	return cp.numericDayRange(s)
}

// monthFirstDays reads the American range of days of one month
// "12/13-15/2017": the month and first day, then the last day and the
// year. It is read month first only: 13 is no month, and a day-first
// writer puts the month after both days ("13-15/12/2017"), so a sheet
// read day first does not take it.
func (cp *cellParser) monthFirstDays(a, b string) (timeline.Span, bool) {
	m, d1, ok := strings.Cut(a, "/")
	d2, y, ok2 := strings.Cut(b, "/")
	if !ok || !ok2 || cp.order == DayFirst || len(m) > 2 || len(d1) > 2 || len(d2) > 2 || len(y) != 4 || !allDigits(m+d1+d2+y) {
		return timeline.Span{}, false
	}
	mo, first, last, year := atoi(m), atoi(d1), atoi(d2), atoi(y)
	if mo < 1 || mo > 12 || first < 1 || last <= first || last > daysIn(year, mo) {
		return timeline.Span{}, false
	}
	return timeline.Span{
		Start: timeline.Date{Prec: timeline.Day, Year: year, Month: mo, Day: first},
		End:   timeline.Date{Prec: timeline.Day, Year: year, Month: mo, Day: last},
	}, true
}

// numericDayRange reads a range of days written in figures whose start
// leaves out what it shares with the end: "12/13-12/15/2017" (the year),
// "13.-15.12.2017" and "13-15/12/2017" (the month and the year),
// "30.12.-2.1.2018" (the year before the end's). The cell
// has one hyphen, and the end is a whole numeric date; the start is its
// day alone, or its day and month in the end's order and separator. ok is
// false for any other cell ("2017-12-13" has two hyphens).
func (cp *cellParser) numericDayRange(s string) (timeline.Span, bool, error) {
	s = strings.NewReplacer("–", "-", "—", "-").Replace(s) // "12/13–12/15/2017"
	a, b, ok := strings.Cut(s, "-")
	if !ok || strings.Contains(b, "-") {
		return timeline.Span{}, false, nil
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if sp, ok := cp.monthFirstDays(a, b); ok {
		return sp, true, nil
	}
	sep := ""
	for _, c := range []string{"/", "."} {
		if strings.Count(b, c) == 2 {
			sep = c
		}
	}
	parts := strings.Split(b, sep)
	if sep == "" || len(parts[2]) != 4 || !allDigits(strings.Join(parts, "")) {
		return timeline.Span{}, false, nil
	}
	if sep == "." {
		a = strings.TrimSuffix(a, ".") // German "13.", "30.12."
	}
	switch day := a; {
	case allDigits(day) && len(day) <= 2:
		// "13.-15.12.2017": the day of the end's month, when the end
		// is written day first; "5-6/7/2017" read month first would
		// put 5 in place of June's 7
		sp, ok, err := cp.rangeOf(day, b)
		if ok && err == nil && sp.End.Day != atoi(parts[0]) {
			return timeline.Span{}, false, nil
		}
		return sp, ok, err
	case strings.Count(a, sep) == 2 && allDigits(strings.ReplaceAll(a, sep, "")):
		return cp.rangeOf(a, b) // "12/13/2017-12/15/2017"
	case strings.Count(a, sep) == 1 && allDigits(strings.ReplaceAll(a, sep, "")):
		// "12/13-12/15/2017": the start's year is the end's, or the
		// year before when that would start after the end
		// ("12/30-01/02/2018")
		sp, ok, err := cp.rangeOf(a+sep+parts[2], b)
		if ok && err != nil && sp.Start.Year == sp.End.Year && sp.Start.Month > sp.End.Month {
			if prev, pok, perr := cp.rangeOf(a+sep+strconv.Itoa(atoi(parts[2])-1), b); pok && perr == nil {
				sp, err = prev, nil
			}
		}
		first := strings.Split(a, sep)[0]
		if ok && err == nil && (sp.Start.Day == atoi(first)) != (sp.End.Day == atoi(parts[0])) {
			return timeline.Span{}, false, nil // each end read in another order
		}
		if ok && sep == "." && sp.End.Day != atoi(parts[0]) {
			return timeline.Span{}, false, nil // "2.1.2018" is 2 January
		}
		return sp, ok, err
	}
	return timeline.Span{}, false, nil
}

// yearPair reads two years that follow each other, written with a slash
// as a season of sport, a school year or a fiscal year is: "2019/20",
// "1999/2000". It is the span of the two years, since the cell does not
// say where in the first the period begins. "2011/12" is read so only
// where a month cannot be meant (a Year cell); a date cell reads it as
// December 2011.
//
// Before 1752, when the year began on 25 March in Britain, two years so
// written are a dual year ("1749/50", "1700/1"): a day between January
// and 24 March, of the year that began in January, as historians give it
// now (see dualYearStart), so the later year alone.
func yearPair(s string) (timeline.Span, bool) {
	a, b, ok := strings.Cut(s, "/")
	if !ok || len(a) != 4 || !allDigits(a) || !allDigits(b) || len(b) > 4 || len(b) == 3 {
		return timeline.Span{}, false
	}
	y := atoi(a)
	if y < 1 || y+1 > 9999 || !nextYear(y, b) {
		return timeline.Span{}, false
	}
	if y < dualYearEnd {
		return timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: y + 1}}, true
	}
	if len(b) == 1 {
		return timeline.Span{}, false // 1783/4 is April 1783
	}
	return timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: y}, End: timeline.Date{Prec: timeline.Year, Year: y + 1}}, true
}

// dualYearEnd is the first year Britain began on 1 January (1752): the
// dual years ("1749/50") are those before it.
const dualYearEnd = 1752

// nextYear reports whether b, the digits after the slash of "y/b", are
// the year after y written in full or by its last one or two digits
// ("1749/50", "1699/00", "1700/1", "1999/2000").
func nextYear(y int, b string) bool {
	n := atoi(b)
	switch len(b) {
	case 1:
		return n == (y+1)%10
	case 2:
		return n == (y+1)%100
	case 4:
		return n == y+1
	}
	return false
}

// matchYearRange splits "1939-1945", "1939-45" and "100-44 BC" at the
// hyphen, completing an abbreviated end year. It returns nil for anything
// else.
func matchYearRange(s string) []string {
	i := strings.IndexByte(s, '-')
	if i <= 0 {
		return nil
	}
	left, right := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	if !allDigits(left) || len(left) > 4 {
		return nil
	}
	digits, era := right, ""
	if j := strings.IndexByte(right, ' '); j > 0 {
		digits, era = right[:j], right[j:]
	}
	if !allDigits(digits) || len(digits) > 4 {
		return nil
	}
	if len(digits) == 2 && len(left) == 4 {
		digits = left[:2] + digits
	} else if len(left) == 4 && len(digits) != 4 {
		return nil
	}
	return []string{left + era, digits + era}
}

// rangeOf parses both ends of a range. A start that cannot stand alone
// borrows what the end has: "July" in "July – December 2017" takes 2017,
// "13" in "13–15 December 2017" takes the month, "100" in "100 - 44 BC"
// takes the era, "45" in "1939–45" takes the century.
func (cp *cellParser) rangeOf(a, b string) (timeline.Span, bool, error) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if d := strings.TrimSuffix(a, "."); allDigits(d) && len(d) <= 2 {
		a = d // German "13." of "13.–15. Dezember 2017"
	}
	if allDigits(a) && allDigits(b) && len(a) == 4 && len(b) == 2 {
		b = a[:2] + b
	}
	end, err := cp.parseDate(b)
	if err != nil || end.IsVague() {
		return timeline.Span{}, false, nil
	}
	var start timeline.Date
	switch {
	case allDigits(a) && end.Prec == timeline.Day && len(a) <= 2:
		start, err = cp.parseDate(fmt.Sprintf("%s-%02d-%02d", timeline.Date{Prec: timeline.Year, Year: end.Year}, end.Month, atoi(a)))
	case allDigits(a) && end.Year < 0 && end.Prec == timeline.Year:
		start, err = cp.parseDate(a + " BC")
	case barePeriodRe.MatchString(a) && (end.Prec == timeline.Quarter || end.Prec == timeline.Half):
		// "Q3" in "Q3 – Q4 2026" takes the year
		start, err = cp.parseDate(a + " " + strconv.Itoa(end.Year))
	case monthOf(a) > 0 && end.Prec >= timeline.Month:
		start, err = cp.parseDate(a + " " + strconv.Itoa(abs(end.Year)) + yearEra(end.Year))
	case seasonOf(a) != timeline.NoSeason && end.Prec == timeline.Season:
		// "Spring/Summer 1944"; "Winter/Spring 1945" starts in the
		// winter that ends in 1945, which began in December 1944.
		y := end.Year
		if seasonOf(a) == timeline.Winter && end.Season != timeline.Winter {
			y--
			if y == 0 {
				y = -1
			}
		}
		start, err = cp.parseDate(a + " " + strconv.Itoa(abs(y)) + yearEra(y))
	case end.Prec >= timeline.Day && end.Year > 0 && dayMonthNoYear(a):
		// "Sat 15 Nov" in "Sat 15 Nov - Sun 16 Nov 2025" takes the
		// end's year, or the year before when that would start after
		// the end ("Sun 28 Dec - Sat 3 Jan 2026"); a weekday is checked
		// against the day
		start, err = cp.parseDate(a + " " + strconv.Itoa(end.Year))
		if (err != nil || start.Start().After(end.Start())) && end.Year > 1 && cellMonth(a) > end.Month {
			if prev, perr := cp.parseDate(a + " " + strconv.Itoa(end.Year-1)); perr == nil && !prev.Start().After(end.Start()) {
				start, err = prev, nil
			}
		}
	default:
		start, err = cp.parseDate(a)
	}
	if err != nil || start.IsVague() {
		return timeline.Span{}, false, nil
	}
	sp := timeline.Span{Start: start, End: end}
	if start.Start().After(end.Start()) {
		return sp, true, fmt.Errorf("range ends (%s) before it starts (%s)", end, start)
	}
	return sp, true, nil
}

// dayMonthNoYear reports whether s is a day of a month with no year,
// perhaps after its weekday: "15 Nov", "Sat 15 Nov", "Nov 15".
func dayMonthNoYear(s string) bool {
	month, day := false, false
	for _, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		switch {
		case monthOf(w) > 0:
			month = true
		case allDigits(w) && len(w) <= 2:
			day = true
		case weekdayNames[strings.ToLower(strings.TrimSuffix(w, "."))] != 0 || strings.EqualFold(strings.TrimSuffix(w, "."), "sun") || strings.EqualFold(strings.TrimSuffix(w, "."), "sunday"):
		default:
			return false
		}
	}
	return month && day
}

// cellMonth returns the month a cell's words name, or 0.
func cellMonth(s string) int {
	for _, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		if m := monthOf(w); m > 0 {
			return m
		}
	}
	return 0
}

// asciiLower lower-cases the ASCII letters of s and leaves every other
// byte as it is, so that an offset in the result is one in s
// (strings.ToLower may change the length: invalid UTF-8 becomes U+FFFD).
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func yearEra(y int) string {
	if y < 0 {
		return " BC"
	}
	return ""
}

// dayRange reads "13-15 December 2017", "December 13-15, 2017" and
// German "13.-15. Dezember 2017".
func (cp *cellParser) dayRange(s string) (timeline.Span, bool) {
	toks := tokenize(s)
	var nums []int
	month := 0
	shape := ""
	for _, t := range toks {
		switch {
		case t.kind == tokNum:
			nums = append(nums, t.val)
			shape += "n"
		case t.kind == tokWord && monthOf(t.text) > 0:
			month = monthOf(t.text)
			shape += "m"
		case t.kind == tokSep && (t.text == "-" || t.text == "–"):
			shape += "-"
		case t.kind == tokSep && t.text == ",":
		case t.kind == tokSep && t.text == "." && strings.HasSuffix(shape, "n"):
			// German "13.-15. Dezember 2017": a day's ordinal dot
		default:
			return timeline.Span{}, false
		}
	}
	var d1, d2, y int
	switch shape {
	case "n-nmn":
		d1, d2, y = nums[0], nums[1], nums[2]
	case "mn-nn":
		d1, d2, y = nums[0], nums[1], nums[2]
	default:
		return timeline.Span{}, false
	}
	if y < 100 || y > 9999 || d1 < 1 || d2 <= d1 || d2 > daysIn(y, month) {
		return timeline.Span{}, false
	}
	return timeline.Span{
		Start: timeline.Date{Prec: timeline.Day, Year: y, Month: month, Day: d1},
		End:   timeline.Date{Prec: timeline.Day, Year: y, Month: month, Day: d2},
	}, true
}

// parseDate reads one date at the precision it is written at.
func (cp *cellParser) parseDate(s string) (timeline.Date, error) {
	s = normalizeSpace(s)
	if rest, ok := uncertain(s); ok {
		d, err := cp.parseDate(rest)
		return approx(d), err
	}
	if d, err, ok := cp.single(s); ok {
		return d, err
	}
	if d, ok := cp.humanDate(s); ok {
		return d, nil // "midway through 15 December 2017", an end of a range
	}
	if err := cp.badMonth(s); err != nil {
		return timeline.Date{}, err
	}
	return parseFallback(s, cp.order == DayFirst)
}

// timexShape matches the TIMEX3 values with a week, quarter, half or
// season, or a time of day, that a person may mistype.
var timexShape = regexp.MustCompile(`^(BC)?[0-9]{4}-(W[0-9]|Q[0-9]|H[0-9]|[0-9]{2}-[0-9]{2}T[0-9])`)

// uncertain cuts the question mark that marks a date as uncertain
// ("1450?", "1450s?", "June 1944 ?"). ok is false when s has none, or is
// nothing else.
func uncertain(s string) (rest string, ok bool) {
	if r, ok := strings.CutPrefix(s, "~"); ok && r != "" {
		return strings.TrimSpace(r), true // "~1450"
	}
	if m := approxNoteRe.FindStringSubmatchIndex(s); m != nil && m[0] > 0 {
		return strings.TrimSpace(s[:m[0]]), true // "1450 (approx.)", "1450 (?)"
	}
	rest, ok = strings.CutSuffix(s, "?")
	rest = strings.TrimSpace(rest)
	return rest, ok && rest != "" && !strings.HasSuffix(rest, "?")
}

// seasonYearsRe is a season of two years written with a dash: "Winter
// 2017–18", "2017–18 winter", "2017 — 2018 winter".
var seasonYearsRe = regexp.MustCompile(`^(?:(\pL+)\s+)?([0-9]{4})\s*[–—-]\s*([0-9]{2}|[0-9]{4})(?:\s+(\pL+))?$`)

// seasonShortYearRe is a season with its year cut to two digits after an
// apostrophe: "Summer '69".
var seasonShortYearRe = regexp.MustCompile(`^(\pL+)\s+['’]([0-9]{2})$`)

// seasonYearsDash writes the dash of a season of two years (see
// seasonYearsRe) as the slash the season's shape reads, "Winter
// 2017/18": split at the dash as a range, "2017–18 winter" would run
// from the year 2017 to the winter of 2018-19. A season's two-digit year
// (see seasonShortYearRe) it writes whole.
func seasonYearsDash(s string) string {
	if m := seasonShortYearRe.FindStringSubmatch(s); m != nil && seasonNames[strings.ToLower(m[1])] != timeline.NoSeason {
		// "Summer '69": the year as "December '69" reads it, 1969
		return m[1] + " " + strconv.Itoa(twoDigitYear(atoi(m[2])))
	}
	m := seasonYearsRe.FindStringSubmatch(s)
	if m == nil || (m[1] == "") == (m[4] == "") || seasonNames[strings.ToLower(m[1]+m[4])] == timeline.NoSeason {
		return s
	}
	if m[1] != "" {
		return m[1] + " " + m[2] + "/" + m[3]
	}
	return m[2] + "/" + m[3] + " " + m[4]
}

// unknownDigitsRe is a year whose last digits are not known, written
// with question marks or Xs as archives and family trees write them:
// "189?", "18??", "189X", "18XX".
var unknownDigitsRe = regexp.MustCompile(`^([1-9][0-9]{1,2})(\?+|[xX]+)$`)

// unknownDigits reads a year whose last digits are not known (see
// unknownDigitsRe) as the decade or century they leave: "189?" is the
// 1890s, "18??" the 1800s, as TIMEX3 writes them (189, 18). It is never
// the year 189 that "189" alone, or "189?" read as an uncertain year,
// would be.
func unknownDigits(s string) (timeline.Span, bool) {
	m := unknownDigitsRe.FindStringSubmatch(s)
	if m == nil || len(m[1])+len(m[2]) != 4 {
		return timeline.Span{}, false
	}
	prec := timeline.Decade
	if len(m[2]) == 2 {
		prec = timeline.Century
	}
	n := atoi(m[1])
	year := n * 10
	if prec == timeline.Century {
		year = n * 100
	}
	return timeline.Span{Start: timeline.Date{Prec: prec, Year: year}}, true
}

// unknownPartRe is an ISO date whose day, or month and day, are not known:
// "1890-03-??", "1890-03-XX", "1890-XX-XX" (TIMEX3 writes them so).
var unknownPartRe = regexp.MustCompile(`^([0-9]{4})-([0-9]{2}|\?\?|XX|xx)-(\?\?|XX|xx)$`)

// unknownSlashRe is a numeric date with question marks or Xs for a part
// it does not know: "??/03/1890", "03/??/1890", "XX/XX/1890".
var unknownSlashRe = regexp.MustCompile(`^([0-9]{1,2}|\?\??|XX|xx)[/.]([0-9]{1,2}|\?\??|XX|xx)[/.]([0-9]{4})$`)

// unknownDayRe is a day not known beside a month's name: "March ?, 1890",
// "? March 1890".
var unknownDayRe = regexp.MustCompile(`^(?:([A-Za-z]+\.?)\s+\?\??,?|\?\??\s+([A-Za-z]+\.?))\s+([0-9]{4})$`)

// unknownParts reads a date with a part not known (see unknownPartRe,
// unknownSlashRe and unknownDayRe) at what it does say: "1890-03-??" and
// "??/03/1890" in a day-first sheet are March 1890, "1890-XX-XX" the year
// 1890. A numeric day-month pair is read in the sheet's order, and only
// when it is known: in a sheet that does not say, "??/03/1890" may have
// an unknown month, and is the year.
func (cp *cellParser) unknownParts(s string) (timeline.Span, bool) {
	known := func(p string) bool { return p != "" && p[0] >= '0' && p[0] <= '9' }
	var year int
	month := ""
	switch {
	case unknownPartRe.MatchString(s):
		m := unknownPartRe.FindStringSubmatch(s)
		year = atoi(m[1])
		if known(m[2]) {
			month = m[2]
		}
	case unknownSlashRe.MatchString(s):
		m := unknownSlashRe.FindStringSubmatch(s)
		if known(m[1]) && known(m[2]) {
			return timeline.Span{}, false // a whole date: read as ever
		}
		year = atoi(m[3])
		if cp.order == DayFirst {
			month = m[2]
		} else if cp.order == MonthFirst {
			month = m[1]
		}
		if !known(month) {
			month = ""
		}
	case unknownDayRe.MatchString(s):
		m := unknownDayRe.FindStringSubmatch(s)
		sp, err := cp.parseSpan(m[1] + m[2] + " " + m[3])
		if err != nil || sp.IsRange() || sp.Start.Prec != timeline.Month {
			return timeline.Span{}, false
		}
		return sp, true
	default:
		return timeline.Span{}, false
	}
	if month == "" {
		return timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: year}}, true
	}
	if mo := atoi(month); mo >= 1 && mo <= 12 {
		return timeline.Span{Start: timeline.Date{Prec: timeline.Month, Year: year, Month: mo}}, true
	}
	return timeline.Span{}, false
}

// approxNoteRe is a note after a date that says it is approximate: "(approx.)",
// "(?)", "approx.", "(circa)" (but "(est.)" is a plan's status, see noted).
var approxNoteRe = regexp.MustCompile(`(?i)\s*(?:\((?:approx\.?|approximately|\?|circa|c\.|ca\.)\)|approx\.?)$`)

// uncertainStartRe is a range whose start is marked uncertain: "1200?-1250".
var uncertainStartRe = regexp.MustCompile(`^([^?]+)\?\s*([-–—]|to)\s*([^?]+)$`)

// approx marks a date as approximate (mod APPROX), unless it has a mod of
// its own ("early 1990s?" stays early: TIMEX3 has one mod a date) or is
// no date.
func approx(d timeline.Date) timeline.Date {
	if d.Prec != timeline.PrecisionNone && d.Mod == timeline.ModNone {
		d.Mod = timeline.ModApprox
	}
	return d
}

// badMonth reports a TIMEX3 month value with a month that does not exist
// ("2017-13", a slip in a hand-edited events.csv), which would otherwise be
// read as a range of years (1939-45), backwards. In a sheet of TIMEX3
// values (our events.csv) YYYY-NN is always a month; elsewhere it is a
// range when the years run forwards ("2010-13" is 2010 to 2013).
//
// Other values shaped like TIMEX3 ones (2017-W54, 2017-Q5,
// 2017-12-13T25:00) are reported with the reason timeline.ParseDate
// gives.
func (cp *cellParser) badMonth(s string) error {
	if timexShape.MatchString(s) && !strings.ContainsAny(s, "/ ") { // 2017-12-13T15:00/2017-12-13T17:00 is a range
		var ve *timeline.ValueError
		if _, err := timeline.ParseDate(s); errors.As(err, &ve) {
			return errors.New(ve.Reason)
		}
	}
	if len(s) != 7 || s[4] != '-' || !allDigits(s[:4]) || !allDigits(s[5:]) {
		return nil
	}
	m := atoi(s[5:])
	if m >= 1 && m <= 12 {
		return nil
	}
	if !cp.shortTIMEX && m != 0 && atoi(s[:2]+s[5:]) > atoi(s[:4]) {
		return nil
	}
	return fmt.Errorf("month %s is not 01 to 12", s[5:])
}

// single reads one date from the forms we know (TIMEX3 values and the
// shapes people type). ok is false when s has none of them.
func (cp *cellParser) single(s string) (d timeline.Date, err error, ok bool) {
	if s == "" {
		return timeline.Date{}, errors.New("empty date"), true
	}
	if d, ok := cp.timex(s); ok {
		return d, nil, true
	}
	if d, err, ok := periodForm(s); ok {
		return d, err, true
	}
	return cp.shapes(s)
}

// timex reads a TIMEX3 value, including the ISO forms with a space for the
// T, fractional seconds and a zone.
func (cp *cellParser) timex(s string) (timeline.Date, bool) {
	if allDigits(s) && len(s) < 4 && !cp.shortTIMEX {
		return timeline.Date{}, false // "800" is a year, read by shapes
	}
	v := s
	if len(v) > 10 && v[4] == '-' && v[10] == ' ' {
		v = v[:10] + "T" + strings.TrimSpace(v[11:])
	}
	if i := strings.IndexByte(v, '.'); i > 0 && strings.Contains(v, "T") {
		j := i + 1
		for j < len(v) && v[j] >= '0' && v[j] <= '9' {
			j++
		}
		if j > i+1 {
			v = v[:i] + v[j:] // 15:04:05.123Z keeps its second precision
		}
	}
	if d, err := timeline.ParseDate(v); err == nil {
		return d, true
	}
	return timeline.Date{}, false
}

type tokKind uint8

const (
	tokNum tokKind = iota
	tokWord
	tokSep
)

type token struct {
	kind    tokKind
	text    string // as written (words lower-cased, without a final '.')
	val     int    // numbers
	digits  int    // numbers: how many digits
	ordinal bool   // numbers written 13th, 1st
	space   bool   // preceded by white space
}

// tokenize splits a date cell into numbers, words and separators. White
// space separates but is not a token.
func tokenize(s string) []token {
	var toks []token
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			t := token{kind: tokNum, text: s[i:j], digits: j - i, space: space}
			if t.digits <= 9 {
				t.val, _ = strconv.Atoi(t.text)
			} else {
				t.val = -1
			}
			if j+2 <= len(s) {
				switch strings.ToLower(s[j : j+2]) {
				case "st", "nd", "rd", "th", "er": // 13th, 1er (French)
					if (j+2 == len(s) || !isLetter(s[j+2])) && (t.digits <= 2 || s[j] != 'e' && s[j] != 'E') {
						t.ordinal = true
						j += 2
					}
				}
			}
			// 1º, 1.º, 1ª (Spanish, Portuguese), 1° (Italian).
			for _, ind := range []string{"º", ".º", "ª", ".ª", "°"} {
				if strings.HasPrefix(s[j:], ind) {
					t.ordinal = true
					j += len(ind)
					break
				}
			}
			toks = append(toks, t)
			// 15h30, 9h (French, Portuguese): the h is the colon of a
			// time of day, or says that the number is an hour.
			if j < len(s) && (s[j] == 'h' || s[j] == 'H') && !t.ordinal && t.digits <= 2 {
				k := j + 1
				for k < len(s) && s[k] >= '0' && s[k] <= '9' {
					k++
				}
				switch {
				case k-j-1 == 2 && (k == len(s) || !isLetter(s[k])):
					toks = append(toks, token{kind: tokSep, text: ":"})
					j++
				case k == j+1 && (k == len(s) || !isLetter(s[k])):
					toks = append(toks, token{kind: tokWord, text: "h"})
					j++
				}
			}
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && r != '.' && r != '\'' {
					break
				}
				j += size
			}
			w := strings.ToLower(s[i:j])
			// "B.C." and "a.m." keep their dots inside; a final dot ends an
			// abbreviation ("Dec.") and is dropped.
			w = strings.TrimRight(w, ".")
			if (w == "q" || w == "h") && j < len(s) && s[j] >= '0' && s[j] <= '9' {
				w += s[j : j+1] // Q3, H1
				j++
			}
			toks = append(toks, token{kind: tokWord, text: foldAccents(strings.ReplaceAll(w, ".", "")), space: space})
			i = j
		default:
			toks = append(toks, token{kind: tokSep, text: string(r), space: space})
			i += size
		}
		space = false
	}
	return toks
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

func monthOf(w string) int {
	return monthNames[foldAccents(strings.ToLower(strings.TrimSuffix(w, ".")))]
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

var seasonNames = map[string]timeline.SeasonCode{
	"spring": timeline.Spring, "summer": timeline.Summer, "autumn": timeline.Fall,
	"fall": timeline.Fall, "winter": timeline.Winter,
}

func seasonOf(w string) timeline.SeasonCode {
	return seasonNames[foldAccents(strings.ToLower(strings.TrimSpace(w)))]
}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

var modWords = map[string]timeline.Mod{
	"c": timeline.ModApprox, "ca": timeline.ModApprox, "circa": timeline.ModApprox,
	"about": timeline.ModApprox, "around": timeline.ModApprox, "approx": timeline.ModApprox,
	"approximately": timeline.ModApprox, "early": timeline.ModStart, "mid": timeline.ModMid,
	"late": timeline.ModEnd, "before": timeline.ModBefore, "after": timeline.ModAfter,
	// a family tree's (GEDCOM's) abbreviations: "abt. 1820", "bef. 1900",
	// "aft. 1881", "est. 1830", "cal. 1830" (worked out from an age)
	"abt": timeline.ModApprox, "bef": timeline.ModBefore, "aft": timeline.ModAfter,
	"est": timeline.ModApprox, "estimated": timeline.ModApprox, "cal": timeline.ModApprox,
	"calculated": timeline.ModApprox,
	// "by 1900": on or before it, as timeline.Date.Human writes the mod
	"by": timeline.ModOnOrBefore,
}

// zones are the zone abbreviations a time may carry, in minutes east of UTC.
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
	"mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "cet": 60, "cest": 120,
	"eet": 120, "eest": 180, "bst": 60, "wet": 0, "west": 60, "msk": 180, "ist": 330,
	"jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480, "acst": 570, "acdt": 630,
	"aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "sast": 120, "cat": 120, "eat": 180,
	"hst": -600, "akst": -540, "akdt": -480, "ast": -240, "adt": -180,
	"npt": 345, "pkt": 300, "ict": 420, "pht": 480, "myt": 480, "irst": 210, "trt": 180, "wat": 60,
	"gst": 240, "nst": -210, "ndt": -150, "brt": -180,
}

// clock is a time of day read from the end of a cell.
type clock struct {
	prec         timeline.Precision // Hour, Minute or Second; PrecisionNone when absent
	h, m, s      int
	zone         int
	hasZone      bool
	consumedFrom int // index of the first token of the time
}

// shapes reads the date forms people type, from tokens. ok is false when
// the cell has none of the known shapes (the fallback then tries).
func (cp *cellParser) shapes(s string) (d timeline.Date, err error, ok bool) {
	toks := tokenize(s)
	mod := timeline.ModNone
	bc, ad := false, false
	var weekday *time.Weekday
	// Leading modifiers and fillers.
	for len(toks) > 0 && toks[0].kind == tokWord {
		w := toks[0].text
		if m, isMod := modWords[w]; isMod && mod == timeline.ModNone {
			mod = m
		} else if leadFillers[w] {
		} else if w == "ad" || w == "ce" {
			ad = true
		} else {
			break
		}
		toks = toks[1:]
		for len(toks) > 0 && toks[0].kind == tokSep && (toks[0].text == "-" || toks[0].text == ",") {
			toks = toks[1:] // "mid-2017", "c.-800"
		}
	}
	// Trailing era.
	if n, isBC := trailingEra(toks); n > 0 {
		bc, ad = isBC, !isBC
		toks = toks[:len(toks)-n]
	}
	// A weekday anywhere is checked against the date, then dropped; so are
	// commas and "of" (and "de": "15 de marzo de 2023").
	kept := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokWord {
			if wd, isWD := weekdayNames[t.text]; isWD {
				wd := wd
				weekday = &wd
				if i+2 < len(toks) && toks[i+1].text == "-" && toks[i+2].text == "feira" {
					i += 2 // segunda-feira
				}
				continue
			}
			if innerFillers[t.text] {
				continue
			}
		}
		if t.kind == tokSep && t.text == "," {
			continue
		}
		if t.kind == tokSep && t.text == "." && i > 0 && toks[i-1].kind == tokNum && toks[i-1].digits <= 2 &&
			i+1 < len(toks) && toks[i+1].kind == tokWord && monthOf(toks[i+1].text) > 0 {
			continue // 15. März 2023: German writes the day as an ordinal
		}
		kept = append(kept, t)
	}
	toks = kept
	ck, toks, cerr := takeClock(toks)
	if cerr != nil {
		return timeline.Date{}, cerr, true
	}
	if dual, isDual := dualYear(toks); isDual && !bc {
		// A weekday is not checked: it is of the calendar of the day,
		// often the Julian one.
		d, ok, err = cp.dualShape(dual, ad)
		weekday = nil
	} else {
		d, ok, err = cp.dateShape(toks, bc || ad)
	}
	if !ok {
		return timeline.Date{}, nil, false
	}
	if err != nil {
		return d, err, true
	}
	if bc {
		if d.Prec >= timeline.Month {
			// "August 480 BC": TIMEX3 values have no BC month; the year,
			// with the cell's words kept as the date text
			d = timeline.Date{Prec: timeline.Year, Year: d.Year, Mod: d.Mod}
		}
		if d.Year > 0 {
			d.Year = -d.Year
		}
	}
	if ck.prec != timeline.PrecisionNone {
		if d.Prec != timeline.Day {
			return timeline.Date{}, errors.New("a time of day needs a full date"), true
		}
		d.Prec, d.Hour, d.Minute, d.Second = ck.prec, ck.h, ck.m, ck.s
		d.Zone, d.HasZone = ck.zone, ck.hasZone
	}
	if weekday != nil {
		if t, isDay := d.Time(); isDay && t.Weekday() != *weekday {
			return d, fmt.Errorf("%s was a %s, not a %s", d.DayOf(), t.Weekday(), *weekday), true
		} else if !isDay {
			return timeline.Date{}, errors.New("a weekday needs a full date"), true
		}
	}
	d.Mod = mod
	return d, nil, true
}

// dualYear reports whether toks are a day or a month with a dual year
// ("1 Jan 1850/51", "12 February 1783/4", "Jan 1749/50"): a month word,
// then a year of four digits and, after a slash, the year after it (see
// nextYear). It returns the tokens with the later year, written in full,
// for the two.
func dualYear(toks []token) ([]token, bool) {
	n := len(toks)
	if n < 4 {
		return nil, false
	}
	y, slash, b := toks[n-3], toks[n-2], toks[n-1]
	if y.kind != tokNum || y.digits != 4 || y.ordinal || slash.text != "/" || b.kind != tokNum || b.ordinal ||
		slash.space || b.space || b.digits == 3 || b.digits > 4 || !nextYear(y.val, b.text) {
		return nil, false
	}
	month := false
	for _, t := range toks[:n-3] {
		month = month || t.kind == tokWord && monthOf(t.text) > 0
	}
	if !month {
		return nil, false
	}
	later := y
	later.val++
	later.text = strconv.Itoa(later.val)
	return append(toks[:n-3:n-3], later), true
}

// dualShape reads a day or a month with a dual year (see dualYear), toks
// ending with the later year. A day between 1 January and 24 March (a
// month from January to March) is of the later year, the year that began
// in January, as historians give it now ("12 February 1783/4" is
// 1784-02-12); a later day is of the earlier year, which both reckonings
// give it.
func (cp *cellParser) dualShape(toks []token, hasEra bool) (timeline.Date, bool, error) {
	d, ok, err := cp.dateShape(toks, hasEra)
	if !ok || err != nil || d.Prec < timeline.Month || d.Month < 3 || d.Month == 3 && (d.Prec < timeline.Day || d.Day < 25) {
		return d, ok, err
	}
	earlier := slices.Clone(toks)
	y := &earlier[len(earlier)-1]
	y.val--
	y.text = strconv.Itoa(y.val)
	return cp.dateShape(earlier, hasEra)
}

// trailingEra reports how many tokens at the end of toks name an era
// ("BC", "a. C.", "av. J.-C.", "v. Chr."; see eras), hyphens between them
// included, and whether it is before Christ. n is 0 when they name none.
func trailingEra(toks []token) (n int, bc bool) {
	for _, e := range eras {
		i, w := len(toks), len(e.words)
		for w > 0 && i > 0 {
			t := toks[i-1]
			if t.kind == tokSep && t.text == "-" && w < len(e.words) {
				i--
				continue
			}
			if t.kind != tokWord || t.text != e.words[w-1] {
				break
			}
			i--
			w--
		}
		if w == 0 && i > 0 {
			return len(toks) - i, e.bc
		}
	}
	return 0, false
}

// takeClock removes a time of day from the end of the tokens: 15:04,
// 15:04:05, 3pm, 3:15 p.m., with an optional zone (Z, UTC, EST, +01:00).
func takeClock(toks []token) (clock, []token, error) {
	var ck clock
	n := len(toks)
	// Zone.
	if n > 0 && toks[n-1].kind == tokWord {
		if z, isZone := zones[toks[n-1].text]; isZone && n >= 2 && toks[n-2].kind != tokWord || isZone && n >= 2 && isAMPM(toks[n-2].text) {
			ck.zone, ck.hasZone = z, true
			n--
		}
	}
	if !ck.hasZone && n >= 6 && (toks[n-4].text == "+" || toks[n-4].text == "-" || toks[n-4].text == "−") && toks[n-3].kind == tokNum &&
		toks[n-2].text == ":" && toks[n-1].kind == tokNum && toks[n-3].digits == 2 && toks[n-1].digits == 2 {
		// +01:00 after the time, or "UTC−05:00" as timeline.Date.Human
		// writes an offset (with a minus sign, U+2212)
		k := n - 5
		utc := toks[k].kind == tokWord && (toks[k].text == "utc" || toks[k].text == "gmt")
		if utc {
			k--
		}
		if k >= 1 && toks[k].kind == tokNum && toks[k-1].text == ":" {
			sign := 1
			if toks[n-4].text != "+" {
				sign = -1
			}
			if toks[n-3].val > 14 || toks[n-1].val > 59 {
				return ck, toks, errors.New("time zone out of range")
			}
			ck.zone, ck.hasZone = sign*(toks[n-3].val*60+toks[n-1].val), true
			n = k + 1
		}
	}
	pm, am, hourWord := false, false, false
	if n > 1 && toks[n-1].kind == tokWord && hourWords[toks[n-1].text] && toks[n-2].kind == tokNum && toks[n-2].digits <= 2 {
		hourWord = true // 15 Uhr, 15:30 h
		n--
	}
	if n > 0 && !hourWord && toks[n-1].kind == tokWord && isAMPM(toks[n-1].text) {
		pm = strings.HasPrefix(toks[n-1].text, "p")
		am = !pm
		n--
	} else if n > 2 && !hourWord && toks[n-1].text == "m" && (toks[n-2].text == "a" || toks[n-2].text == "p") && toks[n-3].kind == tokNum {
		pm = toks[n-2].text == "p" // 10:30 p. m. (Spanish)
		am = !pm
		n -= 2
	}
	// h(:mm(:ss)?)?, or h.mm before am or pm or an hour word, as Britain
	// writes it ("7.30pm"): a dot alone joins a day and a month (12.03)
	var parts []int
	for n > 0 && toks[n-1].kind == tokNum && toks[n-1].digits <= 2 && !toks[n-1].ordinal {
		parts = append([]int{toks[n-1].val}, parts...)
		n--
		if n > 0 && (toks[n-1].text == ":" || toks[n-1].text == "." && (am || pm || hourWord) && len(parts) == 1 && toks[n].digits == 2) && len(parts) < 3 {
			n--
			continue
		}
		break
	}
	hasColon := len(parts) >= 2
	if !hasColon && !(am || pm || hourWord) || len(parts) == 0 {
		if ck.hasZone || am || pm || hourWord {
			return ck, toks, errors.New("cannot read the time of day")
		}
		return clock{}, toks, nil
	}
	if n > 0 && toks[n-1].kind == tokWord && toks[n-1].text == "t" {
		n-- // an ISO T that did not parse as TIMEX3
	} else {
		for k := 0; k < 2 && n > 0 && toks[n-1].kind == tokWord && clockWords[toks[n-1].text]; k++ {
			n-- // at, a las, à, um, às, alle, om
		}
	}
	ck.h = parts[0]
	// A time written to the hour ("7pm", "15 Uhr") is 19:00, to the
	// minute, as the tagger writes it (and our events.csv: T19:00).
	ck.prec = timeline.Minute
	if len(parts) > 1 {
		ck.m, ck.prec = parts[1], timeline.Minute
	}
	if len(parts) > 2 {
		ck.s, ck.prec = parts[2], timeline.Second
	}
	if am || pm {
		if ck.h < 1 || ck.h > 12 {
			return ck, toks, fmt.Errorf("hour %d is not on a 12-hour clock", ck.h)
		}
		if pm && ck.h != 12 {
			ck.h += 12
		} else if am && ck.h == 12 {
			ck.h = 0
		}
	}
	if ck.h > 23 || ck.m > 59 || ck.s > 60 {
		return ck, toks, errors.New("time of day out of range")
	}
	ck.consumedFrom = n
	return ck, toks[:n], nil
}

func isAMPM(w string) bool { return w == "am" || w == "pm" || w == "a" || w == "p" }

// dateShape reads the date part (no modifiers, era, weekday or time).
// hasEra says an era was written (so "44" is a year, not a century).
func (cp *cellParser) dateShape(toks []token, hasEra bool) (timeline.Date, bool, error) {
	shape := make([]byte, 0, len(toks))
	for _, t := range toks {
		switch {
		case t.kind == tokNum && t.ordinal:
			shape = append(shape, 'o')
		case t.kind == tokNum:
			shape = append(shape, 'n')
		case t.kind == tokWord && monthOf(t.text) > 0:
			shape = append(shape, 'm')
		case t.kind == tokWord:
			shape = append(shape, 'w')
		case t.text == "/" || t.text == "." || t.text == "-":
			shape = append(shape, '/')
		default:
			shape = append(shape, '?')
		}
	}
	year := func(t token) (int, error) {
		switch {
		case t.val < 0 || t.digits > 4:
			return 0, fmt.Errorf("year %s out of range", t.text)
		case t.digits == 2 && !hasEra:
			return twoDigitYear(t.val), nil
		case t.val == 0:
			return 0, errors.New("there is no year 0")
		}
		return t.val, nil
	}
	day := func(y, m int, t token) (timeline.Date, error) {
		if t.val < 1 || t.val > daysIn(y, m) {
			return timeline.Date{}, fmt.Errorf("day %d out of range for %s", t.val, time.Month(m))
		}
		return timeline.Date{Prec: timeline.Day, Year: y, Month: m, Day: t.val}, nil
	}
	ok := true
	var d timeline.Date
	var err error
	switch string(shape) {
	case "n": // 1066, 44 (with an era), 800
		if toks[0].digits == 5 && !hasEra && toks[0].val >= 20000 && toks[0].val <= 80000 {
			// 45292: a spreadsheet's serial day number (days since 30
			// December 1899), as Excel and LibreOffice export a date cell
			// formatted as a number
			t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, toks[0].val)
			return timeline.FromTime(t, timeline.Day), true, nil
		}
		if (toks[0].digits == 10 || toks[0].digits == 13) && !hasEra {
			// 1718870400: seconds since 1970 (milliseconds with 13
			// digits), as logs and feeds write a moment
			sec, _ := strconv.ParseInt(toks[0].text, 10, 64)
			ms := int64(0)
			if toks[0].digits == 13 {
				sec, ms = sec/1000, sec%1000
			}
			if tt := time.Unix(sec, ms*1e6).UTC(); tt.Year() >= 1971 && tt.Year() <= 2200 {
				d := timeline.FromTime(tt, timeline.Second)
				d.HasZone = true
				return d, true, nil
			}
		}
		if toks[0].digits == 8 && !hasEra {
			// 20250721: an ISO 8601 date in its basic form, as calendars
			// export an all-day event's DTSTART
			v := toks[0].val
			if y, m, dd := v/10000, v/100%100, v%100; y >= 1000 && m >= 1 && m <= 12 && dd >= 1 && dd <= daysIn(y, m) {
				return timeline.Date{Prec: timeline.Day, Year: y, Month: m, Day: dd}, true, nil
			}
		}
		if toks[0].digits > 4 {
			return d, true, fmt.Errorf("%s is not a year", toks[0].text)
		}
		if toks[0].val == 0 {
			return d, true, errors.New("there is no year 0")
		}
		d = timeline.Date{Prec: timeline.Year, Year: toks[0].val}
	case "nw": // 1990s, 1800s; 1944 spring, 2017 Q3
		if toks[1].text == "er" && !toks[1].space {
			toks[1].text = "s" // 1990er (German)
		}
		if toks[1].text != "s" && toks[1].text != "'s" {
			return periodOf(toks[1].text, toks[0], year)
		}
		if toks[0].digits != 4 || toks[0].val%10 != 0 || toks[1].space {
			return d, false, nil
		}
		if toks[0].val%100 == 0 && toks[0].val != 2000 {
			// (but "the 2000s" is the decade, as the tagger reads it:
			// no one yet means this century by it)
			d = timeline.Date{Prec: timeline.Century, Year: toks[0].val}
		} else {
			d = timeline.Date{Prec: timeline.Decade, Year: toks[0].val}
		}
	case "ow": // 19th century, 2nd millennium
		n := toks[0].val
		switch toks[1].text {
		case "century", "c":
			d = timeline.Date{Prec: timeline.Century, Year: (n - 1) * 100}
		case "millennium":
			d = timeline.Date{Prec: timeline.Millennium, Year: (n - 1) * 1000}
		default:
			return d, false, nil
		}
		if n < 1 || n > 99 {
			return d, true, fmt.Errorf("ordinal %d out of range", n)
		}
	case "mn", "m/n": // Jul 2017, July, 2017, Jul-17
		if string(shape) == "mn" && toks[1].digits <= 2 && toks[1].val >= 1 && toks[1].val <= 31 && !hasEra {
			// "June 2", "Mar 25", "Dec 13": a day without its year, as
			// America writes a day, not the year AD 2 or 2013 (a year cut
			// to two digits is joined by a dash, Excel's "Mar-25", or
			// marked, "Mar '25"; "May 68", which is no day, is May 1968)
			return d, true, errors.New("a month and a day, with no year (a month and a year of two digits is written \"Mar-25\")")
		}
		y, e := year(toks[len(toks)-1])
		d, err = timeline.Date{Prec: timeline.Month, Year: y, Month: monthOf(toks[0].text)}, e
	case "nm": // 2017 July
		if toks[0].digits < 3 {
			return d, false, nil
		}
		y, e := year(toks[0])
		d, err = timeline.Date{Prec: timeline.Month, Year: y, Month: monthOf(toks[1].text)}, e
	case "nmn", "omn", "n/m/n", "o/m/n": // 13 December 2017, 13-Dec-17
		y, e := year(toks[len(toks)-1])
		if e != nil {
			return d, true, e
		}
		d, err = day(y, monthOf(toks[strings.IndexByte(string(shape), 'm')].text), toks[0])
	case "mnn", "mon", "m/n/n": // December 13 2017, Dec 13th 2017
		y, e := year(toks[len(toks)-1])
		if e != nil {
			return d, true, e
		}
		d, err = day(y, monthOf(toks[0].text), toks[len(toks)-2])
	case "n/n/n":
		d, err = cp.numericDay(toks[0], toks[2], toks[4], toks[1].text == toks[3].text)
	case "n/n": // 07/2017, 2017/07, 2017-7
		a, b := toks[0], toks[2]
		switch {
		case a.digits == 4 && b.digits <= 2:
			if b.val > 12 {
				return d, false, nil // 1939-45 is a range
			}
			a, b = b, a
		case b.digits == 4 && a.digits <= 2:
		default:
			return d, false, nil
		}
		if a.val < 1 || a.val > 12 {
			return d, true, fmt.Errorf("month %02d is not 01 to 12", a.val)
		}
		y, e := year(b)
		d, err = timeline.Date{Prec: timeline.Month, Year: y, Month: a.val}, e
	case "wn": // Spring 1944, Q3 2017, H1 2017
		d, ok, err = periodOf(toks[0].text, toks[1], year)
	case "wn/n", "n/nw": // Winter 1941/42, winter 1941-1942, 1941/42 winter
		w, y1, y2 := toks[0], toks[1], toks[3]
		if shape[0] == 'n' {
			w, y1, y2 = toks[3], toks[0], toks[2]
		}
		if seasonNames[w.text] == timeline.NoSeason || y1.digits != 4 || y2.digits != 2 && y2.digits != 4 {
			return d, false, nil
		}
		if y1.val < 1 {
			return d, true, fmt.Errorf("there is no year %s", y1.text)
		}
		if seasonNames[w.text] != timeline.Winter {
			return d, true, fmt.Errorf("only a winter spans two years, not %s", w.text)
		}
		next := y2.val
		if y2.digits == 2 {
			next += y1.val / 100 * 100
			if next < y1.val {
				next += 100 // 1999/00
			}
		}
		if next != y1.val+1 || hasEra {
			return d, true, fmt.Errorf("a winter spans two years that follow each other, not %s/%s", y1.text, y2.text)
		}
		d = timeline.Date{Prec: timeline.Season, Year: y1.val, Season: timeline.Winter}
	case "ww", "www":
		return d, false, nil
	default:
		switch {
		case string(shape) == "wwn" || string(shape) == "own": // third quarter 2017, 2nd half 2017, week 50 2017
			d, ok, err = ordinalPeriod(toks, year)
		case string(shape) == "wnn": // week 50 2017
			if toks[0].text != "week" {
				return d, false, nil
			}
			d, ok, err = weekOf(toks[1].val, toks[2], year)
		default:
			return d, false, nil
		}
	}
	return d, ok, err
}

// periodOf reads a season, quarter or half word before or after a year.
func periodOf(w string, yt token, year func(token) (int, error)) (timeline.Date, bool, error) {
	if yt.digits < 3 && yt.digits != 2 {
		return timeline.Date{}, false, nil
	}
	y, err := year(yt)
	if err != nil {
		return timeline.Date{}, true, err
	}
	if s, isSeason := seasonNames[w]; isSeason {
		return timeline.Date{Prec: timeline.Season, Year: y, Season: s}, true, nil
	}
	if len(w) == 2 {
		n := int(w[1] - '0')
		switch {
		case w[0] == 'q' && n >= 1 && n <= 4:
			return timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}, true, nil
		case w[0] == 'h' && n >= 1 && n <= 2:
			return timeline.Date{Prec: timeline.Half, Year: y, Half: n}, true, nil
		}
	}
	return timeline.Date{}, false, nil
}

// ordinalPeriod reads "third quarter 2017", "2nd half of 2017" (the "of" is
// already gone).
func ordinalPeriod(toks []token, year func(token) (int, error)) (timeline.Date, bool, error) {
	n := toks[0].val
	if toks[0].kind == tokWord {
		n = ordinalWords[toks[0].text]
	}
	y, err := year(toks[2])
	if err != nil {
		return timeline.Date{}, true, err
	}
	switch toks[1].text {
	case "quarter":
		if n >= 1 && n <= 4 {
			return timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}, true, nil
		}
	case "half":
		if n >= 1 && n <= 2 {
			return timeline.Date{Prec: timeline.Half, Year: y, Half: n}, true, nil
		}
	}
	return timeline.Date{}, false, nil
}

func weekOf(w int, yt token, year func(token) (int, error)) (timeline.Date, bool, error) {
	y, err := year(yt)
	if err != nil {
		return timeline.Date{}, true, err
	}
	d, err := timeline.ParseDate(fmt.Sprintf("%04d-W%02d", y, w))
	if err != nil {
		return timeline.Date{}, true, fmt.Errorf("week %d out of range for %d", w, y)
	}
	return d, true, nil
}

// numericDay reads a date of three numbers: y-m-d, d/m/y or m/d/y, the
// last two in the sheet's order unless the numbers themselves decide.
func (cp *cellParser) numericDay(a, b, c token, sameSep bool) (timeline.Date, error) {
	if !sameSep {
		return timeline.Date{}, errors.New("mixed separators in a numeric date")
	}
	var y, m, dd int
	var err error
	var orderErr error
	switch {
	case a.digits == 4: // 2017/12/13
		y, m, dd = a.val, b.val, c.val
	case c.digits == 4 || c.digits == 2:
		y = c.val
		if c.digits == 2 {
			y = twoDigitYear(c.val)
		}
		first, second := a.val, b.val
		dayFirst := cp.order == DayFirst
		switch {
		case first > 12 && second <= 12:
			if cp.order == MonthFirst {
				orderErr = errOrder
			}
			dayFirst = true
		case second > 12 && first <= 12:
			if cp.order == DayFirst {
				orderErr = errOrder
			}
			dayFirst = false
		}
		if dayFirst {
			dd, m = first, second
		} else {
			m, dd = first, second
		}
	default:
		return timeline.Date{}, errors.New("no four-digit year in a numeric date")
	}
	if y == 0 {
		return timeline.Date{}, errors.New("there is no year 0")
	}
	if m < 1 || m > 12 {
		return timeline.Date{}, fmt.Errorf("month %02d is not 01 to 12", m)
	}
	if dd < 1 || dd > daysIn(y, m) {
		return timeline.Date{}, fmt.Errorf("day %d out of range for %s", dd, time.Month(m))
	}
	d := timeline.Date{Prec: timeline.Day, Year: y, Month: m, Day: dd}
	if orderErr != nil {
		err = fmt.Errorf("%w: read as %s", orderErr, d)
	}
	return d, err
}

// twoDigitYear expands a two-digit year as spreadsheets do: 00-29 are
// 2000-2029, 30-99 are 1930-1999.
func twoDigitYear(n int) int {
	if n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

func daysIn(y, m int) int {
	if m < 1 || m > 12 {
		return 0
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseFallback hands a cell no shape matched to dateparse and works out
// the precision from what the cell itself holds: dateparse fills in what
// was not written, and the date must not claim it.
func parseFallback(s string, dayFirst bool) (d timeline.Date, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = timeline.Date{}, fmt.Errorf("cannot read date %q", s)
		}
	}()
	if len(s) > 64 {
		return timeline.Date{}, fmt.Errorf("cannot read date %q", clip(s, 40))
	}
	t, perr := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(!dayFirst), dateparse.RetryAmbiguousDateWithSwap(true))
	if perr != nil {
		if noYear(s) {
			return timeline.Date{}, fmt.Errorf("date %q has no year", s)
		}
		return timeline.Date{}, fmt.Errorf("cannot read date %q", s)
	}
	prec, ok := shapePrecision(s)
	if !ok {
		return timeline.Date{}, fmt.Errorf("cannot tell the precision of %q", s)
	}
	if t.Year() == 0 {
		return timeline.Date{}, fmt.Errorf("date %q has no year", s)
	}
	d = timeline.FromTime(t, prec)
	if prec >= timeline.Hour {
		_, off := t.Zone()
		if hasZoneText(s) {
			d.Zone, d.HasZone = off/60, true
		}
	}
	if _, err := timeline.ParseDate(d.String()); err != nil {
		return timeline.Date{}, fmt.Errorf("cannot read date %q: %v", s, err)
	}
	return d, nil
}

// noYear reports whether s is a day and a month and nothing more that
// could be a year: "13 December", "15 de marzo", "15. März".
func noYear(s string) bool {
	months, days := 0, 0
	for _, t := range tokenize(s) {
		switch {
		case t.kind == tokNum && t.digits <= 2 && t.val >= 1 && t.val <= 31:
			days++
		case t.kind == tokNum:
			return false
		case t.kind == tokWord && monthOf(t.text) > 0:
			months++
		}
	}
	return months == 1 && days == 1
}

// shapePrecision works out a date's precision from the text: its clock
// (hh:mm:ss, hh:mm, h pm), else how many numbers and month names it has.
// ok is false when the text has no year.
func shapePrecision(s string) (timeline.Precision, bool) {
	toks := tokenize(s)
	hasYear := false
	nums, months := 0, 0
	clockParts := 0
	ampm := false
	for i, t := range toks {
		switch t.kind {
		case tokNum:
			inClock := i+1 < len(toks) && toks[i+1].text == ":" || i > 0 && toks[i-1].text == ":"
			switch {
			case inClock:
				clockParts++
			case i > 0 && (toks[i-1].text == "+" || toks[i-1].text == "-") && t.digits == 4 && clockParts > 0:
				// a zone offset -0700
			case t.digits == 4 || t.digits == 3:
				hasYear = true
				nums++
			default:
				nums++
			}
		case tokWord:
			if monthOf(t.text) > 0 {
				months++
			}
			if isAMPM(t.text) {
				ampm = true
			}
		case tokSep:
			if t.text == "'" {
				hasYear = true
			}
		}
	}
	if !hasYear {
		return timeline.PrecisionNone, false
	}
	switch {
	case clockParts >= 3:
		return timeline.Second, true
	case clockParts == 2:
		return timeline.Minute, true
	case ampm:
		return timeline.Minute, true // "7pm" is 19:00, as the tagger reads it
	}
	switch nums + months {
	case 1:
		return timeline.Year, true
	case 2:
		return timeline.Month, true
	case 3:
		return timeline.Day, true
	}
	return timeline.PrecisionNone, false
}

func hasZoneText(s string) bool {
	for _, t := range tokenize(s) {
		if t.kind == tokWord {
			if _, ok := zones[t.text]; ok {
				return true
			}
		}
	}
	return strings.ContainsAny(s, "+") || strings.HasSuffix(s, "Z")
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// normalizeSpace trims s and turns every run of white space (including
// non-breaking spaces) into one space.
func normalizeSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// romanMonthRe is a day, a month in Roman numerals and a year, as Central
// and Eastern Europe, and museums' and archives' catalogues, write a date:
// "13 XII 2017", "3.V.1791", "1-IV-1920".
var romanMonthRe = regexp.MustCompile(`\b(\d{1,2})(?:\.\s*|\s+|-|/)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s*|\s+|-|/)(\d{3,4})\b`)

// romanMonths writes the months of the dates of romanMonthRe in s by
// their names ("13 December 2017"), for the parser to read. A Roman
// numeral without a day and a year beside it ("IV 2020", which may be a
// quarter) is left as it is.
func romanMonths(s string) string {
	if !strings.ContainsAny(s, "IVX") {
		return s
	}
	return romanMonthRe.ReplaceAllStringFunc(s, func(m string) string {
		p := romanMonthRe.FindStringSubmatch(m)
		month := map[string]time.Month{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}[p[2]]
		return p[1] + " " + month.String() + " " + p[3]
	})
}

// serialCell reports whether a date cell is a spreadsheet's serial day
// number, with or without the fraction of the day that is its time:
// 45292, 43082.625 (see serialRe and parseDate's "n").
func serialCell(s string) bool {
	if len(s) == 5 && allDigits(s) {
		v := atoi(s)
		return v >= 20000 && v <= 80000
	}
	_, ok := serialDateTime(s)
	return ok
}
