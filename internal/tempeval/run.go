package tempeval

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	outtml "github.com/chronicle-project/chronicle/output/timeml"
	"github.com/chronicle-project/chronicle/sources/timeml"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// Tagger finds temporal expressions in a text; tempex.Tag is the one we
// ship, and tests put others in its place.
type Tagger func(text string, opt tempex.Options) []tempex.Timex

// TagOptions configure TagDocument and Run.
type TagOptions struct {
	Mode     tempex.Mode
	DayFirst bool
	// Ref anchors a document that has no creation time; a document's own
	// DCT always wins.
	Ref timeline.Date
	// Tagger is the tagger to run; nil means tempex.Tag.
	Tagger Tagger
	// Repeat, for Run only, times the tagger this many times over each text
	// and keeps the fastest run, for a steadier speed figure on a busy
	// machine; 0 or 1 times it once.
	Repeat int
}

// Tagged is the outcome of TagDocument.
type Tagged struct {
	Doc     *timeml.Document // the document as read, with its gold TIMEX3s
	Found   []tempex.Timex   // what the tagger found in Doc.Text
	Placed  []outtml.Timex   // what was written, spans adjusted to the other tags
	TagTime time.Duration    // time spent in the tagger alone
}

// TagDocument reads the TimeML document src (name is used in errors), tags
// its TEXT with the tagger, its creation time as the reference date, and
// writes the same document to w with our TIMEX3 tags in place of the
// original ones (see package output/timeml). This is `chronicle timeml`.
func TagDocument(w io.Writer, name string, src []byte, opt TagOptions) (*Tagged, error) {
	doc, err := timeml.Parse(name, src)
	if err != nil {
		return nil, err
	}
	tag, topt := opt.tagger(doc)
	t0 := time.Now()
	found := tag(doc.Text, topt)
	took := time.Since(t0)
	timexes := make([]outtml.Timex, len(found))
	for i, x := range found {
		timexes[i] = outtml.Timex{
			Start: x.Start, End: x.End,
			Type: x.Type.String(), Value: x.Value, Mod: x.Mod.String(),
			Quant: x.Quant, Freq: x.Freq,
		}
	}
	placed, err := outtml.Rewrite(w, Source(doc, src), timexes)
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	return &Tagged{Doc: doc, Found: found, Placed: placed, TagTime: took}, nil
}

// tagger returns the tagger to run on doc and its options.
func (opt TagOptions) tagger(doc *timeml.Document) (Tagger, tempex.Options) {
	tag := opt.Tagger
	if tag == nil {
		tag = tempex.Tag
	}
	ref := doc.Ref
	if ref.IsZero() {
		ref = opt.Ref
	}
	return tag, tempex.Options{Ref: ref, Mode: opt.Mode, DayFirst: opt.DayFirst}
}

// TagFile is TagDocument on the file at path.
func TagFile(w io.Writer, path string, opt TagOptions) (*Tagged, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return TagDocument(w, path, src, opt)
}

// Source converts a document read by sources/timeml into the layout the
// writer in output/timeml takes (the two packages do not import each other).
func Source(doc *timeml.Document, src []byte) outtml.Source {
	pieces := make([]outtml.Piece, len(doc.Pieces))
	for i, p := range doc.Pieces {
		pieces[i] = outtml.Piece{
			Kind: outtml.PieceKind(p.Kind), Src: p.Src, Text: p.Text,
			Name: p.Name, Close: p.Close, Empty: p.Empty,
		}
	}
	return outtml.Source{Bytes: src, Pieces: pieces}
}

// Corpus is a folder of TimeML files and the mode to tag it in.
type Corpus struct {
	Name string // shown in reports
	Dir  string
	Mode tempex.Mode
}

// FileResult is the scoring of one document.
type FileResult struct {
	Path   string
	Src    []byte // the original file
	Doc    *timeml.Document
	Gold   []Span
	System []Span // read back from the rewritten document
	Result
	TagTime time.Duration
}

// CorpusResult is the scoring of a corpus.
type CorpusResult struct {
	Corpus
	Files  []FileResult
	Total  Counts
	ByType map[string]TypeCounts
	// TextBytes is the size of the plain texts tagged; TagTime the time the
	// tagger took over them, and Elapsed the time of the whole run (reading,
	// tagging, writing, reading back and scoring).
	TextBytes int
	TagTime   time.Duration
	Elapsed   time.Duration
	// Errors are the files that could not be read or tagged; the others are
	// scored.
	Errors timeline.ErrorList
}

// TagMBps is the tagger's throughput in MB/s (10^6 bytes) of plain text.
func (r *CorpusResult) TagMBps() float64 {
	if r.TagTime <= 0 {
		return 0
	}
	return float64(r.TextBytes) / 1e6 / r.TagTime.Seconds()
}

// Run tags every .tml file under c.Dir (recursively, in name order), writes
// each back as `chronicle timeml` does, reads the result back and scores
// its TIMEX3s against the gold ones. opt.Mode is replaced by c.Mode unless
// c.Mode is Auto. Files that fail are listed in Errors and not scored; the
// error is for a folder that cannot be walked.
func Run(c Corpus, opt TagOptions) (*CorpusResult, error) {
	start := time.Now()
	var paths []string
	err := filepath.WalkDir(c.Dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && filepath.Ext(path) == ".tml" {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .tml files", c.Dir)
	}
	sort.Strings(paths)
	if c.Mode != tempex.Auto {
		opt.Mode = c.Mode
	}
	r := &CorpusResult{Corpus: c, ByType: make(map[string]TypeCounts)}
	for _, path := range paths {
		fr, err := scoreFile(path, opt)
		if err != nil {
			r.Errors.Add(err)
			continue
		}
		r.Files = append(r.Files, *fr)
		r.Total = r.Total.Add(fr.Counts)
		for k, v := range fr.ByType {
			r.ByType[k] = r.ByType[k].Add(v)
		}
		r.TextBytes += len(fr.Doc.Text)
		r.TagTime += fr.TagTime
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

func scoreFile(path string, opt TagOptions) (*FileResult, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	tagged, err := TagDocument(&out, path, src, opt)
	if err != nil {
		return nil, err
	}
	back, err := timeml.Parse(path+" (rewritten)", out.Bytes())
	if err != nil {
		return nil, err
	}
	if back.Text != tagged.Doc.Text {
		return nil, &timeline.Error{Pos: timeline.Position{File: path}, Err: fmt.Errorf("the rewritten document's text differs from the original")}
	}
	fr := &FileResult{
		Path:    path,
		Src:     src,
		Doc:     tagged.Doc,
		Gold:    spans(tagged.Doc.Timexes),
		System:  spans(back.Timexes),
		TagTime: tagged.TagTime,
	}
	tag, topt := opt.tagger(tagged.Doc)
	for i := 1; i < opt.Repeat; i++ {
		t0 := time.Now()
		tag(tagged.Doc.Text, topt)
		fr.TagTime = min(fr.TagTime, time.Since(t0))
	}
	fr.Result = Score(fr.Doc.Text, fr.Gold, fr.System)
	return fr, nil
}

func spans(ts []timeml.Timex) []Span {
	out := make([]Span, len(ts))
	for i, t := range ts {
		out[i] = Span{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value, Mod: t.Mod}
	}
	return out
}
