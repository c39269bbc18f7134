package extract

import "testing"

// TestPartitiveRelative36: a relative clause that picks some of a group
// ("a fleet of 42 trains, the first of which entered service") is told
// of those members of the group, not of a bare "the first of".
func TestPartitiveRelative36(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the first of which", ref: "2025-01-01", text: "The operator ordered a new fleet of 42 electric trains, the first of which entered service on 1 July 2024.",
			want: []brief{{"2024-07-01", "on 1 July 2024", "The first of a new fleet of 42 electric trains entered service"}}},
		{name: "the last of which", ref: "2025-01-01", text: "The band released four albums, the last of which came out in 2009.",
			want: []brief{{"2009", "in 2009", "The last of the four albums came out"}}},
		{name: "a number of which", ref: "2025-01-01", text: "The yard built six ships, two of which sank in 1915.",
			want: []brief{{"1915", "in 1915", "Two of the six ships sank"}}},
		{name: "all of whom", ref: "2025-01-01", text: "She had three sons, all of whom served in the army in 1916.",
			want: []brief{{"1916", "in 1916", "All of the three sons served in the army"}}},
		{name: "most of which", ref: "2025-01-01", text: "The council received 40 objections, most of which arrived in March 2023.",
			want: []brief{{"2023-03", "in March 2023", "Most of the 40 objections arrived"}}},
		// a plain relative clause is unchanged
		{name: "which alone", ref: "2025-01-01", text: "The operator ordered a new fleet of electric trains, which entered service on 1 July 2024.",
			want: []brief{{"2024-07-01", "on 1 July 2024", "A new fleet of electric trains entered service"}}},
	})
}

// TestPartitiveRelativeNames36: a name inside the group's phrase.
func TestPartitiveRelativeNames36(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a name in the group", ref: "2025-01-01", text: "The city kept five Carnegie libraries, two of which closed in 1998.",
			want: []brief{{"1998", "in 1998", "Two of the five Carnegie libraries closed"}}},
	})
}
