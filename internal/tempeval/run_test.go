package tempeval

import (
	"bytes"
	"encoding/xml"
	"github.com/chronicle-project/chronicle/internal/shared"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/sources/timeml"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// fakeTag is a tiny deterministic tagger for the tests: four-digit years,
// weekday names (left unresolved) and the word "time" as a duration.
func fakeTag(text string, opt tempex.Options) []tempex.Timex {
	re := regexp.MustCompile(`\b(19\d\d|20\d\d|Monday|Tuesday|time)\b`)
	var out []tempex.Timex
	for _, m := range re.FindAllStringIndex(text, -1) {
		s := text[m[0]:m[1]]
		x := tempex.Timex{Start: m[0], End: m[1], Text: s, Type: tempex.Date, Value: s, RangeEnd: -1}
		switch s {
		case "Monday":
			x.Value = "XXXX-WXX-1"
		case "Tuesday":
			x.Value = "XXXX-WXX-2"
		case "time":
			x.Type, x.Value = tempex.Duration, "PXT"
		}
		out = append(out, x)
	}
	return out
}

func TestRunMini(t *testing.T) {
	r, err := Run(Corpus{Name: "mini", Dir: "testdata/mini", Mode: tempex.News}, TagOptions{Tagger: fakeTag})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	want := Counts{Gold: 7, System: 6, Relaxed: 5, Strict: 4, Value: 3, Type: 5}
	if r.Total != want {
		t.Errorf("total %+v, want %+v", r.Total, want)
	}
	// Timings vary from run to run; the golden report shows them as zero.
	r.TagTime, r.Elapsed = 0, 0
	var out bytes.Buffer
	if err := WriteTable(&out, []*CorpusResult{r}); err != nil {
		t.Fatal(err)
	}
	out.WriteString("\n")
	if err := WriteTypes(&out, []*CorpusResult{r}); err != nil {
		t.Fatal(err)
	}
	out.WriteString("\n")
	if err := WriteErrors(&out, r); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "mini.report"), out.Bytes())
}

func TestTagDocument(t *testing.T) {
	src, err := os.ReadFile("testdata/mini/a.tml")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	tagged, err := TagDocument(&out, "a.tml", src, TagOptions{Tagger: fakeTag})
	if err != nil {
		t.Fatal(err)
	}
	if len(tagged.Found) != 3 || len(tagged.Placed) != 3 || len(tagged.Doc.Timexes) != 4 {
		t.Errorf("found %d, placed %d, gold %d", len(tagged.Found), len(tagged.Placed), len(tagged.Doc.Timexes))
	}
	golden.Check(t, filepath.Join("testdata", "a.tagged.tml"), out.Bytes())
}

// TestTagDocumentRef checks which reference date the tagger is given: the
// document's own DCT wins over the option, which serves only documents
// without one.
func TestTagDocumentRef(t *testing.T) {
	var got timeline.Date
	spy := func(text string, opt tempex.Options) []tempex.Timex { got = opt.Ref; return nil }
	flagRef := timeline.Date{Prec: timeline.Day, Year: 2000, Month: 1, Day: 2}
	tests := []struct {
		name, src string
		want      timeline.Date
	}{
		{"dct wins", `<DCT><TIMEX3 tid="t0" value="1998-02-12" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>a</TEXT>`,
			timeline.Date{Prec: timeline.Day, Year: 1998, Month: 2, Day: 12}},
		{"no dct", `<TEXT>a</TEXT>`, flagRef},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := TagDocument(&bytes.Buffer{}, "x.tml", []byte(tt.src), TagOptions{Ref: flagRef, Tagger: spy}); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("tagger got ref %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTagDocumentErrors(t *testing.T) {
	bad := func(text string, opt tempex.Options) []tempex.Timex {
		return []tempex.Timex{{Start: 2, End: 1}}
	}
	tests := []struct {
		name, src string
		tagger    Tagger
		want      string
	}{
		{"bad xml", "<TEXT>a <b</TEXT>", fakeTag, "x.tml:1:"},
		{"bad spans", "<TEXT>abc</TEXT>", bad, "x.tml: timeml rewrite: timex 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := TagDocument(&bytes.Buffer{}, "x.tml", []byte(tt.src), TagOptions{Tagger: tt.tagger})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	if _, err := Run(Corpus{Dir: "testdata/none"}, TagOptions{}); err == nil {
		t.Error("no error for a missing folder")
	}
	if _, err := Run(Corpus{Dir: t.TempDir()}, TagOptions{}); err == nil || !strings.Contains(err.Error(), "no .tml files") {
		t.Errorf("error %v for a folder without .tml files", err)
	}
}

// benchDir finds shared/bench by walking up from the package folder.
func benchDir(t testing.TB) string {
	t.Helper()
	p := shared.Bench()
	if p == "" {
		t.Skip("shared/bench not found")
	}
	return p
}

// TestRunOracle runs the whole pipeline (read, tag, rewrite, read back,
// score) with a tagger that returns the gold annotation: every corpus must
// then score 100 on every measure. This checks the reader, the writer's
// placement of tags among EVENT and SIGNAL tags, and the scorer together,
// on every benchmark file.
func TestRunOracle(t *testing.T) {
	root := benchDir(t)
	for _, dir := range []string{"tempeval3/train", "tempeval3/test", "wikiwars"} {
		t.Run(dir, func(t *testing.T) {
			gold := make(map[string][]tempex.Timex)
			files, _ := filepath.Glob(filepath.Join(root, dir, "*.tml"))
			more, _ := filepath.Glob(filepath.Join(root, dir, "*", "*.tml"))
			for _, f := range append(files, more...) {
				doc, _, err := timeml.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				var xs []tempex.Timex
				for _, g := range doc.Timexes {
					typ := map[string]tempex.Type{"DATE": tempex.Date, "TIME": tempex.Time, "DURATION": tempex.Duration, "SET": tempex.Set}[g.Type]
					mod, _ := timeline.ParseMod(g.Mod)
					xs = append(xs, tempex.Timex{Start: g.Start, End: g.End, Text: g.Text, Type: typ, Value: g.Value, Mod: mod, RangeEnd: -1})
				}
				gold[doc.Text] = xs
			}
			oracle := func(text string, opt tempex.Options) []tempex.Timex { return gold[text] }
			r, err := Run(Corpus{Name: dir, Dir: filepath.Join(root, dir)}, TagOptions{Tagger: oracle})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			c := r.Total
			if c.Gold == 0 || c.System != c.Gold || c.Strict != c.Gold || c.Value != c.Gold || c.Type != c.Gold {
				t.Errorf("oracle counts %+v, want everything equal to gold", c)
			}
		})
	}
}

// TestRunTempex runs the real tagger end to end on the TempEval-3 test set:
// every file must come through, and the scores must be figures, not
// measured against a threshold here (the thresholds are tracked by
// make eval).
func TestRunTempex(t *testing.T) {
	root := benchDir(t)
	r, err := Run(Corpus{Name: "test", Dir: filepath.Join(root, "tempeval3", "test"), Mode: tempex.News}, TagOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if len(r.Files) != 20 || r.Total.Gold != 138 {
		t.Errorf("%d files, %d gold expressions; want 20 and 138", len(r.Files), r.Total.Gold)
	}
	for _, f := range r.Files {
		for i, s := range f.System {
			if s.Start < 0 || s.End > len(f.Doc.Text) || s.Start >= s.End || (i > 0 && s.Start < f.System[i-1].End) {
				t.Errorf("%s: system span %d [%d,%d) out of order or range", f.Path, i, s.Start, s.End)
			}
			if err := timeline.CheckValue(s.Value); err != nil {
				t.Errorf("%s: %q: %v", f.Path, f.Doc.Text[s.Start:s.End], err)
			}
		}
	}
	t.Logf("test: strict F1 %.4f relaxed F1 %.4f value F1 %.4f type F1 %.4f",
		r.Total.StrictF1(), r.Total.RelaxedF1(), r.Total.ValueF1(), r.Total.TypeF1())
}

// TestTagDocumentWellFormed tags every benchmark file with the real tagger
// and checks with encoding/xml that what `chronicle timeml` writes is
// well-formed XML.
func TestTagDocumentWellFormed(t *testing.T) {
	root := benchDir(t)
	var files []string
	for _, pat := range []string{"tempeval3/*/*.tml", "tempeval3/*/*/*.tml", "wikiwars/*.tml"} {
		m, _ := filepath.Glob(filepath.Join(root, pat))
		files = append(files, m...)
	}
	if len(files) != 298 {
		t.Errorf("%d files, want 298", len(files))
	}
	for _, f := range files {
		var out bytes.Buffer
		if _, err := TagFile(&out, f, TagOptions{Mode: tempex.News}); err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(&out)
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: output is not well-formed: %v", f, err)
			}
		}
	}
}

func BenchmarkRun(b *testing.B) {
	root := benchDir(b)
	dir := filepath.Join(root, "tempeval3", "test")
	var size int64
	files, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	for _, f := range files {
		st, _ := os.Stat(f)
		size += st.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(Corpus{Dir: dir, Mode: tempex.News}, TagOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
