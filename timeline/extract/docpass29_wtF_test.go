package extract

import "testing"

// TestLocalAfterClock: "Local" (or "Local Time") after a time of day tells
// the place's clock, as "local time" does: it goes with the time, not into
// the title.
func TestLocalAfterClock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Local closing the sentence", ref: "2022-03-10", text: "The accident happened on March 3, 2022, 16:41 Local.",
			want: []brief{{"2022-03-03T16:41", "on March 3, 2022, 16:41", "The accident happened"}}},
		{name: "Local Time in capitals", ref: "2022-03-10", text: "The accident happened on March 3, 2022 at 16:41 Local Time.",
			want: []brief{{"2022-03-03T16:41", "on March 3, 2022 at 16:41", "The accident happened"}}},
		{name: "local before a noun stays", ref: "2022-03-10", text: "On March 3, 2022, at 16:41 local volunteers reached the wreck.",
			want: []brief{{"2022-03-03T16:41", "On March 3, 2022, at 16:41", "Local volunteers reached the wreck"}}},
	})
}
