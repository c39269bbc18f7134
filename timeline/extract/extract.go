package extract

import (
	"cmp"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// Tagger finds the temporal expressions of a text; tempex.Tag is the
// default. The slice it returns belongs to the caller (extraction filters
// it in place): return a fresh one on each call.
type Tagger func(text string, opt tempex.Options) []tempex.Timex

// Options configure Events and Build.
type Options struct {
	// Ref is the reference date for sections that have none of their own
	// (Citation.Date); the zero Date means none.
	Ref timeline.Date
	// Mode, DayFirst and MonthFirst are passed to the tagger.
	Mode       tempex.Mode
	DayFirst   bool
	MonthFirst bool
	// ShowPublications adds one event per cited source on its publication
	// date, in the lane PublishedGroup. By default publication dates are
	// metadata and never events.
	ShowPublications bool
	// NoVague drops vague references (PAST_REF, ...). By default they are
	// kept as events whose IsVague is true: listed, never on the axis.
	NoVague bool
	// NoMerge keeps every report of an event apart.
	NoMerge bool
	// MergeThreshold is the similarity two reports of the same date must
	// reach to be merged; 0 means DefaultMergeThreshold.
	MergeThreshold float64
	// FiscalYearEnd is the month (1-12) in which fiscal years end, for
	// documents that number fiscal quarters ("Q3 FY26") without saying;
	// one that says ("our financial year ends on 30 June") is read as it
	// says. 0 means unknown: such quarters are left undated.
	FiscalYearEnd int
	// Tagger replaces tempex.Tag (tests, other languages).
	Tagger Tagger
}

// PublishedGroup is the lane of publication events (Options.ShowPublications).
const PublishedGroup = "published"

// Events returns the events of one document in chronological order, merged
// as Build merges them.
func Events(doc *timeline.Document, opt Options) []timeline.Event {
	return Build([]*timeline.Document{doc}, opt).Events
}

// Build extracts the events of every document, merges the reports of the
// same event (unless opt.NoMerge) and returns them as a sorted chronology.
// A nil document is skipped. BuildWithReport also says what was left out.
func Build(docs []*timeline.Document, opt Options) *timeline.Chronology {
	c, _ := BuildWithReport(docs, opt)
	return c
}

// Unresolved is a date or time expression that makes no event because it
// cannot be resolved: a relative expression ("on Wednesday", "last year")
// in a section with no reference date, or one the tagger could not place;
// or one that tells the usual time of something, written without its
// year ("usually mid-May"), which the reader might take for this year's.
type Unresolved struct {
	Pos  timeline.Position // where the expression starts in its document
	Text string            // as written, with the preposition before it ("on Wednesday")
	// Ref is the date the expression was read against, when there was one:
	// then it is too coarse for it (a report dated "March 2024" says
	// "on Tuesday").
	Ref timeline.Date
	// Fiscal says the expression is a quarter or half of a fiscal year
	// ("Q3 FY26") in a document that does not say when its fiscal year
	// ends (Options.FiscalYearEnd).
	Fiscal bool
	// Habit says the expression is the usual time of something
	// ("usually mid-May"), not one time it happened.
	Habit bool
	// Told says the expression is a time of day or a month or season
	// without its year, and the text gives a date of its own in the same
	// sentence or the one before ("Count 3 was completed on 24 May 2022.
	// The first flycatcher was noted at 05:15.", "the summer my parents
	// sent me to camp, in 1983"): that date, were it to place it, would,
	// and no date of the writer's day (--ref-date) should.
	Told bool
}

// Report is what Build leaves out of the chronology, for the user to be
// told about.
type Report struct {
	// Unresolved lists the expressions left undated, in reading order of
	// each document, documents in the order given.
	Unresolved []Unresolved
	// Conflicts lists the dates whose written weekday is not the day's
	// ("Friday 12 March 2024", a Tuesday), in the same order. They are
	// dated as the day, month and year say, and the user is to check them.
	Conflicts []Conflict
}

// Conflict is a date written with a weekday that day is not.
type Conflict struct {
	Pos     timeline.Position // where the expression starts in its document
	Text    string            // as written
	Written time.Weekday      // the weekday the text gives
	Date    timeline.Date     // the day the rest of it gives, which the event has
}

// BuildWithReport is Build, and it reports the expressions it could not
// date instead of dropping them silently. It is a Builder given every
// document in turn.
func BuildWithReport(docs []*timeline.Document, opt Options) (*timeline.Chronology, *Report) {
	b := NewBuilder(opt)
	for _, doc := range docs {
		b.Add(doc)
	}
	return b.Finish()
}

// Builder builds a chronology from documents given one at a time, for a
// caller that reads them one at a time (sources.Each): Add extracts a
// document's events and keeps them and nothing else of the document — the
// sentences, headlines and names they hold are copied out of its text —
// so the document can be dropped as soon as Add returns, and Finish
// merges, numbers and sorts the events as BuildWithReport does. Memory
// then grows with the events found, not with the documents read: Add
// holds one section's tagging at a time.
//
// The parts of a large input (Document.Part > 0) continue the document
// before them: a part's first section that goes on with the last section
// of the part before is one section with it (its reports never merge with
// each other, as in a document read whole), and a publication is listed
// once per input. A Builder is not safe for concurrent use.
type Builder struct {
	opt    Options
	rep    *Report
	items  []*item
	docs   int // documents added (nil ones too): the index of the next
	inputs int // of them, those that are not a later part
	title  string
	// last is the last section of the last document added, and lastSec
	// the key its items were given, for a part that continues it.
	last    *timeline.Section
	lastSec [2]int
	seenPub map[string]bool        // the publications listed for the current input
	modes   map[string]tempex.Mode // the anchoring mode of each source of the current input
	strs    map[string]string
}

// NewBuilder returns a Builder with the options of Build.
func NewBuilder(opt Options) *Builder {
	return &Builder{opt: opt, rep: &Report{}, seenPub: map[string]bool{}, modes: map[string]tempex.Mode{}, strs: map[string]string{}}
}

// Options returns the options the Builder was made with.
func (b *Builder) Options() Options { return b.opt }

// Add extracts the events of doc; a nil document counts as an input that
// gave none. doc is not kept: the caller may drop or reuse it.
func (b *Builder) Add(doc *timeline.Document) {
	di := b.docs
	b.docs++
	if doc == nil || doc.Part == 0 {
		b.inputs++
		clear(b.seenPub)
		clear(b.modes)
		b.last = nil
	}
	if doc == nil {
		return
	}
	if b.inputs == 1 && doc.Part == 0 {
		b.title = doc.Title
	}
	nrep, ncon := len(b.rep.Unresolved), len(b.rep.Conflicts)
	items := docItems(doc, di, b.opt, b.rep, b.seenPub, b.modes)
	cont := doc.Part > 0 && b.last != nil && len(doc.Sections) > 0 && continues(b.last, &doc.Sections[0])
	if cont {
		for _, it := range items {
			if it.sec == [2]int{di, 0} {
				it.sec = b.lastSec
			}
		}
	}
	for _, it := range items {
		b.detach(it)
	}
	for i := nrep; i < len(b.rep.Unresolved); i++ {
		u := &b.rep.Unresolved[i]
		u.Text = strings.Clone(u.Text)
		u.Pos.File = b.intern(u.Pos.File)
	}
	for i := ncon; i < len(b.rep.Conflicts); i++ {
		c := &b.rep.Conflicts[i]
		c.Text = strings.Clone(c.Text)
		c.Pos.File = b.intern(c.Pos.File)
	}
	b.items = append(b.items, items...)
	b.last = nil
	if n := len(doc.Sections); n > 0 {
		last := doc.Sections[n-1]
		last.Text, last.Segments = "", nil // not needed to compare, and not to be kept
		last.Heading = b.intern(last.Heading)
		b.detachCitation(&last.Citation)
		b.last = &last
		if n > 1 || !cont {
			b.lastSec = [2]int{di, n - 1}
		} // else the one section goes on under the key it started with
	}
}

// continues reports whether sec, the first section of a part, goes on with
// prev, the last section of the part before it.
func continues(prev, sec *timeline.Section) bool {
	return prev.Kind == sec.Kind && prev.Heading == sec.Heading && prev.Citation == sec.Citation &&
		prev.Statement == sec.Statement && prev.Kind != timeline.Heading && prev.Kind != timeline.CitationLine
}

// detach copies out of the document's text the strings an item keeps, so
// that a section's text is not held alive by a sentence of it.
func (b *Builder) detach(it *item) {
	e := &it.ev
	e.Text = strings.Clone(e.Text)
	e.Title = strings.Clone(e.Title)
	e.DateText = b.intern(e.DateText)
	for i, a := range e.Actors {
		e.Actors[i] = b.intern(a)
	}
	for i := range e.Sources {
		b.detachCitation(&e.Sources[i])
	}
	e.Pos.File = b.intern(e.Pos.File)
	for i, x := range it.extra {
		it.extra[i] = b.intern(x)
	}
	for i, x := range it.context {
		it.context[i] = b.intern(x)
	}
}

func (b *Builder) detachCitation(c *timeline.Citation) {
	c.Title, c.Outlet, c.URL, c.File = b.intern(c.Title), b.intern(c.Outlet), b.intern(c.URL), b.intern(c.File)
}

// intern returns a copy of s that is shared by every equal string the
// Builder keeps: citations, names and date texts repeat from event to
// event. The table grows with the distinct strings of the events kept.
func (b *Builder) intern(s string) string {
	if s == "" {
		return ""
	}
	if t, ok := b.strs[s]; ok {
		return t
	}
	t := strings.Clone(s)
	b.strs[t] = t
	return t
}

// Finish merges the reports of the same event (unless Options.NoMerge),
// gives every event its id and returns the sorted chronology, with what
// was left out. The chronology's title is the document's own when exactly
// one input was added. The Builder must not be used after Finish.
func (b *Builder) Finish() (*timeline.Chronology, *Report) {
	items := b.items
	b.items, b.strs, b.last = nil, nil, nil
	opt := b.opt
	title := ""
	if b.inputs == 1 {
		title = b.title
	}
	if !opt.NoMerge {
		th := opt.MergeThreshold
		if th == 0 {
			th = DefaultMergeThreshold
		}
		items = mergeItems(items, th)
	}
	c := &timeline.Chronology{Title: title, Events: make([]timeline.Event, 0, len(items))}
	seen := make(map[string]int, len(items))
	for _, it := range items {
		e := it.ev
		src := e.Source()
		// The file's name, not its folder: moving a folder of sources, or
		// running from elsewhere, keeps every id.
		key := path.Base(filepath.ToSlash(src.File)) + "\x00" + src.Name()
		idText := e.DateText
		if it.refDated {
			idText = "" // (see refDateText)
		}
		e.ID = timeline.MakeID(key, e.Span, idText, e.Text)
		if n := seen[e.ID]; n > 0 {
			// The same sentence twice in one source: the n-th repeat
			// gets an id of its own, as stable as the first.
			seen[e.ID] = n + 1
			e.ID = timeline.MakeID(key+"\x00"+strconv.Itoa(n), e.Span, idText, e.Text)
		}
		seen[e.ID]++
		c.Events = append(c.Events, e)
	}
	c.Sort()
	return c, b.rep
}

// item is an event under construction, with what merging needs to know.
type item struct {
	ev        timeline.Event
	statement bool     // the event of a Statement section
	refDated  bool     // its date text is the reader's of the section's date (see refDateText)
	sec       [2]int   // document and section index: reports of one section never merge
	order     [2]int   // document index, offset: reading order
	extra     []string // more words for the bag: a statement's citation title
	bagDone   bool     // bag and head are made (item.words)
	bag       bag      // content words, for similarity
	head      string   // the headline's first content word
	names     []string // the names in the headline's subject (subjectNames), made with bag
	proper    []string // the words it writes as names (properWords), made with bag
	context   []string // the names around it (contextNames)
}

func (o Options) tagger() Tagger {
	if o.Tagger != nil {
		return o.Tagger
	}
	return defaultTagger
}

// docFiscalYearEnd is the month the document's fiscal year ends in, when
// one part says so ("Our financial year ends on 30 June", "the year ended
// 31 March 2024"), else Options.FiscalYearEnd's; 0 when neither does.
func docFiscalYearEnd(doc *timeline.Document, opt Options) int {
	for _, sec := range doc.Sections {
		if fy := tempex.FiscalYearEnd(sec.Text); fy > 0 {
			return fy
		}
	}
	if opt.FiscalYearEnd >= 1 && opt.FiscalYearEnd <= 12 {
		return opt.FiscalYearEnd
	}
	return 0
}

// reportPeriod returns the calendar year an annual report's title says
// it covers ("Annual Report 2023": 2023), and the day its period ends,
// when the title or a title line says so ("Annual Report for the year
// ended 30 June 2025") or the fiscal year's end month fy tells it of the
// title's year ("Annual Report 2025" of a year ending in June: 30 June
// 2025; "Annual Report 2022/23" of one ending in March: 31 March 2023).
//
// split says the title names a split year ("2022/23").
func reportPeriod(doc *timeline.Document, fy int) (year int, end timeline.Date, split bool) {
	year, _ = reportTitleYear(doc.Title)
	end = reportPeriodEnd(doc.Title)
	for si := 0; si < len(doc.Sections) && si < 4 && end.IsZero(); si++ {
		if sec := &doc.Sections[si]; sec.Kind == timeline.Heading || si == 0 {
			if line, _, _ := strings.Cut(strings.TrimSpace(sec.Text), "\n"); len(line) < 120 && !strings.HasSuffix(line, ".") {
				// (a title line, no sentence: "Northgate today announced
				// results for the quarter ended September 30, 2025." is
				// news of the results, told on its own day)
				end = reportPeriodEnd(line)
			}
		}
	}
	if end.IsZero() && year > 0 && fy > 0 && fy < 12 {
		end = timeline.Date{Prec: timeline.Day, Year: year, Month: fy, Day: daysIn(year, fy)}
	}
	y := reportSplitEndYear(doc.Title)
	if end.IsZero() && y > 0 && fy > 0 && fy < 12 {
		end = timeline.Date{Prec: timeline.Day, Year: y, Month: fy, Day: daysIn(y, fy)}
	}
	return year, end, y > 0
}

// reportRef is the reference date a report's story is told from (in
// news mode), given the date ref its section was read with (refFrom
// says where that came from: see timeline.Section.RefFrom) and the
// report's period (see reportPeriod): ref itself, unless the report
// tells of a period it was written after; none for a report dated only by
// a split year's title whose end is not known.
func reportRef(ref timeline.Date, refFrom string, reportYear int, reportEnd timeline.Date, split bool) timeline.Date {
	if split && reportEnd.IsZero() && refFrom == "title" && ref.Prec < timeline.Day {
		// "Annual Report 2022/23", no end said: the title's first year
		// is no year its months are of (its January is 2023's in any
		// year that runs over two, its first half no calendar half)
		return timeline.Date{}
	}
	tref := ref
	if reportYear > 0 && (ref.IsZero() || ref.Year == reportYear+1) {
		// its months, halves and "this year" are the year it
		// reports on, though it was signed in the next
		tref = timeline.Date{Prec: timeline.Day, Year: reportYear, Month: 12, Day: 31}
	}
	if !reportEnd.IsZero() && (ref.IsZero() || ref.Year == reportYear+1 || timeline.Compare(ref, reportEnd) > 0 && ref.Year <= reportEnd.Year+1 ||
		refFrom == "title" && ref.Prec < timeline.Day) {
		// a report for the year ended 30 June 2025, signed in
		// August: its halves and quarters are of that year; and
		// so for one dated only by its title, whose "2022/23" is
		// no calendar year (its first half is not 2022's)
		tref = reportEnd
	}
	return tref
}

// ReportRef returns the reference date Events reads the story of a
// report against, when it is not the date its first part was read with
// (ref, the date the document states or Options.Ref; refFrom as
// timeline.Section.RefFrom says where it came from): the last day of the
// period an annual report covers when it was written after it, or is
// dated only by its title ("Annual Report 2022/23" whose year ends on 31
// March: 2023-03-31); ok is false when it is ref. For a view of the
// tagger's values that agrees with the events (chronicle tag).
func ReportRef(doc *timeline.Document, ref timeline.Date, refFrom string, opt Options) (d timeline.Date, ok bool) {
	y, end, split := reportPeriod(doc, docFiscalYearEnd(doc, opt))
	d = reportRef(ref, refFrom, y, end, split)
	return d, d != ref
}

// docItems extracts the events of one document.
// seenPub holds the publications listed already for the input.
//
// In Auto mode, modes holds the anchoring mode decided for each source of
// the input (a compilation quotes several): it is guessed once, on all of
// that source's text in doc, so that the sections of one source, and the
// later parts of a large input, are anchored one way (see tempex.GuessMode).
func docItems(doc *timeline.Document, di int, opt Options, rep *Report, seenPub map[string]bool, modes map[string]tempex.Mode) []*item {
	var items []*item
	if modes == nil {
		modes = map[string]tempex.Mode{}
	}
	if opt.Mode == tempex.Auto {
		guessModes(doc, opt, modes)
	}
	// the month the document's fiscal year ends in, when one part says so
	// ("Our financial year ends on 30 June"): every part numbers its
	// quarters from it
	fy := docFiscalYearEnd(doc, opt)
	anchors := stageAnchors(doc, opt, definedDates(doc, opt))
	week1 := weekOne(doc, opt)
	// "All times are UTC+1": the zone of every time written without one
	zone, hasZone := 0, false
	for si := range doc.Sections {
		if zone, hasZone = tempex.StatedZone(doc.Sections[si].Text); hasZone {
			break
		}
	}
	// the one range of days the sections read so far told ("The
	// workshop runs 2–3 June 2025"), for a programme's "Day 1 (Monday)"
	// under a heading after; several is none
	var evSpan [2]timeline.Date
	evSpans := 0
	var story timeline.Date    // the last date a history reached, for the section after
	var storyRef timeline.Date // the reference date of the section that set story
	// An annual report ("Annual Report 2023", approved in April 2024)
	// tells of its year: its months are that year's, not the writer's
	reportYear, reportEnd, splitTitle := reportPeriod(doc, fy)
	// "All dates are 2019 unless stated otherwise": the year of every day
	// and month written without one
	statedYear := 0
	for si := range doc.Sections {
		if m := statedYearRe.FindStringSubmatch(doc.Sections[si].Text); m != nil {
			statedYear, _ = strconv.Atoi(m[1])
			break
		}
	}
	parent := doc.Title // the last heading that is no date: what a lone date under it is of
	// a day heading since parent has had a name under it, no sentence
	// ("Cinderella¶Fri 28 Nov 2025¶Peter Pan¶5 December 2025", plain
	// lines read as a diary's): the next date is that name's, no day of a
	// list of parent's
	dayEntries := false
	// the week the last heading that names one names ("## Week of 20 May
	// 2024" over "### This week" and "### Last week"), until a heading
	// names another date
	var weekHead timeline.Date
	// the week the document's title says it reports on, for the
	// reference date it was last read with
	var titleWeekRef, titleWeekVal timeline.Date
	clockAt, clock := -1, timeline.Date{} // the header time of day told with the reference date read at clockAt (see headerClock)
	for si, sec := range doc.Sections {
		if sec.Kind == timeline.Heading {
			if mon, ok := headingWeek(sec.Text); ok {
				weekHead = mon
			} else if strings.ContainsAny(sec.Text, "0123456789") {
				weekHead = timeline.Date{}
			}
		}
		cit := sec.Citation
		cit.File = doc.Name
		if opt.ShowPublications && !cit.Date.IsZero() && !cit.Date.IsVague() {
			key := cit.Title + "\x00" + cit.Outlet + "\x00" + cit.URL + "\x00" + cit.Date.String()
			// a date given by a flag, or by a heading (a diary's day, a
			// live blog's post), is no publication
			if !seenPub[key] && (sec.Kind == timeline.CitationLine || sec.RefFrom != "flag" && sec.RefFrom != "heading") {
				seenPub[key] = true
				it := publication(doc, di, sec, cit)
				it.sec = [2]int{di, si}
				items = append(items, it)
			}
		}
		var leads []string // (stage lines opening a body section, read apart)
		if sec.Kind == timeline.Heading || sec.Kind == timeline.CitationLine {
			if it := instrumentStage(doc, si, strings.TrimSpace(sec.Text), cit, opt); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
				continue
			}
		} else if lines, whole := stageLeads(sec.Text); sec.Kind == timeline.Body && len(lines) > 0 {
			var its []*item
			for k, line := range lines {
				if it := instrumentStage(doc, si, line, cit, opt); it != nil {
					it.order, it.sec = [2]int{di, sec.Pos.Offset + k}, [2]int{di, si}
					its = append(its, it)
				}
			}
			if len(its) == len(lines) {
				items = append(items, its...)
				if whole {
					continue
				}
				leads = lines
			}
		}
		if sec.Kind == timeline.Heading || sec.Kind == timeline.Body {
			if it := namedYearLine(doc, si, cit, opt, parent); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
				continue
			}
			if it := lifeLine(doc, si, cit); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
				continue
			}
		}
		if sec.Kind == timeline.Heading {
			if it := datedTitleHeading(doc, si, cit, opt); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
				continue
			}
			lone := parent
			if dayEntries {
				lone = ""
			}
			if it := loneDateHeading(doc, si, cit, opt, lone); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
			} else if !dateOnlyHeading(strings.TrimSpace(sec.Text)) {
				parent, dayEntries = strings.TrimSpace(sec.Text), false
				if it := toldDateHeading(doc, si, cit, opt); it != nil {
					it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
					items = append(items, it)
				}
			}
		}
		if sec.Kind == timeline.CitationLine {
			if it := meetingLine(doc, si, cit, opt); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
			} else if it := minutesHeader(doc, si, cit, opt); it != nil {
				it.order, it.sec = [2]int{di, sec.Pos.Offset}, [2]int{di, si}
				items = append(items, it)
			}
		}
		switch sec.Kind {
		case timeline.CitationLine, timeline.Heading:
			continue // metadata and titles, not the story
		}
		if !dayEntries && strings.ContainsAny(sec.Heading, "0123456789") && nameLine(sec.Text) && dateOnlyHeading(strings.TrimSpace(sec.Heading)) {
			dayEntries = true
		}
		ref := cit.Date
		if ref.IsZero() {
			ref = opt.Ref
		}
		mode, guessed := opt.Mode, false
		if mode == tempex.Auto {
			mode, guessed = modes[modeKey(&sec, ref)], true
			if hp, ok := headingPeriod(sec.Heading); ok && !(hp.Prec == timeline.Year && ref.Prec >= timeline.Day && hp.Year == ref.Year) {
				// "## 2019" over "4 March: ...": the document's own
				// statement of the year wins over any reference date
				// (but under "## 2024" in a page updated on 8 April 2024,
				// "said on Friday" is the writer's Friday)
				mode = tempex.Narrative
			}
			if mode == tempex.News && ref.IsZero() && tempex.GuessMode(sec.Text, tempex.Options{DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst}) == tempex.Narrative {
				// an undated handout whose instructions speak from a day
				// it does not give ("the quiz on Friday"), around an
				// essay that tells a history: the essay is read as one,
				// having no writer's day to be told from
				mode = tempex.Narrative
			}
		}
		tref := ref
		if mode == tempex.News {
			tref = reportRef(ref, sec.RefFrom, reportYear, reportEnd, splitTitle)
		}
		covers := sec.RefFrom == "title" && tref == ref // "Annual Report 2024": the year it reports on
		if statedYear > 0 && mode == tempex.News && tref.Year != statedYear {
			// "All dates are 2019 unless stated otherwise" in a report
			// published in 2021: its "3 March" is of 2019; a day told
			// from the writer's ("yesterday") is of no day it can tell
			tref, covers = timeline.Date{Prec: timeline.Year, Year: statedYear}, true
		}
		if hp, ok := headingPeriod(sec.Heading); ok && hp.Prec == timeline.Year && tref.Prec >= timeline.Year && hp.Year != tref.Year {
			// "## 1926" in a column dated 27 November 2026: its "on
			// Tuesday" is of no week the page can tell, its "on 20
			// November" of 1926
			tref, covers = hp, true
		}
		if m := monthHeading(sec.Heading); m > 0 && covers && tref.Prec == timeline.Year {
			// "## September" in "Annual Report 2024": that month of it
			tref = timeline.Date{Prec: timeline.Month, Year: tref.Year, Month: m}
		}
		mon, ok := headingWeek(sec.Heading)
		if !ok && !weekHead.IsZero() {
			mon, ok = weekHead, true // a week named by a heading over this one's
		}
		if ok && (tref.IsZero() || tref.Prec < timeline.Day) {
			// "## Week 1 (w/c 8 September 2025)" over "Lesson 2
			// (Tuesday)": the days of that week, told from its Monday
			tref, mode = mon, tempex.News
		}
		topt := tempex.Options{Ref: tref, Mode: mode, Guessed: guessed, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst, FiscalYearEnd: fy, Anchors: anchors, Zone: zone, HasZone: hasZone, Covers: covers}
		topt.Week1 = week1
		if evSpans == 1 {
			topt.EventSpan = evSpan
		}
		if mode == tempex.News && tref == ref && ref.Prec == timeline.Day {
			if sec.RefPos.Offset != clockAt {
				clockAt, clock = sec.RefPos.Offset, headerClock(doc, &sec, ref, topt.DayFirst)
			}
			topt.Clock = clock
		}
		if mode == tempex.News && !tref.IsZero() {
			if tref != titleWeekRef {
				titleWeekRef, titleWeekVal = tref, reportWeek(doc, tref, topt.DayFirst)
			}
			topt.Week = titleWeekVal
		}
		if m, d, ok := headingMonthDay(sec.Heading); ok {
			topt.LabelMonth, topt.LabelDay = m, d
		}
		if sec.RefFrom == "heading" && !ref.IsZero() && ref != storyRef {
			// a new entry of a diary or a chat, told on its own day: what
			// the last entry told ("11 April is a Friday right?") is no
			// day this one goes on from ("also mum's birthday is on the
			// 29th", sent on 14 March)
			story = timeline.Date{}
		}
		if m := dayNumberHeadRe.FindStringIndex(sec.Heading); m != nil && sec.RefFrom != "heading" && !strings.ContainsAny(sec.Heading[m[1]:], "0123456789") {
			// "**Day 4 – Aswan.**" that no date of the text counts: a day
			// of a programme, none the text told before (but "Day 2 –
			// Wednesday 10 September" writes its own)
			story = timeline.Date{}
		}
		if mode == tempex.Narrative {
			topt.Story = story
		} else if story.Prec >= timeline.Day {
			topt.Day = story
		}
		tsec := sec
		if h := datedAncestor(doc.Sections, si); h != "" {
			// "# Board away-day, 18 September 2025" over "## Programme"
			// over "- Lunch 12:30": the day of the heading above
			tsec.Heading = h
		}
		tx := tagSection(tsec, opt, topt)
		for k := range tx {
			if e := tx[k].RangeEnd; e > k && e < len(tx) && eventDays(tx[k].Date, tx[e].Date) && (evSpans == 0 || evSpan != [2]timeline.Date{tx[k].Date, tx[e].Date}) {
				evSpan = [2]timeline.Date{tx[k].Date, tx[e].Date}
				evSpans++
			}
		}
		fields := fieldLines(sec.Text)
		for n := range tx {
			k := len(tx) - 1 - n
			if fields {
				// "Admitted: 4 March 2024¶Discharged: 21 March 2024": a
				// record's fields, the story told after them starts at
				// the first
				k = n
			}
			if d := tx[k].Date; (tx[k].Type == tempex.Date || tx[k].Type == tempex.Time) && d.Prec >= timeline.Year && !d.IsVague() && !notADate(sec.Text, tx[k]) {
				if story.Prec >= timeline.Day && d.Prec == timeline.Year && story.Year-d.Year > 10 {
					continue // a diary's "its oldest lamp was made in 1901": a look back, the story stays
				}
				if d.Prec == timeline.Year && comparedOnRe.MatchString(sec.Text[max(0, tx[k].Start-60):tx[k].Start]) {
					continue // "spending ... up 18% on 2023": the year a figure is compared with, no year the story is in
				}
				if askedAt(sec.Text, tx[k].End) && !(sec.Message && !ref.IsZero() && timeline.Compare(d.DayOf(), ref.DayOf()) >= 0) {
					continue // "11 April is a Friday right?": a question tells no day to go on from (but in a chat the reply goes on from a day to come it asked about: "see you on Friday?" "Yes! 7pm.")
				}
				if d.Prec >= timeline.Day && tx[k].Aside {
					continue // "The consultation will close on 15 December": an aside, the story stays on its day
				}
				if mode == tempex.News && d.Prec >= timeline.Day && boundBefore(sec.Text, tx[k].Start) {
					continue // "Valid until 06:00 GMT Sunday": a bound to come, no day the text goes on in
				}
				story, storyRef = d, ref // (not the year of a law's name, "the Data Protection Act 2018")
				break
			}
		}
		if opt.Mode == tempex.Auto && !ref.IsZero() {
			fillFromNews(tx, func() []tempex.Timex {
				return tagSection(sec, opt, tempex.Options{Ref: tref, Mode: tempex.News, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst, FiscalYearEnd: fy, Anchors: anchors})
			})
		}
		tx = addEras(sec.Text, tx)
		tx = foldClocks(sec.Text, tx)
		tx = eitherDays(sec.Text, tx)
		eitherDates(sec.Text, tx)
		pairedDays(sec.Text, tx)
		sents := splitTitleLines(sec.Text, joinAcross(Sentences(sec.Text), tx))
		clocksAtNamed(sec.Text, sents, tx)
		clockWithDayedClock(sec.Text, tx)
		x := &sectionExtractor{doc: doc, di: di, si: si, sec: sec, cit: cit, opt: opt, tx: tx, sents: sents, rep: rep, anchors: anchors}
		unresolved := 0
		if rep != nil {
			unresolved = len(rep.Unresolved)
		}
		got := x.run()
		if rep != nil && mode == tempex.News && tref.IsZero() && !ref.IsZero() && splitTitle && reportEnd.IsZero() {
			// "In January" of "Annual Report 2022/23": left out for want
			// of the fiscal year's end, which would place it
			for i := unresolved; i < len(rep.Unresolved); i++ {
				if u := &rep.Unresolved[i]; !u.Habit && u.Ref == ref {
					u.Fiscal = true
				}
			}
		}
		got = slices.DeleteFunc(got, func(it *item) bool {
			// (an instrument's stage line read above)
			return slices.ContainsFunc(leads, func(l string) bool { return strings.Contains(l, strings.TrimSpace(it.ev.Text)) })
		})
		got = slices.DeleteFunc(got, func(it *item) bool {
			// "Good morning and welcome to our live coverage", "We're
			// closing this live blog now": a live page's furniture, no
			// event
			return furnitureRe.MatchString(it.ev.Title)
		})
		for _, it := range got {
			it.context = contextNames(doc, &sec, it)
		}
		items = append(items, got...)
		if sec.Statement && !x.releaseNotes() && !(sec.RefFrom == "heading" && timedOn(got, ref) && (clockLog(sec.Text) || x.opensTimedOn(got, ref))) && !x.opensWithOwnDay(ref) {
			// (a log's day heading over its timed entries, "22 January
			// 2024" over "14:10 Patient admitted": the entries are the
			// day's events, no statement of it besides)
			if it := x.statement(ref); it != nil {
				items = append(items, it)
			}
		}
	}
	return dropCrossHeadings(dropTodaysRestated(dropSameInstant(dropTimeLabels(items))))
}

// dropCrossHeadings drops the event of a cross-heading, a line of its own
// with no stop, when the sentence under it tells the same day in the
// same words and the heading's words are that sentence's: "Provisions
// coming into force on 9th December 2024" over "3. The following
// provisions of the Act come into force on 9th December 2024—" is one
// event told twice, the heading naming what the article says.
func dropCrossHeadings(items []*item) []*item {
	drop := false
	for i, h := range items {
		t := strings.TrimSpace(h.ev.Text)
		if h.ev.Span.Start.IsZero() || t == "" || strings.ContainsRune(t, '\n') || strings.ContainsAny(t[len(t)-1:], ".!?:;—–-") ||
			!strings.HasSuffix(t, h.ev.DateText) || strings.Count(t, h.ev.DateText) != 1 {
			continue // (the heading closes with its date, told once)
		}
		words := contentWords(h.ev.Title)
		if len(words) < 2 {
			continue
		}
		for _, b := range items {
			if b == h || b == nil || b.order[0] != h.order[0] || b.ev.Span != h.ev.Span || b.ev.Pos.Line <= h.ev.Pos.Line || b.ev.Pos.Line > h.ev.Pos.Line+2 ||
				!strings.EqualFold(strings.TrimSpace(b.ev.DateText), strings.TrimSpace(h.ev.DateText)) || b.ev.Text == h.ev.Text {
				continue
			}
			told := contentWords(b.ev.Text)
			n := 0
			for _, w := range words {
				if slices.Contains(told, w) {
					n++
				}
			}
			if n >= 2 && 2*n > len(words) {
				items[i] = nil
				drop = true
				break
			}
		}
	}
	if !drop {
		return items
	}
	return slices.DeleteFunc(items, func(it *item) bool { return it == nil })
}

// dropTodaysRestated drops the event of "Today's <noun>" ("Today's
// acceptance brings us one step closer to patients", a quote in the
// announcement) when an earlier report of the document, of the same
// day, tells what the noun names ("the FDA has accepted its BLA"): the
// quote speaks of that event, it tells none of its own.
func dropTodaysRestated(items []*item) []*item {
	drop := false
	for i, it := range items {
		if !strings.EqualFold(it.ev.DateText, "today") || it.ev.Span.Start.Prec != timeline.Day {
			continue
		}
		k := strings.Index(strings.ToLower(it.ev.Text), "today's ")
		if k < 0 {
			k = strings.Index(strings.ToLower(it.ev.Text), "today’s ")
			if k < 0 {
				continue
			}
			k += len("today’s ")
		} else {
			k += len("today's ")
		}
		noun := strings.ToLower(firstWord(it.ev.Text[k:]))
		if len(noun) < 6 {
			continue
		}
		for _, o := range items[:i] {
			if o != nil && o.ev.Span.Start == it.ev.Span.Start && o.ev.Text != it.ev.Text && sharesStem(o.ev.Text, noun) {
				items[i], drop = nil, true
				break
			}
		}
	}
	if !drop {
		return items
	}
	return slices.DeleteFunc(items, func(it *item) bool { return it == nil })
}

// sharesStem reports whether text has a word that opens with the first
// six letters of noun, or all but its last three ("accepted" for
// "acceptance", "approved" for "approval").
func sharesStem(text, noun string) bool {
	n := max(5, min(6, len(noun)-3))
	stem := noun[:n]
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// dropSameInstant drops a report of a moment told again in another zone:
// "Sun 6 July: race at 15:00 BST." then "For viewers in the US, the race
// starts at 10:00 ET." — the same instant, the same race. The later
// report goes when both times carry their zone, the zones differ, the
// instants are one, and its headline shares a word with the earlier's.
func dropSameInstant(items []*item) []*item {
	var first map[time.Time]*item
	drop := -1
	for i, it := range items {
		d := it.ev.Span.Start
		if !d.HasZone || d.Prec < timeline.Hour || it.ev.Span.IsRange() {
			continue
		}
		at := d.Start() // (the instant: Bounds reads the zone)
		if first == nil {
			first = map[time.Time]*item{}
		}
		o := first[at]
		if o == nil {
			first[at] = it
			continue
		}
		if o.ev.Span.Start.Zone != d.Zone && sharesTitleWord(o.ev.Title, it.ev.Title) {
			items[i] = nil
			drop = i
		}
	}
	if drop < 0 {
		return items
	}
	return slices.DeleteFunc(items, func(it *item) bool { return it == nil })
}

// sharesTitleWord reports whether two headlines share a content word.
func sharesTitleWord(a, b string) bool {
	wb := contentWords(b)
	return slices.ContainsFunc(contentWords(a), func(w string) bool { return slices.Contains(wb, w) })
}

// timeLabels are titles that only say an event's time is told: a
// bulletin's "* WHEN...From 6 PM this evening to noon CST Wednesday".
var timeLabels = map[string]bool{"when": true, "date": true, "dates": true, "time": true, "times": true, "timing": true, "period": true}

// dropTimeLabels drops the event titled only by a time label when the
// document tells another event of exactly its span and dated as
// finely (to the hour, or a range): the headline's "...WINTER STORM
// WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST WEDNESDAY..."
// with its bulletin's "* WHEN...From 6 PM this evening to noon CST
// Wednesday." is one event told twice. Alone, the label's event stays.
func dropTimeLabels(items []*item) []*item {
	var labels []int
	for i, it := range items {
		if timeLabels[strings.ToLower(strings.TrimSpace(it.ev.Title))] && (it.ev.Span.IsRange() || it.ev.Span.Start.Prec >= timeline.Hour) {
			labels = append(labels, i)
		} else if (it.ev.Span.IsRange() || it.ev.Span.Start.Prec >= timeline.Hour) && slices.ContainsFunc(items[:i], func(o *item) bool {
			return o.ev.Span == it.ev.Span && strings.EqualFold(o.ev.Title, it.ev.Title)
		}) {
			// (nor one titled by the headline it repeats: "Winter storm
			// warning in effect" under "...WINTER STORM WARNING IN
			// EFFECT FROM 6 PM ...")
			labels = append(labels, i)
		}
	}
	if len(labels) == 0 {
		return items
	}
	drop := map[*item]bool{}
	for _, i := range labels {
		for j, o := range items {
			if j != i && !drop[o] && !timeLabels[strings.ToLower(strings.TrimSpace(o.ev.Title))] && o.ev.Span == items[i].ev.Span && (j < i || !strings.EqualFold(o.ev.Title, items[i].ev.Title)) {
				drop[items[i]] = true
				break
			}
		}
	}
	return slices.DeleteFunc(items, func(it *item) bool { return drop[it] })
}

// opensWithOwnDay reports whether the section's first sentence opens
// with a day of its own, its year written, other than ref: "Date of
// Report: March 4, 2024" over "On March 5, 2024, the Board appointed
// ...", which tells what happened that day, no statement of the day over
// it.
func (x *sectionExtractor) opensWithOwnDay(ref timeline.Date) bool {
	if len(x.sents) == 0 || x.sec.RefFrom != "heading" {
		return false
	}
	s := x.sents[0]
	for _, t := range x.tx {
		if t.Start < s.Start || t.Start >= s.End {
			continue
		}
		lead := strings.ToLower(strings.TrimSpace(x.sec.Text[s.Start:t.Start]))
		return (lead == "" || lead == "on") && t.Date.Prec >= timeline.Day && t.Date.DayOf() != ref.DayOf() && yearDigitsRe.MatchString(t.Text)
	}
	return false
}

// opensTimedOn reports whether the section's first sentence tells an
// event at a time of the day its heading gives: "## Friday 31 October
// 2025" over "Met with the planner, 3:00–4:15 pm. Plan: ..." — the entry
// opens with the day's happening, at its time, and a statement of the
// day would tell it again.
func (x *sectionExtractor) opensTimedOn(got []*item, ref timeline.Date) bool {
	if len(x.sents) == 0 || ref.Prec < timeline.Day {
		return false
	}
	s := x.sents[0]
	for _, it := range got {
		if d := it.ev.Span.Start; d.Prec >= timeline.Hour && d.DayOf() == ref.DayOf() &&
			it.order[1] >= x.sec.Pos.Offset+s.Start && it.order[1] < x.sec.Pos.Offset+s.End {
			return true
		}
	}
	return false
}

// yearDigitsRe finds a year's four digits.
var yearDigitsRe = regexp.MustCompile(`\b\d{4}\b`)

// furnitureRe is a live page's furniture taken for a title: its greeting,
// its close, a note of its update (titled by the page and the label:
// "Rail strikes – Updated").
var furnitureRe = regexp.MustCompile(`(?i)^(?:good (?:morning|afternoon|evening)(?:,? and)? welcome\b|welcome (?:back )?to (?:our|the|this) (?:live\b|coverage$)|we(?:'re| are| will be) (?:now )?(?:closing|pausing|ending|wrapping up|stopping) (?:this|our|the) live\b|(?:this|our) live (?:blog|coverage|page) (?:has )?(?:now )?(?:ended|closed|finished)\b|thanks? (?:you )?for (?:following|reading|joining)\b|.*– updated$)`)

// greetingTitleRe is a title of nothing but a greeting: "Morning!", "Good
// afternoon, everyone.", "Hello again!".
var greetingTitleRe = regexp.MustCompile(`(?i)^(?:good )?(?:morning|afternoon|evening|hello|hi)(?: again)?(?:,? (?:all|everyone|folks))?\s*[!.]?$`)

// clockLineRe opens a line of a log with its time: "14:10 ", "9:30 am",
// "2205 ".
var clockLineRe = regexp.MustCompile(`(?i)^\s*(?:[-*•]\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|[0-2]\d[0-5]\d)\b`)

// clockLog reports whether text is a log, two lines or more and most of
// its lines opening with their times, rather than a diary's prose.
func clockLog(text string) bool {
	n, c := 0, 0
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		if clockLineRe.MatchString(line) {
			c++
		}
	}
	return c >= 2 && c*3 >= n*2
}

// timedOn reports whether one of items is at a time of the day day.
func timedOn(items []*item, day timeline.Date) bool {
	if day.Prec < timeline.Day {
		return false
	}
	for _, it := range items {
		if d := it.ev.Span.Start; d.Prec >= timeline.Hour && d.DayOf() == day.DayOf() {
			return true
		}
	}
	return false
}

// askedAt reports whether the sentence that goes on at end in text is a
// question: the first mark that ends a sentence after it is "?".
func askedAt(text string, end int) bool {
	rest := text[end:min(len(text), end+300)]
	i := strings.IndexAny(rest, ".!?\n")
	return i >= 0 && rest[i] == '?'
}

// boundBefore reports whether the expression at start in text is told as a
// bound: "until" or "till" right before it.
func boundBefore(text string, start int) bool {
	b := strings.ToLower(strings.TrimRight(text[max(0, start-20):start], " "))
	return strings.HasSuffix(b, "until") || strings.HasSuffix(b, "till") || deadlineRe.MatchString(b)
}

// deadlineRe ends the words before a deadline: "due by", "no later than",
// "deadline:", "must be done by".
var deadlineRe = regexp.MustCompile(`(?:\bdue\s+(?:by|on|before)|\bno\s+later\s+than|\bdeadline\s*:?|\bby\s+the\s+deadline\s+of|\bexpires?\s+on)$`)

// fieldLines reports whether text is two lines or more, each a record's
// field.
func fieldLines(text string) bool {
	n := 0
	for line := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
		if fieldLabel(strings.TrimSpace(line)) == 0 { // ("Admitted: 4 March 2024", "Patient: 67-year-old man")
			return false
		}
		n++
	}
	return n >= 2
}

// futureCueRe marks a sentence that speaks of what is to come.
var futureCueRe = regexp.MustCompile(`(?i)\b(?:will|shall|must|should|is to|are to|has to|have to|needs? to|is expected|are expected|is due|are due|is required|are required|going to|plans? to|aims? to|intends? to)\b|'ll\b`)

// offsetFromRe marks a sentence whose amounts of time run from something
// that happens, not from the writer's day: "On termination, the Supplier
// shall return all data within 14 days", "within 60 days thereafter",
// "within 5 days of each request", and a rule's limit ("Landlords will
// have to investigate hazards within 14 days", "must be paid within 30
// days").
var offsetFromRe = regexp.MustCompile(`(?i)\b(?:on|upon|after|following|from|before)\s+(?:the\s+)?(?:termination|expiry|expiration|receipt|notice|completion|delivery|request|cancellation|signature|signing|each|any|every|a|an|that)\b|\bthereafter\b|\b(?:each|every|any)\s+(?:request|case|claim|complaint|report|time|application)\b|\b(?:have|has|need|needs)\s+to\b|\bmust\b|\brequired\s+to\b`)

// unlessAfterRe is a condition right after the amount of time, one that
// may yet be met: "Closing this ticket in 7 days unless we hear back"
// speaks of what is to come.
var unlessAfterRe = regexp.MustCompile(`(?i)^[\s,]*unless\s+(?:we|you|they|i|someone|anyone|somebody|anybody)\s`)

// percentBeforeRe is a share of cases written before a limit: "65% within
// 18 weeks", "92 per cent in four hours": a standard, no deadline.
var percentBeforeRe = regexp.MustCompile(`(?i)(?:%|\bper ?cent|\bpercent)\s+(?:within|in)\s+$`)

// offsetStopWords follow an amount counted from something else than the
// writer's day: "within 30 days of your start date", "in 48 hours after".
var offsetStopWords = map[string]bool{"of": true, "after": true, "before": true, "from": true, "following": true,
	"since": true, "prior": true, "ago": true, "earlier": true, "later": true, "on": true, "each": true, "every": true}

// futureOffset reads an amount of time counted on from the section's own
// day in a sentence that speaks of what is to come: "The Clerk will reply
// within 14 days" (on or before the day it ends), "The report will be
// published in two weeks" (that week). ok is false for any other
// duration, and without a day to count from.
func (x *sectionExtractor) futureOffset(text string, s Segment, t tempex.Timex) (timeline.Date, bool) {
	ref := x.cit.Date
	if ref.IsZero() {
		ref = x.opt.Ref
	}
	if t.End > s.End {
		return timeline.Date{}, false
	}
	if d, ok := x.nextOffset(text, s, t, ref); ok {
		return d, true
	}
	if ref.Prec < timeline.Day || ref.IsVague() {
		return timeline.Date{}, false
	}
	before := strings.ToLower(text[max(s.Start, t.Start-8):t.Start])
	within := strings.HasSuffix(before, "within ")
	lead := strings.ToLower(strings.Trim(text[s.Start:t.Start], " \t*_-•"))
	fronted := lead == "in" || lead == "within" // "In two weeks the library will open."
	if !within && !strings.HasSuffix(before, " in ") && !fronted {
		return timeline.Date{}, false
	}
	within = within || lead == "within"
	if w := strings.ToLower(strings.Trim(nextWord(text[min(t.End, s.End):s.End]), ".,;:'’")); offsetStopWords[w] {
		return timeline.Date{}, false
	}
	cueIn := text[s.Start:t.Start]
	if fronted {
		cueIn = text[min(t.End, s.End):s.End]
	}
	if !futureCueRe.MatchString(cueIn) && !unlessAfterRe.MatchString(text[min(t.End, s.End):s.End]) && !appointmentNote(text[s.Start:t.Start], text[min(t.End, s.End):s.End]) || strings.HasSuffix(strings.TrimSpace(text[s.Start:s.End]), "?") ||
		offsetFromRe.MatchString(text[s.Start:s.End]) || percentBeforeRe.MatchString(text[max(s.Start, t.Start-16):t.Start]) {
		return timeline.Date{}, false
	}
	for _, o := range x.tx {
		if o.Start >= s.Start && o.End <= s.End && o.Start != t.Start && (o.Type == tempex.Date || o.Type == tempex.Time) {
			// "From 27 October 2025, landlords will have to investigate
			// within 14 days", "65% within 18 weeks by March 2026": a
			// limit that runs from each case, not from the writer's day
			return timeline.Date{}, false
		}
		if o.End <= s.Start && s.Start-o.End <= 160 && (o.Type == tempex.Date || o.Type == tempex.Time) && o.Date.Prec >= timeline.Day &&
			o.Date.Mod == timeline.ModNone && timeline.Compare(o.Date.DayOf(), ref.DayOf()) > 0 && !strings.Contains(text[o.End:s.Start], "\n\n") &&
			(within || strings.HasPrefix(t.Value, "PT") || pointsBack(text[s.Start:t.Start])) {
			// "The webinar is on March 6. Recordings will be posted
			// within 48 hours": after the day to come just told, of
			// which the text says no more, not after the writer's day.
			// "in two weeks" (days, months) counts from the day it is
			// said, whatever was told before it ("Prelim 1 is on
			// October 7. Homework 3 will be released in two weeks":
			// two weeks from the notice), unless its subject is that
			// day's event ("It will close in three months").
			return timeline.Date{}, false
		}
	}
	return offsetDate(text, s, t, ref, within)
}

// pointsBack reports whether clause, the words before an amount of time,
// opens with a word that points back to what was just told: "It will
// close in three months", "They will report in two weeks".
func pointsBack(clause string) bool {
	w := strings.ToLower(firstWord(strings.TrimLeft(clause, " \t*_-•")))
	if k := strings.IndexAny(w, "'’"); k >= 0 {
		w = w[:k] // ("They'll report in two weeks")
	}
	switch w {
	case "it", "its", "they", "their", "this", "these", "that", "those", "there", "then":
		return true
	}
	return false
}

// appointmentNouns name a meeting booked with a patient or a client:
// "General paediatric clinic in 8 weeks", "Review in 6 weeks".
var appointmentNouns = map[string]bool{
	"clinic": true, "review": true, "follow-up": true, "followup": true, "appointment": true,
	"visit": true, "check-up": true, "checkup": true, "consultation": true, "reassessment": true,
	"outpatients": true, "opd": true,
}

// appointmentNote reports whether lead, what comes before "in" and an
// amount of time, and rest, what follows the amount, are a note without a
// verb booking a meeting to come: "General paediatric clinic in 8
// weeks.", "Plan: review in clinic in 6 weeks." (not "Recovered in 8
// weeks", a verb's, nor "clinic waits in 8 weeks").
func appointmentNote(lead, rest string) bool {
	if k := strings.LastIndexByte(lead, ':'); k >= 0 {
		lead = lead[k+1:] // "Plan: ..."
	}
	words := strings.Fields(lead)
	if len(words) < 2 || len(words) > 6 || !strings.EqualFold(words[len(words)-1], "in") {
		return false
	}
	words = words[:len(words)-1]
	appt := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",;()"))
		if !appointmentNouns[lw] && (isVerbWord(lw) || strings.ContainsAny(w, ",;.")) {
			return false
		}
		appt = appt || appointmentNouns[lw]
	}
	if !appt {
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || rest == "." {
		return true
	}
	// "... in 3 months with bloods beforehand."
	rw := strings.Fields(strings.TrimRight(rest, "."))
	if len(rw) > 8 || !strings.EqualFold(rw[0], "with") || strings.ContainsAny(strings.TrimRight(rest, "."), ".;:?!") {
		return false
	}
	return !hasVerb(rw)
}

// nextLeadRe is a clause that tells when the next of something comes, up
// to the "in" before its amount of time: "next call in", "the next
// review is due in".
var nextLeadRe = regexp.MustCompile(`^(?:the\s+)?next\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:is|will\s+be)\s+)?(?:due\s+)?in$`)

// nextOffset reads "next call in three months" in a clause after one
// that tells a day: "Zoom call on 6 July 2023; next call in three
// months" (2023-10), the amount counted from that day; or in a sentence
// of its own after a sentence of the same paragraph that tells one
// ("The fair was held on 3 May 2023. Next fair in a year."); else from
// the section's own day (ref).
func (x *sectionExtractor) nextOffset(text string, s Segment, t tempex.Timex, ref timeline.Date) (timeline.Date, bool) {
	cs := s.Start
	if k := strings.LastIndexByte(text[s.Start:t.Start], ';'); k >= 0 {
		cs = s.Start + k + 1
	}
	lead := strings.ToLower(strings.Join(strings.Fields(text[cs:t.Start]), " "))
	if !strings.HasPrefix(lead, "next ") && !strings.HasPrefix(lead, "the next ") || !nextLeadRe.MatchString(lead) {
		return timeline.Date{}, false
	}
	if w := strings.ToLower(strings.Trim(nextWord(text[min(t.End, s.End):s.End]), ".,;:'’")); offsetStopWords[w] {
		return timeline.Date{}, false
	}
	var anchor timeline.Date
	for _, o := range x.tx {
		if o.Start >= s.End {
			break
		}
		if o.Type != tempex.Date && o.Type != tempex.Time || o.End > t.Start {
			continue
		}
		if o.Start >= cs {
			return timeline.Date{}, false // a date in the clause itself
		}
		near := o.Start >= s.Start || s.Start-o.End <= 200 && !strings.Contains(text[o.End:s.Start], "\n\n")
		if !near {
			continue
		}
		if o.Date.Prec >= timeline.Day && !o.Date.IsVague() && o.Date.Mod == timeline.ModNone {
			anchor = o.Date
		} else {
			anchor = timeline.Date{} // the last told is no day: none to count from
		}
	}
	if anchor.IsZero() {
		anchor = ref
	}
	if anchor.Prec < timeline.Day || anchor.IsVague() {
		return timeline.Date{}, false
	}
	return offsetDate(text, s, t, anchor, false)
}

// offsetDate returns the day, week, month or year that duration t ends
// after day ref; within says it is a bound ("within 14 days").
func offsetDate(text string, s Segment, t tempex.Timex, ref timeline.Date, within bool) (timeline.Date, bool) {
	v := t.Value
	hours := strings.HasPrefix(v, "PT")
	if hours {
		v = "P" + v[2:]
	}
	if len(v) < 3 || v[0] != 'P' {
		return timeline.Date{}, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 400 {
		return timeline.Date{}, false
	}
	day, ok := ref.DayOf().Time()
	if !ok {
		return timeline.Date{}, false
	}
	unit := v[len(v)-1]
	var end time.Time
	prec := timeline.Day
	switch {
	case hours && unit == 'H':
		end = day.Add(time.Duration(n) * time.Hour)
	case !hours && unit == 'D' && businessDaysRe.MatchString(text[t.Start:min(s.End, t.End+16)]):
		// "within five business days": the working days after it
		end = day
		for k := 0; k < n; {
			end = end.AddDate(0, 0, 1)
			if wd := end.Weekday(); wd != time.Saturday && wd != time.Sunday {
				k++
			}
		}
	case !hours && unit == 'D':
		end = day.AddDate(0, 0, n)
	case !hours && unit == 'W':
		end, prec = day.AddDate(0, 0, 7*n), timeline.Week
	case !hours && unit == 'M':
		end, prec = addMonths(day, n, true), timeline.Month
	case !hours && unit == 'Y':
		end, prec = addMonths(day, 12*n, true), timeline.Year
	default:
		return timeline.Date{}, false
	}
	if within {
		d := timeline.FromTime(end, timeline.Day)
		d.Mod = timeline.ModOnOrBefore
		return d, true
	}
	d := timeline.FromTime(end, prec)
	d.Mod = offsetMod(t.Mod)
	return d, true
}

// anchoredOffset returns the event of a sentence that opens with an
// amount of time counted from a day its subordinate clause tells: "Two
// days after the ballot result was announced on 3 November 2017, the
// company agreed to talks" (the talks on 5 November), or from the day a
// sentence just before told of what the clause names: "On April 1,
// 2024, the CDC confirmed the case. Three days after the CDC
// confirmation, the USDA announced detections" (on 4 April). The clause
// after the comma is the event; the amount and its clause are its date
// text.
func (x *sectionExtractor) anchoredOffset(s Segment, si, ti int, dated []cand) *item {
	if ti >= len(x.tx) || x.tx[ti].Start >= s.End || x.tx[ti].Type != tempex.Duration {
		return nil
	}
	text := x.sec.Text
	t := x.tx[ti]
	m := amountLeadRe.FindStringIndex(text[t.Start:s.End])
	if m == nil || strings.TrimSpace(text[s.Start:t.Start]) != "" || t.Start+m[1] < t.End {
		return nil
	}
	after := strings.HasPrefix(text[t.End:s.End], " after ")
	if !after && !strings.HasPrefix(text[t.End:s.End], " before ") {
		return nil
	}
	vm := amountValueRe.FindStringSubmatch(t.Value)
	if vm == nil {
		return nil
	}
	n, _ := strconv.Atoi(vm[1])
	if !after {
		n = -n
	}
	from := t.End + len(" after ")
	if !after {
		from = t.End + len(" before ")
	}
	k := strings.Index(text[from:s.End], ", ")
	if k < 0 {
		return nil
	}
	comma := from + k
	if rest := strings.Fields(text[comma+2 : s.End]); len(rest) < 3 {
		return nil
	}
	var base timeline.Date
	for _, c := range dated {
		if c.start >= comma {
			return nil // ("..., the party met on 7 May": the clause has its own day)
		}
		if c.start < from || c.end > comma {
			continue
		}
		if !base.IsZero() || c.span.IsRange() || c.span.Start.IsVague() || c.span.Start.Mod != timeline.ModNone {
			return nil // (two days, or one not known well enough, to count from)
		}
		base = c.span.Start
	}
	if base.IsZero() {
		// a month or a year told of the happening counts too, for an
		// amount of months or years: "A great storm struck in 1703. Two
		// years after the storm, ..." (1705)
		coarse := vm[2][0] == 'Y' || vm[2][0] == 'M'
		var bp int
		base, bp = x.namedBeforeIn(si, text[from:comma], false, coarse)
		if bp >= 0 && base.Prec < timeline.Day && after {
			if ps := x.sents[bp]; startedRe.MatchString(text[ps.Start:ps.End]) {
				return nil // "The war broke out in 1939. Two years after the war": after its end, not its start
			}
		}
	}
	d, ok := shiftBy(base, n, vm[2][0])
	if !ok {
		return nil
	}
	tt := t
	tt.Type, tt.Date, tt.Value, tt.End, tt.Text, tt.Mod = tempex.Date, d, d.String(), comma, text[t.Start:comma], timeline.ModNone
	return x.event(s, cand{t: tt, start: t.Start, end: comma, span: timeline.Span{Start: d}}, nil)
}

// amountAfterNamed returns the event of a sentence that dates itself by
// an amount of time after a happening it names by its noun, told with its
// day in one of the two sentences before: "The game launches on June 12,
// 2025. A patch is planned for 30 days after launch." (the patch on 12
// July). The noun phrase ends its clause; the amount, "after" and the
// noun are the date text.
func (x *sectionExtractor) amountAfterNamed(s Segment, si, ti int) *item {
	text := x.sec.Text
	for j := ti; j < len(x.tx) && x.tx[j].End <= s.End; j++ {
		t := x.tx[j]
		if t.Type != tempex.Duration || !strings.HasPrefix(text[t.End:s.End], " after ") || strings.TrimSpace(text[s.Start:t.Start]) == "" {
			continue
		}
		vm := amountValueRe.FindStringSubmatch(t.Value)
		if vm == nil || t.Mod != timeline.ModNone && offsetMod(t.Mod) == timeline.ModNone {
			continue
		}
		from := t.End + len(" after ")
		end := s.End
		if k := strings.IndexAny(text[from:s.End], ".,;:!?()"); k >= 0 {
			end = from + k
		}
		np := strings.TrimSpace(text[from:end])
		if !bareEventNounRe.MatchString(np) && !eventNounRe.MatchString(np) {
			continue
		}
		n, _ := strconv.Atoi(vm[1])
		base := x.namedBefore(si, np, true)
		d, ok := shiftBy(base, n, vm[2][0])
		if !ok {
			return nil
		}
		d.Mod = offsetMod(t.Mod)
		start := t.Start
		span := timeline.Span{Start: d}
		if m := withinBeforeRe.FindStringIndex(text[s.Start:t.Start]); m != nil {
			start = s.Start + m[0] // "within 30 days after launch": by that day
			d.Mod = timeline.ModOnOrBefore
			span.Start = d
		} else if m := lengthForRe.FindStringSubmatchIndex(text[s.Start:t.Start]); m != nil && m[2] < 0 {
			// "We lost power for nine days after the storm": how long it
			// lasted from the storm's day, not a day nine days on (but
			// "a patch is planned for 30 days after launch" is that day)
			if t.Mod != timeline.ModNone || base.Prec != timeline.Day || d.Prec != timeline.Day {
				return nil
			}
			start = s.Start + m[0] + strings.Index(text[s.Start+m[0]:t.Start], "for")
			span = timeline.Span{Start: base, End: d}
		}
		end = from + len(np)
		tt := t
		tt.Type, tt.Date, tt.Value, tt.Start, tt.End, tt.Text, tt.Mod = tempex.Date, d, d.String(), start, end, text[start:end], d.Mod
		return x.event(s, cand{t: tt, start: start, end: end, span: span}, nil)
	}
	return nil
}

// bareEventNounRe is a happening named by its noun alone: "launch",
// "delivery", "completion".
var bareEventNounRe = regexp.MustCompile(`^\p{Ll}{4,}$`)

// unitAfterRe is a day, a week, a month or a year told by the happening
// it comes after or before: "the day after the storm", "on the morning
// after the storm", "the month before the wedding"; the noun phrase's
// words are sorted out by unitAfterNamed.
var unitAfterRe = regexp.MustCompile(`(?i)\b(?:(on|in|during)\s+)?the\s+(day|morning|night|week|month|year)\s+(after|before)\s+((?:the|his|her|its|their|our)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})`)

// unitAfterEnds are the words that can follow the noun phrase of "the day
// after the storm": the next clause's subject, a verb, a preposition.
var unitAfterEnds = map[string]bool{
	"we": true, "i": true, "he": true, "she": true, "they": true, "it": true, "you": true, "there": true,
	"the": true, "a": true, "an": true, "our": true, "my": true, "his": true, "her": true, "their": true, "its": true,
	"was": true, "were": true, "had": true, "is": true, "did": true, "of": true, "to": true, "in": true, "at": true,
	"on": true, "for": true, "with": true, "and": true, "when": true, "as": true, "everyone": true, "nobody": true,
	"people": true, "most": true, "all": true, "some": true,
}

// unitAfterNamed returns the event of a sentence that tells its day,
// week, month or year as the one after or before a happening it names
// ("The day after the storm we walked to the village"), counted from the
// day one of the eight sentences before told it on ("The storm hit on 15
// October 1987": 16 October); nil when no sentence before dates it.
func (x *sectionExtractor) unitAfterNamed(s Segment, si int) *item {
	text := x.sec.Text
	sent := text[s.Start:s.End]
	m := unitAfterRe.FindStringSubmatchIndex(sent)
	if m == nil {
		return nil
	}
	if m[2] < 0 {
		switch strings.ToLower(lastWordOf(sent[:m[0]])) {
		case "by", "until", "till", "from", "since", "than":
			return nil // "by the day after the vote": a bound, not the day
		}
	}
	det := m[8] + strings.IndexFunc(sent[m[8]:], unicode.IsSpace)
	words := wordRe.FindAllStringIndex(sent[det:m[9]], -1)
	for k, w := range words {
		end := det + w[1]
		next := strings.TrimLeft(sent[end:], " \t")
		if next != "" && !strings.ContainsAny(next[:1], ".,;:!?)") && !unitAfterEnds[strings.ToLower(firstWord(next))] {
			if k == len(words)-1 || !strings.HasPrefix(sent[end:], " ") {
				return nil
			}
			continue // "the wedding party": the noun comes later
		}
		base, bp := x.namedBeforeIn(si, sent[m[8]:end], true, true)
		unit := strings.ToLower(sent[m[4]:m[5]])
		// "The great flood of 1953": the year after it is 1954, but the
		// day or the week after it is not told (nor the month after a
		// year)
		if base.IsZero() || base.Prec == timeline.Year && unit != "year" || base.Prec == timeline.Month && unit != "year" && unit != "month" {
			return nil
		}
		tm, ok := base.Time()
		if base.Prec == timeline.Month {
			tm, ok = time.Date(base.Year, time.Month(base.Month), 1, 0, 0, 0, 0, time.UTC), base.Month >= 1 && base.Month <= 12
		} else if base.Prec == timeline.Year {
			tm, ok = time.Date(base.Year, 1, 1, 0, 0, 0, 0, time.UTC), true
		}
		if !ok {
			return nil
		}
		n := 1
		if strings.EqualFold(sent[m[6]:m[7]], "before") {
			n = -1
		} else if ps := x.sents[bp]; startedRe.MatchString(text[ps.Start:ps.End]) {
			return nil // "The war broke out in 1939. The year after the war": after its end, not its start
		}
		var d timeline.Date
		switch unit {
		case "week":
			d = timeline.FromTime(tm.AddDate(0, 0, 7*n), timeline.Week)
		case "month":
			d = timeline.FromTime(addMonths(tm, n, true), timeline.Month)
		case "year":
			d = timeline.Date{Prec: timeline.Year, Year: base.Year + n}
		default:
			d = timeline.FromTime(tm.AddDate(0, 0, n), timeline.Day)
		}
		start, stop := s.Start+m[0], s.Start+end
		tt := tempex.Timex{Start: start, End: stop, Text: text[start:stop], Type: tempex.Date, Date: d, Value: d.String(), RangeEnd: -1}
		return x.event(s, cand{t: tt, start: start, end: stop, span: timeline.Span{Start: d}}, nil)
	}
	return nil
}

// startedRe is a verb telling when something began, whose day is not
// the day it was over: "broke out", "began", "started".
var startedRe = regexp.MustCompile(`(?i)\b(?:beg[au]n|begins?|start(?:ed|s)?|broke\s+out|breaks\s+out|opened|commenced|got\s+under\s*way|erupted|was\s+declared|set\s+in)\b`)

// lengthForRe is "for" just before an amount of time that tells how long
// something lasted ("lost power for nine days"), not the "for" of a day
// something is set for ("planned for 30 days after launch").
var lengthForRe = regexp.MustCompile(`(?i)(?:^|\s)(?:(planned|scheduled|set|slated|due|booked|pencil+ed|timed|fixed|expected|targeted|earmarked|aimed|aiming|penciled|called|arranged|organi[sz]ed|reserved)\s+)?for\s+$`)

// withinBeforeRe is "within" or "up to" just before an amount of time.
var withinBeforeRe = regexp.MustCompile(`(?i)\b(?:within|up to|no later than)\s+$`)

// amountValueRe is the value of a whole amount of days, weeks, months or
// years: "P2D", "P3W".
var amountValueRe = regexp.MustCompile(`^P(\d{1,3})([DWMY])$`)

// shiftBy moves d by n units ('D', 'W', 'M' or 'Y'), when d is told
// precisely enough for it: a day for days and weeks, a month for months.
// Months and years keep the day of the month where the month has it and
// take the month's last day where it has not: 3 months after 30 November
// 2025 is 28 February 2026, not 2 March.
func shiftBy(d timeline.Date, n int, unit byte) (timeline.Date, bool) {
	return shiftDate(d, n, unit, true)
}

// shiftDate is shiftBy; clamp false lets a day the month has not run on
// into the next month, as time.AddDate does (1 month after 31 January is
// 3 March), which termFrom counts a term's last day from.
func shiftDate(d timeline.Date, n int, unit byte, clamp bool) (timeline.Date, bool) {
	if d.IsZero() || d.IsVague() || d.Year == 0 {
		return timeline.Date{}, false
	}
	switch {
	case d.Prec == timeline.Day:
		tm, ok := d.Time()
		if !ok {
			return timeline.Date{}, false
		}
		switch unit {
		case 'D':
			tm = tm.AddDate(0, 0, n)
		case 'W':
			tm = tm.AddDate(0, 0, 7*n)
		case 'M':
			tm = addMonths(tm, n, clamp)
		default:
			tm = addMonths(tm, 12*n, clamp)
		}
		return timeline.FromTime(tm, timeline.Day), true
	case d.Prec == timeline.Month && (unit == 'M' || unit == 'Y'):
		m := d.Year*12 + d.Month - 1 + n
		if unit == 'Y' {
			m = d.Year*12 + d.Month - 1 + 12*n
		}
		return timeline.Date{Prec: timeline.Month, Year: m / 12, Month: m%12 + 1}, true
	case d.Prec == timeline.Year && unit == 'Y':
		return timeline.Date{Prec: timeline.Year, Year: d.Year + n}, true
	}
	return timeline.Date{}, false
}

// addMonths moves t by n months; clamp keeps it in the month it lands in
// (31 January + 1 month is 28 February), else it runs on as time.AddDate.
func addMonths(t time.Time, n int, clamp bool) time.Time {
	if !clamp {
		return t.AddDate(0, n, 0)
	}
	y, m, d := t.Date()
	first := time.Date(y, m, 1, 0, 0, 0, 0, t.Location()).AddDate(0, n, 0)
	if last := first.AddDate(0, 1, -1).Day(); d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// namedBefore returns the day that one of the two sentences before
// sentence si told of what the noun phrase np names by its verb's noun
// ("the CDC confirmation" after "On April 1, 2024, the CDC confirmed the
// case"), or the zero Date. far looks further back, up to eight
// sentences, past days told of other things ("will launch on June 12,
// 2025. Pre-orders open on Friday. ... 30 days after launch").
func (x *sectionExtractor) namedBefore(si int, np string, far bool) timeline.Date {
	d, _ := x.namedBeforeIn(si, np, far, false)
	return d
}

// namedBeforeIn is namedBefore that also returns the sentence that told
// the day (-1 when none); coarse lets a month or a year tell it too ("The
// great flood of 1953 swept the wall away": 1953).
func (x *sectionExtractor) namedBeforeIn(si int, np string, far, coarse bool) (timeline.Date, int) {
	noun := np // "launch": the noun alone
	if m := eventNounRe.FindStringSubmatch(np); m != nil {
		noun = m[1]
	} else if !bareEventNounRe.MatchString(np) {
		return timeline.Date{}, -1
	}
	stem := nounStem(strings.ToLower(noun))
	if len(stem) < 4 {
		return timeline.Date{}, -1
	}
	text := x.sec.Text
	back := 2
	if far {
		back = 8
	}
	for p := si - 1; p >= 0 && p >= si-back; p-- {
		ps := x.sents[p]
		var day timeline.Date
		two := false
		at := -1 // where a month or a year told starts
		for _, t := range x.tx {
			if t.Start >= ps.Start && t.End <= ps.End && t.Type == tempex.Date && (t.Date.Prec == timeline.Day || coarse && (t.Date.Prec == timeline.Month || t.Date.Prec == timeline.Year)) && !t.Date.IsVague() && t.Mod == timeline.ModNone {
				two = two || !day.IsZero() && day != t.Date
				day, at = t.Date, -1
				if t.Date.Prec < timeline.Day {
					at = t.Start
				}
			}
		}
		if two && !far {
			return timeline.Date{}, -1 // (two days told: which is not said)
		}
		for _, w := range wordRe.FindAllStringIndex(text[ps.Start:ps.End], -1) {
			lw := strings.ToLower(text[ps.Start+w[0] : ps.Start+w[1]])
			if strings.HasPrefix(lw, stem) && (strings.HasSuffix(lw, "ed") && len(lw)-len(stem) <= 3 || verbEndings[lw[len(stem):]]) {
				if two {
					// "today announced that Tidewalker will launch ... on
					// June 12, 2025": the first day after the verb
					return x.dayAfterIn(ps.Start+w[1], ps.End), p
				}
				if at >= 0 {
					// a year told of the happening, in its clause ("The great
					// storm of 1987", "the storm hit in 1987"), not one
					// set apart ("Our house, built in 1950, survived the
					// storm")
					lo, hi := min(at, ps.Start+w[0]), max(at, ps.Start+w[0])
					if strings.ContainsAny(text[lo:hi], ",;:()—–") {
						return timeline.Date{}, -1
					}
				}
				return day, p
			}
		}
		if !day.IsZero() && !far {
			return timeline.Date{}, -1 // a day told of something else
		}
	}
	return timeline.Date{}, -1
}

// dayAfterIn returns the first day, written without a mod, that starts in
// text[from:end], or the zero Date.
func (x *sectionExtractor) dayAfterIn(from, end int) timeline.Date {
	for _, t := range x.tx {
		if t.Start >= from && t.End <= end && t.Type == tempex.Date && t.Date.Prec == timeline.Day && !t.Date.IsVague() && t.Mod == timeline.ModNone {
			return t.Date
		}
	}
	return timeline.Date{}
}

// verbEndings are what a verb of the present or the future adds to the
// stem it shares with its noun: "launches", "launch" (will launch),
// "approves", "closing".
var verbEndings = map[string]bool{"": true, "s": true, "es": true, "e": true, "ing": true}

// eventNounRe is a short noun phrase that names a happening by its
// noun: "the CDC confirmation", "his arrest", "the council's approval".
var eventNounRe = regexp.MustCompile(`^(?:the|his|her|its|their|our)\s+(?:[\p{L}’'-]+\s+){0,2}(\p{Ll}{4,})$`)

// nounStem is what a noun of a happening shares with its verb:
// "confirmation" confirm, "approval" approv, "closure" clos,
// "announcement" announc, "commissioning" commission, "arrest" arrest.
func nounStem(w string) string {
	for _, sfx := range []string{"ation", "ition", "ment", "sion", "tion", "ing", "al", "ure", "e"} {
		if strings.HasSuffix(w, sfx) && len(w)-len(sfx) >= 4 {
			w = w[:len(w)-len(sfx)]
			if sfx == "tion" || sfx == "sion" {
				w += "t" // ("election" elect, "decision" decit: no match, rightly rare)
			}
			return w
		}
	}
	return w
}

// planOfNoYear reports whether t, a day written without its year in a
// section with no date of its own to read it against, is a plan the
// sentence tells in the present or the future ("Our next meeting is on
// Thursday 21 March", "The walk will start on Saturday 4 May"): its year
// can only have come from the history the document told before it
// ("wound up in 1878"), which is not when its writer plans; the day is
// left undated.
func (x *sectionExtractor) planOfNoYear(text string, s Segment, t tempex.Timex) bool {
	if t.Type != tempex.Date && !(t.Type == tempex.Time && namesMonth(t.Text)) || t.Date.Prec < timeline.Day || !x.cit.Date.IsZero() || !x.opt.Ref.IsZero() || yearWrittenRe.MatchString(t.Text) {
		return false
	}
	if name, ok := strings.CutPrefix(strings.ToLower(strings.Join(strings.Fields(t.Text), " ")), "the "); ok {
		if _, defined := x.anchors[name]; defined {
			return false // "The first payment is due on the Commencement Date": a day the document defines, its year written there
		}
	}
	if slices.ContainsFunc(x.tx, func(o tempex.Timex) bool {
		return o.Start >= s.Start && o.End <= t.Start && o.Type == tempex.Date && o.Date.Prec >= timeline.Season && o.Date.Year == t.Date.Year && yearWrittenRe.MatchString(o.Text)
	}) {
		return false // "The 2.2 cycle starts in autumn 2025; ... at the summit on 18-19 September": the year the sentence itself sets
	}
	if r := t.RangeEnd; r >= 0 && r < len(x.tx) && yearWrittenRe.MatchString(x.tx[r].Text) {
		return false // "on December 4-6, 2024": the year is written at the range's end
	}
	k := strings.LastIndex(text[:s.Start], strconv.Itoa(t.Date.Year))
	if k < 0 {
		return false // (its year is not one the story told before it)
	}
	// "Routes changed on 8 January 2025. Buses will run on 15 January.":
	// the last day told, written in full, is days before the plan's (or
	// before the last day of the plan's list, "on the nights of 8 and 15
	// January"); the writer writes between them
	day, end := t.Date, t.End
	for j := sort.Search(len(x.tx), func(j int) bool { return x.tx[j].Start > t.Start }); j < len(x.tx); j++ {
		n := x.tx[j]
		if n.Type != tempex.Date || n.Date.Prec != timeline.Day || n.Date.Year != day.Year || n.Date.Month != day.Month || n.Start < end ||
			!listGapRe.MatchString(text[end:n.Start]) {
			break
		}
		day, end = n.Date, n.End
	}
	for j := sort.Search(len(x.tx), func(j int) bool { return x.tx[j].Start >= s.Start }) - 1; j >= 0; j-- {
		p := x.tx[j]
		if p.End > s.Start || p.Date.IsZero() {
			continue
		}
		if p.Type == tempex.Date && p.Date.Prec >= timeline.Week && p.Date.Year == day.Year && p.Start <= k && k < p.End {
			ps := p.Date.Start()
			gap := day.Start().Sub(ps)
			if p.Date.Prec == timeline.Day && gap > 0 && gap <= 31*24*time.Hour {
				return false
			}
			// ("Kestrel 2.0.0 was released on 4 March 2025. Version 2.0.1
			// is planned on 15 April.": in the month of the day or week
			// told in the sentence just before, or in one of the two
			// after it, as the tagger reads it)
			if between := text[p.End:s.Start]; gap > 0 && ps.Year() == day.Year && day.Month-int(ps.Month()) <= 2 && !strings.Contains(between, "\n\n") && len(sentenceStopRe.FindAllStringIndex(between, 2)) <= 1 {
				return false
			}
		}
		break
	}
	ls := strings.LastIndexAny(text[:k], ".\n") + 1
	le := k + strings.IndexAny(text[k:], ".\n")
	if le < k {
		le = len(text)
	}
	if !pastToldRe.MatchString(text[ls:le]) {
		return false // a title's or a heading's year ("# Board away-day, 18 September 2025") is the writer's
	}
	sent := text[s.Start:s.End]
	if m := nextClauseRe.FindStringIndex(text[min(t.End, s.End):s.End]); m != nil {
		// (the day's own clause: "Nowak had knee surgery on 14 October
		// and is expected back in early 2025" tells the surgery done)
		sent = text[s.Start : min(t.End, s.End)+m[0]]
	}
	return futureCueRe.MatchString(sent) || planCopulaRe.MatchString(sent)
}

// nextClauseRe opens the next clause of a sentence, after a day: " and
// is expected", ", but will", "; ".
var nextClauseRe = regexp.MustCompile(`^[^;]*?(?:,?\s+(?:and|but)\s+(?:is|are|was|were|will|has|have|had|should|could|would|may|might|must|can|expects?|hopes?)\b|;)`)

// sentenceStopRe is the end of a sentence: a full stop, a question or
// an exclamation mark followed by a space or the end of the text.
var sentenceStopRe = regexp.MustCompile(`[.!?](?:\s|$)`)

// listGapRe is what stands between two days of a list: ", ", " and ",
// ", or ".
var listGapRe = regexp.MustCompile(`^,?\s+(?:and\s+|or\s+)?$|^,$`)

// namesMonth reports whether the expression s names a month ("2 October
// at 7.30pm"): a time on a day of its own, not one of a day told before.
func namesMonth(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if monthWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// pastToldRe marks a sentence told in the past: the history's.
var pastToldRe = regexp.MustCompile(`(?i)\b(?:was|were|had|did)\b|\b\p{L}{3,}ed\b`)

// planCopulaRe is a plan told in the present: "is on", "are at", "is
// planned for".
var planCopulaRe = regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:on|at|due|planned|scheduled|booked|set)\b`)

// offsetMod is the mod of the day an amount of time counted on from the
// writer's day ends on, from the amount's own: "in about three weeks" is
// about that week, "in less than a month" on or before that month, "in
// more than two years" on or after that year (the period, coarser than
// the day the amount ends on, holds that day: never strictly).
func offsetMod(m timeline.Mod) timeline.Mod {
	switch m {
	case timeline.ModApprox:
		return timeline.ModApprox
	case timeline.ModLessThan, timeline.ModEqualOrLess:
		return timeline.ModOnOrBefore
	case timeline.ModMoreThan, timeline.ModEqualOrMore:
		return timeline.ModOnOrAfter
	}
	return timeline.ModNone
}

// businessDaysRe finds days counted as working days.
var businessDaysRe = regexp.MustCompile(`(?i)\b(?:business|working|work|school|banking|trading)\s+days?\b`)

// datedAncestor returns, for the section at si whose own heading names no
// date, the nearest heading it is under, through the headings it is under,
// that names a day or a month ("# Board away-day, 18 September 2025" over
// "## Programme"), for the times and days under it to be read against; ""
// when there is none.
func datedAncestor(secs []timeline.Section, si int) string {
	sec := &secs[si]
	if sec.Kind == timeline.Heading || sec.Heading == "" || strings.ContainsAny(sec.Heading, "0123456789") || sec.Citation.Date.Prec >= timeline.Day {
		return "" // (a section with a day of its own, a diary's "Tue" entry, reads against that)
	}
	// each heading section is under the heading above it (its Heading):
	// the chain is followed up from the section's own
	h, k := strings.TrimSpace(sec.Heading), si-1
	stop := max(-1, si-maxAncestorScan) // (a bounded look back: no quadratic walk over a long document)
	for depth := 0; depth < 6; depth++ {
		for k > stop && !(secs[k].Kind == timeline.Heading && strings.TrimSpace(secs[k].Text) == h) {
			k--
		}
		if k <= stop {
			return ""
		}
		parent := strings.TrimSpace(secs[k].Heading)
		if parent == "" || parent == h {
			return ""
		}
		if strings.ContainsAny(parent, "0123456789") && !strings.Contains(parent, "\n") && len(parent) <= 120 && hasDayOrMonth(parent) {
			return parent
		}
		h = parent
		k--
	}
	return ""
}

// headerClock returns the time of day that the document's head writes
// with sec's reference date ref ("1100 PM EDT Sun Sep 14 2025" under a
// bulletin's headline, "Issued: Friday, July 11, 2025 at 2:15 PM MST"):
// the time on that day that the heading or citation line the date was
// read from gives, else the zero Date.
func headerClock(doc *timeline.Document, sec *timeline.Section, ref timeline.Date, dayFirst bool) timeline.Date {
	at := sec.RefPos.Offset
	if sec.RefPos.Line == 0 {
		return timeline.Date{}
	}
	for k := range doc.Sections {
		h := &doc.Sections[k]
		if h.Kind != timeline.CitationLine && h.Kind != timeline.Heading || at < h.Pos.Offset || at >= h.Pos.Offset+len(h.Text) || len(h.Text) > 200 {
			continue
		}
		for _, x := range tempex.Tag(h.Text, tempex.Options{Mode: tempex.News, DayFirst: dayFirst}) {
			if x.Type == tempex.Time && x.Date.Prec >= timeline.Hour && x.Date.DayOf() == ref {
				return x.Date
			}
		}
		break
	}
	return timeline.Date{}
}

// maxAncestorScan bounds how many sections datedAncestor looks back over.
const maxAncestorScan = 200

// hasDayOrMonth reports whether a heading names a day or a month of a year
// ("Board away-day, 18 September 2025").
func hasDayOrMonth(h string) bool {
	for _, t := range tempex.Tag(h, tempex.Options{}) {
		if (t.Type == tempex.Date || t.Type == tempex.Time) && t.Date.Prec >= timeline.Month && t.Date.Year != 0 {
			return true
		}
	}
	return false
}

// definedDates finds the days the document defines by name (`1 April
// 2025 (the "Effective Date")`), for the amounts counted from them.
func definedDates(doc *timeline.Document, opt Options) map[string]timeline.Date {
	text, ref := docSample(doc, opt, true)
	return tempex.DefinedDates(text, tempex.Options{Ref: ref, Mode: tempex.News, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
}

// docSample returns the text of doc's sections, up to about modeSample
// bytes, headings and citation lines left out when bodyOnly is set, with
// the reference date of its first section that has one (or opt.Ref).
func docSample(doc *timeline.Document, opt Options, bodyOnly bool) (string, timeline.Date) {
	var b strings.Builder
	var ref timeline.Date
	for i := range doc.Sections {
		sec := &doc.Sections[i]
		if bodyOnly && (sec.Kind == timeline.CitationLine || sec.Kind == timeline.Heading) {
			continue
		}
		if ref.IsZero() {
			ref = sec.Citation.Date
		}
		b.WriteString(sec.Text)
		b.WriteString("\n\n")
		if b.Len() > modeSample {
			break
		}
	}
	if ref.IsZero() {
		ref = opt.Ref
	}
	return b.String(), ref
}

// weekOne returns the Monday of the week the document numbers 1, when it
// says which ("WEEKLY SCHEDULE (Week 1 is the week of August 25)", in a
// syllabus updated August 18, 2025); see tempex.WeekOne.
func weekOne(doc *timeline.Document, opt Options) timeline.Date {
	text, ref := docSample(doc, opt, false)
	if lower := strings.ToLower(text); !strings.Contains(lower, "week 1") && !strings.Contains(lower, "week one") {
		return timeline.Date{}
	}
	return tempex.WeekOne(text, tempex.Options{Ref: ref, Mode: tempex.News, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
}

// modeKey names the source a section comes from, for its anchoring mode.
func modeKey(sec *timeline.Section, ref timeline.Date) string {
	c := &sec.Citation
	return c.Title + "\x00" + c.Outlet + "\x00" + c.URL + "\x00" + ref.String()
}

// modeSample bounds the text of one source that the mode is guessed on.
const modeSample = 256 << 10

// guessModes decides the anchoring mode of each source of doc not decided
// yet, on the text of all its sections (up to modeSample bytes).
func guessModes(doc *timeline.Document, opt Options, modes map[string]tempex.Mode) {
	texts := map[string]*strings.Builder{}
	refs := map[string]timeline.Date{}
	var order []string
	for i := range doc.Sections {
		sec := &doc.Sections[i]
		if sec.Kind == timeline.CitationLine || sec.Kind == timeline.Heading {
			continue
		}
		ref := sec.Citation.Date
		if ref.IsZero() {
			ref = opt.Ref
		}
		key := modeKey(sec, ref)
		if _, done := modes[key]; done {
			continue
		}
		b := texts[key]
		if b == nil {
			b = &strings.Builder{}
			texts[key] = b
			refs[key] = ref
			order = append(order, key)
		}
		if b.Len() < modeSample {
			if sec.Heading != "" {
				b.WriteString(sec.Heading)
				b.WriteString(".\n\n")
			}
			b.WriteString(sec.Text[:min(len(sec.Text), modeSample-b.Len())])
			b.WriteString("\n\n")
		}
	}
	for _, key := range order {
		modes[key] = tempex.GuessMode(texts[key].String(), tempex.Options{Ref: refs[key], DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
	}
}

// tagSection tags a section's text. A heading that holds a number (a
// year: "## 1969") is read first, as the context a history gives its
// paragraphs ("On 20 July, Apollo 11 landed" under "1969"), and its own
// expressions are then dropped: headings are titles, not events.
//
// Under a heading that is a period and nothing else ("2019", "1900s",
// "March 1969"), each item that a date opens ("4 March: ...", "Late
// June – ...", "1907 – ...") is read afresh from the heading: a year an
// item mentions ("citing a 1932 agreement") dates that item's sentences,
// never the items after it.
// eventDays reports whether a and b bound a few days of one event: days
// of a month at most apart ("2–3 June 2025").
func eventDays(a, b timeline.Date) bool {
	if a.Prec != timeline.Day || b.Prec != timeline.Day || a.IsVague() || b.IsVague() {
		return false
	}
	ta, _ := a.Bounds()
	tb, _ := b.Bounds()
	return !ta.IsZero() && tb.After(ta) && tb.Sub(ta) <= 31*24*time.Hour
}

func tagSection(sec timeline.Section, opt Options, topt tempex.Options) []tempex.Timex {
	tag := opt.tagger()
	if sec.Heading == "" || !strings.ContainsAny(sec.Heading, "0123456789") || strings.ContainsAny(sec.Heading, "\n") {
		return validTimexes(sec.Text, tag(sec.Text, topt))
	}
	prefix := sec.Heading + ".\n\n"
	all := tagUnder(tag, prefix, sec.Text, topt)
	period, ok := headingPeriod(sec.Heading)
	if !ok {
		return all
	}
	starts := itemStarts(sec.Text, all)
	if len(starts) == 0 {
		return all
	}
	out := make([]tempex.Timex, 0, len(all))
	yearLabel := "" // the last item's label that gave a year, under a coarser heading
	for k, a := range starts {
		b := len(sec.Text)
		if k+1 < len(starts) {
			b = starts[k+1]
		}
		base := len(out)
		tx := tagUnder(tag, prefix, sec.Text[a:b], topt)
		if period.Prec.Coarser(timeline.Year) && len(tx) > 0 {
			// "## 19th century" over "1848 – Uprising ..." and its
			// sub-items "12 March – Barricades ...": a label without its
			// year is of the year of the item above it
			if first := tx[0]; first.Date.IsZero() && yearLabel != "" {
				tx = tagUnder(tag, prefix+yearLabel+".\n\n", sec.Text[a:b], topt)
			} else if d := first.Date; d.Prec >= timeline.Year && !d.IsVague() && yearWritten(first.Text) {
				yearLabel = first.Text
				// (the last year the item writes: "2008–2011 – Construction
				// ...¶2011" over "21 March – Services begin" is 2011's)
				for n, x := range tx[1:] {
					if x.Date.Prec == timeline.Year && !x.Date.IsVague() && yearWritten(x.Text) && x.Start > first.End && n+1 != first.RangeEnd {
						yearLabel = x.Text
					}
				}
			}
		}
		for _, t := range tx {
			t.Start += a
			t.End += a
			if t.RangeEnd >= 0 {
				t.RangeEnd += base
			}
			out = append(out, t)
		}
	}
	return out
}

// foldClocks joins a clock time to the day written just before it in the
// same clause, the day it took: "on Tuesday, probably at 3 p.m.", "next
// Wednesday btw, 2:30" are one date (the tagger reads "Friday, 19
// September, at 10 a.m." whole; a few words between leave the two apart).
// Only commas and words that hedge or place a time may come between: "on
// Tuesday; the flight leaves at 3 p.m." stays two.
func foldClocks(text string, tx []tempex.Timex) []tempex.Timex {
	var drop []int
	for k := 0; k+1 < len(tx); k++ {
		a, b := tx[k], tx[k+1]
		if a.Type != tempex.Date || b.Type != tempex.Time || a.Date.Prec != timeline.Day || b.Date.Prec < timeline.Hour ||
			a.RangeEnd >= 0 || b.RangeEnd >= 0 || a.Date.Mod != timeline.ModNone || b.Date.DayOf() != a.Date || (k > 0 && tx[k-1].RangeEnd == k) ||
			b.Start <= a.End || b.Start-a.End > 30 || !clockOnly(b.Text) {
			continue
		}
		if !clockGap(text[a.End:b.Start]) {
			continue
		}
		tx[k].End, tx[k].Text = b.End, text[a.Start:b.End]
		tx[k].Type, tx[k].Value, tx[k].Date, tx[k].Zone = b.Type, b.Value, b.Date, b.Zone
		drop = append(drop, k+1)
		k++
	}
	return dropTimexes(tx, drop)
}

// dropTimexes removes from tx the expressions at the indexes drop (in
// order), which the one before each took in, and renumbers the ranges'
// ends.
func dropTimexes(tx []tempex.Timex, drop []int) []tempex.Timex {
	if len(drop) == 0 {
		return tx
	}
	remap := make([]int, len(tx))
	out := tx[:0]
	d := 0
	for i := range tx {
		if d < len(drop) && drop[d] == i {
			remap[i] = -1
			d++
			continue
		}
		remap[i] = len(out)
		out = append(out, tx[i])
	}
	for i := range out {
		if out[i].RangeEnd >= 0 {
			out[i].RangeEnd = remap[out[i].RangeEnd]
		}
	}
	return out
}

// eitherDates makes "1958 or 1959", "May or June 1944" a span from the
// first to the second: the event is in one of them, which the text does
// not say, and two events would invent one.
func eitherDates(text string, tx []tempex.Timex) {
	for k := 0; k+1 < len(tx); k++ {
		a, b := tx[k], tx[k+1]
		if a.Type != tempex.Date || b.Type != tempex.Date || a.RangeEnd >= 0 || b.RangeEnd >= 0 || (k > 0 && tx[k-1].RangeEnd == k) ||
			a.Date.IsZero() || b.Date.IsZero() || a.Date.IsVague() || b.Date.IsVague() || a.Date.Prec != b.Date.Prec ||
			b.Start < a.End || text[a.End:b.Start] != " or " || timeline.Compare(a.Date, b.Date) >= 0 {
			continue
		}
		tx[k].RangeEnd = k + 1
		k++
	}
}

// eitherDays makes "on Friday 21 or Saturday 22 March", "on 3 or 4
// April" one expression: the first day, approximate (mod APPROX), its
// words naming the other. The event is on one of the two days, which the
// text does not say: a span from the first to the second would tell of a
// sale held over both, and two events would invent one. A clock time
// after the pair ("Thursday 13 or Friday 14 March at 7pm", which
// foldClocks put on the second day) is the time of either day, so of the
// first. Days out of order or more than a year apart are left as they
// are.
func eitherDays(text string, tx []tempex.Timex) []tempex.Timex {
	var drop []int
	for k := 0; k+1 < len(tx); k++ {
		a, b := tx[k], tx[k+1]
		if a.Type != tempex.Date || a.Date.Prec != timeline.Day || b.Date.Prec < timeline.Day || b.Type != tempex.Date && b.Type != tempex.Time ||
			a.Date.Mod != timeline.ModNone || b.Date.Mod != timeline.ModNone || a.Date.IsVague() || b.Date.IsVague() ||
			a.RangeEnd >= 0 || b.RangeEnd >= 0 || (k > 0 && tx[k-1].RangeEnd == k) || b.Start < a.End || !eitherGapRe.MatchString(text[a.End:b.Start]) {
			continue
		}
		ad, ok1 := a.Date.Time()
		bd, ok2 := b.Date.DayOf().Time()
		if !ok1 || !ok2 || !bd.After(ad) || bd.Sub(ad) > 366*24*time.Hour {
			continue
		}
		d := a.Date
		if b.Type == tempex.Time {
			// the clock time of the second, on the first day
			d = b.Date
			d.Year, d.Month, d.Day = a.Date.Year, a.Date.Month, a.Date.Day
		}
		d.Mod = timeline.ModApprox
		v := d
		v.HasZone, v.Zone, v.Mod = false, 0, timeline.ModNone
		if st := a.Start - len("either "); st >= 0 && strings.EqualFold(text[st:a.Start], "either ") && (k == 0 || tx[k-1].End <= st) {
			tx[k].Start = st // "on either Friday 21 or Saturday 22 March": the pair's words
		}
		tx[k].End, tx[k].Text = b.End, text[tx[k].Start:b.End]
		tx[k].Type, tx[k].Value, tx[k].Date, tx[k].Zone, tx[k].Mod = b.Type, v.String(), d, b.Zone, timeline.ModApprox
		drop = append(drop, k+1)
		k++
	}
	return dropTimexes(tx, drop)
}

// eitherGapRe is what stands between two days one of which is meant: "
// or ", ", or ", " or on ".
var eitherGapRe = regexp.MustCompile(`^,? or (?:on )?$`)

// atTheNounRe is the happening a sentence's clock times are at, named
// by its noun: "At the meeting, oral presentations will be heard between
// 1 p.m. and 2 p.m.", "at the hearing".
var atTheNounRe = regexp.MustCompile(`(?i)\bat\s+the\s+(\p{Ll}{4,})\b`)

// atTheTimeWords are nouns after "at the" that name a time, no
// happening: "at the time", "at the latest".
var atTheTimeWords = map[string]bool{"time": true, "times": true, "latest": true, "earliest": true, "moment": true, "same": true, "weekend": true,
	"week": true, "month": true, "year": true, "start": true, "beginning": true, "outset": true}

// clocksAtNamed moves the clock times of a sentence that gives no day of
// its own and says they are at a happening it names ("At the meeting,
// ... between 1 p.m. and 2 p.m.") to the day a sentence just before
// dated that happening by ("The meeting will be held on October 16,
// 2025."), when the tagger put them on another, the last day told
// ("Comments are due by October 2, 2025."). The times keep their order:
// all move by as many days.
func clocksAtNamed(text string, sents []Segment, tx []tempex.Timex) {
	for si, s := range sents {
		first := -1
		for k, t := range tx {
			if t.Start >= s.End {
				break
			}
			if t.Start < s.Start {
				continue
			}
			if t.Type != tempex.Time || !clockOnly(t.Text) || t.Date.Prec < timeline.Hour {
				first = -1 // (a day the sentence writes: its own)
				break
			}
			if first < 0 {
				first = k
			}
		}
		if first < 0 {
			continue
		}
		m := atTheNounRe.FindStringSubmatch(text[s.Start:tx[first].Start])
		if m == nil || atTheTimeWords[strings.ToLower(m[1])] {
			continue
		}
		day, ok := dayOfNamed(text, sents, tx, si, strings.ToLower(m[1]))
		old, ok2 := tx[first].Date.DayOf().Time()
		nd, ok3 := day.Time()
		if !ok || !ok2 || !ok3 || nd.Equal(old) {
			continue
		}
		shift := int(nd.Sub(old).Hours() / 24)
		for k := first; k < len(tx) && tx[k].Start < s.End; k++ {
			tm, ok := tx[k].Date.Time()
			if !ok {
				continue
			}
			d := timeline.FromTime(tm.AddDate(0, 0, shift), tx[k].Date.Prec)
			d.HasZone, d.Zone, d.Mod = tx[k].Date.HasZone, tx[k].Date.Zone, tx[k].Date.Mod
			v := d
			v.HasZone, v.Zone = false, 0
			tx[k].Date, tx[k].Value = d, v.String()
		}
	}
}

// clockWithDayedClock gives a clock time the tagger left without a day
// the day written right after a later clock time of its sentence, joined
// to it by ", with": "Doors open at 7pm, with the band on stage at 21:15
// on Saturday 12 October 2019" is 7pm of that Saturday. Only a time
// earlier in that day than the later one moves.
func clockWithDayedClock(text string, tx []tempex.Timex) {
	for k := 0; k+2 < len(tx); k++ {
		a, b, d := tx[k], tx[k+1], tx[k+2]
		if a.Type != tempex.Time || !strings.HasPrefix(a.Value, "XXXX-XX-XXT") || b.Type != tempex.Time || !clockOnly(b.Text) || b.Date.Prec < timeline.Hour ||
			d.Type != tempex.Date || d.Date.Prec != timeline.Day || d.Date.Mod != timeline.ModNone || d.Date.DayOf() != b.Date.DayOf() ||
			a.End > b.Start || b.End > d.Start || !onGapRe.MatchString(text[b.End:d.Start]) || !withClockGapRe.MatchString(text[a.End:b.Start]) {
			continue
		}
		if len(a.Value) != len("XXXX-XX-XXT00:00") || a.Value[13] != ':' {
			continue
		}
		hh, err1 := strconv.Atoi(a.Value[11:13])
		mm, err2 := strconv.Atoi(a.Value[14:16])
		if err1 != nil || err2 != nil {
			continue
		}
		if hh*60+mm >= b.Date.Hour*60+b.Date.Minute {
			continue
		}
		day := b.Date.DayOf()
		nd := timeline.Date{Prec: timeline.Minute, Year: day.Year, Month: day.Month, Day: day.Day, Hour: hh, Minute: mm}
		tx[k].Date, tx[k].Value = nd, nd.String()
	}
}

// withClockGapRe is the words between two clock times of one moment's
// happenings: ", with the band on stage at "; onGapRe those between a
// time and its day: " on ".
var (
	withClockGapRe = regexp.MustCompile(`^,\s+with\s+[^.;:!?()\n]{1,60}\s$`)
	onGapRe        = regexp.MustCompile(`^\s+on\s+$`)
)

// dayOfNamed returns the one day, written without a mod, that the nearest
// of the three sentences before sentence si naming noun ("The meeting
// will be held on October 16, 2025.") tells.
func dayOfNamed(text string, sents []Segment, tx []tempex.Timex, si int, noun string) (timeline.Date, bool) {
	re := regexp.MustCompile(`(?i)\bthe\s+` + regexp.QuoteMeta(noun) + `\b`)
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		ps := sents[p]
		if !re.MatchString(text[ps.Start:ps.End]) {
			continue
		}
		var day timeline.Date
		for _, t := range tx {
			if t.Start >= ps.Start && t.End <= ps.End && (t.Type == tempex.Date || t.Type == tempex.Time) && t.Date.Prec >= timeline.Day {
				if t.Date.IsVague() || t.Date.Mod != timeline.ModNone || !day.IsZero() && day != t.Date.DayOf() {
					return timeline.Date{}, false
				}
				day = t.Date.DayOf()
			}
		}
		return day, !day.IsZero()
	}
	return timeline.Date{}, false
}

// pairedDays makes "September 19 and 20", "19 and 20 September" (two days
// in a row that share their month's name) a span from the first to the
// second: a meeting or a visit held over both, one event, as "19-20
// September" is. Days not in a row ("May 3 and 17") and longer lists
// ("May 3, 4 and 5") stay apart.
func pairedDays(text string, tx []tempex.Timex) {
	for k := 0; k+1 < len(tx); k++ {
		a, b := tx[k], tx[k+1]
		if pairedMonths(text, tx, k) {
			tx[k].RangeEnd = k + 1
			k++
			continue
		}
		if n := dayRun(text, tx, k); n > 0 {
			tx[k].RangeEnd = k + n
			k += n
			continue
		}
		if a.Type != tempex.Date || b.Type != tempex.Date || a.RangeEnd >= 0 || b.RangeEnd >= 0 || (k > 0 && tx[k-1].RangeEnd == k) ||
			a.Date.Prec != timeline.Day || b.Date.Prec != timeline.Day || a.Date.Mod != timeline.ModNone || b.Date.Mod != timeline.ModNone ||
			b.Start < a.End || (text[a.End:b.Start] != " and " && text[a.End:b.Start] != " & ") || !a.Date.End().Equal(b.Date.Start()) ||
			!bareNumber(a.Text) && !bareNumber(b.Text) && !(weekdayOpens(a.Text) && weekdayOpens(b.Text) && !strings.ContainsAny(a.Text+b.Text, "0123456789")) {
			continue
		}
		if k > 0 && listDay(tx[k-1]) && tx[k-1].End <= a.Start && listGapText(text[tx[k-1].End:a.Start]) || k+2 < len(tx) && listDay(tx[k+2]) && b.End <= tx[k+2].Start && listGapText(text[b.End:tx[k+2].Start]) {
			continue // "May 3, 4 and 5", "19 and 20 and 27 June": a list of days
		}
		tx[k].RangeEnd = k + 1
		k++
	}
}

// addEras adds to tx the named eras of British history the text writes
// ("restored in the Victorian era": 1837 to 1901, see timeline.FindEras),
// which the tagger leaves alone: a TIMEX3 value names no such span. Each
// is a year with its last year as PeriodEnd; one the tagger read a date
// inside is left out.
func addEras(text string, tx []tempex.Timex) []tempex.Timex {
	eras := timeline.FindEras(text)
	if len(eras) == 0 {
		return tx
	}
	for _, e := range eras {
		k, _ := slices.BinarySearchFunc(tx, e.Start, func(t tempex.Timex, at int) int { return t.Start - at })
		if k > 0 && tx[k-1].End > e.Start || k < len(tx) && tx[k].Start < e.End {
			continue
		}
		t := tempex.Timex{Start: e.Start, End: e.End, Text: text[e.Start:e.End], Type: tempex.Date,
			Value: strconv.Itoa(e.Span.Start.Year), Date: e.Span.Start, PeriodEnd: e.Span.End, RangeEnd: -1}
		for j := range tx {
			if tx[j].RangeEnd >= k {
				tx[j].RangeEnd++
			}
		}
		tx = slices.Insert(tx, k, t)
	}
	return tx
}

// dayRun returns how many days follow tx[k] in a run of three or more
// days in a row that share the last one's month, listed with commas and a
// last "and": "on 6, 7 and 8 September 2022" is one span, from the first
// to the last, as "6-8 September 2022" is (but "May 3, 4 and 17" lists
// days apart). Every day but the last is a bare number; 0 when tx[k]
// opens no such run.
func dayRun(text string, tx []tempex.Timex, k int) int {
	a := tx[k]
	if a.Type != tempex.Date || a.RangeEnd >= 0 || a.Date.Prec != timeline.Day || a.Date.Mod != timeline.ModNone || !bareNumber(a.Text) ||
		k > 0 && (tx[k-1].RangeEnd == k || listDay(tx[k-1]) && tx[k-1].End <= a.Start && listGapText(text[tx[k-1].End:a.Start])) {
		return 0
	}
	prev := a
	for m := k + 1; m < len(tx) && m-k < 31; m++ {
		b := tx[m]
		if b.Type != tempex.Date || b.RangeEnd >= 0 || b.Date.Prec != timeline.Day || b.Date.Mod != timeline.ModNone || b.Start < prev.End ||
			!prev.Date.End().Equal(b.Date.Start()) {
			return 0
		}
		gap := text[prev.End:b.Start]
		if gap == " and " {
			if m-k < 2 || bareNumber(b.Text) || m+1 < len(tx) && listDay(tx[m+1]) && b.End <= tx[m+1].Start && listGapText(text[b.End:tx[m+1].Start]) {
				return 0 // (two days are pairedDays'; "6, 7 and 8, and 10 May" lists more)
			}
			return m - k
		}
		if gap != ", " || !bareNumber(b.Text) {
			return 0
		}
		prev = b
	}
	return 0
}

// weekdayOpens reports whether s opens with a weekday's name: "Tuesday",
// "Wednesday next week" (two days in a row named so, without their dates,
// share their week: "interviews on Tuesday and Wednesday next week" is
// one span; "Two training days are fixed: Monday 1 September and
// Tuesday 2 September 2025" lists two).
func weekdayOpens(s string) bool {
	switch strings.ToLower(strings.Trim(firstWord(s), ",.")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// pairedMonths reports whether tx[k] and tx[k+1] are two months in a row
// that a period spans: "throughout February and March 2025" (one span,
// as "February to March" is; "during April and May" may tell things of
// each, and stays a list).
func pairedMonths(text string, tx []tempex.Timex, k int) bool {
	a, b := tx[k], tx[k+1]
	if a.Type != tempex.Date || b.Type != tempex.Date || a.RangeEnd >= 0 || b.RangeEnd >= 0 || (k > 0 && tx[k-1].RangeEnd == k) ||
		a.Date.Prec != timeline.Month || b.Date.Prec != timeline.Month || a.Date.Mod != timeline.ModNone || b.Date.Mod != timeline.ModNone ||
		b.Start < a.End || text[a.End:b.Start] != " and " || !a.Date.End().Equal(b.Date.Start()) {
		return false
	}
	if k+2 < len(tx) && b.End <= tx[k+2].Start && listGapText(text[b.End:tx[k+2].Start]) {
		return false // "during June and July and in September"
	}
	return throughoutRe.MatchString(text[max(0, a.Start-16):a.Start])
}

// throughoutRe ends the words before a period that spans all of it.
var throughoutRe = regexp.MustCompile(`(?i)\b(?:throughout|across)\s+(?:the\s+months\s+of\s+)?$`)

// listDay reports whether t could be a third day of a list of days: a
// date to the day ("The first two days, 2 and 3 September": a length
// beside the pair lists no day).
func listDay(t tempex.Timex) bool {
	return (t.Type == tempex.Date || t.Type == tempex.Time) && t.Date.Prec >= timeline.Day
}

// bareNumber reports whether s is a number alone ("20"): a day that takes
// its month from the day listed beside it.
func bareNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// listGapText reports whether s is what stands between two items of a
// list: a comma, "and", "or", "&".
func listGapText(s string) bool {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), ","))
	return s == "" || s == "and" || s == "or" || s == "&"
}

// clockGap reports whether the text between a day and a clock time leaves
// them one date: commas, and words that hedge or place a time.
func clockGap(gap string) bool {
	if strings.ContainsAny(gap, ".;:!?\n()[]") {
		return false
	}
	words := strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(w) {
		case "at", "around", "about", "approximately", "approx", "roughly", "circa", "c.", "probably", "possibly", "likely", "maybe", "perhaps",
			"btw", "by", "from", "starting", "beginning", "sometime", "ideally", "latest", "earliest", "the", "again", "then", "time", "–", "-", "—":
		default:
			return false
		}
	}
	return true
}

// tagUnder tags text under a heading: prefix (the heading and a blank
// line) is read first, and its expressions are dropped.
func tagUnder(tag Tagger, prefix, text string, topt tempex.Options) []tempex.Timex {
	all := validTimexes(prefix+text, tag(prefix+text, topt))
	n := len(prefix)
	remap := make([]int, len(all))
	var out []tempex.Timex
	for i, t := range all {
		remap[i] = -1
		if t.Start < n {
			continue
		}
		remap[i] = len(out)
		t.Start -= n
		t.End -= n
		out = append(out, t)
	}
	for i := range out {
		if r := out[i].RangeEnd; r >= 0 {
			out[i].RangeEnd = remap[r]
		}
	}
	return out
}

// headingPeriod returns the period a heading states when it is a date
// and nothing else, written with its year and no finer than a month
// ("2019", "1900s", "19th century", "March 1969", "2019–2020"): the
// heading of a timeline's part, which dates the items under it.
func headingPeriod(heading string) (timeline.Date, bool) {
	h := strings.TrimSpace(heading)
	if h == "" || len(h) > 40 || !strings.ContainsAny(h, "0123456789") || strings.Contains(h, "\n") || !tempex.IsDate(h) || openPeriodRe.MatchString(h) {
		return timeline.Date{}, false
	}
	for _, t := range tempex.Tag(h, tempex.Options{}) {
		if t.Type != tempex.Date || t.Date.IsZero() || t.Date.IsVague() {
			continue
		}
		if t.Date.Prec.Coarser(timeline.Week) && !strings.Contains(t.Value, "X") {
			return t.Date, true
		}
		break
	}
	return timeline.Date{}, false
}

// onwardsAfterRe is "onwards" right after a date: "from 13 October
// onwards".
var onwardsAfterRe = regexp.MustCompile(`^\s+onwards?\b`)

// nextAfterRe is "next" after a named day, feast or month at a clause's
// end, as older English wrote "next Michaelmas": "after Michaelmas next."
var nextAfterRe = regexp.MustCompile(`^ next(?:[.,;:)]|$)`)

// yearTailRe is the last digits of a second year written short after a
// year: "1846-7", "1914–18".
var yearTailRe = regexp.MustCompile(`^[-–/]\d{1,2}\b`)

// isYearEnd reports whether s ends with a year of four digits.
func isYearEnd(s string) bool {
	if len(s) < 4 || len(s) > 4 && unicode.IsDigit(rune(s[len(s)-5])) {
		return false
	}
	for _, c := range s[len(s)-4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// inclusiveAfterRe is "inclusive" right after a date: "from 4-7 April
// inclusive", "until 30 June inclusive".
var inclusiveAfterRe = regexp.MustCompile(`^,?\s+inclusive\b`)

// openPeriodRe finds the words of a heading that opens a period with no
// end ("2026 and beyond", "2030 onwards", "2027+"): no period its items
// are dated by.
var openPeriodRe = regexp.MustCompile(`(?i)\b(?:and\s+beyond|beyond|onwards?|and\s+later|and\s+after|later)\b|\d\+`)

// weekOfRe opens the day that names a week: "week of 3 March", "w/c
// 17 November", "week commencing ...".
var weekOfRe = regexp.MustCompile(`(?i)\b(?:week\s+(?:of|commencing|beginning|starting)|w/c|w\.c\.)\s*$`)

// headingWeek returns the Monday of the week a heading names ("Week 1 (w/c
// 8 September 2025)", "Week of 3 March 2025").
func headingWeek(heading string) (timeline.Date, bool) {
	h := strings.TrimSpace(heading)
	if h == "" || len(h) > 60 || !strings.ContainsAny(h, "0123456789") || !strings.Contains(strings.ToLower(h), "w") {
		return timeline.Date{}, false
	}
	for _, t := range tempex.Tag(h, tempex.Options{}) {
		if t.Type != tempex.Date || t.Date.IsZero() {
			continue
		}
		var day time.Time
		switch {
		case t.Date.Prec == timeline.Week && !t.Date.Weekend:
			day = t.Date.Start()
		case t.Date.Prec == timeline.Day && weekOfRe.MatchString(h[:t.Start]):
			day = t.Date.Start()
		default:
			continue
		}
		mon := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
		return timeline.FromTime(mon, timeline.Day), true
	}
	return timeline.Date{}, false
}

// reportWeek returns the week a document says it reports on, in its title
// or in a line of its head, before its text begins ("Reporting period:
// Epidemiological week 32 (7–13 August 2023)"); see titleWeek.
func reportWeek(doc *timeline.Document, ref timeline.Date, dayFirst bool) timeline.Date {
	if w := titleWeek(doc.Title, ref, dayFirst); !w.IsZero() {
		return w
	}
	for si := 0; si < len(doc.Sections) && si < 6; si++ {
		sec := &doc.Sections[si]
		if sec.Kind != timeline.Heading && sec.Kind != timeline.CitationLine {
			break
		}
		if w := titleWeek(sec.Text, ref, dayFirst); !w.IsZero() {
			return w
		}
	}
	return timeline.Date{}
}

// titleWeek returns the week a document's title says the document reports
// on, read against its reference date: "Cholera Situation Report,
// epidemiological week 32 (7-13 August 2023)", "Weekly bulletin, calendar
// week 34". The title must name one week and no other time, but the days
// of that week (a day more or less, for a week counted from Sunday).
func titleWeek(title string, ref timeline.Date, dayFirst bool) timeline.Date {
	h := strings.TrimSpace(title)
	if h == "" || len(h) > 160 || !strings.ContainsAny(h, "0123456789") || !strings.Contains(strings.ToLower(h), "w") {
		return timeline.Date{}
	}
	var week timeline.Date
	var days []timeline.Date
	for _, t := range tempex.Tag(h, tempex.Options{Ref: ref, Mode: tempex.News, DayFirst: dayFirst}) {
		switch {
		case t.Type == tempex.Date && t.Date.Prec == timeline.Week && !t.Date.Weekend && week.IsZero():
			week = t.Date
		case t.Type == tempex.Date && t.Date.Prec == timeline.Day:
			days = append(days, t.Date)
		default:
			return timeline.Date{}
		}
	}
	if week.IsZero() {
		return timeline.Date{}
	}
	ws, we := week.Bounds()
	for _, d := range days {
		if ds, _ := d.Bounds(); ds.IsZero() || ds.Before(ws.AddDate(0, 0, -1)) || !ds.Before(we) {
			return timeline.Date{}
		}
	}
	return week
}

// monthHeading returns the month a heading names alone ("September",
// "## March"), else 0.
func monthHeading(heading string) int {
	h := strings.Trim(heading, " \t*_#:.")
	if h == "" || len(h) > 12 || strings.ContainsAny(h, " 0123456789") {
		return 0
	}
	tx := tempex.Tag(h, tempex.Options{})
	if len(tx) != 1 || tx[0].Start != 0 || tx[0].End != len(h) || tx[0].Type != tempex.Date {
		return 0
	}
	v := tx[0].Value
	if len(v) != 7 || !strings.HasPrefix(v, "XXXX-") {
		return 0
	}
	m, err := strconv.Atoi(v[5:])
	if err != nil || m < 1 || m > 12 {
		return 0
	}
	return m
}

// headingDayRe is the value of a day of a month of no year.
var headingDayRe = regexp.MustCompile(`^XXXX-(\d\d)-(\d\d)$`)

// headingMonthDay returns the day of the year a heading names with no
// year and nothing else ("15 February", "On 15 February", "Feb. 15th"):
// the day of an almanac's section, whose items are labelled by year.
func headingMonthDay(heading string) (month, day int, ok bool) {
	h := strings.Trim(heading, " \t*_#:.")
	if h == "" || len(h) > 30 || !strings.ContainsAny(h, "0123456789") || strings.Contains(h, "\n") {
		return 0, 0, false
	}
	tx := tempex.Tag(h, tempex.Options{})
	if len(tx) != 1 || tx[0].Type != tempex.Date || tx[0].End != len(h) || !(tx[0].Start == 0 || strings.EqualFold(h[:tx[0].Start], "on ")) {
		return 0, 0, false
	}
	m := headingDayRe.FindStringSubmatch(tx[0].Value)
	if m == nil {
		return 0, 0, false
	}
	month, _ = strconv.Atoi(m[1])
	day, _ = strconv.Atoi(m[2])
	return month, day, month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// itemStarts returns where the items of text that open with a date label
// start ("4 March: ...", "Late June – ...", "- 1907 – ..."): a line whose
// first expression stands at its start, after a list bullet at most, and
// is followed by a colon or a dash. The first item's start is 0 when
// text does not open with one. tx are the expressions of text, in order.
func itemStarts(text string, tx []tempex.Timex) []int {
	var starts []int
	line := 0 // start of the line of the last expression looked at
	seen := -1
	for i := range tx {
		t := &tx[i]
		if t.Type != tempex.Date && t.Type != tempex.Time {
			continue
		}
		if j := strings.LastIndexByte(text[line:t.Start], '\n'); j >= 0 {
			line += j + 1
		}
		if line == seen {
			continue // not the line's first expression
		}
		seen = line
		end := t.End
		if r := t.RangeEnd; r > i && r < len(tx) && tx[r].Start >= t.End {
			end = tx[r].End
		}
		if !isLabel(text, line, t.Start, end) {
			continue
		}
		if len(starts) == 0 && line > 0 {
			starts = append(starts, 0)
		}
		starts = append(starts, line)
	}
	return starts
}

// untilWordAt returns where the "until" (till, through, to) that opens a
// range's end begins when text[from:to] holds words of the event before it
// ("and runs until "); -1 when it holds only the range's own words ("
// to ", "–", " and " after "between").
func untilWordAt(text string, from, to int) int {
	gap := strings.TrimRight(text[from:to], " ")
	k := strings.LastIndexByte(gap, ' ')
	if k < 0 {
		return -1
	}
	switch strings.ToLower(gap[k+1:]) {
	case "until", "till", "through", "thru", "to":
	default:
		return -1
	}
	if len(strings.Fields(gap[:k])) < 2 {
		return -1
	}
	return from + k + 1
}

// splitYearEnd returns where a date that ends at end ends when it goes on
// with the second part of a split year ("the winter of 1946/47",
// "1998/1999 season"): that part is written with the date, never left in
// a headline as "/47 was brutal". lim bounds the sentence.
func splitYearEnd(text string, end, lim int) int {
	if end < 4 || end+3 > lim || text[end] != '/' {
		return end
	}
	for i := end - 4; i < end; i++ {
		if text[i] < '0' || text[i] > '9' {
			return end
		}
	}
	if end > 4 && text[end-5] >= '0' && text[end-5] <= '9' {
		return end
	}
	n := 0
	for end+1+n < lim && text[end+1+n] >= '0' && text[end+1+n] <= '9' {
		n++
	}
	if n != 2 && n != 4 {
		return end
	}
	if j := end + 1 + n; j < lim && (text[j] == '/' || unicode.IsLetter(rune(text[j]))) {
		return end
	}
	return end + 1 + n
}

// isLabel reports whether the date text[start:end] is the label of an
// item that opens at from: nothing but a list bullet before it, a colon
// or a dash after it ("4 March: ...", "- Late June – ...", "1907 – ...").
func isLabel(text string, from, start, end int) bool {
	lead := strings.TrimLeft(text[from:start], " \t")
	lead = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(lead, "-"), "*"), "•"), " \t")
	if lead != "" {
		return false
	}
	after := strings.TrimLeft(text[end:], " \t")
	return strings.HasPrefix(after, ":") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "- ") ||
		(strings.HasPrefix(text[end:], "  ") || strings.HasPrefix(text[end:], "\t")) && after != "" && after[0] != '\n' // ("1066        Battle of Hastings")
}

// cellLabel reports whether the date text[start:end] fills the first cell
// of a table's row that opens at from, as its reader writes the row
// ("1819 | Soldiers charge a crowd on 16 August | ..."): the row's label.
func cellLabel(text string, from, start, end int) bool {
	return strings.TrimLeft(text[from:start], " \t") == "" && strings.HasPrefix(text[end:], " | ")
}

// bracketLabel reports whether the date text[start:end] is in brackets
// after a short name that opens its line, the colon after the bracket:
// "FD2 (Wed 13 May): Docking with Harbor station at 14:20 UTC", "Day 3
// (Tue 5 March): ...", a log's entry labelled by its name and its day.
func bracketLabel(text string, from, start, end int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	from = max(from, ls)
	lead, ok := strings.CutSuffix(strings.TrimRight(text[from:start], " \t"), "(")
	if !ok || !strings.HasPrefix(strings.TrimLeft(text[end:], " \t"), "):") {
		return false
	}
	lead = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimLeft(lead, " \t"), "-"), "*"), " \t")
	ws := strings.Fields(lead)
	return len(ws) >= 1 && len(ws) <= 2 && !strings.ContainsAny(lead, "()[],;:.") && !hasVerb(ws)
}

// foldIntoLabel makes one event of an item that a date label opens and
// that tells its date again, more precisely, later on: "1907 – The
// extension opens on 1 June" is 1907-06-01, not 1907 and 1907-06-01. A
// later date that writes no year and lies within the label's period is
// the label's event: the finer one stands for both, and one no finer
// ("1916 – ... (c. 40 by the end of the year)") is dropped. A deadline
// after the label ("1934 – The council votes to replace trams by 1940")
// bounds what the item's event decided and is no event of its own.
func foldIntoLabel(text string, s Segment, cs []cand) []cand {
	row := len(cs) >= 2 && cellLabel(text, s.Start, cs[0].t.Start, cs[0].end)
	if len(cs) < 2 || !row && !isLabel(text, s.Start, cs[0].t.Start, cs[0].end) && !bracketLabel(text, s.Start, cs[0].t.Start, cs[0].end) {
		return cs
	}
	lab := cs[0].span
	if lab.IsRange() || lab.Start.IsVague() {
		return cs
	}
	out := make([]cand, 0, len(cs))
	keepLabel := true
	for _, c := range cs[1:] {
		if row && lab.Start.Prec == timeline.Year && rowDayOfYear(c, lab.Start.Year) {
			// "| 1889 | The tower opens on 31 March |": a day the row
			// writes without its year is in the row's year, as after a
			// dash ("1889 – The tower opens on 31 March"), not the one
			// the document's date gives it (was 2025-03-31)
			c.span.Start.Year = lab.Start.Year
		}
		d := c.span.Start
		prep := strings.ToLower(strings.TrimSpace(text[c.start:c.t.Start]))
		switch {
		case row && (c.start <= cs[0].end || strings.Count(text[cs[0].end:c.start], " | ") > 1 || d.Prec < timeline.Day):
			// (a row's later cell, its consequences or notes, tells
			// another event: "1833 | ... | Inspectors appointed in
			// October"; and a month or a season in the row's period gives
			// a figure of its own: "Q4 2024 | Record demand: 5,100
			// parcels in December alone")
		case prep == "by" && !c.span.IsRange() && d.Mod == timeline.ModOnOrBefore && lab.Start.End().Before(d.End()):
			continue // a deadline
		case !c.span.IsRange() && !clockYearWritten(c.t) && lab.Start.Contains(d):
			if !lab.Start.Prec.Coarser(d.Prec) {
				continue // the label's period again
			}
			keepLabel = false // told more precisely
		case !c.span.IsRange() && lab.Start.Prec >= timeline.Hour && d.Prec >= timeline.Hour && !yearWritten(c.t.Text) && nearLabelTime(text, s, c, lab.Start):
			continue // the label's time told again roughly: "23:55 — Shortly before midnight, the leaders appear"
		case c.span.IsRange() && !yearWritten(c.t.Text) && lab.Start.Prec == timeline.Day && d.Prec >= timeline.Hour && lab.Start.Contains(d) &&
			c.span.End.Start().After(d.Start()) && c.span.End.Start().Sub(d.Start()) < 24*time.Hour:
			keepLabel = false // its hours, into the night after it: "Sat 12 July: Soul Revue night, doors 9pm till 2am"
		case c.span.IsRange() && !yearWritten(c.t.Text) && lab.Start.Prec <= timeline.Year && lab.Start.Prec.Coarser(d.Prec) &&
			lab.Start.Contains(d) && lab.Start.Contains(c.span.End):
			keepLabel = false // its days, inside its year: "1666: The Great Fire of London (2–6 September)"
		}
		out = append(out, c)
	}
	if keepLabel {
		out = append([]cand{cs[0]}, out...)
	}
	return out
}

// rowDayOfYear reports whether c, a date in a table's row whose first
// cell is the year y, is a month or a day written by its name without a
// year ("31 March", "June") and resolved into another year: one to move
// into y. Not a date told relative to another ("next March"), nor a day
// y has not (29 February).
func rowDayOfYear(c cand, y int) bool {
	d := c.span.Start
	if c.span.IsRange() || d.Prec != timeline.Month && d.Prec != timeline.Day || d.Year == y || y <= 0 ||
		yearWritten(c.t.Text) || !namesMonth(c.t.Text) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(c.t.Text)) {
		switch w {
		case "next", "last", "this", "coming", "following", "previous", "that", "same", "ago", "later", "earlier":
			return false
		}
	}
	return d.Prec == timeline.Month || time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Day() == d.Day
}

// nearLabelTime reports whether c, a time of day, tells the time of the
// label that opens its item (lab) again roughly: "shortly before
// midnight" under "23:55", "around 14:00" under "13:58", "just after
// noon" under "12:04" (within an hour, on the side the words say).
func nearLabelTime(text string, s Segment, c cand, lab timeline.Date) bool {
	m := roughLabelTimeRe.FindStringSubmatch(strings.ToLower(text[max(s.Start, c.t.Start-24):c.t.Start]))
	if m == nil && c.span.Start.Mod != timeline.ModApprox {
		return false
	}
	ct, lt := c.span.Start.Start(), lab.Start()
	if ct.IsZero() || lt.IsZero() {
		return false
	}
	gap := ct.Sub(lt)
	if gap < -time.Hour || gap > time.Hour {
		return false
	}
	if m != nil {
		switch m[1] {
		case "before":
			return gap >= 0
		case "after":
			return gap <= 0
		}
	}
	return true
}

// roughLabelTimeRe ends the words before a time said roughly: "shortly
// before ", "just after ", "around ", "at about ".
var roughLabelTimeRe = regexp.MustCompile(`(?:^|\s)(?:(?:shortly|just|soon|right|a little|a few minutes|minutes)\s+)?(before|after|around|about|approximately|circa|towards?|nearly|almost)\s+$`)

// fillFromNews resolves, against the section's own date, the expressions
// the tagger left unresolved when it read a dated section as a narrative
// ("on Wednesday" in a news report that also tells of 1821): a source's
// relative expressions resolve against its date. Resolved values are never
// changed. news is called only when something is unresolved.
func fillFromNews(tx []tempex.Timex, news func() []tempex.Timex) {
	var again []tempex.Timex
	for i := range tx {
		t := &tx[i]
		if (t.Type != tempex.Date && t.Type != tempex.Time) || !t.Date.IsZero() || !strings.Contains(t.Value, "X") {
			continue
		}
		if again == nil {
			again = news()
		}
		for _, u := range again {
			if u.Start == t.Start && u.End == t.End && u.Date.Prec != timeline.PrecisionNone {
				t.Value, t.Date, t.Mod = u.Value, u.Date, u.Mod
				break
			}
		}
	}
}

// joinAcross joins the sentences a temporal expression runs across: the
// tagger's reading of "Dec. 13" wins over a sentence break after "Dec.".
// It is linear: the expressions are visited in order of their start.
func joinAcross(sents []Segment, tx []tempex.Timex) []Segment {
	if len(sents) < 2 {
		return sents
	}
	spans := make([]Segment, len(tx))
	for i, t := range tx {
		spans[i] = Segment{t.Start, t.End}
	}
	slices.SortFunc(spans, func(a, b Segment) int { return cmp.Compare(a.Start, b.Start) })
	out := sents[:1]
	k := 0 // the first expression that may start in the last sentence
	for _, s := range sents[1:] {
		last := &out[len(out)-1]
		for k < len(spans) && spans[k].Start < last.Start {
			k++
		}
		crossed := false
		for j := k; j < len(spans) && spans[j].Start < last.End; j++ {
			if spans[j].End > s.Start {
				crossed = true
				break
			}
		}
		if crossed {
			last.End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

// validTimexes drops what a tagger should never return (spans out of
// range or not on rune boundaries) so that a tagger bug cannot make
// extraction panic.
func validTimexes(text string, in []tempex.Timex) []tempex.Timex {
	out := in[:0] // in place: the tagger's slice is ours
	remap := make([]int, len(in))
	for i, t := range in {
		remap[i] = -1
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End ||
			!utf8.RuneStart(text[t.Start]) || (t.End < len(text) && !utf8.RuneStart(text[t.End])) {
			continue
		}
		remap[i] = len(out)
		out = append(out, t)
	}
	for i := range out {
		if r := out[i].RangeEnd; r >= 0 {
			if r < len(remap) && remap[r] >= 0 {
				out[i].RangeEnd = remap[r]
			} else {
				out[i].RangeEnd = -1
			}
		}
	}
	return out
}

func publication(doc *timeline.Document, di int, sec timeline.Section, cit timeline.Citation) *item {
	text := strings.TrimSpace(sec.Text)
	if sec.Kind != timeline.CitationLine || text == "" {
		text = cit.Title
	}
	// The outlet is in the source column; the title names the piece.
	title := "Published: " + cleanHeadline(cit.Title)
	if cit.Title == "" {
		title = "Published: " + cit.Name()
	}
	pos := sec.Pos
	pos.File = doc.Name
	if pos.Line == 0 {
		pos = timeline.PositionAt(pos, "", 0)
	}
	return &item{
		ev: timeline.Event{
			Span:    timeline.Span{Start: cit.Date},
			Title:   shorten(title, maxTitle),
			Text:    text,
			Sources: []timeline.Citation{cit},
			Group:   PublishedGroup,
			Pos:     pos,
		},
		order: [2]int{di, sec.Pos.Offset},
	}
}

// sectionExtractor holds one section's text, timexes and sentences.
type sectionExtractor struct {
	noteDay timeline.Date // the day of the release whose note is being read
	doc     *timeline.Document
	di      int
	si      int
	sec     timeline.Section
	cit     timeline.Citation
	opt     Options
	tx      []tempex.Timex
	sents   []Segment
	// anchors are the days the document defines by name ("the
	// Commencement Date"), by their lower-case names.
	anchors map[string]timeline.Date
	// cur is the index of the sentence being read.
	cur int
	// spos is the position of the current sentence.
	spos timeline.Position
	// rep receives the unresolved expressions.
	rep *Report
	// pc is where the last position was asked: positions are asked in
	// reading order and computed from the last one, not from the start.
	pc posCursor
	// own holds, by sentence start, the dates of the events run made of
	// the sentence: a statement's key sentence avoids them.
	own map[int][]cand
	// refLine is the last line asked about by reference, and refIs what
	// was found: sentences are asked in order, a line's once.
	refLine [2]int
	refIs   bool
	// headDate is 1 when the section's heading is a date and nothing
	// else, -1 when not, 0 until asked (dateHeading).
	headDate int8
	// period is the period the heading states ("## 1698", headingPeriod),
	// periodAsked whether it was looked for; storyLeft is set once a
	// sentence is dated outside it ("The last crew flew in 1972").
	period                 timeline.Date
	periodAsked, storyLeft bool
}

// dateHeading reports whether the section's heading is nothing but a
// date ("## 1969"), which names no one and nothing; it is read once.
func (x *sectionExtractor) dateHeading() bool {
	if x.headDate == 0 {
		x.headDate = -1
		if dateOnlyHeading(strings.TrimSpace(x.sec.Heading)) {
			x.headDate = 1
		}
	}
	return x.headDate > 0
}

// datedTitleHeading makes the event of a heading that opens with a day
// and names what happened then: "## 14 March 2025 — Cluster back", a
// log's "## 2025-03-13T11:02Z — Alignments done".
func datedTitleHeading(doc *timeline.Document, si int, cit timeline.Citation, opt Options) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	m := headingDateLeadRe.FindStringIndex(text)
	if m == nil || m[1] >= len(text) {
		return nil
	}
	ref := cit.Date
	if ref.IsZero() {
		ref = opt.Ref
	}
	if rest := opt.tagger()(text[m[1]:], tempex.Options{Ref: ref, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst}); len(rest) == 1 && rest[0].Start == 0 &&
		strings.Trim(text[m[1]+rest[0].End:], " \t.") == "" {
		return nil // "17/02/2016 – 18/02/2016": a range of days over the entry, no title
	}
	tx := opt.tagger()(text[:m[1]], tempex.Options{Ref: ref, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
	if len(tx) == 0 || tx[0].Start > 1 || tx[0].Date.Prec < timeline.Day || tx[0].Date.IsVague() {
		return nil
	}
	span := timeline.Span{Start: tx[0].Date}
	dateText := tx[0].Text
	if r := tx[0].RangeEnd; r > 0 && r < len(tx) {
		span.End, dateText = tx[r].Date, text[tx[0].Start:tx[r].End]
		if strings.Trim(text[tx[r].End:], " \t–—-:.") == "" {
			return nil // "17/02/2016 – 18/02/2016": the days of the entry under it, no title of its own
		}
	} else if len(tx) > 1 && tx[1].Type == tempex.Time && tx[1].Date.Prec >= timeline.Hour {
		span.Start, dateText = tx[1].Date, text[tx[0].Start:tx[1].End] // "14 March 2025, 09:00 — ..."
	}
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: dateText, Title: finish(text[m[1]:]), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// toldDateHeading makes the event of a heading that tells what happened
// on a day written in full inside it, with a verb before the day ("##
// Order #4471 placed Mar 3, 2024", "### Shipped 5 March 2024 via DHL"):
// the heading without its date is the title ("Order #4471 placed",
// "Shipped via DHL"). A page's own stamp ("## Updated 5 March 2024") and
// a heading without a verb ("## Minutes, 5 March 2024") make none.
func toldDateHeading(doc *timeline.Document, si int, cit timeline.Citation, opt Options) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	if len(text) > 120 || strings.ContainsRune(text, '\n') || !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	ref := cit.Date
	if ref.IsZero() {
		ref = opt.Ref
	}
	tx := opt.tagger()(text, tempex.Options{Ref: ref, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
	span := timeline.Span{}
	if len(tx) == 2 && tx[0].RangeEnd == 1 && tx[1].Type == tempex.Date && tx[1].Date.Prec == timeline.Day && !tx[1].Date.IsVague() && yearWrittenRe.MatchString(tx[1].Text) {
		// "(surveyed 12–13 May 2016)": a range of days, its year written
		// with its last day
		span.End = tx[1].Date
		tx[0].Text, tx[0].End, tx[0].RangeEnd = text[tx[0].Start:tx[1].End], tx[1].End, 0
		tx = tx[:1]
	}
	if len(tx) != 1 || tx[0].Type != tempex.Date || tx[0].Date.Prec != timeline.Day || tx[0].Date.IsVague() || tx[0].RangeEnd > 0 || span.End.IsZero() && !yearWrittenRe.MatchString(tx[0].Text) {
		return nil
	}
	t := tx[0]
	span.Start = t.Date
	before := strings.Fields(text[:t.Start])
	if len(before) == 0 || len(before) > 8 || len(strings.Fields(text[t.End:])) > 6 {
		return nil
	}
	switch strings.ToLower(before[0]) {
	case "what", "why", "how", "when", "where", "who", "which":
		return nil // "## What happened on 7 March 2024": a question the section answers
	}
	if commentHeadWords(before) {
		return nil // "dkowalski commented on Feb 27, 2026": the head of a comment, which dates the comment under it
	}
	verb := false
	for k, w := range before {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if headingStampWords[lw] {
			return nil
		}
		if k == 0 && unicode.IsUpper(firstRune(w)) && len(lw) > 4 && strings.HasSuffix(lw, "ed") || titleVerb(w) {
			verb = true
		}
	}
	if !verb {
		return nil
	}
	lead := strings.TrimRight(text[:t.Start], " ,")
	if w := lastWordOf(lead); datePreps[strings.ToLower(w)] {
		lead = strings.TrimRight(strings.TrimSuffix(lead, w), " ,")
	}
	after := strings.TrimLeft(text[t.End:], " ,")
	title := strings.TrimSpace(lead + " " + after)
	if strings.HasPrefix(after, ")") {
		title = strings.TrimSpace(lead + after) // "Leek Cemetery (surveyed)"
	}
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: t.Text, Title: finish(title), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// commentVerbs are the verbs of the head an issue tracker or a forum
// writes over a comment: "dkowalski commented on Feb 27, 2026", "Ana Ruiz
// replied on 3 March 2026".
var commentVerbs = map[string]bool{"commented": true, "replied": true, "answered": true, "responded": true, "wrote": true, "reacted": true}

// commentHeadWords reports whether before, the words of a heading before
// its day, are a comment's head: its writer, a handle or a name of up to
// three words, and a verb of commenting ("dkowalski commented on", "**Ana
// Ruiz** replied"), and nothing else.
func commentHeadWords(before []string) bool {
	n := len(before)
	if n > 0 && (before[n-1] == "on" || before[n-1] == "at") {
		n--
	}
	if n < 2 || n > 4 || !commentVerbs[strings.ToLower(strings.Trim(before[n-1], "*_"))] {
		return false
	}
	for k, w := range before[:n-1] {
		w = strings.Trim(w, "*_@")
		if w == "" || strings.ContainsAny(w, ",;:()") || k > 0 && !unicode.IsUpper(firstRune(w)) {
			return false // ("The council commented", a name's words in capitals)
		}
		if lw := strings.ToLower(w); determiners[lw] || pronouns[lw] {
			return false // ("The council commented on 5 March 2024": no writer's handle)
		}
	}
	return true
}

// commentHeading reports whether heading is a comment's head: its
// writer, a verb of commenting and a day ("mlopez commented on Mar 1,
// 2026").
func commentHeading(heading string) bool {
	ws := strings.Fields(heading)
	for k := 1; k <= 3 && k < len(ws); k++ {
		if commentVerbs[strings.ToLower(strings.Trim(ws[k], "*_"))] {
			return commentHeadWords(ws[:k+1]) && strings.ContainsAny(strings.Join(ws[k+1:], " "), "0123456789")
		}
	}
	return false
}

// instrumentStageRe opens a line of a statutory instrument's header that
// gives the day of one of its stages, the dashes of the printed form
// left between them: "Made 3rd March 2025", "Laid before Parliament - -
// 4th March 2025", "Coming into force 1st April 2025", "Sifted", "Approved
// by the Scottish Parliament". Its group is the stage.
var instrumentStageRe = regexp.MustCompile(`^(?i:(made|laid\s+before\s+(?:parliament|each\s+house\s+of\s+parliament|the\s+house\s+of\s+(?:commons|lords)|the\s+scottish\s+parliament|the\s+northern\s+ireland\s+assembly|senedd\s+cymru)|coming\s+into\s+(?:force|operation)|sifted|approved\s+by\s+(?:parliament|the\s+scottish\s+parliament|senedd\s+cymru|the\s+northern\s+ireland\s+assembly|both\s+houses\s+of\s+parliament)))(?:\s*[-–—.:]\s*)*\s`)

// instrumentNameRe is the name of a statutory instrument, as the line
// above its header gives it: "The Motor Vehicles (Roadside Testing)
// (Amendment) Regulations 2025", "THE HOUSING (STANDARDS) REGULATIONS
// 2024", "The Borough of Eastmere (Electoral Changes) Order 2025".
var instrumentNameRe = regexp.MustCompile(`^\p{Lu}[^\n]{2,200}\b(?i:regulations|order|rules|scheme|byelaws|bye-laws|directions?|determination|instrument|measure|code)\s+\d{4}$`)

// instrumentStage makes the event of a line of a statutory instrument's
// header that gives the day of one of its stages ("Made 3rd March 2025",
// "Laid before Parliament 4th March 2025", "Coming into force 1st April
// 2025"): three events of the instrument the lines above name, each
// titled by its stage and that name ("Made: The Motor Vehicles
// (Roadside Testing) (Amendment) Regulations 2025"). A header's "Coming
// into force in accordance with article 1(2)" gives no day, and a line of
// a stage without an instrument named above it is read as any other.
func instrumentStage(doc *timeline.Document, si int, text string, cit timeline.Citation, opt Options) *item {
	sec := &doc.Sections[si]
	line := strings.TrimSpace(strings.Trim(text, "*_#"))
	if len(line) > 160 || strings.ContainsRune(line, '\n') {
		return nil
	}
	m := instrumentStageRe.FindStringSubmatchIndex(line)
	if m == nil {
		return nil
	}
	name := instrumentName(doc, si)
	if name == "" {
		return nil
	}
	ref := cit.Date
	if ref.IsZero() {
		ref = opt.Ref
	}
	rest := strings.TrimSpace(strings.Trim(line[m[1]:], " -–—.:*_"))
	tx := opt.tagger()(rest, tempex.Options{Ref: ref, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
	k := slices.IndexFunc(tx, func(x tempex.Timex) bool { return x.Type == tempex.Date })
	if k < 0 || tx[k].Date.Prec != timeline.Day || tx[k].Date.IsVague() || tx[k].Mod != timeline.ModNone || !yearWrittenRe.MatchString(tx[k].Text) ||
		strings.Trim(strings.ToLower(rest[:tx[k].Start]), " ,") != "" && !instrumentTimeLead(rest[:tx[k].Start], tx[:k]) {
		return nil // (the day comes first, or after the hour it was made at: "Made at 11.00 a.m. on 26th March 2020")
	}
	span := timeline.Span{Start: tx[k].Date}
	from, to := tx[k].Start, tx[k].End
	if k == 1 && tx[0].Type == tempex.Time && tx[0].Date.DayOf() == tx[k].Date {
		span.Start, from = tx[0].Date, tx[0].Start
	}
	stage := strings.Join(strings.Fields(line[m[2]:m[3]]), " ")
	if stage == strings.ToUpper(stage) {
		stage = stageNames.Replace(strings.ToLower(stage)) // "LAID BEFORE PARLIAMENT": "laid before Parliament"
	}
	stage = strings.ToUpper(stage[:1]) + stage[1:]
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: rest[from:to], Title: shorten(stage+": "+name, maxTitle), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// stageLine reports whether text is one line of an instrument's header
// giving a stage ("Made 10th January 2025"), as a Markdown page's
// "**Made** 10th January 2025" is read: a paragraph of its own.
func stageLine(text string) bool {
	line := strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "*_#"))
	return len(line) <= 160 && !strings.ContainsRune(line, '\n') && instrumentStageRe.MatchString(line)
}

// stageLeads returns the stage lines a body section's text is, or opens
// with as paragraphs of their own ("Made 3rd February 2025¶¶Coming into
// force 1st March 2025¶¶1. These Regulations ...", as a Markdown page runs
// the lines of an instrument's header together, and into the articles
// after them), and whether they are the whole text; none when it opens
// otherwise.
func stageLeads(text string) ([]string, bool) {
	text = strings.TrimSpace(text)
	if stageLine(text) {
		return []string{text}, true
	}
	var leads []string
	for {
		first, rest, ok := strings.Cut(text, "\n")
		if !ok {
			if stageLine(text) {
				return append(leads, strings.TrimSpace(text)), true
			}
			return leads, false
		}
		if !strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") || !stageLine(first) {
			return leads, false
		}
		leads = append(leads, strings.TrimSpace(first))
		text = strings.TrimSpace(rest)
	}
}

// stageNames capitalizes the names of the bodies a stage of an
// instrument's header names, its line written in capitals.
var stageNames = strings.NewReplacer("parliament", "Parliament", "house of", "House of", "commons", "Commons", "lords", "Lords",
	"scottish", "Scottish", "northern ireland assembly", "Northern Ireland Assembly", "senedd cymru", "Senedd Cymru")

// stageAnchors adds to anchors the days a statutory instrument's header
// gives for its stages ("Made 3rd March 2025"), which its articles count
// from ("This Order comes into force 21 days after the day on which it is
// made"); a stage given two days is given none.
func stageAnchors(doc *timeline.Document, opt Options, anchors map[string]timeline.Date) map[string]timeline.Date {
	seen := map[string]bool{}
	for si := range doc.Sections {
		var lines []string
		switch doc.Sections[si].Kind {
		case timeline.Heading, timeline.CitationLine:
			lines = []string{strings.TrimSpace(doc.Sections[si].Text)}
		case timeline.Body:
			lines, _ = stageLeads(doc.Sections[si].Text)
		}
		for _, line := range lines {
			it := instrumentStage(doc, si, line, doc.Sections[si].Citation, opt)
			if it == nil {
				continue
			}
			key := ""
			switch stage, _, _ := strings.Cut(it.ev.Title, ":"); {
			case strings.EqualFold(stage, "made"):
				key = tempex.MadeAnchor
			case strings.HasPrefix(strings.ToLower(stage), "laid"):
				key = tempex.LaidAnchor
			case strings.HasPrefix(strings.ToLower(stage), "coming into"):
				key = tempex.InForceAnchor
			default:
				continue
			}
			if anchors == nil {
				anchors = map[string]timeline.Date{}
			}
			d := it.ev.Span.Start.DayOf()
			if seen[key] && anchors[key] != d {
				d = timeline.Date{} // (two days for one stage: none)
			}
			anchors[key], seen[key] = d, true
		}
	}
	return anchors
}

// instrumentTimeLead reports whether the words before a stage's day are
// the hour it was made at, and what joins them: "at 11.00 a.m. on ".
func instrumentTimeLead(lead string, tx []tempex.Timex) bool {
	if len(tx) != 1 || tx[0].Type != tempex.Time {
		return false
	}
	return strings.Trim(strings.ToLower(lead[:tx[0].Start]), " ") == "at" && strings.Trim(strings.ToLower(lead[tx[0].End:]), " ,") == "on"
}

// instrumentName returns the name of the statutory instrument whose
// header holds section si, as a heading above it in the header gives it
// ("The Motor Vehicles (Roadside Testing) (Amendment) Regulations 2025"),
// or "". A name in capitals is given as written.
func instrumentName(doc *timeline.Document, si int) string {
	for k := si - 1; k >= 0 && k >= si-8; k-- {
		s := &doc.Sections[k]
		if s.Kind == timeline.Body && !stageLine(s.Text) {
			return ""
		}
		if t := strings.TrimSpace(strings.Trim(strings.TrimSpace(s.Text), "*_#")); instrumentNameRe.MatchString(t) {
			return strings.Join(strings.Fields(t), " ")
		}
	}
	if t := strings.TrimSpace(strings.Trim(strings.TrimSpace(doc.Title), "*_#")); instrumentNameRe.MatchString(t) {
		return strings.Join(strings.Fields(t), " ")
	}
	return ""
}

// minutesHeadRe opens the header line of a meeting's minutes that dates
// them, and its group names the meeting: "Minutes of the board meeting
// held on 22 January 2025 at 10:00", "MINUTES of the 112th meeting of the
// Board, held by video conference on ...", "Minutes of meeting, 19
// September 2024, 6pm"; an agenda's: "Agenda for the meeting to be held
// on Monday 3 June 2024 at 7pm".
var minutesHeadRe = regexp.MustCompile(`^[*_#\s]*(?:(?i:minutes)\s+of|(?i:agenda)\s+(?:of|for))\s+(?:(?i:the)\s+)?((?:[\p{L}\d'’&-]+\s+){0,5}?(?i:meeting|session|sitting)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})?)\b`)

// minutesHeader makes the event of the meeting a document's minutes
// record from their header line, which dates the document ("Minutes of
// meeting, 19 September 2024, 6pm"): the meeting, on that day at the
// time the line gives, titled by the name the line gives it ("Meeting",
// "Board meeting", "112th meeting of the Board").
func minutesHeader(doc *timeline.Document, si int, cit timeline.Citation, opt Options) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	if cit.Date.Prec != timeline.Day || len(text) > 320 {
		return nil
	}
	m := minutesHeadRe.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	tx := opt.tagger()(text, tempex.Options{Ref: cit.Date, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
	k := slices.IndexFunc(tx, func(x tempex.Timex) bool {
		return x.Start >= m[3] && x.Date.Prec >= timeline.Day && x.Date.DayOf() == cit.Date && yearWrittenRe.MatchString(x.Text)
	})
	if k < 0 {
		return nil
	}
	span := timeline.Span{Start: tx[k].Date}
	from, to := tx[k].Start, tx[k].End
	if x := tx[k]; x.Date.Prec == timeline.Day && k+1 < len(tx) && tx[k+1].Type == tempex.Time && tx[k+1].Date.DayOf() == cit.Date && tx[k+1].Start-x.End <= 24 {
		// "19 September 2024, 6pm", "on 22 January 2025 commencing at
		// 10:00 GMT": the day and the time the meeting opened
		span.Start, to = tx[k+1].Date, tx[k+1].End
		if r := tx[k+1].RangeEnd; r == k+2 && r < len(tx) && tx[r].Type == tempex.Time {
			span.End, to = tx[r].Date, tx[r].End
		}
	}
	name := strings.TrimSpace(text[m[2]:m[3]])
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: text[from:to], Title: finish(strings.ToUpper(name[:1]) + name[1:]), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// minutesTitleRe is the title of a meeting's minutes; its group names
// the meeting: "Minutes of the SIGDOC Steering Committee call".
var minutesTitleRe = regexp.MustCompile(`(?i)^(?:minutes|notes)\s+(?:of|from)\s+(?:the\s+)?(\S.{2,80})$`)

// meetingLine makes the event of the meeting a document's minutes record
// from the header line giving its day and its hours ("Tuesday 9 January
// 2024, 16:00–17:05 UTC" under "Minutes of the committee call"): the
// meeting, from when it opened to when it closed, titled by the name the
// title gives it ("Committee call"). A line of the day alone, or of one
// time, makes none: the page's date, told by the statement of its
// decisions.
func meetingLine(doc *timeline.Document, si int, cit timeline.Citation, opt Options) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	if len(text) > 80 || strings.ContainsRune(text, '\n') || !strings.ContainsRune(text, ':') {
		return nil
	}
	m := minutesTitleRe.FindStringSubmatch(strings.Trim(strings.TrimSpace(doc.Title), "*_#"))
	if m == nil {
		return nil
	}
	tx := opt.tagger()(text, tempex.Options{Ref: cit.Date, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst})
	if len(tx) != 3 || tx[0].Type != tempex.Date || tx[0].Date.Prec != timeline.Day || !yearWrittenRe.MatchString(tx[0].Text) ||
		tx[1].Type != tempex.Time || tx[1].RangeEnd != 2 || tx[2].Type != tempex.Time || tx[1].Date.DayOf() != tx[0].Date {
		return nil
	}
	if strings.Trim(text[tx[0].End:tx[1].Start], " ,·|–—-") != "" || strings.Trim(text[:tx[0].Start], " *_") != "" || strings.Trim(text[tx[2].End:], " .*_") != "" {
		return nil
	}
	name := strings.TrimRight(m[1], " .:")
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: timeline.Span{Start: tx[1].Date, End: tx[2].Date}, DateText: text[tx[0].Start:tx[2].End], Title: finish(strings.ToUpper(name[:1]) + name[1:]), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// headingStampWords are the words of a heading that stamps the page or
// names a release rather than telling what happened: "Updated 5 March
// 2024", "Released 5 March 2024", "Exported: 2025-06-18" (when a chat was
// copied out).
var headingStampWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "revised": true, "modified": true, "edited": true,
	"reviewed": true, "printed": true, "retrieved": true, "accessed": true, "dated": true, "released": true,
	"issued": true, "archived": true, "last": true, "version": true, "minutes": true, "exported": true,
}

// releaseSepRe is what follows a release's name in its heading: "[3.2.0]
// - 2025-06-18", "v2.10 – Nov 5, 2024", "3.1.4 (2024-11-05)", "Ferrule
// 3.1.4".
var releaseSepRe = regexp.MustCompile(`^\s*(?:[-–—(,]|$)`)

// releaseHeading returns the end of the version (and what sets it off)
// in a release's heading, or -1.
func releaseHeading(h string) int {
	end := tempex.ReleaseVersion(h)
	if end < 0 {
		return -1
	}
	m := releaseSepRe.FindStringIndex(h[end:])
	if m == nil {
		return -1
	}
	return end + m[1]
}

// releaseNotes reports whether the section is a release's notes, dated by
// its heading ("## [3.2.0] - 2025-06-18"): each change is of the release's
// day; a date it mentions ("Timestamps before 1970-01-01 were shifted",
// "files recorded since 1 January 2020") is what the change is about.
func (x *sectionExtractor) releaseNotes() bool {
	_, _, ok := x.releaseDate()
	return ok
}

// releaseDate returns the date of the release whose notes the section
// is, as its heading gives it, with the heading's words for it: the
// section's reference date when the reader dated it by the heading, else
// the date the heading writes after the version ("## v2.4.1 (hotfix, 2
// Feb 2024)", "## v3.0 — the Harbour release, 2025-06-10").
func (x *sectionExtractor) releaseDate() (timeline.Date, string, bool) {
	h := strings.TrimSpace(x.sec.Heading)
	if h == "" {
		return timeline.Date{}, "", false
	}
	if x.sec.RefFrom == "heading" && (releaseHeading(h) >= 0 || changeKinds[strings.ToLower(strings.Trim(h, "#*: "))]) {
		if d := x.cit.Date; !d.IsZero() && !d.IsVague() {
			return d, x.headingDateText(d), true
		}
		return timeline.Date{}, "", false
	}
	end := releaseHeading(h)
	if end < 0 {
		return timeline.Date{}, "", false
	}
	ref := x.cit.Date
	if ref.IsZero() {
		ref = x.opt.Ref
	}
	rest := h[end:]
	for _, t := range x.opt.tagger()(rest, tempex.Options{Ref: ref}) {
		if (t.Type == tempex.Date || t.Type == tempex.Time) && !t.Date.IsZero() && !t.Date.IsVague() {
			d := t.Date
			if t.Mod != timeline.ModNone && d.Mod == timeline.ModNone {
				d.Mod = t.Mod
			}
			return d, t.Text, true
		}
	}
	return timeline.Date{}, "", false
}

// datesIn reports whether sentence s, whose first expression is at or
// after tx[ti], holds a date or a time.
func (x *sectionExtractor) datesIn(s Segment, ti int) bool {
	for j := ti; j < len(x.tx) && x.tx[j].Start < s.End; j++ {
		if t := x.tx[j]; t.Start >= s.Start && (t.Type == tempex.Date || t.Type == tempex.Time) {
			return true
		}
	}
	return false
}

// limitThanRe ends the words of a limit whose negation stands before
// its verb ("may not apply for possession earlier than"), which the
// tagger bounds (ON_OR_AFTER, ON_OR_BEFORE).
var limitThanRe = regexp.MustCompile(`(?i)\b(?:earlier|later|sooner) than\s*$`)

// aboutDate reports whether the date at start in text is what a change
// is about, not a day it tells: a bound of the data it applies to
// ("modified before 1970-01-01", "recorded since 1 January 2020",
// "written between 00:00 and 01:00 UTC", "dated earlier than 2000").
func aboutDate(text string, sentStart, start int) bool {
	b := strings.ToLower(strings.TrimRight(text[max(sentStart, start-16):start], " "))
	for _, w := range aboutWords {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isWordByte(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// yearWrittenRe finds a year written out in an expression.
var yearWrittenRe = regexp.MustCompile(`\d{4}`)

var aboutWords = []string{"before", "after", "since", "between", "prior to", "older than", "newer than", "earlier than", "later than", "dated", "from"}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// bulleted reports whether sentence s is, or opens, a list item: its
// line opens with a bullet ("- ", "* ", "1. "), before it or in it.
func (x *sectionExtractor) bulleted(s Segment) bool {
	text := x.sec.Text
	ls := strings.LastIndexByte(text[:s.Start], '\n') + 1
	line := strings.TrimLeft(text[ls:min(len(text), s.End)], " \t")
	return listMarkerLen(line) > 0
}

// releaseItem makes the event of one change in a release's notes: the
// release's day, the change as its headline.
func (x *sectionExtractor) releaseItem(s Segment) *item {
	date, dateText, ok := x.releaseDate()
	if !ok {
		return nil
	}
	refDated := false
	if dateText == "" {
		dateText, refDated = x.refDateText(date) // "### Fixed" under "## [2.4.1] - 2025-03-02"
	}
	sent := x.sec.Text[s.Start:s.End]
	body := strings.TrimSpace(sent)
	if n := listMarkerLen(body); n > 0 {
		body = strings.TrimSpace(body[n:])
	}
	if x.bulleted(s) {
		// a change in a list says what it names, verb or not ("Export
		// to EPUB 3.2.", "Dark mode"): only a bullet with no word is none
		if !strings.ContainsFunc(body, unicode.IsLetter) {
			return nil
		}
	} else if !saysSomething(body) {
		return nil
	}
	pos := x.sec.PosAt(s.Start)
	pos.File = x.doc.Name
	e := timeline.Event{
		Span:     timeline.Span{Start: date},
		DateText: dateText,
		Title:    finish(cleanHeadline(body)),
		Text:     sent,
		Sources:  []timeline.Citation{x.cit},
		Actors:   withSender(findActors(sent, ""), x.sec.Speaker),
		Pos:      pos,
	}
	it := newItem(e, x.cit.Title)
	it.order, it.sec = [2]int{x.di, x.sec.Pos.Offset + s.Start}, [2]int{x.di, x.si}
	it.refDated = refDated
	return it
}

// changeKinds head a release's changes (Keep a Changelog's and others').
var changeKinds = map[string]bool{
	"added": true, "changed": true, "deprecated": true, "removed": true, "fixed": true, "security": true,
	"features": true, "new features": true, "bug fixes": true, "fixes": true, "improvements": true,
	"breaking changes": true, "enhancements": true, "performance": true, "documentation": true,
}

// headingDateLeadRe is the date and separator a log's heading opens with:
// "2025-03-13T11:02Z — ", "14 March 2025: ".
var headingDateLeadRe = regexp.MustCompile(`^\d[\d\s\pL.,:/TZ+-]{3,38}?\s+(?:—|–|-|\|)\s+|^\d{1,2}\s+\pL+\s+\d{4}:\s+`)

// refEntryRe finds what marks a line as an entry of a list of references:
// the date the work was retrieved, accessed or archived, where a citation
// puts it, after a full stop or in brackets ("Retrieved 8 June 2022",
// "Archived from the original on 4 June 2016", "(accessed 2021-03-02)");
// "the files were accessed 3 May 2020" in a sentence is no such mark.
var refEntryRe = regexp.MustCompile(`(?:^|[.;(\]]\s*)(?:Retrieved|[Aa]ccessed|Archived from the original|Archived)(?: on)?:? (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\b|^[\s*_•-]*(?i:further reading|see also|bibliography|sources|references|homework|exercise|task|activity|discussion question|essay question)\s*[*_]*:`)

// reference reports whether sentence s stands in an entry of a list of
// references (a line that says when the work cited was retrieved,
// accessed or archived): its dates are those of the works cited
// ("\"Council backs plan\". Courier. 5 March 2019. Retrieved 8 June
// 2022."), never events.
func (x *sectionExtractor) reference(s Segment) bool {
	text := x.sec.Text
	if s.Start >= x.refLine[0] && s.End <= x.refLine[1] && x.refLine[1] > 0 {
		return x.refIs
	}
	a := strings.LastIndexByte(text[:s.Start], '\n') + 1
	b := len(text)
	if i := strings.IndexByte(text[s.End:], '\n'); i >= 0 {
		b = s.End + i
	}
	x.refLine = [2]int{a, b}
	x.refIs = refEntryRe.MatchString(text[a:b])
	return x.refIs
}

// posAt is the document position of byte i of the section's text.
func (x *sectionExtractor) posAt(i int) timeline.Position {
	p := x.pc.at(&x.sec, i)
	p.File = x.doc.Name
	return p
}

// posCursor computes Section.PosAt for offsets asked in increasing order
// in time linear in the section's length: from the last position asked
// when no markup was removed in between (the same Segment), else with
// PosAt.
type posCursor struct {
	ok  bool
	off int // the offset last asked
	seg int // the number of Segments starting at or before off
	pos timeline.Position
}

func (c *posCursor) at(sec *timeline.Section, i int) timeline.Position {
	i = min(max(i, 0), len(sec.Text))
	seg := c.seg
	if !c.ok || i < c.off {
		seg = 0
	}
	for seg < len(sec.Segments) && sec.Segments[seg].Off <= i {
		seg++
	}
	if c.ok && i >= c.off && seg == c.seg {
		c.pos = timeline.PositionAt(c.pos, sec.Text[c.off:], i-c.off)
	} else {
		c.pos = sec.PosAt(i)
	}
	c.ok, c.off, c.seg = true, i, seg
	return c.pos
}

// cand is a timex chosen as an event date.
type cand struct {
	t         tempex.Timex
	start     int // of the date text, preposition included
	end       int
	span      timeline.Span
	qualifier bool
	// endText is where a range's end is written apart from its start
	// ("followed on 5 November and lasted until 2 December"), else zero.
	endText [2]int
	// cut is a stretch after the date that only restates its year (",
	// in 1998", see dropAppendedYear), left out of the title; else zero.
	cut [2]int
	// partner is the other date of a thing moved from one date to
	// another ("slipped from 28 March to 25 April"), left in this one's
	// title; else zero.
	partner [2]int
}

func (x *sectionExtractor) run() []*item {
	text := x.sec.Text
	consumed := make([]bool, len(x.tx))
	for j, t := range x.tx {
		if t.RangeEnd >= 0 && t.RangeEnd < len(x.tx) {
			consumed[t.RangeEnd] = true
			for m := j + 1; m < t.RangeEnd; m++ {
				if bareNumber(x.tx[m].Text) && x.tx[m].Start > t.End && x.tx[m].End < x.tx[t.RangeEnd].Start {
					consumed[m] = true // the days inside a run ("6, 7 and 8 September", see dayRun)
				}
			}
		}
	}
	var items []*item
	ti := 0
	for si, s := range x.sents {
		x.cur = si
		x.spos = x.posAt(s.Start) // before any position inside it
		for ti < len(x.tx) && x.tx[ti].Start < s.Start {
			ti++
		}
		if !x.sec.Message && isTitleLine(text, s) {
			continue // "Annual report 2020": a title left in the body (but a chat's "Dentist on Saturday" was said)
		}
		if x.reference(s) {
			continue // "Retrieved 8 June 2022": a work cited, not an event
		}
		if x.datesQuestioned(s) {
			continue // "Was 1789 the turning point, or 1792?": nothing is asserted
		}
		noteDates := false
		if x.releaseNotes() && (x.bulleted(s) || !x.datesIn(s, ti) && !backRefOpenRe.MatchString(strings.TrimLeft(text[s.Start:s.End], " \t*_"))) {
			// a release's notes: each change is of its day (a note in
			// prose under it, "the legacy format goes in 3.0, planned
			// for Q1 2025", is read as any)
			if it := x.releaseItem(s); it != nil {
				items = append(items, it)
			}
			if !x.datesIn(s, ti) {
				continue
			}
			// and a day it sets after the release's ("will stop
			// responding on 31 March 2026", "backported until 30 June
			// 2025") is an event of its own; a day before it is what
			// the change is about ("Leap day 2024-02-29 dropped from
			// summaries", "files modified before 1970-01-01")
			noteDates = true
			x.noteDay, _, _ = x.releaseDate()
		}
		var dated, vague []cand
		var dateline [][2]int   // the dateline's date, no event: kept out of the titles too
		var yearLabels [][2]int // a register's "1712/13" over its entries: out of the titles too
		glossUntil := -1        // the end of a bracket that tells a time again in another zone
		habitual := -1          // unknown until a clock time asks

		var versionDays []timeline.Date // the days a law's text is cited as of ("as in force on 1 April 2020")
		for j := ti; j < len(x.tx) && x.tx[j].Start < s.End; j++ {
			t := x.tx[j]
			if t.Type == tempex.Duration && !consumed[j] {
				if d, ok := x.futureOffset(text, s, t); ok {
					t.Type, t.Date, t.Mod = tempex.Date, d, d.Mod // "The Clerk will reply within 14 days": by the day it ends
				}
			}
			if consumed[j] || (t.Type != tempex.Date && t.Type != tempex.Time) {
				continue
			}
			if t.Type == tempex.Time && clockOnly(t.Text) || t.RangeEnd > j && t.RangeEnd < len(x.tx) && weekdayOnly(t.Text) && weekdayOnly(x.tx[t.RangeEnd].Text) {
				// a time of day, or a range of weekdays ("open 9-5,
				// Monday to Saturday")
				if habitual < 0 {
					habitual = 0
					if isHabitual(text[s.Start:s.End], x.tx, ti, s.End) || hoursHeadingRe.MatchString(x.sec.Heading) {
						habitual = 1 // (under "Opening hours", "Visiting times": every week's)
					}
				}
				// (but "- 06:00–09:00 Breakfast — news every half hour" under
				// "## Monday 14 July 2025": a programme's slot on its day,
				// what it holds recurring inside it)
				slot := x.sec.RefFrom == "heading" && strings.Trim(text[s.Start:t.Start], " \t-*•") == ""
				// (nor "Dinner is served at 7pm" after the day of the gala
				// to come: that day's programme)
				ref := x.cit.Date
				if ref.IsZero() {
					ref = x.opt.Ref
				}
				// (nor "lunch is served on board at 13:30" under "Day 1 –
				// Luxor.", dated: that day's programme)
				program := habitual == 1 && servedOnly(text[s.Start:s.End]) && t.Date.Prec >= timeline.Hour && ref.Prec >= timeline.Day &&
					(timeline.Compare(t.Date.DayOf(), ref.DayOf()) > 0 || x.sec.RefFrom == "heading" && t.Date.DayOf() == ref.DayOf())
				if habitual == 1 && !dayAfter(text, x.tx, j) && !slot && !program && !dayOpens(text, s, x.tx, ti, j) && !dayInOwnClause(text, s, x.tx, ti, j) {
					continue // opening hours, a timetable: not an event
				}
			}
			if r := t.RangeEnd; t.Type == tempex.Date && r > j && r < len(x.tx) && seasonBound(t) && seasonBound(x.tx[r]) && isHabitual(text[s.Start:s.End], x.tx, ti, s.End) {
				continue // "Tours run from Easter to October, daily at 11:00": every year's season, no event
			}
			if t.Type == tempex.Date && weekdayOnly(t.Text) && inWeekSpan(text, s, t) && isHabitual(text[s.Start:s.End], x.tx, ti, s.End) {
				continue // "Thurs to Sun 9.30am - 4pm": a day of every week's hours, no Thursday's event
			}
			if recurRe.MatchString(text[s.Start:t.Start]) {
				continue // "All day · Repeats monthly on the 25th": a calendar entry's rule, the days it recurs on, no event
			}
			if stampSentenceRe.MatchString(text[s.Start:t.Start]) && strings.Trim(text[min(t.End, s.End):s.End], " .*_)") == "" {
				continue // "Last updated: 14 October 2025.": the page's stamp, no event
			}
			if x.sec.RefFrom == "label" && x.sec.RefPos.Offset > 0 && x.posAt(t.Start).Offset == x.sec.RefPos.Offset {
				continue // "Update (18 August 2025): ...": the update's stamp, the day its sentences are read against
			}
			if x.sec.RefFrom == "dateline" && x.sec.RefPos.Line > 0 && x.posAt(t.Start).Offset == x.sec.RefPos.Offset {
				dateline = append(dateline, [2]int{t.Start - s.Start, t.End - s.Start})
				continue // "March 4, 2019 — The minister resigned": the dateline's date, the day the story was filed, no event
			}
			if shelfLife(text, s.Start, t.Start) {
				continue // "Best before: 24 August 2024", "Use by 24/08/2024": a product's property, nothing that happens
			}
			if versionStamp(text, s, t) {
				continue // "· Version of 20 April 2026": the document's own date, no event
			}
			if notADate(text, t) || isDateline(text, t) || citationYear(text, t) || lawCitedYear(text, s.Start, t) || figureYear(text, t) || modelYear(text, t) {
				continue
			}
			if t.Start < glossUntil {
				continue // "... on 22 April 2025 (10:17 p.m. EDT on 21 April)": the same moment again
			}
			if e, shift := instantGloss(text, x.tx, j); e > 0 {
				glossUntil = e
				if n := len(dated); n > 0 && dated[n-1].end <= t.Start && e < s.End && text[e] == ')' && !strings.ContainsAny(text[dated[n-1].end:t.Start], ".;") {
					dated[n-1].end = e + 1 // "11:15 GMT (06:15 EST):": the gloss is of the date's words, no part of the headline
				}
				if n := len(dated); shift != 0 && n > 0 && !dated[n-1].span.IsRange() && dated[n-1].span.Start.Prec >= timeline.Minute {
					// "At 11:42 p.m. ET (04:42 GMT Friday)", told on
					// Friday: the gloss's day puts the time on Thursday
					if tt, ok := dated[n-1].span.Start.Time(); ok {
						d := timeline.FromTime(tt.Add(shift), dated[n-1].span.Start.Prec)
						d.HasZone, d.Zone, d.Mod = dated[n-1].span.Start.HasZone, dated[n-1].span.Start.Zone, dated[n-1].span.Start.Mod
						dated[n-1].span.Start = d
					}
				}
				continue
			}
			if n := len(dated); n > 0 && t.Type == tempex.Date && t.Date.Prec == timeline.Day && dated[n-1].t.Type == tempex.Time &&
				dated[n-1].span.Start.Prec >= timeline.Hour && dated[n-1].span.Start.DayOf() == t.Date.DayOf() && glossThenOn(text[dated[n-1].end:t.Start]) {
				continue // "at 01:42 UTC (03:42 local) on 3 March 2024": the time's own day, read with it
			}
			if t.Type == tempex.Time && roughTimeRe.MatchString(t.Text) && !strings.Contains(t.Text, ":") && j+1 < len(x.tx) && x.tx[j+1].Type == tempex.Time && x.tx[j+1].Start < s.End &&
				strings.ContainsAny(x.tx[j+1].Text, "0123456789") && restatedAtRe.MatchString(text[t.End:x.tx[j+1].Start]) {
				continue // "About 90 seconds later, at 14:33:40 UTC", "Shortly after midnight, at 00:25": the clock says it exactly
			}
			if t.Type == tempex.Time && clockOnly(t.Text) && bracketedAlone(text, t.Start, t.End) && clockToldBefore(x.tx[:j], t) {
				continue // "the interval between the score of 7 (23:55) and ...": a time told before, named again
			}
			if t.Type == tempex.Time && (localGloss(text, x.tx, j) || localAside(text, x.tx, j, s.Start)) {
				continue // "at 1442 UTC (1542 local time)": the same moment, told on the place's clock
			}
			if t.Type == tempex.Time && restatedGloss(text, x.tx, j) {
				continue // "at 16:00 GMT / 11:00 EST, i.e. Wednesday 01:00 in Seoul": the same moment on another clock
			}
			if t.Type == tempex.Time && zoneGloss(text, x.tx, j) {
				continue // "15:00 – 16:00 GMT (11:00 – 12:00 EDT)": the same time told in another zone
			}
			if t.Type == tempex.Time && clockAsData(text[max(s.Start, t.Start-24):t.Start]) {
				continue // "EXIF times 23:59:59", "photos taken across midnight": a clock reading, no moment of the story
			}
			if dataBoundRe.MatchString(text[s.Start:t.Start]) {
				continue // "Dates before 1500 are often approximate": what is said of a kind of date, no event
			}
			if t.Type == tempex.Date && lawVersion(text[s.Start:t.Start]) {
				versionDays = append(versionDays, t.Date.DayOf())
				continue // "Regulation 4, as in force immediately before 1 March 2025, continues to apply": which text of a law is meant, no event
			}
			if t.Type == tempex.Date && anyQualifiedRe.MatchString(text[max(s.Start, t.Start-80):t.Start]) {
				continue // "Any deposit paid before 6 April 2007 is not required to be protected", "save in relation to any licence in force on 31 March 2026": a kind of thing the day sorts, no event
			}
			if t.Type == tempex.Date && thatDayRe.MatchString(t.Text) && slices.Contains(versionDays, t.Date.DayOf()) {
				continue // "The Regulations as they stood on 1 April 2020 apply to any tenancy granted before that day": the same version's day again
			}
			if t.Type == tempex.Time && bookedClock(text, x.tx, j, s) {
				continue // "restaurant booked for 8 people, 20:00": the time of what was booked, whose day the sentence does not tell
			}
			if t.Type == tempex.Time && postStamp(text, s, t) && otherClockIn(text, x.tx, j, s) {
				continue // "[21:04] Creek crested at 7:20 p.m.": the post's stamp, its own time told
			}
			if dualYearLabelRe.MatchString(strings.TrimSpace(text[s.Start:s.End])) || dualYearLabelRe.MatchString(lineAt(text, t.Start)) {
				if ls, le := lineSpan(text, t.Start); ls >= s.Start && le <= s.End {
					yearLabels = append(yearLabels, [2]int{ls - s.Start, le - s.Start})
				}
				continue // "1712/13" alone over a register's entries: the year they are under, no event
			}
			if bracketedTitleYear(text, s, t, x.tx) {
				continue // "Sun 15 June 7pm - double bill: Jaws (1975) + ...": the year tells which film, no event
			}
			if j+1 < len(x.tx) && x.tx[j+1].Start < s.End && x.tx[j+1].Start > t.End && datesComparedRe.MatchString(text[t.End:x.tx[j+1].Start]) ||
				j > ti && x.tx[j-1].End < t.Start && datesComparedRe.MatchString(text[x.tx[j-1].End:t.Start]) {
				continue // "3200 BC is earlier than 800 BC": what is said of the dates, nothing that happened
			}
			if quotedTitle(text, s.Start, s.End, t, x.tx) {
				continue // 'a talk, "Brackley in the 1950s", by Peter Yates': the year is the work's subject
			}
			if !yearWritten(t.Text) && t.Date.Prec >= timeline.Month && eraRuleRe.MatchString(text[s.Start:t.Start]) {
				continue // "Before 1752 the legal year in England began on 25 March": so in every year of it, no event
			}
			if !yearWritten(t.Text) && genericCaseRe.MatchString(text[s.Start:s.End]) {
				continue // "An employee who joined on 1 March and ... may ask again before the following March": an illustration
			}
			if inCondition(text[s.Start:t.Start]) && strings.ContainsAny(text[min(t.End, s.End):s.End], ",;") && !conditionDeadline(text, s.Start, t) && !conditionDecisionRe.MatchString(text[s.Start:t.Start]) {
				continue // "If your breathing gets worse over the weekend, call ...": a condition, nothing that happened
			}
			if (t.Type == tempex.Time || t.Date.Prec > timeline.Day) && !dayWrittenRe.MatchString(t.Text) && weekdayRunRe.MatchString(text[s.Start:s.End]) &&
				!slices.ContainsFunc(x.tx, func(o tempex.Timex) bool {
					return o.Start >= s.Start && o.End <= s.End && o.Date.Prec == timeline.Day && o.Date.DayOf() == t.Date.DayOf() && strings.ContainsAny(o.Text, "0123456789")
				}) { // (not "close at 8pm on Friday 9 January, and on weekdays after that")
				continue // "closed overnight only, between 8pm and 6am, Monday to Friday": the hours of every such day, no day's event
			}
			if t.Type == tempex.Date && t.Date.Prec == timeline.Year && t.RangeEnd < 0 && !(j > 0 && x.tx[j-1].RangeEnd == j) && periodToRe.MatchString(text[max(s.Start, t.Start-40):t.Start]) {
				continue // "homes should go over the plan period to 2042": the end of a planning period, no event of that year
			}
			if x.recurringWeekday(s, j) {
				continue // "on weekends from 18:00 Friday to 07:00 Monday", "Mon-Sat 10:00-23:00; Sunday 12:00-22:30": the hours of every such week, no day's event
			}
			if t.Type == tempex.Time && clockOnly(t.Text) && x.runTime(s, t) {
				continue // "Pleasance Dome, 7.20pm, 2–24 Aug": the show's time on each day of its run, no day's event
			}
			if t.Type == tempex.Time && !dayWrittenRe.MatchString(t.Text) && unlessStatedRe.MatchString(text[min(t.End, s.End):min(s.End, t.End+40)]) &&
				!slices.ContainsFunc(x.tx, func(o tempex.Timex) bool {
					return o.Start >= s.Start && o.End <= s.End && o.Date.Prec == timeline.Day && o.Date.DayOf() == t.Date.DayOf() && strings.ContainsAny(o.Text, "0123456789")
				}) { // (not "The derby on Saturday 9 August starts at 12.30pm unless stated otherwise": that day's time)
				continue // "FIXTURES (kick-off 3pm unless stated)": the time each entry has by default, no day's event
			}
			if t.Type == tempex.Date && strings.EqualFold(t.Text, "this year") && stateThisYear(text[s.Start:t.Start], text[t.End:s.End]) {
				continue // "The Moon is kind this year.": how the year is, nothing that happens in it
			}
			if t.Type == tempex.Date && extremeOfYears(text[s.Start:t.Start], t) {
				continue // "Frosts in this valley have been recorded as late as 21 May": the latest of many years, no day of one
			}
			if t.Type == tempex.Date && barePeriodRe.MatchString(t.Text) && rankedWithin(text[s.Start:t.Start]) {
				continue // "We enter the holiest week of the year": what the thing ranks among, no date of it
			}
			if t.Type == tempex.Date && genericPeriod(text[s.Start:s.End], t.Text) {
				continue // "In winter the waves here can reach 25 m", "in September the sea is usually calm": what is so every year, no event
			}
			if strings.EqualFold(t.Text, "now") && nowNamedRe.MatchString(text[max(s.Start, t.Start-20):t.Start]) && placeAfterRe.MatchString(text[t.End:min(s.End, t.End+20)]) {
				continue // "The asteroid struck what is now Mexico": the place's name nowadays, no event
			}
			if strings.EqualFold(t.Text, "today") && (nowadays(text[s.Start:s.End]) || seenTodayRe.MatchString(text[max(s.Start, t.Start-40):t.Start])) {
				continue // "still make up a third of our orders today": nowadays, no day's event
			}
			if attributiveDecade(text, t) {
				continue // "the 1930s library": the building's age, no event
			}
			if genericAnchor(text, x.tx, j, s.Start) {
				continue // "a 23:59 UTC deadline falls at 10:59 the following morning local time": any such deadline's, no day's
			}
			if openingHours(text, x.tx, j, s.End) {
				continue // "Call 0345 600 7245 (lines open 08:00–20:00)": the hours of every day, no event of the day told before
			}
			if dailyHours(text, x.tx, j) {
				continue // "Viewing: 20 to 25 November, 10 am – 5 pm": the hours of each day, no last day's event
			}
			if restatedGap(text, x.tx, j) {
				continue // "Fix released: 2024-03-04 (91 days later)": the gap to the date before it, no second day
			}
			if instruction(text[s.Start:s.End]) {
				continue // "Draw a timeline from 3500 BC to AD 1500": a task set, nothing that happened
			}
			if smallTalk(text[s.Start:s.End], t) {
				continue // "See you tomorrow.", "That's all for today.": a speaker's manners, nothing that happened
			}
			if t.Type == tempex.Date && t.Date.Prec == timeline.Day && weekdayOfDayRe.MatchString(text[s.Start:s.End]) && slices.ContainsFunc(x.tx[:j], func(o tempex.Timex) bool {
				return o.Date.Prec >= timeline.Day && o.Date.DayOf() == t.Date.DayOf()
			}) {
				continue // "They came on 14 January 2021. It was a Thursday.": that day's weekday, said again, no second event
			}
			if j+1 < len(x.tx) && !yearWritten(t.Text) && yearWritten(x.tx[j+1].Text) && x.tx[j+1].Type == tempex.Date && x.tx[j+1].Date.Prec >= timeline.Day &&
				x.tx[j+1].Start > t.End && equatedGapRe.MatchString(text[t.End:x.tx[j+1].Start]) {
				continue // "the following day was 14 September 1752": the day named, the explicit date's event
			}
			if sameDayRe.MatchString(t.Text) && slices.ContainsFunc(x.tx[j+1:], func(o tempex.Timex) bool {
				return o.Start > t.End && o.End <= s.End && o.Date.Prec >= timeline.Day && o.Date.DayOf() == t.Date.DayOf() && yearWritten(o.Text)
			}) {
				continue // "celebrated on the same day by East and West: Sunday, April 20, 2025": the day the sentence writes, its event
			}
			if t.Type == tempex.Date && t.Date.Prec == timeline.Year && t.Mod == timeline.ModNone && defaultYearRe.MatchString(text[s.Start:s.End]) {
				continue // "All dates are 2019 unless stated otherwise": the year the document's dates are in, no event
			}
			if t.Type == tempex.Date && yearRule(text[s.Start:s.End], t) {
				continue // "Our financial year runs from 1 July to 30 June": every year's, no event
			}
			if t.Type == tempex.Date && slotTopic(text, t, x.tx) {
				continue // "14:00 Panel: energy policy after 2027": the talk's subject, no event
			}
			if rowLabel(text, s, t, x.tx) {
				continue // "| Autumn | 3 September 2025 | ...": the term's name, dated by its cells
			}
			if len(x.sec.Code) > 0 && x.sec.InCode(t.Start) {
				continue // "`--since 2024-01-01`": code, not an event's date
			}
			if noteDates && (aboutDate(text, s.Start, t.Start) || !t.Date.Start().After(x.noteDay.End()) || t.Date.IsVague() || !yearWrittenRe.MatchString(t.Text)) &&
				!(t.Date.Prec >= timeline.Month && t.Date.Year != 0 && !t.Date.Start().After(x.noteDay.End()) && notePastRe.MatchString(text[s.Start:t.Start])) {
				// ("Support for Kubernetes 1.27, which reached end of life
				// on 28 June 2024": what befell it then, an event)
				continue // "Leap day 2024-02-29 dropped from summaries": what the change is about
			}
			if m := habitAfterRe.FindStringSubmatch(text[min(t.End, s.End):min(s.End, t.End+60)]); m != nil && t.Type == tempex.Date && !yearWritten(t.Text) &&
				(t.Date.Prec == timeline.Season || seasonNoYearRe.MatchString(t.Value) || (t.Date.Prec == timeline.Month || monthNoYearRe.MatchString(t.Value)) && !strings.EqualFold(m[1], "can")) { // (but "In April residents can apply": that April's)
				continue // "in September the sea is usually calm", "In winter the waves here can reach 25 m": every year's, not an event
			}
			plan := x.planOfNoYear(text, s, t)
			if plan {
				t.Date = timeline.Date{} // "Our next meeting is on Thursday 21 March" in an undated newsletter
			}
			if t.Date.IsZero() {
				if x.rep != nil && !weekdayRestated(text, x.tx, j) && !weekdayLeads(text, x.tx, j) &&
					!(t.Type == tempex.Time && clockOnly(t.Text) && serviceAfterRe.MatchString(text[min(t.End, s.End):min(s.End, t.End+40)])) { // ("such as the 06:15 departure": a service's name, no date to report)
					st := withPreposition(text, s.Start, t.Start)
					if j > 0 && weekdayLeads(text, x.tx, j-1) && x.tx[j-1].Start >= s.Start {
						st = withPreposition(text, s.Start, x.tx[j-1].Start) // "from Monday 20 November": one expression, one report
					}
					ref := x.cit.Date
					if ref.IsZero() {
						ref = x.opt.Ref
					}
					_, err := timeline.ParseDate(t.Value) // (only a fiscal period has a value and no date)
					end := t.End
					if r := t.RangeEnd; r > j && r < len(x.tx) && x.tx[r].End <= s.End {
						end = x.tx[r].End // "on 18-19 September": the range, not its first day alone
					}
					// (a day the sentence says comes back every year, "due
					// on 31 January and 31 July each year", is no day any
					// reference date would place: a usual time)
					// (nor a month that a set of months dividing the year
					// says comes back: "every six months, in April and
					// October", "twice a year, in May and November")
					habit := t.Type == tempex.Date && !yearWritten(t.Text) && (yearlySetIn(x.tx, ti, s.End) ||
						len(t.Value) == 7 && strings.HasPrefix(t.Value, "XXXX-") && monthsSetIn(x.tx, ti, s.End))
					// (nor is a season that names a kind of thing: "Autumn
					// overturn in 2018 was complete by ...", "The autumn
					// visit took place in September 2019")
					// (but "held through the winter storms" is a time told)
					if habit && j > 0 && x.tx[j-1].Type == tempex.Set && x.tx[j-1].Start >= s.Start && x.tx[j-1].End <= st && strings.TrimSpace(text[x.tx[j-1].End:st]) == "" {
						st = x.tx[j-1].Start // "every weekend in May": the set the month is of, quoted whole
					}
					if !clockTold(text, x.tx, j) && !(seasonNoYearRe.MatchString(t.Value) && st == t.Start && seasonKind(t.Text, text[t.End:s.End])) {
						x.rep.Unresolved = append(x.rep.Unresolved, Unresolved{Pos: x.posAt(st), Text: text[st:min(end, s.End)], Ref: ref, Fiscal: err == nil && !plan && !habit, Habit: habit, Told: storyDated(text, x.tx, ti, j, s)})
					}
				}
				continue
			}
			if x.rep != nil {
				if wd, ok := writtenWeekday(t.Text); ok {
					// (the day's weekday, not the instant's: "the following
					// Sunday at midnight", 24:00, ends a Sunday)
					if tt, ok := t.Date.DayOf().Time(); ok && tt.Weekday() != wd && t.Date.Year >= 1924 {
						// (from 1924 only: the Julian calendar's weekdays
						// are not the ones time.Time reckons)
						x.rep.Conflicts = append(x.rep.Conflicts, Conflict{Pos: x.posAt(t.Start), Text: t.Text, Written: wd, Date: t.Date.DayOf()})
					}
				}
			}
			if (t.RangeEnd < 0 || sinceBaselineRe.MatchString(text[max(s.Start, t.Start-80):t.Start]) || aboveBelowRe.MatchString(text[max(s.Start, t.Start-40):t.Start])) && isBaseline(text, s.Start, t.Start, t.End, s.End) && !movedDate(text, s, x.tx, j) && !(t.Date.Prec >= timeline.Day && onDayRe.MatchString(text[max(s.Start, t.Start-4):t.Start]) && !strings.HasPrefix(strings.ToLower(t.Text), "the ")) &&
				!(t.Date.Prec >= timeline.Day && effectiveFromRe.MatchString(text[max(s.Start, t.Start-60):t.Start])) && // ("rents go up 7% from 1 April": the day they go up)
				!((t.Mod == timeline.ModOnOrAfter || t.Mod == timeline.ModOnOrBefore) && limitThanRe.MatchString(text[max(s.Start, t.Start-20):t.Start])) { // ("may not apply for possession earlier than 6 April": a limit the tagger read, no comparison)
				// ("Shares fell 3% on Monday": the day they fell, no
				// day compared with, as "up 12% on 2019" and "up 4% on
				// the previous day" are)
				continue // "compared with 2019": a baseline, not an event
			}
			if datedThingRe.MatchString(text[max(s.Start, t.Start-40):t.Start]) && arrivedRe.MatchString(text[min(t.End, s.End):s.End]) {
				continue // "A letter from Mother dated 25th June arrived": the letter's date, not its arrival's
			}
			if sinceSuperlative(text[s.Start:t.Start]) {
				continue // "its steepest weekly decline since early April": the record it is measured against
			}
			if setBefore(text, x.tx, j) {
				continue // "every Sunday in late August": when it was done each year, no one August
			}
			if t.Date.Prec == timeline.Month && deliveryAfterRe.MatchString(text[min(t.End, s.End):min(s.End, t.End+12)]) {
				continue // "Brent crude for January delivery": a futures month, no event
			}
			if attributiveYears(text, s, t, x.tx) {
				continue // "approved the 2025–2028 strategy at their meeting on the 24th": the plan's years, the meeting's day
			}
			if namedYearBesideDay(text, s, t, x.tx) {
				continue // "Half Year 2025 Results | 30 Jul 2025": the year names the results, the day dates them
			}
			if yearEndsRe.MatchString(text[max(s.Start, t.Start-60):t.Start]) && !yearWritten(t.Text) && !deicticDayRe.MatchString(t.Text) {
				continue // "our financial year ends on 31 March": every year
			}
			if habitRe.MatchString(text[max(s.Start, t.Start-40):t.Start]) && !yearWritten(t.Text) {
				// (a year written makes it one time, hedged: "an offer,
				// usually by the end of September 2025")
				if x.rep != nil {
					// (told, as the reader may take it for this year's)
					st := withPreposition(text, s.Start, t.Start)
					if m := habitRe.FindStringIndex(text[max(s.Start, t.Start-40):t.Start]); m != nil {
						st = max(s.Start, t.Start-40) + m[0]
					}
					x.rep.Unresolved = append(x.rep.Unresolved, Unresolved{Pos: x.posAt(st), Text: text[st:min(t.End, s.End)], Habit: true})
				}
				continue // "normally in late August": what is usual, not an event
			}
			if boundPrepRe.MatchString(text[max(s.Start, t.Start-8):t.Start]) && negatedRe.MatchString(text[s.Start:t.Start]) {
				continue // "denied that any licences had been issued since 2017", "No source reports figures after 2 August": nothing happened then
			}
			if t.Type == tempex.Time && clockOnly(t.Text) && serviceAfterRe.MatchString(text[min(t.End, s.End):min(s.End, t.End+40)]) {
				continue // "the 08:15 and 16:30 sailings": a service named by its time
			}
			if t.Type == tempex.Time && clockOnly(t.Text) && clockNoun(text[max(s.Start, t.Start-12):t.Start], text[min(t.End, s.End):min(s.End, t.End+24)]) {
				continue // "the 8:05 has been scrapped", "the 7.30 from Paddington": a service named by its time
			}
			if t.Type == tempex.Time && clockOnly(t.Text) && retimedRe.MatchString(text[s.Start:t.Start]) {
				continue // "The 06:42 from Portmere will depart at 06:38": a service's new time in the timetable, every day's
			}
			if t.Type == tempex.Time && clockOnly(t.Text) && timetableRe.MatchString(text[max(s.Start, t.Start-60):t.Start]) {
				continue // "the last bus back is 17:40": what the timetable says, no moment of the story
			}
			if te := rangeTextEnd(t, x.tx); t.Start > 0 && text[t.Start-1] == '(' && te < len(text) && text[te] == ':' && t.Date.Prec == timeline.Year {
				continue // "£3.42 million (2022: £2.97 million)", "(2023/24: £540,000)": the year a figure is compared with
			}
			if notOnRe.MatchString(text[max(s.Start, t.Start-20):t.Start]) {
				continue // "Not 25 December.", "daily except on 1 January": a day it does not happen
			}
			if insteadRe.MatchString(text[max(s.Start, t.Start-16):t.Start]) {
				continue // "at 05:30 instead of 14:50": the time that is not kept
			}
			if t.Type == tempex.Date && (t.Date.Prec == timeline.Day && strings.ContainsAny(t.Text, "0123456789") || t.Date.Prec == timeline.Month && t.Mod == timeline.ModNone && !relativeMonthRe.MatchString(t.Text)) &&
				!yearWritten(t.Text) && setIn(text, x.tx, ti, s.End) {
				continue // "every year on 9 November", "in October each year": the day or month of each year, no event
			}
			if t.Type == tempex.Date && t.Date.Prec == timeline.Day && strings.ContainsAny(t.Text, "0123456789") && !yearWritten(t.Text) && yearlyDaysListed(x.tx, ti, s.End) {
				continue // "payable quarterly on the usual quarter days (25 March, 24 June, 29 September and 25 December)": the days of every year
			}
			if r := t.RangeEnd; t.Type == tempex.Date && r > j && r < len(x.tx) && !yearWritten(t.Text) && !yearWritten(x.tx[r].Text) && wholeYearSpan(t.Date, x.tx[r].Date) {
				continue // "The holiday year runs from 1 January to 31 December": the span of every year, no event
			}
			if t.Type == tempex.Date && t.Date.Prec == timeline.Year && !yearWritten(t.Text) && (strings.HasPrefix(text[t.End:min(s.End, t.End+3)], "'s") || strings.HasPrefix(text[t.End:min(s.End, t.End+4)], "’s")) &&
				setIn(text, x.tx, ti, s.End) {
				continue // "is recalculated each July based on last year's return": the year before each one, no event
			}
			if n := len(dated); n > 0 && t.Start < dated[n-1].end {
				continue // overlaps the last date (a tagger's double reading): the first wins
			}
			if fileImageRe.MatchString(text[t.End:min(len(text), t.End+30)]) {
				continue // "Photo: 2019 file image": when a picture was taken, no event
			}
			if t.Date.Prec == timeline.Day && closingFormulaRe.MatchString(text[s.Start:s.End]) {
				continue // "Operator: That concludes today's call.": the words that close a call, no event
			}
			if n := len(dated); n > 0 && t.Date.Prec == timeline.Year && (dated[n-1].span.Start.Prec == timeline.Quarter || dated[n-1].span.Start.Prec == timeline.Half) &&
				dated[n-1].end <= t.Start && containerOfRe.MatchString(text[dated[n-1].end:t.Start]) {
				// "The first quarter (Q1) of the fiscal year": the year
				// that holds the quarter, which the quarter dates
				dated[n-1].end = min(t.End, s.End)
				continue
			}
			c := cand{t: t, start: t.Start, end: min(t.End, s.End)}
			c.end = splitYearEnd(text, c.end, s.End)
			c.span.Start = t.Date
			if t.Mod != timeline.ModNone && c.span.Start.Mod == timeline.ModNone {
				c.span.Start.Mod = t.Mod
			}
			if !t.PeriodEnd.IsZero() && !t.Date.IsZero() {
				c.span.End = t.PeriodEnd // "Q3 FY26" of a year ending in July: February to April
			}
			if r := t.RangeEnd; r >= 0 && r < len(x.tx) && !x.tx[r].Date.IsZero() && !x.tx[r].Date.IsVague() {
				c.span.End = x.tx[r].Date
				if x.tx[r].Mod == timeline.ModOnOrAfter && c.span.End.Mod == timeline.ModNone {
					c.span.End.Mod = timeline.ModOnOrAfter // "from January 2018 through at least March 2021": then or later
				}
				if m := x.tx[r].Mod; (m == timeline.ModStart || m == timeline.ModMid || m == timeline.ModEnd) && c.span.End.Mod == timeline.ModNone {
					c.span.End.Mod = m // "from 5 April 2026 until the end of October": the end of the month
				}
				c.end = min(x.tx[r].End, s.End)
				if e := x.tx[r]; e.Start > t.End && e.End <= s.End {
					if k := untilWordAt(text, t.End, e.Start); k > t.End {
						// "opens on 14 June and runs until 2 November": the
						// words that go on from one date to the other are
						// the event's, not its date's
						c.end, c.endText = t.End, [2]int{k, e.End}
					}
				}
			} else if r >= 0 && r < len(x.tx) && x.tx[r].Date.Ref == timeline.PresentRef {
				// "2019–present": open until the time of writing, which
				// ends it when the document's date is known
				c.end = min(x.tx[r].End, s.End)
				ref := x.cit.Date
				if ref.IsZero() {
					ref = x.opt.Ref
				}
				if !ref.IsZero() && !ref.IsVague() && timeline.Compare(ref, t.Date) > 0 {
					c.span.End = ref
				}
			}
			if after := text[c.end:min(len(text), c.end+4)]; t.Mod != timeline.ModNone || !strings.HasPrefix(after, "'s") && !strings.HasPrefix(after, "’s") {
				// (not a possessive date's preposition: "after last
				// month's incident review" governs the review)
				c.start = withPreposition(text, s.Start, c.start)
			}
			if m := onwardsAfterRe.FindStringIndex(text[c.end:s.End]); m != nil && !c.span.IsRange() && strings.HasPrefix(strings.ToLower(text[c.start:t.Start]), "from ") {
				c.end += m[1] // "from the 13th onwards": the span's open end goes with its start, out of the headline
			} else if m := inclusiveAfterRe.FindStringIndex(text[c.end:s.End]); m != nil {
				c.end += m[1] // "from 4-7 April inclusive": the word says the span holds its last day, out of the headline
			} else if m := nextAfterRe.FindStringIndex(text[c.end:s.End]); m != nil && !c.span.IsRange() && t.Date.Prec >= timeline.Month && !unicode.IsDigit(rune(text[c.end-1])) {
				c.end += len(" next") // "after Michaelmas next", "on Monday next": the old way of "next", the date's
			} else if m := yearTailRe.FindStringIndex(text[c.end:s.End]); m != nil && t.Date.Year > 0 && c.end >= 4 && isYearEnd(text[:c.end]) {
				c.end += m[1] // "The winter of 1846-7": the year's span written short goes with it, out of the headline
			}
			if !c.span.IsRange() && strings.EqualFold(strings.TrimSpace(text[c.start:t.Start]), "since") && sinceCountRe.MatchString(text[s.Start:s.End]) &&
				strings.ContainsAny(text[s.Start:c.start]+text[c.end:s.End], "0123456789") {
				// "Since 1 January, 61 deaths have been recorded": a count
				// from that day to the report's, not an event on it
				ref := x.cit.Date
				if ref.IsZero() {
					ref = x.opt.Ref
				}
				if !ref.IsZero() && !ref.IsVague() && timeline.Compare(ref, t.Date) > 0 && !t.Date.IsVague() {
					c.span.End = ref.DayOf()
				}
			}
			if t.Type == tempex.Time {
				// "at 10:00 local time (UTC+2)": the zone said after it
				if m := zoneAfterRe.FindStringSubmatchIndex(text[c.end:s.End]); m != nil && m[1] > 0 && !dateWordZone(text[c.end:c.end+m[1]]) {
					if m[2] >= 0 && !c.span.Start.HasZone && !c.span.IsRange() {
						// "(UTC+2)": the offset of the time before it
						if z, ok := parseOffset(text[c.end+m[2] : c.end+m[3]]); ok {
							c.span.Start.HasZone, c.span.Start.Zone = true, z
						}
					}
					c.end += m[1]
				}
			}
			if st, ok := glossStart(text, s.Start, c.start, c.end); ok {
				// "On 18 Brumaire, Year VIII (9 November 1799), ...", "On
				// the same day (9 May 1945)": the date in brackets glosses
				// the one before it, and says it better
				for len(dated) > 0 && dated[len(dated)-1].start >= st {
					dated = dated[:len(dated)-1]
				}
				if len(dated) == 0 {
					c.start, c.end = st, c.end+1
				}
			}
			if n := len(dated); n > 0 {
				c.start = max(c.start, dated[n-1].end)
			}
			if c.span.Start.Mod == timeline.ModEnd && !c.span.IsRange() && (strings.HasPrefix(strings.ToLower(t.Text), "the end of") || strings.HasPrefix(strings.ToLower(t.Text), "end of")) {
				// "before the end of February", "by the end of March", "by
				// end of Q2": any time up to the end, not late in the month
				switch strings.ToLower(strings.TrimSpace(text[c.start:t.Start])) {
				case "by", "before", "until", "till", "no later than", "through", "to", "up to", "thru":
					c.span.Start.Mod = timeline.ModOnOrBefore
				}
			}
			if c.span.Start.Mod == timeline.ModNone && !c.span.IsRange() && !t.Date.IsVague() {
				c.span.Start.Mod = boundMod(text[c.start:t.Start])
				if c.span.Start.Mod == timeline.ModOnOrBefore && whenAfterRe.MatchString(text[c.end:s.End]) {
					// "lasted until AD 476, when the last emperor was
					// deposed": the when-clause happened then
					c.span.Start.Mod = timeline.ModNone
				}
				if c.span.Start.Mod == timeline.ModOnOrBefore && (notUntil(text[s.Start:c.start], text[c.start:t.Start]) || putOffUntil(text[s.Start:c.start], text[c.start:t.Start])) {
					// "did not reopen until March 2021": it reopened then;
					// "postponed until the autumn": it is to be then
					c.span.Start.Mod = timeline.ModNone
				}
			}
			if c.span.Start.Mod == timeline.ModNone && !c.span.IsRange() && t.Date.Prec >= timeline.Day && !t.Date.IsVague() {
				// "shall file a bundle before the hearing on 12 June": by
				// a deadline, the day of what it comes before
				from := max(s.Start, c.start-90)
				if d, k, ok := offsetEventDay(text[from:c.start], t.Date); ok && strings.TrimSpace(text[s.Start:from+k]) != "" {
					// (not a phrase that opens the sentence, "Two days
					// after the vote on 5 May 2018, the party met": the
					// main clause's day, counted or its own, is read so)
					// "Documents must be filed the day before the hearing
					// on 12 June": the day counted from the hearing's,
					// 11 June, the words that count it the date's
					c.span.Start, c.start = d, from+k
				} else {
					c.span.Start.Mod = beforeEventMod(text[from:c.start])
				}
			}
			if t.Date.IsVague() {
				if strings.EqualFold(t.Text, "current") {
					// "at the end of the current billing period", "Current
					// term expiry: April 16, 2026": the adjective says which
					// of a thing's periods, no time of a happening
					continue
				}
				if askedOrBidden(text, s, c) {
					continue // "what are you doing these days?", "update to 2.9.2 now": nothing told of the present
				}
				if strings.EqualFold(t.Text, "now") && idleNow(text, s, t) {
					continue // "Nothing may stop us now", "The council now has 12 seats": nothing that happened
				}
				if t.Date.Ref == timeline.FutureRef && idleFuture(text, s, t) {
					continue // "Parents who may buy this product in future should check ...": advice, nothing to come
				}
				vague = append(vague, c)
				continue
			}
			c.qualifier = isQualifier(text, s, t, c.end) || elidedNounYear(text, s, x.tx, j)
			if n := len(dated); n > 0 && !c.qualifier && dated[n-1].qualifier && !dated[n-1].span.IsRange() && dated[n-1].end <= t.Start &&
				coordNextRe.MatchString(text[dated[n-1].end:t.Start]) {
				// "set targets of March 2024 and then autumn 2024": the
				// second of two dates joined by "and" goes with the noun
				// the first qualifies, as the first does
				c.qualifier = true
			}
			if (c.qualifier || t.Date.Prec == timeline.Year && strings.HasSuffix(strings.ToLower(text[max(s.Start, t.Start-4):t.Start]), "the ")) && editionAfter(text[c.end:s.End]) {
				continue // "using the 2014 WHO classification": the edition of a standard, not an event
			}
			if p, ok := termFrom(text, s.Start, c); ok {
				// "runs for 24 months from 1 February 2025"
				c = p
			}
			if p, ok := reportingPeriod(text, s.Start, c); ok {
				// "in the year ended 31 March 2024": the whole year (still
				// only a qualifier beside another date: "reported results
				// for the year ended ... today"); an expression inside
				// the phrase ("the quarter" of "the quarter ended") is
				// the period's
				for len(dated) > 0 && dated[len(dated)-1].end > p.start {
					if last := dated[len(dated)-1]; last.start >= p.start {
						dated = dated[:len(dated)-1]
						continue
					}
					p.start = dated[len(dated)-1].end
					break
				}
				c = p
			}
			if n := len(dated); n > 0 && t.Date.Prec == timeline.Day && dated[n-1].end <= t.Start && endingAppositiveRe.MatchString(text[dated[n-1].end:t.Start]) &&
				dated[n-1].span.IsRange() && dated[n-1].span.End.Prec >= timeline.Year && dated[n-1].span.End.Contains(t.Date) {
				// "fiscal year 2024, which ended June 30, 2024", the year
				// known to end in June: the day its span ends on
				dated[n-1].end = c.end
				continue
			}
			if n := len(dated); n > 0 && t.Date.Prec == timeline.Day && dated[n-1].end <= t.Start && endingAppositiveRe.MatchString(text[dated[n-1].end:t.Start]) &&
				dated[n-1].span.Start.Prec >= timeline.Year && dated[n-1].span.Start.Prec < timeline.Day && !dated[n-1].span.IsRange() {
				// "For the fourth quarter of fiscal 2025, ending Dec. 31,
				// 2025, ...": the day the period ends, said of it; "the
				// quarter, ending 30 June 2025" is the one that holds it
				dated[n-1].end = c.end
				if p := dated[n-1].span.Start; !p.Contains(t.Date) {
					if q, ok := periodHolding(p, t.Date); ok {
						q.Mod = p.Mod
						dated[n-1].span.Start = q
					}
				}
				continue
			}
			if dt := strings.ToLower(text[c.start:c.end]); (strings.Contains(dt, " ended ") || strings.Contains(dt, " ending ")) && onlyFunctionWords(text[s.Start:c.start]+" "+text[c.end:s.End]) {
				continue // "For the year ended 31 December 2023": a report's subtitle, no event
			}
			if c.span.Start.Prec <= timeline.Year && !c.span.IsRange() && strings.Trim(text[s.Start:c.start]+text[c.end:s.End], " *_-•\t\n.:") == "" &&
				strings.TrimSpace(text[s.End:]) != "" && strings.HasPrefix(strings.TrimLeft(text[s.End:], " \t\n"), "*") {
				continue // "* 2011" over the items of that year ("* 21 March – Services begin"): their label, no event
			}
			if capsYearHeading(text, s, c, x.tx, j) {
				continue // "2026 DEPARTURES" over "Spring: 24 March and 7 April 2026": the list's heading, no event
			}
			dated = append(dated, c)
		}
		dated = joinAdjacent(text, dated)
		dated = dropGlossedRelative(text, dated)
		dated = joinRanges(text, dated)
		pairMoved(text, dated)
		if slices.ContainsFunc(dated, func(c cand) bool { return c.qualifier }) {
			// (a present perfect sets aside only a year naming a thing:
			// "has remastered her 1999 film", not "during last summer's
			// heatwave", which can date what a clause tells)
			perfect := !slices.ContainsFunc(dated, func(c cand) bool { return !c.qualifier || !nounModifierDate(c.t.Text) }) && hasPerfect(text[s.Start:s.End])
			// (and a year naming the subject of a sentence that tells how
			// it stands: "The 2024 Flash Appeal is only 23% funded")
			state := !slices.ContainsFunc(dated, func(c cand) bool { return !c.qualifier || !nounModifierDate(c.t.Text) }) && namedYearState(text[s.Start:s.End])
			dated = dropQualifiers(text, s, dated, hasModal(text[s.Start:s.End]) || perfect || state)
		}
		dated = dedupeSpans(text, dated)
		dated = joinOvernight(text, dated)
		dated = joinDayTime(text, dated)
		dated = dropConvertedTime(text, dated)
		var folded [][2]int // a label told again more precisely ("1215        ... (15 June)"), no part of the title
		if len(dated) > 1 {
			lab := dated[0]
			dated = foldIntoLabel(text, s, dated)
			if len(dated) > 0 && dated[0].start != lab.start && (isLabel(text, s.Start, lab.t.Start, lab.end) || bracketLabel(text, s.Start, lab.t.Start, lab.end) || cellLabel(text, s.Start, lab.t.Start, lab.end)) {
				folded = append(folded, [2]int{lab.start - s.Start, lab.end - s.Start})
			}
		}
		dated = dropCellWordDates(text, s, dated)
		dated = dropNested(text, dated)
		dated = dropAppendedYear(text, dated)
		dated = dropThatYearBeforeDay(text, dated)
		dated = dropNamedSameDay(dated)
		dated = dropNamingYear(text, dated)
		dated = dropDeicticFrame(text, dated)
		var frame []cand
		dated, frame = dropFrame(text, s, dated)
		if len(dated) > 0 && x.sec.Statement && !slices.ContainsFunc(dated, func(c cand) bool { return !c.qualifier || figurePeriod(text, s, c) }) {
			// "The council decided to scrap the 2019 plan", in minutes:
			// the year names the plan; the decision is the meeting's
			dated = nil
		}
		if len(dated) > 0 && x.sec.Statement {
			if x.own == nil {
				x.own = map[int][]cand{}
			}
			x.own[s.Start] = slices.Clone(dated)
		}
		if len(dated) == 1 && (x.headingLine(s, dated[0]) || x.leadLabel(s, dated[0]) || x.dayHeadingLine(s, dated[0])) {
			continue
		}
		if len(dated) == 1 && dated[0].qualifier && dated[0].span.Start.Prec == timeline.Year && !dated[0].span.IsRange() && !recordNounAfter(text, dated[0].end) &&
			slices.ContainsFunc(items, func(o *item) bool { return o.ev.Span == dated[0].span }) {
			// (but "The 1861 census shows William as a silk twister": a
			// record of that year, and what it finds then)
			// "The hospital was hit again in 2018. Repairs after the 2018
			// strike took 14 months.": the year only names the event told
			// before, and dates nothing the sentence tells
			continue
		}
		for k, c := range dated {
			var others [][2]int
			for j, o := range dated {
				if j != k && (c.partner[1] == 0 || c.partner != [2]int{o.start, o.end}) {
					others = append(others, [2]int{o.start - s.Start, o.end - s.Start})
					if o.endText[1] > 0 && joinedDayTime(o) {
						others = append(others, [2]int{o.endText[0] - s.Start, o.endText[1] - s.Start})
					}
				}
			}
			for _, o := range frame {
				others = append(others, [2]int{o.start - s.Start, o.end - s.Start})
			}
			others = append(others, yearLabels...)
			others = append(others, folded...)
			for _, d := range dateline {
				if d[0] == 0 {
					// (a date alone before the dash; a city's dateline
					// goes whole, with its date, when the title is made)
					others = append(others, d)
				}
			}
			items = append(items, x.event(s, c, others))
		}
		if it := x.anchoredOffset(s, si, ti, dated); it != nil {
			items = append(items, it) // "Two days after the ballot result was announced on 3 November 2017, the company agreed to talks"
		}
		if noteDates && len(dated) == 0 {
			continue // a release note's dates, all what it is about: the release's item alone
		}
		if len(dated) == 0 {
			if it := x.amountAfterNamed(s, si, ti); it != nil {
				items = append(items, it) // "A patch is planned for 30 days after launch", after "The game launches on June 12, 2025"
				continue
			}
			if it := x.unitAfterNamed(s, si); it != nil {
				items = append(items, it) // "The day after the storm we walked to the village", after "The storm hit on 15 October 1987"
				continue
			}
		}
		if len(dated) == 0 && !x.opt.NoVague && len(vague) > 0 {
			items = append(items, x.event(s, vague[0], nil))
		}
		if len(dated) == 0 && len(vague) == 0 {
			if it := x.periodItem(s, ti); it != nil {
				items = append(items, it)
			}
		}
		for _, c := range dated {
			if x.headingPeriod() && !x.period.Contains(c.span.Start) {
				x.storyLeft = true
			}
		}
	}
	return items
}

// movedDate reports whether x.tx[j] is the date a thing was moved from,
// read by isBaseline as a figure's ("slipped from 16 April", "Drilling
// slipped from March to May"): a day, or a date the sentence then moves
// to another ("from March to May"); a year alone ("Sales slipped from
// 2019") or a date with a figure ("slipped by 3% from March") stays the
// baseline.
func movedDate(text string, s Segment, tx []tempex.Timex, j int) bool {
	t := tx[j]
	before := strings.ToLower(strings.TrimRight(text[max(s.Start, t.Start-60):t.Start], " "))
	if !strings.HasSuffix(before, " from") || !movedFromRe.MatchString(strings.TrimSuffix(before, "from")) || t.Date.Prec < timeline.Month {
		return false
	}
	if t.Date.Prec == timeline.Day && strings.ContainsAny(t.Text, "0123456789") {
		// (with the date it is now set for in the sentence, which its
		// title tells: "expected on 23 April, slipped from 16 April")
		after := text[min(t.End, s.End):min(s.End, t.End+8)]
		return !strings.HasPrefix(after, "'s") && !strings.HasPrefix(after, "’s") && !strings.HasPrefix(strings.TrimSpace(after), "level") &&
			slices.ContainsFunc(tx, func(o tempex.Timex) bool {
				return o.Start >= s.Start && o.End <= s.End && o.Start != t.Start && o.Type == tempex.Date && o.Date.Prec >= timeline.Day && !o.Date.IsVague()
			})
	}
	return j+1 < len(tx) && tx[j+1].Start > t.End && tx[j+1].End <= s.End && tx[j+1].Type == tempex.Date &&
		strings.EqualFold(strings.TrimSpace(text[t.End:tx[j+1].Start]), "to")
}

// pairMoved makes partners of a sentence's two dates when one is the
// date a thing was moved from, told apart from the other: "Windows are
// now expected on 23 April, slipped from 16 April" (each title tells the
// other date, as joinRanges does for "from 16 April to 23 April").
func pairMoved(text string, cs []cand) {
	if len(cs) != 2 || cs[0].partner[1] > 0 || cs[1].partner[1] > 0 || cs[0].span.IsRange() || cs[1].span.IsRange() {
		return
	}
	for _, c := range cs {
		before := strings.ToLower(strings.TrimRight(text[max(0, c.t.Start-60):c.t.Start], " "))
		if strings.EqualFold(strings.TrimSpace(text[c.start:c.t.Start]), "from") && movedFromRe.MatchString(strings.TrimSuffix(before, "from")) {
			cs[0].partner, cs[1].partner = [2]int{cs[1].start, cs[1].end}, [2]int{cs[0].start, cs[0].end}
			return
		}
	}
}

// recordNounAfter reports whether the word after a year names a record
// taken that year, which tells how things stood then: "the 1861 census",
// "the 1881 directory".
func recordNounAfter(text string, end int) bool {
	w := strings.ToLower(strings.Trim(nextWord(text[end:min(len(text), end+30)]), ".,;:!?)"))
	switch w {
	case "census", "directory", "register", "electoral", "survey", "valuation", "tithe":
		return true
	}
	return false
}

// headingPeriod reports whether the section's heading is a period that
// dates the items under it ("## 1698", "1870s"), read once into x.period.
func (x *sectionExtractor) headingPeriod() bool {
	if !x.periodAsked {
		x.periodAsked = true
		x.period, _ = headingPeriod(x.sec.Heading)
	}
	return !x.period.IsZero()
}

// periodItem makes the event of an entry with no date of its own under a
// heading that is a period, in a timeline's part ("## 1698" over "-
// Henry Winstanley begins work on the first Eddystone Lighthouse."): the
// entry's first sentence, dated by the heading. An entry is a list item,
// or a paragraph while the section has told nothing outside the period;
// one that gives a date anywhere makes its own events.
func (x *sectionExtractor) periodItem(s Segment, ti int) *item {
	text := x.sec.Text
	if !x.headingPeriod() {
		return nil
	}
	ls := strings.LastIndexByte(text[:s.Start], '\n') + 1
	body := strings.TrimSpace(text[s.Start:s.End])
	marker := listMarkerLen(body)
	if pre := strings.TrimSpace(text[ls:s.Start]); pre != "" {
		if listMarkerLen(pre+" ") != len(pre)+1 {
			return nil // not the first sentence of its line
		}
		marker = -1 // the bullet is before the sentence
	}
	prev := strings.TrimRight(text[:ls], " \t\n")
	paragraph := ls == 0 || strings.HasSuffix(strings.TrimRight(text[:ls], " \t"), "\n\n") ||
		strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, ")") // a line of its own (a reader took its bullet off)
	if marker == 0 && (!paragraph || x.storyLeft) {
		return nil
	}
	// the entry runs to the end of a line that ends a sentence (a
	// reader may have taken its bullet off), else to the next line
	// that opens an item or a paragraph
	end := len(text)
	for at := s.Start; at < len(text); {
		j := strings.IndexByte(text[at:], '\n')
		if j < 0 {
			break
		}
		line := strings.TrimRight(text[at:at+j], " \t")
		at += j + 1
		if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, ")") ||
			strings.HasPrefix(text[at:], "\n") || listMarkerLen(strings.TrimLeft(text[at:], " \t")) > 0 {
			end = at
			break
		}
	}
	for j := ti; j < len(x.tx) && x.tx[j].Start < end; j++ {
		if t := x.tx[j]; t.Start >= s.Start && (t.Type == tempex.Date || t.Type == tempex.Time) && !notADate(text, t) {
			return nil // the entry dates itself
		}
	}
	body = strings.TrimSpace(body[max(marker, 0):])
	if !saysSomething(body) || strings.HasSuffix(body, "?") {
		return nil
	}
	pos := x.sec.PosAt(s.Start)
	pos.File = x.doc.Name
	e := timeline.Event{
		Span:     timeline.Span{Start: x.period},
		DateText: strings.TrimSpace(x.sec.Heading),
		Title:    finish(cleanHeadline(body)),
		Text:     text[s.Start:s.End],
		Sources:  []timeline.Citation{x.cit},
		Actors:   withSender(findActors(text[s.Start:s.End], ""), x.sec.Speaker),
		Pos:      pos,
	}
	it := newItem(e, x.cit.Title)
	it.order, it.sec = [2]int{x.di, x.sec.Pos.Offset + s.Start}, [2]int{x.di, x.si}
	return it
}

// datesQuestioned reports whether sentence s is a yes-or-no question
// about its dates themselves ("Was 1789 the turning point, or 1792?", "Is
// it 1066 or 1067?"): it asserts no event on them. A question that asks
// whether something happens on a date ("Will ferries sail again in
// April?") is kept, as the question it is.
func (x *sectionExtractor) datesQuestioned(s Segment) bool {
	q := strings.TrimRight(x.sec.Text[s.Start:s.End], " \t\n\"”’')")
	if !strings.HasSuffix(q, "?") {
		return false
	}
	lead := len(q) - len(strings.TrimLeft(q, " \t\n\"“‘'(-–—*•"))
	if i := strings.Index(q[lead:], ": "); i > 0 && i < 20 && !strings.Contains(q[lead:lead+i], " ") {
		lead += i + 2 // "JESS: Is it ...": a speaker's label
	} else if n := roleInitialLabel(q[lead:]); n > 0 {
		lead += n + 1 // "Q. Is it ...": a court transcript's
	} else if n := speakerLabel(q[lead:]); n > 0 {
		lead += n // "[00:04:10] HOST: Have you ...": a label after a recording's stamp
		lead += len(q[lead:]) - len(strings.TrimLeft(q[lead:], " \t"))
	}
	if anaphoricOnly(x.sec.Text, x.tx, s) {
		return true // "What happened on that day?": a day the question points back to, no event
	}
	asked := q[lead:]
	if k := max(strings.LastIndex(asked, ": \""), strings.LastIndex(asked, ": “")); k > 0 {
		asked = strings.TrimLeft(asked[k+2:], "\"“") // `Write 300 words on the question: "Could ...?"`: the question quoted
	}
	if counterfactualAskedRe.MatchString(asked) {
		return true // "Could the war have been avoided in the summer of 1914?": what did not happen, asked
	}
	if !yesNoQuestion(q[lead:]) {
		return false
	}
	if role := x.turnRole(); askerRoles[role] && !modalAsked(q[lead:]) || role != "" && pastAsked(q[lead:]) {
		// "Q. Do you remember the storm of 1981?", "INTERVIEWER: Were
		// you at school in 1987?", "DANA: Did you see the flood of
		// 1968?": a speaker asks whether, and the asking tells no event
		// (what may come, "QUESTION: Will ferries sail again in
		// April?", "ANA: Can we move the launch to 24 March?", stays
		// the question it is, as it does in prose)
		return true
	}
	first := -1
	for _, t := range x.tx {
		if t.Start >= s.Start+lead && t.Start < s.End && (t.Type == tempex.Date || t.Type == tempex.Time) {
			first = t.Start // (past the label: "Q4 Priya Shah: Will ...")
			break
		}
	}
	if first < 0 {
		return false
	}
	// the date is what the question is about: right after the verb
	// ("Was 1789 ..."), or one of two it offers ("1789, or 1792?")
	before := strings.Fields(x.sec.Text[s.Start+lead : first])
	return len(before) <= 2 || strings.Contains(x.sec.Text[first:s.End], " or ")
}

// turnRole returns the label of the speaker's turn the current sentence
// is in, lower-cased: its own ("Q.", "INTERVIEWER:", "[00:04:10] HOST:")
// or that of the last labelled sentence within the ten before it (no
// paragraph between), or "" when none is labelled.
func (x *sectionExtractor) turnRole() string {
	for i := x.cur; i >= 0 && i >= x.cur-10; i-- {
		sent := x.sents[i].Of(x.sec.Text)
		if n := speakerLabel(sent); n > 0 {
			label := strings.TrimSpace(sent[:n-1])
			if m := stampLeadRe.FindStringIndex(label); m != nil {
				label = strings.TrimSpace(label[m[1]:]) // ("[00:04:10] HOST:")
			}
			return strings.ToLower(strings.Trim(label, " \t*_.:"))
		}
		if i < x.cur && strings.Contains(strings.ReplaceAll(x.sec.Text[x.sents[i].End:x.sents[x.cur].Start], "\r", ""), "\n\n") {
			return ""
		}
	}
	return ""
}

// askerRoles label the turns of one who asks: an interviewer's, a host's.
var askerRoles = map[string]bool{
	"q": true, "question": true, "interviewer": true, "reporter": true, "journalist": true, "host": true,
	"co-host": true, "presenter": true, "anchor": true, "moderator": true,
}

// pastAsked reports whether a yes-or-no question asks of what was ("Did
// you see it?", "Were you there?", "Have you been back?", "Do you
// remember the storm?").
func pastAsked(q string) bool {
	w := strings.Fields(strings.ToLower(q))
	if len(w) == 0 {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(w[0], "n't"), "n’t") {
	case "did", "was", "were", "had", "has", "have":
		return true
	case "do":
		return len(w) > 2 && (w[2] == "remember" || w[2] == "recall" || w[2] == "recollect")
	}
	return false
}

// modalAsked reports whether a yes-or-no question opens with a modal
// ("Will ferries sail?", "Can we move it?"): it asks of what may come.
func modalAsked(q string) bool {
	switch strings.ToLower(firstWord(q)) {
	case "will", "would", "can", "could", "shall", "should", "may", "might", "must":
		return true
	}
	return false
}

// counterfactualAskedRe opens a question of what might have been: a modal,
// its subject, then "have" and a participle ("Could the war have been
// avoided", "Would Rome have fallen", "Might they not have won").
var counterfactualAskedRe = regexp.MustCompile(`^(?i:could|would|should|might)(?:n[’']t)?\s+(?:[\p{L}’'-]+\s+){1,5}?(?:not\s+)?have\s+(?:been\s+)?(?:\p{L}+(?:ed|en|wn|un|ne|ht|lt)|left|lost|won|made|kept|held|built|sent|spent|met|led|fled|sold|told|found|stood|struck|begun|become|come|run)\b`)

// anaphoricOnly reports whether every date of the sentence s points back
// to one told before ("that day", "the same year", "then"), and there is one.
func anaphoricOnly(text string, tx []tempex.Timex, s Segment) bool {
	n := 0
	for _, t := range tx {
		if t.Start < s.Start || t.Start >= s.End || t.Type != tempex.Date && t.Type != tempex.Time {
			continue
		}
		lt := strings.ToLower(t.Text)
		if !strings.HasPrefix(lt, "that ") && !strings.HasPrefix(lt, "the same ") && lt != "then" {
			return false
		}
		n++
	}
	return n > 0
}

// lastActor returns the last person or organisation named in the three
// sentences before the current one, for "she said"; computed only when a
// headline asks.
//
// With person set (for "he" or "she") it takes the named speaker of the
// nearest sentence that reports one ("Greene said he plans ..." before
// "'I figured it was time,' he said"), else passes over organisations,
// places and days ("Harris County", "the National Weather Service",
// "Walter Greene Day") to the last actor named like a person, when there
// is one; never an organisation's name: "" leaves the pronoun.
func (x *sectionExtractor) lastActor(person bool) string {
	if !person {
		// "Raj Menon, Chief Executive Officer: ... Last quarter I said
		// ...": in a speaker's turn, "I" is the speaker
		if sp := x.labelSpeaker(""); sp != "" {
			return sp
		}
	}
	first := ""
	for i := x.cur - 1; i >= 0 && i >= x.cur-3; i-- {
		s := x.sents[i]
		text := x.sec.Text[s.Start:s.End]
		if person {
			if sp := namedSpeaker(text); sp != "" {
				return sp
			}
		}
		a := findActors(text, "")
		if person {
			// "the Liberal Democrats", "the Harlan Valley": a name
			// after "the" is a party's, a team's or a place's
			// (nor a feast's: "on the evening of New Year's Day")
			a = slices.DeleteFunc(a, func(n string) bool {
				return strings.Contains(text, "the "+n) || strings.Contains(text, n+"'s Day") || strings.Contains(text, n+"’s Day") ||
					strings.Contains(text, n+"'s Eve") || strings.Contains(text, n+"’s Eve")
			})
		}
		if len(a) == 0 {
			if person && first == "" && roleSubject(text) {
				// "At 0938 the chief engineer noticed smoke. He told
				// investigators ...": "he" is the person the nearer
				// sentence names by role, no name from further back
				// ("for Digby, Nova Scotia")
				return ""
			}
			continue
		}
		if !person {
			return a[len(a)-1]
		}
		if first == "" && !orgNamed(a[len(a)-1]) {
			first = a[len(a)-1]
		}
		for k := len(a) - 1; k >= 0; k-- {
			if personLike(a[k]) {
				return a[k]
			}
		}
	}
	return first
}

// roleSubject reports whether a sentence's subject is a person named by
// a role: a determiner, at most two more words and a noun for a person
// ("the chief engineer", "the master", "her daughter") before a verb.
func roleSubject(sent string) bool {
	ws := strings.Fields(sent)
	for i, w := range ws {
		if !determiners[strings.ToLower(w)] || w == "of" {
			continue
		}
		for j := i + 1; j < len(ws)-1 && j <= i+3; j++ {
			if strings.ContainsAny(ws[j], ",;:") {
				break
			}
			if titleVerb(ws[j+1]) {
				return personNoun(strings.ToLower(ws[j]))
			}
		}
	}
	return false
}

// personNoun reports whether a common noun names a person: a role in -er,
// -or, -ist, -ian or -man ("engineer", "inspector", "pianist",
// "physician", "chairman") or one of the family and rank words that
// have none.
func personNoun(w string) bool {
	if personNouns[w] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "man", "woman"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var personNouns = map[string]bool{
	"captain": true, "pilot": true, "chief": true, "mate": true, "candidate": true, "patient": true,
	"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true,
	"sister": true, "brother": true, "widow": true, "child": true, "girl": true, "boy": true,
	"nurse": true, "surgeon": true, "student": true, "resident": true, "victim": true, "suspect": true,
	"minister": true, "president": true, "mayor": true, "judge": true, "witness": true, "tenant": true,
}

// personLike reports whether an actor's name reads as a person's: two to
// four capitalised words, none of them a word organisations and places
// are named with.
func personLike(a string) bool {
	words := strings.Fields(a)
	return len(words) >= 2 && len(words) <= 5 && !orgNamed(a)
}

// orgNamed reports whether a name holds a word organisations, places and
// days are named with ("Harris County", "Walter Greene Day"): no "he" or
// "she".
func orgNamed(a string) bool {
	for _, w := range strings.Fields(a) {
		if orgWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}

// namedSpeaker returns who a sentence reports as speaking when it is a
// name ("Greene said he plans to ...", "... , Ana Ruiz said"): the
// subject of its reporting clause, the nearest person "he" or "she" can
// be. "" when it reports no one, or a pronoun, a noun phrase ("the
// mayor") or an organisation.
func namedSpeaker(sent string) string {
	rv, ok := findReporting(sent)
	if !ok {
		return ""
	}
	sp := bestSpeaker(strings.TrimSpace(rv.speaker))
	words := strings.Fields(sp)
	if len(words) == 0 || len(words) > 4 || !personName(words) || orgNamed(sp) {
		return ""
	}
	for _, w := range words {
		if r := firstRune(w); !unicode.IsUpper(r) || monthWeekday[strings.ToLower(w)] {
			return ""
		}
	}
	return sp
}

var orgWords = map[string]bool{
	"county": true, "council": true, "city": true, "state": true, "ministry": true, "department": true,
	"agency": true, "service": true, "office": true, "company": true, "inc": true, "ltd": true, "corp": true,
	"university": true, "court": true, "government": true, "bank": true, "party": true, "association": true,
	"committee": true, "commission": true, "authority": true, "board": true, "group": true, "energy": true,
	"national": true, "united": true, "river": true, "house": true, "senate": true, "parliament": true,
	"police": true, "army": true, "navy": true, "forces": true, "organization": true, "organisation": true,
	"institute": true, "foundation": true, "trust": true, "fund": true, "times": true, "news": true, "post": true,
	// days, weeks and places named after people: "Walter Greene Day"
	"day": true, "week": true, "eve": true, "festival": true, "street": true, "avenue": true, "road": true,
	"square": true, "park": true, "bridge": true, "hall": true, "prize": true, "award": true, "awards": true,
}

// labelSpeaker returns who speaks the current sentence of a transcript:
// the speaker label of its own (labelled) or of the last labelled sentence
// within the ten before it ("ORTIZ: I grew up here. I left in 1990."), ""
// when none names a person ("Q:", "A:").
func (x *sectionExtractor) labelSpeaker(labelled string) string {
	if labelled != "" {
		return labelled
	}
	for i := x.cur; i >= 0 && i >= x.cur-10; i-- {
		sent := x.sents[i].Of(x.sec.Text)
		if n := speakerLabel(sent); n > 0 {
			label := strings.TrimSpace(sent[:n-1])
			if m := stampLeadRe.FindStringIndex(label); m != nil {
				label = label[m[1]:] // ("[00:01:16] TOM:")
			}
			switch strings.ToLower(label) {
			case "q", "a", "question", "answer", "reporter", "journalist", "interviewer":
				return ""
			}
			if strings.ContainsAny(label, "0123456789") || recordLabel(label) || opensWithDate(strings.TrimSpace(sent[n:])) || x.dateLabel(x.sents[i].Start, x.sents[i].Start+n-1) {
				return "" // "Q3:", "2019:", "Present:", "Departure: Monday 20 October 2025": a date's or a record's label, no speaker's
			}
			if i < x.cur && strings.Contains(strings.ReplaceAll(x.sec.Text[x.sents[i].End:x.sents[x.cur].Start], "\r", ""), "\n\n") && !x.dialogue(label) {
				// a label in an earlier paragraph, and no other speaker's
				// in the text: a topic's ("Strawberries: plant runners in
				// late summer."), which a later paragraph is no turn of
				return ""
			}
			return titleCase(labelName(label)) // ("Raj Menon, Chief Executive Officer:", "MS. ALVAREZ (resident):": the name)
		}
	}
	return ""
}

// dateLabel reports whether the label from text offset i to j is a date
// the tagger found: "This Friday:" over a listing's act is no speaker.
func (x *sectionExtractor) dateLabel(i, j int) bool {
	for _, t := range x.tx {
		if t.Start >= i && t.Start < j && t.End >= j && strings.TrimSpace(x.sec.Text[i:t.Start]) == "" {
			return true
		}
	}
	return false
}

// dialogue reports whether the section's sentences are labelled with a
// speaker other than label too: a transcript's turns, which go on across
// paragraphs.
func (x *sectionExtractor) dialogue(label string) bool {
	for _, sg := range x.sents {
		sent := sg.Of(x.sec.Text)
		if n := speakerLabel(sent); n > 0 {
			l := strings.TrimSpace(sent[:n-1])
			if m := stampLeadRe.FindStringIndex(l); m != nil {
				l = l[m[1]:]
			}
			if l != label {
				return true
			}
		}
	}
	return false
}

// turnGoesOn reports whether rest, the words after a date that opens a
// turn, go on as a clause of their own ("the union voted to strike"), not
// as a field's further parts ("(aged 83), Uppsala", ", Gävle").
func turnGoesOn(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || !unicode.IsLetter(firstRune(rest)) {
		return false
	}
	if i := strings.IndexAny(rest, ",;("); i >= 0 {
		rest = rest[:i]
	}
	return hasVerb(strings.Fields(rest))
}

// softWraps turns into spaces the line breaks of a paragraph wrapped by
// hand in the middle of a clause: after a word, a comma or a semicolon,
// before a word in lower case ("a leak on Tuesday;¶the plumber is
// booked"), which the title's rules read as one line. (The same length:
// the offsets into the sentence hold.)
func softWraps(sent string) string {
	if strings.IndexByte(sent, '\n') < 0 {
		return sent
	}
	b := []byte(sent)
	for i, c := range b {
		if c != '\n' || i == 0 || i+1 >= len(b) {
			continue
		}
		p := b[i-1]
		if p == '\r' && i >= 2 {
			p = b[i-2]
		}
		if p != ',' && p != ';' && !(p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p >= '0' && p <= '9') {
			continue
		}
		if n := b[i+1]; n >= 'a' && n <= 'z' {
			b[i] = ' '
			if b[i-1] == '\r' {
				b[i-1] = ' '
			}
		}
	}
	return string(b)
}

// event makes the event of the date c in sentence s; others are the spans
// (relative to s) of the sentence's other event dates.
func (x *sectionExtractor) event(s Segment, c cand, others [][2]int) *item {
	text := x.sec.Text
	sent := text[s.Start:s.End]
	hsent := softWraps(sent)
	// "Clocks go back one hour on Sunday 27 October, when British Summer
	// Time ends at 02:00 BST": the day's time told in a when-clause on
	// it; the title is the time's, the day set aside as another date's
	// ("Clocks go back one hour, when British Summer Time ends")
	// (and so a part of the day after it: "the partial lunar eclipse of
	// 28 August 2026 will be visible in the early morning")
	whenJoin := c.endText[1] > 0 && c.end <= c.endText[0] && joinedDayTime(c) && (dayWhenClause(text[c.end:c.endText[0]]) || c.span.Start.Part != timeline.NoPart)
	if c.endText[1] > 0 && !whenJoin {
		// The range's end is not this event's content: "A second closure
		// followed and lasted".
		i, j := c.endText[0]-s.Start, c.endText[1]-s.Start
		if c.end <= c.endText[0] && endVerbGapRe.MatchString(text[c.end:c.endText[0]]) {
			i = c.end - s.Start // "begins at 04:00 on 5 August and ends at 04:00 on 6 August": "begins", no "and ends"
		} else if c.end <= c.endText[0] {
			switch strings.ToLower(strings.TrimSpace(text[c.end:c.endText[0]])) {
			case "and", "to", "until", "till", "through", "-", "–", "—":
				i = c.end - s.Start // "Between 10pm on 30 May and 7am on 31 May, a shed ...": the link of the range's ends goes too
			}
		}
		for i > 0 && sent[i-1] == ' ' && (j >= len(sent) || strings.IndexByte(").,;:", sent[j]) >= 0) {
			i-- // "(kick-off 3pm)": no space left before the bracket
		}
		if i > 0 && sent[i-1] == ',' && j < len(sent) {
			// "later than usual, at around 07:30, as rolling stock ...":
			// the end set off by commas leaves one
			switch sent[j] {
			case ',':
				j++
			case '.', ';', ':', ')', '!', '?':
				i--
			}
		}
		hsent = sent[:i] + sent[j:]
		others = cutSpans(others, i, j)
	}
	if c.cut[1] > 0 && c.endText[1] == 0 && c.cut[0] >= c.end && c.cut[1] <= s.End {
		// "The winter I was twenty-three, in 1998, I moved": the title
		// reads on without the year the season took
		i, j := c.cut[0]-s.Start, c.cut[1]-s.Start
		hsent = sent[:i] + sent[j:]
		others = cutSpans(others, i, j)
	}
	ds, de := c.start-s.Start, c.end-s.Start
	if whenJoin {
		others = append(others, [2]int{ds, de})
		ds, de = c.endText[0]-s.Start, c.endText[1]-s.Start
	}
	h := headline(hsent, ds, de, others, x.lastActor)
	if n := speakerLabel(hsent); n > 0 && n <= ds {
		if label := strings.TrimSpace(hsent[:n-1]); strings.HasPrefix(h.title, label+" – ") && strings.TrimSpace(hsent[n:ds]) == "" &&
			turnGoesOn(hsent[de:]) && !recordLabel(label) && x.dialogue(label) {
			// "HOLT: On Monday the union voted to strike" in a transcript
			// of more than one speaker: who speaks, not a field's label
			// ("Born: 3 May 1920, Uppsala"); the turn's words, opened by
			// the date, are the title
			if k := headline(strings.Repeat(" ", n)+hsent[n:], ds, de, others, x.lastActor); k.title != "" {
				h = k
			}
		}
	}
	if de := c.end - s.Start; h.title == "" && !whenJoin && de < len(hsent) && hsent[de] == ',' {
		// "On February 10, 2025, the board met": the date's own comma
		// sets it apart from the clause it dates
		h = headline(hsent, c.start-s.Start, de+1, others, x.lastActor)
	}
	if isQuestionLabel(sent) && strings.HasSuffix(h.title, "?") && x.cur+1 < len(x.sents) &&
		!yesNoQuestion(h.title) && !x.hasDate(x.sents[x.cur+1]) {
		// An interviewer's question dates the answer that follows: "Q:
		// Where were you on July 20, 1969? A: I was twelve ...". Not an
		// answer with a date of its own ("I may say more next week"),
		// nor the answer to a yes-no question ("Will flights resume in
		// March?"): the question is then its own headline.
		next := x.sents[x.cur+1].Of(text)
		if n := speakerLabel(next); n > 0 {
			next = strings.TrimSpace(next[n:])
		}
		if a := headline(next, 0, 0, nil, nil); a.title != "" {
			h.title = a.title
		}
	}
	if n := speakerLabel(sent); n > 0 && x.cur > 0 && dateAlone(pointBackRe.ReplaceAllString(hedgeTailRe.ReplaceAllString(vocativeTailRe.ReplaceAllString(discourseLeadRe.ReplaceAllString(strings.TrimSpace(sent[n:]), ""), "$1"), "$1"), ""), text[c.start:c.end]) {
		// "DANA: And the shop opened when?" over "TOM: In the spring of
		// 2001.": an answer that is a date alone dates what the
		// question before it asked about (an address after it, "On 18
		// October, Your Honour.", is no more, nor "That was" before it:
		// "That was in the spring of 1978.")
		if q := whenQuestion(x.sents[x.cur-1].Of(text)); q != "" {
			h.title = q
		}
	}
	if h.title == "" && bulletLabel(sent) > 0 {
		// "* WHEN...From 6 PM this evening to noon CST Wednesday": the
		// time of what the bulletin warns of
		h.title = bulletinHazard(text)
		if h.title == "" {
			h.title = finish(strings.TrimRight(strings.TrimLeft(sent[:bulletLabel(sent)], " \t*"), ". \t")) // (no hazard told: the label, "WHEN")
		}
	}
	if h.title == "" {
		// Nothing but the date and a verb: the sentence says it best.
		h.title = finish(sent)
		if n := qaLabel(sent); n > 0 && strings.TrimSpace(sent[n:]) != "" {
			h.title = finish(strings.TrimSpace(sent[n:])) // "A: On 12 December 1981.": an interview's part, nobody's name
		}
	}
	if m := signedLineRe.FindStringSubmatch(sent); m != nil && strings.EqualFold(strings.TrimRight(h.title, "."), m[1]) {
		// "Dated this 15th day of March 2022.": the signature line of an
		// instrument dates the instrument, which it names no more than
		// the word "Dated" does (was "Dated"); with no instrument named,
		// the word stays
		if name := x.instrumentName(); name != "" {
			h.title = finish(name + " " + strings.ToLower(m[1]))
		}
	}
	if n := x.noticeAbove(sent); n != "" && h.title != "" {
		// "HOLLOWAY, Dennis Arthur. Passed away suddenly on Boxing Day
		// 2023": a notice's text after its name, which is its subject
		w := firstWord(h.title)
		body := strings.ToLower(w) + h.title[len(w):]
		if lw := strings.ToLower(w); pastOrModal(lw) || irregularPast[lw] {
			h.title = finish(n + " " + body)
		} else if sv := strings.ToLower(firstWord(sent)); (pastOrModal(sv) || irregularPast[sv]) && !strings.Contains(strings.ToLower(h.title), sv) {
			// "PATEL, Harish Chandra. Died 17 February 2024, peacefully,
			// in Leicester": the verb the notice opens with, which went
			// with its date, is the name's
			h.title = finish(n + " " + sv + " " + body)
		} else {
			h.title = finish(n + " – " + body)
		}
	}
	evText, evPos := sent, x.spos
	named := false
	if x.cur+1 < len(x.sents) && (greetingTitleRe.MatchString(h.title) && !strings.Contains(text[s.End:x.sents[x.cur+1].Start], "\n") ||
		stampOnlyRe.MatchString(strings.TrimSpace(sent)) && strings.Count(text[s.End:x.sents[x.cur+1].Start], "\n") <= 2) {
		// "08:12¶Morning! Spurs have signed a striker": a live blog's
		// greeting says nothing of its entry; the sentence after it
		// does (else "By our sports desk – Morning!"). So for a stamp
		// alone on its line over the entry's paragraph ("06:30
		// BST¶¶At least 23 people have been killed" was titled "BST").
		if lt := x.leadTitle(x.sents[x.cur+1], false); lt != "" {
			if n := speakerLabel(lt); greetingTitleRe.MatchString(strings.TrimSpace(lt[n:])) && x.doc.Title != "" && !strings.Contains(x.doc.Title, "\n") {
				// "2:05 p.m. EST" over "MS BRUCE: Good afternoon,
				// everyone.": the time the briefing opened, which the
				// document's title names
				lt = finish(x.doc.Title)
			}
			h.title, named, evText = lt, true, text[s.Start:x.sents[x.cur+1].End]
		}
	}
	if captionLine(sent, h.title) && fieldLabel(strings.TrimSpace(sent)) == 0 && !isLabel(text, s.Start, c.t.Start, c.end) { // (not "ANSWER KEY" over "1066        Battle of Hastings": the list's name)
		if _, signed := signatureTitle(text, c.t.Start); signed {
			// (a sign-off's date under the signer's department is the
			// signer's: see below)
		} else if n := nameAbove(text, s.Start); n != "" {
			// a label's place and date under the object's name
			// ("Covered tankard¶London, c. 1650"): the name is what is
			// dated
			h.title, named = finish(n+" – "+h.title), true
		}
	}
	heading := strings.TrimSpace(x.sec.Heading)
	if m := headingDateLeadRe.FindStringIndex(heading); m != nil && m[1] < len(heading) {
		heading = heading[m[1]:] // "14 March 2025 — Cluster back": what the heading names
	}
	if parts := strings.Split(sent, " · "); len(parts) >= 3 && (strings.Contains(parts[0], text[c.t.Start:c.t.End]) && len(strings.Fields(parts[0])) <= 9 || factPart(parts, text[c.start:c.end])) || c.span.IsRange() && rangePlace(sent, text[c.start:c.end]) {
		// "12 September 2025 – 5 January 2026 · Gallery 2 · £14": a
		// line of facts under what it is about
		if name := cmp.Or(heading, x.doc.Title); name != "" && !strings.Contains(name, "\n") {
			h.title, named = finish(name), true
		}
	}
	if t, ok := ownerTaskTitle(text, s, c); ok {
		// "| RM | Confirm plumber | 10 March |" under "| Who | What | When
		// |": the task, its owner before it ("RM: Confirm plumber"), not
		// the owner's initials alone
		h.title, named = t, true
	} else if col := rowColumnName(text, s, c.t.Start, others); col != "" && h.title != "" && !strings.Contains(strings.ToLower(h.title), strings.ToLower(col)) && !cellWords(text, s, c) {
		// "| Austria | 14 Mar 2019 | 6 Nov 2020 |" under "| Participant |
		// Signature | Ratification |": which of the row's dates it is
		h.title = strings.TrimRight(h.title, " .") + " – " + col
	}
	if name, label, ok := rowFieldDate(sent, c.t.Start-s.Start); ok {
		// "14 Mar 2019 – Austria; Ratification: 6 Nov 2020." (a web
		// table's row, its other dated column a field): whose and which
		h.title = finish(name + " – " + label)
	}
	if t, ok := labelledRowTitle(sent, c.t.Start-s.Start, h.title); ok {
		// "Signed: 4 April 1949 – North Atlantic Treaty; Members: 12." (a
		// web table's row under its date column's name): whose and which
		h.title = t
	}
	if bareDate(text, c) && dateAlone(sent, text[c.start:c.end]) && !named {
		if ps, first, ok := x.stampedParagraph(s); ok {
			// "Resolved - This incident has been resolved. ...¶Mar 4,
			// 17:05 UTC": a status page's update, its stamp under it;
			// the event's text is the update, where it stands
			if t := finish(first); t != "" {
				h.title, named, evText, evPos = t, true, text[ps:s.End], x.posAt(ps)
			}
		}
	}
	if t, ok := signatureTitle(text, c.t.Start); ok && !named {
		// "Signed for Greenfield Mills: R. Patel, 5 June 2023", a
		// signature block's "Date:" under "Name: Michael Brandt": who
		// signs that day
		h.title, named = t, true
	}
	if !named && bareDate(text, c) && dateAlone(sent, text[c.start:c.end]) && lifeSpan(c.span) && strings.TrimSpace(text[:s.Start]) == "" {
		// "March 2, 1941 – November 25, 2022" opening the text under a
		// person's name (the heading, the line above, an obituary's
		// title): the life of the one named
		if name := lifeName(heading, nameAbove(text, s.Start), x.doc.Title); name != "" {
			h.title, named = "Life of "+name, true
		}
	}
	switch {
	case named:
	case bareDate(text, c) && (dateAlone(strings.Trim(sent, "*_ "), text[c.start:c.end]) || datePlaceColumn(sent, text[c.start:c.end])) && x.cur+1 < len(x.sents) &&
		lineLabel(text[strings.LastIndexByte(text[:s.Start], '\n')+1:s.Start]) &&
		!strings.Contains(text[s.End:x.sents[x.cur+1].Start], "\n") && x.leadTitle(x.sents[x.cur+1], entryItem(text[lineStart(text, s.Start):x.sents[x.cur+1].End])) != "":
		// a date as the lead-in of a line ("**January.** The club
		// struggled with injuries."): the sentence after it tells what
		// happened then, and the event's text is both ("1729/30, Feb. 2.
		// Joseph, son of Hannah Wood, baptised.")
		h.title = x.leadTitle(x.sents[x.cur+1], entryItem(text[lineStart(text, s.Start):x.sents[x.cur+1].End]))
		evText = text[s.Start:x.sents[x.cur+1].End]
	case heading == "" || strings.Contains(heading, "\n") || x.dateHeading():
		// ("## 1969" names no one and nothing)
	case (bareDate(text, c) || fromSpan(text, c)) && dateAlone(sent, text[c.start:c.end]):
		// nothing but the date under a heading ("## Young Photographer
		// of the Year" over "15 November – 4 January.", "From 12
		// December 2025 to 3 January 2026"): the heading names what is
		// dated ("Until 30 September." keeps its word)
		h.title = finish(heading)
		if strings.TrimSpace(text[:s.Start]) == "" && strings.HasPrefix(strings.TrimLeft(text[s.End:], " \t\r"), "\n") {
			// the date's line opens the text under the heading: the
			// lines after it, to the paragraph's end, tell of what is
			// dated ("Dentist" over "Thu, 6 Mar 2025 · 16:15 – 17:00¶Bring
			// the referral letter")
			evText = paragraphFrom(text, s.Start)
			if x.cur+1 < len(x.sents) && strings.Count(text[s.End:x.sents[x.cur+1].Start], "\n") == 1 && x.headingDated(heading) {
				// a heading that has its own dates names the period the
				// text covers, not what is dated under it ("Period
				// covered: 6-8 June 1944" over "7 Jun 44¶At dawn the
				// battalion attacked ..."): the line after the date tells
				// what happened then
				if lt := x.leadTitle(x.sents[x.cur+1], false); lt != "" {
					h.title = lt
				}
			}
		}
	case !gerundTitle(sent, h.title) && (captionLine(sent, h.title) && strings.TrimSpace(text[strings.LastIndexByte(text[:s.Start], '\n')+1:s.Start]) == "" ||
		len(strings.Fields(h.title)) == 1 && isVerbWord(strings.ToLower(h.title)) && !strings.Contains(sent, "; ") && !strings.Contains(sent, " / ") && !strings.Contains(sent, " | ") && !strings.Contains(sent, " · ")):
		// (a caption stands alone at its line's start: "Masses at 8:00
		// a.m." after "The Immaculate Conception falls on Friday,
		// December 8." goes on its paragraph, and a list item or a table
		// row is one of many under a heading that names the list)
		// (not an article's history, "Received 3 March 2020; Accepted 1
		// July 2020", "Received: 3 March 2021 / Revised: 12 May 2021":
		// each label is its own event's name)
		// a label under its heading ("## Clay tablet" over "Southern
		// Mesopotamia, c. 2100 BC."), or a verb without its subject
		// ("## Rooms of Her Own" over "Extended until 2 November."):
		// the heading names what is dated
		if timeLabels[strings.ToLower(strings.TrimSpace(h.title))] {
			// (alone: "Time: 08:30 GMT" under "Q2 FY2025 Earnings Call
			// Transcript" says only that its time is told)
			h.title = finish(heading)
		} else if ls := lineStart(text, s.Start); ls > 1 && strings.TrimSpace(text[ls:s.Start]) == "" && rowUnderRow(text, ls) {
			// "May 3 – Glasgow, Barrowland Ballroom" over "June 2 –
			// Berlin, Columbiahalle": a row of a list of dated rows
			// is titled as the first row is, without the heading
		} else if executionWords[strings.ToLower(strings.TrimSpace(h.title))] && !deedNounRe.MatchString(heading) {
			// "DATED this 22nd day of July, 2024." under "JURY TRIAL
			// DEMANDED", "Signed this 3rd day of March 2025": the
			// document's own execution, of nothing the heading names
			// (but "Dated: 14 February 2022" under "TENANCY AGREEMENT"
			// is the agreement's)
		} else if !commentHeading(heading) {
			// (not a comment's head, "mlopez commented on Mar 1,
			// 2026", over "Fixed yesterday.": its writer and day name
			// nothing the comment tells of)
			h.title = finish(heading + " – " + h.title)
		}
	}
	if copulaEnd(h.title) {
		// "The Fed's next meeting is": the date is the complement, and
		// stays ("The Fed's next meeting is Nov. 1-2").
		if k := headline(hsent, c.start-s.Start, c.start-s.Start, others, x.lastActor); k.title != "" {
			h.title = k.title
		}
	}
	if t, ok := x.resolveIt(h.title); ok {
		h.title = t
	} else if t, ok := x.resolvePerson(h.title); ok {
		h.title = t
	}
	if c.t.Start >= c.start && c.t.Start <= len(text) && notUntil(text[s.Start:c.start], text[c.start:c.t.Start]) {
		h.title = affirmed(h.title) // "The plant did not reopen" until March 2021: "The plant reopened"
	}
	if m := tagQuestionRe.FindStringIndex(h.title); m != nil && m[0] > 0 {
		// "So the mill closed in 1985, did it?": a speaker tells it and
		// asks only to be told so; what is told is the title
		t := strings.TrimSpace(h.title[:m[0]])
		if w := firstWord(t); (w == "So" || w == "And") && len(strings.Fields(t)) > 2 {
			t = titleFirst(strings.TrimLeft(t[len(w):], " ,"))
		}
		h.title = finish(t)
	}
	if firstPerson(h.title) {
		// "I applied to NASA" in a transcript: say who "I" is, by the
		// speaker's label ("ORTIZ: I ..."), else in a briefing by who
		// gives it. "We will meet the insurers" in a briefing: say who
		// "we" are.
		who := x.labelSpeaker(h.speaker)
		if p := strings.TrimLeft(who, "\"“‘'"); pronouns[strings.ToLower(strings.TrimRight(p, ",;: "))] {
			// "Campaign chair: “We said back in March that ...”": "we"
			// said it, and the line's label says who "we" are (not "We:
			// we say ...")
			who = p
			if l := x.labelSpeaker(""); l != "" {
				who = l
			}
		}
		if who == "" && h.quoted != "" {
			who = titleFirst(h.quoted)
		}
		who = strings.TrimRight(who, ",;: ") // "Jan, 28 Feb 2024:" is Jan
		if who != "" && (pronouns[strings.ToLower(who)] || strings.HasPrefix(strings.ToLower(h.title), strings.ToLower(who)+" ")) {
			// "Our screen supplier told us ...": the title already opens
			// with its speaker, whose "our" is the writer's; "she" names
			// no one
			who = ""
		}
		if who != "" {
			h.title = finishWithPrefix(who+": ", h.title)
		} else if x.sec.Statement {
			if _, _, who := x.statementWho(""); who != "Statement" && !pronouns[strings.ToLower(who)] && !strings.HasPrefix(strings.ToLower(h.title), strings.ToLower(who)+" ") {
				h.title = finishWithPrefix(who+": ", h.title)
			}
		}
	}
	if m := definedTermRe.FindStringSubmatch(strings.TrimSpace(h.title)); m != nil {
		h.title = m[1] // `The "Effective Date" means 1 February 2025`: the day the contract names so
	}
	pos := evPos
	e := timeline.Event{
		Span:     c.span,
		DateText: articleOutOfDateText(text, c, yearOfRe.ReplaceAllString(dateText(text, c), "")), // "from 1921, the year" quotes "from 1921"
		Title:    h.title,
		Text:     evText,
		Sources:  []timeline.Citation{x.cit},
		Actors:   withSender(findActors(sent, h.speaker), x.sec.Speaker),
		Pos:      pos,
	}
	it := newItem(e)
	it.order, it.sec = [2]int{x.di, x.sec.Pos.Offset + s.Start}, [2]int{x.di, x.si}
	return it
}

// signedForRe is the line of a signature before its date: "Signed for
// Greenfield Mills: R. Patel, ", "Signed on behalf of the Seller: ".
var signedForRe = regexp.MustCompile(`^(?i:signed(?:,? for and)? (?:for|on behalf of)) ([^:\n]{2,60}):\s*([^:\n]{0,40}?)[\s,;–—-]*$`)

// signerLineRe is a signature block's line that names the signer:
// "/s/ Jane Roe", "By: ...", "Name: ...".
var signerLineRe = regexp.MustCompile(`^(?:/s/|(?i:by|name|signed|signature)\s*:)`)

// signLabelRe is the label before a signer's name on a signature's
// line: "Signed:", "Signature:", "By: /s/".
var signLabelRe = regexp.MustCompile(`^(?i:signed|signature|by)\s*:\s*(?:/s/\s*)?|^/s/\s*`)

// signedLine reports whether the line s is a signature's, its date in a
// "Date:" field after the signer ("Signed: J. Harper  Date: 14 May
// 2025"): no title line, though it has no verb.
func signedLine(text string, s Segment) bool {
	line := text[s.Start:s.End]
	locs := dateLabelRe.FindAllStringIndex(line, -1)
	if len(locs) == 0 {
		return false
	}
	_, ok := signatureTitle(text, s.Start+locs[len(locs)-1][1])
	return ok
}

// dateLabelRe is a "Date:" or "Dated:" field and the spaces after it.
var dateLabelRe = regexp.MustCompile(`\b(?i:dated?)\s*:\s*`)

// dateFieldRe is a signature's date field at the end of its line, after
// the signer's name or alone: "Daniel Okafor          Date: ".
var dateFieldRe = regexp.MustCompile(`^(.*?)\s*\b(?i:date(?:d)?)\s*:\s*$`)

// signatureTitle returns the title of the date that starts at offset at of
// text when it dates a signature: "Signed for Greenfield Mills: R. Patel,
// 5 June 2023" is "Greenfield Mills signs (R. Patel)"; the "Date:" of a
// block under "OAKRIDGE ANALYTICAL SERVICES LLC", "By: /s/ Michael
// Brandt" and "Name: Michael Brandt, Managing Member" is "Oakridge
// Analytical Services LLC signs (Michael Brandt)"; "Daniel Okafor    Date:
// 06/10/2023", "Daniel Okafor signs".
func signatureTitle(text string, at int) (string, bool) {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	line := strings.TrimSpace(text[ls:at])
	if m := signedForRe.FindStringSubmatch(line); m != nil {
		who, name := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
		if name != "" && personName(strings.Fields(name)) {
			return finish(who + " signs (" + name + ")"), true
		}
		return finish(who + " signs"), true
	}
	m := dateFieldRe.FindStringSubmatch(line)
	if m == nil {
		if line == "" {
			return signOffTitle(text, ls, at)
		}
		return "", false
	}
	if pre := strings.TrimSpace(m[1]); pre != "" {
		// the signer's name before the field, on the line, perhaps after
		// its label ("Signed: J. Harper  Date: 14 May 2025")
		if l := signLabelRe.FindString(pre); l != "" {
			pre = strings.TrimSpace(pre[len(l):])
		}
		if ws := strings.Fields(pre); len(ws) >= 2 && len(ws) <= 4 && personName(ws) && !hasVerb(ws) {
			return finish(pre + " signs"), true
		}
		return "", false
	}
	// the block's lines above: the signer's "Name:" or "By:", the party's
	// name over them
	var name, by, party string
	lines := strings.Split(strings.TrimRight(text[:ls], "\n"), "\n")
	if n := len(lines); n >= 2 && strings.TrimSpace(lines[n-1]) == "" && signerLineRe.MatchString(strings.TrimSpace(lines[n-2])) {
		lines = lines[:n-1] // a reader's blank line between "/s/ Jane Roe" and its "Dated:"
	}
	for k := len(lines) - 1; k >= 0 && k >= len(lines)-4; k-- {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			break
		}
		if sig, ok := strings.CutPrefix(l, "/s/"); ok {
			by = strings.TrimSpace(sig) // "/s/ Jane Roe"
			continue
		}
		label, val, ok := strings.Cut(l, ":")
		if !ok && by == "" && name == "" && k > 0 && strings.HasPrefix(strings.TrimSpace(lines[k-1]), "/s/") {
			// "Jane Roe, Director" under "/s/ Jane Roe": the signer's
			// name and post
			head, _, _ := strings.Cut(l, ",")
			if ws := strings.Fields(head); len(ws) >= 2 && len(ws) <= 4 && personName(ws) {
				name = strings.TrimSpace(head)
				continue
			}
		}
		switch strings.ToLower(strings.TrimSpace(label)) {
		case "name", "print name", "printed name":
			if ok {
				name, _, _ = strings.Cut(strings.TrimSpace(val), ",")
			}
			continue
		case "by", "signed", "signature":
			if ok {
				by = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(val), "/s/"))
			}
			continue
		case "title", "its", "position":
			continue
		}
		if !ok && (by != "" || name != "") {
			party = l
		}
		break
	}
	who := strings.TrimSpace(cmp.Or(name, by))
	if ws := strings.Fields(who); len(ws) < 2 || len(ws) > 4 || !personName(ws) {
		return "", false
	}
	if party != "" && len(strings.Fields(party)) <= 8 && !strings.ContainsAny(party, "0123456789") {
		return finish(partyCase(party) + " signs (" + who + ")"), true
	}
	return finish(who + " signs"), true
}

// signOffTitle returns the title of a date alone on its line, the last
// of its text, under a sign-off block of lines without a break: the
// signer's name, then a post and a department ("Jane Holloway¶
// Parliamentary Under Secretary of State¶Department for Transport¶3rd
// March 2025", under an instrument): "Jane Holloway signs". A date under
// an address ("14 Park Road") or a text going on after it is no
// sign-off's.
func signOffTitle(text string, ls, at int) (string, bool) {
	if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 && strings.TrimSpace(text[at+nl:]) != "" {
		return "", false
	}
	lines := strings.Split(strings.TrimRight(text[:ls], "\n"), "\n")
	if strings.HasSuffix(text[:ls], "\n\n") || len(lines) < 2 {
		return "", false
	}
	top := len(lines) - 1
	for top > 0 && top > len(lines)-4 && strings.TrimSpace(lines[top-1]) != "" {
		top--
	}
	if top == len(lines)-1 {
		return "", false // (a name alone over the date: a caption's place, "Covered tankard¶London, c. 1650")
	}
	for _, l := range lines[top:] {
		ws := strings.Fields(l)
		if len(ws) == 0 || len(ws) > 8 || strings.ContainsAny(l, "0123456789@:;.") || hasVerb(ws) {
			return "", false
		}
	}
	who := strings.TrimSpace(lines[top])
	if ws := strings.Fields(who); len(ws) < 2 || len(ws) > 4 || !personName(ws) {
		return "", false
	}
	return finish(who + " signs"), true
}

// partyCase writes a party's name set in capitals in title case, its
// company's suffix kept: "OAKRIDGE ANALYTICAL SERVICES LLC" is "Oakridge
// Analytical Services LLC".
func partyCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		switch strings.Trim(w, ".,") {
		case "LLC", "LLP", "LP", "PLC", "INC", "LTD", "AG", "SA", "NV", "BV", "GMBH", "PTY", "CO", "USA", "UK", "US":
			continue
		}
		ws[i] = titleCase(w)
		if len(w) <= 3 {
			ws[i] = string(w[0]) + strings.ToLower(w[1:])
		}
	}
	return strings.Join(ws, " ")
}

// lifeSpan reports whether span could be a life: two days less than 120
// years apart (not years alone: a CV's "2012–2013" under the name is a
// post's).
func lifeSpan(sp timeline.Span) bool {
	a, b := sp.Start, sp.End
	if !sp.IsRange() || a.Prec != timeline.Day || b.Prec != timeline.Day || b.Year-a.Year < 1 || b.Year-a.Year >= 120 {
		return false
	}
	// a year at least ("15 November 2024 – 4 January 2025" is a show's run)
	return b.Year-a.Year > 1 || b.Month > a.Month || b.Month == a.Month && b.Day >= a.Day
}

// lifeName returns the first of names that is a person's name, an
// obituary's title read without its word for one ("Robert Kessler
// Obituary", "In Memory of Ada Price"); "" when none is.
func lifeName(names ...string) string {
	for _, n := range names {
		n = strings.TrimSpace(n)
		for _, w := range []string{"Obituary", "obituary", "Obituaries"} {
			n = strings.TrimSpace(strings.TrimSuffix(n, w))
		}
		for _, p := range []string{"Obituary:", "In Loving Memory of", "In Memory of", "In memory of", "Remembering"} {
			n = strings.TrimSpace(strings.TrimPrefix(n, p))
		}
		n = strings.TrimRight(n, " ,:–—-|")
		if ws := strings.Fields(n); len(ws) >= 2 && len(ws) <= 5 && personName(ws) && !strings.ContainsAny(n, "0123456789:|") &&
			!slices.ContainsFunc(ws, func(w string) bool { return w == "of" || w == "the" }) { // (not "Young Photographer of the Year")
			return n
		}
	}
	return ""
}

// glossRe is a bracket after a time that names its zone or tells it in
// another: "(WET)", "(11:00 – 12:00 EDT)".
var glossRe = regexp.MustCompile(`^\s*\((?:\s*(?:\d{1,2}[:.]\d{2}|[AaPp]\.?[Mm]\.?|\p{Lu}{1,5}|[–—-]|local(?: time)?))+\s*\)$`)

// dateAlone reports whether sentence sent says nothing but date, perhaps
// with a bracket that glosses its time ("Sun, 9 Mar 2025 · 18:40 – 21:15
// (WET)", see glossRe).
func dateAlone(sent, date string) bool {
	s, date := strings.Trim(sent, " .;:!"), strings.TrimSpace(date)
	rest, ok := strings.CutPrefix(s, date)
	return ok && (rest == "" || glossRe.MatchString(rest))
}

// datePlaceColumn reports whether sent is a date and, after it, a place
// in capitals alone, as a war diary's columns give them: "28.6.16
// BOUZINCOURT." (what happened there is the next sentence).
func datePlaceColumn(sent, date string) bool {
	s, date := strings.Trim(sent, " .;:!*_"), strings.TrimSpace(date)
	rest, ok := strings.CutPrefix(s, date)
	if !ok || !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\t") {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	letters := 0
	for _, r := range rest {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '\t' || r == '-' || r == '\'' || r == '’' || r == ',':
		default:
			return false
		}
	}
	return letters >= 3
}

// lineStart returns the offset of the start of the line that holds i.
func lineStart(text string, i int) int { return strings.LastIndexByte(text[:i], '\n') + 1 }

// paragraphFrom returns text from offset i to the end of its paragraph.
func paragraphFrom(text string, i int) string {
	if k := strings.Index(text[i:], "\n\n"); k >= 0 {
		return strings.TrimRight(text[i:i+k], " \t\r")
	}
	return strings.TrimRight(text[i:], " \t\r\n")
}

// bareDate reports whether the date text of c opens with the date itself,
// not a word before it ("Until 30 September." keeps its word): its
// expression, or a day joined to the hours after it ("Tue, 4 Mar 2025 ·
// 09:30 – 09:45", see joinAdjacent).
func bareDate(text string, c cand) bool {
	if c.start == c.t.Start {
		return true
	}
	lead := text[c.start:c.t.Start]
	w, _, _ := strings.Cut(lead, " ")
	return strings.ContainsAny(lead, "0123456789") && !datePreps[strings.ToLower(strings.Trim(w, ",.:;"))]
}

// fromSpan reports whether the date text of c is a span from one date to
// another after "from" ("From 12 December 2025 to 3 January 2026"): the
// word says no more than the span does.
func fromSpan(text string, c cand) bool {
	if !c.span.IsRange() || c.start >= c.t.Start {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(text[c.start:c.t.Start]), "from")
}

// rowFieldRe is the text before a date in a field of a web table's row
// written as a sentence: "14 Mar 2019 – Austria; Ratification: ".
var rowFieldRe = regexp.MustCompile(`^[^;–]{4,40}? – ([^;:]{1,60}?);(?:[^;]*;)*\s*([\p{L}][\p{L} '’-]{0,30}):\s*$`)

// leadLabelRe is the label before a date that opens a sentence:
// "Signed: ".
var leadLabelRe = regexp.MustCompile(`^\s*(\p{Lu}[\p{L} '’-]{0,30}):\s*$`)

// rowFieldsRe is what follows a table row's name: its other fields,
// "; Members: 12".
var rowFieldsRe = regexp.MustCompile(`^([^;:]{1,60}?); \p{Lu}[\p{L} '’-]{0,30}: `)

// labelledRowTitle returns, for a row of a table written as a sentence
// with the date column's name before its date and fields after the row's
// name ("Signed: 4 April 1949 – North Atlantic Treaty; Members: 12."),
// given the headline title ("Signed – North Atlantic Treaty; Members:
// 12"), the row's name and the date's label: "North Atlantic Treaty –
// Signed", as a row's second date column is told.
func labelledRowTitle(sent string, ds int, title string) (string, bool) {
	if ds <= 0 || ds > len(sent) {
		return "", false
	}
	m := leadLabelRe.FindStringSubmatch(sent[:ds])
	if m == nil {
		return "", false
	}
	rest, ok := strings.CutPrefix(title, m[1]+" – ")
	if !ok {
		return "", false
	}
	f := rowFieldsRe.FindStringSubmatch(rest + ": ")
	if f == nil {
		return "", false
	}
	return finish(strings.TrimSpace(f[1]) + " – " + m[1]), true
}

// rowFieldDate returns, for a date at offset ds of sent that is a field
// of a table row's sentence, the row's name and the field's label.
func rowFieldDate(sent string, ds int) (name, label string, ok bool) {
	if ds <= 0 || ds > len(sent) {
		return "", "", false
	}
	m := rowFieldRe.FindStringSubmatch(sent[:ds])
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
}

// rowCell returns the bounds of the cell of the table row s (one line,
// its cells between " | ") that holds the bytes from..to.
func rowCell(text string, s Segment, from, to int) (int, int) {
	cs := strings.LastIndexByte(text[s.Start:from], '|')
	ce := strings.IndexByte(text[to:s.End], '|')
	if cs < 0 {
		cs = -1
	}
	if ce < 0 {
		ce = s.End - to
	}
	return s.Start + cs + 1, to + ce
}

// cellWords reports whether the date c of a table row s stands in a
// cell's words, three or more beside it ("| 1889 | The tower opens on 31
// March |"): the date an event's words tell, not a date column's (no
// "The tower opens – Event").
func cellWords(text string, s Segment, c cand) bool {
	a, b := rowCell(text, s, c.t.Start, c.t.End)
	if c.start < a || c.end > b {
		return false
	}
	return len(strings.Fields(text[a:c.start]))+len(strings.Fields(text[c.end:b])) >= 3
}

// cellDatePreps are the words before a date in a table cell's words that
// tell when what the cell says happens ("Book the hall for 12 April",
// "Works start on 1 July"), rather than what it is about ("Q4 figures").
var cellDatePreps = map[string]bool{"on": true, "in": true, "at": true, "by": true, "from": true, "until": true, "till": true,
	"to": true, "since": true, "before": true, "after": true, "during": true, "through": true, "between": true, "for": true,
	"and": true, "or": true, "&": true, "due": true, "starting": true}

// dropCellWordDates drops, from the dates of a table's row, a date inside
// a cell's words ("| KO | Q4 figures | 7 March |") when another of the
// row's dates fills a cell of its own, the row's date column: the date in
// the words names what the task or item is about, and is no event of its
// own (else "Q4 2024 – KO – What" beside the row's "7 March"). A date the
// words tell as a time ("Book the hall for 12 April", after a
// preposition) stays, as does one within the date cell's period ("| 1889
// | The tower opens on 31 March |": the day of the row's year).
func dropCellWordDates(text string, s Segment, cs []cand) []cand {
	if len(cs) < 2 || !strings.Contains(text[s.Start:s.End], " | ") || strings.Contains(text[s.Start:s.End], "\n") {
		return cs
	}
	whole := func(c cand) bool {
		a, b := rowCell(text, s, c.t.Start, c.t.End)
		rest := text[a:c.t.Start] + text[c.t.End:b]
		return strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
	}
	var cells []cand
	for _, c := range cs {
		if whole(c) {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return cs
	}
	out := cs[:0:0]
	for _, c := range cs {
		if whole(c) || c.start < c.t.Start {
			out = append(out, c)
			continue
		}
		a, _ := rowCell(text, s, c.t.Start, c.t.End)
		ws := strings.Fields(strings.ToLower(text[a:c.t.Start]))
		if len(ws) > 0 && cellDatePreps[strings.Trim(ws[len(ws)-1], ",;:()")] {
			out = append(out, c)
			continue
		}
		if slices.ContainsFunc(cells, func(o cand) bool {
			return !o.span.IsRange() && !c.span.IsRange() && o.span.Start.Contains(c.span.Start) && o.span.Start.Prec.Coarser(c.span.Start.Prec)
		}) {
			out = append(out, c) // a finer date within the row's
			continue
		}
	}
	return out
}

// ownerColumns and taskColumns are the headers of a table of actions'
// columns for who does a task and for the task ("| Who | What | When |",
// "| Action | Owner | Due |").
var (
	ownerColumns = map[string]bool{"who": true, "owner": true, "owners": true, "by whom": true, "responsible": true, "lead": true,
		"assignee": true, "assigned to": true, "action by": true, "action owner": true, "initials": true, "person": true, "by": true}
	taskColumns = map[string]bool{"what": true, "action": true, "actions": true, "task": true, "tasks": true, "item": true,
		"action item": true, "description": true, "activity": true, "decision": true, "to do": true, "agreed action": true, "details": true}
)

// rowHeader returns the cells of the header row of the table whose row is
// s (one line; the header is the row above the line of dashes above it)
// and the cells of s, each trimmed, with the offset in text where each of
// s's cells starts and ends; ok is false when s is no such row or the two
// count different cells.
func rowHeader(text string, s Segment) (head, row []string, at [][2]int, ok bool) {
	sent := text[s.Start:s.End]
	if !strings.Contains(sent, " | ") || strings.Contains(sent, "\n") {
		return nil, nil, nil, false
	}
	ls := s.Start
	for ls > 0 && text[ls-1] != '\n' {
		ls--
	}
	le := s.End
	for le < len(text) && text[le] != '\n' {
		le++
	}
	cellsOf := func(from, to int) ([]string, [][2]int) {
		for from < to && (text[from] == ' ' || text[from] == '\t') {
			from++
		}
		for to > from && (text[to-1] == ' ' || text[to-1] == '\t' || text[to-1] == '\r') {
			to--
		}
		if from < to && text[from] == '|' {
			from++
		}
		if to > from && text[to-1] == '|' {
			to--
		}
		var cells []string
		var pos [][2]int
		a := from
		for i := from; i <= to; i++ {
			if i == to || text[i] == '|' {
				cells = append(cells, strings.TrimSpace(text[a:i]))
				pos = append(pos, [2]int{a, i})
				a = i + 1
			}
		}
		return cells, pos
	}
	row, at = cellsOf(ls, le)
	end := ls - 1
	for n := 0; end > 0 && n < 200; n++ {
		ps := strings.LastIndexByte(text[:end], '\n') + 1
		line := strings.TrimSpace(text[ps:end])
		if !strings.Contains(line, "|") {
			return nil, nil, nil, false
		}
		if strings.Trim(line, "|-: ") == "" && ps > 0 {
			hs := strings.LastIndexByte(text[:ps-1], '\n') + 1
			head, _ = cellsOf(hs, ps-1)
			return head, row, at, len(head) == len(row)
		}
		end = ps - 1
	}
	return nil, nil, nil, false
}

// ownerTaskTitle returns the title of a date in a row of a table of
// actions, one with a column for who does each task and one for the task
// ("| Who | What | When |" over "| RM | Confirm plumber | 10 March |"):
// the task after its owner, "RM: Confirm plumber" (the task alone when no
// one is named, "—"). A date inside the task's words is left out of it
// ("Book the hall for 12 April" dated 12 April is "DB: Book the hall").
func ownerTaskTitle(text string, s Segment, c cand) (string, bool) {
	head, row, at, ok := rowHeader(text, s)
	if !ok {
		return "", false
	}
	owner, task := -1, -1
	for i, h := range head {
		h = strings.ToLower(strings.Trim(h, "*_:?. "))
		switch {
		case ownerColumns[h] && owner < 0:
			owner = i
		case taskColumns[h] && task < 0:
			task = i
		}
	}
	if owner < 0 || task < 0 || row[task] == "" {
		return "", false
	}
	t := row[task]
	if tc := at[task]; c.t.Start >= tc[0] && c.t.End <= tc[1] {
		// the date in the task's words: the words without it
		ds := max(c.start, tc[0])
		t = strings.TrimSpace(text[tc[0]:ds] + " " + text[c.end:tc[1]])
		t = strings.TrimRight(t, " ,;:-–")
		if strings.IndexFunc(t, unicode.IsLetter) < 0 {
			return "", false
		}
	}
	t = finish(t)
	who := strings.Trim(row[owner], "*_ ")
	if strings.IndexFunc(who, unicode.IsLetter) < 0 || len(strings.Fields(who)) > 4 {
		return t, t != ""
	}
	switch strings.ToLower(who) {
	case "n/a", "na", "tbc", "tbd", "none", "nobody":
		return t, t != ""
	}
	return who + ": " + t, t != ""
}

// rowColumnName returns, for a date at byte at of a table row s that
// holds another date (others, offsets in the sentence), the name of the
// date's column in the table's header row; "" when the row has one date
// or the table no header.
// dateCell reports whether sent[ds:de], a date in a table's row, is all
// but a few words of its cell: a date column's, not a date in a cell's
// words.
func dateCell(sent string, ds, de int) bool {
	if ds < 0 || de > len(sent) || ds > de {
		return false
	}
	cs := strings.LastIndexByte(sent[:ds], '|')
	ce := strings.IndexByte(sent[de:], '|')
	if ce < 0 {
		ce = len(sent) - de
	}
	cell := strings.TrimSpace(sent[cs+1 : de+ce])
	return len(strings.Fields(cell)) <= 6 && !strings.ContainsAny(cell, ":;")
}

func rowColumnName(text string, s Segment, at int, others [][2]int) string {
	sent := text[s.Start:s.End]
	if !strings.Contains(sent, " | ") || strings.Contains(sent, "\n") || len(others) == 0 {
		return ""
	}
	cs := strings.LastIndexByte(text[s.Start:at], '|')
	ce := strings.IndexByte(text[at:s.End], '|')
	if cs < 0 {
		cs = -1
	}
	if ce < 0 {
		ce = s.End - at
	}
	cell := strings.TrimSpace(text[s.Start+cs+1 : at+ce])
	if len(strings.Fields(cell)) > 6 || strings.ContainsAny(cell, ":;") {
		return "" // the date inside a cell's words ("Panel: lessons from 2024"), no date column's
	}
	if !slices.ContainsFunc(others, func(o [2]int) bool { return dateCell(sent, o[0], o[1]) }) {
		// "| Q4 2024 | Record demand: 5,100 parcels in December alone |":
		// the row's other date is in its words, no other date column
		return ""
	}
	col := strings.Count(text[s.Start:at], "|")
	if !strings.HasPrefix(strings.TrimSpace(sent), "|") {
		col++ // (a row written without its outer bars)
	}
	// the header: the row above the line of dashes above this row
	ls := strings.LastIndexByte(text[:s.Start], '\n')
	for n := 0; ls > 0 && n < 200; n++ {
		ps := strings.LastIndexByte(text[:ls], '\n') + 1
		line := strings.TrimSpace(text[ps:ls])
		if !strings.Contains(line, "|") {
			return ""
		}
		if strings.Trim(line, "|-: ") == "" && ps > 0 {
			hs := strings.LastIndexByte(text[:ps-1], '\n') + 1
			header := strings.TrimSpace(text[hs : ps-1])
			if !strings.HasPrefix(header, "|") {
				header = "|" + header
			}
			cells := strings.Split(strings.Trim(header, " "), "|")
			if col < len(cells) {
				name := strings.TrimSpace(strings.Trim(cells[col], "*_ "))
				if name != "" && !strings.ContainsAny(name, "0123456789") && len(strings.Fields(name)) <= 4 {
					return name
				}
			}
			return ""
		}
		ls = ps - 1
	}
	return ""
}

// stampedParagraph reports whether the sentence s, a date alone on the
// last line of its paragraph, stamps the lines above it (a status page's
// "Resolved - This incident has been resolved. ...¶Mar 4, 17:05 UTC"),
// and returns where the paragraph's words start and its first sentence.
func (x *sectionExtractor) stampedParagraph(s Segment) (start int, first string, ok bool) {
	text := x.sec.Text
	if s.End < len(text) && strings.TrimLeft(text[s.End:], " \t\r") != "" && !strings.HasPrefix(strings.TrimLeft(text[s.End:], " \t\r"), "\n") {
		return 0, "", false // not the end of its line
	}
	if !lastLineOfParagraph(text, s.End) && !trailerLines(text, s.End) {
		return 0, "", false // "SEPTEMBER¶Saturn reaches opposition ...": a heading over lines
	}
	ls := strings.LastIndexByte(text[:s.Start], '\n')
	if ls < 0 || strings.TrimSpace(text[ls+1:s.Start]) != "" {
		return 0, "", false // not a line of its own, under others
	}
	if pl := strings.LastIndexByte(text[:ls], '\n'); strings.TrimSpace(text[pl+1:ls]) == "" {
		return 0, "", false // a blank line above: no paragraph's stamp, and no text spans it
	}
	ps := strings.LastIndex(text[:ls], "\n\n") + 2
	if ps < 2 {
		ps = 0
	}
	if strings.TrimSpace(text[ps:ls]) == "" {
		return 0, "", false
	}
	for _, o := range x.sents {
		if o.Start >= ps && o.End <= ls+1 {
			f := strings.TrimSpace(text[o.Start:o.End])
			if len(strings.Fields(f)) < 3 {
				return 0, "", false // a label's line, not an update's words
			}
			return o.Start, f, true
		}
	}
	return 0, "", false
}

// headingLine reports whether sentence s is a calendar's heading: a
// month, a season or a year and nothing else, alone on its line, over the
// lines of its paragraph ("SEPTEMBER¶Saturn reaches opposition on 21
// September."). It names the part the items below are in, and tells
// nothing that happened.
func (x *sectionExtractor) headingLine(s Segment, c cand) bool {
	text := x.sec.Text
	if c.span.Start.Prec > timeline.Month || strings.Trim(text[s.Start:s.End], " .:;*_#") != strings.TrimSpace(text[c.start:c.end]) {
		return false
	}
	ls := strings.LastIndexByte(text[:s.Start], '\n') + 1
	if strings.TrimSpace(text[ls:s.Start]) != "" {
		return false
	}
	nl := strings.IndexByte(text[s.End:], '\n')
	return nl >= 0 && strings.TrimSpace(text[s.End:s.End+nl]) == "" && !lastLineOfParagraph(text, s.End)
}

// dayHeadingLine reports whether sentence s is a schedule's day heading:
// a day and nothing else, alone on its line, over a line of its paragraph
// that tells a time on that day ("Sat 5 July¶  Practice 3  11:30-12:30").
// The entries under it carry its date; the day itself tells nothing that
// happened, as a day heading the reader took for a heading makes no event.
func (x *sectionExtractor) dayHeadingLine(s Segment, c cand) bool {
	text := x.sec.Text
	if c.span.Start.Prec != timeline.Day || c.span.IsRange() || x.cur+1 >= len(x.sents) ||
		strings.Trim(text[s.Start:s.End], " .:;*_#") != strings.TrimSpace(text[c.start:c.end]) {
		return false
	}
	ls := strings.LastIndexByte(text[:s.Start], '\n') + 1
	if strings.TrimSpace(text[ls:s.Start]) != "" {
		return false
	}
	n := x.sents[x.cur+1]
	gap := text[s.End:n.Start]
	if strings.Count(gap, "\n") != 1 || strings.TrimSpace(gap) != "" {
		return false // the next line of the paragraph opens the next sentence
	}
	if nl := strings.IndexByte(text[n.Start:n.End], '\n'); nl >= 0 {
		n.End = n.Start + nl // (its first line)
	}
	for _, t := range x.tx {
		if t.Start >= n.Start && t.Start < n.End && t.Type == tempex.Time && t.Date.Prec > timeline.Day && t.Date.DayOf() == c.span.Start.DayOf() {
			return true
		}
	}
	return false
}

// leadLabel reports whether sentence s is a paragraph's lead-in label, a
// period of no day in a few words without a verb, and the sentences after
// it in the paragraph tell their own dates: "**January.** The club signed
// Ruiz on 27 January.", "The 1960s and the electronic era. Bob Hayes ran
// 10.0 at Tokyo 1964.", "**The winter wobble.** Three defeats in
// November ...". The label heads the paragraph as a heading would, no
// event of its own.
func (x *sectionExtractor) leadLabel(s Segment, c cand) bool {
	text := x.sec.Text
	if c.span.Start.Prec > timeline.Month || x.cur+1 >= len(x.sents) {
		return false
	}
	// (the paragraph's first line opens with it)
	ls := strings.LastIndexByte(text[:s.Start], '\n') + 1
	if strings.TrimSpace(text[ls:s.Start]) != "" {
		return false
	}
	if above := strings.TrimRight(text[:ls], " \t\r\n"); above != "" && !strings.Contains(text[len(above):ls], "\n\n") && strings.Count(text[len(above):ls], "\n") < 2 {
		return false
	}
	label := strings.Trim(text[s.Start:s.End], " *_")
	if !strings.HasSuffix(label, ".") {
		return false
	}
	ws := strings.Fields(strings.TrimRight(label, "."))
	if len(ws) > 6 || hasVerb(ws) || strings.ContainsAny(label, ",;:") {
		return false
	}
	if bw := strings.Fields(text[s.Start:c.t.Start]); len(bw) > 0 && datePreps[strings.ToLower(bw[len(bw)-1])] {
		return false // "The society's records begin in 1772.": a statement of its own
	}
	for k := x.cur + 1; k < len(x.sents); k++ {
		n := x.sents[k]
		if strings.Contains(text[s.End:n.Start], "\n") {
			return false // the paragraph's end, or a line of its own
		}
		if x.hasDate(n) {
			return true
		}
		s = n
	}
	return false
}

// lineLabel reports whether the text before a sentence on its line is
// nothing or a label of a word or two: "Entry 112. ", "A.   ".
func lineLabel(s string) bool {
	ws := strings.Fields(s)
	return len(ws) == 0 || len(ws) <= 2 && !strings.ContainsAny(s, "[(") && !hasVerb(ws)
}

// leadTitle returns the headline of sentence n, which follows a date
// alone, or "" when n has a date of its own or no headline.
func (x *sectionExtractor) leadTitle(n Segment, entry bool) string {
	if !entry && x.hasDate(n) {
		return ""
	}
	var spans [][2]int
	for _, t := range x.tx {
		if t.Start >= n.Start && t.End <= n.End && (t.Type == tempex.Date || t.Type == tempex.Time) {
			spans = append(spans, [2]int{t.Start - n.Start, t.End - n.Start})
		}
	}
	if len(spans) == 0 {
		return headline(n.Of(x.sec.Text), 0, 0, nil, x.lastActor).title
	}
	// (a register's entry with a date of its own in it, "1733, 25 March.
	// John, son of John Bagnall (privately baptised; received into the
	// church 8 April).": the sentence without its dates; but after "Fri
	// 28 Nov 2025 – Sun 4 Jan 2026.", "No performances on Christmas Day."
	// is an event of its own, no title of the run's)
	return headline(n.Of(x.sec.Text), spans[0][0], spans[0][1], spans[1:], x.lastActor).title
}

// headingDated reports whether the section's heading holds a date of
// its own ("Period covered: 6-8 June 1944", "War Diary, June 1944").
func (x *sectionExtractor) headingDated(heading string) bool {
	for _, t := range x.opt.tagger()(heading, tempex.Options{Ref: x.opt.Ref}) {
		if (t.Type == tempex.Date || t.Type == tempex.Time) && !t.Date.IsZero() && !t.Date.IsVague() {
			return true
		}
	}
	return false
}

// trailerLines reports whether the lines after the one that holds offset
// end, to the end of its paragraph, only say how long the day is or at
// what hours ("All day", "10:00 – 11:30"), as a calendar's entries do
// under their dates.
func trailerLines(text string, end int) bool {
	nl := strings.IndexByte(text[end:], '\n')
	if nl < 0 {
		return false
	}
	rest := text[end+nl+1:]
	n := 0
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			break
		}
		if !trailerLineRe.MatchString(line) {
			return false
		}
		n++
		rest = after
	}
	return n > 0
}

var trailerLineRe = regexp.MustCompile(`(?i)^\s*(?:\(?all[- ]day\)?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)\s*$`)

// lastLineOfParagraph reports whether the line that holds offset end is
// the last of its paragraph: a blank line or the end of the text follows.
func lastLineOfParagraph(text string, end int) bool {
	nl := strings.IndexByte(text[end:], '\n')
	if nl < 0 {
		return true
	}
	rest := text[end+nl+1:]
	next, _, _ := strings.Cut(rest, "\n")
	return strings.TrimSpace(next) == ""
}

// nameLine reports whether text is one short line that ends with no stop:
// a name, not a sentence.
func nameLine(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > 60 || strings.ContainsAny(t, "\n0123456789") {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".!?:;,")
}

// loneDateHeading makes the event of a heading that is a date and nothing
// else, with nothing under it before the next heading ("INSET days" over
// "Friday 24 October 2025" and "Thursday 23 July 2026", an HTML list of
// days read as headings): the day itself, titled by the heading above.
// It is nil for any other heading.
func loneDateHeading(doc *timeline.Document, si int, cit timeline.Citation, opt Options, parent string) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	if text == "" || parent == "" || !dateOnlyHeading(text) {
		return nil
	}
	// a list of such days: the next heading is another, or the list
	// ends the document, or a day before it was one (the list's last)
	dateHead := func(k int) bool {
		return k >= 0 && k < len(doc.Sections) && doc.Sections[k].Kind == timeline.Heading && dateOnlyHeading(strings.TrimSpace(doc.Sections[k].Text))
	}
	if si+1 < len(doc.Sections) {
		next := &doc.Sections[si+1]
		if next.Kind != timeline.Heading && next.Kind != timeline.CitationLine && strings.TrimSpace(next.Heading) == text {
			return nil // a dated heading over its entry: the entry's date
		}
		if next.RefFrom == "heading" && sec.RefFrom != "heading" {
			return nil // a day over the entries of a live blog, each dated by its own time
		}
		if !dateHead(si+1) && !dateHead(si-1) {
			return nil // a day over the headings of its entries (a release's "### Fixed")
		}
	}
	ref := cit.Date
	if ref.IsZero() {
		ref = opt.Ref
	}
	var span timeline.Span
	var dateText string
	for _, t := range opt.tagger()(text, tempex.Options{Ref: ref, DayFirst: opt.DayFirst || doc.DayFirst, MonthFirst: opt.MonthFirst}) {
		if t.Date.Prec < timeline.Day || t.Date.IsVague() {
			continue
		}
		span, dateText = timeline.Span{Start: t.Date}, t.Text
		break
	}
	if span.Start.IsZero() {
		return nil
	}
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: dateText, Title: finish(parent), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// namedYearRe is a line that names a thing and its year in brackets:
// "Vega Medal (1996)", "The Glass Bead Game (1943)".
var namedYearRe = regexp.MustCompile(`^(\p{Lu}[^()\n]{1,80}?),?\s*\((?:c\.\s*)?(\d{4})(?:\s*[–-]\s*\d{2,4})?\)\.?$`)

// listNouns head a list of things dated by their year: "Selected awards".
var listNouns = regexp.MustCompile(`(?i)\b(?:awards?|honou?rs|prizes?|works|publications|books|novels|albums|films|filmography|discography|bibliography|releases|recordings|exhibitions|plays|poems|paintings|buildings|medals|titles|trophies)\b`)

// namedYearLine makes the event of a line a reader took for a heading
// that names a thing and its year ("Vega Medal (1996)") in a list of such
// lines, or under a heading that names such a list ("Selected awards"):
// the thing, in that year.
func namedYearLine(doc *timeline.Document, si int, cit timeline.Citation, opt Options, parent string) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	m := namedYearRe.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	named := func(k int) bool {
		return k >= 0 && k < len(doc.Sections) && (doc.Sections[k].Kind == timeline.Heading || doc.Sections[k].Kind == timeline.Body) &&
			namedYearRe.MatchString(strings.TrimSpace(doc.Sections[k].Text))
	}
	if !named(si-1) && !named(si+1) && !listNouns.MatchString(parent) {
		return nil
	}
	ref := cit.Date
	if ref.IsZero() {
		ref = opt.Ref
	}
	var span timeline.Span
	var dateText string
	tx := opt.tagger()(text, tempex.Options{Ref: ref, Mode: tempex.Narrative})
	for k, t := range tx {
		if t.Date.Prec != timeline.Year || t.Date.IsVague() {
			continue
		}
		span, dateText = timeline.Span{Start: t.Date}, t.Text
		if t.RangeEnd > k && t.RangeEnd < len(tx) {
			span.End = tx[t.RangeEnd].Date
			dateText = text[t.Start:tx[t.RangeEnd].End]
		}
		break
	}
	if span.Start.IsZero() {
		return nil
	}
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: dateText, Title: finish(strings.TrimSpace(m[1])), Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// lifeLineRe is a line of its own that is a person's name and the years
// of their life: "Daniel Mwangi (1979 – 2025)", "Daniel Mwangi, 1979 –
// 2025".
var lifeLineRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’ -]{1,60}?)(?:,\s*\p{Ll}[\p{L} -]{1,40})?(?:,\s*|\s*\()(\d{4})\s*(?:[–—-]|to)\s*(\d{4})(\)?)\.?$`)

// lifeLine makes the event of the document's first line, a heading or a
// line standing alone, that names a person and the years of their life
// (see lifeLineRe: an obituary's or a biography's title), as the same
// words in a sentence do: the life of the one named. (Not the name of a
// period, "Spanish Civil War, 1936–1939", nor a section's heading further
// down, "Early Years (1979–1990)".)
func lifeLine(doc *timeline.Document, si int, cit timeline.Citation) *item {
	sec := &doc.Sections[si]
	text := strings.TrimSpace(sec.Text)
	if len(text) > 90 || strings.ContainsRune(text, '\n') || !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	for _, o := range doc.Sections[:si] {
		if (o.Kind == timeline.Body || o.Kind == timeline.Heading) && strings.TrimSpace(o.Text) != "" {
			return nil
		}
	}
	m := lifeLineRe.FindStringSubmatch(text)
	if m == nil || strings.Contains(text, "(") != (m[4] == ")") {
		return nil
	}
	name := strings.TrimSpace(m[1])
	words := tributeLead(strings.Fields(name)) // (not "Life of Remembering Cal Brennan")
	name = strings.Join(words, " ")
	if len(words) < 2 || len(words) > 5 || !personName(words) || periodName(words) != "" {
		return nil
	}
	from, _ := strconv.Atoi(m[2])
	to, _ := strconv.Atoi(m[3])
	if to-from < 1 || to-from >= 120 {
		return nil
	}
	span := timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: from}, End: timeline.Date{Prec: timeline.Year, Year: to}}
	i := strings.Index(text, m[2])
	dateText := text[i : strings.LastIndex(text, m[3])+len(m[3])]
	pos := sec.Pos
	pos.File = doc.Name
	e := timeline.Event{Span: span, DateText: dateText, Title: "Life of " + name, Text: text, Sources: []timeline.Citation{cit}, Pos: pos}
	return newItem(e, cit.Title)
}

// dateOnlyHeading reports whether a heading is nothing but a date ("##
// 1969"), which names no one and nothing.
func dateOnlyHeading(h string) bool {
	_, ok := headingPeriod(h)
	return ok || tempex.IsDate(h)
}

// rangePlace reports whether sent is a span and the place it is at, apart
// by a comma ("18 October 2025 – 22 February 2026, Gallery 4"), like a
// line of facts: the run of what the heading above names.
func rangePlace(sent, date string) bool {
	sent, date = strings.TrimSpace(sent), strings.TrimSpace(date)
	rest, ok := strings.CutPrefix(sent, date)
	if !ok || date == "" {
		return false
	}
	rest, ok = strings.CutPrefix(rest, ",")
	rest = strings.TrimRight(strings.TrimSpace(rest), ".")
	if !ok || rest == "" || strings.ContainsAny(rest, ".;:!?") {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 5 || hasVerb(words) {
		return false
	}
	for _, w := range words {
		switch strings.Trim(w, ",") {
		case "the", "of", "and", "on", "at", "in", "floor", "level", "wing", "room", "hall", "gallery":
			continue // "the Long Gallery", "Room 4, first floor"
		}
		if r := firstRune(w); unicode.IsLetter(r) && !unicode.IsUpper(r) && !ordinalWord(w) {
			return false
		}
	}
	return true
}

// ordinalWord reports whether w is "first" to "tenth" or "ground", the
// floor of a room.
func ordinalWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",")) {
	case "ground", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "upper", "lower", "main":
		return true
	}
	return false
}

// captionLine reports whether sent is a caption's line with no verb: a
// place and a date ("Mainz, about 1450."), whose headline is a short name.
// nameAbove returns the line right above offset i when it is a name: a
// short line with no digits, no verb and no closing punctuation, in the
// same paragraph ("Covered tankard" over "London, c. 1650"); "" else.
func nameAbove(text string, i int) string {
	before := strings.TrimRight(text[:i], " \t")
	if !strings.HasSuffix(before, "\n") || strings.HasSuffix(before, "\n\n") {
		return ""
	}
	before = strings.TrimRight(before, "\r\n")
	line := strings.TrimSpace(before[strings.LastIndexByte(before, '\n')+1:])
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(line, "0123456789") || hasVerb(words[1:]) || fieldLabel(line) > 0 ||
		strings.ContainsAny(line[len(line)-1:], ".!?;:,") || !unicode.IsUpper(firstRune(line)) {
		return ""
	}
	return line
}

// gerundTitle reports whether title is one word in -ing that opens the
// sentence sent and is followed by its date: an act named by its gerund
// ("Sitting at 10:30, not before 11:00 for case 2"), which needs no
// heading to tell what it is.
func gerundTitle(sent, title string) bool {
	if strings.ContainsRune(title, ' ') || len(title) < 6 || !strings.HasSuffix(title, "ing") || !strings.HasPrefix(sent, title+" ") {
		return false
	}
	w := strings.ToLower(firstWord(sent[len(title)+1:]))
	return w == "at" || w == "on" || w == "from"
}

func captionLine(sent, title string) bool {
	words := strings.Fields(sent)
	if strings.Contains(sent, "(") {
		// (a qualifier in brackets is no verb of the line: "Primary
		// Completion (Estimated): 2025-09" is a label like "Study Start
		// (Actual): 2023-06-14")
		words = strings.Fields(parenRe.ReplaceAllString(sent, ""))
	}
	if len(words) == 0 || len(words) > 10 || hasVerb(words) || len(strings.Fields(title)) > 4 {
		return false
	}
	for _, w := range words {
		if pronouns[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return false
		}
	}
	// the headline a name, a place: "Southern Mesopotamia", "Mainz", not
	// "War begins"
	for _, w := range strings.Fields(title) {
		if r := firstRune(w); unicode.IsLetter(r) && !unicode.IsUpper(r) && !functionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// resolveIt names the subject of a headline that opens with "It" or
// "They" by the subject of the sentence before ("The company was founded
// in 1998. Last year it made a loss." gives "The company made a loss"):
// a headline says who. Not the "it" of "it was", "it is" (often no one),
// and only when the sentence before opens with a plain noun phrase of
// the same number.
func (x *sectionExtractor) resolveIt(title string) (string, bool) {
	w := firstWord(title)
	if (w != "It" && w != "They") || x.cur == 0 || !strings.HasPrefix(title, w+" ") {
		return "", false
	}
	switch v := strings.ToLower(firstWord(title[len(w)+1:])); v {
	case "", "is", "was", "were", "are", "be", "has", "had", "have", "seems", "seemed", "appears", "appeared":
		return "", false
	case "takes", "took":
		if w == "It" {
			return "", false // "it took three years"
		}
	default:
		if w == "It" && weatherVerbs[v] {
			return "", false // "It rained for days": the weather, no thing named before
		}
	}
	prev := x.sents[x.cur-1].Of(x.sec.Text)
	cur := x.sents[x.cur].Of(x.sec.Text)
	sameSentence := false
	for _, link := range []string{"; ", ", and ", ", but "} {
		if k := strings.Index(cur, link+strings.ToLower(w)+" "); k > 0 {
			sameSentence = link != "; "
			// "Ubuntu 18.04 is no longer supported; it reached end of
			// support in May 2023", "Coverage ... fell below 85% in
			// 2016, and it remained low the following year": the
			// clause before the link's subject
			prev = cur[:k]
			if i := listMarkerLen(prev); i > 0 {
				prev = prev[i:]
			}
			break
		}
	}
	if strings.HasSuffix(strings.TrimRight(prev, " \t\n\"”’')"), "?") {
		return "", false // "When did the war end? It ended in 1945.": no subject to take
	}
	if k := strings.LastIndex(prev, ": "); k > 0 {
		// "The Great Depression hit hard: the mill closed in 1934 and
		// stood empty. ... it housed the fair": the clause after the
		// colon tells what the first one said, and its subject is the
		// nearer
		prev = prev[k+2:]
	}
	for _, conj := range []string{", and ", ", but ", "; "} {
		// "Bríd died in 2011, and for a while the light went out of
		// him. It came back": a second clause with a subject of its
		// own, the nearer, may be what "it" is (the verb after the
		// conjunction shares the first subject: "was founded in 1998,
		// and listed in 2005")
		if k := strings.Index(prev, conj); k > 0 {
			if w := firstWord(prev[k+len(conj):]); !pastOrModal(strings.ToLower(w)) && !titleVerb(w) {
				return "", false
			}
		}
	}
	words := strings.Fields(stripLeadIn(prev))
	for i, pw := range words {
		if i > 6 || strings.ContainsAny(pw, ",;:\"“”()") {
			return "", false
		}
		if i == 0 || !titleVerb(pw) && !(pw == "is" || pw == "are" || pw == "was" || pw == "were" || pw == "has" || pw == "have" || pw == "had") {
			continue
		}
		np := words[:i]
		if d := strings.ToLower(np[0]); !determiners[d] && !unicode.IsUpper(firstRune(np[0])) || pronouns[d] || leadPreps[d] || subordinators[d] {
			return "", false
		}
		if sameSentence && i+1 < len(words) {
			// "... and it" after a clause with an object ("Parliament
			// passed it on 5 July 1956, and it came into force") may
			// be the object: only a clause without one gives its subject
			if o := strings.ToLower(words[i+1]); determiners[o] || pronouns[o] || o == "him" || o == "them" || unicode.IsUpper(firstRune(words[i+1])) {
				return "", false
			}
		}
		for _, n := range np {
			if ln := strings.ToLower(n); pronouns[ln] || timeWords[ln] || monthWeekday[ln] || isNumber(ln) {
				return "", false // "Last year it made a loss": no noun phrase
			}
		}
		if isPlural(np[len(np)-1]) != (w == "They") {
			return "", false
		}
		if w == "It" && !determiners[strings.ToLower(np[0])] && personLike(strings.Join(np, " ")) && personName(np) && !strings.ContainsAny(strings.Join(np, " "), "0123456789") {
			return "", false // "Louis XVI called the Estates-General. It opened ...": not the king
		}
		return finishWithPrefix(strings.Join(np, " ")+" ", title[len(w)+1:]), true
	}
	return "", false
}

// weatherVerbs have an "it" that stands for nothing: "It rained", "it
// snowed all night".
var weatherVerbs = map[string]bool{
	"rained": true, "rains": true, "snowed": true, "snows": true, "hailed": true, "hails": true, "drizzled": true,
	"poured": true, "thundered": true, "sleeted": true, "stormed": true,
}

// copulaEnd reports whether a headline ends on a verb that wants its
// complement: the date taken out was it.
func copulaEnd(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	switch strings.ToLower(title[i+1:]) {
	case "is", "are", "was", "were", "be", "been", "remains", "remained":
		return true
	}
	return false
}

// timeWords name times, never who did something.
var timeWords = map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"day": true, "days": true, "last": true, "next": true, "today": true, "yesterday": true, "tomorrow": true,
	"spring": true, "summer": true, "autumn": true, "winter": true, "morning": true, "evening": true, "night": true}

// hasDate reports whether the tagger found a date or time in s.
func (x *sectionExtractor) hasDate(s Segment) bool {
	for _, t := range x.tx {
		if t.Start >= s.Start && t.Start < s.End && (t.Type == tempex.Date || t.Type == tempex.Time) {
			return true
		}
	}
	return false
}

// yesNoQuestion reports whether a question opens with an auxiliary ("Will
// flights resume?", "Did you see it?"): its answer does not tell what
// happened.
func yesNoQuestion(q string) bool {
	switch strings.ToLower(firstWord(q)) {
	case "will", "would", "can", "could", "shall", "should", "may", "might", "must", "is", "are", "was", "were",
		"do", "does", "did", "has", "have", "had":
		return true
	}
	return false
}

// boundMod is the modifier a preposition before a date gives it when the
// tagger gave none: "open until 30 June", "finished by 2025" tell of a
// time on or before the date (TIMEX3 ON_OR_BEFORE on the start: the
// model has no span with an end and no start), not of an event on it.
func boundMod(prep string) timeline.Mod {
	switch strings.ToLower(strings.TrimSpace(prep)) {
	case "until", "till", "by":
		return timeline.ModOnOrBefore
	}
	return timeline.ModNone
}

// beforeEventRe ends the words before a day that an event named just
// before it is on, the event what something else comes before: "before
// the hearing on", "prior to the final hearing listed for", "no later
// than the case management conference on". Group 1 is the word before
// "before" (a body appeared before is no event: "appeared before the
// hearing", and there must be one: "Before the meeting on 12 June, the
// councillors toured the site" tells the meeting's day, and its title is
// the meeting), group 2 "before" or "prior to", group 3 the words of an
// inclusive deadline.
var beforeEventRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:([\pL]+)\s+)?(?:(before|prior\s+to)|((?:no|not)\s+later\s+than|in\s+time\s+for))\s+` + datedEventNP + `\s*$`)

// datedEventNP is the noun phrase of an event whose day is written right
// after it: "the hearing on", "the final hearing listed for", "its
// pre-trial review on".
const datedEventNP = `(?:the|its|their|our|this|that|his|her|your|each)\s+(?:[\w'’-]+\s+){0,3}?(?:hearing|trial|meeting|conference|session|mediation|deadline|vote|ballot|election|auction|inspection|interview|examination|exam|appointment|appeal|review)(?:\s+(?:(?:listed|fixed|scheduled|set|arranged|due)\s+(?:for|on)|on|at))?`

// offsetEventRe ends the words before a day that an event named just
// before it is on, counted from that event: "the day before the hearing
// on", "two days before the trial listed for", "the week after the
// meeting on", "three weeks prior to the hearing on". Group 1 is the
// number ("the", "a", a word or digits), group 2 the unit, group 3
// "before", "after" or "prior to". Not working or clear days, which a
// calendar of holidays counts.
var offsetEventRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty-one|twenty-eight|\d{1,2})\s+(days?|weeks?)\s+(before|after|prior\s+to)\s+` + datedEventNP + `\s*$`)

// offsetEventDay returns the day (or, for "the week before", the week)
// that before, the words ending right before the day d an event is on,
// count from it (offsetEventRe): "filed the day before the hearing on 12
// June" is 11 June, "two days before the hearing on 15 June" 13 June,
// "the week after the trial on 20 July 2026" the week after the trial's
// (2026-W31); and where in before the words begin. ok is false when
// before counts nothing from such an event.
func offsetEventDay(before string, d timeline.Date) (timeline.Date, int, bool) {
	m := offsetEventRe.FindStringSubmatchIndex(before)
	if m == nil || d.Prec != timeline.Day {
		return timeline.Date{}, 0, false
	}
	num, unit, dir := strings.ToLower(before[m[2]:m[3]]), strings.ToLower(before[m[4]:m[5]]), 1
	if !strings.HasPrefix(strings.ToLower(before[m[6]:m[7]]), "after") {
		dir = -1
	}
	n := 0
	switch num {
	case "the", "a", "an", "one":
		n = 1
	case "two":
		n = 2
	case "three":
		n = 3
	case "four":
		n = 4
	case "five":
		n = 5
	case "six":
		n = 6
	case "seven":
		n = 7
	case "eight":
		n = 8
	case "nine":
		n = 9
	case "ten":
		n = 10
	case "fourteen":
		n = 14
	case "twenty-one":
		n = 21
	case "twenty-eight":
		n = 28
	default:
		n, _ = strconv.Atoi(num)
	}
	plural := strings.HasSuffix(unit, "s")
	if n < 1 || plural != (n > 1) || num == "the" && plural {
		return timeline.Date{}, 0, false // ("a days before", "the two days before": no count)
	}
	tt, ok := d.Time()
	if !ok {
		return timeline.Date{}, 0, false
	}
	days := n
	if strings.HasPrefix(unit, "week") {
		days *= 7
	}
	tt = tt.AddDate(0, 0, dir*days)
	if num == "the" && unit == "week" {
		// "the week after the trial": the week that follows the trial's
		y, w := tt.ISOWeek()
		return timeline.Date{Prec: timeline.Week, Year: y, Week: w}, m[2], true
	}
	return timeline.Date{Prec: timeline.Day, Year: tt.Year(), Month: int(tt.Month()), Day: tt.Day()}, m[2], true
}

// appearBefore are the verbs whose "before" is in the presence of a body,
// not earlier than: "gave evidence before the inquiry", "appeared before
// the hearing", "spoke before the meeting".
var appearBefore = map[string]bool{
	"appear": true, "appears": true, "appeared": true, "appearing": true, "heard": true, "argued": true, "testified": true, "testify": true,
	"brought": true, "came": true, "come": true, "comes": true, "went": true, "go": true, "listed": true, "pleaded": true,
	"spoke": true, "speak": true, "speaks": true, "speaking": true, "presented": true, "laid": true, "put": true, "placed": true, "stood": true, "stand": true,
	"tabled": true, "submitted": true, "read": true,
}

// beforeEventMod returns the bound a deadline set by an event puts on the
// event's day (beforeEventRe): BEFORE for "before the hearing on 12
// June", ON_OR_BEFORE for "no later than the hearing on"; none when no
// such event is named, or "before" is a body's presence.
func beforeEventMod(before string) timeline.Mod {
	m := beforeEventRe.FindStringSubmatchIndex(before)
	switch {
	case m == nil || m[2] < 0 || appearBefore[strings.ToLower(before[m[2]:m[3]])]:
		return timeline.ModNone
	case m[4] >= 0:
		return timeline.ModBefore
	}
	return timeline.ModOnOrBefore
}

// zoneGloss reports whether the time tx[j] stands in brackets right after
// another time, the same told in another zone: "16:00 GMT (11:00 EDT)",
// "at 05:30 local time (03:30 UTC)".
func zoneGloss(text string, tx []tempex.Timex, j int) bool {
	if j == 0 || tx[j-1].Type != tempex.Time || tx[j-1].End > tx[j].Start {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(text[tx[j-1].End:tx[j].Start]))
	// (a single time's gloss, "9 a.m. (0700 GMT)", "05:30 local time
	// (03:30 UTC)", is read with it: it tells the zone; a range's is
	// dropped)
	return gap == "(" && tx[j].RangeEnd > j
}

// glossThenOn reports whether gap, the text between a time and a day, is
// a bracket glossing the time and then "on": " (03:42 local) on ".
func glossThenOn(gap string) bool {
	g := strings.TrimSpace(gap)
	if !strings.HasPrefix(g, "(") {
		return false
	}
	k := strings.IndexByte(g, ')')
	return k > 0 && !strings.Contains(g[1:k], "(") && strings.TrimSpace(g[k+1:]) == "on"
}

// localGloss reports whether the time tx[j], in a bracket right after a
// zoned time, tells it again on the place's own clock ("1442 UTC (1542
// local time)", "01:42 UTC (03:42 local)").
func localGloss(text string, tx []tempex.Timex, j int) bool {
	if j == 0 || tx[j-1].Type != tempex.Time || !tx[j-1].Date.HasZone || tx[j-1].End > tx[j].Start {
		return false
	}
	if strings.TrimSpace(text[tx[j-1].End:tx[j].Start]) != "(" {
		return false
	}
	rest := strings.ToLower(text[tx[j].End:min(len(text), tx[j].End+12)])
	return strings.HasSuffix(strings.ToLower(tx[j].Text), "local time") || strings.HasSuffix(strings.ToLower(tx[j].Text), "local") ||
		strings.HasPrefix(strings.TrimSpace(rest), "local")
}

// roughTimeRe finds a time told roughly or from another: "About 90
// seconds later", "after midnight", "shortly before noon".
var roughTimeRe = regexp.MustCompile(`(?i)\b(?:later|earlier|after|before|afterwards|midnight|noon|shortly|about|around)\b`)

// bracketedAlone reports whether text[start:end] is all a bracket holds:
// "(23:55)".
func bracketedAlone(text string, start, end int) bool {
	return strings.HasSuffix(strings.TrimRight(text[:start], " "), "(") && strings.HasPrefix(strings.TrimLeft(text[end:], " "), ")")
}

// clockToldBefore reports whether one of the expressions before holds the
// clock time of t, to the minute.
func clockToldBefore(before []tempex.Timex, t tempex.Timex) bool {
	for _, b := range before {
		if b.Type == tempex.Time && b.Date.Prec >= timeline.Minute && b.Date.Hour == t.Date.Hour && b.Date.Minute == t.Date.Minute {
			return true
		}
	}
	return false
}

// restatedAtRe is what stands between a time told roughly and the clock
// that tells it exactly: ", at ".
var restatedAtRe = regexp.MustCompile(`^\s*[,–—-]\s*(?:at|around|about|approximately)?\s*$`)

// restatedGloss reports whether the time tx[j] follows a zoned time of
// the same sentence after "i.e." or "that is": the same moment, told again
// on another place's clock ("at 16:00 GMT / 11:00 EST, i.e. Wednesday
// 01:00 in Seoul"), no event of its own (and its weekday, read from the
// writer's day, would be a day off).
func restatedGloss(text string, tx []tempex.Timex, j int) bool {
	if j == 0 || tx[j-1].Type != tempex.Time || !tx[j-1].Date.HasZone || tx[j-1].End > tx[j].Start {
		return false
	}
	return restatedGapRe.MatchString(text[tx[j-1].End:tx[j].Start])
}

// restatedGapRe is what stands between a time and the same moment told
// again: ", i.e. ", " (i.e. ", ", that is, ".
var restatedGapRe = regexp.MustCompile(`^[ \t]*[,(]?[ \t]*(?:i\.\s?e\.|ie|that is|which is)[ \t]*,?[ \t]*$`)

// localAside reports whether the time tx[j] is a bracket of its own
// saying on the place's clock a time written with its zone earlier in the
// sentence that starts at from: "2024-05-17T21:40Z — Dam operator reported
// the spillway in use (23:40 local)", "at 05:00 UTC on Tuesday 21 May
// 2024 (07:00 local)".
func localAside(text string, tx []tempex.Timex, j, from int) bool {
	if !strings.HasSuffix(strings.TrimRight(text[:tx[j].Start], " "), "(") {
		return false
	}
	rest := strings.ToLower(strings.TrimSpace(text[tx[j].End:min(len(text), tx[j].End+14)]))
	if !strings.HasPrefix(rest, "local") && !strings.HasSuffix(strings.ToLower(tx[j].Text), "local") && !strings.HasSuffix(strings.ToLower(tx[j].Text), "local time") {
		return false
	}
	for k := j - 1; k >= 0 && tx[k].Start >= from; k-- {
		if tx[k].Type == tempex.Time && tx[k].Date.HasZone {
			return true
		}
	}
	return false
}

// instantGloss reports whether the time tx[j] opens a bracket that tells
// the time before it again in another zone ("02:17 UTC on 22 April 2025
// (10:17 p.m. EDT on 21 April)", "11:42 p.m. ET (04:42 GMT Friday)"): the
// same moment, no second event. It returns where the bracket closes, or 0.
func instantGloss(text string, tx []tempex.Timex, j int) (int, time.Duration) {
	if j == 0 || tx[j].Type != tempex.Time {
		return 0, 0
	}
	// "02:14 UTC on 9 November 2024 (21:14 local time on 8 November)":
	// the place's clock, whose zone the bracket does not write
	local := !tx[j].Date.HasZone && tx[j].Date.Prec >= timeline.Minute &&
		strings.HasPrefix(strings.ToLower(strings.TrimLeft(text[tx[j].End:min(len(text), tx[j].End+8)], " ")), "local")
	if !tx[j].Date.HasZone && !local {
		return 0, 0
	}
	k := j - 1
	if tx[k].Type == tempex.Date && k > 0 && tx[k-1].Type == tempex.Time && tx[k-1].End <= tx[k].Start &&
		strings.TrimSpace(strings.ToLower(text[tx[k-1].End:tx[k].Start])) == "on" {
		k-- // the time, then its day
	}
	p := tx[k]
	if p.Type != tempex.Time || !p.Date.HasZone || !local && p.Date.Zone == tx[j].Date.Zone || local && k == j-1 {
		return 0, 0 // (a local time right after the zoned one, "01:42 UTC (03:42 local)", is localGloss's)
	}
	if strings.TrimSpace(text[tx[j-1].End:tx[j].Start]) != "(" {
		return 0, 0
	}
	if local {
		// the same moment if the place's offset from the zone told is
		// one a clock can have (whole quarter hours, -12h to +14h)
		a, ok1 := instant(p.Date)
		b, ok2 := tx[j].Date.Time()
		if !ok1 || !ok2 {
			return 0, 0
		}
		off := b.Sub(a)
		for off > 14*time.Hour {
			off -= 24 * time.Hour
		}
		for off < -12*time.Hour {
			off += 24 * time.Hour
		}
		if off%(15*time.Minute) != 0 || off > 14*time.Hour {
			return 0, 0
		}
		if end := strings.IndexByte(text[tx[j].End:], ')'); end >= 0 && end <= 40 {
			return tx[j].End + end, 0
		}
		return tx[j].End, 0
	}
	a, ok1 := instant(p.Date)
	b, ok2 := instant(tx[j].Date)
	if !ok1 || !ok2 {
		return 0, 0
	}
	var shift time.Duration
	if !a.Equal(b) {
		// the same clock reading a day off: the gloss that names its
		// day ("04:42 GMT Friday") says which
		d := b.Sub(a)
		if (d != 24*time.Hour && d != -24*time.Hour) || clockOnly(tx[j].Text) && !(j+1 < len(tx) && tx[j+1].Start < tx[j].End+12 && tx[j+1].Date.Prec == timeline.Day) {
			return 0, 0
		}
		shift = d
	}
	end := strings.IndexByte(text[tx[j].End:], ')')
	if end < 0 || end > 40 {
		return tx[j].End, shift
	}
	return tx[j].End + end, shift
}

// instant is the moment a zoned time of day names.
func instant(d timeline.Date) (time.Time, bool) {
	if d.Prec < timeline.Minute || !d.HasZone {
		return time.Time{}, false
	}
	t, ok := d.Time()
	if !ok {
		return time.Time{}, false
	}
	return t.Add(-time.Duration(d.Zone) * time.Minute), true
}

// dayAfter reports whether the time tx[j] is followed by the day it is
// on: "closes at 11:59pm on 24 November 2025" is that day's, however
// much the sentence reads as opening hours.
func dayAfter(text string, tx []tempex.Timex, j int) bool {
	if j+1 >= len(tx) || tx[j+1].Date.Prec < timeline.Day || tx[j].End > tx[j+1].Start {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(text[tx[j].End:tx[j+1].Start]))
	if weekdayOnly(tx[j+1].Text) {
		// (not "closes at 5pm, Monday to Saturday": every such day; but
		// "Check-in opens at 4:00 p.m. on Friday" is that Friday's)
		return gap == "on" && tx[j+1].Type == tempex.Date && tx[j+1].RangeEnd < 0
	}
	return gap == "on" || gap == "," || gap == "on the" || gap == ""
}

// dayOpens reports whether the sentence s (whose first expression is ti)
// opens with the one day the clock time j is on, in a sentence that is
// habitual only by its verb: "On Monday 2 June 2025 the workshop opens at
// 9:30", "Day 1 (Monday) opens at 9:30 with a keynote" (the programme's
// day). That day's time, not opening hours; but not "On Sundays the hall
// opens at 10:00", nor "From 3 March the café opens at 8am daily".
func dayOpens(text string, s Segment, tx []tempex.Timex, ti, j int) bool {
	d := tx[ti]
	if ti >= j || d.Type != tempex.Date || d.Date.Prec != timeline.Day || d.RangeEnd >= 0 || tx[j].Date.DayOf() != d.Date {
		return false
	}
	if !dayOpensRe.MatchString(text[s.Start:d.Start]) || text[d.End:min(s.End, d.End+1)] == "s" {
		return false
	}
	if between := text[d.End:tx[j].Start]; strings.ContainsAny(between, ";:") || nextDayRe.MatchString(between) {
		return false // (not "Day 1 (Monday) opens at 9:30; day 2 closes at 16:00": another day's clock)
	}
	for k := ti + 1; k < j; k++ {
		if tx[k].Type == tempex.Set || tx[k].Date.Prec >= timeline.Day && tx[k].Date.DayOf() != d.Date {
			return false
		}
	}
	low := " " + strings.ToLower(text[s.Start:s.End]) + " "
	for _, w := range []string{"daily", "nightly", "weekdays", "weekends", "every ", "each ", "usually", "normally", " from ", "until", "onwards", "hours"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// dayInOwnClause reports whether the clock time j is told in a clause of
// its own, after a semicolon or before one, that names the one day it is
// on, with no word of every day's hours in that clause: "Office hours on
// September 22 are cancelled; I'll hold extra hours on September 23 from
// 10 to 11:30 am instead" (that day's hours; the other clause's "office
// hours" do not make them every day's). But "Opening hours: Mon-Fri
// 9-5; Sat 10-4" has no day in the clause, and stays every week's.
func dayInOwnClause(text string, s Segment, tx []tempex.Timex, ti, j int) bool {
	t := tx[j]
	cs := s.Start + strings.LastIndexByte(text[s.Start:t.Start], ';') + 1
	ce := s.End
	if k := strings.IndexByte(text[t.End:s.End], ';'); k >= 0 {
		ce = t.End + k
	}
	if cs == s.Start && ce == s.End {
		return false // (one clause: the sentence's own words say whose hours)
	}
	from := -1
	for k := ti; k < j; k++ {
		if tx[k].Start < cs {
			continue
		}
		if from < 0 {
			from = k
		}
		d := tx[k]
		if d.Type == tempex.Date && d.Date.Prec == timeline.Day && d.RangeEnd < 0 && d.Date.DayOf() == t.Date.DayOf() && strings.ContainsAny(d.Text, "0123456789") &&
			text[d.End:min(ce, d.End+1)] != "s" {
			return !isHabitual(text[cs:ce], tx, from, ce)
		}
	}
	return false
}

// dayOpensRe is what can come before a day that opens its sentence: "On",
// a programme's "Day 1 (".
// nextDayRe names another day of a programme: "day 2", "the second day".
var nextDayRe = regexp.MustCompile(`(?i)\bday\s+\d|\b(?:second|third|next|following|last|final|closing)\s+day\b`)

var dayOpensRe = regexp.MustCompile(`(?i)^[\s*_#>-]*(?:on\s+|day\s+\d{1,2}\s*\(\s*)?$`)

// clockOnly reports whether a time expression is only a time of day ("9
// a.m.", "10:00", "noon"), with no day of its own: the tagger put it on
// the reference day.
func clockOnly(expr string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(expr), func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '—' || r == ':' || r == '.' || r >= '0' && r <= '9'
	}) {
		switch w {
		case "a", "p", "m", "am", "pm", "noon", "midnight", "to", "and", "h", "hrs", "o'clock", "o’clock",
			"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "aoe", "z", "local", "time", "ist", "jst", "aest", "aedt", "mst", "mdt", "wet", "west", "eet", "eest":
		default:
			return false
		}
	}
	return true
}

// habitualWords mark a sentence that tells what is usually so (opening
// hours, a timetable) rather than what happened.
var habitualWords = []string{"daily", "weekdays", "weekends", "nightly", "opening hours",
	// what can be done during a notice's hours ("The plans can be
	// inspected at the Town Hall, Monday to Friday, 9am to 5pm")
	" can be inspected", " may be inspected", " can be viewed", " may be viewed", " can be collected", " may be collected",
	" can be seen at", " can be consulted", " may be consulted",
	"office hours", " is open", " are open", " is closed", " are closed", " open from ", " open between ",
	" is served", " are served", " opens at ", " closes at ", " is staffed", " are staffed", " is manned",
	" is available", " are available", " operates ", " operate ", " is answered", " last entry", " last admission",
	" open daily", " open tuesday", " open monday", " open wednesday", " open thursday", " open friday", " open saturday", " open sunday",
	// services that run to a timetable ("Tours start at 9.15am")
	" tours start", " tours leave", " tours depart", " tours run", " buses leave", " buses depart", " trains leave",
	" trains depart", " ferries leave", " ferries depart", " sailings leave", " walks leave", " walks start", " classes start",
	" sessions start", " services start", " services run"}

// servedOnly reports whether the only habitual word of a sentence is
// "is served" or "are served" ("Dinner is served at 7pm").
func servedOnly(sent string) bool {
	low := " " + strings.ToLower(sent) + " "
	if !strings.Contains(low, " is served") && !strings.Contains(low, " are served") {
		return false
	}
	for _, w := range habitualWords {
		if w != " is served" && w != " are served" && strings.Contains(low, w) {
			return false
		}
	}
	if everyUnitRe.MatchString(low) {
		return false // "Breakfast is served at 7am every day"
	}
	return true
}

// seasonBound reports whether t can bound a season that comes back every
// year: a month or a feast named without a year or a day's number
// ("Easter", "October"; not "3 April", nor "October 2024").
func seasonBound(t tempex.Timex) bool {
	if yearWritten(t.Text) || strings.ContainsAny(t.Text, "0123456789") || t.Mod != timeline.ModNone {
		return false
	}
	if countedFromRe.MatchString(t.Text) {
		return false
	}
	return t.Date.Prec == timeline.Month || t.Date.Prec == timeline.Day && !deicticDayRe.MatchString(t.Text) && !weekdayOnly(t.Text)
}

// statedYearRe is a document's statement of the year of the dates it
// writes without one: "All dates are 2019 unless stated otherwise",
// "Dates refer to 2019 unless otherwise noted", "All dates in 2019
// except where stated".
var statedYearRe = regexp.MustCompile(`(?i)\b(?:all\s+)?dates\s+(?:(?:given|shown|below|above|here)\s+)?(?:are|refer\s+to|are\s+in|in)\s+((?:1[5-9]|20)\d\d)\b,?\s+(?:unless|except)\b`)

// countedFromRe finds a word that counts a date from another ("next
// Easter", "last October", "this Christmas"): that one year's.
var countedFromRe = regexp.MustCompile(`(?i)\b(?:next|last|this|that|coming|following|previous)\b`)

// isHabitual reports whether a sentence tells what is usually so: a
// habitual word, or a set among its expressions ("every Monday"). A time
// of day in it is not an event.
func isHabitual(sent string, tx []tempex.Timex, from, end int) bool {
	days, clock := false, false
	base := end - len(sent) // (the sentence's offset in the text)
	for j := from; j < len(tx) && tx[j].Start < end; j++ {
		if tx[j].Type == tempex.Set && !(tx[j].Start >= base && measureRateRe.MatchString(sent[:tx[j].Start-base]) && rateWordRe.MatchString(tx[j].Text)) {
			return true
		}
		if r := tx[j].RangeEnd; r > j && r < len(tx) && weekdayOnly(tx[j].Text) && weekdayOnly(tx[r].Text) {
			days = true
		}
		clock = clock || tx[j].Type == tempex.Time && clockOnly(tx[j].Text)
	}
	if days && clock {
		return true // "between 9am and 4.30pm, Monday to Friday": the hours of every week
	}
	if clock && weekSpanRe.MatchString(sent) {
		return true // "(Mon–Fri 9am–5:30pm)", "Sat-Sun 10:00-16:00": the tagger leaves the abbreviated days untagged
	}
	if generalRuleRe.MatchString(strings.TrimSpace(sent)) {
		return true // "All deadlines are 23:59 AoE.": a rule for every day it names
	}
	low := " " + strings.ToLower(sent) + " "
	for _, w := range habitualWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	if openingHoursRe.MatchString(low) {
		return true // "change of use to gym opening 6am to 10pm": the hours of every day
	}
	return (strings.Contains(low, "every ") || strings.Contains(low, "each ")) && everyUnitRe.MatchString(low)
}

// openingHoursRe finds a place's hours, a span of clock times after the
// word for being open: "opening 6am to 10pm", "trading 9.00-17.30",
// "operating hours 07:00–19:00".
var openingHoursRe = regexp.MustCompile(`\b(?:opening|trading|operating)\s+(?:hours\s+)?(?:of\s+|from\s+|between\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:to|-|–|until|and)\s*\d`)

// measureRateRe is a measured amount just before a rate's unit of time:
// "1 to 2 inches", "30 mm", "5 cm" ("inches per hour"): how fast
// something goes, not how often an event comes back.
var measureRateRe = regexp.MustCompile(`(?i)\d\s*(?:inch|inches|in|mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|m|feet|foot|ft|km|kilomet(?:re|er)s?|miles?|knots?|degrees?|litres?|liters?|gallons?|tonnes?|tons?)\s+$`)

// rateWordRe is a rate's unit of time: "per hour", "an hour", "a day".
var rateWordRe = regexp.MustCompile(`(?i)^(?:per|an?)\s+(?:hour|day|minute|second)$`)

// everyUnitRe finds "every" or "each" before a time that comes back: "each
// day", "every Monday", "every two hours", "each morning" (not "each
// bucket is large").
var everyUnitRe = regexp.MustCompile(`\b(?:every|each)\s+(?:(?:other|second|third|two|three|four|few|single|working|school|week)\s+)?(?:day|days|morning|mornings|afternoon|evening|evenings|night|nights|week|weeks|weekend|weekends|weekday|weekdays|month|months|year|years|hour|hours|minute|minutes|half-hour|quarter|term|season|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|departure|sailing|service|visit|session|tour|performance|show|screening|meeting|match|game)\b`)

// weekDay is a day of the week, whole or abbreviated: "Monday", "Mon",
// "Tues.", "Thurs".
const weekDay = `(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?`

// weekSpanRe is a span of days of the week, as opening hours are told:
// "Mon–Fri", "Monday - Saturday", "Tue to Sun", "Sat & Sun".
var weekSpanRe = regexp.MustCompile(`(?i)\b` + weekDay + `\s*(?:[–—-]|to|until|till|through|thru|&|and)\s*` + weekDay + `(?:[^\pL]|$)`)

// inWeekSpan reports whether the day of the week t is one end of a span
// of days (see weekSpanRe) in the sentence s.
func inWeekSpan(text string, s Segment, t tempex.Timex) bool {
	for _, m := range weekSpanRe.FindAllStringIndex(text[s.Start:s.End], -1) {
		if s.Start+m[0] <= t.Start && t.End <= s.Start+m[1] {
			return true
		}
	}
	return false
}

// dataBoundRe opens a sentence with records of a kind bounded by the date
// after it: "Dates before 1500 are ...", "Records from before 1850",
// "Photographs taken after 1990".
var dataBoundRe = regexp.MustCompile(`(?i)^[\s*_•-]*(?:the\s+|all\s+|any\s+)?(?:dates?|records?|figures?|data|entries|values|files|photos|photographs|documents|items|objects|coins|sources|anything|everything|those|events|years)\s+(?:(?:dated|taken|made|written|recorded|collected)\s+)?(?:from\s+)?(?:before|after|since|prior\s+to|earlier\s+than|later\s+than|older\s+than|newer\s+than)\s*$`)

// lawVersionRe ends the words before a day (or a year) that tells which
// text of a law is meant, as it was then, not something that happened:
// "as in force immediately before", "as it had effect on", "as they stood
// on", "as originally enacted in", "the rules in force immediately
// before". A law that was, remained or came into force then is told as a
// verb ("The Order was in force on 1 April 2020", "came into force on"),
// and stays an event; so does "as amended on 3 May 2024", an amendment
// made that day.
var lawVersionRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:as\s+(?:(?:it|they|that|this|these|those)\s+)?(?:((?:in|into)\s+(?:force|effect|operation)|(?:had|has|have|having)\s+effect|originally\s+(?:enacted|made|drafted))|stood|stands|read|reads|existed|exists|applied|enacted|made)|((?:law|laws|legislation|act|regulations?|rules?|provisions?|sections?|schedules?|articles?|paragraphs?|codes?|statutes?|versions?|text|wording)\s+(?:(?:then|as)\s+)?in\s+(?:force|effect)\s+(?:immediately|just)))\s+(?:(?:immediately|just)\s+)?(?:before|on|at|as\s+at|prior\s+to|from|in|until)\s+(?:the\s+)?$`)

// lawWordRe finds a law, or a part of one, in the words before a day:
// what "as it stood on" or "as made on" may cite as it was then.
var lawWordRe = regexp.MustCompile(`(?i)\b(?:laws?|legislation|acts?|regulations?|rules?|orders?|provisions?|sections?|sub-?sections?|schedules?|articles?|paragraphs?|codes?|statutes?|by-?laws?|directives?|treaty|treaties|constitution|clauses?|policy|policies|scheme|guidance)\b`)

// lawVersion reports whether the words before a day, from the start of
// its sentence, cite which text of a law is meant (lawVersionRe): "in
// force" or "had effect" says so alone; "as it stood", "as made" only
// when a law is named before it ("The Regulations as they stood on 1
// April 2020", not "as they stood on 3 May outside the court").
func lawVersion(before string) bool {
	m := lawVersionRe.FindStringSubmatchIndex(before[max(0, len(before)-60):])
	if m == nil {
		return false
	}
	return m[2] >= 0 || m[4] >= 0 || lawWordRe.MatchString(before)
}

// anyQualifiedRe ends the words before a day that sorts any thing of a
// kind by when it was done: "any deposit paid before", "any licence
// granted on or after", "each tenancy entered into before", "any licence
// in force on". What the sentence says of such things is a rule, no
// event of the day (not "all flights cancelled on Monday", which were).
var anyQualifiedRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:any|every|each|no)\s+(?:[\pL'’-]+\s+){0,3}?[\pL'’-]+\s+(?:(?:[a-z]+ed|made|paid|sent|held|let|sold|begun|bought|built|taken|given|done|written|granted|issued|entered\s+into|taken\s+out|set\s+up)\s+(?:(?:on\s+or\s+)?(?:before|after)|prior\s+to|since)|(?:in\s+force|in\s+effect|current|valid|outstanding|subsisting)\s+(?:on|at|immediately\s+before))\s+(?:the\s+)?$`)

// thatDayRe is a day named again: "that day", "that date", "the same day".
var thatDayRe = regexp.MustCompile(`(?i)^(?:that|this|the\s+same)\s+(?:day|date)$`)

// quotedTitle reports whether t lies inside the quoted title of a work
// ('"Brackley in the 1950s" by Peter Yates', 'published "Letters from
// 1916" in 2003'): a short quotation that opens with a capital, holds no
// stop of a sentence, and is named as a work (a noun or verb of works
// before it, or "by" and a name after it). A quoted saying ("said: 'We
// met in 1990.'") is no title.
func quotedTitle(text string, from, to int, t tempex.Timex, tx []tempex.Timex) bool {
	open := -1
	var closer string
	for k := t.Start - 1; k >= from && k >= t.Start-80; k-- {
		switch {
		case text[k] == '"':
			open, closer = k+1, `"`
		case k >= 2 && text[k-2:k+1] == "“":
			open, closer = k+1, "”"
		case text[k] == '\n':
			return false
		}
		if open >= 0 {
			break
		}
	}
	if open < 0 {
		return false
	}
	n := strings.Index(text[t.End:max(t.End, min(to, t.End+80))], closer)
	if n < 0 {
		return false
	}
	inner := text[open : t.End+n]
	if closer == `"` && strings.Count(text[from:open-1], `"`)%2 == 1 {
		return false // the quote before t closes one, not opens it
	}
	if inner == "" || !unicode.IsUpper(firstRune(inner)) && !unicode.IsDigit(firstRune(inner)) || strings.ContainsAny(inner, ".!?;") || len(strings.Fields(inner)) > 10 {
		return false // (a title may open with its year: "1984 Revisited")
	}
	before := strings.ToLower(strings.TrimRight(text[from:open-len(closer)], " ,:"))
	if closer == "”" {
		before = strings.ToLower(strings.TrimRight(text[from:open-len("“")], " ,:"))
	}
	after := strings.TrimLeft(text[t.End+n+len(closer):to], " ,")
	if strings.HasPrefix(after, "by ") && len(after) > 3 && unicode.IsUpper(firstRune(after[3:])) {
		return true
	}
	for _, w := range workWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	// a quotation in title case beside a date of the sentence outside it
	// ('Local history evening: "Ashcombe in the 1960s" - Wed 25 March'):
	// the name of what is held then
	return titleCaseQuote(inner) && slices.ContainsFunc(tx, func(o tempex.Timex) bool {
		return o.Start >= from && o.End <= to && (o.End < open || o.Start > t.End+n) && (o.Type == tempex.Date || o.Type == tempex.Time) && o.Date.Prec >= timeline.Day
	})
}

// titleCaseQuote reports whether a quotation reads as a title: two words
// or more, each a number, a capitalized word or a short function word
// ("Ashcombe in the 1960s", "1984 Revisited"), and one capitalized word
// at least.
func titleCaseQuote(inner string) bool {
	ws := strings.Fields(inner)
	if len(ws) < 2 {
		return false
	}
	caps := false
	for _, w := range ws {
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r):
			caps = true
		case unicode.IsDigit(r):
		default:
			switch w {
			case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "from", "with", "by", "&", "-", "–":
			default:
				return false
			}
		}
	}
	return caps
}

// bracketedTitleYear reports whether the year t is in brackets right
// after a name ("Jaws (1975)", "Top Gun (1986) in 4K") in a sentence that
// a day of a later year, written without its year, dates ("Sun 15 June
// 7pm"): a listing's line, where the year tells which work is shown. A
// history writes its days with their years, and its bracketed years
// ("the Civil Constitution of the Clergy (1790)") date what they follow.
func bracketedTitleYear(text string, s Segment, t tempex.Timex, tx []tempex.Timex) bool {
	if t.Type != tempex.Date || t.Date.Prec != timeline.Year || len(t.Text) != 4 || !yearDigitsRe.MatchString(t.Text) ||
		t.Start < 2 || text[t.Start-1] != '(' || text[t.Start-2] != ' ' || t.End >= len(text) || text[t.End] != ')' {
		return false
	}
	ws := strings.Fields(text[max(s.Start, t.Start-40) : t.Start-1])
	if len(ws) == 0 {
		return false
	}
	if r := firstRune(ws[len(ws)-1]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return slices.ContainsFunc(tx, func(o tempex.Timex) bool {
		return o.Start >= s.Start && o.End <= s.End && o.Start != t.Start && (o.Type == tempex.Date || o.Type == tempex.Time) &&
			o.Date.Prec >= timeline.Day && o.Date.Year > t.Date.Year && !yearWritten(o.Text)
	})
}

// datesComparedRe is the words between two dates that compare them, one
// the subject of the sentence: " is earlier than ", " comes before ".
var datesComparedRe = regexp.MustCompile(`^\s+(?:is|are|was|were|comes?|came)\s+(?:[a-z]+\s+)?(?:earlier|later|older|newer|before|after)(?:\s+than)?\s+$`)

// workWords name a work, or what is done with one, before its quoted title.
var workWords = []string{"talk", "book", "film", "novel", "exhibition", "show", "lecture", "paper", "article", "essay",
	"play", "song", "album", "series", "titled", "entitled", "called", "named", "published", "wrote", "presented",
	"gave", "screening of", "performance of", "reading of", "production of", "memoir", "documentary", "report", "poem"}

// postStamp reports whether the time t opens its sentence in square
// brackets: a thread's post stamp ("[21:04] ...", "[Sun 06:02] ...").
func postStamp(text string, s Segment, t tempex.Timex) bool {
	lead := strings.TrimLeft(text[s.Start:t.Start], " \t*_-•")
	if !strings.HasPrefix(lead, "[") || len(lead) > 6 {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(text[min(t.End, s.End):s.End], " "), "]")
}

// otherClockIn reports whether the sentence s holds a clock time besides
// tx[j].
func otherClockIn(text string, tx []tempex.Timex, j int, s Segment) bool {
	for k := range tx {
		if k != j && tx[k].Start >= s.Start && tx[k].End <= s.End && tx[k].Type == tempex.Time && tx[k].Date.Prec >= timeline.Hour && tx[k].Mod == timeline.ModNone {
			// (not a bound: "[05:42] Flood warning until 2 p.m.")
			w := strings.ToLower(lastWordOf(text[s.Start:tx[k].Start]))
			if w != "until" && w != "till" && w != "by" && w != "before" && w != "after" && w != "from" && w != "to" {
				return true
			}
		}
	}
	return false
}

// lineAt returns the line of text that holds offset i.
func lineAt(text string, i int) string {
	ls, le := lineSpan(text, i)
	return text[ls:le]
}

// lineSpan returns where the line of text that holds offset i starts and
// ends (before its newline).
func lineSpan(text string, i int) (int, int) {
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	le := strings.IndexByte(text[i:], '\n')
	if le < 0 {
		return ls, len(text)
	}
	return ls, i + le
}

// dualYearLabelRe is a line holding a split year and nothing else: the
// label of a register's or an account's year ("1712/13", "1714/15.").
var dualYearLabelRe = regexp.MustCompile(`^[\s*_#]*\d{4}\s?/\s?\d{2,4}[.:]?[\s*_]*$`)

// eraRuleRe opens a sentence with the years a custom held for ("Before
// 1752", "Until 1971,", "Prior to 1900"): a day or month without its year
// after it is one of every such year.
var eraRuleRe = regexp.MustCompile(`^[\s*_•-]*(?:Before|Until|Till|Prior to|Up to|Up until)\s+(?:the\s+)?\d{3,4}s?,?\s`)

// genericCaseRe opens a sentence with a case made up to illustrate a
// rule: someone of a kind who did something ("An employee who joined on
// 1 March ...", "Anyone who applies in May ...") or an example ("For
// example, ...", "e.g.").
var genericCaseRe = regexp.MustCompile(`^[\s*_•-]*(?:(?:An?|Any|Each|Every)\s+(?:[a-z]+\s+){0,2}?(?:employee|worker|member|student|pupil|tenant|customer|applicant|person|patient|child|parent|claimant|resident|user|subscriber|candidate|volunteer|visitor|driver|owner|buyer|seller)s?\s+who\b|Anyone\s+who\b|Someone\s+who\b|(?:For example|For instance|E\.g\.|Example)\s*[,:])`)

// conditionRe opens a sentence with a condition: "If", "Unless", "In
// case", or a concession that whatever happens does not matter
// ("Whatever happens tonight, ...", "No matter what happens on Monday,
// ...").
var conditionRe = regexp.MustCompile(`^[\s*_•-]*(?:[Ii]f|[Uu]nless|[Ii]n case|IF|UNLESS|[Ww]hatever|[Ww]hichever|WHATEVER|[Nn]o matter (?:what|how|who|which|where))\s`)

// speakerLabelRe is a transcript's speaker in capitals before what they
// say: "WEISS: ", "DR. ANA LOPEZ: ".
var speakerLabelRe = regexp.MustCompile(`^[\s*_•-]*\p{Lu}[\p{Lu}.'’ -]{1,30}:\s+`)

// inCondition reports whether a date after before, the sentence up to it,
// lies in the condition that opens the sentence ("If it rains on Saturday,
// ..."): no comma, semicolon or colon has closed the condition yet (the
// caller asks that one closes it after the date: "If the forecast turns
// we'll fall back to Wednesday the 11th" has its date in its main clause).
// conditionDeadline reports whether t, in a condition, is a deadline the
// text writes as a calendar day ("If you pay by 16 January, there is no
// penalty"): the day that counts, whatever follows from it.
func conditionDeadline(text string, sStart int, t tempex.Timex) bool {
	return t.Type == tempex.Date && t.Date.Prec == timeline.Day && strings.ContainsAny(t.Text, "0123456789") &&
		conditionDeadlineRe.MatchString(text[sStart:t.Start])
}

// conditionDeadlineRe ends the words before a deadline: "by ", "no
// later than ", "before ".
var conditionDeadlineRe = regexp.MustCompile(`(?i)\b(?:by|before|no later than|not later than)\s+(?:the\s+)?$`)

// conditionDecisionRe opens a condition that is a body's decision still
// to be taken ("If approved by the Cabinet in November, works would
// start in January"): its date is when the decision is due, an event of
// the plan.
var conditionDecisionRe = regexp.MustCompile(`^[\s*_•-]*(?:[Ii]f|IF)\s+(?:approved|agreed|adopted|granted|endorsed|ratified|passed|confirmed)\s+by\s+(?:the\s+)?\p{Lu}`)

func inCondition(before string) bool {
	if m := speakerLabelRe.FindStringIndex(before); m != nil {
		before = before[m[1]:] // ("WEISS: Whatever happens tonight, ...": what the speaker says)
	}
	return conditionRe.MatchString(before) && !strings.ContainsAny(before, ",;:")
}

// weekdayRunRe finds a run of weekdays or a habit of every day in a
// sentence ("Monday to Friday", "Sunday through Thursday", "Fri-Sun",
// "weekdays", "nightly", "daily", not the "Daily Mail"): its clock times are the hours of each
// such day.
var weekdayRunRe = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s*(?:to|through|thru|till|until|-|–|—)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\s*(?:-|–)\s*(?:mon|tue|wed|thu|fri|sat|sun)\b|(?-i:\bdaily\b|(?:^|\n)\s*Daily\s+\d)|\b(?:on\s+)?\pL*(?:week|match|race|game|market|school|work|show)days\b|\bweeknights\b|\bnightly\b|\b(?:every|each)\s+(?:night|evening|morning|day|weekday)\b`)

// periodToRe ends the words before the year a period of planning or
// forecasting runs to: "over the plan period to ", "the period up to ".
var periodToRe = regexp.MustCompile(`(?i)\bperiod\s+(?:up\s+)?(?:to|until|till)\s+$`)

// recurringWeekday reports whether x.tx[j], a weekday named without its
// day of the month ("Friday", "18:00 Friday"), is a day of every week in
// sentence s: one end of the hours after a weekly set ("on weekends from
// 18:00 Friday to 07:00 Monday"), or a weekday over its hours in a
// sentence of a run of weekdays ("Mon-Sat 10:00-23:00; Sunday
// 12:00-22:30").
func (x *sectionExtractor) recurringWeekday(s Segment, j int) bool {
	t := x.tx[j]
	if t.Type != tempex.Date && t.Type != tempex.Time || t.Date.Prec < timeline.Day || !weekdayNameRe.MatchString(t.Text) || calendarDayRe.MatchString(t.Text) {
		return false
	}
	text := x.sec.Text
	// the weekly set a few words before: "on weekends from", "every
	// weekend between"
	for k := j - 1; k >= 0 && k >= j-3 && x.tx[k].Start >= s.Start; k-- {
		if o := x.tx[k]; o.Type == tempex.Set && strings.HasPrefix(o.Value, "XXXX-WXX-") && t.Start-o.End <= 40 && !strings.Contains(text[o.End:t.Start], ";") && !strings.Contains(text[o.End:t.Start], ". ") && !strings.Contains(text[o.End:t.Start], ": ") &&
			!toldOnRe.MatchString(text[o.End:t.Start]) { // (not "will open on Sundays, the council said on Monday": the day it was told)
			return true
		}
	}
	// its hours right after it, among runs of weekdays: "Sunday 12:00-22:30"
	if j+1 < len(x.tx) && x.tx[j+1].Type == tempex.Time && x.tx[j+1].Start >= t.End && strings.TrimSpace(text[t.End:x.tx[j+1].Start]) == "" &&
		weekdayRunRe.MatchString(text[s.Start:s.End]) {
		return true
	}
	return false
}

// toldOnRe ends with a verb of telling and the preposition of its day:
// "the council said on", "announced on".
var toldOnRe = regexp.MustCompile(`(?i)\b(?:said|says|announced|announces|told|confirmed|confirms|stated|reported|added|wrote|warned|revealed|disclosed)\s+(?:\w+\s+)?(?:on|last|this)?\s*$`)

// weekdayNameRe finds a weekday's name; calendarDayRe a day of a month
// or a numeric date.
var (
	weekdayNameRe = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`)
	calendarDayRe = regexp.MustCompile(`(?i)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b`)
)

// runTime reports whether the clock time t, told with no day, stands in
// sentence s with a run of several days and took the run's first or last
// day, or a day outside the run: "Pleasance Dome, 7.20pm, 2–24 Aug" is the
// time of each day of the run. A day of the run written again in the sentence ("at 7pm on 24
// August") keeps the time its own.
func (x *sectionExtractor) runTime(s Segment, t tempex.Timex) bool {
	if t.Date.Prec < timeline.Hour {
		return false
	}
	run := false
	for k, o := range x.tx {
		if o.Start < s.Start || o.End > s.End || o.Type != tempex.Date || o.Date.Prec != timeline.Day {
			continue
		}
		if o.Date.DayOf() == t.Date.DayOf() && o.RangeEnd < 0 && !(k > 0 && x.tx[k-1].RangeEnd == k) {
			return false // the day told alone
		}
		if r := o.RangeEnd; r > k && r < len(x.tx) && x.tx[r].End <= s.End && x.tx[r].Date.Prec == timeline.Day && x.tx[r].Date.DayOf() != o.Date.DayOf() &&
			(t.Date.DayOf() == o.Date.DayOf() || t.Date.DayOf() == x.tx[r].Date.DayOf() ||
				timeline.Compare(t.Date.DayOf(), o.Date.DayOf()) < 0 || timeline.Compare(t.Date.DayOf(), x.tx[r].Date.DayOf()) > 0) {
			run = true
		}
	}
	return run
}

// unlessStatedRe opens the words after a time that make it a default, the
// time of each entry below unless the entry says another: "(kick-off 3pm
// unless stated)", "7.30pm unless otherwise noted".
var unlessStatedRe = regexp.MustCompile(`(?i)^\s*\)?\s*,?\s*(?:unless|except\s+(?:where|when))\s+(?:otherwise\s+)?(?:stated|noted|specified|indicated|shown|advertised|advised)\b`)

// dayWrittenRe finds a day in a time's own text ("10am on Friday", "5
// May at 9:00").
var dayWrittenRe = regexp.MustCompile(`(?i)\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}`)

// seenTodayRe ends the words before a "today" that says what can be seen
// or found nowadays: "the cast-iron plaque you can see today", "the
// building visible today", "the path walkers follow today".
var seenTodayRe = regexp.MustCompile(`(?i)\b(?:(?:you|we|visitors|one|walkers)\s+(?:can|could|may|will)\s+(?:still\s+)?(?:see|visit|find|walk|read|hear)|(?:visible|standing|seen|known)|(?:you|we|visitors|walkers)\s+(?:see|visit|find|follow|use|know))(?:\s+\w+)?\s*$`)

// nowadaysRe marks a sentence whose "today" is nowadays: what still is
// so, or remains ("still make up a third of our orders today", "the mill
// still stands today", "remains in use today").
var nowadaysRe = regexp.MustCompile(`(?i)\b(?:still|remains?|survives?|lives on|exists?)\s+(\w+)(?:\s+(\w+))?`)

// nowadays reports whether sent tells what is so nowadays (nowadaysRe),
// not what goes on on the day: "Rescuers were still searching today" is
// the day's.
// dayNumberHeadRe is the heading of a programme's numbered day: "Day 4 –
// Aswan.", "DAY 2:", "Day 3".
var dayNumberHeadRe = regexp.MustCompile(`(?i)^[\s*_#]*day\s+\d{1,2}\b\s*(?:[–—:.,(-]|$)`)

// barePeriodRe is a period named by its unit alone: "the year", "the
// week".
var barePeriodRe = regexp.MustCompile(`(?i)^the\s+(?:year|month|week|season|decade|century)$`)

// rankedOfRe ends the words before a period that a superlative ranks a
// thing within: "the holiest week of ", "the worst of ", "the most
// popular day of ".
var rankedOfRe = regexp.MustCompile(`(?i)\b(best|worst|(?:most|least)\s+[a-z-]+|[a-z]+est)(?:\s+[a-z-]+){0,2}\s+of\s+$`)

// estNouns are words in -est that are no superlatives.
var estNouns = map[string]bool{
	"interest": true, "rest": true, "contest": true, "protest": true, "request": true, "harvest": true,
	"forest": true, "conquest": true, "arrest": true, "honest": true, "modest": true, "earnest": true,
	"digest": true, "test": true, "quest": true, "guest": true, "chest": true, "nest": true, "west": true,
	"manifest": true, "behest": true, "unrest": true, "inquest": true, "bequest": true, "midwest": true,
}

// rankedWithin reports whether before, the words of a sentence before a
// period named alone, ranks a thing within it by a superlative ("We enter
// the holiest week of", "The storm was the worst of"): the period is what
// it is compared across, no date of it.
func rankedWithin(before string) bool {
	m := rankedOfRe.FindStringSubmatch(before)
	return m != nil && !estNouns[strings.ToLower(m[1])]
}

// genericPeriod reports whether expr, a season or a month named alone
// (no year, no "this" or "last"), stands in a sentence that tells what is
// usually so in it: a season with "can" or "may" ("In winter the waves
// here can reach 25 m"), either with "usually", "often", "typically" and
// the like ("in September the sea is usually calm").
func genericPeriod(sent, expr string) bool {
	w := strings.ToLower(expr)
	season := w == "winter" || w == "summer" || w == "spring" || w == "autumn" || w == "fall"
	if !season && !monthNames[w] {
		return false
	}
	low := " " + strings.ToLower(sent) + " "
	for _, a := range []string{" usually ", " often ", " typically ", " generally ", " normally ", " sometimes ", " rarely ", " seldom ", " tends to ", " tend to "} {
		if strings.Contains(low, a) {
			return true
		}
	}
	if presentSuperlativeRe.MatchString(low) {
		return true // "Our phone lines are busiest in January": so every January
	}
	return season && (strings.Contains(low, " can ") || strings.Contains(low, " may ")) && !strings.Contains(low, " will ")
}

// presentSuperlativeRe finds "is" or "are" and a superlative, what is
// so in every such month or season: "are busiest", "is at its highest",
// "is the wettest".
var presentSuperlativeRe = regexp.MustCompile(`\b(?:is|are)\s+(?:usually\s+|often\s+|always\s+)?(?:at\s+(?:its|their)\s+|the\s+)?(?:most\s+[a-z]+|least\s+[a-z]+|busiest|quietest|highest|lowest|wettest|driest|coldest|hottest|warmest|coolest|longest|shortest|cheapest|dearest|strongest|weakest|heaviest|lightest|best|worst|greatest|fewest|largest|biggest|smallest)\b`)

// copulaAdjRe ends a clause's words before "this year" with "is" or
// "are" and an adjective: "The Moon is kind", "Prices are unusually low".
var copulaAdjRe = regexp.MustCompile(`(?i)^(?:[\pL'’-]+\s+){1,4}(?:is|are)\s+(?:(?:very|so|rather|quite|fairly|particularly|unusually|especially|less|more)\s+)?(\pL+)\s+$`)

// stateThisYear reports whether "this year" ends a short sentence that
// says how something is, "is" or "are" and an adjective ("The Moon is
// kind this year."): a state, no event of the year. before and after
// are the sentence's words around it. A participle ("is expected") or
// "due" tells of something to happen.
func stateThisYear(before, after string) bool {
	if strings.Trim(after, " .!\n") != "" {
		return false
	}
	m := copulaAdjRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	adj := strings.ToLower(m[1])
	return !strings.HasSuffix(adj, "ed") && !strings.HasSuffix(adj, "ing") && !strings.HasSuffix(adj, "en") && adj != "due" && adj != "set" &&
		adj != "back" && adj != "out" && adj != "the" && adj != "a" && adj != "an" && !modalVerbs[adj]
}

// asLateAsRe ends the words before the extreme day a thing has come on:
// "as late as", "as early as".
var asLateAsRe = regexp.MustCompile(`(?i)\bas\s+(?:late|early)\s+as\s+(?:the\s+)?$`)

// everRe is a verb that tells what has been so over the years, or can
// be: "have been recorded", "has flowered", "can occur", "may fall".
var everRe = regexp.MustCompile(`(?i)\b(?:(?:have|has)\s+(?:\pL+\s+)?(?:been\s+)?\pL+(?:ed|en|wn|ne|ught)|(?:can|may|could|might)\s+(?:\pL+\s+)?\pL+)\s`)

// extremeOfYears reports whether t, a day or month written without its
// year, is the extreme a thing has reached over the years or can reach
// ("Frosts have been recorded as late as 21 May", "can flower as early
// as February"): no year's event. before is the sentence up to t; "will"
// in it tells one time to come ("will run as late as 21 May").
func extremeOfYears(before string, t tempex.Timex) bool {
	if yearWritten(t.Text) || t.Date.Prec != timeline.Day && t.Date.Prec != timeline.Month || !asLateAsRe.MatchString(before) {
		return false
	}
	low := strings.ToLower(before)
	return everRe.MatchString(before) && !strings.Contains(low, " will ") && !strings.Contains(low, "'ll ")
}

// monthNames are the names of the months, in lower case.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// nowNamedRe ends the words before a "now" that gives a thing its name
// nowadays: "what is now", "in what are now".
var nowNamedRe = regexp.MustCompile(`(?i)\bwhat\s+(?:is|are)\s+$`)

// placeAfterRe opens a place's name after such a "now": "Mexico",
// "northern Maine".
var placeAfterRe = regexp.MustCompile(`^\s+(?:\p{Lu}|(?:north|south|east|west)(?:ern|-east|-west)?\s|central\s|modern(?:-day)?\s)`)

func nowadays(sent string) bool {
	for _, m := range nowadaysRe.FindAllStringSubmatch(sent, -1) {
		a, b := strings.ToLower(m[1]), strings.ToLower(m[2])
		if strings.HasSuffix(a, "ing") || strings.HasSuffix(b, "ing") {
			continue
		}
		low := strings.ToLower(sent)
		if strings.Contains(low, " was still") || strings.Contains(low, " were still") || strings.Contains(low, " had still") {
			continue
		}
		return true
	}
	return false
}

// attributiveDecade reports whether t, a decade written "the 1930s",
// qualifies the noun after it ("the 1930s library", "the 1880s market
// hall"): the age of a thing, not a time something happened.
func attributiveDecade(text string, t tempex.Timex) bool {
	if t.Date.Prec != timeline.Decade || t.End+2 > len(text) || text[t.End] != ' ' {
		return false
	}
	if !strings.HasPrefix(strings.ToLower(t.Text), "the ") {
		// "a 1970s newspaper", "Charming 1940s bungalow": the thing's
		// age, after an article or an adjective
		b := strings.Fields(strings.ToLower(text[max(0, t.Start-12):t.Start]))
		if len(b) == 0 || !(b[len(b)-1] == "a" || b[len(b)-1] == "an" || strings.HasSuffix(b[len(b)-1], "ing") || b[len(b)-1] == "original" || b[len(b)-1] == "restored" || possessiveWord(b[len(b)-1])) {
			return false
		}
		if possessiveWord(b[len(b)-1]) {
			// "the band's '90s output", "their 1980s albums": the
			// things' period (but "their 1990s comeback", "the band's
			// '80s tour" happened then)
			next := strings.ToLower(text[t.End+1:])
			if i := strings.IndexAny(next, " ,.;:!?)\n"); i >= 0 {
				next = next[:i]
			}
			if decadeEventNouns[next] {
				return false
			}
		}
	}
	// after a preposition of time the decade is when: "In the 1930s the
	// town grew", "During the 1970s strikes spread"
	before := strings.Fields(strings.ToLower(text[max(0, t.Start-16):t.Start]))
	if len(before) > 0 && datePreps[before[len(before)-1]] && before[len(before)-1] != "at" {
		return false
	}
	// nor is the time one spends ("spent the 1980s running a guitar
	// shop"): the decade, then what was done in it
	if len(before) > 0 && (before[len(before)-1] == "spent" || before[len(before)-1] == "spend" || before[len(before)-1] == "spends" || before[len(before)-1] == "spending") {
		return false
	}
	next := text[t.End+1:]
	if i := strings.IndexAny(next, " ,.;:!?)\n"); i >= 0 {
		next = next[:i]
	}
	if next == "" || strings.ToLower(next) != next || strings.HasSuffix(next, "ed") || verbWords[next] || functionWords[next] || datePreps[next] ||
		next == "the" || next == "a" || next == "an" {
		return false
	}
	for _, r := range next {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return strings.IndexFunc(next, unicode.IsLetter) >= 0 // (not "The 1920s - Enrollment grows": a dash, a list's entry)
}

// possessiveWord reports whether w (lower case) is a possessive before
// a noun: "their", "the band's".
func possessiveWord(w string) bool {
	switch w {
	case "their", "his", "her", "its", "our", "my", "your":
		return true
	}
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’"))
}

// decadeEventNouns are things that happen, which a decade before them
// dates: "their 1990s comeback".
var decadeEventNouns = map[string]bool{
	"tour": true, "tours": true, "comeback": true, "reunion": true, "split": true, "breakup": true, "break-up": true,
	"revival": true, "move": true, "return": true, "visit": true, "visits": true, "campaign": true, "campaigns": true,
}

// followingPartRe finds a time told from the day before it: "10:59 the
// following morning", "the next day".
var followingPartRe = regexp.MustCompile(`(?i)\b(?:the\s+following|the\s+next|next)\s+(?:morning|day|evening|night|afternoon)\b`)

// indefiniteEndRe ends the words before a time that qualifies a noun any
// such thing has: "a 23:59 UTC deadline", "an 8am start".
var indefiniteEndRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:a|an|any)\s+$`)

// genericAnchor reports whether expression j is told from the day of a
// clock time before it in its sentence (which starts at from) that
// qualifies a noun after "a" ("a 23:59 UTC deadline falls at 10:59 the
// following morning local time"): a time of any such thing, no day's.
func genericAnchor(text string, tx []tempex.Timex, j, from int) bool {
	t := tx[j]
	if t.Type != tempex.Time || j == 0 || !followingPartRe.MatchString(t.Text) {
		return false
	}
	p := tx[j-1]
	if p.Start < from || p.Type != tempex.Time || !clockOnly(p.Text) {
		return false
	}
	return indefiniteEndRe.MatchString(text[max(from, p.Start-6):p.Start])
}

// openRe ends the words before the clock times of opening hours: "lines
// open", "the Library remains open", "staffed from", "available between".
var openRe = regexp.MustCompile(`(?i)\b(?:open|staffed|manned|available|operating|operates|operational)\s+(?:daily\s+|(?:from|between)\s+)?$`)

// openingHours reports whether expression j opens a range of two clock
// times the words before call opening hours ("(lines open 08:00–20:00)",
// "the Library remains open 9am–5pm", "lines open 8.30am to 5pm"), with
// no day written in them nor after them in the sentence (which ends at
// end): the hours of every day, which the tagger put on the day told
// before; no event (but "open 7am–10pm on Thursday 2 May": that day's).
func openingHours(text string, tx []tempex.Timex, j, end int) bool {
	t := tx[j]
	if t.Type != tempex.Time || t.RangeEnd <= j || t.RangeEnd >= len(tx) || tx[t.RangeEnd].Type != tempex.Time || dayWrittenRe.MatchString(t.Text) || dayWrittenRe.MatchString(tx[t.RangeEnd].Text) {
		return false
	}
	if !openRe.MatchString(text[max(0, t.Start-40):t.Start]) {
		return false
	}
	for k := t.RangeEnd + 1; k < len(tx) && tx[k].Start < end; k++ {
		if tx[k].Date.Prec >= timeline.Day {
			return false
		}
	}
	return true
}

// dailyHours reports whether expression j, a clock time, follows a span
// of days it gives the hours of ("20 to 25 November, 10 am – 5 pm",
// "Monday 3 to Friday 7 March from 9:00"): those of every day of it, which
// the tagger put on its last.
func dailyHours(text string, tx []tempex.Timex, j int) bool {
	t := tx[j]
	if t.Type != tempex.Time || j < 2 || t.Date.Prec < timeline.Hour {
		return false
	}
	p := tx[j-1]
	if p.Date.Prec != timeline.Day || t.Date.DayOf() != p.Date || t.Start < p.End || t.Start-p.End > 8 {
		return false
	}
	opened := false
	for i := j - 2; i >= 0 && i >= j-3; i-- {
		if tx[i].RangeEnd == j-1 && tx[i].Date.Prec >= timeline.Day {
			opened = true
		}
	}
	if !opened {
		return false
	}
	switch strings.TrimSpace(text[p.End:t.Start]) {
	case ",", "", "from", ", from", "between", ", between", "at", ", at", "–", "-", "—":
		return true
	}
	return false
}

// restatedGap reports whether expression j is a gap in brackets right
// after another date ("2024-03-04 (91 days later)", "in 1998 (two years
// after the merger)"): it says how far that date is from another, and
// dates nothing of its own.
func restatedGap(text string, tx []tempex.Timex, j int) bool {
	if j == 0 {
		return false
	}
	t, p := tx[j], tx[j-1]
	if p.Date.IsZero() || t.Start < p.End || t.Start-p.End > 3 || t.End > len(text) || strings.TrimSpace(text[p.End:t.Start]) != "(" {
		return false
	}
	if t.End >= len(text) || text[t.End] != ')' && !strings.HasPrefix(text[t.End:], " after") && !strings.HasPrefix(text[t.End:], " before") {
		return false
	}
	low := strings.ToLower(t.Text)
	for _, w := range []string{" later", " earlier", " after", " before", " ago"} {
		if strings.HasSuffix(low, w) {
			return true
		}
	}
	return strings.HasSuffix(low, " days") || strings.HasSuffix(low, " weeks") || strings.HasSuffix(low, " months") || strings.HasSuffix(low, " years")
}

// defaultYearRe is a sentence that says which year the document's dates
// are in: "All dates are 2019 unless stated otherwise", "Dates refer to
// 1944 unless otherwise indicated".
var defaultYearRe = regexp.MustCompile(`(?i)\bdates\b[^.;]{0,40}\b(?:are|refer\s+to|relate\s+to|fall\s+in)\s+(?:in\s+)?\d{4}\b[^.;]{0,20}\b(?:unless|except\s+where|save\s+where|except\s+as)\b`)

// yearRuleRe is a sentence that says when a kind of year runs: "Our
// financial year runs from 1 July to 30 June", "The school year starts on
// 1 September".
var yearRuleRe = regexp.MustCompile(`(?i)\b(?:financial|fiscal|tax|school|academic|accounting|reporting|budget|budgetary|business|company's|liturgical|church|water|hunting|fishing|shooting|planting|growing|marketing|crop|contract|membership|insurance|policy)\s+years?\s+(?:always\s+|normally\s+|usually\s+)?(?:runs?|starts?|begins?|ends?|closes?|commences?|finishes|is|are|starting|beginning|ending|running)\b`)

// yearRule reports whether t, a day of a month with no year written, is
// one end of every year of a kind (yearRuleRe): no event.
func yearRule(sent string, t tempex.Timex) bool {
	if calendarRuleRe.MatchString(sent) && (t.Date.Prec == timeline.Day && !yearWritten(t.Text) || strings.EqualFold(t.Text, "the year")) {
		// "Before the calendar reform, the year began on 25 March": how
		// years were counted, neither that day nor that year an event
		return true
	}
	if t.Date.Prec != timeline.Day || yearWritten(t.Text) || deicticDayRe.MatchString(t.Text) || !yearRuleRe.MatchString(sent) {
		return false // (but "The financial year ends today, and from tomorrow ...": this year's, told on its days)
	}
	return true
}

// deicticDayRe is a day named from the writer's: "today", "tomorrow".
var deicticDayRe = regexp.MustCompile(`(?i)^(?:today|tomorrow|yesterday|tonight)$`)

// instructionRe opens a sentence that tells the reader to do something,
// as a worksheet or a guide does: "Draw a timeline ...", "List the ...",
// "Compare the two ...".
var instructionRe = regexp.MustCompile(`^[\s*_•-]*(?:\d+[.)]\s+)?(?:Draw|Write|List|Mark|Label|Find|Compare|Explain|Describe|Discuss|Research|Imagine|Design|Create|Plot|Identify|Match|Complete|Fill\s+in|Answer|Sketch|Summarise|Summarize|Outline|Put|Place|Arrange|Order|Sort|Colour|Color|Shade|Highlight|Underline|Circle|Choose|Pick|Look\s+at|Think\s+about|Work\s+out)\s+(?:a|an|the|each|every|your|all|these|this|those|two|three|four|five|in|up|out|on|down|which|what|how|when|why|where)\b`)

// instruction reports whether a sentence tells the reader to do
// something (see instructionRe): the dates in it are the task's, not
// events.
func instruction(sent string) bool {
	return instructionRe.MatchString(sent)
}

// smallTalkRe is what speakers say to open, hand over or close a
// briefing or a meeting, whatever day it names: "See you tomorrow",
// "That's all for today", "I have nothing to announce today", "We'll now
// hear public comment".
var smallTalkRe = regexp.MustCompile(`(?i)^(?:[A-Z][A-Za-z.' -]{0,40}:\s+)?(?:(?:ok(?:ay)?|so|well|right|and|thanks?(?: you)?(?:,? everybody| all| everyone)?)[,.!]?\s+)*(?:see you|talk to you|speak to you|catch you)\b|^(?:[A-Z][A-Za-z.' -]{0,40}:\s+)?(?:and\s+)?that'?s\s+(?:all|it|everything)\s+(?:for|from)\b|\b(?:don'?t|do not|have no|had no|not)\s+(?:have\s+)?(?:anything|any(?:thing)? news|nothing)\s+(?:new\s+|further\s+)?to\s+(?:announce|report|add|share|say)\b|\bnothing\s+(?:new\s+|further\s+)?to\s+(?:announce|report|add|share)\b`)

// smallTalk reports whether the sentence is a speaker's small talk (see
// smallTalkRe), or its time is the "now" of a speaker moving on ("We'll
// now hear public comment").
func smallTalk(sent string, t tempex.Timex) bool {
	if smallTalkRe.MatchString(strings.TrimSpace(sent)) {
		return true
	}
	if strings.EqualFold(t.Text, "now") && t.Start > 0 {
		return nowMovesOnRe.MatchString(sent)
	}
	if m := programmeFramingRe.FindStringSubmatchIndex(sent); m != nil {
		return strings.EqualFold(strings.TrimSpace(t.Text), strings.TrimSpace(sent[m[2]:m[3]]))
	}
	return false
}

// programmeFramingRe is a programme's host saying what the show is about:
// "Today we're talking about the great storm of 1987", "Tonight we look
// back at ...". Its day is the broadcast's, no event's: what is talked
// about keeps its own date.
var programmeFramingRe = regexp.MustCompile(`(?i)^\s*(?:[A-Z][A-Za-z.' -]{0,40}:\s+)?(?:(?:so|and|well|now)[,]?\s+)?(today|tonight|this\s+(?:week|evening|morning|afternoon))\s*,?\s+(?:we|i)(?:'re|’re|'ll|’ll|'m|’m|\s+are|\s+will|\s+am)?\s+(?:going\s+to\s+)?(?:be\s+)?(?:talk|look|discuss|hear|speak|meet|explore|turn|focus|revisit|remember|ask|delve|dig)(?:ing|s)?\b`)

// weekdayOfDayRe is a sentence that says no more than which day of the
// week a day was: "It was a Thursday.", "That day was a Sunday.", "It was
// Tuesday."
var weekdayOfDayRe = regexp.MustCompile(`^\s*(?:It|That|This|That day|The day)\s+(?:was|is)\s+(?:(?:a|an)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[.!]?\s*$`)

// nowMovesOnRe is "now" as a speaker moves on to the next business: "We'll
// now hear", "I will now call", "Let's now turn to".
var nowMovesOnRe = regexp.MustCompile(`(?i)\b(?:we|i|let'?s|let us)(?:'ll|\s+will|\s+shall)?\s+now\s+(?:hear|turn|move|go|call|take|open|proceed|invite|ask|begin|start|vote|adjourn|break|recess)\b`)

// notePastRe ends the words of a release note's clause that tells what
// happened on a day before the release: "which reached end of life on",
// "reported by an external researcher on", "it reached end of standard
// support in".
var notePastRe = regexp.MustCompile(`(?i)(?:^|[,;]\s*|\bwhich\s|\bwhen\s)[^,;]*\b(?:reached|reported|released|ended|expired|launched|published|announced|retired|shipped|disclosed|discovered|found|filed|deprecated|moved|migrated|switched|began|started)\b[^,;]*\b(?:on|in)\s*$`)

// backRefOpenRe opens a sentence that says when by pointing back to a
// time told before it: "After that date no fixes will be backported",
// "Until then, ...", "From then on ...". Under a release's notes such a
// sentence is of that time, not of the release's day.
var backRefOpenRe = regexp.MustCompile(`(?i)^(?:(?:after|until|till|before|from|since|by|at|on)\s+(?:that|this|which|the same)\s+(?:date|day|time|point|deadline)|(?:until|till|by|after|before|since)\s+then|(?:from\s+)?then\s+on|thereafter|after\s+that)\b`)

// effectiveFromRe ends the words before the day a change takes effect
// from: "rents go up 7% from", "charges will rise from", "fares are to
// increase by 5% from".
var effectiveFromRe = regexp.MustCompile(`(?i)\b(?:go|goes|going|will|to|shall|set to|due to)\s+(?:\w+\s+)?(?:up|down|rise|increase|fall|drop|change)\b[^.;:!?]{0,30}\bfrom\s*$`)

// sameDayRe is a day shared with another, named by its sameness: "the
// same day", "that same day".
var sameDayRe = regexp.MustCompile(`(?i)^(?:the|that)\s+(?:very\s+)?same\s+day$`)

// equatedGapRe is what stands between a relative date and the date it
// is said to be: " was ", " became ", " is ".
var equatedGapRe = regexp.MustCompile(`^\s+(?:was|became|is|would be|will be)\s+(?:on\s+)?$`)

// calendarRuleRe is a sentence that says on which day a year began or
// ended under a calendar: "the year began on 25 March", "the legal year
// started on Lady Day".
var calendarRuleRe = regexp.MustCompile(`(?i)\b(?:the|legal|civil|calendar|new|historical)\s+year\s+(?:had\s+|always\s+|then\s+)?(?:began|begun|begins|started|starts|commenced|ended|ends)\s+on\b`)

// generalRuleRe opens a rule said of all the things of a kind: "All
// deadlines are", "Every session starts at".
var generalRuleRe = regexp.MustCompile(`^(?i:all|every|each)\s+[\pL -]{2,40}?\s+(?:are|is|start|starts|end|ends|close|closes|open|opens|begin|begins)\b`)

// hoursHeadingRe is a heading over a place's hours: what its weekdays and
// times tell happens every week.
var hoursHeadingRe = regexp.MustCompile(`(?i)\b(?:opening|visiting|office|business|surgery|service|collection)\s+(?:hours|times)\b|^\s*(?:hours|opening times|timetable)\s*$`)

// citationYearRe is a report citation's volume, reporter and page before
// a year in brackets: "365 U.S. 167 (", "3 C.F.R. 99 (".
var citationYearRe = regexp.MustCompile(`\b\d{1,4} (?:[A-Z][A-Za-z]*\.? ?){1,4}\d{1,5}(?:, \d{1,5})? \($`)

// citationYear reports whether the expression is the year of a citation
// ("Monroe v. Pape, 365 U.S. 167 (1961)"): the source's year, no event.
func citationYear(text string, t tempex.Timex) bool {
	return t.End < len(text) && text[t.End] == ')' && t.Date.Prec == timeline.Year && citationYearRe.MatchString(text[max(0, t.Start-40):t.Start])
}

// editionNouns name a standard, a text or a method by the year of its
// edition: "the 2014 WHO classification", "the 2019 guidelines".
var editionNouns = map[string]bool{
	"classification": true, "classifications": true, "criteria": true, "guidelines": true, "guideline": true,
	"edition": true, "version": true, "revision": true, "standard": true, "standards": true, "definition": true,
	"definitions": true, "specification": true, "framework": true, "protocol": true, "scale": true,
	"nomenclature": true, "taxonomy": true, "recommendations": true, "consensus": true, "handbook": true, "manual": true,
}

// heldEditionRe finds an edition of an event, held, in the words after
// its year: "edition was the first held in Asia", "edition, staged in
// Seoul", "edition took place in Doha".
// (not a book's, kept: "the 1865 edition held by the British Library")
var heldEditionRe = regexp.MustCompile(`(?i)^\s*editions?\b(?:[^.;:!?]{0,40}?\b(?:was|were)\b[^.;:!?]{0,24}?\b(?:held|hosted|staged|contested)(?:\s+(?:in|at|on|during|across|between|from|over|online|virtually|remotely)\b|\s*[,.;]|\s*$)| took place\b)`)

// editionPlaceRe finds the place an edition of an event was held, right
// after the noun: "edition in Bangkok", "editions at Wimbledon".
var editionPlaceRe = regexp.MustCompile(`^\s*editions?\s+(?:in|at)\s+(\p{Lu}\p{Ll}+)\b`)

// languageNames are languages an edition of a book is in ("the 2019
// edition in English"), no place it was held.
var languageNames = map[string]bool{"english": true, "french": true, "german": true, "spanish": true, "latin": true, "italian": true,
	"chinese": true, "japanese": true, "russian": true, "portuguese": true, "arabic": true, "dutch": true, "greek": true,
	"hebrew": true, "welsh": true, "irish": true, "polish": true, "swedish": true, "korean": true, "hindi": true, "braille": true}

// editionAfter reports whether the words after a year that qualifies a
// noun name an edition of a standard (see editionNouns), past an acronym
// or two ("WHO", "ICD-10").
func editionAfter(after string) bool {
	ws := strings.Fields(after)
	for i := 0; i < len(ws) && i < 3; i++ {
		w := strings.Trim(ws[i], ",.;:()")
		if editionNouns[strings.ToLower(w)] {
			// (but not an edition of an event, held: "The 2002 edition
			// was the first held in Asia")
			// (nor one held in a place: "the 2024 edition in Bangkok")
			if m := editionPlaceRe.FindStringSubmatch(after); m != nil && !languageNames[strings.ToLower(m[1])] {
				return false
			}
			return !heldEditionRe.MatchString(after)
		}
		if w == "" || !isAcronym(strings.ReplaceAll(w, "-", "")) {
			return false
		}
	}
	return false
}

// dropGlossedRelative drops a date counted from another ("three years
// later") that the text glosses with the date itself right after it
// ("Three years later, in 1850, ..."): the date written wins.
func dropGlossedRelative(text string, cs []cand) []cand {
	for {
		n := len(cs)
		if cs = dropGlossedOnce(text, cs); len(cs) == n {
			return cs
		}
	}
}

func dropGlossedOnce(text string, cs []cand) []cand {
	for k := 0; k+1 < len(cs); k++ {
		c, n := cs[k], cs[k+1]
		lt := strings.ToLower(strings.TrimSpace(text[c.start:c.end]))
		if !(strings.HasSuffix(lt, "later") || strings.HasSuffix(lt, "earlier") || strings.HasSuffix(lt, "afterwards") || strings.HasSuffix(lt, " after") || strings.HasSuffix(lt, " before") ||
			strings.Contains(lt, "the same ")) { // ("on the same afternoon, 7 May")
			continue
		}
		// (a year of the first millennium too: "Almost a hundred years
		// later, in AD 43, Claudius invaded")
		if c.end > n.start || !glossGapRe.MatchString(text[c.end:n.t.Start]) || !yearWritten(n.t.Text) && !((n.span.Start.Prec >= timeline.Day || n.span.Start.Prec == timeline.Year) && strings.ContainsAny(n.t.Text, "0123456789")) {
			continue
		}
		return append(cs[:k:k], cs[k+1:]...)
	}
	// "Two weeks later British troops entered Tunis on 7 May": a day
	// counted from another, and the day itself written in the same
	// sentence a day or two from it: the day written wins (but not the
	// day written right before it, which it is counted from: "closed on
	// March 13, 2020; it reopened two days later")
	for k, c := range cs {
		lt := strings.ToLower(strings.TrimSpace(text[c.start:c.end]))
		if !(strings.HasSuffix(lt, "later") || strings.HasSuffix(lt, "earlier")) || c.span.IsRange() || c.span.Start.Prec != timeline.Day {
			continue
		}
		for j, n := range cs {
			if j == k || n.span.IsRange() || n.span.Start.Prec < timeline.Day || !strings.ContainsAny(n.t.Text, "0123456789") {
				continue
			}
			if j == k-1 && n.end <= c.start {
				continue
			}
			if gap := n.span.Start.Start().Sub(c.span.Start.Start()); gap > -72*time.Hour && gap < 72*time.Hour {
				return append(cs[:k:k], cs[k+1:]...)
			}
		}
	}
	// "within one month of the date of this letter, so by 3 December
	// 2025": a time limit counted from a day, and the day it comes to,
	// written after it: the day written wins
	for k := 0; k+1 < len(cs); k++ {
		c, n := cs[k], cs[k+1]
		if c.end > n.start || c.span.IsRange() || n.span.IsRange() || n.span.Start.Prec < timeline.Day || !strings.ContainsAny(n.t.Text, "0123456789") ||
			!countedLimitRe.MatchString(strings.ToLower(strings.TrimSpace(text[c.start:c.end]))) || !limitGlossGapRe.MatchString(strings.ToLower(text[c.end:n.start])) {
			continue
		}
		if p := c.span.Start; p.Prec < timeline.Day && p.Contains(n.span.Start) ||
			p.Prec >= timeline.Day && absDuration(n.span.Start.Start().Sub(p.Start())) <= 72*time.Hour {
			return append(cs[:k:k], cs[k+1:]...)
		}
	}
	// "on 26 October, three weeks ago": how long ago the day written
	// was, which the day says better
	for k := 0; k+1 < len(cs); k++ {
		c, n := cs[k], cs[k+1]
		lt := strings.ToLower(strings.TrimSpace(text[n.start:n.end]))
		if !strings.HasSuffix(lt, " ago") || c.end > n.start || c.span.IsRange() || n.span.IsRange() || c.span.Start.Prec < timeline.Day ||
			!strings.ContainsAny(c.t.Text, "0123456789") || !agoGapRe.MatchString(text[c.end:n.start]) {
			continue
		}
		day := c.span.Start.Start()
		if from, to := n.span.Start.Start(), n.span.Start.End(); !day.Before(from.AddDate(0, 0, -7)) && day.Before(to.AddDate(0, 0, 7)) {
			return append(cs[:k+1:k+1], cs[k+2:]...)
		}
	}
	return cs
}

// agoGapRe is what comes between a day and how long ago it was: ", ",
// " (".
var agoGapRe = regexp.MustCompile(`^\s*[,(–—-]\s*$`)

// countedLimitRe is a time limit counted from a day: "within one month
// of the date of this letter", "within 30 days after receipt", "no later
// than 14 days from today".
var countedLimitRe = regexp.MustCompile(`^(?:within|no later than|not later than|no more than)\b.*\b(?:days?|weeks?|months?|years?)\b.*\b(?:of|after|from)\b`)

// limitGlossGapRe is what comes between a time limit and the day it comes
// to: ", so by ", ", that is, by ", " (by ", ", i.e. ".
var limitGlossGapRe = regexp.MustCompile(`^\s*(?:[,;(–—-]\s*)?(?:(?:so|that is|i\.e\.|ie|namely|which is|meaning)\s*,?\s*)?(?:by|on|before|until|no later than)?\s*$`)

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// glossGapRe is what comes between a counted date and the date that
// glosses it: ", in ", ", on ", " (".
var glossGapRe = regexp.MustCompile(`^,?\s*(?:in|on|by)?\s*$|^\s*\(\s*$`)

// whenAfterRe is a when-clause right after a date: "until AD 476, when
// the last emperor was deposed".
var whenAfterRe = regexp.MustCompile(`^,\s+when\s`)

// rangeTextEnd is where an expression's text ends, its range's end
// included ("2023/24").
func rangeTextEnd(t tempex.Timex, tx []tempex.Timex) int {
	if t.RangeEnd >= 0 && t.RangeEnd < len(tx) && tx[t.RangeEnd].End > t.End {
		return tx[t.RangeEnd].End
	}
	return t.End
}

// figureYear reports whether the expression is the year a figure was
// measured in, in brackets after it ("Daily traffic: 38,500 (2019)",
// "population 1,204 (2021 census)"): no event.
func figureYear(text string, t tempex.Timex) bool {
	if t.Date.Prec != timeline.Year || t.Start < 2 || text[t.Start-1] != '(' {
		return false
	}
	after := text[t.End:]
	if !strings.HasPrefix(after, ")") && !strings.HasPrefix(after, " census)") && !strings.HasPrefix(after, " est.)") && !strings.HasPrefix(after, " estimate)") {
		return false
	}
	if len(t.Text) != 4 || !yearDigitsRe.MatchString(t.Text) {
		return false // "in 9.0 (mid-2025)": a time told of, no figure's year
	}
	before := strings.TrimRight(text[:t.Start-1], " ")
	if before == "" {
		return false
	}
	c := before[len(before)-1]
	if c >= '0' && c <= '9' && workNumberRe.MatchString(before) {
		return false // "Piano Sonata, Op. 3 (1921)", "String Quartet No. 2 (1924)": the work's number, then its year
	}
	return c >= '0' && c <= '9' || c == '%'
}

// workNumberRe ends a work's number in its catalogue or series: "Op. 3",
// "No. 2", "BWV 1007", "K. 525".
var workNumberRe = regexp.MustCompile(`(?:^|[^\pL])(?:Op|Opus|No|Nos|Nr|BWV|KV|K|Hob|WoO|D)\.?\s?\d{1,4}[a-z]?$`)

// modelYearBeforeRe ends the words before a year that labels a product's
// model ("model years 2021 and 2022", "model year 2019-2021"), and
// modelYearAfterRe opens those after one ("2021 model year").
var (
	modelYearBeforeRe = regexp.MustCompile(`(?i)\bmodel[\s-]+years?\s*(?:\d{4}\s*(?:,|and|or|to|through|-|–)\s*)*$`)
	modelYearAfterRe  = regexp.MustCompile(`(?i)^[\s-]+model[\s-]+years?\b`)
)

// modelYear reports whether the year t is a product's model year ("Aster
// hatchbacks (model years 2021 and 2022)", "the 2021 model year"): a
// label of the product, no date of anything that happened.
func modelYear(text string, t tempex.Timex) bool {
	return t.Date.Prec == timeline.Year && (modelYearBeforeRe.MatchString(text[max(0, t.Start-60):t.Start]) || modelYearAfterRe.MatchString(text[t.End:min(len(text), t.End+20)]))
}

// lawCitedRe is a law cited by its name, up to the "of" before its year:
// "under the Securities Act of", "within the meaning of the Private
// Securities Litigation Reform Act of".
var lawCitedRe = regexp.MustCompile(`(?:\b(?:[Uu]nder|[Pp]ursuant to|meaning of|defined in|accordance with|provisions of|[Ss]ections? [\w.()-]+(?:,? (?:or|and) [\w.()-]+|, [\w.()-]+)* of|[Rr]ule [\w.-]+ under|amended by|[Ss]ubject to|compliance with|required by|registered under|violations? of|exemption from|[Ss]ee)) (?:the )?(?:[A-Z][\w.'’-]*,? (?:and |of |on |for |the )*){0,8}(?:Act|Code|Law|Regulations?|Rules?)s? of $`)

// lawCitedYear reports whether the expression is the year in the name of
// a law cited for what it says ("under the Securities Act of 1933"), not
// a date of the events told.
func lawCitedYear(text string, from int, t tempex.Timex) bool {
	if t.Date.Prec != timeline.Year {
		return false
	}
	before := text[max(from, t.Start-160):t.Start]
	return lawCitedRe.MatchString(before) || numberedOfRe.MatchString(before)
}

// numberedOfRe is an instrument numbered within its year, up to the "of"
// before the year: "Notice No. 38 of", "Law No. 12 of", "Regulation 4 of".
// The year is part of its name, not a date of the events told.
var numberedOfRe = regexp.MustCompile(`\b(?:Notice|Notices|Regulation|Regulations|Law|Circular|Decree|Order|Resolution|Directive|Act|Ordinance|By-?law|Rule|Decision|Bulletin|Proclamation|Statute|Instrument|Ruling|Gazette|Notification|Advisory|Amendment) (?:No\.? ?|Number |Nr\.? ?)?\d+[A-Za-z]?(?:/\d+)? of $`)

// lawMadeRe finds a verb that makes, changes or ends a law in the clause
// before its title: "Parliament passed the Human Rights Act 1998" is an
// event of 1998.
var lawMadeRe = regexp.MustCompile(`(?i)\b(?:passed|passes|enacted|signed|adopted|introduced|approved|repealed|amended|replaced|brought in|came into force|received)\b[^.;:]*$`)

// lawMade reports whether the clause before a law's title holds a verb of
// lawMadeRe, not counting the citation's "as amended by", "as replaced
// by" ("Section 91 of the Town and Country Planning Act 1990 as amended by
// Section 51 of the Planning and Compulsory Purchase Act 2004": the text
// of the law in force, no amending told).
func lawMade(before string) bool {
	for {
		m := lawMadeRe.FindStringIndex(before)
		if m == nil {
			return false
		}
		if !strings.HasSuffix(strings.ToLower(strings.TrimRight(before[:m[0]], " \t\n(")), " as") {
			return true
		}
		// past the verb, for another one later in the clause
		k := m[0]
		for k < len(before) && isLetter(before[k]) {
			k++
		}
		before = before[k:]
	}
}

// notUntilRe finds a negation in the clause before "until": "did not
// reopen", "wasn't restored", "had never been seen".
var notUntilRe = regexp.MustCompile(`(?i)\b(?:not|never|n't)\b[^,;:]*$|n't\b[^,;:]*$`)

// notUntil reports whether "until DATE" follows a negated verb of its
// clause ("did not reopen until March 2021"): the event happened then,
// it did not last until then.
func notUntil(before, prep string) bool {
	p := strings.ToLower(strings.TrimSpace(prep))
	return (p == "until" || p == "till") && notUntilRe.MatchString(before)
}

// putOffRe ends the words before "until" that put a happening off to
// the day after it: "The race is postponed until the autumn".
var putOffRe = regexp.MustCompile(`(?i)\b(?:postponed|delayed|deferred|adjourned|put\s+off|pushed\s+back|rescheduled|held\s+over)\s*$`)

// putOffUntil reports whether "until" (prep) after before says when a
// happening put off is to be (see putOffRe).
func putOffUntil(before, prep string) bool {
	p := strings.ToLower(strings.TrimSpace(prep))
	return (p == "until" || p == "till") && putOffRe.MatchString(before)
}

// rowUnderRow reports whether the line at ls and the line above or below
// it both open with a date set off by a separator: rows of one dated list.
func rowUnderRow(text string, ls int) bool {
	line := func(a int) string {
		e := strings.IndexByte(text[a:], '\n')
		if e < 0 {
			e = len(text) - a
		}
		return strings.TrimSpace(text[a : a+e])
	}
	row := func(l string) bool {
		n, sep := dateLead(l)
		return n > 0 && sep
	}
	if !row(line(ls)) {
		return false
	}
	if row(line(lineStart(text, ls-1))) {
		return true
	}
	e := strings.IndexByte(text[ls:], '\n')
	return e >= 0 && ls+e+1 < len(text) && row(line(ls+e+1))
}

// whenQuestion returns what a speaker's question of when asks about, told
// as a statement: "DANA: And the shop opened when?" is "The shop opened",
// "SAM: When did the mill close?" is "The mill closed"; "" for any other
// line.
func whenQuestion(q string) string {
	// (the question may close a turn whose label opened an earlier
	// sentence: "CHAIR: ... told us last week. When did your control
	// room receive it?")
	q = strings.TrimSpace(q[speakerLabel(q):])
	body, ok := strings.CutSuffix(q, "?")
	if !ok || strings.ContainsAny(body, "?,;:") {
		return ""
	}
	for _, lead := range []string{"And ", "So ", "and ", "so "} {
		body = strings.TrimPrefix(body, lead)
	}
	ws := strings.Fields(body)
	switch {
	case len(ws) >= 3 && len(ws) <= 8 && strings.EqualFold(ws[len(ws)-1], "when") && slices.ContainsFunc(ws[1:len(ws)-1], titleVerb):
		return finish(titleFirst(strings.Join(ws[:len(ws)-1], " ")))
	case len(ws) >= 4 && len(ws) <= 10 && strings.EqualFold(ws[0], "when") && strings.EqualFold(ws[1], "did"):
		// the bare verb after the subject: the first lower-case word
		// after the determiner or name
		v := 3
		if determiners[strings.ToLower(ws[2])] {
			v = 4 // "the mill": the noun after its article
		}
		for v+1 < len(ws) && whenAdverbs[ws[v]] {
			v++ // "When did you first go out": the verb after the adverb
		}
		for v+1 < len(ws) && affirmedVerbs[ws[v]] == "" && isLowerWord(ws[v]) && isLowerWord(ws[v+1]) && !objectLead[ws[v+1]] && !determiners[ws[v+1]] && !whenAdverbs[ws[v]] {
			// "When did your control room receive it": a noun of the
			// subject before the verb, which the object or the end
			// follows
			v++
		}
		for ; v < len(ws); v++ {
			w := ws[v]
			if !isLowerWord(w) || determiners[w] || stopWords[w] && affirmedVerbs[w] == "" { // ("go", a stop word, is a verb)
				return ""
			}
			past, ok := affirmedVerbs[w]
			if !ok {
				switch {
				case strings.HasSuffix(w, "e"):
					past = w + "d"
				case len(w) > 2 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
					past = w[:len(w)-1] + "ied" // "When did you marry?": "Married"
				case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "y"):
					return ""
				default:
					past = w + "ed"
				}
			}
			subj := ws[2:v]
			if strings.EqualFold(subj[0], "you") {
				subj = subj[1:] // "When did you first go out": the one answering, whom "you" does not name
			}
			return finish(titleFirst(strings.TrimSpace(strings.Join(subj, " ") + " " + past + " " + strings.Join(ws[v+1:], " "))))
		}
	case len(ws) >= 4 && len(ws) <= 10 && strings.EqualFold(ws[0], "when") && (strings.EqualFold(ws[1], "was") || strings.EqualFold(ws[1], "were")):
		// "When were you born?", "When was the mill built?": the
		// participle after the subject
		v := 3
		if determiners[strings.ToLower(ws[2])] {
			v = 4
		}
		if v >= len(ws) || !isLowerWord(ws[v]) || !participle(ws[v]) && !dueWords[ws[v]] {
			return ""
		}
		subj := ws[2:v]
		if strings.EqualFold(subj[0], "you") {
			// ("When were you born": the one answering, whom "you"
			// does not name)
			return finish(titleFirst(strings.Join(ws[v:], " ")))
		}
		if pronouns[strings.ToLower(subj[0])] {
			return "" // "When was it built?": what "it" is the question does not say
		}
		return finish(titleFirst(strings.Join(subj, " ") + " " + strings.ToLower(ws[1]) + " " + strings.Join(ws[v:], " ")))
	}
	return ""
}

// tagQuestionRe is the tag that makes a statement a question asking to
// be told so: ", did it?", ", didn't you?", ", right?", ", isn't it?".
var tagQuestionRe = regexp.MustCompile(`,\s+(?:right|(?:did|does|do|was|were|is|are|has|have|had|will|would|could|wo|ca)(?:n[’']t|\s+not)?\s+(?:it|he|she|they|you|we|I|there|that))\?$`)

// hedgeTailRe ends an answer with the speaker's doubt of it: "In 1890,
// I think.", "1962, if I remember rightly."
var hedgeTailRe = regexp.MustCompile(`,\s+(?:I\s+think|I\s+believe|I\s+reckon|I\s+guess|I\s+suppose|I[’']m\s+not\s+sure|I\s+am\s+not\s+sure|if\s+I\s+remember(?:\s+(?:rightly|correctly))?|if\s+I\s+recall(?:\s+(?:rightly|correctly))?|as\s+I\s+recall|I\s+recall)([.!?]?)\s*$`)

// pointBackRe opens an answer that only points back to what was asked
// and gives its date: "That was in the spring of 1978.", "It would have
// been in 1989."
var pointBackRe = regexp.MustCompile(`^(?:That|It|This)(?:'s|’s| was| is| would have been| must have been| will be)\s+`)

// whenAdverbs stand between the subject and the verb of a question
// asking when: "When did you first go out to the lighthouse?"
// objectLead opens what follows a verb: an object or a phrase ("receive
// it", "open to the public").
var objectLead = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true, "me": true, "you": true, "this": true, "that": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true, "into": true, "out": true, "up": true, "down": true, "back": true, "off": true, "over": true, "again": true}

// dueWords say, after "was", what was planned: "When was the work due to
// finish?".
var dueWords = map[string]bool{"due": true, "meant": true, "supposed": true, "going": true, "set": true}

var whenAdverbs = map[string]bool{"first": true, "last": true, "finally": true, "actually": true, "eventually": true, "ever": true, "really": true}

// affirmedVerbs are the past forms of the verbs "did not" is most often
// put before.
var affirmedVerbs = map[string]string{
	"begin": "began", "come": "came", "go": "went", "get": "got", "make": "made", "take": "took", "give": "gave",
	"find": "found", "know": "knew", "see": "saw", "leave": "left", "hold": "held", "pay": "paid", "say": "said",
	"tell": "told", "build": "built", "send": "sent", "spend": "spent", "meet": "met", "run": "ran", "win": "won",
	"become": "became", "break": "broke", "bring": "brought", "buy": "bought", "think": "thought", "stand": "stood",
	"sell": "sold", "lose": "lost", "fall": "fell", "rise": "rose", "keep": "kept", "let": "let", "put": "put",
	"set": "set", "cut": "cut", "shut": "shut", "hit": "hit", "read": "read", "speak": "spoke", "write": "wrote",
	"learn": "learned", "hear": "heard", "feel": "felt", "do": "did", "have": "had", "be": "was", "stop": "stopped",
	"plan": "planned", "admit": "admitted", "drop": "dropped", "ship": "shipped", "ban": "banned", "step": "stepped",
	"arrive": "arrived", "show": "showed", "grow": "grew", "draw": "drew", "fly": "flew", "wake": "woke", "eat": "ate",
}

// affirmed turns a headline that denies until a date into what happened
// at it: "The plant did not reopen" becomes "The plant reopened", "The
// power wasn't restored" "The power was restored".
func affirmed(title string) string {
	ws := strings.Fields(title)
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case (lw == "did" && i+2 < len(ws) && strings.EqualFold(ws[i+1], "not")) || lw == "didn't" || lw == "didn’t":
			k := i + 1
			if lw == "did" {
				k = i + 2
			}
			if k >= len(ws) {
				return title
			}
			v := strings.ToLower(ws[k])
			// the verb's own punctuation goes after its past form ("The
			// landlord did not inspect, some 14 weeks later" was "The
			// landlord inspect,ed")
			mark := v[len(strings.TrimRight(v, ",;:.!?")):]
			v = v[:len(v)-len(mark)]
			past, ok := affirmedVerbs[v]
			switch {
			case ok:
			case strings.HasSuffix(v, "e"):
				past = v + "d"
			case len(v) > 2 && strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
				past = v[:len(v)-1] + "ied"
			default:
				past = v + "ed"
			}
			out := append(append(append([]string{}, ws[:i]...), past+mark), ws[k+1:]...)
			if i == 0 {
				out[0] = titleFirst(out[0])
			}
			return strings.Join(out, " ")
		case lw == "not" || lw == "never":
			if i > 0 && verbWords[strings.ToLower(ws[i-1])] || lw == "never" && i+1 < len(ws) && isVerbWord(ws[i+1]) {
				return strings.Join(append(append([]string{}, ws[:i]...), ws[i+1:]...), " ") // "was not restored", "never saw"
			}
		case strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t"):
			base := map[string]string{"wasn't": "was", "weren't": "were", "hadn't": "had", "isn't": "is", "aren't": "are",
				"wasn’t": "was", "weren’t": "were", "hadn’t": "had", "isn’t": "is", "aren’t": "are"}[lw]
			if base != "" {
				ws[i] = base
				if i == 0 {
					ws[0] = titleFirst(base)
				}
				return strings.Join(ws, " ")
			}
		}
	}
	return title
}

// clockDataRe ends the text before a time that is a reading or a value,
// not when something happened: "EXIF times 23:59:59", "the clock showed
// 9:15", "set to 06:00", "across midnight".
var clockDataRe = regexp.MustCompile(`(?i)\b(?:times|timestamps?|time ?stamps?|clocks? (?:showed|shows|read|reads|stopped at)|(?:set|reset|defaults?|changed) to|showing|displays?|displaying|across|spanning|straddling|format|formatted as|e\.g\.|such as|like)\s*$`)

// bookedBeforeRe ends the words before a clock time that a booking is
// for: "restaurant booked for 8 people,", "table reserved for" (not
// "reserved comment until").
var bookedBeforeRe = regexp.MustCompile(`(?i)\b(?:booked|reserved|booking|reservation)\s+for\b[^.;:!?]{0,32}$`)

// bareClockRe is a clock time alone, with no day: "20:00", "at 8.30pm".
var bareClockRe = regexp.MustCompile(`(?i)^(?:at\s+|for\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$`)

// bookedClock reports whether the clock time tx[j] is the time of what a
// booking is for ("restaurant booked for 8 people, 20:00") in a sentence
// that names no day: the booked dinner's time, not one of the day the
// sentence is read against (the message's, the document's).
func bookedClock(text string, tx []tempex.Timex, j int, s Segment) bool {
	t := tx[j]
	if !bareClockRe.MatchString(strings.TrimSpace(t.Text)) || !bookedBeforeRe.MatchString(text[max(s.Start, t.Start-48):t.Start]) {
		return false
	}
	for k := range tx {
		if k != j && tx[k].Start < s.End && tx[k].End > s.Start {
			return false // "booked for 20:00 on Friday": the day is told
		}
	}
	return true
}

// clockAsData reports whether a clock time comes after words that make it
// a value (see clockDataRe).
func clockAsData(before string) bool {
	if atTimesRe.MatchString(before) {
		return false // "visibility will drop at times Wednesday night": now and then, on that night
	}
	return clockDataRe.MatchString(before)
}

// atTimesRe ends a text with "at times": now and then.
var atTimesRe = regexp.MustCompile(`(?i)\bat\s+times\s*$`)

// rowLabel reports whether the expression is a table cell of its own
// that names a season or a month without a year ("Autumn", "Spring"), in
// a row whose other cells write dates with their years: a label (a
// school term's name), not a date of its own.
func rowLabel(text string, s Segment, t tempex.Timex, tx []tempex.Timex) bool {
	if t.Date.Prec != timeline.Season && t.Date.Prec != timeline.Month || yearWritten(t.Text) || strings.ContainsRune(t.Text, ' ') {
		return false
	}
	if r := t.RangeEnd; r >= 0 && r < len(tx) && tx[r].Start >= t.End && tx[r].Start-t.End <= 3 {
		return false // "April–September 2022: surveys": a range's start, its end glued to it
	}
	for _, o := range tx {
		if o.Start >= t.End && o.Start-t.End <= 8 && o.Date.Prec == t.Date.Prec && strings.Trim(text[t.End:o.Start], " ") != "" && strings.Trim(text[t.End:o.Start], " –—-") == "" {
			// "| March – May 2025 |": a range's start, its end of the
			// same kind after a spaced dash (not "Autumn – 3 September
			// 2025 to ...": a term's name, then its days)
			return false
		}
	}
	before := strings.TrimRight(text[s.Start:t.Start], " ")
	after := strings.TrimLeft(text[min(t.End, s.End):s.End], " ")
	cellEnd := func(x string, suffix bool) bool {
		for _, sep := range []string{"|", "–", "—", ";"} {
			if suffix && strings.HasSuffix(x, sep) || !suffix && strings.HasPrefix(x, sep) {
				return true
			}
		}
		return false
	}
	// a cell of its own: "| Autumn |", "... Friday 19 December – Autumn; Half term: ..."
	if !(before == "" || cellEnd(before, true)) || !(after == "" || after == "." || cellEnd(after, false)) || before == "" && after == "" {
		return false
	}
	for _, o := range tx {
		if o.Start >= s.Start && o.End <= s.End && o.Start != t.Start && yearWritten(o.Text) {
			return true
		}
	}
	return false
}

// clockYearWritten is yearWritten for a date that may hold a clock of
// four digits, which writes no year: "from 0430Z", "21 May at 0430"
// under the labels "21 May 1982:" and "1982:".
func clockYearWritten(t tempex.Timex) bool {
	if !yearWritten(t.Text) {
		return false
	}
	if t.Date.Prec < timeline.Hour || t.Date.Year <= 0 {
		return true
	}
	return strings.Contains(t.Text, strconv.Itoa(t.Date.Year))
}

// yearWritten reports whether a date's text writes a year (four digits).
func yearWritten(expr string) bool {
	n := 0
	for i := 0; i < len(expr); i++ {
		if expr[i] >= '0' && expr[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// relativeMonthRe is a month named from the writer's day ("last month",
// "this month"): one month, whatever set is beside it.
var relativeMonthRe = regexp.MustCompile(`(?i)\b(?:last|next|this|previous|coming|following|past|same)\s+month\b|\bmonth\s+(?:ago|before|after|later|earlier)\b`)

// boundPrepRe ends the text before a date that bounds a period: "since ",
// "after ", "before ".
var boundPrepRe = regexp.MustCompile(`(?i)\b(?:since|after|before)\s+$`)

// negatedRe finds a sentence that says nothing happened: a denial ("denied
// that any licences had been issued since 2017") or a subject that is
// none ("No source reports figures after 2 August"), or a negation of any
// ("has not detained any journalist since 2017"). ("have not won since
// 1972" keeps its date: the last time they did.)
var negatedRe = regexp.MustCompile(`(?i)^\W*(?:no|none|nobody|nothing|neither)\b|\b(?:denied|denies|deny|denying)\b|\b(?:not|never|n['’]t)\b[^.;]*\b(?:any|anyone|anything|a single|once)\b`)

// setIn reports whether a set ("every year", "annually") is among the
// expressions of a sentence, from index from up to byte end.
func setIn(text string, tx []tempex.Timex, from, end int) bool {
	for j := from; j < len(tx) && tx[j].Start < end; j++ {
		if v := tx[j].Value; tx[j].Type == tempex.Set && (v == "P1Y" || strings.HasPrefix(v, "XXXX-") && !strings.HasPrefix(v, "XXXX-WXX") && !strings.HasPrefix(v, "XXXX-XX-XX")) {
			if v == "P1Y" && amountBefore(text[:tx[j].Start]) {
				continue // "a rent of £35 a year starting 1 October": a rate, no day of every year
			}
			return true // a set that comes back every year ("every year", "annually", "every 9 November")
		}
	}
	return false
}

// yearlyDaysListed reports whether a sentence, from expression index from
// up to byte end, holds a set that divides the year ("quarterly", "every
// six months", "twice a year") and two days or more written with no year:
// the days of every year it comes back on ("payable quarterly on 25
// March, 24 June, 29 September and 25 December").
func yearlyDaysListed(tx []tempex.Timex, from, end int) bool {
	set, days := false, 0
	for j := from; j < len(tx) && tx[j].Start < end; j++ {
		switch v := tx[j].Value; {
		case tx[j].Type == tempex.Set && (v == "P1Y" || v == "P6M" || v == "P4M" || v == "P3M" || v == "P2M"):
			set = true
		case tx[j].Type == tempex.Date && tx[j].Date.Prec == timeline.Day && strings.ContainsAny(tx[j].Text, "0123456789") && !yearWritten(tx[j].Text):
			days++
		}
	}
	return set && days >= 2
}

// wholeYearSpan reports whether a and b are days of a span of a whole
// year, b the day before a's day a year on: 1 January to 31 December, 1
// April to 31 March (written with no year, a year's definition: "The
// holiday year runs from 1 January to 31 December").
func wholeYearSpan(a, b timeline.Date) bool {
	if a.Prec != timeline.Day || b.Prec != timeline.Day {
		return false
	}
	at, ok1 := a.Time()
	bt, ok2 := b.Time()
	return ok1 && ok2 && at.AddDate(1, 0, -1).Equal(bt)
}

// monthsSetIn reports whether a set that comes back in the same months
// every year ("every six months", "twice a year", "each Saturday") is
// among the expressions of a sentence, from index from up to byte end: a
// month the tagger left of no year beside it ("every six months, in April
// and October", "Each Saturday in September") is of every year.
func monthsSetIn(tx []tempex.Timex, from, end int) bool {
	for j := from; j < len(tx) && tx[j].Start < end; j++ {
		if tx[j].Type != tempex.Set {
			continue
		}
		switch v := tx[j].Value; {
		case v == "P1Y", v == "P6M", v == "P4M", v == "P3M", v == "P2M":
			return true
		case strings.HasPrefix(v, "XXXX-WXX-"):
			return true // "Each Saturday in September": the month of every year's Saturdays
		}
	}
	return false
}

// yearlySetIn reports whether the sentence's expressions, from index
// from up to byte end, say that something comes back every year ("each
// year", "every year", "annually").
func yearlySetIn(tx []tempex.Timex, from, end int) bool {
	for j := from; j < len(tx) && tx[j].Start < end; j++ {
		if tx[j].Type == tempex.Set && tx[j].Value == "P1Y" && (tx[j].Quant == "EACH" || tx[j].Quant == "EVERY") {
			return true
		}
	}
	return false
}

// amountBefore reports whether text ends with an amount: "£35 ", "1,200
// megalitres ", "$4 million ".
func amountBefore(text string) bool {
	f := strings.Fields(text)
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		if strings.ContainsAny(f[k], "0123456789£$€¥") {
			return true
		}
	}
	return false
}

// weekdayOnly reports whether expr names a weekday and nothing else
// ("Monday", "Mon").
func weekdayOnly(expr string) bool {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(expr), ".")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// isQuestionLabel reports whether a sentence is an interviewer's question
// ("Q: ...", "Question: ...").
// qaLabel returns the length of an interview's "Q:" or "A:" label
// opening sent ("Answer:", "Question:"), or 0.
func qaLabel(sent string) int {
	n := speakerLabel(sent)
	if n == 0 {
		return 0
	}
	switch strings.ToLower(strings.TrimSpace(sent[:n-1])) {
	case "q", "a", "question", "answer":
		return n
	}
	return 0
}

func isQuestionLabel(sent string) bool {
	l := strings.ToLower(sent)
	return strings.HasPrefix(l, "q:") || strings.HasPrefix(l, "question:") || strings.HasPrefix(sent, "Q") && roleInitialLabel(sent) > 0
}

// comparedOnRe ends the words before a year that a figure is compared
// with: "up 18% on", "down 3.5 per cent on", "rose £2m on" (an amount
// between: not "gave up on").
var comparedOnRe = regexp.MustCompile(`(?i)\b(?:up|down|rose|fell|grew|gained|dropped|declined|increased|decreased|climbed|jumped|slipped|higher|lower)\s+(?:by\s+)?[£$€]?\d[\d.,]*\s*(?:%|per\s*cent|percent|pc|points?|bn|m|k|million|billion)?\s+on\s+$`)

// prepositions that belong to a date's text when they directly precede it:
// date_text is "on Wednesday", "in July 2017", "since 1990" — the
// expression as a reader quotes it.
var datePreps = map[string]bool{
	"on": true, "in": true, "at": true, "since": true, "from": true, "by": true,
	"until": true, "till": true, "during": true, "before": true, "after": true,
	"around": true, "circa": true, "throughout": true, "between": true, "through": true, "within": true,
	"later": true, "earlier": true,
}

// executionWords, alone, tell that a document was executed on the day
// after them: "Signed this 3rd day of March 2025", "DATED this 22nd day
// of July, 2024".
var executionWords = map[string]bool{"dated": true, "signed": true, "sworn": true, "executed": true, "sealed": true, "witnessed": true, "affirmed": true}

// deedNounRe finds, in a heading, the kind of instrument a dated line
// under it executes: "TENANCY AGREEMENT", "Deed of Variation", "Lease".
var deedNounRe = regexp.MustCompile(`(?i)\b(?:agreement|lease|deed|contract|conveyance|licen[cs]e|will|codicil|affidavit|declaration|memorandum|charter|covenant|indenture|undertaking|settlement|power of attorney)s?\b`)

// dayOfRe opens a day written as a deed writes it: "3rd day of".
var dayOfRe = regexp.MustCompile(`(?i)^[0-3]?\d(?:st|nd|rd|th)\s+day\s+of\b`)

// ordinalDayRe opens a day written as an ordinal: "3rd", "24th".
var ordinalDayRe = regexp.MustCompile(`^[0-3]?\d(?:st|nd|rd|th)\b`)

// asRecentlyRe ends the words "as recently as", "as early as", "as late
// as", "as soon as", "as long ago as", "as far back as" before a date.
var asRecentlyRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(as\s+(?:recently|early|late|soon|long\s+ago|far\s+back)\s+as\s+)$`)

// withPreposition moves start back over a preposition that directly
// precedes the date (one space between), unless the tagger already took it.
func withPreposition(text string, floor, start int) int {
	if start-4 >= floor && ordinalDayRe.MatchString(text[start:min(len(text), start+5)]) && strings.EqualFold(text[start-4:start], "the ") &&
		(start-4 == floor || !isLetter(text[start-5])) {
		start -= 4 // "dated the 3rd day of June 2019": its article goes with it
	}
	if start-5 >= floor && ordinalDayRe.MatchString(text[start:min(len(text), start+5)]) && strings.EqualFold(text[start-5:start], "this ") &&
		(start-5 == floor || !isLetter(text[start-6])) && dayOfRe.MatchString(text[start:min(len(text), start+16)]) {
		// "Signed this 3rd day of March 2025", "Sworn at Leeds this 3rd
		// day of March 2025": a deed's formula for the day it is
		// executed, its "this" the date's (a title keeping it, "Signed
		// this", points at nothing)
		return start - 5
	}
	if k := start - len("at least "); k >= floor && strings.EqualFold(text[k:start], "at least ") {
		// "from at least the 14th century", "since at least 1990": the
		// hedge and its preposition are date text
		if st := withPrep(text, floor, k); st < k {
			return st
		}
	}
	st := withPrep(text, floor, start)
	if m := asRecentlyRe.FindStringSubmatchIndex(text[max(floor, st-28):st]); m != nil && st == start {
		// "threatened a veto as recently as last month", "seen as early
		// as 1998": the hedge is the date's (a title keeping "as
		// recently" says nothing)
		return max(floor, st-28) + m[2]
	}
	if st-4 >= floor && strings.EqualFold(text[st-4:st], "not ") && (st-4 == floor || !isLetter(text[st-5])) {
		// "not before 11:00", "not after 5 May": the negation turns the
		// bound, and goes with it (a title keeping "not" alone says the
		// reverse)
		if w := strings.ToLower(text[st:min(len(text), st+7)]); strings.HasPrefix(w, "before ") || strings.HasPrefix(w, "after ") ||
			strings.HasPrefix(w, "later ") || strings.HasPrefix(w, "earlier") {
			return st - 4
		}
	}
	// "On or about 15 August 2022", "in or around March 2021", "on or
	// before 1 May": the legal hedge is all date text
	if st-6 >= floor {
		w := strings.ToLower(text[st:min(len(text), st+13)])
		if strings.HasPrefix(w, "about ") || strings.HasPrefix(w, "around ") || strings.HasPrefix(w, "before ") ||
			strings.HasPrefix(w, "after ") || strings.HasPrefix(w, "approximately ") {
			if m := orHedgeRe.FindStringSubmatchIndex(text[max(floor, st-11):st]); m != nil {
				return max(floor, st-11) + m[2] // ("during or around September 2016")
			}
		}
	}
	return st
}

// onlyFunctionWords reports whether rest, a sentence without its date,
// holds at most a preposition or an article: a caption of the date.
func onlyFunctionWords(rest string) bool {
	for _, w := range strings.Fields(rest) {
		w = strings.ToLower(strings.Trim(w, ".,;:()[]\"'“”‘’–—-*_#"))
		switch w {
		case "", "for", "in", "on", "at", "from", "of", "during", "the", "a", "an", "to", "until", "by", "as":
			continue
		}
		return false
	}
	return true
}

// reportTitleRe finds the year an annual report covers in its title:
// "Annual Report 2023", "2022 Annual Review", "Impact Report for 2021",
// "2023 in review"; the first of a split year, "Annual Report 2022/23",
// "2022-23 Annual Review" (see reportTitleFirstYear).
var reportTitleRe = regexp.MustCompile(`(?i)(?:\b(?:annual|yearly|impact|sustainability|activity|activities|financial|trustees'?)\s+(?:report|review|statement)s?(?:\s+(?:and\s+accounts|for(?:\s+the\s+year)?))?\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?\s+(?:annual|impact|sustainability|activity)\s+(?:report|review)\b|\b((?:19|20)\d\d)\s+in\s+review\b|\byear\s+in\s+review[:\s–—-]+((?:19|20)\d\d)\b)`)

// reportPeriodRe is a report's title that names the day its period
// ends: "Annual Report for the year ended 30 June 2025", "Interim
// statement for the six months ending 31 December 2024".
var reportPeriodRe = regexp.MustCompile(`(?i)\b(?:report|review|statement|accounts|results)\b.*\b(?:year|period|months|quarter|half[- ]year)\s+end(?:ed|ing)\s+(.{6,24}?\d{4})\b`)

// reportPeriodEnd returns the day a report's title says its period ends,
// or the zero Date.
func reportPeriodEnd(title string) timeline.Date {
	m := reportPeriodRe.FindStringSubmatch(title)
	if m == nil {
		return timeline.Date{}
	}
	for _, t := range tempex.Tag(m[1], tempex.Options{}) {
		if t.Date.Prec == timeline.Day && t.Start == 0 {
			return t.Date
		}
	}
	return timeline.Date{}
}

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// reportTitleYear returns the year a report's title says it covers.
func reportTitleYear(title string) (int, bool) {
	y, after := reportTitleFirstYear(title)
	if y == 0 || splitYearTailRe.MatchString(after) {
		return 0, false // "Annual Report 2023-24": a year of another calendar, over two of ours
	}
	return y, true
}

// reportTitleFirstYear returns the (first) year a report's title names
// ("Annual Report 2022/23", "2022-23 Annual Review": 2022) and what
// follows it in the title; 0 when the title is no report's.
func reportTitleFirstYear(title string) (int, string) {
	m := reportTitleRe.FindStringSubmatchIndex(title)
	if m == nil {
		return 0, ""
	}
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			y, err := strconv.Atoi(title[m[g]:m[g+1]])
			if err != nil {
				return 0, ""
			}
			return y, title[m[g+1]:]
		}
	}
	return 0, ""
}

// reportSplitEndYear returns the later year of a report's title that
// names a split year ("Annual Report 2022/23", "2022-23 Annual Review":
// 2023), or 0.
func reportSplitEndYear(title string) int {
	first, after := reportTitleFirstYear(title)
	t := splitYearTailRe.FindString(after)
	if t == "" || first <= 0 {
		return 0
	}
	d := strings.TrimLeft(t, " \t-–/")
	n, err := strconv.Atoi(d)
	if err != nil {
		return 0
	}
	if len(d) == 2 {
		n += first / 100 * 100
		if n < first {
			n += 100
		}
	}
	if n != first+1 {
		return 0
	}
	return n
}

// fileImageRe follows the year of an agency's file picture: "a 2019 file
// photo", "2019 file image".
var fileImageRe = regexp.MustCompile(`(?i)^\s+file\s+(?:photo|photograph|image|picture|pic|footage)\b`)

// containerOfRe is what stands between a quarter or half and the year
// that holds it: " of ", " (Q1) of ".
var containerOfRe = regexp.MustCompile(`^\)?\s*(?:\([^()]{1,12}\)\s*)?of\s*$`)

// splitYearTailRe is the second half of a split year after the first:
// "-24", "–2024", "/25".
var splitYearTailRe = regexp.MustCompile(`^\s*[-–/]\s*(?:\d{2}|\d{4})\b`)

// dateWordZone reports whether a place's clock read after a time is a
// day's or a month's name ("at 5pm Monday time" is no place's).
func dateWordZone(z string) bool {
	for _, w := range strings.Fields(strings.Trim(z, " ()")) {
		if weekdayOpens(w) || monthNames[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// zoneAfterRe is a zone written after a time that the tagger leaves out:
// " local time", " (UTC+2)", " local time (GMT-5)", " (Beirut time,
// UTC+3)" (a place's time named with its offset, on either side); a
// place's clock named alone, which gives no offset: " UK time", " (UK
// time)", " (local time)".
var zoneAfterRe = regexp.MustCompile(`^(?:\s+(?:local|UK|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) time\b)?(?:\s*\((?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)? time,\s*)?(?:UTC|GMT)\s*([+−-]\s*\d{1,2}(?::?\d{2})?)(?:,\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)? time)?\)|\s*\((?:local|UK|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) time\))?`)

// parseOffset reads a UTC offset as written after "UTC": "+2", "-05:00",
// "+0530", "−3" (a minus sign), in minutes east of UTC.
func parseOffset(z string) (int, bool) {
	sign := 1
	switch {
	case strings.HasPrefix(z, "+"):
		z = z[1:]
	case strings.HasPrefix(z, "-"):
		z, sign = z[1:], -1
	case strings.HasPrefix(z, "−"):
		z, sign = z[len("−"):], -1
	default:
		return 0, false
	}
	z = strings.ReplaceAll(strings.TrimSpace(z), ":", "")
	h, m := z, "0"
	if len(z) > 2 {
		h, m = z[:len(z)-2], z[len(z)-2:]
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 14 || mm > 59 {
		return 0, false
	}
	return sign * (hh*60 + mm), true
}

// glossStart returns where a lead-in that a bracketed date glosses begins:
// "On 18 Brumaire, Year VIII (9 November 1799), Bonaparte ..." or "In
// the year of the Hegira 1300 (1882–83) ...": the sentence opens with a
// preposition and a few words of a date the tagger does not read, and the
// date in brackets right after them is theirs. start and end are the
// bracketed date's.
func glossStart(text string, from, start, end int) (int, bool) {
	if start <= from || end >= len(text) || text[start-1] != '(' || text[end] != ')' {
		return 0, false
	}
	lead := strings.TrimLeft(text[from:start-1], " \t\n")
	st := start - 1 - len(lead)
	lead = strings.TrimRight(lead, " ")
	ws := strings.Fields(lead)
	if len(ws) < 2 || len(ws) > 6 {
		return 0, false
	}
	if w := strings.ToLower(ws[0]); w != "on" && w != "in" && w != "by" {
		return 0, false
	}
	dateish := false
	for _, w := range ws[1:] {
		if titleVerb(w) {
			return 0, false
		}
		lw := strings.ToLower(strings.Trim(w, ",."))
		if strings.ContainsAny(w, "0123456789") || romanNumeralRe.MatchString(strings.Trim(w, ",.")) || timeWords[lw] {
			dateish = true
		}
	}
	return st, dateish
}

var romanNumeralRe = regexp.MustCompile(`^[IVXLC]{1,7}$`)

// serviceAfterRe follows a time that names a service run at it: "the 08:15
// sailing", "the 7.30 train", "the 08:15 and 16:30 sailings".
var serviceAfterRe = regexp.MustCompile(`^(?:\s*(?:and|or|,)\s*\d{1,2}[:.]\d{2})*\s+(?:sailings?|trains?|services?|departures?|arrivals?|flights?|bus(?:es)?|ferr(?:y|ies)|crossings?|shows?|performances?|screenings?|shuttles?|boats?|coach(?:es)?|tram)\b`)

// clockNounBeforeRe ends the words before a time that is a noun: "the",
// "this", "our".
var clockNounBeforeRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:the|this|that|my|our|your|their|his|her)\s+$`)

// clockNounAfterRe opens the words after such a time when it names the
// service that runs at it: a verb it is the subject of ("has been
// scrapped", "is always late", "left"), or where it runs from or to.
var clockNounAfterRe = regexp.MustCompile(`(?i)^(?:\s*[.,;!?)]|\s*$|\s+(?:has|have|had|is|was|were|are|will|would|won't|isn't|wasn't|used|now|no\s+longer|always|never|often|still|from|to|into|out\s+of|leaves|left|departs|departed|runs|ran|arrives|arrived|goes|went|gets|got|stops|stopped|calls|called|terminates|terminated)\b)`)

// clockNoun reports whether a time between before and after is used as a
// noun, the name of a service: "the 8:05 has been scrapped", "the 7.30
// from Paddington". A time of an event ("at the 17:00 briefing") has
// its noun after it.
func clockNoun(before, after string) bool {
	return clockNounBeforeRe.MatchString(before) && clockNounAfterRe.MatchString(after)
}

// timetableRe ends the words before a time that a timetable gives: "the
// last bus back is", "the first ferry leaves at", "the next train is
// now".
var timetableRe = regexp.MustCompile(`(?i)\b(?:first|last|next|final|earliest|latest)\s+(?:bus|train|ferry|tram|service|sailing|flight|coach|departure|boat|shuttle)(?:es|s)?\b[^.;:]{0,30}?\b(?:is|are|leaves|departs|goes|runs)\s+(?:now\s+)?(?:at\s+)?$`)

// retimedRe is the words of a sentence before a time that a service
// named by its own time will now keep: "The 06:42 from Portmere will
// depart at", "The 17:10 to Leeds now leaves at": a timetable's change,
// the new time of every day it runs (not "The 08:15 from Leeds derailed
// at 08:40", one run's moment).
var retimedRe = regexp.MustCompile(`(?i)^\s*the\s+\d{1,2}[:.]\d{2}\s+(?:(?:from|to)\s+[^.;:,]{1,40}?|service|train|departure|sailing|bus|flight)\s+(?:will\s+(?:now\s+|instead\s+)?|now\s+|instead\s+)?(?:depart|leave|arrive|run|start|call|terminate)s?(?:\s+(?:instead|earlier|later|from\s+[^.;:,]{1,30}?))?\s+at\s*$`)

// habitAfterRe opens the rest of a clause that tells what is usual or can
// be in the time before it: "the sea is usually calm", "the waves here
// can reach 25 m", "it tends to rain".
var habitAfterRe = regexp.MustCompile(`(?i)^\s*,?\s*(?:[\pL']+\s+){1,4}?(?:(?:is|are|was|were)\s+)?(usually|typically|normally|generally|often|rarely|seldom|sometimes|frequently|can|tends?\s+to)\s+\pL`)

// seasonNoYearRe and monthNoYearRe are the values of a season and a
// month of no known year.
var (
	seasonNoYearRe = regexp.MustCompile(`^XXXX-(?:WI|SP|SU|FA)$`)
	monthNoYearRe  = regexp.MustCompile(`^XXXX-\d\d$`)
)

// insteadRe ends the words before a date that was replaced: "instead of
// 14:50", "rather than in May".
var insteadRe = regexp.MustCompile(`(?i)\b(?:instead of|rather than)\s+(?:(?:on|in|at|from)\s+)?(?:the\s+)?$`)

// habitRe ends the words before a date that make it the usual time of
// something rather than the time it happened: "normally in late August",
// "usually on Fridays", "typically by March".
var habitRe = regexp.MustCompile(`(?i)\b(?:normally|usually|typically|traditionally|ordinarily|customarily)\s*,?\s*(?:\pL+\s+){0,2}?(?:(?:in|on|at|by|during|around|from|until|before|after)\s+)?(?:the\s+)?$`)

// recurRe is a calendar entry's rule of recurrence before a date:
// "Repeats monthly on", "Recurs every 2 weeks until".
var recurRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:repeats|recurs)\s+(?:daily|weekly|fortnightly|monthly|yearly|annually|every)\b`)

// stampSentenceRe is all a sentence says before its date when it only
// stamps the page: "Last updated:", "Page last reviewed on", or when a
// chat or a log was copied out of its tool ("Exported:", "Exported on"),
// a day that dates none of its messages.
var stampSentenceRe = regexp.MustCompile(`(?i)^[\s*_(]*(?:page\s+)?(?:last\s+)?(?:updated|modified|revised|reviewed|edited|checked|exported)(?:\s+on)?\s*:?\s*$`)

// shelfLifeRe ends the words before a date a product or a document is
// stamped with, the last day it is good for: "Best before:", "BBE",
// "Use by", "Sell-by date:", "with a use by date of", "Display until",
// "Expiry:", "Exp.", the code printed after the label ("Best before: BB
// 03/2025") and a range of them ("eggs with best-before dates from 10
// September to 1 October"). The
// day is a property of the thing, not a happening ("ready for use by
// March" is a deadline, and stays).
var shelfLifeRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:(?:best|use|sell)[\s-]+(?:before|by)(?:[\s-]+end)?(?:[\s-]+dates?(?:\s+(?:of|from|between|ranging\s+from))?)?(?:\s*:?\s*(?-i:BBE?|UB|EXP))?|display[\s-]+until|b\.?b\.?e\.?|exp(?:iry|iration|ires)?(?:\s+date)?\s*[:.]|exp(?:iry|iration)(?:\s+date)?|exp)\s*:?\s*$`)

// deadlineUseRe ends the words before a date that is a deadline to use
// or sell by, not a stamp: "ready for use by", "plans to sell by".
var deadlineUseRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:for|to|in|into|can|could|will|must|should|may|would|and|or)\s+(?:use|sell)\s+(?:by|before)\s*$`)

// shelfLife reports whether the words before a date at start in the
// sentence from from end in a best-before, use-by or expiry label (see
// shelfLifeRe).
// A date that opens its sentence is read with the words before it, which
// a label's abbreviation ended ("Exp. 24/08/2024").
func shelfLife(text string, from, start int) bool {
	if strings.TrimSpace(text[from:start]) == "" {
		from = 0
	}
	before := text[max(from, start-40):start]
	return shelfLifeRe.MatchString(before) && !deadlineUseRe.MatchString(before) && !onDisplayRe.MatchString(before) && !termExpiryRe.MatchString(before) &&
		!termLabelBeside(text, start)
}

// signedLineRe is the signature line of a legal instrument: "Dated this
// 15th day of March 2022", "Signed on 3 May 2024", "Executed as a deed
// on".
var signedLineRe = regexp.MustCompile(`(?i)^[\s*_]*(dated|signed|executed|sealed)\b`)

// instrumentName names the instrument a signature line dates: the
// document's title when it names one ("SERVICES AGREEMENT": "Services
// Agreement"), else the first instrument its text calls "this" or "the"
// ("This Lease"), else nothing.
func (x *sectionExtractor) instrumentName() string {
	if t := strings.TrimSpace(x.doc.Title); t != "" && len(t) <= 60 && instrumentWordRe.MatchString(t) {
		ws := strings.Fields(titleCase(t))
		for i, w := range ws {
			if lw := strings.ToLower(w); i > 0 && minorTitleWords[lw] {
				ws[i] = lw // "Complaint for Breach of Contract" (was "For", "Of")
			}
		}
		return strings.Join(ws, " ")
	}
	if m := instrumentRe.FindStringSubmatch(x.sec.Text); m != nil {
		return m[1]
	}
	return ""
}

// minorTitleWords stay in lower case inside a title: "Complaint for
// Breach of Contract".
var minorTitleWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "for": true, "and": true, "or": true, "to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "from": true}

// instrumentWordRe finds a word naming a legal instrument.
var instrumentWordRe = regexp.MustCompile(`(?i)\b(?:agreement|contract|lease|deed|licen[cs]e|memorandum|undertaking|settlement|charter|declaration|tenancy|will)\b`)

// instrumentRe finds an instrument the text names as the one at hand:
// "This Services Agreement", "this Lease".
var instrumentRe = regexp.MustCompile(`\b(?:This|this)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Agreement|Contract|Lease|Deed|Licence|License|Memorandum|Undertaking|Settlement|Charter|Declaration|Tenancy))\b`)

// termLabelBeside reports whether the line before or after the one at
// in text is the label of a day in an agreement's term ("Commencement
// Date: 1 April 2025" over "Expiry Date: 31 March 2027"): an expiry
// among them is the term's end, an event of the agreement, not a
// product's stamp.
func termLabelBeside(text string, at int) bool {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	le := len(text)
	if i := strings.IndexByte(text[at:], '\n'); i >= 0 {
		le = at + i
	}
	if ls > 0 {
		ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
		if termLabelRe.MatchString(text[ps : ls-1]) {
			return true
		}
	}
	if le < len(text) {
		ne := len(text)
		if i := strings.IndexByte(text[le+1:], '\n'); i >= 0 {
			ne = le + 1 + i
		}
		return termLabelRe.MatchString(text[le+1 : ne])
	}
	return false
}

// termLabelRe opens a line labelling a day of an agreement's term.
var termLabelRe = regexp.MustCompile(`(?i)^[\s*•-]*(?:commencement|start|effective|review|break|renewal|termination|completion|signing|execution|end|rent\s+review)\s+date\s*:`)

// termExpiryRe ends a label of the day an agreement's term runs out:
// "Current term expiry:", "Lease expiration date:". The term ends then,
// an event of the contract, not a product's stamp.
var termExpiryRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:term|lease|contract|agreement|licen[cs]e|subscription|membership|tenancy|mandate|patent|policy|warranty|guarantee)\s+(?:expiry|expiration)(?:\s+date)?\s*[:.]?\s*$`)

// onDisplayRe ends "on display until": an exhibition's run, not a label.
var onDisplayRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:on|remain|remains|stay|stays|be)\s+display[\s-]+until\s*$`)

// notOnRe ends the words before a date that say nothing happens then:
// "not", "except", "excluding", "other than", with a preposition.
var notOnRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:not|except|excluding|other\s+than)(?:\s+(?:on|in|at|for|during))?\s+$`)

// orHedgeRe is the "on or" of "on or about", before a date.
var orHedgeRe = regexp.MustCompile(`(?i)(?:^|[^\pL])((?:on|in|at|during) or )$`)

func withPrep(text string, floor, start int) int {
	if start-1 <= floor || text[start-1] != ' ' {
		return start
	}
	j := start - 1
	i := j
	for i > floor && isLetter(text[i-1]) {
		i--
	}
	w := strings.ToLower(text[i:j])
	if w == "come" {
		// "Come June we went back", "and, come spring, ...": the date's
		// own word where it opens a clause (not "the results come Monday")
		k := i
		for k > floor && text[k-1] == ' ' {
			k--
		}
		if r, _ := utf8.DecodeLastRuneInString(text[floor:k]); k == floor || strings.ContainsRune(",;:(\n—–", r) {
			return i
		}
		return start
	}
	if !datePreps[w] {
		return start
	}
	if w == "in" && deicticDayOpensRe.MatchString(text[start:]) {
		return start // "a crowd of 31,422 in tonight": "in" goes with the verb ("in" attendance), no day is "in tonight"
	}
	if i > floor {
		if r, _ := utf8.DecodeLastRuneInString(text[floor:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return start
		}
	}
	if (w == "after" || w == "before") && i-1 > floor && text[i-1] == ' ' {
		// "shortly after 10am", "long before 1900": the adverb says how
		// near the bound the time is, date text with its preposition
		// (else it is left in the title, "A tree fell on his car shortly")
		k := i - 1
		for k > floor && isLetter(text[k-1]) {
			k--
		}
		if nearBoundAdverbs[strings.ToLower(text[k:i-1])] && (k == floor || !isLetter(text[k-1])) {
			return k
		}
	}
	if w == "from" && i-len("with effect ") >= floor {
		// "With effect from 1 April 2024 the rent is £12,000": the
		// legal "with effect" goes with its "from" (the title was "With
		// effect the rent is ...")
		if m := withEffectRe.FindStringSubmatchIndex(text[max(floor, i-len("with immediate effect ")-1):i]); m != nil {
			return max(floor, i-len("with immediate effect ")-1) + m[2]
		}
	}
	return i
}

// withEffectRe ends the words before "from" that say when a change
// takes effect: "with effect ", "with immediate effect ".
var withEffectRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(with\s+(?:immediate\s+)?effect\s+)$`)

// deicticDayOpensRe opens a day named from the writer's: "tonight", "today".
var deicticDayOpensRe = regexp.MustCompile(`^(?i:tonight|today|tomorrow|yesterday)\b`)

// nearBoundAdverbs say how near an "after" or "before" a time is.
var nearBoundAdverbs = map[string]bool{"shortly": true, "just": true, "soon": true, "right": true, "immediately": true, "long": true, "well": true, "directly": true}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// unknownYearDayRe is the value of a day whose year is unknown:
// "XXXX-09-18".
var unknownYearDayRe = regexp.MustCompile(`^XXXX-\d\d-\d\d$`)

// reignMarkRe ends the text before a reign's first year: "(r. ",
// "(reigned ".
var reignMarkRe = regexp.MustCompile(`\((?:r\.|reigned|ruled)\s*$`)

// notADate catches what no tagger should call a date but some do: a bare
// number of one or two digits, and bare numbers after "age" or "aged"
// ("between the age of 12 and 65").
func notADate(text string, t tempex.Timex) bool {
	w := strings.TrimSpace(text[t.Start:t.End])
	if w == "" || strings.Trim(w, "0123456789") != "" {
		return false
	}
	if len(w) <= 2 {
		// a bare number, unless the tagger read it as a day (the first
		// day of "12-14 May 2019", "on 8 and 9 June") or an hour (the
		// first of "from 4 to 7 p.m.")
		// (or a day left without its year: "on 18-19 September" in a
		// text with no date to read it against, XXXX-09-18)
		// (or the first year of a reign the tagger read after its mark:
		// "Trajan (r. 98–117)")
		return t.Date.Prec != timeline.Day && !(t.Type == tempex.Time && t.Date.Prec >= timeline.Hour) && !(t.Date.IsZero() && unknownYearDayRe.MatchString(t.Value)) &&
			!(t.Date.Prec == timeline.Year && t.RangeEnd >= 0 && reignMarkRe.MatchString(text[max(0, t.Start-10):t.Start]))
	}
	win := text[max(0, t.Start-30):t.Start]
	cut := t.Start >= 30
	if i := strings.LastIndexAny(win, ".!?\n"); i >= 0 && (i+1 == len(win) || win[i+1] == ' ' || win[i+1] == '\n') {
		win, cut = win[i+1:], false // "at the age of ten. In 1834": the sentence before is not this one
	}
	words := strings.Fields(strings.ToLower(win))
	if len(words) > 0 && cut {
		words = words[1:] // the first may be cut
	}
	yearAfterPrep := false // "came of age in 1851": a year, after a preposition of time
	if n := len(words); n > 0 && len(w) == 4 {
		switch words[n-1] {
		case "in", "by", "during", "from", "until", "till", "since", "before", "after":
			yearAfterPrep = true
		}
	}
	for i, w := range words {
		if len(words)-i > 4 || yearAfterPrep {
			continue
		}
		switch strings.Trim(w, ".,;:") {
		case "age", "aged", "ages":
			return true
		}
	}
	if prev := strings.Fields(strings.ToLower(text[max(0, t.Start-12):t.Start])); len(prev) > 0 {
		switch prev[len(prev)-1] {
		case "no.", "number", "nos.", "room", "page", "route", "flight", "#":
			return true
		}
	}
	if t.Date.Prec == timeline.Year && len(w) == 4 {
		// a code to key in: "enter passcode 2026", "The conference ID
		// is 2026.", "PIN: 1987"
		prev := strings.Fields(strings.ToLower(text[max(0, t.Start-24):t.Start]))
		if n := len(prev); n > 1 && (prev[n-1] == "is" || prev[n-1] == "was") {
			prev = prev[:n-1]
		}
		if n := len(prev); n > 0 {
			switch strings.TrimRight(prev[n-1], ":") {
			case "passcode", "passcodes", "password", "pin", "pins", "id", "code", "codes", "passkey", "extension", "ext.", "ext", "pincode":
				return true
			}
		}
	}
	// the year of a statute's name: "the Limitation Act 1980", "the Data
	// Protection Regulations 2018" name a law, not something done then
	// and "the 1990 Act still applies": a law named by its year
	if t.Date.Prec == timeline.Year && !lawMade(text[max(0, t.Start-160):t.Start]) {
		after := text[t.End:min(len(text), t.End+13)]
		for _, name := range []string{" Act", " Acts", " Regulations", " Order", " Rules", " Bill", " Code", " Measure", " Treaty", " Convention"} {
			if strings.HasPrefix(after, name) && (len(after) == len(name) || !unicode.IsLetter(rune(after[len(name)]))) {
				return true
			}
		}
	}
	if before := strings.TrimRight(text[max(0, t.Start-12):t.Start], " "); len(before) < t.Start-max(0, t.Start-12) {
		for _, name := range []string{"Act", "Acts", "Regulations", "Order", "Rules", "Bill", "Code", "Measure"} {
			// (in capitals too, as an instrument's title line writes its
			// name: "(TEMPORARY PROHIBITION OF TRAFFIC) ORDER 2025")
			up := strings.ToUpper(name)
			if (strings.HasSuffix(before, " "+name) || before == name || strings.HasSuffix(before, " "+up) || before == up) &&
				!lawMade(text[max(0, t.Start-160):t.Start]) {
				return true
			}
		}
	}
	if t.Start > 0 && strings.ContainsRune("$€£#", rune(text[t.Start-1])) {
		return true
	}
	after := strings.ToLower(text[t.End:min(len(text), t.End+12)])
	for _, unit := range []string{" years old", " year-old", "-year-old", " people", " percent", "%", " km", " miles", " dead", " deaths"} {
		if strings.HasPrefix(after, unit) {
			return true
		}
	}
	return false
}

// maxDatelinePrefix bounds, in bytes, what datelineBefore can match.
const maxDatelinePrefix = 4 * 48

var (
	datelineBefore = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{Ll} .'’-]{0,40},(?: [\p{Lu}][\p{L} .'’-]{0,30},){0,2}\s*$`)
	datelineAfter  = regexp.MustCompile(`^(?:,? \d{4})?\s*(?:\([^()\n]{1,40}\))?\s*(?:/[^/\n]{1,30}/)?\s*(?:--|-|—|–|:)\s`)
)

// isDateline reports whether the timex is the date of a dateline at the
// start of a line ("WASHINGTON, Dec. 13 (Reuters) - ...", "LEEDS,
// England, September 12, 2023 /PRNewswire/ -- ..."): the date the
// story was filed, metadata like a publication date, not an event.
func isDateline(text string, t tempex.Timex) bool {
	// The place and comma take at most 41 runes: look no further back
	// than that, so that a long line costs nothing.
	from := max(0, t.Start-maxDatelinePrefix)
	ls := strings.LastIndexByte(text[from:t.Start], '\n') + 1 + from
	if ls == from && from > 0 {
		return false
	}
	before := text[ls:t.Start]
	if !datelineBefore.MatchString(before) {
		return false
	}
	// The place is written in capitals: "WASHINGTON", "NEW YORK", and
	// may be followed by its region ("LEEDS, England, ").
	place, _, _ := strings.Cut(strings.TrimSpace(before), ",")
	if strings.ToUpper(place) != place {
		return false
	}
	return datelineAfter.MatchString(text[t.End:])
}

// seasonKind reports whether a season (its text; after, the words after
// it) names a kind of thing: "The autumn visit took place in September
// 2019", "read for summer ablation", no date of its own beside the
// sentence's.
func seasonKind(season, after string) bool {
	if !seasonWords[strings.TrimPrefix(strings.ToLower(season), "the ")] || !strings.HasPrefix(after, " ") {
		return false
	}
	nw := strings.ToLower(strings.TrimRightFunc(nextWord(after), func(r rune) bool { return !unicode.IsLetter(r) }))
	return nw != "" && unicode.IsLower(firstRune(nextWord(after))) &&
		!functionWords[nw] && !articleWords[nw] && !seasonVerbs[nw] && !pronounWords[nw] && !strings.HasSuffix(nw, "ed")
}

// isQualifier reports whether the timex modifies a noun ("the July plan",
// "the 2015 agreement", "December's report") rather than dating a clause.
func isQualifier(text string, s Segment, t tempex.Timex, end int) bool {
	if lt := strings.ToLower(t.Text); (strings.HasSuffix(lt, "-century") || strings.HasSuffix(lt, "-millennium")) &&
		t.End < len(text) && text[t.End] == ' ' && t.End+1 < len(text) && isLetter(text[t.End+1]) {
		return true // "the 13th-century St. Aldric Cathedral": an age, said of a thing (not "The tower is 15th-century, but ...")
	}
	// The word after: a possessive, or a lower-case noun that is not a
	// verb-like or function word. A range is read to its end ("the
	// 2022-2023 storage season").
	if t.End > s.End {
		return false
	}
	if end < t.End || end > s.End {
		end = t.End
	}
	after := text[end:s.End]
	if m := splitTailRe.FindStringIndex(after); m != nil {
		after = after[m[1]:] // "the revised 2024/25 budget": the year it straddles, then the noun
	}
	if strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		switch strings.ToLower(t.Text) {
		case "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "this afternoon", "this evening":
			return false // "Yesterday's rain had left the bed heavy": when it rained
		}
		return true
	}
	if t.Type == tempex.Date && t.Date.Prec == timeline.Day && !strings.ContainsAny(t.Text, "0123456789") && feastName(t.Text) && nounAfter(after) {
		return true // "Easter trail: Sat 28 March until Sun 12 April", "The Christmas market opens on 28 November": the feast names the thing
	}
	if t.Date.Prec == timeline.Season && seasonKind(t.Text, after) {
		return true
	}
	before := strings.TrimRight(text[s.Start:t.Start], " ")
	if before == "" {
		return false
	}
	if t.Date.Prec == timeline.Year && (strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "”")) && quotedNameRe.MatchString(before) {
		return true // 'launched the "Pump 2030" strategy': a year in a name in quotation marks
	}
	// "results for the fiscal year ended December 31, 2022": the day
	// only says which year the results are for
	if m := periodEndedRe.FindStringIndex(before); m != nil && !changeByRe.MatchString(before[:m[0]]) {
		// (not "has slipped by three weeks to 14 June 2024": the length
		// of a change, and the day it reaches)
		return true
	}
	// "the painter Anna Kirsanova (1865–1921)": a person's years, told
	// of a name in passing
	if t.RangeEnd >= 0 && t.Date.Prec == timeline.Year && strings.HasSuffix(before, "(") {
		// (the name after a kin's or a role's noun, or "to be": not
		// "Marcus Tullius Cicero (106–43 BC) was", the sentence's subject,
		// nor "the Second Punic War (218–201 BC)", "Aalund House (1931–34)")
		f := strings.Fields(strings.TrimSuffix(before, "("))
		n := 0
		for n < len(f) && n < 4 && unicode.IsUpper(firstRune(f[len(f)-1-n])) {
			n++
		}
		if n > 0 && n < len(f) && inPassingNouns[strings.ToLower(strings.Trim(f[len(f)-1-n], ",;:"))] && !periodNames[strings.ToLower(f[len(f)-1])] {
			return true
		}
	}
	// "its 2.375% Notes due 2031", "the Securities Exchange Act of 1934":
	// a year in the name of a debt or a law
	if dueNameRe.MatchString(before) && t.Type == tempex.Date && !strings.Contains(t.Value, "-") ||
		actOfRe.MatchString(before) && nounModifierDate(t.Text) {
		return true
	}
	j := len(before)
	for j > 0 && isLetter(before[j-1]) {
		j--
	}
	det := strings.ToLower(before[j:])
	if det == "s" && (strings.HasSuffix(before[:j], "'") || strings.HasSuffix(before[:j], "’")) && len(before) > j && (t.Date.Prec == timeline.Year || t.Date.Prec == timeline.Month) {
		det = "the" // "The company's 2024 Capital Markets Day": a possessive, then the year and its noun (not "the agency's June 22 goal date", a day it is set for)
	}
	if (t.Date.Prec == timeline.Month || t.Date.Prec == timeline.Year || t.Date.Prec == timeline.Season) && !strings.Contains(t.Text, " ") &&
		nounAfter(after) && adjectiveAfterArticle(before, j) {
		det = "the" // "the all-time July record": an article and its adjective, then the date and its noun
	}
	switch det {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose", "these", "those":
	case "for", "of":
		// "The budget for 2025", "the tariff of 2017": a year after a
		// noun and "for" or "of" (but "ended with the armistice of
		// November 1918" dates the armistice, something that happened)
		if det == "of" && happeningBefore(before[:j]) {
			return false
		}
		if det == "for" && wholeYearRe.MatchString(t.Text) && nounBefore(before[:j]) {
			return true // "34 openings for the year", "The next results, for the full year, will be published": which year's, no date of their own
		}
		if det == "for" && t.Type == tempex.Date && t.Date.Prec >= timeline.Year && t.Date.Prec <= timeline.Month && reportNouns[strings.ToLower(lastWordOf(before[:j]))] {
			// "The interim report for January–September 2023 will be
			// published on 26 October", "issues a trading update for the
			// third quarter of 2023": the period the report covers, not
			// when it comes out
			return true
		}
		return nounModifierDate(t.Text) && nounBefore(before[:j])
	default:
		if (det == "and" || det == "or") && coordYearsRe.MatchString(before[:j]) && yearDigitsRe.MatchString(t.Text) {
			return false // "The 2020 and 2021 editions were held online": the second of two years, as the first is
		}
		if (det == "and" || det == "or") && prepYearRe.MatchString(before[:j]) && yearDigitsRe.MatchString(t.Text) {
			return false // "In 1325 and 1333 prices recovered": the second of two years after the preposition opening the sentence, when the clause happened as the first is
		}
		// "will publish second-quarter results", "won 2016 election
		// races": a year or a quarter with no preposition before a noun.
		if m := coordModifierRe.FindStringIndex(after); m != nil && nounModifierDate(t.Text) && !datePreps[det] && j < len(before) {
			// "will report fourth-quarter and full-year 2024 financial
			// results": two modifiers of one noun
			return nounAfter(after[m[1]:])
		}
		return !datePreps[det] && j < len(before) && nounModifierDate(t.Text) && nounAfter(after)
	}
	if !strings.HasPrefix(after, " ") {
		return false
	}
	nw := nextWord(after)
	nw = strings.TrimRightFunc(nw, func(r rune) bool { return !unicode.IsLetter(r) })
	if nw != "" && unicode.IsUpper(firstRune(nw)) && nounModifierDate(t.Text) {
		// "The 2021 Humanitarian Response Plan": a year in a name of two
		// capitalised words or more
		// (not "in the 1985 Birthday Honours", "in its 2023 Statement":
		// what the year dates, after a preposition of time)
		prev := lastWordOf(before[:j])
		if ws := strings.Fields(after); len(ws) >= 2 && unicode.IsUpper(firstRune(ws[1])) && !functionWords[strings.ToLower(nw)] && !datePreps[prev] && prev != "of" {
			return true
		}
	}
	if t.Date.Prec == timeline.Month && datedIssueRe.MatchString(after) {
		return true // "in the August Statement on Monetary Policy": which issue, named by its month
	}
	if nw == "" || !unicode.IsLower(firstRune(nw)) {
		return false
	}
	switch strings.ToLower(nw) {
	case "will", "would", "could", "can", "may", "might", "should", "must", "shall", "was", "is", "were", "are", "has", "had", "have", "saw", "brought", "marked":
		return false // "said that 2024 will be warmer": the year is the clause's subject, no qualifier
	}
	// (an article after the date opens the next phrase: "dated the 3rd
	// day of June 2019 the Defendant let ...")
	return !functionWords[strings.ToLower(nw)] && !articleWords[strings.ToLower(nw)]
}

// coordNextRe is the words between two dates joined as one phrase's: "
// and ", " and then ", ", or ".
var coordNextRe = regexp.MustCompile(`(?i)^,? (?:and|or)(?: then| later| again)?,? $`)

// closingFormulaRe is a sentence that closes a call or a meeting and
// says nothing else: "Operator: That concludes today's call.", "This
// ends this morning's session."
var closingFormulaRe = regexp.MustCompile(`(?i)^(?:[\p{L} .()'’-]{1,40}:\s*)?(?:and )?(?:that|this) (?:concludes|ends|completes) (?:today|this morning|this afternoon|this evening|tonight)['’]s (?:[\p{L}-]+ ){0,3}(?:call|conference|webcast|meeting|session|presentation|briefing|event|programme|program|broadcast)[.!]?\s*$`)

// quotedNameRe ends the words before a year that a name in quotation
// marks goes on to: `the "Pump`, `its “Vision`.
var quotedNameRe = regexp.MustCompile(`["“]\p{Lu}[\p{L}\d&.'’-]*(?: [\p{L}\d&.'’-]+){0,4}$`)

// reportNouns name a report, which covers a period: "the interim report
// for January–September 2023".
var reportNouns = map[string]bool{"report": true, "reports": true, "update": true, "updates": true, "statement": true,
	"statements": true, "results": true, "accounts": true, "figures": true, "review": true}

// wholeYearRe is a year named by "the" alone: "the year", "the full
// year", "the whole year".
var wholeYearRe = regexp.MustCompile(`(?i)^the (?:full |whole |entire )?year$`)

// prepYearRe is the words before the second of two years joined by "and"
// or "or" after a preposition of time that opens the sentence: "In 1325
// and ".
var prepYearRe = regexp.MustCompile(`(?i)^\s*(?:in|during|by|until|since|after|before) \d{3,4} $`)

// coordYearsRe ends the words before the second of two years joined by
// "and" or "or" that both go with the noun after it: "The 2020 and ".
var coordYearsRe = regexp.MustCompile(`(?i)\bthe \d{4} $`)

// adjectiveAfterArticle reports whether before (the text before a date)
// ends in an article and one lower-case adjective, j where the
// adjective's last letters start: "the all-time" in "tie the all-time
// July record", "a new" in "a new 2025 target". A preposition, an adverb
// or a verb there is no adjective ("the hottest day in July").
func adjectiveAfterArticle(before string, j int) bool {
	k := j
	for k > 0 && (isLetter(before[k-1]) || before[k-1] == '-' && k > 1 && isLetter(before[k-2])) {
		k--
	}
	adj := before[k:]
	if adj == "" || adj[0] < 'a' || adj[0] > 'z' || k == 0 || before[k-1] != ' ' {
		return false
	}
	if la := strings.ToLower(adj); functionWords[la] || datePreps[la] || articleWords[la] || stopWords[la] || modalVerbs[la] || isVerbWord(la) || strings.HasSuffix(la, "ly") {
		return false
	}
	rest := strings.TrimRight(before[:k], " ")
	i := len(rest)
	for i > 0 && isLetter(rest[i-1]) {
		i--
	}
	if i > 0 && isLetter(rest[i-1]) || i == len(rest) {
		return false
	}
	return articleWords[strings.ToLower(rest[i:])]
}

// elidedNounYearRe is a preposition of time between a year whose noun
// was left out and the date after it: " in ", " by ".
var elidedNounYearRe = regexp.MustCompile(`^ (?:in|on|by|from|until|till|during|for|after|before) $`)

// elidedNounYear reports whether the year tx[j] names a thing whose noun
// the sentence left out, said already ("release the 2023 wines in spring
// 2025, and the 2024 in the autumn of 2026"): "the" and the year, then a
// preposition and the date that thing has. The year dates nothing.
func elidedNounYear(text string, s Segment, tx []tempex.Timex, j int) bool {
	t := tx[j]
	if j+1 >= len(tx) || t.Date.Prec != timeline.Year || len(t.Text) != 4 || strings.Trim(t.Text, "0123456789") != "" ||
		t.Start-s.Start < 4 || !strings.EqualFold(text[t.Start-4:t.Start], "the ") {
		return false
	}
	n := tx[j+1]
	return n.Start > t.End && n.End <= s.End && (n.Type == tempex.Date || n.Type == tempex.Time) && elidedNounYearRe.MatchString(text[t.End:n.Start])
}

// datedIssueRe is the name of a document or meeting issued again and
// again, after the month that names its issue: "the May Monetary Policy
// Report", "the August Statement on Monetary Policy".
var datedIssueRe = regexp.MustCompile(`^ (?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Report|Statement|Review|Budget|Forecasts?|Outlook|Survey|Bulletin|Minutes|Projections|Update|Release|Decision|Meeting|Communiqu[eé])\b`)

// seasonWords are the seasons written alone ("the autumn", "summer"),
// which a noun after makes a kind of thing.
var seasonWords = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// pronounWords open a clause after an adverb of time ("the following
// spring she met").
var pronounWords = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true, "there": true}

// seasonVerbs follow a season that is the subject of its clause ("summer
// arrived early"), not a word that names a kind of thing.
var seasonVerbs = map[string]bool{"was": true, "is": true, "were": true, "has": true, "had": true, "will": true,
	"came": true, "comes": true, "arrived": true, "began": true, "begins": true, "ended": true, "ends": true,
	"brought": true, "saw": true, "turned": true, "proved": true, "would": true, "could": true, "may": true}

// inPassingNouns stand before a name whose years in brackets are told in
// passing: "the painter Anna Kirsanova (1865–1921)", "thought to be Hannah
// Cole (1752–1819)".
var inPassingNouns = map[string]bool{"be": true, "painter": true, "sister": true, "brother": true, "wife": true,
	"husband": true, "son": true, "daughter": true, "father": true, "mother": true, "uncle": true, "aunt": true,
	"cousin": true, "nephew": true, "niece": true, "widow": true, "friend": true, "pupil": true, "student": true,
	"teacher": true, "composer": true, "writer": true, "poet": true, "novelist": true, "artist": true, "sculptor": true,
	"architect": true, "scientist": true, "philosopher": true, "grandson": true, "granddaughter": true, "grandfather": true,
	"grandmother": true, "partner": true, "colleague": true, "rival": true, "mentor": true, "contemporary": true}

// happeningBefore reports whether s ends with a noun that names
// something that happened: "the armistice", "the elections", "the siege".
func happeningBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	k := strings.LastIndexByte(s, ' ')
	return happenings[strings.ToLower(s[k+1:])]
}

// happenings are nouns of things that happen on a day: a date after "of"
// dates them.
var happenings = map[string]bool{
	"armistice": true, "election": true, "elections": true, "attack": true, "attacks": true, "invasion": true,
	"coup": true, "revolution": true, "battle": true, "siege": true, "massacre": true, "uprising": true,
	"revolt": true, "rebellion": true, "earthquake": true, "flood": true, "floods": true, "storm": true,
	"fire": true, "crash": true, "referendum": true, "summit": true, "riots": true, "riot": true, "strike": true,
	"assassination": true, "landing": true, "landings": true, "surrender": true, "ceasefire": true,
	"eruption": true, "explosion": true, "bombing": true, "disaster": true, "collapse": true, "coronation": true,
}

// articleWords open a noun phrase.
var articleWords = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true,
	"these": true, "those": true, "this": true,
}

// yearEndsRe is what stands before the day a fiscal year ends every year:
// "our financial year ends on", "the fiscal year runs to".
var yearEndsRe = regexp.MustCompile(`(?i)\byear\s+(?:ends|end|closes|runs\s+to|runs\s+until)\s+(?:on\s+)?(?:the\s+)?$`)

// termFromRe is a length of time written before the day it starts on:
// "for 24 months from", "for a term of two years starting on", "for the
// two-week period beginning", "for a period of 12 months beginning with".
var termFromRe = regexp.MustCompile(`(?i)\bfor (?:a (?:term|period) of |the )?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)[ -](day|week|month|year)s?(?: period)? (?:from|starting|beginning|commencing)(?: on| with)? $`)

// endOfPeriodRe is the end of a period named by its length and the day it
// begins, as statutes write when they come into force: "at the end of the
// period of 2 months beginning with".
var endOfPeriodRe = regexp.MustCompile(`(?i)\b(?:at\s+)?the end of the period of (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six) (day|week|month|year)s? (?:beginning|starting|commencing) (?:with|on) $`)

// termFrom turns the day a term starts on ("for 24 months from 1 February
// 2025") into the term: 1 February 2025 to 31 January 2027.
func termFrom(text string, from int, c cand) (cand, bool) {
	t := c.t
	if t.Date.Prec != timeline.Day || c.span.IsRange() || t.RangeEnd >= 0 {
		return c, false
	}
	before := text[max(from, t.Start-60):t.Start]
	endOnly := false
	m := termFromRe.FindStringSubmatchIndex(before)
	if m == nil {
		if m = endOfPeriodRe.FindStringSubmatchIndex(before); m == nil {
			return c, false
		}
		endOnly = true // "at the end of the period of 2 months beginning with 18 March 2025": its last day
	}
	n := periodNumbers[strings.ToLower(before[m[2]:m[3]])]
	if n == 0 {
		n, _ = strconv.Atoi(before[m[2]:m[3]])
	}
	if n <= 0 {
		return c, false
	}
	unit := strings.ToUpper(before[m[4] : m[4]+1])[0] // day, week, month, year: 'D', 'W', 'M', 'Y'
	next, ok := shiftDate(t.Date, n, unit, false)
	if !ok {
		return c, false
	}
	if c.span.End, ok = shiftBy(next, -1, 'D'); !ok {
		return c, false
	}
	if endOnly {
		c.span = timeline.Span{Start: c.span.End}
	}
	if strings.Contains(strings.ToLower(before[m[0]:m[1]]), "period") {
		c.start = max(from, t.Start-60) + m[0] // "for the two-week period beginning March 8, 2027": all of it the date
	}
	return c, true
}

// periodPhraseRe is a reporting period named by its length and written
// before the day it ends: "the year ended", "the three months to", "the
// 52 weeks ending on".
var periodPhraseRe = regexp.MustCompile(`(?i)\b(?:the\s+|its\s+|our\s+)?(?:(?:fiscal|financial)\s+)?(?:(\d{1,2}|one|two|three|four|five|six|nine|twelve|fifty-two)[\s-]+(months?|weeks?)|(year|quarter|half[\s-]year|half))\s+(?:ended|ending|to)\s+(?:on\s+)?$`)

// reportingPeriod turns the day that ends a reporting period ("in the year
// ended 31 March 2024") into the period: 1 April 2023 to 31 March 2024,
// its date text the whole phrase.
func reportingPeriod(text string, from int, c cand) (cand, bool) {
	t := c.t
	if t.Date.Prec != timeline.Day || c.span.IsRange() || t.RangeEnd >= 0 {
		return c, false
	}
	before := text[from:t.Start]
	m := periodPhraseRe.FindStringSubmatchIndex(before)
	if m == nil {
		return c, false
	}
	if strings.EqualFold(lastWordOf(strings.TrimRight(before[:m[0]], " ")), "by") {
		// "extend the Term by six months to 31 December 2025": the
		// length of a change, and the day it reaches, no period
		return c, false
	}
	end, ok := t.Date.Time()
	if !ok {
		return c, false
	}
	next := end.AddDate(0, 0, 1)
	var start time.Time
	if m[6] >= 0 {
		switch strings.ToLower(before[m[6] : m[6]+4]) {
		case "year":
			start = next.AddDate(-1, 0, 0)
		case "quar":
			start = next.AddDate(0, -3, 0)
		default: // a half, a half-year
			start = next.AddDate(0, -6, 0)
		}
	} else {
		n := periodNumbers[strings.ToLower(before[m[2]:m[3]])]
		if n == 0 {
			n, _ = strconv.Atoi(before[m[2]:m[3]])
		}
		if n <= 0 {
			return c, false
		}
		if strings.HasPrefix(strings.ToLower(before[m[4]:m[5]]), "week") {
			start = next.AddDate(0, 0, -7*n)
		} else {
			start = next.AddDate(0, -n, 0)
		}
	}
	c.span = timeline.Span{Start: timeline.FromTime(start, timeline.Day), End: t.Date}
	c.start = withPreposition(text, from, from+m[0])
	return c, true
}

// namedYearBesideDay reports whether t is a year inside a capitalised
// name ("Full Year 2024 Results", "AGM 2025", "Capital Markets Day 2025")
// in a sentence that also gives a day: the name's year, not a second event.
func namedYearBesideDay(text string, s Segment, t tempex.Timex, tx []tempex.Timex) bool {
	if t.Date.Prec != timeline.Year || t.RangeEnd >= 0 || t.Text == "" || t.Text[0] < '0' || t.Text[0] > '9' {
		return false
	}
	before := strings.TrimRight(text[s.Start:t.Start], " ")
	k := strings.LastIndexAny(before, " |–—(")
	prev := before[k+1:]
	if prev == "" || !unicode.IsUpper(firstRune(prev)) || leadPreps[strings.ToLower(prev)] || strings.EqualFold(prev, "fiscal") || strings.EqualFold(prev, "FY") {
		return false
	}
	for _, o := range tx {
		if o.Start >= s.Start && o.Start < s.End && o.Start != t.Start && o.Date.Prec >= timeline.Day && (o.Type == tempex.Date || o.Type == tempex.Time) {
			return true
		}
	}
	return false
}

// datedThingRe ends the text before the date a document bears: "a letter
// dated", "the memo of", "his telegram dated".
var datedThingRe = regexp.MustCompile(`(?i)\b(?:letters?|memos?|memorandum|notes?|e-?mails?|telegrams?|cables?|invoices?|cheques?|checks?|receipts?|notices?|deeds?|wills?)(?:\s+from\s+[\pL.' ]{1,30}?)?\s+dated\s*$`)

// arrivedRe tells that a document reached someone: its arrival is not
// the day it bears.
var arrivedRe = regexp.MustCompile(`(?i)\b(?:arrived|came|reached|turned up|surfaced|(?:was|were) (?:received|delivered|found|discovered|opened))\b`)

// deliveryAfterRe follows a futures month: "January delivery", "March
// contract".
var deliveryAfterRe = regexp.MustCompile(`^\s+(?:delivery|contracts?|futures|settlement)\b`)

// sinceSuperlative reports whether the text before an expression ends with
// "since" and measures a record against it: "its steepest weekly decline
// since", "the highest level since", "for the first time since".
func sinceSuperlative(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	if !strings.HasSuffix(b, "since") {
		return false
	}
	b = b[:len(b)-len("since")]
	if len(b) > 90 {
		b = b[len(b)-90:]
	}
	if k := strings.LastIndex(b, ", but "); k >= 0 {
		b = b[k+len(", but "):] // "For most of the 20th century ..., but since the early 1990s": another clause's
	}
	b = strings.ReplaceAll(b, " most of ", " ")
	if strings.Contains(b, "first time") || strings.Contains(b, " most ") || strings.Contains(b, " least ") {
		return true
	}
	for _, w := range strings.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w] || w == "best" || w == "worst" {
			return true
		}
	}
	return false
}

// notSuperlative are words ending in "est" that are no superlatives.
var notSuperlative = map[string]bool{"interest": true, "request": true, "protest": true, "harvest": true, "contest": true,
	"suggest": true, "manifest": true, "conquest": true, "honest": true, "modest": true, "arrest": true, "forest": true,
	"invest": true, "digest": true, "inquest": true, "southwest": true, "northwest": true, "midwest": true, "interests": true}

// setBefore reports whether the expression tx[j], its year not written,
// names when a set told right before it recurs: "every Sunday in late
// August", "each year in March".
func setBefore(text string, tx []tempex.Timex, j int) bool {
	if j == 0 || tx[j-1].Type != tempex.Set || tx[j-1].End > tx[j].Start || tx[j].Date.Prec <= timeline.Year {
		return false // (but "every spring in the 1980s": the years the habit held)
	}
	if yearWritten(tx[j].Text) {
		return false // (nor "runs on Saturdays in Q4 2026", "98,000 riders a day in March 2024": the one period the habit held)
	}
	gap := strings.ToLower(strings.TrimSpace(text[tx[j-1].End:tx[j].Start]))
	return gap == "in" || gap == "of" || gap == "during" || gap == ""
}

// attributiveYears reports whether the year or years t name a thing of
// them ("the 2025–2028 strategy", "its 2024 budget") in a sentence that
// dates its event by a day: the day is the event's, the years the
// thing's.
func attributiveYears(text string, s Segment, t tempex.Timex, tx []tempex.Timex) bool {
	if t.Date.Prec != timeline.Year || t.Text == "" || t.Text[0] < '0' || t.Text[0] > '9' {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[s.Start:t.Start], " "))
	det := false
	for _, d := range []string{"the", "its", "our", "their", "his", "her", "a", "this", "that"} {
		if before == d || strings.HasSuffix(before, " "+d) {
			det = true
		}
	}
	if !det {
		return false
	}
	end := rangeTextEnd(t, tx)
	rest := strings.TrimLeft(text[end:s.End], " ")
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); i >= 0 {
		w = rest[:i]
	}
	if w == "" || !unicode.IsLower(firstRune(w)) || leadPreps[w] || w == "and" || w == "or" || w == "to" {
		return false
	}
	if planNouns[w] && end > t.End {
		// "against the 2026/27 budget", "the 2025–2028 strategy was
		// approved": the years a plan covers, no day anything was done
		return true
	}
	held := heldEventAfter(text, end)
	for _, o := range tx {
		if o.Start >= s.Start && o.Start < s.End && (o.Start < t.Start || o.Start >= end) && (o.Type == tempex.Date || o.Type == tempex.Time) && strings.ContainsAny(o.Text, "0123456789") &&
			(o.Date.Prec >= timeline.Day || o.Date.IsZero() && len(o.Value) >= 10 && o.Value[4] == '-') { // (a day of no known month too: "on the 24th")
			if held && (o.Start >= end && clauseBreakRe.MatchString(text[end:o.Start]) || o.End <= t.Start && clauseBreakRe.MatchString(text[o.End:t.Start])) {
				// "Turnout in the 2019 presidential election was 61.8%,
				// and the first round was held on 14 April 2019": an
				// event held that year, told in a clause of its own
				continue
			}
			return true
		}
	}
	return false
}

// planNouns are plans named by the years they cover: "the 2025–2028
// strategy", "the 2026/27 budget".
var planNouns = map[string]bool{"strategy": true, "plan": true, "budget": true, "programme": true, "program": true,
	"framework": true, "agenda": true, "roadmap": true, "targets": true, "target": true, "estimates": true, "spending": true,
	"allocation": true, "settlement": true, "forecast": true, "projections": true, "mandate": true}

// sinceCountRe finds a count kept up to now in the present perfect: "61
// deaths have been recorded", "has risen to 4,200".
var sinceCountRe = regexp.MustCompile(`(?i)\b(?:have|has)\s+(?:been\s+)?(?:risen|fallen|grown|reached|climbed|dropped|increased|decreased|doubled|tripled|totalled|totaled|recorded|reported|registered|counted|confirmed|killed|displaced|treated|admitted|arrested|vaccinated|died|fled|arrived|sold|raised)\b`)

// periodHolding returns the period of p's precision (a year, half,
// quarter or month) that holds the day d.
func periodHolding(p, d timeline.Date) (timeline.Date, bool) {
	if d.Prec < timeline.Day || d.Year == 0 {
		return timeline.Date{}, false
	}
	switch p.Prec {
	case timeline.Year:
		return timeline.Date{Prec: timeline.Year, Year: d.Year}, true
	case timeline.Half:
		return timeline.Date{Prec: timeline.Half, Year: d.Year, Half: (d.Month-1)/6 + 1}, true
	case timeline.Quarter:
		return timeline.Date{Prec: timeline.Quarter, Year: d.Year, Quarter: (d.Month-1)/3 + 1}, true
	case timeline.Month:
		return timeline.Date{Prec: timeline.Month, Year: d.Year, Month: d.Month}, true
	}
	return timeline.Date{}, false
}

// endingAppositiveRe is what comes between a period and the day it ends
// on, set off by a comma: "the fourth quarter, ending Dec. 31".
var endingAppositiveRe = regexp.MustCompile(`(?i)^,\s*(?:ending|ended|which ends|which ended|to end)(?: on)?\s+$`)

var periodNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36, "fifty-two": 52}

// periodEndedRe matches what stands before the last day of a reporting
// period: "the fiscal year ended", "the three months ending", "the year
// to".
// dueNameRe is what stands before the year a debt falls due, in its name:
// "Senior Notes due", "bonds due in".
var dueNameRe = regexp.MustCompile(`(?i)\b(?:notes|bonds|debentures|securities|loans?|certificates|obligations|gilts|treasuries|paper)\s+due(?:\s+in)?$`)

// actOfRe is what stands before the year of a law's name: "the Securities
// Exchange Act of", "the Climate Change Act" (of "... Act 2008") (not "Relief came with the Act of 1751": the Act, in a
// history, is what happened then).
var actOfRe = regexp.MustCompile(`\b[A-Z][\w-]*\s+(?:Act|Acts|Code)(?:\s+of)?$`)

// changeByRe ends the words before the length of a change in "by three
// weeks to 14 June", "by a further two months to".
var changeByRe = regexp.MustCompile(`(?i)\bby\s+(?:a\s+further\s+|another\s+|a\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|some)?\s*$`)

var periodEndedRe = regexp.MustCompile(`(?i)\b(?:year|quarter|period|months|half|weeks)\s+(?:ended|ending|to)$`)

// figurePeriod reports whether c is the month or quarter that ends the
// period a figure is measured over ("Inflation was 2.9 per cent over the
// year to March", "... to the March quarter"): in a statement, what the
// figure tells is of that period, not of the day the statement was made.
func figurePeriod(text string, s Segment, c cand) bool {
	p := c.span.Start.Prec
	if c.span.IsRange() || p < timeline.Half || p > timeline.Month {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(text[s.Start:c.t.Start], " "), " the")
	return periodEndedRe.MatchString(before) && changeWordRe.MatchString(text[s.Start:c.t.Start])
}

// quarterRe matches the quarters and halves that modify a noun:
// "second-quarter", "third quarter", "first-half".
var quarterRe = regexp.MustCompile(`(?i)^(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half)$`)

// nounModifierDate reports whether a date text can modify a noun as a
// bare expression: a year ("2016", "fiscal 2023") or a quarter or half.
func nounModifierDate(expr string) bool {
	if q := strings.TrimPrefix(strings.ToLower(expr), "the "); quarterRe.MatchString(q) || q == "quarter" {
		return true // ("results for the third quarter", "for the quarter")
	}
	f := strings.Fields(expr)
	if len(f) == 3 && strings.EqualFold(f[1], "year") && (strings.EqualFold(f[0], "fiscal") || strings.EqualFold(f[0], "financial")) {
		f = f[1:] // "the budget for fiscal year 2025"
	}
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	y := f[len(f)-1]
	return len(y) == 4 && strings.Trim(y, "0123456789") == "" || splitYearRe.MatchString(y)
}

// splitTailRe is the second year of one that straddles two, after the
// first: "/25", "-2025".
var splitTailRe = regexp.MustCompile(`^[/–-](?:\d{2}|\d{4})\b`)

// splitYearRe is a year that straddles two, as budgets and seasons are
// named: "2024/25", "2024-25", "2024–2025".
var splitYearRe = regexp.MustCompile(`^\d{4}[/–-](?:\d{2}|\d{4})$`)

// nounBefore reports whether before ends with a noun: a lower-case word
// that is no verb, participle, adverb or function word ("The budget").
func nounBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[len(f)-1], ",;:")
	if dataNouns[strings.ToLower(w)] {
		return true // "Figures for August 2025 will be published": the period the data covers
	}
	if len(f) > 1 && unicode.IsLower(firstRune(w)) && !strings.HasSuffix(w, "ed") {
		switch strings.ToLower(f[len(f)-2]) {
		case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those":
			return true // "the plans for 2030": after an article, a noun
		}
	}
	return nounLike(w)
}

// dataNouns name figures that cover a period: "figures for August 2025".
var dataNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "stats": true, "results": true,
	"accounts": true, "numbers": true, "returns": true, "estimates": true, "forecasts": true, "forecast": true, "budget": true,
	"tickets": true, "passes": true, "bookings": true, "entries": true, "applications": true, "nominations": true,
	"fixtures": true, "targets": true, "prices": true, "fees": true, "rates": true, "subscriptions": true}

// nounAfter reports whether the text after a date opens with a noun.
func nounAfter(after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	return nounLike(strings.TrimRightFunc(nextWord(after), func(r rune) bool { return !unicode.IsLetter(r) }))
}

// nounLike reports whether w reads as a common noun.
func nounLike(w string) bool {
	if w == "" || !unicode.IsLower(firstRune(w)) {
		return false
	}
	lw := strings.ToLower(w)
	return !functionWords[lw] && !stopWords[lw] && !datePreps[lw] && !isVerbWord(lw) && !modalVerbs[lw] &&
		!strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ly")
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// functionWords are words that follow a date without making it a noun
// modifier ("the 1990s saw", "the year 2000 was").
var functionWords = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "had": true, "has": true,
	"have": true, "saw": true, "brought": true, "to": true, "in": true, "on": true,
	"at": true, "of": true, "and": true, "or": true, "but": true, "when": true,
	"as": true, "by": true, "for": true, "with": true, "after": true, "before": true,
	"until": true, "onwards": true, "onward": true, "ended": true, "began": true,
	"that": true, "which": true, "who": true, "then": true, "also": true,
	"because": true, "despite": true, "amid": true, "since": true, "while": true, "though": true,
	"although": true, "unless": true,
}

// eventDayGapRe is what stands between a year and the day of the event
// it names: the event's name, then "on" ("2016 Cannes festival on May
// 17"), the preposition in the day's words or not.
var eventDayGapRe = regexp.MustCompile(`^ (?:[\p{L}’'-]+,? ){1,4}(?:on ?)?$`)

// namedDayGapRe is the name of a day between a time and the day's date:
// " on D-Day, ", " on VE Day, ".
var namedDayGapRe = regexp.MustCompile(`^ on (?:\p{Lu}[\p{L}.]*[- ]){1,2}Day, $`)

// joinAdjacent makes one date of two expressions that name the same time
// side by side ("on Wednesday, 13 December", "13 December 2017, a
// Wednesday"): the finer one's span, one text covering both.
func joinAdjacent(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:1]
	for _, c := range cs[1:] {
		p := &out[len(out)-1]
		// ("Tue, 4 Mar 2025 · 09:30 – 09:45": a calendar's day and hours,
		// set apart by a middle dot)
		raw := text[p.end:c.start]
		if nl := strings.LastIndexByte(raw, '\n'); nl >= 0 && strings.Count(raw, "\n") == 1 {
			// "by 12 noon¶on Monday 4th March": prose its line's wrap cut
			after := strings.TrimLeft(raw[nl+1:], " \t")
			if after == "" {
				after = strings.TrimLeft(text[c.start:c.end], " \t") // (the preposition opens the day's words)
			}
			if after != "" && unicode.IsLower(firstRune(after)) {
				raw = strings.ReplaceAll(raw, "\n", " ")
			}
		}
		gap := strings.ToLower(strings.Trim(raw, " ,()·•"))
		near := gap == "" || gap == "of" || gap == "a" || gap == "the" || gap == "in" || gap == "on" || gap == "at" ||
			namedDayGapRe.MatchString(raw) // ("at 0430 hrs on D-Day, 6 June": the day's name, then its date)
		// "At the 2016 Cannes festival on May 17": the day of the event
		// the year names, in that year, says more (the year is no event
		// of its own)
		if !p.span.IsRange() && !c.span.IsRange() && p.span.Start.Prec == timeline.Year && c.span.Start.Prec >= timeline.Day &&
			holds(p.span.Start, c.span.Start) && heldEventAfter(text, p.end) && eventDayGapRe.MatchString(raw) {
			*p = c
			continue
		}
		// "1916 (July–November)": the range within the year says more
		if near && !p.span.IsRange() && c.span.IsRange() && holds(p.span.Start, c.span.Start) && (holds(p.span.Start, c.span.End) || pastMidnight(p.span.Start, c.span)) {
			end := c.end
			gloss := strings.Contains(text[p.end:c.start], "(") && strings.HasPrefix(text[c.end:], ")")
			if gloss {
				end++ // the bracket closed after the range
			}
			p.span, p.t, p.end = c.span, c.t, end
			if !gloss {
				// (a range in brackets only glosses the period: "a trading
				// update for the third quarter of 2023 (July–September)"
				// still names which update)
				p.qualifier = p.qualifier && c.qualifier
			}
			continue
		}
		// "05:30 local time (03:30 UTC)": the same moment glossed in UTC,
		// which tells the local time's zone
		if ps, cs := p.span.Start, c.span.Start; !p.span.IsRange() && !c.span.IsRange() && ps.Prec >= timeline.Minute && cs.Prec >= timeline.Minute &&
			!ps.HasZone && cs.HasZone && strings.Contains(text[p.end:c.start], "(") && !strings.ContainsAny(strings.Trim(text[p.end:c.start], " ("), ".;") {
			off := (ps.Hour*60 + ps.Minute) - (cs.Hour*60 + cs.Minute) + cs.Zone
			for off > 14*60 {
				off -= 24 * 60
			}
			for off < -12*60 {
				off += 24 * 60
			}
			if off%15 == 0 {
				p.span.Start.HasZone, p.span.Start.Zone = true, off
				p.end = c.end
				if strings.HasPrefix(text[c.end:], ")") {
					p.end++
				}
				continue
			}
		}
		// "Good Friday: 3 April 2026": a feast's name, then the date it
		// falls on; the date is the date text, the name says what the
		// day is (in brackets, "Easter Monday (21 April)", both are, below)
		if g := strings.TrimSpace(raw); (g == ":" || g == "," || g == "-" || g == "–" || g == "—") && !p.span.IsRange() && !c.span.IsRange() &&
			p.span.Start.Prec == timeline.Day && p.span == c.span && !strings.ContainsAny(p.t.Text, "0123456789") && strings.ContainsAny(c.t.Text, "0123456789") &&
			feastName(p.t.Text) && p.start == p.t.Start { // (not "from Easter Sunday, 5 April 2026": the preposition's, both)
			*p = c
			continue
		}
		// "closed over Easter, from 3 April to 6 April": the days written
		// in full, which hold the feast's, are the days it stands for; one
		// event, the range (the feast alone would tell one day of it),
		// its name kept in the date text; and so the other way round,
		// "from 3 April to 6 April (Easter)"
		if near && !p.span.IsRange() && c.span.IsRange() && p.span.Start.Prec == timeline.Day && !strings.ContainsAny(p.t.Text, "0123456789") && feastName(p.t.Text) &&
			strings.ContainsAny(c.t.Text, "0123456789") && spanHoldsDay(c.span, p.span.Start) {
			start := p.start
			*p = c
			p.start = start
			continue
		}
		if near && p.span.IsRange() && !c.span.IsRange() && c.span.Start.Prec == timeline.Day && !strings.ContainsAny(c.t.Text, "0123456789") && feastName(c.t.Text) &&
			strings.ContainsAny(p.t.Text, "0123456789") && spanHoldsDay(p.span, c.span.Start) {
			bracket := strings.Contains(text[p.end:c.start], "(") && strings.HasPrefix(text[c.end:], ")")
			p.end = c.end
			if bracket {
				p.end++
			}
			continue
		}
		// "Between 1 July and 30 September 2024 (Q3)": the period that
		// holds the range, named in brackets after it, is the range's
		// name; the range says more
		if gap == "" && strings.Contains(raw, "(") && strings.HasPrefix(text[c.end:], ")") && p.span.IsRange() && !c.span.IsRange() &&
			c.span.Start.Prec < timeline.Day && holds(c.span.Start, p.span.Start) && holds(c.span.Start, p.span.End) {
			p.end = c.end + 1
			p.qualifier = p.qualifier && c.qualifier
			continue
		}
		// "between 21:00 and 23:30 UTC on 16 October": the day the range
		// is told on is the range's (and "on Tuesday and Wednesday next
		// week", the week)
		if near && p.span.IsRange() && !c.span.IsRange() && (c.span.Start.Prec == timeline.Day || c.span.Start.Prec == timeline.Week && !c.span.Start.Weekend && p.span.Start.Prec == timeline.Day) &&
			holds(c.span.Start, p.span.Start) && (holds(c.span.Start, p.span.End) || pastMidnight(c.span.Start, p.span)) {
			p.end = c.end
			p.qualifier = p.qualifier && c.qualifier
			continue
		}
		if near && !p.span.IsRange() && !c.span.IsRange() &&
			(holds(p.span.Start, c.span.Start) || holds(c.span.Start, p.span.Start)) && !frameThenDay(p.t.Text, c.t.Text) {
			if ps, cs := p.span.Start, c.span.Start; ps.Prec == timeline.Day && ps.Mod == timeline.ModNone && cs.Prec >= timeline.Hour && tillClock(text[p.end:c.t.Start]) {
				// "Late opening: Friday 14 March, until 21:30": the day, to
				// the hour it ends, not an event at its closing time
				cs.Mod = timeline.ModNone
				p.span = timeline.Span{Start: ps, End: cs}
				p.end = c.end
				p.qualifier = p.qualifier && c.qualifier
				continue
			}
			if c.span.Start.Prec > p.span.Start.Prec {
				p.span = c.span
				p.t = c.t
			}
			open := strings.Contains(text[p.end:c.start], "(")
			bracket := open && strings.HasPrefix(text[c.end:], ")")
			p.end = c.end
			if bracket {
				p.end++ // "Easter Monday (21 April)": the bracket closes with the date
			} else if e, ok := asideRest(text, c.end); open && ok {
				p.end = e // "on Tuesday night (7.45pm kick-off)": the aside the time opens is the date's words, no part of the headline
			}
			p.qualifier = p.qualifier && c.qualifier
			continue
		}
		out = append(out, c)
	}
	return out
}

// asideRest returns the end of a short bracketed aside that a date opens,
// just past its closing bracket: the "kick-off)" of "(7.45pm kick-off)",
// the " start)" of "(10am start)". A few words at most, no sentence's
// stop and no other bracket.
func asideRest(text string, i int) (int, bool) {
	j := strings.IndexByte(text[i:min(len(text), i+32)], ')')
	if j < 0 || strings.ContainsAny(text[i:i+j], ".;:!?()[]\n") || len(strings.Fields(text[i:i+j])) > 3 {
		return 0, false
	}
	return i + j + 1, true
}

// cutSpans returns the spans of others once the text from i to j is cut
// out of the sentence: those before it kept, those after it moved back,
// those in it dropped.
func cutSpans(others [][2]int, i, j int) [][2]int {
	var kept [][2]int
	for _, o := range others {
		switch {
		case o[1] <= i:
			kept = append(kept, o)
		case o[0] >= j:
			kept = append(kept, [2]int{o[0] - (j - i), o[1] - (j - i)})
		}
	}
	return kept
}

// pastMidnight reports whether the clock range sp, which starts on day,
// runs past midnight into the next day and ends there before the clock
// time it started at: "Saturday 27 September 2025, 22:00-02:00 UTC",
// the night's window told with the day it opens on.
func pastMidnight(day timeline.Date, sp timeline.Span) bool {
	s, e := sp.Start, sp.End
	if day.Prec != timeline.Day || s.Prec < timeline.Hour || e.Prec < timeline.Hour || e.Hour*60+e.Minute >= s.Hour*60+s.Minute {
		return false
	}
	dt, ok := day.Time()
	if !ok {
		return false
	}
	n := dt.AddDate(0, 0, 1)
	return e.Year == n.Year() && e.Month == int(n.Month()) && e.Day == n.Day()
}

// holds reports whether date a holds date b, as written: a day holds the
// times told on it, whatever their zone ("at 8 p.m. ET on Monday" is
// Monday's even where 8 p.m. ET is Tuesday in UTC), midnight at its end
// included ("at midnight on Sunday", T24:00).
func holds(a, b timeline.Date) bool {
	if a.Contains(b) {
		return true
	}
	return a.Prec == timeline.Day && b.Prec > timeline.Day && a.Mod == timeline.ModNone &&
		b.Year == a.Year && b.Month == a.Month && b.Day == a.Day
}

// dropQualifiers applies the rule for dates that only qualify a noun: they
// make no event of their own when the sentence has another date ("the July
// plan, posted in December" is an event of December; "The budget for 2025
// will be approved in March" is an event of March); alone, they date the
// sentence ("the 2015 agreement collapsed" stays an event of 2015, the best
// the text says) — unless the sentence tells what will, should or may be
// done (modal): "restore the tariff of 2017 within 90 days" is not
// something that happened in 2017.
func dropQualifiers(text string, s Segment, cs []cand, modal bool) []cand {
	other := modal
	for _, c := range cs {
		if !c.qualifier && !comparedDate(text, s, c) {
			other = true
		}
	}
	if !other {
		return cs
	}
	out := cs[:0]
	for k, c := range cs {
		if c.qualifier && modal && !slices.ContainsFunc(cs, func(o cand) bool { return !o.qualifier }) && (heldNounAfter(text, c.end) || c.span.Start.Part != timeline.NoPart && c.span.Start.Prec >= timeline.Day ||
			c.span.Start.Prec == timeline.Day && deadlineNounRe.MatchString(text[c.end:min(len(text), c.end+12)]) || targetOfDate(text, s, cs, k)) {
			// ("has set targets of March 2024 and then autumn 2024":
			// when the target was to be met)
			// ("must pay before the September 15 deadline": the
			// deadline's day)
			// ("Snow will slow the Wednesday morning commute": a part of
			// a day names when what it qualifies is done, nothing that
			// lasts)
			// "will present to the Board at its July meeting", "may
			// join the city's fall 2026 pilot program": when what is to
			// come is held, when no date of the sentence is more
			out = append(out, c)
			continue
		}
		if !c.qualifier || c.span.Start.Prec >= timeline.Day && !modal && ownClause(text, cs, k) ||
			periodNounAfter(text, c.end) && timePrepBeforeRe.MatchString(text[max(s.Start, c.t.Start-20):c.t.Start]) ||
			c.span.Start.Prec == timeline.Year && !modal && heldEventAfter(text, c.end) && ownClause(text, cs, k) ||
			c.span.Start.Prec == timeline.Year && (happeningAfter(text, c.end) || happeningOf(text, s.Start, c.t.Start)) && ownClause(text, cs, k) && toldInClause(text, s, c) {
			// (or a year naming an event held then, in a clause of its
			// own: "The United States boycotted the 1980 Moscow Games,
			// and the Soviet bloc stayed away in 1984")
			// (a day that names its event in a clause of its own: "The
			// Boxing Day derby finished 2–2, and the fixture was
			// postponed until 21 January")
			// (and a year that names what happened in it, in a clause of
			// its own told as done, whatever the other clause says: "Last
			// year's show was rained off, but the summer show will be on
			// Saturday 16 August", "The 2019 drought killed three trees,
			// and we replaced them the following winter", "Heavy rain
			// ruined the harvest of 1315, and the famine lasted until 1317")
			out = append(out, c)
		}
	}
	return out
}

// comparedDate reports whether c stands in the comparison that closes
// its sentence (", compared with a deficit of £9.8 million in 2022/23"):
// the figure of another period, no date of the sentence's own, which
// leaves the period the sentence's figure is for ("for the year ended 31
// March 2024") its event.
func comparedDate(text string, s Segment, c cand) bool {
	if c.start <= s.Start || c.start > s.End {
		return false
	}
	before := text[s.Start:c.start]
	for _, m := range []string{", compared with ", ", compared to ", ", as against "} {
		if i := strings.LastIndex(before, m); i > 0 && !strings.ContainsAny(before[i+len(m):], ",;:()") {
			return true
		}
	}
	return false
}

// timePrepBeforeRe ends the words before a date that names a period, a
// preposition of time and its article: "in the", "during the" (see
// periodNounAfter).
var timePrepBeforeRe = regexp.MustCompile(`(?i)\b(?:in|during|over|throughout|through)\s+(?:the|its|their|his|her|our)\s+$`)

// periodNounAfter reports whether the words after a date name a period
// it is the time of ("the 1968-69 season", "the 2024 summer term"), not a
// thing named by one ("a 2024 season ticket"). After "in the" it is when
// what its clause tells was done, an event beside the sentence's other
// dates: "won the league in 1968 and reached the semi-finals in the
// 1968-69 season".
func periodNounAfter(text string, end int) bool {
	words := strings.Fields(text[end:min(len(text), end+50)])
	for i, w := range words {
		if i > 2 || !unicode.IsLower(firstRune(w)) {
			return false
		}
		lw := strings.ToLower(w)
		bare := strings.TrimRight(lw, ".,;:!?)")
		switch bare {
		case "season", "window", "term", "semester", "session":
			if bare != lw || i+1 >= len(words) {
				return true // (its clause, or the sentence, ends there)
			}
			switch strings.ToLower(strings.Trim(words[i+1], ".,;:!?)")) {
			case "ticket", "tickets", "pass", "passes", "holder", "holders", "opener", "report", "review", "preview", "guide", "paper", "papers", "fees", "dates":
				return false
			}
			return true
		}
		if functionWords[bare] || articleWords[bare] || bare != lw {
			return false
		}
	}
	return false
}

// heldEventAfter reports whether the words after a year name an event
// held that year: "the 1980 Moscow Games", "the 1958 final", "the 2002
// edition", "the 1966 World Cup".
func heldEventAfter(text string, end int) bool {
	words := strings.Fields(text[end:min(len(text), end+40)])
	for i, w := range words {
		if i > 2 {
			break
		}
		switch strings.ToLower(strings.Trim(w, ".,;:!?)\"'’")) {
		case "games", "olympics", "olympiad", "final", "finals", "edition", "tournament", "championship", "championships",
			"cup", "festival", "election", "elections", "referendum", "expo", "exhibition", "tour", "series":
			return true
		}
	}
	return false
}

// happeningAfter reports whether the words after a year, past a
// possessive's "'s" ("Last year's show", "the 2019 drought"), name
// something that happened or was held in it, so that what its clause
// tells of it happened then too.
func happeningAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+40)]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
	words := strings.Fields(rest)
	for i, w := range words {
		if i > 1 {
			break
		}
		lw := strings.ToLower(strings.Trim(w, ".,;:!?)\"'’"))
		if happenings[lw] || yearHappenings[lw] {
			return true
		}
		if i == 0 && !unicode.IsLower(firstRune(w)) {
			return false // "the 2019 Cheltenham ...": a name, read by heldEventAfter
		}
	}
	return heldEventAfter(text, end)
}

// happeningOf reports whether the words before a year at start (not
// before from) end with something that happened in it and "of": "the
// harvest of 1315", "the floods of 1953".
func happeningOf(text string, from, start int) bool {
	before := strings.TrimRight(text[max(from, start-40):start], " ")
	rest, ok := strings.CutSuffix(before, " of")
	if !ok {
		return false
	}
	lw := strings.ToLower(lastWordOf(rest))
	return happenings[lw] || yearHappenings[lw]
}

// yearHappenings are, besides happenings, what a year names by when it
// happened or was held: "the 2019 drought", "last year's show".
var yearHappenings = map[string]bool{
	"drought": true, "heatwave": true, "frost": true, "frosts": true, "freeze": true, "snow": true, "blizzard": true,
	"wildfire": true, "wildfires": true, "fires": true, "outbreak": true, "epidemic": true, "pandemic": true,
	"show": true, "fair": true, "festival": true, "concert": true, "match": true, "race": true, "harvest": true,
	"tour": true, "visit": true, "ceremony": true, "parade": true, "carnival": true, "regatta": true,
}

// toldInClause reports whether the clause of the sentence s that holds c
// (the clauses of ", and", ", but" or a semicolon) tells what was done:
// no modal and no present perfect in it.
func toldInClause(text string, s Segment, c cand) bool {
	a, b := s.Start, s.End
	if ms := clauseBreakRe.FindAllStringIndex(text[s.Start:c.start], -1); len(ms) > 0 {
		a = s.Start + ms[len(ms)-1][1]
	}
	if m := clauseBreakRe.FindStringIndex(text[c.end:s.End]); m != nil {
		b = c.end + m[0]
	}
	return !hasModal(text[a:b]) && !hasPerfect(text[a:b])
}

// deadlineNounRe opens the words after a day that names a deadline: "the
// September 15 deadline".
var deadlineNounRe = regexp.MustCompile(`(?i)^\s*(?:deadline|cut-?off)\b`)

// targetOfBeforeRe ends the words before a date that is when a target
// or a deadline falls: "targets of ", "a deadline of ".
var targetOfBeforeRe = regexp.MustCompile(`(?i)\b(?:targets?|deadlines?|target dates?)\s+(?:of|for)\s+$`)

// targetOfDate reports whether cs[k], or the first of the dates joined
// to it by "and" (coordNextRe), is when a target or a deadline falls:
// "has set targets of March 2024 and then autumn 2024".
func targetOfDate(text string, s Segment, cs []cand, k int) bool {
	for k > 0 && cs[k-1].end <= cs[k].t.Start && coordNextRe.MatchString(text[cs[k-1].end:cs[k].t.Start]) {
		k--
	}
	return targetOfBeforeRe.MatchString(text[max(s.Start, cs[k].t.Start-30):cs[k].t.Start])
}

// heldNounAfter reports whether the words after a date name something
// held at a time, which the date then dates ("July meeting", "fall 2026
// pilot program"), not a thing the date names ("the 2019 plan").
func heldNounAfter(text string, end int) bool {
	words := strings.Fields(text[end:min(len(text), end+40)])
	for i, w := range words {
		if i > 1 {
			break
		}
		switch strings.ToLower(strings.Trim(w, ".,;:!?)\"'’")) {
		case "meeting", "meetings", "session", "sessions", "hearing", "conference", "summit", "vote", "election",
			"workshop", "launch", "review", "intake", "cohort", "semester", "term", "season", "program", "programme":
			return true
		}
	}
	return false
}

// ownClause reports whether the date cs[k] stands in a clause that holds
// none of the other dates: the clauses of a sentence joined by ", and",
// ", but" or a semicolon.
func ownClause(text string, cs []cand, k int) bool {
	for j, o := range cs {
		if j == k || o.qualifier {
			continue
		}
		a, b := cs[k].end, o.start
		if o.start < cs[k].start {
			a, b = o.end, cs[k].start
		}
		if a > b || !clauseBreakRe.MatchString(text[a:b]) && !predicateBreak(text[a:b]) {
			return false
		}
	}
	return true
}

// predicateBreak reports whether between, the words between two dates of
// a sentence, holds " and " before a finite verb in the past: a second
// predicate of the same subject ("is expected to be registered in time
// for Saturday's game and underwent a medical on Friday"), which tells
// an event of its own.
func predicateBreak(between string) bool {
	for rest := between; ; {
		k := strings.Index(rest, " and ")
		if k < 0 || strings.ContainsAny(rest[:k], ".;:") {
			return false
		}
		rest = rest[k+5:]
		w := firstWord(rest)
		if lw := strings.ToLower(w); w != "" && unicode.IsLower(firstRune(w)) && (irregularPast[lw] || isVerbWord(lw) && lw != "be" && lw != "being" && lw != "been") {
			return true
		}
	}
}

// clauseBreakRe joins two clauses of one sentence.
var clauseBreakRe = regexp.MustCompile(`, (?:and|but|while|whereas) |; `)

// hasModal reports whether the main clause of a sentence holds a modal
// verb (what it tells is to come, wished or possible): one before the
// first subordinate clause ("because containers could not be loaded" is
// not the main clause's).
func hasModal(sent string) bool {
	for w := range strings.FieldsFuncSeq(sent, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		lw := strings.ToLower(w)
		if subordinators[lw] || clauseOpeners[lw] && reportingVerbs[lw] == "" && lw != "that" {
			return false
		}
		if modalVerbs[lw] && w != "May" {
			return true
		}
	}
	return false
}

// namedYearStateRe is a sentence whose subject a year names, told in the
// present with "is", "are" or "remains" ("The 2024 Flash Appeal ($86.5
// million) is only 23% funded", "The 2015 agreement remains in force"),
// not what is to be held ("is due to open", "are being held").
var namedYearStateRe = regexp.MustCompile(`^(?:The|Its|Their|Our|This)\s+\d{4}\s+(?:[^.;:,]|\.\d)*?\s(?:is|are|remains|remain)\s+(\pL+)`)

// namedYearState reports whether a sentence tells how a thing a year
// names stands now: no event of that year (see namedYearStateRe).
func namedYearState(sent string) bool {
	m := namedYearStateRe.FindStringSubmatch(strings.TrimLeft(sent, " \t*_-•"))
	if m == nil {
		return false
	}
	switch strings.ToLower(m[1]) {
	case "due", "to", "being", "held", "expected", "scheduled", "set", "planned", "slated", "likely", "going", "about", "on", "at", "from", "between", "open", "opening", "taking", "coming":
		return false
	}
	return true
}

// hasPerfect reports whether the main clause of a sentence holds a
// present perfect ("has remastered", "have restored"): something done
// lately, which a year naming a thing ("her 1999 film") does not date.
func hasPerfect(sent string) bool {
	words := strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for k, w := range words {
		lw := strings.ToLower(w)
		if subordinators[lw] {
			return false
		}
		if (lw == "has" || lw == "have") && k+1 < len(words) {
			next := words[k+1]
			if strings.HasSuffix(next, "ly") && k+2 < len(words) {
				next = words[k+2] // "has newly restored"
			}
			if next != "been" && pastParticipleRe.MatchString(strings.ToLower(next)) {
				return true
			}
		}
	}
	return false
}

// askedOrBidden reports whether the vague reference c stands in a
// question ("And what are you doing these days?") or in a clause that
// bids the reader act ("If you ship libtiffy, update to 2.9.2 now", "Book
// now"): neither tells what is so at the time of writing.
func askedOrBidden(text string, s Segment, c cand) bool {
	if strings.HasSuffix(strings.TrimRight(text[s.Start:s.End], " \t\n\"”’')"), "?") {
		return true
	}
	head := text[s.Start:c.start]
	if k := strings.LastIndexAny(head, ",;:"); k >= 0 {
		head = head[k+1:]
	}
	f := strings.Fields(strings.ToLower(head))
	if len(f) == 0 || !bidVerbs[strings.Trim(f[0], "*_\"“(")] {
		return false
	}
	for _, w := range f[1:] {
		if w = strings.Trim(w, ".,()\"“”"); auxiliaries[w] || modalVerbs[w] || listLinks[w] || pronounWords[w] && w != "it" {
			return false // ("Patch releases are out now", "read it and now ...": a clause of its own)
		}
	}
	return true
}

// idleNow reports whether "now" (t) tells no present event: in a clause
// of what may or should be ("Nothing may stop us now except the wind",
// "You may want to register now"), one that bids ("Please block the date
// now"), as the conjunction "now that", or before a tally the clause
// gives of the present ("The council now has 12 Green members out of
// 48", "The list now stands at 1,233"), a figure, nothing that happened.
// ("The bridge is now open", "The old mill is flats now" stay events of
// the present; so does "will now", a plan.)
func idleNow(text string, s Segment, t tempex.Timex) bool {
	if idleClause(text[s.Start:t.Start], false) {
		return true
	}
	after := text[t.End:s.End]
	if strings.HasPrefix(after, " that ") {
		return true
	}
	return tallyNowRe.MatchString(after)
}

// idleFuture reports whether a vague future (t: "in future", "in the
// future") tells nothing to come: in a clause of what may be ("Parents
// who may buy this product in future should check the batch number"),
// one that bids ("Please keep the receipt in future"). ("The plant will
// close in the future" stays a plan.)
func idleFuture(text string, s Segment, t tempex.Timex) bool {
	return idleClause(text[s.Start:t.Start], true)
}

// idleClause reports whether head, the words of a sentence before a
// vague expression, ends in a clause that bids ("Please ...") or tells
// what may or should be (a modal verb other than "will" and "shall", nor
// "would" when future says the expression looks ahead): the clause after
// the last comma, semicolon or colon.
func idleClause(head string, future bool) bool {
	if k := strings.LastIndexAny(head, ",;:"); k >= 0 {
		head = head[k+1:]
	}
	f := strings.Fields(strings.ToLower(head))
	if len(f) > 0 && strings.Trim(f[0], "*_\"“(") == "please" {
		return true
	}
	for _, w := range f {
		if w = strings.Trim(w, ".,()\"“”"); modalVerbs[w] && w != "will" && w != "shall" && !(future && w == "would") {
			return true
		}
	}
	return false
}

// tallyNowRe opens the words after "now" in a clause that gives a tally
// of the present: " has 12", " stands at 1,233", " represents 81%".
var tallyNowRe = regexp.MustCompile(`^ (?:has|have|holds|hold|stands at|stand at|numbers|number|totals|total|represents|represent|accounts for|account for|counts|count) (?:(?:a|an|the|some|about|around|nearly|almost|over|more than|fewer than|less than|just|only|roughly) )*[£$€]?\d`)

// bidVerbs open a clause that bids the reader act: "update to 2.9.2
// now", "Register now".
var bidVerbs = map[string]bool{
	"update": true, "upgrade": true, "install": true, "download": true, "patch": true, "apply": true,
	"register": true, "book": true, "order": true, "buy": true, "subscribe": true, "donate": true,
	"call": true, "contact": true, "act": true, "join": true, "sign": true, "reserve": true, "enrol": true, "enroll": true,
	"vote": true, "visit": true, "shop": true, "check": true, "migrate": true, "restart": true, "reboot": true,
}

// dropNested drops a coarser date that restates a finer one just before
// it, set off by a comma: "on 15 March 44 BC, the Ides of March" tells one
// event. Other nested dates stay apart ("in the spring of 1990 the
// council met and on 15 April it voted": two events).
func dropNested(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:1]
	for _, c := range cs[1:] {
		p := out[len(out)-1]
		gap := text[p.end:c.start]
		if strings.HasPrefix(gap, ",") && len(strings.Fields(gap)) <= 4 && !strings.ContainsAny(gap, ".;:") && !clauseLink(gap) &&
			!p.span.IsRange() && !c.span.IsRange() && c.span.Start.Prec < p.span.Start.Prec && c.span.Start.Contains(p.span.Start) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dropAppendedYear drops a year that a clause adds, set off by a comma,
// to the season or month it opened with, whose year the words did not
// write: "The winter I was twenty-three, in 1998, I moved" tells one
// event, in the winter of 1998 (the tagger gave the season that year).
// A year that tells another time stays ("in the spring, and in 1990").
func dropAppendedYear(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:1]
	for _, c := range cs[1:] {
		p := out[len(out)-1]
		d, pd := c.span.Start, p.span.Start
		if d.Prec == timeline.Year && d.Mod == timeline.ModNone && !c.span.IsRange() && !p.span.IsRange() && len(c.t.Text) == 4 && yearDigitsRe.MatchString(c.t.Text) &&
			pd.Prec > timeline.Year && pd.Prec <= timeline.Month && pd.Year == d.Year && // (a winter runs on into the next year)
			!strings.ContainsAny(p.t.Text, "0123456789") &&
			strings.HasPrefix(strings.ToLower(text[c.start:]), "in ") && p.end <= c.start {
			gap := strings.TrimSpace(text[p.end:c.start])
			after := strings.TrimLeft(text[c.end:], " ")
			if strings.HasSuffix(gap, ",") && !strings.ContainsAny(gap, ".;:!?") && !clauseLink(gap) && len(strings.Fields(gap)) <= 10 &&
				(after == "" || strings.ContainsRune(",.;", rune(after[0]))) && out[len(out)-1].endText[1] == 0 {
				// (", in 1998" goes from the title, as the date does)
				out[len(out)-1].cut = [2]int{p.end + strings.LastIndexByte(text[p.end:c.start], ','), c.end}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// dropThatYearBeforeDay drops "that year" or "the same year" when a day
// or month of that year, written with its digits, follows in its clause:
// "the first round that year was held on 14 April 2019" tells one event,
// on the day.
func dropThatYearBeforeDay(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:0]
	for k, c := range cs {
		if k+1 < len(cs) {
			n := cs[k+1]
			lt := strings.ToLower(c.t.Text)
			if (lt == "that year" || lt == "the same year") && c.span.Start.Prec == timeline.Year && !c.span.IsRange() && !n.span.IsRange() &&
				n.span.Start.Prec >= timeline.Month && n.span.Start.Year == c.span.Start.Year && yearWritten(n.t.Text) && c.end <= n.start {
				if gap := text[c.end:n.start]; !strings.ContainsAny(gap, ",.;:!?") && !clauseLink(gap) && len(strings.Fields(gap)) <= 6 {
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// dropNamedSameDay drops a day told by name, with no digit ("Father's
// Day", "today"), when another date of the sentence writes that same day
// with its digits (dayDigitsRe): "Sun 15 June 7pm - Father's Day double bill" is one
// event, at 7pm on 15 June; the name only says which day it is.
func dropNamedSameDay(cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:0]
	for k, c := range cs {
		d := c.span.Start
		if d.Prec == timeline.Day && d.Part == timeline.NoPart && d.Mod == timeline.ModNone && !c.span.IsRange() && !c.qualifier &&
			!strings.ContainsAny(c.t.Text, "0123456789") &&
			slices.ContainsFunc(cs, func(o cand) bool {
				od := o.span.Start
				return o.start != cs[k].start && !o.span.IsRange() && od.Prec >= timeline.Day && od.DayOf() == d.DayOf() && dayDigitsRe.MatchString(o.t.Text)
			}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dayDigitsRe finds a day written with its digits: a month's name and a
// number ("15 June", "June 15"), or a numeric date ("2025-06-15",
// "15/6/25"); not a clock time alone ("at 4pm").
var dayDigitsRe = regexp.MustCompile(`(?i)\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`)

// dropNamingYear drops a year that only tells which of a thing's years
// the sentence speaks of ("The Geminids of 2025 deserve special effort:
// the Moon rises around 23:00 on 13 December") when another date of the
// sentence, inside that year, says when: one event, at that date. A year
// no other date of the sentence falls in stays an event ("with the Act
// of 1751 ..., and with a second Act in 1768").
func dropNamingYear(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if d := c.span.Start; d.Prec == timeline.Year && d.Mod == timeline.ModNone && !c.span.IsRange() &&
			(yearDigitsRe.MatchString(c.t.Text) && len(c.t.Text) == 4 && (namingOfRe.MatchString(text[max(0, c.start-60):c.start]) || namingYearBefore(text, c)) || namingYearAfterName(text, c)) &&
			slices.ContainsFunc(cs, func(o cand) bool {
				od := o.span.Start
				od.Mod = timeline.ModNone // ("around 23:00 on 13 December": about then, inside the year all the same)
				if o.span.IsRange() {
					// ("the 2026 Fringe will run 7–31 August": a range of
					// days inside the year)
					oe := o.span.End
					oe.Mod = timeline.ModNone
					return o.start != c.start && od.Prec > timeline.Year && oe.Prec > timeline.Year && d.Contains(od) && d.Contains(oe)
				}
				return o.start != c.start && od.Prec > timeline.Year && d.Contains(od)
			}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// namingYearBefore reports whether the year c stands between "the" and
// a name: "the 2026 Fringe", "The 2024 Open" — which of the thing's
// years.
func namingYearBefore(text string, c cand) bool {
	before := strings.ToLower(text[max(0, c.start-4):c.start])
	if before != "the " && !(strings.HasSuffix(before, "the ") && !isLetter(before[0])) {
		return false
	}
	after := text[c.end:]
	return len(after) > 1 && after[0] == ' ' && after[1] >= 'A' && after[1] <= 'Z'
}

// namingYearAfterName reports whether the year c is written after a name
// as part of it: "CAHT 2025", "DH Benelux 2025", "SRT '01" — an edition
// of a conference, a product's version. The name is an acronym, or a
// capitalised word after another capitalised word; a preposition or a
// month before the year is no name ("in 2025", "May 2025").
func namingYearAfterName(text string, c cand) bool {
	y := c.t.Text
	if !(len(y) == 4 && yearDigitsRe.MatchString(y) || shortYearRe.MatchString(y)) || c.start != c.t.Start {
		return false
	}
	before := text[:c.start]
	if !strings.HasSuffix(before, " ") || strings.HasSuffix(before, "  ") {
		return false
	}
	f := strings.Fields(before[max(0, len(before)-60):])
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if !nameWordRe.MatchString(w) || monthNames[strings.ToLower(w)] || functionWords[strings.ToLower(w)] || seasonWords[strings.ToLower(w)] {
		return false
	}
	if w == strings.ToUpper(w) && len(w) >= 2 {
		return true // "CAHT 2025", "NAACL 2025"
	}
	return len(f) >= 2 && nameWordRe.MatchString(f[len(f)-2]) && !functionWords[strings.ToLower(f[len(f)-2])] // "DH Benelux 2025"
}

// nameWordRe is a word written as a name: a capital, then letters.
var nameWordRe = regexp.MustCompile(`^\p{Lu}[\p{L}&-]*$`)

// shortYearRe is a year cut to its last two digits after an apostrophe:
// "'01", "’98".
var shortYearRe = regexp.MustCompile(`^['’]\d\d$`)

// namingOfRe ends the words before a year that names a thing by it: "The
// Geminids of ", "the great floods of ".
var namingOfRe = regexp.MustCompile(`(?i)\bthe\s+(?:[\p{L}'’-]+\s+){1,3}of\s+$`)

// coordModifierRe opens the words after a date that modifies a noun with
// a second modifier joined to it: " and full-year 2024", " or annual".
var coordModifierRe = regexp.MustCompile(`^ (?:and|or) (?:[a-z]+-[a-z]+(?: \d{4})?|[a-z]+ \d{4})`)

// joinDayTime reads a day and a time of that day later in its clause as
// one moment: "will take place on Saturday, May 18, rain or shine,
// starting at the Town Common at 10 a.m." is one event, at 10 a.m. on
// that day, its date text both.
func joinDayTime(text string, cs []cand) []cand {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:1]
	for _, c := range cs[1:] {
		p := &out[len(out)-1]
		ps, cs := p.span.Start, c.span.Start
		// (a range of hours of that day too: "is on Saturday 19 April at
		// the pavilion, 10am to noon")
		// (or into the night after it: "doors 9pm till 2am")
		hours := !c.span.IsRange() || c.span.End.Prec >= timeline.Hour && c.endText[1] == 0 &&
			(c.span.End.DayOf() == ps.DayOf() || c.span.End.Start().Sub(c.span.Start.Start()) < 24*time.Hour && c.span.End.Start().After(c.span.Start.Start()))
		// (and a part of that day: "of 28 August 2026 will be visible in
		// the early morning")
		part := cs.Prec == timeline.Day && cs.Part != timeline.NoPart && ps.Part == timeline.NoPart && !c.span.IsRange()
		// (a part of a day, "Tonight", is as much a day: "Tonight the
		// Blue Line will close early, at 22:30" is one moment)
		// (not one that names a thing: "This morning's count gave ...")
		dayPart := p.t.Type == tempex.Time && ps.Prec == timeline.Day && ps.Part != timeline.NoPart && c.t.Type == tempex.Time &&
			!strings.HasPrefix(text[p.t.End:], "'s") && !strings.HasPrefix(text[p.t.End:], "’s")
		if (p.t.Type == tempex.Date || dayPart) && ps.Prec == timeline.Day && (c.t.Type == tempex.Time && cs.Prec >= timeline.Hour || part) &&
			!p.span.IsRange() && hours && !p.qualifier && !c.qualifier && p.endText[1] == 0 &&
			(ps.Mod == timeline.ModNone || ps.Mod == timeline.ModOnOrBefore) && (cs.Mod == timeline.ModNone || cs.Mod == timeline.ModApprox || part && ps.Mod == timeline.ModNone) &&
			(ps.Mod == timeline.ModNone || cs.Mod == timeline.ModNone) && cs.DayOf() == ps.DayOf() {
			// (a deadline's day and its hour, "by Friday, September 13,
			// 2024, 5:00 p.m. PT", are one deadline; "On Friday 29
			// March, ... at around 07:30" one moment, about then)
			// ("on Sunday 27 October, when British Summer Time ends at
			// 02:00 BST": a clause of the day's, its time the event's)
			// ("Filed 9-4-25; 8:45 am", a filing stamp: the day, then
			// its time after a semicolon alone)
			if dayColonClause(text[p.end:c.start]) && ps.Mod == timeline.ModNone && c.t.Type == tempex.Time {
				// "Wednesday was the highlight of the week: a warbler was
				// trapped at 07:45": the time of the day's happening, which
				// the clause after the colon tells
				*p = c
				continue
			}
			if between := text[p.end:c.start]; !strings.ContainsAny(between, ".;:") && (!clauseLinkBeyondBetween(between) || dayWhenClause(between)) && len(between) <= 120 ||
				labelClock(text, p.end, c.start, c.end) || strings.TrimSpace(between) == ";" {
				mod := ps.Mod
				if mod == timeline.ModNone {
					mod = cs.Mod
				}
				p.span = c.span
				p.span.Start.Mod = mod
				p.endText = [2]int{c.start, c.end}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// dropConvertedTime drops a clock time in brackets right after another
// time, told in another place's zone: "at 4pm UK time (11am in New
// York)" is one moment, the first time's (the bracketed one reads in the
// first's zone, and would be another moment).
func dropConvertedTime(text string, cs []cand) []cand {
	for k := 1; k < len(cs); k++ {
		p, c := cs[k-1], cs[k]
		if p.span.Start.Prec < timeline.Hour || c.t.Type != tempex.Time || c.span.Start.Prec < timeline.Hour || p.end > c.start ||
			!convertedGapRe.MatchString(text[p.end:c.start]) || !convertedTailRe.MatchString(text[c.end:]) {
			continue
		}
		return append(cs[:k:k], cs[k+1:]...)
	}
	return cs
}

// convertedGapRe is what comes between a time and the same moment in
// another zone: " UK time (", " ("; convertedTailRe is what follows the
// bracketed time: the place or zone ("in New York", "ET", "Tokyo time"),
// and the bracket's end — not "(9:30am registration)", another time.
var (
	convertedGapRe  = regexp.MustCompile(`^[^.;:()\n]{0,25}\(\s*$`)
	convertedTailRe = regexp.MustCompile(`^\s*(?:in\s+|at\s+)?(?:[A-Z][\w.]*\s*){0,3}(?:local\s+)?(?:time\s*)?\)`)
)

// tillClock reports whether the words between a day and a time of it end
// with "until" or "till": the time is when what the day holds ends.
func tillClock(between string) bool {
	f := strings.Fields(between)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "until", "till", "til", "'til", "’til":
		return true
	}
	return false
}

// dayColonClause reports whether the words between a day and a time of
// it are what is said of the day ("was", "is"), then a colon and the clause that tells
// what happened that day: "Wednesday was the highlight of the week: a
// Yellow-browed Warbler was trapped at 07:45" is one moment, at 07:45 on
// Wednesday.
func dayColonClause(between string) bool {
	k := strings.IndexByte(between, ':')
	if k < 0 || len(between) > 120 || strings.ContainsAny(between, ".;()\n") || strings.Count(between, ":") > 1 || strings.TrimSpace(between[:k]) == "" {
		return false
	}
	// (the day is the subject of "was": "On Monday the board met: the
	// vote came at 16:00" tells two things)
	switch strings.ToLower(firstWord(between)) {
	case "was", "is", "proved":
	default:
		return false
	}
	return !clauseLink(between[k+1:]) && !tillClock(between)
}

// dayWhenClause reports whether the words between a day and a time open
// a when-clause on that day, and nothing else: ", when British Summer
// Time ends ".
func dayWhenClause(between string) bool {
	rest, ok := strings.CutPrefix(between, ", when ")
	return ok && !clauseLink(rest)
}

// labelClock reports whether the words from a day that labels its line
// (ending at de) to a clock time in brackets (cs to ce) are the label's
// colon and what happens, the time said aside: "Thursday 18 April 2024:
// Japan CPI (08:30 JST)" is one event, at 08:30 that day.
func labelClock(text string, de, cs, ce int) bool {
	between := text[de:cs]
	if !strings.HasPrefix(between, ":") || !strings.HasSuffix(between, "(") || len(between) > 80 ||
		strings.ContainsAny(between[1:len(between)-1], ".;:()\n") || !strings.HasPrefix(text[ce:], ")") {
		return false
	}
	return strings.TrimSpace(between[1:len(between)-1]) != ""
}

// joinedDayTime reports whether c is a day and its time joined by
// joinDayTime (its end text is the time or the part of the day, or a
// range of hours of the day, no range's end).
func joinedDayTime(c cand) bool {
	if c.span.Start.Part != timeline.NoPart && !c.span.IsRange() {
		return true // "28 August 2026 … in the early morning"
	}
	return c.span.Start.Prec >= timeline.Hour && (!c.span.IsRange() || c.span.End.Prec >= timeline.Hour && c.span.End.DayOf() == c.span.Start.DayOf())
}

// dropDeicticFrame drops a period counted from the writer's day ("next
// month", "later this year") that holds a finer date the same clause
// gives: "will celebrate its anniversary next month with an open house on
// October 5" tells one event, of October 5; so does a year written, when
// the day comes in what the event was held with ("celebrated its
// centennial in 1987 with a Mass on Sunday, June 7, 1987").
func dropDeicticFrame(text string, cs []cand) []cand {
	if len(cs) != 2 {
		return cs
	}
	a, b := cs[0], cs[1]
	between := text[a.end:b.start]
	if strings.ContainsAny(between, ".;:") || clauseLink(between) || a.span.IsRange() || b.span.IsRange() || a.qualifier || b.qualifier ||
		a.span.Start.Mod != timeline.ModNone || b.span.Start.Mod != timeline.ModNone { // ("before this decade is out": a bound, no frame)
		return cs
	}
	fs := strings.Fields(between)
	for k, w := range fs {
		if w = strings.ToLower(strings.Trim(w, ",()")); len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
			!(k > 0 && auxiliaries[strings.ToLower(fs[k-1])]) { // (but "This year the survey is planned for the week of 14 July": the clause's own verb)
			return cs // "a vote next week, with results announced on November 3": a second happening
		}
	}
	deictic := func(c cand) bool {
		w := strings.ToLower(firstWord(strings.TrimSpace(c.t.Text)))
		return w == "next" || w == "this" || w == "later" || w == "earlier" ||
			w == "last" && !strings.HasPrefix(text[c.end:], ",") // (not "Last year, the river burst its banks on 12 March": dropFrame's, a frame set off)
	}
	if a.span.Start.Prec == timeline.Week && !a.span.Start.Weekend && b.span.Start.Prec >= timeline.Day && a.span.Start.Contains(b.span.Start) && hedgedDayGapRe.MatchString(between) {
		// "planned for the following week, most likely on Wednesday 22
		// January": the week, then the day of it the writer expects
		return cs[1:]
	}
	// "celebrated its centennial in 1987 with a Mass on Sunday, June 7,
	// 1987": a year written, then what the event was held with, on a day
	// of that year
	yearWith := a.span.Start.Prec == timeline.Year && yearDigitsRe.MatchString(a.t.Text) && withGapRe.MatchString(between)
	switch {
	case (deictic(a) || yearWith) && !deictic(b) && b.span.Start.Prec > a.span.Start.Prec && a.span.Start.Contains(b.span.Start):
		return cs[1:]
	case deictic(b) && !deictic(a) && a.span.Start.Prec > b.span.Start.Prec && b.span.Start.Contains(a.span.Start):
		return cs[:1]
	}
	return cs
}

// hedgedDayGapRe is what sets a day off from the week that holds it: a
// comma, "on", a hedge ("next week, on Thursday", "the following week,
// most likely on Wednesday").
var hedgedDayGapRe = regexp.MustCompile(`(?i)^\s*,?\s*(?:(?:most\s+)?(?:probably|possibly|perhaps|likely|maybe|ideally)\s+)?(?:on\s+)?$`)

// withGapRe is the words between a year and a day of it that tell what
// an event was held with: " with a Mass on ", " with a dinner at the
// hall on ".
var withGapRe = regexp.MustCompile(`(?i)^,? with (?:a|an|the|its|their|his|her)\b[^,]*$`)

// clauseLink reports whether the words between two dates open a clause
// of their own: "in 1961, and in the late 1960s students marched" tells
// two events, no restatement.
func clauseLink(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		switch strings.Trim(w, ",") {
		case "and", "but", "while", "whereas", "then", "yet", "when":
			return true
		}
	}
	return false
}

// clauseLinkBeyondBetween is clauseLink, but the "and" of "between Elm
// Road and Fairfield" joins two places, no clauses: "This Saturday there
// will be no trains between Elm Road and Fairfield from 06:00" is one
// clause.
func clauseLinkBeyondBetween(gap string) bool {
	between := false
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		switch strings.Trim(w, ",") {
		case "between":
			between = true
		case "and":
			if !between {
				return true
			}
			between = false
		case "but", "while", "whereas", "then", "yet", "when":
			return true
		}
	}
	return false
}

// dropFrame drops the date that opens a sentence and only sets the scene
// for a finer date inside it, in one clause: "Last year, the river burst
// its banks on 12 March" is one event, of 12 March. A second clause keeps
// both ("In 1990 the council met, and on 15 April it voted").
func dropFrame(text string, s Segment, cs []cand) (kept, frame []cand) {
	if len(cs) < 2 {
		return cs, nil
	}
	f, c := cs[0], cs[1]
	if !f.span.IsRange() && !c.span.IsRange() && c.span.Start.Prec > f.span.Start.Prec && (f.span.Start.Prec == timeline.Quarter || f.span.Start.Prec == timeline.Half) &&
		strings.TrimSpace(text[s.Start:f.start]) == "" && strings.HasPrefix(text[f.end:], ":") && !strings.ContainsAny(text[f.end+1:c.start], ".;") {
		// "Q2: we won a contract, signed on 14 September 2023": the
		// label of a report's quarter (perhaps a fiscal one) frames the
		// day that dates the line
		return cs[1:], cs[:1]
	}
	if strings.EqualFold(strings.TrimLeft(text[s.Start:f.t.Start], " \t\n*_-•"), "for ") && strings.HasPrefix(text[f.end:], ",") {
		// "For the coming winter, the Working Group recommends that
		// tenders be launched by July 2022": the period the statement is
		// for, which the sentence's other date dates
		return cs[1:], cs[:1]
	}
	isF := make([]bool, len(cs))
	isF[0] = isFrame(text, s.Start, f, c) || subjectFrame(text, s.Start, f, c)
	if semi := strings.LastIndexByte(text[s.Start:f.start], ';'); !isF[0] && semi >= 0 {
		// "We recommend applying early; last year every place was
		// filled by mid-February": the frame opens the clause after the
		// semicolon
		isF[0] = isFrame(text, s.Start+semi+1, f, c)
	}
	// "In 2020 procurement began in late summer; in 2021 it began only in
	// October": a clause after a semicolon opens with a frame of its own
	for p := 1; p+1 < len(cs); p++ {
		if f, c := cs[p], cs[p+1]; f.start >= cs[p-1].end && strings.TrimSpace(text[cs[p-1].end:f.start]) == ";" && isFrame(text, f.start, f, c) {
			isF[p] = true
		}
	}
	if !slices.Contains(isF, true) {
		return cs, nil
	}
	for p, c := range cs {
		if isF[p] {
			frame = append(frame, c)
		} else {
			kept = append(kept, c)
		}
	}
	return kept, frame
}

// isFrame reports whether f, the date that opens a clause at from, only
// sets the scene for c, a finer date inside it, in one clause: "In 2019,
// Storm Gareth caused flooding on 12 March" (a comma sets the frame off)
// or "In 2020 procurement began in late summer" (a year after "in", no
// comma before the finer date either).
func isFrame(text string, from int, f, c cand) bool {
	if f.span.IsRange() || c.span.IsRange() || c.span.Start.Prec <= f.span.Start.Prec || !f.span.Start.Contains(c.span.Start) || c.start < f.end {
		return false
	}
	if strings.TrimSpace(text[from:f.start]) != "" {
		return false
	}
	between := strings.ToLower(text[f.end:c.start])
	if strings.ContainsAny(between, ";:") || strings.Contains(between, " and ") || strings.Contains(between, " but ") {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(between, " "), ",") {
		// "In 2019,", "Last year,": one comma, the frame's
		return strings.Count(between, ",") <= 1
	}
	return f.span.Start.Prec == timeline.Year && inYearRe.MatchString(text[f.start:f.end]) && !strings.ContainsAny(between, ",()")
}

// subjectFrame reports whether f, a year after "in" right after the
// short noun phrase that opens the sentence, only places c, a finer date
// of the same clause written without its year: "Autumn overturn in 2018
// was complete by the third week of October", "The mixing in 2018 began
// in October" are one event each, of the finer date (which took its year
// from f).
func subjectFrame(text string, from int, f, c cand) bool {
	if f.span.IsRange() || c.span.IsRange() || f.span.Start.Prec != timeline.Year || f.span.Start.Mod != timeline.ModNone ||
		c.span.Start.Prec <= timeline.Year || !f.span.Start.Contains(c.span.Start) || c.start < f.end || c.t.Start < f.end ||
		!inYearRe.MatchString(text[f.start:f.end]) || yearNumberRe.MatchString(c.t.Text) {
		return false
	}
	if between := text[f.end:c.start]; strings.ContainsAny(between, ",;:()\n") || clauseLink(between) {
		return false
	}
	head := strings.Fields(text[from:f.start])
	if len(head) == 0 || len(head) > 4 {
		return false
	}
	for _, w := range head {
		if titleVerb(w) || strings.ContainsAny(w, ",;:()\"“”") {
			return false
		}
	}
	return true
}

// yearNumberRe finds a year's four digits in an expression: "20
// October 2018".
var yearNumberRe = regexp.MustCompile(`\b\d{4}\b`)

// inYearRe is a year written after "in" and nothing else: "In 2020".
var inYearRe = regexp.MustCompile(`^[Ii]n \d{4}$`)

// joinOvernight reads "overnight" and the day or days written right
// after it as one time: "Overnight on 9/10 April the station will be
// closed" is the night of 9 April, its date text both; "stolen overnight
// on 1-2 June" is the span of the two days the night joins.
func joinOvernight(text string, cs []cand) []cand {
	for k := 0; k+1 < len(cs); k++ {
		p, c := cs[k], cs[k+1]
		if p.t.Type != tempex.Time || p.span.IsRange() || p.span.Start.Prec != timeline.Day || p.span.Start.Part != timeline.Night ||
			!strings.EqualFold(p.t.Text, "overnight") || p.end > c.start || strings.TrimSpace(text[p.end:c.start]) != "" ||
			c.t.Type != tempex.Date || c.span.Start.Prec != timeline.Day || c.span.Start.Mod != timeline.ModNone || c.span.Start.DayOf() != p.span.Start.DayOf() || c.qualifier || p.qualifier {
			continue
		}
		if c.span.IsRange() {
			c.start = p.start
			cs[k+1] = c
		} else {
			p.end = c.end
			cs[k+1] = p
		}
		return append(cs[:k:k], cs[k+1:]...)
	}
	return cs
}

// dedupeSpans keeps the first of several expressions of the same span in a
// sentence: a sentence that names a date twice tells one event.
func dedupeSpans(text string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		dup := false
		for _, o := range out {
			if timeline.CompareSpans(o.span, c.span) == 0 && !(o.end <= c.start && newClauseRe.MatchString(text[o.end:c.start])) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// newClauseRe finds, between two dates of the same day, a clause of its
// own with its subject: "The ECB cut rates yesterday, and the SNB
// surprised with a 50bp move on Thursday" tells two things done that day
// (not "yesterday, and again on Thursday": one told twice).
var newClauseRe = regexp.MustCompile(`(?i)(?:[,;]\s*(?:and|but|while|whereas|yet)|;)\s+(?:the|a|an|its|their|his|her|this|that|these|those|[\p{Lu}][\p{L}&.-]*)\s+[\p{L}]`)

// dateText is the date as written; a range written apart ("on 5 November
// 2020 and lasted until 2 December 2020") is its two ends joined by "…",
// and one whose ends stand apart only by a comma ("from October 1, 2023,
// through May 18, 2024") the words as written.
func dateText(text string, c cand) string {
	if c.endText[1] > 0 && c.endText[0] >= c.end && strings.Trim(text[c.end:c.endText[0]], ", \t\r\n") == "" {
		return oneLine(text[c.start:c.endText[1]])
	}
	if c.endText[1] > 0 {
		return oneLine(text[c.start:c.end]) + " … " + oneLine(text[c.endText[0]:c.endText[1]])
	}
	return oneLine(text[c.start:c.end])
}

// articleOutOfDateText returns the date text dt of the candidate c
// without its leading article when the date qualifies the noun after it
// ("The autumn 2025 timetable will be published": the article is the
// timetable's, and the date text is "autumn 2025"); not the date's own
// head ("The winter of 1846 was hard").
func articleOutOfDateText(text string, c cand, dt string) string {
	rest, ok := strings.CutPrefix(dt, "The ")
	if !ok {
		rest, ok = strings.CutPrefix(dt, "the ")
	}
	if !ok || c.endText[1] > 0 || c.end >= len(text) || text[c.end] != ' ' || strings.Contains(rest, " of ") || !strings.ContainsAny(rest, "0123456789") {
		return dt // (nor "the previous day without ...": a relative date is the article's)
	}
	w := strings.TrimRight(firstWord(text[c.end:]), ".,;:!?")
	if w == "" || !unicode.IsLower(firstRune(w)) {
		return dt
	}
	if lw := strings.ToLower(w); functionWords[lw] || datePreps[lw] || leadPreps[lw] || stopWords[lw] || modalVerbs[lw] || auxiliaries[lw] ||
		strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "s") {
		return dt
	}
	return rest
}

// oneLine writes an expression wrapped across lines ("a\nweek ago") on
// one, as it reads.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// titleFirst capitalises the first letter: "the head of the council".
func titleFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// weekdayNames are the names of the days, and their abbreviations, as a
// date can be written with them ("Friday 12 March 2024", "Tue 4/11").
// capsYearHeading reports whether the candidate c, a year, is all of a
// line of its own (sentence s) with a label in capitals ("2026
// DEPARTURES", "TOUR DATES 2026"), and the next line holds a date of that
// year: the heading of the list below it, no event.
func capsYearHeading(text string, s Segment, c cand, tx []tempex.Timex, j int) bool {
	if c.span.Start.Prec != timeline.Year || c.span.IsRange() || !yearWritten(c.t.Text) {
		return false
	}
	ls := strings.LastIndexByte(text[:s.Start], '\n') + 1
	le := strings.IndexByte(text[s.Start:], '\n')
	if le < 0 {
		return false // (no line after it)
	}
	le += s.Start
	if le < s.End || c.start < s.Start || c.end > s.End || strings.TrimSpace(text[ls:s.Start]) != "" || strings.TrimSpace(text[s.End:le]) != "" {
		return false
	}
	label := strings.Trim(text[s.Start:c.start]+" "+text[c.end:s.End], " *_#:–—-\t")
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 || strings.ToUpper(label) != label || strings.ToLower(label) == label {
		return false
	}
	next := le + 1
	for next < len(text) && text[next] == '\n' {
		next++
	}
	nend := strings.IndexByte(text[next:], '\n')
	if nend < 0 {
		nend = len(text)
	} else {
		nend += next
	}
	for k := j + 1; k < len(tx) && tx[k].Start < nend; k++ {
		if tx[k].Start >= next && tx[k].Date.Prec >= timeline.Month && tx[k].Date.Year == c.span.Start.Year {
			return true
		}
	}
	return false
}

// spanHoldsDay reports whether the range sp, of days or finer, runs over
// the day d.
func spanHoldsDay(sp timeline.Span, d timeline.Date) bool {
	if sp.Start.Prec < timeline.Day || sp.End.Prec < timeline.Day || d.IsVague() {
		return false
	}
	return timeline.Compare(sp.Start.DayOf(), d.DayOf()) <= 0 && timeline.Compare(d.DayOf(), sp.End.DayOf()) <= 0
}

// feastName reports whether an expression's text s, with no digit, is
// a name in capitals of a day of the year: "Good Friday", "Christmas
// Day", "Easter" (not "Wednesday", "Today", "Four days later").
func feastName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if _, ok := weekdayNames[strings.ToLower(strings.Trim(s, ". "))]; ok {
		return false
	}
	switch strings.ToLower(s) {
	case "today", "yesterday", "tomorrow", "tonight":
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

// writtenWeekday gives the weekday an expression names, when it names one
// (and only one): "Friday 12 March 2024", "the night of Friday, Oct. 23",
// not "Monday 3 to Friday 7 March".
func writtenWeekday(text string) (time.Weekday, bool) {
	var wd time.Weekday
	n := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if d, ok := weekdayNames[strings.ToLower(w)]; ok && unicode.IsUpper(rune(w[0])) {
			if n > 0 && d != wd {
				return 0, false
			}
			wd = d
			n++
		}
	}
	return wd, n > 0
}

// noticeAbove returns the name of a notice whose text sent opens without
// a subject ("Passed away suddenly ...", "Peacefully at home ...") when
// the sentence before it, on its line, is the notice's name alone
// ("HOLLOWAY, Dennis Arthur.", "CARTER, Dorothy May (née Pullen)."):
// the name as said ("Dennis Arthur Holloway"); "" otherwise.
func (x *sectionExtractor) noticeAbove(sent string) string {
	if x.cur == 0 {
		return ""
	}
	w := firstWord(sent)
	lw := strings.ToLower(w)
	if w == "" || !unicode.IsUpper(firstRune(w)) || !(pastOrModal(lw) || irregularPast[lw] || strings.HasSuffix(lw, "ly") && len(lw) > 5) {
		return ""
	}
	p := x.sents[x.cur-1]
	if between := x.sec.Text[p.End:x.sents[x.cur].Start]; strings.Contains(between, "\n") {
		return ""
	}
	prev := strings.TrimSpace(p.Of(x.sec.Text))
	n := noticeName(prev)
	if n == "" || !strings.HasSuffix(prev, ".") {
		return ""
	}
	rest := strings.TrimSuffix(prev[strings.IndexByte(prev, ',')+1:], ".")
	rest = parenRe.ReplaceAllString(rest, "")
	if len(strings.Fields(rest)) > 4 {
		return ""
	}
	return n
}

// weekdayRestated reports whether the expression j is a weekday alone in
// brackets right after a date ("Jan. 12 (Mon.)"), or said to be the
// date's ("June 15, 2025 is a Sunday"): that date's weekday,
// which the date's own report covers, no second expression to report.
func weekdayRestated(text string, tx []tempex.Timex, j int) bool {
	if j == 0 || tx[j-1].End > tx[j].Start {
		return false
	}
	if _, ok := writtenWeekday(tx[j].Text); !ok || strings.ContainsAny(tx[j].Text, "0123456789 ") {
		return false
	}
	gap := text[tx[j-1].End:tx[j].Start]
	return (strings.TrimSpace(gap) == "(" || weekdayIsRe.MatchString(gap)) && strings.ContainsAny(tx[j-1].Text, "0123456789")
}

// weekdayLeads reports whether the expression j is a weekday alone
// that the day after it names ("from Monday 20 November", "Monday, 20
// November"), both left without a year: the day's report covers it,
// no second expression to report.
func weekdayLeads(text string, tx []tempex.Timex, j int) bool {
	if j+1 >= len(tx) || tx[j].End > tx[j+1].Start || !tx[j+1].Date.IsZero() || tx[j+1].Type != tempex.Date || !strings.ContainsAny(tx[j+1].Text, "0123456789") {
		return false
	}
	if _, ok := writtenWeekday(tx[j].Text); !ok || strings.ContainsAny(tx[j].Text, "0123456789 ") {
		return false
	}
	return strings.Trim(text[tx[j].End:tx[j+1].Start], " ,") == ""
}

// weekdayIsRe is what stands between a date and the weekday it says it
// is: "June 15, 2025 is a Sunday", "falls on a".
var weekdayIsRe = regexp.MustCompile(`(?i)^\s+(?:is|was|will be|falls on|fell on)\s+a\s+$`)

// bulletinHeadRe is a weather bulletin's headline between dots
// ("...WINTER STORM WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST
// WEDNESDAY..."); bulletinWhatRe its "WHAT..." bullet.
var (
	bulletinHeadRe = regexp.MustCompile(`(?m)^\.\.\.([A-Z][A-Z ]{3,}?) IN EFFECT\b`)
	bulletinWhatRe = regexp.MustCompile(`(?m)^[ \t]*(?:\*[ \t]*)?WHAT\.\.\.([^.\n]{3,80})`)
)

// bulletinHazard returns what a weather bulletin warns of, for the
// bullet that gives only its time ("* WHEN..."): its headline ("Winter
// storm warning in effect"), else its "WHAT..." bullet ("Heavy snow
// expected"); "" when it has neither.
func bulletinHazard(text string) string {
	if m := bulletinHeadRe.FindStringSubmatch(text); m != nil {
		return finish(strings.ToLower(m[1]) + " in effect")
	}
	if m := bulletinWhatRe.FindStringSubmatch(text); m != nil {
		return finish(m[1])
	}
	return ""
}

// frameThenDay reports whether two expressions side by side are a period
// counted from the writer's day and a day named the same way ("for the
// fourth time this year yesterday"): the period is the count's, the day
// the event's, no one date.
func frameThenDay(a, b string) bool {
	switch strings.ToLower(firstWord(strings.TrimSpace(a))) {
	case "this", "next", "last", "later", "earlier":
	default:
		return false
	}
	switch strings.ToLower(strings.TrimSpace(b)) {
	case "yesterday", "today", "tomorrow", "tonight", "last night":
		return true
	}
	return false
}

// clockTold reports whether x.tx[j], a clock time of no day, is told
// again by the time next to it, which has its day ("12:00 noon (GMT) on
// Monday 10 February 2025": the event is the noon's, the 12:00 no
// expression left out).
func clockTold(text string, tx []tempex.Timex, j int) bool {
	t := tx[j]
	if t.Type != tempex.Time || !strings.HasPrefix(t.Value, "XXXX-XX-XXT") {
		return false
	}
	clock := t.Value[len("XXXX-XX-XX"):]
	near := func(k int) bool {
		o := tx[k]
		return o.Type == tempex.Time && !o.Date.IsZero() && strings.HasSuffix(o.Value, clock) && !strings.HasPrefix(o.Value, "XXXX")
	}
	return j+1 < len(tx) && tx[j+1].Start >= t.End && strings.TrimSpace(text[t.End:tx[j+1].Start]) == "" && near(j+1) ||
		j > 0 && tx[j-1].End <= t.Start && strings.TrimSpace(text[tx[j-1].End:t.Start]) == "" && near(j-1)
}

// storyDated reports whether x.tx[j], left undated, is a time of day or
// a month or season without its year, told in a sentence that, or the
// one before it, gives a date of its own (see Unresolved.Told). A day
// counted from the writer's ("last spring", "next April") is not one.
func storyDated(text string, tx []tempex.Timex, ti, j int, s Segment) bool {
	t := tx[j]
	v := t.Value
	switch {
	case strings.HasPrefix(v, "XXXX-XX-XXT"):
	case len(v) == 7 && strings.HasPrefix(v, "XXXX-") && v[5] != 'W':
	default:
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t.Text)) {
		switch w {
		case "last", "this", "next", "coming", "past", "current", "today", "tonight", "tomorrow", "yesterday":
			return false
		}
	}
	dated := func(o tempex.Timex) bool {
		return (o.Type == tempex.Date || o.Type == tempex.Time) && !o.Date.IsZero() && !strings.HasPrefix(o.Value, "XXXX")
	}
	for k := ti; k < len(tx) && tx[k].Start < s.End; k++ {
		if k != j && dated(tx[k]) {
			return true
		}
	}
	// the sentence before, in the same paragraph
	if ti > 0 && tx[ti-1].End <= s.Start && !strings.Contains(text[tx[ti-1].End:s.Start], "\n\n") && dated(tx[ti-1]) {
		prev := text[tx[ti-1].End:s.Start]
		return strings.Count(prev, ". ") <= 1
	}
	return false
}
