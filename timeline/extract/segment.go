package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment is a run of text given by byte offsets, [Start, End).
type Segment struct {
	Start, End int
}

// Of returns the segment's text in text.
func (s Segment) Of(text string) string { return text[s.Start:s.End] }

// Sentences splits text into sentences, returning their byte spans (leading
// and trailing space trimmed, list markers and heading marks left out).
//
// A sentence ends at '.', '!' or '?' (with any closing quotes and brackets
// that follow) when the next word starts a new sentence: a capital letter, a
// digit or an opening quote. It does not end at
//   - a title or reference abbreviation (Mr., Dr., No. 5, Fig. 2, e.g., vs.);
//   - a month abbreviation or initials followed by a number or a name
//     (Dec. 13, Jan. 3, U.S. President, John F. Kennedy), unless the next
//     word is one that usually opens a sentence ("in the U.S. The next day");
//   - a decimal point (3.5) or a dot inside a word (fmprc.gov.cn);
//   - an ellipsis followed by a lower-case word ("and... then").
//
// A blank line always ends a sentence, and so does the end of a line that
// is a heading (# Title, or a line underlined with === or ---) or a list
// item (- x, * x, • x, 1. x, 1) x); a transcript speaker label at the start
// of a line (Q:, A:, LU KANG:) starts a new sentence. A single line break
// inside a paragraph does not end a sentence (hard-wrapped text).
func Sentences(text string) []Segment {
	var out []Segment
	lines := splitBlocks(text)
	for _, b := range lines {
		splitProse(text, b, &out)
	}
	return out
}

// splitBlocks cuts text into blocks that no sentence crosses: paragraphs,
// headings, list items and speaker turns.
func splitBlocks(text string) []Segment {
	var blocks []Segment
	start := -1 // start of the current block, -1 when none is open
	flush := func(end int) {
		if start >= 0 && end > start {
			blocks = append(blocks, Segment{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		nl := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if nl >= 0 {
			end = i + nl
		}
		line := text[i:end]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush(i)
		case isUnderline(trimmed):
			// The previous line was a heading; the underline itself is
			// not text.
			flush(i)
		case isHeadingLine(trimmed), nextIsUnderline(text, end):
			flush(i)
			lead := len(line) - len(strings.TrimLeft(line, " \t"))
			off := i + lead
			off += headingMarkLen(text[off:end])
			start = off
			flush(i + len(strings.TrimRight(line, " \t\r")))
		case listMarkerLen(trimmed) > 0 || speakerLabel(trimmed) > 0:
			flush(i)
			lead := len(line) - len(strings.TrimLeft(line, " \t"))
			start = i + lead + listMarkerLen(trimmed)
		default:
			if start < 0 {
				start = i + len(line) - len(strings.TrimLeft(line, " \t"))
			}
		}
		if nl < 0 {
			i = len(text)
		} else {
			i = end + 1
		}
	}
	flush(len(text))
	return blocks
}

func isUnderline(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '=' && c != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			return false
		}
	}
	return true
}

func nextIsUnderline(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	rest := text[end+1:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return isUnderline(strings.TrimSpace(rest))
}

func isHeadingLine(s string) bool {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	return n > 0 && n <= 6 && (n == len(s) || s[n] == ' ')
}

func headingMarkLen(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return 0
	}
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// listMarkerLen returns the length of a list marker and the spaces after it
// at the start of s ("- ", "* ", "• ", "12. ", "3) ", "(a) "), or 0.
func listMarkerLen(s string) int {
	if strings.HasPrefix(s, "• ") {
		return len("• ") + countSpaces(s[len("• "):])
	}
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return 2 + countSpaces(s[2:])
	}
	i := 0
	if i < len(s) && s[i] == '(' {
		i++
	}
	j := i
	for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i && j < len(s) && s[j] >= 'a' && s[j] <= 'z' && i > 0 {
		j++ // (a)
	}
	if j == i || j+1 >= len(s) {
		return 0
	}
	if (s[j] == '.' || s[j] == ')') && s[j+1] == ' ' {
		if s[j] == '.' && i > 0 {
			return 0
		}
		return j + 2 + countSpaces(s[j+2:])
	}
	return 0
}

func countSpaces(s string) int {
	n := 0
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// speakerLabel reports the length of a transcript speaker label at the
// start of a line ("Q:", "A:", "LU KANG:", "Mr. Smith:"), or 0. The label
// stays part of the sentence; it only opens a new block.
func speakerLabel(s string) int {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 30 || colon+1 >= len(s) || s[colon+1] != ' ' {
		return 0
	}
	label := s[:colon]
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) {
		return 0
	}
	words := strings.Fields(label)
	if len(words) > 4 {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return 0
		}
	}
	return colon + 1
}

// splitProse splits one block into sentences.
func splitProse(text string, b Segment, out *[]Segment) {
	start := b.Start
	emit := func(end int) {
		s := trimSeg(text, Segment{start, end})
		if s.End > s.Start {
			*out = append(*out, s)
		}
	}
	i := b.Start
	for i < b.End {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		// A run of terminal punctuation: "?!", "...", "....".
		j := i
		for j < b.End && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		run := text[i:j]
		// Closing quotes and brackets belong to the sentence.
		k := j
		for k < b.End {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !isCloser(r) {
				break
			}
			k += n
		}
		if k < b.End && !isSpace(text[k]) {
			i = k // 3.5, gov.cn, "U.S." inside a token: not a boundary
			continue
		}
		if k >= b.End {
			i = k
			break
		}
		next := nextWord(text[k:b.End])
		if endsSentence(text, b.Start, i, run, next) {
			emit(k)
			start = k
		}
		i = k
	}
	emit(b.End)
}

func trimSeg(text string, s Segment) Segment {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '*', '_':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '*', '_', '¿', '¡':
		return true
	}
	return false
}

// nextWord returns the word after the spaces at the start of s, with any
// opening quotes kept.
func nextWord(s string) string {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSpace(s[j]) {
		j++
	}
	return s[i:j]
}

// endsSentence decides whether the punctuation run at text[i:] ends a
// sentence, given the word that follows.
func endsSentence(text string, blockStart, i int, run, next string) bool {
	if next == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	startsUpper := unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
	if isOpener(r) {
		// Look through the quote at the word itself.
		rest := strings.TrimLeftFunc(next, isOpener)
		if rest != "" {
			r2, _ := utf8.DecodeRuneInString(rest)
			startsUpper = unicode.IsUpper(r2) || unicode.IsDigit(r2) || r2 == '.'
		}
	}
	if strings.HasPrefix(next, "...") || strings.HasPrefix(next, "…") {
		startsUpper = true
	}
	if run == "." {
		word := prevToken(text, blockStart, i)
		return startsUpper && !isAbbrevBreakless(word, next)
	}
	// "!", "?", "...", "?!": a boundary before a sentence-like start.
	return startsUpper
}

// prevToken returns the token ending at i (letters, digits and dots), e.g.
// "Mr", "U.S", "Dec", "3".
func prevToken(text string, blockStart, i int) string {
	j := i
	for j > blockStart {
		r, n := utf8.DecodeLastRuneInString(text[blockStart:j])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		j -= n
	}
	return text[j:i]
}

// Abbreviations after which a full stop never ends a sentence.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "rev": true, "hon": true, "pres": true, "amb": true,
	"vs": true, "v": true, "cf": true, "e.g": true, "i.e": true, "approx": true,
	"ca": true, "c": true, "fig": true, "figs": true, "vol": true, "pp": true,
	"p": true, "no": true, "nos": true, "art": true, "sec": true, "ch": true,
	"mt": true, "ft": true, "jr": true, "sr": true, "messrs": true, "mme": true,
	"gov't": true, "dept": true, "est": true, "op": true, "cit": true, "ibid": true,
}

// Abbreviations after which a full stop ends a sentence only before a word
// that usually opens one.
var softAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "etc": true,
	"a.m": true, "p.m": true, "a.d": true, "b.c": true, "u.s": true, "u.k": true,
	"u.n": true, "e.u": true, "al": true, "mon": true, "tue": true, "tues": true,
	"wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true,
	"sun": true, "ave": true, "blvd": true, "rd": true,
}

// Words that usually open a sentence; after a soft abbreviation they mark a
// boundary.
var openers = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"this": true, "that": true, "these": true, "those": true, "there": true,
	"but": true, "and": true, "however": true, "yet": true, "so": true,
	"his": true, "her": true, "its": true, "their": true, "our": true,
	"after": true, "before": true, "when": true, "while": true, "since": true,
	"then": true, "later": true, "meanwhile": true, "as": true, "for": true,
	"by": true, "from": true, "during": true, "some": true, "many": true,
	"most": true, "no": true, "one": true, "two": true, "both": true, "each": true,
	"what": true, "who": true, "why": true, "how": true, "if": true, "according": true,
}

func isAbbrevBreakless(word, next string) bool {
	lw := strings.ToLower(strings.TrimSuffix(word, "."))
	if lw == "" {
		return false
	}
	if titleAbbrevs[lw] {
		// "No." ends a sentence unless a number follows ("No. 5").
		if lw == "no" {
			r, _ := utf8.DecodeRuneInString(next)
			return unicode.IsDigit(r)
		}
		return true
	}
	nw := strings.ToLower(strings.TrimRightFunc(strings.TrimLeftFunc(next, isOpener), func(r rune) bool {
		return !unicode.IsLetter(r)
	}))
	if softAbbrevs[lw] || isInitials(word) {
		return !openers[nw]
	}
	return false
}

// isInitials reports whether w is an initial or a run of them ("F", "U.S",
// "J.R.R").
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Clauses splits the sentence s of text into clauses at semicolons, colons, dashes
// and the coordinating or contrasting links ", and", ", but", ", while",
// ", whereas" that join two statements. Offsets index text.
func Clauses(text string, s Segment) []Segment {
	var out []Segment
	start := s.Start
	sent := text[s.Start:s.End]
	depth := 0 // inside quotes or brackets: no split
	for i := 0; i < len(sent); {
		r, n := utf8.DecodeRuneInString(sent[i:])
		switch r {
		case '(', '[', '“':
			depth++
		case ')', ']', '”':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 {
			if cut := clauseCut(sent[i:]); cut > 0 {
				seg := trimSeg(text, Segment{start, s.Start + i})
				if seg.End > seg.Start {
					out = append(out, seg)
				}
				start = s.Start + i + cut
				i += cut
				continue
			}
		}
		i += n
	}
	if seg := trimSeg(text, Segment{start, s.End}); seg.End > seg.Start {
		out = append(out, seg)
	}
	return out
}

var clauseLinks = []string{", and then ", ", and ", ", but ", ", while ", ", whereas ", "; ", ": ", " — ", " – ", " -- "}

// clauseCut returns the length of the clause link at the start of s, or 0.
func clauseCut(s string) int {
	// Every link opens with ',', ';', ':' or a space before a dash: most
	// bytes are ruled out at once (this runs on every byte of a headline).
	if len(s) < 2 {
		return 0
	}
	switch s[0] {
	case ',', ';', ':':
	case ' ':
		if s[1] != '-' && s[1] != "—"[0] {
			return 0
		}
	default:
		return 0
	}
	for _, l := range clauseLinks {
		if strings.HasPrefix(s, l) {
			return len(l)
		}
	}
	return 0
}
