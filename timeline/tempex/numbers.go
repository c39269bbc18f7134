package tempex

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// Patterns that begin with digits: 2017-12-13, 13.12.2017, 12/13/2017,
// 14:30, 3 p.m., 1990s, 44 BC, 13 December 2017, and bare years.

// badBefore reports whether the digits at i continue something before
// them: $27, #4, 1,000, 3.14, A4, 555-1234.
func (t *Tagger) badBefore(i int) bool {
	if !t.glued(i) {
		return false
	}
	p := t.tok(i - 1)
	switch p.kind {
	case tWord, tNum:
		return true
	}
	switch p.r {
	case '$', '£', '€', '¥', '#', '+', '@', '=':
		return true
	case '-', '–':
		if t.inRange {
			return false
		}
		return t.glued(i-1) && t.tok(i-2).kind == tNum
	case '_':
		// "migration_2023", "v1_2019_final": a name's part, written
		// with underscores (not "_2023_", a year in italics)
		return t.glued(i-1) && t.tok(i-2) != nil && (t.tok(i-2).kind == tWord || t.tok(i-2).kind == tNum)
	case ',', '.', '/', ':':
		if p.r == '/' && t.glued(i-1) {
			// "C/2025 K3", "P/2019 LD2": a comet's designation
			if q := t.tok(i - 2); q != nil && q.kind == tWord && q.end-q.start == 1 && q.upper {
				return true
			}
		}
		if p.r == '.' && t.glued(i-1) && t.letterCode(i-2) {
			return true
		}
		return t.glued(i-1) && t.tok(i-2).kind == tNum
	}
	return false
}

// letterCode reports whether the word at k is a capital letter alone
// that, with a period, opens the number written against it, as a form's
// or a series' number is ("Army Form C.2118", "Form B.1916", "W.2019"):
// no year. A capital C may be circa ("C.1850" in a heading), unless
// formCode says otherwise; an abbreviation's last letter ("A.D.1066")
// and a lower-case letter (born "b.1850", circa "c.1850") stay as they are.
func (t *Tagger) letterCode(k int) bool {
	p := t.tok(k)
	if p == nil || p.kind != tWord || !p.upper || p.end-p.start != 1 || t.glued(k) && t.punct(k-1, '.') {
		return false
	}
	if c := t.text[p.start]; c == 'C' {
		return t.formCode(k)
	}
	return true
}

// shortRangeEnd reports whether the year at i closes a range with its
// last digit alone, as architectural histories write it: "extended in
// 1862-3" (1862 to 1863). The digit must be later in the same decade, and
// the year no part of a name or a number ("Ordinance 2021-5", "No.
// 2019-4"): a small word, a bracket or a comma before it, or nothing.
func (t *Tagger) shortRangeEnd(i int) bool {
	e := t.tok(i + 2)
	if e == nil || e.nd != 1 || e.sfx != sfxNone || !t.glued(i+2) || int(e.n) <= int(t.tok(i).n)%10 || t.tok(i).n < 1000 || t.tok(i).n > 2100 {
		return false
	}
	if t.glued(i+3) && t.tok(i+3) != nil && (t.tok(i+3).kind != tPunct || t.dash(i+3) || t.punct(i+3, '/') || t.punct(i+3, '.') && t.glued(i+4)) {
		return false // "1862-3-4", "1862-3a", "2019-3.5"
	}
	p := t.tok(i - 1)
	if p == nil || t.punct(i-1, '(') || t.punct(i-1, ',') {
		return true
	}
	if p.kind != tWord || t.isAny(i-1, "no", "number", "page", "pp", "flight") {
		return false
	}
	// a capital only on a preposition or a participle that opens the
	// sentence: "In 1862-3 the nave ...", "Built 1862-3"
	w := t.text[p.start:p.end]
	return !p.cap || t.isAny(i-1, "in", "of", "from", "by", "between", "during", "c", "circa") || strings.HasSuffix(w, "ed") || strings.EqualFold(w, "built") || strings.EqualFold(w, "rebuilt")
}

// badAfter reports whether the digits at i run on into something that is
// not a date: 50%, 1,000, 2.5, 3:1, 10-4.
func (t *Tagger) badAfter(i int) bool {
	if !t.glued(i + 1) {
		return false
	}
	nx := t.tok(i + 1)
	switch nx.kind {
	case tNum:
		return true
	case tWord:
		return true
	}
	switch nx.r {
	case '%', '$', '‰', '°':
		return true
	case '-', '–':
		// a range of years "2004-2008", "1915-17" is fine; a code
		// "2106-3344-1999" is not
		if t.glued(i+2) && t.tok(i+2).kind == tNum {
			if t.glued(i+3) && (t.dash(i+3) || t.punct(i+3, '/')) && t.glued(i+4) && t.tok(i+4) != nil && t.tok(i+4).kind == tNum &&
				(!(t.tok(i+2).nd <= 2 && t.tok(i+4).nd <= 2) || t.badAfter(i+4)) {
				return true // (and "larkspur-2025-02-03.zip": a day in a file's name)
			}
			return !(t.tok(i).nd == 4 && (t.tok(i+2).nd == 4 || t.tok(i+2).nd == 2 || t.shortRangeEnd(i)))
		}
		if w := t.w(i + 2); w != nil && w.unit != uNone && !w.plural && t.glued(i+2) {
			return true // "a 1000-year-old tree", "a 2000-year history": a length
		}
		if nx := t.tok(i + 2); nx != nil && t.glued(i+2) && nx.kind == tWord && nx.upper && nx.end-nx.start <= 2 {
			return true // "Parcel 1999-B", "Form 2020-A": a code
		}
	case '/':
		// a season or fiscal year "2012/13", "2012/2013" is fine
		if t.seasonYears(i) > 0 {
			return false
		}
		if t.tok(i).nd == 4 && t.tok(i).n < 1753 {
			if _, _, ok := t.dualYear(i, 1); ok {
				return false // "1731/2, January 9": a year written Old Style and New
			}
		}
		return t.glued(i+2) && t.tok(i+2).kind == tNum
	case ',', '.', ':':
		if nx.r == '.' && t.glued(i+2) {
			// "HISTORY-2022.md", "report-2021.pdf", "the 2022.x
			// series": a file's name or a version's pattern, a short
			// word in small letters glued after the dot (not "in
			// 2022.Then", a stop without its space)
			if w := t.tok(i + 2); w.kind == tWord && !w.cap && !w.upper && w.end-w.start <= 5 {
				return true
			}
		}
		return t.glued(i+2) && t.tok(i+2).kind == tNum
	case '_':
		// "2023_01_schema.php": a file's name, its parts joined by
		// underscores (not "_2023_", a year in italics)
		return t.glued(i+2) && t.tok(i+2) != nil && (t.tok(i+2).kind == tWord || t.tok(i+2).kind == tNum)
	case '@':
		return true // "caht-2025@example.org": an e-mail address
	}
	return false
}

// eventVerbBefore reports whether the two digits and slash at token i
// ("29/08") follow a verb of a milestone in the past ("was completed
// 29/08 at 16:40", "arrived 02/09."), as a log writes them without "on",
// two digits and two digits, and end there: a clock, "at", "and", a
// comma or the sentence's end after them; read in one order only, or in
// the text's. A mark or a count is no day
// ("rated 10/10", "scored 12/20", "completed 12/20 tasks").
func (t *Tagger) eventVerbBefore(i int) bool {
	p, b := t.tok(i-1), t.tok(i+2)
	if p == nil || p.kind != tWord || p.cap || p.end-p.start < 5 || b == nil || b.kind != tNum || b.nd != 2 || t.glued(i) {
		return false
	}
	if s := t.text[p.start:p.end]; s[len(s)-2] != 'e' || s[len(s)-1] != 'd' || scoreVerbs[s] {
		return false
	}
	if a := t.toks[i].n; a <= 12 && b.n <= 12 && !t.dayFirst {
		return false // ("departed 02/09" in a text of no known order: either day)
	}
	if n := t.tok(i + 3); n != nil && !(n.kind == tPunct && (n.r == '.' || n.r == ',' || n.r == ';' || n.r == ')') ||
		t.isAny(i+3, "at", "and", "but", "with", "from", "to", "in", "local") || n.kind == tNum && t.punct(i+4, ':')) {
		return false
	}
	return true
}

// scoreVerbs give a mark or a share as two numbers with a slash ("rated
// 10/10"), no day.
var scoreVerbs = map[string]bool{"scored": true, "rated": true, "graded": true, "marked": true, "ranked": true, "voted": true,
	"answered": true, "passed": true, "failed": true, "solved": true, "reviewed": true, "priced": true, "measured": true, "numbered": true}

// dateBefore reports whether the expression that ended last ends right
// before token i, a day's date ("21/04 08:05").
func (t *Tagger) dateBefore(i int) bool {
	return t.lastEnd == i && t.last.Prec >= timeline.Day
}

// dayMonthBeforeClock reads a day and a month written as two numbers
// with no year, right before a clock time ("11/04 17:40 out, 21/04 08:05
// back"): the order the numbers or the text decide, the year that puts it
// nearest the reference date.
func (t *Tagger) dayMonthBeforeClock(i int) (res, bool) {
	a, nda, ok1 := t.num(i)
	b, ndb, ok2 := t.num(i + 2)
	if !ok1 || !ok2 || nda > 2 || ndb > 2 || !t.hasRef || !t.punct(i+1, '/') || !t.glued(i+1) || !t.glued(i+2) ||
		t.tok(i).sfx != sfxNone || t.tok(i+2).sfx != sfxNone || t.glued(i+3) || t.glued(i) && t.tok(i-1) != nil && t.tok(i-1).kind != tPunct {
		return res{}, false
	}
	if c, ok := t.clock(i + 3); !ok || c.start != i+3 {
		return res{}, false
	}
	day, month := a, b
	switch {
	case a > 12 && b <= 12:
	case b > 12 && a <= 12:
		day, month = b, a
	case a <= 12 && b <= 12 && !t.dayFirst:
		day, month = b, a
	case a > 12 && b > 12:
		return res{}, false
	}
	if month < 1 || day < 1 || day > 31 {
		return res{}, false
	}
	best, gap := timeline.Date{}, 0.0
	for _, y := range []int{t.ref.Year(), t.ref.Year() + 1, t.ref.Year() - 1} {
		if !validDay(y, month, day) {
			continue
		}
		g := math.Abs(time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Sub(t.ref).Hours())
		if best.IsZero() || g < gap {
			best, gap = dayValue(y, month, day), g
		}
	}
	if best.IsZero() {
		return res{}, false
	}
	return res{start: i, end: i + 3, typ: Date, d: best}, true
}

// seriesNouns name what is numbered within a year's series: "warning
// 7/2025", "Law No. 4/2023", "case 12/2024".
var seriesNouns = map[string]bool{
	"number": true, "no": true, "nr": true, "num": true, "warning": true, "warnings": true, "ref": true, "reference": true,
	"case": true, "order": true, "law": true, "act": true, "decree": true, "regulation": true, "directive": true,
	"resolution": true, "notice": true, "bulletin": true, "circular": true, "file": true, "serial": true, "decision": true,
	"opinion": true, "judgment": true, "judgement": true, "petition": true, "application": true, "claim": true, "report": true,
}

// seriesLabel reports whether the number at i follows a noun that numbers
// it in a series ("warning 7/2025", "Law No. 4/2023", "number: 7/2025").
func (t *Tagger) seriesLabel(i int) bool {
	k := i - 1
	for k >= 0 && (t.punct(k, ':') || t.punct(k, '#') || t.punct(k, '.')) {
		k--
	}
	if lowerIn(t, k, seriesNouns) {
		return true
	}
	// "UA SRB 3/2019": a document's code in capitals before its number
	// (not a month's abbreviation, "SEPT 3/2019")
	if tk := t.tok(k); tk != nil && k == i-1 && tk.kind == tWord && tk.upper && tk.end-tk.start >= 2 && tk.end-tk.start <= 5 && (tk.w() == nil || tk.w().month == 0 && tk.w().wday == 0) &&
		!(t.tok(i).nd == 2 && t.text[t.tok(i).start] == '0' || t.monthRangeAfter(i)) { // (but "Medical ICU 08/2021 - 11/2024": months, written as months are)
		return true
	}
	return false
}

// monthRangeAfter reports whether the month and year at token i (M/YYYY)
// are followed by a dash and another month and year: "03/2019 - 07/2021".
func (t *Tagger) monthRangeAfter(i int) bool {
	k := i + 3
	if !t.dash(k) && !t.isAny(k, "to", "until") {
		return false
	}
	if a, nd, ok := t.num(k + 1); ok && nd <= 2 && a >= 1 && a <= 12 && t.punct(k+2, '/') {
		_, nd2, ok2 := t.num(k + 3)
		return ok2 && nd2 == 4
	}
	return false
}

// seasonYears reads the year after a four-digit year at i that a slash
// joins to it in a season or fiscal year ("2012/13", "2012/2013"): the
// following year and nothing else, so that "2012/14" or "1998/5" stay
// unread. It returns that year, or 0.
func (t *Tagger) seasonYears(i int) int {
	a, b := t.tok(i), t.tok(i+2)
	if a == nil || b == nil || a.kind != tNum || b.kind != tNum || a.nd != 4 || a.sfx != sfxNone || b.sfx != sfxNone ||
		!t.punct(i+1, '/') || !t.glued(i+1) || !t.glued(i+2) || (t.glued(i+3) && t.tok(i+3).kind != tPunct) {
		return 0
	}
	y, _, _ := t.num(i)
	n, nd, _ := t.num(i + 2)
	switch {
	case nd == 4 && n == y+1:
		return n
	case nd == 2 && n == (y+1)%100:
		return y + 1
	}
	return 0
}

// countOf are nouns of amount before "of" and a number: "a score of 1450".
var countOf = map[string]bool{"score": true, "total": true, "tally": true, "sum": true, "population": true,
	"crowd": true, "attendance": true, "capacity": true, "rating": true, "average": true, "balance": true,
	"count": true, "maximum": true, "minimum": true, "peak": true, "height": true, "depth": true,
	"altitude": true, "elevation": true, "length": true, "distance": true, "weight": true, "budget": true}

// titleVerbs take a book or a film as their object: "reread 1984 by
// George Orwell".
var titleVerbs = map[string]bool{"read": true, "reread": true, "reading": true, "rereading": true, "watched": true,
	"watching": true, "watch": true, "reviewed": true, "reviewing": true, "quoted": true, "quoting": true,
	"recommended": true, "recommend": true, "loved": true, "finished": true, "studied": true, "taught": true,
	// a piece of music: "The orchestra performed 1812 by Tchaikovsky"
	"played": true, "playing": true, "performed": true, "performing": true, "sang": true, "singing": true,
	"covered": true, "recorded": true, "heard": true}

// countNouns follow numbers that are counts, not years ("2000 people").
var countNouns = map[string]bool{
	// measures: "1776 g", "1900 x 1450 mm"
	"g": true, "mg": true, "mm": true, "cm": true, "ml": true, "lb": true, "m": true, "ft": true, "yd": true,
	"metre": true, "meter": true,
	"oz": true, "x": true, "mph": true, "kph": true, "kw": true, "kwh": true, "mw": true, "hp": true, "rpm": true,
	"people": true, "persons": true, "men": true, "women": true, "children": true,
	"troops": true, "soldiers": true, "votes": true, "jobs": true, "workers": true,
	"employees": true, "members": true, "units": true, "copies": true, "cases": true,
	"deaths": true, "dollars": true, "euros": true, "pounds": true, "yen": true,
	"shares": true, "tons": true, "tonnes": true, "miles": true, "km": true,
	"kilometers": true, "kilometres": true, "meters": true, "metres": true, "feet": true,
	"acres": true, "hectares": true, "barrels": true, "cars": true, "vehicles": true,
	"homes": true, "houses": true, "students": true, "residents": true, "times": true,
	"points": true, "pages": true, "words": true, "percent": true, "per": true,
	"rounds": true, "guns": true, "planes": true, "aircraft": true, "ships": true,
	"tanks": true, "casualties": true, "prisoners": true, "dead": true, "wounded": true,
	"cents": true, "million": true, "billion": true, "hours": true,
	"minutes": true, "seconds": true, "calories": true, "bytes": true, "pixels": true,
	"euro": true, "yuan": true, "rupees": true, "francs": true, "marks": true,
	"guineas": true, "shillings": true, "ducats": true, "florins": true, "pesos": true, "roubles": true, "rubles": true,
	"dinars": true, "lire": true, "kroner": true, "kronor": true, "zloty": true, "baht": true,
	"bushels": true, "gallons": true, "ounces": true, "lbs": true, "kg": true,
	"sq": true, "square": true, "degrees": true, "patients": true, "villages": true,
	"refugees": true, "civilians": true, "rebels": true, "officers": true, "sailors": true,
	"families": true, "participants": true, "visitors": true, "users": true, "items": true,
	"pieces": true, "signatures": true, "seats": true, "delegates": true, "bodies": true,
	"staff": true, "personnel": true, "police": true, "cattle": true, "sheep": true,
	"head": true, "strong": true,
	"khz": true, "mhz": true, "kilohertz": true, "megahertz": true, // a radio's frequency: "1520 kHz"
}

// peopleNouns are the countNouns that name people: after a year that
// opens a sentence they are its subject, "In 1914 soldiers marched off".
var peopleNouns = map[string]bool{
	"people": true, "persons": true, "men": true, "women": true, "children": true, "troops": true,
	"soldiers": true, "workers": true, "employees": true, "members": true, "students": true,
	"residents": true, "patients": true, "refugees": true, "civilians": true, "rebels": true,
	"officers": true, "sailors": true, "families": true, "visitors": true, "delegates": true,
	"police": true, "prisoners": true, "participants": true, "users": true,
}

// yearOpensClause reports whether the four-digit number at i follows a
// preposition of time that opens its sentence or clause: "In 1914
// soldiers marched off", "By 1900 people had moved", ", and in 1968
// students marched" (but "attended by 1900 people", "homes for 2000
// families": counts).
func (t *Tagger) yearOpensClause(i int) bool {
	if tk := t.tok(i); tk.nd != 4 || tk.sfx != sfxNone || tk.n < 1000 || tk.n > 2099 || t.glued(i+1) {
		return false
	}
	if !t.isAny(i-1, "in", "by", "until", "since", "during", "after", "before") {
		return false
	}
	if t.sentenceStart(i-1) || t.lineStart(i-1) {
		return true
	}
	return t.isAny(i-2, "and", "but", "then") && t.punct(i-3, ',') || t.punct(i-2, ';')
}

// asFarBackAs reports whether the number at i follows "as late as", "as
// early as", "as recently as", "as far back as" or "as long ago as": words
// that measure a point in time, so the number is a year even when a plural
// noun follows it as the subject of its clause ("As late as 1781 officials
// trusted them"; but "as many as 1781 officials": a count).
func (t *Tagger) asFarBackAs(i int) bool {
	if !t.is(i-1, "as") {
		return false
	}
	if t.isAny(i-2, "late", "early", "recently") {
		return t.is(i-3, "as")
	}
	return t.is(i-4, "as") && (t.is(i-3, "far") && t.is(i-2, "back") || t.is(i-3, "long") && t.is(i-2, "ago"))
}

// planNames, capitalised next to a year, make it the name of a plan or a
// programme ("Vision 2030", "Horizon 2020", "the 2030 Agenda").
var planNames = map[string]bool{
	"vision": true, "agenda": true, "horizon": true, "strategy": true, "roadmap": true,
}

// countVerbs before a bare number say it is a count: "the firm had 2000
// staff", "the storm killed 1500".
var countVerbs = map[string]bool{
	"had": true, "has": true, "have": true, "employs": true, "employed": true, "employ": true,
	"hired": true, "hires": true, "sold": true, "sells": true, "bought": true, "buys": true,
	"produced": true, "produces": true, "built": true, "killed": true, "injured": true,
	"wounded": true, "evacuated": true, "recruited": true, "deployed": true, "housed": true,
	"numbered": true, "totalled": true, "totaled": true, "totals": true, "counted": true,
	"fired": true, "cut": true, "shed": true, "added": true, "lost": true, "gained": true,
	"scored": true, "raised": true, "collected": true, "received": true, "attracted": true,
}

// abbrStoppers are the yearStoppers written as abbreviations, whose
// period ends no sentence ("No. 2017", "pp. 1990-2001").
var abbrStoppers = map[string]bool{
	"p": true, "pp": true, "no": true, "nos": true, "v": true, "vs": true, "apt": true, "ext": true, "tel": true,
	"bldg": true, "fol": true, "inv": true, "ms": true, "mss": true, "ref": true, "id": true, "sec": true, "op": true,
	"hc": true, "hl": true,
}

// productNames, capitalised after another name, end the name of a
// product whose version is a year: "Microsoft Office 2021", "Visual
// Studio 2022".
var productNames = map[string]bool{
	"office": true, "studio": true, "sharepoint": true, "photoshop": true, "autocad": true, "excel": true, "visio": true,
	"cad": true,
}

// productVersion reports whether the year-like number at i is the
// version of a product named by one capitalized word inside a sentence:
// "Excel 2016", "Photoshop 2020" wherever they stand, "Office 2019" and
// "Exchange 2010" after a word of the sentence other than an article
// ("moved to Exchange 2010"; "the Exchange 2010 figures" may be a stock
// exchange's year).
func (t *Tagger) productVersion(i int) bool {
	p := t.tok(i - 1)
	if p == nil || p.kind != tWord || !p.cap || p.upper || t.newLine(i) || t.sentenceStart(i-1) || t.newLine(i-1) {
		return false
	}
	switch lowerIn(t, i-1, productWords) {
	case 1:
		return true
	case 2:
		q := t.tok(i - 2)
		return q != nil && q.kind == tWord && !q.cap && !t.isAny(i-2, "the", "a", "an", "this", "that", "its", "their", "our", "his", "her")
	}
	return false
}

// modelName reports whether the number of four digits at token i names a
// model after its maker's name, as the subject of a verb: "The Peugeot
// 2008 is a small SUV", "a new Peugeot 2008 comes with ...". The article
// before the name and the verb after the number say it is one thing
// named, no time the sentence is in ("In 2008 Peugeot was ..." has no
// article; "the Toyota 2008 results" a noun after it: the year's).
func (t *Tagger) modelName(i int) bool {
	p := t.tok(i - 1)
	if p == nil || p.kind != tWord || !p.cap || p.upper || t.w(i-1) != nil || t.newLine(i) || t.glued(i) {
		return false
	}
	a := i - 2
	if t.is(a, "new") {
		a--
	}
	if !t.isAny(a, "the", "a", "an") {
		return false
	}
	// (a verb of the present, as a model is described: "The Euro 2024
	// was won by Spain" tells of the tournament, in its year)
	return t.isAny(i+1, "is", "has", "comes", "gets")
}

// productWords name products by one word: 1 whatever comes before it, 2
// after a word of the sentence other than an article (see
// productVersion).
var productWords = map[string]int{
	"excel": 1, "visio": 1, "sharepoint": 1, "photoshop": 1, "autocad": 1, "outlook": 2, "office": 2, "exchange": 2,
	"server": 2, "windows": 1,
}

// codeNouns name a number that identifies something; "is" or "was"
// after them (or after their "number") gives its value, no year: "The
// PIN is 1984", "Her room number was 2012" (but "The key number is 1990"
// may well be a year).
var codeNouns = map[string]bool{
	"pin": true, "code": true, "passcode": true, "password": true, "extension": true,
	"room": true, "flight": true, "gate": true, "platform": true, "seat": true, "id": true,
	"combination": true, "postcode": true, "zip": true, "reference": true, "ref": true, "locator": true, "pnr": true,
	"serial": true, "badge": true, "voucher": true,
}

// yearStoppers before a number say it is not a year (page 1998, No. 2017).
var yearStoppers = map[string]bool{
	"page": true, "pages": true, "p": true, "pp": true, "no": true, "nos": true,
	"number": true, "article": true, "section": true, "chapter": true, "room": true,
	"flight": true, "route": true, "model": true, "version": true, "v": true,
	"highway": true, "interstate": true, "rule": true, "resolution": true, "bill": true,
	"paragraph": true, "item": true, "lot": true, "code": true, "apt": true,
	"suite": true, "box": true, "ext": true, "tel": true, "phone": true, "fax": true,
	"to": false, "vs": true, "minus": true, "plus": true, "times": true,
	"boeing": true, "airbus": true, "mercedes": true, "ibm": true, "windows": true,
	"release": true, "build": true, "firmware": true, "patch": true,
	"form": true, "forms": true, "building": true, "bldg": true, "unit": true, "gate": true, "platform": true,
	"block": true, "plot": true, "exhibit": true, "clause": true, "directive": true, "regulation": true,
	"serial": true, "id": true, "ref": true, "invoice": true, "account": true, "docket": true,
	"grave": true, "berth": true, "ms": true, "mss": true, "folio": true, "fol": true, "shelf": true, "pew": true,
	"accession": true, "inv": true, "pier": true, "locker": true, "cell": true, "ward": true, "bed": true, "hangar": true,
	"novel": true, "film": true, "movie": true, "album": true, "song": true, "opera": true, "musical": true,
	"rooms": true, "flights": true, "routes": true, "suites": true, "units": true, "gates": true,
	"platforms": true, "lots": true, "items": true, "sections": true, "articles": true, "chapters": true,
	"paragraphs": true, "clauses": true, "models": true, "stop": true, "stops": true, "seat": true, "seats": true,
	"opus": true, "op": true, "track": true, "bus": true, "locomotive": true, "engine": true, "sec": true,
	"apartment": true, "apartments": true, "flat": true, "hotel": true, "studio": true, "cabin": true,
	"incident": true, "ticket": true, "reference": true, "crime": true, "log": true, "batch": true,
	"ordinance": true, "ordinances": true, "decree": true, "hc": true, "hl": true, "local": true, "server": true,
	"hotline": true, "helpline": true, "dial": true, "extension": true, "capacity": true,
	"squawk": true, "squawking": true, "squawked": true, "squawks": true, "sol": true, "sols": true, "transponder": true,
	"stand": true, "catalogue": true, "catalog": true, "amendment": true,
}

// wideAfter reports whether two spaces or a tab follow token i on its
// line, as between a table's columns.
func (t *Tagger) wideAfter(i int) bool {
	tk, nx := t.tok(i), t.tok(i+1)
	if tk == nil || nx == nil {
		return false
	}
	gap := t.text[tk.end:nx.start]
	return !strings.ContainsAny(gap, "\n\r") && (strings.Contains(gap, "  ") || strings.Contains(gap, "\t"))
}

// unitAfter reports whether token k names a military unit after its
// numbers ("2/7 CAV", "1/8 Marines", "2/5 Infantry"): a battalion of a
// regiment, not a day.
func (t *Tagger) unitAfter(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || t.glued(k) {
		return false
	}
	if tk.upper && tk.end-tk.start >= 2 && t.w(k) == nil {
		return true // "CAV", "RIR"
	}
	return tk.cap && lowerIn(t, k, unitNouns)
}

// unitNouns name military units.
var unitNouns = map[string]bool{
	"marines": true, "infantry": true, "cavalry": true, "battalion": true, "regiment": true, "brigade": true,
	"rifles": true, "fusiliers": true, "guards": true, "bn": true, "coy": true, "squadron": true, "artillery": true,
	"dragoons": true, "hussars": true, "lancers": true, "grenadiers": true, "highlanders": true, "commando": true,
	"division": true, "company": true, "corps": true, "army": true, "fleet": true, "battery": true, "platoon": true,
}

// codeSuffixes end the text before a section number of a code of laws.
var codeSuffixes = []string{"U.S.C.", "U.S.C", "USC", "U.S.C.A.", "USCA", "C.F.R.", "CFR", "§", "§§", "Stat.", "S.Ct.", "S. Ct.", "L.Ed.", "F.Supp.", "F. Supp."}

// codeCitation reports whether before (the text up to a number) ends with
// the name of a code of laws or a law report, the number its section or
// page: "42 U.S.C. 1983", "29 CFR 1910", "§ 1681".
func codeCitation(before string) bool {
	before = strings.TrimRight(before, " \u00a0")
	if before == "" {
		return false
	}
	switch before[len(before)-1] {
	case 'C', 'A', 'R', '.', 0xA7: // (0xA7 ends "§")
	default:
		return false
	}
	for _, s := range codeSuffixes {
		if !strings.HasSuffix(before, s) {
			continue
		}
		if s[0] == 0xC2 { // "§"
			return true
		}
		// the code's title number before it: "42 U.S.C.", "29 CFR" (a
		// "USC 2019 season" is a university's)
		title := strings.TrimRight(before[:len(before)-len(s)], " \u00a0")
		return title != "" && title[len(title)-1] >= '0' && title[len(title)-1] <= '9' && len(title) < len(before)-len(s)
	}
	return false
}

func (t *Tagger) lowerWord(i int) string {
	tk := t.tok(i)
	if tk == nil || tk.kind != tWord {
		return ""
	}
	if tk.id != 0 {
		return vocab[tk.id] // (for a word of the table, its key)
	}
	s := t.text[tk.start:tk.end]
	for j := 0; j < len(s); j++ {
		if c := s[j]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := range b {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// era reads BC, BCE, B.C., AD, CE, A.D. at i: sign -1 for BC.
func (t *Tagger) era(i int) (sign, j int) {
	if t.key(i) == "" {
		// every era begins with a word of the vocabulary ("cal", "bc",
		// "ad", the "b" and "a" of "B.C." and "A.D."): yearAt asks at the
		// token after every number, mostly a mark or some other word
		return 0, i
	}
	if t.is(i, "cal") {
		// a calibrated radiocarbon date: "3600 cal BC", "2470–2280 cal. BC"
		k := i + 1
		if t.punct(k, '.') && t.glued(k) {
			k++
		}
		if !t.is(k, "cal") {
			if sign, j := t.era(k); sign != 0 {
				return sign, j
			}
		}
		return 0, i
	}
	switch {
	case t.isAny(i, "bc", "bce"):
		j = i + 1
		sign = -1
	case t.isAny(i, "ad", "ce"):
		if !t.tok(i).upper {
			return 0, i
		}
		j = i + 1
		sign = 1
	case t.isAny(i, "b", "a") && t.punct(i+1, '.') && t.glued(i+1) && t.is(i+2, "c") || t.is(i+2, "d"):
		if !t.glued(i + 2) {
			return 0, i
		}
		if t.is(i, "b") && t.is(i+2, "c") {
			sign = -1
		} else if t.is(i, "a") && t.is(i+2, "d") {
			sign = 1
		} else {
			return 0, i
		}
		j = i + 3
		if t.punct(j, '.') && t.glued(j) {
			j++
		}
		if t.is(i, "b") && t.is(j, "e") { // B.C.E.
			j++
			if t.punct(j, '.') {
				j++
			}
		}
	default:
		return 0, i
	}
	return sign, j
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	n := [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y != 0 {
		a := astroYear(y)
		if !(a%4 == 0 && (a%100 != 0 || a%400 == 0)) {
			n = 28
		}
	}
	return d <= n
}

func dayValue(y, m, d int) timeline.Date {
	return timeline.Date{Prec: timeline.Day, Year: y, Month: m, Day: d}
}

// yearAt reads a four-digit year (or a shorter one with an era) at i.
func (t *Tagger) yearAt(i int) (y, j int, ok bool) {
	n, nd, isNum := t.num(i)
	if !isNum || t.tok(i).sfx != sfxNone || t.badBefore(i) {
		return 0, i, false
	}
	if sign, k := t.era(i + 1); sign != 0 && n > 0 && (nd <= 4 || sign < 0 && nd <= 6) {
		return sign * n, k, true // "44 BC", "12000 BC"
	}
	if g, e, ok := t.groupedNum(i); ok && g < 1000000 {
		// "10,000 BC", "3,200 BCE", "AD 1,000" is "1,000 AD" too
		if sign, k := t.era(e); sign != 0 {
			return sign * g, k, true
		}
	}
	if nd != 4 || n < 1000 || n > 2200 || t.badAfter(i) || t.beforePresent(i+1) || t.copyright(i-1) || t.movedFigure(i) {
		return 0, i, false
	}
	return n, i + 1, true
}

// deepTime reads "65 million years ago" or "4.5 billion years ago" at i:
// the token after it, or 0.
func (t *Tagger) deepTime(i int) int {
	k := i + 1
	if t.punct(k, '.') && t.glued(k) && t.glued(k+1) && t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
		k += 2 // "4.5"
	}
	if !t.isAny(k, "million", "billion") {
		return 0
	}
	if w := t.w(k + 1); w == nil || w.unit != uYear || !w.plural || !t.is(k+2, "ago") {
		return 0
	}
	return k + 3
}

// spanNouns are what a span of years in brackets after them is of: "the
// Tang dynasty (618–907)".
var spanNouns = map[string]bool{
	"dynasty": true, "reign": true, "empire": true, "period": true, "era": true, "caliphate": true, "kingdom": true,
	"rule": true, "life": true, "papacy": true, "war": true, "wars": true, "age": true,
}

// historyVerbs tell what befell someone or something in a year: "died in
// 796", "arrived in Kent in 597".
var historyVerbs = map[string]bool{
	"died": true, "born": true, "founded": true, "crowned": true, "arrived": true, "built": true, "ruled": true,
	"reigned": true, "succeeded": true, "converted": true, "landed": true, "captured": true, "sacked": true,
	"baptised": true, "baptized": true, "consecrated": true, "established": true, "invaded": true, "conquered": true,
	"defeated": true, "fell": true, "martyred": true, "buried": true, "elected": true, "deposed": true, "killed": true,
	"murdered": true, "abdicated": true, "flourished": true, "fl": true, "completed": true, "destroyed": true,
	"raided": true, "attacked": true, "besieged": true, "burned": true, "burnt": true, "fought": true, "took": true,
	"began": true, "ended": true, "united": true, "settled": true, "wrote": true, "translated": true, "signed": true,
	"happened": true, "occurred": true, "returned": true, "sailed": true, "marched": true, "surrendered": true,
}

// earlyYear reports whether the three digits n at i are a year of a
// history: after "in" (or "c.", "circa") with a verb of what befell
// someone a few words before ("died in 796", "arrived in Kent in 597"),
// opening a sentence before a name or a comma ("In 597 Augustine", "In
// 597, ..."), or a life's span after a name ("Bede (673–735)").
func (t *Tagger) earlyYear(i, n int) bool {
	nx := t.lowerWord(i + 1)
	if countNouns[nx] || t.pluralNounAfter(i+1) || t.isUnitAfter(i+1) || t.streetAfter(i+1) {
		return false
	}
	// a life's or a reign's span: "Bede (673–735)", "the Tang dynasty
	// (618–907)", "(r. 786–809)", both ends
	open := func(o int) int { // the bracket before a span's start at o+1, past "r." or "c."
		if t.punct(o, '.') && t.isAny(o-1, "c", "ca", "r", "fl") {
			o -= 2
		} else if t.isAny(o, "reigned", "ruled", "r") {
			o--
		}
		if t.punct(o, '(') {
			return o
		}
		return -1
	}
	spanWord := func(o int) bool { // the word before the bracket: a name, or what the span is of
		p := t.tok(o - 1)
		return p != nil && p.kind == tWord && !lowerIn(t, o-1, yearStoppers) && (p.cap || lowerIn(t, o-1, spanNouns))
	}
	if o := open(i - 1); o >= 0 && (t.glued(i) || o < i-1) && (t.dash(i+1) || t.is(i+1, "to")) {
		if m, mnd, ok := t.num(i + 2); ok && (mnd == 3 || mnd == 4) && m > n && m-n <= 400 && t.punct(i+3, ')') && spanWord(o) {
			return true
		}
	}
	if t.dash(i-1) && t.glued(i) && t.punct(i+1, ')') {
		if m, mnd, ok := t.num(i - 2); ok && (mnd == 3 || mnd <= 2 && t.reignOpen(i-3)) && n > m && n-m <= 400 {
			if o := open(i - 3); o >= 0 && spanWord(o) {
				return true
			}
		}
	}
	// a timeline's card: "- **476** – The last emperor ..."
	a, b := i, i+1
	for a > 0 && a > i-4 && !t.lineStart(a) && (t.punct(a-1, '*') || t.punct(a-1, '_') || t.dash(a-1) || t.punct(a-1, '•')) {
		a--
	}
	for b < i+3 && (t.punct(b, '*') || t.punct(b, '_')) {
		b++
	}
	if t.lineStart(a) && (t.dash(b) || t.punct(b, ':')) && !t.glued(b+1) {
		return true
	}
	if t.dash(i+1) && !t.punct(i-1, '(') {
		return false // ("died in 796-7"? not a year read here)
	}
	if !t.isAny(i-1, "in", "c", "circa", "ca", "until", "from", "to") {
		return false
	}
	if t.is(i-1, "in") && t.tok(i-1).cap && t.sentenceStart(i-1) {
		// "In 597 Augustine arrived", "In 597, the mission landed"
		if p := t.tok(i + 1); p != nil && (p.kind == tWord && p.cap && t.w(i+1) == nil || t.punct(i+1, ',')) {
			return true
		}
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if tk := t.tok(k); tk.kind == tPunct {
			return false
		}
		if lowerIn(t, k, historyVerbs) {
			// (the year ends the clause: "died in 796.", "at Winchester")
			return t.tok(i+1) == nil || t.tok(i+1).kind == tPunct || t.isAny(i+1, "at", "by", "and", "when", "after", "before", "while", "in", "on", "as", "under", "to", "until")
		}
	}
	return false
}

// reignOpen reports whether token o, before a span of years, ends a
// bracket's mark of a reign: "(r." or "(reigned", "(ruled".
func (t *Tagger) reignOpen(o int) bool {
	if t.punct(o, '.') && t.is(o-1, "r") && t.punct(o-2, '(') {
		return true
	}
	return t.isAny(o, "reigned", "ruled", "r") && t.punct(o-1, '(')
}

// reignYear reports whether the one or two digits n at i are a year of
// a reign's span in brackets after a name, the reign marked as one, the
// span closing the bracket: "Trajan (r. 98–117)", "Tiberius (r. 14–37)"
// (the start) or its end after a two-digit start. No other small number
// is read as a year of the first centuries.
func (t *Tagger) reignYear(i, n int) bool {
	if t.glued(i) && t.dash(i-1) && t.glued(i-1) && t.punct(i+1, ')') {
		m, mnd, ok := t.num(i - 2)
		return ok && mnd <= 2 && m < n && t.reignOpen(i-3) && t.reignName(i-3)
	}
	if !t.dash(i+1) || !t.glued(i+1) || !t.glued(i+2) || !t.reignOpen(i-1) || !t.reignName(i-1) {
		return false
	}
	m, mnd, ok := t.num(i + 2)
	return ok && mnd <= 3 && m > n && m-n <= 100 && t.punct(i+3, ')')
}

// reignName reports whether the reign's mark ending at o follows a name
// or a noun a span is of: "Trajan (r.", "his reign (r.".
func (t *Tagger) reignName(o int) bool {
	if t.punct(o, '.') {
		o--
	}
	p := t.tok(o - 2) // the word before the bracket
	return p != nil && p.kind == tWord && !lowerIn(t, o-2, yearStoppers) && (p.cap || lowerIn(t, o-2, spanNouns))
}

// groupedNum reads a number written with thousands separated by commas
// at i ("10,000", "3,200"): its value and the token after it.
func (t *Tagger) groupedNum(i int) (n, end int, ok bool) {
	n, nd, isNum := t.num(i)
	if !isNum || nd > 3 || !t.punct(i+1, ',') || !t.glued(i+1) || !t.glued(i+2) {
		return 0, i, false
	}
	j := i + 1
	for t.punct(j, ',') && t.glued(j) && t.glued(j+1) {
		g, gd, ok := t.num(j + 1)
		if !ok || gd != 3 {
			break
		}
		n, j = n*1000+g, j+2
	}
	return n, j, j > i+1
}

// modelYear reports whether the year at i is the year of a model, after
// "a" and before a maker's or a model's name that ends the noun phrase or
// names a thing: "His car was a 1965 Mustang", "a 1936 Leica camera" (but
// "a 2019 BBC interview", "a 1998 Supreme Court ruling", "a 1971
// Convention" date what they name).
func (t *Tagger) modelYear(i int) bool {
	if !t.isAny(i-1, "a", "an") {
		return false
	}
	k := i + 1
	for k < i+4 {
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || !tk.cap || t.glued(k) {
			break
		}
		if w := t.w(k); w != nil && (w.month > 0 || w.wday > 0 || w.unit != uNone || w.season != timeline.NoSeason) {
			return false
		}
		k++
	}
	if k == i+1 {
		return false
	}
	if lw := t.lowerWord(k - 1); statuteNouns[lw] || pactNouns[lw] {
		return false // "a 1971 Convention.", "an 1832 Act"
	}
	nx := t.tok(k)
	return nx == nil || nx.kind == tPunct || modelNouns[t.lowerWord(k)]
}

// nameOfThing reports whether the year-like number at i is part of the
// name of a thing a lower-case noun after it says it is: a vehicle, a
// machine, a device or a plan, after a capitalized name that is no date
// ("the Mars 2020 rover", "the Type 1945 submarine", "the Europe 2020
// strategy"); not at the head of a sentence ("Mars 2020 rover" is as
// likely a heading), nor after a word of time.
func (t *Tagger) nameOfThing(i int) bool {
	p, nx := t.tok(i-1), t.tok(i+1)
	if p == nil || p.kind != tWord || !p.cap && !p.upper || nx == nil || nx.kind != tWord || nx.cap || nx.upper || t.glued(i+1) || t.newLine(i+1) {
		return false
	}
	if lw := t.lowerWord(i + 1); !thingNouns[lw] && !(modelNouns[lw] && lw != "watch") {
		return false
	}
	if t.sentenceStart(i-1) || t.newLine(i) {
		return false
	}
	if w := p.w(); w != nil && (w.month > 0 || w.wday > 0 || w.season != timeline.NoSeason || w.unit != uNone || w.part != timeline.NoPart || w.function) {
		return false
	}
	return !t.isAny(i-1, "ad", "bc", "bce", "ce", "fy", "in", "on", "since", "by", "of", "during")
}

// thingNouns name things a name with a year-like number in it is given:
// "the Mars 2020 rover", "the Europe 2020 strategy" (modelNouns too).
var thingNouns = map[string]bool{
	"rover": true, "probe": true, "lander": true, "orbiter": true, "spacecraft": true, "telescope": true, "rocket": true,
	"satellite": true, "submarine": true, "locomotive": true, "aircraft": true, "airliner": true, "jet": true, "console": true,
	"phone": true, "smartphone": true, "handset": true, "laptop": true, "tablet": true, "processor": true, "chipset": true,
	"strategy": true, "agenda": true, "roadmap": true,
}

// authorsWork reports whether the year-like number at i, after a
// capitalized name's possessive, is the title of that author's work
// ("George Orwell's 1984 was published in June 1949", "Prince's 1999 was
// a hit"): the number heads its phrase (a verb or a stop follows it, no
// noun it would date: "Scorsese's 2019 film") and its sentence speaks of
// books, films or records. ("Apple's 2019 was a record year" stays a year.)
func (t *Tagger) authorsWork(i int) bool {
	if !t.possessiveS(i-1) || !t.toks[i-3].cap || t.newLine(i) {
		return false
	}
	if nx := t.tok(i + 1); nx != nil && nx.kind == tWord && !workHeadVerbs[t.lowerWord(i+1)] {
		return false
	}
	return t.sentenceHas(i, 25, func(k int) bool { return t.toks[k].kind == tWord && lowerIn(t, k, workWords) })
}

// workHeadVerbs follow the title of a work as its verb: "Orwell's 1984 was
// published", "Kubrick's 2001 changed science fiction".
var workHeadVerbs = map[string]bool{
	"was": true, "is": true, "remains": true, "remained": true, "became": true, "becomes": true, "has": true, "had": true,
	"sold": true, "won": true, "changed": true, "tells": true, "told": true, "follows": true, "followed": true,
	"describes": true, "described": true, "depicts": true, "depicted": true, "features": true, "featured": true,
	"opens": true, "opened": true, "ends": true, "ended": true, "and": true, "grossed": true, "premiered": true, "debuted": true,
	"topped": true, "starred": true, "stars": true,
}

// workWords, in a sentence, speak of books, films and records.
var workWords = map[string]bool{
	"novel": true, "novels": true, "book": true, "books": true, "film": true, "films": true, "movie": true, "movies": true,
	"album": true, "albums": true, "song": true, "songs": true, "single": true, "hit": true, "classic": true,
	"published": true, "publication": true, "released": true, "directed": true, "director": true, "written": true,
	"wrote": true, "reread": true, "adapted": true, "adaptation": true, "bestseller": true, "poem": true, "painting": true,
	"fiction": true, "sequel": true, "premiered": true, "reissued": true, "recorded": true, "charts": true, "track": true,
	"dystopian": true, "readers": true, "copies": true, "starring": true, "starred": true, "cinema": true, "screen": true,
	"grossed": true, "debuted": true,
}

// workReleased reports whether the year-like number at i is the object
// of a verb that makes or puts out a work, with the work's own date after
// it: "Taylor Swift released 1989 in October 2014", "The band recorded
// 1999 in 1982" (but "First published 1949 in London": the year of the
// edition, with no date after it).
func (t *Tagger) workReleased(i int) bool {
	comma := t.punct(i+1, ',') && t.isAny(i+2, "a", "an", "the", "his", "her", "their", "its")
	if !comma && !(t.isAny(i+1, "in", "on") && t.dateAfterIn(i+2)) || t.tok(i-1) == nil || t.tok(i-1).kind != tWord || !lowerIn(t, i-1, workVerbs) && !lowerIn(t, i-1, titleVerbs) {
		return false
	}
	if comma {
		// "The band released 1999, a double album, in 1982": a work, as
		// the words after the comma say
		for k := i + 3; k < i+7 && t.tok(k) != nil && t.tok(k).kind == tWord; k++ {
			if workNouns[t.lowerWord(k)] {
				return true
			}
		}
		return false
	}
	return !t.isAny(i-2, "first", "originally", "was", "were", "been", "is", "are", "be") && t.tok(i-2) != nil && t.tok(i-2).kind == tWord && !t.sentenceStart(i-1)
}

// dateAfterIn reports whether a year ("1982") or a month and its year
// ("October 2014") begins at k.
func (t *Tagger) dateAfterIn(k int) bool {
	nx := t.tok(k)
	if nx == nil {
		return false
	}
	if nx.kind == tNum && nx.nd == 4 {
		return true
	}
	w := t.w(k)
	return w != nil && w.month > 0 && nx.cap && t.tok(k+1) != nil && t.tok(k+1).kind == tNum
}

// workNouns name works.
var workNouns = map[string]bool{
	"novel": true, "book": true, "film": true, "movie": true, "album": true, "song": true, "single": true, "play": true,
	"poem": true, "record": true, "documentary": true, "memoir": true, "opera": true, "symphony": true, "painting": true,
}

// workVerbs make or put out a work.
var workVerbs = map[string]bool{
	"released": true, "published": true, "recorded": true, "wrote": true, "directed": true, "filmed": true, "issued": true,
}

// pactNouns name agreements and events that a year before them dates:
// "a 1971 Convention".
var pactNouns = map[string]bool{
	"convention": true, "treaty": true, "agreement": true, "accord": true, "accords": true, "protocol": true, "charter": true,
	"constitution": true, "declaration": true, "census": true, "olympics": true, "games": true, "cup": true, "championship": true,
	"championships": true, "final": true, "budget": true, "election": true, "referendum": true, "summit": true, "conference": true,
}

// modelNouns are things made as yearly models: "a 1936 Leica camera".
var modelNouns = map[string]bool{
	"car": true, "camera": true, "truck": true, "pickup": true, "van": true, "sedan": true, "saloon": true, "coupe": true,
	"convertible": true, "roadster": true, "motorcycle": true, "motorbike": true, "bike": true, "bicycle": true, "scooter": true,
	"guitar": true, "rifle": true, "pistol": true, "revolver": true, "shotgun": true, "watch": true, "tractor": true,
	"wagon": true, "limousine": true, "typewriter": true, "lens": true, "hatchback": true, "estate": true,
}

// movedFigure reports whether the number at i is a figure something rises
// to, falls below or passes ("the index rose to 2100", "should rise past
// 2100", "climbed above 1950"): neither a year nor a time (but "fell to
// 1990 levels" compares with a year).
func (t *Tagger) movedFigure(i int) bool {
	if t.isAny(i+1, "levels", "level", "prices", "figures", "standards") {
		return false
	}
	if t.isAny(i-1, "topped", "surpassed", "exceeded", "breached", "tops", "surpasses", "exceeds") {
		return true
	}
	if !t.isAny(i-1, "to", "past", "above", "below", "beyond", "over", "under", "toward", "towards") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if lowerIn(t, k, changeVerbs) {
			return true
		}
		if tk := t.tok(k); tk.kind != tWord {
			return false
		}
	}
	return false
}

// tideTime reports whether the four digits at i are a time of the tide's
// ("High water at Avonmouth is at 1352", "the tidal window is 1240 to
// 1510"), which tables and notices to mariners write as four digits.
func (t *Tagger) tideTime(i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '.' || tk.r == '\n' || tk.r == ';') {
			return false
		}
		if t.isAny(k, "tide", "tides", "tidal") || t.is(k, "water") && t.isAny(k-1, "high", "low") ||
			t.isAny(k, "hw", "lw") && t.tok(k).upper {
			return true
		}
	}
	return false
}

// bracketDayAfter reports whether, a few words after token j on its line,
// a bracket opens on a day ("SYD (Sunday 16 November)").
func (t *Tagger) bracketDayAfter(j int) bool {
	for k := j; k < len(t.toks) && k < j+4; k++ {
		if k > j && t.newLine(k) {
			return false
		}
		if t.punct(k, '(') {
			w := t.w(k + 1)
			return w != nil && (w.wday > 0 || w.month > 0) || t.tok(k+1) != nil && t.tok(k+1).kind == tNum
		}
	}
	return false
}

// fileName reports whether the date at tokens i to j is part of a file's
// name: glued to a word before it by a dash or an underscore
// ("larkspur-2025-02-03"), or to an extension after it ("2025-02-03.zip").
func (t *Tagger) fileName(i, j int) bool {
	if t.glued(i) && (t.dash(i-1) || t.punct(i-1, '_')) && t.glued(i-1) {
		if p := t.tok(i - 2); p != nil && (p.kind == tWord || p.kind == tNum) {
			return true
		}
	}
	if t.glued(j) && t.punct(j, '.') && t.glued(j+1) {
		if x := t.tok(j + 1); x != nil && x.kind == tWord && x.end-x.start <= 4 && !x.cap {
			return true
		}
	}
	if t.glued(j) && t.punct(j, '_') {
		return true // "2019-05-28_results.xlsx"
	}
	return false
}

// copyright reports whether token k marks the year after it as a
// copyright's: "© 2020 The Authors", "Copyright 2019", "(c) 2021". A
// notice, no event of the year.
func (t *Tagger) copyright(k int) bool {
	if t.punct(k, '©') || t.is(k, "copyright") {
		return true
	}
	return t.punct(k, ')') && t.is(k-1, "c") && t.punct(k-2, '(') && t.glued(k) && t.glued(k-1)
}

// beforePresent reports whether the word at i counts the number before it
// back from 1950, as radiocarbon dates do: "1500 BP", "3200 cal BP",
// "4000 B.P.". Such an age is no year of the calendar (nor, uncalibrated,
// any one year of it).
func (t *Tagger) beforePresent(i int) bool {
	if t.is(i, "cal") {
		i++
		if t.punct(i, '.') {
			i++
		}
	}
	tk := t.tok(i)
	if tk == nil || tk.kind != tWord {
		return false
	}
	return t.is(i, "bp") && tk.upper || t.is(i, "b") && t.punct(i+1, '.') && t.is(i+2, "p") && t.tok(i).upper
}

func (t *Tagger) numeric(i int) (res, bool) {
	tk := t.tok(i)
	if tk == nil || tk.kind != tNum {
		return res{}, false
	}
	n, nd := int(tk.n), int(tk.nd)
	if k := t.deepTime(i); k > 0 {
		// "65 million years ago", "4.5 billion years ago": long before
		// any calendar, no year a value can hold ("about" with it)
		start := i
		if t.isAny(i-1, "about", "around", "roughly", "some", "approximately", "nearly", "almost") {
			start = i - 1
		}
		return res{start: start, end: k, typ: Date, d: timeline.Date{Ref: timeline.PastRef}}, true
	}
	if k := i + 1; t.isAny(k, "and", "to") || t.dash(k) || t.punct(k, '.') && t.glued(k) && t.glued(k+1) && t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
		// "between about 201 and 145 million years ago", "66–23 million
		// years ago": one span of deep time, no number torn from it
		if t.punct(k, '.') {
			k += 2 // "252.2 and 201.3 million years ago"
		}
		if (t.isAny(k, "and", "to") || t.dash(k)) && t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
			if e := t.deepTime(k + 1); e > 0 {
				start := i
				if t.isAny(i-1, "about", "around", "roughly", "some", "approximately", "nearly", "almost") {
					start = i - 1
				}
				return res{start: start, end: e, typ: Date, d: timeline.Date{Ref: timeline.PastRef}}, true
			}
		}
	}
	if n == 9 && nd == 1 && t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2) && t.tok(i+2).kind == tNum && t.tok(i+2).n == 11 && t.tok(i+2).nd == 2 &&
		!(t.glued(i+3) && t.punct(i+3, '/')) {
		// "the 9/11 attacks", "since 9/11", "post-9/11": the attacks of
		// 2001, as a name (not a day of some other year: "on 9/11 we
		// meet" stays unread)
		if w := t.lowerWord(i + 3); nineElevenAfter[w] || t.isAny(i-1, "since", "after", "before", "post", "pre", "until") || t.dash(i-1) && t.isAny(i-2, "post", "pre") ||
			t.is(i-1, "of") && t.isAny(i-2, "anniversary", "victims", "families", "survivors", "aftermath", "memory", "lessons") {
			if !t.hasRef || t.ref.Year() >= 2001 {
				return res{start: i, end: i + 3, typ: Date, d: dayValue(2001, 9, 11)}, true
			}
		}
	}
	if t.badBefore(i) || t.billNumber(i) {
		return res{}, false
	}
	if t.punct(i+1, '/') && t.nightPair(i) {
		// "the night of 5/6 June 1944", "13/14 June: Attack on
		// Wireless Ridge": the night from the first day to the next,
		// told by its first day
		if r, ok := t.dayMonth(i, i+3); ok {
			return r, true
		}
	}
	// "03-Apr-24", "3-April-2024": a day, a month's name and a year
	// joined by dashes, as spreadsheets write them
	if nd <= 2 && n >= 1 && n <= 31 && tk.sfx == sfxNone && t.dash(i+1) && t.glued(i+1) && t.glued(i+2) && t.w(i+2) != nil && t.w(i+2).month > 0 &&
		t.dash(i+3) && t.glued(i+3) && t.glued(i+4) {
		if y, ynd, ok := t.num(i + 4); ok && (ynd == 2 || ynd == 4) && t.tok(i+4).sfx == sfxNone && !(t.glued(i+5) && t.tok(i+5) != nil && t.tok(i+5).kind == tNum) {
			if ynd == 2 {
				y = t.twoDigitYear(y)
			}
			if m := t.w(i + 2).month; validDay(y, m, n) {
				return res{start: i, end: i + 5, typ: Date, d: dayValue(y, m, n)}, true
			}
		}
	}
	if r, ok := t.dayMonthBeforeClock(i); ok {
		return r, true
	}
	if nd <= 2 && n >= 1 && n <= 12 && tk.sfx == sfxNone && t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2) && !(t.glued(i+3) && t.tok(i+3) != nil && (t.punct(i+3, '/') || t.tok(i+3).kind == tNum)) {
		// "11/2025": a month and its year (not "warning 7/2025",
		// "Law No. 4/2023": a number in a year's series)
		if y, _, ok := t.num(i + 2); ok && t.tok(i+2).nd == 4 && t.tok(i+2).sfx == sfxNone && y >= 1800 && y <= 2199 && !t.glued(i) && !t.seriesLabel(i) {
			return res{start: i, end: i + 3, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: y, Month: n}}, true
		}
	}
	if t.glued(i+1) && lowerIn(t, i-1, yearStoppers) && (t.punct(i+1, '.') || t.punct(i+1, '/') || t.dash(i+1)) {
		return res{}, false // "Version 2.1.2019", "Rule 12-13-2017"
	}
	// 2017-12-13, 2017/12/13
	if nd == 4 && tk.sfx == sfxNone && t.glued(i+1) && (t.dash(i+1) || t.punct(i+1, '/')) {
		sep := t.tok(i + 1).r
		m, mnd, ok1 := t.num(i + 2)
		if ok1 && mnd <= 2 && t.glued(i+2) && t.glued(i+3) && t.punct(i+3, sep) && t.glued(i+4) {
			if sep == '-' {
				if r, ok := t.isoDateTime(i, n, m); ok {
					return r, true // "2023-11-05T01:30:00Z"
				}
			}
			if d, dnd, ok2 := t.num(i + 4); ok2 && dnd <= 2 && validDay(n, m, d) && (!t.badAfter(i+4) || t.punct(i+5, '_')) && t.tok(i+4).sfx == sfxNone {
				if t.fileName(i, i+5) {
					return res{}, false // "larkspur-2025-02-03.zip": a file, no day
				}
				r := res{start: i, end: i + 5, typ: Date, d: dayValue(n, m, d)}
				return t.clockAfterDate(r), true
			}
		}
		// "2025-11": an ISO year and month, when the number after the
		// dash cannot end a span of years ("2023-24", "2010-11" and
		// "2000-01" are seasons and fiscal years)
		if ok1 && sep == '-' && mnd == 2 && t.glued(i+2) && m >= 1 && m <= 12 && m < n%100 && n >= 1000 && n < 2200 &&
			t.tok(i+2).sfx == sfxNone && !t.badAfter(i+2) && !(t.glued(i+3) && t.tok(i+3) != nil && (t.tok(i+3).kind == tNum || t.dash(i+3) || t.punct(i+3, '/') || t.punct(i+3, '.') && t.glued(i+4))) &&
			!(t.glued(i) && t.dash(i-1) && t.glued(i-1) && t.tok(i-2) != nil && t.tok(i-2).kind == tWord) { // (not the tail of a code: "NBF-CR-2024-01")
			return res{start: i, end: i + 3, typ: Date, d: timeline.Date{Prec: timeline.Month, Year: n, Month: m}}, true
		}
	}
	// 13.12.2017, 12/13/2017, 13/12/17
	if nd <= 2 && tk.sfx == sfxNone && t.glued(i+1) && (t.punct(i+1, '.') || t.punct(i+1, '/') || t.dash(i+1)) {
		sep := t.tok(i + 1).r
		b, bnd, ok1 := t.num(i + 2)
		if ok1 && bnd <= 2 && t.glued(i+2) && t.glued(i+3) && t.punct(i+3, sep) && t.glued(i+4) {
			c, cnd, ok2 := t.num(i + 4)
			if ok2 && (cnd == 4 || cnd == 2) && !t.badAfter(i+4) && t.tok(i+4).sfx == sfxNone &&
				!(sep == '.' && cnd == 2 && nd == 1 && bnd == 1 && !t.isAny(i-1, "on", "dated", "of") && !t.dottedDays &&
					!((t.last.Prec >= timeline.Year && !t.last.IsVague() && t.last.Year > 0 && t.last.Year%100 == c || t.hasRef && t.ref.Year()%100 == c) && (i == 0 || t.newLine(i)))) { // ("fixed in 3.9.21": a version; "on 3.9.21" is a day, and so in a diary of "28.6.16", or a line's "1.7.16" in a text of 1916)
				y := c
				if cnd == 2 {
					y = t.twoDigitYear(c)
				}
				if sep == '.' && cnd == 2 && (nd == 2 || bnd == 2) && n <= 31 && b <= 12 {
					t.dottedDays = true
				}
				dayFirst := t.dayFirst || sep == '.'
				if !dayFirst && !t.opt.MonthFirst && !t.opt.DayFirst && n <= 12 && b <= 12 && n != b && t.hasRef && !t.narrative && y >= 1000 &&
					validDay(y, b, n) && validDay(y, n, b) {
					// "an order issued on 07/03/2024", in a paper of 3
					// April 2024: read month first, a past act would be
					// three months after the paper; day first, it is a
					// month before it
					mf := time.Date(y, time.Month(n), b, 0, 0, 0, 0, time.UTC)
					df := time.Date(y, time.Month(b), n, 0, 0, 0, 0, time.UTC)
					if mf.After(t.ref) && !df.After(t.ref) && t.tense(i, i+5) < 0 && !t.weakCue {
						dayFirst = true
					}
				}
				d, m := b, n
				if dayFirst {
					d, m = n, b
				}
				if !validDay(y, m, d) {
					d, m = m, d
				}
				if validDay(y, m, d) && y >= 1000 {
					return res{start: i, end: i + 5, typ: Date, d: dayValue(y, m, d)}, true
				}
			}
		}
	}
	// "on 19/10", "until 10/19": a day and month without a year, only
	// after a preposition that takes a date (3/4 alone is a fraction)
	if nd <= 2 && tk.sfx == sfxNone && t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2) &&
		(t.isAny(i-1, "on", "until", "till", "from", "by", "before", "after") || nd == 2 && t.eventVerbBefore(i) || t.dayLabelLine(i) || t.bookedFor(i) || t.labelledDay(i) ||
			nd == 2 && t.punct(i-1, '(') && t.glued(i) && t.punct(i+3, ')') && t.glued(i+3) && t.tok(i+2) != nil && t.tok(i+2).nd == 2) { // ("Hospital day 1 (03/14):", a note's day in brackets)
		b, bnd, ok := t.num(i + 2)
		nx := t.tok(i + 3)
		if ok && bnd <= 2 && t.tok(i+2).sfx == sfxNone && !t.badAfter(i+2) &&
			(nx == nil || !t.glued(i+3) || nx.kind == tPunct && nx.r != '/' && nx.r != '-' && nx.r != '%' &&
				!(nx.r == '.' && t.glued(i+4) && t.tok(i+4).kind == tNum)) && !t.unitAfter(i+3) {
			d, m := b, n
			if t.dayFirst || n > 12 {
				d, m = n, b
			}
			if m >= 1 && m <= 12 && validDay(2000, m, d) {
				r := res{start: i, end: i + 3, typ: Date, noYear: true}
				r.d, r.val = t.dayNoYear(m, d, i, i+3)
				return r, true
			}
		}
	}
	// clock times
	if r, ok := t.clock(i); ok {
		return r, true
	}
	// the 480s BC
	if nd >= 2 && nd <= 4 && tk.sfx == sfxS && n%10 == 0 && n > 0 {
		if sign, k := t.era(i + 1); sign < 0 {
			prec := timeline.Decade
			if n%100 == 0 && t.is(i-1, "the") {
				prec = timeline.Century // "the 400s BC"
			}
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: prec, Year: -n}}, true
		} else if sign > 0 && nd <= 3 && t.isAny(i-1, "the", "early", "late", "mid") {
			// "the 160s AD" ("the 400s AD" a century, as BC)
			prec := timeline.Decade
			if n%100 == 0 && t.is(i-1, "the") {
				prec = timeline.Century
			}
			return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: prec, Year: n}}, true
		}
	}
	// "in the 160s" in a history that told a year of the first
	// millennium before it ("abandoned by the AD 160s. Another fort was
	// abandoned in the 160s")
	if nd == 3 && tk.sfx == sfxS && n%10 == 0 && n >= 100 && n%100 != 0 && t.isAny(i-1, "the", "early", "late", "mid") &&
		t.last.Prec >= timeline.Millennium && t.last.Prec <= timeline.Year && t.last.Year > 0 && t.last.Year < 1000 && (t.narrative || !t.hasRef) {
		if sign, _ := t.era(i + 1); sign == 0 && !t.temperature(i) && !t.isAny(i-2, "his", "her", "their", "its") {
			return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: n}}, true
		}
	}
	// 1990s, 1800s (not "1920s-style": a style, not a time)
	if nd == 4 && tk.sfx == sfxS && n >= 1000 && n < 2200 && n%10 == 0 &&
		!(t.dash(i+1) && t.glued(i+1) && t.isAny(i+2, "style", "inspired", "themed", "like", "looking", "vintage")) {
		if n%100 == 0 && n != 2000 && !t.decadeBeside(i) {
			return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Century, Year: n}}, true
		}
		return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: n}}, true
	}
	// 1990's
	if nd == 4 && tk.sfx == sfxNone && n >= 1000 && n < 2200 && n%10 == 0 && t.glued(i+1) &&
		(t.punct(i+1, '\'') || t.punct(i+1, '’')) && t.glued(i+2) && t.is(i+2, "s") {
		return res{start: i, end: i + 3, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: n}}, true
	}
	// 90s after "the", "early", "mid-"
	if nd == 2 && tk.sfx == sfxS && n%10 == 0 && (t.isAny(i-1, "the", "early", "late", "mid") || t.dash(i-1) || t.afterDecade(i)) {
		k := i - 1
		if t.dash(k) {
			k--
		}
		if t.isAny(k, "early", "late", "mid") {
			k--
		}
		if t.isAny(k, "his", "her", "their", "my", "your", "our", "its") || t.temperature(i) {
			return res{}, false // "in his late 70s", "temperatures in the 90s": an age, a heat
		}
		return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: t.pairedDecade(i, n)}}, true
	}
	if r, ok := t.dayListHead(i); ok {
		return r, true
	}
	// 13 December 2017, 13th of December
	if nd <= 2 && n >= 1 && n <= 31 && (tk.sfx == sfxNone || tk.sfx == sfxOrd) {
		if r, ok := t.dayMonth(i, i+1); ok {
			return r, true
		}
	}
	// the first year of a range whose end carries the era: 499-493 BC
	if tk.sfx == sfxNone && nd <= 4 && n > 0 && (t.dash(i+1) || t.isAny(i+1, "to", "and", "or")) {
		// "between 1550 and 1600 BC", "1200 or 1190 BC" in either order
		either := t.is(i+1, "or") || t.is(i+1, "and") && t.is(i-1, "between")
		if m, mnd, ok := t.num(i + 2); ok && mnd <= 4 && t.tok(i+2).sfx == sfxNone {
			if sign, _ := t.era(i + 3); sign != 0 && (sign > 0 || m < n || either) {
				return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: sign * n}}, true
			}
		}
	}
	// the second year of a pair whose first writes its era before it:
	// "In AD 60 or 61", "from AD 122 to 410"
	if tk.sfx == sfxNone && nd <= 4 && n > 0 && t.lastEnd == i-1 && (t.isAny(i-1, "or", "to", "and") || t.dash(i-1)) &&
		t.isAny(t.lastStart, "ad", "ce") && t.tok(t.lastStart).upper && t.last.Prec == timeline.Year && t.last.Year > 0 && n > t.last.Year &&
		!t.badAfter(i) && !lowerIn(t, i+1, countNouns) && !t.pluralNounAfter(i+1) && !t.isUnitAfter(i+1) {
		if sign, _ := t.era(i + 1); sign == 0 {
			return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
		}
	}
	// in a history, "in 480" after "490 BC" is 480 BC
	if t.narrative && tk.sfx == sfxNone && nd == 3 && n >= 100 && !t.badAfter(i) &&
		t.isAny(i-1, "in", "since", "until", "by", "during", "around", "circa", "from") &&
		t.last.Prec >= timeline.Millennium && t.last.Year < 1000 &&
		!lowerIn(t, i+1, countNouns) && !t.pluralNounAfter(i+1) && !t.isUnitAfter(i+1) {
		if sign, _ := t.era(i + 1); sign == 0 {
			y := n
			if t.last.Prec >= timeline.Millennium && t.last.Year < 0 && (t.last.Prec < timeline.Year || n <= -t.last.Year) {
				// (but "crowned in 800" after "44 BC" goes on to AD 800:
				// BC 800 would run back before the story)
				y = -n
			}
			return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
		}
	}
	// a reign of the first centuries, marked as one: "Trajan (r.
	// 98–117)", "Tiberius (r. 14–37)"
	if tk.sfx == sfxNone && nd <= 2 && n >= 1 && (t.narrative || !t.hasRef) && t.reignYear(i, n) {
		return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
	}
	// a history's three-digit years: "King Offa died in 796.", "In 597
	// Augustine arrived", "Bede (673–735)"
	if tk.sfx == sfxNone && nd == 3 && n >= 100 && (t.narrative || !t.hasRef) &&
		(!t.badAfter(i) || t.dash(i+1)) && (!t.badBefore(i) || t.dash(i-1) && t.punct(i+1, ')')) && t.earlyYear(i, n) {
		if sign, _ := t.era(i + 1); sign == 0 {
			return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
		}
	}
	// years: 2017, 44 BC, 800 AD
	if y, j, ok := t.yearAt(i); ok {
		if j == i+1 && y >= 1000 && y < 1753 && !t.isAny(i-1, "fiscal", "fy", "season", "academic", "financial") && !t.isAny(j+2, "season", "academic", "fiscal", "financial", "school") {
			if y2, k, ok := t.dualYear(i, 1); ok {
				// "The church burned in 1712/13": a year dated both ways,
				// Old Style and New, before the calendar changed in
				// 1752: the New Style year
				return res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y2}}, true
			}
		}
		if j == i+1 {
			// (a capital opening the clause is a name: "In 1990 Marks and
			// Spencer grew", not "The 2000 Guineas")
			if nx := t.lowerWord(i + 1); countNouns[nx] && !((peopleNouns[nx] || t.tok(i+1).cap) && (t.yearOpensClause(i) || t.asFarBackAs(i))) {
				return res{}, false
			}
			if t.is(i+1, "on") && t.isAny(i+2, "the", "your", "my", "our") && t.lowerWord(i+3) == "dial" {
				return res{}, false // "at WKBW, 1520 on the dial": a radio station's frequency
			}
			// "has reported 2019 laboratory-confirmed cases": a count, a
			// compound of lower-case words describing the things it counts
			// (but "in 2019 rain-fed crops ...": a preposition takes a year)
			if t.dash(i+2) && t.glued(i+2) && t.glued(i+3) && lowerIn(t, i+4, countNouns) && !t.glued(i+4) {
				if a, b := t.tok(i+1), t.tok(i+3); a.kind == tWord && !a.cap && a.w() == nil && b != nil && b.kind == tWord && !b.cap && b.w() == nil && !lowerIn(t, i-1, yearPreps) {
					return res{}, false
				}
			}
			// "1280 °C", "a 2000-word essay", "the 1500-metre final"
			if t.punct(i+1, '°') {
				return res{}, false
			}
			if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) {
				if nx := t.tok(i + 2); nx != nil && nx.kind == tWord && !nx.cap && nx.w() == nil {
					return res{}, false
				}
			}
			// "Biogeosciences 22, 1187–1203", "22(3), 1187-1203": a
			// journal's volume, then its pages
			if t.dash(i+1) && t.punct(i-1, ',') && t.glued(i-1) {
				if p := t.tok(i - 2); p != nil && (p.kind == tNum && p.nd <= 3 || p.kind == tPunct && p.r == ')') {
					if n2, nd2, ok := t.num(i + 2); ok && nd2 == nd && n2 > y && n2-y < 400 {
						return res{}, false
					}
				}
			}
			// "between 1500 and 2000 people": the count after the second
			// number counts the first too
			closesYears := t.dash(i-1) && t.glued(i) && t.glued(i-1) && t.tok(i-2) != nil && t.tok(i-2).kind == tNum && t.tok(i-2).nd == 4 && int(t.tok(i-2).n) < y
			if (t.isAny(i+1, "and", "to", "or") || t.dash(i+1)) && !closesYears { // (but "1914–1918 – 214 men": a list's years, then its count)
				if _, _, ok := t.num(i + 2); ok && lowerIn(t, i+3, countNouns) {
					return res{}, false
				}
			}
			if !t.newLine(i) && (lowerIn(t, i-1, yearStoppers) || (t.punct(i-1, '.') && t.glued(i-1) && lowerIn(t, i-2, abbrStoppers) || t.punct(i-1, ':')) && lowerIn(t, i-2, yearStoppers)) {
				return res{}, false // "page 1990", "Case No. 2019-1234", "Room: 1140" (not "a Grade II building.¶2019 - Sold", "the old building. 1990 was hard": a sentence ends)
			}
			if (t.is(i-1, "is") || t.is(i-1, "was")) && (lowerIn(t, i-2, codeNouns) || t.is(i-2, "number") && (lowerIn(t, i-3, codeNouns) || lowerIn(t, i-3, yearStoppers))) &&
				!t.newLine(i) && !(t.glued(i+1) && (t.punct(i+1, '\'') || t.punct(i+1, '’'))) {
				return res{}, false // "The PIN is 1984", "his flight number was 2017": the code's value (not "The film was 1999's biggest hit")
			}
			if t.punct(i-1, ':') && t.glued(i-1) && (t.tok(i-2) != nil && t.tok(i-2).kind == tNum || t.punct(i-2, ')')) && t.dash(i+1) && t.glued(i+1) {
				if n2, nd2, ok := t.num(i + 2); ok && nd2 == nd && n2 > y && n2-y < 400 {
					return res{}, false // "Nature Climate Change 13: 1021–1029", "56(5): 1800–1812": a volume's pages
				}
			}
			if p := t.tok(i - 1); p != nil && p.kind == tWord && p.upper && p.end-p.start >= 2 && p.end-p.start <= 5 && !t.newLine(i) && !t.newLine(i-1) &&
				(lowerIn(t, i-2, yearStoppers) || t.punct(i-2, '.') && t.glued(i-2) && lowerIn(t, i-3, abbrStoppers)) {
				if sign, _ := t.era(i - 1); sign == 0 {
					return res{}, false // "Catalogue number CRE 1994", "No. PX 2019": a code's letters and its number
				}
			}
			if t.flightCode(i - 1) {
				return res{}, false // "FA 1452 London Gatwick 06:55": a flight
			}
			if p, q := t.tok(i-1), t.tok(i-2); p != nil && q != nil && p.cap && q.kind == tWord && (q.cap || q.upper) && lowerIn(t, i-1, productNames) && !t.newLine(i) {
				return res{}, false // "Orbisoft Office 2021", "Visual Studio 2022": a product's version
			}
			if t.modelName(i) {
				return res{}, false // "The Peugeot 2008 is a small SUV": a maker's model, the subject of its verb
			}
			if t.productVersion(i) {
				return res{}, false // "We upgraded to Office 2019 in 2019", "an Excel 2016 file"
			}
			if t.is(i+1, "no") && t.tok(i+1).cap && (t.tok(i+2) != nil && t.tok(i+2).kind == tNum || t.punct(i+2, '.') && t.tok(i+3) != nil && t.tok(i+3).kind == tNum) {
				return res{}, false // "2023 No 24", "S.I. 2024 No. 11": a number in the year's series
			}
			if t.countOfThings(i) {
				return res{}, false // "holds 1200 Japanese woodblock prints": a count of things
			}
			if t.punct(i-1, '.') && t.glued(i-1) && t.tok(i-2) != nil && t.tok(i-2).kind == tWord && t.tok(i-2).end-t.tok(i-2).start <= 3 &&
				t.tok(i-3) != nil && t.tok(i-3).upper && lowerIn(t, i-3, yearStoppers) {
				return res{}, false // "MS fr. 1586", "MS lat. 1200": a manuscript's shelfmark
			}
			if codeCitation(t.text[:t.tok(i).start]) {
				return res{}, false // "42 U.S.C. 1983", "29 CFR 1910", "§ 1681": a code's section
			}
			if t.phoneGroup(i) {
				return res{}, false // "(03) 5222 1234", "1800 123 456": a telephone number
			}
			if p := t.tok(i - 1); p != nil && p.kind == tWord && p.upper && p.end-p.start >= 2 && p.end-p.start <= 3 && lowerIn(t, i-1, postcodeRegions) {
				return res{}, false // "Sydney NSW 2000": a postcode
			}
			if (t.isAny(i-1, "and", "or") || t.punct(i-1, ',')) && t.tok(i-2) != nil && t.tok(i-2).kind == tNum && t.tok(i-2).nd == 4 && lowerIn(t, i-3, yearStoppers) {
				return res{}, false // "Windows Server 2019 and 2022": the second of the names
			}
			if t.punct(i-1, '(') && t.isAny(i-2, "hotline", "helpline", "dial", "tel", "phone", "fax", "ext", "number", "code") {
				return res{}, false // "a 24/7 hotline (1458)"
			}
			if t.punct(i-1, '(') && t.glued(i) && t.glued(i-1) && t.tok(i-2) != nil && t.tok(i-2).kind == tWord && t.tok(i-2).upper {
				return res{}, false // "COM(2021) 206 final", "SWD(2020)": a document's code
			}
			if t.is(i-1, "of") && t.tok(i-2) != nil && t.tok(i-2).kind == tNum && t.tok(i-2).nd <= 4 &&
				(lowerIn(t, i-3, yearStoppers) || t.punct(i-3, '.') && lowerIn(t, i-4, yearStoppers) || t.isAny(i-3, "act", "law", "decree", "ordinance", "order")) {
				return res{}, false // "Bill No. 42 of 2022", "Act 17 of 2023": a number of the year's series
			}
			if (t.isAny(i+1, "to", "until", "till") || t.dash(i+1)) && t.tok(i+2) != nil && t.tok(i+2).kind == tNum && t.tok(i+2).nd == 4 && t.text[t.tok(i+2).start] == '0' {
				return res{}, false // "a shift from 1500 to 0100": a 24-hour clock's
			}
			if t.is(i-1, "of") && t.is(i-2, "class") && t.tok(i-2).cap {
				return res{}, false // "the Class of 2016": the name of a year's graduates
			}
			if t.is(i-1, "russell") && t.tok(i-1).cap {
				return res{}, false // "the Russell 2000", an index
			}
			if t.is(i-1, "of") && lowerIn(t, i-2, countOf) {
				return res{}, false // "a score of 1450"
			}
			if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) {
				// "2019-1234": a number, not the years 2019 to 1234
				if n2, nd2, ok := t.num(i + 2); ok && (nd2 >= 5 || nd2 == 4 && n2 < y || nd2 == 3) {
					return res{}, false
				}
			}
			// "She reread 1984 by George Orwell": a title
			if t.is(i+1, "by") && t.tok(i+2) != nil && t.tok(i+2).cap && lowerIn(t, i-1, titleVerbs) {
				return res{}, false
			}
			// a law report's page: "512 F.3d 1021"
			if p := t.tok(i - 1); p != nil && p.kind == tNum && t.glued(i-1) && t.punct(i-2, '.') {
				return res{}, false
			}
			// a model: "T-1000", "MiG-1985"
			if t.dash(i-1) && t.glued(i) && t.glued(i-1) {
				if p := t.tok(i - 2); p != nil && p.kind == tWord && (p.w() == nil || p.upper && p.end-p.start == 1) && (p.cap || p.upper) && p.end-p.start <= 4 {
					return res{}, false // ("Z-1900")
				}
			}
			if t.dash(i+1) && t.glued(i+1) && t.numberPrefix(i) {
				return res{}, false // "(number starting 1998-)": the first digits of a number
			}
			if t.quotedTitle(i) || t.emphasizedTitle(i) {
				return res{}, false // "released \"1979\" as a single", "Sam Mendes directed *1917*": a song's, a book's or a film's title
			}
			// a name: "the Tokyo 2020 Olympics", "the Windows 2000 Server"
			if t.inName(i) {
				return res{}, false
			}
			if t.modelYear(i) {
				return res{}, false // "His car was a 1965 Mustang": a model's year
			}
			if t.nameOfThing(i) || t.authorsWork(i) || t.workReleased(i) {
				return res{}, false // "the Mars 2020 rover", "George Orwell's 1984 was published", "released 1989 in October 2014"
			}
			if lowerIn(t, i-1, countVerbs) && !(t.isAny(i-2, "was", "were", "been", "be", "being") && t.tok(i).nd == 4 && !t.pluralNounAfter(i+1) && !lowerIn(t, i+1, countNouns)) && // (but "was built 1902": a passive takes no count)
				!t.participleLabel(i) {
				if sign, _ := t.era(i + 1); sign == 0 {
					return res{}, false
				}
			}
			if p := t.tok(i - 1); p != nil && p.kind == tNum && !t.newLine(i) && (p.nd == 3 || p.nd == 4 && t.text[p.start] == '0' ||
				t.tok(i-2) != nil && t.tok(i-2).kind == tNum) {
				return res{}, false // "555 1212", "0800 1066", "0345 2024 1180" (not "majority 6,922¶2001 majority 8,113": a table's next row)
			}
			if p, nx := t.tok(i-1), t.tok(i+1); p != nil && nx != nil && p.kind == tNum && nx.kind == tNum && nx.nd >= 3 && !t.glued(i) && !t.glued(i+1) {
				return res{}, false // "DE 10 2018 209 114.7": an application's number in groups
			}
			if t.punct(i-1, '§') {
				return res{}, false // "42 U.S.C. § 1983"
			}
			if t.lawReport(i) || t.lawReportNumber(i) || t.authorYear(i) {
				return res{}, false // "[1980] AC 827", "(1980) 144 CLR 1"
			}
			// a plan's name: "Saudi Vision 2030", "Agenda 2063", "the 2030 Agenda"
			if t.tok(i-1) != nil && t.tok(i-1).cap && lowerIn(t, i-1, planNames) ||
				t.tok(i+1) != nil && t.tok(i+1).cap && lowerIn(t, i+1, planNames) {
				return res{}, false
			}
			if t.streetAfter(i+1) && !t.isAny(i-1, "in", "since", "until", "during", "before", "after") {
				return res{}, false // "1600 Pennsylvania Avenue"
			}
			if t.pluralNounAfter(i+1) && !lowerIn(t, i-1, yearPreps) && !t.asFarBackAs(i) &&
				!t.isAny(i+1, "levels", "prices", "figures", "standards", "notes", "bonds", "debentures", "maturities", "elections", "results") {
				// (but "below 1990 levels", "the new 2023 notes": a year's
				// figures, a year's maturity)
				return res{}, false
			}
		}
		r := res{start: i, end: j, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}
		if t.punct(i-1, '(') && t.punct(j, ':') && t.glued(j) {
			r.comparison = true // "(2022: £2.97 million)": the year compared with
		}
		return r, true
	}
	return res{}, false
}

// nightPair reports whether the day at i and the one after it are
// written with a slash between them, as orders and war diaries write a
// night ("5/6 June", "12th/13th"): the second number the first's next
// day, in the same form, and no more of a number glued after it ("5/6/44",
// "5/6.5", "5/6-7").
func (t *Tagger) nightPair(i int) bool {
	a, b := t.tok(i), t.tok(i+2)
	if b == nil || a.nd > 2 || b.kind != tNum || b.nd > 2 || b.n != a.n+1 || a.n < 1 || b.n > 31 || a.sfx != b.sfx ||
		a.sfx != sfxNone && a.sfx != sfxOrd || !t.glued(i+1) || !t.glued(i+2) {
		return false
	}
	if c := t.tok(i + 3); c != nil && t.glued(i+3) {
		return c.kind == tPunct && c.r != '/' && !t.dash(i+3) && !((c.r == '.' || c.r == ',' || c.r == ':') && t.glued(i+4) && t.tok(i+4).kind == tNum)
	}
	return true
}

// dayMonth reads a month's name and its year, if written, after the day
// at i, from token j on: "13 December 2017", "13th of December", and
// "5/6 June 1944" (j after the second day of a night, see nightPair).
func (t *Tagger) dayMonth(i, j int) (res, bool) {
	tk := t.tok(i)
	n := int(tk.n)
	if t.is(j, "day") && t.is(j+1, "of") && tk.sfx == sfxOrd {
		j++ // "this 22nd day of July, 2024"
	} else if t.is(j, "days") && t.is(j+1, "of") && tk.sfx == sfxOrd && t.isAny(i-1, "and", "or") {
		j++ // "the 24th and 25th days of March 1760"
	}
	if t.is(j, "of") && tk.sfx == sfxOrd {
		j++
	}
	if w := t.w(j); w != nil && w.month > 0 && (t.tok(j).cap || t.tok(j).upper) {
		m := w.month
		k := j + 1
		if w.abbr && t.punct(k, '.') && t.glued(k) {
			k++
		}
		if k2, ok := t.oldStyleGloss(k); ok {
			// "14 February [O.S. 2 February] 1831": the Old Style
			// day in brackets, the year after them both's
			k = k2
		}
		if t.punct(k, ',') {
			if _, _, ok := t.yearAt(k + 1); ok {
				k++
			}
		}
		if y, k2, ok := t.dualYear(k, m); ok && validDay(y, m, n) {
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
		}
		if y, k2, ok := t.yearAt(k); ok && validDay(y, m, n) {
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
		}
		if y, k2, ok := t.shortYearAfterDay(k); ok && validDay(y, m, n) {
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
		}
		if y, k2, ok := t.formalYear(k); ok && validDay(y, m, n) {
			// "this 2nd day of March in the year of our Lord 1824"
			return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
		}
		if sy, ok := t.shortDecade(k); ok && sy.d.Prec == timeline.Year && validDay(sy.d.Year, m, n) {
			// "on 10 Jan '61": the year in two digits after an apostrophe
			return res{start: i, end: sy.end, typ: Date, d: dayValue(sy.d.Year, m, n)}, true
		}
		if yy, ok := t.dayMonthYY(k, w.abbr && t.tok(j).end-t.tok(j).start <= 4); ok {
			// "6 Jun 44": a war diary's day, the year in two digits
			if y := t.twoDigitYear(yy); validDay(y, m, n) {
				return res{start: i, end: k + 1, typ: Date, d: dayValue(y, m, n)}, true
			}
		}
		if validDay(2000, m, n) {
			r := res{start: i, end: j + 1, typ: Date, noYear: true}
			if w.abbr && t.punct(j+1, '.') && t.glued(j+1) {
				r.end++
			}
			if y, k2, ok := t.relYear(r.end); ok && validDay(y, m, n) {
				// "1 January next year"
				return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
			}
			if y, k2, ok := t.relYear(r.end + 1); ok && t.is(r.end, "of") && validDay(y, m, n) {
				// "3 March of last year"
				return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
			}
			if t.isAny(r.end, "the", "that") {
				// "on 4 July the following year", "on 9 May that year"
				if y, k2, ok := t.yearPhrase(r.end); ok && validDay(y, m, n) {
					return res{start: i, end: k2, typ: Date, d: dayValue(y, m, n)}, true
				}
			}
			if k2, ok := t.unknownRelYear(r.end); ok {
				return res{start: i, end: k2, typ: Date, val: "XXXX-" + two(m) + "-" + two(n)}, true
			}
			r.d, r.val = t.dayNoYear(m, n, i, r.end)
			return r, true
		}
	}
	return res{}, false
}

// quotedTitle reports whether the number at i stands alone in quotation
// marks, as a title does: "1979", “1999,” (the closing mark after a comma
// or a stop as American style puts it).
func (t *Tagger) quotedTitle(i int) bool {
	if !t.glued(i) || !t.isQuote(i-1) {
		return false
	}
	k := i + 1
	if t.glued(k) && (t.punct(k, ',') || t.punct(k, '.')) {
		k++
	}
	if !t.glued(k) || !t.isQuote(k) {
		return false
	}
	// (but 'Track 4, "1973", is named after the year ...': the year the
	// title names, which "the year" then takes up)
	for n := k + 1; n < len(t.toks) && n < k+16 && !t.punct(n, '.') && !t.newLine(n); n++ {
		if t.is(n, "the") && t.is(n+1, "year") {
			return false
		}
	}
	return true
}

// emphasizedTitle reports whether the number at i stands alone between
// the marks of emphasis that Markdown writes titles in ("*1917*",
// "_1989_"), or in single quotation marks ("the song '1979'"), and the
// words around say it is a work: a noun of one before it ("the novel
// *1984*") or a word of books, films or records in its sentence ("Sam
// Mendes directed *1917*"); not a year stressed ("In *1917*, the tsar
// fell").
func (t *Tagger) emphasizedTitle(i int) bool {
	a, b := t.tok(i-1), t.tok(i+1)
	if a == nil || b == nil || a.kind != tPunct || b.kind != tPunct || !t.glued(i) || !t.glued(i+1) {
		return false
	}
	single := (a.r == '\'' || a.r == '‘') && (b.r == '\'' || b.r == '’')
	if !single && (a.r != b.r || a.r != '*' && a.r != '_') {
		return false
	}
	if t.glued(i+2) && t.tok(i+2).kind != tPunct || t.glued(i-1) && t.tok(i-2) != nil && t.tok(i-2).kind != tPunct {
		return false // ("a*2019*b")
	}
	if lowerIn(t, i-2, workNouns) {
		return true
	}
	return t.sentenceHas(i, 25, func(k int) bool { return t.toks[k].kind == tWord && lowerIn(t, k, workWords) })
}

// isQuote reports whether token k is a double quotation mark.
func (t *Tagger) isQuote(k int) bool {
	return t.punct(k, '"') || t.punct(k, '“') || t.punct(k, '”')
}

// participleLabel reports whether the year at i follows "built", "sold" or
// "bought" as a participle with no count after it, as listings write
// them: "Last sold 2014 for £250,000", "(built 1996)", "House built 1996,
// extended 2005". A subject or "have" before the verb, or a word after
// the number other than a preposition, keeps the count ("they sold 1500
// for charity", "built 1200 homes").
func (t *Tagger) participleLabel(i int) bool {
	if t.tok(i).nd != 4 || !t.isAny(i-1, "built", "sold", "bought") {
		return false
	}
	if t.isAny(i-2, "we", "they", "i", "he", "she", "it", "you", "who", "which", "that", "have", "has", "had") {
		return false
	}
	nx := t.tok(i + 1)
	switch {
	case nx == nil:
		return true
	case nx.kind == tPunct:
		return nx.r == ',' || nx.r == ';' || nx.r == ')' || nx.r == '.' && !t.glued(i+2) || t.dash(i+1) && t.glued(i+2) && t.tok(i+2).kind == tNum
	case nx.kind == tWord:
		return t.isAny(i+1, "for", "at", "and", "by", "to", "from", "in", "on", "with")
	}
	return false
}

// streetAfter reports whether a street name begins at token i, so that
// the number before it is a house number: "Pennsylvania Avenue", "Main
// St.", "Fifth Avenue", "W. Brandon Blvd." (a point of the compass in
// capitals before the name, with or without its period).
func (t *Tagger) streetAfter(i int) bool {
	if tk := t.tok(i); tk != nil && tk.kind == tWord && tk.upper && tk.end-tk.start <= 2 && compassAbbr(t.text[tk.start:tk.end]) {
		if t.punct(i+1, '.') && t.glued(i+1) {
			i += 2
		} else {
			i++
		}
		if nx := t.tok(i); nx == nil || nx.kind != tWord || !nx.cap || lowerIn(t, i, streetWords) {
			return false
		}
	}
	if tk := t.tok(i); tk != nil && tk.cap && t.is(i-2, "at") && strings.EqualFold(t.text[tk.start:tk.end], "broadway") && !t.glued(i) {
		return true // "at 1999 Broadway", a street named without "Street" (not "the 1999 Broadway revival")
	}
	for k := i; k < i+5; k++ { // ("2200 West Indian School Road")
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || !tk.cap {
			return false
		}
		if k > i && lowerIn(t, k, streetWords) {
			return true
		}
	}
	return false
}

// compassAbbr reports whether s is a point of the compass as an
// address abbreviates it: N, S, E, W, NE, NW, SE, SW.
func compassAbbr(s string) bool {
	switch s {
	case "N", "S", "E", "W", "NE", "NW", "SE", "SW":
		return true
	}
	return false
}

var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"place": true, "square": true, "parkway": true, "highway": true, "court": true,
	"terrace": true, "plaza": true, "way": true,
}

func decadeYear(n int) int {
	if n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

// shortDecade reads '90s.
func (t *Tagger) shortDecade(i int) (res, bool) {
	if !(t.punct(i, '\'') || t.punct(i, '’')) || !t.glued(i+1) {
		return res{}, false
	}
	n, nd, ok := t.num(i + 1)
	if !ok || nd != 2 {
		return res{}, false
	}
	end := i + 2
	switch {
	case t.tok(i+1).sfx == sfxNone && !t.glued(i) && !t.badAfter(i+1) && !(t.punct(i+2, '\'') || t.punct(i+2, '’')):
		// '98
		return res{start: i, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: t.apostropheYear(i, n)}}, true
	case t.tok(i+1).sfx == sfxS && n%10 == 0:
	case n%10 == 0 && t.glued(i+2) && (t.punct(i+2, '\'') || t.punct(i+2, '’')) && t.is(i+3, "s") && t.glued(i+3):
		end = i + 4
	default:
		return res{}, false
	}
	return res{start: i, end: end, typ: Date, d: timeline.Date{Prec: timeline.Decade, Year: t.pairedDecade(i, n)}}, true
}

// apostropheYear is the year of "'29" at token i: as twoDigitYear reads
// it (so that "the spring of '29" told in 1976 or 2003 is 1929, not
// 2029), and a century earlier when that year would lie after the
// reference date's in a sentence told in the past ("In the spring of '29
// I went to work", recorded in 2024).
//
// A memory is of the past whatever the tense: "Many of you will remember
// the flood of '68", "back in '79" (see recalledYear) are the years gone
// by, also in a text dated only by a season ("Newsletter - Spring 2025",
// whose year is the last one told).
func (t *Tagger) apostropheYear(i, n int) int {
	y := t.twoDigitYear(n)
	now, ok := t.writerYear()
	if !ok && t.recalledYear(i) {
		return min(y, decadeYear(n)) // (not 2068, near a "Spring 2025" told before)
	}
	if ok && y > now {
		if t.recalledYear(i) {
			return y - 100
		}
		if !t.hasRef {
			return y
		}
		cp, cf, wc, un, cu := t.closePast, t.closeFuture, t.weakCue, t.undecided, t.cueFor
		if t.tense(i, i+2) < 0 {
			y -= 100
		}
		t.closePast, t.closeFuture, t.weakCue, t.undecided, t.cueFor = cp, cf, wc, un, cu
	}
	return y
}

// recalledYear reports whether a year written short at token i is told as
// a memory: after "back in" or "since", or in a sentence that remembers
// ("Many of you will remember the flood of '68", "I still recall the
// winter of '47"), where it cannot be a year to come.
func (t *Tagger) recalledYear(i int) bool {
	if t.is(i-1, "in") && t.is(i-2, "back") || t.is(i-1, "since") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '.' || tk.r == '?' || tk.r == '!' || tk.r == ';') {
			break
		}
		if lowerIn(t, k, memoryWords) {
			return true
		}
		if t.newLine(k) {
			break
		}
	}
	return false
}

// writerYear returns the year the text is written in: the reference
// date's, or that of a date the text gives itself coarser than a day
// ("Newsletter - Spring 2025").
func (t *Tagger) writerYear() (int, bool) {
	if t.hasRef {
		return t.ref.Year(), true
	}
	if r := t.opt.Ref; r.Prec >= timeline.Year && !r.IsVague() && r.Year > 0 {
		return r.Year, true
	}
	return 0, false
}

// memoryWords tell that what a sentence names is remembered.
var memoryWords = map[string]bool{
	"remember": true, "remembers": true, "remembered": true, "remembering": true,
	"recall": true, "recalls": true, "recalled": true, "recalling": true,
	"reminisce": true, "reminisced": true, "memories": true, "memory": true,
}

// backInShortYear reads a year written in two figures without its
// apostrophe after "back in", as a memory tells it: "Back in 79 we walked
// the whole valley in a day" is 1979 in 2025, the latest such year (but
// "back in 20 minutes" is an amount, "back in 10th place" a rank).
func (t *Tagger) backInShortYear(i int) (res, bool) {
	tk := t.tok(i)
	if !t.is(i-1, "in") || !t.is(i-2, "back") || tk.nd != 2 || tk.sfx != sfxNone || t.glued(i) || t.glued(i+1) && !t.punct(i+1, ',') && !t.punct(i+1, '.') {
		return res{}, false
	}
	if nx := t.tok(i + 1); nx != nil && !t.newLine(i+1) && !(nx.kind == tPunct && (nx.r == ',' || nx.r == '.' || nx.r == ';' || nx.r == '!' || nx.r == ')')) &&
		!t.isAny(i+1, "we", "i", "he", "she", "they", "it", "you", "the", "there", "when", "our", "my", "his", "her", "their") {
		return res{}, false
	}
	n, _, _ := t.num(i)
	now, ok := t.writerYear()
	if !ok {
		return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: decadeYear(n)}}, true
	}
	y := now - ((now-n)%100+100)%100
	return res{start: i, end: i + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
}

// pairedDecade is the year of the short decade n ('20s, 20s) at token i:
// the century of a decade or year just written before it and joined to it
// ("the 1910s and '20s" is the 1920s, "the 1880s and '90s" the 1890s),
// else the nearest ('90s is the 1990s, '20s the 2020s).
// afterDecade reports whether the decade at token i is the second of a
// pair whose first was just told: "the 1970s and 80s", "the Seventies
// and Eighties", "the 1960s or 70s".
func (t *Tagger) afterDecade(i int) bool {
	return t.isAny(i-1, "and", "or", "to", "through") && t.lastEnd == i-1 && t.last.Prec == timeline.Decade && t.last.Year > 0
}

func (t *Tagger) pairedDecade(i, n int) int {
	k := i - 1
	if t.dash(k) || t.isAny(k, "and", "or", "to", "through") {
		k--
	} else {
		return decadeYear(n)
	}
	if t.is(k, "early") || t.is(k, "late") || t.is(k, "mid") {
		return decadeYear(n)
	}
	if t.lastEnd != k+1 || t.last.Year <= 0 || t.last.Prec != timeline.Decade && t.last.Prec != timeline.Year {
		return decadeYear(n)
	}
	y := t.last.Year - t.last.Year%100 + n
	if y < t.last.Year {
		y += 100
	}
	return y
}

// zones maps time-zone abbreviations to their offset from UTC in minutes.
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "msk": 180,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
	"pst": -480, "pdt": -420, "ist": 330, "jst": 540, "hkt": 480, "sgt": 480,
	"aest": 600, "aedt": 660, "et": -300, "ct": -360, "mt": -420, "pt": -480,
	"acst": 570, "acdt": 630, "awst": 480, "nzst": 720, "nzdt": 780, "sast": 120, "kst": 540,
	"wib": 420, "hst": -600, "akst": -540, "akdt": -480, "wet": 0, "eest": 180, "cat": 120, "eat": 180,
	"ast": -240, "adt": -180, // (Atlantic time, as the hurricane centre writes it)
	"npt": 345, "pkt": 300, "ict": 420, "pht": 480, "myt": 480, "wita": 480, "wit": 540, "irst": 210,
	"aft": 270, "trt": 180, "wat": 60, "gst": 240, "nst": -210, "ndt": -150, "brt": -180, "west": 60,
}

// clock reads 14:30, 3 p.m., 7:15pm, 10 o'clock, with a zone and a day
// after it ("3 p.m. EST Thursday").
// billNumber reports whether the number at i numbers a bill of the US
// Congress: "H.R. 1984", "S. 2020", "H.Res. 12".
func (t *Tagger) billNumber(i int) bool {
	if !t.punct(i-1, '.') || t.glued(i) {
		return false
	}
	p := t.tok(i - 2)
	if p == nil || p.kind != tWord || !p.cap || !t.glued(i-1) {
		return false
	}
	switch t.text[p.start:p.end] {
	case "S":
		return i-3 < 0 || !t.glued(i-2) && !t.punct(i-3, '.')
	case "R", "Res", "J", "Con":
		return t.punct(i-3, '.') && t.glued(i-2) && t.is(i-4, "h") && t.glued(i-3)
	}
	return false
}

// hour24At reports whether the expression over tokens [a, b) writes its
// time with the hours of a 24-hour clock ("19:30", "at 13.05"): its
// first number is an hour from 13 to 23 that minutes follow.
func (t *Tagger) hour24At(a, b int) bool {
	for k := max(a, 0); k < b && k < len(t.toks); k++ {
		if tk := t.tok(k); tk.kind == tNum {
			return tk.nd == 2 && tk.n >= 13 && tk.n <= 23 && tk.sfx == sfxNone && t.glued(k+1) && (t.punct(k+1, ':') || t.punct(k+1, '.'))
		}
	}
	return false
}

// dottedClock reports whether "14.00" at i is a time of day written
// with a dot: two digits for the hour, two for the minutes, after a word
// that takes a time ("at", "from", "until", "between"), and nothing of a
// price or a figure around it ("shares closed at 14.00", "14.50 percent").
func (t *Tagger) dottedClock(i int) bool {
	m, mnd, ok := t.num(i + 2)
	if !ok || mnd != 2 || m > 59 || t.tok(i+2).sfx != sfxNone || t.badAfter(i+2) {
		return false
	}
	if !t.isAny(i-1, "at", "from", "until", "till", "to", "between", "and", "by", "before", "after", "around") {
		return false
	}
	if t.isUnitAfter(i+3) || t.isAny(i+3, "percent", "per", "points", "point", "dollars", "euros", "pounds", "pence", "cents", "a", "an", "yen", "francs") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if tk := t.tok(k); tk.kind == tPunct && (tk.r == '$' || tk.r == '£' || tk.r == '€' || tk.r == '¥') {
			return false
		}
		if t.isAny(k, "shares", "share", "stock", "stocks", "price", "prices", "priced", "closed", "traded", "trading", "rate", "rates", "index", "yield", "cost", "costs", "valued", "rated", "scored", "score", "time", "times", "clocked", "finished") {
			return false
		}
	}
	return true
}

func (t *Tagger) clock(i int) (res, bool) {
	tk := t.tok(i)
	if tk == nil || tk.kind != tNum {
		return res{}, false
	}
	h, nd := int(tk.n), int(tk.nd)
	if p := t.tok(i - 1); p != nil && p.kind == tWord && p.upper && t.isAny(i-1, "met", "get", "pet") ||
		(t.punct(i-1, '+') || t.punct(i-1, '-') || t.punct(i-1, '−')) && t.glued(i) && t.glued(i-1) && t.tok(i-2) != nil && t.tok(i-2).upper && t.tok(i-2).end-t.tok(i-2).start == 1 {
		return res{}, false // "At MET 02:14:30", "T+00:01:10", "L-02:30": a mission's elapsed time, no time of day
	}
	if (nd == 3 || nd == 4) && tk.sfx == sfxNone && t.isAny(i+1, "am", "pm") && t.tok(i+1).upper && !t.glued(i+1) {
		// "832 AM CST Tue Dec 16 2025", a weather bulletin's issuance:
		// hours and minutes run together, the half of the day and the
		// zone written after them
		if _, _, _, ok := t.zoneAt(i + 2); ok {
			hh, mm := h/100, h%100
			if hh >= 1 && hh <= 12 && mm <= 59 {
				hh %= 12
				if t.is(i+1, "pm") {
					hh += 12
				}
				return t.placeClock(i, i+2, timeline.Date{Prec: timeline.Minute, Hour: hh, Minute: mm}, sfxAM)
			}
		}
	}
	if nd == 4 && tk.sfx == sfxNone && t.punct(i+1, ':') && t.glued(i+1) && t.glued(i+2) {
		// "1432:15 UTC": an accident report's hours and minutes run
		// together, then the seconds, then the zone; or, without a zone,
		// "At 0544:30, the vessel began a port turn", "at 2251:40 local
		// time": after "at" or a leading zero the digits are no year
		if sec, snd, ok := t.num(i + 2); ok && snd == 2 && sec < 60 && t.tok(i+2).sfx == sfxNone {
			hh, mm := h/100, h%100
			if hh <= 23 && mm <= 59 {
				j := i + 3
				_, _, _, zok := t.zoneAt(j)
				if !zok && t.is(j, "local") && t.is(j+1, "time") {
					j, zok = j+2, true
				}
				if zok || t.text[tk.start] == '0' || t.isAny(i-1, "at", "by", "until", "till", "about", "around", "approximately") {
					return t.placeClock(i, j, timeline.Date{Prec: timeline.Second, Hour: hh, Minute: mm, Second: sec}, sfxHrs)
				}
			}
		}
	}
	if nd > 2 || h > 24 {
		return res{}, false
	}
	if t.offsetStamp(i) {
		return res{}, false // "[00:12:34]", "00:00:02,000 --> 00:00:04,500": a place in a recording
	}
	if t.punct(i+1, ':') && t.glued(i+1) && lowerIn(t, i-1, scriptureBooks) && t.tok(i-1).cap {
		return res{}, false // "John 3:16": a chapter and verse
	}
	if t.punct(i+1, ':') && t.glued(i+1) && (t.isAny(i-1, "rule", "rules") && t.tok(i-1).cap || t.punct(i-1, '.') && t.glued(i-1) && t.is(i-2, "r") && t.tok(i-2).upper) {
		return res{}, false // "Rule 3:11", "R. 3:11-2": a court rule's part and number
	}
	if t.punct(i+1, ':') && t.glued(i+1) && t.tok(i+2) != nil && t.isAny(i+3, "back", "behind", "ahead", "clear", "adrift", "down", "up") && !t.isAny(i+4, "home", "to") &&
		(t.text[tk.start] != '0' || nd == 1) && !t.dateBefore(i) { // (not "21/04 08:05 back", a return's day and time; "0:02 behind" is a gap)
		return res{}, false // "a further 3:19 back": a race's gap, no time of day
	}
	// "12 noon", "12 midnight": one expression
	if h == 12 && tk.sfx == sfxNone && t.isAny(i+1, "noon", "midnight") {
		if r, ok := t.noon(i+1, t.lowerWord(i+1)); ok {
			r.start = i
			return r, true
		}
	}
	min, j := 0, i+1
	prec := timeline.Minute
	sfx := tk.sfx
	hasMin, hasSec, sec := false, false, 0
	if sfx == sfxNone && t.punct(i+1, ':') && t.glued(i+1) && t.glued(i+2) {
		m, mnd, ok := t.num(i + 2)
		if !ok || mnd != 2 || m > 59 {
			return res{}, false
		}
		min, prec, hasMin, j = m, timeline.Minute, true, i+3
		sfx = t.tok(i + 2).sfx
		if t.punct(j, ':') && t.glued(j) && t.glued(j+1) {
			if sv, snd, ok := t.num(j + 1); ok && snd == 2 && sv < 60 {
				j += 2
				sec, hasSec = sv, true
				sfx = t.tok(j - 1).sfx
			}
		}
		if t.glued(j) && (t.punct(j, ':') || t.punct(j, '.')) && t.glued(j+1) && t.tok(j+1).kind == tNum {
			return res{}, false
		}
		if hasSec && sfx == sfxNone && (h == 0 || h <= 3 && nd == 1) && !t.isAny(j, "am", "pm") {
			if _, _, _, ok := t.zoneAt(j); !ok {
				// "at 00:12:34 we talk about", "At 1:02:45 we take
				// questions": a place in a recording (a time of day
				// told to the second in the small hours writes its
				// hour with two digits, or a.m.)
				return res{}, false
			}
		}
	} else if sfx == sfxNone && t.punct(i+1, '.') && t.glued(i+1) && t.glued(i+2) && h <= 12 {
		// "5.30pm", "9.15 a.m.": British hours and minutes, only with the
		// half of the day written, since 5.30 alone is a number
		m, mnd, ok := t.num(i + 2)
		ms := t.tok(i + 2)
		if ok && mnd == 2 && m <= 59 && (ms.sfx == sfxAM || ms.sfx == sfxPM || ms.sfx == sfxNone && (t.isAny(i+3, "am", "pm") || t.glued(i+2) && t.deicticPart(i+3).ok || partSaid(t.dayPartSuffix(i+3, h)))) &&
			!(t.glued(i+3) && t.tok(i+3).kind == tPunct && (t.punct(i+3, '.') || t.punct(i+3, ':')) && t.glued(i+4) && t.tok(i+4).kind == tNum) {
			min, prec, hasMin, j = m, timeline.Minute, true, i+3
			sfx = ms.sfx
		}
	}
	if !hasMin && sfx == sfxNone && nd == 2 && h <= 23 && t.punct(i+1, '.') && t.glued(i+1) && t.glued(i+2) && t.dottedClock(i) {
		// "at 14.00", "from 09.30 until 17.00": a 24-hour clock
		m, _, _ := t.num(i + 2)
		min, prec, hasMin, j = m, timeline.Minute, true, i+3
		sfx = sfxHrs
	}
	if h == 12 && min == 0 && hasMin && !hasSec && (sfx == sfxNone || sfx == sfxHrs) && t.isAny(j, "noon", "midnight") {
		// "12:00 noon", "12.00 midnight": one expression, as "12 noon"
		if r, ok := t.noon(j, t.lowerWord(j)); ok {
			r.start = i
			return r, true
		}
	}
	switch {
	case sfx == sfxAM || sfx == sfxPM:
	case sfx == sfxHrs && hasMin:
	case sfx == sfxZulu && hasMin:
		sfx = sfxHrs // "18:30Z" (the zone is read by placeClockAt)
	case sfx == sfxNone && t.isAny(j, "am", "pm"):
		if t.is(j, "am") {
			sfx = sfxAM
		} else {
			sfx = sfxPM
		}
		j++
	case sfx == sfxNone && t.is(j, "o") && (t.punct(j+1, '\'') || t.punct(j+1, '’')) && t.is(j+2, "clock"):
		j += 3
		if s, k := t.dayPartSuffix(j, h); s != sfxNone {
			sfx, j = s, k
		} else if h >= 1 && h <= 11 && !t.deicticPart(j).ok {
			// "8 o'clock that evening", "11 o'clock on Friday night": the
			// part of the day said after it
		parts:
			for k := j; k < len(t.toks) && k <= j+3; k++ {
				if w := t.w(k); w != nil && w.part != timeline.NoPart && !w.plural {
					if (w.part == timeline.Evening || w.part == timeline.Night) && h >= 5 || w.part == timeline.Afternoon && h <= 6 {
						h += 12
					}
					break parts
				}
				if t.toks[k].kind == tPunct && !t.punct(k, ',') {
					break
				}
			}
			if h < 12 && t.last.Prec >= timeline.Hour && t.last.Hour >= 12 && t.last.Hour < 24 && h+12 >= t.last.Hour && t.lastEnd >= 0 && i-t.lastEnd <= 30 && t.sameSentence(t.lastEnd, i) {
				h += 12 // "Embarked at noon and we sailed at 2 o'clock": after the noon just told
			} else if h < 12 && t.afternoonOfDay(i, j, h) {
				h += 12 // "on Tuesday next, at 2 o'clock": the afternoon's
			}
		}
	case sfx == sfxNone && !hasMin && tk.nd <= 2:
		s, k := t.dayPartSuffix(j, h)
		if s == sfxNone {
			// "at 7 tonight", "by 6 this morning"
			if !(t.deicticPart(j).ok && t.isAny(i-1, "at", "by", "until", "till", "from", "around", "about", "before", "after")) {
				// "from 2 to 4 p.m.", "between 11 and 1 p.m.": the hour
				// takes the half of the day the end says
				if s, ok := t.hourBeforeRange(i, h); ok {
					s2 := s
					return t.placeClock(i, i+1, timeline.Date{Prec: timeline.Minute, Hour: hour12(h, s2)}, s2)
				}
				if hh, ok := t.spokenHours(i); ok {
					s2 := uint8(sfxAM)
					if hh >= 12 {
						s2 = sfxPM
					}
					return t.placeClock(i, i+1, timeline.Date{Prec: timeline.Minute, Hour: hh}, s2)
				}
				return res{}, false
			}
		}
		sfx, j = s, k
	case sfx == sfxNone && hasMin && h <= 12 && partSaid(t.dayPartSuffix(j, h)):
		// "at 8:17 in the evening": the half of the day said after it
		sfx, j = t.dayPartSuffix(j, h)
	case sfx == sfxNone && hasMin:
		if h > 23 {
			return res{}, false
		}
		// "10:45 remaining on the clock", "with 2:30 left" are not times of day
		// nor is a time taken: "the game took 2:45", "ran the mile in 4:05",
		// nor a train's name: "the 3:10 to Yuma"
		if t.is(i-1, "the") && t.isAny(j, "to", "from") && t.tok(j+1) != nil && t.tok(j+1).cap ||
			t.isAny(j, "remaining", "left", "gone", "elapsed", "played") || t.is(i-1, "with") ||
			t.isAny(i-1, "took", "takes", "take", "taking", "lasted", "lasts", "clocked", "timed", "in", "record", "best", "under", "sub") ||
			t.isAny(i-1, "run", "ran", "running") && h <= 5 && !t.isAny(j, "to", "until", "till", "and") && !t.dash(j) ||
			t.is(i-1, "of") && t.isAny(i-2, "record", "time", "best", "pace", "finish") { // "a record of 2:01:39", "a time under 2:04", "could still run 2:19"
			return res{}, false
		}
		if t.raceGap(i) || t.trackLength(i, j) {
			return res{}, false
		}
		if t.isAny(j, "hours", "hrs", "hr") && !t.isAny(j+1, "of", "later", "earlier", "ago", "long", "before", "after") {
			j++ // "at 23:40 hours", as the police write it
		}
	default:
		return res{}, false
	}
	if sfx == sfxAM || sfx == sfxPM {
		if h < 1 || h > 12 {
			return res{}, false
		}
		h %= 12
		if sfx == sfxPM {
			h += 12
		}
	}
	if half, ok := t.clockBeforeMorning(i, j, h, sfx, hasMin && !hasSec); ok {
		// "between 2:00 and 3:00 am", "from 2:30 to 3:30 in the
		// morning": the start is of the night the end says
		h = hour12(h, half)
	} else if sfx == sfxNone && hasMin && h >= 1 && h <= 11 && t.text[tk.start] != '0' && t.last.Prec >= timeline.Hour && t.last.Hour >= 13 &&
		t.lastEnd >= 0 && i-t.lastEnd <= 30 && (h+12)*60+min >= t.last.Hour*60+t.last.Minute && t.sameSentence(t.lastEnd, i) && !t.lineBetween(t.lastEnd, i) &&
		!(t.dayAt(j) || t.isAny(j, "on", "next", "this")) && !t.hour24At(t.lastStart, t.lastEnd) && t.listHalf(j) != sfxAM {
		// "Doors open at 6:30 p.m. and the concert starts at 7:15": the
		// evening's too (but not after "19:30", a clock of 24 hours:
		// "depart Auckland 19:30, arrive Los Angeles 10:40")
		h += 12
	} else if sfx == sfxNone && hasMin && !hasSec && h >= 1 && h <= 6 && nd == 1 && !t.nightClock() && !t.partNear(j) && !t.morningCue(i) &&
		!(t.lineStart(i) && t.lastClock.Prec < timeline.Hour) { // (a log's or a diary's first line, "5:45 Woke up", says no more)
		// "the dentist moved to Wednesday, 2:30": an hour of the working
		// day, not of the night, unless the story is in the night
		// ("at 11:40 the lookout ... by 2:20 the ship had gone") or says
		// so ("2:30 in the morning")
		h += 12
	}
	d := timeline.Date{Prec: prec, Hour: h, Minute: min}
	if hasSec {
		d.Prec, d.Second = timeline.Second, sec
	}
	return t.placeClock(i, j, d, sfx)
}

// trackLength reports whether the hours and minutes over tokens [i, j),
// written with no half of the day, are a recording's length in brackets:
// minutes and seconds after a song's quoted title ('"Weather Vane"
// (4:32)'), after a recording's noun ("an acoustic version (3:47)"),
// after its artist on a quoted title's line ('"Room 101" by The Pale
// Lanterns (3:45)'), or ending a line of a track list whose next or
// previous line ends the same way. A time of day in brackets ("the
// ceremony (10:30)", "(09:15)") is none of these.
func (t *Tagger) trackLength(i, j int) bool {
	if !t.punct(i-1, '(') || !t.punct(j, ')') || t.text[t.tok(i).start] == '0' {
		return false
	}
	if t.isQuote(i-2) && t.glued(i-2) {
		return true // (a closing mark, glued to the title it closes)
	}
	switch t.lowerWord(i - 2) {
	case "version", "versions", "mix", "remix", "edit", "demo", "take", "track", "song", "single", "recording", "reprise", "instrumental", "medley", "remaster", "cut":
		return true
	}
	for k := i - 2; k >= 1 && k >= i-10 && !t.newLine(k+1); k-- {
		if t.is(k, "by") {
			if t.isQuote(k-1) && t.glued(k-1) {
				return true
			}
			break
		}
		if tk := t.tok(k); tk.kind == tPunct && tk.r != '\'' && tk.r != '’' && tk.r != '&' {
			break
		}
	}
	return t.trackListLine(j)
}

// trackListLine reports whether the ")" at token j ends its line and the
// line before or after it ends with minutes and seconds in brackets too,
// as the lines of a track list do ("1. Slow Comet (3:58)"), with seconds
// of no round five minutes in one of the two: a timetable's lines in
// brackets ("Lunch (12:30)", "Talks (14:15)") keep their times.
func (t *Tagger) trackListLine(j int) bool {
	text := t.text
	e := int(t.tok(j).end)
	for e < len(text) && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r') {
		e++
	}
	if e < len(text) && text[e] != '\n' {
		return false
	}
	ls := strings.LastIndexByte(text[:t.tok(j).start], '\n')
	sec, _ := lengthEnds(text[ls+1 : e])
	if ls > 0 {
		if s, ok := lengthEnds(text[strings.LastIndexByte(text[:ls], '\n')+1 : ls]); ok && (s%5 != 0 || sec%5 != 0) {
			return true
		}
	}
	if e < len(text) {
		rest := text[e+1:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		s, ok := lengthEnds(rest)
		return ok && (s%5 != 0 || sec%5 != 0)
	}
	return false
}

// lengthEnds reports whether line ends with "(m:ss)" or "(mm:ss)", and
// returns the seconds.
func lengthEnds(line string) (int, bool) {
	line = strings.TrimRight(line, " \t\r")
	n := len(line)
	if n < 6 || line[n-1] != ')' || !isDigit(line[n-2]) || !isDigit(line[n-3]) || line[n-4] != ':' || !isDigit(line[n-5]) {
		return 0, false
	}
	sec := int(line[n-3]-'0')*10 + int(line[n-2]-'0')
	if line[n-6] == '(' {
		return sec, true
	}
	return sec, n >= 7 && isDigit(line[n-6]) && line[n-7] == '('
}

// listHalf returns the half of the day (sfxAM, sfxPM or sfxNone) written
// after the last of a list of clock times that goes on at token j: "at
// 7:30, 9:30 and 11:30 a.m." says it once for all of them.
func (t *Tagger) listHalf(j int) uint8 {
	for n := 0; n < 8; n++ {
		if !t.punct(j, ',') && !t.isAny(j, "and", "or") {
			return sfxNone
		}
		j++
		if t.isAny(j, "and", "or") {
			j++ // ", and 11:30"
		}
		tk := t.tok(j)
		if tk == nil || tk.kind != tNum || tk.nd > 2 {
			return sfxNone
		}
		j++
		if t.punct(j, ':') && t.tok(j+1) != nil && t.tok(j+1).kind == tNum && t.tok(j+1).nd == 2 {
			tk, j = t.tok(j+1), j+2
		}
		switch {
		case tk.sfx == sfxAM || tk.sfx == sfxPM:
			return tk.sfx
		case t.is(j, "am"):
			return sfxAM
		case t.is(j, "pm"):
			return sfxPM
		}
	}
	return sfxNone
}

// raceGap reports whether the hours and minutes (or minutes and seconds)
// at token i, written with no half of the day, are a race's gap or
// margin: "after gaining 1:12 on Friday", "conceded 0:45", "a lead of
// 2:37", "won the overall by 2:37", "set the fastest time, 14:21".
func (t *Tagger) raceGap(i int) bool {
	if t.isAny(i-1, "gain", "gains", "gained", "gaining", "lose", "loses", "lost", "losing", "concede", "concedes", "conceded", "conceding", "ceded", "trail", "trails", "trailed", "trailing") {
		return true
	}
	if t.is(i-1, "of") && t.isAny(i-2, "lead", "margin", "gap", "deficit", "advantage", "cushion", "split", "splits") {
		return true // (and "a split of 1:02")
	}
	if t.isAny(i-1, "was", "is") {
		// "the split was 1:02", "the gap to the leader was 0:45"
		for k := i - 2; k >= 0 && k >= i-5 && t.toks[k].kind == tWord; k-- {
			if t.isAny(k, "lead", "margin", "gap", "deficit", "advantage", "cushion", "split", "splits") {
				return true
			}
		}
	}
	if t.is(i-1, "at") && t.isAny(i-2, "clocked", "timed") && !(t.punct(i-3, ',') && t.tok(i).nd == 2 && t.text[t.tok(i).start] == '0') {
		// "was timed at 9:58": the time taken (not "The footage, timed
		// at 01:22, shows ...": a clock's hour with its zero, the moment
		// a recording stamps)
		return true
	}
	if t.is(i-1, "at") && t.isAny(i-3, "was", "were", "is", "finished", "came", "placed", "ended", "classified") {
		// "Piastri was third at 1:02", "finished 4th at 0:45": a place
		// in the race and its gap
		if n, _, ok := t.ordinalAt(i - 2); ok && n >= 2 && n <= 40 {
			return true
		}
	}
	if t.punct(i-1, ',') && t.is(i-2, "time") && t.isAny(i-3, "fastest", "quickest", "best", "winning", "slowest") {
		return true
	}
	if t.is(i-1, "by") {
		// "won the overall by 2:37", "beat Lenart by 0:45", "led by
		// 1:12": the margin, within the clause of a win or a lead
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if tk := t.tok(k); tk.kind != tWord || t.isAny(k, "and", "but", "then") {
				return false // (not "won the toss and were out by 2:30")
			}
			if t.isAny(k, "won", "win", "wins", "winning", "beat", "beats", "beating", "led", "leads", "leading", "trails", "trailed", "trailing") {
				return true
			}
		}
	}
	return false
}

// hoursAfterBefore reports whether "hours after" (or minutes) stands in
// the clause before token i: the time at i is that long before the time
// told before it. gap is the amount in minutes when a number says it
// ("15 hours after", "seventeen minutes after"), else 0.
func (t *Tagger) hoursAfterBefore(i int) (gap int, ok bool) {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if t.newLine(k + 1) {
			return 0, false
		}
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ',' && tk.r != '.' {
			return 0, false
		}
		if p := t.tok(k - 1); t.punct(k, '.') && (p == nil || p.kind != tWord || p.end-p.start > 2) {
			return 0, false // a sentence's stop (not "p.m.")
		}
		if t.is(k, "after") && t.isAny(k-1, "hours", "hrs", "minutes") {
			n, _, isNum := t.num(k - 2)
			if w := t.w(k - 2); !isNum && w != nil && w.num > 0 {
				n = w.num
			}
			if !t.is(k-1, "minutes") {
				n *= 60
			}
			return n, true
		}
	}
	return 0, false
}

// nightClock reports whether the last time of day the text told, on the
// day it is reading, is of the night (from 7 p.m. to 7 a.m.): a small hour
// after it is the night's.
func (t *Tagger) nightClock() bool {
	if t.last.Prec >= timeline.Hour && (t.last.Hour == 24 || t.last.Hour == 0 && t.last.Minute == 0) && t.lastEnd >= 0 && t.lastEnd <= t.at && t.at-t.lastEnd <= 30 {
		return true // "Fireworks at midnight. I stayed up until 1:30": the small hours after it
	}
	return t.lastClock.Prec >= timeline.Hour && (t.lastClock.Hour >= 19 || t.lastClock.Hour < 7)
}

// morningCue reports whether the words around the clock time at token i
// tell a morning ("woke at 5:30", "the alarm went at 6:15", "breakfast at
// 6:45").
func (t *Tagger) morningCue(i int) bool {
	for k := max(0, i-6); k < len(t.toks) && k <= i+4; k++ {
		if t.isAny(k, "woke", "wake", "wakes", "waking", "awoke", "alarm", "breakfast", "dawn", "sunrise", "daybreak", "rose", "milking") {
			return true
		}
	}
	return false
}

// partNear reports whether a part of the day is said within a few words
// after a clock time that ends at token j ("2:30 in the morning", "at 4:15
// that night", "5:40 Sunday morning").
func (t *Tagger) partNear(j int) bool {
	for k := j; k < len(t.toks) && k <= j+4; k++ {
		if w := t.w(k); w != nil && w.part != timeline.NoPart {
			return true
		}
		if t.isAny(k, "tonight", "overnight", "dawn", "daybreak", "sunrise", "midnight") {
			return true
		}
		if tk := t.toks[k]; tk.kind == tPunct && !t.punct(k, ',') {
			return false
		}
	}
	return false
}

// weekdaySpanAt reports whether a span of weekdays ("Monday to Friday",
// "Mon–Fri", "Monday through Saturday") starts at token j, perhaps after
// a comma or "on": days of every week.
func (t *Tagger) weekdaySpanAt(j int) bool {
	if t.punct(j, ',') || t.isAny(j, "on", "from") {
		j++
	}
	w := t.w(j)
	if w == nil || w.wday == 0 {
		return false
	}
	k := j + 1
	if t.punct(k, '.') && t.glued(k) {
		k++
	}
	if !(t.isAny(k, "to", "through", "thru", "till", "until") || t.dash(k)) {
		return false
	}
	w2 := t.w(k + 1)
	return w2 != nil && w2.wday > 0
}

// placeClock finishes a time of day d read from token i to j: the zone
// written after it, and the day it falls on. sfx says whether a.m. or
// p.m. was written.
func (t *Tagger) placeClock(i, j int, d timeline.Date, sfx uint8) (res, bool) {
	if sfx == sfxNone && t.is(j, "of") && t.isAny(j+1, "the", "a") && t.isAny(j+3, "period", "quarter", "half", "overtime", "round", "frame", "set", "game", "match", "race", "stage") {
		return res{}, false // "scored at 19:58 of the first period": the game's clock, no time of day
	}
	if sfx == sfxNone && t.is(i-1, "at") && t.isAny(i-2, "goal", "goals", "try", "score", "equaliser", "equalizer", "winner", "penalty", "touchdown", "basket", "wicket") {
		return res{}, false // "including a goal at 19:58": the game's clock
	}
	if sfx == sfxNone && t.isAny(j, "left", "remaining", "gone", "elapsed") && (t.isAny(j+1, "in", "of") || t.tok(j+1) == nil || t.tok(j+1).kind == tPunct) {
		return res{}, false // "with 2:14 left in the third quarter"
	}
	if sfx == sfxNone && j == i+3 && (t.is(j, "mark") || t.isAny(i-1, "final", "last", "first", "opening", "closing") && t.is(i-2, "the")) {
		return res{}, false // "at the 8:04 mark of the second quarter", "a 14-2 run over the final 4:30": the game's clock
	}
	if sfx == sfxNone && t.lengthBefore(i) && !t.dash(j) && !t.isAny(j, "to", "until", "till") {
		return res{}, false // "The film, which runs 2:15", "Total running time: 14:24": a length, no time of day
	}
	if sfx == sfxNone && t.dash(i-1) && !t.glued(i) && (t.tok(j) == nil || t.newLine(j)) && t.listLine(i) {
		return res{}, false // `1. "Crosswind" – 3:42`: a track's length in a list
	}
	r, ok := t.placeClockAt(i, j, d, sfx)
	if lc := t.lastClock; ok && r.d.Prec >= timeline.Hour && r.val == "" && lc.Prec >= timeline.Hour && r.d.DayOf() == lc.DayOf() &&
		r.d.Hour*60+r.d.Minute > lc.Hour*60+lc.Minute {
		// "extinguished at 10 a.m. Tuesday, more than 15 hours after the
		// first alarm sounded at about 6:40 p.m.": counted back from the
		// time told, the evening before (unless the amount says the time
		// is no such gap before it: "left at 20:58, 17 minutes after
		// sunset, and the last emerged at 21:40" is that evening's)
		back := lc.Hour*60 + lc.Minute + 24*60 - (r.d.Hour*60 + r.d.Minute)
		if gap, ok2 := t.hoursAfterBefore(i); ok2 && (gap == 0 || back >= gap-max(60, gap/4) && back <= gap+max(60, gap/4)) {
			if tt, ok2 := r.d.Time(); ok2 {
				nd := timeline.FromTime(tt.AddDate(0, 0, -1), r.d.Prec)
				nd.HasZone, nd.Zone = r.d.HasZone, r.d.Zone
				r.d = nd
			}
		}
	}
	if lc := t.lastClock; ok && r.d.Prec >= timeline.Hour && r.end == j && r.start == i && lc.Prec >= timeline.Hour && lc.Hour >= 18 && r.d.Hour < 6 &&
		r.d.DayOf() == lc.DayOf() && !t.narrative && r.val == "" && (t.is(i-1, "by") || t.is(i-1, "until") || t.is(i-1, "at") || t.punct(i-1, '.') || t.opensSentence(i-1)) {
		// "began meeting at 6 p.m. Sunday. By 1 a.m., negotiators said":
		// past midnight, the next day
		if tt, ok2 := r.d.Time(); ok2 {
			nd := timeline.FromTime(tt.AddDate(0, 0, 1), r.d.Prec)
			nd.HasZone, nd.Zone = r.d.HasZone, r.d.Zone
			r.d = nd
		}
	}
	if ok && r.d.Prec >= timeline.Hour {
		t.lastClock = r.d
		t.lastClockFour = t.tok(i).nd == 4 && !t.punct(i+1, ':')
	}
	if ok && t.zoneWritten && r.d.HasZone && !(t.punct(i-1, '(') && (t.hasTextZone || t.localClockBefore(i-1))) {
		// (not a gloss's: "11:42 p.m. ET (04:42 GMT Friday) ... at 6:30
		// a.m." is still told in ET; "at 22:30 local time (01:30 UTC
		// Saturday) ... at 05:45 on Monday" in the place's own time)
		t.textZone, t.hasTextZone = r.d.Zone, true
		t.textZoneFour = t.tok(i).nd == 4 && !t.punct(i+1, ':') && r.d.Zone == 0
	}
	return r, ok
}

// localClockBefore reports whether the bracket at p follows a clock time
// written in the place's own time or with no zone: "22:30 local time (",
// "22:30 (".
func (t *Tagger) localClockBefore(p int) bool {
	if t.is(p-1, "time") && t.is(p-2, "local") || t.is(p-1, "local") {
		return true
	}
	tk := t.tok(p - 1)
	return tk != nil && tk.kind == tNum && t.punct(p-2, ':') && t.glued(p-1)
}

// lengthBefore reports whether the words before the clock at i say it is
// how long something runs: "runs 2:15", "a running time of 2:38",
// "Runtime: 1:52", "clocks in at 4:05", "lasts 1:30".
func (t *Tagger) lengthBefore(i int) bool {
	k := i - 1
	if t.punct(k, ':') || t.is(k, "of") || t.is(k, "at") && t.is(k-1, "in") {
		k--
	}
	if t.is(k, "in") && t.isAny(k-1, "clocks", "clocked", "comes", "came") {
		return true
	}
	switch t.lowerWord(k) {
	case "runs", "ran", "lasts", "lasted", "runtime", "length", "duration":
		return true
	case "time":
		return t.isAny(k-1, "running", "run", "total", "playing")
	}
	return false
}

// dayLabelLine reports whether the number at i opens a line with a day
// and month ("1/23") and a spaced dash after them, under a line that opens
// with a day too: a calendar's list ("Jan. 19 (Mon.) - MLK Day¶1/23 -
// Last day to add a course"), each line's day its label.
// bookedFor reports whether a day and month at i follow "for" after a
// verb that fixes a day: "the plumber is booked for 12/3", "set for 4/5".
func (t *Tagger) bookedFor(i int) bool {
	return t.is(i-1, "for") && t.isAny(i-2, "booked", "scheduled", "rescheduled", "set", "planned", "fixed", "arranged", "pencilled", "penciled", "moved", "postponed", "deferred", "brought", "slated")
}

// labelledDay reports whether a day and month at i are what a line's
// label gives, with its time after it ("- AGM: 15/5, 7pm") or under a
// label that asks for a day ("Deadline: 15/5"); not a score or a ratio
// ("Score: 15/5").
func (t *Tagger) labelledDay(i int) bool {
	if !t.punct(i-1, ':') || t.tok(i-2) == nil || t.tok(i-2).kind != tWord || !t.lineStart(i-2) && !t.lineStart(i-3) {
		return false
	}
	if t.isAny(i-2, "date", "dates", "deadline", "due", "when", "meeting", "agm", "egm") {
		return true
	}
	k := i + 3
	if t.punct(k, ',') || t.is(k, "at") {
		k++
	}
	c, ok := t.clock(k)
	return ok && c.typ == Time
}

func (t *Tagger) dayLabelLine(i int) bool {
	if !t.dash(i+3) || t.glued(i+3) || !t.lineStart(i) || i == 0 {
		return false
	}
	k := i - 1
	for k > 0 && !t.newLine(k) {
		k--
	}
	if t.punct(k, '-') || t.punct(k, '*') || t.punct(k, '•') {
		k++ // a list's mark
	}
	if w := t.w(k); w != nil && w.month > 0 && t.tok(k).cap {
		_, nd, ok := t.num(k + 1)
		if !ok && w.abbr && t.punct(k+1, '.') {
			_, nd, ok = t.num(k + 2)
		}
		return ok && nd <= 2
	}
	_, nd, ok := t.num(k)
	_, nd2, ok2 := t.num(k + 2)
	return ok && ok2 && nd <= 2 && nd2 <= 2 && t.punct(k+1, '/') && t.glued(k+1) && t.glued(k+2)
}

// listLine reports whether the line of token i opens with a list's
// number or mark, or a quotation mark (a track or item list's line).
func (t *Tagger) listLine(i int) bool {
	k := i
	for k > 0 && !t.newLine(k) {
		k--
	}
	tk := &t.toks[k]
	switch {
	case tk.kind == tNum && tk.nd <= 2 && (t.punct(k+1, '.') || t.punct(k+1, ')')):
		return true
	case tk.kind == tPunct && (tk.r == '"' || tk.r == '“' || tk.r == '-' || tk.r == '*' || tk.r == '•'):
		return true
	}
	return false
}

func (t *Tagger) placeClockAt(i, j int, d timeline.Date, sfx uint8) (res, bool) {
	assumed := false
	z, generic, k, ok := t.zoneAt(j)
	if tk := t.tok(j - 1); !ok && tk != nil && tk.kind == tNum && tk.sfx == sfxZulu {
		z, generic, k, ok = 0, false, j, true // "1830Z", "18:30Z"
	}
	t.zoneWritten = ok
	if ok {
		d.Zone, d.HasZone, j = z, true, k
	} else if t.is(j, "local") && (t.is(j+1, "time") || t.punct(j+1, ')')) || t.is(j-2, "local") && t.is(j-1, "time") || t.is(j-1, "local") {
		// "06:00 local time": the place's own clock, whatever zone the
		// text gave its other times in
	} else if t.is(j, "lt") && t.tok(j).upper && !t.glued(j) && t.tok(j-1).kind == tNum && !(t.tok(j+1) != nil && t.tok(j+1).kind == tWord && t.glued(j+1)) {
		j++ // "14:00 LT", as ships' and flights' reports write local time
	} else if t.opt.HasZone {
		d.Zone, d.HasZone, assumed = t.opt.Zone, true, true // "All times are UTC+1"
	} else if t.hasTextZone && !(t.textZoneFour && (sfx == sfxAM || sfx == sfxPM)) {
		// (but a wire's "at 0600 GMT" glosses its own time: "The
		// missiles landed at 4:35 p.m." is the place's clock)
		// "The window shut at 23:05 BST. Brentmouth had submitted a deal
		// sheet at 22:51": the zone the text gave its times in
		d.Zone, d.HasZone, assumed = t.textZone, true, true
	}
	r := res{start: i, end: j, typ: Time, zoneAssumed: assumed}
	// "7:30 tonight", "10pm last night", "9.30 this morning": the part
	// of the day names the day and the half of it
	if p := t.deicticPart(j); p.ok {
		if sfx != sfxAM && sfx != sfxPM {
			var ok bool
			if d.Hour, ok = p.hour(d.Hour); !ok {
				return res{}, false
			}
		}
		if day, ok := t.anchor(false); ok && day.Prec >= timeline.Day {
			if tt, ok := dayTime(day); ok {
				day = dayDate(tt.AddDate(0, 0, p.offset))
				d.Year, d.Month, d.Day = day.Year, day.Month, day.Day
				r.d, r.end = d, p.end
				return r, true
			}
		}
		r.val, r.end = "XXXX-XX-XX"+clockSuffix(d), p.end
		r.d.HasZone, r.d.Zone = d.HasZone, d.Zone
		return r, true
	}
	// "at about 11:40 that night", "at 9.30 the same evening": the part
	// of the day the story is on names the half of it
	if pe, part := t.thatPart(j); pe > 0 && sfx != sfxAM && sfx != sfxPM {
		h, next := d.Hour, 0
		if part == "night" && h >= 0 && h <= 4 {
			next = 1 // "at 2:15 that night": the small hours after it
		} else {
			var ok bool
			if h, ok = (dayPart{ok: true, part: part}).hour(h); !ok {
				h = -1
			}
		}
		if h >= 0 && t.partToldBeforeMove(part, i) {
			// "On the night of 3 February a fire broke out. A week later
			// the owners returned. Police were called at 21:40 that
			// night": the night named, or the one of the day moved to?
			// The words do not say; the time of a day not known
			dh := d
			dh.Hour = h
			r.val, r.end = "XXXX-XX-XX"+clockSuffix(dh), pe
			return r, true
		}
		if h >= 0 {
			d.Hour = h
			if base, ok := t.anchor(true); ok && (base.Prec >= timeline.Day || t.lastDay.Prec >= timeline.Day) {
				if t.lastDay.Prec >= timeline.Day && (base.Prec < timeline.Day || base.Prec > timeline.Day) {
					base = t.lastDay // (not a range's end in the small hours: "3 p.m. to 1 a.m.")
				}
				if part == "night" && next == 0 && base.Prec >= timeline.Hour && base.Hour < 6 {
					next = -1 // "from 3 p.m. to 1 a.m. ... at 11:40 that night": the night the small hours end
				}
				if tt, ok := dayTime(base.DayOf()); ok {
					day := dayDate(tt.AddDate(0, 0, next))
					d.Year, d.Month, d.Day = day.Year, day.Month, day.Day
					r.d, r.end = d, pe
					return r, true
				}
			}
		}
	}
	// "arrive 10:05+1 LHR": a timetable's mark of the next day, glued
	plus := 0
	if t.punct(j, '+') && t.glued(j) && t.glued(j+1) {
		if n, nd, ok := t.num(j + 1); ok && nd == 1 && n >= 1 && n <= 3 && !(t.glued(j+2) && t.tok(j+2) != nil && t.tok(j+2).kind == tNum) {
			plus, j = n, j+2
			r.end = j
		}
	}
	// the day it falls on
	day, k, ok := t.dayAfterClock(j)
	listDay := false
	if !ok && j == i+1 && t.bareHour(i) {
		// "2-4 and 7-9 p.m. Sunday": the day written after a list of
		// spans of hours is every span's
		if _, e, ok2 := t.spanListHour(i); ok2 {
			day, _, ok = t.dayAfterClock(e)
			listDay = ok
		}
	}
	fromRef := false // the day is the story's, no day written with the time
	if !ok && plus == 0 {
		// "Haneda 09:05 JST (+1)" with no day after it: the day after
		// the row's
		plus, _ = t.plusDays(j)
	}
	if ok && !listDay {
		r.end = k
	} else if ok {
	} else if t.is(j, "on") && t.is(j+1, "the") && t.w(j+2) != nil && t.w(j+2).wday > 0 {
		// "from 8am on the Monday", a Monday this text does not name:
		// the time of a day not known, never the writer's day's
		r.val = "XXXX-XX-XX" + clockSuffix(d)
		r.d.HasZone, r.d.Zone = d.HasZone, d.Zone
		return r, true
	} else if wj := j + b2i(t.is(j, "on") && t.last.Prec >= timeline.Day); t.unknownWeekdayAfter(wj) > 0 && plus == 0 {
		// "10 p.m. CST Thursday", "peaked at 4 am on Monday" with no day
		// to count the weekday from
		wd := t.unknownWeekdayAfter(wj)
		r.end = wj + 1
		r.val = "XXXX-WXX-" + strconv.Itoa(wd) + clockSuffix(d)
		r.d.HasZone, r.d.Zone = d.HasZone, d.Zone
		return r, true
	} else if !t.inRange && plus == 0 && t.coarseDateAfter(j) {
		// "Jupiter rises before 9pm by the end of the month", "opens at
		// 10am in March": a time of some day of the period written after
		// it, which one the words do not say (not the day told before)
		ok = false
		t.clockCoarseAt = r.end
	} else if day, ok = t.dayLaterInRow(j); !ok {
		day, ok = t.clockDay(i)
		fromRef = ok && t.clockFromRef
		if ok && !t.hasRef && t.lineStart(i) && t.stampAlone(i) && !t.dayHeadAbove() && (t.labClock < 0 || !t.logLabel(i)) {
			// "The fire started on Tuesday 7 January 2025.¶¶07:22 PST¶
			// Firefighters have been deployed", "10.30am¶The account was
			// opened on 3 June 2019.¶¶11.15am", in a page of no date of
			// its own: a post stamp alone on its line is of the page's
			// day, not of one its posts or summary told; only a day
			// heading above it places it (and a log's lines after the
			// first so placed go on from it)
			ok = false
		}
		if t.logLabel(i) {
			day, ok = t.logDay(i, d.Hour*60+d.Minute, day, ok)
		}
		if ok && t.last.Prec >= timeline.Hour && t.last.DayOf() == day.DayOf() && d.Hour*60+d.Minute > t.last.Hour*60+t.last.Minute && t.pluperfect(i) {
			// "He was found at 2.15am. He had left the pub at 11.30pm":
			// the evening before
			if tt, ok2 := dayTime(day.DayOf()); ok2 {
				day = dayDate(tt.AddDate(0, 0, -1))
			}
		}
		if ok && d.Hour < 6 && t.isAny(i-1, "until", "till") && t.lastDayEnd >= 0 && i-t.lastDayEnd <= 25 && t.sameSentence(t.lastDayEnd, i) && (t.last.Prec < timeline.Hour || t.last.Hour >= 12) {
			// "8 May 1945 – a bonfire burns until 4 a.m.": the small
			// hours after the day told, the next day's
			if tt, ok2 := dayTime(day.DayOf()); ok2 {
				day = dayDate(tt.AddDate(0, 0, 1))
			}
		} else if tk := t.tok(i); ok && plus == 0 && sfx == sfxNone && d.Hour >= 1 && d.Hour < 12 && t.last.Prec == timeline.Day && t.last.DayOf() == day.DayOf() &&
			(t.last.Part == timeline.Evening && d.Hour >= 5 || t.last.Part == timeline.Afternoon && d.Hour <= 6) &&
			tk != nil && !(tk.kind == tNum && (tk.nd == 4 || t.text[tk.start] == '0')) && !t.logLabel(i) {
			// "on Sunday evening, the 25th inst., at six o'clock": a
			// clock of twelve hours, the evening's (the afternoon's)
			// the day before it said
			d.Hour += 12
		} else if ok && plus == 0 && d.Hour < 12 && sfx != sfxPM && t.last.Prec == timeline.Day && t.last.Part == timeline.Night && t.last.DayOf() == day.DayOf() && !t.logLabel(i) && !t.pluperfect(i) {
			if tk := t.tok(i); sfx == sfxNone && d.Hour >= 7 && tk != nil && !(tk.kind == tNum && (tk.nd == 4 || t.text[tk.start] == '0')) {
				// "on the night of 3 August ... at about half past nine":
				// a clock of twelve hours, that night's evening
				d.Hour += 12
			} else if tt, ok2 := dayTime(day.DayOf()); ok2 {
				// "The pack closed overnight. We put about at 0800": the
				// morning after the night told
				day = dayDate(tt.AddDate(0, 0, 1))
			}
		} else if tk := t.tok(i); ok && plus == 0 && sfx == sfxNone && d.Hour >= 7 && d.Hour < 12 && t.lastClock.Prec >= timeline.Hour && t.lastClock.Hour >= 19 &&
			t.lastClock.DayOf() == day.DayOf() && d.Hour+12-t.lastClock.Hour <= 2 && t.lastClock.Hour-(d.Hour+12) <= 2 && tk != nil && !(tk.kind == tNum && (tk.nd == 4 || t.text[tk.start] == '0')) && t.listHalf(j) != sfxAM {
			// "About half past nine, maybe quarter to ten": a twelve-hour
			// clock beside an evening's time is of that evening
			d.Hour += 12
		} else if ok && plus == 0 && d.Hour < 7 && sfx != sfxPM && t.lastClock.Prec >= timeline.Hour && t.lastClock.Hour >= 19 && t.lastClock.DayOf() == day.DayOf() && !t.logLabel(i) && !t.pluperfect(i) {
			// "at 11:40 p.m. on 14 April 1912 ... By 2:20 the ship had
			// gone": the small hours after the night told, the next day's
			// (but after a sentence that told two days, "will leave at
			// 5am on Saturday 14 February and is expected back at 11pm
			// on Saturday 21 February. Students must be in the Main
			// Hall by 4.30am": which day the words do not say)
			if t.prevDay.Prec >= timeline.Day && t.prevDayEnd > 0 && t.prevDayEnd < t.lastDayEnd && t.lastDay.DayOf() == day.DayOf() &&
				timeline.Compare(t.prevDay.DayOf(), day.DayOf()) < 0 && t.sameSentence(t.prevDayEnd, t.lastDayEnd) && !t.sameSentence(t.lastDayEnd, i) {
				ok = false
			} else if tt, ok2 := dayTime(day.DayOf()); ok2 {
				day = dayDate(tt.AddDate(0, 0, 1))
			}
		}
	}
	if !ok {
		r.val = "XXXX-XX-XX" + clockSuffix(d)
		r.d.HasZone, r.d.Zone = d.HasZone, d.Zone
		return r, true
	}
	if fromRef && plus == 0 && t.aheadOfWriter(i, j, d, day, sfx) {
		// "Next complete advisory at 500 AM EDT", in a bulletin issued
		// at 11 PM: the next morning's
		if tt, ok2 := dayTime(day.DayOf()); ok2 {
			day = dayDate(tt.AddDate(0, 0, 1))
		}
	}
	if plus > 0 && t.bracketDayAfter(j) {
		plus = 0 // "arr 06:15+2 SYD (Sunday 16 November)": the bracket gives the arrival's own day
	}
	if plus > 0 {
		if tt, ok := dayTime(day.DayOf()); ok {
			day = dayDate(tt.AddDate(0, 0, plus))
		}
	}
	d.Year, d.Month, d.Day = day.Year, day.Month, day.Day
	if generic && usSummerTime(day) {
		// "8 p.m. ET" in July is Eastern Daylight Time
		d.Zone += 60
	}
	r.d = d
	return r, true
}

// zoneAt reads a time zone written after a time at j: "EST", "UTC+2",
// "Eastern Time", "Pacific Standard Time", "Greenwich Mean Time". It
// returns the offset in minutes east of UTC, whether the zone is the
// region's time of the season (ET, "Eastern Time": daylight saving time
// in summer), and the token after it.
func (t *Tagger) zoneAt(j int) (zone int, generic bool, k int, ok bool) {
	if t.punct(j, '(') && t.tok(j+1) != nil && t.tok(j+1).kind == tWord && t.tok(j+1).upper {
		// "12:00 noon (GMT)", "5pm (CET)": the zone in brackets, alone
		if z, g, k2, ok2 := t.zoneAt(j + 1); ok2 && t.punct(k2, ')') {
			return z, g, k2 + 1, true
		}
		return 0, false, j, false
	}
	if t.punct(j, '+') || (t.dash(j) || t.punct(j, '−')) && !t.glued(j) {
		// "09:30+02:00", "2023-11-08 09:15 -08:00": an offset of hours
		// and minutes (not "9:00-10:00", a range's end)
		if h, hnd, ok1 := t.num(j + 1); ok1 && hnd == 2 && t.glued(j+1) && t.punct(j+2, ':') && t.glued(j+2) && t.glued(j+3) {
			if m, mnd, ok2 := t.num(j + 3); ok2 && mnd == 2 && h <= 14 && m%15 == 0 && !(t.glued(j+4) && t.tok(j+4) != nil && t.tok(j+4).kind == tNum) {
				sign := 1
				if !t.punct(j, '+') {
					sign = -1
				}
				return sign * (h*60 + m), false, j + 4, true
			}
		}
	}
	key := t.lowerWord(j)
	if key == "aoe" && t.tok(j).cap {
		return -720, false, j + 1, true // "23:59 AoE": anywhere on Earth, UTC-12
	}
	if z, ok := zones[key]; ok && t.tok(j).upper {
		k = j + 1
		if key == "utc" || key == "gmt" {
			// "UTC+2", "GMT-05:00", "UTC+0530"
			if off, k2, ok := t.zoneOffset(k); ok {
				z, k = off, k2
			}
		}
		return z, key == "et" || key == "ct" || key == "mt" || key == "pt", k, true
	}
	if tk := t.tok(j); tk == nil || tk.kind != tWord {
		return 0, false, j, false
	}
	lower := !t.tok(j).cap // "1527 eastern standard time": a zone in full, as reports write it
	for _, n := range namedZones {
		if lower && len(n.words) < 3 {
			continue
		}
		k := j
		for _, w := range n.words {
			if !t.is(k, w) {
				break
			}
			k++
		}
		if k-j == len(n.words) {
			return n.zone, n.generic, k, true
		}
	}
	// "10 a.m. Pacific": a region alone, when no other name goes on
	if z, ok := usRegions[key]; ok && !lower {
		if nx := t.tok(j + 1); nx == nil || !nx.cap || nx.kind != tWord {
			return z, true, j + 1, true
		}
	}
	return 0, false, j, false
}

var usRegions = map[string]int{"eastern": -300, "central": -360, "mountain": -420, "pacific": -480}

// namedZones are zones written out, longest first where one begins
// another.
var namedZones = func() []struct {
	words   []string
	zone    int
	generic bool
} {
	type nz = struct {
		words   []string
		zone    int
		generic bool
	}
	var out []nz
	for _, r := range []string{"eastern", "central", "mountain", "pacific"} {
		z := usRegions[r]
		out = append(out, nz{[]string{r, "standard", "time"}, z, false}, nz{[]string{r, "daylight", "time"}, z + 60, false},
			nz{[]string{r, "time"}, z, true})
	}
	return append(out,
		nz{[]string{"greenwich", "mean", "time"}, 0, false}, nz{[]string{"coordinated", "universal", "time"}, 0, false},
		nz{[]string{"british", "summer", "time"}, 60, false}, nz{[]string{"central", "european", "summer", "time"}, 120, false},
		nz{[]string{"central", "european", "time"}, 60, false},
		// the other zones written out with a fixed offset: "17:00 China
		// Standard Time"
		nz{[]string{"eastern", "european", "summer", "time"}, 180, false}, nz{[]string{"eastern", "european", "time"}, 120, false},
		nz{[]string{"western", "european", "summer", "time"}, 60, false}, nz{[]string{"western", "european", "time"}, 0, false},
		nz{[]string{"china", "standard", "time"}, 480, false}, nz{[]string{"japan", "standard", "time"}, 540, false},
		nz{[]string{"korea", "standard", "time"}, 540, false}, nz{[]string{"india", "standard", "time"}, 330, false},
		nz{[]string{"indian", "standard", "time"}, 330, false}, nz{[]string{"singapore", "standard", "time"}, 480, false},
		nz{[]string{"singapore", "time"}, 480, false}, nz{[]string{"hong", "kong", "time"}, 480, false},
		nz{[]string{"philippine", "standard", "time"}, 480, false}, nz{[]string{"gulf", "standard", "time"}, 240, false},
		nz{[]string{"arabia", "standard", "time"}, 180, false}, nz{[]string{"moscow", "standard", "time"}, 180, false},
		nz{[]string{"moscow", "time"}, 180, false}, nz{[]string{"pakistan", "standard", "time"}, 300, false},
		nz{[]string{"australian", "eastern", "standard", "time"}, 600, false}, nz{[]string{"australian", "eastern", "daylight", "time"}, 660, false},
		nz{[]string{"new", "zealand", "standard", "time"}, 720, false}, nz{[]string{"new", "zealand", "daylight", "time"}, 780, false},
		nz{[]string{"atlantic", "standard", "time"}, -240, false}, nz{[]string{"alaska", "standard", "time"}, -540, false},
		nz{[]string{"hawaii", "standard", "time"}, -600, false}, nz{[]string{"irish", "standard", "time"}, 60, false})
}()

// clockBeforeMorning reads hours and minutes h:MM at tokens [i, j), with
// no half of the day written, that open a range whose end is of the
// morning or the night by what is written with it ("between 2:00 and 3:00
// am", "from 2:30 to 3:30 in the morning", "between 2:00 and 3:00 on the
// night the clocks change"): the start takes the end's half of the day
// when it is no later on the clock, else it is of the evening before
// ("from 10:00 to 2:00 at night": 22:00). It returns sfxAM or sfxPM. An
// end read as the afternoon's, or as the morning's only by its hour
// ("from 2:00 to 9:00"), leaves the start to the usual guess.
func (t *Tagger) clockBeforeMorning(i, j, h int, sfx uint8, hasMin bool) (uint8, bool) {
	if sfx != sfxNone || !hasMin || h < 1 || h > 12 || t.text[t.tok(i).start] == '0' ||
		!(t.is(i-1, "from") && t.spanJoin(j) || t.is(i-1, "between") && t.is(j, "and")) {
		return sfxNone, false
	}
	e := t.tok(j + 1)
	if e == nil || e.kind != tNum || e.nd > 2 || !t.punct(j+2, ':') && e.sfx == sfxNone && !t.isAny(j+2, "am", "pm") {
		return sfxNone, false
	}
	saved := *t // (reading the end ahead tells the tagger of a clock time it has not reached)
	end, ok := t.clock(j + 1)
	*t = saved
	if !ok || end.typ != Time {
		return sfxNone, false
	}
	eh := end.d.Hour
	if end.d.Prec < timeline.Hour {
		// (no day to place it on: the hour is in its value alone,
		// "XXXX-XX-XXT03:00")
		k := strings.IndexByte(end.val, 'T')
		if k < 0 || k+3 > len(end.val) || end.val[k+1] < '0' || end.val[k+1] > '9' || end.val[k+2] < '0' || end.val[k+2] > '9' {
			return sfxNone, false
		}
		eh = int(end.val[k+1]-'0')*10 + int(end.val[k+2]-'0')
	}
	after := j + 2 // the token after the end's hours and minutes
	if t.punct(j+2, ':') {
		after = j + 4
	}
	if eh >= 12 || !(end.end > after || t.tok(after-1).sfx == sfxAM || t.partNear(after)) {
		return sfxNone, false // (not "from 2:00 to 9:00": a morning the end does not say)
	}
	if h%12 <= eh {
		return sfxAM, true
	}
	return sfxPM, true
}

// hourBeforeRange reads a bare hour h at i that opens a range of times
// ("from 2 to 4 p.m.", "between 11 and 1 p.m."): it returns the half of
// the day the hour is in, sfxAM or sfxPM.
func (t *Tagger) hourBeforeRange(i, h int) (uint8, bool) {
	if v, _, ok := t.spanListHour(i); ok {
		if v >= 12 {
			return sfxPM, true
		}
		return sfxAM, true
	}
	// (or glued to the end by a dash, which says its half of the day:
	// "2–5pm", "10-11 a.m.")
	glued := t.dash(i+1) && t.glued(i+1) && t.glued(i+2) && t.tok(i+2) != nil && t.tok(i+2).nd <= 2 &&
		(t.tok(i+2).sfx == sfxAM || t.tok(i+2).sfx == sfxPM || t.isAny(i+3, "am", "pm"))
	// (or after a time just told, the next of a list of spans: "from 2
	// to 4 p.m. and 7 to 9 p.m.", "10 a.m. to noon and 2 to 4 p.m.")
	next := (t.isAny(i-1, "and", "or") || t.punct(i-1, ',')) && (t.isAny(i-2, "am", "pm", "noon", "midnight") || t.tok(i-2) != nil && (t.tok(i-2).sfx == sfxAM || t.tok(i-2).sfx == sfxPM))
	if h < 1 || h > 12 || !((t.is(i-1, "from") || next) && (t.isAny(i+1, "to", "until", "till") || t.dash(i+1)) || t.is(i-1, "between") && t.is(i+1, "and") || glued) {
		return sfxNone, false
	}
	e := t.tok(i + 2)
	if e == nil || e.kind != tNum {
		return sfxNone, false
	}
	end, ok := t.clock(i + 2)
	if !ok || end.d.Prec < timeline.Hour {
		return sfxNone, false
	}
	eh := end.d.Hour // 0-23
	if eh < 12 {
		// "from 9 to 11 a.m."
		if h%12 < eh {
			return sfxAM, true
		}
		return sfxPM, true // "from 10 to 2 a.m."? the evening before
	}
	if h%12 < eh-12 || h == 12 {
		return sfxPM, true
	}
	return sfxAM, true // "from 11 to 1 p.m."
}

// spokenHours reads a bare hour at i that opens or closes a span of
// bare hours right after the day they are of ("on Saturday 22nd from 10
// till 1", "Sunday 23 March, 10 till 4", "Monday 24 March 9-5"), as
// opening hours are told: an end no later than the start is the
// afternoon's, the start then the morning's ("10 till 1": 10:00 to
// 13:00); a start from 1 to 6 before a later end is the afternoon's ("2
// till 4"). It returns the hour of the day of token i. A score ("on
// Saturday, 2-1") or a count ("10 to 15 people") is no span of hours.
func (t *Tagger) spokenHours(i int) (int, bool) {
	s := i // the span's start
	if t.inRange && t.spanJoin(i-1) && t.bareHour(i-2) {
		s = i - 2
	}
	if !t.bareHour(s) || !t.spanJoin(s+1) || !t.bareHour(s+2) || t.dash(s+1) && !(t.glued(s+1) && t.glued(s+2)) && !t.punct(s+1, '–') ||
		t.spanJoin(s+3) || t.isAny(s+3, "am", "pm") || !t.spokenClockEnds(s+3) {
		return 0, false
	}
	if s == i {
		// right after the day, perhaps after a comma or "from"
		k := i
		if t.is(k-1, "from") || t.punct(k-1, ',') {
			k--
		}
		if t.last.Prec != timeline.Day || t.lastEnd != k || t.lastDay.Prec != timeline.Day {
			return 0, false
		}
	}
	if t.dash(s+1) && t.sentenceHas(s, 15, func(k int) bool { return lowerIn(t, k, scoreWords) }) {
		return 0, false // "Rovers won on Saturday, 8-1": a score
	}
	h1, h2 := int(t.tok(s).n), int(t.tok(s+2).n)
	switch {
	case h2 <= h1 && h1 >= 7:
		h1, h2 = h1%12, h2%12+12 // "10 till 1", "9-5", "12 till 2"
		if h1 == 0 {
			h1 = 12
		}
	case h2 > h1 && h1 <= 6:
		h1, h2 = h1+12, h2+12 // "2 till 4"
	case h2 > h1 && h2 < 12:
		// "9 till 11"
	case h2 == 12 && h1 >= 7:
		// "9 till 12": noon
	default:
		return 0, false
	}
	if s == i {
		return h1, true
	}
	return h2, true
}

// scoreWords tell a match's result, whose "8-1" is a score, no hours.
var scoreWords = map[string]bool{"won": true, "win": true, "wins": true, "beat": true, "beaten": true, "lost": true, "lose": true, "drew": true,
	"draw": true, "defeated": true, "defeat": true, "victory": true, "score": true, "scored": true, "goals": true, "thrashed": true, "led": true}

// bareHour reports whether token k is an hour alone, 1 to 12, with no
// minutes nor half of the day written to it ("2" of "from 2 to 4 p.m.").
func (t *Tagger) bareHour(k int) bool {
	tk := t.tok(k)
	return tk != nil && tk.kind == tNum && tk.nd <= 2 && tk.sfx == sfxNone && tk.n >= 1 && tk.n <= 12 &&
		!(t.glued(k+1) && (t.punct(k+1, ':') || t.punct(k+1, '.')) && t.glued(k+2) && t.tok(k+2) != nil && t.tok(k+2).kind == tNum)
}

// spanJoin reports whether token k joins the two ends of a span of hours:
// "to", "until", "till" or a dash.
func (t *Tagger) spanJoin(k int) bool {
	return t.isAny(k, "to", "until", "till") || t.dash(k)
}

// spanListHour reads the bare hour at i of spans of hours whose last end
// alone writes the half of the day: "Calling hours are 4 to 7 p.m.",
// "from 2 to 4 and 6 to 8 p.m.", "2-4 and 7-9 p.m.". It returns the hour
// of the day: going back from the end written whole, each hour is the
// latest of its two readings not after the next one ("9 to 11 and 1 to 3
// p.m." is 9 and 11 a.m., 1 and 3 p.m.), or the evening's when neither is
// (the evening before: "10 to 2 a.m."); and the token after the last end.
func (t *Tagger) spanListHour(i int) (int, int, bool) {
	if !t.bareHour(i) {
		return 0, 0, false
	}
	// is i a span's end ("4" of "2 to 4 and ...") or its start?
	end := t.spanJoin(i-1) && t.bareHour(i-2)
	if !end {
		if p := t.tok(i - 1); p != nil && (t.glued(i) && p.kind == tPunct || p.kind == tNum) {
			return 0, 0, false // "$2 to $4", "10-2 to 4": no hours
		}
	}
	var hs [8]int
	n := 0
	k := i
	for {
		if n == len(hs) {
			return 0, 0, false
		}
		hs[n] = int(t.tok(k).n)
		n++
		if end && !(t.isAny(k+1, "and", "or") || t.punct(k+1, ',')) || !end && !t.spanJoin(k+1) {
			return 0, 0, false
		}
		k += 2
		end = !end
		if end && (!t.bareHour(k) || t.isAny(k+1, "am", "pm")) {
			break // the span's end may write its half
		}
		if !t.bareHour(k) {
			return 0, 0, false
		}
	}
	// the last end: an hour with its half written ("8 p.m.", "9pm")
	tk := t.tok(k)
	if tk == nil || tk.kind != tNum || tk.nd > 2 || tk.n < 1 || tk.n > 12 || !(tk.sfx == sfxAM || tk.sfx == sfxPM || tk.sfx == sfxNone && t.isAny(k+1, "am", "pm")) {
		return 0, 0, false
	}
	last := hour12(int(tk.n), sfxAM)
	if tk.sfx == sfxPM || tk.sfx == sfxNone && t.is(k+1, "pm") {
		last = hour12(int(tk.n), sfxPM)
	}
	after := k + 1
	if tk.sfx == sfxNone {
		after++
	}
	for m := n - 1; m >= 0; m-- {
		am, pm := hour12(hs[m], sfxAM), hour12(hs[m], sfxPM)
		switch {
		case max(am, pm) <= last:
			last = max(am, pm)
		case min(am, pm) <= last:
			last = min(am, pm)
		default:
			last = max(am, pm)
		}
	}
	return last, after, true
}

// hour12 turns an hour of a half of the day into the hour of the day.
func hour12(h int, sfx uint8) int {
	h %= 12
	if sfx == sfxPM {
		h += 12
	}
	return h
}

// temperature reports whether the sentence around token i speaks of heat:
// "temperatures climbed into the 90s".
func (t *Tagger) temperature(i int) bool {
	return t.sentenceHas(i, 15, func(k int) bool {
		switch t.lowerWord(k) {
		case "temperature", "temperatures", "degrees", "thermometer", "highs", "lows", "heat", "fahrenheit", "celsius", "mercury":
			return true
		}
		return false
	})
}

// sentenceHas reports whether a word of token i's sentence, at most reach
// tokens away, satisfies is.
func (t *Tagger) sentenceHas(i, reach int, is func(k int) bool) bool {
	for _, step := range []int{-1, 1} {
		for k := i + step; k >= 0 && k < len(t.toks) && k > i-reach && k < i+reach; k += step {
			if tk := &t.toks[k]; tk.kind == tPunct {
				if _, stop := t.cue(k, false); stop {
					break
				}
				continue
			}
			if is(k) {
				return true
			}
		}
	}
	return false
}

// afternoonOfDay reports whether an hour from 1 to 6, told by "o'clock"
// or "half past" with no half of the day, right after the day it falls
// on in the same sentence, is the afternoon's: a day's appointment is
// kept in the working day ("The funeral will take place on Tuesday next,
// at half-past two o'clock": 14:30), unless the words or the clock just
// told say morning or night ("at four o'clock in the morning", "woke at
// five o'clock", after "at 11 p.m.").
func (t *Tagger) afternoonOfDay(i, j, h int) bool {
	return h >= 1 && h <= 6 && t.last.Prec == timeline.Day && t.last.Part == timeline.NoPart && t.lastEnd >= 0 && t.lastEnd <= i && i-t.lastEnd <= 6 &&
		t.sameSentence(t.lastEnd, i) && !t.nightClock() && !t.partNear(j) && !t.morningCue(i)
}

// pastTo reads a time told by the minutes before or after an hour: "half
// past six", "a quarter to nine", "twenty minutes past ten", "ten past
// five". The hour is as written (no a.m. or p.m. is guessed), unless a
// part of the day follows ("half past six in the evening").
func (t *Tagger) pastTo(i int) (res, bool) {
	j, m := i, 0
	lone := false // a number of minutes alone before "to": "ten to five"
	switch {
	case t.is(j, "half"):
		m, j = 30, j+1
	case t.is(j, "a") && t.is(j+1, "quarter"):
		m, j = 15, j+2
	case t.is(j, "quarter"):
		m, j = 15, j+1
	default:
		n, k, ok := t.smallNumber(j)
		if !ok || n < 1 || n > 29 {
			return res{}, false
		}
		m, j = n, k
		if t.isAny(j, "minutes", "minute", "mins") {
			j++
		} else if n%5 != 0 || !t.isAny(j, "past", "after") && !(t.is(j, "to") && t.clockLead(i, false)) {
			return res{}, false // "two to three days"
		} else {
			lone = t.is(j, "to")
		}
	}
	if t.dash(j) && t.glued(j) && t.glued(j+1) && t.isAny(j+1, "past", "to") {
		j++ // "half-past Eleven", as Hansard writes it
	}
	before, bare := false, false
	switch {
	case t.isAny(j, "past", "after"):
	case t.is(j, "to"):
		before = true
	case m == 30 && j == i+1 && t.clockLead(i, true):
		// "meet at half six", "until half 5": half past, as British
		// speech says it
		bare, j = true, i
	default:
		return res{}, false
	}
	if m == 30 && before {
		return res{}, false
	}
	h, k, ok := t.smallNumber(j + 1)
	if !ok || h < 1 || h > 12 {
		if bare || !t.isAny(j+1, "noon", "midnight") {
			return res{}, false
		}
		h, k = 12, j+2
		if t.is(j+1, "midnight") {
			h = 0
		}
	}
	if t.is(k, "o") && (t.punct(k+1, '\'') || t.punct(k+1, '’')) && t.is(k+2, "clock") {
		k += 3
	} else if (bare || lone) && !t.spokenClockEnds(k) {
		return res{}, false // "at half 6 metres", "by ten to five percent": a count
	}
	if before {
		h, m = (h+23)%24, 60-m
		if h == 0 {
			h = 12
		}
	}
	sfx := uint8(sfxNone)
	switch {
	case t.isAny(k, "am", "pm"):
		sfx, k = sfxAM, k+1
		if t.is(k-1, "pm") {
			sfx = sfxPM
		}
	case t.tok(k) != nil && (t.tok(k).sfx == sfxAM || t.tok(k).sfx == sfxPM):
	default:
		if s, k2 := t.dayPartSuffix(k, h); s != sfxNone {
			sfx, k = s, k2
		} else if t.afternoonOfDay(i, k, h) || (bare || lone) && t.spokenAfternoon(i, k, h) {
			h += 12
		}
	}
	if sfx == sfxAM && h == 12 {
		h = 0
	}
	if sfx == sfxPM && h < 12 {
		h += 12
	}
	return t.placeClock(i, k, timeline.Date{Prec: timeline.Minute, Hour: h, Minute: m}, sfx)
}

// spokenAfternoon reports whether an hour from 1 to 6 told the British
// way, without "past" ("at half five", "until ten to four"), is the
// afternoon's: so the talk of the day's doings means it ("the shop
// closes at half five": 17:30), unless the words or the clock just told
// say morning or night ("the alarm went at half five").
func (t *Tagger) spokenAfternoon(i, k, h int) bool {
	return h >= 1 && h <= 6 && !t.nightClock() && !t.partNear(k) && !t.morningCue(i)
}

// clockLead reports whether the word before token i says a clock time
// follows ("at", "until"): the British "half six" and "ten to five" are
// times only there. "half six" is one after "by", "about" or "from" too
// ("open from half nine"), but "from ten to five" is a range of hours,
// "won by ten to four" a score and "about ten to twelve" a count.
func (t *Tagger) clockLead(i int, half bool) bool {
	return t.isAny(i-1, "at", "until", "till", "before") || half && t.isAny(i-1, "by", "around", "about", "after", "from")
}

// spokenClockEnds reports whether token k may end a clock time read without
// its "past" or "o'clock" ("at half six on Friday", "until ten to
// five."): the end of the text or of a clause, a preposition, a
// conjunction or a word of the day, not a noun of a count ("half 6
// metres").
func (t *Tagger) spokenClockEnds(k int) bool {
	tk := t.tok(k)
	if tk == nil {
		return true
	}
	if tk.kind == tPunct {
		return !t.punct(k, '%') && !(t.glued(k) && (t.dash(k) || t.punct(k, '/')))
	}
	return t.isAny(k, "on", "in", "at", "and", "or", "but", "so", "when", "with", "for", "tonight", "tomorrow", "today", "this", "next",
		"sharp", "am", "pm", "till", "until", "to", "every", "each", "then", "before", "after", "by", "outside", "inside", "please")
}

// spelledClock reads an hour written in words with what makes it a time:
// "seven o'clock", "eight tonight", "six in the morning", "ten o'clock
// this morning". A number word alone ("at seven") is no time: it may be
// anything counted.
func (t *Tagger) spelledClock(i int) (res, bool) {
	tk := t.tok(i)
	if tk == nil || tk.kind != tWord || tk.w() == nil || tk.w().num < 1 || tk.w().num > 12 || t.glued(i+1) && !t.punct(i+1, '\'') {
		return res{}, false
	}
	h, k := tk.w().num, i+1
	oclock := t.is(k, "o") && (t.punct(k+1, '\'') || t.punct(k+1, '’')) && t.is(k+2, "clock")
	if oclock {
		k += 3
	}
	sfx := uint8(sfxNone)
	if s, k2 := t.dayPartSuffix(k, h); s != sfxNone {
		sfx, k = s, k2
	} else if !oclock && !t.deicticPart(k).ok {
		return res{}, false
	}
	if sfx == sfxAM && h == 12 {
		h = 0
	}
	if sfx == sfxPM && h < 12 {
		h += 12
	}
	if oclock && sfx == sfxNone && h < 12 && t.last.Prec >= timeline.Hour && t.last.Hour >= 12 && h+12 > t.last.Hour && t.lastEnd <= i && i-t.lastEnd <= 40 {
		h += 12 // "met at 7.30pm. Questions ran on until almost ten o'clock": that evening's ten
	} else if oclock && sfx == sfxNone && t.afternoonOfDay(i, k, h) {
		h += 12 // "on Tuesday next, at two o'clock": the afternoon's
	}
	prec := timeline.Hour
	if oclock {
		prec = timeline.Minute
	}
	return t.placeClock(i, k, timeline.Date{Prec: prec, Hour: h}, sfx)
}

// smallNumber reads a number written in digits or words ("six", "twenty",
// "twenty-five") at j: its value and the token after it.
func (t *Tagger) smallNumber(j int) (int, int, bool) {
	if n, nd, ok := t.num(j); ok && nd <= 2 && t.tok(j).sfx == sfxNone {
		return n, j + 1, true
	}
	w := t.w(j)
	if w == nil || w.num <= 0 || w.num >= 100 {
		return 0, j, false
	}
	n, k := w.num, j+1
	if n >= 20 && n%10 == 0 && t.dash(k) && t.glued(k) {
		if u := t.w(k + 1); u != nil && u.num > 0 && u.num < 10 {
			n, k = n+u.num, k+2
		}
	}
	return n, k, true
}

// militaryTime reads an hour and minutes written as four digits: "at 1400
// hours", "0600 GMT", "at 0415 local time", "at 0930".
func (t *Tagger) militaryTime(i int) (res, bool) {
	tk := t.tok(i)
	if tk == nil || tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone && tk.sfx != sfxHrs && tk.sfx != sfxZulu ||
		tk.sfx != sfxZulu && t.glued(i+1) && t.tok(i+1).kind == tPunct && !t.punct(i+1, ',') && !t.punct(i+1, '.') && !(t.punct(i+1, ':') && !t.glued(i+2)) {
		return res{}, false
	}
	h, m := int(tk.n)/100, int(tk.n)%100
	if h > 23 || m > 59 {
		return res{}, false
	}
	if p := t.tok(i - 1); p != nil && t.glued(i) && p.kind == tPunct && !t.punct(i-1, '(') && !t.punct(i-1, '[') {
		return res{}, false // "-1400", "/0600"; not "(1800 GMT Saturday)"
	}
	zero := t.text[tk.start] == '0'
	prep := t.isAny(i-1, "at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "to")
	j := i + 1
	_, zone := lowerGet(t, j, zones)
	zone = zone && t.tok(j).upper
	if !zone && t.tok(j) != nil && t.tok(j).kind == tWord {
		if _, generic, k, ok := t.zoneAt(j); ok && !generic && k > j+1 {
			zone = true // "1442 Mountain Standard Time", "about 1527 eastern standard time"
		}
	}
	if t.movedFigure(i) {
		return res{}, false // "the index rose to 2100 on Monday"
	}
	if t.streetAfter(j) {
		return res{}, false // "He lives at 1400 Main Street"
	}
	if lowerIn(t, j, countNouns) && !t.isAny(j, "hours", "hrs", "hr") {
		return res{}, false // "stations at 2100 m altitude", "at 2359 ft"
	}
	afterDay := t.punct(i-1, ',') && t.lastEnd == i-1 && t.last.Prec == timeline.Day // ("Fri 16 Aug 2024, 1342: ...")
	logStart := t.lineStart(i) || afterDay                                           // (a log's entry: "1530 hrs: Fire crosses")
	switch {
	case tk.sfx == sfxZulu && !t.glued(i):
		// "1830Z": UTC (not "/O.NEW.KGRB.WS.W.0004.251217T0000Z-", a code)
	case tk.sfx == sfxHrs && (prep || zero || logStart):
		// "At 2200hrs"
	case t.isAny(j, "hours", "hrs", "hr") && (prep || zero || logStart):
		j++
	case t.punct(j, ':') && !t.glued(j+1) && afterDay:
	case zero && t.lastEnd == i && t.last.Prec == timeline.Day:
		// "ETA Friday 24 Oct 0215": the time of the day just written
	case t.lastEnd == i && t.last.Prec == timeline.Day && t.wideAfter(i) && t.wideAfter(i-1):
		// "28.6.16  2130   Bn moved off": a diary's Date and Hour columns
	case t.tideTime(i):
	case zone:
	case t.is(j, "local") && t.is(j+1, "time") && (prep || zero || t.punct(i-1, '(')):
		j += 2 // ("1442 UTC (1542 local time)": the same moment, told locally)
	case t.is(j, "local") && t.punct(i-1, '(') && t.punct(j+1, ')'):
		j++ // "(1542 local)"
	case t.is(i-1, "at") && t.lastClock.Prec >= timeline.Minute && t.lastClock.HasZone && !t.lastClock.IsZero() && t.lastClockFour:
		// "It landed at 1442 UTC ... Help was alerted at 1446": a
		// report that writes its times as four digits
	case t.isAny(i-1, "about", "around", "approximately", "by", "until", "before", "after", "at") && t.lastClock.Prec >= timeline.Minute && !t.lastClock.IsZero() && t.lastClockFour &&
		t.lastClock.DayOf() == t.last.DayOf() && int(tk.n) >= t.lastClock.Hour*100+t.lastClock.Minute && int(tk.n)-(t.lastClock.Hour*100+t.lastClock.Minute) <= 600:
		// "about 1527 eastern standard time ... by about 1535 ... around
		// 1540": the times after a four-digit time of the day told, a
		// few hours on at most
	case zero && prep:
	case t.isAny(i-1, "from", "between") && (t.isAny(j, "to", "and", "until", "till") || t.dash(j)) && t.clockDigitsAt(j+1):
		// "from 1800 to 2359 on Friday": the range's other end is a time
	case t.isAny(i-1, "at", "until", "till") && (tk.n >= 2100 || t.hasRef && int(tk.n) > t.ref.Year()+30):
		// "returned at 2230": no year
	case t.is(i-1, "at") && t.last.Prec >= timeline.Day && t.last.Year-int(tk.n) > 100:
		// "Divine service at 1030", on a day of 1911: no year centuries
		// before the story's day
	case t.isAny(i-1, "at", "until", "till") && t.siblingClock(i):
		// "left the house at 1800 and returned at 2230": a time beside
		// a time
	case t.logLabel(i):
		// "2205  Call from the licensee ...", a log's lines labelled by
		// their times
	case logStart && t.lastClockFour && t.lastClock.Prec >= timeline.Minute && !t.lastClock.IsZero() && t.wideAfter(i):
		// a war diary's Hour column: "28.6.16  0930   Bn paraded", then
		// "        1430   Bn moved off" on the next line
	case (prep || t.is(i-1, "valid")) && t.clockCue(j):
		// "leave at 1745 on Friday", "from 0600 Tuesday to 1800
		// Wednesday", "at 1930 each evening": a day or a habit after
		// it makes the number a time, not a year
	default:
		return res{}, false
	}
	return t.placeClock(i, j, timeline.Date{Prec: timeline.Minute, Hour: h, Minute: m}, sfxHrs)
}

// isLog reports whether the text is a log: three lines or more open with a
// time of day ("2205  Call from ...", "- 00:14 Road traffic collision"),
// one of them written so that it can be no year ("0014", "2205", "22:05").
func (t *Tagger) isLog() bool {
	if t.logText != 0 {
		return t.logText > 0
	}
	t.logText = -1
	n, sure := 0, false
	text := t.text
	for ls := 0; ls < len(text); {
		if ok, can := logLineAt(text, ls); ok {
			n++
			sure = sure || can
			if n >= 3 && sure {
				t.logText = 1
				return true
			}
		}
		nl := strings.IndexByte(text[ls:], '\n')
		if nl < 0 {
			break
		}
		ls += nl + 1
	}
	return false
}

// fullDatePat is a full date as a log's or a diary's entry opens with it:
// "12/01/2025", "2025-01-12", "Sunday 12 January 2025", "Jan. 12, 2025".
const fullDatePat = `(?:\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)|(?:[A-Z][a-z]{2,8},?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})`

// stampRe opens a line with a full date and a time of day: "12/01/2025
// 09:15", "2025-01-12 09:15", "- 12 January 2025, 09:15", "[Jan 12, 2025
// at 9:15".
var stampRe = regexp.MustCompile(`^[ \t]*(?:[-*•][ \t]+)?\[?` + fullDatePat + `(?:,|[ \t]+at)?[ \tT]*\d{1,2}[:.]\d\d\b`)

// entryOpenRe opens a line with a full date, perhaps its time, and a stop
// or a dash before the entry's words: "12 January 2025. Walked to the old
// town", "12/01/2025 09:15 - Ward round".
var entryOpenRe = regexp.MustCompile(`^[ \t]*` + fullDatePat + `(?:(?:,|[ \t]+at)?[ \tT]*\d{1,2}[:.]\d\d)?[ \t]*(?:[.:—–]|-)\s`)

// linePrefix is the start of the line at ls, at most 100 bytes and its
// line break: as much as a stamp or an entry's opening day can take.
func linePrefix(text string, ls int) string {
	e := min(len(text), ls+100)
	if nl := strings.IndexByte(text[ls:e], '\n'); nl >= 0 {
		e = ls + nl + 1
	}
	return text[ls:e]
}

// entryKind tells how the lines of text open: 1 when three or more open
// with a full date and a time (a log: see stampRe), 2 when two or more, or
// the first, open with a full date and a stop (a diary's entries: see
// entryOpenRe), -1 otherwise. Only lines that open with a digit, a
// capital or a list's mark are tried.
func entryKind(text string) int8 {
	stamps, entries := 0, 0
	for ls := 0; ls < len(text); {
		k := ls
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < len(text) && (text[k] >= '0' && text[k] <= '9' || text[k] >= 'A' && text[k] <= 'Z' || text[k] == '-' || text[k] == '*' || text[k] == '[' || text[k] == 0xe2) {
			p := linePrefix(text, ls)
			if stampRe.MatchString(p) {
				if stamps++; stamps >= 3 {
					return 1
				}
			}
			if entryOpenRe.MatchString(p) {
				entries++
				if ls == 0 {
					entries++
				}
			}
		}
		nl := strings.IndexByte(text[ls:], '\n')
		if nl < 0 {
			break
		}
		ls += nl + 1
	}
	if entries >= 2 {
		return 2
	}
	return -1
}

// logLineAt reports whether the line that starts at ls opens with a time
// of day and then a word ("2205  Call", "- 00:14 Road"), and whether that
// time can be no year (a leading zero, 2100 or later, or a colon).
func logLineAt(text string, ls int) (ok, sure bool) {
	i := ls
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i+1 < len(text) && (text[i] == '-' || text[i] == '*') && (text[i+1] == ' ' || text[i+1] == '\t') {
		i += 2
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
	}
	digit := func(k int) bool { return k < len(text) && text[k] >= '0' && text[k] <= '9' }
	if !digit(i) || !digit(i+1) {
		return false, false
	}
	h := int(text[i]-'0')*10 + int(text[i+1]-'0')
	j, colon := i+2, false
	if j < len(text) && text[j] == ':' {
		j, colon = j+1, true
	}
	if !digit(j) || !digit(j+1) || h > 23 || text[j] > '5' {
		return false, false
	}
	k := j + 2
	if k >= len(text) || text[k] != ' ' && text[k] != '\t' {
		return false, false
	}
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) || !(text[k] >= 'A' && text[k] <= 'Z' || text[k] >= 'a' && text[k] <= 'z' || text[k] >= 0x80) {
		return false, false
	}
	return true, text[i] == '0' || h >= 21 || colon
}

// logLabel reports whether the clock time at token i labels a line of a
// log.
func (t *Tagger) logLabel(i int) bool {
	return t.lineStart(i) && (t.isLog() || t.hasRef && !t.narrative && t.stampAlone(i))
}

// stampAloneRe is a time of day alone on its line, perhaps with its zone
// (and the same time in another zone): a live page's post stamp ("15:10
// GMT", "9:02 AM ET", "10:14 PST / 18:14 GMT").
var stampAloneRe = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?(?:[ \t]*/[ \t]*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?[ \t]*(?:\r?\n|$)`)

// stampAlone reports whether the time at token i stands alone on its line
// (see stampAloneRe).
func (t *Tagger) stampAlone(i int) bool {
	tk := t.tok(i)
	return tk != nil && stampAloneRe.MatchString(t.text[tk.start:min(len(t.text), int(tk.start)+24)])
}

// stampLineRe opens a line with a time of day: a log's or a live page's.
var stampLineRe = regexp.MustCompile(`^[ \t]*(?:[-*•][ \t]+)?(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?(?:[ \t]|$)`)

// newestFirst reports whether the times that open the text's lines run
// newest first, as a live page's posts do: of the two readings, down the
// page back in time or forward, the one whose steps add up to less time
// (a page of posts from 15:10 back to 08:15 spans seven hours read
// backwards, forty read forwards, each step back a day).
func (t *Tagger) newestFirst() bool {
	if t.stampOrder != 0 {
		return t.stampOrder < 0
	}
	t.stampOrder = 1
	var mins []int
	for line := range strings.Lines(t.text) {
		m := stampLineRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		h, mm := atoi2(m[1]), atoi2(m[2])
		if h > 23 || mm > 59 {
			continue
		}
		if m[3] != "" && h <= 12 {
			h %= 12
			if m[3] == "p" || m[3] == "P" {
				h += 12
			}
		}
		mins = append(mins, h*60+mm)
	}
	if len(mins) < 2 {
		return false
	}
	fwd, back := 0, 0
	for k := 1; k < len(mins); k++ {
		d := mins[k] - mins[k-1]
		fwd += (d + 24*60) % (24 * 60)
		back += (-d + 24*60) % (24 * 60)
	}
	if back < fwd {
		t.stampOrder = -1
	}
	return t.stampOrder < 0
}

// atoi2 reads a number of one or two digits.
func atoi2(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// logDay returns the day of a log's line labelled by the time min (in
// minutes) at token i, which clockDay read as day (ok): the day of the
// line before, the next when the time went back past midnight ("2350",
// then "0014"), unless a later day was written since; the first line of a night
// ("Saturday 8 March into Sunday 9 March", then "2205") is of the evening's.
func (t *Tagger) logDay(i, min int, day timeline.Date, ok bool) (timeline.Date, bool) {
	if t.labClock < 0 && t.hasRef && !t.narrative && t.stampAlone(i) && !(t.lastEnd == i && t.last.Prec >= timeline.Day) {
		// a live page's first post: the page's day, not one its
		// summary named ("Key events: strikes on 1 April")
		day, ok = dayDate(t.ref), true
	}
	if t.labClock >= 0 && t.newestFirst() {
		// posts newest first: the day of the post above, the day before
		// when the time went forward past midnight down the page
		day, ok = t.labDay, true
		if min > t.labClock {
			if tt, ok2 := dayTime(day); ok2 {
				day = dayDate(tt.AddDate(0, 0, -1))
			}
		}
		t.labClock, t.labDay, t.labEnd = min, day.DayOf(), i+1
		return day, ok
	}
	switch {
	case t.labClock >= 0 && !(t.lastDayEnd > t.labEnd && timeline.Compare(t.lastDay.DayOf(), t.labDay) > 0 && !t.labTimed(t.lastDayEnd) && !t.dayInPost(i)):
		day, ok = t.labDay, true
		if min < t.labClock-180 {
			if tt, ok2 := dayTime(day); ok2 {
				day = dayDate(tt.AddDate(0, 0, 1))
			}
		}
	case t.labClock < 0 && ok && min >= 12*60 && t.prevDay.Prec >= timeline.Day && t.lastDay.Prec >= timeline.Day && t.prevDayEnd >= 0 && !t.lineBetween(t.prevDayEnd-1, t.lastDayEnd-1):
		if pt, ok1 := dayTime(t.prevDay.DayOf()); ok1 {
			if lt, ok2 := dayTime(t.lastDay.DayOf()); ok2 && pt.AddDate(0, 0, 1).Equal(lt) && day.DayOf() == t.lastDay.DayOf() {
				day = t.prevDay.DayOf()
			}
		}
	}
	if ok {
		t.labClock, t.labDay, t.labEnd = min, day.DayOf(), i+1
	}
	return day, ok
}

// dayInPost reports whether the later day written since a live page's last
// post stamp, before the stamp alone on its line at i, was only told in
// the post's sentences ("09:40 GMT¶Ferries are cancelled until Thursday.¶
// 10:15 GMT", "The Scottish window closes on Monday 2 September"): a day
// the post spoke of, not one the page moved on to, as a day heading on its
// own line would be ("Wednesday 15 January¶00:10 GMT").
func (t *Tagger) dayInPost(i int) bool {
	return t.hasRef && !t.narrative && t.lastDayStart > t.labEnd && !t.lineStart(t.lastDayStart) && t.stampAlone(i)
}

// dayHeadAbove reports whether the last day was told alone on its line,
// a heading over what follows ("Wednesday 8 January 2025").
func (t *Tagger) dayHeadAbove() bool {
	return t.lastDayStart >= 0 && t.lineStart(t.lastDayStart) && (t.lastDayEnd >= len(t.toks) || t.newLine(t.lastDayEnd))
}

// labTimed reports whether the day that ended at token k was a log line's
// own time (its label), which moves no day.
func (t *Tagger) labTimed(k int) bool { return k <= t.labEnd+2 }

// siblingClock reports whether the line of the four digits at i has
// other four digits that can only be a time of day after "at", "until" or
// "by" ("returned at 2230", "at 0105"): then these are a time too.
func (t *Tagger) siblingClock(i int) bool {
	for _, dir := range []int{1, -1} {
		for k := i + dir; k >= 0 && k < len(t.toks) && k != i+dir*30; k += dir {
			tk := &t.toks[k]
			if dir > 0 && t.newLine(k) || dir < 0 && t.newLine(k+1) {
				break // (a log's line is one entry: "returned at 2230 ... when she left at 1800")
			}
			if tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone || !t.isAny(k-1, "at", "until", "till", "by", "from", "to") {
				continue
			}
			if h, m := int(tk.n)/100, int(tk.n)%100; h > 23 || m > 59 {
				continue
			}
			if t.text[tk.start] == '0' || tk.n >= 2100 || t.hasRef && int(tk.n) > t.ref.Year()+30 {
				return true
			}
		}
	}
	return false
}

// clockDigitsAt reports whether token j is four digits that read as a
// time of day by what follows them ("2359 on Friday", "0900 GMT").
func (t *Tagger) clockDigitsAt(j int) bool {
	tk := t.tok(j)
	if tk == nil || tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone || int(tk.n)/100 > 23 || int(tk.n)%100 > 59 {
		return false
	}
	_, zone := lowerGet(t, j+1, zones)
	return t.text[tk.start] == '0' || zone || t.clockCue(j+1) || t.isAny(j+1, "hours", "hrs")
}

// clockCue reports whether token j, right after four digits, says they
// are a time of day: a weekday ("1800 Wednesday", "1500 Tue"), "on" and a
// weekday, a day named from today ("tonight", "tomorrow"), or a habit
// ("each evening", "daily").
func (t *Tagger) clockCue(j int) bool {
	if w := t.w(j); w != nil && w.wday > 0 {
		return true
	}
	if t.is(j, "on") {
		if w := t.w(j + 1); w != nil && w.wday > 0 {
			return true
		}
	}
	if p := t.w(j); p != nil && p.part != timeline.NoPart && !p.plural {
		return true // "at 2100 in the evening"... "2100 hours"
	}
	if t.isAny(j, "the", "that", "this", "last") {
		k := j + 1
		if t.isAny(k, "previous", "following", "next", "same") {
			k++
		}
		if p := t.w(k); p != nil && p.part != timeline.NoPart && !p.plural {
			return true // "at about 2100 the previous evening"
		}
	}
	return t.isAny(j, "today", "tonight", "tomorrow", "yesterday", "daily", "nightly") ||
		t.isAny(j, "each", "every") && t.w(j+1) != nil && (t.w(j+1).part != timeline.NoPart || t.w(j+1).unit == uDay || t.w(j+1).wday > 0)
}

// zoneOffset reads the offset written right after UTC or GMT: "+2",
// "-05:00", "+0530", "−05:00" (a minus sign, as timeline.Date.Human
// writes it). It returns minutes east of UTC.
func (t *Tagger) zoneOffset(j int) (int, int, bool) {
	if !t.glued(j) || !(t.punct(j, '+') || t.dash(j) || t.punct(j, '−')) || !t.glued(j+1) {
		return 0, j, false
	}
	sign := 1
	if !t.punct(j, '+') {
		sign = -1
	}
	n, nd, ok := t.num(j + 1)
	if !ok || t.tok(j+1).sfx != sfxNone {
		return 0, j, false
	}
	h, m, k := n, 0, j+2
	switch nd {
	case 1, 2:
		if t.punct(k, ':') && t.glued(k) && t.glued(k+1) {
			if mm, mnd, ok := t.num(k + 1); ok && mnd == 2 {
				m, k = mm, k+2
			}
		}
	case 4:
		h, m = n/100, n%100
	default:
		return 0, j, false
	}
	if h > 14 || m > 59 {
		return 0, j, false
	}
	return sign * (h*60 + m), k, true
}

// usSummerTime reports whether daylight saving time is in force in the
// United States on day d: from the second Sunday of March to the first
// Sunday of November (the rules since 2007; earlier years are taken by the
// same rule, which is off by a few weeks at most at its edges).
func usSummerTime(d timeline.Date) bool {
	if d.Prec < timeline.Day || d.Year < 1967 {
		return false
	}
	sunday := func(m time.Month, nth int) int {
		first := time.Date(d.Year, m, 1, 0, 0, 0, 0, time.UTC)
		off := (7 - int(first.Weekday())) % 7
		return 1 + off + 7*(nth-1)
	}
	switch {
	case d.Month > 3 && d.Month < 11:
		return true
	case d.Month == 3:
		return d.Day >= sunday(time.March, 2)
	case d.Month == 11:
		return d.Day < sunday(time.November, 1)
	}
	return false
}

// clockDay returns the day a time of day at token i falls on when no day
// is written next to it: the day just written ("on July 20, 1969, at
// 10:56 p.m."), the last day of the story ("On 3 March the army marched.
// By midnight the city had fallen."), or else the reference day.
func (t *Tagger) clockDay(i int) (timeline.Date, bool) {
	t.clockFromRef = false
	if i-t.setEnd <= 6 && t.sameSentence(t.setEnd, i) || t.setAfter(i) {
		// "every Monday at 10:00", "at 9 a.m. each Friday": the time of
		// each of them, no one day's
		return timeline.Date{}, false
	}
	if t.lookBackLine(i) {
		// "Irene strengthened Thursday ... Andrew came ashore on Aug.
		// 24, 1992, killing 26 people.¶Officials held a briefing at
		// noon": a news story's time on a line after one that looked
		// back years is of a day the words do not say (most often the
		// story's own), not of the day looked back to
		return timeline.Date{}, false
	}
	if u := t.unknownEnd; u >= t.lastEnd && u <= i && (i-u <= 2 && (u == i || t.punct(u, ',') || t.is(u, "at") || t.punct(u, ',') && t.is(u+1, "at")) ||
		u > t.lastEnd && i-u <= 12 && t.sameSentence(u, i)) {
		// "on Friday, September 15, at 10 a.m." in a year whose 15
		// September is no Friday, "Friday: Stations of the Cross at
		// 10am" with no week to place it in: the day written before it
		// in its sentence, left unknown, is its day; no other
		return timeline.Date{}, false
	}
	if u := t.unknownEnd; u >= t.lastEnd && u <= i && t.unknownPrec >= timeline.Day && t.unknownStart >= 0 && t.lineStart(t.unknownStart) && !t.paragraphBetween(u, i) {
		// "Thursday, Feb. 5. — Between two and three in the afternoon
		// we came within sight of ...", the entry's day left unknown:
		// its times are of that day, not the day of the entry above
		return timeline.Date{}, false
	}
	if t.prevDay.Prec >= timeline.Day && t.prevDayEnd >= 0 && i-t.prevDayEnd <= clockReach && t.prevDay.DayOf() != t.lastDay.DayOf() && t.onTheDay(i) {
		// "The workshop is on 21 September 2025. Slides are due on 5
		// September 2025. On the day, sessions run from 9:00": the day
		// of what the text is about, which of the days told the words do
		// not say (not the last one's)
		return timeline.Date{}, false
	}
	if t.prevDay.Prec >= timeline.Day && t.prevDayEnd >= 0 && i-t.prevDayEnd <= clockReach && t.prevDay.DayOf() != t.lastDay.DayOf() && t.namedDayAfter(i) {
		// "- Lifts: Sunday 15 June 2025 ... - Contingency day: Sunday 22
		// June 2025. - Road reopens by 20:00 on the lift day": a day the
		// words name by what is done on it, of the days told, not the
		// last one's
		return timeline.Date{}, false
	}
	if t.last.Prec >= timeline.Day && t.lastEnd <= i {
		if open, ok := t.asideClosedBefore(t.lastStart, t.lastEnd, i); ok {
			// "On Whit Monday (the Spring bank holiday falls on 26 May
			// this year, so this is not a bank holiday) the Scouts hold
			// their duck race at 3pm": the day of the aside is not the
			// sentence's; the day told before the bracket is, or none
			if t.prevDay.Prec >= timeline.Day && t.prevDayEnd >= 0 && t.prevDayEnd <= open && t.sameSentence(t.prevDayEnd, i) {
				return t.prevDay.DayOf(), true
			}
			return timeline.Date{}, false
		}
	}
	if t.sinceDay.Prec >= timeline.Day && (t.sinceEnd == i || t.leadsTo(t.sinceEnd, i)) {
		// "since yesterday noon", "had smelled smoke the evening before,
		// at about 19:30": the day written right before it, whether or
		// not the story moved there
		return t.sinceDay.DayOf(), true
	}
	if t.slotDayLater && t.opensSlot(i) {
		// "10:06  Interview. The bridge should reopen on 26 February.¶
		// 10:18  Music.": the next slot of the programme is on the
		// programme's day, not on the day the slot before told of
		return t.slotDay, true
	}
	if t.last.Prec >= timeline.Day && (t.lastEnd == i || t.leadsTo(t.lastEnd, i)) {
		return t.lastClockDay(), true // "by 8 May 2026, 23:59 UTC", "for Thursday 6 February between 8am and 1pm", "on Friday, at 9pm": the day written right before it
	}
	if t.last.Prec >= timeline.Hour && t.lastEnd == i-1 && (t.isAny(i-1, "and", "to", "until", "till") || t.punct(i-1, '-') || t.punct(i-1, '–')) {
		return t.lastClockDay(), true // "between 8am and 1pm": the end of a span of hours is on its start's day (overnight, the range moves it on)
	}
	if t.hasRef && !t.narrative && t.stageDirection(i) {
		// "[Whereupon, at 12:41 p.m., the hearing was adjourned.]": a
		// transcript's own note of its day's proceedings, whatever day
		// the speakers spoke of last
		return dayDate(t.ref), true
	}
	if t.hasRef && !t.narrative && t.meetingClosed(i) {
		// "A hearing was held on 8 May.¶The meeting closed at 8.12pm.",
		// in minutes of 13 May: the minutes' own note of the close of
		// their meeting, whatever day its items named last
		return dayDate(t.ref), true
	}
	if t.eveBefore(i) {
		// "On the eve of the wedding my mother sat up with me until past
		// midnight": the day before one the words do not date
		return timeline.Date{}, false
	}
	if d, ok := t.storyDayPastAside(i); ok {
		return d, true
	}
	if !t.hasRef && t.last.Prec >= timeline.Day && t.lastDay.Prec >= timeline.Day && t.last.DayOf() == t.lastDay.DayOf() && t.lastDayStart >= 0 && t.lastDayEnd <= i &&
		!t.sameSentence(t.lastDayEnd, i) && t.tense(i, i+1) < 0 && t.tense(t.lastDayStart, t.lastDayEnd) > 0 {
		// "An inquest will open on 24 June 2025.¶Anyone with footage
		// recorded between 7.30pm and 8pm ...", with no date of the
		// writer's: a past time after a day told to come is of some day
		// before it, which the words do not say; not of that day
		return timeline.Date{}, false
	}
	if t.last.Prec >= timeline.Day && !t.narrative && i-t.lastEnd <= clockReach && t.pastDay.Prec >= timeline.Day && i-t.pastDayEnd <= clockReach &&
		t.pastDay.DayOf() != t.last.DayOf() && t.notToCome(i) {
		// "attacked between 11pm on Saturday and 1am ... arrested on
		// Sunday ... bailed until 3 January ... had left the pub at
		// 10.45pm": a past time after a day to come is one of the days
		// told before it, which one the words do not say; no day rather
		// than the writer's
		return timeline.Date{}, false
	}
	if t.last.Prec >= timeline.Day && t.lastSetEnd == t.lastEnd && t.lastEnd <= i && i-t.lastEnd <= 30 && t.lineStart(t.lastStart) && !t.lineBetween(t.lastEnd-1, i) {
		// "Sat 4 Oct: Dunmore v Harton Rovers, 3pm": the day that opens
		// the line is its times'
		return t.lastClockDay(), true
	}
	if !t.narrative && t.last.Prec >= timeline.Day && t.lastSetEnd == t.boundEnd && !t.sameSentence(t.lastEnd, i) && (t.pastDay.Prec >= timeline.Day || t.hasRef) {
		// "Valid until 06:00 GMT Sunday. Synopsis at 12:00 GMT: ...": a
		// bound to come is no day the text goes on in; the day told
		// before it is, or the writer's
		if t.pastDay.Prec >= timeline.Day {
			return t.pastDay.DayOf(), true
		}
		return dayDate(t.ref), true
	}
	if !t.narrative && t.last.Prec == timeline.Day && t.last == t.spanTo && t.lastSetEnd == t.spanEnd && t.spanFrom.Prec == timeline.Day && t.spanFrom != t.spanTo && t.spanEnd <= i && !t.sameSentence(t.spanEnd, i) {
		// "An overtime ban will run from 25 March to 7 April. On strike
		// days, trains will stop by 18:30": a time of some day or every
		// day of the span told before, which the words do not say; not
		// its last day's
		return timeline.Date{}, false
	}
	if !t.narrative && t.last.Prec >= timeline.Day && t.last == t.lastDay && t.lastDayEnd == t.lastEnd && t.isAny(t.lastStart, "today", "tomorrow", "yesterday", "tonight") &&
		t.prevDay.Prec >= timeline.Day && t.prevDay.DayOf() != t.lastDay.DayOf() && t.prevDayEnd >= 0 && t.paragraphBetween(t.lastEnd, i) && !t.paragraphBetween(t.prevDayEnd, t.lastStart) {
		// "Kingsmere host Harbour City on Saturday 7 September. The
		// doctor will assess Okafor tomorrow.¶Doors open at 11am": a
		// time in a new paragraph after one that told a day and then,
		// in passing, the writer's next one: which of them the words do
		// not say
		return timeline.Date{}, false
	}
	if t.last.Prec == timeline.Day && t.lastStart >= 0 && t.lastEnd-t.lastStart == 3 && t.is(t.lastStart, "the") && !t.sameSentence(t.lastEnd, i) && t.pluperfect(t.lastStart) && !t.pluperfect(i) &&
		(t.is(t.lastStart+1, "previous") && t.is(t.lastStart+2, "day") || t.is(t.lastStart+1, "day") && t.is(t.lastStart+2, "before")) {
		// "He had flown the same airplane the previous day. The flight
		// departed at 16:05", no day told before but the writer's: the
		// day told in the pluperfect is the one before the story's, which
		// the next sentence in the past goes on with
		if tt, ok := dayTime(t.last.DayOf()); ok && t.hasRef && t.prevDayEnd < 0 && dayDate(tt.AddDate(0, 0, 1)) == dayDate(t.ref) {
			return dayDate(t.ref), true
		}
	}
	if !t.narrative && !(t.last.Prec >= timeline.Day && t.sameSentence(t.lastEnd, i) && !t.paragraphBetween(t.lastEnd, i)) && t.is(i-1, "at") && t.onDayLater(i) {
		// "The course meets at 8pm in the Vicarage, starting on 13
		// March", in a bulletin of 2 March: the day its sentence goes
		// on to name is the one meant, or none; not the day told before
		return timeline.Date{}, false
	}
	if t.last.Prec >= timeline.Day && (t.narrative || i-t.lastEnd <= clockReach) && !t.pastAfterFuture(i) {
		if t.futureAfterPast(i) {
			return timeline.Date{}, false
		}
		if t.lastPoss && !t.narrative && !t.sameSentence(t.lastEnd, i) && t.prevDay.Prec >= timeline.Day && i-t.prevDayEnd <= clockReach {
			// "was declared the winner on Saturday. He won 50 percent of
			// the votes cast in Monday's election. The results were
			// announced at 2:45 p.m.": the story's day, not the election's
			return t.prevDay.DayOf(), true
		}
		d := t.lastClockDay()
		// (the day the story is on, no day written with the time: "...
		// upgraded to a warning at 500 PM EDT. Next advisory at 500 AM
		// EDT" may still be the writer's next day)
		t.clockFromRef = true
		return d, true
	}
	if t.last.Prec > timeline.PrecisionNone && t.last.Prec < timeline.Day && i-t.lastEnd <= clockReach &&
		(!t.narrative || t.lastDay.Prec >= timeline.Day && t.last.Contains(t.lastDay.DayOf())) {
		// a coarser date came last: "In May 2008, at 2 p.m., ..." is
		// some day of it; after a sentence that left the story's day for
		// a while ("He missed the Open in May."), a time is the story's
		// day's again (in a history, only after a period that holds the
		// story's day: "completed on 24 May 2022 at 04:35. The first
		// Flycatcher of the year was noted at 05:15")
		if t.sameSentence(t.lastEnd, i) && (t.opensSentence(t.lastStart) || t.isAny(t.lastStart-1, "in", "during", "on", "by") && t.opensSentence(t.lastStart-1) || t.lineBetween(t.lastEnd, i)) {
			return timeline.Date{}, false
		}
		if t.sameSentence(t.lastEnd, i) && t.last.Prec >= timeline.Month && t.lastDayEnd >= 0 && t.lastDayEnd < t.lastStart && !t.sameSentence(t.lastDayEnd, i) {
			// "The closure runs from 3 November to 12 December 2025.
			// Final connection is pencilled in for early December, with a
			// shutdown from 22:00 to 08:00": the month the sentence moved
			// to holds the time, on a day the words do not say
			return timeline.Date{}, false
		}
		// ("After climbing 47 percent in 2012, the shares rose at 10:42
		// a.m.": the year is what the rise is measured over; the time is
		// the story's day's)
		// (not a day to come before a time told in the past: "the next
		// call, scheduled for 6 February ... before the summer ... The
		// meeting closed at 17:05", in minutes of 9 January; nor after a
		// day its sentence leaves unknown: "held on a Thursday in late
		// January, from 15:00 to 18:00")
		if t.lastDay.Prec >= timeline.Day && i-t.lastDayEnd <= clockReach && t.futureAfterPastDay(i) {
			// "The road closed on 28 April. Work began in June. She will
			// open the road at 10am": a day to come the words do not say,
			// neither the past day told nor the writer's
			return timeline.Date{}, false
		}
		if t.lastDay.Prec >= timeline.Day && i-t.lastDayEnd <= clockReach && !t.pastAfterFuture(i) && !t.pastAfterDayToCome(i) &&
			!(t.unknownEnd > t.lastDayEnd && t.unknownEnd <= i && t.unknownPrec >= timeline.Day && t.sameSentence(t.unknownEnd, i)) {
			return t.lastDay.DayOf(), true
		}
	}
	day, ok := t.anchor(false)
	if ok && day.Prec < timeline.Day {
		ok = false
	}
	t.clockFromRef = true
	return day, ok
}

// asideClosedBefore reports whether the expression at tokens [a, b)
// stands in brackets that close before token i, in its sentence, and
// where the bracket opens: "On Whit Monday (the bank holiday falls on 26
// May this year) the Scouts hold their duck race at 3pm".
func (t *Tagger) asideClosedBefore(a, b, i int) (open int, ok bool) {
	if a < 0 || b < 0 {
		return 0, false // (the day told is in a text read before this one's tokens)
	}
	cl := -1
	for k := b; k < i && k < b+40; k++ {
		if t.toks[k].kind != tPunct {
			continue
		}
		if t.punct(k, ')') {
			cl = k
			break
		}
		if _, stop := t.cue(k, false); stop || t.punct(k, '(') {
			return 0, false
		}
	}
	if cl < 0 || !t.sameSentence(cl, i) {
		return 0, false
	}
	for k := a - 1; k >= 0 && k >= a-40; k-- {
		if t.toks[k].kind != tPunct {
			continue
		}
		if t.punct(k, '(') {
			// (a clause, not the day alone: "The AGM (Tuesday 3 June)
			// starts at 7pm" is on that day)
			words := 0
			for n := k + 1; n < cl; n++ {
				if (n < a || n >= b) && t.toks[n].kind == tWord && !t.isAny(n, "on", "at", "the", "from", "until", "till", "to", "and", "or") {
					words++
				}
			}
			return k, words >= 2
		}
		if _, stop := t.cue(k, false); stop || t.punct(k, ')') {
			return 0, false
		}
	}
	return 0, false
}

// onDayLater reports whether the sentence of the clock time at token i
// goes on, a few words after it, to name a day after "on": "meets at 8pm
// in the Vicarage, starting on 13 March", "at 10am, in the hall on
// Saturday".
func (t *Tagger) onDayLater(i int) bool {
	for k := i + 2; k < len(t.toks) && k <= i+16; k++ {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				return false
			}
			continue
		}
		if !t.is(k-1, "on") {
			continue
		}
		if w := t.w(k); w != nil && w.wday > 0 && !w.plural {
			return true // "on Saturday" (not "on Saturdays")
		}
		if tk := t.tok(k); tk.kind == tNum && tk.nd <= 2 {
			if w := t.w(k + 1); w != nil && w.month > 0 {
				return true // "on 13 March"
			}
		}
		if w := t.w(k); w != nil && w.month > 0 && t.tok(k+1) != nil && t.tok(k+1).kind == tNum && t.tok(k+1).nd <= 2 {
			return true // "on March 13"
		}
	}
	return false
}

// coarseDateAfter reports whether a date coarser than a day, a week to a
// year, follows the clock time that ends before token j, after a
// preposition: "before 9pm by the end of the month", "at 10am in March",
// "at 7pm throughout the summer".
func (t *Tagger) coarseDateAfter(j int) bool {
	if !t.isAny(j, "by", "in", "during", "throughout") || t.tok(j).cap {
		// (not "rose at 10:42 a.m. In May 2008, ...": another sentence's;
		// nor "will leave at 4.30pm until the end of March", from the day
		// told to a bound)
		return false
	}
	nx := t.tok(j + 1)
	if nx == nil || nx.kind != tWord && nx.kind != tNum || t.newLine(j+1) {
		return false
	}
	k, afterMod := j+1, false
	if _, e, _ := t.prefix(k); e > k {
		k, afterMod = e, true // "by the end of the month"
	}
	r, ok := t.core(k, afterMod)
	return ok && r.start == k && r.typ == Date && r.val == "" && r.d.Prec >= timeline.Year && r.d.Prec <= timeline.Week && !r.d.IsVague()
}

// aheadOfWriter reports whether the clock time d at tokens [i, j), put on
// the writer's day (the story's, no day written with it), is hours
// earlier in the day than the time the text was written at
// (Options.Clock) and told ahead of it, so that it cannot be that day's: in the future ("Winds will ease by 10 AM", issued at 3
// PM), or with no tense at all in the small hours after a writer's late
// evening ("Next complete advisory at 500 AM EDT", at 11 PM). Such a time
// is the next day's; one told in the past, or an hour or two before the
// writer's, is the writer's day's.
func (t *Tagger) aheadOfWriter(i, j int, d, day timeline.Date, sfx uint8) bool {
	c := t.opt.Clock
	if c.Prec < timeline.Hour || t.narrative || c.DayOf() != day.DayOf() || d.HasZone && c.HasZone && d.Zone != c.Zone {
		return false
	}
	if c.Hour*60+c.Minute-(d.Hour*60+d.Minute) < 4*60 {
		return false
	}
	tn := t.tense(i, j)
	if tn < 0 {
		first := i
		for first > 0 && first > i-20 {
			if _, stop := t.cue(first-1, true); stop {
				break
			}
			first--
		}
		if t.verbless(first, j) {
			tn = 0 // "... upgraded at 500 PM EDT. Next complete advisory at 500 AM EDT.": a line of no verb, no past of its own
		}
	}
	return tn > 0 && !t.weakCue || tn == 0 && c.Hour >= 19 && d.Hour < 7 && sfx != sfxPM
}

// eveBefore reports whether the sentence of token i, before it, speaks of
// the eve of something ("on the eve of the wedding").
func (t *Tagger) eveBefore(i int) bool {
	for k := i - 1; k >= 0 && k > i-25; k-- {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				return false
			}
		}
		if t.is(k, "eve") && t.is(k+1, "of") && t.is(k-1, "the") {
			return t.lastEnd <= k // (no day told since: "the eve of the vote, 4 May, at 9 p.m.")
		}
	}
	return false
}

// setAfter reports whether the clock time at token i is followed, in a few
// words, by a set of days ("at 9 a.m. each Friday", "10:00 daily").
func (t *Tagger) setAfter(i int) bool {
	for k := i + 1; k < i+9 && k < len(t.toks); k++ {
		if t.toks[k].kind == tPunct && !t.punct(k, ':') && !t.punct(k, '.') {
			return false
		}
		if t.isAny(k, "every", "each") && t.isAny(k-1, "before", "after", "of") && t.isAny(k-2, "day", "eve", "morning", "afternoon", "evening", "night") {
			// "by 18:00 the day before each strike", "at 9am on the
			// morning of every match": the time of a day counted from
			// each of them, no one day's
			return true
		}
		if k >= i+6 {
			continue
		}
		if t.isAny(k, "daily", "nightly", "weekdays", "weeknights") {
			return true
		}
		if t.isAny(k, "every", "each") {
			n := k + 1
			if t.isAny(n, "other", "second") {
				n++
			}
			return t.w(n) != nil && t.w(n).wday > 0 || t.isAny(n, "day", "morning", "afternoon", "evening", "night", "weekday", "weekend", "week", "month")
		}
	}
	return false
}

// dayPartSuffix reads the part of the day that says which half of it an
// hour h written without a.m. or p.m. falls in: "4 in the morning", "3 in
// the afternoon", "10 at night". It returns the suffix and the token after
// it, or sfxNone.
func (t *Tagger) dayPartSuffix(j, h int) (uint8, int) {
	if h < 1 || h > 12 || !t.partEnds(j+3) && !t.is(j+1, "night") || t.is(j+1, "night") && !t.partEnds(j+2) {
		return sfxNone, j
	}
	switch {
	case t.is(j, "in") && t.is(j+1, "the") && t.is(j+2, "morning") && h != 12:
		return sfxAM, j + 3
	case t.is(j, "in") && t.is(j+1, "the") && t.is(j+2, "afternoon") && (h == 12 || h <= 6):
		return sfxPM, j + 3
	case t.is(j, "in") && t.is(j+1, "the") && t.is(j+2, "evening") && h >= 5 && h <= 11:
		return sfxPM, j + 3
	case t.is(j, "at") && t.is(j+1, "night") && h >= 7 && h <= 11:
		return sfxPM, j + 2
	}
	return sfxNone, j
}

// partSaid reports whether dayPartSuffix found a part of the day.
func partSaid(s uint8, _ int) bool { return s != sfxNone }

// partEnds reports whether token k can follow a part of the day that ends
// an expression ("in the morning, ...", "in the afternoon the talks ..."),
// and not one that qualifies a noun ("the morning session", "the evening
// game").
func (t *Tagger) partEnds(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap {
		return true
	}
	if t.is(k, "and") {
		// "arrived in the afternoon and spoke" (not "in the morning and
		// evening", every morning and evening)
		nw := t.w(k + 1)
		return (nw == nil || nw.part == timeline.NoPart) && !t.isAny(k+1, "early", "late", "in", "during")
	}
	// (a switch on the word rather than isAny, whose call would first
	// lay out its fifty-odd words and then compare them one by one)
	switch t.key(k) {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her",
		"their", "its", "on", "at", "in", "to", "when", "as", "before", "after", "with", "from",
		"for", "was", "were", "is", "are", "had", "has", "have", "will", "would", "there", "that",
		"this", "until", "while", "local", "police", "officials", "by", "near", "outside", "inside":
		return true
	}
	return false
}

// habitual reports whether one of the few words before token i says the
// sentence speaks of a habit ("always works in the morning"), so that a
// part of the day in it is no particular day's.
func (t *Tagger) habitual(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if tk := t.tok(k); tk != nil && tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '?' || tk.r == '!') {
			return false
		}
		if t.isAny(k, "every", "each") {
			// "every year", "each Monday", "every two weeks" (not "to
			// vaccinate every adult by 31 July")
			if w := t.w(k + 1); w != nil && (w.unit != uNone || w.wday > 0 || w.month > 0 || w.part != timeline.NoPart || w.season != timeline.NoSeason || w.num > 0) ||
				t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
				return true
			}
			continue
		}
		if t.isAny(k, "always", "usually", "often", "normally", "typically", "generally", "sometimes",
			"daily", "mostly", "rarely", "seldom", "never", "tend", "tends", "annually", "yearly") {
			return true
		}
		if t.isAny(k, "recently", "lately") {
			return false // "inspected twice a year, most recently in May": the last time, one year's
		}
		if t.isAny(k, "once", "twice") && t.isAny(k+1, "a", "per", "every", "each") && t.w(k+2) != nil && t.w(k+2).unit != uNone {
			return true // "twice a year, in April and October"
		}
	}
	return false
}

// dayPart is a part of a day named from the writer's day: "tonight",
// "this morning", "last night", "tomorrow afternoon".
type dayPart struct {
	ok     bool
	part   string // morning, afternoon, evening or night
	offset int    // days from the writer's day
	end    int    // the token after it
}

// deicticPart reads a part of a day named from the writer's day at j.
func (t *Tagger) deicticPart(j int) dayPart {
	w := t.w(j)
	if w == nil {
		return dayPart{}
	}
	switch w.key {
	case "tonight":
		return dayPart{true, "night", 0, j + 1}
	case "this", "yesterday", "tomorrow", "last":
		off := map[string]int{"this": 0, "yesterday": -1, "tomorrow": 1, "last": -1}[w.key]
		p := t.lowerWord(j + 1)
		switch {
		case w.key == "last" && (p == "night" || p == "evening"),
			w.key != "last" && (p == "morning" || p == "afternoon" || p == "evening" || w.key != "this" && p == "night"):
			return dayPart{true, p, off, j + 2}
		}
	}
	return dayPart{}
}

// thatPart reads the part of the story's day after a time at j: "that
// night", "that same evening", "the same morning". It returns the token
// after it and the part, or 0.
// partToldBeforeMove reports whether "that night" (part) at a clock time
// at token i may mean either of two days: the day the story last moved
// to by a span counted from it ("A week later", "Two days later"), told
// in a sentence before i's with no part of the day, and the day before
// it, told with that very part ("On the night of 3 February"). In the
// moved day's own sentence ("A week later the owners returned, and police
// were called at 21:40 that night") the night is the moved day's.
func (t *Tagger) partToldBeforeMove(part string, i int) bool {
	if t.lastDay.Prec != timeline.Day || t.lastDay.Part != timeline.NoPart || t.prevDay.Prec < timeline.Day || t.prevDay.Part == timeline.NoPart ||
		t.lastDayEnd <= 0 || t.lastDayEnd > i || t.lastDay != t.last || !t.is(t.lastDayEnd-1, "later") || t.sameSentence(t.lastDayEnd, i) {
		return false
	}
	switch t.prevDay.Part {
	case timeline.Night:
		return part == "night"
	case timeline.Evening:
		return part == "evening" || part == "night"
	case timeline.Morning:
		return part == "morning"
	case timeline.Afternoon:
		return part == "afternoon"
	}
	return false
}

func (t *Tagger) thatPart(j int) (int, string) {
	k := j
	switch {
	case t.is(k, "that") && t.is(k+1, "same"):
		k += 2
	case t.is(k, "that"), t.is(k, "the") && t.is(k+1, "same"):
		k += 1 + b2i(t.is(k, "the"))
	default:
		return 0, ""
	}
	switch p := t.lowerWord(k); p {
	case "morning", "afternoon", "evening", "night":
		return k + 1, p
	}
	return 0, ""
}

// hour turns an hour written without a.m. or p.m. into the hour of the
// day in the part: 7 in the evening is 19; ok is false for an hour the
// part cannot hold ("2 tonight").
func (p dayPart) hour(h int) (int, bool) {
	if h >= 13 && h <= 23 {
		// a 24-hour clock: "18:00 tonight", "14:30 this afternoon"
		switch p.part {
		case "afternoon":
			return h, h <= 18
		case "evening":
			return h, h >= 16
		case "night":
			return h, h >= 17
		}
		return h, false
	}
	switch p.part {
	case "morning":
		return h, h >= 1 && h <= 11 || h == 12
	case "afternoon":
		if h == 12 {
			return 12, true
		}
		return h + 12, h >= 1 && h <= 6
	case "evening":
		return h + 12, h >= 4 && h <= 11
	case "night":
		return h + 12, h >= 6 && h <= 11
	}
	return h, false
}

// clockReach is how many tokens after a day a time of day in news still
// falls on that day rather than on the reference date: about a paragraph.
const clockReach = 100

func clockSuffix(d timeline.Date) string {
	full := d
	full.HasZone, full.Zone = false, 0
	full.Year, full.Month, full.Day = 2000, 1, 1
	s := full.String()
	return s[len("2000-01-01"):]
}

// dayAfterClock reads the day named after a time: "Wednesday", "today",
// "Dec. 13".
func (t *Tagger) dayAfterClock(j int) (timeline.Date, int, bool) {
	k := j
	if t.newLine(j) && !(t.is(j, "on") && !t.tok(j).cap) {
		// "15:00" ending a line: not the day on the next (but "by 12
		// noon¶on Monday 4th March" is prose its line's wrap cut)
		return timeline.Date{}, j, false
	}
	if t.weekdaySpanAt(j) {
		return timeline.Date{}, j, false // "9am and 4.30pm, Monday to Friday": the hours of every such day
	}
	// "6 a.m. local time on Sunday", "6:40 local time the next morning"
	if t.is(k, "local") && t.is(k+1, "time") && !t.newLine(k+2) {
		k += 2
	} else if tk := t.tok(k); tk != nil && tk.kind == tWord && tk.cap && t.w(k) == nil && t.is(k+1, "time") && t.is(k+2, "on") && !t.newLine(k+2) {
		k += 2 // "8 p.m. Paris time on Sunday": the place's clock, then its day
	}
	// "the midnight deadline on Tuesday", "the 10am meeting on Friday":
	// the noun the time qualifies, then its day
	if tk := t.tok(k); tk != nil && tk.kind == tWord && !tk.cap && tk.w() == nil && t.is(k+1, "on") && t.tok(k+2) != nil && (t.w(k+2) != nil && (t.w(k+2).wday > 0 || t.w(k+2).month > 0) || t.tok(k+2).kind == tNum) {
		if c, _ := t.cue(k, false); c == 0 {
			k++
		}
	}
	glossed := false
	if p, pe := t.plusDays(k); p > 0 {
		// "Amsterdam 03:55 (+1) on Friday 20 June": the day after the
		// one the row gives
		if d, k2, ok := t.dayAfterClock(pe); ok {
			if tt, ok := dayTime(d); ok {
				return dayDate(tt.AddDate(0, 0, p)), k2, true
			}
		}
		if d, ok := t.dayLaterInRow(pe); ok {
			if tt, ok := dayTime(d); ok {
				return dayDate(tt.AddDate(0, 0, p)), j, true
			}
		}
		return timeline.Date{}, j, false
	}
	if t.punct(k, '(') {
		// "6 a.m. (0400 GMT) on Tuesday": past the time it is glossed by
		for n := k + 1; n < len(t.toks) && n <= k+6 && !t.newLine(n); n++ {
			if t.punct(n, ')') {
				if !t.newLine(n+1) && (t.is(n+1, "on") || t.w(n+1) != nil && t.w(n+1).wday > 0) {
					k, glossed = n+1, true // (not a day on the next line: "3pm (live on TV)¶Sat 18 Oct")
				}
				break
			}
		}
	}
	if t.is(k, "the") && (t.isAny(k+1, "following", "next", "previous") && t.isAny(k+2, "day", "morning", "afternoon", "evening", "night") ||
		t.isAny(k+1, "day", "morning", "afternoon", "evening", "night") && t.isAny(k+2, "before", "after")) {
		// "and 2am the following morning", "at 11.40pm the night
		// before": that morning's, that night's, one time
		if r, ok := t.core(k, false); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), r.end, true
		}
	}
	if w := t.w(k); w != nil && t.isAny(k, "next", "this", "coming") && t.w(k+1) != nil && t.w(k+1).wday > 0 {
		// "at 7 p.m. next Thursday": that Thursday's, the day its own
		if r, ok := t.core(k, false); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), j, true
		}
	}
	on := t.is(k, "on") || glossed
	if t.is(k, "on") {
		k++
	} else if !glossed && t.punct(k, ',') {
		if w := t.w(k + 1); w != nil && (w.month > 0 || w.wday > 0) {
			k++
		}
	}
	if on && t.tok(k) != nil && t.tok(k).cap {
		// "at 0430 hrs on D-Day, 6 June", "on VE Day, 8 May": the day's
		// name, then its date
		for n := k; n <= k+3 && !t.newLine(n); n++ {
			if t.is(n, "day") && t.tok(n).cap && t.punct(n+1, ',') && t.tok(n+2) != nil && t.tok(n+2).kind == tNum && !t.newLine(n+2) {
				k = n + 2
				break
			}
		}
	}
	if on && t.is(k, "the") && t.tok(k+1) != nil && t.tok(k+1).kind == tNum && t.tok(k+1).sfx == sfxOrd {
		// "close at 8 a.m. on the 2nd prox.": the day of the month the
		// letter names, this one, the last or the next
		if r, ok := t.archaicDay(k); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), j, true
		}
	}
	if on && t.is(k, "the") && t.tok(k+1) != nil && t.tok(k+1).kind == tNum && t.tok(k+1).sfx == sfxOrd && !t.isAny(k+2, "day", "of") && !t.isMonthAt(k+2) {
		// "reached the field at about 7 A.M. on the 2d": that day of the
		// month the story is in
		if r, ok := t.dayOfMonth(k); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), j, true
		}
	}
	if on && t.is(k, "the") && t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
		k++ // "at 14:20 on the 17th day of April, 2021"
	}
	if on && t.is(k, "the") {
		if d, end, ok := t.spanDay(k + 1); ok {
			// "from Wednesday 14 May to Friday 16 May. The coach leaves
			// at 8.45am on the first day and returns by 3.30pm on the
			// Friday": a day of the span just told
			return d, end, true
		}
	}
	if on && t.is(k, "the") && t.w(k+1) != nil && t.w(k+1).wday > 0 && t.namedWeek.Prec == timeline.Week {
		// "from 8am on the Monday" of the week just named
		if r, ok := t.core(k, false); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), j, true
		}
	}
	if tk := t.tok(k); tk != nil && tk.kind == tNum && on {
		if r, ok := t.numeric(k); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), j, true
		}
	}
	w := t.w(k)
	if w == nil {
		return timeline.Date{}, j, false
	}
	if t.is(k-1, "on") && w.start && w.wday == 0 && w.month == 0 {
		// "3pm on Boxing Day", "11am on Christmas Eve"
		if r, ok := t.holiday(k); ok && r.d.Prec >= timeline.Day {
			return r.d.DayOf(), j, true
		}
	}
	switch {
	case w.wday > 0 || w.month > 0 || w.key == "today" || w.key == "yesterday" || w.key == "tomorrow" || w.key == "tonight":
		r, ok := t.core(k, false)
		if ok && r.d.Prec >= timeline.Day {
			if on {
				return r.d.DayOf(), j, true
			}
			return r.d.DayOf(), r.end, true
		}
		if !ok && w.wday > 0 && !on && t.tok(k).cap && (k+1 >= len(t.toks) || t.newLine(k+1) || t.punct(k+1, '|') || t.punct(k+1, ',') || t.punct(k+1, ';') || t.punct(k+1, ')')) {
			// "06:00 Mon |", a table's cell: the abbreviated weekday its
			// clock is on, which alone the words after it do not make a
			// day of
			if day, ok := t.weekdayDate(w.wday, 0, k, k+1); ok {
				return dayDate(day), k + 1, true
			}
		}
	}
	return timeline.Date{}, j, false
}

// leadsTo reports whether only a comma, "at", "between" or "from", or a
// comma and one of those words (and "about" or the like), stand between an expression that ends at
// end and a time at i: "8 May 2026, 23:59", "Friday, at 9pm".
func (t *Tagger) leadsTo(end, i int) bool {
	if t.isAny(i-1, "about", "around", "approximately", "roughly", "exactly", "precisely", "just") {
		i-- // "the evening before, at about 19:30"
	}
	switch end {
	case i - 1:
		return t.punct(i-1, ',') || t.isAny(i-1, "at", "between", "from")
	case i - 2:
		return t.punct(i-2, ',') && t.isAny(i-1, "at", "between", "from")
	}
	return false
}

// spanDay reads, at k after "on the", a day of the span of days told
// last: its "first day" or "last"/"final day", or the one day of it that
// is the weekday named ("on the Friday"). It returns the day and the
// position after the words.
func (t *Tagger) spanDay(k int) (timeline.Date, int, bool) {
	from, to := t.spanFrom, t.spanTo
	if from.Prec != timeline.Day || to.Prec != timeline.Day || timeline.Compare(from, to) >= 0 {
		return timeline.Date{}, k, false
	}
	if t.last.Prec < timeline.Day || timeline.Compare(t.last.DayOf(), from) < 0 || timeline.Compare(t.last.DayOf(), to) > 0 {
		// (the story must still be in the span, or have left it only
		// for a coarser time told in passing, no other day, a sentence
		// or two before: "ran from Friday 26 January to Sunday 28
		// January 2024. Starlings continue a decline first noticed in
		// the winter of 2009. A Waxwing was photographed at 10:20 on
		// the Saturday")
		if t.last.Prec == timeline.PrecisionNone || t.last.Prec >= timeline.Day || t.lastDay != to || t.spanEnd < 0 || t.spanEnd > k ||
			t.sentencesBetween(t.spanEnd, k) > 3 || t.paragraphBetween(t.spanEnd, k) {
			return timeline.Date{}, k, false
		}
	}
	a, ok1 := dayTime(from)
	b, ok2 := dayTime(to)
	if !ok1 || !ok2 || b.Sub(a).Hours() > 24*31 {
		return timeline.Date{}, k, false
	}
	switch {
	case t.isAny(k, "first", "opening") && t.is(k+1, "day"):
		return from, k + 2, true
	case t.isAny(k, "last", "final", "closing") && t.is(k+1, "day"):
		return to, k + 2, true
	}
	w := t.w(k)
	if w == nil || w.wday == 0 || t.tok(k+1) != nil && t.tok(k+1).kind == tNum {
		return timeline.Date{}, k, false
	}
	day, ok := weekdayIn(a, b, w.wday)
	if !ok {
		return timeline.Date{}, k, false
	}
	return day, k + 1, true
}

// weekdayIn returns the one day from a to b (a span of days) that falls
// on the weekday wd; false when none or several do.
func weekdayIn(a, b time.Time, wd int) (timeline.Date, bool) {
	var day timeline.Date
	n := 0
	for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
		if int(d.Weekday()+6)%7+1 == wd {
			day, n = dayDate(d), n+1
		}
	}
	return day, n == 1
}

// isoDateTime reads an ISO 8601 date and time written as one word after
// the year and month at i ("2023-11-05T01:30", "2023-11-05T01:30:00Z",
// "2024-03-01T12:00:00.123-04:00"): the time to the second it gives, with
// its zone. Fractions of a second are dropped.
func (t *Tagger) isoDateTime(i, y, m int) (res, bool) {
	tk := t.tok(i + 4)
	if tk == nil || tk.kind != tNum {
		return res{}, false
	}
	s := t.text[tk.start:]
	digits := func(p, n int) (int, bool) {
		if p+n > len(s) {
			return 0, false
		}
		v := 0
		for _, c := range []byte(s[p : p+n]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	d, ok1 := digits(0, 2)
	hh, ok2 := digits(3, 2)
	mm, ok3 := digits(6, 2)
	if !ok1 || !ok2 || !ok3 || len(s) < 8 || s[2] != 'T' || s[5] != ':' || !validDay(y, m, d) || hh > 24 || mm > 59 || hh == 24 && mm > 0 {
		return res{}, false
	}
	p := 8
	sec, hasSec := 0, false
	if p < len(s) && s[p] == ':' {
		v, ok := digits(p+1, 2)
		if !ok || v > 59 {
			return res{}, false
		}
		sec, hasSec, p = v, true, p+3
		if p+1 < len(s) && (s[p] == '.' || s[p] == ',') && s[p+1] >= '0' && s[p+1] <= '9' {
			p++
			for p < len(s) && s[p] >= '0' && s[p] <= '9' {
				p++
			}
		}
	}
	zone := ""
	switch {
	case p < len(s) && s[p] == 'Z':
		zone, p = "Z", p+1
	case p < len(s) && (s[p] == '+' || s[p] == '-'):
		zh, ok := digits(p+1, 2)
		if !ok || zh > 14 {
			return res{}, false
		}
		q := p + 3
		zm := 0
		if q < len(s) && s[q] == ':' {
			q++
		}
		if v, ok := digits(q, 2); ok && v < 60 {
			zm, q = v, q+2
		}
		zone = fmt.Sprintf("%c%02d:%02d", s[p], zh, zm)
		p = q
	}
	if p < len(s) && (isLetterOrDigit(s[p]) || s[p] == '-' || s[p] == ':') {
		return res{}, false
	}
	endByte := int(tk.start) + p
	k := i + 4
	for k < len(t.toks) && int(t.toks[k].end) < endByte {
		k++
	}
	if k >= len(t.toks) || int(t.toks[k].end) != endByte {
		return res{}, false
	}
	v := fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm)
	if hasSec {
		v += fmt.Sprintf(":%02d", sec)
	}
	date, err := timeline.ParseDate(v + zone)
	if err != nil {
		return res{}, false
	}
	return res{start: i, end: k + 1, typ: Time, d: date}, true
}

func isLetterOrDigit(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// dayLaterInRow finds the day a time at the end of token j-1 is told on
// when it comes further on in the same clause, past other times, places
// and zones: "07:10 - Oslo 09:25, Saturday 12 April" (a timetable's row),
// "at 05:30 local time (03:30 UTC) on 12 April".
// plusDays reads a timetable's mark of days later at token k, "(+1)",
// "(+1 day)", "(+2 days)": the number of days, or 0, and
// the token after the mark.
func (t *Tagger) plusDays(k int) (int, int) {
	if !t.punct(k, '(') {
		return 0, k
	}
	if !t.punct(k+1, '+') || !t.glued(k+1) || !t.glued(k+2) {
		return 0, k
	}
	n, nd, ok := t.num(k + 2)
	if !ok || nd != 1 || n < 1 || n > 3 || t.tok(k+2).sfx != sfxNone {
		return 0, k
	}
	e := k + 3
	if t.isAny(e, "day", "days") && !t.glued(e) {
		e++
	}
	if !t.punct(e, ')') || !t.glued(e) {
		return 0, k
	}
	return n, e + 1
}

func (t *Tagger) dayLaterInRow(j int) (timeline.Date, bool) {
	for k := j; k < len(t.toks) && k < j+12; k++ {
		if t.newLine(k) {
			return timeline.Date{}, false
		}
		if p, pe := t.plusDays(k); p > 0 {
			k = pe - 1 // "03:55 (+1)": another time's mark
			continue
		}
		tk := t.tok(k)
		switch tk.kind {
		case tPunct:
			switch tk.r {
			case ',', '-', '–', '—', '(', ')', ':', '/':
				continue
			}
			return timeline.Date{}, false
		case tNum:
			if c, ok := t.clock(k); ok && c.end > k {
				if last := t.tok(c.end - 1); last.kind == tWord && last.w() != nil && (last.w().month > 0 || last.w().wday > 0) || last.kind == tNum && c.end-k > 4 {
					if c.d.Prec >= timeline.Day {
						return c.d.DayOf(), true // "09:25, Saturday 12 April": its day is ours
					}
					return timeline.Date{}, false
				}
				k = c.end - 1
				continue
			}
			if r, ok := t.numeric(k); ok && r.typ == Date && r.d.Prec >= timeline.Day {
				return r.d.DayOf(), true
			}
			return timeline.Date{}, false
		}
		w := tk.w()
		switch {
		case w != nil && (w.wday > 0 || w.month > 0) && tk.cap:
			if r, ok := t.core(k, false); ok && r.typ == Date && r.d.Prec >= timeline.Day {
				return r.d.DayOf(), true
			}
			return timeline.Date{}, false
		case t.isAny(k, "on", "local", "time", "utc", "gmt"):
		case tk.cap && w == nil:
			// a place in a timetable's row ("Oslo", "London Gatwick")
		default:
			return timeline.Date{}, false
		}
	}
	return timeline.Date{}, false
}

// clockAfterDate extends a date with a time written after it: "2017-12-13 14:30".
func (t *Tagger) clockAfterDate(r res) res {
	// "Friday, September 15, at 10 a.m. BST" is two expressions: the clock
	// time is tagged on its own and takes the day just written (see clock)
	if tk := t.tok(r.end); tk != nil && tk.kind == tNum && !t.newLine(r.end) {
		if c, ok := t.clock(r.end); ok && c.d.Prec >= timeline.Hour && c.end == r.end+3 {
			d := c.d
			d.Year, d.Month, d.Day = r.d.Year, r.d.Month, r.d.Day
			return res{start: r.start, end: c.end, typ: Time, d: d}
		}
	}
	return r
}

// yearPreps before a number make it a year even before a plural noun
// ("in 1990 prices rose").
var yearPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "during": true, "of": true,
	"from": true, "to": true, "before": true, "after": true, "early": true, "late": true,
	"mid": true, "fiscal": true, "year": true, "and": true, "through": true, "circa": true,
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
}

// pluralNounAfter reports whether token i is a lower-case word that looks
// like a plural noun ("paintings", "entries").
// countOfThings reports whether the number at i counts the things a plural
// noun after it names, one to three words of description between ("holds
// 1200 Japanese woodblock prints", "and 1800 Old Master drawings"), after
// a verb or a conjunction, not a word that takes a year ("In 1944 Allied
// forces landed").
func (t *Tagger) countOfThings(i int) bool {
	if !t.isAny(i-1, "and", "has", "had", "have", "with", "some", "over", "nearly", "almost", "holds", "held", "contains", "contained", "includes", "included", "owns", "owned", "bought", "acquired", "comprising", "comprises") ||
		t.is(i-1, "and") && t.tok(i-2) != nil && t.tok(i-2).kind == tNum { // (not "between 1436 and 1464 when reign marks ...")
		return false
	}
	for k := i + 1; k <= i+4; k++ {
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || t.glued(k) || t.isAny(k, "when", "while", "where", "which", "who", "that", "the", "a", "an", "his", "her", "their", "its") || t.w(k) != nil && !(tk.cap && tk.w().month == 0 && tk.w().wday == 0 && tk.w().unit == uNone && tk.w().season == timeline.NoSeason) {
			return false // (a capitalised word of the lexicon describes: "Old Master drawings")
		}
		if k > i+1 && t.pluralNounAfter(k) {
			return true
		}
	}
	return false
}

func (t *Tagger) pluralNounAfter(i int) bool {
	tk := t.tok(i)
	if tk == nil || tk.kind != tWord || tk.cap || tk.end-tk.start < 4 || t.text[tk.end-1] != 's' {
		return false
	}
	if tk.w() != nil {
		return false
	}
	s := t.text[tk.end-2 : tk.end]
	return s != "ss" && s != "us" && s != "is"
}

// periodCode reads the short codes of reports and plans: "3Q25",
// "4Q'24", "1H26" (a quarter or half and its year), and "W20 2026",
// "2026 W20" (an ISO week and its year).
func (t *Tagger) periodCode(i int) (res, bool) {
	tk := t.tok(i)
	txt := t.text[tk.start:tk.end]
	if len(txt) == 2 && tk.nd == 1 && (txt[1] == 'Q' || txt[1] == 'H') && !t.glued(i+1) {
		// "2Q FY13": a quarter of the fiscal year written after it
		if fy, k3, split, hasFY := t.fiscalYearAt(i + 1); hasFY && tk.n >= 1 && (txt[1] == 'Q' && tk.n <= 4 || tk.n <= 2) {
			u := uQuarter
			if txt[1] == 'H' {
				u = uHalf
			}
			r := res{start: i, end: k3, typ: Date}
			var cal timeline.Date
			r.d, r.val, r.fiscal, cal = t.numberedPeriod(u, int(tk.n), 0, false, fy, true, split, true, i, i+1)
			r.cal = newCal(cal, t.periodEnd)
			return r, true
		}
	}
	if len(txt) == 2 && tk.nd == 1 && (txt[1] == 'Q' || txt[1] == 'H') && t.glued(i+1) {
		n := int(tk.n)
		u, max := uQuarter, 4
		if txt[1] == 'H' {
			u, max = uHalf, 2
		}
		k := i + 1
		if t.punct(k, '\'') || t.punct(k, '’') {
			k++
		}
		yy, nd, ok := t.num(k)
		if !ok || n < 1 || n > max || nd != 2 && nd != 4 || !t.glued(k) || t.tok(k).sfx != sfxNone || t.glued(k+1) && t.tok(k+1).kind != tPunct {
			return res{}, false
		}
		y := yy
		if nd == 2 {
			y = t.twoDigitYear(yy)
		}
		d := timeline.Date{Prec: timeline.Quarter, Year: y, Quarter: n}
		if u == uHalf {
			d = timeline.Date{Prec: timeline.Half, Year: y, Half: n}
		}
		return res{start: i, end: k + 1, typ: Date, d: d}, true
	}
	// "W20 2026"
	if w := t.tok(i - 1); w != nil && w.kind == tWord && t.text[w.start:w.end] == "W" && t.glued(i) && tk.nd <= 2 && tk.sfx == sfxNone && tk.n >= 1 && tk.n <= 53 {
		if y, k, ok := t.yearAt(i + 1); ok && !t.glued(i+1) {
			if _, last := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); int(tk.n) <= last {
				return res{start: i - 1, end: k, typ: Date, d: timeline.Date{Prec: timeline.Week, Year: y, Week: int(tk.n)}}, true
			}
		}
	}
	// "2024-W07": the ISO week
	if tk.nd == 4 && tk.sfx == sfxNone && tk.n >= 1000 && tk.n <= 2200 && t.dash(i+1) && t.glued(i+1) && t.glued(i+2) {
		if w := t.tok(i + 2); w != nil && w.kind == tWord && t.text[w.start:w.end] == "W" && t.glued(i+3) {
			if n, nd, ok := t.num(i + 3); ok && nd == 2 && n >= 1 && n <= 53 && t.tok(i+3).sfx == sfxNone && !(t.glued(i+4) && t.tok(i+4) != nil && (t.tok(i+4).kind != tPunct || t.dash(i+4) && t.glued(i+5))) {
				y := int(tk.n)
				if _, last := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); n <= last {
					return res{start: i, end: i + 4, typ: Date, d: timeline.Date{Prec: timeline.Week, Year: y, Week: n}}, true
				}
			}
		}
	}
	// "2026 W20"
	if tk.nd == 4 && tk.sfx == sfxNone && tk.n >= 1000 && tk.n <= 2200 {
		if w := t.tok(i + 1); w != nil && w.kind == tWord && t.text[w.start:w.end] == "W" && !t.glued(i+1) && t.glued(i+2) {
			if n, nd, ok := t.num(i + 2); ok && nd <= 2 && n >= 1 && n <= 53 && t.tok(i+2).sfx == sfxNone && !(t.glued(i+3) && t.tok(i+3).kind != tPunct) {
				y := int(tk.n)
				if _, last := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); n <= last {
					return res{start: i, end: i + 3, typ: Date, d: timeline.Date{Prec: timeline.Week, Year: y, Week: n}}, true
				}
			}
		}
	}
	return res{}, false
}

// dualYear reads a year written both ways for a day between January and
// March ("12 February 1783/4", "1751/52"), as before 1752 in Britain: the
// year that began in January, as historians give it now.
func (t *Tagger) dualYear(k, m int) (int, int, bool) {
	tk := t.tok(k)
	if m > 3 || tk == nil || tk.kind != tNum || tk.nd != 4 || tk.sfx != sfxNone || !t.punct(k+1, '/') || !t.glued(k+1) || !t.glued(k+2) {
		return 0, k, false
	}
	y := int(tk.n)
	n, nd, ok := t.num(k + 2)
	if !ok || t.tok(k+2).sfx != sfxNone || nd > 2 || (nd == 1 && n != (y+1)%10) || (nd == 2 && n != (y+1)%100) || y < 1000 || y > 1900 {
		return 0, k, false
	}
	return y + 1, k + 3, true
}

// twoDigitYear reads a year written with two digits ("'24", "3Q25",
// "21.7.15"): the latest of that ending not after the reference date's
// year, unless that is more than 75 years before it (dates are mostly of
// the past, but "valid to 31.12.30" in 2024 is 2030), so that a letter of
// 1915 reads 1915 (with no reference, decadeYear's).
func (t *Tagger) twoDigitYear(yy int) int {
	if !t.hasRef {
		if l := t.last; l.Prec >= timeline.Year && !l.IsVague() && l.Year > 0 {
			// a war diary's "28.6.16" under "June 1916": the year
			// nearest the one the text told last
			y := l.Year - ((l.Year-yy)%100+100)%100
			if l.Year-y > 50 {
				y += 100
			}
			return y
		}
		return decadeYear(yy)
	}
	ry := t.ref.Year()
	y := ry - ((ry-yy)%100+100)%100
	if ry-y > 75 {
		y += 100
	}
	return y
}

// nineElevenAfter are the words after "9/11" that make it the name of
// the attacks of 2001.
var nineElevenAfter = map[string]bool{
	"attacks": true, "attack": true, "commission": true, "memorial": true, "museum": true, "era": true,
	"hijackers": true, "terrorist": true, "terror": true, "victims": true, "families": true,
	"responders": true, "anniversary": true, "world": true,
}

// unknownRelYear reads "last year", "this year" or "next year" (or "of
// last year") at i after a day or a period named without its year, in a
// text with no reference date: the writer's year, which the text does not
// give ("admitted speeding on November 30 last year", under a heading
// "Week commencing 10 February 2025": not the heading's year, nor any).
// It returns the token after it.
func (t *Tagger) unknownRelYear(i int) (int, bool) {
	if t.hasRef {
		return 0, false
	}
	of := b2i(t.is(i, "of"))
	if !t.isAny(i+of, "last", "this", "next") || !t.is(i+of+1, "year") || t.glued(i+of+2) && t.dash(i+of+2) {
		return 0, false
	}
	return i + of + 2, true
}

// relYear reads "last year", "this year" or "next year" at i after a day
// or month named without a year ("1 January next year"): the year, counted
// from the reference date.
func (t *Tagger) relYear(i int) (y, j int, ok bool) {
	if !t.hasRef || !t.isAny(i, "last", "this", "next") || !t.is(i+1, "year") || t.glued(i+2) && t.dash(i+2) {
		return 0, i, false
	}
	return t.yearRel(i), i + 2, true
}

// lineBetween reports whether a line break falls between tokens a and b.
func (t *Tagger) lineBetween(a, b int) bool {
	for k := max(a, 0) + 1; k <= b && k < len(t.toks); k++ {
		if t.newLine(k) {
			return true
		}
	}
	return false
}

// notToCome reports whether, after a day still to come was named last,
// the clause of token i does not speak of what is to come ("had left the
// pub at 10.45pm", "CCTV shows them at 11.05pm", after "bailed until 3
// January").
func (t *Tagger) notToCome(i int) bool {
	if t.narrative || !t.hasRef || t.sameSentence(t.lastEnd, i) {
		return false // "on sale on Monday at 9am": that day's
	}
	last, ok := t.last.DayOf().Time()
	if !ok || !last.After(t.ref) {
		return false
	}
	tn := t.tense(i, i+1)
	if tn >= 0 && t.semicolonJoined(t.lastEnd, i) {
		// "Flight AF1024 on 5 October at 11:15 will operate; flight
		// AF1026 at 13:40 is cancelled": a clause told in the present,
		// joined to the day to come by a semicolon, is of that day
		return false
	}
	return !(tn > 0 && !t.weakCue)
}

// semicolonJoined reports whether tokens [a, b) end no sentence but at
// a semicolon, and at least one: two clauses of one sentence.
func (t *Tagger) semicolonJoined(a, b int) bool {
	semi := false
	for k := max(a, 0); k < b && k < len(t.toks); k++ {
		if t.toks[k].kind != tPunct {
			continue
		}
		if _, stop := t.cue(k, false); stop {
			if !t.punct(k, ';') {
				return false
			}
			semi = true
		}
	}
	return semi && !t.lineBetween(a, b)
}

// pastAfterFuture reports whether, in news, the time at token i is told
// in the past tense while the last day named lies after the reference
// date: "The storm will arrive on Sunday. Crews had restored power by 6
// p.m." speaks of today's evening, not of the forecast Sunday's.
func (t *Tagger) pastAfterFuture(i int) bool {
	if t.narrative || !t.hasRef {
		return false
	}
	last, ok := t.last.DayOf().Time()
	if !ok || !last.After(t.ref) {
		return false
	}
	if t.sameSentence(t.lastEnd, i) && t.yearIn(t.lastStart, t.lastEnd) {
		return false // "On 5 March 2018 the committee met at 3pm", told in 2017: the day its sentence writes in full
	}
	return t.tense(i, i+1) < 0
}

// onTheDay reports whether the paragraph of token i opens with "On the
// day," (the day of the event the text is about) a few sentences before
// it, no day told since: "On the day, each student gives a talk;
// sessions run from 9:00 to 17:30. Mentoring lunches start at 12:15".
func (t *Tagger) onTheDay(i int) bool {
	for k := i - 1; k >= 2 && k >= i-80 && k >= t.lastDayEnd; k-- {
		if t.newLine(k+1) && t.paragraphBetween(k+1, k+1) {
			return false
		}
		if t.is(k, "day") && t.is(k-1, "the") && t.is(k-2, "on") && t.punct(k+1, ',') && (t.lineStart(k-2) || t.opensSentence(k-2)) {
			return true
		}
	}
	return false
}

// namedDayAfter reports whether the clock time at token i is followed, in
// its clause, by "on the day" or "on the <noun> day" ("by 20:00 on the
// lift day"): a day named by what is done on it, not by its date.
func (t *Tagger) namedDayAfter(i int) bool {
	for k := i + 1; k < len(t.toks) && k <= i+8; k++ {
		if tk := &t.toks[k]; tk.kind == tPunct && tk.r != ':' && tk.r != '.' || t.newLine(k) {
			return false
		}
		if t.is(k, "on") && t.is(k+1, "the") {
			n := k + 2
			if tk := t.tok(n); tk != nil && tk.kind == tWord && !tk.cap && t.w(n) == nil {
				n++
			}
			return t.is(n, "day")
		}
	}
	return false
}

// pastAfterDayToCome reports whether, in news, the time at token i is
// told in the past after the last day named, which is still to come.
func (t *Tagger) pastAfterDayToCome(i int) bool {
	if t.narrative || !t.hasRef {
		return false
	}
	day, ok := t.lastDay.DayOf().Time()
	return ok && day.After(t.ref) && t.tense(i, i+1) < 0
}

// yearIn reports whether tokens [a, b) write a year of four digits.
func (t *Tagger) yearIn(a, b int) bool {
	for k := max(a, 0); k < b && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == tNum && tk.nd == 4 {
			return true
		}
	}
	return false
}

// futureAfterPast reports whether, in news, the time at token i is asked
// for or told in the future in a later sentence than the last day named,
// which is past: "Gareth spent Tuesday digging. Please don't use hoses
// before 6pm" is no time of that Tuesday (nor, said of every day, of
// any one day).
func (t *Tagger) futureAfterPast(i int) bool {
	if t.narrative || !t.hasRef || t.sameSentence(t.lastEnd, i) && !t.lineBetween(t.lastEnd, i) {
		return false
	}
	last, ok := t.last.DayOf().Time()
	if !ok || !last.Before(t.ref) {
		return false
	}
	return t.tense(i, i+1) > 0 && !t.weakCue
}

// futureAfterPastDay reports whether, in news, the time at token i is
// told in the future in a later sentence than the last day named, which
// is past: "The road closed on 28 April. Work began in June. She will
// open the road at a short ceremony at 10am" is no time of 28 April
// (futureAfterPast asks the same of the last date of any precision).
func (t *Tagger) futureAfterPastDay(i int) bool {
	if t.narrative || !t.hasRef || t.lastDayEnd < 0 || t.sameSentence(t.lastDayEnd, i) {
		return false
	}
	day, ok := t.lastDay.DayOf().Time()
	return ok && day.Before(t.ref) && t.tense(i, i+1) > 0 && !t.weakCue
}

// guessDayFirst reports whether the text writes its numeric dates day
// first (see DayOrder): more of its dates can only be read so than only
// month first (one American date among British ones does not turn them).
// Then 03/04/2019 in the same text is 3 April.
func (t *Tagger) guessDayFirst() bool {
	day, month := t.dayOrder()
	return day > month
}

// DayOrder counts the numeric dates of text that can only be read day
// first (25/03/2019, and dates written with periods, 12.03.2015) and those
// that can only be read month first (03/25/2019), as the tagger reads
// them: a day and a month of one or two digits and a year of two or four,
// one separator ("/", "." or "-") throughout, not inside a longer run of
// numbers ("10.13.2019.4", "1.2.3.2019") and not a version ("version
// 2.1.2019", "v2.1.2019"). A reader can decide from it the order of the
// dates it reads itself (a "Published:" line), the way the tagger decides
// for the text it tags.
func DayOrder(text string) (dayFirst, monthFirst int) {
	numericLines(text, func(t *Tagger, _ int) bool {
		d, m := t.dayOrder()
		dayFirst, monthFirst = dayFirst+d, monthFirst+m
		return true
	})
	// "ready on 26/08", "Fri 9/19": a day and month with no year that
	// only one order can read
	if strings.IndexByte(text, '/') >= 0 {
		for _, m := range shortDayMonthRe.FindAllStringSubmatch(text, 64) {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			switch {
			case a == 24 && b == 7: // "24/7": round the clock
			case a > 12 && a <= 31 && b >= 1 && b <= 12:
				dayFirst++
			case b > 12 && b <= 31 && a >= 1 && a <= 12:
				monthFirst++
			}
		}
	}
	return dayFirst, monthFirst
}

// shortDayMonthRe is a day and a month with a slash and no year ("26/08",
// "9/19"), not part of a longer run of numbers (a date with its year, a
// fraction of a fraction, a ratio "3:1/2").
var shortDayMonthRe = regexp.MustCompile(`(?:^|[\s(\[])(\d{1,2})/(\d{1,2})(?:[\s.,;:!?)\]]|$)`)

// numericLines lexes, one at a time, the lines of text that hold a
// numeric date (most texts have none, and the lexer need not run over the
// rest), and calls fn with a tagger over each and the line's offset in
// text, until fn returns false.
func numericLines(text string, fn func(t *Tagger, lineStart int) bool) {
	var t *Tagger
	for i := 0; i < len(text); {
		k := numericDateAt(text, i)
		if k < 0 {
			return
		}
		start := strings.LastIndexByte(text[:k], '\n') + 1
		end := strings.IndexByte(text[k:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += k
		}
		if t == nil {
			t = New(Options{})
		}
		t.text = text[start:end]
		t.toks = t.lx.run(t.text)
		if !fn(t, start) {
			return
		}
		i = end + 1
	}
}

// WrittenOrder counts the dates of text written with the month's name and
// a year, day first ("10 April 2020", "3rd March 2019") and month first
// ("April 10, 2020"), and the clock times it gives in the zones of places
// that write the day first ("9:10am AEDT", "6pm BST") or the month first
// ("3 p.m. EST"). A text with no numeric date that only one order can
// read (DayOrder) may still show its habit this way: one that writes "10
// April 2020", or an Australian story timed in AEDT, means 3 April by
// 3/4/2020.
func WrittenOrder(text string) (dayFirst, monthFirst int) {
	dayFirst = len(writtenDayFirstShortRe.FindAllStringIndex(text, 64))
	monthFirst = len(writtenMonthFirstShortRe.FindAllStringIndex(text, 64))
	for _, m := range zonedClockRe.FindAllStringSubmatch(text, 64) {
		switch m[1] {
		case "EST", "EDT", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST":
			monthFirst++
		case "CST": // also China's, whose dates run year first
		default:
			dayFirst++
		}
	}
	return dayFirst, monthFirst
}

const monthNamesRe = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`

var (
	// a day and its month's name, the year written or not ("on 30 June",
	// "from July 12", "10 April 2020")
	writtenDayFirstShortRe   = regexp.MustCompile(`\b[0-3]?\d(?:st|nd|rd|th)?(?: of)? ` + monthNamesRe + `\b`)
	writtenMonthFirstShortRe = regexp.MustCompile(`\b` + monthNamesRe + `\.? [0-3]?\d(?:st|nd|rd|th)?\b`)
	// a clock time and a zone of a country whose habit is known
	zonedClockRe = regexp.MustCompile(`\b\d{1,2}(?:[:.]\d\d)?\s?(?:[aApP]\.?[mM]\.?|[hH]rs?)?,?\s?\(?(AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|BST|IST|CET|CEST|WET|WEST|EET|EEST|SAST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST)\b`)
)

// numericDateAt returns the offset of the first digit, at i or after, of
// digits, a separator, one or two digits, the same separator and a digit
// ("3/4/2", "12.03.2"), or -1: the cheap test before a line is lexed.
func numericDateAt(text string, i int) int {
	for i = max(i, 1); i+3 < len(text); i++ {
		c := text[i]
		if c != '/' && c != '.' && c != '-' || !isDigit(text[i-1]) {
			continue
		}
		j := i + 1
		for j < len(text) && j-i <= 2 && isDigit(text[j]) {
			j++
		}
		if j == i+1 || j-i > 3 || j+1 >= len(text) || text[j] != c || !isDigit(text[j+1]) {
			continue
		}
		k := i - 1
		for k > 0 && isDigit(text[k-1]) {
			k--
		}
		return k
	}
	return -1
}

// FirstAmbiguous returns the span of the first numeric date in text that
// either order reads as a different date ("03/04/2024": 3 April or 4
// March), as DayOrder finds them; ok is false when there is none.
func FirstAmbiguous(text string) (start, end int, ok bool) {
	numericLines(text, func(t *Tagger, line int) bool {
		if _, _, a := t.dayOrderScan(); a >= 0 {
			start, end, ok = line+int(t.toks[a].start), line+int(t.toks[a+4].end), true
			return false
		}
		return true
	})
	return start, end, ok
}

func (t *Tagger) dayOrder() (dayFirst, monthFirst int) {
	dayFirst, monthFirst, _ = t.dayOrderScan()
	return dayFirst, monthFirst
}

// dayOrderScan counts as DayOrder does and also returns the token index of
// the first date either order reads (amb), or -1.
func (t *Tagger) dayOrderScan() (dayFirst, monthFirst, amb int) {
	amb = -1
	next := 0
	for _, c := range t.lx.nums {
		i := int(c)
		if i < next || i+4 >= len(t.toks) {
			continue
		}
		a := &t.toks[i]
		if a.kind != tNum || a.nd > 2 || a.sfx != sfxNone || !t.glued(i+1) {
			continue
		}
		sep := t.toks[i+1]
		if sep.kind != tPunct || (sep.r != '/' && sep.r != '.' && sep.r != '-') {
			continue
		}
		b, bnd, ok := t.num(i + 2)
		if !ok || bnd > 2 || !t.glued(i+2) || !t.glued(i+3) || !t.punct(i+3, sep.r) || !t.glued(i+4) {
			continue
		}
		y, cnd, ok := t.num(i + 4)
		if !ok || (cnd != 4 && cnd != 2) || t.tok(i+4).sfx != sfxNone || t.badBefore(i) || lowerIn(t, i-1, yearStoppers) ||
			t.glued(i+5) && (t.punct(i+5, sep.r) || t.punct(i+5, '.')) && t.glued(i+6) && t.tok(i+6) != nil && t.tok(i+6).kind == tNum {
			next = i + 5
			continue
		}
		n := int(a.n)
		switch {
		case n > 12 && n <= 31 && b >= 1 && b <= 12:
			dayFirst++
		case b > 12 && b <= 31 && n >= 1 && n <= 12:
			monthFirst++
		case sep.r == '.' && n >= 1 && n <= 31 && b >= 1 && b <= 12:
			dayFirst++
		case n >= 1 && n <= 12 && b >= 1 && b <= 12 && n != b:
			// the weekday before it may fit one reading only: "Mon
			// 11/04/2024" is 4 November (11 April 2024 was a Thursday)
			switch t.weekdayFits(i, y, cnd, n, b) {
			case 1:
				dayFirst++
			case 2:
				monthFirst++
			default:
				if amb < 0 {
					amb = i
				}
			}
		}
		next = i + 5
	}
	return dayFirst, monthFirst, amb
}

// weekdayFits tells which reading of the numeric date at i (a/b/y, the
// year of nd digits) the weekday written just before it fits ("Mon
// 11/04/2024", "Tuesday, 03/04/2024"): 1 day first only, 2 month first
// only, 0 neither, both or no weekday.
func (t *Tagger) weekdayFits(i, y, nd, a, b int) int {
	k := i - 1
	if t.punct(k, ',') || t.punct(k, '.') {
		k--
	}
	w := t.w(k)
	if w == nil || w.wday == 0 || w.plural {
		return 0
	}
	if nd == 2 {
		y += 2000
		if y > time.Now().Year()+20 {
			y -= 100
		}
	}
	fits := func(month, day int) bool {
		d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		return d.Day() == day && (int(d.Weekday())+6)%7+1 == w.wday
	}
	switch df, mf := fits(b, a), fits(a, b); {
	case df && !mf:
		return 1
	case mf && !df:
		return 2
	}
	return 0
}

// dayListHead reads a day listed before the day that carries the month:
// "8" in "on 8 and 9 June 2021", "12" and "14" in "on 12, 14 and 16
// December". It takes that day's month and year.
func (t *Tagger) dayListHead(i int) (res, bool) {
	tk := t.tok(i)
	n, nd, ok := t.num(i)
	if !ok || nd > 2 || n < 1 || n > 31 || tk.sfx != sfxNone && tk.sfx != sfxOrd || t.is(i-1, "between") {
		return res{}, false
	}
	if !t.isAny(i-1, "on", "from", "of", "during", "over") &&
		!(t.lastEnd == i-1 && (t.punct(i-1, ',') || t.is(i-1, "and"))) {
		return res{}, false
	}
	prev, k, seps := n, i+1, 0
	for steps := 0; steps < 8; steps++ {
		for t.punct(k, ',') || t.isAny(k, "and", "or") {
			k++
			seps++
		}
		m, mnd, ok := t.num(k)
		if !ok || mnd > 2 || m <= prev || m > 31 || seps == 0 {
			return res{}, false
		}
		if w := t.w(k + 1); w != nil && w.month > 0 || t.is(k+1, "of") && t.w(k+2) != nil && t.w(k+2).month > 0 {
			last, ok := t.numeric(k)
			if !ok || last.typ != Date || last.d.Prec != timeline.Day && last.val == "" {
				return res{}, false
			}
			r := res{start: i, end: i + 1, typ: Date, noYear: last.noYear}
			switch {
			case last.val != "":
				if len(last.val) != len("XXXX-12-13") {
					return res{}, false
				}
				r.val = last.val[:8] + two(n)
			case validDay(last.d.Year, last.d.Month, n):
				r.d = dayValue(last.d.Year, last.d.Month, n)
			default:
				return res{}, false
			}
			return r, true
		}
		prev, k, seps = m, k+1, 0
	}
	return res{}, false
}

// inName reports whether the number at i stands between two capitalized
// words that are not dates, inside a name ("the Tokyo 2020 Olympics").
func (t *Tagger) inName(i int) bool {
	name := func(k int) bool {
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || !tk.cap && !tk.upper {
			return false
		}
		if w := tk.w(); w != nil && (w.month > 0 || w.wday > 0 || w.season != timeline.NoSeason || w.unit != uNone || w.part != timeline.NoPart) {
			return false
		}
		if t.isAny(k, "ad", "bc", "bce", "ce", "a", "fy", "q", "h", "i", "the", "in", "on", "since", "by") {
			return false
		}
		return true
	}
	if name(i-1) && name(i+1) && !t.sentenceStart(i-1) && !t.newLine(i) && !t.newLine(i+1) && !t.columnGap(i+1) {
		// (not "ANSWER KEY¶1066        Battle of Hastings": a line, a
		// column apart; nor "Spring Semester 2026¶Dates are subject to
		// change.": a heading's year, the next line's first word)
		return true
	}
	// "The 1812 Overture", "the 1812 Overture": "the", a year and a name
	// that is no event of it ("the 2019 Election" stays a year's); a
	// possessive stands where "the" does ("Tchaikovsky's 1812 Overture",
	// "the party's 1922 Committee")
	return (t.is(i-1, "the") || t.possessiveS(i-1)) && name(i+1) && !t.newLine(i+1) && lowerIn(t, i+1, nameWords)
}

// columnGap reports whether two spaces or more, or a tab, stand before
// token i: the gap between the columns of a table written in plain text.
func (t *Tagger) columnGap(i int) bool {
	a, b := t.tok(i-1), t.tok(i)
	if a == nil || b == nil {
		return false
	}
	gap := t.text[a.end:b.start]
	return strings.Contains(gap, "  ") || strings.ContainsRune(gap, '\t')
}

// nameWords are nouns that, capitalized after "the" and a year, make a
// title or a name rather than an event of that year.
var nameWords = map[string]bool{
	"overture": true, "symphony": true, "concerto": true, "sonata": true, "suite": true, "song": true, "album": true,
	"club": true, "society": true, "hotel": true, "building": true, "tower": true, "gallery": true, "collection": true,
	"edition": true, "model": true, "series": true, "committee": true, "group": true, "foundation": true, "trust": true,
	"vintage": true, "classic": true, "restaurant": true, "bar": true, "brewery": true, "fund": true,
}

// shortYearAfterDay reads the year of fewer than four digits that a day
// and month written before it ask for: "25 December 800", "24 August AD
// 79". A count ("on 25 December 800 people") is none.
func (t *Tagger) shortYearAfterDay(k int) (int, int, bool) {
	if t.isAny(k, "ad", "ce") {
		if y, ok := t.yearAfterEra(k); ok {
			return y, k + 2, true
		}
		return 0, k, false
	}
	n, nd, ok := t.num(k)
	if !ok || nd != 3 || n < 100 || t.tok(k).sfx != sfxNone || t.badAfter(k) || t.glued(k+1) && !t.punct(k+1, ',') && !t.punct(k+1, '.') {
		return 0, k, false
	}
	if lowerIn(t, k+1, countNouns) || t.pluralNounAfter(k+1) || t.isUnitAfter(k+1) {
		return 0, k, false
	}
	if nx := t.tok(k + 1); nx != nil && nx.kind == tWord && !nx.cap && !t.isAny(k+1, "and", "or", "when", "in", "at", "the", "he", "she", "it", "they", "was", "were") {
		return 0, k, false
	}
	return n, k + 1, true
}

// dayMonthYY reads the year written in two digits at k after a day and
// a month, as military diaries and orders write it ("6 Jun 44", "7 June
// 44."): the number ends the line, or a stop, a comma, a bracket or a
// column's gap follows it; after a month cut short ("Jun", "Sept"), which
// such writing keeps to, a small word of the sentence going on may follow
// too ("landed on 6 Jun 44 at St Aubin"). A count is no year ("on 6 June
// 44 men landed", "6 June 44 of them", "44%").
func (t *Tagger) dayMonthYY(k int, short bool) (int, bool) {
	n, nd, ok := t.num(k)
	if !ok || nd != 2 || t.tok(k).sfx != sfxNone || t.glued(k) || t.badAfter(k) {
		return 0, false
	}
	nx := t.tok(k + 1)
	switch {
	case nx == nil || t.newLine(k+1) || t.columnGap(k+1):
		return n, true
	case nx.kind == tPunct:
		switch nx.r {
		case '.', ',', ';', ':', ')', '–', '—', '-', '|':
			return n, !t.glued(k+1) || nx.r != '-' && nx.r != '–' && nx.r != '—'
		}
	case nx.kind == tWord && short:
		return n, t.isAny(k+1, "at", "the", "and", "when", "in", "on", "by", "to", "until", "from")
	}
	return 0, false
}

// lawReport reports whether the year at i is the volume year of a law
// report citation: "[1980] AC 827", "[2019] UKSC 12", "(1980) 144 CLR 1".
func (t *Tagger) lawReport(i int) bool {
	switch {
	case t.punct(i-1, '[') && t.punct(i+1, ']'):
		k := i + 2
		if n, _, ok := t.num(k); ok && n > 0 { // "[1980] 1 WLR 1"
			k++
		}
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || !tk.upper || tk.end-tk.start > 6 {
			return false
		}
		k++
		// "[2023] EWCA Civ 912", "[2019] EWHC 1234 (Admin)"
		for n := 0; n < 2 && t.tok(k) != nil && t.tok(k).kind == tWord && t.tok(k).cap && t.tok(k).end-t.tok(k).start <= 5; n++ {
			k++
		}
		return t.tok(k) != nil && t.tok(k).kind == tNum
	case t.punct(i-1, '(') && t.punct(i+1, ')'):
		tk := t.tok(i + 3)
		_, _, vol := t.num(i + 2)
		return vol && tk != nil && tk.kind == tWord && tk.upper && tk.end-tk.start <= 6 && t.tok(i+4) != nil && t.tok(i+4).kind == tNum
	}
	return false
}

// lawReportNumber reports whether the number at i is the number of a law
// report citation after its year and series: "[2019] EWHC 1234".
func (t *Tagger) lawReportNumber(i int) bool {
	k := i - 1
	for n := 0; n < 3 && t.tok(k) != nil && t.tok(k).kind == tWord && t.tok(k).cap; n++ {
		k--
	}
	return k < i-1 && t.punct(k, ']') && t.lawReport(k-1)
}

// offsetStamp reports whether the clock at i is a timestamp into a
// recording rather than a time of day: in square brackets ("[00:12:34]"),
// or a subtitle cue ("00:00:02,000 --> 00:00:04,500", written with
// milliseconds or beside an arrow).
func (t *Tagger) offsetStamp(i int) bool {
	if !(t.punct(i+1, ':') && t.glued(i+1)) {
		return false
	}
	if t.punct(i-1, '[') && t.glued(i) {
		// "[00:12:34]", a transcript's "[12:34]"; but an alert thread's
		// "[05:42]" posts, none of them past 23 hours nor the first at
		// 0, are stamped with their times of day
		return t.punct(i+3, ':') && t.glued(i+3) || !t.bracketClocks()
	}
	// "T-minus 10:00", "T+00:05", "L-2:30": a countdown; "Runtime
	// 1:24:17", "running time 58:10": a length
	if t.isAny(i-1, "minus", "plus", "runtime", "duration", "length") || t.is(i-1, "time") && t.is(i-2, "running") ||
		(t.dash(i-1) || t.punct(i-1, '+')) && t.glued(i-1) && t.glued(i) && t.isAny(i-2, "t", "l") {
		return true
	}
	if t.chapterMark(i) {
		return true
	}
	// hh:mm:ss then ",mmm" or "." + 3 digits
	k := i + 2
	if t.punct(k+1, ':') && t.glued(k+1) {
		k += 2
	}
	if (t.punct(k+1, ',') || t.punct(k+1, '.')) && t.glued(k+1) && t.glued(k+2) {
		if _, nd, ok := t.num(k + 2); ok && nd == 3 {
			return true
		}
	}
	// a cue's arrow next to it: "--> 00:00:04" (not a journey's "13:40
	// -> 09:05")
	arrow := func(a int) bool {
		return t.dash(a) && t.dash(a+1) && t.punct(a+2, '>') || t.punct(a, '>') && t.dash(a-1) && t.dash(a-2)
	}
	return arrow(i-2) || arrow(i-1) || arrow(k+1) || arrow(k+2)
}

// authorYear reports whether the year at i is a reference's year after
// its authors: "Hidalgo-Ruz et al. (2012)", "(Lee et al., 2010)", "(Brown,
// 2004; ...)": the source's year, not a time the text tells of.
func (t *Tagger) authorYear(i int) bool {
	alBefore := func(k int) bool { // "et al." ending at k
		return t.punct(k, '.') && t.is(k-1, "al") && t.is(k-2, "et") || t.is(k, "al") && t.is(k-1, "et")
	}
	switch {
	case t.punct(i-1, '(') && alBefore(i-2):
		return true // "et al. (2012)"
	case alBefore(i - 1):
		return true // "(Jao et al. 2013)"
	case t.punct(i-1, ','):
		if alBefore(i - 2) {
			return true // "(Lee et al., 2010)"
		}
		// "(Brown, 2004", "; Brown, 2004", "(R Core Team, 2020)": an
		// author of up to four capitalised words
		k := i - 2
		if tk := t.tok(k); tk != nil && tk.kind == tWord && tk.cap && tk.w() == nil {
			k--
			if t.isAny(k, "and") || t.punct(k, '&') {
				if tk := t.tok(k - 1); tk != nil && tk.kind == tWord && tk.cap && tk.w() == nil {
					k -= 2
				}
			}
			for n := 0; n < 3; n++ {
				if tk := t.tok(k); tk != nil && tk.kind == tWord && tk.cap && !t.glued(k+1) {
					k--
					continue
				}
				break
			}
			return t.punct(k, '(') || t.punct(k, ';')
		}
	}
	// "(Smith 2004, p. 12)", "(Jones and Patel 1998, pp. 45–47)",
	// "(Hudson 1992: 88)", "(Mokyr 2009)": an author and a year in
	// brackets, a page or the bracket after it
	if k, ok := t.authorsBefore(i - 1); ok && (t.punct(k, '(') || t.punct(k, ';')) && // ("(Pan et al., 2011; Vetter 2018)")
		(t.punct(i+1, ')') || t.punct(i+1, ':') || t.punct(i+1, ';') || t.punct(i+1, ',') && (t.isAny(i+2, "p", "pp", "chapter", "ch") || t.tok(i+2) != nil && t.tok(i+2).kind == tNum)) {
		return true
	}
	// "Crafts (1985) estimated", "Berg and Hudson (1992) argue": an
	// author's year before what the work says
	if t.punct(i-1, '(') && t.punct(i+1, ')') && lowerIn(t, i+2, citeVerbs) {
		if _, ok := t.authorsBefore(i - 2); ok {
			return true
		}
	}
	// "counted following Utermöhl (1958)", "as shown by Smith (2019)",
	// "see Jones (2004)", "according to Lee (2010)": an author's year
	// after a word that cites the work
	if t.punct(i-1, '(') && t.punct(i+1, ')') && t.glued(i) && t.glued(i+1) {
		k, ok := t.authorsBefore(i - 2)
		if ok && k+1 < i-2 && t.lowerWord(k+1) == "see" {
			k++ // "See Jones (2004)": the capital read as a name
		}
		if ok && k < i-2 && !t.glued(k+1) &&
			(citingWords[t.lowerWord(k)] && !(t.tok(k).cap && t.lowerWord(k) == "following") || t.is(k, "to") && t.lowerWord(k-1) == "according" ||
				t.is(k, "by") && (citeVerbs[t.lowerWord(k-1)] || citedBy[t.lowerWord(k-1)])) {
			return true
		}
	}
	// "Hagen and Liestøl (1990) and ...": two authors' surnames and their
	// year in brackets
	if t.punct(i-1, '(') && t.punct(i+1, ')') && t.glued(i) && t.glued(i+1) {
		name := func(j int) bool {
			tk := t.tok(j)
			return tk != nil && tk.kind == tWord && tk.cap && !tk.upper && tk.w() == nil
		}
		if name(i-2) && (t.is(i-3, "and") || t.punct(i-3, '&')) && name(i-4) && !workNounAt(t, i-5) && !(t.dash(i+2) && !t.glued(i+2)) {
			// (not "The album Ashes and Ardour (1997)": a work's title
			// after its noun, then its year; nor a list's entry, "Ashes
			// & Ardour (1997) — Mercury Fields": the title, its year,
			// then what more the list tells of it)
			return true
		}
	}
	return false
}

// workNounAt reports whether token k is a noun for a work in lower case,
// which a title and its year follow: "the album Ashes and Ardour (1997)",
// "the novel Pride and Prejudice (1813)".
func workNounAt(t *Tagger, k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap {
		return false
	}
	switch t.lowerWord(k) {
	case "album", "albums", "record", "single", "ep", "lp", "song", "book", "novel", "film", "movie", "play", "opera",
		"ballet", "musical", "painting", "poem", "series", "show", "sequel", "debut", "follow-up", "title", "titled", "called", "named":
		return true
	}
	return false
}

// authorsBefore reads the authors of a citation ending at token k: one
// to three capitalised names, "and" or "&" joining the last two; it
// returns the token before them.
func (t *Tagger) authorsBefore(k int) (int, bool) {
	name := func(j int) bool {
		tk := t.tok(j)
		return tk != nil && tk.kind == tWord && tk.cap && tk.w() == nil && (!t.glued(j) || t.punct(j-1, '('))
	}
	if !name(k) {
		return k, false
	}
	k--
	if (t.isAny(k, "and") || t.punct(k, '&')) && name(k-1) {
		k -= 2
	}
	for n := 0; n < 2 && name(k); n++ {
		k--
	}
	return k, true
}

// citingWords cite the work whose author and year follow them:
// "following Utermöhl (1958)", "see Jones (2004)".
var citingWords = map[string]bool{"following": true, "see": true, "cf": true}

// citedBy are participles before "by" and a work's author: "as shown by
// Smith (2019)".
var citedBy = map[string]bool{"shown": true, "given": true, "defined": true, "developed": true, "modified": true, "adapted": true}

// citeVerbs say what a cited work does: "Crafts (1985) estimated".
var citeVerbs = map[string]bool{"estimated": true, "estimates": true, "argued": true, "argues": true, "argue": true,
	"showed": true, "shows": true, "show": true, "found": true, "finds": true, "find": true, "noted": true, "notes": true,
	"suggested": true, "suggests": true, "suggest": true, "claimed": true, "claims": true, "claim": true,
	"reported": true, "reports": true, "report": true, "observed": true, "observes": true, "described": true,
	"describes": true, "proposed": true, "proposes": true, "concluded": true, "concludes": true, "wrote": true,
	"writes": true, "calculated": true, "calculates": true, "demonstrated": true, "demonstrates": true}

// scriptureBooks are books whose chapter and verse are written like a
// clock time ("John 3:16", "Genesis 1:1").
var scriptureBooks = map[string]bool{
	"genesis": true, "exodus": true, "leviticus": true, "numbers": true, "deuteronomy": true, "joshua": true,
	"judges": true, "ruth": true, "samuel": true, "kings": true, "chronicles": true, "ezra": true, "nehemiah": true,
	"esther": true, "job": true, "psalm": true, "psalms": true, "proverbs": true, "ecclesiastes": true, "isaiah": true,
	"jeremiah": true, "lamentations": true, "ezekiel": true, "daniel": true, "hosea": true, "joel": true, "amos": true,
	"jonah": true, "micah": true, "matthew": true, "mark": true, "luke": true, "john": true, "acts": true,
	"romans": true, "corinthians": true, "galatians": true, "ephesians": true, "philippians": true,
	"colossians": true, "thessalonians": true, "timothy": true, "titus": true, "hebrews": true, "james": true,
	"peter": true, "jude": true, "revelation": true, "surah": true, "sura": true,
}

// flightCode reports whether token k is an airline's code before a flight
// number ("FA 1452", "BA 2490", "U2 8127"): two capitals, or a capital
// and a digit, right before the number, with a place or a time after it.
func (t *Tagger) flightCode(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.end-tk.start != 2 || t.glued(k+1) {
		return false
	}
	s := t.text[tk.start:tk.end]
	if !(s[0] >= 'A' && s[0] <= 'Z') || !(s[1] >= 'A' && s[1] <= 'Z' || s[1] >= '0' && s[1] <= '9') {
		return false
	}
	switch s {
	case "AD", "BC", "CE", "FY", "UK", "US", "EU", "UN", "NO", "IN", "ON", "AT", "BY", "OF", "TO", "IS", "AS", "OR", "IT", "AN":
		return false
	}
	if t.isAny(k-1, "flight", "flights") || t.punct(k-1, ',') && t.isAny(k-2, "flight") || t.isAny(k-1, "number") && t.isAny(k-2, "flight") {
		return true // "Flight BA 2025 was delayed", "Her flight, BA 2019, was late"
	}
	nx := t.tok(k + 2)
	return nx != nil && (nx.kind == tWord && nx.cap && (nx.w() == nil || nx.w().month == 0) ||
		nx.kind == tNum && t.punct(k+3, ':') || t.isAny(k+2, "from", "to"))
}

// bracketClocks reports whether the text's lines stamped in square
// brackets with hours and minutes ("[05:42] Flood warning ...") are
// stamped with times of day: at least two such lines, the first not at 0
// hours, none past 23, and none with seconds. A recording's stamps
// start at 0 ("[00:00]", "[0:45]") and run on past an hour's minutes.
func (t *Tagger) bracketClocks() bool {
	if t.bracketClock != 0 {
		return t.bracketClock > 0
	}
	t.bracketClock = -1
	text := t.text
	n := 0
	for ls := 0; ls < len(text); {
		p := ls
		for p < len(text) && (text[p] == ' ' || text[p] == '\t') {
			p++
		}
		if p < len(text) && text[p] == '[' {
			q := p + 1
			w := q
			for w < len(text) && w-q <= 9 && (text[w] >= 'A' && text[w] <= 'Z' || text[w] >= 'a' && text[w] <= 'z') {
				w++
			}
			if w > q && w < len(text) && text[w] == ' ' {
				p = w // "[Sun 06:02]": a day's name before the time
			}
			q = p + 1
			for q < len(text) && isDigit(text[q]) {
				q++
			}
			if d := q - p - 1; d >= 1 && d <= 2 && q+3 < len(text) && text[q] == ':' && isDigit(text[q+1]) && isDigit(text[q+2]) {
				h := 0
				for _, c := range []byte(text[p+1 : q]) {
					h = h*10 + int(c-'0')
				}
				if h > 23 || text[q+3] == ':' || n == 0 && h == 0 || text[q+3] != ']' {
					return false
				}
				n++
			}
		}
		nl := strings.IndexByte(text[ls:], '\n')
		if nl < 0 {
			break
		}
		ls += nl + 1
	}
	if n >= 2 {
		t.bracketClock = 1
	}
	return n >= 2
}

// oldStyleGloss reports whether an Old Style (or New Style) day in
// brackets starts at token k ("[O.S. 2 February]", "(O.S. 27 September)")
// and returns the token after it.
func (t *Tagger) oldStyleGloss(k int) (int, bool) {
	if !t.punct(k, '[') && !t.punct(k, '(') {
		return k, false
	}
	if !(t.is(k+1, "o") || t.is(k+1, "n") || t.is(k+1, "os") || t.is(k+1, "ns")) {
		return k, false
	}
	for n := k + 2; n < len(t.toks) && n <= k+9; n++ {
		if t.punct(n, ']') || t.punct(n, ')') {
			inner := strings.ToLower(strings.ReplaceAll(t.text[t.toks[k+1].start:t.toks[n].start], " ", ""))
			if strings.HasPrefix(inner, "o.s.") || strings.HasPrefix(inner, "n.s.") || strings.HasPrefix(inner, "os") || strings.HasPrefix(inner, "ns") {
				return n + 1, true
			}
			return k, false
		}
	}
	return k, false
}

// chapterMark reports whether the time at token i opens its line in a
// list of such lines that starts at 0:00 ("0:00 Intro", "12:34 The 1969
// landing", "1:02:10 Questions"): the chapters of a recording, places in
// it and not times of day.
func (t *Tagger) chapterMark(i int) bool {
	text := t.text
	at := int(t.tok(i).start)
	lineStart := func(p int) (int, bool) { // the line's start, and whether only a bullet comes before p
		k := p
		for k > 0 && text[k-1] != '\n' {
			k--
		}
		for _, c := range []byte(strings.TrimSpace(text[k:p])) {
			if c != '-' && c != '*' && c != '(' && c != '[' {
				return k, false
			}
		}
		return k, true
	}
	ls, ok := lineStart(at)
	if !ok {
		return false
	}
	for lines := 0; lines < 400; lines++ {
		// the mark at ls: digits, a colon, two digits
		p := ls
		for p < len(text) && (text[p] == ' ' || text[p] == '\t' || text[p] == '-' || text[p] == '*' || text[p] == '(' || text[p] == '[') {
			p++
		}
		q := p
		for q < len(text) && isDigit(text[q]) {
			q++
		}
		if q == p || q-p > 2 || q+2 >= len(text) || text[q] != ':' || !isDigit(text[q+1]) || !isDigit(text[q+2]) {
			return false
		}
		if strings.Trim(text[p:q], "0") == "" && text[q+1] == '0' && text[q+2] == '0' {
			return true // the list starts at 0:00
		}
		if ls == 0 {
			return false
		}
		ls, _ = lineStart(ls - 1)
	}
	return false
}

// decadeBeside reports whether the "1900s" at token i is paired with the
// decade after it ("the 1900s–1910s", "the 1900s and 1910s"): then it is
// the decade 1900–1909, not the century.
func (t *Tagger) decadeBeside(i int) bool {
	k := i + 1
	if !(t.dash(k) || t.isAny(k, "and", "to", "or", "through")) {
		return false
	}
	n, nd, ok := t.num(k + 1)
	return ok && nd == 4 && t.tok(k+1).sfx == sfxS && n%100 != 0 && n%10 == 0 && n-int(t.tok(i).n) == 10
}

// phoneGroup reports whether the number at token i is a group of a
// telephone number: another group of digits one space before or after it
// ("5222 1234", "1800 123 456"), or a bracketed area code before it
// ("(02) 9265 1999").
func (t *Tagger) phoneGroup(i int) bool {
	group := func(k int) bool {
		tk := t.tok(k)
		return tk != nil && tk.kind == tNum && tk.sfx == sfxNone && tk.nd >= 2 && tk.nd <= 4 && !t.glued(max(k, i)) &&
			t.text[t.tok(min(k, i)).end:t.tok(max(k, i)).start] == " "
	}
	if group(i-1) && (t.tok(i-1).nd != 4 || t.text[t.tok(i-1).start] == '0' || group(i-2) || t.punct(i-2, ')')) {
		return true // ("in 1914 2,000 men": no; "(03) 5222 1234", "1800 123 456": yes)
	}
	if group(i+1) && t.tok(i+1).nd >= 3 && (t.tok(i+1).nd != 4 || group(i+2)) {
		return true // "1800 123 456"
	}
	return t.punct(i-1, ')') && t.tok(i-2) != nil && t.tok(i-2).kind == tNum && t.punct(i-3, '(') && t.text[t.tok(i-2).start] == '0'
}

// postcodeRegions are the states and territories whose abbreviations stand
// before a four-digit postcode ("Sydney NSW 2000").
var postcodeRegions = map[string]bool{"nsw": true, "vic": true, "qld": true, "wa": true, "sa": true, "tas": true, "act": true, "nt": true}

// lastClockDay is the day of the date told last that a time after it is
// on: the day after, when that was a midnight ("broke out at midnight.
// Police arrived at 2 a.m.": 2 a.m. of the day T24:00 ends).
func (t *Tagger) lastClockDay() timeline.Date {
	d := t.last.DayOf()
	if t.last.Prec >= timeline.Hour && t.last.Hour == 24 {
		if tm, ok := dayTime(d); ok {
			return dayDate(tm.AddDate(0, 0, 1))
		}
	}
	return d
}

// stageDirection reports whether token i is inside a bracketed line of
// its own, as a transcript notes its proceedings: "[Whereupon, at 12:41
// p.m., the hearing was adjourned.]", "[Recess at 11:05 a.m.]", or a
// time alone in round brackets, as a court transcript stamps its
// resumption: "(11.20 am)".
func (t *Tagger) stageDirection(i int) bool {
	k := i
	for k > 0 && !t.newLine(k) && i-k < 12 {
		k--
	}
	if k > 0 && !t.newLine(k) {
		return false
	}
	if t.punct(k, '(') && k+1 == i {
		return t.bracketedStamp(i)
	}
	if !t.punct(k, '[') {
		return false
	}
	for j := i + 1; j < len(t.toks) && j-i < 20; j++ {
		if t.punct(j, ']') {
			return true
		}
		if t.newLine(j) || t.punct(j, '[') {
			return false
		}
	}
	return false
}

// bracketedStamp reports whether the time at token i, right after a
// round bracket that opens its line, is all the bracket holds and the
// bracket all the line: "(10.04 am)", "(2.15 p.m.)". Not "(At 3pm the
// guests arrived.)", a sentence of the story set in brackets.
func (t *Tagger) bracketedStamp(i int) bool {
	for j := i + 1; j < len(t.toks) && j-i < 8; j++ {
		if t.newLine(j) {
			return false
		}
		if t.punct(j, ')') {
			return j+1 >= len(t.toks) || t.newLine(j+1)
		}
		if tk := t.tok(j); tk.kind == tWord && !t.isAny(j, "am", "pm", "noon", "midday") {
			return false
		}
	}
	return false
}

// closeVerbs say that a meeting ended (see meetingClosed).
var closeVerbs = map[string]bool{"closed": true, "ended": true, "concluded": true, "finished": true, "adjourned": true, "terminated": true, "rose": true}

// meetingNouns name a meeting whose minutes note its close.
var meetingNouns = map[string]bool{"meeting": true, "session": true, "sitting": true, "call": true, "hearing": true}

// meetingClosed reports whether the time at token i is when the meeting
// a record tells of closed, told on a line of its own as minutes end:
// "The meeting closed at 8.12pm", "There being no further business, the
// meeting was closed at 21:05".
func (t *Tagger) meetingClosed(i int) bool {
	if !t.is(i-1, "at") || !closeVerbs[t.lowerWord(i-2)] {
		return false
	}
	k := i - 3
	if t.isAny(k, "was", "is") {
		k-- // (the chair's own words in a transcript: "The session is adjourned at 11:47")
	}
	if !meetingNouns[t.lowerWord(k)] || !t.isAny(k-1, "the", "this") {
		return false
	}
	for j := k - 1; j >= 0 && j > k-14; j-- {
		if t.lineStart(j) {
			return t.lastEnd <= j // (not "The hearing on 8 May was long, and the meeting closed at 8.12pm": that day's)
		}
		if p := t.tok(j - 1); p != nil && p.kind == tPunct && (p.r == '.' || p.r == '!' || p.r == '?' || p.r == ';') {
			return false
		}
	}
	return false
}

// numberPrefix reports whether the number at i, a dash glued after it and
// nothing to close the range, is the first digits of a longer number that
// a word of beginning introduces: "(number starting 1998-)", "codes
// beginning with 2024-" (but "Jane Doe (1998-)": a life still running).
func (t *Tagger) numberPrefix(i int) bool {
	if nx := t.tok(i + 2); nx != nil && (nx.kind == tNum || nx.kind == tWord) && t.glued(i+2) {
		return false // ("starting 1998-2001": a range)
	}
	k := i - 1
	if t.is(k, "with") {
		k--
	}
	switch t.lowerWord(k) {
	case "starting", "beginning", "starts", "begins", "start", "begin", "prefix", "prefixed":
		return true
	}
	return false
}

// lowerGet looks the word at i up in m by its lower-case form, as
// m[t.lowerWord(i)] would, without making a string of a word the
// vocabulary does not hold (a lower-case copy in a buffer on the stack,
// which a map index by string(bytes) does not keep): the checks that scan
// back over a sentence's words ask many times of its names and capitals.
func lowerGet[V any](t *Tagger, i int, m map[string]V) (V, bool) {
	tk := t.tok(i)
	if tk == nil || tk.kind != tWord {
		// A number, a mark or no token: lowerWord is "", which no map of
		// words holds (their keys are words, written out in their
		// literals), so the lookup would find nothing.
		var zero V
		return zero, false
	}
	if tk.id != 0 || tk.end-tk.start > 32 {
		v, ok := m[t.lowerWord(i)]
		return v, ok
	}
	var buf [32]byte
	n := copy(buf[:], t.text[tk.start:tk.end])
	for k := range n {
		if c := buf[k]; c >= 'A' && c <= 'Z' {
			buf[k] = c + 'a' - 'A'
		}
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}

// lowerIn is lowerGet's value alone: lowerIn(t, i, m) is m[t.lowerWord(i)].
func lowerIn[V any](t *Tagger, i int, m map[string]V) V {
	v, _ := lowerGet(t, i, m)
	return v
}

// Asides: how the clause of a date steps out of the day the story is on
// (see asideClause).
const (
	asidePast     = -1 // told in the pluperfect: "the aircraft had undergone an A-check"
	asideAhead    = 1  // told ahead: "will close on 15 December", "was set for two weeks later"
	asideReported = 2  // the day a report was made: "told us on Tuesday that ..."
	asideUnasked  = 9  // (a date coarser than a day, whose clause is read when a clock time asks)
)

// asideClause reports how the clause of the expression at tokens [s, e)
// steps aside from the day the story is on: asidePast ("The vessel had
// sailed from Rotterdam at 1605 the previous afternoon", "The previous
// evening the aircraft had undergone an A-check"), asideAhead ("The
// consultation will close on 15 December", "the runoff was set for two
// weeks later", "must reach the office by Friday"), asideReported ("The
// Minister told us on Tuesday that ...", and any day a speaker's turn in
// a transcript tells), or 0: the clause tells the story.
func (t *Tagger) asideClause(s, e int) int {
	if t.speakerTurn(s) {
		return asideReported // "Baroness Pritchard (CB): I first raised this matter on 21 May": a day a speaker told of, no day of the record's
	}
	if t.is(s-1, "on") && t.is(e, "that") {
		k := s - 2
		if t.isAny(k, "us", "me", "him", "her", "them", "reporters", "journalists") {
			k--
		}
		if t.isAny(k, "said", "told", "announced", "confirmed", "stated", "reported") {
			return asideReported
		}
	}
	for k := s - 1; k >= 0 && k >= s-12; k-- {
		tk := &t.toks[k]
		if tk.kind == tPunct {
			if tk.r == '\'' || tk.r == '’' {
				continue // "we'll"
			}
			break
		}
		if c := t.asideWord(k, s); c != 0 {
			return c
		}
		if t.newLine(k) {
			break
		}
	}
	// after it, the subject at most between, for a day counted from the
	// story's: "The previous evening the aircraft had undergone ..." (but
	// "On 21 February 2025 the aircraft had arrived the previous day" is
	// the day the story is on, which the pluperfect looks back from)
	if !t.isAny(s, "the", "that") {
		return 0
	}
	k := e
	if t.punct(k, ',') && t.opensSentence(s) {
		k++ // "The previous afternoon, the vessel had sailed"
	}
	for n := 0; k < len(t.toks) && n < 5 && !t.newLine(k); k, n = k+1, n+1 {
		if t.toks[k].kind == tPunct || t.isAny(k, "said", "says", "told", "announced", "that", "who", "which", "when") {
			break
		}
		if c := t.asideWord(k, len(t.toks)); c == asidePast || c == asideAhead && !t.is(k, "would") {
			return c
		}
	}
	return 0
}

// asideWord reports whether token k is the verb that puts a clause aside
// (see asideClause): "had" and a participle, a modal of the future, or a
// day set ahead ("set for", "due on"); end is where the clause's date
// starts, which a "for" after "set" must not pass.
//
// (It switches on the word itself: asideClause asks at every token of
// the clause before a day, where a chain of is and isAny, most of them
// false, cost some 180 instructions a token.)
func (t *Tagger) asideWord(k, end int) int {
	switch t.key(k) {
	case "had":
		n := k + 1
		for t.isAny(n, "already", "previously", "just", "also", "not", "never", "earlier", "recently", "first", "last") {
			n++
		}
		if n >= end {
			return 0
		}
		switch w := t.lowerWord(n); w {
		case "", "a", "an", "the", "to", "no", "his", "her", "its", "their", "our", "my", "your", "some", "any", "this", "that", "these", "those", "one", "two", "three":
			return 0
		}
		return asidePast
	case "will", "shall", "would", "must":
		return asideAhead
	case "ll":
		if t.punct(k-1, '\'') || t.punct(k-1, '’') {
			return asideAhead
		}
	case "set", "scheduled", "slated", "planned", "due":
		if k+1 < end && t.isAny(k+1, "for", "on", "to") {
			return asideAhead
		}
	}
	return 0
}

// storyDayPastAside returns the day the story is on for a clock time at
// token i told with no day of its own, after the last date told stepped
// aside from that day (see asideClause): "The accident occurred on 14
// September 2023. The previous evening the aircraft had undergone an
// A-check. At 0702 UTC the aircraft was cleared to taxi" is the 14th's
// 07:02; "Thursday 16 October 2025 ... The consultation will close on 15
// December. Committee to begin again not before 8.30 pm" is the 16th's
// evening. A clock time told in the aside's own way goes on in it ("The
// crew had dined at 2100"), as one in the aside's sentence does.
func (t *Tagger) storyDayPastAside(i int) (timeline.Date, bool) {
	if t.lastAsideKind == 0 || t.lastEnd > i || t.storyDay.Prec < timeline.Day || t.storyDayEnd > t.lastSetStart ||
		t.last.Prec >= timeline.Day && t.last.DayOf() == t.storyDay.DayOf() {
		return timeline.Date{}, false
	}
	if t.lastAsideKind == asideUnasked {
		t.lastAsideKind = t.asideClause(t.lastSetStart, t.lastSetEnd)
	}
	kind := t.lastAsideKind
	if kind == 0 || t.sameSentence(t.lastEnd, i) || t.semicolonJoined(t.lastEnd, i) {
		return timeline.Date{}, false
	}
	if c := t.asideClause(i, i+1); c == kind || kind == asideReported && c != 0 {
		return timeline.Date{}, false
	}
	if !t.narrative {
		// in news, the writer's day, when the story is on it or the time
		// stamps its line as minutes do ("11.52 am The meeting went into
		// closed session"); a story on another day may have moved on
		if t.hasRef && (t.storyDay.DayOf() == dayDate(t.ref) || t.lineStart(i)) {
			return dayDate(t.ref), true
		}
		return timeline.Date{}, false
	}
	return t.storyDay.DayOf(), true
}

// speakerTitles open a speaker's label in a transcript: "Lord Ashworth
// (Lab):", "The Minister of State (Baroness Greaves):", "Mrs Marsh:".
var speakerTitles = map[string]bool{"Lord": true, "Lady": true, "Baroness": true, "Baron": true, "Earl": true, "Viscount": true, "Mr": true, "Mrs": true,
	"Ms": true, "Miss": true, "Dr": true, "Sir": true, "Dame": true, "Madam": true, "Mister": true}

// speakerRoles are the offices a label after "The" names: "The
// Secretary of State:", "The Chairperson:".
var speakerRoles = map[string]bool{"Minister": true, "Secretary": true, "Speaker": true, "Chair": true, "Chairman": true, "Chairwoman": true,
	"Chairperson": true, "President": true, "Prime": true, "Deputy": true, "Leader": true, "Attorney": true, "Solicitor": true, "Lord": true}

// speakerTurn reports whether token s is in a speaker's turn: its line
// opens with the speaker's label and a colon, a sentence after it
// ("Lord Ashworth (Lab): The Minister told us on Tuesday that ...", "The
// Secretary of State: The Bill implements ..."): a title or an office
// opens the label, or a bracket (the party, the name) closes it.
func (t *Tagger) speakerTurn(s int) bool {
	tk := t.tok(s)
	if tk == nil {
		return false
	}
	ls := t.lineAt(int(tk.start))
	line := t.text[ls:tk.start]
	c := strings.IndexByte(line, ':')
	if c <= 0 || c > 120 {
		return false
	}
	label := strings.TrimSpace(line[:c])
	if label == "" || label[0] < 'A' || label[0] > 'Z' || strings.ContainsAny(label, ".0123456789;") {
		return false
	}
	first, rest, _ := strings.Cut(label, " ")
	switch {
	case label[len(label)-1] == ')' && strings.IndexByte(label, '(') > 0:
	case speakerTitles[first] && rest != "":
	case first == "The" && speakerRoles[strings.SplitN(rest, " ", 2)[0]]:
	default:
		return false
	}
	// a sentence after it, not a field's value ("Mr Smith: 4 May")
	return strings.Count(t.text[ls+c:tk.start], " ") >= 3 || strings.Count(t.text[tk.start:min(len(t.text), int(tk.start)+200)], " ") >= 6
}

// lookBackLine reports whether the clock at token i, in a news story that
// told a day near its reference day, comes on a later line than the last
// day told, which is half a year or more from the reference day: a look
// back that the line break has left.
func (t *Tagger) lookBackLine(i int) bool {
	if t.narrative || !t.hasRef || t.last.Prec < timeline.Day || t.lastDay.DayOf() != t.last.DayOf() || t.lastDayEnd > i || t.lastDayEnd <= 0 ||
		t.nearDayEnd < 0 || t.nearDayEnd > t.lastDayStart || t.lastDayStart < 0 {
		return false
	}
	lt, ok := dayTime(t.last.DayOf())
	if !ok || lt.After(t.ref.AddDate(0, -6, 0)) && lt.Before(t.ref.AddDate(0, 6, 0)) {
		return false
	}
	return strings.IndexByte(t.text[t.toks[t.lastDayEnd-1].end:t.toks[i].start], '\n') >= 0
}
