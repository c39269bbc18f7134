package pdf

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/sources/pages"
)

// pubWordRe finds the words of a line that dates the document: a running
// line with them is kept once (see pages.Options.Dates).
var pubWordRe = regexp.MustCompile(`(?i)\b(?:published|issued|updated|revised|released|posted)\b`)

// dropRunning removes the running heads and feet of texts, the pages'
// texts, in place: the lines a PDF repeats at the top or the bottom of
// its pages, and a browser's print header and footer on any page (see
// package pages). title is the document's title; without one, a title
// running at the head of every page stays atop the first. It returns the
// address a browser's print header or footer gave, when it is a web
// page's ("https://..."), for the document's citation.
func dropRunning(texts []string, title string) (url string) {
	lines := make([][]string, len(texts))
	for i, t := range texts {
		if t != "" {
			lines[i] = strings.Split(t, "\n")
		}
	}
	running, url := pages.Running(lines, pages.Options{Title: title, Print: true, Dates: pubWordRe.MatchString})
	for p, drop := range running {
		if len(drop) == 0 {
			continue
		}
		out := lines[p][:0]
		for i, l := range lines[p] {
			if len(drop) > 0 && drop[0] == i {
				drop = drop[1:]
				continue
			}
			out = append(out, l)
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
