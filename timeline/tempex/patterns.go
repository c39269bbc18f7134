package tempex

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// ---- amounts and durations ----

// amount reads a number at i: 3, 2 1/2, twenty-four, a, an, a few,
// several, a couple of. vague is set for amounts that are not numbers.
var pow10 = [...]int{1, 10, 100, 1000}

func (t *Tagger) amount(i int) (n float64, vague, article bool, j int, ok bool) {
	tk := t.tok(i)
	if tk == nil {
		return 0, false, false, i, false
	}
	if tk.kind == tNum {
		if tk.sfx != sfxNone || tk.nd > 5 || t.badBefore(i) {
			return 0, false, false, i, false
		}
		n = float64(tk.n)
		j = i + 1
		// 2.5
		if t.punct(j, '.') && t.glued(j) && t.glued(j+1) {
			if f, fnd, ok := t.num(j + 1); ok && fnd <= 3 && t.tok(j+1).sfx == sfxNone {
				// (an integer of at most eight digits over a power of
				// ten: both exact, the quotient as correctly rounded as
				// ParseFloat's of the digits)
				return float64(int(tk.n)*pow10[fnd]+f) / float64(pow10[fnd]), false, false, j + 2, true
			}
		}
		// 1,300 (days): thousands, when a unit follows
		if t.punct(j, ',') && t.glued(j) && t.glued(j+1) && tk.nd <= 3 {
			k := j
			for t.punct(k, ',') && t.glued(k) && t.glued(k+1) {
				if g := t.tok(k + 1); g == nil || g.kind != tNum || g.nd != 3 || g.sfx != sfxNone {
					break
				}
				n = n*1000 + float64(t.tok(k+1).n)
				k += 2
			}
			if k > j && t.isUnitAfter(k) && !(t.glued(k) && t.tok(k) != nil && t.tok(k).kind != tWord) {
				return n, false, false, k, true
			}
			return 0, false, false, i, false
		}
		if t.glued(j) && (t.punct(j, ',') || t.punct(j, ':') || t.punct(j, '/')) {
			return 0, false, false, i, false
		}
		// 2 1/2
		if a, _, ok := t.num(j); ok && t.punct(j+1, '/') && t.glued(j+1) && t.glued(j+2) {
			if b, _, ok := t.num(j + 2); ok && b > 0 && a < b {
				return n + float64(a)/float64(b), false, false, j + 3, true
			}
		}
		if k, ok := t.andAHalf(j); ok {
			return n + 0.5, false, false, k, true
		}
		return n, false, false, j, true
	}
	w := t.w(i)
	if w == nil {
		return 0, false, false, i, false
	}
	if w.key == "another" {
		// "another decade", "at least another year": one more
		if nw := t.w(i + 1); nw != nil && nw.unit != uNone && nw.unit != uHalf && !nw.plural && !t.dash(i+2) {
			return 1, false, true, i + 1, true
		}
	}
	switch w.key {
	case "a", "an":
		switch {
		case t.is(i+1, "few"):
			return 0, true, false, i + 2, true
		case t.is(i+1, "couple"):
			j = i + 2
			if t.is(j, "of") {
				j++
			}
			return 2, false, false, j, true
		case t.is(i+1, "dozen"):
			return 12, false, false, i + 2, true
		case t.isAny(i+1, "hundred", "thousand"):
			return float64(t.w(i + 1).num), false, false, i + 2, true
		case t.is(i+1, "half") && !t.is(i+2, "of"):
			// "a half hour", "a half-hour"
			return 0.5, false, false, i + 2, true
		case t.is(i+1, "quarter") && t.is(i+2, "of") && t.isAny(i+3, "a", "an"):
			// "a quarter of a century"
			return 0.25, false, false, i + 4, true
		case t.is(i+1, "quarter") && (t.is(i+2, "century") || t.dash(i+2) && t.glued(i+2) && t.is(i+3, "century")):
			// "a quarter century ago", "a quarter-century"
			k := i + 2
			if t.dash(k) {
				k++
			}
			return 0.25, false, false, k, true
		}
		return 1, false, true, i + 1, true
	case "few", "several", "many":
		return 0, true, false, i + 1, true
	case "couple":
		j = i + 1
		if t.is(j, "of") {
			j++
		}
		return 2, false, false, j, true
	case "half":
		if t.isAny(i+1, "a", "an") {
			return 0.5, false, false, i + 2, true
		}
		return 0, false, false, i, false
	case "per":
		return 1, false, true, i + 1, true
	}
	if w.num == 0 {
		return 0, false, false, i, false
	}
	v := w.num
	j = i + 1
	if v >= 20 && v < 100 && v%10 == 0 {
		k := j
		if t.dash(k) && t.glued(k) {
			k++
		}
		if o := t.w(k); o != nil && o.num > 0 && o.num < 10 {
			v += o.num
			j = k + 1
		}
	}
	if v < 100 {
		if h := t.w(j); h != nil && (h.key == "hundred" || h.key == "thousand") {
			v *= h.num
			j++
		}
	}
	if k, ok := t.andAHalf(j); ok {
		return float64(v) + 0.5, false, false, k, true
	}
	return float64(v), false, false, j, true
}

// tinyNouns are what "minute" (tiny) describes after "a": "a minute
// amount of lead", "a minute crack", "a minute difference". A span of
// time it measures stays one ("a minute silence", "a minute walk").
var tinyNouns = map[string]bool{
	"amount": true, "quantity": true, "fraction": true, "proportion": true, "percentage": true, "portion": true,
	"trace": true, "particle": true, "fragment": true, "speck": true, "drop": true, "droplet": true, "grain": true,
	"crack": true, "hole": true, "tear": true, "scratch": true, "defect": true, "flaw": true, "dent": true,
	"difference": true, "change": true, "variation": true, "deviation": true, "error": true, "discrepancy": true,
	"detail": true, "part": true, "dose": true, "risk": true, "chance": true, "fluctuation": true, "leak": true,
	"organism": true, "creature": true, "insect": true, "crystal": true, "piece": true, "bubble": true, "opening": true,
}

// compoundDuration reads the smaller unit that may follow an amount of
// years or hours ("and three months", ", 30 minutes") at token j, and
// returns the value of the whole, with the token after it. An amount that
// goes on to "ago" or "later" is left alone.
func (t *Tagger) compoundDuration(n int, u unit, j int) (string, int, bool) {
	if !t.is(j, "and") && !t.punct(j, ',') {
		// "2 hours 15 minutes": the smaller amount right after
		if tk := t.tok(j); tk == nil || tk.kind != tNum && (tk.w() == nil || tk.w().num == 0) {
			return "", j, false
		}
		j-- // as if a separator stood before it
	}
	var small unit
	switch u {
	case uYear:
		small = uMonth
	case uHour:
		small = uMinute
	case uMinute:
		small = uSecond // "29 minutes 55 seconds"
	default:
		return "", j, false
	}
	m, vague, article, k, ok := t.amount(j + 1)
	if !ok || vague || article && small != uMonth || m != float64(int(m)) || m < 1 {
		return "", j, false
	}
	w := t.w(k)
	if w == nil || w.unit != small || t.isAny(k+1, "ago", "later", "earlier", "before", "after", "old") {
		return "", j, false
	}
	limit := 12.0
	if small == uMinute || small == uSecond {
		limit = 60
	}
	if m >= limit {
		return "", j, false
	}
	var b []byte
	switch u {
	case uYear:
		b = append(b, 'P')
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, 'Y')
		b = strconv.AppendInt(b, int64(m), 10)
		b = append(b, 'M')
	case uHour:
		b = append(b, 'P', 'T')
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, 'H')
		b = strconv.AppendInt(b, int64(m), 10)
		b = append(b, 'M')
	default:
		b = append(b, 'P', 'T')
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, 'M')
		b = strconv.AppendInt(b, int64(m), 10)
		b = append(b, 'S')
	}
	if u == uHour {
		// "87 hours, 34 minutes and 47 seconds": the seconds too
		j2 := k + 1
		if t.punct(j2, ',') {
			j2++
		}
		if t.is(j2, "and") {
			j2++
		}
		if sec, vague, article, k2, ok := t.amount(j2); ok && !vague && !article && sec == float64(int(sec)) && sec >= 1 && sec < 60 {
			if w2 := t.w(k2); w2 != nil && w2.unit == uSecond && !t.isAny(k2+1, "ago", "later", "earlier", "before", "after", "old") {
				b = strconv.AppendInt(b, int64(sec), 10)
				b = append(b, 'S')
				return string(b), k2 + 1, true
			}
		}
	}
	return string(b), k + 1, true
}

// andAHalf reads "and a half" after a number, spaced or hyphenated
// ("three-and-a-half years"), and returns the token after it.
func (t *Tagger) andAHalf(j int) (int, bool) {
	if t.is(j, "and") && t.is(j+1, "a") && t.is(j+2, "half") {
		return j + 3, true
	}
	if t.dash(j) && t.glued(j) && t.glued(j+1) && t.is(j+1, "and") &&
		t.dash(j+2) && t.glued(j+2) && t.glued(j+3) && t.is(j+3, "a") &&
		t.dash(j+4) && t.glued(j+4) && t.glued(j+5) && t.is(j+5, "half") {
		return j + 6, true
	}
	return j, false
}

// quantity reads an amount of a unit: "three years", "a decade",
// "five-year", "several months", "two weeks ago", "a year earlier".
func (t *Tagger) quantity(i int) (res, bool) {
	if t.is(i, "many") && t.is(i-1, "as") {
		return t.asMany(i)
	}
	n, vague, article, j, ok := t.amount(i)
	if !ok {
		return t.barePlural(i)
	}
	if article && t.isAny(j, "year", "month", "week", "quarter") && t.dash(j+1) && t.glued(j+1) && t.glued(j+2) && t.isAny(j+2, "end", "ago", "earlier") {
		return res{}, false // "a year-end deadline", "a year-ago loss": the period's end, no amount
	}
	if article && !vague && n == 1 && t.isAny(j, "week", "fortnight") {
		// "a week on Thursday", "a fortnight on Friday", "a week today",
		// "a week tomorrow": as the British say, a week or two after
		// that day
		k := j + 1
		if t.is(k, "on") {
			k++
		}
		if w := t.w(k); w != nil && (w.wday > 0 && !w.plural && k > j+1 || k == j+1 && t.isAny(k, "today", "tomorrow", "yesterday")) && t.hasRef && !t.narrative &&
			!t.isAny(i-1, "for", "within", "in", "after", "over", "lasting", "lasts", "last", "about", "nearly", "almost") { // (not "jailed for a week on Monday")
			weeks := 1
			if t.is(j, "fortnight") {
				weeks = 2
			}
			var day time.Time
			switch {
			case t.is(k, "today"):
				day = t.ref
			case t.is(k, "tomorrow"):
				day = t.ref.AddDate(0, 0, 1)
			case t.is(k, "yesterday"):
				day = t.ref.AddDate(0, 0, -1)
			default:
				day = weekdayNear(t.ref, w.wday, 1)
			}
			return res{start: i, end: k + 1, typ: Date, d: dayDate(day.AddDate(0, 0, 7*weeks))}, true
		}
	}
	// "thirty (30) days", "three (3) years": a contract writes the number
	// twice, in words and in figures
	if t.punct(j, '(') && t.punct(j+2, ')') {
		if m, _, ok := t.num(j + 1); ok && float64(m) == n && t.w(j+3) != nil && t.w(j+3).unit != uNone {
			j += 3
		}
	}
	// "two to three weeks", "5-10 years", "one or two days": an amount
	// range counts as its lower end
	rangeMod := timeline.ModNone
	if !article && !vague && (t.isAny(j, "to", "or") || t.dash(j) && t.glued(j) && t.glued(j+1) && t.tok(j+1).kind == tNum) {
		t.inRange = true
		_, v2, a2, k, ok := t.amount(j + 1)
		t.inRange = false
		if ok && !v2 && !a2 {
			if w2 := t.w(k); w2 != nil && w2.unit != uNone && w2.unit != uHalf && w2.plural {
				rangeMod = timeline.ModEqualOrMore
				if t.is(j, "or") {
					rangeMod = timeline.ModApprox
				}
				j = k
			}
		}
	}
	adjective := false
	if t.w(j) != nil && t.w(j).unit != uNone && t.dash(j+1) && t.glued(j+1) && t.is(j+2, "on") && t.dash(j+3) && t.glued(j+3) {
		return res{}, false // "on a year-on-year basis", "month-on-month": a comparison, no time
	}
	if t.dash(j) && t.glued(j) && t.glued(j+1) {
		j++
		adjective = true
	}
	// "three straight years", "two more weeks", "a full year"
	// "five business days", "eight trading days", "two bloody weeks"
	// (the unit after is asked first: the words are many to compare,
	// and most amounts have none of them)
	// "five fiscal years", "two financial quarters", "the past three tax
	// years": a count of the years a body keeps its books by, whose bounds
	// the words do not say, is as long as that many years ("has a fiscal
	// year ending in June", "changed from a fiscal year to a calendar
	// year": a kind of year, no length)
	if w2 := t.w(j + 1); w2 != nil && !article && (w2.unit == uYear || w2.unit == uQuarter) && t.isAny(j, "fiscal", "financial", "tax", "academic") {
		j++
	} else if w2 != nil && w2.unit != uNone && w2.unit != uHalf &&
		t.isAny(j, "more", "additional", "extra", "further", "straight", "consecutive", "successive", "full", "whole", "entire",
			"business", "working", "trading", "calendar", "school", "banking", "bloody", "brutal", "long", "short", "hard",
			"difficult", "tense", "busy", "hectic", "anxious", "painful", "happy", "quiet", "short", "turbulent", "agonising", "agonizing") {
		j++
	}
	w := t.w(j)
	if w != nil && w.season != timeline.NoSeason && w.plural && !vague && !adjective && n >= 2 && n == float64(int(n)) &&
		t.isAny(j+1, "later", "after", "earlier", "before") && !(t.isAny(j+1, "before", "after") && !t.endsClause(j+2)) {
		// "two summers later": the summer after the next one of the
		// story's date
		if r, ok := t.seasonsLater(i, j, int(n), w.season); ok {
			return r, true
		}
	}
	if w == nil || w.unit == uNone || w.unit == uHalf {
		return res{}, false
	}
	u := w.unit
	if adjective && u == uSecond && t.tok(i).kind == tWord && t.isAny(j+1, "of", "day") {
		return res{}, false // "the twenty-second of March": an ordinal day, not 20 seconds
	}
	if len(w.key) > 4 && w.key[len(w.key)-4:] == "long" {
		return t.barePlural(j)
	}
	if tk := t.tok(i); tk.kind == tNum && tk.nd == 4 && !w.plural && tk.n >= 1000 && !(adjective && u >= uYear && t.tok(i).n%100 == 0) {
		return res{}, false // "the 1988 quarter" is a date; "a 2000-year history" a length
	}
	if t.tok(j).cap && !t.tok(i).cap && !(t.dash(j-1) && t.glued(j)) {
		return res{}, false // "60 Minutes", but not "A 77-Year Sentence"
	}
	if article && w.plural {
		return res{}, false
	}
	if article && (u == uSecond || u == uQuarter) {
		return res{}, false
	}
	if article && u == uMinute && lowerIn(t, j+1, tinyNouns) {
		return res{}, false // "a minute amount", "a minute crack": the adjective (tiny), no time
	}
	// "the first in a decade", "the smallest gain in a year"
	if article && t.is(i-1, "in") {
		if p := t.lowerWord(i - 2); p == "first" || p == "time" || len(p) > 4 && p[len(p)-3:] == "est" {
			return res{}, false
		}
	}
	if !article && !vague && n == 1 && w.plural && t.tok(i).kind == tWord && rangeMod == timeline.ModNone {
		return res{}, false
	}
	if vague && !w.plural {
		return res{}, false
	}
	if u == uQuarter && t.is(j+1, "of") && !vague && !t.isAny(j-1, "straight", "consecutive", "successive") {
		return res{}, false // "three quarters of the vote"; but "several quarters of losses", "two straight quarters of gains"
	}
	end := j + 1
	// "a year-earlier loss": the adjective alone
	if t.dash(end) && t.glued(end) && t.isAny(end+1, "ago", "earlier") && u == uYear {
		return res{}, false
	}
	// "a decade-long war": the article is not part of it
	if t.dash(end) && t.glued(end) && t.is(end+1, "long") && t.glued(end+1) {
		if !article {
			// "the three-month-long strike", "several-year-long delays":
			// the number's
			return res{start: i, end: end + 2, typ: Duration, val: durValue(n, u, vague), adjective: true}, true
		}
		return res{start: j, end: end + 2, typ: Duration, val: durValue(1, u, false), adjective: true}, true
	}
	if tk := t.tok(i); tk.kind == tNum && tk.nd == 4 && tk.n >= 1000 && tk.n <= 2100 && t.is(i-1, "in") && t.isAny(end, "after", "before") {
		return res{}, false // "their free concert there in 1969 days after the death": the year
	}
	// "seven days a week", "24 hours a day": how often, every week (day)
	if !article && !vague && n == float64(int(n)) && n >= 1 && (u == uDay && t.is(end, "a") && t.is(end+1, "week") || u == uHour && t.is(end, "a") && t.is(end+1, "day")) {
		val, f := "P1W", "D"
		if u == uHour {
			val, f = "P1D", "H"
		}
		return res{start: i, end: end + 2, typ: Set, val: val, freq: strconv.Itoa(int(n)) + f}, true
	}
	// ages are not temporal expressions: "65 years old", "a 12-year-old"
	if t.is(end, "old") || (t.dash(end) && t.glued(end) && t.isAny(end+1, "old", "olds")) {
		return res{}, false
	}
	// "60,000 day-trippers", "a day-trip", "two week-enders": the unit
	// starts a word for a thing
	if t.dash(end) && t.glued(end) && t.glued(end+1) && unitCompound(t.lowerWord(end+1)) {
		return res{}, false
	}
	if k, ok := t.andAHalf(end); ok && n == float64(int(n)) {
		n += 0.5
		end = k
	}
	if w.key == "fortnight" {
		n *= 2
	}
	if article && !adjective && rangeMod == timeline.ModNone && t.is(end, "or") && t.isAny(end+1, "two", "so") {
		// "a year or two", "a week or so": about a year
		rangeMod, end = timeline.ModApprox, end+2
	}
	r := res{start: i, end: end, typ: Duration, val: durValue(n, u, vague), mod: rangeMod}
	r.adjective = adjective || (!w.plural && n > 1)
	// "two years and three months", "2 hours, 30 minutes": one duration
	if !vague && !r.adjective && rangeMod == timeline.ModNone && n == float64(int(n)) {
		if v, k, ok := t.compoundDuration(int(n), u, end); ok {
			r.val, r.end = v, k
			return r, true
		}
	}
	// "a week or so ago"
	if t.is(end, "or") && t.is(end+1, "so") && t.isAny(end+2, "ago", "later", "earlier") {
		r.mod = timeline.ModApprox
		end += 2
		r.end = end
	}
	// "a once-a-decade transfer", "a twice-a-year meeting": a set, told
	// as an adjective
	if article && t.is(i, "a") && t.dash(i-1) && t.glued(i) && t.glued(i-1) && t.isAny(i-2, "once", "twice", "thrice") {
		return res{start: i - 2, end: r.end, typ: Set, val: durValue(1, u, false), freq: lowerIn(t, i-2, freqWords)}, true
	}
	// sets: "$5 a year", "twice a week", "per day"
	if article && !adjective && !t.isAny(end, "ago", "earlier", "later", "before", "after", "from", "hence") {
		if t.isAny(i-1, "miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "feet", "knots", "kph", "mph") {
			return res{}, false // "195 miles an hour": a speed
		}
		if t.is(i, "per") || t.rateBefore(i) {
			r.typ, r.quant = Set, qNone
			r.val = durValue(1, u, false)
			if s, f := t.freqBefore(i); s < i {
				r.start, r.freq = s, f
			}
			return r, true
		}
	}
	if adjective && !(t.is(end, "ago") && n == 0.5 && (u == uCentury || u == uDecade)) { // ("A half-century ago")
		return r, true
	}
	// "a year to the day later", "ten years to the day before that":
	// exactly so many years (read with "later" below)
	toDay := false
	if !vague && t.is(end, "to") && t.is(end+1, "the") && t.is(end+2, "day") &&
		(t.isAny(end+3, "later", "earlier") || t.isAny(end+3, "after", "before") && t.is(end+4, "that")) {
		toDay, end = true, end+3
	}
	// "ten years to the day after it opened", "a year to the day before
	// the wedding": a day, so many years (months) from an event the
	// clause names, no amount of time; the day of the date told last
	// when the event is the one its sentence told ("The bridge opened on
	// 4 June 1990. Ten years to the day after it opened": 4 June 2000),
	// else a day the text does not give
	if !vague && !toDay && t.is(end, "to") && t.is(end+1, "the") && t.is(end+2, "day") && t.isAny(end+3, "after", "before") &&
		!t.endsClause(end+4) && n == float64(int(n)) && n >= 1 && n <= 1000 && (u == uYear || u == uDecade || u == uMonth) {
		r := res{start: i, end: end + 3, typ: Date, val: "XXXX-XX-XX"}
		if t.eventToldLast(i, end+4) {
			sign := 1
			if t.is(end+3, "before") {
				sign = -1
			}
			if d, ok := sameDayOn(t.last.DayOf(), u, sign*int(n)); ok {
				r.val, r.d = "", d
			}
		}
		return r, true
	}
	// "two years ago", "a year earlier", "three days later", "two weeks from now"
	switch {
	case t.is(end, "ago"):
		r.end = end + 1
		r.typ, r.val, r.ago = Date, "", true
		if vague {
			r.d = timeline.Date{Ref: timeline.PastRef}
			return r, true
		}
		// "forty years ago today": that day, so many years back
		if u == uYear && n == float64(int(n)) && t.is(end+1, "today") && t.hasRef {
			r.end, r.d, r.deictic = end+2, dayDate(t.ref.AddDate(-int(n), 0, 0)), true
			return r, true
		}
		// "thirty years ago tomorrow", "ten years ago yesterday": the day
		// after or before, so many years back
		if u == uYear && n == float64(int(n)) && t.isAny(end+1, "tomorrow", "yesterday") && t.hasRef {
			day := 1
			if t.is(end+1, "yesterday") {
				day = -1
			}
			r.end, r.d, r.deictic = end+2, dayDate(t.ref.AddDate(-int(n), 0, day)), true
			return r, true
		}
		// "fifty years ago this week": that week, so many years back
		if u == uYear && n == float64(int(n)) && t.is(end+1, "this") && t.isAny(end+2, "week", "month") && t.hasRef {
			then := t.ref.AddDate(-int(n), 0, 0)
			su := uWeek
			if t.is(end+2, "month") {
				su = uMonth
			} else {
				// the week of the same number, as an anniversary counts
				// it ("Twenty-five years ago this week, on November 19,
				// 2001", told on Monday 16 November 2026, W47: 2001-W47,
				// not the week of 16 November 2001, W46)
				y, w := t.ref.ISOWeek()
				jan4 := time.Date(y-int(n), 1, 4, 0, 0, 0, 0, time.UTC)
				mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
				if my, _ := mon.ISOWeek(); my != y-int(n) {
					mon = mon.AddDate(0, 0, -7) // (a 53rd week the year has not: its last)
				}
				then = mon
			}
			r.end, r.d, r.deictic = end+3, at(then, su), true
			return r, true
		}
		if d, ok := t.quarterAgo(u, n); ok {
			r.d, r.comparison, r.fiscal = d, true, t.lastQFiscal
			return r, true
		}
		base, ok := t.refOrLast()
		if !t.hasRef && ok && base.Prec < timeline.Day && !t.spoken(r.start) {
			// "since the 1967 retrospective, nearly sixty years ago", in
			// a text of no known date: the writer's day, not the story's
			// year, is what it counts back from (in words reported, "he
			// had signed it two years ago", it is the speaker's; in a
			// diary, "We booked it three weeks ago", the day's writer's)
			ok = false
		}
		r.deictic = t.hasRef
		if ok && base.Prec == timeline.Day && (u == uHour || u == uMinute || u == uSecond) && !vague &&
			(u == uHour && n < 24 || u == uMinute && n < 24*60 || u == uSecond && n < 24*3600) && t.hasRef && base == dayDate(t.ref) {
			// "The bomb exploded two hours ago", in a paper dated by its
			// day alone: some time of that day, no clock time before it
			r.typ, r.d = Time, base
			return r, true
		}
		r.d, ok = t.relAmount(base, ok, u, -n)
		if !ok {
			// "Two weeks ago we were down 2", with no day to count back
			// from: a week the text does not give (as "last month" is);
			// "about 20,000 years ago" is of the past however it is
			// counted
			r.val = unknownUnit(u)
			if u >= uDecade || u == uYear && n >= 100 {
				r.val = "PAST_REF"
			}
		}
		return r, true
	case len(t.opt.Anchors) > 0 && !vague && t.isAny(end, "after", "from", "of", "following", "before", "prior") && t.anchorAfter(end) > 0:
		// "within 30 days of the Effective Date", "28 days before the
		// Completion Date": a day counted from a day the document names
		k := end + 1
		sign := 1.0
		if t.isAny(end, "before", "prior") {
			sign = -1
			if t.is(end, "prior") {
				k++ // "prior to"
			}
		}
		k2 := t.anchorAfter(end)
		base := t.opt.Anchors[t.anchorKey(k+1, k2)]
		r.end, r.typ, r.val = k2, Date, ""
		r.d, ok = t.workdayAmount(base, u, sign*n, end)
		if !ok {
			return res{}, false
		}
		if t.is(i-2, "the") && t.isAny(i-1, "day", "date") {
			r.start = i - 2 // ("on the day 30 days after the Effective Date")
		}
		if t.is(i-1, "within") || t.isAny(i-2, "no", "not") && t.isAny(i-1, "later", "more") {
			r.mod = timeline.ModOnOrBefore
		}
		return r, true
	case len(t.opt.Anchors) > 0 && !vague && t.isAny(end, "after", "from") && t.stageEnd(end+1) > 0:
		// "This Order comes into force 21 days after the day on which it
		// is made": a day counted from the day the instrument's header
		// says it was made (laid, came into force)
		k2, key := t.stageAfter(end + 1)
		base := t.opt.Anchors[key]
		r.end, r.typ, r.val = k2, Date, ""
		r.d, ok = t.workdayAmount(base, u, n, end)
		if !ok {
			return res{}, false
		}
		if t.is(i-2, "the") && t.isAny(i-1, "day", "date") {
			r.start = i - 2 // "applies from the day 3 months after the day on which ...": the day is the count's
		}
		if t.is(i-1, "within") {
			r.mod = timeline.ModOnOrBefore
		}
		return r, true
	case t.isAny(end, "after", "from", "of") && t.is(end+1, "the") && t.is(end+2, "date") && t.is(end+3, "of") && t.isAny(end+4, "this", "the") && lowerIn(t, end+5, docNouns) &&
		(t.hasRef || t.is(end+4, "the") && t.lastDay.Prec >= timeline.Day) && !t.narrative:
		// "no later than 28 days after the date of this judgment": counted
		// from the document's own date; "The Court ruled on 22 January
		// 2025. The Ministry has 28 days from the date of the ruling to
		// appeal": from the day the ruling was told of
		base := dayDate(t.ref)
		if t.is(end+4, "the") && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.sentencesBetween(t.lastDayEnd, i) <= 2 {
			base = t.lastDay.DayOf()
		} else if !t.hasRef {
			return res{}, false
		}
		r.end, r.typ, r.val = end+6, Date, ""
		r.d, ok = t.workdayAmount(base, u, n, end)
		if !ok {
			return res{}, false
		}
		if t.deadlineBefore(i) {
			r.mod = timeline.ModOnOrBefore // "has 28 days from ... to seek leave": by then
		}
		return r, true
	case t.isAny(end, "after", "from", "of") && t.is(end+1, "today") && (t.punct(end+2, '\'') || t.punct(end+2, '’')) && t.glued(end+2) && t.is(end+3, "s") &&
		lowerIn(t, end+4, docNouns) && t.hasRef && !t.narrative:
		// "within 21 days of today's order": counted from the day of the
		// order, the writer's
		r.end, r.typ, r.val = end+5, Date, ""
		r.d, ok = t.workdayAmount(dayDate(t.ref), u, n, end)
		if !ok {
			return res{}, false
		}
		if t.deadlineBefore(i) {
			r.mod = timeline.ModOnOrBefore
		}
		return r, true
	case !vague && t.isAny(end, "before", "after") && u >= uDay && u <= uWeek && u != uWeekend && n >= 1 && n == float64(int(n)) &&
		!t.isAny(end-2, "business", "working", "trading", "school", "banking") && t.feastAt(end+1):
		// "two days before Christmas", "a week after Easter": that day
		// moved (as "the day after Thanksgiving" is); an amount before a
		// day written with its month ("Eight trading days after Oct.
		// 12") stays an amount, as TimeML marks it
		r2, _ := t.core(end+1, false)
		if u == uWeek {
			u, n = uDay, n*7
		}
		if t.is(end, "before") {
			n = -n
		}
		d, ok := t.relAmount(r2.d, true, u, n)
		if !ok {
			return r, true
		}
		r.end, r.typ, r.val, r.d = r2.end, Date, "", d
		return r, true
	case t.isAny(end, "earlier", "later") && t.is(end+1, "than"):
		// "a week earlier than the mill promised": a comparison, how
		// much sooner, no date
		r.typ = Duration
		return r, true
	case t.isAny(end, "earlier", "later", "before", "after") && !(t.isAny(end, "before", "after") && !t.endsClause(end+1)) ||
		t.isAny(end, "after", "before") && t.is(end+1, "that") &&
			(t.endsClause(end+2) || t.isAny(end+2, "a", "an", "the", "he", "she", "they", "it", "we", "his", "her", "their", "its", "there")) ||
		t.is(end, "on") && t.punct(end+1, ',') && t.last.Prec >= timeline.Year ||
		t.is(end, "after") && t.isAny(end+1, "his", "her", "their", "its", "the") && t.lastEventNoun(i, end+2):
		// "two years later", "two years after that", "three years on, ...",
		// "three years after his retirement" (the event told last)
		if t.is(end, "on") && !vague && t.nowAfter(end+2) {
			// "Forty years on, I can still smell the smudge pots": the
			// teller's present, looking back, no time of the story's:
			// the amount
			r.typ, r.val = Duration, durValue(n, u, false)
			return r, true
		}
		r.end = end + 1
		if t.isAny(end, "after", "before") && t.is(end+1, "that") {
			r.end = end + 2
		} else if t.is(end, "after") && t.isAny(end+1, "his", "her", "their", "its", "the") {
			r.end = end + 3
		}
		// "a year to the day later", "a year later to the day", "exactly
		// two years later": so many years (or months) on from a day is
		// that day of the month, not a year, in the year reached
		exact := t.isAny(i-1, "exactly", "precisely") && !t.isAny(i-2, "almost", "nearly", "about", "not")
		if toDay {
			exact = true
		} else if t.is(r.end, "to") && t.is(r.end+1, "the") && t.is(r.end+2, "day") && !t.isAny(r.end+3, "of", "before", "after") {
			exact, r.end = true, r.end+3
		}
		r.typ, r.val, r.ago = Date, "", true
		sign := 1.0
		if t.isAny(end, "earlier", "before") {
			sign = -1
		}
		if vague { // "a few days later": how much is all we know
			r.typ, r.val = Duration, durValue(0, u, true)
			after := r.end
			if !t.narrative {
				r.end = end // "later" is no part of a duration
			}
			if (u == uYear || u == uDecade) && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i {
				// "a few years later, on the same day": the day of the
				// year told last, in a year not known (not that day)
				t.noteSameDay(after, r.end, timeline.Date{Prec: timeline.Day, Month: t.lastDay.Month, Day: t.lastDay.Day})
			}
			return r, true
		}
		if sign < 0 {
			if d, ok := t.quarterAgo(u, n); ok {
				r.d, r.comparison, r.fiscal = d, true, t.lastQFiscal
				return r, true
			}
		}
		// "almost two decades earlier" in a history looks back from the
		// story's date, which stays where it was
		r.flashback = sign < 0 && (u >= uYear || t.hadAfter(end+1))
		base, ok := t.anchor(true)
		if !t.narrative && t.is(end+1, "that") && t.last.Prec >= timeline.Week && !t.last.IsVague() && t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 {
			// "scheduled for the week of April 17. A release candidate
			// should be out two weeks before that": from the date just
			// told, which "that" points back to, not the writer's day
			base, ok = t.last, true
		}
		if sign > 0 && u == uYear && t.lookBackEnd >= 0 && t.lookBack.Prec >= timeline.Year && ok && base.Prec >= timeline.Week &&
			t.lookBack.Year+int(n) >= base.Year-1 && t.lookBack.Year+int(n) <= base.Year {
			// "a hernia repair in 2009 ... 15 years later", told in
			// 2024: counted from the year looked back to, which it
			// brings back to the story's
			base = t.lookBack
		} else if lb, lok := t.lookBackBase(i); lok && ok && u >= uMonth {
			// "The canal opened in 1810. Two years later ...": from the
			// year just told, which the story went back to
			base = lb
		}
		if ok && sign > 0 && base == t.last && t.lastStart >= 1 && t.isAny(t.lastStart-1, "through", "thru", "until", "till") && t.last.Prec >= timeline.Day &&
			t.prevDay.Prec >= timeline.Day && t.prevDayEnd >= 0 && t.prevDayEnd <= t.lastStart && t.sentencesBetween(t.prevDayEnd, i) <= 2 &&
			timeline.Compare(t.prevDay, t.last) < 0 {
			// "(signed January 8, 2024). Renewed the Agreement through
			// April 16, 2026. Two weeks later, Tessellate delivered ...":
			// from the day something happened, not the end of a term
			base = t.prevDay.DayOf()
		}
		if ok && t.ageBetween(t.lastSetEnd, i) {
			ok = false // "at the age of eleven, and two years later": from an age, not the year told
		}
		if ok && u >= uDay && u <= uWeek && base == t.last {
			if d, dok := t.overnightStart(); dok {
				base = d // "doors 9pm till 2am. Two days later": from the night's day, not the small hours'
			}
		}
		if ok && !t.narrative && u <= uWeek && base.Prec < timeline.Day && base.Prec >= timeline.Year && t.lastDay.Prec >= timeline.Day &&
			t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.sentencesBetween(t.lastDayEnd, i) <= 1 && base.Year < t.lastDay.Year {
			// "approved China's membership on Saturday, ending talks that
			// began in 1986. Taiwan's was approved a day later": from the
			// day told, not the year looked back to
			base = t.lastDay.DayOf()
		}
		if ok && t.lastBoundMod && !t.narrative && sign > 0 && base == t.last {
			// "Immigrants who arrived before Dec. 31, 2011, ... three
			// years after that": after a day not known, the amount
			r.typ, r.val, r.ago = Duration, durValue(n, u, false), false
			r.end = end
			return r, true
		}
		q := i - 1
		for q > 0 && t.isAny(q, "more", "less", "than", "nearly", "almost", "about", "some", "over", "just", "around", "roughly", "barely", "only") {
			q--
		}
		if t.punct(q, ',') && t.lastEnd == q && t.last.Prec >= timeline.Year {
			// "opened in May 1994, more than three years later": a gloss
			// of the date just written, counted from an earlier one
			r.typ, r.val, r.ago = Duration, durValue(n, u, false), false
			r.end = end
			return r, true
		}
		if (u == uMinute || u == uHour) && t.isAny(end, "later", "earlier") && t.shiftedSchedule(i, end) {
			r.typ, r.val, r.ago = Duration, durValue(n, u, false), false
			r.end = end
			return r, true
		}
		if lc := t.lastClock; (u == uMinute || u == uHour) && (t.isAny(end, "later", "earlier") || t.isAny(end, "after", "before") && t.is(end+1, "that")) && n == float64(int(n)) && lc.Prec >= timeline.Minute && lc.Year != 0 && lc.Month > 0 && lc.Day > 0 &&
			!t.isAny(i-1, "over", "than", "nearly", "almost", "under", "little", "just", "barely", "only") && !t.isAny(i-2, "over", "than", "under", "little") &&
			t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 && t.last.DayOf() == lc.DayOf() {
			// "The aircraft departed at 14:21 on 12 August 2023. Twenty
			// minutes later the engine lost power.": counted from the
			// clock time just told
			step := time.Minute
			if u == uHour {
				step = time.Hour
			}
			tt := time.Date(lc.Year, time.Month(lc.Month), lc.Day, lc.Hour, lc.Minute, 0, 0, time.UTC).Add(time.Duration(sign*n) * step)
			d := timeline.FromTime(tt, timeline.Minute)
			d.HasZone, d.Zone = lc.HasZone, lc.Zone
			r.typ, r.d = Time, d
			t.lastClock = d // ("58 minutes later ... about a minute after that": from the time just reached)
			if t.isAny(i-1, "about", "around", "some", "roughly", "approximately") {
				r.mod = timeline.ModApprox
			}
			return r, true
		}
		if u < uDay && base.Prec <= timeline.Day || (sign > 0 || t.is(end, "before")) && (!t.narrative || t.last.Prec == timeline.PrecisionNone && !t.lastUnknown) && t.last.Prec < timeline.Year ||
			sign > 0 && !t.narrative && u <= uWeek && ok && base.Prec < timeline.Day && base.Prec >= timeline.Year && t.last.Prec < timeline.Day &&
				!(u == uWeek && base.Prec == timeline.Week) { // ("that weekend ... Two weeks later": weeks from a week)
			// ("In 2011, a waitress vanished. Her body was found two days
			// later": in news, a day of 2011 no one can say; the amount,
			// as TimeBank gives it)
			// ("Nominations close two weeks before": before the event
			// told of, not before the writer's day)
			// "two hours later" after a day, "44 days later" with no date
			// told before it (a story's date is no event to count from):
			// the amount is all we know
			if sign > 0 && !t.hasRef && t.lastUnknown && t.unknownEnd >= t.lastEnd && t.unknownEnd <= i && t.sentencesBetween(t.unknownEnd, i) <= 1 {
				// "On Tuesday I visited him. Two days later he was gone",
				// undated: a day after a day the text does not place,
				// unknown as that one is (a date left out, and said so)
				r.val = "XXXX-XX-XX"
				return r, true
			}
			r.typ, r.val = Duration, durValue(n, u, false)
			if !t.narrative {
				r.end = end
			}
			return r, true
		}
		if !t.narrative && sign < 0 && base.Prec < timeline.Day && t.hasRef && !(t.is(end+1, "that") && base == t.last) &&
			!(t.last.Prec == timeline.Year && u >= uYear && t.sameSentence(t.lastEnd, r.start)) &&
			!(t.last.Prec == timeline.Month && u == uMonth && t.lastEnd >= 0 && t.lastEnd <= r.start && t.sentencesBetween(t.lastEnd, r.start) <= 1) &&
			!(t.last.Prec == timeline.Week && u == uWeek && n == 1 && t.lastEnd >= 0 && t.lastEnd <= r.start && t.sentencesBetween(t.lastEnd, r.start) <= 1) && // ("fell last week from 4.8% a week earlier")
			!(t.last.Prec == timeline.Month && u == uYear && t.is(r.start-1, "from") && t.lastEnd >= 0 && t.lastEnd <= r.start && r.start-t.lastEnd <= 3) {
			// ("exports rose in December from a year earlier" counts
			// from the month just told)
			// ("Prices rose in February; a month earlier they had fallen"
			// counts from the month just told)
			// ("sales in 2012 were lower than a decade earlier" counts
			// from the year its sentence named)
			// in news, a period earlier than a coarse date is counted from
			// the reference date ("a year earlier" in a report); "a day
			// later" always follows the story ("In 1990 ... A day later":
			// some day of 1990)
			base = dayDate(t.ref)
		}
		if w, wok := t.spanWeek(base); ok && wok && u == uWeek && n == float64(int(n)) {
			// "Reading week is 4–8 November 2024; Engineering holds its
			// reading week a week later": a week's span moved on by whole
			// weeks is a week
			r.d = at(w.AddDate(0, 0, int(sign*7*n)), uWeek)
		} else if ok && u == uWeek && base.Prec >= timeline.Day {
			// "a week later" after a day is a day
			r.d, ok = t.relAmount(base, ok, uDay, sign*7*n)
		} else {
			r.d, ok = t.relAmount(base, ok, u, sign*n)
		}
		if ok && sign > 0 && !t.narrative && t.hasRef {
			// "She never thought people would talk about it 50 years
			// later", after "since 1963": a time after the writer's day
			// told as past is no day of the story; the amount, as
			// TimeBank gives it
			if ds, _ := r.d.Bounds(); !ds.IsZero() && !ds.Before(t.ref.AddDate(0, 0, 1)) && t.tense(r.start, r.end) <= 0 && !t.entryDay(base, i) {
				r.typ, r.val, r.ago, r.d = Duration, durValue(n, u, false), false, timeline.Date{}
				r.end = end
				return r, true
			}
		}
		if ok && r.mod == timeline.ModNone && u >= uDecade && sign > 0 && (n == 1 || n == 0.5) && r.d.Prec == timeline.Year && !exact {
			// "Half a century later", "A decade later": a round amount,
			// about so many years on (as "about 50 years later" is)
			r.mod = timeline.ModApprox
		}
		if ok && base.Prec >= timeline.Day && (u == uYear || u == uDecade || u == uMonth) && n == float64(int(n)) && n >= 1 && n <= 1000 {
			d, dok := sameDayOn(base, u, int(sign*n))
			if exact && dok {
				r.d = d
				if !toDay && r.end == end+1 {
					r.start = i - 1 // ("Exactly ten years later": the word that makes it a day is the expression's, as "about" is)
				}
			} else if !exact {
				// "two years later, on the same day": that day of the
				// year (see detExpr), the amount's value a year (none
				// after 29 February)
				if !dok {
					d = timeline.Date{}
				}
				t.noteSameDay(r.end, r.end, d)
			}
		}
		if !ok && n != float64(int(n)) && base.Prec >= timeline.Day {
			// "splashed down 25.5 days later": a fraction of days from a
			// day falls on no day the words give; the amount
			r.typ, r.val, r.ago, r.d = Duration, durValue(n, u, false), false, timeline.Date{}
			r.end = end
			return r, true
		}
		if !ok {
			r.val = partialValue(base, u)
			// "Eighteen months later" after "in 2001" may be in 2002 or in
			// 2003: not in 2001, and not known; "twenty-four months
			// later" is two years on
			if base.Prec == timeline.Year && (u == uMonth && n >= 12 || u == uWeek && n >= 52 || u == uDay && n >= 365) {
				if u == uMonth && int(n)%12 == 0 {
					r.d, r.val = timeline.Date{Prec: timeline.Year, Year: addYear(base.Year, int(sign*n)/12)}, ""
				} else {
					r.val = unknownUnit(uYear)
				}
			}
		}
		return r, true
	case t.is(end, "from") && !vague && u >= uDay && u <= uMonth && u != uWeekend && t.dayAt(end+1) && !t.isAny(i-1, "for", "lasting", "lasts", "last", "runs", "run"):
		// "a week from Sunday", "two days from today": that day moved on
		// (but "runs for twelve weeks from Monday 15 June" is a term and
		// its start)
		d, ok := t.core(end+1, false)
		if !ok || d.typ != Date || d.d.Prec != timeline.Day || t.punct(d.end, '\'') || t.punct(d.end, '’') {
			return r, true
		}
		r.end, r.typ, r.val = d.end, Date, ""
		if u == uWeek {
			u, n = uDay, n*7
		}
		r.d, ok = t.workdayAmount(d.d, u, n, end)
		if !ok {
			return res{}, false
		}
		return r, true
	case (t.is(end, "from") && t.is(end+1, "now")) || t.is(end, "hence"):
		if t.is(end, "from") {
			r.end = end + 2
		} else {
			r.end = end + 1
		}
		r.typ, r.val = Date, ""
		if vague {
			r.d = timeline.Date{Ref: timeline.FutureRef}
			return r, true
		}
		base, ok := t.refOrLast()
		if ok && u < uDay && base.Prec <= timeline.Day {
			// "just under an hour from now", written on a day whose
			// hour no one knows: the amount is all we know (not an hour
			// past midnight)
			r.end, r.typ, r.val = end, Duration, durValue(n, u, false)
			return r, true
		}
		r.deictic = t.hasRef
		r.d, ok = t.relAmount(base, ok, u, n)
		if !ok {
			r.val = "FUTURE_REF"
		}
		return r, true
	}
	return r, true
}

// feastAt reports whether a feast the text places on a day starts at
// token i: "Christmas", "Easter Sunday"; not a day written with its
// month, a weekday ("two days after Monday's vote"), a clause ("the
// vote"), nor a day the text does not place.
func (t *Tagger) feastAt(i int) bool {
	if tk := t.tok(i); tk == nil || tk.kind != tWord || !tk.cap && !tk.upper || t.w(i) != nil && (t.w(i).wday > 0 || t.w(i).month > 0) {
		return false
	}
	r2, ok := t.core(i, false)
	return ok && r2.typ == Date && r2.d.Prec == timeline.Day && r2.val == "" && r2.mod == timeline.ModNone && r2.d.Year != 0 &&
		!t.punct(r2.end, '\'') && !t.punct(r2.end, '’') // ("a week after 4 July's parade": the parade, no day)
}

// spanWeek returns the first day of the last range read, when base, the
// date counted from, is its end and the range is the working days or all
// the days of one week ("4–8 November 2024", Monday to Friday).
func (t *Tagger) spanWeek(base timeline.Date) (time.Time, bool) {
	if base.Prec != timeline.Day || base != t.spanTo || base != t.last || t.spanFrom.Prec != timeline.Day {
		return time.Time{}, false
	}
	from, ok1 := dayTime(t.spanFrom)
	to, ok2 := dayTime(t.spanTo)
	if !ok1 || !ok2 {
		return time.Time{}, false
	}
	y1, w1 := from.ISOWeek()
	y2, w2 := to.ISOWeek()
	if days := int(to.Sub(from).Hours() / 24); days < 4 || days > 6 || y1 != y2 || w1 != w2 {
		return time.Time{}, false
	}
	return from, true
}

// dayAt reports whether token i names a day by itself: a weekday,
// "today", "tomorrow" or "yesterday".
func (t *Tagger) dayAt(i int) bool {
	w := t.w(i)
	return w != nil && (w.wday > 0 && !w.plural || w.key == "today" || w.key == "tomorrow" || w.key == "yesterday")
}

// endsClause reports whether token i ends a clause (so "two days before"
// stands alone rather than introducing an event).
func (t *Tagger) endsClause(i int) bool {
	tk := t.tok(i)
	return tk == nil || tk.kind == tPunct && (tk.r == '.' || tk.r == ',' || tk.r == ';' || tk.r == ')')
}

func (t *Tagger) refOrLast() (timeline.Date, bool) {
	if t.hasRef {
		return dayDate(t.ref), true
	}
	return t.anchor(true)
}

// relAmount moves base by n units; whole numbers only.
func (t *Tagger) relAmount(base timeline.Date, ok bool, u unit, n float64) (timeline.Date, bool) {
	if ok && u == uYear && n*2 == float64(int(n*2)) && n != float64(int(n)) && base.Prec >= timeline.Month {
		// "three and a half years later", after April 1990: 42 months on
		// (a year alone gives no month to count half a year from)
		return shiftDate(base, uMonth, int(n*12))
	}
	coarse := timeline.PrecisionNone
	switch u {
	case uDecade:
		u, n = uYear, n*10 // ("half a decade ago": five years)
	case uCentury:
		if n == float64(int(n)) && n >= 2 {
			coarse = timeline.Century // "Four centuries later", after 1291: the 1600s, no year of them (but "a century ago" is 1917)
		}
		u, n = uYear, n*100 // ("half a century ago": fifty years)
	}
	if coarse != timeline.PrecisionNone && ok && base.Prec >= timeline.Year && base.Year != 0 {
		y := addYear(base.Year, int(n))
		if y > 0 {
			return timeline.Date{Prec: timeline.Century, Year: y - y%100}, true
		}
		if base.Year < 0 {
			// "Two centuries later", after 44 BC: the 2nd century AD
			// above, or, still BC, the century labelled by its highest
			// hundred (the 3rd century BC is BC02, -200; the 1st, BC00, -1)
			if c := y + (-y)%100; c < 0 {
				return timeline.Date{Prec: timeline.Century, Year: c}, true
			}
			return timeline.Date{Prec: timeline.Century, Year: -1}, true
		}
	}
	if !ok || n != float64(int(n)) {
		return timeline.Date{}, false
	}
	switch u {
	case uWeekend:
		u = uWeek
	case uHalf, uSeason:
		u, n = uMonth, n*6
	}
	return shiftDate(base, u, int(n))
}

// noteSameDay notes that an amount of years or months later or earlier
// than a day, which the tagger takes to end at token end, moved the story
// off that day: "the same day" just after it is not the day told before
// it (see detExpr). When ", on the same day" (or "date") follows token
// after, the amount's last word ("two years later, on the same day"),
// that is d, the day so many years on; a d with no year is that day of
// a year not known ("a few years later, on the same day").
func (t *Tagger) noteSameDay(after, end int, d timeline.Date) {
	t.sameDay, t.sameDayAt, t.sameDayEnd = d, -1, end
	k := after + b2i(t.punct(after, ','))
	if t.is(k, "on") && t.is(k+1, "the") && t.is(k+2, "same") && t.isAny(k+3, "day", "date") {
		t.sameDayAt = k + 1
	}
}

// sameDayOn returns the day n units of u (years, decades or months) from
// the day base: the same day of the month, when the month reached has it
// (4 June 1990 two years on is 4 June 1992; 29 February 2000 a year on
// is none).
func sameDayOn(base timeline.Date, u unit, n int) (timeline.Date, bool) {
	y, m := base.Year, base.Month
	switch u {
	case uYear:
		y = addYear(y, n)
	case uDecade:
		y = addYear(y, 10*n)
	case uMonth:
		mm := m - 1 + n
		dy := mm / 12
		if mm < 0 && mm%12 != 0 {
			dy--
		}
		y, m = addYear(y, dy), mm-12*dy+1
	default:
		return timeline.Date{}, false
	}
	if m < 1 || base.Day < 1 || !validDay(y, m, base.Day) {
		return timeline.Date{}, false
	}
	return dayValue(y, m, base.Day), true
}

// workdayAmount moves base, a day the text counts a term from, by n units
// of u, as relAmount does, but counts only Mondays to Fridays when the
// amount before token end is of working days: "within 10 working days of
// the date of this letter", written on Tuesday 2 July 2024, is 16 July.
// (Public holidays are not known, and count as working days.) Weeks,
// months and years counted from a day end on a day.
func (t *Tagger) workdayAmount(base timeline.Date, u unit, n float64, end int) (timeline.Date, bool) {
	if (u == uWeek || u == uMonth || u == uYear) && base.Prec >= timeline.Day && n == float64(int(n)) && n != 0 && n >= -1000 && n <= 1000 {
		// "within 3 months of the Effective Date", 1 April: 1 July, the
		// day a term counted from a day ends on (the month's last when
		// it has no such day: a month from 31 January is 28 February),
		// not the month
		tt, ok := dayTime(base.DayOf())
		if !ok {
			return timeline.Date{}, false
		}
		switch u {
		case uWeek:
			tt = tt.AddDate(0, 0, 7*int(n))
		case uMonth:
			tt = addMonths(tt, int(n))
		default:
			tt = addMonths(tt, 12*int(n))
		}
		return dayDate(tt), true
	}
	if u != uDay || base.Prec < timeline.Day || n != float64(int(n)) || n == 0 || !t.isAny(end-2, "business", "working", "trading", "banking") {
		return t.relAmount(base, true, u, n)
	}
	tt, ok := dayTime(base.DayOf())
	if !ok {
		return timeline.Date{}, false
	}
	step, left := 1, int(n)
	if left < 0 {
		step, left = -1, -left
	}
	if left > 3660 {
		return timeline.Date{}, false
	}
	for left > 0 {
		tt = tt.AddDate(0, 0, step)
		if wd := tt.Weekday(); wd != time.Saturday && wd != time.Sunday {
			left--
		}
	}
	return dayDate(tt), true
}

// unitCompound reports whether w, after a unit and a hyphen, makes of
// the unit a word for a thing ("day-trippers", "day-trip", "night-shift")
// rather than a length ("day-long", "year-old", "month-end").
func unitCompound(w string) bool {
	switch w {
	case "trip", "trips", "care", "school", "schools", "shift", "shifts", "pass", "passes",
		"ticket", "tickets", "job", "jobs", "dream", "dreams", "light", "lights", "time", "times":
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ier") && w != "later" && w != "earlier")
}

// rateBefore reports whether an amount comes right before token i, so
// that "a year" there is a rate ("$5 a year", "10 percent a month").
func (t *Tagger) rateBefore(i int) bool {
	p := t.tok(i - 1)
	if p == nil {
		return false
	}
	switch p.kind {
	case tNum:
		return true
	case tPunct:
		return p.r == '%'
	}
	switch t.lowerWord(i - 1) {
	case "percent", "dollars", "million", "billion", "cents", "times", "once", "twice",
		"thrice", "euros", "pounds", "yen", "barrels", "tons", "trillion", "points",
		"pills", "doses", "meals", "cigarettes", "calls", "visitors", "passengers", "flights",
		"words", "pages", "units", "tonnes", "gallons", "litres", "liters", "hours", "days", "shifts":
		return true
	}
	// "open a store a week", "60,000 day-trippers a day": a count of
	// something before it
	k := i - 1
	for k >= 2 && t.glued(k) && t.dash(k-1) && t.glued(k-1) && t.tok(k-2).kind == tWord {
		k -= 2 // "day-trippers"
	}
	if p.kind == tWord && !p.cap && p.w() == nil && (t.isAny(k-1, "a", "an", "one") || t.tok(k-1) != nil && t.tok(k-1).kind == tNum) {
		if c, _ := t.cue(i-1, true); c == 0 {
			return true
		}
	}
	// "$760 million in cargo a day", "5,000 tonnes of grain a week"
	if p.kind == tWord && !p.cap && p.w() == nil && t.isAny(k-1, "in", "of", "worth") {
		if q := t.tok(k - 2); q != nil && (q.kind == tNum || t.isAny(k-2, "million", "billion", "trillion", "tonnes", "tons", "barrels", "dollars", "euros", "pounds")) {
			if c, _ := t.cue(i-1, true); c == 0 {
				return true
			}
		}
	}
	return false
}

func (t *Tagger) freqBefore(i int) (start int, freq string) {
	switch {
	case t.is(i-1, "once"):
		return i - 1, "1X"
	case t.is(i-1, "twice"):
		return i - 1, "2X"
	case t.is(i-1, "thrice"):
		return i - 1, "3X"
	case t.is(i-1, "times"):
		if w := t.w(i - 2); w != nil && w.num > 0 {
			return i - 2, strconv.Itoa(w.num) + "X"
		}
		if n, _, ok := t.num(i - 2); ok {
			return i - 2, strconv.Itoa(n) + "X"
		}
	}
	return i, ""
}

// barePlural reads a plural unit without a number where the context makes
// it a duration: "for years", "in weeks", "months ago".
func (t *Tagger) barePlural(i int) (res, bool) {
	w := t.w(i)
	// "yearlong"
	if w != nil && w.unit != uNone && len(w.key) > 4 && w.key[len(w.key)-4:] == "long" {
		return res{start: i, end: i + 1, typ: Duration, val: durValue(1, w.unit, false), adjective: true}, true
	}
	// "day-long", "decades-long"
	if w != nil && w.unit != uNone && t.dash(i+1) && t.glued(i+1) && t.is(i+2, "long") && t.glued(i+2) {
		n, vague := 1.0, w.plural
		return res{start: i, end: i + 3, typ: Duration, val: durValue(n, w.unit, vague), adjective: true}, true
	}
	if w == nil || w.unit == uNone || !w.plural || w.unit == uHalf || w.unit == uQuarter {
		return res{}, false
	}
	if !(t.isAny(i-1, "for", "in", "within", "over", "than", "took", "take", "takes", "lasted", "spanning", "spanned", "spans") ||
		t.is(i-1, "back") && t.isAny(i-2, "go", "goes", "went", "gone", "going", "dates", "date", "dating", "dated", "stretches", "stretching") ||
		t.isAny(i+1, "ago", "later", "earlier", "long") ||
		t.is(i-1, "the") && t.isAny(i+1, "before", "after", "ahead", "following", "since", "leading") ||
		// "spent years in exile", "after months of disruption", "weeks
		// or months"
		t.isAny(i-1, "spent", "spend", "spends", "spending", "waited", "wait", "waiting") ||
		t.isAny(i-1, "after", "following") && t.is(i+1, "of") ||
		// ", days after the army removed the president", "Weeks after
		// the vote": how long after it, of no known length
		t.isAny(i+1, "after", "before") && (t.punct(i-1, ',') || t.sentenceStart(i)) && w.unit >= uHour && w.unit <= uYear &&
			t.tok(i+2) != nil && !t.endsClause(i+2)) {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: Duration, val: durValue(0, w.unit, true), adjective: true}
	if w2 := t.w(i + 2); t.isAny(i+1, "or", "and") && w2 != nil && w2.plural && w2.unit > w.unit && w2.unit != uHalf && w2.unit != uQuarter {
		r.end = i + 3 // "within weeks or months": one length, of the shorter unit at least
	}
	if t.isAny(i+1, "ago", "later", "earlier") {
		// "decades ago", "weeks earlier": a time before (or after) the
		// one spoken from, of no known length: a vague date, as TimeML
		// marks it
		r.end++
		r.typ, r.val, r.d, r.adjective = Date, "", past, false
		if t.is(i+1, "later") {
			// "days later": some day after the one just told, not known
			r.d, r.val = timeline.Date{}, unknownUnit(w.unit)
			if w.unit <= uHour {
				// "Hours later": the day just told, the hour unknown
				r.val = "XXXX-XX-XXTXX"
				if t.lastDay.Prec >= timeline.Day && i-t.lastDayEnd <= 60 {
					r.val = t.lastDay.DayOf().String() + "TXX"
				} else if t.narrative && t.lastDay.Prec >= timeline.Day {
					r.val = t.lastDay.DayOf().String() + "TXX" // a history's last day
				}
			}
		}
	}
	return r, true
}

// ---- ordinal periods: centuries, quarters, halves ----

// ordinalAt reads an ordinal: "third", "3rd", "twenty-first".
func (t *Tagger) ordinalAt(i int) (n, j int, ok bool) {
	if tk := t.tok(i); tk != nil && tk.kind == tNum && tk.sfx == sfxOrd && tk.nd <= 2 && !t.badBefore(i) {
		return int(tk.n), i + 1, true
	}
	w := t.w(i)
	if w == nil {
		return 0, i, false
	}
	if w.ord > 0 {
		return w.ord, i + 1, true
	}
	if w.num >= 20 && w.num < 100 && w.num%10 == 0 {
		k := i + 1
		if t.dash(k) && t.glued(k) {
			k++
		}
		if o := t.w(k); o != nil && o.ord > 0 && o.ord < 10 {
			return w.num + o.ord, k + 1, true
		}
	}
	return 0, i, false
}

func (t *Tagger) ordinalPeriod(i int) (res, bool) {
	n, j, ok := t.ordinalAt(i)
	if (!ok || n <= 0) && t.is(i+2, "of") && t.isAny(i, "final", "last") && t.isAny(i-1, "the", "its", "their") {
		// "the final quarter of 2018", "the last half of last year"
		switch {
		case t.is(i+1, "quarter"):
			n, j, ok = 4, i+1, true
		case t.is(i+1, "half"):
			n, j, ok = 2, i+1, true
		}
	}
	if !ok || n <= 0 {
		return res{}, false
	}
	adjective := false
	if t.dash(j) && t.glued(j) {
		if nx := t.tok(j + 1); nx != nil && nx.kind == tNum && nx.sfx == sfxOrd && nx.nd <= 2 && t.glued(j+1) && t.w(j+2) != nil && t.w(j+2).unit == uCentury {
			// "the 10th–11th century", "15th-16th centuries": a range of
			// them, read below
		} else {
			j++
			adjective = true
		}
	}
	marked := t.is(j, "fiscal") || t.isAny(i-1, "fiscal", "fy") // "the third fiscal quarter", "the fiscal third quarter"
	if t.isAny(j, "fiscal", "calendar") {
		j++
		if t.dash(j) {
			j++
		}
	}
	if !adjective && (t.isAny(j, "and", "to", "through", "or") || t.dash(j)) {
		// "the 7th and 11th centuries AD", "the 5th to 3rd centuries BC",
		// "the 9th or 10th century": the first of them, of the era
		// written after the second
		second := j + 1
		for n := 0; n < 2 && t.isAny(second, "the", "early", "late", "mid", "middle"); n++ {
			second++ // "from the 14th to the 19th century", "the late 5th or early 6th century AD"
		}
		if t.dash(second) && t.glued(second) && t.isAny(second-1, "early", "late", "mid") {
			second++ // "mid-6th"
		}
		m, k, ok := t.ordinalAt(second)
		if nx := t.tok(second); !ok && t.dash(j) && t.glued(j) && nx != nil && nx.kind == tNum && nx.sfx == sfxOrd && nx.nd <= 2 {
			m, k, ok = int(nx.n), second+1, true // "10th–11th": (an ordinal glued to a dash after a number is read here)
		}
		if ok && m > 0 && m <= 30 && n <= 30 {
			if cw := t.w(k); cw != nil && cw.unit == uCentury && !t.dash(k-1) && (cw.plural || t.is(j, "or") || second > j+1 || t.dash(j) && t.glued(j)) {
				sign, _ := t.era(k + 1)
				if sign == 0 {
					sign = 1
				}
				y := sign * (n - 1) * 100
				if sign < 0 && n == 1 {
					y = -1
				}
				return res{start: i, end: j, typ: Date, d: timeline.Date{Prec: timeline.Century, Year: y}}, true
			}
		}
	}
	w := t.w(j)
	if w == nil && t.is(j, "cent") && t.punct(j+1, '.') && t.glued(j+1) && !adjective {
		// "19th cent.": a catalogue's century
		if n > 0 && n <= 21 {
			return res{start: i, end: j + 2, typ: Date, d: timeline.Date{Prec: timeline.Century, Year: (n - 1) * 100}}, true
		}
	}
	if w == nil {
		return res{}, false
	}
	switch {
	case (w.unit == uCentury || w.unit == uMillennium) && (!w.plural || w.unit == uCentury && (t.is(i-1, "and") || t.is(i-1, "to") || t.dash(i-1)) && t.ordinalBefore(i-2)):
		sign, k := t.era(j + 1)
		if sign == 0 && t.tok(j).cap && !t.isAny(i-1, "the", "this", "that", "last", "next", "early", "late", "mid", "middle") && t.tok(j+1) != nil && t.tok(j+1).kind == tWord && t.tok(j+1).cap && !t.tok(j+1).upper && !t.newLine(j+1) &&
			t.w(j+1) == nil && t.toks[j+1].start-t.toks[j].end == 1 {
			return res{}, false // "21st Century Fox", "Twentieth Century Limited": a name
		}
		if sign == 0 {
			if t.is(j+1, "of") && t.tok(j+2) != nil && t.tok(j+2).kind == tWord && !(t.isAny(j+2, "our", "the") && t.isAny(j+3, "era", "common", "christian")) {
				return res{}, false // "the first millennium of farming": counted from farming, no era's
			}
			sign, k = 1, j+1
		}
		scale := 100
		prec := timeline.Century
		if w.unit == uMillennium {
			scale, prec = 1000, timeline.Millennium
		}
		if n > 30 && scale == 100 || n > 9 && scale == 1000 && (sign > 0 || n > 20) {
			return res{}, false // (millennia past the 9th are BC's: "the 10th millennium BC", BC9)
		}
		y := sign * (n - 1) * scale
		if sign < 0 && n == 1 {
			y = -1 // "the 1st century BC" is BC00, the years 99 BC to 1 BC
		}
		return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: prec, Year: y}}, true
	case w.unit == uWeek && !w.plural && !adjective && n <= 5 && t.is(j+1, "of") && t.isAny(i-1, "the"):
		// "the second week of February 1914": the week around its
		// middle day (the 11th)
		m, ok := t.core(j+2, false)
		if !ok || m.typ != Date || m.d.Prec != timeline.Month || m.start != j+2 {
			return res{}, false
		}
		day := 7*n - 3
		if !validDay(m.d.Year, m.d.Month, day) {
			return res{}, false
		}
		if tt, ok := dayTime(dayValue(m.d.Year, m.d.Month, day)); ok {
			return res{start: i, end: m.end, typ: Date, d: at(tt, uWeek)}, true
		}
		return res{}, false
	case (w.unit == uQuarter || w.unit == uHalf) && !w.plural:
		max := 4
		if w.unit == uHalf {
			max = 2
		}
		if n > max {
			return res{}, false
		}
		r := res{start: i, end: j + 1, typ: Date, adjective: adjective}
		y, k, ok := 0, j+1, false
		at := k
		if t.is(k, "of") || t.punct(k, ',') {
			at = k + 1
		}
		at = t.calendarYearAt(at) // "the third quarter of calendar 2022"
		if fy, k3, split, hasFY := t.fiscalYearAt(at); hasFY {
			// "the fourth quarter of fiscal 2024", "Q1 FY25"
			r.end = k3
			var cal timeline.Date
			r.d, r.val, r.fiscal, cal = t.numberedPeriod(w.unit, n, 0, false, fy, true, split, true, i, j+1)
			r.cal = newCal(cal, t.periodEnd)
			return r, true
		}
		y, k, ok = t.yearAt(at)
		// "the first half of the year", "the third quarter of the
		// financial year" in a text that says its fiscal year is not the
		// calendar's ("The year to 31 March 2023"): the fiscal year the
		// text is about, as "the first half" alone
		fyOf := 0
		if !ok && t.is(j+1, "of") && t.is(j+2, "the") {
			if e := t.fyEnd(); e != 0 && e != 12 && t.fyStrong {
				switch {
				case t.is(j+3, "year"):
					fyOf = j + 4
				case t.isAny(j+3, "fiscal", "financial") && t.is(j+4, "year"):
					fyOf = j + 5
				}
			}
		}
		if !ok && fyOf == 0 && t.hasRef && t.is(j+1, "of") && t.isAny(j+2, "this", "last", "next", "the") && t.is(j+3, "year") {
			y, ok, k = t.yearRel(j+2), true, j+4
			if t.is(j+2, "the") {
				y = t.ref.Year()
				if t.narrative && t.last.Prec >= timeline.Year {
					y = t.last.Year
				}
			}
		}
		if !ok {
			if w.unit == uHalf && !t.isAny(i-1, "the", "its", "their", "this", "last", "next") && !t.glued(j) {
				return res{}, false
			}
			if fyOf == 0 && t.is(j+1, "of") && t.tok(j+2) != nil && t.tok(j+2).kind == tWord {
				return res{}, false // "the first half of the contingent", not "the third quarter of $2 million"
			}
			if !marked && t.sportsContext(i) {
				return res{}, false // "scored twice in the second half": the game's
			}
			if w.unit == uQuarter && (n == 1 || n == 3) && !t.isAny(i-1, "the", "its", "their", "this", "our", "a") && t.moonContext(i) {
				return res{}, false // "The Moon is kind this year. First quarter falls on 12 August": the Moon's phase
			}
			r.end, r.noYear = j+1, true
			if marked {
				if e, ok := t.endedDate(j + 1); ok {
					// "its fiscal second quarter, which ended Dec. 31":
					// of the fiscal year that ends (4-n) quarters later,
					// named by the year it ends in, as companies name it
					size := 3
					if w.unit == uHalf {
						size, max = 6, 2
					}
					fyEnd := time.Date(e.Year, time.Month(e.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, (max-n)*size, 0)
					r.noYear = false
					if w.unit == uQuarter {
						r.d = timeline.Date{Prec: timeline.Quarter, Year: fyEnd.Year(), Quarter: n}
					} else {
						r.d = timeline.Date{Prec: timeline.Half, Year: fyEnd.Year(), Half: n}
					}
					r.fiscal = true
					// the calendar months it covers, ending in the month
					// it ended ("ended March 2, 2013": December to
					// February, the period's own month ends aside)
					last := timeline.Date{Prec: timeline.Month, Year: e.Year, Month: e.Month}
					if e.Day <= 7 {
						pm := time.Date(e.Year, time.Month(e.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
						last = timeline.Date{Prec: timeline.Month, Year: pm.Year(), Month: int(pm.Month())}
					}
					fm := time.Date(last.Year, time.Month(last.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1-size, 0)
					first := timeline.Date{Prec: timeline.Month, Year: fm.Year(), Month: int(fm.Month())}
					if size == 3 && last.Month%3 == 0 {
						r.cal = newCal(timeline.Date{Prec: timeline.Quarter, Year: last.Year, Quarter: last.Month / 3}, timeline.Date{})
					} else if size == 6 && last.Month%6 == 0 {
						r.cal = newCal(timeline.Date{Prec: timeline.Half, Year: last.Year, Half: last.Month / 6}, timeline.Date{})
					} else {
						r.cal = newCal(first, last)
					}
					return r, true
				}
			}
			var cal timeline.Date
			if fy, ok := t.fiscalYearBefore(i); ok {
				// "for 2024-25, with the second quarter at 4.1 per cent":
				// a quarter of the fiscal year the sentence just named
				r.noYear = false
				r.d, r.val, r.fiscal, cal = t.numberedPeriod(w.unit, n, 0, false, fy, true, true, true, i, j+1)
				r.cal = newCal(cal, t.periodEnd)
				return r, true
			}
			r.d, r.val, r.fiscal, cal = t.numberedPeriod(w.unit, n, 0, false, 0, false, false, marked || fyOf > 0, i, j+1)
			r.cal = newCal(cal, t.periodEnd)
			if fyOf > 0 {
				r.end = fyOf
			}
			return r, true
		}
		r.end = k
		if w.unit == uQuarter {
			r.d = timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}
		} else {
			r.d = timeline.Date{Prec: timeline.Half, Year: y, Half: n}
		}
		return r, true
	}
	return res{}, false
}

// shiftedSchedule reports whether the amount at i, before "earlier" or
// "later" at end, tells how much a schedule moves, not a time counted
// from the clock time just told: made so ("That makes the evening
// sessions an hour earlier"), or from then on ("Buses run ten minutes
// later from now on", "an hour earlier each evening").
func (t *Tagger) shiftedSchedule(i, end int) bool {
	if t.is(end+1, "from") && t.isAny(end+2, "then", "now") || t.isAny(end+1, "each", "every") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if tk := t.tok(k); tk.kind != tWord {
			return false
		}
		if t.isAny(k, "make", "makes", "made", "making") {
			return true
		}
	}
	return false
}

// yearRel reads "this year", "last year", "next year" as a year number.
func (t *Tagger) yearRel(i int) int {
	y := t.ref.Year()
	switch {
	case t.is(i, "last"):
		y--
	case t.is(i, "next"):
		y++
	}
	return y
}

// periodYear picks the year of a quarter or half named without one: the
// latest one that has begun, or the next one when the sentence speaks of
// the future.
func (t *Tagger) periodYear(u unit, n, i, j int) (int, bool) {
	if d, ok := t.periodAnchor(i, j); ok {
		return d.Year, true
	}
	if !t.hasRef {
		return 0, false
	}
	y := t.ref.Year()
	cur := (int(t.ref.Month())-1)/3 + 1
	if u == uHalf {
		cur = (int(t.ref.Month())-1)/6 + 1
	}
	if u == uQuarter && t.last.Prec == timeline.Quarter && t.last.Quarter < n && t.lastEnd >= 0 && i-t.lastEnd <= 40 && t.lineStart(i) && t.lineStart(t.lastStart) {
		// "Q1: ...¶Q2: ...¶Q3: ...": a roadmap's quarters, one a line,
		// run on through the year of the first
		return t.last.Year, true
	}
	dir := t.tense(i, j)
	// the latest such period that has begun; a future one only when it
	// is clearly ahead (results for a quarter come out in the next one)
	switch {
	case n > cur && dir < 0 && (t.closePast || !t.reportedBefore(i)):
		return y - 1, true
	case n > cur && (t.fyEnd() == 0 || t.fyEnd() == 12) && !((dir > 0 && (!t.weakCue || t.plannedVerb(t.beforeMods(i)-2)) || dir == 0 && t.shipsVerb(t.beforeMods(i)-2)) && t.isAny(t.beforeMods(i)-1, "in", "during", "by", "until", "before", "through", "from")):
		// "will report fourth-quarter results on Feb. 26", "forecast
		// second-quarter sales" in January, "said second-quarter sales
		// would rise": not told as done, the nearest such period, the
		// one just ended or the one to come
		size := 3
		if u == uHalf {
			size = 6
		}
		mid := func(y int) time.Time {
			return time.Date(y, time.Month((n-1)*size+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, size*15)
		}
		if t.ref.Sub(mid(y-1)) < mid(y).Sub(t.ref) {
			return y - 1, true
		}
		return y, true
	case n < cur-1 && dir > 0:
		return y + 1, true
	}
	return y, true
}

// periodAnchor returns the date a quarter or half named without its year
// at i is of, when one is told just before it: in a narrative, the last
// date; in the past, a day or month of a year before the reference day's
// told right before ("On 6 February 2023 she told him. He replied that it
// was bad timing for the Q2 restructure"). ok is false when there is none.
func (t *Tagger) periodAnchor(i, j int) (timeline.Date, bool) {
	if t.narrative && t.last.Prec >= timeline.Year {
		return t.last, true
	}
	if !t.hasRef || t.last.Prec < timeline.Month || t.last.Year <= 0 || t.last.Year >= t.ref.Year() || t.lastEnd > i || i-t.lastEnd > 40 ||
		t.sentencesBetween(t.lastEnd, i) > 1 || t.lastAside || t.tense(i, j) >= 0 {
		return timeline.Date{}, false
	}
	return t.last, true
}

// plannedVerb reports whether token k is a verb of the present tense
// that tells what is planned ("A public beta opens in Q3", "Shipping
// starts in H2"): unlike the present of a state ("Revenue in Q3 is up"),
// it looks ahead to a period that has not begun.
func (t *Tagger) plannedVerb(k int) bool {
	return lowerIn(t, k, presentCues) && !t.isAny(k, "is", "are", "am", "remain", "remains", "continue", "continues", "reports", "releases", "publishes", "unveils", "hits")
}

// shipsVerb reports whether token k is "ships" used as the verb of a
// product's release, "The new dashboard ships in H2", not the noun after
// an article, a possessive or a count ("two ships in Q3", "the ships").
func (t *Tagger) shipsVerb(k int) bool {
	if !t.is(k, "ships") || t.tok(k).cap {
		return false
	}
	p := t.tok(k - 1)
	return p != nil && p.kind == tWord && t.w(k-1) == nil && !t.isAny(k-1, "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "of", "many", "some", "all", "few", "these", "those", "more", "new")
}

// weekdayNouns follow a weekday that qualifies them: "Sunday service".
var weekdayNouns = map[string]bool{"service": true, "services": true,
	"market": true, "markets": true, "mass": true, "prayers": true,
	"lunch": true, "roast": true, "shift": true, "shifts": true, "trading": true, "session": true, "sessions": true,
	"class": true, "classes": true, "club": true, "clubs": true, "opening": true, "openings": true, "timetable": true,
	"schedule": true, "brunch": true, "rota": true,
	"trains": true, "buses": true, "flights": true, "ferries": true, "trams": true, "hours": true,
	"collections": true, "deliveries": true}

// weekdayThings make with a weekday before them the name of a thing, no
// time: "Sunday school", "the Sunday papers", "his Sunday best".
var weekdayThings = map[string]bool{"school": true, "schools": true, "league": true, "leagues": true,
	"paper": true, "papers": true, "edition": true, "editions": true, "supplement": true, "best": true,
	"driver": true, "drivers": true, "painter": true, "painters": true}

// sportsContext reports whether the sentence around token i tells of a
// game ("scored in the second half", "led after the first quarter"), whose
// halves and quarters are the game's, not the year's.
func (t *Tagger) sportsContext(i int) bool {
	return t.sportsSentence(i) || t.matchReport(i)
}

// matchReport reports whether the sentences around token i report a game
// although the sentence of i names none ("Arsenal beat Chelsea 2-1.
// Arsenal were much better in the second half"): within a few sentences
// a word only games have ("half-time", "equaliser", "touchdown"), two of
// the sportsWords that games share with other talk ("scored" and
// "goal"; one alone, "our goal", "scored well", says nothing), or a score
// after a word of a result ("won 2-1", "beat Leeds 3-0").
func (t *Tagger) matchReport(i int) bool {
	lo, hi := max(0, i-80), min(len(t.toks), i+40)
	t.scanGames(lo, hi)
	var first string
	for _, m := range t.games.marks {
		if m.k < lo || m.k >= hi {
			continue
		}
		switch {
		case m.word == "" || m.only:
			return true // a score, a word only games have
		case first == "":
			first = m.word
		case !strings.EqualFold(m.word, first):
			return true
		}
	}
	return false
}

// gameScan holds the marks of games matchReport found in the tokens
// [lo, hi): the halves and quarters of a report come close together
// ("the fourth quarter", "the first quarter" in a company's results),
// and each asks about much the same tokens.
type gameScan struct {
	lo, hi int
	marks  []gameMark
}

// gameMark is a sports word at token k, as written (only: one of the
// gameOnlyWords), or a score after a word of a result (word "").
type gameMark struct {
	k    int
	word string
	only bool
}

// scanGames makes t.games hold the marks of the tokens [lo, hi), reading
// only the tokens it has not read yet (the range read grows while the
// asks overlap it, and starts again where they do not).
func (t *Tagger) scanGames(lo, hi int) {
	g := &t.games
	if g.hi <= g.lo || hi < g.lo || lo > g.hi {
		g.marks = g.marks[:0]
		t.readGames(lo, hi)
		g.lo, g.hi = lo, hi
		return
	}
	if lo < g.lo {
		t.readGames(lo, g.lo)
		g.lo = lo
	}
	if hi > g.hi {
		t.readGames(g.hi, hi)
		g.hi = hi
	}
}

// readGames adds the marks of games in tokens [lo, hi) to t.games.
func (t *Tagger) readGames(lo, hi int) {
	for k := lo; k < hi; k++ {
		tk := &t.toks[k]
		if tk.kind == tNum && tk.nd <= 3 && tk.n < 200 && t.dash(k+1) && t.glued(k+1) && t.glued(k+2) {
			if nx := t.tok(k + 2); nx != nil && nx.kind == tNum && nx.nd <= 3 && nx.n < 200 && !t.punct(k+3, '%') && !t.isAny(k+3, "percent", "vote", "votes", "ratio", "decision", "ruling") &&
				(lowerIn(t, k-1, scoreWords) || lowerIn(t, k-2, scoreWords) && t.tok(k-1).kind == tWord && t.tok(k-1).cap) {
				t.games.marks = append(t.games.marks, gameMark{k: k})
			}
			continue
		}
		if tk.kind == tWord && t.sportsWord(tk) {
			t.games.marks = append(t.games.marks, gameMark{k: k, word: t.text[tk.start:tk.end], only: lowerIn(t, k, gameOnlyWords)})
		}
	}
}

// gameOnlyWords are the sportsWords that tell of nothing but a game.
var gameOnlyWords = map[string]bool{
	"halftime": true, "half-time": true, "kickoff": true, "kick-off": true, "equaliser": true, "equalizer": true,
	"equalised": true, "equalized": true, "goalkeeper": true, "touchdown": true, "touchdowns": true, "quarterback": true,
	"midfielder": true, "wicket": true, "wickets": true, "batsman": true, "batsmen": true, "touchline": true,
}

// sportsSentence reports whether the sentence of token i names a game.
func (t *Tagger) sportsSentence(i int) bool {
	return t.sentenceHas(i, 25, func(k int) bool {
		tk := &t.toks[k]
		if tk.kind == tWord {
			if t.sportsWord(tk) {
				return true
			}
			// "poor for 45 minutes": a half of a game
			if t.is(k, "minutes") {
				if n, _, ok := t.num(k - 1); ok && (n == 45 || n == 90) {
					return true
				}
			}
			return false
		}
		// a score: "led 14-0", "won 2-1"
		if tk.kind == tNum && tk.nd <= 3 && t.dash(k+1) && t.glued(k+1) && t.glued(k+2) {
			nx := t.tok(k + 2)
			return nx != nil && nx.kind == tNum && nx.nd <= 3 && tk.n < 200 && nx.n < 200 &&
				!t.punct(k+3, '%') && !t.isAny(k+3, "percent", "per", "million", "billion", "vote", "votes", "ratio")
		}
		return false
	})
}

// moonContext reports whether the Moon is named within 80 tokens of i,
// across sentences and table rows: a quarter written there without an
// article ("First quarter falls on 12 August", "| First Quarter | 10
// October |") is the Moon's phase.
func (t *Tagger) moonContext(i int) bool {
	if !t.lx.moon {
		return false // no "moon" in the whole text (the scanner noted it)
	}
	for k := max(0, i-80); k < len(t.toks) && k < i+80; k++ {
		if t.toks[k].kind == tWord && t.toks[k].end-t.toks[k].start == 4 && t.lowerWord(k) == "moon" {
			return true
		}
	}
	return false
}

var sportsWords = map[string]bool{
	"scored": true, "goal": true, "goals": true, "touchdown": true, "touchdowns": true,
	"halftime": true, "half-time": true, "match": true, "game": true, "innings": true, "inning": true,
	"quarterback": true, "striker": true, "penalty": true, "basket": true, "baskets": true,
	"rebounds": true, "wicket": true, "wickets": true, "equaliser": true, "equalizer": true,
	"whistle": true, "referee": true, "trailed": true, "overtime": true, "midfielder": true,
	"goalkeeper": true, "opponents": true, "kickoff": true, "kick-off": true, "playoff": true, "playoffs": true,
	"played": true, "fans": true, "coach": true, "pitch": true, "squad": true, "stoppage": true,
	// (each of the same first letter and length as a word above, which
	// leaves sportsLens, and the words sportsShape lets through, as they were)
	"equalised": true, "equalized": true, "winger": true, "touchline": true, "batsman": true, "batsmen": true, "bowler": true,
}

// sportsIDs marks the ids of the sportsWords in the vocabulary (see
// words.go's init): a word of the vocabulary is one of them when its id
// says so, with no look at its letters nor at the map. (lowerWord of such
// a token is its vocab key, so this is lowerIn(t, k, sportsWords).)
var sportsIDs [vocabSize]bool

// sportsWord reports whether the word token tk is one of the sportsWords,
// as lowerIn(t, k, sportsWords) would: by its id when it is a word of the
// vocabulary (most words of a text are), else by its shape (sportsShape)
// and then the map.
func (t *Tagger) sportsWord(tk *token) bool {
	if tk.id != 0 {
		return sportsIDs[tk.id]
	}
	s := t.text[tk.start:tk.end]
	if !sportsShape(s) {
		return false
	}
	if len(s) > 32 {
		return false // (no sportsWord is that long)
	}
	var buf [32]byte
	n := copy(buf[:], s)
	for k := range n {
		if c := buf[k]; c >= 'A' && c <= 'Z' {
			buf[k] = c + 'a' - 'A'
		}
	}
	return sportsWords[string(buf[:n])]
}

// sportsLens holds, for each first letter, the lengths of the sportsWords
// that begin with it (bit n for n letters). A word of the sentence whose
// first letter and length are of no such word is none of them: sportsShape
// says so without lower-casing it (lowerWord makes a copy of a capitalized
// word out of the vocabulary) nor hashing it for the map, at every word of
// the 50 sportsContext reads.
var sportsLens [26]uint32

func init() {
	for k := range sportsWords {
		sportsLens[k[0]-'a'] |= 1 << len(k) // (all lower-case ASCII, shorter than 32)
	}
}

// sportsShape reports whether word s, as written, may be one of the
// sportsWords: lowerWord changes only its ASCII capitals, so its first
// letter and its length are theirs.
func sportsShape(s string) bool {
	c := s[0] | 0x20
	return c >= 'a' && c <= 'z' && len(s) < 32 && sportsLens[c-'a']>>len(s)&1 != 0
}

// ---- months ----

var monthContext = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "by": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true,
	"from": true, "to": true, "through": true, "during": true, "before": true,
	"after": true, "between": true, "and": true, "or": true, "each": true, "every": true,
	"that": true, "end": true, "beginning": true, "middle": true, "for": true, "on": true,
	"throughout": true, "around": true, "about": true, "past": true, "coming": true,
}

func (t *Tagger) monthExpr(i int, afterMod bool) (res, bool) {
	tk := t.tok(i)
	w := tk.w()
	m := w.month
	j := i + 1
	dot := false
	if w.abbr && t.punct(j, '.') && t.glued(j) {
		j++
		dot = true
	}
	if !tk.cap && !tk.upper && !afterMod {
		return res{}, false
	}
	if r, ok := t.ides(i, j, m); ok {
		return r, true
	}
	// "the July Fourth recess", "by July Fourth", "on March eighth",
	// "June twenty-first, 1990": a day written as an ordinal word
	oj := j
	if t.is(j, "the") && !dot {
		oj = j + 1 // "March the twenty-fifth, 1990"
	}
	if d, k, ok := t.ordinalWordDay(i, oj, m); ok && !dot && tk.cap {
		if y, k2, ok := t.commaYear(k); ok && validDay(y, m, d) {
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}, true
		}
		dd, val := t.dayNoYear(m, d, i, k)
		return res{start: i, end: k, typ: Date, d: dd, val: val, noYear: true}, true
	}
	// "the April-June quarter": the months of a quarter, first to last
	if m%3 == 1 && !dot && t.dash(j) && t.glued(j) && t.glued(j+1) && t.is(j+2, "quarter") {
		if w2 := t.w(j + 1); w2 != nil && w2.month == m+2 {
			m, j = m+2, j+2
		}
	}
	// "the December 2025 quarter": the quarter that ends in that month
	if m%3 == 0 && !dot && t.isAny(i-1, "the", "its", "their", "our", "a") {
		if y, k, ok := t.yearAt(j); ok && t.is(k, "quarter") {
			r := res{start: i - 1, end: k + 1, typ: Date, d: timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: m / 3}}
			if !t.is(i-1, "the") {
				r.start = i
			}
			return r, true
		}
	}
	// "not seen a dry June since 1998", "a wet May": a month of its
	// kind, no month of a year; "a cold January in 2010" is that year's
	// (not "under a June agreement": that June's)
	if !dot && !afterMod && t.isAny(i-2, "a", "an") && t.tok(i-1).kind == tWord && !t.tok(i-1).cap && t.tok(i-1).w() == nil {
		if _, _, ok := t.yearAt(j); !ok && !t.numOrWordNum(j) {
			if t.isAny(j, "in", "of") {
				if y, k, ok := t.yearAt(j + 1); ok {
					return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: m}}, true
				}
			}
			// but "Sales were hurt by a difficult February", in news:
			// a month told as done, not one of a kind
			if !t.hasRef || t.narrative || t.tense(i, j) >= 0 || !t.closePastOrNear(i) || t.sentenceHas(i, 12, func(k int) bool {
				return t.isAny(k, "not", "never", "since", "no", "than", "rare", "rarely", "every", "each", "usually", "typically", "often")
			}) {
				return res{}, false
			}
		}
	}
	// "Dec qtr 1851", "Mar quarter 1849": a quarter of the civil
	// registers' indexes, named by the month it ends with, its year
	// right after it
	if m%3 == 0 && t.isAny(j, "qtr", "quarter") && !t.glued(j) && !t.glued(j+1) && !t.isAny(i-1, "this", "last", "next") {
		if y, k, ok := t.yearAt(j + 1); ok && t.tok(j+1).nd == 4 {
			r := res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: m / 3}}
			if t.is(i-1, "the") {
				r.start = i - 1
			}
			return r, true
		}
	}
	// "the December quarter", "the June quarter of 2012", "the Sept
	// quarter 1857": the quarter that ends in the month, as Australian
	// and other reports and the registers' indexes name them
	if m%3 == 0 && t.is(j, "quarter") && !dot && t.isAny(i-1, "the", "this", "last", "next", "its", "their", "our", "a") {
		q := m / 3
		r := res{start: i, end: j + 1, typ: Date}
		if t.is(i-1, "the") {
			r.start = i - 1 // "the December quarter"
		}
		if y, k, ok := t.yearAt(j + 2); ok && t.is(j+1, "of") {
			r.end, r.d = k, timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: q}
			return r, true
		}
		if y, k, ok := t.yearAt(j + 1); ok && t.tok(j+1).nd == 4 {
			// "the Sept quarter 1857", as the registers' indexes write it
			r.end, r.d = k, timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: q}
			return r, true
		}
		y, ok := t.periodYear(uQuarter, q, i, j+1)
		if !ok {
			r.val = "XXXX-Q" + strconv.Itoa(q)
			return r, true
		}
		switch {
		case t.is(i-1, "last"):
			y--
		case t.is(i-1, "next"):
			y++
		}
		r.noYear, r.d = true, timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: q}
		return r, true
	}
	// "November the 5th, 1743", "June the 3rd": the day after its month
	// with "the", as letters and speech put it (not "In June the 3rd
	// battalion sailed": an ordinal of a noun)
	if nt := t.tok(j + 1); !dot && t.is(j, "the") && nt != nil && nt.kind == tNum && nt.sfx == sfxOrd && nt.nd <= 2 && nt.n >= 1 && nt.n <= 31 && !t.adjNounAfter(j+1) {
		k := j + 2
		if y, e, ok := t.yearAt(k + b2i(t.punct(k, ','))); ok && validDay(y, m, int(nt.n)) {
			return res{start: i, end: e, typ: Date, d: dayValue(y, m, int(nt.n))}, true
		}
		if validDay(2000, m, int(nt.n)) {
			d, val := t.dayNoYear(m, int(nt.n), i, k)
			return res{start: i, end: k, typ: Date, d: d, val: val, noYear: true}, true
		}
	}
	// Month Day[, Year]
	if sign, _ := t.era(j + 1); sign != 0 {
		// "January 27 BC" is a month of the year 27 BC
	} else if d, dnd, ok := t.num(j); ok && dnd <= 2 && d >= 1 && d <= 31 && (!t.badAfter(j) || t.dayRangeAfter(j)) &&
		(t.tok(j).sfx == sfxNone || t.tok(j).sfx == sfxOrd) && !(t.glued(j) && !dot) {
		k := j + 1
		if t.punct(k, ',') {
			if _, _, ok := t.yearAt(k + 1); ok {
				k++
			}
		} else if t.punct(k, '.') && t.glued(k) && !t.glued(k+1) && t.tok(k+1) != nil && t.tok(k+1).nd == 4 {
			// "Monticello Dec. 3. 1801.": a letter's date with a stop
			// for the comma, the year closing its line or sentence
			if _, k2, ok := t.yearAt(k + 1); ok && (t.tok(k2) == nil || t.tok(k2).kind == tPunct && t.tok(k2).r != '-' || t.newLine(k2)) {
				k++
			}
		}
		if y, k2, ok := t.dualYear(k, m); ok && validDay(y, m, d) {
			// "January 14, 1714/15": the year by the new reckoning
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}, true
		}
		if y, k2, ok := t.yearAt(k); ok && validDay(y, m, d) {
			r := res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}
			return t.clockAfterDate(r), true
		}
		if sy, ok := t.shortDecade(k); ok && sy.d.Prec == timeline.Year && validDay(sy.d.Year, m, d) {
			// "on June 4 '37": the year in two digits after an apostrophe
			return t.clockAfterDate(res{start: i, end: sy.end, typ: Date, d: dayValue(sy.d.Year, m, d)}), true
		}
		if t.is(j+1, "of") {
			if y, k2, ok := t.yearPhrase(j + 2); ok && validDay(y, m, d) {
				return res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}, true
			}
			if y, k2, ok := t.relYear(j + 2); ok && validDay(y, m, d) {
				// "Sept. 2 of this year", "March 3 of last year"
				return res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}, true
			}
		}
		if y, k2, ok := t.relYear(j + 1); ok && validDay(y, m, d) {
			// "January 1 next year"
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}, true
		}
		if t.isAny(j+1, "the", "that") {
			// "on 4 July the following year", "on 9 May that year"
			if y, k2, ok := t.yearPhrase(j + 1); ok && validDay(y, m, d) {
				return res{start: i, end: k2, typ: Date, d: dayValue(y, m, d)}, true
			}
		}
		if k2, ok := t.unknownRelYear(j + 1); ok && validDay(2000, m, d) {
			return res{start: i, end: k2, typ: Date, val: "XXXX-" + two(m) + "-" + two(d)}, true
		}
		// (a count after the number is no day, "In March 3 officers
		// were hurt", but after "on" the number can only be the day: "On
		// March 3 officers arrested two men"; see dayOnlyBefore)
		// (nor is "half of", "half the", "quarter of" after it a unit
		// counted: "By February 16 half of the pipelines had been
		// repaired" is the day, as "By February 16 most of them" is)
		if validDay(2000, m, d) && (!t.isUnitAfter(j+1) || t.w(j+1) == nil && t.dayOnlyBefore(i) || t.isAny(j+1, "half", "quarter") && d > 1 && (t.is(j+2, "of") || t.is(j+1, "half") && t.isAny(j+2, "the", "its", "their", "his", "her", "our", "all"))) {
			r := res{start: i, end: j + 1, typ: Date, noYear: true}
			r.d, r.val = t.dayNoYear(m, d, i, j+1)
			return t.clockAfterDate(r), true
		}
	}
	// Month [of|,] Year
	k := j
	if t.is(k, "of") || t.punct(k, ',') {
		k++
	}
	if y, k2, ok := t.dualYear(k, m); ok {
		// "February 1688/89": the year by the new reckoning
		return res{start: i, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: m}}, true
	}
	if y, k2, ok := t.yearAt(k); ok {
		return res{start: i, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: m}}, true
	}
	if y, k2, ok := t.spelledYear(k); ok {
		return res{start: i, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: m}}, true
	}
	if sy, ok := t.shortDecade(k); ok && sy.d.Prec == timeline.Year {
		// "June '68", "May of '68"
		return res{start: i, end: sy.end, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: sy.d.Year, Month: m}}, true
	}
	// "August of that year", "June of the following year"
	if t.is(j, "of") {
		if y, k2, ok := t.yearPhrase(j + 1); ok {
			return res{start: i, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: m}}, true
		}
	}
	// "July last year", "January this year" (but not "May this year be"),
	// "February of last year"
	jj := j
	if t.is(jj, "of") && t.isAny(jj+1, "last", "this", "next") {
		jj++
	}
	yw := jj + 1
	if t.is(yw, "calendar") && t.is(yw+1, "year") {
		yw++ // "December of this calendar year"
	}
	if t.isAny(jj, "last", "this", "next") && t.is(yw, "year") &&
		!((w.key == "may" || w.key == "march") && !lowerIn(t, i-1, monthContext)) {
		if !t.hasRef {
			// the writer's year, which the document does not give (not
			// the story's: "fiscal 2025 — so by December of this
			// calendar year")
			if jj > j || yw > jj+1 {
				return res{start: i, end: yw + 1, typ: Date, val: "XXXX-" + two(m)}, true
			}
		} else {
			return res{start: i, end: yw + 1, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: t.yearRel(jj), Month: m}}, true
		}
	}
	// "Oct–Dec 2020": an abbreviation that opens a range of months
	rangeOfMonths := t.dash(j) && t.w(j+1) != nil && t.w(j+1).month > 0 && (t.tok(i).cap || t.tok(i).upper)
	if w.abbr && !dot && !rangeOfMonths {
		return res{}, false
	}
	if t.lowerWord(j) == "bank" && t.lowerWord(j+1) == "holiday" && (t.punct(j+2, ':') || t.punct(j+2, '(') || t.punct(j+2, ',') || t.dash(j+2)) {
		return res{}, false // "Early May bank holiday: 4 May 2026": a holiday's name, its date after it
	}
	if w.key == "may" && !t.tok(i).cap && !t.tok(i).upper {
		switch t.lowerWord(j) {
		case "be", "have", "not", "also", "still", "well", "need", "apply", "incur", "lose", "face", "receive", "get":
			return res{}, false // "Students who pay late may be charged": the verb, no month
		}
	}
	// a bare month: "May" and "March" need a preposition or modifier
	if w.key == "may" || w.key == "march" || w.abbr {
		// "March has been the coldest since 1962", "May was wet": the
		// month as the subject of its sentence
		// (a person called May is the subject of many: "May has said",
		// so for May only a month's weather or rank: "May was the
		// wettest", "May was warm")
		subject := !w.abbr && t.tok(i).cap && t.sentenceStart(i) &&
			(t.isAny(j, "was", "has", "had", "saw", "brought", "ended", "began", "proved") || t.is(j, "is") && t.isAny(j+1, "the", "a", "usually", "often", "typically", "traditionally"))
		if subject && w.key == "may" {
			k := j + 1
			if t.is(k, "been") {
				k++
			}
			lw := t.lowerWord(k + 1)
			subject = t.isAny(j, "was", "has", "had", "is") && (lowerIn(t, k, monthWeather) || t.is(k, "the") && len(lw) > 4 && lw[len(lw)-3:] == "est")
		}
		// "March – The first LED lanterns ...", "May: ...": a timeline
		// entry's label at the start of its line
		label := !w.abbr && t.tok(i).cap && (t.lineStart(i) || t.tok(i-1) != nil && t.tok(i-1).kind == tNum && t.tok(i-1).nd == 4 && t.lineStart(i-1)) &&
			(t.dash(j) || t.punct(j, ':')) && t.tok(j+1) != nil && t.tok(j+1).cap && !(t.dash(j) && t.isMonthAt(j+1)) // (or after its year: "1936 May – General strike"; not "April–September 2022:")
		// "The March accession", "a May operation": the month before
		// the noun it dates (not "the May government": a name)
		attributive := !w.abbr && t.tok(i).cap && t.isAny(i-1, "the", "a", "an", "its", "their", "this", "last", "next") &&
			(t.tok(j) != nil && t.tok(j).kind == tWord && !t.tok(j).cap && t.w(j) == nil && len(t.lowerWord(j)) > 3 &&
				!lowerIn(t, j, monthNameNouns) && !t.isAny(j, "with", "from", "into", "onto", "upon", "when", "that", "which", "will", "would", "could", "should", "said", "says") ||
				t.datedDocumentName(j))
		// "lasted into March", "the warmest March in 50 years", "open
		// March through May": a month's context too
		other := !w.abbr && t.tok(i).cap && !t.sentenceStart(i) && (t.isAny(i-1, "into", "than") ||
			t.is(i-2, "the") && strings.HasSuffix(t.lowerWord(i-1), "est") && len(t.lowerWord(i-1)) > 4 ||
			t.isAny(j, "through", "to", "until", "and") && t.isMonthAt(j+1) && t.tok(j+1).cap)
		if !afterMod && !lowerIn(t, i-1, monthContext) && !t.dash(i-1) && !rangeOfMonths && !subject && !label && !attributive && !other {
			return res{}, false
		}
	}
	if t.isAny(i-1, "and", "or") && t.isAny(i-3, "every", "each") && t.w(i-2) != nil && t.w(i-2).month > 0 && !t.isMonthAt(j) {
		// "every April and October": each October too
		return res{start: i, end: j, typ: Set, val: "XXXX-" + two(m), quant: qEvery}, true
	}
	if w.key == "may" && t.is(i-1, "and") && !(t.w(i-2) != nil && t.w(i-2).month > 0) {
		return res{}, false // "and may", not "April and May"
	}
	if t.is(i-1, "ides") || t.is(i-1, "of") && t.is(i-2, "ides") {
		return res{}, false // the Ides of March, a name
	}
	if nx := t.tok(j); nx != nil && nx.kind == tWord && nx.cap && nx.w() == nil && !t.newLine(j) && !(afterMod && t.is(i-1, "of")) &&
		!(t.isAny(i-1, "in", "by", "until", "since", "during", "before", "after", "through") && (!t.isAny(i, "may", "august", "june", "april") || t.verbAfterName(j+1))) &&
		!(t.isAny(i-1, "the", "its", "their", "this", "last", "next") && t.datedDocumentName(j)) { // (but "the May Monetary Policy Report": the month its issue came out)
		return res{}, false // "August Wilson", but "In October American tanks", "In May Obama traveled"
	}
	r := res{start: i, end: j, typ: Date, noYear: true}
	if !dot && w.abbr {
		r.end = i + 1
	}
	y, ok := t.monthYearFor(m, i, r.end)
	if !ok {
		r.val = "XXXX-" + two(m)
		return r, true
	}
	r.d = timeline.Date{Prec: timeline.Month, Year: y, Month: m}
	return r, true
}

// kinNouns stand before a person's name that may be a month's or a
// season's ("his daughter June", "her son August", "her friend Summer").
var kinNouns = map[string]bool{
	"daughter": true, "son": true, "sister": true, "brother": true, "wife": true, "husband": true, "cousin": true,
	"aunt": true, "uncle": true, "niece": true, "nephew": true, "granddaughter": true, "grandson": true,
	"grandmother": true, "grandfather": true, "stepdaughter": true, "stepson": true, "friend": true,
	"girlfriend": true, "boyfriend": true, "fiancée": true, "fiancee": true, "fiancé": true, "fiance": true,
	"widow": true, "partner": true, "twin": true, "daughters": true, "sons": true, "sisters": true, "brothers": true,
}

// monthWeather are what a month is said to have been: "May was wet".
var monthWeather = map[string]bool{"wet": true, "dry": true, "warm": true, "cold": true, "hot": true, "mild": true,
	"sunny": true, "cool": true, "windy": true, "stormy": true, "wetter": true, "drier": true, "warmer": true,
	"colder": true, "hotter": true, "milder": true, "sunnier": true, "cooler": true, "busy": true, "quiet": true}

// dayRangeStart reads the first day of "3-9 May 2016".
func (t *Tagger) dayRangeStart(i int) (res, bool) {
	n, nd, ok := t.num(i)
	if !ok || nd > 2 || t.tok(i).sfx != sfxNone || t.badBefore(i) {
		// (nor the digits of a code: "[F3 Until 31 December 2026, ...]",
		// an amendment's marker, is no day 3)
		return res{}, false
	}
	glued := t.dash(i+1) && t.glued(i+1) && t.glued(i+2)
	// "3 – 5 May 2025": the dash set apart by spaces, as a word
	// processor writes it (the end's year written)
	spaced := !glued && t.dash(i+1) && !t.glued(i+1) && !t.glued(i+2) && !t.newLine(i+1) && !t.newLine(i+2)
	if !glued && !spaced && !t.isAny(i+1, "to", "through", "until", "till") && !(t.is(i+1, "and") && t.is(i-1, "between")) {
		return res{}, false
	}
	t.inRange = true
	r2, ok := t.numeric(i + 2)
	t.inRange = false
	if m, d := unknownMonth(r2); ok && m > 0 && d > n && r2.start == i+2 && !spaced {
		// "4-5 June" with no year to be had
		return res{start: i, end: i + 1, typ: Date, val: "XXXX-" + two(m) + "-" + two(n), noYear: true}, true
	}
	if !ok || r2.d.Prec != timeline.Day || r2.start != i+2 || n >= r2.d.Day {
		return res{}, false
	}
	d := r2.d
	d.Day = n
	return res{start: i, end: i + 1, typ: Date, d: d}, true
}

// dayOnlyBefore reports whether the words before token i, a month, can
// only be followed by a day, so that a number after the month is its day
// and not a count of the noun after it: "on" ("On February 20 residents
// marked the anniversary"), "on or before", a part of the day's "of"
// ("On the evening of February 20 residents gathered") and a weekday
// ("On Friday, February 20 residents gathered"). "In", "by", "since",
// "until" take a month alone ("In May 20 people died", "By May 20 people
// had left"): not these.
func (t *Tagger) dayOnlyBefore(i int) bool {
	switch {
	case t.is(i-1, "on"):
		return true
	case t.isAny(i-1, "before", "after"):
		return t.is(i-2, "or") && t.is(i-3, "on")
	case t.is(i-1, "of"):
		p := t.w(i - 2)
		return p != nil && p.part != timeline.NoPart && !p.plural && t.is(i-3, "the")
	}
	k := i - 1 - b2i(t.punct(i-1, ','))
	w := t.w(k)
	return w != nil && w.wday > 0 && !w.plural
}

func (t *Tagger) isUnitAfter(i int) bool {
	tk := t.tok(i)
	if tk == nil || tk.kind != tWord {
		return false // (a number or a mark: no unit, and no count noun)
	}
	if w := tk.w(); w != nil && w.unit != uNone {
		return true
	}
	if tk.id != 0 {
		// (a word of the vocabulary, as most after a number are: its
		// mark, with no map lookup; the number rules ask at the token
		// after every number)
		return countNounIDs[tk.id]
	}
	return lowerIn(t, i, countNouns)
}

// countNounIDs marks the ids of the countNouns in the vocabulary (see
// isUnitAfter): lowerIn(t, k, countNouns) of a word of the vocabulary.
var countNounIDs [vocabSize]bool

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// titleSplitYear returns the two years a season or an academic or fiscal
// year runs over when the text's first line, a short title, names them
// ("Term Dates 2025/26", "Fixtures 2024-25"); ok is false otherwise. A
// title that names a budget ("Budget 2025/26", "Spring Budget 2025-26")
// names no season its months are of: a budget is laid before the year it
// is for, and tells of the months nearest ("The Finance Bill will be
// introduced in May", said in March 2025, is of May 2025), as a
// sentence's "2020-21 state budget" does (see budgetAfter).
func (t *Tagger) titleSplitYear() (y1, y2 int, ok bool) {
	nl := strings.IndexByte(t.text, '\n')
	if nl < 0 || nl > 80 {
		return 0, 0, false
	}
	for k := 0; k < len(t.toks) && int(t.toks[k].start) < nl; k++ {
		if t.isAny(k, "budget", "budgets") {
			return 0, 0, false
		}
	}
	for k := 0; k < len(t.toks) && int(t.toks[k].start) < nl; k++ {
		tk := t.tok(k)
		if tk.kind != tNum || tk.nd != 4 || !t.glued(k+1) || !(t.dash(k+1) || t.punct(k+1, '/')) || !t.glued(k+2) {
			continue
		}
		y, _, _ := t.num(k)
		if n, nd, okn := t.num(k + 2); okn && (nd == 2 && n == (y+1)%100 || nd == 4 && n == y+1) {
			return y, y + 1, true
		}
	}
	return 0, 0, false
}

// withinSplitYear reports whether the split year at token at ("2023-24",
// second year y2) is the time a past sentence tells of, so that a month
// named after it without a year (m) is one of the season's: "Over the
// 2023-24 winter the river rose on 2 January", "In the 2019-20 season the
// club sacked its coach on 3 March". It is so after a preposition of
// time within ("in", "during", "over", "throughout", "across"), and only
// when that month is not after the writer's, which a past could not tell
// of. "The precept for 2025/26 had been confirmed on 20 February" is set
// for the season, before it: of the writer's year.
func (t *Tagger) withinSplitYear(at, y2, m int) bool {
	p := at - 1
	if t.is(p, "the") {
		p--
	}
	if !t.isAny(p, "in", "during", "over", "throughout", "across") {
		return false
	}
	y := y2
	if m >= 8 {
		y = y2 - 1
	}
	return y*12+m <= t.ref.Year()*12+int(t.ref.Month())
}

// splitYearBefore finds, in the sentence before token i and a few words
// back, a season or a fiscal year written as two years ("2025-26",
// "2024/25", "2024–2025") and returns them.
func (t *Tagger) splitYearBefore(i int) (y1, y2, at int, ok bool) {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		tk := t.tok(k)
		if tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?' || tk.r == ';') || t.newLine(k+1) && k+1 <= i-1 {
			return 0, 0, 0, false
		}
		if tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone || !t.glued(k+1) || !(t.dash(k+1) || t.punct(k+1, '/')) || !t.glued(k+2) {
			continue
		}
		y, _, _ := t.num(k)
		n, nd, okn := t.num(k + 2)
		if !okn || t.tok(k+2).sfx != sfxNone {
			continue
		}
		if nd == 2 && n == (y+1)%100 || nd == 4 && n == y+1 {
			return y, y + 1, k, true
		}
	}
	return 0, 0, 0, false
}

// budgetAfter reports whether a budget is named from token k, after a
// split year, at most two words between: "2020-21 state budget",
// "2024-25 Union Budget".
func (t *Tagger) budgetAfter(k int) bool {
	for n := 0; n < 3; n++ {
		if t.isAny(k+n, "budget", "budgets") {
			return true
		}
		if tk := t.tok(k + n); tk == nil || tk.kind != tWord {
			return false
		}
	}
	return false
}

// attrMonthRange reports whether the month at i opens or closes a range
// of months written as one word before a plural noun ("January-March
// entries"): months that say which things, as an adjective.
func (t *Tagger) attrMonthRange(i int) bool {
	if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) && t.isMonthAt(i+2) {
		return t.pluralNounAfter(i + 3)
	}
	return t.dash(i-1) && t.glued(i) && t.glued(i-1) && t.isMonthAt(i-2) && t.pluralNounAfter(i+1)
}

// monthYearFor picks the year of a month named without one.
func (t *Tagger) monthYearFor(m, i, j int) (int, bool) {
	if t.is(j, "in") {
		// "on July 4 in 1976", "at Easter in 2015", "the Friday before
		// Easter in 2015": the year written right after the day, in its
		// own words, is the day's (not "in 2008 dollars": a count)
		if y, k, ok := t.yearAt(j + 1); ok && y > 0 && !t.dash(k) && !t.punct(k, '/') && !t.isAny(k, "and", "or", "to", "through", "until", "till") && !lowerIn(t, k, countNouns) && !t.pluralNounAfter(k) && !t.isUnitAfter(k) {
			t.tense(i, j) // the callers read closePast and closeFuture
			return y, true
		}
	}
	if t.hasRef && !t.narrative && t.is(i-1, "in") && t.tok(i-2) != nil && t.tok(i-2).kind == tNum && t.isAny(i-3, "been", "turned") && t.is(i-4, "have") && t.isAny(i-5, "would", "d") {
		// "She would have been 90 in June", in a notice of May: the
		// birthday the death came before, the nearest such month
		y, rm := t.ref.Year(), int(t.ref.Month())
		switch {
		case m-rm > 6:
			y--
		case rm-m > 6:
			y++
		}
		return y, true
	}
	if !t.hasRef && t.lastBound && t.lastEnd <= i && t.sameSentence(t.lastEnd, i) && t.attrMonthRange(i) {
		// "the year began on 25 March until 1752, so January-March
		// entries carry a double year": months naming a kind of thing,
		// of every year up to the bound, not of the bound's year
		return 0, false
	}
	if t.isAny(i-1, "in", "during", "by", "until", "into", "through") && t.habitual(i) &&
		!(t.isAny(i-1, "until", "till") && (t.tok(i).kind == tNum || t.tok(i+1) != nil && t.tok(i+1).kind == tNum) && t.weeklySetBefore(i)) { // (but "Every Sunday until 29 June": the day the weekly round ends, one day)
		// "Flu season typically peaks in February and can last into
		// May": a habit, of no one year
		return 0, false
	}
	if t.lastUnknown && t.unknownEnd == i-1 && t.unknownPrec == timeline.Month && t.isAny(i-1, "and", "or") {
		// "every six months, in April and October": the month joined to
		// one of no known year is of none either
		return 0, false
	}
	if t.setEnd >= 0 && t.setEnd <= i && i-t.setEnd <= 12 && t.sameSentence(t.setEnd, i) && t.openingWordBefore(i) && !t.habitStartsAt(i, j) {
		// "Closed on Mondays, on 24–26 December and on 1 January": the
		// days it is closed every year, as it is every Monday
		return 0, false
	}
	if t.narrative && t.setEnd >= 0 && t.setEnd <= i && i-t.setEnd <= 8 && t.sameSentence(t.setEnd, i) && t.isAny(t.beforeMods(i)-1, "from", "between", "to", "until", "till", "through") &&
		!t.verbBetween(t.setEnd, i) && t.tok(i).kind == tWord && // (a day, "from 3 June", may be of one season)
		t.tense(i, j) >= 0 { // (not "Tonnage sunk rose above 500,000 tons per month from February to July")
		// "Guided walks run on Sunday afternoons from Easter to
		// September" in a history: the months of a habit, of every
		// year, not of the story's
		return 0, false
	}
	if l := t.last; t.lastEnd == i-1 && t.punct(i-1, '(') && l.Year > 0 && !l.IsVague() &&
		(l.Prec == timeline.Year || l.Prec == timeline.Quarter && (m-1)/3+1 == l.Quarter || l.Prec == timeline.Half && (m-1)/6+1 == l.Half) {
		// "a trading update for the third quarter of 2024 (July–September)":
		// the months of the period just named, in brackets
		t.tense(i, j) // the callers read closePast and closeFuture
		return l.Year, true
	}
	if y, ok := t.yearInSpan(m, i); ok {
		// "The panto runs Fri 28 Nov 2025 – Sun 4 Jan 2026, with no
		// performance on Christmas Day": a month of the range just
		// written, in its sentence, is of the year the range holds it in
		t.tense(i, j) // the callers read closePast and closeFuture
		return y, true
	}
	if t.narrative && t.yearsSpanBefore(i) {
		// "Between 1642 and 1651 the country was at war. On 30 January
		// the king was executed": a day of one of the years the range
		// holds, which the words do not say (neither the range's first
		// year nor its last; a wrong year is worse than none)
		return 0, false
	}
	y1, y2, at, ok := t.splitYearBefore(i)
	if ok && t.hasRef && t.tense(i, j) < 0 && !t.withinSplitYear(at, y2, m) {
		ok = false // "The precept for 2025/26 had been confirmed on 20 February": told as past, of the writer's year
	}
	ahead := ok && t.hasRef && !t.narrative && (t.is(at-1, "for") || t.is(at-1, "the") && t.is(at-2, "for")) && t.ref.Year() < y2
	if ok && !t.hasRef && t.lastDay.Prec >= timeline.Day && t.last == t.lastDay && (t.is(at-1, "for") || t.is(at-1, "the") && t.is(at-2, "for")) && t.lastDay.Year < y2 {
		// "Classes begin January 12, 2026. The FAFSA deadline for the
		// 2026-27 award year is Feb. 15.": ahead of the season too, told
		// from the story's day when the text gives none of its own
		ahead = true
	}
	if ok && t.hasRef && !t.narrative && t.ref.Year() < y2 && t.budgetAfter(at+3) {
		// "announced in the 2020-21 state budget, due in May", told in
		// February 2020: a budget is laid before the year it is for, so
		// its month is the nearest one, not one of the year's second
		// half
		ahead = true
	}
	if ahead {
		// "Enrollment for the 2013-14 school year opens in April", said
		// in March 2013: what is done for a season to come, ahead of it;
		// the nearest such month
		ok = false
	}
	if !ok && !ahead && t.hasRef && !t.narrative {
		// "# Term Dates 2025/26" over "| Half term | 27–31 Oct |": the
		// years the document's first line names, unless the sentence
		// looks back
		if y1, y2, ok = t.titleSplitYear(); ok {
			// (nor when it looks ahead from a day past the month the
			// season holds: "# 2023-24 season in review", dated 19 May
			// 2024, over "The first round is scheduled for 2 September")
			y := y2
			if m >= 8 {
				y = y1
			}
			if dir := t.tense(i, j); dir < 0 || dir > 0 && !t.weakCue && y*12+m < t.ref.Year()*12+int(t.ref.Month()) {
				ok = false
			}
		}
	}
	if ok && (m <= 5 || m >= 8) {
		// "The 2025-26 season ends in May": a month of the years the
		// season runs over, the first's from August; June and July,
		// which a season may end or start in, are read as any month
		if m >= 8 {
			return y1, true
		}
		return y2, true
	}
	if t.last.Prec == timeline.Season && t.last.Season == timeline.Winter && t.last.Year > 0 && m <= 3 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 &&
		t.lastEnd >= 2 && t.lastEnd-2 >= t.lastStart && (t.dash(t.lastEnd-2) || t.punct(t.lastEnd-2, '/')) && // (a winter of two years written: "1936-37")
		!(t.hasRef && !t.narrative && t.last.Year >= t.ref.Year()-1) {
		// "The winter of 1936-37 had been unusually wet. By mid-January
		// ...": a month of the winter's second year
		return t.last.Year + 1, true
	}
	if t.lastOpen && t.last.Prec == timeline.Year && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1 {
		// "before 1752 the legal year began on 25 March. Dates between 1
		// January and 24 March ...": a day of some year before it, which
		// the words do not say
		return 0, false
	}
	if t.last.Prec == timeline.Year && t.lastEnd == i && t.tok(i-1) != nil && t.tok(i-1).kind == tNum && t.lineStart(i-1) {
		return t.last.Year, true // "1936 May – General strike": the month of the year before it
	}
	if t.last.Prec == timeline.Year && !t.last.IsVague() && t.last.Year > 0 && t.lastEnd > 0 && t.lastEnd <= i && t.lineStart(i) && t.yearAloneOnLine(t.lastEnd-1) {
		// "## 2023" over "- **January 9** — Lee launches his campaign":
		// a list's days under the year that heads them, whatever the
		// writer's day
		return t.last.Year, true
	}
	if t.narrative && t.last.Prec >= timeline.Year && !(t.hasRef && (t.opt.Guessed || t.opt.Mode == Auto) && t.readerAsked(i)) {
		// (but "Members are asked to send corrections before 30 June",
		// under a history the text was only guessed to be, speaks from
		// the writer's day)
		if !t.hasRef && (t.opt.Mode != Narrative || t.opt.Guessed) && (t.willBefore(i) || t.presentPerfectBefore(i) || t.presentPlanBefore(i)) && !t.soonAfterDayTold(m, i) && !t.lastToldAhead() {
			// "will publish results on April 29" in a text taken for a
			// history: "will" speaks from the writer's unknown day, not
			// the story's (but after "Choir practice resumes on December
			// 3, 2023" the writer speaks from near that day)
			return 0, false
		}
		if t.lookedBackFromDay(m, i) {
			// "The ECB held rates at its 11 April 2024 meeting. Its
			// last hike came in September 2023. Inflation slowed to
			// 2.4% in March": a look back from the story's day to the
			// year before it, then a month before that day, of its
			// year (not a month before the look back)
			return t.lastDay.Year, true
		}
		// a history moves forward: "In January" after "7 December 1941"
		// is in 1942
		if t.last.Prec >= timeline.Month && t.last.Month-m >= narrativeWrap {
			return addYear(t.last.Year, 1), true
		}
		if !t.hasRef && t.possessedMonthBefore(m, i, j) {
			// "I asked HMRC to reduce my payments in the autumn of 2024,
			// and it cut my July payment in half": a thing named by its
			// month, told after a period it would come before; which
			// July the words do not say
			return 0, false
		}
		if !t.hasRef && t.last.Prec >= timeline.Day && t.last.Month-m > 6 && !t.pluperfect(i) && !t.isAny(t.beforeMods(i)-1, "since", "before", "until", "till") {
			// a case told day by day with no writer's day: "Lung function
			// on 9 January" after "CT on 2 November 2022" goes on into
			// the next year
			return addYear(t.last.Year, 1), true
		}
		return t.last.Year, true
	}
	if t.hasRef && t.isAny(j, "delivery", "contract", "contracts", "futures", "settlement", "options") {
		// "Oil for June delivery rose", "the December contract": a
		// futures month is this one or one to come
		if m < int(t.ref.Month()) {
			return t.ref.Year() + 1, true
		}
		return t.ref.Year(), true
	}
	// "The 2016 election, held on Nov. 8, was close", "the 2008 crisis,
	// which peaked in September": a month in an aside on the thing a
	// year names is that year's
	if t.last.Prec == timeline.Year && t.last.Year > 0 && t.lastEnd <= i && t.yearAside(i) {
		t.tense(i, j) // the callers read closePast and closeFuture
		return t.last.Year, true
	}
	// "At the 2016 Cannes festival on May 17, ...", "the 2014 World Cup
	// final on July 13": the day of an event that a year names, told
	// right after it, is that year's
	if y, ok := t.heldEventYear(i); ok {
		t.tense(i, j) // the callers read closePast and closeFuture
		return y, true
	}
	// "The Geminids of 2025 peak on 13 December", "The floods of 2019
	// reached the town on 12 March": a day told of the thing the
	// sentence's subject names by its year is that year's (not when the
	// tense puts it on the other side of the writer's day: "The class of
	// 2025 met on 13 December", said a week later)
	if t.last.Prec == timeline.Year && t.last.Year > 0 && t.lastEnd <= i && i-t.lastEnd <= 20 && t.ofYearSubject() && t.sameSentence(t.lastEnd, i) {
		dir := t.tense(i, j) // (the callers read closePast and closeFuture)
		if !(dir < 0 && t.last.Year > t.ref.Year() || dir > 0 && !t.weakCue && t.last.Year < t.ref.Year()) {
			return t.last.Year, true
		}
	}
	// "In 2019, Storm Gareth caused flooding on 12 March": a year the
	// sentence is set in dates the months it names after it
	// (not in a clause of its own that looks ahead from the writer's
	// day: "Last year many of you asked for support, so we are running
	// a drop-in on the first Tuesday of December")
	if t.last.Prec == timeline.Year && t.lastEnd <= i && t.yearAdverbial() && t.sameSentence(t.lastEnd, i) &&
		!(t.hasRef && !t.narrative && t.last.Year < t.ref.Year() && t.soClauseBetween(t.lastEnd, i) && t.tense(i, j) > 0) {
		return t.last.Year, true
	}
	// "We celebrated last year with an open weekend on 14–15 September":
	// a day a few words on from "last year", no verb between, is of it
	if t.last.Prec == timeline.Year && t.last.Year != 0 && t.isAny(t.lastStart, "last", "this", "next") && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 8 &&
		t.sameSentence(t.lastEnd, i) && !t.verbBetween(t.lastEnd, i) {
		// (not when the tense puts the month on the other side of the
		// writer's day: "We will share this year's results in July",
		// told in November, is next July; the year only names whose
		// results they are)
		dir := t.tense(i, j) // (the callers read closePast and closeFuture)
		at, now := t.last.Year*12+m, t.ref.Year()*12+int(t.ref.Month())
		if !(t.hasRef && !t.narrative && (dir > 0 && !t.weakCue && at < now || dir < 0 && t.closePast && at > now)) {
			return t.last.Year, true
		}
	}
	// "TB: You turn 60 this year? HV: In November, yes!", "And the
	// bleaching last year? It began in late February": the answer's
	// month is of the year the question asked about
	if t.last.Prec == timeline.Year && t.last.Year != 0 && t.lastEnd >= 0 && t.lastEnd <= i && t.questionBetween(t.lastEnd, i) {
		t.tense(i, j) // the callers read closePast and closeFuture
		return t.last.Year, true
	}
	// "Easter 2020 falls in April", "In the spring we sang at St Mary's
	// on 23 March": a month inside the period just written in the same
	// sentence is in that period's year
	if t.last.Prec >= timeline.Season && t.last.Year != 0 && t.lastEnd > 0 && !t.lastRate && t.lastEnd <= i && i-t.lastEnd <= 16 && t.sameSentence(t.lastEnd, i) &&
		!t.sinceBefore(i) && // ("has met him since June 2018, most recently on June 30": where a span began holds no later day)
		!(t.is(t.lastEnd-1, "year") && t.is(t.lastEnd-2, "fiscal")) { // (nor does a fiscal year whose bounds are not said: "the current fiscal year, which began July 1")
		if ls, le := t.last.Bounds(); !ls.IsZero() {
			dir := t.tense(i, j) // (the callers read closePast and closeFuture)
			// not when the tense says the other side of the reference
			// day: "the year that ends next September, after ... the 12
			// months ended Sept. 30" is the September past
			against := t.hasRef && (dir < 0 && t.closePast && ls.After(t.ref) || dir > 0 && !t.weakCue && le.Before(t.ref))
			for _, y := range []int{t.last.Year, t.last.Year + 1, t.last.Year - 1} {
				if ms := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC); !against && !ms.Before(ls.Truncate(0).AddDate(0, 0, -ls.Day()+1)) && ms.Before(le) {
					return y, true
				}
			}
		}
	}
	// "Monday 5 January 2026 to Friday 27 March – Spring; Half term:
	// 16–20 February": a month near a day of another year just written
	// in the same sentence is that year's
	if t.last.Prec >= timeline.Season && t.hasRef && t.last.Year != t.ref.Year() && t.last.Year > 0 && t.lastEnd > 0 && !t.lastRate && t.lastEnd <= i &&
		i-t.lastEnd <= 16 && t.noStopBetween(t.lastEnd, i) && !t.verbBetween(t.lastEnd, i) &&
		(t.last.Prec == timeline.Season && t.last.Season != timeline.Winter || t.last.Prec >= timeline.Month && m < t.last.Month && t.last.Month-m <= 3) {
		t.tense(i, j) // the callers read closePast and closeFuture
		return t.last.Year, true
	}
	// "in November and December": the second month of a pair is the
	// first's year
	if b := t.beforeMods(i); t.isAny(b-1, "and", "or") && t.lastEnd == b-1 && t.last.Prec == timeline.Month && m > t.last.Month && t.last.Year != 0 {
		t.tense(i, j) // the callers read closePast and closeFuture
		return t.last.Year, true
	}
	if !t.hasRef {
		// "Paper submission deadline: May 29, 2026 ... open from April 1
		// to May 22": in a text with no date of its own, a month near a
		// day of a year just written is that year's
		entry := (i == 0 || t.newLine(i)) && t.lastDay.Prec >= timeline.Day && t.lastDay.Year == t.last.Year // a diary's "Jan. 10th." after "Jan. 4th." of 1863
		if t.last.Prec >= timeline.Month && t.last.Year > 0 && t.lastEnd >= 0 && t.lastEnd <= i && (t.sentencesBetween(t.lastEnd, i) <= 2 || entry) &&
			(!t.lastUnknown || entry || t.unknownWday && t.last.Prec >= timeline.Day || t.askDay && t.writersYearAside(i)) && // ("early this year", "Tuesday 13th" in an entry leave the diary's year known; "By Friday", a day of some week, after a day leaves that day's)
			!(t.last.Prec <= timeline.Day && t.isAny(t.lastStart-1, "until", "till", "through", "by", "thru")) { // (not after "a deal until June 2027"; "until 11pm" is a time of the day told)
			if t.inRange && m < t.last.Month {
				return t.last.Year + 1, true // "from Nov. 3, 2019 to Feb. 5": the end after the start
			}
			if (t.is(i-1, "since") || t.is(t.beforeMods(i)-1, "since")) && t.last.Prec >= timeline.Month && m > t.last.Month {
				return t.last.Year - 1, true // "a first home win since November", told on 10 February 2026
			}
			if t.lookedBackFromDay(m, i) {
				return t.lastDay.Year, true // (as in a history: see there)
			}
			if t.last.Prec >= timeline.Day && t.last.Month-m > 6 && !t.pluperfect(i) && !t.isAny(t.beforeMods(i)-1, "since", "before", "until", "till") {
				// a diary's "Jan. 2nd." after "Dec. 30th, 1862.", a case's
				// "Lung function on 9 January" after "CT on 2 November
				// 2022": the story goes on into the next year
				return t.last.Year + 1, true
			}
			if !entry && m-t.last.Month > 6 && t.tense(i, j) < 0 && t.lastStart >= 0 && t.lineStart(t.lastStart) && t.last.Prec >= timeline.Day {
				// "a letter from Lucy dated Dec. 24th", in the diary's
				// entry of "Jan. 4th.": the December before (but "In
				// December he was wounded", after "In January 1863 he
				// enlisted", is of 1863)
				return t.last.Year - 1, true
			}
			return t.last.Year, true
		}
		return 0, false
	}
	if t.askDay && t.last.Prec == timeline.Day && t.last.Year > 0 && m > t.last.Month && t.lastEnd >= 0 && t.lastEnd < i && t.lastDayEnd == t.lastEnd &&
		(i == t.lastEnd+1 && (t.punct(t.lastEnd, ',') || t.isAny(t.lastEnd, "and", "or")) || i == t.lastEnd+2 && t.punct(t.lastEnd, ',') && t.isAny(t.lastEnd+1, "and", "or")) {
		// "The instalment dates for 2025 are March 15, June 15,
		// September 15 and December 15": a later day listed right after
		// a day is of its year
		t.tense(i, j) // the callers read closePast and closeFuture
		return t.last.Year, true
	}
	dir := t.tense(i, j)
	if b, ok := t.attrHolds(i); ok {
		// "On 1 March 2019 the ministry said it would begin filling the
		// reservoir in April": from the day of the report
		return monthYear(b, m, dir), true
	}
	if dir > 0 && t.statedInMonth(i) {
		// "The minister said in January the bridge would reopen in
		// March", told in May: the March after the statement, as "said
		// on 10 January ... would reopen on 3 March" is (and "said on
		// Monday ... would reopen in March", the next one)
		return monthYear(time.Date(t.last.Year, time.Month(t.last.Month), 1, 0, 0, 0, 0, time.UTC), m, dir), true
	}
	// "[Washington left Philadelphia on 23 June 1775; he took command at
	// Cambridge on 3 July.]", in a letter of 18 June 1775: told in the
	// past right after a day past the writer's, the story's next day
	if dir < 0 && t.lastDay.Prec >= timeline.Day && t.lastDay.Year == t.ref.Year() && t.lastDayEnd >= 0 && t.lastDayEnd <= i && i-t.lastDayEnd <= 25 &&
		t.sentencesBetween(t.lastDayEnd, i) <= 1 && !t.paragraphBetween(t.lastDayEnd, i) && m >= t.lastDay.Month && m-t.lastDay.Month <= 2 {
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.After(t.ref) {
			return t.lastDay.Year, true
		}
	}
	// "The 2022 World Cup will be held in November": a later year the
	// sentence names, told in the future, is the month's
	if t.last.Prec == timeline.Year && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 12 && t.sameSentence(t.lastEnd, i) &&
		t.last.Year > t.ref.Year() && dir > 0 && !t.weakCue &&
		!t.lastBound { // not a bound: "have until 2019 to comply, starting in January"
		return t.last.Year, true
	}
	// "The library opened in October 1931. In December it was flooded": a
	// later month told in the past right after a month of another year is
	// that year's, in news too (a day is, after a day: "opened on 3
	// October 1931. On 12 December it was flooded"; but after a month
	// alone, "The first case was reported in April 2022. On May 10, the
	// FDA said ...", news names the day of this year without its year)
	if dir < 0 && t.last.Prec >= timeline.Month && t.last.Year < t.ref.Year() && m > t.last.Month && !(t.askDay && t.last.Prec == timeline.Month) &&
		t.lastSetEnd >= 0 && t.lastSetEnd <= i && i-t.lastSetEnd <= 40 && t.sentencesBetween(t.lastSetEnd, i) <= 1 && !t.lastAside &&
		!(t.lastSetEnd == t.lastEnd && t.is(t.lastStart-1, "since")) && // (not "the first since February 2012 ... voted in September")
		!t.isAny(i-1, "ended", "ending") { // (nor "in the year ended Dec. 31", a period reported on)
		return t.last.Year, true
	}
	// "In 1969 the crew flew to the Moon. On July 20 they stepped out": a
	// month told in the past, by its own clause's verb, in the sentence
	// right after one that a year long gone opens is that year's, in news
	// too (not a year just gone, nor one told in passing, nor what is
	// reported: "The plant opened in 1985. On March 3 inspectors found a
	// leak", "On May 10 the agency said ..." are this year's)
	if dir < 0 && t.closePast && t.last.Prec == timeline.Year && t.last.Year > 0 && t.last.Year <= t.ref.Year()-2 && !t.lastAside &&
		t.lastSetEnd == t.lastEnd && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 40 && t.sentencesBetween(t.lastEnd, i) == 1 && !t.paragraphBetween(t.lastEnd, i) &&
		t.isAny(t.lastStart-1, "in", "during", "throughout", "by") && t.lastEnd == t.lastStart+1 && t.opensSentence(t.lastStart-1) {
		return t.last.Year, true
	}
	// "A storm hit the coast in 1981. It made landfall on December 12":
	// a month told in the past of the event the sentence before named,
	// in a year long gone, by "it" or the event's noun again, is that
	// year's (not what others did since: "The plant opened in 1985. On
	// March 3 inspectors found a leak")
	if dir < 0 && t.closePast && t.last.Prec == timeline.Year && t.last.Year > 0 && t.last.Year <= t.ref.Year()-2 && !t.lastAside &&
		t.lastSetEnd == t.lastEnd && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 40 && t.sentencesBetween(t.lastEnd, i) == 1 && !t.paragraphBetween(t.lastEnd, i) &&
		t.eventGoesOn(i) {
		return t.last.Year, true
	}
	// "That was the winter of 1966 ... It ended just before Easter": a
	// month told in the past right after a season of another year is in
	// or after that season
	if dir < 0 && t.last.Prec == timeline.Season && t.last.Year < t.ref.Year() && t.last.Year > 0 &&
		t.lastEnd <= i && i-t.lastEnd <= 40 && t.sentencesBetween(t.lastEnd, i) <= 2 {
		first := [...]int{0, 3, 6, 9, 12}[t.last.Season]
		switch {
		case m >= first:
			return t.last.Year, true
		case t.last.Season == timeline.Winter && m <= 5:
			return t.last.Year + 1, true
		}
	}
	// "free on bail since July": since looks back to a month that has begun
	since := t.is(i-1, "since") || t.is(t.beforeMods(i)-1, "since") // ("since the start of May")
	if dir < 0 && t.closePast || since || t.figureComparedAt(i) || t.monthsEndingAt(i) && (dir <= 0 || t.weakCue) {
		// past for sure: the latest such month that has begun
		if m > int(t.ref.Month()) {
			return t.ref.Year() - 1, true
		}
		return t.ref.Year(), true
	}
	if dir > 0 && t.closeFuture && !((m%12)+1 == int(t.ref.Month()) && t.figuresFor(i)) {
		// future for sure: the next such month (but "February sales
		// will be reported next week", said in March, are the month
		// just ended; and "will land between October and March", said
		// in November, is the span going on now)
		if m < int(t.ref.Month()) && !t.spanRunningFrom(m, i, j) {
			return t.ref.Year() + 1, true
		}
		return t.ref.Year(), true
	}
	if dir > 0 && !t.weakCue && (m%12)+1 == int(t.ref.Month()) && !t.figuresFor(i) {
		// "will close the trail for the whole of February", said in
		// March: the next one (but "will release the figures for
		// February" speaks of the month just ended)
		if m == 12 {
			return t.ref.Year(), true
		}
		return t.ref.Year() + 1, true
	}
	y := monthYear(t.ref, m, dir)
	if dir == 0 && !t.narrative && y*12+m < t.ref.Year()*12+int(t.ref.Month()) && t.titleYear() == t.ref.Year()+1 {
		// "# Meteor Shower Calendar 2025", compiled 20 December 2024,
		// over "| Eta Aquariids | 5–6 May |": told with no tense, a
		// month the writer's day would put in the months gone by is of
		// the coming year the title names
		return y + 1, true
	}
	return y, true
}

// spanRunningFrom reports whether month m, named at tokens [i, j), opens a
// window of months ("between October and March") whose months, this
// year's m on, hold the reference month: the window going on as the
// writer writes (not "will be closed from October to December", said in
// November, which starts at an October to come).
func (t *Tagger) spanRunningFrom(m, i, j int) bool {
	if !t.is(t.beforeMods(i)-1, "between") || !t.is(j, "and") {
		return false
	}
	w := t.w(j + 1)
	if w == nil || w.month == 0 {
		return false
	}
	rm, m2 := int(t.ref.Month()), w.month
	if m2 < m {
		return rm >= m || rm <= m2
	}
	return rm >= m && rm <= m2
}

// possessedMonthBefore reports whether month m, named at token i (its
// words end at j), names a thing someone has ("my July payment", "their
// March bill") and, in the story's year, would come before the season or
// month told just before it in its sentence.
func (t *Tagger) possessedMonthBefore(m, i, j int) bool {
	if !t.isAny(i-1, "my", "our", "your", "their", "his", "her", "its") || t.last.Prec < timeline.Season || t.last.Prec > timeline.Month || t.last.Year <= 0 {
		return false
	}
	if nx := t.tok(j); nx == nil || nx.kind != tWord || nx.cap || t.w(j) != nil {
		return false
	}
	ls, _ := t.last.Bounds()
	if ls.IsZero() || t.last.Year*12+m >= ls.Year()*12+int(ls.Month()) {
		return false
	}
	return t.lastEnd >= 0 && t.lastEnd <= i && t.sameSentence(t.lastEnd, i)
}

// yearInSpan returns the year in which month m, named at token i, falls
// inside the range of months or days read last, when that range ends in
// the same sentence a few words before i, no verb between, and holds the
// month in one year only ("28 Nov 2025 – 4 Jan 2026" holds December in
// 2025).
func (t *Tagger) yearInSpan(m, i int) (int, bool) {
	e := t.spanEnd
	if e < 0 || e != t.lastSetEnd || t.lastEnd > e && !t.lastRate || e > i || i-e > 16 { // (nothing read since the range but a duration)
		return 0, false
	}
	from, to := t.spanFrom, t.spanTo
	if from.Prec < timeline.Month || to.Prec < timeline.Month || from.Year <= 0 || to.Year < from.Year || to.Year-from.Year > 1 || from.IsVague() || to.IsVague() {
		return 0, false
	}
	if !t.sameSentence(e, i) || t.verbBetween(e, i) {
		return 0, false // (not "ran 5 Dec 2024 – 2 Feb 2025 and returns in December": a time of its own)
	}
	a, b := from.Year*12+from.Month, to.Year*12+to.Month
	y, n := 0, 0
	for yy := from.Year; yy <= to.Year; yy++ {
		if v := yy*12 + m; v >= a && v <= b {
			y, n = yy, n+1
		}
	}
	if n != 1 {
		return 0, false
	}
	return y, true
}

// yearsSpanBefore reports whether the last thing read before token i is
// a range of whole years ("between 1642 and 1651", "from 1984 to 1985"),
// in i's sentence or the one before: every month is in more than one of
// its years, so a month named after it without a year is of none that
// can be told. A season of two years written as one ("1984-85") is read
// by splitYearBefore, and a range of months by yearInSpan.
func (t *Tagger) yearsSpanBefore(i int) bool {
	e := t.spanEnd
	if e < 0 || e != t.lastSetEnd || t.lastEnd > e && !t.lastRate || e > i || i-e > 40 {
		return false
	}
	from, to := t.spanFrom, t.spanTo
	if from.Prec != timeline.Year || to.Prec != timeline.Year || from.Year <= 0 || to.Year <= from.Year || from.IsVague() || to.IsVague() {
		return false
	}
	if to.Year == from.Year+1 && t.glued(e-1) && t.glued(e-2) {
		return false // ("the 1984-85 strike": one season, whose months splitYearBefore places)
	}
	return t.sentencesBetween(e, i) <= 1
}

// writersYearAside reports whether the date left unknown last is the
// writer's "last year" (or "this year", "next year") alone, told in a
// sentence before token i after a day written with its year: "The British
// GP runs on 6 July 2025. Last year Hamilton won. The next round is on 27
// July." The aside speaks from the writer's unknown day; the day after it
// is still near the day the text gave (in its own sentence, "Last year
// the round was on 27 July", it is of the year the aside names).
func (t *Tagger) writersYearAside(i int) bool {
	u := t.unknownStart
	return t.unknownPrec == timeline.Year && u >= 0 && t.unknownEnd == u+2 && t.isAny(u, "last", "this", "next") && t.is(u+1, "year") &&
		t.last.Prec >= timeline.Day && t.lastDay.Year == t.last.Year && t.lastDayEnd <= u && t.unknownEnd <= i && !t.sameSentence(t.unknownEnd, i)
}

// titleYear returns the year the text's first line, a short title, names
// at its end or its start ("Meteor Shower Calendar 2025", "2025
// Programme"); 0 when it names none (a dateline's "Sky Notes, 1 August
// 2024" names a day, a split year "Fixtures 2024-25" two).
func (t *Tagger) titleYear() int {
	nl := strings.IndexByte(t.text, '\n')
	if nl < 0 || nl > 80 {
		return 0
	}
	last := -1 // the last token of the line, past a full stop
	for k := 0; k < len(t.toks) && int(t.toks[k].start) < nl; k++ {
		last = k
	}
	if t.punct(last, '.') {
		last--
	}
	for _, k := range [2]int{last, 0} {
		tk := t.tok(k)
		if tk == nil || tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone || tk.n < 1000 || tk.n > 2200 {
			continue
		}
		w := k - 1 // the word beside it
		if k == 0 {
			w = 1
		}
		if wt := t.tok(w); wt == nil || wt.kind != tWord || t.glued(max(k, w)) || wt.w() != nil && (wt.w().month > 0 || wt.w().unit != uNone || wt.w().wday > 0) {
			continue
		}
		return int(tk.n)
	}
	return 0
}

// soonAfterDayTold reports whether month m, named at token i without its
// year, is that of the day (or week) the text told last with its year,
// in this sentence or the one before it, or one of the two months after
// it ("Interviews are held on 7 April 2025. Awards will be confirmed by
// the end of April."): the writer writes between them, and the plan is
// of that day's year, not of an unknown day of the writer's. A month or
// a season told with its year counts only in the same sentence ("The
// cycle starts in autumn 2025; its date will be announced at the summit
// on 18-19 September").
func (t *Tagger) soonAfterDayTold(m, i int) bool {
	if t.last.Prec < timeline.Season || t.last.Year <= 0 || t.lastUnknown || t.lastRate || t.lastEnd < 0 || t.lastEnd > i {
		return false
	}
	ls, _ := t.last.Bounds()
	if ls.IsZero() || ls.Year() != t.last.Year || m < int(ls.Month()) || m-int(ls.Month()) > 2 {
		return false
	}
	if t.last.Prec < timeline.Week {
		// (a semicolon goes on in the sentence; a full stop or a line
		// ends it)
		if t.lastEnd < 1 || i >= len(t.toks) {
			return false
		}
		return !strings.ContainsAny(t.text[t.toks[t.lastEnd-1].end:t.toks[i].start], ".!?\n")
	}
	return t.sentencesBetween(t.lastEnd, i) <= 1 && !t.paragraphBetween(t.lastEnd, i)
}

// openingWordBefore reports whether the sentence before token i says
// when something is open or closed: "Closed on Mondays, on 24 December".
func (t *Tagger) openingWordBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '!' || tk.r == '?') {
			return false
		}
		if t.isAny(k, "closed", "open", "opens", "closes", "shut") {
			return true
		}
	}
	return false
}

// statedInMonth reports whether the last date, told before token i in
// its sentence, is a month of this or another year a statement was made
// in ("said in January", "announced in December 2024 that"), no number
// of four digits (a year of its own) between it and i.
func (t *Tagger) statedInMonth(i int) bool {
	l := t.last
	if t.narrative || !t.hasRef || l.Prec != timeline.Month || l.Year <= 0 || l.IsVague() || l.Mod != timeline.ModNone || t.lastEnd < 0 || t.lastEnd > i ||
		!t.is(t.lastStart-1, "in") || !t.isAny(t.lastStart-2, "said", "announced", "stated", "confirmed", "told", "promised", "pledged", "predicted", "warned") ||
		i-t.lastEnd > 20 || !t.sameSentence(t.lastEnd, i) {
		return false
	}
	for k := t.lastEnd; k < i; k++ {
		if tk := &t.toks[k]; tk.kind == tNum && tk.nd == 4 {
			return false
		}
	}
	return true
}

// habitStartsAt reports whether the day at tokens [i, j) is where a habit
// begins, its start alone: "The pool will open on Sundays from 1 June",
// "open daily starting June 1" (one day, the next such as any day told
// alone, not a day of every year); but not a span's first day, "closed
// on Mondays and from 24 December to 2 January" (the yearly closure).
func (t *Tagger) habitStartsAt(i, j int) bool {
	b := t.beforeMods(i)
	if !t.isAny(b-1, "from", "starting", "beginning", "commencing") && !(t.is(b-1, "of") && t.is(b-2, "as")) {
		return false
	}
	return !t.isAny(j, "to", "until", "till", "through", "thru", "and") && !t.dash(j)
}

// weeklySetBefore reports whether a set of days of the week ("every
// Sunday", "each weekend") comes before token i in its sentence, a few
// words back.
func (t *Tagger) weeklySetBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '?' || tk.r == '!') {
			return false
		}
		if t.isAny(k, "every", "each") {
			w := t.w(k + 1)
			return w != nil && w.wday > 0 || t.isAny(k+1, "weekend", "week", "weekday", "day")
		}
	}
	return false
}

// monthsEndingAt reports whether the month at i ends a window of months
// a figure is measured over: "unemployment at 6.6% in the three months
// ending in July", "the 12 months to March": data of a month gone by.
func (t *Tagger) monthsEndingAt(i int) bool {
	k := t.beforeMods(i) - 1
	if t.is(k, "in") {
		k--
	}
	if !t.isAny(k, "ending", "ended", "to", "through", "until") || !t.is(k-1, "months") {
		return false
	}
	_, _, ok := t.num(k - 2)
	return ok || t.w(k-2) != nil && t.w(k-2).num > 0
}

// datedDocuments are the last words of the names of documents and
// meetings issued again and again, each issue named by its month: "the
// May Monetary Policy Report", "the November Inflation Report", "its
// March Budget".
var datedDocuments = map[string]bool{
	"report": true, "statement": true, "review": true, "budget": true, "forecast": true, "forecasts": true, "outlook": true,
	"survey": true, "bulletin": true, "minutes": true, "projections": true, "update": true, "release": true, "decision": true,
	"meeting": true, "communique": true, "communiqué": true,
}

// datedDocumentName reports whether the capitalised words from token j
// (one to four, on one line) name a document or meeting that comes out
// again and again ("Monetary Policy Report", "Inflation Report"), so that
// the month before them is the issue's.
func (t *Tagger) datedDocumentName(j int) bool {
	for k := j; k < j+4; k++ {
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || !tk.cap || t.newLine(k) {
			return false
		}
		if lowerIn(t, k, datedDocuments) {
			return true
		}
		if tk.w() != nil {
			return false // "the May Day parade"
		}
	}
	return false
}

// fromFigureAt reports whether the date at i dates the figure a change
// is measured from: "a rise from 2.6% in October", "fell to 7 percent,
// from 7.9 percent in January".
func (t *Tagger) fromFigureAt(i int) bool {
	k := t.beforeMods(i) - 1
	if !t.isAny(k, "in", "at") {
		return false
	}
	num := false
	for k--; k >= 1 && k >= i-8; k-- {
		switch tk := t.tok(k); {
		case tk.kind == tNum:
			num = true
		case tk.kind == tPunct && (tk.r == '%' || tk.r == '.' && t.glued(k) && t.glued(k+1)):
		case t.isAny(k, "percent", "per", "cent", "points", "point"):
		case t.is(k, "from"):
			return num
		default:
			return false
		}
	}
	return false
}

// figureComparedAt reports whether the month at i dates a figure a
// present one is compared with: "Turnout is 41.2%, down from 63% at the
// general election in July", "compared with 5.1 percent in March": a
// month past.
func (t *Tagger) figureComparedAt(i int) bool {
	for k := t.beforeMods(i) - 1; k >= 1 && k >= i-10; k-- {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != '%' && tk.r != '.' && tk.r != '$' && tk.r != '€' && tk.r != '£' {
			return false
		}
		if t.is(k, "from") && t.isAny(k-1, "up", "down") || t.is(k, "with") && t.is(k-1, "compared") {
			if t.isAny(k-2, "step", "steps", "stepped", "stepping", "stand", "stands", "stood", "standing", "climb", "climbed", "back", "backed", "come", "came") {
				return false // "will step down from the Board in September": no figure
			}
			return k < i-2 // a figure between
		}
	}
	return false
}

// questionBetween reports whether the sentence of token a is a question
// and token b is in the sentence right after it, the answer's first.
func (t *Tagger) questionBetween(a, b int) bool {
	q := -1
	for k := a; k < b && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == tPunct {
			switch tk.r {
			case '?':
				if q >= 0 {
					return false
				}
				q = k
			case '.', '!', ';':
				if q < 0 {
					return false // the year's sentence ends without asking
				}
				if _, stop := t.cue(k, false); stop {
					return false // the answer's first sentence has ended
				}
			}
		}
	}
	return q >= 0
}

// figuresFor reports whether the month at token i is the period some
// figures are for ("the figures for March", "sales in March", "March
// data"): a report on a month past.
func (t *Tagger) figuresFor(i int) bool {
	k := t.beforeMods(i) - 1
	if t.isAny(k, "for", "in", "of") {
		k--
	}
	if t.is(k, "the") {
		k--
	}
	return lowerIn(t, k, periodNouns) || lowerIn(t, i+1, periodNouns)
}

// periodNouns are the figures reported for a period.
var periodNouns = map[string]bool{
	"figures": true, "data": true, "results": true, "sales": true, "numbers": true, "statistics": true,
	"accounts": true, "payroll": true, "payrolls": true, "report": true, "reports": true, "index": true,
	"inflation": true, "output": true, "exports": true, "imports": true, "jobs": true, "unemployment": true,
	"earnings": true, "revenue": true, "bill": true, "bills": true, "statement": true, "statements": true,
	"minutes": true, "survey": true, "readings": true, "reading": true, "rent": true, "salary": true,
	"salaries": true, "wages": true, "invoice": true, "invoices": true, "returns": true, "performance": true,
}

// readerAsked reports whether the clause before token i asks the reader
// for something or says what will be ("Members are asked to send
// corrections before", "Entries must reach us by", "will close on"): the
// writer's day speaks, even under a history.
func (t *Tagger) readerAsked(i int) bool {
	if t.willBefore(i) || t.presentPerfectBefore(i) {
		return true
	}
	// "On 21 February we mark ...": the writer's own day, told in the
	// present of the writer and the reader
	for k := i + 1; k < len(t.toks) && k <= i+5; k++ {
		if t.isAny(k, "we", "i") && t.isAny(k+1, "mark", "celebrate", "remember", "commemorate", "honour", "honor", "observe", "recall", "meet", "gather") {
			return true
		}
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' {
			break
		}
	}
	if t.writersAct(i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		if t.isAny(k, "asked", "invited", "requested", "reminded", "urged") && t.isAny(k-1, "are", "is") && t.is(k+1, "to") ||
			t.isAny(k, "must", "please") || t.is(k, "should") && !t.is(k+1, "have") {
			return true
		}
	}
	return false
}

// writersAct reports whether the sentence before token i opens with the
// writer's own act, told in the present ("The Society mourns the loss of
// Ada Lowe, who died November 30", "We congratulate Tom, who won the
// county title on 12 June"): the day it tells of is in the writer's
// recent past, not the story's year.
func (t *Tagger) writersAct(i int) bool {
	for k := i - 1; k >= 1 && k >= i-30; k-- {
		tk := &t.toks[k]
		if tk.kind == tPunct {
			if tk.r == '.' || tk.r == ';' || tk.r == ':' || tk.r == '!' || tk.r == '?' {
				return false
			}
			continue
		}
		if tk.kind != tWord || tk.id == 0 {
			continue // (the verbs looked for are words of the table)
		}
		if t.isAny(k, "mourns", "regrets", "congratulates", "welcomes", "announces", "salutes") ||
			t.isAny(k, "mourn", "regret", "congratulate", "welcome", "announce", "salute", "record", "report", "remember") && t.isAny(k-1, "we", "i") {
			if p := &t.toks[k-1]; p.kind == tWord && !t.isAny(k-1, "to", "the", "a", "an", "who", "which", "that") && !t.paraStartBetween(k-1, i) {
				return true
			}
		}
	}
	return false
}

// paraStartBetween reports whether a paragraph starts after token a and
// at or before token b.
func (t *Tagger) paraStartBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(t.toks); k++ {
		if t.paraStart(k) {
			return true
		}
	}
	return false
}

// lastToldAhead reports whether the last expression is the story's date,
// a day or a month with its year, told in the present or the future
// ("Choir practice resumes on December 3, 2023"): a text that gives no
// day of its own then speaks from near it. It leaves the tense state as
// it found it.
func (t *Tagger) lastToldAhead() bool {
	if t.last.Prec < timeline.Month || t.last.IsVague() || t.lastSetEnd != t.lastEnd || t.lastStart < 0 || t.lastStart >= t.lastEnd || !t.yearWrittenIn(t.lastStart, t.lastEnd) {
		return false
	}
	weak, undecided, cueFor, past, future, dirAt, dirVal := t.weakCue, t.undecided, t.cueFor, t.closePast, t.closeFuture, t.dirAt, t.dirVal
	ahead := t.tense(t.lastStart, t.lastEnd) > 0
	t.weakCue, t.undecided, t.cueFor, t.closePast, t.closeFuture, t.dirAt, t.dirVal = weak, undecided, cueFor, past, future, dirAt, dirVal
	return ahead
}

// willBefore reports whether the clause before token i speaks in the
// future from the writer's day: "will", "shall", "'ll", "won't" (not the
// story's "would").
func (t *Tagger) willBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		switch t.lowerWord(k) {
		case "will", "shall", "ll", "wo":
			return true
		case "would", "could", "should", "was", "were", "had", "did", "said":
			return false
		}
	}
	return false
}

// aheadInSentence reports whether the sentence of token i looks ahead
// anywhere, before or after it: "will", "shall", "'ll", "going to", a plan
// ("expected", "due", "preparing"), "ahead", "next", "coming", "forecast".
func (t *Tagger) aheadInSentence(i int) bool {
	ahead := func(k int) bool {
		return t.isAny(k, "will", "shall", "ll", "wo", "going", "expected", "expects", "expect", "due", "preparing", "prepare", "prepares",
			"ahead", "next", "coming", "upcoming", "forecast", "forecasts", "predicted", "feared", "fear", "fears", "plan", "plans", "planning", "risk", "warn", "warns", "warned")
	}
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if tk := &t.toks[k]; tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?' || tk.r == ';') {
			break
		}
		if ahead(k) {
			return true
		}
	}
	for k := i + 1; k < len(t.toks) && k <= i+30; k++ {
		if tk := &t.toks[k]; tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?' || tk.r == ';') {
			break
		}
		if ahead(k) {
			return true
		}
	}
	return false
}

// presentPlanBefore reports whether the clause before token i tells a
// plan in the present ("The trial is expected to last until the end of
// March", "The works are due to finish in June"): the writer's day speaks,
// as after "will" (not "was expected to").
func (t *Tagger) presentPlanBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-30; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		switch t.lowerWord(k) {
		case "expected", "due", "scheduled", "set", "slated", "likely", "poised":
			if t.is(k+1, "to") && t.isAny(k-1, "is", "are") {
				return true
			}
		case "would", "could", "should", "was", "were", "had", "did", "said":
			return false
		}
	}
	return false
}

// yearAdverbial reports whether the last expression, a year, sets the
// time of its sentence ("In 2019, ...", "during 1998", "Last year, ...")
// rather than qualifying a noun ("the 1998 treaty").
func (t *Tagger) yearAdverbial() bool {
	// only one that opens the sentence: "a program approved in 1987 that
	// ..., Nashua had bought shares through Sept. 29" is not set in 1987
	k, e := t.lastStart, t.lastEnd
	if t.lastSetEnd != t.lastEnd {
		if !t.lastRate || t.lastSetStart < 0 || t.lastSetEnd > t.lastStart || !t.sameSentence(t.lastSetEnd, t.lastStart) {
			return false // "Attacks have risen in recent months, and protests began in late December": no year the last expression told
		}
		// "Last year, about 3.9 million people lodged in the first two
		// weeks of July": a duration told since the year, in its
		// sentence, leaves the year the sentence's
		k, e = t.lastSetStart, t.lastSetEnd
	}
	if t.is(e-1, "year") && t.is(e-2, "fiscal") {
		return false // "in the current fiscal year, which began July 1": a year whose months the words do not place
	}
	if t.isAny(k, "last", "this", "next") {
		// (not "Last year's winner will defend her title in June": a
		// year that names whose a thing is)
		return t.opensSentence(k) && !t.possessiveS(e+1)
	}
	if t.punct(e, ',') && t.isAny(e+1, "and", "but", "while", "although", "though", "whereas", "yet") && !t.opensSentence(k-1) {
		return false // "Violence peaked in 2007, and protests that began in December have spread": another clause
	}
	// ... or one a comma sets off: "We married in 1965, at St Mary's, on
	// a Saturday in May"; and "1965, at St Mary's, ..." opening it
	// (but not one closing an aside a comma opened: "The vessel, built in
	// 2008, was sold for recycling in December" is not set in 2008)
	return t.isAny(k-1, "in", "during", "throughout", "by") && (t.opensSentence(k-1) || t.punct(e, ',') && !t.asideBefore(k-1)) ||
		t.opensSentence(k) && (t.punct(e, ',') || t.punct(e, ':') || t.dash(e)) && e == k+1
}

// asideBefore reports whether token p ends the first words of an aside
// that a comma opens a few words before it with a participle or "who" or
// "which": ", built in", ", who joined in", ", which opened in".
func (t *Tagger) asideBefore(p int) bool {
	for k := p - 1; k >= 1 && k >= p-5; k-- {
		tk := t.tok(k)
		if tk.kind != tPunct {
			continue
		}
		if tk.r != ',' || k+1 >= p || t.tok(k+1).cap {
			return false
		}
		w := t.lowerWord(k + 1)
		return w == "who" || w == "which" || len(w) > 3 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
	}
	return false
}

// yearAside reports whether token i is in a clause set off by a comma
// after a noun the year told last names ("the 2016 election, held on
// Nov. 8", "the 2012 record low, when ice covered ... on Sept. 16"): the
// clause tells of that thing; so does "The 2016 election was held on
// Nov. 8".
func (t *Tagger) yearAside(i int) bool {
	y := t.lastEnd - 1
	if tk := t.tok(y); tk == nil || tk.kind != tNum || tk.nd != 4 || !t.isAny(y-1, "the", "its", "their", "his", "her") {
		return false
	}
	k := t.lastEnd
	for n := 0; n < 3 && t.tok(k) != nil && t.tok(k).kind == tWord && !t.tok(k).cap && (t.w(k) == nil || t.w(k).unit == uNone && !t.w(k).function) &&
		!t.isAny(k, "was", "were", "is", "are", "has", "had", "have", "will", "would", "and", "or", "but", "which", "that", "when"); n++ {
		k++ // the noun: "election", "record low"
	}
	switch {
	case k == t.lastEnd || k+1 >= i:
		return false
	case t.punct(k, ','):
		k++
	case t.isAny(k, "was", "were") && t.w(k+1) == nil:
		k++ // "The 2016 election was held on Nov. 8"
		if w := t.lowerWord(k); !strings.HasSuffix(w, "ed") && !irregularParticiples[w] {
			return false
		}
	default:
		return false
	}
	if !t.isAny(k, "which", "when", "where", "that") {
		w := t.lowerWord(k)
		if !strings.HasSuffix(w, "ed") && !irregularParticiples[w] {
			return false
		}
	}
	for n := k; n < i; n++ {
		if tk := t.tok(n); tk.kind == tPunct && tk.r != '.' && tk.r != '-' && tk.r != '\'' && tk.r != '’' {
			return false // the aside has ended
		}
		if tk := t.tok(n); tk.kind == tPunct && tk.r == '.' && !(t.w(n-1) != nil && t.w(n-1).abbr) && !(t.glued(n) && t.glued(n+1)) {
			return false
		}
	}
	return true
}

// ofYearSubject reports whether the last expression, a year written in
// figures, names the subject of its sentence after "of": "The Geminids of
// 2025", "The great floods of 1953" (a plain noun, or a name, before "of",
// and "the" opening the sentence a few words before); or after "for",
// right before "is" or "are": "The instalment dates for 2025 are".
func (t *Tagger) ofYearSubject() bool {
	y := t.lastStart
	if t.lastEnd != y+1 {
		return false
	}
	reach := y - 5
	switch {
	case t.is(y-1, "for") && t.isAny(y+1, "is", "are"):
		// "The quarterly instalment dates for 2025 are March 15, June
		// 15, ...": what a year's schedule is (not "The budget for 2026
		// was approved on 15 December", which may come before it)
		reach = y - 6
	case !t.is(y-1, "of"):
		return false
	}
	if tk := t.tok(y); tk == nil || tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone {
		return false
	}
	for k := y - 2; k >= 0 && k >= reach; k-- {
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord {
			return false
		}
		if t.is(k, "the") {
			return k < y-2 && t.opensSentence(k)
		}
		if w := tk.w(); w != nil && (w.function || w.month > 0 || w.unit != uNone || w.wday > 0) {
			return false
		}
	}
	return false
}

// heldEventYear returns the year that names the event told right before
// the day at token i: "the 2016 Cannes festival on May 17", "the 2014
// World Cup final, on July 13" (the head noun is one of heldEvents).
func (t *Tagger) heldEventYear(i int) (int, bool) {
	if !t.is(i-1, "on") {
		return 0, false
	}
	k := i - 2
	if t.punct(k, ',') {
		k--
	}
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord {
		return 0, false
	}
	held := false
	for _, w := range heldEvents { // (compared in place: no lower-cased copy of every word before a day)
		if strings.EqualFold(t.text[tk.start:tk.end], w) {
			held = true
			break
		}
	}
	if !held {
		return 0, false
	}
	for n := 0; n < 4 && k >= 1; n++ {
		tk := t.tok(k - 1)
		if tk.kind == tNum {
			// (what happens at, during or in the event, or the event
			// opening the sentence: not "won the right to host the 2020
			// Olympics on Sept. 7", a day of the winning)
			if tk.nd == 4 && tk.sfx == sfxNone && tk.n >= 1000 && t.isAny(k-2, "the", "its", "their", "this", "that") &&
				(t.isAny(k-3, "at", "during", "in", "throughout") || t.opensSentence(k-2)) {
				return int(tk.n), true
			}
			return 0, false
		}
		if tk.kind != tWord {
			return 0, false
		}
		if w := tk.w(); w != nil && (w.function || w.month > 0 || w.unit != uNone) {
			return 0, false
		}
		k--
	}
	return 0, false
}

// heldEvents are the nouns of events a year names by when they are held:
// "the 2016 festival", "the 1998 World Cup", "the 2002 edition".
var heldEvents = []string{
	"festival", "games", "olympics", "olympiad", "cup", "final", "finals", "tournament", "championship",
	"championships", "edition", "election", "elections", "referendum", "summit", "expo", "exhibition",
	"marathon", "congress", "prix", "biennale", "biennial", "contest", "open", "fair",
}

// irregularParticiples are past participles that do not end in "-ed".
var irregularParticiples = map[string]bool{
	"held": true, "won": true, "lost": true, "run": true, "begun": true, "built": true, "made": true,
	"set": true, "sold": true, "fought": true, "written": true, "known": true, "seen": true,
	"found": true, "taken": true, "given": true, "struck": true, "hit": true, "shot": true, "brought": true,
	"caught": true, "left": true, "led": true, "met": true, "paid": true, "put": true, "split": true,
}

// opensSentence reports whether token k is the first of its sentence.
func (t *Tagger) opensSentence(k int) bool {
	if k <= 0 {
		return k == 0
	}
	p := t.tok(k - 1)
	if t.clockEnds(k - 1) {
		return true // "... rose at 10:42 a.m. In May 2008, ..."
	}
	if p.kind != tPunct {
		return t.paraStart(k) // (a paragraph after a line with no full stop: "Published: 30 June 2025¶¶Last year, ...")
	}
	if p.r == '"' || p.r == '“' || p.r == '(' {
		return t.opensSentence(k - 1)
	}
	if p.r == ':' || (p.r == '-' || p.r == '*' || p.r == '•') && t.lineStart(k) {
		return true // "DF: 1965, at St Mary's, ...": after a speaker's label; "- 1930: ...", a list's item
	}
	_, stop := t.cue(k-1, false)
	return stop
}

// lastEventNoun reports whether the noun at k ("retirement" in "three
// years after his retirement", counted from i) names the event of the
// date told last, in the sentence before i or in i's own: that sentence
// holds its verb ("He retired from the mill in 1990") or the noun
// itself. A noun with "of" after it ("the death of his wife") may be
// another's event, and is not read.
func (t *Tagger) lastEventNoun(i, k int) bool {
	if t.lastEnd < 0 || t.lastEnd > i || t.last.Prec < timeline.Year || t.last.IsVague() || t.is(k+1, "of") {
		return false
	}
	noun := t.lowerWord(k)
	verbs, ok := eventNounVerbs[noun]
	if !ok || t.sentencesBetween(t.lastEnd, i) > 1 {
		return false
	}
	return t.lastSentenceHolds(i, func(w string) bool { return w == noun || slices.Contains(verbs, w) })
}

// eventToldLast reports whether the event named at k after "to the day
// after" (read from i) is the one of the day told last: a pronoun and a
// verb that the sentence of that day holds ("The bridge opened on 4 June
// 1990. Ten years to the day after it opened"), "that", or a noun of the
// event (see lastEventNoun: "after her retirement").
func (t *Tagger) eventToldLast(i, k int) bool {
	if t.last.Prec < timeline.Day || t.last.IsVague() || t.lastEnd < 0 || t.lastEnd > i || t.sentencesBetween(t.lastEnd, i) > 1 {
		return false
	}
	switch {
	case t.isAny(k, "that", "this") && (t.endsClause(k+1) || t.punct(k+1, ',')):
		return true
	case t.isAny(k, "his", "her", "their", "its", "the"):
		return t.lastEventNoun(i, k+1)
	case t.isAny(k, "it", "he", "she", "they", "we", "i"):
		verb := t.lowerWord(k + 1)
		if verb == "" || t.w(k+1) != nil && t.w(k+1).unit != uNone {
			return false
		}
		return t.lastSentenceHas(i, verb)
	}
	return false
}

// lastSentenceHas reports whether the sentence of the date told last
// (up to i) holds the word w.
func (t *Tagger) lastSentenceHas(i int, w string) bool {
	return t.lastSentenceHolds(i, func(x string) bool { return x == w })
}

// lastSentenceHolds reports whether the sentence of the date told last
// (up to i) holds a word (lower case) that match accepts.
func (t *Tagger) lastSentenceHolds(i int, match func(string) bool) bool {
	a := t.lastStart
	for n := 0; a > 0 && n < 40; n++ {
		if tk := t.tok(a - 1); tk.kind == tPunct {
			if _, stop := t.cue(a-1, false); stop {
				break
			}
		}
		a--
	}
	for b, n := a, 0; b < i && n < 80; b, n = b+1, n+1 {
		if tk := t.tok(b); tk.kind == tPunct && b >= t.lastEnd {
			if _, stop := t.cue(b, false); stop {
				break
			}
		}
		if match(t.lowerWord(b)) {
			return true
		}
	}
	return false
}

// eventNounVerbs are the nouns of what a life or an office has happen
// ("his retirement", "their marriage"), each with the verbs that tell it.
var eventNounVerbs = map[string][]string{
	"retirement": {"retired", "retire", "retires"}, "marriage": {"married", "marries", "wed", "wedded"},
	"wedding": {"married", "marries", "wed", "wedded"}, "death": {"died", "dies"}, "election": {"elected"},
	"birth": {"born"}, "arrival": {"arrived", "arrives"}, "graduation": {"graduated", "graduates"},
	"resignation": {"resigned", "resigns"}, "appointment": {"appointed"}, "divorce": {"divorced"},
	"release": {"released"}, "founding": {"founded"}, "opening": {"opened", "opens"}, "closure": {"closed", "closes"},
	"move": {"moved", "moves"}, "return": {"returned", "returns"}, "departure": {"departed", "left"},
	"diagnosis": {"diagnosed"}, "promotion": {"promoted"}, "emigration": {"emigrated"}, "launch": {"launched"},
}

// sentencesBetween counts the sentence ends between tokens a and b.
func (t *Tagger) sentencesBetween(a, b int) int {
	n := 0
	for k := max(a, 0); k < b && k < len(t.toks); k++ { // (a is -10 when nothing was told yet)
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				n++
			}
		}
	}
	return n
}

// spoken reports whether token i is inside words reported in its sentence:
// within quotation marks, or after a verb of saying ("he suggested
// Kissinger had tricked him two years ago").
func (t *Tagger) spoken(i int) bool {
	k := i - 1
	for ; k >= 0; k-- {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				break
			}
		}
		if t.isAny(k, "said", "says", "say", "told", "tells", "suggested", "claimed", "argued", "wrote", "recalled", "declared",
			"announced", "added", "stated", "insisted", "noted", "remarked", "explained", "warned", "according", "asked", "replied") {
			return true
		}
	}
	from := 0
	if k >= 0 {
		from = int(t.toks[k].end)
	}
	seg := t.text[from:t.toks[i].start]
	return strings.Count(seg, "\"")%2 == 1 || strings.Count(seg, "“") > strings.Count(seg, "”")
}

// sameSentence reports whether no sentence ends between tokens a and b.
//
// Most asks are from the same a on to a later b (attrBase asks from the
// last attribution at every date after it): what the scan found is kept
// in t.same, and the next ask from a reads on from where it stopped
// rather than over the same tokens again.
func (t *Tagger) sameSentence(a, b int) bool {
	a = max(a, 0)
	m := &t.same
	if m.gen != t.lx.gen || m.a != a || m.n != len(t.toks) {
		*m = sameScan{gen: t.lx.gen, a: a, n: len(t.toks), hi: a, end: math.MaxInt}
	}
	// (m.end is the least b for which a token of [a, m.hi) ends the
	// sentence: a stop of cue's at k for any b past k, a clock time's
	// "p.m." at k for any b past k+1)
	for m.end > b && m.hi < b && m.hi < len(t.toks) {
		k := m.hi
		m.hi++
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				m.end = min(m.end, k+1)
			}
		}
		if t.clockEnds(k) {
			m.end = min(m.end, k+2)
		}
	}
	return m.end > b
}

// sameScan is what sameSentence's scan from a read, in the tokens of the
// text the lexer's run gen gave (n of them): the tokens [a, hi), and the
// least b before which one of them ends the sentence (end).
type sameScan struct{ gen, a, n, hi, end int }

// clockEnds reports whether token k, a clock time written with "a.m." or
// "p.m.", ends its sentence, the period of its "p.m." the sentence's: a
// capitalized word that is no zone, day or month follows ("... rose at
// 10:42 a.m. In May 2008, ...").
func (t *Tagger) clockEnds(k int) bool {
	tk := t.tok(k)
	if tk == nil || t.text[tk.end-1] != '.' || !(tk.kind == tNum && (tk.sfx == sfxAM || tk.sfx == sfxPM) || tk.kind == tWord && t.isAny(k, "am", "pm")) {
		return false
	}
	nx := t.tok(k + 1)
	if nx == nil || nx.kind != tWord || !nx.cap || t.isZoneWord(k+1) {
		return false
	}
	w := nx.w()
	return w == nil || w.wday == 0 && w.month == 0 && w.part == timeline.NoPart && !t.isAny(k+1, "local", "eastern", "central", "pacific", "mountain", "today", "tonight", "tomorrow", "yesterday")
}

// writingNouns name a piece of writing dated by the day after "of":
// "your letter of 3 May", "the order of the 2d of November".
var writingNouns = map[string]bool{
	"letter": true, "letters": true, "order": true, "orders": true, "favour": true, "favor": true,
	"note": true, "message": true, "dispatch": true, "despatch": true, "memorandum": true, "memo": true,
	"instructions": true, "communication": true, "email": true, "telegram": true, "cable": true,
}

// dayNoYear resolves "December 13" without a year; without an anchor
// the value keeps the year unknown (XXXX-12-13).
func (t *Tagger) dayNoYear(m, d, i, j int) (timeline.Date, string) {
	if t.is(j, "in") && t.is(j+1, "the") && t.tok(j+2) != nil && t.tok(j+2).kind == tNum && t.tok(j+2).sfx == sfxS {
		// "on 28 April in the 1960s": a day of some year of a decade,
		// which one unsaid
		return timeline.Date{}, "XXXX-" + two(m) + "-" + two(d)
	}
	if t.yearlyAfter(j) {
		// "payable on 15 January and 15 July in each year", "due on 1
		// March every year": that day of every year, none in particular
		return timeline.Date{}, "XXXX-" + two(m) + "-" + two(d)
	}
	t.askDay = true
	y, ok := t.monthYearFor(m, i, j)
	t.askDay = false
	if l := t.last; t.isAny(i-1, "until", "till") && l.Prec >= timeline.Day && l.Year != 0 && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 25 && t.sameSentence(t.lastEnd, i) {
		// "Snow fell on 26 December 1962 and lay until 4 March": what
		// lasted from the day just told lasted until the first such day
		// after it (1963), whatever year the verb's tense would give
		// (unless the verb's tense says otherwise: "closed on 3 May and
		// will stay shut until 1 June", told in November, is next June)
		yy := l.Year
		if m < l.Month || m == l.Month && d <= l.Day {
			yy++
		}
		at := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if !t.hasRef || !(at.Before(t.ref) && t.tense(i, j) > 0 || at.After(t.ref) && t.tense(i, j) < 0) {
			y, ok = yy, true
		}
	}
	if m == 9 && d == 11 && t.is(i-1, "of") && t.isAny(i-2, "anniversary", "victims", "families", "survivors", "aftermath", "memory", "lessons", "attacks") && (!t.hasRef || t.ref.Year() >= 2002) {
		return dayValue(2001, 9, 11), "" // "the 11th anniversary of Sept. 11": the attacks of 2001
	}
	if w := t.lowerWord(j); pastEventNouns[w] || (w == "terrorist" || w == "terror") && lowerIn(t, j+1, pastEventNouns) {
		// "the Sept. 11 attacks", "the March 11 earthquake": a day that
		// names what happened on it, which is past whatever the verb
		switch {
		case m == 9 && d == 11 && (w == "attacks" || w == "attack" || w == "terrorist" || w == "terror") && (!t.hasRef || t.ref.Year() >= 2001):
			return dayValue(2001, 9, 11), "" // the attacks of 2001
		case t.hasRef && !t.narrative:
			y, ok = t.ref.Year(), true
			if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(t.ref) {
				y--
			}
		}
	}
	if t.hasRef && t.is(i-1, "of") && lowerIn(t, i-2, writingNouns) {
		// "your order of the 2d of November", "your favour of 19 May",
		// in a letter: the day that writing was sent, gone by
		yy := t.ref.Year()
		if time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(t.ref) {
			yy--
		}
		return dayValue(yy, m, d), ""
	}
	if dir := t.plannedEventDir(i, j); dir != 0 && t.hasRef && !t.narrative {
		// "the minutes of its Oct. 29 meeting" (held), "a candidate for
		// the Feb. 17 vote" (to come): a day that names an event is the
		// last or the next such day as the words around it say,
		// whatever the verb's tense says of the sentence
		yy := t.ref.Year()
		at := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		switch {
		case dir < 0 && at.After(t.ref):
			yy--
		case dir > 0 && at.Before(t.ref):
			yy++
		}
		y, ok = yy, true
	}
	if !ok && !t.hasRef && t.last.Prec >= timeline.Day && t.last.Year != 0 && t.last.Month == m && d-t.last.Day >= -15 && d-t.last.Day <= 15 &&
		t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 4 && !t.paragraphBetween(t.lastEnd, i) {
		// "Directing your attention to September 14th, 2022. ... the
		// bag recovered on September 15": a day of the month just told,
		// of its year, with no writer's day to say otherwise
		y, ok = t.last.Year, true
	}
	for _, p := range [...]struct {
		d   timeline.Date
		end int
	}{{t.lastDay, t.lastDayEnd}, {t.prevDay, t.prevDayEnd}} {
		if p.d.Prec >= timeline.Day && p.d.Year != 0 && p.d.Month == m && p.d.Day == d && p.end >= 0 && p.end <= i && t.sentencesBetween(p.end, i) <= 6 {
			// "The gala is on Saturday, October 10, 2026. ... Gala
			// dinner: October 10, 7pm": a day just told, told again
			return dayValue(p.d.Year, m, d), ""
		}
	}
	if !ok {
		return timeline.Date{}, "XXXX-" + two(m) + "-" + two(d)
	}
	if !t.narrative && t.hasRef && y == t.ref.Year() && m == int(t.ref.Month()) {
		// the reference's own month, the tense sure: "spoke on 15
		// October" said on 9 October is last year's, "will meet on 2
		// October" next year's
		switch {
		case (t.closePast || t.is(i-1, "since")) && d > t.ref.Day():
			y-- // "have risen since March 20", said on 5 March: last year's
		case t.closeFuture && d < t.ref.Day():
			y++
		case d < t.ref.Day() && !t.closePast && t.titleYear() == y+1 && t.tense(i, j) == 0:
			y++ // "| Geminids | 13–14 December |" under "Meteor Shower Calendar 2025", compiled 20 December 2024 (see monthYearFor)
		}
	}
	if !t.narrative && t.hasRef && y != t.ref.Year() && t.last.Year == y && t.tense(i, j) < 0 && !(t.last.Prec == timeline.Year && t.eventGoesOn(i)) {
		// "The floods began in March 2025. ... On 25 November the
		// government declared a curfew", dated 27 November 2026: a day of
		// the last fortnight is the news's, not a day of the story's
		// year long before it
		if at := time.Date(t.ref.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC); validDay(t.ref.Year(), m, d) && !at.After(t.ref) && t.ref.Sub(at) <= 14*24*time.Hour {
			y = t.ref.Year()
		}
	}
	if !t.narrative && t.last.Prec >= timeline.Day && t.last.Year != t.ref.Year() && t.last.Month == m && (d >= t.last.Day || t.pluperfectClause(i)) &&
		t.lastEnd <= i && i-t.lastEnd <= 40 && t.sentencesBetween(t.lastEnd, i) <= 1 && t.tense(i, j) < 0 && !t.readerAsked(i) {
		// "the night of 15 October 1987 ... spoke on 15 October": the
		// day of that story, not this year's (but "On 21 February we
		// mark ..." is the writer's); and, in the pluperfect, a day
		// before it: "On 23 March 2025 the crew received a warning. The
		// fault had been recorded on 17 March"
		y = t.last.Year
	}
	if !validDay(y, m, d) {
		return timeline.Date{}, "XXXX-" + two(m) + "-" + two(d)
	}
	return dayValue(y, m, d), ""
}

// eventGoesOn reports whether the sentence of token i goes on telling of
// an event the sentence before named (a storm, a fire: pastEventNouns),
// whose subject, opening it, is "it" or such a noun again: "A storm hit
// the coast in 1981. It struck on December 12", "The storm made landfall
// on December 12" (not "It struck again": another one).
func (t *Tagger) eventGoesOn(i int) bool {
	s := i - 1
	for ; s > 0 && s > i-30; s-- {
		if t.opensSentence(s) {
			break
		}
	}
	if !t.opensSentence(s) || s < 2 {
		return false
	}
	v := s + 1 // (the verb)
	it := t.is(s, "it")
	if !it && t.is(s, "the") && lowerIn(t, s+1, pastEventNouns) {
		v++
	} else if !it {
		return false
	}
	if t.lyAdverb(v) || t.isAny(v, "then", "first", "finally") {
		v++
	}
	if c, _ := t.cue(v, true); c >= 0 || v >= i || it && !lowerIn(t, v, eventVerbs) {
		return false // ("The fire brigade said", "It is": no verb of the event's past right after; "A fire destroyed the mill in 1981. It reopened": the mill)
	}
	for k := s + 1; k < i; k++ {
		if t.isAny(k, "again", "another", "anniversary", "since") {
			return false
		}
	}
	ps := s - 2 // (the sentence before)
	for ; ps > 0 && ps > s-60 && !t.opensSentence(ps); ps-- {
	}
	if !t.opensSentence(ps) {
		return false
	}
	if it {
		// "it" is the event that opens the sentence before, its subject
		// ("In 1981 a storm hit the coast", "A storm hit the coast in
		// 1981"; not "A fire destroyed the mill in 1981. It reopened":
		// the mill)
		k := ps
		if t.isAny(k, "in", "during", "by") && t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
			k += 2
			if t.punct(k, ',') {
				k++
			}
		}
		for n := 0; n < 4 && k < s; n, k = n+1, k+1 {
			if lowerIn(t, k, pastEventNouns) {
				return true
			}
			if tk := t.tok(k); tk == nil || tk.kind == tPunct {
				return false
			}
			if c, _ := t.cue(k, true); c != 0 {
				return false
			}
		}
		return false
	}
	for k := ps; k < s; k++ {
		if lowerIn(t, k, pastEventNouns) {
			return true // ("A fire destroyed the mill in 1981. The blaze started on February 20")
		}
	}
	return false
}

// eventVerbs are what an event (pastEventNouns) did, told in the past:
// "It struck on December 12", "It made landfall".
var eventVerbs = map[string]bool{
	"struck": true, "hit": true, "happened": true, "occurred": true, "began": true, "started": true,
	"ended": true, "erupted": true, "raged": true, "spread": true, "swept": true, "killed": true,
	"destroyed": true, "damaged": true, "peaked": true, "lasted": true, "claimed": true, "made": true,
	"tore": true, "ripped": true, "devastated": true, "flattened": true, "caused": true, "broke": true,
}

// plannedEventDir tells, for the day written at tokens [i, j) that
// names an event held on it ("its Oct. 29 meeting", "the Feb. 17 vote",
// "the Oct. 29-30 meeting"), whether the words before it look back at it
// (-1: "the minutes of", "the outcome of") or ahead to it (+1: "a
// candidate for", "ahead of"); 0 when they do not say.
func (t *Tagger) plannedEventDir(i, j int) int {
	if t.punct(i-1, ':') && t.isAny(i-2, "deadline", "deadlines", "due", "rsvp", "closes", "expires", "expiry") {
		return 1 // "Sponsorship deadline: September 4": the next such day
	}
	if t.is(i-1, "of") && t.isAny(i-2, "report", "letter", "memo", "memorandum", "minutes", "notice", "judgment", "judgement", "email", "statement", "ruling", "decision", "note") &&
		t.isAny(i-3, "the", "your", "our", "its", "their", "his", "her", "my", "this", "that") && !t.tok(i-2).cap {
		return -1 // "The report of 10 January is the key document": a paper written, dated by the day it bears
	}
	if t.is(i-1, "on") && (lowerIn(t, i-2, plannedEventNouns) || t.isAny(i-2, "trial", "sentencing", "appearance", "return")) &&
		t.isAny(i-3, "his", "her", "their", "its", "the") && t.isAny(i-4, "until", "till", "pending", "awaiting", "before") {
		return 1 // "He was bailed until his trial on October 12": the trial to come
	}
	if !t.isAny(i-1, "its", "the", "their", "his", "her", "our", "this", "that") {
		return 0
	}
	if t.dash(j) && t.tok(j+1) != nil && t.tok(j+1).kind == tNum {
		j += 2 // "the Oct. 29-30 meeting"
	}
	if !lowerIn(t, j, plannedEventNouns) {
		return 0
	}
	switch {
	case t.is(i-2, "of") && t.isAny(i-3, "minutes", "transcript", "transcripts", "record", "records", "results", "outcome", "aftermath", "wake", "account"):
		return -1
	case t.is(i-2, "for") && t.isAny(i-3, "candidate", "candidates", "candidacy", "run", "running", "ready", "prepare", "preparing", "preparations", "registered", "campaign", "campaigning"),
		t.is(i-2, "of") && t.is(i-3, "ahead"), t.isAny(i-2, "before", "until", "towards", "toward"):
		return 1
	}
	return 0
}

// yearlyAfter reports whether the words from token j on, in the same
// clause, say that what they date comes back each year: "in each year",
// "every year", "annually", "each year thereafter" (after another day of
// the list at most: "on 15 January and 15 July in each year").
func (t *Tagger) yearlyAfter(j int) bool {
	for k := j; k < len(t.toks) && k < j+8; k++ {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' {
			return false
		}
		if t.isAny(k, "each", "every") && t.is(k+1, "year") || t.isAny(k, "annually", "yearly") {
			return true
		}
		if t.isAny(k, "commencing", "starting", "beginning", "from", "until", "since", "in") && !(t.is(k, "in") && t.isAny(k+1, "each", "every")) {
			return false
		}
	}
	return false
}

// plannedEventNouns name what is held on a day set beforehand.
var plannedEventNouns = map[string]bool{
	"meeting": true, "meetings": true, "vote": true, "election": true, "elections": true, "summit": true,
	"hearing": true, "session": true, "conference": true, "referendum": true, "poll": true, "ballot": true,
	"debate": true, "primary": true, "primaries": true, "runoff": true, "run-off": true, "talks": true,
	"deadline": true, "auction": true, "launch": true, "announcement": true, "decision": true, "policy": true,
}

// pastEventNouns name what happens once, unplanned: after a day ("the
// March 11 earthquake") they name a day gone by.
var pastEventNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "earthquake": true, "quake": true,
	"tsunami": true, "storm": true, "hurricane": true, "typhoon": true, "cyclone": true, "tornado": true,
	"flood": true, "floods": true, "flooding": true, "fire": true, "blaze": true, "shooting": true,
	"shootings": true, "massacre": true, "crash": true, "explosion": true, "blast": true, "disaster": true,
	"killings": true, "killing": true, "raid": true, "riots": true, "riot": true, "coup": true,
	"accident": true, "derailment": true, "collapse": true, "assassination": true, "murder": true,
	"murders": true, "stabbing": true, "stampede": true, "landslide": true, "eruption": true, "spill": true,
	"outage": true, "hijacking": true, "hijackings": true, "uprising": true, "tragedy": true, "ambush": true,
	"collision": true, "robbery": true, "burglary": true, "assault": true, "incident": true,
}

// ordinalDayOf reads a day told by its ordinal and the month it is of:
// "the first of December" (the spelled ordinal; "the 4th of July" is read
// with the numbers), "the 20th of next month", "the 3rd of this month".
func (t *Tagger) ordinalDayOf(i int) (res, bool) {
	tk := t.tok(i)
	d := 0
	switch {
	case tk.kind == tNum && tk.sfx == sfxOrd && tk.nd <= 2:
		d = int(tk.n)
	case tk.kind == tWord && tk.w() != nil && tk.w().ord > 0 && tk.w().ord <= 31:
		d = tk.w().ord
	}
	first := i // the ordinal's first word
	if d > 0 && d < 10 && tk.kind == tWord {
		// "the twenty-third of this month": the day is the whole
		// compound, not its last word
		p := i - 1
		if t.dash(p) && t.glued(i) && t.glued(p) {
			p--
		}
		if pw := t.w(p); pw != nil && (pw.num == 20 || pw.num == 30) {
			first, d = p, pw.num+d
		}
	}
	of := i + 1
	if t.is(of, "day") && t.is(of+1, "of") {
		of++ // "the Thirteenth Day of December"
	}
	if d < 1 || d > 31 || !t.is(of, "of") {
		return res{}, false
	}
	start := first
	if t.is(first-1, "the") && t.lastEnd <= first-1 {
		start = first - 1
	}
	k := of + 1
	if w := t.w(k); w != nil && w.month > 0 && (t.tok(k).cap || t.tok(k).upper) && tk.kind == tWord {
		// "the first of December", "the first of December 2025", "the
		// Thirteenth Day of December in the Year of our Lord One
		// thousand seven hundred and seventy-five"
		if y, k2, ok := t.yearAt(k + 1); ok && validDay(y, w.month, d) {
			return res{start: start, end: k2, typ: Date, d: dayValue(y, w.month, d)}, true
		}
		if y, k2, ok := t.formalYear(k + 1); ok && validDay(y, w.month, d) {
			return res{start: start, end: k2, typ: Date, d: dayValue(y, w.month, d)}, true
		}
		r := res{start: start, end: k + 1, typ: Date, noYear: true}
		r.d, r.val = t.dayNoYear(w.month, d, start, k+1)
		return r, true
	}
	if t.isAny(k, "next", "last", "this") && t.is(k+1, "month") && t.hasRef && !t.narrative {
		// "the 20th of next month"
		off := map[string]int{"next": 1, "last": -1, "this": 0}[t.lowerWord(k)]
		mt := time.Date(t.ref.Year(), t.ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
		if validDay(mt.Year(), int(mt.Month()), d) {
			return res{start: start, end: k + 2, typ: Date, d: dayValue(mt.Year(), int(mt.Month()), d)}, true
		}
	}
	return res{}, false
}

// ---- weekdays ----

// weekdayYear gives a day written with its weekday but not its year
// ("Thursday 2 October" on a page with no date of its own) the year the
// weekday fits, of the year of the dates the text has told and the ones
// either side: the one year only (2025 for Thursday 2 October, after
// "12 September 2025 – 5 January 2026").
func (t *Tagger) weekdayYear(r res, wday int) (res, bool) {
	m, d := unknownMonth(r)
	if m == 0 || d == 0 || t.lastUnknown || t.last.Prec < timeline.Year || t.last.Year <= 0 || t.last.IsVague() {
		return r, false
	}
	var fit []int
	for _, y := range []int{t.last.Year - 1, t.last.Year, t.last.Year + 1} {
		if !validDay(y, m, d) {
			continue
		}
		if tt := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); int(tt.Weekday()+6)%7+1 == wday {
			fit = append(fit, y)
		}
	}
	if len(fit) != 1 {
		return r, false
	}
	r.d, r.val, r.noYear = dayValue(fit[0], m, d), "", false
	return r, true
}

// ordinalBefore reports whether token k ends an ordinal ("7th", "fifth").
func (t *Tagger) ordinalBefore(k int) bool {
	if tk := t.tok(k); tk != nil && tk.kind == tNum && tk.sfx == sfxOrd {
		return true
	}
	w := t.w(k)
	return w != nil && w.ord > 0
}

// weekdayDayMonth reads, at k after weekday wday at i, a day and month
// written as two numbers with no year ("Fri 24/10", "Tue 4/11"): the
// order the weekday fits near the reference date (within half a year),
// the text's or the user's order when both do; false when none fits.
// weekdayDayOfMonth reads a weekday and a day of the month with no month
// written ("Sat 1", "Mon 31"), as a month's table or diary gives them: the
// day of the month the text last named (or the next) that falls on that
// weekday; none when neither does.
func (t *Tagger) weekdayDayOfMonth(i, k, wday int) (res, bool) {
	n, nd, ok := t.num(k)
	if !ok || nd > 2 || n < 1 || n > 31 || t.tok(k).sfx == sfxAM || t.tok(k).sfx == sfxPM ||
		t.glued(k+1) && t.tok(k+1) != nil && t.tok(k+1).kind != tWord && !(t.tok(k).sfx == sfxOrd && (t.punct(k+1, '.') || t.punct(k+1, ',') || t.punct(k+1, ':')) && !t.glued(k+2)) || // ("Tuesday 13th. Marched")
		t.last.Prec < timeline.Month || t.last.Year <= 0 || t.isMonthAt(k+1) || t.w(k+1) != nil && t.w(k+1).unit != uNone ||
		t.isAny(k+1, "am", "pm", "o") { // "Tuesday through Sunday, 10 a.m. to 5 p.m.": an hour, no day of the month
		return res{}, false
	}
	if _, _, ok := t.spanListHour(k); ok && t.spanJoin(k+1) {
		return res{}, false // "Monday, 4 to 7 p.m.": the hour a span opens
	}
	for _, step := range []int{0, 1} {
		y, m := t.last.Year, t.last.Month+step
		if m > 12 {
			y, m = y+1, 1
		}
		if !validDay(y, m, n) {
			continue
		}
		if d := time.Date(y, time.Month(m), n, 0, 0, 0, 0, time.UTC); int(d.Weekday()+6)%7+1 == wday {
			return res{start: i, end: k + 1, typ: Date, d: dayValue(y, m, n)}, true
		}
	}
	return res{}, false
}

func (t *Tagger) weekdayDayMonth(i, k, wday int) (res, bool) {
	a, nda, ok1 := t.num(k)
	b, ndb, ok2 := t.num(k + 2)
	if !ok1 || !ok2 || nda > 2 || ndb > 2 || !t.hasRef || !t.glued(k+1) || !t.glued(k+2) ||
		!(t.punct(k+1, '/') || t.punct(k+1, '.')) || t.tok(k).sfx != sfxNone || t.tok(k+2).sfx != sfxNone {
		return res{}, false
	}
	if t.glued(k+3) && t.tok(k+3) != nil && (t.tok(k+3).kind == tNum || t.punct(k+3, '/') || t.punct(k+3, '.') && t.glued(k+4) && t.tok(k+4) != nil && t.tok(k+4).kind == tNum) {
		return res{}, false // a year follows: the numeric reader's
	}
	fits := func(day, month int) (timeline.Date, bool) {
		if month < 1 || month > 12 || day < 1 || day > 31 {
			return timeline.Date{}, false
		}
		for _, y := range []int{t.ref.Year(), t.ref.Year() + 1, t.ref.Year() - 1} {
			if !validDay(y, month, day) {
				continue
			}
			d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
			if gap := d.Sub(t.ref).Hours() / 24; gap > -300 && gap < 300 && int(d.Weekday()+6)%7+1 == wday { // ("Fri 9/19" in a tour list of March: the weekday says the year)
				return dayDate(d), true
			}
		}
		return timeline.Date{}, false
	}
	dm, okDM := fits(a, b)
	md, okMD := fits(b, a)
	var d timeline.Date
	switch {
	case okDM && okMD && a != b:
		switch {
		case t.opt.DayFirst && !t.opt.MonthFirst:
			d = dm
		case t.opt.MonthFirst:
			d = md
		default:
			return res{}, false
		}
	case okDM:
		d = dm
	case okMD:
		d = md
	default:
		return res{}, false
	}
	return res{start: i, end: k + 3, typ: Date, d: d}, true
}

// monthNameNouns after "the May" or "the March" make a name of a person
// or a thing, no month: "the May government", "the March hare".
var monthNameNouns = map[string]bool{
	"government": true, "administration": true, "cabinet": true, "ministry": true, "premiership": true,
	"years": true, "era": true, "family": true, "hare": true, "brothers": true, "sisters": true, "twins": true,
	"department": true, "company": true, "store": true, "stores": true, "estate": true, "collection": true,
}

// plainAbbrDays are the short names of days that are no other word
// ("Wed", "Sat", "Sun" and "Mon" are).
var plainAbbrDays = map[string]bool{"tue": true, "tues": true, "thu": true, "thur": true, "thurs": true, "fri": true}

// ordinalOfNoun reports whether the word at k, after "the 13th", is a
// noun the ordinal counts ("on Thursday, the 13th such launch", "Friday,
// the 5th goal of the series"): a lower-case word that is no word a date
// goes on with.
func (t *Tagger) ordinalOfNoun(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap || t.newLine(k) {
		return false
	}
	return !t.isAny(k, "at", "in", "on", "and", "or", "but", "when", "as", "to", "for", "with", "from", "by", "until", "till",
		"we", "he", "she", "they", "i", "it", "you", "there", "this", "that", "the", "a", "an", "after", "before", "while", "if",
		"was", "is", "will", "would", "had", "has", "have", "were", "are", "morning", "afternoon", "evening", "night", "last", "next", "this",
		"onwards", "onward", "inclusive") // ("from the 13th onwards")
}

// weeklyHours reports whether the weekday at i opens or closes a span of
// weekdays that tells when something is open or can be reached, every
// week: "open Monday through Friday", "Monday to Friday, 9 a.m. to 5
// p.m.", "Opening hours: Monday–Saturday". A span told as done or to come
// ("Talks ran Monday through Friday", "will be closed Monday to Friday")
// is of one week.
func (t *Tagger) weeklyHours(i int) bool {
	a := i
	switch {
	case (t.isAny(i+1, "through", "to", "thru") || t.dash(i+1)) && t.w(i+2) != nil && t.w(i+2).wday > 0 && !t.w(i+2).plural:
	case (t.isAny(i-1, "through", "to", "thru") || t.dash(i-1)) && t.w(i-2) != nil && t.w(i-2).wday > 0 && !t.w(i-2).plural:
		a = i - 2
	default:
		return false
	}
	b := a + 3 // after the span
	if t.isAny(b, "last", "this", "next") || t.is(b, "of") {
		return false // "Monday through Friday last week"
	}
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ':' && tk.r != ',' || t.isAny(k, "will", "would", "was", "were", "had", "last", "next", "this") {
			break
		}
		if t.isAny(k, "open", "opens", "hours", "staffed", "available", "operates", "operate", "call", "reached", "served", "weekdays") {
			return true
		}
	}
	// a clock's span after it: "Monday to Friday 9:00-17:00", "Monday
	// through Friday, from 9 a.m. to 5 p.m."
	if t.punct(b, ',') {
		b++
	}
	if t.isAny(b, "from", "between") {
		b++
	}
	if tk := t.tok(b); tk != nil && tk.kind == tNum && !t.isMonthAt(b+1) && !t.is(b+1, "of") {
		if r, ok := t.clock(b); ok && r.typ == Time {
			return t.isAny(r.end, "to", "until", "and") || t.dash(r.end)
		}
	}
	return false
}

// holidayWeekday reports whether the weekday at i (wday, Monday 1) ends a
// feast's name with the capitalised word before it: "Easter Monday",
// "Whit Monday", "Good Friday", "Ash Wednesday".
func (t *Tagger) holidayWeekday(i, wday int) bool {
	p := t.tok(i - 1)
	if p == nil || !p.cap || p.kind != tWord || p.id == 0 {
		return false
	}
	switch wday {
	case 1:
		return t.isAny(i-1, "easter", "whit", "cyber")
	case 3:
		return t.is(i-1, "ash")
	case 2:
		return t.is(i-1, "shrove")
	case 4:
		return t.isAny(i-1, "maundy", "holy")
	case 5:
		return t.isAny(i-1, "good", "black")
	case 6:
		return t.is(i-1, "holy")
	case 7:
		return t.isAny(i-1, "easter", "whit", "palm", "mothering", "remembrance")
	}
	return false
}

// namedDays are the words that name a day of the church's year, or of a
// parish's or a nation's, with the weekday after them, by the weekdays
// (a bit each, Monday 1) they go with: "Trinity Sunday", "Clean Monday",
// "Pledge Sunday". (The feasts the tagger can place are read by holiday;
// a name it cannot place is no day of the week it is written in.)
var namedDays = map[string]uint8{
	"trinity": 1 << 7, "pentecost": 1 << 7, "gaudete": 1 << 7, "laetare": 1 << 7, "rose": 1 << 7,
	"passion": 1 << 7, "thomas": 1 << 7, "mercy": 1 << 7, "advent": 1 << 7, "pledge": 1 << 7,
	"stewardship": 1 << 7, "commitment": 1 << 7, "homecoming": 1 << 7, "reformation": 1 << 7,
	"transfiguration": 1 << 7, "forgiveness": 1 << 7, "orthodoxy": 1 << 7, "cheesefare": 1 << 7,
	"meatfare": 1 << 7, "septuagesima": 1 << 7, "sexagesima": 1 << 7, "quinquagesima": 1 << 7,
	"rogation": 1 << 7, "refreshment": 1 << 7, "christi": 1<<7 | 1<<4, "rally": 1 << 7, "shepherd": 1 << 7,
	"ascension": 1 << 4, "clean": 1 << 1, "lazarus": 1 << 6, "fat": 1 << 2, "spy": 1 << 3,
	// the days of a disaster or a vote that history or the papers named
	// ("Black Saturday", the bushfires of 2009; "Bloody Sunday"; "Black
	// Monday", the crash of 1987; "Super Tuesday"): no day of the week
	// the text is written in (but see primarySeason)
	"black": allWeekdays, "bloody": allWeekdays, "super": allWeekdays, "blue": 1 << 1, "manic": 1 << 1,
}

// allWeekdays has the bits of every weekday (see namedDays).
const allWeekdays = 1<<1 | 1<<2 | 1<<3 | 1<<4 | 1<<5 | 1<<6 | 1<<7

// weekdayDayBefore reads the weekday wd that "the day before" (or
// "after") right after it, at j, ties to a day the same sentence gives a
// few words on: "on Sunday, the day before the main conference opens
// (22–26 September)" is 21 September, when that day is a Sunday.
func (t *Tagger) weekdayDayBefore(wd, j int) (time.Time, bool) {
	for k := j + 4; k < len(t.toks) && k <= j+16; k++ {
		tk := &t.toks[k]
		if tk.kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				break
			}
			continue
		}
		if tk.kind != tNum && (t.w(k) == nil || t.w(k).month == 0) {
			continue
		}
		r, ok := t.core(k, false)
		if !ok || r.typ != Date || r.d.Prec != timeline.Day || r.val != "" {
			continue
		}
		base := r.d
		step := -1
		if t.is(j+3, "after") {
			step = 1
			if r2, ok := t.rangeEnd(r); ok && r2.d.Prec == timeline.Day {
				base = r2.d
			}
		}
		tt, ok := dayTime(base)
		if !ok {
			return time.Time{}, false
		}
		tt = tt.AddDate(0, 0, step)
		if int(tt.Weekday()+6)%7+1 != wd {
			return time.Time{}, false
		}
		return tt, true
	}
	return time.Time{}, false
}

// deadlineWeekday reports whether the weekday at i is a deadline's, a
// few words after "deadline" or "due" in its clause: "The full survey is
// planned for the week of 14 July. We may apply for a grant; the deadline
// is Friday." A deadline is set before the week a plan names, so its
// weekday is none of that week's.
func (t *Tagger) deadlineWeekday(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if t.isAny(k, "deadline", "deadlines", "due") {
			return true
		}
		if t.toks[k].kind == tPunct && !t.punct(k, ':') {
			return false
		}
	}
	return false
}

// namedWeekday reports whether the weekday at i (wday, Monday 1) ends a
// day's name of namedDays with the capitalised word before it.
func (t *Tagger) namedWeekday(i, wday int) bool {
	p := t.tok(i - 1)
	if p == nil || !p.cap || p.kind != tWord || !t.tok(i).cap || t.glued(i) {
		return false
	}
	if wday == 2 && t.is(i-1, "super") && t.primarySeason() {
		return false // "Super Tuesday" told in a season of primaries: see wordExpr
	}
	return lowerIn(t, i-1, namedDays)&(1<<wday) != 0
}

// primarySeason reports whether the reference date falls in the first
// months of an American presidential election year, when "Super
// Tuesday" is a Tuesday of this season's primaries (5 March 2024) and
// not the name of one of another year.
func (t *Tagger) primarySeason() bool {
	return t.hasRef && t.ref.Year()%4 == 0 && t.ref.Month() <= 3
}

func (t *Tagger) weekdayExpr(i int) (res, bool) {
	tk := t.tok(i)
	w := tk.w()
	j := i + 1
	if t.dash(i-1) && t.glued(i) && t.glued(i-1) && t.w(i-2) != nil && t.w(i-2).wday > 0 {
		return res{}, false // "open Mon-Fri 9am-5pm": the days of every week
	}
	if t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2) && t.w(i+2) != nil && t.w(i+2).wday > 0 ||
		t.punct(i-1, '/') && t.glued(i) && t.glued(i-1) && t.w(i-2) != nil && t.w(i-2).wday > 0 {
		// "our Tue/Thu schedule", "classes meet Mon/Wed.": the days of
		// every week
		end := j
		if w.abbr && t.punct(j, '.') && t.glued(j) && !t.punct(i-1, '/') {
			end++
		}
		return res{start: i, end: end, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}, true
	}
	if !w.plural && t.weeklyHours(i) {
		// "The hotline is open Monday through Friday, 9 a.m. to 5 p.m.":
		// the days of every week
		return res{start: i, end: j, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}, true
	}
	if w.abbr {
		if t.punct(j, '.') && t.glued(j) {
			j++
		} else if nx := t.tok(j); !t.punct(j, ',') && !(tk.cap && nx != nil && (nx.kind == tNum || nx.kind == tWord && nx.w() != nil && nx.w().month > 0)) &&
			!(tk.cap && plainAbbrDays[w.key]) {
			return res{}, false // but "Sat 14 June", "Thu Oct 3": a date follows; "Tue", "Thu": no word but a day's
		}
	}
	if !tk.cap && !tk.upper {
		return res{}, false
	}
	if t.holidayWeekday(i, w.wday) || t.namedWeekday(i, w.wday) {
		// "Easter Monday: 6 April 2026": the weekday ends a feast's name,
		// and the date after it is read on its own; "Pledge Sunday",
		// "Clean Monday", "Thomas Sunday" with no date: a day of the
		// year the name places, not the week's
		return res{}, false
	}
	if !w.plural && (t.is(j, "of") || t.is(j, "in") && t.tok(j+1) != nil && t.tok(j+1).kind == tWord && t.tok(j+1).cap) &&
		(t.ordinalBefore(i-1) || t.is(i-1, "last") && t.is(i-2, "the")) {
		// "the second Sunday of Great Lent", "the first Monday of the
		// month" (those of a month are read whole, see nthWeekday): a
		// day counted in a season or a period, none of this week
		return res{}, false
	}
	if t.punct(j, ':') && !t.newLine(j+1) {
		// "Bank holiday Monday: 4 May 2026": the weekday names the day
		// written after it
		if r, ok := t.core(j+1, false); ok && r.typ == Date && r.d.Prec == timeline.Day && r.start == j+1 {
			if tt, ok := dayTime(r.d); ok && (int(tt.Weekday())+6)%7+1 == w.wday {
				r.start = i
				return r, true
			}
		}
	}
	if p := t.w(j); p != nil && p.part != timeline.NoPart && !p.plural && !w.plural && t.punct(j+1, ',') && !t.newLine(j+2) {
		// "Saturday night, September 28, 2024, at 9:00 p.m.", "Thursday
		// evening, October 24": the part of the day written, then the
		// day it is of
		if r, ok := t.core(j+2, false); ok && r.start == j+2 && r.typ == Date && r.d.Prec == timeline.Day && r.val == "" && r.mod == timeline.ModNone {
			if r.noYear {
				// "on a Saturday afternoon, 3 May", told in June 2026: the
				// year the weekday fits, 2025, as in "Saturday, 3 May"
				// (or the story's year when it fits and the year
				// guessed does not: "The storm of 1981 ... hit on a
				// Saturday night, 12 December")
				r.start = i
				r = t.appositeYear(r, w.wday)
			}
			if r.val != "" && r.d.Prec == timeline.PrecisionNone {
				// (no year near fits: "XXXX-05-03TAF")
				r.typ, r.val = Time, r.val+"T"+p.part.String()
				return r, true
			}
			if tt, ok := dayTime(r.d); ok && int(tt.Weekday()+6)%7+1 == w.wday {
				r.start = i
				if c := t.clockAfterDate(r); c.end > r.end {
					return c, true // (the clock written after it says more)
				}
				for k := r.end; k < r.end+4 && k < len(t.toks) && !t.newLine(k); k++ {
					if t.clockAfter(k) {
						return r, true // ("beginning at 9:00 p.m.": and the clock after it is of that day)
					}
					if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' {
						break
					}
				}
				r.typ, r.d.Part = Time, p.part
				return r, true
			}
		}
	}
	// "Friday, Oct. 23", "Thursday 13 December 2017"
	k := j
	if t.punct(k, ',') {
		k++
	}
	if nw := t.w(k); nw != nil && nw.month > 0 {
		if r, ok := t.monthExpr(k, false); ok && r.d.Prec >= timeline.Day {
			r.start = i
			return t.clockAfterDate(t.checkWeekday(r, w.wday)), true
		} else if ok && r.val != "" {
			if r2, ok := t.weekdayYear(r, w.wday); ok {
				r2.start = i
				return t.clockAfterDate(r2), true
			}
			if m, d := unknownMonth(r); m > 0 && d > 0 && r.typ == Date && r.mod == timeline.ModNone && !t.hasRef && t.last.Prec == timeline.PrecisionNone {
				// "from Friday, October 18 through Sunday, October 20,
				// 2024", in a text that gives no year before: the day
				// whole, its year to come from the range's end
				r.start = i
				return r, true
			}
		}
	}
	if n, nd, ok := t.num(k); ok {
		if r, ok := t.numeric(k); ok && r.d.Prec >= timeline.Day && r.typ == Date { // ("Friday, 9am": a time of that Friday, read on its own)
			r.start = i
			return t.clockAfterDate(t.checkWeekday(r, w.wday)), true
		} else if ok && r.typ == Date && r.val != "" {
			if r2, ok := t.weekdayYear(r, w.wday); ok {
				r2.start = i
				return t.clockAfterDate(r2), true
			}
		}
		if r, ok := t.weekdayDayMonth(i, k, w.wday); ok {
			// "Fri 24/10", "Tue 4/11 at 7pm"
			return t.clockAfterDate(r), true
		}
		if m, y, ok := t.sharedMonth(k); ok && nd <= 2 && validDay(y, m, n) {
			// "Monday 1 and Tuesday 2 September 2025", "from Wednesday
			// 16 to Friday 18 September 2026": the month written after
			// the last day is the first's too, before any month the
			// text named earlier
			r := res{start: i, end: k + 1, typ: Date, d: dayValue(y, m, n)}
			return t.checkWeekday(r, w.wday), true
		}
		if r, ok := t.weekdayDayOfMonth(i, k, w.wday); ok {
			// "Sat 1  04:12  5.2" in a table for August 2026
			return r, true
		}
		if r, ok := t.weekdayDayNumber(i, k, w); ok {
			return r, true
		}
	}
	if t.is(k, "the") && !w.plural {
		// "Saturday, the twelfth of June, two thousand twenty-seven",
		// "it's Tuesday the 11th of February 2025"
		if r, ok := t.theNthOf(k); ok {
			r.start = i
			if r.d.Prec >= timeline.Day {
				return t.clockAfterDate(t.checkWeekday(r, w.wday)), true
			}
			if r.val != "" {
				if r2, ok := t.weekdayYear(r, w.wday); ok {
					r2.start = i
					return t.clockAfterDate(r2), true
				}
			}
		}
	}
	if t.is(k, "the") && !w.plural {
		if r, ok := t.archaicDay(k); ok && r.d.Prec >= timeline.Day {
			// "on Saturday the 22nd inst.": one day, the weekday's and
			// the month's
			r.start = i
			return t.clockAfterDate(r), true
		}
		// "Friday the 21st": the 21st that is a Friday, the nearest
		// such, in the direction the tense says
		if tk := t.tok(k + 1); tk != nil && tk.kind == tNum && tk.sfx == sfxOrd && tk.nd <= 2 && tk.n >= 1 && tk.n <= 31 && !t.isMonthAt(k+2) && !t.is(k+2, "of") && !t.ordinalOfNoun(k+2) {
			if d, ok := t.weekdayOfMonthDay(w.wday, int(tk.n), i, k+2); ok {
				return res{start: i, end: k + 2, typ: Date, d: d}, true
			}
		}
	}
	if w.abbr && t.punct(i+1, ',') {
		return res{}, false
	}
	if !w.plural && t.isAny(j, "and", "or") {
		// "Tuesday and Friday evenings": each of the days the plural after
		// the pair names, a set like the second
		if w2 := t.w(j + 1); w2 != nil && w2.wday > 0 && !w2.plural {
			if p := t.w(j + 2); p != nil && p.part != timeline.NoPart && p.plural {
				return res{start: i, end: j, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(w.wday) + "T" + p.part.String(), quant: qEvery}, true
			}
		}
	}
	if w.plural {
		r := res{start: i, end: j, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}
		if p := t.w(j); p != nil && p.part != timeline.NoPart {
			r.val += "T" + p.part.String()
			r.end = j + 1
		}
		return r, true
	}
	if w.key == "sun" || w.key == "sat" || w.key == "wed" {
		// "Sun.", and a stamp's "[Sun 06:02]", "Sat 14:30 –": the day
		// before a clock time (not "the Sun", "Sat down", "Wed")
		stamp := t.tok(i).cap && t.tok(j) != nil && t.tok(j).kind == tNum && t.punct(j+1, ':') && t.glued(j+1) &&
			(t.punct(i-1, '[') || t.punct(i-1, '(') || t.lineStart(i))
		if !t.punct(i+1, '.') && !stamp {
			return res{}, false
		}
		if !stamp && (t.isAny(i-1, "the", "a", "an") || t.isAny(i-2, "the", "a", "an") && t.w(i-1) == nil && t.tok(i-1).kind == tWord && !t.tok(i-1).cap) {
			return res{}, false // "a lower Sun.", "the setting Sun.": the star, at a sentence's end
		}
	}
	if nx := t.tok(j); nx != nil && nx.kind == tWord && nx.cap && !t.is(j, "i") && !t.newLine(j) && (nx.w() == nil || nx.w().month == 0 && nx.w().part == timeline.NoPart && nx.w().wday == 0 && nx.w().unit == uNone && nx.w().season == 0 && nx.w().num == 0) &&
		!(t.isAny(i-1, "on", "by", "until", "till", "since", "from", "said", "says", "told", "announced", "reported", "late", "early", "before", "after") && t.tok(i-1).kind == tWord) {
		return res{}, false // "Sunday Times", but not "On Monday I went", "said Monday Cyprus would", "On Monday Kerry met"
	}
	if lowerIn(t, j, weekdayThings) && !t.glued(j) {
		return res{}, false
	}
	if lowerIn(t, j, weekdayNouns) && !t.glued(j) {
		// "cut Sunday service", "after Friday prayers": such days, none
		// in particular
		return res{start: i, end: j, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}, true
	}
	if t.is(i-1, "the") {
		// "term starts on the Tuesday": a day of a week the text does not
		// name (but "the Tuesday deadline", "the Friday explosions" are
		// that day's)
		if nx := t.tok(j); nx == nil || nx.kind == tPunct || t.newLine(j) || t.isAny(j, "and", "or", "when", "but", "at", "in", "with", "to") ||
			t.isAny(j, "it", "we", "i", "he", "she", "they", "you") {
			// (nor "Then on the Sunday it collapsed", "the Sunday we
			// met": the Sunday of the week the story is in, which
			// theWeekdayAfter reads after a day just told, or of the
			// clause; not the one before the writer's day)
			return res{}, false
		}
	}
	r := res{start: i, end: j, typ: Date, weekday: true}
	if r2, ok := t.weekdayAfterNext(i, j, w.wday); ok {
		return r2, true
	}
	// "Thursday week", "Thursday fortnight": a week or two after the
	// coming Thursday, as the British say
	if t.isAny(j, "week", "fortnight") && !t.isAny(i-1, "the", "a", "that", "this", "each", "every") &&
		!(t.glued(j+1) && (t.dash(j+1) || t.punct(j+1, '\'') || t.punct(j+1, '’'))) {
		if nx := t.tok(j + 1); nx == nil || nx.kind != tWord || nx.w() != nil && nx.w().num == 0 && (nx.w().function || nx.w().start) || t.isAny(j+1, "to", "at", "in", "on", "and", "when") {
			weeks := 1
			if t.is(j, "fortnight") {
				weeks = 2
			}
			r.end = j + 1
			if base, ok := t.anchor(false); ok && base.Prec >= timeline.Day && !t.narrative {
				if bt, ok := dayTime(base); ok {
					r.d = dayDate(weekdayNear(bt, w.wday, 1).AddDate(0, 0, 7*weeks))
					return r, true
				}
			}
			r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
			return r, true
		}
	}
	// "on Tuesday last", "Monday next": the last or the next, as older
	// English puts it after the day (not "Tuesday last week")
	if t.isAny(j, "last", "next") && !t.tok(j).cap {
		if nx := t.tok(j + 1); nx == nil || nx.kind == tPunct || t.isAny(j+1, "and", "at", "in", "when", "we", "i", "he", "she", "they", "it",
			"the", "a", "an", "his", "her", "their", "our", "my", "you", "there") || // ("On Monday last the Queen left")
			nx.kind == tWord && nx.cap && !t.newLine(j+1) && (nx.w() == nil || nx.w().month == 0 && nx.w().wday == 0 && nx.w().unit == uNone && nx.w().season == timeline.NoSeason && nx.w().part == timeline.NoPart && nx.w().num == 0) { // ("On Thursday last Her Majesty opened the Exhibition")
			dir := -1
			if t.is(j, "next") {
				dir = 1
			}
			r.end = j + 1
			if day, ok := t.weekdayDate(w.wday, dir, i, j+1); ok {
				r.d = dayDate(day)
				return r, true
			}
			r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
			return r, true
		}
	}
	// "Tuesday of last week", "Tuesday and Wednesday of next week",
	// "from Monday to Friday next week"
	k = j
	if (t.isAny(k, "and", "or", "to", "through", "until") || t.dash(k)) && t.w(k+1) != nil && t.w(k+1).wday > 0 {
		k += 2
	}
	of := t.is(k, "of")
	if of {
		k++
	}
	if t.isAny(k, "last", "this", "next") && t.is(k+1, "week") && !(t.glued(k+2) && (t.punct(k+2, '\'') || t.punct(k+2, '’'))) && t.hasRef && !t.narrative {
		off := map[string]int{"last": -7, "this": 0, "next": 7}[t.lowerWord(k)]
		monday := t.ref.AddDate(0, 0, -((int(t.ref.Weekday())+6)%7)+off)
		r.d = dayDate(monday.AddDate(0, 0, w.wday-1))
		if of && k == j+1 {
			r.end = k + 2 // "Wednesday of last week" is one expression
		}
		return r, true
	}
	if of && !t.newLine(k) {
		// "on the Tuesday of that week", "Friday of the following
		// week": that day of the week the words after it name
		if r2, ok := t.core(k, false); ok && r2.start == k && r2.typ == Date && r2.d.Prec == timeline.Week && !r2.d.Weekend && r2.val == "" {
			if ws, _ := r2.d.Bounds(); !ws.IsZero() {
				r.d = dayDate(ws.AddDate(0, 0, w.wday-1))
				if k == j+1 {
					r.end = r2.end
				}
				return r, true
			}
		}
		// "the Wednesday of reading week", "Friday of Week 3", "the
		// Saturday of the match": a day of a week the text names but
		// does not date, none the writer's (but "reported Friday of a
		// loss": the verb's "of")
		if t.is(i-1, "the") || t.is(k, "week") || t.is(k+1, "week") || t.is(k+2, "week") {
			r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
			return r, true
		}
	}
	if m := j; !of && (t.is(m, "that") || t.tok(m) != nil && t.tok(m).kind == tWord && !t.tok(m).cap && t.w(m) == nil && t.is(m+1, "that")) {
		// "the Thursday seminar that week", "on Friday that week": that
		// week's day
		if t.w(m) == nil {
			m++
		}
		if t.is(m+1, "week") {
			if r2, ok := t.core(m, false); ok && r2.start == m && r2.typ == Date {
				if ws, _ := r2.d.Bounds(); r2.d.Prec == timeline.Week && !r2.d.Weekend && r2.val == "" && !ws.IsZero() {
					r.d = dayDate(ws.AddDate(0, 0, w.wday-1))
					return r, true
				}
				if r2.val == unknownUnit(uWeek) {
					r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
					return r, true
				}
			}
		}
	}
	day, ok := t.weekdayDate(w.wday, 0, i, j)
	if !ok {
		r.val = "XXXX-WXX-" + strconv.Itoa(w.wday)
		return t.partAfter(r), true
	}
	if label := (i == 0 || t.newLine(i)) && t.punct(j, ':'); label && !t.narrative {
		// "This week¶Monday: Toddler Praise, 10am.¶Saturday: working
		// party": a programme's days, one a line, in order
		if lt, ok := dayTime(t.labelDay); ok && i-t.labelDayEnd <= 60 && day.Before(lt) {
			day = day.AddDate(0, 0, 7)
		}
		defer func() { t.labelDay, t.labelDayEnd = dayDate(day), j }()
	}
	r.d = dayDate(day)
	return t.partAfter(r), true
}

// weekdayAfterNext reads "the Sunday after next" and "the Friday before
// last" (the weekday wd at i, its word ending before j): a week after the
// coming one of that weekday, a week before the last one, counted from
// the writer's day ("The bishop visits the Sunday after next", told on
// Sunday 9 March 2025: 23 March, not the next Sunday nor the day itself).
func (t *Tagger) weekdayAfterNext(i, j, wd int) (res, bool) {
	after := t.is(j, "after") && t.is(j+1, "next")
	if !t.is(i-1, "the") || !after && !(t.is(j, "before") && t.is(j+1, "last")) {
		return res{}, false
	}
	if u := t.w(j + 2); u != nil && u.unit != uNone && !t.newLine(j+2) {
		return res{}, false // "the Saturday after next week": counted from the week named
	}
	r := res{start: i - 1, end: j + 2, typ: Date, weekday: true}
	base, ok := t.anchor(false)
	bt, ok2 := dayTime(base)
	if !ok || !ok2 || base.Prec < timeline.Day || t.narrative {
		r.val = "XXXX-WXX-" + strconv.Itoa(wd)
		return r, true
	}
	if after {
		r.d = dayDate(weekdayNear(bt, wd, 1).AddDate(0, 0, 7))
	} else {
		r.d = dayDate(weekdayNear(bt.AddDate(0, 0, -1), wd, -1).AddDate(0, 0, -7))
	}
	return r, true
}

// deadlineBefore reports whether the words before an amount counted from
// a day at i make it a time allowed ("within 21 days of", "no later than
// 28 days after", "has 28 days from"): on or before the day reached.
func (t *Tagger) deadlineBefore(i int) bool {
	return t.is(i-1, "within") || t.isAny(i-2, "no", "not") && t.isAny(i-1, "later", "more") || t.isAny(i-1, "has", "have", "had", "given")
}

// dayOfWeekTold reads the weekday wd at i right after a week just told,
// set off from it by a comma, "on" or a hedge at most: "next week, on
// Thursday", "the following week, most likely on Wednesday", "last week
// on Tuesday" are days of that week, whatever the tense says.
func (t *Tagger) dayOfWeekTold(wd, i int) (time.Time, bool) {
	w := t.last
	if w.Prec != timeline.Week || w.Weekend || t.lastSetEnd < 0 || t.lastSetEnd > i || i-t.lastSetEnd > 12 {
		return time.Time{}, false
	}
	if t.punct(t.lastSetEnd, ':') && t.lastStart >= 0 && t.lineStart(t.lastStart) {
		// "This week: Lent lunches on Friday": a notice's line headed
		// by the week it names, whose days are that week's
		for k := t.lastSetEnd + 1; k <= i; k++ {
			if t.newLine(k) {
				return time.Time{}, false
			}
		}
		if ws, _ := w.Bounds(); !ws.IsZero() {
			return ws.AddDate(0, 0, wd-1), true
		}
	}
	if i-t.lastSetEnd > 4 {
		return time.Time{}, false
	}
	for k := t.lastSetEnd; k < i; k++ {
		if tk := t.tok(k); tk != nil && tk.kind == tPunct && tk.r == ',' {
			continue
		}
		switch t.lowerWord(k) {
		case "on", "probably", "possibly", "perhaps", "likely", "most", "maybe", "ideally":
			continue
		}
		return time.Time{}, false
	}
	ws, _ := w.Bounds()
	if ws.IsZero() {
		return time.Time{}, false
	}
	return ws.AddDate(0, 0, wd-1), true
}

// inNamedWeek reports whether d, the last date told, is the week last
// named or a day or a time of it.
func (t *Tagger) inNamedWeek(d timeline.Date) bool {
	nw := t.namedWeek
	switch {
	case d.Prec == timeline.Week:
		return d.Year == nw.Year && d.Week == nw.Week
	case d.Prec >= timeline.Day:
		tt, ok := dayTime(d.DayOf())
		if !ok {
			return false
		}
		y, w := tt.ISOWeek()
		return y == nw.Year && w == nw.Week
	}
	return false
}

// verbBetween reports whether a word between tokens a and b is a verb
// with a tense ("launched in late November, is due to land on Aug. 5":
// two clauses, not one row of a table).
func (t *Tagger) verbBetween(a, b int) bool {
	for k := max(a, 0); k < b && k < len(t.toks); k++ {
		if t.toks[k].kind == tWord {
			if c, _ := t.cue(k, false); c != 0 {
				return true
			}
		}
	}
	return false
}

// noStopBetween reports whether no full stop, question or exclamation
// mark, and no line break, comes between tokens a and b (a row's cells
// set off by ";" or ":" are one line).
func (t *Tagger) noStopBetween(a, b int) bool {
	for k := a; k < b && k < len(t.toks); k++ {
		if k > a && t.newLine(k) {
			return false
		}
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?') {
			return false
		}
	}
	return true
}

// anchorAfter returns the token after a defined day's name that follows
// the preposition at k ("of the Effective Date", "prior to the Closing
// Date"), or 0 when no name the document defines follows.
func (t *Tagger) anchorAfter(k int) int {
	k++
	if t.is(k-1, "prior") {
		if !t.is(k, "to") {
			return 0
		}
		k++
	}
	if !t.is(k, "the") {
		return 0
	}
	for e := k + 2; e <= k+5 && e <= len(t.toks); e++ {
		if tk := t.tok(e - 1); tk == nil || tk.kind != tWord || !tk.cap {
			break
		}
		if _, ok := t.opt.Anchors[t.anchorKey(k+1, e)]; ok {
			return e
		}
	}
	return 0
}

// The keys among Options.Anchors of the days an instrument's header
// gives for its stages ("Made 3rd March 2025", "Laid before Parliament
// 4th March 2025", "Coming into force 1st April 2025"), which its
// articles count from: "21 days after the day on which it is made".
const (
	MadeAnchor    = "(made)"
	LaidAnchor    = "(laid)"
	InForceAnchor = "(in force)"
)

// instrumentNouns name what an instrument calls itself: "the day on
// which this Order is made".
var instrumentNouns = map[string]bool{
	"order": true, "regulations": true, "rules": true, "scheme": true, "instrument": true, "byelaws": true,
	"direction": true, "directions": true, "determination": true, "measure": true, "code": true,
}

// stageAfter returns the token after the words, from k, that name the day
// of one of the stages of the instrument the text is ("the day on which
// it is made", "the date on which these Regulations are laid", "the day
// on which this Order comes into force"), with that stage's key among
// the anchors; 0 when they name none, or the document gives no day of
// that stage.
func (t *Tagger) stageAfter(k int) (int, string) {
	if !t.is(k, "the") || !t.isAny(k+1, "day", "date") || !t.is(k+2, "on") || !t.is(k+3, "which") {
		return 0, ""
	}
	j := k + 4
	switch {
	case t.is(j, "it"):
		j++
	case t.isAny(j, "this", "these", "the") && lowerIn(t, j+1, instrumentNouns):
		j += 2
	default:
		return 0, ""
	}
	key := ""
	switch {
	case t.isAny(j, "is", "are", "was", "were") && t.is(j+1, "made"):
		key, j = MadeAnchor, j+2
	case t.isAny(j, "is", "are", "was", "were") && t.is(j+1, "laid"):
		key, j = LaidAnchor, j+2
	case t.isAny(j, "comes", "come", "came") && t.is(j+1, "into") && t.isAny(j+2, "force", "operation"):
		key, j = InForceAnchor, j+3
	default:
		return 0, ""
	}
	if d, ok := t.opt.Anchors[key]; !ok || d.Prec < timeline.Day {
		return 0, ""
	}
	return j, key
}

// stageEnd is the token stageAfter returns.
func (t *Tagger) stageEnd(k int) int {
	e, _ := t.stageAfter(k)
	return e
}

// anchorKey is the lower-case name written in tokens [a, b).
func (t *Tagger) anchorKey(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.lowerWord(k))
	}
	return sb.String()
}

// docNouns name a document whose date a term is counted from: "28 days
// after the date of this judgment".
var docNouns = map[string]bool{
	"judgment": true, "judgement": true, "order": true, "notice": true, "letter": true, "decision": true,
	"agreement": true, "award": true, "ruling": true, "invoice": true, "contract": true, "determination": true,
	"report": true, "notification": true, "summons": true, "direction": true, "directions": true,
}

// weekdayDayNumber reads a weekday with the number of its day of the
// month and no month ("on Saturday 22nd", "Saturday 22 from 10 till 1"),
// as "Saturday the 22nd" is read: the 22nd that is a Saturday, nearest
// the time of writing (not the coming Saturday, another day). A bare
// number must end the phrase, right after the weekday ("Saturday 22
// runners finished" counts; see dayNumberEnds), and
// an ordinal be no noun's ("Saturday 22nd birthday").
func (t *Tagger) weekdayDayNumber(i, k int, w *word) (res, bool) {
	tk := t.tok(k)
	if w.plural || tk == nil || tk.kind != tNum || tk.nd > 2 || tk.n < 1 || tk.n > 31 || t.glued(k+1) && !t.punct(k+1, ',') && !t.punct(k+1, '.') ||
		t.isMonthAt(k+1) || t.is(k+1, "of") || t.ordinalOfNoun(k+1) {
		return res{}, false
	}
	if tk.sfx != sfxOrd && (tk.sfx != sfxNone || k != i+1 || !t.dayNumberEnds(k+1)) {
		return res{}, false // (not "Monday, 4 to 7 p.m.": the hours of that Monday)
	}
	d, ok := t.weekdayOfMonthDay(w.wday, int(tk.n), i, k+1)
	if !ok {
		return res{}, false
	}
	return t.clockAfterDate(res{start: i, end: k + 1, typ: Date, d: d}), true
}

// dayNumberEnds reports whether token k may follow a weekday's bare day
// number ("Saturday 22 from 10 till 1", "Saturday 22."): the end of a
// clause, or a word that goes on to the day's hours or another day, not
// "to" or a dash, which make it an hour ("Monday 4 to 7 p.m.").
func (t *Tagger) dayNumberEnds(k int) bool {
	if tk := t.tok(k); tk == nil || tk.kind == tPunct {
		return tk == nil || !t.dash(k) && !t.punct(k, '%') && !t.punct(k, ':') && !t.punct(k, '/')
	}
	return t.isAny(k, "from", "at", "and", "or", "in")
}

// weekdayOfMonthDay finds the day n of a month that falls on weekday wd
// (1 Monday .. 7 Sunday) nearest the reference date, the tense choosing
// between the one before and the one after: "Friday the 21st".
func (t *Tagger) weekdayOfMonthDay(wd, n, i, j int) (timeline.Date, bool) {
	if !t.hasRef || t.narrative {
		return timeline.Date{}, false
	}
	ref := t.ref
	var past, next time.Time
	for m := 0; m <= 14; m++ {
		for _, sign := range []int{1, -1} {
			first := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, sign*m, 0)
			d := first.AddDate(0, 0, n-1)
			if d.Month() != first.Month() || (int(d.Weekday())+6)%7+1 != wd {
				continue
			}
			if !d.Before(ref) && next.IsZero() {
				next = d
			}
			if d.Before(ref) && past.IsZero() {
				past = d
			}
		}
	}
	choose := next
	const far = 45 * 24 * time.Hour // a month's day named with its weekday is near the writer's day
	switch dir := t.tense(i, j); {
	case dir < 0 && !past.IsZero() && !(ref.Sub(past) > far && !next.IsZero() && next.Sub(ref) < ref.Sub(past)):
		choose = past // (but "Tuesday the 13th" told on Saturday the 10th, of a May eight months back, is the coming one)
	case dir == 0 && !past.IsZero() && (next.IsZero() || ref.Sub(past) < next.Sub(ref)):
		choose = past
	case dir > 0 && !past.IsZero() && (next.IsZero() || next.Sub(ref) > far && ref.Sub(past) < next.Sub(ref)):
		choose = past
	}
	if choose.IsZero() {
		return timeline.Date{}, false
	}
	return dayDate(choose), true
}

// pluperfect reports whether the expression at i follows a "had" within a
// few words: "had voted on Thursday" looks back from the story's date.
// presentPerfectBefore reports whether the clause of token i is told in
// the present perfect, the writer's recent past ("She has died at home on
// November 19", "The council has approved the plan in May"), or by the
// writers of what they are doing ("We are hiring apprentices for
// September").
func (t *Tagger) presentPerfectBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if tk := t.tok(k); tk.kind == tPunct {
			return false
		}
		if t.isAny(k, "are", "am") && t.isAny(k-1, "we", "i") && strings.HasSuffix(t.lowerWord(k+1), "ing") && k+1 < i {
			return true // "We are hiring apprentices for September": the writer's present
		}
		if !t.isAny(k, "has", "have") {
			continue
		}
		p := k + 1
		if t.isAny(p, "just", "now", "recently", "already", "finally", "also") {
			p++
		}
		w := t.lowerWord(p)
		return p < i && len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "won" || w == "lost" || w == "left" || w == "met" || w == "made" || w == "gone" || w == "begun")
	}
	return false
}

// yearAloneOnLine reports whether token k, a year's number, stands alone
// on its line (a heading's "2023", "2023." as the extractor writes it).
func (t *Tagger) yearAloneOnLine(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tNum || tk.nd != 4 {
		return false
	}
	ls := strings.LastIndexByte(t.text[:tk.start], '\n') + 1
	le := strings.IndexByte(t.text[tk.end:], '\n')
	if le < 0 {
		le = len(t.text) - int(tk.end)
	}
	return strings.Trim(t.text[ls:tk.start], " \t#*_") == "" && strings.Trim(t.text[tk.end:int(tk.end)+le], " \t.:*_") == ""
}

// pluperfectClause reports whether the clause of token i is told in the
// pluperfect: "had" and a participle before it, no punctuation between
// ("The tiramisu had been prepared with raw shell eggs on Thursday").
func (t *Tagger) pluperfectClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		tk := t.tok(k)
		if tk.kind == tPunct {
			return false
		}
		if t.is(k, "had") {
			w := t.lowerWord(k + 1)
			return k+1 < i && (w == "been" || len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")))
		}
	}
	return false
}

// pluperfect reports whether a "had" stands a few words before i, in its
// sentence and on its line: "H-Hour had been fixed.¶0900 hrs Beach exits
// cleared" tells the diary's next time, no earlier one.
func (t *Tagger) pluperfect(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if t.is(k, "had") {
			return true
		}
		if t.newLine(k+1) || t.punct(k, '.') || t.punct(k, '!') || t.punct(k, '?') {
			return false
		}
	}
	return false
}

// weekdayDate resolves a weekday. dir is -1 for "last Friday", +1 for
// "next Friday", 0 when the tense of the sentence decides.
func (t *Tagger) weekdayDate(wd, dir, i, j int) (time.Time, bool) {
	if d, ok := t.spanWeekday(wd, i); ok {
		return d, true
	}
	if t.punct(i-1, '(') && t.is(i-3, "day") {
		if n, nd, ok := t.num(i - 2); ok && nd <= 2 {
			// "Day 1 (Monday) opens at 9:30": the first day of the
			// event's days, not a Monday near the writer's day
			return t.eventDayWeekday(wd, n, i-3)
		}
	}
	if dir == 0 {
		if d, ok := t.dayOfWeekTold(wd, i); ok {
			return d, true
		}
	}
	if dir == 0 && t.punct(j, ',') && t.is(j+1, "the") && t.is(j+2, "day") && t.isAny(j+3, "before", "after") {
		if d, ok := t.weekdayDayBefore(wd, j); ok {
			return d, true
		}
	}
	if dir == 0 && !t.hasRef && t.last.Prec == timeline.Day && t.last.Year > 0 && t.lastStart >= 0 && t.lastEnd <= i {
		// "Monday 23 April 1951. A Company overrun on Castle Hill. On
		// Tuesday the battalion was surrounded", in a text with no date
		// of its own: a day told with its weekday, then the next days
		// named by theirs, as a diary or a chronology goes on
		// (the day written in full after its weekday, "Monday 23 April
		// 1951", "Monday, April 23, 1951": not a weekday the tagger
		// resolved itself, "on Friday afternoon")
		k := t.lastStart + 1
		if t.punct(k, ',') {
			k++
		}
		full := t.tok(k) != nil && (t.tok(k).kind == tNum || t.w(k) != nil && t.w(k).month > 0)
		if lw := t.w(t.lastStart); full && lw != nil && lw.wday > 0 && lw.wday != wd && t.sentencesBetween(t.lastEnd, i) <= 2 && !t.pluperfect(i) {
			if ld, ok := dayTime(t.last); ok {
				return weekdayNear(ld, wd, 1), true
			}
		}
	}
	if dir == 0 && !t.narrative && t.hasRef && t.last.Prec == timeline.Year && t.last.Year > 0 && t.last.Year <= t.ref.Year()-2 && !t.lastAside &&
		t.lastSetEnd == t.lastEnd && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 40 && t.sentencesBetween(t.lastEnd, i) == 1 && !t.paragraphBetween(t.lastEnd, i) &&
		t.eventGoesOn(i) && t.tense(i, j) < 0 {
		// "In 1981 a storm hit the coast. It struck on Saturday": a day of
		// the week of that year's event, which the words do not say (not
		// the writer's last Saturday)
		return time.Time{}, false
	}
	if dir == 0 && !t.narrative && t.hasRef && t.last.Prec == timeline.Month && t.last.Year > 0 && !t.lastAside &&
		t.lastSetEnd == t.lastEnd && t.lastEnd >= 1 && t.lastEnd <= i && i-t.lastEnd <= 25 && t.isAny(t.lastStart-1, "in", "during") &&
		t.toks[t.lastEnd-1].kind == tNum && t.toks[t.lastEnd-1].nd == 4 && !t.reportingDate(i) && t.sameSentence(t.lastEnd, i) && t.tense(i, j) < 0 {
		// "In March 2026 the talks collapsed on Tuesday", told in June: a
		// Tuesday of that month, which the words do not say (not the
		// writer's last Tuesday, in May; but "Prices rose in March 2026,
		// officials said on Tuesday": the day it was said)
		if p := weekdayNear(t.ref.AddDate(0, 0, -1), wd, -1); p.Year() != t.last.Year || int(p.Month()) != t.last.Month {
			return time.Time{}, false
		}
	}
	base, ok := t.ref, t.hasRef
	if b, ok2 := t.attrBase(i); ok2 {
		base, ok = b, true // "According to Reuters on 4 March 2021, officials closed the dam on Tuesday"
	}
	if t.narrative && !t.hasRef && (dir == -1 || dir == 1) && (t.opt.Mode != Narrative || t.opt.Guessed) && (t.isAny(i, "last", "next", "coming", "past") || t.isAny(i-1, "last", "next", "coming", "past")) {
		// "He had a fall last Tuesday" in a letter that gives no day of
		// its own: the writer's last Tuesday, which the text does not
		// give (not the one before the story's day)
		return time.Time{}, false
	}
	if t.narrative {
		b, ok2 := dayTime(t.last)
		if ok2 {
			base, ok = b, true
			if dir == 0 {
				// a history moves forward, except in the pluperfect
				// ("had voted on Thursday")
				if t.pluperfect(i) {
					return weekdayNear(base, wd, -1), true
				}
				return weekdayNear(base.AddDate(0, 0, -1), wd, 1), true
			}
		} else {
			ok = false
		}
	}
	if !ok {
		return time.Time{}, false
	}
	if dir >= 0 && !t.narrative && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.askedBefore(i) && t.sameSentence(t.lastDayEnd, i) {
		// "We received the papers on Friday night and were asked to vote
		// on Wednesday", told the Thursday after: asked after the day
		// told, to act on the first such weekday after it (not on the
		// one after the writer's day)
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.Before(t.ref) {
			return weekdayNear(ld, wd, 1), true
		}
	}
	if dir == 0 && t.isAny(i-1, "and", "or") && t.lastDayEnd == i-1 && t.lastDay.Prec >= timeline.Day && t.w(i-2) != nil && t.w(i-2).wday > 0 {
		// "will meet on Thursday and Friday": the Friday after that
		// Thursday (told of the past, each is itself: "statements made
		// Friday and Thursday")
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && (!t.hasRef || ld.After(t.ref) || ld.Equal(t.ref) && t.futureWord(i)) {
			return weekdayNear(ld, wd, 1), true
		}
	}
	if nw := t.namedWeek; dir == 0 && !t.narrative && !t.reportingDate(i) && nw.Prec == timeline.Week && t.namedWeekEnd >= 0 && t.namedWeekEnd <= i && i-t.namedWeekEnd <= 40 && t.sentencesBetween(t.namedWeekEnd, i) <= 2 &&
		t.inNamedWeek(t.last) && !t.deadlineWeekday(i) { // (not after another date: "the week of 16 September ... in November. I will circulate papers by Monday evening")
		// "the week of 17 March ... Monday to dismantle and Tuesday to
		// reassemble": the days of the week just named
		if wk, ok := dayTime(timeline.Date{Prec: timeline.Day, Year: nw.Year, Month: 1, Day: 4}); ok {
			// ISO week 1 holds 4 January; its Monday, then the week's
			mon := wk.AddDate(0, 0, -(int(wk.Weekday())+6)%7).AddDate(0, 0, 7*(nw.Week-1))
			d := mon.AddDate(0, 0, wd-1)
			// (but not against the verb's tense: "A second round is
			// planned for the week of 24 November. UNICEF delivered
			// supplies on Friday", told on the 18th, is the Friday gone,
			// not one of the week to come; nor the other way round; the
			// writer's own week, "Week of 20 May" over "The crossing
			// reopened on Tuesday", is either)
			if !t.hasRef || !(mon.After(t.ref) && t.tense(i, j) < 0 || mon.AddDate(0, 0, 6).Before(t.ref) && t.tense(i, j) > 0) {
				return d, true
			}
		}
	}
	if dir <= 0 && !t.narrative && t.hasRef && t.pluperfectClause(i) && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.sentencesBetween(t.lastDayEnd, i) <= 3 &&
		!t.isAny(i, "last", "past") { // (not "Talks had broken down last Friday": the writer's last Friday, as "last" says)
		// "The reception was held on Saturday, August 6. The tiramisu
		// had been prepared on Thursday", told in September: the
		// Thursday before the story's day, as the pluperfect says (a
		// sentence with no date between goes on in that story: "...
		// were treated for ear pain. The aircraft had been released to
		// service on Friday")
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.Before(base.AddDate(0, 0, -6)) {
			p := weekdayNear(ld.AddDate(0, 0, -1), wd, -1)
			if t.is(i-1, "by") {
				// "The river burst its banks on Monday 7 October. Two
				// bridges had collapsed by Tuesday morning": what was
				// done by a day is told in the pluperfect whichever side
				// of the story's day that day is; the nearer one
				// (Tuesday 8 October; ties to the one before)
				if f := weekdayNear(ld, wd, 1); f.Sub(ld) < ld.Sub(p) {
					return f, true
				}
			}
			return p, true
		}
	}
	if dir == 0 && !t.narrative && t.hasRef && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && i-t.lastDayEnd <= 60 && t.isAny(i-1, "by", "on") {
		// "The builders started on Monday 6 March. By Wednesday the old
		// kitchen was gone.", told on 2 April: the story's week, not the
		// writer's, when the day told is weeks before the writer's
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.Before(base.AddDate(0, 0, -13)) && t.weekdayWrittenBefore(t.lastDayEnd) &&
			t.sentencesBetween(t.lastDayEnd, i) <= 1 && !t.paragraphBetween(t.lastDayEnd, i) && t.tense(i, j) < 0 {
			return weekdayNear(ld, wd, 1), true
		}
	}
	if lc := t.last; dir == 0 && lc.Prec >= timeline.Hour && t.lastEnd == i-1 && t.isAny(i-1, "on") {
		// "at 4:00 p.m. on Friday": the clock was placed on this weekday
		// as it was read, and the weekday is that day
		if ld, ok := dayTime(lc.DayOf()); ok && int(ld.Weekday()+6)%7+1 == wd {
			return ld, true
		}
	}
	if dir == 0 && !t.narrative && t.hasRef && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && i-t.lastDayEnd <= 40 &&
		t.weekdayAndDay(t.lastDayEnd-6, t.lastDayEnd) && !t.sameSentence(t.lastDayEnd, i) && t.sentencesBetween(t.lastDayEnd, i) <= 1 && !t.paragraphBetween(t.lastDayEnd, i) {
		// "The fair is on Saturday, October 26. Doors open at 10 a.m. on
		// Saturday.", told in September: the day just written with its
		// weekday, weeks ahead, is the one the next sentence names (or a
		// day of its week: "from Friday, October 18 through Sunday,
		// October 20. Check-in opens on Friday")
		// (not another day near it: "The fair is on Saturday, October
		// 26. The committee meets on Tuesday" says not which Tuesday)
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.After(base.AddDate(0, 0, 6)) && t.tense(i, j) >= 0 {
			p := weekdayNear(ld, wd, -1)
			if p.Equal(ld) {
				return p, true
			}
			if from, ok := dayTime(t.prevDay.DayOf()); ok && t.prevDay.Prec >= timeline.Day && t.prevDayEnd >= 0 && t.prevDayEnd < t.lastDayEnd &&
				t.sameSentence(t.prevDayEnd, t.lastDayEnd) && !p.Before(from) && t.weekdayWrittenBefore(t.prevDayEnd) {
				return p, true
			}
		}
	}
	if dir == 0 && !t.narrative && t.hasRef && t.isAny(i-1, "to", "until", "till", "through", "thru") && t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && i-t.lastDayEnd <= 40 &&
		!t.sameSentence(t.lastDayEnd, i) && t.sentencesBetween(t.lastDayEnd, i) <= 1 && !t.paragraphBetween(t.lastDayEnd, i) {
		// "The RRSP deadline is March 3, 2025. The usual window ends on a
		// weekend, so it runs to Monday.", told in January: the day to
		// come just told, a Monday, is the one the bound names (not the
		// writer's Monday, nor another)
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.After(base.AddDate(0, 0, 6)) && int(ld.Weekday()+6)%7+1 == wd && t.tense(i, j) >= 0 {
			return ld, true
		}
	}
	switch dir {
	case -1:
		return weekdayNear(base.AddDate(0, 0, -1), wd, -1), true
	case 1:
		return weekdayNear(base, wd, 1), true
	case 2: // "this Friday": the one in the week of the reference
		d := weekdayNear(base, wd, 0)
		if d.Before(base) && !t.narrative {
			// said at the weekend, or of what is to come, it is the
			// coming one: "The fair is this Friday" on a Sunday
			if tn := t.tense(i, j); tn > 0 && !t.weakCue || tn >= 0 && (base.Weekday() == time.Saturday || base.Weekday() == time.Sunday) {
				return weekdayNear(base, wd, 1), true
			}
		}
		return d, true
	}
	if !t.narrative && t.happeningBefore(i) {
		// "appealing for witnesses following a collision on the A34 on
		// Saturday evening": a day that dates what happened, gone by
		return weekdayNear(base.AddDate(0, 0, -1), wd, -1), true
	}
	if !t.narrative && t.followsExchange(i, j) {
		// "Following our call on Monday, the renewal quote is GBP
		// 18,400": the exchange a letter goes on from, gone by
		return weekdayNear(base.AddDate(0, 0, -1), wd, -1), true
	}
	if dir == 0 && !t.narrative && t.hasRef && t.is(i-1, "on") {
		if t.aheadOfEvent(i - 2) {
			// "official data showed on Wednesday, easing pressure ahead
			// of its policy meeting on Thursday": the event looked ahead
			// to comes after the day the sentence told, whatever its
			// verb's tense; or, with none told, on the writer's day or
			// after it
			from := base.AddDate(0, 0, -1)
			if t.lastDay.Prec >= timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.sameSentence(t.lastDayEnd, i) {
				if ld, ok := dayTime(t.lastDay.DayOf()); ok {
					from = ld
				}
			}
			return weekdayNear(from, wd, 1), true
		}
		if t.is(i-2, "now") && t.isAny(i-3, "is", "are") {
			// "She can't make Thursday, so the inspection is now on
			// Monday": a thing moved to a new day, still to come (on
			// the writer's day or after it)
			return weekdayNear(base.AddDate(0, 0, -1), wd, 1), true
		}
	}
	tn := t.tense(i, j)
	if tn >= 0 && !t.narrative && t.lastDay.Prec >= timeline.Day && t.lastDayEnd <= i && i-t.lastDayEnd <= 20 && t.sameSentence(t.lastDayEnd, i) &&
		!t.clauseBetween(t.lastDayEnd, i) && !t.dashClauseBetween(t.lastDayEnd, i) &&
		!(t.lastDayEnd == 0 && t.opt.Day.Prec >= timeline.Day && t.lastDay == t.opt.Day) && // (nor the day of a section before, under another heading)
		!(t.lastDayEnd == i-1 && t.is(i-1, "on")) && // (not "set sentencing for May 14 on Monday": when it was set) // (not "scheduled for April 20, although the cabinet on Tuesday postponed the vote")
		!(t.lastDayEnd == t.lastEnd && t.isAny(t.lastStart-1, "before", "by", "until", "till", "after", "since")) { // (nor a bound: "before Christmas, with MPs due to be sworn in on Tuesday")
		// "will be issued on Friday 15 August, after the meeting on
		// Wednesday": the Wednesday nearest the day to come just named
		if ld, ok := dayTime(t.lastDay.DayOf()); ok && ld.After(base) {
			p, f := weekdayNear(ld, wd, -1), weekdayNear(ld, wd, 1)
			if f.Sub(ld) < ld.Sub(p) {
				return f, true
			}
			return p, true
		}
	}
	if tn > 0 {
		if t.weakCue { // "the figures are as of Monday", said on a Monday
			return weekdayNear(base.AddDate(0, 0, -1), wd, 1), true
		}
		if int(base.Weekday()+6)%7+1 == wd && t.is(i-1, "on") && t.is(i-2, "later") {
			return base, true // "will declare later on Friday morning", said on the Friday: that day
		}
		if pw := t.w(i + 1); int(base.Weekday()+6)%7+1 == wd && pw != nil && (pw.part == timeline.Evening || pw.part == timeline.Night) && t.hasRef && !t.narrative {
			return base, true // "the winds will ease Tuesday night", said on the Tuesday: tonight
		}
		if int(base.Weekday()+6)%7+1 == wd && t.hasRef && !t.narrative && !t.isAny(i-1, "next", "following", "coming") &&
			!(t.last.Prec >= timeline.Week && t.lastEnd <= i && i-t.lastEnd <= 40 && timeline.Compare(t.last.DayOf(), timeline.FromTime(base, timeline.Day)) > 0) {
			// "The Senate will vote Tuesday", said on the Tuesday: that
			// day, as wire copy dated that day writes it, in the future
			// as in the past ("said Tuesday" is that day in TimeBank);
			// but a Tuesday after "next week" is that week's
			return base, true
		}
		return weekdayNear(base, wd, 1), true
	}
	if tn == 0 {
		// no cue: the nearer of the last and the next one, ties to the past
		p, f := weekdayNear(base, wd, -1), weekdayNear(base, wd, 1)
		if f.Sub(base) < base.Sub(p) {
			return f, true
		}
		return p, true
	}
	return weekdayNear(base, wd, -1), true
}

// aheadOfEvent reports whether the words ending at token k, before "on"
// and a weekday, name an event that "ahead of" looks to: "ahead of its
// policy meeting", "ahead of the vote" (a phrase of a few words opening
// with its determiner, no clause between; not "ahead of schedule", a
// pace).
func (t *Tagger) aheadOfEvent(k int) bool {
	for m := k; m >= 1 && m > k-7; m-- {
		tk := t.tok(m)
		if tk == nil || tk.kind == tPunct {
			return false
		}
		if t.is(m, "of") {
			return t.is(m-1, "ahead") && m < k && t.isAny(m+1, "the", "its", "their", "his", "her", "our", "a", "an", "this")
		}
	}
	return false
}

// spanWeekday returns the day of weekday wd in the range of days just
// read, when the weekday stands in brackets right after it: "The break
// is October 13-14 (no class on Tuesday)" is 14 October, whatever the
// writer's day.
func (t *Tagger) spanWeekday(wd, i int) (time.Time, bool) {
	if t.spanEnd < 0 || t.spanEnd >= i || i-t.spanEnd > 6 || !t.punct(t.spanEnd, '(') || t.spanFrom.Prec != timeline.Day || t.spanTo.Prec != timeline.Day {
		return time.Time{}, false
	}
	for k := t.spanEnd + 1; k < i; k++ {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' {
			return time.Time{}, false // ("(see 2 March) on Tuesday": out of the brackets, or another date's)
		}
	}
	from, ok1 := dayTime(t.spanFrom)
	to, ok2 := dayTime(t.spanTo)
	if !ok1 || !ok2 || to.Before(from) || to.Sub(from) > 6*24*time.Hour {
		return time.Time{}, false
	}
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		if (int(d.Weekday())+6)%7+1 == wd {
			return d, true
		}
	}
	return time.Time{}, false
}

// eventDayWeekday returns day n of the range of days read last before
// token k (or of Options.EventSpan), "Day n (weekday)" of a programme ("The workshop runs 2–3 June
// 2025 ... Day 1 (Monday) opens at 9:30"), when that day is the weekday
// wd the brackets give. Without such a range, or when the weekday does
// not agree, the day is not known: the weekday is the event's day, not
// one near the writer's.
func (t *Tagger) eventDayWeekday(wd, n, k int) (time.Time, bool) {
	a, b := t.spanFrom, t.spanTo
	if t.spanEnd < 0 || t.spanEnd > k {
		a, b = t.opt.EventSpan[0], t.opt.EventSpan[1] // told under a heading before
	}
	if n < 1 || a.Prec != timeline.Day || b.Prec != timeline.Day {
		return time.Time{}, false
	}
	from, ok1 := dayTime(a)
	to, ok2 := dayTime(b)
	if !ok1 || !ok2 || !from.Before(to) || to.Sub(from) > 31*24*time.Hour {
		return time.Time{}, false
	}
	d := from.AddDate(0, 0, n-1)
	if d.After(to) || (int(d.Weekday())+6)%7+1 != wd {
		return time.Time{}, false
	}
	return d, true
}

// weekdayWrittenBefore reports whether the day that ends at token e was
// written with its weekday ("on Monday 6 March", "Tuesday, May 3"): a
// story told day by day.
func (t *Tagger) weekdayWrittenBefore(e int) bool {
	for k := e - 1; k >= 0 && k >= e-5; k-- {
		if w := t.w(k); w != nil && w.wday > 0 {
			return true
		}
	}
	return false
}

// weekdayAndDay reports whether the tokens start:end (a day's last few)
// write a day of a month with its weekday's name ("Saturday, October
// 26"), not a weekday alone or counted from ("3 weeks from Sunday").
func (t *Tagger) weekdayAndDay(start, end int) bool {
	wd, month, day := false, false, false
	for k := max(start, 0); k < end && k < len(t.toks); k++ {
		if w := t.w(k); w != nil && w.wday > 0 {
			wd = true
		} else if w != nil && w.month > 0 {
			month = true
		} else if tk := &t.toks[k]; tk.kind == tNum && tk.nd <= 2 {
			day = true
		}
	}
	return wd && month && day
}

// happeningBefore reports whether the weekday at token i (after "on")
// dates a noun of something that happened unplanned, right before it or
// past a place: "a collision on Saturday", "the crash on the A34 on
// Saturday", "a fire in Leeds on Sunday".
func (t *Tagger) happeningBefore(i int) bool {
	if !t.is(i-1, "on") {
		return false
	}
	k := i - 2
	for n := 0; n < 2 && k > 0; n++ {
		if lowerIn(t, k, pastEventNouns) {
			break
		}
		// a place in between: "on the A34", "in Leeds", "near the bridge"
		e := k
		for e > 0 && e > k-3 && !t.isAny(e, "on", "in", "at", "near", "outside") {
			if tk := t.tok(e); tk == nil || tk.kind == tPunct {
				return false
			}
			e--
		}
		if !t.isAny(e, "on", "in", "at", "near", "outside") {
			return false
		}
		k = e - 1
	}
	return lowerIn(t, k, pastEventNouns) && t.isAny(k-1, "a", "an", "the", "serious", "fatal", "major", "deadly") && !t.futureWord(k)
}

// followsExchange reports whether the weekday at token i (after "on")
// dates an exchange between the writer and the reader that the sentence
// opens by going on from ("Following our call on Monday, ...", "Further
// to your email on Tuesday, ...", "After our meeting on Friday, ..."),
// with no future cue in the clause after it ("Following our call on
// Monday, we will send the quote" may look ahead to the call).
func (t *Tagger) followsExchange(i, j int) bool {
	if !t.is(i-1, "on") || !lowerIn(t, i-2, exchangeNouns) || !t.isAny(i-3, "our", "your", "my") {
		return false
	}
	o := i - 4
	if t.is(o, "to") && t.is(o-1, "further") {
		o--
	} else if !t.isAny(o, "following", "after") {
		return false
	}
	if o > 0 && !t.newLine(o) {
		if tk := t.tok(o - 1); tk.kind != tPunct || tk.r == ',' {
			return false // the sentence's opening words only
		}
	}
	for k := j; k < len(t.toks) && k < j+16; k++ {
		c, stop := t.cue(k, false)
		if c > 0 && !t.weakCue {
			t.weakCue = false
			return false
		}
		t.weakCue = false
		if stop {
			break
		}
	}
	return true
}

// exchangeNouns are what writer and reader had together: "our call".
var exchangeNouns = map[string]bool{
	"call": true, "conversation": true, "meeting": true, "discussion": true, "discussions": true, "chat": true,
	"talk": true, "email": true, "letter": true, "message": true, "visit": true,
}

// soClauseBetween reports whether a clause of its own opens between
// tokens a and b: a comma and a conjunction, "so" among them ("Last year
// many of you asked, so we are running ...").
func (t *Tagger) soClauseBetween(a, b int) bool {
	for k := max(a, 0); k+1 < b && k < len(t.toks); k++ {
		if t.punct(k, ',') && t.isAny(k+1, "so", "and", "but", "yet") {
			return true
		}
	}
	return false
}

// dashClauseBetween reports whether a dash set off by spaces stands
// between tokens a and b, with a word after it: "The record is out on 31
// January 2025 — pre-orders open on Monday at noon" goes on with a
// clause of its own, whose weekday is the writer's, not one near the day
// before the dash (a dash glued to its words joins a range: "13–16 Mar").
func (t *Tagger) dashClauseBetween(a, b int) bool {
	for k := max(a, 0); k+1 < b && k < len(t.toks); k++ {
		if t.dash(k) && !t.glued(k) && !t.glued(k+1) && t.toks[k+1].kind == tWord {
			return true
		}
	}
	return false
}

// clauseBetween reports whether a clause of its own opens between tokens
// a and b: a comma and a conjunction ("April 20, although the cabinet on
// Tuesday ...", "April 20, and the cabinet will meet on Friday").
func (t *Tagger) clauseBetween(a, b int) bool {
	for k := max(a, 0); k+1 < b && k < len(t.toks); k++ {
		if t.punct(k, ',') && t.isAny(k+1, "and", "but", "although", "though", "while", "whereas", "yet") {
			return true
		}
	}
	return false
}

// partAfter extends a day with a part of the day after it: "Friday
// morning", "yesterday afternoon".
func (t *Tagger) partAfter(r res) res {
	p := t.w(r.end)
	if p != nil && p.part != timeline.NoPart && p.plural && r.weekday {
		// "on Sunday afternoons": every one
		if wd := t.w(r.end - 1); wd != nil && wd.wday > 0 {
			return res{start: r.start, end: r.end + 1, typ: Set, val: "XXXX-WXX-" + strconv.Itoa(wd.wday) + "T" + p.part.String(), quant: qEvery}
		}
	}
	if p == nil || p.part == timeline.NoPart || p.plural {
		return r
	}
	r.end++
	r.typ = Time
	if r.d.Prec >= timeline.Day {
		r.d = r.d.DayOf()
		r.d.Part = p.part
	} else if r.val != "" {
		r.val += "T" + p.part.String()
	}
	return r
}

// ---- seasons ----

// seasonExpr reads a season at i; start is where the expression began
// ("last" in "last fall"), dir -1/0/+1 for last/this/next, 2 when the
// tense decides.
// statesHabit reports whether the clause before token i tells what is so
// every time, in the present tense: "live here", "freezes", "is closed".
func (t *Tagger) statesHabit(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		if lowerIn(t, k, habitVerbs) {
			return !t.isAny(k-1, "will", "would", "to", "ll", "must")
		}
		if c, _ := t.cue(k, true); c != 0 && !t.weakCue {
			return false
		}
	}
	return false
}

// habitVerbs tell in the present what is so every time.
var habitVerbs = map[string]bool{
	"live": true, "lives": true, "stay": true, "stays": true, "freeze": true, "freezes": true,
	"bloom": true, "blooms": true, "migrate": true, "migrates": true, "hibernate": true,
	"hibernates": true, "thrive": true, "thrives": true, "grow": true, "grows": true, "flower": true,
	"flowers": true, "usually": true, "often": true, "tend": true, "tends": true, "normally": true,
}

// seasonGoods are things a season names a kind of, not a time: "the
// winter coat", "summer squash", "a spring roll".
// schoolPeriods after a season name a school's period or its part, which
// the season names without keeping to it ("autumn teaching", "Fall break",
// "the summer session").
var schoolPeriods = map[string]bool{
	"teaching": true, "session": true, "sessions": true, "intake": true, "enrolment": true, "enrollment": true,
	"registration": true, "assessment": true, "assessments": true, "exam": true, "exams": true, "examination": true,
	"examinations": true, "lectures": true, "classes": true, "recess": true, "break": true, "semester": true,
}

var seasonGoods = map[string]bool{
	"coat": true, "coats": true, "jacket": true, "jackets": true, "tyre": true, "tyres": true,
	"tire": true, "tires": true, "boots": true, "clothing": true, "clothes": true, "wear": true,
	"wardrobe": true, "collection": true, "menu": true, "fashion": true, "uniform": true,
	"camp": true, "job": true, "jobs": true, "home": true, "homes": true, "residence": true,
	"resort": true, "cottage": true, "squash": true, "wheat": true, "barley": true, "onion": true,
	"onions": true, "roll": true, "rolls": true, "water": true, "chicken": true, "sports": true,
	"intern": true, "interns": true, "internship": true, "reading": true,
	"ascent": true, "ascents": true, "expedition": true, "crossing": true,
	"hours": true, "opening": true, "timetable": true, "timetables": true, "times": true, "schedule": true, "schedules": true,
	"window": true, "transfer": true, "transfers": true, "signing": true, "signings": true, "kit": true, "kits": true,
	"ice": true, "solstice": true, "equinox": true, "rainfall": true, "snowfall": true,
	"tide": true, "tides": true, // "close to the spring tide": the tide at new and full moon
}

// seasonWeather are the weather a season names a kind of, and a
// forecaster's products named by it, whatever their case: "a winter
// storm", "Winter Storm Warning", "WINTER WEATHER ADVISORY".
// seasonStrikes are the things that happen to or among people that a
// report names by the season they struck in ("the winter floods", "the
// summer riots"): over by the time they are so named.
var seasonStrikes = map[string]bool{
	"floods": true, "flooding": true, "fires": true, "wildfires": true, "bushfires": true, "riots": true,
	"protests": true, "strikes": true, "droughts": true, "drought": true, "heatwave": true, "heatwaves": true,
	"outbreak": true, "outbreaks": true, "uprising": true, "clashes": true, "blackouts": true, "outages": true,
	"landslides": true, "offensive": true, "unrest": true, "shortages": true, "evacuations": true,
}

var seasonWeather = map[string]bool{"storm": true, "storms": true, "weather": true, "lights": true, "advisory": true}

func (t *Tagger) seasonExpr(i, start, dir int, afterMod bool) (res, bool) {
	tk := t.tok(i)
	w := tk.w()
	if t.is(i+1, "time") && t.tok(i+1).cap && tk.cap {
		return res{}, false // "Central European Summer Time": a zone
	}
	if i == start && (t.isAny(i-1, "will", "would", "shall", "should", "could", "can", "may", "might", "must") ||
		t.is(i-1, "to") && t.isAny(i-2, "plan", "plans", "planned", "planning", "intend", "intends", "intended", "hope", "hoped", "want", "wanted", "decided", "decide", "chose", "going", "used", "expect", "expected", "able")) && !t.isAny(i+1, "of") {
		// "The expedition will winter at Grytviken", "we plan to summer
		// in Maine": the verb (but "back to winter", "from autumn to
		// winter" read as the season: a word after the season or its
		// year says so below)
		if nx := t.tok(i + 1); nx != nil && (nx.kind == tWord && (t.isAny(i+1, "at", "in", "there", "here", "on", "abroad", "ashore", "with", "near", "by") || nx.cap) || t.is(i-1, "will") || t.is(i-1, "would")) {
			return res{}, false
		}
	}
	if t.dash(i-1) && t.glued(i) && t.glued(i-1) && !tk.cap {
		if pw := t.w(i - 2); pw != nil && pw.ord > 0 && pw.ord <= 4 || t.tok(i-2) != nil && t.tok(i-2).kind == tNum && t.tok(i-2).nd == 1 && t.tok(i-2).sfx != sfxNone && t.tok(i-2).sfx != sfxS {
			return res{}, false // "a first-winter Yellow-browed Warbler", "2nd-summer gulls": a bird's age, no season
		}
	}
	if w.plural {
		// "summers": only counted ("two summers later"), or listed
		// ("the summers of 1998 and 1999", read on from the first)
		if t.is(i+1, "of") {
			if y, k, ok := t.yearAt(i + 2); ok && (t.isAny(k, "and", "or") || t.punct(k, ',')) {
				return res{start: start, end: k, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: w.season}}, true
			}
		}
		return res{}, false
	}
	s := w.season
	k := i + 1
	if t.is(k, "of") || t.punct(k, ',') || t.is(k, "in") && t.tok(k+1) != nil && t.tok(k+1).kind == tNum { // ("over a single summer in 1938")
		k++
	}
	if y, k2, ok := t.yearAt(k); ok && t.lowerWord(i-1) == "austral" {
		// "the austral summer of 2019/20": the southern hemisphere's
		// season, whose months are the northern one's opposite (TIMEX3
		// seasons are the northern ones): December 2019 to February
		// 2020 is the winter of 2019; a summer needs its two years
		split := (t.dash(k2) || t.punct(k2, '/')) && t.glued(k2) && t.glued(k2+1)
		if split {
			if n, nd, ok := t.num(k2 + 1); ok && (nd == 2 && n == (y+1)%100 || nd == 4 && n == y+1) && t.tok(k2+1).sfx == sfxNone {
				k2 += 2
			} else {
				split = false
			}
		}
		opp := map[timeline.SeasonCode]timeline.SeasonCode{timeline.Summer: timeline.Winter, timeline.Winter: timeline.Summer, timeline.Spring: timeline.Fall, timeline.Fall: timeline.Spring}[s]
		if opp == timeline.NoSeason || s == timeline.Summer && !split {
			return res{}, false
		}
		r := res{start: i - 1, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: opp}}
		if t.is(i-2, "the") {
			r.start = i - 2 // ("the austral summer", as "the summer")
		}
		return r, true
	}
	if y, k2, ok := t.yearAt(k); ok {
		// "the winter of 2013-14": the winter that begins in 2013
		if s == timeline.Winter && (t.dash(k2) || t.punct(k2, '/')) && t.glued(k2) && t.glued(k2+1) {
			if n, nd, ok := t.num(k2 + 1); ok && (nd == 2 && n == (y+1)%100 || nd == 4 && n == y+1) && t.tok(k2+1).sfx == sfxNone {
				k2 += 2 // (or "2021-2022")
			}
		}
		if s == timeline.Winter && t.isAny(k2, "to", "into") && !t.glued(k2+1) && t.tok(k2+1) != nil && t.tok(k2+1).nd == 4 && !t.isAny(start-1, "from", "between") {
			// "the winter of 2023 to 2024": the one winter the two years
			// share, as "2023-24" writes it (whose January is 2024's),
			// not a winter and a year apart (but "from the winter of
			// 2023 to 2024" may run on to the year)
			if n, _, ok := t.num(k2 + 1); ok && n == y+1 && t.tok(k2+1).sfx == sfxNone &&
				(!t.glued(k2+2) || t.tok(k2+2).kind == tPunct && !t.dash(k2+2) && !t.punct(k2+2, '/') && !t.punct(k2+2, '%')) {
				k2 += 2
			}
		}
		return res{start: start, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
	}
	if y, k2, ok := t.spelledYear(k); ok {
		return res{start: start, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
	}
	if y, ok := t.pairedSeasonYear(i + 1); ok {
		// "the spring and early summer of 1943": the year of the pair
		return res{start: start, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
	}
	if sy, ok := t.shortDecade(k); ok && sy.d.Prec == timeline.Year && k > i+1 {
		// "the spring of '68"
		return res{start: start, end: sy.end, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: sy.d.Year, Season: s}}, true
	}
	if t.is(i+1, "of") {
		if t.isAny(k, "this", "last", "next") && t.is(k+1, "year") && t.hasRef {
			return res{start: start, end: k + 2, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: t.yearRel(k), Season: s}}, true
		}
		// "the spring of the following year", "the winter of that year"
		if t.isAny(k, "the", "that") {
			if y, k2, ok := t.yearPhrase(k); ok {
				return res{start: start, end: k2, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
			}
		}
	}
	// "spring blooms", "winter storms", "summer holidays": a season
	// before a plural noun qualifies it ("evidence that spring blooms
	// draw down carbon" is not "that spring")
	if t.pluralNounAfter(i+1) && !t.is(start, "the") {
		return res{}, false
	}
	if lowerIn(t, i+1, seasonGoods) && !t.tok(i+1).cap {
		return res{}, false // "the winter coat", "spring onions", "a summer job": a kind of thing
	}
	if start == i && (t.sentenceStart(i) || t.lineStart(i) || t.isAny(i-1, "a", "an", "our", "their", "its", "his", "her", "new")) {
		// "Winter UK dates will be announced in December", "their
		// summer Paris shows": a season before a name and a plural noun
		// qualifies them, as before the noun alone (see above)
		k := i + 1
		for k <= i+2 && t.tok(k) != nil && t.tok(k).kind == tWord && t.tok(k).cap && !t.glued(k) &&
			(t.w(k) == nil || t.w(k).month == 0 && t.w(k).wday == 0 && t.w(k).season == 0 && t.w(k).unit == uNone && t.w(k).part == timeline.NoPart && t.w(k).num == 0 && !t.w(k).function) {
			k++
		}
		if k > i+1 && t.pluralNounAfter(k) {
			return res{}, false
		}
	}
	if t.isAny(i+1, "term", "terms", "semester", "semesters", "trimester", "quarter") || t.is(i+1, "half") && t.is(i+2, "term") ||
		lowerIn(t, i+1, schoolPeriods) {
		return res{}, false // "Summer term starts: Tuesday 14 April", "the last day of autumn teaching": a school's term, named by a season it does not keep to
	}
	if lowerIn(t, i+1, seasonWeather) && !(t.is(start, "the") && !t.tok(i+1).cap) && !t.isAny(i-1, "this", "last", "next", "that") {
		return res{}, false // "A Winter Storm Warning is in effect", "WINTER WEATHER MESSAGE": a kind of weather, a product's name
	}
	if t.is(i+1, "time") && !t.tok(i+1).cap && t.isAny(i-1, "to", "on", "british", "european", "into", "from") && (w.key == "summer" || w.key == "winter") {
		return res{}, false // "when Europe switches to summer time": the clocks' time, no season
	}
	if y, k2, ok := t.yearAt(i - 1); ok && k2 == i && i == start && !t.glued(i) && t.tok(i-1).nd == 4 {
		// "the 1976 summer heatwave", "The 1976 summer was hot": the
		// season of the year written before it (the year is read on its
		// own first), not the writer's
		return res{start: start, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
	}
	if s == timeline.Winter && i == start && !t.glued(i) && i >= 3 && t.glued(i-1) && t.glued(i-2) && (t.dash(i-2) || t.punct(i-2, '/')) && t.tok(i-3).kind == tNum && t.tok(i-3).nd == 4 {
		// "Over the 2023-24 winter": the one winter the two years share,
		// begun in the first, as "the winter of 2023-24" reads (not the
		// second year's, which the year just before would give)
		if y, _, ok := t.num(i - 3); ok {
			if n, nd, ok2 := t.num(i - 1); ok2 && t.tok(i-1).sfx == sfxNone && (nd == 2 && n == (y+1)%100 || nd == 4 && n == y+1) {
				return res{start: start, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
			}
		}
	}
	if w.key == "fall" && t.is(i+1, "of") {
		return res{}, false // "the fall of Saigon"; "fall of 1944" was read above
	}
	if uw := t.w(i + 1); uw != nil && uw.unit == uMonth && uw.plural && t.is(i+2, "of") {
		if y, k, ok := t.yearAt(i + 3); ok {
			// "the winter months of 1942"
			return res{start: start, end: k, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: s}}, true
		}
	}
	if nx := t.tok(i + 1); nx != nil && nx.kind == tWord && !nx.cap && (t.w(i+1) == nil || t.w(i+1).unit == uNone) && t.is(i+2, "of") {
		if _, _, ok := t.yearAt(i + 3); ok || t.w(i+3) != nil && t.w(i+3).month > 0 {
			return res{}, false // "the winter floods of February 2020": the date is the month's
		}
	}
	if w.key == "fall" && !tk.cap && start == i && t.tok(i+1) != nil && (t.tok(i+1).kind == tNum || t.isAny(i+1, "by", "to", "below", "sharply", "further", "back", "slightly")) {
		return res{}, false // "peak before 2025 and fall 43% by 2030": the verb
	}
	if w.key == "fall" && !tk.cap && !(start < i && !t.is(start, "the")) {
		p := start - 1
		if !t.isAny(p, "in", "during", "by", "until", "since", "through", "this", "last", "next", "of", "and", "for") {
			return res{}, false
		}
	}
	if start == i && !afterMod {
		if w.key == "spring" && !t.isAny(i-1, "in", "this", "last", "next", "the", "until", "by", "since", "during", "between", "from", "come") &&
			!(tk.cap && t.lineStart(i) && (t.punct(i+1, ':') || t.dash(i+1))) { // (but "- Spring: Planted the hedge", a log's label)
			return res{}, false
		}
	}
	r := res{start: start, end: i + 1, typ: Date, noYear: true}
	if start == i && t.everyYear(i) {
		// "meets twice a year, in spring and autumn": every year's
		r.typ, r.val = Set, "XXXX-"+s.String()
		return r, true
	}
	if start == i && t.is(i-1, "in") && t.statesHabit(i-1) {
		// "Seventy people live here in winter", "the lake freezes in
		// winter": any winter, none in particular
		r.val = "XXXX-" + s.String()
		return r, true
	}
	// "last spring", "this autumn" speak from the writer's date, in a
	// history too (an obituary's "last spring"); "that winter" and "in
	// the spring" from the story's
	deictic := start != i && !t.isAny(start, "the", "that") && t.hasRef && dir != 3
	if (t.narrative && !deictic || dir == 3) && t.last.Prec >= timeline.Year {
		// "that winter" after "in 1874" is 1874's, in news too (and
		// after a year the story looked back to, that year's)
		y := t.last.Year
		lb, back := t.lookBackBase(start)
		if back {
			y = lb.Year
		}
		if !back && dir != 3 && t.last.Prec >= timeline.Month && t.lastEnd >= 0 && t.lastEnd <= start && (start == i || t.is(start, "the")) && t.presentPlan(start) {
			// "His final single was released in May 2019. A memorial
			// gig is planned for the spring.": a season still to come
			// when the story's day was told is the first to begin after
			// that day (not one already begun or over by then)
			if tn := t.tense(start, i+1); tn > 0 && !t.weakCue {
				if sd, ok := seasonBeside(t.last, s, true); ok {
					r.d = sd
					return r, true
				}
			}
		}
		r.d = timeline.Date{Prec: timeline.Season, Year: y, Season: s}
		return r, true
	}
	if !t.hasRef {
		r.val = "XXXX-" + s.String()
		return r, true
	}
	if t.last.Prec == timeline.Year && t.last.Year > 0 && !deictic && t.lastEnd >= 0 && t.lastEnd <= start && t.yearAdverbial() && t.sameSentence(t.lastEnd, start) &&
		!(t.last.Year < t.ref.Year() && t.soClauseBetween(t.lastEnd, start) && t.tense(start, i+1) > 0) {
		// "In 2020 procurement began in late summer": a season of the
		// year the sentence is set in, as a month is (see monthYearFor)
		r.d = timeline.Date{Prec: timeline.Season, Year: t.last.Year, Season: s}
		return r, true
	}
	if t.is(start, "the") && start == i-1 && t.last.Prec > timeline.Year && t.last.Year > t.ref.Year() && t.lastEnd >= 0 && t.lastEnd <= start &&
		start-t.lastEnd <= 12 && t.sameSentence(t.lastEnd, start) {
		// "a design by the end of Q2 2025, with a bid to follow in the
		// autumn": the season after the later date just told
		if sd, ok := seasonBeside(t.last, s, true); ok {
			r.d = sd
			return r, true
		}
	}
	if t.last.Prec >= timeline.Month && t.last.Year != t.ref.Year() && t.last.Year > 0 && t.lastEnd >= 0 && t.lastEnd <= start && start-t.lastEnd <= 6 && t.noStopBetween(t.lastEnd, start) &&
		!t.verbBetween(t.lastEnd, start) && !deictic {
		// "Tuesday 14 April 2026 to Wednesday 22 July – Summer": the
		// term just written names its season, of its year
		y := t.last.Year
		if s == timeline.Winter && t.last.Month <= 2 {
			y--
		}
		r.d = timeline.Date{Prec: timeline.Season, Year: y, Season: s}
		return r, true
	}
	y, cur := seasonOf(t.ref)
	if t.is(start, "the") && start == i-1 && !t.narrative && lowerIn(t, i+1, seasonStrikes) && !t.tok(i+1).cap && !t.aheadInSentence(start) {
		// "This is the committee's third session on the winter floods",
		// told in November: floods named by their season are over, the
		// last winter's, not the one to come
		if s > cur {
			y--
		}
		r.d = timeline.Date{Prec: timeline.Season, Year: y, Season: s}
		return r, true
	}
	if dir == 3 {
		dir = 0
	}
	if dir == 0 && start != i {
		// "this summer": the one of the reference date's calendar year,
		// even in January, which belongs to the winter before; "this
		// winter" is the one under way in January and February, else the
		// one that ends the year
		y = t.ref.Year()
		if s == timeline.Winter && t.ref.Month() <= 2 {
			y--
		}
		r.d = timeline.Date{Prec: timeline.Season, Year: y, Season: s}
		return r, true
	}
	if dir == 2 || (dir == 0 && start == i) {
		dir = t.tense(start, i+1)
		if t.toDo(start) || dir == 0 && t.presentAhead(start) {
			dir = 1
		}
		if dir == 0 {
			dir = -1
		}
	}
	switch {
	case dir < 0 && s >= cur && start != i && !t.is(start, "the"):
		y--
	case dir < 0 && s > cur:
		y--
	case dir > 0 && (s < cur || s == cur && start != i && !t.is(start, "the")):
		y++ // ("the autumn issue", written in October: this autumn)
	case dir > 0 && s < cur:
		y++
	}
	r.d = timeline.Date{Prec: timeline.Season, Year: y, Season: s}
	return r, true
}

// presentPlan reports whether the sentence of token i, before it, tells
// in the present or with "will" ("A memorial gig is planned for", "The
// festival will return in"), with no verb of the past nor a "would" ("he
// would spend the summer": a future seen from the story's past).
func (t *Tagger) presentPlan(i int) bool {
	now := false
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if tk := &t.toks[k]; tk.kind == tPunct && (tk.r == '.' || tk.r == '!' || tk.r == '?' || tk.r == ';') || t.newLine(k+1) && k+1 < i && t.endsLine(k) {
			break
		}
		switch t.key(k) {
		case "is", "are", "will", "ll", "shall":
			now = true
		case "was", "were", "would", "had", "did", "said", "could", "might":
			return false
		}
	}
	return now
}

// presentAhead reports whether a present -s verb right before the
// preposition before token i tells what is to come ("The seed swap
// returns in the spring", "The bus runs in the summer").
func (t *Tagger) presentAhead(i int) bool {
	if !t.isAny(i-1, "in", "during", "by", "before", "until", "till") {
		return false
	}
	v := t.tok(i - 2)
	if v == nil || v.kind != tWord || v.cap || t.w(i-2) != nil {
		return false
	}
	lw := t.lowerWord(i - 2)
	if len(lw) < 4 || lw[len(lw)-1] != 's' || strings.ContainsRune("sui", rune(lw[len(lw)-2])) {
		return false
	}
	p := t.tok(i - 3)
	return p != nil && p.kind == tWord && !t.isAny(i-3, "the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
		"of", "in", "on", "for", "and", "or", "many", "some", "all", "few", "with", "by", "from", "to", "at")
}

// toDo reports whether the clause before token i tells what someone is
// to do: "Action: KA to draft a note before the spring", "Members agreed
// to review the rota in the spring".
func (t *Tagger) toDo(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' {
			return false
		}
		if t.is(k, "to") {
			p := t.tok(k - 1)
			return t.isAny(k-1, "agreed", "decided", "voted", "resolved", "promised", "pledged", "vowed", "agree", "decide", "undertook", "undertake") ||
				p != nil && p.kind == tWord && p.upper && p.end-p.start >= 2 && p.end-p.start <= 4 // ("KA to draft": a minute's action)
		}
	}
	return false
}

// everyYear reports whether a few words before token i, in its sentence,
// say that what it tells comes back each year: "meets twice a year, in
// spring and autumn", "every year in June", "annually in spring".
func (t *Tagger) everyYear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' {
			return false
		}
		switch {
		case t.isAny(k, "annually", "yearly", "seasonally"),
			t.is(k, "year") && t.isAny(k-1, "a", "per", "every", "each"),
			t.isAny(k, "every", "each") && t.isAny(k+1, "spring", "summer", "autumn", "fall", "winter"):
			return true
		}
	}
	return false
}

// spelledYear reads a year written in words: "nineteen ninety-four",
// "nineteen eighty", "two thousand", "two thousand and three".
func (t *Tagger) spelledYear(i int) (int, int, bool) {
	w := t.w(i)
	if w == nil {
		return 0, i, false
	}
	if y, k, ok := t.longSpelledYear(i); ok {
		return y, k, true
	}
	if w.key == "two" && t.is(i+1, "thousand") {
		j := i + 2
		if t.is(j, "and") {
			j++
		}
		if o := t.w(j); o != nil && o.num > 0 && o.num < 100 {
			n, _, _, k, ok := t.amount(j)
			if ok && n < 100 {
				return 2000 + int(n), k, true
			}
		}
		return 2000, i + 2, true
	}
	if w.num < 11 || w.num > 20 {
		return 0, i, false
	}
	tw := t.w(i + 1)
	if tw == nil || tw.num < 10 || tw.num >= 100 {
		return 0, i, false
	}
	if t.tok(i+1).cap && !t.tok(i+1).upper {
		return 0, i, false // "Nineteen Eighty-Four": a title, written as one
	}
	n, _, _, k, ok := t.amount(i + 1)
	if !ok || n >= 100 || n < 10 {
		return 0, i, false
	}
	return w.num*100 + int(n), k, true
}

// longSpelledYear reads a year spelled as deeds and proclamations write
// it: "One thousand seven hundred and seventy-five", "seventeen hundred
// and seventy-five", "eighteen hundred". It is read only where a year is
// expected (after a month, after "the year"): in running text "fifteen
// hundred and fifty men" is a count.
func (t *Tagger) longSpelledYear(i int) (int, int, bool) {
	w := t.w(i)
	if w == nil {
		return 0, i, false
	}
	y, j := 0, i
	switch {
	case w.key == "one" && t.is(i+1, "thousand"):
		y, j = 1000, i+2
		if t.punct(j, ',') {
			j++
		}
		if h := t.w(j); h != nil && h.num >= 1 && h.num <= 9 && t.is(j+1, "hundred") {
			y += h.num * 100
			j += 2
		}
	case w.num >= 10 && w.num <= 20 && t.is(i+1, "hundred"):
		y, j = w.num*100, i+2
	default:
		return 0, i, false
	}
	k := j
	if t.is(k, "and") {
		k++
	}
	if o := t.w(k); o != nil && o.num > 0 && o.num < 100 {
		if n, _, _, k2, ok := t.amount(k); ok && n >= 1 && n < 100 && n == float64(int(n)) {
			return y + int(n), k2, true
		}
	}
	return y, j, true // "eighteen hundred"
}

// formalYear reads the year a formal date gives after its month: "in the
// year of our Lord 1824", ", in the Year of our Lord One thousand six
// hundred and five", "Anno Domini 1605", "One thousand seven hundred and
// seventy-five".
func (t *Tagger) formalYear(k int) (int, int, bool) {
	if t.punct(k, ',') {
		k++
	}
	switch {
	case t.is(k, "in") && t.is(k+1, "the") && t.is(k+2, "year"):
		k += 3
		if t.is(k, "of") && t.is(k+1, "our") && t.lowerWord(k+2) == "lord" {
			k += 3
		}
	case t.lowerWord(k) == "anno" && t.lowerWord(k+1) == "domini":
		k += 2
	}
	if y, k2, ok := t.yearAt(k); ok {
		return y, k2, true
	}
	return t.longSpelledYear(k)
}

// partialValue writes what is known of a date moved by an amount of a unit
// finer than the anchor: "two days later" after "1813" is 1813-XX-XX.
func partialValue(base timeline.Date, u unit) string {
	if base.Prec < timeline.Year || base.Year <= 0 || base.Year > 9999 {
		return unknownUnit(u)
	}
	y := strconv.Itoa(base.Year)
	for len(y) < 4 {
		y = "0" + y
	}
	switch u {
	case uWeek, uWeekend:
		return y + "-WXX"
	case uMonth:
		return y + "-XX"
	case uQuarter:
		return y + "-QX"
	case uYear, uDecade, uCentury, uMillennium:
		return unknownUnit(u)
	}
	return y + "-XX-XX"
}

// dayRangeAfter reports whether the day at i is followed by "-9", the end
// of a range of days.
func (t *Tagger) dayRangeAfter(i int) bool {
	if !t.dash(i+1) || !t.glued(i+1) || !t.glued(i+2) {
		return false
	}
	_, nd, ok := t.num(i + 2)
	return ok && nd <= 2 && !t.badAfter(i+2)
}

// quarterAgo resolves "a year ago" and "a year earlier" in a financial
// report: the same quarter a year before the quarter being reported.
func (t *Tagger) quarterAgo(u unit, n float64) (timeline.Date, bool) {
	if u != uYear || n != 1 || t.narrative || t.lastQ.Prec != timeline.Quarter {
		return timeline.Date{}, false
	}
	d := t.lastQ
	d.Year = addYear(d.Year, -1)
	return d, true
}

// yearPhrase reads a year named by reference to the story: "that year",
// "the same year", "the following year", "the previous year", or a year.
func (t *Tagger) yearPhrase(i int) (y, j int, ok bool) {
	if y, j, ok := t.yearAt(i); ok {
		return y, j, true
	}
	if t.last.Prec < timeline.Year {
		return 0, i, false
	}
	switch {
	case t.is(i, "that") && t.is(i+1, "year"):
		return t.last.Year, i + 2, true
	case t.is(i, "the") && t.isAny(i+1, "same", "following", "next", "previous", "preceding") && t.is(i+2, "year"):
		y := t.last.Year
		switch t.lowerWord(i + 1) {
		case "following", "next":
			y = addYear(y, 1)
		case "previous", "preceding":
			y = addYear(y, -1)
		}
		return y, i + 3, true
	}
	return 0, i, false
}

// lookedBackFromDay reports whether the month m named without a year at
// token i follows a look back from the story's day: the last date told is
// a month of the year before the last day told in full, which came before
// it, two sentences back at most, and m falls before that month in its
// year and not after the day in the day's year. The month is then the
// day's year's, between the two.
func (t *Tagger) lookedBackFromDay(m, i int) bool {
	return t.last.Prec == timeline.Month && t.lastDay.Prec >= timeline.Day && t.lastDay.Year == t.last.Year+1 && t.lastDayEnd >= 0 && t.lastDayEnd <= t.lastStart &&
		m < t.last.Month && m <= t.lastDay.Month && !t.pluperfect(i) && t.sentencesBetween(t.lastDayEnd, i) <= 2
}

// narrativeWrap is how many months back a month named without a year
// must lie from the story's month for a history to have moved on to the
// next year: only January after December. Measured on WikiWars 01-16,
// wrapping from further back (February after December, January after
// November) loses more values than it gains: histories look back within
// the year as often as they move on.
const narrativeWrap = 11

// ides reads "the Ides of March, 44 BC": the Roman Ides, the 15th of
// March, May, July and October and the 13th of the other months. Without
// a year it stays a name ("Beware the Ides of March"). j is the token after
// the month.
func (t *Tagger) ides(i, j, m int) (res, bool) {
	if !t.is(i-1, "of") || !t.is(i-2, "ides") {
		return res{}, false
	}
	k := j
	if t.punct(k, ',') {
		k++
	}
	y, end, ok := t.yearAt(k)
	if !ok {
		return res{}, false
	}
	d := 13
	switch m {
	case 3, 5, 7, 10:
		d = 15
	}
	start := i - 2
	if t.is(start-1, "the") {
		start--
	}
	return res{start: start, end: end, typ: Date, d: dayValue(y, m, d)}, true
}

// checkWeekday keeps the year a day was given only when the weekday
// written with it agrees: "Friday 18 October" after "AD 1900" is not 18
// October 1900, a Thursday. Without a written year that fits, the year is
// left unknown rather than guessed wrong.
func (t *Tagger) checkWeekday(r res, wday int) res {
	if !r.noYear || r.val != "" {
		return r
	}
	tt, ok := dayTime(r.d)
	if !ok {
		return r
	}
	if int(tt.Weekday()+6)%7+1 == wday {
		return r
	}
	// the year before or after, if the weekday fits it (and only one)
	var fit []timeline.Date
	for _, dy := range []int{-1, 1} {
		d := r.d
		d.Year = addYear(d.Year, dy)
		if tt, ok := dayTime(d); ok && validDay(d.Year, d.Month, d.Day) && int(tt.Weekday()+6)%7+1 == wday {
			fit = append(fit, d)
		}
	}
	if len(fit) == 0 && !t.narrative && t.hasRef && r.d.Year < t.ref.Year()-1 {
		// "The band, who last played at the Apollo in 1999, will hold a
		// party on Thursday 18 September", in news of 9 September 2025:
		// no year near the one the story told fits the weekday; the
		// writer's year, or one either side, may (and only one)
		for _, y := range []int{t.ref.Year() - 1, t.ref.Year(), t.ref.Year() + 1} {
			d := r.d
			d.Year = y
			if tt, ok := dayTime(d); ok && validDay(d.Year, d.Month, d.Day) && int(tt.Weekday()+6)%7+1 == wday {
				fit = append(fit, d)
			}
		}
	}
	if len(fit) == 1 && !t.narrative {
		against := false
		if ft, ok := dayTime(fit[0]); ok && t.hasRef {
			// (but not a year on the other side of the writer's day
			// than the tense: "Our next meeting is on Thursday 21 March",
			// told in 2025, when 21 March 2025 is a Friday, is no
			// meeting of 2024)
			// (a day the weekday fits in the week before the writer's
			// day is that day, whatever the tense: "Adjourned till
			// Monday 8 December at 3.00 pm", published on 9 December
			// 2025, is a record of what was to come then)
			dir := t.tense(r.start, r.end)
			against = dir > 0 && ft.Before(t.ref.AddDate(0, 0, -7)) && (!t.weakCue || ft.Before(t.ref.AddDate(0, -1, 0))) && !t.pastBefore(r.start) ||
				dir < 0 && t.closePast && ft.After(t.ref.AddDate(0, 1, 0)) // (nor, told in the past, a day months after it: "It was a Saturday, the 12th of December", told in March 2026, is not 12 December 2026)
		}
		if !against {
			r.d = fit[0]
			return r
		}
	}
	r.val = "XXXX-" + two(r.d.Month) + "-" + two(r.d.Day)
	r.d = timeline.Date{}
	return r
}

// sinceBefore reports whether "since" comes before token i in its
// sentence.
func (t *Tagger) sinceBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if t.is(k, "since") {
			return true
		}
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, true); stop {
				break
			}
		}
	}
	return false
}

// pastBefore reports whether a verb in the past comes before token i in
// its sentence ("the fixture was postponed until Tuesday 21 January").
func (t *Tagger) pastBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		c, stop := t.cue(k, true)
		if c < 0 {
			return true
		}
		if stop {
			break
		}
	}
	return false
}

// seasonsLater reads "two summers later", "three winters earlier" at i
// (the amount) and j (the season): the n-th such season after (before) the
// date the story is at.
// pairedSeasonYear reads, at k, the second season of a pair and the year
// it is given ("and early summer of 1943", "or autumn 2024").
func (t *Tagger) pairedSeasonYear(k int) (int, bool) {
	if !t.isAny(k, "and", "or") {
		return 0, false
	}
	k++
	for n := 0; n < 2 && t.isAny(k, "the", "early", "late", "mid", "the"); n++ {
		k++
	}
	if w := t.w(k); w == nil || w.season == timeline.NoSeason || w.plural {
		return 0, false
	}
	k++
	if t.is(k, "of") || t.punct(k, ',') {
		k++
	}
	y, _, ok := t.yearAt(k)
	return y, ok
}

func (t *Tagger) seasonsLater(i, j, n int, s timeline.SeasonCode) (res, bool) {
	base, ok := t.anchor(true)
	if !ok || base.Prec < timeline.Year {
		return res{}, false
	}
	after := t.isAny(j+1, "later", "after")
	d, ok := seasonBeside(base, s, after)
	if !ok {
		return res{}, false
	}
	if after {
		d.Year = addYear(d.Year, n-1)
	} else {
		d.Year = addYear(d.Year, -(n - 1))
	}
	return res{start: i, end: j + 2, typ: Date, d: d}, true
}

// hadAfter reports whether the clause that goes on at token k is told in
// the past perfect ("Eleven days earlier her GP had started a
// thiazide"): a look back, which leaves the story's day where it was.
func (t *Tagger) hadAfter(k int) bool {
	for j := k; j < len(t.toks) && j < k+6; j++ {
		if tk := &t.toks[j]; tk.kind == tPunct && tk.r != ',' {
			return false
		}
		if t.is(j, "had") {
			return true
		}
	}
	return false
}

// verbAfterName reports whether token k, after a capitalized word that
// follows a month, is a verb: then the month is no first name ("In May
// Obama traveled", not "in May Smith's case").
func (t *Tagger) verbAfterName(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap {
		return false
	}
	if c, _ := t.cue(k, false); c != 0 {
		return true
	}
	w := t.lowerWord(k)
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// futureWord reports whether "will", "shall" or "'ll" comes in the few
// words before token i, in its sentence.
func (t *Tagger) futureWord(i int) bool {
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if tk := t.toks[k]; tk.kind == tPunct && tk.r != ',' && tk.r != '\'' && tk.r != '’' {
			return false
		}
		if t.isAny(k, "will", "shall", "ll") {
			return true
		}
	}
	return false
}

// reportedBefore reports whether a verb of saying or forecasting comes in
// the few words before token i, in its sentence: then a past tense is the
// saying's, not the period's ("said second-quarter sales would rise").
func (t *Tagger) reportedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if tk := t.toks[k]; tk.kind == tPunct && tk.r != ',' {
			return false
		}
		if t.isAny(k, "said", "says", "told", "announced", "forecast", "predicted", "projected", "estimated", "expected", "guided") {
			return true
		}
	}
	return false
}

// closePastOrNear reports whether the past tense the last call of tense
// found is the expression's own clause's (closePast), or a past verb in
// the few words before it ("were hurt by a difficult February").
func (t *Tagger) closePastOrNear(i int) bool {
	if t.closePast {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if tk := t.toks[k]; tk.kind == tPunct {
			return false
		}
		if c, _ := t.cue(k, true); c < 0 {
			return !t.isAny(k, "said", "told", "since", "last", "earlier", "ago", "yesterday")
		}
	}
	return false
}

// endedDate reads, at token k after a period's name, the day it ended
// ("ended March 2, 2013", ", which ended Dec. 31", "that ended Feb.
// 28"): its date, of Day precision.
func (t *Tagger) endedDate(k int) (timeline.Date, bool) {
	if t.punct(k, ',') {
		k++
	}
	if t.isAny(k, "which", "that") {
		k++
	}
	if !t.isAny(k, "ended", "ending", "ends") {
		return timeline.Date{}, false
	}
	if t.is(k+1, "on") {
		k++
	}
	r, ok := t.core(k+1, false)
	if !ok || r.start != k+1 || r.typ != Date || r.d.Prec != timeline.Day {
		return timeline.Date{}, false
	}
	return r.d, true
}

// entryDay reports whether base, counted from at token i, is the day a
// line of its own dated the entry above it ("## Tuesday 23 September
// 2025" over "Two days later the escrow company called."): the day the
// entry's story starts on, though the text takes it for its own date; a
// time after it told as past is a day of that story, no look ahead from
// the writer's day. Not a labelled header ("Published: 23 September").
func (t *Tagger) entryDay(base timeline.Date, i int) bool {
	if base.Prec != timeline.Day || base != t.lastDay || base != dayDate(t.ref) || t.lastSetEnd != t.lastDayEnd || !t.headerDayBefore(i) {
		return false
	}
	at := int(t.toks[t.lastDayEnd-1].end)
	ls := strings.LastIndexByte(t.text[:at], '\n') + 1
	k := t.lastDayEnd - 1
	for k > 0 && int(t.toks[k-1].start) >= ls {
		k--
	}
	for k < t.lastDayEnd && t.toks[k].kind == tPunct && (t.toks[k].r == '#' || t.toks[k].r == '*' || t.toks[k].r == '_') {
		k++ // (a Markdown heading's marks)
	}
	if k >= t.lastDayEnd || strings.ContainsRune(t.text[t.toks[k].start:at], ':') {
		return false
	}
	w := t.w(k)
	if !(t.toks[k].kind == tNum || w != nil && (w.wday > 0 || w.month > 0)) {
		return false
	}
	rest := strings.TrimLeft(t.text[at:], " .*_#")
	return rest == "" || rest[0] == '\n' || rest[0] == '\r'
}

// nowAfter reports whether the clause that opens at token k speaks from
// the teller's present: "still", "now" or a present verb among its first
// words ("I can still smell", "it still hurts", "I remember").
func (t *Tagger) nowAfter(k int) bool {
	for m := k; m < k+4 && m < len(t.toks); m++ {
		if tk := &t.toks[m]; tk.kind == tPunct || m > k && t.newLine(m) {
			return false
		}
		if t.isAny(m, "still", "now", "can", "am", "do", "does", "remember", "remembers") {
			return true
		}
	}
	return false
}

// asMany reads "as many years" at the "many" at i: as many as the count
// told just before it in the sentence ("the third conviction in as many
// years", "four goals in as many minutes"), so P3Y and PT4M. With no such
// count it is no length at all (nor "as many years as it took", a
// comparison).
func (t *Tagger) asMany(i int) (res, bool) {
	w := t.w(i + 1)
	if w == nil || w.unit == uNone || w.unit == uHalf || !w.plural || t.is(i+2, "as") {
		return res{}, false
	}
	for k := i - 2; k >= 0 && k >= i-16; k-- {
		tk := t.tok(k)
		if tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '?' || tk.r == '!' || tk.r == '\n') {
			break
		}
		n := 0
		switch {
		case tk.kind == tNum && tk.sfx == sfxNone && tk.n >= 2 && tk.n < 1000 && !t.glued(k) && !t.glued(k+1):
			n = int(tk.n)
		case t.w(k) != nil && t.w(k).num >= 2 && t.w(k).num < 1000:
			n = t.w(k).num
		case t.w(k) != nil && t.w(k).ord >= 2 && t.w(k).ord < 1000:
			n = t.w(k).ord
		}
		if n > 0 {
			return res{start: i - 1, end: i + 2, typ: Duration, val: durValue(float64(n), w.unit, false)}, true
		}
	}
	return res{}, false
}

// ordinalWordDay reads the day of month m written as an ordinal word
// after the month at i, from token j ("July Fourth", "March eighth",
// "June twenty-first"): the day and the token after it. A capitalized
// ordinal is the day unless a capitalized word follows ("In May First
// Lady Michelle Obama spoke"); a lower-case one only where nothing but
// the clause's end, a year, or a word that opens a phrase of its own
// follows ("on March eighth at noon"; not "In March third parties
// joined", "in May first-quarter", "He finished June second in the
// league"), and "first" and "second", adverbs as often, only after "on",
// "by", "until" or a weekday. After "the" ("March the twenty-fifth",
// from j past it) the ordinal is read as a lower-case one, "first" and
// "second" too (not "In June the second wave hit").
func (t *Tagger) ordinalWordDay(i, j, m int) (d, k int, ok bool) {
	ot := t.tok(j)
	if ot == nil || ot.kind != tWord || t.glued(j) {
		return 0, j, false
	}
	d, k, ok = t.ordinalAt(j)
	if !ok || d < 1 || d > 31 || !validDay(2000, m, d) {
		return 0, j, false
	}
	nx := t.tok(k)
	article := t.is(j-1, "the") && j-1 == i+1 // "March the twenty-fifth"
	if ot.cap && !article {
		return d, k, !(nx != nil && nx.kind == tWord && nx.cap)
	}
	if t.dash(k) && t.glued(k) {
		return 0, j, false // "May first-quarter", "June second-half"
	}
	switch {
	case nx == nil || t.newLine(k) || nx.kind == tNum:
	case nx.kind == tPunct:
		if t.punct(k, '\'') || t.punct(k, '’') {
			return 0, j, false
		}
	case t.isAny(k, "and", "or", "at", "in", "on", "when", "to", "through", "until", "till", "from", "with", "after", "before", "this", "next", "last"):
	default:
		return 0, j, false
	}
	if d <= 2 && k == j+1 && !article {
		p := t.w(i - 1)
		if !t.isAny(i-1, "on", "by", "until", "till", "since", "before", "after") && !(t.punct(i-1, ',') && t.w(i-2) != nil && t.w(i-2).wday > 0) && (p == nil || p.wday == 0) {
			return 0, j, false
		}
	}
	return d, k, true
}

// commaYear reads a year after a day, with or without a comma between
// ("July Fourth, 1976"): the year and the token after it.
func (t *Tagger) commaYear(k int) (y, j int, ok bool) {
	if t.punct(k, ',') {
		k++
	}
	return t.yearAt(k)
}

// askedBefore reports whether the weekday at token i ("on Wednesday") ends
// what someone was asked or told to do, in the past: "were asked to vote
// on Wednesday", "was told to report on Monday", "ordered them to leave by
// Friday".
func (t *Tagger) askedBefore(i int) bool {
	for k := i - 2; k >= 2 && k >= i-8; k-- {
		if t.toks[k].kind == tPunct {
			return false
		}
		if !t.is(k, "to") {
			continue
		}
		for a := k - 1; a >= 1 && a >= k-3; a-- {
			if t.isAny(a, "asked", "told", "ordered", "urged", "advised", "warned", "instructed", "invited", "summoned") {
				return t.isAny(a-1, "was", "were") || a == k-1 || t.tok(a+1).kind == tWord && t.w(a+1) == nil
			}
			if t.toks[a].kind == tPunct {
				return false
			}
		}
		return false
	}
	return false
}
