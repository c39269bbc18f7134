package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// zipDir packs a directory of testdata into a .docx in memory.
func zipDir(t testing.TB, dir string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		w, err := zw.Create(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxOf makes a .docx of a document.xml body.
func docxOf(t testing.TB, body string, method uint16) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: method})
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`</w:body></w:document>`)
	zw.Close()
	return buf.Bytes()
}

func dump(doc *timeline.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title %q\n", doc.Title)
	for _, s := range doc.Sections {
		kind := [...]string{"body", "excerpt", "citation", "heading"}[s.Kind]
		fmt.Fprintf(&b, "--- %s %d:%d @%d date=%s ref_from=%q\n%s\n", kind, s.Pos.Line, s.Pos.Col, s.Pos.Offset, s.Citation.Date, s.RefFrom, s.Text)
		for _, sg := range s.Segments {
			fmt.Fprintf(&b, "  segment %d -> %d:%d\n", sg.Off, sg.Pos.Line, sg.Pos.Col)
		}
	}
	return b.String()
}

func TestReadGolden(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/*")
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || filepath.Base(dir) == "fuzz" {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data := zipDir(t, dir)
			doc, err := Read(bytes.NewReader(data), int64(len(data)), filepath.Base(dir)+".docx")
			if err != nil {
				t.Fatal(err)
			}
			got := dump(doc)
			golden.CheckString(t, dir+".golden", got)
		})
	}
	if n == 0 {
		t.Fatal("no test documents")
	}
}

func TestParagraphs(t *testing.T) {
	p := func(style, text string) string {
		s := ""
		if style != "" {
			s = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
		}
		return `<w:p>` + s + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
	}
	tests := []struct {
		name string
		body string
		want string // sections as kind:text, joined by " / "
	}{
		{"paragraphs", p("", "One.") + p("", "Two."), "body:One.\n\nTwo."},
		{"heading by style id", p("", "Intro.") + p("Heading2", "Part") + p("", "Text."), "body:Intro. / heading2:Part / body:Text."},
		{"heading by outline level", `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Part</w:t></w:r></w:p>` + p("", "Text."), "heading2:Part / body:Text."},
		{"headings keep their ranks", p("Heading1", "Minutes") + p("Heading2", "Item") + p("", "Text."), "heading1:Minutes / heading2:Item / body:Text."},
		{"quote", p("", "He said:") + p("Quote", "Words.") + p("IntenseQuote", "More.") + p("", "After."), "body:He said: / excerpt:Words.\n\nMore. / body:After."},
		{"table", `<w:tbl><w:tr><w:tc>` + p("", "a") + `</w:tc><w:tc>` + p("", "b") + `</w:tc></w:tr></w:tbl>`, "body:| a | b |"},
		{"table rows under a rule", `<w:tbl><w:tr><w:tc>` + p("", "Event") + `</w:tc><w:tc>` + p("", "Date") + `</w:tc></w:tr><w:tr><w:tc>` + p("", "Open day") + `</w:tc><w:tc>` + p("", "30 August 2025") + `</w:tc></w:tr><w:tr><w:tc>` + p("", "AGM") + `</w:tc><w:tc>` + p("", "12 March 2025") + `</w:tc></w:tr></w:tbl>`,
			"body:| Event | Date |\n| --- | --- |\n| Open day | 30 August 2025 |\n| AGM | 12 March 2025 |"},
		{"empty cell", `<w:tbl><w:tr><w:tc>` + p("", "a") + `</w:tc><w:tc><w:p/></w:tc><w:tc>` + p("", "c") + `</w:tc></w:tr></w:tbl>`, "body:| a |  | c |"},
		{"deleted text", `<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>`, "body:kept"},
		{"tab and break", `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>`, "body:a\tb\nc"},
		{"strict namespace ignored elsewhere", `<w:p><w:r><w:t>a</w:t></w:r><x:t xmlns:x="urn:other">not text</x:t></w:p>`, "body:a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := docxOf(t, tc.body, zip.Deflate)
			doc, err := Read(bytes.NewReader(data), int64(len(data)), "t.docx")
			if err != nil {
				t.Fatal(err)
			}
			var parts []string
			for _, s := range doc.Sections {
				kind := [...]string{"body", "excerpt", "citation", "heading"}[s.Kind]
				if s.Level > 0 {
					kind += strconv.Itoa(s.Level)
				}
				parts = append(parts, kind+":"+s.Text)
			}
			if got := strings.Join(parts, " / "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// bomb writes a .docx whose document.xml inflates to n bytes of spaces
// (a few hundred kilobytes compressed), without holding them in memory.
func bomb(t testing.TB, n int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for written := int64(0); written < n; written += int64(len(chunk)) {
		w.Write(chunk)
	}
	io.WriteString(w, `</w:t></w:r></w:p></w:body></w:document>`)
	zw.Close()
	return buf.Bytes()
}

// lyingBomb is a bomb whose header claims a small uncompressed size.
func lyingBomb(t testing.TB) []byte {
	data := bomb(t, 8<<20)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f := zr.File[0]
	raw, _ := f.OpenRaw()
	h := f.FileHeader
	h.UncompressedSize64 = 1000
	w, err := zw.CreateRaw(&h)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(w, raw)
	zw.Close()
	return buf.Bytes()
}

func manyEntries(t testing.TB, n int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range n {
		zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("x/%d", i), Method: zip.Store})
	}
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, "<w:document/>")
	zw.Close()
	return buf.Bytes()
}

func TestBadInput(t *testing.T) {
	good := docxOf(t, `<w:p><w:r><w:t>Text.</w:t></w:r></w:p>`, zip.Deflate)
	tests := []struct {
		name string
		in   []byte
		opt  Options
		want error
	}{
		{name: "zip bomb over the default limit", in: bomb(t, DefaultMaxPartBytes+1<<20), want: ErrTooLarge},
		{name: "zip bomb over a small limit", in: bomb(t, 2<<20), opt: Options{MaxPartBytes: 1 << 20}, want: ErrTooLarge},
		// archive/zip stops at the declared size itself, reporting a
		// format error; the limit is the second line of defence.
		{name: "bomb that lies about its size", in: lyingBomb(t), opt: Options{MaxPartBytes: 1 << 20}, want: zip.ErrFormat},
		{name: "too many entries", in: manyEntries(t, 200), opt: Options{MaxEntries: 100}, want: ErrTooLarge},
		{name: "encrypted", in: append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), want: ErrEncrypted},
		{name: "truncated", in: good[:len(good)/2], want: ErrNotDocx},
		{name: "binary", in: []byte("\x89PNG\r\n\x1a\n\x00\x00"), want: ErrNotDocx},
		{name: "zip without document", in: manyEntries(t, 0)[:0], want: ErrNotDocx},
		{name: "broken xml", in: docxOf(t, `<w:p><w:r><w:t>Text</w:r>`, zip.Deflate)},
		{name: "no text", in: docxOf(t, `<w:p/>`, zip.Deflate)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadOptions(bytes.NewReader(tc.in), int64(len(tc.in)), "bad.docx", tc.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "bad.docx: ") {
				t.Errorf("error is not one line naming the file: %q", msg)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	xml, err := os.ReadFile("testdata/report/word/document.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(xml))
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>`)
	f.Fuzz(func(t *testing.T, documentXML string) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/document.xml")
		io.WriteString(w, documentXML)
		zw.Close()
		doc, err := ReadOptions(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "f.docx", Options{MaxPartBytes: 1 << 20})
		if err != nil {
			var te *timeline.Error
			if !errors.As(err, &te) || te.Pos.File != "f.docx" {
				t.Fatalf("error without the file: %v", err)
			}
			return
		}
		for _, s := range doc.Sections {
			if strings.TrimSpace(s.Text) == "" || s.Pos.Line < 1 {
				t.Fatalf("bad section %+v", s)
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	var body strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&body, `<w:p><w:r><w:t>Paragraph %d: the council met on Tuesday, 13 December 2017, to discuss the bridge.</w:t></w:r></w:p>`, i)
	}
	data := docxOf(b, body.String(), zip.Deflate)
	b.SetBytes(int64(body.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), int64(len(data)), "bench.docx"); err != nil {
			b.Fatal(err)
		}
	}
}
