package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// A document that prints no date in its header may still say when it was
// made, in a sentence of its own: the day it was approved, signed or
// dated, as annual reports, contracts and policies do, at their top or
// their foot:
//
//	For the year ended 31 December 2023. Approved by the Board of Trustees on 18 April 2024.
//	This Services Agreement (the "Agreement") is made on 3 February 2025 (the "Effective Date")
//	SIGNED by Priya Raman, Director, for and on behalf of Brightwater Analytics Limited on 3 February 2025
//
// Such a sentence opens with its verb ("Approved", "Signed", "Dated",
// "Adopted"), or with the document it speaks of ("This Agreement is made
// on", "This report was approved by"), and ends with its date, but for a
// clock time, a place or a parenthesis defining a term. It stays a
// sentence of the story (the approval is an event too); see signedDate.
var (
	// signOpenRe opens a sentence that dates the document by its making.
	signOpenRe = regexp.MustCompile(`(?i)^(?:(?:approved|adopted|signed|dated|agreed|authori[sz]ed|endorsed|ratified|executed)\b|date\s+of\s+(?:(?:this\s+)?notice|decision|issue)\s*:|this\s+(?:[\p{L}'’-]+\s+){0,3}(?:agreement|contract|deed|lease|licen[cs]e|memorandum|addendum|amendment|report|document|policy|plan|constitution|charter|instrument|statement|strategy|notice|minutes)\b(?:\s*\([^()]{0,80}\))?\s+(?:is|was|were|are|has\s+been|have\s+been)\s+(?:made|dated|entered\s+into|executed|approved|adopted|signed|agreed|authori[sz]ed|endorsed|ratified)\b)`)
	// signAnyRe is the quick test for signOpenRe.
	signAnyRe = regexp.MustCompile(`(?i)\b(?:approved|adopted|signed|dated|agreed|authori[sz]ed|endorsed|ratified|executed|made|entered|date\s+of)\b`)
	// fieldLineRe is a line break before a field of a header block:
	// "**Approved:** ...", "Next review: ...".
	fieldLineRe = regexp.MustCompile(`\n[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}'’ ]{0,30}:`)
	// sentenceCutRe ends a sentence: its stop, then white space and a
	// capital or a digit.
	sentenceCutRe = regexp.MustCompile(`[.!?]["”’)]?\s+[\p{Lu}\d"“(]`)
	// parenRe is a parenthesis after a date: (the "Effective Date").
	parenRe = regexp.MustCompile(`\([^()]{0,80}\)`)
	// clockRe is a clock time: "7.00pm", "19:00", "7 p.m.", "10:30:15".
	clockRe = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?`)
)

// signedDate finds in text, a paragraph, a sentence that dates the
// document by its approval, signature or making (see signOpenRe), and
// returns that sentence's date, its offsets in text. The date is one with
// its year (a day or a month), the only one of the sentence, and ends it.
func signedDate(text string, dayFirst bool) (dateMatch, bool) {
	if len(text) < 12 || !strings.ContainsAny(text, "0123456789") || !signAnyRe.MatchString(text) {
		return dateMatch{}, false
	}
	from := 0
	for from < len(text) {
		end := len(text)
		if m := sentenceCutRe.FindStringIndex(text[from:]); m != nil {
			end = from + m[1] - 1 // up to the capital opening the next sentence
		}
		if m := fieldLineRe.FindStringIndex(text[from:end]); m != nil && m[0] > 0 {
			end = from + m[0] + 1 // "**Version:** 4.2¶**Approved:** 30 January 2025": a field a line
		}
		if d, ok := signedSentence(text[from:end], dayFirst); ok {
			d.start += from
			d.end += from
			return d, true
		}
		from = end
	}
	return dateMatch{}, false
}

// signedSentence is signedDate on one sentence s.
func signedSentence(s string, dayFirst bool) (dateMatch, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " \t\n*_"))
	t := strings.TrimRight(s[lead:], " \t\n*_")
	if len(t) > 320 || !signOpenRe.MatchString(t) {
		return dateMatch{}, false
	}
	ds := findDates(t, dayFirst)
	if len(ds) != 1 || ds[0].noYear {
		return dateMatch{}, false
	}
	d := ds[0]
	if d.start > 240 || !dateEnds(t[d.end:]) {
		return dateMatch{}, false
	}
	d.start += lead
	d.end += lead
	return d, true
}

// dateEnds reports whether s, what follows a date in a line, ends it: a
// full stop, a clock time, a weekday or a zone ("at 7.00pm"), a
// parenthesis defining a term (the "Effective Date"), or a place in
// capitals after a comma (", Bristol").
func dateEnds(s string) bool {
	s = parenRe.ReplaceAllString(s, " ")
	s = clockRe.ReplaceAllString(s, " ")
	s = strings.TrimSpace(s)
	place := strings.HasPrefix(s, ",")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if timeWords[strings.ToLower(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); place && unicode.IsUpper(r) {
			continue
		}
		return false
	}
	return true
}

// venueRe is the place a meeting was held, named after its day and time:
// "in the council chamber of the old town hall", "at the Corn Exchange".
var venueRe = regexp.MustCompile(`(?i)^,?\s*(?:in|at)\s+(?:the\s+)?[\p{L}0-9][\p{L}0-9 ,'’&-]{2,100}\.?$`)

// venueAfter reports whether what follows a meeting's day is its time and
// its place (see venueRe).
func venueAfter(s string) bool {
	s = strings.TrimSpace(clockRe.ReplaceAllString(s, " "))
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "at "), "at"))
	return venueRe.MatchString(s)
}

// startAtRe is a verb of opening before a meeting's time, after its day:
// "on 22 January 2025 commencing at 10:00 GMT".
var startAtRe = regexp.MustCompile(`(?i)^,?\s*(?:commencing|starting|beginning)\s+at\s`)

// agendaForRe opens the header line of a meeting's agenda, which dates
// it by the meeting's day: "Agenda for the meeting to be held on Monday 3
// June 2024 at 7pm".
var agendaForRe = regexp.MustCompile(`(?i)^agenda\s+(?:for|of)\s`)

// heldRe finds the word saying when a meeting was held.
var heldRe = regexp.MustCompile(`(?i)\b(?:held|convened|took\s+place)\b`)

// deliveredByRe opens the header line of a speech, a sermon or a eulogy,
// which names who gave it and where before its day ("Delivered by her
// son Daniel at St Brigid's Church, Clontarf, on 2 February 2019").
var deliveredByRe = regexp.MustCompile(`(?i)^(?:delivered|given|preached|spoken|presented|recorded|written)\s+(?:by|at|to|before)\s`)

// heldLine reports whether b is the long header line of a meeting's
// minutes, which names the meeting, its body and its place before its
// day ("Minutes of the ordinary meeting of the Full Council held at the
// Corn Exchange, Market Square, on Monday 9 September 2024 at 7.00pm"),
// and records the day: the line opens with the word of a header line
// ("Minutes", "Meeting"), says the meeting was held, and ends with its
// one date, but for the time and a full stop. The short form is a
// header line (see headerDate). So is a speech's line that says who gave
// it and where ("Delivered by her son Daniel at St Brigid's Church,
// Clontarf, on 2 February 2019").
func heldLine(b *block, dayFirst bool) bool {
	t := strings.Trim(b.text, "*_ \t\n")
	if i := strings.LastIndexByte(t, '\n'); i > 0 && !headerStartRe.MatchString(t) && letterhead(t[:i]) && headerLines(t[:i], 80, dayFirst) {
		// "HOLBECK PARISH COUNCIL¶Minutes of the Planning Sub-Committee
		// held on Wednesday 5 March 2025 at 7.15pm in the Reading Room":
		// the body's name over the line
		t = strings.Trim(t[i+1:], "*_ \t")
	}
	if len(t) > 320 || !((headerStartRe.MatchString(t) || agendaForRe.MatchString(t)) && heldRe.MatchString(t) || deliveredByRe.MatchString(t) && !strings.HasSuffix(t, ".")) {
		return false // (not "Given by the town to the museum, the bell was rung again on 3 May 1916.": a sentence)
	}
	ds := findDates(t, dayFirst)
	if len(ds) != 1 || ds[0].noYear {
		return false
	}
	if tail := startAtRe.ReplaceAllString(t[ds[0].end:], " at "); !dateEnds(tail) && !venueAfter(tail) {
		return false
	}
	if strings.Contains(t[:ds[0].start], ". ") {
		return false // a sentence ends before the date: a paragraph of story
	}
	d := ds[0]
	off := strings.Index(b.text, t)
	d.start += off
	d.end += off
	var stmt bool
	for _, w := range strings.FieldsFunc(t[:ds[0].start], func(r rune) bool { return !unicode.IsLetter(r) }) {
		stmt = stmt || statementWords[strings.ToLower(w)]
	}
	b.date, b.stmt, b.made = d, stmt, true
	return true
}

// titlePeriodRe finds the year a title says its document covers: "Annual
// Report 2023", "Annual Review 2022–23", "2023 Annual Report", "Impact
// report for 2021", "Year in review 2020", "Review of 2019".
var titlePeriodRe = regexp.MustCompile(`(?i)\b(?:annual|yearly|impact|activity|activities|progress|trustees['’]?)\s+(?:report|review|accounts)(?:\s+(?:and\s+accounts|and\s+financial\s+statements))?\s*(?:[-–—:,]\s*|for\s+(?:the\s+year\s+)?)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)(?:\s*[-–/]\s*\d{2,4})?\s+(?:annual|impact|yearly)\s+(?:report|review)\b|\b(?:year\s+in\s+review|review\s+of(?:\s+the\s+year)?)\s*[-–—:,]?\s*((?:19|20)\d\d)\b`)

// issueMonthRe is the title of a periodical's issue of a month:
// "October 2021 Newsletter", "Newsletter — October 2021", "The Parish
// Bulletin: March 2024". Its month is the document's reference, at the
// precision of a month.
var issueMonthRe = regexp.MustCompile(`(?i)^[\s*_#]*` + issueMonths + `\s+((?:19|20)\d\d)\s*[-–—:,|]?\s*(?:[\p{L}'’&]+\s+){0,3}?` + issueWords + `[\s*_.]*$|^[\s*_#]*(?:the\s+)?(?:[\p{L}'’&]+\s+){0,3}?` + issueWords + `\s*(?:[-–—:,|]\s*)?(?:issue\s+)?` + issueMonths + `\s+((?:19|20)\d\d)[\s*_.]*$`)

const (
	issueWords  = `(?:newsletter|bulletin|digest|news|update|round-?up|dispatch|circular|magazine|gazette)`
	issueMonths = `(january|february|march|april|may|june|july|august|september|october|november|december)`
)

// titlePeriod returns the year a document's title says it covers (see
// titlePeriodRe), at year precision; the zero Date when it names none.
func titlePeriod(title string) timeline.Date {
	if m := issueMonthRe.FindStringSubmatch(title); m != nil {
		// "October 2021 Newsletter": the month of the issue
		mo, y := m[1], m[2]
		if mo == "" {
			mo, y = m[3], m[4]
		}
		if d, err := timeline.ParseDate(y); err == nil {
			if n := monthNumber[strings.ToLower(mo)]; n > 0 {
				return timeline.Date{Prec: timeline.Month, Year: d.Year, Month: n}
			}
		}
	}
	m := titlePeriodRe.FindStringSubmatch(title)
	if m == nil {
		return timeline.Date{}
	}
	for _, y := range m[1:] {
		if y != "" {
			d, err := timeline.ParseDate(y)
			if err == nil {
				return d
			}
		}
	}
	return timeline.Date{}
}

// titleRef is the reference date of a document that states no date of its
// own, when its title names the year it covers ("Annual Report 2023"): that
// year, a coarse reference ("In January" is January 2023), beating the
// file's creation stamp unless the stamp falls in that year or the next,
// when the report may well have been written (a PDF printed years later
// is stamped with the day it was printed). ok is false when the title
// names no year or the stamp is to be kept.
func titleRef(title string, stamp ref) (ref, bool) {
	y := titlePeriod(title)
	if y.IsZero() {
		return ref{}, false
	}
	if stamp.from != "" && (stamp.date.Year == y.Year || stamp.date.Year == y.Year+1) {
		return ref{}, false
	}
	return ref{date: y, from: "title"}, true
}
