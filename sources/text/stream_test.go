package text

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// readParts reads data in parts of partBytes and returns the parts.
func readParts(t testing.TB, data []byte, partBytes int, md bool) ([]*timeline.Document, string, error) {
	t.Helper()
	var docs []*timeline.Document
	enc, err := ReadParts(bytes.NewReader(data), "big.txt", Options{PartBytes: partBytes, Markdown: md}, func(d *timeline.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, enc, err
}

// checkPartPositions checks that every word of every section stands, at the
// position PosAt gives it, where it is in the decoded text: the offset,
// line and column, counted independently.
func checkPartPositions(t *testing.T, decoded string, docs []*timeline.Document) {
	t.Helper()
	checked := 0
	for _, d := range docs {
		for _, sec := range d.Sections {
			for i := 0; i < len(sec.Text); i++ {
				if i > 0 && sec.Text[i-1] != ' ' && sec.Text[i-1] != '\n' || sec.Text[i] == ' ' || sec.Text[i] == '\n' {
					continue // the start of a word only
				}
				if i%7 != 0 && i > 0 {
					continue // a sample is enough
				}
				word := sec.Text[i:]
				if j := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); j >= 0 {
					word = word[:j]
				}
				p := sec.PosAt(i)
				want := timeline.PositionAt(timeline.Position{File: "big.txt", Line: 1, Col: 1}, decoded, p.Offset)
				if p != want {
					t.Fatalf("part %d: %q at %+v, want %+v", d.Part, word, p, want)
				}
				if !strings.HasPrefix(decoded[p.Offset:], word) {
					t.Fatalf("part %d: %q at %+v, the text there is %q", d.Part, word, p, decoded[p.Offset:min(len(decoded), p.Offset+20)])
				}
				checked++
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d words checked", checked)
	}
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestReadPartsPositions(t *testing.T) {
	var paras, lines, md strings.Builder
	paras.WriteString("Harbour log\n\nPublished: 4 June 2014\n\n")
	for i := range 3000 {
		fmt.Fprintf(&paras, "Entry %d: the ferry café left at dawn on Wednesday, and the crew — tired — came back on 5 May 2014.\n\n", i)
	}
	for i := range 60000 {
		fmt.Fprintf(&lines, "Entry %05d of the log.\n", i+1)
	}
	md.WriteString("---\ntitle: Harbour log\ndate: 2014-06-04\n---\n\n# Harbour log\n\n")
	for i := range 2000 {
		fmt.Fprintf(&md, "Entry %d: the *ferry* left on **Wednesday**, and the [crew](http://example.org) came back.\n\n> A quote %d in a block.\n\n", i, i)
	}
	var single strings.Builder
	for single.Len() < 200<<10 {
		single.WriteString("the ferry left at dawn and came back late ")
	}
	tests := []struct {
		name      string
		data      []byte
		decoded   string
		partBytes int
		md        bool
		enc       string
	}{
		{name: "paragraphs", data: []byte(paras.String()), partBytes: 16 << 10, enc: UTF8},
		{name: "lines", data: []byte(lines.String()), partBytes: 64 << 10, enc: UTF8},
		{name: "markdown", data: []byte(md.String()), partBytes: 16 << 10, md: true, enc: UTF8},
		{name: "crlf", data: []byte(strings.ReplaceAll(paras.String(), "\n", "\r\n")), decoded: paras.String(), partBytes: 16<<10 + 1, enc: UTF8},
		{name: "utf-16", data: utf16LE(paras.String()), decoded: paras.String(), partBytes: 16<<10 + 3, enc: UTF16LE},
		{name: "one line", data: []byte(strings.TrimSpace(single.String())), partBytes: 16 << 10, enc: UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			decoded := tt.decoded
			if decoded == "" {
				decoded = string(tt.data)
			}
			docs, enc, err := readParts(t, tt.data, tt.partBytes, tt.md)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.enc {
				t.Errorf("encoding %s, want %s", enc, tt.enc)
			}
			if min := len(decoded) / tt.partBytes; len(docs) < min {
				t.Fatalf("%d parts, want at least %d", len(docs), min)
			}
			for i, d := range docs {
				if d.Part != i {
					t.Errorf("part %d numbered %d", i, d.Part)
				}
				if i > 0 && d.Title != docs[0].Title {
					t.Errorf("part %d has title %q, the first %q", i, d.Title, docs[0].Title)
				}
			}
			checkPartPositions(t, decoded, docs)
		})
	}
	t.Run("line 50001", func(t *testing.T) {
		docs, _, err := readParts(t, []byte(lines.String()), 64<<10, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			for _, sec := range d.Sections {
				if i := strings.Index(sec.Text, "Entry 50001 "); i >= 0 {
					if p := sec.PosAt(i); p.Line != 50001 || p.Col != 1 {
						t.Fatalf("Entry 50001 at %d:%d", p.Line, p.Col)
					}
					return
				}
			}
		}
		t.Fatal("Entry 50001 not found")
	})
}

// TestReadPartsCarry checks that the first part's reference date,
// citation and title carry to the parts after it, and that a later part
// does not take a line of its own for a title or front matter.
func TestReadPartsCarry(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("---\ntitle: The log\nsource: Harbour Gazette\ndate: 2014-06-04\n---\n\nThe crew left on Wednesday.\n\n")
	for range 400 {
		sb.WriteString("The ferry was late again, and nobody said why it was so.\n\n")
	}
	sb.WriteString("---\ntitle: Not front matter\n---\n\nShort line alone\n\nThe crew came back on Friday.\n")
	docs, _, err := readParts(t, []byte(sb.String()), 4<<10, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 3 {
		t.Fatalf("%d parts", len(docs))
	}
	for _, d := range docs {
		if d.Title != "The log" {
			t.Errorf("part %d: title %q", d.Part, d.Title)
		}
		for _, sec := range d.Sections {
			c := sec.Citation
			if c.Date.String() != "2014-06-04" || c.Outlet != "Harbour Gazette" || c.Title != "The log" || sec.RefFrom != "metadata" {
				t.Errorf("part %d, section at %d:%d: citation %+v from %q", d.Part, sec.Pos.Line, sec.Pos.Col, c, sec.RefFrom)
			}
		}
	}
}

// manyRunes is text with no white space at all, of characters of 2, 3 and
// 4 bytes.
func manyRunes(n int) string {
	return strings.Repeat("é€😀x", n)
}

func TestReadPartsNeverSplitsACharacter(t *testing.T) {
	tests := []struct {
		name      string
		data      []byte
		text      string
		partBytes int
	}{
		{name: "UTF-8, no break", data: []byte(manyRunes(5000)), text: manyRunes(5000), partBytes: 1000},
		{name: "UTF-8, odd part size", data: []byte(manyRunes(5000)), text: manyRunes(5000), partBytes: 997},
		{name: "UTF-16, surrogate pairs", data: utf16LE(manyRunes(3000)), text: manyRunes(3000), partBytes: 1001},
		{name: "Windows-1252", data: bytes.Repeat([]byte("abcdcaf\xe9\x80"), 3000), text: strings.Repeat("abcdcafé€", 3000), partBytes: 999},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, err := readParts(t, tt.data, tt.partBytes, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) < 2 {
				t.Fatalf("%d parts", len(docs))
			}
			var all strings.Builder
			for _, d := range docs {
				for _, sec := range d.Sections {
					if !utf8.ValidString(sec.Text) {
						t.Fatalf("part %d is not valid UTF-8 at its ends: %q ... %q", d.Part, sec.Text[:4], sec.Text[len(sec.Text)-4:])
					}
					if p := sec.Pos.Offset; p != all.Len() {
						t.Fatalf("part %d starts at offset %d, want %d", d.Part, p, all.Len())
					}
					all.WriteString(sec.Text)
				}
			}
			if all.String() != tt.text {
				t.Errorf("the parts do not make the text: %d bytes, want %d", all.Len(), len(tt.text))
			}
		})
	}
}

func TestReadPartsErrors(t *testing.T) {
	ascii := strings.Repeat("The ferry left at dawn.\n", 10000) // lines 1 to 10000
	tests := []struct {
		name  string
		data  []byte
		opt   Options
		want  string
		is    error
		parts bool // the parts before the problem are read
	}{
		{name: "invalid UTF-8 deep in a UTF-8 text", data: []byte("Café.\n" + ascii + "caf\x81 and more\n" + ascii),
			want: "big.txt:10002:4: invalid UTF-8 (byte 0x81); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8, parts: true},
		{name: "UTF-8 deep in a Windows-1252 text", data: []byte("Caf\xe9.\n" + ascii + "caf\x81\n"),
			want: "big.txt:10002:4: invalid UTF-8 (byte 0x81); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8, parts: true},
		{name: "NUL deep in the text", data: []byte(ascii + "ab\x00cd\n"),
			want: "big.txt:10001:3: binary data (a NUL byte); the text is read up to here", parts: true},
		{name: "binary from the start", data: append([]byte("\x00\x01\x02"), ascii...), want: "big.txt: binary file, not read", is: ErrBinary},
		{name: "empty", data: nil, want: "big.txt: empty file", is: ErrEmpty},
		{name: "white space only", data: bytes.Repeat([]byte(" \n"), 100000), want: "big.txt: empty file", is: ErrEmpty},
		{name: "UTF-32", data: []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, want: "big.txt: UTF-32 text is not supported; save it as UTF-8"},
		{name: "truncated UTF-16", data: append(utf16LE(ascii), 'x'), want: "big.txt:10001:1: invalid UTF-16: odd number of bytes (480003), the file is truncated", is: ErrUTF16, parts: true},
		{name: "unpaired surrogate", data: append(utf16LE(ascii), 0x00, 0xD8, 'a', 0), want: "big.txt:10001:1: invalid UTF-16: unpaired surrogate 0xD800", is: ErrUTF16, parts: true},
		{name: "over a set limit", data: []byte(ascii), opt: Options{MaxBytes: 100 << 10}, want: "big.txt:4267:17: file too large: over the limit of 100 KiB", is: ErrTooLarge, parts: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			opt.PartBytes = 16 << 10
			var docs []*timeline.Document
			_, err := ReadParts(bytes.NewReader(tt.data), "big.txt", opt, func(d *timeline.Document) error {
				docs = append(docs, d)
				return nil
			})
			if err == nil || err.Error() != tt.want {
				t.Fatalf("err = %v\nwant %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false", tt.is)
			}
			if tt.parts != (len(docs) > 0) {
				t.Errorf("%d parts read, want parts: %v", len(docs), tt.parts)
			}
			if len(docs) > 0 {
				var e *timeline.Error
				errors.As(err, &e)
				last := docs[len(docs)-1].Sections
				if end := last[len(last)-1].Pos; end.Line > e.Pos.Line {
					t.Errorf("a part at line %d, after the error", end.Line)
				}
			}
		})
	}
	t.Run("fn stops the reading", func(t *testing.T) {
		stop := errors.New("enough")
		n := 0
		_, err := ReadParts(strings.NewReader(ascii), "big.txt", Options{PartBytes: 16 << 10}, func(*timeline.Document) error {
			n++
			return stop
		})
		if err != stop || n != 1 {
			t.Errorf("err = %v after %d parts, want %v after 1", err, n, stop)
		}
	})
	t.Run("Windows-1252 after ASCII", func(t *testing.T) {
		data := []byte(ascii + "The caf\xe9 opened.\n")
		docs, enc, err := readParts(t, data, 16<<10, false)
		if err != nil || enc != Windows1252 {
			t.Fatalf("err = %v, encoding %s", err, enc)
		}
		last := docs[len(docs)-1].Sections
		if s := last[len(last)-1].Text; !strings.HasSuffix(s, "The café opened.") {
			t.Errorf("the last part ends %q", s[max(0, len(s)-30):])
		}
	})
}

// decodeChunks runs the stream decoder over data in blocks of n bytes.
func decodeChunks(data []byte, n int) (string, error) {
	d := &streamDecoder{name: "f"}
	var out []byte
	for i := 0; ; i += n {
		end := min(i+n, len(data))
		var err error
		out, err = d.decode(out, data[i:end], end == len(data))
		if err != nil {
			return string(out), err
		}
		if end == len(data) {
			return string(out), nil
		}
	}
}

func FuzzReadParts(f *testing.F) {
	for _, s := range []string{
		"Published: 4 June 2014\n\nThe ferry left on Wednesday.\r\n\r\nIt came back.",
		manyRunes(40), "caf\xe9 au lait. " + strings.Repeat("x", 100), "\xEF\xBB\xBFBOM text\rline\r\n",
		string(utf16LE("UTF-16 😀 text\r\n")), "a\x00b", "---\ntitle: T\n---\n# H\n\n> quote\n\ntext",
	} {
		f.Add([]byte(s), uint8(7))
	}
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		n := int(chunk%64) + 1
		got, err := decodeChunks(data, n)
		if want, _, werr := Decode(data, "f"); werr == nil && err == nil && (utf8.Valid(data) || bytes.HasPrefix(data, []byte{0xFF, 0xFE})) && got != want {
			t.Fatalf("decoded in blocks of %d: %q, whole: %q", n, got, want)
		}
		if err == nil && !utf8.ValidString(got) {
			t.Fatalf("not UTF-8: %q", got)
		}
		if len(got) > n+1 {
			for m := n; m < len(got); m += n {
				c := cutAt([]byte(got), m)
				if c <= 0 || c > m && m >= utf8.UTFMax || (c < len(got) && !utf8.RuneStart(got[c])) && utf8.ValidString(got) {
					t.Fatalf("cutAt(%q, %d) = %d", got, m, c)
				}
			}
		}
		docs, _, _ := readParts(t, data, n+8, chunk&1 == 1)
		for _, d := range docs {
			for _, sec := range d.Sections {
				if p := sec.PosAt(len(sec.Text)); p.Offset > 3*len(data) || p.Line < 1 || p.Col < 1 { // Windows-1252 takes up to 3 bytes a byte
					t.Fatalf("section ends at %+v", p)
				}
			}
		}
	})
}

// BenchmarkReadParts reads a 4 MiB news text in parts of the default size.
func BenchmarkReadParts(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		sb.WriteString("GENEVA, March 3, 2011 (Wire) — The talks resumed on Wednesday, officials said.\n\nThe ferry left at dawn and came back late.\n\n")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadParts(bytes.NewReader(data), "news.txt", Options{}, func(*timeline.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDecoder(t *testing.T) {
	ascii := strings.Repeat("date,headline\n", 40000) // over two blocks
	tests := []struct {
		name string
		data []byte
		text string
		enc  string
		want string // the error after the text
	}{
		{name: "UTF-8", data: []byte(ascii + "café\r\n"), text: ascii + "café\n", enc: UTF8},
		{name: "UTF-16", data: utf16LE(ascii + "😀\r\n"), text: ascii + "😀\n", enc: UTF16LE},
		{name: "Windows-1252", data: []byte(ascii + "caf\xe9\n"), text: ascii + "café\n", enc: Windows1252},
		{name: "invalid UTF-8 deep", data: []byte("é\n" + ascii + "ab\x81\n"), text: "é\n" + ascii + "ab", enc: UTF8,
			want: "s.csv:40002:3: invalid UTF-8 (byte 0x81); not UTF-8, UTF-16 or Windows-1252 text"},
		{name: "binary", data: []byte("\x00\x01" + ascii), want: "s.csv: binary file, not read"},
		{name: "empty", data: []byte(" \n\n"), text: " \n\n", want: "s.csv: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDecoder(bytes.NewReader(tt.data), "s.csv")
			var sb strings.Builder
			buf := make([]byte, 1000) // reads smaller than a block
			var err error
			for {
				var n int
				n, err = d.Read(buf)
				sb.Write(buf[:n])
				if err != nil {
					break
				}
			}
			if err == io.EOF {
				err = nil
			}
			if got := fmt.Sprint(err); tt.want != "" && got != tt.want || tt.want == "" && err != nil {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if sb.String() != tt.text {
				t.Errorf("text of %d bytes, want %d", sb.Len(), len(tt.text))
			}
			if tt.enc != "" && d.Encoding() != tt.enc {
				t.Errorf("encoding %s, want %s", d.Encoding(), tt.enc)
			}
		})
	}
}

// TestReadPartsDiary checks a diary read in parts: each entry is dated by
// the day line over it, a day written in part taking its month and year
// from the entry before it, across parts too, and a part holding one day
// line alone still reads it as a day over an entry.
func TestReadPartsDiary(t *testing.T) {
	for _, repeat := range []int{4, 50} {
		t.Run(fmt.Sprintf("entries of %d sentences", repeat), func(t *testing.T) {
			var sb strings.Builder
			sb.WriteString("Ferry diary, summer 2024\n\n")
			for d := 1; d <= 31; d++ {
				day := time.Date(2024, 7, d, 0, 0, 0, 0, time.UTC)
				suffix := "th"
				switch d {
				case 1, 21, 31:
					suffix = "st"
				case 2, 22:
					suffix = "nd"
				case 3, 23:
					suffix = "rd"
				}
				month := "" // the first day only names its month
				if d == 1 {
					month = " July"
				}
				fmt.Fprintf(&sb, "%s %d%s%s\n", day.Weekday(), d, suffix, month)
				sb.WriteString(strings.Repeat("The ferry left the harbour late and the sea was rough all day. ", repeat) + "\n\n")
			}
			docs, _, err := readParts(t, []byte(sb.String()), 4<<10, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) < 3 {
				t.Fatalf("%d parts", len(docs))
			}
			want := 1
			for _, doc := range docs {
				for _, s := range doc.Sections {
					if s.Kind != timeline.Body || strings.HasPrefix(s.Text, "Ferry diary") {
						continue
					}
					if s.RefFrom != "heading" || !s.Statement || s.Citation.Date.String() != fmt.Sprintf("2024-07-%02d", want) {
						t.Fatalf("part %d, section at %d:%d: %s from %q (statement %v), want 2024-07-%02d", doc.Part, s.Pos.Line, s.Pos.Col, s.Citation.Date, s.RefFrom, s.Statement, want)
					}
					if doc.Part == 0 || s.Pos != doc.Sections[0].Pos || !strings.HasPrefix(doc.Sections[0].Text, "The ferry") {
						want++ // a part that opens inside an entry continues it
					}
				}
			}
			if want != 32 {
				t.Errorf("%d entries dated, want 31", want-1)
			}
		})
	}
}

// TestReadPartsKeepsFencesWhole checks that a part of Markdown does not
// end inside a fenced code block: the next part would read its closing
// fence as an opening one, and the prose after it as code.
func TestReadPartsKeepsFencesWhole(t *testing.T) {
	para := "The harbour board met on 3 May 2024 and agreed to dredge the basin before the summer.\n\n"
	const code = "$ tidelog log --since 2024-01-01\n\n2024-01-02 03:00 high water\n\n2024-01-03 04:10 high water"
	fenced := func(fence string) string { return fence + "sh\n" + code + "\n" + fence + "\n\n" }
	tests := []struct {
		name  string
		fence string
		lead  int // paragraphs before the block
	}{
		{name: "backticks", fence: "```", lead: 20},
		{name: "tildes", fence: "~~~~", lead: 20},
		{name: "the block past the first quarter", fence: "```", lead: 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sb strings.Builder
			for range 5 {
				sb.WriteString(strings.Repeat(para, tt.lead))
				sb.WriteString(fenced(tt.fence))
			}
			sb.WriteString(strings.Repeat(para, tt.lead))
			src := sb.String()
			// Parts cut anywhere around the blocks, one size after another.
			for part := 600; part < 2400; part += 37 {
				docs, _, err := readParts(t, []byte(src), part, true)
				if err != nil {
					t.Fatal(err)
				}
				blocks, prose := 0, 0
				for _, d := range docs {
					for i := range d.Sections {
						s := &d.Sections[i]
						if err := checkCode(s); err != nil {
							t.Fatal(err)
						}
						for _, c := range s.Code {
							if got := s.Text[c[0]:c[1]]; got != code {
								t.Fatalf("part size %d: code %q", part, got)
							}
							blocks++
						}
						for k := 0; ; {
							j := strings.Index(s.Text[k:], "3 May 2024")
							if j < 0 {
								break
							}
							if s.InCode(k + j) {
								t.Fatalf("part size %d: prose marked as code in %q", part, s.Text)
							}
							prose++
							k += j + 1
						}
					}
				}
				if blocks != 5 || prose != 6*tt.lead {
					t.Fatalf("part size %d: %d code blocks and %d paragraphs, want 5 and %d", part, blocks, prose, 6*tt.lead)
				}
			}
		})
	}
}
