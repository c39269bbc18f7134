package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestRunLine checks the line under an exhibition's name that gives its
// run ("18 October 2025 – 22 February 2026, Gallery 4"): story, not a
// heading over what follows nor a cover line dating the page, in the shape
// the HTML reader gives (a paragraph of its own under the title) and in
// Markdown; a Published line beside it still dates the page.
func TestRunLine(t *testing.T) {
	tests := []struct {
		name  string
		paras []string // under the title "Ropes and Rigging"
		ref   string   // the reference date of the run line's section
	}{
		{name: "days, a comma and the room", paras: []string{"3 May 2025 – 9 November 2025, Room 7", "Knots and splices from the age of sail."}},
		{name: "days joined by to", paras: []string{"3 May 2025 to 9 November 2025, Room 7", "Knots and splices from the age of sail."}},
		{name: "months and nothing after", paras: []string{"May 2025 – November 2025", "Knots and splices from the age of sail."}},
		{name: "with a Published line", paras: []string{"Published 2 April 2025", "3 May 2025 – 9 November 2025, Room 7", "Knots and splices from the age of sail."}, ref: "2025-04-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const title = "Ropes and Rigging"
			doc := &timeline.Document{Name: "r.html", Title: title, Sections: []timeline.Section{
				{Kind: timeline.Heading, Text: title, Pos: timeline.Position{File: "r.html", Line: 1, Col: 1}},
			}}
			for i, p := range tt.paras {
				doc.Sections = append(doc.Sections, timeline.Section{Kind: timeline.Body, Text: p, Pos: timeline.Position{File: "r.html", Line: i + 2, Col: 1}})
			}
			Analyze(doc, Options{})
			checkRunLine(t, doc, tt.paras, tt.ref)

			md := "# " + title + "\n\n" + strings.Join(tt.paras, "\n\n") + "\n"
			checkRunLine(t, Parse(md, "r.md", Options{Markdown: true}), tt.paras, tt.ref)
		})
	}
}

func checkRunLine(t *testing.T, doc *timeline.Document, paras []string, ref string) {
	t.Helper()
	run := paras[len(paras)-2]
	for _, s := range doc.Sections {
		if s.Heading == run {
			t.Errorf("the run line heads a section:\n%s", dump(doc))
		}
		if !strings.Contains(s.Text, run) {
			continue
		}
		if s.Kind != timeline.Body {
			t.Errorf("the run line is a %v section, want body:\n%s", s.Kind, dump(doc))
		}
		if got := s.Citation.Date; ref == "" && !got.IsZero() || ref != "" && got.String() != ref {
			t.Errorf("reference date %s, want %q:\n%s", got, ref, dump(doc))
		}
		return
	}
	t.Errorf("no section holds %q:\n%s", run, dump(doc))
}
