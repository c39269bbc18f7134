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

// TestDiaryRunWithoutBlankLines: a diary's entries written without blank
// lines between them, each under its day line, are entries of their own
// days (the second was dated by the first, the document's day); a list of
// day lines running together is cut nowhere.
func TestDiaryRunWithoutBlankLines(t *testing.T) {
	in := "War diary, 2nd Battalion\n\n6 June 1944\nLeading companies touched down at 0725.\n7 June 1944\nThe battalion attacked Douvres.\n8 June 1944\nThe battalion rested.\n"
	doc := Parse(in, "d.txt", Options{})
	want := map[string]string{"Leading companies": "1944-06-06", "The battalion attacked": "1944-06-07", "The battalion rested": "1944-06-08"}
	for _, s := range doc.Sections {
		for k, d := range want {
			if s.Kind == timeline.Body && strings.HasPrefix(s.Text, k) {
				if s.Citation.Date.String() != d {
					t.Errorf("%q dated %s, want %s", k, s.Citation.Date, d)
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no body section for %v\n%s", want, dump(doc))
	}
	list := "Closing days\n\n24 December 2025\n25 December 2025\n26 December 2025\nThe office reopens after the holiday.\n"
	blocks, _ := parseBlocks(list, newLocator(list, timeline.Position{}, nil), false, true)
	if got := splitDiaryRuns(blocks); len(got) != len(blocks) {
		t.Errorf("a list of days was cut into %d blocks", len(got))
	}
}
