package html

import (
	"bytes"
	"encoding/json"
	"errors"
	stdhtml "html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// stubLib stands in for ECharts in golden files, which would otherwise
// hold a megabyte of someone else's code. Its checksum is the pinned one,
// so the page is the same except for the library's text.
func stubLib(t testing.TB) *library {
	t.Helper()
	l, err := loadLibrary(fstest.MapFS{
		"assets/echarts.version":       {Data: mustRead(t, "assets/echarts.version")},
		"assets/echarts.min.js.sha256": {Data: mustRead(t, "assets/echarts.min.js.sha256")},
	})
	if err != nil {
		t.Fatal(err)
	}
	l.source = "/* ECharts " + l.version + " (dist/echarts.min.js) is embedded here */"
	return l
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// goldenOptions are the variants each input is written in.
var goldenOptions = []struct {
	name string
	opt  Options
}{
	{"page", Options{}},
	{"fragment", Options{Fragment: true, ID: "tl-report", Theme: "dark", Height: "320px", Title: "A <custom> title", Subtitle: "Compiled from the sources below"}},
	{"cdn", Options{CDN: true, Theme: "light"}},
}

func goldenInputs(t *testing.T) []string {
	t.Helper()
	inputs, _ := filepath.Glob("testdata/*.json")
	sheets, _ := filepath.Glob("testdata/*.csv")
	examples, _ := filepath.Glob("../../examples/*/events.csv")
	return slices.Concat(inputs, sheets, examples)
}

func goldenName(input, variant string) string {
	base := strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	if strings.Contains(input, "examples") {
		base = "example-" + filepath.Base(filepath.Dir(input))
	}
	return filepath.Join("testdata", "golden", base+"."+variant+".html")
}

func TestGolden(t *testing.T) {
	lib := stubLib(t)
	for _, in := range goldenInputs(t) {
		for _, v := range goldenOptions {
			t.Run(filepath.Base(goldenName(in, v.name)), func(t *testing.T) {
				c, err := load(in)
				if err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				if err := write(&got, c, v.opt, lib); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, goldenName(in, v.name), got.Bytes())
			})
		}
	}
}

// TestGoldenWithAsset checks that the real page is the golden page with
// the real library in place of the stub.
func TestGoldenWithAsset(t *testing.T) {
	real, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	if real.source == "" {
		t.Skip("the ECharts asset is not embedded (make assets)")
	}
	stub := stubLib(t)
	c, err := load("testdata/small.json")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := Write(&got, c, Options{}); err != nil {
		t.Fatal(err)
	}
	want := mustRead(t, goldenName("testdata/small.json", "page"))
	page := strings.Replace(got.String(), "<script>"+real.source+"</script>", "<script>"+stub.source+"</script>", 1)
	if page != string(want) {
		t.Errorf("the page with the embedded ECharts differs from the golden page beyond the library: %s", golden.Diff([]byte(page), want))
	}
}

func TestDeterministic(t *testing.T) {
	lib := stubLib(t)
	c, err := load("testdata/small.json")
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := write(&a, c, Options{}, lib); err != nil {
		t.Fatal(err)
	}
	// The same events in another order give the same page; the caller's
	// chronology is not reordered.
	shuffled := &timeline.Chronology{Title: c.Title, Events: slices.Clone(c.Events)}
	slices.Reverse(shuffled.Events)
	first := shuffled.Events[0].ID
	if err := write(&b, shuffled, Options{}, lib); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("event order changes the page: %s", golden.Diff(a.Bytes(), b.Bytes()))
	}
	if shuffled.Events[0].ID != first {
		t.Error("Write reordered the caller's events")
	}
	// Different chronologies get different default ids.
	other, _ := load("testdata/history.json")
	var o bytes.Buffer
	write(&o, other, Options{Fragment: true}, lib)
	a.Reset()
	write(&a, c, Options{Fragment: true}, lib)
	if fragmentID(t, a.String()) == fragmentID(t, o.String()) {
		t.Error("two chronologies got the same default id")
	}
}

// TestEscaping writes the hostile document and checks every place its
// strings land.
func TestEscaping(t *testing.T) {
	lib := stubLib(t)
	c, err := load("testdata/xss.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range goldenOptions {
		t.Run(v.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := write(&b, c, v.opt, lib); err != nil {
				t.Fatal(err)
			}
			checkPage(t, b.String(), c, v.opt)
		})
	}
}

var (
	tagRe  = regexp.MustCompile(`(?i)<(/?)([a-z][a-z0-9]*)`)
	hrefRe = regexp.MustCompile(`\shref="([^"]*)"`)
	attrRe = regexp.MustCompile(`(?i)<[a-z][^<>]*\son[a-z]+\s*=`)
	dataRe = regexp.MustCompile(`(?s)<script type="application/json" id="([^"]+)-data">(.*?)</script>`)
)

// allowedTags are the only elements the writer produces.
var allowedTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "div": true, "header": true,
	"h1": true, "h2": true, "p": true, "label": true, "input": true, "span": true, "noscript": true, "section": true,
	"ol": true, "time": true, "br": true, "q": true,
	"code": true, "strong": true, "a": true, "cite": true, "ul": true, "li": true, "script": true,
}

// checkPage checks a written page against the chronology it came from:
// markup only of our own, three scripts, links only to http(s), the data
// block inert and faithful, and every document string in the text.
func checkPage(t *testing.T, page string, c *timeline.Chronology, opt Options) {
	t.Helper()
	// Take the scripts out first: their text is not markup.
	var scripts []string
	rest := page
	for {
		i := strings.Index(rest, "<script")
		if i < 0 {
			break
		}
		j := strings.Index(rest[i:], "</script>")
		if j < 0 {
			t.Fatalf("unterminated script at %d", len(page)-len(rest)+i)
		}
		scripts = append(scripts, rest[i:i+j+len("</script>")])
		rest = rest[:i] + rest[i+j+len("</script>"):]
	}
	if len(scripts) != 3 {
		t.Errorf("%d script elements, want 3 (data, ECharts, ours)", len(scripts))
	}
	if !strings.HasPrefix(scripts[0], `<script type="application/json"`) {
		t.Errorf("first script is not the data block: %.60s", scripts[0])
	}
	if !strings.HasSuffix(scripts[2], appJS+"</script>") {
		t.Error("last script is not ours")
	}
	for _, m := range tagRe.FindAllStringSubmatch(rest, -1) {
		if !allowedTags[strings.ToLower(m[2])] {
			t.Errorf("unexpected element <%s%s> in the page", m[1], m[2])
		}
	}
	if m := attrRe.FindString(rest); m != "" {
		t.Errorf("event handler attribute %q in the page", m)
	}
	for _, m := range hrefRe.FindAllStringSubmatch(rest, -1) {
		u := stdhtml.UnescapeString(m[1])
		if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
			t.Errorf("link to %q", u)
		}
	}
	// The data block: no way out of the script, and it decodes to the
	// document's strings unchanged (nothing stripped, "__f__" included).
	dm := dataRe.FindStringSubmatch(page)
	if dm == nil {
		t.Fatal("no data block")
	}
	if strings.ContainsAny(dm[2], "<>") {
		t.Error("angle bracket in the data block")
	}
	var d pageData
	if err := json.Unmarshal([]byte(dm[2]), &d); err != nil {
		t.Fatalf("data block: %v", err)
	}
	dated := c.Dated()
	var vague int
	for _, ev := range c.Events {
		if ev.IsVague() {
			vague++
		}
	}
	if len(d.Events) != len(dated) {
		t.Fatalf("data has %d events, want %d", len(d.Events), len(dated))
	}
	text := stdhtml.UnescapeString(rest)
	titles := map[string]bool{}
	for _, e := range d.Events {
		titles[e.Title] = true
		if !strings.Contains(text, e.Title) {
			t.Errorf("title %q is not in the page text", e.Title)
		}
	}
	for _, ev := range c.Events {
		if !ev.IsVague() && !titles[validUTF8(headline(&ev))] {
			t.Errorf("title %q is not in the data", headline(&ev))
		}
		// (the date as written, unless it states a date the start does
		// not overlap: "'00" beside year 0)
		for _, s := range []string{ev.Text, asWritten(&ev), ev.GroupName()} {
			s = validUTF8(s)
			if s != "" && !strings.Contains(text, s) {
				t.Errorf("%q is not in the page text", s)
			}
		}
	}
	if opt.Fragment {
		for _, tag := range []string{"<html", "<head>", "<body", "Content-Security-Policy"} {
			if strings.Contains(page, tag) {
				t.Errorf("fragment holds %s", tag)
			}
		}
	} else {
		checkCSP(t, page, opt)
	}
}

func checkCSP(t *testing.T, page string, opt Options) {
	t.Helper()
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no Content-Security-Policy")
	}
	csp := m[1]
	for _, want := range []string{"default-src 'none'", cspHash(appJS), "style-src " + cspHash(styleCSS), "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q allows unsafe sources", csp)
	}
	hasCDN := strings.Contains(csp, "https://cdn.jsdelivr.net/npm/echarts@")
	if hasCDN != opt.CDN {
		t.Errorf("CSP %q: CDN allowed = %v, want %v", csp, hasCDN, opt.CDN)
	}
	if strings.Count(page, "https://") > 0 && !opt.CDN && strings.Contains(page, "<script src=") {
		t.Error("a self-contained page loads a script")
	}
}

func TestCSPHashesMatchScripts(t *testing.T) {
	lib := stubLib(t)
	c, _ := load("testdata/small.json")
	var b bytes.Buffer
	if err := write(&b, c, Options{}, lib); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if !strings.Contains(page, "<script data-chronicle=\"") || !strings.Contains(page, ">"+appJS+"</script>") {
		t.Fatal("our script is not inlined verbatim, so its CSP hash would not match")
	}
	if !strings.Contains(page, "<style>"+styleCSS+"</style>") {
		t.Fatal("the style is not inlined verbatim")
	}
	if !strings.Contains(page, "'"+lib.integrity()+"'") {
		t.Error("the ECharts hash is not in the CSP")
	}
}

func TestCDN(t *testing.T) {
	lib := stubLib(t)
	lib.source = "" // a binary built without the asset
	c, _ := load("testdata/small.json")
	var b bytes.Buffer
	if err := write(&b, c, Options{}, lib); !errors.Is(err, ErrNoECharts) {
		t.Fatalf("without the asset and without CDN: err = %v, want ErrNoECharts", err)
	}
	if b.Len() != 0 {
		t.Error("wrote a partial page")
	}
	if err := write(&b, c, Options{CDN: true}, lib); err != nil {
		t.Fatal(err)
	}
	want := `<script src="https://cdn.jsdelivr.net/npm/echarts@` + lib.version + `/dist/echarts.min.js" integrity="` + lib.integrity() + `" crossorigin="anonymous"></script>`
	if !strings.Contains(b.String(), want) {
		t.Errorf("page lacks %s", want)
	}
}

func TestLoadLibrary(t *testing.T) {
	version := mustRead(t, "assets/echarts.version")
	sum := mustRead(t, "assets/echarts.min.js.sha256")
	for _, tc := range []struct {
		name    string
		fs      fstest.MapFS
		wantSrc bool
		wantErr string
	}{
		{"absent", fstest.MapFS{"assets/echarts.version": {Data: version}, "assets/echarts.min.js.sha256": {Data: sum}}, false, ""},
		{"tampered", fstest.MapFS{"assets/echarts.version": {Data: version}, "assets/echarts.min.js.sha256": {Data: sum},
			"assets/echarts.min.js": {Data: []byte("alert(1)")}}, false, "is pinned at"},
		{"bad checksum file", fstest.MapFS{"assets/echarts.version": {Data: version}, "assets/echarts.min.js.sha256": {Data: []byte("xyz  echarts.min.js")}}, false, "not a SHA-256"},
		{"no version", fstest.MapFS{"assets/echarts.min.js.sha256": {Data: sum}}, false, "version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := loadLibrary(tc.fs)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (l.source != "") != tc.wantSrc {
				t.Errorf("source present = %v", l.source != "")
			}
		})
	}
	// The embedded asset, when there, is the pinned one.
	if l, err := embedded(); err != nil {
		t.Errorf("embedded asset: %v", err)
	} else if l.version != strings.TrimSpace(string(version)) {
		t.Errorf("version %q", l.version)
	}
}

func TestOptionsErrors(t *testing.T) {
	lib := stubLib(t)
	c, _ := load("testdata/small.json")
	for _, tc := range []struct {
		name string
		opt  Options
		want string
	}{
		{"height with CSS injection", Options{Height: "1px;}</style><script>"}, "not a CSS length"},
		{"height without unit", Options{Height: "480"}, "not a CSS length"},
		{"id with a quote", Options{ID: `a"b`}, "must start with a letter"},
		{"id starting with a digit", Options{ID: "1abc"}, "must start with a letter"},
		{"unknown theme", Options{Theme: "solarized"}, "unknown theme"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Write(&bytes.Buffer{}, c, tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	for _, ok := range []Options{{Height: "480px"}, {Height: "60vh"}, {Height: "30.5em"}, {ID: "tl-1_a"}, {Theme: "dark"}} {
		if err := write(&bytes.Buffer{}, c, ok, lib); err != nil {
			t.Errorf("%+v: %v", ok, err)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://example.org/a?b=1#c", "https://example.org/a?b=1#c"},
		{"http://example.org", "http://example.org"},
		{"HTTPS://EXAMPLE.ORG/", "https://EXAMPLE.ORG/"},
		{"  https://example.org/x  ", "https://example.org/x"},
		{"javascript:alert(1)", ""},
		{"JaVaScRiPt:alert(1)", ""},
		{" javascript:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"vbscript:msgbox(1)", ""},
		{"//evil.example/x.js", ""},
		{"/relative/path", ""},
		{"file:///etc/passwd", ""},
		{"https:alert(1)", ""},
		{"mailto:someone@example.org", ""},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := safeURL(tc.in); got != tc.want {
				t.Errorf("safeURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func mustDate(t *testing.T, v string, mod timeline.Mod) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(v)
	if err != nil {
		t.Fatal(err)
	}
	d.Mod = mod
	return d
}

func TestDateText(t *testing.T) {
	for _, tc := range []struct {
		value string
		mod   timeline.Mod
		want  string
	}{
		{"2017-07", 0, "July 2017"},
		{"2017-12-13", 0, "13 December 2017"},
		{"2017-12-13TMO", 0, "13 December 2017, morning"},
		{"2017-12-13T15:00", 0, "13 December 2017, 15:00"},
		{"2017-12-13T15:00:30-05:00", 0, "13 December 2017, 15:00:30 (UTC−05:00)"},
		{"2017-12-13T15:00-05:00", 0, "13 December 2017, 15:00 (UTC−05:00)"},
		{"2017-12-13T09:30Z", 0, "13 December 2017, 09:30 (UTC)"},
		{"2017-12-13T15+05:30", 0, "13 December 2017, 15:00 (UTC+05:30)"},
		{"2017", 0, "2017"},
		{"2017-H1", 0, "first half of 2017"},
		{"2017-Q3", 0, "Q3 2017"},
		{"2017-SU", 0, "summer 2017"},
		{"2017-W50", 0, "week 50 of 2017"},
		{"199", 0, "the 1990s"},
		{"19", 0, "1900–1999"},
		{"00", 0, "1–99"},
		{"01", 0, "100–199"},
		{"0", 0, "1–999"},
		{"BC0044", 0, "44 BC"},
		{"BC0044-03-15", 0, "15 March 44 BC"},
		{"BC004", 0, "49–40 BC"},
		{"BC3", 0, "4th millennium BC"},
		{"BC04", 0, "5th century BC"},
		{"14", timeline.ModEnd, "late 15th century"},
		{"199", timeline.ModEnd, "late 1990s"},
		{"0044", 0, "44"},
		{"1450", timeline.ModApprox, "about 1450"},
		{"2017", timeline.ModStart, "early 2017"},
		{"1990", timeline.ModBefore, "before 1990"},
		{"PAST_REF", 0, "in the past (no date)"},
	} {
		t.Run(tc.value+tc.mod.String(), func(t *testing.T) {
			if got := dateText(mustDate(t, tc.value, tc.mod)); got != tc.want {
				t.Errorf("dateText(%s %s) = %q, want %q", tc.value, tc.mod, got, tc.want)
			}
		})
	}
}

// TestZonedValue: the page shows a time's TIMEX3 value without its zone,
// the zone in words beside it, and places the event at its UTC instant.
func TestZonedValue(t *testing.T) {
	for _, tc := range []struct {
		name       string
		start, end string
		mod        timeline.Mod
		value      string
		when       string
		from       string // the UTC instant it is drawn from
	}{
		{name: "a zone west of UTC", start: "2017-12-13T15:00-05:00", value: "2017-12-13T15:00 (UTC−05:00)",
			when: "13 December 2017, 15:00 (UTC−05:00)", from: "2017-12-13T20:00:00Z"},
		{name: "UTC", start: "2017-12-13T09:30Z", value: "2017-12-13T09:30 (UTC)",
			when: "13 December 2017, 09:30 (UTC)", from: "2017-12-13T09:30:00Z"},
		{name: "half an hour east", start: "2017-12-13T15:00:30+05:30", mod: timeline.ModApprox,
			value: "2017-12-13T15:00:30 (UTC+05:30) (about)", when: "about 13 December 2017, 15:00:30 (UTC+05:30)", from: "2017-12-13T09:30:30Z"},
		{name: "no zone", start: "2017-12-13T15:00", value: "2017-12-13T15:00", when: "13 December 2017, 15:00", from: "2017-12-13T15:00:00Z"},
		{name: "a range across zones", start: "2017-12-13T22:00Z", end: "2017-12-14T09:00+08:00",
			value: "2017-12-13T22:00 (UTC)/2017-12-14T09:00 (UTC+08:00)",
			when:  "13 December 2017, 22:00 (UTC) – 14 December 2017, 09:00 (UTC+08:00)", from: "2017-12-13T22:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := timeline.Event{Span: timeline.Span{Start: mustDate(t, tc.start, tc.mod)}, Title: "Briefing"}
			if tc.end != "" {
				ev.Span.End = mustDate(t, tc.end, 0)
			}
			m := buildModel(&timeline.Chronology{Events: []timeline.Event{ev}})
			if len(m.Events) != 1 {
				t.Fatalf("%d events drawn, want 1", len(m.Events))
			}
			it := m.Events[0]
			if it.value != tc.value || it.when != tc.when {
				t.Errorf("value %q when %q, want %q and %q", it.value, it.when, tc.value, tc.when)
			}
			if want := ms(t, tc.from); it.start != want {
				t.Errorf("drawn from %s, want %s", time.UnixMilli(it.start).UTC(), tc.from)
			}
			var page bytes.Buffer
			if err := Write(&page, &timeline.Chronology{Events: []timeline.Event{ev}}, Options{CDN: true}); err != nil {
				t.Fatal(err)
			}
			for _, d := range []timeline.Date{ev.Span.Start, ev.Span.End} {
				if d.HasZone && bytes.Contains(page.Bytes(), []byte(d.String())) {
					t.Errorf("the page shows the zoned value %s", d)
				}
			}
		})
	}
}

func ms(t *testing.T, s string) int64 {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm.UnixMilli()
}

// TestPlace checks where events are drawn: whole periods, points at day
// precision, marks for approximate and open-ended dates, and instants
// before 1970 and before year 1 computed in UTC.
func TestPlace(t *testing.T) {
	for _, tc := range []struct {
		start, end  string
		mod         timeline.Mod
		from, to    string
		point       bool
		flags       int
		description string
	}{
		{"2017-07", "", 0, "2017-07-01T00:00:00Z", "2017-08-01T00:00:00Z", false, 0, "a month covers the month"},
		{"2017-12-13", "", 0, "2017-12-13T00:00:00Z", "2017-12-14T00:00:00Z", true, 0, "a day is a point"},
		{"2017-12-13T15:00", "", 0, "2017-12-13T15:00:00Z", "2017-12-13T15:01:00Z", true, 0, "a minute is a point"},
		{"199", "", 0, "1990-01-01T00:00:00Z", "2000-01-01T00:00:00Z", false, 0, "a decade"},
		{"1558-11-17", "1603-03-24", 0, "1558-11-17T00:00:00Z", "1603-03-25T00:00:00Z", false, 0, "a range of days is a bar"},
		{"1969-07-20", "", 0, "1969-07-20T00:00:00Z", "1969-07-21T00:00:00Z", true, 0, "before 1970"},
		{"1450", "", timeline.ModApprox, "1450-01-01T00:00:00Z", "1451-01-01T00:00:00Z", false, flagApprox, "approximate"},
		{"2017", "", timeline.ModStart, "2017-01-01T00:00:00Z", "2017-05-02T16:00:00Z", false, flagApprox, "early 2017 is its first third"},
		{"2017", "", timeline.ModEnd, "2017-09-01T08:00:00Z", "2018-01-01T00:00:00Z", false, flagApprox, "late 2017 is its last third"},
		{"1990", "", timeline.ModBefore, "1990-01-01T00:00:00Z", "1990-01-01T00:00:00Z", false, flagOpenStart, "before 1990 ends at 1990"},
		{"1990", "", timeline.ModAfter, "1991-01-01T00:00:00Z", "1991-01-01T00:00:00Z", false, flagOpenEnd, "after 1990 starts after 1990"},
	} {
		t.Run(tc.description, func(t *testing.T) {
			ev := timeline.Event{Span: timeline.Span{Start: mustDate(t, tc.start, tc.mod)}}
			if tc.end != "" {
				ev.Span.End = mustDate(t, tc.end, 0)
			}
			it := item{ev: &ev}
			it.place()
			if want := ms(t, tc.from); it.start != want {
				t.Errorf("start %s, want %s", time.UnixMilli(it.start).UTC(), tc.from)
			}
			if want := ms(t, tc.to); it.end != want {
				t.Errorf("end %s, want %s", time.UnixMilli(it.end).UTC(), tc.to)
			}
			if it.point != tc.point || it.flags != tc.flags {
				t.Errorf("point %v flags %d, want %v %d", it.point, it.flags, tc.point, tc.flags)
			}
		})
	}
	// 44 BC is the astronomical year -43: 2,013 years and a bit before AD 1970.
	ev := timeline.Event{Span: timeline.Span{Start: mustDate(t, "BC0044", 0)}}
	it := item{ev: &ev}
	it.place()
	want := time.Date(-43, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	if it.start != want || it.start != -63_524_131_200_000 {
		t.Errorf("44 BC starts at %d ms, want %d", it.start, want)
	}
}

func TestVagueListedApart(t *testing.T) {
	lib := stubLib(t)
	c, _ := load("testdata/small.json")
	var b bytes.Buffer
	if err := write(&b, c, Options{}, lib); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	i := strings.Index(page, "Not placed on the axis")
	if i < 0 || !strings.Contains(page[i:], "Hundreds killed") {
		t.Error("the vague event is not listed apart")
	}
	dm := dataRe.FindStringSubmatch(page)
	if strings.Contains(dm[2], "Hundreds killed") {
		t.Error("the vague event is in the chart's data")
	}
}

func FuzzWrite(f *testing.F) {
	f.Add("2017-07", "<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", "__f__alert(1)__f__", "javascript:alert(1)", "on Wednesday")
	f.Add("BC0044-03-15", "Caesar", "x\u2028y<!--", "g", "https://example.org/?a=<b>", "the Ides")
	f.Add("PAST_REF", "'\"&", "{a|b}", "", "//x", "")
	lib := stubLib(f)
	f.Fuzz(func(t *testing.T, value, title, text, group, url, dateText string) {
		d, err := timeline.ParseDate(value)
		if err != nil {
			return
		}
		c := &timeline.Chronology{Title: title, Events: []timeline.Event{
			{Span: timeline.Span{Start: d}, Title: title, Text: text, Group: group, DateText: dateText,
				Sources: []timeline.Citation{{Outlet: group, Title: text, URL: url}}},
			{Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: 2017}}, Title: text, Text: title, Group: title},
		}}
		var b bytes.Buffer
		if err := write(&b, c, Options{}, lib); err != nil {
			t.Fatal(err)
		}
		checkPage(t, b.String(), c, Options{})
	})
}

func BenchmarkWrite(b *testing.B) {
	lib := stubLib(b)
	c := synthetic(1000)
	var buf bytes.Buffer
	if err := write(&buf, c, Options{}, lib); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := write(&buf, c, Options{}, lib); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLaneNames: the list names each event's lane only when there are
// two or more; with one, the name would repeat the source on every row.
func TestLaneNames(t *testing.T) {
	ev := func(group string) timeline.Event {
		return timeline.Event{Title: "Opened", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: 1904}}, Group: group}
	}
	for _, tc := range []struct {
		name   string
		events []timeline.Event
		lanes  int
	}{
		{"one lane", []timeline.Event{ev("Town history"), ev("Town history")}, 0},
		{"two lanes", []timeline.Event{ev("Town history"), ev("Mill records")}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var page bytes.Buffer
			if err := Write(&page, &timeline.Chronology{Events: tc.events}, Options{CDN: true}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(page.String(), `<span class="chr-lane">`); got != tc.lanes {
				t.Errorf("%d lane names in the list, want %d", got, tc.lanes)
			}
		})
	}
}

// TestSpanText: a span that runs from before Christ into the years after
// names the second era, or "27 BC – 14" reads as 27 to 14 BC.
func TestSpanText(t *testing.T) {
	for _, tc := range []struct{ start, end, want string }{
		{"BC0027", "0014", "27 BC – AD 14"},
		{"1558", "1603", "1558 – 1603"},
		{"BC0044", "BC0030", "44 BC – 30 BC"},
	} {
		sp := timeline.Span{Start: mustDate(t, tc.start, 0), End: mustDate(t, tc.end, 0)}
		if got := spanText(sp); got != tc.want {
			t.Errorf("spanText(%s/%s) = %q, want %q", tc.start, tc.end, got, tc.want)
		}
	}
}
