package text

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestRecitalIsNoHeading: an order's recital, a line opening with "UPON"
// or "WHEREAS" in capitals and no stop ("AND UPON the court being
// informed that the parties attended mediation on 17 February 2025"), is
// the order's text, not a heading over it; a heading in capitals ("UPON
// REFLECTION") stays one.
func TestRecitalIsNoHeading(t *testing.T) {
	src := "IN THE FAMILY COURT SITTING AT TAUNTON\n\nUPON hearing the solicitor for the Applicant\n\nAND UPON the court being informed that the parties attended mediation on 17 February 2025\n\nIT IS ORDERED THAT the Respondent shall file a statement by 4pm on 18 March 2025.\n"
	doc := Parse(src, "order.txt", Options{})
	for _, s := range doc.Sections {
		if s.Kind == timeline.Heading && s.Text != "IN THE FAMILY COURT SITTING AT TAUNTON" {
			t.Errorf("a recital read as a heading: %q", s.Text)
		}
	}
	doc = Parse("UPON REFLECTION\n\nThe garden was replanted in the spring of 2019, after the flood.\n", "essay.txt", Options{})
	if len(doc.Sections) == 0 || doc.Sections[0].Kind != timeline.Heading || doc.Sections[0].Text != "UPON REFLECTION" {
		t.Errorf("a heading in capitals lost: %+v", doc.Sections)
	}
}
