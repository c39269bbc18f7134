package text

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	"github.com/chronicle-project/chronicle/timeline"
)

// The month names, full and abbreviated, longest first within each month so
// that the alternation prefers "September" to "Sept" to "Sep".
var months = []struct {
	names []string
	n     int
}{
	{[]string{"january", "jan"}, 1}, {[]string{"february", "feb"}, 2},
	{[]string{"march", "mar"}, 3}, {[]string{"april", "apr"}, 4},
	{[]string{"may"}, 5}, {[]string{"june", "jun"}, 6}, {[]string{"july", "jul"}, 7},
	{[]string{"august", "aug"}, 8}, {[]string{"september", "sept", "sep"}, 9},
	{[]string{"october", "oct"}, 10}, {[]string{"november", "nov"}, 11},
	{[]string{"december", "dec"}, 12},
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

var monthAlt = func() string {
	var alts []string
	for _, mo := range months {
		alts = append(alts, mo.names...)
	}
	return strings.Join(alts, "|")
}()

const ord = `(?:st|nd|rd|th)?`

// The date forms found in citation lines, datelines and "Published:" lines.
var (
	dmyRe = regexp.MustCompile(`(?i)\b(\d{1,2})` + ord + `\s+(?:of\s+)?(` + monthAlt + `)\.?,?\s+(\d{4})\b`)
	mdyRe = regexp.MustCompile(`(?i)\b(` + monthAlt + `)\.?\s+(\d{1,2})` + ord + `,?\s+(\d{4})\b`)
	isoRe = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	ymdRe = regexp.MustCompile(`\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b`)
	numRe = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	myRe  = regexp.MustCompile(`(?i)\b(` + monthAlt + `)\.?,?\s+(\d{4})\b`)
	// A day and month without a year, as datelines write them
	// ("GENEVA, March 3 (Reuters)").
	mdRe = regexp.MustCompile(`(?i)\b(?:(` + monthAlt + `)\.?\s+(\d{1,2})` + ord + `|(\d{1,2})` + ord + `\s+(` + monthAlt + `)\.?)\b`)
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
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.end && b > m.start {
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
		}
	}
	for _, m := range dmyRe.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumber[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
	}
	for _, m := range mdyRe.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[6]:m[7]]), monthNumber[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))
	}
	for _, m := range isoRe.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range ymdRe.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range numRe.FindAllStringSubmatchIndex(s, -1) {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		switch {
		case a > 12 || dayFirst && b <= 12:
			a, b = b, a // day first
		}
		add(m[0], m[1], atoi(s[m[6]:m[7]]), a, b)
	}
	for _, m := range myRe.FindAllStringSubmatchIndex(s, -1) {
		add(m[0], m[1], atoi(s[m[4]:m[5]]), monthNumber[strings.ToLower(s[m[2]:m[3]])], 0)
	}
	for _, m := range mdRe.FindAllStringSubmatchIndex(s, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		var mo, d int
		if m[2] >= 0 {
			mo, d = monthNumber[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]])
		} else {
			d, mo = atoi(s[m[6]:m[7]]), monthNumber[strings.ToLower(s[m[8]:m[9]])]
		}
		// "May 2" alone is too common a phrase; and "March 3" needs a
		// day that can exist in some year.
		if d < 1 || d > [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[mo] {
			continue
		}
		out = append(out, dateMatch{date: timeline.Date{Prec: timeline.Day, Month: mo, Day: d}, start: m[0], end: m[1], noYear: true})
	}
	sortMatches(out)
	return out
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
	if len(s) > 64 || !strings.ContainsAny(s, "0123456789") {
		return timeline.Date{}, false
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

// safeParse calls dateparse, turning a panic on odd input into an error.
func safeParse(s string, opts []dateparse.ParserOption) (t time.Time, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("dateparse: %v", r)
		}
	}()
	return dateparse.ParseIn(s, time.UTC, opts...)
}
