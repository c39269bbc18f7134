package extract

import (
	"os"
	"testing"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func TestDumpDoc(t *testing.T) {
	p := os.Getenv("DOC")
	if p == "" { t.Skip() }
	doc := readTestDoc(t, p)
	for _, s := range doc.Sections {
		for _, x := range tempex.Tag(s.Text, tempex.Options{Ref: s.Citation.Date}) {
			t.Logf("timex %q %s %s %v range=%d", x.Text, x.Type, x.Value, x.Date, x.RangeEnd)
		}
	}
	for _, e := range Events(doc, Options{}) {
		t.Logf("%-14s %-24q %q actors=%q src=%v", spanValue(e.Span), e.DateText, e.Title, e.Actors, srcNames(e))
	}
}
