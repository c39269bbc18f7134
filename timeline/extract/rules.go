package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// Baselines. A date that only serves as the point a figure is compared
// with is not an event: "fell by 60% compared with 2019", "higher than in
// 2019", "up from 2018", "up 12% on the previous year", "back to the 2019
// level", "87% of last year's", "the highest level since 1976", "0.83 °C
// above the 1991–2020 average", "53% below 1990 levels". "since" is read
// as a baseline only after a superlative or "first ... since" ("the
// lowest since 1976", "the first time since 1990", "not seen since
// 1945"); elsewhere it starts the span of what goes on ("has lived there
// since 1990") and dates the event as before.
var (
	baselineBeforeRe = regexp.MustCompile(`(?i)(?:\bcompared (?:with|to)(?: [$€£]?[\d.,]+(?: (?:million|billion|percent|per cent|points?|%))?(?:,? or [$€£]?[\d.,]+(?: [a-z]+){0,3})?,?(?: (?:in|for|during))?)?|\bfrom [$€£]?\d[\d.,]*(?: ?(?:million|billion|percent|per cent|points?|%))?(?: (?:in|at the end of|during|(?:at|by|over|in) the same (?:point|time|stage|date|period|week|month) (?:in|of)))?|\bin comparison (?:with|to)|\bas against|\brelative to|\bversus|\bvs\.?|\bthan(?: (?:in|at|during|on|for|over))?|\b(?:up|down)(?: by)?(?: [\d$€£][^\s]*(?: (?:percent|per cent|points?|million|billion|%))?)? (?:from|over|against)|\b(?:up|down)(?: by)? [\d$€£][^\s]*(?: (?:percent|per cent|points?|million|billion|%))? (?:on|over|from|against)(?: the| its| a)?|\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|still|slightly|sharply|well|far|somewhat|'s|’s) (?:up|down) on|\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|dropped|climbed|declined|increased|decreased|jumped|slipped|higher|lower|more|less|fewer)(?: by)? [\d$€£][^\s]*(?: (?:percent|per cent|points?|million|billion|%))? (?:from|on|over|against)|\b(?:same|similar) (?:level )?as(?: in)?|\b(?:above|below)(?: the| its)?(?: pre-?industrial)?)\s*$`)
	sinceBaselineRe  = regexp.MustCompile(`(?i)\b(?:highest|lowest|largest|smallest|biggest|greatest|worst|best|most|least|fewest|strongest|weakest|hottest|coldest|wettest|driest|first|only)\b[^.;:!?]{0,40}\bsince(?:\s+the)?\s*$|\bnot (?:been )?(?:seen|recorded|reached|matched) since(?:\s+the)?\s*$`)
	changeFromRe     = regexp.MustCompile(`(?i)\b(?:doubled|tripled|trebled|halved|quadrupled|rose|risen|fell|fallen|grew|grown|dropped|climbed|declined|increased|decreased|jumped|slipped|soared|plunged|surged)(?: \w+ly)?(?:,? to [^\s,]+,?)? from\s*$`)
	onDayRe          = regexp.MustCompile(`(?i)\bon\s*$`)
	limitRe          = regexp.MustCompile(`(?i)\b(?:no|not) (?:later|earlier|sooner) than\s*$`)
	shareOfRe        = regexp.MustCompile(`(?i)(?:\d\s*%|\d\s+(?:percent|per cent)|\b(?:half|(?:a|one|two) (?:third|quarter|fifth|tenth)s?|a fraction)) of\s*$|\b(?:twice|double|triple|treble|thrice)\s*$`)
	shareAfterRe     = regexp.MustCompile(`^(?:'s|’s)(?: (?:levels?|figures?|average|totals?|numbers?|rate|count|attendance|turnout|tally|takings|income|sales))?\s*(?:[.,;:!?)]|$)`)
	baselineAfterRe  = regexp.MustCompile(`^(?:'s|’s)? (?:levels?|figures?|average|baseline|totals?|numbers?)\b`)
)

// relBaselineRe is a period told back from another ("a year earlier", "the
// previous quarter", "the same period last year"); relFromRe ends the
// words that measure a change from it; changeWordRe finds the change.
var (
	relBaselineRe = regexp.MustCompile(`(?i)^(?:(?:a|one|the) (?:year|month|quarter|week)s? (?:earlier|ago|before)|the (?:previous|prior|preceding) (?:year|month|quarter|week)|(?:the )?same (?:period|quarter|month|time) (?:a year (?:ago|earlier)|(?:of )?last year|(?:of )?the (?:previous|prior) year)|the year-(?:earlier|ago) (?:period|quarter|month))$`)
	changeNounRe  = regexp.MustCompile(`(?i)\b(?:(?:a|an) [\d.,]+ ?(?:%|percent|per cent|points?|-fold) (?:increase|decrease|rise|fall|drop|decline|jump|gain|reduction|growth|improvement)|(?:a|an) (?:[a-z]+ )?(?:increase|decrease|rise|fall|drop|decline|jump|gain|reduction|growth|improvement) of [\d.,]+ ?(?:%|percent|per cent|points?)) (over|on|from|against|compared (?:with|to)|relative to)\s*$|\b(?:a|an) (?:[a-z]+ )?(?:increase|decrease|rise|fall|drop|decline|jump|gain|reduction|growth|improvement) (over|compared (?:with|to)|relative to)\s*$`)
	relFromRe     = regexp.MustCompile(`(?i)\b(?:from|over|on|against|versus|vs\.?)\s*$`)
	changeWordRe  = regexp.MustCompile(`(?i)\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|grew|grown|grow|dropped|drop|climbed|declined|decline|increased|increase|decreased|decrease|jumped|slipped|gained|lost|up|down|higher|lower|percent|per cent|points?)\b|%`)
)

// aboveBelowRe ends the words before a span a figure is measured
// against: "0.83 °C above the 1991–2020 average", "1.1 °C above
// 1850-1900".
var aboveBelowRe = regexp.MustCompile(`(?i)\b(?:above|below)(?: the| its)?(?: pre-?industrial)?\s*$`)

// isBaseline reports whether the date text[tStart:tEnd], whose sentence
// starts at from, only serves as a comparison or baseline.
func isBaseline(text string, from, tStart, tEnd, end int) bool {
	tEnd = min(tEnd, end) // an expression may run past its sentence's end ("1\nAug" over two items)
	before := text[max(from, tStart-80):tStart]
	if limitRe.MatchString(before) {
		return false // "no later than 1 May": a limit, not a comparison
	}
	if baselineBeforeRe.MatchString(before) || sinceBaselineRe.MatchString(before) {
		return true
	}
	// "have more than doubled from a year ago": a change measured from a
	// time, the time no event.
	if changeFromRe.MatchString(before) {
		return true
	}
	// "fell 7.1 percent in October from a year earlier", "up 4% over
	// the previous year": a period counted back from the sentence's own
	// date, after "from" or "over" in a sentence of a change, is the
	// figure's baseline.
	if relBaselineRe.MatchString(text[tStart:tEnd]) && relFromRe.MatchString(before) &&
		changeWordRe.MatchString(text[from:tStart]) {
		return true
	}
	// "a 9% increase over August", "a rise of 4% on 2023": the period
	// a change is measured against, told as a noun (not "over the
	// summer", the time of the change)
	if m := changeNounRe.FindStringSubmatch(before); m != nil && !(strings.EqualFold(m[1]+m[2], "over") && strings.HasPrefix(strings.ToLower(text[tStart:tEnd]), "the ")) {
		return true
	}
	// "87% of last year's", "half of last year's total": the figure of
	// the period another is a share of.
	if shareOfRe.MatchString(before) && shareAfterRe.MatchString(text[tEnd:end]) {
		return true
	}
	// "the 2019 level", "2019 levels": the date names the baseline.
	if baselineAfterRe.MatchString(text[tEnd:end]) {
		b := strings.ToLower(strings.TrimRight(text[max(from, tStart-5):tStart], " "))
		return strings.HasSuffix(b, "the") || strings.HasSuffix(b, "its") || strings.HasSuffix(b, "their") ||
			strings.HasSuffix(b, "pre-") || strings.HasSuffix(b, "pre")
	}
	return false
}

// Title lines. A line that holds a year but reads as a title ("Harbour
// Museum: Annual Report 2020", "Annual report 2020", "Minutes, May 2018")
// is not an event even when it was left in the body text (a PDF, a plain
// text file): a short line of its own, at the start of the section or
// after a blank line, that ends without a full stop and has no verb.
const maxTitleLineWords = 8

// titleVerbs are the finite verbs a short line can have without the
// "-ed" ending: with one, the line says something happened.
var titleVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "did": true, "does": true, "do": true,
	"may": false, "shall": true, "should": true, "must": true, "began": true, "begins": true, "opens": true,
	"closes": true, "ends": true, "won": true, "wins": true, "lost": true, "met": true, "meets": true, "saw": true,
	"became": true, "becomes": true, "fell": true, "rose": true, "died": true, "dies": true, "left": true,
	"took": true, "made": true, "came": true, "went": true, "ran": true, "said": true, "says": true, "held": true,
	"runs": true, "continues": true, "starts": true, "returns": true, "reopens": true, "launches": true, "arrives": true,
}

func isTitleLine(text string, s Segment) bool {
	for i := s.Start - 1; i >= 0; i-- {
		if c := text[i]; c == '\n' {
			break
		} else if c != ' ' && c != '\t' && c != '\r' {
			return false // a sentence inside a line is no line of its own
		}
	}
	line := strings.TrimSpace(text[s.Start:s.End])
	if line == "" || strings.ContainsAny(line, "\n") || lineItem(text, s) || recordLine(text, s) || dateLine(line) && !slotsAfter(text, s.End) || labelDateLine(line) || dateOfFieldRe.MatchString(line) || entryLineRe.MatchString(line) || placeDayLine(line) || circaLabelRe.MatchString(line) {
		return false
	}
	return titleLike(text, s, line) && !signedLine(text, s) && !birthLabelRe.MatchString(line)
}

// dateOfFieldRe is a field naming the day of a thing with its article
// and giving it ("Date of this Lease: 3 June 2019", "Date of the
// agreement: 18 April 2025"): a labelled field, as "Date of decision:"
// is, no title, though its label is one word too long for fieldLabel.
var dateOfFieldRe = regexp.MustCompile(`^(?i:date\s+of\s+(?:the|this)\s+\pL+):\s+\S`)

// birthLabelRe finds a person's birth date after its label: "born 22
// August 1979", "DOB 17/06/1988", "Date of birth: 3 May 1950". A line
// that gives one ("Re: Priya Raman, born 22 August 1979") tells of the
// birth, no title.
var birthLabelRe = regexp.MustCompile(`(?i)(?:\bborn|\bdob|\bd\.o\.b\.?|\bdate\s+of\s+birth)\s*[:,]?\s*(?:on\s+)?(?:\d|[a-z]{3,9}\.?\s+\d)`)

// circaLabelRe is a line that ends in an object's approximate date after a
// comma, as a museum's or a sale's label writes it: "MANTEL CLOCK, MODEL
// 7B, c.1865", "Portrait of a girl, circa 1790": when the thing was made,
// no title's year.
var circaLabelRe = regexp.MustCompile(`(?i),\s*(?:c\.|ca\.|circa\s)\s*\d{3,4}s?(?:\s*[-–]\s*\d{2,4})?\.?$`)

// placeDayLineRe is a line of a name, a comma, a place and a day in
// brackets: "EuroVisML 2024, Odense (27 May 2024)".
var placeDayLineRe = regexp.MustCompile(`^[^,()\n]{2,60},\s*[^,()\n]{2,40}\s*\(([^()\n]{6,30})\)\.?$`)

// placeDayLine reports whether line names a meeting, where it was and its
// day in brackets ("EuroVisML 2024, Odense (27 May 2024)"), as a list of
// editions writes each (an HTML list's items come without their
// markers): what was held there then, no title.
func placeDayLine(line string) bool {
	m := placeDayLineRe.FindStringSubmatch(line)
	return m != nil && dateLine(m[1]) && strings.IndexFunc(m[1], unicode.IsLetter) >= 0
}

// entryLineRe is a line of a CV or a list of posts: a role and where,
// then the span it was held over, after a comma or a wide gap
// ("Lecturer, University of Leeds, 2015–2019", "Staff Nurse, Emergency
// Department          06/2018 - 07/2021"), or any line and its date after
// a wide gap ("Nurse Extern          Summer 2017"), which no title is
// ("Strategic Plan 2020–2025" is).
var entryLineRe = regexp.MustCompile(`(?i)^(?:[^,]{2,60},.{0,80}?(?:,|\s{3,}|\t)\s*` + entryDate + `\s*(?:[-–—]|to)\s*(?:` + entryDate + `|present|now|current|date)|\S.{2,80}?(?:\s{3,}|\t)\s*` + entryDate + `(?:\s*(?:[-–—]|to)\s*(?:` + entryDate + `|present|now|current|date))?)\s*$`)

// entryDate is a date as a CV writes one: "2015", "06/2018", "June 2018",
// "Summer 2017".
const entryDate = `(?:(?:\d{1,2}/)?\d{4}|[a-z]{3,9}\.?\s+\d{4})`

// labelDateLine reports whether a line is a label, a colon and a date and
// nothing else ("Phase 1: 5 May 2026", "Exams: 24–28 November 2025"): a
// plan's milestone on a line of its own, not a title (but "Chapter 3:
// 1914–1918" names a part of the document).
func labelDateLine(line string) bool {
	label, rest, ok := strings.Cut(line, ": ")
	words := strings.Fields(label)
	if !ok || len(words) == 0 || len(words) > 5 || !dateLine(strings.TrimSpace(rest)) {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "chapter", "part", "section", "book", "volume", "vol", "unit", "lesson", "module", "appendix", "annex", "article", "page":
		return false
	}
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, "*_()")) {
		case "period", "covering", "covered", "reporting", "date", "dated", "updated", "published", "issued", "printed", "as":
			return false // "Covering period: 9–15 October 2023": when the document speaks of, no event
		}
	}
	return true
}

// slotsAfter reports whether the line after byte end opens with a clock
// time: a programme's slots under their day's line.
func slotsAfter(text string, end int) bool {
	return slotLeadRe.MatchString(strings.TrimLeft(text[end:], " \t\r\n"))
}

// dateLine reports whether a line holds a date and nothing else: a day,
// a month, a weekday, a time ("Friday 29/05/2026, 7.30pm"), or a span of
// them ("From 12 December 2025 to 3 January 2026"), which no title is (an
// event listing's line under its heading).
func dateLine(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] {
			return false
		}
	}
	return true
}

var dateLineWords = func() map[string]bool {
	m := map[string]bool{"am": true, "pm": true, "a": true, "p": true, "m": true, "st": true, "nd": true, "rd": true, "th": true,
		"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "est": true, "edt": true, "pst": true, "pdt": true,
		"from": true, "to": true, "until": true, "till": true, "through": true} // (a span: "–" is no letter)
	for _, w := range strings.Fields("january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun") {
		m[w] = true
	}
	return m
}()

// recordLine reports whether the line s is one of a paragraph's lines of
// figures: a line with a number right above or below it in the same
// paragraph ("Study Start (Actual) 6 March 2023¶Primary Completion
// (Estimated) December 31, 2026"), which a title is not.
func recordLine(text string, s Segment) bool {
	if !strings.ContainsAny(text[s.Start:s.End], "0123456789") {
		return false
	}
	if a := strings.LastIndexByte(text[:s.Start], '\n'); a > 0 {
		prev := text[strings.LastIndexByte(text[:a], '\n')+1 : a]
		if recordNeighbour(prev) {
			return true
		}
	}
	if b := strings.IndexByte(text[s.End:], '\n'); b >= 0 {
		rest := text[s.End+b+1:]
		next, _, _ := strings.Cut(rest, "\n")
		if recordNeighbour(next) {
			return true
		}
	}
	return false
}

// recordNeighbour: a line of figures, not a sentence.
func recordNeighbour(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && strings.ContainsAny(line, "0123456789") && !strings.ContainsAny(line[len(line)-1:], ".!?")
}

// splitTitleLines splits off a title line that the sentence splitter
// joined to the sentence on the next line ("Annual report 2020\nThe museum
// reopened ..."), so that the title makes no event and no headline.
func splitTitleLines(text string, sents []Segment) []Segment {
	var out []Segment
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		nl := strings.IndexByte(text[s.Start:s.End], '\n')
		if nl <= 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		head := Segment{s.Start, s.Start + nl}
		rest := strings.TrimLeft(text[head.End:s.End], " \t\n")
		line := strings.TrimSpace(text[head.Start:head.End])
		if slotLeadRe.MatchString(line) && slotLeadRe.MatchString(rest) {
			// "09:00 Registration¶12:00–13:00 Lunch": a programme's
			// slots, one a line, each an item of its own
			if out == nil {
				out = append(make([]Segment, 0, len(sents)+1), sents[:i]...)
			}
			out = append(out, head)
			sents = append(sents[:i+1:i+1], append([]Segment{{s.End - len(rest), s.End}}, sents[i+1:]...)...)
			continue
		}
		// Only a line that holds a number (the year it would be dated
		// by) and does not end in a word that carries the sentence on
		// ("A tree-planting scheme in\nYorkshire ...").
		last := strings.ToLower(line[strings.LastIndexByte(line, ' ')+1:])
		if rest == "" || !unicode.IsUpper(firstRune(rest)) || line == "" || !strings.ContainsAny(line, "0123456789") && !titleCased(line) ||
			trailingStops[last] || danglingPreps[last] || listLinks[last] || !titleLike(text, head, line) {
			if tail, ok := titleTail(text, s); ok {
				// "Kiyomizu Precision Co., Ltd.¶Integrated Report 2025":
				// the title under the name line the splitter joined it to
				if out == nil {
					out = append(make([]Segment, 0, len(sents)+1), sents[:i]...)
				}
				out = append(out, Segment{s.Start, s.Start + strings.LastIndexByte(text[s.Start:tail.Start], '\n')}, tail)
				continue
			}
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]Segment, 0, len(sents)+1), sents[:i]...)
		}
		out = append(out, head, Segment{s.End - len(rest), s.End})
	}
	if out == nil {
		return sents
	}
	return out
}

// titleTail returns the last line of s when it is a title that holds a
// number (a year) and the line before it, all the rest of s, is a name:
// a short line of capitalised words and no number ("Kiyomizu Precision
// Co., Ltd." over "Integrated Report 2025"), which the splitter joined
// to it at an abbreviation's full stop.
func titleTail(text string, s Segment) (Segment, bool) {
	seg := text[s.Start:s.End]
	nl := strings.LastIndexByte(seg, '\n')
	if nl <= 0 || strings.IndexByte(seg, '\n') != nl {
		return Segment{}, false
	}
	name := strings.TrimSpace(seg[:nl])
	tail := Segment{s.Start + nl + 1, s.End}
	for tail.Start < tail.End && (text[tail.Start] == ' ' || text[tail.Start] == '\t') {
		tail.Start++
	}
	line := strings.TrimSpace(text[tail.Start:tail.End])
	if line == "" || name == "" || !strings.ContainsAny(line, "0123456789") || strings.ContainsAny(name, "0123456789") ||
		len(strings.Fields(name)) > maxTitleLineWords || !titleCased(name) {
		return Segment{}, false
	}
	if b := strings.TrimRight(text[:s.Start], " \t"); b != "" && !strings.HasSuffix(b, "\n") {
		return Segment{}, false // (the name opens its line)
	}
	return tail, titleLike(text, tail, line)
}

// titleLike reports whether line, the text of s, reads as a title.
func titleLike(text string, s Segment, line string) bool {
	if strings.ContainsAny(line[len(line)-1:], `.!?;,"`) || strings.HasSuffix(line, "”") {
		return false
	}
	// A line of its own: at the start of the section or of a paragraph,
	// and nothing after it on its line.
	before := strings.TrimRight(text[:s.Start], " \t")
	if before != "" && !strings.HasSuffix(before, "\n\n") && !strings.HasSuffix(before, "\n") {
		return false
	}
	if rest := strings.TrimLeft(text[s.End:], " \t"); rest != "" && rest[0] != '\n' && rest[0] != '\r' {
		return false
	}
	words := strings.Fields(line)
	if len(words) > maxTitleLineWords || len(words) < 2 {
		return false
	}
	if strings.Contains(line, "; ") && len(yearWordRe.FindAllStringIndex(line, 3)) >= 2 {
		return false // "Received 3 March 2020; Accepted 1 July 2020": a record of days
	}
	if w := strings.ToLower(words[0]); len(words) > 2 && strings.HasSuffix(w, "ed") && len(w) > 4 && strings.ToLower(words[1]) == "by" {
		return false // "Engraved by Thomas Kitchin, before 1805": a label of who made it, and when
	}
	if len(words) > 3 && strings.EqualFold(words[1], "to") && participleWord(strings.ToLower(words[0])) && strings.Contains(line, " on ") {
		return false // "Sent to the parties on 30 September 2022": what was done with the matter, and the day
	}
	if slotLeadRe.MatchString(line) || slotTailRe.MatchString(line) && !nameClockRe.MatchString(line) {
		return false // "08:30 Registration and coffee", "Doors 18:00": a programme's slot, not a title (but "Dana Liu  2:15 PM" heads a chat message)
	}
	if strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, "\n\n") && captionDateRe.MatchString(line) {
		// "Covered tankard¶London, c. 1650": a museum label's place and
		// date under the object's name, the object's date
		return false
	}
	for i, w := range words {
		w = strings.ToLower(strings.Trim(w, ",:;()[]\"'“”‘’"))
		if titleVerbs[w] {
			return false
		}
		switch w {
		case "today", "tomorrow", "tonight", "yesterday":
			return false // "See everyone tomorrow": a message, not a title
		}
		if i > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasPrefix(words[i], strings.ToUpper(words[i][:1])) {
			return false // "The museum reopened in June 2020"
		}
	}
	return true
}

// participleWord reports whether w, in small letters, is a past
// participle: "-ed" ("handed", "returned") or one of the common
// irregular ones ("sent", "given").
func participleWord(w string) bool {
	switch w {
	case "sent", "given", "sold", "paid", "brought", "taken", "lent", "shown", "told":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// yearWordRe is a year written alone, as records of days write them.
var yearWordRe = regexp.MustCompile(`\b(?:1[5-9]|20)\d\d\b`)

// slotLeadRe is a clock time, or two, opening a line of a programme or
// a timetable: "08:30 Registration", "14:00–15:30 Workshop", "11:00 |
// Panel" (a table's row), "6:20 \"Houston, we've had a problem\"" (a
// video's chapter).
var slotLeadRe = regexp.MustCompile(`^` + slotClock + `(?:\s*[–—-]\s*` + slotClock + `)?(?:\s*\|)?\s+["“‘(]?\p{L}`)

// nameClockRe is a chat export's message head: a person's name and the
// time the message was sent ("Dana Liu  2:15 PM").
var nameClockRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$`)

// slotTailRe is a clock time, or two, closing a line: "Doors 18:00",
// "Main Stage: The Saltmarsh Quartet 19:00–20:15".
var slotTailRe = regexp.MustCompile(`\p{L}[\p{L}.,:)]*\s+` + slotClock + `(?:\s*[–—-]\s*` + slotClock + `)?$`)

// slotClock is a clock time as a programme writes it: "14:00", "9:15 am",
// "2.30 pm", "6 pm", "11am".
const slotClock = `(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}(?:\.\d{2})?\s*[AaPp]\.?[Mm]\.?)`

// slotTopic reports whether the date t is in the title of a programme's
// slot, after the clock time that opens its line ("14:00 Panel: energy
// policy after 2027").
//
// The clock must be one the tagger read as a time of day (tx): "1:45
// Launch on April 11, 1970" in a video's chapters is an offset into it,
// and the launch an event.
func slotTopic(text string, t tempex.Timex, tx []tempex.Timex) bool {
	from := max(0, t.Start-200) // (a slot's title is short: no scan of a long line)
	nl := strings.LastIndexByte(text[from:t.Start], '\n')
	if nl < 0 && from > 0 {
		return false
	}
	ls := from + nl + 1
	lead := text[ls:t.Start]
	line := strings.TrimLeft(lead, " \t-*•|")
	m := slotLeadRe.FindStringIndex(line)
	if m == nil || m[1]-1 >= len(line) || lineGoesOn(text, ls) {
		return false
	}
	at := ls + len(lead) - len(line) // where the clock starts
	for _, c := range tx {
		if c.Start == at {
			return c.Type == tempex.Time && !slotSentence(text, t, line[m[1]-1:])
		}
	}
	return false
}

// lineGoesOn reports whether the line before the one that starts at byte
// ls breaks off at a preposition its next line's first words complete:
// "Our Lent course runs on Thursday evenings at⏎8pm in the Vicarage,
// starting on 13 March." is one sentence wrapped, no programme's slot.
func lineGoesOn(text string, ls int) bool {
	if ls < 2 {
		return false
	}
	prev := strings.TrimRight(text[max(0, ls-40):ls-1], " \t\r")
	w := prev[strings.LastIndexAny(prev, " \t\n")+1:]
	switch strings.ToLower(w) {
	case "at", "from", "until", "till", "by", "before", "after", "around", "about", "between", "and", "or", "to", "since":
		return true
	}
	return false
}

// slotSentence reports whether the slot's text before the date t, title,
// is a sentence that tells what happened then, not the name of a talk: the
// line ends with a full stop, and a verb or a sentence's end comes before
// the date ("10:06  Interview: the bridge has been shut since 14
// January.", "10:55  Sport. United beat Rovers on Saturday.").
func slotSentence(text string, t tempex.Timex, title string) bool {
	rest := text[t.End:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if !strings.HasSuffix(strings.TrimRight(rest, " \t\r"), ".") {
		return false
	}
	return strings.Contains(title, ". ") || hasVerb(strings.Fields(title))
}

// captionDateRe is a label's line of a place and a date: "London, c.
// 1650", "Birmingham, about 1780-90", "Probably London or Bristol, late
// 17th century", "Jingdezhen, China, Ming dynasty (1368-1644)".
var captionDateRe = regexp.MustCompile(`(?i)^[\p{L} .'’-]{2,60}(?:, [\p{L} .'’-]{2,40})*, (?:c\.|ca\.|circa|about|probably|possibly|late|early|mid|\d|[\p{L} ]{2,30}\(\d)`)

// Ranges in one clause. "A second closure followed on 5 November 2020
// and lasted until 2 December 2020" tells one event from the first date
// to the second: a date followed, in the same clause, by "until", "till",
// "to" or "through" a later date after a verb of duration (lasted, ran,
// continued, ...) or directly ("from 5 to 9 May" when the tagger did not
// pair them) makes one event whose Span ends on the second date.
var rangeGapRe = regexp.MustCompile(`(?i)^\s*(?:(?:and|,)\s+)?(?:(?:it|they|this|which|that)\s+)?(?:(?:lasted|ran|continued|remained|stayed|went on|persisted|was in force|were in force|stayed in force|remained in force|was extended|were extended)\b[^.;:,]{0,30}?)?\s*$`)

// termGapRe ends the words between a day and "until" a later date that
// tell how long the thing begun that day goes on: ", to run ", "
// which will last ", " lasting ".
var termGapRe = regexp.MustCompile(`(?i)(?:^|[\s,])(?:to (?:run|last|continue|remain (?:in place|in force|in effect|open))|running|lasting|(?:which|that) (?:runs|will run|lasts|will last|remains in force|will remain in force))\s*$`)

func joinRanges(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:1]
	for _, c := range cs[1:] {
		p := &out[len(out)-1]
		if startsRange(text, p) && !p.span.IsRange() && !c.span.IsRange() && !p.qualifier && !c.qualifier &&
			untilClauseRe.MatchString(text[p.end:c.start]) && timeline.Compare(c.t.Date, p.span.Start) > 0 {
			// "taught there from 1974 until she retired in 2001": the
			// span ends with the clause's event, which is an event too
			p.span.End = c.t.Date
			p.span.End.Mod = timeline.ModNone
			out = append(out, c)
			continue
		}
		if !p.span.IsRange() && !c.span.IsRange() && !p.qualifier && !c.qualifier && p.span.Start.Prec >= timeline.Day && c.span.Start.Prec >= timeline.Day &&
			(p.span.Start.Prec >= timeline.Hour) == (c.span.Start.Prec >= timeline.Hour) &&
			timeline.Compare(c.span.Start, p.span.Start) > 0 && beginVerbRe.MatchString(text[max(0, p.start-24):p.start]) && endVerbGapRe.MatchString(text[p.end:c.start]) {
			// "The first strike begins at 04:00 BST on Saturday 5 August
			// and ends at 04:00 BST on Sunday 6 August": one span, of days
			// or hours (years and months stay two events: "The war
			// began in 1914 and ended in 1918")
			p.span.End = c.span.Start
			p.span.End.Mod = timeline.ModNone
			p.endText = [2]int{c.start, c.end}
			continue
		}
		prep := strings.ToLower(strings.TrimSpace(text[c.start:c.t.Start]))
		if (prep == "until" || prep == "till" || prep == "through") && !p.span.IsRange() && !c.span.IsRange() && !p.qualifier && !c.qualifier &&
			p.span.Start.Prec >= timeline.Day && (timeline.Compare(c.t.Date, p.span.Start) > 0 || c.t.Date.Prec < p.span.Start.Prec && c.t.Date.Contains(p.span.Start)) && termGapRe.MatchString(text[p.end:c.start]) &&
			!strings.Contains(text[p.end:c.start], " and ") {
			// (not "was won on 14 June 2024 ..., and remains valid until
			// 13 December 2024": a clause of its own)
			// "14 March 2023: Announces a £250m share buyback, to run
			// until the end of 2023": the end of what began that day,
			// no event of its own
			p.span.End = c.t.Date
			p.span.End.Mod = timeline.ModNone
			if m := c.t.Mod; m == timeline.ModStart || m == timeline.ModMid || m == timeline.ModEnd {
				p.span.End.Mod = m
			}
			p.endText = [2]int{c.start, c.end}
			if m := termGapRe.FindStringIndex(text[p.end:c.start]); m != nil {
				k := p.end + m[0]
				for k < c.start && (text[k] == ' ' || text[k] == ',') {
					k++
				}
				p.endText[0] = k // (the words of its term go with the end: "to run until the end of 2023")
			}
			continue
		}
		if prep == "" && strings.EqualFold(strings.TrimSpace(text[p.end:c.t.Start]), "and") && p.end > p.start && strings.HasPrefix(strings.ToLower(text[p.start:p.end]), "between ") {
			// "between 10pm on Friday 3 May and 2am the following
			// morning": one span
			prep = "and"
		}
		switch prep {
		case "until", "till", "to", "through", "up to", "and":
		default:
			if strings.HasPrefix(strings.ToLower(text[p.end:c.t.Start]), " to ") || strings.HasSuffix(strings.ToLower(text[p.end:c.t.Start]), " to ") {
				prep = "to"
			} else {
				out = append(out, c)
				continue
			}
		}
		gap := text[p.end:c.start]
		if prep == "to" {
			gap = strings.TrimSuffix(strings.TrimRight(text[p.end:c.t.Start], " "), "to")
		}
		if prep == "to" && startsRange(text, p) && movedFromRe.MatchString(text[max(0, p.start-40):p.start]) && strings.TrimSpace(gap) == "" {
			// "Drilling slipped from March to May", "postponed from 3
			// June to 17 June": no span, but the date it is now, and the
			// one it was set for, two events; each tells the other in its
			// title ("slipped from March" at May, "slipped to May" at March)
			c.qualifier = false // (the date the thing is now set for: its event's)
			if k := strings.LastIndex(strings.ToLower(text[p.end:c.t.Start]), "to"); k >= 0 && c.start > p.end+k {
				c.start = p.end + k // ("to 26 February 2024": out of the other's title with it)
			}
			p.partner, c.partner = [2]int{c.start, c.end}, [2]int{p.start, p.end}
			out = append(out, c)
			continue
		}
		if p.span.IsRange() || c.span.IsRange() || p.qualifier || c.qualifier || !rangeGapRe.MatchString(gap) ||
			p.t.Type != c.t.Type && !(p.t.Type == tempex.Date && c.t.Type == tempex.Time && p.span.Start.Prec == timeline.Day && prep != "") || // ("between Tuesday and Thursday morning")
			timeline.Compare(c.t.Date, p.span.Start) <= 0 || (strings.TrimSpace(gap) == "" && prep != "to" && !startsRange(text, p)) {
			out = append(out, c)
			continue
		}
		p.span.End = c.t.Date
		p.span.End.Mod = timeline.ModNone
		if m := c.t.Mod; m == timeline.ModStart || m == timeline.ModMid || m == timeline.ModEnd {
			p.span.End.Mod = m // "from 5 April 2026 until the end of October": the end of the month
		}
		if p.span.Start.Mod == timeline.ModOnOrBefore {
			p.span.Start.Mod = timeline.ModNone
		}
		p.endText = [2]int{c.start, c.end}
	}
	return out
}

// beginVerbRe ends the words before the date a thing begins on ("The
// strike begins ", "will start "), and endVerbGapRe stands between that
// date and the one it ends on (" and ends ", ", and will finish "): the
// two dates are one span.
var (
	beginVerbRe  = regexp.MustCompile(`(?i)\b(?:begins|began|begin|starts|started|start|commences|commenced|commence)\s+$`)
	endVerbGapRe = regexp.MustCompile(`(?i)^,?\s+and\s+(?:will\s+)?(?:ends|ended|end|finishes|finished|finish|concludes|concluded|conclude)\s+$`)
)

// movedFromRe ends the text before a date a thing was moved from:
// "slipped ", "was postponed ", "has been moved back ", "has been pushed
// back by the DNO ", "moves " (a notice's present), "After slipping ".
var movedFromRe = regexp.MustCompile(`(?i)\b(?:postponed|delayed|deferred|rescheduled|moved|pushed|slipped|shifted|brought|put|advanced|changed|switched|bumped|slid|pulled|moves|slips|slides|postpones|defers|reschedules|slipping|sliding)(?:\s+(?:back|forward|up|out))?(?:\s+by\s+(?:the\s+)?[\pL.&'’-]+(?:\s+[\pL.&'’-]+){0,2})?\s+$`)

// untilClauseRe is a clause that ends a span with its own dated event:
// " until she retired", " until the war broke out", " until her
// dismissal" (on its day).
var untilClauseRe = regexp.MustCompile(`(?i)^,?\s+(?:until|till)\s+(?:(?:(?:he|she|they|it|we|i)\s+|(?:the|his|her|their|its)\s+\w+\s+)\w+(?:ed|ned|ke out|ke|ft|ok|ew|ied)|(?:the|his|her|their|its)\s+(?:dismissal|resignation|retirement|death|departure|arrest|removal|election|appointment|transfer|release|marriage|closure|demolition|sale|collapse|merger|takeover|acquisition))\s*$`)

// startsRange reports whether the date opens a range: "from 5 November".
func startsRange(text string, c *cand) bool {
	w := strings.ToLower(strings.TrimSpace(text[c.start:c.t.Start]))
	return w == "from" || w == "between"
}

// titleCased reports whether a short line is written as a title: at most
// five words and 40 bytes, every word longer than three letters
// capitalised ("About Northwind Energy"). A hard-wrapped line of prose
// ("The chairman of Northwind") has a lower-case word.
func titleCased(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 5 || len(line) > 40 {
		return false
	}
	for _, w := range words {
		if len(w) > 3 && !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// factPart reports whether one of the parts of a line of facts ("Lisbon
// and online · Tuesday 12 May to Thursday 14 May 2026 · Version of 20
// April 2026") is the date and nothing else: the line gives the dates of
// what the heading above names.
func factPart(parts []string, date string) bool {
	date = strings.TrimSpace(date)
	for _, p := range parts {
		// the date, perhaps but for the weekday it opens with
		if before, after, ok := strings.Cut(p, date); ok && date != "" && strings.TrimSpace(after) == "" && len(strings.Fields(before)) <= 1 {
			return true
		}
	}
	return false
}

// versionLabelRe is the label of a document's version date at the start
// of a line or after a separator: "Version of ", "· Revised ".
var versionLabelRe = regexp.MustCompile(`(?i)(?:^|[·|—–]\s*)(?:(?:version|revision|edition)\s+(?:of|dated)|revised(?:\s+on)?):?\s+$`)

// versionStamp reports whether the expression is the date of the
// document's version on a line of its header ("... · Version of 20 April
// 2026"): what dates the document (the reader takes it as its reference
// date), not an event.
func versionStamp(text string, s Segment, t tempex.Timex) bool {
	ls := s.Start + strings.LastIndexByte(text[s.Start:t.Start], '\n') + 1 // (the sentence's line, sought within it)
	if !versionLabelRe.MatchString(text[ls:t.Start]) {
		return false
	}
	rest := strings.TrimLeft(text[t.End:], " *_")
	return rest == "" || strings.ContainsAny(rest[:1], "\n·|.;,)")
}
