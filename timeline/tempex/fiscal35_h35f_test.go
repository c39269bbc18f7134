package tempex_test

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestCalendarQuarterInAFiscalText35h35f: in a text whose fiscal year
// ends in March, a quarter the text calls the calendar's ("Q3 of calendar
// 2022", "the third quarter of calendar year 2022", "the third calendar
// quarter", "calendar Q3") is that calendar quarter, not the fiscal one
// of that number; a plain "Q3" stays fiscal.
func TestCalendarQuarterInAFiscalText35h35f(t *testing.T) {
	const march = "The year to 31 March 2023 (FY23) was one of recovery. "
	tests := []fiscalCase35{
		{"Q3 of calendar 2022", march + "Energy costs peaked in Q3 of calendar 2022.", "Q3 of calendar 2022", "2022-Q3", "2022-Q3"},
		{"Q3 of calendar year 2022", march + "Energy costs peaked in Q3 of calendar year 2022.", "Q3 of calendar year 2022", "2022-Q3", "2022-Q3"},
		{"the third quarter of calendar 2022", march + "Energy costs peaked in the third quarter of calendar 2022.", "the third quarter of calendar 2022", "2022-Q3", "2022-Q3"},
		{"the second half of calendar 2022", march + "Energy costs fell in the second half of calendar 2022.", "the second half of calendar 2022", "2022-H2", "2022-H2"},
		{"the third calendar quarter", march + "Energy costs peaked in the third calendar quarter of 2022.", "the third calendar quarter of 2022", "2022-Q3", "2022-Q3"},
		{"calendar Q3, no year", march + "Energy costs peaked in calendar Q3, the company said.", "Q3", "2022-Q3", "2022-Q3"},
		{"a fiscal Q3 stays fiscal", march + "Energy costs peaked in Q3, the company said.", "Q3", "2022-Q3", "2022-Q4"},
	}
	runFiscalCases35(t, tests)
}

// TestFiscalQuarterAfterADay35h35f: a fiscal quarter named without its
// year right after a day told in the past takes the fiscal year that day
// is in: in a text whose year ends in March, "Q4" after 8 August 2022 is
// January to March 2023 (the fourth quarter of the year to March 2023),
// not January to March 2022; "Q2" after 6 February 2023 is July to
// September 2022.
func TestFiscalQuarterAfterADay35h35f(t *testing.T) {
	const march = "The year to 31 March 2023 (FY23) was one of recovery. "
	tests := []fiscalCase35{
		{"Q4 after an August day", march + "Our Leeds bakery was closed from 8 August 2022 after a fire. Sales in Q4 were the strongest in our history.", "Q4", "2023-Q4", "2023-Q1"},
		{"the fourth quarter after an August day", march + "Our Leeds bakery was closed from 8 August 2022 after a fire. Sales in the fourth quarter were the strongest in our history.", "the fourth quarter", "2023-Q4", "2023-Q1"},
		{"Q2 after a February day", march + "On 6 February 2023 the chief executive resigned. She had planned the Q2 restructure.", "Q2", "2022-Q2", "2022-Q3"},
		{"Q1 after a May day", march + "On 3 May 2022 the new mill opened. Output in Q1 rose.", "Q1", "2022-Q1", "2022-Q2"},
	}
	runFiscalCases35(t, tests)
}

// TestFiscalQuarterInAStory35h35f: in a text with no reference day (read
// as a story), a fiscal quarter named without its year is of the fiscal
// year of the day told before it, or of the fiscal quarter or half ("In
// the second half trading improved. Sales in Q4 ..."): January to March
// 2023 in the year to March 2023. A fiscal year told before ("compared
// with £361.9 million in FY22. The first half was difficult") may be one
// compared with, and places no half.
func TestFiscalQuarterInAStory35h35f(t *testing.T) {
	const march = "The year to 31 March 2023 (FY23) was one of recovery. "
	for _, tc := range []struct {
		name, text, expr string
		value, date      string
	}{
		{"after a fiscal half", march + "The bakery was closed from 8 August 2022 after a fire. In the second half trading improved. Sales in Q4 were the strongest in our history.", "Q4", "2023-Q4", "2023-Q1"},
		{"after the fiscal year", march + "Sales in Q4 were the strongest in our history.", "Q4", "2023-Q4", "2023-Q1"},
		{"a year compared with is no anchor", march + "Revenue rose to £412.6 million, compared with £361.9 million in FY22. The first half was difficult.", "The first half", "2022-H1", ""},
		{"after a day", march + "The bakery was closed from 8 August 2022 after a fire. Sales in Q3 fell.", "Q3", "2022-Q3", "2022-Q4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var x tempex.Timex
			for _, y := range tempex.Tag(tc.text, tempex.Options{Mode: tempex.Narrative}) {
				if y.Text == tc.expr {
					x = y
				}
			}
			got := ""
			if !x.Date.IsZero() {
				got = x.Date.String()
			}
			if x.Value != tc.value || got != tc.date {
				t.Errorf("%q: value %s date %q, want %s %q", tc.expr, x.Value, got, tc.value, tc.date)
			}
		})
	}
}

// fiscalCase35 is an expression of a text, tagged in news mode on 6 June
// 2023, with the value and the date (its String, "" for the zero Date) it
// must have.
type fiscalCase35 struct {
	name, text, expr string
	value, date      string
}

func runFiscalCases35(t *testing.T, tests []fiscalCase35) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, tc.expr, "2023-06-06")
			got := ""
			if !x.Date.IsZero() {
				got = x.Date.String()
			}
			if x.Value != tc.value || got != tc.date {
				t.Errorf("%q: value %s date %q, want %s %q", tc.expr, x.Value, got, tc.value, tc.date)
			}
		})
	}
}
