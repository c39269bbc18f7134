package extract

import "testing"

// TestSameDayAfterColon: "the same day" whose day the sentence gives
// after a colon is that day, one event told by the written date.
func TestSameDayAfterColon(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the same day by East and West", ref: "", text: "Great Lent began on Monday, March 3, 2025. Pascha is celebrated on the same day by East and West: Sunday, April 20, 2025.",
			want: []brief{{"2025-03-03", "on Monday, March 3, 2025", "Great Lent began"}, {"2025-04-20", "Sunday, April 20, 2025", "Pascha is celebrated on the same day by East and West"}}},
		{name: "the same day after the day told", ref: "", text: "The council met on Monday, March 3, 2025. The mayor resigned the same day.",
			want: []brief{{"2025-03-03", "on Monday, March 3, 2025", "The council met"}, {"2025-03-03", "the same day", "The mayor resigned"}}},
	})
}
