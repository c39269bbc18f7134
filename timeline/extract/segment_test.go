package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, s.Of(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The war began. It ended!  Did it? Yes.",
			[]string{"The war began.", "It ended!", "Did it?", "Yes."}},
		{"title abbreviations", "Mr. Smith met Dr. Jones at St. Paul's. They talked.",
			[]string{"Mr. Smith met Dr. Jones at St. Paul's.", "They talked."}},
		{"number abbreviation", "He signed Order No. 5 in Dec. 2017. No. The order stood.",
			[]string{"He signed Order No. 5 in Dec. 2017.", "No.", "The order stood."}},
		{"month abbreviation before a day", "It opened on Jan. 3 and closed on Dec. 13, 2017. Then it reopened.",
			[]string{"It opened on Jan. 3 and closed on Dec. 13, 2017.", "Then it reopened."}},
		{"month abbreviation ending a sentence", "It closed in Dec. The next year it reopened.",
			[]string{"It closed in Dec.", "The next year it reopened."}},
		{"initials", "The U.S. President met John F. Kennedy Jr. in the U.S. The talks failed.",
			[]string{"The U.S. President met John F. Kennedy Jr. in the U.S.", "The talks failed."}},
		{"decimals and addresses", "Growth was 3.5 percent. See fmprc.gov.cn for more.",
			[]string{"Growth was 3.5 percent.", "See fmprc.gov.cn for more."}},
		{"sentence ending inside quotes", `He said "We will win." Then he left.`,
			[]string{`He said "We will win."`, "Then he left."}},
		{"question inside quotes", `"Is it true?" he asked. “Yes.” She nodded.`,
			[]string{`"Is it true?" he asked.`, "“Yes.”", "She nodded."}},
		{"comma inside quotes", `"It is a violation," Richardson said. Nothing followed.`,
			[]string{`"It is a violation," Richardson said.`, "Nothing followed."}},
		{"ellipses", "...Data should be collected, it said.... Human Rights Watch cited a resident... and more.",
			[]string{"...Data should be collected, it said....", "Human Rights Watch cited a resident... and more."}},
		{"paragraphs and hard wraps", "The first line\nwraps here. Second.\n\nA new paragraph without a stop\n\nAnother",
			[]string{"The first line\nwraps here.", "Second.", "A new paragraph without a stop", "Another"}},
		{"headings", "# Timeline of 1969\nApollo 11 landed in July.\n\nHistory\n=======\nIt was late.",
			[]string{"Timeline of 1969", "Apollo 11 landed in July.", "History", "It was late."}},
		{"lists", "Key dates:\n- 1914: war begins\n- 1918: war ends\n1. First item\n2) Second item",
			[]string{"Key dates:", "1914: war begins", "1918: war ends", "First item", "Second item"}},
		{"speaker turns", "Q: What is your response?\nA: It is false. We reject it.\nLU KANG: Next question.",
			[]string{"Q: What is your response?", "A: It is false.", "We reject it.", "LU KANG: Next question."}},
		{"emphasis after the stop", "It was reported by *The Times.* The end.",
			[]string{"It was reported by *The Times.*", "The end."}},
		{"empty", "", nil},
		{"only space", " \n\n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"and", "The war began in 1914, and it ended in 1918.", []string{"The war began in 1914", "it ended in 1918."}},
		{"semicolon", "Rome fell in 476; Byzantium lasted until 1453.", []string{"Rome fell in 476", "Byzantium lasted until 1453."}},
		{"no split inside quotes", `He said “we came, and we stayed” in 1990.`, []string{`He said “we came, and we stayed” in 1990.`}},
		{"no split on a list comma", "Police collect pictures, fingerprints and scans.", []string{"Police collect pictures, fingerprints and scans."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Clauses(tt.text, Segment{0, len(tt.text)}) {
				got = append(got, c.Of(tt.text))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Clauses(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith arrived on Jan. 3. He left.\n\n# Heading\n- item one\nQ: why? A: because.")
	f.Add(`"Is it?" he asked.... Then 3.5 percent, U.S. policy.`)
	f.Add("…\u00a0.\n=== \n.. ..")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad segment %+v after %d in %q", s, prev, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s.Of(text)) {
				t.Fatalf("segment %+v splits a rune in %q", s, text)
			}
			if strings.TrimSpace(s.Of(text)) != s.Of(text) {
				t.Fatalf("segment %q not trimmed", s.Of(text))
			}
			for _, c := range Clauses(text, s) {
				if c.Start < s.Start || c.End > s.End || c.End <= c.Start {
					t.Fatalf("clause %+v outside sentence %+v", c, s)
				}
			}
			prev = s.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat("Mr. Smith arrived in the U.S. on Jan. 3, 2017, and said: \"We will stay.\" "+
		"Growth was 3.5 percent... The talks failed. Q: Why? A: Because.\n\n", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
