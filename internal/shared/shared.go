// Package shared finds the project's shared folder, ../shared beside the
// repository (the seed document and the benchmark corpora), which tests and
// benchmarks read in place and never copy into the repository.
package shared

import (
	"os"
	"path/filepath"
)

// SeedName is the file name of the document the project was created from.
const SeedName = "000_93d4bf2c9bc41067.txt"

// Dir returns the shared folder, found by walking up from the working
// directory to a folder that holds "shared"; "" when there is none.
func Dir() string {
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	return dirFrom(dir, os.Stat)
}

// dirFrom walks up from dir, asking stat about each "shared" candidate.
func dirFrom(dir string, stat func(string) (os.FileInfo, error)) string {
	for {
		p := filepath.Join(dir, "shared")
		if st, err := stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of elem inside the shared folder when it exists,
// else "".
func Path(elem ...string) string {
	dir := Dir()
	if dir == "" {
		return ""
	}
	p := filepath.Join(append([]string{dir}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Seed returns the path of the seed document, or "" when it is absent.
func Seed() string { return Path("seeds", SeedName) }

// Bench returns the path of the benchmark folder, or "" when it is absent.
func Bench() string { return Path("bench") }
