package extract

import (
	"fmt"
	"github.com/chronicle-project/chronicle/internal/shared"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// The annotated set: documents written for Chronicle in testdata/set, each
// with a .gold file listing its events (key | TIMEX3 value | keywords). A
// key names a real event across documents, so that the same event told by
// two sources has one key.
type annotated struct {
	name string
	doc  *timeline.Document
	gold []goldEvent
}

func loadSet(t testing.TB) []annotated {
	t.Helper()
	paths, err := filepath.Glob("testdata/set/*.gold")
	if err != nil {
		t.Fatal(err)
	}
	var set []annotated
	for _, gp := range paths {
		base := strings.TrimSuffix(gp, ".gold")
		docs, _ := filepath.Glob(base + ".*")
		for _, dp := range docs {
			if dp == gp {
				continue
			}
			set = append(set, annotated{name: filepath.Base(base), doc: readTestDoc(t, dp), gold: readGold(t, gp)})
		}
	}
	if len(set) < 12 {
		t.Fatalf("the annotated set has %d documents, want at least 12", len(set))
	}
	// The seed, when the shared folder is there.
	if seed := seedPathIfAny(); seed != "" {
		set = append(set, annotated{name: "seed", doc: seedDoc(t, seed), gold: readGold(t, "testdata/seed.gold")})
	}
	if len(set) < 12 {
		t.Fatalf("the annotated set has %d documents, want at least 12", len(set))
	}
	return set
}

// scored is the events of a document that count: on the axis, not
// publications. Vague references are listed, not dated, and not scored.
func scored(evs []timeline.Event) []timeline.Event {
	var out []timeline.Event
	for _, e := range evs {
		if e.IsVague() || e.Group == PublishedGroup || e.Span.Start.IsZero() {
			continue
		}
		out = append(out, e)
	}
	return out
}

// align matches events to gold events one to one; it returns, for each
// event, the index of its gold event or -1.
func align(evs []timeline.Event, gold []goldEvent) []int {
	used := make([]bool, len(gold))
	out := make([]int, len(evs))
	for i := range evs {
		out[i] = -1
		for j, g := range gold {
			if !used[j] && g.matches(&evs[i]) {
				used[j] = true
				out[i] = j
				break
			}
		}
	}
	return out
}

func seedPathIfAny() string { return shared.Seed() }

// TestAnnotatedSet computes event precision and recall against the gold
// events of the annotated set, and fails below 0.90.
func TestAnnotatedSet(t *testing.T) {
	set := loadSet(t)
	var tp, nEvents, nGold int
	for _, a := range set {
		evs := scored(Events(a.doc, Options{}))
		al := align(evs, a.gold)
		found := make([]bool, len(a.gold))
		for i, j := range al {
			if j >= 0 {
				found[j] = true
				tp++
			} else {
				t.Logf("%s: extra event %s %q (%q)", a.name, spanValue(evs[i].Span), evs[i].Title, evs[i].DateText)
			}
		}
		for j, ok := range found {
			if !ok {
				t.Logf("%s: missed gold %v", a.name, a.gold[j])
			}
		}
		nEvents += len(evs)
		nGold += len(a.gold)
	}
	p := float64(tp) / float64(max(nEvents, 1))
	r := float64(tp) / float64(max(nGold, 1))
	t.Logf("annotated set: %d documents, %d gold events, %d extracted, %d correct: precision %.3f, recall %.3f",
		len(set), nGold, nEvents, tp, p, r)
	if p < 0.90 || r < 0.90 {
		t.Errorf("precision %.3f, recall %.3f: want both >= 0.90", p, r)
	}
}

// TestMergeCurve measures the merge threshold on the annotated set (and
// the seed): every document's reports are clustered together at each
// threshold, and each pair of reports put in one group is right when both
// match the same gold key. It logs the precision and recall of these pairs
// for each threshold and checks that the default merges no different
// events and at least 70% of the same-event pairs the dates allow.
func TestMergeCurve(t *testing.T) {
	set := loadSet(t)
	var items []*item
	var keys []string
	for di, a := range set {
		for i, it := range docItems(a.doc, di, Options{}, nil, map[string]bool{}, nil) {
			if !mergeable(it) {
				continue
			}
			// Several reports in one document may tell the same gold
			// event: each takes the first gold event it matches.
			key := fmt.Sprintf("unmatched-%d-%d", di, i)
			for _, g := range a.gold {
				if g.matches(&it.ev) {
					key = g.key
					break
				}
			}
			items = append(items, it)
			keys = append(keys, key)
		}
	}
	// The same-event pairs that merging could join: compatible dates,
	// different sections.
	possible := 0
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if keys[i] == keys[j] && items[i].sec != items[j].sec && Compatible(items[i].ev.Span, items[j].ev.Span) {
				possible++
				t.Logf("same-event pair: %s, similarity %.2f (overlap %.2f, jaccard %.2f): %q ~ %q", keys[i],
					similarity(items[i], items[j]), overlapOf(items[i], items[j], overlap), overlapOf(items[i], items[j], jaccard),
					items[i].ev.Title, items[j].ev.Title)
			}
		}
	}
	// The different-event pairs most alike, for the margin.
	var diffSims []string
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if keys[i] != keys[j] && items[i].sec != items[j].sec && Compatible(items[i].ev.Span, items[j].ev.Span) {
				if sim := similarity(items[i], items[j]); sim >= 0.1 {
					diffSims = append(diffSims, fmt.Sprintf("%.2f %s ~ %s", sim, keys[i], keys[j]))
				}
			}
		}
	}
	slices.Sort(diffSims)
	t.Logf("different-event pairs with similarity >= 0.10 (before grouping): %q", diffSims)
	if possible < 8 {
		t.Fatalf("only %d same-event pairs in the set: too few to measure", possible)
	}
	measure := func(th float64) (same, diff int, wrong []string) {
		for _, g := range clusterItems(items, th) {
			for x := range g {
				for y := x + 1; y < len(g); y++ {
					if keys[g[x]] == keys[g[y]] {
						same++
					} else {
						diff++
						wrong = append(wrong, keys[g[x]]+" + "+keys[g[y]])
					}
				}
			}
		}
		return same, diff, wrong
	}
	ths := []float64{DefaultMergeThreshold}
	for k := 1; k < 20; k++ {
		if th := float64(k) / 20; th != DefaultMergeThreshold {
			ths = append(ths, th)
		}
	}
	slices.Sort(ths)
	for _, th := range ths {
		same, diff, wrong := measure(th)
		prec := 1.0
		if same+diff > 0 {
			prec = float64(same) / float64(same+diff)
		}
		t.Logf("threshold %.2f: %2d same-event pairs merged, %d different: precision %.2f, recall %.2f %v",
			th, same, diff, prec, float64(same)/float64(possible), wrong)
	}
	same, diff, wrong := measure(DefaultMergeThreshold)
	if diff > 0 {
		t.Errorf("the default threshold %.2f merges different events: %v", DefaultMergeThreshold, wrong)
	}
	if r := float64(same) / float64(possible); r < 0.7 {
		t.Errorf("the default threshold %.2f merges %d of %d same-event pairs (%.2f), want >= 0.7", DefaultMergeThreshold, same, possible, r)
	}
}
