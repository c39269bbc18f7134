package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"

	"github.com/chronicle-project/chronicle/sources/docx"
)

func ExampleRead() {
	// A minimal .docx: a heading and a paragraph, and its creation date.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Bridge reopens</w:t></w:r></w:p>
<w:p><w:r><w:t>The old bridge reopened to traffic on Monday.</w:t></w:r></w:p>
</w:body></w:document>`)
	w, _ = zw.Create("docProps/core.xml")
	io.WriteString(w, `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:created>2020-06-15T08:00:00Z</dcterms:created><dcterms:modified>2021-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`)
	zw.Close()

	doc, err := docx.Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "bridge.docx")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections {
		fmt.Printf("%d:%d %s (%s %s)\n", s.Pos.Line, s.Pos.Col, s.Text, s.Citation.Date, s.RefFrom)
	}
	// Output:
	// 1:1 Bridge reopens (2020-06-15 created)
	// 2:1 The old bridge reopened to traffic on Monday. (2020-06-15 created)
}
