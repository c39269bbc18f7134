package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestAtClockLineIsText: a record's line that closes with "at" and a time
// of day written without a.m. or p.m. ("The House met at half-past Eleven
// o'clock", no full stop, as Hansard prints it) is a sentence of the
// record, no heading over what follows; a title ending with no clock
// time still heads its part.
func TestAtClockLineIsText(t *testing.T) {
	for _, c := range []struct {
		line string
		body bool
	}{
		{"The House met at half-past Eleven o'clock", true},
		{"The House met at 11.30", true},
		{"Proceedings resumed at 14:05", true},
		{"The sitting began at 11 o'clock", true},
		{"The Committee met at a quarter past ten", true},
		{"Oral Answers to Questions", false},
		{"Meeting of the Council", false},
	} {
		in := "House of Commons\nTuesday 12 March 2024\n\n" + c.line + "\n\nThe Minister said the review would report in June.\n"
		doc := Parse(in, "h.txt", Options{})
		found := false
		for _, s := range doc.Sections {
			if s.Kind == timeline.Body && strings.HasPrefix(s.Text, c.line) {
				found = true
			}
		}
		if found != c.body {
			t.Errorf("%q: read as text %v, want %v\n%s", c.line, found, c.body, dump(doc))
		}
	}
}
