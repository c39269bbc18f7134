package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// repeated is a document of one sentence said over and over, on one line:
// the worst case for merging (every event has the same date and words)
// and for positions (a single line).
func repeated(n int) *timeline.Document {
	s := "The ferry left the harbour on 4 June 2011 and came back on 6 June 2011 after a storm. "
	return oneSection("rep.txt", strings.Repeat(s, n/len(s)+1), timeline.Citation{})
}

// BenchmarkRepeated extracts 256 KB of one repeated sentence.
func BenchmarkRepeated(b *testing.B) {
	doc := repeated(256 << 10)
	b.SetBytes(int64(len(doc.Sections[0].Text)))
	b.ReportAllocs()
	for b.Loop() {
		Events(doc, Options{})
	}
}

// BenchmarkTagRepeated is the tagger alone on BenchmarkRepeated's text:
// what extraction costs on top of it.
func BenchmarkTagRepeated(b *testing.B) {
	doc := repeated(256 << 10)
	b.SetBytes(int64(len(doc.Sections[0].Text)))
	b.ReportAllocs()
	for b.Loop() {
		tempex.Tag(doc.Sections[0].Text, tempex.Options{})
	}
}

// BenchmarkTagSet is the tagger alone on BenchmarkEvents' documents.
func BenchmarkTagSet(b *testing.B) {
	var texts []string
	size := 0
	for _, a := range loadSet(b) {
		for _, s := range a.doc.Sections {
			texts = append(texts, s.Text)
			size += len(s.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			tempex.Tag(t, tempex.Options{})
		}
	}
}

func overlapOf(a, b *item, f func(a, b bag) float64) float64 {
	ab, _ := a.words()
	bb, _ := b.words()
	return f(ab, bb)
}

// TestNextWordSpan checks the hand-written scanner against the regexp it
// replaces.
func TestNextWordSpan(t *testing.T) {
	for _, s := range []string{"", "   ", "Lu Kang said, on Wednesday", "l’État n'a pas 12 ans", "über-Straße—x", "a", "1990s's", "“Quote”"} {
		t.Run(s, func(t *testing.T) {
			want := wordRe.FindAllStringIndex(s, -1)
			var got [][]int
			for next := 0; ; {
				m, ok := nextWordSpan(s, next)
				if !ok {
					break
				}
				got = append(got, []int{m[0], m[1]})
				next = m[1]
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// TestRepeatedLinear pins what made extraction quadratic on a document of
// one sentence repeated on a single line: it still splits into sentences,
// every event has its own id and position, and merging compares no two
// reports of one section.
func TestRepeatedLinear(t *testing.T) {
	const s = "The ferry left the harbour on 4 June 2011 and came back on 6 June 2011 after a storm. "
	const n = 2000
	doc := oneSection("rep.txt", strings.Repeat(s, n), timeline.Citation{})
	tag := fixedTagger(t, "4 June 2011=2011-06-04", "6 June 2011=2011-06-06")
	if got := len(Sentences(doc.Sections[0].Text)); got != n {
		t.Fatalf("%d sentences on one line, want %d", got, n)
	}
	evs := Events(doc, Options{Tagger: tag})
	if len(evs) != 2*n {
		t.Fatalf("%d events, want %d", len(evs), 2*n)
	}
	ids := map[string]bool{}
	cols := map[int]bool{}
	for _, e := range evs {
		if ids[e.ID] {
			t.Fatalf("id %s twice", e.ID)
		}
		ids[e.ID] = true
		cols[e.Pos.Col] = true
		if e.Pos.Line != 1 || e.Pos.Col != e.Pos.Offset+1 {
			t.Fatalf("position %+v on a single line", e.Pos)
		}
	}
	if len(cols) != n {
		t.Errorf("%d distinct columns, want %d", len(cols), n)
	}
	// The ids do not depend on what follows: the first event of a shorter
	// document keeps its id.
	short := Events(oneSection("rep.txt", strings.Repeat(s, 3), timeline.Citation{}), Options{Tagger: tag})
	for _, e := range short {
		if !ids[e.ID] {
			t.Errorf("id %s of the short document not in the long one", e.ID)
		}
	}

	t.Run("candidates", func(t *testing.T) {
		var items []*item
		for _, sec := range []int{0, 0, 1} { // two sections, the first with many reports
			for k := range 3000 {
				if sec == 1 && k >= 10 {
					break
				}
				it := newItem(timeline.Event{Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 2011, Month: 6, Day: 4}}})
				it.sec = [2]int{0, sec}
				items = append(items, it)
			}
		}
		calls := 0
		forCandidatePairs(items, func(i, j int) {
			calls++
			if items[i].sec == items[j].sec {
				t.Fatalf("pair %d, %d of one section", i, j)
			}
		})
		if limit := len(items) * maxCandidates; calls > limit || calls == 0 {
			t.Errorf("%d candidate pairs, want 1 to %d", calls, limit)
		}
	})
}

// TestPosCursor checks the incremental positions against Section.PosAt,
// with and without markup removed.
func TestPosCursor(t *testing.T) {
	text := "First line.\nSecond *line* here.\n\nThird, after a gap."
	secs := map[string]timeline.Section{
		"verbatim": {Text: text, Pos: timeline.Position{Line: 3, Col: 5, Offset: 40}},
		"segments": {Text: text, Pos: timeline.Position{Line: 3, Col: 5, Offset: 40}, Segments: []timeline.Segment{
			{Off: 0, Pos: timeline.Position{Line: 3, Col: 5, Offset: 40}},
			{Off: 19, Pos: timeline.Position{Line: 4, Col: 10, Offset: 60}},
			{Off: 24, Pos: timeline.Position{Line: 4, Col: 16, Offset: 66}},
		}},
	}
	for name, sec := range secs {
		t.Run(name, func(t *testing.T) {
			for _, step := range []int{1, 3, 7} {
				var c posCursor
				for i := 0; i <= len(text); i += step {
					if got, want := c.at(&sec, i), sec.PosAt(i); got != want {
						t.Fatalf("step %d, offset %d: %+v, want %+v", step, i, got, want)
					}
				}
				// Backwards falls back to PosAt.
				if got, want := c.at(&sec, 2), sec.PosAt(2); got != want {
					t.Fatalf("back: %+v, want %+v", got, want)
				}
			}
		})
	}
}
