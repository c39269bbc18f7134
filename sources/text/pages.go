package text

import (
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
