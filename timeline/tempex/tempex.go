package tempex

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
)

// Type is the TIMEX3 type of an expression.
type Type uint8

// The TIMEX3 types.
const (
	Date Type = iota
	Time
	Duration
	Set
)

func (t Type) String() string { return [...]string{"DATE", "TIME", "DURATION", "SET"}[t] }

// Mode says what relative expressions are anchored to.
type Mode uint8

const (
	// Auto guesses the mode from the text.
	Auto Mode = iota
	// News anchors relative expressions ("on Wednesday", "last year") to
	// the reference date (the document's date).
	News
	// Narrative anchors them to the last date the text mentioned, as
	// histories are written ("the following year").
	Narrative
)

func (m Mode) String() string {
	switch m {
	case News:
		return "news"
	case Narrative:
		return "narrative"
	}
	return "auto"
}

// Options configure a Tagger.
type Options struct {
	// Ref is the reference date (usually the document's date, Day
	// precision). The zero Date means none: relative expressions then keep
	// unknown parts (XXXX-WXX-3) rather than guessing.
	Ref  timeline.Date
	Mode Mode
	// Guessed says that Mode was guessed (by GuessMode on a larger text)
	// rather than chosen by the user. Without a Ref, a
	// guessed history's "last year" or "next year" (without "the") speaks
	// from the writer's unknown day, as in Auto mode, while one the user
	// called a narrative follows the story. With a Ref, a guessed (or
	// Auto) history's "last year", "next July" counts from the Ref, and
	// what follows is read as news until a year is written: an obituary's
	// "Last year he was made a Freeman. His funeral on August 1st ...".
	Guessed bool
	// DayFirst reads 03/04/2017 as 3 April. When false, numeric dates are
	// month first unless the day is > 12 or the text writes its dates day
	// first (see the package documentation).
	DayFirst bool
	// Story is the date a history had reached before this text, when the
	// text goes on from another (the sections of one document, read one
	// by one): in narrative mode, what the text counts from before it
	// names a date of its own ("The following spring ...") counts from it.
	// The zero Date means none.
	Story timeline.Date
	// Day is, in news, the day the text before this one last told of
	// (the sections of one document, read one by one): a time of day this
	// text names before a day of its own ("Peak errors at 14:29 UTC",
	// under a heading after the paragraph that told the day of the
	// outage) falls on it, as it would a few sentences on in one text.
	// The zero Date, or one coarser than a day, means none.
	Day timeline.Date
	// MonthFirst reads 03/04/2017 as 4 March whatever the text writes
	// elsewhere (a date that can only be read day first, 25/03/2017, is
	// still read so). When neither is set, the order is guessed.
	MonthFirst bool
	// FiscalYearEnd is the month (1-12) in which the document's fiscal
	// year ends, when another part of it says so ("Our financial year
	// ends on 30 June" under one heading, "Q1 FY25" under the next); 0
	// when unknown. A text that says it itself wins.
	FiscalYearEnd int
	// Anchors are the days a document defines by name, keyed in lower case
	// ("effective date" for `1 April 2025 (the "Effective Date")`): an
	// amount counted from one ("within 30 days of the Effective Date",
	// "28 days before the Completion Date") is a day counted from it.
	// DefinedDates finds them.
	Anchors map[string]timeline.Date
	// EventSpan is the one range of days (at most a month) a section
	// before told ("The workshop runs 2–3 June 2025"), whose days a
	// programme under another heading counts ("Day 1 (Monday) opens at
	// 9:30"); the zero Dates when none, or more than one, was told.
	EventSpan [2]timeline.Date
	// Zone is the offset, in minutes east of UTC, of the clock times a
	// document says all its times are in ("All times are UTC+1", "All
	// times shown are Central European Time"): a time written without a
	// zone of its own takes it. HasZone says whether it is set; StatedZone
	// finds it.
	Zone    int
	HasZone bool
	// Covers says that Ref, a year or a month, is the period the text
	// covers, not just when it was written: the year an annual report's
	// title names ("Annual Report 2024"), a heading's year over its
	// section. A day or a month it names without a year ("opened on 7
	// March", "from 12 to 28 January") is then of that period, as a
	// history of it reads it, where the writer's day would decide it
	// otherwise; what speaks from the writer's day ("yesterday", "last
	// week") still needs that day.
	Covers bool
	// Clock is the time of day the text was written at, when its head
	// gives one with its date ("1100 PM EDT Sun Sep 14 2025" over a
	// bulletin): on Ref's day, to the hour or finer. A time of day the
	// text gives no day of its own, told ahead of the writer hours
	// earlier in the day than the writer's ("Next complete advisory at
	// 500 AM EDT", "Winds will ease by 10 AM"), is the next day's. The
	// zero Date means none.
	Clock timeline.Date
	// LabelMonth and LabelDay are the day of the year that heads the text
	// when a heading names it with no year ("## 15 February" on an
	// almanac's "On this day" page): a year that labels a line under it
	// ("- **1564** — Galileo is born", "1930: ...") is that day of that
	// year. Zero when there is none.
	LabelMonth, LabelDay int
	// Week is the week the text reports on, when the document's title
	// names it ("Cholera Situation Report, epidemiological week 32"): "the
	// week" told before any other date ("received 1,938 calls during the
	// week") is that week, not the writer's. The zero Date means none.
	Week timeline.Date
	// Week1 is the Monday of the week a document numbers 1 when it says
	// which that is ("Week 1 is the week of August 25, 2025"; see
	// WeekOne): its "Week 3" is the week two after it. The zero Date
	// means none, and a "Week 3" alone is then of no known week.
	Week1 timeline.Date
}

// statedZoneRe is a document's statement of the zone of all its times:
// "All times are UTC+1", "All times shown in CET", "Times are in
// Central European Summer Time".
var statedZoneRe = regexp.MustCompile(`(?i)\b(?:all\s+)?times\s+(?:shown\s+|given\s+|listed\s+)?(?:in\s+(?:this|the)\s+(?:report|document|notice|bulletin|log|timeline|article|page|programme|program|schedule)\s+)?(?:are\s+)?(?:in\s+|shown\s+in\s+|given\s+in\s+)?(?:local\s*(?:time\s*)?[(,:–—-]\s*)?((?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}\b|(?:[A-Z][a-z]+\s+){1,3}(?:Standard\s+|Summer\s+|Daylight\s+)?Time)`)

// statedZoneLaterRe is such a statement with more words before its zone:
// "Timestamps are from the operations log, in CEST (+02:00) unless another
// offset is given".
var statedZoneLaterRe = regexp.MustCompile(`(?i)\b(?:all\s+)?(?:times|timestamps)\s+(?:are|were)\s+[^.;:\n]{0,60}?,?\s+in\s+((?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}\b)`)

// StatedZone returns the zone a document states all its times are in
// ("All times are UTC+1"), in minutes east of UTC, and whether it states
// one.
func StatedZone(text string) (int, bool) {
	if !strings.Contains(strings.ToLower(text), "times") {
		return 0, false
	}
	ms := statedZoneRe.FindAllStringSubmatch(text, 4)
	ms = append(ms, statedZoneLaterRe.FindAllStringSubmatch(text, 4)...)
	for _, m := range ms {
		for _, x := range Tag("12:00 "+m[1], Options{}) {
			if x.Type == Time && x.Zone != "" && x.End == len("12:00 "+m[1]) {
				return zoneOf(x.Zone), true
			}
		}
	}
	return 0, false
}

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the text, end exclusive
	Text       string // the text[Start:End]
	Type       Type
	Value      string       // TIMEX3 value (2017-07, P3Y, XXXX-WXX-3, PAST_REF, ...)
	Mod        timeline.Mod // TIMEX3 mod
	// Date is Value parsed, when it is a resolved date or time or a vague
	// reference; the day alone of a time of a known day whose hour is
	// unknown ("minutes later", 2014-11-20TXX); the zero Date otherwise
	// (durations, sets, other unknown parts).
	// It keeps the zone of a clock time (Date.HasZone), which Value leaves
	// out. One exception: a quarter or half of a fiscal year that does not
	// end in December keeps the label the text gives it in Value ("Q1
	// FY25" is 2025-Q1, as TimeML labels it) and Date is the calendar
	// period it covers (2024-Q2 when the year ends in March), or, when no
	// calendar quarter or half is that period, its first month, PeriodEnd
	// being its last (so too a fiscal year the text says ends in another
	// month than December: "fiscal 2026" of a year ending in July is August
	// 2025 to July 2026); or the zero Date when the text does not say when
	// its fiscal year ends.
	Date timeline.Date
	// Zone is the UTC offset a clock time was written with, as a TIMEX3
	// zone suffix ("-05:00" for "3 p.m. EST", "Z" for "14:30 GMT"); "" when
	// none was written. Value leaves it out, as the TimeML corpora do;
	// Value+Zone is the full ISO 8601 time.
	Zone string
	// RangeEnd, on the first expression of a range ("from July to December
	// 2017", "1558-1603"), is the index in the result of the expression that
	// ends the range; -1 otherwise.
	RangeEnd int
	// PeriodEnd, on an expression that is one period no single Date can
	// stand for (a fiscal quarter of November to January, in a text whose
	// fiscal year ends in July), is the last month of it, Date being the
	// first; the zero Date otherwise.
	PeriodEnd timeline.Date
	// Aside, on a date the story moved to, says its clause stepped aside
	// from the day the story is on: told in the pluperfect ("had been
	// approved on 12 January"), ahead ("will close on 15 December"), as
	// the day of a report or in a speaker's turn. What is told after it
	// with no day of its own goes on on the story's day.
	Aside bool
	Quant string // TIMEX3 quant for sets ("EVERY")
	Freq  string // TIMEX3 freq for sets ("2X")
}

// IsDate reports whether s, a short text such as a table cell, is a date
// and little else: the dates and times the tagger finds in it (not
// durations) cover all of it but three letters or digits at most ("c.
// 1918", "1914–1918", "Spring 1944", "29 Apr 2024").
func IsDate(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	covered := make([]bool, len(s))
	found := false
	for _, tx := range Tag(s, Options{}) {
		if tx.Type != Date && tx.Type != Time {
			continue
		}
		found = true
		for i := tx.Start; i < tx.End && i < len(s); i++ {
			covered[i] = true
		}
	}
	if !found {
		return false
	}
	left := 0
	for i, r := range s {
		if !covered[i] && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			left++
		}
	}
	return left <= 3
}

// FiscalYearEnd returns the month in which text says its fiscal year ends
// ("the year ended 31 March 2024", "our financial year ends on 30 June"),
// or 0 when it does not say; for Options.FiscalYearEnd.
func FiscalYearEnd(text string) int {
	// the quick test before the text is read: a year's or a period's end
	if !strings.Contains(text, "year") && !strings.Contains(text, "Year") && !strings.Contains(text, "months") && !strings.Contains(text, "iscal") && !strings.Contains(text, "FY") ||
		!strings.Contains(text, "end") && !strings.Contains(text, " to ") && !strings.Contains(text, "closes") && !strings.Contains(text, "closed") {
		return 0
	}
	t := New(Options{})
	t.text = text
	t.toks = t.lx.run(text)
	return t.yearEndSaid()
}

// DefinedDates finds the days text defines by name, as contracts and
// notices do: `1 April 2025 (the "Effective Date")`, `"Completion Date"
// means 30 June 2025`, `The Effective Date is 1 April 2025`. The names
// are keyed in lower case, for Options.Anchors. It returns nil when text
// defines none.
func DefinedDates(text string, opt Options) map[string]timeline.Date {
	return definedDates(text, opt)
}

// weekOneRe is a document's statement of which week it numbers 1: "Week 1
// is the week of", "Teaching week 1 begins on", "week one starts".
var weekOneRe = regexp.MustCompile(`(?i)\b(?:teaching |term |semester |academic )?week (?:1|one)\b[,:]?\s+(?:is|will be|begins|starts|commences)\s+(?:on\s+|the week (?:of|beginning|commencing|starting)\s+)?`)

// WeekOne returns the Monday of the week text says it numbers 1 ("Week 1 is
// the week of August 25, 2025", "Teaching week 1 begins on Monday 30
// September 2024"), for Options.Week1; the zero Date when it says none,
// or says it twice with two days.
func WeekOne(text string, opt Options) timeline.Date {
	ms := weekOneRe.FindAllStringIndex(text, 4)
	if ms == nil {
		return timeline.Date{}
	}
	opt.Week1 = timeline.Date{}
	xs := Tag(text, opt) // (the whole text, which may give the day its year)
	var mon timeline.Date
	for _, m := range ms {
		// the day, or "the week of August 25" read whole
		k := slices.IndexFunc(xs, func(x Timex) bool { return x.End > m[1] })
		if k < 0 || xs[k].Start > m[1] || xs[k].Type != Date || xs[k].Date.IsVague() || xs[k].Date.Weekend ||
			xs[k].Date.Prec != timeline.Day && xs[k].Date.Prec != timeline.Week {
			continue
		}
		tt, _ := xs[k].Date.Bounds()
		if tt.IsZero() {
			continue
		}
		d := dayDate(tt.AddDate(0, 0, -((int(tt.Weekday()) + 6) % 7)))
		if !mon.IsZero() && d != mon {
			return timeline.Date{}
		}
		mon = d
	}
	return mon
}

func definedDates(text string, opt Options) map[string]timeline.Date {
	stages := strings.Contains(text, " into force") || strings.Contains(text, " into operation") || strings.Contains(text, " made on")
	if !strings.Contains(text, "Date") && !strings.Contains(text, "Day") && !strings.Contains(text, "(") && !stages {
		return nil
	}
	postOp := postOpRe.MatchString(text)
	opt.Anchors = nil
	var out map[string]timeline.Date
	add := func(name string, d timeline.Date) {
		if out == nil {
			out = map[string]timeline.Date{}
		}
		key := strings.ToLower(strings.Join(strings.Fields(name), " "))
		if _, seen := out[key]; !seen {
			out[key] = d
		}
	}
	for _, x := range Tag(text, opt) {
		if x.Type != Date || x.Date.Prec < timeline.Day || x.Date.IsVague() || x.Mod != timeline.ModNone {
			continue
		}
		if postOp && x.Date.Prec == timeline.Day && operationBeforeRe.MatchString(text[max(0, x.Start-80):x.Start]) {
			// "Operation date: Monday 7 October 2024", "She underwent
			// laparoscopic cholecystectomy on 11/03/2024": the day the
			// document's "Day 2 post-op" counts from; two such days are
			// none
			if d, seen := out[operationAnchor]; seen && d != x.Date {
				out[operationAnchor] = timeline.Date{}
			} else {
				add(operationAnchor, x.Date)
			}
		}
		if stages && x.Date.Prec == timeline.Day && stageEndsRe.MatchString(text[x.End:min(len(text), x.End+3)]) {
			// "This Order comes into force on 1 April 2024.": the day its
			// articles count from ("3 months after the day on which this
			// Order comes into force"), as its header's would be; two
			// such days are none
			if m := stageBeforeRe.FindStringSubmatch(text[max(0, x.Start-80):x.Start]); m != nil {
				key := InForceAnchor
				if m[1] != "" {
					key = MadeAnchor
				}
				if d, seen := out[key]; seen && d != x.Date {
					out[key] = timeline.Date{}
				} else {
					add(key, x.Date)
				}
			}
		}
		if m := definedAfterRe.FindStringSubmatch(text[x.End:min(len(text), x.End+80)]); m != nil {
			add(m[1], x.Date)
			continue
		}
		if m := definedBeforeRe.FindStringSubmatch(text[max(0, x.Start-80):x.Start]); m != nil &&
			(m[2] == "means" || strings.HasSuffix(m[1], "Date") || strings.HasSuffix(m[1], "Day") || strings.HasSuffix(m[1], "Deadline")) {
			add(m[1], x.Date)
		}
	}
	return out
}

var (
	// postOpRe finds a day counted from an operation: "Day 2 post-op".
	postOpRe = regexp.MustCompile(`(?i)\bday \d{1,2},? post-?op(?:erative(?:ly)?)?\b`)
	// operationBeforeRe ends the text before the day of an operation:
	// "Operation date: ", "underwent laparoscopic cholecystectomy on ".
	operationBeforeRe = regexp.MustCompile(`(?i)(?:\b(?:operation|surgery|procedure)\s+date|\bdate\s+of\s+(?:operation|surgery|procedure))[*_]*\s*:[*_]*\s*$|\b(?:underwent|had)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+(?:ectomy|otomy|ostomy|plasty|pexy)|operation|surgery)\s+on\s+$`)
	// "This Order comes into force on ", "These Regulations are made on ":
	// the day of a stage of the instrument the text is (group 1 is set
	// when it is made)
	stageBeforeRe = regexp.MustCompile(`(?i)\b(?:this|these)\s+(?:order|regulations|rules|scheme|instrument|byelaws|direction|directions|determination|measure|code)\s+(?:(?:comes?|came|shall\s+come|will\s+come)\s+into\s+(?:force|operation)|(?:is|are|was|were)\s+(made))\s+on\s+$`)
	// the end of the sentence right after a stage's day: the instrument's
	// one day, not the day of some of its purposes
	stageEndsRe = regexp.MustCompile(`^\s*(?:[.;]|$)`)
	// `1 April 2025 (the "Effective Date")`
	definedAfterRe = regexp.MustCompile(`^\s*\((?:the\s+|hereinafter\s+(?:the\s+)?|hereafter\s+(?:the\s+)?)?["“']([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})["”']\)`)
	// `"Completion Date" means 30 June 2025`, `The Effective Date is`
	definedBeforeRe = regexp.MustCompile(`(?:^|[^\w"“])(?:[Tt]he\s+)?["“]?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})["”]?\s+(means|is|shall be|will be)\s+(?:on\s+)?$`)
)
