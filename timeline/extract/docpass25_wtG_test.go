package extract

import "testing"

// TestWeeksFromSunday: "two weeks from Sunday", told in the future, is
// counted from the Sunday to come.
func TestWeeksFromSunday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "weeks from Sunday", ref: "2025-09-09",
			text: "The pledge drive will be two weeks from Sunday.",
			want: []brief{{"2025-09-28", "two weeks from Sunday", "The pledge drive will be two weeks from Sunday"}}},
	})
}
