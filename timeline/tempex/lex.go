package tempex

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scanner splits text into words, digit runs and punctuation, each
// with its byte span, into a reusable slice. It reads every byte of the
// text, so it is written as one loop over the bytes that dispatches on a
// table of byte classes, with the position in a local variable, and it
// looks words up in the word table by their letters read eight at a time
// (see wordKey).

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// Number suffixes glued to the digits ("13th", "1990s", "3pm").
const (
	sfxNone uint8 = iota
	sfxOrd        // st, nd, rd, th
	sfxS          // s (1990s)
	sfxAM         // am, a.m.
	sfxPM         // pm, p.m.
	sfxHrs        // hrs, h (0530hrs)
	sfxZulu       // Z after a clock's four digits or its minutes (1830Z, 18:30Z)
	sfxOther
)

type token struct {
	start, end int32 // byte span in the text
	n          int32 // value of a number (capped)
	r          rune  // punctuation rune
	kind       tokKind
	sfx        uint8  // number suffix
	nd         uint8  // digits in a number (capped at 255)
	cap        bool   // word starts with an upper-case letter
	upper      bool   // word is all upper case
	flags      uint8  // copies of the word's start, function and dateish flags, and fNewLine
	id         uint16 // the word's index in vocab (0: none)
}

// w returns the table entry of a word, or nil. (The token holds the id
// alone, which keeps it small: the scanner writes a token for every word
// and the patterns read them back.)
func (tk *token) w() *word { return vocabWord[tk.id] }

const (
	fStart uint8 = 1 << iota
	fFunction
	fDateish
	// fNewLine marks a token with a line break among the spaces before
	// it (see newLine), which the scanner sets on the token of any kind
	// after a '\n'. The patterns ask whether a token opens a line at
	// almost every token of their scans back over a clause: a bit read
	// costs less than a look at the text between the tokens.
	fNewLine
)

type lexer struct {
	text  string
	toks  []token
	cands []int32 // indexes of the tokens that may begin an expression
	nums  []int32 // indexes of the numbers (all of them in cands too)
	dates []int32 // indexes of the numbers and the dateish words (fDateish)
	// lines holds the byte after each line break ('\n') of the text, in
	// order: where each line but the first starts (see Tagger.lineAt).
	lines []int32
	// moon and lunar tell whether the words "moon" and "lunar" are among
	// the tokens: the rules that ask whether a text speaks of the Moon
	// (moonPhase, moonContext) would otherwise read every token of it.
	moon, lunar bool
	// gen counts the runs, which tells the Tagger's memos (see
	// sameSentence) that the tokens they read are gone.
	gen int
}

// run splits text into tokens and returns them; they and cands are valid
// until the next call.
func (l *lexer) run(text string) []token {
	l.text, l.toks, l.cands, l.nums, l.dates, l.lines = text, l.toks[:0], l.cands[:0], l.nums[:0], l.dates[:0], l.lines[:0]
	l.moon, l.lunar = false, false
	l.gen++
	// nlTok is the token a line break was last read before (-1: none
	// yet). Its flag is set once the token is there, at the next line
	// break or at the end, rather than at every token the scanner adds
	// (most have none before them).
	nlTok := -1
	for pos := 0; pos < len(text); {
		// The text is read in blocks of tokBlock bytes, each of which
		// begins at most tokBlock tokens (see reserve).
		l.reserve()
		block := text[:min(pos+tokBlock, len(text))]
		for pos < len(block) {
			switch c := block[pos]; class[c] {
			case cSpace:
				if c == '\n' {
					if nlTok >= 0 && nlTok < len(l.toks) {
						l.toks[nlTok].flags |= fNewLine
					}
					nlTok = len(l.toks)
					l.lines = append(l.lines, int32(pos+1))
				}
				pos++
			case cLetter:
				if next := l.words(pos, len(block)); next > pos {
					pos = next
					break
				}
				pos = l.word(pos) // (a word words leaves to it)
				if pos < len(text) && text[pos] == ' ' {
					pos++ // (most words are followed by a space, skipped here rather than by a turn of the loop)
				}
			case cDigit:
				pos = l.number(pos)
			case cOther:
				pos = l.punct(pos)
			default:
				r, size := utf8.DecodeRuneInString(text[pos:])
				switch {
				case unicode.IsLetter(r):
					pos = l.word(pos)
				case unicode.IsSpace(r):
					pos += size
				default:
					pos = l.punct(pos)
				}
			}
		}
	}
	if nlTok >= 0 && nlTok < len(l.toks) {
		l.toks[nlTok].flags |= fNewLine
	}
	return l.toks
}

// tokBlock is how many tokens the scanner makes room for at once. Every
// token begins at a byte of its own, so a block of tokBlock bytes of the
// text begins at most tokBlock tokens (and as many candidates, numbers
// and dateish words): with room made for them before each block, word,
// number and punct add to the slices by reslicing them, with no test of
// capacity and no call to grow them. (A call there, however rare, made
// the compiler save the word's registers on the stack around it for
// every word.)
const tokBlock = 1024

// reserve makes room for tokBlock more tokens, candidates, numbers and
// dateish words.
func (l *lexer) reserve() {
	l.toks = slices.Grow(l.toks, tokBlock)
	l.cands = slices.Grow(l.cands, tokBlock)
	l.nums = slices.Grow(l.nums, tokBlock)
	l.dates = slices.Grow(l.dates, tokBlock)
}

// addTok adds a zero token and returns it, and addIdx adds i to a list of
// token indexes; both in the room reserve made.
func (l *lexer) addTok() *token {
	toks := l.toks[:len(l.toks)+1]
	l.toks = toks
	t := &toks[len(toks)-1] // (indexed by the new length, which needs no test of the bounds)
	*t = token{}            // (the slice's room holds the tokens of an earlier text)
	return t
}

func addIdx(list *[]int32, i int) {
	l := (*list)[:len(*list)+1]
	*list = l
	l[len(l)-1] = int32(i) // (as in addTok)
}

// Byte classes of ASCII, for the scanner's dispatch.
const (
	cOther uint8 = iota
	cSpace
	cLetter
	cDigit
	cHigh // the first byte of a multi-byte UTF-8 sequence, or a continuation
)

var class [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			class[c] = cSpace
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			class[c] = cLetter
		case c >= '0' && c <= '9':
			class[c] = cDigit
		case c >= utf8.RuneSelf:
			class[c] = cHigh
		}
	}
}

func isLetter(c byte) bool { return class[c] == cLetter }
func isDigit(c byte) bool  { return class[c] == cDigit }

// words reads the plain words at start that follow each other a space
// apart, or a mark and a space ("said, the", "Friday. The"), up to the end
// of the block (end), and returns the position after the last and what
// follows it of those; or start, when the word there is none it reads
// (see word). A plain word is one of at most 16 ASCII letters, away from
// the text's end, which 8-byte reads give with no loop, not "a.m." nor
// "p.m.".
//
// Most words are plain, and followed by a space and another word: read in
// one loop, they are spared a turn of run's loop, its dispatch on the
// byte's class and a call each (and so are the ASCII marks glued to a
// word, which punct would read). The loop calls nothing, so that its
// values stay in registers (a call, however rare, makes the compiler
// save them around it and read them back on the common path).
func (l *lexer) words(start, end int) int {
	text := l.text
	for start+16 <= len(text) {
		var pos int
		var lo, hi, lowerBits uint64
		x := le64at(text, start)
		if m := nonLetters(x); m != 0 {
			k := bits.TrailingZeros64(m) / 8
			if x&(m&-m) != 0 {
				break // (a letter beyond ASCII may go on with the word: the top bit of the first byte that is no ASCII letter is set)
			}
			pos = start + k
			lo = (x | caseBits) & firstBytes[k]
			lowerBits = x & caseBits & firstBytes[k]
			if k == 1 && (lo == 'a' || lo == 'p') && text[pos] == '.' {
				break // (maybe "a.m." or "p.m.")
			}
		} else {
			y := le64at(text, start+8)
			m := nonLetters(y)
			if m == 0 || y&(m&-m) != 0 {
				break
			}
			k := bits.TrailingZeros64(m) / 8
			pos = start + 8 + k
			lo, hi = x|caseBits, (y|caseBits)&firstBytes[k]
			lowerBits = x&caseBits | y&caseBits&firstBytes[k]
		}
		t := l.addTok() // (written in place: see word)
		t.start, t.end, t.kind = int32(start), int32(pos), tWord
		t.cap, t.upper = x&0x20 == 0, lowerBits == 0
		// the word's slot in the vocabulary table, as lookup finds it (the
		// tag's top bits are the hash's when (tag^h)>>16 is 0; j, masked
		// again, needs no test of the bounds)
		h := wordHash(lo, hi)
		j := h & (1<<slotBits - 1)
		id := uint16(0)
		for tag := slotTags[j]; tag != 0; tag = slotTags[j] {
			if s := &slots[j&(1<<slotBits-1)]; (tag^h)>>16 == 0 && s.lo == lo && s.hi == hi {
				id = uint16(tag)
				break
			}
			j = (j + 1) & (1<<slotBits - 1)
		}
		if id != 0 {
			t.id = id
			// (moon and lunar, patternWords of no table entry, have no flags)
			if f := vocabFlags[id]; f != 0 {
				t.flags = f
				if f&fStart != 0 {
					addIdx(&l.cands, len(l.toks)-1)
				}
				if f&fDateish != 0 {
					addIdx(&l.dates, len(l.toks)-1)
				}
			} else if id == moonID {
				l.moon = true
			} else if id == lunarID {
				l.lunar = true
			}
		}
		// the space after the word, or a mark glued to it and a space
		// ("said, the", "Friday. The"), and the word after them in the
		// block
		if c := text[pos]; c != ' ' {
			if class[c] != cOther || pos >= end {
				return pos
			}
			if c == '\'' {
				if w := vocabWord[t.id]; w != nil && w.month > 0 {
					return pos // ("Jan'y": see punct)
				}
				addIdx(&l.cands, len(l.toks))
			}
			m := l.addTok() // (as punct reads an ASCII mark)
			m.start, m.end, m.kind, m.r = int32(pos), int32(pos+1), tPunct, rune(c)
			pos++
			if pos >= len(text) || text[pos] != ' ' {
				return pos
			}
		}
		pos++
		if pos >= end || class[text[pos]] != cLetter {
			return pos
		}
		start = pos
	}
	return start // (the word there, if any, is left to word)
}

// word reads the run of letters at start and returns the position after
// it. "a.m." and "p.m." become one word. (run calls it for the words
// words leaves: near the text's end, longer than 16 letters, with letters
// beyond ASCII, "a.m.")
func (l *lexer) word(start int) int {
	text := l.text
	var pos, n int
	var lowerBits uint64 // the bit 0x20 of any lower-case letter
	var lo, hi uint64    // the word's key
	keyed := false       // (an ASCII word of at most 16 letters, its key read)
	capital := false     // (its first letter upper case)
	if start+8 <= len(text) {
		// Most words are shorter than 8 letters: read 8 bytes at once,
		// which give the word's length and its key with no loop. (A word
		// ends before a byte of a character beyond ASCII only when that
		// byte is no letter's: the slow scan reads on.)
		x := le64(text[start:])
		if k := bits.TrailingZeros64(nonLetters(x)) / 8; k < 8 {
			if x>>(8*k&63)&0x80 == 0 {
				n, pos, keyed, capital = k, start+k, true, x&0x20 == 0
				lo = (x | caseBits) & firstBytes[k]
				lowerBits = x & caseBits & firstBytes[k]
			}
		} else if start+16 <= len(text) {
			// A word of 8 letters or more (one in six): the next 8
			// bytes, which hold the rest of all but the longest.
			y := le64(text[start+8:])
			if k := bits.TrailingZeros64(nonLetters(y)) / 8; k < 8 && y>>(8*k&63)&0x80 == 0 {
				n, pos, keyed, capital = 8+k, start+8+k, true, x&0x20 == 0
				lo, hi = x|caseBits, (y|caseBits)&firstBytes[k]
				lowerBits = x&caseBits | y&caseBits&firstBytes[k]
			}
		}
	}
	if !keyed {
		pos, n, lowerBits, keyed = l.scanWord(start)
		capital = text[start] <= 'Z'
		if keyed {
			lo, hi = wordKey(text, start, n)
		}
	}
	// The token is written in place, field by field: assembled apart and
	// copied, its bytes written one by one would be read back at once,
	// which the processor cannot forward from its store buffer.
	t := l.addTok()
	t.start, t.end, t.kind = int32(start), int32(pos), tWord
	t.cap = capital
	if !keyed {
		return pos
	}
	t.upper = lowerBits == 0
	// a.m., p.m., a.m, p.m
	if n == 1 && (lo == 'a' || lo == 'p') && pos+1 < len(text) && text[pos] == '.' && text[pos+1]|0x20 == 'm' {
		lo |= 'm' << 8
		pos += 2
		if pos < len(text) && text[pos] == '.' {
			pos++
		}
		t.end = int32(pos)
	}
	// (lookup, written out: most words are settled by their first slot,
	// empty or theirs, with no call)
	h := wordHash(lo, hi)
	j := h & (1<<slotBits - 1)
	if tag := slotTags[j]; tag == 0 {
		return pos
	} else if s := &slots[j]; tag>>16 == h>>16 && s.lo == lo && s.hi == hi {
		t.id = uint16(tag)
	} else if t.id = lookupOn(lo, hi, h, (j+1)&(1<<slotBits-1), slotTags[(j+1)&(1<<slotBits-1)]); t.id == 0 {
		return pos
	}
	// (moon and lunar, patternWords of no table entry, have no flags)
	if f := vocabFlags[t.id]; f != 0 {
		t.flags = f
		if f&fStart != 0 {
			addIdx(&l.cands, len(l.toks)-1)
		}
		if f&fDateish != 0 {
			addIdx(&l.dates, len(l.toks)-1)
		}
	} else if t.id == moonID {
		l.moon = true // (both words are patternWords, of no table entry)
	} else if t.id == lunarID {
		l.lunar = true
	}
	return pos
}

// scanWord reads a word at start that word could not read 8 bytes at a
// time: one near the end of the text, longer than 16 letters, or with
// letters beyond ASCII. It returns the position after it, its length in
// bytes and its lower-case bits, and whether it is an ASCII word of at
// most 16 letters, which has a key.
func (l *lexer) scanWord(start int) (pos, n int, lowerBits uint64, keyed bool) {
	text := l.text
	pos = start
	for pos < len(text) {
		c := text[pos]
		if class[c] != cLetter {
			break
		}
		lowerBits |= uint64(c & 0x20)
		pos++
	}
	n = pos - start
	ascii := true
	if pos < len(text) && class[text[pos]] == cHigh {
		// letters beyond ASCII continue the word
		for pos < len(text) {
			if c := text[pos]; class[c] == cLetter {
				pos++
				continue
			} else if class[c] != cHigh {
				break
			}
			r, size := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsLetter(r) {
				break
			}
			ascii = false
			pos += size
		}
	}
	return pos, n, lowerBits, ascii && n <= len(wordBuf{})
}

// highBits is the top bit of each byte of a word.
const highBits = 0x8080808080808080

// nonLetters returns the top bit of each byte of x that is not an ASCII
// letter. Each byte, lower-cased and without its top bit, is compared
// with 'a' and 'z' by adding what carries it into the top bit, which no
// sum carries beyond; a byte with its own top bit set (beyond ASCII) is
// no letter. (The scanner looks for the first byte that is no letter:
// written so, it takes three operations fewer than the complement of the
// letters, for every word of a text.)
func nonLetters(x uint64) uint64 {
	y := x | caseBits
	z := y &^ highBits
	geA := z + (0x80-'a')*0x0101010101010101   // top bit set from 'a' up
	gtZ := z + (0x80-'z'-1)*0x0101010101010101 // ... from the byte after 'z' up
	return (^geA | gtZ | x) & highBits         // (x's top bits are y's)
}

// asciiLetters returns the top bit of each byte of x that is an ASCII
// letter (the complement of nonLetters).
func asciiLetters(x uint64) uint64 { return nonLetters(x) ^ highBits }

// caseBits is the bit that makes an ASCII letter lower case, in each byte
// of a word.
const caseBits = 0x2020202020202020

// firstBytes[n] keeps the first n bytes of a little-endian word.
var firstBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// wordKey returns the n ASCII letters at start in text (n <= 16),
// lower-cased, as wordBits reads them from a buffer. Away from the end of
// the text it reads them as two 8-byte words, without a loop.
func wordKey(text string, start, n int) (lo, hi uint64) {
	if start+16 > len(text) {
		var b wordBuf
		for k := 0; k < n; k++ {
			b[k] = text[start+k] | 0x20
		}
		return wordBits(&b, n)
	}
	lo = le64(text[start:]) | caseBits
	if n <= 8 {
		return lo & firstBytes[n], 0
	}
	return lo, (le64(text[start+8:]) | caseBits) & firstBytes[n-8]
}

// le64 reads the first 8 bytes of s as a little-endian word (the compiler
// makes it one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le64at reads the 8 bytes of s at i as a little-endian word, with one
// test of the bounds.
func le64at(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// number reads a run of digits at start, and a letter suffix glued to it,
// and returns the position after them.
func (l *lexer) number(start int) int {
	text := l.text
	pos := start
	v := 0
	for pos < len(text) && isDigit(text[pos]) {
		if v < 1e8 {
			v = v*10 + int(text[pos]-'0')
		}
		pos++
	}
	nd := pos - start
	if nd > 255 {
		nd = 255
	}
	if v >= 7 && v <= 10 && nd <= 2 && pos < len(text) && text[pos]|0x20 == 'b' {
		if end, id := l.numberedMonth(v, pos); id != 0 {
			t := l.addTok()
			t.start, t.end, t.kind, t.id, t.cap = int32(start), int32(end), tWord, id, true
			if f := vocabFlags[id]; f != 0 {
				t.flags = f
				addIdx(&l.cands, len(l.toks)-1)
				addIdx(&l.dates, len(l.toks)-1)
			}
			return end
		}
	}
	addIdx(&l.cands, len(l.toks))
	addIdx(&l.nums, len(l.toks))
	addIdx(&l.dates, len(l.toks))
	t := l.addTok() // (written in place: see word)
	t.start, t.end, t.kind, t.n, t.nd = int32(start), int32(pos), tNum, int32(v), uint8(nd)
	if pos < len(text) && isLetter(text[pos]) {
		s := pos
		for pos < len(text) && isLetter(text[pos]) {
			pos++
		}
		t.end = int32(pos)
		switch suf := text[s:pos]; suf {
		case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
			t.sfx = sfxOrd
		case "d":
			// "June 2d, 1798", "the 23d": the ordinal as older English
			// writes 2 and 3 (not "3D")
			t.sfx = sfxOther
			if d := text[s-1]; (d == '2' || d == '3') && (s-1 == start || text[s-2] != '1') {
				t.sfx = sfxOrd
			}
		case "s", "S":
			t.sfx = sfxS
		case "am", "AM":
			t.sfx = sfxAM
		case "pm", "PM":
			t.sfx = sfxPM
		case "hrs", "h", "hr":
			t.sfx = sfxHrs
		case "Z":
			t.sfx = sfxOther
			if nd == 4 || nd == 2 && start > 0 && text[start-1] == ':' {
				t.sfx = sfxZulu // "1830Z", "18:30Z": UTC, as pilots and launch teams write it
			}
		case "a", "p", "A", "P": // 3p.m. written without space
			if pos+1 < len(text) && text[pos] == '.' && text[pos+1]|0x20 == 'm' {
				pos += 2
				if pos < len(text) && text[pos] == '.' {
					pos++
				}
				t.end = int32(pos)
				t.sfx = sfxAM
				if suf[0]|0x20 == 'p' {
					t.sfx = sfxPM
				}
			} else {
				t.sfx = sfxOther
			}
		default:
			t.sfx = sfxOther
		}
	}
	return pos
}

// numberedMonths holds the vocabulary ids of September to December (at 7
// to 10), which letters and parish registers of the 17th and 18th
// centuries write by the number of their Latin names: "3d 8ber 1742".
var numberedMonths [11]uint16

// numberedMonth reads the letters at s after the number v, 7 to 10, when
// with it they write a month as old letters do ("7ber", "8bre", "9br",
// "10ber": September to December), and returns the position after them
// and the month's vocabulary id; 0 when they are none. The short "br" is
// read only between a day and a year ("7 9br 1743"), since "7br" is also
// a listing's seven bedrooms.
func (l *lexer) numberedMonth(v, s int) (int, uint16) {
	text := l.text
	pos := s
	for pos < len(text) && isLetter(text[pos]) {
		pos++
	}
	switch strings.ToLower(text[s:pos]) {
	case "ber", "bre", "bris":
	case "br":
		p := len(l.toks) - 1
		if p < 0 || l.toks[p].kind != tNum || l.toks[p].n < 1 || l.toks[p].n > 31 || l.toks[p].nd > 2 {
			return 0, 0
		}
		y := pos
		if y < len(text) && text[y] == '.' {
			y++
		}
		for y < len(text) && text[y] == ' ' {
			y++
		}
		if y+4 > len(text) || !isDigit(text[y]) || !isDigit(text[y+1]) || !isDigit(text[y+2]) || !isDigit(text[y+3]) || y+4 < len(text) && isDigit(text[y+4]) {
			return 0, 0
		}
	default:
		return 0, 0
	}
	if pos < len(text) && (isDigit(text[pos]) || text[pos] >= utf8.RuneSelf) {
		return 0, 0
	}
	return pos, numberedMonths[v]
}

// punct reads one punctuation character (or any other symbol) at pos and
// returns the position after it.
func (l *lexer) punct(pos int) int {
	r, size := rune(l.text[pos]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(l.text[pos:])
	}
	if r == '\'' || r == '’' {
		if n := len(l.toks); n > 0 {
			if p := &l.toks[n-1]; p.kind == tWord && int(p.end) == pos && vocabWord[p.id] != nil && vocabWord[p.id].month > 0 {
				if q := l.monthTail(p, pos+size); q > 0 {
					return q
				}
			}
		}
		addIdx(&l.cands, len(l.toks))
	}
	t := l.addTok() // (written in place: see word)
	t.start, t.end, t.kind, t.r = int32(pos), int32(pos+size), tPunct, r
	return pos + size
}

// monthTail joins to p, a month's abbreviation just read, the letters
// after the apostrophe at s that letters of the 18th and 19th centuries
// wrote it with ("Jan'y", "Feb'ry", "Sept'r", "Oct'r", "Aug't"), when
// with them it is an abbreviation of the same month: p then ends after
// them, and monthTail returns the position there; 0 when they are none.
func (l *lexer) monthTail(p *token, s int) int {
	text := l.text
	q := s
	for q < len(text) && q-s < 3 && (text[q]|0x20 >= 'a' && text[q]|0x20 <= 'z') {
		q++
	}
	n := int(p.end-p.start) + q - s
	if q == s || q-s > 2 || n > 16 || q < len(text) && (text[q]|0x20 >= 'a' && text[q]|0x20 <= 'z' || text[q] >= 0x80) {
		return 0
	}
	var b wordBuf
	k := copy(b[:], text[p.start:p.end])
	copy(b[k:], text[s:q])
	for j := 0; j < n; j++ {
		b[j] |= 0x20
	}
	id := lookup(wordBits(&b, n))
	if w := vocabWord[id]; id == 0 || w == nil || w.month != vocabWord[p.id].month {
		return 0
	}
	p.end, p.id, p.flags = int32(q), id, vocabFlags[id]
	return q
}
