package tempex_test

import (
	"testing"
)

// TestFiscalYearEnd39h39a: "the end of the year" after the day a fiscal
// year ended is that fiscal year's end, told as past or before that day;
// a sentence that looks ahead from a day after it ("Management will fix
// them by the end of the year", told in November 2025 of the year ended
// 31 March 2025) does not mean a year already over, and keeps the
// calendar's year.
func TestFiscalYearEnd39h39a(t *testing.T) {
	const audit = "The audit of the year ended 31 March 2025 found gaps. "
	tests := []struct {
		name, text, ref  string
		value, date, end string // the label, the calendar date and PeriodEnd ("" for none)
	}{
		{"past, after the year", audit + "Management had fixed most of them by the end of the year.", "2025-11-18", "2025", "2024-04", "2025-03"},
		{"ahead, before the year's end", audit + "Management will fix them by the end of the year.", "2025-02-18", "2025", "2024-04", "2025-03"},
		{"ahead, after the year's end", audit + "Management will fix them by the end of the year.", "2025-11-18", "2025", "2025", ""},
		{"plans to, after the year's end", audit + "Management plans to fix them by the end of the year.", "2025-11-18", "2025", "2025", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, "the end of the year", tc.ref)
			got, gotEnd := "", ""
			if !x.Date.IsZero() {
				got = x.Date.String()
			}
			if !x.PeriodEnd.IsZero() {
				gotEnd = x.PeriodEnd.String()
			}
			if x.Value != tc.value || got != tc.date || gotEnd != tc.end {
				t.Errorf("value %s date %q to %q, want %s %q to %q", x.Value, got, gotEnd, tc.value, tc.date, tc.end)
			}
		})
	}
}
