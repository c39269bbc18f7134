package pdf_test

import (
	"bytes"
	"fmt"

	"github.com/chronicle-project/chronicle/sources/pdf"
)

// onePagePDF writes a one-page PDF by hand: its objects, then the xref
// table of their byte offsets, then the trailer with the Info dictionary.
func onePagePDF(content string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Title (Town Notes) /CreationDate (D:20200615080000+02'00') /ModDate (D:20210101000000Z) >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offsets []int
	for i, o := range objs {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func ExampleRead() {
	data := onePagePDF("BT /F1 12 Tf 72 700 Td (The old bridge reopened on Monday.) Tj ET")
	doc, err := pdf.Read(bytes.NewReader(data), int64(len(data)), "notes.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range doc.Sections { // one per page, in reading order
		fmt.Printf("%s | %s (%s) | %d:%d %s\n", doc.Title, s.Citation.Date, s.RefFrom, s.Pos.Line, s.Pos.Col, s.Text)
	}

	_, err = pdf.Read(bytes.NewReader(data[:len(data)/2]), int64(len(data)/2), "cut.pdf")
	fmt.Println(err)
	// Output:
	// Town Notes | 2020-06-15 (created) | 1:1 The old bridge reopened on Monday.
	// cut.pdf: not a readable PDF: truncated or damaged (no cross-reference table at its end)
}
