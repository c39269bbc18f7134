package text

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// Dated headings. A diary, a log or a journal puts the day over each
// entry, as a heading ("## 3 March 2023", "## Tuesday 7 March") or as a
// line of its own over the entry's first line ("Monday 3rd", "Wednesday
// 5th April", "Thurs"). That day is the entry's reference date (RefFrom
// "heading") and the entry is a statement of it: it tells what happened
// that day even where its sentences hold no date.
//
// A heading may give the day only in part. What it leaves out comes from
// the headings around it: "Tuesday 7 March" takes the year of the heading
// before it, "Monday 3rd" its month and year (or those of the heading
// after it, the day being before that one's), "Thurs" is the Thursday
// after the heading before it. The first heading takes what it lacks from
// the document's date, else from a year in its title ("Walking diary,
// spring 2023"). A weekday written with the day must agree with it when
// the year or month is guessed; when it agrees with no guess, the heading
// dates nothing.
//
// An itinerary numbers its days ("Day 3 – Monday 14 September: Óbidos",
// "**Day 4 – Aswan.** Excursion to ..."): a bold lead that opens a
// paragraph heads the rest of it, and a day that writes no date is
// counted from one that does, else from the range in the title, else from
// the trip's start a line before the days gives ("Departure: Monday 20
// October 2025 from Luxor."), which also gives the year of the days
// written without one. A day line that writes its date and then what is
// done ("Day 3 – Monday 14 September: transfer to Obidos.") is an item of
// the programme, no heading.

// dayCountRe is a day's count written beside its date in a field diary or
// a trip's log: "(Day 12)", "– Day 3", "(day 4 of 10)".
var dayCountRe = regexp.MustCompile(`(?i)\s*(?:\(\s*(?:day|sol|week)\s+\d+[^()]{0,12}\)|[–—-]\s*day\s+\d+\s*$)`)

// dayHead is the day a heading line writes: 0 for a part it leaves out,
// and a weekday, or -1.
type dayHead struct {
	y, m, d int
	wd      time.Weekday
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday,
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "weds": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
}

// parseDayHead reads a line that names a day and nothing else: a weekday,
// a day of the month, a day and month, a full date, in either order
// ("Monday 3rd", "Wednesday 5th April", "Tuesday, March 7", "3 March
// 2023", "Thurs", "2023-03-03"), perhaps with a clock time after it. A
// month or a year alone names no day.
// updateHeadRe opens the heading of a live page's update; zoneWordRe is a
// zone written after its time ("Update 7:30 p.m. PDT Aug. 13").
var (
	updateHeadRe = regexp.MustCompile(`(?i)^(?:update[ds]?|latest(?: update)?)\b\s*[:—–-]?\s*`)
	zoneWordRe   = regexp.MustCompile(`\b(?:UTC|GMT|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AST|ADT|ET|PT|CT|MT)\b`)
)

func parseDayHead(s string, dayFirst bool) (dayHead, bool) {
	s = strings.Trim(unframe(s), "#*_ \t") // ("--- Tuesday, June 17th, 2025 ---": a chat's divider, see splitDividers)
	s = dayCountRe.ReplaceAllString(s, "") // "2024-06-03 (Day 12)": the day's count in an expedition
	if m := numberedLabelRe.FindStringIndex(s); m != nil {
		s = s[m[1]:] // "Update 5 - Friday 5 August 2022": the day the fifth update is of
	}
	if m := updateHeadRe.FindStringIndex(s); m != nil {
		// "Update 7:30 p.m. PDT Aug. 13": a live page's update, of its day
		s = strings.TrimSpace(clockRe.ReplaceAllString(zoneWordRe.ReplaceAllString(s[m[1]:], " "), " "))
	}
	s = strings.TrimRight(s, ":.—–-*_ \t")
	h := dayHead{wd: -1}
	if s == "" || len(s) > 48 {
		return h, false
	}
	// A full date: the date forms of the reader, with a weekday and a
	// clock time around it at most.
	ds := findDates(s, dayFirst)
	if len(ds) == 2 && !ds[0].noYear && ds[0].date.Prec == timeline.Day && ds[1].date.Prec == timeline.Day && ds[0].start == 0 &&
		strings.Trim(s[ds[0].end:ds[1].start], " \t–—-") == "" && strings.TrimSpace(s[ds[1].end:]) == "" {
		// "17/02/2016 – 18/02/2016" over a leg of a journey: the days it
		// runs over, headed by its first
		d := ds[0].date
		return dayHead{y: d.Year, m: d.Month, d: d.Day, wd: -1}, true
	}
	if len(ds) == 1 && !ds[0].noYear && ds[0].date.Prec == timeline.Day {
		rest := timeRe.ReplaceAllString(s[:ds[0].start]+" "+s[ds[0].end:], " ")
		wd, ok := onlyWeekday(rest)
		if !ok {
			return h, false
		}
		d := ds[0].date
		return dayHead{y: d.Year, m: d.Month, d: d.Day, wd: wd}, true
	}
	// "15/7/24": a day, a month and a year of two digits, as a diary
	// writes them
	if m := shortNumericRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil && !(strings.Contains(s, ".") && len(m[1]) == 1 && len(m[2]) == 1) { // ("3.9.14": a version)
		a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if y += 2000; y >= 2070 {
			y -= 100 // "3/4/85" is 1985
		}
		d, mo := b, a // month first unless the text says or the numbers show
		if dayFirst || a > 12 {
			d, mo = a, b
		}
		if mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(mo, y) && !(a > 12 && b > 12) {
			return dayHead{y: y, m: mo, d: d, wd: -1}, true
		}
	}
	s = timeRe.ReplaceAllString(s, " ")
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '.' })
	ordinal := false
	for i, w := range words {
		if wd, ok := weekdayNames[w]; ok && i == 0 {
			h.wd = wd
			continue
		}
		if m, ok := monthNumber[w]; ok && h.m == 0 {
			h.m = m
			continue
		}
		if w == "of" && h.d != 0 && h.m == 0 {
			continue // "3rd of April"
		}
		n, suffix := dayNumber(w)
		switch {
		case n >= 1 && n <= 31 && h.d == 0 && (suffix || len(w) <= 2):
			h.d = n
			ordinal = suffix
		case n >= 1000 && n <= 9999 && !suffix && h.m != 0 && h.d != 0 && h.y == 0:
			h.y = n
		default:
			return dayHead{wd: -1}, false
		}
	}
	switch {
	case h.d != 0 && h.m == 0 && h.wd < 0 && !ordinal:
		return dayHead{wd: -1}, false // "3": a number, not a day
	case h.d != 0:
		if h.m != 0 && h.d > daysIn(h.m, h.y) {
			return dayHead{wd: -1}, false
		}
		return h, true
	case h.wd >= 0 && h.m == 0:
		return h, true // a weekday alone
	}
	return dayHead{wd: -1}, false
}

// onlyWeekday reports whether s holds nothing but a weekday (or nothing),
// and which.
func onlyWeekday(s string) (time.Weekday, bool) {
	wd := time.Weekday(-1)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '.' || r == '(' || r == ')' || r == '[' || r == ']'
	}) {
		d, ok := weekdayNames[w]
		if !ok || wd >= 0 {
			return -1, false
		}
		wd = d
	}
	return wd, true
}

// dayNumber reads "3", "03", "3rd", "21st": the number and whether an
// ordinal suffix follows it; -1 when w is not one.
func dayNumber(w string) (int, bool) {
	i := 0
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	if i == 0 || i > 4 {
		return -1, false
	}
	switch w[i:] {
	case "":
		return atoi(w[:i]), false
	case "st", "nd", "rd", "th":
		if i <= 2 {
			return atoi(w[:i]), true
		}
	}
	return -1, false
}

// daysIn is the number of days of month m of year y (29 for February of
// an unknown year).
func daysIn(m, y int) int {
	if y == 0 && m == 2 {
		return 29
	}
	if y == 0 {
		y = 2001
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// shortNumericRe is a numeric date with a two-digit year: "15/7/24".
var shortNumericRe = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.](\d{2})$`)

// versionParenRe is a version with its date in brackets: "3.1.4
// (2024-11-05)", read as "3.1.4 - 2024-11-05".
var versionParenRe = regexp.MustCompile(`^(\[?v?\d+(?:\.\d+)+\]?) \(([^()]+)\)$`)

// datedHeadings sets the day of each heading that names one (see above),
// and returns how many do. ref is the document's reference date, last the
// day of the last dated heading of the part before (zero if none), title
// the document's title.
// numberedLabelRe opens the heading of one of a series of dated
// issues: "Update 5 - ", "Bulletin No. 3: ", "Sitrep #12 – " (not
// "Update 7:30 p.m.", a time; nor "Day 4", an itinerary's count).
var numberedLabelRe = regexp.MustCompile(`^(?i:update|bulletin|sitrep|situation\s+report|report|issue|edition|briefing|entry|post)\s*(?i:no\.?\s*)?#?\d{1,3}(?:\s*[-–—|]\s*|:\s+)`)

// placeDateRe is a letter's heading: a place of one to four capitalised
// words (perhaps the building, then the town: "Royal Victoria Hospital,
// Netley, 4 Aug 1915"), a comma, and the day ("Paris, 12th March 1793");
// a firm's name may join its words with "&" ("Toys & Co. Ltd, 9 September
// 2023", the issuer's line over a notice).
var placeDateRe = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|&|upon|on|de|la|le|of))*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|&|upon|on|de|la|le|of))*)?,\s+(.{6,40})$`)

// placeNoCommaRe is a letter's heading with no comma after its place:
// "Monticello Dec. 3. 1801", "Boston March 4 1776".
var placeNoCommaRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th|d)?[.,]?\s+\d{4}$`)

// withPlaceComma writes the comma a letter's heading leaves out after its
// place ("Monticello Dec. 3. 1801" as "Monticello, Dec. 3. 1801"), for
// placeDateRe; at is where it went, or -1.
func withPlaceComma(t string) (string, int) {
	m := placeNoCommaRe.FindStringSubmatchIndex(t)
	if m == nil || monthNumber[strings.ToLower(strings.TrimRight(t[m[2]:m[3]], "."))] != 0 {
		return t, -1
	}
	if w := strings.ToLower(t[m[2]:m[3]]); strings.HasSuffix(w, "ed") || headerWords[w] || isWeekdayName(w) {
		return t, -1 // "Decided June 30, 2022", "Filed March 3, 2023": a header's line, no place
	}
	return t[:m[3]] + "," + t[m[3]:], m[3]
}

func isWeekdayName(w string) bool { _, ok := weekdayNames[w]; return ok }

// letterPlace reports whether the line s, a place, a comma and a day,
// reads as a letter's heading: no byline ("By Priya Nandakumar, Saturday
// 4 October"), no dateline in capitals ("MANCHESTER, Jan. 14, 2024 –"),
// no source closed by a full stop ("Daily, 4 March 2011.").
func letterPlace(s string) bool {
	s = strings.TrimRight(s, "*_ \t")
	place := s[:strings.IndexByte(s, ',')]
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(place, "*_ \t"))) {
		if outletWords[w] {
			return false // "Thornbury Courier, Friday 27 November 2026": a paper's masthead
		}
	}
	return !strings.HasPrefix(s, "By ") && strings.ToUpper(place) != place && !strings.ContainsAny(lastRune(s), ".–—-:;")
}

// outletWords name a newspaper or a periodical, never a place a letter is
// written from.
var outletWords = map[string]bool{"courier": true, "times": true, "gazette": true, "herald": true, "post": true,
	"news": true, "journal": true, "chronicle": true, "observer": true, "guardian": true, "telegraph": true,
	"mail": true, "express": true, "tribune": true, "echo": true, "advertiser": true, "mercury": true,
	"star": true, "record": true, "press": true, "review": true, "weekly": true, "daily": true, "magazine": true,
	"bulletin": true, "standard": true, "argus": true, "examiner": true, "sentinel": true, "register": true,
	"courant": true, "newsletter": true, "digest": true, "gazeta": true, "zeitung": true, "monitor": true,
	// the news agencies, whose one-word names a letter's place would
	// otherwise take ("Reuters, 23 September 2022")
	"reuters": true, "bloomberg": true, "xinhua": true, "interfax": true, "kyodo": true, "yonhap": true,
	"bernama": true, "anadolu": true, "tass": true}

// commentHeadRe is the head of a comment or a post under a page: a name of
// one to three capitalised words (bold or not), a dash, a dot or a bar,
// and the day it was written, perhaps with its time ("**Jo** — 3 August
// 2024 at 9:14 pm", "Sam Reid · 12 Mar 2025, 08:40").
var commentHeadRe = regexp.MustCompile(`^[*_]{0,2}(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})[*_]{0,2}\s+(?:—|–|-|·|\|)\s+([^—–|·]{6,32}?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$`)

// handleHeadRe is the head of a post in a thread exported from a social
// network: a handle (with a display name before it, perhaps), the day and
// perhaps the time ("@creekwatcher · 12 Mar 2025 · 09:12", "Ana Ruiz
// @anaruiz · Mar 12, 2025").
var handleHeadRe = regexp.MustCompile(`^[*_]{0,2}((?:[\p{L}\d'’. -]{1,40}(?:[*_]{1,2})?\s)?@[\w.]{1,40}(?:@[\w.-]+)?)[*_]{0,2}\s*[·•|—–-]\s*(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[·•|]\s*)?([^·•|—–]{6,32}?)(?:\s*[·•|,]\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$`)

// commentedRe is the head of a comment an issue tracker or a forum
// writes: a handle or a name, a verb of commenting and the day, perhaps
// with its time ("dkowalski commented on Feb 27, 2026", "**Ana Ruiz**
// replied on 3 March 2026 at 14:05").
var commentedRe = regexp.MustCompile(`^[*_]{0,2}@?([\p{L}\d][\p{L}\d_.'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})[*_]{0,2}\s+(?:commented|replied|wrote|posted|answered|responded|reviewed)(?:\s+on)?\s+([^—–|·]{6,32}?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$`)

// replyHeadRe is the head of a forum's reply: "Reply from" (or "Comment
// by") a name or a handle, a comma, and the day, perhaps with its time
// and the note that the reply was edited later ("**Reply from
// crumbandcrust, 5 Aug 2024 18:02** *(edited 6 Aug)*"): the reply speaks
// from its own day, and the note's day is no event. The day may stand in
// brackets after the name and the head close with a colon, as meeting
// notes and review threads write it ("**Comment by Priya Nair (12 May
// 2026):**"); the day is then the second group.
var replyHeadRe = regexp.MustCompile(`^[*_]{0,2}(?i:reply|comment|response|answer)[ \t]+(?i:from|by)[ \t]+@?[\p{L}\d_.'’-]{1,40}(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}(?:,?[ \t]+(?:on[ \t]+)?([^*_·|()]{6,40}?)|[ \t]+\(([^*_·|():]{6,40}?)\))[ \t]*:?[*_]{0,2}:?(?:[ \t]+[*_]{0,2}\((?i:edited|last edited)[^()]{0,24}\)[*_]{0,2})?[ \t]*$`)

// byWeekday reports whether the writer a comment's head or label names
// after "by" or "from" is a weekday: "Comment by Friday, 12 May 2026" is
// a deadline for comments, nobody's comment.
func byWeekday(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	_, ok := weekdayNames[strings.ToLower(strings.TrimRight(f[2], ",."))]
	return ok
}

// commentHead returns the day a comment's head line writes (see
// commentHeadRe, commentedRe and replyHeadRe), with its year, month and
// day.
func commentHead(s string) (dayHead, bool) {
	s = strings.TrimSpace(s)
	if m := replyHeadRe.FindStringSubmatch(s); m != nil && !byWeekday(strings.TrimLeft(s, "*_")) {
		if h, ok := parseDayHead(m[1]+m[2], false); ok && h.y > 0 && h.m > 0 && h.d > 0 {
			return h, true
		}
	}
	if m := handleHeadRe.FindStringSubmatch(s); m != nil {
		// "@creekwatcher · 12 Mar 2025 · 09:12": a post of a thread, its
		// writer's handle and its day; a network writes no year for a
		// post of the year it is read in ("Jane Doe @jdoe · 6 Mar",
		// "@riverside_lib · Mar 7"), the year then the page's
		if h, ok := parseDayHead(m[2], false); ok && h.m > 0 && h.d > 0 {
			return h, true
		}
	}
	if m := commentedRe.FindStringSubmatch(strings.TrimLeft(s, "# \t")); m != nil {
		// "dkowalski commented on Feb 27, 2026": an issue's or a
		// forum's comment, its writer named by the verb
		if h, ok := parseDayHead(m[2], false); ok && h.y > 0 && h.m > 0 && h.d > 0 {
			return h, true
		}
	}
	m := commentHeadRe.FindStringSubmatch(s)
	if m == nil || strings.ToUpper(m[1]) == m[1] {
		return dayHead{wd: -1}, false
	}
	// a person's name: in bold, or two words or three, none a document's
	// ("Transcript — 11 August 2018", "Board Meeting — 3 May 2024")
	words := strings.Fields(m[1])
	if len(words) < 2 && !strings.HasPrefix(s, "**") && !strings.HasPrefix(s, "__") {
		return dayHead{wd: -1}, false
	}
	for _, w := range words {
		if docWords[strings.ToLower(strings.TrimRight(w, "."))] {
			return dayHead{wd: -1}, false
		}
	}
	h, ok := parseDayHead(m[2], false)
	if !ok || h.y == 0 || h.m == 0 || h.d == 0 {
		return dayHead{wd: -1}, false
	}
	return h, true
}

// docWords name a document or a part of one, never a person who comments.
var docWords = map[string]bool{"by": true, "transcript": true, "statement": true, "update": true, "updated": true,
	"posted": true, "published": true, "minutes": true, "meeting": true, "report": true, "notes": true, "note": true,
	"press": true, "release": true, "version": true, "issue": true, "edition": true, "volume": true, "episode": true,
	"chapter": true, "part": true, "session": true, "day": true, "week": true, "draft": true, "final": true,
	"entry": true, "letter": true, "memo": true, "diary": true, "log": true, "journal": true, "newsletter": true,
	"bulletin": true, "briefing": true, "speech": true, "interview": true, "hearing": true, "agenda": true,
	"the": true, "a": true, "our": true, "my": true, "this": true, "last": true, "next": true, "from": true, "sent": true,
	"date": true, "dated": true, "effective": true, "revised": true, "reviewed": true, "created": true, "modified": true}

// yearLabelRe is a line labelled by a year: "- **1564** — ...", "1930: ...".
var yearLabelRe = regexp.MustCompile(`^\s*(?:[-*•+]\s+)?[*_]{0,2}\d{3,4}(?:\s*(?:BC|BCE|AD|CE))?[*_]{0,2}\s*(?:—|–|-|:)\s`)

// almanacEntry reports whether the entry that starts at blocks[0] (up to
// the next heading) is a list of lines each labelled by a year.
func almanacEntry(blocks []*block) bool {
	n := 0
	for _, b := range blocks {
		if b.kind == headingBlock {
			break
		}
		for line := range strings.SplitSeq(b.text, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if !yearLabelRe.MatchString(line) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// datedTitleRe is a heading that opens with a date and goes on, after a
// dash or a colon, with a title: "14 March 2025 — Cluster back".
var datedTitleRe = regexp.MustCompile(`^([0-9A-Za-z][^—–:|·•]{5,40}?(?:\d{1,2}:\d{2}(?::\d{2})?Z?)?)\s*(?:—|–|-|:|\||·|•)\s+\pL`)

// labelDayRe is the label a heading numbers a stage, a game or a day of
// a race, a tournament or a trip by, before the day it was on: "Stage 1,
// ", "Game 4, ", "Rest day, ".
var labelDayRe = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:\d{1,3}|day),\s+`)

// spanLabels label a part that runs over more than a day, or an issue of
// a publication: the day written with them is its first, or the day it
// came out, not the day of what is told under it ("Week 3, 14 April
// 2025", "Issue 12, 3 March 2025").
var spanLabels = map[string]bool{"week": true, "month": true, "quarter": true, "season": true, "year": true,
	"term": true, "semester": true, "sprint": true, "phase": true, "part": true, "chapter": true, "volume": true,
	"vol": true, "issue": true, "edition": true, "number": true, "no": true, "episode": true, "series": true,
	"release": true, "version": true, "section": true, "step": true, "item": true, "page": true}

// titleAfterDayRe is a title after a heading's day, set apart by a
// colon, a spaced dash or a bar: ": Valladolid time trial, 12km".
var titleAfterDayRe = regexp.MustCompile(`(?::|\s[—–-]|\s?[|·•])\s+\pL`)

// labelledDayHead reads a heading that writes its day between a label
// and a title, or before a title with a weekday ("Stage 1, Saturday 17
// August: Valladolid time trial", "Stage 3, Monday: Segovia - Avila",
// "Saturday 17 August 2024: Valladolid time trial"): the heading of an
// entry of that day, as the day alone would be. Without a label the day
// must be written with its number ("Monday: what we know" dates nothing).
func labelledDayHead(s string, dayFirst bool) (dayHead, bool) {
	s = unemphasize.Replace(strings.Trim(s, "#*_ \t"))
	labelled := false
	if m := labelDayRe.FindStringIndex(s); m != nil {
		if spanLabels[strings.ToLower(strings.Fields(s)[0])] {
			return dayHead{wd: -1}, false
		}
		s, labelled = s[m[1]:], true
	}
	if m := titleAfterDayRe.FindStringIndex(s); m != nil {
		s = s[:m[0]]
	} else if !labelled {
		return dayHead{wd: -1}, false
	}
	h, ok := parseDayHead(s, dayFirst)
	if !ok || !labelled && h.d == 0 {
		return dayHead{wd: -1}, false
	}
	return h, true
}

// letterOpenRe opens a letter's text under its place and day: a
// greeting ("Dear Mother,", "Sir,") or the writer speaking ("I got here
// on Monday").
var letterOpenRe = regexp.MustCompile(`^\s*(?:(?:My\s+)?(?:[Dd]ear(?:est)?|[Hh]onou?red|[Rr]espected)\b|(?:Sir|Sirs|Madam|Gentlemen)\b|(?:I|We|My|Our)\s)`)

// titleEndDay returns the day a heading ends with, set apart from the
// words before it by a comma, a dash, a colon or a bar: "County alert
// thread, Saturday 8 February 2025", "Site diary — 3 March 2025". The
// day must be whole (with its year), and the words before it a name of
// two words or more (not a label, "Deadline: 3 March"), not a sentence
// that the day belongs to ("The storm of 8 February 2025").
func titleEndDay(heading string, headed bool) (timeline.Date, bool) {
	t := strings.TrimRight(strings.Trim(heading, "#*_ \t"), ".")
	if len(t) > 140 || !strings.ContainsAny(t, "0123456789") {
		return timeline.Date{}, false
	}
	// "... (released January 28, 2019)": the day in brackets at the end
	if strings.HasSuffix(t, ")") {
		if o := strings.LastIndex(t, " ("); o > 0 && !strings.Contains(t[o+2:], "(") {
			t = strings.TrimRight(t[:o], " ,") + ", " + t[o+2:len(t)-1]
		}
	}
	// "Earnings call, 3 May 2016, 10:00 CET": the hour after the day
	if m := endClockRe.FindStringIndex(t); m != nil {
		t = t[:m[0]]
	}
	ds := findDates(t, false)
	if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec != timeline.Day {
		return timeline.Date{}, false
	}
	if ds[0].end != len(t) {
		// "2. The Guardian, 9 June 2020 - Air bridges talks stall": the
		// source and its day, then the item's headline
		// (in a heading only: a dateline runs into its story so)
		if !headed || !headlineAfterRe.MatchString(t[ds[0].end:]) {
			return timeline.Date{}, false
		}
		t = t[:ds[0].end]
	}
	cutSep := func(s string) (string, string) {
		s = strings.TrimRight(s, " \t")
		for _, sep := range []string{",", "—", "–", "-", ":"} {
			if rest, ok := strings.CutSuffix(s, sep); ok {
				return strings.TrimRight(rest, " \t"), sep
			}
		}
		return s, ""
	}
	name, sep := cutSep(t[:ds[0].start])
	if sep == "" {
		// "Letter from Harcourt & Lyle LLP, dated 9 March 2022"
		i := strings.LastIndexAny(name, " \t")
		switch strings.ToLower(name[i+1:]) {
		case "dated", "written", "released", "issued", "sent", "delivered", "recorded", "broadcast", "aired", "filed":
			name, sep = cutSep(name[:max(i, 0)])
		}
	}
	if i := strings.LastIndexAny(name, " \t"); i >= 0 || name != "" {
		if _, wd := weekdayNames[strings.ToLower(strings.TrimRight(name[i+1:], "."))]; wd {
			// "..., Saturday 8 February 2025": the weekday is the day's,
			// and the separator stands before it
			name, sep = cutSep(name[:max(i, 0)])
		}
	}
	if sep == "" || len(strings.Fields(name)) < 2 && !(sep == "," && outletName(name)) || sentence(name) || sep != "," && name[len(name)-1] >= '0' && name[len(name)-1] <= '9' {
		// (not the end of a range: "Field course, 1-2 July 2025")
		return timeline.Date{}, false
	}
	if strings.HasSuffix(strings.TrimRight(heading, "*_ \t"), ".") && sentence(name+".") {
		// "The year begins on the First Sunday of Advent, December 3,
		// 2023.": a sentence that tells what falls on the day, no title
		// (a title of six words before its day seldom ends with a full
		// stop)
		return timeline.Date{}, false
	}
	if sep == ":" && !headed {
		// a first line "Final exam: Tuesday, December 9, 2025." over
		// "The final paper is due December 5.": a field, its label
		// naming what falls on the day, no title of the page (a
		// heading "## Site diary: 3 March 2025" still is one)
		return timeline.Date{}, false
	}
	return ds[0].date, true
}

// bracketHearing reports whether a heading ends with a place or a body and
// a day in brackets, "(Liverpool Magistrates, 16 December 2024)", whose
// name is of two words or more and names no outlet nor issuing body (not
// "(The Guardian, 9 June 2020)", "(BBC News, ...)", nor one word, a
// place's or an agency's: "(Reuters, ...)", "(Leeds, ...)").
func bracketHearing(heading string) bool {
	t := strings.TrimRight(strings.Trim(heading, "#*_ \t"), ".")
	o := strings.LastIndex(t, " (")
	if !strings.HasSuffix(t, ")") || o < 0 || strings.Contains(t[o+2:], "(") {
		return false
	}
	name, _, ok := strings.Cut(t[o+2:len(t)-1], ",")
	name = strings.TrimSpace(name)
	if !ok || len(strings.Fields(name)) < 2 || orgName(name) || len(findDates(name, false)) > 0 {
		return false
	}
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // ("(released in Europe, 3 May 2019)": what was done, no name)
		}
	}
	return true
}

// endClockRe is the hour written after a heading's day: ", 10:00 CET",
// " at 11:05am AEDT".
var endClockRe = regexp.MustCompile(`(?i),?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$`)

// headlineAfterRe is a headline after a source's day in a heading: a dash
// and words.
var headlineAfterRe = regexp.MustCompile(`^\s+[—–-]\s+\pL`)

// outletName reports whether a name of one word can be an outlet's or an
// agency's: an abbreviation in capitals ("BBC", "AP", "USGS") or a
// capitalised name ("Reuters", "Bloomberg").
func outletName(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, " \t") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && len(name) >= 2 && !strings.ContainsAny(name, "0123456789:")
}

// exportLineRe is a line saying when a chat or a log was exported:
// "Exported on 17 January 2022", "Exported: 2025-02-14 09:30 PST".
var exportLineRe = regexp.MustCompile(`(?i)^[*_ ]*(?:exported|downloaded|generated)\b`)

// exportDay returns the day of the export line among the first blocks.
func exportDay(blocks []*block) (timeline.Date, bool) {
	for k, b := range blocks {
		if k >= 6 {
			break
		}
		for line := range strings.Lines(b.text) {
			if !exportLineRe.MatchString(line) {
				continue
			}
			for _, d := range findDates(line, false) {
				if !d.noYear && d.date.Prec >= timeline.Day {
					return d.date.DayOf(), true
				}
			}
		}
	}
	return timeline.Date{}, false
}

// firstHeading reports whether blocks[k] is the first heading of blocks.
func firstHeading(blocks []*block, k int) bool {
	for _, b := range blocks[:k] {
		if b.kind == headingBlock {
			return false
		}
	}
	return true
}

// textBefore reports whether any paragraph of text is among blocks.
func textBefore(blocks []*block) bool {
	for _, b := range blocks {
		if b.kind == paraBlock && b.role == noRole && !b.table {
			return true
		}
	}
	return false
}

// dayFirst reads a numeric day ("04/03/2020" under "Brussels") in the
// document's order.
func datedHeadings(blocks []*block, ref, last timeline.Date, title string, dayFirst bool) int {
	type cand struct {
		b    *block
		h    dayHead
		day  time.Time
		done bool
		pre  bool // dated whole by its own line (a header's, a release's): a day for the headings after it
		// hh and mm are the time a thread's post head gives, when timed
		hh, mm int
		timed  bool
	}
	var cs []cand
	dated := func(b *block) {
		if d, ok := b.day.Time(); ok {
			cs = append(cs, cand{b: b, day: d, done: true, pre: true})
		}
	}
	full := 0 // headings that give a whole date, as a header line does
	var days []tripDay
	for bi, b := range blocks {
		if b.kind != headingBlock {
			continue
		}
		// "Day 3", "Day 1 (Saturday 7 June)": an itinerary's days
		if n, rest, ok := dayNumbered(b.text); ok {
			td := tripDay{b: b, n: n, cand: -1}
			for _, part := range dayNumberedDate(rest) {
				if h, ok := parseDayHead(part, dayFirst); ok {
					td.cand = len(cs)
					cs = append(cs, cand{b: b, h: h})
					break
				}
			}
			days = append(days, td)
			continue
		}
		// "MINUTES OF THE MEETING HELD ON 13 FEBRUARY 2024" over the
		// next meeting's minutes
		if tmp := (&block{text: b.text}); headerStartRe.MatchString(strings.TrimSpace(b.text)) || headerAnyRe.MatchString(b.text) {
			if headerDate(tmp, dayFirst) && tmp.date.date.Prec >= timeline.Day {
				b.day, b.wholeDay = tmp.date.date, true
				if o := headingOutlet(b.text); o != "" && orgName(o) {
					b.outlet = o // "Department of Health statement, 21 September 2022": the body's
				}
				full++
				dated(b)
				continue
			}
		}
		// a release's heading: "[3.1.4] - 2024-11-05", "v2.10 – Nov 5,
		// 2024", "3.1.4 (2024-11-05)"
		// (not an outlet's and its day: "BBC News, 21 September 2022")
		if tmp := (&block{text: versionParenRe.ReplaceAllString(b.text, "$1 - $2")}); strings.ContainsAny(b.text, "0123456789") && !outletHeading(b.text) && coverLine(tmp, dayFirst) && tmp.date.date.Prec >= timeline.Day {
			b.day = tmp.date.date
			full++
			dated(b)
			continue
		}
		if m := placeDateRe.FindStringSubmatch(strings.TrimRight(strings.Trim(b.text, "#*_ \t"), ".")); m != nil && letterPlace(strings.TrimRight(strings.Trim(b.text, "#*_ \t"), ".")) {
			// a letter's heading, its place and its day: "Paris, 12th
			// March 1793", "Monticello, Dec. 3, 1801"
			if h, ok := parseDayHead(strings.TrimPrefix(m[1], "the "), dayFirst); ok && h.m != 0 && h.d != 0 {
				if o := headingOutlet(b.text); o != "" && orgName(o) {
					b.outlet = o // "Department of Water Resources, January 28, 2019": a body's, no place's
					if !textBefore(blocks[:bi]) && !sourceHeadingAfter(blocks, bi) {
						// under the title, before any text: who issued
						// the document and when, not a day of statements
						// (but the first of a compilation's sources when
						// another such heading follows: "## BBC News, 21
						// September 2022" ... "## Reuters, 23 September
						// 2022")
						b.comment = true
					}
				}
				cs = append(cs, cand{b: b, h: h})
				continue
			}
		}
		if d, ok := answerDay(b.text); ok {
			b.day, b.comment = d, true // "Answered on: 19 November 2026" over the answer
			full++
			dated(b)
			continue
		}
		if b.stamped {
			// "Tom Heald · 22h" over a reply on a page copied on 10
			// April: the 9th; with no day of the copy, no day
			if ref.Prec >= timeline.Day {
				b.day, b.comment = timeline.FromTime(ymd(ref.Year, ref.Month, ref.Day).AddDate(0, 0, -b.ago), timeline.Day), true
				full++
				dated(b)
			}
			continue
		}
		if r := relDivider(b.first); r != 0 {
			// "--- Yesterday ---" after "--- Monday, June 9th ---" in a
			// chat exported on 12 June: the 11th, the day before the
			// export's, not before the divider above it; with no day of
			// the export, no day
			if ref.Prec >= timeline.Day {
				b.day = timeline.FromTime(ymd(ref.Year, ref.Month, ref.Day).AddDate(0, 0, min(r, 0)), timeline.Day)
				full++
				dated(b)
			}
			continue
		}
		if m := postStampRe.FindStringSubmatch(b.first); b.postDay && m != nil {
			// "Jane Smith¶March 7 at 3:14 PM ·": a post, an event of its
			// own at its time, of the page's year when it writes none
			if h, ok := parseDayHead(m[1], false); ok && h.m > 0 && h.d > 0 {
				c := cand{b: b, h: h}
				hh, mm := hour24(atoi(m[2]), m[4]), atoi(m[3])
				if hh <= 23 && mm <= 59 {
					c.hh, c.mm, c.timed = hh, mm, true
				}
				if c.h.y == 0 && ref.Prec >= timeline.Year && ref.Year > 0 {
					c.h.y = ref.Year // (as "Jane Doe @jdoe · 6 Mar" below)
					if ref.Prec >= timeline.Day && ymd(c.h.y, c.h.m, c.h.d).After(ymd(ref.Year, ref.Month, ref.Day+1)) {
						c.h.y--
					}
				}
				if c.h.y > 0 {
					cs = append(cs, c)
				}
				continue
			}
		}
		if h, ok := commentHead(b.first); ok {
			b.comment = true
			c := cand{b: b, h: h} // "**Jo** — 3 August 2024 at 9:14 pm"
			if m := handleHeadRe.FindStringSubmatch(strings.TrimSpace(b.first)); m != nil {
				// "@creekwatcher · 12 Mar 2025 · 09:12": a thread's post is
				// an event of its own, at its time
				b.comment = false
				c.hh, c.mm, c.timed = postClock(b.first)
				if c.h.y == 0 && ref.Prec >= timeline.Year && ref.Year > 0 {
					// "Jane Doe @jdoe · 6 Mar": a post of the year the
					// page was read in (a network writes the year of an
					// older one), and none to come: "Dec 30" read on 10
					// January is of the year before, even in a feed of
					// posts newest first
					c.h.y = ref.Year
					if ref.Prec >= timeline.Day && ymd(c.h.y, c.h.m, c.h.d).After(ymd(ref.Year, ref.Month, ref.Day+1)) {
						c.h.y--
					}
				}
			}
			cs = append(cs, c)
			continue
		}
		if w, ok := titleWeek(b.text); ok && strings.TrimSpace(b.text) != strings.TrimSpace(title) {
			// "## Week of 10 March 2025" over "**Mon 10 Mar** - ...": the
			// days of that week, counted from its first; the heading
			// itself dates no day
			cs = append(cs, cand{b: b, day: w.AddDate(0, 0, -1), done: true, pre: true})
			continue
		}
		if h, ok := parseDayHead(b.text, dayFirst); ok {
			if h.y == 0 && h.m != 0 && almanacEntry(blocks[bi+1:]) {
				// "## 15 February" over "- 1564 — Galileo is born": the day
				// of every year, an almanac's, no day of writing
				continue
			}
			cs = append(cs, cand{b: b, h: h})
			continue
		}
		// a log's or a diary's heading, its date and then what happened:
		// "2025-03-13T11:02Z — Alignments done", "14 March 2025: Cluster
		// back"
		if m := datedTitleRe.FindStringSubmatchIndex(unemphasize.Replace(strings.TrimSpace(b.text))); m != nil {
			t := unemphasize.Replace(strings.TrimSpace(b.text)) // ("**March 3, 2023** · Science section")
			if ds := findDates(t[:m[3]], false); len(ds) == 1 && !ds[0].noYear && ds[0].date.Prec >= timeline.Day && ds[0].start <= 1 && ds[0].end >= m[3]-1 {
				b.day = ds[0].date
				full++
				dated(b)
				continue
			}
		}
		// a day between a stage's or a day's label and a title: "Stage
		// 1, Saturday 17 August: Valladolid time trial", "Rest day,
		// Tuesday 27 August", "Saturday 17 August 2024: Valladolid"
		if h, ok := labelledDayHead(b.text, dayFirst); ok && strings.TrimSpace(b.text) != strings.TrimSpace(title) {
			if h.y == 0 && h.m != 0 && almanacEntry(blocks[bi+1:]) {
				continue // "## 15 February: Galileo and Singapore" over an almanac's years
			}
			cs = append(cs, cand{b: b, h: h})
			continue
		}
		// a title that ends with its day, set apart: "County alert
		// thread, Saturday 8 February 2025", "Site diary — 3 March 2025"
		if d, ok := titleEndDay(b.text, true); ok {
			if ref.Prec >= timeline.Day && d.Prec >= timeline.Day && timeline.Compare(d.DayOf(), ref.DayOf()) < 0 && strings.TrimSpace(b.text) != strings.TrimSpace(title) && bracketHearing(b.text) {
				// "R v Clarke: appeal against conviction (Liverpool
				// Magistrates, 16 December 2024)" in a list dated 4 March
				// 2025: an earlier hearing the entry names, where and
				// when, no day the text under it is told from
				continue
			}
			if ref.Prec >= timeline.Day && d.Prec >= timeline.Day && timeline.Compare(d.DayOf(), ref.DayOf()) < 0 && !textBefore(blocks[:bi]) && firstHeading(blocks, bi) &&
				strings.TrimSpace(b.text) == strings.TrimSpace(title) { // (the document's own title, not a source's heading: "The Coastal Herald, 2 June 2021")
				// "# Post-mortem: Payments API outage, 14 November 2023"
				// over "Date: 2023-11-16": the title's day is what the
				// document is about; it was written on the later one
				continue
			}
			// (a title's day, not a diary's entry: what is said under it
			// is no statement made that day)
			b.day, b.comment = d, true
			if o := headingOutlet(b.text); o != "" && (orgName(o) || !strings.Contains(o, " ")) {
				b.outlet = o // "BBC, January 28, 2019", "Reuters, 3 March 2011"
			}
			full++
			dated(b)
		}
	}
	if len(cs) == 0 && len(days) == 0 {
		return full
	}
	var start time.Time // the day a trip's numbered days start on, as the text before them tells it
	if len(days) > 0 {
		start = tripStart(blocks, days[0].b, dayFirst)
	}
	// The document's day, month or year, for the first heading.
	var ctx dayContext
	switch {
	case ref.Prec >= timeline.Day:
		ctx = dayContext{ymd(ref.Year, ref.Month, ref.Day), timeline.Day}
	case ref.Prec >= timeline.Month:
		ctx = dayContext{ymd(ref.Year, ref.Month, 1), timeline.Month}
	case ref.Prec >= timeline.Year && ref.Year > 0:
		ctx = dayContext{ymd(ref.Year, 1, 1), timeline.Year}
	default:
		if d, ok := exportDay(blocks); ok {
			// "Exported on 17 January 2022" over "Tuesday, January 11th":
			// the days of a chat copied out before that day (the export
			// dates no message: each is dated by the day over it)
			ctx = dayContext{ymd(d.Year, d.Month, d.Day), timeline.Day}
		} else if m := yearRe.FindString(title); m != "" {
			ctx = dayContext{ymd(atoi(m), 1, 1), timeline.Year}
		}
	}
	var prev time.Time
	if last.Prec >= timeline.Day {
		prev = time.Date(last.Year, time.Month(last.Month), last.Day, 0, 0, 0, 0, time.UTC)
	} else if w, ok := titleWeek(title); ok {
		// "Farm diary, week of 14 April 2025" over "Mon", "Tue": the
		// days of that week, from its first
		prev = w.AddDate(0, 0, -1)
	} else if !start.IsZero() {
		// "departure of 12 September 2026" over "Day 1 – Saturday 12
		// September": the trip's days from its first
		prev = start
	}
	// Forward from the heading before, back from the heading after, and
	// forward again for what the way back settled.
	forward := func() {
		p := prev
		for i := range cs {
			c := &cs[i]
			if !c.done {
				c.day, c.done = dayAfter(c.h, p, ctx)
			}
			if c.done {
				p = c.day
			}
		}
	}
	forward()
	var next time.Time
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if !c.done && !next.IsZero() {
			c.day, c.done = dayBefore(c.h, next)
		}
		if c.done {
			next = c.day
		}
	}
	forward()
	n := full
	for _, c := range cs {
		if c.done && !c.pre {
			c.b.day = timeline.FromTime(c.day, timeline.Day)
			if c.timed {
				c.b.day.Prec, c.b.day.Hour, c.b.day.Minute = timeline.Minute, c.hh, c.mm
			}
			n++
		}
	}
	if len(days) > 0 {
		var dated []int
		for i, d := range days {
			if d.cand >= 0 && cs[d.cand].done {
				days[i].day = cs[d.cand].day
				dated = append(dated, i)
			}
		}
		n += numberDays(days, dated, title, start)
	}
	return n
}

// titleWeekRe is a title naming the week it covers by its first day:
// "Farm diary, week of 14 April 2025", "Rota w/c 3 March 2025".
var titleWeekRe = regexp.MustCompile(`(?i)\b(?:week\s+(?:of|commencing|beginning|starting)|w/[cb])\s+(.{6,30})$`)

// titleWeek returns the day a title says its week begins on.
func titleWeek(title string) (time.Time, bool) {
	m := titleWeekRe.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return time.Time{}, false
	}
	ds := findDates(m[1], false)
	if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec != timeline.Day || ds[0].start != 0 {
		return time.Time{}, false
	}
	d := ds[0].date
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), true
}

// tripDay is a heading that numbers a day of a trip or a course: "Day 3".
type tripDay struct {
	b    *block
	n    int       // the day's number, 1 for the first
	cand int       // index of the date it writes among the candidates, or -1
	day  time.Time // that date, when it was resolved
}

// numberDays dates the numbered days that write no date of their own: by
// the nearest dated day before (Day 1 on 7 June makes Day 3 the 9th), else
// the nearest after, else, when none writes a date, by the range of days
// the title gives ("Lisbon, 7–11 June 2025"), if they fit in it. dated
// lists the days whose own date was resolved. It returns how many it
// dated.
func numberDays(days []tripDay, dated []int, title string, start time.Time) int {
	anchor := func(i int) (time.Time, bool) {
		best := -1
		for _, k := range dated {
			if k < i && days[k].n <= days[i].n {
				best = k // the nearest before
			}
		}
		if best < 0 {
			for _, k := range dated {
				if k > i && days[k].n >= days[i].n {
					best = k
					break
				}
			}
		}
		if best < 0 {
			return time.Time{}, false
		}
		return days[best].day.AddDate(0, 0, days[i].n-days[best].n), true
	}
	var first time.Time // Day 1 by the title's range
	if len(dated) == 0 {
		top := 0
		for _, d := range days {
			top = max(top, d.n)
		}
		if s, e, ok := titleDays(title); ok && e.Sub(s) >= time.Duration(top-1)*24*time.Hour {
			first = s
		} else {
			first = start // "Departure: Monday 20 October 2025" over "Day 1 – Luxor."
		}
	}
	n := 0
	for i := range days {
		d := &days[i]
		if d.cand >= 0 && !d.day.IsZero() {
			continue
		}
		var day time.Time
		if a, ok := anchor(i); ok {
			day = a
		} else if !first.IsZero() {
			day = first.AddDate(0, 0, d.n-1)
		} else {
			continue
		}
		d.b.day = timeline.FromTime(day, timeline.Day)
		n++
	}
	return n
}

// tripStartRe is a line that tells when a trip starts: "Departure:
// Monday 20 October 2025 from Luxor.", "The tour departs on 12 September
// 2026.", "8-day guided walking tour — departure of 12 September 2026".
var tripStartRe = regexp.MustCompile(`(?i)\b(?:departure|departs|departing|start\s+date|starts\s+on|begins\s+on)\b`)

// tripStart returns the day a trip's numbered days start on: the one full
// date of the first line before the first of them (first) that says
// the trip departs or starts then; the zero time when none does.
func tripStart(blocks []*block, first *block, dayFirst bool) time.Time {
	for _, b := range blocks {
		if b == first {
			break
		}
		if b.kind != paraBlock && b.kind != headingBlock || b.table {
			continue
		}
		for line := range strings.Lines(b.text) {
			m := tripStartRe.FindStringIndex(line)
			if m == nil {
				continue
			}
			ds := findDates(line[m[1]:], dayFirst)
			if len(ds) == 1 && !ds[0].noYear && ds[0].date.Prec == timeline.Day {
				d := ds[0].date
				return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	return time.Time{}
}

// titleDays returns the first and last day of a range of days a title
// gives: "7–11 June 2025", "28 June - 3 July 2025".
func titleDays(title string) (first, last time.Time, ok bool) {
	if !strings.ContainsAny(title, "0123456789") {
		return first, last, false
	}
	xs := tempex.New(tempex.Options{}).Append(nil, title)
	for i, x := range xs {
		if x.RangeEnd < 0 || x.Date.Prec != timeline.Day || xs[x.RangeEnd].Date.Prec != timeline.Day {
			continue
		}
		a, okA := x.Date.Time()
		b, okB := xs[x.RangeEnd].Date.Time()
		if okA && okB && !b.Before(a) && i == 0 {
			return a, b, true
		}
	}
	return first, last, false
}

// dayNumberedRe is a heading that numbers a day: "Day 3", "DAY 12:",
// "Day one – Sintra", "Day 1 (Sat 7 June)".
var dayNumberedRe = regexp.MustCompile(`(?i)^day\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(.*)$`)

// dayNumbered reads a heading that numbers a day, and what follows the
// number.
func dayNumbered(s string) (n int, rest string, ok bool) {
	s = strings.Trim(s, "#*_ \t")
	m := dayNumberedRe.FindStringSubmatch(s)
	if m == nil {
		return 0, "", false
	}
	if n = atoi(m[1]); n == 0 {
		n = dayWords[strings.ToLower(m[1])]
	}
	// "Day 3 – Sintra", not "Day 3 of the strike saw ...": after the
	// number, nothing or a mark
	rest = m[2]
	if r := strings.TrimLeft(rest, " \t"); r != "" && strings.IndexAny(r[:1], ":.,–—-(") < 0 && !strings.HasPrefix(r, "–") && !strings.HasPrefix(r, "—") {
		return 0, "", false
	}
	return n, rest, n > 0
}

// dayLeadEnd returns where the bold lead of a numbered day ends in the
// line s when words follow it on the line ("**Day 4 – Aswan.** Excursion
// to Abu Simbel ..."), or 0. A lead that is a day of the month, set off
// from the words after it by a dash or a colon, is one too: a log's or a
// stand-up's entry, "**Tue 18 Mar** - Priyanka: cert rotation finally
// done yesterday", whose day "yesterday" is told from; the end is then
// after the dash.
func dayLeadEnd(s string) int {
	t := strings.TrimLeft(s, " \t")
	if len(t) < 8 || !(strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__")) {
		return 0
	}
	mark := t[:2]
	e := strings.Index(t[2:], mark)
	if e <= 0 || strings.TrimSpace(t[2+e+2:]) == "" {
		return 0
	}
	end := len(s) - len(t) + 2 + e + 2
	if t[2] != 'D' && t[2] != 'd' || strings.HasPrefix(t[2:], "Dec") || strings.HasPrefix(t[2:], "dec") {
		return entryLeadEnd(s, t[2:2+e], end)
	}
	if _, _, ok := dayNumbered(t[2 : 2+e]); !ok {
		return 0
	}
	return end
}

// entryLeadSepRe is the dash or colon after an entry's bold day, and the
// space around it.
var entryLeadSepRe = regexp.MustCompile(`^[ \t]*(?:[-–—:]|&mdash;|&ndash;)[ \t]+`)

// entryLeadEnd returns where the words after an entry's bold day start in
// the line s (see dayLeadEnd): lead is what the bold marks, end where the
// bold ends; 0 when lead is no day of the month or no dash or colon
// follows it.
func entryLeadEnd(s, lead string, end int) int {
	if len(lead) > 40 {
		return 0
	}
	lead = strings.TrimRight(lead, ":.")
	h, ok := parseDayHead(lead, false)
	if !ok || h.d == 0 || h.m == 0 {
		return 0
	}
	m := entryLeadSepRe.FindStringIndex(s[end:])
	if m == nil || strings.TrimSpace(s[end+m[1]:]) == "" {
		return 0
	}
	return end + m[1]
}

// datedDayItem reports whether the line s numbers a day, writes its date
// and goes on after a colon with a sentence: "Day 3 – Monday 14 September:
// transfer to Obidos.".
func datedDayItem(s string) bool {
	_, rest, ok := dayNumbered(s)
	if !ok {
		return false
	}
	r := strings.TrimRight(strings.TrimLeft(rest, " \t:.,–—-"), " \t*_")
	i := strings.IndexByte(r, ':')
	if i <= 0 || !strings.HasSuffix(r, ".") || len(strings.Fields(r[i+1:])) < 2 {
		return false
	}
	_, ok = parseDayHead(r[:i], false)
	return ok
}

var dayWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// dayNumberedDate returns the parts of what follows a day's number that may
// be its date: the words in brackets ("(Saturday 7 June)"), those before a
// colon ("— Monday 9 June: Sintra") and all of it.
func dayNumberedDate(rest string) []string {
	var out []string
	if i := strings.IndexByte(rest, '('); i >= 0 {
		if j := strings.IndexByte(rest[i:], ')'); j > 0 {
			out = append(out, rest[i+1:i+j])
		}
	}
	r := strings.TrimLeft(rest, " \t:.,–—-")
	if i := strings.IndexByte(r, ':'); i > 0 {
		out = append(out, r[:i])
	}
	return append(out, r)
}

// dayContext is what the document's date gives the first heading: a day, a
// month or a year (the first day of it), or nothing.
type dayContext struct {
	t    time.Time
	prec timeline.Precision
}

// dayAfter resolves h as a day on or after prev (the heading before), or
// near the document's date when there is no heading before.
func dayAfter(h dayHead, prev time.Time, ctx dayContext) (time.Time, bool) {
	if h.y != 0 {
		return time.Date(h.y, time.Month(h.m), h.d, 0, 0, 0, 0, time.UTC), true
	}
	var guesses []time.Time
	switch {
	case h.m != 0 && !prev.IsZero():
		// The year of the heading before, or the next if the day would be
		// well before it.
		y := prev.Year()
		if ymd(y, h.m, h.d).Before(prev.AddDate(0, -2, 0)) {
			y++
		}
		guesses = []time.Time{ymd(y, h.m, h.d), ymd(y+1, h.m, h.d), ymd(y-1, h.m, h.d)}
	case h.m != 0 && !ctx.t.IsZero():
		// The document's year; near the document's day, the year that
		// puts the day at most a month after it.
		y := ctx.t.Year()
		if ctx.prec >= timeline.Month && ymd(y, h.m, h.d).After(ctx.t.AddDate(0, 1, 0)) {
			y--
		}
		guesses = []time.Time{ymd(y, h.m, h.d), ymd(y-1, h.m, h.d), ymd(y+1, h.m, h.d)}
	case h.d != 0 && !prev.IsZero():
		// The month of the heading before, or the next if the day is
		// before it.
		y, m := prev.Year(), int(prev.Month())
		if h.d < prev.Day() {
			m++
		}
		guesses = []time.Time{ymd(y, m, h.d), ymd(y, m+1, h.d)}
	case h.d != 0 && ctx.prec >= timeline.Month:
		// The document's month, or the one before if the day is after the
		// document's.
		y, m := ctx.t.Year(), int(ctx.t.Month())
		if ctx.prec >= timeline.Day && h.d > ctx.t.Day() {
			m--
		}
		guesses = []time.Time{ymd(y, m, h.d), ymd(y, m-1, h.d), ymd(y, m+1, h.d)}
	case h.d != 0 || h.m != 0:
		return time.Time{}, false
	default:
		// A weekday alone: the next such day after the heading before.
		if prev.IsZero() {
			return time.Time{}, false
		}
		for k := 1; k <= 7; k++ {
			if d := prev.AddDate(0, 0, k); d.Weekday() == h.wd {
				return d, true
			}
		}
	}
	return pick(guesses, h)
}

// dayBefore resolves h as a day before next (the heading after it).
func dayBefore(h dayHead, next time.Time) (time.Time, bool) {
	var guesses []time.Time
	switch {
	case h.m != 0:
		y := next.Year()
		if ymd(y, h.m, h.d).After(next) {
			y--
		}
		guesses = []time.Time{ymd(y, h.m, h.d), ymd(y-1, h.m, h.d)}
	case h.d != 0:
		y, m := next.Year(), int(next.Month())
		if h.d > next.Day() {
			m--
		}
		guesses = []time.Time{ymd(y, m, h.d), ymd(y, m-1, h.d)}
	default:
		for k := 1; k <= 7; k++ {
			if d := next.AddDate(0, 0, -k); d.Weekday() == h.wd {
				return d, true
			}
		}
	}
	return pick(guesses, h)
}

// pick returns the first guess that is a real day (not one that ran over
// its month) and falls on the weekday h names, if it names one.
func pick(guesses []time.Time, h dayHead) (time.Time, bool) {
	for _, g := range guesses {
		if g.IsZero() || g.Day() != h.d {
			continue // the 31st of a month of 30 days
		}
		if h.wd < 0 || g.Weekday() == h.wd {
			return g, true
		}
	}
	return time.Time{}, false
}

// ymd is y-m-d, the month counted on past December or back before
// January; the zero time for a year out of range.
func ymd(y, m, d int) time.Time {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() < 1000 || t.Year() > 9999 {
		return time.Time{}
	}
	return t
}

// dayLine reports whether the raw line s names a day and nothing else,
// as a diary writes over an entry (see parseDayHead).
func dayLine(s string) bool {
	s = unframe(s) // a chat's day divider (see splitDividers)
	if len(s) > 60 || strings.ContainsAny(s, ";!?") {
		return false
	}
	// The quick test: it opens with a number, a weekday or a month.
	w := strings.TrimLeft(s, "#*_ \t")
	if w == "" {
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' && strings.IndexByte(w, ',') > 0 {
		// a letter's place and day: "Paris, 12th March 1793"
		if w2, _ := withPlaceComma(strings.TrimRight(w, "*_ \t.")); w2 != w {
			w = w2
		}
		if m := placeDateRe.FindStringSubmatch(strings.TrimRight(w, "*_ \t")); m != nil && letterPlace(w) {
			h, ok := parseDayHead(strings.TrimPrefix(m[1], "the "), false)
			return ok && h.m != 0 && h.d != 0
		}
	}
	if m := numberedLabelRe.FindStringIndex(w); m != nil && m[1] < len(w) {
		w = w[m[1]:] // "Update 5 - Friday 5 August 2022"
	}
	if !isDigit(w[0]) {
		var buf [9]byte // "wednesday", "september": the longest names
		n := 0
		for n < len(w) && isLetter(w[n]) {
			if n == len(buf) {
				return false
			}
			buf[n] = w[n] | 0x20
			n++
		}
		if string(buf[:n]) == "day" {
			_, _, ok := dayNumbered(s)
			return ok
		}
		if _, ok := weekdayNames[string(buf[:n])]; !ok && monthNumber[string(buf[:n])] == 0 {
			return false
		}
	}
	_, ok := parseDayHead(s, false)
	return ok
}

// headLine reports whether the first line of a paragraph heads an entry
// by its day: a diary's day (dayLine) or a comment's head (commentHead)
// over the words of the comment.
func headLine(s string) bool {
	if _, ok := commentHead(s); ok {
		return true
	}
	return dayLine(s)
}

// A page of posts copied from a social network stamps each post and each
// reply with its age rather than its day: "Yesterday at 3:14 PM" under
// the writer's name, "Tom Heald · 22h", "u/gearsgrind · 5h ago", "Just
// now". The stamp heads the post: its day, counted back from the day the
// page was copied (the reference date), is the one "today" and "this
// evening" in the post are of, and the stamp is no event. An age in hours
// gives the likelier of the two days it may fall on, the hour of the copy
// being unknown: the day before for 12 hours or more ("22h" on a page
// copied on 10 April is the 9th), else the same day.

// postAgeRe is a post's age: group 1 "yesterday" or "today" (perhaps
// with the time), or "just now"; else a number (2) and its unit (3).
var postAgeRe = regexp.MustCompile(`(?i)^(?:(yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?|just now|(\d{1,2})\s*(h|hrs?|hours?|m|mins?|minutes?|d|days?)(?:\s+ago)?)(?:\s*[·•|]\s*edited)?$`)

// postNameRe is a post's writer on the line over its age, or before it
// on the same line: a name of one to four capitalised words (and its
// handle after it: "Tom Reed @tomreed"), or a handle ("u/gearsgrind",
// "@commuter_jo"), perhaps in bold.
var postNameRe = regexp.MustCompile(`^[*_]{0,2}(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:[*_]{0,2}\s+@[\w.-]{1,40})?|(?:u/|@)[\w.-]{1,40})[*_]{0,2}$`)

// postAge reads a post's age: how many days back from the reference date
// its day is.
func postAge(s string) (int, bool) {
	m := postAgeRe.FindStringSubmatch(strings.TrimSpace(s))
	switch {
	case m == nil:
		return 0, false
	case strings.EqualFold(m[1], "yesterday"):
		return 1, true
	case m[2] == "":
		return 0, true // "Today at 9:05 AM", "Just now"
	}
	n := atoi(m[2])
	switch u := strings.ToLower(m[3]); {
	case u[0] == 'd':
		return n, n <= 31
	case u[0] == 'h':
		if n >= 24 {
			return 0, false
		}
		if n >= 12 {
			return 1, true
		}
	}
	return 0, true // "20 min ago"
}

// stampHead reads the head of a post stamped by its age at the top of b
// (see postAgeRe): how many lines it takes (the name and the age on one
// line, or the name over the age) and the days back its day is.
func stampHead(b *block) (lines, ago int, ok bool) {
	if b.kind != paraBlock || b.table || len(b.first) > 80 {
		return 0, 0, false
	}
	first := strings.TrimSpace(b.first)
	if i := strings.IndexAny(first, "·•|"); i > 0 {
		// "Tom Heald · 22h", "**u/gearsgrind** · 5h ago"
		if postNameRe.MatchString(strings.TrimSpace(first[:i])) {
			if ago, ok := postAge(strings.TrimLeft(first[i:], "·•| \t")); ok {
				return 1, ago, true
			}
		}
		return 0, 0, false
	}
	if b.lines < 2 || !postNameRe.MatchString(first) {
		return 0, 0, false
	}
	_, rest, _ := strings.Cut(b.raw.s, "\n") // (the raw first line, which b.first may hold trimmed)
	second, _, _ := strings.Cut(rest, "\n")
	if ago, ok := postAge(second); ok && strings.Contains(strings.TrimSpace(second), " ") { // (not "Biscuit¶3h", but "Gwen Okafor¶Yesterday at 3:14 PM")
		return 2, ago, true
	}
	return 0, 0, false
}

// nameOverHandle reads the head of a post as a network's page is copied
// with the writer's name on a line of its own over the handle and the day
// ("Jane Smith¶@janesmith · Mar 7" over "Ferry cancelled again today."):
// the head as one line ("Jane Smith @janesmith · Mar 7", see
// handleHeadRe) and where its second line ends in b's text.
func nameOverHandle(b *block) (head string, end int, ok bool) {
	if b.kind != paraBlock || b.table || b.lines < 3 || len(b.first) > 64 {
		return "", 0, false
	}
	name := strings.TrimSpace(b.first)
	if strings.HasPrefix(name, "@") || strings.HasPrefix(name, "u/") || !postNameRe.MatchString(name) {
		return "", 0, false
	}
	ls := rawLines(b.raw.s)
	var parts []string
	for j := 1; j <= 3 && j < len(ls)-1; j++ {
		// (a page copied whole puts each part on a line of its own:
		// "@janesmith¶·¶Mar 7")
		parts = append(parts, strings.TrimSpace(b.raw.s[ls[j][0]:ls[j][1]]))
		rest := strings.Join(parts, " ")
		m := handleHeadRe.FindStringSubmatch(rest)
		if m == nil || !strings.HasPrefix(strings.TrimLeft(m[1], "*_"), "@") {
			continue // ("Jane Smith¶Jane Smith @jsmith · Mar 7": the name twice is no layout of a post)
		}
		head = strings.Trim(name, "*_") + " " + rest
		if _, ok := commentHead(head); ok {
			return head, ls[j][1], true
		}
	}
	return "", 0, false
}

// postStampRe is the day and time a network writes under the name of a
// post's writer ("March 7 at 3:14 PM ·", "7 March 2023 at 09:12"): the
// day (1), the hour (2), the minutes (3) and "a" or "p" (4).
var postStampRe = regexp.MustCompile(`(?i)^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)\s+at\s+(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?(?:\s*[·•]\s*)?$`)

// nameOverStamp reports whether b opens with the head of a post copied
// with its writer's name on a line over the day and time it was posted
// ("Jane Smith¶March 7 at 3:14 PM ·" over "Ferry cancelled again
// today."), and where the head ends in b's text.
func nameOverStamp(b *block) (end int, ok bool) {
	if b.kind != paraBlock || b.table || b.lines < 3 || len(b.first) > 64 {
		return 0, false
	}
	name := strings.TrimSpace(b.first)
	if strings.HasPrefix(name, "@") || strings.HasPrefix(name, "u/") || !postNameRe.MatchString(name) {
		return 0, false
	}
	ls := rawLines(b.raw.s)
	if !postStampRe.MatchString(strings.TrimSpace(b.raw.s[ls[1][0]:ls[1][1]])) {
		return 0, false
	}
	return ls[1][1], true
}

// replyHead reports whether b, a paragraph or a quote, opens with a
// forum reply's head (replyHeadRe): the head of that reply even when it
// is the only one ("> **Reply from ben, 5 Aug 2024 18:02**" over the
// quoted reply, under a post dated 2 August), never a dateline of the
// document.
func replyHead(b *block) bool {
	if b.kind != paraBlock && b.kind != quoteBlock || b.table {
		return false
	}
	s := strings.TrimSpace(strings.TrimLeft(b.first, "> \t"))
	return replyHeadRe.MatchString(s) && !byWeekday(strings.TrimLeft(s, "*_"))
}

// splitDayLines makes a heading of each line that names a day over a
// diary's entries: a paragraph of its own, or the first line of the
// entry's paragraph. A full date does so only in a diary, a document with
// two such lines or more (or, diary set, a later part of one): one date
// line alone under a title dates the document, not an entry. A day
// without its year ("Monday 3rd", "Thurs") never dates a document.
func splitDayLines(blocks []*block, diary bool) []*block {
	n := 0
	lead, stamps := false, false
	for _, b := range blocks {
		if b.kind == headingBlock && dayLine(b.raw.s) || b.kind == paraBlock && !b.table && headLine(b.first) || replyHead(b) {
			n++
		} else if _, _, ok := stampHead(b); ok {
			stamps = true // (no diary's day: a lone dated line still dates the document)
		}
		if _, _, ok := nameOverHandle(b); ok {
			n++
		} else if _, ok := nameOverStamp(b); ok {
			n++
		}
		if b.kind == paraBlock && !b.table && (b.first == "" || b.first[0] == '*' || b.first[0] == '_') && dayLeadEnd(b.first) > 0 {
			lead = true
		}
	}
	if n == 0 && !lead && !stamps {
		return blocks
	}
	var out []*block
	for i, b := range blocks {
		if b.kind == paraBlock && !b.table {
			if k := dayLeadEnd(b.first); k > 0 {
				// "**Day 4 – Aswan.** Excursion to Abu Simbel, departing
				// by coach at 04:00": the day's bold lead heads what is
				// said of that day
				h, rest := b.sub(0, k), b.sub(k, len(b.raw.s))
				if h != nil && rest != nil {
					h.kind, h.level = headingBlock, 3
					out = append(out, h, rest)
					continue
				}
			}
			if datedDayItem(b.first) {
				// "Day 3 – Monday 14 September: transfer to Obidos.": a
				// day that writes its date and what is done on it, an
				// item of the programme, no heading over it
				out = append(out, b)
				continue
			}
		}
		if head, end, ok := nameOverHandle(b); ok {
			// "Jane Smith¶@janesmith · Mar 7" over the post: its head,
			// read as the one line "Jane Smith @janesmith · Mar 7"
			h, rest := b.sub(0, end), b.sub(end, len(b.raw.s))
			if h != nil && rest != nil {
				h.kind, h.level, h.first = headingBlock, 3, head
				h.raw.s = strings.ReplaceAll(h.raw.s, "\n", " ") // (the same length: its places in the source stay)
				h.lines = 1
				out = append(out, h, rest)
				continue
			}
		}
		if end, ok := nameOverStamp(b); ok {
			// "Jane Smith¶March 7 at 3:14 PM ·" over the post: its head,
			// its day the second line's
			h, rest := b.sub(0, end), b.sub(end, len(b.raw.s))
			if h != nil && rest != nil {
				_, second, _ := strings.Cut(h.raw.s, "\n")
				h.kind, h.level, h.first, h.postDay = headingBlock, 3, strings.TrimSpace(second), true
				h.raw.s = strings.ReplaceAll(h.raw.s, "\n", " ")
				h.lines = 1
				out = append(out, h, rest)
				continue
			}
		}
		if k, ago, ok := stampHead(b); ok {
			// "Gwen Okafor¶Yesterday at 3:14 PM" over the post: its head
			end := len(b.raw.s)
			if ls := rawLines(b.raw.s); len(ls) > k {
				end = ls[k-1][1]
			}
			h, rest := b.sub(0, end), b.sub(end, len(b.raw.s))
			if h != nil {
				h.kind, h.level, h.stamped, h.ago = headingBlock, 3, true, ago
			}
			out = append(out, compact([]*block{h, rest})...)
			continue
		}
		reply := replyHead(b)
		if (b.kind != paraBlock || b.table || !headLine(b.first)) && !reply {
			out = append(out, b)
			continue
		}
		dh, ok := commentHead(strings.TrimLeft(b.first, "> \t")) // (a quoted reply's head: "> **Reply from ...")
		if !ok {
			dh, _ = parseDayHead(b.first, false)
		}
		placed := false // a place, then the day
		if dh.y == 0 && letterHeading(b.first) {
			// "Weymouth, 18 June 1775" over "My dear Friend": a letter's
			// whole date, as a lone day line is (see placeDateFirst)
			if lt, _ := withPlaceComma(strings.TrimRight(strings.Trim(b.first, "#*_ \t"), ".")); placeDateRe.MatchString(lt) {
				m := placeDateRe.FindStringSubmatch(lt)
				dh, _ = parseDayHead(strings.TrimPrefix(m[1], "the "), false)
				placed = true
			}
		}
		if dh.y != 0 && n < 2 && !diary && !reply && !datedAboveLine(out, dh) {
			// (but "Wellington, 15 October 2023" over "National's win in
			// Saturday's general election ...", no letter's greeting or
			// first person: a story's dateline, which dates the document;
			// see splitTitleDay)
			if nl := strings.IndexByte(b.raw.s, '\n'); nl > 0 && len(out) == 0 && dh.m != 0 && dh.d != 0 && storyBelow(b.raw.s[nl+1:]) && (!placed || letterOpenRe.MatchString(b.raw.s[nl+1:])) {
				// "Saturday 2 December 2023¶On Thursday a tagged pup was
				// found": the document's first line, its day, over its
				// text with no blank line between: a diary's or a log's
				// one entry, dated by its day as when it has more
				if h, rest := b.sub(0, nl), b.sub(nl+1, len(b.raw.s)); h != nil && rest != nil {
					h.kind, h.level = headingBlock, 3
					out = append(out, h, rest)
					continue
				}
			}
			out = append(out, b)
			continue
		}
		if dh.y != 0 && headedDayAlone(blocks, i) {
			out = append(out, b)
			continue // "## Cinderella¶Fri 28 Nov 2025.¶## Peter Pan": the day of what the heading names (see listingDates)
		}
		nl := strings.IndexByte(b.raw.s, '\n')
		if nl < 0 {
			b.kind, b.level = headingBlock, 3
			out = append(out, b)
			continue
		}
		h, rest := b.sub(0, nl), b.sub(nl+1, len(b.raw.s))
		if h != nil {
			h.kind, h.level = headingBlock, 3
		}
		out = append(out, compact([]*block{h, rest})...)
	}
	return out
}

// headedDayAlone reports whether block k is a line of its own under a
// heading, not the document's title, with nothing after it before the
// next heading or the end: it heads no entry, but gives the day of what
// the heading above names ("## Cinderella¶Fri 28 Nov 2025.¶## Peter
// Pan").
func headedDayAlone(blocks []*block, k int) bool {
	b := blocks[k]
	if k == 0 || b.lines != 1 || blocks[k-1].kind != headingBlock || k-1 == 0 && blocks[0].level <= 1 {
		return false
	}
	return k+1 == len(blocks) || blocks[k+1].kind == headingBlock
}

// storyBelow reports whether the first line of s, what follows a day
// line, is story: a sentence, no header's line ("By Tomas Reyes") nor a
// salutation ("My dear Friend"), over which the day heads the document.
func storyBelow(s string) bool {
	line := strings.TrimSpace(firstRawLine(s))
	if meta, _, _ := metaLine(line, true); meta {
		return false
	}
	return strings.ContainsAny(lastRune(strings.TrimRight(line, "*_\"”'’)")), ".!?") || len(strings.Fields(line)) >= 8
}

// datedAboveLine reports whether a line of the blocks before a date line
// already dates the document ("Report date: 15 February 2024") with
// another day than the line's: the line then heads the entry under it
// ("23 January 2024" over "03:50 Patient transferred ..."), a log's day.
func datedAboveLine(before []*block, dh dayHead) bool {
	for _, b := range before {
		if b.kind == headingBlock {
			return false // (only the document's own header, over its first heading)
		}
		if b.kind != paraBlock || b.table {
			continue
		}
		for line := range strings.Lines(b.raw.s) {
			tmp := &block{text: strings.TrimSpace(line), lines: 1}
			if !pubLineAt(tmp, false, true) && !headerDate(tmp, false) {
				continue
			}
			if d := tmp.date.date; d.Prec >= timeline.Day && (d.Year != dh.y || d.Month != dh.m || d.Day != dh.d) {
				return true
			}
		}
	}
	return false
}

// postClockRe is the time at the end of a post's head: "· 09:12",
// ", 9:14 pm"; or, as X writes it, right after the handle: "@coastwatch_ni
// · 3:14 PM · Mar 3, 2025".
var postClockRe = regexp.MustCompile(`(?i)[·•|,]\s*(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?\s*$|@[\w.]+[*_]{0,2}\s*[·•|]\s*(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?\s*[·•|]`)

// postClock returns the time a thread's post head ends with; ok is false
// when it gives none.
func postClock(head string) (hh, mm int, ok bool) {
	m := postClockRe.FindStringSubmatch(strings.TrimSpace(head))
	if m == nil {
		return 0, 0, false
	}
	if m[1] == "" {
		m = m[3:] // "@coastwatch_ni · 3:14 PM · Mar 3, 2025": the time before the day
	}
	h, mi := hour24(atoi(m[1]), m[3]), atoi(m[2])
	if h > 23 || mi > 59 {
		return 0, 0, false
	}
	return h, mi, true
}

// hour24 turns hour h of a 12-hour clock into the 24-hour clock's, by the
// first letter of its "AM" or "PM" (any case; none leaves h as it is).
func hour24(h int, half string) int {
	switch strings.ToLower(half) {
	case "p":
		if h < 12 {
			h += 12
		}
	case "a":
		if h == 12 {
			h = 0
		}
	}
	return h
}

// headingOutletRe is an outlet's name and a comma opening a dated
// heading: "BBC, January 28, 2019", "2. The Guardian, 9 June 2020 - ...".
var headingOutletRe = regexp.MustCompile(`^(?:\d{1,2}[.)]\s+)?([^,—–|:]{2,60}),\s`)

// headingOutlet returns the outlet a dated heading names before its day,
// or "": a name whose words are capitalised but for an outlet's small
// words ("Department of Water Resources", "The Guardian", "BBC"), not a
// title of words ("Earnings call", "County alert thread").
func headingOutlet(heading string) string {
	m := headingOutletRe.FindStringSubmatch(unemphasize.Replace(strings.Trim(heading, "#*_ \t")))
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	ws := strings.Fields(name)
	for len(ws) > 1 && docKindWords[ws[len(ws)-1]] {
		// "Ministry of Agriculture press release, 21 September 2022":
		// the body that issued it, the kind of text after its name
		ws = ws[:len(ws)-1]
	}
	if len(ws) < len(strings.Fields(name)) {
		name = strings.Join(ws, " ")
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !outletSmallWords[w] {
			return ""
		}
	}
	if len(findDates(name, false)) > 0 {
		return ""
	}
	return name
}

// sourceHeadingAfter reports whether a heading after blocks[k], at its
// level, names an outlet and a day as it does ("Reuters, 23 September
// 2022" after "BBC News, 21 September 2022"): the headings of a
// compilation's sources.
func sourceHeadingAfter(blocks []*block, k int) bool {
	for _, b := range blocks[k+1:] {
		if b.kind != headingBlock || b.level != blocks[k].level {
			continue
		}
		if o := headingOutlet(b.text); o != "" && len(findDates(b.text, false)) > 0 {
			return true
		}
	}
	return false
}

// docKindWords name, in lower case after an issuer's name, the kind of
// text a heading stands over: "press release", "news release", "statement".
var docKindWords = map[string]bool{"press": true, "news": true, "release": true, "statement": true, "briefing": true,
	"communiqué": true, "communique": true, "bulletin": true, "notice": true, "announcement": true, "transcript": true}

// outletHeading reports whether a heading opens with the name of an
// outlet or an issuing body and a comma (see headingOutlet, orgName).
func outletHeading(heading string) bool {
	o := headingOutlet(heading)
	return o != "" && (orgName(o) || !strings.Contains(o, " "))
}

// orgWords name a body that issues texts: a ministry, an agency, a
// newspaper.
var orgWords = map[string]bool{"department": true, "ministry": true, "agency": true, "office": true, "council": true,
	"commission": true, "institute": true, "university": true, "bank": true, "service": true, "authority": true,
	"board": true, "committee": true, "court": true, "government": true, "police": true, "association": true,
	"union": true, "federation": true, "organization": true, "organisation": true, "foundation": true, "bureau": true}

// orgName reports whether name names an issuing body or an outlet, not a
// place: a word of orgWords or of outletWords, or an abbreviation in
// capitals ("BBC", "USGS").
func orgName(name string) bool {
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if orgWords[lw] || outletWords[lw] || len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}
