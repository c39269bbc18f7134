package html

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// wikiPage is an encyclopedia page around body, with an introduction long
// enough that the extractor cleans the article (a short page is kept
// whole, and hid the loss of headings this guards against).
func wikiPage(body string) string {
	intro := `<p>The harbour of Kessin was rebuilt in stages after the storm, as the town council, the port authority and the fishermen's cooperative argued over money, dredging, the shape of the new breakwater and the fate of the old fish market.</p>`
	items := `<ul><li>14 January: The council asks engineers for a plan to rebuild the breakwater.</li>
<li>2 March: Engineers propose a curved wall of concrete blocks with a gap for the tide.</li>
<li>Late May: The port authority objects to the cost, and to the closure of the inner basin.</li>
<li>9 September: The cooperative agrees to move its boats to the outer quay for a winter.</li></ul>`
	return `<html><head><title>Kessin harbour</title></head><body><main><div id="mw-content-text">` +
		intro + strings.ReplaceAll(body, "ITEMS", items) + `</div></main></body></html>`
}

// mwHeading is a heading as MediaWiki serves it today: in a wrapper with
// its edit link.
func mwHeading(rank, text string) string {
	return `<div class="mw-heading mw-heading` + rank + `"><h` + rank + ` id="` + text + `">` + text + `</h` + rank +
		`><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Kessin&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></div>`
}

// TestApparatus checks that an encyclopedia page keeps its headings,
// whatever wraps them, and loses its edit links, footnote markers and
// references.
func TestApparatus(t *testing.T) {
	refs := `<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <cite>"Wall plan unveiled". <i>Kessin Bote</i>. 3 March 2011. Retrieved 12 July 2020.</cite></li></ol></div>`
	tests := []struct {
		name     string
		body     string
		headings []string // the Heading sections, in order
		gone     []string // text that must not be in any section
		kept     []string // text that must be in some section
	}{
		{
			name:     "current markup, heading in a wrapper with its edit link",
			body:     mwHeading("2", "2011") + "ITEMS" + mwHeading("2", "2012") + "ITEMS",
			headings: []string{"2011", "2012"},
			gone:     []string{"edit", "[", "]"},
			kept:     []string{"14 January: The council asks"},
		},
		{
			name:     "older markup, edit link inside the heading",
			body:     `<h2><span class="mw-headline" id="2011">2011</span><span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>ITEMS`,
			headings: []string{"2011"},
			gone:     []string{"edit"},
		},
		{
			name:     "third-level headings in wrappers",
			body:     mwHeading("2", "2010s") + mwHeading("3", "2011") + "ITEMS" + mwHeading("3", "2013") + "ITEMS",
			headings: []string{"2010s", "2011", "2013"},
		},
		{
			name:     "footnote markers",
			body:     mwHeading("2", "2011") + `<ul><li>14 January: The council asks engineers for a plan.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></li></ul>ITEMS`,
			headings: []string{"2011"},
			gone:     []string{"[1]"},
			kept:     []string{"14 January: The council asks engineers for a plan."},
		},
		{
			name:     "a citation-needed tag",
			body:     mwHeading("2", "2011") + `<ul><li>14 January: The council asks for a plan.<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a href="/wiki/Help:Citation_needed">citation needed</a></i>]</sup></li></ul>ITEMS`,
			headings: []string{"2011"},
			gone:     []string{"citation needed"},
			kept:     []string{"14 January: The council asks for a plan."},
		},
		{
			name:     "references list and its heading",
			body:     mwHeading("2", "2011") + "ITEMS" + mwHeading("2", "References") + refs,
			headings: []string{"2011"},
			gone:     []string{"Retrieved", "Wall plan unveiled", "References"},
		},
		{
			name:     "footnotes outside a list of references",
			body:     mwHeading("2", "2011") + "ITEMS" + `<ol><li id="cite_note-2"><a href="#cite_ref-2">^</a> Harbour Gazette, 5 June 2011. Retrieved 1 May 2019.</li></ol>`,
			headings: []string{"2011"},
			gone:     []string{"Harbour Gazette", "Retrieved"},
		},
		{
			name: "sections of links and further reading end at the next heading of their rank",
			body: mwHeading("2", "2011") + "ITEMS" + mwHeading("2", "Further reading") +
				`<ul><li>Brandt, K. (1998). A history of the harbour. Kessin: Hafenverlag.</li></ul>` +
				mwHeading("3", "Archives") + `<p>The port records are kept in the town hall.</p>` +
				mwHeading("2", "Aftermath") + `<p>The new wall was finished on 30 June 2013 and has held through every storm since.</p>` +
				mwHeading("2", "External links") + `<ul><li><a href="https://example.org">Harbour society</a>, updated 9 May 2023</li></ul>`,
			headings: []string{"2011", "Aftermath"},
			gone:     []string{"Brandt", "Archives", "port records", "Harbour society", "External links"},
			kept:     []string{"The new wall was finished on 30 June 2013"},
		},
		{
			name:     "ARIA roles of endnotes",
			body:     mwHeading("2", "2011") + "ITEMS" + `<section role="doc-endnotes"><ol><li>Bote, 4 March 2011.</li></ol></section>`,
			headings: []string{"2011"},
			gone:     []string{"Bote, 4 March"},
		},
		{
			name:     "a heading that only mentions sources is kept",
			body:     mwHeading("2", "Sources of funding") + "ITEMS",
			headings: []string{"Sources of funding"},
			kept:     []string{"9 September: The cooperative agrees"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(wikiPage(tt.body)), "k.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var heads []string
			var all strings.Builder
			for _, s := range doc.Sections {
				if s.Kind == timeline.Heading {
					heads = append(heads, s.Text)
				}
				all.WriteString(s.Text + "\n")
			}
			if strings.Join(heads, "|") != strings.Join(tt.headings, "|") {
				t.Errorf("headings %q, want %q\n%s", heads, tt.headings, all.String())
			}
			for _, g := range tt.gone {
				if strings.Contains(all.String(), g) {
					t.Errorf("%q is still in the text:\n%s", g, all.String())
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(all.String(), k) {
					t.Errorf("%q is missing from the text:\n%s", k, all.String())
				}
			}
		})
	}
}

// TestLabelledLists: a list item that holds only a date and a nested
// list ("<li>1881<ul><li>2 May: ...</li></ul></li>", as timelines nest a
// year's items) is a heading over the nested items, not an item itself.
func TestLabelledLists(t *testing.T) {
	tests := []struct {
		name string
		list string
		want []string // the sections, "heading: " or "body: ", ¶ for a line break
	}{
		{
			name: "a year over its items",
			list: `<ul><li>1881<ul><li>2 May: The tram company is formed.</li><li>19 December: The first horse tram runs.</li></ul></li><li>1899 – The council buys the company.</li></ul>`,
			want: []string{"heading: 1881", "body: 2 May: The tram company is formed.¶¶19 December: The first horse tram runs.¶¶1899 – The council buys the company."},
		},
		{
			name: "a season and a dash",
			list: `<ul><li>Spring 1944 –<ol><li>Depot bombed.</li></ol></li></ul>`,
			want: []string{"heading: Spring 1944", "body: Depot bombed."},
		},
		{
			name: "a label in bold",
			list: `<ul><li><b>1902</b>:<ul><li>14 March: Electric trams start.</li></ul></li></ul>`,
			want: []string{"heading: 1902", "body: 14 March: Electric trams start."},
		},
		{
			name: "an item that says something before its sub-list stays an item",
			list: `<ul><li>1907 – The line is extended:<ul><li>to Hollins Green on 1 June.</li></ul></li></ul>`,
			want: []string{"body: 1907 – The line is extended:¶¶to Hollins Green on 1 June."},
		},
		{
			name: "a label that is not a date stays an item",
			list: `<ul><li>Rolling stock<ul><li>24 cars in 1902.</li></ul></li></ul>`,
			want: []string{"body: Rolling stock¶¶24 cars in 1902."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>T</title></head><body><article><h2>History</h2>` + tt.list + `</article></body></html>`
			doc, err := Read(strings.NewReader(page), "l.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range doc.Sections {
				if s.Kind == timeline.Heading && s.Text == "History" {
					continue
				}
				got = append(got, [...]string{"body", "excerpt", "citation", "heading"}[s.Kind]+": "+strings.ReplaceAll(s.Text, "\n", "¶"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}
