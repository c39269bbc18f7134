package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestBracketedCourtStamp: a court transcript's time alone in round
// brackets ("(11.20 am)") heads what follows, as Hansard's "2.31 pm"
// does, and is no line of the text; a sentence in brackets stays text.
func TestBracketedCourtStamp(t *testing.T) {
	in := "Transcript of proceedings\nMonday, 10 February 2025\n\nQ. Where were you on the evening of 2 September?\n\nA. At home.\n\n(11.20 am)\n\n(A short adjournment)\n\n(At 3pm the jury was sworn.)\n\nTHE JUDGE: We resume tomorrow.\n"
	doc := Parse(in, "court.txt", Options{})
	headed := false
	for _, s := range doc.Sections {
		if s.Kind == timeline.Heading && strings.TrimSpace(s.Text) == "(11.20 am)" || s.Heading == "(11.20 am)" {
			headed = true
		}
		if s.Kind != timeline.Heading && strings.Contains(s.Text, "(11.20 am)") {
			t.Errorf("the stamp read as text:\n%s", dump(doc))
		}
		if s.Kind == timeline.Heading && strings.Contains(s.Text, "jury") {
			t.Errorf("a sentence in brackets read as a heading:\n%s", dump(doc))
		}
	}
	if !headed {
		t.Errorf("no heading (11.20 am):\n%s", dump(doc))
	}
}
