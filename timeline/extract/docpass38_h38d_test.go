package extract

import "testing"

// TestReignInTwoDigits38h38d: a reign of the first centuries, marked
// "r." after a name ("Trajan (r. 98–117)"), is the reign's span, as one
// written in three or four digits is.
func TestReignInTwoDigits38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two digits to three", text: "The empire reached its greatest extent under Trajan (r. 98–117).",
			want: []brief{{"0098/0117", "98–117", "Reign of Trajan"}}},
		{name: "two digits to two", text: "Tiberius (r. 14–37) was the second emperor.",
			want: []brief{{"0014/0037", "14–37", "Reign of Tiberius"}}},
		{name: "no mark, no reign", text: "The table (14–37) lists the forts.", want: nil},
	})
}

// TestEndedInYearMovesStory38h38d: "The siege ended in 1453." is the
// sentence's own verb, no participle's aside: "the following year"
// after it counts from 1453 (was 1432, from the year before it).
func TestEndedInYearMovesStory38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the following year", text: "Joan was burned at Rouen in 1431. The siege ended in 1453. Constantinople fell the following year.",
			want: []brief{{"1431", "in 1431", "Joan was burned at Rouen"}, {"1453", "in 1453", "The siege ended"}, {"1454", "the following year", "Constantinople fell"}}},
	})
}

// TestFollowingFeast38h38d: "the following Christmas" is the first
// Christmas after the day the story is at.
func TestFollowingFeast38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Christmas after October", text: "The battle was fought on 14 October 1066. The following Christmas William was crowned.",
			want: []brief{{"1066-10-14", "on 14 October 1066", "The battle was fought"}, {"1066-12-25", "The following Christmas", "William was crowned"}}},
	})
}
