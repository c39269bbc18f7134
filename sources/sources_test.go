package sources

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/chronicle-project/chronicle/internal/shared"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// summary is the golden form of a Result.
type summary struct {
	Inputs    []Input      `json:"inputs"`
	Documents []docSummary `json:"documents"`
	Events    []string     `json:"events,omitempty"`
	Skipped   []Skip       `json:"skipped,omitempty"`
	Errors    []string     `json:"errors,omitempty"`
}

type docSummary struct {
	Name     string   `json:"name"`
	Title    string   `json:"title,omitempty"`
	Sections []string `json:"sections"`
}

func summarize(res *Result, err error) []byte {
	s := summary{Inputs: res.Inputs}
	for _, d := range res.Documents {
		ds := docSummary{Name: d.Name, Title: d.Title}
		for _, sec := range d.Sections {
			line := fmt.Sprintf("%d:%d %s %q", sec.Pos.Line, sec.Pos.Col, KindName(sec.Kind), sec.Citation.Name())
			if !sec.Citation.Date.IsZero() {
				line += fmt.Sprintf(" %s (%s)", sec.Citation.Date, sec.RefFrom)
			}
			if sec.Statement {
				line += " statement"
			}
			t := sec.Text
			if len(t) > 60 {
				t = t[:60]
			}
			ds.Sections = append(ds.Sections, line+" "+fmt.Sprintf("%q", t))
		}
		s.Documents = append(s.Documents, ds)
	}
	for _, e := range res.Events {
		s.Events = append(s.Events, fmt.Sprintf("%s %s %q", e.Span.Start, e.Source().Name(), e.Title))
	}
	s.Skipped = res.Skipped
	if err != nil {
		s.Errors = strings.Split(err.Error(), "\n")
	}
	b, _ := json.MarshalIndent(s, "", "  ")
	return append(b, '\n')
}

func TestReadGolden(t *testing.T) {
	tests := []struct {
		name   string
		inputs []string
		opt    Options
	}{
		{name: "encodings", inputs: []string{"testdata/utf16le.txt", "testdata/utf16be.txt", "testdata/latin1.txt"}},
		{name: "folder", inputs: []string{"testdata/folder"}},
		{name: "folder_include", inputs: []string{"testdata/folder"}, opt: Options{Include: []string{"*.md", "sub/*.csv"}}},
		{name: "folder_exclude", inputs: []string{"testdata/folder"}, opt: Options{Exclude: []string{"sub", "*.txt"}}},
		{name: "text_compilations", inputs: []string{"text/testdata/compilation_before.txt", "text/testdata/compilation_after.md"}},
		{name: "html_compilation", inputs: []string{"testdata/compilation.html"}},
		{name: "bad_inputs", inputs: []string{"testdata/empty.txt", "testdata/binary.txt", "testdata/missing.txt",
			"testdata/invalid_utf8.txt", "testdata/folder/sheet.xlsx", "text/testdata/news_dateline.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(context.Background(), tt.inputs, tt.opt)
			golden.Check(t, filepath.Join("testdata", tt.name+".golden.json"), summarize(res, err))
		})
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// A 1 GiB file with no newline (sparse: it costs no disk).
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	hugeHTML := filepath.Join(dir, "huge.html")
	if f, err = os.Create(hugeHTML); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	zipFile := filepath.Join(dir, "archive.zip")
	os.WriteFile(zipFile, []byte("PK\x03\x04\x14\x00\x00\x00\x00\x00"), 0o644)

	tests := []struct {
		name  string
		input string
		stdin io.Reader
		opt   Options
		want  string
		is    error
	}{
		{name: "empty", input: "testdata/empty.txt", want: "testdata/empty.txt: empty file", is: ErrEmpty},
		{name: "binary", input: "testdata/binary.txt", want: "testdata/binary.txt: binary file, not read", is: ErrBinary},
		{name: "missing", input: "testdata/missing.txt", want: "testdata/missing.txt: no such file or directory", is: os.ErrNotExist},
		{name: "invalid utf-8", input: "testdata/invalid_utf8.txt", want: "testdata/invalid_utf8.txt:2:31: invalid UTF-8 (byte 0xE2); not UTF-8, UTF-16 or Windows-1252 text"},
		// Text is read as a stream (see TestStream); its first bytes tell
		// this one is not text.
		{name: "huge binary", input: huge, want: huge + ": binary file, not read", is: ErrBinary},
		{name: "huge stdin over a set limit", input: "-", stdin: io.LimitReader(zeroes{}, 1<<40), opt: Options{MaxBytes: 8 << 20}, want: "-: file too large: the limit is 8 MiB", is: ErrTooLarge},
		{name: "huge html", input: hugeHTML, want: hugeHTML + ": file too large (1.0 GiB): the limit is 64 MiB", is: ErrTooLarge},
		{name: "no stdin", input: "-", want: "-: no standard input to read"},
		{name: "unsupported", input: "testdata/folder/sheet.xlsx", want: "testdata/folder/sheet.xlsx: unsupported format (spreadsheet; save it as CSV)", is: ErrUnsupported},
		{name: "zip", input: zipFile, want: zipFile + ": unsupported format: a ZIP archive that is not a DOCX document", is: ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			opt := tt.opt
			opt.Stdin = tt.stdin
			res, err := Read(context.Background(), []string{tt.input, "text/testdata/published.txt"}, opt)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("err = %v\nwant %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false", tt.is)
			}
			var list timeline.ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Errorf("err is not a list of one: %#v", err)
			}
			if n := len(res.Documents); n == 0 || res.Documents[n-1].Name != "text/testdata/published.txt" {
				t.Errorf("the good input was not read: %d documents", n)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 3*DefaultMaxBytes {
				t.Errorf("allocated %d MiB", grew>>20)
			}
		})
	}
}

type zeroes struct{}

func (zeroes) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

func TestStdin(t *testing.T) {
	in := "# Notes\n\nWASHINGTON, June 3, 2014 (Wire) — Markets fell on Monday.\n"
	res, err := Read(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Inputs) != 1 || res.Inputs[0].Format != Markdown {
		t.Fatalf("inputs = %+v", res.Inputs)
	}
	d := res.Documents[0]
	if d.Name != "-" || d.Title != "Notes" || len(d.Sections) != 2 || d.Sections[1].RefFrom != "dateline" || d.Sections[1].Citation.Date.String() != "2014-06-03" {
		t.Errorf("document = %+v", d)
	}
}

// TestStdinName checks that a document read from standard input with no
// title of its own is cited as "stdin", not "-".
func TestStdinName(t *testing.T) {
	res, err := Read(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("He said on Wednesday that it rained.\n")})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Documents[0]
	if d.Name != "-" || len(d.Sections) != 1 {
		t.Fatalf("document = %+v", d)
	}
	if c := d.Sections[0].Citation; c.File != "-" || c.Name() != "stdin" {
		t.Errorf("citation = %+v, Name() = %q, want file \"-\" shown as \"stdin\"", c, c.Name())
	}
}

func TestURLs(t *testing.T) {
	page, err := os.ReadFile("testdata/folder/sub/d_page.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/ferry", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/notes", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Notes\n\nPublished: 3 June 2014\n\nThe vote is next Tuesday.\n")
	})
	mux.HandleFunc("/events.csv", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/csv")
		io.WriteString(w, "date,headline\nJuly 2017,Plan posted\n")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/notes", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		// A page is read whole: one announced over the limit is refused
		// before it is downloaded (text would be read as a stream).
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(1<<30))
		w.Write([]byte("x"))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		buf := bytes.Repeat([]byte("y"), 64<<10)
		for i := 0; i < 100 && r.Context().Err() == nil; i++ {
			if _, err := w.Write(buf); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	closed := httptest.NewServer(mux)
	closed.Close()

	tests := []struct {
		name    string
		path    string
		base    string
		opt     Options
		format  Format
		wantErr string
	}{
		{name: "html", path: "/news/ferry", format: HTML},
		{name: "text", path: "/notes", format: Text},
		{name: "csv", path: "/events.csv", format: Sheet},
		{name: "redirect", path: "/moved", format: Text},
		{name: "404", path: "/missing", wantErr: "%s: cannot fetch: HTTP 404 Not Found"},
		{name: "timeout", path: "/slow", opt: Options{Timeout: 200 * time.Millisecond}, wantErr: "%s: cannot fetch: no answer within 200ms"},
		{name: "too large", path: "/big", wantErr: "%s: file too large (1.0 GiB): the limit is 64 MiB"},
		{name: "endless", path: "/endless", opt: Options{MaxBytes: 1 << 20}, wantErr: "%s: file too large: the limit is 1 MiB"},
		{name: "unreachable", path: "/notes", base: closed.URL, wantErr: "%s: cannot fetch: dial tcp " + strings.TrimPrefix(closed.URL, "http://") + ": connect: connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := srv.URL
			if tt.base != "" {
				base = tt.base
			}
			u := base + tt.path
			res, err := Read(context.Background(), []string{u}, tt.opt)
			if tt.wantErr != "" {
				if want := fmt.Sprintf(tt.wantErr, u); err == nil || err.Error() != want {
					t.Fatalf("err = %v\nwant %s", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Inputs) != 1 || res.Inputs[0].Format != tt.format {
				t.Fatalf("inputs = %+v", res.Inputs)
			}
			switch tt.format {
			case Sheet:
				if len(res.Events) != 1 || res.Events[0].Span.Start.String() != "2017-07" {
					t.Errorf("events = %+v", res.Events)
				}
			case HTML:
				d := res.Documents[0]
				for _, s := range d.Sections {
					if strings.Contains(s.Text, "Related stories") || strings.Contains(s.Text, "Copyright") {
						t.Errorf("boilerplate kept: %q", s.Text)
					}
					if s.Kind == timeline.Body && (s.Citation.Date.String() != "2012-09-20" || s.RefFrom != "metadata" || s.Citation.URL != u) {
						t.Errorf("section %q: ref %s from %q, url %q", s.Text, s.Citation.Date, s.RefFrom, s.Citation.URL)
					}
				}
			case Text:
				d := res.Documents[0]
				body := d.Sections[len(d.Sections)-1]
				if body.Citation.Date.String() != "2014-06-03" || body.RefFrom != "published-line" || !strings.HasSuffix(body.Citation.URL, "/notes") {
					t.Errorf("body = %+v", body)
				}
			}
		})
	}
}

func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Read(ctx, []string{"text/testdata/published.txt"}, Options{})
	if err == nil || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

func TestExplain(t *testing.T) {
	res, err := Read(context.Background(), []string{seedPath(t), "testdata/latin1.txt", "testdata/folder"}, Options{})
	if err != nil {
		t.Log(err)
	}
	var b bytes.Buffer
	if err := res.Explain(&b); err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(b.String(), filepath.Dir(seedPath(t)), "SEEDS")
	golden.Check(t, filepath.Join("testdata", "explain.golden.json"), []byte(got))
}

// seedPath finds the shared seed document by walking up to the folder
// holding shared/.
func seedPath(t testing.TB) string {
	t.Helper()
	p := shared.Seed()
	if p == "" {
		t.Skip("shared/seeds not found")
	}
	return p
}

func TestDetect(t *testing.T) {
	docx := minimalDOCX(t)
	tests := []struct {
		name, file string
		data       []byte
		ct         string
		want       Format
	}{
		{name: "pdf by content", file: "report.txt", data: []byte("%PDF-1.7\n..."), want: PDF},
		{name: "docx by content", file: "upload", data: docx, want: DOCX},
		{name: "other zip", file: "a.zip", data: []byte("PK\x03\x04rest"), want: ""},
		{name: "html by content", file: "page", data: []byte("\n  <!DOCTYPE html><html>"), want: HTML},
		{name: "html fragment", file: "-", data: []byte("<div><head></head><body>x"), want: HTML},
		// A page's fragment piped in, with no <html> around it, is HTML;
		// text that names a tag, or has an inline <br>, is not.
		{name: "table fragment on stdin", file: "-", data: []byte("<table><tr><td>Wed 12 Nov</td><td>At sea</td></tr></table><p>On the evening of 12 November ...</p>"), want: HTML},
		{name: "paragraph fragment after a comment", file: "-", data: []byte("\ufeff<!-- saved from the CMS -->\n<p>The council met on Monday.</p>"), want: HTML},
		{name: "heading and list fragment", file: "snippet", data: []byte("<h2>Itinerary</h2>\n<ul>\n<li>Day 1: Lisbon</li>\n</ul>"), want: HTML},
		{name: "text holding three closed elements", file: "-", data: []byte("Notes from the page:\n<div>One</div> <div>Two</div> <p>Three</p>"), want: HTML},
		{name: "a sentence that names a tag", file: "-", data: []byte("Wrap each paragraph in <p> and </p> when you paste it.\n"), want: Text},
		{name: "a tag opening a sentence, never closed", file: "-", data: []byte("<p> is the paragraph element; <div> groups them.\n"), want: Text},
		{name: "markdown with an inline br", file: "-", data: []byte("# Title\n\nFirst line<br>second line, see [x](y).\n"), want: Markdown},
		{name: "a fragment in a .txt file stays text", file: "page.txt", data: []byte("<p>The council met on Monday.</p>"), want: Text},
		{name: "html by type", file: "x", data: []byte("hello"), ct: "text/html; charset=utf-8", want: HTML},
		{name: "csv", file: "events.CSV", data: []byte("date,title\n"), want: Sheet},
		{name: "json array", file: "-", data: []byte(" [{\"date\": \"2017\"}]"), want: Sheet},
		{name: "markdown ext", file: "notes.md", data: []byte("plain"), want: Markdown},
		{name: "markdown content", file: "-", data: []byte("# Title\n\nSee [x](y).\n"), want: Markdown},
		{name: "front matter", file: "-", data: []byte("---\ndate: 2017-01-01\n---\n"), want: Markdown},
		{name: "text", file: "seed.txt", data: []byte("China's program\n\nText."), want: Text},
		{name: "csv on stdin", file: "-", data: []byte("Date;Headline\n2017-07;Plan\n"), want: Sheet},
		{name: "prose with commas", file: "-", data: []byte("From here, to there, and back.\n"), want: Text},
		{name: "url with query", file: "http://x/a.pdf?download=1", data: []byte("%PDF-"), want: PDF},
		// A chat exported as text is no JSON array (QA 17, B1).
		{name: "chat export with brackets", file: "chat.txt", data: []byte("[12/03/2024, 09:15] Ana: Morning all!\n[12/03/2024, 09:17] Tomás: Hi\n"), want: Text},
		{name: "chat export on stdin", file: "-", data: []byte("\ufeff[12/03/2024, 09:15] Ana: Morning all!\n"), want: Text},
		{name: "chat export opening with a system message", file: "chat.txt", data: []byte("[12/03/2024, 09:14] Messages and calls are end-to-end encrypted.\n[12/03/2024, 09:15] Ana: Hi\n"), want: Text},
		{name: "Android chat export", file: "chat.txt", data: []byte("12/03/2024, 09:15 - Ana: Morning all!\n"), want: Text},
		{name: "json array of arrays", file: "-", data: []byte("[[\"2017\", \"Plan\"]]"), want: Sheet},
		{name: "json array of numbers", file: "-", data: []byte("[12, 3, 2024]"), want: Sheet},
		// An edition's letter opens with its supplied place and day in
		// brackets: text, not JSON.
		{name: "a bracketed dateline opening a letter", file: "letter.txt", data: []byte("[Weymouth, 18 June 1775]\nMy dear Friend\n"), want: Text},
		{name: "a bracketed dateline on stdin", file: "-", data: []byte("[Boston, c. 1 May 1776]\nSir,\n"), want: Text},
		{name: "a bracketed year in a .txt file", file: "letter.txt", data: []byte("[1775] To the Committee of Safety\n"), want: Text},
		{name: "json objects in a .txt file", file: "events.txt", data: []byte("[{\"date\": \"2017\"}]"), want: Sheet},
		// Subtitles are a transcript, read by the text reader.
		{name: "SubRip by extension", file: "episode.SRT", data: []byte("# 1\n\n[Music](x)\n"), want: Text},
		{name: "WebVTT by extension", file: "http://x/episode.vtt?lang=en", data: []byte("date,title\n"), want: Text},
		{name: "SubRip on stdin", file: "-", data: []byte("\ufeff1\r\n00:00:01,000 --> 00:00:04,000\r\n## Chapter one\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\n```\r\n"), want: Text},
		{name: "WebVTT on stdin", file: "-", data: []byte("WEBVTT\n\n00:01.000 --> 00:04.000\n# See [the Act](https://x)\n"), want: Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.file, tt.data, tt.ct); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"%PDF-1.4", "PK\x03\x04", "<html>", "[1]", "# x\n[a](b)", "---\n", "plain"} {
		f.Add("x.txt", []byte(s), "")
	}
	f.Add("a.docx", []byte("PK\x03\x04"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
	f.Fuzz(func(t *testing.T, name string, data []byte, ct string) {
		switch Detect(name, data, ct) {
		case Text, Markdown, HTML, PDF, DOCX, Sheet, "":
		default:
			t.Fatal("unknown format")
		}
	})
}

// FuzzRead reads any bytes as an input of any name: no panic, one-line
// errors that name the input.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"testdata/latin1.txt", "testdata/utf16le.txt", "testdata/folder/sub/c_events.csv", "testdata/folder/a_report.md"} {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(filepath.Base(p), b)
		}
	}
	f.Add("x.json", []byte(`{"events":[{"start_date":{"year":"2017"}}]}`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if name == "" || strings.ContainsAny(name, "\n\x00") {
			return
		}
		res := &Result{}
		err := res.read(name, data, "", "", Options{MaxBytes: 1 << 20})
		if err == nil {
			return
		}
		var l timeline.ErrorList
		if errors.As(err, &l) {
			return // a sheet's per-cell problems, one line each
		}
		if msg := err.Error(); !strings.HasPrefix(msg, name) || strings.Contains(msg, "\n") {
			t.Fatalf("error %q", msg)
		}
	})
}

func TestFolderLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link")
	abs, _ := filepath.Abs("testdata/folder/sub")
	if err := os.Symlink(abs, link); err != nil {
		t.Skip(err)
	}
	res, err := Read(context.Background(), []string{link}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Inputs) != 2 || res.Inputs[0].Name != filepath.Join(link, "c_events.csv") {
		t.Errorf("inputs = %+v", res.Inputs)
	}
}
