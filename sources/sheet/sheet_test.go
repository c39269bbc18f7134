package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// dump writes what a sheet gave, one line per event, for golden files.
func dump(s *Sheet, err error) string {
	var b strings.Builder
	if s != nil {
		fmt.Fprintf(&b, "format %s, order %s (%s), title %q, ignored %q\n", s.Format, s.Order, s.OrderFrom, s.Title, s.Ignored)
		for _, e := range s.Events {
			src := e.Source()
			fmt.Fprintf(&b, "%d:%d %s [%s/%s %s mod=%s] date_text=%q title=%q text=%q source=%q url=%q source_date=%q group=%q tags=%q actors=%q media=%q\n",
				e.Pos.Line, e.Pos.Col, e.ID, e.Span.Start, e.Span.End, e.Span.Precision(), e.Span.Start.Mod,
				e.DateText, e.Title, e.Text, src.Outlet, src.URL, src.Date, e.Group, e.Tags, e.Actors, e.Media)
		}
	}
	if s != nil && len(s.Warnings) > 0 {
		b.WriteString("warnings:\n")
		for _, w := range s.Warnings {
			fmt.Fprintf(&b, "%v\n", w)
		}
	}
	if err != nil {
		fmt.Fprintf(&b, "errors:\n%v\n", err)
	}
	return b.String()
}

func TestReadGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*sv")
	if err != nil {
		t.Fatal(err)
	}
	jsons, _ := filepath.Glob("testdata/*.json")
	files = append(files, jsons...)
	if len(files) < 8 {
		t.Fatalf("found only %d test sheets", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			s, err := ReadSheet(f, filepath.Base(path), Options{})
			for _, e := range errList(err) {
				var te *timeline.Error
				if !errors.As(e, &te) || te.Pos.File != filepath.Base(path) {
					t.Errorf("error without a position in the file: %v", e)
				}
			}
			got := dump(s, err)
			golden.CheckString(t, path+".golden", got)
		})
	}
}

func errList(err error) []error {
	if err == nil {
		return nil
	}
	var l timeline.ErrorList
	if errors.As(err, &l) {
		return l
	}
	return []error{err}
}

// writeEventsCSV writes events in the contract's events.csv columns, the way
// output/csv does, so that the round trip can be checked here.
func writeEventsCSV(evs []timeline.Event) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"id", "start", "end", "precision", "date_text", "title", "text", "source", "source_url", "source_date", "group"})
	for _, e := range evs {
		src := e.Source()
		w.Write([]string{e.ID, e.Span.Start.String(), e.Span.End.String(), e.Span.Precision().String(), e.DateText,
			e.Title, e.Text, src.Outlet, src.URL, src.Date.String(), e.Group})
	}
	w.Flush()
	return b.String()
}

// writeFullCSV writes events in all the columns of our events.csv, the
// way output/csv's Record does (which this package may not import).
func writeFullCSV(evs []timeline.Event) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write([]string{"id", "start", "end", "precision", "date_text", "title", "text", "source", "source_url", "source_date", "group",
		"mod", "end_mod", "actors", "tags", "media", "sources", "position", "offset", "zone"})
	for _, e := range evs {
		src := e.Source()
		offset := ""
		if e.Pos.Offset != 0 || e.Pos.Line > 0 {
			offset = fmt.Sprint(e.Pos.Offset)
		}
		w.Write([]string{e.ID, e.Span.Start.WithoutZone().String(), e.Span.End.WithoutZone().String(), e.Span.Start.Prec.String(), e.DateText,
			e.Title, e.Text, src.Name(), src.URL, src.Date.DayOf().String(), e.GroupName(),
			e.Span.Start.Mod.String(), e.Span.End.Mod.String(), timeline.FormatList(e.Actors), timeline.FormatList(e.Tags),
			e.Media, timeline.FormatCitations(e.Sources), timeline.FormatPosition(e.Pos), offset, timeline.FormatZones(e.Span)})
	}
	w.Flush()
	return b.String()
}

func records(t *testing.T, s string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestFullRoundTrip reads an events.csv with every column output/csv
// writes (mods, lists, all citations, positions) and writes it again: every
// cell must come back.
func TestFullRoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/events-full.csv")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := Read(bytes.NewReader(in), "events-full.csv", Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	out := writeFullCSV(evs)
	want, got := records(t, string(in)), records(t, out)
	if len(got) != len(want) {
		t.Fatalf("wrote %d records, read %d", len(got), len(want))
	}
	for i := range want {
		for j := range want[i] {
			if j >= len(got[i]) || got[i][j] != want[i][j] {
				t.Errorf("record %d, column %s: wrote %q, read %q", i, want[0][j], got[i][min(j, len(got[i])-1)], want[i][j])
			}
		}
	}
	if e := evs[0]; len(e.Sources) != 2 || e.Sources[1].Outlet != "Foreign Media Watch" || e.Pos.Line != 14 || e.Pos.Offset != 1203 ||
		e.Span.Start.Mod.String() != "START" || len(e.Tags) != 2 {
		t.Errorf("first event: %+v", e)
	}
	for _, w := range []struct{ id, start, end string }{
		{"e5f6a7b8c9d0", "2017-12-13T15:00-05:00", ""},
		{"f6a7b8c9d0e1", "2017-12-13T22:00Z", "2017-12-14T09:00+08:00"},
	} {
		var e *timeline.Event
		for i := range evs {
			if evs[i].ID == w.id {
				e = &evs[i]
			}
		}
		if e == nil || e.Span.Start.String() != w.start || e.Span.End.String() != w.end {
			t.Errorf("event %s: want %s/%s with their zones, got %+v", w.id, w.start, w.end, e)
		}
	}
}

// TestEditedSourceCells: a person who edits source, source_url or
// source_date in the sheet, and not the sources cell, is heard.
func TestEditedSourceCells(t *testing.T) {
	in := "id,start,title,source,source_url,source_date,sources\n" +
		"x,2017,A,Edited Outlet,https://edited.example,2017-12-14,Old Outlet | T | https://old.example | 2017-12-13 | f.txt\n"
	evs, err := Read(strings.NewReader(in), "s.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := evs[0].Source()
	if c.Outlet != "Edited Outlet" || c.URL != "https://edited.example" || c.Date.String() != "2017-12-14" || c.Title != "T" || c.File != "f.txt" {
		t.Errorf("got %+v", c)
	}
}

// TestMonthDatedSource: a citation dated to a month is written with an
// empty source_date (the contract's column holds days) and its date in
// sources; reading it back keeps the month, and a day a person then types
// into source_date wins.
func TestMonthDatedSource(t *testing.T) {
	tests := []struct{ name, cell, want string }{
		{"left empty", "", "2024-03"},
		{"edited to a day", "2024-03-15", "2024-03-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "id,start,title,source,source_url,source_date,sources\n" +
				"x,2024-02,A,The Annual Review,," + tt.cell + ",The Annual Review |  |  | 2024-03 | r.pdf\n"
			evs, err := Read(strings.NewReader(in), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := evs[0].Source().Date.String(); got != tt.want {
				t.Errorf("citation date %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEventsCSVRoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/events.csv")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := Read(bytes.NewReader(in), "events.csv", Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	rows := strings.Count(string(in), "\n") - 2 // the header and one multi-line cell
	if len(evs) != rows {
		t.Fatalf("read %d events, want %d", len(evs), rows)
	}
	out := writeEventsCSV(evs)
	if out != string(in) {
		t.Errorf("round trip differs:\n--- wrote\n%s--- read\n%s", out, in)
	}
	// And again, from what was written.
	evs2, err := Read(strings.NewReader(out), "events.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if out2 := writeEventsCSV(evs2); out2 != out {
		t.Errorf("second round trip differs")
	}
}

// TestPositions checks that a cell's error points at its line and column.
func TestPositions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opt  Options
		want []string // error prefixes, in order
		n    int      // events
	}{
		{name: "bad date cell", in: "title,date\nA,2017-12-13\nB,sometime\n", n: 2,
			want: []string{"s.csv:3:3: date \"sometime\""}},
		{name: "multi-line cell counts lines", in: "title,date\n\"A\nB\",nope\nC,2017,x\n", n: 2,
			want: []string{"s.csv:3:4: date \"nope\"", "s.csv:4:8: cell \"x\""}},
		{name: "problems in the order of the text", in: "date,title\n2017-02-30,A\n2018,\"B\n2019,C\n", n: 3,
			want: []string{"s.csv:2:1: date \"2017-02-30\"", "s.csv:3:6: this quote opens a cell but never closes it"}},
		{name: "bad precision", in: "start,precision,title\n2017,weekly,A\n", n: 1,
			want: []string{"s.csv:2:6: precision \"weekly\""}},
		{name: "finer precision than date", in: "start,precision,title\n2017,day,A\n", n: 1}, // the start typed coarser: a warning
		{name: "end before start", in: "start,end,title\n2017,2016,A\n", n: 1,
			want: []string{"s.csv:2:6: end \"2016\": ends before the start"}},
		{name: "duplicate id", in: "id,date,title\nx,2017,A\nx,2018,B\n", n: 2}, // the later kept as x-2, with a warning
		{name: "extra cell", in: "date,title\n2017,A,surplus\n", n: 1},          // prose split by a comma: joined again, with a warning
		{name: "extra cell after a date", in: "title,date\nA,2017,surplus\n", n: 1,
			want: []string{"s.csv:2:8: cell \"surplus\" is beyond the last named column"}},
		{name: "no date column", in: "title,text\nA,B\n", n: 1,
			want: []string{"s.csv:1:1: no date column"}},
		{name: "a week number without a year", in: "week,title\n14,A\nW15,B\n", n: 2,
			want: []string{"s.csv:2:1: week \"14\": week 14 has no year", "s.csv:3:1: week \"W15\": week 15 has no year"}},
		{name: "a quarter number without a year", in: "quarter,title\nQ3,A\n", n: 1,
			want: []string{"s.csv:2:1: quarter \"Q3\": quarter 3 has no year"}},
		{name: "a week number out of range for its year", in: "year,week,title\n2025,53,A\n2026,53,B\n", n: 2,
			want: []string{"s.csv:2:6: week \"53\": week 53 out of range for 2025"}},
		{name: "a week number with a decade for its year", in: "year,week,title\n1990s,14,A\n", n: 1,
			want: []string{"s.csv:2:7: week \"14\": the year cell gives 199, which cannot take a week"}},
		{name: "a week outside its quarter", in: "week,quarter,title\n2025-W40,2025-Q1,A\n2026-W01,2026-Q1,B\n", n: 2,
			want: []string{"s.csv:2:10: quarter \"2025-Q1\": the week 2025-W40 is not in this quarter"}},
		{name: "a week whose year the Year cell contradicts", in: "year,week,title\n2024,2025-W10,A\n", n: 1,
			want: []string{"s.csv:2:1: year \"2024\": the week cell gives 2025-W10, in another year"}},
		{name: "a quarter number beside a full week takes its year", in: "week,quarter,title\n2025-W02,Q1,A\n2025-W20,Q3,B\n", n: 2,
			want: []string{"s.csv:3:10: quarter \"Q3\": the week 2025-W20 is not in this quarter"}},
		{name: "a year that cannot be read beside a full week", in: "year,week,title\nsoon,2025-W10,A\n", n: 1,
			want: []string{"s.csv:2:1: year \"soon\": not a year"}},
		{name: "a week column that cannot be read", in: "week,title\nsoon,A\n", n: 1,
			want: []string{"s.csv:2:1: week \"soon\""}},
		{name: "not a sheet", in: "2017-12-13,Something,happened\n", n: 0,
			want: []string{"s.csv:1:1: not an event sheet"}},
		{name: "bare quote kept", in: "date,title\n2017,A \"quoted\" word\n", n: 1}, // a warning (see the golden quotes.csv), no error
		{name: "option day first", in: "date,title\n03/04/2017,A\n", opt: Options{DayFirst: ptr(true)}, n: 1},
		{name: "json bad value", in: "[\n {\"date\": \"nope\", \"title\": \"A\"}\n]", n: 1,
			want: []string{"s.csv:2:11: date \"nope\""}},
		{name: "json syntax", in: "[\n {\"date\": \"2017\",, }\n]", n: 0,
			want: []string{"s.csv:2:"}},
		{name: "json dated array beside the events", in: "{\"periods\": [{\"start\": \"1337\"}],\n \"events\": [{\"date\": \"2017\", \"title\": \"A\"}]}", n: 1,
			want: []string{"s.csv:1:13: the array \"periods\" holds 1 dated object that is not read"}},
		{name: "json undated array beside the events", in: "{\"authors\": [{\"name\": \"Ana\"}],\n \"events\": [{\"date\": \"2017\", \"title\": \"A\"}]}", n: 1},
		{name: "json trailing comma", in: "[\n {\"date\": \"1989\", \"title\": \"A\"},\n {\"date\": \"1990\", \"title\": \"B\",},\n {\"date\": \"1991\", \"title\": \"C\"},\n]", n: 3}, // read as meant, with warnings
		{name: "json items", in: "{\"data\": {\"x\": 1}, \"items\": [{\"date\": \"2017\", \"title\": \"A\"}]}", n: 1},
		{name: "json not an object", in: "[1, {\"date\": \"2017\"}]", n: 1,
			want: []string{"s.csv:1:2: an event must be a JSON object"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			if strings.HasPrefix(tc.in, "[") || strings.HasPrefix(tc.in, "{") {
				opt.Format = "json"
			}
			evs, err := Read(strings.NewReader(tc.in), "s.csv", opt)
			if len(evs) != tc.n {
				t.Errorf("got %d events, want %d", len(evs), tc.n)
			}
			errs := errList(err)
			if len(errs) != len(tc.want) {
				t.Fatalf("got errors %v, want %d", err, len(tc.want))
			}
			for i, e := range errs {
				if !strings.HasPrefix(e.Error(), tc.want[i]) {
					t.Errorf("error %d = %q, want prefix %q", i, e, tc.want[i])
				}
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestDayFirst(t *testing.T) {
	in := "date,title\n03/04/2017,A\n"
	for _, tc := range []struct {
		name string
		in   string // in when empty
		opt  *bool
		want string
		from string
	}{
		{name: "default month first", want: "2017-03-04", from: "default"},
		{name: "option day first", opt: ptr(true), want: "2017-04-03", from: "option"},
		{name: "option month first", opt: ptr(false), want: "2017-03-04", from: "option"},
		{name: "a Spanish sheet is day first", in: "Fecha,Evento\n03/04/2017,A\n", want: "2017-04-03", from: "language"},
		{name: "a German sheet is day first", in: "Datum;Ereignis\n03.04.2017;A\n", want: "2017-04-03", from: "language"},
		{name: "a Spanish JSON sheet is day first", in: `[{"fecha": "03/04/2017", "evento": "A"}]`, want: "2017-04-03", from: "language"},
		{name: "a Spanish sheet option month first", in: "Fecha,Evento\n03/04/2017,A\n", opt: ptr(false), want: "2017-03-04", from: "option"},
		{name: "a cell decides before the language", in: "Fecha,Evento\n03/04/2017,A\n04/13/2017,B\n", want: "2017-03-04", from: "cells"},
		{name: "an English Date is no language", in: "Date,Title,Description\n03/04/2017,A,B\n", want: "2017-03-04", from: "default"},
		{name: "a day written before its month name", in: "Date,Title\n03/04/2017,A\n21 June 2016,B\n", want: "2017-04-03", from: "written"},
		{name: "a month name written before its day", in: "Date,Title\n03/04/2017,A\n\"June 21, 2016\",B\n", want: "2017-03-04", from: "written"},
		{name: "the ordinal of a month", in: "Date,Title\n03/04/2017,A\nthe 2nd of May 1901,B\n", want: "2017-04-03", from: "written"},
		{name: "a month and a year say nothing", in: "Date,Title\n03/04/2017,A\nJune 2016,B\n", want: "2017-03-04", from: "default"},
		{name: "dotted dates are day first", in: "Date,Title\n11.04.1892,Sailed\n", want: "1892-04-11", from: "dots"},
		{name: "dots among slashes say nothing", in: "Date,Title\n11.04.1892,Sailed\n03/04/2017,A\n", want: "1892-11-04", from: "default"},
		{name: "as many of each say nothing", in: "Date,Title\n03/04/2017,A\n21 June 2016,B\n\"May 2, 2015\",C\n", want: "2017-03-04", from: "default"},
		{name: "a number over 12 decides before the words", in: "Date,Title\n03/04/2017,A\n21 June 2016,B\n04/25/2015,C\n", want: "2017-03-04", from: "cells"},
		{name: "a second date column counts", in: "Object,Made,Acquired\nA,c. 1700,03/04/1989\nB,1820s,12 May 1958\n", want: "1700", from: "written"},
		{name: "the option wins over the words", in: "Date,Title\n03/04/2017,A\n21 June 2016,B\n", opt: ptr(false), want: "2017-03-04", from: "option"},
		{name: "a row's own date text, as a spreadsheet retyped its start", in: "id,start,date_text,title\na,03/04/2017,on 3 April 2017,Closed\nb,05/06/2017,on 5 June 2017,Reopened\n", want: "2017-04-03", from: "date text"},
		{name: "a row's own date text, month first", in: "id,start,date_text,title\na,04/03/2017,\"April 3, 2017\",Closed\n", want: "2017-04-03", from: "date text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := in
			if tc.in != "" {
				src = tc.in
			}
			name := "s.csv"
			if strings.HasPrefix(src, "[") {
				name = "s.json"
			}
			s, err := ReadSheet(strings.NewReader(src), name, Options{DayFirst: tc.opt})
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Events[0].Span.Start.String(); got != tc.want || s.OrderFrom != tc.from {
				t.Errorf("got %s (%s), want %s (%s)", got, s.OrderFrom, tc.want, tc.from)
			}
		})
	}
	// The day-month order the words give is said in the warning.
	s, _ := ReadSheet(strings.NewReader("Object,Made,Acquired\nA,c. 1700,03/04/1989\nB,1820s,12 May 1958\n"), "s.csv", Options{})
	if len(s.Events) != 4 || s.Events[1].Span.Start.String() != "1989-04-03" {
		t.Errorf("events %v, want the second acquired on 1989-04-03", s.Events)
	}
	if w := fmt.Sprint(s.Warnings); !strings.Contains(w, `s.csv:2:11: Acquired "03/04/1989": reads either way; read day first (1989-04-03), as the sheet writes its dates with a month name day first ("12 May 1958")`) {
		t.Errorf("warnings %s", w)
	}
	// One cell with a first number over 12 decides for the whole sheet.
	evs, err := Read(strings.NewReader("date,title\n03/04/2017,A\n13/04/2017,B\n"), "s.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := evs[0].Span.Start.String(); got != "2017-04-03" {
		t.Errorf("detected order: got %s, want 2017-04-03", got)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		opt  Options
		want error
	}{
		{name: "binary", in: []byte("\x00\x01\x02PK\x03\x04"), want: nil},
		{name: "too large", in: bytes.Repeat([]byte("a,b\n"), 100), opt: Options{MaxBytes: 64}, want: ErrTooLarge},
		{name: "empty", in: nil, want: ErrNotSheet},
		{name: "json scalar", in: []byte("42"), opt: Options{Format: "json"}, want: ErrNotSheet},
		{name: "json object without events", in: []byte(`{"a": 1}`), opt: Options{Format: "json"}, want: ErrNotSheet},
		{name: "truncated json", in: []byte(`[{"date": "2017"`), opt: Options{Format: "json"}},
		{name: "deep json", in: []byte(`{"events":[{"a":` + strings.Repeat(`{"a":`, 100000)), opt: Options{Format: "json"}},
		{name: "odd utf16", in: []byte{0xFF, 0xFE, 'a'}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.in), "bad.csv", tc.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans several lines: %q", err)
			}
			if !strings.HasPrefix(err.Error(), "bad.csv:") {
				t.Errorf("error does not name the file: %q", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v is not %v", err, tc.want)
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "date\ttitle\n2017\tCafé\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{name: "utf-8 bom", in: []byte("\xEF\xBB\xBFdate,title\n2017,Café\n")},
		{name: "utf-16le bom", in: utf16le},
		{name: "windows-1252", in: []byte("date;title\n2017;Caf\xe9\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := Read(bytes.NewReader(tc.in), "enc.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 || evs[0].Title != "Café" || evs[0].Span.Start.String() != "2017" {
				t.Errorf("got %+v", evs)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, strings.HasSuffix(p, ".json"))
		}
	}
	f.Add([]byte("date,title\n\"unterminated,x\n"), false)
	f.Add([]byte("year,week,quarter,title\n2025,14,3,A\n,W15,,B\n1990s,2,,C\n2025,53,Q1,D\n,w/c 3 March 2025,2025-Q2,E\n"), false)
	f.Add([]byte("[{\"week\": \"14\", \"year\": 2025}, {\"quarter\": \"3Q25\", \"date\": \"2025-07-01\"}]"), true)
	// Our own JSON and JSON Lines, as output/json writes them.
	own, _ := filepath.Glob(filepath.Join("..", "..", "output", "json", "testdata", "*.json*"))
	for _, p := range own {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, true)
		}
	}
	f.Add([]byte("{\"start\": \"2017\", \"sources\": [{\"name\": \"A\", \"date\": \"x\"}, \"B\"], \"position\": {\"line\": 2, \"col\": \"x\"}}\n{\"start\": \"2018\"} 1\n"), true)
	f.Fuzz(func(t *testing.T, in []byte, isJSON bool) {
		opt := Options{MaxBytes: 1 << 16}
		if isJSON {
			opt.Format = "json"
		}
		s, err := ReadSheet(bytes.NewReader(in), "f.csv", opt)
		var evs []timeline.Event
		if s != nil {
			evs = s.Events
			for _, w := range s.Warnings {
				var te *timeline.Error
				if !errors.As(w, &te) || te.Pos.File != "f.csv" || te.Pos.Line < 1 {
					t.Fatalf("warning without a position: %v", w)
				}
			}
		}
		for _, e := range errList(err) {
			var te *timeline.Error
			if !errors.As(e, &te) {
				t.Fatalf("error without a position: %v", e)
			}
		}
		// Positions index the sheet's text as decoded (Windows-1252 is
		// longer in UTF-8).
		text, _ := decode(in)
		for _, e := range evs {
			if e.Pos.File == "f.csv" && (e.Pos.Line < 1 || e.Pos.Offset < 0 || e.Pos.Offset > len(text)+8) {
				t.Fatalf("event position %+v out of range", e.Pos)
			}
			if e.ID == "" {
				t.Fatal("event without an id")
			}
			if !e.Span.End.IsZero() && e.Span.End.Start().Before(e.Span.Start.Start()) {
				t.Fatalf("range ends before it starts: %v", e.Span)
			}
		}
	})
}

func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{"Jul 2017", "1939-1945", "44 BC", "Spring 1944", "13/12/2017", "2017-12-13T15:04Z",
		"December 13-15, 2017", "c. 1450", "third quarter of 2017", "Wed Dec 13 15:04:05 2017", "19th century",
		"Winter 1941/42", "1450?", "1450s?", "Spring/Summer 1944", "Winter/Spring 1945", "2017-13", "2010-13",
		"2019/20", "1999/00", "9999/00", "15 de marzo de 2023", "15. März 2023", "quarta-feira, 15 de março de 2023",
		"le 1er mars 2023 à 15h30", "du 13 au 15 mars 2023", "44 av. J.-C.", "1° marzo 2023", "van 1939 tot 1945",
		"15 Uhr", "1990er", "W27 2025", "2025W27", "week 14 of 2025", "3Q25", "4Q'24", "1H26", "Q3/2025", "Q3-25",
		"2025/Q3", "W53 2025", "W53 2026", "Q1-Q2 2027", "H1–H2 2027", "Q4 2026 - Q1 2027", "Shipped (Mar 2026)",
		"Sept 2026 (est.)", "Done ((2026))", "TBD", "n/a", "20/12/2025 7pm", "1 Jan 1850/51", "25 Mar 1740/41",
		"1688/89", "bef. 1900", "bet. 1820 and 1825", "1H0000"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, dayFirst bool) {
		cp := &cellParser{}
		if dayFirst {
			cp.order = DayFirst
		}
		sp, err := cp.parseSpan(s)
		if err != nil {
			return
		}
		for _, d := range []timeline.Date{sp.Start, sp.End} {
			if d.IsZero() {
				continue
			}
			back, err := timeline.ParseDate(d.String())
			if err != nil {
				t.Fatalf("%q gave %s, which does not parse back: %v", s, d, err)
			}
			back.Mod = d.Mod
			if back != d {
				t.Fatalf("%q gave %#v, reparsed as %#v", s, d, back)
			}
		}
		if sp.IsRange() && sp.End.Start().Before(sp.Start.Start()) {
			t.Fatalf("%q: range ends before it starts", s)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("date,title,text,source\n")
	forms := []string{"2017-12-13", "Jul 2017", "13/12/2017", "Spring 1944", "1939-1945", "44 BC"}
	for i := range 2000 {
		fmt.Fprintf(&sb, "%s,Event %d,\"Something happened, as reported.\",Outlet %d\n", forms[i%len(forms)], i, i%7)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(strings.NewReader(in), "bench.csv", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadWeeks(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("year,week,quarter,milestone\n")
	forms := [][2]string{{"", "2025-W02"}, {"", "W27 2025"}, {"2025", "14"}, {"", "week 14 2025"}, {"", "w/c 3 March 2025"}}
	for i := range 2000 {
		f := forms[i%len(forms)]
		fmt.Fprintf(&sb, "%s,%s,,Milestone %d\n", f[0], f[1], i)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(strings.NewReader(in), "weeks.csv", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNoCellLost: whatever a sheet's columns are called, every non-empty
// cell of a row is somewhere in its event, and every column the reader did
// not read as a field is reported once.
func TestNoCellLost(t *testing.T) {
	tests := []struct {
		name     string
		csv      string
		warnings int
	}{
		{"when what where", "When,What,Where\n1 May 1994,Elections held,Pretoria\n", 0},
		{"description and notes", "Date,Event description,Location,Notes\n1666,Fire of London,London,Four days\n", 0},
		{"unknown columns", "date,headline,Weather,Cost (GBP)\n2012,Games open,wet,9 billion\n", 2},
		{"unnamed column", "date,title,\n2012,Games open,loose note\n", 1},
		{"second date column", "date,when,title\n2012,July 2012,Games open\n", 1},
		{"two places", "date,title,city,country\n2012,Games open,London,UK\n", 1},
		{"place already a tag", "date,title,tags,place\n2012,Games open,place: London,London\n", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.csv), "n.csv", Options{})
			if err != nil {
				t.Fatalf("error %v: unrecognised columns are warnings, not errors", err)
			}
			if len(s.Warnings) != tc.warnings {
				t.Errorf("warnings %q, want %d", s.Warnings, tc.warnings)
			}
			for _, e := range s.Events {
				seen := map[string]bool{}
				for _, tag := range e.Tags {
					if seen[tag] {
						t.Errorf("tag %q twice: %q", tag, e.Tags)
					}
					seen[tag] = true
				}
			}
			recs := records(t, tc.csv)
			for i, rec := range recs[1:] {
				e := s.Events[i]
				all := strings.Join(append([]string{e.DateText, e.Title, e.Text, e.Span.Start.String()}, e.Tags...), "\n")
				for j, v := range rec {
					if v != "" && !strings.Contains(all, v) {
						t.Errorf("row %d: cell %q of column %q is lost: %+v", i+2, v, recs[0][j], e)
					}
				}
			}
		})
	}
}

// TestZoneColumn: events.csv writes a time's zone in a column of its own;
// an events.csv from before that column has it in the value, and still
// loads; a person may type an abbreviation.
func TestZoneColumn(t *testing.T) {
	tests := []struct {
		name       string
		csv        string
		start, end string // TIMEX3 values with their zones
		err        string // the error, "" for none
	}{
		{name: "zone column", csv: "start,title,zone\n2017-12-13T15:00,Briefing,-05:00\n", start: "2017-12-13T15:00-05:00"},
		{name: "old events.csv with the zone in the value", csv: "start,precision,title\n2017-12-13T15:00-05:00,minute,Briefing\n", start: "2017-12-13T15:00-05:00"},
		{name: "value and column agree", csv: "start,title,zone\n2017-12-13T15:00-05:00,Briefing,-05:00\n", start: "2017-12-13T15:00-05:00"},
		{name: "no zone", csv: "start,title,zone\n2017-12-13T15:00,Briefing,\n", start: "2017-12-13T15:00"},
		{name: "UTC", csv: "start,title,zone\n2017-12-13 15:00,Briefing,Z\n", start: "2017-12-13T15:00Z"},
		{name: "abbreviation", csv: "date,title,time zone\n13 December 2017 3 pm,Briefing,EST\n", start: "2017-12-13T15:00-05:00"},
		{name: "end shares the zone", csv: "start,end,title,zone\n2017-12-13T15:00,2017-12-13T17:00,Talks,+01:00\n",
			start: "2017-12-13T15:00+01:00", end: "2017-12-13T17:00+01:00"},
		{name: "end in its own zone", csv: "start,end,title,zone\n2017-12-13T22:00,2017-12-14T09:00,Talks,GMT/+08:00\n",
			start: "2017-12-13T22:00Z", end: "2017-12-14T09:00+08:00"},
		{name: "a range in the start cell", csv: "start,title,zone\n2017-12-13T15:00/2017-12-13T17:00,Talks,-05:00\n",
			start: "2017-12-13T15:00-05:00", end: "2017-12-13T17:00-05:00"},
		{name: "a day has no time", csv: "start,title,zone\n2017-12-13,Briefing,-05:00\n", start: "2017-12-13",
			err: `s.csv:2:21: zone "-05:00": the start 2017-12-13 has no time of day to take the zone -05:00`},
		{name: "disagreement", csv: "start,title,zone\n2017-12-13T15:00-05:00,Briefing,+01:00\n", start: "2017-12-13T15:00-05:00",
			err: `s.csv:2:33: zone "+01:00": the start 2017-12-13T15:00-05:00 already has the zone -05:00, not +01:00`},
		{name: "not a zone", csv: "start,title,zone\n2017-12-13T15:00,Briefing,Paris\n", start: "2017-12-13T15:00",
			err: `s.csv:2:27: zone "Paris": want Z or an offset from UTC such as -05:00 or +01:00`},
		{name: "JSON zone member", csv: `[{"start": "2017-12-13T15:00", "title": "Briefing", "zone": "-05:00"}]`, start: "2017-12-13T15:00-05:00"},
		{name: "unreadable start is not reported twice", csv: "start,title,zone\nsoonish,Briefing,Z\n",
			err: `s.csv:2:1: start "soonish": cannot read date "soonish"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "s.csv"
			if strings.HasPrefix(tt.csv, "[") {
				name = "s.json"
			}
			s, err := ReadSheet(strings.NewReader(tt.csv), name, Options{})
			if s == nil {
				t.Fatalf("no sheet: %v", err)
			}
			if len(s.Warnings) > 0 {
				t.Errorf("warnings: %v", s.Warnings)
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.err {
				t.Errorf("error %q, want %q", gotErr, tt.err)
			}
			if len(s.Events) != 1 {
				t.Fatalf("%d events, want the row kept", len(s.Events))
			}
			sp := s.Events[0].Span
			if sp.Start.String() != tt.start || sp.End.String() != tt.end {
				t.Errorf("span %s/%s, want %s/%s", sp.Start, sp.End, tt.start, tt.end)
			}
		})
	}
}

// TestSplitDates: a row of the TimelineJS template's split date cells
// gets its date text from them, as typed, when it has no Display Date; a
// row whose end is its start is a point; a Year cell holds what year
// cells hold in practice.
func TestSplitDates(t *testing.T) {
	const header = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline\n"
	tests := []struct {
		name       string
		row        string
		start, end string
		mod        string
		dateText   string
		err        string // the error, "" for none
	}{
		{name: "year", row: "1944,,,,,,,,,Landings planned", start: "1944", dateText: "1944"},
		{name: "day", row: "1944,6,6,,,,,,,D-Day", start: "1944-06-06", dateText: "1944/6/6"},
		{name: "month as a word", row: "1944,June,,,,,,,,Landings", start: "1944-06", dateText: "1944 June"},
		{name: "time", row: "1944,6,6,06:30,,,,,,First wave lands", start: "1944-06-06T06:30", dateText: "1944/6/6 06:30"},
		{name: "a time to the hour", row: "1944,6,6,7pm,,,,,,Gliders land", start: "1944-06-06T19:00", dateText: "1944/6/6 7pm"},
		{name: "range of years", row: "1939,,,,1945,,,,,The war", start: "1939", end: "1945", dateText: "1939 – 1945"},
		{name: "range of days", row: "1914,7,28,,1918,11,11,,,First World War", start: "1914-07-28", end: "1918-11-11", dateText: "1914/7/28 – 1918/11/11"},
		{name: "end equal to start is a point", row: "2004,5,1,,2004,5,1,,,Ten countries join", start: "2004-05-01", dateText: "2004/5/1"},
		{name: "BC day", row: "-44,3,15,,,,,,,Caesar is killed", start: "BC0044-03-15", dateText: "-44/3/15"},
		{name: "29 February of a BC leap year", row: "-45,2,29,,,,,,,Leap day", start: "BC0045-02-29", dateText: "-45/2/29"},
		{name: "no 29 February in 44 BC", row: "-44,2,29,,,,,,,No such day", start: "BC0044-02", dateText: "-44/2/29",
			err: `t.csv:2:7: Day "29": day out of range 1-28`},
		{name: "BC year", row: "-44,,,,,,,,,Caesar is killed", start: "BC0044", dateText: "-44"},
		{name: "year in words of its era", row: "44 BC,,,,,,,,,Caesar is killed", start: "BC0044", dateText: "44 BC"},
		{name: "a year of the first century", row: "12,,,,,,,,,Year twelve", start: "0012", dateText: "12"},
		{name: "a range of years", row: "1914-18,,,,,,,,,First World War", start: "1914", end: "1918", dateText: "1914-18"},
		{name: "two years that follow each other", row: "2019/20,,,,,,,,,Season cancelled", start: "2019", end: "2020", dateText: "2019/20"},
		{name: "two years, not a month", row: "2011/12,,,,,,,,,Season", start: "2011", end: "2012", dateText: "2011/12"},
		{name: "a decade", row: "1990s,,,,,,,,,Grunge", start: "199", dateText: "1990s"},
		{name: "about a year", row: "c. 1450,,,,,,,,,Printing press", start: "1450", mod: "APPROX", dateText: "c. 1450"},
		{name: "about a year, with a month", row: "c. 1450,3,,,,,,,,Printing press", start: "1450-03", mod: "APPROX", dateText: "c. 1450 3"},
		{name: "a thousands separator", row: "\"2,019\",,,,,,,,,Spreadsheet year", start: "2019", dateText: "2,019"},
		{name: "spreadsheet number", row: "2017.0,,,,,,,,,Exported", start: "2017", dateText: "2017.0"},
		{name: "a decade cannot take a month", row: "1990s,5,,,,,,,,Grunge", start: "199", dateText: "1990s 5",
			err: `t.csv:2:7: Month "5": the year cell gives decade, which cannot take a month; it is left out`},
		{name: "not a year", row: "soon,,,,,,,,,Later", dateText: "soon", err: `t.csv:2:1: Year "soon": not a year`},
		{name: "display date wins", row: "1944,6,6,,,,,,the longest day,D-Day", start: "1944-06-06", dateText: "the longest day"},
		{name: "a cell that cannot be read is kept as written", row: "1944,13,6,,,,,,,Bad month", start: "1944", dateText: "1944/13/6",
			err: `t.csv:2:6: Month "13": month out of range 1-12`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(header+tt.row+"\n"), "t.csv", Options{})
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.err {
				t.Errorf("error %q, want %q", gotErr, tt.err)
			}
			if s == nil || len(s.Events) != 1 {
				t.Fatalf("want one event, got %+v", s)
			}
			e := s.Events[0]
			if e.Span.Start.String() != tt.start || e.Span.End.String() != tt.end || e.DateText != tt.dateText || e.Span.Start.Mod.String() != tt.mod {
				t.Errorf("got %s/%s %s %q, want %s/%s %s %q", e.Span.Start, e.Span.End, e.Span.Start.Mod, e.DateText, tt.start, tt.end, tt.mod, tt.dateText)
			}
		})
	}
}

func TestSepLine(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		comma rune
		skip  int
	}{
		{"semicolon", "sep=;\ndate;title\n", ';', 6},
		{"tab with CRLF", "sep=\t\r\ndate\ttitle\n", '\t', 7},
		{"no sep line", "date,title\n", 0, 0},
		{"no newline", "sep=;", 0, 0},
		{"a quote is no separator", "sep=\"\ndate\n", 0, 0},
		{"more after the separator", "sep=;x\ndate\n", 0, 0},
		{"empty", "sep=\ndate\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c, skip := sepLine(tt.in); c != tt.comma || skip != tt.skip {
				t.Errorf("sepLine(%q) = %q, %d; want %q, %d", tt.in, c, skip, tt.comma, tt.skip)
			}
		})
	}
}

// TestPrecisionColumn: the precision column coarsens a date padded to the
// first day of the period it names, but never undoes a date the user typed
// over the old one and left the old precision beside.
func TestPrecisionColumn(t *testing.T) {
	for _, tc := range []struct {
		name, start, precision, want string
	}{
		{name: "padded month", start: "2017-07-01", precision: "month", want: "2017-07"},
		{name: "padded year", start: "1917-01-01", precision: "year", want: "1917"},
		{name: "same precision", start: "1917-11-07", precision: "day", want: "1917-11-07"},
		{name: "edited to a day, year left beside", start: "1917-11-07", precision: "year", want: "1917-11-07"},
		{name: "edited to a month, year left beside", start: "1917-11", precision: "year", want: "1917-11"},
		// a spreadsheet that opened events.csv took the zeros off 0476,
		// 0079 and 0008: years, as the precision says, not periods
		{name: "year with its zero taken off", start: "476", precision: "year", want: "0476"},
		{name: "two-digit year", start: "79", precision: "year", want: "0079"},
		{name: "one-digit year", start: "8", precision: "year", want: "0008"},
		{name: "a decade stays a decade", start: "199", precision: "decade", want: "199"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "id,start,end,precision,title\ne1," + tc.start + ",," + tc.precision + ",Revolution\n"
			evs, err := Read(strings.NewReader(in), "s.csv", Options{})
			if err != nil || len(evs) != 1 {
				t.Fatalf("Read: %d events, %v", len(evs), err)
			}
			if got := evs[0].Span.Start.String(); got != tc.want {
				t.Errorf("start = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestSerialDates: a five-digit number in a date column is the serial day
// number a spreadsheet exports for a date cell formatted as a number.
func TestSerialDates(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"45292", "2024-01-01"},
		{"36526", "2000-01-01"},
		{"1066", "1066"},
		{"43082.625", "2017-12-13T15:00"}, // a date and time cell exported as a number
		{"43082.5", "2017-12-13T12:00"},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			evs, err := Read(strings.NewReader("date,title\n"+tc.cell+",A\n"), "s.csv", Options{})
			if err != nil || len(evs) != 1 {
				t.Fatalf("Read: %d events, %v", len(evs), err)
			}
			if got := evs[0].Span.Start.String(); got != tc.want {
				t.Errorf("start = %s, want %s", got, tc.want)
			}
		})
	}
}

// TestWrittenOrder: the day-month order a date cell with a month name
// shows, which decides a sheet's numeric dates when no number over 12
// does.
func TestWrittenOrder(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Order
	}{
		{"12 May 1958", DayFirst},
		{"12-May-1958", DayFirst},
		{"the 3rd of May 1958", DayFirst},
		{"Monday 12 May 1958", DayFirst},
		{"May 12, 1958", MonthFirst},
		{"Wednesday, May 14, 1958", MonthFirst},
		{"May 12 1958", MonthFirst},
		{"May 1958", OrderUnknown},
		{"May '58", OrderUnknown},
		{"1958-05-12", OrderUnknown},
		{"c. 1690", OrderUnknown},
		{"Spring 2008", OrderUnknown},
	} {
		if got := writtenOrder(tc.in); got != tc.want {
			t.Errorf("writtenOrder(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestYearFromRows: a term calendar writes the year on some rows only; a
// day of no year takes the year that puts it nearest the dated row above
// it (its weekday, when written, agreeing), and the reader is told once.
func TestYearFromRows(t *testing.T) {
	in := "Date,Event\nFri 19 Dec 2025,Term ends\nMon 12 Jan,Deadline\n16–20 Feb,Half term\nfrom 11 May,Exams\n" +
		"Thu 11 Dec,Concert\n"
	sh, err := ReadSheet(strings.NewReader(in), "term.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range sh.Events {
		got = append(got, e.Span.Start.String()+"/"+e.Span.End.String())
	}
	// (Thu 11 Dec after May 2026: 11 December 2025 was a Thursday, 2026's is a Friday)
	want := []string{"2025-12-19/", "2026-01-12/", "2026-02-16/2026-02-20", "2026-05-11/", "2025-12-11/"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if len(sh.Warnings) != 1 || !strings.Contains(sh.Warnings[0].Error(), "term.csv:3:1") {
		t.Errorf("warnings %v, want one at term.csv:3:1", sh.Warnings)
	}
	// a first row of no year has no row to take it from
	if _, err := ReadSheet(strings.NewReader("Date,Event\nMon 12 Jan,Deadline\n"), "t.csv", Options{}); err == nil {
		t.Error("a day of no year with no dated row: no error")
	}
}

// TestPrecisionEdits: in an events.csv a person edited, whichever of the
// start and the precision was changed is what they meant. A start still
// the date text's, beside a coarser precision, was not touched: the
// precision was ("we only know the month"). A start typed coarser than
// the precision left beside it is read as typed, with a note, not an
// error.
func TestPrecisionEdits(t *testing.T) {
	for _, tc := range []struct {
		name, row, want string
		errs, warns     int
	}{
		{name: "precision coarsened", row: "a1,2017-12-13,,month,13/12/2017,Vote", want: "2017-12"},
		{name: "start edited, date text old", row: "a1,2017-11-07,,month,13/12/2017,Vote", want: "2017-11-07", warns: 2}, // the date text is the start now (TestStaleDateText), and the precision left is said to be
		{name: "start typed coarser", row: "a1,2017-12,,day,13/12/2017,Vote", want: "2017-12", warns: 1},
		{name: "unknown precision word", row: "a1,2017-12-13,,fortnight,,Vote", want: "2017-12-13", errs: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "id,start,end,precision,date_text,title\n" + tc.row + "\n"
			s, err := ReadSheet(strings.NewReader(in), "events.csv", Options{})
			if s == nil || len(s.Events) != 1 {
				t.Fatalf("Read: %v", err)
			}
			if got := s.Events[0].Span.Start.String(); got != tc.want {
				t.Errorf("start = %s, want %s", got, tc.want)
			}
			var el timeline.ErrorList
			errors.As(err, &el)
			if len(el) != tc.errs {
				t.Errorf("errors %v, want %d", err, tc.errs)
			}
			if len(s.Warnings) != tc.warns {
				t.Errorf("warnings %v, want %d", s.Warnings, tc.warns)
			}
		})
	}
}

// TestTitleRows: a sheet that opens with a title and blank rows over its
// header is read from the header, the title the sheet's; a first row
// that names no column and no header below stays no event sheet.
func TestTitleRows(t *testing.T) {
	in := "HIST 204 — Cold War timeline,,\n,,\nDate,Event,Source\n1947-03-12,Truman Doctrine,Lecture 2\n1948-06-24,Berlin Blockade begins,Lecture 2\n"
	s, err := ReadSheet(strings.NewReader(in), "s.csv", Options{})
	if err != nil || s == nil {
		t.Fatalf("ReadSheet: %v", err)
	}
	if s.Title != "HIST 204 — Cold War timeline" || len(s.Events) != 2 {
		t.Fatalf("title %q, %d events", s.Title, len(s.Events))
	}
	if p := s.Events[1].Pos; p.Line != 5 {
		t.Errorf("second event at line %d, want 5", p.Line)
	}
	if _, err := ReadSheet(strings.NewReader("Cold War,,\nsome words,more,words\n"), "s.csv", Options{}); !errors.Is(err, ErrNotSheet) {
		t.Errorf("no header: err %v, want ErrNotSheet", err)
	}
}

// TestYearPlaceholders: "unknown", "?", "N/A" and "TBD" in a Year column
// leave their rows undated, as in a Date column, and are no error.
func TestYearPlaceholders(t *testing.T) {
	for _, cell := range []string{"unknown", "?", "N/A", "TBD"} {
		evs, err := Read(strings.NewReader("Year,Event\n"+cell+",A\n1066,B\n"), "s.csv", Options{})
		if err != nil || len(evs) != 2 {
			t.Errorf("%q: %d events, %v", cell, len(evs), err)
		}
	}
}

// TestOrderTie: a sheet with as many dates that can only be day first as
// month first says how it read a date that reads either way.
func TestOrderTie(t *testing.T) {
	s, err := ReadSheet(strings.NewReader("Date,Event\n04/03/2018,A\n13/12/2017,B\n12/13/2017,C\n"), "s.csv", Options{})
	if err != nil || s == nil || len(s.Events) != 3 {
		t.Fatalf("ReadSheet: %v", err)
	}
	if len(s.Warnings) != 1 || !strings.Contains(s.Warnings[0].Error(), "s.csv:2:1:") || !strings.Contains(s.Warnings[0].Error(), "as many day first as month first") {
		t.Errorf("warnings %v, want one at 2:1 on the tie", s.Warnings)
	}
}

// TestContractColumnWins: of two text columns, the one the contract names
// ("text") is the event's sentence whatever their order; the other is
// kept as more of it.
func TestContractColumnWins(t *testing.T) {
	for _, in := range []string{
		"start,title,text,notes\n2017-12-13,Hearing,The council held a hearing.,checked\n",
		"start,title,notes,text\n2017-12-13,Hearing,checked,The council held a hearing.\n",
	} {
		s, err := ReadSheet(strings.NewReader(in), "s.csv", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Events[0].Text; got != "The council held a hearing.\nnotes: checked" {
			t.Errorf("%q: text %q", in, got)
		}
	}
}

// TestShortNumberYears: with no precision column, a short number is a year
// as people type it; one that TIMEX3 would read as a recent decade or
// century is read so with a warning, given once.
func TestShortNumberYears(t *testing.T) {
	for _, tc := range []struct {
		in, want, warning string
	}{
		{"start,title\n476,Rome falls\n1066,Hastings\n", "0476 1066", ""},
		{"start,title\n199,Concerns raised\n476,Rome falls\n", "0199 0476", "s.csv:2:1: start \"199\": read as the year 199; a precision column saying \"decade\" or \"century\" would make it the 1990s"},
		{"start,title\n19,A century\n", "0019", "would make it the 20th century"},
		{"start,precision,title\n199,,Concerns raised\n", "199", ""},
	} {
		sh, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range sh.Events {
			got = append(got, e.Span.Start.String())
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
		switch {
		case tc.warning == "" && len(sh.Warnings) != 0:
			t.Errorf("%q: warnings %v, want none", tc.in, sh.Warnings)
		case tc.warning != "" && (len(sh.Warnings) != 1 || !strings.Contains(sh.Warnings[0].Error(), tc.warning)):
			t.Errorf("%q: warnings %v, want one with %q", tc.in, sh.Warnings, tc.warning)
		}
	}
}
