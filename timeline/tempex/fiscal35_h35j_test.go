package tempex_test

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestTheYearOfAFiscalReport35h35j: in a text that says its fiscal year
// ends in March ("The year to 31 March 2023 (FY23)"), "the year" after a
// fiscal period or year just told is that fiscal year (April 2022 to
// March 2023), and "the first half of the year", "the third quarter of
// the financial year" are periods of it, as "the first half" and "Q3"
// alone are; a calendar-year report and a text that says nothing of its
// fiscal year keep the calendar's year.
func TestTheYearOfAFiscalReport35h35j(t *testing.T) {
	const march = "The year to 31 March 2023 (FY23) was one of recovery. "
	tests := []struct {
		name, text, expr string
		date, end        string // the calendar date and PeriodEnd ("" for none)
	}{
		{"during the year after H2", march + "H2 was stronger. The Board met eleven times during the year.", "the year", "2022-04", "2023-03"},
		{"the year after the first half", march + "In the first half volumes fell 3%. Profit for the year rose.", "the year", "2022-04", "2023-03"},
		{"the year after FY23", march + "In FY23 volumes fell 3%. The Board met eleven times during the year.", "the year", "2022-04", "2023-03"},
		{"the first half of the year", march + "In the first half of the year, volumes fell 3%.", "the first half of the year", "2022-04", "2022-09"},
		{"the second half of the year", march + "In the second half of the year, prices rose.", "the second half of the year", "2022-10", "2023-03"},
		{"the third quarter of the year", march + "In the third quarter of the year, we hired 40 people.", "the third quarter of the year", "2022-Q4", ""},
		{"the first quarter of the financial year", march + "In the first quarter of the financial year, we hired 40 people.", "the first quarter of the financial year", "2022-Q2", ""},
		{"the first half after FY23", march + "The first half was hard.", "The first half", "2022-04", "2022-09"},
		{"Q1 after FY23", march + "Sales fell in Q1.", "Q1", "2022-Q2", ""},
		{"the first half a sentence after FY23", march + "Revenue rose to £412 million. The first half was hard.", "The first half", "2022-04", "2022-09"},
		{"a compared FY22 leaves FY23 the year told", march + "Revenue rose to £412 million, compared with £362 million in FY22. The first half was hard.", "The first half", "2022-04", "2022-09"},
		// a calendar year: unchanged
		{"calendar report, the first half of the year", "The year to 31 December 2022 was one of recovery. In the first half of the year, volumes fell 3%.", "the first half of the year", "2022-H1", ""},
		{"calendar report, during the year", "The year to 31 December 2022 was one of recovery. H2 was stronger. The Board met eleven times during the year.", "the year", "2022", ""},
		// news that says nothing of a fiscal year: unchanged
		{"news, the first half of the year", "In the first half of the year, sales fell 3%.", "the first half of the year", "2023-H1", ""},
		{"news, during the year", "H2 was stronger. The council met eleven times during the year.", "the year", "2023", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, tc.expr, "2023-07-20")
			got, gotEnd := "", ""
			if !x.Date.IsZero() {
				got = x.Date.String()
			}
			if !x.PeriodEnd.IsZero() {
				gotEnd = x.PeriodEnd.String()
			}
			if got != tc.date || gotEnd != tc.end {
				t.Errorf("%q: date %q to %q (value %s), want %q to %q", tc.expr, got, gotEnd, x.Value, tc.date, tc.end)
			}
		})
	}
}

// TestFiscalPeriodInAYearDatedText35h35j: in a text dated by a year only
// (an "ANNUAL REPORT 2022/23" with no day), a fiscal period's last month
// goes with its first: a half whose reading is left unknown has no last
// month of its own ("H2" was XXXX-HX ending March 2022), and one read is
// the half of the fiscal year just told, April to September 2022 (was
// April to September 2021, or April 2022 to September 2021).
func TestFiscalPeriodInAYearDatedText35h35j(t *testing.T) {
	const text = "ANNUAL REPORT 2022/23\n\nThe year to 31 March 2023 (FY23)\n\nThe first half was hard. In the first half of the year, volumes fell 3%. H2 was stronger. The Board met eleven times during the year.\n"
	want := map[string][2]string{
		"The first half":             {"2022-04", "2022-09"},
		"the first half of the year": {"2022-04", "2022-09"},
		"the year":                   {"2022-04", "2023-03"},
	}
	for _, m := range []tempex.Mode{tempex.News, tempex.Narrative} {
		for _, x := range tempex.Tag(text, tempex.Options{Ref: timeline.Date{Prec: timeline.Year, Year: 2022}, Mode: m}) {
			if !x.PeriodEnd.IsZero() && (x.Date.IsZero() || timeline.Compare(x.PeriodEnd, x.Date) < 0) {
				t.Errorf("mode %v: %q: %q to %q: ends before it starts", m, x.Text, x.Date, x.PeriodEnd)
			}
			if w, ok := want[x.Text]; ok && (x.Date.String() != w[0] || x.PeriodEnd.String() != w[1]) {
				t.Errorf("mode %v: %q: %q to %q, want %q to %q", m, x.Text, x.Date, x.PeriodEnd, w[0], w[1])
			}
		}
	}
}
