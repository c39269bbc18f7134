package text

import "testing"

// TestDictatedTypedLine: a letter's line "Dictated: DATE   Typed: DATE"
// dates the letter by the day it was dictated, the day its words were
// made; the day it was typed is later.
func TestDictatedTypedLine(t *testing.T) {
	in := "Community Mental Health Team\nClinic letter\n\nDictated: 3 July 2023   Typed: 6 July 2023\n\nLast month he was signed off work.\n"
	checkBodies(t, Parse(in, "l.txt", Options{}), map[string][2]string{"Last month": {"", "2023-07-03"}})
}
