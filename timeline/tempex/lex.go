package tempex

import (
	"unicode"
	"unicode/utf8"
)

// The scanner splits text into words, digit runs and punctuation, each
// with its byte span. It is built from small state functions, in the shape
// of text/template/parse's lexer, but fills a reusable slice instead of
// sending items down a channel.

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
	sfxOther
)

type token struct {
	w          *word // table entry of a word, or nil
	start, end int32 // byte span in the text
	n          int32 // value of a number (capped)
	r          rune  // punctuation rune
	kind       tokKind
	sfx        uint8 // number suffix
	nd         uint8 // digits in a number (capped at 255)
	cap        bool  // word starts with an upper-case letter
	upper      bool  // word is all upper case
	flags      uint8 // copies of the word's start, function and dateish flags
}

const (
	fStart uint8 = 1 << iota
	fFunction
	fDateish
)

type lexer struct {
	text  string
	pos   int
	toks  []token
	cands []int32 // indexes of the tokens that may begin an expression
	buf   [16]byte
}

type stateFn func(*lexer) stateFn

func (l *lexer) run(text string) []token {
	l.text, l.pos, l.toks, l.cands = text, 0, l.toks[:0], l.cands[:0]
	for state := lexText; state != nil; {
		state = state(l)
	}
	return l.toks
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

// lexText skips space and dispatches on the next character.
func lexText(l *lexer) stateFn {
	for l.pos < len(l.text) {
		switch class[l.text[l.pos]] {
		case cSpace:
			l.pos++
		case cLetter:
			return lexWord
		case cDigit:
			return lexNumber
		case cOther:
			return lexPunct
		default:
			r, size := utf8.DecodeRuneInString(l.text[l.pos:])
			switch {
			case unicode.IsLetter(r):
				return lexWord
			case unicode.IsSpace(r):
				l.pos += size
			default:
				return lexPunct
			}
		}
	}
	return nil
}

// lexWord reads a run of letters, lower-casing and hashing it on the way
// for the word table. "a.m." and "p.m." become one word. Words separated
// by single spaces are read in one go, without going back to lexText.
func lexWord(l *lexer) stateFn {
	text := l.text
	for {
		start := l.pos
		h := hashSeed
		var lowerBits byte // 0x20 once any letter is lower case
		pos := l.pos
		buf := &l.buf
		for pos < len(text) {
			c := text[pos]
			if class[c] != cLetter {
				break
			}
			lowerBits |= c
			c |= 0x20
			if k := pos - start; k < len(buf) {
				buf[k] = c
			}
			h = hashStep(h, c)
			pos++
		}
		n := pos - start
		upper := lowerBits&0x20 == 0
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
		l.pos = pos
		t := token{start: int32(start), end: int32(pos), kind: tWord}
		t.cap = text[start] <= 'Z'
		if ascii && n <= len(l.buf) {
			t.upper = upper
			// a.m., p.m., a.m, p.m
			if n == 1 && (l.buf[0] == 'a' || l.buf[0] == 'p') && pos+1 < len(text) && text[pos] == '.' && text[pos+1]|0x20 == 'm' {
				l.buf[1] = 'm'
				h = hashStep(h, 'm')
				n = 2
				l.pos += 2
				if l.pos < len(text) && text[l.pos] == '.' {
					l.pos++
				}
				t.end = int32(l.pos)
			}
			if w := lookup(l.buf[:n], h); w != nil {
				t.w = w
				t.flags = w.flags
				if w.start {
					l.cands = append(l.cands, int32(len(l.toks)))
				}
			}
		}
		l.toks = append(l.toks, t)
		// a single space and another word: stay here
		if l.pos+1 < len(text) && text[l.pos] == ' ' && class[text[l.pos+1]] == cLetter {
			l.pos++
			continue
		}
		return lexText
	}
}

// lexNumber reads a run of digits and a letter suffix glued to it.
func lexNumber(l *lexer) stateFn {
	start := l.pos
	v := 0
	for l.pos < len(l.text) && isDigit(l.text[l.pos]) {
		if v < 1e8 {
			v = v*10 + int(l.text[l.pos]-'0')
		}
		l.pos++
	}
	nd := l.pos - start
	if nd > 255 {
		nd = 255
	}
	t := token{start: int32(start), end: int32(l.pos), kind: tNum, n: int32(v), nd: uint8(nd)}
	if l.pos < len(l.text) && isLetter(l.text[l.pos]) {
		s := l.pos
		for l.pos < len(l.text) && isLetter(l.text[l.pos]) {
			l.pos++
		}
		t.end = int32(l.pos)
		switch suf := l.text[s:l.pos]; suf {
		case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
			t.sfx = sfxOrd
		case "d":
			// "June 2d, 1798", "the 23d": the ordinal as older English
			// writes 2 and 3 (not "3D")
			t.sfx = sfxOther
			if d := l.text[s-1]; (d == '2' || d == '3') && (s-1 == start || l.text[s-2] != '1') {
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
		case "a", "p", "A", "P": // 3p.m. written without space
			if l.pos+1 < len(l.text) && l.text[l.pos] == '.' && l.text[l.pos+1]|0x20 == 'm' {
				l.pos += 2
				if l.pos < len(l.text) && l.text[l.pos] == '.' {
					l.pos++
				}
				t.end = int32(l.pos)
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
	l.cands = append(l.cands, int32(len(l.toks)))
	l.toks = append(l.toks, t)
	return lexText
}

// lexPunct reads one punctuation character (or any other symbol).
func lexPunct(l *lexer) stateFn {
	r, size := utf8.DecodeRuneInString(l.text[l.pos:])
	if r == '\'' || r == '’' {
		l.cands = append(l.cands, int32(len(l.toks)))
	}
	l.toks = append(l.toks, token{start: int32(l.pos), end: int32(l.pos + size), kind: tPunct, r: r})
	l.pos += size
	return lexText
}
