package pdf

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Running heads and feet are the lines a PDF repeats at the top or the
// bottom of its pages: a report's title, "Page 3 of 7", a browser's print
// header ("11/28/26, 7:03 PM  Riverside Community Choir — Year in Review
// 2024") and footer ("https://example.org/review  1/2"). They are not the
// text: read as text, the print header's stamp would be an event of the
// day the page was printed. dropRunning removes them.
//
// A line is running when it stands among the first or last edgeLines
// lines of at least half the pages (two at least) and is the same on each
// but for its numbers, which either do not change or count the pages
// (the page's number, perhaps with an offset, as in "Page 3 of 7"). Years that change from page to page ("2019" atop one page,
// "2020" atop the next) are headings, not page numbers: a changing number
// of four digits keeps the line.
//
// A browser's print header or footer is dropped even on a one-page
// document: an edge line made of a print stamp (a date with its clock
// time), a page counter ("1/2", "Page 1 of 2"), an address and the
// document's title, and nothing else, with a stamp or an address among
// them.
//
// Two kinds of running line stay, once. A document with no title of its
// own (no Info Title, no large type atop its first page) keeps the first
// line of its first page, a title running at the head of every page, to
// be named by it. And a line that says when the document was published,
// issued or updated ("Harbour Review · Published 9 March 2018 · page 2")
// dates the document, and the shared analysis reads it as such, metadata
// rather than an event.

// edgeLines is how many lines at the top and at the bottom of a page may
// be running heads and feet.
const edgeLines = 3

// ligatures are the typographic ligatures some fonts draw (a browser's
// print footer writes "ﬁle:///"), read as their letters.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

var (
	// stampRe is a print stamp: a numeric date and a clock time, as
	// browsers print them ("11/28/26, 7:03 PM", "28/11/2026, 19:03",
	// "2026-11-28 19:03").
	stampRe = regexp.MustCompile(`(?i)\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?(?:\s+(?-i:[A-Z]{2,5})\b)?`)
	// addressRe is an address: a URL with its scheme.
	addressRe = regexp.MustCompile(`\b(?:https?|file|ftp|about):\S*`)
	// counterRe is a page counter: "1/2", "1 of 2", "Page 1 of 2", "p. 3".
	counterRe = regexp.MustCompile(`(?i)(?:\bpage\s+|\bp\.\s*)?\b\d{1,4}\s*(?:/|\bof\b)\s*\d{1,4}\b|\b(?:page|p\.)\s*\d{1,4}\b`)
	// pubWordRe finds the words of a line that dates the document.
	pubWordRe = regexp.MustCompile(`(?i)\b(?:published|issued|updated|revised|released|posted)\b`)
)

// lineKey is a line with its runs of digits as "#" and its spaces
// collapsed, and the numbers it held, in order.
func lineKey(l string) (string, []int) {
	var b strings.Builder
	var nums []int
	space := false
	for i := 0; i < len(l); {
		c := l[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(l[i:min(j, i+9)])
			if j-i >= 4 {
				n = -2 - n // four digits or more (a year's): never a page's number
			}
			nums = append(nums, n)
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte('#')
			i = j
		case c == ' ' || c == '\t':
			space = true
			i++
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nums
}

// occurrence is a line among the edge lines of a page.
type occurrence struct {
	page int
	nums []int
}

// pageCount reports whether the numbers of a line on several pages
// either stay the same or count the pages: at each place, a number that
// changes changes as the page does (page 3 says 5, page 4 says 6).
func pageCount(occ []occurrence) bool {
	for _, o := range occ[1:] {
		if len(o.nums) != len(occ[0].nums) {
			return false // a "#" written, not a number
		}
	}
	for j := range occ[0].nums {
		same, counts := true, true
		for _, o := range occ[1:] {
			a, b := occ[0].nums[j], o.nums[j]
			if a != b {
				same = false
			}
			if a < 0 || b < 0 || b-a != o.page-occ[0].page {
				counts = false
			}
		}
		if !same && !counts {
			return false
		}
	}
	return true
}

// unnumbered reports whether every occurrence of a line has the numbers
// nums: the line is the same on each page, not numbered with it.
func unnumbered(occ []occurrence, nums []int) bool {
	for _, o := range occ {
		if !slices.Equal(o.nums, nums) {
			return false
		}
	}
	return true
}

// edges returns the indexes of the first and last edgeLines non-blank
// lines of a page's lines, top first, then bottom last.
func edges(lines []string) (top, bottom []int) {
	for i := 0; i < len(lines) && len(top) < edgeLines; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			top = append(top, i)
		}
	}
	for i := len(lines) - 1; i >= 0 && len(bottom) < edgeLines; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			bottom = append(bottom, i)
		}
	}
	return top, bottom
}

// dropRunning removes the running heads and feet of texts, the pages'
// texts, in place (see above). title is the document's title. It returns
// the address a browser's print header or footer gave, when it is a web
// page's ("https://..."), for the document's citation.
func dropRunning(texts []string, title string) (url string) {
	pages := make([][]string, len(texts))
	for i, t := range texts {
		if t != "" {
			pages[i] = strings.Split(t, "\n")
		}
	}
	// The edge lines of each page, by key: one occurrence a page.
	occ := map[string][]occurrence{}
	for p, lines := range pages {
		top, bottom := edges(lines)
		seen := map[string]bool{}
		for _, i := range append(top, bottom...) {
			k, nums := lineKey(strings.TrimSpace(lines[i]))
			if !seen[k] {
				seen[k] = true
				occ[k] = append(occ[k], occurrence{page: p, nums: nums})
			}
		}
	}
	need := max(2, (len(texts)+1)/2)
	running := func(l string) bool {
		k, _ := lineKey(strings.TrimSpace(l))
		o := occ[k]
		return len(o) >= need && pageCount(o)
	}
	kept := map[string]bool{} // the dating lines kept once
	// With no title of its own, the document keeps the first line of its
	// first page, a title that runs at the head of every page, to be
	// named by it.
	firstPage, firstLine := -1, -1
	for p, lines := range pages {
		if top, _ := edges(lines); len(top) > 0 {
			l := strings.TrimSpace(lines[top[0]])
			if k, nums := lineKey(l); title == "" && running(l) && !printed(l, title) && unnumbered(occ[k], nums) {
				firstPage, firstLine = p, top[0]
			}
			break
		}
	}
	for p, lines := range pages {
		if lines == nil {
			continue
		}
		drop := map[int]bool{}
		top, bottom := edges(lines)
		for s, side := range [][]int{top, bottom} {
			inward := 1 // the next line towards the body
			if s == 1 {
				inward = -1
			}
			// From the edge inwards, the lines that are running heads or
			// feet; past the outermost, only up to a blank line, so that
			// a line of the body that recurs at the page's end ("More
			// text follows.") stays.
			var run []int
			for _, i := range side {
				if l := strings.TrimSpace(lines[i]); !running(l) && !printed(l, title) {
					break
				}
				run = append(run, i)
			}
			for len(run) > 1 {
				if j := run[len(run)-1] + inward; j < 0 || j >= len(lines) || strings.TrimSpace(lines[j]) == "" {
					break
				}
				run = run[:len(run)-1]
			}
			for _, i := range run {
				if p == firstPage && i == firstLine {
					continue // the title
				}
				l := strings.TrimSpace(lines[i])
				if u, ok := printLine(l, title); ok {
					if url == "" {
						url = u
					}
				} else if pubWordRe.MatchString(l) {
					if k, _ := lineKey(l); !kept[k] {
						kept[k] = true
						continue
					}
				}
				drop[i] = true
			}
		}
		if len(drop) == 0 {
			continue
		}
		out := lines[:0]
		for i, l := range lines {
			if !drop[i] {
				out = append(out, l)
			}
		}
		texts[p] = strings.Trim(collapseBlank(strings.Join(out, "\n")), "\n")
	}
	return url
}

// collapseBlank turns runs of blank lines into one, as a removed line may
// leave two blank lines together.
func collapseBlank(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}

// printed reports whether l is a browser's print header or footer (see
// printLine).
func printed(l, title string) bool {
	_, ok := printLine(l, title)
	return ok
}

// printLine reports whether l, an edge line of a page, is a browser's
// print header or footer: a print stamp, a page counter, an address and
// the document's title, in any order and nothing else, with a stamp or
// an address among them. A stamp opening the line may be followed by the
// title cut short ("Riverside Community Choir — Year in Rev…"). It
// returns the address when it is a web page's.
func printLine(l, title string) (url string, ok bool) {
	s := ligatures.Replace(l)
	found, stampFirst := false, false
	if m := stampRe.FindStringIndex(s); m != nil {
		found, stampFirst = true, strings.TrimSpace(s[:m[0]]) == ""
		s = s[:m[0]] + " " + s[m[1]:]
	}
	if m := addressRe.FindStringIndex(s); m != nil {
		found = true
		u := strings.TrimRight(s[m[0]:m[1]], ".,;")
		if (strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")) && !strings.ContainsAny(u, "…") && !strings.Contains(u, "...") {
			url = u
		}
		s = s[:m[0]] + " " + s[m[1]:]
	}
	if !found {
		return "", false
	}
	rest := strings.Join(strings.Fields(s), " ")
	t := strings.Join(strings.Fields(ligatures.Replace(title)), " ")
	if t != "" {
		rest = strings.Replace(rest, t, " ", 1)
	}
	rest = strings.Join(strings.Fields(counterRe.ReplaceAllString(rest, " ")), " ")
	rest = strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '…' })
	switch {
	case rest == "":
		return url, true
	case stampFirst && t != "" && strings.HasSuffix(rest, "…") && strings.HasPrefix(t, strings.TrimSpace(strings.TrimSuffix(rest, "…"))):
		return url, true // the title cut short
	}
	return "", false
}
