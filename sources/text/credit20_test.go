package text

import (
	"maps"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestExcerptCredits: the ways compilations credit an excerpt to its
// source: a label over a "Source:" line opens the excerpt under it; a
// credit opening a line ("According to Reuters (3 March 2019): ...", a
// list of "- **Outlet (date):** ..." items) introduces the text after it
// on that line.
func TestExcerptCredits(t *testing.T) {
	tests := []struct {
		name string
		md   bool
		in   string
		want []section
	}{
		{
			name: "labelled excerpts, each over its source line",
			in: "Briefing\nDate of this briefing: 30 April 2021.\n\n" +
				"Excerpt 1\nSource: National Radio, transcript, 6 April 2021\n\nMINISTER: I signed it yesterday.\n\n" +
				"Excerpt 2\nSource: Channel 5 News, 22 April 2021\n\nThe doses arrived on Tuesday.\n",
			want: []section{
				{kind: B, text: "Briefing", date: "2021-04-30", from: "header-line"},
				{kind: CL, text: "Date of this briefing", date: "2021-04-30", from: "header-line"},
				{kind: H, text: "Excerpt 1", date: "2021-04-30", from: "header-line"},
				{kind: CL, text: "Source: National Radio", outlet: "National Radio", date: "2021-04-06", from: "citation"},
				{kind: X, text: "MINISTER", outlet: "National Radio", date: "2021-04-06", from: "citation"},
				{kind: H, text: "Excerpt 2", date: "2021-04-30", from: "header-line"},
				{kind: CL, text: "Source: Channel 5", outlet: "Channel 5 News", date: "2021-04-22", from: "citation"},
				{kind: X, text: "The doses", outlet: "Channel 5 News", date: "2021-04-22", from: "citation"},
			},
		},
		{
			name: "labelled excerpts, each closed by its source line",
			in: "DUE DILIGENCE BRIEF\nPrepared by: Fair Fibre Initiative\nDate of brief: 18 January 2024\n\n" +
				"Excerpt 1\n\"Workers told us they had not been paid since October.\"\nSource: Worker Rights Consortium, field report, 6 December 2023\n\n" +
				"Excerpt 2\n\"Inspectors raided the factory yesterday.\"\nSource: The Daily Star (Dhaka), 21 December 2023\n\n" +
				"Desk note: We asked for comment on Tuesday.\n",
			want: []section{
				{kind: H, text: "DUE DILIGENCE BRIEF", date: "2024-01-18", from: "header-line"},
				{kind: B, text: "Prepared by", date: "2024-01-18", from: "header-line"},
				{kind: CL, text: "Date of brief", date: "2024-01-18", from: "header-line"},
				{kind: H, text: "Excerpt 1", date: "2024-01-18", from: "header-line"},
				{kind: X, text: "\"Workers told us", outlet: "Worker Rights Consortium", date: "2023-12-06", from: "citation"},
				{kind: CL, text: "Source: Worker Rights", outlet: "Worker Rights Consortium", date: "2023-12-06", from: "citation"},
				{kind: H, text: "Excerpt 2", date: "2024-01-18", from: "header-line"},
				{kind: X, text: "\"Inspectors raided", outlet: "The Daily Star (Dhaka)", date: "2023-12-21", from: "citation"},
				{kind: CL, text: "Source: The Daily Star", outlet: "The Daily Star (Dhaka)", date: "2023-12-21", from: "citation"},
				{kind: B, text: "Desk note", date: "2024-01-18", from: "header-line"},
			},
		},
		{
			name: "according to an outlet, its day in brackets",
			in:   "Briefing note\nDate: 20 May 2019\n\nAccording to Reuters (3 March 2019): \"The ministry said on Friday that it would act.\"\n",
			want: []section{
				{kind: B, text: "Briefing note", date: "2019-05-20", from: "header-line"},
				{kind: CL, text: "Date: 20 May 2019", date: "2019-05-20", from: "header-line"},
				{kind: CL, text: "Reuters (3 March 2019):", outlet: "Reuters", date: "2019-03-03", from: "citation"},
				{kind: X, text: "\"The ministry", outlet: "Reuters", date: "2019-03-03", from: "citation"},
			},
		},
		{
			name: "a list of items each credited in bold",
			md:   true,
			in: "## Tracker\n\n**Compiled by:** Desk, March 29, 2019\n\n" +
				"- **Reuters (March 11, 2019):** The Treasury said Monday it had acted.\n" +
				"- **Lloyd's List (March 15, 2019):** Two tankers went dark late Tuesday.\n",
			want: []section{
				{kind: H, text: "Tracker", date: "2019-03-29", from: "published-line"},
				{kind: CL, text: "Compiled by", date: "2019-03-29", from: "published-line"},
				{kind: CL, text: "Reuters (March 11, 2019)", outlet: "Reuters", date: "2019-03-11", from: "citation"},
				{kind: X, text: "The Treasury", outlet: "Reuters", date: "2019-03-11", from: "citation"},
				{kind: CL, text: "Lloyd's List", outlet: "Lloyd's List", date: "2019-03-15", from: "citation"},
				{kind: X, text: "Two tankers", outlet: "Lloyd's List", date: "2019-03-15", from: "citation"},
			},
		},
		{
			name: "a credit opening its line cites that paragraph only",
			in: "Briefing note\nDate: 20 May 2019\n\nAccording to Reuters (3 March 2019): \"The ministry acted on Friday.\"\n\n" +
				"Al Jazeera reported on 18 March 2019 that talks had collapsed.\n",
			want: []section{
				{kind: B, text: "Briefing note", date: "2019-05-20", from: "header-line"},
				{kind: CL, text: "Date: 20 May 2019", date: "2019-05-20", from: "header-line"},
				{kind: CL, text: "Reuters (3 March 2019):", outlet: "Reuters", date: "2019-03-03", from: "citation"},
				{kind: X, text: "\"The ministry", outlet: "Reuters", date: "2019-03-03", from: "citation"},
				{kind: B, text: "Al Jazeera reported", date: "2019-05-20", from: "header-line"},
			},
		},
		{
			name: "a credit naming what kind of document it cites",
			md:   true,
			in: "## Tracker\n\n**Compiled by:** Desk, March 16, 2019\n\n" +
				"- **Financial Times (March 13, 2019):** EU diplomats said the bloc would decide.\n" +
				"- **Ministry of Foreign Affairs, statement (March 14, 2019):** The ministry summoned the envoy on Wednesday.\n",
			want: []section{
				{kind: H, text: "Tracker", date: "2019-03-16", from: "published-line"},
				{kind: CL, text: "Compiled by", date: "2019-03-16", from: "published-line"},
				{kind: CL, text: "Financial Times", outlet: "Financial Times", date: "2019-03-13", from: "citation"},
				{kind: X, text: "EU diplomats", outlet: "Financial Times", date: "2019-03-13", from: "citation"},
				{kind: CL, text: "Ministry of Foreign Affairs", outlet: "Ministry of Foreign Affairs", date: "2019-03-14", from: "citation"},
				{kind: X, text: "The ministry summoned", outlet: "Ministry of Foreign Affairs", date: "2019-03-14", from: "citation"},
			},
		},
		{
			name: "a body, a company and a post's account credited",
			md:   true,
			in: "## Briefing\n\n**Compiled by:** Desk, 22 September 2022\n\n" +
				"According to the Lakeside Governor's office (19 September 2022): The governor visited the camp on Tuesday.\n\n" +
				"- **Velmora Resources plc (16 November 2021):** All workers were brought up this morning.\n\n" +
				"> Trains will not run tomorrow.\n> — @HarbourLineRail, 9:14 PM · Feb 24, 2025\n",
			want: []section{
				{kind: H, text: "Briefing", date: "2022-09-22", from: "published-line"},
				{kind: CL, text: "Compiled by", date: "2022-09-22", from: "published-line"},
				{kind: CL, text: "Lakeside Governor's office", outlet: "Lakeside Governor's office", date: "2022-09-19", from: "citation"},
				{kind: X, text: "The governor visited", outlet: "Lakeside Governor's office", date: "2022-09-19", from: "citation"},
				{kind: CL, text: "Velmora Resources plc", outlet: "Velmora Resources plc", date: "2021-11-16", from: "citation"},
				{kind: X, text: "All workers", outlet: "Velmora Resources plc", date: "2021-11-16", from: "citation"},
				{kind: X, text: "Trains will not run", outlet: "@HarbourLineRail", date: "2025-02-24", from: "citation"},
				{kind: CL, text: "— @HarbourLineRail", outlet: "@HarbourLineRail", date: "2025-02-24", from: "citation"},
			},
		},
		{
			name: "the page's own update in bold is no credit",
			md:   true,
			in:   "# Galette\n\nPosted on 2 July 2024\n\n**Update (18 August 2025):** I tested it again.\n",
			want: []section{
				{kind: H, text: "Galette", date: "2024-07-02", from: "published-line"},
				{kind: CL, text: "Posted on", date: "2024-07-02", from: "published-line"},
				{kind: B, text: "Update (18 August 2025): I tested", date: "2025-08-18", from: "label"},
			},
		},
		{
			name: "a source line right under the headline, over the story",
			in:   "Court hears appeal\nSource: Yorkshire Evening Post, 16 April 2024\n\nThe trial opened on Monday.\n",
			want: []section{
				{kind: B, text: "Court hears appeal"},
				{kind: CL, text: "Source: Yorkshire", outlet: "Yorkshire Evening Post", date: "2024-04-16", from: "citation"},
				{kind: X, text: "The trial opened", outlet: "Yorkshire Evening Post", date: "2024-04-16", from: "citation"},
			},
		},
		{
			name: "headlines, each over its source line, stay the excerpts",
			in:   "Court hears appeal\nSource: Yorkshire Evening Post, 16 April 2024\n\nFerry fares rise\nSource: Hull Daily Mail, 18 April 2024\n\nCompiled by the library.\n",
			want: []section{
				{kind: X, text: "Court hears appeal", outlet: "Yorkshire Evening Post", date: "2024-04-16", from: "citation"},
				{kind: CL, text: "Source: Yorkshire", outlet: "Yorkshire Evening Post", date: "2024-04-16", from: "citation"},
				{kind: X, text: "Ferry fares rise", outlet: "Hull Daily Mail", date: "2024-04-18", from: "citation"},
				{kind: CL, text: "Source: Hull", outlet: "Hull Daily Mail", date: "2024-04-18", from: "citation"},
				{kind: B, text: "Compiled by"},
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

// TestCitationKinds: a part of a citation that says what kind of document
// is cited, or what was done with it, names no outlet.
func TestCitationKinds(t *testing.T) {
	tests := []struct{ in, outlet, title string }{
		{"Source: National Radio Sandor, transcript, 6 April 2021", "National Radio Sandor", "transcript"},
		{"Source: Sandor Medical Association, open letter, 14 April 2021", "Sandor Medical Association", "open letter"},
		{"— Hollis Mining Ltd, Request for Arbitration, filed with ICSID on 20 February 2023", "Hollis Mining Ltd", "Request for Arbitration, filed with ICSID on"},
		{"Source: National Radio Sandor, \"Morning Report\", transcript, 6 April 2021", "National Radio Sandor", "Morning Report"},
		{"Source: Dam talks collapse. Reuters. 3 March 2019", "Reuters", "Dam talks collapse"},
		{"Source: Annual report, Ministry of Health, 2 May 2020", "Ministry of Health", "Annual report"},
	}
	if c := introCredit("The Provincial Electoral Commission, statement of 21 July 2020:", false); c == nil || c.outlet != "Provincial Electoral Commission" || c.date.String() != "2020-07-21" {
		t.Errorf("a body's statement of a day introducing its excerpt: got %+v", c)
	}
	for _, tt := range tests {
		c := parseCitation(tt.in, false)
		if c.outlet != tt.outlet || c.title != tt.title {
			t.Errorf("%q: outlet %q, title %q; want %q, %q", tt.in, c.outlet, c.title, tt.outlet, tt.title)
		}
	}
}

// TestChatMessagesMarked: each message of a chat export is a section
// marked as a message (its unstopped lines are said, not titles).
func TestChatMessagesMarked(t *testing.T) {
	in := "14/09/2021, 19:46 - Jess: The plumber comes on Wednesday\n14/09/2021, 19:47 - Sam: Dentist on Saturday\n"
	doc := Parse(in, "chat.txt", Options{})
	n := 0
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body {
			n++
			if !s.Message {
				t.Errorf("%q: not marked as a message", s.Text)
			}
		}
	}
	if n != 2 {
		t.Errorf("got %d messages, want 2\n%s", n, dump(doc))
	}
}

// TestNotedSentences: a sentence marked with a note that cites a dated
// source (a Markdown footnote, a numbered endnote under "References") is
// cited to that source and read from its day; the paragraph's other
// sentences stay the document's.
func TestNotedSentences(t *testing.T) {
	tests := []struct {
		name string
		md   bool
		in   string
		want map[string][2]string // a sentence's start: outlet, date
	}{
		{"footnotes", true, "# Detained journalists\n\n*Last updated 4 October 2020.*\n\n" +
			"Their lawyer saw them this morning.[^1] A court extended their detention on Monday.[^2] The brief ends here.\n\n" +
			"[^1]: Interview with Mira Tasić, Radio Free Orvania, 16 September 2020.\n[^2]: Bresk District Court, ruling K-311/20, 21 September 2020.\n",
			map[string][2]string{"Their lawyer": {"Radio Free Orvania", "2020-09-16"}, "A court": {"Bresk District Court", "2020-09-21"}, "The brief ends": {"", "2020-10-04"}}},
		{"a table of sources", true, "# Brief\n\nPublished 9 November 2017.\n\n| ID | Source | Date |\n|----|--------|------|\n" +
			"| S1 | Dorval Municipal Council | 16 October 2017 |\n| S2 | Agence France-Presse | 18 October 2017 |\n\n" +
			"The council said the bridge was hit late last night (S1).\n\nAFP quoted a doctor who said a victim died on Tuesday (S2).\n",
			map[string][2]string{"The council said": {"Dorval Municipal Council", "2017-10-16"}, "AFP quoted": {"Agence France-Presse", "2017-10-18"}}},
		{"endnotes", false, "Arms transfers: a review\nSeptember 2019\n\n" +
			"A UN panel reported that vehicles had been unloaded earlier this month [1]. The ministry denied it on Wednesday [2].\n\n" +
			"References\n[1] UN Panel of Experts on Kavari, S/2019/601, 25 July 2019.\n[2] Norland Ministry of Defence, press statement, 2019-06-12.\n",
			map[string][2]string{"A UN panel": {"UN Panel of Experts on Kavari", "2019-07-25"}, "The ministry denied": {"Norland Ministry of Defence", "2019-06-12"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "n.txt", Options{Markdown: tt.md})
			checkBodies(t, doc, tt.want)
			checkPositions(t, doc, tt.in)
		})
	}
}

// TestMailFullHeader: a saved message's header as a mail program writes
// it, its relay lines folded and fields of every name, dates the message
// and is no text of it.
func TestMailFullHeader(t *testing.T) {
	in := "Return-Path: <l.moreau@example.fr>\nReceived: from mail.example.fr ([192.0.2.14]) by mx.example.net\n" +
		" with ESMTPS id 4471; Wed, 18 Nov 2020 08:15:02 +0100\nDKIM-Signature: v=1; a=rsa-sha256; d=example.fr\n" +
		"Message-ID: <20201118081502.4471@example.fr>\nDate: Wed, 18 Nov 2020 08:14:57 +0100\nFrom: Laure Moreau <l.moreau@example.fr>\n" +
		"Subject: Fwd: Lift repair\nMIME-Version: 1.0\n\nThe engineer will be on site this Friday.\n"
	doc := Parse(in, "m.eml", Options{})
	var body []timeline.Section
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body {
			body = append(body, s)
		}
	}
	if len(body) != 1 || !strings.HasPrefix(body[0].Text, "The engineer") || body[0].Citation.Date.String() != "2020-11-18" || doc.Title != "Lift repair" {
		t.Errorf("got title %q, body %+v\n%s", doc.Title, body, dump(doc))
	}
}

// TestCopiedChats: chats copied from their windows. Teams writes each
// message's stamp and sender on a line of their own ("[10/4/2021 9:01
// AM] Kevin O'Brien:"); Slack writes its days without their year under
// the line saying when it was exported, and each message under its
// sender's name and time, which is no event and no title.
func TestCopiedChats(t *testing.T) {
	tests := []struct {
		name, in string
		title    string
		want     map[string][2]string // a section's start: voice, date
	}{
		{"teams", "[10/4/2021 9:01 AM] Kevin O'Brien:\nThe vendor demo got moved to Thursday.\n[10/15/2021 11:40 AM] Ana Ruiz:\nSteering committee approved it yesterday.\n",
			"", map[string][2]string{"The vendor demo": {"", "2021-10-04"}, "Steering committee": {"", "2021-10-15"}}}, // (the sender is the message's Speaker, no outlet: QA 157)
		{"slack", "Slack | #proj-atlas\nExported on 17 January 2022\n\nTuesday, January 11th\n\nRaj Patel  9:20 AM\nI think the TLS cert expired on Sunday\n\n" +
			"Friday, January 14th\n\nRaj Patel  10:30 AM\nQA found a blocker.\n\nMei Chen  10:41 AM\nRelease 4.12 ships Tuesday the 18th.\n",
			"Slack | #proj-atlas", map[string][2]string{"I think the TLS": {"", "2022-01-11"}, "QA found": {"", "2022-01-14"}, "Release 4.12": {"", "2022-01-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "chat.txt", Options{})
			checkBodies(t, doc, tt.want)
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
		})
	}
}

// checkBodies checks that each body section whose text opens with a key of
// want is cited to the outlet and dated by the day want gives it (an
// outlet "" is not checked), and that every key opens one.
func checkBodies(t *testing.T, doc *timeline.Document, want map[string][2]string) {
	t.Helper()
	want = maps.Clone(want)
	for _, s := range doc.Sections {
		for k, w := range want {
			if s.Kind == timeline.Body && strings.HasPrefix(s.Text, k) {
				if w[0] != "" && s.Citation.Outlet != w[0] || s.Citation.Date.String() != w[1] {
					t.Errorf("%q: cited to %q of %s, want %q of %s", k, s.Citation.Outlet, s.Citation.Date, w[0], w[1])
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no body section for %v\n%s", want, dump(doc))
	}
}

// TestDocumentDays: the day a document's text speaks from. A body's name
// and day under its title before any text date it (and make no statements
// of it); a meeting's dated heading dates the minutes' own sections; of a
// header's days the latest is the document's, and a header line does not
// re-date it before its story has begun; one date line under a header
// that already dates the document heads the log under it (a date line
// alone under a title still dates the document); a header line ending
// with the day its document is dated, or saying after a sentence when it
// was last updated, dates it; a title ending with the day of what the
// document is about yields to a header line dating it later. A version
// number over a changelog's entries is no day ("3.9.14", "2023.2.1").
// Datelines: the day between two dashes after the place, under a deck
// line, a line of capitals and a day with no dash (under a byline); a
// numeric day under a place is read in the document's day-month order.
func TestDocumentDays(t *testing.T) {
	tests := []struct {
		name string
		md   bool
		in   string
		want map[string][2]string
	}{
		{"a body's name under the title", false, "Annual Report 2023-24\n\nDepartment of Water Resources, 14 October 2024\n\nThe review panel delivered its final report on 12 February 2024.\n",
			map[string][2]string{"The review panel": {"", "2024-10-14"}}},
		{"minutes under a meeting's heading", true, "# Greenfield Community Trust\n\n## Minutes of the Board of Trustees meeting, 21 November 2024\n\nHeld online at 6.30 pm.\n\n" +
			"## 1. Director report\n\nThe Director said the youth hub opened yesterday.\n\n## Minutes of the Board of Trustees meeting, 23 January 2025\n\nThe roof was mended last week.\n",
			map[string][2]string{"Held online": {"", "2024-11-21"}, "The Director said": {"", "2024-11-21"}, "The roof was mended": {"", "2025-01-23"}}},
		{"a judgment over its hearing", false, "Hart v Coastal Freight Pty Ltd [2025] FCAFC 31\n\nFile number: NSD 44 of 2024\nDate of judgment: 7 March 2025\nDate of hearing: 4 February 2025\n\n" +
			"REASONS FOR JUDGMENT\n\n2. Yesterday the respondent wrote to the Court.\n",
			map[string][2]string{"2. Yesterday": {"", "2025-03-07"}}},
		{"a discharge after an admission", false, "DISCHARGE SUMMARY\n\nWard: Lister Ward\nDate of admission: 3 March 2025\nDate of discharge: 12 March 2025\n\nHe developed a wound infection on 8 March.\n",
			map[string][2]string{"He developed": {"", "2025-03-12"}}},
		{"a log's day under a dated header", false, "Serious Incident Review\nReport date: 15 February 2024\n\n23 January 2024\n\n03:50 Patient transferred to the intensive care unit.\n",
			map[string][2]string{"03:50 Patient": {"", "2024-01-23"}}},
		{"a date line alone under a title", false, "Serious Incident Review\n\n23 January 2024\n\nThe patient was moved yesterday.\n",
			map[string][2]string{"The patient was moved": {"", "2024-01-23"}}},
		{"dated at the line's end", true, "# Desk Review: Election Dispute\n\nElectoral Integrity Observatory — Desk review dated 10 August 2020\n\nThe committee met on 3 August 2020.\n\nWe spoke to staff two days ago.\n",
			map[string][2]string{"The committee met": {"", "2020-08-10"}}},
		{"updated after a sentence", true, "# Detained journalists\n\n*Press Freedom Network — brief. Last updated 4 October 2020.*\n\nA court extended their detention on Monday.\n",
			map[string][2]string{"A court": {"", "2020-10-04"}}},
		{"a title's day of the subject", true, "# Post-mortem: Payments API outage, 14 November 2023\n\nDate: 2023-11-16\n\nA review meeting was held on Wednesday.\n",
			map[string][2]string{"A review": {"", "2023-11-16"}}},
		{"a dateline's day between dashes", false, "Corvallis Reports Results\n\nREDMOND, Wash. -- August 8, 2024 -- Corvallis Software today announced results.\n",
			map[string][2]string{"REDMOND": {"", "2024-08-08"}}},
		{"a dateline under a deck", false, "Norvale and Pacific Crest to Combine\n\nCombined company will have large assets and the deal should close soon\n\nCHARLOTTE, N.C., July 16, 2024 -- Norvale said today it agreed to merge.\n",
			map[string][2]string{"Combined company": {"", "2024-07-16"}}},
		{"a dateline of capitals with no dash under a byline", false, "Cabinet clears Delhi Metro Phase IV\n\nSpecial Correspondent\nNEW DELHI, March 8, 2019\n\nThe Union Cabinet on Thursday approved Phase IV.\n",
			map[string][2]string{"The Union Cabinet": {"", "2019-03-08"}}},
		{"a numeric day under a place read in the document's order", false, "Commission acts against airlines\n\nBrussels, 04/03/2020\n\nToday, the Commission launched an action. The Regulation has applied since 17/01/2020.\n",
			map[string][2]string{"Today": {"", "2020-03-04"}}},
		{"a letter headed with a building and a town", false, "France, June 3rd 1915\nDear Mother, Harry was killed on Monday.\n\nRoyal Victoria Hospital, Netley, 4 Aug 1915\nDear Mother, I got here on Monday night.\n",
			map[string][2]string{"Dear Mother, I got here": {"", "1915-08-04"}}},
		{"a footer listing the sources drawn on", false, "ASHWORTH OF ROSSENDALE: PEDIGREE SUMMARY\n\n1. James ASHWORTH, b. abt. 1698; d. 1771.\n\nSources: Newchurch-in-Rossendale PRs; Chester wills; family papers (Ms. 14/3).\n",
			map[string][2]string{"1. James": {"", ""}}},
		{"a header of short lines, its dated byline last", false, "Equity Research | Semiconductors\nLumetra Devices (LMTR) - Initiating Coverage at Overweight\nAnalyst: R. Takahashi, CFA | 9 April 2025\n\nLumetra shares fell 8% yesterday after a rival cut prices.\n",
			map[string][2]string{"Lumetra shares": {"", "2025-04-09"}}},
		{"an event's box dates the event, not the page", false, "Carrow Colliery disaster\n\nPublished: 2 May 2021\n\nDate: 4 March 1908\nLocation: Carrow, Glamorgan\nDeaths: 212\n\nThe explosion killed 212 men on 4 March 1908.\n",
			map[string][2]string{"Location: Carrow": {"", "2021-05-02"}}},
		{"an event's box, nothing else dating the text, is the day its times count from", false, "Carrow Colliery disaster\n\nDate: 4 March 1908\nLocation: Carrow, Glamorgan\nDeaths: 212\n\nThe explosion came at 10:40.\n",
			map[string][2]string{"Location: Carrow": {"", "1908-03-04"}}},
		{"a bulletin's numbered updates, each dated", false, "DROUGHT AND WILDFIRE BULLETIN\nIssued by the Regional Fire and Drought Coordination Centre\n\nUpdate 1 - Friday 1 July 2022\nA drought alert was declared on Wednesday.\n\nUpdate 2 - Friday 8 July 2022\nThe Harrow Hill fire broke out on Monday afternoon.\n\nUpdate 5 - Friday 5 August 2022\nDrought status was formally declared on 3 August.\n",
			map[string][2]string{"A drought alert": {"", "2022-07-01"}, "The Harrow Hill": {"", "2022-07-08"}, "Drought status": {"", "2022-08-05"}}},
		{"a résumé's first job is no dateline", false, "Jane Doe — Résumé\n\nEXPERIENCE\n\nSoftware Engineer, Acme Corp, Leeds, March 2019 - June 2021\nData Analyst, Beta Ltd, 2016 - 2019\n",
			map[string][2]string{"Software Engineer": {"", ""}}},
		{"a certificate's issue is no publication of the page", false, "Sofia Lindqvist\nHead of Product at Kelpie Health\n\nAbout\nEarlier this year I joined the board.\n\nLicenses & certifications\n\nCertified Scrum Product Owner (CSPO)\nScrum Alliance\nIssued Mar 2018 · Credential ID 000712345\n",
			map[string][2]string{"Sofia Lindqvist\nHead": {"", ""}}},
		{"a table of sources under its heading, each quote opened by its number", true, "# Flood response – desk review\n\nHumanitarian Analysis Unit | Desk review | 12 August 2022\n\n## Sources\n\n| Ref | Source | Type | Date |\n|-----|--------|------|------|\n| S1 | Almar Delta Disaster Management Agency | Situation report No. 3 | 28 July 2022 |\n| S2 | Delta Voice | Article | 30 July 2022 |\n\n## Key statements\n\n**S1:** \"The embankment at Kerin breached on Tuesday night.\"\n\n**S2:** \"The first rescue boats arrived yesterday afternoon.\"\n\nWe visited the camps last week.\n",
			map[string][2]string{"S1:": {"Almar Delta Disaster Management Agency", "2022-07-28"}, "S2:": {"Delta Voice", "2022-07-30"}, "We visited": {"", "2022-08-12"}}},
		{"versions over a changelog's entries", true, "# Changelog\n\n## 3.9.14\n\nFixed the lookup parser.\n\n## 2023.2.1\n\nAdded retry logic.\n\n## 2023.02.01\n\nDropped the old API.\n",
			map[string][2]string{"Fixed the lookup": {"", ""}, "Added retry": {"", ""}, "Dropped the old": {"", "2023-02-01"}}},
		{"a clinic letter's Dictated line", false, "Department of Respiratory Medicine\nDictated: 3 February 2023\n\nI saw Mr Bradley in clinic today.\n",
			map[string][2]string{"I saw Mr Bradley": {"", "2023-02-03"}}},
		{"a place and day over the story, no blank line between", false, "LONDON, 14 March 2025\nThe launch is set for 20 March. The crew arrived on Monday.\n",
			map[string][2]string{"The launch is set": {"", "2025-03-14"}}},
		{"a title ending with its day over the story", false, "Launch update, 14 March 2025\nThe crew arrived on Monday.\n\nThe rollout went well.\n",
			map[string][2]string{"The crew arrived": {"", "2025-03-14"}}},
		{"a release's line over its contact", false, "NEWS RELEASE\nFOR IMMEDIATE RELEASE: 01/30/2025\nContact: Sgt. Maria Lopez\n\nDetectives arrested a man Wednesday.\n",
			map[string][2]string{"Contact: Sgt. Maria Lopez\n\nDetectives arrested": {"", "2025-01-30"}}},
		{"a release's line over a headline in capitals", false, "NEWS RELEASE\nFOR IMMEDIATE RELEASE: 01/30/2025\n\nARREST MADE IN SERIES OF THEFTS\n\nDetectives arrested a man Wednesday.\n",
			map[string][2]string{"Detectives arrested": {"", "2025-01-30"}}},
		{"a eulogy's line of who gave it, where and when", false, "Eulogy for Patricia Byrne\nDelivered by her son Daniel at St Brigid's Church, Clontarf, on 2 February 2019\n\nOn Tuesday night she slipped away.\n",
			map[string][2]string{"On Tuesday night": {"", "2019-02-02"}}},
		{"a sentence that opens so is no header line", false, "Letters home\nGiven by the town to the museum, the bell was rung again on 3 May 1916.\n\nShe read it on Tuesday.\n",
			map[string][2]string{"Letters home": {"", ""}}},
		{"a policy revised twice, the latest its day", true, "# Board Policy 5.3: Acceptable Use of Technology\n\nAdopted: 04/12/2019\nRevised: 11/03/2021; 09/14/2023\n\nThe committee reviewed this policy last month.\n",
			map[string][2]string{"The committee": {"", "2023-09-14"}}},
		{"terms updated before the day they take effect", true, "# Terms of Service\n\n**Last updated: 14 February 2025**\n**Effective date: 1 April 2025**\n\nLast month we announced a price increase.\n",
			map[string][2]string{"Last month": {"", "2025-02-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBodies(t, Parse(tt.in, "d.txt", Options{Markdown: tt.md}), tt.want)
		})
	}
	// (and no statement made that day, under a body's name)
	doc := Parse(tests[0].in, "r.txt", Options{})
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body && s.Statement {
			t.Errorf("%q: a statement", s.Text)
		}
	}
	// (and a date line alone under a title dates the document, no entry)
	doc = Parse(tests[5].in, "r.txt", Options{})
	if s := doc.Sections[len(doc.Sections)-1]; s.RefFrom == "heading" {
		t.Errorf("a lone date line headed an entry:\n%s", dump(doc))
	}
}

// TestSourcesFooter: a line listing the works a text drew on ("Sources:
// A; B; C") credits none of them with the text.
func TestSourcesFooter(t *testing.T) {
	doc := Parse("ASHWORTH OF ROSSENDALE: PEDIGREE SUMMARY\n\n1. James ASHWORTH, b. abt. 1698; d. 1771.\n\nSources: Newchurch-in-Rossendale PRs; Chester wills; family papers (Ms. 14/3).\n", "p.txt", Options{})
	if s := bodyAt(t, doc, "1. James"); s.Citation.Outlet != "" {
		t.Errorf("the pedigree is credited to %q", s.Citation.Outlet)
	}
}

// bodyAt returns the body section of doc whose text opens with prefix,
// failing the test when there is none.
func bodyAt(t *testing.T, doc *timeline.Document, prefix string) timeline.Section {
	t.Helper()
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body && strings.HasPrefix(s.Text, prefix) {
			return s
		}
	}
	t.Fatalf("no body section opens with %q:\n%s", prefix, dump(doc))
	return timeline.Section{}
}

// TestReleaseListIsNoCredits: "Harbor 23.4 (April 2023): funnels" in a
// list of releases is a release and its month, no source credited with
// the items after it; nor is an item's month in brackets without bold.
func TestReleaseListIsNoCredits(t *testing.T) {
	for _, in := range []string{
		"# Harbor release log\n\nPosted January 9, 2024.\n\n- Harbor 23.4 (April 2023): funnels and cohort charts.\n- Harbor 23.7 shipped in July 2023 with the REST API v2 beta.\n",
		"# Harbor roadmap\n\nLast year we shipped:\n\n- Funnels (April 2023): cohort charts\n- Harbor 23.7 shipped in July 2023 with the REST API v2 beta\n",
	} {
		doc := Parse(in, "h.md", Options{Markdown: true})
		found := false
		for _, s := range doc.Sections {
			found = found || s.Kind == timeline.Body && strings.Contains(s.Text, "(April 2023)")
			if s.Citation.Outlet != "" || s.Kind == timeline.CitationLine && strings.Contains(s.Text, "(April 2023)") {
				t.Errorf("%q: credited to %q (%v)\n%s", s.Text, s.Citation.Outlet, s.Kind, dump(doc))
			}
		}
		if !found {
			t.Errorf("no body holds the release of April 2023:\n%s", dump(doc))
		}
	}
}

// TestTitleEndingWithCompany: a title line that ends with a company's
// stop ("Holdings, Inc.") is still the document's title.
func TestTitleEndingWithCompany(t *testing.T) {
	doc := Parse("Timeline of Granite Peak Retail Holdings, Inc.\n\nLast updated: June 3, 2024.\n\n- 01/21/2024 - Debtors file voluntary chapter 11 petitions in Delaware.\n", "g.txt", Options{})
	if doc.Title != "Timeline of Granite Peak Retail Holdings, Inc." {
		t.Errorf("title %q", doc.Title)
	}
}

// TestFilingCover: a filing opening with the regulator's cover is named
// by its registrant and its form, and its sign-off makes no statement.
func TestFilingCover(t *testing.T) {
	for _, in := range []string{
		"UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\nCURRENT REPORT\n\nDate of Report (Date of earliest event reported): March 4, 2024\n\nBRIGHTWATER THERAPEUTICS, INC.\n\nOn March 4, 2024, Dr. Alan Pierce resigned.\n\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf.\n",
		"UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\nCURRENT REPORT\n\nDate of Report (Date of earliest event reported): March 4, 2024\n\nBRIGHTWATER THERAPEUTICS, INC.\n\nOn March 4, 2024, Dr. Alan Pierce resigned.\n\nSIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf.\n",
	} {
		doc := Parse(in, "8k.txt", Options{})
		if doc.Title != "BRIGHTWATER THERAPEUTICS, INC. – FORM 8-K" {
			t.Errorf("title %q", doc.Title)
		}
		for _, s := range doc.Sections {
			if strings.HasPrefix(s.Text, "Pursuant") && s.Kind == timeline.Body {
				t.Errorf("the sign-off is a body (statement %v):\n%s", s.Statement, dump(doc))
			}
		}
	}
}

// TestBriefingPaperIsNoStatement: a written briefing ("Briefing on the
// IPCC") is no statement made on its day, as a press briefing is.
func TestBriefingPaperIsNoStatement(t *testing.T) {
	for in, want := range map[string]bool{
		"Briefing on the IPCC\nPublished 21 March 2023\n\nThe panel approved the report on Sunday.\n":      false,
		"Daily Press Briefing\nPublished 21 March 2023\n\nThe spokesperson said the talks would resume.\n": true,
	} {
		doc := Parse(in, "b.txt", Options{})
		if s := bodyAt(t, doc, "The "); s.Statement != want {
			t.Errorf("%q: statement %v, want %v", doc.Title, s.Statement, want)
		}
	}
}

// TestEncyclopediaTitle: a club's name ending with its stop ("Brennport
// Athletic F.C.") is the title, and the encyclopedia's banner no title.
func TestEncyclopediaTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Brennport Athletic F.C.\n\nFrom Wikipedia, the free encyclopedia\n\nAthletic joined the Northern League in 1894.\n": "Brennport Athletic F.C.",
		"From Wikipedia, the free encyclopedia\n\nAthletic joined the Northern League in 1894.\n":                            "",
	} {
		doc := Parse(in, "w.txt", Options{})
		if s := bodyAt(t, doc, "Athletic joined"); s.Citation.Title != want {
			t.Errorf("the body is titled %q, want %q\n%s", s.Citation.Title, want, dump(doc))
		}
	}
}

// TestNoteMarksNoLink: "[2][3]" after a sentence are two notes' marks, no
// reference link to strip down to "2".
func TestNoteMarksNoLink(t *testing.T) {
	doc := Parse("# St Aidan's\n\nIt was consecrated on 23 April 1892, St George's Day.[2][3]\n", "s.md", Options{Markdown: true})
	if s := bodyAt(t, doc, "It was consecrated"); !strings.HasSuffix(s.Text, "Day.[2][3]") {
		t.Errorf("text %q", s.Text)
	}
}
