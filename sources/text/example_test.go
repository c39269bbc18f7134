package text_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/sources/text"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	const compilation = `Editor's Commentary: two reports of the same week. END COMMENTARY

Source: "Villages evacuated," *The River Courier*. 13 March 2013. <https://courier.example.org/a>

Officials ordered the evacuation of four villages on Tuesday.

Source: "Spring flood briefing," River Authority. 15 March 2013. https://authority.example.org/b

Q: Has the crest passed?

A: It passed Vidin on Thursday night.
`
	doc, err := text.Read(strings.NewReader(compilation), "report.txt", text.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		fmt.Printf("%-13s %-18s %-10s %v %.24q\n", kind(s.Kind), s.Citation.Name(), s.Citation.Date, s.Statement, s.Text)
	}
	fmt.Println(text.DescribeRef(&doc.Sections[3]))
	// Output:
	// body          report.txt                    false "Editor's Commentary: two"
	// citation-line report.txt                    false "END COMMENTARY"
	// citation-line The River Courier  2013-03-13 false "Source: \"Villages evacua"
	// excerpt       The River Courier  2013-03-13 false "Officials ordered the ev"
	// citation-line River Authority    2013-03-15 false "Source: \"Spring flood br"
	// excerpt       River Authority    2013-03-15 true "Q: Has the crest passed?"
	// 2013-03-13 from the citation of "Villages evacuated" at report.txt:3:1
}

func kind(k timeline.SectionKind) string {
	return map[timeline.SectionKind]string{timeline.Body: "body", timeline.Excerpt: "excerpt", timeline.CitationLine: "citation-line", timeline.Heading: "heading"}[k]
}

func ExampleReadParts() {
	// A text with no newline at all, read in parts of 4 KiB: cut at white
	// space, each part's position is where it stands in the line.
	line := strings.TrimSpace(strings.Repeat("The ferry left at dawn and came back late ", 250))
	n := 0
	enc, err := text.ReadParts(strings.NewReader(line), "log.txt", text.Options{PartBytes: 4 << 10}, func(doc *timeline.Document) error {
		if n++; n <= 3 {
			p := doc.Sections[0].Pos
			fmt.Printf("part %d at %d:%d\n", doc.Part, p.Line, p.Col)
		}
		return nil
	})
	fmt.Println(n, "parts of", len(line), "bytes in", enc, err)
	// Output:
	// part 0 at 1:1
	// part 1 at 1:4093
	// part 2 at 1:8186
	// 3 parts of 10499 bytes in UTF-8 <nil>
}

// ExampleParse_header shows the header lines that date a story: a byline
// with its date, and a line that gives both the update and the first
// publication (which wins), read day first because the story writes
// 25/03/2019.
func ExampleParse_header() {
	const story = `Leeds flood warning ignored
By Jo Smith | 3 April 2019 | 4:05 PM
Last updated 04/04/2019, first published 03/04/2019

The river burst its banks on Monday. The report of 25/03/2019 had warned of it.
`
	doc := text.Parse(story, "leeds.txt", text.Options{})
	for _, s := range doc.Sections {
		fmt.Printf("%-13s %s %-14s %.30q\n", kind(s.Kind), s.Citation.Date, s.RefFrom, s.Text)
	}
	// Output:
	// heading       2019-04-03 published-line "Leeds flood warning ignored"
	// citation-line 2019-04-03 published-line "By Jo Smith | 3 April 2019 | 4"
	// citation-line 2019-04-03 published-line "Last updated 04/04/2019, first"
	// body          2019-04-03 published-line "The river burst its banks on M"
}

// ExampleParse_masthead shows a newsletter dated by its masthead, which
// names the issue and its month: the document is dated to that month, not
// to a day, and the match report under it by its byline, whose weekday
// stands before the date.
func ExampleParse_masthead() {
	for _, src := range []string{
		"THE FENWICK FLYER\nIssue 97 — November 2025\n\nSat 1 Nov, 10am — Litter pick, meet at the bus shelter\n",
		"Brackenford 3-2 Lowther Vale\n\nBy Priya Nandakumar, Saturday 4 October 2025\n\nBrackenford won the derby this afternoon.\n",
	} {
		doc := text.Parse(src, "issue.txt", text.Options{})
		for _, s := range doc.Sections {
			fmt.Printf("%-13s %-10s %-11s %.30q\n", kind(s.Kind), s.Citation.Date, s.RefFrom, s.Text)
		}
	}
	// Output:
	// heading       2025-11    header-line "THE FENWICK FLYER"
	// citation-line 2025-11    header-line "Issue 97 — November 2025"
	// body          2025-11    header-line "Sat 1 Nov, 10am — Litter pick,"
	// heading       2025-10-04 byline      "Brackenford 3-2 Lowther Vale"
	// citation-line 2025-10-04 byline      "By Priya Nandakumar, Saturday "
	// body          2025-10-04 byline      "Brackenford won the derby this"
}

// ExampleParse_credits shows a press review whose excerpts are credited
// after them, without "Source:": each excerpt is dated by its credit.
func ExampleParse_credits() {
	const review = `> Dockworkers walked out on Monday.

— *The Coastal Times*, 8 March 2023

> Talks broke down yesterday.

(Harbour Weekly, 15 March 2023)
`
	doc := text.Parse(review, "review.md", text.Options{Markdown: true})
	for _, s := range doc.Sections {
		fmt.Printf("%-13s %-17s %s %q\n", kind(s.Kind), s.Citation.Name(), s.Citation.Date, s.Text)
	}
	// Output:
	// excerpt       The Coastal Times 2023-03-08 "Dockworkers walked out on Monday."
	// citation-line The Coastal Times 2023-03-08 "— The Coastal Times, 8 March 2023"
	// excerpt       Harbour Weekly    2023-03-15 "Talks broke down yesterday."
	// citation-line Harbour Weekly    2023-03-15 "(Harbour Weekly, 15 March 2023)"
}

// ExampleParse_diary shows a diary whose entries are dated by the line
// over each: the day a line leaves out in part comes from the lines around
// it and the year in the title, and each entry is a statement of its day.
func ExampleParse_diary() {
	const diary = `Ferry diary, summer 2024

Monday 1st
Sailed at six. The crossing took four hours.

Tues
Fog all morning.

Thursday 4th July
Home again.
`
	doc := text.Parse(diary, "diary.txt", text.Options{})
	fmt.Println(doc.Title)
	for _, s := range doc.Sections {
		fmt.Printf("%-7s %-10s %-7s %-5v %.20q\n", kind(s.Kind), s.Citation.Date, s.RefFrom, s.Statement, s.Text)
	}
	// Output:
	// Ferry diary, summer 2024
	// heading                    false "Ferry diary, summer "
	// heading                    false "Monday 1st"
	// body    2024-07-01 heading true  "Sailed at six. The c"
	// heading                    false "Tues"
	// body    2024-07-02 heading true  "Fog all morning."
	// heading                    false "Thursday 4th July"
	// body    2024-07-04 heading true  "Home again."
}

// ExampleParse_email shows an e-mail saved as text: its header dates it
// and its subject names it, and the older message it quotes is an excerpt
// dated by its own header.
func ExampleParse_email() {
	const email = `From: Ana Ruiz
Sent: Monday, 2 March 2020 09:14
To: Harbour board
Subject: RE: Dredging

The dredger arrives on Thursday.

-----Original Message-----
From: Tom Berg
Sent: Friday, 28 February 2020 16:52
Subject: Dredging

Can it come next week?
`
	doc := text.Parse(email, "mail.txt", text.Options{})
	fmt.Println(doc.Title)
	for _, s := range doc.Sections {
		fmt.Printf("%-13s %s %.24q\n", kind(s.Kind), s.Citation.Date, s.Text)
	}
	// Output:
	// Dredging
	// citation-line 2020-03-02 "From: Ana Ruiz\nSent: Mon"
	// body          2020-03-02 "The dredger arrives on T"
	// citation-line 2020-02-28 "-----Original Message---"
	// excerpt       2020-02-28 "Can it come next week?"
}

// A chat exported as text is read one message a section, dated by its
// stamp and written by its sender: "tomorrow" in Ana's message is 26 March.
func ExampleChatLine() {
	fmt.Println(text.ChatLine("[25/03/2024, 21:14] Ana: Invitations go out tomorrow"))
	fmt.Println(text.ChatLine(`[{"date": "2024-03-25"}]`))
	doc := text.Parse("[12/03/2024, 09:15] Ana: Morning all!\n[25/03/2024, 21:14] Ana: Invitations go out tomorrow\n", "chat.txt", text.Options{})
	for _, s := range doc.Sections {
		fmt.Printf("%s %s (%s): %s\n", s.Citation.Date, s.Speaker, s.RefFrom, s.Text)
	}
	// Output:
	// true
	// false
	// 2024-03-12 Ana (heading): Morning all!
	// 2024-03-25 Ana (heading): Invitations go out tomorrow
}
