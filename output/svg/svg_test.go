package svg_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/output/internal/fixture"
	"github.com/chronicle-project/chronicle/output/svg"
	"github.com/chronicle-project/chronicle/timeline"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		c    *timeline.Chronology
		opt  svg.Options
	}{
		{"seed.svg", fixture.Seed(), svg.Options{}},
		{"wide.svg", fixture.Wide(), svg.Options{}},
		{"wide-narrow.svg", fixture.Wide(), svg.Options{Width: 600, LabelRunes: 20}},
		{"empty.svg", &timeline.Chronology{Title: "Nothing yet"}, svg.Options{}},
		{"dense.svg", dense(), svg.Options{MaxRows: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := svg.Write(&buf, tt.c, tt.opt); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, buf.Bytes())
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
		})
	}
}

// dense is a chronology with more events on a few days than a lane has
// rows for labels.
func dense() *timeline.Chronology {
	c := &timeline.Chronology{Title: "A busy week"}
	for i := range 30 {
		d := timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 11 + i%5}
		c.Events = append(c.Events, timeline.Event{ID: fmt.Sprint(i), Span: timeline.Span{Start: d},
			Title: fmt.Sprintf("Statement %d", i+1), Group: []string{"Ministry", "Wire"}[i%2]})
	}
	c.Sort()
	return c
}

// wellFormed parses the SVG as XML and returns its text, all of it.
func wellFormed(t *testing.T, data []byte) string {
	t.Helper()
	var text strings.Builder
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text.String()
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "script" || tok.Name.Local == "foreignObject" {
				t.Errorf("element %s in the output", tok.Name.Local)
			}
		case xml.CharData:
			text.Write(tok)
		}
	}
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	if err := svg.Write(&buf, fixture.Wide(), svg.Options{}); err != nil {
		t.Fatal(err)
	}
	text := wellFormed(t, buf.Bytes())
	tests := []struct {
		name, want string
	}{
		{"title", "Power, print & <protest>: 44 BC – 2017"},
		{"hostile headline as text", "</script><script>alert(1)</script>"},
		{"unicode", "Ürümqi: summer of checks ✓"},
		{"BC date", "15 March 44 BC"},
		{"approx", "c. 1450"},
		{"range", "1558–1603"},
		{"decade with mod", "the early 1990s"},
		{"tooltip sentence", "In summer 2017, residents of Ürümqi (乌鲁木齐) queued for checks"},
		{"tooltip source", "— Wire, Inc. <https://wire.example/2017/12/13/dna?a=1&b=2>"},
		{"lane", "England"},
		{"undated note", "1 undated reference not shown."},
		{"tick", "AD 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(text, tt.want) {
				t.Errorf("the picture's text lacks %q", tt.want)
			}
		})
	}
	if strings.Contains(text, "Hundreds of people") {
		t.Error("the vague reference was drawn")
	}
}

func TestSkipped(t *testing.T) {
	w := svg.NewWriter(io.Discard, "", svg.Options{})
	for _, e := range fixture.Wide().Events {
		w.Write(&e)
	}
	if got := w.Skipped(); got != 1 {
		t.Errorf("Skipped() = %d, want 1", got)
	}
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := svg.Write(failWriter{}, fixture.Seed(), svg.Options{}); err == nil || err.Error() != "disk full" {
		t.Errorf("err = %v, want disk full", err)
	}
}

// TestRender converts the pictures to PNG with rsvg-convert, when it is
// installed (Debian: librsvg2-bin), to check a real renderer accepts them.
func TestRender(t *testing.T) {
	conv, err := exec.LookPath("rsvg-convert")
	if err != nil {
		t.Skip("rsvg-convert not installed (apt-get install librsvg2-bin)")
	}
	for _, name := range []string{"seed", "wide", "dense"} {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), name+".png")
			cmd := exec.Command(conv, "-o", out, filepath.Join("testdata", name+".svg"))
			if msg, err := cmd.CombinedOutput(); err != nil || len(msg) > 0 {
				t.Fatalf("rsvg-convert: %v %s", err, msg)
			}
			png, err := os.ReadFile(out)
			if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
				t.Fatalf("no PNG written: %v", err)
			}
		})
	}
}

func BenchmarkWrite(b *testing.B) {
	c := &timeline.Chronology{}
	for range 100 {
		c.Events = append(c.Events, fixture.Wide().Events...)
	}
	var buf bytes.Buffer
	if err := svg.Write(&buf, c, svg.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := svg.Write(&buf, c, svg.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLabelPriority: when a lane has no room for every label, the events
// told most precisely keep theirs, and a question or a long coarse bar
// goes unlabelled first.
func TestLabelPriority(t *testing.T) {
	c := &timeline.Chronology{Title: "Civil rights"}
	c.Events = append(c.Events,
		timeline.Event{ID: "bar", Title: "Organizing against segregation", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Decade, Year: 1930}, End: timeline.Date{Prec: timeline.Decade, Year: 1950}}},
		timeline.Event{ID: "q", Title: "What changed in how the movement used television?", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: 1957}, End: timeline.Date{Prec: timeline.Year, Year: 1963}}},
		timeline.Event{ID: "act", Title: "Civil Rights Act signed", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 1964, Month: 7, Day: 2}}},
		timeline.Event{ID: "march", Title: "March on Washington", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 1963, Month: 8, Day: 28}}},
	)
	var buf bytes.Buffer
	if err := svg.Write(&buf, c, svg.Options{MaxRows: 1, Width: 600}); err != nil {
		t.Fatal(err)
	}
	labels := labelTexts(t, buf.Bytes())
	if !slices.ContainsFunc(labels, func(s string) bool {
		return strings.Contains(s, "March on Washington") || strings.Contains(s, "Civil Rights Act")
	}) {
		t.Errorf("no dated event labelled; labels %q", labels)
	}
	for _, l := range labels {
		if strings.Contains(l, "television") {
			t.Errorf("the question is labelled before the dated events: %q", labels)
		}
	}
}

// labelTexts returns the text of the picture's <text> elements that are
// marks' labels (those with a date in a <tspan>).
func labelTexts(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth, inTspan := 0, false
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				depth, inTspan = 1, false
				cur.Reset()
			} else if tok.Name.Local == "tspan" && depth == 1 {
				inTspan = true
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				if inTspan {
					out = append(out, cur.String())
				}
				depth = 0
			}
		case xml.CharData:
			if depth == 1 {
				cur.Write(tok)
			}
		}
	}
}
