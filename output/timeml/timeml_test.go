package timeml

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/internal/golden"
)

// layoutOf builds the Source of a small test document: the content between
// <TEXT> and </TEXT>, cut into tags, comments, references and character
// data. It stands in for the TimeML reader, which this package must not
// import; it knows only what the tests write.
func layoutOf(t testing.TB, doc string) (Source, string) {
	t.Helper()
	start := strings.Index(doc, "<TEXT>")
	end := strings.Index(doc, "</TEXT>")
	if start < 0 || end < start {
		t.Fatalf("no TEXT in %q", doc)
	}
	start += len("<TEXT>")
	src := Source{Bytes: []byte(doc)}
	var text strings.Builder
	tok := regexp.MustCompile(`<!--.*?-->|<(/?)([A-Z0-9]+)[^>]*?(/?)>|&#?[a-z0-9]+;|[^<&]+`)
	refs := map[string]string{"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": `"`}
	for _, m := range tok.FindAllStringSubmatchIndex(doc[start:end], -1) {
		s, e := start+m[0], start+m[1]
		tk := doc[s:e]
		p := Piece{Src: [2]int{s, e}}
		t0 := text.Len()
		switch {
		case strings.HasPrefix(tk, "<!--"):
			p.Kind = Markup
		case tk[0] == '<':
			p.Kind = Markup
			p.Close = m[3] > m[2]
			p.Name = doc[start+m[4] : start+m[5]]
			p.Empty = m[7] > m[6]
		case tk[0] == '&':
			p.Kind = Ref
			if n, err := strconv.Atoi(strings.Trim(tk, "&#;")); err == nil {
				text.WriteRune(rune(n))
			} else {
				text.WriteString(refs[tk])
			}
		default:
			p.Kind = Chars
			text.WriteString(tk)
		}
		p.Text = [2]int{t0, text.Len()}
		src.Pieces = append(src.Pieces, p)
	}
	return src, text.String()
}

// span returns the timex covering the first occurrence of s in text.
func span(t testing.TB, text, s string, typ, value string) Timex {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return Timex{Start: i, End: i + len(s), Type: typ, Value: value}
}

const goldenDoc = `<?xml version="1.0" ?>
<TimeML>
<DOCID>GOLDEN</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-12-13" functionInDocument="CREATION_TIME">Dec. 13, 2017</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">voted</EVENT> <TIMEX3 tid="t9" type="DATE" value="XXXX">Monday</TIMEX3> to close the bridge in <TIMEX3 tid="t10" type="DATE" value="2018">early 2018</TIMEX3>.
Repairs at Smith &amp; Sons will <EVENT eid="e2">last</EVENT> three months; <!-- note -->the <EVENT eid="e3">spring</EVENT> fair moves.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t9" relatedToTime="t0"/>
</TimeML>
`

func TestRewriteGolden(t *testing.T) {
	src, text := layoutOf(t, goldenDoc)
	timexes := []Timex{
		span(t, text, "Monday", "DATE", "2017-12-11"),
		{Start: strings.Index(text, "early 2018"), End: strings.Index(text, "early 2018") + len("early 2018"), Type: "DATE", Value: "2018", Mod: "START"},
		span(t, text, "three months", "DURATION", "P3M"),
		span(t, text, "the spring", "DATE", "2018-SP"),
	}
	var out bytes.Buffer
	placed, err := Rewrite(&out, src, timexes)
	if err != nil {
		t.Fatal(err)
	}
	if len(placed) != len(timexes) {
		t.Fatalf("placed %d of %d", len(placed), len(timexes))
	}
	golden.Check(t, "testdata/golden.tml", out.Bytes())
	checkOutput(t, goldenDoc, out.String(), placed)
}

// checkOutput checks what every rewrite must keep: the text between tags,
// the tags other than TIMEX3 in TEXT, everything outside TEXT, and tags
// that nest; and that the TIMEX3s written are the placed spans.
func checkOutput(t testing.TB, in, out string, placed []Timex) {
	t.Helper()
	strip := regexp.MustCompile(`<TIMEX3[^>]*>|</TIMEX3>`)
	cut := func(s string) (string, string, string) {
		a := strings.Index(s, "<TEXT>")
		b := strings.Index(s, "</TEXT>")
		return s[:a], s[a:b], s[b:]
	}
	inHead, inText, inTail := cut(in)
	outHead, outText, outTail := cut(out)
	if inHead != outHead || inTail != outTail {
		t.Fatalf("the document outside TEXT changed:\n%s", out)
	}
	if strip.ReplaceAllString(inText, "") != strip.ReplaceAllString(outText, "") {
		t.Fatalf("TEXT without TIMEX3 tags changed:\n%s", out)
	}
	// Nesting, and the spans of the new TIMEX3s.
	src, text := layoutOf(t, out)
	var stack []string
	var got []Timex
	for _, p := range src.Pieces {
		if p.Kind != Markup || p.Name == "" || p.Empty {
			continue
		}
		if !p.Close {
			stack = append(stack, p.Name)
			if p.Name == "TIMEX3" {
				got = append(got, Timex{Start: p.Text[0]})
			}
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != p.Name {
			t.Fatalf("</%s> does not nest (open: %v):\n%s", p.Name, stack, out)
		}
		stack = stack[:len(stack)-1]
		if p.Name == "TIMEX3" {
			got[len(got)-1].End = p.Text[0]
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed %v:\n%s", stack, out)
	}
	if len(got) != len(placed) {
		t.Fatalf("%d TIMEX3 in the output, %d placed", len(got), len(placed))
	}
	for i := range got {
		if got[i].Start != placed[i].Start || got[i].End != placed[i].End {
			t.Errorf("TIMEX3 %d at [%d,%d) %q, placed at [%d,%d)", i, got[i].Start, got[i].End,
				text[got[i].Start:got[i].End], placed[i].Start, placed[i].End)
		}
	}
}

func TestRewritePlacement(t *testing.T) {
	tests := []struct {
		name  string
		text  string // TEXT content
		spans [][2]int
		want  string // TEXT content out
	}{
		{"plain", "on Friday.", [][2]int{{3, 9}},
			`on <TIMEX3 tid="t1" type="DATE" value="V">Friday</TIMEX3>.`},
		{"same extent as an event: inside it", `on <EVENT eid="e1">Friday</EVENT>.`, [][2]int{{3, 9}},
			`on <EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="V">Friday</TIMEX3></EVENT>.`},
		{"encloses an event", `the <EVENT eid="e1">spring</EVENT> term`, [][2]int{{0, 10}},
			`<TIMEX3 tid="t1" type="DATE" value="V">the <EVENT eid="e1">spring</EVENT></TIMEX3> term`},
		{"event starts with it, ends inside", `<EVENT eid="e1">week</EVENT>end`, [][2]int{{0, 7}},
			`<TIMEX3 tid="t1" type="DATE" value="V"><EVENT eid="e1">week</EVENT>end</TIMEX3>`},
		{"inside an event", `<EVENT eid="e1">the war of 1812</EVENT>`, [][2]int{{11, 15}},
			`<EVENT eid="e1">the war of <TIMEX3 tid="t1" type="DATE" value="V">1812</TIMEX3></EVENT>`},
		{"crosses an event start: widened", `late <EVENT eid="e1">summer rains</EVENT>`, [][2]int{{0, 11}},
			`<TIMEX3 tid="t1" type="DATE" value="V">late <EVENT eid="e1">summer rains</EVENT></TIMEX3>`},
		{"crosses an event end: widened", `<EVENT eid="e1">pre-war</EVENT> years`, [][2]int{{4, 13}},
			`<TIMEX3 tid="t1" type="DATE" value="V"><EVENT eid="e1">pre-war</EVENT> years</TIMEX3>`},
		{"widening would overlap: narrowed", `May <EVENT eid="e1">5 June</EVENT>`, [][2]int{{0, 5}, {6, 10}},
			`<TIMEX3 tid="t1" type="DATE" value="V">May</TIMEX3> <EVENT eid="e1">5 <TIMEX3 tid="t2" type="DATE" value="V">June</TIMEX3></EVENT>`},
		{"narrowed into the next element", `<EVENT eid="e1">ab</EVENT><EVENT eid="e2">cd</EVENT> x`, [][2]int{{0, 1}, {1, 3}, {3, 4}},
			`<EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="V">a</TIMEX3>b</EVENT><EVENT eid="e2"><TIMEX3 tid="t2" type="DATE" value="V">c</TIMEX3><TIMEX3 tid="t3" type="DATE" value="V">d</TIMEX3></EVENT> x`},
		{"white space only: dropped", `<EVENT eid="e1">ab </EVENT><EVENT eid="e2">cd</EVENT>`, [][2]int{{0, 2}, {2, 3}, {3, 5}},
			`<EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="V">ab</TIMEX3> </EVENT><EVENT eid="e2"><TIMEX3 tid="t2" type="DATE" value="V">cd</TIMEX3></EVENT>`},
		{"old timexes removed", `<TIMEX3 tid="t5" type="DATE" value="1998">1998</TIMEX3> and <TIMEX3 tid="t6">now</TIMEX3>`, [][2]int{{9, 12}},
			`1998 and <TIMEX3 tid="t1" type="DATE" value="V">now</TIMEX3>`},
		{"old timex at the same place", `<TIMEX3 tid="t5">May 5</TIMEX3>`, [][2]int{{0, 5}},
			`<TIMEX3 tid="t1" type="DATE" value="V">May 5</TIMEX3>`},
		{"boundary inside a reference: snapped out", `x &#8217;98`, [][2]int{{3, 7}},
			`x <TIMEX3 tid="t1" type="DATE" value="V">&#8217;98</TIMEX3>`},
		{"adjacent spans", `2009-2010`, [][2]int{{0, 4}, {5, 9}},
			`<TIMEX3 tid="t1" type="DATE" value="V">2009</TIMEX3>-<TIMEX3 tid="t2" type="DATE" value="V">2010</TIMEX3>`},
		{"touching spans", `<EVENT eid="e1">ab</EVENT>cd`, [][2]int{{0, 2}, {2, 4}},
			`<EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="V">ab</TIMEX3></EVENT><TIMEX3 tid="t2" type="DATE" value="V">cd</TIMEX3>`},
		{"comment and empty element stay outside", `a<!-- c -->b<BR/>c`, [][2]int{{1, 2}},
			`a<!-- c --><TIMEX3 tid="t1" type="DATE" value="V">b</TIMEX3><BR/>c`},
		{"widened span keeps the element's white space", `<EVENT eid="e1"> x</EVENT>yz`, [][2]int{{1, 3}},
			`<TIMEX3 tid="t1" type="DATE" value="V"><EVENT eid="e1"> x</EVENT>y</TIMEX3>z`},
		{"narrowed span trimmed", `a <EVENT eid="e1">b c</EVENT> d<EVENT eid="e2">e</EVENT>`, [][2]int{{2, 3}, {4, 7}, {7, 8}},
			`a <EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="V">b</TIMEX3> c</EVENT> <TIMEX3 tid="t2" type="DATE" value="V">d</TIMEX3><EVENT eid="e2"><TIMEX3 tid="t3" type="DATE" value="V">e</TIMEX3></EVENT>`},
		{"untrimmed input span", "on  Friday ", [][2]int{{2, 11}},
			`on  <TIMEX3 tid="t1" type="DATE" value="V">Friday</TIMEX3> `},
		{"at the end of TEXT", "in 1998", [][2]int{{3, 7}},
			`in <TIMEX3 tid="t1" type="DATE" value="V">1998</TIMEX3>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "<TimeML><TEXT>" + tt.text + "</TEXT></TimeML>"
			src, _ := layoutOf(t, doc)
			var timexes []Timex
			for _, s := range tt.spans {
				timexes = append(timexes, Timex{Start: s[0], End: s[1], Type: "DATE", Value: "V"})
			}
			var out bytes.Buffer
			placed, err := Rewrite(&out, src, timexes)
			if err != nil {
				t.Fatal(err)
			}
			want := "<TimeML><TEXT>" + tt.want + "</TEXT></TimeML>"
			if out.String() != want {
				t.Errorf("got  %s\nwant %s", out.String(), want)
			}
			checkOutput(t, doc, out.String(), placed)
		})
	}
}

func TestRewriteAttributes(t *testing.T) {
	doc := "<TimeML><TEXT>every Monday</TEXT></TimeML>"
	src, _ := layoutOf(t, doc)
	var out bytes.Buffer
	_, err := Rewrite(&out, src, []Timex{{Start: 0, End: 12, Type: "SET", Value: `XXXX-WXX-1`, Mod: "A&B", Quant: "EVERY", Freq: `"1X"`}})
	if err != nil {
		t.Fatal(err)
	}
	want := `<TimeML><TEXT><TIMEX3 tid="t1" type="SET" value="XXXX-WXX-1" mod="A&amp;B" quant="EVERY" freq="&quot;1X&quot;">every Monday</TIMEX3></TEXT></TimeML>`
	if out.String() != want {
		t.Errorf("got  %s\nwant %s", out.String(), want)
	}
}

func TestRewriteErrors(t *testing.T) {
	doc := "<TimeML><TEXT>on <EVENT>Friday</EVENT></TEXT></TimeML>"
	good, _ := layoutOf(t, doc)
	broken := func(f func(*Source)) Source {
		s := Source{Bytes: good.Bytes, Pieces: append([]Piece(nil), good.Pieces...)}
		f(&s)
		return s
	}
	tests := []struct {
		name    string
		src     Source
		timexes []Timex
		want    string
	}{
		{"gap", broken(func(s *Source) { s.Pieces[1].Src[0]++ }), nil, "starts at byte"},
		{"text gap", broken(func(s *Source) { s.Pieces[1].Text = [2]int{4, 4} }), nil, "text span"},
		{"outside", broken(func(s *Source) { s.Pieces[3].Src[1] = 999 }), nil, "outside the document"},
		{"unbalanced", broken(func(s *Source) { s.Pieces = s.Pieces[:3] }), nil, "not closed"},
		{"mismatched", broken(func(s *Source) { s.Pieces[3].Name = "SIGNAL" }), nil, "does not close"},
		{"chars length", broken(func(s *Source) { s.Pieces[0].Text[1]++ }), nil, "different lengths"},
		{"empty span", good, []Timex{{Start: 3, End: 3}}, "outside the text"},
		{"past the end", good, []Timex{{Start: 3, End: 10}}, "outside the text"},
		{"out of order", good, []Timex{{Start: 3, End: 9}, {Start: 0, End: 2}}, "overlaps"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Rewrite(&bytes.Buffer{}, tt.src, tt.timexes)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrLayout) {
				t.Errorf("error %v, want ErrLayout containing %q", err, tt.want)
			}
		})
	}
}

// FuzzRewrite places arbitrary spans in a document with events, references
// and comments, and checks that the output keeps the text, keeps the other
// tags, and nests.
func FuzzRewrite(f *testing.F) {
	f.Add(uint64(0x0102030405060708), uint8(3))
	f.Add(uint64(0xfedcba9876543210), uint8(9))
	f.Add(uint64(42), uint8(1))
	doc := `<TimeML><DCT><TIMEX3 tid="t0">x</TIMEX3></DCT><TEXT>
The <EVENT eid="e1">war</EVENT> of <TIMEX3 tid="t1">1812</TIMEX3> &amp; <SIGNAL sid="s1">after</SIGNAL> it<!-- c -->, the <EVENT eid="e2">long peace</EVENT><BR/> of <TIMEX3 tid="t2">the 1820s</TIMEX3>.
</TEXT><TLINK/></TimeML>`
	src, text := layoutOf(f, doc)
	f.Fuzz(func(t *testing.T, seed uint64, n uint8) {
		// Derive sorted, non-overlapping spans from the seed.
		var timexes []Timex
		pos := 0
		for i := 0; i < int(n%8) && pos < len(text); i++ {
			gap := int(seed % 7)
			seed /= 7
			length := 1 + int(seed%9)
			seed /= 9
			s := pos + gap
			e := min(s+length, len(text))
			if s >= e {
				break
			}
			timexes = append(timexes, Timex{Start: s, End: e, Type: "DATE", Value: "V"})
			pos = e
			seed = seed*6364136223846793005 + 1442695040888963407
		}
		var out bytes.Buffer
		placed, err := Rewrite(&out, src, timexes)
		if err != nil {
			t.Fatal(err)
		}
		checkOutput(t, doc, out.String(), placed)
		for i, p := range placed {
			if i > 0 && p.Start < placed[i-1].End {
				t.Fatalf("placed spans overlap: %+v", placed)
			}
		}
	})
}

func BenchmarkRewrite(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<TimeML><TEXT>\n")
	for range 500 {
		sb.WriteString(`The <EVENT eid="e1">talks</EVENT> resumed on <TIMEX3 tid="t1" type="DATE" value="2017-12-11">Monday</TIMEX3> &amp; ended in 2018.` + "\n")
	}
	sb.WriteString("</TEXT></TimeML>")
	doc := sb.String()
	src, text := layoutOf(b, doc)
	var timexes []Timex
	for i := 0; ; {
		j := strings.Index(text[i:], "Monday")
		if j < 0 {
			break
		}
		timexes = append(timexes, Timex{Start: i + j, End: i + j + 6, Type: "DATE", Value: "2017-12-11"})
		i += j + 6
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Rewrite(&bytes.Buffer{}, src, timexes); err != nil {
			b.Fatal(err)
		}
	}
}
