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

// TestPDFPrintedLater checks the reference date of a report printed to PDF
// long after it was written: what its text states beats the file's
// creation stamp, the day it was printed (QA 17, A2).
func TestPDFPrintedLater(t *testing.T) {
	body := []string{
		"In January we began a partnership with the district council to repair",
		"150 broken hand pumps. By the end of June, 64 pumps were working again.",
	}
	tests := []struct {
		name       string
		lines      []string
		info       string
		ref        string // --ref-date
		date, from string
		want       string // a sentence of the text, its wrapped lines joined
	}{
		{name: "an approval line beats the stamp", info: "/Title (Clearwater Wells Annual Report 2023) /CreationDate (D:20261128101500Z)",
			lines: append([]string{"For the year ended 31 December 2023. Approved by the Board of Trustees on 18 April", "2024.", ""}, body...),
			date:  "2024-04-18", from: "signature", want: "Approved by the Board of Trustees on 18 April 2024."},
		{name: "the year the title names beats a later stamp", info: "/Title (Clearwater Wells Annual Report 2023) /CreationDate (D:20261128101500Z)",
			lines: body, date: "2023", from: "title", want: "In January we began a partnership with the district council to repair 150 broken hand pumps."},
		{name: "a stamp in the year after the title's stays", info: "/Title (Clearwater Wells Annual Report 2023) /CreationDate (D:20240420101500Z)",
			lines: body, date: "2024-04-20", from: "created"},
		{name: "the flag beats the title and the stamp", info: "/Title (Clearwater Wells Annual Report 2023) /CreationDate (D:20261128101500Z)",
			lines: body, ref: "2024-05-01", date: "2024-05-01", from: "flag"},
		{name: "a title naming no year keeps the stamp", info: "/Title (Clearwater Wells: our work) /CreationDate (D:20261128101500Z)",
			lines: body, date: "2026-11-28", from: "created"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "report.pdf")
			if err := os.WriteFile(p, simplePDF(tt.lines, tt.info, ""), 0o644); err != nil {
				t.Fatal(err)
			}
			opt := Options{}
			if tt.ref != "" {
				d, err := timeline.ParseDate(tt.ref)
				if err != nil {
					t.Fatal(err)
				}
				opt.RefDate = d
			}
			res, err := Read(context.Background(), []string{p}, opt)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			for _, s := range res.Documents[0].Sections {
				text.WriteString(s.Text + "\n")
				if s.Kind != timeline.Body {
					continue
				}
				if s.Citation.Date.String() != tt.date || s.RefFrom != tt.from {
					t.Errorf("section %q: %s from %q, want %s from %q", s.Text, s.Citation.Date, s.RefFrom, tt.date, tt.from)
				}
			}
			if !strings.Contains(text.String(), tt.want) {
				t.Errorf("%q not in the text:\n%s", tt.want, text.String())
			}
		})
	}
}
