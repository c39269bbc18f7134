package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The cell forms below are how events.csv writes the parts of an event
// that are lists or records, and how an event-sheet reader reads them back.
// Writer and reader live in different packages that never import each
// other; both use these functions so that the forms cannot drift apart.

// FormatList joins items into one cell as "a; b; c". A backslash or a
// semicolon inside an item is escaped with a backslash ("Smith\; Jones").
// Empty items are dropped.
func FormatList(items []string) string {
	var b strings.Builder
	n := 0
	for _, it := range items {
		if it == "" {
			continue
		}
		if n > 0 {
			b.WriteString("; ")
		}
		n++
		for i := 0; i < len(it); i++ {
			if c := it[i]; c == '\\' || c == ';' {
				b.WriteByte('\\')
			}
			b.WriteByte(it[i])
		}
	}
	return b.String()
}

// ParseList splits a cell written by FormatList (or typed by a person:
// "a;b" and "a ; b" read the same) into its items, trimmed of surrounding
// spaces, empty items dropped. A backslash escapes the next byte; a
// trailing lone backslash is kept as it is.
func ParseList(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if it := strings.TrimSpace(cur.String()); it != "" {
			out = append(out, it)
		}
		cur.Reset()
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case c == ';':
			flush()
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return out
}

// FormatCitations writes citations into one cell, one citation a line,
// each line five fields separated by " | ":
//
//	OUTLET | TITLE | URL | DATE | FILE
//
// DATE is the citation's date as a TIMEX3 value at its own precision
// (2017-12-13), empty when unknown. A backslash, a '|' or a line break
// inside a field is escaped as \\, \| or \n. For example:
//
//	The Himalayan Times | Rights group criticizes China | https://thehimalayantimes.com/... | 2017-12-13 | seed.txt
//	Ministry of Foreign Affairs |  | https://www.fmprc.gov.cn/... | 2017-12-13 | seed.txt
func FormatCitations(cs []Citation) string {
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, f := range [...]string{c.Outlet, c.Title, c.URL, c.Date.String(), c.File} {
			if j > 0 {
				b.WriteString(" | ")
			}
			writeCitationField(&b, f)
		}
	}
	return b.String()
}

func writeCitationField(b *strings.Builder, f string) {
	for i := 0; i < len(f); i++ {
		switch c := f[i]; c {
		case '\\', '|':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
}

// ErrCitation is wrapped by the errors ParseCitations returns.
var ErrCitation = errors.New("invalid citation")

// ParseCitations reads a cell written by FormatCitations. Fields are
// trimmed of surrounding spaces (so "A|B" reads like "A | B"), trailing
// fields may be left out, and blank lines are skipped. An error names the
// line of the cell (1-based) and wraps ErrCitation; a bad date also wraps
// ErrValue.
func ParseCitations(s string) ([]Citation, error) {
	var out []Citation
	line := 0
	for len(s) > 0 {
		line++
		var fields []string
		var cur strings.Builder
		i := 0
	scan:
		for ; i < len(s); i++ {
			switch c := s[i]; {
			case c == '\\' && i+1 < len(s):
				i++
				switch s[i] {
				case 'n':
					cur.WriteByte('\n')
				case 'r':
					cur.WriteByte('\r')
				default:
					cur.WriteByte(s[i])
				}
			case c == '|':
				fields = append(fields, strings.TrimSpace(cur.String()))
				cur.Reset()
			case c == '\n':
				break scan
			default:
				cur.WriteByte(c)
			}
		}
		fields = append(fields, strings.TrimSpace(cur.String()))
		if i < len(s) {
			i++ // the line break
		}
		s = s[i:]
		if len(fields) == 1 && fields[0] == "" {
			continue
		}
		if len(fields) > 5 {
			return nil, fmt.Errorf("%w: line %d has %d fields, want at most 5 (OUTLET | TITLE | URL | DATE | FILE)", ErrCitation, line, len(fields))
		}
		fields = append(fields, make([]string, 5-len(fields))...)
		c := Citation{Outlet: fields[0], Title: fields[1], URL: fields[2], File: fields[4]}
		if fields[3] != "" {
			d, err := ParseDate(fields[3])
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: %w", ErrCitation, line, err)
			}
			c.Date = d
		}
		out = append(out, c)
	}
	return out, nil
}

// FormatPosition writes a position as FILE:LINE:COL, the form of error
// messages, or "" when the position has no line.
func FormatPosition(p Position) string {
	if p.Line <= 0 {
		return ""
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// ParsePosition reads FILE:LINE:COL as FormatPosition writes it. The file
// may itself hold colons (C:\notes.txt, https://...): LINE and COL are the
// last two fields. The empty string gives the zero Position. The Offset is
// not part of the form and stays 0.
func ParsePosition(s string) (Position, error) {
	if s == "" {
		return Position{}, nil
	}
	j := strings.LastIndexByte(s, ':')
	if j < 0 {
		return Position{}, fmt.Errorf("position %q: want FILE:LINE:COL", s)
	}
	i := strings.LastIndexByte(s[:j], ':')
	if i < 0 {
		return Position{}, fmt.Errorf("position %q: want FILE:LINE:COL", s)
	}
	line, err1 := strconv.Atoi(s[i+1 : j])
	col, err2 := strconv.Atoi(s[j+1:])
	if err1 != nil || err2 != nil || line < 1 || col < 1 {
		return Position{}, fmt.Errorf("position %q: LINE and COL must be positive numbers", s)
	}
	return Position{File: s[:i], Line: line, Col: col}, nil
}
