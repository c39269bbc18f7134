package tempex

import (
	"strconv"

	"github.com/chronicle-project/chronicle/timeline"
)

// Fiscal years. A text that says when its fiscal year ends ("the year ended
// 31 March 2024", "our financial year ends on 30 June") numbers its
// quarters from the start of that year: in a report whose year ends in
// March, "Q1 FY2024" is April to June 2023, the calendar's 2023-Q2, and "the
// fourth quarter" is January to March. A quarter is dated as the calendar
// quarter it is when the fiscal year ends with one (March, June,
// September, December), a half when it ends in June or December; else,
// when the text says outright when its year ends, by its first and last
// months (Timex.PeriodEnd): in a year ending in July, "Q3 FY26" is
// February to April 2026, "fiscal 2026" August 2025 to July 2026, and
// "this quarter" the fiscal quarter the reference day is in. The value
// keeps TimeML's label: the number as written, with the fiscal year when
// the text writes one ("Q1 FY25" is 2025-Q1) and else the calendar year
// the quarter falls in, as the TimeBank annotators did.

// fyEnd returns the month in which the text's fiscal year ends, 0 when the
// text does not say (computed once per text).
func (t *Tagger) fyEnd() int {
	if !t.fyDone {
		t.fyDone, t.fyMonth, t.fyStrong, t.fyByStart = true, 0, false, false
		t.fyMonth, t.fyStrong = t.findFYEnd()
		if !t.fyStrong && t.opt.FiscalYearEnd >= 1 && t.opt.FiscalYearEnd <= 12 {
			t.fyMonth, t.fyStrong = t.opt.FiscalYearEnd, true // said elsewhere in the document
		}
		if t.fyStrong && t.fyMonth != 12 {
			t.fyByStart = t.namesByStart()
		}
	}
	return t.fyMonth
}

// fyYear returns the calendar year in which the fiscal year that the text
// calls fy ends: fy itself, or the year after when the text names its
// fiscal years by the year they start in ("the fiscal year ended March
// 31, 2025 (fiscal 2024)", as Japanese companies write).
func (t *Tagger) fyYear(fy int) int {
	if t.fyEnd() != 0 && t.fyByStart {
		return fy + 1
	}
	return fy
}

// namesByStart reports whether the text, naming a fiscal year both ways
// side by side, tells that "fiscal 2024" is the year that ended in 2025:
// "the fiscal year ended March 31, 2025 (fiscal 2024)", "FY2024 (the year
// ending 31 March 2025)". A text that gives them as the same year, or
// names none so, keeps the usual naming by the year it ends in.
func (t *Tagger) namesByStart() bool {
	for _, c := range t.lx.dates {
		k := int(c)
		if w := t.w(k); w == nil || w.key != "fiscal" && w.key != "fy" {
			continue
		}
		r, ok := t.fiscalYear(k)
		if !ok || r.d.Prec != timeline.Year || r.val != "" || (t.punct(r.end, '/') || t.dash(r.end)) && t.glued(r.end) {
			continue
		}
		var end timeline.Date
		switch {
		case t.punct(k-1, '(') && t.punct(r.end, ')'):
			// "the fiscal year ended March 31, 2025 (fiscal 2024)"
			for e := k - 3; e >= k-10 && e >= 0; e-- {
				if t.isAny(e, "ended", "ending", "ends") {
					if d, ok := t.endedDate(e); ok && t.yearNum(k-2) && t.tok(k-2).n == int32(d.Year) {
						end = d
					}
					break
				}
			}
		case t.punct(r.end, '('):
			// "FY2024 (the year ending 31 March 2025)"
			e := r.end + 1
			for t.isAny(e, "the", "fiscal", "financial", "year", "yr") {
				e++
			}
			if d, ok := t.endedDate(e); ok {
				end = d
			}
		}
		if end.Prec == timeline.Day && end.Month != 12 {
			return end.Year == r.d.Year+1
		}
	}
	return false
}

// yearEndedBefore returns the calendar year in which the fiscal year ends
// that the text named by its last day shortly before token i ("For the
// fiscal year ended March 31, 2025, sales rose, particularly in the second
// half"): the year a quarter or half named without one is of. ok is false
// when another year was written since, or none was named so within the
// few sentences before; with a reference day, in the same sentence only
// (a report of February 1990 that gave the year ended September 1989
// goes on with "The fiscal first quarter began well": the year begun).
func (t *Tagger) yearEndedBefore(i int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-60; k-- {
		if !t.yearNum(k) {
			continue
		}
		for e := k - 1; e >= k-5 && e >= 1; e-- {
			if t.isAny(e, "ended", "ending") && t.is(e-1, "year") {
				if d, ok := t.endedDate(e); ok && d.Year == int(t.toks[k].n) && d.Month == t.fyEnd() && (!t.hasRef || t.sentencesBetween(k, i) == 0) {
					return d.Year, true
				}
				break
			}
		}
		return 0, false // another year written since
	}
	return 0, false
}

// findFYEnd looks for "year ended/ending/to 31 March", "financial year ends
// on 30 June", "12 months to 30 September".
func (t *Tagger) findFYEnd() (month int, strong bool) {
	if m := t.yearEndSaid(); m > 0 {
		return m, true
	}
	for _, c := range t.lx.dates { // (every unit word is dateish: see the flags' init in words.go)
		k := int(c)
		// "the fiscal fourth quarter, which ended Sept. 28": the year
		// ends with its fourth quarter
		if w := t.w(k); w != nil && w.unit == uQuarter && !w.plural {
			if n := t.quarterNumberBefore(k); n > 0 {
				j := k + 1
				if t.punct(j, ',') {
					j++
				}
				if t.isAny(j, "which", "that") {
					j++
				}
				if t.isAny(j, "ended", "ending", "ends") {
					if m, ok := t.monthEnding(j + 1); ok && m > 0 {
						return (m+3*(4-n)-1)%12 + 1, false
					}
				}
			}
		}
	}
	return 0, false
}

// yearEndSaid returns the month the text says its year ends in ("the year
// ended 31 March 2024"), 0 when it does not say.
func (t *Tagger) yearEndSaid() int {
	for _, c := range t.lx.dates { // (the words asked about are dateish: see the flags' init in words.go)
		k := int(c)
		w := t.w(k)
		if w == nil || w.unit != uYear && w.unit != uMonth && w.key != "fy" && w.key != "fiscal" {
			continue // (the words the tests below ask about, ruled out at once for most candidates)
		}
		fiscalYear := (w.key == "fiscal" || w.key == "fy") && t.yearNum(k+1) && t.punct(k+2, ',') && t.isAny(k+3, "which", "that") &&
			!t.is(k-1, "of") && t.yearWithin(k+4, k+10, t.tok(k+1).n) // (not "the third quarter of fiscal 2025, which ended December 31, 2024": the quarter's end)
		if !(w.unit == uYear && !w.plural || w.key == "fy" || w.unit == uMonth && w.plural && (t.is(k-1, "12") || t.is(k-1, "twelve")) || fiscalYear) {
			continue
		}
		j := k + 1
		if fiscalYear {
			j = k + 4 // "fiscal 2026, which ends on 31 March 2026"
		}
		if ey := t.seasonYears(j); ey > 0 && w.unit == uYear {
			j += 3 // "the financial year 2025/26 ends on 31 March 2026"
		} else if n, nd, ok := t.num(j); ok && nd == 4 && n > 1000 && w.unit == uYear {
			j++ // "fiscal year 2024 ended 30 September"
			if t.punct(j, ',') && t.isAny(j+1, "which", "that") && t.yearWithin(j+2, j+8, int32(n)) && !t.is(k-2, "of") {
				j += 2 // "fiscal year 2024, which ended June 30, 2024"
			}
		}
		if t.is(j, "that") {
			j++
		} else if j == k+1 && t.punct(j, ',') && t.isAny(j+1, "which", "that") && t.isAny(k-1, "fiscal", "financial") {
			j += 2 // "the current financial year, which ends on 31 March 2026"
		}
		if t.isAny(j, "runs", "run", "running") && t.is(j+1, "from") {
			// "our financial year runs from 1 April to 31 March"
			for e := j + 2; e < j+8; e++ {
				if t.isAny(e, "to", "until", "till", "through") {
					if m, ok := t.monthEnding(e + 1 + b2i(t.is(e+1, "the"))); ok && m > 0 {
						return m
					}
					break
				}
			}
			continue
		}
		if t.isAny(j, "starts", "started", "starting", "begins", "began", "beginning", "commences", "commencing") {
			// "the financial year starting 1 April": it ends the month
			// before (a start on the 1st only)
			e := j + 1
			for t.isAny(e, "on", "the") {
				e++
			}
			if m, ok := t.monthStarting(e); ok {
				return m
			}
			continue
		}
		if !t.isAny(j, "ended", "ending", "ends", "end", "to", "runs", "closes", "closed", "closing") {
			continue
		}
		if b := k - b2i(t.isAny(k-1, "fiscal", "financial")); t.punct(b-1, '(') && t.tok(b-2) != nil && t.tok(b-2).kind == tWord && t.tok(b-2).cap {
			// "Brightline Energy (year ending 31 March) may cut spending":
			// one company's year, not the year of every figure the text
			// gives
			continue
		}
		if t.is(j, "runs") && !t.is(j+1, "to") {
			continue
		}
		j++
		if t.is(j, "to") {
			j++
		}
		for t.isAny(j, "on", "the") {
			j++
		}
		if m, ok := t.monthEnding(j); ok {
			return m
		}
	}
	return 0
}

// yearWithin reports whether the year y is written as four digits
// between tokens a and b.
func (t *Tagger) yearWithin(a, b int, y int32) bool {
	for k := a; k < b && k < len(t.toks); k++ {
		if t.yearNum(k) && t.toks[k].n == y {
			return true
		}
	}
	return false
}

// calendarYearAt returns where the year begins that "calendar" or
// "calendar year" at k stands before ("Q3 of calendar 2022": a quarter of
// the calendar's year, whatever the text's fiscal year), or k when no
// year follows such words there.
func (t *Tagger) calendarYearAt(k int) int {
	if !t.is(k, "calendar") {
		return k
	}
	j := k + 1
	if t.isAny(j, "year", "yr") {
		j++
	}
	if _, _, ok := t.yearAt(j); ok {
		return j
	}
	return k
}

// yearNum reports whether token k is a year of four digits.
func (t *Tagger) yearNum(k int) bool {
	n, nd, ok := t.num(k)
	return ok && nd == 4 && n > 1000 && t.tok(k).sfx == sfxNone
}

// monthStarting reads the first day of a month ("1 April", "April 1st",
// "the 1st of July") at j and returns the month before it, in which a
// year starting then ends.
func (t *Tagger) monthStarting(j int) (int, bool) {
	m := 0
	if n, nd, ok := t.num(j); ok && nd <= 2 && n == 1 {
		if t.is(j+1, "of") {
			j++
		}
		if w := t.w(j + 1); w != nil && w.month > 0 {
			m = w.month
		}
	} else if w := t.w(j); w != nil && w.month > 0 {
		if n, nd, ok := t.num(j + 1); ok && nd <= 2 && n == 1 {
			m = w.month
		}
	}
	if m == 0 {
		return 0, false
	}
	return (m+10)%12 + 1, true
}

// monthEnding reads a day and month ("31 March", "March 31st", "June") at j
// and returns the month that a period ending then ends in: a day in the
// first week ("the 52 weeks to 2 February") closes the month before, a
// day of mid-month closes none.
func (t *Tagger) monthEnding(j int) (int, bool) {
	m, d := 0, 0
	if n, nd, ok := t.num(j); ok && nd <= 2 && n >= 1 && n <= 31 {
		if t.is(j+1, "of") {
			j++
		}
		if w := t.w(j + 1); w != nil && w.month > 0 {
			m, d = w.month, n
		}
	} else if w := t.w(j); w != nil && w.month > 0 {
		m = w.month
		if n, nd, ok := t.num(j + 1); ok && nd <= 2 && n >= 1 && n <= 31 {
			d = n
		}
	}
	switch {
	case m == 0:
		return 0, false
	case d == 0 || d >= 25:
		return m, true
	case d <= 7:
		if m == 1 {
			return 12, true
		}
		return m - 1, true
	}
	return 0, false
}

// fiscalYearAt reads a fiscal year named after a quarter or half: "fiscal
// 2024", "FY2024", "FY24", "FY2023/24", "2023/24". It returns the year the
// fiscal year ends in, the token after it, and whether the fiscal year is
// written as two calendar years (so it does not end in December).
func (t *Tagger) fiscalYearAt(k int) (y, end int, split, ok bool) {
	if t.isAny(k, "fiscal", "fy") {
		r, ok := t.fiscal(k)
		if !ok || r.d.Prec != timeline.Year {
			return 0, k, false, false
		}
		if ey := t.seasonYears(r.end - 1); ey > 0 {
			return ey, r.end + 2, true, true
		}
		// "FY2024-25", "fiscal 2024-25": the year written with a dash
		if e := r.end; t.dash(e) && t.glued(e) && t.glued(e+1) && t.yearNum(e-1) && !(t.glued(e+2) && t.tok(e+2) != nil && t.tok(e+2).kind != tPunct) {
			if n, nd, ok := t.num(e + 1); ok && t.tok(e+1).sfx == sfxNone && (nd == 2 && n == (r.d.Year+1)%100 || nd == 4 && n == r.d.Year+1) {
				return r.d.Year + 1, e + 2, true, true
			}
		}
		// "FY25/26": two years of two digits
		if e := r.end; t.punct(e, '/') && t.glued(e) && t.glued(e+1) {
			if n, nd, ok := t.num(e + 1); ok && nd == 2 && t.tok(e-1).nd == 2 && n == (r.d.Year+1)%100 {
				return r.d.Year + 1, e + 2, true, true
			}
		}
		return r.d.Year, r.end, false, true
	}
	if ey := t.seasonYears(k); ey > 0 {
		return ey, k + 3, true, true
	}
	// "Q2 2018-19": the year written with a dash, after a quarter or a
	// half (a span of years elsewhere)
	if a, b := t.tok(k), t.tok(k+2); a != nil && b != nil && a.kind == tNum && b.kind == tNum && a.nd == 4 && a.sfx == sfxNone && b.sfx == sfxNone &&
		t.dash(k+1) && t.glued(k+1) && t.glued(k+2) && !(t.glued(k+3) && t.tok(k+3) != nil && t.tok(k+3).kind != tPunct) {
		y, _, _ := t.num(k)
		n, nd, _ := t.num(k + 2)
		if nd == 2 && n == (y+1)%100 || nd == 4 && n == y+1 {
			return y + 1, k + 3, true, true
		}
	}
	return 0, k, false, false
}

// fiscalYearBefore returns the year in which the fiscal year ends that the
// sentence named last before token i, written as two years ("2024-25",
// "2024/25"): the year a quarter or half named without one ("with Q2 at
// 4.1 per cent") is of. ok is false when the last range read is no such
// year or lies in another sentence.
func (t *Tagger) fiscalYearBefore(i int) (int, bool) {
	a, b, e := t.spanFrom, t.spanTo, t.spanEnd
	if a.Prec != timeline.Year || b.Prec != timeline.Year || b.Year != a.Year+1 || e < 3 || e > i {
		return 0, false
	}
	for k := e; k < i; k++ {
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?') && !t.glued(k+1) || t.newLine(k) {
			return 0, false // another sentence (but "with Q2 at 4.1 per cent; Q3 at 4.8 per cent": the list goes on)
		}
		if t.yearNum(k) {
			return 0, false // "for 2024-25 and in 2026, Q2 ...": another year since
		}
	}
	// the second year written with two digits against the first ("2024-25",
	// "2024/25"), not a span of two years written whole ("2024-2025")
	if tk := t.tok(e - 1); tk.kind != tNum || tk.nd != 2 || !t.glued(e-1) || !t.glued(e-2) || !t.dash(e-2) && !t.punct(e-2, '/') || !t.yearNum(e-3) {
		return 0, false
	}
	return b.Year, true
}

// fiscalPeriod returns the calendar quarter (u == uQuarter) or half of the
// n-th quarter or half of the fiscal year that ends in year fy, when the
// text says when its fiscal year ends and the periods line up; ok is false
// otherwise.
func (t *Tagger) fiscalPeriod(u unit, n, fy int) (timeline.Date, bool) {
	e := t.fyEnd()
	size := 3
	if u == uHalf {
		size = 6
	}
	if e == 0 || e%size != 0 {
		return timeline.Date{}, false
	}
	m, y := e+1+size*(n-1), fy-1
	for m > 12 {
		m, y = m-12, y+1
	}
	if u == uHalf {
		return timeline.Date{Prec: timeline.Half, Year: y, Half: (m-1)/6 + 1}, true
	}
	return timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: (m-1)/3 + 1}, true
}

// fiscalMonths returns the first and last months of the n-th quarter or
// half (u) of the fiscal year that ends in year fy, when the text says
// when its fiscal year ends but no calendar quarter or half is that period
// (a year ending in July: its second quarter is November to January).
func (t *Tagger) fiscalMonths(u unit, n, fy int) (first, last timeline.Date, ok bool) {
	e := t.fyEnd()
	size := 3
	if u == uHalf {
		size = 6
	}
	if e == 0 || e%size == 0 || !t.fyStrong || n < 1 || n > 12/size {
		return timeline.Date{}, timeline.Date{}, false
	}
	m, y := e+1+size*(n-1), fy-1
	for m > 12 {
		m, y = m-12, y+1
	}
	m2, y2 := m+size-1, y
	for m2 > 12 {
		m2, y2 = m2-12, y2+1
	}
	return timeline.Date{Prec: timeline.Month, Year: y, Month: m}, timeline.Date{Prec: timeline.Month, Year: y2, Month: m2}, true
}

// fiscalNearest returns the first and last months of the n-th quarter or
// half (u) of a fiscal year whose periods no calendar period is, named
// without its year, for which periodYear chose the calendar year y: the
// next one not yet over when the calendar period of that number in y is
// still to come, else the latest one begun by the reference day. ok is
// false with no reference day or no such year.
func (t *Tagger) fiscalNearest(u unit, n, y int) (first, last timeline.Date, ok bool) {
	if !t.hasRef {
		return timeline.Date{}, timeline.Date{}, false
	}
	size := 3
	if u == uHalf {
		size = 6
	}
	ref := t.ref.Year()*12 + int(t.ref.Month()) - 1
	future := y*12+size*(n-1) > ref
	for fy := t.ref.Year() - 1; fy <= t.ref.Year()+2; fy++ {
		f, l, ok := t.fiscalMonths(u, n, fy)
		if !ok {
			return timeline.Date{}, timeline.Date{}, false
		}
		if future && l.Year*12+l.Month-1 >= ref {
			return f, l, true
		}
		if !future && f.Year*12+f.Month-1 <= ref {
			first, last = f, l
		}
	}
	return first, last, !first.IsZero()
}

// calendarNumber returns the calendar number of the n-th fiscal quarter or
// half, when the text's fiscal year ends in a month that lines them up;
// ok is false otherwise.
func (t *Tagger) calendarNumber(u unit, n int) (int, bool) {
	d, ok := t.fiscalPeriod(u, n, 2000)
	if !ok {
		return 0, false
	}
	if u == uHalf {
		return d.Half, true
	}
	return d.Quarter, true
}

// numberedPeriod resolves the n-th quarter or half (u) that the text names,
// with the year read after it: a calendar year (calendarYear, hasYear), a
// fiscal year (fy, hasFY; split when written as two years), or none;
// marked says the text calls the period fiscal ("the fiscal fourth
// quarter", "fiscal Q4"). It
// returns the period as labelled, as TimeML labels a fiscal one (the
// number as written, the fiscal year when written, else the calendar year
// it falls in), or a value with unknown parts when there is no year to
// give it; whether the label is a fiscal one; and then the calendar period
// it covers (the zero Date when that cannot be told).
func (t *Tagger) numberedPeriod(u unit, n int, calendarYear int, hasYear bool, fy int, hasFY, split, marked bool, i, j int) (label timeline.Date, val string, isFiscal bool, cal timeline.Date) {
	t.periodEnd = timeline.Date{} // (the last month of cal, when it is months: read by the callers)
	plain := func(y, n int) timeline.Date {
		if u == uHalf {
			return timeline.Date{Prec: timeline.Half, Year: y, Half: n}
		}
		return timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}
	}
	e := t.fyEnd()
	// (a period the text calls the calendar's, "calendar Q3", "the third
	// calendar quarter", is numbered as the calendar numbers it)
	calendar := !marked && !hasFY && (t.is(i-1, "calendar") || t.is(j-2, "calendar"))
	// the text's fiscal year is not the calendar's: said outright ("the
	// year ended 31 March"), or told by a fiscal quarter's end ("the
	// fiscal fourth quarter, which ended Sept. 28"), which then numbers
	// only the quarters it calls fiscal (a rival's "third quarter" in the
	// same story is the calendar's)
	offset := e != 0 && e != 12 && (t.fyStrong || marked || hasFY) && !calendar
	switch {
	case hasYear:
		return plain(calendarYear, n), "", false, timeline.Date{}
	case hasFY:
		// "Q1 FY25", "Q3 FY2023/24": fiscal unless the text says its year
		// is the calendar's; "fiscal 1989's third quarter" of a year the
		// text says nothing of is labelled as written
		if e == 12 || !offset && !split && e != 0 {
			return plain(fy, n), "", false, timeline.Date{}
		}
		fyEnds := fy
		if !split {
			fyEnds = t.fyYear(fy) // ("Q3 FY2024" of a text that calls the year ending March 2025 fiscal 2024)
		}
		c, ok := t.fiscalPeriod(u, n, fyEnds)
		if !ok {
			// "Q3 FY26" in a year that ends in July: February to April
			if first, last, ok2 := t.fiscalMonths(u, n, fyEnds); ok2 {
				c, t.periodEnd, ok = first, last, true
			}
		}
		if !ok && split && e == 0 {
			// a year written "2025/26" is not the calendar's and ends
			// between March and June (April to March in Britain and
			// India, July to June in Australia): its first half is in
			// the first year, its fourth quarter in the second, which
			// is all that can be told
			switch {
			case u == uQuarter && n <= 2 || u == uHalf && n == 1:
				c = timeline.Date{Prec: timeline.Year, Year: fy - 1}
			case u == uQuarter && n == 4:
				c = timeline.Date{Prec: timeline.Year, Year: fy}
			}
		}
		// ("Q3 FY26" in a text that does not say when its year ends: a
		// quarter of a year that may end in any month, which no
		// calendar period can stand for)
		return plain(fy, n), "", true, c
	}
	if offset && t.fyStrong && t.tense(i, j) <= 0 {
		// "For the fiscal year ended March 31, 2025, sales rose,
		// particularly in the second half": a period of the year just
		// named, October 2024 to March 2025
		if fy, ok := t.yearEndedBefore(i); ok {
			if label, c, ok := t.fiscalPeriodIn(u, n, fy); ok {
				return label, "", true, c
			}
		}
	}
	if offset && t.fyStrong && (t.last.Prec == timeline.Year || t.last.Prec == timeline.Half || t.last.Prec == timeline.Quarter) &&
		t.last == t.lastFiscal && !t.lastFiscalCal.IsZero() &&
		t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 2 && !t.lastAside && !t.comparedBefore(t.lastSetStart) {
		// "The year to 31 March 2023 (FY23) was one of recovery. The
		// first half was hard": a period of the fiscal year just told
		// (a year compared with, "compared with £361.9 million in FY22",
		// is not told so), April to September 2022; so after a period of
		// it ("The first half was difficult, with H1 sales down 3%": the
		// same half, labelled as the first was). A period told in the
		// past is of a year gone by, not of the year ahead; one to come
		// after the year ahead ("In the first half of the coming year we
		// will open a store. H2 will be busier") is of that year.
		if fy, ok := fiscalYearOf(t.lastFiscalCal, e); ok {
			if d := t.tense(i, j); d < 0 && fy != t.fyAhead || d > 0 && fy == t.fyAhead {
				if label, c, ok := t.fiscalPeriodIn(u, n, fy); ok {
					return label, "", true, c
				}
			}
		}
	}
	if offset && t.fyStrong && t.hasRef && t.last.Prec == timeline.Day && t.last.Month == e && t.last.Day >= 28 && t.isAny(t.lastStart-1, "ended", "ending", "to") &&
		t.lastEnd >= 0 && t.lastEnd <= i && t.yearWithin(t.lastStart, t.lastEnd, int32(t.last.Year)) && t.sentencesBetween(t.lastEnd, i) <= 2 && !t.lastAside && t.tense(i, j) < 0 {
		// "Results for the year ended 31 March 2023. The first half was
		// difficult", told in June 2023: a half of the year that day
		// (its year written) ended, April to September 2022, as the half of the year
		// begun then is not over (but "For the year ended Sept. 30,
		// 1989, sales rose. The fiscal first quarter began well", told
		// in February 1990: the quarter of the year begun, over by then)
		size := 3
		if u == uHalf {
			size = 6
		}
		if ref := t.ref.Year()*12 + int(t.ref.Month()) - 1; ref <= t.last.Year*12+e-1+size*n {
			if label, c, ok := t.fiscalPeriodIn(u, n, t.last.Year); ok {
				return label, "", true, c
			}
		}
	}
	if d, ok := t.periodAnchor(i, j); ok && offset && d.Prec > timeline.Year && !t.isAny(t.lastStart-1, "ended", "ending", "ends", "to", "through") {
		// "The bakery closed from 8 August 2022. Sales in Q4 were the
		// strongest": a period of the fiscal year that day (or that
		// fiscal period: "In the second half trading improved. Sales in
		// Q4 ...") is in, its fourth quarter January to March 2023 in a
		// year ending in March (not the day a year ended on: "For the
		// year ended Sept. 30, 1989, sales rose. The fiscal first quarter
		// began well" is of the year begun after it; nor a year, which
		// may be one compared with: "compared with £361.9 million in
		// FY22. The first half was difficult")
		if d == t.lastFiscal {
			d = t.lastFiscalCal
		}
		if fy, ok := fiscalYearOf(d, e); ok {
			if label, c, ok := t.fiscalPeriodIn(u, n, fy); ok {
				return label, "", true, c
			}
		}
	}
	if offset {
		// "the fourth quarter" in a report whose year ends in March: the
		// latest fourth quarter of a fiscal year that has begun
		if cn, ok := t.calendarNumber(u, n); ok {
			y, ok := t.periodYear(u, cn, i, j)
			if !ok {
				return timeline.Date{}, unknownPeriod(u, n), false, timeline.Date{}
			}
			return plain(y, n), "", true, plain(y, cn)
		}
		y, ok := t.periodYear(u, n, i, j)
		if !ok {
			return timeline.Date{}, unknownPeriod(u, n), false, timeline.Date{}
		}
		// "the third quarter" in a text whose year ends in July: the
		// months of the one the tense points to, February to April
		if first, last, ok := t.fiscalNearest(u, n, y); ok && t.tense(i, j) != 0 {
			// (a sentence that says nothing of its time leaves which
			// such quarter open: no months rather than the wrong ones;
			// labelled by the calendar year it begins in, as every
			// other mention of it is: "H1" of a year ending in March,
			// April to September 2022, is 2022-H1)
			t.periodEnd = last
			return plain(first.Year, n), "", true, first
		}
		return plain(y, n), "", true, timeline.Date{} // the calendar period cannot be told
	}
	y, ok := t.periodYear(u, n, i, j)
	if !ok {
		return timeline.Date{}, unknownPeriod(u, n), false, timeline.Date{}
	}
	if e == 0 && t.lastQFiscal && u == uQuarter && t.lastQ.Prec == timeline.Quarter && !calendar {
		// "Q1 FY25/26 (April to June 2025). Spend in Q1 was low.": a
		// quarter of the fiscal year just named, which no calendar
		// quarter stands for unless it is that one
		label := plain(y, n)
		cal := timeline.Date{}
		if n == t.lastQ.Quarter {
			label, cal = t.lastQ, t.lastQCal
		}
		return label, "", true, cal
	}
	return plain(y, n), "", false, timeline.Date{}
}

// fiscalPeriodIn returns the n-th quarter or half (u) of the fiscal year
// that ends in year fy, in a text that says when its fiscal year ends:
// labelled by the calendar year it begins in (the first half of the year
// to March 2023 is 2022-H1), with the calendar quarter or half it is, or
// else its first month (its last in t.periodEnd); ok is false when the
// text's fiscal year cannot give it.
func (t *Tagger) fiscalPeriodIn(u unit, n, fy int) (label, cal timeline.Date, ok bool) {
	plain := func(y int) timeline.Date {
		if u == uHalf {
			return timeline.Date{Prec: timeline.Half, Year: y, Half: n}
		}
		return timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}
	}
	if c, ok := t.fiscalPeriod(u, n, fy); ok {
		return plain(c.Year), c, true
	}
	if first, last, ok := t.fiscalMonths(u, n, fy); ok {
		t.periodEnd = last
		return plain(first.Year), first, true
	}
	return timeline.Date{}, timeline.Date{}, false
}

// fiscalYearAhead reads "the year ahead", "the coming year" (i to end)
// in a text that says its fiscal year is not the calendar's, and has told
// one of its fiscal years (or the day one ended: "results for the year
// ended 31 March 2023"): the fiscal year after that one, April 2023 to
// March 2024, labelled by the year it ends in as "the year" is (in a
// text whose year ends on 31 December, the calendar's next year). ok is
// false in any other text, and for a year looked ahead to from the past
// ("In May 2022 we said the coming year would be hard").
func (t *Tagger) fiscalYearAhead(i, end int) (res, bool) {
	e := t.fyEnd()
	if e == 0 || !t.fyStrong {
		return res{}, false
	}
	fy := 0
	switch {
	case e != 12 && !t.lastFiscal.IsZero():
		y, ok := fiscalYearOf(t.lastFiscalCal, e)
		if !ok {
			return res{}, false
		}
		fy = y
		if fy == t.fyAhead {
			fy-- // ("The year ahead will be busy. In the coming year ...": the same year ahead)
		}
	case t.last.Prec == timeline.Day && t.last.Month == e && t.last.Day >= 28:
		fy = t.last.Year
	case t.fyAhead != 0:
		fy = t.fyAhead - 1 // the year ahead, read before
	default:
		return res{}, false
	}
	if s := i - b2i(t.isAny(i-1, "in", "during", "over", "for", "through", "throughout")); !t.sentenceStart(s) && !t.newLine(s) && t.tense(i, end) < 0 {
		return res{}, false // (but "The first half was slow. In the coming year we plan ...": the writer's look ahead, whatever the sentence before told)
	}
	fy++
	t.fyAhead = fy
	if e == 12 {
		// "Results for the year ended 31 December 2024. We expect the
		// year ahead to be steady": the calendar's next year, 2025
		return res{start: i, end: end, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: fy}}, true
	}
	return res{start: i, end: end, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: fy}, fiscal: true,
		cal: newCal(timeline.Date{Prec: timeline.Month, Year: fy - 1, Month: e%12 + 1}, timeline.Date{Prec: timeline.Month, Year: fy, Month: e})}, true
}

// fiscalYearOf returns the year in which the fiscal year ends, the year
// ending in month e, that the month, day or calendar quarter or half d
// begins in; ok is false for a year or any other date.
func fiscalYearOf(d timeline.Date, e int) (int, bool) {
	m := 0
	switch {
	case d.Prec == timeline.Quarter && d.Quarter >= 1 && d.Quarter <= 4:
		m = 3*d.Quarter - 2
	case d.Prec == timeline.Half && d.Half >= 1 && d.Half <= 2:
		m = 6*d.Half - 5
	case d.Prec >= timeline.Month && d.Month >= 1 && d.Month <= 12:
		m = d.Month
	default:
		return 0, false
	}
	if m > e {
		return d.Year + 1, true
	}
	return d.Year, true
}

func unknownPeriod(u unit, n int) string {
	if u == uHalf {
		return "XXXX-H" + strconv.Itoa(n)
	}
	return "XXXX-Q" + strconv.Itoa(n)
}

// quarterNumberBefore returns n for "the fourth quarter", "its fiscal
// fourth quarter", "fourth-quarter" ending at the unit token k; 0 if none.
func (t *Tagger) quarterNumberBefore(k int) int {
	j := k - 1
	if t.dash(j) && t.glued(j) {
		j--
	}
	if t.is(j, "fiscal") {
		j--
	}
	if w := t.w(j); w != nil && w.ord >= 1 && w.ord <= 4 {
		return w.ord
	}
	return 0
}

// fiscalQuarterAround returns the months of the quarter that r ("this
// quarter", "next quarter", "last quarter", "the quarter" reported on)
// names, in a text that says its
// fiscal year ends in a month that no calendar quarter ends in: the
// fiscal quarter the reference day is in, or the one so many after or
// before it; ok is false for anything else. (r is passed by its address,
// as to timex's other tests: the result is large to copy.)
func (t *Tagger) fiscalQuarterAround(r *res) (first, last timeline.Date, ok bool) {
	if r.fiscal || r.d.Prec != timeline.Quarter || !t.hasRef || r.end-r.start != 2 ||
		!t.isAny(r.start, "this", "next", "last", "current", "previous", "coming", "the") || !t.is(r.start+1, "quarter") {
		return timeline.Date{}, timeline.Date{}, false
	}
	e := t.fyEnd()
	if e == 0 || e%3 == 0 || !t.fyStrong {
		return timeline.Date{}, timeline.Date{}, false
	}
	refQ := t.ref.Year()*4 + (int(t.ref.Month())-1)/3
	n := r.d.Year*4 + r.d.Quarter - 1 - refQ
	m := int(t.ref.Month())
	off := ((m-(e%12+1))%3 + 3) % 3
	f := timeline.Date{Prec: timeline.Month, Year: t.ref.Year(), Month: m}
	f, ok1 := shiftDate(f, uMonth, 3*n-off)
	l, ok2 := shiftDate(f, uMonth, 2)
	if !ok1 || !ok2 {
		return timeline.Date{}, timeline.Date{}, false
	}
	return f, l, true
}
