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

// noteLabelRe is a note's label before a colon, as a sheet's notes under
// its rows, or a heading over a group of them, begin: "Notes:", "Source:",
// "Phase one:".
var noteLabelRe = regexp.MustCompile(`^\pL[\pL ]{0,30}:\s+\S+\s+\S`)

// noteRow reports whether a row is a heading or a note and no event: its
// only cell is in its date column and holds words that are no date, "Phase
// two: war years" over a group of rows, "Notes: dates from the parish
// magazine." under them; it returns that cell. Words without a digit, or
// after a label and a colon, are never a date; a row with a title, a
// text or any other cell is an event, and so is a JSON object.
func (t *table) noteRow(rw *row, cp *cellParser) (*cell, bool) {
	if t.header == nil {
		return nil, false // a JSON object is an event of its own
	}
	var only *cell
	for f, c := range rw.cells {
		if c == nil || strings.TrimSpace(c.text) == "" {
			continue
		}
		if only != nil || field(f) != fStart && field(f) != fYear {
			return nil, false
		}
		only = c
	}
	if only == nil {
		return nil, false
	}
	for _, c := range append(append(append(append([]*cell{}, rw.extra...), rw.local...), rw.dates...), rw.also...) {
		if c != nil && strings.TrimSpace(c.text) != "" {
			return nil, false
		}
	}
	if len(rw.cites) > 0 || rw.posObj != nil || rw.weak != nil && strings.TrimSpace(rw.weak.text) != "" {
		return nil, false
	}
	s := normalizeSpace(only.text)
	if !strings.Contains(s, " ") || strings.ContainsAny(s, "0123456789") && !noteLabelRe.MatchString(s) {
		return nil, false
	}
	if sp, err := cp.parseSpan(s); err == nil && !sp.Start.IsZero() {
		return nil, false
	}
	return only, true
}

// skipNote reports whether a row is a heading or a note (see noteRow),
// and says so at its cell: it is left out of the events, its words in
// the warning, not lost in silence.
func (t *table) skipNote(rw *row, cp *cellParser) bool {
	c, ok := t.noteRow(rw, cp)
	if ok {
		t.warnings.Add(timeline.Errorf(c.pos, "%q: the only cell of its row, in column %q, and no date: read as a heading or a note, not an event; it is left out", clip(normalizeSpace(c.text), 120), c.column))
	}
	return ok
}
