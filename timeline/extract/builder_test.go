package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// bigDoc is a document of one section of about n bytes, most of it
// undated, with a dated sentence every 1,000 sentences.
func bigDoc(name string, n int) *timeline.Document {
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		if i%1000 == 0 {
			fmt.Fprintf(&sb, "The harbour board met on %d May 2010 to discuss the ferry. ", i/1000%28+1)
			continue
		}
		sb.WriteString("The crew said little about the weather. ")
	}
	return &timeline.Document{Name: name, Sections: []timeline.Section{{Kind: timeline.Body, Text: sb.String(), Pos: timeline.Position{File: name, Line: 1, Col: 1}}}}
}

func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestBuilderKeepsNoText checks that a Builder keeps the events of the
// documents added and not their text: a sentence of a section must not
// hold the whole section alive.
func TestBuilderKeepsNoText(t *testing.T) {
	const size = 2 << 20
	b := NewBuilder(Options{})
	before := liveHeap()
	for i := range 3 {
		b.Add(bigDoc(fmt.Sprintf("log%d.txt", i), size))
	}
	kept := liveHeap() - min(before, liveHeap())
	c, _ := b.Finish()
	if len(c.Events) < 50 { // the same sentences in the 3 documents merge
		t.Fatalf("%d events", len(c.Events))
	}
	// 3 documents of 2 MiB: what is kept must be the events (some 150 of
	// them), far from one document's text.
	if kept > 1<<20 {
		t.Errorf("the Builder keeps %d MiB after 3 documents of %d MiB", kept>>20, size>>20)
	}
	runtime.KeepAlive(b)
}

// TestBuilderParts checks that the parts of one input are one document to
// the Builder: the title of a single input, a continued section whose
// reports never merge, one publication event, and the same result as the
// document given whole.
func TestBuilderParts(t *testing.T) {
	d, err := timeline.ParseDate("2014-06-04")
	if err != nil {
		t.Fatal(err)
	}
	cite := timeline.Citation{Title: "Harbour log", Date: d}
	sec := func(text string, line int) timeline.Section {
		return timeline.Section{Kind: timeline.Body, Heading: "Harbour log", Text: text, Citation: cite, RefFrom: "published-line",
			Pos: timeline.Position{File: "log.txt", Line: line, Col: 1}}
	}
	a := "The ferry to Lindby was cancelled on 5 May 2014 after the storm damaged the pier."
	bb := "The ferry to Lindby was cancelled on 5 May 2014 because the storm damaged the pier."
	whole := &timeline.Document{Name: "log.txt", Title: "Harbour log", Sections: []timeline.Section{sec(a+"\n\n"+bb, 3)}}
	parts := []*timeline.Document{
		{Name: "log.txt", Title: "Harbour log", Sections: []timeline.Section{sec(a, 3)}},
		{Name: "log.txt", Title: "Harbour log", Part: 1, Sections: []timeline.Section{sec(bb, 5)}},
	}
	tests := []struct {
		name string
		docs []*timeline.Document
	}{
		{name: "whole", docs: []*timeline.Document{whole}},
		{name: "parts", docs: parts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(Options{ShowPublications: true})
			for _, d := range tt.docs {
				b.Add(d)
			}
			c, _ := b.Finish()
			if c.Title != "Harbour log" {
				t.Errorf("title %q", c.Title)
			}
			var reports, pubs int
			for _, e := range c.Events {
				switch e.Group {
				case PublishedGroup:
					pubs++
				default:
					reports++
				}
			}
			if reports != 2 || pubs != 1 {
				t.Errorf("%d reports (want 2: one section never merges with itself), %d publications (want 1)", reports, pubs)
			}
		})
	}
	t.Run("a part is not a new input", func(t *testing.T) {
		b := NewBuilder(Options{})
		b.Add(parts[0])
		b.Add(&timeline.Document{Name: "other.txt", Title: "Other", Sections: []timeline.Section{sec(bb, 1)}})
		c, _ := b.Finish()
		if c.Title != "" {
			t.Errorf("two inputs, title %q", c.Title)
		}
		if len(c.Events) != 1 {
			t.Errorf("%d events: the reports of two inputs should merge", len(c.Events))
		}
	})
}
