package tempex

import (
	"regexp"
	"strings"
)

// versionLeadRe is a release's version opening a heading: "3.1.4",
// "v2.10", "[1.0.2]", "Version 2.4.0", "Beta 0.9".
var versionLeadRe = regexp.MustCompile(`(?i)^(?:(?:beta|alpha|rc|release|version)\s+)?\[?v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\]?`)

// namedVersionRe is a release named by its product and version: "Ferrule
// 3.1.4", "Harbor CLI 2.4", "Ubuntu 24.04 LTS".
var namedVersionRe = regexp.MustCompile(`^((?:[A-Z][\w+-]*\s+){1,3})v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?(?:\s+LTS\b)?`)

// numberedParts are the words that number a part of a document, not a
// product: "Section 2.4", "Table 3.1".
var numberedParts = map[string]bool{
	"section": true, "chapter": true, "part": true, "figure": true, "fig": true, "table": true,
	"article": true, "clause": true, "step": true, "phase": true, "appendix": true, "annex": true,
	"rule": true, "paragraph": true, "schedule": true, "item": true, "exhibit": true, "level": true,
	"stage": true, "module": true, "unit": true, "lesson": true, "week": true, "day": true,
	"box": true, "equation": true, "note": true, "question": true, "page": true, "volume": true,
	"vol": true, "grade": true, "year": true, "class": true, "room": true, "reg": true, "regulation": true,
}

// ReleaseVersion reads the name of a release opening a heading h: its
// version ("3.1.4", "v2.10", "[1.0.2]", "Version 2.4.0"), or its product's
// name and version ("Ferrule 3.1.4", "Ubuntu 24.04 LTS"), not a numbered
// part of a document ("Section 2.4"). It returns where the name ends, or
// -1. A release's version is no date: "3.9.14" is no 14 March 2039.
func ReleaseVersion(h string) int {
	if m := versionLeadRe.FindStringIndex(h); m != nil {
		return m[1]
	}
	m := namedVersionRe.FindStringSubmatchIndex(h)
	if m == nil || numberedParts[strings.ToLower(strings.TrimRight(strings.Fields(h[m[2]:m[3]])[0], "."))] {
		return -1
	}
	return m[1]
}
