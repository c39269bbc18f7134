package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestSplitYearTitleFiscal36h36e: a report dated only by its split-year
// title ("Annual Report 2022/23") that does not say when its year ends
// leaves its months and halves out, each reported as wanting the fiscal
// year's end (Unresolved.Fiscal), not read in the title's first year;
// given the end (Options.FiscalYearEnd), they are of that fiscal year.
func TestSplitYearTitleFiscal36h36e(t *testing.T) {
	body := "In January, the roof of the east wing was mended.\n\nThe cafe reopened on 4 March 2023."
	title := "Annual Report 2022/23"
	cit := timeline.Citation{Title: title, Date: timeline.Date{Prec: timeline.Year, Year: 2022}}
	doc := &timeline.Document{Name: "r.txt", Title: title, Sections: []timeline.Section{{Kind: timeline.Body, Text: body, Citation: cit, RefFrom: "title"}}}
	c, rep := BuildWithReport([]*timeline.Document{doc}, Options{})
	want := []brief{{"2023-03-04", "on 4 March 2023", "The cafe reopened"}}
	if got := briefs(c.Events); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if len(rep.Unresolved) != 1 || rep.Unresolved[0].Text != "In January" || !rep.Unresolved[0].Fiscal {
		t.Errorf("unresolved %+v, want \"In January\", fiscal", rep.Unresolved)
	}
	c, _ = BuildWithReport([]*timeline.Document{doc}, Options{FiscalYearEnd: 3})
	want = []brief{{"2023-01", "In January", "The roof of the east wing was mended"}, {"2023-03-04", "on 4 March 2023", "The cafe reopened"}}
	if got := briefs(c.Events); !slices.Equal(got, want) {
		t.Errorf("with the year's end: got  %q\nwant %q", got, want)
	}
	// a one-year report's months are its year's, as before
	cit.Title, doc.Title = "Annual Report 2022", "Annual Report 2022"
	doc.Sections[0].Citation = cit
	c, rep = BuildWithReport([]*timeline.Document{doc}, Options{})
	if got := briefs(c.Events); len(got) != 2 || got[0].Value != "2022-01" || len(rep.Unresolved) != 0 {
		t.Errorf("a one-year report: got %q, unresolved %+v", got, rep.Unresolved)
	}
}
