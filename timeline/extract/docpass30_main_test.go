package extract

import "testing"

// TestVersionBracketDate: a time told in brackets after a version number
// ("in 9.0 (mid-2025)") is when the release comes, kept; a bare year in
// brackets after a figure ("38,500 (2019)") is still the figure's year.
func TestVersionBracketDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "mid-year after a version", ref: "2024-11-15", text: "We will drop PostgreSQL 13 support in 9.0 (mid-2025).",
			want: []brief{{"2025", "mid-2025", "We will drop PostgreSQL 13 support in 9.0"}}},
		{name: "figure's year", ref: "2024-11-15", text: "Daily traffic on the bridge: 38,500 (2019).",
			want: []brief{}},
	})
}
