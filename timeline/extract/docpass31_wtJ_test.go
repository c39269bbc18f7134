package extract

import "testing"

// TestDocPass31WtJ pins the titles of round 31's QA items of helper wtJ.
func TestDocPass31WtJ(t *testing.T) {
	runRealCases(t, []realCase{
		{
			// a verb alone between the subject's aside and the date is the
			// clause's own, not an aside (was "The prize, worth 1,200 pounds
			// the same year as her divorce")
			name: "verb after aside before date",
			ref:  "2024-01-01",
			text: "The prize, worth 1,200 pounds, came in 1922, the same year as her divorce.",
			want: []brief{{"1922", "in 1922", "The prize, worth 1,200 pounds, came, the same year as her divorce"}},
		},
		{
			name: "passive verb after aside before date",
			ref:  "2024-01-01",
			text: "The medal, made of solid silver, was awarded in 1931, the year of the flood.",
			want: []brief{{"1931", "in 1931", "The medal, made of solid silver, was awarded"}},
		},

		{
			// participles after a dash tell of the name before it (was
			// "Recorded was released")
			name: "participles after a dash",
			ref:  "2024-01-01",
			text: "Songs from the Harbour — taped in May 2001, issued in 2003.",
			want: []brief{{"2001-05", "in May 2001", "Songs from the Harbour — taped"}, {"2003", "in 2003", "Songs from the Harbour issued"}},
		},
	})
}
