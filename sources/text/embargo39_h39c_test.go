package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestEmbargoLines39 pins a press release's embargo line over its text:
// the release comes out when the embargo ends, so that day dates the
// text ("published today"), and the line is no event. A headline about an
// embargo, whose words between its label and its date are no time of
// day, dates nothing.
func TestEmbargoLines39(t *testing.T) {
	const body = "\n\nCharity warns on rural dental care\n\nThe report, published today, says waiting lists doubled.\n"
	tests := []struct {
		line, want string
	}{
		{"EMBARGO: Not for publication before 00:01 BST Thursday 10 July 2025", "2025-07-10"},
		{"EMBARGOED: 00:01 GMT, 4 March 2025", "2025-03-04"},
		{"Under embargo until 10:00 CET on 12 May 2025", "2025-05-12"},
		{"Embargoed to 0001 Tuesday 4 March 2025", "2025-03-04"},
		{"Not for release or broadcast until 22:30 GMT on Monday 3 March 2025", "2025-03-03"},
		{"EMBARGOED UNTIL 00.01 BST, MAY 13, 2025", "2025-05-13"},
		// a headline, no embargo of the text
		{"Embargo: EU extends arms ban until 1 March 2026", ""},
		{"Embargo until 12 March 2026 extended, ministers say", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.line+body), "release.txt", Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := bodyOf(t, doc)
			if got := s.Citation.Date.String(); tt.want != "" && got != tt.want || tt.want == "" && !s.Citation.Date.IsZero() {
				t.Errorf("dated %q; want %q:\n%s", got, tt.want, dump(doc))
			}
			for _, sec := range doc.Sections {
				if tt.want != "" && sec.Kind == timeline.Body && strings.Contains(sec.Text, "ublication") {
					t.Errorf("the embargo line is text:\n%s", dump(doc))
				}
			}
		})
	}
}
