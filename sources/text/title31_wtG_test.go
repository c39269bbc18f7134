package text

import "testing"

// TestHeadlineEndsWithAnAge: a first line that ends "at 91" (an age, no
// hour) is the headline and the document's title; "at 11" at a line's
// end still reads as a record's time.
func TestHeadlineEndsWithAnAge(t *testing.T) {
	in := "Chemist who transformed water purification dies at 91\n\nLONDON, 14 February 2023 — Dame Rosalind Okafor has died. She died on Sunday at her home in Cambridge.\n"
	doc := Parse(in, "t.txt", Options{})
	if want := "Chemist who transformed water purification dies at 91"; doc.Title != want {
		t.Errorf("title = %q, want %q\n%s", doc.Title, want, dump(doc))
	}
	if !atClockEndRe.MatchString("The House met at 11") {
		t.Errorf("a clock hour at the line's end no longer matches")
	}
}
