package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestHeaderLines checks the header of a story written without blank lines
// between its lines: the title stays the document's title, the byline,
// Published and Updated lines are metadata, and the publication date is the
// reference date whatever the order of the lines.
func TestHeaderLines(t *testing.T) {
	const story = "\n\nThe harbour board voted on Tuesday to dredge the eastern basin.\n"
	tests := []struct {
		name   string
		header string
		date   string
		from   string
		meta   []string // the metadata lines, in order
	}{
		{
			name:   "byline and published",
			header: "Harbour to be dredged\nBy Tomas Reyes\nPublished: 3 March 2021",
			date:   "2021-03-03", from: "published-line",
			meta: []string{"By Tomas Reyes", "Published: 3 March 2021"},
		},
		{
			name:   "published and updated with a time",
			header: "Harbour to be dredged\nPublished: 3 March 2021\nUpdated: 5 March 2021, 08:15",
			date:   "2021-03-03", from: "published-line",
			meta: []string{"Published: 3 March 2021", "Updated: 5 March 2021, 08:15"},
		},
		{
			name:   "all three",
			header: "Harbour to be dredged\nBy Tomas Reyes\nPublished: 3 March 2021\nUpdated: 5 March 2021, 08:15",
			date:   "2021-03-03", from: "published-line",
			meta: []string{"By Tomas Reyes", "Published: 3 March 2021", "Updated: 5 March 2021, 08:15"},
		},
		{
			name:   "updated first, times on both",
			header: "Harbour to be dredged\nUpdated: 5 March 2021 at 08:15\nBy Tomas Reyes\nPublished: 3 March 2021 at 17:40",
			date:   "2021-03-03", from: "published-line",
			meta: []string{"Updated: 5 March 2021 at 08:15", "By Tomas Reyes", "Published: 3 March 2021 at 17:40"},
		},
		{
			name:   "emphasized lines",
			header: "Harbour to be dredged\n*By Tomas Reyes*\n**Published:** 3 March 2021",
			date:   "2021-03-03", from: "published-line",
			meta: []string{"By Tomas Reyes", "Published: 3 March 2021"},
		},
		{
			name:   "updated alone",
			header: "Harbour to be dredged\nBy Tomas Reyes\nLast updated 5 March 2021, 08:15",
			date:   "2021-03-05", from: "published-line",
			meta: []string{"By Tomas Reyes", "Last updated 5 March 2021, 08:15"},
		},
		{
			name:   "date under the title",
			header: "Harbour to be dredged\nFriday, 5 March 2021",
			date:   "2021-03-05", from: "document",
			meta: []string{"Friday, 5 March 2021"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.header + story
			doc := Parse(in, "t.txt", Options{})
			checkPositions(t, doc, in)
			if doc.Title != "Harbour to be dredged" {
				t.Errorf("title = %q, want the first line", doc.Title)
			}
			var meta []string
			var body *timeline.Section
			for i := range doc.Sections {
				s := &doc.Sections[i]
				switch s.Kind {
				case timeline.CitationLine:
					meta = append(meta, strings.NewReplacer("*", "").Replace(s.Text))
				case timeline.Body:
					if body != nil {
						t.Errorf("a second body section %q: header lines must not be story", s.Text)
					}
					body = s
				}
			}
			if strings.Join(meta, "|") != strings.Join(tt.meta, "|") {
				t.Errorf("metadata lines = %q, want %q\n%s", meta, tt.meta, dump(doc))
			}
			if body == nil || !strings.HasPrefix(body.Text, "The harbour board") {
				t.Fatalf("body is not the story:\n%s", dump(doc))
			}
			if body.Citation.Date != date(t, tt.date) || body.RefFrom != tt.from {
				t.Errorf("ref = %s from %q, want %s from %q", body.Citation.Date, body.RefFrom, tt.date, tt.from)
			}
			if body.Citation.Title != "Harbour to be dredged" {
				t.Errorf("citation title = %q", body.Citation.Title)
			}
		})
	}
}

// TestHeaderSplitLimits checks what is not cut out of a paragraph: a date
// opening a diary's entry, and metadata-like lines past the header.
func TestHeaderSplitLimits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []section
	}{
		{
			name: "a date opening an entry dates the entry",
			in:   "Monday, 3 May 2021\nWent to the harbour and watched the new tug come in.\n",
			want: []section{{kind: H, text: "Monday, 3 May 2021"}, {kind: B, text: "Went to", date: "2021-05-03", from: "heading"}},
		},
		{
			name: "a date opening a header with a byline",
			in:   "Monday, 3 May 2021\nBy Tomas Reyes\n\nThe harbour board met on Friday to discuss the new tug for the eastern basin.\n",
			want: []section{
				{kind: CL, text: "Monday, 3 May 2021", date: "2021-05-03", from: "document"},
				{kind: CL, text: "By Tomas Reyes", date: "2021-05-03", from: "document"},
				{kind: B, text: "The harbour board", date: "2021-05-03", from: "document"},
			},
		},
		{
			name: "past the header a paragraph stays whole",
			in: "Harbour news\n\nThe board met on Friday, as it does every month, to hear the harbour master.\n\n" +
				"It heard about the tug.\n\nThen it broke for lunch.\n\nAfter lunch it heard from the pilots\nFriday, 5 March 2021\n",
			want: []section{
				{kind: H, text: "Harbour news"},
				{kind: B, text: "The board met"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			checkPositions(t, doc, tt.in)
			checkSections(t, doc, tt.want)
		})
	}
}

// TestHeaderDate checks the header lines that date a speech, an interview
// or minutes, and that such a document is a statement.
func TestHeaderDate(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		ref       string // --ref-date
		date      string
		from      string
		statement bool
	}{
		{name: "delivered", in: "Address of the Harbour Master to the port workers\nDelivered 2 October 2016, Valletta\n\nToday we mark ten years of the new quay.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "delivered wins over the flag", ref: "2020-01-01", in: "Address of the Harbour Master to the port workers\nDelivered 2 October 2016, Valletta\n\nToday we mark ten years of the new quay.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "conducted on, with a clause", in: "A talk with a lighthouse keeper\nConducted on 11 August 2018, a week before the light was automated.\n\nQ: When did you start?\nA: Thirty years ago.\n", date: "2018-08-11", from: "header-line", statement: true},
		{name: "meeting held on", in: "Harbour committee\n\nMeeting held on 9 April 2019.\n\nThe committee agreed on Monday to buy a new tug.\n", date: "2019-04-09", from: "header-line", statement: true},
		{name: "date label", in: "Minutes of the harbour committee\n\nDate: 9 April 2019\n\nThe committee agreed on Monday to buy a new tug.\n", date: "2019-04-09", from: "header-line", statement: true},
		{name: "as prepared for delivery", in: "Remarks as prepared for delivery, Valletta, 2 October 2016\n\nToday we mark ten years of the new quay, and it has been a long road for all of us here.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "minutes by their title", in: "Harbour committee minutes\n\nThe committee agreed to buy a new tug.\n", statement: true},
		{name: "minutes in a title's words are not minutes", in: "Ten minutes that saved the harbour\n\nThe tug arrived just in time.\n"},
		{name: "transcript with a dash", in: "Transcript — 11 August 2018\n\nQ: When did you start?\nA: Thirty years ago.\n", date: "2018-08-11", from: "header-line", statement: true},
		// The day the words were made wins over their publication on lines
		// of their own as on one line (below); a header line that does not
		// say the words were made then does not.
		{name: "a delivered line wins over a published line", in: "Address of the Harbour Master\nPublished: 4 October 2016\nDelivered 2 October 2016\n\nToday we mark ten years.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "a delivered line above a published line", in: "Address of the Harbour Master\nDelivered 2 October 2016\nPublished: 4 October 2016\n\nToday we mark ten years.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "recorded and released on two lines", in: "The Quay Podcast, Episode 31\nRecorded 9 April 2024.\nReleased 11 April 2024.\n\nANA: Big news last week.\n", date: "2024-04-09", from: "header-line", statement: true},
		{name: "released and recorded in paragraphs of their own", in: "The Quay Podcast, Episode 31\n\nReleased: 11 April 2024\n\nRecorded: 9 April 2024\n\nANA: Big news last week.\n", date: "2024-04-09", from: "header-line", statement: true},
		{name: "an interview conducted, then published", in: "A talk with a lighthouse keeper\nPublished 20 August 2018\nConducted on 11 August 2018 in Gozo\n\nQ: When did you start?\nA: Thirty years ago.\n", date: "2018-08-11", from: "header-line", statement: true},
		{name: "a reporting month", in: "# Status\n\nReporting month: May 2024\n\nTesting slipped last month.\n", date: "2024-05", from: "header-line"},
		{name: "a reporting period under the date line", in: "# Update 14\n\nPrepared by: Halden Build\nDate: 10 November 2025\nReporting period: October 2025\n\nWorks slipped last month.\n", date: "2025-11-10", from: "header-line"},
		{name: "an as-of line", in: "Stock report\n\nAs of: 10 May 2024\n\nOrders fell last week.\n", date: "2024-05-10", from: "header-line"},
		{name: "a court record's opening paragraph", in: "REPORT OF PROCEEDINGS had at the trial of the above-entitled cause before the Honorable ANGELA M. REYES, Judge of said Court, on the 9th day of May, 2023.\n\nTHE COURT: We resume tomorrow at 9:30.\n", date: "2023-05-09", from: "header-line", statement: true},
		{name: "a caption in its column of brackets, then the place and day", in: "STATE OF ARIZONA,                 )\n            Plaintiff,            )\n      vs.                         )   No. CR2021-004417-001\nDERRICK LAMONT HAYES,             )\n            Defendant.            )\n\nREPORTER'S TRANSCRIPT OF PROCEEDINGS\nPhoenix, Arizona\nJune 9, 2022\n\nMR. CHEN: We only received the exhibit last Friday.\n", date: "2022-06-09", from: "document", statement: true},
		{name: "a meeting record's Held label", in: "# Harbourview Community Health Trust\n\n**Held:** 15 February 2024, 6:00 pm, Boardroom B and via Teams\n\n**Decision:** The Board approved the revised 2024/25 budget.\n", date: "2024-02-15", from: "header-line", statement: true},
		{name: "a wire's stamp with how long ago it was updated", in: "Ofwat fines Thames Water\n\nMarch 3, 2025 11:42 AM GMT Updated 2 hours ago\n\nOfwat fined Thames Water on Monday.\n", date: "2025-03-03", from: "document"},
		{name: "a depositary's status line", in: "# Status of the Convention\n\n*Status as at 1 July 2024.*\n\nDenmark ratified it last month.\n", date: "2024-07-01", from: "header-line"},
		{name: "a date line under a court's long caption", in: "HIGH COURT OF JUSTICE\nPRESS SUMMARY\n\nR (on the application of Coastal Communities Alliance) v Secretary of State for Environment, Food and Rural Affairs\n[2024] EWHC 611 (Admin)\n\nDate of judgment: 15/03/2024\n\nToday the court quashed the licence.\n", date: "2024-03-15", from: "header-line", statement: false},
		{name: "a filed line wins over a published line", in: "COURT OF APPEALS\n\nPublished: March 6, 2023\n\nFiled: March 3, 2023\n\nLast week the defendant refused to pay.\n", date: "2023-03-03", from: "header-line"},
		{name: "a delivered line wins over an updated line", in: "Address of the Harbour Master\nUpdated: 5 October 2016\nDelivered 2 October 2016\n\nToday we mark ten years.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "published wins over a transcript line", in: "Transcript — 11 August 2018\nPublished: 13 August 2018\n\nQ: When did you start?\nA: Thirty years ago.\n", date: "2018-08-13", from: "published-line", statement: true},
		{name: "published wins over a cover line", in: "Annual Review\n\n12 March 2024 | Harbour Trust | Valletta\n\nPublished: 14 March 2024\n\nThe trust bought a tug last week.\n", date: "2024-03-14", from: "published-line"},
		{name: "a delivered line past the opening is story", in: "Address of the Harbour Master\nPublished: 4 October 2016\n\nThe quay was built over ten years by the port authority, with money from the state and from the shipping lines that use it today.\n\nThe first stone was laid in 2006 and the work went on for a decade.\n\nDelivered 2 October 2016\n", date: "2016-10-04", from: "published-line"},
		{name: "not past the opening", in: "The quay was built over ten years by the port authority, with money from the state and from the shipping lines that use it today.\n\nThe first stone was laid in 2006 and the work went on for a decade.\n\nMeeting held on 9 April 2019.\n", from: ""},
		{name: "a sentence of the story is no header line", in: "Napoleon was born on 15 August 1769.\n\nHe went to school in Brienne.\n", from: ""},
		{name: "a Date line under a long letterhead", in: "IN THE COURT OF APPEAL (CIVIL DIVISION)\nON APPEAL FROM THE HIGH COURT OF JUSTICE\n\nNeutral Citation Number: [2023] EWCA Civ 912\n\nCase No: CA-2022-001877\n\nRoyal Courts of Justice, Strand, London\n\nDate: 27 July 2023\n\nThe appeal was heard last week.\n", date: "2023-07-27", from: "header-line"},
		{name: "written", in: "Household notes\n\nWritten 2 January 2025\n\nThe boiler was serviced in November.\n", date: "2025-01-02", from: "header-line"},
		{name: "issued", in: "Flood warning\nIssued 14 March 2024, 06:00\n\nRivers are rising.\n", date: "2024-03-14", from: "published-line"},
		{name: "an issue line with a weekday", in: "The Harbourside Weekly\n\nIssue 47 — Friday 7 March 2025\n\nThe pool reopened on Monday.\n", date: "2025-03-07", from: "header-line"},
		{name: "cover line, date last", in: "Water for the Sahel\n\nPolicy Brief No. 41 — Centre for Dryland Studies, Brussels — March 2024\n\nLast year the rains failed across the region.\n", date: "2024-03", from: "header-line"},
		{name: "cover line, date first, bars", in: "Annual Review\n\n12 March 2024 | Harbour Trust | Valletta\n\nThe trust bought a tug.\n", date: "2024-03-12", from: "header-line"},
		{name: "cover line with a year in its name", in: "Annual Report 2023 – Harbour Trust – 12 March 2024\n\nThe trust bought a tug.\n", date: "2024-03-12", from: "header-line"},
		{name: "a dash in a sentence is no cover line", in: "The tug arrived — late, as ever — on 12 March 2024\n\nIt was towed in.\n", from: ""},
		{name: "a dated part with words is no cover line", in: "Harbour Trust — founded in March 1924\n\nThe trust bought a tug.\n", from: ""},
		{name: "recorded, with the cast after it", in: "The Quay Podcast — Episode 12: \"Dredging the basin\"\nRecorded 4 March 2024. Host: Ana Ruiz. Guest: Tomas Bergstrom, former chief pilot of the port.\n\nANA: Last year you wrote a book about the quay.\n", date: "2024-03-04", from: "header-line", statement: true},
		{name: "recorded, a clause after a comma", in: "The Quay Podcast — Episode 12\nRecorded 4 March 2024, with Tomas Bergstrom, former chief engineer of the dredging fleet\n\nANA: Last year you wrote a book about the quay.\n", date: "2024-03-04", from: "header-line", statement: true},
		// A publishing word with the date of what the document was made
		// for ("Prepared for the hearing listed for ...") is no
		// publication line; the date as its object is.
		{name: "prepared for a hearing listed for days", in: "Prepared for the final hearing listed for 10–13 March 2025.\n\nThe appeal was rejected on 24 May 2024.\n", from: ""},
		{name: "a bundle prepared for a hearing due to start", in: "Agreed chronology\n\nBundle prepared for the hearing due to start on 10 March 2025\n\nThe appeal was rejected on 24 May 2024.\n", from: ""},
		{name: "submitted for a hearing on a day", in: "Agreed chronology\n\nSubmitted for the hearing on 12 May 2025\n\nThe appeal was rejected on 24 May 2024.\n", from: ""},
		{name: "issued for a meeting scheduled for a day", in: "Agreed chronology\n\nIssued for the meeting scheduled for 4 April 2025.\n\nThe appeal was rejected on 24 May 2024.\n", from: ""},
		{name: "prepared on a day by someone", in: "Agreed chronology\n\nPrepared on 3 March 2025 by the clerk to the tribunal\n\nThe appeal was rejected on 24 May 2024.\n", date: "2025-03-03", from: "published-line"},
		{name: "prepared and its day", in: "Agreed chronology\n\nPrepared 3 March 2025\n\nThe appeal was rejected on 24 May 2024.\n", date: "2025-03-03", from: "published-line"},
		{name: "prepared for someone, then its day after a comma", in: "Agreed chronology\n\nPrepared for the Board, 3 March 2025\n\nThe appeal was rejected on 24 May 2024.\n", date: "2025-03-03", from: "published-line"},
		{name: "issued after other parts of the line", in: "Rail tour of the west\n\nBooking ref QX-1182 · Prepared for: the Berg family (3 adults, 1 child) · Issued 3 March 2025\n\nYour tour starts on Saturday.\n", date: "2025-03-03", from: "published-line"},
		{name: "a name line closing with its publication", in: "Coastal access\n\n*Harbour Library briefing, published 6 June 2024*\n\nThe bill was introduced last year.\n", date: "2024-06-06", from: "published-line"},
		{name: "last updated under a contact line", in: "Curriculum vitae\n\nDepartment of Harbour Studies · ana.ruiz@harbour.example\nLast updated: 14 January 2026\n\nI joined the department last year.\n", date: "2026-01-14", from: "published-line"},
		{name: "published after a comma inside a sentence is story", in: "Coastal access\n\nThe harbour report, published 6 June 2024, found rust on the tugs.\n\nThe bill was introduced last year.\n", from: ""},
		{name: "published after a comma past the header is story", in: "Coastal access\n\nThe bill was introduced by the harbour board after a long and bitter campaign by the pilots.\n\nIt passed in the spring, with a large majority and the support of both sides of the house.\n\nThe pilots celebrated on the quay.\n\nHarbour Library briefing, published 6 June 2024\n", from: ""},
		{name: "an issue part after others past the header is story", in: "Rail tour of the west\n\nYour tour starts on Saturday, as the booking says, and ends a week later in the city.\n\nBooking ref QX-1182 · Prepared for: the Berg family (3 adults, 1 child) · Issued 3 March 2025\n", from: ""},
		{name: "published after a comma under a later heading is an item", in: "# Harbour chronology\n\n## 2023\n\n*Harbour Library briefing, published 6 June 2023*\n\nThe dredger came in the spring.\n", from: ""},
		{name: "a day and the section after a middle dot", in: "Ocean heat drove the extinction\n\nMarch 3, 2023 · Science section\n\nThe team will present results in Vienna in April.\n", date: "2023-03-03", from: "heading", statement: true},
		{name: "a footer between hyphens saying when the report was published", in: "Ferry review\n\nThe terminal closed last year.\n\nHarbour Review - Published 9 March 2024 - page 1\n", date: "2024-03-09", from: "published-line"},
		// Several dates on one header line: the day the words were made.
		{name: "recorded and released on one line", in: "The Quay Podcast, Episode 31\nRecorded 9 April 2024. Released 11 April 2024.\n\nANA: Big news last week.\n", date: "2024-04-09", from: "header-line", statement: true},
		{name: "recorded and released, the title in the same paragraph", in: "THE QUAY PODCAST — Episode 31: \"Dredgers, at last?\"\nRecorded 9 April 2024. Released 11 April 2024.\n\n[00:00:04] ANA: Hello and welcome back. Big news last week.\n", date: "2024-04-09", from: "header-line", statement: true},
		{name: "released first, recorded after", in: "The Quay Podcast, Episode 31\n\nReleased: 11 April 2024 | Recorded: 9 April 2024\n\nANA: Big news last week.\n", date: "2024-04-09", from: "header-line", statement: true},
		{name: "recorded in a place and on a day", in: "The Quay Podcast, Episode 31\n\nRecorded at Studio 4 in Valletta on 9 April 2024 · first published 11 April 2024\n\nANA: Big news last week.\n", date: "2024-04-09", from: "header-line", statement: true},
		{name: "delivered, then published", in: "Address of the Harbour Master\nDelivered 2 October 2016, Valletta; published 4 October 2016\n\nToday we mark ten years.\n", date: "2016-10-02", from: "header-line", statement: true},
		{name: "argued and filed on one line", in: "COURT OF APPEALS\n\nArgued November 8, 2022. Filed March 3, 2023.\n\nOn June 1, 2019, officers stopped the car.\n", date: "2023-03-03", from: "header-line"},
		{name: "filmed, then premiered", in: "Harbour lives, part 3\n\nFilmed 14 May 2024 · Premiered 2 June 2024\n\nTOMAS: I came to the quay last year.\n", date: "2024-05-14", from: "header-line"},
		{name: "argued and submitted, then filed", in: "COURT OF APPEALS\n\nArgued and submitted November 8, 2022; filed March 3, 2023\n\nOn June 1, 2019, officers stopped the car.\n", date: "2023-03-03", from: "header-line"},
		{name: "date of hearing, date of judgment", in: "IN THE HIGH COURT OF JUSTICE\n\nDate of hearing: 3 May 2021. Date of judgment: 10 May 2021.\n\nThe claim was issued last year.\n", date: "2021-05-10", from: "header-line"},
		{name: "a date and the next meeting's", in: "Harbour committee\n\nDate: 3 May 2021 · Next meeting: 7 June 2021\n\nThe committee agreed on Monday to buy a new tug.\n", date: "2021-05-03", from: "header-line", statement: true},
		{name: "published and updated on one line is a published line", in: "Harbour to be dredged\n\nPublished 3 March 2021. Updated 5 March 2021.\n\nThe board voted on Tuesday.\n", date: "2021-03-03", from: "published-line"},
		{name: "updated first, then published, on one line", in: "Harbour to be dredged\n\nUpdated 5 March 2021 · Published 3 March 2021\n\nThe board voted on Tuesday.\n", date: "2021-03-03", from: "published-line"},
		{name: "two dates in a sentence are story", in: "The Quay Podcast\n\nRecorded on 9 April 2024 after the storm and released on 11 April 2024.\n\nANA: Big news last week.\n", from: ""},
		// A long header line of minutes, its date last (QA 17, A3a).
		{name: "minutes of a meeting held at a place, on a day, at a time", in: "HARTWELL TOWN COUNCIL\n\nMinutes of the ordinary meeting of the Full Council held at the Corn Exchange, Market Square, on Monday 9 September 2024 at 7.00pm\n\nThe council would meet again in October.\n", date: "2024-09-09", from: "header-line", statement: true},
		{name: "minutes of a meeting held on a day, with a full stop", in: "Hartwell Town Council\n\nMinutes of the annual meeting of the Allotments and Open Spaces Committee of Hartwell Town Council held in the Council Chamber on 3 June 2024.\n\nThe committee would meet again in July.\n", date: "2024-06-03", from: "header-line", statement: true},
		{name: "a meeting held, its date inside a sentence, is story", in: "Hartwell Town Council\n\nMinutes of the meeting held in the Corn Exchange on 9 September 2024 are approved. The next meeting is in October.\n\nThe council would meet again in October.\n", from: ""},
		// A sentence dating the document's approval, signature or making
		// (QA 17, A2 and B3), wherever it stands, when no header does.
		{name: "approved by the board, after the period covered", in: "Clearwater Wells Annual Report 2023\n\nFor the year ended 31 December 2023. Approved by the Board of Trustees on 18 April 2024.\n\nPeople gave to us last year.\n", date: "2024-04-18", from: "signature"},
		{name: "an agreement made on a day, a term defined after it", in: "SERVICES AGREEMENT\n\nThis Services Agreement (the \"Agreement\") is made on 3 February 2025 (the \"Effective Date\")\n\nBETWEEN:\n\n(1) Brightwater Analytics Limited.\n", date: "2025-02-03", from: "signature"},
		{name: "signed at the foot", in: "Letter of intent\n\nThe parties intend to agree a lease of the boathouse within three months.\n\nSIGNED by Priya Raman, Director, for and on behalf of Brightwater Analytics Limited on 3 February 2025\n", date: "2025-02-03", from: "signature"},
		{name: "a hurricane advisory's header in Atlantic time", in: "BULLETIN\nHurricane Imelda Advisory Number 12\nNWS National Hurricane Center Miami FL AL092025\n1100 AM AST Mon Sep 15 2025\n\nThe center will approach Bermuda Tuesday night.\n", date: "2025-09-15", from: "document"},
		{name: "a body's name and a dash before minutes held on a weekday and a day", in: "Parish Council — Minutes of the meeting held on Tuesday 14 January 2025\n\n1. Apologies were received from Cllr Hart.\n", date: "2025-01-14", from: "header-line", statement: true},
		{name: "minutes held on a day, at a time, in a place", in: "Minutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm in the council chamber of the old town hall\n\nThe Annual Town Meeting will follow on 6 May.\n", date: "2025-03-04", from: "header-line", statement: true},
		{name: "a competition and its day under a live page's headline", in: "# Live: Harrowgate Town 2-1 Bexley United\n\nChampionship, Tuesday 10 February 2026. KO 19:45 GMT, Kingsmead Stadium.\n\nBexley's manager said on Monday that his side must be braver.\n", date: "2026-02-10", from: "document"},
		{name: "a byline with a reading time", in: "# Plum Cake\n\nBy Katrin Holm · September 7, 2025 · 8 min read\n\nShe made this for my mother's wedding in June 1974.\n", date: "2025-09-07", from: "byline"},
		{name: "dated as an order dates itself", in: "SCHEDULING ORDER\n\n1. The parties shall exchange initial disclosures within 14 days of the date of this Order.\n\nDATED this 22nd day of January, 2026.\n", date: "2026-01-22", from: "signature"},
		{name: "dated, with a place after the date", in: "Heads of terms\n\nThe parties intend to agree a lease of the boathouse within three months.\n\nDated 3 February 2025, Bristol\n", date: "2025-02-03", from: "signature"},
		{name: "a published line beats an approval line", in: "Harbour Trust review\n\nPublished: 2 May 2024\n\nApproved by the Board of Trustees on 18 April 2024.\n\nThe trust bought a tug last year.\n", date: "2024-05-02", from: "published-line"},
		{name: "an approval in the middle of a sentence is story", in: "Harbour Trust review\n\nApproved by the Board of Trustees on 18 April 2024, the plan sets out three goals for the next decade.\n", from: ""},
		{name: "an approval of something else with two dates is story", in: "Harbour Trust review\n\nApproved on 18 April 2024 after a consultation that closed on 1 March 2024.\n", from: ""},
		{name: "a law signed by a president is no document's date", in: "The coastal act\n\nThe law was signed by the president on 3 May 2019.\n\nIt came into force a year later.\n", from: ""},
		{name: "a signature in the middle of a history is a treaty's", in: "The peace\n\nThe war ended in 1918.\n\nThe delegates met in Paris.\n\nThey argued for months.\n\nThe terms were harsh.\n\nGermany protested.\n\nThe army was cut.\n\nSigned on 28 June 1919.\n\nThe Senate refused it.\n\nThe league met in 1920.\n\nIts first session was short.\n\nThe United States stayed out.\n\nThe following year the league grew.\n", from: ""},
		{name: "approval dates win over the flag", ref: "2026-11-28", in: "Clearwater Wells Annual Report 2023\n\nApproved by the Board of Trustees on 18 April 2024.\n\nPeople gave to us last year.\n", date: "2024-04-18", from: "signature"},
		// A label naming the document's date, in the front matter under
		// other header lines (QA 20, B1), wins over the flag; not one in
		// the body, nor a date of something else.
		{name: "a document date under a prepared-by line", ref: "2026-03-04", in: "OUTLINE PLAN\nChapter 2 (extract)\n\nPrepared by the Harbour Works Office, District 4\nDocument date: June 2, 2025\n\nThe hearing will be held next month.\n", date: "2025-06-02", from: "header-line"},
		{name: "a document date under a three-line title", in: "OUTLINE PLAN FOR THE EASTERN BASIN\nQuay Wall Renewal, Phase 2\nChapter 2: Purpose and Need (extract)\n\nPrepared by the Harbour Works Office, District 4\nDocument date: June 2, 2025\n\n2.1 Background\n\nThe works began last year.\n", date: "2025-06-02", from: "header-line"},
		{name: "a date line under six header lines, each a paragraph", ref: "2026-03-04", in: "Quay inspection report\n\nPrepared by: Harbour Safety Office\n\nAuthor: Ana Ruiz\n\nVersion 2.1\n\nRef: HSO/2025/014\n\nDistribution: Board members\n\nClassification: OFFICIAL\n\nDate: 2 June 2025\n\nThe divers found rust on the piles last week.\n", date: "2025-06-02", from: "header-line"},
		{name: "a report date under six header lines in one paragraph", in: "Quay inspection report\nPrepared by: Harbour Safety Office\nAuthor: Ana Ruiz\nVersion 2.1\nRef: HSO/2025/014\nDistribution: Board members\nClassification: OFFICIAL\nReport date: 2 June 2025\n\nThe divers found rust on the piles last week.\n", date: "2025-06-02", from: "header-line"},
		{name: "an issued line under header lines", in: "Quay inspection report\n\nPrepared by: Harbour Safety Office\n\nVersion 2.1\n\nRef: HSO/2025/014\n\nIssued: 2 June 2025\n\nThe divers found rust on the piles last week.\n", date: "2025-06-02", from: "published-line"},
		{name: "a last updated line under header lines", in: "Quay inspection report\n\nAuthor: Ana Ruiz\n\nClassification: OFFICIAL\n\nLast updated: 2 June 2025\n\nThe divers found rust on the piles last week.\n", date: "2025-06-02", from: "published-line"},
		{name: "an effective date under a version line", ref: "2026-03-04", in: "Mooring policy\nVersion 3\nEffective date: 1 June 2025\nNext review date: 1 June 2026\n\nBoats must be moored by sunset from next month.\n", date: "2025-06-01", from: "header-line"},
		{name: "a dated line under a reference number", in: "Letter of instruction\n\nOur ref: HX/2207\n\nDated: 14 May 2025\n\nPlease begin the survey next week.\n", date: "2025-05-14", from: "header-line"},
		{name: "a document date after the story starts is not the document's", in: "Outline plan\n\nThe office met the pilots and agreed the plan with them after a long debate.\n\nDocument date: 2 June 2025\n\nThe hearing will be held next month.\n", from: ""},
		{name: "a date of birth is no document's date", in: "Curriculum vitae\n\nAna Ruiz\n\nDate of birth: 3 May 1990\n\nI joined the harbour office last year.\n", from: ""},
		{name: "a review date alone is no document's date", in: "Mooring policy\n\nNext review date: 1 June 2026\n\nBoats must be moored by sunset.\n", from: ""},
		{name: "a date line in a letter's quoted reply is not the letter's", ref: "2026-03-04", in: "Re: boathouse lease\n\nDear Ms Ruiz,\n\nThank you for your reply, which I quote below so that the board can read it in full before we meet.\n\n> Date: 3 March 2024\n> Subject: boathouse\n>\n> We cannot agree to the new rent before the survey is done.\n\nWe will write again next month.\n", from: ""},
		{name: "a date line quoted in a letter's body is not the letter's", in: "Re: boathouse lease\n\nDear Ms Ruiz,\n\nThank you for your reply, which I copy below so that the board can read it in full before we meet.\n\nDate: 3 March 2024\nSubject: boathouse\nWe cannot agree to the new rent before the survey is done.\n\nWe will write again next month.\n", from: ""},
		{name: "a sentence under the headline is no dateline", in: "Harbour news\nValletta won the regatta on 14 January 2024 after a long wait.\n\nThe crews celebrated last week.\n", from: ""},
		{name: "a dateline under a headline, no blank line between", ref: "2026-03-04", in: "Acme results\nAUSTIN, Texas, Oct. 28, 2025 -- Acme today reported results.\n", date: "2025-10-28", from: "dateline"},
		{name: "a dateline under a two-line headline", in: "Acme results\nSales up in every region\nAUSTIN, Texas, Oct. 28, 2025 -- Acme today reported results.\n", date: "2025-10-28", from: "dateline"},
		{name: "a dateline under a headline and its subtitle, a blank line between", in: "Acme results\nSales up in every region\n\nAUSTIN, Texas, Oct. 28, 2025 -- Acme today reported results.\n", date: "2025-10-28", from: "dateline"},
		// A dated byline a few lines below the headline (QA 22, B9), and
		// not far below it.
		{name: "a dated byline under a standfirst and a picture credit", in: "Town win again\n\nThe deal is off for now, both sides said.\n\nPictures: Jo Bloggs\n\nBy Sam Whitlow, Saturday 13 September 2025\n\nTown won this afternoon.\n", date: "2025-09-13", from: "byline"},
		{name: "a dated byline under two paragraphs of story", in: "Town win again\n\nTown won this afternoon, and the fans sang.\n\nThey host Blyth on Tuesday, under the lights.\n\nBy Sam Whitlow, Saturday 13 September 2025\n", from: ""},
		// A masthead naming the issue and its month or season (QA 22, A5):
		// the document is dated to that month or season.
		{name: "an issue and its month under the title", in: "St Aldhelm's Village News\nIssue 211 — October 2025\n\nThe clocks go back on Sunday 26 October.\n", date: "2025-10", from: "header-line"},
		{name: "an issue and its month in a paragraph of its own", in: "ST ALDHELM'S VILLAGE NEWS\n\nIssue 211 — October 2025\n\nThe clocks go back on Sunday 26 October.\n", date: "2025-10", from: "header-line"},
		{name: "a volume, a number and a season", in: "The Towpath\nVol. 12, No. 3 — Spring 2024\n\nThe lock gates were replaced last month.\n", date: "2024-SP", from: "header-line"},
		{name: "a number and a month after a bar", in: "Allotment Notes\nNo. 48 | March 2025\n\nSeed potatoes are in the shed.\n", date: "2025-03", from: "header-line"},
		{name: "a name and the month's issue", in: "The Parish Pump — October 2025 issue\n\nThe clocks go back on Sunday 26 October.\n", date: "2025-10", from: "header-line"},
		{name: "a name and the month's issue under the title", in: "Village news\nThe Parish Pump — October 2025 issue\n\nThe clocks go back on Sunday 26 October.\n", date: "2025-10", from: "header-line"},
		{name: "a winter across two years", in: "Harbour Friends\nNewsletter 31 — Winter 2024/25\n\nThe slipway reopened in November.\n", date: "2024-WI", from: "header-line"},
		{name: "a bold masthead, the issue's number before its season", in: "# The Brackley Lantern\n\n**Newsletter of the Brackley Historical Society — Issue 87, Autumn 2025**\n\nOur October meeting drew 64 members.\n", date: "2025-FA", from: "header-line"},
		{name: "a society's name, then its newsletter's number and season", in: "Marlow Local History Society — Newsletter No. 142, Spring 2024\n\nThe trust was wound up in 1878.\nOur next meeting is on Thursday 21 March.\n", date: "2024-SP", from: "header-line"},
		{name: "a bulletin's number and month", in: "Kesworth Civic Society — Bulletin 17, March 2025\n\nThe mill closed in 1965.\n", date: "2025-03", from: "header-line"},
		{name: "a newsletter's issue after a bar", in: "The Towpath | Newsletter Issue 9, Autumn 2023\n\nThe lock gates were replaced in 1911.\n", date: "2023-FA", from: "header-line"},
		{name: "a newsletter's number between dashes", in: "Brackley Naturalists — Newsletter No. 12 — Winter 2024/25\n\nThe meadow was drained in 1890.\n", date: "2024-WI", from: "header-line"},
		{name: "a newsletter told of in a sentence is no masthead", in: "Village notes\n\nThe society's newsletter No. 142, Spring 2024, told of the trust.\n\nThe trust was wound up in 1878.\n", from: ""},
		{name: "a line naming the document, then its submission", in: "# Work plan\n\nApplication to the Fund, Round 7. Submitted 30 September 2024.\n\nThe review will take place next month.\n", date: "2024-09-30", from: "published-line"},
		{name: "a publisher's name and the year of its edition", in: "Kesworth Walks\n\nKesworth Civic Society, 2024 edition\n\nThe mill closed in 1965.\n", date: "2024", from: "header-line"},
		{name: "a masthead wins over the flag", ref: "2026-01-05", in: "St Aldhelm's Village News\nIssue 211 — October 2025\n\nThe clocks go back on Sunday 26 October.\n", date: "2025-10", from: "header-line"},
		{name: "an issue of a report in a sentence is no masthead", in: "Quarterly report\n\nIssue 3 of the report covers October 2025 to March 2026.\n\nThe works began last year.\n", from: ""},
		{name: "an issue of a report in the body is no masthead", in: "Quarterly report\n\nThe works began last year, and the second phase starts in the spring if the money comes through.\n\nIssue 3 of the report covers October 2025 to March 2026\n", from: ""},
		{name: "two items of a list under the title are no masthead", in: "What's on\nHarvest Supper — October 2025\nBarn Dance — November 2025\n\nTickets are at the shop.\n", from: ""},
		{name: "a season across two years that do not follow is no date", in: "Harbour Friends\nNewsletter 31 — Spring 2024/26\n\nThe slipway reopened.\n", from: ""},
		{name: "a log's heading with its day and a title", in: "# Lab log\n\n## 14 March 2025 — Cluster back\n\nThe queue cleared this morning.\n", date: "2025-03-14", from: "heading", statement: true},
		{name: "a sentence wrapped before its date is no date line", in: "Staff notes\n\nThe contracts of three assistants were extended until\n31 December 2025.\n\nThe union meets the director next Tuesday.\n", from: ""},
		{name: "a sentence wrapped before its month is no date line", in: "Staff notes\n\nThe roof of the east wing was last inspected in\nMarch 2019.\n\nIt leaks.\n", from: ""},
		{name: "an embargo line dates the release", in: "EMBARGOED UNTIL 00:01 BST Thursday 5 June 2025\n\nPRESS RELEASE\n\nThe Trust today publishes its survey.\n", date: "2025-06-05", from: "published-line"},
		{name: "a last reviewed line dates the page", in: "# Roadmap\n\n_Last reviewed: 2 February 2026 by the product council._\n\nThe export was promised in December.\n", date: "2026-02-02", from: "published-line"},
		{name: "a night shift's log is dated by the day it began", in: "INCIDENT LOG\nShift: Night, Saturday 8 March 2025 into Sunday 9 March 2025\n\n2205  Call from the licensee.\n", date: "2025-03-08", from: "header-line"},
		{name: "two days that do not follow are no shift", in: "INCIDENT LOG\nShift: Saturday 8 March 2025 into Sunday 16 March 2025\n\n2205  Call from the licensee.\n", from: ""},
		{name: "a last revised line in italics", in: "# Plan\n\n_Last revised: 3 February 2026._\n\nThe survey began on 2 February.\n", date: "2026-02-03", from: "published-line"},
		{name: "a course's department and its term", in: "HIST 2214: Cities and Plagues\nDepartment of History, Autumn Term 2025\nConvenor: Dr Annika Solberg\n\nWeek 4 (29 Sept): London.\n", date: "2025-FA", from: "header-line"},
		{name: "a comma in a sentence is no course's term", in: "Harbour news\nThe regatta, Spring 2025 was wet, ended.\n\nThe crews met last week.\n", from: ""},
		{name: "a long line is no header line", in: "Delivered on 2 October 2016 by the outgoing Harbour Master to an audience of port workers, pilots, tug crews and their families, who came from all over the island.\n\nToday we mark ten years.\n", from: ""},
		// a sentence that opens a document and ends with what it names
		// "published in <month>" tells of that thing, no date of the
		// document; a name line closing with its publication still dates it
		{name: "a sentence of another thing published", in: "The new rules supersede the old handbook, published in December 2022.\n", from: ""},
		{name: "a sentence, then more text", in: "The new rules supersede the old handbook, published in December 2022.\n\nThey apply to all staff.\n", from: ""},
		{name: "a name line published", in: "Harbour Library briefing, published in March 2024\n\nThe bill was introduced last year.\n", date: "2024-03", from: "published-line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{RefDate: date(t, tt.ref)})
			checkPositions(t, doc, tt.in)
			var body *timeline.Section
			for i := range doc.Sections {
				if doc.Sections[i].Kind == timeline.Body {
					body = &doc.Sections[i]
					break
				}
			}
			if body == nil {
				t.Fatalf("no body:\n%s", dump(doc))
			}
			want, from := tt.date, tt.from
			if from == "" && tt.ref != "" {
				want, from = tt.ref, "flag"
			}
			if body.Citation.Date != date(t, want) || body.RefFrom != from {
				t.Errorf("ref = %s from %q, want %s from %q\n%s", body.Citation.Date, body.RefFrom, want, from, dump(doc))
			}
			if body.Statement != tt.statement {
				t.Errorf("statement = %v, want %v", body.Statement, tt.statement)
			}
			if from == "header-line" && !strings.Contains(DescribeRef(body), "header line") {
				t.Errorf("DescribeRef = %q", DescribeRef(body))
			}
		})
	}
}

// TestTitle checks the document's title, which names it as a source.
func TestTitle(t *testing.T) {
	tests := []struct {
		name, in, title string
		boiler          []string // the lines that are metadata, not story
	}{
		{name: "a course's code before its title", in: "HIST 2214: Cities and Plagues\nDepartment of History, Autumn Term 2025\n\nThe term begins on Monday 8 September 2025.\n", title: "HIST 2214: Cities and Plagues", boiler: []string{"Department of History, Autumn Term 2025"}},
		{name: "first line above a published line", in: "Harbour to be dredged\nPublished: 3 March 2021\n\nThe board voted on Tuesday.\n", title: "Harbour to be dredged", boiler: []string{"Published: 3 March 2021"}},
		{name: "press release boilerplate", in: "FOR IMMEDIATE RELEASE\n\nHarbour board orders a new tug\n\nVALLETTA, Malta, March 3, 2021 -- The harbour board today ordered a new tug.\n", title: "Harbour board orders a new tug", boiler: []string{"FOR IMMEDIATE RELEASE"}},
		{name: "press release boilerplate against the headline", in: "PRESS RELEASE\nHarbour board orders a new tug\n\nThe harbour board today ordered a new tug, its first in twenty years.\n", title: "Harbour board orders a new tug", boiler: []string{"PRESS RELEASE"}},
		{name: "embargo line", in: "Embargoed until 00:01 GMT, 4 March 2021\n\nHarbour board orders a new tug\n\nThe harbour board today ordered a new tug, its first in twenty years.\n", title: "Harbour board orders a new tug", boiler: []string{"Embargoed until 00:01 GMT, 4 March 2021"}},
		{name: "a subtitle after a colon", in: "Elections in Kenya: excerpts\n\nCommentary: the vote was annulled in September 2017.\n", title: "Elections in Kenya: excerpts"},
		{name: "a speaker's label is no title", in: "THE MINISTER: Thank you all\n\nWe opened the quay in 2016 and it has served us well.\n", title: ""},
		{name: "a transcript's label and title", in: "Transcript: Daily Press Briefing, Port Authority\n\nMODERATOR: Good afternoon. The director will take a few questions.\n", title: "Transcript: Daily Press Briefing, Port Authority"},
		{name: "a transcript's title over a place and a date", in: "Transcript: Daily Press Briefing, Port Authority\nValletta, Malta\nTuesday, 4 February 2020, 2:15 p.m.\n\nMODERATOR: Good afternoon. The director will take a few questions.\n", title: "Transcript: Daily Press Briefing, Port Authority", boiler: []string{"Valletta, Malta", "Tuesday, 4 February 2020, 2:15 p.m."}},
		{name: "a briefing's dated first line is its title", in: "Press briefing by Harbour Master Ana Ruiz, 3 May 2021\n\nMODERATOR: Good afternoon. The harbour master will take questions.\n", title: "Press briefing by Harbour Master Ana Ruiz, 3 May 2021", boiler: []string{"Press briefing by Harbour Master Ana Ruiz, 3 May 2021"}},
		{name: "a speaker's label with a capital after it is no title", in: "MINISTER: Thank you all for coming\n\nWe opened the quay in 2016 and it has served us well.\n", title: ""},
		{name: "a labelled first line is the title", in: "Budget day live: Chancellor delivers statement\n\nPublished: 23 September 2022\n\nThe chancellor spoke on Thursday.\n", title: "Budget day live: Chancellor delivers statement", boiler: []string{"Published: 23 September 2022"}},
		{name: "an obituary's labelled title", in: "Obituary: Margaret Holloway, 1931-2024\n\nPublished: 19 March 2024\n\nMargaret Holloway, who has died aged 92, was a nurse.\n", title: "Obituary: Margaret Holloway, 1931-2024", boiler: []string{"Published: 19 March 2024"}},
		{name: "a question's label is no title", in: "Q: When will the quay open again\n\nWe opened the quay in 2016 and it has served us well.\n", title: ""},
		{name: "a booking's issue line is metadata", in: "Rail tour of the west\n\nBooking ref QX-1182 · Prepared for: the Berg family (3 adults, 1 child) · Issued 3 March 2025\n\nYour tour starts on Saturday 7 June.\n", title: "Rail tour of the west", boiler: []string{"Booking ref QX-1182 · Prepared for: the Berg family (3 adults, 1 child) · Issued 3 March 2025"}},
		{name: "a podcast's recording line is metadata", in: "The Quay Podcast — Episode 12\nRecorded 4 March 2024. Host: Ana Ruiz. Guest: Tomas Bergstrom, former chief pilot of the port.\n\nANA: Last year you wrote a book about the quay.\n", title: "The Quay Podcast — Episode 12", boiler: []string{"Recorded 4 March 2024. Host: Ana Ruiz. Guest: Tomas Bergstrom, former chief pilot of the port."}},
		{name: "a first line over a byline", in: "The Morris Family of Llanfair: A Short History\ncompiled by Gwen Morris, 2022\n\nThomas Morris was born at the farm on 3 March 1841.\n", title: "The Morris Family of Llanfair: A Short History"},
		{name: "a first line over a subtitle", in: "Gallery 4: Work in the Medieval Town\nObject labels\n\n1. Pilgrim badge, made about 1350.\n", title: "Gallery 4: Work in the Medieval Town"},
		{name: "two sentences open no title", in: "The farm was sold in 1901.\nIts barns burned in 1905.\n\nNothing else is known.\n", title: ""},
		// The first lines name the document, not a section's heading
		// further down (QA 17, C1).
		{name: "an issuer over a statement's title, sections under headings", in: "St Aldhelm's University Hospital\nPress statement - Norovirus outbreak on two wards\n\nIssued: Tuesday 14 January 2025, 16:30\n\nThis statement sets out what we know.\n\nTimeline of cases\n\nThe first patient became unwell on 3 January.\n", title: "St Aldhelm's University Hospital", boiler: []string{"Issued: Tuesday 14 January 2025, 16:30"}},
		{name: "a notice's name over its subject, sections under headings", in: "NORDAVIA – CUSTOMER NOTICE\nPlanned industrial action by ground handling staff at Kestrel Bay Airport (KBY)\n\nPublished 9 April 2025, 18:00 UTC\n\nGround staff have announced strike action from Saturday.\n\nCancelled flights\n\nThe following flights will not operate.\n", title: "NORDAVIA – CUSTOMER NOTICE", boiler: []string{"Published 9 April 2025, 18:00 UTC"}},
		{name: "a chronology's first lines are no title", in: "1914 War breaks out\n1916 The Somme\n\nTimeline of the war\n\nThe war began in 1914.\n", title: "Timeline of the war"},
		{name: "a list's first items are no title", in: "- Buy a tug\n- Dredge the basin\n\nHarbour plans\n\nThe board met in May.\n", title: "Harbour plans"},
		{name: "a sentence about a press release is story", in: "Harbour board orders a new tug\n\nThe board issued a press release on Monday.\n", title: "Harbour board orders a new tug"},
		{name: "a footer's last revision", in: "Ashcombe\n\nThe railway arrived in 1857.\n\nThis page was last edited on 2 June 2023, at 14:07 (UTC).\n", title: "Ashcombe", boiler: []string{"This page was last edited on 2 June 2023, at 14:07 (UTC)."}},
		// A section's heading ("HISTORY", "BACKGROUND") does not name the
		// document its first lines name (QA 18).
		{name: "a gazetteer's name over its description, then a section", in: "ASHCOMBE\nMarket town and civil parish in the county of Wiltshire, England.\n\nHISTORY\n\nThe railway arrived in 1857.\n", title: "ASHCOMBE"},
		{name: "a case's name under a court's letterhead, then a section", in: "HIGH COURT OF JUSTICE\nPLANNING COURT\nPRESS SUMMARY\n\nR (on the application of Coastal Communities Alliance) v Secretary of State for Environment, Food and Rural Affairs\n[2024] EWHC 611 (Admin)\n\nDate of judgment: 15/03/2024\n\nBACKGROUND\n\nToday the court quashed the licence.\n", title: "R (on the application of Coastal Communities Alliance) v Secretary of State for Environment, Food and Rural Affairs", boiler: []string{"Date of judgment: 15/03/2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			checkPositions(t, doc, tt.in)
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q\n%s", doc.Title, tt.title, dump(doc))
			}
			var meta []string
			for _, s := range doc.Sections {
				if s.Citation.Title != tt.title {
					t.Errorf("section %q cited as %q", s.Text, s.Citation.Title)
				}
				if s.Kind == timeline.CitationLine {
					meta = append(meta, s.Text)
				}
			}
			if strings.Join(meta, "|") != strings.Join(tt.boiler, "|") {
				t.Errorf("metadata = %q, want %q", meta, tt.boiler)
			}
		})
	}
}

// TestAnalyzeHeaderDate checks the shared analysis on the sections another
// reader made (a DOCX of minutes: a heading, then one section per
// paragraph): the header line dates the document, which is a statement.
func TestAnalyzeHeaderDate(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		date  string
		from  string
		stmt  bool
		// created is the file's creation stamp (docProps/core.xml), flag
		// the --ref-date.
		created, flag string
		title         string // the document's title, "Harbour committee" if not given
	}{
		{name: "minutes", paras: []string{"Meeting held on 9 April 2019.", "The committee agreed on Monday to buy a new tug."}, date: "2019-04-09", from: "header-line", stmt: true},
		{name: "date label, which says nothing of the form", paras: []string{"Date: 9 April 2019", "The committee agreed on Monday to buy a new tug."}, date: "2019-04-09", from: "header-line"},
		{name: "a story sentence first", paras: []string{"The committee agreed on Monday to buy a new tug for the port.", "Meeting held on 9 April 2019."}, from: ""},
		{name: "the stated date beats the file's creation stamp", paras: []string{"Held on 9 April 2019", "The committee agreed on Friday to buy a new tug."}, created: "2019-04-20", date: "2019-04-09", from: "header-line"},
		{name: "minutes dated in their text are a statement", title: "Harbour committee minutes", paras: []string{"Held on 9 April 2019", "The committee agreed on Friday to buy a new tug."}, created: "2019-04-20", date: "2019-04-09", from: "header-line", stmt: true},
		{name: "a Date line beats the creation stamp", paras: []string{"Date: 9 April 2019", "The committee agreed on Friday to buy a new tug."}, created: "2019-04-20", date: "2019-04-09", from: "header-line"},
		{name: "the creation stamp when nothing is stated, never a statement", title: "Harbour committee minutes", paras: []string{"The committee agreed on Friday to buy a new tug."}, created: "2019-04-20", date: "2019-04-20", from: "created"},
		// A report printed years later is stamped with the day it was
		// printed: what its text states wins (QA 17, A2).
		{name: "an approval line beats the creation stamp", title: "Clearwater Wells Annual Report 2023", paras: []string{"For the year ended 31 December 2023. Approved by the Board of Trustees on 18 April\n2024.", "In January we began a partnership."}, created: "2026-11-28", date: "2024-04-18", from: "signature"},
		{name: "the year a title names beats a later creation stamp", title: "Clearwater Wells Annual Report 2023", paras: []string{"In January we began a partnership."}, created: "2026-11-28", date: "2023", from: "title"},
		{name: "a creation stamp in the year after the title's is kept", title: "Clearwater Wells Annual Report 2023", paras: []string{"In January we began a partnership."}, created: "2024-04-20", date: "2024-04-20", from: "created"},
		{name: "the flag beats the year a title names", title: "Clearwater Wells Annual Report 2023", paras: []string{"In January we began a partnership."}, created: "2026-11-28", flag: "2024-05-01", date: "2024-05-01", from: "flag"},
		{name: "the year a title names without a stamp", title: "Harbour Trust: 2022 Annual Review", paras: []string{"In January we began a partnership."}, date: "2022", from: "title"},
		// A programme printed after its version was written (QA 36).
		{name: "a version date on the cover line beats the creation stamp", title: "Coastal Mapping Days 2026", paras: []string{"Porto and online · Tuesday 2 June to Thursday 4 June 2026 · Version of 20 April 2026", "Registration opens at the harbour office."}, created: "2026-11-28", date: "2026-04-20", from: "header-line"},
		{name: "a version date beats the flag", title: "Coastal Mapping Days 2026", paras: []string{"Porto · 2–4 June 2026 · Version of 3 March 2026", "Registration opens at the harbour office."}, flag: "2026-05-01", date: "2026-03-03", from: "header-line"},
		{name: "a version in a sentence of the story is no version date", title: "Coastal Mapping Days", paras: []string{"We will discuss the version of 20 April 2026 draft rules at length during the first morning.", "Registration opens at the harbour office."}, created: "2026-11-28", date: "2026-11-28", from: "created"},
		{name: "the flag beats the creation stamp", paras: []string{"The committee agreed on Friday to buy a new tug."}, created: "2019-04-20", flag: "2019-05-01", date: "2019-05-01", from: "flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := tt.title
			if title == "" {
				title = "Harbour committee"
			}
			doc := &timeline.Document{Name: "m.docx", Title: title, Sections: []timeline.Section{
				{Kind: timeline.Heading, Text: title, Pos: timeline.Position{File: "m.docx", Line: 1, Col: 1}},
			}}
			for i, p := range tt.paras {
				doc.Sections = append(doc.Sections, timeline.Section{Kind: timeline.Body, Text: p, Pos: timeline.Position{File: "m.docx", Line: i + 2, Col: 1}})
			}
			if tt.created != "" {
				for i := range doc.Sections {
					doc.Sections[i].Citation.Date, doc.Sections[i].RefFrom = date(t, tt.created), "created"
				}
			}
			Analyze(doc, Options{RefDate: date(t, tt.flag)})
			var body *timeline.Section
			for i := range doc.Sections {
				if doc.Sections[i].Kind == timeline.Body {
					body = &doc.Sections[i]
					break
				}
			}
			if body == nil {
				t.Fatalf("no body:\n%s", dump(doc))
			}
			if body.Citation.Date != date(t, tt.date) || body.RefFrom != tt.from || body.Statement != tt.stmt {
				t.Errorf("ref = %s from %q statement %v, want %s from %q statement %v\n%s", body.Citation.Date, body.RefFrom, body.Statement, tt.date, tt.from, tt.stmt, dump(doc))
			}
			if tt.from == "header-line" && body.RefPos.Line != 2 {
				t.Errorf("RefPos = %+v, want line 2", body.RefPos)
			}
		})
	}
}

func TestStatementTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Transcript: Daily Press Briefing, Port Authority", true},
		{"Remarks by the Harbour Master at the quay's reopening", true},
		{"Minutes of the harbour board, 4 March 2025", true},
		{"Statement on the closure of the east quay", true},
		{"Budget day live: Chancellor delivers statement", false},
		{"Minister gives keynote speech on ports", false},
		{"Harbour board issues a statement", false},
		{"Harbour to be dredged", false},
		{"DRAFT ENVIRONMENTAL IMPACT STATEMENT", false},
		{"Consolidated Financial Statements 2024", false},
		{"Statement of Work: harbour dredging", false},
		{"Interview with Dee Marsh", true},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := statementTitle(tt.title); got != tt.want {
				t.Errorf("statementTitle(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}

// TestLaterHeaderLines: in a file of several minutes, each meeting's
// header line dates the part under it, not only the first.
func TestLaterHeaderLines(t *testing.T) {
	const in = "Harbour committee minutes 2024\n\nMINUTES OF THE MEETING HELD ON 9 JANUARY 2024\n\n1. Apologies were received.\n\n" +
		"MINUTES OF THE MEETING HELD ON 12 MARCH 2024\n\n1. The new crane was switched on on 4 March.\n"
	doc := Parse(in, "m.txt", Options{})
	checkPositions(t, doc, in)
	var got []string
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body {
			got = append(got, s.Citation.Date.String()+" "+s.RefFrom)
		}
	}
	want := []string{"2024-01-09 header-line", "2024-03-12 header-line"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("body dates = %q, want %q\n%s", got, want, dump(doc))
	}
}

// TestDatedMinutesHeadings: a heading that says when its meeting was
// held ("MINUTES OF THE MEETING HELD ON 13 FEBRUARY 2024") dates the
// minutes under it.
func TestDatedMinutesHeadings(t *testing.T) {
	const in = "Allotment Society Minutes 2024\n\nMINUTES OF THE MEETING HELD ON 9 JANUARY 2024\n\n1. Apologies were received.\n2. The skip was emptied on 5 January.\n\n" +
		"MINUTES OF THE MEETING HELD ON 13 FEBRUARY 2024\n\n1. The minutes of the last meeting were agreed.\n"
	doc := Parse(in, "m.txt", Options{})
	checkPositions(t, doc, in)
	var got []string
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body {
			got = append(got, s.Citation.Date.String())
		}
	}
	want := []string{"2024-01-09", "2024-02-13"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("body dates = %q, want %q\n%s", got, want, dump(doc))
	}
}

// TestReleaseHeadings: a changelog's release headings date the notes
// under them.
func TestReleaseHeadings(t *testing.T) {
	const in = "# Changelog\n\n## [3.1.4] - 2024-11-05\n\n- The exporter no longer truncates large files.\n\n## v2.10 - Nov 5, 2023\n\n- Added dark mode.\n\n## 2.9.0 (2023-06-01)\n\n- First public release.\n"
	doc := Parse(in, "CHANGELOG.md", Options{Markdown: true})
	checkPositions(t, doc, in)
	var got []string
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body {
			got = append(got, s.Citation.Date.String())
		}
	}
	want := []string{"2024-11-05", "2023-11-05", "2023-06-01"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("body dates = %q, want %q\n%s", got, want, dump(doc))
	}
}

// TestLongLineWithVerb checks that a line without a full stop is a
// heading only when it reads as one: a long line with a verb is a
// sentence whose stop is missing, and its date makes an event (QA 17, B3).
func TestLongLineWithVerb(t *testing.T) {
	tests := []struct {
		name, in, line string
		want           timeline.SectionKind
	}{
		{name: "an agreement made on a day", in: "SERVICES AGREEMENT\n\nThis Services Agreement (the \"Agreement\") is made on 3 February 2025 (the \"Effective Date\")\n\nBETWEEN:\n\n(1) Brightwater Analytics Limited.\n",
			line: "This Services Agreement", want: timeline.Body},
		{name: "a long sentence with shall", in: "Terms\n\nThe Supplier shall deliver the Discovery Report to the Customer no later than 31 March 2025\n\nThe report will be short.\n",
			line: "The Supplier shall deliver", want: timeline.Body},
		{name: "a short heading with a verb stays a heading", in: "Terms\n\nWhat is included\n\nThe report will be short and the platform will follow.\n",
			line: "What is included", want: timeline.Heading},
		{name: "a long heading without a verb stays a heading", in: "Terms\n\nDelivery of the Discovery Report and the Reporting Platform to the Customer in 2025\n\nThe report will be short and the platform will follow.\n",
			line: "Delivery of the Discovery Report", want: timeline.Heading},
		{name: "a capitalised May is a month, not a verb", in: "Terms\n\nDelivery of the Discovery Report and the Reporting Platform in May and June 2025\n\nThe report will be short and the platform will follow.\n",
			line: "Delivery of the Discovery Report", want: timeline.Heading},
		{name: "a long first line with a verb is still the title", in: "Why the council is closing the library on Mill Lane next year\n\nThe library will close in March.\n",
			line: "Why the council", want: timeline.Heading},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			checkPositions(t, doc, tt.in)
			for _, s := range doc.Sections {
				if strings.HasPrefix(s.Text, tt.line) {
					if s.Kind != tt.want {
						t.Errorf("%q is a section of kind %v, want %v\n%s", tt.line, s.Kind, tt.want, dump(doc))
					}
					return
				}
			}
			t.Errorf("no section opens with %q\n%s", tt.line, dump(doc))
		})
	}
}

// TestDescribeSignatureAndTitle checks that --explain says where the new
// reference dates came from: a sentence dating the approval or signature,
// and the year a title names.
func TestDescribeSignatureAndTitle(t *testing.T) {
	tests := []struct {
		name, in string
		opt      Options
		want     string
	}{
		{name: "signature", in: "Annual Report 2023\n\nApproved by the Board of Trustees on 18 April 2024.\n\nWe grew.\n",
			want: "2024-04-18 from the line dating the document's approval or signature at t.txt:3:"},
		{name: "an approval among a header's fields", in: "# Flexible Working Policy\n\n**Version:** 4.2\n**Approved:** 30 January 2025\n**Next review:** January 2026\n\nThe policy was reviewed last month.\n",
			opt: Options{Markdown: true}, want: "2025-01-30 from the line dating the document's approval or signature at t.txt:4:"},
		{name: "a filing's sign-off", in: "FORM 8-K\n\nOn Monday, the Company issued a press release.\n\nSIGNATURES\n\nDate: February 12, 2025\n",
			want: "2025-02-12 from the header line dating the document at t.txt:7:7"},
		{name: "title", in: "Annual Report 2023\n\nWe grew in January.\n",
			want: "2023, the year the title names (the text states no date of its own)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", tt.opt)
			if got := DescribeRef(bodyOf(t, doc)); !strings.HasPrefix(got, tt.want) {
				t.Errorf("DescribeRef = %q, want it to open with %q", got, tt.want)
			}
		})
	}
}
