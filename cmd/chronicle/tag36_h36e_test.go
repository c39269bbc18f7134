package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTagReportAsExtract36h36e: tag reads a report as extract does. A
// report titled by a split year that says when its year ends ("ANNUAL
// REPORT 2022/23", "The year to 31 March 2023") is read from the end of
// that year, with or without --ref-date, however far below the statement
// a half stands; a fiscal half that no calendar half is gives its months
// as calendar ("2022-04/2022-09"), the months extract dates its event to.
// A half of a year that ends in June is a calendar half; a calendar
// year's half keeps no calendar member; a text that is no report is
// tagged as before.
func TestTagReportAsExtract36h36e(t *testing.T) {
	const report = "ANNUAL REPORT 2022/23\n\nThe year to 31 March 2023 was one of steady progress for the trust.\n\n" +
		"Volunteers gave more hours than ever, and the reading room opened to visitors.\n\n" +
		"The board met six times and reviewed its list of risks.\n\n" +
		"In the first half, income from lettings rose.\n\nIn the second half of the year, energy costs fell.\n"
	wants := []string{
		// (labelled by the calendar year each half begins in, as "The
		// first half" and "H1" are wherever they stand: h37c)
		`"text":"the first half","type":"DATE","value":"2022-H1","calendar":"2022-04/2022-09"}`,
		`"text":"the second half of the year","type":"DATE","value":"2022-H2","calendar":"2022-10/2023-03"}`,
	}
	for _, args := range [][]string{{"tag"}, {"tag", "--ref-date", "2023-06-30"}} {
		code, stdout, stderr := runCLI(t, report, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		for _, w := range wants {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v: no %s in\n%s", args, w, stdout)
			}
		}
	}
	// the events extract makes of it are of those months
	dir := t.TempDir()
	p := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(p, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "extract", p)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	spans := map[string]string{}
	for _, r := range rows[1:] {
		spans[strings.ToLower(r[4])] = r[1] + "/" + r[2]
	}
	for text, want := range map[string]string{"in the first half": "2022-04/2022-09", "in the second half of the year": "2022-10/2023-03"} {
		if spans[text] != want {
			t.Errorf("extract: %q is %q, want %q (%v)", text, spans[text], want, spans)
		}
	}
	// a fiscal half that is a calendar one, a calendar year's report, a
	// text that is no report
	for _, tc := range []struct{ text, want string }{
		{"Annual Report 2023\n\nOur financial year ends on 30 June.\n\nIn the second half, sales rose.\n",
			`"text":"the second half","type":"DATE","value":"2023-H2","calendar":"2023-H1"}`},
		{"Annual Report 2023\n\nIn the second half, sales rose.\n",
			`"text":"the second half","type":"DATE","value":"2023-H2"}`},
		{"Plan\n\nPublished: 13 December 2017\n\nSales rose in the first half.\n",
			`"text":"the first half","type":"DATE","value":"2017-H1"}`},
	} {
		code, stdout, stderr := runCLI(t, tc.text, "tag")
		if code != 0 || !strings.Contains(stdout, tc.want) {
			t.Errorf("exit %d, stderr %s: no %s in\n%s", code, stderr, tc.want, stdout)
		}
	}
}
