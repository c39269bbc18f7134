package tempeval

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func pct(f float64) string { return fmt.Sprintf("%.2f", 100*f) }

// ModeName is the flag spelling of a mode.
func ModeName(m tempex.Mode) string {
	switch m {
	case tempex.News:
		return "news"
	case tempex.Narrative:
		return "narrative"
	}
	return "auto"
}

// WriteTable writes one row per corpus: counts, strict and relaxed
// precision, recall and F1, value and type F1 (all in percent), and the
// tagger's speed.
func WriteTable(w io.Writer, results []*CorpusResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tmode\tdocs\tgold\tsystem\tstrict P\tR\tF1\trelaxed P\tR\tF1\tvalue F1\ttype F1\tvalue acc\ttag MB/s\trun s\t")
	for _, r := range results {
		c := r.Total
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%.2f\t\n",
			r.Name, ModeName(r.Mode), len(r.Files), c.Gold, c.System,
			pct(c.StrictP()), pct(c.StrictR()), pct(c.StrictF1()),
			pct(c.RelaxedP()), pct(c.RelaxedR()), pct(c.RelaxedF1()),
			pct(c.ValueF1()), pct(c.TypeF1()), pct(c.ValueAccuracy()),
			r.TagMBps(), r.Elapsed.Seconds())
	}
	return tw.Flush()
}

// WriteTypes writes the per-type breakdown of each corpus: relaxed
// precision (by the system's type), recall, F1, strict recall and value
// accuracy (by the gold type).
func WriteTypes(w io.Writer, results []*CorpusResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\ttype\tgold\tsystem\tP\tR\tF1\tstrict R\tvalue acc\t")
	for _, r := range results {
		types := make([]string, 0, len(r.ByType))
		for t := range r.ByType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			c := r.ByType[t]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", r.Name, t, c.Gold, c.System,
				pct(c.Precision()), pct(c.RelaxedR()), pct(c.F1()), pct(c.StrictR()), pct(c.ValueAccuracy()))
		}
	}
	return tw.Flush()
}

// WriteErrors lists, file by file, what the tagger got wrong: gold
// expressions it missed, expressions it found that the gold does not have
// (false), pairs with another extent, value or type. Each line gives the
// place in the original file (LINE:COL).
func WriteErrors(w io.Writer, r *CorpusResult) error {
	for _, f := range r.Files {
		var lines []errLine
		text := f.Doc.Text
		quote := func(s Span) string { return fmt.Sprintf("%q", text[s.Start:s.End]) }
		for _, i := range f.Misses {
			g := f.Gold[i]
			lines = append(lines, errLine{g.Start, "miss", quote(g), fmt.Sprintf("%s %s%s", g.Type, g.Value, modSuffix(g.Mod))})
		}
		for _, i := range f.FalseAlarms {
			s := f.System[i]
			lines = append(lines, errLine{s.Start, "false", quote(s), fmt.Sprintf("%s %s%s", s.Type, s.Value, modSuffix(s.Mod))})
		}
		for _, p := range f.Pairs {
			g, s := f.Gold[p.Gold], f.System[p.System]
			if g.Start != s.Start || g.End != s.End {
				lines = append(lines, errLine{g.Start, "extent", quote(g), "got " + quote(s)})
			}
			if g.Value != s.Value {
				lines = append(lines, errLine{g.Start, "value", quote(g), fmt.Sprintf("%s, got %s (%s)", g.Value, s.Value, quote(s))})
			}
			if g.Type != s.Type {
				lines = append(lines, errLine{g.Start, "type", quote(g), fmt.Sprintf("%s, got %s", g.Type, s.Type)})
			}
		}
		if len(lines) == 0 {
			continue
		}
		sort.SliceStable(lines, func(i, j int) bool { return lines[i].off < lines[j].off })
		fmt.Fprintf(w, "== %s (DCT %s)\n", f.Path, f.Doc.Ref)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		src := string(f.Src)
		for _, l := range lines {
			pos := timeline.PositionAt(timeline.Position{}, src, f.Doc.SourceOffset(l.off))
			fmt.Fprintf(tw, "  %d:%d\t%s\t%s\t%s\n", pos.Line, pos.Col, l.kind, l.text, l.detail)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(w, "== errors\n%v\n", r.Errors)
	}
	return nil
}

type errLine struct {
	off          int
	kind         string
	text, detail string
}

func modSuffix(m string) string {
	if m == "" {
		return ""
	}
	return " mod=" + m
}
