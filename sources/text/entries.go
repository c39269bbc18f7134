package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// splitEntries cuts the entries of a calendar written as plain text into
// a heading and its text: a paragraph whose first line names the entry
// and whose second holds only its day, perhaps with its weekday, hours
// and zone, over the entry's other lines
//
//	Dentist
//	Thu, 6 Mar 2025 · 16:15 – 17:00
//	Bring the referral letter
//
// The name becomes a heading dated by the day (see block.day), and the
// day's line opens the text under it, no date of the page: when two
// paragraphs or more of a document have that shape. A single one under a
// title ("Council approves tram line¶14 June 2019") is an article's
// header, its date the page's.
func splitEntries(blocks []*block) []*block {
	var at []int
	var days []timeline.Date
	for k, b := range blocks {
		if d, ok := entryShape(b); ok {
			at = append(at, k)
			days = append(days, d)
		}
	}
	if len(at) < 2 {
		return blocks
	}
	out := make([]*block, 0, len(blocks)+len(at))
	j := 0
	for k, b := range blocks {
		if j >= len(at) || at[j] != k {
			out = append(out, b)
			continue
		}
		ls := rawLines(b.raw.s)
		h, rest := b.sub(ls[0][0], ls[0][1]), b.sub(ls[1][0], len(b.raw.s))
		if h == nil || rest == nil {
			out = append(out, b)
			j++
			continue
		}
		h.kind, h.level, h.entry, h.day = headingBlock, 2, true, days[j]
		rest.entry = true
		out = append(out, h, rest)
		j++
	}
	return out
}

// entryShape reports whether b is a calendar's entry (see splitEntries):
// a name line over a line of its day; it returns the day.
func entryShape(b *block) (timeline.Date, bool) {
	if b.kind != paraBlock || b.table || b.lines < 2 || b.msg || len(b.raw.s) > 2000 {
		return timeline.Date{}, false
	}
	ls := rawLines(b.raw.s)
	if !entryName(b.raw.s[ls[0][0]:ls[0][1]]) {
		return timeline.Date{}, false
	}
	return entryDay(b.raw.s[ls[1][0]:ls[1][1]])
}

// entryName reports whether line names a calendar's entry: a few words
// with a capital or a digit first, no date, no closing punctuation, not a
// list's item nor a header's line ("By Anna Keller"): "Team stand-up",
// "1:1 with Priya", "Flight BA 502 London → Lisbon".
func entryName(line string) bool {
	t := strings.Trim(line, "*_ \t\r")
	if t == "" || len(t) > 100 || len(strings.Fields(t)) > 12 || listMarker(t) != "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || strings.ContainsRune(".,;:!?…-—–", last) {
		return false
	}
	if meta, _, _ := metaLine(t, false); meta {
		return false
	}
	return len(findDates(t, false)) == 0
}

// entryDay returns the day of a calendar entry's date line: one day, or a
// span of days ("Mon, 10 Mar 2025 – Wed, 12 Mar 2025"), and besides only
// weekdays, clock times and hours ("· 09:30 – 09:45"), zones ("GMT", "(11:00
// – 12:00 EDT)") and "All day". The day is the first, at day precision.
func entryDay(line string) (timeline.Date, bool) {
	t := strings.Trim(line, "*_ \t\r")
	if t == "" || len(t) > 100 {
		return timeline.Date{}, false
	}
	ds := findDates(t, false)
	if len(ds) == 0 || len(ds) > 2 || ds[len(ds)-1].noYear {
		return timeline.Date{}, false
	}
	var rest strings.Builder
	from := 0
	for _, d := range ds {
		if d.date.Prec < timeline.Day {
			return timeline.Date{}, false
		}
		rest.WriteString(t[from:d.start])
		rest.WriteByte(' ')
		from = d.end
	}
	rest.WriteString(t[from:])
	s := listClockRe.ReplaceAllString(rest.String(), " ")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !entryWord(w, len(ds) == 2) {
			return timeline.Date{}, false
		}
	}
	return ds[0].date.DayOf(), true
}

// entryWord reports whether w may stand on an entry's date line beside
// its day and hours: a weekday, a half of the day, a zone, "all day", and
// between two days "to" or "until".
func entryWord(w string, span bool) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "all", "day":
		return true
	case "to", "until", "till":
		return span
	}
	return zoneWord(w)
}

// zoneWord reports whether w is written as a time zone's abbreviation:
// "GMT", "UTC", "WET", "CEST", "Z".
func zoneWord(w string) bool {
	if w == "Z" || w == "UTC" {
		return true
	}
	if len(w) < 2 || len(w) > 5 || w[len(w)-1] != 'T' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
