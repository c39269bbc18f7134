package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestBracketHearingDatesNothing: a list's entry that ends with a court or a
// place of two words and an earlier day in brackets ("(Liverpool
// Magistrates, 16 December 2024)") names a hearing; the text after it is
// still told from the list's own day, not from the bracket's.
func TestBracketHearingDatesNothing(t *testing.T) {
	in := "DAILY LIST\nTuesday 4 March 2025\n\nR v Clarke: appeal against conviction (Liverpool Magistrates, 16 December 2024)\n\nNOTES\nThe trial of Reid is expected to conclude on Thursday.\n"
	doc, err := Read(strings.NewReader(in), "l.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body && s.Citation.Date.String() != "2025-03-04" {
			t.Errorf("a body dated %s (%s); want 2025-03-04:\n%s", s.Citation.Date, s.RefFrom, dump(doc))
		}
	}
	// a cutting's heading with its outlet keeps its day
	in = "PRESS REVIEW\nTuesday 4 March 2025\n\nAir bridges talks stall (The Guardian, 9 June 2020)\n\nMinisters met on Monday to discuss the plan.\n"
	doc, err = Read(strings.NewReader(in), "p.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := bodyOf(t, doc); s.Citation.Date.String() != "2020-06-09" {
		t.Errorf("the cutting dated %s; want 2020-06-09:\n%s", s.Citation.Date, dump(doc))
	}
}
