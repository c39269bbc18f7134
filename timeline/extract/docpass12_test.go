package extract

import "testing"

// TestDocPass12: what the twelfth session's blind passes over new kinds of
// documents found, each case under the comment that says what it checks.
func TestDocPass12(t *testing.T) {
	runRealCases(t, []realCase{
		// an age told in the sentence before is not this sentence's
		{
			name: "an age, then a year",
			text: "She began drawing plants at the age of ten. In 1834 the family moved to Bristol.",
			want: []brief{{"1834", "In 1834", "The family moved to Bristol"}},
		},
		{
			name: "a year after an age in its own sentence is still no year",
			text: "Pupils at the age of 1834 will be admitted.",
			want: nil,
		},
		{
			name: "split years make one range",
			text: "Enrolment doubled between 2010/11 and 2024/25.",
			ref:  "2025-09-10",
			want: []brief{{"2010/2025", "between 2010/11 and 2024/25", "Enrolment doubled"}},
		},
	})
}
