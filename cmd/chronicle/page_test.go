package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRenderKeepsTheBuildsTitle: a sheet build wrote, corrected and drawn
// again with render, keeps the title and subtitle of the page build drew
// (a sheet's rows hold none); --title given to render still wins.
func TestRenderKeepsTheBuildsTitle(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "lesson.md")
	if err := os.WriteFile(doc, []byte("# The Tudors, 1485–1603\n\nHenry VII won at Bosworth in 1485.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "", "build", "--subtitle", "Year 8 history", "-o", out, doc); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	for _, tt := range []struct {
		name  string
		args  []string
		title string
		sub   bool
	}{
		{"as built", nil, "The Tudors, 1485–1603", true},
		{"a title given", []string{"--title", "Bosworth"}, "Bosworth", true},
	} {
		page := filepath.Join(dir, tt.name+".html")
		args := append(append([]string{"render"}, tt.args...), "-o", page, filepath.Join(out, "events.csv"))
		if code, _, stderr := runCLI(t, "", args...); code != 0 {
			t.Fatalf("%s: render: exit %d: %s", tt.name, code, stderr)
		}
		b, _ := os.ReadFile(page)
		if !strings.Contains(string(b), "<title>"+tt.title+"</title>") {
			t.Errorf("%s: the page's title is not %q", tt.name, tt.title)
		}
		if strings.Contains(string(b), "Year 8 history") != tt.sub {
			t.Errorf("%s: subtitle shown %v, want %v", tt.name, !tt.sub, tt.sub)
		}
	}
}
