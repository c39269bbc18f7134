package text

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// The reasons an input is refused. They are wrapped in a *timeline.Error
// that names the file (and the position, where there is one), so
// errors.Is(err, ErrBinary) works on what Read returns.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not read")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrUTF16       = errors.New("invalid UTF-16")
)

// Encoding names, as Decode reports them.
const (
	UTF8        = "UTF-8"
	UTF8BOM     = "UTF-8 (BOM)"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	Windows1252 = "Windows-1252"
	// MixedUTF8 is UTF-8 with a few bytes that are not, each read as the
	// Windows-1252 character it is (a curly quote pasted from an old
	// file): the text is read, and the note says so.
	MixedUTF8 = "UTF-8 with Windows-1252 bytes"
)

// Decode turns the bytes of a text file into UTF-8 text with "\n" line
// ends. It understands UTF-8 (with or without a byte-order mark), UTF-16
// with a byte-order mark (and UTF-16 without one when every other byte is
// NUL), and Windows-1252, a superset of the printable Latin-1, for files
// that are not valid UTF-8 but look like an 8-bit Western text: no valid
// UTF-8 multi-byte sequence at all, every high byte a printable
// Windows-1252 character, and no word made only of accented letters (see
// looksWindows1252), and UTF-8 with a few bytes standing alone that are
// not, read as Windows-1252 (MixedUTF8: see decodeMixed). Anything else
// is an error naming the file and,
// for invalid UTF-8, the position of the first bad byte. A file holding NUL
// or many control bytes is ErrBinary; one with nothing but white space is
// ErrEmpty.
//
// Offsets in the result index the decoded text: "\r\n" and lone "\r"
// become "\n" and the byte-order mark is dropped, so lines and columns
// match what an editor shows.
func Decode(b []byte, name string) (text, encoding string, err error) {
	fail := func(e error) (string, string, error) {
		return "", "", &timeline.Error{Pos: timeline.Position{File: name}, Err: e}
	}
	switch {
	case len(b) == 0:
		return fail(ErrEmpty)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return fail(errors.New("UTF-32 text is not supported; save it as UTF-8"))
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		text, encoding, b = "", UTF8BOM, b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], false, UTF16LE, name)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true, UTF16BE, name)
	default:
		encoding = UTF8
		if le, ok := bomlessUTF16(b); ok {
			enc := UTF16BE
			if le {
				enc = UTF16LE
			}
			return decodeUTF16(b, !le, enc, name)
		}
	}
	if isBinary(b) {
		return fail(ErrBinary)
	}
	if utf8.Valid(b) {
		text = normalizeNewlines(string(b))
	} else {
		if looksWindows1252(b) {
			text, encoding = normalizeNewlines(decodeWindows1252(b)), Windows1252
		} else if t, ok := decodeMixed(b); ok {
			text, encoding = normalizeNewlines(t), MixedUTF8
		} else {
			off := firstInvalidUTF8(b)
			pos := timeline.PositionAt(timeline.Position{File: name}, normalizeNewlines(string(b[:off])), len(normalizeNewlines(string(b[:off]))))
			return "", "", &timeline.Error{Pos: pos, Err: fmt.Errorf("%w (byte 0x%02X); not UTF-8, UTF-16 or Windows-1252 text", ErrInvalidUTF8, b[off])}
		}
	}
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty)
	}
	return text, encoding, nil
}

// bomlessUTF16 reports whether b looks like UTF-16 without a byte-order
// mark: mostly ASCII text where every other byte is NUL.
func bomlessUTF16(b []byte) (littleEndian, ok bool) {
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	half := n / 2
	switch {
	case zeroOdd*10 >= half*9 && zeroEven == 0:
		return true, true
	case zeroEven*10 >= half*9 && zeroOdd == 0:
		return false, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool, enc, name string) (string, string, error) {
	pos := timeline.Position{File: name}
	if len(b)%2 != 0 {
		return "", "", &timeline.Error{Pos: pos, Err: fmt.Errorf("%w: odd number of bytes (%d), the file is truncated", ErrUTF16, len(b)+2)}
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	var sb strings.Builder
	sb.Grow(len(u))
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		switch {
		case utf16.IsSurrogate(c):
			if c < 0xDC00 && i+1 < len(u) {
				if r := utf16.DecodeRune(c, rune(u[i+1])); r != utf8.RuneError {
					sb.WriteRune(r)
					i++
					continue
				}
			}
			p := timeline.PositionAt(pos, sb.String(), sb.Len())
			return "", "", &timeline.Error{Pos: p, Err: fmt.Errorf("%w: unpaired surrogate 0x%04X", ErrUTF16, c)}
		case c < 0x20 && !isTextControl(byte(c)), c == 0x7F:
			return "", "", &timeline.Error{Pos: pos, Err: ErrBinary}
		}
		if c != 0xFEFF || i > 0 {
			sb.WriteRune(c)
		}
	}
	text := normalizeNewlines(sb.String())
	if strings.TrimSpace(text) == "" {
		return "", "", &timeline.Error{Pos: pos, Err: ErrEmpty}
	}
	return text, enc, nil
}

func isControl(c byte) bool { return c < 0x20 || c == 0x7F }

// isTextControl reports the control bytes text files hold: tab, newline,
// vertical tab, form feed, carriage return and escape.
func isTextControl(c byte) bool {
	return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x1B
}

// isBinary reports whether b holds a NUL byte, or control bytes that text
// does not hold in more than 1 in 100 of its first 64 KiB.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	head := b[:min(len(b), 64<<10)]
	var odd int
	for _, c := range head {
		if isControl(c) && !isTextControl(c) {
			odd++
		}
	}
	return odd > 0 && odd*100 > len(head)
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// cp1252 maps the bytes 0x80-0x9F of Windows-1252; 0 marks the five bytes
// it leaves undefined.
var cp1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// looksWindows1252 reports whether b, which is not valid UTF-8, reads as
// Windows-1252: no valid UTF-8 multi-byte sequence (a file mixing the two
// is damaged, not Latin-1), every byte 0x80-0x9F defined, high bytes a
// minority, as in Western European text, and no word made only of two or
// more accented letters: in Western text they stand in words of plain
// letters ("café", "São", "à"), while stray bytes ("\xFF\xFE", the
// byte-order mark of UTF-16) stand apart.
func looksWindows1252(b []byte) bool {
	var high int
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError && size > 1 {
			return false
		}
		if c < 0xA0 && cp1252[c-0x80] == 0 {
			return false
		}
		if j := highLetterRun(b, i); j-i >= 2 && (i == 0 || !isASCIILetter(b[i-1])) && (j == len(b) || !isASCIILetter(b[j])) {
			return false
		}
		high++
		i++
	}
	return high*3 <= len(b)
}

// highLetterRun returns the end of the run of Windows-1252 letters above
// 0x7F that starts at b[i].
func highLetterRun(b []byte, i int) int {
	for i < len(b) && isHighLetter(b[i]) {
		i++
	}
	return i
}

// isHighLetter reports whether c is a letter of Windows-1252 above 0x7F:
// Š Œ Ž š œ ž Ÿ ª µ º and À to ÿ but for × and ÷.
func isHighLetter(c byte) bool {
	switch c {
	case 0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F, 0xAA, 0xB5, 0xBA:
		return true
	}
	return c >= 0xC0 && c != 0xD7 && c != 0xF7
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// decodeMixed decodes UTF-8 in which a few bytes are not, reading each as
// its Windows-1252 character; it fails when there are more than eight
// such bytes and more than one in ten of the bytes above 0x7F, or one is
// no character (then the file is something else, and saying so is better
// than guessing).
func decodeMixed(b []byte) (string, bool) {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	bad, high := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		high++
		if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError || size > 1 {
			sb.Write(b[i : i+size])
			high += size - 1
			i += size
			continue
		}
		bad++
		if c >= 0xFE || c < 0xA0 && cp1252[c-0x80] == 0 {
			return "", false // no character (or a byte-order mark's)
		}
		if i+1 < len(b) && b[i+1] >= 0x80 {
			// a high byte after it that starts no character: a UTF-8
			// sequence broken off ("\xe2\x80 "), or a word of such bytes
			// (some other 8-bit text); only a byte standing alone is a
			// character pasted in
			if r, _ := utf8.DecodeRune(b[i+1:]); r == utf8.RuneError {
				return "", false
			}
		}
		if c < 0xA0 {
			sb.WriteRune(cp1252[c-0x80])
		} else {
			sb.WriteRune(rune(c))
		}
		i++
	}
	return sb.String(), bad <= 8 || bad*10 <= high
}

func decodeWindows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}
