package text

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// citation is what a citation line says.
type citation struct {
	title, outlet, url string
	date               timeline.Date
	hasDate            bool
	// year is a year written alone ("World Bank, 2019"), as data sources
	// are cited; it is not taken for a reference date.
	year int
}

var yearRe = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)\b`)

var (
	// A citation line: "Source:", "Sources:", optionally emphasized, in
	// parentheses or a list item.
	citeStartRe = regexp.MustCompile(`(?i)^(?:[-+*•]\s+|\d{1,3}[.)]\s+)?[\s(\[]*(?:[*_]{1,2})?\s*(?:sources?|source\s+text|original\s+source)\s*(?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2})?\s*`)
	// A citation in parentheses closing a paragraph: "... (Source: Reuters, 3 March 2011)".
	citeTailRe = regexp.MustCompile(`(?i)\(\s*(?:[*_]{1,2})?sources?(?:[*_]{1,2})?\s*:[^()\n]*\)\s*$`)
	// The end of an analyst's commentary: "End OE Watch Commentary
	// (Shanks)", "End of analyst's note.".
	markerRe   = regexp.MustCompile(`(?i)(?:[*_]{1,2})?\bend\s+(?:of\s+)?(?:the\s+)?(?:[\p{L}\p{N}.'’&-]+\s+){0,4}(?:commentary|note|introduction|preface|analysis)\b\s*(?:\([^()\n]{0,80}\))?\.?\s*(?:[*_]{1,2})?\s*$`)
	attribRe   = regexp.MustCompile(`^\s*(?:[-–—―~]{1,2}|\*\s)\s*(\S.{0,200})$`)
	quoteOpen  = "\"“„«‘'"
	quoteClose = "\"”«»’'"
	titleQRe   = regexp.MustCompile(`["“]([^"“”]+?)[,.]?["”]`)
	italicRe   = regexp.MustCompile(`(?:^|[^*\w])(?:\*{1,2}|_{1,2})([^*_\n]+?)(?:\*{1,2}|_{1,2})(?:[^*\w]|$)`)
	updStopRe  = regexp.MustCompile(`(?i)[.!?][*_]*\s+[*_]{0,2}(?:last\s+)?(?:updated|modified|revised)(?:\s+(?:on|at))?\s*[:\-–—]?\s*|[.!?][*_]*\s+[*_]{0,2}last\s+entry\s*[:\-–—]?\s*`)
	pubStopRe  = regexp.MustCompile(`(?i)[.!?][*_]*\s+[*_]{0,2}(?:first\s+)?(?:published|posted|released|issued|submitted|dated|prepared)(?:\s+(?:on|at))?\s*[:\-–—]?\s*`)
	pubRe      = regexp.MustCompile(`(?im)(?:^|[|·•—–]\s*|\s-\s+)(?:[*_]{1,2})?(?:(?:page|article|story|this\s+page)\s+)?(first\s+published|published|posted|released|issued|compiled|prepared|submitted|presented\s+(?:to|before)|laid\s+before|embargoed\s+(?:until|till))(?:\s+(?:on|at))?\s*[:\-–—]?\s*`)
	pubAfterRe = regexp.MustCompile(`(?i)[,;]\s*(?:[*_]{1,2})?(first\s+published|originally\s+published|published|posted)(?:\s+(?:on|at))?\s*[:\-–—]?\s*`)
	updRe      = regexp.MustCompile(`(?im)(?:^|[|·•—–]\s*|\s-\s+)(?:[*_]{1,2})?(?:(?:page|article|story|this\s+page)\s+)?(last\s+updated|updated|last\s+modified|modified|last\s+revised|revised|last\s+reviewed|reviewed|last\s+entry)(?:\s+(?:on|at))?\s*[:\-–—]?\s*`)
	bylineRe   = regexp.MustCompile(`^(?:[*_]{1,2})?By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al-\S+),?)*(?:[*_]{1,2})?$`)
)

var unemphasize = strings.NewReplacer("**", "", "__", "", "*", "", "_", " ")

// refsHeadRe is the heading of a list of references: a line "Sources:"
// alone, or a heading "References".
var refsHeadRe = regexp.MustCompile(`(?i)^(?:sources|references|bibliography|works\s+cited|further\s+reading|notes\s+and\s+sources)\s*:?$`)

// notesHeadRe is a heading over notes ("## Notes", "## Footnotes"): a
// list of references too, but only as a section's heading, since a line
// "Notes:" may open a meeting's notes and "# Notes" may title a document.
var notesHeadRe = regexp.MustCompile(`(?i)^(?:footnotes|endnotes|end\s+notes|citations)\s*:?$`)

// numberedNotesRe opens a note of a list of numbered notes: "1. ",
// "[2] ", "3) ", "¹ ".
var numberedNotesRe = regexp.MustCompile(`^(?:\[\d{1,3}\]|\d{1,3}[.)]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s`)

// secondLine returns the line after the first of s, "" when none.
func secondLine(s string) string {
	_, rest, _ := strings.Cut(s, "\n")
	line, _, _ := strings.Cut(rest, "\n")
	return line
}

// pipedDateLine reports whether b is one line of parts set apart by bars,
// one of them a full day and nothing else (or a short note after it and a
// comma: "Tuesday 14 January 2025, period 3"), the others short labels
// (a time, a place), and sets b.date to the day.
func pipedDateLine(b *block, dayFirst bool) bool {
	t := b.text
	sep := " | " // (a middle dot after a day names a section: "March 3, 2023 · Science section")
	stops := false
	if !strings.Contains(t, sep) {
		switch {
		case strings.Count(t, " — ") >= 2 && !strings.Contains(t, "\n"):
			// "THE ILLUSTRATED LONDON NEWS. — SATURDAY, MAY 3, 1851. —
			// PRICE SIXPENCE.": a masthead's parts set apart by dashes,
			// each closed by a full stop as old papers print them
			sep, stops = " — ", true
		case !strings.Contains(t, "\n"):
			return clockNoteDay(b, dayFirst)
		default:
			return false
		}
	}
	parts := strings.Split(t, sep)
	if len(parts) < 2 || len(parts) > 5 || len(parts) == 2 && len(findDates(parts[0], dayFirst)) == 0 {
		return false // (not "Deadline | 13 December 2017", a table's row: a label, then its day)
	}
	found, off := false, 0
	for _, p := range parts {
		day := p
		if d, note, ok := strings.Cut(p, ", "); ok && !found && len(strings.Fields(note)) <= 4 && len(findDates(note, dayFirst)) == 0 && dateOnlyAt(&block{}, d, 0, dayFirst) {
			// "Tuesday 14 January 2025, period 3 (11:05–12:05)": the day,
			// then a note of the part of it
			day = d
		}
		if stops {
			day = strings.TrimSuffix(strings.TrimSpace(day), ".")
		}
		if len(strings.Fields(day)) > 6 || !stops && strings.HasSuffix(strings.TrimSpace(p), ".") || stops && strings.Contains(day, ". ") {
			return false
		}
		if !found {
			tmp := &block{}
			if dateOnlyAt(tmp, day, 0, dayFirst) && tmp.date.date.Prec >= timeline.Day {
				b.date = tmp.date
				b.date.start += off
				b.date.end += off
				found = true
			}
		}
		off += len(p) + len(sep)
	}
	return found
}

// clockNoteDay reports whether b is one line of a full day and, after a
// comma, a short note of the hour the page's event starts: "Friday 20
// September 2019, kick-off 19:45 BST", "Saturday, May 3, 2025, doors
// 7.30pm". It sets b.date to the day.
func clockNoteDay(b *block, dayFirst bool) bool {
	t := strings.TrimRight(b.text, " .")
	i := strings.LastIndex(t, ", ")
	if i < 0 || len(t) > 80 {
		return false
	}
	note := t[i+2:]
	if len(strings.Fields(note)) > 4 || !timeRe.MatchString(note) || len(findDates(note, dayFirst)) > 0 {
		return false
	}
	tmp := &block{}
	if !dateOnlyAt(tmp, t[:i], 0, dayFirst) || tmp.date.date.Prec < timeline.Day {
		return false
	}
	b.date = tmp.date
	return true
}

// credentialRe is a certificate's line on a profile: "Issued Mar 2018 ·
// Credential ID 000712345", "Issued Jan 2020 · Expires Jan 2023".
var credentialRe = regexp.MustCompile(`(?i)\bissued\b[^\n]{0,30}(?:·|\|)\s*(?:credential|expires|no\s+expiration)`)

// signaturesRe is the line that opens a filing's sign-off.
var signaturesRe = regexp.MustCompile(`^[*_]*(?:SIGNATURES?|Signatures?)[*_]*:?$`)

// sourcesListRe opens a line listing the sources a text drew on:
// "Sources: ...", "Main sources: ...".
var sourcesListRe = regexp.MustCompile(`(?i)^[\s*_]*(?:main\s+|principal\s+)?sources[*_]*\s*:`)

// markReferences gives the role refsRole to the lists of references: the
// blocks after a "Sources:" line or a "References" heading, up to the next
// heading of the same or a higher level. They are metadata, not story:
// their dates are those of publications.
func markReferences(blocks []*block) {
	level := -1 // the level of the heading that opened the list; 0 for a line
	for k, b := range blocks {
		switch {
		case b.kind == headingBlock && (refsHeadRe.MatchString(b.text) && !titleOverSections(blocks, k) || b.level >= 2 && notesHeadRe.MatchString(b.text) ||
			b.level >= 2 && strings.EqualFold(strings.TrimSuffix(b.text, ":"), "notes") && numberedNext(blocks[k+1:])):
			level = max(b.level, 1)
			continue
		case b.kind == headingBlock && level >= 0 && (level == 0 || b.level <= level):
			level = -1
		case b.role == refsRole:
			level = 0
			continue
		}
		if level >= 0 && b.kind != headingBlock && b.kind != ruleBlock {
			b.role = refsRole
		}
		if b.kind != headingBlock && footnoteDefRe.MatchString(b.raw.s) {
			b.role = refsRole // "[^1]: FAO, "Food Outlook," 9 June 2022, p. 14.": a Markdown footnote, a citation
		}
	}
}

// titleOverSections reports whether heading k titles the whole document,
// which its sections follow under headings of their own: "# Sources" over
// "## The Coast Tribune, 4 April 2022", "## Ministry press release, ...",
// a compilation's title, not the heading of a list of references (which
// runs on under sub-headings only when they hold no heading of their own
// before them: "## References" at an article's end).
func titleOverSections(blocks []*block, k int) bool {
	if k != 0 || blocks[k].level != 1 {
		return false
	}
	for _, b := range blocks[k+1:] {
		if b.kind == headingBlock {
			return b.level > 1
		}
	}
	return false
}

// periodLabelRe opens a header line that names the period a report
// covers: "Reporting period: October 2025", "Reporting month: May 2024".
var periodLabelRe = regexp.MustCompile(`(?i)^[*_ ]*reporting\s+(?:month|period|week)\b`)

// datedAbove reports whether one of the few blocks above block k dates the
// document already (a header, published or date line).
func datedAbove(blocks []*block, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch blocks[j].role {
		case headerDateRole, pubRole, dateRole:
			return true
		}
	}
	return false
}

// aboutHeadRe is the heading of a press release's closing note on who
// sent it: "About the Coalition", "**About Northwind Energy**", "About
// us".
var aboutHeadRe = regexp.MustCompile(`^[#*_\s]*About\s+(?:the\s+|us\b)?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s*)(?:(?:\p{Lu}[\p{L}\p{N}&'’.-]*|for|of|and|the|in|on|de)\s*){0,7}[*_:\s]*$`)

// markAbout gives the role boilerRole to the note on the sender that
// closes a press release ("About the Coalition¶The Coalition is a
// network ... founded in 2015 ..."): the same in every release, no news.
// The note is the paragraphs under such a heading (or line) in the second
// half of a document that a story comes before, up to the next heading.
func markAbout(blocks []*block) {
	story := 0
	for k, b := range blocks {
		if story == 0 || k < len(blocks)/2 || b.kind != headingBlock && b.kind != paraBlock || !aboutHeadRe.MatchString(firstRawLine(b.raw.s)) {
			if b.kind == paraBlock && len(b.text) > 30 {
				story++
			}
			continue
		}
		b.role = boilerRole
		if b.lines > 1 {
			continue // the heading's line and the note in one paragraph
		}
		for j := k + 1; j < len(blocks) && j <= k+3; j++ {
			if blocks[j].kind == headingBlock {
				break
			}
			if blocks[j].role == noRole {
				blocks[j].role = boilerRole
			}
		}
	}
}

// firstRawLine is the first line of s.
func firstRawLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// footnoteDefRe opens a Markdown footnote's definition: "[^1]: ",
// "[^fao-2022]: ".
var footnoteDefRe = regexp.MustCompile(`^\s*\[\^[^\]\s]{1,30}\]:\s`)

// isCitationLine reports whether a raw line starts a citation.
func isCitationLine(s string) bool {
	if len(s) > 64 {
		s = s[:64] // the pattern is anchored: its match starts in the first bytes
	}
	return citeStartRe.MatchString(s)
}

// fromCiteRe opens a line naming the work the text under it is taken
// from, its title quoted or emphasized: 'From: "No Safe Place", a
// report by ...', "Excerpted from: *The Long Walk*, ...". (The quote or
// emphasis is left for parseCitation.)
var fromCiteRe = regexp.MustCompile(`(?i)^[\s(\[]*(?:[*_]{1,2})?\s*(?:excerpt(?:ed)?\s+|taken\s+)?from\s*[:：]\s*`)

// fromCitation reports whether raw is a citation line opening with
// "From:" (see fromCiteRe): the work's title quoted or emphasized right
// after the label, and a date with its year after the title. An e-mail's
// "From:" line names a sender, with an address, not a work.
func fromCitation(raw string, dayFirst bool) bool {
	m := fromCiteRe.FindStringIndex(raw)
	if m == nil || len(raw) > 300 || strings.Contains(raw, "@") {
		return false
	}
	rest := strings.TrimLeft(raw[m[1]:], " \t")
	if rest == "" || !strings.ContainsRune("\"“*_", rune(rest[0])) && !strings.HasPrefix(rest, "“") {
		return false
	}
	for _, d := range findDates(rest, dayFirst) {
		if !d.noYear {
			return true
		}
	}
	return false
}

// isAttribution reports whether a raw line reads as the attribution of a
// quotation ("- Human Rights Watch, China director Sophie Richardson").
func isAttribution(s string) bool {
	m := attribRe.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	body := strings.TrimSpace(m[1])
	if len(body) > 160 || strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "Jr.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// parseCitation reads a citation line such as
//
//	Source: "Title," *Outlet*—Section. 13 December 2017. <https://...>
//	Source: Outlet, "Title", December 13, 2017, https://...
//	(Source: Reuters, 3 March 2011)
//
// The title is the quoted part, the URL the link, the date the last date
// outside the title, and the outlet the emphasized part, else what is left.
// domainParenRe is a web site's bare name in brackets: "(bbc.co.uk)",
// "(capitoldispatch.example.com)".
var domainParenRe = regexp.MustCompile(`\s*\(((?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,})\)`)

func parseCitation(raw string, dayFirst bool) citation {
	var c citation
	var linkText string
	s := strings.TrimSpace(raw)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	if m := citeStartRe.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	} else if m := fromCiteRe.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	s = strings.ReplaceAll(s, "\n", " ")
	// The URL: <...>, [text](url) or bare.
	if m := autolinkRe.FindStringSubmatchIndex(s); m != nil {
		c.url = s[m[2]:m[3]]
		s = s[:m[0]] + " " + s[m[1]:]
	} else if m := linkRe.FindStringSubmatchIndex(s); m != nil && m[6] < m[7] {
		c.url = s[m[6]:m[7]]
		linkText = s[m[4]:m[5]]
		s = s[:m[0]] + " " + s[m[1]:]
	} else if m := urlRe.FindStringIndex(s); m != nil {
		c.url = strings.TrimRight(s[m[0]:m[1]], ".,;:)]")
		s = s[:m[0]] + " " + s[m[0]+len(c.url):]
	} else if m := domainParenRe.FindStringSubmatchIndex(s); m != nil {
		// "Capitol Dispatch (capitoldispatch.example.com), October 24,
		// 2024": the outlet's site in brackets
		c.url = "https://" + s[m[2]:m[3]]
		s = s[:m[0]] + s[m[1]:]
	}
	// The title: the first quoted run.
	if m := titleQRe.FindStringSubmatchIndex(s); m != nil {
		c.title = strings.TrimSpace(strings.TrimRight(s[m[2]:m[3]], ",."))
		s = s[:m[0]] + " " + s[m[1]:]
	} else if linkText != "" {
		c.title = cleanName(linkText)
	}
	// The date: the last one written outside the title, but not the day a
	// web page was looked at ("Retrieved 19 January 2016"), which says
	// nothing of when the cited piece was written.
	if m := accessedRe.FindStringIndex(s); m != nil {
		if ds := findDates(s[m[1]:], dayFirst); len(ds) > 0 && strings.TrimSpace(s[m[1]:m[1]+ds[0].start]) == "" {
			s = s[:m[0]] + " " + s[m[1]+ds[0].end:]
		}
	}
	if ds := findDates(s, dayFirst); len(ds) > 0 {
		for k := len(ds) - 1; k >= 0; k-- {
			if !ds[k].noYear {
				c.date, c.hasDate = ds[k].date, true
				// (and its weekday: "Examiner, Saturday 8 January 1955")
				pre := citeWeekdayRe.ReplaceAllString(s[:ds[k].start], "")
				s = pre + " " + s[ds[k].end:]
				break
			}
		}
	}
	if !c.hasDate {
		if m := yearRe.FindStringSubmatchIndex(s); m != nil {
			c.year = atoi(s[m[2]:m[3]])
			s = s[:m[0]] + " " + s[m[1]:]
		}
	}
	// A page is no part of its outlet: "Examiner, 8 January 1955, p. 2".
	s = citePageRe.ReplaceAllString(s, " ")
	// The hour of a post is no part of its outlet: "@HarbourLineRail, 9:14
	// PM · Feb 24, 2025".
	if strings.ContainsAny(s, ":") {
		s = postHourRe.ReplaceAllString(s, " ")
	}
	// The outlet: the emphasized part, else the rest.
	if m := italicRe.FindStringSubmatch(s); m != nil {
		c.outlet = cleanName(m[1])
	}
	rest := cleanName(unemphasize.Replace(s))
	if c.outlet == "" {
		c.outlet = rest
		parts := splitParts(rest)
		// "National Radio, transcript", "Hollis Mining Ltd, Request for
		// Arbitration, filed with ICSID on": what kind of document it is
		// and what was done with it name no outlet
		var names, kinds []string
		for _, p := range parts {
			if r, _ := utf8.DecodeRuneInString(p); unicode.IsLower(r) || docKindRe.MatchString(p) || docNumberRe.MatchString(p) {
				kinds = append(kinds, p)
			} else {
				names = append(names, p)
			}
		}
		if len(names) == 0 || len(kinds) == 0 {
			names, kinds = parts, nil
		}
		switch {
		case c.title == "" && len(names) >= 2:
			// "Title. Outlet.": with no quotes, the last part names the
			// outlet, as in the citation styles that put the title first.
			c.outlet = names[len(names)-1]
			c.title = strings.Join(names[:len(names)-1], ", ")
		case len(kinds) > 0:
			c.outlet = strings.Join(names, ", ")
			if c.title == "" {
				c.title = strings.Join(kinds, ", ")
			}
		case c.title != "":
			if i := strings.IndexAny(rest, "—–|"); i > 0 {
				c.outlet = cleanName(rest[:i]) // "The Himalayan Times—World": the section is not the outlet
			}
		}
	}
	return c
}

// eventBoxRe finds a field of an event's box in an encyclopedia's
// article ("Deaths: 212", "Result: ...", "Casualties:"), beside which
// "Date:" dates the event, not the page ("Location:" is a meeting's or an
// interview's field too).
var eventBoxRe = regexp.MustCompile(`(?im)^[*_ \t]*(?:result|casualties|deaths|fatalities|injuries|cause|belligerents|commanders|strength|coordinates|magnitude|territorial\s+changes)[*_]*\s*:`)

// accessedRe is what stands before the day a cited web page was read:
// "Retrieved", "Accessed", "Archived from the original on".
var accessedRe = regexp.MustCompile(`(?i)\b(?:retrieved|accessed|last\s+accessed|viewed|archived(?:\s+from\s+the\s+original)?)(?:\s+on)?\s*:?\s*`)

// citeWeekdayRe is the weekday written before a citation's date.
var citeWeekdayRe = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*$`)

// citePageRe is a citation's page or pages: "p. 2", "pp. 14-15".
var citePageRe = regexp.MustCompile(`(?:^|[\s,;])pp?\.\s*\d+(?:\s*[-–]\s*\d+)?\b`)

// firstRuneOf returns the first rune of s.
func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// docNumberRe is a part of a citation that is a document's number:
// "S/2019/601", "ruling K-311/20", "No. 14/2017", "Report HC 2341".
var docNumberRe = regexp.MustCompile(`^(?:\S+\s+){0,2}\S*\d\S*$`) // (and "Report HC 2341")

// docKindRe is a part of a citation that says what kind of document is
// cited, not whose: "transcript", "open letter", "Request for Arbitration",
// "press conference", "Counter-Memorial".
var docKindRe = regexp.MustCompile(`(?i)^(?:(?:an?|the)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}?(?:transcript|press\s+release|(?:press|news)\s+conference|press\s+briefing|briefing|(?:press\s+)?statement|open\s+letter|letter|interview|speech|ruling|judg(?:e)?ment|decision|situation\s+report|sitrep|bulletin|communiqu[eé]|editorial|op-ed|tweet|blog\s+post|post|podcast|broadcast|filing|submission|memorandum|memo|request\s+for\s+arbitration|counter-memorial|memorial|petition|complaint|motion|affidavit|testimony|minutes|notice|advisory)(?:\s+(?:with|by|of|on|to)\s+.*)?$`)

func splitParts(s string) []string {
	f := func(r rune) bool { return r == '.' || r == ',' || r == ';' || r == '|' || r == '—' || r == '–' }
	var parts []string
	for _, p := range strings.FieldsFunc(s, f) {
		if p = cleanName(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// cleanName trims punctuation and spaces around a name.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == ';' || r == ':' || r == '—' || r == '–' || r == '-' || r == '|' || r == '(' || r == ')' || r == '*' || r == '_'
	})
	if strings.Count(s, "(") == strings.Count(s, ")")+1 && strings.LastIndexByte(s, '(') > strings.LastIndexByte(s, ')') {
		s += ")" // "The Daily Star (Dhaka)": its bracket closes the name
	}
	return s
}

// classify sets the role of each block from what it says.
func classify(blocks []*block, dayFirst bool) {
	// A header line dating the document ("Delivered 4 September 2017") is
	// read only in the first few paragraphs of the document, or of a part
	// under a heading or citation, before the story starts.
	near, story := 0, false
	// The document's own header: up to its first paragraph of story or
	// its second heading (the first is its title).
	head, headings := true, 0
	headDated := false // a line of the header has dated the document
	// caption: the document's header up to its first prose (see prose),
	// however many short blocks it has. A line that opens with its label
	// ("Filed: July 22, 2024") dates the document anywhere in it: under
	// a court's name, the parties ("RIVERBEND ORCHARDS, LLC,\nPlaintiff,"),
	// "v.", the case number and the title of the filing, which are not
	// story, though the lines of a party may not read as a letterhead.
	caption := true
	listing := listingDates(blocks, dayFirst)
	for k, b := range blocks {
		if on, ok := listing[k]; on || ok && headDated || b.entry && b.kind == paraBlock {
			near, story = near+1, true
			continue // "## Summer Ceilidh¶Friday 29/05/2026, 7.30pm": an event's day, no date of the page
		}
		if b.kind == headingBlock || b.kind == ruleBlock {
			near, story = 0, false
			if headings++; headings > 1 {
				head, caption = false, false
			}
		}
		if b.msg {
			continue // a chat's message (see chatMessages)
		}
		if b.kind == quoteBlock && b.lines <= 3 && isCitationLine(b.raw.s) {
			b.kind = paraBlock // "> Source: ...", or a citation in a quotation style
		}
		if b.kind != paraBlock || b.table {
			if b.kind == quoteBlock || b.kind == codeBlock || b.table {
				near, story, caption = near+1, true, false
			}
			continue
		}
		if b.mail != nil {
			if m, _, ok := mailHeader(b.text, dayFirst); ok {
				m.quote = m.quote || b.quoteHead
				*b.mail = m
				b.role, b.date = mailRole, m.date
				near, story = 0, false
				continue
			}
			b.mail = nil
		}
		switch {
		case b.lines == 1 && mailSepRe.MatchString(b.text):
			b.role = boilerRole // "-----Original Message-----" standing alone
		case refsHeadRe.MatchString(b.text) || b.lines >= 2 && refsHeadRe.MatchString(strings.TrimSpace(b.first)) && numberedNotesRe.MatchString(strings.TrimSpace(secondLine(b.text))):
			b.role = refsRole // ("References¶[1] UN Panel of Experts, 25 July 2019.": the list under its line)
		case signaturesRe.MatchString(strings.TrimSpace(b.first)) || k > 0 && signaturesRe.MatchString(strings.TrimSpace(blocks[k-1].text)) && strings.HasPrefix(b.text, "Pursuant to"):
			// "SIGNATURES¶Pursuant to the requirements of the Securities
			// Exchange Act of 1934, the registrant has duly caused this
			// report to be signed": a filing's sign-off, no statement
			b.role = boilerRole
		case b.lines <= 3 && sourcesListRe.MatchString(b.raw.s) && strings.Count(b.raw.s, ";") >= 1:
			// "Sources: Newchurch PRs; Chester wills; family papers": the
			// works a compiler drew on, no one source of the text
			b.role = boilerRole
		case isCitationLine(b.raw.s) || b.lines <= 3 && strings.HasPrefix(strings.TrimSpace(b.raw.s), "(") && citeTailRe.MatchString(b.raw.s) ||
			b.lines <= 2 && fromCitation(b.raw.s, dayFirst):
			b.role = citationRole
			b.cite = parseCitation(b.raw.s, dayFirst)
		case b.lines <= 2 && len(b.text) < 240 && k+1 < len(blocks) && (blocks[k+1].kind == quoteBlock || blocks[k+1].kind == paraBlock) && introCredit(b.raw.s, dayFirst) != nil:
			// "— The Guardian, 12 March 2024:", "From a statement by the
			// Ministry of Health (14 March 2024):" over the excerpt
			b.role = citationRole
			b.cite = *introCredit(b.raw.s, dayFirst)
		case b.lines <= 2 && len(b.text) < 240 && k > 0 && creditAfter(blocks[k-1]) && !listItem(b.first, lastLine(blocks[k-1].raw.s), nextFirst(blocks, k)) && isCreditLine(b.raw.s, dayFirst):
			// "— *The Coastal Times*, 8 March 2023" under an excerpt.
			b.role = citationRole
			b.cite, _ = parseCredit(b.raw.s, dayFirst)
		case b.lines == 1 && isAttribution(b.first) && k > 0 && isQuotation(blocks[k-1]):
			b.role = attributionRole
		case b.lines <= 2 && len(b.text) < 120 && mayMark(b.text) && isMarker(b.raw.s):
			b.role = markerRole
		case b.lines <= 2 && len(b.text) < 160 && (near < 8 && !story || caption) && madeDate(b, dayFirst):
			// "Recorded 9 April 2024. Released 11 April 2024.": the day
			// the words were said, not the day they were published.
			b.role = headerDateRole
		case b.lines <= 3 && credentialRe.MatchString(b.text):
			// "Issued Mar 2018 · Credential ID 000712345": when a
			// certificate was issued, no publication of the page
		case b.lines <= 3 && len(b.text) < 240 && !releaseItem(b) && pubLineAt(b, dayFirst, b.lines == 1 && head && near < 4 && !story):
			b.role = pubRole
		case b.lines <= 2 && len(b.text) < 100 && k > 0 && otherLabelAbove(blocks[k-1]) && dateOnly(b, dayFirst):
			// "Full proposal deadline:¶November 3, 2025": the value of
			// the label above, the day of what it names, no date of the
			// document
			b.date = dateMatch{}
		case b.lines <= 2 && len(b.text) < 100 && dateOnly(b, dayFirst):
			b.role = dateRole
		case b.lines <= 2 && len(b.text) < 160 && near < 4 && !story && labelDateLine(b, dayFirst):
			// "Championship, Tuesday 10 February 2026. KO 19:45 GMT,
			// Kingsmead Stadium.": the day the page is of
			b.role = dateRole
		case b.lines == 2 && len(b.text) < 120 && near < 2 && !story && k > 0 && blocks[k-1].kind == headingBlock && placeLineRe.MatchString(b.first) && lastLineDate(b, dayFirst):
			// "REPORTER'S TRANSCRIPT OF PROCEEDINGS" over "Phoenix,
			// Arizona¶June 9, 2022": the place and day under a heading
			b.role = dateRole
		case b.lines <= 2 && len(b.text) < 120 && near < 4 && !story && placeDateFirst(b, dayFirst):
			// "Weymouth, 18 June 1775" over "My dear Friend": a letter's
			// place and day
			b.role = dateRole
		case b.lines == 2 && len(b.text) < 160 && k == 0 && !story && titleLine(b.first) && placeDateLast(b, dayFirst):
			// "Fuel subsidy reform¶Nairobi, 18 January 2018": the title,
			// then the place and day it was written
			b.role = dateRole
		case b.lines >= 3 && b.lines <= 6 && len(b.text) < 400 && near < 8 && !story && (lastLineDate(b, dayFirst) || placeDateLast(b, dayFirst)):
			// "URGENT - WINTER WEATHER MESSAGE¶National Weather Service
			// Green Bay WI¶832 AM CST Tue Dec 16 2025": a header of
			// short lines, its date last
			b.role = dateRole
		case b.lines == 1 && len(b.text) < 120 && datelineAlone(b, dayFirst):
			b.role = datelineRole
		case b.lines <= 3 && len(b.text) < 160 && near < 6 && !story && capsDatelineLast(b, dayFirst):
			// "NEW DELHI, March 8, 2019" on a line of its own, perhaps
			// under the byline ("Special Correspondent") or the issuer
			// and the kind of the release ("Harbourline Logistics¶ASX
			// Announcement")
			b.role = datelineRole
		case b.lines == 1 && len(b.text) < 160 && datedBylineAt(b, dayFirst, head && near < 4 && !story):
			b.role = bylineRole
		case b.lines >= 2 && b.lines <= 6 && len(b.text) < 400 && near < 8 && !story && bylineDateLast(b, dayFirst):
			// "Equity Research | Semiconductors¶Lumetra Devices - Initiating
			// Coverage¶Analyst: R. Takahashi, CFA | 9 April 2025": a
			// header of short lines, its dated byline last
			b.role = bylineRole
		case b.lines == 1 && bylineRe.MatchString(b.text):
			b.role = bylineRole
		case b.lines == 1 && len(b.text) < 80 && boilerRe.MatchString(b.text):
			b.role = boilerRole
		case b.lines <= 4 && len(b.text) < 400 && near < 8 && !story && proceedingsRe.MatchString(b.text) && proceedingsDate(b, dayFirst):
			// "REPORT OF PROCEEDINGS had at the trial ... on the 9th day
			// of May, 2023.": a court record's day
			b.role = headerDateRole
		case b.lines >= 3 && strings.Contains(b.text, ")") && captionColRe.MatchString(b.text) && partyRe.MatchString(captionColRe.ReplaceAllString(b.text, "")):
			// "STATE OF ARIZONA,      )¶  Plaintiff,      )¶vs.  )  No. CR2021-004417":
			// a court's caption in its column of brackets, no story
			b.role = boilerRole
		case b.lines <= 2 && len(b.text) < 120 && headerWindow(b, near, story, caption) && !(periodLabelRe.MatchString(b.text) && datedAbove(blocks, k)) && !(k == 0 && deliveredRe.MatchString(b.text)) && (headerDate(b, dayFirst) || fieldsDate(b, dayFirst)):
			// (but "Reporting period: October 2025" under "Date: 10
			// November 2025" is the period reported on, not the day of
			// writing)
			// (nor is a "Delivered" line that opens the document: a
			// speech's line is under its title, and "Delivered on 6
			// November 2024." first is a parcel's notice)
			b.role = headerDateRole
		case b.lines <= 3 && len(b.text) < 320 && headerWindow(b, near, story, caption) && heldLine(b, dayFirst):
			// "Minutes of the ordinary meeting of the Full Council held at
			// the Corn Exchange, Market Square, on Monday 9 September 2024
			// at 7.00pm": a long header line, its date last.
			b.role = headerDateRole
		case b.lines == 1 && len(b.text) < 200 && near < 4 && !story && coverLine(b, dayFirst):
			b.role = headerDateRole
		case b.lines == 1 && len(b.text) < 160 && near < 4 && !story && pipedDateLine(b, dayFirst):
			// "Saturday 14 September 2024 | Kick-off 12:30 BST | Emirates
			// Stadium": the page's day among its header's parts
			b.role = headerDateRole
		case b.lines <= 2 && len(b.text) < 80 && signoffDate(blocks, k, b, dayFirst):
			// "SIGNATURES ... Date: February 12, 2025": a filing's
			// sign-off, the day it was made
			b.role, b.made, b.signoff = headerDateRole, true, true
		case k == 0 && b.lines <= 3 && len(b.text) < 320 && listMarker(b.first) == "" && titleLineDay(b):
			// "Riverside County Emergency Management — alert thread,
			// Saturday 8 February 2025¶All times Pacific Standard Time.":
			// the document's first line, its title, ends with its day
			// (an item of a list is no title: '- "Slow Comet" — released
			// 12 June 1990.')
			b.role = dateRole
		}
		if b.role == headerDateRole && !b.happening && k > 0 && datedFieldRe.MatchString(b.text) && instrumentTitleRe.MatchString(blocks[0].text) {
			// "TENANCY AGREEMENT¶Dated: 14 February 2022": the day the
			// contract the document is was made, its event too
			b.happening = true
		}
		if b.role == noRole {
			b.quoted = isQuoted(b.text)
		}
		switch {
		case b.role == citationRole:
			near, story = 0, false
		case b.role == noRole:
			near++
			// A title or a speaker's line is not yet the story, nor are
			// the short lines of a court's or an office's letterhead.
			// Nor is a header's line over its maker's name ("Site visit
			// made on 11 October 2023¶by J Ferris"), nor a form's title
			// over its fields ("EMPLOYMENT TRIBUNALS¶Claimant: Ms P
			// Varga¶Respondent: ...").
			story = story || (b.lines > 1 || len(b.text) > 160) && !letterhead(b.text) && !madeByLines(b.text) && !titledFields(b.text) || sentence(b.text)
			// (a paragraph after the header's date ends the header: "The
			// Guardian, 9 June 2020" below it is an excerpt's source)
			head = head && !story && !headDated
			caption = caption && !prose(b.text)
		default:
			near++
			if head && (b.role == dateRole || b.role == pubRole || b.role == headerDateRole) {
				headDated = true
			}
		}
	}
	// "(Article text last revised 14 March 2019.)", "This page was last
	// edited on 2 June 2023, at 14:07 (UTC).": a footer's note of when the
	// text was changed, no event of what it tells
	for k := len(blocks) - 1; k >= 0 && k >= len(blocks)-3; k-- {
		if b := blocks[k]; b.kind == paraBlock && b.role == noRole && b.lines <= 2 && len(b.text) < 200 && revisedFooterRe.MatchString(b.text) && len(findDates(b.text, dayFirst)) == 1 {
			b.role = boilerRole
		}
	}
}

// asOfRe opens a line of the moment a report tells of, without a colon:
// "As of 24 October 2024", "Situation as at 3 May 2025, 17:00".
var asOfRe = regexp.MustCompile(`(?i)^(?:(?:situation|position|figures|data)\s+)?as\s+(?:of|at)\s+`)

// asOfTail reports whether s, the rest of an "As of" line after its date,
// holds only the time of day and its zone: ", 8:00 a.m. PHT", " 17:00
// (local time)", "." or nothing.
func asOfTail(s string) bool {
	s = timeRe.ReplaceAllString(s, " ")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		if lw == "local" || lw == "time" || lw == "hrs" || lw == "h" || lw == "at" || lw == "m" || lw == "a" || lw == "p" {
			continue
		}
		if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w {
			return false // a word of a sentence, not a zone ("PHT", "UTC")
		}
	}
	return true
}

// otherLabelAbove reports whether b is a label line waiting for its value
// on the next line, which names the day of something other than the
// document: "Full proposal deadline:", "Applications close:", "Due date:".
func otherLabelAbove(b *block) bool {
	return b.kind == paraBlock && b.lines == 1 && b.role == noRole && otherLabelLine(b.text)
}

// otherLabelLine reports whether line is such a label (see
// otherLabelAbove).
func otherLabelLine(line string) bool {
	t := strings.Trim(line, "*_ \t\r")
	if len(t) > 80 || !strings.HasSuffix(t, ":") {
		return false
	}
	return otherDateRe.MatchString(t) || otherLabelRe.MatchString(t)
}

// otherLabelRe is a label of the day of something the document announces
// or sets: a deadline, a closing or opening, a start or an end.
var otherLabelRe = regexp.MustCompile(`(?i)\b(?:deadlines?|due|closes?|closing|opens?|opening|expires?|expiry|starts?|begins?|ends?|launch(?:es)?)\s*:$`)

// revisedFooterRe is a footer's note of the last change to the text.
var revisedFooterRe = regexp.MustCompile(`(?i)^[\s(*_]*(?:this\s+(?:page|article|entry|document|text)\s+was\s+|(?:article|page)\s+(?:text\s+)?)?last\s+(?:revised|edited|updated|modified|reviewed|amended)\b`)

// headerWindow reports whether b stands where a header line may date the
// document: in the first few paragraphs of the document, or of a part
// under a heading or citation, before the story starts; a line that opens
// with its label ("Date:", "Filed", "Delivered") also under a longer
// letterhead (a court's name, citation, case number and address), and
// anywhere in the document's caption (see classify).
func headerWindow(b *block, near int, story, caption bool) bool {
	labelled := headerStartRe.MatchString(strings.Trim(b.text, "*_ \t"))
	return !story && (near < 4 || near < 8 && labelled) || caption && labelled
}

// prose reports whether a paragraph reads as the text of the document
// rather than a line of its caption: a sentence (see sentence), a line
// that introduces what follows ("Plaintiff Riverbend Orchards, LLC
// ("Riverbend") alleges as follows:"), a line of a dozen words or more,
// or a long paragraph. A party of a court's caption ("CASCADE COLD
// STORAGE, INC.,\nDefendant."), "v.", a case number and the title of a
// filing are none.
func prose(s string) bool {
	if len(s) > 320 {
		return true
	}
	if strings.Contains(s, ")") {
		// "STATE OF ARIZONA,      )\n  Plaintiff,     )   No. CR2021-004417":
		// a caption's column of brackets, and what stands right of it
		s = captionColRe.ReplaceAllString(s, "")
	}
	if sentence(s) {
		return !partyRe.MatchString(s)
	}
	words := 0
	for line := range strings.Lines(s) {
		n := len(strings.Fields(line))
		if n >= 12 && !caseNameRe.MatchString(line) {
			return true
		}
		words += n
	}
	return words >= 6 && strings.HasSuffix(strings.TrimRight(s, "*_ \t\n"), ":")
}

// proceedingsRe opens a court record's paragraph that says when the
// proceedings it reports were had: "REPORT OF PROCEEDINGS had at the
// trial ...", "Transcript of proceedings held before ...".
var proceedingsRe = regexp.MustCompile(`(?i)^[*_\s]*(?:(?:reporter'?s\s+|verbatim\s+)?(?:report|transcript|record)\s+of\s+(?:the\s+)?proceedings|proceedings)\s+(?:had|held|taken|heard|conducted)\b`)

// proceedingsDate sets b's date to the one day, with its year, that a
// court record's opening paragraph gives, and marks it as the day the
// words were said.
func proceedingsDate(b *block, dayFirst bool) bool {
	ds := findDates(b.text, dayFirst)
	if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec != timeline.Day {
		return false
	}
	b.date, b.stmt, b.made = ds[0], true, true
	return true
}

// heldLabelRe opens a meeting record's label of its day: "Held:".
var heldLabelRe = regexp.MustCompile(`(?i)^[*_]*held[*_]*\s*:`)

// placeLineRe is a line that names a place only: "Phoenix, Arizona",
// "Valletta, Malta", "LONDON".
var placeLineRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*$`)

// captionColRe matches the column of closing brackets down the right of
// a court's caption, with what stands right of it (the case number).
var captionColRe = regexp.MustCompile(`(?m)[ \t]{2,}\)[ \t]*[^\n]*$`)

// caseNameRe matches the name of a case on a line of its own, however
// long: "R (on the application of Coastal Communities Alliance) v
// Secretary of State for Environment, Food and Rural Affairs".
var caseNameRe = regexp.MustCompile(`^[^.]*\S\s+(?:v|vs|v\.|vs\.)\s+[A-Z(][^.]*\s*$`)

// partyRe matches a party of a court's caption, its role on the last line
// ("QUAYSIDE FUEL SUPPLY, LLC,\na Montana limited liability company,\nDefendant.").
var partyRe = regexp.MustCompile(`(?i)\n[ \t]*(?:(?:third[- ]party|counter|cross)[- ]?)?(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|claimants?|applicants?|intervenors?|debtors?|creditors?|relators?|movants?)(?:[- ](?:appellants?|appellees?|respondents?|petitioners?))?[.,;]?[ \t]*$`)

// looseWord reports whether t holds a word of letters that a header line
// does not: not one of headerWords or functionWords, nor a capitalized
// place or month.
func looseWord(t string) bool {
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		w := t[i:j]
		if f, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(f) && (j == len(t) || !isDigit(t[j])) && (i == 0 || !isDigit(t[i-1])) {
			lw := strings.ToLower(w)
			if !headerWords[lw] && !functionWords[lw] {
				return true
			}
		}
		i = j
	}
	return false
}

// letterhead reports whether s is a few short lines that name a court, an
// office or a case rather than tell a story ("IN THE HIGH COURT OF
// JUSTICE\nQUEEN'S BENCH DIVISION"): at most four lines of at most 80
// bytes, none ending a sentence, each in capitals or title case.
func letterhead(s string) bool {
	n := 0
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		n++
		if n > 4 || len(line) > 80 || line != "" && strings.ContainsAny(lastRune(line), ".!?;,") || looseWord(line) {
			return false
		}
	}
	return true
}

// capsHeadedTitle reports whether s, the document's first paragraph, is
// its title under its maker's name in capitals, the title perhaps long
// and in small letters ("MARINE ACCIDENT INVESTIGATION BRANCH¶REPORT ON
// THE INVESTIGATION OF the grounding of the general cargo vessel Nordic
// Tern (IMO 9321483) on the Haisborough Sand"): two or three lines, none
// ending as a sentence or a clause does, no story.
func capsHeadedTitle(s string) bool {
	n := strings.Count(s, "\n") + 1
	if n < 2 || n > 3 || len(s) > 320 {
		return false
	}
	first := true
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" || strings.ContainsAny(lastRune(line), ".!?;,:") {
			return false
		}
		if first && (strings.ToUpper(line) != line || !strings.ContainsFunc(line, unicode.IsLetter) || len(line) > 80) {
			return false
		}
		first = false
	}
	return true
}

// madeByLines reports whether s is two or three short lines, none ending
// a sentence, the last a name after "by" in small letters, perhaps with
// its letters and its office after a comma: a header's line of what was
// done, continued by who did it ("Site visit made on 11 October
// 2023¶by J Ferris BA(Hons) MRTPI, an Inspector appointed by the
// Secretary of State").
func madeByLines(s string) bool {
	n := strings.Count(s, "\n") + 1
	i := strings.LastIndexByte(s, '\n')
	if n > 3 || i < 0 || !strings.HasPrefix(s[i+1:], "by ") {
		return false
	}
	name, _, _ := strings.Cut(s[i+4:], ",")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	for line := range strings.Lines(s) {
		if line = strings.TrimSpace(line); len(line) > 100 || line != "" && strings.ContainsAny(lastRune(line), ".!?;:") {
			return false
		}
	}
	return true
}

// titledFields reports whether s is a short title line over two to six
// lines of fields, each a label and its value ("Claimant: Ms P Varga"),
// none ending a sentence.
func titledFields(s string) bool {
	title, rest, ok := strings.Cut(s, "\n")
	if title = strings.TrimSpace(title); !ok || len(title) > 80 || title == "" || strings.ContainsAny(lastRune(title), ".!?;:,") {
		return false
	}
	if n := strings.Count(rest, "\n") + 1; n < 2 || n > 6 || !fieldLines(rest) {
		return false
	}
	for line := range strings.Lines(rest) {
		if line = strings.TrimSpace(line); len(line) > 120 || strings.ContainsAny(lastRune(line), ".!?") {
			return false
		}
	}
	return true
}

// sentence reports whether s reads as a sentence of a story rather than a
// title: six words or more, and a full stop at the end.
func sentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(".!?…", r) {
		return false
	}
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			words++
		}
		in = !sp
	}
	return words >= 6
}

// boilerRe is the boilerplate of a press release, which is neither its
// title nor its story.
var boilerRe = regexp.MustCompile(`(?i)^[*_\s]*(?:printed\s+from\s+\S+\s+on\b.*|for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed\b.*|for\s+release\s+(?:on|at|after)\b.*|from\s+wikipedia,\s+the\s+free\s+encyclopedia)[*_.:\s]*$`)

// The words of a header line that dates a speech, an interview or a
// meeting: "Delivered 4 September 2017, Lisbon", "Conducted on 20 July
// 2019", "Meeting held on 7 May 2018", "Date: 7 May 2018", "Remarks as
// prepared for delivery, Geneva, 4 September 2017", "Transcript — 20 July
// 2019".
var (
	// headerStartRe is a word opening such a line.
	// A label naming the document's date ("Document date:", "Report
	// date:", "Effective date:") opens one too, and a press release's
	// own ("FOR IMMEDIATE RELEASE: 01/30/2025").
	headerStartRe = regexp.MustCompile(`(?i)^(?:for\s+(?:immediate\s+)?release\b|(?:delivered|conducted|held|recorded|started|begun|broadcast|aired|date|dated|remarks|transcript|minutes|speech|interview|meeting|statement|briefing|testimony|filed|decided|handed\s+down|written|issued|drafted|dictated|typed|shift)\b|sent\s*:|(?:tx|transmission)\s*:|(?:(?:judgment|judgement|decision|reasons)\s+)?sent\s+to\s+(?:the\s+)?parties\b|as\s+(?:of|at)\s*:|status\s+as\s+(?:of|at)\b|reporting\s+(?:month|period|date|week)\s*:|(?:document|report|issue|publication|release|version|revision|effective|approval|adoption|letter|memo|memorandum|paper|policy|notice)\s+date\s*:)`)
	// otherDateRe is a label of a date that is not the document's: a
	// person's birth, an incident's day, a review or an expiry to come
	// ("Date of birth: 3 May 1950", "Next review date: 1 June 2026"), or
	// the next meeting minutes announce ("Date of next meeting: 26 March
	// 2025", "Next meeting: 10 June 2019"), an event to come.
	otherDateRe = regexp.MustCompile(`(?i)^(?:date\s+of\s+(?:birth|death|incident|accident|injury|loss|expiry|expiration|review|next\s+review)|(?:date\s+of\s+)?(?:the\s+)?next\s+(?:meeting|session|sitting|hearing)|(?:next\s+)?review\s+date|due\s+date|expiry\s+date|expiration\s+date|closing\s+date|start\s+date|end\s+date)\b`)
	// happeningLabelRe is a label of a header line's date that names
	// something done to the matter (a listing, a registration, a
	// decision), not the page's own making or stamp ("Published:",
	// "Updated:"): "Date first listed:", "Listing date:", "Decision
	// Date:", "Date of decision:"), or a judgment's line of its sending
	// ("Sent to the parties on 30 September 2022"); so is a patient's
	// admission, discharge, operation or referral ("Date of admission:
	// 08/03/2024", "Operation date: Monday 7 October 2024"); and so is
	// the making of a contract that heads it ("Date of agreement: 18
	// April 2025", "Date of this Lease: 3 June 2019"), its signing.
	happeningLabelRe = regexp.MustCompile(`(?i)^(?:(?:date\s+(?:first\s+)?(?:listed|registered|designated|granted|awarded|applied|assigned|lodged)|date\s+of\s+(?:decision|listing|registration|designation|grant|award|application|assignment|admission|discharge|operation|surgery|procedure|referral)|date\s+of\s+(?:this\s+|the\s+)?(?:agreement|lease|underlease|sublease|tenancy|contract|deed|licen[cs]e|conveyance|mortgage)|(?:decision|listing|registration|designation|grant|award|application|admission|discharge|operation|surgery|procedure|referral)\s+date)\s*[:.]|(?:(?:judgment|judgement|decision|reasons)\s+)?sent\s+to\s+(?:the\s+)?parties\b)`)
	// datedFieldRe is a header's field "Dated:", and instrumentTitleRe
	// the title of a contract or a deed it may head ("TENANCY
	// AGREEMENT", "Lease", "Deed of Variation"): under such a title the
	// field is the day the contract was made.
	datedFieldRe      = regexp.MustCompile(`(?i)^[*_\s]*dated[*_]*\s*:`)
	instrumentTitleRe = regexp.MustCompile(`(?i)^[#*_\s]*(?:[\pL'’-]+\s+){0,4}(?:agreement|lease|underlease|sublease|contract|deed|licen[cs]e|conveyance|mortgage)(?:\s+of\s+[\pL'’ -]{1,40})?[*_\s]*$`)
	// signerDateRe is a signature's line, the signer and the date:
	// "Signed: J. Harper  Date: 14 May 2025". It is an event, who signs.
	signerDateRe = regexp.MustCompile(`(?i)^(?:signed|signature)\s*:\s*(?:/s/\s*)?\p{Lu}[^:\n]{1,40}?\s+dated?\s*:`)
	// headerWords are the words such a line may hold besides its date,
	// places (in capitals) and these.
	headerWords = map[string]bool{
		"delivered": true, "conducted": true, "held": true, "recorded": true, "broadcast": true, "aired": true,
		"date": true, "dated": true, "remarks": true, "transcript": true, "minutes": true, "speech": true,
		"interview": true, "meeting": true, "statement": true, "briefing": true, "testimony": true,
		"prepared": true, "delivery": true, "text": true, "full": true, "official": true,
		"filed": true, "decided": true, "handed": true, "down": true, "sent": true,
		"written": true, "issued": true, "drafted": true,
		"shift": true, "night": true, "into": true, // a log's: "Shift: Night, Saturday 8 March 2025 into Sunday 9 March 2025"
		"started": true, "begun": true, // a diary's first line: "Started on the plane, 3 February 2024."
		"live": true, "coverage": true, "blog": true, "updates": true, // a live page's: "Live coverage, Sunday 26 September 2021"
	}
	// headerAnyRe finds any of headerWords: a line without one is no
	// header line.
	headerAnyRe   = regexp.MustCompile(`(?i)\b(?:for\s+(?:immediate\s+)?release|delivered|conducted|held|recorded|started|begun|broadcast|aired|date|dated|remarks|transcript|minutes|speech|interview|meeting|statement|briefing|testimony|prepared|delivery|text|full|official|filed|decided|handed\s+down|sent|written|issued|drafted|dictated|typed|shift|reporting|as\s+(?:of|at)|live\s+(?:coverage|blog|updates)|tx|transmission)\b`)
	functionWords = map[string]bool{"as": true, "for": true, "on": true, "at": true, "in": true, "of": true, "the": true, "by": true, "and": true, "to": true, "a": true}
	// statementWords make the document a statement: its form is a speech,
	// an interview, a transcript or minutes.
	statementWords = map[string]bool{
		"delivered": true, "conducted": true, "recorded": true, "remarks": true, "transcript": true,
		"minutes": true, "speech": true, "interview": true, "meeting": true, "briefing": true,
		"testimony": true, "statement": true, "prepared": true,
	}
)

// headerDate reports whether b is a short line that dates the document it
// heads, and records the date: one date with its year, and around it
// either words that open such a line ("Delivered", "Conducted on",
// "Meeting held on", "Date:") or only the words of such lines and places.
// nightOf reports whether the two dates of line t are a day and the next,
// joined as a night's are ("Saturday 8 March 2025 into Sunday 9 March 2025",
// "8 March 2025 to 9 March 2025").
func nightOf(t string, a, b dateMatch) bool {
	if a.date.Prec != timeline.Day || b.date.Prec != timeline.Day || a.end > b.start {
		return false
	}
	at, ok1 := a.date.Time()
	bt, ok2 := b.date.Time()
	if !ok1 || !ok2 || !at.AddDate(0, 0, 1).Equal(bt) {
		return false
	}
	var gap []string
	for _, w := range strings.Fields(strings.ToLower(t[a.end:b.start])) {
		if _, ok := weekdayNames[strings.Trim(w, ",.")]; !ok {
			gap = append(gap, w)
		}
	}
	if len(gap) != 1 {
		return false
	}
	switch gap[0] {
	case "into", "to", "–", "-", "—", "until", "and":
		return true
	}
	return false
}

// deliveredRe opens a line telling when something was delivered.
var deliveredRe = regexp.MustCompile(`(?i)^[*_]*delivered\b`)

// fieldSepRe sets apart the fields of a header line that gives several:
// a line's end, two spaces or more, a bar, a middle dot.
var fieldSepRe = regexp.MustCompile(`\s*\n\s*|[ \t]{2,}|\s+[|·]\s+`)

// fieldRe is one such field: a short label, its colon, its value.
var fieldRe = regexp.MustCompile(`^\p{L}[\p{L}\d .'’/&()-]{0,30}:\s*\S`)

// fieldsDate reports whether b is a line (or two) of labelled fields
// ("**Revision:** C  **Date of issue:** 2 June 2025", "Ref: LP-0042 |
// Date: 3 May 2025")
// one of which, read alone, is a header line dating the document (see
// headerDate), and sets b's date as headerDate does.
func fieldsDate(b *block, dayFirst bool) bool {
	if !strings.Contains(b.text, ":") {
		return false
	}
	seps := fieldSepRe.FindAllStringIndex(b.text, 6)
	if len(seps) == 0 || len(seps) > 5 {
		return false
	}
	var found *block
	off := 0
	for k := 0; k <= len(seps); k++ {
		end := len(b.text)
		if k < len(seps) {
			end = seps[k][0]
		}
		f := b.text[off:end]
		if !fieldRe.MatchString(f) || len(strings.Fields(f)) > 10 {
			return false
		}
		if len(findDates(f, dayFirst)) > 0 {
			tmp := &block{text: f, lines: 1}
			if found != nil || !headerDate(tmp, dayFirst) {
				return false
			}
			tmp.date.start += off
			tmp.date.end += off
			found = tmp
		}
		if k < len(seps) {
			off = seps[k][1]
		}
	}
	if found == nil {
		return false
	}
	b.date, b.stmt, b.happening, b.made = found.date, found.stmt, found.happening, found.made
	return true
}

func headerDate(b *block, dayFirst bool) bool {
	t := strings.Trim(b.text, "*_ \t\n")
	if !strings.ContainsAny(t, "0123456789") || !headerAnyRe.MatchString(t) || otherDateRe.MatchString(t) {
		return false
	}
	start := headerStartRe.MatchString(t)
	// "As of 24 October 2024, 8:00 a.m. PHT": a situation report's line
	// of the moment it tells, without the colon of "As of:" — only the
	// date right after the words and its time and zone (see asOfTail),
	// for "As of 1 March 2024, the firm employs 500 people" is a sentence.
	asOf := !start && asOfRe.MatchString(t)
	if !start && !asOf && looseWord(t) && !datedEndRe.MatchString(t) {
		return false // the quick test before the dates are read
	}
	ds := findDates(t, dayFirst)
	if len(ds) == 2 && start && nightOf(t, ds[0], ds[1]) {
		// "Shift: Night, Saturday 8 March 2025 into Sunday 9 March 2025":
		// a log of a night, dated by the day it began
		ds = ds[:1]
	}
	if len(ds) != 1 || ds[0].noYear {
		return false
	}
	d := ds[0]
	if asOf {
		if m := asOfRe.FindStringIndex(t); m[1] != d.start || !asOfTail(t[d.end:]) {
			return false
		}
		start = true
	}
	if m := headerStartRe.FindStringIndex(t); m != nil && m[1] <= d.start {
		// "Issued for the meeting scheduled for 4 April 2025": the date
		// of what the document was made for, not the document's
		if gap := strings.TrimSpace(t[m[1]:d.start]); strings.HasPrefix(strings.ToLower(gap), "for ") && dateOfAnother(gap) {
			return false
		}
	}
	if lt := strings.ToLower(t); (strings.HasPrefix(lt, "started") || strings.HasPrefix(lt, "begun")) && !endsLine(t[d.end:]) {
		return false // "Started on 3 March 2024, the project has grown": a sentence, not a diary's first line
	}
	if start && clauseAfter(t[d.end:]) {
		return false // "Recorded in March 2024, the album sold well.": a sentence of the album
	}
	if strings.HasPrefix(strings.ToLower(t), "delivered") && looseWord(timeRe.ReplaceAllString(t[d.end:], " ")) {
		// "Delivered on Wednesday, 11/06/2024 at 10:47 AM, left at front
		// door.": a parcel's delivery, told as a sentence; a speech's line
		// names no more than the place after its day ("Delivered 2
		// October 2016, Valletta")
		return false
	}
	lead := t[:d.start]
	if f := strings.Fields(lead); len(f) > 0 {
		// "held on Tuesday 14 January 2025": the weekday is the day's,
		// no word of the line's own
		if _, ok := weekdayNames[strings.ToLower(strings.Trim(f[len(f)-1], ",."))]; ok {
			lead = strings.TrimRight(strings.TrimRight(lead, " \t,"), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
		}
	}
	rest := timeRe.ReplaceAllString(lead+" "+t[d.end:], " ")
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	if len(words) > 14 {
		return false
	}
	if willBeforeRe.MatchString(t[:d.start]) {
		// "Meeting No. 38 will take place on 4 December 2024 at 15:00
		// CET.": a sentence of a meeting to come, not the line dating
		// the record
		return false
	}
	stmt, key := false, false
	loose := false // a word neither of header lines nor a place
	for _, w := range words {
		lw := strings.ToLower(w)
		stmt = stmt || statementWords[lw]
		key = key || headerWords[lw]
		r, _ := utf8.DecodeRuneInString(w)
		if !headerWords[lw] && !functionWords[lw] && !unicode.IsUpper(r) {
			loose = true
		}
	}
	switch {
	case start && d.start <= 60 && len(t)-d.end <= 60:
	case start && d.start <= 30 && headTail(t[d.end:]):
		// "Recorded 19 February 2025. Host: Priya Menon. Guest: Dmitri
		// Holloway, former chief engineer.": the date follows the word
		// that opens the line, and the rest is set apart from it.
	case key && !loose && len(words) <= 8:
	case len(words) <= 12 && strings.TrimSpace(t[d.end:]) == "" && datedTailRe.MatchString(t[:d.start]):
		// "Electoral Integrity Observatory — Desk review dated 10 August
		// 2020": what the document is, dated at its end
	default:
		return false
	}
	// The offsets index b.text, of which t is a trimmed part.
	off := strings.Index(b.text, t)
	d.start += off
	d.end += off
	if heldLabelRe.MatchString(t) {
		stmt = true // "**Held:** 15 February 2024, 6:00 pm, Boardroom B": a meeting's record
	}
	b.date, b.stmt = d, stmt
	b.happening = happeningLabelRe.MatchString(t) || signerDateRe.MatchString(t)
	var ignore bool
	label, _ := dateLabel(t[:d.start-off], &ignore)
	b.made = label == madeLabel
	return true
}

// willBeforeRe finds a verb of the future before a header line's date.
var willBeforeRe = regexp.MustCompile(`(?i)\b(?:will|shall)\s+(?:be\s+|now\s+)?(?:take|held|meet|convene|start|begin|open|resume)\b`)

// The kinds of the dates of a header line that gives several: when its
// words were made (said, written, signed, filed), when they were
// published, when they were revised.
const (
	unlabelled = iota
	madeLabel
	publishedLabel
	updatedLabel
)

// dateLabels are the words that say which date of a header line is which.
var dateLabels = map[string]int{
	"recorded": madeLabel, "delivered": madeLabel, "conducted": madeLabel, "held": madeLabel,
	"written": madeLabel, "drafted": madeLabel, "dated": madeLabel, "date": madeLabel,
	"filed": madeLabel, "decided": madeLabel, "sent": madeLabel, "prepared": madeLabel,
	"started": madeLabel, "begun": madeLabel, // a diary or a journal
	"taped": madeLabel, "filmed": madeLabel, "signed": madeLabel, "down": madeLabel, // handed down
	"judgment": madeLabel, "judgement": madeLabel, "decision": madeLabel, // Date of judgment:
	"dictated": madeLabel, "typed": publishedLabel, // a letter's "Dictated: 3 July 2023   Typed: 6 July 2023"
	"published": publishedLabel, "released": publishedLabel, "issued": publishedLabel,
	"posted": publishedLabel, "broadcast": publishedLabel, "aired": publishedLabel,
	"uploaded": publishedLabel, "premiered": publishedLabel,
	"presented": publishedLabel, "laid": publishedLabel, // "Presented to the Legislature, 22 January 2026"
	"updated": updatedLabel, "revised": updatedLabel, "modified": updatedLabel,
	"amended": updatedLabel, "edited": updatedLabel,
}

// madeAnyRe finds a label of a day words were made (see dateLabels): a
// line without one is no line madeDate reads.
var madeAnyRe = func() *regexp.Regexp {
	var words []string
	for w, label := range dateLabels {
		if label == madeLabel {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(words, "|") + `)\b`)
}()

// labelFillers are the other words of such labels ("first published",
// "handed down", "Date of hearing:", "Argued and submitted").
var labelFillers = map[string]bool{
	"first": true, "last": true, "originally": true, "handed": true,
	"hearing": true, "hearings": true, "argued": true, "submitted": true, "heard": true,
}

// madeDate reports whether b is a header line giving several dates, each
// after its label ("Recorded 9 April 2024. Released 11 April 2024.",
// "Delivered 2 October 2016 · Published 4 October 2016"), one of them the
// day its words were made, and records that one, the first such. That day
// is the reference of what the words say: "last week" in a podcast is the
// week before the hosts said it, not the week before the episode came out,
// and "today" in a speech is the day it was delivered. A line whose dates
// are all published or updated ones is a published line (see pubLineAt).
func madeDate(b *block, dayFirst bool) bool {
	t := strings.Trim(b.text, "*_ \t\n")
	if !strings.ContainsAny(t, "0123456789") || !madeAnyRe.MatchString(t) {
		return false
	}
	ds := findDates(t, dayFirst)
	if len(ds) < 2 || len(ds) > 4 {
		return false
	}
	best, stmt := -1, false
	from := 0
	for i, d := range ds {
		label, ok := dateLabel(t[from:d.start], &stmt)
		if !ok || i == 0 && d.start > 60 {
			return false
		}
		if label == madeLabel && best < 0 && !d.noYear {
			best = i
		}
		from = d.end
	}
	if best < 0 {
		return false
	}
	if tail := t[from:]; !headTail(tail) {
		if _, ok := dateLabel(tail, &stmt); !ok {
			return false
		}
	}
	d := ds[best]
	off := strings.Index(b.text, t)
	d.start += off
	d.end += off
	b.date, b.stmt, b.made = d, stmt, true
	return true
}

// dateLabel reads the part of a header line before one of its dates
// ("Recorded ", ". Released on ", " · first published "): the kind of the
// label standing right before the date, and false when the part holds a
// word that no header line does (see looseWord), so that the line is a
// sentence. It sets *stmt when a word makes the document a statement.
func dateLabel(s string, stmt *bool) (int, bool) {
	s = timeRe.ReplaceAllString(s, " ")
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	for _, w := range words {
		lw := strings.ToLower(w)
		*stmt = *stmt || statementWords[lw]
		r, _ := utf8.DecodeRuneInString(w)
		if dateLabels[lw] == unlabelled && !headerWords[lw] && !functionWords[lw] && !labelFillers[lw] && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return unlabelled, false
		}
	}
	// The label is the last word but for a place between ("Recorded in
	// Leeds on", "Recorded at Studio 4,").
	for k := len(words) - 1; k >= 0; k-- {
		lw := strings.ToLower(words[k])
		if lw == "date" && k > 0 && appliesFrom[strings.ToLower(words[k-1])] {
			// "Effective date: 1 April 2025": the day the terms apply
			// from, often after they were written, not that day
			return unlabelled, true
		}
		if label := dateLabels[lw]; label != unlabelled || !functionWords[lw] && !placeWord(words[k]) {
			return label, true
		}
	}
	return unlabelled, true
}

// appliesFrom are the words that make "date" the day a document takes
// effect: "Effective date", "Commencement date".
var appliesFrom = map[string]bool{"effective": true, "commencement": true, "operative": true, "implementation": true}

// placeWord reports whether w may be a word of a place's name: it starts
// with a capital or a digit.
func placeWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// headTail reports whether s, what follows the date of a header line,
// is set apart from it (". Host: ...", ", former chief engineer", " ·
// Lisbon") rather than continuing a sentence ("by the outgoing Harbour
// Master to ...").
func headTail(s string) bool {
	s = timeRe.ReplaceAllString(s, "")
	s = strings.TrimLeft(s, "*_")
	if strings.TrimSpace(s) == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(".,;·|—–(", r)
}

// isQuotation reports whether b is a quotation: a quote block or a
// paragraph wholly in quotation marks.
func isQuotation(b *block) bool {
	return b.kind == quoteBlock || b.kind == paraBlock && b.role == noRole && isQuoted(b.text)
}

func isQuoted(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(s)
	r1, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(quoteOpen, r0) && strings.ContainsRune(quoteClose, r1)
}

// pubLine reports whether b is a "Published: ..." or "Updated: ..." line
// and records its date: the publication date when the line gives both.
func pubLine(b *block, dayFirst bool) bool {
	return pubLineAt(b, dayFirst, false)
}

// cutMasthead splits a masthead at the first separator after the paper's
// name: a comma, a dot or a bar ("Thornbury Courier, Friday 27 November
// 2026", "The Southern Courier* · Sunday 9 February 2020").
func cutMasthead(s string) (name, rest string, ok bool) {
	for _, sep := range [...]string{", ", " · ", " | "} {
		if name, rest, ok = strings.Cut(s, sep); ok && !strings.Contains(name, ",") {
			return name, rest, true
		}
	}
	return "", "", false
}

// mastheadZoneRe is what may stand about a masthead's day besides its
// weekday: the dots or bars between its parts, the hour and its zone ("
// · 7.15am AEDT").
var mastheadZoneRe = regexp.MustCompile(`(?i:\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?)|[·|]|\b[A-Z]{2,4}T\b|\b(?:UTC|GMT|IST)\b`)

// pubLineAt is pubLine; head says that b stands in the document's header,
// where the word may come after other parts of the line, each place it
// stands tried ("Booking ref HX-2207 · Prepared for: the Okafor family (2
// adults, 2 children) · Issued 3 March 2025"), and where a line naming the
// document may end with its publication after a comma ("House of Commons
// Library briefing, published 6 June 2024").
func pubLineAt(b *block, dayFirst, head bool) bool {
	s := b.text
	if head {
		// "*Thornbury Courier, Friday 27 November 2026*": a paper's
		// masthead, its name and the day of the issue; its parts may
		// stand between dots or bars, the hour and its zone after the
		// day ("*The Southern Courier* · Sunday 9 February 2020 · 7.15am
		// AEDT")
		if name, rest, ok := cutMasthead(strings.Trim(s, "*_ \t")); ok && namePart(name) && len(strings.Fields(name)) <= 5 {
			outlet := false
			for _, w := range strings.Fields(strings.ToLower(name)) {
				outlet = outlet || outletWords[strings.Trim(w, "*_")]
			}
			if ds := findDates(rest, dayFirst); outlet && len(ds) == 1 && !ds[0].noYear && ds[0].date.Prec >= timeline.Day {
				if _, ok := onlyWeekday(timeRe.ReplaceAllString(mastheadZoneRe.ReplaceAllString(rest[:ds[0].start]+" "+rest[ds[0].end:], " "), " ")); ok {
					at := strings.Index(s, rest)
					d := ds[0]
					d.start += at
					d.end += at
					b.date, b.pubWin = d, true
					return true
				}
			}
		}
	}
	if head {
		// "Third edition, July 2012": a book's or a guide's line of the
		// edition it is and when that came out
		if d, ok := editionLine(s, dayFirst); ok {
			b.date, b.pubWin = d, true
			return true
		}
	}
	if !mayPublish(s) {
		return false
	}
	readAt := func(at int) (dateMatch, bool) {
		rest := s[at:]
		// "Published by the Water Trust, Nairobi, 18 May 2023": the
		// publisher may come between, with the date ending the line
		by := len(rest) > 3 && strings.EqualFold(rest[:3], "by ")
		for _, d := range findDates(rest, dayFirst) {
			if d.noYear {
				continue
			}
			// The date must follow the word closely.
			if d.start > 40 && !(by && d.start <= 100 && endsLine(rest[d.end:])) {
				break
			}
			if dateOfAnother(rest[:d.start]) || dayListRe.MatchString(rest[:d.start]) {
				break // (nor "Published 3, 10 and 17 January 1875.": the days of what was published, not the page's one day)
			}
			d.start += at
			d.end += at
			return d, true
		}
		return dateMatch{}, false
	}
	read := func(re *regexp.Regexp) (dateMatch, bool) {
		n := 1
		if head {
			n = 4 // in the header, the word may stand after other parts
		}
		for _, m := range re.FindAllStringIndex(s, n) {
			if d, ok := readAt(m[1]); ok {
				return d, true
			}
		}
		return dateMatch{}, false
	}
	if m := embargoRe.FindStringIndex(s); m != nil {
		// "EMBARGO: Not for publication before 00:01 BST Thursday 10
		// July 2025": the release is published when its embargo ends
		// (not "Embargo: EU extends arms ban until 1 March 2026", a
		// headline, whose words between are no time of day)
		at := m[1] + len(embargoFillRe.FindString(s[m[1]:]))
		if d, ok := readAt(at); ok && strings.TrimSpace(s[at:d.start]) == "" {
			rest, _, _ := strings.Cut(s[d.end:], "\n")
			if endsLine(rest) {
				b.date, b.pubWin = d, true
				return true
			}
		}
	}
	if d, ok := read(pubRe); ok && !releaseTold(s, d) {
		b.date, b.pubWin = d, true
		return true
	}
	if head {
		// "Almanac page compiled by the reference desk. Published 14
		// February 2025.": a sentence about the page, then its
		// publication, the date ending the line
		if m := pubStopRe.FindStringIndex(s); m != nil {
			if d, ok := readAt(m[1]); ok && endsLine(s[d.end:]) {
				b.date, b.pubWin = d, true
				return true
			}
		}
		// "*Announced 3 November 2025*": a call's or a notice's line of
		// its announcement, alone on its line in the header (not
		// "Announced on 12 May, the policy takes effect in June", a
		// sentence)
		if m := announcedRe.FindStringIndex(s); m != nil {
			if d, ok := readAt(m[1]); ok && strings.Trim(s[d.end:], "*_ .") == "" {
				b.date, b.pubWin = d, true
				return true
			}
		}
		// "Press Freedom Network — brief. Last updated 4 October 2020.":
		// the same with its update; a log's last entry is its update
		// ("Maintained by Owen Pryce. Last entry 11 February 2025.")
		if m := updStopRe.FindStringIndex(s); m != nil {
			if d, ok := readAt(m[1]); ok && endsLine(s[d.end:]) {
				b.date = d
				return true
			}
		}
		// "House of Commons Library briefing, published 6 June 2024": a
		// line naming the document, its publication closing it.
		if m := pubAfterRe.FindStringIndex(s); m != nil && namePart(s[:m[0]]) {
			if d, ok := readAt(m[1]); ok && endsLine(s[d.end:]) && !toldPublished(s[m[1]:d.start], s[d.end:]) {
				b.date, b.pubWin = d, true
				return true
			}
		}
	}
	if head {
		// "Leaflet published 2 April 2023": a line naming the document
		// in a few words, its publication closing it (not "The report
		// was published on 2 April 2023", a sentence)
		if m := pubNamedRe.FindStringSubmatchIndex(s); m != nil && docName(s[m[2]:m[3]]) {
			// The date follows the label, a weekday at most between: "The
			// Ministry published its consultation response on 22 May
			// 2024." is a sentence of what was published, not a label.
			if d, ok := readAt(m[1]); ok && endsLine(s[d.end:]) && d.date.Prec >= timeline.Day && labelGap(s[m[1]:d.start]) {
				b.date, b.pubWin = d, true
				return true
			}
		}
		// "What's on, July 2025 (posted Tuesday 1 July 2025)": a line
		// naming the document (perhaps with the month its issue covers),
		// its publication in brackets closing it.
		if k := strings.LastIndexByte(s, '('); k > 0 {
			if m := pubParenRe.FindStringIndex(s[k:]); m != nil && nameLine(s[:k]) {
				if d, ok := readAt(k + m[1]); ok && strings.Trim(s[d.end:], "*_ .") == ")" {
					b.date, b.pubWin = d, true
					return true
				}
			}
		}
	}
	// "Last updated 14/12/2017, first published 13/12/2017": a line that
	// opens with its update names the publication after a comma.
	if m := updRe.FindStringIndex(s); m != nil && strings.TrimLeft(s[:m[0]], "*_ \t") == "" {
		if d, ok := read(pubAfterRe); ok {
			b.date, b.pubWin = d, true
			return true
		}
	}
	if d, ok := read(updRe); ok {
		b.date = latestListed(s, d, dayFirst)
		return true
	}
	return false
}

// pubNamedRe opens a header line of a document's name in a few words and
// its publication, with no comma between: "Leaflet published 2 April
// 2023", "Guide first printed on 3 May 2019". Group 1 is the name.
var pubNamedRe = regexp.MustCompile(`^[*_]{0,2}(\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,3})\s+(?:[Ff]irst\s+)?(?:[Pp]ublished|[Pp]rinted|[Ii]ssued)(?:\s+(?:on|in))?\s*[:\-–—]?\s*`)

// docName reports whether s, the words before "published" on a header
// line (see pubNamedRe), may name a document: no word of a clause (an
// auxiliary, a pronoun, an adverb of time) among them.
func docName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
			"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "not", "never", "also", "then", "just", "recently", "only", "once", "later", "and", "or", "but":
			return false
		}
	}
	return true
}

// labelGap reports whether s, the words between a label of a header
// line and its date, are no more than a label's: nothing, or a weekday
// ("Leaflet published Tuesday 2 April 2023"), not the object of a
// sentence ("published its consultation response on").
func labelGap(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := weekdayNames[strings.ToLower(w)]; !ok {
			return false
		}
	}
	return true
}

// editionRe opens a line of a book's edition and its date: "Third
// edition, July 2012", "2nd edition: March 2019", "Revised edition
// (published June 2004)".
var editionRe = regexp.MustCompile(`(?i)^[*_]{0,2}(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|new|revised|updated|expanded|enlarged)\s+)+(?:edition|impression|printing)\s*(?:[,:\-–—(]\s*|\s)(?:(?:first\s+)?(?:published|printed|issued)\s+)?(?:(?:on|in)\s+)?`)

// editionLine reports whether s is a line of its document's edition and
// the day or month it came out (see editionRe), nothing after the date
// but a closing bracket or a stop, and returns that date.
func editionLine(s string, dayFirst bool) (dateMatch, bool) {
	m := editionRe.FindStringIndex(s)
	if m == nil {
		return dateMatch{}, false
	}
	ds := findDates(s[m[1]:], dayFirst)
	if len(ds) != 1 || ds[0].start != 0 || ds[0].noYear || ds[0].date.Prec < timeline.Month || strings.Trim(s[m[1]+ds[0].end:], "*_ .)") != "" {
		return dateMatch{}, false
	}
	d := ds[0]
	d.start += m[1]
	d.end += m[1]
	return d, true
}

// dayListRe is the days of a list before its last day, which holds the
// month: "3, 10 and " of "3, 10 and 17 January 1875".
var dayListRe = regexp.MustCompile(`(?i)^\s*(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*(?:,\s*)?(?:and|&|,)\s*$`)

// announcedRe opens a header line giving the day a call or a notice was
// announced: "*Announced 3 November 2025*", "Announced on: 3 Nov 2025".
var announcedRe = regexp.MustCompile(`(?i)^[*_]{0,2}(?:first\s+)?announced(?:\s+on)?\s*[:\-–—]?\s*`)

// releaseTold reports whether the "Released on" that opens s, its date
// d, is a sentence of a release's notes with more said after it in the
// paragraph ("Released on 2024-11-05. This release fixes CVE-2024-52011.",
// "Released on November 5, 2024, this version fixes two bugs."): the
// release is told, an event, and the text goes on; no line of the page's
// publication.
//
// So is a participle phrase of its month or day that opens a sentence
// before its subject ("Released in March 2024, the album sold well.",
// "Published on 3 May 1921, the novel ..."): what was released is the
// subject that follows the comma, an article's or a pronoun's, not the
// page ("Published 3 May 2024, updated 5 May 2024" stays the page's).
func releaseTold(s string, d dateMatch) bool {
	head := strings.ToLower(strings.TrimLeft(s[:d.start], "*_ \t"))
	if strings.HasPrefix(head, "released on ") {
		rest := strings.TrimLeft(s[d.end:], "*_ .,;")
		return len(strings.Fields(rest)) >= 3
	}
	return toldParticipleRe.MatchString(head) && clauseAfter(s[d.end:])
}

// clauseAfter reports whether what follows the date of a line's opening
// participle is a clause of its own after a comma, its subject an
// article's, a determiner's or a pronoun's ("Recorded in March 2024, the
// album sold well."): the line is a sentence telling of that thing, no
// header line ("Recorded 9 April 2024, Studio 4", "Delivered 2 October
// 2016, the Hague, Netherlands" stay).
func clauseAfter(rest string) bool {
	r, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	f := strings.Fields(r)
	if len(f) < 3 || !subjectOpeners[strings.ToLower(f[0])] || whenAfterWords[strings.ToLower(f[1])] {
		return false
	}
	return !strings.ContainsAny(f[0]+f[1]+f[2], ",;:()")
}

// whenAfterWords, after an article, say when rather than open a subject:
// "Conducted on 11 August 2018, a week before the light was automated",
// "..., the day after the vote".
var whenAfterWords = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "fortnight": true, "month": true, "months": true,
	"year": true, "years": true, "hour": true, "hours": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "eve": true, "same": true, "very": true, "time": true, "moment": true,
}

// toldParticipleRe is the participle of a release and its preposition
// before a date that opens a sentence: "Released in ", "First published
// on ".
var toldParticipleRe = regexp.MustCompile(`^(?:first\s+)?(?:released|published|issued)\s+(?:on|in)\s+$`)

// subjectOpeners are the words that open a clause's subject: an article,
// a determiner or a personal pronoun ("the album", "her debut", "it").
var subjectOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true,
	"it": true, "he": true, "she": true, "they": true, "we": true,
}

// pubParenRe opens a bracket that gives a document's publication:
// "(posted Tuesday 1 July 2025)", "(first published 3 May 2024)".
var pubParenRe = regexp.MustCompile(`(?i)^\(\s*(?:first\s+|originally\s+)?(?:published|posted)(?:\s+(?:on|at))?\s*[:\-–—]?\s*`)

// nameLine reports whether s, what stands before a bracket closing a
// header line, names a document as a title does, with a date in it or
// not ("What's on, July 2025"): a few words on one line, no sentence.
func nameLine(s string) bool {
	s = strings.Trim(s, "*_ \t")
	return s != "" && !strings.ContainsAny(s, "\n!?()") && !strings.Contains(s, ". ") && len(strings.Fields(s)) <= 12
}

// toldPublished reports whether the publication closing a line is told
// as a sentence tells it, of another thing: the month after "in" and the
// line ending with a full stop ("The new rules supersede the old
// handbook, published in December 2022."), not a name line's own
// ("Harbour Library briefing, published 6 June 2024").
func toldPublished(between, after string) bool {
	w := strings.ToLower(strings.TrimSpace(between))
	return (w == "in" || w == "during") && strings.TrimRight(strings.TrimLeft(after, "*_"), " \t\r\n") == "."
}

// latestListed returns, of the dates listed after the label of an update
// (d the first), the latest: "Revised: 11/03/2021; 09/14/2023" was last
// revised on the second. The list's dates are set apart by a semicolon, a
// comma or "and" alone.
func latestListed(s string, d dateMatch, dayFirst bool) dateMatch {
	best := d
	for _, o := range findDates(s[d.end:], dayFirst) {
		o.start += d.end
		o.end += d.end
		if gap := strings.TrimSpace(s[d.end:o.start]); o.noYear || gap != ";" && gap != "," && gap != "and" && gap != ", and" {
			break
		}
		if timeline.Compare(o.date, best.date) > 0 {
			best = o
		}
		d = o
	}
	return best
}

// dateOfAnother reports whether the words between a publishing verb and
// a date tie the date to something else than the document: "Prepared for
// the final hearing listed for 10–13 March 2025" dates the hearing, "Issued
// for the meeting on 4 April" the meeting. So do a participle or an
// adjective of planning ("listed", "scheduled", "due"), and a purpose
// ("for ...") run on into the date without a break ("Prepared for the
// Board, 3 March 2025" is the document's date).
func dateOfAnother(gap string) bool {
	lw := strings.ToLower(strings.TrimSpace(gap))
	for _, w := range strings.Fields(lw) {
		if plannedWords[strings.Trim(w, ",;:()")] {
			return true
		}
	}
	if !strings.HasPrefix(lw, "for ") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(lw)
	return !strings.ContainsRune(",;:·|—–(", r)
}

// plannedWords tie a date that follows them to a happening they name
// ("the hearing listed for", "the meeting scheduled for").
var plannedWords = map[string]bool{
	"listed": true, "scheduled": true, "fixed": true, "set": true, "due": true, "planned": true,
	"expected": true, "booked": true, "arranged": true, "adjourned": true, "held": true, "takes": true, "taking": true,
}

// namePart reports whether s, the part of a line before ", published
// ...", names a document rather than tells a story: a few words, no
// sentence ending among them, no date.
func namePart(s string) bool {
	s = strings.Trim(s, "*_ \t")
	if s == "" || strings.ContainsAny(s, "\n!?") || strings.Contains(s, ". ") || len(strings.Fields(s)) > 12 {
		return false
	}
	return len(findDates(s, false)) == 0
}

// listingDates finds the lines of a listing's events: under each of two
// headings or more (the page's title aside), a line holding nothing but
// a day, perhaps with its weekday and time ("## Summer Ceilidh¶Friday
// 29/05/2026, 7.30pm¶Round off the season ..."), or a span between two
// days ("## Cinderella¶Fri 28 Nov 2025 – Sun 4 Jan 2026."). Such a line is
// the day of the event the heading names, not the date the page was
// written. A span is so under one heading too, for no post is dated by
// one; a lone day line with nothing else under its heading is so when a
// line of the page's header has dated the page ("Updated 28 July 2025"):
// the map holds those with false (see classify).
func listingDates(blocks []*block, dayFirst bool) map[int]bool {
	var ks []int
	var spans, lone []bool
	for k, b := range blocks {
		if k == 0 || blocks[k-1].kind != headingBlock || k-1 == 0 && blocks[0].level <= 1 || b.kind != paraBlock || b.table || b.lines != 1 || len(b.text) >= 100 {
			continue // (the title's date line is the page's)
		}
		if !strings.ContainsAny(b.text, "0123456789") {
			continue
		}
		tmp := &block{text: listClockRe.ReplaceAllString(b.text, " ")} // ("7.30pm" is no day)
		span := spanOnly(tmp.text, dayFirst)
		if span || dateOnly(tmp, dayFirst) && tmp.date.date.Prec >= timeline.Day {
			ks = append(ks, k)
			spans = append(spans, span)
			lone = append(lone, k+1 == len(blocks) || blocks[k+1].kind == headingBlock)
		}
	}
	if len(ks) == 0 {
		return nil
	}
	m := make(map[int]bool, len(ks))
	for i, k := range ks {
		switch {
		case len(ks) >= 2 || spans[i]:
			m[k] = true
		case lone[i]:
			m[k] = false
		}
	}
	return m
}

// spanOnly reports whether s holds nothing but a span between two dates,
// perhaps with their weekdays: "Fri 28 Nov 2025 – Sun 4 Jan 2026.", "From
// 12 December 2025 to 3 January 2026". The end gives its year.
func spanOnly(s string, dayFirst bool) bool {
	ds := findDates(s, dayFirst)
	if len(ds) != 2 || ds[1].noYear || ds[0].date.Prec < timeline.Month || ds[1].date.Prec < timeline.Month {
		return false
	}
	word := func(w string) bool {
		_, ok := weekdayNames[strings.ToLower(w)]
		return ok
	}
	notSep := func(r rune) bool { return r != ' ' && r != '\t' && r != ',' }
	for _, w := range strings.FieldsFunc(s[:ds[0].start], func(r rune) bool { return !notSep(r) }) {
		if !word(w) && !strings.EqualFold(w, "from") {
			return false
		}
	}
	joins := 0
	for _, w := range strings.FieldsFunc(s[ds[0].end:ds[1].start], func(r rune) bool { return !notSep(r) }) {
		switch strings.ToLower(w) {
		case "–", "—", "-", "--", "to", "until", "till", "through", "thru":
			joins++
		default:
			if !word(w) {
				return false
			}
		}
	}
	if joins != 1 {
		return false
	}
	for _, w := range strings.FieldsFunc(s[ds[1].end:], func(r rune) bool { return !notSep(r) }) {
		if !word(strings.TrimRight(w, ".")) && strings.Trim(w, ".") != "" {
			return false
		}
	}
	return true
}

// dateOnly reports whether b holds nothing but a date (with perhaps a
// weekday, a time and a zone), as article pages print under a headline.
func dateOnly(b *block, dayFirst bool) bool {
	return dateOnlyAt(b, b.text, 0, dayFirst)
}

// labelDateRe is a line that names what the page is of and then its day:
// "Championship, Tuesday 10 February 2026." (a match's competition).
var labelDateRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|the|and)){0,4}),\s+([^.]{8,40}\d{4})\.(?:\s|$)`)

// labelDateLine reports whether block b opens with a label and a full day
// (see labelDateRe), the rest of it at most a short sentence of a time
// and a place; it sets b.date to the day.
func labelDateLine(b *block, dayFirst bool) bool {
	m := labelDateRe.FindStringSubmatchIndex(b.text)
	if m == nil || outletWords[strings.ToLower(b.text[m[2]:m[3]])] {
		return false
	}
	if rest := strings.TrimSpace(b.text[m[1]:]); len(rest) > 80 || strings.Count(rest, ". ") > 0 {
		return false
	}
	return dateOnlyAt(b, b.text[m[4]:m[5]], m[4], dayFirst) && b.date.date.Prec >= timeline.Day
}

// signoffDateRe is a sign-off's date line: "Date: February 12, 2025",
// "Dated: 3 March 2025".
var signoffDateRe = regexp.MustCompile(`(?i)^[*_]*dated?[*_]*\s*:[*_]*\s*(.+?)[*_]*\s*$`)

// signoffRe finds what a sign-off holds: a heading "SIGNATURE(S)", an
// electronic signature ("/s/ Jane Doe"), a signatory's "By:".
var signoffRe = regexp.MustCompile(`(?i)\bsignatures?\b|/s/|^\s*by\s*:`)

// signoffDate reports whether block k, b, is the date line of a sign-off
// (see signoffDateRe) with one of the three blocks before it a part of the
// sign-off (see signoffRe), and sets b.date to its date.
func signoffDate(blocks []*block, k int, b *block, dayFirst bool) bool {
	m := signoffDateRe.FindStringSubmatchIndex(b.text)
	if m == nil {
		return false
	}
	ds := findDates(b.text[m[2]:m[3]], dayFirst)
	if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec < timeline.Day || ds[0].start != 0 || ds[0].end != m[3]-m[2] {
		return false
	}
	near := false
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if signoffRe.MatchString(blocks[j].text) {
			near = true
			break
		}
	}
	if !near {
		return false
	}
	d := ds[0]
	d.start += m[2]
	d.end += m[2]
	b.date = d
	return true
}

// titleLineDay reports whether the first line of block b is a title that
// ends with its day (see titleEndDay), and sets b.date to it.
func titleLineDay(b *block) bool {
	line, rest, _ := strings.Cut(b.text, "\n")
	d, ok := titleEndDay(line, false)
	if !ok {
		return false
	}
	if rest != "" && len(tempex.Tag(rest, tempex.Options{Ref: d})) > 0 {
		return false // (a paragraph of story under it: see splitTitleDay)
	}
	t := strings.TrimRight(strings.TrimRight(line, " \t*_"), ".")
	ds := findDates(t, false)
	if len(ds) != 1 || ds[0].date != d {
		return false
	}
	b.date = ds[0]
	return true
}

// lastLineDate reports whether block b is a header of short lines, none
// a sentence, whose last line holds only a date (a weather bulletin's,
// an agency's release head); it sets b.date to it.
func lastLineDate(b *block, dayFirst bool) bool {
	i := strings.LastIndexByte(b.text, '\n')
	if i < 0 || !headerLines(b.text[:i], 80, dayFirst) {
		return false
	}
	return dateOnlyAt(b, b.text[i+1:], i+1, dayFirst)
}

// headerLines reports whether text is lines of a header: each at most max
// bytes long, none a sentence, none dated.
func headerLines(text string, max int, dayFirst bool) bool {
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if len(l) > max || strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?") || len(findDates(l, dayFirst)) > 0 {
			return false
		}
	}
	return true
}

// placeDateLast reports whether the last line of block b is a place and a
// day ("Nairobi, 18 January 2018"), as a letter's or a report's heading
// writes them; it sets b.date to the day.
func placeDateLast(b *block, dayFirst bool) bool {
	i := strings.LastIndexByte(b.text, '\n')
	if i < 0 || !headerLines(b.text[:i], 100, dayFirst) {
		return false
	}
	line := b.text[i+1:]
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	t := strings.TrimRight(strings.TrimSpace(line), ".")
	if m := clockZoneNoteRe.FindStringSubmatchIndex(t); m != nil {
		t = t[:m[2]] // "..., 6:30 pm (Brasilia time, UTC-3)": the clock's zone, said aside
	}
	m := placeDateRe.FindStringSubmatchIndex(t)
	if m == nil || !letterPlace(t) {
		return false
	}
	return dateOnlyAt(b, t[m[2]:m[3]], i+1+lead+m[2], dayFirst) && b.date.date.Prec >= timeline.Day
}

// placeDateFirst reports whether the first line of block b is a letter's
// place and day ("Weymouth, 18 June 1775", perhaps in an editor's
// brackets: "[Weymouth, 18 June 1775]"), the rest of it at most a
// salutation ("My dear Friend"); it sets b.date to the day.
func placeDateFirst(b *block, dayFirst bool) bool {
	line, rest, _ := strings.Cut(b.text, "\n")
	if rest != "" && (strings.Contains(rest, "\n") || len(rest) > 40 || !salutationRe.MatchString(strings.TrimSpace(rest))) {
		return false
	}
	lead := len(line) - len(strings.TrimLeft(line, " \t["))
	t, comma := withPlaceComma(strings.TrimRight(strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "[]")), "."))
	if m := clockZoneNoteRe.FindStringSubmatchIndex(t); m != nil {
		t = t[:m[2]] // "Brasilia, September 18, 2024, 6:30 pm (Brasilia time, UTC-3)": the clock's zone, said aside
	}
	m := placeDateRe.FindStringSubmatchIndex(t)
	if m == nil || !letterPlace(t) {
		return false
	}
	at := lead + m[2]
	if comma >= 0 && comma < m[2] {
		at-- // (the comma written in is not in the text)
	}
	return dateOnlyAt(b, t[m[2]:m[3]], at, dayFirst) && b.date.date.Prec >= timeline.Day
}

// clockZoneNoteRe is the zone of a clock time written in brackets after
// it, at the end of a dateline: "6:30 pm (Brasilia time, UTC-3)", "18:00
// (local time)", "09:00 (GMT+1)". Group 1 starts at the space before the
// bracket.
var clockZoneNoteRe = regexp.MustCompile(`(?i)\d[:.]\d{2}(?:\s*[ap]\.?m\.?)?(\s*\((?:[\p{L} .'’-]{0,30}\btime\b(?:,\s*(?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?)?|(?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?)\))$`)

// salutationRe is a letter's greeting on a line of its own.
var salutationRe = regexp.MustCompile(`^(?:(?:My\s+)?(?:[Dd]ear(?:est)?|[Hh]onou?red|[Rr]espected)\b.*|Sir|Sirs|Madam|Gentlemen)[,.:!]?$`)

// bylineDateLast reports whether block b is a header of short lines
// whose last line is a dated byline (see datedBylineAt), and sets b.date
// to its day.
func bylineDateLast(b *block, dayFirst bool) bool {
	i := strings.LastIndexByte(b.text, '\n')
	if i < 0 || !headerLines(b.text[:i], 100, dayFirst) {
		return false
	}
	tmp := &block{text: b.text[i+1:]}
	if !datedBylineAt(tmp, dayFirst, true) || !bylineLabelRe.MatchString(strings.Trim(tmp.text, "*_ \t")) {
		return false
	}
	b.date = tmp.date
	b.date.start += i + 1
	b.date.end += i + 1
	return true
}

// capsPlaceDateRe is a dateline with no dash, alone on its line: a place
// in capitals, perhaps its region, and the day: "NEW DELHI, March 8,
// 2019", "NAIROBI, Kenya, 3 May 2021".
var capsPlaceDateRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?,\s+(.{6,40})$`)

// capsDatelineLast reports whether the last line of b is a dateline of
// capitals and a full day (see capsPlaceDateRe), under at most a short
// byline line or two (six words each), and sets b.date to the day.
func capsDatelineLast(b *block, dayFirst bool) bool {
	i := strings.LastIndexByte(b.text, '\n')
	if i >= 0 {
		for first := range strings.Lines(b.text[:i]) {
			if first = strings.TrimSpace(first); len(strings.Fields(first)) > 6 || strings.HasSuffix(first, ".") || strings.ContainsAny(first, "0123456789") {
				return false
			}
		}
	}
	line := b.text[i+1:]
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	t := strings.TrimRight(strings.TrimSpace(line), ".")
	m := capsPlaceDateRe.FindStringSubmatchIndex(t)
	if m == nil {
		return false
	}
	if place, _, _ := strings.Cut(t, ","); len(place) < 4 || strings.ToUpper(place) != place || outletWords[strings.ToLower(place)] {
		return false // (not "BBC, 28 January 2019", a source's name)
	}
	return dateOnlyAt(b, t[m[2]:m[3]], i+1+lead+m[2], dayFirst) && b.date.date.Prec >= timeline.Day
}

// bulletinClockRe is a time written as hours and minutes run together
// before AM or PM: "832 AM", "1015 PM".
var bulletinClockRe = regexp.MustCompile(`\b\d{3,4} [AP]M\b`)

// dateOnlyAt reports whether text (of block b, from byte off) holds only a
// date, with its weekday, time and zone; it sets b.date to it.
func dateOnlyAt(b *block, text string, off int, dayFirst bool) bool {
	ds := findDates(text, dayFirst)
	if len(ds) != 1 || ds[0].noYear {
		return false
	}
	rest := text[:ds[0].start] + " " + text[ds[0].end:]
	rest = updatedAgoRe.ReplaceAllString(rest, " ") // "March 3, 2025 11:42 AM GMT Updated 2 hours ago": a wire's stamp
	rest = timeRe.ReplaceAllString(bulletinClockRe.ReplaceAllString(rest, " "), " ")
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch strings.ToLower(w) {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
			"am", "pm", "a", "p", "m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "hkt", "ist", "jst", "ast", "adt", "mst", "mdt", "hst", "akst", "akdt":
		default:
			return false
		}
	}
	b.date = ds[0]
	b.date.start += off
	b.date.end += off
	return true
}

// updatedAgoRe is a page's note of how long ago it was changed, after
// its date: "Updated 2 hours ago", "· Updated 5 mins ago".
var updatedAgoRe = regexp.MustCompile(`(?i)[·|•-]?\s*updated\s+(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\s*$`)

// listClockRe is a clock time with its minutes and half of the day: "7.30pm",
// "10am", "19:30".
var listClockRe = regexp.MustCompile(`\b\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?[Mm]\.?|\b\d{1,2}[:.]\d{2}\b`)

var timeRe = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b\d{1,2}\s*(?:[ap]\.?m\.?)`)

// dateline is the place, date and agency that open a news story:
// "GENEVA, March 3, 2011 (Reuters) —", "WASHINGTON (AP) — ".
var datelineRe = regexp.MustCompile(`^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ -]\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?)` +
	`(?:,\s*([^()—–\n]{3,40}?))?\s*(\([^()\n]{2,40}\)|/[^/\n]{2,30}/)?\s*(?:—|–|--|-)(?:\s*\S|[ \t]*$)`)

// dashDateRe is what follows a dateline's place when its date stands
// between two dashes: " -- August 8, 2024 -- ".
var dashDateRe = regexp.MustCompile(`^[^\n—–]*?\s(?:—|–|--|-)\s*([^—–\n-]{6,30}?)\s*(?:—|–|--)\s*\S`)

// titleDatelineRe is a dateline whose place is in title case, or in
// capitals before a colon, a full day between ("Geneva, 3 March 2011 —",
// "PUNE, December 13, 2017: The corporation ...").
var titleDatelineRe = regexp.MustCompile(`^\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:[ -]\p{Lu}(?:\p{Ll}+|\p{Lu}+)){0,3},\s*([^()—–\n]{6,40}?)\s*(?:\([^()\n]{2,40}\)\s*)?(?:—|–|--| -|:)(?:\s*\S|[ \t]*$)`)

// datelineAlone reports whether b is a dateline and nothing else, written
// on a line of its own above the story ("MANCHESTER, England, Jan. 14
// 2024 —"), and records its date: one that gives a date (perhaps without
// its year), not a place alone.
func datelineAlone(b *block, dayFirst bool) bool {
	t := strings.TrimRight(b.text, " \t")
	if !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, "–") && !strings.HasSuffix(t, "-") {
		return false
	}
	d, isDL, hasDate := findDateline(t, dayFirst)
	if !isDL || !hasDate {
		return false
	}
	b.date = d
	return true
}

// findDateline reads a dateline at the start of text. It returns its date
// (noYear set when the dateline gives only day and month) and whether
// there is a dateline at all.
func findDateline(text string, dayFirst bool) (d dateMatch, isDateline, hasDate bool) {
	m := datelineRe.FindStringSubmatchIndex(text)
	if m == nil {
		// "Geneva, 3 March 2011 — ": a place in title case needs a date.
		m = titleDatelineRe.FindStringSubmatchIndex(text)
		if m == nil {
			return dateMatch{}, false, false
		}
		ds := findDates(text[m[2]:m[3]], dayFirst)
		if len(ds) != 1 || ds[0].noYear || ds[0].end != m[3]-m[2] || ds[0].date.Prec < timeline.Day && (ds[0].start != 0 || len(findDates(text[m[3]:min(len(text), m[3]+40)], dayFirst)) > 0) {
			// (not "Software Engineer, Acme Corp, Leeds, March 2019 - June
			// 2021": a job's months, a span)
			return dateMatch{}, false, false
		}
		d = ds[0]
		d.start += m[2]
		d.end += m[2]
		return d, true, true
	}
	if m[4] < 0 {
		// "REDMOND, Wash. -- August 8, 2024 -- Corvallis ...": the date
		// between two dashes
		if dm := dashDateRe.FindStringSubmatchIndex(text[m[2]:]); dm != nil && dm[0] == 0 {
			if ds := findDates(text[m[2]+dm[2]:m[2]+dm[3]], dayFirst); len(ds) == 1 && ds[0].start == 0 && ds[0].end == dm[3]-dm[2] {
				d = ds[0]
				d.start += m[2] + dm[2]
				d.end += m[2] + dm[2]
				return d, true, true
			}
		}
	}
	if m[4] < 0 && m[6] >= 0 && text[m[6]] == '(' {
		// "OAKPORT, Calif. (May 14, 2025) —", "LONDON (Reuters, 3 May
		// 2025) -": the date in the brackets, alone or beside the
		// agency after a comma
		in := text[m[6]+1 : m[7]-1]
		if ds := findDates(in, dayFirst); len(ds) == 1 && ds[0].date.Prec >= timeline.Day {
			before, after := strings.TrimSpace(in[:ds[0].start]), strings.TrimSpace(in[ds[0].end:])
			if (before == "" || strings.HasSuffix(before, ",")) && (after == "" || strings.HasPrefix(after, ",")) && (before == "" || after == "") {
				d = ds[0]
				d.start += m[6] + 1
				d.end += m[6] + 1
				return d, true, true
			}
		}
	}
	if m[4] < 0 && m[6] < 0 {
		return dateMatch{}, false, false // a place alone is only capitals and a dash
	}
	if m[4] >= 0 {
		ds := findDates(text[m[4]:m[5]], dayFirst)
		if len(ds) == 0 {
			return dateMatch{}, false, false
		}
		d = ds[0]
		d.start += m[4]
		d.end += m[4]
		return d, true, true
	}
	return dateMatch{}, true, false
}

// isStatementTitle tells a transcript of a press conference, speech or
// statement from an article about one.
var statementRe = regexp.MustCompile(`(?i)\b(?:press\s+conference|press\s+briefing|news\s+conference|(?:news|media|daily|regular|background|white\s+house|state\s+department)\s+briefing|briefing\s+(?:by|with|from|to)|remarks|statement|speech|address\s+(?:by|to|at)|transcript|testimony|communiqu[eé]|declaration|readout|interview\s+with|minutes\s+of|^\s*minutes|(?:meeting|council|board|committee)\s+minutes|q\s*&\s*a)\b`)

// reportRe finds a headline that reports a statement rather than being
// one: a live blog ("Budget day live: ...") or a verb of its own before
// the statement ("Chancellor delivers statement", "Minister gives speech
// on ports").
var reportRe = regexp.MustCompile(`(?i)\blive\b|\b(?:delivers|delivered|issues|issued|makes|made|gives|gave|reads|read out|releases|released|to deliver|to give|to make|to issue)\s+(?:(?:a|an|the|his|her|their|its|new|first|major|key|emergency|joint|budget|keynote)\s+)*(?:statement|speech|remarks|briefing|address|testimony)\b`)

// statementTitle reports whether a title says that its document is a
// statement: a transcript, a speech, a briefing, minutes (statementRe),
// not a report of one.
func statementTitle(title string) bool {
	return statementRe.MatchString(title) && !reportRe.MatchString(title) && !documentStatementRe.MatchString(title)
}

// documentStatementRe finds the titles where "statement" names a kind of
// document, not words spoken: "Draft Environmental Impact Statement",
// "Financial Statements", "Statement of Work".
var documentStatementRe = regexp.MustCompile(`(?i)\b(?:impact|financial|environmental|mission|bank|income|cash[\s-]+flows?|policy|privacy|method|accessibility|position|vision|value|values|account|accounts|billing|benefits?|personal|purpose|consolidated|annual|quarterly|interim|audited)\s+statements?\b|\bstatements?\s+of\s+(?:work|accounts?|changes|cash|financial|income|operations|purpose|intent|reasons|case|claim|compliance|account|profit|comprehensive)`)

// blocksQA reports whether the blocks in are laid out as questions and
// answers: lines starting "Q:" and lines starting "A:" (or "Question:",
// "Answer:").
func blocksQA(blocks []*block, in []int) bool {
	var q, a bool
	for _, k := range in {
		if qaLines(blocks[k].text, &q, &a) {
			return true
		}
	}
	return false
}

func qaLines(text string, q, a *bool) bool {
	for line := range strings.Lines(text) {
		line = strings.TrimLeft(line, " \t*")
		word, _, ok := strings.Cut(line, ":")
		if !ok || len(word) > 10 {
			if word, _, ok = strings.Cut(line, "."); !ok || word != "Q" && word != "A" {
				continue
			}
		}
		switch strings.TrimRight(word, "*") {
		case "Q", "Question":
			*q = true
		case "A", "Answer":
			*a = true
		}
		if *q && *a {
			return true
		}
	}
	return false
}

// mayMark is a quick test for markerRe: the words an end-of-commentary
// marker ends with.
func mayMark(s string) bool {
	s = strings.ToLower(s)
	for _, w := range [...]string{"commentary", "note", "introduction", "preface", "analysis"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isMarker reports whether s is an end-of-commentary marker and nothing
// else.
func isMarker(s string) bool {
	m := markerRe.FindStringIndex(s)
	return m != nil && strings.Trim(s[:m[0]], "*_ \t\n") == ""
}

// embargoRe is the label of a press release's embargo, the time before
// which it may not be published, opening its line: "EMBARGOED: ",
// "Under embargo until", "EMBARGO: Not for publication before", "Not
// for release or broadcast until". The release is published then, so the
// time dates it, as "Published" does, and is no event of its text.
var embargoRe = regexp.MustCompile(`(?i)^[*_]{0,2}(?:(?:strictly\s+|under\s+)?(?:embargoed\s+to|embargo(?:ed)?(?:\s+(?:until|till))?)(?:\s*[:\-–—]\s*|\s+)(?:` + notBeforeRe + `)?|` + notBeforeRe + `)`)

// notBeforeRe is the words of an embargo that say it plainly: "not for
// publication before", "not for release or broadcast until".
const notBeforeRe = `not\s+for\s+(?:publication|release|broadcast|use)(?:\s+or\s+(?:publication|release|broadcast|use))?\s+(?:before|until|till)\s+`

// embargoFillRe is what may stand between an embargo's label and its day:
// the time of day, its zone and the weekday ("00:01 BST Thursday", "0001
// hrs,", "10:00 CET on"). Its day must follow at once.
var embargoFillRe = regexp.MustCompile(`^(?:\s|[,.:]|\d{1,2}[:.]?\d{2}(?::\d{2})?\b|\d{1,2}\s*(?i:[ap]\.?m\.?)|(?i:hrs|hours|on|at|the|gmt|bst|utc|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|aedt|ist|jst|sast|eat|wat|cat|hkt|sgt|nzst|nzdt|local\s+time)\b|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)*`)

// mayPublish is a quick test for pubRe and updRe.
func mayPublish(s string) bool {
	s = strings.ToLower(s)
	for _, w := range [...]string{"publish", "posted", "released", "issued", "announced", "updated", "modified", "revised", "compiled", "prepared", "reviewed", "embargo", "not for", "submitted", "presented", "laid", "last entry"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// bylineNameRe is the author part of a dated byline: "By Jo Smith", "By
// Jo Smith and Ana de Souza", "Words: Ana Ruiz", or the names alone. Its
// first group is the label before the names ("By", "Words:", "Words by",
// "Text:", "Reporting by").
var bylineNameRe = regexp.MustCompile(`^(` + bylineLabel + `\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|al-\S+)){0,7}|(?i:(?:our|the)\s+(?:[\pL-]+\s+){0,3}(?:staff|correspondents?|reporters?|team|desk|writers?|editors?|news\s+service)))$`)

// bylineLabel is the label that opens a byline: "By", or a credit for the
// words ("Words:", "Words by", "Text by", "Words and pictures:",
// "Reporting by", "Written by").
const bylineLabel = `(?i:by|(?:words|text|story|report)(?:\s+and\s+(?:pictures|photos?|photographs))?(?:\s+by|\s*:)|(?:reporting|written)\s+by|(?:analysts?|authors?)\s*:)`

// bylineLabelRe is a quick test: a line opening with bylineLabel.
var bylineLabelRe = regexp.MustCompile(`^` + bylineLabel + `\s`)

// datedByline reports whether b is a byline with the date of the story,
// and records the date:
//
//	By Jo Smith | December 13, 2017 | 4:05 PM
//	By Jo Smith, December 13, 2017
//	By Sam Whitlow, Saturday 13 September 2025
//	By ANA RUIZ, Sports Reporter, 3 March 2025
//	Words: Ana Ruiz, 3 March 2025
//	Jo Smith · 13 Dec 2017
//
// After the names come a separator ("|", "·", "•", "—", "–", or a comma
// after "By" or another label), perhaps a weekday, one date with its
// year, and nothing else but separators, clock times, zones and weekdays.
// Without a label the separator must be "|", "·" or "•": "Geneva, 3 March
// 2011" is a place and a date. See datedBylineAt for a name and a day
// between dashes.
func datedByline(b *block, dayFirst bool) bool {
	return datedBylineAt(b, dayFirst, false)
}

// datedBylineAt is datedByline; top says that b stands right under the
// headline, where a name without a label and a day after a dash ("Ana
// Ruiz — 3 March 2025") is a byline too. Elsewhere such a line is an
// item of a list ("Harvest Supper — 3 October 2025"), an event of the
// story.
func datedBylineAt(b *block, dayFirst, top bool) bool {
	t := strings.Trim(b.text, "*_ \t")
	if len(t) < 6 || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	// The quick test: a label opens it, or a bar or dot separates its
	// parts, or, at the top, a dash.
	labelled := bylineLabelRe.MatchString(t)
	if !labelled && !strings.ContainsAny(t, "|·•") && !(top && strings.ContainsAny(t, "—–")) {
		return false
	}
	ds := findDates(t, dayFirst)
	if len(ds) != 1 || ds[0].noYear {
		return false
	}
	d := ds[0]
	head := strings.TrimRight(t[:d.start], " \t")
	// "By Sam Whitlow, Saturday 13 September 2025": the weekday before
	// the date is the date's.
	if h := strings.TrimRight(head, ", \t"); h != "" {
		j := len(h)
		for j > 0 && (isLetter(h[j-1]) || h[j-1] == '.') {
			j--
		}
		if _, ok := weekdayNames[strings.ToLower(strings.TrimSuffix(h[j:], "."))]; ok && j > 0 && !isWordByte(h[j-1]) {
			head = strings.TrimRight(h[:j], " \t")
		}
	}
	sep, n := utf8.DecodeLastRuneInString(head)
	if !strings.ContainsRune("|·•,—–", sep) {
		return false
	}
	head = strings.TrimRight(head[:len(head)-n], " \t*_")
	m := bylineNameRe.FindStringSubmatchIndex(head)
	if m == nil {
		return false
	}
	by := m[2] >= 0
	if !by && len(strings.Fields(head)) < 2 {
		return false // "Deadline | 13 December 2017" is a row of a table, not a name
	}
	switch {
	case sep == '|' || sep == '·' || sep == '•':
	case by && (sep == ',' || sep == '—' || sep == '–'):
	case top && (sep == '—' || sep == '–') && personName(head) && d.date.Prec >= timeline.Day:
	default:
		return false
	}
	left := timeRe.ReplaceAllString(readTimeRe.ReplaceAllString(t[d.end:], " "), " ")
	for _, w := range strings.FieldsFunc(left, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !timeWords[strings.ToLower(w)] {
			return false
		}
	}
	off := strings.Index(b.text, t)
	d.start += off
	d.end += off
	b.date = d
	return true
}

// readTimeRe is a page's reading time after its byline's date: "· 8 min
// read", "| 5 minute read".
var readTimeRe = regexp.MustCompile(`(?i)[·•|]\s*\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s+read\b`)

// personName reports whether s reads as the name of a person or two, as a
// byline without a label gives it: two to six words, each capitalized but
// for the small words of names, none a word that names a thing ("The
// Parish Pump", "Harbour Trust", "Annual Review").
func personName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",")
		if nameThingWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// nameThingWords are the words of a name of a thing rather than of a
// person, in a line "NAME — DATE": a cover line's publisher or title.
var nameThingWords = map[string]bool{
	"the": true, "of": true, "for": true, "news": true, "newsletter": true, "bulletin": true, "review": true, "report": true,
	"weekly": true, "daily": true, "monthly": true, "times": true, "post": true, "herald": true, "gazette": true, "journal": true,
	"magazine": true, "trust": true, "council": true, "committee": true, "society": true, "club": true, "association": true,
	"centre": true, "center": true, "institute": true, "office": true, "department": true, "ministry": true, "agency": true,
	"university": true, "college": true, "school": true, "church": true, "parish": true, "village": true, "town": true,
	"city": true, "county": true, "annual": true, "quarterly": true, "brief": true, "briefing": true, "update": true,
	"issue": true, "edition": true, "meeting": true, "minutes": true, "agenda": true, "notes": true, "transcript": true,
	"ltd": true, "limited": true, "inc": true, "plc": true, "group": true, "press": true, "media": true, "services": true,
}

// timeWords are the words a line holding a date may hold besides it: the
// weekdays, the halves of the day and the zones of clock times, and the
// words that say the date is the publication's.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"am": true, "pm": true, "a": true, "p": true, "m": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "est": true, "edt": true, "cst": true, "cdt": true,
	"pst": true, "pdt": true, "et": true, "pt": true, "hkt": true, "ist": true, "jst": true, "ast": true, "adt": true,
	"mst": true, "mdt": true, "hst": true, "akst": true, "akdt": true,
	"on": true, "at": true,
}

// creditDashRe opens a credit line with a dash; creditParenRe is a credit
// line in parentheses, or an outlet with its date in parentheses.
var (
	creditDashRe  = regexp.MustCompile(`^\s*(?:[-–—―~]{1,2})\s*(\S.*)$`)
	creditParenRe = regexp.MustCompile(`^\s*\(\s*([^()]+?)\s*\)\s*$|^\s*([^()]+?)\s*\(([^()]+)\)\s*$`)
)

// sentenceStopRe finds the end of a sentence inside a name: a credit
// names an outlet ("St. Louis Post-Dispatch"), it tells no story.
var sentenceStopRe = regexp.MustCompile(`\.\s+\p{Ll}`)

// postHourRe is the hour a post or a message gives before its day: "9:14
// PM ·", "06:02,".
var postHourRe = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[·•|]?`)

// officeWords follow a post's holder in the name of a body: "the
// Governor's office", "the Mayor's spokesman".
var officeWords = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "press": true, "department": true, "cabinet": true}

// handleNameRe is an account's handle as a post's credit names it, with
// the hour it posted: "@HarbourLineRail", "@HarbourLineRail, 9:14 PM ·".
var handleNameRe = regexp.MustCompile(`^@\w{1,30}(?:[,\s·•]+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?[\s,·•]*$`)

// outletSmallWords are the words an outlet's name writes in small letters.
var outletSmallWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "de": true, "du": true, "des": true,
	"la": true, "le": true, "les": true, "el": true, "der": true, "die": true, "das": true, "di": true, "del": true,
	"y": true, "e": true, "am": true, "an": true, "und": true, "&": true,
	// a company's form: "Velmora Resources plc"
	"plc": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true, "llc": true, "co": true, "co.": true, "corp": true, "corp.": true, "gmbh": true, "sa": true, "ag": true,
}

// creditAfter reports whether b can be the excerpt a credit line under it
// closes: a quote block or a paragraph of text.
func creditAfter(b *block) bool {
	return (b.kind == quoteBlock || b.kind == paraBlock) && b.role == noRole
}

// isCreditLine reports whether a raw line credits the excerpt above it to
// an outlet and a date, as press reviews do without "Source:":
//
//	— *The Coastal Times*, 8 March 2023
//	– Daily Courier, 10 March 2023, https://courier.example/port
//	(Harbour Weekly, 15 March 2023)
//	Harbour Weekly (15 March 2023)
func isCreditLine(raw string, dayFirst bool) bool {
	_, ok := parseCredit(raw, dayFirst)
	return ok
}

// introFromRe opens a line that introduces an excerpt by what it is taken
// from: "From a statement by", "From an interview with", "From".
var introFromRe = regexp.MustCompile(`(?i)^(?:[-–—―~]{1,2}\s*)?(?:[*_]{1,2})?(?:from|excerpt\s+from|extract\s+from)\s+(?:(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|report|press\s+release|release|article|speech|interview|briefing|post|letter|editorial|column|op-ed|blog\s+post|transcript|bulletin|notice)\s+(?:by|of|from|in|with|on)\s+)?`)

// datedEndRe is a line that ends with the day it says its document is
// dated: "... Desk review dated 10 August 2020".
var datedEndRe = regexp.MustCompile(`(?i)\bdated\s+[\p{L}\d ,.]{6,30}$`)

// datedTailRe ends the words before the day a line says its document is
// dated: "Desk review dated ".
var datedTailRe = regexp.MustCompile(`(?i)\bdated\s*$`)

// kindIntroRe is a line introducing an excerpt by whose document it is,
// what kind, and its day: "The Provincial Electoral Commission, statement
// of 21 July 2020", "Hollis Mining Ltd, letter dated 3 May 2021".
var kindIntroRe = regexp.MustCompile(`^(?:[Tt]he\s+)?(\p{Lu}[^,:;]{2,80}),\s+([\p{L} -]{3,40}?)\s+(?:of|dated|issued\s+on|on)\s+([^,:;]{6,40})$`)

// introCredit reads a line that introduces the excerpt after it, closed by
// a colon: a credit ("— The Guardian, 12 March 2024:", "BBC News (20
// March 2024):") or a source it is taken from ("From a statement by the
// Ministry of Health (14 March 2024):"). It returns nil for any other line.
func introCredit(raw string, dayFirst bool) *citation {
	s := strings.TrimSpace(raw)
	s = strings.TrimRight(s, "*_ \t")
	if !strings.HasSuffix(s, ":") || strings.Contains(s, "\n") && strings.Count(s, "\n") > 1 {
		return nil
	}
	s = strings.TrimRight(strings.TrimSuffix(s, ":"), "*_ \t")
	dash := false
	if m := introFromRe.FindStringIndex(s); m != nil && m[1] > 0 {
		rest := strings.TrimSpace(s[m[1]:])
		if strings.HasPrefix(rest, "the ") {
			rest = rest[4:] // "by the Ministry of Health": the Ministry
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
			return nil
		}
		if p := creditParenRe.FindStringSubmatch(rest); p != nil && p[2] != "" {
			rest = p[2] + ", " + p[3] // "Ministry of Health (14 March 2024)"
		}
		s = "— " + rest
		dash = true
	}
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("-–—―~", r) {
		dash = true
	}
	if m := kindIntroRe.FindStringSubmatch(s); !dash && m != nil && docKindRe.MatchString(m[2]) {
		// "The Provincial Electoral Commission, statement of 21 July
		// 2020:": whose document, what kind, and its day
		s, dash = "— "+m[1]+", "+m[3], true
	}
	if !dash && !strings.HasSuffix(s, ")") {
		return nil
	}
	c, ok := parseCredit(s, dayFirst)
	if !ok {
		return nil
	}
	return &c
}

// parseCredit reads a credit line (see isCreditLine): a name of at most
// eight words that starts with a capital, and after it a date with its
// year, with at most an address after the date.
func parseCredit(raw string, dayFirst bool) (citation, bool) {
	s := strings.TrimSpace(raw)
	if len(s) > 240 || len(s) < 8 || !strings.ContainsAny(s, "0123456789") {
		return citation{}, false
	}
	// The quick test: a dash or parenthesis opens it, or one closes it.
	if r, _ := utf8.DecodeRuneInString(s); !strings.ContainsRune("-–—―~(", r) && s[len(s)-1] != ')' {
		return citation{}, false
	}
	s = strings.ReplaceAll(s, "\n", " ")
	var body string
	if m := creditDashRe.FindStringSubmatch(s); m != nil {
		body = m[1]
	} else if m := creditParenRe.FindStringSubmatch(s); m != nil {
		if m[1] != "" {
			body = m[1]
		} else {
			body = m[2] + ", " + m[3]
		}
	} else {
		return citation{}, false
	}
	// The date comes last, but for an address.
	rest := body
	if m := urlRe.FindStringIndex(rest); m != nil {
		if strings.Trim(rest[m[1]:], " .,;)>") != "" {
			return citation{}, false
		}
		rest = rest[:m[0]]
	}
	rest = strings.TrimRight(rest, " ,;.<([")
	ds := findDates(rest, dayFirst)
	if len(ds) == 0 || ds[len(ds)-1].noYear || strings.Trim(rest[ds[len(ds)-1].end:], "*_ ,.;") != "" {
		return citation{}, false
	}
	if rangeEnd(rest[:ds[len(ds)-1].start]) {
		return citation{}, false // "Workshop, Eastmoor, 2–4 July 2024": an event's days, not a publication's
	}
	name := cleanName(unemphasize.Replace(rest[:ds[len(ds)-1].start]))
	if editionName(name, ds[len(ds)-1].date.Year) {
		return citation{}, false // "EuroVisML 2023, Leipzig (12 June 2023)": an edition of a meeting, its place and day
	}
	// (what kind of document, and what was done with it, after the name:
	// "Hollis Mining Ltd, Request for Arbitration, filed with ICSID on")
	words, kind := name, false
	for {
		i := strings.LastIndex(words, ", ")
		if i <= 0 {
			break
		}
		part := words[i+2:]
		if !docKindRe.MatchString(part) && !unicode.IsLower(firstRuneOf(part)) {
			break
		}
		kind = kind || docKindRe.MatchString(part)
		words = words[:i]
	}
	if !kind {
		words = name // ("— Jane Roe, speaking on 6 May 2015": a speaker's attribution, no document's)
	}
	if name == "" || len(strings.Fields(words)) > 8 || len(strings.Fields(name)) > 16 || strings.ContainsAny(name, "!?") || sentenceStopRe.MatchString(name) {
		return citation{}, false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(r == '@' && handleNameRe.MatchString(words)) {
		return citation{}, false // (but "— @HarbourLineRail, 9:14 PM · Feb 24, 2025": a post's account)
	}
	// An outlet's name is written in capitals but for its small words:
	// "— Jane Roe, speaking on 6 May 2015" is a speaker's attribution
	// (but "Ministry of Foreign Affairs, statement" says what it issued).
	poss := false // the word before is a possessive: "the Governor's office"
	for _, w := range strings.FieldsFunc(words, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '—' || r == '–' || r == '|' }) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "*_\"“‘'(")); unicode.IsLower(r) && !outletSmallWords[w] && !(poss && officeWords[w]) {
			return citation{}, false
		}
		poss = strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	}
	c := parseCitation(body, dayFirst)
	if !c.hasDate || c.outlet == "" {
		return citation{}, false
	}
	return c, true
}

// editionName reports whether name, what stands before a credit's date,
// opens with the name of a meeting's edition: an acronym (two capitals or
// more: "EuroVisML", "ISMIR") and the year of the date ("EuroVisML 2023,
// Leipzig" before "12 June 2023"). An outlet's name gives no year.
func editionName(name string, year int) bool {
	first, _, _ := strings.Cut(name, ",")
	f := strings.Fields(first)
	if len(f) != 2 || year == 0 || f[1] != strconv.Itoa(year) {
		return false
	}
	caps := 0
	for _, r := range f[0] {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2
}

// rangeEndRe is what stands before the end of a range of dates: a day, a
// month or a year, then a dash, "to" or "until" ("2–", "June to", "2023
// until ").
var rangeEndRe = regexp.MustCompile(`(?i)(?:\b\d{1,4}(?:st|nd|rd|th)?|\b(\pL+)\.?)\s*(?:[-–—]|\bto|\buntil|\btill)\s*$`)

// rangeEnd reports whether s, the text before a date, makes the date the
// end of a range: "2–" before "4 July 2024", "June to " before "August
// 2024".
func rangeEnd(s string) bool {
	m := rangeEndRe.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	return m[2] < 0 || monthNumber[strings.ToLower(s[m[2]:m[3]])] != 0
}

// releaseItem reports whether b is a list whose item names a thing of
// its own before the word of its publication ('- "Slow Comet" — released
// 12 June 1990.', "- *Live at Leeds* — released 1970."): the day that
// thing came out, an event of the list, no date of the page (a list of
// the page's own stamps, "- Published: 3 May 2024", names none).
func releaseItem(b *block) bool {
	if listMarker(b.first) == "" {
		return false
	}
	for line := range strings.SplitSeq(b.raw.s, "\n") {
		line = strings.TrimLeft(line, " \t")
		m := listMarker(line)
		if m == "" {
			continue
		}
		if m == "#" {
			m = numberedItemRe.FindString(line)
		}
		body := strings.TrimLeft(line[len(m):], " \t")
		if at := pubRe.FindStringIndex(body); at != nil && at[0] > 0 && strings.IndexFunc(body[:at[0]], unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

// listMarker is the marker of a list item opening the line s: "-", "*",
// "+" or "•" for a bullet, "#" for a number ("1.", "2)"); "" when s opens
// no list item. An en or em dash is a credit's, not a list's.
func listMarker(s string) string {
	s = strings.TrimLeft(s, " \t")
	if len(s) >= 2 && strings.ContainsRune("-*+", rune(s[0])) && (s[1] == ' ' || s[1] == '\t') {
		return s[:1]
	}
	if strings.HasPrefix(s, "• ") {
		return "•"
	}
	if m := numberedItemRe.FindString(s); m != "" {
		return "#"
	}
	return ""
}

var numberedItemRe = regexp.MustCompile(`^\d{1,3}[.)][ \t]`)

// listItem reports whether line, a line that may credit the excerpt above
// it, is rather an item of a list of the document's own: it opens with a
// list marker and the line before or after it with the same one ("-
// Member, Peer Review College, 2020–2024." over "- Organiser, Peat
// Workshop, 2–4 July 2024.").
func listItem(line string, neighbours ...string) bool {
	m := listMarker(line)
	if m == "" {
		return false
	}
	for _, n := range neighbours {
		if listMarker(n) == m {
			return true
		}
	}
	return false
}

// headerPlaces gives placeRole to the place line of a header, standing
// between the title and the date line under it:
//
//	Transcript: Daily Press Briefing, Department of Health
//	Washington, D.C.
//	Tuesday, February 4, 2020, 2:15 p.m. EST
//
// It is metadata, not story: a short line of capitalized words, with no
// digits, among the first three of the document.
func headerPlaces(blocks []*block) {
	for k, b := range blocks {
		if k > 2 {
			return
		}
		if k == 0 || k+1 >= len(blocks) || b.kind != paraBlock || b.role != noRole || b.lines != 1 || !placeLine(b.text) {
			continue
		}
		switch blocks[k+1].role {
		case dateRole, headerDateRole, pubRole, bylineRole:
			b.role = placeRole
		}
	}
}

// placeLine reports whether s is a place: at most six words, each
// capitalized ("Washington, D.C.", "Port Ellen, Islay, Scotland").
func placeLine(s string) bool {
	if len(s) > 60 || strings.ContainsAny(s, "0123456789:;!?\"“") {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "de" && w != "upon" && w != "on" {
			return false
		}
	}
	return true
}

// numberedNext reports whether the first block of blocks that is not a
// heading or a rule opens a numbered note ("## Notes" over "1. Reuters,
// 12 March 2021": footnotes, not a diary's notes).
func numberedNext(blocks []*block) bool {
	for _, b := range blocks {
		if b.kind == headingBlock {
			return false
		}
		if b.kind == ruleBlock {
			continue
		}
		return numberedNotesRe.MatchString(strings.TrimSpace(b.raw.s))
	}
	return false
}

// endsLine reports whether what follows a date ends its line or its
// sentence: "", "*", ".", ". Each excerpt is quoted ...".
func endsLine(after string) bool {
	after = strings.TrimLeft(after, "*_")
	return strings.Trim(after, " .") == "" || strings.HasPrefix(after, ". ")
}

// coverSepRe splits a cover line into its parts.
var coverSepRe = regexp.MustCompile(`\s+(?:—|–|-|\||·|•)\s+`)

// coverLine reports whether b is the line of a cover or masthead that names
// the document, its publisher and its date between dashes or bars
// ("Policy Brief No. 41 — Centre for Dryland Studies, Brussels — March
// 2024", "Issue 211 — October 2025", "Vol. 12, No. 3 — Spring 2024", "The
// Parish Pump — October 2025 issue"), and records its date: the first or
// last part is a date with its year (a season's too) and nothing else but
// its weekday and the word "issue" or "edition" (or the kind of periodical
// and "for" before it: "Church of the Holy Redeemer — bulletin for
// Sunday, April 13, 2025"), and the other parts are
// names and numbers only. A newsletter dated so is dated to its month or
// season, not to a day.
func coverLine(b *block, dayFirst bool) bool {
	t := strings.Trim(b.text, "*_ \t\n")
	seps := coverSepRe.FindAllStringIndex(t, -1)
	if len(seps) == 0 {
		// "Department of History, Autumn Term 2025": a course's
		// department and its term, after a comma
		if k := strings.LastIndex(t, ", "); k > 0 && !strings.Contains(t[:k], ",") {
			if _, ok := seasonYear(t[k+2:]); ok {
				seps = [][]int{{k, k + 2}}
			} else if m := issueWordRe.FindStringIndex(t[k+2:]); m != nil && yearOnlyRe.MatchString(t[k+2:k+2+m[0]]) {
				// "Kesworth Civic Society, 2024 edition": the year of the
				// issue after its publisher's name
				seps = [][]int{{k, k + 2}}
			} else if issueKindEndRe.MatchString(t[:k]) {
				// "Newsletter, April 2025.", "Parish Bulletin, March
				// 2024": the kind of periodical, then its issue's date
				// (a part the loop below reads as a date or nothing)
				seps = [][]int{{k, k + 2}}
			}
		}
	}
	if len(seps) == 0 || len(seps) > 4 || rangeDash(t, seps, dayFirst) {
		return false
	}
	if strings.Contains(t[seps[0][0]:seps[0][1]], "  ") || strings.Contains(t[seps[0][0]:seps[0][1]], "\t") {
		return false // "03/11/2022  -         Signed by President.": a table's row, its columns set apart by runs of spaces
	}
	for _, part := range []struct{ s, e int }{{seps[len(seps)-1][1], len(t)}, {0, seps[0][0]}} {
		p := t[part.s:part.e]
		// "October 2025 issue", "Spring 2024 edition": the issue's date.
		if m := issueWordRe.FindStringIndex(p); m != nil {
			p = p[:m[0]]
		}
		lead, isFor := 0, false
		if m := issueNumberRe.FindStringIndex(p); m != nil && m[1] > 0 && m[1] < len(p) {
			// "Issue 87, Autumn 2025": the issue's number, then its date
			lead, p = m[1], p[m[1]:]
		} else if m := issueForRe.FindStringIndex(p); m != nil && m[1] < len(p) {
			// "Church of the Holy Redeemer — bulletin for Sunday, April
			// 13, 2025": the kind of periodical and the day it is for
			lead, p, isFor = m[1], p[m[1]:], true
		}
		// "Sunday 16 March 2025 (Second Sunday of Lent)": the day's name
		// in the church's year, no part of the date
		if k := strings.LastIndexByte(p, '('); k > 0 && strings.HasSuffix(strings.TrimSpace(p), ")") && !strings.ContainsAny(p[k:], "0123456789") {
			p = strings.TrimRight(p[:k], " ")
		}
		ds := findDates(p, dayFirst)
		if len(ds) == 0 {
			if d, ok := seasonYear(p); ok {
				ds = []dateMatch{d}
			} else if y := strings.TrimSpace(p); yearOnlyRe.MatchString(y) && len(p) != len(t[part.s:part.e]) {
				// "2024 edition": an issue's year
				lead := strings.Index(p, y)
				ds = []dateMatch{{date: timeline.Date{Prec: timeline.Year, Year: atoi(y)}, start: lead, end: lead + len(y)}}
			}
		}
		if len(ds) != 1 || ds[0].noYear {
			continue
		}
		if _, wdOnly := onlyWeekday(strings.Trim(p[:ds[0].start]+p[ds[0].end:], " ,.")); !wdOnly && !(isFor && strings.Trim(p[ds[0].end:], " ,.") == "" && namedSunday(p[:ds[0].start])) {
			// (a bulletin for a day may name it: "bulletin insert for
			// Palm Sunday, April 13, 2025")
			continue // the part is the date alone, perhaps with its weekday ("Friday 7 March 2025")
		}
		rest := t[:part.s] + " " + t[part.e:]
		// "Deadline | 13 December 2017" is a field, not a cover (but
		// "Newsletter - Friday 8 March 2024" names the kind of paper
		// the page is, and its issue's day)
		words := strings.Fields(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return ' '
		}, rest))
		if len(words) < 2 && !(len(words) == 1 && paperKinds[strings.ToLower(words[0])]) || looseWord(rest) || strings.ContainsAny(rest, ".!?") && sentence(rest) {
			return false
		}
		d := ds[0]
		off := strings.Index(b.text, t) + part.s + lead
		d.start += off
		d.end += off
		b.date = d
		return true
	}
	return false
}

// paperKinds are the kinds of periodical a masthead may name alone before
// its issue's date: "Newsletter - Friday 8 March 2024".
var paperKinds = map[string]bool{"newsletter": true, "bulletin": true, "magazine": true, "gazette": true, "digest": true, "newssheet": true}

// issueNumberRe is an issue's number before its date, in the date's part
// of a masthead: "Issue 87, ", "No. 3 – ", "Vol. 12, No. 3, ", and
// after the kind of the publication, "Newsletter No. 142, ", "Bulletin
// 17, ".
var issueNumberRe = regexp.MustCompile(`^(?i:(?:(?:newsletter|bulletin|magazine|journal|gazette|digest)\s+(?:(?:issue|no\.?|number)\s*)?\d+[a-z]?\s*[,:;–—-]?\s*)?(?:(?:issue|no\.?|number|vol\.?|volume|edition)\s*\d+[a-z]?\s*[,:;–—-]?\s*){0,2})`)

// issueForRe is the kind of periodical and "for" before the day or month
// of its issue, in the date's part of a masthead: "bulletin for ",
// "Weekly newsletter for ", "bulletin insert for ".
var issueForRe = regexp.MustCompile(`^(?i:(?:(?:the|our)\s+)?(?:(?:weekly|monthly|parish|church|sunday)\s+)?` + issueWords + `(?:\s+(?:insert|supplement|sheet))?\s+for\s+)`)

// namedSunday reports whether s, the words before a date, names its day
// in the church's year: a capitalised word or two, then its weekday ("Palm
// Sunday, ", "Low Sunday ", "Ash Wednesday, ").
func namedSunday(s string) bool {
	f := strings.Fields(strings.Trim(s, " ,"))
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	if _, ok := weekdayNames[strings.ToLower(f[len(f)-1])]; !ok {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// rangeDash reports whether one of the separators seps of t joins two
// dates, so that the line gives a span ("18 October 2025 – 22 February
// 2026, Gallery 4": an exhibition's run under its name), not a cover's
// parts and its date.
func rangeDash(t string, seps [][]int, dayFirst bool) bool {
	ds := findDates(t, dayFirst)
	for _, sep := range seps {
		before, after := false, false
		for _, d := range ds {
			before = before || d.end == sep[0]
			after = after || d.start == sep[1]
		}
		if before && after {
			return true
		}
	}
	return false
}

// issueWordRe is the word after the date of an issue: "October 2025 issue".
// yearOnlyRe is a year and nothing else.
var yearOnlyRe = regexp.MustCompile(`^(?:1[5-9]|20)\d\d$`)

// issueKindEndRe ends a masthead's name with the kind of periodical it is
// (see issueWords): "Newsletter", "Parish Bulletin".
var issueKindEndRe = regexp.MustCompile(`(?i)\b` + issueWords + `$`)

var issueWordRe = regexp.MustCompile(`(?i)\s+(?:issue|edition)\s*$`)

// seasonRe is a season and its year, as a quarterly dates its issue:
// "Spring 2024", "Autumn 2025", "Winter 2024/25".
var seasonRe = regexp.MustCompile(`(?i)^\s*(spring|summer|autumn|fall|winter)(?:\s+(?:term|semester|session|quarter))?\s+(\d{4})(?:\s*[/–-]\s*(\d{2}|\d{4}))?\s*$`)

// seasonYear reads p, a part of a cover line, as a season and its year
// ("Spring 2024"), at season precision. Winter is the winter that starts
// in December of its year, as TIMEX3 has it; "Winter 2024/25" is the
// winter of 2024 too, but "Winter 2025" may be the one that ends in it,
// and is read as TIMEX3 reads it.
func seasonYear(p string) (dateMatch, bool) {
	m := seasonRe.FindStringSubmatchIndex(p)
	if m == nil {
		return dateMatch{}, false
	}
	y := atoi(p[m[4]:m[5]])
	if y < 1000 {
		return dateMatch{}, false
	}
	if m[6] >= 0 {
		next := atoi(p[m[6]:m[7]])
		if m[7]-m[6] == 2 {
			next += y / 100 * 100
		}
		if next != y+1 || !strings.EqualFold(p[m[2]:m[3]], "winter") {
			return dateMatch{}, false // "Spring 2024/25" is no season
		}
	}
	code := map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[strings.ToLower(p[m[2]:m[3]])]
	d, err := timeline.ParseDate(fmt.Sprintf("%04d-%s", y, code))
	if err != nil {
		return dateMatch{}, false
	}
	return dateMatch{date: d, start: m[2], end: m[1] - (len(p[:m[1]]) - len(strings.TrimRight(p[:m[1]], " \t")))}, true
}
