package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestZZ(t *testing.T) {
	doc := &timeline.Document{Name: "p", Sections: []timeline.Section{{Kind: timeline.Body, Text: "Winners will present to the Board at its July meeting.", Citation: timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2026, Month: 3, Day: 2}}}}}
	for _, e := range Events(doc, Options{}) {
		t.Logf("%v %q", e.Span, e.Title)
	}
}
