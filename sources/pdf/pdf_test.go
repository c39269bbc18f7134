package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// builder writes a minimal PDF by hand: numbered objects, an xref table
// with their byte offsets, and a trailer.
type builder struct{ objs []string }

func (b *builder) add(body string) int {
	b.objs = append(b.objs, body)
	return len(b.objs)
}

func stream(content string, compress bool) string {
	if compress {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write([]byte(content))
		w.Close()
		return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.String())
	}
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
}

func (b *builder) bytes(trailer string) []byte {
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
	offsets := make([]int, len(b.objs))
	for i, o := range b.objs {
		offsets[i] = buf.Len()
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, trailer, xref)
	return buf.Bytes()
}

// widths gives the test font's glyphs Helvetica-like widths: narrow
// letters and spaces, wide capitals.
func widths() string {
	var w []string
	for c := 32; c <= 126; c++ {
		switch {
		case c == ' ' || strings.ContainsRune("ijlt.,;:'!|()[]", rune(c)):
			w = append(w, "278")
		case c >= 'A' && c <= 'Z' || strings.ContainsRune("mw", rune(c)):
			w = append(w, "722")
		default:
			w = append(w, "556")
		}
	}
	return strings.Join(w, " ")
}

// makePDF writes a PDF of the given content streams, one per page, with an
// Info dictionary (trailer entries in extra).
func makePDF(pages []string, extra string, compress bool) []byte {
	b := &builder{}
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("") // the page tree, below, once the pages' numbers are known
	font := b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths() + "] >>")
	var kids []string
	for _, content := range pages {
		c := b.add(stream(content, compress))
		p := b.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", font, c))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	b.objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	return b.bytes(extra)
}

func esc(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}

// line draws one line of text at x, y.
func line(x, y, size float64, s string) string {
	return fmt.Sprintf("BT /F1 %g Tf %g %g Td (%s) Tj ET\n", size, x, y, esc(s))
}

// twoColumns draws a title across the page, two columns of lines drawn
// row by row (left line, right line, ...), as some producers do, and a
// footer across the page.
func twoColumns(left, right []string) string {
	var b strings.Builder
	b.WriteString(line(72, 740, 16, "Harbour Review: Port strike ends after nine days"))
	y := 700.0
	for i := 0; i < max(len(left), len(right)); i++ {
		if i < len(left) {
			if left[i] != "" {
				b.WriteString(line(72, y, 10, left[i]))
			}
		}
		if i < len(right) && right[i] != "" {
			b.WriteString(line(320, y, 10, right[i]))
		}
		y -= 13
	}
	b.WriteString(line(72, 60, 9, "Harbour Review, 9 March 2018. Copyright 2018 Coastal Media, all rights reserved."))
	return b.String()
}

var leftColumn = []string{
	"Dock workers returned to the container",
	"terminal on Friday morning after union",
	"members accepted a pay offer late on",
	"Thursday, ending a strike that began",
	"on February 28.",
	"",
	"The agreement raises wages by four",
	"percent this year and by three percent",
	"in 2019.",
}

var rightColumn = []string{
	"Shipping lines had diverted more than",
	"forty vessels to other ports during the",
	"stoppage. The port authority said it",
	"expected the backlog to be cleared by",
	"the end of the month.",
	"",
	"Exporters of fresh fruit were hit",
	"hardest, one grower said on Saturday.",
}

func singleColumn() string {
	var b strings.Builder
	b.WriteString(line(72, 740, 18, "Rights group criticizes biometric collection"))
	paras := [][]string{
		{"Authorities in Xinjiang have been collecting DNA samples, fingerprints and iris",
			"scans from residents since July 2017, a rights group said on Wednesday."},
		{"The collection takes place under a programme of free medical checks, the",
			"group said, and participation did not appear to be voluntary."},
	}
	y := 700.0
	for _, p := range paras {
		for _, l := range p {
			b.WriteString(line(72, y, 11, l))
			y -= 14
		}
		y -= 14
	}
	return b.String()
}

// kerned uses TJ with kerning, T*, the ' operator and a text matrix, in a
// compressed stream.
func kerned() string {
	return "BT /F1 12 Tf 14 TL 1 0 0 1 72 700 Tm [(On 13 Decem) 20 (ber 2017 the) -278 (ministry answered.)] TJ T* (A second line follows.) Tj (A third line, by quote.) ' ET\n"
}

// report is a page in one font and one line spacing throughout, as a
// plain generator writes it: a heading line, then one sentence a line.
func report() string {
	return "BT /F1 12 Tf 72 720 Td 14 TL\n" +
		"(Harbour trust review 2019) Tj T*\n" +
		"(The ferry terminal closed on 3 March 2019 so that the pontoon could be rebuilt.) Tj T*\n" +
		"(Passenger numbers dropped by a third against 2018.) Tj T*\n" +
		"(A second berth is due to open in spring 2021.) Tj T* ET\n"
}

// lines draws lines of one size, top down from y, spaced by lead.
func lines(y, size, lead float64, ls ...string) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(line(72, y, size, l))
		y -= lead
	}
	return b.String()
}

const infoDict = "/Info << /Title (Harbour Review) /CreationDate (D:20180309074500+01'00') /ModDate (D:20190101120000Z) >>"

// testPDFs are the test documents, by name.
func testPDFs() map[string][]byte {
	return map[string][]byte{
		"article.pdf":    makePDF([]string{singleColumn()}, "", false),
		"two-column.pdf": makePDF([]string{twoColumns(leftColumn, rightColumn), kerned()}, infoDict, true),
		"report.pdf":     makePDF([]string{report()}, "", false),
	}
}

func dump(doc *timeline.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title %q\n", doc.Title)
	for _, s := range doc.Sections {
		fmt.Fprintf(&b, "--- %d:%d @%d date=%s ref_from=%q\n%s\n", s.Pos.Line, s.Pos.Col, s.Pos.Offset, s.Citation.Date, s.RefFrom, s.Text)
	}
	return b.String()
}

func TestReadGolden(t *testing.T) {
	for name, data := range testPDFs() {
		t.Run(name, func(t *testing.T) {
			doc, err := Read(bytes.NewReader(data), int64(len(data)), name)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(doc)
			golden.CheckString(t, filepath.Join("testdata", strings.TrimSuffix(name, ".pdf")+".golden"), got)
		})
	}
}

// TestTwoColumns checks the reading order of a two-column page drawn row
// by row: each column's sentences come whole, the left column first, the
// title before them and the footer after.
func TestTwoColumns(t *testing.T) {
	data := makePDF([]string{twoColumns(leftColumn, rightColumn)}, "", false)
	doc, err := Read(bytes.NewReader(data), int64(len(data)), "cols.pdf")
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Sections[0].Text
	order := []string{
		"Harbour Review: Port strike",
		"Dock workers returned to the container terminal on Friday morning",
		"on February 28.\n\nThe agreement raises wages",
		"in 2019.",
		"Shipping lines had diverted more than forty vessels",
		"the end of the month.\n\nExporters of fresh fruit",
		"Copyright 2018 Coastal Media",
	}
	at := 0
	for _, s := range order {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("%q not found in order after byte %d of:\n%s", s, at, text)
		}
		at += i + len(s)
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name, extra, title, date string
	}{
		{"creation date", infoDict, "Harbour Review", "2018-03-09"},
		{"modification date only", "/Info << /ModDate (D:20190101120000Z) >>", "", ""},
		{"month only", "/Info << /CreationDate (D:201712) >>", "", "2017-12"},
		{"utf-16 title", "/Info << /Title <FEFF0043006100660065> >>", "Cafe", ""},
		{"bad date", "/Info << /CreationDate (yesterday) >>", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := makePDF([]string{line(72, 700, 12, "Text.")}, tc.extra, false)
			doc, err := Read(bytes.NewReader(data), int64(len(data)), "m.pdf")
			if err != nil {
				t.Fatal(err)
			}
			s := doc.Sections[0]
			if doc.Title != tc.title || s.Citation.Date.String() != tc.date {
				t.Errorf("title %q date %q, want %q %q", doc.Title, s.Citation.Date, tc.title, tc.date)
			}
			if (s.RefFrom == "created") != (tc.date != "") {
				t.Errorf("RefFrom %q", s.RefFrom)
			}
		})
	}
}

// TestBlocks checks where paragraphs break and which line is the title
// when the Info dictionary has none.
func TestBlocks(t *testing.T) {
	wrapped := []string{
		"The harbour board met on Tuesday and agreed to rebuild the old",
		"pontoon before the summer, at a cost the treasurer put at about",
		"two million pounds, most of it from the reserve fund.",
	}
	tests := []struct {
		name, content, extra string
		title                string
		want                 []string // in the page's text
	}{
		{name: "heading in the body font", content: report(),
			want: []string{"Harbour trust review 2019\n\nThe ferry terminal closed"}},
		{name: "sentences ended early are blocks", content: report(),
			want: []string{"rebuilt. Passenger numbers", "2018.\n\nA second berth"}},
		{name: "wrapped lines stay one paragraph", content: lines(700, 11, 14, wrapped...),
			want: []string{strings.Join(wrapped, " ")}}, // the lines the text wrapped are joined (QA 17, E)
		{name: "larger title", title: "Harbour trust review 2019",
			content: line(72, 740, 20, "Harbour trust review 2019") + lines(700, 11, 14, wrapped...),
			want:    []string{"Harbour trust review 2019\n\nThe harbour board"}},
		{name: "two-line title", title: "Harbour trust review of the year 2019",
			content: lines(750, 20, 24, "Harbour trust review", "of the year 2019") + lines(690, 11, 14, wrapped...),
			want:    []string{"Harbour trust review of the year 2019\n\nThe harbour board"}},
		{name: "Info title wins", title: "Harbour Review", extra: infoDict,
			content: line(72, 740, 20, "Harbour trust review 2019") + lines(700, 11, 14, wrapped...)},
		{name: "no title in the body font", content: lines(700, 11, 14, wrapped...)},
		{name: "drop cap is no title", content: line(72, 700, 30, "T") + line(100, 700, 11, "he harbour board met on Tuesday.") +
			lines(686, 11, 14, wrapped...)},
		{name: "page number is no title", content: line(300, 760, 14, "12") + lines(700, 11, 14, wrapped...)},
		{name: "small running head above the title",
			content: line(72, 770, 8, "Harbour trust papers") + line(72, 740, 20, "Harbour trust review 2019") + lines(700, 11, 14, wrapped...)},
		{name: "two lines a paragraph's gap apart", // (too few lines to learn the spacing from: a single-spaced line's is the measure)
			content: line(72, 700, 11, "Available online 2 January 2023") + line(72, 670, 11, "The flood peaked on 13 January 2011."),
			want:    []string{"2023\n\nThe flood"}},
		{name: "gap wider than the line spacing",
			content: lines(700, 11, 14, wrapped[:2]...) + lines(650, 11, 14, wrapped[2:]...),
			want:    []string{"about\n\ntwo million"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := makePDF([]string{tc.content}, tc.extra, false)
			doc, err := Read(bytes.NewReader(data), int64(len(data)), "b.pdf")
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tc.title {
				t.Errorf("title %q, want %q", doc.Title, tc.title)
			}
			if got := doc.Sections[0].Citation.Title; got != tc.title {
				t.Errorf("citation title %q, want %q", got, tc.title)
			}
			text := doc.Sections[0].Text
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("%q not in:\n%s", w, text)
				}
			}
			if tc.name == "wrapped lines stay one paragraph" && strings.Contains(text, "\n\n") {
				t.Errorf("a paragraph break in wrapped text:\n%s", text)
			}
		})
	}
}

// encrypted writes a PDF whose trailer names an encryption dictionary.
func encrypted(v, r int) []byte {
	b := &builder{}
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [] /Count 0 >>")
	enc := b.add(fmt.Sprintf("<< /Filter /Standard /V %d /R %d /Length 128 /P -4 /O (%s) /U (%s) >>", v, r, strings.Repeat("o", 32), strings.Repeat("u", 32)))
	return b.bytes(fmt.Sprintf("/Encrypt %d 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]", enc))
}

// badFilter writes a PDF whose first page uses a filter the parser does
// not know, and whose second page is fine.
func badFilter() []byte {
	b := &builder{}
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [5 0 R 7 0 R] /Count 2 >>")
	b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	b.add("<< /Length 4 /Filter /JBIG2Decode >>\nstream\nxxxx\nendstream")
	b.add("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
	b.add(stream(line(72, 700, 12, "The second page is read."), false))
	b.add("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>")
	return b.bytes("")
}

func TestBadInput(t *testing.T) {
	good := makePDF([]string{singleColumn()}, infoDict, true)
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{name: "truncated", in: good[:len(good)*2/3], want: ErrMalformed},
		{name: "truncated before the xref", in: good[:200], want: ErrMalformed},
		{name: "encrypted, unsupported algorithm", in: encrypted(5, 6), want: ErrEncrypted},
		{name: "encrypted, password needed", in: encrypted(2, 3), want: ErrEncrypted},
		{name: "binary", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), want: ErrMalformed},
		{name: "empty", in: nil, want: ErrMalformed},
		{name: "no text", in: makePDF([]string{"0 0 m 100 100 l S\n"}, "", false), want: ErrNoText},
		{name: "no pages", in: makePDF(nil, "", false), want: ErrNoText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.in), int64(len(tc.in)), "bad.pdf")
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "bad.pdf: ") {
				t.Errorf("error is not one line naming the file: %q", msg)
			}
		})
	}
}

func TestBadPageKeepsOthers(t *testing.T) {
	data := badFilter()
	doc, err := Read(bytes.NewReader(data), int64(len(data)), "mixed.pdf")
	if doc == nil || len(doc.Sections) != 1 || !strings.Contains(doc.Sections[0].Text, "second page is read") {
		t.Fatalf("the good page was lost: %+v, %v", doc, err)
	}
	if err == nil || !strings.HasPrefix(err.Error(), "mixed.pdf: page 1: ") {
		t.Errorf("the bad page was not reported: %v", err)
	}
}

func TestGlyphLimit(t *testing.T) {
	content := strings.Repeat(line(72, 700, 10, strings.Repeat("x", 200)), 50)
	gs, err := pageGlyphs(pageOf(t, makePDF([]string{content}, "", false)), 1000)
	if !errors.Is(err, errLimit) || len(gs) > 1001 {
		t.Fatalf("got %d glyphs, error %v", len(gs), err)
	}
}

func FuzzRead(f *testing.F) {
	for _, data := range testPDFs() {
		f.Add(data)
	}
	f.Add(encrypted(2, 3))
	f.Add(badFilter())
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := Read(bytes.NewReader(in), int64(len(in)), "f.pdf")
		if err != nil {
			var te *timeline.Error
			if !errors.As(err, &te) || te.Pos.File != "f.pdf" {
				t.Fatalf("error without the file: %v", err)
			}
		}
		if doc != nil {
			for _, s := range doc.Sections {
				if s.Text == "" {
					t.Fatal("empty section")
				}
			}
		}
	})
}

// FuzzContent runs fuzzed content streams through the interpreter and the
// layout.
func FuzzContent(f *testing.F) {
	f.Add(singleColumn())
	f.Add(twoColumns(leftColumn, rightColumn))
	f.Add(kerned())
	f.Add("q 1 0 0 1 10 10 cm BT /F1 0 Tf 0 0 Td (x) Tj ET Q Q Q")
	f.Fuzz(func(t *testing.T, content string) {
		data := makePDF([]string{content}, "", false)
		Read(bytes.NewReader(data), int64(len(data)), "c.pdf")
	})
}

func BenchmarkRead(b *testing.B) {
	var pages []string
	for range 20 {
		pages = append(pages, twoColumns(leftColumn, rightColumn))
	}
	data := makePDF(pages, infoDict, true)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), int64(len(data)), "bench.pdf"); err != nil {
			b.Fatal(err)
		}
	}
}

func pageOf(t *testing.T, data []byte) lpdf.Page {
	t.Helper()
	rd, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pageList(rd.Trailer().Key("Root").Key("Pages"), 10)
	if err != nil || len(pages) == 0 {
		t.Fatalf("no page: %v", err)
	}
	return lpdf.Page{V: pages[0]}
}

// TestCompositeFont reads text drawn with a Type0 (CID) font and a
// ToUnicode map, as word processors embed their fonts.
func TestCompositeFont(t *testing.T) {
	cmap := `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0001> <0048>
<0002> <0069>
<0003> <0020>
endbfchar
1 beginbfrange
<0010> <0012> <0031>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
	b := &builder{}
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F2 4 0 R >> >> /Contents 6 0 R >>")
	b.add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Carlito /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Carlito /DW 1000 /W [1 [600 250 250] 16 18 500] >>] /ToUnicode 5 0 R >>")
	b.add(stream(cmap, true))
	b.add(stream("BT /F2 12 Tf 72 700 Td <0001000200030010001100120003> Tj ET\nBT /F2 12 Tf 72 680 Td <00010002> Tj ET", false))
	data := b.bytes("")
	doc, err := Read(bytes.NewReader(data), int64(len(data)), "cid.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Sections[0].Text; got != "Hi 123 Hi" { // the column's width: a wrapped line
		t.Errorf("got %q", got)
	}
}

// TestRunningLines checks that running heads and feet are not read as
// text: a line at the top or bottom of most pages (numbers counting the
// pages aside), and a browser's print header and footer even on one page.
// A running line that says when the document was published stays once.
func TestRunningLines(t *testing.T) {
	firsts := []string{"The strike began on February 28.", "Talks resumed on a Monday.", "The deal was signed on Thursday."}
	// pages draws three pages: head and foot (%d is the page's number)
	// around two lines of body, the second the same on every page.
	pages := func(head, foot string) []string {
		var out []string
		for i := 1; i <= 3; i++ {
			p := line(72, 740, 12, firsts[i-1]) + line(72, 726, 12, "More text follows here.")
			if head != "" {
				p = line(72, 770, 9, strings.ReplaceAll(head, "%d", fmt.Sprint(i))) + p
			}
			if foot != "" {
				p += line(72, 40, 9, strings.ReplaceAll(foot, "%d", fmt.Sprint(i)))
			}
			out = append(out, p)
		}
		return out
	}
	tests := []struct {
		name  string
		pages []string
		info  string
		// gone are never read; once are read once; kept are read as
		// often as they are drawn.
		gone, once, kept []string
		url              string
	}{
		{
			name:  "a running head and a dated footer",
			pages: pages("HARBOUR REVIEW", "Harbour Review, 9 March 2018 - page %d"),
			info:  "/Info << /Title (Harbour Review) >>",
			gone:  []string{"HARBOUR REVIEW", "9 March 2018", "page"},
		},
		{
			name:  "page x of y under the title",
			pages: pages("Harbour Review 2018", "Page %d of 3"),
			info:  "/Info << /Title (Harbour Review 2018) >>",
			gone:  []string{"Harbour Review 2018", "of 3"},
		},
		{
			name:  "with no title of its own, the running title stays atop the first page",
			pages: pages("Harbour Review 2018", "Page %d of 3"),
			once:  []string{"Harbour Review 2018"},
			gone:  []string{"of 3"},
		},
		{
			name:  "a footer saying when the document was published stays once",
			pages: pages("", "Harbour Review - Published 9 March 2018 - page %d"),
			once:  []string{"Published 9 March 2018"},
		},
		{
			name: "years heading the pages are headings",
			pages: []string{
				line(72, 770, 14, "2019") + line(72, 740, 12, "The strike began on February 28."),
				line(72, 770, 14, "2020") + line(72, 740, 12, "Talks resumed on a Monday."),
				line(72, 770, 14, "2021") + line(72, 740, 12, "The deal was signed on Thursday."),
			},
			kept: []string{"2019", "2020", "2021"},
		},
		{
			name: "pages without text do not count",
			pages: []string{
				line(72, 770, 9, "HARBOUR REVIEW") + line(72, 740, 12, "The strike began on February 28."),
				"0 0 m 100 100 l S\n", "0 0 m 100 100 l S\n", "0 0 m 100 100 l S\n",
				line(72, 770, 9, "HARBOUR REVIEW") + line(72, 740, 12, "The deal was signed on Thursday."),
			},
			info: "/Info << /Title (Harbour Review) >>",
			gone: []string{"HARBOUR REVIEW"},
			kept: []string{"The strike began on February 28.", "The deal was signed on Thursday."},
		},
		{
			name: "a browser's print header and footer on one page",
			pages: []string{line(20, 780, 8, "11/28/26, 7:03 PM") + line(250, 780, 8, "Harbour Review") +
				line(72, 740, 12, "The strike began on February 28.") + line(72, 726, 12, "The deal was signed on Thursday.") +
				line(20, 20, 8, "https://harbour.example/review/2018") + line(560, 20, 8, "1/1")},
			info: "/Info << /Title (Harbour Review) >>",
			gone: []string{"7:03", "11/28/26", "harbour.example", "1/1"},
			url:  "https://harbour.example/review/2018",
		},
		{
			name: "a print header with the title cut short, a file's address",
			pages: []string{line(20, 780, 8, "28/11/2026, 19:03") + line(250, 780, 8, "Harbour Review of the Year and of the Ye\x85") +
				line(72, 740, 12, "The strike began on February 28.") +
				line(20, 20, 8, "file:///home/ana/review.html") + line(560, 20, 8, "1/1")},
			info: "/Info << /Title (Harbour Review of the Year and of the Years Before) >>",
			gone: []string{"19:03", "review.html"},
		},
		{
			name:  "a log's first line with its time is text",
			pages: []string{line(72, 740, 12, "03/04/2024 10:15 Pump started.") + line(72, 726, 12, "03/04/2024 10:45 Pump stopped.")},
			kept:  []string{"03/04/2024 10:15 Pump started.", "03/04/2024 10:45 Pump stopped."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := makePDF(tt.pages, tt.info, false)
			doc, err := Read(bytes.NewReader(data), int64(len(data)), "run.pdf")
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, s := range doc.Sections {
				all = append(all, s.Text)
				if s.Citation.URL != tt.url {
					t.Errorf("citation URL = %q, want %q", s.Citation.URL, tt.url)
				}
			}
			text := strings.Join(all, "\n\n")
			for _, w := range tt.gone {
				if strings.Contains(text, w) {
					t.Errorf("%q read:\n%s", w, text)
				}
			}
			for _, w := range tt.once {
				if n := strings.Count(text, w); n != 1 {
					t.Errorf("%q read %d times, want once:\n%s", w, n, text)
				}
			}
			for _, w := range tt.kept {
				if n, want := strings.Count(text, w), countDrawn(tt.pages, w); n != want {
					t.Errorf("%q read %d times, want %d:\n%s", w, n, want, text)
				}
			}
			if len(tt.pages) == 3 && tt.kept == nil {
				for _, w := range firsts {
					if !strings.Contains(text, w) {
						t.Errorf("lost %q:\n%s", w, text)
					}
				}
				if n := strings.Count(text, "More text follows here."); n != 3 {
					t.Errorf("body line read %d times, want 3:\n%s", n, text)
				}
			}
		})
	}
}

// countDrawn counts the lines drawn with s in the pages' content streams.
func countDrawn(pages []string, s string) int {
	n := 0
	for _, p := range pages {
		n += strings.Count(p, esc(s))
	}
	return n
}

func TestUnclosedHexString(t *testing.T) {
	tests := []struct {
		name    string
		content string
		closed  bool
	}{
		{"unclosed at the end", "BT (a) Tj ET <4142", false},
		{"odd digit at the end", "00000000<", false},
		{"closed", "BT <4142> Tj ET", true},
		{"a dictionary", "/P <</MCID 0>> BDC EMC", true},
		{"in a literal string", "BT (a < b) Tj ET", true},
		{"in a comment", "% a < b\nBT (x) Tj ET", true},
		{"escaped parenthesis", `BT (a \) <) Tj ET`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hexStringsClosed([]byte(tt.content)); got != tt.closed {
				t.Fatalf("hexStringsClosed(%q) = %v, want %v", tt.content, got, tt.closed)
			}
			data := makePDF([]string{tt.content}, "", false)
			_, err := Read(bytes.NewReader(data), int64(len(data)), "hex.pdf")
			if !tt.closed && (err == nil || !strings.Contains(err.Error(), "hex string")) {
				t.Errorf("Read: %v, want an error about the hex string", err)
			}
		})
	}
}

// FuzzRunning runs the removal of running heads and feet on any pages
// (split at form feeds): no panic, and what is left of a page is lines of
// that page, in order.
func FuzzRunning(f *testing.F) {
	f.Add("HEAD\n\nbody 1\nfoot 1\fHEAD\n\nbody 2\n\nfoot 2\fHEAD\nbody 3\n\nfoot 3", "Title")
	f.Add("11/28/26, 7:03 PM Title\n\nText.\n\nﬁle:///x.html 1/1", "Title")
	f.Add("2019\n\nA.\f2020\n\nB.\f2021\n\nC.", "")
	f.Add("Page 1 of 2\n\nx\n\nPublished 9 March 2018\fPage 2 of 2\n\ny\n\nPublished 9 March 2018", "")
	f.Fuzz(func(t *testing.T, in, title string) {
		if len(in) > 1<<16 {
			return
		}
		pages := strings.Split(in, "\f")
		texts := append([]string(nil), pages...)
		dropRunning(texts, title)
		for i, got := range texts {
			rest := pages[i]
			for _, l := range strings.Split(got, "\n") {
				if l == "" {
					continue
				}
				k := strings.Index(rest, l)
				if k < 0 {
					t.Fatalf("page %d: line %q not in what is left of %q", i, l, pages[i])
				}
				rest = rest[k+len(l):]
			}
		}
	})
}

// TestJoinWrapped checks that the lines a paragraph's text wrapped are
// joined, and that paragraph breaks and list items stay (QA 17, E).
func TestJoinWrapped(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a sentence over three lines", "In November, a borehole at\nNkhoma in Malawi became the 1,000th water point we have built since the charity was\nfounded in 2004.",
			"In November, a borehole at Nkhoma in Malawi became the 1,000th water point we have built since the charity was founded in 2004."},
		{"paragraphs stay apart", "The first line\nwraps.\n\nA second paragraph.", "The first line wraps.\n\nA second paragraph."},
		{"bullets stay items", "We built:\n• 64 pumps in the\nnorth\n• 37 wells", "We built:\n• 64 pumps in the north\n• 37 wells"},
		{"numbered items stay items", "Steps\n1. Drill the\nborehole\n2) Fit the pump\n(a) Test it\n(iv) Hand it over", "Steps\n1. Drill the borehole\n2) Fit the pump\n(a) Test it\n(iv) Hand it over"},
		{"a hyphen ending a word before a small letter", "a well-\nknown charity", "a well-known charity"},
		{"a dash before a capital keeps its space", "the years 2023 -\nAnd more", "the years 2023 - And more"},
		{"a hyphen before a capital", "the Anglo-\nSaxon", "the Anglo- Saxon"},
		{"a soft hyphen goes", "the bore\u00ad\nhole", "the borehole"},
		{"one line", "Alone.", "Alone."},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinWrapped(tt.in); got != tt.want {
				t.Errorf("joinWrapped(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzJoinWrapped checks that joining wrapped lines loses no text: only
// line breaks become spaces (or go, after a hyphen), soft hyphens go, and
// no paragraph break is lost.
func FuzzJoinWrapped(f *testing.F) {
	for _, s := range []string{"a\nb", "a-\nb\n\n• c\nd", "x\u00ad\ny", "\n\n\n", "1. a\n2. b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := joinWrapped(s)
		strip := func(s string) string {
			return strings.NewReplacer("\n", "", " ", "", "\u00ad", "").Replace(s)
		}
		if strip(got) != strip(s) {
			t.Fatalf("joinWrapped(%q) = %q: text changed", s, got)
		}
		if strings.Count(got, "\n\n") != strings.Count(s, "\n\n") {
			t.Fatalf("joinWrapped(%q) = %q: paragraph breaks changed", s, got)
		}
	})
}

// TestTableRows checks that a table, its cells short and side by side on
// each line, is read row by row as a table (its first row the header),
// not column by column as running text is.
func TestTableRows(t *testing.T) {
	var b strings.Builder
	b.WriteString(line(72, 740, 16, "Project Heron status report"))
	rows := [][3]string{
		{"Milestone", "Baseline", "Forecast"},
		{"M1 Survey signed off", "14 Mar 2025", "14 Mar 2025"},
		{"M3 Trial dig complete", "30 Jun 2025", "15 Jul 2025"},
		{"M5 Report published", "6 Oct 2025", "6 Oct 2025"},
	}
	y := 700.0
	for _, r := range rows {
		b.WriteString(line(72, y, 10, r[0]))
		b.WriteString(line(260, y, 10, r[1]))
		b.WriteString(line(380, y, 10, r[2]))
		y -= 14
	}
	data := makePDF([]string{b.String()}, "", false)
	doc, err := Read(bytes.NewReader(data), int64(len(data)), "table.pdf")
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Sections[0].Text
	for _, want := range []string{
		"| Milestone | Baseline | Forecast |\n| --- | --- | --- |\n",
		"| M3 Trial dig complete | 30 Jun 2025 | 15 Jul 2025 |\n",
		"| M5 Report published | 6 Oct 2025 | 6 Oct 2025 |",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}
}
