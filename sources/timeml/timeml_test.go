package timeml

import (
	"errors"
	"github.com/chronicle-project/chronicle/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestParseSmall(t *testing.T) {
	doc, src, err := ReadFile("testdata/small.tml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.DocID != "TEST_20171213" {
		t.Errorf("DocID = %q", doc.DocID)
	}
	if doc.DCT == nil || doc.DCT.TID != "t0" || doc.DCT.Value != "2017-12-13" {
		t.Fatalf("DCT = %+v", doc.DCT)
	}
	if want := (timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}); doc.Ref != want {
		t.Errorf("Ref = %v, want %v", doc.Ref, want)
	}
	wantText := "\nThe council voted on Monday to close the \"old\" bridge early next month.\n" +
		"Repairs will take three months, the mayor \u2019s office said.\n"
	if doc.Text != wantText {
		t.Errorf("Text = %q\nwant   %q", doc.Text, wantText)
	}
	want := []struct{ tid, typ, value, mod, text string }{
		{"t1", "DATE", "2017-12-11", "", "Monday"},
		{"t2", "DATE", "2018-01", "START", "early next month"},
		{"t3", "DURATION", "P3M", "", "three months"},
	}
	if len(doc.Timexes) != len(want) {
		t.Fatalf("%d timexes, want %d", len(doc.Timexes), len(want))
	}
	for i, w := range want {
		g := doc.Timexes[i]
		if g.TID != w.tid || g.Type != w.typ || g.Value != w.value || g.Mod != w.mod || g.Text != w.text {
			t.Errorf("timex %d = %+v, want %+v", i, g, w)
		}
		if doc.Text[g.Start:g.End] != w.text {
			t.Errorf("timex %d: Text[%d:%d] = %q", i, g.Start, g.End, doc.Text[g.Start:g.End])
		}
		// The offset map points at the same characters in the file.
		if s := string(src[doc.SourceOffset(g.Start) : doc.SourceOffset(g.End-1)+1]); s != w.text {
			t.Errorf("timex %d: source bytes %q", i, s)
		}
	}
	if v, ok := doc.Timexes[1].Attr("mod"); !ok || v != "START" {
		t.Errorf("Attr(mod) = %q, %v", v, ok)
	}
	if doc.TextPos.Line != 7 || doc.TextPos.Col != 7 {
		t.Errorf("TextPos = %+v, want line 7 col 7", doc.TextPos)
	}
	checkPieces(t, doc, src)
}

// checkPieces verifies the layout invariants: pieces tile the TEXT content
// of the file, Chars pieces copy their bytes, and the pieces' texts add up
// to Document.Text.
func checkPieces(t *testing.T, doc *Document, src []byte) {
	t.Helper()
	var text strings.Builder
	for i, p := range doc.Pieces {
		if i == 0 && p.Src[0] != doc.TextPos.Offset {
			t.Fatalf("first piece starts at %d, TEXT content at %d", p.Src[0], doc.TextPos.Offset)
		}
		if i > 0 && p.Src[0] != doc.Pieces[i-1].Src[1] {
			t.Fatalf("piece %d starts at %d, the previous ends at %d", i, p.Src[0], doc.Pieces[i-1].Src[1])
		}
		if p.Text[0] != text.Len() {
			t.Fatalf("piece %d text starts at %d, want %d", i, p.Text[0], text.Len())
		}
		seg := doc.Text[p.Text[0]:p.Text[1]]
		switch p.Kind {
		case Chars:
			if seg != string(src[p.Src[0]:p.Src[1]]) {
				t.Fatalf("piece %d: chars %q, source %q", i, seg, src[p.Src[0]:p.Src[1]])
			}
		case Markup:
			if seg != "" || src[p.Src[0]] != '<' || src[p.Src[1]-1] != '>' {
				t.Fatalf("piece %d: markup %q yields %q", i, src[p.Src[0]:p.Src[1]], seg)
			}
		}
		text.WriteString(seg)
	}
	if text.String() != doc.Text {
		t.Fatalf("pieces yield %q, Text is %q", text.String(), doc.Text)
	}
}

func TestParseErrors(t *testing.T) {
	const head = "<TimeML>\n<TEXT>"
	tests := []struct {
		name, src, want string
	}{
		{"no text", "<TimeML><DOCID>x</DOCID></TimeML>", "x.tml:1:34: no TEXT element"},
		{"two texts", "<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>", "x.tml:1:23: second TEXT element"},
		{"unclosed", head + "a <EVENT>b</TEXT></TimeML>", "x.tml:2:17: </TEXT> closes <EVENT> opened at 2:9"},
		{"eof", head + "abc", "x.tml:2:10: end of file inside <TEXT> opened at 2:1"},
		{"stray close", "</TEXT>", "x.tml:1:1: </TEXT> closes no open element"},
		{"bad entity", head + "a &nbsp; b</TEXT></TimeML>", "x.tml:2:9: unknown entity &nbsp;"},
		{"bare amp", head + "AT&T</TEXT></TimeML>", "x.tml:2:9: '&' that starts no reference"},
		{"bare lt", head + "a < b</TEXT></TimeML>", "x.tml:2:9: '<' that starts no tag"},
		{"bad charref", head + "&#xZZ;</TEXT></TimeML>", "x.tml:2:7: bad character reference"},
		{"nul charref", head + "&#0;</TEXT></TimeML>", "bad character reference"},
		{"unquoted", head + "<TIMEX3 tid=t1>x</TIMEX3></TEXT></TimeML>", "x.tml:2:19: expected a quoted value"},
		{"dup attr", head + "<TIMEX3 tid=\"t1\" tid=\"t2\">x</TIMEX3></TEXT></TimeML>", "attribute tid given twice"},
		{"no space", head + "<TIMEX3 tid=\"t1\"type=\"DATE\">x</TIMEX3></TEXT></TimeML>", "expected a space before the attribute"},
		{"unterminated tag", head + "<EVENT eid=\"e1\"", "unterminated tag <EVENT"},
		{"unterminated value", head + "<EVENT eid=\"e1>x</EVENT>", "'<' in the value of attribute eid"},
		{"nested timex", head + "<TIMEX3 tid=\"t1\"><TIMEX3 tid=\"t2\">x</TIMEX3></TIMEX3></TEXT></TimeML>", "x.tml:2:24: TIMEX3 inside TIMEX3"},
		{"empty timex", head + "<TIMEX3 tid=\"t1\"/></TEXT></TimeML>", "empty TIMEX3 in TEXT"},
		{"comment", head + "<!-- open", "x.tml:2:7: unterminated comment"},
		{"cdata", head + "<![CDATA[ x", "unterminated CDATA section"},
		{"bad dct", "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2017-13-01\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT></TEXT></TimeML>",
			"x.tml:1:14: creation time: invalid TIMEX3 value"},
		{"vague dct", "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"PRESENT_REF\">x</TIMEX3></DCT><TEXT></TEXT></TimeML>", "is not a date"},
		{"two dcts", "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2017\">x</TIMEX3><TIMEX3 tid=\"t9\" value=\"2016\">y</TIMEX3></DCT><TEXT></TEXT></TimeML>", "second creation time (the first is at 1:14)"},
		{"invalid utf8", head + "caf\xe9</TEXT></TimeML>", "x.tml:2:10: TEXT is not valid UTF-8"},
		{"close name", head + "</ >", "'</' without an element name"},
		{"close junk", head + "</TEXT x>", "expected '>' to end </TEXT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("x.tml", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; doc %+v", doc)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("error %v does not wrap ErrSyntax", err)
			}
			var te *timeline.Error
			if !errors.As(err, &te) || te.Pos.File != "x.tml" || te.Pos.Line == 0 {
				t.Errorf("error %v is not a positioned timeline.Error", err)
			}
		})
	}
}

func TestParseForms(t *testing.T) {
	tests := []struct {
		name, src, text string
		timexes         []string
		ref             string
	}{
		{"no dct", "<TimeML><TEXT>a <TIMEX3 tid='t1' type='DATE' value='2017'>2017</TIMEX3></TEXT></TimeML>", "a 2017", []string{"2017"}, ""},
		{"single quotes and refs", "<TEXT>x &lt;&gt;&amp;&apos;&quot;&#65;&#x42; y</TEXT>", "x <>&'\"AB y", nil, ""},
		{"cdata", "<TEXT>a <![CDATA[<b>&]]> c</TEXT>", "a <b>& c", nil, ""},
		{"comment in text", "<TEXT>a<!-- note --> b</TEXT>", "a b", nil, ""},
		{"empty element", "<TEXT>a<BR/>b</TEXT>", "ab", nil, ""},
		{"empty text", "<TimeML><TEXT/></TimeML>", "", nil, ""},
		{"dct outside DCT element", "<TIMEX3 tid='t0' value='1998-02-12T10:00' functionInDocument='CREATION_TIME'>x</TIMEX3><TEXT>a</TEXT>", "a", nil, "1998-02-12"},
		{"month dct", "<DCT><TIMEX3 tid='t0' value='1998-02'>Feb</TIMEX3></DCT><TEXT>a</TEXT>", "a", nil, "1998-02"},
		{"crlf kept", "<TEXT>\r\nOn <TIMEX3 tid='t1'>May\r\n5</TIMEX3>\r\n</TEXT>", "\r\nOn May\r\n5\r\n", []string{"May\r\n5"}, ""},
		{"space in tags", "<TEXT >a <TIMEX3\n tid = \"t1\" >b</TIMEX3 ></TEXT >", "a b", []string{"b"}, ""},
		{"doctype", "<!DOCTYPE TimeML SYSTEM \"x.dtd\"><TEXT>a</TEXT>", "a", nil, ""},
		{"utf8", "<TEXT>1558–1603 <TIMEX3 tid='t1'>été</TIMEX3></TEXT>", "1558–1603 été", []string{"été"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("x.tml", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.text {
				t.Errorf("Text = %q, want %q", doc.Text, tt.text)
			}
			var got []string
			for _, x := range doc.Timexes {
				got = append(got, x.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.timexes, "|") {
				t.Errorf("timexes %q, want %q", got, tt.timexes)
			}
			if doc.Ref.String() != tt.ref {
				t.Errorf("Ref = %q, want %q", doc.Ref.String(), tt.ref)
			}
			checkPieces(t, doc, []byte(tt.src))
		})
	}
}

func TestSourceOffset(t *testing.T) {
	src := "<TEXT>a&amp;b<E>cd</E></TEXT>"
	doc, err := Parse("x", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// Text is "a&bcd".
	tests := []struct{ off, want int }{
		{0, 6},  // a
		{1, 7},  // &amp;
		{2, 12}, // b
		{3, 16}, // c, after <E>
		{4, 17}, // d
		{5, 22}, // end: </E> is the last piece before </TEXT>
	}
	for _, tt := range tests {
		if got := doc.SourceOffset(tt.off); got != tt.want {
			t.Errorf("SourceOffset(%d) = %d, want %d", tt.off, got, tt.want)
		}
	}
}

// benchDir finds the shared benchmark folder by walking up from the
// package directory; "" if it is absent.
func benchDir() string { return shared.Bench() }

// TestCorpora reads every file of the shared benchmark and checks the
// counts its README gives (TIMEX3s inside TEXT, per split).
func TestCorpora(t *testing.T) {
	root := benchDir()
	if root == "" {
		t.Skip("shared/bench not found")
	}
	tests := []struct {
		dir         string
		docs, timex int
	}{
		{"tempeval3/train/TimeBank", 183, 1243},
		{"tempeval3/train/AQUAINT", 73, 579},
		{"tempeval3/test", 20, 138},
		{"wikiwars", 22, 2636},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(root, tt.dir, "*.tml"))
			if len(files) != tt.docs {
				t.Fatalf("%d files, want %d", len(files), tt.docs)
			}
			n := 0
			for _, f := range files {
				doc, src, err := ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if doc.DCT == nil || doc.Ref.Prec != timeline.Day {
					t.Errorf("%s: DCT %+v, Ref %v", f, doc.DCT, doc.Ref)
				}
				if doc.DocID == "" {
					t.Errorf("%s: no DOCID", f)
				}
				checkPieces(t, doc, src)
				n += len(doc.Timexes)
			}
			if n != tt.timex {
				t.Errorf("%d timexes in TEXT, want %d", n, tt.timex)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	small, err := os.ReadFile("testdata/small.tml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Add([]byte("<TEXT>a <TIMEX3 tid='t1'>b</TIMEX3> &amp; <![CDATA[c]]></TEXT>"))
	f.Add([]byte("<TEXT>\r\n<EVENT eid=\"e1\">x</EVENT><BR/>&#233;</TEXT>"))
	f.Add([]byte("<DCT><TIMEX3 value='2017-12-13'>x</TIMEX3></DCT><TEXT/>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse("fuzz.tml", src)
		if err != nil {
			var te *timeline.Error
			if !errors.As(err, &te) || te.Pos.Line < 1 || te.Pos.Col < 1 {
				t.Fatalf("error %v is not positioned", err)
			}
			return
		}
		checkPieces(t, doc, src)
		for _, x := range doc.Timexes {
			if x.Start < 0 || x.End < x.Start || x.End > len(doc.Text) || doc.Text[x.Start:x.End] != x.Text {
				t.Fatalf("timex %+v out of Text", x)
			}
		}
		step := max(1, len(doc.Text)/200)
		for off := 0; off <= len(doc.Text); off += step {
			s := doc.SourceOffset(off)
			if s < doc.TextPos.Offset || s > len(src) {
				t.Fatalf("SourceOffset(%d) = %d outside the TEXT content", off, s)
			}
			if want := sourceOffsetLinear(doc, off); s != want {
				t.Fatalf("SourceOffset(%d) = %d, the linear scan says %d", off, s, want)
			}
		}
	})
}

// sourceOffsetLinear is SourceOffset written the slow, obvious way.
func sourceOffsetLinear(d *Document, off int) int {
	for _, p := range d.Pieces {
		if p.Kind == Markup || off >= p.Text[1] {
			continue
		}
		if p.Kind == Chars && off >= p.Text[0] {
			return p.Src[0] + off - p.Text[0]
		}
		return p.Src[0]
	}
	if n := len(d.Pieces); n > 0 {
		return d.Pieces[n-1].Src[1]
	}
	return d.TextPos.Offset
}

func BenchmarkParse(b *testing.B) {
	root := benchDir()
	if root == "" {
		b.Skip("shared/bench not found")
	}
	src, err := os.ReadFile(filepath.Join(root, "wikiwars", "01_WW2.tml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("01_WW2.tml", src); err != nil {
			b.Fatal(err)
		}
	}
}
