package tempex_test

import "testing"

// TestQuartersOfANamedSplitYear: a quarter written without its year after
// a fiscal year written as two ("for 2024-25 ..., with Q2 at 4.1 per
// cent; ... and Q4 at 4.2 per cent") is a quarter of that fiscal year:
// with the year said to end in March, Q4 is January to March 2025 (not
// the calendar's first quarter of 2024); "the previous quarter" after
// "Q1:2024-25" is the fiscal year's quarter before, January to March
// 2024, and is left unknown when the text does not say when its year ends.
func TestQuartersOfANamedSplitYear(t *testing.T) {
	const march = "Our financial year ends on 31 March. "
	const cpi = "CPI inflation for 2024-25 is projected at 4.5 per cent, with Q2 at 4.1 per cent; Q3 at 4.8 per cent; and Q4 at 4.2 per cent."
	const gdp = "Real GDP grew by 6.7 per cent in Q1:2024-25, down from 7.8 per cent in the previous quarter."
	tests := []struct {
		name, text, expr string
		value, date      string // date "" for the zero Date
	}{
		{"Q2 of the year named", march + cpi, "Q2", "2025-Q2", "2024-Q3"},
		{"Q4 of the year named", march + cpi, "Q4", "2025-Q4", "2025-Q1"},
		{"Q4 of the year named, its end unknown", cpi, "Q4", "2025-Q4", "2025"},
		{"Q1 with a colon", march + gdp, "Q1:2024-25", "2025-Q1", "2024-Q2"},
		{"the previous quarter of a fiscal one", march + gdp, "the previous quarter", "2024-Q4", "2024-Q1"},
		{"the previous quarter of a fiscal one, its end unknown", gdp, "the previous quarter", "2024-Q4", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, tc.expr, "2024-10-09")
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
