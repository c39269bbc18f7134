package tempex_test

import "testing"

// TestCalendarQuarterInAFiscalText35h35f: in a text whose fiscal year
// ends in March, a quarter the text calls the calendar's ("Q3 of calendar
// 2022", "the third quarter of calendar year 2022", "the third calendar
// quarter", "calendar Q3") is that calendar quarter, not the fiscal one
// of that number; a plain "Q3" stays fiscal.
func TestCalendarQuarterInAFiscalText35h35f(t *testing.T) {
	const march = "The year to 31 March 2023 (FY23) was one of recovery. "
	tests := []struct {
		name, text, expr string
		value, date      string // date "" for the zero Date
	}{
		{"Q3 of calendar 2022", march + "Energy costs peaked in Q3 of calendar 2022.", "Q3 of calendar 2022", "2022-Q3", "2022-Q3"},
		{"Q3 of calendar year 2022", march + "Energy costs peaked in Q3 of calendar year 2022.", "Q3 of calendar year 2022", "2022-Q3", "2022-Q3"},
		{"the third quarter of calendar 2022", march + "Energy costs peaked in the third quarter of calendar 2022.", "the third quarter of calendar 2022", "2022-Q3", "2022-Q3"},
		{"the second half of calendar 2022", march + "Energy costs fell in the second half of calendar 2022.", "the second half of calendar 2022", "2022-H2", "2022-H2"},
		{"the third calendar quarter", march + "Energy costs peaked in the third calendar quarter of 2022.", "the third calendar quarter of 2022", "2022-Q3", "2022-Q3"},
		{"calendar Q3, no year", march + "Energy costs peaked in calendar Q3, the company said.", "Q3", "2022-Q3", "2022-Q3"},
		{"a fiscal Q3 stays fiscal", march + "Energy costs peaked in Q3, the company said.", "Q3", "2022-Q3", "2022-Q4"},
	}
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
