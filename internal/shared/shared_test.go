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
	t.Chdir(t.TempDir())
	if d := Dir(); d != "" && filepath.Dir(d) != "/" {
		// A shared folder at the file-system root would be found; any
		// other answer is wrong.
		t.Fatalf("Dir() = %q in a folder with no shared folder above", d)
	}
}
