package tempex

import "testing"

// TestReleaseVersion: a release's name opening a heading, with or without
// its product's name; a numbered part of a document is none.
func TestReleaseVersion(t *testing.T) {
	tests := []struct {
		h    string
		want string // the name read, "" for none
	}{
		{"3.1.4 (2024-11-05)", "3.1.4"},
		{"[1.0.2] - 2025-06-18", "[1.0.2]"},
		{"Version 2.4.0", "Version 2.4.0"},
		{"v2.10 – Nov 5, 2024", "v2.10"},
		{"Ferrule 3.1.4", "Ferrule 3.1.4"},
		{"Harbor CLI 2.4 (March 7, 2023)", "Harbor CLI 2.4"},
		{"Ubuntu 24.04 LTS", "Ubuntu 24.04 LTS"},
		{"Section 2.4", ""},
		{"Table 3.1 – Results", ""},
		{"March 2024", ""},
	}
	for _, tt := range tests {
		t.Run(tt.h, func(t *testing.T) {
			got := ""
			if end := ReleaseVersion(tt.h); end >= 0 {
				got = tt.h[:end]
			}
			if got != tt.want {
				t.Errorf("ReleaseVersion(%q) read %q, want %q", tt.h, got, tt.want)
			}
		})
	}
}
