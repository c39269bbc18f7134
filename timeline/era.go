package timeline

import (
	"regexp"
	"strings"
)

// Named periods of British history whose years are fixed by reigns: "the
// Victorian era" is 1837 to 1901 (Victoria's reign), "the Edwardian era"
// 1901 to 1910, "the Georgian era" 1714 to 1837 (the four Georges and
// William IV), "the Regency" 1811 to 1820 (the Prince of Wales's
// regency). Periods whose bounds writers disagree on ("the Middle Ages",
// "the Renaissance") are not among them.
var namedEras = map[string][2]int{
	"victorian": {1837, 1901},
	"edwardian": {1901, 1910},
	"georgian":  {1714, 1837},
	"regency":   {1811, 1820},
}

// eraRe is a named era in running text: "the Victorian era", "Edwardian
// times", "the Georgian period", "the Regency era"; the name is written
// with its capital.
var eraRe = regexp.MustCompile(`\b(?:[Tt]he\s+)?(Victorian|Edwardian|Georgian|Regency)\s+(?:era|period|age|times)\b|\b[Tt]he\s+(Regency)\b`)

// EraSpan returns the years of a named era: name is one of the era's
// words ("Victorian", "the Regency"), in any case.
func EraSpan(name string) (Span, bool) {
	y, ok := namedEras[strings.ToLower(name)]
	if !ok {
		return Span{}, false
	}
	return Span{Start: Date{Prec: Year, Year: y[0]}, End: Date{Prec: Year, Year: y[1]}}, true
}

// EraCell reads a cell that names an era and nothing else ("Victorian
// era", "the Regency").
func EraCell(s string) (Span, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	name, rest, _ := strings.Cut(s, " ")
	switch rest {
	case "era", "period", "age", "times":
	case "":
		if name != "regency" {
			return Span{}, false
		}
	default:
		return Span{}, false
	}
	return EraSpan(name)
}

// EraMatch is a named era found in a text: its byte span and its years.
type EraMatch struct {
	Start, End int
	Span       Span
}

// FindEras returns the named eras a text writes (see eraRe). "the
// Regency" alone counts only before a stop or the end ("in the Regency.",
// not "the Regency Hotel").
func FindEras(text string) []EraMatch {
	if !strings.Contains(text, "ian ") && !strings.Contains(text, "Regency") {
		return nil
	}
	var out []EraMatch
	for _, m := range eraRe.FindAllStringSubmatchIndex(text, -1) {
		name := ""
		if m[2] >= 0 {
			name = text[m[2]:m[3]]
		} else {
			name = text[m[4]:m[5]]
			if rest := text[m[1]:]; rest != "" && !strings.ContainsAny(rest[:1], ".,;:)!?\n") {
				continue
			}
		}
		sp, ok := EraSpan(name)
		if !ok {
			continue
		}
		out = append(out, EraMatch{Start: m[0], End: m[1], Span: sp})
	}
	return out
}
