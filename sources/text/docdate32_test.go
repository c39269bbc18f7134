package text

import "testing"

// TestSpokenDate: in a text that states no date of its own otherwise,
// the day its opening words say it is dates it ("Good morning, it's
// Tuesday the 11th of February 2025"); a year alone, a day said twice
// differently, or a day said far into the text does not.
func TestSpokenDate(t *testing.T) {
	tests := []docDateCase{
		{"host's greeting", "THE MORNING HOUR — Episode 214\n\nHOST: Good morning, it's Tuesday the 11th of February 2025, and this is The Morning Hour.\n\nGUEST: Yesterday the council voted.\n", "2025-02-11"},
		{"today is", "Recording 7\n\nToday is 3 March 2024. I am at the harbour with the crew.\n\nThey sailed yesterday.\n", "2024-03-03"},
		{"the date is", "Witness statement, tape two.\n\nThe date is 9 May 1998, the time 14:10.\n\nI saw him on Thursday.\n", "1998-05-09"},
		{"a year alone", "HOST: It's 2025, and the town still has no library.\n\nGUEST: It closed last year.\n", ""},
		{"two different days", "A: It's 3 March 2024.\n\nB: No, it's 4 March 2024.\n\nA: Then the boat left yesterday.\n", ""},
		{"not said as the day", "HOST: The library shut on 3 March 2024, and it's still closed.\n\nGUEST: It may open next month.\n", ""},
		{"a date stated wins", "Published 1 June 2024\n\nHOST: Good morning, it's Tuesday the 11th of February 2025.\n", "2024-06-01"},
	}
	runDocDate(t, tests)
}
