package json_test

import (
	"bufio"
	"bytes"
	stdjson "encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/output/internal/fixture"
	"github.com/chronicle-project/chronicle/output/json"
	"github.com/chronicle-project/chronicle/timeline"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		c    *timeline.Chronology
		opt  json.Options
	}{
		{"seed.json", fixture.Seed(), json.Options{}},
		{"wide.json", fixture.Wide(), json.Options{}},
		{"empty.json", &timeline.Chronology{Title: "Nothing yet"}, json.Options{}},
		{"seed.jsonl", fixture.Seed(), json.Options{Lines: true}},
		{"wide.jsonl", fixture.Wide(), json.Options{Lines: true}},
		{"empty.jsonl", &timeline.Chronology{}, json.Options{Lines: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := json.Write(&buf, tt.c, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
		})
	}
}

// toEvent rebuilds a timeline.Event the way a reader of our JSON would.
func toEvent(t *testing.T, j json.Event) timeline.Event {
	t.Helper()
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
	e := timeline.Event{ID: j.ID, DateText: j.DateText, Title: j.Title, Text: j.Text, Group: j.Group,
		Actors: j.Actors, Tags: j.Tags, Media: j.Media}
	e.Span = timeline.Span{Start: date(j.Start, j.Mod), End: date(j.End, j.EndMod)}
	var err error
	if e.Span, err = timeline.ApplyZones(e.Span, j.Zone); err != nil {
		t.Fatal(err)
	}
	for _, s := range j.Sources {
		e.Sources = append(e.Sources, timeline.Citation{Title: s.Title, Outlet: s.Outlet, URL: s.URL, Date: date(s.Date, ""), File: s.File})
	}
	if p := j.Position; p != nil {
		e.Pos = timeline.Position{File: p.File, Line: p.Line, Col: p.Col, Offset: p.Offset}
	}
	if j.Precision != e.Span.Start.Prec.String() {
		t.Errorf("%s: precision %q for start %q", j.ID, j.Precision, j.Start)
	}
	if j.Vague != e.IsVague() {
		t.Errorf("%s: vague = %v for start %q", j.ID, j.Vague, j.Start)
	}
	return e
}

func TestReadBack(t *testing.T) {
	c := fixture.Wide()
	t.Run("json", func(t *testing.T) {
		var buf bytes.Buffer
		if err := json.Write(&buf, c, json.Options{}); err != nil {
			t.Fatal(err)
		}
		dec := stdjson.NewDecoder(&buf)
		dec.DisallowUnknownFields()
		var doc json.Document
		if err := dec.Decode(&doc); err != nil {
			t.Fatal(err)
		}
		if doc.Title != c.Title {
			t.Errorf("title = %q, want %q", doc.Title, c.Title)
		}
		compare(t, c, doc.Events)
	})
	t.Run("jsonl", func(t *testing.T) {
		var buf bytes.Buffer
		if err := json.Write(&buf, c, json.Options{Lines: true}); err != nil {
			t.Fatal(err)
		}
		var events []json.Event
		sc := bufio.NewScanner(&buf)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var e json.Event
			if err := stdjson.Unmarshal(sc.Bytes(), &e); err != nil {
				t.Fatalf("line %d: %v", len(events)+1, err)
			}
			events = append(events, e)
		}
		compare(t, c, events)
	})
}

func compare(t *testing.T, c *timeline.Chronology, events []json.Event) {
	t.Helper()
	if len(events) != len(c.Events) {
		t.Fatalf("%d events read back, want %d", len(events), len(c.Events))
	}
	for i, j := range events {
		want := c.Events[i]
		want.Group = want.GroupName()
		if got := toEvent(t, j); !reflect.DeepEqual(got, want) {
			t.Errorf("event %d read back\n got %+v\nwant %+v", i, got, want)
		}
	}
}

func TestMembers(t *testing.T) {
	tests := []struct {
		name  string
		event timeline.Event
		want  string
	}{
		{"minimal", timeline.Event{ID: "x"},
			`{"id":"x","start":"","date_text":"","title":"","text":"","sources":[],"group":""}`},
		{"vague", timeline.Event{ID: "v", Span: timeline.Span{Start: timeline.Date{Ref: timeline.FutureRef}}},
			`{"id":"v","start":"FUTURE_REF","vague":true,"date_text":"","title":"","text":"","sources":[],"group":""}`},
		{"range with mods", timeline.Event{ID: "r", Span: timeline.Span{Start: mod(fixture.Date("1558"), timeline.ModApprox), End: mod(fixture.Date("16"), timeline.ModStart)}},
			`{"id":"r","start":"1558","end":"16","precision":"year","mod":"APPROX","end_mod":"START","date_text":"","title":"","text":"","sources":[],"group":""}`},
		{"zone apart from the value", timeline.Event{ID: "z", Span: timeline.Span{Start: fixture.Date("2017-12-13T15:00-05:00")}},
			`{"id":"z","start":"2017-12-13T15:00","precision":"minute","zone":"-05:00","date_text":"","title":"","text":"","sources":[],"group":""}`},
		{"range across zones", timeline.Event{ID: "zz", Span: timeline.Span{Start: fixture.Date("2017-12-13T15:00Z"), End: fixture.Date("2017-12-14T09:00+01:00")}},
			`{"id":"zz","start":"2017-12-13T15:00","end":"2017-12-14T09:00","precision":"minute","zone":"Z/+01:00","date_text":"","title":"","text":"","sources":[],"group":""}`},
		{"no zone", timeline.Event{ID: "n", Span: timeline.Span{Start: fixture.Date("2017-12-13T15:00")}},
			`{"id":"n","start":"2017-12-13T15:00","precision":"minute","date_text":"","title":"","text":"","sources":[],"group":""}`},
		{"html escaped", timeline.Event{ID: "h", Title: "</script>&"},
			`{"id":"h","start":"","date_text":"","title":"\u003c/script\u003e\u0026","text":"","sources":[],"group":""}`},
		{"source name", timeline.Event{ID: "s", Sources: []timeline.Citation{{File: "a.txt"}}},
			`{"id":"s","start":"","date_text":"","title":"","text":"","sources":[{"name":"a.txt","file":"a.txt"}],"group":"a.txt"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := json.NewWriter(&buf, "", json.Options{Lines: true})
			if err := w.Write(&tt.event); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(buf.String(), "\n"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			var j json.Event
			if err := stdjson.Unmarshal(buf.Bytes(), &j); err != nil {
				t.Fatal(err)
			}
			if got := toEvent(t, j).Span; got != tt.event.Span {
				t.Errorf("span read back as %s/%s, want %s/%s", got.Start, got.End, tt.event.Span.Start, tt.event.Span.End)
			}
		})
	}
}

func mod(d timeline.Date, m timeline.Mod) timeline.Date { d.Mod = m; return d }

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, opt := range []json.Options{{}, {Lines: true}} {
		if err := json.Write(failWriter{}, fixture.Seed(), opt); err == nil || err.Error() != "disk full" {
			t.Errorf("Write(%+v) to a failing writer: err = %v, want disk full", opt, err)
		}
	}
	w := json.NewWriter(failWriter{}, "t", json.Options{})
	if err := w.Close(); err == nil {
		t.Error("Close of an empty document on a failing writer gave no error")
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, e := range fixture.Wide().Events {
		f.Add(e.Title, e.Text, e.Source().Outlet, e.Span.Start.String())
	}
	f.Fuzz(func(t *testing.T, title, text, outlet, start string) {
		e := timeline.Event{ID: "id", Title: title, Text: text, Sources: []timeline.Citation{{Outlet: outlet}}, Actors: []string{outlet}}
		if d, err := timeline.ParseDate(start); err == nil {
			e.Span.Start = d
		}
		for _, opt := range []json.Options{{}, {Lines: true}} {
			var buf bytes.Buffer
			if err := json.Write(&buf, &timeline.Chronology{Title: title, Events: []timeline.Event{e}}, opt); err != nil {
				t.Fatal(err)
			}
			if opt.Lines && bytes.Count(buf.Bytes(), []byte("\n")) != 1 {
				t.Fatalf("jsonl event spans several lines: %q", buf.Bytes())
			}
			var got json.Event
			if opt.Lines {
				if err := stdjson.Unmarshal(buf.Bytes(), &got); err != nil {
					t.Fatal(err)
				}
			} else {
				var doc json.Document
				if err := stdjson.Unmarshal(buf.Bytes(), &doc); err != nil {
					t.Fatal(err)
				}
				if doc.Title != strings.ToValidUTF8(title, "\uFFFD") && utf8.ValidString(title) {
					t.Errorf("title %q read back as %q", title, doc.Title)
				}
				got = doc.Events[0]
			}
			want := json.FromEvent(&e)
			if utf8.ValidString(title) && utf8.ValidString(text) && utf8.ValidString(outlet) && !reflect.DeepEqual(got, want) {
				t.Errorf("round trip:\n got %#v\nwant %#v", got, want)
			}
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	for _, opt := range []json.Options{{}, {Lines: true}} {
		name := "json"
		if opt.Lines {
			name = "jsonl"
		}
		b.Run(name, func(b *testing.B) {
			c := &timeline.Chronology{}
			for range 100 {
				c.Events = append(c.Events, fixture.Wide().Events...)
			}
			var buf bytes.Buffer
			if err := json.Write(&buf, c, opt); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := json.Write(&buf, c, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
