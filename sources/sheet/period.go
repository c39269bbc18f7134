package sheet

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// Weeks, quarters and halves as plans and roadmaps write them. The TIMEX3
// values (2025-W02, 2025-Q1, 2025-H2) are read by timex; these are the
// other forms people type, each read at the precision it names.
var (
	// "W27 2025", "Wk 27, 2025", "week 14 2025", "week 14 of 2025", "W27/2025";
	// German "KW 12/2020" (Kalenderwoche), "semana 12 de 2020",
	// "semaine 12 2020", "settimana 12 2020".
	weekYearRe = regexp.MustCompile(`(?i)^(?:w|wk|week|kw|cw|kalenderwoche|semana|semaine|settimana)\.?\s*(\d{1,2})(?:\s*[,/-]\s*|\s+(?:of|de|del|di)\s+|\s+)(\d{4})$`)
	// "2. Quartal 2020", "3rd quarter 2020", "1er trimestre 2020", "2º
	// trimestre de 2020", "2e kwartaal 2020": the quarter by its number.
	nthQuarterRe = regexp.MustCompile(`(?i)^([1-4])\s*(?:\.|º|°|ª|st|nd|rd|th|er|e|o)?\s*(?:quarter|qtr|quartal|trimestre|kwartaal)\s+(?:of\s+|de\s+|del\s+|di\s+)?(\d{4})$`)
	// "2025 W27", "2025/W27", "2025W27", "2025 week 27".
	yearWeekRe = regexp.MustCompile(`(?i)^(\d{4})\s*[,/]?\s*(?:w|wk|week)\.?\s*(\d{1,2})$`)
	// "3Q25", "3Q 2025", "3Q'25": the quarter before its year, as
	// financial reports write it; "1H26" is a half.
	numQuarterRe = regexp.MustCompile(`(?i)^([1-4])\s*q\s*'?(\d{2}|\d{4})$`)
	numHalfRe    = regexp.MustCompile(`(?i)^([12])\s*h\s*'?(\d{2}|\d{4})$`)
	// "Q3/2025", "Q3-25", "Q3 '25" (the forms with a space alone are
	// shapes: "Q3 2025").
	quarterSepRe = regexp.MustCompile(`(?i)^q([1-4])\s*(?:[/-]\s*'?|'|\s+')(\d{2}|\d{4})$`)
	// "2025/Q3", "2025 / Q3".
	yearQuarterRe = regexp.MustCompile(`(?i)^(\d{4})\s*/\s*q([1-4])$`)
)

// periodForm reads a week, quarter or half written in one of the forms
// above. ok is false when s is none of them.
func periodForm(s string) (d timeline.Date, err error, ok bool) {
	d, err, ok = periodOfYear(s)
	if ok && err == nil && d.Year == 0 {
		return timeline.Date{}, errors.New("there is no year 0"), true // 1H0000
	}
	return d, err, ok
}

// periodOfYear is periodForm, the year not checked.
func periodOfYear(s string) (d timeline.Date, err error, ok bool) {
	year := func(t string) int {
		n := atoi(t)
		if len(t) == 2 {
			return twoDigitYear(n)
		}
		return n
	}
	if m := weekYearRe.FindStringSubmatch(s); m != nil {
		d, err := isoWeek(year(m[2]), atoi(m[1]))
		return d, err, true
	}
	if m := yearWeekRe.FindStringSubmatch(s); m != nil {
		d, err := isoWeek(year(m[1]), atoi(m[2]))
		return d, err, true
	}
	for _, re := range []*regexp.Regexp{numQuarterRe, quarterSepRe, nthQuarterRe} {
		if m := re.FindStringSubmatch(s); m != nil {
			return timeline.Date{Prec: timeline.Quarter, Year: year(m[2]), Quarter: atoi(m[1])}, nil, true
		}
	}
	if m := yearQuarterRe.FindStringSubmatch(s); m != nil {
		return timeline.Date{Prec: timeline.Quarter, Year: year(m[1]), Quarter: atoi(m[2])}, nil, true
	}
	if m := numHalfRe.FindStringSubmatch(s); m != nil {
		return timeline.Date{Prec: timeline.Half, Year: year(m[2]), Half: atoi(m[1])}, nil, true
	}
	return timeline.Date{}, nil, false
}

// isoWeek is the ISO week w of the week-based year y: an error when the
// year has no such week (week 53 of a year of 52).
func isoWeek(y, w int) (timeline.Date, error) {
	if y < 1 {
		return timeline.Date{}, fmt.Errorf("there is no week %d of the year %d", w, y)
	}
	d, err := timeline.ParseDate(fmt.Sprintf("%04d-W%02d", y, w))
	if err != nil {
		return timeline.Date{}, fmt.Errorf("week %d out of range for %d", w, y)
	}
	return d, nil
}

// A week or quarter column (Week, Quarter; see columnNames) dates the rows
// of a sheet that has no date or start column: a roadmap's "2025-W02",
// "W27 2025", "2025-Q1", "Q3 2025", "3Q25". Its values are read at the
// precision the column names: a day in a Week column ("2025-03-03", "w/c
// 3 March 2025") is the ISO week that holds it, a day or a month in a
// Quarter column the quarter that holds it; a coarser value (a year) is
// kept as written. A bare number ("14", "W14", "Q3") is a week or quarter
// of the row's Year cell, and is reported when the row has none: it is
// never read as a year. When a row has both, the week is read and the
// quarter checked against it.
var (
	// bareWeekRe is a week number without its year: "14", "W14", "Wk 14", "week 14", "week no. 14".
	bareWeekRe = regexp.MustCompile(`(?i)^(?:(?:w|wk|week)\.?\s*(?:no\.?|nr\.?|#)?\s*)?(\d{1,2})$`)
	// bareQuarterRe is a quarter without its year: "3", "Q3", "Qtr 3", "quarter 3".
	bareQuarterRe = regexp.MustCompile(`(?i)^(?:(?:q|qtr|quarter)\.?\s*)?([1-4])$`)
	// weekLeadRe is the words that say a day names its week: "week of",
	// "w/c" (week commencing), "week beginning", "w/e" (week ending).
	weekLeadRe = regexp.MustCompile(`(?i)^(?:week\s+(?:of|commencing|beginning|starting|ending)|w/[cbe]|wc|wb|we)\b\.?:?\s*`)
)

// periodSpan reads the date of a row from its week or quarter cell (see
// above). It returns the cell read and the date text the row gives: the
// cell as written, or the year and the number when the cell gives the
// number alone ("2025 week 14", "2025 Q3").
func (t *table) periodSpan(rw *row, cp *cellParser, errs *timeline.ErrorList) (timeline.Span, *cell, string) {
	wc, qc := filled(rw, fWeek), filled(rw, fQuarter)
	c, prec := wc, timeline.Week
	if c == nil {
		c, prec = qc, timeline.Quarter
	}
	sp, text, err := readPeriod(rw, c, prec, cp, errs)
	if err != nil {
		errs.Add(cellError(c, err))
		if !errors.Is(err, errOrder) {
			return timeline.Span{}, c, text
		}
	}
	if c == wc && qc != nil && !sp.Start.IsZero() {
		var qerrs timeline.ErrorList // the year cell's problems are reported once, above
		var q timeline.Span
		var err error
		if m := bareQuarterRe.FindStringSubmatch(normalizeSpace(qc.text)); m != nil && filled(rw, fYear) == nil {
			// "Q1" beside "2025-W02": the quarter of the week's year.
			q.Start = timeline.Date{Prec: timeline.Quarter, Year: toPeriod(sp.Start, timeline.Quarter).Year, Quarter: atoi(m[1])}
		} else {
			q, _, err = readPeriod(rw, qc, timeline.Quarter, cp, &qerrs)
		}
		switch {
		case err != nil:
			errs.Add(cellError(qc, err))
		case !q.Start.IsZero() && !overlaps(sp, q):
			errs.Add(cellError(qc, fmt.Errorf("the week %s is not in this quarter; the week is read", spanString(sp))))
		}
	}
	return sp, c, text
}

// readPeriod reads the cell c of a week (prec Week) or quarter (prec
// Quarter) column; see periodSpan.
func readPeriod(rw *row, c *cell, prec timeline.Precision, cp *cellParser, errs *timeline.ErrorList) (timeline.Span, string, error) {
	s := normalizeSpace(c.text)
	bare, what := bareWeekRe, "week"
	if prec == timeline.Quarter {
		bare, what = bareQuarterRe, "quarter"
	}
	yc := filled(rw, fYear)
	if m := bare.FindStringSubmatch(s); m != nil {
		n := atoi(m[1])
		if yc == nil {
			example := fmt.Sprintf("2025-W%02d", n)
			if prec == timeline.Quarter {
				example = fmt.Sprintf("2025-Q%d", n)
			}
			return timeline.Span{}, s, fmt.Errorf("%s %d has no year: write it with its year (%s), or give the sheet a Year column; the row is left undated", what, n, example)
		}
		ysp, ok := yearCell(yc, cp, errs)
		if !ok {
			return timeline.Span{}, s, errors.New("the row's year cannot be read; the row is left undated")
		}
		if ysp.IsRange() || ysp.Start.Prec != timeline.Year || ysp.Start.Mod != timeline.ModNone {
			return timeline.Span{}, s, fmt.Errorf("the year cell gives %s, which cannot take a %s; the row is left undated", spanString(ysp), what)
		}
		y := ysp.Start.Year
		text := fmt.Sprintf("%s %s %d", normalizeSpace(yc.text), what, n)
		if prec == timeline.Quarter {
			text = fmt.Sprintf("%s Q%d", normalizeSpace(yc.text), n)
			return timeline.Span{Start: timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}}, text, nil
		}
		d, err := isoWeek(y, n)
		return timeline.Span{Start: d}, text, err
	}
	rest := weekLeadRe.ReplaceAllString(s, "")
	if rest == "" {
		rest = s
	}
	sp, err := cp.parseSpan(rest)
	if err != nil && !errors.Is(err, errOrder) {
		return timeline.Span{}, s, err
	}
	sp.Start = toPeriod(sp.Start, prec)
	sp.End = toPeriod(sp.End, prec)
	if sp.End == sp.Start {
		sp.End = timeline.Date{} // "3 March – 7 March 2025" is one week
	}
	if yc != nil && !sp.Start.IsZero() {
		// The cell's own year wins; a Year cell that says another is
		// reported.
		if ysp, ok := yearCell(yc, cp, errs); ok && !ysp.IsRange() && ysp.Start.Prec == timeline.Year && ysp.Start.Year != sp.Start.Year {
			errs.Add(cellError(yc, fmt.Errorf("the %s cell gives %s, in another year; the %s is read", what, spanString(sp), what)))
		}
	}
	return sp, s, err
}

// toPeriod is d at precision p when d is finer: the ISO week or the quarter
// that holds it. A coarser date, or none, is returned as it is.
func toPeriod(d timeline.Date, p timeline.Precision) timeline.Date {
	if d.IsZero() || d.Prec <= p {
		return d
	}
	if p == timeline.Quarter && d.Prec < timeline.Month {
		return d // a season is not inside a quarter
	}
	t := d.Start()
	if d.Prec == timeline.Week {
		t = t.AddDate(0, 0, 3) // its Thursday, which is in its week's year
	}
	out := timeline.FromTime(t, p)
	out.Mod = d.Mod
	return out
}

// overlaps reports whether the spans a and b share a moment.
func overlaps(a, b timeline.Span) bool {
	as, ae := spanBounds(a)
	bs, be := spanBounds(b)
	return as.Before(be) && bs.Before(ae)
}

func spanBounds(s timeline.Span) (start, end time.Time) {
	start, end = s.Start.Bounds()
	if !s.End.IsZero() {
		_, end = s.End.Bounds()
	}
	return start, end
}

// spanString writes a span as TIMEX3 values: "2025-W02", "2025-W02/2025-W04".
func spanString(s timeline.Span) string {
	if s.End.IsZero() {
		return s.Start.String()
	}
	return s.Start.String() + "/" + s.End.String()
}

// isPeriodField reports whether f is a week or quarter column's.
func isPeriodField(f field) bool { return f == fWeek || f == fQuarter }

// cellField is the field whose cell in rw is c; fNone when it is none.
func cellField(rw *row, c *cell) field {
	for f, x := range rw.cells {
		if x == c {
			return field(f)
		}
	}
	return fNone
}
