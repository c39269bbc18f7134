package extract

import (
	"github.com/chronicle-project/chronicle/internal/shared"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// sharedDir finds the shared folder above the package, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	d := shared.Dir()
	if d == "" {
		t.Skip("the shared folder is absent")
	}
	return d
}

var citeRe = regexp.MustCompile(`^Source: "(.+?),?"\s+\*?([^*]+?)\*?(?:—[^.]*)?\.\s+(\d{1,2} \w+ \d{4})\.\s+<?([^>\s]+)>?$`)

// seedDoc reads a compilation laid out as the seed is: a heading, a
// commentary, then excerpts each introduced by a "Source:" citation line.
// It stands in for the reader of sources/text, which has its own tests.
func seedDoc(t testing.TB, path string) *timeline.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	doc := &timeline.Document{Name: filepath.Base(path)}
	type para struct{ start, end int }
	var paras []para
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == '\n' || text[i] == ' ') {
			i++
		}
		if i >= len(text) {
			break
		}
		j := strings.Index(text[i:], "\n\n")
		if j < 0 {
			j = len(text) - i
		}
		paras = append(paras, para{i, i + len(strings.TrimRight(text[i:i+j], " \n"))})
		i += j
	}
	pos := func(off int) timeline.Position {
		return timeline.PositionAt(timeline.Position{File: doc.Name}, text, off)
	}
	var cur *timeline.Section
	curEnd := 0
	flush := func() {
		if cur != nil {
			cur.Text = text[cur.Pos.Offset:curEnd]
			doc.Sections = append(doc.Sections, *cur)
			cur = nil
		}
	}
	var cit timeline.Citation
	for k, p := range paras {
		ptext := text[p.start:p.end]
		switch {
		case k == 0:
			doc.Title = ptext
			doc.Sections = append(doc.Sections, timeline.Section{Kind: timeline.Heading, Text: ptext, Pos: pos(p.start)})
		case strings.HasPrefix(ptext, "Source:"):
			flush()
			m := citeRe.FindStringSubmatch(ptext)
			if m == nil {
				t.Fatalf("%s: citation line not understood: %q", path, ptext)
			}
			d, err := time.Parse("2 January 2006", m[3])
			if err != nil {
				t.Fatal(err)
			}
			cit = timeline.Citation{Title: m[1], Outlet: m[2], URL: m[4], Date: timeline.FromTime(d, timeline.Day)}
			doc.Sections = append(doc.Sections, timeline.Section{Kind: timeline.CitationLine, Text: ptext, Pos: pos(p.start), Citation: cit, RefFrom: "citation"})
			cur = &timeline.Section{Kind: timeline.Excerpt, Pos: pos(paras[min(k+1, len(paras)-1)].start), Citation: cit, RefFrom: "citation"}
		default:
			if cur == nil {
				cur = &timeline.Section{Kind: timeline.Body, Pos: pos(p.start)}
			}
			if strings.HasPrefix(ptext, "A: ") {
				cur.Statement = true
			}
			curEnd = p.end
		}
	}
	flush()
	return doc
}

func seedPath(t testing.TB) string {
	return filepath.Join(sharedDir(t), "seeds", "000_93d4bf2c9bc41067.txt")
}

func TestSeedDump(t *testing.T) {
	doc := seedDoc(t, seedPath(t))
	for _, e := range Events(doc, Options{ShowPublications: true}) {
		t.Logf("%s %-12s %-28q %q\n   src=%v actors=%q pos=%d:%d", e.ID, spanValue(e.Span), e.DateText, e.Title, srcNames(e), e.Actors, e.Pos.Line, e.Pos.Col)
	}
}

func srcNames(e timeline.Event) []string {
	var out []string
	for _, s := range e.Sources {
		out = append(out, s.Name()+"@"+s.Date.String())
	}
	return out
}
