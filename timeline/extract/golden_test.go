package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/chronicle-project/chronicle/internal/golden"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// goldenEvent is how a golden file shows an event: structs, not maps, so
// that the output is byte-stable.
type goldenEvent struct {
	ID        string         `json:"id"`
	Start     string         `json:"start"`
	End       string         `json:"end,omitempty"`
	Precision string         `json:"precision"`
	Vague     bool           `json:"vague,omitempty"`
	DateText  string         `json:"date_text"`
	Title     string         `json:"title"`
	Text      string         `json:"text"`
	Group     string         `json:"group,omitempty"`
	Actors    []string       `json:"actors,omitempty"`
	Pos       string         `json:"pos"`
	Sources   []goldenSource `json:"sources"`
}

type goldenSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
	Date string `json:"date,omitempty"`
	File string `json:"file"`
}

func toGolden(evs []timeline.Event) []goldenEvent {
	out := []goldenEvent{}
	for _, e := range evs {
		g := goldenEvent{
			ID: e.ID, Start: e.Span.Start.String(), Precision: e.Span.Start.Prec.String(), Vague: e.IsVague(),
			DateText: e.DateText, Title: e.Title, Text: e.Text, Group: e.Group, Actors: e.Actors,
			Pos: fmt.Sprintf("%s:%d:%d (offset %d)", e.Pos.File, e.Pos.Line, e.Pos.Col, e.Pos.Offset),
		}
		if e.Span.IsRange() {
			g.End = e.Span.End.String()
		}
		for _, s := range e.Sources {
			gs := goldenSource{Name: s.Name(), URL: s.URL, File: s.File}
			if !s.Date.IsZero() {
				gs.Date = s.Date.String()
			}
			g.Sources = append(g.Sources, gs)
		}
		out = append(out, g)
	}
	return out
}

// checkGolden compares got with testdata/golden/name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name), got)
}

// recordedTimex is a tagger's answer as testdata/timex keeps it.
type recordedTimex struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod,omitempty"`
	RangeEnd int    `json:"range_end"`
}

// recordedCall is one call of the tagger: the mode, the reference date and
// the text it was given (as a hash: the seed is never copied here), and
// what it answered.
type recordedCall struct {
	Mode   int             `json:"mode"`
	Ref    string          `json:"ref"`
	Text   string          `json:"text_sha256"`
	Timexs []recordedTimex `json:"timexes"`
}

func textHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

func callKey(hash string, opt tempex.Options) string {
	return fmt.Sprintf("%d\x00%s\x00%s", opt.Mode, opt.Ref, hash)
}

// replayTagger answers from a recording of the tagger (testdata/timex), so
// that the golden files pin the extractor's own logic whatever the tagger
// in the making does; with -update it records the live tagger instead.
// The live tagger is measured by TestAnnotatedSet and TestSeed.
func replayTagger(t *testing.T, name string) (Tagger, func()) {
	path := filepath.Join("testdata", "timex", name+".json")
	if *golden.Update {
		var calls []recordedCall
		seen := map[string]bool{}
		tag := func(text string, opt tempex.Options) []tempex.Timex {
			out := tempex.Tag(text, opt)
			if k := callKey(textHash(text), opt); !seen[k] {
				seen[k] = true
				c := recordedCall{Mode: int(opt.Mode), Ref: opt.Ref.String(), Text: textHash(text), Timexs: []recordedTimex{}}
				for _, x := range out {
					c.Timexs = append(c.Timexs, recordedTimex{x.Start, x.End, x.Type.String(), x.Value, x.Mod.String(), x.RangeEnd})
				}
				calls = append(calls, c)
			}
			return out
		}
		save := func() {
			data, err := json.MarshalIndent(calls, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return tag, save
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to record the tagger)", err)
	}
	var calls []recordedCall
	if err := json.Unmarshal(data, &calls); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	byKey := map[string][]tempex.Timex{}
	types := map[string]tempex.Type{"DATE": tempex.Date, "TIME": tempex.Time, "DURATION": tempex.Duration, "SET": tempex.Set}
	for _, c := range calls {
		var out []tempex.Timex
		for _, r := range c.Timexs {
			x := tempex.Timex{Start: r.Start, End: r.End, Type: types[r.Type], Value: r.Value, RangeEnd: r.RangeEnd}
			if x.Type == tempex.Date || x.Type == tempex.Time {
				if d, err := timeline.ParseDate(r.Value); err == nil {
					x.Date = d
				}
			}
			if m, err := timeline.ParseMod(r.Mod); err == nil {
				x.Mod = m
				x.Date.Mod = m
			}
			out = append(out, x)
		}
		ref, _ := timeline.ParseDate(c.Ref)
		byKey[callKey(c.Text, tempex.Options{Mode: tempex.Mode(c.Mode), Ref: ref})] = out
	}
	tag := func(text string, opt tempex.Options) []tempex.Timex {
		rec, ok := byKey[callKey(textHash(text), tempex.Options{Mode: opt.Mode, Ref: opt.Ref})]
		if !ok {
			t.Fatalf("%s has no recording of this text in mode %d (run go test -update)", path, opt.Mode)
		}
		out := slices.Clone(rec)
		for i := range out {
			if out[i].Start >= 0 && out[i].Start <= out[i].End && out[i].End <= len(text) {
				out[i].Text = text[out[i].Start:out[i].End]
			}
		}
		return out
	}
	return tag, func() {}
}

// TestGolden pins the events of the seed and of every document of the
// annotated set as JSON, from a recording of the tagger's answers.
func TestGolden(t *testing.T) {
	docs := map[string]*timeline.Document{}
	for _, a := range loadSet(t) {
		docs[a.name] = a.doc
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			tag, save := replayTagger(t, name)
			evs := Events(doc, Options{ShowPublications: true, Tagger: tag})
			save()
			data, err := json.MarshalIndent(toGolden(evs), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".json", append(data, '\n'))
		})
	}
}

func FuzzEvents(f *testing.F) {
	f.Add("Human Right Watch said on Wednesday that China collected DNA in July 2017.", false)
	f.Add("Q: What is your response?\n\nA: I would like to say that such allegation is not even worth your time.", true)
	f.Add("The war began in 1914, and the armistice was signed on 11 November 1918. Mr. Smith, aged 65, left.", false)
	f.Add("- 9 November 1989: the Wall opens\n# 1990\nThe July plan, posted in December, asked for DNA.", false)
	f.Add("Elizabeth I reigned from 1558 to 1603; \"the past few years\" ... U.S. Dec. 5", true)
	f.Add("\xff\xfe 13/12/2017 at 3 p.m., yesterday, next week, the 1990s, 44 BC", false)
	for _, a := range []string{"volcano.txt", "press-briefing.txt"} {
		if data, err := os.ReadFile(filepath.Join("testdata", "set", a)); err == nil {
			f.Add(string(data), strings.HasPrefix(a, "press"))
		}
	}
	ref := timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}
	f.Fuzz(func(t *testing.T, text string, statement bool) {
		doc := &timeline.Document{Name: "fuzz.txt", Sections: []timeline.Section{{
			Kind: timeline.Excerpt, Text: text, Statement: statement,
			Citation: timeline.Citation{Outlet: "Fuzz", Title: "Fuzz piece", Date: ref},
		}}}
		for _, e := range Events(doc, Options{ShowPublications: true}) {
			if e.Group == PublishedGroup {
				continue
			}
			if e.Pos.Offset < 0 || e.Pos.Offset+len(e.Text) > len(text) || text[e.Pos.Offset:e.Pos.Offset+len(e.Text)] != e.Text {
				t.Fatalf("event text %q is not at offset %d of the input", e.Text, e.Pos.Offset)
			}
			if want := timeline.PositionAt(timeline.Position{File: "fuzz.txt"}, text, e.Pos.Offset); want != e.Pos {
				t.Fatalf("position %+v, want %+v", e.Pos, want)
			}
			for _, part := range strings.Split(e.DateText, " … ") {
				// (as written, but a line break inside it written as a space;
				// a range's end or a day's time written apart joined by " … ")
				if part != "" && !strings.Contains(e.Text, part) && !strings.Contains(text, part) && !strings.Contains(oneLine(text), part) {
					t.Fatalf("date text %q not in the input", e.DateText)
				}
			}
			if len(e.Title) > maxTitle {
				t.Fatalf("title %q is %d bytes", e.Title, len(e.Title))
			}
			if utf8.ValidString(text) && !utf8.ValidString(e.Title) {
				t.Fatalf("title %q is not valid UTF-8", e.Title)
			}
			if e.Span.Start.IsZero() {
				t.Fatalf("event without a date: %+v", e)
			}
			if len(e.ID) != 12 || len(e.Sources) == 0 {
				t.Fatalf("bad id or sources: %+v", e)
			}
		}
	})
}

func BenchmarkEvents(b *testing.B) {
	var docs []*timeline.Document
	size := 0
	for _, a := range loadSet(b) {
		docs = append(docs, a.doc)
		for _, s := range a.doc.Sections {
			size += len(s.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Build(docs, Options{})
	}
}

func ExampleEvents() {
	doc := &timeline.Document{Name: "news.txt", Sections: []timeline.Section{{
		Kind:     timeline.Body,
		Text:     "Human Rights Watch said on Wednesday that the authorities had collected DNA from every resident.",
		Citation: timeline.Citation{Outlet: "The Daily", Date: timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}},
	}}}
	for _, e := range Events(doc, Options{}) {
		fmt.Println(e.Span.Start, e.Span.Start.Prec, e.DateText)
		fmt.Println(e.Title)
		fmt.Println(e.Source().Name(), e.Actors)
	}
	// Output:
	// 2017-12-13 day on Wednesday
	// Human Rights Watch says the authorities had collected DNA from every resident
	// The Daily [Human Rights Watch]
}

// BenchmarkBuildMany builds a chronology of 4,000 events from 200
// documents, most of them on a few hundred days: merging must not look at
// all pairs.
func BenchmarkBuildMany(b *testing.B) {
	var docs []*timeline.Document
	size := 0
	for d := range 200 {
		var sb strings.Builder
		for k := range 20 {
			fmt.Fprintf(&sb, "The council number %d met its partner number %d on %d March %d and signed treaty %d. ", d, k, 1+(d+k)%28, 1990+k%5, d*20+k)
		}
		text := sb.String()
		size += len(text)
		docs = append(docs, oneSection(fmt.Sprintf("doc%d.txt", d), text, timeline.Citation{Outlet: fmt.Sprintf("Outlet %d", d)}))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Build(docs, Options{})
	}
}
