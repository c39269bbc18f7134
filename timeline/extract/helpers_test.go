package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// fixedTagger returns a tagger that finds the given expressions, written
// as "text=VALUE" ("on Wednesday=2017-12-13", "for three years=P3Y",
// "recently=PAST_REF"), wherever they occur: timexes built by hand, so that
// extraction is tested apart from the tagger.
func fixedTagger(t testing.TB, exprs ...string) Tagger {
	type ex struct{ text, value string }
	var list []ex
	for _, e := range exprs {
		text, value, ok := strings.Cut(e, "=")
		if !ok {
			t.Fatalf("fixedTagger: %q has no =VALUE", e)
		}
		list = append(list, ex{text, value})
	}
	return func(text string, _ tempex.Options) []tempex.Timex {
		var out []tempex.Timex
		for _, e := range list {
			for off := 0; ; {
				i := strings.Index(text[off:], e.text)
				if i < 0 {
					break
				}
				i += off
				tx := tempex.Timex{Start: i, End: i + len(e.text), Text: e.text, Value: e.value, RangeEnd: -1}
				switch {
				case strings.HasPrefix(e.value, "P") && !strings.HasSuffix(e.value, "_REF"):
					tx.Type = tempex.Duration
				case strings.HasPrefix(e.text, "every "):
					tx.Type, tx.Quant = tempex.Set, "EVERY"
				case strings.Contains(e.value, "X"):
					// unresolved: no Date
				default:
					d, err := timeline.ParseDate(e.value)
					if err != nil {
						t.Fatalf("fixedTagger: %v", err)
					}
					tx.Date = d
				}
				out = append(out, tx)
				off = i + len(e.text)
			}
		}
		slices.SortFunc(out, func(a, b tempex.Timex) int { return a.Start - b.Start })
		return out
	}
}

func day(t testing.TB, v string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(v)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// oneSection makes a document of one body section.
func oneSection(name, text string, cit timeline.Citation) *timeline.Document {
	return &timeline.Document{Name: name, Sections: []timeline.Section{{Kind: timeline.Body, Text: text, Citation: cit}}}
}

// readTestDoc reads a document of testdata in its small markup: lines
// "%% section body|excerpt|citation|heading" open a section, and the lines
// "%% outlet X", "%% title X", "%% url X", "%% date YYYY-MM-DD" and
// "%% statement" and "%% heading X" (the heading over it) that follow
// describe it; everything else is its text.
// It stands in for the readers of sources/, which have their own tests.
func readTestDoc(t testing.TB, path string) *timeline.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := &timeline.Document{Name: filepath.Base(path)}
	var cur *timeline.Section
	var text strings.Builder
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimRight(text.String(), "\n")
			doc.Sections = append(doc.Sections, *cur)
		}
		text.Reset()
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	offset, line := 0, 0
	for sc.Scan() {
		l := sc.Text()
		line++
		lineStart := offset
		offset += len(l) + 1
		if rest, ok := strings.CutPrefix(l, "%% "); ok {
			key, val, _ := strings.Cut(rest, " ")
			switch key {
			case "section":
				flush()
				cur = &timeline.Section{Pos: timeline.Position{File: doc.Name, Offset: offset, Line: line + 1, Col: 1}}
				switch val {
				case "body":
					cur.Kind = timeline.Body
				case "excerpt":
					cur.Kind = timeline.Excerpt
				case "citation":
					cur.Kind = timeline.CitationLine
				case "heading":
					cur.Kind = timeline.Heading
				default:
					t.Fatalf("%s:%d: unknown section kind %q", path, line, val)
				}
			case "outlet":
				cur.Citation.Outlet = val
			case "title":
				cur.Citation.Title = val
			case "url":
				cur.Citation.URL = val
			case "date":
				cur.Citation.Date = day(t, val)
				cur.RefFrom = "citation"
			case "statement":
				cur.Statement = true
			case "heading":
				cur.Heading = val
			case "doctitle":
				doc.Title = val
			default:
				t.Fatalf("%s:%d: unknown key %q", path, line, key)
			}
			if cur != nil && text.Len() == 0 {
				cur.Pos = timeline.Position{File: doc.Name, Offset: offset, Line: line + 1, Col: 1}
			}
			continue
		}
		_ = lineStart
		if cur == nil {
			t.Fatalf("%s:%d: text before the first %%%% section", path, line)
		}
		text.WriteString(l)
		text.WriteByte('\n')
	}
	flush()
	return doc
}

// goldEvent is one line of a .gold file: "key | value | keyword, keyword".
type goldEvent struct {
	key      string
	value    string
	keywords []string
	line     int
}

func readGold(t testing.TB, path string) []goldEvent {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldEvent
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		parts := strings.Split(l, "|")
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want key | value | keywords", path, i+1)
		}
		g := goldEvent{key: strings.TrimSpace(parts[0]), value: strings.TrimSpace(parts[1]), line: i + 1}
		for _, k := range strings.Split(parts[2], ",") {
			if k = strings.TrimSpace(k); k != "" {
				g.keywords = append(g.keywords, k)
			}
		}
		out = append(out, g)
	}
	return out
}

// spanValue is how a gold file writes a span: "2017-07", "1914/1918".
func spanValue(s timeline.Span) string {
	if s.IsRange() {
		return s.Start.String() + "/" + s.End.String()
	}
	return s.Start.String()
}

// matches reports whether an event is the gold event: the same value and
// every keyword in its text or title.
func (g goldEvent) matches(e *timeline.Event) bool {
	if spanValue(e.Span) != g.value {
		return false
	}
	hay := strings.ToLower(e.Text + " " + e.Title)
	for _, k := range g.keywords {
		if !strings.Contains(hay, strings.ToLower(k)) {
			return false
		}
	}
	return true
}

func (g goldEvent) String() string {
	return fmt.Sprintf("%s %s [%s]", g.key, g.value, strings.Join(g.keywords, ", "))
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
