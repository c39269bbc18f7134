package text

import (
	"github.com/chronicle-project/chronicle/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

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

func readFile(t testing.TB, path string, opt Options) (*timeline.Document, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, _, err := Decode(b, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".md") {
		opt.Markdown = true
	}
	return Parse(src, filepath.Base(path), opt), src
}

func date(t testing.TB, v string) timeline.Date {
	t.Helper()
	if v == "" {
		return timeline.Date{}
	}
	d, err := timeline.ParseDate(v)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSeed(t *testing.T) {
	doc, src := readFile(t, seedPath(t), Options{})
	type want struct {
		kind      timeline.SectionKind
		prefix    string
		title     string
		outlet    string
		url       string
		date      string
		refFrom   string
		statement bool
	}
	const (
		hrwTitle = "Rights group criticizes China for mass DNA collection in Xinjiang"
		hrwURL   = "https://thehimalayantimes.com/world/rights-group-criticizes-china-for-mass-dna-collection-in-xinjiang/"
		mfaTitle = "Foreign Ministry Spokesperson Lu Kang’s Regular Press Conference on December 13, 2017"
		mfa      = "Ministry of Foreign Affairs of the People’s Republic of China"
		mfaURL   = "http://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/t1519191.shtml"
		title    = `China's "Physicals for All" Program in Xinjiang`
	)
	wants := []want{
		{kind: timeline.Heading, prefix: title, title: title},
		{kind: timeline.Body, prefix: "OE Watch Commentary: The accompanying excerpt from Nepal's largest selling English daily, The Himalayan Times, reports", title: title},
		{kind: timeline.CitationLine, prefix: "End OE Watch Commentary (Shanks)", title: title},
		{kind: timeline.Excerpt, prefix: "“The mandatory data-banking", title: hrwTitle, outlet: "Human Rights Watch", url: hrwURL, date: "2017-12-13", refFrom: "citation"},
		{kind: timeline.CitationLine, prefix: "- Human Rights Watch, China director Sophie Richardson", title: title},
		{kind: timeline.CitationLine, prefix: `Source: "Rights group`, title: hrwTitle, outlet: "The Himalayan Times", url: hrwURL, date: "2017-12-13", refFrom: "citation"},
		{kind: timeline.Excerpt, prefix: "Chinese authorities have collected DNA", title: hrwTitle, outlet: "The Himalayan Times", url: hrwURL, date: "2017-12-13", refFrom: "citation"},
		{kind: timeline.CitationLine, prefix: `Source: "Foreign Ministry Spokesperson`, title: mfaTitle, outlet: mfa, url: mfaURL, date: "2017-12-13", refFrom: "citation"},
		{kind: timeline.Excerpt, prefix: "Q: According to reports", title: mfaTitle, outlet: mfa, url: mfaURL, date: "2017-12-13", refFrom: "citation", statement: true},
	}
	if doc.Title != title {
		t.Errorf("Title = %q, want %q", doc.Title, title)
	}
	if len(doc.Sections) != len(wants) {
		t.Fatalf("got %d sections, want %d:\n%s", len(doc.Sections), len(wants), dump(doc))
	}
	for i, w := range wants {
		s := doc.Sections[i]
		c := s.Citation
		if s.Kind != w.kind || !strings.HasPrefix(s.Text, w.prefix) || c.Title != w.title || c.Outlet != w.outlet ||
			c.URL != w.url || c.Date != date(t, w.date) || s.RefFrom != w.refFrom || s.Statement != w.statement {
			t.Errorf("section %d:\n got %+v\nwant %+v", i, s, w)
		}
	}
	// The commentary stops before its end marker, and holds no markup.
	body := doc.Sections[1].Text
	if !strings.HasSuffix(body, "for what it is.") || strings.ContainsAny(body, "*") {
		t.Errorf("commentary text ends %q", body[max(0, len(body)-60):])
	}
	// Excerpt 1 runs to the second citation and keeps its paragraphs.
	ex1 := doc.Sections[6].Text
	if strings.Count(ex1, "\n\n") != 3 || !strings.HasSuffix(ex1, "from the health checks.") {
		t.Errorf("excerpt 1 = %q", ex1)
	}
	checkPositions(t, doc, src)
}

// checkPositions verifies that every byte of every section maps back to
// the same byte of the source, or to a space where the reader blanked a
// page's running head (see blankRunning), at a line and column consistent with its
// offset.
func checkPositions(t testing.TB, doc *timeline.Document, src string) {
	t.Helper()
	blanked := blankRunning(src) // running heads read as spaces, in place
	for si, s := range doc.Sections {
		for i := 0; i < len(s.Text); i++ {
			p := s.PosAt(i)
			if p.Offset < 0 || p.Offset >= len(src) {
				t.Fatalf("section %d byte %d: offset %d out of range", si, i, p.Offset)
			}
			want := timeline.PositionAt(timeline.Position{File: p.File}, src, p.Offset)
			if p.Line != want.Line || p.Col != want.Col {
				t.Fatalf("section %d byte %d: position %d:%d, offset %d is at %d:%d", si, i, p.Line, p.Col, p.Offset, want.Line, want.Col)
			}
			if s.Text[i] != blanked[p.Offset] && !inLiteral(s, i) && !inSeparator(s, i) {
				t.Fatalf("section %d byte %d: text %q, source %q at %d:%d", si, i, s.Text[i], src[p.Offset], p.Line, p.Col)
			}
		}
	}
}

// inLiteral reports whether byte i of s was written by the reader (an
// entity it decoded) rather than copied: the segment holding it is short
// and its bytes differ from the source.
func inLiteral(s timeline.Section, i int) bool {
	k := len(s.Segments) - 1
	for k > 0 && s.Segments[k].Off > i {
		k--
	}
	if k < 0 {
		return false
	}
	end := len(s.Text)
	if k+1 < len(s.Segments) {
		end = s.Segments[k+1].Off
	}
	return end-s.Segments[k].Off <= 8
}

// inSeparator reports whether byte i is the blank line a section puts
// between two blocks, which stands for however many blank lines the source
// had.
func inSeparator(s timeline.Section, i int) bool {
	return s.Text[i] == '\n'
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.[tm][xd]*")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, seedPath(t))
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc, src := readFile(t, f, Options{})
			got := dump(doc)
			name := filepath.Base(f)
			if !strings.HasPrefix(f, "testdata") {
				name = "seed.txt"
			}
			golden.Check(t, filepath.Join("testdata", name+".json"), got)
			checkPositions(t, doc, src)
		})
	}
}

// TestMarkdownFootnotes: a Markdown footnote's definition ("[^1]: FAO,
// ...") is a citation line, no text of the document's events.
func TestMarkdownFootnotes(t *testing.T) {
	in := "# Report\n\nUrea reached a peak in April 2022.[^1] Prices began to ease in 2023.\n\n[^1]: FAO, \"Food Outlook,\" 9 June 2022, p. 14.\n"
	doc := Parse(in, "r.md", Options{})
	for _, s := range doc.Sections {
		if strings.Contains(s.Text, "Food Outlook") && s.Kind != timeline.CitationLine {
			t.Errorf("footnote in a %v section: %q", s.Kind, s.Text)
		}
	}
}

// TestAboutNote: the note on the sender that closes a press release
// ("About the Coalition for Safe Passage¶The Coalition ... founded in
// 2015 ...") is boilerplate, no story; an "About us" page is its story.
func TestAboutNote(t *testing.T) {
	in := "GENEVA, 14 June 2022 — The Coalition today called for an inquiry into the sinking of a boat off Libya.\n\nAbout the Coalition for Safe Passage\nThe Coalition is a network of 40 organisations founded in 2015.\n"
	for _, s := range Parse(in, "r.txt", Options{}).Sections {
		if strings.Contains(s.Text, "founded in 2015") && s.Kind == timeline.Body {
			t.Errorf("the sender's note is body text: %q", s.Text)
		}
	}
	page := "About us\n\nWe were founded in 1990 by two engineers.\n"
	found := false
	for _, s := range Parse(page, "about.txt", Options{}).Sections {
		found = found || strings.Contains(s.Text, "founded in 1990") && s.Kind == timeline.Body
	}
	if !found {
		t.Errorf("an About page lost its story")
	}
}
