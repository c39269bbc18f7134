package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSheetWarningsOnce: what a sheet reports (a column not recognised,
// a cell that reads either way, a cell that cannot be read) is printed
// once on stderr, by extract, build and render, with --explain too.
func TestSheetWarningsOnce(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "loans.csv")
	text := "Object,Lender,Date,Signed\nWeather vane,Parish of Ely,03/04/2019,someday\nHarp,Private,2019-02-30,\n"
	if err := os.WriteFile(sheet, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{
		sheet + `:1:8: column "Lender" not recognised`,
		sheet + `:1:20: column "Signed" holds no dates ("someday")`,
		sheet + `:2:28: Date "03/04/2019": reads either way`,
		sheet + `:3:14: Date "2019-02-30": day 30 out of range`,
	}
	for _, args := range [][]string{
		{"extract", sheet},
		{"extract", "--explain", sheet},
		{"build", "-o", filepath.Join(dir, "out"), sheet},
		{"render", "-o", filepath.Join(dir, "t.html"), sheet},
	} {
		t.Run(args[0]+" "+args[1], func(t *testing.T) {
			_, _, errs := runCLI(t, "", args...)
			for _, w := range want {
				if n := strings.Count(errs, w); n != 1 {
					t.Errorf("%q is printed %d times, want once:\n%s", w, n, errs)
				}
			}
		})
	}
}

// TestExplainOncePerSource: --explain tells the sections of a document
// whose reference date came from the same place once, with their count,
// not one identical line each.
func TestExplainOncePerSource(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Timeline of bell founding\n\n")
	for y := 1700; y < 1720; y++ {
		b.WriteString("## " + itoa(y) + "\n\nA ring of bells was cast in " + itoa(y) + ".\n\n")
	}
	file := filepath.Join(t.TempDir(), "bells.md")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, errs := runCLI(t, "", "extract", "--explain", file)
	if n := strings.Count(errs, "no reference date"); n != 1 {
		t.Errorf("%d lines say there is no reference date, want one:\n%s", n, errs)
	}
	if !strings.Contains(errs, "more sections like it: no reference date") {
		t.Errorf("the line does not say how many sections:\n%s", errs)
	}
}

func itoa(n int) string {
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}
