package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// noteDefRe opens the definition of a note, in a list of notes or
// references: "[^1]: ", "[2] ", "3. ".
var noteDefRe = regexp.MustCompile(`^\s*(?:\[\^([^\]\s]{1,30})\]:|\[(\d{1,3})\]|(\d{1,3})[.)])\s+`)

// noteMarkRe is a note's marker in the text: "[^1]", "[2]", or a source's
// number in a table of sources, "(S1)".
var noteMarkRe = regexp.MustCompile(`\[\^?([^\]\s]{1,30})\]|\(([A-Z]{1,3}\d{1,3})\)`)

// sourceIDRe is the number of a source in the first cell of a table of
// sources: "S1", "A12".
var sourceIDRe = regexp.MustCompile(`^[A-Z]{1,3}\d{1,3}$`)

// note is a dated source a note cites.
type note struct {
	cite citation
	pos  timeline.Position
}

// citeNotes gives each sentence marked with a note that cites a dated
// source ("... until this morning.[^1]" over "[^1]: Interview with Mira
// Tasić, Radio Free Orvania, 16 September 2020.", "... earlier this month
// [1]." over "[1] UN Panel of Experts, S/2019/601, 25 July 2019.") that
// source and its day: what it tells is read from that day, as an excerpt's
// is. The sentence becomes a block of its own; a paragraph's sentences
// without a note stay the document's. md says whether the text is
// Markdown (for the new blocks' text).
func citeNotes(blocks []*block, md bool) []*block {
	notes := map[string]note{}
	sourceRows(blocks, notes)
	for _, b := range blocks {
		if b.table && (b.role == noRole || b.role == refsRole) {
			sourceTable(b, blocks, notes) // (under "## Sources" too)
			continue
		}
		if b.role != refsRole {
			continue
		}
		for _, l := range rawLines(b.raw.s) {
			line := b.raw.s[l[0]:l[1]]
			m := noteDefRe.FindStringSubmatchIndex(line)
			if m == nil {
				continue
			}
			id := ""
			for g := 2; g < 8; g += 2 {
				if m[g] >= 0 {
					id = line[m[g]:m[g+1]]
				}
			}
			c := parseCitation(line[m[1]:], false)
			if !c.hasDate || c.outlet == "" || c.date.Prec < timeline.Month {
				continue
			}
			if _, dup := notes[id]; dup {
				continue
			}
			notes[id] = note{cite: c, pos: b.raw.loc.pos(b.raw.srcAt(l[0] + m[1]))}
		}
	}
	if len(notes) == 0 {
		return blocks
	}
	var out []*block
	for _, b := range blocks {
		if b.kind == paraBlock && b.role == noRole && b.own == nil && !b.msg && !b.table {
			if id := leadNote(b.raw.s); id != "" {
				if n, ok := notes[id]; ok {
					// "**S1:** "The embankment breached on Tuesday
					// night"": what the source numbered S1 said, from its
					// day
					b.own = &ownRef{r: ref{date: n.cite.date, from: "citation", pos: n.pos}, voice: n.cite.outlet}
					out = append(out, b)
					continue
				}
			}
		}
		if b.kind != paraBlock || b.role != noRole || b.own != nil || b.msg || b.table || !strings.ContainsAny(b.raw.s, "[(") {
			out = append(out, b)
			continue
		}
		out = append(out, splitNoted(b, notes, md)...)
	}
	return out
}

// leadNoteRe opens a paragraph with the number of the source it quotes, in
// a table of sources: "**S1:** ...", "S2: ...", "**S2** – ...", "[S3] ..."
// (not "M3 slipped by two weeks": a milestone named in a sentence).
var leadNoteRe = regexp.MustCompile(`^\s*(?:(?:\*\*|__)?([A-Z]{1,3}\d{1,3}):(?:\*\*|__)?|(?:\*\*|__)([A-Z]{1,3}\d{1,3})(?:\*\*|__)\s*[:—–-]|\[([A-Z]{1,3}\d{1,3})\])\s+\S`)

// leadNote returns the source number that opens s (see leadNoteRe), or "".
func leadNote(s string) string {
	m := leadNoteRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[1] + m[2] + m[3]
}

// sourceTable reads a table of sources ("| S1 | Dorval Municipal Council |
// 16 October 2017 |") into notes, by the number in each row's first cell;
// a table whose rows are all such is the document's list of sources, no
// story (refsRole).
func sourceTable(b *block, blocks []*block, notes map[string]note) {
	rows, found := 0, map[string]note{}
	for _, l := range rawLines(b.raw.s) {
		cells := strings.Split(strings.Trim(strings.TrimSpace(b.raw.s[l[0]:l[1]]), "|"), "|")
		if len(cells) < 2 || strings.Trim(strings.Join(cells, ""), "-: ") == "" {
			continue // (the rule under the header row)
		}
		rows++
		id := strings.TrimSpace(cells[0])
		if !sourceIDRe.MatchString(id) {
			continue
		}
		var rest []string
		for _, c := range cells[1:] {
			if c = strings.TrimSpace(c); c != "" {
				rest = append(rest, c)
			}
		}
		c := parseCitation(strings.Join(rest, ", "), false)
		if !c.hasDate || c.outlet == "" || c.date.Prec < timeline.Month {
			continue
		}
		if len(rest) >= 3 && len(findDates(rest[0], false)) == 0 && !docKindRe.MatchString(rest[0]) {
			// "| S1 | Almar Delta Disaster Management Agency | Situation
			// report No. 3 | 28 July 2022 |": the source's cell names it
			c.outlet = cleanName(rest[0])
		}
		found[id] = note{cite: c, pos: b.raw.loc.pos(b.raw.srcAt(l[0]))}
	}
	if len(found) >= 2 && len(found) >= rows-1 && referenced(blocks, found) { // (a header row)
		for id, n := range found {
			if _, dup := notes[id]; !dup {
				notes[id] = n
			}
		}
		b.role = refsRole
	}
}

// sourceRowRe is a row of a table of sources as a page's reader writes
// it, its date first: "16 October 2017 – S1; Source: Dorval Municipal
// Council." (see the html package's tables).
var sourceRowRe = regexp.MustCompile(`^(.{6,40}?) – ([A-Z]{1,3}\d{1,3}); [^;:]{1,30}: ([^;]{2,80}?)(?:;.*)?\.?$`)

// sourceRows reads the rows of a table of sources written one a
// paragraph (sourceRowRe) into notes, and makes them the document's list
// of sources, when two of them or more are.
func sourceRows(blocks []*block, notes map[string]note) {
	var rows []*block
	found := map[string]note{}
	for _, b := range blocks {
		if b.kind != paraBlock || b.role != noRole || b.lines != 1 {
			continue
		}
		m := sourceRowRe.FindStringSubmatch(strings.TrimSpace(b.raw.s))
		if m == nil {
			continue
		}
		ds := findDates(m[1], false)
		if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec < timeline.Month {
			continue
		}
		c := citation{outlet: cleanName(m[3]), date: ds[0].date, hasDate: true}
		found[m[2]] = note{cite: c, pos: b.raw.loc.pos(b.raw.srcAt(0))}
		rows = append(rows, b)
	}
	if len(found) < 2 || !referenced(blocks, found) {
		return
	}
	for id, n := range found {
		if _, dup := notes[id]; !dup {
			notes[id] = n
		}
	}
	for _, b := range rows {
		b.role = refsRole
	}
}

// referenced reports whether the text cites one of the sources found by
// its number in brackets ("(S1)") or opening a paragraph ("**S1:** ..."):
// a table of milestones numbered M1, M2 is no table of sources.
func referenced(blocks []*block, found map[string]note) bool {
	for _, b := range blocks {
		if b.kind == paraBlock && !b.table {
			if id := leadNote(b.raw.s); id != "" {
				if _, ok := found[id]; ok {
					return true // "**S1:** ...": a paragraph that opens with its source's number
				}
			}
		}
		if b.kind != paraBlock || b.table || !strings.Contains(b.raw.s, "(") {
			continue
		}
		for _, m := range noteMarkRe.FindAllStringSubmatch(b.raw.s, -1) {
			if _, ok := found[m[2]]; ok && m[2] != "" {
				return true
			}
		}
	}
	return false
}

// splitNoted cuts a paragraph into its sentences marked with a known note,
// each a block dated and cited by its note, and the runs of sentences
// between them; the paragraph whole when none is marked.
func splitNoted(b *block, notes map[string]note, md bool) []*block {
	s := b.raw.s
	type piece struct {
		a, e int
		n    *note
	}
	var pieces []piece
	for _, sp := range rawSentences(s) {
		var n *note
		for _, m := range noteMarkRe.FindAllStringSubmatchIndex(s[sp[0]:sp[1]], -1) {
			g := 2
			if m[2] < 0 {
				g = 4
			}
			if nt, ok := notes[s[sp[0]+m[g]:sp[0]+m[g+1]]]; ok {
				n = &nt
				break
			}
		}
		if k := len(pieces) - 1; k >= 0 && n == nil && pieces[k].n == nil {
			pieces[k].e = sp[1] // a run of the document's own sentences
			continue
		}
		pieces = append(pieces, piece{sp[0], sp[1], n})
	}
	if len(pieces) == 1 && pieces[0].n == nil {
		return []*block{b}
	}
	var out []*block
	for _, p := range pieces {
		nb := b.sub(p.a, p.e)
		if nb == nil {
			continue
		}
		nb.finish(md)
		if p.n != nil {
			nb.own = &ownRef{r: ref{date: p.n.cite.date, from: "citation", pos: p.n.pos}, voice: p.n.cite.outlet}
		}
		out = append(out, nb)
	}
	if len(out) == 0 {
		return []*block{b}
	}
	return out
}

// rawSentences returns the spans of the sentences of s: each ends after
// its stop (and any closing quote, bracket or note marker after it) where
// a space and a capital, or the end, follow; a note's marker after a stop
// ends one too.
func rawSentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i
		for end < len(s) {
			if m := noteMarkRe.FindStringIndex(s[end:]); m != nil && m[0] == 0 {
				end += m[1]
				continue
			}
			c, cn := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune(`"”’')]`, c) {
				break
			}
			end += cn
		}
		rest := strings.TrimLeft(s[end:], " \t\n")
		if rest != "" {
			if c, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(c) && !strings.ContainsRune(`"“‘(`, c) {
				continue
			}
		}
		out = append(out, [2]int{start, end})
		start = len(s) - len(rest)
		i = start
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}
