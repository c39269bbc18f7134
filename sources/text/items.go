package text

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// Dated items: a page of news items, each under its own heading and each
// with its own "Posted ..." line, is a list of stories, not one story:
//
//	## Roadworks on the B2110
//	Posted 12 November 2025
//	Resurfacing starts on Monday ...
//
//	## Remembrance Sunday road closures
//	Posted 28 October 2025
//	The High Street will be closed on Sunday ...
//
// "on Sunday" in the second item counts from 28 October, not from the
// first item's date. An item is a heading and what follows it up to the
// next heading of its rank or higher; its date line is one of the first
// two blocks under the heading (before any other heading), or, on a page
// whose items close with their date ("28 October 2025 | News" under the
// text), the item's last block. A date line is a "Posted", "Published" or
// "Updated" line, a dated byline, a date printed alone, a dateline, or a
// date and a category ("28 October 2025 | News"), with a whole day; a
// "Last updated" line speaks for the whole page and dates no item. Which
// side the dates stand on is decided once for the document: under the
// headings when two items or more are dated so, else at their ends. Two
// dated items or more make a page of items; one dated story keeps the
// document's date, unless a line above its heading dated the page
// already and its own line, opening it over its text, gives another day
// ("Updated 28 July 2025" over "## Panto casting¶5 December 2025¶
// Yesterday the director announced the cast.": the post's day). An item holds no other date line than its own but an
// update's: readers' comments under one heading, each under its dated
// byline, are not one item dated by the first.
//
// Each item's blocks are given the item's date as their own reference
// date (block.own, RefFrom "published-line", "byline", "document" or
// "dateline", RefPos the date in its line); the text before the first
// item, and after the last, keeps the document's. The date line itself is
// a section of kind CitationLine.

// itemFrom are the RefFrom of an item's date line: a section another
// reader gave one of them (an HTML page's item) is an item (see Analyze).
var itemFrom = map[string]bool{"published-line": true, "dateline": true, "byline": true, "document": true}

// versionHeading reports whether a heading names a release and nothing
// else: "Version 2.4.0", "v3.1", "[1.0.2]", "Release 7.2", "Ferrule
// 3.1.4", "Ubuntu 24.04 LTS".
func versionHeading(h string) bool {
	return tempex.ReleaseVersion(h) == len(h)
}

// minItems is the number of dated items that make a page of items.
const minItems = 2

// itemRange is an item found by datedItems: blocks[from:to], headed by
// blocks[from], dated by r.
type itemRange struct {
	from, to int
	r        ref
	// label is the date line when it is a date and a category ("28
	// October 2025 | News"), which classify left as text: it becomes a
	// date line once it dates an item.
	label *block
	// line is the index of the date line in blocks.
	line int
}

// markDatedItems finds the dated items of a document (see above) and sets
// the own reference date of their blocks. It does nothing in a document
// another reader dated part of already (an HTML page's posts), nor in a
// compilation's excerpts (blocks owned by a citation).
func markDatedItems(blocks []*block, owner []int, dayFirst, statement bool, docRef ref) {
	for k, b := range blocks {
		if b.own != nil || b.msg || owner[k] >= 0 {
			return
		}
	}
	items, one := datedItems(blocks, dayFirst)
	if len(items) < minItems {
		if !postUnderPage(blocks, one, docRef) {
			return
		}
		items = []itemRange{one}
	}
	for _, it := range items {
		if it.label != nil {
			it.label.role = dateRole
		}
		r := it.r
		if versionHeading(strings.Trim(blocks[it.from].text, "*_ \t")) {
			// "## Version 2.4.0" over "Released 14 March 2025": the
			// release's day, which its notes' changes are of, as a
			// version heading's own date would be
			r.from = "heading"
		}
		o := &ownRef{r: r, statement: statement, item: true}
		for _, b := range blocks[it.from:it.to] {
			b.own = o
		}
	}
}

// markDatelineItems dates the stories of a digest of wire copy, each a
// run of paragraphs opening with its own dateline, with no heading over
// it:
//
//	NAIROBI, March 3 (Reuters) - Kenya's central bank cut its rate on Monday ...
//
//	LIMA, March 7 (Reuters) - Peru's congress will vote on Monday ...
//
// Each story goes from its dateline to the next one (or to a heading),
// dated by it: "on Monday" in the second is the Monday after 7 March, not
// after the first story's day. A dateline without its year takes the one
// that puts it nearest the document's date (see ownYear). It does nothing
// with fewer than two such paragraphs, nor where a part of the document
// is dated already (markDatedItems, another reader's posts).
func markDatelineItems(blocks []*block, owner []int, dayFirst, statement bool) {
	var at []int
	var refs []*ownRef
	for k, b := range blocks {
		if b.own != nil || b.msg || owner[k] >= 0 {
			return
		}
		if b.kind != paraBlock || b.role != noRole || b.table || b.quoted || b.mail != nil {
			continue
		}
		d, isDL, hasDate := findDateline(b.text, dayFirst)
		if !isDL || !hasDate || d.date.Prec < timeline.Day {
			continue
		}
		at = append(at, k)
		refs = append(refs, &ownRef{r: ref{d.date, "dateline", posIn(b, d.start)}, statement: statement, noYear: d.noYear})
	}
	if len(at) < minItems {
		return
	}
	for n, k := range at {
		end := len(blocks)
		if n+1 < len(at) {
			end = at[n+1]
		}
		for j := k; j < end && blocks[j].kind != headingBlock; j++ {
			blocks[j].own = refs[n]
		}
	}
}

// datedItems returns the dated items of blocks, in order, or nil when
// fewer than minItems are dated on the same side; then one is the only
// item dated under its heading, if there is one.
func datedItems(blocks []*block, dayFirst bool) (items []itemRange, one itemRange) {
	var opening, closing []itemRange
	for k, h := range blocks {
		if h.kind != headingBlock || !h.day.IsZero() {
			continue // a diary's day heading dates its part already
		}
		end := k + 1
		for end < len(blocks) && !(blocks[end].kind == headingBlock && blocks[end].level <= h.level) {
			end++
		}
		if end == k+1 {
			continue
		}
		// Under the heading: one of the first two blocks before any other
		// heading, the first a short one if the second is the date's.
		found := false
		for j := k + 1; j < end && j <= k+2; j++ {
			b := blocks[j]
			if b.kind == headingBlock || b.kind == ruleBlock {
				break
			}
			if r, label, ok := itemDate(b, dayFirst); ok {
				opening = append(opening, itemRange{from: k, to: end, r: r, label: label, line: j})
				found = true
				break
			}
			if len(b.text) > 300 {
				break
			}
		}
		if found {
			continue
		}
		// At the end, under the item's text.
		if last := blocks[end-1]; end-1 > k+1 && last.kind == paraBlock {
			if r, label, ok := itemDate(last, dayFirst); ok {
				closing = append(closing, itemRange{from: k, to: end, r: r, label: label, line: end - 1})
			}
		}
	}
	items = innermost(onlyLine(blocks, opening, dayFirst))
	if len(items) == 1 {
		one = items[0]
	}
	if len(items) < minItems {
		items = innermost(onlyLine(blocks, closing, dayFirst))
	}
	if len(items) < minItems {
		return nil, one
	}
	return items, itemRange{}
}

// postUnderPage reports whether it, the only item dated under its
// heading, is a post on a page dated above it (see above): the page's
// date is a line's that stands before the item's heading, the item's
// line is of another day, and text follows it in the item.
func postUnderPage(blocks []*block, it itemRange, docRef ref) bool {
	if it.to == 0 || it.label != nil || it.line+1 >= it.to || it.r.date == docRef.date || docRef.pos.Line == 0 || blocks[it.line].table {
		return false
	}
	if n := blocks[it.line+1]; n.kind == paraBlock && opensWithDate(n.text) {
		// "Friday, 7 March 2025 (AoE) – Paper submission" over "4 April
		// 2025 – Reviews due": a table's rows of dates, no post's line
		return false
	}
	switch docRef.from {
	case "published-line", "header-line", "document", "byline", "dateline":
	default:
		return false
	}
	if docRef.pos.Offset >= blocks[it.from].pos().Offset {
		return false
	}
	for _, b := range blocks[it.line+1 : it.to] {
		if b.kind == paraBlock && b.role == noRole && !b.table {
			return true
		}
	}
	return false
}

// onlyLine drops the items that hold a date line besides their own (an
// update's line aside): a section of readers' comments, each under its
// dated byline, is no item dated by the first.
func onlyLine(blocks []*block, items []itemRange, dayFirst bool) []itemRange {
	var out []itemRange
	for _, it := range items {
		n := 0
		for _, b := range blocks[it.from:it.to] {
			if b.role == pubRole && !b.pubWin {
				continue
			}
			if _, _, ok := itemDate(b, dayFirst); ok {
				n++
			}
		}
		if n <= 1 {
			out = append(out, it)
		}
	}
	return out
}

// innermost drops the items that hold another (a page's title heading
// over its items), keeping the others in order.
func innermost(items []itemRange) []itemRange {
	var out []itemRange
	for i, it := range items {
		inner := false
		for j, o := range items {
			if i != j && o.from > it.from && o.from < it.to {
				inner = true
				break
			}
		}
		if !inner {
			out = append(out, it)
		}
	}
	return out
}

// labelLine reports whether b is a date and a category ("28 October
// 2025 | News"), the date line of an item another reader dated (see
// Analyze).
func labelLine(b *block, dayFirst bool) bool {
	_, label, ok := itemDate(b, dayFirst)
	return ok && label != nil
}

// pageUpdateRe matches a line that speaks of the whole page's update:
// "Last updated 20 November 2025", "Page last modified: ...".
var pageUpdateRe = regexp.MustCompile(`(?i)^[*_\s]*(?:page\s+|site\s+)?last\s+(?:updated|modified|revised|reviewed)\b`)

// categoryRe matches what may follow an item's date on its line: a bar
// or a dot and a few words naming the item's section ("| News", "·
// Transport & roads"). A dash does not do: "4 August 1914 – War" is an
// entry of a chronology.
var categoryRe = regexp.MustCompile(`^\s*[|·•]\s*\p{L}[\p{L}&'’]*(?:\s+[\p{L}&'’]+){0,3}$`)

// itemDate reads the date line of an item (see above): the date of a
// "Posted", "Published" or "Updated" line, a dated byline, a date printed
// alone, a dateline opening the item's first paragraph, or a date with a
// category (label is then b); a whole day with its year.
func itemDate(b *block, dayFirst bool) (r ref, label *block, ok bool) {
	if b.kind != paraBlock || b.table || b.quoted || b.lines > 3 {
		return ref{}, nil, false
	}
	day := func(d dateMatch) bool { return !d.noYear && d.date.Prec >= timeline.Day }
	switch b.role {
	case pubRole:
		if pageUpdateRe.MatchString(b.text) || !day(b.date) {
			return ref{}, nil, false
		}
		return ref{b.date.date, "published-line", posIn(b, b.date.start)}, nil, true
	case bylineRole:
		if !b.date.date.IsZero() && day(b.date) {
			return ref{b.date.date, "byline", posIn(b, b.date.start)}, nil, true
		}
		return ref{}, nil, false
	case dateRole:
		if day(b.date) {
			return ref{b.date.date, "document", posIn(b, b.date.start)}, nil, true
		}
		return ref{}, nil, false
	case datelineRole:
		if day(b.date) {
			return ref{b.date.date, "dateline", posIn(b, b.date.start)}, nil, true
		}
		return ref{}, nil, false
	case noRole:
	default:
		return ref{}, nil, false
	}
	if d, isDL, hasDate := findDateline(b.text, dayFirst); isDL && hasDate && day(d) {
		return ref{d.date, "dateline", posIn(b, d.start)}, nil, true
	}
	// "28 October 2025 | News"
	if b.lines == 1 && len(b.text) <= 80 && listMarker(b.first) == "" {
		s := strings.TrimLeft(b.text, "*_ \t")
		lead := len(b.text) - len(s)
		if ds := findDates(s, dayFirst); len(ds) > 0 && ds[0].start == 0 && day(ds[0]) && categoryRe.MatchString(strings.TrimRight(s[ds[0].end:], "*_ \t")) {
			return ref{ds[0].date, "document", posIn(b, lead)}, b, true
		}
	}
	return ref{}, nil, false
}
