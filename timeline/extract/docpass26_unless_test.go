package extract

import "testing"

// TestUnlessStatedOfADay: "unless stated" after a time makes it a list's
// default only when no day of the sentence holds it; the words are no
// reporting verb either ("unless states" was written for "unless stated").
func TestUnlessStatedOfADay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a day's time with unless stated", ref: "2025-08-01",
			text: "The derby on Saturday 9 August starts at 12.30pm unless stated otherwise by the league.",
			want: []brief{{"2025-08-09T12:30", "on Saturday 9 August … at 12.30pm", "The derby starts unless stated otherwise by the league"}}},
		{name: "as noted is nobody speaking", ref: "2025-08-01",
			text: "As noted, the gates open on Saturday 9 August.",
			want: []brief{{"2025-08-09", "on Saturday 9 August", "The gates open"}}},
	})
}
