package e2e_test

import "testing"

// TestReleasedListItems: list items naming a record and the day it was
// released ('- "Slow Comet" — released 12 June 1990.') are events of the
// things they name, not the document's Published line.
func TestReleasedListItems(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "two released items", file: "singles.txt",
			text: "- \"Slow Comet\" — released 12 June 1990.\n- \"Rivermouth\" — released 7 March 1994.\n",
			want: []string{"1990-06-12", "1994-03-07"}},
		{name: "under a heading", file: "disc.md",
			text: "# The Lanterns — Discography\n\n## Singles\n\n- \"Paper Moon\" (3:58) — released 2 May 1991, peaked at No. 7.\n- \"Low Tide\" — released in November 1995 as a double A-side.\n\nThe band split up the next year.\n",
			want: []string{"1991-05-02", "1995-11", "1996 | The band split up"}},
	})
}

// TestRunningOrder: a radio running order's "TX:" line dates it, each slot
// opening its line is on that day whatever day the slot before spoke of,
// and the dates a slot's sentences tell are events of their own.
func TestRunningOrder(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "TX line and slots", file: "ro.txt",
			text: "TX: Monday 1 February 2021, 10:00-12:00 GMT\n\n10:06  Interview. The bridge should reopen on 26 February.\n10:18  Music.\n10:22  Travel. Lane closures continue until Friday.\n",
			want: []string{"2021-02-01T10:06", "2021-02-01T10:18", "2021-02-01T10:22", "2021-02-26 | The bridge should reopen", "2021-02-05 | Lane closures continue"},
			not:  []string{"2021-02-26T10:18", "2021-02-26T10:22"}},
		{name: "a slot's sentences", file: "ro2.txt",
			text: "Running order, Monday 1 February 2021\n\n10:06  Interview: the bridge has been shut since 14 January.\n10:55  Sport: United beat Rovers on Saturday.\n",
			want: []string{"2021-01-14 | The bridge has been shut", "2021-01-30 | United beat Rovers", "2021-02-01T10:06", "2021-02-01T10:55"}},
		{name: "a talk's subject", file: "prog.txt",
			text: "Programme, Tuesday 3 June 2025\n\n14:00 Panel: energy policy after 2027\n15:00 Close\n",
			want: []string{"2025-06-03T14:00", "2025-06-03T15:00"}, not: []string{"2027"}},
	})
}

// TestTranscriptDayEvent: a transcript's day makes no event of its own
// from a speaker's words that tell of an earlier day they name ("HOLT:
// On Monday the union voted to strike.", "PATEL: Polling had it at 41
// percent on Sunday.") or that state nothing ("PEGGY: Right here.").
func TestTranscriptDayEvent(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "opens with an earlier day", file: "t1.txt",
			text: "Transcript\n\nThursday 5 October 2023\n\nHOLT: On Monday the union voted to strike.\n",
			want: []string{"2023-10-02"}, not: []string{"2023-10-05"}},
		{name: "an earlier day at the end", file: "t2.txt",
			text: "CHANNEL 9 NEWS — ELECTION NIGHT SPECIAL — TRANSCRIPT\nTuesday, November 8, 2022\n\nGOMEZ: Good evening.\nPATEL: Polling had it at 41 percent on Sunday.\n",
			want: []string{"2022-11-06"}, not: []string{"2022-11-08"}},
		{name: "an answer without a verb", file: "t3.txt",
			text: "ORAL HISTORY PROJECT\nInterview conducted 22 January 2024 at her home.\n\nSAM: Where were you born?\nPEGGY: Right here. I was born in 1941, in the March.\n",
			want: []string{"1941"}, not: []string{"2024-01-22 | Peggy says Right here"}},
		{name: "a statement of the day stays", file: "t4.txt",
			text: "Transcript\n\nThursday 5 October 2023\n\nHOLT: Our members are ready to strike. On Monday the union voted for it.\n",
			want: []string{"2023-10-02", "2023-10-05"}},
	})
}
