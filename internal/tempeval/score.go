// Package tempeval scores temporal-expression tagging the way the
// TempEval-3 evaluation toolkit does (TE3-evaluation.py and its
// evaluate_entities.py, with the TimeML-Normalizer that pairs the
// expressions of two annotations), and runs our tagger over TimeML corpora.
//
// # The rules
//
// Per document, the text is cut into tokens: runs of letters and digits,
// and every other non-space character on its own. A gold and a system
// expression are paired when they share a token, one-to-one and greedily in
// text order: walking the tokens, an expression that starts at a token is
// paired with the other annotation's unpaired expression that covers that
// token, gold expressions looking first at system expressions that started
// before them (as the normalizer does). Then, summed over all documents
// (micro-averaged):
//
//   - relaxed precision = pairs / system expressions, relaxed recall =
//     pairs / gold expressions;
//   - strict precision and recall count only the pairs whose extents are
//     identical;
//   - value F1 = (pairs whose values are equal / pairs) × relaxed F1, and
//     type F1 likewise with the type: attribute accuracy over the relaxed
//     pairs times relaxed F1.
//
// The document creation time is not scored: only expressions inside TEXT
// are given to Score. Expressions whose text is empty or all white space are
// left out, as the toolkit leaves them out.
//
// One difference: the toolkit reads TIMEX3 elements with a regular
// expression that skips a TIMEX3 holding another tag, so it would not see
// an expression of ours that encloses an EVENT (see output/timeml for when
// that happens); we score it like any other.
package tempeval

import (
	"unicode"
	"unicode/utf8"
)

// Span is one temporal expression of an annotation: a byte span of the
// document's plain text and its TIMEX3 attributes.
type Span struct {
	Start, End int
	Type       string
	Value      string
	Mod        string
}

// Counts are the tallies the scores are computed from. They add up over
// documents.
type Counts struct {
	Gold, System int // expressions in each annotation
	Relaxed      int // pairs
	Strict       int // pairs with identical extents
	Value        int // pairs with equal values
	Type         int // pairs with equal types
}

// Add returns the sum of c and d.
func (c Counts) Add(d Counts) Counts {
	return Counts{
		Gold: c.Gold + d.Gold, System: c.System + d.System,
		Relaxed: c.Relaxed + d.Relaxed, Strict: c.Strict + d.Strict,
		Value: c.Value + d.Value, Type: c.Type + d.Type,
	}
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// StrictP, StrictR and StrictF1 are the strict-match scores.
func (c Counts) StrictP() float64  { return ratio(c.Strict, c.System) }
func (c Counts) StrictR() float64  { return ratio(c.Strict, c.Gold) }
func (c Counts) StrictF1() float64 { return f1(c.StrictP(), c.StrictR()) }

// RelaxedP, RelaxedR and RelaxedF1 are the relaxed-match scores.
func (c Counts) RelaxedP() float64  { return ratio(c.Relaxed, c.System) }
func (c Counts) RelaxedR() float64  { return ratio(c.Relaxed, c.Gold) }
func (c Counts) RelaxedF1() float64 { return f1(c.RelaxedP(), c.RelaxedR()) }

// ValueAccuracy and TypeAccuracy are the shares of the relaxed pairs whose
// value (type) agrees.
func (c Counts) ValueAccuracy() float64 { return ratio(c.Value, c.Relaxed) }
func (c Counts) TypeAccuracy() float64  { return ratio(c.Type, c.Relaxed) }

// ValueF1 and TypeF1 are the attribute scores of TempEval-3: attribute
// accuracy times relaxed F1.
func (c Counts) ValueF1() float64 { return c.ValueAccuracy() * c.RelaxedF1() }
func (c Counts) TypeF1() float64  { return c.TypeAccuracy() * c.RelaxedF1() }

// Pair is a gold expression and the system expression paired with it, as
// indexes into the slices given to Score.
type Pair struct {
	Gold, System int
}

// Result is the scoring of one document.
type Result struct {
	Counts
	Pairs       []Pair
	Misses      []int // gold expressions left unpaired
	FalseAlarms []int // system expressions left unpaired
	// ByType breaks the counts down by type: Gold, Relaxed, Strict, Value
	// and Type by the gold expression's type, System by the system one's.
	// SystemRelaxed counts the pairs by the system expression's type, for
	// precision per type.
	ByType map[string]TypeCounts
}

// TypeCounts are the counts of one TIMEX3 type.
type TypeCounts struct {
	Counts
	SystemRelaxed int // pairs whose system expression has this type
}

// Add returns the sum of c and d.
func (c TypeCounts) Add(d TypeCounts) TypeCounts {
	return TypeCounts{Counts: c.Counts.Add(d.Counts), SystemRelaxed: c.SystemRelaxed + d.SystemRelaxed}
}

// Precision is the relaxed precision of the system expressions of this type.
func (c TypeCounts) Precision() float64 { return ratio(c.SystemRelaxed, c.System) }

// F1 is the relaxed F1 of this type: Precision and the relaxed recall.
func (c TypeCounts) F1() float64 { return f1(c.Precision(), c.RelaxedR()) }

// tokenSpan is the first and last token an expression covers.
type tokenSpan struct{ first, last int }

// tokens returns, for every byte of text, the index of the token it
// belongs to, or -1 for white space.
func tokens(text string) []int {
	tok := make([]int, len(text))
	n := -1
	inWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case unicode.IsSpace(r):
			inWord = false
			for j := range size {
				tok[i+j] = -1
			}
			i += size
			continue
		case !word || !inWord:
			n++
		}
		inWord = word
		for j := range size {
			tok[i+j] = n
		}
		i += size
	}
	return tok
}

// cover returns the tokens s covers, and false when it covers none.
func cover(tok []int, s Span) (tokenSpan, bool) {
	ts := tokenSpan{-1, -1}
	for i := max(s.Start, 0); i < min(s.End, len(tok)); i++ {
		if tok[i] < 0 {
			continue
		}
		if ts.first < 0 {
			ts.first = tok[i]
		}
		ts.last = tok[i]
	}
	return ts, ts.first >= 0
}

// Score pairs the system expressions of one document with the gold ones and
// counts the matches. Both slices must be in text order; text is the
// document's plain text the spans index.
func Score(text string, gold, system []Span) Result {
	tok := tokens(text)
	type item struct {
		span   tokenSpan
		gold   bool
		index  int
		paired int // index in the other annotation, or -1
	}
	var g, s []*item
	for i, x := range gold {
		if ts, ok := cover(tok, x); ok {
			g = append(g, &item{span: ts, gold: true, index: i, paired: -1})
		}
	}
	for i, x := range system {
		if ts, ok := cover(tok, x); ok {
			s = append(s, &item{span: ts, index: i, paired: -1})
		}
	}
	// Walk the starts in text order, gold before system at the same token.
	gi, si := 0, 0
	for gi < len(g) || si < len(s) {
		var it *item
		var others []*item
		if si >= len(s) || (gi < len(g) && g[gi].span.first <= s[si].span.first) {
			it, others = g[gi], s
			gi++
		} else {
			it, others = s[si], g
			si++
		}
		k := it.span.first
		for _, o := range others {
			if o.span.first > k {
				break
			}
			// A gold expression does not see a system one that starts at
			// the same token: that one will look for it in its turn.
			if it.gold && o.span.first == k {
				continue
			}
			if o.paired < 0 && o.span.last >= k {
				o.paired, it.paired = it.index, o.index
				break
			}
		}
	}
	r := Result{ByType: make(map[string]TypeCounts)}
	r.Gold, r.System = len(g), len(s)
	add := func(typ string, f func(*TypeCounts)) {
		c := r.ByType[typ]
		f(&c)
		r.ByType[typ] = c
	}
	for _, it := range s {
		sys := system[it.index]
		add(sys.Type, func(c *TypeCounts) { c.System++ })
		if it.paired < 0 {
			r.FalseAlarms = append(r.FalseAlarms, it.index)
			continue
		}
		add(sys.Type, func(c *TypeCounts) { c.SystemRelaxed++ })
	}
	for _, it := range g {
		gs := gold[it.index]
		add(gs.Type, func(c *TypeCounts) { c.Gold++ })
		if it.paired < 0 {
			r.Misses = append(r.Misses, it.index)
			continue
		}
		ss := system[it.paired]
		r.Pairs = append(r.Pairs, Pair{Gold: it.index, System: it.paired})
		var d Counts
		d.Relaxed = 1
		if gs.Start == ss.Start && gs.End == ss.End {
			d.Strict = 1
		}
		if gs.Value == ss.Value {
			d.Value = 1
		}
		if gs.Type == ss.Type {
			d.Type = 1
		}
		r.Counts = r.Counts.Add(d)
		add(gs.Type, func(c *TypeCounts) { c.Counts = c.Counts.Add(d) })
	}
	return r
}
