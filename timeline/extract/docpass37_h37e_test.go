package extract

import "testing"

// TestAppositiveSpeaker37h37e: a statement closed by its speaker named
// with a role between commas ("..., the authority's chair, Helen Obi,
// said", "..., Ana Ruiz, the mayor, said") is titled by what was said, as
// it is with the role or the name alone; the speaker is no title.
func TestAppositiveSpeaker37h37e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the role, then the name", ref: "2026-03-10", text: "The terminal should open in the spring of 2028, the authority's chair, Helen Obi, said.",
			want: []brief{{"2028-SP", "in the spring of 2028", "The terminal should open"}}},
		{name: "the name, then the role", ref: "2026-03-10", text: "The bridge will reopen in 2027, Ana Ruiz, the mayor, said.",
			want: []brief{{"2027", "in 2027", "The bridge will reopen"}}},
		{name: "a second conjunct", ref: "2026-03-10", text: "Work starts in May and the bridge will reopen in 2027, the mayor, Ana Ruiz, said.",
			want: []brief{{"2026-05", "in May", "Work starts"}, {"2027", "in 2027", "The bridge will reopen"}}},
		{name: "a possessive role", ref: "2026-03-10", text: "The museum will close for repairs in June, its director, Lena Park, said.",
			want: []brief{{"2026-06", "in June", "The museum will close for repairs"}}},
		// as before
		{name: "the role alone", ref: "2026-03-10", text: "The bridge will reopen in 2027, the mayor said.",
			want: []brief{{"2027", "in 2027", "The bridge will reopen"}}},
		{name: "a list before the verb is no speaker's", ref: "2026-03-10", text: "Lisbon, Porto and Faro were hit by floods in 2024, the agency said.",
			want: []brief{{"2024", "in 2024", "Lisbon, Porto and Faro were hit by floods"}}},
	})
}
