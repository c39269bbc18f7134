package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// harbourLog is a text of n paragraphs, each with an event on a date of
// its own, under a title and a "Published:" line: 7,500 paragraphs make
// some 1.2 MiB.
func harbourLog(n int) string {
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	var sb strings.Builder
	sb.WriteString("Harbour log\n\nPublished: 4 June 2014\n\n")
	for i := range n {
		fmt.Fprintf(&sb, "On %d %s %d, the ferry Number %d left the harbour at dawn with %d passengers and came back late, as the crew had said it would when the timetable was set.\n\n",
			i%28+1, months[i/28%12], 1700+i/336, i, 10+i%90)
	}
	return sb.String()
}

// TestBuildLargeText reads, through build and extract, texts larger than
// a part (1 MiB): read in parts, from a file and from standard input,
// every dated paragraph makes its event and --explain tells of every
// part.
func TestBuildLargeText(t *testing.T) {
	const paras = 7500 // about 1.2 MiB: two parts
	text := harbourLog(paras)
	if len(text) < 1<<20+100<<10 {
		t.Fatalf("the text is %d bytes, want over 1.1 MiB", len(text))
	}
	file := filepath.Join(t.TempDir(), "log.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{name: "file", args: []string{"extract", "--explain", file}},
		{name: "stdin", stdin: text, args: []string{"extract", "--explain", "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tt.stdin, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			rows := strings.Count(out, "\n") - 1 // the header
			if rows != paras {
				t.Errorf("%d events, want %d", rows, paras)
			}
			if n := strings.Count(errs, "2014-06-04 from the Published/Updated line"); n < 2 {
				t.Errorf("--explain tells of %d sections dated by the Published line, want one a part at least:\n%s", n, errs)
			}
			for _, want := range []string{"Harbour log", "1700-01-01", "The ferry Number 0 left the harbour", "Number 7499 left"} {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in the output", want)
				}
			}
		})
	}
}

// TestExplainOrder checks that --explain prints, for small inputs, what it
// always has in the order it always has: the read's errors and notes
// first, then the sections, whose lines are held until the read is over.
func TestExplainOrder(t *testing.T) {
	latin := filepath.Join("..", "..", "sources", "testdata", "latin1.txt")
	code, _, errs := runCLI(t, "", "extract", "--explain", "no-such-file.txt", latin)
	if code == 0 {
		t.Fatalf("exit 0 with a missing input:\n%s", errs)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	want := []string{
		"no-such-file.txt:1:1: no such file or directory",
		latin + ": not UTF-8; read as Windows-1252",
		latin + ":1:1: heading of",
	}
	if len(lines) < len(want) {
		t.Fatalf("stderr:\n%s", errs)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d of stderr is %q, want it to start %q", i+1, lines[i], w)
		}
	}
}
