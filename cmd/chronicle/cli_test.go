package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("good.txt", []byte("The museum opened on 4 May 2001 after ten years of work.\n"))
	tests := []struct {
		name string
		path string
	}{
		{"empty file", write("empty.txt", nil)},
		{"binary file", write("blob.bin", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0})},
		{"missing file", filepath.Join(dir, "no-such-file.txt")},
		{"invalid UTF-8", write("broken.txt", []byte("Signed on 3 March 1999 \xff\xfe\x00\x81 by both sides.\x00\x00"))},
		{"an iCalendar file", write("club.ics", []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20250301T100000Z\r\nSUMMARY:AGM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			code, _, stderr := runCLI(t, "", "build", tt.path, good, "-o", out)
			if code != exitInput {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInput, stderr)
			}
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], filepath.Base(tt.path)) {
				t.Fatalf("want one line naming %s, got:\n%s", filepath.Base(tt.path), stderr)
			}
			rows := readCSV(t, filepath.Join(out, "events.csv"))
			found := false
			for _, r := range rows {
				if r["start"] == "2001-05-04" {
					found = true
				}
			}
			if !found {
				t.Fatalf("the good input was not processed: %v", rows)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"unknown command", []string{"frobnicate"}},
		{"unknown flag", []string{"build", "--no-such-flag", "x"}},
		{"build without input", []string{"build"}},
		{"bad ref date", []string{"tag", "--ref-date", "13/12/2017"}},
		{"bad format", []string{"extract", "--format", "docx", "x"}},
		{"bad mode", []string{"tag", "--mode", "poetry"}},
		{"render two sheets", []string{"render", "a.csv", "b.csv"}},
		{"bad min precision", []string{"extract", "--min-precision", "fortnight", "x"}},
		{"bad grep", []string{"extract", "--grep", "(", "x"}},
		{"bad include glob", []string{"build", "--include", "[", "x"}},
		{"day and month first", []string{"tag", "--day-first", "--month-first"}},
		{"from after to", []string{"extract", "--from", "2019", "--to", "2018", "x"}},
		{"from after to in the same year", []string{"build", "--from", "2019-07", "--to", "2019-06-30", "x"}},
		{"bad theme", []string{"build", "--theme", "neon", "x"}},
		{"bad height", []string{"build", "--height", "tall", "x"}},
		{"bad id", []string{"render", "--id", "1bad", "x.csv"}},
		{"a snippet from build", []string{"build", "--fragment", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d; stderr: %s", code, exitUsage, stderr)
			}
			if stderr == "" {
				t.Fatal("no message on stderr")
			}
		})
	}
}

func TestTag(t *testing.T) {
	const text = "Human Rights Watch said on Wednesday that the plan was posted in July 2017."
	code, stdout, stderr := runCLI(t, text, "tag", "--ref-date", "2017-12-13")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []tagRecord
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var r tagRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if text[r.Start:r.End] != r.Text {
			t.Fatalf("offsets %d-%d give %q, not %q", r.Start, r.End, text[r.Start:r.End], r.Text)
		}
		got = append(got, r)
	}
	want := map[string]string{"Wednesday": "2017-12-13", "July 2017": "2017-07"}
	for _, r := range got {
		if v, ok := want[r.Text]; ok {
			if r.Value != v || r.Type != "DATE" {
				t.Errorf("%q: %s %s, want DATE %s", r.Text, r.Type, r.Value, v)
			}
			delete(want, r.Text)
		}
	}
	if len(want) > 0 {
		t.Fatalf("not tagged: %v (got %v)", want, got)
	}
}

// TestTagStatedDate: the date a text states in its header is the
// reference date of tag, as of extract, and wins over --ref-date.
func TestTagStatedDate(t *testing.T) {
	const text = "Plan\n\nPublished: 13 December 2017\n\nThe plan was criticised on Wednesday.\n"
	for _, args := range [][]string{{"tag"}, {"tag", "--ref-date", "2019-05-01"}} {
		code, stdout, stderr := runCLI(t, text, args...)
		if code != 0 || !strings.Contains(stdout, `"text":"Wednesday","type":"DATE","value":"2017-12-13"`) {
			t.Errorf("%v: exit %d, stdout %s, stderr %s: want Wednesday 2017-12-13", args, code, stdout, stderr)
		}
	}
	// A dateline without its year takes the year --ref-date gives it, and
	// then dates the text.
	const wire = "WASHINGTON, March 3 (Reuters) - The Senate voted on Friday to block the measure.\n"
	code, stdout, stderr := runCLI(t, wire, "tag", "--ref-date", "2019-06-20")
	if code != 0 || !strings.Contains(stdout, `"text":"Friday","type":"DATE","value":"2019-03-01"`) {
		t.Errorf("exit %d, stdout %s, stderr %s: want Friday 2019-03-01", code, stdout, stderr)
	}
}

// TestTagCalendar: a fiscal quarter keeps its label in value and gives its
// calendar period apart; a calendar quarter has no calendar member.
func TestTagCalendar(t *testing.T) {
	const text = "Our financial year ends on 31 March. Q1 FY25 started well, as Q2 2023 had."
	code, stdout, stderr := runCLI(t, text, "tag", "--ref-date", "2024-08-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`"text":"Q1 FY25","type":"DATE","value":"2025-Q1","calendar":"2024-Q2"}`, `"text":"Q2 2023","type":"DATE","value":"2023-Q2"}`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %s in\n%s", want, stdout)
		}
	}
}

// TestTagBinary: a binary file is reported and exits 1, not tagged as a
// text without dates.
func TestTagBinary(t *testing.T) {
	code, stdout, stderr := runCLI(t, "PK\x03\x04\x00\x00\x08\x00\x00\x00\x00\x00\x01\x02\x03", "tag")
	if code != 1 || stdout != "" || !strings.Contains(stderr, "binary") {
		t.Fatalf("exit %d, stdout %q, stderr %q: want exit 1 and a message about a binary file", code, stdout, stderr)
	}
}

// TestFolderBinaryNoted: a folder's .txt file of binary data is skipped
// with a note on stderr, not silently; the folder's other files are read
// and the run succeeds.
func TestFolderBinaryNoted(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Notes\n\nThe war began in 1914.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "scan.txt"), []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "extract", dir)
	if code != 0 || !strings.Contains(stdout, "The war began") {
		t.Fatalf("exit %d, stdout %q: want the notes' event", code, stdout)
	}
	if !strings.Contains(stderr, "scan.txt: not read: binary data") {
		t.Fatalf("stderr %q: want a note that scan.txt was not read", stderr)
	}
}

// TestOutputInsideInput: a build whose output folder is inside the folder
// it reads does not read its own page and sheet back (which made events
// of the page's labels, more on every run), but a sheet a person edited
// there is theirs and is read.
func TestOutputInsideInput(t *testing.T) {
	dir := t.TempDir()
	doc := "<html><head><title>Flood report</title></head><body><p>Published 2 November 2020.</p>" +
		"<p>The river burst its banks on 30 October 2020. Repairs are expected to last until March 2021.</p></body></html>"
	if err := os.WriteFile(filepath.Join(dir, "flood.html"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var first string
	for run := 1; run <= 3; run++ {
		if code, _, stderr := runCLI(t, "", "build", dir, "-o", out); code != 0 {
			t.Fatalf("run %d: exit %d: %s", run, code, stderr)
		}
		b, err := os.ReadFile(filepath.Join(out, "events.csv"))
		if err != nil {
			t.Fatal(err)
		}
		if run == 1 {
			first = string(b)
			if n := strings.Count(first, "\n"); n != 3 {
				t.Fatalf("run 1 wrote %d lines, want a header and 2 events:\n%s", n, first)
			}
		} else if string(b) != first {
			t.Fatalf("run %d wrote\n%s\nwant what run 1 wrote:\n%s", run, b, first)
		}
	}
	// A sheet a person edited in the output folder is theirs: read with
	// the page, their row added.
	row := ",2021-04-01,,day,,Repairs finished" + strings.Repeat(",", strings.Count(first[:strings.Index(first, "\n")], ",")-5) + "\n"
	if err := os.WriteFile(filepath.Join(out, "events.csv"), []byte(first+row), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "extract", dir)
	if code != 0 || !strings.Contains(stdout, "Repairs finished") || !strings.Contains(stdout, "burst its banks") || strings.Contains(stdout, "Chronology") {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s\nwant the page's events and the person's row", code, stderr, stdout)
	}
}

func TestEditedCSVIsKept(t *testing.T) {
	in := filepath.Join("..", "..", "examples", "rome-lesson.md")
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "", "build", in, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	csvPath := filepath.Join(out, "events.csv")
	// Building again over an untouched file replaces it quietly.
	if code, _, stderr := runCLI(t, "", "build", in, "-o", out); code != 0 || stderr != "" {
		t.Fatalf("second build: exit %d, stderr %q", code, stderr)
	}
	edited := []byte("id,start,title\nmine,2020,my own row\n")
	if err := os.WriteFile(csvPath, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "", "build", in, "-o", out)
	if code != 0 || !strings.Contains(stderr, "events.edited.csv") {
		t.Fatalf("exit %d, stderr %q: want a note about events.edited.csv", code, stderr)
	}
	kept, err := os.ReadFile(filepath.Join(out, "events.edited.csv"))
	if err != nil || string(kept) != string(edited) {
		t.Fatalf("edited version not kept: %q, %v", kept, err)
	}
}

// TestEditInsideTheInputFolder: with the output folder inside the folder
// it reads ("build . -o out"), an edited events.csv is read back as the
// person's sheet and, although the new one holds their edit, their
// version is kept: the next build skips chronicle's own events.csv, and
// the edit must still be there.
func TestEditInsideTheInputFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "sheet.csv"), []byte("date,title,source\n1945-05-08,VE Day,Imperial War Museums\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	csvPath := filepath.Join(out, "events.csv")
	build := func() string {
		t.Helper()
		if code, _, stderr := runCLI(t, "", "build", dir, "-o", out); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		b, err := os.ReadFile(csvPath)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	first := build()
	if !strings.Contains(first, ",VE Day,") {
		t.Fatalf("no VE Day row in %q", first)
	}
	if err := os.WriteFile(csvPath, []byte(strings.Replace(first, ",VE Day,", ",Victory in Europe Day,", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for run := 2; run <= 4; run++ {
		if got := build(); !strings.Contains(got, "Victory in Europe Day") || strings.Contains(got, ",VE Day,") {
			t.Fatalf("build %d lost the edit:\n%s", run, got)
		}
	}
	if kept, err := os.ReadFile(filepath.Join(out, "events.edited.csv")); err != nil || !strings.Contains(string(kept), "Victory in Europe Day") {
		t.Errorf("the edited version is not kept: %q, %v", kept, err)
	}
}

// TestCorrectionsReplaceByID: a corrected events.csv given with the
// documents it was built from replaces the extracted events of its ids:
// the correction stands, and no id is there twice.
func TestCorrectionsReplaceByID(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("Published 3 March 2025.\n\nThe council met on Monday. The bridge opened on 1 March.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "extract", doc)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	fixed := strings.Replace(out, "2025-03-03,,day,on Monday", "2025-03-04,,day,on Monday", 1)
	if fixed == out {
		t.Fatalf("no Monday row to correct in %q", out)
	}
	sheet := filepath.Join(dir, "events.edited.csv")
	if err := os.WriteFile(sheet, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out2, stderr := runCLI(t, "", "extract", doc, sheet)
	if code != 0 {
		t.Fatalf("extract with the corrections: exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out2)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		if ids[r[0]] {
			t.Errorf("id %s twice:\n%s", r[0], out2)
		}
		ids[r[0]] = true
	}
	if len(rows) != 3 || !strings.Contains(out2, "2025-03-04,,day,on Monday") || strings.Contains(out2, "2025-03-03,,day,on Monday") {
		t.Errorf("want the two events, Monday corrected to 4 March:\n%s", out2)
	}
}

// TestDeletedRowsStayDeleted: an event a person deleted from events.csv
// does not come back when the kept sheet is given again with the
// documents, from the same folder or another; an event the documents
// gained since is added.
func TestDeletedRowsStayDeleted(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	doc := filepath.Join(dir, "council.txt")
	write := func(path, text string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(doc, "The council met on 3 March 2024. The mayor resigned on 9 April 2024. A new mayor was elected on 20 May 2024.\n")
	if code, _, stderr := runCLI(t, "", "build", doc, "-o", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	csvPath := filepath.Join(out, "events.csv")
	b, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if !strings.Contains(line, "9 April") {
			kept = append(kept, line)
		}
	}
	if len(kept) != 4 { // the header, two events, the final ""
		t.Fatalf("want three events in\n%s", b)
	}
	write(csvPath, strings.Join(kept, ""))
	if code, _, stderr := runCLI(t, "", "build", doc, "-o", out); code != 0 || !strings.Contains(stderr, "events.edited.csv") {
		t.Fatalf("rebuild: exit %d, stderr %q: want the edited sheet kept", code, stderr)
	}
	edited := filepath.Join(out, "events.edited.csv")
	starts := func() []string {
		t.Helper()
		var got []string
		for _, r := range readCSV(t, csvPath) {
			got = append(got, r["start"])
		}
		return got
	}
	code, _, stderr := runCLI(t, "", "build", doc, edited, "-o", out)
	if code != 0 || !strings.Contains(stderr, "1 event you deleted stays out") {
		t.Fatalf("build with the sheet: exit %d, stderr %q: want a note of the deleted event", code, stderr)
	}
	if got, want := starts(), []string{"2024-03-03", "2024-05-20"}; !reflect.DeepEqual(got, want) {
		t.Errorf("with the edited sheet: %v, want %v", got, want)
	}
	// The same document from another folder, with one more sentence.
	moved := filepath.Join(t.TempDir(), "council.txt")
	write(moved, "The council met on 3 March 2024. The mayor resigned on 9 April 2024. A new mayor was elected on 20 May 2024. A deputy was named on 1 June 2024.\n")
	if code, _, stderr := runCLI(t, "", "build", moved, edited, "-o", out); code != 0 {
		t.Fatalf("build from another folder: exit %d: %s", code, stderr)
	}
	if got, want := starts(), []string{"2024-03-03", "2024-05-20", "2024-06-01"}; !reflect.DeepEqual(got, want) {
		t.Errorf("from another folder: %v, want %v", got, want)
	}
}

// TestCorrectionsOfSheetRows: a corrected events.csv given with the event
// sheet it was built from replaces the sheet's rows of its ids, in either
// order, and a row deleted from it stays out.
func TestCorrectionsOfSheetRows(t *testing.T) {
	src, out := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "b.csv"), []byte("Date,Title\n2025-09-02,Budget kickoff\n2025-10-01,Budget vote\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "build", src, "-o", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	csvPath := filepath.Join(out, "events.csv")
	b, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if !strings.Contains(line, "Budget vote") {
			lines = append(lines, strings.Replace(line, "Budget kickoff", "Budget kick-off", 1))
		}
	}
	fixed := filepath.Join(t.TempDir(), "fixed.csv")
	if err := os.WriteFile(fixed, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{src, fixed}, {fixed, src}} {
		code, stdout, stderr := runCLI(t, "", append([]string{"extract"}, args...)...)
		if code != 0 {
			t.Fatalf("extract %v: exit %d: %s", args, code, stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, r := range rows[1:] {
			titles = append(titles, r[5])
		}
		// fixed.csv has no record of what chronicle wrote: the vote stays
		if want := []string{"Budget kick-off", "Budget vote"}; !reflect.DeepEqual(titles, want) {
			t.Errorf("extract %v: titles %q, want %q", args, titles, want)
		}
	}
	// Kept beside the record of what chronicle wrote, the deletion holds.
	if err := os.WriteFile(csvPath, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "build", src, "-o", out); code != 0 {
		t.Fatalf("rebuild: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "build", src, filepath.Join(out, "events.edited.csv"), "-o", out); code != 0 || !strings.Contains(stderr, "1 event you deleted") {
		t.Fatalf("build with the corrections: exit %d, stderr %q", code, stderr)
	}
	var titles []string
	for _, r := range readCSV(t, csvPath) {
		titles = append(titles, r["title"])
	}
	if want := []string{"Budget kick-off"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("with the kept corrections: titles %q, want %q", titles, want)
	}
}

func TestRenderRoundTrip(t *testing.T) {
	out := t.TempDir()
	in := filepath.Join("..", "..", "examples")
	// Times with a zone: start holds the TIMEX3 value, zone the offset.
	zoned := filepath.Join(t.TempDir(), "briefing.txt")
	if err := os.WriteFile(zoned, []byte("Budget talks resume\n\nPublished: 13 December 2017\n\n"+
		"The finance minister briefed reporters at 3 p.m. EST on 13 December 2017. "+
		"The talks ended at 18:30 UTC on 14 December 2017.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "build", in, zoned, "-o", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "", "extract", "--format", "csv", in)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	zones := map[string]string{}
	for _, r := range readCSV(t, filepath.Join(out, "events.csv")) {
		if r["zone"] != "" {
			zones[r["start"]] = r["zone"]
		}
	}
	if want := map[string]string{"2017-12-13T15:00": "-05:00", "2017-12-14T18:30": "Z"}; !reflect.DeepEqual(zones, want) {
		t.Fatalf("start and zone of the zoned events: %v, want %v", zones, want)
	}
	// The CSV read back through render's reader gives the same CSV.
	again := filepath.Join(t.TempDir(), "again.csv")
	code, _, stderr = runCLI(t, "", "extract", "--format", "csv", "-o", again, filepath.Join(out, "events.csv"))
	if code != 0 || stderr != "" {
		t.Fatalf("extract from events.csv: exit %d: %s", code, stderr)
	}
	a, _ := os.ReadFile(filepath.Join(out, "events.csv"))
	b, _ := os.ReadFile(again)
	if string(a) != string(b) {
		t.Fatalf("events.csv does not round-trip:\n--- built:\n%s\n--- read back:\n%s", a, b)
	}
	page := filepath.Join(t.TempDir(), "t.html")
	if code, _, stderr := runCLI(t, "", "render", filepath.Join(out, "events.csv"), "-o", page); code != 0 {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(page); err != nil || fi.Size() == 0 {
		t.Fatalf("render wrote nothing: %v", err)
	}
}

func TestExtractSaysWhatAFormatLeavesOut(t *testing.T) {
	in := filepath.Join("..", "..", "examples", "rome-lesson.md")
	code, stdout, stderr := runCLI(t, "", "extract", "--format", "ics", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "BEGIN:VCALENDAR") {
		t.Fatalf("no calendar on stdout: %.200s", stdout)
	}
	if !strings.Contains(stderr, "left out of the ics output") {
		t.Fatalf("the BC events were dropped without a word; stderr: %q", stderr)
	}
}

func TestUnresolvedAreReported(t *testing.T) {
	code, stdout, stderr := runCLI(t, "He said on Wednesday that the talks would go on.\n", "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, `"on Wednesday" left out`) || !strings.HasPrefix(stderr, "-:1:") {
		t.Fatalf("stderr %q does not report the undated expression with its position", stderr)
	}
	if strings.Count(stdout, "\n") != 1 {
		t.Fatalf("an undated expression became an event:\n%s", stdout)
	}
	// A count from a date of the story that is too coarse is reported as
	// such: the writer's day would not place it.
	_, _, stderr2 := runCLI(t, "He was arrested in October 1905. He was released two weeks later.\n", "extract", "-")
	if !strings.Contains(stderr2, `"two weeks later" left out: it counts from a date the text does not give to the day`) {
		t.Fatalf("stderr %q", stderr2)
	}
	// "The following month" after a year is counted from the story too;
	// and a document that gives dates but not its own is not said to
	// give none.
	_, _, stderr3 := runCLI(t, "Her breakthrough came in April 2019. Two years later she reached the semi-finals. The following month she won in Doha.\n", "extract", "-")
	if !strings.Contains(stderr3, `"The following month" left out: it counts from a date the text does not give precisely enough`) {
		t.Fatalf("stderr %q", stderr3)
	}
	if !strings.Contains(stderr, `the document does not give its own date to resolve`) || strings.Contains(stderr+stderr3, "gives no date") {
		t.Fatalf("stderr %q, %q", stderr, stderr3)
	}
	// With a reference date it resolves, and nothing is reported.
	code, stdout, stderr = runCLI(t, "He said on Wednesday that the talks would go on.\n", "extract", "--ref-date", "2017-12-15", "-")
	if code != 0 || stderr != "" || !strings.Contains(stdout, "2017-12-13") {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, stderr, stdout)
	}
}

func TestWeekdayConflictIsReported(t *testing.T) {
	code, stdout, stderr := runCLI(t, "The board met on Friday 12 March 2024.\n", "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := `-:1:18: "Friday 12 March 2024": 12 March 2024 is a Tuesday, not a Friday; dated 2024-03-12 as the day, month and year say`
	if strings.TrimSpace(stderr) != want {
		t.Fatalf("stderr %q, want %q", stderr, want)
	}
	if !strings.Contains(stdout, "2024-03-12,") {
		t.Fatalf("the event is not dated as written:\n%s", stdout)
	}
}

func TestAmbiguousOrderIsReported(t *testing.T) {
	const doc = "The committee met on 03/04/2024 and agreed the budget.\n"
	tests := []struct {
		name, doc string
		args      []string
		warn      bool
		start     string
	}{
		{"nothing tells the order", doc, nil, true, "2024-03-04"},
		{"the user chose day first", doc, []string{"--day-first"}, false, "2024-04-03"},
		{"the user chose month first", doc, []string{"--month-first"}, false, "2024-03-04"},
		{"another date tells", doc + "It met again on 25/04/2024.\n", nil, false, "2024-04-03"},
		{"a written date tells", doc + "The report is dated 10 April 2024.\n", nil, false, "2024-04-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.doc, append(append([]string{"extract"}, tt.args...), "-")...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			warned := strings.HasPrefix(stderr, "-:1:22: 03/04/2024 could be day/month or month/day")
			if warned != tt.warn {
				t.Errorf("warned %v, want %v; stderr %q", warned, tt.warn, stderr)
			}
			if !strings.Contains(stdout, ","+tt.start+",") {
				t.Errorf("the meeting is not on %s:\n%s", tt.start, stdout)
			}
		})
	}
}

func TestSheetGroupsKept(t *testing.T) {
	const sheet = "date,title,group\n2024-03-01,Bridge opened,Transport\n2024-05-02,School opened,\n"
	tests := []struct {
		name  string
		args  []string
		lanes []string
	}{
		{"the sheet's own groups, else the source", nil, []string{"Transport", "stdin"}},
		{"--group-by source", []string{"--group-by", "source"}, []string{"stdin"}},
		{"--group-by none", []string{"--group-by", "none"}, []string{"all events", "all events"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, sheet, append(append([]string{"extract", "--format", "json"}, tt.args...), "-")...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, lane := range tt.lanes {
				if !strings.Contains(stdout, `"group": "`+lane+`"`) && !strings.Contains(stdout, `"group":"`+lane+`"`) {
					t.Errorf("no event in lane %q:\n%s", lane, stdout)
				}
			}
		})
	}
}

func TestFromToBounds(t *testing.T) {
	const doc = "The bridge opened on 4 May 2019. It closed for repairs in 2018.\n"
	tests := []struct {
		name     string
		from, to string
		code     int
		stderr   string // a part of the message, for a usage error
	}{
		{name: "years reversed", from: "2019", to: "2018", code: exitUsage, stderr: "--from 2019 is after --to 2018"},
		{name: "day after month", from: "2019-07-01", to: "2019-06", code: exitUsage, stderr: "--from 2019-07-01 is after --to 2019-06"},
		{name: "same year", from: "2019", to: "2019", code: 0},
		{name: "day inside the month", from: "2019-06", to: "2019-06-30", code: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, doc, "extract", "--from", tt.from, "--to", tt.to, "-")
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			if tt.stderr != "" && !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("stderr %q does not say %q", stderr, tt.stderr)
			}
		})
	}
}

// TestRenderHandEditedDates: a start mistyped in events.csv is reported at
// its cell, FILE:LINE:COL, saying what is wrong with it; the page is still
// drawn, with the row kept.
func TestRenderHandEditedDates(t *testing.T) {
	tests := []struct {
		name, start, want string
	}{
		{"month 13", "2017-13", `events.csv:3:4: start "2017-13": month 13 is not 01 to 12`},
		{"month 00", "2017-00", `events.csv:3:4: start "2017-00": month 00 is not 01 to 12`},
		{"quarter 5", "2017-Q5", `events.csv:3:4: start "2017-Q5": quarter must be Q1 to Q4`},
		{"day 30 of February", "2017-02-30", `events.csv:3:4: start "2017-02-30": day 30 out of range for February`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			sheet := filepath.Join(dir, "events.csv")
			csv := "id,start,end,precision,date_text,title\r\n" +
				"a1,2017-07,,month,July 2017,Collection begins\r\n" +
				"a2," + tt.start + ",,month,,Edited by hand\r\n"
			if err := os.WriteFile(sheet, []byte(csv), 0o644); err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(dir, "t.html")
			code, _, stderr := runCLI(t, "", "render", sheet, "-o", page)
			if code != exitInput {
				t.Fatalf("exit %d, want %d; stderr: %s", code, exitInput, stderr)
			}
			// (the first line: the next says the row is kept undated)
			if got, _, _ := strings.Cut(strings.TrimSpace(stderr), "\n"); got != filepath.Join(dir, tt.want) {
				t.Fatalf("stderr %q, want %q", got, filepath.Join(dir, tt.want))
			}
			if b, err := os.ReadFile(page); err != nil || !strings.Contains(string(b), "Edited by hand") {
				t.Fatalf("the page was not drawn with the row kept: %v", err)
			}
		})
	}
}

func TestKeptName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"timeline.edited.html", "timeline.html"},
		{"timeline.edited-12.html", "timeline.html"},
		{"events.edited.csv", "events.csv"},
		{"timeline.html", ""},
		{"notes.edited-.html", ""},
		{"notes.edited-2b.html", ""},
		{".edited.html", ""},
		{"my.edited.notes.html", ""},
	} {
		got, ok := keptName(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("keptName(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestCopiedRowKeepsBoth: a row copied in a spreadsheet with its id to
// make another event is kept as another event, and the first row stays.
func TestCopiedRowKeepsBoth(t *testing.T) {
	sheet := filepath.Join(t.TempDir(), "s.csv")
	if err := os.WriteFile(sheet, []byte("id,start,title\nab12cd34ef56,2019-05-18,Results certified\nab12cd34ef56,2019-05-19,Winners sworn in\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "extract", sheet)
	if code != 0 || !strings.Contains(stdout, "Results certified") || !strings.Contains(stdout, "ab12cd34ef56-2,2019-05-19") {
		t.Fatalf("exit %d, stdout:\n%s\nwant both rows, the copy as ab12cd34ef56-2", code, stdout)
	}
	if !strings.Contains(stderr, "s.csv:3:1: id \"ab12cd34ef56\" is already used at line 2; this row is kept as another event") {
		t.Fatalf("stderr %q: want a note on the copied id", stderr)
	}
}

// TestClearedDateStaysUndated: a row whose date a person cleared, in a
// sheet of dated rows, stays undated; it is not dated again from its text
// as a news feed's undated item is.
func TestClearedDateStaysUndated(t *testing.T) {
	dir := t.TempDir()
	text := "Registration opened on 1 February 2019 and closed on 15 March 2019."
	sheet := filepath.Join(dir, "s.csv")
	if err := os.WriteFile(sheet, []byte("start,title,text,source_date\n2019-02-01,Registration opened,"+text+",2019-05-20\n,Registration closed,"+text+",2019-05-20\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := runCLI(t, "", "extract", sheet)
	rows := csvRows(t, stdout)
	if len(rows) != 2 || rows[0]["start"] != "2019-02-01" || rows[1]["start"] != "" || rows[1]["title"] != "Registration closed" {
		t.Fatalf("got\n%s\nwant the dated row and the undated one as they are", stdout)
	}
	// A feed of undated items is read against each item's day.
	feed := filepath.Join(dir, "feed.json")
	if err := os.WriteFile(feed, []byte(`[{"published": "2025-10-21T07:45:00Z", "headline": "Port strike called off", "body": "Dock workers called off a strike on Monday."}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ = runCLI(t, "", "extract", feed)
	if rows := csvRows(t, stdout); len(rows) != 1 || rows[0]["start"] != "2025-10-20" {
		t.Fatalf("got\n%s\nwant the feed's item on 2025-10-20", stdout)
	}
}

// TestIDColumnTakenOut: a person who takes the id column out of the
// events.csv chronicle wrote, and corrects a title, deleted no row: given
// back, the sheet keeps every event and the correction.
func TestIDColumnTakenOut(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("On 5 March 2018 Smith resigned. On 6 March 2018 Jones resigned.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "", "build", doc, "-o", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	sheet := filepath.Join(out, "events.csv")
	f, err := os.Open(sheet)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(recs) != 3 {
		t.Fatalf("events.csv: %d records, %v", len(recs), err)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	for i, r := range recs {
		r = r[1:] // no id column
		if i == 1 {
			r[4] = "Smith resigned (checked)"
		}
		w.Write(r)
	}
	w.Flush()
	if err := os.WriteFile(sheet, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "build", doc, "-o", out); code != 0 {
		t.Fatalf("rebuild: exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "", "build", doc, filepath.Join(out, "events.edited.csv"), "-o", out)
	if code != 0 || strings.Contains(stderr, "deleted") {
		t.Fatalf("build with the sheet: exit %d, stderr %q", code, stderr)
	}
	var titles []string
	for _, r := range readCSV(t, sheet) {
		titles = append(titles, r["title"])
	}
	if want := []string{"Smith resigned (checked)", "Jones resigned"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("titles %q, want %q", titles, want)
	}
}

// TestForeignFileKept: a file at -o that chronicle never wrote is kept
// under another name, and the note says chronicle did not write it.
func TestForeignFileKept(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	notes := filepath.Join(dir, "notes.csv")
	for name, text := range map[string]string{doc: "On 5 March 2018 Smith resigned.\n", notes: "my own notes\n"} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCLI(t, "", "extract", doc, "-o", notes)
	if code != 0 || !strings.Contains(stderr, "was there already and chronicle did not write it") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "notes.edited.csv")); err != nil || string(b) != "my own notes\n" {
		t.Fatalf("the file was not kept: %q, %v", b, err)
	}
}

// TestTagUTF16: tag does not read UTF-16 (its offsets are of UTF-8 bytes)
// and says so, exit 1, rather than find nothing.
func TestTagUTF16(t *testing.T) {
	name := filepath.Join(t.TempDir(), "u16.txt")
	b := []byte{0xFF, 0xFE}
	for _, r := range "The committee met on 5 March 2018.\n" {
		b = append(b, byte(r), 0)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "tag", name)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "UTF-16LE text; tag reads UTF-8") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
