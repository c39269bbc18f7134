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
