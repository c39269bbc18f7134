package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestCommentHeads: a page's comments, each under a line with its writer
// and its day, are read against their own days, and no comment is a
// statement of its day; a byline alone, or a document's part named with a
// day, is no comment.
func TestCommentHeads(t *testing.T) {
	page := "# Galette\n\nPosted on 2 July 2024\n\nBake it in a hot oven.\n\n## Comments\n\n" +
		"**Jo** — 3 August 2024 at 9:14 pm\nMade this on Sunday for my mum.\n\n" +
		"Sam Reid · 21 July 2025, 07:02\nMaking it this weekend.\n"
	doc := Parse(page, "g.md", Options{Markdown: true})
	wantDays(t, doc, map[string]string{"Made this on Sunday": "2024-08-03", "Making it this weekend": "2025-07-21"})
	thread := "# Crash on upgrade\n\n### dkowalski commented on Feb 27, 2026\n\nIt started right after we upgraded on Tuesday.\n\n" +
		"### jsato commented on Mar 1, 2026\n\nI can reproduce it.\n"
	wantDays(t, Parse(thread, "issue.md", Options{Markdown: true}), map[string]string{"It started": "2026-02-27", "I can reproduce": "2026-03-01"})
	for _, tc := range []struct{ line, want string }{
		{"**Jo** — 3 August 2024 at 9:14 pm", "2024-08-03"},
		{"Sam Reid · 12 Mar 2025, 08:40", "2025-03-12"},
		{"Ana María López | 1 May 2025", "2025-05-01"},
		{"Jo — 3 August 2024", ""},               // one word, not bold: a heading's word
		{"Transcript — 11 August 2018", ""},      // a document
		{"Board Meeting — 3 May 2024", ""},       // a document
		{"MANCHESTER — Jan. 14, 2024", ""},       // a dateline
		{"**Jo** — 3 August", ""},                // no year
		{"**Jo** — the day after the storm", ""}, // no day
		{"dkowalski commented on Feb 27, 2026", "2026-02-27"},
		{"### jsato commented on Mar 1, 2026", "2026-03-01"},
		{"**Ana Ruiz** replied on 3 March 2026 at 14:05", "2026-03-03"},
		{"jsato commented 2 days ago", ""},        // no day written
		{"The council commented on the plan", ""}, // no day
	} {
		got := ""
		if h, ok := commentHead(tc.line); ok {
			got = ymdString(h)
		}
		if got != tc.want {
			t.Errorf("commentHead(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// wantDays checks that the section holding each text is read against the
// day given and is no statement of it.
func wantDays(t *testing.T, doc *timeline.Document, want map[string]string) {
	t.Helper()
	for _, sec := range doc.Sections {
		for k, d := range want {
			if strings.Contains(sec.Text, k) {
				if sec.Citation.Date.String() != d || sec.Statement {
					t.Errorf("%q: dated %s statement %v, want %s and no statement\n%s", k, sec.Citation.Date, sec.Statement, d, dump(doc))
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v\n%s", want, dump(doc))
	}
}

func ymdString(h dayHead) string {
	return ymd(h.y, h.m, h.d).Format("2006-01-02")
}

// TestUpdateLabel: a paragraph opened by an update's label and its day is
// read against that day; the page's other paragraphs keep the page's, and
// a Published/Updated header line is no such label.
func TestUpdateLabel(t *testing.T) {
	page := "# Galette\n\nPosted on 2 July 2024 · Updated on 18 August 2025\n\nWe tested it this summer.\n\n" +
		"**Update (18 August 2025):** I tested it again this summer.\n\nEdit, 3 September 2025: the oven was too hot.\n\nIt keeps for a week.\n"
	doc := Parse(page, "g.md", Options{Markdown: true})
	want := map[string][2]string{
		"We tested it":      {"2024-07-02", "published-line"},
		"I tested it again": {"2025-08-18", "label"},
		"the oven was":      {"2025-09-03", "label"},
		"It keeps":          {"2024-07-02", "published-line"},
	}
	for _, sec := range doc.Sections {
		for k, w := range want {
			if strings.Contains(sec.Text, k) {
				if sec.Citation.Date.String() != w[0] || sec.RefFrom != w[1] {
					t.Errorf("%q: date %s from %q, want %s from %q\n%s", k, sec.Citation.Date, sec.RefFrom, w[0], w[1], dump(doc))
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v\n%s", want, dump(doc))
	}
}

// TestPubNote: a date line that goes on after a dash with what changed is
// the page's date, and the note a paragraph read against it.
func TestPubNote(t *testing.T) {
	in := "Updated: 27 November 2026 – latest update: information on the state of emergency declared on 25 November.\n\nThe floods began in March 2025.\n"
	doc := Parse(in, "a.txt", Options{})
	found := false
	for _, sec := range doc.Sections {
		if strings.Contains(sec.Text, "state of emergency") {
			found = true
			if sec.Kind != timeline.Body || sec.Citation.Date.String() != "2026-11-27" || strings.Contains(sec.Text, "Updated") {
				t.Errorf("note section: %v %q dated %s\n%s", sec.Kind, sec.Text, sec.Citation.Date, dump(doc))
			}
		}
	}
	if !found {
		t.Errorf("no section holds the note\n%s", dump(doc))
	}
}

// TestAnswerDay: a record's "Answered on:" line dates the answer below it,
// while the question keeps the day it was asked.
func TestAnswerDay(t *testing.T) {
	in := "Written question, tabled on 9 November 2026\n\nAsked on: 9 November 2026\n\nTo ask the Secretary of State what was done last week.\n\n" +
		"Answered by: Jo Penn\nAnswered on: 19 November 2026\n\nThe Minister met the councils last week.\n"
	doc := Parse(in, "q.txt", Options{})
	wantDays(t, doc, map[string]string{"To ask": "2026-11-09", "The Minister met": "2026-11-19"})
}

// TestAnalyzeHeadingLevels: a heading another reader gave a rank (a Word
// style's) keeps it, so that a dated meeting heading heads the items under
// it.
func TestAnalyzeHeadingLevels(t *testing.T) {
	doc := &timeline.Document{Name: "m.docx", Sections: []timeline.Section{
		{Kind: timeline.Heading, Level: 1, Text: "Minutes of the meeting held on Wednesday 8 January 2025"},
		{Kind: timeline.Heading, Level: 2, Text: "2. Water supply"},
		{Kind: timeline.Body, Text: "The water will be turned off on 15 January."},
		{Kind: timeline.Body, Text: "Approved at the meeting of 5 February 2025."},
	}}
	Analyze(doc, Options{})
	for _, sec := range doc.Sections {
		if strings.Contains(sec.Text, "turned off") && sec.Citation.Date.String() != "2025-01-08" {
			t.Errorf("item under the meeting heading dated %s (%s), want 2025-01-08\n%s", sec.Citation.Date, sec.RefFrom, dump(doc))
		}
	}
}

// TestListingDates: under two headings or more, a line holding nothing
// but a day is the day of the event the heading names, no date of the
// page.
func TestListingDates(t *testing.T) {
	in := "# What is on\n\nOur season runs to May.\n\n## Summer Ceilidh\n\nFriday 29/05/2026, 7.30pm\n\nRound off the season with a band.\n\n## Craft fair\n\nSat 4 April 2026, 10am\n\nOver 60 stalls.\n"
	doc := Parse(in, "w.md", Options{Markdown: true})
	n := 0
	for _, sec := range doc.Sections {
		if sec.Kind == timeline.CitationLine || sec.RefFrom == "document" {
			t.Errorf("section %q is dated as the page's (%s from %q)\n%s", sec.Text, sec.Citation.Date, sec.RefFrom, dump(doc))
		}
		if sec.Kind == timeline.Body && (strings.HasPrefix(sec.Text, "Friday 29/05/2026") || strings.HasPrefix(sec.Text, "Sat 4 April 2026")) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d listing lines kept as text, want 2\n%s", n, dump(doc))
	}
}

// TestSubmittedLine: a report's "Submitted:" line dates it; a sentence
// that tells of a submission does not.
func TestSubmittedLine(t *testing.T) {
	in := "Grant progress report\n\n**Submitted:** 14 July 2025\n\nThe survey started last month.\n\nThe paper was submitted on 3 March 2025 to the journal.\n"
	doc := Parse(in, "r.md", Options{Markdown: true})
	for _, sec := range doc.Sections {
		if sec.Kind == timeline.Body && (sec.Citation.Date.String() != "2025-07-14" || sec.RefFrom != "published-line") {
			t.Errorf("%q dated %s from %q, want 2025-07-14 from the Submitted line\n%s", sec.Text, sec.Citation.Date, sec.RefFrom, dump(doc))
		}
	}
}

// TestLetterHeadings: a letter's place and day over it, stopped with a
// full stop as letters stop them, date the letter under it.
func TestLetterHeadings(t *testing.T) {
	doc := Parse("Falmouth, the 14th of May, 1798.\n\nDear Brother,\n\nThe Mary Ann came in yesterday.\n\n"+
		"Lisbon, June 2d, 1798.\n\nDear Sister,\n\nWe landed on Thursday last.\n", "letters.txt", Options{})
	wantHeadingDays(t, doc, map[string]string{"The Mary Ann": "1798-05-14", "We landed": "1798-06-02"}, false)
}

// wantHeadingDays checks that the section holding each text is dated by
// its heading to the day (or time) given, and, when statement is set,
// is a statement of it.
func wantHeadingDays(t *testing.T, doc *timeline.Document, want map[string]string, statement bool) {
	t.Helper()
	for _, s := range doc.Sections {
		for text, day := range want {
			if !strings.Contains(s.Text, text) {
				continue
			}
			if s.Citation.Date.String() != day || s.RefFrom != "heading" || statement && !s.Statement {
				t.Errorf("%q: dated %s from %q (statement %v), want %s from its heading", text, s.Citation.Date, s.RefFrom, s.Statement, day)
			}
			delete(want, text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestThreadPosts: a thread exported from a social network, each post
// under its handle, day and time, is a run of statements, each of its
// post's time.
func TestThreadPosts(t *testing.T) {
	doc := Parse("Thread export\n\n@millbrook_mum · 11 Mar 2025 · 22:58\nHuge flames at the plant.\n\n"+
		"@BrennickCounty · 12 Mar 2025 · 01:05\nEvacuation ordered for the estate.\n", "thread.txt", Options{})
	wantHeadingDays(t, doc, map[string]string{"Huge flames": "2025-03-11T22:58", "Evacuation ordered": "2025-03-12T01:05"}, true)
	x := Parse("Coast Watch NI @coastwatch_ni · 3:14 PM · Mar 3, 2025\n\nThe ferry has run aground outside Larne.\n\n"+
		"Coast Watch NI @coastwatch_ni · 11:30 AM · Mar 7, 2025\n\nThe ferry returns to service tomorrow.\n", "x.md", Options{Markdown: true})
	wantHeadingDays(t, x, map[string]string{"run aground": "2025-03-03T15:14", "returns to service": "2025-03-07T11:30"}, true)
	for _, tc := range []struct{ line, want string }{
		{"@creekwatcher · 12 Mar 2025 · 09:12", "2025-03-12"},
		{"Ana Ruiz @anaruiz · Mar 12, 2025", "2025-03-12"},
		{"@user@mastodon.social · 3 April 2024, 7:02 pm", "2024-04-03"},
		{"@creekwatcher · 2h", ""},
		{"Coast Watch NI @coastwatch_ni · 3:14 PM · Mar 3, 2025", "2025-03-03"},
		{"**Coast Watch NI** @coastwatch_ni · Mar 7, 2025", "2025-03-07"},
	} {
		got := ""
		if h, ok := commentHead(tc.line); ok {
			got = ymdString(h)
		}
		if got != tc.want {
			t.Errorf("commentHead(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestDayCountHeadings: a field diary's "2024-06-03 (Day 12)" dates the
// entry under it.
func TestDayCountHeadings(t *testing.T) {
	doc := Parse("2024-06-03 (Day 12)\nLeft base early.\n\n2024-06-07 (Day 16)\nStorm day.\n", "diary.txt", Options{})
	wantHeadingDays(t, doc, map[string]string{"Left base": "2024-06-03", "Storm day": "2024-06-07"}, false)
}

// TestLabelDateLine: a live page's "Championship, Tuesday 10 February
// 2026." under its headline dates the page, and the kick-off written after
// it on its line stays text of that day.
func TestLabelDateLine(t *testing.T) {
	doc := Parse("# Live: Harrowgate Town 2-1 Bexley United\n\nChampionship, Tuesday 10 February 2026. KO 19:45 GMT, Kingsmead Stadium.\n\nBexley's manager said on Monday he was pleased.\n", "live.md", Options{Markdown: true})
	wantDays(t, doc, map[string]string{"KO 19:45": "2026-02-10", "Bexley's manager": "2026-02-10"})
}

// TestMarkedHeadingsUndatedTitle: on a page whose headings are marked, a
// post's short undated title after its time ("06:30" over "What happens
// today") is still a heading, and a short dated paragraph is text.
func TestMarkedHeadingsUndatedTitle(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 7, Day: 5}
	doc := &timeline.Document{Name: "live.html", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "06:30"},
		{Kind: timeline.Body, Text: "What happens today\n\nThe prime minister will make a statement at about 10am.", Citation: timeline.Citation{Date: ref}},
		{Kind: timeline.Body, Text: "Exhibition runs 7 March – 28 September 2026\n\nPainters have come to the estuary for its light."},
	}}
	Analyze(doc, Options{HeadingsMarked: true})
	heads := map[string]bool{}
	for _, s := range doc.Sections {
		if s.Kind == timeline.Heading {
			heads[strings.TrimSpace(s.Text)] = true
		}
	}
	if !heads["What happens today"] || heads["Exhibition runs 7 March – 28 September 2026"] {
		t.Errorf("headings %v: want the post's title and not the exhibition's run\n%s", heads, dump(doc))
	}
}

// TestUpdateHeadings: a live page's "## Update 7:30 p.m. PDT Aug. 13"
// dates the update under it.
func TestUpdateHeadings(t *testing.T) {
	doc := Parse("# Canyon Fire\n\n*Published Aug. 12, 2025*\n\n## Update 3:45 p.m. PDT Aug. 12\n\nThe fire has burned 4,120 acres.\n\n## Update 7:30 p.m. PDT Aug. 13\n\nThe evacuation order was downgraded.\n", "fire.md", Options{Markdown: true})
	wantHeadingDays(t, doc, map[string]string{"has burned": "2025-08-12", "was downgraded": "2025-08-13"}, true)
}

// TestWeekTitleDays: a diary titled by its week ("Farm diary, week of 14
// April 2025") dates its weekday headings ("Mon", "Tue", "Thu") in it.
func TestWeekTitleDays(t *testing.T) {
	doc := Parse("Farm diary, week of 14 April 2025\n\nMon\nChecked ewes.\n\nTue\nStarted drilling. Finished about 4pm.\n\nThu\nFertiliser delivery due tomorrow morning.\n", "farm.txt", Options{})
	wantHeadingDays(t, doc, map[string]string{"Checked ewes": "2025-04-14", "Started drilling": "2025-04-15", "Fertiliser": "2025-04-17"}, true)
}

// TestCorrectionLabel: a correction's note, "Correction, June 6, 2025: An
// earlier version ...", is read against its day but is no statement of it.
func TestCorrectionLabel(t *testing.T) {
	doc := Parse("Vote on the plan\n\nThe council voted on Tuesday to approve the plan.\n\nCorrection, June 6, 2025: An earlier version of this article misstated the date of the vote.\n", "vote.txt", Options{RefDate: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 6, Day: 5}})
	for _, s := range doc.Sections {
		if strings.Contains(s.Text, "misstated") && s.Statement {
			t.Errorf("the correction is a statement:\n%s", dump(doc))
		}
	}
}
