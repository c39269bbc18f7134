package tempex_test

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestFiscalQuarters: in a text that says when its fiscal year ends, a
// numbered quarter keeps the label the text gives it (as TimeML labels
// it) and its Date is the calendar period it covers, or its first month
// when the quarters do not line up with the calendar's (PeriodEnd its
// last); when the text does not say when a year written as two ends, the
// Date is left unknown.
func TestFiscalQuarters(t *testing.T) {
	const march = "Our financial year ends on 31 March. "
	const july = "Our fiscal year ends on July 31. "
	tests := []struct {
		name, text, expr string
		ref              string
		value, date      string // date "" for the zero Date
	}{
		{"Q1 of FY25", march + "Q1 FY25 started well.", "Q1 FY25", "2024-06-20", "2025-Q1", "2024-Q2"},
		{"Q3 of a split year", march + "In Q3 FY2023/24 the berth opened.", "Q3 FY2023/24", "2024-06-20", "2024-Q3", "2023-Q4"},
		{"the fourth quarter of fiscal 2024", march + "In the fourth quarter of fiscal 2024 we sold the tug.", "the fourth quarter of fiscal 2024", "2024-06-20", "2024-Q4", "2024-Q1"},
		{"a bare quarter is the latest begun", march + "Fourth-quarter sales were strong.", "Fourth-quarter", "2024-06-20", "2024-Q4", "2024-Q1"},
		{"a fiscal year that says when it ends", "The firm expects revenue of $4.2bn in fiscal 2026, which ends on 31 March 2026.", "fiscal 2026", "2025-03-10", "2026", "2025-04"},
		{"a calendar year stays calendar", march + "In Q2 2023 it rained.", "Q2 2023", "2024-06-20", "2023-Q2", "2023-Q2"},
		{"the year ended 30 June", "For the year ended June 30, 1989, sales rose. Fourth-quarter profit fell.", "Fourth-quarter", "1989-08-15", "1989-Q4", "1989-Q2"},
		{"a year ended in August does not line up", "In the year ended Aug. 31, sales rose. Fourth-quarter profit fell.", "Fourth-quarter", "1989-10-15", "1989-Q4", "1989-06"},
		{"a split year of unknown end", "In Q3 FY2023/24 the berth opened.", "Q3 FY2023/24", "2024-06-20", "2024-Q3", ""},
		{"the first half of a split year of unknown end is in its first year", "Results for Q2 FY2025/26 were published.", "Q2 FY2025/26", "2025-12-01", "2026-Q2", "2025"},
		{"the fourth quarter of a split year of unknown end is in its second year", "Q4 2025/26 was weak.", "Q4 2025/26", "2026-06-01", "2026-Q4", "2026"},
		{"a fiscal year of unknown end: no calendar quarter", "The ground floor reopens in Q3 FY26.", "Q3 FY26", "2025-08-03", "2026-Q3", ""},
		{"a half of a fiscal year of unknown end", "Savings come in H2 FY2026.", "H2 FY2026", "2025-08-03", "2026-H2", ""},
		{"a fiscal year said to end in December is the calendar's", "Our fiscal year ends on 31 December. The ground floor reopens in Q3 FY26.", "Q3 FY26", "2025-08-03", "2026-Q3", "2026-Q3"},
		{"the year-end said of a named split year", "The financial year 2025/26 ends on 31 March 2026. Results for Q2 FY2025/26 were published.", "Q2 FY2025/26", "2025-12-01", "2026-Q2", "2025-Q3"},
		{"a year said to run from July to June", "Our financial year runs from 1 July to 30 June. Q2 FY26 was weak.", "Q2 FY26", "2026-02-01", "2026-Q2", "2025-Q4"},
		{"a year said to start in October", "The fiscal year starting on 1 October is ours. Q2 FY26 was weak.", "Q2 FY26", "2026-05-01", "2026-Q2", "2026-Q1"},
		{"FY25/26 is the year to March 2026", march + "The forum is in Q4 FY25/26.", "Q4 FY25/26", "2025-07-10", "2026-Q4", "2026-Q1"},
		{"a bare quarter after a fiscal one of unknown end", "Q1 FY25/26 was busy. Spend in Q1 was low. In Q3 we hire.", "Q3", "2025-07-10", "2025-Q3", ""},
		{"a half that does not line up", march + "In the first half the port grew.", "the first half", "2024-06-20", "2024-H1", "2024-04"},
		{"no fiscal year said: the calendar", "Fiscal 1989 third-quarter profit rose.", "third-quarter", "1989-11-20", "1989-Q3", "1989-Q3"},
		{"a fiscal quarter's stated end", "Net income for the fiscal fourth quarter, which ended Sept. 28, rose.", "the fiscal fourth quarter", "2013-10-29", "2013-Q4", "2013-Q3"},
		{"a rival's quarter stays the calendar's", "Net income for the fiscal fourth quarter, which ended Sept. 28, rose. Samsung's profit for the third quarter fell.", "the third quarter", "2013-10-29", "2013-Q3", "2013-Q3"},
		{"TimeML labels an unnamed fiscal quarter by its calendar year", "For the year ended Sept. 30, 1989, sales rose. The fiscal first quarter began well.", "The fiscal first quarter", "1990-02-15", "1989-Q1", "1989-Q4"},
		{"a bare quarter to come of a year ended in July", july + "For the third quarter, we expect revenue to rise.", "the third quarter", "2026-02-24", "2026-Q3", "2026-02"},
		{"a bare quarter past of a year ended in July", july + "The first quarter was weak.", "The first quarter", "2026-02-24", "2025-Q1", "2025-08"},
		{"the quarter reported on, of a year ended in July", july + "Revenue for the quarter was $412 million.", "the quarter", "2026-02-24", "2025-Q4", "2025-11"},
		{"the quarter after a fiscal one named", july + "The second quarter of fiscal 2026 ran from November. Revenue for the quarter rose.", "the quarter", "2026-02-24", "2026-Q2", "2025-11"},
		{"the year a report's twelve months end", "Results for the twelve months to 31 March 2025. Profit for the year rose.", "the year", "2025-05-22", "2025", "2024-04"},
		{"a year earlier than a fiscal quarter", march + "Q1 FY25 sales rose. A year earlier they fell.", "A year earlier", "2024-08-20", "2024-Q1", "2023-Q2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, tc.expr, tc.ref)
			got := ""
			if !x.Date.IsZero() {
				got = x.Date.String()
			}
			if x.Value != tc.value || got != tc.date {
				t.Errorf("%q: value %s date %q, want %s %q", x.Text, x.Value, got, tc.value, tc.date)
			}
		})
	}
}

// newsTimex tags text as news of the day ref and returns the expression
// written expr; the test fails when there is none.
func newsTimex(t *testing.T, text, expr, ref string) tempex.Timex {
	t.Helper()
	r, err := timeline.ParseDate(ref)
	if err != nil {
		t.Fatal(err)
	}
	xs := tempex.Tag(text, tempex.Options{Ref: r, Mode: tempex.News})
	for _, x := range xs {
		if x.Text == expr {
			return x
		}
	}
	t.Fatalf("%q not found in %v", expr, xs)
	return tempex.Timex{}
}

// TestFiscalYearEndOption: a part of a document that does not say when
// the fiscal year ends takes the month another part said.
func TestFiscalYearEndOption(t *testing.T) {
	if got := tempex.FiscalYearEnd("Our financial year ends on 30 June."); got != 6 {
		t.Fatalf("FiscalYearEnd = %d, want 6", got)
	}
	if got := tempex.FiscalYearEnd("The ferry ran all year."); got != 0 {
		t.Fatalf("FiscalYearEnd of a text that says none = %d, want 0", got)
	}
	for text, want := range map[string]int{
		"results for its fourth quarter and fiscal year 2024, which ended June 30, 2024.":   6,
		"fiscal 2026, which ends on 31 March 2026":                                          3,
		"the third quarter of fiscal year 2025, which ended December 31, 2024, saw growth.": 0, // (the quarter's end)
	} {
		if got := tempex.FiscalYearEnd(text); got != want {
			t.Errorf("FiscalYearEnd(%q) = %d, want %d", text, got, want)
		}
	}
	ref, _ := timeline.ParseDate("2025-05-02")
	for _, x := range tempex.Tag("In Q1 FY25 we opened the depot.", tempex.Options{Ref: ref, Mode: tempex.News, FiscalYearEnd: 6}) {
		if x.Text == "Q1 FY25" {
			if x.Value != "2025-Q1" || x.Date.String() != "2024-Q3" {
				t.Errorf("Q1 FY25: value %s date %s, want 2025-Q1 and 2024-Q3", x.Value, x.Date)
			}
			return
		}
	}
	t.Error("Q1 FY25 not found")
}

// TestFiscalMonths: a fiscal period that no calendar quarter or half is
// (a year ending in July or January, a half of a year ending in March)
// is dated by its first and last months, when the text says when its year
// ends; the value keeps TimeML's label.
func TestFiscalMonths(t *testing.T) {
	const july = "Our fiscal year ends on July 31. "
	tests := []struct {
		name, text, expr, ref string
		value, first, last    string
	}{
		{"a quarter of a year ending in July", july + "Revenue in Q3 FY26 rose.", "Q3 FY26", "2026-02-24", "2026-Q3", "2026-02", "2026-04"},
		{"its second quarter spans the new year", july + "Q2 FY2026 was flat.", "Q2 FY2026", "2026-02-24", "2026-Q2", "2025-11", "2026-01"},
		{"the fiscal year itself", july + "For fiscal 2026 we raise our outlook.", "fiscal 2026", "2026-02-24", "2026", "2025-08", "2026-07"},
		{"a half of a year ending in March", "Our fiscal year ends on March 31. Cash in the first half of fiscal 2026 rose.", "the first half of fiscal 2026", "2026-02-24", "2026-H1", "2025-04", "2025-09"},
		{"a year ending in January, retail's", "The fiscal year ended January 31, 2025. Sales in Q4 FY2025 rose.", "Q4 FY2025", "2025-03-01", "2025-Q4", "2024-11", "2025-01"},
		{"this quarter is the fiscal one the day is in", july + "What did it contribute this quarter?", "this quarter", "2026-02-24", "2026-Q1", "2026-02", "2026-04"},
		{"next quarter", july + "What should we model for next quarter?", "next quarter", "2026-02-24", "2026-Q2", "2026-05", "2026-07"},
		{"a year's end told in a clause after it", "The deal adds revenue in the current financial year, which ends on 31 March 2026. \"We enter the second half with momentum,\" she said.",
			"the second half", "2025-11-12", "2025-H2", "2025-10", "2026-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newsTimex(t, tc.text, tc.expr, tc.ref)
			if x.Value != tc.value || x.Date.String() != tc.first || x.PeriodEnd.String() != tc.last {
				t.Errorf("%q: value %s, %s to %s; want %s, %s to %s", x.Text, x.Value, x.Date, x.PeriodEnd, tc.value, tc.first, tc.last)
			}
		})
	}
	// a year said to end in a calendar quarter's month keeps the
	// calendar's quarter
	if x := newsTimex(t, "Our fiscal year ends on March 31. This quarter was good.", "This quarter", "2026-02-24"); x.Date.String() != "2026-Q1" || !x.PeriodEnd.IsZero() {
		t.Errorf("this quarter of a year ending in March: %s to %s, want 2026-Q1", x.Date, x.PeriodEnd)
	}
}
