package e2e_test

import "testing"

// TestDocDates26D pins which line of a document's header gives it its
// date (session 26).
func TestDocDates26D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			// The extractor takes a dateline out of the article as its
			// byline; the page has no other date, so that line dates it,
			// as it does the same text read as a .txt file.
			name: "an html update line the extractor took as the byline",
			file: "season.html",
			text: `<html><head><title>Riverside Playhouse – Spring Season 2026</title></head><body>
<h1>Riverside Playhouse: Spring Season 2026</h1>
<p class="dateline">Updated 9 January 2026</p>
<h2>The Glass Orchard</h2>
<p>Back by popular demand! The run is extended until Sat 14 Mar. Evenings Tue–Sat 7.45pm, matinees Wed &amp; Sat 2pm. Running time 2hrs 20 mins with an interval.</p>
<h2>Looking back</h2>
<p>Last winter's panto sold 38,000 tickets, the best year since the building reopened in 2004 after a long refurbishment. Our youth company's production of The Wave, staged in November, returns for two nights on 6 and 7 Feb.</p>
<h2>Twelfth Night</h2>
<p>Previews from Thu 26 Mar; opening night Tue 31 Mar at 7pm. The run ends on 2 May. A signed performance on Sat 18 Apr at 2.30pm, and a relaxed one every Sunday afternoon.</p>
<p>Box office: 0161 496 0555 (Mon–Sat 10am–6pm). Friends' priority booking opens 20 January; general booking opens three days later.</p>
</body></html>`,
			want: []string{"2026-01-20 | Friends' priority booking opens", "2026-01-23 | General booking opens", "2026-03-26 | Previews"},
			not:  []string{"2027-01-20"},
		},
		{
			// A header line naming the listing, with the month it covers,
			// and its posting day in brackets: the posting dates it.
			name: "a posting date in brackets closing the header line",
			file: "gigs.txt",
			text: "THE CELLAR BAR\nGigs, March 2026 (posted Monday 2 March 2026)\n\nThis Saturday: the Ferris Brothers, 9pm.\n",
			want: []string{"2026-03-07T21:00"},
			not:  []string{"2026-03 | Gigs"},
		},
		{
			name: "a published date in brackets closing a report's name",
			file: "brief.txt",
			text: "Harbour Trust annual brief (published 14 May 2025)\n\nThe dredging finished last month.\n",
			want: []string{"2025-04 | The dredging finished"},
		},
		{
			// A header of parts between bars, the day with a note of the
			// lesson after a comma: the day dates the plan.
			name: "a piped header's day with a note after a comma",
			file: "lesson.txt",
			text: "Lesson plan: Rivers\n\nTeacher: Mr D. Osei | Class 9C | Monday 3 March 2025, period 5 (14:10–15:10)\n\nPupils who were absent may catch up on Wednesday.\n",
			want: []string{"2025-03-05"},
		},
		{
			// A "From:" line naming the report the text is taken from,
			// its title quoted and its month: the text speaks from then,
			// and the line is no event.
			name: "a From line citing a report with its month",
			file: "chapter.md",
			text: "# Chapter 4\n\n*From: \"Dry Wells\", a study by the Sahel Water Forum, March 2019.*\n\nAs of last month, only 40 of the 300 wells had been repaired.\n",
			want: []string{"2019-02 | Only 40 of the 300 wells had been repaired"},
			not:  []string{"2019-03"},
		},
		{
			// A briefing's sentence opening with the earlier day it tells
			// of is that day's event only, not a statement of the
			// briefing's day as well.
			name: "a briefing's sentence that opens with its own earlier day",
			file: "briefing.txt",
			text: "EDITOR DETAINED FOR SIX MONTHS\nPublic briefing — Tunis, 9 May 2024\n\nOn 12 February the court rejected his request for bail.\n",
			want: []string{"2024-02-12 | The court rejected his request for bail"},
			not:  []string{"2024-05-09"},
		},
		{
			// A record's "Date applied:" field dates the record and is an
			// event of it too (the application), as "Date first listed:"
			// is.
			name: "a registry record's date of application",
			file: "record.txt",
			text: "Trial registry entry\n\nDate applied: 23/09/2021\nDate assigned: 02/10/2021\nOverall study start date: 10/01/2022\nRecruitment end date: 30/06/2023\n",
			want: []string{"2021-09-23 | Date applied", "2022-01-10 | Overall study start date", "2023-06-30 | Recruitment end date"},
		},
	})
}

// TestDocTitles26D pins which line names a document (its title, source
// and lane): a press release's long headline in title case on line 1,
// not the dated subheadline under it.
func TestDocTitles26D(t *testing.T) {
	tests := []struct{ name, file, text, want string }{
		{
			name: "a long title-case headline over a dated subheadline",
			file: "release.txt",
			text: "Corvane Therapeutics Reports Positive Topline Results from Phase 3 Trial of Velorast in Moderate to Severe Plaque Psoriasis\n\nRegulatory submission planned for the first quarter of 2026\n\nBOSTON, Oct. 14, 2025 -- Corvane Therapeutics today reported topline results from its Phase 3 trial.\n",
			want: "Corvane Therapeutics Reports Positive Topline Results from Phase 3 Trial of Velorast in Moderate to Severe Plaque Psoriasis",
		},
		{
			// A first line in capitals over a line of text (its dates and
			// a note), no blank line between: the capitals name the guide.
			name: "a line in capitals over a sentence",
			file: "guide.txt",
			text: "HARBOUR REGATTA WEEKEND - RADIO GUIDE\nPortmoor, Sat 9 - Sun 10 August 2025. All times BST.\n\nSat 9 August\n  Opening parade  10:00-11:00\n",
			want: "HARBOUR REGATTA WEEKEND - RADIO GUIDE",
		},
		{
			name: "a long first sentence without its stop names nothing",
			file: "note.txt",
			text: "The committee met on Tuesday to review the plans for the new library and agreed to ask for more detail on the costs of the roof\n\nMembers will meet again next month.\n",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readFile(t, tt.file, tt.text)
			if got := res.Documents[0].Title; got != tt.want {
				t.Errorf("title %q, want %q", got, tt.want)
			}
		})
	}
}
