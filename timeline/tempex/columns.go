package tempex

import (
	"regexp"
	"strings"
)

// Tables of spans. A schedule or a plan gives each row a start and an end
// in two columns (Start | Finish, Begin | End, Start date | End date); the
// readers of HTML, Markdown and plain-text tables ask SpanColumns which.

// dateHeaderRe matches the header of a column of dates.
var dateHeaderRe = regexp.MustCompile(`(?i)^\s*(?:dates?|when|years?|time|day|period|era|datum|fecha|jahr|année|annee|date of \w+|\w+ date)\s*:?\s*$`)

// IsDateHeader reports whether h heads a column of dates ("Date", "Year",
// "When", "Release date").
func IsDateHeader(h string) bool { return dateHeaderRe.MatchString(h) }

// startNames and endNames are the headers of the columns of a table of
// spans, folded by headerName.
var (
	startNames = map[string]bool{
		"start": true, "starts": true, "started": true, "start date": true, "startdate": true,
		"begin": true, "begins": true, "began": true, "begin date": true, "date from": true,
		"from date": true, "date start": true, "date begin": true, "start on": true,
		"starting": true, "commenced": true,
	}
	endNames = map[string]bool{
		"end": true, "ends": true, "ended": true, "end date": true, "enddate": true,
		"until": true, "finish": true, "finished": true, "finish date": true, "ending": true,
		"date to": true, "to date": true, "date until": true, "date end": true, "end on": true,
		"completed": true, "completion": true, "completion date": true,
	}
)

// SpanColumns returns the start and end columns of a table of spans whose
// header row holds the cells header, or -1, -1: the first column headed by
// a start name and the first headed by an end name (in either order), else
// the From and To columns of a table whose other headers name no dates (a
// table of letters, Date | From | To, names people there).
func SpanColumns(header []string) (start, end int) {
	start, end = -1, -1
	from, to, dates := -1, -1, false
	for i, h := range header {
		h = headerName(h)
		switch {
		case startNames[h] && start < 0:
			start = i
		case endNames[h] && end < 0:
			end = i
		case h == "from" && from < 0:
			from = i
		case h == "to" && to < 0:
			to = i
		case dateHeaderRe.MatchString(h):
			dates = true
		}
	}
	switch {
	case start >= 0 && end >= 0:
		return start, end
	case from >= 0 && to >= 0 && start < 0 && end < 0 && !dates:
		return from, to
	}
	return -1, -1
}

// headerName folds a column's header for lookup: lower case, without
// emphasis marks or a closing colon, '_' and '-' as spaces, runs of spaces
// as one.
func headerName(s string) string {
	s = strings.ToLower(strings.TrimRight(strings.Trim(strings.TrimSpace(s), "*_"), ": "))
	s = strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
