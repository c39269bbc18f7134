package main

import (
	"bytes"
	"encoding/csv"
	"github.com/chronicle-project/chronicle/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
)

// sharedDir finds ../shared (the seed and the benchmark corpora) by
// walking up from the package folder.
func sharedDir(t testing.TB) string {
	t.Helper()
	d := shared.Dir()
	if d == "" {
		t.Skip("no shared/ folder beside the repository")
	}
	return d
}

func seedPath(t testing.TB) string {
	return filepath.Join(sharedDir(t), "seeds", "000_93d4bf2c9bc41067.txt")
}

// runCLI runs the command in-process and returns its exit status and
// streams.
func runCLI(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, streams{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

// withoutECharts replaces the embedded ECharts library in a page with a
// marker: golden files hold our page, never the library (which is not
// committed to the repository).
func withoutECharts(t testing.TB, page []byte) []byte {
	t.Helper()
	lib, err := os.ReadFile(filepath.Join("..", "..", "output", "html", "assets", "echarts.min.js"))
	if err != nil {
		t.Fatalf("the ECharts asset is missing (run 'make assets'): %v", err)
	}
	if !bytes.Contains(page, lib) {
		t.Fatal("the page does not embed the ECharts library")
	}
	return bytes.ReplaceAll(page, lib, []byte("/* ECharts library */"))
}

// readCSV reads an events.csv into rows keyed by column name.
func readCSV(t testing.TB, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: no header", path)
	}
	return keyedRows(recs)
}

// keyedRows turns CSV records, a header first, into rows keyed by column
// name.
func keyedRows(recs [][]string) []map[string]string {
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, name := range recs[0] {
			row[name] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

var contractColumns = []string{"id", "start", "end", "precision", "date_text", "title", "text", "source", "source_url", "source_date", "group"}

func TestEventsCSVHeader(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "", "build", filepath.Join("..", "..", "examples"), "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(dir, "events.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	header, err := csv.NewReader(f).Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(header) < len(contractColumns) {
		t.Fatalf("header %v is shorter than the contract's columns", header)
	}
	for i, c := range contractColumns {
		if header[i] != c {
			t.Fatalf("column %d is %q, the contract says %q (header %v)", i+1, header[i], c, header)
		}
	}
}

func TestBuildSeed(t *testing.T) {
	seed := seedPath(t)
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "", "build", seed, "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "timeline.html")); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, filepath.Join(dir, "events.csv"))
	find := func(start string, words ...string) map[string]string {
		for _, r := range rows {
			if r["start"] != start {
				continue
			}
			all := strings.ToLower(r["title"] + " " + r["text"])
			ok := true
			for _, w := range words {
				if !strings.Contains(all, strings.ToLower(w)) {
					ok = false
				}
			}
			if ok {
				return r
			}
		}
		return nil
	}
	tests := []struct {
		name       string
		start      string
		words      []string
		sourceDate string
	}{
		{"the July 2017 plan and the start of the collection", "2017-07", []string{"july"}, ""},
		{"the Human Rights Watch statement said on Wednesday", "2017-12-13", []string{"human right"}, "2017-12-13"},
		{"Lu Kang's answer at the press conference", "2017-12-13", []string{"lu kang"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := find(tt.start, tt.words...)
			if r == nil {
				t.Fatalf("no %s event mentioning %v in:\n%s", tt.start, tt.words, dump(rows))
			}
			if r["text"] == "" || r["source"] == "" || r["precision"] == "" {
				t.Fatalf("event lacks sentence, source or precision: %v", r)
			}
			if tt.sourceDate != "" && r["source_date"] != tt.sourceDate {
				t.Fatalf("source_date %q, want %q: %v", r["source_date"], tt.sourceDate, r)
			}
		})
	}
	for _, r := range rows {
		if r["start"] == "2017-07-01" {
			t.Errorf("July 2017 became a day: %v", r)
		}
		for _, bad := range []string{"0012", "0065", "2012", "2065"} {
			if strings.HasPrefix(r["start"], bad) {
				t.Errorf("a date from an age: %v", r)
			}
		}
		if strings.Contains(r["date_text"], "past few years") && r["start"] != "PAST_REF" {
			t.Errorf("a precise date from 'the past few years': %v", r)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "events.csv"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "seed", "events.csv"), relativize(b, seed))
}

// relativize replaces the absolute path of the seed with its name, so that
// the golden file does not depend on where the checkout is.
func relativize(b []byte, path string) []byte {
	return bytes.ReplaceAll(b, []byte(path), []byte(filepath.Base(path)))
}

func dump(rows []map[string]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(r["start"] + " | " + r["title"] + " | " + r["source"] + "\n")
	}
	return b.String()
}

func TestBuildExamples(t *testing.T) {
	for _, name := range []string{"xinjiang-biodata.md", "rome-lesson.md"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join("..", "..", "examples", name)
			code, _, stderr := runCLI(t, "", "build", in, "-o", dir)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, out := range []string{"events.csv", "timeline.html"} {
				b, err := os.ReadFile(filepath.Join(dir, out))
				if err != nil {
					t.Fatal(err)
				}
				if out == "timeline.html" {
					b = withoutECharts(t, b)
				}
				golden.Check(t, filepath.Join("testdata", strings.TrimSuffix(name, ".md"), out), b)
			}
		})
	}
}
