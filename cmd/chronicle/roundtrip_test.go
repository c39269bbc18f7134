package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	csvout "github.com/chronicle-project/chronicle/output/csv"
	jsonout "github.com/chronicle-project/chronicle/output/json"
	"github.com/chronicle-project/chronicle/sources/sheet"
	"github.com/chronicle-project/chronicle/timeline"
)

// Documents of the round-trip test, written for it.
const (
	// harbourDoc has times in two zones, a weekend and a vague reference.
	harbourDoc = `# Harbour board briefing

Published: 13 December 2017

The harbour board will brief reporters at 3 p.m. EST on Friday. The dockworkers' union said it would answer at 14:30 GMT on Thursday.

The board will meet again this weekend. In the past, the port turned ships away.
`
	// romeDoc has BC dates and a range across the eras.
	romeDoc = `# A lesson on Rome

Julius Caesar crossed the Rubicon in 49 BC. He was killed on 15 March 44 BC by a group of senators.

Augustus ruled from 27 BC to AD 14. Rome's population peaked in the 2nd century.
`
)

// quayDoc has a date with each mod a sentence gives: before, after,
// from, by, around, early, mid, and a range with a mod at its start.
const quayDoc = `# Quay history

The old quay was built before 1900, according to the parish records.
After March 2020 the ferry ran only twice a week.
From 2021 the council leased the warehouse to a brewery.
By 1880 the fleet numbered forty boats.
The town was first mentioned around 1450.
The lighthouse was relit in the early 2020s.
Fishing quotas were cut in mid-March 2024.
The harbour was dredged from about 1961 to 1964.
On the night of 3 May 2011 a storm wrecked the pier.
`

// csvRows parses the events.csv that extract writes.
func csvRows(t *testing.T, s string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("extract wrote CSV that does not parse: %v", err)
	}
	return keyedRows(recs)
}

// TestRoundTrip: what extract writes as events.csv, JSON or JSON Lines,
// read again by extract and render, gives the same events — ids, dates,
// precision, mods, zones, every citation in order, groups, actors,
// positions — as the first extract, and the same page; with no warning.
// A chronology of a date with each mod ("before 1900", "from 2021", "c.
// 1450", "mid-March 2024") keeps them all, and its Markdown, read again
// as a document, gives the same dates and mods.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	harbour := filepath.Join(dir, "harbour.md")
	rome := filepath.Join(dir, "rome.md")
	quay := filepath.Join(dir, "quay.md")
	for name, text := range map[string]string{harbour: harbourDoc, rome: romeDoc, quay: quayDoc} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	example := filepath.Join("..", "..", "examples", "xinjiang-biodata.md")
	tests := []struct {
		name   string
		inputs func(t *testing.T) []string
		starts []string // start values the chronology must hold, so that the case tests what it says
		zones  []string // zone cells it must hold
		merged bool     // an event with several citations
		// markdown: the Markdown chronology, read again as a document,
		// gives the same dates, precisions and mods
		markdown bool
	}{
		{name: "compilation with merged citations", inputs: func(*testing.T) []string { return []string{example} },
			starts: []string{"2017-07", "2017-12-13"}, merged: true},
		{name: "the seed and the example compilation", inputs: func(t *testing.T) []string { return []string{seedPath(t), example} },
			starts: []string{"2017-07", "2017-12-13"}, merged: true},
		{name: "zoned times, a weekend, a vague reference", inputs: func(*testing.T) []string { return []string{harbour} },
			starts: []string{"2017-12-15T15:00", "2017-12-14T14:30", "2017-W50-WE", "PAST_REF"}, zones: []string{"-05:00", "Z"}},
		{name: "BC dates and a range", inputs: func(*testing.T) []string { return []string{rome} },
			starts: []string{"BC0049", "BC0044-03-15", "BC0027", "01"}},
		{name: "a date with each mod", inputs: func(*testing.T) []string { return []string{quay} },
			starts: []string{"1900", "2020-03", "2021", "1880", "1450", "202", "2024-03", "2011-05-03TNI"}, markdown: true},
		{name: "all at once", inputs: func(*testing.T) []string { return []string{harbour, rome, example} },
			starts: []string{"2017-W50-WE", "PAST_REF", "BC0044-03-15", "2017-07"}, zones: []string{"-05:00"}, merged: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inputs := tt.inputs(t)
			code, want, stderr := runCLI(t, "", append([]string{"extract", "--format", "csv"}, inputs...)...)
			if code != 0 {
				t.Fatalf("extract: exit %d: %s", code, stderr)
			}
			rows := csvRows(t, want)
			starts, zones, merged := map[string]bool{}, map[string]bool{}, false
			for _, r := range rows {
				starts[r["start"]], zones[r["zone"]] = true, true
				merged = merged || strings.Contains(r["sources"], "\n")
			}
			for _, s := range tt.starts {
				if !starts[s] {
					t.Errorf("no event starts %s: the case does not test what it says", s)
				}
			}
			for _, z := range tt.zones {
				if !zones[z] {
					t.Errorf("no event has the zone %s: the case does not test what it says", z)
				}
			}
			if merged != tt.merged {
				t.Errorf("an event with several citations: %v, want %v", merged, tt.merged)
			}

			work := t.TempDir()
			if tt.markdown {
				code, md, stderr := runCLI(t, "", append([]string{"extract", "--format", "md"}, inputs...)...)
				if code != 0 {
					t.Fatalf("extract --format md: exit %d: %s", code, stderr)
				}
				file := filepath.Join(work, "chronology.md")
				if err := os.WriteFile(file, []byte(md), 0o644); err != nil {
					t.Fatal(err)
				}
				code, again, stderr := runCLI(t, "", "extract", "--format", "csv", file)
				if code != 0 {
					t.Fatalf("extract %s: exit %d: %s", file, code, stderr)
				}
				dates := func(rows []map[string]string) []string {
					var out []string
					for _, r := range rows {
						out = append(out, strings.Join([]string{r["start"], r["end"], r["precision"], r["mod"], r["end_mod"]}, " "))
					}
					slices.Sort(out)
					return out
				}
				if w, g := dates(rows), dates(csvRows(t, again)); !slices.Equal(w, g) {
					t.Errorf("the Markdown read again gives other dates:\n%s", lineDiff(strings.Join(w, "\n"), strings.Join(g, "\n")))
				}
			}
			var pages [][]byte
			for _, format := range []string{"csv", "json", "jsonl"} {
				code, sheetText, stderr := runCLI(t, "", append([]string{"extract", "--format", format}, inputs...)...)
				if code != 0 {
					t.Fatalf("extract --format %s: exit %d: %s", format, code, stderr)
				}
				file := filepath.Join(work, "events."+format)
				if err := os.WriteFile(file, []byte(sheetText), 0o644); err != nil {
					t.Fatal(err)
				}
				reads := []struct{ name, stdin, arg string }{{name: file, arg: file}}
				if format != "csv" {
					// From standard input, the format is known by content.
					reads = append(reads, struct{ name, stdin, arg string }{name: format + " on stdin", stdin: sheetText, arg: "-"})
				}
				for _, r := range reads {
					code, got, stderr := runCLI(t, r.stdin, "extract", "--format", "csv", r.arg)
					if code != 0 || stderr != "" {
						t.Errorf("extract %s: exit %d, stderr:\n%s", r.name, code, stderr)
					}
					if got != want {
						t.Errorf("extract %s gives other events than the documents:\n%s", r.name, lineDiff(want, got))
					}
				}
				page := filepath.Join(work, format+".html")
				// events.csv has no title of its own, JSON has one (see
				// TestSheetTitle): the same title for all three
				code, _, stderr = runCLI(t, "", "render", "--cdn", "--title", "Round trip", "-o", page, file)
				if code != 0 || stderr != "" {
					t.Errorf("render %s: exit %d, stderr:\n%s", file, code, stderr)
				}
				b, err := os.ReadFile(page)
				if err != nil {
					t.Fatal(err)
				}
				pages = append(pages, b)
			}
			if !bytes.Equal(pages[0], pages[1]) || !bytes.Equal(pages[0], pages[2]) {
				t.Errorf("render draws other pages from events.csv, JSON and JSON Lines of the same events")
			}
		})
	}
}

// lineDiff shows the lines that differ between two outputs.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)) && b.Len() < 4000; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n want %s\n  got %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

// FuzzSheetRoundTrip writes a chronology built from fuzzed text as
// events.csv, JSON and JSON Lines, with our writers, and reads each back
// with the sheet reader: the three must give the same events, and the
// JSON the events written, every citation and list item as it was.
func FuzzSheetRoundTrip(f *testing.F) {
	f.Add("Caesar is killed", "Julius Caesar was killed in Rome.", "The Himalayan Times", "Brutus; Cassius", "BC0044-03-15", "2017-12-13T15:00-05:00", "Lane")
	f.Add("</script>", "a | b\\c\nd", "", "Lu Kang", "PAST_REF", "2017-W50-WE", "")
	f.Add("", "", "Wire, Inc.", "", "199", "2017-12-13T09:30Z", "England")
	f.Add("T", "x", "O", "A", "2017-07", "2017-12", "G")
	f.Fuzz(func(t *testing.T, title, text, outlet, actor, v1, v2, group string) {
		d1, err1 := timeline.ParseDate(v1)
		d2, err2 := timeline.ParseDate(v2)
		if err1 != nil || err2 != nil || d1.IsZero() {
			return
		}
		clean := func(s string) string {
			// What the formats keep of text: valid UTF-8; one kind of
			// line break (CSV); no surrounding space where a reader trims;
			// no NUL, which makes a sheet binary data (documents with
			// one are refused before they are read).
			s = strings.ToValidUTF8(s, "\uFFFD")
			return strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "").Replace(s)
		}
		title, text = clean(title), clean(text)
		outlet, actor, group = strings.TrimSpace(clean(outlet)), strings.TrimSpace(clean(actor)), strings.TrimSpace(clean(group))
		if strings.Contains(outlet, "\n") || strings.Contains(group, "\n") {
			return
		}
		var actors []string
		if actor != "" {
			actors = []string{actor, "Human Rights Watch"}
		}
		span := timeline.Span{Start: d1}
		// A range ends after it starts; an end that is its start is a
		// point, and reads back as one.
		if !d1.IsVague() && !d2.IsVague() && !d2.IsZero() && d2 != d1 && !d2.Start().Before(d1.Start()) {
			span.End = d2
		}
		c := &timeline.Chronology{Title: title, Events: []timeline.Event{{
			ID: "e1", Span: span, DateText: "as written", Title: title, Text: text, Group: group, Actors: actors,
			Sources: []timeline.Citation{
				{Outlet: outlet, Title: "Piece", URL: "https://a.example/x", Date: timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}, File: "a.txt"},
				{Title: "Second piece", File: "b.md"},
			},
			Pos: timeline.Position{File: "a.txt", Line: 3, Col: 7, Offset: 40},
		}}}
		read := func(name string, write func(*bytes.Buffer) error) []timeline.Event {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			s, err := sheet.ReadSheet(&b, name, sheet.Options{})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(s.Warnings) > 0 {
				t.Fatalf("%s: warnings %v", name, s.Warnings)
			}
			if name == "e.json" && s.Title != strings.TrimSpace(title) {
				t.Fatalf("title %q read back as %q", title, s.Title)
			}
			for i := range s.Events {
				if s.Events[i].Row.File != name {
					t.Fatalf("%s: row of event %d in %q", name, i, s.Events[i].Row.File)
				}
				s.Events[i].Row = timeline.Position{} // each file's own
			}
			return s.Events
		}
		fromCSV := read("e.csv", func(b *bytes.Buffer) error { return csvout.Write(b, c, csvout.Options{}) })
		fromJSON := read("e.json", func(b *bytes.Buffer) error { return jsonout.Write(b, c, jsonout.Options{}) })
		fromLines := read("e.jsonl", func(b *bytes.Buffer) error { return jsonout.Write(b, c, jsonout.Options{Lines: true}) })
		if !reflect.DeepEqual(fromJSON, fromCSV) || !reflect.DeepEqual(fromLines, fromCSV) {
			t.Fatalf("the formats read back differently:\n  csv %+v\n json %+v\njsonl %+v", fromCSV, fromJSON, fromLines)
		}
		want := c.Events[0]
		want.Group = want.GroupName()
		got := fromJSON[0]
		if got.ID != want.ID || got.Span != want.Span || got.Title != want.Title || got.Text != want.Text ||
			got.Group != want.Group || !slices.Equal(got.Actors, want.Actors) || !reflect.DeepEqual(got.Sources, want.Sources) || got.Pos != want.Pos {
			t.Fatalf("written %+v\n   read %+v", want, got)
		}
	})
}

// TestSheetTitle checks that a sheet's own title (our JSON's "title") names
// the chronology when it is the only input and no --title is given.
func TestSheetTitle(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(doc, []byte("# Harbour works\n\nPublished: 2021-03-10\n\nThe council opened the barrier on 2 March.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "extract", "--format", "json", doc)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	sheet := filepath.Join(dir, "events.json")
	if err := os.WriteFile(sheet, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"extract keeps it", []string{"extract", "--format", "json", sheet}, `"title": "Harbour works"`},
		{"render shows it", []string{"render", "-o", filepath.Join(dir, "t.html"), sheet}, "<title>Harbour works</title>"},
		{"--title wins", []string{"render", "--title", "Works", "-o", filepath.Join(dir, "w.html"), sheet}, "<title>Works</title>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tt.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if tt.args[0] == "render" {
				b, err := os.ReadFile(tt.args[len(tt.args)-2])
				if err != nil {
					t.Fatal(err)
				}
				out = string(b)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("no %q in the output", tt.want)
			}
		})
	}
}
