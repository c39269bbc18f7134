package sheet

import (
	"regexp"
	"strings"
)

// Notes in a header. People write in a column's name what its cells
// hold: "Date (dd/mm/yyyy)", "Start date [MM/DD/YYYY]", "Event (short)".
// The name without the note is the column's name, when that is a name
// the reader knows and the whole is not; a date pattern in the note
// gives the sheet its day-month order.

// headerNoteRe is a column name with a note in brackets after it.
var headerNoteRe = regexp.MustCompile(`^(.+?)\s*[(\[]([^()\[\]]*)[)\]]$`)

// headerName folds a header cell for lookup as normalizeName does, less
// a note in brackets after a name the reader knows: "Date (dd/mm/yyyy)"
// is "date", "Event [required]" "event"; "Time (UTC)", a name of its own,
// is kept whole, and so is "Cost (EUR)", whose "cost" is no column.
func headerName(h string) string {
	n := normalizeName(h)
	if knownName(n) {
		return n
	}
	if m := headerNoteRe.FindStringSubmatch(n); m != nil && knownName(m[1]) {
		return m[1]
	}
	return n
}

// knownName reports whether a folded column name is one the reader
// reads, in any language or as a name that waits on its neighbours.
func knownName(n string) bool {
	if _, ok := columnNames[n]; ok {
		return true
	}
	if _, ok := confirmedColumns[n]; ok {
		return true
	}
	_, weak := weakNames[n]
	_, paired := pairedNames[n]
	return weak || paired || eventNouns[n] || textNames[n]
}

// noteOrder is the day-month order a header's note gives its dates, as
// a date pattern (three runs of one letter each): DayFirst for
// "dd/mm/yyyy" (and French "jj/mm/aaaa", German "tt.mm.jjjj"),
// MonthFirst for "MM-DD-YY", OrderUnknown for no pattern, or for a year
// first ("yyyy-mm-dd"), which is no question of order.
func noteOrder(h string) Order {
	m := headerNoteRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(h)))
	if m == nil {
		return OrderUnknown
	}
	groups := strings.FieldsFunc(m[2], func(r rune) bool { return r == '.' || r == '/' || r == '-' || r == ' ' })
	if len(groups) != 3 || len(groups[0]) > 2 {
		return OrderUnknown
	}
	for _, g := range groups {
		if len(g) > 4 || strings.Trim(g, g[:1]) != "" || !strings.Contains("dmyjta", g[:1]) {
			return OrderUnknown
		}
	}
	switch {
	case groups[0][0] == 'm' && groups[1][0] != 'm':
		return MonthFirst
	case groups[1][0] == 'm' && groups[0][0] != 'm':
		return DayFirst
	}
	return OrderUnknown
}
