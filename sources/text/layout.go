package text

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
)

// citeLayout is where a compilation puts its citation lines.
type citeLayout uint8

const (
	// noCitations: the document cites no sources line by line.
	noCitations citeLayout = iota
	// citeBefore: each citation line introduces the excerpt that follows
	// it (the text before the first citation is the compiler's own).
	citeBefore
	// citeAfter: each citation line closes the excerpt before it (the text
	// after the last citation is the compiler's own).
	citeAfter
)

func (l citeLayout) String() string {
	return [...]string{"no citations", "citations before excerpts", "citations after excerpts"}[l]
}

// ref is a reference date and where it came from.
type ref struct {
	date timeline.Date
	from string
	pos  timeline.Position
}

// docInfo is what is known of a document before its blocks are read.
type docInfo struct {
	cite timeline.Citation // title, outlet, URL, file of the document itself
	meta ref               // a date from metadata, if any
	// stamp is a file's creation stamp (a DOCX's core.xml "created"): the
	// reference date only when the text states none and no flag is given.
	stamp ref
}

// substantive reports whether b is text of the story (not a heading, rule,
// citation or metadata line).
func substantive(b *block) bool {
	return (b.kind == paraBlock || b.kind == quoteBlock || b.kind == codeBlock) && b.role == noRole
}

// decideLayout tells from the document as a whole whether its citations
// come before or after the excerpts they cite. The signals, strongest
// first:
//
//  1. citation lines written against their excerpt, with no blank line
//     between: all on the same side;
//  2. quote blocks: every citation right after a quote block, or right
//     before one;
//  3. the edges: nothing of substance after the last citation means they
//     close excerpts; nothing before the first means they open them;
//  4. an end-of-commentary marker before the first citation: what follows
//     the marker up to the first citation is either an excerpt (citations
//     after) or only pull quotes with their attribution (citations
//     before);
//  5. otherwise text follows the last citation, which must be the excerpt
//     it introduces: citations before.
func decideLayout(blocks []*block, cites []int) citeLayout {
	if len(cites) == 0 {
		return noCitations
	}
	var prevAttach, nextAttach int
	for _, c := range cites {
		if blocks[c].attachPrev {
			prevAttach++
		}
		// ("— The Guardian, 12 March 2024:": a colon introduces what
		// follows it)
		if blocks[c].attachNext || strings.HasSuffix(strings.TrimRight(blocks[c].text, "*_ \t"), ":") {
			nextAttach++
		}
	}
	switch {
	case prevAttach > 0 && nextAttach == 0:
		return citeAfter
	case nextAttach > 0 && prevAttach == 0:
		return citeBefore
	}
	neighbour := func(c, dir int) *block {
		for k := c + dir; k >= 0 && k < len(blocks); k += dir {
			if b := blocks[k]; b.kind != ruleBlock && b.kind != headingBlock {
				return b
			}
		}
		return nil
	}
	var quoteBefore, quoteAfter int
	for _, c := range cites {
		if b := neighbour(c, -1); b != nil && b.kind == quoteBlock {
			quoteBefore++
		}
		if b := neighbour(c, +1); b != nil && b.kind == quoteBlock {
			quoteAfter++
		}
	}
	switch {
	case quoteBefore == len(cites) && quoteAfter < len(cites):
		return citeAfter
	case quoteAfter == len(cites) && quoteBefore < len(cites):
		return citeBefore
	}
	first, last := cites[0], cites[len(cites)-1]
	size := func(from, to int) (n int) {
		for _, b := range blocks[from:to] {
			if substantive(b) {
				n += len(b.text)
			}
		}
		return n
	}
	head, tail := size(0, first), size(last+1, len(blocks))
	switch {
	case tail == 0 && head > 0:
		return citeAfter
	case head == 0:
		return citeBefore
	}
	if mk := markerIndex(blocks, first); mk >= 0 {
		lead := 0
		for k := mk + 1; k < first; k++ {
			b := blocks[k]
			pull := b.role == noRole && isQuotation(b) && k+1 < first && blocks[k+1].role == attributionRole
			if substantive(b) && !pull {
				lead += len(b.text)
			}
		}
		if lead == 0 {
			return citeBefore
		}
		if lead > tail {
			return citeAfter
		}
	}
	return citeBefore
}

// markerIndex returns the index of the last end-of-commentary marker
// before block end, or -1.
func markerIndex(blocks []*block, end int) int {
	for k := end - 1; k >= 0; k-- {
		if blocks[k].role == markerRole {
			return k
		}
	}
	return -1
}

// commentaryRe reads a compiler's own paragraph: one labelled as a
// commentary or note, or one that speaks of the excerpts that follow.
var commentaryRe = regexp.MustCompile(`(?i)^\W*(?:commentary|comment|editor(?:'|’)?s?\s+note|analyst(?:'|’)?s?\s+note|compiler(?:'|’)?s?\s+note|introduction|summary|overview|background)\s*(?:[*_]{1,2})?\s*[:：—–-]|` +
	`\b(?:excerpts?|extracts?|articles?|passages?|reports?|stories|items|quotes|quotations|clippings|accounts|press\s+reports)\s+(?:below|that\s+follows?|which\s+follows?|collected\s+here|gathered\s+here)\b|` +
	`\b(?:the\s+following|these)\s+(?:\w+\s+)?(?:excerpts?|extracts?|articles?|passages?|reports?|stories|items|quotes|quotations|clippings|accounts)\b`)

// isCommentary reports whether s is the compiler's commentary.
func isCommentary(s string) bool {
	if len(s) > 400 {
		s = s[:400] // the label or the words come first
	}
	return commentaryRe.MatchString(s)
}

// assignOwners returns, for each block, the index (into cites) of the
// citation it belongs to, or -1 for the document's own text.
func assignOwners(blocks []*block, cites []int, layout citeLayout) []int {
	owner := make([]int, len(blocks))
	for k := range owner {
		owner[k] = -1
	}
	if layout == noCitations {
		return owner
	}
	// When the excerpts are quote blocks, only the quote blocks next to a
	// citation are its excerpt; paragraphs between are commentary.
	step := 1 // towards a citation's excerpt
	if layout == citeAfter {
		step = -1
	}
	quoteMode := true
	for _, c := range cites {
		if blocks[c].inlineCredit {
			continue
		}
		k := c + step
		for k >= 0 && k < len(blocks) && blocks[k].kind == headingBlock {
			k += step
		}
		if k < 0 || k >= len(blocks) || blocks[k].kind != quoteBlock {
			quoteMode = false
		}
	}
	ownable := func(b *block) bool {
		if quoteMode {
			return b.kind == quoteBlock || b.kind == headingBlock
		}
		return b.role != citationRole
	}
	mk := markerIndex(blocks, cites[0])
	for i, c := range cites {
		if blocks[c].inlineCredit {
			// its excerpt is the rest of its line's paragraph
			if k := c + 1; k < len(blocks) && blocks[k].role != citationRole && blocks[k].kind != headingBlock {
				owner[k] = i
			}
			continue
		}
		switch layout {
		case citeBefore:
			end := len(blocks)
			if i+1 < len(cites) {
				end = cites[i+1]
			}
			// A heading of the rank of the one over the citation ends
			// its excerpt ("## Talks stall¶Source: The Guardian, 9 June
			// 2020¶... ¶## Ferry operators": the next item is not the
			// Guardian's)
			if lv := headingLevelAbove(blocks, c); lv > 0 {
				for k := c + 1; k < end; k++ {
					if blocks[k].kind == headingBlock && blocks[k].level <= lv {
						end = k
						break
					}
				}
			}
			for k := c + 1; k < end && ownable(blocks[k]); k++ {
				owner[k] = i
			}
			if !quoteMode {
				for k := c + 1; k < end; k++ {
					owner[k] = i
				}
			}
		case citeAfter:
			start := mk + 1
			if i > 0 {
				start = cites[i-1] + 1
				if blocks[cites[i-1]].inlineCredit {
					start++ // (past the excerpt of a credit opening its line)
				}
			} else {
				// The headline, byline and date lines above the first
				// excerpt are the document's.
				for start < c && !substantive(blocks[start]) {
					start++
				}
				// So is an opening commentary ("The excerpts below show
				// ..."), when an excerpt follows it.
				for k := c - 1; k >= start; k-- {
					if substantive(blocks[k]) && isCommentary(blocks[k].text) {
						for _, b := range blocks[k+1 : c] {
							if substantive(b) {
								start = k + 1
								break
							}
						}
						break
					}
				}
			}
			for k := c - 1; k > start && k < c; k-- {
				if blocks[k].kind == headingBlock && blocks[k].excerptLabel {
					start = k + 1 // "Excerpt 2" over the excerpt its citation closes: the excerpt starts under it
					break
				}
			}
			for k := c - 1; k >= start && ownable(blocks[k]); k-- {
				owner[k] = i
			}
			if !quoteMode {
				for k := start; k < c; k++ {
					owner[k] = i
				}
			}
		}
	}
	// Headings belong to the document, and a heading ahead of an excerpt
	// is not part of the one before.
	for k, b := range blocks {
		if b.kind == headingBlock || b.role == citationRole || b.role == markerRole {
			owner[k] = -1
		}
	}
	return owner
}

// fieldLines reports whether every line of s is a field, a label and its
// value: "Ward: Lister Ward (Surgery)".
func fieldLines(s string) bool {
	for line := range strings.Lines(s) {
		if i := strings.Index(line, ": "); i <= 0 || i > 40 {
			return false
		}
	}
	return true
}

// eventBoxAt reports whether block k, or a block beside it, holds a
// field of an event's box (see eventBoxRe).
func eventBoxAt(blocks []*block, k int) bool {
	for j := max(k-1, 0); j <= k+1 && j < len(blocks); j++ {
		if eventBoxRe.MatchString(blocks[j].text) {
			return true
		}
	}
	return false
}

// scopeRef finds the reference date of a scope (the document's own text,
// or one excerpt) from its blocks: an e-mail's header opening it, else a
// dateline in its first paragraph, else a "Published:" line (a
// publication date wins over an update), else a date line standing alone,
// else a sentence dating the document's approval or signature (see
// signedDate).
//
// A dateline of a day and month alone ("GENEVA, 4 March (Reuters) -")
// takes the year of the scope's other dates, else fallbackYear, else that
// of around (the date given by flag): the latest such day on or before it,
// since a story is not filed after its reference date.
func scopeRef(blocks []*block, in []int, dayFirst bool, fallbackYear int, around timeline.Date) (ref, bool) {
	var pub, upd, alone, hdr, made, byl, box *block
	story := false // a paragraph of the scope's text came before
	prose := false // ... and one of sentences, not of fields ("Ward: Lister Ward")
	for _, k := range in {
		b := blocks[k]
		if b.role == mailRole && !story && !b.mail.quote {
			// An e-mail's header, opening the scope: its date is the
			// message's.
			return ref{b.date.date, "header-line", posIn(b, b.date.start)}, true
		}
		story = story || substantive(b)
		prose = prose || substantive(b) && sentenceEnds(b.text) && !fieldLines(b.text)
		switch b.role {
		case bylineRole:
			if byl == nil && !b.date.date.IsZero() {
				byl = b
			}
		case pubRole:
			if b.pubWin && pub == nil {
				pub = b
			} else if !b.pubWin && upd == nil {
				upd = b
			}
		case dateRole:
			if alone == nil {
				alone = b
			}
		case headerDateRole:
			if eventBoxAt(blocks, k) {
				// "Date: 4 March 1908¶Location: Carrow": an event's box,
				// dating the event, not the page
				if box == nil {
					box = b
				}
				continue
			}
			if hdr == nil || !prose && b.date.date.Prec >= timeline.Day && timeline.Compare(b.date.date, hdr.date.date) > 0 {
				// the latest day of the header's ("Date of admission: 3
				// March", "Date of discharge: 12 March"; "Date of
				// judgment: 7 March", "Date of hearing: 4 February"): the
				// document is written after what its header dates
				hdr = b
			}
			if made == nil && b.made {
				made = b
			}
		}
	}
	year := fallbackYear
	for _, b := range []*block{pub, upd, byl, alone, hdr} {
		if b != nil && year == 0 {
			year = b.date.date.Year
		}
	}
	// The dateline: in the first paragraph of the scope, or on a line of
	// its own above it (or under a deck or two: "Combined company will
	// have large assets" between the headline and the story).
	decks := 0
	for _, k := range in {
		b := blocks[k]
		if b.kind != paraBlock && b.kind != quoteBlock || b.role != noRole && b.role != datelineRole {
			continue
		}
		if k == 0 && titleBlock(b) {
			continue // the document's headline over its subtitle
		}
		d, isDL, hasDate := b.date, true, true
		if b.role != datelineRole {
			d, isDL, hasDate = findDateline(b.text, dayFirst)
			if isDL && weekdayLed(b.text) && chronologyAt(blocks, in, k) {
				// "Friday, 7 March 2025 (AoE) – Paper submission" over
				// "4 April 2025 – Reviews due": a table of deadlines, the
				// weekday no place (but "Tuesday, September 9, 2025 —
				// Parish Center" over the minutes is their dateline)
				isDL = false
			}
			// A date alone before the dash is a dateline only when no
			// header line dated the story: it is weaker evidence.
			if !isDL && pub == nil && upd == nil && byl == nil && alone == nil && hdr == nil {
				d, isDL = dateDashLead(blocks, in, k, dayFirst)
				hasDate = isDL
			}
		}
		if isDL {
			switch {
			case hasDate && !d.noYear:
				return ref{d.date, "dateline", posIn(b, d.start)}, true
			case hasDate && year != 0:
				if dt, ok := makeDate(year, d.date.Month, d.date.Day); ok {
					return ref{dt, "dateline", posIn(b, d.start)}, true
				}
			case hasDate && around.Prec >= timeline.Day:
				y := around.Year
				if d.date.Month > around.Month || d.date.Month == around.Month && d.date.Day > around.Day {
					y--
				}
				if dt, ok := makeDate(y, d.date.Month, d.date.Day); ok {
					return ref{dt, "dateline", posIn(b, d.start)}, true
				}
			case !hasDate && alone != nil && pub == nil && upd == nil:
				// "WASHINGTON (AP) —" with the date printed on a line of
				// its own above the story.
				return ref{alone.date.date, "dateline", posIn(alone, alone.date.start)}, true
			}
		}
		if t := strings.TrimSpace(b.text); !isDL && b.kind == paraBlock && b.lines == 1 && t != "" && len(t) < 200 && decks < 2 && !strings.ContainsAny(t[len(t)-1:], ".!?:") {
			decks++
			continue
		}
		break
	}
	// The day the words were made ("Delivered 2 October 2016",
	// "Recorded 9 April 2024", "Filed: July 22, 2024") outranks their
	// publication, on one line with it (see madeDate) or on lines of their
	// own: "last week" in a speech, an interview or a filing counts from
	// when it was said or written. A header line that does not say so
	// ("Transcript — 11 August 2018", a cover line) does not.
	if made != nil && isHeader(blocks, in, made) {
		return ref{made.date.date, "header-line", posIn(made, made.date.start)}, true
	}
	if pub != nil {
		return ref{pub.date.date, "published-line", posIn(pub, pub.date.start)}, true
	}
	if upd != nil {
		return ref{upd.date.date, "published-line", posIn(upd, upd.date.start)}, true
	}
	if byl != nil && isHeader(blocks, in, byl) && storyBefore(blocks, in, byl) <= 1 {
		return ref{byl.date.date, "byline", posIn(byl, byl.date.start)}, true
	}
	if alone != nil && isHeader(blocks, in, alone) && (hdr == nil || before(blocks, in, alone, hdr)) {
		return ref{alone.date.date, "document", posIn(alone, alone.date.start)}, true
	}
	if hdr != nil && isHeader(blocks, in, hdr) {
		return ref{hdr.date.date, "header-line", posIn(hdr, hdr.date.start)}, true
	}
	if alone != nil && isHeader(blocks, in, alone) {
		return ref{alone.date.date, "document", posIn(alone, alone.date.start)}, true
	}
	// Last, a sentence saying when the document was approved, signed or
	// made ("Approved by the Board of Trustees on 18 April 2024.", "This
	// Agreement is made on 3 February 2025"), in its first or its last
	// few blocks, where a document's date or its sign-off stands (in the
	// middle of a history, "Signed on 28 June 1919." is a treaty's): the
	// first one.
	for i, k := range in {
		b := blocks[k]
		if b.signoff && b.role == headerDateRole {
			return ref{b.date.date, "signature", posIn(b, b.date.start)}, true
		}
		if b.kind != paraBlock || b.role != noRole || b.table || i >= 6 && i < len(in)-4 {
			continue
		}
		if d, ok := signedDate(b.text, dayFirst); ok {
			return ref{d.date, "signature", posIn(b, d.start)}, true
		}
	}
	if box != nil && isHeader(blocks, in, box) {
		// Nothing else dates the text: the day of the event its box
		// tells ("Date & Time: March 3, 2022, 16:41¶Injuries: 1
		// Serious"), a report's subject, is the day its times of day and
		// its "the next day" count from; it dates what the text tells,
		// as a heading's day does, and is no publication of the page.
		return ref{box.date.date, "heading", posIn(box, box.date.start)}, true
	}
	return ref{}, false
}

// isHeader reports whether block b comes before any paragraph of the
// scope: a date printed under a headline, not a date in the story.
func isHeader(blocks []*block, in []int, b *block) bool {
	for _, k := range in {
		if blocks[k] == b {
			return true
		}
		if substantive(blocks[k]) && len(blocks[k].text) > 160 && !caption(blocks[k].text) && !titledFields(blocks[k].text) { // (nor a form's fields under its title: see titledFields)
			return false
		}
	}
	return false
}

// caption reports whether text is a court's caption: its parties in a
// column of brackets, or the last naming the party's role
// ("DERRICK LAMONT HAYES,     )\n  Defendant.      )").
func caption(text string) bool {
	if strings.Contains(text, ")") {
		text = captionColRe.ReplaceAllString(text, "")
	}
	return partyRe.MatchString(text) || len(strings.Join(strings.Fields(text), " ")) <= 160
}

// storyBefore counts the paragraphs of story before block b in the scope:
// sentences, not a headline or a standfirst's line. A dated byline stands
// under the headline, perhaps under a standfirst; one under two paragraphs
// of story signs a piece far below the top (a letter quoted in full, a
// reader's contribution), not the document.
func storyBefore(blocks []*block, in []int, b *block) int {
	n := 0
	for _, k := range in {
		if blocks[k] == b {
			break
		}
		if substantive(blocks[k]) && (sentence(blocks[k].text) || len(blocks[k].text) > 160) {
			n++
		}
	}
	return n
}

// before reports whether block a comes before block b in the scope.
func before(blocks []*block, in []int, a, b *block) bool {
	for _, k := range in {
		switch blocks[k] {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// posIn is the document position of byte i of b's text.
func posIn(b *block, i int) timeline.Position {
	s := timeline.Section{Text: b.text, Pos: b.pos(), Segments: b.segs}
	return s.PosAt(i)
}

// normQuote folds quotation marks, dashes and spaces so that a pull quote
// can be found in the excerpt it repeats.
func normQuote(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case strings.ContainsRune("\"“”„«»‘’'`", r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// captionCredit reports whether the document's only citation is a credit
// in the middle of its text, such as the source of a table ("Source: World
// Bank, 2019"): an outlet alone, with no title, address or full date, and
// text of the story after it. Such a line is kept as a citation line, but
// does not make the document a compilation.
func captionCredit(blocks []*block, cites []int) bool {
	if len(cites) != 1 {
		return false
	}
	k := cites[0]
	c := blocks[k].cite
	if c.hasDate || c.title != "" || c.url != "" {
		return false
	}
	// A year alone, or a table or figure above: the source of data.
	if c.year == 0 && (k == 0 || !isFigure(blocks[k-1])) {
		return false
	}
	for _, b := range blocks[k+1:] {
		if substantive(b) {
			return true
		}
	}
	return false
}

var figureRe = regexp.MustCompile(`(?i)^(?:table|figure|fig\.|chart|graph|map|photo|image|illustration)\b`)

// isFigure reports whether b is a table (lines of cells) or a caption.
func isFigure(b *block) bool {
	if figureRe.MatchString(b.text) {
		return true
	}
	lines := strings.Split(b.text, "\n")
	cells := 0
	for _, l := range lines {
		if strings.Count(l, "|") >= 2 || strings.Count(l, "\t") >= 2 {
			cells++
		}
	}
	return len(lines) >= 2 && cells*2 >= len(lines)
}

// dateDashLeadRe is the dash after a dateline's date, and the capital
// (or quote) that opens the story after it.
var dateDashLeadRe = regexp.MustCompile(`^[*_]*[ \t]*(?:—|–|--|-|·|•|\|)[ \t]+["“‘'(]?\p{Lu}`)

// numericDayRe is a day written in figures alone: "03/18/2025",
// "18.03.2025", "2025-03-18".
var numericDayRe = regexp.MustCompile(`^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$`)

// dateDashLead reads a dateline that is a date alone ("March 4, 2019 —
// The minister resigned", "4 March 2019 - ..."), opening the paragraph
// blocks[k]: a whole day with its year, a dash, then the story. A
// paragraph of a chronology, one date-led item among others ("March 4,
// 2019 — Minister resigns" over "March 9, 2019 — ..."), is no dateline:
// its date is its event's.
func dateDashLead(blocks []*block, in []int, k int, dayFirst bool) (dateMatch, bool) {
	b := blocks[k]
	if b.kind != paraBlock {
		return dateMatch{}, false
	}
	t := strings.TrimLeft(b.text, "*_ \t")
	ds := findDates(t, dayFirst)
	if len(ds) == 0 || ds[0].start != 0 || ds[0].noYear || ds[0].date.Prec < timeline.Day {
		return dateMatch{}, false
	}
	if !dateDashLeadRe.MatchString(t[ds[0].end:]) {
		return dateMatch{}, false
	}
	if numericDayRe.MatchString(t[:ds[0].end]) {
		// "03/18/2025 – Introduced in House.": a log's or a table's row,
		// its date in figures; a dateline writes its month ("March 4,
		// 2019 —")
		return dateMatch{}, false
	}
	if chronologyAt(blocks, in, k) {
		return dateMatch{}, false
	}
	d := ds[0]
	lead := len(b.text) - len(t)
	d.start += lead
	d.end += lead
	return d, true
}

// chronologyAt reports whether the paragraph blocks[k], which opens with
// a date, is an item of a chronology: a later line of it, or a later
// paragraph of the scope, opens with a date too.
func chronologyAt(blocks []*block, in []int, k int) bool {
	for j, line := range strings.Split(blocks[k].text, "\n") {
		if j > 0 && opensWithDate(line) {
			return true // the items of a chronology, one a line
		}
	}
	for _, j := range in {
		if n := blocks[j]; j > k && n.kind == paraBlock && opensWithDate(n.text) {
			return true // the items of a chronology, one a paragraph
		}
	}
	return false
}

// weekdayLed reports whether s opens with a weekday and a comma
// ("Friday, 7 March 2025 (AoE) – Paper submission"), which a dateline
// in title case reads as its place.
func weekdayLed(s string) bool {
	w, _, ok := strings.Cut(strings.TrimLeft(s, "*_ \t"), ",")
	return ok && isWeekdayName(strings.ToLower(w))
}

// headingLevelAbove returns the level of the nearest heading before block
// k, or 0 when none is.
func headingLevelAbove(blocks []*block, k int) int {
	for j := k - 1; j >= 0; j-- {
		if blocks[j].kind == headingBlock {
			return max(blocks[j].level, 1)
		}
	}
	return 0
}

// spokenDateRe is what a speaker says just before the day they speak on,
// opening a broadcast, a recording or a diary's first entry: "it's
// Tuesday the 11th of February 2025", "Today is 3 March 2024", "The date
// is 9 May 1998". A weekday and "the" may come between.
var spokenDateRe = regexp.MustCompile(`(?i)(?:^|[^\pL'’])(?:it'?s|it’s|it\s+is|today\s+is|today'?s\s+date\s+is|today’s\s+date\s+is|the\s+date\s+(?:today\s+)?is)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$`)

// spokenRef returns the day the opening of a text says it is spoken or
// written on, when it states no date of its own otherwise: one of the
// first three paragraphs of the scope says "it's Tuesday the 11th of
// February 2025" near its start (a radio host's greeting, a recording's
// first words). Only a full day with its year, said once, counts: "It is
// 2025 and" is no day, and a text that says so twice is not dated by it.
func spokenRef(blocks []*block, in []int, dayFirst bool) (ref, bool) {
	var found ref
	n, seen := 0, 0
	for _, k := range in {
		b := blocks[k]
		if !substantive(b) {
			continue
		}
		if n++; n > 3 {
			break
		}
		t := b.text
		if len(t) > 400 {
			t = t[:400]
		}
		for _, d := range findDates(t, dayFirst) {
			if d.noYear || d.date.Prec < timeline.Day || !spokenDateRe.MatchString(t[:d.start]) {
				continue
			}
			if seen++; seen > 1 && d.date != found.date {
				return ref{}, false
			}
			found = ref{d.date, "spoken", posIn(b, d.start)}
		}
	}
	return found, seen > 0
}

// spokenRefOK sets *r to spokenRef's day when there is one.
func spokenRefOK(blocks []*block, in []int, dayFirst bool, r *ref) bool {
	s, ok := spokenRef(blocks, in, dayFirst)
	if ok {
		*r = s
	}
	return ok
}
