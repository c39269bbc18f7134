package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRenderUndatedRows39h39e: render says on stderr how many of a
// sheet's rows give no date ("TBC", "?"), which the page lists under the
// chart but cannot place, as build and extract do (render said nothing);
// a sheet with a bad cell still renders the rest, and exits 1.
func TestRenderUndatedRows39h39e(t *testing.T) {
	for _, tc := range []struct {
		name, sheet string
		code        int
		stderr      []string
		page        []string // text the page must hold
	}{
		{"placeholders", "Date,Event\n1923-03-03,Foundation stone laid\nTBC,Kitchen added\n?,Second fire exit\n", 0,
			[]string{"hall.csv:3:1: 2 rows give no date (the first here); they are kept undated"},
			[]string{"Foundation stone laid", "Kitchen added", "Second fire exit"}},
		{"a bad cell", "Date,Event\n1923-03-03,Foundation stone laid\n2017-13,Roof completed\n", 1,
			[]string{`hall.csv:3:1: Date "2017-13"`, "hall.csv:3:1: 1 row gives no date; it is kept undated"},
			[]string{"Foundation stone laid", "Roof completed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			sheet := filepath.Join(dir, "hall.csv")
			if err := os.WriteFile(sheet, []byte(tc.sheet), 0o644); err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(dir, "page.html")
			code, _, stderr := runCLI(t, "", "render", sheet, "-o", page)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, stderr)
			}
			stderr = strings.ReplaceAll(stderr, dir+string(filepath.Separator), "")
			for _, want := range tc.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr %q, want %q", stderr, want)
				}
			}
			b, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.page {
				if !strings.Contains(string(b), want) {
					t.Errorf("page without %q", want)
				}
			}
		})
	}
}
