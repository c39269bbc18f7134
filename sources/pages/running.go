package pages

import (
	"slices"
	"strconv"
	"strings"
)

// edgeLines is how many non-blank lines at the top and at the bottom of a
// page may be running heads and feet.
const edgeLines = 3

// Options say what a reader knows of its document.
type Options struct {
	// Title is the document's own title (a PDF's Info Title), empty when
	// it has none. A document with no title of its own keeps a title
	// that runs at the head of its pages once, atop its first page; a
	// print header or footer may hold the title.
	Title string

	// Print recognizes a browser's print header or footer at a page's
	// edge, on any page (see the package documentation).
	Print bool

	// Dates reports whether a line says when the document was published
	// or updated. Such a running line is kept once, where it first
	// stands, to date the document. With Dates nil, none is kept.
	Dates func(line string) bool
}

// Running returns the running heads and feet of a document, given the
// lines of each of its pages (see the package documentation): for each
// page, the indexes of its running lines in ascending order, nil for a
// page with none. url is the address of the web page a browser's print
// header or footer names (with Options.Print), for the document's
// citation.
func Running(pages [][]string, opt Options) (running [][]int, url string) {
	f := finder{opt: opt, occ: map[string][]occurrence{}, runs: map[string]bool{}}
	tops := make([][]edgeLine, len(pages))
	bottoms := make([][]edgeLine, len(pages))
	withText := 0
	for p, lines := range pages {
		tops[p], bottoms[p] = f.edges(lines)
		if len(tops[p]) > 0 {
			withText++
		}
		// One occurrence a page for each line's key.
		seen := map[string]bool{}
		for _, side := range [][]edgeLine{tops[p], bottoms[p]} {
			for _, e := range side {
				if !seen[e.key] {
					seen[e.key] = true
					f.occ[e.key] = append(f.occ[e.key], occurrence{page: p, nums: e.nums})
				}
			}
		}
	}
	f.need = max(2, (withText+1)/2)

	// With no title of its own, the document keeps the first line of its
	// first page with text when that line is a title running, unchanged,
	// at the head of the pages, to be named by it.
	kept := map[string]bool{} // the keys of the lines kept once
	titlePage, titleLine := -1, -1
	if opt.Title == "" {
		for p, top := range tops {
			if len(top) == 0 {
				continue
			}
			if e := top[0]; f.running(e.key) && !e.print && unnumbered(f.occ[e.key], e.nums) {
				titlePage, titleLine = p, e.i
				kept[e.key] = true
			}
			break
		}
	}

	running = make([][]int, len(pages))
	for p, lines := range pages {
		decided := map[int]bool{} // a short page's line may be at both edges
		var drop []int
		for s, side := range [][]edgeLine{tops[p], bottoms[p]} {
			inward := 1 // the next line towards the body
			if s == 1 {
				inward = -1
			}
			// From the edge inwards, the lines that are running heads or
			// feet; past the outermost, only up to a blank line, so that
			// a line of the body that recurs at the page's end stays.
			n := 0
			for _, e := range side {
				if !f.running(e.key) && !e.print {
					break
				}
				n++
			}
			for n > 1 {
				if j := side[n-1].i + inward; j < 0 || j >= len(lines) || strings.TrimSpace(lines[j]) == "" {
					break
				}
				n--
			}
			for _, e := range side[:n] {
				if decided[e.i] {
					continue
				}
				decided[e.i] = true
				switch {
				case p == titlePage && e.i == titleLine:
					continue // the title
				case e.print:
					if url == "" {
						url = e.url
					}
				case opt.Dates != nil && !kept[e.key] && opt.Dates(e.text):
					kept[e.key] = true
					continue
				}
				drop = append(drop, e.i)
			}
		}
		slices.Sort(drop)
		running[p] = drop
	}
	return running, url
}

// finder holds what Running learns of a document's edge lines.
type finder struct {
	opt  Options
	occ  map[string][]occurrence // the pages each key stands at the edge of
	need int                     // how many pages a running line stands on
	runs map[string]bool         // running, by key, once decided
}

// occurrence is a line among the edge lines of a page: the page, and the
// numbers the line holds there.
type occurrence struct {
	page int
	nums []int
}

// edgeLine is one of the first or last non-blank lines of a page.
type edgeLine struct {
	i    int    // its index among the page's lines
	text string // trimmed
	key  string // see lineKey
	nums []int
	// print is whether it is a browser's print header or footer (with
	// Options.Print), url the web page's address it names.
	print bool
	url   string
}

// edges returns the first and the last edgeLines non-blank lines of a
// page, from its top down and from its bottom up.
func (f *finder) edges(lines []string) (top, bottom []edgeLine) {
	line := func(i int) edgeLine {
		e := edgeLine{i: i, text: strings.TrimSpace(lines[i])}
		e.key, e.nums = lineKey(e.text)
		if f.opt.Print {
			e.url, e.print = printLine(e.text, f.opt.Title)
		}
		return e
	}
	last := len(lines)
	for i := 0; i < len(lines) && len(top) < edgeLines; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			top = append(top, line(i))
			last = i
		}
	}
	for i := len(lines) - 1; i >= 0 && len(bottom) < edgeLines; i-- {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if i <= last { // among the top lines already
			k := slices.IndexFunc(top, func(e edgeLine) bool { return e.i == i })
			bottom = append(bottom, top[k])
			continue
		}
		bottom = append(bottom, line(i))
	}
	return top, bottom
}

// running reports whether the line of key k stands at the edge of enough
// pages, its numbers the same on each or counting the pages.
func (f *finder) running(k string) bool {
	r, ok := f.runs[k]
	if !ok {
		o := f.occ[k]
		r = len(o) >= f.need && pageCount(o)
		f.runs[k] = r
	}
	return r
}

// lineKey is a line with its runs of digits as "#" and its runs of spaces
// as one, and the numbers it held, in order: below zero for a number of
// four digits or more (a year's), which is never a page's, but told apart
// from the others.
func lineKey(l string) (string, []int) {
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
		if c < '0' || c > '9' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] >= '0' && l[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(l[i:min(j, i+9)])
		if j-i >= 4 {
			n = -2 - n
		}
		nums = append(nums, n)
		b.WriteByte('#')
		i = j
	}
	return b.String(), nums
}

// pageCount reports whether the numbers of a line on several pages either
// stay the same or count the pages: at each place, a number that changes
// changes as the page does (page 3 says 5, page 4 says 6).
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
			same = same && a == b
			counts = counts && a >= 0 && b >= 0 && b-a == o.page-occ[0].page
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
