package text

import (
	"strings"
	"testing"
)

// TestFirmAndDayUnderTitle: the issuer's line of a notice whose name joins
// its words with "&" ("Toys & Co. Ltd, 9 September 2023") dates the
// document, as "Toys Ltd, 9 September 2023" does.
func TestFirmAndDayUnderTitle(t *testing.T) {
	doc, err := Read(strings.NewReader("SAFETY ALERT\nToys & Co. Ltd, 9 September 2023\n\nToys & Co. is recalling its Rainbow Rings toy. A parent reported the problem last week.\n"), "n.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := bodyOf(t, doc); s.Citation.Date.String() != "2023-09-09" {
		t.Errorf("dated %s; want 2023-09-09:\n%s", s.Citation.Date, dump(doc))
	}
}
