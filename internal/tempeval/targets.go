package tempeval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Target is an acceptance threshold on one measure of one corpus.
type Target struct {
	Corpus  string // CorpusResult.Name
	Measure string // "strict F1", "relaxed F1", "value F1" or "type F1"
	Min     float64
}

// Issue3Targets are the acceptance thresholds of issue 3 (a tagger better
// than HeidelTime), for the corpora as cmd/tempeval names them.
var Issue3Targets = []Target{
	{"tempeval3/test", "strict F1", 0.86},
	{"tempeval3/test", "relaxed F1", 0.92},
	{"tempeval3/test", "value F1", 0.82},
	{"tempeval3/test", "type F1", 0.85},
	{"tempeval3/train", "value F1", 0.85},
	{"wikiwars", "relaxed F1", 0.90},
}

// Measure returns the named measure of c, and false for an unknown name.
func (c Counts) Measure(name string) (float64, bool) {
	switch name {
	case "strict F1":
		return c.StrictF1(), true
	case "relaxed F1":
		return c.RelaxedF1(), true
	case "value F1":
		return c.ValueF1(), true
	case "type F1":
		return c.TypeF1(), true
	}
	return 0, false
}

// WriteTargets writes, for each target whose corpus is among results, the
// measured figure, the threshold and whether it is met. It returns how many
// of those targets are met and how many were checked.
func WriteTargets(w io.Writer, results []*CorpusResult, targets []Target) (met, checked int, err error) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "target\tcorpus\tmeasure\tgot\tneed\t")
	for _, t := range targets {
		for _, r := range results {
			if r.Name != t.Corpus {
				continue
			}
			got, ok := r.Total.Measure(t.Measure)
			if !ok {
				return met, checked, fmt.Errorf("unknown measure %q", t.Measure)
			}
			checked++
			verdict := "MISSED"
			if got >= t.Min {
				verdict = "met"
				met++
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", verdict, t.Corpus, t.Measure, pct(got), pct(t.Min))
		}
	}
	return met, checked, tw.Flush()
}
