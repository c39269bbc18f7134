package extract

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
)

// DefaultMergeThreshold is the similarity (Similarity) at or above which
// two reports of compatible dates are taken for one event. It was measured
// on the annotated set in testdata and the seed (TestMergeCurve logs the
// curve): from 0.10 to 0.20 no two different events are merged and 13 of
// the 15 pairs of reports of one event are (recall 0.87); at 0.05 the
// venting at the plant and the engineers' fight to cool the reactors, the
// same Saturday, merge; above 0.20 recall falls (0.67 at 0.25, 0.53 at
// 0.30). 0.20 is the most conservative value of the best plateau. (Measured
// again when similarity came to require a shared predicate: the same 13
// pairs, the same plateau.) One pair of different events scores 0.25 (the
// explosion at the reactor and the engineers' fight to cool it, the same
// afternoon): grouping best first keeps it apart, since the explosion's
// own report in that source is more alike; a threshold above 0.25 would
// not need that, at a recall of 0.60.
const DefaultMergeThreshold = 0.20

// Compatible reports whether two spans may date the same event: the same
// value at the same precision, or the same day told once with and once
// without its time or part ("on Thursday" and "on Thursday night", "on
// Wednesday" and "at 3 p.m. on Wednesday"). A coarser period never holds
// a finer one: a hearing "this month" is not the ruling on a day of that
// month, and merging them would make the month's event vanish and cite
// its source for what it never reported. Ranges are compatible only with
// equal ranges; vague references with nothing.
func Compatible(a, b timeline.Span) bool {
	if a.Start.Prec == timeline.PrecisionNone || b.Start.Prec == timeline.PrecisionNone {
		return false
	}
	if a.IsRange() || b.IsRange() {
		return a.Start == b.Start && a.End == b.End
	}
	x, y := a.Start, b.Start
	if x.Mod != y.Mod {
		return false
	}
	if x == y {
		return true
	}
	// The same day, one with a part of it or a time: "on Thursday" and
	// "on Thursday night".
	return x.Prec >= timeline.Day && y.Prec >= timeline.Day && x.DayOf() == y.DayOf() &&
		(x.Part == timeline.NoPart || y.Part == timeline.NoPart || x.Part == y.Part)
}

// Similarity measures how alike two reports are, from 0 to 1: the overlap
// coefficient |A∩B| / min(|A|,|B|) of their content words (text, title and
// actors, lower-cased, crudely stemmed, stop words and date words left
// out), plus 0.25 when their headlines open with the same content word
// (the subject: "explosion", "Lu Kang"). It is 0 when the two do not tell
// the same thing happening: no word of the predicate of either headline
// (titleSubject left out) is in the other report other than as its
// subject, and they are not two statements of one speaker — a shared
// subject or setting is not an event. The overlap coefficient rather
// than Jaccard because one report is often much shorter than the other (a
// one-line answer and a paragraph); the curves of both are in
// TestMergeCurve.
func Similarity(a, b *timeline.Event) float64 {
	return similarity(newItem(*a), newItem(*b))
}

// bag is a set of content words with weights, sorted by word.
type bag struct {
	words  []string
	weight []float64
	total  float64
	// subject and predicate are the content words of the headline's
	// subject and of the rest of it (the verb and its object or
	// complement).
	subject, predicate []string
	// speech: the headline tells a statement ("Lu Kang says ...").
	speech bool
}

func (b bag) has(w string) bool {
	_, ok := slices.BinarySearch(b.words, w)
	return ok
}

// overlap is the weighted overlap coefficient of two bags.
func overlap(a, b bag) float64 {
	if a.total == 0 || b.total == 0 {
		return 0
	}
	return common(a, b) / min(a.total, b.total)
}

// jaccard is the weighted Jaccard index of two bags (for TestMergeCurve).
func jaccard(a, b bag) float64 {
	if a.total == 0 || b.total == 0 {
		return 0
	}
	c := common(a, b)
	return c / (a.total + b.total - c)
}

// common sums the smaller weight of each word two bags share.
func common(a, b bag) float64 {
	n := 0.0
	for i, j := 0, 0; i < len(a.words) && j < len(b.words); {
		switch c := strings.Compare(a.words[i], b.words[j]); {
		case c == 0:
			n += min(a.weight[i], b.weight[j])
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return n
}

// nameWeight is the weight of a word written as a name (capitalised
// inside a sentence, or in an actor): names tell what a story is about,
// which all its events share; the other words tell what happened.
const nameWeight = 0.5

// bagOf returns the content words of an event (text, title, actors and
// the extra strings: a statement's citation title), lower-cased and
// crudely stemmed, stop words, numbers and date words left out.
func bagOf(e *timeline.Event, extra ...string) bag {
	set := map[string]float64{}
	addWords := func(s string, names bool) {
		first := true
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\'' }) {
			weight := 1.0
			if names || (!first && unicode.IsUpper(firstRune(w))) {
				weight = nameWeight
			}
			first = false
			w = strings.ToLower(w)
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			w = strings.Trim(w, "’'")
			if len(w) < 2 || stopWords[w] || monthWeekday[w] || reportingVerbs[w] != "" || isNumber(w) {
				continue
			}
			w = stem(w)
			set[w] = max(set[w], weight)
		}
	}
	for _, sent := range Sentences(e.Text) {
		addWords(sent.Of(e.Text), false)
	}
	addWords(e.Title, false)
	for _, a := range e.Actors {
		addWords(a, true)
	}
	for _, x := range extra {
		addWords(x, true)
	}
	var out bag
	subj := titleSubject(e.Title)
	out.subject = contentWords(subj)
	out.predicate = contentWords(e.Title[len(subj):])
	out.speech = speechAct(e.Title, subj)
	for w := range set {
		out.words = append(out.words, w)
	}
	slices.Sort(out.words)
	for _, w := range out.words {
		out.weight = append(out.weight, set[w])
		out.total += set[w]
	}
	return out
}

// titleSubject returns the subject of a headline: the words before its
// first verb ("The supreme court" in "The supreme court upheld the
// election result", "Human Rights Watch" in "Human Rights Watch says
// ..."), or "" when no verb is found within its first seven words or the
// headline opens with one.
func titleSubject(title string) string {
	words := strings.Fields(title)
	for k, w := range words {
		if k > 7 {
			break
		}
		if k == 0 {
			continue
		}
		if titleVerb(w) || presentVerb(words, k) {
			return strings.Join(words[:k], " ")
		}
	}
	// A name's year before a verb in -s: "The Climate Change Act 2008
	// requires net zero".
	for k := 2; k+1 < len(words) && k <= 7; k++ {
		if w := words[k]; isDigits(words[k-1]) && len(words[k-1]) == 4 && unicode.IsUpper(firstRune(words[k-2])) &&
			len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !unicode.IsUpper(firstRune(w)) {
			return strings.Join(words[:k], " ")
		}
	}
	return ""
}

// presentVerb reports whether words[k] reads as a verb in the present
// tense: a lower-case word in -s after a noun, followed by a determiner
// or a preposition other than "of" ("The Berlin Wall opens after", "China
// formally becomes a member").
func presentVerb(words []string, k int) bool {
	w := words[k]
	if k == 0 || k+1 >= len(words) || unicode.IsUpper(firstRune(w)) || len(w) < 4 ||
		!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	prev := strings.ToLower(words[k-1])
	if determiners[prev] || danglingPreps[prev] {
		return false
	}
	next := strings.ToLower(words[k+1])
	return next != "of" && (determiners[next] || danglingPreps[next] || next == "after" || next == "before" || next == "to")
}

// speechVerbs are verbs of saying beyond the reporting verbs: a headline
// with one tells a statement.
var speechVerbs = map[string]bool{
	"dismissed": true, "dismisses": true, "rejected": true, "rejects": true, "called": true, "calls": true,
	"condemned": true, "condemns": true, "criticised": true, "criticized": true, "criticises": true,
	"criticizes": true, "welcomed": true, "welcomes": true, "promised": true, "promises": true,
	"pledged": true, "pledges": true, "vowed": true, "vows": true, "replied": true, "replies": true,
	"answered": true, "answers": true, "responded": true, "responds": true, "expressed": true,
	"expresses": true, "issued": true, "issues": true,
}

// speechAct reports whether a headline with the given subject tells a
// statement: the word after its subject is a reporting verb or a verb of
// saying.
func speechAct(title, subject string) bool {
	if subject == "" {
		return false
	}
	w := strings.ToLower(firstWord(strings.TrimSpace(title[len(subject):])))
	return reportingVerbs[w] != "" || speechVerbs[w]
}

// titleVerb reports whether a headline word is a finite verb or an
// auxiliary: what ends its subject.
func titleVerb(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",;:\"“”'’()"))
	if lw == "" || unicode.IsUpper(firstRune(w)) {
		return false
	}
	return isVerbWord(lw) || subjectVerbs[lw] || modalVerbs[lw] || reportingVerbs[lw] != "" || irregularPast[lw]
}

// irregularPast are common irregular past forms that isVerbWord and
// subjectVerbs leave out.
var irregularPast = map[string]bool{
	"upheld": true, "withheld": true, "fought": true, "sought": true, "caught": true, "taught": true,
	"bought": true, "wrote": true, "spoke": true, "broke": true, "chose": true, "drove": true, "rode": true,
	"shook": true, "threw": true, "flew": true, "sank": true, "sang": true, "tore": true, "swore": true,
	"froze": true, "stole": true, "fled": true, "hid": true, "hung": true, "stood": true, "withdrew": true,
	"drew": true, "overtook": true, "undertook": true, "forgave": true, "sat": true, "lay": true,
	"meant": true, "heard": true, "felt": true, "dealt": true, "sold": true, "shut": true, "cut": true,
	"quit": true, "split": true, "spread": true, "cast": true, "cost": true, "hurt": true, "won": true,
	"beat": true, "struck": true, "rebuilt": true, "overthrew": true, "knew": true, "grew": true,
	"underwent": true,
}

// contentWords returns the words of s as the bag keeps them: lower-cased,
// stemmed, stop words, numbers and date words left out.
func contentWords(s string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\'' }) {
		w = strings.ToLower(w)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		w = strings.Trim(w, "’'")
		if len(w) < 2 || stopWords[w] || monthWeekday[w] || reportingVerbs[w] != "" || isNumber(w) {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

func isNumber(w string) bool { return strings.Trim(w, "0123456789") == "" }

// stem is a crude English suffix stripper, enough to match "rights" and
// "right", "collected" and "collecting", "crossings" and "crossed"; a few
// verbs that tell one kind of event in other words share a stem
// (verbClass).
func stem(w string) string {
	if c := verbClass[w]; c != "" {
		return c
	}
	for _, suf := range []string{"ings", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if c := verbClass[w]; c != "" {
		return c
	}
	return w
}

// verbClass maps verbs that report one kind of event in other words to
// one stem, so that "The crew of Apollo 11 left Cape Kennedy" and "Apollo
// 11 lifted off from Florida" tell the same thing: a departure. Only
// unambiguous event verbs are listed.
var verbClass = map[string]string{
	"left": "depart", "leave": "depart", "depart": "depart", "departure": "depart", "lift": "depart",
	"launch": "depart", "blast": "depart",
	"died": "die", "die": "die", "dies": "die", "death": "die", "dead": "die", "kill": "die", "killed": "die",
	"won": "win", "win": "win", "wins": "win", "winn": "win", "victory": "win",
	"approv": "approv", "adopt": "approv", "ratifi": "approv", "endors": "approv",
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`a an the and or but if then than that this these those there their they them
	he she it its his her him we us our you your i me my of in on at by for with from to into onto over under
	as is are was were be been being has have had do does did not no nor so such also too very more most
	all any each every some many much few several other another same own which who whom whose what when
	where why how while after before during since until about against between through per via up down out
	off again further once here now today yesterday tomorrow week month year years day days ago last next
	will would shall should can could may might must just only even still already yet according
	back came come comes went go goes got get gets
	q s t said says say`) {
		m[w] = true
	}
	return m
}()

// mergeItems joins the reports of one event: items whose spans are
// Compatible, that come from different sections, and whose similarity
// reaches th. Pairs are joined best first, so that a report goes to the
// group it resembles most; a group never holds two reports of one section
// and its dates are all compatible. A group keeps every citation (the
// primary first) and the most precise date; its primary report is the
// most precise, then a statement's own, then the first read.
func mergeItems(items []*item, th float64) []*item {
	groups := clusterItems(items, th)
	out := make([]*item, 0, len(groups))
	for _, ms := range groups {
		group := make([]*item, len(ms))
		for k, m := range ms {
			group[k] = items[m]
		}
		out = append(out, combine(group))
	}
	return out
}

// clusterItems groups the indexes of items that tell one event, in
// reading order.
func clusterItems(items []*item, th float64) [][]int {
	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	consider := func(i, j int) {
		if i > j {
			i, j = j, i
		}
		a, b := items[i], items[j]
		if a.sec == b.sec && !restatedInSection(a, b) || !Compatible(a.ev.Span, b.ev.Span) {
			return
		}
		if a.ev.Span.Start != b.ev.Span.Start && !sameHappening(a, b) {
			return
		}
		sim := similarity(a, b)
		if a.sec == b.sec && a.ev.Span.Start.Prec < timeline.Day {
			sim = score(a, b) // (a list's label restating a period: restatedInSection)
		}
		if sim >= th {
			pairs = append(pairs, pair{i, j, sim})
		}
	}
	forCandidatePairs(items, consider)
	forSectionPairs(items, consider)
	slices.SortStableFunc(pairs, func(p, q pair) int {
		switch {
		case p.sim > q.sim:
			return -1
		case p.sim < q.sim:
			return 1
		case p.i != q.i:
			return p.i - q.i
		}
		return p.j - q.j
	})
	group := make([]int, len(items)) // group id: the index of its first item
	members := make(map[int][]int, len(items))
	for i := range items {
		group[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		gi, gj := group[p.i], group[p.j]
		if gi == gj || !joinable(items, members[gi], members[gj]) {
			continue
		}
		if gj < gi {
			gi, gj = gj, gi
		}
		for _, m := range members[gj] {
			group[m] = gi
		}
		members[gi] = append(members[gi], members[gj]...)
		delete(members, gj)
	}
	out := make([][]int, 0, len(members))
	for i := range items {
		if ms := members[i]; ms != nil {
			slices.Sort(ms)
			out = append(out, ms)
		}
	}
	return out
}

// maxCandidates bounds how many reports of other sections each report is
// compared with for one date value: a document that says the same day a
// thousand times costs a thousand times this, not a million. The first
// in reading order of the other sections are taken; real compilations
// have far fewer reports of one day.
const maxCandidates = 64

// forCandidatePairs calls f on pairs of mergeable items of different
// sections whose dates may be Compatible, without looking at all n² pairs.
// Items are grouped by date value (with its mod and end); dates coarser
// than a month and ranges are compatible only with equal ones, so only
// their own group is searched; a finer point (a month at most) also pairs
// with the groups of points that overlap it, found by a sweep over the
// groups' start times. Within a pair of groups, each item is paired with
// at most maxCandidates items of other sections.
func forCandidatePairs(items []*item, f func(i, j int)) {
	type group struct {
		members    []int // sorted by section, then reading order
		point      bool
		start, end time.Time
	}
	byValue := map[string]*group{}
	var groups []*group
	for i, it := range items {
		if !mergeable(it) {
			continue
		}
		sp := it.ev.Span
		k := sp.Start.String() + "/" + sp.End.String() + "/" + sp.Start.Mod.String()
		g := byValue[k]
		if g == nil {
			g = &group{}
			if !sp.IsRange() && sp.Start.Prec >= timeline.Month {
				g.point = true
				g.start, g.end = sp.Start.Bounds()
			}
			byValue[k] = g
			groups = append(groups, g)
		}
		g.members = append(g.members, i)
	}
	bySection := func(a, b int) int {
		sa, sb := items[a].sec, items[b].sec
		if c := cmp.Compare(sa[0], sb[0]); c != 0 {
			return c
		}
		if c := cmp.Compare(sa[1], sb[1]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}
	for _, g := range groups {
		slices.SortFunc(g.members, bySection)
	}
	// sectionRun returns the bounds of the items of section sec in ms.
	sectionRun := func(ms []int, sec [2]int) (int, int) {
		lo := sort.Search(len(ms), func(k int) bool { s := items[ms[k]].sec; return s[0] > sec[0] || s[0] == sec[0] && s[1] >= sec[1] })
		hi := sort.Search(len(ms), func(k int) bool { s := items[ms[k]].sec; return s[0] > sec[0] || s[0] == sec[0] && s[1] > sec[1] })
		return lo, hi
	}
	// pairWith pairs each item of a with items of b of other sections;
	// when a and b are one group, each pair once.
	pairWith := func(a, b *group) {
		for _, i := range a.members {
			lo, hi := sectionRun(b.members, items[i].sec)
			n := 0
			if a != b {
				// The nearest before the section's run, then after it.
				for y := lo - 1; y >= 0 && n < maxCandidates/2; y-- {
					f(i, b.members[y])
					n++
				}
			}
			for y := hi; y < len(b.members) && n < maxCandidates; y++ {
				f(i, b.members[y])
				n++
			}
		}
	}
	for _, g := range groups {
		pairWith(g, g)
	}
	var points []*group
	for _, g := range groups {
		if g.point {
			points = append(points, g)
		}
	}
	slices.SortStableFunc(points, func(a, b *group) int { return a.start.Compare(b.start) })
	for x := range points {
		for y := x + 1; y < len(points) && points[y].start.Before(points[x].end); y++ {
			pairWith(points[x], points[y])
		}
	}
}

// forSectionPairs calls f on pairs of mergeable items of one section with
// the same date, not a range (the candidates of restatedInSection), each
// item with at most maxCandidates/4 of the items after it.
func forSectionPairs(items []*item, f func(i, j int)) {
	type key struct {
		sec  [2]int
		span timeline.Span
	}
	bySpan := map[key][]int{}
	for i, it := range items {
		if !mergeable(it) || it.ev.Span.IsRange() {
			continue
		}
		k := key{it.sec, it.ev.Span}
		bySpan[k] = append(bySpan[k], i)
	}
	for _, ms := range bySpan {
		for x, i := range ms {
			for y := x + 1; y < len(ms) && y <= x+maxCandidates/4; y++ {
				f(i, ms[y])
			}
		}
	}
}

// sameSectionThreshold is the similarity two reports of one section must
// reach to be one event told twice (restatedInSection).
const sameSectionThreshold = 0.6

// restatedInSection reports whether two reports of one section tell one
// event twice: the same day written two ways ("voted on Monday to close
// the building" in the story, "Oct. 7 - The board votes 5-2 to close the
// building" in its timeline), in different paragraphs, and very alike. A
// story tells one day's several happenings with one date text, and in
// one paragraph; those stay apart.
func restatedInSection(a, b *item) bool {
	if a.ev.Span.Start.Prec < timeline.Day {
		// a coarser period, restated by a list's label: "Topline data are
		// expected in Q3." then, under "Upcoming Milestones", "ABLE-2
		// topline data: Q3 2025"
		return a.ev.Span == b.ev.Span && !a.ev.Span.IsRange() && a.ev.Pos.Line != b.ev.Pos.Line && a.ev.Text != b.ev.Text &&
			(labelTold(a, b) || labelTold(b, a)) && !otherSubject(a, b) && !otherThing(a, b) && !otherFigure(a, b) && score(a, b) >= sameSectionThreshold
	}
	// (a time to the minute told again is a restatement, a live blog's
	// "Key events" list over its entries: "9.05am: FTSE 100 opens down
	// 1.2%" and "9.05am¶The FTSE 100 has opened 1.2% lower")
	if a.ev.Span.IsRange() || a.ev.Span != b.ev.Span ||
		a.ev.Span.Start.Prec < timeline.Minute && strings.EqualFold(strings.TrimSpace(a.ev.DateText), strings.TrimSpace(b.ev.DateText)) || a.ev.Text == b.ev.Text {
		return false
	}
	lo, hi := a.ev.Pos.Offset, b.ev.Pos.Offset
	if lo > hi {
		lo, hi = hi, lo
	}
	if a.ev.Pos.Line == b.ev.Pos.Line || hi-lo < 2 {
		return false
	}
	return similarity(a, b) >= sameSectionThreshold
}

func mergeable(it *item) bool {
	return it.ev.Group != PublishedGroup && !it.ev.IsVague() && !it.ev.Span.Start.IsZero()
}

// joinable reports whether two groups may become one: no section twice,
// every pair of dates compatible, no two reports of two named subjects.
func joinable(items []*item, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			// (nor two named subjects, or two people's lives: no chain
			// through a third report joins "Smith resigned" and "Jones
			// resigned")
			if items[i].sec == items[j].sec && !restatedInSection(items[i], items[j]) || !Compatible(items[i].ev.Span, items[j].ev.Span) ||
				otherPerson(items[i], items[j]) || otherSubject(items[i], items[j]) || otherThing(items[i], items[j]) || otherFigure(items[i], items[j]) ||
				otherDocument(items[i], items[j]) {
				return false
			}
		}
	}
	return true
}

// newItem wraps an event; its word bag is made when first needed.
func newItem(e timeline.Event, extra ...string) *item {
	return &item{ev: e, extra: extra}
}

// words returns the item's word bag and head word, made on first use:
// only reports that may merge are ever compared.
func (it *item) words() (bag, string) {
	if !it.bagDone {
		it.bag, it.head, it.bagDone = bagOf(&it.ev, it.extra...), headWord(it.ev.Title), true
		it.names = subjectNames(it)
		it.proper = properWords(&it.ev)
	}
	return it.bag, it.head
}

// lifeEventRe finds what befalls one person in a headline: a birth, a
// death, a marriage.
var lifeEventRe = regexp.MustCompile(`(?i)\b(?:born|died|dies|death|birth|married|marries|marriage|bapti[sz]ed|christened|buried)\b`)

// otherPerson reports whether a and b tell a birth, a death or a marriage
// of two people: one names a person the other's sentence does not (two
// births on one day in two biographies are two events).
func otherPerson(a, b *item) bool {
	if !lifeEventRe.MatchString(a.ev.Title) && !lifeEventRe.MatchString(b.ev.Title) {
		return false
	}
	missing := func(x, y *item) bool {
		named := false
		for _, name := range x.ev.Actors {
			ws := strings.Fields(name)
			if len(ws) == 0 || !unicode.IsUpper(firstRune(ws[0])) {
				continue
			}
			named = true
			for _, w := range ws {
				if len(w) > 2 && unicode.IsUpper(firstRune(w)) && (strings.Contains(y.ev.Text, w) || strings.Contains(y.ev.Title, w)) {
					return false
				}
			}
		}
		return named
	}
	return missing(a, b) || missing(b, a)
}

// otherSubject reports whether a and b are told of two named subjects:
// each headline's subject holds a name (a word its sentence writes with a
// capital inside it: "Smith" of "On 5 March 2018 Smith resigned"), and
// neither name is in the other report. "Smith resigned" and "Jones
// resigned" the same day are two events.
func otherSubject(a, b *item) bool {
	a.words()
	b.words()
	na, nb := a.names, b.names
	if len(na) == 0 || len(nb) == 0 {
		return false
	}
	// Two names of several words that end alike ("the Climate Change Act",
	// "the Zero Carbon Act") share the kind of thing they name: what
	// tells them apart is the words before it.
	if len(na) > 1 && len(nb) > 1 && na[len(na)-1] == nb[len(nb)-1] {
		na, nb = na[:len(na)-1], nb[:len(nb)-1]
	}
	in := func(names []string, x *item) bool {
		for _, n := range names {
			if strings.Contains(x.ev.Text, n) || strings.Contains(x.ev.Title, n) {
				return true
			}
		}
		return false
	}
	return !in(na, b) && !in(nb, a)
}

// otherThing reports whether the headlines of a and b have subjects
// that name two things of one kind: two common nouns of two words each
// that share the first but not the last ("The planning decision is
// expected", "A planning application will be submitted"), neither last
// word in the other headline's predicate. Two documents' milestones of one season are two
// events, though their words overlap.
func otherThing(a, b *item) bool {
	ab, _ := a.words()
	bb, _ := b.words()
	sa, sb := ab.subject, bb.subject
	if len(sa) != 2 || len(sb) != 2 || sa[0] != sb[0] || sa[1] == sb[1] || !commonNouns(a.ev.Title) || !commonNouns(b.ev.Title) {
		return false
	}
	return !slices.Contains(bb.predicate, sa[1]) && !slices.Contains(ab.predicate, sb[1])
}

// figureRe finds a sum of money or a share in a report: "£250,000",
// "$1.2 billion", "4%", "12 per cent".
var figureRe = regexp.MustCompile(`[£$€¥]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion))?\b|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)`)

// otherFigure reports whether a and b each state sums or shares and no
// one of them is in both: "The house was sold in 2014 for £250,000" and
// "The cottage was sold in 2014 for £310,000" are two sales.
func otherFigure(a, b *item) bool {
	fa := figureRe.FindAllString(a.ev.Text, 8)
	if len(fa) == 0 {
		return false
	}
	fb := figureRe.FindAllString(b.ev.Text, 8)
	if len(fb) == 0 {
		return false
	}
	norm := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(s), " ", ""), ",", "")
	}
	for _, x := range fa {
		for _, y := range fb {
			if norm(x) == norm(y) {
				return false
			}
		}
	}
	return true
}

// otherDocument reports whether a and b come from two documents (two
// files; without a file, two documents given) and may not tell one
// happening. Within one document a date and the words around it are told
// of one story; across documents they are not — two companies'
// milestones "in the second half of 2025" ("Halvern expects to present
// data", "Initial safety data are expected"), a US and a Canadian tax due
// date of one day, share a date and generic words, and merging them would
// make one vanish. So two documents' reports are one happening only when
// a name one of them writes (with a capital inside a sentence, or in an
// actor) is told by the other, in its sentence or around it
// (contextNames); or, when neither writes a name and the names around
// them are not two sets apart, when they tell it of one subject with one
// verb ("The plant was evacuated", "the plant was evacuated by police").
func otherDocument(a, b *item) bool {
	fa, fb := a.ev.Pos.File, b.ev.Pos.File
	if fa == fb && (fa != "" || a.sec[0] == b.sec[0]) {
		return false
	}
	ab, _ := a.words()
	bb, _ := b.words()
	told := func(w string, x *item) bool { return x.bag.has(w) || slices.Contains(x.context, w) }
	for _, w := range a.proper {
		if told(w, b) {
			return false
		}
	}
	for _, w := range b.proper {
		if told(w, a) {
			return false
		}
	}
	if len(a.proper) > 0 || len(b.proper) > 0 {
		return true
	}
	if len(a.context) > 0 && len(b.context) > 0 && !slices.ContainsFunc(a.context, func(w string) bool { return slices.Contains(b.context, w) }) {
		return true // (told around two sets of names: two stories)
	}
	shared := slices.ContainsFunc(ab.subject, func(w string) bool { return slices.Contains(bb.subject, w) })
	return !shared || !verbTold(ab, bb) && !verbTold(bb, ab)
}

// properWords returns the words of an event written as names (stemmed as
// the bag keeps them): capitalised inside a sentence of its text or its
// headline, or in an actor. A dateline's place ("SAN DIEGO, Aug. 6, 2025
// --") is where the story was filed, not what it is of, and is left out;
// the word after it, with a capital, is the name of who the story is of
// ("Halvern expects to present ...").
func properWords(e *timeline.Event) []string {
	var out []string
	for _, sent := range Sentences(e.Text) {
		s := sent.Of(e.Text)
		if sent.Start == 0 {
			s = afterDateline(s)
			out = addProper(out, firstWord(s), len(s) < len(sent.Of(e.Text)))
		}
		out = addProper(out, s, false)
	}
	out = addProper(out, e.Title, false)
	for _, a := range e.Actors {
		out = addProper(out, a, true)
	}
	return out
}

// addProper adds to out the words of s written as names, lower-cased and
// stemmed, each once: those with a capital other than the first word's,
// or, when title is set (a title, an actor), every word with a capital.
func addProper(out []string, s string, title bool) []string {
	first := true
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\'' }) {
		name := (title || !first) && unicode.IsUpper(firstRune(w))
		first = false
		if !name {
			continue
		}
		w = strings.ToLower(w)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		w = strings.Trim(w, "’'")
		if len(w) < 2 || stopWords[w] || monthWeekday[w] || reportingVerbs[w] != "" || isNumber(w) {
			continue
		}
		if w = stem(w); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// contextWindow is how far before a report's sentence its context is
// read (contextNames).
const contextWindow = 600

// contextNames returns the names around a report of section sec: in the
// paragraph before its sentence (at most contextWindow bytes of it), in
// the section's heading and in the document's title. "An explosion at
// the building of reactor one injured four workers" is told of the
// Fukushima Daiichi plant its paragraph named a sentence before.
func contextNames(doc *timeline.Document, sec *timeline.Section, it *item) []string {
	var out []string
	if k := it.order[1] - sec.Pos.Offset; k > 0 && k < len(sec.Text) && it.ev.Text != "" &&
		strings.HasPrefix(sec.Text[k:], it.ev.Text[:min(len(it.ev.Text), 16)]) {
		from := max(0, k-contextWindow)
		w := sec.Text[from:k]
		if p := strings.LastIndex(w, "\n\n"); p >= 0 {
			w, from = w[p+2:], from+p+2
		}
		for _, sent := range Sentences(w) {
			s := sent.Of(w)
			if sent.Start == 0 && (from == 0 || sec.Text[from-1] == '\n') {
				s = afterDateline(s) // (the place a story was filed from)
				out = addProper(out, firstWord(s), len(s) < len(sent.Of(w)))
			}
			out = addProper(out, s, false)
		}
	}
	out = addProper(out, sec.Heading, false)
	return addProper(out, doc.Title, true)
}

// afterDateline returns s without its dateline ("WALTHAM, Mass., March 4,
// 2025 -- "): the text after the first dash of its first 80 bytes when a
// digit (the date) comes before it and the line opens with a word in
// capitals.
func afterDateline(s string) string {
	head := s[:min(len(s), 80)]
	for _, dash := range []string{" -- ", " — ", " – ", " - "} {
		k := strings.Index(head, dash)
		if k < 0 || strings.IndexFunc(head[:k], unicode.IsDigit) < 0 {
			continue
		}
		place, _, _ := strings.Cut(head[:k], ",")
		if place = strings.TrimSpace(place); place != "" && strings.ToUpper(place) == place && strings.IndexFunc(place, unicode.IsLetter) >= 0 {
			return s[k+len(dash):]
		}
	}
	return s
}

// commonNouns reports whether the subject of a headline is written in
// lower case after its first word: a kind of thing, no name ("The
// planning decision", not "East Germany").
func commonNouns(title string) bool {
	for k, w := range strings.Fields(titleSubject(title)) {
		if k > 0 && unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// subjectNames returns the words of an event's headline subject that its
// text writes with a capital other than at a sentence's start.
func subjectNames(it *item) []string {
	var out []string
	for _, w := range strings.Fields(titleSubject(it.ev.Title)) {
		w = strings.Trim(w, ",.;:'’\"“”()")
		if len(w) < 2 || !unicode.IsUpper(firstRune(w)) || stopWords[strings.ToLower(w)] {
			continue
		}
		for k := strings.Index(it.ev.Text, w); k >= 0; {
			before := strings.TrimRight(it.ev.Text[:k], " \t")
			if before != "" && !strings.ContainsRune(".!?:\n\"“", rune(before[len(before)-1])) {
				out = append(out, w)
				break
			}
			n := strings.Index(it.ev.Text[k+len(w):], w)
			if n < 0 {
				break
			}
			k += len(w) + n
		}
	}
	return out
}

// similarity is Similarity on items.
func similarity(a, b *item) float64 {
	if otherPerson(a, b) || otherSubject(a, b) || otherThing(a, b) || otherFigure(a, b) || otherDocument(a, b) {
		return 0
	}
	ab, _ := a.words()
	bb, _ := b.words()
	if !tellsOf(ab, bb) && !tellsOf(bb, ab) && !sameSpeaker(ab, bb, a.statement, b.statement) {
		return 0
	}
	return score(a, b)
}

// score is the similarity of two reports that may tell one happening:
// their overlap, with the bonus or penalty of their headlines' first
// words.
func score(a, b *item) float64 {
	ab, ha := a.words()
	bb, hb := b.words()
	sim := overlap(ab, bb)
	switch {
	case ha != "" && ha == hb:
		sim += headBonus
	case ha != "" && hb != "" && !bb.has(ha) && !ab.has(hb):
		sim -= headPenalty
	}
	return min(max(sim, 0), 1)
}

// tellsOf reports whether what happened in report a — a word of the
// predicate of its headline, the verb or its object — is told in report
// b other than as b's subject. Two reports that share only a subject or
// the words around it ("The supreme court upheld the election result",
// "The supreme court fined the state broadcaster", the same day) tell two
// events.
func tellsOf(a, b bag) bool {
	for _, w := range a.predicate {
		if b.has(w) && !slices.Contains(b.subject, w) {
			if len(a.subject) == 0 && (a.name(w) || b.name(w)) {
				// a heading with no verb ("Monetary Policy Summary and
				// minutes of the Monetary Policy Committee meeting") tells
				// no happening by a name it shares ("At the Monetary
				// Policy Meeting held today, the Policy Board decided"):
				// only a common word of it can
				continue
			}
			return true
		}
	}
	return false
}

// labelTold reports whether a's headline is a label with no verb, of two
// content words or more, every one of them told by b, in its words or
// the names around it: a milestone list's "ABLE-2 topline data: Q3 2025"
// after "Enrollment in the ABLE-2 trial was completed in May. Topline
// data are expected in Q3." — what the label names is b's subject, which
// tellsOf leaves out.
func labelTold(a, b *item) bool {
	ab, _ := a.words()
	bb, _ := b.words()
	if len(ab.subject) > 0 || len(ab.predicate) < 2 || titleSubject(a.ev.Title) != "" || len(bb.subject) == 0 {
		return false
	}
	for _, w := range ab.predicate {
		if !bb.has(w) && !slices.Contains(b.context, w) {
			return false
		}
	}
	return true
}

// name reports whether the bag has w only as a name (capitalised inside
// a sentence, or in an actor).
func (b bag) name(w string) bool {
	i, ok := slices.BinarySearch(b.words, w)
	return ok && b.weight[i] == nameWeight
}

// sameHappening reports whether two reports of one day told at two
// precisions (the day, and a time or a part of it) tell one happening: a
// day's account and the timed line of a timeline below it are most often
// two things that befell that day ("the API returned 503 errors", "16:45
// Error rate peaks"), so sharing words is not enough — the verb of one
// headline (the first content word after its subject) must be in the
// predicate of the other, or both must be one speaker's statements. A
// headline whose verb is not found ("5", a table row's number) tells
// nothing to match, and its day is kept as an event of its own.
func sameHappening(a, b *item) bool {
	ab, _ := a.words()
	bb, _ := b.words()
	if sameSpeaker(ab, bb, a.statement, b.statement) {
		return true
	}
	return verbTold(ab, bb) || verbTold(bb, ab)
}

// verbTold reports whether the verb of headline a (the first content word
// of its predicate, when a subject was found) is in b's predicate.
func verbTold(a, b bag) bool {
	if len(a.subject) == 0 || len(a.predicate) == 0 {
		return false
	}
	return slices.Contains(b.predicate, a.predicate[0])
}

// sameSpeaker reports whether two reports both tell a statement (a
// reporting verb or a verb of saying in the headline, or a Statement
// section's event) by one speaker: what happened is that the speaker
// spoke, whatever words each report quotes. The speaker of a statement
// event is its subject, or, when its headline says nothing of it, any
// name in its words.
func sameSpeaker(a, b bag, sa, sb bool) bool {
	if !(a.speech || sa) || !(b.speech || sb) {
		return false
	}
	for _, w := range a.subject {
		if b.has(w) {
			return true
		}
	}
	for _, w := range b.subject {
		if a.has(w) {
			return true
		}
	}
	return false
}

// headBonus is what sharing the first content word of the headline (most
// often the head of its subject: "explosion", "Lu Kang", "China") adds to
// the similarity of two reports.
const headBonus = 0.25

// headPenalty is what it takes away when neither headline's first content
// word occurs in the other report at all: two subjects, likely two events
// ("the government ordered an evacuation" and "engineers battled to cool
// the reactors", the same day at the same plant).
var headPenalty = 0.25

// headWord is the first content word of a title, stemmed.
func headWord(title string) string {
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		if len(lw) < 2 || stopWords[lw] {
			continue
		}
		return stem(lw)
	}
	return ""
}

// combine makes one item of the reports of one event.
func combine(ms []*item) *item {
	if len(ms) == 1 {
		return ms[0]
	}
	// The report that tells it best stands for the others: the finest
	// date, a statement before a report of it, a sentence before an
	// infobox's "Founded: 1192."; of reports alike, the one of the first
	// file by name (of one file, the first told), so that the event and
	// its id do not change with the order the documents are given in.
	better := func(m, p *item) bool {
		if q, r := m.ev.Span.Start.Prec, p.ev.Span.Start.Prec; q != r {
			return q > r
		}
		if m.statement != p.statement {
			return m.statement
		}
		if fm, fp := fieldOnly(m.ev.Text), fieldOnly(p.ev.Text); fm != fp {
			return fp
		}
		if a, b := m.ev.Pos.File, p.ev.Pos.File; a != b {
			return a < b
		}
		return false // (of one document, the first told)
	}
	primary := ms[0]
	for _, m := range ms[1:] {
		if better(m, primary) {
			primary = m
		}
	}
	e := primary.ev
	e.Sources = slices.Clone(primary.ev.Sources)
	e.Actors = slices.Clone(primary.ev.Actors)
	for _, m := range ms {
		if m == primary {
			continue
		}
		for _, c := range m.ev.Sources {
			if !slices.Contains(e.Sources, c) {
				e.Sources = append(e.Sources, c)
			}
		}
		for _, a := range m.ev.Actors {
			if !containsActor(e.Actors, a) && len(e.Actors) < maxActors {
				e.Actors = append(e.Actors, a)
			}
		}
	}
	out := *primary
	out.ev = e
	return &out
}

// fieldOnly reports whether text is a short field of a record or an
// infobox ("Founded: 1192.", "Incorporated: 14 March 1853", "Sponsor: Rep.
// Ana Ruiz [D-NM-3] (Introduced 03/18/2025)").
func fieldOnly(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) <= 80 && !strings.Contains(t, "\n") && fieldLabel(t) > 0
}

func containsActor(list []string, a string) bool {
	k := actorKey(a)
	for _, x := range list {
		if actorKey(x) == k {
			return true
		}
	}
	return false
}
