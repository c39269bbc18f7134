package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// checkCode reports what breaks the rule of Section.Code in s: every range
// not empty, inside Text, in increasing order and apart from the others.
func checkCode(s *timeline.Section) error {
	last := -1
	for i, c := range s.Code {
		if c[0] < 0 || c[1] > len(s.Text) || c[0] >= c[1] || c[0] <= last {
			return fmt.Errorf("code range %d %v out of order or out of the text (%d bytes): %v", i, c, len(s.Text), s.Code)
		}
		last = c[1]
	}
	return nil
}

// codeOf returns the code of a document's sections, each range's text.
func codeOf(t *testing.T, doc *timeline.Document, src string) []string {
	t.Helper()
	var out []string
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if err := checkCode(s); err != nil {
			t.Fatalf("section %d: %v\n%s", i, err, dump(doc))
		}
		for _, c := range s.Code {
			code := s.Text[c[0]:c[1]]
			out = append(out, code)
			// The range maps to where the code is written.
			first, _, _ := strings.Cut(code, "\n")
			if p := s.PosAt(c[0]); src != "" && !strings.HasPrefix(src[p.Offset:], first) {
				t.Errorf("code %q is placed at %d:%d, where the source reads %.20q", code, p.Line, p.Col, src[p.Offset:])
			}
		}
	}
	return out
}

// TestCode checks that the code of a Markdown document, code spans and
// code blocks, is marked in Section.Code exactly, whatever markup was
// removed before it, and that the prose around it is not.
func TestCode(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		md    bool
		code  []string // the text of each range, in order
		prose []string // dates of the prose: in no range
	}{
		{
			name:  "a code span and a date beside it",
			in:    "## [2.3.0] - 2024-05-14\n\n- `--since 2024-01-01` filter for the `log` command, added on 3 May 2024.\n",
			md:    true,
			code:  []string{"--since 2024-01-01", "log"},
			prose: []string{"3 May 2024", "2024-05-14"},
		},
		{
			name:  "emphasis and a link before the span",
			in:    "**Fixed:** the [parser](https://example.com/p) lost the offset of `2023-11-05T01:30:00-04:00` until 29 February 2024.\n",
			md:    true,
			code:  []string{"2023-11-05T01:30:00-04:00"},
			prose: []string{"29 February 2024"},
		},
		{
			name:  "an entity and an escape before the span",
			in:    "Fish &amp; chips \\*daily\\*: run `cron 2024-01-01` from 2 March 2024.\n",
			md:    true,
			code:  []string{"cron 2024-01-01"},
			prose: []string{"2 March 2024"},
		},
		{
			name:  "a span of two backticks holding one",
			in:    "The ``echo `date` 2024-01-01`` line ran on 5 June 2023.\n",
			md:    true,
			code:  []string{"echo `date` 2024-01-01"},
			prose: []string{"5 June 2023"},
		},
		{
			name:  "a span opening the paragraph",
			in:    "`2024-01-01` is the default; it changed on 2 May 2024.\n",
			md:    true,
			code:  []string{"2024-01-01"},
			prose: []string{"2 May 2024"},
		},
		{
			name:  "emphasis inside a span is code",
			in:    "Call `*since* 2024-01-01` after 7 May 2024.\n",
			md:    true,
			code:  []string{"*since* 2024-01-01"},
			prose: []string{"7 May 2024"},
		},
		{
			name:  "spans on two lines of a list",
			in:    "- 12 May 2024: `v1 2024-05-12`\n- 13 May 2024: `v2 2024-05-13`\n",
			md:    true,
			code:  []string{"v1 2024-05-12", "v2 2024-05-13"},
			prose: []string{"12 May 2024", "13 May 2024"},
		},
		{
			name:  "a span in a quote block",
			in:    "Intro on 1 May 2024.\n\n> We saw `ERROR 2024-04-30` on 30 April 2024.\n",
			md:    true,
			code:  []string{"ERROR 2024-04-30"},
			prose: []string{"1 May 2024", "30 April 2024"},
		},
		{
			name:  "a span in a heading",
			in:    "# The `--since 2024-01-01` flag\n\nIt shipped on 14 May 2024.\n",
			md:    true,
			code:  []string{"--since 2024-01-01"},
			prose: []string{"14 May 2024"},
		},
		{
			name:  "a fenced code block",
			in:    "Released on 3 May 2024.\n\n```sh\n$ tidelog log --since 2024-01-01\n2024-01-02 deploy\n```\n\nPatched on 4 May 2024.\n",
			md:    true,
			code:  []string{"$ tidelog log --since 2024-01-01\n2024-01-02 deploy"},
			prose: []string{"3 May 2024", "4 May 2024"},
		},
		{
			name:  "a tilde fence",
			in:    "Released on 3 May 2024.\n\n~~~\nlast run 2024-01-01\n~~~\n",
			md:    true,
			code:  []string{"last run 2024-01-01"},
			prose: []string{"3 May 2024"},
		},
		{
			name:  "an indented code block",
			in:    "Released on 3 May 2024.\n\n    tidelog log --since 2024-01-01\n    tidelog log --until 2024-02-01\n\nPatched on 4 May 2024.\n",
			md:    true,
			code:  []string{"tidelog log --since 2024-01-01\ntidelog log --until 2024-02-01"},
			prose: []string{"3 May 2024", "4 May 2024"},
		},
		{
			name:  "an unclosed backtick is no span",
			in:    "The ` key was remapped on 3 May 2024.\n",
			md:    true,
			prose: []string{"3 May 2024"},
		},
		{
			name:  "plain text has no code spans",
			in:    "Run `--since 2024-01-01` from 3 May 2024.\n",
			prose: []string{"3 May 2024"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.md", Options{Markdown: tt.md})
			checkPositions(t, doc, tt.in)
			got := codeOf(t, doc, tt.in)
			if strings.Join(got, "|") != strings.Join(tt.code, "|") || len(got) != len(tt.code) {
				t.Errorf("code = %q, want %q\n%s", got, tt.code, dump(doc))
			}
			for _, p := range tt.prose {
				found := false
				for i := range doc.Sections {
					s := &doc.Sections[i]
					if k := strings.Index(s.Text, p); k >= 0 {
						found = true
						if s.InCode(k) {
							t.Errorf("%q is marked code", p)
						}
					}
				}
				if !found {
					t.Errorf("%q is not in the text\n%s", p, dump(doc))
				}
			}
		})
	}
}

// TestAnalyzeCode checks that the code another reader marked (an HTML
// <code>) stays marked, on the same text, through the analysis, and that
// what looks like markup inside it is kept as written.
func TestAnalyzeCode(t *testing.T) {
	tests := []struct {
		name string
		secs []timeline.Section
		code []string
	}{
		{
			name: "code in a paragraph after emphasis",
			secs: []timeline.Section{{Text: "The *new* flag --since 2024-01-01 came on 3 May 2024.", Code: [][2]int{{15, 33}}}},
			code: []string{"--since 2024-01-01"},
		},
		{
			name: "markup inside the code is kept",
			secs: []timeline.Section{{Text: "Call f(*args*, `2024-01-01`) on 3 May 2024.", Code: [][2]int{{5, 28}}}},
			code: []string{"f(*args*, `2024-01-01`)"},
		},
		{
			name: "code in a heading and in a paragraph split off a header",
			secs: []timeline.Section{
				{Kind: timeline.Heading, Text: "  The log_2024 table  ", Code: [][2]int{{6, 14}}},
				{Text: "Published: 4 May 2024\n\nIt holds 2024-01-01 and more rows since 3 May 2024.", Code: [][2]int{{32, 42}}},
			},
			code: []string{"log_2024", "2024-01-01"},
		},
		{
			name: "a block of code between paragraphs",
			secs: []timeline.Section{{Text: "Run this on 3 May 2024:\n\n$ tidelog --since 2024-01-01\n\nThen wait.", Code: [][2]int{{25, 53}}}},
			code: []string{"$ tidelog --since 2024-01-01"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for _, s := range tt.secs {
				for _, c := range s.Code {
					want = append(want, s.Text[c[0]:c[1]])
				}
			}
			if strings.Join(want, "|") != strings.Join(tt.code, "|") {
				t.Fatalf("the test's ranges give %q, not %q", want, tt.code)
			}
			doc := &timeline.Document{Name: "t.html", Sections: tt.secs}
			Analyze(doc, Options{})
			got := codeOf(t, doc, "")
			if strings.Join(got, "|") != strings.Join(tt.code, "|") || len(got) != len(tt.code) {
				t.Errorf("code = %q, want %q\n%s", got, tt.code, dump(doc))
			}
		})
	}
}

// analyzeCodeSeeds seed FuzzAnalyze: a text and the range of it marked as
// code.
var analyzeCodeSeeds = []struct {
	text string
	code [2]int
}{
	{"The *new* flag --since 2024-01-01 came on 3 May 2024.", [2]int{15, 33}},
	{"Call f(*args*, `2024-01-01`) on 3 May 2024.", [2]int{5, 28}},
	{"Run this on 3 May 2024:\n\n$ tidelog --since 2024-01-01\n\nThen wait.", [2]int{25, 53}},
	{"Published: 4 May 2024\n\n  x_2024_y &amp; [a](b)  \n\nz", [2]int{23, 50}},
}
