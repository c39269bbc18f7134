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

// TestUpdateLabelWithClock: an update's label that gives its hour after its
// day ("UPDATE, 9/18/2024 at 4 p.m.:", "at 4:30 p.m.:") dates the
// paragraph it opens by that day, as the label without the hour does.
func TestUpdateLabelWithClock(t *testing.T) {
	for _, clock := range []string{"4 p.m.", "4:30 p.m."} {
		in := "NEWS RELEASE\nFOR IMMEDIATE RELEASE: September 17, 2024\n\nA man robbed a store on Sunday night.\n\nUPDATE, 9/18/2024 at " + clock + ": A man was arrested Wednesday afternoon.\n"
		doc, err := Read(strings.NewReader(in), "u.txt", Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range doc.Sections {
			if s.RefFrom == "label" && s.Citation.Date.String() == "2024-09-18" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no part dated 2024-09-18 by its label:\n%s", clock, dump(doc))
		}
	}
}
