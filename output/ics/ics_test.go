package ics_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/output/ics"
	"github.com/chronicle-project/chronicle/output/internal/fixture"
	"github.com/chronicle-project/chronicle/timeline"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		c    *timeline.Chronology
		opt  ics.Options
	}{
		{"seed.ics", fixture.Seed(), ics.Options{}},
		{"wide.ics", fixture.Wide(), ics.Options{}},
		{"seed-stamp.ics", fixture.Seed(), ics.Options{Stamp: time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600))}},
		{"empty.ics", &timeline.Chronology{}, ics.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := ics.Write(&buf, tt.c, tt.opt); err != nil {
				t.Fatal(err)
			}
			checkLines(t, buf.Bytes())
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
		})
	}
}

// checkLines checks RFC 5545's line rules: CRLF, at most 75 octets, valid
// UTF-8 on every physical line.
func checkLines(t *testing.T, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("output does not end with CRLF")
	}
	for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\r\n")), []byte("\r\n")) {
		if len(line) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(line), line)
		}
		if !utf8.Valid(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
		if bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
	}
}

// parse unfolds the content lines and returns the properties of each
// VEVENT, by name (with parameters), values unescaped for TEXT.
func parse(t *testing.T, data []byte) []map[string]string {
	t.Helper()
	unfolded := strings.ReplaceAll(string(data), "\r\n ", "")
	var events []map[string]string
	var cur map[string]string
	for _, line := range strings.Split(strings.TrimSuffix(unfolded, "\r\n"), "\r\n") {
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("content line without a colon: %q", line)
		}
		switch {
		case line == "BEGIN:VEVENT":
			cur = map[string]string{}
		case line == "END:VEVENT":
			events = append(events, cur)
			cur = nil
		case cur != nil:
			cur[name] = unescape(value)
		}
	}
	return events
}

func unescape(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			i++
			if v[i] == 'n' || v[i] == 'N' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(v[i])
			}
			continue
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

func TestTimes(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		want       string // DTSTART and DTEND lines, or "skipped"
	}{
		{"day", "2017-12-13", "", "DTSTART;VALUE=DATE:20171213 DTEND;VALUE=DATE:20171214"},
		{"month", "2017-07", "", "DTSTART;VALUE=DATE:20170701 DTEND;VALUE=DATE:20170801"},
		{"december", "2017-12", "", "DTSTART;VALUE=DATE:20171201 DTEND;VALUE=DATE:20180101"},
		{"year", "2017", "", "DTSTART;VALUE=DATE:20170101 DTEND;VALUE=DATE:20180101"},
		{"week", "2017-W50", "", "DTSTART;VALUE=DATE:20171211 DTEND;VALUE=DATE:20171218"},
		{"quarter", "2017-Q3", "", "DTSTART;VALUE=DATE:20170701 DTEND;VALUE=DATE:20171001"},
		{"winter", "2017-WI", "", "DTSTART;VALUE=DATE:20171201 DTEND;VALUE=DATE:20180301"},
		{"decade", "199", "", "DTSTART;VALUE=DATE:19900101 DTEND;VALUE=DATE:20000101"},
		{"century", "19", "", "DTSTART;VALUE=DATE:19000101 DTEND;VALUE=DATE:20000101"},
		{"range of months", "2017-07", "2017-12", "DTSTART;VALUE=DATE:20170701 DTEND;VALUE=DATE:20180101"},
		{"range of years", "1558", "1603", "DTSTART;VALUE=DATE:15580101 DTEND;VALUE=DATE:16040101"},
		{"range backwards", "2017-12", "2017-07", "DTSTART;VALUE=DATE:20171201 DTEND;VALUE=DATE:20180101"},
		{"floating time", "2017-12-13T15:00", "", "DTSTART:20171213T150000 DTEND:20171213T150100"},
		{"floating hour", "2017-12-13T15", "", "DTSTART:20171213T150000 DTEND:20171213T160000"},
		{"zoned time", "2017-12-13T23:30-05:00", "", "DTSTART:20171214T043000Z DTEND:20171214T043100Z"},
		{"utc second", "2017-12-13T15:04:05Z", "", "DTSTART:20171213T150405Z DTEND:20171213T150406Z"},
		{"zone +00:00", "2023-11-01T07:15+00:00", "", "DTSTART:20231101T071500Z DTEND:20231101T071600Z"},
		{"zone east of UTC", "2023-11-02T01:15+02:00", "", "DTSTART:20231101T231500Z DTEND:20231101T231600Z"},
		{"zoned range", "2023-11-01T07:15+00:00", "2023-11-01T09:30+01:00", "DTSTART:20231101T071500Z DTEND:20231101T083000Z"},
		{"zoned start, floating end", "2023-11-01T07:15Z", "2023-11-01T09:30", "DTSTART:20231101T071500Z DTEND:20231101T093000"},
		{"part of day", "2017-12-13TMO", "", "DTSTART:20171213T060000 DTEND:20171213T120000"},
		{"night", "2017-12-13TNI", "", "DTSTART:20171213T210000 DTEND:20171214T060000"},
		{"time range", "2017-12-13T09:00", "2017-12-13T17:00", "DTSTART:20171213T090000 DTEND:20171213T170000"}, // ends at 17:00, the moment written
		{"time to day", "2017-12-13T09:00", "2017-12-15", "DTSTART;VALUE=DATE:20171213 DTEND;VALUE=DATE:20171216"},
		{"year 1", "0001", "", "DTSTART;VALUE=DATE:00010101 DTEND;VALUE=DATE:00020101"},
		{"1st century AD", "00", "", "DTSTART;VALUE=DATE:00010101 DTEND;VALUE=DATE:01000101"},
		{"1st millennium AD", "0", "", "DTSTART;VALUE=DATE:00010101 DTEND;VALUE=DATE:10000101"},
		{"first decade AD", "000", "", "DTSTART;VALUE=DATE:00010101 DTEND;VALUE=DATE:00100101"},
		{"year 9998", "9998", "", "DTSTART;VALUE=DATE:99980101 DTEND;VALUE=DATE:99990101"},
		{"year 9999", "9999", "", "skipped"},
		{"BC", "BC0044", "", "skipped"},
		{"BC day", "BC0044-03-15", "", "skipped"},
		{"range from BC", "BC0044", "0014", "skipped"},
		{"vague", "PAST_REF", "", "skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := timeline.Event{ID: "x", Span: timeline.Span{Start: fixture.Date(tt.start)}, Title: "t"}
			if tt.end != "" {
				e.Span.End = fixture.Date(tt.end)
			}
			var buf bytes.Buffer
			w := ics.NewWriter(&buf, "", ics.Options{})
			if err := w.Write(&e); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			got := "skipped"
			if w.Skipped() == 0 {
				var lines []string
				for _, l := range strings.Split(buf.String(), "\r\n") {
					if strings.HasPrefix(l, "DTSTART") || strings.HasPrefix(l, "DTEND") {
						lines = append(lines, l)
					}
				}
				got = strings.Join(lines, " ")
			} else if strings.Contains(buf.String(), "VEVENT") {
				t.Error("a skipped event was written")
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestProperties(t *testing.T) {
	var buf bytes.Buffer
	w := ics.NewWriter(&buf, "t", ics.Options{})
	c := fixture.Wide()
	for i := range c.Events {
		if err := w.Write(&c.Events[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := w.Skipped(); got != 3 { // 44 BC, 15 March 44 BC, PAST_REF
		t.Errorf("Skipped() = %d, want 3", got)
	}
	byUID := map[string]map[string]string{}
	for _, p := range parse(t, buf.Bytes()) {
		byUID[p["UID"]] = p
	}
	tests := []struct {
		name, uid, prop, want string
	}{
		{"summary", "a1b2c3d4e5f6@chronicle", "SUMMARY", "Biometric collection begins"},
		{"summary with mod", "c14500000001@chronicle", "SUMMARY", "c. 1450: Gutenberg's press"},
		{"summary before", "bef199000000@chronicle", "SUMMARY", "before 1990: Before the web"},
		{"stamp from source", "a1b2c3d4e5f6@chronicle", "DTSTAMP", "20171213T000000Z"},
		{"stamp from zoned source", "4444bbbb4444@chronicle", "DTSTAMP", "20171213T093000Z"},
		{"stamp without source date", "c14500000001@chronicle", "DTSTAMP", "19700101T000000Z"},
		{"stamp from latest source", "0f9e8d7c6b5a@chronicle", "DTSTAMP", "20171213T093000Z"},
		{"url", "0f9e8d7c6b5a@chronicle", "URL", "https://thehimalayantimes.com/world/rights-group-criticizes-china-for-mass-dna-collection-in-xinjiang/"},
		{"no url", "c14500000001@chronicle", "URL", ""},
		{"categories", "5a5a5a5a5a5a@chronicle", "CATEGORIES", "Ministry"},
		{"categories escaped", "4444bbbb4444@chronicle", "CATEGORIES", "Wire, Inc."},
		{"description", "0f9e8d7c6b5a@chronicle", "DESCRIPTION",
			"Chinese authorities have collected DNA and other biometric data from the whole population of the volatile western region of Xinjiang, Human Right Watch said on Wednesday, denouncing the campaign as a gross violation of international norms.\n\n" +
				"When: 13 December 2017 (2017-12-13), as written: “on Wednesday”\n" +
				"Source: The Himalayan Times, 13 December 2017 <https://thehimalayantimes.com/world/rights-group-criticizes-china-for-mass-dna-collection-in-xinjiang/>\n" +
				"Source: Wire, Inc., 13 December 2017 <https://wire.example/2017/12/13/dna?a=1&b=2>"},
		{"description range", "r15581603000@chronicle", "DESCRIPTION",
			"Elizabeth I reigned from 1558 to 1603 — 44 years, 127 days.\n\nWhen: 1558–1603 (1558/1603), as written: “1558-1603”\nSource: A short history of printing and power"},
		{"line break and formula", "bef199000000@chronicle", "DESCRIPTION",
			"Before 1990, =SUM(A1:A9) was how most people \"published\" numbers,\nand +1 was a phone prefix.\n\nWhen: before 1990 (1990), as written: “before 1990”\nSource: A short history of printing and power"},
		{"unicode", "summer201700@chronicle", "SUMMARY", "Ürümqi: summer of checks ✓"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := byUID[tt.uid]
			if !ok {
				t.Fatalf("no VEVENT %s", tt.uid)
			}
			if got := p[tt.prop]; got != tt.want {
				t.Errorf("%s = %q, want %q", tt.prop, got, tt.want)
			}
		})
	}
}

func TestNoID(t *testing.T) {
	e := timeline.Event{Span: timeline.Span{Start: fixture.Date("2017")}, Text: "A sentence with no headline, long enough to be clipped when it becomes the summary of the event."}
	var buf bytes.Buffer
	if err := ics.Write(&buf, &timeline.Chronology{Events: []timeline.Event{e}}, ics.Options{}); err != nil {
		t.Fatal(err)
	}
	p := parse(t, buf.Bytes())[0]
	if want := timeline.MakeID("", e.Span, "", e.Text) + "@chronicle"; p["UID"] != want {
		t.Errorf("UID = %q, want %q", p["UID"], want)
	}
	if want := "A sentence with no headline, long enough to be clipped when it becomes the summ…"; p["SUMMARY"] != want {
		t.Errorf("SUMMARY = %q, want %q", p["SUMMARY"], want)
	}
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := ics.Write(failWriter{}, fixture.Seed(), ics.Options{}); err == nil || err.Error() != "disk full" {
		t.Errorf("err = %v, want disk full", err)
	}
}

// FuzzText checks escaping and folding: any headline and sentence come
// back, unfolded and unescaped, as they went in (less the control
// characters a TEXT value cannot hold), on lines RFC 5545 accepts.
func FuzzText(f *testing.F) {
	for _, e := range fixture.Wide().Events {
		f.Add(e.Title, e.Text)
	}
	f.Add(strings.Repeat("é", 80), strings.Repeat("乌", 60)+"\r\n;,\\")
	f.Fuzz(func(t *testing.T, title, text string) {
		if strings.TrimSpace(title) == "" {
			title = "x" + title
		}
		e := timeline.Event{ID: "id", Span: timeline.Span{Start: fixture.Date("2017")}, Title: title, Text: text}
		var buf bytes.Buffer
		if err := ics.Write(&buf, &timeline.Chronology{Title: text, Events: []timeline.Event{e}}, ics.Options{}); err != nil {
			t.Fatal(err)
		}
		checkLines(t, buf.Bytes())
		p := parse(t, buf.Bytes())[0]
		clean := func(s string) string {
			s = strings.ToValidUTF8(s, "\uFFFD")
			s = strings.ReplaceAll(s, "\r\n", "\n")
			s = strings.ReplaceAll(s, "\r", "\n")
			return strings.Map(func(r rune) rune {
				if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
					return -1
				}
				return r
			}, s)
		}
		if got, want := p["SUMMARY"], clean(strings.TrimSpace(title)); got != want {
			t.Errorf("SUMMARY = %q, want %q", got, want)
		}
		if tx := strings.TrimSpace(text); tx != "" && !strings.HasPrefix(p["DESCRIPTION"], clean(tx)+"\n\n") {
			t.Errorf("DESCRIPTION = %q, want it to start with %q", p["DESCRIPTION"], clean(tx))
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	c := &timeline.Chronology{}
	for range 100 {
		c.Events = append(c.Events, fixture.Wide().Events...)
	}
	var buf bytes.Buffer
	if err := ics.Write(&buf, c, ics.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := ics.Write(&buf, c, ics.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
