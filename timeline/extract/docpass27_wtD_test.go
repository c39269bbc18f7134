package extract

import "testing"

// TestPlaceDayLine27D: a line naming a meeting's edition, its place and
// its day in brackets, is what was held then, no title line.
func TestPlaceDayLine27D(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an edition's line", text: "Previous editions\n\nEuroVisML 2023, Leipzig (12 June 2023)\n\nThe next edition will be announced.",
			want: []brief{{"2023-06-12", "12 June 2023", "EuroVisML 2023, Leipzig"}}},
	})
}
