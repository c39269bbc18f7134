package pdf

import (
	"math"
	"sort"
	"strings"
)

// fragment is a run of glyphs drawn one after another on one baseline.
type fragment struct {
	x0, x1, y, size float64
	text            strings.Builder
	col             int // column, or -1 for a fragment spanning columns
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
func pageText(gs []glyph) string {
	frags := fragments(gs)
	if len(frags) == 0 {
		return ""
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
	var b strings.Builder
	var band []*fragment
	flush := func() {
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
	return strings.TrimSpace(b.String())
}

// writeLines writes the fragments of one column (already top to bottom)
// as lines, a blank line between paragraphs.
func writeLines(b *strings.Builder, frags []*fragment) {
	if len(frags) == 0 {
		return
	}
	type line struct {
		y, size float64
		text    string
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
		lines = append(lines, line{y: frags[i].y, size: frags[i].size, text: sb.String()})
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
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	for i, l := range lines {
		if i > 0 {
			d := lines[i-1].y - l.y
			if d > 1.4*usual && d > 1.2*l.size || math.Abs(l.size-lines[i-1].size) > 0.2*l.size {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
	}
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
