package text

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// The month names, full and abbreviated, longest first within each month so
// that the alternation prefers "September" to "Sept" to "Sep".
var months = []struct {
	names []string
	n     int
}{
	{[]string{"january", "jany", "jan"}, 1}, {[]string{"february", "feby", "feb"}, 2},
	{[]string{"march", "mar"}, 3}, {[]string{"april", "apr"}, 4},
	{[]string{"may"}, 5}, {[]string{"june", "jun"}, 6}, {[]string{"july", "jul"}, 7},
	{[]string{"august", "augt", "aug"}, 8}, {[]string{"september", "septr", "sept", "sep"}, 9},
	{[]string{"october", "octr", "oct"}, 10}, {[]string{"november", "novr", "nov"}, 11},
	{[]string{"december", "decr", "dec"}, 12},
}

var monthNumber = func() map[string]int {
	m := map[string]int{}
	for _, mo := range months {
		for _, n := range mo.names {
			m[n] = mo.n
		}
	}
	return m
}()

// The numeric date forms found in citation lines, datelines and
// "Published:" lines; the forms with month names are scanned (see
// monthForms).
var (
	isoRe = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	ymdRe = regexp.MustCompile(`\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b`)
	numRe = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	// numDashRe is numRe written with hyphens: "13-12-2017".
	numDashRe = regexp.MustCompile(`\b(\d{1,2})-(\d{1,2})-(\d{4})\b`)
)

// dateMatch is a date found in a line.
type dateMatch struct {
	date       timeline.Date
	start, end int
	noYear     bool // day and month only: date.Year is 0
}

// findDates returns the dates written in s, in order, at the precision they
// were written at (day or month). dayFirst reads 03/04/2017 as 3 April.
func findDates(s string, dayFirst bool) []dateMatch {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []dateMatch
	var bad [][2]int // impossible dates ("31 February 2017"): no month of them either
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.end && b > m.start {
				return true
			}
		}
		for _, m := range bad {
			if a < m[1] && b > m[0] {
				return true
			}
		}
		return false
	}
	add := func(a, b, y, m, d int) {
		if taken(a, b) {
			return
		}
		if dt, ok := makeDate(y, m, d); ok {
			out = append(out, dateMatch{date: dt, start: a, end: b})
		} else {
			bad = append(bad, [2]int{a, b})
		}
	}
	ts := dateTokens(s)
	for _, c := range monthForms(s, ts, dayMonthYear) {
		add(c.start, c.end, c.y, c.m, c.d)
	}
	for _, c := range monthForms(s, ts, monthDayYear) {
		add(c.start, c.end, c.y, c.m, c.d)
	}
	for _, m := range matches(strings.IndexByte(s, '-') >= 0, isoRe, s) {
		add(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if strings.IndexByte(s, '-') >= 0 {
		// "25-Apr-2024", as transcripts' and forms' headers write a day
		for i := 0; i+2 < len(ts); i++ {
			a, b, c := ts[i], ts[i+1], ts[i+2]
			if a.digits >= 1 && a.digits <= 2 && !a.suffix && !a.prevWord && b.month > 0 && c.digits == 4 && !c.nextWord &&
				s[a.end:b.start] == "-" && s[b.end:c.start] == "-" {
				add(a.start, c.end, c.n, b.month, a.n)
			}
		}
	}
	slashDot := strings.ContainsAny(s, "/.")
	for _, m := range matches(slashDot, ymdRe, s) {
		if s[m[3]] == '.' && (m[5]-m[4] < 2 || m[7]-m[6] < 2) || s[m[3]] != s[m[5]] {
			continue // "2023.2.1": a version (a day by periods is written 2023.02.01)
		}
		add(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range matches(slashDot, numRe, s) {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		switch {
		case a > 12 || (dayFirst || s[m[3]] == '.') && b <= 12: // 13.12.2017: periods are written day first
			a, b = b, a // day first
		}
		add(m[0], m[1], atoi(s[m[6]:m[7]]), a, b)
	}
	if strings.IndexByte(s, '-') >= 0 {
		// "Updated: 13-12-2017, 18:40 IST": a day in figures between
		// hyphens, as Indian papers stamp a story, read as the one by
		// slashes (not within a longer run of figures and hyphens: "022-
		// 13-12-2017")
		for _, m := range numDashRe.FindAllStringSubmatchIndex(s, -1) {
			if m[0] > 0 && (s[m[0]-1] == '-' || isDigit(s[m[0]-1])) || m[1] < len(s) && s[m[1]] == '-' {
				continue
			}
			a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
			if a > 12 || dayFirst && b <= 12 {
				a, b = b, a // day first
			}
			add(m[0], m[1], atoi(s[m[6]:m[7]]), a, b)
		}
	}
	for _, c := range monthForms(s, ts, monthYear) {
		add(c.start, c.end, c.y, c.m, 0)
	}
	for _, c := range monthForms(s, ts, dayMonth) {
		if taken(c.start, c.end) {
			continue
		}
		// "March 3" needs a day that can exist in some year.
		if c.d < 1 || c.d > [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[c.m] {
			continue
		}
		out = append(out, dateMatch{date: timeline.Date{Prec: timeline.Day, Month: c.m, Day: c.d}, start: c.start, end: c.end, noYear: true})
	}
	sortMatches(out)
	return out
}

// The date forms that name the month, read from tokens rather than with
// regular expressions (a scanner is many times faster on the long
// alternation of month names):
//
//	dayMonthYear  13 December 2017, 13th of Dec., 2017
//	monthDayYear  December 13, 2017, Dec. 13th 2017
//	monthYear     December 2017, Dec., 2017
//	dayMonth      December 13, 13 Dec (no year: datelines)
const (
	dayMonthYear = iota
	monthDayYear
	monthYear
	dayMonth
)

// dtok is a run of ASCII digits (with an ordinal suffix: "13th") or of
// ASCII letters.
type dtok struct {
	start, end int // end is past the suffix
	digits     int // the number of digits; 0 for a word
	n          int // the number's value
	suffix     bool
	month      int    // a word naming a month
	word       string // a word, lower case
	// Whether the bytes around the token are word characters (ASCII
	// letters, digits, "_"), as the \b of a regular expression sees them.
	prevWord, nextWord bool
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func dateTokens(s string) []dtok {
	var ts []dtok
	for i := 0; i < len(s); {
		c := s[i]
		var t dtok
		switch {
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			t = dtok{start: i, end: j, digits: j - i}
			if t.digits <= 9 {
				t.n = atoi(s[i:j])
			}
			if j+2 <= len(s) && isLetter(s[j]) && isLetter(s[j+1]) && (j+2 == len(s) || !isWordByte(s[j+2])) {
				switch strings.ToLower(s[j : j+2]) {
				case "st", "nd", "rd", "th":
					t.end, t.suffix = j+2, true
				}
			} else if j+1 <= len(s) && j < len(s) && (s[j] == 'd' || s[j] == 'D') && (j+1 == len(s) || !isWordByte(s[j+1])) && (s[j-1] == '2' || s[j-1] == '3') && (j-1 == i || s[j-2] != '1') {
				t.end, t.suffix = j+1, true // "June 2d, 1798", "the 23d": as older English writes them
			}
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			t = dtok{start: i, end: j, word: strings.ToLower(s[i:j])}
			t.month = monthNumber[t.word]
			if t.month > 0 {
				// "Jan'y 3d 1849", "Sept'r": an old letter's month, cut
				// short with an apostrophe before its last letters (the
				// short forms "Jany", "Septr" of months; not "May's")
				t.end = apostropheMonth(s, j, &t)
			}
		default:
			i++
			continue
		}
		t.prevWord = t.start > 0 && isWordByte(s[t.start-1])
		t.nextWord = t.end < len(s) && isWordByte(s[t.end])
		ts = append(ts, t)
		i = t.end
	}
	return ts
}

// apostropheMonth returns the end of the month token t, its letters
// ending at j, with an apostrophe and the month's last letters after it
// taken in when the word so written is a short form of the month ("Jan'y",
// "Dec’r"); else j.
func apostropheMonth(s string, j int, t *dtok) int {
	k := j
	switch {
	case strings.HasPrefix(s[j:], "'"):
		k++
	case strings.HasPrefix(s[j:], "’"):
		k += len("’")
	default:
		return j
	}
	e := k
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	if e == k || e-k > 2 || e < len(s) && isWordByte(s[e]) {
		return j
	}
	if w := t.word + strings.ToLower(s[k:e]); monthNumber[w] == t.month {
		t.word = w
		return e
	}
	return j
}

// gap reports whether g is: an optional ".", an optional ",", then white
// space (at least one of " \t\n\f\r", as \s+ reads it).
func gap(g string, dot, comma bool) bool {
	if dot && strings.HasPrefix(g, ".") {
		g = g[1:]
	}
	if comma && strings.HasPrefix(g, ",") {
		g = g[1:]
	}
	if g == "" {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			return false
		}
	}
	return true
}

type monthMatch struct{ start, end, y, m, d int }

// monthForms finds the dates of one form, leftmost first and without
// overlaps, as a regular expression's FindAll would.
func monthForms(s string, ts []dtok, form int) []monthMatch {
	var out []monthMatch
	between := func(a, b int) string { return s[ts[a].end:ts[b].start] }
	isDay := func(k int) bool { return k >= 0 && k < len(ts) && ts[k].digits >= 1 && ts[k].digits <= 2 }
	isYear := func(k int) bool {
		return k >= 0 && k < len(ts) && ts[k].digits == 4 && !ts[k].suffix && !ts[k].nextWord
	}
	last := -1 // the end of the last match
	for i, t := range ts {
		if t.month == 0 {
			continue
		}
		var c monthMatch
		ok := false
		switch form {
		case dayMonthYear:
			d := i - 1
			if d >= 0 && ts[d].word == "of" && gap(between(d, i), false, false) {
				d--
				if d >= 1 && ts[d].word == "day" && gap(between(d, d+1), false, false) {
					d-- // "the 22nd day of January, 2026", as deeds and orders date themselves
				}
				ok = d >= 0 && gap(between(d, d+1), false, false)
			} else {
				ok = gap(safeBetween(s, ts, d, i), false, false)
			}
			ok = ok && isDay(d) && !ts[d].prevWord && isYear(i+1) && gap(between(i, i+1), true, true)
			if ok {
				c = monthMatch{ts[d].start, ts[i+1].end, ts[i+1].n, t.month, ts[d].n}
			}
		case monthDayYear:
			ok = !t.prevWord && isDay(i+1) && gap(safeBetween(s, ts, i, i+1), true, false) &&
				isYear(i+2) && gap(between(i+1, i+2), false, true)
			if ok {
				c = monthMatch{t.start, ts[i+2].end, ts[i+2].n, t.month, ts[i+1].n}
			}
		case monthYear:
			ok = !t.prevWord && isYear(i+1) && gap(between(i, i+1), true, true)
			if ok {
				c = monthMatch{t.start, ts[i+1].end, ts[i+1].n, t.month, 0}
			}
		case dayMonth:
			// "December 13": the day ends at a word boundary.
			if !t.prevWord && isDay(i+1) && !ts[i+1].nextWord && gap(between(i, i+1), true, false) {
				c, ok = monthMatch{start: t.start, end: ts[i+1].end, m: t.month, d: ts[i+1].n}, true
			}
			// "13 Dec": tried from the day, which comes first.
			if d := i - 1; isDay(d) && !ts[d].prevWord && gap(between(d, i), false, false) {
				end := t.end
				switch {
				case end < len(s) && s[end] == '.' && end+1 < len(s) && isWordByte(s[end+1]):
					end++ // "13 Dec.x": \b holds after the dot
				case t.nextWord:
					end = -1 // "13 Decx" is no month
				}
				if end >= 0 && ts[d].start >= last {
					c, ok = monthMatch{start: ts[d].start, end: end, m: t.month, d: ts[d].n}, true
				}
			}
		}
		if ok && c.start >= last {
			out = append(out, c)
			last = c.end
		}
	}
	return out
}

// safeBetween is the text between tokens a and b, or "" when a is out of
// range.
func safeBetween(s string, ts []dtok, a, b int) string {
	if a < 0 || b >= len(ts) {
		return ""
	}
	return s[ts[a].end:ts[b].start]
}

func sortMatches(ms []dateMatch) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// makeDate returns the date y-m-d, or y-m when d is 0, if it exists.
func makeDate(y, m, d int) (timeline.Date, bool) {
	if y < 1000 || y > 9999 || m < 1 || m > 12 {
		return timeline.Date{}, false
	}
	v := fmt.Sprintf("%04d-%02d", y, m)
	if d != 0 {
		v += fmt.Sprintf("-%02d", d)
	}
	dt, err := timeline.ParseDate(v)
	return dt, err == nil
}

// parseDateValue reads a metadata value ("2017-12-13", "2017-12-13T10:00:00Z",
// "Wed, 13 Dec 2017 10:00:00 GMT", "December 2017") as a reference date: a
// day when one is written, else a month. Forms our patterns do not know are
// handed to dateparse, which reads dates of unknown format.
func parseDateValue(s string, dayFirst bool) (timeline.Date, bool) {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	if s == "" {
		return timeline.Date{}, false
	}
	for _, m := range findDates(s, dayFirst) {
		if !m.noYear {
			return m.date, true
		}
	}
	if len(s) > 64 || !strings.ContainsAny(s, "0123456789") || versionRe.MatchString(s) {
		return timeline.Date{}, false // ("3.9.14", "v2023.2.1": versions; findDates reads 13.12.2017 and 2023.02.01)
	}
	opts := []dateparse.ParserOption{dateparse.PreferMonthFirst(!dayFirst)}
	t, err := safeParse(s, opts)
	if err != nil || t.Year() < 1000 || t.Year() > 9999 {
		return timeline.Date{}, false
	}
	if !strings.ContainsAny(s, "/.-") && len(strings.Fields(s)) < 2 {
		return timeline.Date{}, false // a bare number such as "2017" or "20171213" is not a day
	}
	return timeline.FromTime(t, timeline.Day), true
}

// versionRe is a version number, which dateparse would read as a day.
var versionRe = regexp.MustCompile(`^[vV]?\d+(?:\.\d+)+$`)

// safeParse calls dateparse, turning a panic on odd input into an error.
func safeParse(s string, opts []dateparse.ParserOption) (t time.Time, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("dateparse: %v", r)
		}
	}()
	return dateparse.ParseIn(s, time.UTC, opts...)
}

// dayFirst decides the day-month order of the numeric dates of src, a
// whole document (or its first part): as set, else day first when src
// gives more evidence of it than of the other order (see Options).
func (o *Options) dayFirst(src string) bool {
	if o.DayFirst || o.MonthFirst {
		return o.DayFirst
	}
	day, month := tempex.DayOrder(src)
	if day == 0 && month == 0 {
		// no numeric date says it: the way the text writes its dates
		// with month names does ("10 April 2020")
		day, month = tempex.WrittenOrder(src)
	}
	return day > month // the more frequent order (one American date among British ones does not turn them)
}
