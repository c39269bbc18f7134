package text

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	u := utf16.Encode([]rune(s))
	if bom {
		u = append([]uint16{0xFEFF}, u...)
	}
	for _, c := range u {
		if bigEndian {
			out = append(out, byte(c>>8), byte(c))
		} else {
			out = append(out, byte(c), byte(c>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		enc     string
		wantErr string // the whole error message
		is      error
	}{
		{name: "utf8", in: []byte("Zürich, 13 December 2017\n"), want: "Zürich, 13 December 2017\n", enc: UTF8},
		{name: "utf8 bom", in: []byte("\xEF\xBB\xBFHello\n"), want: "Hello\n", enc: UTF8BOM},
		{name: "crlf", in: []byte("one\r\ntwo\rthree\n"), want: "one\ntwo\nthree\n", enc: UTF8},
		{name: "utf16le bom", in: utf16Bytes("Genève “quoted” 😀\r\n", false, true), want: "Genève “quoted” 😀\n", enc: UTF16LE},
		{name: "utf16be bom", in: utf16Bytes("Genève\n", true, true), want: "Genève\n", enc: UTF16BE},
		{name: "utf16le no bom", in: utf16Bytes("plain ascii text here\n", false, false), want: "plain ascii text here\n", enc: UTF16LE},
		{name: "windows-1252", in: []byte("Caf\xe9 \x93cr\xe8me\x94 \x96 5 \x80\n"), want: "Café “crème” – 5 €\n", enc: Windows1252},
		{name: "latin-1", in: []byte("S\xE3o Paulo, 3 de mar\xE7o\n"), want: "São Paulo, 3 de março\n", enc: Windows1252},
		{name: "empty", in: nil, wantErr: "f.txt: empty file", is: ErrEmpty},
		{name: "blank", in: []byte(" \n\t\n"), wantErr: "f.txt: empty file", is: ErrEmpty},
		{name: "bom only", in: []byte("\xEF\xBB\xBF"), wantErr: "f.txt: empty file", is: ErrEmpty},
		{name: "nul", in: []byte("text\x00more"), wantErr: "f.txt: binary file, not read", is: ErrBinary},
		{name: "png", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: "f.txt: binary file, not read", is: ErrBinary},
		{name: "control bytes", in: []byte("\x01\x02\x03\x04abc\x05\x06"), wantErr: "f.txt: binary file, not read", is: ErrBinary},
		{name: "invalid utf8 mixed", in: []byte("line one\nnaïve \xff here\n"), wantErr: "f.txt:2:8: invalid UTF-8 (byte 0xFF); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8},
		{name: "undefined cp1252", in: []byte("abc \x81 def"), wantErr: "f.txt:1:5: invalid UTF-8 (byte 0x81); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8},
		{name: "latin-1 letters in a row inside a word", in: []byte("Na\xe7\xe3o e cora\xe7\xe3o, \xe0 noite, \xab\xa0oui\xa0\xbb\n"), want: "Nação e coração, à noite, «\u00a0oui\u00a0»\n", enc: Windows1252},
		{name: "stray bytes of a byte-order mark", in: []byte("Bad \xff\xfe text on 3 May 2010.\n"), wantErr: "f.txt:1:5: invalid UTF-8 (byte 0xFF); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8},
		{name: "a word of accented letters alone", in: []byte("line one\nsee \xc0\xc9\xd5 here\n"), wantErr: "f.txt:2:5: invalid UTF-8 (byte 0xC0); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8},
		{name: "a stray Windows-1252 byte in UTF-8", in: []byte("Zürich on 3 May 2010\nend \xe9"), want: "Zürich on 3 May 2010\nend é", enc: MixedUTF8},
		{name: "curly quotes pasted into UTF-8", in: []byte("Café met.\nThey said \x93enough\x94.\n"), want: "Café met.\nThey said “enough”.\n", enc: MixedUTF8},
		{name: "a UTF-8 sequence broken off", in: []byte("Zürich \xe2\x80 quote\n"), wantErr: "f.txt:1:9: invalid UTF-8 (byte 0xE2); not UTF-8, UTF-16 or Windows-1252 text", is: ErrInvalidUTF8},
		{name: "utf16 odd", in: []byte{0xFF, 0xFE, 'a', 0, 'b'}, wantErr: "f.txt: invalid UTF-16: odd number of bytes (5), the file is truncated", is: ErrUTF16},
		{name: "utf16 unpaired surrogate", in: append(utf16Bytes("ab", false, true), 0x00, 0xD8, 'c', 0), wantErr: "f.txt:1:3: invalid UTF-16: unpaired surrogate 0xD800", is: ErrUTF16},
		{name: "utf32", in: []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, wantErr: "f.txt: UTF-32 text is not supported; save it as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in, "f.txt")
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if tt.is != nil && !errors.Is(err, tt.is) {
					t.Errorf("errors.Is(%v, %v) = false", err, tt.is)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error is not one line: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("Decode = %q, %s; want %q, %s", got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	// A long line with no newline, over the limit: refused without
	// reading past it.
	r := &endless{}
	_, err := Read(r, "big.txt", Options{MaxBytes: 1 << 20})
	if err == nil || err.Error() != "big.txt: file too large: over the limit of 1 MiB" || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	if r.n > 1<<20+64<<10 {
		t.Errorf("read %d bytes, want about 1 MiB", r.n)
	}
}

// endless is a reader of 'a' bytes that never ends.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += len(p)
	return len(p), nil
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain text\n"))
	f.Add([]byte("Caf\xe9\r\n"))
	f.Add(utf16Bytes("Genève\n", false, true))
	f.Add(utf16Bytes("Genève\n", true, true))
	f.Add([]byte("a\x00b"))
	f.Add([]byte("\xEF\xBB\xBF# Title\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode(b, "fuzz")
		if err != nil {
			if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "fuzz") {
				t.Fatalf("bad error %q", err)
			}
			return
		}
		if enc == "" || strings.TrimSpace(s) == "" || strings.Contains(s, "\r") {
			t.Fatalf("Decode = %q, %q", s, enc)
		}
		if !utf8Valid(s) {
			t.Fatalf("Decode returned invalid UTF-8 %q", s)
		}
	})
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
