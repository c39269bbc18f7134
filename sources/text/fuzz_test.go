package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// FuzzParse checks that any text parses without panic into sections whose
// every byte maps back into the source, in order of reading, and whose
// code ranges lie in their text, in order.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.[tm][xd]?")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), strings.HasSuffix(p, ".md"))
		}
	}
	for _, s := range []string{
		"Source: \"T,\" *O*. 1 May 2015. <http://x>\n\ntext\n",
		"> q\n- A Name\n\nSource: X\ntext",
		"# h #\n\n***a**_b_*\n\n```\nx\n",
		"---\ndate: 2015-05-01\n---\nGENEVA, May 3 (W) — x",
		"&amp;[a](b)![c](d)<e>`f`\\*",
		"T\nBy A B\nUpdated: 2 May 2015, 09:30\nPublished: 1 May 2015\n\nx.",
		"FOR IMMEDIATE RELEASE\nT\nDelivered 1 May 2015, Rome\n\nQ: x\nA: y",
		"From: A\nSent: Monday, 2 March 2020 09:14\nSubject: RE: x\n\ny\n\n-----Original Message-----\nFrom: B\nDate: 28 Feb 2020\nTo: A\n\nz\n\nOn 1 Mar 2020, B wrote:\n> q",
		"D, 2023\n\nMonday 3rd\nx.\n\nTues\ny.\n\n## Wednesday 5th April\n\nz\n\nThurs\n31st\nw",
		"| a | b |\n|---|:-:|\n| 1914 | x \\| y |\n| \n\n1914 A\n1916 B\n\n- 1917: c\n1. d",
		"IN THE COURT\nA DIVISION\n\nNo. 1\n\nFiled March 3, 2023\nDate: 21/05/2019\n\nx",
		"On 4 Mar 2020, B wrote:\n> x\n>\n> On 3 Mar 2020, A <a@b>\n> wrote:\n>>\n>> y\n>>> On 2 Mar 2020, C wrote:\n>>>> z",
		"T · Prepared for: x (2, 3) · Issued 3 March 2025\n\n*B, published 6 June 2024*\nRecorded 1 May 2015. Host: x, y.\n\n- a, 2–4 July 2024.\n- b, 5 May 2024",
		"# `a` b\n\n**x** &amp; `` c `d` `` [e](f) `g\n\n```\n2024-01-01\n```\n\n    h 2024\n\n> `i` ` ",
		"[12/03/2024, 09:15] Ana: x\ny\n[31/02/2024, 09:16] B: z\n12/03/24, 9:15 AM - C: w\n\n[2024-03-12 09:15:02] D:\n",
		"A\nB C\n\nThis Agreement (the \"A\") is made on 3 February 2025 (the \"E\")\n\nMinutes of the meeting of X held at Y, Z, on Monday 9 September 2024 at 7.00pm\n\nApproved by Q on 18 April\n2024.",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, src string, md bool) {
		if !utf8.ValidString(src) || strings.ContainsRune(src, '\r') {
			return // Decode guarantees both
		}
		done := make(chan *timeline.Document, 1)
		go func() { done <- Parse(src, "f", Options{Markdown: md}) }()
		var doc *timeline.Document
		select {
		case doc = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Parse(%q) takes over 10s", src)
		}
		last := -1
		for _, s := range doc.Sections {
			if s.Text == "" {
				t.Fatalf("empty section %+v", s)
			}
			if s.Pos.Offset < last {
				t.Fatalf("sections out of order at %d", s.Pos.Offset)
			}
			last = s.Pos.Offset
			for i := 0; i < len(s.Text); i++ {
				if p := s.PosAt(i); p.Offset < 0 || p.Offset >= len(src) || p.Line < 1 || p.Col < 1 {
					t.Fatalf("byte %d of %q maps to %+v", i, s.Text, p)
				}
			}
			if s.RefFrom != "" && s.Citation.Date.IsZero() {
				t.Fatalf("ref from %q without a date", s.RefFrom)
			}
			if err := checkCode(&s); err != nil {
				t.Fatal(err)
			}
			if !md && s.Code != nil {
				t.Fatalf("code %v in plain text", s.Code)
			}
			_ = DescribeRef(&s)
		}
	})
}

// FuzzAnalyze runs the shared analysis on a section another reader could
// make, with a range of it marked as code, which must stay in the text of
// the sections made of it, in order, and hold only bytes of that range.
func FuzzAnalyze(f *testing.F) {
	f.Add("Intro.\n\nSource: A, 1 May 2015\n\nText.", 3, 5, 0, 0)
	f.Add("WASHINGTON (AP) — x", 1, 1, 0, 10)
	f.Add("Meeting held on 9 April 2019.\n\nQ: x\nA: y", 2, 1, 16, 13)
	f.Add("N\n\nA\n\nPosted 1 May 2015\n\nx on Friday.\n\nB\n\ny.\n\n2 May 2015 | News\n\nC\n\nLEWES, 3 May 2015 – z", 1, 1, 0, 0)
	for _, tt := range analyzeCodeSeeds {
		f.Add(tt.text, 1, 1, tt.code[0], tt.code[1]-tt.code[0])
	}
	f.Fuzz(func(t *testing.T, text string, line, col, codeAt, codeLen int) {
		if !utf8.ValidString(text) || line < 1 || col < 1 || line > 1e6 || col > 1e6 {
			return
		}
		sec := timeline.Section{Text: text, Pos: timeline.Position{File: "f", Line: line, Col: col}}
		if codeAt >= 0 && codeLen > 0 && codeAt < len(text) {
			sec.Code = [][2]int{{codeAt, codeAt + min(codeLen, len(text)-codeAt)}}
		}
		code := ""
		if sec.Code != nil {
			code = text[sec.Code[0][0]:sec.Code[0][1]]
		}
		doc := &timeline.Document{Name: "f", Sections: []timeline.Section{sec}}
		Analyze(doc, Options{})
		for _, s := range doc.Sections {
			if p := s.PosAt(0); p.Line < line {
				t.Fatalf("position %+v before the section's start", p)
			}
			if err := checkCode(&s); err != nil {
				t.Fatal(err)
			}
			for _, c := range s.Code {
				// The white space at the ends of lines goes.
				if !strings.Contains(noSpace(code), noSpace(s.Text[c[0]:c[1]])) {
					t.Fatalf("code %q of the analysis is not in the code %q marked", s.Text[c[0]:c[1]], code)
				}
			}
		}
	})
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }
