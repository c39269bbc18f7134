package extract

import (
	"regexp"
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
//     an initial before another is never a boundary ("S. A. Andrée");
//   - a decimal point (3.5) or a dot inside a word (fmprc.gov.cn);
//   - an ellipsis followed by a lower-case word ("and... then").
//
// A blank line always ends a sentence, and so does the end of a line that
// is a heading (# Title, or a line underlined with === or ---), a list
// item (- x, * x, • x, 1. x, 1) x) or a table row (| 1969 | Apollo 11 |,
// its outer bars left out; a table's header row and the rule under it are
// no sentence); a transcript speaker label at the start of a line (Q:, A:,
// LU KANG:) starts a new sentence, and so does the label of a field under
// another (Born: ..., then Alma mater: ...). A line that opens with a date
// starts a new sentence in a chronology written one item a line (see
// dateItem). Otherwise a single line break inside a paragraph does not end
// a sentence (hard-wrapped text).
func Sentences(text string) []Segment {
	var out []Segment
	lines := splitBlocks(text)
	for _, b := range lines {
		splitProse(text, b, &out)
	}
	for _, sg := range out {
		if sg.End-sg.Start > maxSentence {
			return capSentences(text, out)
		}
	}
	return out
}

// maxSentence is the longest a sentence may be, in bytes. Longer runs of
// text with no sentence end (a list of lines with no full stops, text
// whose full stops lost the spaces after them, "met.On 5 March") are cut
// at the last line break, full stop, semicolon or comma before it, else a
// space: the work done for each date of a sentence grows with its length.
const maxSentence = 1000

// capSentences cuts the sentences of out longer than maxSentence.
func capSentences(text string, out []Segment) []Segment {
	var capped []Segment
	for _, sg := range out {
		for sg.End-sg.Start > maxSentence {
			limit := sg.Start + maxSentence
			cut := -1
			for _, seps := range []string{"\n", ".;", ",", " "} {
				if k := strings.LastIndexAny(text[sg.Start+maxSentence/2:limit], seps); k >= 0 {
					cut = sg.Start + maxSentence/2 + k + 1
					break
				}
			}
			if cut < 0 {
				cut = limit
				for cut > sg.Start && !utf8.RuneStart(text[cut]) {
					cut--
				}
			}
			if s := trimSeg(text, Segment{sg.Start, cut}); s.End > s.Start {
				capped = append(capped, s)
			}
			sg.Start = cut
		}
		if s := trimSeg(text, sg); s.End > s.Start {
			capped = append(capped, s)
		}
	}
	return capped
}

// splitBlocks cuts text into blocks that no sentence crosses: paragraphs,
// headings, list items and speaker turns.
func splitBlocks(text string) []Segment {
	var blocks []Segment
	start := -1 // start of the current block, -1 when none is open
	// run: the current block is an item that a line starting with a date
	// opened, so the next such line opens another.
	run := false
	// field: the current block is a field that a label opened ("Born: 3
	// May 1920", "Alma mater: Uppsala University"), so the next labelled
	// line opens another, as in an infobox.
	field := false
	prev := "" // the line before, trimmed
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
		case isTableRule(trimmed):
			// The rule under a table's header row is not text.
			flush(i)
			run = false
		case isTableRow(trimmed):
			// A table row is a unit of its own, its outer bars left out;
			// the header row over a rule is not text.
			flush(i)
			if !nextIsTableRule(text, end) {
				lead := len(line) - len(strings.TrimLeft(line, " \t"))
				a, b := tableRowSpan(trimmed)
				start = i + lead + a
				flush(i + lead + b)
			}
			run = false
		case listMarkerLen(trimmed) == 0 && start >= 0 && speakerLabel(trimmed) > 0 && stampOnlyRe.MatchString(strings.TrimSpace(text[start:i])):
			// "09:30 PST" over "Governor: “We have deployed 7,500
			// firefighters.”": a live blog's entry, its time over what
			// was said then, is one block (alone, the time line was
			// titled "PST")
		case listMarkerLen(trimmed) > 0 || speakerLabel(trimmed) > 0 || (field || run) && fieldLabel(trimmed) > 0:
			// (a field under a field, or under a line of a chronology
			// written one item a line: "Monday 2 September to Friday 20
			// December 2024" over "INSET days: Monday 2 September")
			flush(i)
			lead := len(line) - len(strings.TrimLeft(line, " \t"))
			start = i + lead + listMarkerLen(trimmed)
			run, field = false, fieldLabel(trimmed) > 0
		case stampLineRe.MatchString(trimmed) && !(start >= 0 && carriesOn(text[start:i]) && !punctCarries(text[start:i])):
			// "00:12:34 The 1969 landing", "14:02 Alerts fire": a line
			// of a list of chapters or of times, an item of its own
			// (not after a line that ends in a word asking for more:
			// "... begins later, at" over "21:00 GMT." is one sentence
			// wrapped)
			flush(i)
			start = i + len(line) - len(strings.TrimLeft(line, " \t"))
			run, field = false, false
		case start >= 0 && field && fieldLabel(prev) > 0 && sentenceUnderField(prev, trimmed):
			// "Died: 18 April 1955, Princeton" over "She published her
			// thesis in 1905.": a field without a full stop, then a
			// sentence of its own (a field's value that wraps ends
			// with a word that goes on, or a comma)
			flush(i)
			start = i + len(line) - len(strings.TrimLeft(line, " \t"))
			run, field = false, false
		case start >= 0 && itemLines(prev, trimmed):
			// A list written one item a line, without marks or full
			// stops: "Autumn Term 2024" over "Monday 2 September to
			// Friday 20 December 2024" over "Pupils return: ..."
			flush(i)
			start = i + len(line) - len(strings.TrimLeft(line, " \t"))
			run, field = false, fieldLabel(trimmed) > 0
		case start >= 0 && dateItem(trimmed, run) && (!carriesOn(text[start:i]) || run && sepItem(trimmed) && !punctCarries(text[start:i]) ||
			sepItem(trimmed) && !strings.Contains(strings.TrimSpace(text[start:i]), "\n") && titleCased(prev) && !dateItem(prev, false)) ||
			start >= 0 && entryItem(trimmed) && !strings.Contains(strings.TrimSpace(text[start:i]), "\n") && titleCased(prev) && !carriesOn(prev):
			// ("ANSWER KEY" over "1066        Battle of Hastings": a
			// title over the list)
			// ("12 January 2024 — the ship is two years late" over "17
			// May 2024 — ...": the dash makes a new item, "late" no date's)
			// A chronology written one item a line: "1914 War begins",
			// "3 March 1918: treaty signed".
			flush(i)
			start = i + len(line) - len(strings.TrimLeft(line, " \t"))
			run = true
		default:
			if start < 0 {
				start = i + len(line) - len(strings.TrimLeft(line, " \t"))
				n, _ := dateLead(trimmed)
				run, field = n > 0, fieldLabel(trimmed) > 0
			}
		}
		prev = trimmed
		if nl < 0 {
			i = len(text)
		} else {
			i = end + 1
		}
	}
	flush(len(text))
	return blocks
}

// stampOnlyRe is a line of nothing but a clock time, with its zone and
// the same time on another clock: "09:30 PST", "10:14 PST / 18:14 GMT",
// "12.00pm", "08:12".
var stampOnlyRe = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT)(?:\s*/\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT))?)?$`)

// stampLineRe is a line that opens with a clock time or a place in a
// recording and goes on with words: "00:12:34 The 1969 landing", "[1:02:10]
// Questions", "14:02 – Alerts fire", "9.05am: FTSE 100 opens down" (a
// time written with a point has its "am" or "pm": not "10.15 Terms").
var stampLineRe = regexp.MustCompile(`^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?|\d{1,2}\.\d{2}\s?[ap]\.?m\.?:?)\s*(?:[–—-]\s*)?\pL`)

// isTableRow reports whether a trimmed line is a row of a table written
// with bars: "| 1914 | War begins |".
func isTableRow(s string) bool {
	return len(s) > 1 && s[0] == '|' && strings.IndexByte(s[1:], '|') >= 0
}

// tableRowSpan returns the span of a trimmed table row's cells, its outer
// bars and the spaces inside them left out.
func tableRowSpan(s string) (a, b int) {
	a, b = 1, len(s)
	if b > a && s[b-1] == '|' && (b < 2 || s[b-2] != '\\') {
		b--
	}
	for a < b && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t') {
		b--
	}
	return a, b
}

// isTableRule reports whether a trimmed line is the rule under a table's
// header row: "|------|:---:|", "--- | ---".
func isTableRule(s string) bool {
	if !strings.ContainsRune(s, '|') || !strings.ContainsRune(s, '-') {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

func nextIsTableRule(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	rest := text[end+1:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return isTableRule(strings.TrimSpace(rest))
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
// notSpeakers are the labels before a colon that name a kind of item, not
// who speaks: a changelog's "New:", a notice's "Note:".
var notSpeakers = map[string]bool{
	"new": true, "fixed": true, "fix": true, "fixes": true, "added": true, "changed": true, "removed": true,
	"deprecated": true, "security": true, "note": true, "notes": true, "nb": true, "update": true, "updated": true,
	"breaking": true, "breaking change": true, "improved": true, "improvement": true, "improvements": true,
	"bug": true, "bugfix": true, "bug fix": true, "known issue": true, "known issues": true, "warning": true,
	"important": true, "tip": true, "example": true, "source": true, "sources": true, "photo": true,
	"credit": true, "summary": true, "background": true, "correction": true, "editor's note": true,
	"disclaimer": true, "status": true, "result": true, "results": true, "outcome": true, "action": true,
	"decision": true, "agenda": true, "venue": true, "location": true, "where": true, "when": true,
	"time": true, "date": true, "deadline": true, "cost": true, "price": true, "tickets": true, "see also": true,
	// a live blog's labels: "Confirmed: the move has gone through"
	"confirmed": true, "official": true, "done deal": true, "latest": true, "exclusive": true, "analysis": true,
	"watch": true, "video": true, "pictured": true, "live": true, "recap": true, "reminder": true, "rumour": true,
	"rumor": true, "report": true, "reports": true, "here we go": true, "done": true, "medical": true,
	// a signature's contact fields: "Mobile: +44 7700 900412"
	"mobile": true, "mob": true, "tel": true, "telephone": true, "phone": true, "cell": true, "fax": true,
	"email": true, "e-mail": true, "web": true, "website": true, "direct": true, "direct line": true,
	"switchboard": true, "skype": true, "linkedin": true,
}

func speakerLabel(s string) int {
	if m := stampLeadRe.FindStringIndex(s); m != nil && m[1] < len(s) && strings.ContainsAny(s[:m[1]], "[(") {
		// "[00:01:16] TOM: My grandfather opened it": a transcript's
		// time stamp before the label
		if n := speakerLabel(s[m[1]:]); n > 0 {
			return m[1] + n
		}
		return 0
	}
	if n := roleInitialLabel(s); n > 0 {
		return n
	}
	colon := strings.IndexByte(s, ':')
	if colon > 64 && colon <= 120 && colon+1 < len(s) && s[colon+1] == ' ' && postHolder(s[:colon]) != "" {
		return colon + 1 // "The Parliamentary Under-Secretary of State for Health and Social Care (Ashley Dalton):"
	}
	if colon <= 0 || colon > 64 || colon+1 >= len(s) || s[colon+1] != ' ' {
		return 0
	}
	label := s[:colon]
	if postHolder(label) != "" {
		return colon + 1 // "The Minister for Local Transport (Daniel Okafor):", a parliament's record of who spoke
	}
	if i := strings.LastIndex(label, " ("); i > 0 && strings.HasSuffix(label, ")") && len(strings.Fields(label[i+2:len(label)-1])) <= 4 {
		// "MS. ALVAREZ (resident):", "TOM (guest):": a speaker and what
		// they are
		if speakerLabel(label[:i]+": x") == 0 {
			return 0
		}
		return colon + 1
	}
	if name, title, ok := strings.Cut(label, ", "); ok {
		// "Dana Whitlock, VP Investor Relations:", "Raj Menon, Chief
		// Executive Officer:": a speaker and the post they hold
		if speakerLabel(name+": x") == 0 || !postTitle(title) {
			return 0
		}
		return colon + 1
	}
	if colon > 30 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) {
		return 0
	}
	words := strings.Fields(label)
	if len(words) > 4 || notSpeakers[strings.ToLower(label)] {
		return 0
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return 0
		}
		if k < len(words)-1 && strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 5 {
			return 0 // "September. Mitigation:": a sentence ends before the label, no "Mr. Smith:"
		}
	}
	return colon + 1
}

// roleInitialLabel returns the length of a court transcript's question or
// answer label ended by a full stop, "Q. Where were you on the night of 4
// March?", "A. At home.", or 0. An "A." is the answer only before a word
// that opens a sentence ("A. No.", "A. I went to bed"): "A. Smith said"
// is a name's initial.
func roleInitialLabel(s string) int {
	t := strings.TrimLeft(s, " \t*_•-")
	if len(t) < 4 || (t[0] != 'Q' && t[0] != 'A') || t[1] != '.' || t[2] != ' ' {
		return 0
	}
	w := strings.Trim(firstWord(t[3:]), ",.;!?")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || t[0] == 'A' && !openerWord(w) && !answerWords[strings.ToLower(w)] {
		return 0
	}
	return len(s) - len(t) + 2
}

// answerWords open a witness's answer but no other sentence kind the
// openers list: "A. Yes, I sold it."
var answerWords = map[string]bool{"yes": true, "yeah": true, "no": true, "not": true, "never": true, "correct": true, "my": true}

// labelName returns the name a speaker's label gives: "Raj Menon" of "Raj
// Menon, Chief Executive Officer", "MS. ALVAREZ" of "MS. ALVAREZ
// (resident)", "Sam Ortega" of "HOST (Sam Ortega)" and "TALLEY" of "A
// (TALLEY)", where the bracket names who holds the role.
func labelName(label string) string {
	if name := postHolder(strings.TrimSpace(label)); name != "" {
		return name
	}
	label, _, _ = strings.Cut(strings.TrimSpace(label), ", ")
	for {
		i := strings.LastIndex(label, " (")
		if i <= 0 || !strings.HasSuffix(label, ")") {
			return label
		}
		outer, inner := label[:i], strings.TrimSpace(label[i+2:len(label)-1])
		if roleLabels[strings.ToLower(outer)] && inner != "" && unicode.IsUpper(firstRune(inner)) {
			return inner
		}
		label = outer // "Mrs Helen Marsh (North Wolds) (Con)": her seat and party are no part of her name
	}
}

// postHolder returns the name in a label that gives a post and, in
// brackets, who holds it, as a parliament's record does ("The Minister for
// Local Transport (Daniel Okafor)", "The Secretary of State for Transport
// (Louise Haigh)"): "" for any other label.
func postHolder(label string) string {
	i := strings.LastIndex(label, " (")
	if i <= 0 || !strings.HasSuffix(label, ")") || !strings.HasPrefix(label, "The ") {
		return ""
	}
	post, name := label[len("The "):i], strings.TrimSpace(label[i+2:len(label)-1])
	pw, nw := strings.Fields(post), strings.Fields(name)
	if len(pw) == 0 || len(pw) > 14 || len(nw) < 2 || len(nw) > 4 || !personName(nw) || strings.ContainsAny(name, "()") {
		return ""
	}
	for _, w := range pw {
		switch w {
		case "of", "and", "for", "the", "&", "to":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
	}
	return name
}

// roleLabels are the labels of a speaker's part, not their name: "Q",
// "A", "HOST".
var roleLabels = map[string]bool{
	"q": true, "a": true, "question": true, "answer": true, "host": true, "guest": true, "co-host": true,
	"moderator": true, "interviewer": true, "interviewee": true, "reporter": true, "chair": true, "witness": true,
	"narrator": true, "presenter": true, "caller": true, "panellist": true, "panelist": true, "speaker": true,
}

// postTitle reports whether s reads as the post a speaker holds: at most
// six words, each capitalised but for "of", "and", "for", "the", "&".
func postTitle(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "of", "and", "for", "the", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// itemLines reports whether two lines one under the other are items of a
// list written one a line, without marks or full stops: each short, opening
// with a capital, ending with neither punctuation nor a word that goes on
// ("and", "the"), and one at least holding a number (a date).
func itemLines(prev, line string) bool {
	long := fieldLabel(line) > 0 // (a long line over a field's label is a line of its own:
	// "Approved 27/06/2022 by the ... Committee in Manchester, United
	// Kingdom, reference 22/NW/0187" over "Recruitment end date:
	// 31/08/2025"; a hard wrap leaves shorter lines)
	item := func(s string) bool {
		if s == "" || len(s) > 90 && !(long && s == prev) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s)
		if !unicode.IsUpper(r) { // (lines that open with a number are dateItem's)
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune(",.;:!?-–—", last) {
			return false
		}
		ws := strings.Fields(s)
		return !continuers[strings.ToLower(ws[len(ws)-1])]
	}
	if !item(prev) {
		return false
	}
	if item(line) && strings.ContainsAny(prev+line, "0123456789") {
		return true
	}
	// a heading of a few words over a sentence: "Other key dates" over
	// "Parents' evenings will be held on 15 October."
	r, _ := utf8.DecodeRuneInString(line)
	return len(strings.Fields(prev)) <= 5 && unicode.IsUpper(r) && !strings.ContainsAny(prev, "0123456789")
}

// sentenceUnderField reports whether line, under the field line prev, is
// a sentence of its own: it opens with a capital, holds three words or
// more and ends with a full stop, and prev ends with no mark or word that
// goes on.
func sentenceUnderField(prev, line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	pl, _ := utf8.DecodeLastRuneInString(prev)
	if !unicode.IsUpper(r) || !strings.ContainsRune(".!?", last) || strings.ContainsRune(",;:-–—(", pl) || len(strings.Fields(line)) < 3 {
		return false
	}
	ws := strings.Fields(prev)
	return !continuers[strings.ToLower(ws[len(ws)-1])]
}

// continuers end a line that the next goes on with.
var continuers = map[string]bool{"and": true, "or": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"with": true, "a": true, "an": true, "for": true, "at": true, "by": true, "from": true, "that": true, "which": true,
	"but": true, "as": true, "his": true, "her": true, "their": true, "its": true, "is": true, "was": true, "were": true}

// fieldLabel returns the length of the label of a field at the start of
// a line ("Born:", "Alma mater:"), the colon included, or 0: at most three
// words of letters, the first a capital, and a space after the colon.
func fieldLabel(s string) int {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 50 || colon+1 >= len(s) || s[colon+1] != ' ' {
		return 0
	}
	label := s[:colon]
	// a qualifier in brackets after the name: "Study Start (Actual):",
	// "Primary Completion (Estimated):"
	if strings.HasSuffix(label, ")") {
		if o := strings.LastIndex(label, " ("); o > 0 && o >= len(label)-22 {
			q := label[o+2 : len(label)-1]
			if q == "" || strings.IndexFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '-' }) >= 0 {
				return 0
			}
			label = label[:o]
		}
	}
	if len(label) > 30 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return 0
	}
	words := 1
	for _, r := range label {
		switch {
		case r == ' ':
			words++
		case !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’':
			return 0
		}
	}
	if words > 3 {
		return 0
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
		// A footnote mark belongs to the sentence it ends: ".[2] The",
		// ".² The".
		k += footnoteMark(text[k:b.End])
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

// qaLineLabel reports whether the word at text[w:] opens its line as a court
// transcript's "Q." or "A." label (see roleInitialLabel).
func qaLineLabel(text string, blockStart, w int) bool {
	ls := max(blockStart, strings.LastIndexByte(text[:w], '\n')+1)
	if strings.Trim(text[ls:w], " \t*_•-") != "" {
		return false
	}
	end := strings.IndexByte(text[w:], '\n')
	if end < 0 {
		end = len(text) - w
	}
	return roleInitialLabel(text[w:w+end]) > 0
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
		if startsUpper && regnalNumeral(text, blockStart, i-len(word), word) && clauseAfter(text[i+len(run):]) {
			return true // "In 1558 the crown passed to Elizabeth I. Philip of Spain sent ..."
		}
		if word == "LT" && clockBeforeRe.MatchString(text[blockStart:i-len(word)]) {
			return startsUpper // "ETA Jebel Ali: 21 March 2024, 14:00 LT. Next port ...": local time, not a lieutenant
		}
		if word == "C" && degreesBefore(text[blockStart:i-len(word)]) {
			return startsUpper // "stored at -70 °C. 8 December 2020 saw ...": Celsius, not circa
		}
		if (strings.EqualFold(word, "p.m") || strings.EqualFold(word, "a.m")) && placeTimeRe.MatchString(strings.TrimLeft(text[i+len(run):], " \t")) {
			return false // "Polls close at 8 p.m. Paris time on Sunday": the place's clock, one sentence
		}
		if startsUpper && strings.HasPrefix(next, "(") && datelineStateRe.MatchString(text[blockStart:i]) {
			return false // "OAKPORT, Calif. (May 14, 2025) — Engineers ...": a dateline's state, its date in brackets
		}
		if shillingsRe.MatchString(word) && penceRe.MatchString(next) {
			return false // "value £3 4s. 6d., from the warehouse": shillings, then pence, one sum
		}
		if (word == "Q" || word == "A") && qaLineLabel(text, blockStart, i-len(word)) {
			return false // "A. At home.": a court transcript's answer, its label no sentence
		}
		return startsUpper && !isAbbrevBreakless(word, next) && !dateLabel(text, blockStart, i)
	}
	// "!", "?", "...", "?!": a boundary before a sentence-like start.
	return startsUpper
}

// shillingsRe and penceRe are an old sum's shillings and the pence after
// them: "4s." "6d.".
var (
	shillingsRe = regexp.MustCompile(`^\d{1,3}s$`)
	penceRe     = regexp.MustCompile(`^\d{1,2}(?:[½¼¾]|\s?1/[24])?d\.`)
)

// clockBeforeRe ends the text before a time zone's letters: "14:00 ",
// "0600 ".
var clockBeforeRe = regexp.MustCompile(`\b\d{1,2}[:.]?\d{2} $`)

// datelineStateRe is the place of a dateline opening its paragraph up to
// the abbreviation of its state: "OAKPORT, Calif", "ST. PAUL, Minn".
var datelineStateRe = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]{1,40}, \p{Lu}\p{Ll}{1,4}$`)

// regnalNumeral reports whether word, which starts at i, is the numeral
// of a monarch or of a numbered year or war, not an initial: "Elizabeth
// I", "Year I", "World War I" (but "John I. Smith" keeps its initial: a
// name of no monarch, or one that follows another name).
func regnalNumeral(text string, blockStart, i int, word string) bool {
	if word != "I" && word != "V" && word != "X" || i-1 <= blockStart || text[i-1] != ' ' {
		return false
	}
	name := prevToken(text, blockStart, i-1)
	switch name {
	case "Year", "War", "Act", "Part", "Book", "Phase", "Stage":
		return true
	}
	if !monarchNames[name] {
		return false
	}
	j := i - 1 - len(name)
	if j-1 <= blockStart || text[j-1] != ' ' {
		return true // the name opens the sentence: "Elizabeth I. She ..."
	}
	before := prevToken(text, blockStart, j-1)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(before)
	return !unicode.IsUpper(r) || regnalTitles[before]
}

// clauseAfter reports whether the text up to the next full stop says
// something, with a verb: "Philip of Spain sent the Armada" does, the
// surname and the rest of "John I. Smith in 1902" does not.
func clauseAfter(s string) bool {
	if k := strings.Index(s, ". "); k >= 0 {
		s = s[:k]
	}
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		s = s[:k]
	}
	ws := strings.Fields(s)
	return len(ws) >= 2 && hasVerb(ws[1:])
}

// monarchNames are given names that monarchs have borne with a numeral.
var monarchNames = map[string]bool{
	"Elizabeth": true, "Henry": true, "Edward": true, "George": true, "William": true, "Charles": true,
	"James": true, "Louis": true, "Philip": true, "Mary": true, "Richard": true, "John": true, "Peter": true,
	"Catherine": true, "Frederick": true, "Napoleon": true, "Alexander": true, "Nicholas": true,
	"Ferdinand": true, "Isabella": true, "Francis": true, "Leopold": true, "Otto": true, "Ivan": true,
	"Pius": true, "Leo": true, "Gregory": true, "Innocent": true, "Clement": true, "Boniface": true,
	"Alfonso": true, "Manuel": true, "Sancho": true, "Juan": true, "Carlos": true, "Wilhelm": true,
	"Friedrich": true, "Karl": true, "Franz": true, "Rudolf": true, "Stephen": true, "David": true,
	"Robert": true, "Malcolm": true, "Harold": true, "Anne": true, "Victor": true, "Umberto": true,
	"Haakon": true, "Olaf": true, "Gustav": true, "Christian": true, "Sigismund": true, "Casimir": true,
	"Constantine": true, "Justinian": true, "Theodosius": true, "Ptolemy": true, "Ramesses": true,
	"Thutmose": true, "Amenhotep": true, "Darius": true, "Xerxes": true, "Cyrus": true, "Selim": true,
	"Suleiman": true, "Mehmed": true, "Murad": true, "Bayezid": true, "Pedro": true, "João": true,
}

// regnalTitles before a monarch's name: "King Charles I.", "Pope Leo X."
var regnalTitles = map[string]bool{
	"King": true, "Queen": true, "Emperor": true, "Empress": true, "Pope": true, "Tsar": true, "Czar": true,
	"Pharaoh": true, "Sultan": true, "Kaiser": true, "Prince": true, "Princess": true, "Duke": true, "Shah": true,
}

// dateLabel reports whether the line before the full stop at i holds only
// a day written as a label ("April 8", "Monday 3 March", "8th April
// 1711"), as a register, a diary or a chronology opens its entries
// ("April 8. John son of Robert Thaxter."): the label and the entry are
// one sentence. A date that a hard-wrapped line carries on to is none.
func dateLabel(text string, blockStart, i int) bool {
	lo := max(blockStart, i-40) // (a label is short: look no further back)
	ls := strings.LastIndexByte(text[lo:i], '\n') + 1 + lo
	if ls == lo && lo > blockStart && text[lo-1] != '\n' {
		return false
	}
	if ls > blockStart && (runsOnWord[strings.ToLower(lastLineWord(text[max(blockStart, ls-40):ls-1]))] || carriesOn(text[blockStart:ls])) {
		// "was issued to the agent on\n12 February. Curtain wall ...",
		// "... from 10 October until" over "31 October 2025. The ...": the
		// line before runs on into the day, the end of a wrapped
		// sentence, no label
		return false
	}
	words := strings.FieldsFunc(text[ls:i], func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	month, day := false, false
	for k, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case monthWords[lw] && !month:
			month = true
		case weekdayWords[lw] && k == 0:
		case !day && dayNumber(lw):
			day = true
		case day && month && k == len(words)-1 && len(lw) == 4 && lw[0] >= '1' && lw[0] <= '2' && strings.Trim(lw, "0123456789") == "":
			// a year after the day
		default:
			return false
		}
	}
	return month && day
}

// runsOnWord are the words a line cannot end a sentence with: a
// preposition or an article wants what the next line opens with.
var runsOnWord = map[string]bool{
	"on": true, "in": true, "at": true, "since": true, "from": true, "by": true, "until": true, "till": true,
	"during": true, "before": true, "after": true, "of": true, "to": true, "for": true, "than": true,
	"the": true, "a": true, "and": true, "or": true, "between": true, "through": true,
}

// lastLineWord is the last word of line, "" when the line ends in
// punctuation.
func lastLineWord(line string) string {
	line = strings.TrimRight(line, " \t\r")
	k := strings.LastIndexAny(line, " \t\n")
	return line[k+1:]
}

// dayNumber reports whether w is a day of a month: "8", "08", "8th".
func dayNumber(w string) bool {
	n, k := 0, 0
	for k < len(w) && k < 2 && w[k] >= '0' && w[k] <= '9' {
		n = n*10 + int(w[k]-'0')
		k++
	}
	if k == 0 || n < 1 || n > 31 {
		return false
	}
	switch w[k:] {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

var weekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
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
	"ref": true, "refs": true, "eq": true, "eqs": true, "resp": true,
	// a register's folio ("Fol. 14r") and the abbreviated first names
	// of old records ("by Wm. Fernyhough", "Thos. Hulme")
	"fol": true, "fols": true, "wm": true, "thos": true, "jas": true, "chas": true, "geo": true, "jno": true,
	"robt": true, "saml": true, "benj": true, "richd": true,
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
	// "(m. 1910; died 1933)", "b. 1920", "d. 1990": married, born, died
	// before a year
	// and a family history's "b. 12 Mar 1816", "fl. 1820s", "bapt. 3
	// June", "bur. 1901", "abt. 1846"
	switch strings.ToLower(strings.TrimLeft(strings.TrimSuffix(word, "."), "([")) {
	case "m", "b", "d", "fl", "bapt", "bap", "bp", "bur", "abt", "chr", "dau", "r", "reg":
		// (and a reign's "r. 1509–1547")
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(r) {
			return true
		}
		// or before a month: "b. Apr. 3, 1842", "d. Sept. 19, 1864"
		if m := strings.ToLower(strings.TrimRight(next, ".,")); len(m) >= 3 && monthWords[m] {
			return true
		}
	}
	if strings.TrimSuffix(word, ".") == "EST" {
		// the zone in capitals ("at 16:00 GMT / 11:00 EST. The
		// auditors ...") ends a sentence; "est. 1887" is established
		return false
	}
	if lw == "ft" {
		// "Ft. Worth", but "passed 12 ft. The creek ..." ends a sentence
		nw := strings.ToLower(strings.TrimRightFunc(strings.TrimLeftFunc(next, isOpener), func(r rune) bool { return !unicode.IsLetter(r) }))
		return !openers[nw]
	}
	if titleAbbrevs[lw] && !(strings.TrimSuffix(word, ".") == "C" && openers[strings.ToLower(strings.TrimRightFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }))]) {
		// ("Shed C. The first appliance arrived": a name's letter, then
		// a sentence; "c. 1450" is circa)
		// "No." ends a sentence unless a number follows ("No. 5") or
		// a reference that holds one ("no. CW-778210").
		if lw == "no" {
			r, _ := utf8.DecodeRuneInString(next)
			return unicode.IsDigit(r) || refCode(next)
		}
		return true
	}
	nw := strings.ToLower(strings.TrimRightFunc(strings.TrimLeftFunc(next, isOpener), func(r rune) bool {
		return !unicode.IsLetter(r)
	}))
	if lw == "a.m" || lw == "p.m" {
		// "at 1:20 p.m. Attendance was 38,105" ends; "p.m. ET",
		// "p.m. Monday", "p.m. Eastern time" go on
		r, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsUpper(r) || clockFollowers[nw]
	}
	if isInitials(word) && nextInitial(next) {
		// "carrying S. A. Andrée north": a run of initials, whatever
		// word the next initial spells ("A", "I")
		return true
	}
	if softAbbrevs[lw] || isInitials(word) {
		return !openers[nw]
	}
	return false
}

// refCode reports whether w is a reference written with capitals and
// digits, as a policy's, a case's or a part's number: "CW-778210", "A12".
func refCode(w string) bool {
	w = strings.TrimRight(w, ".,;:)]")
	digit := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLower(r):
			return false
		}
	}
	return digit
}

// placeTimeRe is a place's clock named after a time: "8 p.m. Paris time",
// "9 a.m. New York time".
var placeTimeRe = regexp.MustCompile(`^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+time\b`)

// clockFollowers are the words that go on after "a.m." or "p.m." in the
// same sentence: zones, days, months.
var clockFollowers = map[string]bool{
	"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true, "mt": true, "mst": true,
	"mdt": true, "pt": true, "pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "ist": true, "jst": true, "aest": true, "eastern": true, "central": true, "mountain": true,
	"pacific": true, "local": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thurs": true, "fri": true, "sat": true, "sun": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "z": true, "hst": true, "akst": true, "wib": true,
}

// nextInitial reports whether next opens with an initial: one capital
// letter and a full stop ("A. Andrée", "R.R. Tolkien").
func nextInitial(next string) bool {
	r, n := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && len(next) > n && next[n] == '.'
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
			if cut := clauseCut(sent[i:]); cut > 0 && !(sent[i+1] != '-' && sent[i] == ' ' && routeDash(sent[start-s.Start:i], sent[i+cut:])) {
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

// routeDash reports whether a dash between before and after joins the
// two ends of a route, no clauses: "Flight LH 400 Frankfurt (FRA) – New
// York JFK, originally scheduled to depart ...". The end before the dash
// is a place with its code in brackets, and the one after it is a few
// capitalised words up to a comma.
func routeDash(before, after string) bool {
	b := strings.Fields(before)
	if len(b) < 2 || len(b) > 8 {
		return false
	}
	code := strings.TrimSuffix(strings.TrimPrefix(b[len(b)-1], "("), ")")
	if len(code) != 3 && len(code) != 4 || !strings.HasPrefix(b[len(b)-1], "(") || !strings.HasSuffix(b[len(b)-1], ")") || strings.ToUpper(code) != code || strings.ToLower(code) == code {
		return false
	}
	for _, w := range b[:len(b)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	end := strings.IndexAny(after, ",;:.")
	if end < 0 {
		end = len(after)
	}
	a := strings.Fields(after[:end])
	if len(a) < 1 || len(a) > 4 {
		return false
	}
	for _, w := range a {
		if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(w, "(")); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
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

// Chronologies written one item a line ("1914 War begins in Europe",
// "3 March 1918: treaty signed", "**1916** – Battle of the Somme") have no
// marker to end an item: a line that opens with a date does, when
//   - a separator follows the date (':', a dash, a bar), or
//   - the item before it also opened with a date (a run of them) and a
//     capital, digit or quote follows the date,
// and the line before it does not carry its sentence on (ending in a
// comma, a hyphen, a month or a word such as "of" or "until"), so that
// hard-wrapped prose ("... the army that in\n1914 marched ...") stays one
// sentence.

// dateLeadRe matches a date that opens a line: a year (1914, 1920s,
// 1914–18, 44 BC, c. 1200), a day, month and year in either order (3
// March 1918, Nov. 11, 1918, Monday 3rd April), a month or season and
// its year (June 1919, Spring 1915), an ISO date or a numeric one
// (28/06/1919).
var dateLeadRe = func() *regexp.Regexp {
	month := `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekday := `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`
	day := `\d{1,2}(?:st|nd|rd|th)?\b`
	year := `\d{4}`
	era := `\s?(?-i:BCE?\b|AD\b|CE\b|B\.C\.|A\.D\.)`
	forms := []string{
		`\d{4}-\d{2}(?:-\d{2})?\b`,        // 1975-07-17, 1975-07
		`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`, // 28/06/1919
		weekday + day + `(?:/` + day + `)?\s+(?:of\s+)?` + month + `(?:,?\s+` + year + `)?`, // 3 March 1918, Monday 3rd April, 13/14 June (a night)
		weekday + month + `\s+` + day + `(?:,?\s+` + year + `)?`,                            // March 3, 1918, Nov. 11
		month + `,?\s+` + year, // June 1919
		`(?:spring|summer|autumn|fall|winter|early|mid|late)[\s-]+` + year + `s?`, // Spring 1915, mid-1916
		`(?:c\.|ca\.|circa)\s?\d{3,4}`,                                            // c. 1200
		`(?-i:AD|A\.D\.)\s?\d{1,4}`,                                               // AD 79
		`\d{1,4}` + era,                                                           // 44 BC
		year + `(?:'?s)?(?:\s?[–—-]\s?\d{2,4}(?:'?s)?)?`,                          // 1914, 1920s, 1914–18
		`the\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{4}'?s|\d{1,2}(?:st|nd|rd|th)\s+(?:century|millennium)(?:\s?(?-i:BCE?|AD|CE))?)`, // the 1960s, the late 18th century
		// 476, 1/23 (with a separator only: see dateLead)
		`\d{3}`,
		`\d{1,2}/\d{1,2}\b`,
	}
	return regexp.MustCompile(`(?i)^(?:` + strings.Join(forms, "|") + `)`)
}()

// leadClockRe is a time of day after a day opening a line: " 14:05",
// "T09:30:00Z", " 18:00 UTC".
var leadClockRe = regexp.MustCompile(`^[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:UTC|GMT|Z)\b)?`)

// dateLead returns the length of the date opening the trimmed line s, 0
// if none, and whether a separator follows it (after a remark in
// brackets: "1916 (July–November): Battle of the Somme").
func dateLead(s string) (n int, sep bool) {
	if s == "" {
		return 0, false
	}
	if c := s[0]; c < '0' || c > '9' {
		// The quick test: a date in words opens with one of leadWords.
		var w [9]byte
		k := 0
		for ; k < len(s); k++ {
			c := s[k] | 0x20
			if c < 'a' || c > 'z' {
				break
			}
			if k == len(w) {
				return 0, false
			}
			w[k] = c
		}
		if !leadWords[string(w[:k])] {
			return 0, false
		}
	}
	n = len(dateLeadRe.FindString(s))
	if n == 0 {
		return 0, false
	}
	if n < len(s) && (s[n] == ' ' || s[n] == 'T') && n >= 8 {
		// "2024-05-21 14:05  Report received": the day's time is the
		// date's, and the separator comes after it
		n += len(leadClockRe.FindString(s[n:]))
	}
	rest := s[n:]
	if rest != "" {
		// The date ends at a word's end, and a number is not a year
		// ("1,985 people", "2.5 million").
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLetter(r) || unicode.IsDigit(r) ||
			(r == ',' || r == '.') && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' {
			return 0, false
		}
	}
	after := strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(after, "(") {
		if c := strings.IndexByte(after, ')'); c > 0 {
			after = strings.TrimLeft(after[c+1:], " \t")
		}
	}
	switch {
	case after == "":
	case strings.HasPrefix(rest, "  ") || strings.HasPrefix(rest, "\t"):
		sep = true // "1066        Battle of Hastings": a column of dates
	case after[0] == ':' || after[0] == '|',
		strings.HasPrefix(after, "–"), strings.HasPrefix(after, "—"),
		strings.HasPrefix(after, "- "), strings.HasPrefix(after, "-- "):
		sep = true
	}
	if n == 3 && !sep && isDigits(s[:3]) {
		return 0, false // "100 Days": a three-digit year needs its separator
	}
	if !sep && strings.Count(s[:n], "/") == 1 && strings.IndexFunc(s[:n], unicode.IsLetter) < 0 {
		return 0, false // "1/2 cup flour": a day and month alone need theirs ("1/23 - Last day to add")
	}
	return n, sep
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dateItem reports whether the trimmed line s opens an item of a
// chronology written one item a line (see dateLeadRe); run says that the
// item before it opened with a date too.
func dateItem(s string, run bool) bool {
	n, sep := dateLead(s)
	switch {
	case n == 0:
		return false
	case sep:
		return true
	case !run:
		return false
	}
	rest := strings.TrimLeft(s[n:], " \t(")
	if rest == "" || yearWritten(s[:n]) {
		return true // (a line of notes under another: "2017-12-13 plan criticised")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r) || r == '“'
}

// sepItem reports whether the line opens with a date set off by a
// separator ("17 May 2024 — ...", "1918: ...").
func sepItem(s string) bool {
	n, sep := dateLead(s)
	return n > 0 && sep
}

// entryItem reports whether the line opens with a date and a full stop
// before a capital, as a register's entries are written ("1729, April 6.
// Thomas, son of John Bagnall"): under a short title-cased line ("Fol.
// 14r") it is an entry of its own, not that line's sentence.
func entryItem(s string) bool { return entryItemRe.MatchString(s) }

// entryItemRe is a register entry's date: a year (perhaps a double one),
// a comma, a day and a month either way round, a full stop and a capital.
var entryItemRe = regexp.MustCompile(`^\d{3,4}(?:/\d{1,2})?,\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\pL{3,9}|\pL{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\.\s+\p{Lu}`)

// punctCarries reports whether text ends with punctuation that carries
// its sentence on to the next line (a comma, a hyphen, an open bracket).
func punctCarries(text string) bool {
	t := strings.TrimRight(text, " \t\r\n")
	return t != "" && strings.ContainsRune(",-(&/", rune(t[len(t)-1]))
}

// carriesOn reports whether text, a block so far, ends in a way that
// carries its sentence on to the next line: a comma, a hyphen, a month
// name ("3 March\n1918") or a word that needs what follows ("of", "in",
// "until", "the").
func carriesOn(text string) bool {
	t := strings.TrimRight(text, " \t\r\n")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case ',', '-', '(', '&', '/':
		return true
	}
	w := t[strings.LastIndexAny(t, " \t\n")+1:]
	w = strings.ToLower(strings.TrimRight(w, "."))
	return carryWords[w] || monthWords[w]
}

// leadWords are the words a date opening a line may start with.
var leadWords = func() map[string]bool {
	m := map[string]bool{
		"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true, "wednesday": true,
		"wed": true, "thursday": true, "thu": true, "thur": true, "thurs": true, "friday": true,
		"fri": true, "saturday": true, "sat": true, "sunday": true, "sun": true, "spring": true,
		"summer": true, "autumn": true, "fall": true, "winter": true, "early": true, "mid": true,
		"late": true, "c": true, "ca": true, "circa": true, "ad": true, "a": true, "the": true,
	}
	for w := range monthWords {
		m[w] = true
	}
	return m
}()

var carryWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "nor": true, "but": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true,
	"into": true, "until": true, "till": true, "since": true, "between": true, "during": true,
	"through": true, "about": true, "after": true, "before": true, "around": true, "than": true,
	"as": true, "that": true, "which": true, "who": true, "whose": true, "when": true, "where": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "had": true,
	"has": true, "have": true, "will": true, "would": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "my": true, "your": true, "circa": true, "c": true, "ca": true,
	"early": true, "late": true, "mid": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "some": true, "all": true, "over": true, "under": true, "against": true,
}

var monthWords = map[string]bool{
	"january": true, "jan": true, "february": true, "feb": true, "march": true, "mar": true,
	"april": true, "apr": true, "may": true, "june": true, "jun": true, "july": true, "jul": true,
	"august": true, "aug": true, "september": true, "sept": true, "sep": true, "october": true,
	"oct": true, "november": true, "nov": true, "december": true, "dec": true,
}

// lineItem reports whether the sentence s of text is an item of a list
// written one item a line, which is never a title however short it is: a
// list item or table row, a line opening with a date and a separator
// ("1916 – Battle of the Somme"), a line opening with a date when the line
// before or after it (past blank lines) opens with one too ("1916 Battle
// of the Somme" in a chronology), or a field that holds a number and
// opens its value with a date ("Born: 3 May 1920, Uppsala") or stands in a
// run of fields, as in an infobox ("Alma mater: Uppsala University (BSc
// 1941)" under "Born: ...").
func lineItem(text string, s Segment) bool {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	// An item is a short line: look no further than maxItemLine for its
	// ends, so that a text of long lines costs no more than one of short
	// ones.
	lo := max(0, s.Start-maxItemLine)
	i := strings.LastIndexByte(text[lo:s.Start], '\n')
	if i < 0 && lo > 0 {
		return false
	}
	ls := lo + i + 1
	hi := min(len(text), s.Start+maxItemLine)
	le := hi
	if nl := strings.IndexByte(text[s.Start:hi], '\n'); nl >= 0 {
		le = s.Start + nl
	} else if hi < len(text) {
		return false
	}
	line := strings.TrimSpace(text[ls:le])
	if pre := strings.TrimSpace(text[ls:s.Start]); pre != "" {
		// What the sentence splitter left out before it: a list marker
		// or a table's bar.
		return listMarkerLen(pre+" ") == len(pre)+1 || pre == "|" || isTableRow(line)
	}
	if isTableRow(line) {
		return true
	}
	if n := fieldLabel(line); n > 0 && strings.ContainsAny(line[n:], "0123456789") {
		// A field whose value opens with a date, or one of a run of
		// fields (an infobox).
		if d, _ := dateLead(strings.TrimSpace(line[n:])); d > 0 {
			return true
		}
		return lineNear(near(text, ls, true), true, isField) || lineNear(near(text, le+1, false), false, isField)
	}
	n, sep := dateLead(line)
	switch {
	case n == 0:
		return false
	case sep:
		return true
	}
	return lineNear(near(text, ls, true), true, opensWithDate) || lineNear(near(text, le+1, false), false, opensWithDate)
}

// maxItemLine bounds the length of a line that lineItem reads as an item.
const maxItemLine = 1024

// near returns the text just before (or from) offset i that lineNear
// needs: a few item lines' worth, not the whole text.
func near(text string, i int, before bool) string {
	i = min(max(i, 0), len(text))
	if before {
		return text[max(0, i-4*maxItemLine):i]
	}
	return text[i:min(len(text), i+4*maxItemLine)]
}

func isField(line string) bool { return fieldLabel(line) > 0 }

func opensWithDate(line string) bool {
	n, _ := dateLead(line)
	return n > 0
}

// lineNear reports whether the nearest line of s that is not blank (its
// last if before, its first if not) is one that is reports true for.
func lineNear(s string, before bool, is func(string) bool) bool {
	for s != "" {
		var line string
		if before {
			s = strings.TrimRight(s, "\n")
			i := strings.LastIndexByte(s, '\n')
			line, s = s[i+1:], s[:max(i, 0)]
		} else {
			s = strings.TrimLeft(s, "\n")
			line, s, _ = strings.Cut(s, "\n")
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		return is(line)
	}
	return false
}

// footnoteMark returns the length of a footnote mark at the start of s,
// followed by a space or the end: "[2]", "[14]", "²", "¹³"; else 0.
func footnoteMark(s string) int {
	n := 0
	for {
		m := oneMark(s[n:])
		if m == 0 {
			break
		}
		n += m // (marks run on: "[2][3]", ".[citation needed]")
	}
	if n == 0 {
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if !strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r) {
				break
			}
			n += size
		}
	}
	if n == 0 || n < len(s) && !isSpace(s[n]) {
		return 0
	}
	return n
}

// oneMark returns the length of the note's mark that opens s: a Markdown
// footnote's ("[^1]", "[^fao]"), a number's ("[2]"), or an editor's
// bracketed note ("[citation needed]", "[a]", "[note 3]"); 0 for none.
func oneMark(s string) int {
	if !strings.HasPrefix(s, "[") {
		return 0
	}
	j := strings.IndexByte(s, ']')
	if j < 2 || j > 32 || strings.ContainsAny(s[1:j], "\t\n[") {
		return 0
	}
	inner := s[1:j]
	switch {
	case inner[0] == '^' && !strings.Contains(inner, " "):
		return j + 1
	case len(inner) <= 3 && strings.Trim(inner, "0123456789") == "":
		return j + 1
	case len(inner) == 1 && inner[0] >= 'a' && inner[0] <= 'z':
		return j + 1 // "[a]", a lettered note
	}
	switch strings.ToLower(inner) {
	case "citation needed", "clarification needed", "when?", "who?", "which?", "by whom?", "dubious – discuss", "failed verification", "better source needed", "page needed", "original research?":
		return j + 1
	}
	if l := strings.ToLower(inner); (strings.HasPrefix(l, "note ") || strings.HasPrefix(l, "nb ") || strings.HasPrefix(l, "n ")) && strings.Trim(l[strings.IndexByte(l, ' ')+1:], "0123456789") == "" {
		return j + 1 // "[note 3]"
	}
	return 0
}

// degreesBefore reports whether s ends as a temperature before its scale's
// letter: a degree sign, or a number and a space ("-70 °", "0.17 ").
func degreesBefore(s string) bool {
	if strings.HasSuffix(s, "°") || strings.HasSuffix(s, "° ") {
		return true
	}
	s = strings.TrimSuffix(s, " ")
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}
