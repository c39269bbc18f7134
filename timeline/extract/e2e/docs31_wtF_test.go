package e2e_test

import "testing"

// TestDocs31F pins session 31's title fixes (helper F) on whole documents
// read as the command reads them.
func TestDocs31F(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a tribute's heading names the life",
			file: "tribute.txt",
			text: "Remembering Cal Brennan (1949–2021)\n\nCal Brennan died on 8 January 2021.\n",
			want: []string{"1949/2021 | Life of Cal Brennan", "2021-01-08 | Cal Brennan died"},
		},
	})
}
