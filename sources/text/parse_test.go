package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestParseCitation(t *testing.T) {
	tests := []struct {
		name                     string
		in                       string
		title, outlet, url, date string
	}{
		{
			name:  "seed form",
			in:    `Source: "Rights group criticizes China for mass DNA collection in Xinjiang," *The Himalayan Times*—World. 13 December 2017. <https://thehimalayantimes.com/world/x/>`,
			title: "Rights group criticizes China for mass DNA collection in Xinjiang", outlet: "The Himalayan Times", url: "https://thehimalayantimes.com/world/x/", date: "2017-12-13",
		},
		{
			name:  "a web page's access date is no date of the piece",
			in:    `1. "Inquiry opens". Western Mail. Retrieved 19 January 2016.`,
			title: "Inquiry opens", outlet: "Western Mail",
		},
		{
			name:   "a weekday before the date and a page after it",
			in:     `Source: Huddersfield Daily Examiner, Saturday 8 January 1955, p. 2`,
			outlet: "Huddersfield Daily Examiner", date: "1955-01-08",
		},
		{
			name:  "date inside the title",
			in:    `Source: "Lu Kang’s Regular Press Conference on December 13, 2017," Ministry of Foreign Affairs. 14 December 2017. http://www.fmprc.gov.cn/t1519191.shtml`,
			title: "Lu Kang’s Regular Press Conference on December 13, 2017", outlet: "Ministry of Foreign Affairs", url: "http://www.fmprc.gov.cn/t1519191.shtml", date: "2017-12-14",
		},
		{
			name:   "an outlet's site in brackets",
			in:     "Source: Capitol Dispatch (capitoldispatch.example.com), October 24, 2024",
			outlet: "Capitol Dispatch", url: "https://capitoldispatch.example.com", date: "2024-10-24",
		},
		{
			name:   "plain outlet and date in parentheses",
			in:     "(Source: Valley Post, 12 October 2019)",
			outlet: "Valley Post", date: "2019-10-12",
		},
		{
			name:  "outlet first, curly quotes, month-day-year",
			in:    "Source: Coastal Herald, “Port talks resume”, September 7, 2017, https://herald.example.com/p.",
			title: "Port talks resume", outlet: "Coastal Herald", url: "https://herald.example.com/p", date: "2017-09-07",
		},
		{
			name:  "markdown link",
			in:    "**Source:** [Dockers stop work](https://gazette.example.com/d), _Harbour Gazette_, 2017-09-04",
			title: "Dockers stop work", outlet: "Harbour Gazette", url: "https://gazette.example.com/d", date: "2017-09-04",
		},
		{
			name:  "month only",
			in:    "Source: Annual report, Port Authority. March 2016.",
			title: "Annual report", outlet: "Port Authority", date: "2016-03",
		},
		{
			name:   "a data source with a year",
			in:     "Source: World Bank, 2019",
			outlet: "World Bank",
		},
		{
			name:   "no date",
			in:     "Sources: Reuters",
			outlet: "Reuters",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := parseCitation(tt.in, false)
			got := []string{c.title, c.outlet, c.url, c.date.String()}
			want := []string{tt.title, tt.outlet, tt.url, date(t, tt.date).String()}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("parseCitation:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// section is the part of a section a layout test checks.
type section struct {
	kind   timeline.SectionKind
	text   string // a prefix of the text
	outlet string
	date   string
	from   string
}

func checkSections(t *testing.T, doc *timeline.Document, want []section) {
	t.Helper()
	if len(doc.Sections) != len(want) {
		t.Fatalf("got %d sections, want %d:\n%s", len(doc.Sections), len(want), dump(doc))
	}
	for i, w := range want {
		s := doc.Sections[i]
		if s.Kind != w.kind || !strings.HasPrefix(s.Text, w.text) || s.Citation.Outlet != w.outlet ||
			s.Citation.Date != date(t, w.date) || s.RefFrom != w.from {
			t.Errorf("section %d: got {%s %.30q %q %s %q}, want %+v", i, kindNames[s.Kind], s.Text, s.Citation.Outlet, s.Citation.Date, s.RefFrom, w)
		}
	}
}

const (
	B  = timeline.Body
	X  = timeline.Excerpt
	CL = timeline.CitationLine
	H  = timeline.Heading
)

func TestLayout(t *testing.T) {
	tests := []struct {
		name   string
		md     bool
		in     string
		layout citeLayout
		want   []section
	}{
		{
			name: "citations before, text after the last",
			in: "Intro by the editor, who explains what follows at some length.\n\n" +
				"Source: A Daily, 1 May 2015\n\nFirst excerpt said on Friday.\n\n" +
				"Source: B Weekly, 8 May 2015\n\nSecond excerpt.\n",
			layout: citeBefore,
			want: []section{
				{kind: B, text: "Intro"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "First", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: X, text: "Second", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
			},
		},
		{
			name: "citations after, nothing after the last",
			in: "First excerpt said on Friday.\n\nSource: A Daily, 1 May 2015\n\n" +
				"Second excerpt.\n\nSource: B Weekly, 8 May 2015\n",
			layout: citeAfter,
			want: []section{
				{kind: X, text: "First", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "Second", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
			},
		},
		{
			name: "citations attached after their paragraph win over the edges",
			in: "Intro paragraph of the compiler, long enough to count as text of its own.\n\n" +
				"First excerpt.\nSource: A Daily, 1 May 2015\n\nSecond excerpt.\nSource: B Weekly, 8 May 2015\n\n" +
				"An afterword from the compiler.\n",
			layout: citeAfter,
			want: []section{
				{kind: X, text: "Intro", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "Second", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: B, text: "An afterword"},
			},
		},
		{
			name:   "citations attached before their paragraph",
			in:     "Source: A Daily, 1 May 2015\nFirst excerpt.\n\nSource: B Weekly, 8 May 2015\nSecond excerpt.\n",
			layout: citeBefore,
			want: []section{
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "First", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: X, text: "Second", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
			},
		},
		{
			name:   "quote blocks before their citations, commentary between",
			md:     true,
			in:     "Commentary one.\n\n> Quoted one.\n\nSource: A Daily, 1 May 2015\n\nCommentary two.\n\n> Quoted two.\n\nSource: B Weekly, 8 May 2015\n\nClosing words.\n",
			layout: citeAfter,
			want: []section{
				{kind: B, text: "Commentary one"},
				{kind: X, text: "Quoted one", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: B, text: "Commentary two"},
				{kind: X, text: "Quoted two", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: B, text: "Closing words"},
			},
		},
		{
			name: "marker then excerpt: citations after",
			in: "The commentary, which sets out the background. END COMMENTARY\n\n" +
				"The first excerpt, a long account of what happened on the day, with the names of those involved.\n\n" +
				"Source: A Daily, 1 May 2015\n\nSecond.\n\nSource: B Weekly, 8 May 2015\n\nShort.\n",
			layout: citeAfter,
			want: []section{
				{kind: B, text: "The commentary"},
				{kind: CL, text: "END COMMENTARY"},
				{kind: X, text: "The first excerpt", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "Second", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: B, text: "Short"},
			},
		},
		{
			name:   "citations inside quote blocks, at their end",
			md:     true,
			in:     "Commentary.\n\n> Quoted one.\n>\n> Source: A Daily, 1 May 2015\n\n> Quoted two.\n> Source: B Weekly, 8 May 2015\n\nClosing.\n",
			layout: citeAfter,
			want: []section{
				{kind: B, text: "Commentary"},
				{kind: X, text: "Quoted one", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "Quoted two", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2015-05-08", from: "citation"},
				{kind: B, text: "Closing"},
			},
		},
		{
			name: "a dated attribution dates its quotation",
			md:   true,
			in:   "Published: 9 May 2015\n\nThe report.\n\n> We will vote on Friday.\n>\n> — Jane Roe, speaking on 6 May 2015\n",
			want: []section{
				{kind: CL, text: "Published", date: "2015-05-09", from: "published-line"},
				{kind: B, text: "The report", date: "2015-05-09", from: "published-line"},
				{kind: X, text: "We will vote", outlet: "Jane Roe", date: "2015-05-06", from: "citation"},
				{kind: CL, text: "— Jane Roe", date: "2015-05-09", from: "published-line"},
			},
		},
		{
			name: "an opening commentary before citations after",
			in: "Floods on the Danube\n\nThe reports below follow the flood from Passau to Budapest.\n\n" +
				"The river rose on Monday in Passau.\n\nSource: A Daily, 3 June 2013\n\n" +
				"Budapest braced on Friday.\n\nSource: B Weekly, 9 June 2013\n",
			layout: citeAfter,
			want: []section{
				{kind: H, text: "Floods on the Danube"},
				{kind: B, text: "The reports below"},
				{kind: X, text: "The river rose", outlet: "A Daily", date: "2013-06-03", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2013-06-03", from: "citation"},
				{kind: X, text: "Budapest", outlet: "B Weekly", date: "2013-06-09", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2013-06-09", from: "citation"},
			},
		},
		{
			name: "a labelled commentary of two paragraphs before citations after",
			in: "Editor's note: two wire stories on the flood.\n\nThe river rose on Monday in Passau.\n\n" +
				"Officials said the dikes held.\n\nSource: A Daily, 3 June 2013\n\n" +
				"Budapest braced on Friday.\n\nSource: B Weekly, 9 June 2013\n",
			layout: citeAfter,
			want: []section{
				{kind: B, text: "Editor's note"},
				{kind: X, text: "The river rose on Monday in Passau.\n\nOfficials", outlet: "A Daily", date: "2013-06-03", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2013-06-03", from: "citation"},
				{kind: X, text: "Budapest", outlet: "B Weekly", date: "2013-06-09", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2013-06-09", from: "citation"},
			},
		},
		{
			name: "without a commentary the first excerpt keeps its paragraphs",
			in: "The river rose on Monday in Passau.\n\nOfficials said the dikes held.\n\nSource: A Daily, 3 June 2013\n\n" +
				"Budapest braced on Friday.\n\nSource: B Weekly, 9 June 2013\n",
			layout: citeAfter,
			want: []section{
				{kind: X, text: "The river rose on Monday in Passau.\n\nOfficials", outlet: "A Daily", date: "2013-06-03", from: "citation"},
				{kind: CL, text: "Source: A", outlet: "A Daily", date: "2013-06-03", from: "citation"},
				{kind: X, text: "Budapest", outlet: "B Weekly", date: "2013-06-09", from: "citation"},
				{kind: CL, text: "Source: B", outlet: "B Weekly", date: "2013-06-09", from: "citation"},
			},
		},
		{
			name:   "a citation wrapped over lines",
			in:     "Intro.\n\nSource: \"A long title that the\nwriter wrapped,\" A Daily.\n1 May 2015.\n\nThe excerpt.\n",
			layout: citeBefore,
			want: []section{
				{kind: B, text: "Intro"},
				{kind: CL, text: "Source: \"A long title that the\nwriter wrapped", outlet: "A Daily", date: "2015-05-01", from: "citation"},
				{kind: X, text: "The excerpt", outlet: "A Daily", date: "2015-05-01", from: "citation"},
			},
		},
		{
			name:   "one undated credit takes the document's date",
			in:     "Published: 4 June 2014\n\nMarkets fell on Monday.\n\nSource: Wire service\n",
			layout: citeAfter,
			want: []section{
				{kind: CL, text: "Published", date: "2014-06-04", from: "published-line"},
				{kind: X, text: "Markets fell", outlet: "Wire service", date: "2014-06-04", from: "published-line"},
				{kind: CL, text: "Source: Wire", outlet: "Wire service", date: "2014-06-04", from: "published-line"},
			},
		},
		{
			name:   "excerpt without a dated citation takes its own dateline",
			in:     "Commentary.\n\nSource: Wire service\n\nLONDON, June 2, 2014 (Wire) — Markets fell on Monday.\n",
			layout: citeBefore,
			want: []section{
				{kind: B, text: "Commentary"},
				{kind: CL, text: "Source: Wire", outlet: "Wire service", date: "2014-06-02", from: "dateline"},
				{kind: X, text: "LONDON", outlet: "Wire service", date: "2014-06-02", from: "dateline"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{Markdown: tt.md})
			var blocks []*block
			for _, s := range []string{tt.in} {
				bs, _ := parseBlocks(s, newLocator(s, timeline.Position{}, nil), tt.md, true)
				blocks = splitBlocks(bs)
			}
			for _, b := range blocks {
				b.finish(tt.md)
			}
			classify(blocks, false)
			var cites []int
			for k, b := range blocks {
				if b.role == citationRole {
					cites = append(cites, k)
				}
			}
			if got := decideLayout(blocks, cites); got != tt.layout {
				t.Errorf("layout = %v, want %v", got, tt.layout)
			}
			checkSections(t, doc, tt.want)
			checkPositions(t, doc, tt.in)
		})
	}
}

func TestStructure(t *testing.T) {
	tests := []struct {
		name string
		md   bool
		in   string
		want []section
	}{
		{
			name: "references heading",
			md:   true,
			in:   "# Report\n\nThe dam failed on Friday.\n\n## References\n\n1. Wire service, 3 March 2011.\n2. Daily, 4 March 2011.\n\n## Annex\n\nMore text.\n",
			want: []section{
				{kind: H, text: "Report"},
				{kind: B, text: "The dam failed"},
				{kind: H, text: "References"},
				{kind: CL, text: "1. Wire service, 3 March 2011.\n2. Daily"},
				{kind: H, text: "Annex"},
				{kind: B, text: "More text"},
			},
		},
		{
			// a compilation titled "Sources": its sections are the sources,
			// no list of references
			name: "a document titled Sources",
			md:   true,
			in:   "# Sources\n\n## The Guardian, 23 September 2022\n\nTalks resumed on Thursday.\n\n## The Times, 25 September 2022\n\nThe talks failed.\n",
			want: []section{
				{kind: H, text: "Sources"},
				{kind: H, text: "The Guardian, 23 September 2022"},
				{kind: B, text: "Talks resumed on Thursday.", outlet: "The Guardian", date: "2022-09-23", from: "heading"},
				{kind: H, text: "The Times, 25 September 2022"},
				{kind: B, text: "The talks failed.", outlet: "The Times", date: "2022-09-25", from: "heading"},
			},
		},
		{
			// the first source's heading under the title is no line of the
			// document's own issuer when other sources' headings follow;
			// an agency's one-word name is no letter's place; "BBC News,
			// 21 September 2022" is no release's version and day; and an
			// issuer's name may be followed by the kind of text
			name: "a compilation's first source under its title",
			md:   true,
			in:   "# Notes on the dispute\n\n## BBC News, 21 September 2022\n\nThe minister met the farmers yesterday.\n\n## Reuters, 23 September 2022\n\nTalks resumed on Thursday.\n\n## Ministry of Agriculture press release, 24 September 2022\n\nThe talks ended.\n\n## Department of Health statement, 25 September 2022\n\nThe clinics reopened.\n",
			want: []section{
				{kind: H, text: "Notes on the dispute"},
				{kind: H, text: "BBC News, 21 September 2022"},
				{kind: B, text: "The minister met", outlet: "BBC News", date: "2022-09-21", from: "heading"},
				{kind: H, text: "Reuters, 23 September 2022"},
				{kind: B, text: "Talks resumed", outlet: "Reuters", date: "2022-09-23", from: "heading"},
				{kind: H, text: "Ministry of Agriculture press release"},
				{kind: B, text: "The talks ended.", outlet: "Ministry of Agriculture", date: "2022-09-24", from: "heading"},
				{kind: H, text: "Department of Health statement"},
				{kind: B, text: "The clinics reopened.", outlet: "Department of Health", date: "2022-09-25", from: "heading"},
			},
		},
		{
			name: "numbered notes under a Notes heading are references",
			md:   true,
			in:   "# Report\n\nThe dam failed on Friday.\n\n## Notes\n\n1. Wire service, 3 March 2011.\n\n## Footnotes\n\n[2] Daily, 4 March 2011.\n",
			want: []section{
				{kind: H, text: "Report"},
				{kind: B, text: "The dam failed"},
				{kind: H, text: "Notes"},
				{kind: CL, text: "1. Wire service, 3 March 2011."},
				{kind: H, text: "Footnotes"},
				{kind: CL, text: "[2] Daily, 4 March 2011."},
			},
		},
		{
			name: "end of a note",
			in:   "Analyst's note: what follows is from the wire. End of analyst's note.\n\nSource: Wire, 3 May 2015\n\nText.\n",
			want: []section{
				{kind: B, text: "Analyst's note: what follows is from the wire."},
				{kind: CL, text: "End of analyst's note."},
				{kind: CL, text: "Source: Wire", outlet: "Wire", date: "2015-05-03", from: "citation"},
				{kind: X, text: "Text.", outlet: "Wire", date: "2015-05-03", from: "citation"},
			},
		},
		{
			name: "a sentence about the end of a note is kept",
			in:   "We were tired, and stopped reading at the end of the note.\n",
			want: []section{
				{kind: B, text: "We were tired, and stopped reading at the end of the note."},
			},
		},
		{
			name: "a table's source line is not a compilation",
			in:   "Published: 2 May 2020\n\nGrowth slowed.\n\nSource: World Bank, 2019\n\nThe minister spoke on Monday.\n",
			want: []section{
				{kind: CL, text: "Published", date: "2020-05-02", from: "published-line"},
				{kind: B, text: "Growth slowed.", date: "2020-05-02", from: "published-line"},
				{kind: CL, text: "Source: World Bank", outlet: "World Bank", date: "2020-05-02", from: "published-line"},
				{kind: B, text: "The minister", date: "2020-05-02", from: "published-line"},
			},
		},
		{
			name: "a table's source line without a year",
			md:   true,
			in:   "Growth slowed.\n\n| Year | Growth |\n| 2018 | 3.1 |\n| 2019 | 2.4 |\n\nSource: National statistics office\n\nThe minister spoke on Monday.\n",
			want: []section{
				{kind: B, text: "Growth slowed.\n\n| Year"},
				{kind: CL, text: "Source: National", outlet: "National statistics office"},
				{kind: B, text: "The minister"},
			},
		},
		{
			name: "a credit line closing the document cites all of it",
			in:   "Published: 2 May 2020\n\nGrowth slowed on Monday.\n\nSource: Wire service\n",
			want: []section{
				{kind: CL, text: "Published", date: "2020-05-02", from: "published-line"},
				{kind: X, text: "Growth slowed", outlet: "Wire service", date: "2020-05-02", from: "published-line"},
				{kind: CL, text: "Source: Wire", outlet: "Wire service", date: "2020-05-02", from: "published-line"},
			},
		},
		{
			name: "a short list item in Markdown is not a heading",
			md:   true,
			in:   "- Bridge opens\n\nThe bridge opened on Friday.\n",
			want: []section{
				{kind: B, text: "- Bridge opens\n\nThe bridge opened"},
			},
		},
		{
			name: "a table keeps its rows as written",
			md:   true,
			in:   "# Apollo\n\n| Date | Event |\n|------|:------|\n| By Jane Doe | 3 May 2020 |\n| 21 Dec 1968 | **Apollo 8** launches |\nAfter the table.\n",
			want: []section{
				{kind: H, text: "Apollo"},
				{kind: B, text: "| Date | Event |\n|------|:------|\n| By Jane Doe | 3 May 2020 |\n| 21 Dec 1968 | Apollo 8 launches |\n\nAfter the table."},
			},
		},
		{
			name: "a table of spans puts each row's end beside its start",
			md:   true,
			in:   "| Workstream | Start | Finish | Status |\n|---|---|---|---|\n| Roof replacement | 29 Apr 2024 | 19 Jul 2024 | Done |\n| Interior | TBC | Feb 2025 | Planned |\n",
			want: []section{
				{kind: B, text: "| Workstream | Start | Finish | Status |\n|---|---|---|---|\n| Roof replacement | 29 Apr 2024 – 19 Jul 2024 | Done |\n| Interior | TBC | Feb 2025 | Planned |"},
			},
		},
		{
			name: "a table of figures names each figure by its column",
			md:   true,
			in:   "| Year | Revenue (£m) | Margin |\n|---|---|---|\n| FY2019/20 | 221.3 | 8.9% |\n| 2021 | n/a | 7% |\n",
			want: []section{
				{kind: B, text: "| Year | Revenue (£m) | Margin |\n|---|---|---|\n| FY2019/20 | Revenue (£m) 221.3 | Margin 8.9% |\n| 2021 | n/a | Margin 7% |"},
			},
		},
		{
			name: "figures under year columns are not named by their years",
			md:   true,
			in:   "| Year ended 31 December | 2023 | 2024 |\n|---|---|---|\n| Revenue (£m) | 194.9 | 212.4 |\n",
			want: []section{
				{kind: B, text: "| Year ended 31 December | 2023 | 2024 |\n|---|---|---|\n| Revenue (£m) | 194.9 | 212.4 |"},
			},
		},
		{
			name: "a table in plain text, under a paragraph",
			in:   "Missions flown.\nYear | Mission\n--- | ---\n1969 | Apollo 11\n",
			want: []section{
				{kind: B, text: "Missions flown.\n\nYear | Mission\n--- | ---\n1969 | Apollo 11"},
			},
		},
		{
			name: "bars without a rule under them are no table",
			in:   "Missions | flown\nin 1969 | and 1970.\n",
			want: []section{
				{kind: B, text: "Missions | flown\nin 1969 | and 1970."},
			},
		},
		{
			name: "a chronology of one-line paragraphs has no headings",
			in:   "Chronology\n\n1914 War begins in Europe\n\n1916 Battle of the Somme\n\n1920s Economic boom\n",
			want: []section{
				{kind: H, text: "Chronology"},
				{kind: B, text: "1914 War begins in Europe\n\n1916 Battle of the Somme\n\n1920s Economic boom"},
			},
		},
		{
			name: "a year heading over prose stays a heading",
			in:   "History\n\n1969\n\nApollo 11 landed on the Moon in July, watched by millions.\n",
			want: []section{
				{kind: H, text: "History"},
				{kind: H, text: "1969"},
				{kind: B, text: "Apollo 11 landed"},
			},
		},
		{
			name: "citations written as list items in Markdown",
			md:   true,
			in:   "Commentary on the floods.\n\n> Officials ordered the evacuation on Tuesday.\n\n- Source: \"Villages evacuated,\" *The River Courier*. 13 March 2013.\n",
			want: []section{
				{kind: B, text: "Commentary on the floods."},
				{kind: X, text: "Officials ordered", outlet: "The River Courier", date: "2013-03-13", from: "citation"},
				{kind: CL, text: "- Source:", outlet: "The River Courier", date: "2013-03-13", from: "citation"},
			},
		},
		{
			name: "sources line in plain text",
			in:   "The dam failed on Friday.\n\nSources:\n\nWire service, 3 March 2011.\n\nDaily, 4 March 2011.\n",
			want: []section{
				{kind: B, text: "The dam failed"},
				{kind: CL, text: "Sources:"},
				{kind: CL, text: "Wire service"},
				{kind: CL, text: "Daily"},
			},
		},
		{
			name: "a rule-fenced block of plain text is not front matter",
			in:   "---\nNote: this copy was scanned.\n---\nThe dam failed on Friday.\n",
			want: []section{
				{kind: B, text: "Note: this copy was scanned."},
				{kind: B, text: "The dam failed"},
			},
		},
		{
			name: "front matter in plain text",
			in:   "---\ntitle: Dam\ndate: 2011-03-05\n---\nThe dam failed on Friday.\n",
			want: []section{
				{kind: B, text: "The dam failed", date: "2011-03-05", from: "metadata"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{Markdown: tt.md})
			checkSections(t, doc, tt.want)
			checkPositions(t, doc, tt.in)
		})
	}
}

func TestRefDates(t *testing.T) {
	flag := date(t, "2020-01-15")
	tests := []struct {
		name string
		in   string
		md   bool
		ref  timeline.Date
		date string
		from string
	}{
		{name: "none", in: "It rained on Tuesday.\n", from: ""},
		{name: "flag when nothing else", in: "It rained on Tuesday.\n", ref: flag, date: "2020-01-15", from: "flag"},
		{name: "front matter beats flag", md: true, in: "---\ndate: 2019-04-02\n---\nIt rained on Tuesday.\n", ref: flag, date: "2019-04-02", from: "metadata"},
		{name: "front matter updated only", md: true, in: "---\nlastmod: 2019-04-03T10:00:00Z\n---\nIt rained.\n", date: "2019-04-03", from: "metadata"},
		{name: "front matter published beats updated", md: true, in: "---\nupdated: 2019-04-09\npublished: Tue, 02 Apr 2019 10:00:00 GMT\n---\nIt rained.\n", date: "2019-04-02", from: "metadata"},
		{name: "dateline full", in: "GENEVA, March 3, 2011 (Wire) — Talks ended on Thursday.\n", ref: flag, date: "2011-03-03", from: "dateline"},
		{name: "dateline day first", in: "NAIROBI, 3 March 2011 /Wire/ -- Talks ended.\n", date: "2011-03-03", from: "dateline"},
		{name: "dateline without year takes the published year", in: "Published: 4 March 2011\n\nNEW YORK, March 3 (Wire) - Shares rose.\n", date: "2011-03-03", from: "dateline"},
		{name: "dateline without date, date line above", in: "Headline Here\n\nMarch 14, 2019\n\nWASHINGTON (AP) — The Senate voted.\n", date: "2019-03-14", from: "dateline"},
		{name: "dateline with a country", in: "Published: 5 May 2020\n\nKABUL, Afghanistan (AP) — A blast hit the city on Monday.\n", date: "2020-05-05", from: "published-line"},
		{name: "dateline with a state", in: "SAN FRANCISCO, Calif., March 3, 2011 — Shares rose.\n", date: "2011-03-03", from: "dateline"},
		{name: "dateline abbreviated month, no year", in: "Posted: December 14, 2017\n\nBEIJING, Dec. 13 (Xinhua) -- Officials said.\n", date: "2017-12-13", from: "dateline"},
		{name: "dateline in title case", in: "Geneva, 3 March 2011 — Aid agencies warned on Thursday.\n", date: "2011-03-03", from: "dateline"},
		{name: "title-case words before a comma are not a dateline", in: "Officials in Geneva, meeting on 3 March 2011 — said little.\n", from: ""},
		{name: "published wins over updated", in: "Updated: 5 May 2020\n\nPublished: 4 May 2020\n\nText.\n", date: "2020-05-04", from: "published-line"},
		{name: "updated alone", in: "Last updated on 5 May 2020 at 10:00\n\nText.\n", date: "2020-05-05", from: "published-line"},
		{name: "posted", in: "Posted on June 1, 2018 by admin\n\nText.\n", date: "2018-06-01", from: "published-line"},
		{name: "date under headline", in: "A Headline\n\nWednesday, 13 December 2017\n\nText of the story.\n", date: "2017-12-13", from: "document"},
		{name: "a date in the story is not a reference", in: "The plan was posted in July 2017 and revised on 3 May 2018, said officials who asked not to be named.\n", from: ""},
		{name: "not a dateline: capitals in prose", in: "NATO - the alliance - met.\n", from: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{Markdown: tt.md, RefDate: tt.ref})
			var body *timeline.Section
			for i := range doc.Sections {
				if doc.Sections[i].Kind == timeline.Body {
					body = &doc.Sections[i]
					break
				}
			}
			if body == nil {
				t.Fatalf("no body section:\n%s", dump(doc))
			}
			if body.Citation.Date != date(t, tt.date) || body.RefFrom != tt.from {
				t.Errorf("ref = %s from %q, want %s from %q", body.Citation.Date, body.RefFrom, tt.date, tt.from)
			}
			if d := DescribeRef(body); d == "" || tt.from != "" && !strings.HasPrefix(d, tt.date) {
				t.Errorf("DescribeRef = %q", d)
			}
		})
	}
}

func TestMarkdownStrip(t *testing.T) {
	tests := []struct {
		name, in, want string
		md             bool
	}{
		{name: "emphasis", in: "a *b* **c** ***d*** _e_ __f__", want: "a b c d e f", md: true},
		{name: "intraword underscore", in: "snake_case_name and 2*3*4", want: "snake_case_name and 2*3*4", md: true},
		{name: "unmatched", in: "a * b and *c", want: "a * b and *c", md: true},
		{name: "link and image", in: "see [the log](http://x.org/a_b_c) and ![alt text](i.png)", want: "see the log and alt text", md: true},
		{name: "autolink", in: "at <https://a.org/x_y_z>.", want: "at https://a.org/x_y_z.", md: true},
		{name: "bare url keeps underscores", in: "https://a.org/_x_/ ok", want: "https://a.org/_x_/ ok", md: false},
		{name: "code span", in: "run `a*b*c` now", want: "run a*b*c now", md: true},
		{name: "entity", in: "fish &amp; chips &mdash; &#8220;ok&#8221;", want: "fish & chips — “ok”", md: true},
		{name: "entities kept in plain text", in: "fish &amp; chips", want: "fish &amp; chips", md: false},
		{name: "html tags", in: "a <em>b</em> c<br/>", want: "a b c", md: true},
		{name: "escapes", in: `\*not emphasis\*`, want: "*not emphasis*", md: true},
		{name: "heading", in: "## Title ##\n\nText.", want: "Title\n\nText.", md: true},
		{name: "quote", in: "> one\n> two\n>\n> three", want: "one\ntwo\n\nthree", md: true},
		// List markers are kept: they end the item before them.
		{name: "list", in: "- one\n- *two*\n1. three", want: "- one\n- two\n1. three", md: true},
		{name: "fenced code", in: "```\ncode *x*\n```\n", want: "code *x*", md: true},
		{name: "setext", in: "Title\n=====\n\nText.", want: "Title\n\nText.", md: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.md", Options{Markdown: tt.md})
			var parts []string
			for _, s := range doc.Sections {
				parts = append(parts, s.Text)
			}
			if got := strings.Join(parts, "\n\n"); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			checkPositions(t, doc, tt.in)
		})
	}
}
