package text

import (
	"sort"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// locator turns byte offsets of a text into positions in the document the
// text came from: the whole file for the text reader, or a section's Text
// (with its own Pos and Segments) when analysing what another reader made.
type locator struct {
	text  string
	lines []int // offsets at which lines start; lines[0] == 0
	segs  []timeline.Segment
	// code holds the ranges of text that are code (a Section.Code of
	// what another reader made), in increasing order; nil for none.
	code [][2]int
}

func newLocator(text string, base timeline.Position, segs []timeline.Segment) *locator {
	if base.Line == 0 {
		base.Line, base.Col = 1, 1
	}
	l := &locator{text: text, lines: []int{0}}
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		l.lines = append(l.lines, i)
	}
	if len(segs) == 0 || segs[0].Off > 0 {
		l.segs = append(l.segs, timeline.Segment{Off: 0, Pos: base})
	}
	for _, s := range segs {
		if s.Pos.Line == 0 {
			s.Pos.Line, s.Pos.Col = 1, 1
		}
		l.segs = append(l.segs, s)
	}
	return l
}

// pos returns the position of byte i of the text.
func (l *locator) pos(i int) timeline.Position {
	i = max(0, min(i, len(l.text)))
	k := sort.Search(len(l.segs), func(k int) bool { return l.segs[k].Off > i }) - 1
	seg := l.segs[max(k, 0)]
	p := seg.Pos
	p.Offset += i - seg.Off
	// Line starts in (seg.Off, i].
	a := sort.SearchInts(l.lines, seg.Off+1)
	b := sort.SearchInts(l.lines, i+1)
	if nl := b - a; nl > 0 {
		p.Line += nl
		p.Col = i - l.lines[b-1] + 1
	} else {
		p.Col += i - seg.Off
	}
	return p
}

// seams returns the offsets in [a, b) at which a segment of the text
// starts, past the first (see newLocator): where the reader that made the
// text joined runs that do not follow each other in the document.
func (l *locator) seams(a, b int) []int {
	if len(l.segs) < 2 || a >= b {
		return nil
	}
	k := sort.Search(len(l.segs), func(k int) bool { return l.segs[k].Off >= a })
	var out []int
	for ; k < len(l.segs) && l.segs[k].Off < b; k++ {
		if k > 0 {
			out = append(out, l.segs[k].Off)
		}
	}
	return out
}
