package text

import (
	"slices"
	"strconv"
	"strings"
)

// A text converted from a paginated document (pdftotext, a printout saved
// as text) marks its page breaks with form feeds, and repeats on every
// page its running heads and feet: the report's title, "Page 3 of 7".
// They are not the text: blankRunning blanks them before the text is read.
//
// A line is running when it stands among the first or last pageEdge
// non-blank lines of at least half the pages (two at least), the same on
// each but for its numbers, which either stay the same or count the
// pages ("Page 3 of 7" on the third page, "Page 4 of 7" on the fourth).
// A number of four digits that changes is a year, not a page's number
// ("2019" atop one page, "2020" atop the next are headings). From a
// page's edge inwards, running lines are blanked: the outermost always,
// the ones inside it only up to a blank line, so that a line of the body
// that happens to recur near a page's end stays. A running line that says
// when the document was published or updated stays where it first
// stands, to date the document.

// pageEdge is how many lines at the top and at the bottom of a page may
// be running heads and feet.
const pageEdge = 3

// pageLine is a line of a page: its bytes in the text.
type pageLine struct{ start, end int }

// blankRunning returns src with its running heads and feet (see above)
// written over with spaces, so that every other byte keeps its offset. A
// text without page breaks is returned as it is.
func blankRunning(src string) string {
	if !strings.Contains(src, "\f") {
		return src
	}
	// The pages and their lines.
	var pages [][]pageLine
	var page []pageLine
	for i := 0; i <= len(src); {
		j := strings.IndexAny(src[i:], "\n\f")
		end := len(src)
		if j >= 0 {
			end = i + j
		}
		page = append(page, pageLine{i, end})
		if end == len(src) {
			break
		}
		if src[end] == '\f' {
			pages, page = append(pages, page), nil
		}
		i = end + 1
	}
	pages = append(pages, page)
	if len(pages) < 2 {
		return src
	}
	text := func(l pageLine) string { return strings.TrimSpace(src[l.start:l.end]) }
	edgesOf := func(p []pageLine) (top, bottom []int) {
		for i := 0; i < len(p) && len(top) < pageEdge; i++ {
			if text(p[i]) != "" {
				top = append(top, i)
			}
		}
		for i := len(p) - 1; i >= 0 && len(bottom) < pageEdge; i-- {
			if text(p[i]) != "" {
				bottom = append(bottom, i)
			}
		}
		return top, bottom
	}
	occ := map[string][]pageOcc{}
	nonEmpty := 0
	for p, lines := range pages {
		top, bottom := edgesOf(lines)
		if len(top) > 0 {
			nonEmpty++
		}
		seen := map[string]bool{}
		for _, i := range append(top, bottom...) {
			k, nums := pageKey(text(lines[i]))
			if !seen[k] {
				seen[k] = true
				occ[k] = append(occ[k], pageOcc{p, nums})
			}
		}
	}
	need := max(2, (nonEmpty+1)/2)
	running := func(s string) bool {
		k, _ := pageKey(s)
		o := occ[k]
		if len(o) < need {
			return false
		}
		for _, x := range o[1:] {
			if len(x.nums) != len(o[0].nums) {
				return false
			}
		}
		for j := range o[0].nums {
			same, counts := true, true
			for _, x := range o[1:] {
				a, b := o[0].nums[j], x.nums[j]
				same = same && a == b
				counts = counts && a >= 0 && b >= 0 && b-a == x.page-o[0].page
			}
			if !same && !counts {
				return false
			}
		}
		return true
	}
	var out []byte // src, copied on the first line blanked
	kept := map[string]bool{}
	if top, _ := edgesOf(pages[0]); len(top) > 0 {
		// The document's first line, a title that runs at the head of
		// every page, stays there to name the document.
		if k, nums := pageKey(text(pages[0][top[0]])); len(occ[k]) > 1 && samePages(occ[k], nums) {
			kept[k] = true
		}
	}
	for p, lines := range pages {
		top, bottom := edgesOf(lines)
		for s, side := range [][]int{top, bottom} {
			inward := 1
			if s == 1 {
				inward = -1
			}
			var run []int
			for _, i := range side {
				if !running(text(lines[i])) {
					break
				}
				run = append(run, i)
			}
			for len(run) > 1 {
				if j := run[len(run)-1] + inward; j < 0 || j >= len(lines) || text(lines[j]) == "" {
					break
				}
				run = run[:len(run)-1]
			}
			for _, i := range run {
				l := lines[i]
				if p == 0 && s == 0 && i == top[0] && kept[firstKey(text(l))] {
					continue // the title
				}
				if t := text(l); mayPublish(t) {
					if k, _ := pageKey(t); !kept[k] {
						kept[k] = true
						continue
					}
				}
				if out == nil {
					out = []byte(src)
				}
				for k := l.start; k < l.end; k++ {
					out[k] = ' '
				}
			}
		}
	}
	if out == nil {
		return src
	}
	return string(out)
}

func firstKey(s string) string {
	k, _ := pageKey(s)
	return k
}

// pageOcc is a line standing at the edge of a page: the page, and the
// numbers the line holds there.
type pageOcc struct {
	page int
	nums []int
}

// samePages reports whether every occurrence of a line has the numbers
// nums: the line is the same on each page, not numbered with it.
func samePages(occ []pageOcc, nums []int) bool {
	for _, o := range occ {
		if !slices.Equal(o.nums, nums) {
			return false
		}
	}
	return true
}

// pageKey is a line with its runs of digits as "#" and its spaces
// collapsed, and the numbers it held, in order: below 0 for a number of
// four digits or more (a year's), which is never a page's.
func pageKey(l string) (string, []int) {
	var b strings.Builder
	var nums []int
	space := false
	for i := 0; i < len(l); {
		c := l[i]
		if c == ' ' || c == '\t' {
			space = true
			i++
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if !isDigit(c) {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(l) && isDigit(l[j]) {
			j++
		}
		n, _ := strconv.Atoi(l[i:min(j, i+9)])
		if j-i >= 4 {
			n = -2 - n // never a page's number, but told apart from others
		}
		nums = append(nums, n)
		b.WriteByte('#')
		i = j
	}
	return b.String(), nums
}
