package text

import "testing"

// TestAccidentBoxDatesItsTimes: a report's box of fields about its
// accident ("Date & Time: ...", "Injuries: ..."), with nothing else dating
// the text, is the day its times of day count from.
func TestAccidentBoxDatesItsTimes(t *testing.T) {
	in := "Date & Time: March 3, 2022, 16:41 Local\nInjuries: 1 Serious, 3 Minor\n\nThe flight departed at 16:05 local time.\n"
	checkBodies(t, Parse(in, "r.txt", Options{}), map[string][2]string{"Injuries: 1 Serious": {"", "2022-03-03"}})
}
