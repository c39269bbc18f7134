package tempex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// Expressions that begin with a word other than a month, weekday or
// number: today, now, last week, the 1990s, every Monday, fiscal 1989.

var (
	setWords = map[string]string{
		"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "semiannually": "P6M", "biannually": "P6M",
		"yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W", "fortnightly": "P2W",
	}
	freqWords   = map[string]string{"once": "1X", "twice": "2X", "thrice": "3X"}
	decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
		"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
	present = timeline.Date{Ref: timeline.PresentRef}
	past    = timeline.Date{Ref: timeline.PastRef}
	future  = timeline.Date{Ref: timeline.FutureRef}
)

func (t *Tagger) wordExpr(i int, afterMod bool) (res, bool) {
	w := t.w(i)
	switch {
	case w.key == "a" && t.isAny(i+1, "moment", "generation", "lifetime") && t.is(i+2, "ago"), (w.key == "moments" || w.key == "generations") && t.is(i+1, "ago"):
		// "a moment ago", "moments ago": just now, no measure; "a
		// generation ago": long ago, no measure either
		return res{start: i, end: i + 2 + b2i(w.key == "a"), typ: Date, d: past}, true
	case w.key == "weekends" && t.isAny(i-1, "on", "at") && !t.tok(i).cap:
		// "open on weekends", "at weekends": every weekend
		return res{start: i, end: i + 1, typ: Set, val: "XXXX-WXX-WE", quant: qEvery}, true
	}
	switch w.key {
	case "today", "yesterday", "tomorrow", "tonight", "overnight":
		return t.dayWord(i, w.key)
	case "now", "currently", "presently", "nowadays":
		if w.key == "now" && t.dash(i+1) && t.glued(i+1) {
			return res{}, false
		}
		if nx := t.tok(i + 1); w.key == "now" && nx != nil && nx.kind == tNum && nx.nd <= 3 && (t.punct(i+2, ',') || t.isAny(i+2, "and", "years") || t.punct(i+2, ')') && t.punct(i-1, '(') && nx.sfx == sfxNone) {
			return res{}, false // "Now 61, she still runs the farm", "A (now 9)": an age
		}
		if w.key == "now" && t.tok(i).cap && !t.sentenceStart(i) {
			if p := t.tok(i - 1); p != nil && p.kind == tWord && p.cap {
				return res{}, false // "Where Are We Now?", "Apocalypse Now": a title
			}
		}
		return res{start: i, end: i + 1, typ: Date, d: present}, true
	case "recently", "lately":
		if w.key == "recently" && t.is(i-1, "as") && t.is(i+1, "as") {
			// "as recently as late 2009", "as recently as 1990": the date
			// it measures, no vague past beside it
			if r2, ok := t.match(i + 2); ok && r2.start == i+2 && r2.typ == Date {
				r2.start = i - 1
				return r2, true
			}
			return res{}, false
		}
		return res{start: i, end: i + 1, typ: Date, d: past}, true
	case "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties":
		// "the Seventies and Eighties": the second of a pair, in the
		// first's century
		if !t.afterDecade(i) {
			return res{}, false
		}
		r, ok := t.decadeWord(i)
		if y := t.last.Year - t.last.Year%100 + r.d.Year%100; ok {
			if y < t.last.Year {
				y += 100
			}
			r.d.Year = y
		}
		return r, ok
	case "noon", "midnight", "midday":
		return t.noon(i, w.key)
	case "every", "each":
		return t.setExpr(i)
	case "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", "biweekly", "fortnightly", "semiannually", "biannually":
		// "a quarterly dividend": an adjective, said of what is paid or
		// published each quarter, not a set of times; "paid quarterly" is
		if w.key == "quarterly" {
			if nx := t.tok(i + 1); nx != nil && nx.kind == tWord && !t.isAny(i+1, "and", "or", "in", "on", "at", "from", "since", "until", "by", "to", "for") {
				return res{}, false
			}
		}
		// "rise 8.5% annually", "average daily volume": rates, not sets
		// (but "cost $12 million annually" is paid every year)
		money := t.isAny(i-1, "million", "billion", "thousand", "dollars", "euros", "pounds") ||
			t.tok(i-1) != nil && t.tok(i-1).kind == tNum && t.tok(i-1).sfx == sfxOther && (t.punct(i-2, '£') || t.punct(i-2, '$') || t.punct(i-2, '€')) // ("cost about £48m daily")
		for k := i - 1; k >= i-2 && k >= 0 && !money; k-- {
			if tk := t.tok(k); tk.kind == tNum || tk.kind == tPunct && tk.r == '%' || t.isAny(k, "average", "percent") {
				return res{}, false
			}
		}
		// "Nepal's largest English daily", "the party daily Granma", "the
		// People's Daily": a newspaper
		if p := t.tok(i - 1); p != nil && p.kind == tWord && p.cap && !t.sentenceStart(i-1) || t.tok(i).cap && !t.tok(i).upper && !t.sentenceStart(i) {
			return res{}, false
		}
		if nx := t.tok(i + 1); nx != nil && nx.kind == tWord && nx.cap && nx.w() == nil {
			return res{}, false
		}
		v := setWords[w.key]
		r := res{start: i, end: i + 1, typ: Set, val: v, quant: qEvery}
		if t.dash(i-1) && t.glued(i) && t.glued(i-1) {
			// "semi-annually", "bi-weekly", "twice-daily", "twice-yearly"
			switch {
			case t.is(i-2, "semi") && (w.key == "annually" || w.key == "yearly"):
				r.start, r.val = i-2, "P6M"
			case t.is(i-2, "bi") && w.key == "weekly":
				r.start, r.val = i-2, "P2W"
			case t.isAny(i-2, "once", "twice", "thrice"):
				r.start, r.freq, r.quant = i-2, lowerIn(t, i-2, freqWords), qNone
			}
		}
		return r, true
	case "fiscal", "fy":
		r, ok := t.fiscal(i)
		if ok && r.start == i && t.is(i-1, "full") && t.isAny(i-2, "the", "its", "their", "our") {
			r.start = i - 2 // "the full fiscal year 2025"
		}
		return r, ok
	case "calendar":
		// "calendar 2027", said beside a fiscal year: the year itself
		if y, k, ok := t.yearAt(i + 1); ok {
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
		return res{}, false
	case "q", "h":
		return t.quarterCode(i)
	case "christmas", "easter", "thanksgiving", "halloween", "new", "independence", "veterans",
		"valentine", "boxing", "labor", "memorial", "mother", "father", "presidents", "election",
		"good", "black", "cyber", "palm", "mothering", "whit", "ash", "shrove", "maundy", "remembrance", "holy", "ve", "vj",
		"pentecost", "trinity", "ascension", "corpus", "gaudete", "laetare", "divine", "advent", "all",
		"michaelmas", "candlemas", "lammas", "martinmas", "lady", "midsummer",
		"armistice", "bastille", "anzac", "guy", "bonfire", "canada", "australia", "st", "saint":
		r, ok := t.holiday(i)
		if ok && t.historicDisaster(r) {
			return res{}, false
		}
		if ok && r.typ == Date && r.mod == timeline.ModNone && (r.d.Prec == timeline.Day || r.val != "" && len(r.val) == 10) {
			// "on Christmas night", "Easter Sunday morning": that part of
			// the feast's day
			r = t.partAfter(r)
		}
		return r, ok
	case "super":
		// "Super Tuesday", told in the months of a presidential year's
		// primaries: the first Tuesday of March, on which most states
		// have held them since 2012 (in another season it names a day
		// of another year: see namedDays)
		if t.tok(i).cap && t.is(i+1, "tuesday") && t.tok(i+1).cap && t.primarySeason() && !t.glued(i+1) {
			d := time.Date(t.ref.Year(), time.March, 1, 0, 0, 0, 0, time.UTC)
			return res{start: i, end: i + 2, typ: Date, d: dayDate(weekdayFrom(d.AddDate(0, 0, -1), 2, false))}, true
		}
	case "may":
		if t.is(i+1, "day") && t.tok(i).cap && t.tok(i+1).cap && !(t.is(i+2, "bank") || t.is(i+2, "holiday")) {
			return t.holiday(i) // "May Day", not the bank holiday of that name (the first Monday)
		}
	case "pre", "post":
		if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) {
			if r, ok := t.numeric(i + 2); ok && r.typ == Date {
				r.start = i
				r.mod = timeline.ModBefore
				if w.key == "post" {
					r.mod = timeline.ModAfter
				}
				return r, true
			}
		}
	case "ad", "ce":
		if n, nd, ok := t.num(i + 1); ok && t.tok(i).upper && t.tok(i+1).sfx == sfxS && nd >= 2 && nd <= 3 && n%10 == 0 && t.isAny(i-1, "the", "early", "late", "mid") {
			// "the AD 160s" ("the AD 400s" a century)
			prec := timeline.Decade
			if n%100 == 0 && t.is(i-1, "the") {
				prec = timeline.Century
			}
			return res{start: i, end: i + 2, typ: Date, d: timeline.Date{Prec: prec, Year: n}}, true
		}
		if y, ok := t.yearAfterEra(i); ok {
			return res{start: i, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
	case "once", "twice", "thrice":
		// "twice yearly", "twice weekly"
		if t.isAny(i+1, "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly") {
			if r, ok := t.wordExpr(i+1, false); ok && r.typ == Set {
				r.start, r.freq = i, freqWords[w.key]
				return r, true
			}
		}
		if t.isAny(i+1, "a", "per", "every", "each") {
			if r, ok := t.quantity(i + 1); ok && r.typ == Set {
				return r, true
			}
			if r, ok := t.setExpr(i + 1); ok {
				r.start = i
				r.freq = freqWords[w.key]
				return r, true
			}
		}
	case "a", "some":
		// "A.D. 79"
		if w.key == "a" && t.tok(i).upper && t.punct(i+1, '.') && t.glued(i+1) && t.is(i+2, "d") && t.glued(i+2) {
			k := i + 3
			if t.punct(k, '.') {
				k++
			}
			if n, nd, ok := t.num(k); ok && nd <= 4 && n > 0 && t.tok(k).sfx == sfxNone && !t.badAfter(k) {
				return res{start: i, end: k + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
			}
		}
		// "a while", "a long time", "some time", "a short time"
		k := i + 1
		if t.isAny(k, "long", "short") && w.key == "a" {
			k++
		}
		if (t.is(k, "while") && w.key == "a") || (t.is(k, "time") && k > i+1) || (t.is(k, "time") && w.key == "some") {
			if t.is(k+1, "ago") { // "a while ago", "some time ago"
				return res{start: i, end: k + 2, typ: Date, d: timeline.Date{Ref: timeline.PastRef}}, true
			}
			if nw := t.w(k + 1); w.key == "some" && nw != nil && (nw.wday > 0 || nw.month > 0 || nw.season != timeline.NoSeason ||
				t.isAny(k+1, "next", "this", "last", "later", "early", "earlier", "soon", "today", "tomorrow", "tonight")) {
				return res{}, false // "some time next week": when, not how long
			}
			if !t.isAny(k+1, "when", "that", "to", "of", "since") {
				return res{start: i, end: k + 1, typ: Duration, val: "PXX"}, true
			}
		}
	case "future":
		if nx := t.w(i + 1); nx != nil && nx.unit != uNone && nx.plural {
			return res{start: i, end: i + 2, typ: Date, d: future}, true
		}
		if t.isAny(i-1, "in", "for", "into") {
			return res{start: i, end: i + 1, typ: Date, d: future}, true
		}
	case "earlier", "later":
		// "earlier this month", "later today", "later this afternoon"
		if r, ok := t.core(i+1, false); ok && (r.typ == Date || r.typ == Time && r.d.Prec == timeline.Day && r.d.Part != timeline.NoPart) &&
			t.isAny(i+1, "this", "today", "that", "in", "yesterday", "tonight") {
			r.start = i
			if t.is(i+1, "in") {
				return res{}, false
			}
			if r.d.Prec > timeline.PrecisionNone && r.d.Prec < timeline.Day || r.typ == Time {
				if w.key == "earlier" {
					r.mod = timeline.ModStart
				} else {
					r.mod = timeline.ModEnd
				}
			}
			return r, true
		}
	case "midweek", "midmonth", "midyear":
		return t.midPeriod(i, i+1, midUnits[w.key])
	case "mid":
		// "mid-week", "mid-month", "mid-year" (a month or a year after
		// the dash is read by prefix)
		if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) {
			if u, ok := midUnits["mid"+t.key(i+2)]; ok {
				return t.midPeriod(i, i+3, u)
			}
		}
		return res{}, false
	case "another":
		if r, ok := t.quantity(i); ok && r.typ == Duration {
			return r, true // "another decade"
		}
		return res{}, false
	case "the", "this", "that", "last", "next", "past", "coming", "previous", "following",
		"current", "latest", "these", "recent", "its", "their", "his", "her", "our", "same":
		if w.key == "last" && !afterMod && t.isAny(i-1, "to", "will", "would", "could", "can", "may", "might", "should",
			"must", "did", "does", "do", "not", "ll", "cannot") {
			return res{}, false // "talks could last several weeks": the verb
		}
		if (w.key == "last" || w.key == "next") && t.isAny(i-1, "his", "her", "their", "its", "my", "our", "your") {
			return res{}, false // "his last year at school": his final one
		}
		if w.key == "last" && t.is(i+1, "quarter") && !t.isAny(i-1, "the", "this", "a") && t.moonContext(i) {
			return res{}, false // "| 18 | last quarter |" under "Moon": the Moon's phase
		}
		r, ok := t.detExpr(i, afterMod)
		if !ok && w.key == "current" && !t.isAny(i+1, "account", "accounts", "affairs", "assets", "liabilities", "ratio", "density", "flow", "flows", "sea", "meter") &&
			!(t.dash(i-1) && t.glued(i) && t.is(i-2, "then")) { // "the then-current term": its own time, not now
			// (a "current account" deficit, "current affairs": terms,
			// not the present)
			if nx := t.w(i + 1); nx == nil || (nx.unit == uNone && nx.key != "fiscal") {
				return res{start: i, end: i + 1, typ: Date, d: present}, true
			}
		}
		return r, ok
	case "month":
		if r, ok := t.toDate(i, timeline.Month); ok {
			return r, true
		}
		if r, ok := t.periodEndAt(i); ok {
			return r, true
		}
		if r, ok := t.barePeriodEnded(i, afterMod); ok {
			return r, true
		}
		return t.unitEnd(i)
	case "quarter":
		if r, ok := t.barePeriodEnded(i, afterMod); ok {
			return r, true
		}
		return t.periodEndAt(i)
	case "week":
		if r, ok := t.unitEnd(i); ok {
			return r, true
		}
		// "week 32 of 2018", "epi week 9, 2025"
		if n, nd, ok := t.num(i + 1); ok && nd <= 2 && n >= 1 && n <= 53 && t.tok(i+1).sfx == sfxNone {
			k := i + 2
			if t.is(k, "of") || t.punct(k, ',') {
				k++
			}
			if y, k2, ok := t.yearAt(k); ok {
				if t.isAny(i-1, "calendar", "iso", "epi", "epidemiological") {
					return t.weekOfYear(i-1, k2, y, n, t.isAny(i-1, "epi", "epidemiological"))
				}
				return res{start: i, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Week, Year: y, Week: n}}, true
			}
		}
		if t.isAny(i+1, "beginning", "starting", "commencing") && !t.is(i-1, "the") ||
			t.is(i+1, "of") && t.tok(i).cap && (t.lineStart(i) || t.sentenceStart(i)) {
			// "week commencing 1 December 2025", a sheet's or a list's
			// "Week of Feb 9 2026": that day's week (but a log's line
			// "Week of 3/3/2025" over its days' entries gives the day its
			// entries count from)
			if m, ok := t.core(i+2, false); ok && m.typ == Date && m.d.Prec == timeline.Day &&
				!(t.is(i+1, "of") && m.end < len(t.toks) && t.newLine(m.end)) {
				if tt, ok := dayTime(m.d); ok {
					return res{start: i, end: m.end, typ: Date, d: at(tt, uWeek), namedWeek: true}, true
				}
			}
		}
		return t.weekNumber(i, false)
	case "wk", "cw", "kw", "ew":
		if w.key == "ew" && !t.tok(i).upper {
			return res{}, false // ("ew", a cry of disgust; "EW 30" is an epidemiological week)
		}
		return t.weekNumber(i, w.key != "wk" && t.tok(i).upper)
	case "w":
		// "w/c 14 July 2025", "w/b 3 March" (the week commencing or
		// beginning that day), "w/e 7 March" (the week ending it)
		if t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2) && t.isAny(i+2, "c", "b", "e") {
			if m, ok := t.core(i+3, false); ok && m.start == i+3 && m.typ == Date && m.d.Prec == timeline.Day {
				if tt, ok := dayTime(m.d); ok {
					return res{start: i, end: m.end, typ: Date, d: at(tt, uWeek), namedWeek: !t.is(i+2, "e")}, true
				}
			}
		}
	case "year":
		if r, ok := t.toDate(i, timeline.Year); ok {
			return r, true
		}
		if r, ok := t.yearAgo(i); ok {
			return r, true
		}
		if r, ok := t.unitEnd(i); ok {
			return r, true
		}
		fallthrough
	case "yearend":
		// "year-end", "year end"
		k := i + 1
		if w.key == "year" {
			if t.dash(k) && t.glued(k) {
				k++
			}
			if !t.is(k, "end") {
				return res{}, false
			}
		} else {
			k = i
		}
		if y, e, ok := t.yearAt(k + 1); ok && !t.glued(k+1) {
			// "at year-end 2012": that year's end
			return res{start: i, end: e, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}, mod: timeline.ModEnd}, true
		}
		tn := t.tense(i, k+1)
		if d, ok := t.storyPeriod(i, uYear, tn); ok && (t.narrative || !t.hasRef || d.Year != t.ref.Year()) {
			// "In 1943 the army advanced. By year-end it held the city":
			// that year's end (the writer's year is read below, as a
			// report's "Cash totaled $2 billion at year-end" told early
			// in it is the year before's)
			return res{start: i, end: k + 1, typ: Date, d: d, mod: timeline.ModEnd}, true
		}
		if !t.hasRef {
			return res{}, false
		}
		y := t.ref.Year()
		attr := t.tok(k+1) != nil && t.tok(k+1).kind == tWord && !t.tok(k+1).cap && t.w(k+1) == nil &&
			!t.isAny(k+1, "and", "or", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "that", "was", "were", "is", "are")
		if !t.narrative && !attr && tn < 0 && (t.closePast || !t.reportedBefore(i)) && t.ref.Month() < 12 {
			y-- // "Cash totaled $2 billion at year-end", told in March: the end of the year before
		}
		return res{start: i, end: k + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}, mod: timeline.ModEnd}, true
	}
	return res{}, false
}

// periodEndAt reads "month-end" and "quarter-end": the end of the month or
// quarter the writer is in, or, told as done, of the one before.
func (t *Tagger) periodEndAt(i int) (res, bool) {
	w := t.w(i)
	if w != nil && t.is(i+1, "end") && !t.glued(i+1) && t.isAny(i-1, "by", "at", "before", "until", "till", "due") && t.hasRef && !t.narrative {
		// "Returns must be filed by month end": "month-end" written as
		// two words, after a word that asks for a time
		return t.periodEndFrom(i, w.unit, i+2)
	}
	if w == nil || !t.dash(i+1) || !t.glued(i+1) || !t.glued(i+2) || !t.is(i+2, "end") || !t.hasRef || t.narrative {
		return res{}, false
	}
	return t.periodEndFrom(i, w.unit, i+3)
}

// periodEndFrom reads the end of the month or quarter u written from token
// i up to end ("month-end", "month end"): see periodEndAt.
func (t *Tagger) periodEndFrom(i int, u unit, end int) (res, bool) {
	w := t.w(i)
	if u != uMonth && u != uQuarter || w.plural {
		return res{}, false
	}
	if nx := t.tok(end); nx != nil && nx.kind == tWord && !nx.cap && t.w(end) == nil && !t.isAny(end, "and", "or", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "that", "was", "were", "is", "are") {
		return res{}, false // "month-end figures", "quarter-end balances": the noun's, read with it
	}
	d := at(t.ref, u)
	if t.tense(i, end) < 0 && (t.closePast || !t.reportedBefore(i)) {
		d, _ = shiftDate(d, u, -1) // "as of quarter-end" told as done: the quarter before
	}
	return res{start: i, end: end, typ: Date, d: d, mod: timeline.ModEnd}, true
}

// barePeriodEnded reads the month or quarter of "end of month", "the end of
// quarter" (the modifier read before, afterMod), written with no article
// as a deadline or a table's cell is ("Invoices due: end of month"): the
// writer's month or quarter, or, told as done, the one before, as
// "month-end" is (periodEndAt). "end of month figures" names a kind of
// figures, no date.
func (t *Tagger) barePeriodEnded(i int, afterMod bool) (res, bool) {
	w := t.w(i)
	if !afterMod || w.plural || !t.is(i-1, "of") || !t.is(i-2, "end") || !t.hasRef || t.narrative {
		return res{}, false
	}
	if nx := t.tok(i + 1); nx != nil && nx.kind == tWord && !nx.cap && t.w(i+1) == nil && !t.isAny(i+1, "and", "or", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "that", "was", "were", "is", "are") {
		return res{}, false // "end of month figures": the noun's, a kind of thing
	}
	d := at(t.ref, w.unit)
	if t.tense(i, i+1) < 0 && (t.closePast || !t.reportedBefore(i)) {
		d, _ = shiftDate(d, w.unit, -1) // "Stock was counted at end of month", told as done: the month before
	}
	return res{start: i, end: i + 1, typ: Date, d: d}, true
}

// midUnits are the units of the words for the middle of one.
var midUnits = map[string]unit{"midweek": uWeek, "midmonth": uMonth, "midyear": uYear}

// midPeriod reads "midweek", "mid-month", "midyear", from token i to end:
// the middle (mod MID) of the week, month or year the text is in. That is
// the one of a date told just before, in the sentence or the one before
// ("In 2009 the firm lost money, and by midyear ..."), else, in news, the
// writer's; told as done before its middle is reached ("Shares fell at
// midweek", on a Monday), the one before, and looked ahead to once its
// middle is past ("by midyear", in October), the next one. Before a
// noun it names a kind of thing, no date: "midweek flights", "a mid-year
// review".
func (t *Tagger) midPeriod(i, end int, u unit) (res, bool) {
	if t.dash(end) && t.glued(end) {
		return res{}, false // ("mid-year-end", a compound of more words)
	}
	if u == uYear {
		if y, e, ok := t.yearAt(end); ok && !t.glued(end) {
			return res{start: i, end: e, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}, mod: timeline.ModMid}, true // "mid-year 2016"
		}
	}
	if nx := t.tok(end); nx != nil && nx.kind == tWord && !nx.cap && nx.w() == nil && !t.isAny(end, "and", "or", "to", "of", "in", "on", "at", "for",
		"from", "with", "by", "as", "that", "was", "were", "is", "are", "when", "after", "before", "it", "he", "she", "they", "we", "i", "you",
		"but", "if", "will", "would", "should", "could", "had", "has", "have", "there", "than", "while", "because", "so") {
		return res{}, false // "midweek flights": an adjective
	}
	r := res{start: i, end: end, typ: Date, mod: timeline.ModMid}
	tn := t.tense(i, end)
	if (tn == 0 || t.weakCue) && !t.isAny(i-1, "by", "until", "till", "before", "after", "since") {
		return res{}, false // "Traffic is lighter midweek": any week's, a habit
	}
	if d, ok := t.storyPeriod(i, u, tn); ok {
		r.d = d
		return r, true
	}
	if !t.hasRef {
		r.val = unknownUnit(u)
		return r, true
	}
	d := at(t.ref, u)
	if !t.narrative && tn != 0 {
		// where the writer's day is in the period: before its middle
		// (-1), past it (1), or at it
		pos := 0
		switch u {
		case uWeek:
			wd := int(t.ref.Weekday()+6) % 7 // Monday 0
			pos = b2i(wd > 2) - b2i(wd < 2)
		case uMonth:
			pos = b2i(t.ref.Day() > 20) - b2i(t.ref.Day() < 10)
		case uYear:
			pos = b2i(t.ref.Month() > time.July) - b2i(t.ref.Month() < time.June)
		}
		if tn < 0 && pos < 0 && (t.closePast || !t.reportedBefore(i)) || tn > 0 && pos > 0 {
			d, _ = shiftDate(d, u, tn)
		}
	}
	r.d = d
	return r, true
}

// storyPeriod returns the week, month or year (u) of the date told just
// before token i, in its sentence or the one before, for a period named
// without a date ("In 2009 the firm lost money, and by midyear ...", "In
// 1943 the army advanced. By year-end ..."); ok is false when none was
// told, or it names a thing, bounds a time or is an aside ("the 2014 World
// Cup", "until 2019", "The bank, founded in 1880, ..."), or it is a
// period gone by while the words (tn > 0) look ahead, in news.
func (t *Tagger) storyPeriod(i int, u unit, tn int) (timeline.Date, bool) {
	l := t.last
	if t.lastSetEnd < 0 || t.lastSetEnd > i || t.lastUnknown || l.IsVague() || l.Year == 0 || t.lastAttr || t.lastBound || t.lastAside ||
		t.sentencesBetween(t.lastSetEnd, i) > 1 || t.paragraphBetween(t.lastSetEnd, i) ||
		t.hasRef && !t.narrative && tn > 0 && l.End().Before(t.ref) {
		return timeline.Date{}, false
	}
	if tt, ok := dayTime(l); ok {
		return at(tt, u), true
	}
	switch {
	case u == uYear && l.Prec >= timeline.Year:
		return timeline.Date{Prec: timeline.Year, Year: l.Year}, true
	case u == uMonth && l.Prec == timeline.Month:
		return timeline.Date{Prec: timeline.Month, Year: l.Year, Month: l.Month}, true
	case u == uWeek && l.Prec == timeline.Week:
		return timeline.Date{Prec: timeline.Week, Year: l.Year, Week: l.Week}, true
	}
	return timeline.Date{}, false
}

// dayOfMonth reads "on the 22nd": a day of the month the text is on (the
// month it named last, within about a paragraph in news, or else the
// reference date's month, or the one before or after it as the tense
// says). i is the token of "the".
// prospectiveWords, after "is" or "are", look ahead: "is possible",
// "are expected", "is due".
var prospectiveWords = map[string]bool{"possible": true, "likely": true, "expected": true, "due": true, "scheduled": true,
	"forecast": true, "predicted": true, "planned": true, "set": true, "upcoming": true}

// theNthOf reads "the 4th of July, 1976", "the fourth of July", "the
// twelfth of June, two thousand twenty-seven" from "the" at token i.
func (t *Tagger) theNthOf(i int) (res, bool) {
	n, k, ok := t.ordinalAt(i + 1)
	roman := false
	if !ok && t.isAny(i+1, "ides", "nones", "kalends", "calends") && t.is(i+2, "of") &&
		t.last.Prec >= timeline.Year && t.lastEnd >= 0 && t.lastEnd < i && t.sentencesBetween(t.lastEnd, i) <= 1 && !(t.lastEnd == i-1 && t.punct(i-1, ',')) && !t.punct(i-1, ',') {
		// "In 44 BC Caesar was murdered on the Ides of March": the Roman
		// calendar's named days, the 15th (13th), the 7th (5th) and the
		// 1st of the month, in a year the story is in (but not "Beware
		// the Ides of March", a saying, nor "15 March 44 BC, the Ides of
		// March", the day again)
		n, k, ok, roman = 1, i+2, true, true
	}
	if ok && n >= 1 && n <= 31 && t.isAny(k, "and", "or") && t.tok(i+1).kind == tNum {
		// "dated the 24th and 25th days of March 1760": the month and
		// year the list of days shares
		if m, y, ok := t.sharedMonth(i + 1); ok && validDay(y, m, n) {
			return res{start: i, end: k, typ: Date, d: dayValue(y, m, n)}, true
		}
	}
	if !ok || n < 1 || n > 31 || !t.is(k, "of") {
		return res{}, false
	}
	mw := t.w(k + 1)
	if mw == nil || mw.month == 0 {
		return res{}, false
	}
	m := mw.month
	if roman {
		long := m == 3 || m == 5 || m == 7 || m == 10 // the months whose Ides fall on the 15th
		switch t.lowerWord(i + 1) {
		case "ides":
			n = 13
			if long {
				n = 15
			}
		case "nones":
			n = 5
			if long {
				n = 7
			}
		}
	}
	e := k + 2
	if mw.abbr && t.punct(e, '.') {
		e++
	}
	e2 := e
	if t.punct(e2, ',') {
		e2++
	}
	if y, e3, ok := t.dualYear(e2, m); ok && validDay(y, m, n) {
		// "the 11th of February 1731/2": the year written Old Style and
		// New, the New
		return res{start: i, end: e3, typ: Date, d: dayValue(y, m, n)}, true
	}
	if y, e3, ok := t.yearAt(e2); ok && validDay(y, m, n) {
		return res{start: i, end: e3, typ: Date, d: dayValue(y, m, n)}, true
	}
	if y, e3, ok := t.spelledYear(e2); ok && validDay(y, m, n) {
		return res{start: i, end: e3, typ: Date, d: dayValue(y, m, n)}, true
	}
	if !validDay(2000, m, n) {
		return res{}, false
	}
	if t.isAny(e, "the", "that") {
		// "on the Ides of March that year"
		if y, e3, ok := t.yearPhrase(e); ok && validDay(y, m, n) {
			return res{start: i, end: e3, typ: Date, d: dayValue(y, m, n)}, true
		}
	}
	r := res{start: i, end: e, typ: Date, noYear: true}
	r.d, r.val = t.dayNoYear(m, n, i, e)
	return r, true
}

func (t *Tagger) dayOfMonth(i int) (res, bool) {
	tk := t.tok(i + 1)
	if tk == nil || tk.kind != tNum || tk.sfx != sfxOrd || tk.nd > 2 || tk.n < 1 || tk.n > 31 {
		return res{}, false
	}
	if !t.isAny(i-1, "on", "by", "until", "till", "since", "from", "before", "after", "to", "through", "for") &&
		!(t.is(i-1, "of") && t.is(i-3, "the") && (t.is(i-2, "night") || t.isAny(i-2, "morning", "afternoon", "evening") && t.isAny(i-4, "on", "in", "during"))) {
		// ("on the night of the 12th/13th", read by relDet; "On the
		// morning of the 25th": that day's morning)
		return res{}, false
	}
	e := i + 2 // (the day's end)
	if t.punct(e, '/') && t.nightPair(i+1) {
		e = i + 4 // "on the night of the 12th/13th": the night from the first day on
	}
	// not "on the 22nd floor", "by the 3rd quarter", "for the 19th time"
	if nx := t.tok(e); nx != nil {
		switch {
		case nx.kind == tPunct:
			if t.dash(e) || nx.r == '/' {
				return res{}, false
			}
			if nx.r == '(' && t.unitAfterBracket(e) {
				return res{}, false // "drafts from the 3rd (Reserve) Battalion": a unit's number
			}
		case nx.kind == tWord:
			if nx.cap || !t.isAny(e, "and", "or", "to", "when", "at", "with", "through", "until", "before",
				"after", "but", "the", "he", "she", "they", "it", "we", "his", "her", "their", "its", "onwards", "onward", "inclusive", // ("from the 13th onwards")
				"so", "because", "unless", "then", "you", "i") && // ("turns 70 on the 25th so we'll do dinner": a clause after the day)
				!(nx.w() != nil && nx.w().num > 1 && nx.w().unit == uNone && t.is(i-1, "on") && t.opensSentence(i-1)) { // ("On the 16th two battles were fought")
				return res{}, false
			}
		case nx.kind == tNum:
			return res{}, false
		}
	}
	d := int(tk.n)
	r := res{start: i, end: e, typ: Date}
	if m, y, ok := t.sharedMonth(i + 1); ok && validDay(y, m, d) {
		// "the 3rd and 4th of May 2026": the month and year of the list
		r.d = dayValue(y, m, d)
		return r, true
	}
	var y, m int
	lastMonth := (t.last.Prec == timeline.Month || t.last.Prec >= timeline.Day) && (t.narrative || i-t.lastEnd <= clockReach)
	if lastMonth && !t.narrative && t.hasRef && validDay(t.last.Year, t.last.Month, d) {
		// "sat in July and will resume on the 19th", said in August:
		// not July's 19th, which is past
		// and "was heard on the 3rd" after "from 7 to 21 April", said in
		// March: not April's 3rd, which is to come
		c := time.Date(t.last.Year, time.Month(t.last.Month), d, 0, 0, 0, 0, time.UTC)
		if dir := t.tense(i, e); c.Before(t.ref) && dir > 0 && !t.weakCue || c.After(t.ref) && dir < 0 {
			lastMonth = false
		}
	}
	if lastMonth && (!t.narrative || t.isAny(i-1, "until", "till", "by")) && t.last.Prec == timeline.Day && t.last == t.spanTo && t.spanFrom.Prec == timeline.Day && t.spanFrom.Month != t.spanTo.Month &&
		t.spanEnd >= 0 && t.spanEnd <= i && !t.sameSentence(t.spanEnd, i) {
		// "The road closure runs from 3 November to 12 December 2025.
		// The client PM is on leave until the 20th": the span just told
		// holds two months, and the words do not say which one's
		r.val = "XXXX-XX-" + two(d)
		return r, true
	}
	switch {
	case lastMonth:
		y, m = t.last.Year, t.last.Month
		if (t.narrative || !t.hasRef) && t.last.Prec >= timeline.Day && d < t.last.Day && t.is(i-1, "on") && !t.pluperfectClause(i) && t.sentencesBetween(t.lastEnd, i) >= 1 {
			// "reached Paris on 29 June 1815. On the 3rd, the Convention
			// was signed": a story goes on into the next month
			if m++; m == 13 {
				y, m = y+1, 1
			}
		}
	case t.narrative && t.opt.Story.Prec == timeline.Month && t.last.Prec < timeline.Month:
		// "## September" of "Annual Report 2024": "met on the 24th" is
		// of the month the story is at
		y, m = t.opt.Story.Year, t.opt.Story.Month
	case t.hasRef && !t.narrative:
		y, m = t.ref.Year(), int(t.ref.Month())
		switch dir := t.tense(i, e); {
		case dir < 0 && d > t.ref.Day():
			if m--; m == 0 {
				y, m = y-1, 12
			}
		case dir > 0 && !t.weakCue && d < t.ref.Day():
			if m++; m == 13 {
				y, m = y+1, 1
			}
		}
	default:
		r.val = "XXXX-XX-" + two(d)
		return r, true
	}
	if !validDay(y, m, d) {
		return res{}, false
	}
	r.d = dayValue(y, m, d)
	return r, true
}

// unitAfterBracket reports whether the bracket opened at k closes within
// a few words and a military unit follows it: "the 3rd (Reserve)
// Battalion", "the 2nd (City of London) Regiment".
func (t *Tagger) unitAfterBracket(k int) bool {
	for n := k + 1; n < len(t.toks) && n <= k+6; n++ {
		if t.punct(n, ')') {
			return t.unitAfter(n + 1)
		}
		if t.tok(n).kind != tWord || t.newLine(n) {
			return false
		}
	}
	return false
}

// sharedMonth reads the month (and year) that a list of days starting at
// token k shares, written after its last day: "1 and Tuesday 2 September
// 2025", "3rd and 4th of May 2026", "11, 12 and 13 June". ok is false
// when no such month follows or no year can be had for it.
func (t *Tagger) sharedMonth(k int) (m, y int, ok bool) {
	if t.numberLabelBefore(k) {
		return 0, 0, false // "Briefing No. 7, 22 September 2022": a number, no day
	}
	days := 0
	for n := k + 1; n < len(t.toks) && n <= k+10; n++ {
		tk := t.tok(n)
		if t.newLine(n) {
			return 0, 0, false
		}
		switch {
		case tk.kind == tNum:
			if tk.nd > 2 || tk.n < 1 || tk.n > 31 || tk.sfx != sfxNone && tk.sfx != sfxOrd || t.glued(n+1) && t.punct(n+1, ':') {
				return 0, 0, false
			}
			days++
		case t.punct(n, ',') || t.dash(n) || t.punct(n, '&') || t.isAny(n, "and", "or", "to", "through", "the"):
		case t.punct(n, '.') && t.glued(n) && t.w(n-1) != nil && t.w(n-1).wday > 0:
		case tk.kind == tWord && tk.w() != nil && tk.w().wday > 0 && !tk.w().plural:
		case t.is(n, "of") && days > 0, t.is(n, "days") && days > 0 && t.is(n+1, "of") && t.tok(n-1).kind == tNum && t.tok(n-1).sfx == sfxOrd: // ("the 24th and 25th days of March")
		case tk.kind == tWord && tk.w() != nil && tk.w().month > 0 && days > 0 && t.tok(n-1).kind != tWord || t.is(n-1, "of"):
			if tk.w() == nil || tk.w().month == 0 {
				return 0, 0, false
			}
			m = tk.w().month
			j := n + 1
			if t.punct(j, '.') && t.glued(j) {
				j++
			}
			if t.punct(j, ',') {
				j++
			}
			if yy, _, ok := t.yearAt(j); ok {
				return m, yy, true
			}
			if yy, ok := t.monthYearFor(m, k, n+1); ok {
				return m, yy, true
			}
			return 0, 0, false
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// numberLabelBefore reports whether the number at k is labelled as one:
// "No. 7", "Nr 3", "#4", "Issue 12".
func (t *Tagger) numberLabelBefore(k int) bool {
	p := k - 1
	if t.punct(p, '#') {
		return true
	}
	if t.punct(p, '.') {
		p--
	}
	return t.isAny(p, "no", "nr", "number", "issue", "vol", "volume", "item", "ref", "art", "article", "para", "paragraph", "page", "pp", "chapter", "section", "edition")
}

// unitEnd reads "year's end", "month's end" and "week's end": the end of
// the year, month or week the text is in (the story's in a history, the
// reference date's in news).
func (t *Tagger) unitEnd(i int) (res, bool) {
	if !(t.punct(i+1, '\'') || t.punct(i+1, '’')) || !t.glued(i+1) || !t.is(i+2, "s") || !t.glued(i+2) || !t.is(i+3, "end") {
		return res{}, false
	}
	u := t.w(i).unit
	var d timeline.Date
	var prec timeline.Precision
	switch u {
	case uYear:
		prec = timeline.Year
	case uMonth:
		prec = timeline.Month
	case uWeek:
		prec = timeline.Week
	default:
		return res{}, false
	}
	switch base, ok := t.anchor(false); {
	case ok && base.Prec >= prec && (u != uWeek || base.Prec >= timeline.Day):
		if tt, ok := dayTime(base); ok {
			d = at(tt, u)
		} else {
			d = timeline.Date{Prec: prec, Year: base.Year, Month: base.Month}
		}
	default:
		return res{}, false
	}
	return res{start: i, end: i + 4, typ: Date, d: d, mod: timeline.ModEnd}, true
}

func (t *Tagger) yearAfterEra(i int) (int, bool) {
	if !t.tok(i).upper {
		return 0, false
	}
	n, nd, ok := t.num(i + 1)
	if !ok || nd > 4 || n == 0 || t.tok(i+1).sfx != sfxNone {
		return 0, false
	}
	if t.glued(i+1) && !t.is(i, "ad") {
		return 0, false // "flight CE4820": letters run into digits, a code (but "AD1066")
	}
	if t.badAfter(i + 1) {
		// but "AD 119-122": a range of years, the era written once
		if m, md, ok := t.num(i + 3); !ok || !t.dash(i+2) || !t.glued(i+2) || !t.glued(i+3) || md > 4 || m <= n {
			return 0, false
		}
	}
	return n, true
}

// suddenNouns follow an "overnight" that means sudden.
var suddenNouns = map[string]bool{
	"success": true, "sensation": true, "celebrity": true, "star": true, "hit": true,
	"fame": true, "millionaire": true, "transformation": true, "oats": true,
}

// overnightReadings follow an "overnight" that says which of a day's
// readings: "overnight lows near 90", "overnight temperatures", a
// forecast's figures of any night, none in particular.
var overnightReadings = map[string]bool{
	"low": true, "lows": true, "high": true, "highs": true, "temperature": true, "temperatures": true,
	"minimum": true, "minimums": true, "minima": true, "temps": true,
}

// overnightTravel follow an "overnight" that is a journey through the
// night after the day it starts: "an overnight flight", "the overnight
// ferry".
var overnightTravel = map[string]bool{
	"flight": true, "flights": true, "train": true, "trains": true, "bus": true, "buses": true, "ferry": true,
	"ferries": true, "crossing": true, "sailing": true, "journey": true, "sleeper": true, "coach": true, "drive": true,
	"voyage": true, "passage": true, "hike": true, "trek": true,
}

// habitualOvernight reports whether the "overnight" at i ends a relative
// clause told in the present of what is done as a rule: "Drivers who park
// overnight need a permit", "guests that stay overnight pay a fee". Such a
// night is any, no night near the reference date; a clause in the past
// ("the patients who stayed overnight") tells one.
func (t *Tagger) habitualOvernight(i int) bool {
	if !t.isAny(i-2, "who", "that", "which") {
		return false
	}
	v := t.tok(i - 1)
	if v == nil || v.kind != tWord || v.cap || t.w(i-1) != nil && t.w(i-1).unit != uNone {
		return false
	}
	if w := t.lowerWord(i - 1); len(w) < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	c, _ := t.cue(i-1, true)
	t.weakCue = false
	return c == 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// disasterNouns are the happenings a feast's name may name, once and for
// all: "the Boxing Day tsunami", "the Christmas Day bombing".
var disasterNouns = map[string]bool{
	"tsunami": true, "earthquake": true, "quake": true, "floods": true, "flood": true, "fires": true, "bushfires": true,
	"bombing": true, "bombings": true, "massacre": true, "attack": true, "attacks": true, "storm": true,
	"tornado": true, "tornadoes": true, "blizzard": true, "cyclone": true, "hurricane": true, "disaster": true,
	"uprising": true, "offensive": true, "raid": true, "truce": true,
}

// historicDisaster reports whether the feast r names a disaster after it,
// "the Boxing Day tsunami", of a feast more than two months before the
// writer's day: a day history named, whose year the text does not give
// (that of 2004, not last December's), where news a few weeks on means
// the last one.
func (t *Tagger) historicDisaster(r res) bool {
	if !t.is(r.start-1, "the") || !lowerIn(t, r.end, disasterNouns) || t.narrative || !t.hasRef || r.d.Prec != timeline.Day {
		return false
	}
	d, ok := dayTime(r.d)
	return ok && (d.After(t.ref) || t.ref.Sub(d) > 61*24*time.Hour)
}

// presentAgeNouns are what "today's" names of the present age, not of the
// writer's day: "today's youth", "today's world", "in today's money".
var presentAgeNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "economy": true, "generation": true, "children": true,
	"kids": true, "teenagers": true, "teens": true, "people": true, "culture": true, "technology": true,
	"standards": true, "money": true, "dollars": true, "terms": true, "workplace": true,
	"workforce": true, "climate": true, "age": true, "era": true, "times": true, "politics": true,
	"media": true, "parents": true, "students": true, "consumers": true, "landscape": true, "environment": true,
	"industry": true, "internet": true, "athletes": true, "musicians": true, "artists": true, "leaders": true,
}

// presentAgeAfter reports whether "today" at i is a possessive before a
// noun of the present age, after at most two adjectives: "today's
// youth", "today's fast-moving world", "today's young people" (not
// "today's meeting", the day's).
func (t *Tagger) presentAgeAfter(i int) bool {
	if !(t.punct(i+1, '\'') || t.punct(i+1, '’')) || !t.glued(i+1) || !t.is(i+2, "s") || !t.glued(i+2) {
		return false
	}
	for k, words := i+3, 0; words < 3; k++ {
		tk := t.tok(k)
		if tk == nil {
			return false
		}
		if tk.kind == tPunct && t.dash(k) && t.glued(k) && t.glued(k+1) {
			continue // "fast-moving"
		}
		if tk.kind != tWord || tk.cap || t.w(k) != nil {
			return false
		}
		if lowerIn(t, k, presentAgeNouns) {
			return true
		}
		words++
	}
	return false
}

// dayWord reads today, yesterday, tomorrow, tonight, overnight and a part
// of the day after them.
func (t *Tagger) dayWord(i int, key string) (res, bool) {
	// "USA Today", "the Today show": a capitalized "Today" inside a
	// sentence after a name or "the" is a title
	if key == "today" && t.tok(i).cap && !t.tok(i).upper && !t.sentenceStart(i) {
		if p := t.tok(i - 1); p != nil && p.kind == tWord && (p.cap || t.is(i-1, "the")) {
			return res{}, false
		}
	}
	if key == "today" && t.presentAgeAfter(i) {
		// "today's youth", "in today's world", "by today's standards":
		// the present age, no day of the writer's
		return res{start: i, end: i + 1, typ: Date, d: present}, true
	}
	if key == "yesterday" && t.isAny(i-1, "were", "was") && t.is(i-2, "it") && (t.isAny(i-3, "if", "though") && t.is(i-4, "as") || t.is(i-3, "like")) {
		return res{}, false // "remembers it as if it were yesterday": a saying, no day
	}
	r := res{start: i, end: i + 1, typ: Date, deictic: true}
	off := 0
	switch key {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	}
	if d, ok := t.stampDay(); ok && key != "overnight" {
		// "12/01/2025 09:15 - Ward round. Plan angiogram tomorrow": an
		// entry of a log is told on its stamp's day
		if tt, ok := dayTime(d); ok {
			r.d = dayDate(tt.AddDate(0, 0, off))
			if key == "tonight" {
				r.typ = Time
				r.d.Part = timeline.Night
				return r, true
			}
			return t.partAfter(r), true
		}
	}
	if !t.hasRef {
		r.val = "XXXX-XX-XX"
		if key == "tonight" || key == "overnight" {
			r.typ, r.val = Time, "XXXX-XX-XXTNI"
		}
		return t.partAfter(r), true
	}
	if key == "overnight" {
		if lowerIn(t, i+1, suddenNouns) {
			return res{}, false // "an overnight success": sudden, no night
		}
		if lowerIn(t, i+1, overnightReadings) && !t.glued(i+1) {
			return res{}, false // "with overnight lows near 90": any night's
		}
		if t.habitualOvernight(i) {
			return res{}, false // "Drivers who park overnight need a permit": any night, none in particular
		}
		if t.last.Prec != timeline.PrecisionNone && t.last.Prec < timeline.Day && t.lastEnd >= 0 && t.lastEnd <= i && t.sameSentence(t.lastEnd, i) {
			if ls, le := t.last.Bounds(); !ls.IsZero() && (t.ref.Before(ls) || !t.ref.Before(le)) {
				// "A rent review in 2007 doubled the lease overnight":
				// a sentence set in another year or month speaks of no
				// night near the reference date (and most often means
				// "suddenly")
				return res{}, false
			}
		}
		r.typ = Time
		if w := t.w(i + 1); w != nil && w.wday > 0 && !w.plural && t.tok(i+1).cap && !t.glued(i+1) {
			// "Rebels attacked the base overnight Saturday": that day's night
			if r2, ok := t.match(i + 1); ok && r2.typ == Date && r2.d.Prec == timeline.Day && r2.mod == timeline.ModNone && r2.end == i+2 {
				r.d, r.end = r2.d, r2.end
				r.d.Part = timeline.Night
				return r, true
			}
		}
		if t.dayAfter(i + 1) {
			// "overnight on Tuesday": that day's night
			if r2, ok := t.match(i + 2); ok && r2.typ == Date && r2.d.Prec == timeline.Day && r2.mod == timeline.ModNone {
				r.d = r2.d
				r.d.Part = timeline.Night
				return r, true
			}
		}
		// the night before the day spoken of: the day just named, or the
		// reference date ("stocks fell overnight" in a Tuesday paper is
		// Monday night); told of what is to come ("the road will be
		// closed overnight", of works starting on a Monday), the night
		// that follows that day
		day, _ := t.clockDay(i)
		back := -1
		if t.tense(i, i+1) > 0 && !t.weakCue {
			back = 0
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if t.toks[k].kind == tPunct {
				break
			}
			if t.isAny(k, "remain", "remains", "stay", "stays", "continue", "continues") {
				back = 0 // "Orders remain in effect overnight": the night to come
				break
			}
			if t.isAny(k, "is", "are") && (t.is(k+1, "being") || strings.HasSuffix(t.lowerWord(k+1), "ing")) {
				back = 0 // "Votes are being counted overnight": the night now beginning
				break
			}
		}
		if lowerIn(t, i+1, overnightTravel) {
			// "on 2 October, an overnight flight": a journey through the
			// night that follows the day it leaves on
			back = 0
		}
		if lc := t.lastClock; lc.Prec >= timeline.Hour && lc.Hour >= 12 && lc.DayOf() == day.DayOf() && i-t.lastEnd <= 40 {
			// "left Heathrow at 19:15 ... We flew overnight", "brought in
			// at 14:20 ... observed overnight": the night that follows the
			// afternoon or evening just told (a morning time may come
			// after the night: "opened at 6am after losses overnight")
			back = 0
		}
		if tt, ok := dayTime(day); ok {
			r.d = dayDate(tt.AddDate(0, 0, back))
		} else {
			r.d = dayDate(t.ref.AddDate(0, 0, back))
		}
		r.d.Part = timeline.Night
		return r, true
	}
	r.d = dayDate(t.ref.AddDate(0, 0, off))
	if d, ok := t.logLineDay(); ok {
		if tt, ok := dayTime(d); ok {
			r.d = dayDate(tt.AddDate(0, 0, off))
		}
	}
	if tt, ok := t.attrBase(i); ok {
		r.d = dayDate(tt.AddDate(0, 0, off)) // "According to Reuters on 4 March 2021, the dam failed yesterday"
	}
	if key == "tonight" {
		r.typ = Time
		r.d.Part = timeline.Night
		return r, true
	}
	return t.partAfter(r), true
}

func (t *Tagger) noon(i int, key string) (res, bool) {
	if nx := t.tok(i + 1); t.tok(i).cap && nx != nil && nx.kind == tWord && nx.cap && nx.w() == nil && !t.newLine(i+1) {
		return res{}, false // "Midnight Cinema on the Quay", "Midnight Mass": a name
	}
	d := timeline.Date{Prec: timeline.Minute, Hour: 12}
	if key == "midnight" {
		d.Hour = 24
	}
	r := res{start: i, end: i + 1, typ: Time}
	generic := false
	if z, g, k, ok := t.zoneAt(i + 1); ok {
		d.Zone, d.HasZone, r.end, generic = z, true, k, g // "noon GMT", "noon ET"
	}
	day, k, ok := t.dayAfterClock(r.end)
	if ok {
		// "noon on 14 January" is two expressions, the first on the day of
		// the second; "noon Saturday" is one
		// (but "after midnight tonight", told at 3:45 AM: the midnight
		// that ends the night to come)
		tonight := t.is(r.end, "tonight")
		r.end = k
		if key == "midnight" && t.is(i-1, "after") && !tonight {
			d.Hour = 0 // "shortly after midnight on 2 September": that day's start
		}
	} else if wj := r.end + b2i(t.is(r.end, "on") && t.last.Prec >= timeline.Day); t.unknownWeekdayAfter(wj) > 0 {
		// "noon CST Thursday" with no day to count Thursday from: that
		// weekday's noon, of a week not known (never the day told last);
		// so "until midnight on Monday" after "6/2/20 – Emergency
		// warning issued", as the clock in figures reads it
		wd := t.unknownWeekdayAfter(wj)
		r.end = wj + 1
		r.val = "XXXX-WXX-" + strconv.Itoa(wd) + clockSuffix(d)
		r.d.HasZone, r.d.Zone = d.HasZone, d.Zone
		return r, true
	} else if t.is(r.end, "on") && t.is(r.end+1, "the") && t.isAny(r.end+2, "last", "first", "final") && t.isAny(r.end+3, "day", "business", "working") {
		// "expires at midnight on the last day of the sixtieth full
		// calendar month thereafter": a day the words count to, no day
		// told
		r.val = "XXXX-XX-XX" + clockSuffix(d)
		r.d.HasZone, r.d.Zone = d.HasZone, d.Zone
		return r, true
	} else {
		day, ok = t.clockDay(i)
		if ok && key == "midnight" && t.is(i-1, "after") && t.last.Prec >= timeline.Day && day == t.last.DayOf() && t.lastEnd >= 0 && t.lastEnd < i && t.midnightOfDay(t.lastEnd, i-1) {
			// "On 3 February, a little after midnight": the hours after
			// the midnight that opens the day just told (T00:00, not the
			// midnight that ends it)
			d.Hour = 0
		} else if ok && key == "midnight" && t.hasRef && !t.narrative && day == dayDate(t.ref) && !t.isAny(i-1, "until", "till", "by") && t.tense(i, i+1) < 0 {
			// "the curfew started at midnight", "broke out shortly before
			// midnight", told on the day: the midnight that began it,
			// which ends the day before (T24:00)
			if prev, ok2 := dayTime(day); ok2 {
				day = dayDate(prev.AddDate(0, 0, -1))
			}
		}
	}
	if !ok {
		r.val = "XXXX-XX-XX" + clockSuffix(d)
		return r, true
	}
	d.Year, d.Month, d.Day = day.Year, day.Month, day.Day
	if generic && usSummerTime(day) {
		d.Zone += 60 // "noon ET" in July is Eastern Daylight Time
	}
	r.d = d
	return r, true
}

// midnightOfDay reports whether the tokens a to b-1 hold only what may
// stand between a day and "after midnight" that belongs to it: a comma and
// "a little", "shortly", "just", "soon".
func (t *Tagger) midnightOfDay(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if !t.punct(k, ',') && !t.isAny(k, "a", "little", "shortly", "just", "soon", "very") {
			return false
		}
	}
	return true
}

// setExpr reads "every Monday", "each year", "every other week", "every
// two days", "every morning".
func (t *Tagger) setExpr(i int) (res, bool) {
	quant := qEvery
	if t.is(i, "each") {
		quant = qEach
	}
	j := i + 1
	n := 1
	vague := false
	if t.isAny(j, "fiscal", "financial", "calendar") && t.is(j+1, "year") {
		j++ // "each fiscal year": a year of the company's, every one
	}
	switch {
	case t.is(j, "other"):
		n, j = 2, j+1
	case t.isAny(j, "few", "several") || t.is(j, "couple") && t.is(j+1, "of"):
		// "every few years": how often is all we know
		if t.is(j, "couple") {
			n, j = 2, j+2
		} else {
			vague, j = true, j+1
		}
		if uw := t.w(j); uw == nil || uw.unit == uNone || uw.unit == uHalf || !uw.plural {
			return res{}, false
		}
	default:
		if a, vague, article, k, ok := t.amount(j); ok && !vague && !article && a != float64(int(a)) && a > 0 && a < 1000 {
			// "every 29.5 days": a fraction of a unit, a set all the same
			if w := t.w(k); w != nil && w.unit != uNone && w.unit != uHalf && w.plural {
				return res{start: i, end: k + 1, typ: Set, quant: quant, val: durValue(a, w.unit, false)}, true
			}
		}
		if a, vague, article, k, ok := t.amount(j); ok && !vague && !article && a == float64(int(a)) {
			n, j = int(a), k
			if t.isAny(j, "to", "or") {
				// "every 10 to 15 minutes", "every two or three days":
				// how often, within a range; the shorter
				if b, vague2, article2, k2, ok2 := t.amount(j + 1); ok2 && !vague2 && !article2 && b > a {
					j = k2
				}
			}
		} else if o := t.w(j); o != nil && o.ord >= 2 && o.ord <= 4 {
			// "every second Saturday", "every third week": every other
			// one, every third one
			if nx := t.w(j + 1); nx != nil && (nx.wday > 0 || nx.month > 0 || nx.unit != uNone && !nx.plural) {
				n, j = o.ord, j+1
			}
		}
	}
	w := t.w(j)
	if w == nil {
		return res{}, false
	}
	r := res{start: i, end: j + 1, typ: Set, quant: quant}
	switch {
	case w.key == "weekend" && n == 1 && !vague:
		r.val = "XXXX-WXX-WE" // "every weekend"
	case w.unit != uNone && w.unit != uHalf:
		if t.is(j+1, "of") {
			return res{}, false
		}
		r.val = durValue(float64(n), w.unit, vague)
	case w.wday > 0:
		r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
		if p := t.w(j + 1); p != nil && p.part != timeline.NoPart {
			r.val += "T" + p.part.String()
			r.end++
		}
	case w.month > 0:
		r.val = "XXXX-" + two(w.month)
	case w.season != timeline.NoSeason:
		r.val = "XXXX-" + w.season.String()
	case w.part != timeline.NoPart:
		r.val = "XXXX-XX-XXT" + w.part.String()
	default:
		return res{}, false
	}
	return r, true
}

// fiscal reads "fiscal 1989", "fiscal year 2017", "FY2017", "fiscal '89".
func (t *Tagger) fiscal(i int) (res, bool) {
	r, ok := t.fiscalYear(i)
	if ok && r.d.Prec == timeline.Year && !r.fiscal && !((t.punct(r.end, '/') || t.dash(r.end)) && t.glued(r.end)) {
		// (not "FY2024/25", a year written as the two it spans)
		// "fiscal 2026" in a text whose year ends in July: August 2025 to
		// July 2026, labelled by the year it ends in
		if e := t.fyEnd(); e != 0 && e != 12 && t.fyStrong {
			r.fiscal = true
			y := t.fyYear(r.d.Year) // ("fiscal 2024" in a text that calls the year ended March 31, 2025 so: April 2024 to March 2025)
			r.cal = newCal(timeline.Date{Prec: timeline.Month, Year: y - 1, Month: e%12 + 1}, timeline.Date{Prec: timeline.Month, Year: y, Month: e})
		}
	}
	return r, ok
}

func (t *Tagger) fiscalYear(i int) (res, bool) {
	j := i + 1
	if t.is(i, "fy") && !t.tok(i).upper {
		return res{}, false
	}
	if t.isAny(j, "year", "yr") {
		j++
	}
	if n, nd, ok := t.num(j); ok && t.is(i, "fy") && t.glued(j) && t.tok(j).sfx == sfxNone && !t.badAfter(j) {
		switch {
		case nd == 4 && n >= 1000 && n < 2200:
			return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
		case nd == 2:
			return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: decadeYear(n)}}, true
		}
	}
	if y, k, ok := t.yearAt(j); ok {
		return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
	}
	if n, nd, ok := t.num(j); ok && nd == 2 && t.is(i, "fy") {
		return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: decadeYear(n)}}, true
	}
	if (t.punct(j, '\'') || t.punct(j, '’')) && t.glued(j+1) {
		if n, nd, ok := t.num(j + 1); ok && nd == 2 {
			return res{start: i, end: j + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: decadeYear(n)}}, true
		}
	}
	// "fiscal second-quarter"
	if r, ok := t.ordinalPeriod(j); ok {
		r.start = i
		return r, true
	}
	return res{}, false
}

// colonFiscalYear reports whether token k is a colon written between a
// quarter and its fiscal year: "Q1:2024-25".
func (t *Tagger) colonFiscalYear(k int) bool {
	if !t.punct(k, ':') || !t.glued(k) || !t.glued(k+1) {
		return false
	}
	_, _, split, ok := t.fiscalYearAt(k + 1)
	return ok && split
}

// questionNumber reports whether "Q1" to "Q4" at token i opens a line as
// the number of a question in a committee's record of oral evidence,
// before who asks or answers it and a colon: "Q2 Chair:", "Q4 Priya
// Shah:", "Q3 Mr Blake:" ("Q4 Results:", a quarter's heading, is not).
func (t *Tagger) questionNumber(i int) bool {
	if !t.lineStart(i) {
		return false
	}
	k, n := i+2, 0
	honorific := t.isAny(k, "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "baroness", "professor", "prof")
	for ; n < 5; n++ {
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || !tk.cap {
			break
		}
		k++
		if t.punct(k, '.') && n == 0 && honorific {
			k++ // "Mr. Blake"
		}
	}
	if !t.punct(k, ':') || n == 0 || n > 4 {
		return false
	}
	if n == 1 {
		return t.isAny(i+2, "chair", "chairman", "chairwoman", "chairperson", "convener", "convenor")
	}
	if honorific {
		return true
	}
	for m := i + 2; m < k; m++ {
		if t.key(m) != "" {
			return false // a word of the vocabulary ("Q4 Financial Results:"): no name
		}
	}
	return true
}

// quarterCode reads Q3, Q3 2017, H1 2018.
func (t *Tagger) quarterCode(i int) (res, bool) {
	tk := t.tok(i)
	if !tk.upper || !t.glued(i+1) {
		return res{}, false
	}
	n, nd, ok := t.num(i + 1)
	if !ok || nd != 1 || t.tok(i+1).sfx != sfxNone || t.badAfter(i+1) && !t.colonFiscalYear(i+2) {
		return res{}, false
	}
	u, max := uQuarter, 4
	if t.is(i, "h") {
		u, max = uHalf, 2
	}
	if n < 1 || n > max {
		return res{}, false
	}
	r := res{start: i, end: i + 2, typ: Date}
	k := i + 2
	if t.punct(k, ',') || t.is(k, "of") {
		k++
	}
	k = t.calendarYearAt(k) // "Q3 of calendar 2022"
	if t.colonFiscalYear(k) {
		k++ // "Q1:2024-25", as the Reserve Bank of India writes it
	}
	fy, k3, split, hasFY := t.fiscalYearAt(k)
	y, k2, hasYear := 0, k, false
	if hasFY {
		r.end = k3
	} else if fy2, ok := t.fiscalYearBefore(i); ok {
		// "CPI inflation for 2024-25 is projected at 4.5 per cent, with
		// Q2 at 4.1 per cent": a quarter of the fiscal year the sentence
		// just named
		fy, split, hasFY = fy2, true, true
	} else if yy, nd, ok := t.num(k + 1); ok && nd == 2 && (t.punct(k, '\'') || t.punct(k, '’')) && t.glued(k) && t.glued(k+1) && t.tok(k+1).sfx == sfxNone {
		y, hasYear, r.end = t.twoDigitYear(yy), true, k+2 // "Q4'12"
	} else if y, k2, hasYear = t.yearAt(k); hasYear {
		r.end = k2
	} else if t.is(k-1, "of") && t.isAny(k, "last", "next", "this") && t.is(k+1, "year") && t.hasRef && !t.narrative {
		// "Q2 of last year": that quarter of the year before the writer's
		y, hasYear, r.end = t.yearRel(k), true, k+2
	} else if yy, k4, ok := t.yearPhrase(k); ok && t.is(k-1, "of") {
		y, hasYear, r.end = yy, true, k4 // "Q3 of that year", "H1 of the following year"
	} else {
		if u == uQuarter && t.questionNumber(i) {
			return res{}, false // "Q4 Priya Shah: Will ...": a committee's fourth question, who asks it
		}
		r.noYear = true
		if u == uHalf && !t.hasRef && !(t.narrative && t.last.Prec >= timeline.Year) {
			return res{}, false
		}
	}
	var cal timeline.Date
	r.d, r.val, r.fiscal, cal = t.numberedPeriod(u, n, y, hasYear, fy, hasFY, split, t.isAny(i-1, "fiscal", "fy"), i, i+2)
	r.cal = newCal(cal, t.periodEnd)
	return r, true
}

// holiday reads Christmas, Easter, Thanksgiving, New Year's Day, ...
// holidayThings follow a holiday in the name of a thing that belongs to
// it, not a time: "Easter eggs", "the Easter Bunny", "Christmas cards".
var holidayThings = map[string]bool{
	"bunny": true, "egg": true, "eggs": true, "tree": true, "trees": true, "card": true, "cards": true,
	"lights": true, "decorations": true, "carols": true, "pudding": true, "cake": true,
	"ornament": true, "ornaments": true, "stocking": true, "stockings": true, "jumper": true,
	"jumpers": true, "sweater": true, "sweaters": true, "lily": true, "lilies": true, "cactus": true,
	"bonus": true, "bonuses": true, "gift": true, "gifts": true, "present": true, "presents": true,
	"songs": true, "song": true, "movie": true, "movies": true, "special": true, "specials": true,
	"fair": true, "fairs": true, "craft": true, "crafts": true, "market": true, "markets": true, "bazaar": true,
	"party": true, "parties": true, "concert": true, "concerts": true, "play": true, "raffle": true,
	"social": true, "socials": true, "quiz": true, "quizzes": true, "fayre": true, "fayres": true,
	"disco": true, "discos": true, "ball": true, "dance": true, "dances": true, "show": true, "shows": true,
	"appeal": true, "appeals": true, "hamper": true, "hampers": true, "menu": true, "menus": true,
	"daisy": true, "daisies": true, "goose": true, // ("Michaelmas daisies")
	"choir": true, "choirs": true, "hymn": true, "hymns": true, "anthem": true, "anthems": true, // ("Rehearsals resume Saturday for the Easter choir, 10am")
	"flowers": true, "bonnet": true, "bonnets": true,
}

// holidayNameNouns follow a holiday in the name of a thing or a place.
var holidayNameNouns = map[string]bool{
	"agreement": true, "accord": true, "accords": true, "rising": true, "island": true,
	"islands": true, "carol": true, "oratorio": true,
}

// aheadOf reports whether "ahead of" stands before token i: what it
// names is still to come when the words are done.
func (t *Tagger) aheadOf(i int) bool {
	k := i - 1
	if t.is(k, "the") {
		k--
	}
	return t.is(k, "of") && t.is(k-1, "ahead")
}

func (t *Tagger) holiday(i int) (res, bool) {
	tk := t.tok(i)
	if tk == nil || !tk.cap {
		return res{}, false
	}
	j := i + 1
	if t.isAny(j, "term", "terms", "semester", "quarter", "session", "sittings") && t.isAny(i, "easter", "christmas", "michaelmas", "lady", "midsummer", "candlemas", "lammas", "martinmas") {
		return res{}, false // "Easter term examinations": a term named for the feast, months long
	}
	var m, d int
	easterOff, adventOff, thanks, thanksOff := -100, -100, false, 0
	var nth holidayRule
	switch t.lowerWord(i) {
	case "christmas":
		m, d = 12, 25
		if t.is(j, "eve") {
			d, j = 24, j+1
		} else if t.is(j, "day") {
			j++
		}
	case "easter":
		easterOff = 0
		if t.isAny(j, "sunday", "day") {
			j++
		} else if t.is(j, "monday") {
			easterOff, j = 1, j+1
		} else if t.is(j, "vigil") && t.tok(j).cap {
			easterOff, j = -1, j+1 // "the Easter Vigil": the night of Holy Saturday
		}
	case "thanksgiving":
		thanks = true
		if t.is(j, "day") {
			j++
		}
	case "halloween":
		m, d = 10, 31
	case "michaelmas", "candlemas", "lammas", "martinmas":
		// the old quarter and cross-quarter days, on which rents, wages
		// and hirings fell due: "raised at Michaelmas" (29 September),
		// "Candlemas" (2 February), "Lammas" (1 August), "Martinmas"
		// (11 November), with "Day" or not
		md := fixedFeasts[t.lowerWord(i)]
		m, d = md[0], md[1]
		if t.is(j, "day") && t.tok(j).cap {
			j++
		}
	case "lady", "midsummer":
		// "Lady Day" (25 March) and "Midsummer Day" or "Midsummer's
		// Day" (24 June), the quarter days named with "Day" (not "the
		// Lady", "midsummer" the season)
		k := j
		if t.lowerWord(i) == "midsummer" && (t.punct(k, '\'') || t.punct(k, '’')) && t.glued(k) && t.is(k+1, "s") && t.glued(k+1) {
			k += 2
		}
		if !t.is(k, "day") || !t.tok(k).cap {
			return res{}, false
		}
		md := fixedFeasts[t.lowerWord(i)]
		m, d, j = md[0], md[1], k+1
	case "may":
		if !t.is(j, "day") || !t.tok(j).cap {
			return res{}, false
		}
		m, d, j = 5, 1, j+1 // "May Day"
	case "ve", "vj":
		// "VE Day", "VJ Day": the days of 1945 the wars in Europe and
		// with Japan ended (Britain's VJ Day), unless a year is written
		if !tk.upper || !t.is(j, "day") || !t.tok(j).cap || t.dash(i-1) || t.punct(i-1, ':') {
			return res{}, false // (not "8 May 1945 – VE Day.": the day's name, after its date)
		}
		m, d, j = 5, 8, j+1
		if t.lowerWord(i) == "vj" {
			m, d = 8, 15
		}
		if _, _, ok := t.yearAt(j); !ok {
			return res{start: i, end: j, typ: Date, d: dayValue(1945, m, d)}, true
		}
	case "good", "black":
		// "Good Friday", two days before Easter; "Black Friday", the day
		// after Thanksgiving
		if !t.is(j, "friday") || !t.tok(j).cap {
			return res{}, false
		}
		j++
		if t.lowerWord(i) == "good" {
			easterOff = -2
		} else {
			thanks, thanksOff = true, 1
		}
	case "holy":
		// "Holy Saturday", "Holy Thursday": the days before Easter
		off := map[string]int{"saturday": -1, "thursday": -3}[t.lowerWord(j)]
		if off == 0 || !t.tok(i).cap || !t.tok(j).cap {
			return res{}, false
		}
		easterOff, j = off, j+1
	case "palm", "mothering", "whit", "ash", "shrove", "maundy":
		// the days counted from Easter: "Palm Sunday", "Mothering
		// Sunday" (Britain's Mother's Day), "Whit Sunday", "Ash
		// Wednesday", "Shrove Tuesday", "Maundy Thursday"
		day, off := map[string]string{"palm": "sunday", "mothering": "sunday", "whit": "sunday", "ash": "wednesday", "shrove": "tuesday", "maundy": "thursday"}[t.lowerWord(i)],
			map[string]int{"palm": -7, "mothering": -21, "whit": 49, "ash": -46, "shrove": -47, "maundy": -3}[t.lowerWord(i)]
		if t.lowerWord(i) == "whit" && t.is(j, "monday") && t.tok(j).cap {
			// "Whit Monday", the day after Whit Sunday (but "Whit Monday
			// 26 May 2025" is Britain's Spring bank holiday by its old
			// name: the date written is the day)
			n := j + 1
			if t.punct(n, ':') || t.punct(n, ',') {
				n++
			}
			if tk := t.tok(n); tk != nil && tk.kind == tNum {
				return res{}, false
			}
			day, off = "monday", 50
		}
		if !t.is(j, day) || !t.tok(j).cap {
			return res{}, false
		}
		easterOff, j = off, j+1
	case "pentecost", "trinity", "ascension", "corpus", "gaudete", "laetare", "divine", "advent":
		// the days of the church's year counted from Easter or from
		// Advent: "Pentecost (Sunday)", "Trinity Sunday", "Ascension
		// Thursday" or "Ascension Day", "Corpus Christi Sunday", "the
		// Feast of Corpus Christi", "Gaudete Sunday", "Laetare Sunday",
		// "Divine Mercy Sunday", "Advent Sunday"
		if !t.tok(i).cap {
			return res{}, false
		}
		key := t.lowerWord(i)
		if key == "divine" {
			if !t.is(j, "mercy") || !t.tok(j).cap {
				return res{}, false
			}
			j++
		}
		if key == "corpus" {
			// (a city of Texas too: only the feast's own words say it is
			// the feast)
			if !t.is(j, "christi") || !t.tok(j).cap {
				return res{}, false
			}
			j++
			if !t.isAny(j, "sunday", "thursday", "day") && !(t.is(i-1, "of") && (t.isAny(i-2, "feast", "solemnity") || t.is(i-2, "the") && t.isAny(i-3, "feast", "solemnity"))) {
				return res{}, false
			}
		}
		day := ""
		if t.isAny(j, "sunday", "monday", "thursday", "day") && t.tok(j).cap {
			day = t.lowerWord(j)
		}
		switch {
		case key == "pentecost" && (day == "" || day == "sunday" || day == "day"):
			easterOff = 49
		case key == "pentecost" && day == "monday":
			easterOff = 50
		case key == "trinity" && day == "sunday":
			easterOff = 56
		case key == "ascension" && (day == "thursday" || day == "day"):
			easterOff = 39
		case key == "corpus" && day == "sunday":
			easterOff = 63 // where the feast is kept on the Sunday after
		case key == "corpus" && day != "monday":
			easterOff = 60
		case key == "laetare" && day == "sunday":
			easterOff = -21
		case key == "divine" && day == "sunday":
			easterOff = 7
		case key == "gaudete" && day == "sunday":
			adventOff = 14
		case key == "advent" && day == "sunday":
			adventOff = 0
		default:
			return res{}, false
		}
		if day != "" {
			j++
		}
	case "all":
		// "All Saints' Day", "All Souls' Day"
		if !t.tok(i).cap || !t.isAny(j, "saints", "souls") || !t.tok(j).cap {
			return res{}, false
		}
		m, d = 11, 1
		if t.is(j, "souls") {
			d = 2
		}
		k := j + 1
		if (t.punct(k, '\'') || t.punct(k, '’')) && t.glued(k) {
			k++
		}
		if !t.is(k, "day") || !t.tok(k).cap {
			return res{}, false
		}
		j = k + 1
	case "remembrance":
		// "Remembrance Sunday", the second Sunday of November (Britain);
		// "Remembrance Day", 11 November, the day of the armistice
		if t.is(j, "day") && t.tok(j).cap {
			m, d, j = 11, 11, j+1
			break
		}
		if !t.is(j, "sunday") || !t.tok(j).cap {
			return res{}, false
		}
		nth, j = holidayRule{month: 11, wd: 7, n: 2}, j+1
	case "armistice", "bastille", "anzac", "canada", "australia":
		// the days of a nation kept on one day of the year: "Armistice
		// Day" (11 November), "Bastille Day" (14 July), "Anzac Day" (25
		// April), "Canada Day" (1 July), "Australia Day" (26 January),
		// with "Day" written (not "the armistice", "the Bastille",
		// "Canada" the country)
		if !t.tok(i).cap || !t.is(j, "day") || !t.tok(j).cap {
			return res{}, false
		}
		md := fixedFeasts[t.lowerWord(i)]
		m, d, j = md[0], md[1], j+1
	case "st", "saint":
		// a patron saint's day, kept on one day of the year: "St
		// Patrick's Day 1916" (17 March), "St George's Day" (23 April),
		// with the saint's "'s Day" written (not "St Patrick" the man,
		// "St Andrew's" the church)
		k := j
		if t.punct(k, '.') && t.glued(k) {
			k++
		}
		md, ok := saintsDays[t.lowerWord(k)]
		if !ok || !t.tok(i).cap || !t.tok(k).cap {
			return res{}, false
		}
		k = t.pastPossessive(k + 1)
		if !t.is(k, "day") || !t.tok(k).cap {
			return res{}, false
		}
		m, d, j = md[0], md[1], k+1
	case "guy", "bonfire":
		// "Guy Fawkes Night" (or "Day"), "Bonfire Night": 5 November, the
		// day the Gunpowder Plot was foiled (not "Guy Fawkes" the man)
		if !t.tok(i).cap {
			return res{}, false
		}
		if t.lowerWord(i) == "guy" {
			if !t.is(j, "fawkes") || !t.tok(j).cap {
				return res{}, false
			}
			j++
		}
		if !t.isAny(j, "night", "day") || !t.tok(j).cap || t.lowerWord(i) == "bonfire" && !t.is(j, "night") {
			return res{}, false
		}
		m, d, j = 11, 5, j+1
	case "cyber":
		// "Cyber Monday", the Monday after Thanksgiving
		if !t.is(j, "monday") || !t.tok(j).cap || !t.tok(i).cap {
			return res{}, false
		}
		j++
		thanks, thanksOff = true, 4
	case "independence", "veterans", "valentine", "boxing", "labor", "memorial", "mother",
		"father", "presidents", "election":
		// "Veterans Day", "Veterans' Day", "Valentine's Day", "Mother's Day"
		k := t.pastPossessive(j)
		if !t.is(k, "day") || !t.tok(k).cap {
			return res{}, false
		}
		j = k + 1
		if md, ok := fixedFeasts[t.lowerWord(i)]; ok {
			m, d = md[0], md[1]
		} else {
			nth = weekdayHolidays[t.lowerWord(i)]
		}
	case "new":
		if !t.is(j, "year") || !(t.punct(j+1, '\'') || t.punct(j+1, '’')) || !t.is(j+2, "s") {
			return res{}, false
		}
		j += 3
		switch {
		case t.is(j, "day"):
			m, d, j = 1, 1, j+1
		case t.is(j, "eve"):
			m, d, j = 12, 31, j+1
		default:
			return res{}, false
		}
	default:
		return res{}, false
	}
	if o := t.tok(j); o != nil && o.kind == tWord && (o.cap && lowerIn(t, j, holidayNameNouns) || lowerIn(t, j, holidayThings)) && !t.newLine(j) {
		return res{}, false // "the Good Friday Agreement", "Easter Island", "the Easter Bunny", "Christmas cards"
	}
	return t.placeFeast(i, j, feastRule{m: m, d: d, easterOff: easterOff, adventOff: adventOff, thanks: thanks, thanksOff: thanksOff, nth: nth})
}

// bankHolidays are Britain's bank holidays named by a season or a month
// (England and Wales): "the Spring bank holiday" is the last Monday of May,
// "the August (Summer) bank holiday" the last Monday of August, "the Early
// May (May Day) bank holiday" the first Monday of May.
var bankHolidays = map[string]holidayRule{
	"spring": {5, 1, -1, 0}, "summer": {8, 1, -1, 0}, "august": {8, 1, -1, 0},
	"may": {5, 1, 1, 0}, "early may": {5, 1, 1, 0}, "late may": {5, 1, -1, 0}, "may day": {5, 1, 1, 0},
}

// bankHolidayAt returns the rule of the bank holiday whose name opens at i
// and the token after its "holiday" ("the Spring bank holiday Mass":
// holiday names a day, not the season; "late May bank holiday"), or ok
// false.
func (t *Tagger) bankHolidayAt(i int) (holidayRule, int, bool) {
	k, key := i, t.lowerWord(i)
	if t.isAny(i, "early", "late") && t.is(i+1, "may") {
		k, key = i+1, key+" may"
	} else if t.is(i, "may") && t.is(i+1, "day") {
		k, key = i+1, "may day"
	}
	h, ok := bankHolidays[key]
	if !ok || !t.is(k+1, "bank") || !t.is(k+2, "holiday") || t.newLine(k+1) || t.newLine(k+2) {
		return holidayRule{}, 0, false
	}
	j := k + 3
	if t.is(j, "monday") && !t.newLine(j) {
		j++ // "the August bank holiday Monday"
	}
	return h, j, true
}

// bankHoliday reads a bank holiday named by a season or a month at i:
// "The Spring bank holiday Mass will be at 10am only" is on the last
// Monday of May (26 May 2025), no season. A name that its date follows
// ("Early May bank holiday: 5 May 2025") is left to the date.
func (t *Tagger) bankHoliday(i int) (res, bool) {
	h, j, ok := t.bankHolidayAt(i)
	if !ok || t.is(i, "may") && t.isAny(i-1, "early", "late") || (t.punct(j, ':') || t.punct(j, '(') || t.punct(j, ',') || t.dash(j)) && t.tok(j+1) != nil && (t.tok(j+1).kind == tNum || t.w(j+1) != nil && (t.w(j+1).wday > 0 || t.w(j+1).month > 0)) {
		return res{}, false
	}
	return t.placeFeast(i, j, feastRule{easterOff: -100, adventOff: -100, nth: h})
}

// feastRule places a feast in a year: on a day of a month (m, d), a
// number of days from Easter (easterOff) or from the first Sunday of
// Advent (adventOff), -100 for neither, from Thanksgiving (thanks,
// thanksOff), or by a rule of weekdays (nth).
type feastRule struct {
	m, d                 int
	easterOff, adventOff int
	thanks               bool
	thanksOff            int
	nth                  holidayRule
}

// adventSunday returns the first Sunday of Advent of year y: four Sundays
// before Christmas, the last of them on or before 24 December.
func adventSunday(y int) time.Time {
	return weekdayNear(time.Date(y, 12, 24, 0, 0, 0, 0, time.UTC), 7, -1).AddDate(0, 0, -21)
}

// placeFeast reads the feast named in tokens [i, j), placed by f: its day in
// the year written after it, the year the context gives, or none.
func (t *Tagger) placeFeast(i, j int, f feastRule) (res, bool) {
	m, d, easterOff, adventOff, thanks, thanksOff, nth := f.m, f.d, f.easterOff, f.adventOff, f.thanks, f.thanksOff, f.nth
	r := res{start: i, end: j, typ: Date}
	y, k, ok := t.yearAt(j)
	if !ok && m > 0 {
		y, k, ok = t.shortYearAfterDay(j) // "Christmas Day 800"
	}
	if !ok && (m == 12 || easterOff == 0) && t.isAny(j, "period", "holidays", "holiday", "break", "season", "of") {
		// "the Christmas period of 2024", "Easter of 1916": the
		// feast of the year written after it
		o := j
		if !t.is(o, "of") {
			o++
		}
		if t.is(o, "of") {
			if y2, k2, ok2 := t.yearAt(o + 1); ok2 && y2 > 0 {
				y, k, ok = y2, k2, true
				if t.is(i-1, "the") {
					r.start = i - 1 // (a period named, as "the week of")
				}
			}
		}
	}
	if !ok && t.punct(j, ',') && t.glued(j) {
		// "on Christmas Day, 1889.": the year set off by a comma, as a
		// written date's ("December 25, 1889"), when nothing follows it
		// that would make it a count ("On Christmas Day, 2000 people")
		if y2, k2, ok2 := t.yearAt(j + 1); ok2 && (t.tok(k2) == nil || t.tok(k2).kind == tPunct || t.isAny(k2, "and", "or", "when", "the")) {
			y, k, ok = y2, k2, true
		}
	}
	if !ok {
		y, k, ok = t.yearNamedAfter(j) // "Black Friday this year"
	}
	if ok {
		r.end = k
	} else if fy, ok2 := t.yearSaidAfter(j); ok2 {
		y, ok = fy, true // "Easter Monday falls on 21 April 2025"
	} else {
		mm := m
		switch {
		case nth.month > 0:
			mm = nth.month
		case mm == 0 && thanks:
			mm = 11
		case mm == 0 && adventOff > -100:
			mm = 12
		case mm == 0:
			mm = 4
		}
		if m == 0 && easterOff > -100 && easterOff != 0 && t.hasRef {
			// "Ash Wednesday", "Palm Sunday": the month it falls in this
			// year, not Easter's
			em, ed := easter(t.ref.Year())
			if tt, ok := dayTime(dayValue(t.ref.Year(), em, ed)); ok {
				mm = int(tt.AddDate(0, 0, easterOff).Month())
			}
		}
		if adventOff > -100 && t.hasRef {
			mm = int(adventSunday(t.ref.Year()).AddDate(0, 0, adventOff).Month()) // ("Advent Sunday" is in November some years)
		}
		if t.feastYear != 0 {
			y, ok = t.feastYear, true // (asked for that year's: see feastIn)
		} else {
			y, ok = t.monthYearFor(mm, i, j)
		}
	}
	if !ok {
		if m == 0 {
			if t.setEnd < 0 || t.setEnd > i || i-t.setEnd > 4 {
				return res{}, false
			}
			r.val = "XXXX-XX-XX" // "run on Sundays from Easter": of every year
			return r, true
		}
		r.val = "XXXX-" + two(m) + "-" + two(d)
		if t.isAny(j, "holidays", "break", "period", "season") || t.is(j, "holiday") && m == 12 {
			// "the Christmas holidays" of a year the text does not give:
			// the month (see below)
			r.val, r.end = "XXXX-"+two(m), j+1
			if t.is(i-1, "the") {
				r.start = i - 1
			}
		}
		return r, true
	}
	place := func(y int) timeline.Date {
		switch {
		case nth.month > 0:
			return nth.day(y)
		case adventOff > -100:
			return dayDate(adventSunday(y).AddDate(0, 0, adventOff))
		case easterOff > -100:
			em, ed := easter(y)
			day := dayValue(y, em, ed)
			if easterOff != 0 {
				tt, _ := dayTime(day)
				day = dayDate(tt.AddDate(0, 0, easterOff))
			}
			return day
		case thanks:
			// fourth Thursday of November
			first, _ := dayTime(dayValue(y, 11, 1))
			th := weekdayNear(first.AddDate(0, 0, -1), 4, 1)
			return dayDate(th.AddDate(0, 0, 21+thanksOff))
		}
		return dayValue(y, m, d)
	}
	if r.end == j {
		if y2, period, ok := t.ownDateAfter(j, place); ok && period {
			return res{}, false // "Thanksgiving recess is November 26-30": the dates written after it are its period's
		} else if ok {
			y = y2 // "Good Friday: 3 April 2026": the year of the date written after it, the feast's own
		}
		if t.is(j, "on") && (t.isMonthAt(j+1) || t.tok(j+1) != nil && t.tok(j+1).kind == tNum) {
			// "Old Calendar parishes keep Christmas on January 7": the
			// feast kept on another day than its own, the day written
			if r2, ok := t.core(j+1, false); ok && r2.start == j+1 && r2.typ == Date && r2.d.Prec == timeline.Day && r2.d.Year != 0 && place(r2.d.Year) != r2.d {
				return res{}, false
			}
		}
	}
	r.d = place(y)
	if m == 12 && r.end == j && t.isAny(j, "holidays", "holiday", "break", "period") {
		// "Schools return after the Christmas break on 7 January", told
		// in early January: the holidays just ended, which began in the
		// December before
		base := t.last
		if t.hasRef && !t.narrative {
			base = dayDate(t.ref)
		}
		if base.Prec >= timeline.Day && base.Month == 1 && base.Day <= 15 && r.d.Year == base.Year {
			r.d = place(y - 1) // (its month, below)
		}
	}
	if r.end == j && t.hasRef && !t.narrative && t.feastYear == 0 && !t.isAny(j, "week", "weekend", "season", "holidays", "holiday", "break", "period", "time") {
		// no year written: told in the past, a holiday still to come
		// this year is last year's ("It ended just before Easter", said
		// ten days before it), and told in the future one gone by is
		// next year's
		ref := t.ref
		if b, ok := t.attrBase(i); ok {
			// "On 15 October 2024 the minister promised homes by
			// Christmas": gone by or to come as of the day it was said
			// (whatever other days the sentence told since)
			ref = b
		}
		if tt, ok := dayTime(r.d); ok {
			switch dir := t.tense(i, j); {
			case dir < 0 && tt.After(ref) && !(t.aheadOf(i) && tt.Before(ref.AddDate(0, 0, 45))):
				// (but "Millions hit the road on Wednesday ahead of
				// Thanksgiving", told on the Monday after it began: what
				// was done ahead of a feast near to come looks to it)
				r.d = place(y - 1)
			case dir > 0 && !t.weakCue && tt.Before(ref.AddDate(0, 0, -1)):
				r.d = place(y + 1)
			}
		}
	}
	if t.narrative && t.is(i-1, "since") && t.last.Prec >= timeline.Day && r.end == j {
		// "every day since Christmas" in a story told by days: the last
		// one before the story's day
		if tt, ok := dayTime(r.d); ok {
			if lt, ok := dayTime(t.last.DayOf()); ok && tt.After(lt) {
				r.d = place(r.d.Year - 1)
			}
		}
	}
	if t.is(r.end, "weekend") && (easterOff == 0 || m > 0) {
		// "the Easter weekend", "the Christmas weekend": the weekend of
		// that week (Easter Sunday ends it)
		if tt, ok := dayTime(r.d); ok {
			if tt.Weekday() == time.Monday {
				tt = tt.AddDate(0, 0, -1)
			}
			r.val, r.d = at(tt, uWeek).String()+"-WE", timeline.Date{}
			r.end++
			if t.is(i-1, "the") {
				r.start = i - 1
			}
		}
	}
	if r.d.Prec == timeline.Day && r.val == "" &&
		(t.isAny(j, "holidays", "break", "period", "season") || t.is(j, "holiday") && (m == 12 || easterOff == 0)) && !t.glued(j) {
		// "the Christmas holidays", "over the Easter break": the days off
		// around the feast, no one day: the month the feast is in (the
		// holiday of one day, "the Thanksgiving holiday", is its day)
		r.d = timeline.Date{Prec: timeline.Month, Year: r.d.Year, Month: r.d.Month}
		if r.end == j {
			r.end++
			if t.is(i-1, "the") {
				r.start = i - 1
			}
		}
		return r, true
	}
	if r.end == j && r.d.Prec == timeline.Day && t.is(j, "test") && t.tok(j).cap && t.is(i-1, "the") && t.is(i-2, "of") {
		// "on the third day of the Boxing Day Test": a match of days that
		// starts on the holiday, its nth day that many days on ("Day 3
		// of the Boxing Day Test" too)
		n, k := 0, -1
		if t.is(i-3, "day") {
			if o, _, ok := t.ordinalAt(i - 4); ok && !t.is(i-4, "day") {
				n, k = o, i-4
				if t.is(k-1, "the") {
					k--
				}
			}
		} else if v, nd, ok := t.num(i - 3); ok && nd == 1 && t.tok(i-3).sfx == sfxNone && t.is(i-4, "day") {
			n, k = v, i-4
		}
		if n >= 1 && n <= 5 {
			if tt, ok := dayTime(r.d); ok {
				r.d, r.start, r.end = dayDate(tt.AddDate(0, 0, n-1)), k, j+1
			}
		}
	}
	return r, true
}

// yearNamedAfter reads a year named by a determiner right after a feast
// ("Black Friday this year", "Christmas last year", "Easter next year"):
// the feast of that year, not the one nearest the time of speaking (told
// in March, "Black Friday this year" is the coming November's, though
// "Black Friday" alone, told in the past, would be the last one).
func (t *Tagger) yearNamedAfter(j int) (y, k int, ok bool) {
	if !t.isAny(j, "this", "last", "next") || !t.is(j+1, "year") || t.newLine(j) {
		return 0, 0, false
	}
	if t.punct(j+2, '\'') || t.punct(j+2, '’') {
		return 0, 0, false // ("Christmas this year's ...": the year's own thing)
	}
	r, ok := t.detExpr(j, false)
	if !ok || r.start != j || r.end != j+2 || r.typ != Date || r.val != "" || r.d.Prec != timeline.Year || r.mod != timeline.ModNone {
		return 0, 0, false
	}
	return r.d.Year, j + 2, true
}

// fixedFeasts are the days named for a feast or a holiday that fall on
// the same day every year: month and day.
var fixedFeasts = map[string][2]int{
	// the old quarter and cross-quarter days, on which rents, wages and
	// hirings fell due
	"michaelmas": {9, 29}, "candlemas": {2, 2}, "lammas": {8, 1}, "martinmas": {11, 11},
	"lady": {3, 25}, "midsummer": {6, 24},
	"independence": {7, 4}, "veterans": {11, 11}, "valentine": {2, 14}, "boxing": {12, 26},
	"armistice": {11, 11}, "bastille": {7, 14}, "anzac": {4, 25},
	"canada": {7, 1}, "australia": {1, 26},
}

// saintsDays are the patron saints' days kept on one day of the year,
// named "St Patrick's Day": month and day.
var saintsDays = map[string][2]int{
	"patrick": {3, 17}, "george": {4, 23}, "andrew": {11, 30}, "david": {3, 1},
	"stephen": {12, 26}, "valentine": {2, 14}, "swithin": {7, 15},
}

// weekdayHolidays are the holidays on the nth weekday of their month.
var weekdayHolidays = map[string]holidayRule{
	"labor":      {9, 1, 1, 0},  // the first Monday of September
	"memorial":   {5, 1, -1, 0}, // the last Monday of May
	"mother":     {5, 7, 2, 0},  // the second Sunday of May
	"father":     {6, 7, 3, 0},  // the third Sunday of June
	"presidents": {2, 1, 3, 0},  // the third Monday of February
	"election":   {11, 1, 1, 1}, // the Tuesday after the first Monday of November
}

// holidayRule places a holiday on the nth weekday wd (1 Monday .. 7
// Sunday) of a month, counting from the end when n is -1, then moves it
// by after days ("the Tuesday after the first Monday of November").
type holidayRule struct{ month, wd, n, after int }

func (h holidayRule) day(y int) timeline.Date {
	var tt time.Time
	if h.n > 0 {
		first := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
		tt = weekdayNear(first.AddDate(0, 0, -1), h.wd, 1).AddDate(0, 0, 7*(h.n-1))
	} else {
		last := time.Date(y, time.Month(h.month)+1, 0, 0, 0, 0, 0, time.UTC)
		tt = weekdayNear(last, h.wd, -1)
	}
	return dayDate(tt.AddDate(0, 0, h.after))
}

// ---- determiner phrases ----

// detDir gives the direction a determiner gives the period after it (-1
// before the time of speaking, 1 after it, 0 none), and whether s is one.
// (A switch rather than a map: detExpr asks at every "the" it reads, and
// the switch's few comparisons cost less than hashing the word.)
func detDir(s string) (dir int, ok bool) {
	switch s {
	case "last", "past", "previous", "prior", "preceding", "latest", "recent":
		return -1, true
	case "next", "coming", "following", "upcoming":
		return 1, true
	case "this", "current", "same", "that", "the", "these", "its", "their", "his", "her", "our", "first", "full":
		return 0, true
	}
	return 0, false
}

// detExpr reads the phrases that begin with a determiner: "last week",
// "the past two years", "this morning", "the 1990s", "the third quarter",
// "the following year", "the future".
func (t *Tagger) detExpr(i int, afterMod bool) (res, bool) {
	// (each matcher below is called only where the word it needs first
	// is there: a call that finds nothing still costs its large result,
	// which the caller clears before the call and copies after it)
	if t.nthWeekdayAt(i) {
		if r, ok := t.nthWeekday(i); ok {
			return r, true
		}
	}
	if t.is(i+1, "eve") {
		// "Our feast is on December 6. Vespers will be served on the eve
		// at 6 p.m.": the day before the one just told (the eve of what
		// the words name, "on the eve of the election", is no day given)
		if t.is(i, "the") && t.is(i-1, "on") && !t.tok(i+1).cap && !t.is(i+2, "of") && !t.lastUnknown && t.last.Prec >= timeline.Day && !t.last.IsVague() &&
			t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 && !t.paragraphBetween(t.lastEnd, i) {
			if tt, ok := dayTime(t.last); ok {
				return res{start: i, end: i + 2, typ: Date, d: dayDate(tt.AddDate(0, 0, -1))}, true
			}
		}
		return res{}, false
	}
	// "in the new year": the coming year, said in its last months; the
	// year just begun, said in its first
	if t.is(i, "the") && t.is(i+1, "new") && t.is(i+2, "year") && !t.tok(i+1).cap && !(t.glued(i+3) && (t.punct(i+3, '\'') || t.punct(i+3, '’'))) && t.hasRef && !t.narrative {
		switch m := t.ref.Month(); {
		case m >= time.October:
			return res{start: i, end: i + 3, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: t.ref.Year() + 1}}, true
		case m <= time.February:
			return res{start: i, end: i + 3, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: t.ref.Year()}}, true
		}
	}
	det := t.lowerWord(i)
	the := det == "the"
	poss := det == "its" || det == "their" || det == "his" || det == "her" || det == "our"
	j := i + 1
	det2 := ""
	if the && t.is(j, "most") && t.is(j+1, "recent") && t.w(j+2) != nil && t.w(j+2).unit == uQuarter {
		det2, j = "latest", j+2 // "the most recent quarter": the latest
	} else if the || poss || det == "this" || det == "that" && t.is(j, "same") {
		if w := t.w(j); w != nil {
			if _, ok := detDir(w.key); ok && w.key != "the" && w.key != "this" && w.key != "that" && w.key != "these" {
				det2 = w.key
				j++
			} else if w.key == "upcoming" || w.key == "preceding" {
				det2 = w.key
				j++
			}
		}
	}
	if the && det2 == "" && t.is(j, "present") && !t.tok(j).cap {
		if w := t.w(j + 1); w != nil && !w.plural && (w.unit == uWeek || w.unit == uMonth || w.unit == uYear || w.unit == uCentury) {
			det2, j = "current", j+1 // "the present month", as older English says "the current month"
		}
	}
	if (det2 == "last" || det == "last") && t.is(j, "minute") {
		return res{}, false // "called off at the last minute", "last minute changes": an idiom, no minute of any clock
	}
	if t.is(j-1, "past") && t.isAny(j, "few", "several") == false && t.is(i, "this") {
		det2 = "past"
	}
	if w := t.w(j); w != nil && (w.season != timeline.NoSeason || w.month > 0 || w.wday > 0) && t.partOfName(j) {
		return res{}, false // "The Summer Palace"
	}
	if t.is(j, "year") && t.dash(j+1) && t.glued(j+1) && t.is(j+2, "end") {
		return res{}, false // "the year-end bonus": read from "year-end"
	}
	if t.is(j, "year") && t.tok(j).cap && !t.tok(j).upper {
		if n := t.tok(j + 1); n != nil && n.kind == tNum && n.nd <= 2 && n.sfx == sfxNone && !t.glued(j+1) {
			return res{}, false // "that Year 8 will be visiting Charmouth": a school's year group, no year
		}
	}
	if w := t.w(j); w != nil && w.unit != uNone && t.dash(j+1) && t.glued(j+1) && t.is(j+2, "on") && t.dash(j+3) && t.glued(j+3) {
		return res{}, false // "the year-on-year rate", "the month-on-month change": a comparison, no year
	}
	if the && det2 == "" && t.is(j, "year") && (t.lowerWord(j+1) == "ensuing" || t.is(j+1, "to") && t.lowerWord(j+2) == "come") {
		return res{}, false // "Overseers for the year ensuing", "for the year to come": the twelve months ahead, no year named
	}
	if the && det2 == "" && t.w(j) != nil && t.w(j).season != timeline.NoSeason && !t.w(j).plural && t.isAny(j+1, "before", "after") && t.isAny(j+2, "the", "his", "her", "their", "our", "my") {
		if nx := t.tok(j + 3); nx != nil && nx.kind == tWord && nx.w() == nil {
			// "the summer before the fire", "the winter after the war":
			// the season of an event the words do not date
			return res{start: i, end: j + 1, typ: Date, val: "XXXX-" + t.w(j).season.String()}, true
		}
	}
	if det == "that" && t.is(j, "fall") && !t.tok(j).cap && i > 0 && t.tok(i-1).kind == tWord && !t.sentenceStart(i) &&
		t.isAny(j+1, "in", "on", "within", "between", "during", "into", "below", "above", "under", "over", "short", "behind", "back", "off", "outside", "inside", "to", "by") {
		return res{}, false // "anniversaries that fall in the week ahead": a verb, no autumn
	}
	if det == "this" && det2 == "" && t.is(j, "day") && t.is(j+1, "in") && t.hasRef {
		// "On this day in 1969 the Eagle touched down": the day of the
		// year the writer is on, in that year
		if y, k, ok := t.yearAt(j + 2); ok && validDay(y, int(t.ref.Month()), t.ref.Day()) {
			return res{start: i, end: k, typ: Date, d: dayValue(y, int(t.ref.Month()), t.ref.Day())}, true
		}
	}
	if t.is(j, "quarter") && t.dash(j+1) && t.glued(j+1) && t.glued(j+2) && t.tok(j+2) != nil && t.tok(j+2).kind == tWord && !t.isAny(j+2, "century", "hour", "end") {
		return res{}, false // "the same quarter-mile ropewalk", "the quarter-final": a measure, no quarter of a year
	}
	if t.is(j, "quarter") && t.isAny(j+1, "deck", "decks", "master", "masters", "gallery", "horse", "horses", "final", "finals", "pounder", "pounders", "mile", "miles", "inch", "inches", "sessions", "session", "guard", "staff") {
		return res{}, false // "Divine service on the quarter deck", "the quarter sessions": no quarter of a year
	}
	eff := det
	if det2 != "" {
		eff = det2
	}
	dir, _ := detDir(eff)
	if eff == "same" && t.is(j+1, "as") {
		return res{}, false // "the same day as Abraham Lincoln": a comparison, not that day
	}
	if the && det2 == "same" && t.sameDayEnd >= 0 && t.sameDayEnd == t.lastEnd && t.lastEnd <= i {
		if t.sameDayAt == i && !t.isAny(j+1, "of", "that", "when", "which", "in", "on") { // (not "on the same day of the week", "the same day that he was born")
			// "It opened on 4 June 1990. A memorial was unveiled two
			// years later, on the same day": that day of the year, two
			// years on (not some day of 1992, nor 4 June 1990)
			if t.sameDay.Month == 0 {
				return res{start: i, end: j + 1, typ: Date, val: "XXXX-XX-XX"}, true
			}
			if t.sameDay.Year == 0 {
				return res{start: i, end: j + 1, typ: Date, val: "XXXX-" + two(t.sameDay.Month) + "-" + two(t.sameDay.Day)}, true
			}
			return res{start: i, end: j + 1, typ: Date, d: t.sameDay}, true
		}
		if t.is(j, "day") && !t.paragraphBetween(t.lastEnd, i) {
			// "A plaque was added two years later. The same day, a storm
			// hit": the day of what happened two years on, which the
			// words do not give (not the day told before the amount)
			return res{start: i, end: j + 1, typ: Date, val: "XXXX-XX-XX"}, true
		}
	}
	if the && det2 == "same" && t.is(j, "day") {
		if d, ok := t.dayAfterColon(j + 1); ok {
			// "celebrated on the same day by East and West: Sunday, April
			// 20, 2025": the day one shares with another, which the
			// sentence goes on to give, not the day told before
			return res{start: i, end: j + 1, typ: Date, d: d}, true
		}
	}
	if eff == "same" && t.bothBefore(i) {
		return res{}, false // "are both due the same day": the same as each other, not the day told before
	}
	anaphoric := (the && (det2 == "following" || det2 == "next" || det2 == "previous" || det2 == "preceding" || det2 == "prior" || det2 == "same")) || det == "that" ||
		// "Next day: discharged home", "Next day we marched on": the day
		// after the one told, as "the next day" is
		!the && det == "next" && det2 == "" && t.is(j, "day") && t.sentenceStart(i) && t.last.Prec >= timeline.Day ||
		// "Arrive Los Angeles 10:40 PST, same day": the day just told,
		// as "the same day" is
		det == "same" && t.isAny(j, "day", "night", "evening", "morning", "afternoon") && t.last.Prec >= timeline.Day && (t.tok(j+1) == nil || t.tok(j+1).kind == tPunct || t.newLine(j+1))
	if det == "that" && det2 == "" && t.last.Prec < timeline.Year && t.lastDay.IsZero() && !poss {
		// "My dad got work at the tannery that spring", with no year
		// told before (at most a decade): the year it points back to is
		// not written
		if w := t.w(j); w != nil && w.season != timeline.NoSeason && !w.plural && !(lowerIn(t, j+1, seasonGoods) && !t.tok(j+1).cap) && !t.pluralNounAfter(j+1) {
			// (not "found that summer ice cover has shrunk": a kind of ice)
			return res{start: i, end: j + 1, typ: Date, val: "XXXX-" + w.season.String()}, true
		}
		if w := t.w(j); w != nil && !w.plural && (w.unit == uYear || w.unit == uMonth || w.unit == uWeek) {
			return res{start: i, end: j + 1, typ: Date, val: unknownUnit(w.unit)}, true
		}
	}
	if det == "that" && det2 == "" && !poss && t.weekLabel(i) && t.is(j, "week") {
		// "Seminars resume in Week 7; the Thursday seminar that week":
		// the week just named by its number in a count the text does
		// not date
		return res{start: i, end: j + 1, typ: Date, val: unknownUnit(uWeek)}, true
	}
	if det == "that" && det2 == "" && !poss {
		// "Back in 2016 a grand jury met. Its report, released that
		// December, ...": the month of the year the text is at
		if w := t.w(j); w != nil && w.month > 0 && t.tok(j).cap && !t.numOrWordNum(j+1) &&
			(t.tok(j+1) == nil || t.tok(j+1).kind == tPunct || t.isAny(j+1, "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "when", "and", "but", "in", "on", "at", "after", "before", "with", "his", "her", "their", "its", "our", "my")) {
			// (not "said that May was hot": a clause, no month)
			if lb, ok := t.lookBackBase(i); ok && lb.Year != 0 {
				// "met on 4 October 1962. In 1918 he enlisted; the war
				// ended that November": of the year just looked back to,
				// not of the story's
				return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: lb.Year, Month: w.month}}, true
			}
			if t.last.Prec >= timeline.Year && t.last.Year != 0 {
				return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: t.last.Year, Month: w.month}}, true
			}
			return res{start: i, end: j + 1, typ: Date, val: "XXXX-" + two(w.month)}, true
		}
	}
	if the && det2 == "" {
		anaphoric = true
	}

	// "the third quarter", "the 15th century"; not "its" nor "the" before
	// an adjective ("the third-quarter loss")
	if the || det2 == "first" || det2 == "last" {
		k := i + 1
		if r, ok := t.ordinalPeriod(k); ok {
			if !r.adjective {
				r.start = i
			}
			return r, true
		}
		if t.is(k, "fiscal") {
			if r, ok := t.ordinalPeriod(k + 1); ok {
				if !r.adjective {
					r.start = i
				}
				return r, true
			}
		}
	}
	if nx := t.tok(i + 1); the && det2 == "" && nx != nil && nx.kind == tNum && nx.sfx == sfxOrd { // ("the 17th": both read an ordinal's digits next)
		if r, ok := t.archaicDay(i); ok {
			return r, true
		}
		if r, ok := t.dayOfMonth(i); ok {
			return r, true
		}
	}
	// "its first three days", "their last two years": a possessive's
	if k := j; poss && (det2 == "" && t.isAny(k, "first", "last", "final", "opening") || det2 != "" && t.isAny(k-1, "first", "last", "final", "opening")) {
		if det2 == "" {
			k++
		}
		if r, ok := t.quantity(k); ok && r.typ == Duration && !r.adjective && !t.isAny(k, "a", "an") {
			r.start = i
			return r, true
		}
	}
	if poss {
		return res{}, false
	}
	// "the year-ago quarter", "the year-earlier period", "year-ago results"
	ya := j
	if det2 == "prior" && t.dash(j) {
		ya-- // "the prior-year quarter"
	}
	if t.isAny(ya, "year", "prior") { // (the words yearAgo reads first)
		if r, ok := t.yearAgo(ya); ok {
			if the && r.end > ya+3 { // "the year-ago quarter", but "the [year-ago] results"
				r.start = i
			}
			return r, true
		}
	}
	// "the same period last year", "the corresponding quarter a year
	// earlier": the period under discussion, a year before
	if the && (det2 == "same" || t.isAny(j, "corresponding", "comparable")) {
		k := j
		if det2 != "same" {
			k++
			if r, ok := t.yearAgo(k); ok && r.end > k+3 {
				r.start = i // "the comparable year-ago quarter"
				return r, true
			}
		}
		if r, ok := t.periodYearBack(i, k); ok {
			return r, true
		}
	}
	// "last Thanksgiving", "next Christmas"
	if (eff == "last" || eff == "next" || eff == "this") && !the {
		if r, ok := t.holiday(j); ok && r.d.Prec == timeline.Day {
			if tt, ok := dayTime(r.d); ok && t.hasRef {
				switch {
				case eff == "last" && !tt.Before(t.ref):
					r.d.Year--
				case eff == "next" && !tt.After(t.ref):
					r.d.Year++
				}
				if r2, ok := t.holidayIn(j, r.d.Year); ok {
					r = r2
				}
			}
			r.start = i
			return r, true
		}
	}
	// "The battle was fought on 14 October 1066. The following Christmas
	// William was crowned": the first such feast after the day or the
	// month the story is at
	if the && (det2 == "following" || det2 == "next") && !t.lastUnknown && t.last.Prec >= timeline.Month && !t.last.IsVague() &&
		t.lastEnd >= 0 && t.lastEnd <= i && !t.paragraphBetween(t.lastEnd, i) {
		if tk := t.tok(j); tk != nil && tk.kind == tWord && tk.cap {
			if r, ok := t.feastIn(j, t.last.Year); ok && r.end > j {
				if timeline.Compare(r.d, t.last) <= 0 || t.last.Prec == timeline.Month && r.d.Month == t.last.Month {
					if r, ok = t.feastIn(j, t.last.Year+1); !ok {
						return res{}, false
					}
				}
				r.start = i
				return r, true
			}
		}
	}
	// "the 1988 third quarter"
	if the || poss {
		if y, k, ok := t.yearAt(j); ok {
			if r, ok := t.ordinalPeriod(k); ok && r.d.Prec == timeline.Quarter || r.d.Prec == timeline.Half {
				r.start = i
				r.d.Year = y
				r.noYear = false
				return r, true
			}
		}
	}
	// "the weeks ahead", "the days ahead": an unknown stretch to come
	if the && det2 == "" && t.is(j+1, "ahead") {
		if uw := t.w(j); uw != nil && uw.plural && uw.unit >= uDay && uw.unit <= uYear {
			return res{start: i, end: j + 2, typ: Duration, val: durValue(0, uw.unit, true)}, true
		}
	}
	// "over the years", "through the decades": a stretch of unknown length
	if the && det2 == "" && t.isAny(i-1, "over", "through", "throughout", "across") &&
		!t.isAny(j+1, "of", "that", "when", "since", "before", "after", "to", "which", "in") {
		if uw := t.w(j); uw != nil && uw.plural && (uw.unit == uWeek || uw.unit == uMonth || uw.unit >= uYear && uw.unit <= uCentury) {
			return res{start: i, end: j + 1, typ: Duration, val: durValue(0, uw.unit, true)}, true
		}
	}
	// "the year 869", "the year 44 BC", "the year 1990": a year of any length
	if the && det2 == "" && t.is(j, "year") {
		if y, k, ok := t.yearAt(j + 1); ok {
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
		if n, nd, ok := t.num(j + 1); ok && n > 0 && nd <= 4 && t.tok(j+1).sfx == sfxNone && !t.badAfter(j+1) &&
			(!t.glued(j+2) || t.tok(j+2).kind == tPunct && strings.ContainsRune(".,;:)!?", t.tok(j+2).r)) && !t.isUnitAfter(j+2) {
			return res{start: i, end: j + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
		}
	}
	// "the first hours of the strike", "the early years of the war": some
	// of them, how many unsaid
	if the && t.isAny(i+1, "first", "early", "opening", "final", "closing", "last", "dying") && t.is(i+3, "of") {
		if uw := t.w(i + 2); uw != nil && uw.plural && uw.unit >= uMinute && uw.unit <= uYear && uw.unit != uWeekend && !(uw.unit == uHour && t.is(i+1, "early")) { // ("the early hours": the small hours)
			return res{start: i, end: i + 3, typ: Duration, val: durValue(0, uw.unit, true)}, true
		}
	}
	// durations: "the past two years", "the next few days", "the first nine months"
	if eff != "this" && eff != "that" && eff != "same" && eff != "current" && eff != "its" {
		if r, ok := t.quantity(j); ok && r.typ == Duration && !t.is(j, "a") && !t.is(j, "an") {
			if !(the && det2 == "" && r.adjective) {
				r.start = i
			}
			return r, true
		}
	}
	// "the latest period", "the period": the quarter under discussion
	// ... but not "the period 2004-2008", "the period from May to July",
	// which say which period they mean.
	if the && (det2 == "" || det2 == "latest" || det2 == "same") && t.is(j, "period") && !t.is(j+1, "of") &&
		!t.isAny(j+1, "from", "between", "since", "until", "ended", "ending", "when", "in", "before", "after") && !t.dateAt(j+1) {
		switch {
		case t.lastQ.Prec == timeline.Quarter:
			return res{start: i, end: j + 1, typ: Date, d: t.lastQ, fiscal: t.lastQFiscal}, true
		case det2 == "latest" && t.hasRef:
			d, _ := shiftDate(dayDate(t.ref), uQuarter, -1)
			return res{start: i, end: j + 1, typ: Date, d: d}, true
		}
	}
	// "the 1988 period"
	if the && det2 == "" {
		if y, k, ok := t.yearAt(j); ok && t.isAny(k, "period", "quarter") {
			r := res{start: i, end: k + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}
			if t.lastQ.Prec == timeline.Quarter {
				r.d, r.fiscal = timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: t.lastQ.Quarter}, t.lastQFiscal
			}
			return r, true
		}
	}
	// "the 1990s", "the '90s", "the nineties", "the year 2000"
	if the && det2 == "" {
		if r, ok := t.core(j, false); ok && r.typ == Date && (r.d.Prec == timeline.Decade || r.d.Prec == timeline.Century || r.d.Prec == timeline.Millennium) {
			r.start = i
			return r, true
		}
		if r, ok := t.decadeWord(j); ok && !t.measureDecade(i, r.end) && t.storyDecade(i, &r) {
			r.start = i
			return r, true
		}
		if (t.punct(j, '\'') || t.punct(j, '’')) && t.glued(j+1) && !t.glued(j) {
			if r, ok := t.decadeWord(j + 1); ok && !t.measureDecade(i, j+2) {
				// "pulled down in the 'forties, and the present house
				// built in 1847": the decade with its century left out,
				// the one the text is in
				r.start, r.d.Year = i, t.centuryNear(i, j+2, r.d.Year%100)+r.d.Year%100
				return r, true
			}
		}
		if y, k, ok := t.spelledYear(j); ok {
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
		if t.is(j, "year") {
			if y, k, ok := t.spelledYear(j + 1); ok {
				return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
			}
			if y, k, ok := t.yearAt(j + 1); ok {
				return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
			}
			if t.is(j+1, "two") && t.is(j+2, "thousand") {
				return res{start: i, end: j + 3, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: 2000}}, true
			}
		}
	}
	// "next fiscal year", "last financial year", "the past fiscal year":
	// the year before or after, read as "next year" is (the text does
	// not say its bounds, so the year it is named by is the calendar's,
	// as "the current fiscal year" is the reference's)
	if t.isAny(j, "fiscal", "financial") && t.isAny(j+1, "year", "yr") && !t.tok(j).cap &&
		(eff == "last" || eff == "next" || eff == "past" || eff == "previous" || eff == "prior" || eff == "coming" || eff == "following" || eff == "latest") {
		j++
	}
	// "the fiscal year", "the current fiscal year"
	if t.is(j, "fiscal") && t.isAny(j+1, "year", "yr") && (eff == "the" || eff == "current" || eff == "this") && t.hasRef {
		if y, k, ok := t.yearAt(j + 2); ok {
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
		if e, ok := t.endedDate(j + 2); ok && eff == "the" {
			// "the fiscal year ended June 30": the one named by the year
			// it ended in
			return res{start: i, end: j + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: e.Year}}, true
		}
		return res{start: i, end: j + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: t.ref.Year()}}, true
	}
	// "the 4th of July, 1976", "the fourth of July"
	if the && det2 == "" {
		if r, ok := t.theNthOf(i); ok {
			return r, true
		}
	}
	// "the week before last", "the day before yesterday", "the day after tomorrow"
	if the && det2 == "" && t.hasRef {
		if uw := t.w(j); uw != nil && uw.unit >= uDay && !uw.plural && t.isAny(j+1, "before", "after") && !t.dateWordAt(j+3) {
			// (not "the day before last Tuesday's hearing", "the week
			// after next month's vote": "last" and "next" open a date
			// of their own, which the day or the week is next to)
			off := 0
			switch {
			case t.is(j+1, "before") && t.is(j+2, "last"):
				off = -2
			case uw.unit == uDay && t.is(j+1, "before") && t.is(j+2, "yesterday"):
				off = -2
			case uw.unit == uDay && t.is(j+1, "after") && t.is(j+2, "tomorrow"):
				off = 2
			case t.is(j+1, "after") && t.is(j+2, "next"):
				off = 2
			}
			if off != 0 {
				if d, ok := shiftDate(dayDate(t.ref), uw.unit, off); ok {
					return res{start: i, end: j + 3, typ: Date, d: d}, true
				}
			}
		}
	}
	// "the day after Thanksgiving", "the day before 4 July": the day next
	// to the day named after it
	if the && det2 == "" && t.isAny(j, "day", "week") && t.isAny(j+1, "before", "after") && !t.endsClause(j+2) {
		if r2, ok := t.core(j+2, false); ok && r2.typ == Date && r2.d.Prec == timeline.Day && r2.val == "" {
			dir := 1
			if t.is(j+1, "before") {
				dir = -1
			}
			u := uDay
			if t.is(j, "week") {
				u = uWeek // "the week after Easter": the week next to the one the day is in
			}
			if d, ok := shiftDate(r2.d, u, dir); ok {
				return res{start: i, end: r2.end, typ: Date, d: d}, true
			}
		}
	}
	// "the day before", "the year after": a unit next to the last date
	if the && det2 == "" {
		if uw := t.w(j); uw != nil && uw.unit >= uDay && uw.unit <= uYear && !uw.plural && uw.unit != uWeekend &&
			t.isAny(j+1, "before", "after", "earlier", "later") && t.endsClause(j+2) {
			if t.punct(i-1, ',') && t.lastEnd == i-1 && t.last.Prec >= timeline.Day {
				// "Trinity Sunday, the week before, will feature the
				// Creed": a gloss of the day just written, counted from
				// one before it, which is no other day
				return res{}, false
			}
			if t.lastRate && t.lastEnd <= i && t.lastStart > 0 && t.is(t.lastStart-1, "in") && t.sameSentence(t.lastEnd, i) {
				// "return visit in 3 months with labs the week before":
				// counted from the time to come just told, which is no
				// date read, not from the last date
				return res{}, false
			}
			dir := 1
			if t.isAny(j+1, "before", "earlier") {
				dir = -1
			}
			if base, ok := t.anchor(true); ok {
				if uw.unit == uDay && base.Prec < timeline.Day && t.lastDay.Prec >= timeline.Day && i-t.lastDayEnd <= clockReach &&
					!(base.Prec >= timeline.Year && base.Year > t.lastDay.Year) && !t.headerDayBefore(i) {
					base = t.lastDay // "on Sunday ... in 1936 ... the day before"
				}
				if d, ok := shiftDate(base, uw.unit, dir); ok {
					return res{start: i, end: j + 2, typ: Date, d: d}, true
				}
			}
		}
	}
	w := t.w(j)
	if w == nil {
		if eff == "past" && the {
			return res{start: i, end: j, typ: Date, d: past}, true
		}
		return res{}, false
	}
	switch {
	case w.key == "future" || (t.isAny(j, "near", "distant", "foreseeable", "immediate") && t.is(j+1, "future")):
		if !the {
			return res{}, false
		}
		end := j + 1
		if w.key != "future" {
			end++
		}
		return res{start: i, end: end, typ: Date, d: future}, true
	case the && t.isAny(j, "near", "short", "long") && t.is(j+1, "term"):
		return res{start: i, end: j + 2, typ: Date, d: future}, true
	case the && w.key == "present" && !t.is(j+1, "day") && !t.nounAfter(j+1):
		// (not "the present building", "the present owners")
		return res{start: i, end: j + 1, typ: Date, d: present}, true
	case det == "these" && w.key == "days":
		return res{start: i, end: j + 1, typ: Date, d: present}, true
	case w.unit != uNone && w.plural:
		// "recent years", "the coming weeks", "past years"
		switch eff {
		case "recent", "past", "last":
			if the && eff == "last" {
				return res{}, false
			}
			return res{start: i, end: j + 1, typ: Duration, val: durValue(0, w.unit, true)}, true
		case "coming", "next", "following", "upcoming":
			return res{start: i, end: j + 1, typ: Duration, val: durValue(0, w.unit, true)}, true
		}
		return res{}, false
	case the && w.unit == uDecade && (eff == "next" || eff == "past" || eff == "last" || eff == "coming"):
		return res{start: i, end: j + 1, typ: Duration, val: durValue(1, uDecade, false)}, true
	case the && eff == "past" && det2 == "past" && !t.narrative && w.key != "fortnight" && (w.unit == uYear || w.unit == uMonth || w.unit == uWeek || w.unit == uCentury) &&
		!t.is(j+1, "of") && !(t.isAny(j+1, "before", "after") && t.endsClause(j+2)):
		// "over the past year": the twelve months up to now, as "the
		// past two years" are two (not the calendar year before)
		if k, ok := t.andAHalf(j + 1); ok {
			return res{start: i, end: k, typ: Duration, val: durValue(1.5, w.unit, false)}, true // "the past year and a half"
		}
		return res{start: i, end: j + 1, typ: Duration, val: durValue(1, w.unit, false)}, true
	case the && eff == "last" && det2 == "last" && !t.narrative && t.hasRef && (w.unit == uYear || w.unit == uMonth || w.unit == uWeek) &&
		t.isAny(i-1, "in", "over", "during", "within", "for", "throughout") &&
		!t.isAny(j+1, "of", "before", "after", "in", "on", "that", "when", "which", "to", "prior", "leading", "ahead", "until", "till"):
		// "Sales have grown 8% in the last year", "Prices fell over the
		// last month": the months up to now, as "the past year" reads
		// (not the calendar month before the writer's, which leaves out
		// its last days; but "in the last week of March", "during the
		// last week before the vote" are one week of a time named)
		if k, ok := t.andAHalf(j + 1); ok {
			return res{start: i, end: k, typ: Duration, val: durValue(1.5, w.unit, false)}, true // "the last year and a half"
		}
		if w.unit == uWeek {
			// "The number has doubled in the last week": the seven days
			// up to now, dated as the calendar week that holds most of
			// them, as TimeBank's annotators did ("for the last week",
			// told on a Friday, is that week): the writer's own from a
			// Thursday on, the week before up to a Wednesday
			n := -1
			if wd := t.ref.Weekday(); wd == time.Thursday || wd == time.Friday || wd == time.Saturday || wd == time.Sunday {
				n = 0
			}
			if d, ok := shiftDate(dayDate(t.ref), uWeek, n); ok {
				return res{start: i, end: j + 1, typ: Date, d: d}, true
			}
		}
		return res{start: i, end: j + 1, typ: Duration, val: durValue(1, w.unit, false)}, true
	case w.key == "fortnight" && (eff == "past" || eff == "last" || eff == "next" || eff == "coming") && the:
		return res{start: i, end: j + 1, typ: Duration, val: "P2W"}, true // "over the past fortnight"
	case w.unit != uNone && w.unit != uHalf:
		return t.relUnit(i, j, w.unit, det, det2, eff, dir, anaphoric, afterMod)
	case w.month > 0 && (!the || det2 != "") && !poss && eff != "recent" && (t.tok(j).cap || t.tok(j).upper) && (!w.abbr || t.punct(j+1, '.')):
		return t.relMonth(i, j, w.month, dir, det, anaphoric)
	case w.wday > 0 && the && det2 == "" && !w.plural && !w.abbr && t.namedWeek.Prec == timeline.Week && t.namedWeekEnd >= 0 && i-t.namedWeekEnd <= 40 &&
		t.sentencesBetween(t.namedWeekEnd, i) <= 2:
		// "the week of 17 March ... from 8am on the Monday": that week's
		if tt, ok := t.weekdayDate(w.wday, 0, i, j+1); ok {
			return t.partAfter(res{start: i, end: j + 1, typ: Date, d: dayDate(tt), weekday: true}), true
		}
		return res{}, false
	case w.wday > 0 && !poss && eff != "recent" && (!the || det2 != "") && (!w.abbr || t.punct(j+1, '.')):
		if (det2 == "first" || det2 == "last" && the || det == "last" && t.is(i-1, "the")) && (t.is(j+1, "of") || t.is(j+1, "in") && t.tok(j+2) != nil && t.tok(j+2).kind == tWord && t.tok(j+2).cap) {
			return res{}, false // "the first Sunday of the month", "of Great Lent": counted in a period (see weekdayExpr)
		}
		wd := dir
		if eff == "this" || eff == "current" {
			wd = 2
		}
		if det == "this" && det2 == "coming" {
			wd = 1
		}
		if det2 == "past" {
			wd = -1
		}
		if anaphoric && (eff == "following" || eff == "next" || eff == "previous" || eff == "preceding") {
			if t.lastUnknown && t.unknownEnd >= t.lastEnd && t.unknownEnd <= i && t.unknownPrec >= timeline.Day && t.sameSentence(t.unknownEnd, i) {
				// "Bidding opens on Monday and closes the following
				// Sunday", no day to count Monday from: so is the Sunday
				// after it (not the Sunday after the day told before)
				return res{start: i, end: j + 1, typ: Date, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}, true
			}
			base, ok := dayTime(t.last)
			if t.boundEnd >= 0 && t.boundEnd == t.lastSetEnd && t.lastStart >= 0 && !t.sameSentence(t.lastEnd, i) && t.lastDayEnd == t.lastEnd && t.prevDay.Prec >= timeline.Day && t.prevDayEnd > 0 && t.prevDayEnd <= t.lastStart {
				// "will be collected on Tuesday 29 April 2025. Insurance
				// cover runs until 31 December 2025. ... may keep the
				// equipment until the following Friday": a bound told in
				// another sentence is no day the text goes on from; the
				// day told before it is
				if sb, ok2 := dayTime(t.prevDay.DayOf()); ok2 {
					base, ok = sb, true
				}
			}
			if !ok && (eff == "following" || eff == "previous" || eff == "preceding") && t.toldBeforeRef(i) {
				// "the report came out in 1988. ... back to normal by the
				// following Monday": a Monday after a day of the story the
				// words do not name, not the one after the writer's day
				return res{start: i, end: j + 1, typ: Date, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}, true
			}
			if ok {
				var day = weekdayNear(base, w.wday, 1)
				if dir < 0 {
					day = weekdayNear(base.AddDate(0, 0, -1), w.wday, -1)
				}
				return t.partAfter(res{start: i, end: j + 1, typ: Date, d: dayDate(day)}), true
			}
		}
		r := res{start: i, end: j + 1, typ: Date}
		day, ok := t.weekdayDate(w.wday, wd, i, j+1)
		if !ok {
			r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
			return r, true
		}
		r.d = dayDate(day)
		if d, end, ok := t.sameDayAfter(j+1, w.wday); ok {
			// "this coming Sunday, March 8": the day written after it,
			// which is that weekday, says which one
			r.d, r.end = d, end
		}
		return t.partAfter(r), true
	case w.season != timeline.NoSeason && !poss:
		// "the following spring" after 1970 is 1971's: the first such
		// season to begin after the date the story is at
		// ("last spring" with no article speaks from the writer's date
		// when there is one, even in a history: an obituary's "last
		// spring")
		if the && det2 == "" && t.is(j+1, "after") && t.tok(j+2) != nil && t.tok(j+2).kind == tPunct && t.last.Prec >= timeline.Year {
			// "the summer after," after December 1979: the following one
			if sd, ok := seasonBeside(t.last, w.season, true); ok {
				return res{start: i, end: j + 2, typ: Date, d: sd}, true
			}
		}
		if the && det2 == "" && t.isAny(j+1, "after", "before") && t.is(j+2, "that") && t.last.Prec >= timeline.Year && !t.last.IsVague() && t.lastEnd <= i &&
			(t.tok(j+3) == nil || t.tok(j+3).kind == tPunct || t.newLine(j+3) || t.isAny(j+3, "i", "we", "he", "she", "they", "you", "it", "my", "our", "his", "their")) {
			// "the next summer, and again the summer after that": the
			// season after (before) the date just told (not "the summer
			// after that storm", an event the words do not date)
			if sd, ok := seasonBeside(t.last, w.season, t.is(j+1, "after")); ok {
				return res{start: i, end: j + 3, typ: Date, d: sd}, true
			}
		}
		if the && eff == "next" && !t.narrative && t.hasRef && t.tense(i, j+1) < 0 {
			// "I got a job at the bakery the next spring", told in the
			// past in a text dated by its writer: the spring after the
			// story's date, not after the writer's day (which a past
			// clause cannot tell of); with no date of the story just
			// told, a spring of a year the words do not give
			if t.storyDateNear(i) {
				if sd, ok := seasonBeside(t.last, w.season, true); ok {
					return res{start: i, end: j + 1, typ: Date, d: sd}, true
				}
			}
			return res{start: i, end: j + 1, typ: Date, val: "XXXX-" + w.season.String()}, true
		}
		if (eff == "following" || eff == "previous" || eff == "preceding" || t.narrative && (eff == "next" || eff == "last") && (the || !t.hasRef)) &&
			t.last.Prec >= timeline.Year {
			last := t.last
			if lb, ok := t.lookBackBase(i); ok {
				last = lb // "The canal opened in 1810. The following spring ..."
			}
			if sd, ok := seasonBeside(last, w.season, eff == "following" || eff == "next"); ok {
				return res{start: i, end: j + 1, typ: Date, d: sd}, true
			}
		}
		if eff == "the" && t.isAny(j+1, "i", "we", "he", "she", "they", "you", "my", "our", "his", "their", "your") && t.tok(j+2) != nil && t.tok(j+2).kind == tWord && !t.tok(j+2).cap &&
			!t.isAny(i-1, "in", "during", "over", "by", "until", "till", "since", "for", "through", "throughout", "before", "after", "of", "from", "to", "at", "on", "that", "this") {
			if y, ok := t.clauseYearAfter(j + 2); ok {
				// "The winter I was twenty-three, in 1998, I moved", "the
				// summer my parents sent me to camp, in 1983": the year
				// the clause goes on to give
				return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: w.season}}, true
			}
			if !t.isAny(j+1, "my", "our", "his", "their", "your") {
				// "The summer I turned sixteen", "the winter we moved": the
				// season the clause names, of a year it does not give
				return res{start: i, end: j + 1, typ: Date, val: "XXXX-" + w.season.String()}, true
			}
		}
		d := dir
		if eff == "this" || eff == "the" || eff == "that" || eff == "current" {
			d = 2
			if eff != "the" {
				d = 0
			}
			if eff == "that" {
				d = 3 // anaphoric: the story's year
			}
		}
		if r, ok := t.seasonExpr(j, i, d, true); ok {
			if eff == "the" {
				r.start = i
			}
			return r, true
		}
	case w.part != timeline.NoPart && !w.plural && !poss && the && det2 == "" && t.is(j+1, "of"):
		// "the night of 13 February", "the morning of December 28, 1979"
		if d, ok := t.core(j+2, false); ok && d.d.Prec == timeline.Day {
			d.start, d.typ = i, Time
			if w.part == timeline.Night && (t.dash(d.end) || t.isAny(d.end, "to", "into")) {
				// "the night of 23–24 June 1941": one night, the second
				// day the morning after it
				t.inRange = true
				r2, ok2 := t.numeric(d.end + 1)
				t.inRange = false
				first := d.d.DayOf()
				if d.noYear && ok2 && r2.d.Prec == timeline.Day {
					first.Year = r2.d.Year // "31 May-1 June 1942": the year written at the end
					if r2.d.Month == 1 && first.Month == 12 {
						first.Year--
					}
				}
				if d1, e1 := dayTime(first); e1 {
					if d2, e2 := dayTime(r2.d.DayOf()); ok2 && e2 && r2.d.Prec == timeline.Day && d1.AddDate(0, 0, 1).Equal(d2) {
						d.end, d.noYear = r2.end, false
						d.d.Year = first.Year
					}
				}
			}
			d.d.Part = w.part
			return d, true
		}
	case w.part != timeline.NoPart && !w.plural && !poss:
		return t.relPart(i, j, w.part, det, det2, eff)
	}
	if _, _, _, k, ok := t.amount(j); ok && the && (eff == "past" || eff == "last" || eff == "next" || eff == "coming") {
		// "the past three summers": each of them, a set; "the past two
		// Olympics" is no time at all, nor "the past" of it
		if sw := t.w(k); sw != nil && sw.season != timeline.NoSeason && sw.plural {
			return res{start: i, end: k + 1, typ: Set, val: "XXXX-" + sw.season.String()}, true
		}
		return res{}, false
	}
	if eff == "past" && the {
		return res{start: i, end: j, typ: Date, d: past}, true
	}
	return res{}, false
}

// decadeWord reads "nineties", "twenties"; a decade with its century in
// words, "nineteen-sixties", "Eighteen Nineties" (the 1890s); and a
// decade's byname, "Roaring Twenties" (see decadeNames).
func (t *Tagger) decadeWord(i int) (res, bool) {
	if w := t.w(i); w != nil && w.num >= 11 && w.num <= 20 {
		k := i + 1
		if t.dash(k) && t.glued(k) && t.glued(k+1) {
			k++
		}
		if n, ok := lowerGet(t, k, decadeWords); ok && (k > i+1 || !t.glued(k)) {
			return res{start: i, end: k + 1, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: w.num*100 + n}}, true
		}
		return res{}, false
	}
	if nx := t.tok(i + 1); nx != nil && nx.kind == tWord && nx.flags&fDateish != 0 { // (a decade word next: the word before is asked only then)
		if y, ok := lowerGet(t, i, decadeNames); ok {
			if n, ok := lowerGet(t, i+1, decadeWords); ok && n == y%100 && !t.glued(i+1) && t.tok(i).cap == nx.cap {
				return res{start: i, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: y}}, true
			}
			return res{}, false
		}
	}
	n, ok := lowerGet(t, i, decadeWords)
	if !ok {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: 1900 + n}}, true
}

// decadeNames are the bynames of decades, by the word before the decade's
// ("the Roaring Twenties"), with the decade each names.
var decadeNames = map[string]int{"roaring": 1920, "swinging": 1960, "gay": 1890, "naughty": 1890, "dirty": 1930, "hungry": 1930}

// measureDecade reports whether the decade word ending at token e, told
// from token s ("the sixties", "the mid-seventies"), is a range of a
// measure: "Highs in the sixties", "temperatures in the mid-seventies",
// "scores in the eighties", "the mid-seventies Fahrenheit".
func (t *Tagger) measureDecade(s, e int) bool {
	if lowerIn(t, e, decadeMeasures) || t.punct(e, '%') || t.punct(e, '°') {
		return true
	}
	if t.is(s-1, "in") && lowerIn(t, s-2, levelVerbs) && (lowerIn(t, s-3, levelNouns) || lowerIn(t, s-4, levelNouns) && t.tok(s-3).kind == tWord && !t.tok(s-3).cap) {
		// "Interest rates were in the twenties", "inflation has stayed
		// in the teens": a level a rate stood at
		return true
	}
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		if tk := &t.toks[k]; tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '!' || tk.r == '?') || t.newLine(k+1) && k+1 < s {
			break
		}
		if lowerIn(t, k, decadeMeasures) {
			return true
		}
	}
	return false
}

// storyDecade sets the century of a decade word told alone ("the
// nineties", r from token i, "the"), which is the 20th unless the story
// is in an earlier one: a year, decade or century told before 1900, in the
// paragraph and at most three sentences back, puts "the nineties" in its
// own century when that decade is not over by then ("In the 1790s the
// mill was built, and by the nineties it ...": 1790s; "In 1650 ... in the
// nineties": 1690s; "In the 18th century ... by the nineties": 1790s).
// A decade of that century already gone by is either that one or the
// next, which the words do not say: ok is false, and the word is no date
// ("In 1795 the mill opened; by the twenties ..."), unless the next is
// the 20th ("built in 1850; in the twenties it became a hotel": the
// 1920s, as written alone).
func (t *Tagger) storyDecade(i int, r *res) bool {
	l := t.last
	if r.end != r.start+1 || l.Prec < timeline.Century || l.Year <= 0 || l.Year >= 1900 || l.IsVague() || t.lastEnd < 0 || t.lastEnd > i ||
		t.sentencesBetween(t.lastEnd, i) > 3 || t.paragraphBetween(t.lastEnd, i) {
		return true
	}
	n, c := r.d.Year%100, l.Year-l.Year%100
	switch {
	case c+n >= l.Year-l.Year%10:
		r.d.Year = c + n
	case c+100 < 1900:
		return false
	}
	return true
}

// decadeMeasures are the words of a measure whose range a decade word
// can name ("highs in the sixties", "the mid-seventies Fahrenheit").
var decadeMeasures = map[string]bool{"temperature": true, "temperatures": true, "temps": true, "high": true, "highs": true,
	"low": true, "lows": true, "degree": true, "degrees": true, "fahrenheit": true, "thermometer": true, "mercury": true,
	"score": true, "scores": true, "scored": true, "percent": true, "price": true, "prices": true, "shares": true,
	"traded": true, "trading": true, "mph": true, "speeds": true, "winds": true, "gusts": true, "heat": true, "dew": true,
	"reading": true, "readings": true, "humidity": true, "percentile": true, "iq": true, "weight": true, "pounds": true}

// levelNouns are rates and counts whose level a decade word can name
// after a verb of standing ("rates were in the twenties"), and
// levelVerbs those verbs. (Before the decade with no verb, "birth rates
// in the twenties", the rate may be the 1920s'.)
var levelNouns = map[string]bool{"rate": true, "rates": true, "yield": true, "yields": true, "inflation": true, "unemployment": true,
	"ratings": true, "rating": true, "approval": true, "turnout": true, "odds": true, "polls": true, "support": true, "growth": true}

var levelVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "stood": true, "stand": true,
	"stands": true, "remained": true, "remain": true, "remains": true, "stayed": true, "stay": true, "stays": true, "hovered": true,
	"hover": true, "hovers": true, "ran": true, "run": true, "running": true, "sat": true, "sits": true}

// relUnit resolves a determiner and a unit: "last week", "this year",
// "the following day", "the same month", "the latest quarter".
func (t *Tagger) relUnit(i, j int, u unit, det, det2, eff string, dir int, anaphoric, afterMod bool) (res, bool) {
	r := res{start: i, end: j + 1, typ: Date}
	if k, ok := t.andAHalf(j + 1); ok && (u == uYear || u == uMonth || u == uDay || u == uHour || u == uWeek) &&
		(eff == "next" || eff == "past" || eff == "last" || eff == "coming" || eff == "following" || eff == "first" || eff == "previous") {
		// "for the next year and a half", "over the past year and a
		// half": how long, not the year after
		return res{start: i, end: k, typ: Duration, val: durValue(1.5, u, false)}, true
	}
	the := det == "the"
	poss := det == "its" || det == "their" || det == "his" || det == "her" || det == "our"
	if u == uYear && the && (det2 == "" && t.is(j+1, "ahead") || det2 == "coming") {
		// "We expect the year ahead to be steady", "in the coming
		// (financial) year", in a report on the year to 31 March 2023:
		// the fiscal year after it
		end := j + 1 + b2i(det2 == "")
		if r, ok := t.fiscalYearAhead(i, end); ok {
			return r, true
		}
	}
	if eff == "last" && (u == uDay || u == uWeek && (the || t.is(i-1, "the"))) && t.isAny(j+1, "to", "for", "of") {
		// "Last day to add: September 5", "the last day for entries": the
		// final day of a time the words set, no day before today
		if nx := t.tok(j + 2); nx != nil && nx.kind == tWord && !nx.cap && nx.w() == nil {
			return res{}, false
		}
	}
	if u == uDay && !t.w(j).plural && !t.is(j+1, "of") && (the && det2 == "last" && !t.isAny(i-1, "in", "over", "during", "within", "past", "for", "throughout") ||
		det == "last" && t.is(i-1, "the") && !t.isAny(i-2, "in", "over", "during", "within", "past", "for", "throughout")) {
		// "will go to the last day, May 19", "Friday is the last day":
		// the final day of something, no day before today ("over the
		// last day" is)
		return res{}, false
	}
	if tk := t.tok(j); tk.cap && !tk.upper {
		return res{}, false // "This Week" (a programme), "The Day"
	}
	if the && eff == "last" && u == uWeekend {
		if d, ok := t.lastWeekendBefore(i, j); ok {
			return res{start: i, end: j + 1, typ: Date, val: d.String() + "-WE"}, true
		}
	}
	// "45 days from the end of the month of delivery", "the week of
	// the move": the unit of a happening the words do not date
	if the && det2 == "" && (u == uMonth || u == uWeek || u == uYear) && t.is(j+1, "of") && t.tok(j+2) != nil && t.tok(j+2).kind == tWord &&
		!t.tok(j+2).cap && t.w(j+2) == nil && t.ofHappening(j+2) {
		return res{start: i, end: j + 1, typ: Date, val: unknownUnit(u)}, true
	}
	// "the year ended June 30": a fiscal year, a duration
	if the && det2 == "" && u == uYear && t.isAny(j+1, "ended", "ending") {
		return res{start: i, end: j + 1, typ: Duration, val: "P1Y"}, true
	}
	// "the year to June", "the year to 31 March": the twelve months up
	// to a month, as "the 12 months to March"
	if the && det2 == "" && u == uYear && t.is(j+1, "to") && (t.isMonthAt(j+2) || t.tok(j+2) != nil && t.tok(j+2).kind == tNum && t.isMonthAt(j+3)) {
		return res{start: i, end: j + 1, typ: Duration, val: "P1Y"}, true
	}
	if the && det2 == "full" && u == uYear {
		if y, k, ok := t.yearAt(j + 1); ok {
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true // "the full year 2012"
		}
		if t.hasRef {
			y := t.ref.Year()
			switch {
			case t.last.Prec >= timeline.Year && t.last.Year != 0 && t.last.Year <= y && !t.lastBound && t.lastSetEnd >= 0 && t.lastSetEnd <= i && t.sentencesBetween(t.lastSetEnd, i) <= 2:
				y = t.last.Year // "This year's results included a gain ... Sales for the full year were": the year just told
			case !t.narrative && t.tense(i, j+1) < 0 && !t.reportedBefore(i) && t.ref.Month() < 12:
				y-- // "For the full year, revenue rose 5%", told before the year is out: the year before
			}
			return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
	}
	// "the weekend of 3-4 July": the weekend of that day
	if u == uWeekend && the && t.is(j+1, "of") {
		if m, ok := t.core(j+2, false); ok && m.d.Prec >= timeline.Day {
			if tt, ok := dayTime(m.d); ok {
				wk := at(tt, uWeek)
				if r2, ok := t.rangeEnd(m); ok && r2.d.Prec >= timeline.Day {
					if t2, ok := dayTime(r2.d); !ok || tt.Weekday() != time.Saturday && tt.Weekday() != time.Sunday || t2.Sub(tt) > 24*time.Hour || t2.Before(tt) {
						// "the weekend of 27–30 March", Friday to Monday:
						// the days it gives, no Saturday and Sunday
						return res{}, false
					}
					m.end = r2.end // "3-4 July"
				}
				return res{start: i, end: m.end, typ: Date, val: wk.String() + "-WE"}, true
			}
		}
	}
	// "the week of March 6", "the week beginning 3 November"
	if u == uWeek && (t.is(j+1, "of") || t.isAny(j+1, "beginning", "starting", "commencing", "ending") && the && det2 == "") {
		if m, ok := t.core(j+2, false); ok && m.d.Prec >= timeline.Day {
			if tt, ok := dayTime(m.d); ok {
				// ("the week ending Feb. 2" is a period reported on, no
				// week whose days the text goes on to name)
				return res{start: i, end: m.end, typ: Date, d: at(tt, uWeek), namedWeek: !t.is(j+1, "ending")}, true
			}
		}
	}
	// "the quarter ended July 31": a fiscal quarter, not a calendar one,
	// when it ends on another day than a calendar quarter's last; "the
	// quarter to September", "the quarter ending March": the one that
	// ends with the month
	if u == uQuarter && (the || poss) && det2 == "" && t.isAny(j+1, "ended", "ending", "to", "through") {
		k := j + 2
		if mod, k2, _ := t.prefix(k); mod == timeline.ModEnd && k2 > k {
			k = k2 // "the quarter to the end of September"
		}
		m, ok := t.core(k, false)
		if !ok && t.is(k, "march") && t.tok(k).cap {
			// ("the quarter ending March", which alone is no month
			// without a preposition before it: see monthContext)
			m, ok = res{start: k, end: k + 1, typ: Date, d: timeline.Date{Prec: timeline.Month, Month: 3}, noYear: true}, true
			if y, e, ok := t.yearAt(k + 1); ok {
				m.end, m.d.Year, m.noYear = e, y, false
			}
		}
		if ok && m.typ == Date && (m.d.Prec >= timeline.Day || m.d.Prec == timeline.Month) && m.d.Month >= 1 {
			if m.d.Month%3 != 0 || m.d.Prec >= timeline.Day && m.d.Day < 28 {
				return res{start: i, end: j + 1, typ: Duration, val: "P1Q"}, true
			}
			// "the quarter ended Sept. 30" is the third
			q := timeline.Date{Prec: timeline.Quarter, Year: m.d.Year, Quarter: m.d.Month / 3}
			if m.noYear || m.d.Year == 0 {
				y, ok := t.periodYear(uQuarter, q.Quarter, i, m.end)
				if !ok {
					return res{start: i, end: j + 1, typ: Date, val: "XXXX-Q" + strconv.Itoa(q.Quarter)}, true
				}
				q.Year = y
			}
			return res{start: i, end: j + 1, typ: Date, d: q}, true
		}
	}
	if the && det2 == "" && u == uYear && !t.isAny(j+1, "before", "after", "of", "to", "ended", "ending", "earlier", "later", "ago") {
		// "results for the twelve months to 31 March 2025. Profit for the
		// year was ...": the fiscal year that day ended
		if e := t.fyEnd(); e != 0 && e != 12 && t.fyStrong && t.last.Prec == timeline.Day && t.last.Month == e && t.last.Day >= 28 &&
			t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 &&
			!(t.hasRef && !t.narrative && t.last.Year*12+e < t.ref.Year()*12+int(t.ref.Month()) && t.aheadClause(i)) {
			// (but "The audit of the year ended 31 March 2025 found gaps.
			// Management will fix them by the end of the year", told in
			// November 2025: a year looked ahead to is none over by then)
			y := t.last.Year
			return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}, fiscal: true,
				cal: newCal(timeline.Date{Prec: timeline.Month, Year: y - 1, Month: e%12 + 1}, timeline.Date{Prec: timeline.Month, Year: y, Month: e})}, true
		}
		// "The year to 31 March 2023 (FY23) ... H2 was stronger. The
		// Board met eleven times during the year": the fiscal year of
		// the fiscal period (or year) just told
		if e := t.fyEnd(); e != 0 && e != 12 && t.fyStrong && !t.lastFiscal.IsZero() && t.last == t.lastFiscal &&
			t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 2 {
			if y, ok := fiscalYearOf(t.lastFiscalCal, e); ok {
				return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}, fiscal: true,
					cal: newCal(timeline.Date{Prec: timeline.Month, Year: y - 1, Month: e%12 + 1}, timeline.Date{Prec: timeline.Month, Year: y, Month: e})}, true
			}
		}
	}
	if (the || poss) && det2 == "" {
		switch {
		case u == uQuarter:
			if t.lastQ.Prec == timeline.Quarter {
				r.d, r.fiscal = t.lastQ, t.lastQFiscal
				return r, true
			}
			dir = -1
			anaphoric = false
		case u == uWeekend && the:
			dir = 0
			anaphoric = false
		case u == uMonth && the && !t.narrative && t.last.Prec == timeline.Month && t.lastSetEnd == t.lastEnd && t.lastEnd >= 0 && t.lastEnd <= i &&
			t.sentencesBetween(t.lastEnd, i) <= 1 && !t.isAny(j+1, "of", "before", "after", "in", "that", "when", "which", "ended", "ending", "to", "earlier", "later", "ago") &&
			!(t.hasRef && !t.last.End().After(t.ref) && t.willBefore(i)) && // (not "The grant we applied for in February will be decided at the end of the month", said in April)
			!t.monthAhead(t.last, i): // (nor "... in the first week of March next year. The dryer should be commissioned by the end of the month", said in September)
			// "Retailers posted strong sales in February. Sales for the
			// month rose 4.2 percent": the month just told
			r.d = t.last
			return r, true
		case u == uYear && the && t.is(j+1, "ahead"):
			// "In 2022 revenue rose. We expect growth in the year
			// ahead": the year to come, as "the coming year" is, not the
			// year just told (a fiscal report's is its next fiscal year:
			// see fiscalYearAhead above)
			dir, eff, det2, anaphoric = 1, "coming", "coming", t.narrative || t.tense(i, j+1) < 0 && t.last.Prec >= timeline.Year && t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1
		case (u == uYear || u == uWeek) && the && t.isAny(i-1, "was", "is", "be", "been") && t.isAny(j+1, "i", "we", "you", "he", "she", "they", "my", "our", "your", "his", "her", "their"):
			// "That was the year my son was born", "It was the week we
			// moved": a year the clause after it names, which it does
			// not date; not this one
			return res{}, false
		case (u == uYear || u == uWeek) && the && !t.isAny(j+1, "before", "after", "of", "in", "that", "when", "which", "ended", "ending", "following", "leading") &&
			!(t.is(j+1, "to") && (t.isMonthAt(j+2) || t.isAny(j+2, "date", "the", "end") || t.tok(j+2) != nil && t.tok(j+2).kind == tNum && t.isMonthAt(j+3) ||
				t.tok(j+2) != nil && t.tok(j+2).cap && t.tok(j+3) != nil && t.tok(j+3).kind == tNum && t.tok(j+3).nd == 4)): // ("in the year to Michaelmas 1790": a year that ends then)
			// (but "rose in the first 11 months of the year to 15 billion
			// yuan": the year, and what it rose to)
			dir = 0
		case afterMod:
		default:
			return res{}, false
		}
	}
	if det == "recent" || det2 == "first" || eff == "these" {
		return res{}, false
	}
	// "this year's third quarter", "last year's quarter"
	if u == uYear && (eff == "this" || eff == "last" || eff == "next") && t.hasRef &&
		(t.punct(j+1, '\'') || t.punct(j+1, '’')) && t.glued(j+1) && t.is(j+2, "s") {
		y := t.yearRel(i)
		if eff == "this" {
			y = t.ref.Year()
		}
		if q, ok := t.ordinalPeriod(j + 3); ok && (q.d.Prec == timeline.Quarter || q.d.Prec == timeline.Half) {
			q.start, q.d.Year, q.noYear = i, y, false
			return q, true
		}
		if t.isAny(j+3, "quarter", "period") && t.lastQ.Prec == timeline.Quarter {
			return res{start: i, end: j + 4, typ: Date, d: timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: t.lastQ.Quarter}, comparison: true, fiscal: t.lastQFiscal}, true
		}
	}
	if eff == "latest" && u != uQuarter && !(u == uYear && t.isAny(j-1, "fiscal", "financial")) {
		return res{}, false
	}
	var base timeline.Date
	var ok bool
	// a decade or a century can follow a story told by decades
	lastOK := t.last.Prec >= timeline.Year || u >= uDecade && t.last.Prec >= timeline.Century
	if anaphoric && u == uDay && the && (eff == "following" || eff == "next") && t.undatedNounBefore(i, "day") {
		// "If the launch day is windy, we will try the following day":
		// the day after one the sentence names but does not date
		r.val = unknownUnit(u)
		return r, true
	}
	if anaphoric && !lastOK && t.last.Prec >= timeline.Millennium && t.last.Prec < timeline.Year && (u == uYear || u == uMonth || u == uWeek || u == uDay) &&
		t.lastSetEnd >= 0 && t.lastSetEnd <= i && t.sentencesBetween(t.lastSetEnd, i) <= 1 {
		// "moved to Hollywood in the 1940s and made his first film the
		// following year": a year of that decade the words do not say
		// (not the year after the writer's)
		r.val = unknownUnit(u)
		return r, true
	}
	if anaphoric {
		base, ok = t.anchor(true)
		// (not over a day left unknown, "on Monday ... the following day";
		// but "before this decade is out. The following year" follows
		// the story)
		blocked := t.lastUnknown && t.unknownPrec >= unitPrecision(u) && !t.writersYearAside(i)
		if lastOK && !blocked && (!ok || t.last.Prec < timeline.Year) {
			// "the following century" after "the 3rd century BC"
			base, ok = t.last, true
		}
		if lb, lok := t.lookBackBase(i); lok && ok && (u >= uMonth || u == uDay && lb.Prec >= timeline.Day) {
			// "The canal opened in 1810. The first barge arrived the
			// following year"; "a bond dated 1 May 1822 ... married on
			// the following day"
			base = lb
		}
		if ok && u == uYear && (det == "that" || det2 == "same") && t.namedYearEnd > t.lastSetEnd && t.namedYearEnd <= i && t.sameSentence(t.namedYearEnd, i) {
			// "between 28 April and 3 May 2024. Turnout in the 2019
			// presidential election was 61.8%, and the first round that
			// year ...": the year just written, that names the thing
			// the sentence is about, not the story's
			base = t.namedYear
		}
		if ok && t.ageBetween(t.lastSetEnd, i) {
			// "in 1919 ... at the age of eleven, and two years later":
			// counted from an age, not from the year told
			r.val = unknownUnit(u)
			return r, true
		}
		if ok && the && det2 == "" && !t.narrative && t.hasRef && (u == uWeek || u == uMonth || u == uYear) &&
			(t.is(i-1, "since") || t.is(i-1, "of") && t.isAny(i-2, "start", "beginning") && t.is(i-3, "the") && t.is(i-4, "since")) {
			// "since the start of the year": up to now, so the writer's
			base = dayDate(t.ref)
		} else if ok && the && det2 == "" && !t.narrative && t.hasRef && u == uYear && (t.lastAttr || t.lastBound || t.lastAside) {
			// "stadiums for the 2014 World Cup ... not ready until the
			// end of the year", "have until 2019 ... by the end of the
			// year": a year that names a thing or bounds a time is not
			// the year the story is in; the writer's is
			base = dayDate(t.ref)
		} else if ok && the && det2 == "" && !t.narrative && t.hasRef && u == uYear && base.Prec >= timeline.Year && base.Year < t.ref.Year() &&
			t.lastSetEnd >= 0 && !t.sameSentence(t.lastSetEnd, i) && t.aheadClause(i) {
			// "The Fed cut its forecast in December. It expects
			// unemployment to fall by the end of the year": a year looked
			// ahead to, now, is the writer's
			base = dayDate(t.ref)
		} else if ok && the && det2 == "" && u == uMonth && t.monthAhead(base, i) {
			// "Lambing starts in the first week of March next year. The
			// new grain dryer should be commissioned by the end of the
			// month", told in September: a month looked ahead to, months
			// off, is no month the next sentence's deadline is in; the
			// writer's is
			base = dayDate(t.ref)
		} else if ok && the && det2 == "" && !t.narrative && t.hasRef && (u == uWeek || u == uMonth || u == uYear) && base.Prec >= timeline.Year && base.Prec <= timeline.Day &&
			!base.End().After(t.ref) && t.willBefore(i) {
			// "The grant we applied for in February will be decided at
			// the end of the month", said in April: a month to come is
			// no month gone by; the writer's
			base = dayDate(t.ref)
		} else if ok && the && det2 == "" && !t.narrative && t.hasRef && (u == uWeek || u == uMonth || u == uYear) && t.lastSetEnd >= 0 &&
			(t.paragraphBetween(t.lastSetEnd, i) || t.bulletItem(i) && t.bulletItem(t.lastSetEnd-1) && t.lineBetween(t.lastSetEnd-1, i) && t.tense(i, j+1) >= 0) {
			// (or another item of a list: "- LB to confirm dates by
			// 06/06/2025.¶- RM to update the forecast before the end of
			// the month", in minutes of 22 May; but "- The gallery closed at
			// the end of the month" under "## March" is of March)
			// "... on 4 November.¶The department will meet the council
			// before the end of the month": in news, a paragraph on, the
			// month is the writer's
			base = dayDate(t.ref)
		}
	} else if t.hasRef {
		base, ok = dayDate(t.ref), true
		if t.narrative && lastOK {
			base = t.last // in a history, "next year" follows the story
		}
		if b, aok := t.attrHolds(i); aok {
			// "Al Jazeera reported on 18 March 2019 that talks had
			// collapsed last week": from the day of the report
			base = dayDate(b)
		}
	} else if lastOK && (the || t.narrative && t.opt.Mode == Narrative && !t.opt.Guessed) {
		// with no reference date, only a history told as such ("the
		// next year", or any in a text the user called a narrative)
		// follows the story; a guessed one's "next year", and any in
		// news, speaks from the writer's unknown day
		base, ok = t.last, true
	}
	if !ok {
		r.val = unknownUnit(u)
		return r, true
	}
	su := u
	if su == uWeekend {
		su = uWeek
	}
	if anaphoric && u == uDay && base.Prec < timeline.Day && t.lastDay.Prec >= timeline.Day && i-t.lastDayEnd <= clockReach &&
		!(base.Prec >= timeline.Year && base.Year > t.lastDay.Year) && !t.headerDayBefore(i) { // ("In 1817 ... the same day": some day of 1817)
		// "on Tuesday ... since 1993 ... the same day": the last day named
		base = t.lastDay
	}
	if anaphoric && su == uWeek && base.Prec < timeline.Week && base.Prec >= timeline.Year && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i &&
		t.sentencesBetween(t.lastDayEnd, i) <= 2 && base.End().Before(t.lastDay.Start()) && !t.headerDayBefore(i) {
		// "Version 2.9.2 shipped on June 10. MITRE assigned the CVE in
		// May. Distributions picked up the fix during the following
		// week": a month looked back to holds no week to count from; the
		// day of the story just told does
		base = t.lastDay
	}
	if anaphoric && u == uDay && base == t.last {
		if d, ok := t.overnightStart(); ok {
			base = d // "doors 9pm till 2am. The following day": the day after the night's, not after the small hours'
		}
	}
	if (su == uHour || su == uMinute) && base.Prec < timeline.Hour {
		// "this hour" against a day: the day is known, the hour not
		// (not midnight)
		r.typ = Time
		if base.Prec >= timeline.Day {
			r.val = base.DayOf().String() + "TXX"
			if su == uMinute {
				r.val += ":XX"
			}
		} else {
			r.val = "XXXX-XX-XXTXX"
		}
		return r, true
	}
	d, ok := shiftDate(base, su, dir)
	if !ok && anaphoric && !t.narrative && t.hasRef && det != "that" && su != uDay {
		// (but "the following day" after "in October 2023" is a day of
		// that month the text does not say, no day after the writer's)
		// "the end of the week" after "August": the story's last date is
		// too coarse to hold a week, and news speaks from its own date
		// (but "that week" after "last summer" is a week of the summer,
		// which one unknown)
		base = dayDate(t.ref)
		d, ok = shiftDate(base, su, dir)
	}
	if !ok {
		r.val = unknownUnit(u)
		return r, true
	}
	if u == uWeek && the && det2 == "" && dir == 0 && t.opt.Week.Prec == timeline.Week && !t.opt.Week.Weekend && t.hasRef && d == at(t.ref, uWeek) &&
		(t.lastSetEnd < 0 || !t.inWeek(t.last, d)) {
		// "The hotline received 1,938 calls during the week", in a
		// report whose title names the week it covers: that week, not
		// the writer's (unless a day of the writer's was just told)
		d = t.opt.Week
	}
	if u == uWeek && !anaphoric && !t.narrative && t.hasRef && det2 == "" && (eff == "this" || eff == "last" || eff == "next") &&
		t.opt.Week.Prec == timeline.Week && !t.opt.Week.Weekend && base == dayDate(t.ref) && (t.ref.Weekday() == time.Saturday || t.ref.Weekday() == time.Sunday) &&
		t.opt.Week == at(t.ref.AddDate(0, 0, 7), uWeek) {
		// "LAUNCH ROUNDUP: WEEK OF APRIL 6", published Sunday 5 April:
		// a preview written at the weekend for the week its title names
		// speaks from that week ("Three launches are on the books this
		// week" is W15, "LAST WEEK" over the launch of 31 March is W14),
		// not from the writer's, which ends that day
		if ws, _ := t.opt.Week.Bounds(); !ws.IsZero() {
			if d2, ok := shiftDate(dayDate(ws), uWeek, dir); ok {
				d = d2
			}
		}
	}
	if u == uWeek && eff == "this" && det2 == "" && !anaphoric && !t.narrative && t.hasRef && base == dayDate(t.ref) && d == at(t.ref, uWeek) && t.sundayLooksAhead(i, j) {
		d = at(t.ref.AddDate(0, 0, 1), uWeek)
	}
	if u <= uHour {
		r.typ = Time
	}
	if t.narrative && dir < 0 && (eff == "previous" || eff == "preceding") && u >= uYear {
		// "keeping the gains they achieved during the previous year":
		// a look back, the story stays where it is
		r.flashback = true
	}
	if u == uWeekend && d.Prec == timeline.Week && r.typ == Date {
		// "the weekend": the Saturday and Sunday that end an ISO week
		// (TimeML 1990-W32-WE). Unqualified, it is the weekend just past in
		// a past-tense sentence and the coming one otherwise; early in the
		// week with no tense to go by, the one just past.
		sd, story := timeline.Date{}, false
		if dir == 0 && the && det2 == "" {
			sd, story = t.storyWeekend(i, j)
		}
		if story {
			d = sd
		} else if dir == 0 {
			if bt, ok := dayTime(base); ok {
				wd := int(bt.Weekday()+6) % 7 // Monday = 0
				tense := t.tense(i, j+1)
				if wd < 5 && (tense < 0 || tense == 0 && wd <= 2 && det != "this") { // ("this weekend" with no tense: the coming one)
					if d2, ok := shiftDate(base, uWeek, -1); ok {
						d = d2
					}
				}
			}
		}
		if dir > 0 && eff == "following" && base.Prec >= timeline.Day {
			// "will close on Monday 15 September and will be demolished
			// over the following weekend": the weekend after a weekday is
			// the one that ends its week
			if bt, ok := dayTime(base); ok && int(bt.Weekday()+6)%7 < 5 {
				if d2, ok := shiftDate(base, uWeek, 0); ok {
					d = d2
				}
			}
		}
		r.d = timeline.Date{}
		r.val = d.String() + "-WE"
		return r, true
	}
	r.d = d
	if u == uQuarter && anaphoric && d.Prec == timeline.Quarter && base == t.lastQ && t.lastQFiscal {
		// "in Q1:2024-25, down from 7.8 per cent in the previous
		// quarter": counted in the fiscal year's quarters, labelled as
		// they are; the calendar quarter is known only when the text
		// says when its year ends
		r.fiscal = true
		if c, ok := t.fiscalPeriod(uQuarter, d.Quarter, d.Year); ok {
			r.cal = newCal(c, timeline.Date{})
		} else if first, last, ok := t.fiscalMonths(uQuarter, d.Quarter, d.Year); ok {
			r.cal = newCal(first, last)
		}
	}
	return r, true
}

// sundayLooksAhead reports whether "this week" (i "this", j "week"), in a text
// written on a Sunday, the last day of its ISO week, is the week that
// starts the next day: a parish bulletin's or a club's notices speak of
// the days to come ("THIS WEEK¶Monday: Mass at 9.30am", "The study
// group meets this week"), as a heading or in a clause not in the past
// (but "The roof was mended this week" is the week now ending).
func (t *Tagger) sundayLooksAhead(i, j int) bool {
	if t.ref.Weekday() != time.Sunday || t.is(i-1, "earlier") || t.isAny(i-1, "of", "ago") || t.isAny(j+1, "last", "ago") {
		return false // ("earlier this week", "this week last year", "ten years ago this week")
	}
	if (t.lineStart(i) || t.sentenceStart(i)) && (t.tok(j+1) == nil || t.newLine(j+1) || t.punct(j+1, ':')) {
		return true // a heading: "THIS WEEK", "This week:"
	}
	return t.tense(i, j+1) >= 0
}

// storyWeekend gives the weekend that "the weekend" of tokens [i, j] means
// after a day told in its sentence or the one before: "On March 9 the
// fuzzer produced its first crash. I spent the weekend minimizing the test
// case" is the weekend of Saturday 9 March, not the writer's. A Friday,
// Saturday or Sunday is of the weekend that ends its week; an earlier
// weekday only in a past sentence whose week is gone by the writer's
// (told in the writer's week, "On Monday ... spent the weekend" may be
// the weekend before it). Not after a header's day.
func (t *Tagger) storyWeekend(i, j int) (timeline.Date, bool) {
	if t.lastDay.Prec != timeline.Day || t.lastDayEnd <= 0 || t.lastDayEnd > i || t.sentencesBetween(t.lastDayEnd, i) > 1 || t.headerDayBefore(i) {
		return timeline.Date{}, false
	}
	lt, ok := dayTime(t.lastDay)
	if !ok {
		return timeline.Date{}, false
	}
	if wd := int(lt.Weekday()+6) % 7; wd < 4 { // Monday = 0
		if !t.hasRef || t.tense(i, j+1) > 0 || !lt.AddDate(0, 0, 7-wd).Before(t.ref) {
			return timeline.Date{}, false
		}
	}
	return at(lt, uWeek), true
}

// monthAhead reports whether base, the last date told, is a part of a
// month more than three months after the writer's day ("the first week of
// March next year", "early March"), told in a sentence before token i's,
// in news: the time looked ahead to is the part, not the month, and "the
// month" of the next sentence is the writer's ("Lambing starts in the
// first week of March next year. The new grain dryer should be
// commissioned by the end of the month", told in September; but after
// "The auction is in March", "by the end of the month" is March's).
func (t *Tagger) monthAhead(base timeline.Date, i int) bool {
	if t.narrative || !t.hasRef || base.Prec != timeline.Month && base.Prec != timeline.Week || t.lastSetEnd < 0 || t.lastSetEnd > i || t.lastSetEnd != t.lastEnd ||
		!base.Start().After(t.ref.AddDate(0, 3, 0)) || t.sameSentence(t.lastSetEnd, i) {
		return false
	}
	for k := max(t.lastStart, 0); k < t.lastEnd; k++ {
		if t.isAny(k, "week", "early", "late", "mid", "beginning", "start", "middle", "half") {
			return true
		}
	}
	return false
}

// ofHappening reports whether word k, after "the month of", names a
// happening with no date of its own: "delivery", "purchase",
// "completion", "the move".
func (t *Tagger) ofHappening(k int) bool {
	w := t.lowerWord(k)
	return strings.HasSuffix(w, "ery") || strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ance") ||
		w == "purchase" || w == "sale" || w == "receipt" || w == "invoice" || w == "shipment" || w == "dispatch" || w == "signature" || w == "closing"
}

// dayAfterColon reads the day written right after a colon or a dash that
// comes within a few words of token k in its sentence ("by East and West:
// Sunday, April 20, 2025", "this season — Saturday, May 17"), without
// tagging it; a day with its month at least.
func (t *Tagger) dayAfterColon(k int) (timeline.Date, bool) {
	for e := min(len(t.toks), k+10); k < e; k++ {
		tk := &t.toks[k]
		if tk.kind != tPunct {
			continue
		}
		if tk.r == '.' || tk.r == ';' || tk.r == '!' || tk.r == '?' || tk.r == '\n' || t.newLine(k) {
			return timeline.Date{}, false
		}
		if tk.r != ':' && !(t.dash(k) && !t.glued(k+1)) {
			continue
		}
		r, ok := t.core(k+1, false)
		if !ok || r.typ != Date || r.val != "" || r.d.Prec != timeline.Day || r.d.IsVague() {
			return timeline.Date{}, false
		}
		if w := t.w(r.end - 1); w != nil && w.month == 0 {
			return timeline.Date{}, false // ": Saturday", ": tomorrow": a day told from another, not written
		}
		return r.d, true
	}
	return timeline.Date{}, false
}

// dayAhead reads the first day written in full ("17 March 2024",
// "March 17, 2024") after "before" in the n tokens of the sentence from
// token k on, without tagging them.
func (t *Tagger) dayAhead(k, n int) (time.Time, bool) {
	before := false
	for e := min(len(t.toks), k+n); k < e; k++ {
		tk := &t.toks[k]
		if tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '!' || tk.r == '?') {
			return time.Time{}, false
		}
		before = before || t.is(k, "before")
		if w := t.w(k); w != nil && w.month > 0 && tk.cap && before {
			m := w.month
			if d, nd, ok := t.num(k - 1); ok && nd <= 2 && (t.tok(k-1).sfx == sfxNone || t.tok(k-1).sfx == sfxOrd) {
				if y, _, ok := t.yearAt(k + 1); ok && validDay(y, m, d) {
					return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true // "17 March 2024"
				}
			}
			if d, nd, ok := t.num(k + 1); ok && nd <= 2 {
				j := k + 2
				if t.punct(j, ',') {
					j++
				}
				if y, _, ok := t.yearAt(j); ok && validDay(y, m, d) {
					return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true // "March 17, 2024"
				}
			}
		}
	}
	return time.Time{}, false
}

// bulletItem reports whether token i is on a line that opens with a
// list's bullet ("-", "*", "•") or number ("3.", "3)").
func (t *Tagger) bulletItem(i int) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	k := i
	for k > 0 && !t.newLine(k) {
		k--
	}
	tk := &t.toks[k]
	switch {
	case tk.kind == tPunct && (tk.r == '-' || tk.r == '*' || tk.r == '•'):
		return true
	case tk.kind == tNum && tk.nd <= 2 && (t.punct(k+1, '.') || t.punct(k+1, ')')) && t.glued(k+1):
		return true
	}
	return false
}

// headerDayBefore reports whether the last day named stands on a short
// line of its own, a paragraph above token i: a header's "Published
// online 18 April 2024.", the page's day, not one of its story (a
// story's paragraph, "told the meeting on Thursday ...", is).
func (t *Tagger) headerDayBefore(i int) bool {
	if t.lastDayEnd <= 0 || t.lastDayEnd > len(t.toks) || !t.paragraphBetween(t.lastDayEnd, i) {
		return false
	}
	at := int(t.toks[t.lastDayEnd-1].end)
	ls := strings.LastIndexByte(t.text[:at], '\n') + 1
	le := strings.IndexByte(t.text[at:], '\n')
	if le < 0 {
		le = len(t.text) - at
	}
	line := t.text[ls : at+le]
	return len(line) < 80
}

// ageBetween reports whether an age is told between token a and token b,
// in the sentence of b: "at the age of eleven", "aged 30".
func (t *Tagger) ageBetween(a, b int) bool {
	if a < 0 {
		return false
	}
	for k := b - 1; k >= a && k >= b-12; k-- {
		tk := &t.toks[k]
		if tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?' || tk.r == ';' || tk.r == '\n') {
			return false
		}
		if tk.kind == tWord && (tk.end-tk.start == 3 && t.is(k, "age") && t.is(k+1, "of") || tk.end-tk.start == 4 && t.is(k, "aged")) {
			return true
		}
	}
	return false
}

// paragraphBetween reports whether a blank line separates token a-1 from
// token b.
func (t *Tagger) paragraphBetween(a, b int) bool {
	if a <= 0 || b >= len(t.toks) || a > b {
		return false
	}
	seg := t.text[t.toks[a-1].end:t.toks[b].start]
	for k := strings.IndexByte(seg, '\n'); k >= 0; {
		rest := strings.TrimLeft(seg[k+1:], " \t\r")
		if strings.HasPrefix(rest, "\n") {
			return true
		}
		n := strings.IndexByte(seg[k+1:], '\n')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

func unknownUnit(u unit) string {
	switch u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek, uWeekend:
		return "XXXX-WXX"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX"
}

// relMonth resolves "last April", "next May", "this September".
func (t *Tagger) relMonth(i, j, m, dir int, det string, anaphoric bool) (res, bool) {
	r := res{start: i, end: j + 1, typ: Date}
	if det == "that" && (t.tok(i).cap && t.sentenceStart(i) || t.isAny(i-1, "in", "during", "by", "until", "since", "from", "of")) &&
		t.last.Prec >= timeline.Year && t.last.Year != 0 && !t.lastUnknown {
		// "The dam was completed in 1936. That December, ...": the
		// story's year ("that" a determiner, not "said that December
		// sales rose"), or of the year it just looked back to
		y := t.last.Year
		if lb, ok := t.lookBackBase(i); ok && lb.Year != 0 {
			y = lb.Year
		}
		r.d = timeline.Date{Prec: timeline.Month, Year: y, Month: m}
		return r, true
	}
	if det == "that" || det == "these" {
		return res{}, false
	}
	k := j + 1
	if t.punct(k, '.') {
		k++
	}
	if _, _, ok := t.num(k); ok {
		return res{}, false // "last Oct. 23": the date alone is the expression
	}
	var y, rm int
	switch {
	case (t.narrative || anaphoric) && t.last.Prec >= timeline.Month:
		// "the previous April" in a history: before the story's month
		y, rm = t.last.Year, t.last.Month
	case (t.narrative || anaphoric) && t.last.Prec == timeline.Year && t.last.Year != 0 && dir != 0:
		// "Henry VIII died in 1547. The following February": after the
		// story's year (1548), "the previous April" before it
		y, rm = t.last.Year, 12
		if dir < 0 {
			rm = 1
		}
	case !t.hasRef:
		r.val = "XXXX-" + two(m)
		return r, true
	default:
		y, rm = t.ref.Year(), int(t.ref.Month())
	}
	if det == "this" {
		return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: monthYear(t.ref, m, t.tense(i, j+1)), Month: m}}, true
	}
	switch {
	case dir < 0 && m >= rm:
		y--
	case dir > 0 && m <= rm:
		y++
	}
	r.d = timeline.Date{Prec: timeline.Month, Year: y, Month: m}
	return r, true
}

// toldBeforeRef reports whether the date told last before token i is a
// month, a season or a year the text tells of, over before the writer's
// day: "in October 1987", "in the spring of 1926".
func (t *Tagger) toldBeforeRef(i int) bool {
	if !t.hasRef || t.lastEnd < 0 || t.lastEnd > i || t.last.Prec >= timeline.Day || t.last.Prec < timeline.Year || t.last.IsVague() {
		return false
	}
	return !t.last.End().After(t.ref)
}

// relPart resolves "this morning", "last night", "that evening", "the
// next morning".
func (t *Tagger) relPart(i, j int, p timeline.PartOfDay, det, det2, eff string) (res, bool) {
	r := res{start: i, end: j + 1, typ: Time}
	var day timeline.Date
	var ok bool
	switch {
	case det == "this" && det2 == "":
		if !t.hasRef {
			r.val = "XXXX-XX-XXT" + p.String()
			return r, true
		}
		day, ok = dayDate(t.ref), true
	case det == "last" && p == timeline.Night && det2 == "" && (t.isAny(i-1, "the", "a", "one", "our", "my", "their", "his", "her", "your", "its", "final", "very") || t.is(j+1, "of")):
		return res{}, false // "on the last night of the tour", "we spent a last night in a guesthouse"
	case det == "last" && p == timeline.Night && det2 == "":
		if !t.hasRef {
			r.val = "XXXX-XX-XXTNI"
			return r, true
		}
		day, ok = dayDate(t.ref.AddDate(0, 0, -1)), true
	case det == "that" || (det == "the" && (det2 == "same" || det2 == "next" || det2 == "following" || det2 == "previous")):
		if det == "the" && det2 != "same" && t.undatedNounBefore(i, t.lowerWord(j)) {
			// "If the peak night is cloudy, try again the following
			// night": the night after one the sentence names but does
			// not date, not after the last day told
			r.val = "XXXX-XX-XXT" + p.String()
			return r, true
		}
		if w := t.w(j + 2); det == "that" && t.is(j+1, "in") && w != nil && w.month > 0 && w.month != t.last.Month && t.tok(j+2).cap {
			// "on that night in March", after a day of October: a night of
			// the March told before, the month all that is known
			if t.last.Year == 0 || t.last.Prec < timeline.Month {
				return res{}, false
			}
			y := t.last.Year
			if w.month > t.last.Month {
				y--
			}
			return res{start: i, end: j + 3, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: w.month}}, true
		}
		if t.lastUnknown && t.unknownEnd >= t.lastEnd && t.unknownEnd <= i && t.unknownPrec >= timeline.Day {
			// "Thursday, Feb. 5. — ... and the next morning cast anchor",
			// the entry's day left unknown: so is the morning after it
			r.val = "XXXX-XX-XXT" + p.String()
			return r, true
		}
		base, ok2 := dayTime(t.last)
		if det2 == "previous" {
			if d, ok := t.dayAhead(j+1, 30); ok {
				// "had spent the previous evening drinking ... before
				// driving in the early hours of 17 March 2024": the eve of
				// the day the sentence goes on to give
				base, ok2 = d, true
			}
		}
		if ok2 && det == "that" && t.pastDay.Prec >= timeline.Day && t.pastDay.DayOf() != t.last.DayOf() && i-t.pastDayEnd <= clockReach && t.notToCome(i) {
			// "footage from that night", after "bailed until 3 January":
			// one of the nights told before, not the day to come
			r.val = "XXXX-XX-XXT" + p.String()
			return r, true
		}
		if !ok2 && det == "that" && det2 == "" && t.last.Prec == timeline.Week && t.lastEnd > t.lastDayEnd && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 {
			// "The following week, his lawyer was refused access. That
			// night, ...": a night of that week, which day unknown; the
			// week is what is known
			r.typ, r.d = Date, t.last
			return r, true
		}
		if !ok2 && det == "that" && det2 == "" && t.toldBeforeRef(i) {
			// "the great storm that hit in October 1987. ... What happened
			// that night?": a night of the month told, which the words do
			// not say; not the writer's night, nor a day to count the
			// story's next days from
			if t.last.Prec == timeline.Month && t.sentencesBetween(t.lastEnd, i) <= 1 {
				r.typ, r.d = Date, t.last
				return r, true
			}
			r.val = "XXXX-XX-XXT" + p.String()
			return r, true
		}
		if !ok2 {
			// no day named yet: the day the text is on
			d, ok3 := t.clockDay(i)
			if base, ok2 = dayTime(d); !ok3 || !ok2 {
				return res{}, false
			}
		}
		switch det2 {
		case "next", "following":
			base = base.AddDate(0, 0, 1)
		case "previous":
			base = base.AddDate(0, 0, -1)
		}
		day, ok = dayDate(base), true
	case det == "the" && det2 == "" && t.isAny(j+1, "before", "after") && (t.endsClause(j+2) || t.isAny(j+2, "from", "at", "between", "until", "till") && t.clockAfter(j+3) ||
		t.isAny(j+2, "at", "in") && t.placeAfter(j+3)) && p != timeline.Daytime:
		// ("the evening before from 4 p.m. to 7 p.m.": its hours after it)
		// ("the evening before at the family home": a place after it,
		// "before" with no object of its own)
		// "the night before", "the morning after": next to the day the
		// text is on
		d, ok2 := t.clockDay(i)
		base, ok3 := dayTime(d)
		if !ok2 || !ok3 {
			return res{}, false
		}
		if t.is(j+1, "before") {
			base = base.AddDate(0, 0, -1)
		} else {
			base = base.AddDate(0, 0, 1)
		}
		day, ok = dayDate(base), true
		r.end = j + 2
	case det == "the" && det2 == "" && !strings.HasSuffix(t.lowerWord(j), "s") && p != timeline.Night && p != timeline.Midday && p != timeline.Daytime &&
		t.isAny(i-1, "in", "during") && t.partEnds(j+1) && !t.habitual(i):
		// "in the afternoon": that part of the day the text is on, as a
		// clock time without a day ("at 3 p.m.") would be
		day, ok = t.clockDay(i)
		if ok && (p == timeline.Morning || p == timeline.Afternoon) && t.last.Prec == timeline.Day && t.last.Part == timeline.Night && t.last.DayOf() == day.DayOf() {
			// "Snow overnight. ... a snowman in the afternoon": the day
			// after the night told
			if tt, ok2 := dayTime(day.DayOf()); ok2 {
				day = dayDate(tt.AddDate(0, 0, 1))
			}
		}
	default:
		return res{}, false
	}
	if !ok {
		return res{}, false
	}
	day.Part = p
	r.d = day
	return r, true
}

// undatedNounBefore reports whether the sentence of token i names before
// it, after the last date told, a time of the kind noun ("night", "day")
// by a word that dates nothing and that the sentence of the last date
// does not name: "If the peak night is cloudy" after "Full Moon follows
// on 19 August", the time that "the following night" counts from (but
// "the launch day" after "The launch is set for 19 August" is that day).
func (t *Tagger) undatedNounBefore(i int, noun string) bool {
	for k := i - 1; k >= 2 && k > i-20 && k >= t.lastEnd; k-- {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				return false
			}
			continue
		}
		if t.lowerWord(k) == noun {
			p := t.tok(k - 1)
			if p.kind != tWord || p.cap || p.w() != nil || !t.isAny(k-2, "the", "that", "this") || t.lastEnd < 0 {
				return false
			}
			return !t.wordInSentence(t.lastStart, t.lowerWord(k-1))
		}
	}
	return false
}

// wordInSentence reports whether the sentence of token a holds a word
// that starts with w ("launch", "launches"), within 25 tokens either side.
func (t *Tagger) wordInSentence(a int, w string) bool {
	for k := a - 1; k >= 0 && k >= a-25; k-- {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				break
			}
		} else if strings.HasPrefix(t.lowerWord(k), w) {
			return true
		}
	}
	for k := a; k < len(t.toks) && k <= a+25; k++ {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				break
			}
		} else if strings.HasPrefix(t.lowerWord(k), w) {
			return true
		}
	}
	return false
}

// yearAgo reads "year-ago" and "year-earlier" with the period they
// qualify: the same quarter a year before the one last mentioned.
func (t *Tagger) yearAgo(i int) (res, bool) {
	start := i
	if t.is(i, "prior") && t.dash(i+1) && t.glued(i+1) && t.is(i+2, "year") && t.glued(i+2) && t.isAny(i+3, "quarter", "period") {
		// "the prior-year quarter": the year-ago one
	} else if !t.is(i, "year") || !t.dash(i+1) || !t.glued(i+1) || !t.isAny(i+2, "ago", "earlier") || !t.glued(i+2) {
		return res{}, false
	}
	r := res{start: start, end: i + 3, typ: Date, comparison: true}
	k := i + 3
	if n, k2, ok := t.ordinalAt(k); ok && n >= 1 && n <= 4 && t.is(k2, "quarter") {
		k = k2 + 1
		r.end = k
	} else if t.isAny(k, "quarter", "period") {
		r.end = k + 1
	}
	switch {
	case t.last.Prec == timeline.Half && t.lastEnd <= i && i-t.lastEnd <= 40 && t.sentencesBetween(t.lastEnd, i) <= 1 && !t.is(r.end-1, "quarter"):
		// "In the first half, sales rose from the year-earlier period":
		// that half, a year before
		r.d = t.last
		r.d.Year = addYear(r.d.Year, -1)
	case t.lastQ.Prec == timeline.Quarter:
		r.d, r.fiscal = t.lastQ, t.lastQFiscal
		r.d.Year = addYear(r.d.Year, -1)
	case t.hasRef:
		y, q := t.lastEndedQuarter()
		r.d = timeline.Date{Prec: timeline.Quarter, Year: y - 1, Quarter: q}
	default:
		r.val = "XXXX-QX"
	}
	return r, true
}

// periodYearBack reads "period" or "quarter" at j and a year before
// after it ("last year", "a year earlier", "a year ago", "of the previous
// year", "of 1988"): the quarter last mentioned, in that year, else the
// year itself; i is where the expression starts ("the same").
func (t *Tagger) periodYearBack(i, j int) (res, bool) {
	if !t.isAny(j, "period", "quarter") {
		return res{}, false
	}
	k := j + 1
	if t.isAny(k, "of", "in") {
		k++
	}
	y, end := 0, 0
	switch {
	case t.is(k, "last") && t.is(k+1, "year"):
		y, end = -1, k+2
	case t.isAny(k, "a", "one") && t.is(k+1, "year") && t.isAny(k+2, "earlier", "ago", "before"):
		y, end = -1, k+3
	case t.is(k, "the") && t.isAny(k+1, "previous", "prior", "preceding") && t.is(k+2, "year"):
		y, end = -1, k+3
	default:
		yy, e, ok := t.yearAt(k)
		if !ok || !t.isAny(j+1, "of", "in") {
			return res{}, false
		}
		y, end = yy, e
	}
	r := res{start: i, end: end, typ: Date, comparison: true}
	base := t.ref.Year()
	if t.lastQ.Prec == timeline.Quarter {
		base = t.lastQ.Year
	}
	if y < 0 {
		if !t.hasRef && t.lastQ.Prec != timeline.Quarter {
			r.val = "XXXX"
			return r, true
		}
		y = addYear(base, -1)
	}
	switch {
	case t.lastQ.Prec == timeline.Quarter:
		r.d, r.fiscal = t.lastQ, t.lastQFiscal
		r.d.Year = y
	case t.is(j, "quarter") && t.hasRef && y == t.ref.Year()-1:
		// no quarter named: the one reported on, the last ended, a year
		// before
		ly, q := t.lastEndedQuarter()
		r.d = timeline.Date{Prec: timeline.Quarter, Year: ly - 1, Quarter: q}
	default:
		r.d = timeline.Date{Prec: timeline.Year, Year: y}
	}
	return r, true
}

// lastEndedQuarter returns the year and number of the last calendar
// quarter that ended before the reference date: the one a report made in
// it tells of.
func (t *Tagger) lastEndedQuarter() (y, q int) {
	y, q = t.ref.Year(), (int(t.ref.Month())-1)/3+1
	if q == 1 {
		return y - 1, 4
	}
	return y, q - 1
}

// feastIn reads the feast at i as it falls in year y, when no year is
// written with it: its day, or ok false.
func (t *Tagger) feastIn(i, y int) (res, bool) {
	t.feastYear = y
	r, ok := t.holiday(i)
	t.feastYear = 0
	return r, ok && r.typ == Date && r.d.Prec == timeline.Day && r.d.Year == y && r.val == ""
}

// holidayIn reads the holiday at i as it falls in year y.
func (t *Tagger) holidayIn(i, y int) (res, bool) {
	saved := t.ref
	t.ref = time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC)
	defer func() { t.ref = saved }()
	r, ok := t.holiday(i)
	if ok && r.d.Prec == timeline.Day && r.d.Year != y {
		return res{}, false
	}
	return r, ok
}

// dateAt says a date or a year begins at token i.
func (t *Tagger) dateAt(i int) bool {
	if _, _, ok := t.yearAt(i); ok {
		return true
	}
	r, ok := t.core(i, false)
	return ok && (r.typ == Date || r.typ == Time)
}

// seasonBeside returns the first season s to begin after d ends (after) or
// the last to end before d begins.
func seasonBeside(d timeline.Date, s timeline.SeasonCode, after bool) (timeline.Date, bool) {
	ds, de := d.Bounds()
	if ds.IsZero() {
		return timeline.Date{}, false
	}
	if after {
		for y := d.Year - 1; y <= d.Year+2; y++ {
			c := timeline.Date{Prec: timeline.Season, Year: y, Season: s}
			if y == 0 {
				continue
			}
			// the first to begin after d ends; after a year, the
			// first to end after it, which may begin in it ("the 2019
			// drought ... the following winter" is the winter of
			// 2019-20)
			if cs, ce := c.Bounds(); !cs.Before(de) || d.Prec <= timeline.Year && !cs.Before(ds) && ce.After(de) {
				return c, true
			}
		}
		return timeline.Date{}, false
	}
	for y := d.Year + 1; y >= d.Year-2; y-- {
		c := timeline.Date{Prec: timeline.Season, Year: y, Season: s}
		if y == 0 {
			continue
		}
		// the last to end before d begins; before a year, the last to
		// begin before it ("died in 1821 … the previous winter" is the
		// winter of 1820-21)
		if cs, ce := c.Bounds(); !ce.After(ds) || d.Prec <= timeline.Year && cs.Before(ds) {
			return c, true
		}
	}
	return timeline.Date{}, false
}

// nounAfter reports whether token k is a lower-case word that reads as a
// noun after an adjective: not a verb, a preposition or a function word
// ("the present building", not "the present is").
func (t *Tagger) nounAfter(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap || t.glued(k) {
		return false
	}
	if tk.w() != nil && (tk.w().function || tk.w().unit != uNone || tk.w().month > 0) {
		return false
	}
	switch t.lowerWord(k) {
	case "is", "was", "are", "were", "has", "had", "and", "or", "but", "in", "of", "to", "for", "with", "day", "time", "moment", "when", "as":
		return false
	}
	return true
}

// nthWeekday reads a weekday counted within a month: "the last Friday of
// June", "the second Tuesday in March 2025", "first Monday of May" (a
// day, the month resolved as a month named alone), and "the first Monday
// of every month" (a set).
// nthWeekdayAt reports whether nthWeekday may read at i: an ordinal (a
// word, or digits with an ordinal's letters) or "last", after "the" or
// not. (Its callers ask first, before the call.)
func (t *Tagger) nthWeekdayAt(i int) bool {
	k := i
	if t.is(k, "the") {
		k++
	}
	tk := t.tok(k)
	if tk == nil {
		return false
	}
	if tk.kind == tNum {
		return tk.sfx == sfxOrd
	}
	w := tk.w()
	return w != nil && w.ord != 0 || t.is(k, "last")
}

func (t *Tagger) nthWeekday(i int) (res, bool) {
	k := i
	if t.is(k, "the") {
		k++
	}
	n := 0
	if w := t.w(k); w != nil && w.ord >= 1 && w.ord <= 5 && !t.glued(k) {
		n = w.ord
	} else if tk := t.tok(k); tk != nil && tk.kind == tNum && tk.sfx == sfxOrd && tk.n >= 1 && tk.n <= 5 {
		n = int(tk.n) // "the 2nd Tuesday of March"
	} else if !t.is(k, "last") {
		return res{}, false
	}
	// "the first of each month", "the last day of every month": a set
	if d := k + 1; t.is(i, "the") && (t.is(d, "of") || t.is(d, "day") && t.is(d+1, "of")) {
		if t.is(d, "day") {
			d++
		}
		if t.isAny(d+1, "every", "each") && t.is(d+2, "month") {
			return res{start: i, end: d + 3, typ: Set, val: "P1M", quant: qEvery}, true
		}
	}
	wd := t.w(k + 1)
	weekend := wd != nil && wd.key == "weekend" && t.isAny(k+2, "of", "in")
	if weekend {
		wd = t.w(k + 1) // the weekend's Saturday, below
	} else if wd == nil || wd.wday == 0 || wd.plural || wd.abbr || !t.isAny(k+2, "of", "in") {
		return res{}, false
	}
	m := k + 3
	if t.isAny(m, "every", "each") && t.is(m+1, "month") {
		return res{start: i, end: m + 2, typ: Set, val: "P1M", quant: qEvery}, true
	}
	if t.is(m, "the") && t.is(m+1, "month") && !weekend && t.monthlyNotice(i, m+2) {
		return res{start: i, end: m + 2, typ: Set, val: "P1M"}, true
	}
	if wd.wday == 7 && n > 0 && t.isAny(m, "lent", "advent", "easter") && t.tok(m).cap {
		// "the second Sunday of Lent", "the Third Sunday of Advent",
		// "the Fourth Sunday of Easter": counted from the first Sunday of
		// the season (Easter Day is the first of Easter's)
		f := feastRule{easterOff: -100, adventOff: -100}
		switch {
		case t.is(m, "lent") && n <= 6:
			f.easterOff = -42 + 7*(n-1)
		case t.is(m, "advent") && n <= 4:
			f.adventOff = 7 * (n - 1)
		case t.is(m, "easter") && !t.isAny(m+1, "sunday", "monday", "vigil", "day"):
			f.easterOff = 7 * (n - 1)
		default:
			return res{}, false
		}
		return t.placeFeast(i, m+1, f)
	}
	var r res
	if t.isAny(m, "next", "this", "last") && t.is(m+1, "month") && t.hasRef && !t.narrative {
		// "first Tuesday of next month, 7.15pm": the month counted from
		// the writer's
		off := 0
		if t.is(m, "next") {
			off = 1
		} else if t.is(m, "last") {
			off = -1
		}
		mt := time.Date(t.ref.Year(), t.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		r = res{start: m, end: m + 2, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: mt.Year(), Month: int(mt.Month())}}
	} else {
		mw := t.w(m)
		if mw == nil || mw.month == 0 {
			return res{}, false
		}
		var ok bool
		r, ok = t.monthExpr(m, false)
		if !ok || r.start != m || r.typ != Date || r.val != "" || r.d.Prec != timeline.Month || r.d.Year == 0 || r.mod != timeline.ModNone {
			return res{}, false
		}
	}
	y, mo := r.d.Year, r.d.Month
	first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
	if weekend {
		// "the last weekend of August", "the first weekend in May": the
		// weekend of the month's last (or nth) Saturday
		const sat = 6
		day := 0
		if n > 0 {
			day = 1 + (sat-(int(first.Weekday())+6)%7-1+7)%7 + 7*(n-1)
		} else {
			last := first.AddDate(0, 1, -1)
			day = last.Day() - ((int(last.Weekday())+6)%7+1-sat+7)%7
		}
		if !validDay(y, mo, day) {
			return res{}, false
		}
		yy, ww := time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC).ISOWeek()
		return res{start: i, end: r.end, typ: Date, val: fmt.Sprintf("%04d-W%02d-WE", yy, ww)}, true
	}
	day := 0
	if n > 0 {
		day = 1 + (wd.wday-(int(first.Weekday())+6)%7-1+7)%7 + 7*(n-1)
		if !validDay(y, mo, day) {
			return res{}, false // "the fifth Monday of June" in a year with four
		}
	} else {
		last := first.AddDate(0, 1, -1)
		day = last.Day() - ((int(last.Weekday())+6)%7+1-wd.wday+7)%7
	}
	return res{start: i, end: r.end, typ: Date, d: timeline.Date{Prec: timeline.Day, Year: y, Month: mo, Day: day}}, true
}

// monthlyNotice reports whether "the first Monday of the month" at [i,
// j) is a notice's standing day, as "of every month" would be: told with
// no tense ("Coffee morning on the first Monday of the month in the
// hall") or in the present ("The club meets on the second Thursday of
// the month"), not of a month the story is in ("He arrived on the first
// Monday of the month", "will be on the first Monday of the month"; nor
// "In March the rent was due on the first Monday of the month").
func (t *Tagger) monthlyNotice(i, j int) bool {
	cp, cf, wc, un, cu := t.closePast, t.closeFuture, t.weakCue, t.undecided, t.cueFor
	defer func() { t.closePast, t.closeFuture, t.weakCue, t.undecided, t.cueFor = cp, cf, wc, un, cu }()
	if t.last.Prec == timeline.Month && t.lastEnd >= 0 && t.lastEnd <= i && t.sameSentence(t.lastEnd, i) {
		return false // "In March the rent was due on the first Monday of the month": March's
	}
	tn := t.tense(i, j)
	return tn == 0 || tn > 0 && t.weakCue
}

// weekNumber reads a week of the year named by its number alone: "CW 34",
// "calendar week 34", "wk 34", "week 34" (a number of 10 or more, since
// "week 3" is as often the third week of something), "EW 30",
// "epidemiological week 29", "epi week 28". The year is the one written
// after it ("EW 30 of 2024"), the reference's, or the one before or after
// when the tense says the week is past or to come. calendar says the word
// before the number is "CW", "KW" or "EW".
func (t *Tagger) weekNumber(i int, calendar bool) (res, bool) {
	n, nd, ok := t.num(i + 1)
	if !ok || nd > 2 || n < 1 || n > 53 || t.tok(i+1).sfx != sfxNone || t.glued(i+2) && t.tok(i+2) != nil && t.tok(i+2).kind == tPunct && !t.punct(i+2, ',') && !t.punct(i+2, '.') && !t.punct(i+2, ')') && !t.punct(i+2, ':') && !t.punct(i+2, ';') {
		return res{}, false
	}
	start := i
	if t.isAny(i-1, "calendar", "iso", "epi", "epidemiological") {
		start, calendar = i-1, true
	}
	// an epidemiological week is the ISO week of that number where weeks
	// start on Monday, but one counted from Sunday (as the CDC's are)
	// falls a week after it in a year that begins on a Thursday
	epi := t.isAny(i, "ew") || t.isAny(i-1, "epi", "epidemiological")
	if e, ok := t.weekEndingAt(i + 2); ok {
		// "week 44 (ending November 4, 2023)": the week the day ends,
		// when the number is its ISO week's (else a week counted
		// otherwise, which the day alone tells)
		if y, w := e.tt.ISOWeek(); w == n {
			return res{start: start, end: e.end, typ: Date, d: timeline.Date{Prec: timeline.Week, Year: y, Week: n}}, true
		}
		return res{}, false
	}
	if calendar {
		// "EW 30 of 2024", "calendar week 12, 2025"
		k := i + 2
		if t.is(k, "of") || t.punct(k, ',') {
			k++
		}
		if y, k2, ok := t.yearAt(k); ok {
			return t.weekOfYear(start, k2, y, n, epi)
		}
	}
	// "from week 28 to week 38", "between week 28 and week 38",
	// "between EW 1 and EW 30 of 2024": both ends of a span of weeks
	word := t.lowerWord(i)
	k := i + 3 // the second end's word
	if t.isAny(k, "calendar", "iso", "epi", "epidemiological") {
		k++
	}
	opens := t.isAny(start-1, "from", "between") && (t.isAny(i+2, "to", "and", "until", "through") || t.dash(i+2)) && t.lowerWord(k) == word
	yearAfter := 0 // the year written after the second end: "and week 30 of 2024"
	if n2, _, ok := t.num(k + 1); opens && ok && n2 > n {
		e := k + 2
		if t.is(e, "of") || t.punct(e, ',') {
			e++
		}
		if y, _, ok := t.yearAt(e); ok {
			yearAfter = y
		}
	}
	opens = opens && (n >= 10 || calendar || yearAfter != 0)
	// the span's weeks are of one year, which its end says when it is
	// past and its start when it is to come ("from week 28 to week 38",
	// said in week 31 of a story told in the past, is last year's)
	nPast, nFuture := n, n
	if n2, _, ok := t.num(k + 1); opens && ok && n2 > n {
		nPast = n2
	}
	closes := false
	if t.isAny(start-1, "to", "and", "until", "through") && t.tok(start-2) != nil && t.tok(start-2).kind == tNum && (n >= 10 || calendar) {
		o := start - 3 // the first end's word
		closes = t.lowerWord(o) == word && (t.isAny(o-1, "from", "between") || t.isAny(o-1, "calendar", "iso", "epi", "epidemiological") && t.isAny(o-2, "from", "between"))
		if n0, _, ok := t.num(start - 2); closes && ok && n0 < n {
			nFuture = n0
		}
	}
	if yearAfter != 0 {
		return t.weekOfYear(start, i+2, yearAfter, n, epi)
	}
	if !opens && !closes && !calendar && t.is(i, "week") && !t.opt.Week1.IsZero() && n <= 20 && !t.isAny(i+2, "of", "in", "at", "begins", "starts", "commences") && !t.is(i-1, "the") {
		// "Week 3: Sugar and slavery", in a syllabus that says "Week 1
		// is the week of August 25, 2025": two weeks after that one (but
		// "Teaching week 1 begins on 30 September" dates by its day)
		if mon, ok := dayTime(t.opt.Week1); ok {
			return res{start: start, end: i + 2, typ: Date, d: at(mon.AddDate(0, 0, 7*(n-1)), uWeek)}, true
		}
	}
	if !opens && !closes {
		// "week 34 of the trial", "week 12 in the league"
		if t.isAny(i+2, "of", "in", "at", "to", "and", "or") || t.dash(i+2) || t.is(i-1, "the") && !calendar {
			if t.is(i, "week") {
				t.weekLabelEnd = i + 2
			}
			return res{}, false
		}
		// "week 34" alone only as a planner writes it: "planned for week
		// 34", not a season's "Week 14" nor a trial's "week 3"
		if !calendar && (n < 10 || t.tok(i).cap || !t.isAny(i-1, "in", "by", "for", "during", "until", "till", "from", "before", "after")) {
			if t.is(i, "week") {
				t.weekLabelEnd = i + 2
			}
			return res{}, false
		}
	}
	if !t.hasRef {
		return res{start: start, end: i + 2, typ: Date, val: "XXXX-W" + two(n)}, true
	}
	y, cur := t.ref.ISOWeek()
	switch dir := t.tense(start, i+2); {
	case dir < 0 && nPast > cur:
		y--
	case dir > 0 && nFuture < cur:
		y++
	}
	return t.weekOfYear(start, i+2, y, n, epi)
}

// weekLabel reports whether a week named by its number in a count the
// text does not date ("in Week 7") was written after the last date told
// and at most a sentence before token i.
func (t *Tagger) weekLabel(i int) bool {
	return t.weekLabelEnd >= 0 && t.weekLabelEnd > t.lastSetEnd && t.weekLabelEnd <= i && t.sentencesBetween(t.weekLabelEnd, i) <= 1
}

// inWeek reports whether d, a week or a day, is week w or a day of it.
func (t *Tagger) inWeek(d, w timeline.Date) bool {
	if d == w {
		return true
	}
	if d.Prec != timeline.Day {
		return false
	}
	ds, _ := d.Bounds()
	ws, we := w.Bounds()
	return !ds.IsZero() && !ws.IsZero() && !ds.Before(ws) && ds.Before(we)
}

// weekOfYear is week n of year y, read from tokens [start, end); none
// when the year has no such week, or when an epidemiological week's
// number names two weeks in it (a year that begins on a Thursday, where
// weeks counted from Sunday run a week behind the ISO ones).
func (t *Tagger) weekOfYear(start, end, y, n int, epi bool) (res, bool) {
	if n == 53 {
		if _, last := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); last != 53 {
			return res{}, false
		}
	}
	if epi && time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Weekday() == time.Thursday {
		return res{}, false
	}
	return res{start: start, end: end, typ: Date, d: timeline.Date{Prec: timeline.Week, Year: y, Week: n}}, true
}

// weekEnd is the day a numbered week is said to end on, and the token
// after the words that say it.
type weekEnd struct {
	tt  time.Time
	end int
}

// weekEndingAt reads the day a numbered week is said to end on, at token
// k right after its number: "(ending November 4, 2023)", ", ending on 30
// December", "(week ending 13 August 2023)". The day must be written
// whole, with its year or one the reference gives, and be a Friday, a
// Saturday or a Sunday: the last day of a week counted from Monday or
// from Sunday.
func (t *Tagger) weekEndingAt(k int) (weekEnd, bool) {
	paren := t.punct(k, '(')
	if !paren && !t.punct(k, ',') {
		return weekEnd{}, false
	}
	j := k + 1
	if t.is(j, "week") {
		j++
	}
	if !t.isAny(j, "ending", "ended") {
		return weekEnd{}, false
	}
	j++
	if t.is(j, "on") {
		j++
	}
	m, ok := t.core(j, false)
	if !ok || m.start != j || m.typ != Date || m.d.Prec != timeline.Day || m.val != "" || m.d.Year == 0 {
		return weekEnd{}, false
	}
	tt, ok := dayTime(m.d)
	if !ok || tt.Weekday() != time.Friday && tt.Weekday() != time.Saturday && tt.Weekday() != time.Sunday {
		return weekEnd{}, false
	}
	end := m.end
	if paren && t.punct(end, ')') {
		end++
	}
	return weekEnd{tt: tt, end: end}, true
}

// yearSaidAfter reads the year of a date a holiday is said to fall on,
// right after it: "falls on 21 April 2025", "is on 25 December 2026".
func (t *Tagger) yearSaidAfter(j int) (int, bool) {
	if !t.isAny(j, "falls", "fell", "is", "was", "will") {
		return 0, false
	}
	for k := j + 1; k < j+8 && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == tPunct && tk.r != ',' {
			return 0, false
		}
		if y, _, ok := t.yearAt(k); ok && t.toks[k].nd == 4 {
			return y, true
		}
	}
	return 0, false
}

// ownDateAfter reports whether the words after a feast's name at j give
// its own date: the day it falls on in the year written, set off by a
// colon, a bracket, a comma or a dash ("Good Friday: 3 April 2026",
// "Good Friday (18 April 2025)"), or the dates of the period named for it
// ("Thanksgiving recess is November 26-30", "Christmas break: 20 December
// to 5 January"). place gives the feast's day in a year.
func (t *Tagger) ownDateAfter(j int, place func(int) timeline.Date) (year int, period, ok bool) {
	k, period := j, false
	switch t.lowerWord(k) {
	case "recess", "break", "vacation", "holidays", "closure", "shutdown":
		k, period = k+1, true
	}
	switch {
	case t.punct(k, ':') || t.punct(k, '(') || t.punct(k, ',') || t.dash(k):
		k++
	case period && t.isAny(k, "is", "runs", "will", "from"):
		k++
		if t.isAny(k-1, "is", "will") && t.is(k, "be") {
			k++
		}
		if t.isAny(k, "from", "on") {
			k++
		}
	default:
		return 0, false, false
	}
	if t.newLine(k) {
		return 0, false, false
	}
	r, ok := t.core(k, false)
	if !ok || r.typ != Date || r.start != k || r.d.Prec != timeline.Day || r.d.Year == 0 || !period && place(r.d.Year) != r.d {
		return 0, false, false
	}
	return r.d.Year, period, true
}

// numOrWordNum reports whether token i is a number, written in digits or
// as a word ("that December 3", "that March fourth").
func (t *Tagger) numOrWordNum(i int) bool {
	if _, _, ok := t.num(i); ok {
		return true
	}
	w := t.w(i)
	return w != nil && (w.num > 0 || w.ord > 0)
}

// unknownWeekdayAfter returns the weekday (1-7) named at token j, right
// after a time of day, when the text gives no day to count it from; 0
// otherwise.
func (t *Tagger) unknownWeekdayAfter(j int) int {
	w := t.w(j)
	if w == nil || w.wday == 0 || t.hasRef || t.narrative || t.newLine(j) || t.isAny(j+1, "and", "to", "through", "or") {
		return 0
	}
	if nx := t.tok(j + 1); nx != nil && (nx.kind == tNum || t.w(j+1) != nil && t.w(j+1).month > 0) {
		return 0 // "noon Thursday 18 December": a day it names whole
	}
	return w.wday
}

// placeAfter reports whether a place's name or its article opens at k,
// after "at" or "in": "the family home", "his home", "St Mary's".
func (t *Tagger) placeAfter(k int) bool {
	if t.isAny(k, "the", "a", "his", "her", "their", "our", "its", "my") {
		return true
	}
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || !tk.cap {
		return false
	}
	w := tk.w()
	return w == nil || w.month == 0 && w.wday == 0 && w.season == timeline.NoSeason && w.unit == uNone && w.part == timeline.NoPart
}

// clockAfter reports whether a time of day is written at token k: a
// number with the half of the day or minutes after it ("4 p.m.", "16:00",
// "4 to 7 p.m.").
func (t *Tagger) clockAfter(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tNum || tk.nd > 2 {
		return false
	}
	return tk.sfx == sfxAM || tk.sfx == sfxPM || t.isAny(k+1, "am", "pm", "a", "p", "to", "and", "-", "–") || t.punct(k+1, ':') || t.punct(k+1, '.') || t.dash(k+1)
}

// archaicDay reads a day of this month, the last or the next as letters
// and older business English write it: "the 20th inst." (instant, this
// month), "the 22d ult." (ultimo, last month), "the 3rd prox." (proximo,
// next month), counted from the letter's month.
func (t *Tagger) archaicDay(i int) (res, bool) {
	tk := t.tok(i + 1)
	if tk == nil || tk.kind != tNum || tk.sfx != sfxOrd || tk.nd > 2 || tk.n < 1 || tk.n > 31 {
		return res{}, false
	}
	off := 0
	switch t.lowerWord(i + 2) {
	case "inst", "instant":
	case "ult", "ultimo", "ulto":
		off = -1
	case "prox", "proximo", "proxo":
		off = 1
	default:
		return res{}, false
	}
	end := i + 3
	if t.punct(end, '.') && t.glued(end) && t.lowerWord(i+2) != "instant" && t.lowerWord(i+2) != "ultimo" && t.lowerWord(i+2) != "proximo" {
		end++ // (the period of "inst.", which may also end the sentence)
	}
	r := res{start: i, end: end, typ: Date}
	var base timeline.Date
	switch {
	case t.hasRef && !t.narrative:
		base = dayDate(t.ref)
	case t.last.Prec >= timeline.Month && t.last.Year != 0:
		base = t.last
	default:
		r.val = "XXXX-XX-" + two(int(tk.n))
		return r, true
	}
	m, y := base.Month+off, base.Year
	if m < 1 {
		m, y = 12, y-1
	} else if m > 12 {
		m, y = 1, y+1
	}
	if !validDay(y, m, int(tk.n)) {
		return res{}, false
	}
	r.d = dayValue(y, m, int(tk.n))
	return r, true
}

// aheadClause reports whether the sentence of token i, up to it, looks
// ahead from now: "It expects ...", "The deal is expected to close in
// ...", "will", "plans to" — with no past form before it ("It expected
// to recover" looks ahead from the past).
func (t *Tagger) aheadClause(i int) bool {
	ahead := false
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if _, stop := t.cue(k, true); stop && t.toks[k].kind == tPunct {
			break
		}
		switch {
		case t.isAny(k, "will", "ll", "shall", "expects", "plans", "intends", "aims", "hopes", "forecasts", "projects", "predicts"):
			ahead = true
		case t.isAny(k, "expected", "scheduled", "due", "set", "likely", "poised", "targeted", "planned", "slated", "pencilled", "penciled", "earmarked") && t.isAny(k-1, "is", "are", "s"):
			ahead = true
		case t.isAny(k, "was", "were", "had", "said", "did", "would", "could", "expected", "planned", "hoped", "intended", "aimed", "forecast", "projected", "predicted"):
			return false
		}
	}
	return ahead
}

// overnightStart returns the day a night out began when the last date
// told is the small hours that end it, right after its evening: "Sat 12
// July: doors 9pm till 2am" ends on 13 July, but it is the 12th's night,
// which "the following day" and "two days later" count from.
func (t *Tagger) overnightStart() (timeline.Date, bool) {
	l, p := t.last, t.prevDay
	if l.Prec < timeline.Hour || l.Hour >= 6 || t.lastDay != l || p.Prec < timeline.Hour || p.Hour < 12 ||
		t.prevDayEnd < 0 || t.lastDayEnd-t.prevDayEnd > 4 || t.lastDayEnd <= t.prevDayEnd ||
		!(t.isAny(t.prevDayEnd, "till", "until", "to", "through", "thru") || t.dash(t.prevDayEnd)) || !t.sameSentence(t.prevDayEnd, t.lastDayEnd) {
		return timeline.Date{}, false
	}
	pt, ok1 := dayTime(p.DayOf())
	lt, ok2 := dayTime(l.DayOf())
	if !ok1 || !ok2 || !pt.AddDate(0, 0, 1).Equal(lt) {
		return timeline.Date{}, false
	}
	return p.DayOf(), true
}

// lastWeekendBefore returns the week whose weekend is "the last weekend"
// at tokens i..j when it is the final one before a day to come told just
// before, not the weekend gone by: "The online filing deadline is Saturday
// 31 January. HMRC systems get very slow on the last weekend.", told on
// 6 January, is the weekend of the 31st (a deadline on a weekday, the one
// before it). Told of the past ("were busy over the last weekend"), or
// with no such day, it is no such weekend.
func (t *Tagger) lastWeekendBefore(i, j int) (timeline.Date, bool) {
	if t.narrative || !t.hasRef || t.isAny(j+1, "of", "in", "before", "after") || t.lastDay.Prec < timeline.Day || t.lastDayEnd < 0 || t.lastDayEnd > i ||
		t.sentencesBetween(t.lastDayEnd, i) > 1 || t.paragraphBetween(t.lastDayEnd, i) || t.tense(i, j+1) < 0 {
		return timeline.Date{}, false
	}
	ld, ok := dayTime(t.lastDay.DayOf())
	if !ok || !ld.After(t.ref.AddDate(0, 0, 6)) {
		return timeline.Date{}, false
	}
	if wd := ld.Weekday(); wd != time.Saturday && wd != time.Sunday {
		ld = ld.AddDate(0, 0, -((int(wd)+6)%7 + 1)) // the Sunday before
	}
	return at(ld, uWeek), true
}

// bothBefore reports whether "both" stands in the clause before token i,
// a few words back: "the two payments are both due (on) the same day"
// says they share a day, which the words do not give.
func (t *Tagger) bothBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if tk := t.tok(k); tk.kind == tPunct {
			return false
		}
		if t.lowerWord(k) == "both" {
			return true
		}
	}
	return false
}

// clauseYearAfter reads, in the clause that follows a season at k ("the
// winter I was twenty-three, in 1998, ..."), the year "in 1998" that
// closes it (set off by a comma or ending the clause), with no other
// time named before it.
func (t *Tagger) clauseYearAfter(k int) (int, bool) {
	for m := k; m < len(t.toks) && m < k+14; m++ {
		tk := &t.toks[m]
		if m > k && t.newLine(m) {
			return 0, false
		}
		if tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '!' || tk.r == '?' || tk.r == ':') {
			return 0, false
		}
		if tk.kind == tNum && !(t.is(m-1, "in") && tk.nd == 4) {
			return 0, false
		}
		if w := tk.w(); w != nil && (w.month > 0 || w.season != timeline.NoSeason || w.wday > 0 || w.unit != uNone || w.part != timeline.NoPart) {
			return 0, false
		}
		if t.is(m, "in") {
			y, e, ok := t.yearAt(m + 1)
			if !ok {
				continue
			}
			if t.punct(m-1, ',') || t.tok(e) == nil || t.newLine(e) || t.punct(e, ',') || t.punct(e, '.') || t.punct(e, ';') {
				return y, true
			}
			return 0, false
		}
	}
	return 0, false
}

// centuryNear returns the first year of the century a decade named
// without it, at tokens [i, e), is in: that of the year last told in
// the sentence or the one before, else of a year written later in the
// sentence, else of the last year told, else of the reference date, else
// the 20th century's; from the reference date, the last such decade
// begun by then (n is the decade's year in its century).
func (t *Tagger) centuryNear(i, e, n int) int {
	l := t.last
	told := l.Prec >= timeline.Year && l.Year > 0 && !l.IsVague()
	if told && t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 {
		return l.Year - l.Year%100
	}
	for k := e; k < len(t.toks) && k < e+30; k++ {
		tk := &t.toks[k]
		if tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?' || tk.r == ';') || t.newLine(k) {
			break
		}
		if tk.kind == tNum && tk.nd == 4 && tk.sfx == sfxNone && tk.n >= 1000 && tk.n <= 2100 {
			return int(tk.n) - int(tk.n)%100
		}
	}
	if told {
		return l.Year - l.Year%100
	}
	if t.hasRef {
		c := t.ref.Year() - t.ref.Year()%100
		if c+n > t.ref.Year() {
			c -= 100
		}
		return c
	}
	return 1900
}

// toDate reads "year-to-date" ("year to date") and "month-to-date" at i:
// the part of the reference's year (month) gone by, which is of that
// year (month): "The stock has gained 31% year-to-date, outpacing the
// Nasdaq's rise over the same period".
func (t *Tagger) toDate(i int, prec timeline.Precision) (res, bool) {
	k := i + 1
	dashed := t.dash(k) && t.glued(k) && t.glued(k+1)
	if dashed {
		k++
	}
	if !t.is(k, "to") || dashed != (t.dash(k+1) && t.glued(k+1) && t.glued(k+2)) {
		return res{}, false
	}
	k++
	if dashed {
		k++
	}
	if !t.is(k, "date") || t.narrative || !t.hasRef {
		return res{}, false
	}
	d := timeline.Date{Prec: prec, Year: t.ref.Year()}
	if prec == timeline.Month {
		d.Month = int(t.ref.Month())
	}
	return res{start: i, end: k + 1, typ: Date, d: d}, true
}

// pastPossessive returns the token after the possessive's mark glued at
// k ("'s", "’s", or the plural's "'" alone: "Valentine's Day", "Veterans'
// Day"), or k when there is none.
func (t *Tagger) pastPossessive(k int) int {
	if (t.punct(k, '\'') || t.punct(k, '’')) && t.glued(k) {
		k++
		if t.is(k, "s") && t.glued(k) {
			k++
		}
	}
	return k
}

// dateWordAt reports whether token k names a weekday, a month, a season
// or a unit of time: a word that "last" or "next" before it makes a date
// of ("last Tuesday", "next month").
func (t *Tagger) dateWordAt(k int) bool {
	w := t.w(k)
	return w != nil && (w.wday > 0 || w.month > 0 || w.unit != uNone || w.season != timeline.NoSeason)
}

// sameDayAfter reads a day written at k, after a comma or not ("this
// coming Sunday, March 8", "next Tuesday, 10 March 1998"), that falls on
// weekday wd: the day and the token after it.
func (t *Tagger) sameDayAfter(k, wd int) (timeline.Date, int, bool) {
	if t.punct(k, ',') {
		k++
	}
	var r res
	var ok bool
	if w := t.w(k); w != nil && w.month > 0 {
		r, ok = t.monthExpr(k, false)
	} else if tk := t.tok(k); tk != nil && tk.kind == tNum {
		r, ok = t.numeric(k)
	}
	if !ok || r.start != k || r.typ != Date || r.d.Prec != timeline.Day || r.val != "" || r.mod != timeline.ModNone {
		return timeline.Date{}, k, false
	}
	tt, ok := dayTime(r.d)
	if !ok || int(tt.Weekday()+6)%7+1 != wd {
		return timeline.Date{}, k, false
	}
	return r.d, r.end, true
}

// storyDateNear reports whether the date told last before token i is one
// of the story, over before the writer's day, told in the same sentence
// or the one before it: the date a "the next spring" goes on from.
func (t *Tagger) storyDateNear(i int) bool {
	if t.lastEnd < 0 || t.lastEnd > i || t.last.IsVague() || t.last.Prec < timeline.Year || t.last.End().After(t.ref) {
		return false
	}
	return t.sentencesBetween(t.lastEnd, i) <= 1 && !t.paragraphBetween(t.lastEnd, i)
}
