package extract

import "testing"

// TestZoneEndsSentence: "EST." in capitals after a clock is the zone and
// ends its sentence (it was read as "est.", established, and the next
// sentence joined the title); the same time told on another clock after
// a slash without minutes ("/ 11 a.m. EST") leaves the title too.
func TestZoneEndsSentence(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "EST. ends a sentence", ref: "2025-11-03", text: "The call starts at 16:00 GMT / 11:00 EST. The auditors will present their report.",
			want: []brief{{"2025-11-03T16:00Z", "at 16:00 GMT", "The call starts"}}},
		{name: "slash time in hours", ref: "2025-11-03", text: "The call starts on 11 November 2025 at 4 p.m. GMT / 11 a.m. EST. The auditors will present.",
			want: []brief{{"2025-11-11T16:00Z", "on 11 November 2025 at 4 p.m. GMT", "The call starts"}}},
	})
}
