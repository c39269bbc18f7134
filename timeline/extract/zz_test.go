package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestZZ(t *testing.T) {
	doc := &timeline.Document{Name: "p", Sections: []timeline.Section{{Kind: timeline.Body, Text: "Phase 1: 5 May 2026\n\nThe first phase covers discovery.", Citation: timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2026, Month: 1, Day: 14}}}}}
	for _, e := range Events(doc, Options{}) {
		t.Logf("%v %q", e.Span, e.Title)
	}
}
