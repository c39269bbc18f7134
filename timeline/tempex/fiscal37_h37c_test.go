package tempex_test

import (
	"testing"
)

// TestFiscalPeriodLabels37h37c: in a report whose fiscal year is not the
// calendar's, every mention of one fiscal period has one label, the
// calendar year it begins in ("The first half was difficult, with H1
// sales down 3%", the year to March 2023: both 2022-H1, April to
// September 2022; was 2022-H1 and 2023-H1); "the year ahead", "the
// coming year" and their halves are the fiscal year after the one the
// report is on, not the year just ended nor the calendar's next year.
// A calendar-year report and a year looked ahead to from the past keep
// what they had.
func TestFiscalPeriodLabels37h37c(t *testing.T) {
	const (
		march = "Results for the year ended 31 March 2023. "
		june  = "Results for the year ended 30 June 2024. "
		sept  = "Results for the year ended 30 September 2025. "
		dec   = "Results for the year ended 31 December 2024. "
	)
	tests := []struct {
		name, text, expr, ref string
		value, date, end      string // the label, the calendar date and PeriodEnd ("" for none)
	}{
		// one period, one label
		{"March: the first half", march + "The first half was difficult, with H1 sales down 3%.", "The first half", "2023-06-15", "2022-H1", "2022-04", "2022-09"},
		{"March: H1 after the first half", march + "The first half was difficult, with H1 sales down 3%.", "H1", "2023-06-15", "2022-H1", "2022-04", "2022-09"},
		{"March: H2 after the second half", march + "The second half was strong: H2 sales rose 12%.", "H2", "2023-06-15", "2022-H2", "2022-10", "2023-03"},
		{"March: the first half of the year", march + "Revenue rose in the year. In the first half of the year, volumes fell.", "the first half of the year", "2023-06-15", "2022-H1", "2022-04", "2022-09"},
		{"June: H1 after the first half", june + "The first half was difficult, and H1 margins fell.", "H1", "2024-08-20", "2023-H1", "2023-H2", ""},
		{"September: H1 and the first half", sept + "Revenue rose in the year. In H1 orders fell; the first half was weak.", "the first half", "2025-11-20", "2024-H1", "2024-10", "2025-03"},
		{"September: H1 before the first half", sept + "Revenue rose in the year. In H1 orders fell; the first half was weak.", "H1", "2025-11-20", "2024-H1", "2024-10", "2025-03"},
		// the year ahead
		{"March: the year ahead", march + "We expect the year ahead to be steady.", "the year ahead", "2023-06-15", "2024", "2023-04", "2024-03"},
		{"March: the first half of the coming year", march + "We expect the year ahead to be steady, and the first half of the coming year to be busy.", "the first half of the coming year", "2023-06-15", "2023-H1", "2023-04", "2023-09"},
		{"March: the first half of the year ahead", march + "Revenue rose in the year. We expect the first half of the year ahead to be slow.", "the first half of the year ahead", "2023-06-15", "2023-H1", "2023-04", "2023-09"},
		{"March: the coming financial year", march + "Revenue rose in the year. In the coming financial year we will open four stores.", "the coming financial year", "2023-06-15", "2024", "2023-04", "2024-03"},
		{"June: the second half of the year ahead", june + "Looking ahead, the second half of the year ahead will be slow.", "the second half of the year ahead", "2024-08-20", "2025-H2", "2025-01", "2025-06"},
		{"September: the coming year", sept + "In the coming year we will open two mills.", "the coming year", "2025-11-20", "2026", "2025-10", "2026-09"},
		{"September: H2 after the coming year", sept + "In the coming year we will open two mills. H2 will be busier.", "H2", "2025-11-20", "2026-H2", "2026-04", "2026-09"},
		{"September: the coming year after a past sentence", sept + "The first half was slow. In the coming year we plan to hire 40 staff.", "the coming year", "2025-11-20", "2026", "2025-10", "2026-09"},
		{"the year ahead twice is one year", march + "The year ahead will be busy. In the coming year we will open four stores.", "the coming year", "2023-06-15", "2024", "2023-04", "2024-03"},
		{"December: the year ahead", dec + "We expect the year ahead to be steady.", "the year ahead", "2025-02-20", "2025", "2025", ""},
		// unchanged (no fiscal year ahead): a look ahead told from the past, and news
		{"a coming year looked ahead to in the past", march + "In May 2022 we warned that the coming year would be hard.", "the coming year", "2023-06-15", "2024", "2024", ""},
		{"news: the coming year", "Prices rose 4% in 2024. We expect the coming year to be steady.", "the coming year", "2025-02-20", "2026", "2026", ""},
		{"the fiscal year written keeps its label", march + "In the first half of fiscal 2024 we will open a store.", "the first half of fiscal 2024", "2023-06-15", "2024-H1", "2023-04", "2023-09"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, tc.expr, tc.ref)
			got, gotEnd := "", ""
			if !x.Date.IsZero() {
				got = x.Date.String()
			}
			if !x.PeriodEnd.IsZero() {
				gotEnd = x.PeriodEnd.String()
			}
			if x.Value != tc.value || got != tc.date || gotEnd != tc.end {
				t.Errorf("%q: value %s date %q to %q, want %s %q to %q", tc.expr, x.Value, got, gotEnd, tc.value, tc.date, tc.end)
			}
		})
	}
}
