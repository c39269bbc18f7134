package sources

import (
	"context"
	"testing"
)

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"*.md", "a.md", true},
		{"*.md", "sub/a.md", false},
		{"sub/*.csv", "sub/c.csv", true},
		{"**/*.csv", "c.csv", true},
		{"**/*.csv", "a/b/c.csv", true},
		{"**/*.csv", "a/b/c.txt", false},
		{"drafts/**", "drafts/x/y.md", true},
		{"drafts/**", "final/x.md", false},
		{"a/**/z.txt", "a/z.txt", true},
		{"a/**/z.txt", "a/b/c/z.txt", true},
		{"[ab].txt", "b.txt", true},
		{"?.txt", "ab.txt", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern+" "+tt.name, func(t *testing.T) {
			if got := matchGlob(tt.pattern, tt.name); got != tt.want {
				t.Errorf("matchGlob(%q, %q) = %v", tt.pattern, tt.name, got)
			}
		})
	}
}

func TestBadGlob(t *testing.T) {
	_, err := Read(context.Background(), []string{"testdata/folder"}, Options{Exclude: []string{"**/[a-"}})
	if err == nil || err.Error() != `pattern "**/[a-": syntax error in pattern` {
		t.Fatalf("err = %v", err)
	}
}

func TestFolderDoubleStar(t *testing.T) {
	res, err := Read(context.Background(), []string{"testdata/folder"}, Options{Include: []string{"**/*.csv", "**/*.html"}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range res.Inputs {
		names = append(names, in.Name)
	}
	if len(names) != 2 || names[0] != "testdata/folder/sub/c_events.csv" || names[1] != "testdata/folder/sub/d_page.html" {
		t.Errorf("read %q", names)
	}
}
