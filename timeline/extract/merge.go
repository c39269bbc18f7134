package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
)

// DefaultMergeThreshold is the similarity (Similarity) at or above which
// two reports of compatible dates are taken for one event. It was measured
// on the annotated set in testdata (see TestMergeCurve): the highest
// threshold that merges every same-event pair there while merging no pair of
// different events.
const DefaultMergeThreshold = 0.34

// Compatible reports whether two spans may date the same event: the same
// value, or one period holding the other where the coarser is at least a
// month (July 2017 and 13 July 2017, not 2017 and 13 July 2017). Ranges
// are compatible only with equal ranges; vague references with nothing.
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
	if y.Prec < x.Prec {
		x, y = y, x
	}
	return x.Prec >= timeline.Month && x.Contains(y)
}

// Similarity measures how alike two reports are, from 0 to 1: the overlap
// coefficient |A∩B| / min(|A|,|B|) of their content words (text, title and
// actors, lower-cased, crudely stemmed, stop words and date words left
// out). The overlap coefficient rather than Jaccard because one report is
// often much shorter than the other (a one-line answer and a paragraph).
func Similarity(a, b *timeline.Event) float64 {
	return overlap(bagOf(a), bagOf(b))
}

func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := intersect(a, b)
	return float64(n) / float64(min(len(a), len(b)))
}

func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := intersect(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

// intersect counts the common words of two sorted sets.
func intersect(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			n++
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

// bagOf returns the sorted set of content words of an event, with the
// words of extra (a statement's citation title, say).
func bagOf(e *timeline.Event, extra ...string) []string {
	set := map[string]bool{}
	addWords := func(s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\'' }) {
			w = strings.ToLower(w)
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			w = strings.Trim(w, "’'")
			if len(w) < 2 || stopWords[w] || monthWeekday[w] || reportingVerbs[w] != "" || isNumber(w) {
				continue
			}
			set[stem(w)] = true
		}
	}
	addWords(e.Text)
	addWords(e.Title)
	for _, a := range e.Actors {
		addWords(a)
	}
	for _, x := range extra {
		addWords(x)
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

func isNumber(w string) bool { return strings.Trim(w, "0123456789") == "" }

// stem is a crude English suffix stripper, enough to match "rights" and
// "right", "collected" and "collecting".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 && !strings.HasSuffix(w, "ss") {
			return w[:len(w)-len(suf)]
		}
	}
	return w
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
	q s t said says say`) {
		m[w] = true
	}
	return m
}()

// mergeItems joins the reports of one event: items whose spans are
// Compatible, that come from different sections, and whose Similarity
// reaches th. A group keeps every citation (the primary first) and the
// most precise date; its primary report is the most precise, then a
// statement's own, then the first read.
func mergeItems(items []*item, th float64) []*item {
	type group struct {
		members []*item
	}
	var groups []*group
	for _, it := range items {
		if it.ev.Group == PublishedGroup || it.ev.IsVague() || it.ev.Span.Start.IsZero() {
			groups = append(groups, &group{members: []*item{it}})
			continue
		}
		var best *group
		bestSim := 0.0
	next:
		for _, g := range groups {
			if g.members[0].ev.Group == PublishedGroup {
				continue
			}
			sim := 0.0
			for _, m := range g.members {
				if m.sec == it.sec || !Compatible(m.ev.Span, it.ev.Span) {
					continue next
				}
				sim = max(sim, overlap(m.bag, it.bag))
			}
			if sim >= th && sim > bestSim {
				best, bestSim = g, sim
			}
		}
		if best != nil {
			best.members = append(best.members, it)
		} else {
			groups = append(groups, &group{members: []*item{it}})
		}
	}
	out := make([]*item, 0, len(groups))
	for _, g := range groups {
		out = append(out, combine(g.members))
	}
	return out
}

// combine makes one item of the reports of one event.
func combine(ms []*item) *item {
	if len(ms) == 1 {
		return ms[0]
	}
	primary := ms[0]
	for _, m := range ms[1:] {
		p, q := primary.ev.Span.Start.Prec, m.ev.Span.Start.Prec
		if q > p || (q == p && m.statement && !primary.statement) {
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
			if !containsFold(e.Actors, a) && len(e.Actors) < maxActors {
				e.Actors = append(e.Actors, a)
			}
		}
	}
	out := *primary
	out.ev = e
	return &out
}
