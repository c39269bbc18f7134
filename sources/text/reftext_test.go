package text

import "testing"

// TestRefText: a section dated by a line of the document keeps the date
// as that line writes it, for the events dated by it alone.
func TestRefText(t *testing.T) {
	cases := []struct {
		name, src, want string
		markdown        bool
	}{
		{"a header line", "Recorded: 2 September 2025\n\n[00:00:04] HOST (Sam Ortega): Welcome back to the show.\n", "2 September 2025", false},
		{"a release's heading two levels up", "# Changelog\n\n## [3.2.0] - 2025-11-18\n\n### Added\n\n- Support for Python 3.14.\n", "2025-11-18", true},
		{"a dateline", "LONDON, March 3, 2024 (Reuters) - The bank held its rate.\n", "March 3, 2024", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := Parse(tc.src, "doc", Options{Markdown: tc.markdown})
			got := ""
			for _, s := range doc.Sections {
				if s.RefFrom != "" && s.RefText != "" {
					got = s.RefText
				}
			}
			if got != tc.want {
				t.Errorf("RefText %q, want %q", got, tc.want)
			}
		})
	}
}
