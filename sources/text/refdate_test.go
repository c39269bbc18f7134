package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// bodyOf returns the first body section of doc, failing the test when
// there is none.
func bodyOf(t *testing.T, doc *timeline.Document) *timeline.Section {
	t.Helper()
	for i := range doc.Sections {
		if doc.Sections[i].Kind == timeline.Body {
			return &doc.Sections[i]
		}
	}
	t.Fatalf("no body section:\n%s", dump(doc))
	return nil
}

// TestHeaderRefDates checks the header forms that date a story: datelines
// on a line of their own or with an agency, bylines with a date, and
// Published and Updated dates written on one line. The header line itself
// is metadata (a citation line), never story, and the story starts with
// its first sentence.
func TestHeaderRefDates(t *testing.T) {
	const story = "United beat City 2-1 on Sunday."
	tests := []struct {
		name string
		in   string
		date string
		from string
		meta string // the text of the header line kept as metadata, if any
	}{
		{
			name: "dateline alone on its line, blank line after",
			in:   "United win\n\nMANCHESTER, England, Jan. 14 2024 —\n\n" + story + "\n",
			date: "2024-01-14", from: "dateline", meta: "MANCHESTER, England, Jan. 14 2024 —",
		},
		{
			name: "a bulletin's header of short lines, its issuance last",
			in:   "United win\n\nURGENT - WINTER WEATHER MESSAGE\nNational Weather Service Green Bay WI\n832 AM CST Tue Dec 16 2025\n\n" + story + "\n",
			date: "2025-12-16", from: "document",
		},
		{
			name: "a staff byline with its date",
			in:   "United win\n\n*By our football staff — 14 January 2024*\n\n" + story + "\n",
			date: "2024-01-14", from: "byline",
		},
		{
			name: "a report presented to a legislature",
			in:   "United win\n\nPresented to the Legislature, 22 January 2026\n\n" + story + "\n",
			date: "2026-01-22", from: "published-line",
		},
		{
			name: "dateline alone on its line, body on the next",
			in:   "United win\n\nMANCHESTER, England, Jan. 14 2024 —\n" + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "dateline alone with an en dash and a comma before the year",
			in:   "United win\n\nMANCHESTER, Jan. 14, 2024 –\n\n" + story + "\n",
			date: "2024-01-14", from: "dateline", meta: "MANCHESTER, Jan. 14, 2024 –",
		},
		{
			name: "published by a publisher, the date ending the line",
			in:   "United win\n\n*Published by the Northern Sports Trust, Manchester, 14 January 2024*\n\n" + story + "\n",
			date: "2024-01-14", from: "published-line",
		},
		{
			name: "compiled by, the date ending the sentence",
			in:   "United win\n\nCompiled by the sports desk, 14 January 2024. Each report is quoted as published.\n\n" + story + "\n",
			date: "2024-01-14", from: "published-line",
		},
		{
			name: "dateline inline",
			in:   "United win\n\nLONDON, 5 May 2020 — " + story + "\n",
			date: "2020-05-05", from: "dateline",
		},
		{
			name: "dateline with AP",
			in:   "United win\n\nMANCHESTER, England, Jan. 14 2024 (AP) — " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "dateline with Reuters and a hyphen",
			in:   "United win\n\nLONDON, 5 May 2020 (Reuters) - " + story + "\n",
			date: "2020-05-05", from: "dateline",
		},
		{
			name: "dateline with an agency alone on its line",
			in:   "United win\n\nLONDON, 5 May 2020 (Reuters) -\n\n" + story + "\n",
			date: "2020-05-05", from: "dateline", meta: "LONDON, 5 May 2020 (Reuters) -",
		},
		{
			name: "dateline on the line under the title",
			in:   "United win\nMANCHESTER, England, Jan. 14 2024 — " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "dateline with an agency on the line under the title",
			in:   "United win\nLONDON, 5 May 2020 (Reuters) - " + story + "\n",
			date: "2020-05-05", from: "dateline",
		},
		{
			name: "dateline with a double hyphen under the title",
			in:   "United win\nMANCHESTER, England, Jan. 14, 2024 -- " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "a date alone before an em dash",
			in:   "United win\n\nJan. 14, 2024 — " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "a day-first date alone before a double hyphen",
			in:   "United win\n\n14 January 2024 -- " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "a date alone before a hyphen",
			in:   "United win\n\nJanuary 14, 2024 - " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "a date alone before an en dash",
			in:   "United win\n\n14 Jan 2024 – " + story + "\n",
			date: "2024-01-14", from: "dateline",
		},
		{
			name: "a chronology's first item is no dateline",
			in:   "United win\n\n14 January 2024 — " + story + "\n\n21 January 2024 — United lost.\n",
			from: "",
		},
		{
			name: "a range of days is no dateline",
			in:   "United win\n\n14 January 2024 - 21 January 2024: " + story + "\n",
			from: "",
		},
		{
			name: "byline with bars and a time",
			in:   "Talks stall\nBy Jo Smith | December 13, 2017 | 4:05 PM\n\n" + story + "\n",
			date: "2017-12-13", from: "byline", meta: "By Jo Smith | December 13, 2017 | 4:05 PM",
		},
		{
			name: "byline with a comma",
			in:   "Talks stall\n\nBy Jo Smith, December 13, 2017\n\n" + story + "\n",
			date: "2017-12-13", from: "byline", meta: "By Jo Smith, December 13, 2017",
		},
		{
			name: "byline with a middle dot and no By",
			in:   "Talks stall\nJo Smith · 13 Dec 2017\n\n" + story + "\n",
			date: "2017-12-13", from: "byline", meta: "Jo Smith · 13 Dec 2017",
		},
		{
			name: "byline of two authors with a time and zone",
			in:   "Talks stall\nBy Jo Smith and Ana de Souza | Dec. 13, 2017, 4:05 p.m. ET\n\n" + story + "\n",
			date: "2017-12-13", from: "byline", meta: "By Jo Smith and Ana de Souza | Dec. 13, 2017, 4:05 p.m. ET",
		},
		{
			name: "published wins over a dated byline",
			in:   "Talks stall\nBy Jo Smith | December 14, 2017\nPublished: 13 December 2017\n\n" + story + "\n",
			date: "2017-12-13", from: "published-line",
		},
		{
			name: "last updated then first published on one line",
			in:   "Talks stall\n\nLast updated 14/12/2017, first published 13/12/2017\n\n" + story + "\n",
			date: "2017-12-13", from: "published-line", meta: "Last updated 14/12/2017, first published 13/12/2017",
		},
		{
			name: "updated then published on one line",
			in:   "Talks stall\n\nUpdated 14 December 2017; published 13 December 2017\n\n" + story + "\n",
			date: "2017-12-13", from: "published-line",
		},
		{
			name: "published then updated on one line",
			in:   "Talks stall\n\nPublished 13 December 2017, updated 14 December 2017\n\n" + story + "\n",
			date: "2017-12-13", from: "published-line",
		},
		{
			name: "first published on",
			in:   "Talks stall\n\nFirst published on 13 December 2017\n\n" + story + "\n",
			date: "2017-12-13", from: "published-line",
		},
		{
			name: "a sentence about the page, then its publication",
			in:   "United win\n\n*Match notes gathered by the sports desk. Published 14 January 2024.*\n\n" + story + "\n",
			date: "2024-01-14", from: "published-line",
		},
		{
			name: "a diary's first line says when it was started",
			in:   "United win\n\n*Started on the dock at Ullapool, 9 August 2023.*\n\n" + story + "\n",
			date: "2023-08-09", from: "header-line",
		},
		{
			name: "a sentence that opens with started is no header",
			in:   "United win\n\nStarted on 9 August 2023, the crossing now runs twice a day in summer.\n",
			from: "",
		},
		{
			name: "a sentence that mentions an update is no header",
			in:   "Talks stall\n\nThe rules were last updated 14 December 2017 and first published 13 December 2016, long before the talks began.\n",
			from: "",
		},
		{
			name: "a table row is no byline",
			in:   "Talks stall\n\nDeadline | 13 December 2017\n\nThe talks stalled after a long night of argument over the text.\n",
			from: "",
		},
		{
			name: "a person named in a sentence is no byline",
			in:   "Talks stall\n\nBy December 13, 2017 the talks had stalled.\n",
			from: "",
		},
		// Bylines that carry the date (QA 22, B9).
		{
			name: "byline with the weekday before the date",
			in:   "Talks stall\n\nBy Sam Whitlow, Saturday 13 September 2025\n\n" + story + "\n",
			date: "2025-09-13", from: "byline", meta: "By Sam Whitlow, Saturday 13 September 2025",
		},
		{
			name: "byline with the weekday, under the headline",
			in:   "Talks stall\nBy Sam Whitlow, Saturday 13 September 2025\n\n" + story + "\n",
			date: "2025-09-13", from: "byline", meta: "By Sam Whitlow, Saturday 13 September 2025",
		},
		{
			name: "byline with a bar and a short weekday with its comma",
			in:   "Talks stall\n\nBy Sam Whitlow | Sat, 13 Sep 2025\n\n" + story + "\n",
			date: "2025-09-13", from: "byline", meta: "By Sam Whitlow | Sat, 13 Sep 2025",
		},
		{
			name: "byline with a bar, under the headline",
			in:   "Talks stall\nBy Ana Ruiz | 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "By Ana Ruiz | 3 March 2025",
		},
		{
			name: "byline labelled words",
			in:   "Talks stall\n\nWords: Ana Ruiz, 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "Words: Ana Ruiz, 3 March 2025",
		},
		{
			name: "byline labelled words by, under the headline",
			in:   "Talks stall\nWords by Ana Ruiz, 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "Words by Ana Ruiz, 3 March 2025",
		},
		{
			name: "byline labelled words and pictures",
			in:   "Talks stall\n\nWords and pictures: Ana Ruiz, 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "Words and pictures: Ana Ruiz, 3 March 2025",
		},
		{
			name: "a name and a day after a dash",
			in:   "Talks stall\n\nAna Ruiz — 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "Ana Ruiz — 3 March 2025",
		},
		{
			name: "a name and a day after a dash, under the headline",
			in:   "Talks stall\nAna Ruiz – 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "Ana Ruiz – 3 March 2025",
		},
		{
			name: "a name in capitals and a role",
			in:   "Talks stall\n\nBy ANA RUIZ, Sports Reporter, 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "byline", meta: "By ANA RUIZ, Sports Reporter, 3 March 2025",
		},
		{
			name: "a deadline opening a sentence is no byline",
			in:   "Talks stall\n\nBy 3 March 2025 the works must be done.\n",
			from: "",
		},
		{
			name: "a deadline with its weekday is no byline",
			in:   "Talks stall\n\nBy Monday, 3 March 2025 the works must be done.\n",
			from: "",
		},
		{
			name: "a deadline with its weekday alone on its line is no byline",
			in:   "Talks stall\n\nBy Monday, 3 March 2025\n\nThe works must be done, the council says, or the grant is lost.\n",
			from: "",
		},
		{
			name: "a dated byline far below the top does not date the story",
			in: "Talks stall\n\nThe talks stalled after a long night of argument over the text, and the delegates went home without a deal or a date to meet again.\n\n" +
				"Both sides blamed the other, and the chair said that the gap between them was wider than at any time since the talks began in the spring.\n\n" +
				"By Sam Whitlow, Saturday 13 September 2025\n",
			from: "",
		},
		{
			name: "a name and a day after a dash in the story are no byline",
			in: "Talks stall\n\nThe talks stalled after a long night of argument over the text, and the delegates went home without a deal or a date to meet again.\n\n" +
				"Ana Ruiz — 3 March 2025\n",
			from: "",
		},
		{
			name: "names and days after dashes under the headline are a list",
			in:   "Talks stall\nAna Ruiz — 3 March 2025\nTom Hale — 4 March 2025\n\nThe talks stalled after a long night of argument over the text.\n",
			from: "",
		},
		{
			name: "a thing's name and a day after a dash is no byline",
			in:   "Talks stall\nThe Harbour Weekly — 3 March 2025\n\n" + story + "\n",
			date: "2025-03-03", from: "header-line", meta: "The Harbour Weekly — 3 March 2025",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			checkPositions(t, doc, tt.in)
			body := bodyOf(t, doc)
			if body.Citation.Date != date(t, tt.date) || body.RefFrom != tt.from {
				t.Errorf("ref = %s from %q, want %s from %q\n%s", body.Citation.Date, body.RefFrom, tt.date, tt.from, dump(doc))
			}
			// The story, after an inline dateline perhaps, and never the
			// title or a header line.
			if tt.from != "" && (!strings.Contains(body.Text, "United beat") || strings.Contains(body.Text, "\n\n") ||
				strings.Contains(body.Text, tt.meta) && tt.meta != "") {
				t.Errorf("body is %.60q, want the story alone\n%s", body.Text, dump(doc))
			}
			if doc.Title != "United win" && doc.Title != "Talks stall" {
				t.Errorf("title = %q", doc.Title)
			}
			if tt.meta != "" {
				found := false
				for _, s := range doc.Sections {
					found = found || s.Kind == timeline.CitationLine && s.Text == tt.meta
				}
				if !found {
					t.Errorf("no citation line %q\n%s", tt.meta, dump(doc))
				}
			}
			if d := DescribeRef(body); tt.from != "" && !strings.HasPrefix(d, tt.date) {
				t.Errorf("DescribeRef = %q", d)
			}
		})
	}
}

// TestDayOrder checks that the header dates are read in the day-month
// order the document writes its numeric dates in, unless an order is set.
func TestDayOrder(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		dayFirst   bool
		monthFirst bool
		date       string
	}{
		{
			name: "a day-first date in the story",
			in:   "Leeds flood\n\nPublished: 03/04/2019\n\nThe river burst its banks on Monday. The report of 25/03/2019 warned of this.\n",
			date: "2019-04-03",
		},
		{
			name: "dotted dates are day first",
			in:   "Court ruling\n\nPublished: 05/10/2016\n\nThe hearing of 12.03.2015 was adjourned to 01.09.2015.\n",
			date: "2016-10-05",
		},
		{
			name: "a dotted published date alone is day first",
			in:   "Court ruling\n\nPublished: 05.10.2016\n\nThe hearing was adjourned.\n",
			date: "2016-10-05",
		},
		{
			name: "no evidence: month first",
			in:   "Leeds flood\n\nPublished: 03/04/2019\n\nThe river burst its banks on Monday.\n",
			date: "2019-03-04",
		},
		{
			name: "dates written day first with month names",
			in:   "Leeds flood\n\nPublished: 03/04/2019\n\nThe river rose on 28 March 2019 and burst its banks on 1 April 2019.\n",
			date: "2019-04-03",
		},
		{
			name: "dates written month first with month names",
			in:   "Leeds flood\n\nPublished: 03/04/2019\n\nThe river rose on March 28, 2019.\n",
			date: "2019-03-04",
		},
		{
			name: "month-first evidence",
			in:   "Leeds flood\n\nPublished: 03/04/2019\n\nThe report of 03/25/2019 warned of this.\n",
			date: "2019-03-04",
		},
		{
			name: "mixed evidence: month first",
			in:   "Leeds flood\n\nPublished: 03/04/2019\n\nThe reports of 03/25/2019 and 25/03/2019 disagree.\n",
			date: "2019-03-04",
		},
		{
			name:       "month first set wins over the evidence",
			in:         "Leeds flood\n\nPublished: 03/04/2019\n\nThe report of 25/03/2019 warned of this.\n",
			monthFirst: true,
			date:       "2019-03-04",
		},
		{
			name:     "day first set",
			in:       "Leeds flood\n\nPublished: 03/04/2019\n\nThe river burst its banks on Monday.\n",
			dayFirst: true,
			date:     "2019-04-03",
		},
		{
			name: "a version number is no evidence",
			in:   "Release notes\n\nPublished: 03/04/2019\n\nVersion 2.1.2019 fixes the importer, and release 14.2.1 the viewer.\n",
			date: "2019-03-04",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{DayFirst: tt.dayFirst, MonthFirst: tt.monthFirst})
			body := bodyOf(t, doc)
			if body.Citation.Date != date(t, tt.date) {
				t.Errorf("ref = %s, want %s\n%s", body.Citation.Date, tt.date, dump(doc))
			}
			// The decision is the document's, for the tagger of its sections.
			if want := strings.HasSuffix(tt.date, "-04-03") || strings.HasSuffix(tt.date, "-10-05"); doc.DayFirst != want {
				t.Errorf("Document.DayFirst = %v, want %v", doc.DayFirst, want)
			}
		})
	}
}

// TestCreditLines checks compilations whose excerpts are credited after
// them with an outlet and a date, without "Source:": each excerpt is
// dated by its own credit line.
func TestCreditLines(t *testing.T) {
	tests := []struct {
		name string
		md   bool
		in   string
		want []section
	}{
		{
			name: "em dash, emphasized outlet, quote blocks",
			md:   true,
			in: "# Press review\n\n> Dockers walked out on Monday.\n\n— *The Coastal Times*, 8 March 2023\n\n" +
				"> The army was called in on Wednesday.\n\n— *Daily Courier*, 10 March 2023, https://courier.example/army\n\n" +
				"> Talks broke down yesterday.\n\n(Harbour Weekly, 15 March 2023)\n",
			want: []section{
				{kind: H, text: "Press review"},
				{kind: X, text: "Dockers", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: CL, text: "— The Coastal Times", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: X, text: "The army", outlet: "Daily Courier", date: "2023-03-10", from: "citation"},
				{kind: CL, text: "— Daily Courier", outlet: "Daily Courier", date: "2023-03-10", from: "citation"},
				{kind: X, text: "Talks", outlet: "Harbour Weekly", date: "2023-03-15", from: "citation"},
				{kind: CL, text: "(Harbour Weekly", outlet: "Harbour Weekly", date: "2023-03-15", from: "citation"},
			},
		},
		{
			name: "en dash and outlet with the date in parentheses, paragraphs",
			in: "Dockers walked out on Monday, halting the port.\n\n– The Coastal Times, 8 March 2023\n\n" +
				"The army was called in on Wednesday to move cargo.\n\nDaily Courier (10 March 2023)\n",
			want: []section{
				{kind: X, text: "Dockers", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: CL, text: "– The Coastal Times", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: X, text: "The army", outlet: "Daily Courier", date: "2023-03-10", from: "citation"},
				{kind: CL, text: "Daily Courier (10", outlet: "Daily Courier", date: "2023-03-10", from: "citation"},
			},
		},
		{
			name: "credit line written against its paragraph",
			in: "Dockers walked out on Monday, halting the port.\n– The Coastal Times, 8 March 2023\n\n" +
				"The army was called in on Wednesday to move cargo.\n– Daily Courier, 10 March 2023\n",
			want: []section{
				{kind: X, text: "Dockers", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: CL, text: "– The Coastal Times", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: X, text: "The army", outlet: "Daily Courier", date: "2023-03-10", from: "citation"},
				{kind: CL, text: "– Daily Courier", outlet: "Daily Courier", date: "2023-03-10", from: "citation"},
			},
		},
		{
			name: "an attribution without a date stays an attribution",
			md:   true,
			in:   "Story text of the reporter, long enough to be a paragraph.\n\n> \"We will not give in.\"\n\n— Union leader Maria Costa\n",
			want: []section{
				{kind: B, text: "Story text"},
				{kind: X, text: "\"We will not", outlet: "Union leader Maria Costa"},
				{kind: CL, text: "— Union leader"},
			},
		},
		{
			name: "a list item ending in a range of days is the document's own",
			md:   true,
			in: "# Curriculum vitae\n\n## Service\n\n- Member, Harbour Review Panel, 2020–2024.\n" +
				"- Convenor, 3rd Coastal Dredging Forum, Portmoor, 5–7 June 2023.\n",
			want: []section{
				{kind: H, text: "Curriculum vitae"},
				{kind: H, text: "Service"},
				{kind: B, text: "- Member, Harbour Review Panel, 2020–2024.\n- Convenor, 3rd Coastal Dredging Forum, Portmoor, 5–7 June 2023."},
			},
		},
		{
			name: "items of a loose list are no credits",
			md:   true,
			in: "# Talks\n\n- Keynote on harbour silt, given at the quay in the spring.\n\n" +
				"- Harbour Silt Forum, 8 March 2023\n\n- Dredging Symposium, 10 May 2023\n",
			want: []section{
				{kind: H, text: "Talks"},
				{kind: B, text: "- Keynote on harbour silt"},
			},
		},
		{
			name: "a range of days under a paragraph is no credit",
			in:   "Dockers walked out on Monday, halting the port.\n\n– Harbour Silt Forum, 5–7 June 2023\n",
			want: []section{
				{kind: B, text: "Dockers walked out"},
			},
		},
		{
			name: "a single hyphen credit under a paragraph is still one",
			in:   "Dockers walked out on Monday, halting the port.\n\n- The Coastal Times, 8 March 2023\n",
			want: []section{
				{kind: X, text: "Dockers", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
				{kind: CL, text: "- The Coastal Times", outlet: "The Coastal Times", date: "2023-03-08", from: "citation"},
			},
		},
		{
			name: "a dash in a sentence is no credit",
			in:   "The strike ended.\n\n– and then, on 8 March 2023, the dockers went back to work.\n",
			want: []section{
				{kind: B, text: "The strike ended"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{Markdown: tt.md})
			checkPositions(t, doc, tt.in)
			checkSections(t, doc, tt.want)
		})
	}
}

// FuzzHeaderLine runs the readers of a header or credit line on any line:
// no panic, and a date found lies inside the line it was read from.
func FuzzHeaderLine(f *testing.F) {
	for _, s := range []string{
		"MANCHESTER, England, Jan. 14 2024 —",
		"LONDON, 5 May 2020 (Reuters) -",
		"By Jo Smith | December 13, 2017 | 4:05 PM",
		"By Jo Smith, December 13, 2017",
		"Jo Smith · 13 Dec 2017",
		"Last updated 14/12/2017, first published 13/12/2017",
		"Updated 14 December 2017; published 13 December 2017",
		"— *The Coastal Times*, 8 March 2023",
		"– Daily Courier, 10 March 2023, https://courier.example/port-army",
		"(Harbour Weekly, 15 March 2023)",
		"Daily Courier (10 March 2023)",
		"- Convenor, 3rd Coastal Dredging Forum, Portmoor, 5–7 June 2023.",
		"– Harbour Silt Forum, June to August 2023",
		"The report of 25/03/2019 and 12.03.2015 and 03/25/2019 and version 2.1.2019.",
		"Recorded 9 April 2024. Released 11 April 2024.",
		"Released: 11 April 2024 | Recorded: 9 April 2024",
		"Recorded at Studio 4 in Valletta on 9 April 2024 · first published 11 April 2024",
		"Argued November 8, 2022. Filed March 3, 2023.",
		"Filed: July 22, 2024",
		"By Sam Whitlow, Saturday 13 September 2025",
		"By Sam Whitlow | Sat, 13 Sep 2025",
		"Words: Ana Ruiz, 3 March 2025",
		"Words and pictures: Ana Ruiz, 3 March 2025",
		"Ana Ruiz — 3 March 2025",
		"By ANA RUIZ, Sports Reporter, 3 March 2025",
		"By Monday, 3 March 2025",
		"Issue 211 — October 2025",
		"Vol. 12, No. 3 — Spring 2024",
		"No. 48 | March 2025",
		"The Parish Pump — October 2025 issue",
		"Newsletter 31 — Winter 2024/25",
		"Issue 3 of the report covers October 2025 to March 2026",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if len(line) > 4096 {
			return
		}
		atTop := func(b *block, dayFirst bool) bool { return datedBylineAt(b, dayFirst, true) }
		for _, fn := range []func(*block, bool) bool{datedByline, atTop, coverLine, pubLine, datelineAlone, dateOnly, headerDate, madeDate} {
			b := &block{text: line, lines: 1}
			if fn(b, false) && (b.date.start < 0 || b.date.end > len(line) || b.date.start > b.date.end) {
				t.Fatalf("date at [%d,%d) outside %q", b.date.start, b.date.end, line)
			}
		}
		if c, ok := parseCredit(line, true); ok && (!c.hasDate || c.outlet == "") {
			t.Fatalf("credit %q without an outlet or a date: %+v", line, c)
		}
		if d, m := tempex.DayOrder(line); d < 0 || m < 0 || d+m > strings.Count(line, "/")+strings.Count(line, ".")+strings.Count(line, "-") {
			t.Fatalf("evidence %d, %d in %q", d, m, line)
		}
	})
}

// TestReadPartsDayOrder checks that a document read in parts keeps the
// day-month order its first part shows: a citation in a later part, with
// no evidence of its own, is read day first too.
func TestReadPartsDayOrder(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Harbour digest\n\nPublished: 03/04/2019\n\nThe report of 25/03/2019 warned of floods.\n\n")
	for range 300 {
		sb.WriteString("The ferry was late again, and nobody said why it was so.\n\n")
	}
	sb.WriteString("Source: Harbour Gazette, 05/04/2019\n\nThe quay flooded on Friday.\n")
	docs, _, err := readParts(t, []byte(sb.String()), 4<<10, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 3 {
		t.Fatalf("%d parts", len(docs))
	}
	var cited bool
	for _, d := range docs {
		if !d.DayFirst {
			t.Errorf("part %d: Document.DayFirst is false", d.Part)
		}
		for _, s := range d.Sections {
			want := "2019-04-03"
			if s.RefFrom == "citation" {
				want, cited = "2019-04-05", true
			}
			if s.Citation.Date.String() != want {
				t.Errorf("part %d, %s at %d: date %s, want %s", d.Part, kindNames[s.Kind], s.Pos.Line, s.Citation.Date, want)
			}
		}
	}
	if !cited {
		t.Error("the citation in the last part was not read")
	}
}

// TestHeaderLineAfterLetterhead checks the date line of a judgment or an
// opinion, found under the lines that name the court and the case: a
// letterhead in capitals is not yet the story.
func TestHeaderLineAfterLetterhead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		date string
		from string
	}{
		{
			name: "a date line under a court's name and a citation",
			in:   "IN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\n\nNeutral Citation Number: [2023] EWHC 101 (KB)\n\nDate: 21/05/2023\n\nBetween: HARBOUR LTD (Claimant) and QUAYSIDE LTD (Defendant)\n\n1. This is a claim under a dredging contract dated 14 March 2016.\n",
			date: "2023-05-21", from: "header-line",
		},
		{
			name: "a filed line under an argued line",
			in:   "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\n\nNo. 21-55123\n\nArgued and Submitted November 8, 2022, Pasadena, California\nFiled March 3, 2023\n\nOPINION\n\nOn June 1, 2019, officers stopped the car.\n",
			date: "2023-03-03", from: "header-line",
		},
		{
			name: "a decided line",
			in:   "SUPREME COURT OF THE STATE\n\nDecided June 30, 2022\n\nThe petition is denied.\n",
			date: "2022-06-30", from: "header-line",
		},
		{
			name: "a filed line under a caption with its parties",
			in:   "UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA\n\nBLUE HERON FERRIES, INC.,\nPlaintiff,\n\nv.\n\nQUAYSIDE FUEL SUPPLY, LLC,\na Montana limited liability company,\nDefendant.\n\nCase No. 9:24-cv-00311\n\nCOMPLAINT FOR BREACH OF CONTRACT\n\nJURY TRIAL DEMANDED\n\nFiled: July 22, 2024\n\nPlaintiff Blue Heron Ferries, Inc. alleges as follows:\n\n1. Last week the defendant refused to deliver fuel.\n",
			date: "2024-07-22", from: "header-line",
		},
		{
			name: "a dated line under twenty short lines",
			in:   "TITLE\n\n" + strings.Repeat("A short line\n\n", 20) + "Dated: 22 July 2024\n\n1. Last week the defendant refused to pay.\n",
			date: "2024-07-22", from: "header-line",
		},
		{
			// (it heads the paragraph under it, which it dates as a dated
			// heading does, not the document)
			name: "an unlabelled date line past the letterhead is not the document's",
			in:   "TITLE\n\n" + strings.Repeat("A short line\n\n", 8) + "Official text, 22 July 2024\n\n1. Last week the defendant refused to pay, and the ferry stopped running for a week.\n",
			date: "2024-07-22", from: "heading",
		},
		{
			name: "a filed line after the prose begins is not the document's",
			in:   "IN THE COUNTY COURT\n\nCase No. 24-118\n\nThe claimant says the ferry fuel was never delivered.\n\nFiled: July 22, 2024\n\nMore story.\n",
			date: "", from: "",
		},
		{
			name: "a line introducing the claims ends the caption",
			in:   "IN THE COUNTY COURT\n\nCase No. 24-118\n\nThe claimant Blue Heron Ferries alleges as follows:\n\n" + strings.Repeat("A short line\n\n", 5) + "Filed: July 22, 2024\n\nMore story.\n",
			date: "", from: "",
		},
		{
			name: "a paragraph of story before the date line",
			in:   "Harbour dispute\n\nThe claimant says the dredging was never finished,\nand the defendant disputes it.\n\nDate: 21/05/2023\n\nMore story.\n",
			date: "", from: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "j.txt", Options{})
			checkPositions(t, doc, tt.in)
			var body *timeline.Section
			for i := range doc.Sections {
				if doc.Sections[i].Kind == timeline.Body {
					body = &doc.Sections[i]
				}
			}
			if body == nil {
				t.Fatalf("no body\n%s", dump(doc))
			}
			if body.Citation.Date != date(t, tt.date) || body.RefFrom != tt.from {
				t.Errorf("ref = %s from %q, want %s from %q\n%s", body.Citation.Date, body.RefFrom, tt.date, tt.from, dump(doc))
			}
		})
	}
}

// TestYearlessDateline: a dateline of a day and month alone takes its year
// from the date given by flag, the latest such day on or before it; with
// none, it dates nothing.
func TestYearlessDateline(t *testing.T) {
	const in = "Talks stall\n\nGENEVA, 4 March (Reuters) - The WHO said on Monday that cases rose.\n"
	tests := []struct {
		name, flag, date, from string
	}{
		{"before the flag's day", "2024-03-20", "2024-03-04", "dateline"},
		{"after it in the year: the year before", "2024-02-10", "2023-03-04", "dateline"},
		{"no flag", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opt Options
			if tt.flag != "" {
				opt.RefDate = date(t, tt.flag)
			}
			doc := Parse(in, "t.txt", opt)
			body := bodyOf(t, doc)
			if body.Citation.Date != date(t, tt.date) || body.RefFrom != tt.from {
				t.Errorf("ref = %s from %q, want %s from %q\n%s", body.Citation.Date, body.RefFrom, tt.date, tt.from, dump(doc))
			}
		})
	}
}

// TestBylineAndMasthead checks the lines that date a story or an issue
// read one at a time: a dated byline (at the top of the document, where a
// name and a day after a dash are one too, or anywhere), and a masthead
// naming the issue and its month or season.
func TestBylineAndMasthead(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		top    bool   // the line stands under the headline
		byline string // the date of the byline, "" for none
		cover  string // the date of the masthead, "" for none
	}{
		{name: "by, comma, weekday", line: "By Sam Whitlow, Saturday 13 September 2025", byline: "2025-09-13"},
		{name: "by, bar, short weekday and comma", line: "By Sam Whitlow | Sat, 13 Sep 2025", byline: "2025-09-13", cover: "2025-09-13"},
		{name: "by, bar (a cover line's shape too: the byline is read first)", line: "By Ana Ruiz | 3 March 2025", byline: "2025-03-03", cover: "2025-03-03"},
		{name: "words label", line: "Words: Ana Ruiz, 3 March 2025", byline: "2025-03-03"},
		{name: "words by", line: "Words by Ana Ruiz, 3 March 2025", byline: "2025-03-03"},
		{name: "reporting by", line: "Reporting by Ana Ruiz and Tom Hale, 3 March 2025", byline: "2025-03-03"},
		{name: "capitals and a role", line: "By ANA RUIZ, Sports Reporter, 3 March 2025", byline: "2025-03-03"},
		{name: "a name and a day after a dash at the top", line: "Ana Ruiz — 3 March 2025", top: true, byline: "2025-03-03", cover: "2025-03-03"},
		{name: "a name and a day after a dash elsewhere", line: "Ana Ruiz — 3 March 2025", cover: "2025-03-03"},
		{name: "a name and a month after a dash is a cover", line: "Ana Ruiz — March 2025", top: true, cover: "2025-03"},
		{name: "a thing's name after a dash", line: "The Harbour Weekly — 3 March 2025", top: true, cover: "2025-03-03"},
		{name: "a deadline", line: "By 3 March 2025 the works must be done."},
		{name: "a deadline with its weekday", line: "By Monday, 3 March 2025", top: true},
		{name: "a weekday with no separator before it", line: "By Sam Whitlow Saturday 13 September 2025"},
		{name: "words after the date", line: "By Sam Whitlow, 13 September 2025, at the ground"},
		{name: "an issue and its month", line: "Issue 211 — October 2025", top: true, cover: "2025-10"},
		{name: "a volume, a number and a season", line: "Vol. 12, No. 3 — Spring 2024", cover: "2024-SP"},
		{name: "a season called fall", line: "Harbour Notes — Fall 2023", cover: "2023-FA"},
		{name: "a winter across two years", line: "Newsletter 31 — Winter 2024/25", cover: "2024-WI"},
		{name: "a winter across two years, four digits", line: "Newsletter 31 — Winter 2024–2025", cover: "2024-WI"},
		{name: "a spring across two years", line: "Newsletter 31 — Spring 2024/25"},
		{name: "a number and a month after a bar", line: "No. 48 | March 2025", cover: "2025-03"},
		{name: "the month's issue", line: "The Parish Pump — October 2025 issue", cover: "2025-10"},
		{name: "the month's edition", line: "The Parish Pump — October 2025 Edition", cover: "2025-10"},
		{name: "an issue of a report in a sentence", line: "Issue 3 of the report covers October 2025 to March 2026"},
		{name: "a season in words", line: "Harbour Notes — a wet Spring 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &block{text: tt.line, lines: 1}
			got := ""
			if datedBylineAt(b, false, tt.top) {
				got = b.date.date.String()
				if s := tt.line[b.date.start:b.date.end]; !strings.ContainsAny(s, "0123456789") {
					t.Errorf("byline date at %q", s)
				}
			}
			if got != tt.byline {
				t.Errorf("byline date = %q, want %q", got, tt.byline)
			}
			b = &block{text: tt.line, lines: 1}
			got = ""
			if coverLine(b, false) {
				got = b.date.date.String()
				if s := tt.line[b.date.start:b.date.end]; !strings.ContainsAny(s, "0123456789") {
					t.Errorf("cover date at %q", s)
				}
			}
			if got != tt.cover {
				t.Errorf("cover date = %q, want %q", got, tt.cover)
			}
		})
	}
}

// TestQuotationDates: a quotation speaks from its source's day: the dated
// heading it stands under, or the date of the sentence that introduces it
// with a colon; else from the document's.
func TestQuotationDates(t *testing.T) {
	tests := []struct {
		name, in   string
		md         bool
		date, from string
	}{
		{"quote block under a dated heading", "# Research brief\n\n**Date:** March 4, 2019\n\n## Department of Water Resources, January 28, 2019\n\n> The department received 14 requests earlier this month.\n",
			true, "2019-01-28", "heading"},
		{"quote block after a dated lead-in", "# Note\n\n24 September 2021\n\nThe UN coordinator issued this statement on 22 September 2021:\n\n> \"Partners delivered food yesterday.\"\n",
			true, "2021-09-22", "lead-in"},
		{"quoted paragraph after a dated lead-in", "Note\n24 September 2021\n\nThe UN coordinator issued this statement on 22 September 2021:\n\n\"Partners delivered food yesterday.\"\n",
			false, "2021-09-22", "lead-in"},
		{"a lead-in with no date", "# Note\n\n24 September 2021\n\nThe UN coordinator said:\n\n> \"Partners delivered food yesterday.\"\n",
			true, "2021-09-24", "document"},
		{"a lead-in with two dates", "# Note\n\n24 September 2021\n\nBetween 1 and 22 September 2021 the coordinator wrote:\n\n> \"Partners delivered food yesterday.\"\n",
			true, "2021-09-24", "document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in), "q.txt", Options{Markdown: tt.md})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range doc.Sections {
				if strings.Contains(s.Text, "Partners") || strings.Contains(s.Text, "department received") {
					if s.Citation.Date.String() != tt.date || s.RefFrom != tt.from {
						t.Errorf("the quotation is dated %s from %q, want %s from %q:\n%s", s.Citation.Date, s.RefFrom, tt.date, tt.from, dump(doc))
					}
					return
				}
			}
			t.Fatalf("no quotation:\n%s", dump(doc))
		})
	}
}

// TestMastheadAfterTheHeader: an outlet's name and a day on a line of
// their own are a paper's masthead in the header only; below the
// document's dated header and a paragraph, they name an excerpt's source,
// and the document keeps its own date.
func TestMastheadAfterTheHeader(t *testing.T) {
	doc, err := Read(strings.NewReader("Weekly digest\n11 June 2020\n\nThe board met yesterday.\n\nThe Guardian, 9 June 2020\n\nTalks stalled yesterday.\n"), "d.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"The board met": "2020-06-11", "Talks stalled": "2020-06-09"}
	for _, s := range doc.Sections {
		for lead, date := range want {
			if strings.HasPrefix(s.Text, lead) {
				if got := s.Citation.Date.String(); got != date {
					t.Errorf("%q is dated %s, want %s:\n%s", lead, got, date, dump(doc))
				}
				delete(want, lead)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("sections not found: %v\n%s", want, dump(doc))
	}
}

// TestMarkdownDateline: a Markdown paragraph that opens with the day, in
// bold, and goes on after a dash, a middle dot or a bar with the section
// ("**March 3, 2023** · Science section") dates the story.
func TestMarkdownDateline(t *testing.T) {
	for _, sep := range []string{"—", "·", "|"} {
		in := "# Ocean heat\n\n**March 3, 2023** " + sep + " Science section\n\nThe team will present results in Vienna in April.\n"
		doc, err := Read(strings.NewReader(in), "w.md", Options{Markdown: true})
		if err != nil {
			t.Fatal(err)
		}
		if s := bodyOf(t, doc); s.Citation.Date.String() != "2023-03-03" {
			t.Errorf("%q: the story is dated %s from %q, want 2023-03-03:\n%s", sep, s.Citation.Date, s.RefFrom, dump(doc))
		}
	}
}

// TestSourceLineEndsAtTheNextHeading: a "Source:" line under a heading
// cites the text under that heading only; the next heading of its rank
// starts text that is not the source's.
func TestSourceLineEndsAtTheNextHeading(t *testing.T) {
	in := "# Digest\n\n11 June 2020\n\n## Talks stall\n\nSource: The Guardian, 9 June 2020\n\nTalks stalled yesterday.\n\n## Ferry operators\n\nThe operators met yesterday, our port agent says.\n"
	doc, err := Read(strings.NewReader(in), "d.md", Options{Markdown: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sections {
		switch {
		case strings.HasPrefix(s.Text, "Talks stalled") && (s.Citation.Outlet != "The Guardian" || s.Citation.Date.String() != "2020-06-09"),
			strings.HasPrefix(s.Text, "The operators met") && (s.Citation.Outlet != "" || s.Citation.Date.String() != "2020-06-11"):
			t.Errorf("%q is cited as %q of %s:\n%s", s.Text, s.Citation.Outlet, s.Citation.Date, dump(doc))
		}
	}
}

// TestQuotedPosts: a quoted post speaks from the day its head line gives,
// and is cited to the name or handle that heads it.
func TestQuotedPosts(t *testing.T) {
	tests := []struct{ in, outlet, date string }{
		{"---\ndate: 2023-11-09\n---\n\n# Storm posts\n\n> **City of Portland** · 7:14 PM PST · Nov 7, 2023\n>\n> Crews are clearing debris on the bridge tonight.\n", "City of Portland", "2023-11-07"},
		{"---\ndate: 2023-11-09\n---\n\n# Storm\n\n> **@wxnerd@pdx.social** · 2023-11-08 09:15 -08:00\n>\n> Peak gust at PDX last night: 58 mph.\n", "@wxnerd@pdx.social", "2023-11-08"},
	}
	for _, tt := range tests {
		doc, err := Read(strings.NewReader(tt.in), "p.md", Options{Markdown: true})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range doc.Sections {
			if strings.Contains(s.Text, "Crews") || strings.Contains(s.Text, "Peak gust") {
				found = true
				if s.Citation.Outlet != tt.outlet || s.Citation.Date.String() != tt.date {
					t.Errorf("the post is cited as %q of %s, want %q of %s:\n%s", s.Citation.Outlet, s.Citation.Date, tt.outlet, tt.date, dump(doc))
				}
			}
		}
		if !found {
			t.Errorf("no post:\n%s", dump(doc))
		}
	}
	if _, _, _, ok := postHead("Revenue · up 4% · in 2023", false); ok {
		t.Error("a line of figures read as a post's head")
	}
}

// TestTitleOverPlaceAndDay: a first paragraph of a title and the place and
// day it was written ("Nairobi, 18 January 2018") dates the document and
// names it.
func TestTitleOverPlaceAndDay(t *testing.T) {
	doc, err := Read(strings.NewReader("Fuel subsidy reform\nNairobi, 18 January 2018\n\nThe levy will not reach Parliament this month.\n"), "n.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := bodyOf(t, doc); s.Citation.Date.String() != "2018-01-18" || doc.Title != "Fuel subsidy reform" {
		t.Errorf("dated %s, titled %q; want 2018-01-18, \"Fuel subsidy reform\":\n%s", s.Citation.Date, doc.Title, dump(doc))
	}
}

// TestHeadingOutlets: a dated heading that names an outlet or a body
// before its day cites what is under it to that outlet; a place or a
// title of words before the day names none.
func TestHeadingOutlets(t *testing.T) {
	tests := []struct{ heading, outlet string }{
		{"## BBC, January 28, 2019", "BBC"},
		{"## Department of Water Resources, January 28, 2019", "Department of Water Resources"},
		{"## 2. The Guardian, 9 June 2020 - Air bridges talks stall", "The Guardian"},
		{"## Monticello, Dec. 3, 1801", ""},
		{"## County Alert Thread, 8 February 2025", ""},
	}
	for _, tt := range tests {
		doc, err := Read(strings.NewReader("# Brief\n\nMarch 4, 2019\n\n"+tt.heading+"\n\nWe received 14 requests earlier this month.\n"), "b.md", Options{Markdown: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range doc.Sections {
			if strings.HasPrefix(s.Text, "We received") && s.Citation.Outlet != tt.outlet {
				t.Errorf("%s: cited to %q, want %q", tt.heading, s.Citation.Outlet, tt.outlet)
			}
		}
	}
}

// TestHeaderOverPlaceAndDay: a header of a title, a byline and the place
// and day (three short lines) dates the document and names it.
func TestHeaderOverPlaceAndDay(t *testing.T) {
	in := "Fuel subsidy reform: reading the signals\nCommentary by Amina Odhiambo, Senior Analyst\nNairobi, 18 January 2018\n\nThe levy will not reach Parliament this month, the ministry says.\n"
	doc, err := Read(strings.NewReader(in), "n.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := bodyOf(t, doc); s.Citation.Date.String() != "2018-01-18" || doc.Title != "Fuel subsidy reform: reading the signals" {
		t.Errorf("dated %s, titled %q:\n%s", s.Citation.Date, doc.Title, dump(doc))
	}
}
