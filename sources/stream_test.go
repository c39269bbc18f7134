package sources

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// longText is a text of about n bytes: a title, a dateline and numbered
// paragraphs.
func longText(n int) string {
	var sb strings.Builder
	sb.WriteString("Harbour log\n\nGENEVA, March 3, 2011 (Wire) — The talks resumed on Wednesday.\n\n")
	for i := 0; sb.Len() < n; i++ {
		fmt.Fprintf(&sb, "Entry %d: the ferry left at dawn and came back late, as it did on 5 May 2010.\n\n", i)
	}
	return sb.String()
}

// TestStream reads inputs larger than a part through Each: text and
// Markdown come in parts, one input each, with the document's date on
// every part; other formats are read whole.
func TestStream(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := longText(300 << 10)
	page := "<!doctype html><html><head><title>Log</title></head><body><article><h1>Log</h1>" +
		strings.ReplaceAll(strings.ReplaceAll(longText(300<<10), "\n\n", "</p>\n<p>"), "—", "-") + "</article></body></html>"
	latin := strings.ReplaceAll(strings.ReplaceAll(text, "—", "-"), "ferry", "caf\xe9")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(text))
	}))
	defer srv.Close()
	tests := []struct {
		name     string
		input    string
		stdin    string
		format   Format
		encoding string
		minParts int
	}{
		{name: "text file", input: write("log.txt", text), format: Text, encoding: "UTF-8", minParts: 4},
		{name: "markdown file", input: write("log.md", "# "+text), format: Markdown, encoding: "UTF-8", minParts: 4},
		{name: "Windows-1252 file", input: write("latin.txt", latin), format: Text, encoding: "Windows-1252", minParts: 4},
		{name: "stdin", input: "-", stdin: text, format: Text, encoding: "UTF-8", minParts: 4},
		{name: "url", input: srv.URL + "/log", format: Text, encoding: "UTF-8", minParts: 4},
		{name: "html is read whole", input: write("log.html", page), format: HTML, minParts: 1},
		{name: "folder", input: dir + string(filepath.Separator), format: HTML, minParts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*timeline.Document
			res, err := Each(context.Background(), []string{tt.input}, Options{PartBytes: 64 << 10, Stdin: strings.NewReader(tt.stdin)}, func(d *timeline.Document) error {
				docs = append(docs, d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if res.Documents != nil {
				t.Errorf("Each kept %d documents", len(res.Documents))
			}
			if tt.name == "folder" {
				if len(res.Inputs) != 4 {
					t.Fatalf("inputs %+v", res.Inputs)
				}
				return
			}
			if len(res.Inputs) != 1 || res.Inputs[0].Format != tt.format || res.Inputs[0].Encoding != tt.encoding {
				t.Fatalf("inputs %+v", res.Inputs)
			}
			if len(docs) < tt.minParts || tt.format == HTML && len(docs) != 1 {
				t.Fatalf("%d documents", len(docs))
			}
			for i, d := range docs {
				if d.Part != i || d.Name != tt.input {
					t.Errorf("document %d: part %d of %q", i, d.Part, d.Name)
				}
				for _, sec := range d.Sections {
					if sec.Kind == timeline.Body && sec.Citation.Date.String() != "2011-03-03" {
						t.Errorf("part %d: a section at line %d dated %q (%s)", d.Part, sec.Pos.Line, sec.Citation.Date, sec.RefFrom)
					}
				}
			}
		})
	}
	t.Run("sheets", func(t *testing.T) {
		var csv, json strings.Builder
		csv.WriteString("date,headline,source\n")
		json.WriteString("[")
		for i := range 3000 {
			fmt.Fprintf(&csv, "%d May 2010,Ferry %d late,Harbour Gazette\n", i%28+1, i)
			if i > 0 {
				json.WriteString(",\n")
			}
			fmt.Fprintf(&json, `{"date": "%d May 2010", "headline": "Ferry %d late"}`, i%28+1, i)
		}
		json.WriteString("]\n")
		cases := []struct {
			name, file, data string
			opt              Options
			want             string
		}{
			{name: "csv, read as a stream", file: "events.csv", data: csv.String()},
			{name: "csv on stdin", file: "-", data: csv.String()},
			{name: "json, read whole", file: "events.json", data: json.String()},
			{name: "csv over a set limit, read whole and refused", file: "big.csv", data: csv.String(), opt: Options{MaxBytes: 32 << 10}, want: "file too large"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				in := c.file
				opt := c.opt
				opt.PartBytes = 16 << 10
				if in == "-" {
					opt.Stdin = strings.NewReader(c.data)
				} else {
					in = write(c.file, c.data)
				}
				if len(c.data) < 4*opt.PartBytes {
					t.Fatalf("the sheet is %d bytes, not over a part", len(c.data))
				}
				res, err := Each(context.Background(), []string{in}, opt, func(*timeline.Document) error { return nil })
				if c.want != "" {
					if err == nil || !strings.Contains(err.Error(), c.want) {
						t.Fatalf("err = %v, want %q", err, c.want)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Events) != 3000 || len(res.Inputs) != 1 || res.Inputs[0].Events != 3000 || res.Inputs[0].Format != Sheet {
					t.Fatalf("%d events, inputs %+v", len(res.Events), res.Inputs)
				}
				if e := res.Events[2999]; e.Title != "Ferry 2999 late" || e.Span.Start.String() != "2010-05-04" || e.Pos.Line < 3000 {
					t.Errorf("the last event: %+v", e)
				}
			})
		}
	})
	t.Run("fn stops the reading", func(t *testing.T) {
		stop := errors.New("enough")
		n := 0
		p := filepath.Join(dir, "log.txt")
		res, err := Each(context.Background(), []string{p, p}, Options{PartBytes: 64 << 10}, func(*timeline.Document) error {
			n++
			return stop
		})
		if err != stop || n != 1 || len(res.Inputs) != 1 {
			t.Errorf("err = %v after %d documents and %d inputs, want %v after 1", err, n, len(res.Inputs), stop)
		}
	})
	t.Run("an error deep in a file keeps the parts before", func(t *testing.T) {
		p := write("bad.txt", text+"caf\xc3(\n")
		res, err := Read(context.Background(), []string{p}, Options{PartBytes: 64 << 10})
		want := fmt.Sprintf("%s:%d:4: invalid UTF-8 (byte 0xC3); not UTF-8, UTF-16 or Windows-1252 text", p, strings.Count(text, "\n")+1)
		if err == nil || err.Error() != want {
			t.Fatalf("err = %v\nwant %s", err, want)
		}
		if len(res.Documents) < 4 || len(res.Inputs) != 1 {
			t.Errorf("%d documents, inputs %+v", len(res.Documents), res.Inputs)
		}
	})
}

func TestStreamCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	res, err := Each(ctx, []string{"-", "text/testdata/published.txt"}, Options{Stdin: strings.NewReader(longText(300 << 10)), PartBytes: 64 << 10}, func(*timeline.Document) error {
		if n++; n == 2 {
			cancel()
		}
		return nil
	})
	if n != 2 || !errors.Is(err, context.Canceled) || len(res.Inputs) != 1 {
		t.Errorf("%d documents, inputs %+v, err = %v; want 2 documents of the first input and the context's error", n, res.Inputs, err)
	}
}

// FuzzEach reads any bytes from standard input in tiny parts, through the
// streaming readers of text, Markdown and sheets: never a panic, and every
// problem a positioned error of the input.
func FuzzEach(f *testing.F) {
	for _, s := range []string{
		"GENEVA, March 3, 2011 (Wire) — Talks resumed on Wednesday.\n\nThe ferry left.",
		"date,headline\n3/4/2017,Plan posted\n25/4/2017,Plan adopted\n", "# Title\n\n> quote\n\ntext [link](http://x)",
		"caf\xe9 \x81", "\xff\xfeA\x00B\x00", "[{\"date\": \"2017\"}]", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Each(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data), PartBytes: 16}, func(d *timeline.Document) error {
			if d.Name != "-" {
				t.Fatalf("a document named %q", d.Name)
			}
			return nil
		})
		if len(res.Inputs) > 1 {
			t.Fatalf("inputs %+v", res.Inputs)
		}
		var list timeline.ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("err %T: %v", err, err)
		}
		for _, e := range list {
			if !strings.HasPrefix(e.Error(), "-") {
				t.Fatalf("an error that does not name the input: %v", e)
			}
		}
	})
}

// TestLargeDOCXFromDisk reads a DOCX larger than a part from its file,
// through random access without holding it, and from standard input,
// read whole: the same document.
func TestLargeDOCXFromDisk(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "cmd", "chronicle", "testdata", "inputs", "parish-minutes.docx"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
	}
	// An image that makes the file larger than a part.
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/media/image1.png", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 300<<10))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "minutes.docx")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := Options{PartBytes: 64 << 10}
	fromDisk, err := Read(context.Background(), []string{file}, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Stdin = bytes.NewReader(buf.Bytes())
	fromStdin, err := Read(context.Background(), []string{"-"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(fromDisk.Documents) != 1 || len(fromStdin.Documents) != 1 || fromDisk.Inputs[0].Format != DOCX {
		t.Fatalf("%d and %d documents, inputs %+v", len(fromDisk.Documents), len(fromStdin.Documents), fromDisk.Inputs)
	}
	a, b := fromDisk.Documents[0], fromStdin.Documents[0]
	if len(a.Sections) < 3 || len(a.Sections) != len(b.Sections) {
		t.Fatalf("%d sections from the disk, %d from stdin", len(a.Sections), len(b.Sections))
	}
	for i := range a.Sections {
		if a.Sections[i].Text != b.Sections[i].Text || a.Sections[i].Citation.Date != b.Sections[i].Citation.Date {
			t.Errorf("section %d differs:\n%q\n%q", i, a.Sections[i].Text, b.Sections[i].Text)
		}
	}
}
