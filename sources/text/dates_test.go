package text

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions the month scanner replaced: the reference it is
// fuzzed against.
var (
	refMonthAlt = func() string {
		var alts []string
		for _, mo := range months {
			alts = append(alts, mo.names...)
		}
		return strings.Join(alts, "|")
	}()
	refOrd = `(?:st|nd|rd|th)?`
	// a day: its number with an ordinal's letters, or "2d", "23d" as
	// older English writes 2 and 3 (not 12, 13); the number is the first
	// group that matched
	refDay = `(?:(\d{1,2})` + refOrd + `|((?:[02-9])?[23])d)`
	refDMY = regexp.MustCompile(`(?i)\b` + refDay + `\s+(?:day\s+of\s+|of\s+)?(` + refMonthAlt + `)\.?,?\s+(\d{4})\b`)
	refMDY = regexp.MustCompile(`(?i)\b(` + refMonthAlt + `)\.?\s+` + refDay + `,?\s+(\d{4})\b`)
	refMY  = regexp.MustCompile(`(?i)\b(` + refMonthAlt + `)\.?,?\s+(\d{4})\b`)
	refMD  = regexp.MustCompile(`(?i)\b(?:(` + refMonthAlt + `)\.?\s+` + refDay + `|` + refDay + `\s+(` + refMonthAlt + `)\.?)\b`)
)

// refMonthForms is monthForms by regular expression.
func refMonthForms(s string, form int) []monthMatch {
	var out []monthMatch
	num := func(m []int, k int) int { return atoi(s[m[2*k]:m[2*k+1]]) }
	mon := func(m []int, k int) int { return monthNumber[strings.ToLower(s[m[2*k]:m[2*k+1]])] }
	day := func(m []int, k int) int { // the day of refDay's groups k and k+1
		if m[2*k] >= 0 {
			return num(m, k)
		}
		return num(m, k+1)
	}
	switch form {
	case dayMonthYear:
		for _, m := range refDMY.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, monthMatch{m[0], m[1], num(m, 4), mon(m, 3), day(m, 1)})
		}
	case monthDayYear:
		for _, m := range refMDY.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, monthMatch{m[0], m[1], num(m, 4), mon(m, 1), day(m, 2)})
		}
	case monthYear:
		for _, m := range refMY.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, monthMatch{m[0], m[1], num(m, 2), mon(m, 1), 0})
		}
	case dayMonth:
		for _, m := range refMD.FindAllStringSubmatchIndex(s, -1) {
			if m[2] >= 0 {
				out = append(out, monthMatch{start: m[0], end: m[1], m: mon(m, 1), d: day(m, 2)})
			} else {
				out = append(out, monthMatch{start: m[0], end: m[1], m: mon(m, 6), d: day(m, 4)})
			}
		}
	}
	return out
}

var monthFormCases = []string{
	"13 December 2017", "13th of December, 2017", "December 13, 2017", "Dec. 13th 2017", "Dec., 2017",
	"December 2017", "GENEVA, March 3 (Wire)", "3 Dec. 2017", "3 Dec.x", "3 Decx", "Dec2017",
	"113 December 2017", "13 December 20171", "13 December 2017th", "May 3 June", "3 May 4", "_May 3",
	"13December 2017", "March 3, 2011 and 4 April 2012 then May 2013", "1st  Jan\t2000", "sept 9",
	"é13 December 2017", "12 of may 1999", "the 5 of June", "June 31", "Mar 3rdx",
	"June 2d, 1798", "the 23d of May 1798", "May 12d 1798", "MAY 2d", "3d June", "13d June", "JUNE 2D, 1798", "2D DeC", "DATED this 22nd day of January, 2026.", "3 day of May 1999", "the 4th day  of\tJune 1800",
}

func TestMonthForms(t *testing.T) {
	for _, s := range monthFormCases {
		for form := dayMonthYear; form <= dayMonth; form++ {
			t.Run(fmt.Sprintf("%s/%d", s, form), func(t *testing.T) {
				got, want := monthForms(s, dateTokens(s), form), refMonthForms(s, form)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("monthForms = %v, regexp = %v", got, want)
				}
			})
		}
	}
}

// FuzzMonthForms checks the month scanner against the regular
// expressions it replaced.
func FuzzMonthForms(f *testing.F) {
	for _, s := range monthFormCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for form := dayMonthYear; form <= dayMonth; form++ {
			got, want := monthForms(s, dateTokens(s), form), refMonthForms(s, form)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("form %d of %q: scanner %v, regexp %v", form, s, got, want)
			}
		}
	})
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		in   string
		want string // TIMEX3 values, "@" marking a date without a year
	}{
		{"Source: Daily. 13 December 2017. http://x", "2017-12-13"},
		{"Published: Wed, 13 Dec 2017 10:00:00 GMT", "2017-12-13"},
		{"2017-12-13T10:00:00Z and 2018/01/02", "2017-12-13 2018-01-02"},
		{"03/04/2017", "2017-03-04"},
		{"13/04/2017", "2017-04-13"},
		{"December 2017, then June 5", "2017-12 @06-05"},
		{"Q3 Fiscal 2024 Earnings Call 25-Apr-2024", "2024-04-25"},
		{"part 2-May-20245 and x25-Apr-2024", ""},
		{"31 February 2017", ""},
		{"no digits at all", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, m := range findDates(tt.in, false) {
				if m.noYear {
					got = append(got, fmt.Sprintf("@%02d-%02d", m.date.Month, m.date.Day))
				} else {
					got = append(got, m.date.String())
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("findDates = %q, want %q", got, tt.want)
			}
		})
	}
}
