package text

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// piece says that raw[off:] (up to the next piece) was copied from the
// source text starting at byte src.
type piece struct{ off, src int }

// rawText is a block's content with block markers ("> ", "# ", list
// bullets, indentation) removed, and the map back to its source.
type rawText struct {
	s      string
	pieces []piece
	loc    *locator
	buf    []byte // s while it is being built by add; see done
}

// add appends s, copied from the source at byte src.
func (r *rawText) add(s string, src int) {
	if r.buf == nil {
		r.buf = []byte(r.s)
	}
	r.pieces = append(r.pieces, piece{off: len(r.buf), src: src})
	r.buf = append(r.buf, s...)
}

// done ends a run of add calls.
func (r *rawText) done() {
	if r.buf != nil {
		r.s, r.buf = string(r.buf), nil
	}
}

// srcAt returns the source offset of raw byte i.
func (r *rawText) srcAt(i int) int {
	k := sort.Search(len(r.pieces), func(k int) bool { return r.pieces[k].off > i }) - 1
	if k < 0 {
		return 0
	}
	return r.pieces[k].src + i - r.pieces[k].off
}

// slice returns raw[a:b] with its map.
func (r *rawText) slice(a, b int) rawText {
	out := rawText{s: r.s[a:b], loc: r.loc}
	for k, p := range r.pieces {
		end := len(r.s)
		if k+1 < len(r.pieces) {
			end = r.pieces[k+1].off
		}
		if end <= a || p.off >= b {
			continue
		}
		lo := max(p.off, a)
		out.pieces = append(out.pieces, piece{off: lo - a, src: p.src + lo - p.off})
	}
	return out
}

// code returns the ranges of r.s that are code in the text r was read
// from (see locator.code): what another reader marked, an HTML <code>.
func (r *rawText) code() [][2]int {
	if r.loc == nil || len(r.loc.code) == 0 {
		return nil
	}
	cs := r.loc.code
	var out [][2]int
	for k, p := range r.pieces {
		end := len(r.s)
		if k+1 < len(r.pieces) {
			end = min(r.pieces[k+1].off, end)
		}
		if end <= p.off {
			continue
		}
		lo, hi := p.src, p.src+end-p.off
		i := sort.Search(len(cs), func(i int) bool { return cs[i][1] > lo })
		for ; i < len(cs) && cs[i][0] < hi; i++ {
			a, b := max(cs[i][0], lo), min(cs[i][1], hi)
			out = addRange(out, p.off+a-lo, p.off+b-lo)
		}
	}
	return out
}

// addRange appends the byte range [a, b) to rs, ranges in increasing
// order, joining it to the last one when they touch or overlap. An empty
// range is not added.
func addRange(rs [][2]int, a, b int) [][2]int {
	if a >= b {
		return rs
	}
	if n := len(rs); n > 0 && a <= rs[n-1][1] {
		rs[n-1][1] = max(rs[n-1][1], b)
		return rs
	}
	return append(rs, [2]int{a, b})
}

// markup removal ------------------------------------------------------

var (
	autolinkRe = regexp.MustCompile(`<((?:https?|ftp|mailto):[^\s<>]+)>`)
	urlRe      = regexp.MustCompile(`(?:https?|ftp)://[^\s<>"“”]+`)
	linkRe     = regexp.MustCompile(`(!?)\[([^\[\]\n]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)`)
	refLinkRe  = regexp.MustCompile(`\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]`)
	tagRe      = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>`)
	entityRe   = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	codeRunRe  = regexp.MustCompile("`+")
	// footRefRe is the mark of a Markdown footnote in the text: "[^1]",
	// "[^note]" (its definition, "[^1]: ...", has a colon after it).
	footRefRe = regexp.MustCompile(`\[\^[^\]\s]{1,30}\]`)
)

// stripper records which bytes of a raw text to drop or replace.
type stripper struct {
	s       string
	drop    []bool
	protect []bool
	repl    map[int]repl // replacement starting at a byte
	code    [][2]int     // the content of code spans, in increasing order
}

type repl struct {
	end int
	lit string
}

func (st *stripper) dropRange(a, b int) {
	for i := a; i < b; i++ {
		st.drop[i] = true
	}
}

func (st *stripper) protectRange(a, b int) {
	for i := a; i < b; i++ {
		st.protect[i] = true
	}
}

func (st *stripper) free(a, b int) bool {
	for i := a; i < b; i++ {
		if st.protect[i] || st.drop[i] {
			return false
		}
	}
	return true
}

// strip removes inline markup from r: emphasis (*x*, **x**, _x_), code
// spans, links and images (their text is kept), autolinks, and in Markdown
// also HTML tags, entities and backslash escapes. Text that is not markup
// is kept byte for byte. It returns the text, its segments and the ranges
// of the text that are code: the content of Markdown code spans, and what
// the text r was read from marked as code (see rawText.code), which is
// kept as written.
func strip(r rawText, md bool) (string, []timeline.Segment, [][2]int) {
	s := r.s
	given := r.code()
	if !strings.ContainsAny(s, "*_`[<&\\") {
		return emit(r, nil, given)
	}
	st := &stripper{s: s, drop: make([]bool, len(s)), protect: make([]bool, len(s))}
	for _, c := range given {
		st.protectRange(c[0], c[1])
	}
	if md {
		st.codeSpans()
	}
	hasLT := strings.IndexByte(s, '<') >= 0
	for _, m := range matches(hasLT, autolinkRe, s) {
		if st.free(m[0], m[1]) {
			st.drop[m[0]], st.drop[m[1]-1] = true, true
			st.protectRange(m[2], m[3])
		}
	}
	for _, m := range matches(strings.Contains(s, "]("), linkRe, s) {
		if !st.free(m[0], m[1]) {
			continue
		}
		st.dropRange(m[0], m[4]) // "![" or "["
		st.dropRange(m[5], m[1]) // "](url)"
	}
	if md {
		for _, m := range matches(strings.Contains(s, "]["), refLinkRe, s) {
			if digitsOnly(s[m[2]:m[3]]) && digitsOnly(s[m[4]:m[5]]) && m[5] > m[4] {
				continue // "St George's Day.[2][3]": two notes' marks, no link
			}
			if st.free(m[0], m[1]) {
				st.dropRange(m[0], m[2])
				st.dropRange(m[3], m[1])
			}
		}
	}
	if md {
		// a footnote's mark, which Markdown shows as a raised number:
		// "invents the spinning jenny.[^1]" reads "invents the spinning
		// jenny."
		for _, m := range matches(strings.Contains(s, "[^"), footRefRe, s) {
			if st.free(m[0], m[1]) && !strings.HasPrefix(s[m[1]:], ":") {
				st.dropRange(m[0], m[1])
			}
		}
	}
	for _, m := range matches(strings.Contains(s, "://"), urlRe, s) {
		st.protectRange(m[0], m[1])
	}
	if md {
		for _, m := range matches(hasLT, tagRe, s) {
			if st.free(m[0], m[1]) {
				st.dropRange(m[0], m[1])
			}
		}
		for _, m := range matches(strings.IndexByte(s, '&') >= 0, entityRe, s) {
			if !st.free(m[0], m[1]) {
				continue
			}
			if u := html.UnescapeString(s[m[0]:m[1]]); u != s[m[0]:m[1]] {
				if st.repl == nil {
					st.repl = map[int]repl{}
				}
				st.repl[m[0]] = repl{end: m[1], lit: u}
				st.protectRange(m[0], m[1])
			}
		}
		for i := 0; i+1 < len(s); i++ {
			if s[i] == '\\' && !st.protect[i] && !st.drop[i] && isASCIIPunct(s[i+1]) {
				st.drop[i] = true
				st.protect[i+1] = true
				i++
			}
		}
	}
	st.emphasis()
	var keeps []keep
	for i := 0; i < len(s); {
		if rp, ok := st.repl[i]; ok {
			keeps = append(keeps, keep{a: i, b: rp.end, lit: rp.lit})
			i = rp.end
			continue
		}
		if st.drop[i] {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && !st.drop[j] {
			if _, ok := st.repl[j]; ok {
				break
			}
			j++
		}
		keeps = append(keeps, keep{a: i, b: j})
		i = j
	}
	code := given
	if len(st.code) > 0 {
		code = mergeRanges(given, st.code)
	}
	return emit(r, keeps, code)
}

// mergeRanges returns the union of two lists of ranges, each in increasing
// order, as one such list.
func mergeRanges(a, b [][2]int) [][2]int {
	out := make([][2]int, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		var r [2]int
		if len(b) == 0 || len(a) > 0 && a[0][0] <= b[0][0] {
			r, a = a[0], a[1:]
		} else {
			r, b = b[0], b[1:]
		}
		out = addRange(out, r[0], r[1])
	}
	return out
}

// matches runs re over s only when a cheap test says it may match.
func matches(maybe bool, re *regexp.Regexp, s string) [][]int {
	if !maybe {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

// codeSpans drops the backticks around `code`, protects its content and
// records it as code.
func (st *stripper) codeSpans() {
	runs := codeRunRe.FindAllStringIndex(st.s, -1)
	for i := 0; i < len(runs); i++ {
		if !st.free(runs[i][0], runs[i][1]) {
			continue // a backtick inside code another reader marked
		}
		n := runs[i][1] - runs[i][0]
		for j := i + 1; j < len(runs); j++ {
			if runs[j][1]-runs[j][0] != n || !st.free(runs[j][0], runs[j][1]) {
				continue
			}
			st.dropRange(runs[i][0], runs[i][1])
			st.dropRange(runs[j][0], runs[j][1])
			st.protectRange(runs[i][1], runs[j][0])
			st.code = addRange(st.code, runs[i][1], runs[j][0])
			i = j
			break
		}
	}
}

type delimRun struct {
	c          byte
	start, n   int
	open, shut bool
}

// emphasis drops matched emphasis delimiters, following CommonMark's
// flanking rules (so snake_case and 2*3*4 are left alone).
func (st *stripper) emphasis() {
	s := st.s
	var stack []delimRun
	for i := 0; i < len(s); {
		c := s[i]
		if (c != '*' && c != '_') || st.protect[i] || st.drop[i] {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == c && !st.protect[j] && !st.drop[j] {
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		if i == 0 {
			prev = ' '
		}
		if j == len(s) {
			next = ' '
		}
		left := !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev))
		right := !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next))
		d := delimRun{c: c, start: i, n: j - i, open: left, shut: right}
		if c == '_' {
			d.open = left && (!right || isPunct(prev))
			d.shut = right && (!left || isPunct(next))
		} else if left && right && isAlnum(prev) && isAlnum(next) {
			// Unlike CommonMark, "2*3*4" is arithmetic, not emphasis.
			d.open, d.shut = false, false
		}
		i = j
		if d.shut {
			for d.n > 0 {
				k := len(stack) - 1
				for k >= 0 && stack[k].c != d.c {
					k--
				}
				if k < 0 {
					break
				}
				o := &stack[k]
				m := min(o.n, d.n, 2)
				st.dropRange(o.start+o.n-m, o.start+o.n)
				st.dropRange(d.start, d.start+m)
				o.n -= m
				d.start += m
				d.n -= m
				if o.n == 0 {
					stack = stack[:k]
				} else {
					stack = stack[:k+1]
				}
			}
		}
		if d.open && d.n > 0 {
			stack = append(stack, d)
		}
	}
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// keep is a run of raw text kept, or (lit != "") replaced by lit.
type keep struct {
	a, b int
	lit  string
}

// emit builds the text kept from r and the segments mapping it back to the
// document. keeps == nil keeps everything. code holds ranges of r.s, in
// increasing order, that are code: emit returns where what it keeps of
// them stands in the text.
func emit(r rawText, keeps []keep, code [][2]int) (string, []timeline.Segment, [][2]int) {
	if keeps == nil {
		keeps = []keep{{a: 0, b: len(r.s)}}
	}
	var sb strings.Builder
	var segs []timeline.Segment
	var out [][2]int
	prevEnd, first := -1, 0
	for _, k := range keeps {
		if k.lit != "" {
			// An entity's replacement: never inside code, which is
			// protected from markup removal.
			segs = append(segs, timeline.Segment{Off: sb.Len(), Pos: r.loc.pos(r.srcAt(k.a))})
			sb.WriteString(k.lit)
			prevEnd = -1
			continue
		}

		for p := first; p < len(r.pieces) && r.pieces[p].off < k.b; p++ {
			pc := r.pieces[p]
			end := len(r.s)
			if p+1 < len(r.pieces) {
				end = r.pieces[p+1].off
			}
			if end <= k.a {
				first = p + 1
				continue
			}
			x, y := max(pc.off, k.a), min(end, k.b)
			if x >= y {
				continue
			}
			src := pc.src + x - pc.off
			if src != prevEnd {
				segs = append(segs, timeline.Segment{Off: sb.Len(), Pos: r.loc.pos(src)})
			}
			// The bytes copied may run over a seam of the text read,
			// where its own segments start (what another reader, or the
			// subtitle reader, joined): a segment starts there too.
			for _, at := range r.loc.seams(src, src+y-x) {
				if at > src || src == prevEnd {
					segs = append(segs, timeline.Segment{Off: sb.Len() + at - src, Pos: r.loc.pos(at)})
				}
			}
			// The code among the bytes copied, which come in order.
			for len(code) > 0 && code[0][1] <= x {
				code = code[1:]
			}
			for _, c := range code {
				if c[0] >= y {
					break
				}
				a, b := max(c[0], x), min(c[1], y)
				out = addRange(out, sb.Len()+a-x, sb.Len()+b-x)
			}
			sb.WriteString(r.s[x:y])
			prevEnd = src + y - x
		}
	}
	return sb.String(), segs, out
}

// digitsOnly reports whether s is one to three digits.
func digitsOnly(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
