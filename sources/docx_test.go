package sources

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
)

// writeDOCX writes a Word document whose paragraphs are given as
// "Style|text" (no style: a plain paragraph).
func writeDOCX(t *testing.T, path, created string, paras ...string) {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		style, text, ok := strings.Cut(p, "|")
		if !ok {
			style, text = "", p
		}
		body.WriteString("<w:p>")
		if style != "" {
			body.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
		}
		body.WriteString(`<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`)
	}
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`,
		"docProps/core.xml": `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Harbour digest</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">` + created + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "docProps/core.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDOCXCompilation(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "digest.docx")
	writeDOCX(t, p, "2017-09-10T09:00:00Z",
		"Title|Harbour digest",
		"Two reports of the strike, each followed by its source.",
		"Quote|Dock workers walked out at dawn on Monday, halting the loading of container ships.",
		"Quote|Source: \"Dockers stop work,\" Harbour Gazette. 4 September 2017.",
		"Quote|Talks resumed on Wednesday after the operator offered a two-year agreement.",
		"Quote|Source: \"Port talks resume,\" Coastal Herald. 7 September 2017.",
		"The digest will return next week.",
	)
	// The same document under a name that hides its format.
	data, _ := os.ReadFile(p)
	hidden := filepath.Join(dir, "upload.bin.txt")
	os.WriteFile(hidden, data, 0o644)
	res, err := Read(context.Background(), []string{p, hidden}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := summarize(res, nil)
	got = bytes.ReplaceAll(got, []byte(dir), []byte("TMP"))
	golden.Check(t, filepath.Join("testdata", "docx_compilation.golden.json"), got)
}
