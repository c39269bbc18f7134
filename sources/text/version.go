package text

import (
	"regexp"
	"strings"
)

// versionLabelRe is the label of a document's version date in its header:
// "Version of 20 April 2026", "Version dated 3 May 2025", "Revised 3 May
// 2025", "Revision of 3 May 2025".
var versionLabelRe = regexp.MustCompile(`(?i)\b(?:version|revision|edition)\s+(?:of|dated|date:?)\s+|\brevised(?:\s+on)?:?\s+`)

// versionRef finds the date of the document's version in a line of its
// header that is not itself a header line: "Lisbon and online · 12–14
// May 2026 · Version of 20 April 2026", the line of a programme's cover
// that also gives the days it is about (or a heading, as a short line
// of that sort is read). That is the day the text was
// written, and outranks the file's creation stamp (the day it was
// printed). Only the first few short paragraphs of the document's own
// part are looked at, before a paragraph of story.
func versionRef(blocks []*block, scope []int, dayFirst bool) (ref, bool) {
	seen := 0
	for _, k := range scope {
		b := blocks[k]
		if b.kind != paraBlock && b.kind != headingBlock || b.table || b.msg {
			continue
		}
		if seen++; seen > 4 || b.lines > 3 || len(b.text) > 240 {
			break
		}
		for _, m := range versionLabelRe.FindAllStringIndex(b.text, 2) {
			if before := strings.TrimRight(b.text[:m[0]], " *_"); before != "" && !strings.ContainsAny(lastRune(before), "·|—–(") {
				continue // "... and revised on 3 May 2018, said officials": a sentence's
			}
			ds := findDates(b.text[m[1]:], dayFirst)
			if len(ds) == 0 || ds[0].start != 0 || ds[0].noYear {
				continue
			}
			if rest := strings.TrimLeft(b.text[m[1]+ds[0].end:], " *_"); rest != "" && !strings.ContainsAny(rest[:1], ".,;·|—–-)\n") {
				continue // "Version of 20 April 2026 draft rules": more follows
			}
			return ref{date: ds[0].date, from: "header-line", pos: posIn(b, m[1]+ds[0].start)}, true
		}
	}
	return ref{}, false
}

// versionOK sets *r to the document's version date (see versionRef) and
// reports whether there is one.
func versionOK(blocks []*block, scope []int, dayFirst bool, r *ref) bool {
	v, ok := versionRef(blocks, scope, dayFirst)
	if ok {
		*r = v
	}
	return ok
}
