package text

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

type blockKind uint8

const (
	paraBlock    blockKind = iota
	headingBlock           // "# Title", a setext heading, or a title line of plain text
	quoteBlock             // "> ..." lines
	codeBlock              // fenced or indented code (Markdown)
	ruleBlock              // "---", "* * *"
)

// role is what a block is, beyond its form.
type role uint8

const (
	noRole          role = iota
	citationRole         // Source: "Title," Outlet. Date. URL
	attributionRole      // "- Human Rights Watch, China director ..." after a quotation
	pubRole              // Published: ... / Updated: ...
	dateRole             // a line holding only a date
	bylineRole           // By Jane Doe
	markerRole           // End OE Watch Commentary (Shanks)
	refsRole             // a list of references: "Sources:", "## References" and what follows
	headerDateRole       // a header line dating the document: "Delivered 4 September 2017"
	boilerRole           // press-release boilerplate: "FOR IMMEDIATE RELEASE"
	datelineRole         // a dateline on a line of its own: "MANCHESTER, England, Jan. 14 2024 —"
	placeRole            // a header's place line over its date: "Washington, D.C."
	mailRole             // an e-mail's header, or the line introducing a quoted message (see mail)
)

// block is one structural unit of a document: a paragraph, heading, quote
// block, code block or rule.
type block struct {
	kind   blockKind
	level  int
	raw    rawText
	first  string // the first source line, as written
	lines  int
	role   role
	quoted bool  // a paragraph wholly inside quotation marks
	table  bool  // a table written with bars: its rows, not a paragraph of prose
	mail   *mail // a message's header (see mailHeader), before classify confirms it
	// quoteHead marks a message's header quoted in a quote block ("> From:
	// ..." over "> Date: ..."; see quotedHeader): it dates the quoted
	// lines under it, not the reply's own paragraphs after the quote.
	quoteHead bool

	// A citation line sharing its paragraph (no blank line between) with
	// the text before or after it.
	attachPrev, attachNext bool
	// excerptLabel is set on the label of a compilation's excerpt made a
	// heading ("Excerpt 1" over its "Source:" line), or a chat message's
	// head ("Raj Patel  9:20 AM"): no document's title
	excerptLabel bool
	// inlineCredit is set on a credit cut from the start of its line
	// ("According to Reuters (3 March 2019): ..."): its excerpt is the
	// rest of that paragraph, the block after it
	inlineCredit bool

	text string
	segs []timeline.Segment
	code [][2]int // the ranges of text that are code (see timeline.Section.Code)

	cite   citation  // citationRole
	date   dateMatch // pubRole, dateRole, datelineRole, a dated bylineRole: the date; for pubRole the published one if given
	pubWin bool      // pubRole: the date is a publication (not update) date
	stmt   bool      // headerDateRole: the line says the document is a statement ("Delivered ...")
	// made says, for headerDateRole, that the line's label names the day
	// the words were made ("Delivered", "Recorded", "Filed", "Date:"; see
	// dateLabels), not a line whose date is unlabelled ("Transcript — 11
	// August 2018", a cover line): that day outranks a publication date.
	made bool
	// signoff says, for headerDateRole, that the line is the date of a
	// sign-off at the document's end ("SIGNATURES ... Date: February 12,
	// 2025"): the day the document was made, wherever it stands.
	signoff bool
	// happening says, for headerDateRole, that the line's label names
	// something done to the matter the document is about ("Date first
	// listed:", "Decision date:", "Date of decision:"): the line dates
	// the document and is an event of it too, titled by its label.
	happening bool
	// day is the day a heading dates the sections under it ("## 3 March
	// 2023", "Monday 3rd" over a diary's entry); zero when it dates none.
	day timeline.Date
	// comment says the heading is a comment's head (commentHead).
	comment bool
	// wholeDay: the heading's day is a record's ("Minutes of the Board
	// meeting, 21 November 2024"): it dates what follows up to the next
	// dated heading, through the record's own sections
	wholeDay bool
	// outlet is the outlet a dated heading names before its day ("## BBC,
	// January 28, 2019"): the source of what is under it.
	outlet string
	// entry marks a calendar's entry (see splitEntries): its name, a
	// heading, and its text, whose first line is its day.
	entry bool

	// own is the reference date another reader gave the section the
	// block comes from (an HTML post dated by its <time>); nil for none.
	own *ownRef
	// msg marks a chat's message (see chatMessages): neither a heading
	// nor a header line, whatever it says.
	msg bool
	// stamped marks the head of a post stamped by its age ("Gwen Okafor¶
	// Yesterday at 3:14 PM", "Tom Heald · 22h"; see stampHead), ago the
	// days back from the reference date its day is.
	stamped bool
	// postDay marks the head of a post copied with its writer's name over
	// the day and time it was posted ("Jane Smith¶March 7 at 3:14 PM ·";
	// see nameOverStamp): first is then that day and time.
	postDay bool
	ago     int
}

// ownRef is a section's own reference date, given by the reader that made
// it (Analyze): its citation's date, where it came from, and whether the
// section is a statement.
type ownRef struct {
	r         ref
	statement bool
	voice     string // the outlet that speaks in the section: a note's cited outlet (Citation.Outlet)
	sender    string // who wrote the section, no outlet: a chat message's sender (Section.Speaker)
	// item says that the date is a news item's own line (see
	// markDatedItems): the lines of the item that are not story (its
	// "Posted ..." line) are citation lines.
	item bool
	// text is the date as the reader found it written (Section.RefText),
	// when it was read before this package saw the document
	text string
	// noYear marks a label's day written without its year ("Update
	// (November 24):"): r.date's year is the one that puts the day
	// nearest the document's date, and without one the label dates
	// nothing (see ownYear).
	noYear bool
}

// finish computes the block's text with markup removed.
func (b *block) finish(md bool) {
	if b.kind == codeBlock {
		// A fenced or indented code block: all of it is code.
		b.text, b.segs, _ = emit(b.raw, nil, nil)
		b.code = addRange(nil, 0, len(b.text))
	} else {
		b.text, b.segs, b.code = strip(b.raw, md)
	}
	// Trim white space the markup removal left at the ends.
	lead := len(b.text) - len(strings.TrimLeft(b.text, " \t\n"))
	b.text = strings.TrimRight(b.text[lead:], " \t\n")
	if len(b.code) > 0 {
		code := b.code[:0]
		for _, c := range b.code {
			code = addRange(code, max(c[0]-lead, 0), min(c[1]-lead, len(b.text)))
		}
		b.code = code
		if len(code) == 0 {
			b.code = nil
		}
	}
	if lead > 0 {
		var segs []timeline.Segment
		for k, s := range b.segs {
			end := len(b.text) + lead
			if k+1 < len(b.segs) {
				end = b.segs[k+1].Off
			}
			if end <= lead {
				continue
			}
			if s.Off < lead {
				d := lead - s.Off
				s.Pos.Offset += d
				s.Pos.Col += d
				s.Off = lead
			}
			s.Off -= lead
			segs = append(segs, s)
		}
		b.segs = segs
	}
}

// pos is where the block's text starts.
func (b *block) pos() timeline.Position {
	if len(b.segs) > 0 {
		return b.segs[0].Pos
	}
	if b.raw.loc == nil {
		return timeline.Position{}
	}
	if len(b.raw.pieces) > 0 {
		return b.raw.loc.pos(b.raw.pieces[0].src)
	}
	return b.raw.loc.pos(0)
}

var (
	atxRe      = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)`)
	atxCloseRe = regexp.MustCompile(`[ \t]+#+[ \t]*$|^#+[ \t]*$`)
	ruleRe     = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$`)
	setextRe   = regexp.MustCompile(`^ {0,3}(?:=+|-+)[ \t]*$`)
	fenceRe    = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	quoteRe    = regexp.MustCompile(`^ {0,3}>[ \t]?`)
)

// stampHeadRe is a heading that is a time of day alone, perhaps with its
// zone: a live page's post stamp ("7.02pm ET", "15:10 GMT").
var stampHeadRe = regexp.MustCompile(`^(?:\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?|\d{1,2}[ \t]*[AaPp]\.?[Mm]\.?)(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2})?)?[ \t]*$`)

type srcLine struct{ start, end int }

// frontMatter is the metadata block at the top of a Markdown file.
type frontMatter struct {
	fields map[string]string
	keyPos map[string]int // source offset of each value
}

// parseBlocks splits src into blocks. md turns on the Markdown-only syntax
// (fenced and indented code, setext headings, list bullets, HTML). top
// says that src starts the document, where front matter may stand.
func parseBlocks(src string, loc *locator, md, top bool) ([]*block, *frontMatter) {
	var lines []srcLine
	for i := 0; i < len(src); {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			lines = append(lines, srcLine{i, len(src)})
			break
		}
		lines = append(lines, srcLine{i, i + j})
		i += j + 1
	}
	text := func(k int) string { return src[lines[k].start:lines[k].end] }
	blank := func(k int) bool { return strings.TrimSpace(text(k)) == "" }

	var blocks []*block
	i := 0
	var fm *frontMatter
	if top {
		fm, i = parseFrontMatter(src, lines, md)
	}
	newBlock := func(kind blockKind, k int) *block {
		return &block{kind: kind, first: text(k), raw: rawText{loc: loc}}
	}
	// addLine appends line k's content from byte offset from (in the line)
	// on, trimmed, to b.
	addLine := func(b *block, k, from int) {
		l := lines[k]
		s := src[l.start+from : l.end]
		lead := len(s) - len(strings.TrimLeft(s, " \t"))
		s = strings.TrimRight(s[lead:], " \t")
		if b.lines > 0 {
			b.raw.add("\n", lines[k-1].end)
		}
		b.raw.add(s, l.start+from+lead)
		b.lines++
	}
	// addSpanRow adds row k of a table of spans (see tempex.SpanColumns) with its
	// end cell moved right after its start cell, joined by " – ", when
	// both hold a date: "| Roof | 29 Apr 2024 | 19 Jul 2024 | Done |" reads
	// "| Roof | 29 Apr 2024 – 19 Jul 2024 | Done |", one range. The moved
	// text keeps its place in the document. It reports whether it added
	// the row.
	// addFigureRow adds row k of a table whose cells are figures, each
	// figure after its column's name, so that the row reads as what it
	// says: "| FY2019/20 | 221.3 | 19.8 |" under "| Year | Revenue (£m) |
	// Operating profit (£m) |" reads "| FY2019/20 | Revenue (£m) 221.3 |
	// Operating profit (£m) 19.8 |". The names are placed where the
	// figures are. It reports whether it added the row.
	addFigureRow := func(b *block, k, top int) bool {
		row := func(k int) (string, int, []cellSpan) {
			l := lines[k]
			s := src[l.start:l.end]
			lead := len(s) - len(strings.TrimLeft(s, " \t"))
			s = strings.TrimRight(s[lead:], " \t")
			return s, l.start + lead, tableCellSpans(s)
		}
		s, base, cells := row(k)
		hs, hbase, hcells := row(top)
		if len(cells) != len(hcells) || len(cells) < 2 {
			return false
		}
		header := make([]string, len(hcells))
		for j, c := range hcells {
			header[j] = hs[c.text[0]:c.text[1]]
		}
		// a column headed by a year ("| | 2022 | 2023 |"): its figures
		// are that year's measures, no event of it, and are not named
		for j := range header {
			if yearHeadRe.MatchString(strings.TrimSpace(header[j])) {
				header[j] = ""
			}
		}
		figures := 0
		for j, c := range cells {
			if figureCell(s[c.text[0]:c.text[1]]) && strings.TrimSpace(header[j]) != "" {
				figures++
			}
		}
		if figures == 0 {
			return false
		}
		if b.lines > 0 {
			b.raw.add("\n", lines[k-1].end)
		}
		b.lines++
		at := 0
		for j, c := range cells {
			if !figureCell(s[c.text[0]:c.text[1]]) || strings.TrimSpace(header[j]) == "" {
				continue
			}
			// the column's name, where the header row has it
			b.raw.add(s[at:c.text[0]], base+at)
			b.raw.add(header[j], hbase+hcells[j].text[0])
			b.raw.add(" ", hbase+hcells[j].text[1])
			at = c.text[0]
		}
		b.raw.add(s[at:], base+at)
		return true
	}
	addSpanRow := func(b *block, k, start, end int) bool {
		l := lines[k]
		s := src[l.start:l.end]
		lead := len(s) - len(strings.TrimLeft(s, " \t"))
		s = strings.TrimRight(s[lead:], " \t")
		base := l.start + lead
		cells := tableCellSpans(s)
		if end >= len(cells) {
			return false
		}
		a, e := cells[start], cells[end]
		if !tempex.IsDate(s[a.text[0]:a.text[1]]) || !tempex.IsDate(s[e.text[0]:e.text[1]]) {
			return false
		}
		if b.lines > 0 {
			b.raw.add("\n", lines[k-1].end)
		}
		b.lines++
		b.raw.add(s[:a.text[1]], base)
		b.raw.add(" – ", base+e.cell[0]-1) // (placed at the bar before the end cell)
		b.raw.add(s[e.text[0]:e.text[1]], base+e.text[0])
		if mid := s[a.text[1] : e.cell[0]-1]; mid != "" {
			b.raw.add(mid, base+a.text[1])
		}
		if e.cell[1] < len(s) {
			b.raw.add(s[e.cell[1]:], base+e.cell[1])
		}
		return true
	}
	for i < len(lines) {
		if blank(i) {
			i++
			continue
		}
		t := text(i)
		from := 0 // where the paragraph's first line starts (past a post stamp's "### ")
		switch {
		case md && fenceRe.MatchString(t):
			fence := strings.TrimLeft(t, " ")
			fence = fence[:len(fence)-len(strings.TrimLeft(fence, string(fence[0])))]
			b := newBlock(codeBlock, i)
			i++
			for i < len(lines) && !strings.HasPrefix(strings.TrimLeft(text(i), " "), fence) {
				addLine(b, i, 0)
				i++
			}
			i++ // the closing fence
			if b.lines > 0 {
				blocks = append(blocks, b)
			}
			continue
		case atxRe.MatchString(t):
			m := atxRe.FindStringSubmatchIndex(t)
			if stampHeadRe.MatchString(t[m[1]:]) && i+1 < len(lines) && !blank(i+1) && !atxRe.MatchString(text(i+1)) {
				// "### 7.02pm ET" over its post's lines: a live page's post
				// stamp, which opens the post as the same stamp on a line
				// of its own does in plain text (no section named "7.02pm
				// ET", whose time would date none of the post's words)
				from = m[1]
				break
			}
			b := newBlock(headingBlock, i)
			b.level = m[3] - m[2]
			end := len(t)
			if c := atxCloseRe.FindStringIndex(t[m[1]:]); c != nil {
				end = m[1] + c[0]
			}
			b.raw.add(strings.TrimSpace(t[m[1]:end]), lines[i].start+m[1]+len(t[m[1]:end])-len(strings.TrimLeft(t[m[1]:end], " \t")))
			b.lines = 1
			b.raw.done()
			if strings.TrimSpace(b.raw.s) != "" {
				blocks = append(blocks, b)
			}
			i++
			continue
		case ruleRe.MatchString(t) && !strings.Contains(t, "="):
			blocks = append(blocks, newBlock(ruleBlock, i))
			i++
			continue
		case quoteRe.MatchString(t):
			// The quote's lines, each with its depth (the number of "> ")
			// and where its text starts: every level is stripped, and
			// nested quotes read as one, but for a quoted reply's own
			// header (see quotedReply).
			first := i
			var depth, from []int
			for i < len(lines) && quoteRe.MatchString(text(i)) {
				f, d := 0, 0
				for {
					m := quoteRe.FindStringIndex(text(i)[f:])
					if m == nil {
						break
					}
					f += m[1]
					d++
				}
				depth, from = append(depth, d), append(from, f)
				i++
			}
			content := func(k int) string { return strings.TrimSpace(text(k)[from[k-first]:]) }
			quote := func(a, e int) {
				b := newBlock(quoteBlock, a)
				for k := a; k < e; k++ {
					if content(k) == "" {
						if b.lines > 0 {
							b.raw.add("\n", lines[k-1].end)
							b.lines++
						}
						continue
					}
					addLine(b, k, from[k-first])
				}
				b.raw.done()
				b.raw.s = strings.TrimRight(b.raw.s, "\n")
				if strings.TrimSpace(b.raw.s) != "" {
					blocks = append(blocks, b)
				}
			}
			a := first
			for k := first; k < i; k++ {
				if e := quotedHeader(k, first, i, depth, content); e > k {
					// "> From: ..." over "> Sent: ...": a quoted message's
					// own header, a block of its own as an unquoted one is
					quote(a, k)
					hb := newBlock(paraBlock, k)
					hb.first = content(k)
					hb.quoteHead = true
					for j := k; j < e; j++ {
						addLine(hb, j, from[j-first])
					}
					blocks = append(blocks, hb)
					a, k = e, e-1
					continue
				}
				h := quotedReply(k, first, i, depth, content)
				if h < 0 {
					continue
				}
				quote(a, h)
				hb := newBlock(paraBlock, h)
				hb.first = content(h)
				for j := h; j <= k; j++ {
					addLine(hb, j, from[j-first])
				}
				blocks = append(blocks, hb)
				a = k + 1
			}
			quote(a, i)
			continue
		case md && (strings.HasPrefix(t, "    ") || strings.HasPrefix(t, "\t")):
			b := newBlock(codeBlock, i)
			for i < len(lines) && (blank(i) || strings.HasPrefix(text(i), "    ") || strings.HasPrefix(text(i), "\t")) {
				if !blank(i) {
					addLine(b, i, 0)
				}
				i++
			}
			blocks = append(blocks, b)
			continue
		}
		if i+1 < len(lines) && tableHead(t, text(i+1)) {
			// A table: its header row, the rule under it and its rows,
			// kept as written (the sentence splitter makes each row a
			// unit and leaves the header out).
			b := newBlock(paraBlock, i)
			b.table = true
			start, end := tempex.SpanColumns(tableCells(t))
			if end < start {
				start, end = -1, -1 // the end cell is moved beside the start: only after it
			}
			for top := i; i < len(lines) && !blank(i) && (i < top+2 || strings.Contains(text(i), "|")); i++ {
				if i >= top+2 && start >= 0 && addSpanRow(b, i, start, end) {
					continue
				}
				if i >= top+2 && addFigureRow(b, i, top) {
					continue
				}
				addLine(b, i, 0)
			}
			blocks = append(blocks, b)
			continue
		}
		if n := figureTableLines(lines, src, i); n > 0 {
			// A table of figures laid out in columns of spaces, as a
			// report's text (or a PDF's) gives it, its columns headed
			// by years ("FY23        FY22" over "Revenue (£m)   412.6
			// 361.9"): its figures are measures, no events, and its
			// years date none; it is kept as written, as code is.
			b := newBlock(codeBlock, i)
			for k := i; k < i+n; k++ {
				addLine(b, k, 0)
			}
			blocks = append(blocks, b)
			i += n
			continue
		}
		// A paragraph: lines up to a blank line or the start of another block.
		b := newBlock(paraBlock, i)
		b.first = b.first[from:]
		for i < len(lines) && !blank(i) {
			t := text(i)
			if b.lines > 0 {
				if md && setextRe.MatchString(t) {
					b.kind = headingBlock
					b.level = 1
					if strings.Contains(t, "-") {
						b.level = 2
					}
					i++
					break
				}
				if atxRe.MatchString(t) || quoteRe.MatchString(t) || ruleRe.MatchString(t) || md && fenceRe.MatchString(t) ||
					i+1 < len(lines) && tableHead(t, text(i+1)) {
					break
				}
			}
			// A list item keeps its marker ("- ", "1. "): it ends the
			// item before it, for the sentence splitter.
			addLine(b, i, from)
			from = 0
			i++
		}
		blocks = append(blocks, b)
	}
	for _, b := range blocks {
		b.raw.done()
	}
	return blocks, fm
}

// frontKeys are the keys that make a plain-text block front matter.
var frontKeys = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`title date published published_at publish_date pubdate date_published
		datepublished created updated updated_at lastmod last_modified modified date_modified datemodified
		source outlet publisher publication site_name site url source_url canonical_url canonical link
		permalink author authors byline tags categories category description summary lang language slug draft layout`) {
		frontKeys[k] = true
	}
}

var fmKeyRe = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_ -]*?)\s*[:=]\s*(.*)$`)

// parseFrontMatter reads a YAML ("---") or TOML ("+++") front matter block
// of simple key: value lines at the top of the file. It returns the index
// of the first line after it.
//
// In plain text, where a block between "---" lines may be the author's
// own, it is front matter only if every key is one front matter uses.
func parseFrontMatter(src string, lines []srcLine, md bool) (*frontMatter, int) {
	if len(lines) < 2 {
		return nil, 0
	}
	open := strings.TrimSpace(src[lines[0].start:lines[0].end])
	if open != "---" && open != "+++" {
		return nil, 0
	}
	fm := &frontMatter{fields: map[string]string{}, keyPos: map[string]int{}}
	for k := 1; k < len(lines) && k < 200; k++ {
		l := src[lines[k].start:lines[k].end]
		t := strings.TrimSpace(l)
		if t == open || open == "---" && t == "..." {
			return fm, k + 1
		}
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") || strings.HasPrefix(t, "- ") {
			continue // comments, nested values and lists are not ours
		}
		m := fmKeyRe.FindStringSubmatchIndex(l)
		if m == nil {
			return nil, 0 // not front matter after all
		}
		key := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(l[m[2]:m[3]]), "-", "_"))
		if !md && !frontKeys[key] {
			return nil, 0
		}
		val := strings.TrimSpace(l[m[4]:m[5]])
		if len(val) >= 2 && (val[0] == '"' && val[len(val)-1] == '"' || val[0] == '\'' && val[len(val)-1] == '\'') {
			val = val[1 : len(val)-1]
		}
		if _, dup := fm.fields[key]; !dup {
			fm.fields[key] = val
			fm.keyPos[key] = lines[k].start + m[4]
		}
	}
	return nil, 0
}

// get returns the first of keys the front matter sets.
func (fm *frontMatter) get(keys ...string) (string, int) {
	if fm == nil {
		return "", 0
	}
	for _, k := range keys {
		if v, ok := fm.fields[k]; ok && v != "" {
			return v, fm.keyPos[k]
		}
	}
	return "", 0
}

// tableHead reports whether line and next open a table written with bars
// (GitHub's Markdown tables, which plain text borrows): a header row, and
// under it a rule of as many cells made of dashes and colons.
//
//	| Date | Event |
//	|------|:------|
func tableHead(line, next string) bool {
	if strings.IndexByte(line, '|') < 0 || strings.IndexByte(next, '|') < 0 || strings.IndexByte(next, '-') < 0 {
		return false
	}
	rule := tableCells(next)
	for _, c := range rule {
		c = strings.TrimSpace(c)
		c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return len(rule) > 0 && len(tableCells(line)) == len(rule)
}

// tableCells returns the cells of a table row: the parts between its
// bars, an escaped bar (\|) being part of a cell, the bars opening and
// closing the row left out.
func tableCells(line string) []string {
	s := strings.TrimSpace(line)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	from := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, s[from:i])
			from = i + 1
		}
	}
	return append(cells, s[from:])
}

// cellSpan is where a table row's cell stands in the row: cell, between
// its bars; text, its text less the spaces around it.
type cellSpan struct{ cell, text [2]int }

// tableCellSpans returns where the cells of a table row (tableCells)
// stand in it.
func tableCellSpans(s string) []cellSpan {
	from, to := 0, len(s)
	if strings.HasPrefix(s, "|") {
		from = 1
	}
	if to > from && strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		to--
	}
	var out []cellSpan
	add := func(a, b int) {
		c := cellSpan{cell: [2]int{a, b}, text: [2]int{a, b}}
		for c.text[0] < b && (s[c.text[0]] == ' ' || s[c.text[0]] == '\t') {
			c.text[0]++
		}
		for c.text[1] > c.text[0] && (s[c.text[1]-1] == ' ' || s[c.text[1]-1] == '\t') {
			c.text[1]--
		}
		out = append(out, c)
	}
	a := from
	for i := from; i < to; i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			add(a, i)
			a = i + 1
		}
	}
	add(a, to)
	return out
}

// dateCell reports whether a table cell holds a date and little else:
// what the tagger finds in it covers all of it but three letters or digits
// at most ("c. 1918", "29 Apr 2024", "Spring 1944").
// figureCellRe is a cell holding a figure: 221.3, £4.2m, -12%, 1,204.
var figureCellRe = regexp.MustCompile(`^[-−+]?[£$€¥]?\s?[-−]?\d[\d,]*(?:\.\d+)?\s?(?:%|[mbk]n?|bn|m|million|billion)?$`)

// figureCell reports whether a cell holds a figure and not a year.
func figureCell(s string) bool {
	return figureCellRe.MatchString(s) && !tempex.IsDate(s)
}

// spaceCellsRe is the gap between two columns of a table laid out with
// spaces: two spaces or more, or a tab.
var spaceCellsRe = regexp.MustCompile(`[ \t]{2,}|\t`)

// figureTableLines returns how many lines from line i make a table of
// figures laid out with spaces: a line of years alone, two or more (after
// a name of the unit, perhaps: "£m"), over rows that end with a figure
// under each ("Revenue (£m)   412.6   361.9"); 0 when there is no such
// table there.
func figureTableLines(lines []srcLine, src string, i int) int {
	head := spaceCellsRe.Split(strings.TrimSpace(src[lines[i].start:lines[i].end]), -1)
	years := 0
	for j, c := range head {
		switch {
		case yearHeadRe.MatchString(c):
			years++
		case j > 0 || strings.ContainsAny(c, "0123456789|"):
			return 0
		}
	}
	if years < 2 {
		return 0
	}
	k := i + 1
	for ; k < len(lines); k++ {
		row := spaceCellsRe.Split(strings.TrimSpace(src[lines[k].start:lines[k].end]), -1)
		if len(row) < years+1 {
			break
		}
		figures := true
		for _, c := range row[len(row)-years:] {
			if !spacedFigure(c) {
				figures = false
				break
			}
		}
		if !figures {
			break
		}
	}
	if k == i+1 {
		return 0
	}
	return k - i
}

// spacedFigure reports whether a cell of a table of figures holds one, as
// a report writes it: "412.6", "(12.0)" (a loss), "6.2p", or none ("–",
// "n/a").
func spacedFigure(c string) bool {
	if figureGapRe.MatchString(c) {
		return true
	}
	if a, ok := strings.CutPrefix(c, "("); ok {
		if b, ok := strings.CutSuffix(a, ")"); ok {
			c = b
		}
	}
	if d, ok := strings.CutSuffix(c, "p"); ok && d != "" && d[len(d)-1] >= '0' && d[len(d)-1] <= '9' {
		c = d // pence
	}
	return figureCell(c)
}

// figureGapRe is a table's cell that gives no figure: "–", "-", "n/a".
var figureGapRe = regexp.MustCompile(`^(?:[-–—]+|n/a|N/A|nil)$`)

// yearHeadRe is a table header cell that is a year or a period of one,
// as a table of figures heads its columns: "2024", "FY2024", "2024/25",
// "2024-25", "FY24", "FY 2023/24", "Q1 2024", "H1 FY24".
var yearHeadRe = regexp.MustCompile(`^(?:(?:Q[1-4]|H[12])\s?)?(?:(?:FY\s?)?(?:1[0-9]|20)\d\d(?:[/–-](?:\d\d|(?:1[0-9]|20)\d\d))?|FY\s?\d\d(?:[/–-]\d\d)?)$`)
