package text

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestPublishedInASentence: a sentence that opens a document and ends
// with what it names "published in <month>" ("The new rules supersede the
// old handbook, published in December 2022.") tells of that thing, and
// does not date the document; a name line closing with its publication
// ("Harbour Library briefing, published in March 2024") still does.
func TestPublishedInASentence(t *testing.T) {
	tests := []struct {
		name, in, date, from string
	}{
		{name: "a sentence of another thing published", in: "The new rules supersede the old handbook, published in December 2022.\n", from: ""},
		{name: "a sentence, then more text", in: "The new rules supersede the old handbook, published in December 2022.\n\nThey apply to all staff.\n", from: ""},
		{name: "a name line", in: "Harbour Library briefing, published in March 2024\n\nThe bill was introduced last year.\n", date: "2024-03", from: "published-line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			var body *timeline.Section
			for i := range doc.Sections {
				if doc.Sections[i].Kind == timeline.Body {
					body = &doc.Sections[i]
					break
				}
			}
			if body == nil {
				t.Fatalf("no body:\n%s", dump(doc))
			}
			if body.RefFrom != tt.from || tt.date != "" && body.Citation.Date != date(t, tt.date) {
				t.Errorf("ref = %s from %q, want %s from %q\n%s", body.Citation.Date, body.RefFrom, tt.date, tt.from, dump(doc))
			}
		})
	}
}
