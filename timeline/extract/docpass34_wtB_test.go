package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// instrumentDoc is a statutory instrument as the text reader gives it:
// its header's lines headings (a "Laid before" line read as a citation
// line), its articles the body.
func instrumentDoc(name string, header []string, body string) *timeline.Document {
	doc := &timeline.Document{Name: "si.txt", Title: "STATUTORY INSTRUMENTS"}
	lines := append([]string{"STATUTORY INSTRUMENTS", name}, header...)
	for _, l := range lines {
		kind := timeline.Heading
		if len(l) > 4 && l[:4] == "Laid" {
			kind = timeline.CitationLine
		}
		doc.Sections = append(doc.Sections, timeline.Section{Kind: kind, Text: l})
	}
	doc.Sections = append(doc.Sections, timeline.Section{Kind: timeline.Body, Heading: lines[len(lines)-1], Text: body})
	return doc
}

// TestInstrumentStages: the lines of a statutory instrument's header
// that give the days of its stages ("Made 3rd March 2025", "Laid before
// Parliament 4th March 2025", "Coming into force 1st April 2025") are
// three events of the instrument the header names, each titled by its
// stage and that name. A line of no day ("Coming into force in
// accordance with article 1(2)") is none, and a "Made" line under no
// instrument's name is read as before.
func TestInstrumentStages(t *testing.T) {
	name := "The Harbour Dues (Amendment) (Wales) Regulations 2025"
	doc := instrumentDoc(name, []string{"Made 3rd March 2025", "Laid before Parliament - - 4th March 2025", "Coming into force - - 1st April 2025"},
		"The Welsh Ministers make these Regulations in exercise of the powers conferred by section 31 of the Harbours Act 1964.")
	got := briefs(Events(doc, Options{Ref: day(t, "2025-03-10")}))
	want := []brief{
		{"2025-03-03", "3rd March 2025", "Made: " + name},
		{"2025-03-04", "4th March 2025", "Laid before Parliament: " + name},
		{"2025-04-01", "1st April 2025", "Coming into force: " + name},
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	caps := instrumentDoc("THE QUAYSIDE (PARKING PLACES) ORDER 2025", []string{"MADE 12th February 2025", "COMING INTO FORCE in accordance with article 1(2)"},
		"The council makes this Order under the Road Traffic Regulation Act 1984.")
	got = briefs(Events(caps, Options{Ref: day(t, "2025-03-10")}))
	if w := []brief{{"2025-02-12", "12th February 2025", "Made: THE QUAYSIDE (PARKING PLACES) ORDER 2025"}}; !slices.Equal(got, w) {
		t.Errorf("got  %q\nwant %q", got, w)
	}
	recipe := &timeline.Document{Name: "jam.md", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "Damson jam"},
		{Kind: timeline.Heading, Text: "Made 3rd March 2025"},
		{Kind: timeline.Body, Heading: "Made 3rd March 2025", Text: "Six jars, from the last of the frozen damsons."},
	}}
	for _, g := range briefs(Events(recipe, Options{Ref: day(t, "2025-03-10")})) {
		if len(g.Title) > 5 && g.Title[:5] == "Made:" {
			t.Errorf("a stage of no instrument: %q", g)
		}
	}
}

// TestInstrumentCountsFromItsStage: an article counting from a stage of
// the instrument ("21 days after the day on which it is made") is
// counted from the day the header gives for it; without a header's day
// it is only an amount.
func TestInstrumentCountsFromItsStage(t *testing.T) {
	body := "(2) This Order comes into force 21 days after the day on which it is made."
	doc := instrumentDoc("The Borough of Eastmere (Electoral Changes) Order 2025", []string{"Made - - - - 12th February 2025", "Coming into force in accordance with article 1(2)"}, body)
	got := briefs(Events(doc, Options{Ref: day(t, "2025-03-10")}))
	if w := (brief{"2025-03-05", "21 days after the day on which it is made", "This Order comes into force"}); !slices.Contains(got, w) {
		t.Errorf("missing %q in %q", w, got)
	}
	laid := instrumentDoc("The Moorland Grazing Scheme 2025", []string{"Laid before the Scottish Parliament 6th May 2025"},
		"The Scheme is revoked if either House resolves so within 40 days after the day on which it is laid.")
	got = briefs(Events(laid, Options{Ref: day(t, "2025-03-10")}))
	if !slices.ContainsFunc(got, func(b brief) bool { return b.Value == "2025-06-15" }) {
		t.Errorf("no day counted from the laying: %q", got)
	}
	bare := oneSection("p.txt", body, timeline.Citation{})
	if got := briefs(Events(bare, Options{Ref: day(t, "2025-03-10")})); len(got) != 0 {
		t.Errorf("counted from no day: %q", got)
	}
}

// TestDeedDayFormula: a deed's formula for the day it is executed
// ("Signed this 3rd day of March 2025") takes its "this" into the date's
// words, out of the title; a "this" that is no day's stays.
func TestDeedDayFormula(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "signed", text: "Signed this 3rd day of March 2025.", ref: "2025-03-10",
			want: []brief{{"2025-03-03", "this 3rd day of March 2025", "Signed"}}},
		{name: "sworn", text: "Sworn at Whitby this 21st day of January 2025 before me.", ref: "2025-03-10",
			want: []brief{{"2025-01-21", "this 21st day of January 2025", "Sworn at Whitby before me"}}},
		{name: "this deed", text: "The parties executed this Deed on the 2nd day of April 2025.", ref: "2025-03-10",
			want: []brief{{"2025-04-02", "on the 2nd day of April 2025", "The parties executed this Deed"}}},
	})
	doc := &timeline.Document{Name: "claim.txt", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "STATEMENT OF TRUTH"},
		{Kind: timeline.Body, Heading: "STATEMENT OF TRUTH", Text: "Signed this 3rd day of March 2025."},
	}}
	if got, w := briefs(Events(doc, Options{Ref: day(t, "2025-03-10")})), []brief{{"2025-03-03", "this 3rd day of March 2025", "Signed"}}; !slices.Equal(got, w) {
		t.Errorf("under a heading: got %q, want %q", got, w)
	}
}

// TestNamedDayAfterPreposition: a day a contract defines by name, told
// after a preposition ("shall commence on the Effective Date", "by the
// Completion Date"), is that day; a name the document defines no day for
// is none.
func TestNamedDayAfterPreposition(t *testing.T) {
	doc := &timeline.Document{Name: "msa.md", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "1. Term"},
		{Kind: timeline.Body, Heading: "1. Term", Text: "1.1 This Agreement shall commence on the Effective Date and shall continue for a term of 24 months.\n\n1.2 The \"Effective Date\" means 1 February 2025."},
		{Kind: timeline.Heading, Text: "2. Handover"},
		{Kind: timeline.Body, Heading: "2. Handover", Text: "2.1 The Supplier shall return the keys by the Effective Date.\n\n2.2 The Customer shall pay the final invoice on the Closing Date."},
	}}
	got := briefs(Events(doc, Options{Ref: day(t, "2025-03-10")}))
	for _, w := range []brief{
		{"2025-02-01", "on the Effective Date", "This Agreement shall commence and shall continue for a term of 24 months"},
		{"2025-02-01", "by the Effective Date", "The Supplier shall return the keys"},
	} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, g := range got {
		if g.DateText == "on the Closing Date" {
			t.Errorf("a day the document never defines: %q", g)
		}
	}
}

// TestRecitalLeadTitle: the word in capitals opening a recital of an
// order or a deed ("UPON", "AND UPON", "WHEREAS") is left out of its
// title; a sentence opening with "Upon" in prose keeps its words.
func TestRecitalLeadTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "upon an application", text: "UPON the Defendant's application dated 11 February 2025 to strike out the claim", ref: "2025-03-10",
			want: []brief{{"2025-02-11", "11 February 2025", "The Defendant's application to strike out the claim"}}},
		{name: "whereas", text: "WHEREAS the Trustees resolved on 3 March 2025 to sell the orchard.", ref: "2025-03-10",
			want: []brief{{"2025-03-03", "on 3 March 2025", "The Trustees resolved to sell the orchard"}}},
	})
}

// TestSignOffBlock: a date alone on the last line of a text, under a
// sign-off block (the signer's name, post and department), is the
// signer's signing; a date under an address, or one the text goes on
// after, is not.
func TestSignOffBlock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "minister", text: "Signed by authority of the Secretary of State\n\nOwen Pritchard\nMinister of State\nWelsh Office\n14th February 2025", ref: "2025-03-10",
			want: []brief{{"2025-02-14", "14th February 2025", "Owen Pritchard signs"}}},
	})
	for _, text := range []string{
		"Owen Pritchard\n14 Harbour Row\nTenby\n14th February 2025",
		"Owen Pritchard\nMinister of State\nWelsh Office\n14th February 2025\n\nThe scheme opens next month.",
	} {
		for _, g := range briefs(Events(oneSection("p.txt", text, timeline.Citation{}), Options{Ref: day(t, "2025-03-10")})) {
			if g.Title == "Owen Pritchard signs" {
				t.Errorf("no sign-off in %q: %q", text, g)
			}
		}
	}
}

// TestDefinedDayTitle: a contract's definition of a day (`The
// "Effective Date" means 1 February 2025`) is titled by the term it
// defines, not by the definition's words left without their date.
func TestDefinedDayTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "means", text: "1.2 The \"Effective Date\" means 1 February 2025.", ref: "2025-03-10",
			want: []brief{{"2025-02-01", "1 February 2025", "Effective Date"}}},
		{name: "shall mean", text: "\"Longstop Date\" shall mean 31 December 2025.", ref: "2025-03-10",
			want: []brief{{"2025-12-31", "31 December 2025", "Longstop Date"}}},
	})
}

// TestInstrumentStagesAsParagraphs: a Markdown page's header lines
// ("**Made** 10th January 2025"), read as paragraphs of their own (the
// reader drops the marks), are the instrument's stages as heading lines
// are.
func TestInstrumentStagesAsParagraphs(t *testing.T) {
	name := "The Coastal Footpaths (Access) (Wales) Order 2025"
	doc := &timeline.Document{Name: "order.md", Title: name, Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: name},
		{Kind: timeline.Body, Heading: name, Text: "Made 10th January 2025"},
		{Kind: timeline.Body, Heading: name, Text: "Coming into force 7th February 2025"},
		{Kind: timeline.Body, Heading: name, Text: "The Welsh Ministers make this Order under section 296 of the Marine and Coastal Access Act 2009."},
	}}
	got := briefs(Events(doc, Options{Ref: day(t, "2025-03-10")}))
	for _, w := range []brief{{"2025-01-10", "10th January 2025", "Made: " + name}, {"2025-02-07", "7th February 2025", "Coming into force: " + name}} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
}
