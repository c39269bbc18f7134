package text

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestAccidentBoxDatesItsTimes: a report's box of fields about its
// accident ("Date & Time: ...", "Injuries: ..."), with nothing else dating
// the text, is the day its times of day count from.
func TestAccidentBoxDatesItsTimes(t *testing.T) {
	in := "Date & Time: March 3, 2022, 16:41 Local\nInjuries: 1 Serious, 3 Minor\n\nThe flight departed at 16:05 local time.\n"
	checkBodies(t, Parse(in, "r.txt", Options{}), map[string][2]string{"Injuries: 1 Serious": {"", "2022-03-03"}})
}

// TestReportHeader: a report's first paragraph, its maker's name in
// capitals over a long title, names the document by the line in capitals,
// not by a section's heading further down. A section's
// heading ("SYNOPSIS", "NARRATIVE"), or a heading under the story's first
// sentence, names no document.
func TestReportHeader(t *testing.T) {
	long := "SAFETY INVESTIGATION BOARD\nREPORT ON THE INVESTIGATION OF the collision between the ferry Westward Lark and a moored pontoon at Kelby Quay\n\n" +
		"Report No 3/2025 - April 2025\n\nSYNOPSIS\n\nAt 0940 on 6 May 2024 the ferry struck the pontoon.\n\nNARRATIVE\n\nThe ferry had left Ardmore at 0815 that morning.\n"
	doc := Parse(long, "r.txt", Options{})
	if doc.Title != "SAFETY INVESTIGATION BOARD" {
		t.Errorf("title %q, want the line in capitals", doc.Title)
	}
	short := "SAFETY INVESTIGATION BOARD\nREPORT ON THE COLLISION AT KELBY QUAY\n\nReport No 3/2025 - April 2025\n\nSYNOPSIS\n\nAt 0940 on 6 May 2024 the ferry struck the pontoon.\n"
	if doc := Parse(short, "r.txt", Options{}); doc.Title != "SAFETY INVESTIGATION BOARD" {
		t.Errorf("title %q, want the line in capitals over SYNOPSIS", doc.Title)
	}
	under := "Westward Lark struck the pontoon at 0940 on 6 May 2024.\n\nNARRATIVE\n\nThe ferry had left Ardmore at 0815 that morning.\n"
	if doc := Parse(under, "r.txt", Options{}); doc.Title != "" {
		t.Errorf("title %q, want none (a heading under the story)", doc.Title)
	}
}

// TestLiveCoverageLine: a live page's line of its day under the title
// ("*Live coverage, Sunday 26 September 2021*", in italics or not) dates
// the document.
func TestLiveCoverageLine(t *testing.T) {
	for _, line := range []string{"*Live coverage, Sunday 26 September 2021*", "Live coverage, Sunday 26 September 2021", "_Live updates, 26 September 2021_"} {
		in := "# Election night live\n\n" + line + "\n\n**Monday, 04:05 CEST** — The provisional result is published.\n"
		checkBodies(t, Parse(in, "live.md", Options{Markdown: true}), map[string][2]string{"Monday, 04:05": {"", "2021-09-26"}})
	}
}

// TestPlaceDayOverStory: "Wellington, 15 October 2023" over the story with
// no blank line between is the story's dateline, dating the document, no
// heading of a diary's entry; over a letter's greeting it heads the
// letter.
func TestPlaceDayOverStory(t *testing.T) {
	doc := Parse("Wellington, 15 October 2023\nNational's win in Saturday's general election was well signalled.\n", "n.txt", Options{})
	checkBodies(t, doc, map[string][2]string{"National's win": {"", "2023-10-15"}})
	for _, s := range doc.Sections {
		if s.Kind == timeline.Heading || s.RefFrom == "heading" {
			t.Errorf("a dateline read as an entry's heading:\n%s", dump(doc))
			break
		}
	}
	doc = Parse("Netley, 4 August 1915\nDear Mother, I got here on Monday night.\n", "l.txt", Options{})
	if doc.Sections[0].Kind != timeline.Heading {
		t.Errorf("a letter's place and day no longer head it:\n%s", dump(doc))
	}
}
