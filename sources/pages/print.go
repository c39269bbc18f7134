package pages

import (
	"regexp"
	"strings"
	"unicode"
)

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
)

// printLine reports whether l, an edge line of a page, is a browser's
// print header or footer: a print stamp, a page counter, an address and
// the document's title, in any order and nothing else, with a stamp or
// an address among them. A stamp opening the line may be followed by the
// title cut short ("Riverside Community Choir — Year in Rev…"). It
// returns the address when it is a web page's.
func printLine(l, title string) (url string, ok bool) {
	if !strings.Contains(l, ":") {
		return "", false // neither a clock time nor a scheme
	}
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
