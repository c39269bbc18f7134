package pdf

import (
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fragment is a run of glyphs drawn one after another on one baseline.
type fragment struct {
	x0, x1, y, size float64
	text            strings.Builder
	col             int // column, or -1 for a fragment spanning columns
	// mixed: glyphs of a notably different size were joined to it (a drop
	// cap and the text after it).
	mixed bool
}

// fragments joins glyphs, in the order the page draws them, into runs on a
// baseline; a gap wider than about a word space starts a new run, and a
// narrower one that the page drew no space for becomes a space.
func fragments(gs []glyph) []*fragment {
	var out []*fragment
	var cur *fragment
	for _, g := range gs {
		size := g.size
		if size <= 0 {
			size = 1
		}
		if strings.TrimSpace(g.s) == "" && cur == nil {
			continue
		}
		if cur != nil {
			gap := g.x - cur.x1
			sameLine := math.Abs(g.y-cur.y) < 0.3*math.Max(size, cur.size)
			if sameLine && gap > -0.5*size && gap < 1.5*size {
				if gap > 0.2*size && !strings.HasSuffix(cur.text.String(), " ") && strings.TrimSpace(g.s) != "" {
					cur.text.WriteByte(' ')
				}
				cur.text.WriteString(g.s)
				cur.x1 = math.Max(cur.x1, g.x+g.w)
				if math.Abs(size-cur.size) > 0.2*math.Max(size, cur.size) && strings.TrimSpace(g.s) != "" {
					cur.mixed = true
				}
				continue
			}
		}
		if strings.TrimSpace(g.s) == "" {
			cur = nil
			continue
		}
		cur = &fragment{x0: g.x, x1: g.x + g.w, y: g.y, size: size}
		cur.text.WriteString(g.s)
		out = append(out, cur)
	}
	return out
}

// pageText lays a page's glyphs out in reading order: columns found from
// the vertical gutters between them, each read top to bottom, left column
// first; a line that spans the columns (a title, a footer) ends the
// columns above it. Lines are separated by "\n" and paragraphs (a wider
// vertical gap) by a blank line.
//
// title is the page's top line or lines when they are set larger than its
// body text (see pageTitle).
func pageText(gs []glyph) (text, title string) {
	frags := fragments(gs)
	if len(frags) == 0 {
		return "", ""
	}
	gutters := findGutters(frags)
	for _, f := range frags {
		f.col = columnOf(f, gutters)
	}
	// Top to bottom, then left to right.
	sort.SliceStable(frags, func(i, j int) bool {
		a, b := frags[i], frags[j]
		if math.Abs(a.y-b.y) > 0.3*math.Min(a.size, b.size) {
			return a.y > b.y
		}
		return a.x0 < b.x0
	})
	title = pageTitle(frags)
	var b strings.Builder
	var band []*fragment
	flush := func() {
		if tableBand(band, len(gutters)+1) {
			// a table's rows, each read across its cells: "M3
			// Integration test complete | 30 Jun 2025 | 15 Jul 2025"
			writeRows(&b, band)
			band = band[:0]
			return
		}
		for c := 0; c <= len(gutters); c++ {
			var col []*fragment
			for _, f := range band {
				if f.col == c {
					col = append(col, f)
				}
			}
			writeLines(&b, col)
		}
		band = band[:0]
	}
	for _, f := range frags {
		if f.col < 0 {
			flush()
			writeLines(&b, []*fragment{f})
			continue
		}
		band = append(band, f)
	}
	flush()
	return strings.TrimSpace(b.String()), title
}

// tableBand reports whether the fragments of a band between full-width
// lines, split into cols columns by gutters, are a table's cells rather
// than columns of running text: most of its lines have a fragment at the
// same height in two columns or more, and they are short (a date, a
// name), where a column of text fills its width with words.
func tableBand(band []*fragment, cols int) bool {
	if cols < 2 || len(band) < 4 {
		return false
	}
	rows := rowsOf(band)
	multi, chars := 0, 0
	for _, r := range rows {
		seen := map[int]bool{}
		for _, f := range r {
			seen[f.col] = true
		}
		if len(seen) >= 2 {
			multi++
		}
	}
	for _, f := range band {
		chars += utf8.RuneCountInString(strings.TrimSpace(f.text.String()))
	}
	return len(rows) >= 2 && multi*10 >= len(rows)*6 && chars < 28*len(band)
}

// rowsOf groups the fragments of a band (top to bottom, then left to
// right) into the lines they stand on.
func rowsOf(band []*fragment) [][]*fragment {
	var rows [][]*fragment
	for i := 0; i < len(band); {
		j := i + 1
		for j < len(band) && math.Abs(band[j].y-band[i].y) < 0.5*math.Min(band[i].size, band[j].size) {
			j++
		}
		rows = append(rows, band[i:j])
		i = j
	}
	return rows
}

// writeRows writes a table's rows as the text readers read a table, a
// line each between bars, its first row the header ("| Milestone |
// Baseline |", "| --- | --- |"), a blank line before and after it.
func writeRows(b *strings.Builder, band []*fragment) {
	rows := rowsOf(band)
	// the lines above the table's first row of cells (a title, a
	// caption), and those after its last, are no rows of it
	first, last := 0, len(rows)-1
	for first < len(rows) && len(rows[first]) < 2 {
		first++
	}
	for last > first && len(rows[last]) < 2 {
		last--
	}
	writeLines(b, slices.Concat(rows[:first]...))
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	for k, r := range rows[first : last+1] {
		sort.SliceStable(r, func(a, c int) bool { return r[a].x0 < r[c].x0 })
		if k > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("|")
		for _, f := range r {
			b.WriteString(" ")
			b.WriteString(strings.ReplaceAll(strings.TrimSpace(f.text.String()), "|", "/"))
			b.WriteString(" |")
		}
		if k == 0 {
			b.WriteString("\n|")
			for range r {
				b.WriteString(" --- |")
			}
		}
	}
	b.WriteString("\n\n")
	writeLines(b, slices.Concat(rows[last+1:]...))
}

// pageTitle returns the text at the top of a page (frags in reading order)
// when it is set in a larger font than the page's body, the size most of
// its characters have: at most three lines of that size, together at most
// 200 characters with three letters at least (not a drop cap), joined by
// spaces. Otherwise it returns "".
func pageTitle(frags []*fragment) string {
	chars := map[float64]int{}
	for _, f := range frags {
		chars[math.Round(f.size*2)/2] += utf8.RuneCountInString(f.text.String())
	}
	body, most := 0.0, -1
	for size, n := range chars {
		if n > most || n == most && size < body {
			body, most = size, n
		}
	}
	top := frags[0]
	if top.size < 1.15*body {
		return ""
	}
	var parts []string
	lines, y := 0, math.Inf(1)
	for _, f := range frags {
		if math.Abs(f.size-top.size) > 0.1*top.size {
			break
		}
		if y-f.y > 0.3*f.size {
			if lines++; lines > 3 {
				return ""
			}
			y = f.y
		}
		if f.mixed {
			return "" // a drop cap: the text after it is body text
		}
		parts = append(parts, strings.TrimSpace(f.text.String()))
	}
	title := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
	letters := 0
	for _, r := range title {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 || utf8.RuneCountInString(title) > 200 {
		return "" // a drop cap, a page number, or a block of text
	}
	return title
}

// writeLines writes the fragments of one column (already top to bottom)
// as lines, a blank line between paragraphs.
func writeLines(b *strings.Builder, frags []*fragment) {
	if len(frags) == 0 {
		return
	}
	type line struct {
		y, size, x0, x1 float64
		text            string
	}
	var lines []line
	for i := 0; i < len(frags); {
		j := i + 1
		for j < len(frags) && math.Abs(frags[j].y-frags[i].y) < 0.5*math.Min(frags[i].size, frags[j].size) {
			j++
		}
		parts := frags[i:j]
		sort.SliceStable(parts, func(a, c int) bool { return parts[a].x0 < parts[c].x0 })
		var sb strings.Builder
		for k, p := range parts {
			if k > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(strings.TrimSpace(p.text.String()))
		}
		l := line{y: frags[i].y, size: frags[i].size, x0: math.Inf(1), x1: math.Inf(-1), text: sb.String()}
		for _, p := range parts {
			l.x0, l.x1 = math.Min(l.x0, p.x0), math.Max(l.x1, p.x1)
		}
		lines = append(lines, l)
		i = j
	}
	// The usual distance between lines, to tell a paragraph break.
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].y - lines[i].y; d > 0 {
			gaps = append(gaps, d)
		}
	}
	usual := 0.0
	if len(gaps) > 0 {
		sort.Float64s(gaps)
		usual = gaps[(len(gaps)-1)/3] // the common spacing, not a paragraph gap
	}
	if len(gaps) > 0 && len(gaps) < 4 {
		// too few lines to tell their common spacing: no more than a
		// single-spaced line's of their type ("Available online 2
		// January 2023" over a paragraph of one line)
		size := math.Inf(1)
		for _, l := range lines {
			size = math.Min(size, l.size)
		}
		usual = math.Min(usual, 1.25*size)
	}
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	// The right edge of the column's lines of a size (a title's lines are
	// measured against each other, not against the body's), to tell a line
	// ended before it.
	sameSize := func(a, b float64) bool { return math.Abs(a-b) <= 0.2*math.Max(a, b) }
	right := sizeEdges(len(lines), func(i int) (float64, float64) { return lines[i].size, lines[i].x1 }, sameSize)
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			d := prev.y - l.y
			edge, n := right(prev.size)
			if d > 1.4*usual && d > 1.2*l.size || !sameSize(l.size, prev.size) ||
				n >= 2 && endedEarly(prev.x1, edge, l.x1-l.x0, l.text) {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
	}
}

// sizeEdges returns a function that gives, for a font size, the rightmost
// x1 of the n lines (size and x1 of line i by at) whose size is the same
// (0.8 to 1.25 times it), and how many they are. It answers in O(log n)
// from a sparse table of maxima over the lines sorted by size, so that a
// column of many lines in many sizes stays linear-logarithmic.
func sizeEdges(n int, at func(i int) (size, x1 float64), same func(a, b float64) bool) func(size float64) (float64, int) {
	type sx struct{ size, x1 float64 }
	ls := make([]sx, n)
	for i := range ls {
		ls[i].size, ls[i].x1 = at(i)
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].size < ls[j].size })
	// table[k][i] is the largest x1 of ls[i : i+2^k].
	table := [][]float64{make([]float64, n)}
	for i, l := range ls {
		table[0][i] = l.x1
	}
	for k := 1; 1<<k <= n; k++ {
		prev, row := table[k-1], make([]float64, n-(1<<k)+1)
		for i := range row {
			row[i] = math.Max(prev[i], prev[i+1<<(k-1)])
		}
		table = append(table, row)
	}
	return func(size float64) (float64, int) {
		lo := sort.Search(n, func(i int) bool { return ls[i].size >= size || same(ls[i].size, size) })
		hi := sort.Search(n, func(i int) bool { return ls[i].size > size && !same(ls[i].size, size) })
		if lo >= hi {
			return math.Inf(-1), 0
		}
		k := bits.Len(uint(hi-lo)) - 1
		return math.Max(table[k][lo], table[k][hi-1<<k]), hi - lo
	}
}

// endedEarly tells whether a line ending at x1, in a column whose lines
// reach right, was ended on purpose (a heading, the last line of a
// paragraph, an item of a list) rather than wrapped: the first word of the
// next line, whose width is next's over its text, would have fitted after
// it with room to spare. Text that wraps never leaves such room, so the
// line is the end of a block: "Annual report 2020" above the first
// sentence stays a heading instead of being read into that sentence.
func endedEarly(x1, right, width float64, next string) bool {
	n := utf8.RuneCountInString(next)
	if n == 0 || width <= 0 {
		return false
	}
	em := width / float64(n) // the next line's average character width
	first, _, _ := strings.Cut(next, " ")
	need := em * float64(utf8.RuneCountInString(first)+1) // the word and a space
	return right-x1 > need+2*em
}

// gutter is an empty vertical strip between columns.
type gutter struct{ x0, x1 float64 }

// findGutters looks for x ranges that no fragment covers (or only a few
// spanning ones, such as a title) with text on both sides: the gaps
// between columns.
func findGutters(frags []*fragment) []gutter {
	minX, maxX := math.Inf(1), math.Inf(-1)
	var sizes []float64
	for _, f := range frags {
		minX = math.Min(minX, f.x0)
		maxX = math.Max(maxX, f.x1)
		sizes = append(sizes, f.size)
	}
	sort.Float64s(sizes)
	em := sizes[len(sizes)/2]
	width := int(maxX-minX) + 1
	if width < 3 || width > 20000 || len(frags) < 4 {
		return nil
	}
	// Lines wider than most of the text block (a title, a footer) cross
	// the gutters; they are left out of the coverage.
	cover := make([]int, width)
	for _, f := range frags {
		if f.x1-f.x0 > 0.6*(maxX-minX) {
			continue
		}
		for x := int(f.x0 - minX); x < int(f.x1-minX) && x < width; x++ {
			if x >= 0 {
				cover[x]++
			}
		}
	}
	// A few stray lines may cross a gutter: allow a twentieth of them.
	allowed := len(frags) / 20
	var out []gutter
	for x := 0; x < width; {
		if cover[x] > allowed {
			x++
			continue
		}
		start := x
		for x < width && cover[x] <= allowed {
			x++
		}
		g := gutter{minX + float64(start), minX + float64(x)}
		if start == 0 || x >= width || g.x1-g.x0 < math.Max(em, 6) {
			continue
		}
		// Columns have lines on both sides: at least three each.
		left, right := 0, 0
		for _, f := range frags {
			switch {
			case f.x1 <= g.x0+1:
				left++
			case f.x0 >= g.x1-1:
				right++
			}
		}
		if left >= 3 && right >= 3 {
			out = append(out, g)
		}
	}
	return out
}

// columnOf returns the column a fragment lies in, or -1 when it crosses a
// gutter.
func columnOf(f *fragment, gutters []gutter) int {
	col := 0
	for _, g := range gutters {
		switch {
		case f.x1 <= g.x0+1:
			return col
		case f.x0 >= g.x1-1:
			col++
		default:
			return -1
		}
	}
	return col
}
