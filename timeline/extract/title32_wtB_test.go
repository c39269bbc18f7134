package extract

import "testing"

// TestTitleClosers: what closed the sentence around the date is no part
// of its title: the dash that led into a list ("come into force on 9th
// December 2024—¶(a) ...") and the bracket that closes an inserted text
// whose marker opened it ("[F3 Until 31 December 2026, vessels ... are
// exempt.]").
func TestTitleClosers(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "dash into a list", text: "3. Section 22 (harbour levy) comes into force on 1st April 2025—\n(a) for moorings in Quay Road.",
			want: []brief{{"2025-04-01", "on 1st April 2025", "Section 22 (harbour levy) comes into force"}}},
		{name: "inserted text", text: "[F3 Until 31 December 2026, vessels engaged solely in research are exempt.]",
			want: []brief{{"2026-12-31", "Until 31 December 2026", "Vessels engaged solely in research are exempt"}}},
	})
}
