package e2e_test

import "testing"

// TestDocs28D pins documents read whole, from session 28's blind passes:
// the document dates of header lines and their fields.
func TestDocs28D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "bold labelled fields on one line, the date of issue among them",
			file: "plan.md",
			text: "# Lift Plan\n\n**Revision:** C  **Date of issue:** 2 June 2025\n**Appointed person:** K. Lindqvist\n\nThe crane arrived on Monday.\n",
			want: []string{"2025-06-02 | The crane arrived"},
			not:  []string{"2025-06-02 | C Date of issue"},
		},
		{
			name: "labelled fields set apart by a bar",
			file: "memo.txt",
			text: "Site memo\n\nRef: SM-114 | Date: 9 May 2025\n\nThe scaffold was struck yesterday.\n",
			want: []string{"2025-05-08 | The scaffold was struck"},
		},
	})
}
