package e2e_test

import "testing"

// TestDictatedTypedNoEvent: a letter's "Dictated: DATE   Typed: DATE"
// line dates the letter and is no event of its own.
func TestDictatedTypedNoEvent(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a clinic letter", file: "letter.txt",
			text: "Community Mental Health Team\nClinic letter\n\nDictated: 3 July 2023   Typed: 6 July 2023\n\nI reviewed him in clinic on 28 June 2023. Last month he was signed off work.\n",
			want: []string{"2023-06-28 | I reviewed him in clinic", "2023-06 | He was signed off work"},
			not:  []string{"2023-07-03", "2023-07-06"}},
	})
}
