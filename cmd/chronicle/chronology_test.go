package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
)

// chronologyInputs are test documents of every format a reader handles:
// the readers' own test documents and this package's PDF and DOCX.
var chronologyInputs = []string{
	"testdata/inputs/*",
	"../../sources/text/testdata/*.txt",
	"../../sources/text/testdata/*.md",
	"../../sources/text/testdata/*.srt",
	"../../sources/text/testdata/*.vtt",
	"../../sources/html/testdata/*.html",
	"../../sources/sheet/testdata/*.csv",
	"../../sources/sheet/testdata/*.tsv",
	"../../sources/sheet/testdata/*.json",
	"../../sources/testdata/latin1.txt",
	"../../sources/testdata/utf16le.txt",
	"../../sources/testdata/utf16be.txt",
	"../../sources/testdata/compilation.html",
	"../../examples/*.md",
}

// TestChronologyGoldens pins, for every test document, the chronology the
// whole pipeline draws from it (as events.csv), with the exit status and
// what was said on stderr.
func TestChronologyGoldens(t *testing.T) {
	var inputs []string
	for _, pattern := range chronologyInputs {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		if len(m) == 0 {
			t.Fatalf("no test document matches %s", pattern)
		}
		inputs = append(inputs, m...)
	}
	sort.Strings(inputs)
	formats := map[string]bool{}
	for _, in := range inputs {
		formats[strings.ToLower(filepath.Ext(in))] = true
		name := strings.NewReplacer("../", "", "/", "_").Replace(in)
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "extract", "--format", "csv", in)
			if code == exitUsage {
				t.Fatalf("usage error: %s", stderr)
			}
			var b strings.Builder
			fmt.Fprintf(&b, "# chronicle extract --format csv %s\n# exit %d\n", in, code)
			for _, line := range strings.Split(strings.TrimRight(stderr, "\n"), "\n") {
				if line != "" {
					fmt.Fprintf(&b, "# stderr: %s\n", line)
				}
			}
			b.WriteString(stdout)
			golden.CheckString(t, filepath.Join("testdata", "chronologies", name+".csv"), b.String())
		})
	}
	for _, ext := range []string{".txt", ".md", ".srt", ".vtt", ".html", ".pdf", ".docx", ".csv", ".tsv", ".json"} {
		if !formats[ext] {
			t.Errorf("no test document of the %s format", ext)
		}
	}
}
