package extract

import "testing"

// TestRestatedBareWeekday27K: "It was Tuesday." without its article,
// after a day that was a Tuesday, says that day's weekday again: no event
// of its own (not the Tuesday of the writer's week), and "Two days later"
// counts from the day told.
func TestRestatedBareWeekday27K(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "it was Tuesday", ref: "2025-06-10", text: "We met the surveyor on 3 June 2025. It was Tuesday. Two days later the report arrived.",
			want: []brief{{"2025-06-03", "on 3 June 2025", "We met the surveyor"}, {"2025-06-05", "Two days later", "The report arrived"}}},
	})
}
