package text

import (
	"html"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// A subtitle file (SubRip .srt, WebVTT .vtt) is a transcript cut into
// cues, each a number or an identifier, a timing line and a line or two of
// text:
//
//	7
//	00:00:31,800 --> 00:00:38,400
//	The Act received royal assent
//
//	8
//	00:00:38,400 --> 00:00:41,000
//	on 5 July 1956.
//
// Only the cues' text is the document's text: the numbers, the timing
// lines (offsets into a recording, never dates), a WebVTT file's header
// and its NOTE, STYLE and REGION blocks, cue settings ("align:start
// position:10%") and inline tags (<i>, <b>, <c.yellow>, <00:00:12.000>,
// an SRT's {\an8}) are left out. The cues of one speaker are joined into
// running text, so that a sentence cut across cues is one sentence; a
// change of speaker (a voice tag "<v Ana>", a label "ANA:" or "- Ana:"
// opening a cue's line, a dialogue dash "- ") opens a paragraph that
// starts with the speaker's label ("Ana: ..."), as a plain-text
// transcript writes it. Captions that roll up (YouTube's, each cue
// showing the line before over the new one) are read once: a line of
// three words or more that repeats the line just read is left out.
// Section.Segments map every run of the joined text
// back to its cue's line. A block that is no cue (a malformed timing line,
// a number without one, text between cues) is read as plain text, as
// written: nothing of a cue is lost. A subtitle file gives no reference
// date: a line of its text may, as in any text (a line before the cues, a
// first cue that dates the recording).

// subFormat is the dialect of a subtitle file.
type subFormat uint8

const (
	noSubs  subFormat = iota
	srtSubs           // SubRip: a number, a timing line with commas, the text
	vttSubs           // WebVTT: a WEBVTT header, then cues and NOTE, STYLE and REGION blocks
)

// SubtitleStart reports whether text opens as a subtitle file does: with
// a "WEBVTT" line, or with a SubRip cue ("1" over "00:00:01,000 -->
// 00:00:04,000", the number perhaps left out). A byte-order mark and
// blank lines before it are skipped. Package sources uses it to read such
// an input as text whatever its name.
func SubtitleStart(text string) bool {
	return subtitleStart(text) != noSubs
}

func subtitleStart(text string) subFormat {
	s := strings.TrimLeft(strings.TrimPrefix(text, "\uFEFF"), " \t\r\n")
	if vttHeader(firstOf(s)) {
		return vttSubs
	}
	// (The arrow written right: a mistyped one is read in a file known
	// to hold subtitles, but does not make one.)
	timing := func(line string) bool {
		_, ok := parseTiming(line)
		return ok && strings.Contains(line, "-->")
	}
	line, rest, _ := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if timing(line) || allDigits(line) && timing(strings.TrimSpace(firstOf(rest))) {
		return srtSubs
	}
	return noSubs
}

// firstOf is the first line of s, without its "\r".
func firstOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimRight(line, "\r")
}

// vttHeader reports whether line is a WebVTT file's first line: "WEBVTT",
// alone or followed by a space or a tab and a title.
func vttHeader(line string) bool {
	rest, ok := strings.CutPrefix(line, "WEBVTT")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// subtitleFormat tells whether a document named name holding text is a
// subtitle file, by its content first, else by its extension.
func subtitleFormat(name, text string) subFormat {
	if f := subtitleStart(text); f != noSubs {
		return f
	}
	ext := path.Ext(name)
	if i := strings.IndexAny(ext, "?#"); i >= 0 {
		ext = ext[:i]
	}
	switch strings.ToLower(ext) {
	case ".srt":
		return srtSubs
	case ".vtt":
		return vttSubs
	}
	return noSubs
}

func allDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// parseTiming reads a cue's timing line, "00:00:31,800 --> 00:00:38,400"
// (SubRip) or "00:31.800 --> 00:38.400 align:start" (WebVTT, its settings
// after the second time), and returns the cue's start in milliseconds.
//
// An arrow mistyped ("->", "—>", "-- >") between two good times is read
// as one: the line can be nothing else.
func parseTiming(line string) (int, bool) {
	var a, b string
	ok := false
	for _, arrow := range []string{"-->", "->", "—>", "–>", "-- >", "=>"} {
		if a, b, ok = strings.Cut(line, arrow); ok {
			break
		}
	}
	if !ok {
		return 0, false
	}
	start, ok1 := parseTimecode(strings.TrimSpace(a))
	b = strings.TrimLeft(b, " \t")
	if i := strings.IndexAny(b, " \t"); i >= 0 {
		b = b[:i] // cue settings: "align:start position:10%", "X1:100 X2:600 ..."
	}
	_, ok2 := parseTimecode(b)
	return start, ok1 && ok2
}

// parseTimecode reads "00:00:31,800", "00:31.800", "1:02:03.4" or
// "00:00:31" into milliseconds.
func parseTimecode(s string) (int, bool) {
	var fields [3]string
	n := 0
	for s != "" {
		if n == 3 {
			return 0, false
		}
		f, rest, _ := strings.Cut(s, ":")
		fields[n], s = f, rest
		n++
	}
	if n < 2 {
		return 0, false
	}
	sec, frac, _ := strings.Cut(fields[n-1], ",")
	if sec == fields[n-1] {
		sec, frac, _ = strings.Cut(sec, ".")
	}
	if len(frac) > 3 || !allDigits(sec) || len(sec) != 2 || frac != "" && !allDigits(frac) {
		return 0, false
	}
	min, h := fields[n-2], "0"
	if n == 3 {
		h = fields[0]
	}
	if !allDigits(min) || len(min) > 2 || !allDigits(h) || len(h) > 4 {
		return 0, false
	}
	m, s2 := atoi(min), atoi(sec)
	if m > 59 || s2 > 59 {
		return 0, false
	}
	ms := atoi(frac)
	for k := len(frac); k < 3; k++ {
		ms *= 10
	}
	return ((atoi(h)*60+m)*60+s2)*1000 + ms, true
}

// subLine is a line of a subtitle file: src[start:end], without its "\r".
type subLine struct {
	start, end int
	n          int // its index among the lines, from 0
}

// subJoin builds the running text of a subtitle file, and the segments
// mapping it back to the file.
type subJoin struct {
	src   string
	base  timeline.Position
	lines []int // the offsets at which lines start
	vtt   bool
	top   bool // src is the start of the file, not a later part

	sb    strings.Builder
	segs  []timeline.Segment
	title string // a WebVTT header's title
	cues  int    // the cues read
	voice string // the speaker whose turn it is, "" when none is known
	// pendVoice is a voice given on a line of its own ("<v Ana>"), at
	// pendAt: it holds for the cue's next line.
	pendVoice string
	pendAt    int
	open      bool   // a paragraph is open: the next cue's text continues it
	lastLine  string // the text of the cue line read last, its spaces folded
}

// joinSubtitles reads src, a subtitle file of format f or the part of one
// starting at base, into running text (see the comment at subFormat), and
// the segments mapping it back to the file. voice is the speaker whose
// turn the part opens in; joinSubtitles returns the one it closes in.
// top says that src is the start of the file, where a WebVTT header is.
func joinSubtitles(src string, base timeline.Position, f subFormat, voice string, top bool) (text string, segs []timeline.Segment, title string, cues int, lastVoice string) {
	// (A part after the first goes on with the turn the last one ended
	// in: its speaker's label is not repeated.)
	j := &subJoin{src: src, base: base, vtt: f == vttSubs, voice: voice, lines: []int{0}, open: !top, top: top}
	if base.Line == 0 {
		j.base.Line, j.base.Col = 1, 1
	}
	var lines []subLine
	for i := 0; i <= len(src); {
		k := strings.IndexByte(src[i:], '\n')
		end := len(src)
		if k >= 0 {
			end = i + k
		}
		e := end
		for e > i && src[e-1] == '\r' {
			e--
		}
		lines = append(lines, subLine{start: i, end: e, n: len(lines)})
		if k < 0 {
			break
		}
		i = end + 1
		j.lines = append(j.lines, i)
	}
	if top && len(lines) > 0 && strings.HasPrefix(src, "\uFEFF") {
		lines[0].start += len("\uFEFF")
	}
	// A blank line ends a block. In WebVTT it is an empty one: a line
	// of spaces is a cue's line (YouTube's captions write one).
	blank := func(l subLine) bool {
		if j.vtt {
			return l.start == l.end
		}
		return strings.TrimSpace(src[l.start:l.end]) == ""
	}
	k := 0
	if top && j.vtt {
		// The header: "WEBVTT", a title perhaps, and metadata lines up
		// to the first blank line.
		for k < len(lines) && blank(lines[k]) {
			k++
		}
		if k < len(lines) && vttHeader(src[lines[k].start:lines[k].end]) {
			j.title = strings.TrimSpace(strings.TrimLeft(src[lines[k].start+len("WEBVTT"):lines[k].end], " \t-–—:"))
			for k++; k < len(lines) && !blank(lines[k]); k++ {
				if ok, _ := j.timing(lines[k]); ok {
					break // a cue right under the header, no blank line between
				}
			}
		}
	}
	for k < len(lines) {
		if blank(lines[k]) {
			k++
			continue
		}
		e := k
		for e < len(lines) && !blank(lines[e]) {
			e++
		}
		j.block(lines[k:e])
		k = e
	}
	return j.sb.String(), j.segs, j.title, j.cues, j.voice
}

// pos is the position of byte i of the file.
func (j *subJoin) pos(i int) timeline.Position {
	p := j.base
	p.Offset += i
	// the last line starting at or before i
	lo, hi := 0, len(j.lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if j.lines[m] <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if n := lo - 1; n > 0 {
		p.Line += n
		p.Col = i - j.lines[n] + 1
	} else {
		p.Col += i
	}
	return p
}

// text returns line l's text.
func (j *subJoin) text(l subLine) string { return j.src[l.start:l.end] }

// timing reports whether line l is a cue's timing line; arrow whether it
// holds "-->" at all.
func (j *subJoin) timing(l subLine) (ok, arrow bool) {
	s := strings.TrimSpace(j.text(l))
	if !strings.Contains(s, ">") {
		return false, false
	}
	_, ok = parseTiming(s)
	return ok, ok || strings.Contains(s, "-->")
}

// block reads a run of lines between blank lines: a WebVTT NOTE, STYLE or
// REGION block (left out), or cues, each an identifier perhaps, a timing
// line and its text (more than one when a file leaves out the blank line
// between cues), or lines that are no cue, read as plain text.
func (j *subJoin) block(ls []subLine) {
	if j.vtt {
		first := strings.TrimSpace(j.text(ls[0]))
		word, _, _ := strings.Cut(first, " ")
		word, _, _ = strings.Cut(word, "\t")
		if word == "NOTE" || word == "STYLE" || word == "REGION" {
			ok0, _ := j.timing(ls[0])
			ok1 := false
			if len(ls) > 1 {
				ok1, _ = j.timing(ls[1])
			}
			if !ok0 && !ok1 {
				return
			}
		}
	}
	k := 0
	for k < len(ls) {
		// The next cue: its timing line t, after its identifier when
		// it has one (any line opening the block; a number within it).
		t := -1
		for x := k; x < len(ls); x++ {
			if ok, arrow := j.timing(ls[x]); ok {
				t = x
				break
			} else if arrow {
				break // a malformed timing line: no cue up to the next good one
			}
		}
		if t < 0 {
			// No cue in the rest of the block, or a malformed timing
			// line first: plain text up to the next good cue.
			next := j.nextTiming(ls, k, true)
			j.plain(ls[k:next])
			k = next
			continue
		}
		cue := t
		if t > k && (t-1 == 0 && j.vtt || allDigits(strings.TrimSpace(j.text(ls[t-1])))) {
			cue = t - 1
		}
		if cue > k {
			j.plain(ls[k:cue])
		}
		// The cue's text runs to the next timing line (good or not) or
		// the number over it.
		end := j.nextTiming(ls, t, false)
		j.cue(ls[t+1 : end])
		k = end
	}
}

// plain adds lines that are no cue as a paragraph of their own, as written.
// nextTiming returns where the next cue after line from starts: its
// timing line (a good one when good, else any with an arrow), or the cue
// number right over it; len(ls) when there is none.
func (j *subJoin) nextTiming(ls []subLine, from int, good bool) int {
	for x := from + 1; x < len(ls); x++ {
		if ok, arrow := j.timing(ls[x]); ok || !good && arrow {
			if x-1 > from && allDigits(strings.TrimSpace(j.text(ls[x-1]))) {
				return x - 1
			}
			return x
		}
	}
	return len(ls)
}

func (j *subJoin) plain(ls []subLine) {
	if len(ls) == 0 {
		return
	}
	a, b := ls[0].start, ls[len(ls)-1].end
	j.para()
	j.copy(a, b)
	j.open = false // the next cue starts a paragraph of its own
	j.voice, j.lastLine = "", ""
}

// para ends the paragraph open, if any: the next text starts a new one.
func (j *subJoin) para() {
	if j.sb.Len() > 0 {
		j.lit("\n\n", j.lastEnd())
	}
	j.open = true
}

// lastEnd is the offset in the file just after the text last copied.
func (j *subJoin) lastEnd() int {
	if len(j.segs) == 0 {
		return 0
	}
	s := j.segs[len(j.segs)-1]
	return min(s.Pos.Offset-j.base.Offset+j.sb.Len()-s.Off, len(j.src))
}

// copy adds src[a:b], as written.
func (j *subJoin) copy(a, b int) {
	if a >= b {
		return
	}
	j.segs = append(j.segs, timeline.Segment{Off: j.sb.Len(), Pos: j.pos(a)})
	j.sb.WriteString(j.src[a:b])
}

// lit adds s, which stands for the file's bytes at offset at (a tag, a
// line break).
func (j *subJoin) lit(s string, at int) {
	at = max(0, min(at, len(j.src)-1))
	j.segs = append(j.segs, timeline.Segment{Off: j.sb.Len(), Pos: j.pos(at)})
	j.sb.WriteString(s)
}

// cue adds the text lines of a cue: to the paragraph open when its
// speaker's turn goes on, else to a new one.
func (j *subJoin) cue(ls []subLine) {
	j.cues++
	from := j.sb.Len()
	for _, l := range ls {
		j.cueLine(l)
	}
	j.pendVoice = ""
	if j.cues == 1 && j.top && j.open {
		// A first cue that dates the recording ("Recorded 9 April
		// 2024.") is a line of its own, the header line it would be in
		// a transcript written as text: the rest does not run on from it.
		t := strings.TrimSpace(j.sb.String()[from:])
		if t != "" && (headerDate(&block{text: t}, false) || madeDate(&block{text: t}, false)) {
			j.open = false
		}
	}
}

// laterVoice returns the offset of a voice tag in src[a:b], a line of a
// cue, that comes after some of its text, or -1.
func (j *subJoin) laterVoice(a, b int) int {
	text := false
	for x := a; x < b; {
		if c := j.src[x]; c == '<' || c == '{' {
			if n, _, voice := tagAt(j.src[x:b]); n > 0 {
				if voice && text {
					return x
				}
				x += n
				continue
			}
		}
		if c := j.src[x]; c != ' ' && c != '\t' {
			text = true
		}
		x++
	}
	return -1
}

// cueLine adds a line of a cue's text, its tags left out.
func (j *subJoin) cueLine(l subLine) {
	a, b := l.start, l.end
	// A voice after the line's first words opens another speaker's
	// turn: "<v Ana>Ready?</v> <v Tomas>Yes." is two turns.
	if at := j.laterVoice(a, b); at > a {
		j.cueLine(subLine{start: a, end: at, n: l.n})
		j.cueLine(subLine{start: at, end: b, n: l.n})
		return
	}
	runs := j.strip(a, b)
	end := b
	if len(runs) > 0 {
		end = runs[0].a
		// Captions that roll up repeat a line of the cue before (each
		// cue of YouTube's shows the line before over the new one): a
		// line of three words or more that says again the line just
		// read is read once.
		var vis strings.Builder
		for _, r := range runs {
			if r.lit != "" {
				vis.WriteString(r.lit)
			} else {
				vis.WriteString(j.src[r.a:r.b])
			}
		}
		v := strings.Join(strings.Fields(vis.String()), " ")
		if v == j.lastLine && strings.Count(v, " ") >= 2 {
			return
		}
		j.lastLine = v
	}
	// A speaker's voice among the tags opening the line, before any
	// text: "<v Ana>", perhaps inside other tags ("<i><v Ana>"), or on
	// a line of its own over the text.
	voice, voiceAt := j.pendVoice, j.pendAt
	j.pendVoice = ""
	for x := a; x < end; {
		if y, ok := skipSpace(j.src, x, b); ok {
			x = y
			continue
		}
		n, name, isVoice := tagAt(j.src[x:b])
		if n == 0 {
			break
		}
		if isVoice {
			voice, voiceAt = name, x
		}
		x += n
	}
	if len(runs) == 0 {
		// nothing but tags and spaces: a voice given holds for the
		// cue's next line
		j.pendVoice, j.pendAt = voice, voiceAt
		return
	}
	// What the line says first, past its tags: a dialogue dash, a
	// speaker's label.
	first := j.src[runs[0].a:runs[0].b]
	if runs[0].lit != "" {
		first = ""
	}
	dash := dialogueDash(first)
	label := cueLabel(first[dash:])
	switch {
	case voice != "" && (voice != j.voice || !j.open) && label == 0:
		j.para()
		j.voice = voice
		j.lit(voice+": ", voiceAt)
	case label > 0:
		// "ANA: ..." or "- Ana: ...": the label opens the line, the dash
		// left out.
		j.para()
		name, _, _ := strings.Cut(first[dash:], ":")
		j.voice = strings.TrimSpace(name)
		runs[0].a += dash
	case dash > 0:
		// "- Really?": another speaker, unnamed; the dash is kept, a
		// list item's marker to the sentence splitter.
		j.para()
		j.voice = ""
	case !j.open || j.sb.Len() == 0:
		j.para()
	default:
		j.lit(" ", j.lastEnd()) // the line break between cues, or within one
	}
	j.open = true
	for _, r := range runs {
		if r.lit != "" {
			j.lit(r.lit, r.a)
		} else {
			j.copy(r.a, r.b)
		}
	}
}

// subRun is a run of a cue's line kept: src[a:b], or lit (a character
// reference's character) standing for it.
type subRun struct {
	a, b int
	lit  string
}

// strip returns the runs of src[a:b], a line of a cue, that are text: its
// tags left out, its character references decoded (WebVTT), the spaces
// at its ends trimmed. It returns nil when nothing is left.
func (j *subJoin) strip(a, b int) []subRun {
	var runs []subRun
	start := a
	flush := func(end int) {
		if end > start {
			runs = append(runs, subRun{a: start, b: end})
		}
	}
	for x := a; x < b; {
		c := j.src[x]
		if c == '<' || c == '{' {
			if n, _, _ := tagAt(j.src[x:b]); n > 0 {
				flush(x)
				x += n
				start = x
				continue
			}
		}
		if c == '&' && j.vtt {
			if n, r := entityAt(j.src[x:b]); n > 0 {
				flush(x)
				runs = append(runs, subRun{a: x, b: x + n, lit: r})
				x += n
				start = x
				continue
			}
		}
		x++
	}
	flush(b)
	// Trim the spaces at the ends of the line's text.
	for len(runs) > 0 {
		r := &runs[0]
		if r.lit != "" {
			if strings.TrimSpace(r.lit) != "" {
				break
			}
			runs = runs[1:]
			continue
		}
		t := strings.TrimLeft(j.src[r.a:r.b], " \t\u00A0")
		r.a = r.b - len(t)
		if r.a < r.b {
			break
		}
		runs = runs[1:]
	}
	for len(runs) > 0 {
		r := &runs[len(runs)-1]
		if r.lit != "" {
			if strings.TrimSpace(r.lit) != "" {
				break
			}
			runs = runs[:len(runs)-1]
			continue
		}
		r.b = r.a + len(strings.TrimRight(j.src[r.a:r.b], " \t\u00A0"))
		if r.a < r.b {
			break
		}
		runs = runs[:len(runs)-1]
	}
	return runs
}

// skipSpace skips spaces and tabs in src[x:b].
func skipSpace(src string, x, b int) (int, bool) {
	y := x
	for y < b && (src[y] == ' ' || src[y] == '\t') {
		y++
	}
	return y, y > x
}

// tagAt returns the length of the tag opening s, or 0: a WebVTT or HTML
// tag (<i>, </i>, <b>, <u>, <c.yellow>, <lang en>, <ruby>, <rt>, <v Ana>,
// <font color="#fff">, a timestamp <00:00:12.000>) or an SRT's override
// code ({\an8}, {\i1}). For a voice tag, name is the speaker's name.
func tagAt(s string) (n int, name string, voice bool) {
	switch {
	case strings.HasPrefix(s, "{\\"):
		if i := strings.IndexByte(s[:min(len(s), 200)], '}'); i > 0 {
			return i + 1, "", false
		}
		return 0, "", false
	case !strings.HasPrefix(s, "<") || len(s) < 3:
		return 0, "", false
	}
	i := strings.IndexByte(s[:min(len(s), 300)], '>') // (bounded: a line of "<<<<" is no tag, and no quadratic scan)
	if i < 0 || strings.IndexByte(s[1:i], '<') >= 0 {
		return 0, "", false
	}
	body := s[1:i]
	if body == "" {
		return 0, "", false
	}
	switch c := body[0]; {
	case c == '/':
		if len(body) == 1 || !isTagName(body[1:]) {
			return 0, "", false
		}
		return i + 1, "", false
	case isDigit(c):
		if _, ok := parseTimecode(body); !ok {
			return 0, "", false // "<3", "<10 mins>"
		}
		return i + 1, "", false
	case c < utf8.RuneSelf && unicode.IsLetter(rune(c)):
	default:
		return 0, "", false
	}
	// The tag's name, its classes ("c.yellow.bg_blue"), then an
	// annotation (a voice's name, a language) or attributes.
	end := 0
	for end < len(body) && body[end] != ' ' && body[end] != '\t' {
		end++
	}
	tag, ann := body[:end], strings.TrimSpace(body[end:])
	nm, _, _ := strings.Cut(tag, ".")
	if !knownTag(strings.ToLower(nm)) {
		return 0, "", false
	}
	if nm == "v" || nm == "V" {
		return i + 1, ann, ann != ""
	}
	return i + 1, "", false
}

// isTagName reports whether s is a closing tag's name: "i", "c", "v",
// "font".
func isTagName(s string) bool {
	nm, _, _ := strings.Cut(strings.TrimSpace(s), ".")
	return knownTag(strings.ToLower(nm))
}

// knownTag reports whether name is a tag subtitle files use.
func knownTag(name string) bool {
	switch name {
	case "i", "b", "u", "s", "c", "v", "lang", "ruby", "rt", "font", "span", "br", "em", "strong":
		return true
	}
	return false
}

// entityAt returns the length of the character reference opening s
// ("&amp;", "&#39;", "&rsquo;") and the character it stands for, or 0.
func entityAt(s string) (int, string) {
	i := strings.IndexByte(s[:min(len(s), 13)], ';')
	if i < 2 {
		return 0, ""
	}
	ref := s[:i+1]
	for _, c := range ref[1:i] {
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, ""
		}
	}
	if r := html.UnescapeString(ref); r != ref && r != "" && r != "\uFFFD" {
		return i + 1, r
	}
	return 0, ""
}

// dialogueDash returns the length of a dialogue dash opening s ("- ",
// "– "), which marks a change of speaker in a cue, or 0.
func dialogueDash(s string) int {
	for _, d := range []string{"-", "–", "—"} {
		if rest, ok := strings.CutPrefix(s, d); ok && rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
			n, _ := skipSpace(s, len(d), len(s))
			return n
		}
	}
	return 0
}

// notCueLabels are words before a colon opening a cue that name no
// speaker.
var notCueLabels = map[string]bool{
	"note": true, "notes": true, "warning": true, "source": true, "sources": true, "update": true,
	"example": true, "chapter": true, "part": true, "episode": true, "subtitles": true, "captions": true,
	"translation": true, "transcript": true, "www": true, "http": true, "https": true,
}

// cueLabel returns the length of a speaker's label opening s, its colon
// and the spaces after it ("ANA: ", "Ana Ruiz: ", "Dr. Roe: "), or 0: at
// most four words, each opening with a capital, then a colon and a space.
func cueLabel(s string) int {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 30 || colon+1 >= len(s) || (s[colon+1] != ' ' && s[colon+1] != '\t') {
		return 0
	}
	label := s[:colon]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 || notCueLabels[strings.ToLower(label)] {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return 0
		}
	}
	n, _ := skipSpace(s, colon+1, len(s))
	return n
}
