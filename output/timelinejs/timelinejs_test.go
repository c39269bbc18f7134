package timelinejs_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/output/internal/fixture"
	"github.com/chronicle-project/chronicle/output/timelinejs"
	"github.com/chronicle-project/chronicle/timeline"
)

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		c    *timeline.Chronology
		opt  timelinejs.Options
	}{
		{"seed.json", fixture.Seed(), timelinejs.Options{Indent: true}},
		{"wide.json", fixture.Wide(), timelinejs.Options{Indent: true, Text: "From the Ides of March to the press conference"}},
		{"wide-compact.json", fixture.Wide(), timelinejs.Options{}},
		{"empty.json", &timeline.Chronology{}, timelinejs.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := timelinejs.Write(&buf, tt.c, tt.opt); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
		})
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		mod        timeline.Mod
		want       string // start_date, end_date and display_date as JSON
	}{
		{"year", "2017", "", 0, `{"year":2017,"display_date":"2017"} null "2017"`},
		{"month", "2017-07", "", 0, `{"year":2017,"month":7,"display_date":"July 2017"} null "July 2017"`},
		{"day", "2017-12-13", "", 0, `{"year":2017,"month":12,"day":13,"display_date":"13 December 2017"} null "13 December 2017"`},
		{"hour", "2017-12-13T00", "", 0, `{"year":2017,"month":12,"day":13,"hour":0,"display_date":"13 December 2017, 00:00"} null "13 December 2017, 00:00"`},
		{"second", "2017-12-13T15:04:05", "", 0, `{"year":2017,"month":12,"day":13,"hour":15,"minute":4,"second":5,"display_date":"13 December 2017, 15:04:05"} null "13 December 2017, 15:04:05"`},
		{"zone to UTC", "2017-12-13T23:30-05:00", "", 0, `{"year":2017,"month":12,"day":14,"hour":4,"minute":30,"display_date":"13 December 2017, 23:30 UTC−05:00"} null "13 December 2017, 23:30 UTC−05:00"`},
		{"BC year", "BC0044", "", 0, `{"year":-44,"display_date":"44 BC"} null "44 BC"`},
		{"BC day", "BC0044-03-15", "", 0, `{"year":-44,"month":3,"day":15,"display_date":"15 March 44 BC"} null "15 March 44 BC"`},
		{"decade", "199", "", 0, `{"year":1990,"display_date":"the 1990s"} {"year":1999} "the 1990s"`},
		{"BC decade", "BC004", "", 0, `{"year":-49,"display_date":"the 40s BC"} {"year":-40} "the 40s BC"`},
		{"century", "19", "", 0, `{"year":1900,"display_date":"the 20th century"} {"year":1999} "the 20th century"`},
		{"1st century BC", "BC00", "", 0, `{"year":-100,"display_date":"the 1st century BC"} {"year":-1} "the 1st century BC"`},
		{"3rd century BC", "BC02", "", 0, `{"year":-300,"display_date":"the 3rd century BC"} {"year":-201} "the 3rd century BC"`},
		{"1st century BC ends in 1 BC", "BC0001", "", 0, `{"year":-1,"display_date":"1 BC"} null "1 BC"`},
		{"5th century BC", "BC04", "", 0, `{"year":-500,"display_date":"the 5th century BC"} {"year":-401} "the 5th century BC"`},
		{"2nd millennium BC", "BC1", "", 0, `{"year":-2000,"display_date":"the 2nd millennium BC"} {"year":-1001} "the 2nd millennium BC"`},
		{"753 BC", "BC0753", "", 0, `{"year":-753,"display_date":"753 BC"} null "753 BC"`},
		{"millennium", "1", "", 0, `{"year":1000,"display_date":"the 2nd millennium"} {"year":1999} "the 2nd millennium"`},
		{"quarter", "2017-Q3", "", 0, `{"year":2017,"month":7,"display_date":"Q3 2017"} {"year":2017,"month":9} "Q3 2017"`},
		{"half", "2017-H2", "", 0, `{"year":2017,"month":7,"display_date":"the second half of 2017"} {"year":2017,"month":12} "the second half of 2017"`},
		{"winter", "2017-WI", "", 0, `{"year":2017,"month":12,"display_date":"winter 2017/18"} {"year":2018,"month":2} "winter 2017/18"`},
		{"week", "2017-W50", "", 0, `{"year":2017,"month":12,"day":11,"display_date":"week 50 of 2017"} {"year":2017,"month":12,"day":17} "week 50 of 2017"`},
		{"range of years", "1558", "1603", 0, `{"year":1558,"display_date":"1558"} {"year":1603,"display_date":"1603"} "1558–1603"`},
		{"range to a decade", "1989", "199", 0, `{"year":1989,"display_date":"1989"} {"year":1999,"display_date":"the 1990s"} "1989 – the 1990s"`},
		{"range across BC", "BC0044", "0014", 0, `{"year":-44,"display_date":"44 BC"} {"year":14,"display_date":"AD 14"} "44 BC – AD 14"`},
		{"1st century AD", "00", "", 0, `{"year":1,"display_date":"the 1st century"} {"year":99} "the 1st century"`},
		{"2nd century AD", "01", "", 0, `{"year":100,"display_date":"the 2nd century"} {"year":199} "the 2nd century"`},
		{"1st millennium AD", "0", "", 0, `{"year":1,"display_date":"the 1st millennium"} {"year":999} "the 1st millennium"`},
		{"first decade AD", "000", "", 0, `{"year":1,"display_date":"AD 1–9"} {"year":9} "AD 1–9"`},
		{"9 BC to AD 9", "BC0009", "000", 0, `{"year":-9,"display_date":"9 BC"} {"year":9,"display_date":"AD 1–9"} "9 BC – AD 1–9"`},
		{"2nd century BC", "BC01", "", 0, `{"year":-200,"display_date":"the 2nd century BC"} {"year":-101} "the 2nd century BC"`},
		{"range across the era", "BC01", "00", 0, `{"year":-200,"display_date":"the 2nd century BC"} {"year":99,"display_date":"the 1st century"} "the 2nd century BC – the 1st century"`},
		{"midnight ending a day", "2024-05-04T24:00", "", 0, `{"year":2024,"month":5,"day":5,"hour":0,"minute":0,"display_date":"4 May 2024, 24:00"} null "4 May 2024, 24:00"`},
		{"approx", "1450", "", timeline.ModApprox, `{"year":1450,"display_date":"c. 1450"} null "c. 1450"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := timeline.ParseDate(tt.start)
			if err != nil {
				t.Fatal(err)
			}
			d.Mod = tt.mod
			e := timeline.Event{ID: "x", Span: timeline.Span{Start: d}}
			if tt.end != "" {
				e.Span.End = fixture.Date(tt.end)
			}
			s, ok := timelinejs.FromEvent(&e)
			if !ok {
				t.Fatal("event left out")
			}
			start, _ := json.Marshal(s.StartDate)
			end, _ := json.Marshal(s.EndDate)
			disp, _ := json.Marshal(s.DisplayDate)
			if got := string(start) + " " + string(end) + " " + string(disp); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestSkippedAndIDs(t *testing.T) {
	day := fixture.Date("2017-12-13")
	events := []timeline.Event{
		{ID: "same", Span: timeline.Span{Start: day}},
		{ID: "same", Span: timeline.Span{Start: day}},
		{ID: "a b", Span: timeline.Span{Start: day}},
		{ID: "", Span: timeline.Span{Start: day}},
		{ID: "vague", Span: timeline.Span{Start: timeline.Date{Ref: timeline.PastRef}}},
		{ID: "undated"},
		{ID: "event-6", Span: timeline.Span{Start: day}},
		{ID: "", Span: timeline.Span{Start: day}},
	}
	var buf bytes.Buffer
	w := timelinejs.NewWriter(&buf, "", timelinejs.Options{})
	for i := range events {
		if err := w.Write(&events[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := w.Skipped(); got != 2 {
		t.Errorf("Skipped() = %d, want 2", got)
	}
	var doc timelinejs.Timeline
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range doc.Events {
		ids = append(ids, s.UniqueID)
	}
	want := "same event-2 event-3 event-4 event-6 event-6_"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("unique ids %q, want %q", got, want)
	}
	if doc.Title != nil {
		t.Errorf("title slide %+v without a title", doc.Title)
	}
}

func TestEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := timelinejs.Write(&buf, fixture.Wide(), timelinejs.Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"</script", "<!--", "<img", `href=\"javascript`} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds %q", bad)
		}
	}
	var doc timelinejs.Timeline
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	byID := map[string]timelinejs.Slide{}
	for _, s := range doc.Events {
		byID[s.UniqueID] = s
	}
	tests := []struct {
		name, got, want string
	}{
		{"title slide", doc.Title.Text.Headline, "Power, print &amp; &lt;protest&gt;: 44 BC – 2017"},
		{"headline", byID["xss000000001"].Text.Headline, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"text", byID["xss000000001"].Text.Text, `<p>A post read &lt;img src=x onerror=alert(1)&gt; &amp; &#39;@cmd&#39; | &#34;-2+3&#34;</p><p>— <a href="https://wire.example/2017/12/13/dna?a=1&amp;b=2">Wire, Inc.</a>, 13 December 2017</p>`},
		{"line break", byID["bef199000000"].Text.Text, `<p>Before 1990, =SUM(A1:A9) was how most people &#34;published&#34; numbers,<br>and +1 was a phone prefix.</p><p>— A short history of printing and power</p>`},
		{"group", byID["0f9e8d7c6b5a"].Group, "The Himalayan Times"},
		{"media", byID["range2017000"].Media.URL, "https://example.com/map.png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got  %s\nwant %s", tt.got, tt.want)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := timelinejs.Write(failWriter{}, fixture.Seed(), timelinejs.Options{}); err == nil || err.Error() != "disk full" {
		t.Errorf("err = %v, want disk full", err)
	}
}

// FuzzText checks that any document text gives valid JSON with no raw
// markup: every < of the text reaches TimelineJS escaped.
func FuzzText(f *testing.F) {
	for _, e := range fixture.Wide().Events {
		f.Add(e.Title, e.Text, e.Source().URL)
	}
	f.Fuzz(func(t *testing.T, title, text, url string) {
		e := timeline.Event{ID: title, Span: timeline.Span{Start: fixture.Date("2017")}, Title: title, Text: text,
			Group: title, Sources: []timeline.Citation{{Outlet: title, URL: url}}, Media: url}
		var buf bytes.Buffer
		if err := timelinejs.Write(&buf, &timeline.Chronology{Title: title, Events: []timeline.Event{e}}, timelinejs.Options{}); err != nil {
			t.Fatal(err)
		}
		var doc timelinejs.Timeline
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, buf.Bytes())
		}
		s := doc.Events[0]
		fields := []string{s.Text.Headline, s.Group, s.DisplayDate}
		if doc.Title != nil {
			fields = append(fields, doc.Title.Text.Headline)
		}
		for _, field := range fields {
			if strings.ContainsAny(field, "<>\"'") {
				t.Errorf("unescaped markup in %q", field)
			}
		}
		// The body's only tags are ours.
		body := s.Text.Text
		body = strings.NewReplacer("<p>", "", "</p>", "", "<br>", "", "</a>", "").Replace(body)
		if i := strings.Index(body, `<a href="`); i >= 0 {
			j := strings.Index(body[i:], `">`)
			if j < 0 {
				t.Fatalf("unterminated link in %q", s.Text.Text)
			}
			href := body[i+len(`<a href="`) : i+j]
			if !strings.HasPrefix(strings.ToLower(href), "http") || strings.ContainsAny(href, `"<>`) {
				t.Errorf("bad href %q", href)
			}
			body = body[:i] + body[i+j+2:]
		}
		if strings.ContainsAny(body, "<>") {
			t.Errorf("unescaped markup in body %q", s.Text.Text)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	c := &timeline.Chronology{}
	for range 100 {
		c.Events = append(c.Events, fixture.Wide().Events...)
	}
	var buf bytes.Buffer
	if err := timelinejs.Write(&buf, c, timelinejs.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := timelinejs.Write(&buf, c, timelinejs.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDisplayDate: the slide says the date in the source's own words when
// they state it alone, else as timeline.Date.Human writes it.
func TestDisplayDate(t *testing.T) {
	tests := []struct {
		name     string
		start    string
		mod      timeline.Mod
		end      string
		dateText string
		want     string
	}{
		{name: "a half century in words", start: "14", mod: timeline.ModEnd, dateText: "in the second half of the 15th century", want: "the second half of the 15th century"},
		{name: "two seasons", start: "1944-SP", end: "1944-SU", dateText: "Spring/Summer 1944", want: "Spring/Summer 1944"},
		{name: "BC in words", start: "BC0044-03-15", dateText: "on the Ides of March, 44 BC", want: "the Ides of March, 44 BC"},
		{name: "numbers of a span", start: "1939", end: "1945", dateText: "during 1939–45", want: "1939–1945"},
		{name: "during", start: "1941-WI", dateText: "during the winter of 1941/42", want: "the winter of 1941/42"},
		{name: "a weekday needs its reference", start: "2017-12-13", dateText: "on Wednesday", want: "13 December 2017"},
		{name: "relative year", start: "2016", dateText: "last year", want: "2016"},
		{name: "relative with a year", start: "1947", dateText: "two years later, in 1947", want: "1947"},
		{name: "a day without a year", start: "2017-05-13", dateText: "on the 13th of May", want: "13 May 2017"},
		{name: "numbers only", start: "2017-12-13", dateText: "13/12/2017", want: "13 December 2017"},
		{name: "ISO value", start: "2017-12-13T15:00", dateText: "2017-12-13T15:00", want: "13 December 2017, 15:00"},
		{name: "mod word kept by Human", start: "1990", mod: timeline.ModBefore, dateText: "before 1990", want: "before 1990"},
		{name: "since is a bound", start: "2019", mod: timeline.ModOnOrAfter, dateText: "since 2019", want: "from 2019"},
		{name: "no date text", start: "2017-07", want: "July 2017"},
		{name: "escaped", start: "1450", mod: timeline.ModApprox, dateText: "c. 1450 <or so>", want: "c. 1450 &lt;or so&gt;"},
		{name: "too long", start: "1450", dateText: "in the year when the printing press first reached the cities of the Rhine, 1450", want: "1450"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := timeline.Event{ID: "x", DateText: tt.dateText, Span: timeline.Span{Start: fixture.Date(tt.start)}}
			e.Span.Start.Mod = tt.mod
			if tt.end != "" {
				e.Span.End = fixture.Date(tt.end)
			}
			s, ok := timelinejs.FromEvent(&e)
			if !ok {
				t.Fatal("no slide")
			}
			if s.DisplayDate != tt.want {
				t.Errorf("display_date %q, want %q", s.DisplayDate, tt.want)
			}
		})
	}
}
