package sources

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// simplePDF writes a one-page PDF that draws lines of Helvetica text top
// down, with an Info dictionary holding info (e.g. "/CreationDate
// (D:20110304120000Z)") and trailer entries in extra.
func simplePDF(lines []string, info, extra string) []byte {
	var content strings.Builder
	y := 740
	for _, l := range lines {
		if l != "" {
			l = strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(l)
			fmt.Fprintf(&content, "BT /F1 11 Tf 72 %d Td (%s) Tj ET\n", y, l)
		}
		y -= 14
		if l == "" {
			y -= 10 // a wider gap: a new paragraph
		}
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
		"<< " + info + " >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, extra, xref)
	return b.Bytes()
}

func TestPDF(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	article := []string{
		"Food Shortages: Two Reports",
		"",
		"Compiled from two wire reports of the same week.",
		"",
		"Source: \"Food stocks running out,\" Wire Service. 3 March 2011.",
		"",
		"GENEVA, March 3, 2011 (Wire) - Aid agencies warned on Thursday that",
		"food stocks in the region would run out within weeks.",
		"",
		"Source: \"Donors pledge more,\" Daily Courier. 9 March 2011.",
		"",
		"Donors pledged new funds on Tuesday, after the border crossings reopened.",
	}
	good := simplePDF(article, "/Title (Food report) /CreationDate (D:20110305090000Z) /ModDate (D:20200101000000Z)", "")
	plain := write("report.pdf", good)
	// The same file named as text: the content decides.
	misnamed := write("report.txt", good)
	truncated := write("truncated.pdf", good[:len(good)/2])
	encrypted := write("encrypted.pdf", simplePDF(article, "", "/Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>"))

	res, err := Read(context.Background(), []string{plain, misnamed, truncated, encrypted}, Options{})
	var list timeline.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("err = %v, want two errors", err)
	}
	for i, want := range []string{truncated + ": ", encrypted + ": "} {
		if msg := list[i].Error(); !strings.HasPrefix(msg, want) || strings.Contains(msg, "\n") {
			t.Errorf("error %d = %q, want one line starting %q", i, msg, want)
		}
	}
	if len(res.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(res.Documents))
	}
	got := summarize(res, nil)
	golden.Check(t, filepath.Join("testdata", "pdf.golden.json"), bytes.ReplaceAll(got, []byte(dir), []byte("TMP")))
}
