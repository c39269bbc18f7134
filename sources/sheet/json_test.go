package sheet

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// readFile reads a sheet from a file, by its base name.
func readFile(t *testing.T, path string) *Sheet {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadSheet(f, filepath.Base(path), Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(s.Warnings) > 0 {
		t.Errorf("%s: warnings: %v", path, s.Warnings)
	}
	return s
}

// withoutSheetPos drops the positions that are the sheet's own (the row an
// event was read from, for an event written without a position): they
// differ from one format to the other, and are not part of the event.
func withoutSheetPos(evs []timeline.Event, name string) []timeline.Event {
	out := make([]timeline.Event, len(evs))
	for i, e := range evs {
		if e.Pos.File == name {
			e.Pos = timeline.Position{}
		}
		if e.Row.File != name {
			panic("the row of " + e.ID + " is not in " + name)
		}
		e.Row = timeline.Position{} // where the row stands in the file read: each file's own
		out[i] = e
	}
	return out
}

// TestOwnJSONReadsBack reads the JSON, JSON Lines and events.csv that our
// writers (output/json, output/csv) make of the same chronologies: every
// event must come back the same from each, every citation in order,
// positions as positions, lists as written, and the JSON's title as the
// sheet's title, with no warning.
func TestOwnJSONReadsBack(t *testing.T) {
	tests := []struct {
		name  string
		title string
	}{
		{name: "seed", title: `China's "Physicals for All" Program in Xinjiang`},
		{name: "wide", title: "Power, print & <protest>: 44 BC – 2017"},
	}
	dir := filepath.Join("..", "..", "output")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			csvPath := filepath.Join(dir, "csv", "testdata", tt.name+".csv")
			if _, err := os.Stat(csvPath); err != nil {
				t.Skipf("the writers' golden files are not beside this package: %v", err)
			}
			fromCSV := readFile(t, csvPath)
			fromJSON := readFile(t, filepath.Join(dir, "json", "testdata", tt.name+".json"))
			fromLines := readFile(t, filepath.Join(dir, "json", "testdata", tt.name+".jsonl"))
			if fromJSON.Title != tt.title {
				t.Errorf("JSON title %q, want %q", fromJSON.Title, tt.title)
			}
			if fromJSON.Format != "json" || fromLines.Format != "jsonl" {
				t.Errorf("formats %q and %q, want json and jsonl", fromJSON.Format, fromLines.Format)
			}
			want := withoutSheetPos(fromCSV.Events, tt.name+".csv")
			for _, got := range []struct {
				name string
				evs  []timeline.Event
			}{{tt.name + ".json", fromJSON.Events}, {tt.name + ".jsonl", fromLines.Events}} {
				evs := withoutSheetPos(got.evs, got.name)
				if len(evs) != len(want) {
					t.Fatalf("%s: %d events, the CSV has %d", got.name, len(evs), len(want))
				}
				for i := range want {
					if !reflect.DeepEqual(evs[i], want[i]) {
						t.Errorf("%s: event %d differs from the CSV's:\n json %+v\n  csv %+v", got.name, i, evs[i], want[i])
					}
				}
			}
			merged := 0
			for _, e := range fromJSON.Events {
				if len(e.Sources) > 1 {
					merged++
				}
			}
			if merged == 0 {
				t.Error("no event with several citations: the test proves less than it says")
			}
		})
	}
}

// TestJSONMembers: each member our JSON writer writes is read as what it
// is, and a member that is wrong is reported at its value.
func TestJSONMembers(t *testing.T) {
	const head = `{"title": "T", "events": [` + "\n"
	tests := []struct {
		name     string
		file     string // "s.json" when empty
		in       string
		title    string
		check    func(t *testing.T, evs []timeline.Event)
		errs     []string // error prefixes, in order
		warnings []string // warning prefixes, in order
	}{
		{name: "title is the chronology's", in: head + `{"start": "2017", "title": "A"}]}`, title: "T",
			check: func(t *testing.T, evs []timeline.Event) {
				if len(evs) != 1 || evs[0].Title != "A" {
					t.Errorf("got %+v, want one event A: the title is no event", evs)
				}
			}},
		{name: "a TimelineJS hour is its first minute", in: `{"events": [{"start_date": {"year": "1944", "month": "6", "day": "6", "hour": "19"}, "text": {"headline": "Gliders land"}}]}`,
			check: func(t *testing.T, evs []timeline.Event) {
				if len(evs) != 1 || evs[0].Span.Start.String() != "1944-06-06T19:00" {
					t.Errorf("got %+v, want 1944-06-06T19:00, as the tagger writes 7pm", evs)
				}
			}},
		{name: "several citations in order", in: head + `{"start": "2017-12-13", "title": "A", "sources": [
 {"name": "Outlet A", "outlet": "Outlet A", "url": "https://a.example", "date": "2017-12-13", "file": "a.txt"},
 {"name": "Piece B", "title": "Piece B", "date": "2017-12-13T09:30Z", "file": "b.html"},
 {"name": "c.md", "file": "c.md"}]}]}`, title: "T",
			check: func(t *testing.T, evs []timeline.Event) {
				want := []timeline.Citation{
					{Outlet: "Outlet A", URL: "https://a.example", Date: mustDate(t, "2017-12-13"), File: "a.txt"},
					{Title: "Piece B", Date: mustDate(t, "2017-12-13T09:30Z"), File: "b.html"},
					{File: "c.md"},
				}
				if !reflect.DeepEqual(evs[0].Sources, want) {
					t.Errorf("sources\n got %+v\nwant %+v", evs[0].Sources, want)
				}
			}},
		{name: "a name typed alone is the outlet", in: `[{"date": "2017", "title": "A", "sources": [{"name": "BBC"}, "Reuters"]}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				if s := evs[0].Sources; len(s) != 2 || s[0].Outlet != "BBC" || s[1].Outlet != "Reuters" || s[0].File != "s.json" {
					t.Errorf("sources %+v, want BBC and Reuters, from s.json", s)
				}
			}},
		{name: "one source as an object", in: `[{"date": "2017", "title": "A", "sources": {"outlet": "BBC", "date": "13 Dec 2017"}}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				if s := evs[0].Sources; len(s) != 1 || s[0].Outlet != "BBC" || s[0].Date.String() != "2017-12-13" {
					t.Errorf("sources %+v, want BBC of 2017-12-13", s)
				}
			}},
		{name: "an edited source key wins over the first citation", in: `[{"date": "2017", "title": "A", "source": "Edited",
 "sources": [{"name": "Old", "outlet": "Old", "title": "Piece"}, {"name": "Other", "outlet": "Other"}]}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				if s := evs[0].Sources; len(s) != 2 || s[0].Outlet != "Edited" || s[0].Title != "Piece" || s[1].Outlet != "Other" {
					t.Errorf("sources %+v", s)
				}
			}},
		{name: "position is the event's", in: head + `{"start": "2017", "title": "A", "position": {"file": "doc.md", "line": 3, "col": 29, "offset": 51}}]}`, title: "T",
			check: func(t *testing.T, evs []timeline.Event) {
				if want := (timeline.Position{File: "doc.md", Line: 3, Col: 29, Offset: 51}); evs[0].Pos != want || evs[0].Text != "" {
					t.Errorf("pos %+v text %q, want %+v and no text", evs[0].Pos, evs[0].Text, want)
				}
			}},
		{name: "position typed as FILE:LINE:COL", in: `[{"start": "2017", "title": "A", "position": "doc.md:3:29"}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				if want := (timeline.Position{File: "doc.md", Line: 3, Col: 29}); evs[0].Pos != want {
					t.Errorf("pos %+v, want %+v", evs[0].Pos, want)
				}
			}},
		{name: "lists keep their items", in: `[{"start": "BC0044", "title": "A", "actors": ["Julius Caesar", "Brutus; Cassius"], "tags": ["a, b", " c "]}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				if e := evs[0]; !reflect.DeepEqual(e.Actors, []string{"Julius Caesar", "Brutus; Cassius"}) || !reflect.DeepEqual(e.Tags, []string{"a, b", "c"}) {
					t.Errorf("actors %q tags %q", e.Actors, e.Tags)
				}
			}},
		{name: "vague reference", in: `[{"id": "v", "start": "PAST_REF", "vague": true, "date_text": "recently", "title": "A"}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				if e := evs[0]; !e.IsVague() || e.Span.Start.Ref != timeline.PastRef || e.DateText != "recently" {
					t.Errorf("got %+v", e)
				}
			}},
		{name: "zone, mods and a range", in: `[{"start": "2017-12-13T22:00", "end": "2017-12-14T09:00", "precision": "minute", "mod": "APPROX", "end_mod": "END", "zone": "Z/+08:00", "title": "A"}]`,
			check: func(t *testing.T, evs []timeline.Event) {
				sp := evs[0].Span
				if sp.Start.String() != "2017-12-13T22:00Z" || sp.End.String() != "2017-12-14T09:00+08:00" || sp.Start.Mod != timeline.ModApprox || sp.End.Mod != timeline.ModEnd {
					t.Errorf("span %s [%s] / %s [%s]", sp.Start, sp.Start.Mod, sp.End, sp.End.Mod)
				}
			}},
		{name: "bad citation date", in: "[{\"start\": \"2017\", \"title\": \"A\",\n \"sources\": [{\"name\": \"X\", \"date\": \"someday\"}]}]",
			errs: []string{`s.json:2:36: sources.date "someday"`},
			check: func(t *testing.T, evs []timeline.Event) {
				if s := evs[0].Sources; len(s) != 1 || s[0].Outlet != "X" || !s[0].Date.IsZero() {
					t.Errorf("sources %+v, want X with no date", s)
				}
			}},
		{name: "bad position line", in: "[{\"start\": \"2017\", \"title\": \"A\",\n \"position\": {\"file\": \"d.md\", \"line\": 0, \"col\": 1}}]",
			errs: []string{`s.json:2:39: position.line "0": want a whole number of at least 1`}},
		{name: "unknown member of a source", in: "[{\"start\": \"2017\", \"title\": \"A\",\n \"sources\": [{\"name\": \"X\", \"author\": \"Jane Roe\"}]}]",
			warnings: []string{`s.json:2:38: key "sources.author" not recognised; kept in the event text`},
			check: func(t *testing.T, evs []timeline.Event) {
				if evs[0].Text != "sources.author: Jane Roe" || evs[0].Source().Outlet != "X" {
					t.Errorf("got %+v", evs[0])
				}
			}},
		{name: "unknown member of the position", in: "[{\"start\": \"2017\", \"title\": \"A\",\n \"position\": {\"line\": 3, \"page\": 2}}]",
			warnings: []string{`s.json:2:34: key "position.page" not recognised`}},
		{name: "vague does not match the start", in: `[{"start": "2017", "vague": true, "title": "A"}]`,
			warnings: []string{`s.json:1:29: vague "true": the start "2017" is not a vague reference`}},
		{name: "a second document is reported", in: "{\"events\": [{\"start\": \"2017\"}]}\n\n{\"events\": []}\n",
			errs: []string{"s.json:3:1: more JSON after the end of the document"}},
		{name: "JSON Lines by content", in: "{\"start\": \"2017\", \"title\": \"A\"}\n{\"start\": \"2018\", \"title\": \"B\"}\n",
			check: func(t *testing.T, evs []timeline.Event) {
				if len(evs) != 2 || evs[1].Title != "B" || evs[1].Pos.Line != 2 {
					t.Errorf("got %+v, want two events, B on line 2", evs)
				}
			}},
		{name: "one line of JSON Lines", in: `{"start": "2017", "title": "A"}`,
			check: func(t *testing.T, evs []timeline.Event) {
				if len(evs) != 1 || evs[0].Title != "A" {
					t.Errorf("got %+v", evs)
				}
			}},
		{name: "JSON Lines: a bad line is reported, the others read", file: "s.jsonl",
			in:   "{\"start\": \"2017\", \"title\": \"A\"}\n\n{\"start\": \"2018\",, }\n[1]\n{\"start\": \"2019\", \"title\": \"C\"} {}\n",
			errs: []string{"s.jsonl:3:", "s.jsonl:4:1: a line of JSON Lines must be one event object", "s.jsonl:5:33: more JSON after the event object"},
			check: func(t *testing.T, evs []timeline.Event) {
				if len(evs) != 2 || evs[0].Title != "A" || evs[1].Title != "C" {
					t.Errorf("got %+v, want A and C", evs)
				}
			}},
		{name: "JSON Lines of no events", file: "log.jsonl", in: "{\"level\": \"info\"}\n{\"level\": \"warn\"}\n",
			errs: []string{"log.jsonl:1:1: not an event sheet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			if file == "" {
				file = "s.json"
			}
			s, err := ReadSheet(strings.NewReader(tt.in), file, Options{})
			errs := errList(err)
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %v, want %q", err, tt.errs)
			}
			for i, e := range errs {
				var te *timeline.Error
				if !errors.As(e, &te) || !strings.HasPrefix(e.Error(), tt.errs[i]) {
					t.Errorf("error %d = %q, want a positioned one starting %q", i, e, tt.errs[i])
				}
			}
			if s == nil {
				if tt.check != nil {
					t.Fatal("no sheet")
				}
				return
			}
			if len(s.Warnings) != len(tt.warnings) {
				t.Fatalf("warnings %v, want %q", s.Warnings, tt.warnings)
			}
			for i, w := range s.Warnings {
				if !strings.HasPrefix(w.Error(), tt.warnings[i]) {
					t.Errorf("warning %d = %q, want prefix %q", i, w, tt.warnings[i])
				}
			}
			if s.Title != tt.title {
				t.Errorf("title %q, want %q", s.Title, tt.title)
			}
			if tt.check != nil {
				tt.check(t, s.Events)
			}
		})
	}
}

func mustDate(t *testing.T, v string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(v)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// BenchmarkReadJSON reads our own JSON form of 2,000 events, each with
// two citations, actors and a position.
func BenchmarkReadJSON(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("{\n  \"title\": \"Bench\",\n  \"events\": [")
	for i := range 2000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, `
    {"id": "e%05d", "start": "2017-12-%02d", "precision": "day", "date_text": "on Wednesday", "title": "Event %d",
     "text": "Something happened, as reported.", "sources": [{"name": "Outlet", "outlet": "Outlet", "url": "https://o.example/%d", "date": "2017-12-13", "file": "a.txt"},
     {"name": "b.md", "file": "b.md"}], "group": "Outlet", "actors": ["A. Person", "An Organisation"],
     "position": {"file": "a.txt", "line": %d, "col": 1, "offset": %d}}`, i, i%28+1, i, i, i+1, i*80)
	}
	sb.WriteString("\n  ]\n}\n")
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(strings.NewReader(in), "bench.json", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
