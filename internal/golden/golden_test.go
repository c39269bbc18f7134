package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a TB that records what Check reports instead of failing.
type recorder struct {
	errors, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

// setUpdate sets the -update flag for one test.
func setUpdate(t *testing.T, v bool) {
	old := *Update
	*Update = v
	t.Cleanup(func() { *Update = old })
}

func TestDiff(t *testing.T) {
	long := strings.Repeat("abcdefghij", 30)
	tests := []struct {
		name, got, want string
		diff            string // "" when equal
	}{
		{name: "equal", got: "a\nb\n", want: "a\nb\n"},
		{name: "both empty"},
		{name: "changed line", got: "a\nb\nc\n", want: "a\nB\nc\n",
			diff: "line 2, column 1:\n got: \"b\"\nwant: \"B\""},
		{name: "changed inside line", got: "one two\n", want: "one too\n",
			diff: "line 1, column 6:\n got: \"one two\"\nwant: \"one too\""},
		{name: "missing final newline", got: "a\nb", want: "a\nb\n",
			diff: "line 3 (got has 2 lines, want 3):\n got: (no line)\nwant: \"\""},
		{name: "extra line", got: "a\nb\nc", want: "a\nb",
			diff: "line 3 (got has 3 lines, want 2):\n got: \"c\"\nwant: (no line)"},
		{name: "empty got", got: "", want: "x\n",
			diff: "line 1, column 1:\n got: \"\"\nwant: \"x\""},
		{name: "carriage return shows", got: "a\r\n", want: "a\n",
			diff: "line 1, column 2:\n got: \"a\\r\"\nwant: \"a\""},
		{name: "long line cut around the difference",
			got:  long[:150] + "X" + long[151:],
			want: long,
			diff: "line 1, column 151:\n got: ...\"" + long[90:150] + "X" + long[151:250] + "\"...\nwant: ...\"" + long[90:250] + "\"..."},
		{name: "multibyte rune not split", got: "été", want: "étà",
			diff: "line 1, column 4:\n got: \"été\"\nwant: \"étà\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := Diff([]byte(tt.got), []byte(tt.want)); d != tt.diff {
				t.Errorf("Diff(%q, %q) =\n%s\nwant\n%s", tt.got, tt.want, d, tt.diff)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name          string
		path, got     string
		errors, fatal string // substrings expected in the reports, "" for none
	}{
		{name: "same", path: path, got: "one\ntwo\n"},
		{name: "different", path: path, got: "one\n2\n",
			errors: "output differs from " + path + " (if the change is intended, run go test -update"},
		{name: "missing file", path: filepath.Join(dir, "none.txt"), got: "x",
			fatal: "run go test -update to create it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setUpdate(t, false)
			var r recorder
			CheckString(&r, tt.path, tt.got)
			check(t, "Errorf", r.errors, tt.errors)
			check(t, "Fatalf", r.fatals, tt.fatal)
		})
	}
}

func TestCheckDiffIsShort(t *testing.T) {
	setUpdate(t, false)
	path := filepath.Join(t.TempDir(), "big.txt")
	want := strings.Repeat("same line\n", 1000)
	if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	var r recorder
	Check(&r, path, []byte(strings.Replace(want, "same", "new", 1)))
	if len(r.errors) != 1 {
		t.Fatalf("errors = %q, want one", r.errors)
	}
	if msg := r.errors[0]; len(msg) > 400 || !strings.Contains(msg, "line 1, column 1") {
		t.Errorf("the report should name the first differing line only, got %d bytes:\n%s", len(msg), msg)
	}
}

func TestUpdate(t *testing.T) {
	setUpdate(t, true)
	dir := t.TempDir()
	tests := []struct {
		name, path string
	}{
		{name: "new file in new folders", path: filepath.Join(dir, "x", "y", "new.golden")},
		{name: "existing file rewritten", path: filepath.Join(dir, "x", "y", "new.golden")},
		{name: "file in current folder", path: filepath.Join(dir, "top.golden")},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fmt.Sprintf("output %d\n", i)
			var r recorder
			CheckString(&r, tt.path, got)
			if len(r.errors)+len(r.fatals) > 0 {
				t.Fatalf("reports under -update: %q %q", r.errors, r.fatals)
			}
			b, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != got {
				t.Errorf("file holds %q, want %q", b, got)
			}
			// Without -update the rewritten file now matches.
			*Update = false
			defer func() { *Update = true }()
			CheckString(&r, tt.path, got)
			if len(r.errors)+len(r.fatals) > 0 {
				t.Errorf("rewritten file does not match: %q %q", r.errors, r.fatals)
			}
		})
	}
}

func TestUpdateFails(t *testing.T) {
	setUpdate(t, true)
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var r recorder
	// The folder to create is a file: the write must fail loudly.
	Check(&r, filepath.Join(blocker, "sub", "g.txt"), []byte("x"))
	if len(r.fatals) != 1 || !strings.Contains(r.fatals[0], "golden:") {
		t.Errorf("fatals = %q, want one golden error", r.fatals)
	}
}

// *testing.T, B and F all fit TB.
var _ TB = testing.TB(nil)

func check(t *testing.T, what string, got []string, want string) {
	t.Helper()
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("%s called: %q", what, got)
	case want != "" && (len(got) != 1 || !strings.Contains(got[0], want)):
		t.Errorf("%s = %q, want one containing %q", what, got, want)
	}
}

func ExampleDiff() {
	fmt.Println(Diff([]byte("date,event\n1969-07-20,landing\n"), []byte("date,event\n1969-07-21,landing\n")))
	// Output:
	// line 2, column 10:
	//  got: "1969-07-20,landing"
	// want: "1969-07-21,landing"
}
