package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// rawLines returns the [start, end) offsets of the lines of s.
func rawLines(s string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			return append(out, [2]int{i, len(s)})
		}
		out = append(out, [2]int{i, i + j})
		i += j + 1
	}
}

// sub returns a block of the same kind holding raw[a:b] of b, trimmed.
func (b *block) sub(a, c int) *block {
	s := b.raw.s[a:c]
	lead := len(s) - len(strings.TrimLeft(s, " \t\n"))
	trail := len(strings.TrimRight(s, " \t\n"))
	if trail <= lead {
		return nil
	}
	n := &block{kind: b.kind, level: b.level, raw: b.raw.slice(a+lead, a+trail), own: b.own}
	n.lines = strings.Count(n.raw.s, "\n") + 1
	n.first, _, _ = strings.Cut(n.raw.s, "\n")
	return n
}

// splitMessageHeads cuts the head of each message of a chat copied from
// its window ("Raj Patel  9:20 AM" over what Raj wrote) off the message,
// as a heading of its own: the time it was sent is no event, and the day
// is the one over it ("Tuesday, January 11th"). Only in a text with two
// such heads or more, so that a programme's line ("Doors open 7:30 PM")
// is left as it is.
func splitMessageHeads(blocks []*block) []*block {
	n := 0
	for _, b := range blocks {
		if b.kind == paraBlock && !b.table && b.lines >= 2 && nameClockRe.MatchString(strings.TrimSpace(b.first)) {
			n++
		}
	}
	if n < 2 {
		return blocks
	}
	var out []*block
	for _, b := range blocks {
		if b.kind != paraBlock || b.table || b.lines < 2 || !nameClockRe.MatchString(strings.TrimSpace(b.first)) {
			out = append(out, b)
			continue
		}
		nl := strings.IndexByte(b.raw.s, '\n')
		h, rest := b.sub(0, nl), b.sub(nl+1, len(b.raw.s))
		if h == nil || rest == nil {
			out = append(out, b)
			continue
		}
		h.kind, h.level, h.excerptLabel = headingBlock, 4, true // (no document's title)
		out = append(out, h, rest)
	}
	return out
}

// splitDiaryRuns cuts a paragraph that holds a diary's entries written
// without blank lines between them ("6 June 1944¶Leading companies
// touched down at 0725.¶7 June 1944¶The battalion attacked Douvres.") at
// each line that names a day and month and nothing else: one paragraph an
// entry, its day line first, which splitDayLines then makes the entry's
// heading. Only a paragraph that opens with such a line and has another
// further down, each over a line of text, is cut.
func splitDiaryRuns(blocks []*block) []*block {
	var out []*block
	for _, b := range blocks {
		if b.kind != paraBlock || b.table || b.lines < 4 || !fullDayLine(b.first) {
			out = append(out, b)
			continue
		}
		var cuts []int  // where each entry's day line starts in b.raw.s
		prevDay := true // the line before was a day line
		off := 0
		for i, line := range strings.Split(b.raw.s, "\n") {
			day := fullDayLine(line)
			if day && i > 0 {
				if prevDay {
					cuts = nil // two day lines running: a list of days, no entries
					break
				}
				cuts = append(cuts, off)
			}
			prevDay = day
			off += len(line) + 1
		}
		if len(cuts) == 0 || prevDay {
			out = append(out, b)
			continue
		}
		from := 0
		for _, c := range append(cuts, len(b.raw.s)) {
			if s := b.sub(from, c); s != nil {
				out = append(out, s)
			}
			from = c
		}
	}
	return out
}

// fullDayLine reports whether a line names a day of a month and nothing
// else (see dayLine): "7 June 1944", "Tuesday 3 March".
func fullDayLine(s string) bool {
	if !dayLine(s) {
		return false
	}
	h, ok := parseDayHead(s, false)
	return ok && h.m != 0 && h.d != 0
}

// splitBlocks cuts out of paragraphs what must stand apart: the days over
// a diary's entries (see splitDayLines), an e-mail's header (see
// splitMail), citation lines written against the text they cite (no blank
// line between), a "(Source: ...)" closing a paragraph, an
// end-of-commentary marker closing one, and the attribution line closing
// a quote block.
func splitBlocks(blocks []*block) []*block {
	return splitBlocksDiary(blocks, false)
}

// splitBlocksDiary is splitBlocks; diary says that the document is a
// diary (a part of it before this one had its entries under day lines), so
// that a day line over a paragraph is one even when it is the only one.
func splitBlocksDiary(blocks []*block, diary bool) []*block {
	var out []*block
	add := func(bs ...*block) {
		for _, b := range bs {
			if b != nil {
				out = append(out, b)
			}
		}
	}
	blocks = splitDividers(blocks)
	blocks = splitMessageHeads(blocks)
	blocks = splitDiaryRuns(blocks)
	blocks = splitDayLines(blocks, diary)
	blocks = splitEntries(blocks)
	near := 0 // paragraphs since the top of the document or a heading: a header is near the top
	for _, b := range blocks {
		switch b.kind {
		case headingBlock, ruleBlock:
			near = 0
		}
		switch b.kind {
		case paraBlock:
			near++
			if b.table {
				add(b) // its rows are data, not a header or citations
				continue
			}
			if b.entry {
				add(splitPara(b)...) // a calendar's entry: its day line is its own, no header
				continue
			}
			if bs := splitPubNote(b); bs != nil {
				// "Updated: 27 November 2026 – latest update: ...": the
				// page's date, then what was updated, a paragraph
				add(bs[0])
				b = bs[1]
			}
			if bs := splitMail(b); bs != nil {
				// A message's header: the lines after it start its text.
				add(bs[0])
				near = 0
				if len(bs) == 1 {
					continue
				}
				b = bs[1]
			}
			if bs := splitHeadLine(b); bs != nil && len(out) > 0 { // (the document's first lines are its title's)
				// "2. EPIDEMIOLOGICAL UPDATE¶The first case ...": a
				// section's heading over its first paragraph
				add(bs[0])
				b = bs[1]
				near = 0
			}
			if near > 3 {
				add(splitPara(b)...)
				continue
			}
			if len(out) == 0 {
				if bs := splitTitleDay(b); bs != nil {
					// "LONDON, 14 March 2025¶The launch is set for 20
					// March.": the document's day, then its story
					add(bs[0])
					b = bs[1]
				}
			}
			for _, p := range splitHeader(b) {
				for _, q := range splitLabelDate(p) {
					add(splitPara(q)...)
				}
			}
		case quoteBlock:
			ls := rawLines(b.raw.s)
			last := ls[len(ls)-1]
			if l := b.raw.s[last[0]:last[1]]; len(ls) > 1 && (isAttribution(l) || isCreditLine(l, false)) {
				q, a := b.sub(0, last[0]), b.sub(last[0], last[1])
				if q != nil && a != nil {
					a.kind = paraBlock
					add(splitPara(q)...)
					add(a)
					continue
				}
			}
			// A citation line inside the quote ("> Source: ...") is cut out
			// of it, attached to the quoted text before or after it.
			add(splitPara(b)...)
		default:
			add(b)
		}
	}
	for _, b := range out {
		if b.kind == paraBlock && !b.table && b.own == nil {
			markUpdateLabel(b)
			if _, ok := answerDay(b.raw.s); ok {
				// "Answered by: ...¶Answered on: 19 November 2026": the
				// answer below is of its own day
				b.kind, b.level = headingBlock, 3
			}
		}
	}
	return out
}

// headNumberRe is a section's number before its heading: "2.", "2.1",
// "IV.".
var headNumberRe = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+`)

// splitHeadLine cuts a paragraph's first line off it when that line is
// a section's heading in capitals, or a numbered one (see
// numberedHeading), written against the text under it, with no blank
// line between ("2. EPIDEMIOLOGICAL UPDATE¶The first clade Ib case ...
// was reported on 15 August", "1. Review of SIGDOC 2023¶The Orlando
// conference had 187 attendees."), over a line of ordinary text.
// The heading is a heading block. It returns nil when b is no such
// paragraph: a letterhead's lines, all in capitals, stay, and so does a
// heading that tells a date, which the paragraph's reading keeps.
func splitHeadLine(b *block) []*block {
	if b.lines < 2 || b.table || b.entry || b.quoted || b.msg {
		return nil
	}
	nl := strings.IndexByte(b.raw.s, '\n')
	if nl < 0 {
		return nil
	}
	first := strings.TrimSpace(b.raw.s[:nl])
	rest := strings.TrimSpace(b.raw.s[nl+1:])
	second, _, _ := strings.Cut(rest, "\n")
	second = strings.TrimSpace(second)
	if len(first) > 120 || second == "" {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(second)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return nil
	}
	if !capsHeading(first) && !numberedHeading(first) || capsHeading(second) || strings.ToUpper(second) == second || len(findDates(first, false)) > 0 {
		return nil // (a heading with a date of its own stays with the text it dates)
	}
	// what follows is prose: a sentence with words in small letters, no
	// line of a header or a form ("National Weather Service Green Bay
	// WI", "By: /s/ Michael Brandt")
	lower := 0
	for _, w := range strings.Fields(second) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	if c := strings.IndexByte(second, ':'); c >= 0 && c < 25 || lower < 2 || len(strings.Fields(second)) < 4 || !strings.ContainsAny(rest, ".!?") {
		return nil
	}
	h, t := b.sub(0, nl), b.sub(nl+1, len(b.raw.s))
	if h == nil || t == nil {
		return nil
	}
	h.kind, h.level = headingBlock, 2
	return []*block{h, t}
}

// numberedHeading reports whether s is a section's numbered heading in
// small letters: "1. Review of SIGDOC 2023", "3. Budget", "2. Status of
// requisition REQ-3310 (Senior Product Designer)": a section's number, a
// capital after it, at most ten words, and no closing punctuation nor a
// word that goes on ("and", "the") at its end, as a wrapped item's first
// line has.
func numberedHeading(s string) bool {
	m := headNumberRe.FindStringIndex(s)
	if m == nil {
		return false
	}
	body := s[m[1]:]
	if r, _ := utf8.DecodeRuneInString(body); !unicode.IsUpper(r) {
		return false
	}
	ws := strings.Fields(body)
	if len(ws) > 10 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(body); strings.ContainsRune(".,;:!?…-–—", last) {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "that", "which",
		"is", "was", "were", "are", "his", "her", "its", "their":
		return false
	}
	return true
}

// capsHeading reports whether s is a heading in capitals: after its
// number, two words or more of capitals (what a parenthesis adds aside),
// or one after a number ("3. VACCINATION"), no closing stop, no
// speaker's label.
func capsHeading(s string) bool {
	numbered := headNumberRe.MatchString(s)
	s = headNumberRe.ReplaceAllString(s, "")
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".,;:!?…-–—", last) {
		return false
	}
	main := s
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		main = strings.TrimSpace(s[:i])
	}
	if strings.Contains(main, ":") || strings.ToUpper(main) != main {
		return false
	}
	words, long := 0, false
	for _, w := range strings.Fields(main) {
		if n := utf8.RuneCountInString(strings.Trim(w, "&/-–")); n >= 2 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
			long = long || n >= 4
		}
	}
	return words >= 2 || words == 1 && numbered && long // ("3. VACCINATION")
}

// splitTitleDay cuts the document's first paragraph after its first line
// when that line ends with its day (see titleEndDay: "LONDON, 14 March
// 2025", "Launch update, 14 March 2025") and the lines after it tell
// dates of their own: the day dates the document, the rest is its story
// (kept whole, the paragraph would be read as a header line and its
// events lost). It returns nil when b is no such paragraph.
func splitTitleDay(b *block) []*block {
	nl := strings.IndexByte(b.raw.s, '\n')
	if nl < 0 || len(b.raw.s) > 4000 {
		return nil
	}
	d, ok := titleEndDay(b.raw.s[:nl], false)
	if !ok {
		return nil
	}
	rest := b.raw.s[nl+1:]
	if len(tempex.Tag(rest, tempex.Options{Ref: d})) == 0 {
		return nil // "... alert thread, Saturday 8 February 2025¶All times Pacific Standard Time.": a note of the header
	}
	h, r := b.sub(0, nl), b.sub(nl+1, len(b.raw.s))
	if h == nil || r == nil {
		return nil
	}
	return []*block{h, r}
}

// splitLabelDate cuts a header paragraph that opens with a label and its
// day ("Championship, Tuesday 10 February 2026. KO 19:45 GMT, Kingsmead
// Stadium.", see labelDateRe) into the day's sentence, which dates the
// page, and the rest, which stays text.
func splitLabelDate(b *block) []*block {
	if b.kind != paraBlock || b.table || len(b.raw.s) > 200 || strings.Contains(b.raw.s, "\n") {
		return []*block{b}
	}
	m := labelDateRe.FindStringSubmatchIndex(b.raw.s)
	if m == nil || strings.TrimSpace(b.raw.s[m[1]:]) == "" {
		return []*block{b}
	}
	end := m[5] + 1 // after the day's full stop
	head, rest := b.sub(0, end), b.sub(end, len(b.raw.s))
	if head == nil || rest == nil {
		return []*block{b}
	}
	return []*block{head, rest}
}

// answeredRe is a record's line that dates the answer or reply below it:
// "Answered on: 19 November 2026", "Date of reply: 3 May 2025".
var answeredRe = regexp.MustCompile(`^(?i:answered|replied|responded|response|reply|answer)(?:\s+(?:on|date|given|received))?\s*:\s*(.{6,40})$|^(?i:date of (?:answer|reply|response))\s*:\s*(.{6,40})$`)

// answerDay returns the day a block of a record's field lines gives its
// answer (answeredRe), when every line is a field ("Answered by: ...").
func answerDay(s string) (timeline.Date, bool) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 4 {
		return timeline.Date{}, false
	}
	var day timeline.Date
	for _, l := range lines {
		l = strings.TrimSpace(strings.Trim(l, "*_ \t"))
		if c := strings.IndexByte(l, ':'); c <= 0 || c > 40 {
			return timeline.Date{}, false
		}
		if m := answeredRe.FindStringSubmatch(l); m != nil {
			ds := findDates(m[1]+m[2], false)
			if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec != timeline.Day {
				return timeline.Date{}, false
			}
			day = ds[0].date
		}
	}
	return day, !day.IsZero()
}

// pubNoteRe is a page's date line that goes on, after a dash, with what
// changed: "Updated: 27 November 2026 – latest update: information on the
// state of emergency declared on 25 November".
var pubNoteRe = regexp.MustCompile(`^(?i:updated|last updated|published|posted|still current at|reviewed)\s*:?\s+[^–—\n]{6,40}?\s+[–—]\s+`)

// splitPubNote cuts a date line (pubNoteRe) from the note after its dash,
// when the note is a sentence of its own (six words or more); nil when
// it does not apply.
func splitPubNote(b *block) []*block {
	if b.lines != 1 {
		return nil
	}
	m := pubNoteRe.FindStringIndex(b.raw.s)
	if m == nil || len(strings.Fields(b.raw.s[m[1]:])) < 6 || len(findDates(b.raw.s[:m[1]], false)) == 0 {
		return nil
	}
	dash := strings.LastIndexAny(b.raw.s[:m[1]], "–—")
	head, rest := b.sub(0, dash), b.sub(m[1], len(b.raw.s))
	if head == nil || rest == nil {
		return nil
	}
	return []*block{head, rest}
}

// correctionLabelRe opens a paragraph that corrects or annotates the
// page: "Correction, June 6, 2025: ...", "Editor's note (3 May 2024): ...".
var correctionLabelRe = regexp.MustCompile(`(?i)^(?:correction|corrected|clarification|editor's note|editor’s note|note added)\b`)

// boldDateLabelRe is a paragraph's bold label that is a day, perhaps with
// its time, closed by a colon: "**22 April 2025, 03:40 UTC:** ...",
// "__3 May 2024__: ...".
var boldDateLabelRe = regexp.MustCompile(`^(?:\*\*|__)([^*_:]{6,48}(?::\d{2}[^*_:]{0,12})?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s+\S`)

// updateLabelRe opens a paragraph added to a page after it was written,
// with its day: "**Update (18 August 2025):** ...", "Edit, 3 May 2024:
// ...", "UPDATE 12/03/2025: ...".
var updateLabelRe = regexp.MustCompile(`^(?i:update|updated|edit|edited|correction|corrected|clarification|addendum|postscript|note added|editor's note|editor’s note)\s*(?:\(([^()]{6,40})\)|,?\s+(?:on\s+)?((?:[^:()]|:\d\d)(?:[^:()]|:\d\d){5,39}?))\s*:\s+\S`)

// commentLabelRe opens a paragraph that is a comment or a reply, with
// who wrote it and its day, in brackets or after a comma, closed by a
// colon: "**Comment by Priya Nair (12 May 2026):** ...", "Reply from
// ben, 5 Aug 2024 18:02: ..." (the head of a forum's reply, replyHeadRe,
// run into its text).
var commentLabelRe = regexp.MustCompile(`^(?i:comment|reply|response|answer)[ \t]+(?i:from|by)[ \t]+@?[\p{L}\d_.'’-]{1,40}(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*(?:\(([^()]{6,40})\)|,[ \t]+(?:on[ \t]+)?((?:[^:()]|:\d\d)(?:[^:()]|:\d\d){5,39}?))[ \t]*:[ \t]+\S`)

// markUpdateLabel gives a paragraph opened by an update's label (see
// updateLabelRe) the label's day as its own reference date: "this summer"
// in an update of 18 August 2025 is that summer, whatever the page's
// date. A comment's label (commentLabelRe) does the same, but the
// comment is no event of its day: what it tells is.
func markUpdateLabel(b *block) {
	line := strings.NewReplacer("**", "", "__", "").Replace(strings.TrimLeft(b.first, "*_ \t"))
	m := updateLabelRe.FindStringSubmatch(line)
	comment := false
	if m == nil && len(line) > 16 && (line[0]|0x20 == 'c' || line[0]|0x20 == 'r' || line[0]|0x20 == 'a') {
		if m = commentLabelRe.FindStringSubmatch(line); m != nil && byWeekday(line) {
			m = nil // "Comments by Friday, 12 May 2026: ...": a deadline, no comment's writer
		}
		comment = m != nil
	}
	var label string
	switch {
	case m != nil:
		label = m[1] + m[2]
		if c := clockRe.FindStringIndex(label); c != nil && c[0] > 0 {
			// "UPDATE, 9/18/2024 at 4 p.m.: ...": the day, then the
			// hour of the update
			label = strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(label[:c[0]]+label[c[1]:]), " at")), ",")
		}
	case strings.HasPrefix(b.first, "**") || strings.HasPrefix(b.first, "__"):
		// "**22 April 2025, 03:40 UTC:** Liftoff ...": a day in bold
		// opening the paragraph, as a log's entries are labelled
		m = boldDateLabelRe.FindStringSubmatch(b.first)
		if m == nil {
			return
		}
		label = clockRe.ReplaceAllString(m[1], "")
		label = strings.TrimRight(strings.TrimSpace(label), ",")
		if z := strings.LastIndexByte(label, ' '); z > 0 && timeWords[strings.ToLower(label[z+1:])] {
			label = strings.TrimRight(label[:z], ", ") // ("..., 03:40 UTC")
		}
	default:
		return
	}
	ds := findDates(label, false)
	if len(ds) != 1 || ds[0].date.Prec != timeline.Day || strings.TrimSpace(label[:ds[0].start]+label[ds[0].end:]) != "" {
		return
	}
	pos := b.pos()
	if i := strings.Index(b.raw.s, label[ds[0].start:ds[0].end]); i >= 0 && b.raw.loc != nil {
		pos = b.raw.loc.pos(b.raw.srcAt(i))
	}
	// (an update's or a log's label is an event of its day; a correction's
	// or an editor's note is not)
	note := m != nil && correctionLabelRe.MatchString(line)
	b.own = &ownRef{r: ref{date: ds[0].date, from: "label", pos: pos}, statement: !note && !comment, noYear: ds[0].noYear}
}

// splitHeader cuts the metadata lines out of a header written without
// blank lines between its lines:
//
//	City council approves new tram line
//	By Anna Keller
//	Published: 14 June 2019
//	Updated: 16 June 2019, 09:30
//
// Each byline, "Published:" or "Updated:" line, date line, header line
// dating the document ("Delivered 4 September 2017") and press-release
// boilerplate becomes a block of its own, and the lines between stay
// together. Only short paragraphs among the first three of the document
// or of a part under a heading are headers, and a date opening a paragraph
// with no other metadata line dates that paragraph ("Monday, 3 May 2021"
// over a diary's entry) and stays in it.
func splitHeader(b *block) []*block {
	s := b.raw.s
	if len(s) > 1000 || strings.IndexByte(s, '\n') < 0 {
		return []*block{b}
	}
	ls := rawLines(s)
	if len(ls) > 8 {
		return []*block{b}
	}
	meta := make([]bool, len(ls))
	var any, dated bool // dated: a date line opens the paragraph
	date, top := make([]bool, len(ls)), make([]bool, len(ls))
	for k, l := range ls {
		if isCitationLine(s[l[0]:l[1]]) {
			return []*block{b} // the date line under a citation is part of it
		}
		meta[k], date[k], top[k] = metaLine(s[l[0]:l[1]], true)
		if date[k] && k > 0 && wrapsInto(s[ls[k-1][0]:ls[k-1][1]], s[l[0]:l[1]]) {
			// "... were extended until¶31 December 2025.": the end of a
			// sentence wrapped onto a line of its own, no date line
			meta[k], date[k] = false, false
		}
		if date[k] && k > 0 && otherLabelLine(s[ls[k-1][0]:ls[k-1][1]]) {
			// "Full proposal deadline:¶November 3, 2025": the value of
			// the label above, no date of the document
			meta[k], date[k] = false, false
		}
	}
	// A masthead or a byline without a label stands on the first or second
	// line, alone of its kind: lines "NAME — DATE" are the items of a list
	// ("Harvest Supper — 3 October 2025"), not a header.
	tops := 0
	for _, t := range top {
		if t {
			tops++
		}
	}
	for k := range ls {
		if top[k] && (k > 1 || tops > 1) {
			meta[k] = false
		}
	}
	for k := range ls {
		if k == 0 && date[k] {
			dated = true
		} else {
			any = any || meta[k]
		}
	}
	// A date opening a paragraph of story, with no other metadata line,
	// dates that paragraph (a diary's entry), not the document.
	if !any {
		if k := datelineUnder(s, ls); k > 0 {
			// The headline over the dateline that opens the story.
			return compact([]*block{b.sub(ls[0][0], ls[k-1][1]), b.sub(ls[k][0], len(s))})
		}
		return []*block{b}
	}
	if dated {
		meta[0] = true
	}
	// A title line over the header's other lines stands alone: the lines
	// after it ("Washington, D.C.") are not part of the title.
	if t := strings.TrimSpace(s[ls[0][0]:ls[0][1]]); !meta[0] && len(ls) > 2 && len(t) <= 120 && !strings.ContainsAny(lastRune(t), ".,;!?…") {
		meta[0] = true
	}
	var out []*block
	from := 0 // the first line of the current run of text lines
	for k, l := range ls {
		if !meta[k] {
			continue
		}
		if from < k {
			out = append(out, b.sub(ls[from][0], ls[k-1][1]))
		}
		out = append(out, b.sub(l[0], l[1]))
		from = k + 1
	}
	if from < len(ls) {
		out = append(out, b.sub(ls[from][0], len(s)))
	}
	return compact(out)
}

// wrapsInto reports whether the line prev runs on into the line cur, a
// date alone: prev ends in the middle of a sentence, with a word that
// needs what follows ("until", "on", "of") or with a word in lower case
// when cur closes the sentence with a full stop.
func wrapsInto(prev, cur string) bool {
	p := strings.TrimRight(prev, " \t\r")
	if p == "" || strings.ContainsAny(lastRune(p), ".!?:;,)\"”*_|") {
		return false
	}
	lw := p[strings.LastIndexAny(p, " \t")+1:]
	switch strings.ToLower(lw) {
	case "until", "till", "on", "in", "of", "by", "from", "to", "since", "before", "after", "and", "or", "dated", "between", "through", "at":
		return true
	}
	r, _ := utf8.DecodeRuneInString(lw)
	return unicode.IsLower(r) && strings.HasSuffix(strings.TrimRight(cur, " \t\r*_"), ".")
}

// datelineUnder returns the line of s (whose lines are ls) on which a
// dateline opens the story under a headline written with no blank line
// between ("Acme results" over "AUSTIN, Texas, Oct. 28, 2025 -- Acme
// today reported results."), or 0 when there is none: the lines before it,
// one to three, are title lines (short, a capital or a digit first, no
// closing punctuation), and the line gives a date or an agency ("WASHINGTON
// (AP) —"), not a place alone.
func datelineUnder(s string, ls [][2]int) int {
	for k := 1; k < len(ls) && k <= 3; k++ {
		t := strings.TrimSpace(s[ls[k-1][0]:ls[k-1][1]])
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || len(t) > 120 || strings.ContainsAny(lastRune(t), ".,;:!?…") || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return 0
		}
		if _, isDL, _ := findDateline(t, false); isDL {
			return 0 // a dateline over the story is not its headline
		}
		if _, isDL, _ := findDateline(strings.TrimLeft(s[ls[k][0]:ls[k][1]], "*_ \t"), false); isDL {
			return k
		}
	}
	return 0
}

// metaLine reports whether a raw line of a paragraph is a header's
// metadata line (see splitHeader), and whether it is a date alone. It
// starts with a capital or a digit: a line of wrapped prose that starts
// "published on 3 May" is not one. When top, the line stands at the top
// of the paragraph (its first or second line), where a masthead naming
// the issue and its month ("Issue 211 — October 2025", "The Parish Pump —
// October 2025 issue") or a name and a day after a dash ("Ana Ruiz — 3
// March 2025") is metadata too; the third result says that only this
// made it so.
func metaLine(line string, top bool) (meta, dateAlone, onlyTop bool) {
	t := strings.Trim(line, "*_ \t\r")
	if t == "" || len(t) > 120 {
		return false, false, false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false, false, false
	}
	if !strings.ContainsAny(t, "0123456789") {
		// Every other metadata line holds a date.
		switch t[0] {
		case 'B':
			return bylineRe.MatchString(t), false, false
		case 'F', 'f', 'P', 'p', 'N', 'n', 'M', 'm', 'E', 'e':
			return boilerRe.MatchString(t), false, false
		}
		return false, false, false
	}
	b := block{text: t, lines: 1}
	if dateOnly(&b, false) {
		return true, true, false
	}
	if madeDate(&b, false) || pubLineAt(&b, false, true) || headerDate(&b, false) || datedByline(&b, false) || strings.HasPrefix(t, "E") && boilerRe.MatchString(t) ||
		(deliveredByRe.MatchString(t) || headerStartRe.MatchString(t)) && heldLine(&b, false) {
		// ("Delivered by her son Daniel at St Brigid's Church, Clontarf,
		// on 2 February 2019"; "Minutes of the meeting held on Tuesday 14
		// March 2023 at 7.30pm in the Village Hall, Room 2" under the
		// council's name)
		return true, false, false
	}
	if top && (datedBylineAt(&b, false, true) || coverLine(&b, false)) {
		return true, false, true
	}
	return false, false, false
}

// excerptLabelRe is the label of one excerpt of a compilation on a line of
// its own: "Excerpt 1", "Document 2:", "Extract B", "Item no. 3".
var excerptLabelRe = regexp.MustCompile(`(?i)^[#*_ ]*(?:excerpt|extract|item|document|doc|text|quote|quotation|clipping|exhibit|annex|attachment|entry|article|statement|post|tweet|source|reading)\s+(?:no\.?\s*)?(?:\d{1,3}|[A-Z])[.:)]?[*_ ]*$`)

// leadCreditRe is a credit that opens a line, before the excerpt it
// introduces on the same line: "According to Reuters (3 March 2019): ",
// "- **Lloyd's List (March 15, 2019):** ". Group 1 is the list marker,
// group 2 the credit, without "According to", as introCredit reads it.
var leadCreditRe = regexp.MustCompile(`^([ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?)(?:[*_]{1,2})?(?:(?i:according[ \t]+to)[ \t]+(?:the[ \t]+)?)?((?:[*_]{1,2})?[^():\n]{2,80}?[ \t]*\([^()\n]{6,40}\)[ \t]*(?:[*_]{1,2})?:(?:[*_]{1,2})?)[ \t]+\S`)

// versionNameRe finds a version number in a name: "Harbor 23.4", "v2".
var versionNameRe = regexp.MustCompile(`\b\d+\.\d+\b|\bv\d`)

// leadCredit returns where the credit opening line l of s starts and ends
// (without its list marker and "According to"), or ok false when the line opens with none.
func leadCredit(s string, l [2]int) (start, end int, ok bool) {
	m := leadCreditRe.FindStringSubmatchIndex(s[l[0]:l[1]])
	if m == nil {
		return 0, 0, false
	}
	credit := s[l[0]+m[4] : l[0]+m[5]]
	c := introCredit(credit, false)
	if c == nil || versionNameRe.MatchString(credit) {
		return 0, 0, false // (not "Harbor 23.4 (April 2023): funnels": a release)
	}
	if c.date.Prec < timeline.Day && !strings.ContainsAny(credit, "*_") && !strings.Contains(strings.ToLower(s[l[0]:l[0]+m[4]]), "according") {
		// "Funnels (April 2023): cohort charts": a feature of a list and
		// when it came; a source's credit dates it to the day, or is set
		// in bold ("**BBC (March 2019):**")
		return 0, 0, false
	}
	if line := strings.NewReplacer("**", "", "__", "").Replace(strings.TrimLeft(s[l[0]+m[4]:l[1]], "*_ \t")); updateLabelRe.MatchString(line) || commentLabelRe.MatchString(line) {
		return 0, 0, false // "**Update (18 August 2025):** ...": the page's own update (markUpdateLabel)
	}
	return l[0] + m[4], l[0] + m[5], true
}

func splitPara(b *block) []*block {
	s := b.raw.s
	ls := rawLines(s)
	// Credits opening lines: "According to Reuters (3 March 2019): ...",
	// a list of "- **Outlet (date):** ..." items. Each credit introduces
	// the text after it, up to the next.
	for k, l := range ls {
		a, e, ok := leadCredit(s, l)
		if !ok {
			continue
		}
		var out []*block
		if k > 0 {
			out = append(out, splitPara(b.sub(0, l[0]))...)
		}
		c := b.sub(a, e)
		if c == nil {
			break
		}
		c.attachNext, c.kind, c.inlineCredit = true, paraBlock, true
		out = append(out, c)
		next := len(s)
		for _, l2 := range ls[k+1:] {
			if _, _, ok := leadCredit(s, l2); ok {
				next = l2[0]
				break
			}
		}
		if rest := b.sub(e, next); rest != nil {
			out = append(out, rest)
		}
		if next < len(s) {
			if rest := b.sub(next, len(s)); rest != nil {
				out = append(out, splitPara(rest)...)
			}
		}
		return compact(out)
	}
	// A citation line inside the paragraph.
	if first := s[ls[0][0]:ls[0][1]]; len(ls) > 1 && len(s) <= 300 && isCitationLine(first) && openQuote(first) {
		return []*block{b} // a citation whose quoted title wraps onto the next line
	}
	for k, l := range ls {
		if !isCitationLine(s[l[0]:l[1]]) || k == 0 && len(ls) == 1 {
			continue
		}
		end := k + 1
		hasURL := urlRe.MatchString(s[l[0]:l[1]])
		for end < len(ls) && !hasURL {
			t := s[ls[end][0]:ls[end][1]]
			if !urlRe.MatchString(t) && !(len(t) < 60 && len(findDates(t, false)) > 0) {
				break
			}
			hasURL = urlRe.MatchString(t)
			end++
		}
		if k == 0 && end == len(ls) {
			return []*block{b} // the whole paragraph is the citation
		}
		var out []*block
		label := false
		if k > 0 {
			h := b.sub(0, l[0])
			if label = h != nil && excerptLabelRe.MatchString(s[ls[0][0]:ls[k-1][1]]); label {
				// "Excerpt 1¶Source: National Radio, 6 April 2021": the
				// excerpt's label, over its citation, opens it
				h.kind, h.level, h.excerptLabel = headingBlock, 3, true
			} else if k > 1 && excerptLabelRe.MatchString(s[ls[0][0]:ls[0][1]]) {
				// "Excerpt 1¶"Workers told us ..."¶Source: ...": the label
				// over the excerpt its citation closes
				if lab := b.sub(0, ls[0][1]); lab != nil {
					lab.kind, lab.level, lab.excerptLabel = headingBlock, 3, true
					out = append(out, lab)
				}
				h = b.sub(ls[1][0], l[0])
			}
			out = append(out, h)
		}
		c := b.sub(l[0], ls[end-1][1])
		if c == nil {
			break
		}
		c.attachPrev, c.attachNext = k > 0 && !label, end < len(ls) || label
		c.kind = paraBlock
		out = append(out, c)
		if end < len(ls) {
			rest := b.sub(ls[end][0], len(s))
			if rest != nil {
				out = append(out, splitPara(rest)...)
			}
		}
		return compact(out)
	}
	// "– Daily Courier, 10 March 2023" on the paragraph's last line.
	if last := ls[len(ls)-1]; len(ls) > 1 && last[1]-last[0] < 240 && strings.ContainsAny(s[last[0]:last[1]], "0123456789") &&
		!listItem(s[last[0]:last[1]], s[ls[len(ls)-2][0]:ls[len(ls)-2][1]]) && isCreditLine(s[last[0]:last[1]], false) {
		if c := b.sub(last[0], last[1]); c != nil {
			c.attachPrev, c.kind = true, paraBlock
			return compact([]*block{b.sub(0, last[0]), c})
		}
	}
	// "... (Source: Reuters, 3 March 2011)" closing the paragraph.
	tail, at := tailOf(s, 320)
	lower := strings.ToLower(tail)
	if !strings.Contains(lower, "source") {
		// no citation closes the paragraph
	} else if m := citeTailRe.FindStringIndex(tail); m != nil && at+m[0] > 0 {
		m[0] += at
		c := b.sub(m[0], len(s))
		if c != nil {
			c.attachPrev, c.kind = true, paraBlock
			return compact([]*block{b.sub(0, m[0]), c})
		}
	}
	// "... **End OE Watch Commentary (Shanks)**" closing the paragraph.
	if !mayMark(lower) {
		// no marker closes the paragraph
	} else if m := markerRe.FindStringIndex(tail); m != nil && at+m[0] > 0 && sentenceEnds(s[:at+m[0]]) {
		m[0] += at
		mk := b.sub(m[0], len(s))
		if mk != nil {
			mk.kind = paraBlock
		}
		return compact([]*block{b.sub(0, m[0]), mk})
	}
	return []*block{b}
}

func compact(bs []*block) []*block {
	out := bs[:0]
	for _, b := range bs {
		if b != nil {
			out = append(out, b)
		}
	}
	return out
}

// tailOf returns the last n bytes of s or so (from a rune and line start
// if possible) and the offset they start at: the patterns that must end a
// paragraph need not be sought from its start.
func tailOf(s string, n int) (string, int) {
	if len(s) <= n {
		return s, 0
	}
	at := len(s) - n
	if nl := strings.IndexByte(s[at:], '\n'); nl >= 0 && nl < n/2 {
		at += nl + 1
	}
	for at < len(s) && !utf8.RuneStart(s[at]) {
		at++
	}
	return s[at:], at
}

// openQuote reports whether s opens a quotation it does not close.
func openQuote(s string) bool {
	return strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

// sentenceEnds reports whether s ends a sentence (a marker must be a
// sentence of its own, not the end of one: "we read to the end of the
// note.").
func sentenceEnds(s string) bool {
	s = strings.TrimRight(s, " \t\n")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’)*_:", r)
}

// lastLine returns the last line of s.
func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// nextFirst returns the first line of the block after blocks[k], or "".
func nextFirst(blocks []*block, k int) string {
	if k+1 < len(blocks) {
		return blocks[k+1].first
	}
	return ""
}

// lastRune returns the last character of s, as a string.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}
