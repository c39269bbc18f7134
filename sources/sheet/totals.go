package sheet

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// totalsLabels are the words a spreadsheet's totals row is labelled with,
// in the languages whose column names the sheet reads (see lang.go),
// folded by normalizeName and without a trailing colon.
var totalsLabels = map[string]bool{
	"total": true, "totals": true, "grand total": true, "subtotal": true, "sub total": true, "sum": true,
	"summe": true, "gesamt": true, "gesamtsumme": true, "insgesamt": true, "zwischensumme": true,
	"total general": true, "suma": true, "somme": true, "totale": true, "totaal": true, "som": true,
	"soma": true,
}

// amountCell matches a cell that holds only an amount, as a totals row's
// other cells do: "3770", "3.770,50", "£1,240.00", "12 %", "(450)",
// "1 250 EUR".
var amountCell = regexp.MustCompile(`^[(+\-−]?\s*(?:[£$€¥]|[A-Z]{3}\s)?\s*\d[\d.,' \x{a0}\x{202f}]*\s*(?:%|[£$€¥]|[A-Z]{3})?\)?$`)

// totalsRow reports whether a row is a sheet's totals row, and its label:
// one cell is "Total" (Summe, Totaal, ...), its date cells are empty, and
// its other cells are amounts or empty: "Total,,,3.770,50" under a list
// of dated costs sums them, and is no event. A row with a date ("2023,
// Total"), or any other words beside the label ("Total eclipse", "Total:
// 12 events"), is not one.
func totalsRow(rw *row) (string, bool) {
	label := ""
	isLabel := func(s string) bool {
		return label == "" && totalsLabels[normalizeName(strings.TrimSuffix(s, ":"))]
	}
	for f, c := range rw.cells {
		if c == nil || strings.TrimSpace(c.text) == "" {
			continue
		}
		s := strings.TrimSpace(c.text)
		switch {
		case isLabel(s):
			label = s
		case dateField(field(f)) || !amountCell.MatchString(s):
			return "", false
		}
	}
	for _, c := range append(append([]*cell{}, rw.dates...), rw.also...) {
		if c != nil && strings.TrimSpace(c.text) != "" {
			return "", false // a register's Made or Acquired
		}
	}
	for _, c := range append(append([]*cell{}, rw.extra...), rw.local...) {
		s := strings.TrimSpace(c.text)
		switch {
		case s == "":
		case isLabel(s):
			label = s
		case !amountCell.MatchString(s):
			return "", false
		}
	}
	return label, label != ""
}

// dateField reports whether a field holds (a part of) the row's date.
func dateField(f field) bool {
	switch f {
	case fStart, fEnd, fDateText, fYear, fMonth, fDay, fTime, fHour, fMinute, fSecond,
		fEndYear, fEndMonth, fEndDay, fEndTime, fEndHour, fEndMinute, fEndSecond, fWeek, fQuarter, fEventDate, fMaybeTime:
		return true
	}
	return false
}

// skipTotals reports whether a row is a totals row (see totalsRow), and
// says so at the row: it is left out of the events, not lost in silence.
func (t *table) skipTotals(rw *row) bool {
	label, ok := totalsRow(rw)
	if ok {
		t.warnings.Add(timeline.Errorf(rw.pos, "a totals row (%q) is no event; it is left out", label))
	}
	return ok
}
