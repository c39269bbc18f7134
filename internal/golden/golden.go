// Package golden compares test output with golden files, the expected
// output kept under a package's testdata/ folder.
//
// A test computes its output and hands it to [Check] with the file's path:
//
//	golden.Check(t, filepath.Join("testdata", name+".csv"), buf.Bytes())
//
// Without flags the test fails when the output differs from the file, and
// the message shows the first differing line only (both versions, cut to
// a window around the first differing byte), not the whole output. Run
// the tests with -update (or `make update-golden`) to rewrite the files
// from the current output, creating missing folders, then review the
// change with git diff before committing it.
//
// Importing this package registers the -update flag of the test binary,
// so a package that imports it must not register its own "update" flag:
// the flag package panics on a duplicate name.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Update is set by the -update flag of every test binary that imports
// this package: [Check] then rewrites the golden files instead of
// comparing with them.
var Update = flag.Bool("update", false, "rewrite the golden files")

// TB is the part of testing.TB that Check uses; *testing.T, *testing.B
// and *testing.F all satisfy it.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Check compares got with the file at path. With -update it writes got to
// the file instead, creating the file's folder if needed. A missing file
// is a fatal error; a difference is reported with [Diff] and the test
// goes on.
func Check(t TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := write(path, got); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run go test -update to create it)", err)
		return
	}
	if d := Diff(got, want); d != "" {
		t.Errorf("output differs from %s (if the change is intended, run go test -update or make update-golden, and review git diff):\n%s", path, d)
	}
}

// CheckString is [Check] for output held in a string.
func CheckString(t TB, path, got string) {
	t.Helper()
	Check(t, path, []byte(got))
}

func write(path string, data []byte) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	return os.WriteFile(path, data, 0o644)
}

// Lines are shown from this many bytes before the first differing byte
// to this many after it.
const (
	before = 60
	after  = 100
)

// Diff describes where got first differs from want: the line number
// (from 1), the byte column (from 1) and both lines quoted, each cut to a
// window around that column. It returns "" when got and want are equal.
// A line present on one side only is shown as "(no line)": that is also
// how a missing or extra final newline shows.
func Diff(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; ; i++ {
		if i >= len(g) || i >= len(w) || g[i] != w[i] {
			return diffLine(i, g, w)
		}
	}
}

func diffLine(i int, g, w []string) string {
	var gl, wl string
	switch {
	case i >= len(g):
		wl = w[i]
		return fmt.Sprintf("line %d (got has %d lines, want %d):\n got: (no line)\nwant: %s", i+1, len(g), len(w), clip(wl, 0))
	case i >= len(w):
		gl = g[i]
		return fmt.Sprintf("line %d (got has %d lines, want %d):\n got: %s\nwant: (no line)", i+1, len(g), len(w), clip(gl, 0))
	}
	gl, wl = g[i], w[i]
	col := 0
	for col < len(gl) && col < len(wl) && gl[col] == wl[col] {
		col++
	}
	// Start the column at the beginning of the rune it falls in.
	for col > 0 && (col < len(gl) && !utf8.RuneStart(gl[col]) || col < len(wl) && !utf8.RuneStart(wl[col])) {
		col--
	}
	return fmt.Sprintf("line %d, column %d:\n got: %s\nwant: %s", i+1, col+1, clip(gl, col), clip(wl, col))
}

// clip quotes the part of line around byte offset col, marking cut ends
// with "...".
func clip(line string, col int) string {
	lo, hi := max(0, col-before), min(len(line), col+after)
	for lo > 0 && !utf8.RuneStart(line[lo]) {
		lo--
	}
	for hi < len(line) && !utf8.RuneStart(line[hi]) {
		hi++
	}
	s := fmt.Sprintf("%q", line[lo:hi])
	if lo > 0 {
		s = "..." + s
	}
	if hi < len(line) {
		s += "..."
	}
	return s
}
