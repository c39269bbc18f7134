package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestZZ(t *testing.T) {
	doc := &timeline.Document{Name: "p", Sections: []timeline.Section{{Kind: timeline.Body, Text: "The researchers said that 2024 will be warmer.", Citation: timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2024, Month: 1, Day: 12}}}}}
	for _, e := range Events(doc, Options{}) {
		t.Logf("%v %q", e.Span, e.Title)
	}
}
