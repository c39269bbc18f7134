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
