package pdf

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// glyph is one character drawn on a page, in points from the bottom left.
type glyph struct {
	x, y float64 // the origin of the glyph, on its baseline
	w    float64 // its advance width
	size float64 // the font size as drawn
	s    string
}

// matrix is a PDF transformation matrix [a b c d e f] as a 3x3.
type matrix [3][3]float64

var identity = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (m matrix) mul(n matrix) matrix {
	var r matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return r
}

func translate(tx, ty float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// font is what the interpreter needs of a font: its decoding and widths.
type font struct {
	enc     lpdf.TextEncoding
	first   int
	widths  []float64
	twoByte bool            // a composite (Type0) font: two bytes a glyph
	cidW    map[int]float64 // a composite font's widths by CID
	dw      float64         // a composite font's default width
}

// maxCIDWidths bounds the entries read from a composite font's /W array.
const maxCIDWidths = 65536

func loadFont(v lpdf.Value) *font {
	f := &font{first: int(v.Key("FirstChar").Int64()), dw: 1000}
	lf := lpdf.Font{V: v}
	f.enc = lf.Encoder()
	if ws := v.Key("Widths"); ws.Kind() == lpdf.Array {
		n := min(ws.Len(), 256)
		f.widths = make([]float64, n)
		for i := range n {
			f.widths[i] = ws.Index(i).Float64()
		}
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		if dw := d.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = map[int]float64{}
		w := d.Key("W")
		for i := 0; i < w.Len() && len(f.cidW) < maxCIDWidths; {
			c := int(w.Index(i).Int64())
			next := w.Index(i + 1)
			if next.Kind() == lpdf.Array {
				for j := 0; j < next.Len() && len(f.cidW) < maxCIDWidths; j++ {
					f.cidW[c+j] = next.Index(j).Float64()
				}
				i += 2
				continue
			}
			last, width := int(next.Int64()), w.Index(i+2).Float64()
			for cc := c; cc <= last && len(f.cidW) < maxCIDWidths; cc++ {
				f.cidW[cc] = width
			}
			i += 3
		}
	}
	return f
}

// width returns the advance of a code in thousandths of the font size; an
// unknown width counts as half an em.
func (f *font) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cidW[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	return 500
}

// textState is the part of the graphics state text drawing depends on.
type textState struct {
	ctm                  matrix
	tc, tw, th, tl, rise float64
	fontSize             float64
	font                 *font
}

// errLimit stops the interpreter when a page draws more than the bound.
var errLimit = errors.New("too much text")

// pageGlyphs runs a page's content stream and returns the glyphs it draws,
// at most max of them (errLimit past that).
func pageGlyphs(page lpdf.Page, max int) (out []glyph, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, errLimit) {
				err = errLimit
				return
			}
			err = panicError(r)
		}
	}()
	contents := page.V.Key("Contents")
	if contents.Kind() == lpdf.Null {
		return nil, nil
	}
	if err := checkContent(contents); err != nil {
		return nil, err
	}
	fonts := map[string]*font{}
	res := page.V.Key("Resources")
	for p := page.V; res.Kind() == lpdf.Null && p.Kind() != lpdf.Null; {
		p = p.Key("Parent")
		res = p.Key("Resources")
	}
	fontOf := func(name string) *font {
		if f, ok := fonts[name]; ok {
			return f
		}
		f := loadFont(res.Key("Font").Key(name))
		fonts[name] = f
		return f
	}
	g := textState{ctm: identity, th: 1}
	var stack []textState
	tm, tlm := identity, identity
	show := func(s string) {
		f := g.font
		if f == nil {
			return
		}
		step := 1
		if f.twoByte {
			step = 2
		}
		for i := 0; i+step <= len(s); i += step {
			code := int(s[i])
			if step == 2 {
				code = code<<8 | int(s[i+1])
			}
			w0 := f.width(code)
			trm := matrix{{g.fontSize * g.th, 0, 0}, {0, g.fontSize, 0}, {0, g.rise, 1}}.mul(tm).mul(g.ctm)
			text := f.enc.Decode(s[i : i+step])
			if text != "" && text != "\x00" {
				size := math.Hypot(trm[1][0], trm[1][1])
				out = append(out, glyph{x: trm[2][0], y: trm[2][1], w: w0 / 1000 * math.Hypot(trm[0][0], trm[0][1]), size: size, s: text})
				if len(out) > max {
					panic(errLimit)
				}
			}
			tx := w0/1000*g.fontSize + g.tc
			if step == 1 && s[i] == ' ' {
				tx += g.tw
			}
			tm = translate(tx*g.th, 0).mul(tm)
		}
	}
	num := func(args []lpdf.Value, i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	lpdf.Interpret(contents, func(stk *lpdf.Stack, op string) {
		n := stk.Len()
		args := make([]lpdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "q":
			if len(stack) < 64 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = matrixOf(args).mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				g.font = fontOf(args[0].Name())
				g.fontSize = args[1].Float64()
			}
		case "Tc":
			g.tc = num(args, 0)
		case "Tw":
			g.tw = num(args, 0)
		case "Tz":
			g.th = num(args, 0) / 100
		case "TL":
			g.tl = num(args, 0)
		case "Ts":
			g.rise = num(args, 0)
		case "Td":
			tlm = translate(num(args, 0), num(args, 1)).mul(tlm)
			tm = tlm
		case "TD":
			g.tl = -num(args, 1)
			tlm = translate(num(args, 0), num(args, 1)).mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) == 6 {
				tlm = matrixOf(args)
				tm = tlm
			}
		case "T*":
			tlm = translate(0, -g.tl).mul(tlm)
			tm = tlm
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = args[0].Float64(), args[1].Float64()
				args = args[2:]
			}
			tlm = translate(0, -g.tl).mul(tlm)
			tm = tlm
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == lpdf.String {
					show(x.RawString())
				} else {
					tm = translate(-x.Float64()/1000*g.fontSize*g.th, 0).mul(tm)
				}
			}
		}
	})
	return out, nil
}

func matrixOf(args []lpdf.Value) matrix {
	var m matrix
	for i := 0; i < 6; i++ {
		m[i/2][i%2] = args[i].Float64()
	}
	m[2][2] = 1
	return m
}

// panicError turns what the parser panicked with into an error.
func panicError(r any) error {
	if e, ok := r.(error); ok {
		return e
	}
	s, _ := r.(string)
	if s == "" {
		s = "malformed content"
	}
	return errors.New(strings.TrimPrefix(s, "malformed PDF: "))
}

// errHexString refuses a content stream with a hex string that never ends:
// the PDF library's interpreter would read past its end forever.
var errHexString = errors.New("malformed content stream: a hex string (<...>) is not closed")

// maxContent bounds the content streams of one page that checkContent
// reads.
const maxContent = 64 << 20

// checkContent reads a page's content streams as the interpreter will (an
// array of streams is one stream) and refuses them when a hex string is
// not closed before the end. It skips comments and literal strings, in
// which a '<' is text. A stream that cannot be read is left to the
// interpreter, which reports it.
func checkContent(contents lpdf.Value) error {
	var rd io.Reader
	if contents.Kind() == lpdf.Array {
		readers := make([]io.Reader, 0, contents.Len())
		for i := 0; i < contents.Len(); i++ {
			readers = append(readers, contents.Index(i).Reader())
		}
		rd = io.MultiReader(readers...)
	} else {
		rd = contents.Reader()
	}
	data, err := io.ReadAll(io.LimitReader(rd, maxContent))
	if err != nil {
		return nil
	}
	if !hexStringsClosed(data) {
		return errHexString
	}
	return nil
}

// hexStringsClosed reports whether every hex string of a content stream
// ends with '>' before the stream does.
func hexStringsClosed(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '%': // a comment, to the end of the line
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case '(': // a literal string, with nesting and escapes
			depth := 1
			for i++; i < len(b) && depth > 0; i++ {
				switch b[i] {
				case '\\':
					i++
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			i--
		case '<':
			if i+1 < len(b) && b[i+1] == '<' {
				i++ // a dictionary
				continue
			}
			j := bytes.IndexByte(b[i+1:], '>')
			if j < 0 {
				return false
			}
			i += 1 + j
		}
	}
	return true
}
