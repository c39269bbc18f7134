package csv_test

import (
	"bytes"
	stdcsv "encoding/csv"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/output/csv"
	"github.com/chronicle-project/chronicle/output/internal/fixture"
	"github.com/chronicle-project/chronicle/timeline"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		c    *timeline.Chronology
		opt  csv.Options
	}{
		{"seed.csv", fixture.Seed(), csv.Options{}},
		{"wide.csv", fixture.Wide(), csv.Options{}},
		{"empty.csv", &timeline.Chronology{}, csv.Options{}},
		{"seed-lf-bom.csv", fixture.Seed(), csv.Options{LF: true, BOM: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := csv.Write(&buf, tt.c, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
		})
	}
}

func TestContractColumns(t *testing.T) {
	contract := []string{"id", "start", "end", "precision", "date_text", "title", "text", "source", "source_url", "source_date", "group"}
	if !reflect.DeepEqual(csv.Columns[:len(contract)], contract) {
		t.Errorf("first columns = %q, want the contract's %q", csv.Columns[:len(contract)], contract)
	}
}

// cells reads a CSV with encoding/csv and returns its rows as maps by header.
func cells(t *testing.T, data []byte) []map[string]string {
	t.Helper()
	r := stdcsv.NewReader(bytes.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = rec[i]
		}
		out = append(out, m)
	}
	return out
}

func TestCells(t *testing.T) {
	var buf bytes.Buffer
	if err := csv.Write(&buf, fixture.Wide(), csv.Options{}); err != nil {
		t.Fatal(err)
	}
	rows := cells(t, buf.Bytes())
	byID := map[string]map[string]string{}
	for _, r := range rows {
		byID[r["id"]] = r
	}
	tests := []struct {
		name, id, column, want string
	}{
		{"month at native precision", "a1b2c3d4e5f6", "start", "2017-07"},
		{"month precision", "a1b2c3d4e5f6", "precision", "month"},
		{"source is the outlet", "a1b2c3d4e5f6", "source", "The Himalayan Times"},
		{"source date", "a1b2c3d4e5f6", "source_date", "2017-12-13"},
		{"group defaults to source", "a1b2c3d4e5f6", "group", "The Himalayan Times"},
		{"explicit group", "5a5a5a5a5a5a", "group", "Ministry"},
		{"no date text", "5a5a5a5a5a5a", "date_text", ""},
		{"time", "77aa77aa77aa", "start", "2017-12-13T15:00"},
		{"time precision", "77aa77aa77aa", "precision", "minute"},
		{"vague start", "eeeeeeeeeeee", "start", "PAST_REF"},
		{"vague precision", "eeeeeeeeeeee", "precision", ""},
		{"BC year", "bc0044000001", "start", "BC0044"},
		{"BC day", "bc0044000002", "start", "BC0044-03-15"},
		{"approx", "c14500000001", "mod", "APPROX"},
		{"range start", "r15581603000", "start", "1558"},
		{"range end", "r15581603000", "end", "1603"},
		{"century", "cent19000000", "start", "19"},
		{"decade", "dec199000000", "start", "199"},
		{"decade mod", "dec199000000", "mod", "START"},
		{"before", "bef199000000", "mod", "BEFORE"},
		{"formula kept verbatim", "bef199000000", "text", "Before 1990, =SUM(A1:A9) was how most people \"published\" numbers,\nand +1 was a phone prefix."},
		{"season", "summer201700", "start", "2017-SU"},
		{"unicode title", "summer201700", "title", "Ürümqi: summer of checks ✓"},
		{"quarter", "3333aaaa3333", "start", "2017-Q3"},
		{"week", "4444bbbb4444", "start", "2017-W50"},
		{"actors escaped", "bc0044000001", "actors", `Julius Caesar; Brutus\; Cassius`},
		{"tags", "range2017000", "tags", "biometrics; policy"},
		{"media", "range2017000", "media", "https://example.com/map.png"},
		{"position", "a1b2c3d4e5f6", "position", "seed.txt:7:1"},
		{"offset", "a1b2c3d4e5f6", "offset", "410"},
		{"no position", "bc0044000001", "position", ""},
		{"no offset", "bc0044000001", "offset", ""},
		{"source from title", "bc0044000001", "source", "A short history of printing and power"},
		{"source date with time drops the time", "4444bbbb4444", "source_date", "2017-12-13"},
		{"merged sources", "0f9e8d7c6b5a", "sources",
			"The Himalayan Times | Rights group criticizes China for mass DNA collection in Xinjiang | https://thehimalayantimes.com/world/rights-group-criticizes-china-for-mass-dna-collection-in-xinjiang/ | 2017-12-13 | seed.txt\n" +
				"Wire, Inc. |  | https://wire.example/2017/12/13/dna?a=1&b=2 | 2017-12-13T09:30Z | wire.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no row with id %s", tt.id)
			}
			if got := r[tt.column]; got != tt.want {
				t.Errorf("%s of %s = %q, want %q", tt.column, tt.id, got, tt.want)
			}
		})
	}
}

// TestReadBack rebuilds every event from its row, as the documentation
// says a reader should, and checks nothing is lost.
func TestReadBack(t *testing.T) {
	c := fixture.Wide()
	var buf bytes.Buffer
	if err := csv.Write(&buf, c, csv.Options{}); err != nil {
		t.Fatal(err)
	}
	rows := cells(t, buf.Bytes())
	if len(rows) != len(c.Events) {
		t.Fatalf("%d rows for %d events", len(rows), len(c.Events))
	}
	for i, r := range rows {
		want := c.Events[i]
		t.Run(want.ID, func(t *testing.T) {
			got := rebuild(t, r)
			want.Group = want.GroupName()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read back\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func rebuild(t *testing.T, r map[string]string) timeline.Event {
	t.Helper()
	var e timeline.Event
	var err error
	date := func(v, m string) timeline.Date {
		if v == "" {
			return timeline.Date{}
		}
		d, err := timeline.ParseDate(v)
		if err != nil {
			t.Fatal(err)
		}
		if d.Mod, err = timeline.ParseMod(m); err != nil {
			t.Fatal(err)
		}
		return d
	}
	e.ID, e.DateText, e.Title, e.Text, e.Group, e.Media = r["id"], r["date_text"], r["title"], r["text"], r["group"], r["media"]
	e.Span.Start = date(r["start"], r["mod"])
	e.Span.End = date(r["end"], r["end_mod"])
	if e.Span, err = timeline.ApplyZones(e.Span, r["zone"]); err != nil {
		t.Fatal(err)
	}
	if e.Sources, err = timeline.ParseCitations(r["sources"]); err != nil {
		t.Fatal(err)
	}
	e.Actors, e.Tags = timeline.ParseList(r["actors"]), timeline.ParseList(r["tags"])
	if e.Pos, err = timeline.ParsePosition(r["position"]); err != nil {
		t.Fatal(err)
	}
	if r["offset"] != "" {
		if _, err := fmt.Sscan(r["offset"], &e.Pos.Offset); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// TestZone checks that start and end are written as the contract's TIMEX3
// values, without a zone, and the zone in a column of its own, from which
// a reader gets the same span back.
func TestZone(t *testing.T) {
	tests := []struct {
		name               string
		start, end         string // the span's TIMEX3 values
		wantStart, wantEnd string // the cells
		wantZone           string
	}{
		{name: "no zone", start: "2017-12-13T15:00", wantStart: "2017-12-13T15:00"},
		{name: "a day", start: "2017-12-13", wantStart: "2017-12-13"},
		{name: "offset", start: "2017-12-13T15:00-05:00", wantStart: "2017-12-13T15:00", wantZone: "-05:00"},
		{name: "UTC seconds", start: "2017-12-13T15:00:30Z", wantStart: "2017-12-13T15:00:30", wantZone: "Z"},
		{name: "range in one zone", start: "2022-09-21T14:30-04:00", end: "2022-09-21T16:00-04:00",
			wantStart: "2022-09-21T14:30", wantEnd: "2022-09-21T16:00", wantZone: "-04:00"},
		{name: "range across zones", start: "2022-09-21T14:30-04:00", end: "2022-09-22T09:00+02:00",
			wantStart: "2022-09-21T14:30", wantEnd: "2022-09-22T09:00", wantZone: "-04:00/+02:00"},
		{name: "zone of the end only", start: "2022-09-21T14:30", end: "2022-09-22T09:00+05:30",
			wantStart: "2022-09-21T14:30", wantEnd: "2022-09-22T09:00", wantZone: "/+05:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e timeline.Event
			var err error
			e.ID = "z"
			if e.Span.Start, err = timeline.ParseDate(tt.start); err != nil {
				t.Fatal(err)
			}
			if tt.end != "" {
				if e.Span.End, err = timeline.ParseDate(tt.end); err != nil {
					t.Fatal(err)
				}
			}
			var buf bytes.Buffer
			if err := csv.Write(&buf, &timeline.Chronology{Events: []timeline.Event{e}}, csv.Options{}); err != nil {
				t.Fatal(err)
			}
			if got := csv.Columns[len(csv.Columns)-1]; got != "zone" {
				t.Fatalf("last column %q, want zone", got)
			}
			r := cells(t, buf.Bytes())[0]
			if r["start"] != tt.wantStart || r["end"] != tt.wantEnd || r["zone"] != tt.wantZone {
				t.Fatalf("start, end, zone = %q, %q, %q; want %q, %q, %q", r["start"], r["end"], r["zone"], tt.wantStart, tt.wantEnd, tt.wantZone)
			}
			if back := rebuild(t, r).Span; back != e.Span {
				t.Fatalf("read back as %s/%s, want %s/%s", back.Start, back.End, e.Span.Start, e.Span.End)
			}
		})
	}
}

func TestCellNormalization(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"invalid UTF-8", "caf\xe9", "caf\uFFFD"},
		{"CRLF", "a\r\nb", "a\nb"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"LF kept", "a\nb", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := timeline.Event{ID: "x", Text: tt.text}
			if got := csv.Record(&e)[6]; got != tt.want {
				t.Errorf("text cell = %q, want %q", got, tt.want)
			}
		})
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	// encoding/csv buffers 4 KiB: write enough rows to reach the writer.
	c := &timeline.Chronology{}
	for range 200 {
		c.Events = append(c.Events, fixture.Seed().Events...)
	}
	err := csv.Write(&failWriter{}, c, csv.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write to a failing writer: err = %v, want disk full", err)
	}
	if err := csv.Write(&failWriter{}, c, csv.Options{BOM: true}); err == nil {
		t.Error("Write with BOM to a failing writer gave no error")
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, e := range fixture.Wide().Events {
		f.Add(e.Title, e.Text, e.DateText, e.Source().Outlet)
	}
	f.Add(" lead", "\"quoted\"\r\nline", "\r", "a,b")
	f.Fuzz(func(t *testing.T, title, text, dateText, outlet string) {
		e := timeline.Event{ID: "id", Title: title, Text: text, DateText: dateText,
			Sources: []timeline.Citation{{Outlet: outlet}}, Actors: []string{outlet}}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf, csv.Options{})
		if err := w.Write(&e); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		recs, err := stdcsv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("encoding/csv cannot read what we wrote: %v", err)
		}
		if len(recs) != 2 {
			t.Fatalf("%d records, want 2", len(recs))
		}
		want := csv.Record(&e)
		if !reflect.DeepEqual(recs[1], want) {
			t.Errorf("round trip:\n got %q\nwant %q", recs[1], want)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	c := &timeline.Chronology{}
	for range 100 {
		c.Events = append(c.Events, fixture.Wide().Events...)
	}
	var buf bytes.Buffer
	if err := csv.Write(&buf, c, csv.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := csv.Write(&buf, c, csv.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSourceDateIsADay: the contract gives source_date to days only
// (YYYY-MM-DD), so a citation dated to a month leaves it empty and keeps
// its date in sources; a time of day is dropped.
func TestSourceDateIsADay(t *testing.T) {
	tests := []struct {
		name, date, want string
	}{
		{"a day", "2024-03-15", "2024-03-15"},
		{"a time of day dropped", "2024-03-15T09:30", "2024-03-15"},
		{"a month leaves it empty", "2024-03", ""},
		{"a year leaves it empty", "2024", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := timeline.ParseDate(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			start, _ := timeline.ParseDate("2024-02")
			c := &timeline.Chronology{Events: []timeline.Event{{
				ID: "a1", Span: timeline.Span{Start: start}, Title: "T",
				Sources: []timeline.Citation{{Outlet: "The Annual Review", Date: d, File: "r.pdf"}},
			}}}
			var buf bytes.Buffer
			if err := csv.Write(&buf, c, csv.Options{}); err != nil {
				t.Fatal(err)
			}
			r := cells(t, buf.Bytes())[0]
			if r["source_date"] != tt.want {
				t.Errorf("source_date = %q, want %q", r["source_date"], tt.want)
			}
			if !strings.Contains(r["sources"], "| "+tt.date+" |") {
				t.Errorf("sources %q lost the date %s", r["sources"], tt.date)
			}
		})
	}
}

// TestBreaksInCells: a line break inside a cell is written as it is (the
// text stays verbatim); rows end with CRLF, or LF with Options.LF.
func TestBreaksInCells(t *testing.T) {
	e := timeline.Event{ID: "a1", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: 2017}}, Title: "Plan\nposted", Text: "Line one\nline two"}
	for _, lf := range []bool{false, true} {
		var buf bytes.Buffer
		if err := csv.Write(&buf, &timeline.Chronology{Events: []timeline.Event{e}}, csv.Options{LF: lf}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		end := "\r\n"
		if lf {
			end = "\n"
		}
		if !strings.Contains(out, "\"Plan\nposted\"") || !strings.Contains(out, "\"Line one\nline two\"") || strings.Count(out, "\r\n") != 2*b2i(!lf) || !strings.HasSuffix(out, end) {
			t.Errorf("LF %v: %q", lf, out)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
