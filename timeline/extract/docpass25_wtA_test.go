package extract

import "testing"

// TestNamedByItsYear: "the <Name> of <year>" names a thing by its year
// ("The Geminids of 2025"): beside a day of the sentence it makes no event
// of its own, and that day is of its year.
func TestNamedByItsYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a shower of a year to come", ref: "2024-12-20", text: "The Geminids of 2025 deserve special effort: the Moon rises around 23:00 on 13 December.",
			want: []brief{{"2025-12-13T23:00", "around 23:00 on 13 December", "The Moon rises"}}},
		{name: "alone it dates its sentence", ref: "2024-12-20", text: "The Geminids of 2025 deserve special effort.",
			want: []brief{{"2025", "2025", "The Geminids of 2025 deserve special effort"}}},
	})
}
