package text

import (
	"strings"
	"testing"
)

// TestCommentHeads: a page's comments, each under a line with its writer
// and its day, are read against their own days, and no comment is a
// statement of its day; a byline alone, or a document's part named with a
// day, is no comment.
func TestCommentHeads(t *testing.T) {
	page := "# Galette\n\nPosted on 2 July 2024\n\nBake it in a hot oven.\n\n## Comments\n\n" +
		"**Jo** — 3 August 2024 at 9:14 pm\nMade this on Sunday for my mum.\n\n" +
		"Sam Reid · 21 July 2025, 07:02\nMaking it this weekend.\n"
	doc := Parse(page, "g.md", Options{Markdown: true})
	want := map[string]string{"Made this on Sunday": "2024-08-03", "Making it this weekend": "2025-07-21"}
	for _, sec := range doc.Sections {
		for k, d := range want {
			if strings.Contains(sec.Text, k) {
				if sec.Citation.Date.String() != d || sec.Statement {
					t.Errorf("%q: date %s statement %v, want %s and no statement\n%s", k, sec.Citation.Date, sec.Statement, d, dump(doc))
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v\n%s", want, dump(doc))
	}
	for _, tc := range []struct{ line, want string }{
		{"**Jo** — 3 August 2024 at 9:14 pm", "2024-08-03"},
		{"Sam Reid · 12 Mar 2025, 08:40", "2025-03-12"},
		{"Ana María López | 1 May 2025", "2025-05-01"},
		{"Jo — 3 August 2024", ""},               // one word, not bold: a heading's word
		{"Transcript — 11 August 2018", ""},      // a document
		{"Board Meeting — 3 May 2024", ""},       // a document
		{"MANCHESTER — Jan. 14, 2024", ""},       // a dateline
		{"**Jo** — 3 August", ""},                // no year
		{"**Jo** — the day after the storm", ""}, // no day
	} {
		got := ""
		if h, ok := commentHead(tc.line); ok {
			got = ymdString(h)
		}
		if got != tc.want {
			t.Errorf("commentHead(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func ymdString(h dayHead) string {
	return ymd(h.y, h.m, h.d).Format("2006-01-02")
}
