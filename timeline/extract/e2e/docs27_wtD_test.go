package e2e_test

import "testing"

// TestDocs27D pins documents read whole: a release's "Released on DATE."
// opening a paragraph that goes on is the release, an event, not the
// page's publication; a day on the first line over a sentence dates it as
// a diary's entry; an "Announced" header line dates the document.
func TestDocs27D(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "release notes: released on, then what it fixes",
			file: "notes.md",
			text: "# Strata release notes\n\n_Last updated: 2024-11-05_\n\n## Strata 2024.10.2 (security release)\n\n" +
				"Released on 2024-11-05. This release fixes CVE-2024-52011, a stored cross-site scripting bug. All users should upgrade.\n\n" +
				"## Strata 2024.10.0\n\nReleased on 2024-10-01. Feature release, no security fixes.\n",
			want: []string{"2024-11-05 | Strata 2024.10.2", "2024-10-01 | Strata 2024.10.0"},
		},
		{
			name: "released on, a clause after the date",
			file: "notes.txt",
			text: "Released on November 5, 2024, this version fixes two bugs in the importer.\n",
			want: []string{"2024-11-05"},
		},
		{
			name: "first line day over a sentence",
			file: "log.txt",
			text: "Saturday 2 December 2023\nOn Thursday a tagged pup was found on the east beach.\n",
			want: []string{"2023-11-30 | A tagged pup was found"},
			not:  []string{"2023-12-02"},
		},
		{
			name: "announced line",
			file: "school.md",
			text: "# Summer School 2026\n\n*Announced 3 November 2025*\n\nThe first round of funding decisions was made last spring.\n",
			want: []string{"2025-SP | The first round of funding decisions was made"},
		},
	})
}
