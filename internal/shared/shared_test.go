package shared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindsTheSharedFolderAbove(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "repo", "a", "b")
	for _, d := range []string{deep, filepath.Join(root, "shared", "seeds"), filepath.Join(root, "shared", "bench")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "shared", "seeds", SeedName), []byte("seed"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(deep)
	want := filepath.Join(root, "shared")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"dir", Dir(), want},
		{"seed", Seed(), filepath.Join(want, "seeds", SeedName)},
		{"bench", Bench(), filepath.Join(want, "bench")},
		{"absent element", Path("no-such-thing"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Fatalf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestNoSharedFolder(t *testing.T) {
	// The machine may have a shared folder above any real folder (a
	// /tmp/shared link, say), so the walk is given a file system in which
	// only the start folder's own files exist.
	start := t.TempDir()
	stat := func(p string) (os.FileInfo, error) {
		if filepath.Dir(p) == start {
			return os.Stat(p)
		}
		return nil, os.ErrNotExist
	}
	if d := dirFrom(start, stat); d != "" {
		t.Fatalf("dirFrom = %q in a folder with no shared folder above", d)
	}
	// and the same walk finds one made in the start folder
	if err := os.Mkdir(filepath.Join(start, "shared"), 0o755); err != nil {
		t.Fatal(err)
	}
	if d, want := dirFrom(start, stat), filepath.Join(start, "shared"); d != want {
		t.Fatalf("dirFrom = %q, want %q", d, want)
	}
}
