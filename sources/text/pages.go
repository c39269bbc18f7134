package text

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/chronicle-project/chronicle/sources/pages"
)

// A text converted from a paginated document (pdftotext, a printout saved
// as text) marks its page breaks with form feeds, and repeats on every
// page its running heads and feet: the report's title, "Page 3 of 7".
// They are not the text: blankRunning blanks them before the text is read.
// Which lines run is decided by package pages: a line at the top or the
// bottom of most pages, the same on each but for numbers that count the
// pages. A document's first line that runs as its title stays there, and
// a running line that says when the document was published or updated
// stays where it first stands, to date the document.

// blankRunning returns src with its running heads and feet (see above)
// written over with spaces, so that every other byte keeps its offset. A
// text without page breaks is returned as it is.
func blankRunning(src string) string {
	src = blankMargins(src)
	if !strings.Contains(src, "\f") {
		return src
	}
	// The pages, their lines, and where each line starts in src.
	var lines [][]string
	var starts [][]int
	var page []string
	var start []int
	for i := 0; i <= len(src); {
		end := len(src)
		if j := strings.IndexAny(src[i:], "\n\f"); j >= 0 {
			end = i + j
		}
		page, start = append(page, src[i:end]), append(start, i)
		if end == len(src) {
			break
		}
		if src[end] == '\f' {
			lines, starts = append(lines, page), append(starts, start)
			page, start = nil, nil
		}
		i = end + 1
	}
	lines, starts = append(lines, page), append(starts, start)
	running, _ := pages.Running(lines, pages.Options{Dates: mayPublish})
	var out []byte // src, copied on the first line blanked
	for p, drop := range running {
		for _, i := range drop {
			if out == nil {
				out = []byte(src)
			}
			for k := starts[p][i]; k < starts[p][i]+len(lines[p][i]); k++ {
				out[k] = ' '
			}
		}
	}
	if out == nil {
		return src
	}
	return string(out)
}

// marginNumRe is a line number in the left margin of a certified
// transcript: " 8         Q.   And the store ...", "12    p.m. to ...".
var marginNumRe = regexp.MustCompile(`^ {0,3}(\d{1,2})(?: {2,}|\t)`)

// blankMargins blanks, in place, the line numbers down the margin of a
// court's or a deposition's transcript (1 to 25 or so a page, one a
// line, counting up): most lines open with one. They are no text: read,
// "12    p.m. to 11:00 p.m." would be noon.
func blankMargins(src string) string {
	if !strings.Contains(src, "  ") {
		return src
	}
	lines, hits, seq, prev := 0, 0, 0, 0
	for line := range strings.Lines(src) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		if m := marginNumRe.FindStringSubmatch(line); m != nil {
			if v, _ := strconv.Atoi(m[1]); v >= 1 && v <= 28 {
				hits++
				if v == prev+1 {
					seq++
				}
				prev = v
			}
		}
	}
	if hits < 4 || hits*10 < lines*6 || seq*10 < hits*7 {
		return src
	}
	var b strings.Builder
	b.Grow(len(src))
	for line := range strings.Lines(src) {
		if m := marginNumRe.FindStringSubmatchIndex(line); m != nil {
			if v, _ := strconv.Atoi(line[m[2]:m[3]]); v >= 1 && v <= 28 {
				line = line[:m[2]] + strings.Repeat(" ", m[3]-m[2]) + line[m[3]:]
			}
		}
		b.WriteString(line)
	}
	return b.String()
}
