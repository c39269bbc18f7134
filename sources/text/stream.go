package text

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// PartBytes is the size of the parts ReadParts cuts a text into when
// Options.PartBytes is zero: 1 MiB of decoded text. Reading holds one
// part at a time, about ten times over while it is parsed (its bytes, its
// lines, blocks and sections), and extraction tags one part's sections at
// a time: the measured peak of reading and extracting a text of any size
// in parts is under 100 MiB, garbage included, besides the events found
// (see the doc of package sources). A smaller part costs more cuts, a
// larger one more memory.
const PartBytes = 1 << 20

// chunkBytes is how much raw input ReadParts reads at a time.
const chunkBytes = 256 << 10

// ReadParts reads a plain-text or Markdown document from r as a stream, in
// parts of about opt.PartBytes of text (PartBytes when zero), and calls fn
// with each part as a Document of its own as soon as it is read. Memory
// stays bounded by the part size whatever the size of the input: the
// input is never held whole.
//
// Each part is cut after its last blank line, else its last line end, else
// its last sentence end, else its last white space, else (a part with no
// break at all, a file with no newline) at a character boundary: a UTF-8
// sequence is never split. In Markdown, a cut that would leave a fenced
// code block open is moved to the line that opens it, so that the block
// is read whole, as code, in the next part. Every part's positions stand where the part
// does in the input (a part starting at line 50,001 reports line 50,001),
// and its Document.Part counts from 0. The first part is analysed as Parse
// analyses a whole text — front matter, title, dateline, "Published:"
// line — and its title, citation and reference date carry to the parts
// after it; compilations' per-excerpt citations hold within a part (the
// paragraphs of an excerpt that a cut separates from its citation line
// read as the document's own text, dated as it is). A part with nothing
// but white space makes no Document.
//
// The text is decoded as Decode does, incrementally: the byte-order mark
// and UTF-16 detection use the first bytes, and the choice between UTF-8
// and Windows-1252 is made on the first block of input (256 KiB) holding a
// byte over 0x7F. A problem deep in the input (invalid UTF-8, a NUL byte,
// an unpaired UTF-16 surrogate) stops the reading there: the parts before
// it are handed to fn, the text read before it in the last part too, and
// the error is a *timeline.Error at its FILE:LINE:COL. An input over
// opt.MaxBytes, when that is set, is likewise read up to the limit and
// then refused with ErrTooLarge; zero sets no limit here.
//
// ReadParts returns the encoding it read (UTF8, Windows1252, ...), and
// the first error fn returns, as it is.
func ReadParts(r io.Reader, name string, opt Options, fn func(*timeline.Document) error) (encoding string, err error) {
	part := opt.PartBytes
	if part <= 0 {
		part = PartBytes
	}
	part = max(part, 2*utf8.UTFMax)
	raw := make([]byte, min(part, chunkBytes))
	d := &streamDecoder{name: name}
	st := &partState{}
	base := timeline.Position{File: name, Line: 1, Col: 1}
	var pending []byte
	var total int64
	var fnErr error
	// emit makes a part of the first n bytes of pending.
	emit := func(n int) {
		s := string(pending[:n])
		next := timeline.PositionAt(base, s, n)
		if strings.TrimSpace(s) != "" && fnErr == nil {
			fnErr = fn(parsePart(s, base, opt, st))
		}
		base = next
		pending = append(pending[:0], pending[n:]...)
	}
	// cut is where the next part of pending ends (see cutAt): in
	// Markdown, before a fenced code block a cut would leave open, whose
	// closing fence the next part would read as an opening one, taking
	// the prose after it for code.
	cut := func() int {
		n := cutAt(pending, part)
		if opt.Markdown {
			if at := openFence(pending[:n]); at > 0 {
				n = at
			}
		}
		return n
	}
	// flush makes parts of all that is pending.
	flush := func() {
		for len(pending) > part && fnErr == nil {
			emit(cut())
		}
		if len(pending) > 0 {
			emit(len(pending))
		}
	}
	// fail makes parts of what was read before a problem at the end of
	// pending and returns it, positioned there.
	fail := func(e error) (string, error) {
		pos := timeline.PositionAt(base, string(pending), len(pending))
		flush()
		if fnErr != nil {
			return d.encoding(), fnErr
		}
		return d.encoding(), &timeline.Error{Pos: pos, Err: e}
	}
	for {
		n, rerr := io.ReadFull(r, raw)
		final := rerr == io.EOF || rerr == io.ErrUnexpectedEOF
		if rerr != nil && !final {
			return fail(rerr)
		}
		if opt.MaxBytes > 0 && total+int64(n) > opt.MaxBytes {
			n = int(opt.MaxBytes - total)
			pending, err = d.decode(pending, raw[:n], false)
			if err != nil {
				return fail(err)
			}
			return fail(fmt.Errorf("%w: over the limit of %s", ErrTooLarge, FormatBytes(opt.MaxBytes)))
		}
		total += int64(n)
		if total == 0 {
			return "", &timeline.Error{Pos: timeline.Position{File: name}, Err: ErrEmpty}
		}
		pending, err = d.decode(pending, raw[:n], final)
		if err != nil {
			if d.fatal {
				// refused from its first bytes: nothing is read
				return "", &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
			}
			return fail(err)
		}
		for len(pending) >= 2*part && fnErr == nil {
			emit(cut())
		}
		if fnErr != nil {
			return d.encoding(), fnErr
		}
		if final {
			break
		}
	}
	flush()
	if fnErr != nil {
		return d.encoding(), fnErr
	}
	if st.n == 0 {
		return "", &timeline.Error{Pos: timeline.Position{File: name}, Err: ErrEmpty}
	}
	return d.encoding(), nil
}

// cutAt returns where the part of b that is at most n bytes long ends
// (b is valid UTF-8 and longer than n): after its last blank line, else
// its last line end, else its last sentence end, else its last white
// space, each looked for in its last three quarters only, so that parts
// stay large; else at the last character boundary at or before n.
func cutAt(b []byte, n int) int {
	lo := n / 4
	tail := b[lo:n]
	if i := bytes.LastIndex(tail, []byte("\n\n")); i >= 0 {
		return lo + i + 2
	}
	if i := bytes.LastIndexByte(tail, '\n'); i >= 0 {
		return lo + i + 1
	}
	if i := lastSentenceEnd(tail); i >= 0 {
		return lo + i
	}
	if i := bytes.LastIndexAny(tail, " \t"); i >= 0 {
		return lo + i + 1
	}
	i := n
	for i > 0 && !utf8.RuneStart(b[i]) {
		i--
	}
	if i > 0 {
		return i
	}
	// a character longer than n (n is at least 2*utf8.UTFMax in
	// ReadParts): end after it, never at zero, so reading goes on
	for i = n; i < len(b) && !utf8.RuneStart(b[i]); i++ {
	}
	return i
}

// openFence returns where the line opening a fenced code block (``` or
// ~~~, as parseBlocks reads it) that is still open at the end of b starts,
// or -1 when none is.
func openFence(b []byte) int {
	open, fence := -1, ""
	for i := 0; i < len(b); {
		end := len(b)
		if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
			end = i + j
		}
		line := b[i:end]
		t := bytes.TrimLeft(line, " ")
		switch {
		case len(t) == 0 || t[0] != '`' && t[0] != '~':
			// the quick test: no fence
		case open < 0 && fenceRe.Match(line):
			fence = string(t[:len(t)-len(bytes.TrimLeft(t, string(t[:1])))])
			open = i
		case open >= 0 && bytes.HasPrefix(t, []byte(fence)):
			open = -1
		}
		i = end + 1
	}
	return open
}

// lastSentenceEnd returns the offset just after the space that follows the
// last ".", "!" or "?" of b, or -1.
func lastSentenceEnd(b []byte) int {
	for i := len(b) - 2; i >= 0; i-- {
		switch b[i] {
		case '.', '!', '?':
			if b[i+1] == ' ' {
				return i + 2
			}
		}
	}
	return -1
}

// streamDecoder is Decode, a block at a time: it turns the bytes of a
// text into UTF-8 with "\n" line ends, holding back across blocks what a
// block cut in two (a UTF-8 sequence, a UTF-16 unit or surrogate pair, a
// "\r\n").
type streamDecoder struct {
	name    string
	started bool
	enc     string // "" while only ASCII has been read
	utf16   bool
	be      bool
	carry   []byte // raw bytes held back from the last block
	cr      bool   // a "\r" ended the last block: drop a "\n" that starts this one
	fatal   bool   // the error refuses the input as a whole (binary, UTF-32, ...)
	raw     int64  // bytes read, for the message of a truncated UTF-16 file
	out     bool   // some text was decoded
	tmp     []byte
}

func (d *streamDecoder) encoding() string {
	if d.enc == "" {
		return UTF8
	}
	return d.enc
}

// decode appends the text of block to dst; final says that no block
// follows. On an error dst holds the text before the bad byte.
func (d *streamDecoder) decode(dst, block []byte, final bool) ([]byte, error) {
	d.raw += int64(len(block))
	b := block
	if len(d.carry) > 0 {
		b = append(d.carry, block...)
		d.carry = nil
	}
	if !d.started {
		if len(b) < 4 && !final {
			d.carry = append([]byte(nil), b...)
			return dst, nil
		}
		d.started = true
		switch {
		case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
			d.fatal = true
			return dst, errors.New("UTF-32 text is not supported; save it as UTF-8")
		case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
			d.enc, b = UTF8BOM, b[3:]
		case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
			d.enc, d.utf16, b = UTF16LE, true, b[2:]
		case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
			d.enc, d.utf16, d.be, b = UTF16BE, true, true, b[2:]
		default:
			if le, ok := bomlessUTF16(b); ok {
				d.utf16, d.be, d.enc = true, !le, UTF16LE
				if !le {
					d.enc = UTF16BE
				}
			}
		}
		if !d.utf16 && isBinary(b) {
			d.fatal = true
			return dst, ErrBinary
		}
	}
	if d.utf16 {
		return d.decodeUTF16(dst, b, final)
	}
	return d.decode8(dst, b, final)
}

// decode8 decodes UTF-8 or Windows-1252.
func (d *streamDecoder) decode8(dst, b []byte, final bool) ([]byte, error) {
	if !final {
		// Hold back a UTF-8 sequence the block cuts in two.
		for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
			c := b[len(b)-k]
			if c < 0x80 {
				break
			}
			if utf8.RuneStart(c) {
				if !utf8.FullRune(b[len(b)-k:]) {
					d.carry = append([]byte(nil), b[len(b)-k:]...)
					b = b[:len(b)-k]
				}
				break
			}
		}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		dst, _ = d.decode8(dst, b[:i], true)
		return dst, errors.New("binary data (a NUL byte); the text is read up to here")
	}
	if d.enc == Windows1252 {
		for i, c := range b {
			if c >= 0x80 && c < 0xA0 && cp1252[c-0x80] == 0 {
				dst = d.appendText(dst, []byte(decodeWindows1252(b[:i])))
				return dst, fmt.Errorf("%w (byte 0x%02X); not UTF-8, UTF-16 or Windows-1252 text", ErrInvalidUTF8, c)
			}
		}
		return d.appendText(dst, []byte(decodeWindows1252(b))), nil
	}
	if !utf8.Valid(b) {
		if d.enc == "" && looksWindows1252(b) {
			d.enc = Windows1252
			return d.decode8(dst, b, final)
		}
		off := firstInvalidUTF8(b)
		dst = d.appendText(dst, b[:off])
		return dst, fmt.Errorf("%w (byte 0x%02X); not UTF-8, UTF-16 or Windows-1252 text", ErrInvalidUTF8, b[off])
	}
	if d.enc == "" && !isASCII(b) {
		d.enc = UTF8
	}
	return d.appendText(dst, b), nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// decodeUTF16 decodes UTF-16 in the byte order found.
func (d *streamDecoder) decodeUTF16(dst, b []byte, final bool) ([]byte, error) {
	if len(b)%2 != 0 {
		if final {
			dst, err := d.decodeUTF16(dst, b[:len(b)-1], true)
			if err == nil {
				err = fmt.Errorf("%w: odd number of bytes (%d), the file is truncated", ErrUTF16, d.raw)
			}
			return dst, err
		}
		d.carry = append(d.carry, b[len(b)-1])
		b = b[:len(b)-1]
	}
	unit := func(i int) rune {
		if d.be {
			return rune(b[2*i])<<8 | rune(b[2*i+1])
		}
		return rune(b[2*i+1])<<8 | rune(b[2*i])
	}
	n := len(b) / 2
	out := d.tmp[:0]
	for i := 0; i < n; i++ {
		c := unit(i)
		switch {
		case utf16.IsSurrogate(c):
			if c < 0xDC00 && i+1 == n && !final {
				// the pair's second half is in the next block
				d.carry = append(append([]byte(nil), b[2*i:2*i+2]...), d.carry...)
				continue
			}
			if c < 0xDC00 && i+1 < n {
				if r := utf16.DecodeRune(c, unit(i+1)); r != utf8.RuneError {
					out = utf8.AppendRune(out, r)
					i++
					continue
				}
			}
			d.tmp = out
			return d.appendText(dst, out), fmt.Errorf("%w: unpaired surrogate 0x%04X", ErrUTF16, c)
		case c < 0x20 && !isTextControl(byte(c)), c == 0x7F:
			d.tmp = out
			return d.appendText(dst, out), fmt.Errorf("binary data (control character 0x%02X); the text is read up to here", c)
		case c == 0xFEFF && !d.out && len(out) == 0:
			continue // a byte-order mark
		}
		out = utf8.AppendRune(out, c)
	}
	d.tmp = out
	return d.appendText(dst, out), nil
}

// appendText appends s to dst with "\r\n" and "\r" made "\n".
func (d *streamDecoder) appendText(dst, s []byte) []byte {
	d.out = d.out || len(s) > 0
	if d.cr && len(s) > 0 {
		d.cr = false
		if s[0] == '\n' {
			s = s[1:]
		}
	}
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\r')
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:i]...)
		dst = append(dst, '\n')
		s = s[i+1:]
		if len(s) == 0 {
			d.cr = true // a "\n" may open the next block
		} else if s[0] == '\n' {
			s = s[1:]
		}
	}
	return dst
}

// Decoder reads a text as Decode decodes it, a block at a time: UTF-8
// with "\n" line ends, from UTF-8, UTF-16 or Windows-1252 (the encoding
// decided as ReadParts decides it). It holds one block at a time, for
// readers of other formats that read a stream of text (event sheets). A
// problem in the input is returned by Read, once the text before it has
// been read, as a *timeline.Error at its FILE:LINE:COL.
type Decoder struct {
	r    io.Reader
	d    streamDecoder
	raw  []byte
	out  []byte // decoded, not yet read
	next int    // of out, the first byte not yet read
	pos  timeline.Position
	err  error
	eof  bool
	any  bool // some text that is not white space was decoded
}

// NewDecoder returns a Decoder of r; name is used in positions.
func NewDecoder(r io.Reader, name string) *Decoder {
	return &Decoder{r: r, d: streamDecoder{name: name}, raw: make([]byte, chunkBytes), pos: timeline.Position{File: name, Line: 1, Col: 1}}
}

// Encoding returns the encoding read so far: UTF8 until a byte over 0x7F
// decides it.
func (d *Decoder) Encoding() string { return d.d.encoding() }

// Read reads decoded text into p.
func (d *Decoder) Read(p []byte) (int, error) {
	for d.next == len(d.out) {
		if d.err != nil {
			return 0, d.err
		}
		if d.eof {
			if !d.any {
				d.err = &timeline.Error{Pos: timeline.Position{File: d.d.name}, Err: ErrEmpty}
				return 0, d.err
			}
			return 0, io.EOF
		}
		d.out, d.next = d.out[:0], 0
		n, err := io.ReadFull(d.r, d.raw)
		final := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !final {
			d.err = &timeline.Error{Pos: d.pos, Err: err}
		}
		var derr error
		d.out, derr = d.d.decode(d.out, d.raw[:n], final)
		d.any = d.any || len(bytes.TrimSpace(d.out)) > 0
		end := advance(d.pos, d.out)
		switch {
		case derr != nil && d.d.fatal:
			d.out, d.err = d.out[:0], &timeline.Error{Pos: timeline.Position{File: d.d.name}, Err: derr}
		case derr != nil:
			d.err = &timeline.Error{Pos: end, Err: derr}
		}
		d.pos = end
		d.eof = final
	}
	n := copy(p, d.out[d.next:])
	d.next += n
	return n, nil
}

// advance returns the position after text b that starts at p.
func advance(p timeline.Position, b []byte) timeline.Position {
	p.Offset += len(b)
	if nl := bytes.Count(b, []byte{'\n'}); nl > 0 {
		p.Line += nl
		p.Col = len(b) - bytes.LastIndexByte(b, '\n')
	} else {
		p.Col += len(b)
	}
	return p
}
