package tempex

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Tag finds the temporal expressions in text, in text order and without
// overlaps, and resolves them against opt.Ref. It is New(opt).Tag(text).
func Tag(text string, opt Options) []Timex { return New(opt).Tag(text) }

// A Tagger finds temporal expressions. It keeps its scratch buffers
// between calls, so reusing one Tagger for many texts allocates little. A
// Tagger is not safe for concurrent use; make one per goroutine.
type Tagger struct {
	opt Options
	lx  lexer

	text          string
	toks          []token
	ref           time.Time // the reference day, when hasRef
	hasRef        bool
	coarse        *coarseRef // a reference coarser than a day
	fyDone        bool       // fyMonth is known for this text
	fyMonth       int        // the month the text's fiscal year ends in; 0 if unsaid
	fyStrong      bool       // ... said outright ("the year ended 31 March"), not told by a quarter's end
	fyByStart     bool       // ... and the text names its fiscal years by the year they start in ("the fiscal year ended March 31, 2025 (fiscal 2024)")
	narrative     bool
	feastYear     int           // the year a feast named without one is placed in, when asked for (see feastIn); 0: the context's
	toldNow       bool          // a text guessed to be a history came to the writer's day ("Last year he ..."): news until it writes a year
	quoteClose    int           // the byte where the quotation that told last closes (-1: none), after which the story is back at quoteStory
	quoteStory    timeline.Date // ... the date the story was at before the quotation
	last          timeline.Date // the last date the text mentioned
	lastMod       timeline.Mod  // ... the mod it was written with, when lastModOf is last ("the late 19th century": END)
	lastModOf     timeline.Date // ... the date lastMod was written with
	lastQ         timeline.Date // the quarter a financial report is about: the first it names
	lastQFiscal   bool          // ... numbered in the fiscal year
	lastFiscal    timeline.Date // the last date, when it is a period of a fiscal year ("the second half", labelled 2022-H2)
	lastFiscalCal timeline.Date // ... and the calendar period it covers, or its first month
	fyAhead       int           // the fiscal year last read as "the year ahead" (by the year it ends in), 0 for none
	lastQCal      timeline.Date // ... and then the calendar quarter it is
	lastQEnd      timeline.Date // ... or its last month, when no calendar quarter is it (lastQCal its first)
	dayFirst      bool          // numeric dates are day first: set, or guessed from the text
	lastDay       timeline.Date // the last day (or finer) named, for "the same day" after "since 1993"
	sameDay       timeline.Date // the day "N years later, on the same day" names (see noteSameDay) ...
	sameDayAt     int           // ... when its "the" is at this token
	sameDayEnd    int           // ... and the expression before it, that amount, ends at this token
	lastDayEnd    int           // token index just after lastDay
	lastDayStart  int           // token index of lastDay's first token (-1: none, or the day carried in)
	pastDay       timeline.Date // the last day named that is not after the reference day, in news
	nearDayEnd    int           // token index just after the last day named within a fortnight of the reference day (-1: none)
	pastDayEnd    int           // token index just after pastDay
	labelDay      timeline.Date // the day of the last weekday that labelled a line ("Monday: ...")
	labelDayEnd   int
	inRange       bool               // reading the second half of a range
	weakCue       bool               // the last tense came from the present tense only
	closePast     bool               // the last tense came from a past verb just before the expression
	closeFuture   bool               // ... or from a future cue just before it
	lastUnknown   bool               // a date left unknown ("on Friday", no reference) came after last
	unknownPrec   timeline.Precision // ... and its precision (a day, a decade)
	unknownStart  int                // ... and the token it starts at
	unknownEnd    int                // token index just after the last date left unknown
	unknownWday   bool               // it is a weekday alone ("By Friday", XXXX-WXX-5): a day of some week near the story's
	clockFromRef  bool               // clockDay gave the story's day, or the writer's, not a day written with the time
	clockCoarseAt int                // the token after the last clock time left without a day for the coarser date after it (see coarseDateAfter)
	lastEnd       int                // token index just after the last expression
	lastClock     timeline.Date      // the last clock time read, on its day when known (zero: none)
	lastClockFour bool               // it was written as four digits ("1442 UTC")
	textZone      int                // the zone the text wrote its last zoned clock time in (minutes east of UTC)
	textZoneFour  bool               // that time was a wire's four digits in UTC ("0600 GMT")
	hasTextZone   bool
	zoneWritten   bool          // the clock time placeClockAt read last was written with its zone
	lastStart     int           // token index where the last expression starts
	dirAt         int           // token index of the last expression whose direction was told (-1: none)
	undecided     bool          // cue found a verb that leaves the direction open ("was scheduled for")
	lastSetEnd    int           // token index just after the expression that set last
	lastSetStart  int           // ... and the token it starts at
	setEnd        int           // token index just after the last set ("every Monday")
	prevDay       timeline.Date // the day named before lastDay
	prevDayEnd    int
	// storyDay is the last day told in a clause of the story, not in an
	// aside (see asideClause); lastAsideKind is how the clause of the last
	// date stepped aside (0: it did not)
	storyDay      timeline.Date
	storyDayEnd   int
	lastAsideKind int
	lineCur       int           // where lineAt reads lx.lines
	same          sameScan      // sameSentence's last scan
	logText       int8          // the text is a log whose lines open with their times: 1 yes, -1 no, 0 not known yet
	stampText     int8          // how the text's lines open (see entryKind); 0: not known yet
	stampDayV     timeline.Date // the day of the log's or the diary's entry being read (see noteStamp)
	stampOrder    int8          // its lines' times run newest first: -1; oldest first: 1; 0 not known yet
	bracketClock  int8          // its "[05:42]" line stamps are times of day (1), places in a recording (-1), not known yet (0)
	games         gameScan      // matchReport's scans
	labClock      int           // the time of a log's last line, in minutes (-1: none yet)
	labDay        timeline.Date // ... its day
	labEnd        int           // ... and the token after its label
	dottedDays    bool          // a day was written d.m.yy with a two-digit day or month ("28.6.16"): "2.7.16" is one too
	at            int           // the token an expression is being matched at
	sinceEnd      int           // token index just after the last day written
	sinceDay      timeline.Date // ... that day, for a time written right after it ("since yesterday noon")
	sinceSpanEnd  int           // token index just after a day a span runs since ("since yesterday noon")
	lookBack      timeline.Date // the last year a story by days looked back to (see lookingBack)
	lookBackEnd   int
	fieldEnd      int  // token after the last date that was a record's field ("Admitted: 4 March 2024")
	boundEnd      int  // token after the last day told as a bound ("until 06:00 GMT Sunday")
	fieldLine     int  // ... and the byte where its line starts
	lastBound     bool // last is a year told as a bound ("until 2019")
	lastOpen      bool // last is a year told as one end of an open span ("before 1752")
	// namedWeek is the last week named by a day of it ("the week of 17
	// March"), whose weekdays the next sentences name; namedWeekEnd is
	// where it was written.
	namedWeek    timeline.Date
	namedWeekEnd int
	// weekLabelEnd is where the last week named by its number in a count
	// the text does not date ("Seminars resume in Week 7") was written:
	// "that week" after it is that week, unknown.
	weekLabelEnd int
	lastAttr     bool // last is a year that names a thing ("the 2014 World Cup")
	// namedYear is the last year that named a thing and left the story's
	// day where it was ("Turnout in the 2019 presidential election"),
	// written at namedYearEnd: "that year" after it in its sentence is it.
	namedYear    timeline.Date
	namedYearEnd int
	// spanFrom and spanTo are the ends of the last range read ("(12
	// February 1819 – 3 November 1888)"): a year between them is no look
	// back from its end (see lookingBack)
	spanFrom, spanTo timeline.Date
	spanEnd          int // the token after the last range read
	// attrDay is the day a report was made on, written in full, that the
	// sentence ending past attrEnd quotes ("According to Reuters on 4
	// March 2021, ... on Tuesday"): see attributionDate
	attrDay timeline.Date
	attrEnd int
	// movedIdx is the expression (in dst) of a month or day without its
	// year that a thing was moved from ("postponed from March"), which
	// ends at movedEnd: the date it was moved to gives its year
	movedIdx, movedEnd int
	movedDir           int           // -1 put off (the old date before the new), +1 brought forward, 0 either
	lastAside          bool          // last was told in an aside set off by commas ("The plant, closed since 2010, will ...")
	lastRate           bool          // the expression that ends at lastEnd is a set or a duration ("90 barrels a day"), not last
	lastBoundMod       bool          // last is a bound, not a time something happened ("arrived before Dec. 31, 2011")
	lastPoss           bool          // last is a weekday that names an event ("Monday's election"), no day the story is on
	periodEnd          timeline.Date // the last month of the period numberedPeriod just read, when it is months
	cueFor             int           // the token tense is asked about, for the cues that depend on its preposition
	dirVal             int           // ... and that direction: -1 past, 1 future
	// coarseSide is set on the taggers that read a text against the first
	// or the last day of a coarse reference (see coarseAppend): their day
	// is none the writer wrote on, so tense is not weighed against it
	// where it alone would move a date a year
	coarseSide bool
	// rangeFromUnknown is set while the end of a range whose start has
	// no year known is read ("from Easter to September" in a habit)
	rangeFromUnknown bool
	// askDay is set while monthYearFor picks the year of a day ("May
	// 10"), not of a month alone
	askDay bool
	// dateCur is where nextDate reads lx.dates
	dateCur int
	// parsedValue is the last value timex read back with ParseDate
	// without error (see validValue)
	parsedValue string
	// values holds the values timex wrote for dates, and what ParseDate
	// read back from them (see dateValue)
	values map[[2]uint64]dateValue
	// dDay is the day the text says D-Day was ("D-Day was 6 June 1944"),
	// from which "D+1" and "D-2" count; zero when it says none
	dDay timeline.Date
	// slotDay is the last day told outside the text of a programme's slot
	// (see inSlotText), slotDayLater that a day told in a slot's text
	// came after it: the day a slot opening the next line is on
	slotDay      timeline.Date
	slotDayLater bool
	// nearLo and nearHi are the days a fortnight before and after nearRef,
	// the reference day they were last counted from (see nearBounds)
	nearRef, nearLo, nearHi time.Time
	nearSet                 bool
	// cueMemo holds the last answers of cue's rules (see cue)
	cueMemo [64]cueMemo
}

// nearBounds returns the days 15 days before and after the reference day,
// between which a day told is near it (see nearDayEnd). timex asks at
// every day it reads, and the reference day seldom changes: the two sums
// of dates, each of which reads the calendar anew, are kept for it.
func (t *Tagger) nearBounds() (lo, hi time.Time) {
	if !t.nearSet || t.nearRef != t.ref {
		t.nearRef, t.nearSet = t.ref, true
		t.nearLo, t.nearHi = t.ref.AddDate(0, 0, -15), t.ref.AddDate(0, 0, 15)
	}
	return t.nearLo, t.nearHi
}

// dateValue is the value of a date (Date.String) and the date ParseDate
// reads from it.
type dateValue struct {
	val string
	d   timeline.Date
	err error
}

// maxValues bounds the cache of values (see dateValue).
const maxValues = 4096

// dateValue returns the value of d and the date ParseDate reads from it,
// which timex would otherwise write anew and parse back, a string
// allocated for each, for every expression it makes: a text names the
// same few hundred dates again and again (the reference day, the days and
// months around it), and they come from a cache.
//
// The cache is keyed by the fields of d packed in two words, a byte for
// each but the year; a date with a field that does not fit (a zone, a
// year beyond 32 bits) is not cached. Its Mod is no part of the key: it is
// no part of the value either.
func (t *Tagger) dateValue(d timeline.Date) (val string, back timeline.Date, err error) {
	small := uint(d.Month|d.Day|d.Week|d.Quarter|d.Half|d.Hour|d.Minute|d.Second) < 256 // (none negative: their bits or'ed)
	if !small || d.Year != int(int32(d.Year)) || d.HasZone || d.Zone != 0 || d.Ref >= 128 {
		val = d.String()
		back, err = timeline.ParseDate(val)
		return val, back, err
	}
	key := [2]uint64{
		uint64(uint32(d.Year)) | uint64(d.Prec)<<32 | uint64(d.Month)<<40 | uint64(d.Day)<<48 | uint64(d.Week)<<56,
		uint64(d.Quarter) | uint64(d.Half)<<8 | uint64(d.Season)<<16 | uint64(d.Part)<<24 | uint64(d.Hour)<<32 |
			uint64(d.Minute)<<40 | uint64(d.Second)<<48 | uint64(d.Ref)<<56 | uint64(b2i(d.Weekend))<<63,
	}
	if v, ok := t.values[key]; ok {
		return v.val, v.d, v.err
	}
	if t.values == nil || len(t.values) >= maxValues {
		t.values = make(map[[2]uint64]dateValue)
	}
	v := dateValue{val: d.String()}
	v.d, v.err = timeline.ParseDate(v.val)
	t.values[key] = v
	return v.val, v.d, v.err
}

// New returns a Tagger with the given options.
func New(opt Options) *Tagger {
	t := &Tagger{opt: opt}
	if r, ok := dayTime(opt.Ref); ok {
		t.ref, t.hasRef = r, true
	} else if opt.Ref.Prec >= timeline.Year {
		// A coarse reference (a month, a year): see coarseAppend.
		s, e := opt.Ref.Bounds()
		if !s.IsZero() && !e.IsZero() {
			t.coarse = &coarseRef{first: s, last: e.AddDate(0, 0, -1)}
		}
	}
	return t
}

// coarseRef holds the taggers that read a text against a reference coarser
// than a day: one anchored to its first day, one to its last, and one with
// no reference at all.
type coarseRef struct {
	first, last  time.Time
	lo, hi, none *Tagger
	// story reads the text as a history at the reference's period, for a
	// reference the text covers (Options.Covers): see coarseAppend.
	story *Tagger
}

// coarseAppend tags text against a reference known only to the month or
// the year ("March 2024"). An expression resolved the same from the first
// and the last day of that period keeps its value ("last year", "in June"
// told in the past against a month); one that depends on the day
// ("yesterday", "on Tuesday", "this week") is left with its unknown parts,
// as with no reference, rather than given a day the text never implied.
func (t *Tagger) coarseAppend(dst []Timex, text string) []Timex {
	c := t.coarse
	if c.lo == nil {
		at := func(day time.Time) Options {
			o := t.opt
			o.Ref = timeline.FromTime(day, timeline.Day)
			return o
		}
		c.lo, c.hi = New(at(c.first)), New(at(c.last))
		c.lo.coarseSide, c.hi.coarseSide = true, true
		o := t.opt
		o.Ref = timeline.Date{}
		c.none = New(o)
		if t.opt.Covers && (t.opt.Ref.Prec == timeline.Year || t.opt.Ref.Prec == timeline.Month) {
			o.Mode, o.Story = Narrative, t.opt.Ref
			c.story = New(o)
		}
	}
	mode := c.lo.opt.Mode
	if mode == Auto {
		mode = GuessMode(text, c.lo.opt)
	}
	c.hi.opt.Mode, c.none.opt.Mode = mode, mode
	lo := c.lo.Append(nil, text)
	hi := c.hi.Append(nil, text)
	none := c.none.Append(nil, text)
	var story []Timex
	if c.story != nil {
		story = c.story.Append(nil, text)
	}
	find := func(xs []Timex, x Timex) (Timex, bool) {
		k := sort.Search(len(xs), func(k int) bool { return xs[k].Start >= x.Start })
		if k < len(xs) && xs[k].Start == x.Start && xs[k].End == x.End {
			return xs[k], true
		}
		return Timex{}, false
	}
	base := len(dst)
	for _, x := range lo {
		if _, ok := find(hi, x); !ok && x.Type == Duration {
			// "Two weeks later" after "12 February 2024", in a text of
			// 2024: from its first day a duration (the day would come
			// after it), from its last a day of it; the day
			k := sort.Search(len(hi), func(k int) bool { return hi[k].Start >= x.Start })
			if k < len(hi) && hi[k].Start == x.Start && hi[k].End > x.End && hi[k].Type == Date && !hi[k].Date.IsZero() && t.opt.Ref.Contains(hi[k].Date) &&
				hi[k].RangeEnd < 0 {
				x = hi[k]
				x.RangeEnd = -1
			}
		}
		if y, ok := find(hi, x); !ok || y.Value != x.Value || y.Mod != x.Mod {
			if ok && x.Type == Date && y.Type == Date && x.Mod == y.Mod && !x.Date.IsZero() && !y.Date.IsZero() &&
				t.opt.Ref.Contains(x.Date) && t.opt.Ref.Contains(y.Date) {
				// "today" in a text of March 2024: some day of it
				x.Date, x.PeriodEnd = t.opt.Ref, timeline.Date{}
				x.Value = x.Date.String()
			} else if ok && (t.opt.Ref.Prec == timeline.Season || t.opt.Ref.Prec == timeline.Month) && x.Type == Date && y.Type == Date && !x.Date.IsZero() && !y.Date.IsZero() &&
				(strings.ContainsAny(x.Text, "0123456789") && x.Date.Prec >= timeline.Day && y.Date.Prec >= timeline.Day || x.Date.Prec == timeline.Month && y.Date.Prec == timeline.Month && x.Mod == y.Mod) &&
				t.opt.Ref.Contains(x.Date) != t.opt.Ref.Contains(y.Date) && !deictic(x.Text) {
				// "Your new rent will apply from 6 April" in an issue of
				// spring 2025, "Our October meeting drew 64 members" in one
				// of autumn 2025: the one of the two readings inside it
				if t.opt.Ref.Contains(y.Date) {
					x = y
				}
			} else if z, ok := find(story, x); ok && z.Type == x.Type && z.Date.Prec > timeline.PrecisionNone && t.opt.Ref.Contains(z.Date) && !deictic(x.Text) {
				// "opened on 7 March", "ran from 12 to 28 January" in
				// "Annual Report 2024": a day of no year written, in a
				// text of a year, is of that year, as a history of it
				// reads it
				x.Value, x.Mod, x.Date, x.PeriodEnd, x.Zone = z.Value, z.Mod, z.Date, z.PeriodEnd, z.Zone
			} else if z, ok := find(none, x); ok && z.Type == x.Type {
				// (a fiscal period's last month goes with its first: "H2"
				// of no year read is no October to March 2022)
				x.Value, x.Mod, x.Date, x.PeriodEnd, x.Zone = z.Value, z.Mod, z.Date, z.PeriodEnd, z.Zone
			} else {
				x.Value, x.Date, x.PeriodEnd = unknownParts(x.Value), timeline.Date{}, timeline.Date{}
			}
		}
		if x.RangeEnd >= 0 {
			x.RangeEnd += base
		}
		dst = append(dst, x)
	}
	for k := base; k < len(dst); k++ {
		r := dst[k].RangeEnd
		if r <= k || r >= len(dst) || dst[k].Date.IsZero() || !dst[r].Date.IsZero() {
			continue
		}
		// "opened on 29 November and ran until 22 December" in a text
		// of November 2024: the end of the reading the start was taken
		// from, not left unknown when the readings differ on it
		for _, xs := range [][]Timex{lo, hi, story} {
			if a, ok := find(xs, dst[k]); ok && a.Value == dst[k].Value && a.RangeEnd > 0 && a.RangeEnd < len(xs) {
				if e := xs[a.RangeEnd]; e.Start == dst[r].Start && e.End == dst[r].End && e.Type == dst[r].Type {
					dst[r].Value, dst[r].Mod, dst[r].Date, dst[r].Zone = e.Value, e.Mod, e.Date, e.Zone
					break
				}
			}
		}
	}
	return dst
}

// deictic reports whether an expression speaks from the writer's own day
// ("yesterday", "last week", "this month", "two days ago"), which a text
// dated to a year does not give.
func deictic(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"today", "yesterday", "tomorrow", "tonight", "ago", "last ", "this ", "next ", "coming", "past ", "recent", "now", "current"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// unknownParts writes the digits of a value's date as X, keeping its form
// and its clock time: 2024-02-27T15:00 becomes XXXX-XX-XXT15:00.
func unknownParts(v string) string {
	b := []byte(v)
	for i, c := range b {
		if c == 'T' {
			break
		}
		if c >= '0' && c <= '9' {
			b[i] = 'X'
		}
	}
	return string(b)
}

// Tag returns the expressions found in text, in a slice the caller owns.
func (t *Tagger) Tag(text string) []Timex { return t.Append(nil, text) }

// GuessMode returns the anchoring mode that a Tagger in Auto mode would
// choose for text: Narrative for a history (mostly old years, hardly a
// word that speaks from the reference date), News otherwise. With Mode set
// in opt, it returns that mode. A caller that tags a document section by
// section can guess once on the whole (or its beginning) and pass the
// result to every section, so that the sections agree.
func GuessMode(text string, opt Options) Mode {
	t := New(opt)
	if t.coarse != nil {
		// a month or a year: read as the first day of it
		opt.Ref = timeline.FromTime(t.coarse.first, timeline.Day)
		t = New(opt)
	}
	t.text = text
	t.toks = t.lx.run(text)
	if t.decideMode() {
		return Narrative
	}
	return News
}

// Append appends the expressions found in text to dst and returns it. The
// RangeEnd indexes count from the start of dst.
func (t *Tagger) Append(dst []Timex, text string) []Timex {
	if t.coarse != nil {
		return t.coarseAppend(dst, text)
	}
	base := len(dst)
	t.text = text
	t.toks = t.lx.run(text)
	t.last, t.lastQ, t.lastDay, t.lastEnd, t.lastDayEnd, t.lastSetEnd = timeline.Date{}, timeline.Date{}, timeline.Date{}, -10, -1000, -1
	t.lastFiscal, t.lastFiscalCal, t.fyAhead = timeline.Date{}, timeline.Date{}, 0
	t.lastSetStart, t.lastDayStart, t.nearDayEnd = -1, -1, -1
	t.slotDay, t.slotDayLater = timeline.Date{}, false
	t.lastBound, t.lastAttr, t.lastAside, t.lastOpen, t.lastRate = false, false, false, false, false
	t.lastClock, t.lastClockFour, t.clockCoarseAt = timeline.Date{}, false, -1
	t.textZone, t.hasTextZone, t.textZoneFour = 0, false, false
	t.namedWeek, t.namedWeekEnd = timeline.Date{}, -1
	t.sameDay, t.sameDayAt, t.sameDayEnd = timeline.Date{}, -1, -1
	t.weekLabelEnd = -1
	t.spanFrom, t.spanTo, t.spanEnd = timeline.Date{}, timeline.Date{}, -1
	t.attrDay, t.attrEnd = timeline.Date{}, -1
	t.movedIdx, t.movedEnd = -1, -1
	t.namedYear, t.namedYearEnd = timeline.Date{}, -1
	t.pastDay, t.pastDayEnd = timeline.Date{}, -1000
	t.storyDay, t.storyDayEnd, t.lastAsideKind = timeline.Date{}, -1, 0
	t.dDay = timeline.Date{}
	t.lineCur = 0
	t.labelDay, t.labelDayEnd = timeline.Date{}, -1000
	t.lastUnknown, t.unknownEnd, t.unknownStart = false, -100, -1
	t.dirAt, t.setEnd = -1, -1000
	t.prevDay, t.prevDayEnd, t.logText, t.labClock, t.labDay, t.labEnd = timeline.Date{}, -1, 0, -1, timeline.Date{}, -1
	t.stampOrder, t.stampText, t.stampDayV = 0, 0, timeline.Date{}
	t.bracketClock = 0
	t.games.lo, t.games.hi, t.games.marks = 0, 0, t.games.marks[:0]
	t.dottedDays = false
	t.lookBack, t.lookBackEnd, t.fieldEnd, t.fieldLine, t.boundEnd, t.sinceEnd, t.sinceSpanEnd = timeline.Date{}, -1, -1, -1, -1000, -1, -1
	t.fyDone = false
	t.dateCur = 0
	t.narrative = t.decideMode()
	t.toldNow, t.quoteClose = false, -1
	if t.narrative && t.opt.Story.Prec >= timeline.Year && !t.opt.Story.IsVague() {
		t.last = t.opt.Story // a history goes on from its section before
		if t.opt.Story.Prec >= timeline.Day {
			t.storyDay, t.storyDayEnd = t.opt.Story, 0
		}
	}
	if !t.narrative && t.opt.Day.Prec >= timeline.Day && !t.opt.Day.IsVague() {
		// news goes on from the day its text before told of
		t.last, t.lastEnd, t.lastDay, t.lastDayEnd = t.opt.Day, 0, t.opt.Day, 0
		t.storyDay, t.storyDayEnd = t.opt.Day, 0
	}
	if !t.narrative && t.hasRef && t.storyDay.IsZero() {
		t.storyDay = dayDate(t.ref) // (news is on the writer's day until it tells another)
	}
	t.dayFirst = t.opt.DayFirst || !t.opt.MonthFirst && t.guessDayFirst()
	// Only the tokens the scanner marked as possible starts are tried, in
	// order; i is the first token not yet inside an expression.
	i := 0
	var r res // the expression read at c (declared once: see matchTo)
	for _, c := range t.lx.cands {
		if int(c) < i || !t.canStart(int(c)) {
			continue
		}
		if t.quoteClose >= 0 && int(t.toks[c].start) > t.quoteClose {
			// "'This was the day I dreamed of since 2020,' he said.¶
			// Stage 21, Sunday 8 September": the year a speaker told is
			// the speaker's; after the quotation the story is where it was
			if t.lastSetEnd > 0 && t.lastSetEnd <= len(t.toks) && int(t.toks[t.lastSetEnd-1].end) <= t.quoteClose {
				t.last = t.quoteStory // (the quotation's last date too: "in 2019, and on 3 May we signed")
			}
			t.quoteClose = -1
		}
		story := t.last
		if t.narrative && t.hasRef && (t.opt.Mode == Auto || t.opt.Guessed) && t.writersDay(int(c)) {
			// "He retired in June 2001. Last year he was made a Freeman
			// ... His funeral on August 1st ...", in an obituary dated
			// 17 August 2024: the story has come to the writer's day, and
			// what it tells from there counts from it (2023, 2024-08-01)
			t.narrative, t.toldNow = false, true
		}
		var matched bool
		if t.stampText == 1 && !t.narrative && t.stampDayV.Prec >= timeline.Day {
			// an entry of a log, in news, is told on its stamp's day:
			// "15/01/2025 10:30 - Ward round ... discharge planned for
			// Friday" is that week's Friday (a diary's entries tell a
			// story: see dayWord)
			ref, hasRef := t.ref, t.hasRef
			if tt, ok := dayTime(t.stampDayV); ok {
				t.ref, t.hasRef = tt, true
			}
			matched = t.matchTo(&r, int(c))
			t.ref, t.hasRef = ref, hasRef
		} else {
			matched = t.matchTo(&r, int(c))
		}
		if !matched {
			continue
		}
		if t.narrative && t.hasRef && (t.opt.Mode == Auto || t.opt.Guessed) && r.noYear && r.typ == Date && r.d.Prec == timeline.Day {
			if lo, hi, ok := t.deathYears(r); ok {
				// "Margaret Ellis was born in 1931 ... retired in 1985.
				// She died on November 30 ..., aged 91", in an obituary
				// dated 5 December 2022: the age tells the death is the
				// writer's news, not a day of the story's last year
				t.narrative = false
				if r2, ok2 := t.match(int(c)); ok2 && r2.end == r.end && r2.d.Prec == timeline.Day && r2.d.Year >= lo && r2.d.Year <= hi {
					r, t.toldNow = r2, true
				} else {
					t.narrative = true
				}
			}
		}
		if t.toldNow && !r.noYear && r.typ == Date && r.d.Prec >= timeline.Year && t.yearWrittenIn(r.start, r.end) {
			// "... In 1953 he ...": the story again, told by its years
			t.narrative, t.toldNow = true, false
		}
		if t.inQuotedTitle(r.start, r.end) {
			i = r.end
			continue // "starred in "The Day After Tomorrow"": a film's name
		}
		if r.typ == Date && r.d.Prec == timeline.Season && t.workNamed(r) {
			i = r.end
			continue // "the sci-fi film Summer of 2049": the film's name
		}
		if r.typ == Date && r.d.Prec == timeline.Quarter && t.moonPhase(r) {
			i = r.end
			continue // "First quarter falls on 12 August": the Moon's phase
		}
		t.periodOfYear(&r)
		if r.noYear && r.typ == Date && t.isAny(r.end, "last", "next") {
			t.monthLastNext(&r, story)
		}
		if r.typ == Date && r.d.Prec == timeline.Day && r.val == "" && (r.end == r.start+1 && t.is(r.start, "today") || r.end == r.start+2 && t.is(r.start, "this") && t.is(r.start+1, "day")) {
			if n, e := t.weeksOn(r.end); n > 0 {
				// "till this day se'nnight", "today fortnight": a week
				// (two) from the day
				if tt, ok := dayTime(r.d); ok {
					r.d, r.end = dayDate(tt.AddDate(0, 0, 7*n)), e
				}
			}
		}
		if t.opt.LabelMonth > 0 && r.typ == Date && r.d.Prec == timeline.Year && r.val == "" && r.mod == timeline.ModNone && r.d.Year > 0 &&
			validDay(r.d.Year, t.opt.LabelMonth, t.opt.LabelDay) && t.yearLabel(r) {
			// "## 15 February" over "- 1564 — Galileo is born": that day of 1564
			r.d = dayValue(r.d.Year, t.opt.LabelMonth, t.opt.LabelDay)
		}
		if r.typ == Date && r.d.Prec == timeline.Year && r.mod == timeline.ModNone && t.punct(r.end, ',') && !t.yearWrittenIn(r.start, r.end) {
			if y, ok := t.appositiveYear(r.end + 1); ok {
				// "another mission the following year, in 2028": the
				// year written after the comma is the one meant
				r.d, r.val, r.noYear = timeline.Date{Prec: timeline.Year, Year: y}, "", false
			}
		}
		t.appositeDay(&r)
		k := len(dst)
		x := t.timex(r)
		if !t.validValue(x.Value) {
			// a value we could not form (a bug): better no expression than a wrong one
			i = r.end
			continue
		}
		// "in June and July 2018", "late February and early March
		// 2022", "deployed on 4 June and recovered on 15 June 2021": the
		// first date takes the year written on the second
		if r.noYear && r.typ == Date && t.isAny(r.end, "and", "or") {
			if d, ok := t.coordYear(r); ok {
				r.d, r.val = d, ""
				x = t.timex(r)
			}
		}
		if mi := t.movedIdx; mi >= 0 && mi == k-1 && r.typ == Date && t.isAny(r.start-1, "to", "until", "till", "into") && t.movedEnd >= r.start-2 {
			// "The race was postponed from March to October", told in
			// November: March is the one nearest the October it was
			// moved to
			if t.movedDir < 0 && !t.narrative && t.hasRef && r.val == "" && !t.yearToldIn(r.start, r.end) && (r.d.Prec == timeline.Month || r.d.Prec == timeline.Day) && x.Date.Year != 0 {
				// "The delivery slipped from August to October", told in
				// May: a date put off to is the one nearest the telling,
				// this October (the past tense of the slip leant it to
				// the last one)
				if d, ok := nearestYearTo(x.Date, dayDate(t.ref), 0); ok && d.Year != x.Date.Year {
					x.Date, x.Value, r.d = d, d.String(), d
				}
			}
			if d, ok := nearestYearTo(dst[mi].Date, r.d, t.movedDir); ok {
				dst[mi].Date, dst[mi].Value = d, d.String()
			}
		}
		if r.typ == Date && t.is(r.start-1, "to") && !(t.movedIdx >= 0 && t.movedIdx == k-1) && !t.narrative && t.hasRef && r.val == "" &&
			(r.d.Prec == timeline.Month || r.d.Prec == timeline.Day) && x.Date.Year != 0 && t.putOffTo(r.start-2) && !t.yearToldIn(r.start, r.end) {
			// "The launch slipped to October", told in May: as after
			// "from" (above), the one nearest the telling ("delayed until
			// July" is the next July: see tense)
			if d, ok := nearestYearTo(x.Date, dayDate(t.ref), 0); ok && d.Year != x.Date.Year {
				x.Date, x.Value = d, d.String()
			}
		}
		t.movedIdx = -1
		if r.typ == Date && !t.yearToldIn(r.start, r.end) && r.val == "" && (r.d.Prec == timeline.Month || r.d.Prec == timeline.Day) && t.movedFrom(r.start) {
			t.movedIdx, t.movedEnd, t.movedDir = k, r.end, t.moveDir(r.start)
		}
		dst = append(dst, x)
		i = r.end
		if k > 0 && r.typ == Date && r.val == "" && r.d.Prec == timeline.Day && r.d.Year != 0 && strings.HasPrefix(dst[k-1].Value, "XXXX-") {
			// "on the nights of 8 and 15 January", its month's day placed
			// in a year: the days listed before it, read before the year
			// was known, are of that year too
			t.fillListHeads(dst, k, r.d)
		}
		if x.Type == Set {
			t.setEnd = r.end
		}
		if x.Type == Date && t.last != story && t.lastSetEnd == r.end && t.last.Prec <= timeline.Year && t.last.Prec > timeline.PrecisionNone {
			if q := t.quoteCloseAfter(r.end - 1); q >= 0 && t.inQuotation(r.start) && !t.quotedAlone(r.start, r.end-1, q) {
				t.quoteClose, t.quoteStory = q, story
			}
		}
		if !(x.Type == Date && strings.HasPrefix(x.Value, "XXXX-WXX")) {
			// (but "on a Saturday", no day known, leaves the last date
			// where it was: "in 1965, ..., on a Saturday in May")
			t.lastStart, t.lastEnd = r.start, r.end
			t.lastRate = x.Type == Set || x.Type == Duration
		}
		if d := t.wordDir(&r); d != 0 {
			t.dirAt, t.dirVal = r.start, d
		}
		// Ranges: "1558-1603", "from July to December 2017", "between June and August".
		if m, d := unknownMonth(r); m > 0 {
			// "Oct–Dec 2020", "28 June - 3 July 2025" with nothing to
			// give the start a year but the end's: read the range with a
			// placeholder year
			prec := timeline.Month
			if d > 0 {
				prec = timeline.Day
			}
			rr := r
			rr.d, rr.val = timeline.Date{Prec: prec, Year: 2000, Month: m, Day: d}, ""
			if r2, ok := t.rangeEnd(rr); ok && !r2.noYear && r2.d.Prec >= timeline.Month && r2.d.Year != 0 {
				y := r2.d.Year
				if r2.d.Month < m || r2.d.Month == m && d > 0 && r2.d.Prec >= timeline.Day && r2.d.Day < d {
					y--
				}
				if validDay(y, m, max(d, 1)) {
					r.d, r.val = timeline.Date{Prec: prec, Year: y, Month: m, Day: d}, ""
					dst[k] = t.timex(r)
				}
			} else if ok && r2.noYear {
				// "June 19-20", "4-5 June", "from May to July" with no
				// year to be had: both ends keep theirs unknown (never
				// the placeholder's)
				m2, d2 := unknownMonth(r2)
				if r2.val == "" && r2.d.Year == rr.d.Year && r2.d.Prec == timeline.Day {
					m2, d2 = r2.d.Month, r2.d.Day
				}
				r2.d, r2.val = timeline.Date{}, "XXXX-"+two(m2)
				if d2 > 0 {
					r2.val += "-" + two(d2)
				}
				if x2 := t.timex(r2); m2 > 0 && (d > 0) == (d2 > 0) && t.validValue(x2.Value) {
					dst[k].RangeEnd = len(dst)
					dst = append(dst, x2)
					i = r2.end
					r = r2
				}
			}
		}
		if r2, ok := t.rangeEnd(r); ok && t.movedFrom(r.start) {
			// "Drilling slipped from March to May": the date it was
			// set for and the one it is now, no span from one to the
			// other; each is read on its own
		} else if ok && t.movedBack(r, r2) {
			// "moved the meeting from 31 March to Monday 24 March": a
			// day put earlier, no range through the year; both the same
			// year, the one the later-written day gives
			if r.d.Year != r2.d.Year {
				if d := r.d; validDay(r2.d.Year, d.Month, max(d.Day, 1)) {
					d.Year = r2.d.Year
					r.d = d
					dst[k] = t.timex(r)
				}
			}
		} else if ok {
			if (!t.narrative || story.Prec == timeline.Year) && r.noYear && r2.noYear && r.val == "" && r2.val == "" && r.d.Prec >= timeline.Month && r2.d.Prec >= timeline.Month && r.d.Prec <= timeline.Day && r2.d.Prec <= timeline.Day {
				// "15 November – 4 January", neither with its year: the
				// end is the first such day after the start (in a history
				// at a year, the start is in it: "In 1942 ... between
				// November and January"; at a month, the end is near it)
				d := r2.d
				d.Year = r.d.Year
				if ds, _ := r.d.Bounds(); !ds.IsZero() {
					if es, _ := d.Bounds(); es.Before(ds) {
						d.Year++
					}
				}
				if d.Prec < timeline.Day || validDay(d.Year, d.Month, d.Day) {
					r2.d = d
				}
				if !t.narrative && t.hasRef && !t.coarseSide && t.willBetween(r.end, r2.start) && r2.d.Prec == timeline.Day && validDay(r2.d.Year+1, r2.d.Month, r2.d.Day) {
					// "closed on 3 March and will remain closed until 30
					// April", said in October: next year's April
					if _, be := r2.d.Bounds(); !be.IsZero() && !be.After(t.ref) {
						r2.d.Year++
					}
				}
				if !t.narrative && t.hasRef && !t.coarseSide && t.pastBetween(r.end, r2.start) && r.d.Year == t.ref.Year() && r2.d.Year <= t.ref.Year()+1 {
					// "opened on 14 June and ran until 2 November", said
					// in June: a span over before the time of writing
					if _, be := r2.d.Bounds(); !be.IsZero() && be.After(t.ref) {
						a, b := r.d, r2.d
						a.Year--
						b.Year--
						if (a.Prec < timeline.Day || validDay(a.Year, a.Month, a.Day)) && (b.Prec < timeline.Day || validDay(b.Year, b.Month, b.Day)) {
							r.d, r2.d = a, b
							dst[k] = t.timex(r)
						}
					}
				}
				if !t.narrative && t.hasRef {
					// "| September 1 – December 31 | January 15, 2026 |":
					// a span with no year, then a day written with its
					// year on the same line (the date it is due by): the
					// span is the one nearest that day
					if y, ok := t.spanYearBeside(r, r2); ok && y != r.d.Year {
						a, b := r.d, r2.d
						a.Year, b.Year = y, b.Year+y-r.d.Year
						if (a.Prec < timeline.Day || validDay(a.Year, a.Month, a.Day)) && (b.Prec < timeline.Day || validDay(b.Year, b.Month, b.Day)) {
							r.d, r2.d = a, b
							dst[k] = t.timex(r)
						}
					}
				}
				if !t.narrative && t.hasRef && r.d.Year == t.ref.Year()+1 && !t.willBefore(r.start) {
					// "covers the three months from March 1 to May 31",
					// said on 21 May: the span running now, not next
					// year's, unless the future is said
					a, b := r.d, r2.d
					a.Year--
					b.Year--
					if as, _ := a.Bounds(); !as.IsZero() && !as.After(t.ref) {
						if _, be := b.Bounds(); !be.IsZero() && be.After(t.ref) && (a.Prec < timeline.Day || validDay(a.Year, a.Month, a.Day)) && (b.Prec < timeline.Day || validDay(b.Year, b.Month, b.Day)) {
							r.d, r2.d = a, b
							dst[k] = t.timex(r)
						}
					}
				}
			} else if r.typ == Time && r2.typ == Time && strings.HasPrefix(r.val, "XXXX-XX-XXT") && r2.d.Prec >= timeline.Hour && r2.d.Year > 0 {
				// "15:00 – 16:00 GMT (...) on 19 March 2025": the day the
				// end is on is the start's, the day before when it runs
				// overnight
				if hh, mm, ok := clockOf(r.val); ok {
					d := r2.d
					d.Hour, d.Minute, d.Second = hh, mm, 0
					d.Prec = timeline.Minute
					if hh*60+mm > r2.d.Hour*60+r2.d.Minute {
						if tt, ok := dayTime(r2.d.DayOf()); ok {
							p := tt.AddDate(0, 0, -1)
							d.Year, d.Month, d.Day = p.Year(), int(p.Month()), p.Day()
						}
					}
					r.d, r.val = d, ""
					dst[k] = t.timex(r)
				}
			} else if r.typ == Time && r2.typ == Time && r.d.Prec >= timeline.Hour && r2.d.Prec >= timeline.Hour && r.d.Year > 0 && r2.d.Year > 0 &&
				(r.d.DayOf() != r2.d.DayOf() || r.d.Hour*60+r.d.Minute > r2.d.Hour*60+r2.d.Minute) && !t.namesDay(r) {
				// "from 7 a.m. to 8 p.m. on Tuesday": the start is on the
				// end's day (or the day before, overnight); "from 8 p.m.
				// to 2 a.m." ends the next day
				overnight := r.d.Hour*60+r.d.Minute > r2.d.Hour*60+r2.d.Minute
				if r.d.DayOf() == r2.d.DayOf() && !t.namesDay(r2) && !t.dayAfter(r2.end) {
					if tt, ok := dayTime(r2.d.DayOf()); ok && overnight {
						n := tt.AddDate(0, 0, 1)
						r2.d.Year, r2.d.Month, r2.d.Day = n.Year(), int(n.Month()), n.Day()
					}
				} else {
					d := r.d
					d.Year, d.Month, d.Day = r2.d.Year, r2.d.Month, r2.d.Day
					if overnight {
						if tt, ok := dayTime(d.DayOf()); ok {
							p := tt.AddDate(0, 0, -1)
							d.Year, d.Month, d.Day = p.Year(), int(p.Month()), p.Day()
						}
					}
					r.d = d
					dst[k] = t.timex(r)
				}
			} else if r.noYear && r2.d.Prec >= timeline.Year && r.d.Prec > timeline.Year && r.val == "" {
				// "from July to December 2017", "between Q2 and Q4 2022",
				// "between spring and autumn 2020": the start takes the
				// year written at the end, or the one before when it would
				// come after the end
				d := r.d
				d.Year = r2.d.Year
				if ds, _ := d.Bounds(); !ds.IsZero() {
					if es, _ := r2.d.Bounds(); ds.After(es) {
						d.Year--
					}
				}
				r.d = d
				dst[k] = t.timex(r)
			}
			if m2, d2 := unknownMonth(r2); m2 > 0 && !r.noYear && r.d.Prec >= timeline.Month && r.d.Prec <= timeline.Day && r.d.Year > 0 {
				// "from May 3, 2019 to June 5": the end is in the start's
				// year, or the next when it would come before the start
				y := r.d.Year
				if m2 < r.d.Month || m2 == r.d.Month && d2 > 0 && d2 < r.d.Day {
					y++
				}
				if validDay(y, m2, max(d2, 1)) {
					prec := timeline.Month
					if d2 > 0 {
						prec = timeline.Day
					}
					r2.d, r2.val, r2.noYear = timeline.Date{Prec: prec, Year: y, Month: m2, Day: d2}, "", false
				}
			}
			if r.val == "" && r2.val == "" && r.d.Prec >= timeline.Day && r2.d.Prec >= timeline.Day && r.d.Year > 0 && r2.d.Year > 0 {
				if d, ok := t.weekdayStartBefore(r, r2.d); ok {
					// "has extended the warning from 10 AM Saturday
					// through 8 PM Monday": a start written as a weekday
					// alone is the last such day before the end, not one
					// a week or more earlier that a verb's past put it on
					r.d = d
					dst[k] = t.timex(r)
				}
			}
			if r.typ == Time && r2.typ == Time && r2.d.HasZone && (!r.d.HasZone || r.zoneAssumed && !r2.zoneAssumed) && r.d.Prec >= timeline.Hour {
				// "between 21:00 and 23:30 UTC": the zone written at
				// the end is the start's too
				r.d.HasZone, r.d.Zone = true, r2.d.Zone
				dst[k] = t.timex(r)
			}
			if r.noYear && r.val == "" && r2.val == "" && r.d.Prec == timeline.Day && r2.d.Prec == timeline.Day {
				// "from June 10 to 14 next year": the year said after
				// the range is both its ends'
				if y, k2, ok := t.relYear(r2.end); ok {
					y2 := y
					if r2.d.Month < r.d.Month {
						y2++
					}
					if validDay(y, r.d.Month, r.d.Day) && validDay(y2, r2.d.Month, r2.d.Day) {
						r.d.Year, r2.d.Year, r2.end = y, y2, k2
						dst[k] = t.timex(r)
					}
				}
			}
			if r.noYear && r.d.Prec == timeline.Month && r2.d.Prec == timeline.Month && r.val == "" &&
				t.isAny(r2.end, "marketing", "crop", "fiscal", "financial", "school", "academic", "growing", "tax") && t.isAny(r2.end+1, "year", "season") {
				// "the July-June marketing year": the months that bound
				// every such year, no months of one
				dst = dst[:k]
				i = r2.end
				continue
			}
			if x2 := t.timex(r2); t.validValue(x2.Value) && !endsBefore(r.d, r2.d) {
				dst[k].RangeEnd = len(dst)
				dst = append(dst, x2)
				i = r2.end
				t.spanFrom, t.spanTo, t.spanEnd = r.d, x2.Date, r2.end
				if t.narrative && r.d.Prec == timeline.Year && t.inParens(r.start, r2.end) && t.last == x2.Date {
					// "Henry VIII (r. 1509–1547) came to the throne": a
					// life's or a reign's span told aside; the story is at
					// its start
					t.last = r.d
				}
				if r.d.Prec == timeline.Year && r2.d.Prec == timeline.Year && r2.d.Year == r.d.Year+1 && t.last == r2.d {
					// "the 2024-25 season", "Precept 2025/26": a season or
					// a fiscal year that begins in its first year, where
					// the story stays
					t.last = r.d
				}
				if y2, end, ok := t.splitYearsEnd(r, r2); ok {
					// "between 2010/11 and 2024/25": from the first
					// year of the one to the last of the other
					r2.d.Year, r2.start, r2.end = y2, end-1, end
					dst[len(dst)-1] = t.timex(r2)
					i = end
				}
				r = r2
			}
		}
		// Lists of days: "April 24 and 25", "May 3, 4 and 5, 2012".
		first := len(dst) - 1
		for {
			r2, ok := t.listDay(r)
			if !ok {
				break
			}
			x2 := t.timex(r2)
			if !t.validValue(x2.Value) {
				break
			}
			dst = append(dst, x2)
			i, r = r2.end, r2
			t.lastEnd = r2.end
			if r2.end > r2.start+1 {
				// the year written after the last day is the year of all
				for k := first; k < len(dst)-1; k++ {
					if dst[k].Date.Year != r2.d.Year && dst[k].Date.Prec == timeline.Day && dst[k].Date.Month == r2.d.Month {
						dd := dst[k].Date
						dd.Year = r2.d.Year
						dst[k].Date, dst[k].Value = dd, dd.String()
					}
				}
				break
			}
		}
		// "the summers of 1998 and 1999": the season of each year listed
		if r.typ == Date && r.d.Prec == timeline.Season && r.end-r.start >= 3 && t.is(r.end-2, "of") {
			if sw := t.w(r.end - 3); sw != nil && sw.plural && sw.season == r.d.Season {
				for t.isAny(i, "and", "or") || t.punct(i, ',') && !t.isAny(i+1, "and", "or") {
					y, k, ok := t.yearAt(i + 1)
					if !ok {
						break
					}
					r2 := res{start: i + 1, end: k, typ: Date, d: timeline.Date{Prec: timeline.Season, Year: y, Season: r.d.Season}}
					dst = append(dst, t.timex(r2))
					i, r = k, r2
					t.lastEnd = k
				}
			}
		}
	}
	if !t.hasRef && !t.narrative {
		bracketYears(dst[base:])
	}
	return dst
}

// bracketYears gives a month or a day written without its year, in a text
// read as news with no reference date, the year of the dates written
// nearest before and after it when both are of that one year and it falls
// between them: "sold until the end of May 2023. A parent reported the
// problem on 30 August. Our helpline is open until 31 October 2023." The
// text tells that year's story in order; a day outside the two, or between
// two years, stays unknown.
func bracketYears(xs []Timex) {
	prev, next := -1, -1
	for k := range xs {
		x := &xs[k]
		if x.Type != Date {
			continue
		}
		if yearKnown(x) {
			prev = k
			continue
		}
		if prev < 0 || x.Mod != timeline.ModNone && x.Mod != timeline.ModStart && x.Mod != timeline.ModMid && x.Mod != timeline.ModEnd ||
			len(x.Value) != 7 && len(x.Value) != 10 || !strings.HasPrefix(x.Value, "XXXX-") {
			continue
		}
		m, err := strconv.Atoi(x.Value[5:7])
		if err != nil || m < 1 || m > 12 {
			continue
		}
		d, prec := 0, timeline.Month
		if len(x.Value) == 10 {
			if x.Value[7] != '-' {
				continue
			}
			if d, err = strconv.Atoi(x.Value[8:]); err != nil {
				continue
			}
			prec = timeline.Day
		}
		if next <= k {
			// (found once for all the dates before it)
			next = -1
			for j := k + 1; j < len(xs); j++ {
				if xs[j].Type == Date && yearKnown(&xs[j]) {
					next = j
					break
				}
			}
			if next < 0 {
				return
			}
		}
		a, b := xs[prev].Date, xs[next].Date
		if a.Year != b.Year || !validDay(a.Year, m, max(d, 1)) ||
			m < a.Month || m == a.Month && a.Prec >= timeline.Day && d > 0 && d < a.Day ||
			m > b.Month || m == b.Month && b.Prec >= timeline.Day && (d == 0 || d > b.Day) {
			continue
		}
		x.Date = timeline.Date{Prec: prec, Year: a.Year, Month: m, Day: d}
		x.Value = x.Date.String()
	}
}

// yearKnown reports whether x is a date of a known year, told to the
// month, the day or the time of a day (bracketYears).
func yearKnown(x *Timex) bool {
	return !x.Date.IsZero() && !x.Date.IsVague() && x.Date.Year > 0 && (x.Date.Prec == timeline.Month || x.Date.Prec >= timeline.Day)
}

// validValue reports whether v, the value of a Timex timex made, is a
// valid TIMEX3 value (timeline.CheckValue). A value timex has just read
// back with ParseDate is one, unless it is a week's weekend, which
// CheckValue reads as its week: it is not parsed a second time.
func (t *Tagger) validValue(v string) bool {
	if v == t.parsedValue && v != "" && !strings.HasSuffix(v, "-WE") {
		return true
	}
	return timeline.CheckValue(v) == nil
}

// fillListHeads gives the year of d, the day at dst[k], to the days of
// its month listed right before it that dayListHead could not place
// ("XXXX-01-08" in "8 and 15 January").
func (t *Tagger) fillListHeads(dst []Timex, k int, d timeline.Date) {
	next := dst[k].Start
	for h := k - 1; h >= 0; h-- {
		p := &dst[h]
		if p.Type != Date || len(p.Value) != len("XXXX-01-08") || p.Value[:5] != "XXXX-" || p.Value[5:7] != two(d.Month) || p.End > next || !listGap(t.text[p.End:next]) {
			return
		}
		day, err := strconv.Atoi(p.Value[8:])
		if err != nil || day >= d.Day || !validDay(d.Year, d.Month, day) {
			return
		}
		p.Date = dayValue(d.Year, d.Month, day)
		p.Value = p.Date.String()
		next = p.Start
	}
}

// listGap reports whether s is what stands between two days of a list:
// a comma, "and", "or".
func listGap(s string) bool {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), ","))
	return s == "" || s == "and" || s == "or"
}

// listDay reads a bare day that follows the day r in a list: "25" in
// "April 24 and 25", "4" in "May 3, 4 and 5". The day must be later in
// the same month, and the word after it must close the list, so that
// "May 3, 12 people" or "April 24 and 25 percent" are not read as days.
func (t *Tagger) listDay(r res) (res, bool) {
	if r.typ != Date || r.d.Prec != timeline.Day || r.mod != timeline.ModNone || r.end <= r.start {
		return res{}, false
	}
	i := r.end
	if !t.punct(i, ',') && !t.isAny(i, "and", "or") {
		return res{}, false
	}
	n, nd, ok := t.num(i + 1)
	if !ok || nd > 2 || n <= r.d.Day || !validDay(r.d.Year, r.d.Month, n) {
		return res{}, false
	}
	if sfx := t.tok(i + 1).sfx; sfx != sfxNone && sfx != sfxOrd {
		return res{}, false
	}
	k := i + 2
	if t.badAfter(i+1) || t.isMonthAt(k) || t.isUnitAfter(k) || t.is(k, "of") && t.isMonthAt(k+1) {
		return res{}, false // "and 4th of May 2026" is read whole
	}
	switch tk := t.tok(k); {
	case tk == nil:
	case tk.kind == tPunct:
		if tk.r != '.' && tk.r != ',' && tk.r != ';' && tk.r != ')' && tk.r != '!' && tk.r != '?' {
			return res{}, false
		}
		// a comma continues the list only if another day or "and" follows,
		// or the year of all ("Dec. 3 or 4, 2012")
		if _, _, ok := t.yearAt(k + 1); ok && tk.r == ',' && r.noYear {
			break
		}
		if tk.r == ',' && !t.isAny(k+1, "and", "or") {
			if _, nd2, ok := t.num(k + 1); !ok || nd2 > 2 {
				if !t.listCloser(k + 1) {
					return res{}, false
				}
			}
		}
	case t.isAny(k, "and", "or"):
		if _, nd2, ok := t.num(k + 1); !ok || nd2 > 2 {
			return res{}, false
		}
	case !t.listCloser(k):
		return res{}, false
	}
	if t.punct(i, ',') && !t.isAny(k, "and", "or") && !t.punct(k, ',') {
		// "May 3, 4": a comma alone ends no list
		return res{}, false
	}
	r2 := t.closingDay(r, i, n)
	r2.noYear = r.noYear && r2.end == i+2
	return r2, true
}

// listCloser reports whether the word at k may follow the last day of a
// list of days: a preposition or conjunction that starts the rest of the
// sentence ("on April 24 and 25 in Geneva").
func (t *Tagger) listCloser(k int) bool {
	return t.isAny(k, "in", "at", "on", "the", "when", "while", "respectively", "to", "for", "with",
		"before", "after", "by", "as", "this", "next", "last", "of", "during", "from", "that", "but", "but")
}

// decideMode reports whether relative expressions anchor to the last date
// mentioned (narrative) rather than to the reference date.
func (t *Tagger) decideMode() bool {
	switch t.opt.Mode {
	case News:
		return false
	case Narrative:
		return true
	}
	far, near, n, deictic, today, farDated := 0, 0, 0, 0, 0, 0
	late := 0 // deictic words since the last year written that a story coming to the writer's day tells (writersDay: "Next Tuesday"), or a habit's days ("on Wednesdays")
	ry := t.ref.Year()
	oldDay := -1000                // the token after the last full date of long ago ("3 May 1858")
	storyDay := -1000              // a weekday with its day, in a text of a year with no reference date ("the 2024 Tour ... Saturday 17 August")
	for _, c := range t.lx.cands { // every number and every word counted below is a candidate start
		i := int(c)
		tk := &t.toks[i]
		if tk.kind == tWord && tk.w() != nil {
			// words that speak from the reference date, as news does
			switch w := tk.w(); {
			case w.wday > 0 && tk.cap && t.yearlessDayAfter(i):
				// "Friday 24 October, 12 noon", "Wed 29 Oct": a day of a
				// schedule, the writer's own year left unsaid (a history
				// that names a weekday gives the year with it, or has
				// given it before: "In 1962 ... On Monday, October 22")
				if n == 0 || t.hasRef {
					deictic++
				} else {
					storyDay = i
				}
			case w.wday > 0 && !w.abbr && tk.cap && !t.isAny(i-1, "first", "second", "third", "fourth", "last", "every", "each") && !t.is(i+1, "of") &&
				!(t.isAny(i-1, "the", "following", "previous", "preceding") && t.isAny(i+1, "before", "after")):
				// (not "by the Friday before", "the Monday after": told
				// from a day of the story, not the writer's)
				// (not "the second Tuesday of each month": every month's)
				// not "Sunday, 13 August 1961", a weekday of a full date,
				// nor "On Wednesday" soon after "Monday, 3 May 1858": the
				// story's week, not the writer's
				if !(t.punct(i+1, ',') && t.tok(i+2) != nil && (t.tok(i+2).kind == tNum || t.w(i+2) != nil && t.w(i+2).month > 0)) &&
					!(t.tok(i+1) != nil && (t.tok(i+1).kind == tNum || t.w(i+1) != nil && t.w(i+1).month > 0)) &&
					(i-oldDay > 40 || t.sameSentence(oldDay-1, i)) && !(i-storyDay <= 40 && t.punct(i+1, ':')) {
					// (nor "Stage 3, Monday:" soon after "Stage 1,
					// Saturday 17 August:" in a diary of "the 2024 Tour"
					// that gives no day of its own: an entry's label like
					// the days around it, the story's Monday)
					deictic++
					if t.hasRef && (w.plural || t.is(i-1, "next") && t.writersDay(i-1)) {
						late++ // (or a habit: "I go to the Legion on Wednesdays")
					}
				}
			case w.key == "today":
				deictic++
				today++
			case w.key == "yesterday" || w.key == "tomorrow" || w.key == "tonight":
				deictic++
			case (w.key == "last" || w.key == "this" || w.key == "next") &&
				t.isAny(i+1, "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "quarter") &&
				!t.isAny(i-1, "the", "his", "her", "their", "its", "my", "our", "your"):
				// ("the next spring" and "his last year" tell the story)
				deictic++
				if t.hasRef && t.writersDay(i) {
					late++
				}
			}
			continue
		}
		if tk.kind != tNum || tk.nd > 4 || tk.sfx != sfxNone {
			continue
		}
		if sign, _ := t.era(i + 1); sign < 0 {
			n++
			far++
			late = 0
			continue
		}
		if tk.nd != 4 || tk.n < 1000 || tk.n > 2100 {
			continue
		}
		n++
		late = 0
		if t.hasRef && ry-int(tk.n) > 15 && t.dayBeforeYear(i) {
			oldDay = i + 1
		}
		switch d := ry - int(tk.n); {
		case !t.hasRef:
		case d > 15:
			far++
			if pw := t.w(i - 1); pw != nil && pw.month > 0 || t.dayBeforeYear(i) {
				farDated++ // "in September 1066", "on Monday, 3 May 1858"
			}
		case d >= -1 && d <= 1:
			near++
		}
	}
	if !t.hasRef {
		// Nothing to count from but the story itself: a history, whose
		// dates anchor what follows them, unless the text speaks from a
		// day it does not give ("on Friday", "last week"), as news does:
		// then what it says relative to that day is left unresolved
		// rather than hung on a year it mentions in passing.
		// ("today" alone is no sign: "three clauses are still law today")
		d := deictic - today
		return d == 0 || d*10 < n
	}
	// mostly old years, little that speaks from the reference date, and no
	// cluster of dates around it (a dated news story that looks back keeps
	// writing its own year)
	// A short text with even one word that speaks from the reference date
	// ("next year", "yesterday") is news: a history says "the following
	// year".
	// Many years and hardly a word that speaks from the reference date is a
	// history too, even of recent years ("In March 2003 ... By 2007 ...").
	if n >= 20 && deictic*10 < n && near*2 < n {
		// (not a school's or a club's calendar of this year and the
		// next, "2025/26" on every line: those speak from the writer's
		// date)
		return true
	}
	// A dated text that names only one or two years of long ago, bare, is
	// news that looks back, not a history: an obituary's "born in 1921
	// ... died on November 30", a season review's "titles in 1963 and
	// 1964 ... the season kicked off on 30 July" are of the writer's year
	// (but "landed in September 1066 ... on 25 September" tells a story by
	// its dates).
	// What speaks from the writer's day after the last year written ("The
	// water came April 21, 1927 ... Last year they put up a marker", "We
	// went back in November 1959 ... Next Tuesday my grandson graduates")
	// is no sign of news in a short text: a story comes there to the
	// writer's day, and reads on from it as news (see writersDay); what it
	// told before is still counted from its own dates.
	return far*10 >= n*8 && (n >= 10 && deictic*10 <= n || (n >= 3 || n >= 1 && farDated > 0) && deictic == late) && near < 2
}

// deathYears reads the years a death told by the day alone can be in,
// from an age given with it and a birth year told before: "born in 1931
// ... She died on November 30 ..., aged 91" died in 2022 or 2023. ok is
// false unless the day's sentence tells a death and an age, a birth year
// is told earlier, and the reference date is within a year of the death.
func (t *Tagger) deathYears(r res) (lo, hi int, ok bool) {
	died, age := false, 0
	for k := r.start - 1; k >= 0 && k >= r.start-12; k-- {
		if t.isAny(k, "died", "death") || t.is(k, "passed") && t.is(k+1, "away") {
			died = true
			break
		}
		if _, stop := t.cue(k, true); stop {
			break
		}
	}
	if !died {
		return 0, 0, false
	}
	for k := r.end; k < len(t.toks) && k <= r.end+20; k++ {
		if t.isAny(k, "aged", "age") {
			j := k + 1
			if t.is(j, "of") {
				j++
			}
			if n, nd, ok := t.num(j); ok && nd <= 3 && n > 0 && n < 125 && t.tok(j).sfx == sfxNone {
				age = n
			}
			break
		}
		if _, stop := t.cue(k, false); stop {
			break
		}
	}
	if age == 0 {
		return 0, 0, false
	}
	for k := r.start - 1; k >= 0; k-- {
		if !t.is(k, "born") {
			continue
		}
		for j := k + 1; j < r.start && j <= k+10; j++ {
			if n, nd, ok := t.num(j); ok && nd == 4 && t.tok(j).sfx == sfxNone && n+age <= t.ref.Year() && n+age+1 >= t.ref.Year()-1 {
				return n + age, n + age + 1, true
			}
		}
		break
	}
	return 0, 0, false
}

// writersDay reports whether token i opens a time told from the writer's
// day: "last" or "next" and a year, a month, a week, a season or a
// weekday with no article or owner before it ("Last year he was made a
// Freeman", "will be celebrated next July"), outside a quotation (a
// history's "the next year", "his last year", and "'Last year we won,'
// he said in 1965" tell the story's).
func (t *Tagger) writersDay(i int) bool {
	if !t.isAny(i, "last", "next") || t.isAny(i-1, "the", "his", "her", "their", "its", "my", "our", "your", "that", "this", "of") || t.is(i+2, "of") {
		return false
	}
	w := t.w(i + 1)
	if w == nil || w.plural || !(w.unit == uYear || w.unit == uMonth || w.unit == uWeek || w.month > 0 || w.wday > 0 || w.season != timeline.NoSeason) {
		return false
	}
	return !t.inQuotation(i)
}

// inQuotation reports whether token i stands inside double quotes opened
// earlier in its paragraph.
func (t *Tagger) inQuotation(i int) bool {
	at := int(t.toks[i].start)
	from := max(0, at-2000) // (a paragraph's worth)
	from += strings.LastIndex(t.text[from:at], "\n\n") + 1
	open := false
	for k := from; k < at; k++ {
		switch c := t.text[k]; {
		case c == '"':
			open = !open
		case c == 0xe2 && k+3 <= at && t.text[k:k+3] == "“":
			open = true
		case c == 0xe2 && k+3 <= at && t.text[k:k+3] == "”":
			open = false
		}
	}
	return open
}

// quoteCloseAfter returns the byte of the closing double quote after token
// k in its line, within a sentence's reach; -1 when there is none.
//
// (It searches the line with strings.IndexByte and strings.Index, which
// read many bytes at once, not a byte at a time: Append asks at most days
// a text tells, whose lines run on for the whole reach.)
func (t *Tagger) quoteCloseAfter(k int) int {
	from := int(t.toks[k].end)
	end := min(len(t.text), from+200) // (a quote opening before end counts)
	lim := min(len(t.text), end+2)    // (... and "”", three bytes, may run past it)
	if nl := strings.IndexByte(t.text[from:end], '\n'); nl >= 0 {
		end, lim = from+nl, from+nl
	}
	q := strings.IndexByte(t.text[from:end], '"')
	if c := strings.Index(t.text[from:lim], "”"); c >= 0 && (q < 0 || c < q) {
		q = c
	}
	if q < 0 {
		return -1
	}
	return from + q
}

// quotedAlone reports whether the quotation that closes at byte q holds
// tokens [a, b] and nothing else but punctuation: a title, not speech
// ('Track 4, "1973", is named after the year ...').
func (t *Tagger) quotedAlone(a, b, q int) bool {
	if strings.Trim(t.text[t.toks[b].end:q], " ,.!?;:") != "" {
		return false
	}
	before := strings.TrimRight(t.text[max(0, int(t.toks[a].start)-8):t.toks[a].start], " ")
	return strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“")
}

// namesDay reports whether the expression r writes its day: a weekday, a
// month, a date or "today" inside it.
func (t *Tagger) namesDay(r res) bool {
	for k := r.start; k < r.end; k++ {
		if w := t.w(k); w != nil && (w.wday > 0 || w.month > 0 || w.key == "today" || w.key == "tomorrow" || w.key == "yesterday" || w.key == "tonight") {
			return true
		}
		if t.is(k, "this") && k+1 < r.end && t.w(k+1) != nil && t.w(k+1).part != timeline.NoPart {
			return true // "6 PM this evening"
		}
	}
	return false
}

// weekdayStartBefore returns the start r of a range moved on by whole
// weeks to the last day of its weekday before the end e, when r writes
// its day as a weekday alone (no month, no "last" or "next") and lies a
// week or more before e: "from 10 AM Saturday through 8 PM Monday" spans
// a weekend, never nine days.
func (t *Tagger) weekdayStartBefore(r res, e timeline.Date) (timeline.Date, bool) {
	if r.typ == Date && !r.weekday {
		return timeline.Date{}, false // ("from Saturday 14 to Saturday 21 February": the days written)
	}
	wd := false
	for k := r.start; k < r.end; k++ {
		w := t.w(k)
		if w == nil {
			if wd && t.toks[k].kind == tNum {
				return timeline.Date{}, false // ("10am Saturday 14": its day written)
			}
			continue
		}
		if w.month > 0 || w.plural || t.isAny(k, "last", "next", "this", "coming", "following", "past", "previous") {
			return timeline.Date{}, false
		}
		wd = wd || w.wday > 0
	}
	if !wd {
		return timeline.Date{}, false
	}
	st, ok1 := dayTime(r.d)
	et, ok2 := dayTime(e)
	if !ok1 || !ok2 {
		return timeline.Date{}, false
	}
	days := int(et.Sub(st).Hours()/24 + 0.5)
	if days < 7 || days > 70 {
		return timeline.Date{}, false
	}
	d := r.d
	n := st.AddDate(0, 0, days/7*7)
	d.Year, d.Month, d.Day = n.Year(), int(n.Month()), n.Day()
	ds, _ := d.Bounds()
	es, _ := e.Bounds()
	if ds.IsZero() || es.IsZero() || ds.After(es) {
		return timeline.Date{}, false // ("from 10 PM Monday to 8 AM Monday": no week's span)
	}
	return d, true
}

// dayAfter reports whether "on" and a day follow token k: "8 p.m. on
// Tuesday", "6 a.m. on 4 May".
func (t *Tagger) dayAfter(k int) bool {
	if !t.is(k, "on") {
		return false
	}
	if tk := t.tok(k + 1); tk != nil && tk.kind == tNum {
		return true
	}
	w := t.w(k + 1)
	return w != nil && (w.wday > 0 || w.month > 0)
}

// endsLine reports whether token k, the last of its line, can end an item
// written one a line: a closing bracket, a number, or a word no sentence
// goes on from ("and", "the").
func (t *Tagger) endsLine(k int) bool {
	tk := t.tok(k)
	if tk == nil {
		return true
	}
	switch tk.kind {
	case tPunct:
		return tk.r == ')' || tk.r == ']'
	case tNum:
		return true
	}
	return !t.isAny(k, "and", "or", "the", "of", "to", "in", "on", "with", "a", "an", "for", "at", "by", "from", "that", "was", "were", "is", "are", "will", "has", "had", "have")
}

// dayBeforeYear reports whether the year at i ends a full date: "3 May
// 1858", "May 3, 1858".
func (t *Tagger) dayBeforeYear(i int) bool {
	k := i - 1
	if t.punct(k, ',') {
		k--
	}
	if w := t.w(k); w != nil && w.month > 0 {
		n, nd, ok := t.num(k - 1)
		return ok && nd <= 2 && n >= 1 && n <= 31
	}
	n, nd, ok := t.num(k)
	w := t.w(k - 1)
	return ok && nd <= 2 && n >= 1 && n <= 31 && w != nil && w.month > 0
}

// res is one match under construction.
//
// The matchers return and copy res values at every turn, so it is kept
// small: its one-byte fields sit together at its end, packed.
type res struct {
	start, end int // token span
	d          timeline.Date
	val        string // the value when d cannot hold it
	freq       string
	cal        *calPeriod // with fiscal: the calendar period it covers, when known (see calDates)
	typ        Type
	mod        timeline.Mod
	quant      quant
	noYear     bool // the year was not written
	weekday    bool // a weekday resolved by direction
	fiscal     bool // d is a fiscal quarter or half, labelled as written (see fiscal.go)
	ago        bool // "two years ago"
	adjective  bool // "third-quarter", "five-year": the article before is not part of it
	comparison bool // "a year ago" in a financial report: the period compared with
	deictic    bool // resolved from the reference date ("today", "two years ago")
	flashback  bool // years before the story's date ("two decades earlier")
	namedWeek  bool // "the week of 17 March": a week named by a day of it
	// zoneAssumed: the zone is the one the text gave its times in ("All
	// times are CEST"), not written with this time
	zoneAssumed bool
}

// appositeWeekday returns the weekday set after a day written without
// its year, which says what day of the week it was: "the 12th of
// December, a Saturday", "3 May (a Tuesday)"; or 0.
func (t *Tagger) appositeWeekday(e int) int {
	if !t.punct(e, ',') && !t.punct(e, '(') && !t.dash(e) || !t.is(e+1, "a") {
		return 0
	}
	if w := t.w(e + 2); w != nil && w.wday > 0 && !w.plural {
		return w.wday
	}
	return 0
}

// quant is the TIMEX3 quant of a set: none, EVERY or EACH.
type quant uint8

const (
	qNone quant = iota
	qEvery
	qEach
)

func (q quant) String() string { return [...]string{"", "EVERY", "EACH"}[q] }

// calPeriod is the calendar period a fiscal label covers: first, the
// calendar period, and last, its last month when no calendar period is it
// (first being its first month; see fiscalPeriod). It is kept out of res,
// behind a pointer, because the matchers return and copy res values at
// every turn and few expressions have one: two Dates inline would more
// than double the bytes each copy moves.
type calPeriod struct{ first, last timeline.Date }

// newCal returns the calPeriod of first and last, or nil when both are
// the zero Date.
func newCal(first, last timeline.Date) *calPeriod {
	if first == (timeline.Date{}) && last == (timeline.Date{}) {
		return nil
	}
	return &calPeriod{first, last}
}

// calDates returns the calendar period r covers, when it is a fiscal
// label (see calPeriod); zero Dates otherwise.
func (r *res) calDates() (first, last timeline.Date) {
	if r.cal == nil {
		return timeline.Date{}, timeline.Date{}
	}
	return r.cal.first, r.cal.last
}

// appositeYear fits the year of r, a day written without its year, to
// the weekday wd set after it ("The storm of 1981 ... hit on the 12th of
// December, a Saturday"): the year the story told, when the day falls on
// that weekday in it and not in the year guessed; else a year near it
// that fits, or none.
func (t *Tagger) appositeYear(r res, wd int) res {
	d := r.d
	d.Year = t.last.Year
	if tt, ok := dayTime(r.d); ok && int(tt.Weekday()+6)%7+1 != wd && t.last.Prec >= timeline.Year && t.lastEnd >= 0 && t.lastEnd <= r.start && validDay(d.Year, d.Month, d.Day) {
		if lt, ok := dayTime(d); ok && int(lt.Weekday()+6)%7+1 == wd {
			r.d = d
		}
	}
	return t.checkWeekday(r, wd)
}

// appositeDay takes into r, a day, the weekday set after it that names
// the same day ("the 12th of December, a Saturday", "12 December 2015 (a
// Saturday)"): one expression, not a day and some Saturday. A day written
// with its year keeps a weekday that does not fit it apart. A part of the
// day after the weekday ("12 December 2015, a Saturday night") is that
// part of the day: a time, 2015-12-12TNI, as "Saturday night" alone is.
func (t *Tagger) appositeDay(r *res) {
	if r.typ != Date || r.d.Prec != timeline.Day || r.mod != timeline.ModNone || r.val != "" {
		return
	}
	wd := t.appositeWeekday(r.end)
	if wd == 0 {
		return
	}
	e := r.end + 3
	part := timeline.NoPart
	if w := t.w(e); w != nil && !t.glued(e) && !w.plural && (w.part == timeline.Morning && w.key == "morning" || w.part == timeline.Afternoon && w.key == "afternoon" || w.part == timeline.Evening || w.part == timeline.Night) {
		// (but not "a Saturday night shift", "a Saturday night in
		// June": the part ends the phrase, or a clause goes on)
		if nx := t.tok(e + 1); nx == nil || nx.kind == tPunct || t.newLine(e+1) || t.isAny(e+1, "when", "and", "as", "with", "to", "after", "before") {
			part = w.part
			e++
		}
	}
	if w := t.w(e); w != nil && !t.glued(e) && (w.part != timeline.NoPart || w.unit != uNone || w.month > 0 || w.num > 0) {
		return // "12 December, a Saturday night shift", "a Saturday 12 weeks on"
	}
	if t.tok(e) != nil && t.tok(e).kind == tNum {
		return
	}
	if t.punct(r.end, '(') {
		if !t.punct(e, ')') {
			return
		}
		e++
	}
	if r.noYear {
		*r = t.appositeYear(*r, wd)
	} else if tt, ok := dayTime(r.d); !ok || int(tt.Weekday()+6)%7+1 != wd {
		return
	}
	r.end = e
	if part != timeline.NoPart {
		r.typ = Time
		if r.val != "" {
			r.val += "T" + part.String()
		} else {
			r.d = r.d.DayOf()
			r.d.Part = part
		}
	}
}

func (t *Tagger) timex(r res) Timex {
	if r.typ == Date && r.noYear && r.val == "" && r.d.Prec == timeline.Day {
		if wd := t.appositeWeekday(r.end); wd > 0 {
			r = t.appositeYear(r, wd) // (a weekday that stays apart: "the 12th of December, a Saturday night")
		}
	}
	x := Timex{
		Start:    int(t.toks[r.start].start),
		End:      int(t.toks[r.end-1].end),
		Type:     r.typ,
		Mod:      r.mod,
		Quant:    r.quant.String(),
		Freq:     r.freq,
		RangeEnd: -1,
	}
	x.Text = t.text[x.Start:x.End]
	zoned := r.d.HasZone
	if zoned {
		// the zone goes to x.Zone and x.Date, not to the value
		x.Zone = zoneSuffix(r.d)
		r.d.HasZone, r.d.Zone = false, 0
	}
	var back timeline.Date // (the date read back from the value, when written from r.d)
	var backErr error
	fromDate := r.val == ""
	if !fromDate {
		x.Value = r.val
	} else {
		x.Value, back, backErr = t.dateValue(r.d)
		if x.Type == Date && r.d.Prec >= timeline.Hour {
			x.Type = Time // "about 20 minutes later", after 9 a.m.: a time of day
		}
	}

	if x.Value[0] == 'P' && !strings.HasSuffix(x.Value, "_REF") || strings.IndexByte(x.Value, 'X') >= 0 {
		if (r.typ == Date || r.typ == Time) && x.Value[0] != 'P' && !knownDayOf(x.Value) && !(r.typ == Time && r.end == t.clockCoarseAt) { // (a time of some day of a period written after it leaves the story where it is: "before 9pm by the end of the month")
			// "on Friday" with no date to place it: what is counted from
			// it ("two days later") cannot be placed either (but "minutes
			// later", 2014-11-20TXX, is of a known day: "the next day"
			// after it is the day after that)
			t.lastUnknown, t.unknownEnd, t.unknownPrec, t.unknownStart = true, r.end, unknownPrecision(x.Value), r.start
			t.unknownWday = strings.HasPrefix(x.Value, "XXXX-WXX-") && len(x.Value) == len("XXXX-WXX-5")
		}
		if knownDayOf(x.Value) {
			if d, err := timeline.ParseDate(x.Value[:10]); err == nil {
				x.Date = d // "minutes later", 2014-11-20TXX: an event of that day
			}
		}
		return x // durations and values with unknown parts are not dates
	}
	var d timeline.Date
	var err error
	if fromDate {
		d, err = back, backErr
	} else {
		d, err = timeline.ParseDate(x.Value)
	}
	if err == nil {
		t.parsedValue = x.Value
		x.Date = d
		if r.d.Prec == timeline.Quarter && !r.fiscal { // (its first test, asked before the call: see fiscalQuarterAround)
			if first, last, ok := t.fiscalQuarterAround(&r); ok {
				// "this quarter" in a text whose year ends in July: the
				// fiscal quarter the day is in, November to January
				x.Date, x.PeriodEnd = first, last
			}
		}
		if zoned {
			x.Date.HasZone, x.Date.Zone = true, zoneOf(x.Zone)
			if d.Prec >= timeline.Hour {
				d.HasZone, d.Zone = true, x.Date.Zone // (what is counted from it, "20 seconds later", is in its zone)
			}
		}
		if r.fiscal {
			// the value labels the quarter as the text numbers it, as
			// TimeML does; the date is the calendar's, when known ("a
			// year earlier" than a fiscal quarter: the same shift)
			c, cEnd := r.calDates()
			if c.IsZero() && r.d.Prec == timeline.Quarter && t.lastQFiscal && !t.lastQCal.IsZero() && r.d.Quarter == t.lastQ.Quarter {
				c, cEnd = t.lastQCal, t.lastQEnd // ("the quarter" after "the second quarter of fiscal 2026": November to January)
				c.Year = addYear(c.Year, r.d.Year-t.lastQ.Year)
				if !cEnd.IsZero() {
					cEnd.Year = addYear(cEnd.Year, r.d.Year-t.lastQ.Year)
				}
			}
			c.Mod = d.Mod
			if c.Prec == timeline.PrecisionNone {
				c = timeline.Date{}
			}
			x.Date = c
			if !c.IsZero() && !cEnd.IsZero() {
				x.PeriodEnd = cEnd
			}
		}
		if r.typ == Date && d.Prec == timeline.Day && !r.weekday && !t.narrative && t.attributionDate(r.start) {
			// "According to Reuters on 4 March 2021, officials closed the
			// dam on Tuesday": the rest of the sentence speaks from the
			// day it was reported
			t.attrDay, t.attrEnd = d, r.end
		}
		if r.typ == Date || r.typ == Time {
			// in a history, "today" and "two years ago" speak from the
			// writer's date: the story's date stays where it was
			// nor does "since 1962" (a record since 1962) move the story
			// there: it names where a span began, looking back
			// and in news, the day a statement was made ("officials said
			// on Friday") is not the story's: a time told after it is the
			// story's day's ("at 6:45 p.m." after "Thursday evening")
			// nor, in a history, does a year told in the past perfect
			// ("Article 99 had last been invoked in 1989"): a flashback
			// nor, in news, does a day a span runs since ("We have run
			// 112 miles since yesterday noon. At 2100 ...": today's 2100)
			sinceAt := r.start - 1
			if t.is(sinceAt, "the") {
				sinceAt-- // "since the Sept. 11, 2001, attacks"
			}
			sinceDay := d.Prec >= timeline.Day && (t.is(sinceAt, "since") || r.start == t.sinceSpanEnd) && (t.hasRef || t.last.Prec >= timeline.Day)
			if sinceDay {
				t.sinceSpanEnd = r.end
			}
			if d.Prec == timeline.Day {
				// (the day just written, whether or not the story moves
				// there: "since yesterday noon" is yesterday's noon)
				t.sinceEnd, t.sinceDay = r.end, d
			}
			if d.Prec == timeline.Year && t.last.Prec >= timeline.Day && t.attributiveYear(r) {
				t.namedYear, t.namedYearEnd = d, r.end
			}
			if d.Prec != timeline.PrecisionNone && !sinceDay && !(t.narrative && (r.deictic || r.flashback || d.Prec <= timeline.Year && t.last.Prec >= timeline.Month && d.Year < t.last.Year && t.pastPerfect(r.start))) &&
				!(d.Prec >= timeline.Day && t.last.Prec >= timeline.Day && t.is(r.start, "the") && timeline.Compare(d, t.last) < 0 && t.pastPerfect(r.start)) && // ("On 21 February the aircraft had arrived the previous day": a look back; the story's day stays; the word before the comparison, which costs a thousand instructions)
				!(t.narrative && t.is(r.start-1, "since") && (d.Prec <= timeline.Year || t.last.Prec >= timeline.Day && timeline.Compare(d, t.last) < 0)) &&
				!(t.is(sinceAt, "since") && t.recordSince(sinceAt)) && // ("the highest figure since March 2022": a record's baseline, no day of the story)
				!(t.narrative && d.Prec <= timeline.Year && t.last.Prec >= timeline.Year && d.Year < t.last.Year && t.sinceClause(r.start)) &&
				!(!t.narrative && t.is(r.start-1, "since") && d.Prec >= timeline.Day && r.d.Prec >= timeline.Day && t.holidayWord(r.start)) &&
				!(!t.narrative && t.last.Prec >= timeline.Day && t.reportingDate(r.start)) &&
				!t.datedPaper(&r, d) && // ("A letter dated 12 February was noted. The meeting closed at 8.47 pm": the letter's date, not the story's day)
				!(d.Prec == timeline.Year && (r.comparison || t.comparedYear(&r))) && // (the year's precision first: comparedYear reads the words around every date)
				!(!t.narrative && d.Prec > timeline.Year && d.Prec <= timeline.Month && t.last.Prec >= timeline.Day && t.lastEnd <= r.start && t.sameSentence(t.lastEnd, r.start) && t.fromFigureAt(r.start)) && // ("CPI data came out on Wednesday, a rise from 2.6% in October. Producer prices followed a day later": the month a figure is compared with; the story stays on its day)
				!(d.Prec == timeline.Year && t.last.Prec >= timeline.Day && t.attributiveYear(r) && !(t.narrative && t.is(r.start-1, "the") && t.isAny(r.start-2, "in", "at", "during") && d.Year > t.last.Year)) && // ("He resigned on 14 January 1919. He lost his seat in the 1924 election": in a history, the event the year names is when the clause happens, and the story moves there)
				!(d.Prec <= timeline.Year && t.last.Prec >= timeline.Day && t.inSlotTitle(r.start)) && // ("| 11:00 | Panel: lessons from 2024 |": the talk's subject; the day's slots go on)
				!(d.Prec == timeline.Decade && t.last.Prec >= timeline.Year && t.attributiveDecade(r)) &&
				!(d.Prec == timeline.Year && t.statuteYear(r.start) && (!t.narrative || !t.lawMade(r.start))) &&
				!(d.Prec == timeline.Year && t.debtYear(r.start)) &&
				!(t.narrative && t.last.Prec >= timeline.Year && d.Prec >= timeline.Year && d.Year > t.last.Year && t.untilEvent(r.start)) &&
				!(t.narrative && t.last.Prec >= timeline.Year && d.Prec == timeline.Year && d.Year > t.last.Year && t.isAny(r.start-1, "until", "till") && t.delayedBefore(r.start-1)) &&
				!(t.narrative && t.last.Prec >= timeline.Year && d.Prec == timeline.Year && d.Year-t.last.Year > 10 && t.participleYear(r.start)) &&
				!t.lookingBack(&r, d) && !t.laterField(&r) && !t.hypotheticalBound(&r, d) &&
				!(t.last.Prec >= timeline.Month && t.is(r.start-1, "to") && t.is(r.start-2, "back") && timeline.Compare(d, t.last) < 0) && // ("On April 1, 2024, the CDC confirmed the case. The first dated back to April 2022. On May 10 ...": a look back; the story stays)
				!(!t.narrative && d.Prec == timeline.Day && t.is(r.start-1, "by") && t.last.Prec >= timeline.Day && timeline.Compare(d, t.last.DayOf()) > 0 && t.tense(r.start, r.end) > 0) && // ("On Tuesday night the utility expected to restore power by Friday. By the next morning ...": a bound hoped for, no day the story is on)
				!(t.narrative && d.Prec >= timeline.Day && t.holidayWord(r.start) && t.isAny(r.start-1, "before", "by", "until", "till")) && // ("replace the lamps before Christmas": a bound, no day the story is on)
				!(d.Prec >= timeline.Day && t.lastDay.Prec >= timeline.Day && t.lastDayEnd <= r.start && r.start-t.lastDayEnd <= 8 && t.zoneAside(r.start, r.end)) { // ("at 02:14 UTC on 9 November 2024 (21:14 local time on 8 November). ... the same day": the moment on another clock; the story's day stays)
				// (a story told by days that names a year decades before
				// it, "its oldest lamp was made in 1901", looks back)
				t.last, t.lastUnknown, t.lastSetEnd, t.lastSetStart = d, false, r.end, r.start
				t.lastMod, t.lastModOf = r.mod, d
				if r.fiscal && !x.Date.IsZero() {
					t.lastFiscal, t.lastFiscalCal = d, x.Date
				}
				t.lastAsideKind = asideUnasked
				if d.Prec >= timeline.Day {
					t.lastAsideKind = t.asideClause(r.start, r.end)
					x.Aside = t.lastAsideKind != 0
				}
				if t.lastAsideKind == 0 && d.Prec >= timeline.Day && !t.isAny(r.start-1, "by", "until", "till", "before", "after", "since", "from", "to", "through", "than") {
					// (not a bound: "requesting a reply by 4 February")
					t.storyDay, t.storyDayEnd = d, r.end
				}
				if d.Prec >= timeline.Day && t.isAny(r.start-1, "until", "till") && !(r.typ == Time && !t.namesDay(r) && t.lastDayEnd <= r.start && t.sameSentence(t.lastDayEnd, r.start)) {
					// "valid until 06:00 GMT Sunday" (but not "On Sunday 7
					// September the Moon does not rise until 19:20": a time
					// of the day the sentence told)
					t.boundEnd = r.end
				}
				if r.namedWeek {
					t.namedWeek, t.namedWeekEnd = d, r.end
				}
				t.lastBound = d.Prec == timeline.Year && (t.isAny(r.start-1, "until", "till", "by", "before", "through", "thru", "since") || t.sinceClause(r.start))
				t.lastOpen = d.Prec == timeline.Year && (r.mod == timeline.ModBefore || r.mod == timeline.ModAfter)
				t.lastBoundMod = r.mod == timeline.ModBefore || r.mod == timeline.ModAfter || r.mod == timeline.ModOnOrBefore || r.mod == timeline.ModOnOrAfter
				if !(d.Prec > timeline.Day && t.lastDay.Prec >= timeline.Day && d.DayOf() == t.lastDay.DayOf()) {
					// (a time of the day just told is as much an aside as
					// the day: "On March 20, 2003, the missiles struck at
					// 5:30 a.m., after the ultimatum expired" is no aside)
					t.lastAside = !t.narrative && t.aside(r.start, r.end)
				}
				t.lastAttr = d.Prec == timeline.Year && t.namingYear(r)
				// (but a weekday that names the day just told is the story's
				// day: "March 12, 2025 — SpaceX scrubbed Wednesday's
				// attempt")
				t.lastPoss = r.weekday && (t.punct(r.end, '\'') || t.punct(r.end, '’')) && t.glued(r.end) && t.is(r.end+1, "s") && d.DayOf() != t.lastDay.DayOf()
				if d.Prec >= timeline.Day {
					if d.DayOf() != t.lastDay.DayOf() {
						t.prevDay, t.prevDayEnd = t.lastDay, t.lastDayEnd
						if d.Prec < timeline.Hour {
							t.lastClock = timeline.Date{} // another day: its clock times start afresh
						}
					}
					t.lastDay, t.lastDayEnd, t.lastDayStart = d, r.end, r.start
					t.noteStamp(d, r.start, r.end)
					if t.inSlotText(r.start) {
						t.slotDayLater = t.slotDay.Prec >= timeline.Day
					} else {
						t.slotDay, t.slotDayLater = d.DayOf(), false
					}
					if d.Prec == timeline.Day && t.dDay.IsZero() && d.Year > 0 && t.namesDDay(r.start, r.end) {
						t.dDay = d
					}
					if dt, ok := d.DayOf().Time(); ok && t.hasRef {
						if !dt.After(t.ref) {
							t.pastDay, t.pastDayEnd = d, r.end
						}
						if lo, hi := t.nearBounds(); dt.After(lo) && dt.Before(hi) {
							t.nearDayEnd = r.end
						}
					}
				}
			}
			if d.Prec == timeline.Quarter && !r.comparison && t.lastQ.Prec == timeline.PrecisionNone && !t.comparedBefore(r.start) {
				t.lastQ, t.lastQFiscal, t.lastQCal, t.lastQEnd = d, r.fiscal, x.Date, x.PeriodEnd
			}
		}
	}
	return x
}

// dDayAt reports whether the tokens from k are "D-Day".
func (t *Tagger) dDayAt(k int) bool {
	tk := t.tok(k)
	return tk != nil && tk.kind == tWord && tk.end-tk.start == 1 && t.text[tk.start] == 'D' && t.dash(k+1) && t.glued(k+1) && t.glued(k+2) &&
		t.is(k+2, "day") && t.tok(k+2).cap
}

// namesDDay reports whether the day written from token i to j is said to
// be D-Day: "D-Day was 6 June 1944", "on D-Day, 6 June 1944", "D-Day: 6
// June", "6 June 1944 (D-Day)".
func (t *Tagger) namesDDay(i, j int) bool {
	k := i - 1
	if t.isAny(k, "was", "is") || t.punct(k, ',') || t.punct(k, ':') || t.punct(k, '(') {
		k--
	}
	if t.dDayAt(k - 2) {
		return true
	}
	return (t.punct(j, '(') || t.punct(j, ',')) && t.dDayAt(j+1)
}

// dDayCount reads "D+1", "D-2" at the number i, when the text said which
// day D-Day was: that day and as many days after or before it.
func (t *Tagger) dDayCount(i int) (res, bool) {
	tk := t.tok(i)
	d := t.tok(i - 2)
	if tk.nd > 3 || tk.sfx != sfxNone || d == nil || d.kind != tWord || d.end-d.start != 1 || t.text[d.start] != 'D' ||
		!t.glued(i) || !t.glued(i-1) || !(t.punct(i-1, '+') || t.dash(i-1)) || t.glued(i+1) && t.tok(i+1).kind != tPunct {
		return res{}, false
	}
	base, ok := dayTime(t.dDay)
	if !ok {
		return res{}, false
	}
	n := int(tk.n)
	if !t.punct(i-1, '+') {
		n = -n
	}
	return res{start: i - 2, end: i + 1, typ: Date, d: dayDate(base.AddDate(0, 0, n))}, true
}

// spanYearBeside returns the year the start of the span r–r2, both read
// without their year, takes from a day written with its year right after
// the span's end on the same line, with at most a cell's bar, a comma or
// "due by" between ("| September 1 – December 31 | January 15, 2026 |"):
// the year that puts the span nearest that day.
func (t *Tagger) spanYearBeside(r, r2 res) (int, bool) {
	k := r2.end
	for n := 0; n < 3 && t.tok(k) != nil && (t.punct(k, '|') || t.punct(k, ',') || t.punct(k, ':') || t.dash(k) || t.isAny(k, "due", "by", "on")); n++ {
		k++
	}
	if k == r2.end || t.tok(k) == nil || t.lineBetween(r2.end-1, k) {
		return 0, false
	}
	d2, ok := t.match(k)
	if !ok || d2.start != k || d2.typ != Date || d2.noYear || d2.val != "" || d2.d.Prec != timeline.Day || d2.d.Year <= 0 || !t.yearWrittenIn(d2.start, d2.end) {
		return 0, false
	}
	day, ok := dayTime(d2.d)
	if !ok {
		return 0, false
	}
	best, bestGap := 0, time.Duration(-1)
	for _, y := range [3]int{d2.d.Year, d2.d.Year - 1, d2.d.Year + 1} {
		a, b := r.d, r2.d
		a.Year, b.Year = y, r2.d.Year+y-r.d.Year
		as, _ := a.Bounds()
		_, be := b.Bounds()
		if as.IsZero() || be.IsZero() {
			continue
		}
		var gap time.Duration
		switch {
		case day.Before(as):
			gap = as.Sub(day)
		case !day.Before(be):
			gap = day.Sub(be)
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best, bestGap >= 0
}

// baselineAfter reports whether token k names a baseline a period is
// the span of: "average", "mean", "normal".
func (t *Tagger) baselineAfter(k int) bool {
	return t.isAny(k, "average", "averages", "mean", "baseline", "norm", "normal", "normals", "climatology")
}

// comparedYear reports whether the year r is what a figure is compared
// with ("fell from 2012", "from 2012 levels", "higher than in 2012"): in
// news, no year the story is in ("... and it cut its forecast for the
// year" is the writer's year). "up 18% on 2023" says so in a history too:
// "on" a bare year after a change is nothing but a comparison.
func (t *Tagger) comparedYear(r *res) bool {
	if t.is(r.start-1, "on") && t.changeBefore(r.start-1) {
		return true
	}
	if t.narrative {
		return false
	}
	switch {
	case t.isAny(r.end, "levels", "level", "figures", "prices") || t.baselineAfter(r.end):
		return true
	case (t.dash(r.end) || t.is(r.end, "to")) && t.tok(r.end+1) != nil && t.tok(r.end+1).kind == tNum && t.baselineAfter(r.end+2):
		return true // "the 1991-2020 average": a baseline, no year the story is in
	case t.is(r.start-1, "from") && !t.isAny(r.end, "to", "until", "till", "through", "onward", "onwards", "and") && !t.dash(r.end):
		for k := r.start - 2; k >= 0 && k >= r.start-6; k-- {
			if lowerIn(t, k, changeVerbs) {
				return true // "fell 3.1 percent from 2012"
			}
			if tk := t.tok(k); tk.kind == tPunct && !t.figurePunct(k) {
				break
			}
		}
	case t.is(r.start-1, "than") || t.is(r.start-1, "in") && t.is(r.start-2, "than"):
		return true
	case t.is(r.start-1, "in") && r.start >= 4:
		// "up from $3 billion in 2011", "compared with 4.1 percent in
		// 2011": the figure's year, compared with
		for k := r.start - 2; k >= 1 && k >= r.start-7; k-- {
			if tk := t.tok(k); tk.kind == tPunct && !t.figurePunct(k) {
				break
			}
			if t.is(k, "from") && lowerIn(t, k-1, changeVerbs) || t.is(k, "with") && t.is(k-1, "compared") || t.isAny(k, "versus", "vs") {
				return k < r.start-2 // an amount between
			}
		}
	}
	return false
}

// changeBefore reports whether a word of change opens the few words
// before token k, with an amount and nothing else between ("up 18% on",
// "down 3.5 per cent on", "rose £2m on"; not "gave up on"), in k's
// sentence.
func (t *Tagger) changeBefore(k int) bool {
	amount := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		tk := t.tok(j)
		if tk.kind == tPunct && !t.figurePunct(j) {
			return false
		}
		if tk.kind == tNum {
			amount = true
		} else if lowerIn(t, j, changeVerbs) {
			return amount
		}
	}
	return false
}

// figurePunct reports whether the punctuation at k is part of an amount:
// "%", a currency sign, a decimal point ("3.5"; not a full stop: "grew
// from 3 to 11 vessels. In 2023 ..." compares nothing with 2023).
func (t *Tagger) figurePunct(k int) bool {
	switch tk := t.tok(k); tk.r {
	case '%', '$', '£', '€':
		return true
	case '.':
		return t.glued(k) && t.glued(k+1)
	}
	return false
}

// changeVerbs tell how a figure moved.
var changeVerbs = map[string]bool{
	"rose": true, "fell": true, "up": true, "down": true, "increased": true, "decreased": true, "grew": true,
	"declined": true, "dropped": true, "jumped": true, "climbed": true, "slipped": true, "gained": true, "slid": true,
	"rising": true, "falling": true, "rise": true, "fall": true, "increase": true, "decrease": true, "drop": true,
	"gain": true, "decline": true, "growth": true, "change": true, "changed": true, "unchanged": true, "compared": true,
	"surged": true, "plunged": true, "tumbled": true, "eased": true, "edged": true, "soared": true,
	"climb": true, "climbing": true, "risen": true, "fallen": true, "dipped": true, "dip": true, "sank": true,
	"push": true, "pushed": true, "slumped": true, "rallied": true, "rebounded": true,
}

// participleYear reports whether the year at i dates what a participle
// says of a noun ("a publication declassified in 2005"): in a history,
// an aside about a thing, decades on, not a move of the story.
func (t *Tagger) participleYear(i int) bool {
	if !t.is(i-1, "in") {
		return false
	}
	p := t.lowerWord(i - 2)
	if len(p) < 4 || p[len(p)-2:] != "ed" || t.tok(i-3) == nil || t.tok(i-3).kind != tWord {
		return false
	}
	if t.isAny(i-3, "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "it", "he", "she", "they", "we", "i", "who", "which", "that", "and", "then", "later", "finally", "eventually") {
		return false
	}
	// (but "The siege ended in 1453." is the sentence's own verb: the
	// noun before it opens the sentence, and the year ends the clause,
	// where "A report declassified in 2005 found ..." goes on to its verb,
	// as "A publication declassified in 2005, however, revealed ..." does
	// past a word set off by commas)
	if nx := t.tok(i + 1); nx == nil || nx.kind == tPunct && nx.r != '(' && !t.dash(i+1) && !(nx.r == ',' && t.asideAfter(i+1)) {
		for k := i - 3; k >= 0 && k >= i-6; k-- {
			if t.tok(k).kind != tWord {
				break
			}
			if t.sentenceStart(k) || t.lineStart(k) {
				return false
			}
		}
	}
	return true
}

// asideAfter reports whether the comma at c opens a short aside that
// another comma closes: ", however,", ", which I read,".
func (t *Tagger) asideAfter(c int) bool {
	for k := c + 1; k < len(t.toks) && k <= c+4; k++ {
		if tk := &t.toks[k]; tk.kind == tPunct {
			return tk.r == ',' && k > c+1
		}
	}
	return false
}

// holidayWord reports whether token i names a holiday ("since
// Christmas"): a day of the calendar, no day the story is on.
func (t *Tagger) holidayWord(i int) bool {
	return t.isAny(i, "christmas", "easter", "thanksgiving", "halloween", "new")
}

// delayedBefore reports whether a verb of putting off comes a few words
// before token k ("delayed the invasion of France until 1944", "postponed
// the vote until 1952"): the year it was put off to, where the story is
// not.
func (t *Tagger) delayedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if tk := &t.toks[j]; tk.kind == tPunct {
			return false
		}
		if t.isAny(j, "delayed", "delay", "delays", "postponed", "postpone", "postpones", "deferred", "defer", "defers", "put", "pushed", "held") {
			return true
		}
	}
	return false
}

// untilEvent reports whether the expression at i dates an event that
// bounds what is told ("resistance that lasted until the fall of Budapest
// in February 1945"): in a history, a look ahead, not where the story is.
func (t *Tagger) untilEvent(i int) bool {
	if !t.isAny(i-1, "in", "on") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-9; k-- { // (from the word before "in": "until the autumn of 1945. In 1958" is another sentence's)
		if tk := &t.toks[k]; tk.kind == tPunct {
			return false
		}
		if t.isAny(k, "until", "till") {
			return true
		}
	}
	return false
}

// pastPerfect reports whether the clause before token i is told in the
// past perfect ("had last been invoked in"): "had" a few words before, in
// the same sentence.
func (t *Tagger) pastPerfect(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if tk := &t.toks[k]; tk.kind == tPunct {
			if _, stop := t.cue(k, false); stop || tk.r == ',' {
				return false
			}
		}
		if t.is(k, "had") {
			return true
		}
	}
	return false
}

// zoneSuffix returns the TIMEX3 zone suffix of d ("-05:00", "Z").
func zoneSuffix(d timeline.Date) string {
	full := d
	full.Prec, full.Year, full.Month, full.Day, full.Hour, full.Minute = timeline.Minute, 2000, 1, 1, 0, 0
	s := full.String()
	return s[len("2000-01-01T00:00"):]
}

// zoneOf reads a zone suffix back into minutes east of UTC.
func zoneOf(z string) int {
	d, err := timeline.ParseDate("2000-01-01T00:00" + z)
	if err != nil {
		return 0
	}
	return d.Zone
}

// ---- token helpers ----

func (t *Tagger) tok(i int) *token {
	if uint(i) >= uint(len(t.toks)) { // (one test for both ends)
		return nil
	}
	return &t.toks[i]
}

func (t *Tagger) w(i int) *word {
	if tk := t.tok(i); tk != nil {
		return tk.w() // (nil for a number or a mark, whose id is 0)
	}
	return nil
}

// is reports whether token i is the word s (lower case). The token's id
// gives its word in lower case when it is in the vocabulary, and every
// word the patterns compare with is (see patternWords): a word out of it
// is none of them. It is small enough to be inlined, where comparing with
// a constant s takes a few instructions.
func (t *Tagger) is(i int, s string) bool {
	return uint(i) < uint(len(t.toks)) && vocab[t.toks[i].id] == s
}

// key returns the word of token i in the vocabulary (lower case), or ""
// for any other token: t.is(i, s) is key(i) == s.
func (t *Tagger) key(i int) string {
	if uint(i) >= uint(len(t.toks)) {
		return ""
	}
	return vocab[t.toks[i].id]
}

// isAny reports whether token i is one of the words ss. It is called at
// some five hundred places: inlined, its loop there would make the
// patterns' code larger (and slower) for a call saved.
//
// It compares the letters itself, with no call (key == s would call the
// runtime's memequal): a function that calls nothing needs no stack
// frame, and isAny is called some 80,000 times a text of 500 kB.
//
//go:noinline
func (t *Tagger) isAny(i int, ss ...string) bool {
	if uint(i) >= uint(len(t.toks)) {
		return false
	}
	key := vocab[t.toks[i].id]
	if key == "" {
		return false // no word of the vocabulary, nor a word at all
	}
	for _, s := range ss {
		// (the length and the first letter before the rest: most words
		// compared are not s)
		if len(s) != len(key) || s[0] != key[0] {
			continue
		}
		k := 1
		for k < len(s) && s[k] == key[k] {
			k++
		}
		if k == len(s) {
			return true
		}
	}
	return false
}

func (t *Tagger) punct(i int, r rune) bool {
	tk := t.tok(i)
	return tk != nil && tk.kind == tPunct && tk.r == r
}

func (t *Tagger) dash(i int) bool {
	tk := t.tok(i)
	return tk != nil && tk.kind == tPunct && (tk.r == '-' || tk.r == '–' || tk.r == '—' || tk.r == '‐')
}

// glued reports whether token i starts right where token i-1 ends.
func (t *Tagger) glued(i int) bool {
	return i >= 1 && i < len(t.toks) && t.toks[i-1].end == t.toks[i].start
}

// knownDayOf reports whether the value v gives its day in full and only
// its time of day unknown ("2014-11-20TXX").
func knownDayOf(v string) bool {
	return len(v) > 11 && v[10] == 'T' && strings.IndexByte(v[:10], 'X') < 0 && v[0] >= '0' && v[0] <= '9'
}

// unknownMonth returns the month of r when r is a month of no known year
// (XXXX-10), else 0.
func unknownMonth(r res) (m, d int) {
	if !r.noYear || r.d.Prec != timeline.PrecisionNone || len(r.val) != 7 && len(r.val) != 10 || r.val[:5] != "XXXX-" {
		return 0, 0
	}
	m, err := strconv.Atoi(r.val[5:7])
	if err != nil || m < 1 || m > 12 {
		return 0, 0
	}
	if len(r.val) == 10 {
		if r.val[7] != '-' {
			return 0, 0
		}
		if d, err = strconv.Atoi(r.val[8:]); err != nil || !validDay(2000, m, d) {
			return 0, 0
		}
	}
	return m, d
}

// coordYear places r, a month or a day written without its year and
// followed by "and" or "or", in the year written on the date of the same
// precision coordinated with it, later in that year: "in June and July
// 2018", "late February and early March 2022", "deployed on 4 June and
// recovered on 15 June 2021". At most three lower-case words (the second
// clause's verb and its preposition) may come between the "and" and that
// date; the first expression read after the "and" must be it.
func (t *Tagger) coordYear(r res) (timeline.Date, bool) {
	m, d, prec := r.d.Month, r.d.Day, r.d.Prec
	if r.val != "" {
		if m, d = unknownMonth(r); m == 0 {
			return timeline.Date{}, false
		}
		prec = timeline.Month
		if d > 0 {
			prec = timeline.Day
		}
	}
	if prec != timeline.Month && prec != timeline.Day {
		return timeline.Date{}, false
	}
	for k := r.end + 1; k <= r.end+4; k++ {
		if k > r.end+1 {
			if tk := t.tok(k - 1); tk == nil || tk.kind != tWord || tk.cap || tk.upper {
				return timeline.Date{}, false
			}
		}
		r2, ok := t.match(k)
		if !ok {
			continue
		}
		if r2.start != k || r2.noYear || r2.typ != Date || r2.val != "" || r2.d.Prec != prec || r2.d.Year == 0 || !t.yearWrittenIn(r2.start, r2.end) ||
			r2.d.Month < m || r2.d.Month == m && (prec == timeline.Month || r2.d.Day <= d) || !validDay(r2.d.Year, m, max(d, 1)) {
			return timeline.Date{}, false
		}
		return timeline.Date{Prec: prec, Year: r2.d.Year, Month: m, Day: d}, true
	}
	return timeline.Date{}, false
}

// newLine reports whether a line ends between token i-1 and token i.
// paraStart reports whether token i opens a paragraph: the first token,
// or one after a blank line.
func (t *Tagger) paraStart(i int) bool {
	a, b := t.tok(i-1), t.tok(i)
	if b == nil {
		return false
	}
	if a == nil {
		return true
	}
	gap := t.text[a.end:b.start]
	k := strings.IndexByte(gap, '\n')
	return k >= 0 && strings.TrimSpace(gap[k+1:]) == "" && strings.IndexByte(gap[k+1:], '\n') >= 0
}

// labelledLine reports whether the line of token k opens with a label of
// one to three words and a colon ("Was:", "Ship to:", "Status:").
func (t *Tagger) labelledLine(k int) bool {
	s := k
	for s > 0 && k-s < 40 && !t.newLine(s) {
		s--
	}
	if s > 0 && !t.newLine(s) {
		return false
	}
	for x := s; x < s+4 && x <= k; x++ {
		tk := t.tok(x)
		if tk == nil {
			return false
		}
		if tk.kind == tPunct {
			return x > s && tk.r == ':' && t.glued(x)
		}
		if tk.kind != tWord {
			return false
		}
	}
	return false
}

// newLine reports whether a line break comes between tokens i-1 and i,
// which the scanner marked (fNewLine): the scans back and forth over a
// clause ask at every token.
func (t *Tagger) newLine(i int) bool {
	return i >= 1 && i < len(t.toks) && t.toks[i].flags&fNewLine != 0
}

func (t *Tagger) num(i int) (n, nd int, ok bool) {
	tk := t.tok(i)
	if tk == nil || tk.kind != tNum {
		return 0, 0, false
	}
	return int(tk.n), int(tk.nd), true
}

func (t *Tagger) canStart(i int) bool {
	tk := &t.toks[i]
	switch tk.kind {
	case tNum:
		if t.amountOnly(i) {
			return false // "2.46 billion guilders", "73 cents", "9.4%"
		}
		// money, percentages, thousands: $27, 50%, 1,000
		if i > 0 && t.toks[i-1].end == tk.start && t.toks[i-1].kind == tPunct {
			switch t.toks[i-1].r {
			case '$', '£', '€', '¥', '#':
				return false
			}
		}
		if i+1 < len(t.toks) && t.toks[i+1].start == tk.end && t.toks[i+1].kind == tPunct {
			switch t.toks[i+1].r {
			case '%':
				return false
			case ',':
				if i+2 < len(t.toks) && t.toks[i+2].start == t.toks[i+1].end && t.toks[i+2].kind == tNum && t.toks[i+2].nd == 3 && !t.isUnitAfter(i+3) {
					if _, e, ok := t.groupedNum(i); ok {
						if sign, _ := t.era(e); sign != 0 {
							return true // "10,000 BC"
						}
					}
					return false // 1,000 (but "1,300 days")
				}
			}
		}
		return true
	case tWord:
		if tk.flags&fStart == 0 {
			return false
		}
		if tk.flags&fFunction == 0 {
			return true
		}
		if vocab[tk.id] == "year" && (t.is(i+2, "date") || t.is(i+4, "date")) {
			return true // "year-to-date", "year to date"
		}
		if len(t.opt.Anchors) > 0 && t.anchorAfter(i-1) > 0 {
			return true // "on the Effective Date": a day the document defines by name (namedDay)
		}
		if d := t.nextDate(i); d < 0 || d > i+5 {
			return false // (most function words: nothing of a date near, which the loop below would read token by token to tell)
		}
		for k := i + 1; k < len(t.toks) && k <= i+5; k++ {
			nx := &t.toks[k]
			if nx.kind == tNum && t.amountOnly(k) || nx.flags&fDateish != 0 && t.possessiveS(k) {
				continue // "about 50% of", "the company's": no date
			}
			if nx.kind == tNum || nx.flags&fDateish != 0 {
				// four words on, or five in "the better part of a
				// decade" (asked only then: most function words have
				// nothing of a date that near)
				return k < i+5 || t.isAny(i+1, "better", "best", "greater")
			}
			if nx.kind == tPunct && nx.r != '-' && nx.r != '\'' && nx.r != '’' && nx.r != '.' && nx.r != ',' {
				return false
			}
		}
		return false
	case tPunct:
		return (tk.r == '\'' || tk.r == '’') && i+1 < len(t.toks) && t.toks[i+1].kind == tNum && t.toks[i+1].start == tk.end
	}
	return false
}

// amountOnly reports whether the number at i (a token of kind tNum) is
// a sum or a share that no expression of time reads: one followed, after
// its decimals if any, by a percent sign or by "percent", "cents",
// "shares", or "million", "billion" or "trillion" with no unit of time
// after them ("2.46 billion guilders", "73 cents a share", "9.4%"; but
// "2.5 million years"). canStart asks it of every number, so it reads
// tokens only.
func (t *Tagger) amountOnly(i int) bool {
	k := i + 1
	if t.punct(k, '.') && t.glued(k) && t.glued(k+1) && t.tok(k+1).kind == tNum {
		k += 2 // the decimals
	}
	if k >= len(t.toks) {
		return false
	}
	if nx := &t.toks[k]; nx.kind == tPunct {
		return nx.r == '%' && nx.start == t.toks[k-1].end
	}
	switch vocab[t.toks[k].id] {
	case "percent", "cents", "shares":
		return true
	case "million", "billion", "trillion":
		return !t.isUnitAfter(k + 1)
	}
	return false
}

// possessiveS reports whether the word at k is the "s" of a possessive or
// an abbreviation ("the company's", "the U.S."), glued to the mark before
// it, which is glued to a word: no unit of seconds.
func (t *Tagger) possessiveS(k int) bool {
	if k < 2 || !t.is(k, "s") {
		return false
	}
	p := &t.toks[k-1]
	return p.kind == tPunct && (p.r == '\'' || p.r == '’' || p.r == '.') && p.end == t.toks[k].start &&
		t.toks[k-2].kind == tWord && t.toks[k-2].end == p.start
}

// lineAt returns the byte where the line that holds byte p starts: the
// one after the last line break before p (the scanner lists them in
// lx.lines), or 0. It reads the list on from where it was last, which
// holds while the asks come in text order, as most do (speakerTurn asks
// at the days of a text, which a search of the text back to the line
// break before each read again and again).
func (t *Tagger) lineAt(p int) int {
	lines := t.lx.lines
	k := t.lineCur // (the line starts before lines[k] are at p or before it)
	if k > len(lines) || k > 0 && int(lines[k-1]) > p {
		k = 0 // (asked about an earlier byte, or another text)
	}
	for k < len(lines) && int(lines[k]) <= p {
		k++
	}
	t.lineCur = k
	if k == 0 {
		return 0
	}
	return int(lines[k-1])
}

// nextDate returns the index of the first number or dateish word after
// token i (the scanner lists them in lx.dates), or -1. The candidates are
// asked about in order, so it reads the list on from where it was last.
func (t *Tagger) nextDate(i int) int {
	dates := t.lx.dates
	if t.dateCur > len(dates) || t.dateCur > 0 && int(dates[t.dateCur-1]) > i {
		t.dateCur = 0 // (asked about an earlier token, or another text)
	}
	for t.dateCur < len(dates) && int(dates[t.dateCur]) <= i {
		t.dateCur++
	}
	if t.dateCur == len(dates) {
		return -1
	}
	return int(dates[t.dateCur])
}

// ---- anchors and tense ----

// anchor returns the day relative expressions resolve against: the
// reference date, or in narrative mode (and for anaphora like "the same
// day", when anaphoric is set) the last date mentioned.
func (t *Tagger) anchor(anaphoric bool) (timeline.Date, bool) {
	if anaphoric && t.lastUnknown && !t.writersYearAside(t.at) { // (but "6 July 2025. Last year Hamilton won. Three weeks later" counts from the day)
		return timeline.Date{}, false
	}
	if _, ok := t.attrBase(t.at); ok && t.lastEnd <= t.attrEnd {
		// "The Herald reported on 9 March 2021 that farmers had blocked
		// the highway the previous day": from the day of the report
		return t.attrDay, true
	}
	if (t.narrative || anaphoric) && t.last.Prec >= timeline.Year {
		return t.last, true
	}
	if d, ok := t.logLineDay(); ok && !anaphoric {
		return d, true
	}
	if t.hasRef {
		return dayDate(t.ref), true
	}
	return timeline.Date{}, false
}

// slotLeadRe is a programme's slot opening its line: a clock time,
// perhaps in a table's first cell ("11:00 Panel", "| 14:00 | Workshop").
var slotLeadRe = regexp.MustCompile(`^[\s|*•-]*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[–—-]\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?))?\s*[|:]?\s+\S`)

// slotLine returns the words of token i's line before it (at most 160
// bytes back) and where a programme's slot time opening the line ends in
// them (see slotLeadRe), or ok false.
func (t *Tagger) slotLine(i int) (line string, end int, ok bool) {
	tk := t.tok(i)
	if tk == nil {
		return "", 0, false
	}
	start := int(tk.start)
	from := max(0, start-160)
	// (the line's start from the scanner's list of line breaks: a search
	// back over the bytes took most of the time of the asks at every date)
	ls := t.lineAt(start)
	if ls <= from && from > 0 {
		return "", 0, false // (no line break in the 160 bytes)
	}
	line = t.text[ls:start]
	if !slotLeadable(line) {
		return "", 0, false
	}
	m := slotLeadRe.FindStringIndex(line)
	if m == nil {
		return "", 0, false
	}
	return line, m[1], true
}

// slotLeadable reports whether line may match slotLeadRe: after the
// spaces, bars, stars, bullets and dashes it may open with, a digit. (Most
// lines are prose, which this tells with no call of the regexp.)
func slotLeadable(line string) bool {
	for k := 0; k < len(line); k++ {
		switch c := line[k]; {
		case c >= '0' && c <= '9':
			return true
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '|' || c == '*' || c == '-':
		case c == 0xe2 && strings.HasPrefix(line[k:], "•"):
			k += len("•") - 1
		default:
			return false
		}
	}
	return false
}

// inSlotTitle reports whether token i stands in the title of a
// programme's slot: after the clock time that opens its line.
func (t *Tagger) inSlotTitle(i int) bool {
	line, end, ok := t.slotLine(i)
	return ok && end <= len(line)
}

// inSlotText reports whether token i stands in the text of a programme's
// slot, words coming between the clock time that opens its line and it
// ("10:06  Interview: the bridge has been shut since 14 January"), not
// the day naming the slot ("09:00 Monday 3 June: arrivals").
func (t *Tagger) inSlotText(i int) bool {
	line, end, ok := t.slotLine(i)
	return ok && end < len(line) && strings.ContainsFunc(line[end:], unicode.IsLetter)
}

// opensSlot reports whether token i, a clock time, opens a line of a
// programme's slot ("10:18  Music").
func (t *Tagger) opensSlot(i int) bool {
	tk := t.tok(i)
	if tk == nil {
		return false
	}
	start := int(tk.start)
	ls := strings.LastIndexByte(t.text[:start], '\n') + 1
	if strings.TrimLeft(t.text[ls:start], " \t|*•-") != "" {
		return false
	}
	end := min(len(t.text), start+40)
	return slotLeadRe.MatchString(t.text[ls:end])
}

// lookBackBase returns the year a story by days looked back to last, when
// it was the last date told and at most a sentence before token i: "The
// memorial was unveiled on 11 November 1921. The canal opened in 1810.
// The first barge arrived the following year" counts from 1810, not
// from the story's day.
func (t *Tagger) lookBackBase(i int) (timeline.Date, bool) {
	if t.lookBackEnd < 0 || t.lookBackEnd < t.lastSetEnd || t.lookBackEnd > i || t.lookBack.Prec < timeline.Year ||
		t.sentencesBetween(t.lookBackEnd, i) > 1 || t.paragraphBetween(t.lookBackEnd, i) {
		return timeline.Date{}, false
	}
	return t.lookBack, true
}

// lookingBack reports whether the date d of r, in a story told by days
// (or weeks), is a year decades before it ("its oldest lamp was made in
// 1901", "a hernia repair in 2009"): a look back, which leaves the story
// where it was; it is kept in lookBack, for an amount counted from it ("15
// years later"). A year opening a paragraph ("Essay submitted 14 March
// 2025¶¶In 1769 Arkwright ...") starts what it tells: no look back.
func (t *Tagger) lookingBack(r *res, d timeline.Date) bool {
	if (t.narrative || !t.hasRef) && t.last.Prec >= timeline.Week && d.Prec <= timeline.Year && t.last.Year-d.Year > 10 &&
		t.isAny(r.start-1, "in", "since", "from", "of", "around", "about", "before", "after", "by") && !t.paraStart(r.start-1) &&
		!(t.last == t.spanTo && t.spanFrom.Prec >= timeline.Year && t.spanFrom.Year <= d.Year) {
		// (a year within the span just told, a life's "(1819 – 1888)",
		// is a step of the story it spans)
		t.lookBack, t.lookBackEnd = d, r.end
		return true
	}
	return false
}

// datedPaper reports whether the date d of r is the date a paper is
// dated with ("A letter dated 12 February was noted. The meeting closed
// at 8.47 pm"): the paper's, not the story's day. A paper dated decades
// before the story's date is looked back to, and kept in lookBack for a
// day counted from it ("Notes, Monday 10 February ... a bond dated 1 May
// 1822 ... his sister, who married on the following day": 2 May 1822).
func (t *Tagger) datedPaper(r *res, d timeline.Date) bool {
	if !(t.last.Prec >= timeline.Day || t.hasRef && !t.narrative) || !t.is(r.start-1, "dated") || t.tok(r.start-1).cap {
		return false
	}
	if story := t.last; d.Prec >= timeline.Day && (story.Prec >= timeline.Year || t.hasRef) {
		if story.Prec < timeline.Year {
			story = dayDate(t.ref)
		}
		if story.Year-d.Year > 10 {
			t.lookBack, t.lookBackEnd = d, r.end
		}
	}
	return true
}

// laterField reports whether r is the value of a record's field that
// follows another dated field on the line before ("Admitted: 4 March
// 2024¶Discharged: 21 March 2024"): the story told after the record starts
// at its first date, which the later fields do not move.
func (t *Tagger) laterField(r *res) bool {
	if !t.punct(r.start-1, ':') {
		return false
	}
	// the label: one to four words opening the line, the first a capital
	k := r.start - 2
	for k >= 0 && r.start-2-k < 4 && !t.lineStart(k) {
		k--
	}
	if k < 0 || !t.lineStart(k) || t.tok(k).kind != tWord || !t.tok(k).cap {
		return false
	}
	for q := k; q < r.start-1; q++ {
		if t.tok(q).kind != tWord {
			return false
		}
	}
	// nothing after the value on its line but a full stop
	if e := r.end; e < len(t.toks) && !t.newLine(e) && !(t.punct(e, '.') && (e+1 >= len(t.toks) || t.newLine(e+1))) {
		return false
	}
	line := int(t.tok(k).start)
	prev, prevLine := t.fieldEnd, t.fieldLine
	t.fieldEnd, t.fieldLine = r.end, line
	if prev < 0 || t.lastSetEnd != prev || line == 0 {
		return false
	}
	pl := strings.LastIndexByte(t.text[:line-1], '\n') + 1
	return pl == prevLine
}

// hypotheticalBound reports whether the date d of r is a bound that a
// modal verb puts ahead of the story ("would delay commencement until 1
// January 2027"): what might be, which leaves the story where it was.
func (t *Tagger) hypotheticalBound(r *res, d timeline.Date) bool {
	if !t.narrative || !t.isAny(r.start-1, "until", "till") || t.last.Prec < timeline.Year || d.Year <= t.last.Year {
		return false
	}
	for k := r.start - 2; k >= 0 && k >= r.start-10; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		if t.isAny(k, "would", "could", "might", "may", "will", "shall", "should", "proposed", "proposes", "plans", "planned") {
			return true
		}
	}
	return false
}

// eraWritten reports whether the expression r writes its era, AD or CE
// ("AD 200", "200 CE").
func (t *Tagger) eraWritten(r res) bool {
	for k := r.start; k < r.end; k++ {
		if t.isAny(k, "ad", "ce") && t.tok(k).upper {
			return true
		}
	}
	return false
}

// stampDay returns the day of the log's or the diary's entry the
// expression being matched is in (see noteStamp).
func (t *Tagger) stampDay() (timeline.Date, bool) {
	return t.stampDayV, t.stampDayV.Prec >= timeline.Day
}

// noteStamp notes the day d read at tokens [start, end) as the day of the
// entry that follows, when it opens its line as a log's stamp with its
// time does in a text of such lines ("12/01/2025 09:15 - Ward round" over
// "Plan angiogram tomorrow"), or as a diary's entry or a dateline does
// ("12 January 2025. Walked to the old town. We leave for Annecy
// tomorrow"). A day told inside an entry is no stamp and changes nothing.
func (t *Tagger) noteStamp(d timeline.Date, start, end int) {
	if t.stampText < 0 || d.Year == 0 || d.DayOf() == t.stampDayV || d.IsVague() {
		return
	}
	// the day opens its line, perhaps after a list's mark or a bracket
	k := start
	if !t.lineStart(k) {
		if k == 0 || t.toks[k-1].kind != tPunct || !t.lineStart(k-1) {
			return
		}
		k--
	}
	if f := &t.toks[start]; f.kind != tNum && (f.kind != tWord || t.w(start) == nil || t.w(start).month == 0 && t.w(start).wday == 0) {
		return // no date opens the line
	}
	ls := strings.LastIndexByte(t.text[:t.toks[k].start], '\n') + 1
	p := linePrefix(t.text, ls)
	covers := func(re *regexp.Regexp) bool {
		m := re.FindStringIndex(p)
		return m != nil && ls+m[1] >= int(t.toks[end-1].end)
	}
	stamp, entry := covers(stampRe), covers(entryOpenRe)
	if !stamp && !entry {
		return
	}
	if t.stampText == 0 {
		t.stampText = entryKind(t.text)
	}
	if stamp && t.stampText == 1 || entry && t.stampText > 0 {
		t.stampDayV = d.DayOf()
	}
}

// logLineDay returns the day of the log's line the expression being
// matched is on ("0530  Statement to be taken later today"): in news, what
// a log's line says of today is of that line's day.
func (t *Tagger) logLineDay() (timeline.Date, bool) {
	if !t.narrative && t.labClock >= 0 && t.labEnd <= t.at && !t.lineBetween(t.labEnd-1, t.at) {
		return t.labDay, true
	}
	return timeline.Date{}, false
}

// yearAwards are what "of the year" makes a title of.
var yearAwards = map[string]bool{
	"player": true, "person": true, "book": true, "car": true, "album": true, "song": true, "record": true, "team": true,
	"coach": true, "manager": true, "word": true, "company": true, "employee": true, "athlete": true, "rookie": true,
	"woman": true, "man": true, "horse": true, "goal": true, "try": true, "film": true, "movie": true, "artist": true,
	"sportsman": true, "sportswoman": true, "footballer": true, "businessman": true, "businesswoman": true, "teacher": true,
	"volunteer": true, "designer": true, "chef": true, "restaurant": true, "photograph": true, "photo": true, "picture": true,
	"entertainer": true, "comeback": true, "newcomer": true, "personality": true, "bank": true, "brand": true, "product": true,
	"highlight": true, "highlights": true, "star": true, "pick": true, "quote": true, "sighting": true, "bird": true, "catch": true,
}

// comingEventNouns are events a possessive weekday names that a text in
// the present tense awaits: "Wednesday's election".
var comingEventNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "referendum": true, "poll": true, "polls": true,
	"match": true, "game": true, "final": true, "summit": true, "debate": true, "race": true, "launch": true,
}

var futureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "going": true, "planning": true, "soon": true,
	"expected": true, "expects": true, "scheduled": true, "due": true, "intends": true,
	"would": true, "upcoming": true, "tomorrow": true, "next": true, "to": false,
	"wo": true, "begin": true, "start": true, "scheduling": true, "payable": true,
	"effective": true, "postponed": true, "delayed": true, "deferred": true, "adjourned": true, "extended": true,
	"expect": true, "anticipate": true, "anticipates": true, "forecast": true, "forecasts": true,
}

// postponeCues look ahead to the date something is put off to.
var postponeCues = map[string]bool{
	"postponed": true, "delayed": true, "deferred": true, "adjourned": true, "extended": true, "rescheduled": true,
}

var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"yesterday": true, "told": true, "came": true, "went": true, "met": true, "began": true,
	"took": true, "made": true, "gave": true, "got": true, "held": true, "saw": true,
	"found": true, "left": true, "won": true, "lost": true, "fell": true, "rose": true,
	"hit": false, "sold": true, "bought": true, "paid": true, "spoke": true, "wrote": true,
	"last": true, "earlier": true, "since": true, "been": true,
	// irregular past forms
	"struck": true, "led": true, "fought": true, "broke": true, "became": true, "ran": true,
	"stood": true, "brought": true, "thought": true, "felt": true, "kept": true, "sent": true,
	"spent": true, "built": true, "drove": true, "fled": true, "grew": true, "knew": true,
	"sought": true, "sank": true, "threw": true, "chose": true, "caught": true, "taught": true,
	"meant": true, "drew": true, "flew": true, "withdrew": true, "overthrew": true, "beat": true,
	"underwent": true, "oversaw": true, "stole": true, "swore": true, "woke": true, "arose": true, "sworn": true,
	"froze": true, "heard": true, "sat": true, "rode": true, "understood": true, "overcame": true,
	"undertook": true, "forgot": true, "shook": true, "slept": true, "wept": true, "swept": true,
	"lent": true, "dealt": true, "fed": true, "hung": true, "stuck": true, "forbade": true,
	"shot": true, "hid": true, "laid": true, "slid": true, "overtook": true, "upheld": true,
	"withheld": true, "overheard": true, "overran": true, "overrode": true, "mistook": true,
	"forgave": true, "foresaw": true, "rang": true, "sang": true, "shone": true, "shrank": true,
	"sped": true, "spun": true, "sprang": true, "strode": true, "swam": true, "swung": true,
	"tore": true, "wore": true, "wove": true, "dug": true, "clung": true, "crept": true, "bled": true,
}

// sameFormPast are verbs whose past is their present form.
var sameFormPast = map[string]bool{
	"hit": true, "cut": true, "shut": true, "hurt": true, "split": true, "spread": true, "quit": true,
	"beat": true, "burst": true, "shed": true, "upset": true, "wed": true,
}

// conditionBefore reports whether the past form at token k is the verb of
// an "if" or "unless" clause that opens a few words before it ("if a
// revised pay offer were made").
func (t *Tagger) conditionBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-7; m-- {
		if t.toks[m].kind == tPunct {
			return false
		}
		if t.isAny(m, "if", "unless") {
			return true
		}
	}
	return false
}

// tense guesses from the verbs around tokens [i, j) whether the sentence
// speaks of the past (-1) or the future (+1); 0 when it cannot tell. The
// nearest cue before the expression wins, then the nearest after it.
// pastParticiple reports whether word k is a past participle: a word
// ending in "-ed", or one of the common irregular ones.
func (t *Tagger) pastParticiple(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.end-tk.start < 3 {
		return false
	}
	if s := t.text[tk.start:tk.end]; s[len(s)-2:] == "ed" {
		return true
	}
	return t.isAny(k, "set", "made", "held", "built", "won", "written", "taken", "given", "broken", "done", "seen", "shot", "struck", "hit", "led", "sold", "bought", "found", "told", "run")
}

// monthOnly reports whether tokens [i, j) name a month and no day of it
// ("the end of March", not "March 31" nor "Friday").
func (t *Tagger) monthOnly(i, j int) bool {
	month := false
	for k := i; k < j; k++ {
		tk := t.tok(k)
		if tk == nil || tk.kind == tNum {
			return false
		}
		if w := t.w(k); w != nil {
			if w.wday > 0 || w.unit == uDay {
				return false
			}
			month = month || w.month > 0
		}
	}
	return month
}

// portionOpens reports whether tokens [first, i) are a preposition and
// the part of the date it takes, opening the sentence: "For most of
// March the factory was closed", "During the whole of 2020".
func (t *Tagger) portionOpens(first, i int) bool {
	if i-first > 5 || !t.is(i-1, "of") || !t.isAny(first, "for", "during", "in", "through", "throughout", "over") {
		return false
	}
	for k := first + 1; k < i-1; k++ {
		if !t.isAny(k, "most", "much", "all", "part", "some", "the", "whole", "rest", "remainder", "bulk", "large", "parts") {
			return false
		}
	}
	return true
}

// timeNounOpens reports whether tokens [first, i) are a time of some day
// and the preposition that takes the date, opening the sentence: "One
// night in April", "One wet Saturday in April", "Early that morning in
// May"; the verb after is the date's clause's.
func (t *Tagger) timeNounOpens(first, i int) bool {
	if i-first > 5 || !t.isAny(i-1, "in", "during", "of") {
		return false
	}
	day := false
	for k := first; k < i-1; k++ {
		w := t.w(k)
		switch {
		case w != nil && (w.wday > 0 && !w.plural || w.part != timeline.NoPart || w.unit == uDay):
			day = true
		case t.isAny(k, "one", "that", "a", "an", "some", "early", "late", "the", "this"):
		case w == nil && t.tok(k).kind == tWord && !t.tok(k).cap && !t.glued(k):
			// ("wet", "cold")
		default:
			return false
		}
	}
	return day
}

// pastGovernor reports whether the verb that governs the "to" at token k,
// a few words before it in its clause, is a past form ("asked for patches
// to be ready"); a future cue first says no ("was expected to be ready").
func (t *Tagger) pastGovernor(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		t.weakCue = false
		c, stop := t.cue(m, true)
		if c < 0 && !t.weakCue {
			t.weakCue = false
			return true
		}
		if c != 0 || stop {
			break
		}
	}
	t.weakCue = false
	return false
}

// pastMeetingLead reports whether token n ends the phrase opening a
// sentence that refers back to a meeting of the writer's and the
// reader's ("Following our call", "Further to your visit"), and no
// future is told in the rest of the sentence.
func (t *Tagger) pastMeetingLead(n int) bool {
	for k := n - 1; k >= n-2 && k >= 1; k-- {
		if !t.isAny(k, "our", "your") {
			continue
		}
		h := k - 1 // the phrase's first word
		if t.is(h, "to") && t.is(h-1, "further") {
			h--
		} else if !t.is(h, "following") {
			return false
		}
		if !t.opensSentence(h) && !t.paraStart(h) && !(t.lineStart(h) && t.tok(h).cap) {
			return false
		}
		for e := n + 1; e < len(t.toks) && e < n+40; e++ {
			if tk := &t.toks[e]; tk.kind == tPunct && (tk.r == '.' || tk.r == '?' || tk.r == '!' || tk.r == ';') {
				break
			}
			if t.isAny(e, "will", "ll", "shall", "going") {
				return false
			}
		}
		return true
	}
	return false
}

// answerTense returns the tense of the question a date answers when the
// date opens a speaker's turn, its label and a colon before it (and a
// preposition, "On 3 February"), and the line before asks a question: -1
// when it asks what was ("When did ...?", "When was ...?"), 1 when it asks
// what will be ("When will ...?"), else 0.
func (t *Tagger) answerTense(i int) int {
	k := i - 1
	if t.isAny(k, "on", "in", "by", "at", "around", "about", "from", "since", "until", "during") {
		k--
	}
	if !t.punct(k, ':') {
		return 0
	}
	ls := t.lineAt(int(t.toks[k].start))
	label := t.text[ls:t.toks[k].start]
	if label == "" || len(label) > 40 || label[0] < 'A' || label[0] > 'Z' || ls < 2 {
		return 0
	}
	// the line before (over blank ones)
	e := ls - 1
	for e > 0 && (t.text[e-1] == '\n' || t.text[e-1] == ' ' || t.text[e-1] == '\r') {
		e--
	}
	prev := t.text[strings.LastIndexByte(t.text[:e], '\n')+1 : e]
	if !strings.HasSuffix(prev, "?") || len(prev) > 400 {
		return 0
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(prev), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		switch w {
		case "did", "was", "were", "had":
			return -1
		case "will", "shall", "won't":
			return 1
		}
	}
	return 0
}

// tensePrevIDs marks the ids of the words tense asks about at the token
// before the date (and, after some of them, at the one before that):
// where that token is none of them, every such check fails, and tense
// skips them. (It is asked at every date tense reads: a table spares the
// calls that would compare the word with each list in turn.) The
// vocabulary's init fills it, once the words have their ids.
var tensePrevIDs [vocabSize]bool

// markTensePrev fills tensePrevIDs.
func markTensePrev() {
	for _, key := range [...]string{
		"on", "out", "in", "from", "late", "early", "by", "probably", "possibly", "perhaps", "likely", "maybe", "hopefully",
		"of", "after", "you", "until", "till", "to", "at", "for", "awaited", "awaiting", "await", "awaits",
	} {
		var b wordBuf
		copy(b[:], key)
		id := lookup(wordBits(&b, len(key)))
		if id == 0 {
			panic("tempex: tense asks about a word out of the vocabulary: " + key)
		}
		tensePrevIDs[id] = true
	}
}

func (t *Tagger) tense(i, j int) int {
	t.weakCue, t.undecided = false, false
	t.cueFor = i
	// (most checks below ask first whether the word before the date is
	// one of a few: one look at a table of those words spares them all,
	// for the most words met there, their calls; see tensePrevIDs)
	pa := i >= 1 && tensePrevIDs[t.toks[i-1].id]
	// "the three months ended September 30": the end of a period
	// reported on, which is past
	if t.is(i-1, "ended") {
		if w := t.w(i - 2); w != nil && (w.unit == uMonth || w.unit == uWeek || w.unit == uYear || w.unit == uQuarter) {
			t.closePast, t.closeFuture = true, false
			return -1
		}
	}
	// "CHAIR: When did the river first overtop the defences?¶MR OKAFOR:
	// On 3 February, a little after midnight": an answer that is a date
	// alone takes the tense of the question it answers
	if d := t.answerTense(i); d != 0 {
		t.closePast, t.closeFuture = d < 0, d > 0
		return d
	}
	// "Passengers who bought tickets for Friday", "seats for Saturday's
	// match": a thing had for a day, which the verb of getting it does
	// not place (bought ahead or after): the nearest such
	if w := t.w(i); w != nil && w.wday > 0 && j == i+1 && t.is(i-1, "for") &&
		t.isAny(i-2, "tickets", "ticket", "seats", "seat", "tables", "table", "reservations", "reservation", "bookings", "booking", "places", "slot", "slots") {
		t.closePast, t.closeFuture = false, false
		return 0
	}
	// "I have signed up for a one-day course on June 10", "She registered
	// for the half marathon on 4 May": the day of the thing signed up for,
	// after its name, which the verb of signing up does not place (done
	// ahead or after): the nearest such day
	if t.is(i-1, "on") && t.signedUpFor(i-2) {
		t.closePast, t.closeFuture = false, false
		return 0
	}
	// "The budget vote slipped from October to December", told on 7
	// November: the date a thing was moved to is its new date, which the
	// verb of moving does not place (past or to come): the nearest such
	if t.movedIdx >= 0 && t.movedEnd >= i-2 && t.movedEnd < i && t.isAny(i-1, "to", "until", "till", "into") {
		t.closePast, t.closeFuture = false, false
		return 0
	}
	// "their fifth album, Low Tide, out on Friday", "the single — out
	// Friday — ...": a release set off after its name (which is out on
	// the day) is still to come, whatever verb told its announcement
	// ("came out on Friday" has a verb of its own, "out last Friday" its
	// own direction; a weekday only, and the day must end the phrase)
	if w := t.w(i); w != nil && w.wday > 0 && j == i+1 {
		if o := i - 1 - b2i(t.is(i-1, "on")); pa && t.is(o, "out") && (t.punct(o-1, ',') || t.dash(o-1)) &&
			(t.tok(j) == nil || t.tok(j).kind == tPunct && !t.punct(j, '\'') && !t.punct(j, '’')) {
			t.closePast, t.closeFuture = false, true
			return 1
		}
	}
	// "Price had a job offer starting in May", "a contract beginning in
	// June": a thing's start, told after the noun, is no time the
	// sentence's verb places (the offer was had before it starts): the
	// nearest such month
	if pa && t.isAny(i-1, "in", "from") && t.isAny(i-2, "starting", "beginning", "commencing") && t.tok(i-3) != nil && t.tok(i-3).kind == tWord && !t.tok(i-3).cap &&
		t.w(i-3) == nil && t.monthOnly(i, j) {
		t.closePast, t.closeFuture = false, false
		return 0
	}
	// "- March 17: Town council special meeting", a chronology's line
	// labelled by its day: the line says no tense, and the line before
	// tells it nothing: the nearest such day
	ls, le := i, j
	if pa && t.isAny(ls-1, "late", "early", "on") {
		ls-- // "Late Tuesday evening: ..."
	}
	if w := t.w(le); w != nil && w.part != timeline.NoPart {
		le++
	}
	if t.lineStart(ls) && (t.punct(le, ':') || t.dash(le) && !t.glued(le+1)) {
		t.closePast, t.closeFuture = false, false
		return 0
	}
	// "We will hand the site back once investigators release it,
	// probably on Monday": a hedged day after a clause, in a sentence
	// told in the future, is to come
	if h := i - 1 - b2i(pa && t.isAny(i-1, "on", "by")); pa && t.isAny(h, "probably", "possibly", "perhaps", "likely", "maybe", "hopefully") && t.punct(h-1, ',') {
		for k := h - 2; k >= 0 && k >= h-30; k-- {
			if tk := &t.toks[k]; tk.kind == tPunct {
				if _, stop := t.cue(k, true); stop {
					break
				}
			}
			if t.isAny(k, "will", "shall", "ll") {
				t.closePast, t.closeFuture = false, true
				return 1
			}
		}
	}
	// "within 21 days of 20 May", "30 days after 3 March": the day an
	// amount is counted from, which the verb's tense (of the deadline)
	// does not place: the nearest such day
	if pa && t.isAny(i-1, "of", "after", "from") && !(t.is(i-1, "from") && t.dayAt(i)) { // (but "will be two weeks from Sunday" is from the Sunday to come, as the verb says)
		if w := t.w(i - 2); w != nil && w.unit >= uDay && w.unit <= uMonth && w.plural && t.numOrWordNum(i-3) &&
			!t.isAny(i-4, "aged", "age") { // (but "extended to children aged nine months from September": an age, the month the verb's)
			t.closePast, t.closeFuture = false, false
			return 0
		}
	}
	// "shall pay the costs of the hearing on 5 March", "the transcript of
	// the trial on 9 March": what a proceeding cost, or the record made
	// of an event, is had once it is held, whatever the verb orders done
	// with them: the latest such day (not "await the outcome of the
	// hearing on", nor "will meet the costs of the conference on"); and
	// a court order's recital of what it heard or read ("UPON hearing
	// counsel for the Claimant on 5 March") tells what came before it
	if t.is(i-1, "on") && (t.heldEventOf(i-2) || t.recital(i, j)) {
		t.closePast, t.closeFuture = true, false
		return -1
	}
	// "The world record remains 2:00:35, set by Kelvin Kiptum in Chicago
	// in October": a past participle with its agent after a comma tells
	// what was done, whatever the main verb's tense
	for k := i - 1; k >= 2 && k >= i-10; k-- {
		tk := &t.toks[k]
		if tk.kind == tPunct {
			break
		}
		if t.is(k, "by") && t.punct(k-2, ',') && t.tok(k-1).kind == tWord && !t.tok(k-1).cap && t.pastParticiple(k-1) &&
			!t.isAny(k-1, "followed", "accompanied", "preceded", "joined", "replaced", "succeeded", "backed", "supported", "hampered", "driven", "fuelled", "fueled") { // (", followed by a faster motion on Wednesday": what comes next)
			t.closePast, t.closeFuture = true, false
			return -1
		}
	}
	// "inspected twice a year, most recently in May": the last time
	if pa && t.isAny(i-1, "in", "on") && t.isAny(i-2, "recently", "lately", "previously", "formerly") {
		t.closePast, t.closeFuture = true, false
		return -1
	}
	// "Following our call on Monday, the quote is ...", "Further to your
	// visit on Tuesday": a meeting the writer refers back to, in the
	// phrase opening the sentence, has been held (not "Following our
	// call on Monday, we will send it")
	if w := t.w(i); w != nil && w.wday > 0 && t.is(i-1, "on") && t.pastMeetingLead(i-2) {
		t.closePast, t.closeFuture = true, false
		return -1
	}
	// "This article was updated on Thursday": a note on the piece
	// itself, changed after it was published (the reference day)
	if w := t.w(i); w != nil && w.wday > 0 && j == i+1 && pa && t.isAny(i-1, "on") && t.isAny(i-2, "updated", "corrected", "amended", "revised", "edited") {
		for k := i - 3; k >= 0 && k >= i-8; k-- {
			if t.isAny(k, "article", "story", "post", "page", "piece", "report", "blog", "entry") && t.isAny(k-1, "this", "the") {
				t.closePast, t.closeFuture = false, true
				return 1
			}
			if t.toks[k].kind == tPunct {
				break
			}
		}
	}
	// "See you Friday", "see you on the 12th", "Valid until Friday": a
	// parting and a notice's term look ahead
	k := i - 1
	if tk := t.tok(k); tk != nil && tk.kind == tNum && tk.nd == 4 {
		k-- // "until 2359 Friday"
	}
	if (pa || k != i-1) && (t.is(k, "you") && t.is(k-1, "see") || t.is(k, "on") && t.is(k-1, "you") && t.is(k-2, "see") ||
		t.isAny(k, "until", "till", "from", "to") && t.is(k-1, "valid")) {
		t.closePast, t.closeFuture = false, true
		return 1
	}
	// "The judge gave the defense until March 1 to respond": a time
	// allowed runs to a deadline still to come when it was given
	bi := i - 1
	if t.is(bi, "of") && t.isAny(bi-1, "end", "start", "beginning", "middle") {
		bi -= 2 // "by end of Q2", "by the end of June"
		if t.is(bi, "the") {
			bi--
		}
	}
	if pa && t.isAny(bi, "until", "till", "by") {
		i := bi + 1
		if !t.narrative && t.isAny(bi, "until", "till") && t.stateHolds(bi) {
			// "Ferry services cancelled until Thursday", "Leicester sign
			// Tom Bale on loan until January": a stop or a term told in
			// a present report runs to its end, still to come
			t.closePast, t.closeFuture = false, true
			return 1
		}
		if t.isAny(i-2, "have", "has", "having", "get", "gets") {
			// "Prosecutors have until Friday to decide": the time left
			t.closePast, t.closeFuture = false, false
			return 1
		}
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if lowerIn(t, k, pledgeVerbs) {
				// "The Minister promised a review by June": what was
				// pledged is to come when it was pledged; a month may
				// have passed since (the nearest such month), a weekday
				// is the one to come
				t.closePast, t.closeFuture = false, false
				if t.monthOnly(bi+1, j) {
					return 0
				}
				return 1
			}
			if lowerIn(t, k, deadlineVerbs) || t.is(k, "must") && !t.is(k+1, "have") ||
				t.is(k, "to") && (t.is(k+1, "be") && !t.is(k-1, "used") || lowerIn(t, k+1, toDoVerbs)) {
				// "must respond by Friday", "with a supplier to be selected
				// by end of Q2", "work to finish by September": a deadline
				// to come
				t.closePast, t.closeFuture = false, false
				if t.is(k, "to") && t.monthOnly(bi+1, j) && t.pastGovernor(k) {
					// "Vendors asked for patches to be ready by the end of
					// March": a month's deadline set in the past, which may
					// have passed by now: the nearest such month
					return 0
				}
				return 1
			}
			if _, stop := t.cue(k, true); stop {
				break
			}
		}
	}
	// "24 million users, up from 20 million in December": the figure
	// it is compared with, which is past
	if pa && t.isAny(i-1, "in", "on", "at") {
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if t.is(k, "from") && t.isAny(k-1, "up", "down", "rising", "falling", "rose", "fell", "increase", "decrease", "increased", "decreased") &&
				!t.isAny(k-2, "step", "steps", "stepped", "stepping", "stand", "stands", "stood", "standing", "climb", "climbed", "back", "backed", "come", "came") { // (not "will step down from the Board in September")
				t.closePast, t.closeFuture = true, false
				return -1
			}
			if t.toks[k].kind == tPunct && !t.punct(k, ',') && !t.punct(k, '.') && !t.punct(k, '%') {
				break
			}
		}
	}
	// "Monday works for us", "Tuesday suits me", "Friday is fine": a
	// day offered or agreed for a meeting is one to come
	if w := t.w(i); w != nil && w.wday > 0 && j == i+1 && (t.isAny(j, "works", "suits", "sounds", "would", "could", "should") ||
		t.isAny(j, "is", "looks", "seems") && t.isAny(j+1, "fine", "good", "better", "best", "ok", "okay", "perfect", "great", "free", "open", "easier", "ideal")) {
		t.closePast, t.closeFuture = false, true
		return 1
	}
	// "looking ahead to Wednesday", "awaited Friday's jobs report",
	// "were waiting for Friday's report": what is waited for is to come
	if pa && (t.is(i-1, "to") && t.is(i-2, "ahead") || t.isAny(i-1, "awaited", "awaiting", "await", "awaits") ||
		t.is(i-1, "for") && t.isAny(i-2, "waiting", "waited", "wait", "waits")) {
		t.closePast, t.closeFuture = false, true
		return 1
	}
	// "Monday's ruling": a possessive weekday names a past event (and
	// "Sunday afternoon's news conference": with its part of the day)
	if pw := t.w(j); pw != nil && pw.part != timeline.NoPart && (t.punct(j+1, '\'') || t.punct(j+1, '’')) && t.glued(j+1) && t.is(j+2, "s") {
		j++
	}
	if (t.punct(j, '\'') || t.punct(j, '’')) && t.glued(j) && t.is(j+1, "s") {
		if t.is(i-1, "of") && t.isAny(i-2, "ahead", "eve") { // "ahead of Sunday's vote", "on the eve of Wednesday's election"
			return 1
		}
		if t.is(i-1, "for") && t.is(i-2, "time") && t.is(i-3, "in") {
			// "is expected to be registered in time for Saturday's game":
			// what a plan is to be ready for is to come when the plan is
			for k := i - 4; k >= 0 && k >= i-16; k-- {
				c, stop := t.cue(k, true)
				if c > 0 && !t.weakCue {
					return 1
				}
				if c != 0 || stop {
					break
				}
			}
			t.weakCue = false
		}
		// "Saturday's game will be played behind closed doors", "will
		// play Saturday's game", "Friday's deadline is fast approaching":
		// a sure future cue around it; else the event is past ("Monday's
		// ruling")
		for k := i - 1; k >= 0 && k >= i-6; k-- { // the verb the noun is the object of
			if k < i-3 && !t.isAny(k, "will", "can", "ll", "shall", "could") {
				continue // ("We can review it at Friday's ops sync": a modal a little further back)
			}
			c, stop := t.cue(k, true)
			if c != 0 {
				if c > 0 && !t.weakCue {
					return 1
				}
				if c < 0 {
					return -1
				}
				break
			}
			if stop {
				break
			}
		}
		for k := j + 2; k < len(t.toks) && k < j+10; k++ {
			if t.punct(k, ',') {
				break // "At February's pace, it would take ...": the clause after is not the noun's
			}
			if t.isAny(k, "approaching", "looming", "approaches", "looms", "nears") {
				return 1
			}
			t.weakCue = false
			c, stop := t.cue(k, false)
			if c > 0 && t.weakCue {
				continue // "is fast approaching"
			}
			if c != 0 {
				if c > 0 {
					return 1
				}
				break
			}
			if stop {
				break
			}
		}
		t.weakCue = false
		if lowerIn(t, j+2, comingEventNouns) && !t.pastBefore(i) {
			// "Voters go to the polls in Wednesday's election": an event
			// told in the present, the nearest such day
			return 0
		}
		return -1
	}
	// "Flights on Thursday were expected to operate normally": a plan
	// told in the past, for a day still to come
	if w := t.w(i); w != nil && w.wday > 0 && j == i+1 && t.isAny(j, "was", "were") && t.isAny(j+1, "expected", "due", "scheduled", "set", "slated", "supposed", "likely") && t.is(j+2, "to") {
		t.closePast, t.closeFuture = false, false
		return 1
	}
	// "The cabinet on Tuesday postponed the vote", "The company Monday
	// said": a weekday between the subject and its verb, as wire copy
	// writes it, takes that verb's tense, whatever clause came before
	// (but not "a vote planned for Thursday was in doubt": a weekday a
	// preposition other than "on" takes is that word's object, no time of
	// the verb after it)
	if w := t.w(i); w != nil && w.wday > 0 && j == i+1 && t.tok(j) != nil && t.tok(j).kind == tWord && !t.lineStart(i) {
		if p := t.beforeMods(i) - 1 - b2i(t.is(i-1, "on")); p >= 0 && t.tok(p).kind == tWord && !t.tok(p).cap &&
			!t.isAny(p, "for", "by", "to", "from", "before", "after", "since", "through", "till", "until") {
			if pc, _ := t.cue(p, true); pc == 0 && t.w(p) == nil {
				if c, _ := t.cue(j, false); c < 0 && !t.weakCue {
					t.closePast, t.closeFuture = true, false
					t.dirAt, t.dirVal = i, c
					return c
				}
			}
		}
	}
	// "the April 20 vote", "a May 1 deadline": a day that names a thing
	// is the thing's, which the verb does not place (the cabinet
	// postponed, officials announced): the nearest such day
	// (not "in an April speech", where what was done then was done, nor
	// "In August 2019, ... at its September meeting", a story's month)
	if w := t.w(i); (w != nil && w.month > 0 || t.tok(i).kind == tNum && t.isMonthAt(i+1)) && t.tok(j) != nil && t.tok(j).kind == tWord && !t.tok(j).cap && t.w(j) == nil &&
		(t.isAny(i-1, "the", "a", "an", "its", "their", "this") && !t.isAny(i-2, "in", "at", "during", "on", "after", "before", "since", "by") ||
			t.isAny(i-1, "at", "below", "above", "than", "from", "over") && strings.HasSuffix(t.lowerWord(j), "s")) &&
		!(t.last.Prec >= timeline.Year && t.hasRef && t.last.Year != t.ref.Year() && (t.last.Prec >= timeline.Month || t.last.Year < t.ref.Year()-1 || t.last.Year > t.ref.Year()+1) &&
			t.lastEnd >= 0 && t.lastEnd <= i && t.sentencesBetween(t.lastEnd, i) <= 1) { // (a year-earlier quarter compared with is no story)
		// (and "stay at January levels", "above March prices")
		if c, _ := t.cue(j, false); c == 0 && !t.isAny(j, "and", "or", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "that", "which", "when", "after", "before", "until", "through", "was", "were", "is", "are", "s") &&
			!lowerIn(t, j+1, plannedEventNouns) { // (but "will advance to the November general election": a thing held, the verb tells when)
			t.closePast, t.closeFuture = false, false
			return 0
		}
	}
	// "issued a flood warning until 7 p.m. CDT Thursday", "a curfew
	// until Friday": a notice runs to a time still to come
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		tk := &t.toks[k]
		if tk.kind != tWord {
			if tk.kind == tPunct && !(tk.r == '.') {
				break
			}
			continue
		}
		if w := t.key(k); w == "until" || w == "till" { // (read here at every word of the six before every date tense reads: no call)
			if t.isAny(k-1, "warning", "watch", "advisory", "curfew", "alert", "ban", "closure", "order", "restrictions", "effect") {
				t.closePast, t.closeFuture = false, true
				return 1
			}
			break
		}
	}
	first := -1 // the sentence's first token, when the scan reaches it
	t.closePast, t.closeFuture = false, false
	// a weekday alone in a report, which a verb in the simple present
	// may place ("The office moves on Friday"; see scheduledPresent)
	bareDay := !t.narrative && t.hasRef && t.bareWeekday(i, j)
	afterIng := false // an "after" with a gerund met on the way back
	// (as far back as "The bill, which passed the House by a vote of 230
	// to 190 after a long debate in February, will ...": the clause's
	// own verb)
	reach := i - 20
	for k := i - 1; k >= 0 && k >= reach; k-- {
		if k+1 < i && t.newLine(k+1) && t.labelledLine(k) {
			// "Was:  London Heathrow (LHR) dep 14:10 BST", then "Now:
			// ... dep 16:40 BST": a labelled field on the line above
			// is a statement of its own, not this line's clause
			first = k + 1
			break
		}
		if t.punct(k, ',') && k >= i-2 {
			// "will vote on the budget resolution, which Democrats
			// unveiled this week with great fanfare, on Saturday": the
			// relative clause set off before it is not its clause
			for m := k - 1; m >= 0 && m >= k-18; m-- {
				if tk := t.toks[m]; tk.kind == tPunct {
					if t.punct(m, ',') && t.isAny(m+1, "which", "who") {
						k, reach = m, reach-(k-m)
					}
					break
				}
			}
			continue
		}
		if t.is(k, "to") && t.isAny(k-1, "voted", "agreed", "decided", "pledged", "promised", "vowed", "threatened", "moved", "offered", "sought", "approved", "authorized", "authorised", "bill", "measure", "deal", "agreement", "legislation") &&
			t.tok(k+1) != nil && t.tok(k+1).kind == tWord && !t.tok(k+1).cap {
			// "voted to hold the meeting on June 3", "approved a bill to
			// fund the government through Sept. 30": what was decided is
			// after the deciding; a bound of it is to come, a day of it
			// the nearest such
			if t.isAny(t.beforeMods(i)-1, "through", "until", "till", "thru") {
				t.closePast, t.closeFuture = false, true
				return 1
			}
			t.closePast, t.closeFuture = false, false
			return 0
		}
		if t.punct(k-1, ',') && (t.isAny(k, "but", "although", "though", "whereas", "yet") || t.is(k, "and") && t.isAny(k+1, "on", "in", "by", "at") && k+2 == i) {
			// "scheduled for April 20, but on Tuesday the cabinet
			// postponed the vote", ", and on Wednesday the president
			// will speak": a clause of its own, its verb after
			first = k + 1
			break
		}
		if t.is(k, "after") && k+1 < i && t.w(k+1) == nil && strings.HasSuffix(t.lowerWord(k+1), "ing") && len(t.lowerWord(k+1)) > 5 && !strings.HasSuffix(t.lowerWord(k+1), "thing") {
			afterIng = true // "after limping off": a clause of what came before (not "after evening service", a time, nor "after nothing")
		}
		c, stop := t.cue(k, true)
		if t.undecided {
			t.undecided = false
			return 0
		}
		if c == 0 && !stop && t.toks[k].end-t.toks[k].start <= 2 && t.contractedBe(k) {
			// "They did, and we're meeting them this weekend": "'re" and
			// "'m" are "are" and "am", a present that speaks of now or
			// what is to come
			c, t.weakCue = 1, true
		}
		if bareDay && c == 0 && !stop && t.scheduledPresent(k, i, j) {
			// "The office moves on Friday", "Applications close
			// Friday": a verb in the simple present with a weekday, in
			// a notice or a report, tells what is scheduled, a day to
			// come (the past is told in the past tense); weak, as "is"
			// is, so that the day itself is that weekday
			c, t.weakCue = 1, true
		}
		if c < 0 && t.reducedRelative(k, i, j) {
			// "Tickets bought before 17 May remain valid", "Goods ordered
			// after 3 June will ship in July": the participle qualifies
			// a noun; the clause's verb, after the day, tells the time
			if t.isAny(j, "will", "shall", "must", "can", "ll") {
				t.closePast, t.closeFuture = false, false
				return 1
			}
			continue
		}
		if c < 0 && t.isAny(i-1, "until", "till") && t.w(i) != nil && t.w(i).wday > 0 && (t.isAny(k, "remanded", "adjourned", "bailed", "suspended", "banned", "barred", "granted", "given", "extended") ||
			t.isAny(k, "closed", "shut", "halted", "grounded") && !t.isAny(k-1, "was", "were", "stayed", "remained", "been", "is", "are")) { // ("Police closed the road until Friday", not "The road was closed until Friday")
			// "was remanded in custody until Friday": a decision that
			// runs to a day still to come
			t.closePast, t.closeFuture = false, false
			return 1
		}
		if c < 0 && t.isAny(t.beforeMods(i)-1, "until", "till", "through") && !t.pluperfect(i) && (t.w(i) == nil || t.w(i).wday == 0) && !t.isAny(k, "ago", "yesterday", "last", "earlier", "since") {
			// "was released on bail until 30 May": a state that lasts
			// from a past event to a day that may still be to come: the
			// nearest such day (a weekday "until Thursday" is the last)
			t.closePast, t.closeFuture = false, false
			return 0
		}
		if c < 0 && t.isAny(k-1, "if", "unless") && t.pastParticiple(k) && !t.tok(k).cap {
			// "If approved by the Cabinet in November, works would
			// start": a condition's participle, still to be met
			t.closePast, t.closeFuture = false, false
			return 1
		}
		if c < 0 && (t.isAny(k, "were", "was") || t.isAny(k-1, "were", "was")) && t.conditionBefore(k) {
			// "would suspend the action if a revised offer were made by
			// 30 September": a condition still to be met
			t.closePast, t.closeFuture = false, false
			return 1
		}
		if c < 0 && t.isAny(k-1, "and", "or", "then") && t.dirAt >= 0 && t.dirAt < k && t.dirVal > 0 && t.sameSentence(t.dirAt, i) {
			// "will be turned off on 15 January and turned back on on 1
			// April": the second verb shares the first's "will be"
			t.closePast, t.closeFuture = false, true
			return 1
		}
		if c != 0 && t.isAny(k, "is", "are", "be", "looks", "seems") && lowerIn(t, k+1, prospectiveWords) {
			// "A second burst is possible before dawn on the 14th", "is
			// expected on Tuesday": what is to come
			t.weakCue, t.closePast, t.closeFuture = false, false, true
			t.dirAt, t.dirVal = i, 1
			return 1
		}
		if c > 0 && t.weakCue && afterIng && !strings.HasSuffix(t.lowerWord(k+1), "ing") {
			// "Okafor is a doubt after limping off in training on
			// Thursday": what a state now follows from is past
			t.closePast, t.closeFuture = true, false
			t.dirAt, t.dirVal = i, -1
			return -1
		}
		if c != 0 {
			// "was sold in January", "had started on the 28th": a past
			// verb of the expression's own clause, not a reporting verb
			// ("said the deal would close in January")
			t.closePast = c < 0 && (i-k <= 4 || i-k <= 6 && t.isAny(i-1, "in", "on", "during") || i-k <= 14 && t.isAny(i-1, "in", "on", "during") && t.plainObject(k, i)) &&
				!t.isAny(k, "said", "told", "since", "last", "earlier", "ago", "yesterday", "forecast", "projected", "predicted", "estimated") &&
				!lowerIn(t, k, intentCues)
			// "is scheduled for mid-January", "will be sold in November"
			t.closeFuture = c > 0 && i-k <= 4 && !t.weakCue
			t.dirAt, t.dirVal = i, c
			return c
		}
		if stop {
			first = k + 1
			break
		}
		if k == 0 {
			first = 0
		}
	}
	// "Register before 5 May", "Call us on Monday": an imperative asks
	// for what is still to come
	if first >= 0 && first < i && t.tok(first).cap && lowerIn(t, first, imperatives) &&
		!(t.is(first, "march") && !t.is(first+1, "with")) && // ("March with us on Saturday", not "March ended on a Sunday")
		!(first == i-1 && j == i+1 && t.is(first, "come") && t.w(i) != nil && (t.w(i).month > 0 || t.w(i).season != timeline.NoSeason)) { // (but "Come June we went back": when June came, as the clause's verb tells)
		return 1
	}
	for k := j; k < len(t.toks) && k < j+10; k++ {
		if k > j && t.newLine(k) && t.endsLine(k-1) {
			break // a line without a full stop ("... (pupils finish at 1.30pm)") ends there
		}
		if t.is(k, "but") {
			break // "The walkout was due to start on Friday but was called off": another clause's verb
		}
		c, stop := t.cue(k, false)
		if c != 0 {
			// "In March the shop closed", "In December the ferry will
			// return": the clause's own verb after the date, when it
			// opens the sentence
			// ("By June, most of the staff had left": the clause a date
			// set off by a comma opens is the date's, its verb further on)
			opens := first >= 0 && (i-first <= 2 || t.portionOpens(first, i) || t.timeNounOpens(first, i))
			near := k-j <= 4 || t.punct(j, ',') && k-j <= 8
			t.closePast = c < 0 && opens && near && !t.isAny(k, "said", "told", "since", "last", "earlier", "ago", "yesterday")
			t.closeFuture = c > 0 && opens && near && !t.weakCue
			t.dirAt, t.dirVal = i, c
			return c
		}
		if stop {
			break
		}
	}
	// "will publish results on April 29 and hold an investor day on 11
	// September", "the plan: testing from next month, opening on
	// September 16th": no verb near, the sentence's direction so far
	if t.dirAt >= 0 && t.dirAt < i && i-t.dirAt <= 40 && t.sameSentence(t.dirAt, i) &&
		!(t.is(i-1, "on") && t.lastEnd == i-1 && t.is(t.dirAt-1, "for")) { // (not "set sentencing for May 14 on Monday": the day it was set on)
		return t.dirVal
	}
	// "John Smith died on Saturday. Funeral on Friday at 2pm.": a line
	// with no verb that names a rite of mourning is a notice of it, which
	// looks ahead, whatever the sentence before tells
	if first >= 0 && first < i && t.tok(first).cap && lowerIn(t, first+b2i(t.isAny(first, "the", "his", "her", "their")), mourningRites) && t.verbless(first, j) {
		return 1
	}
	// 'will open in September. Not "autumn", September.': a fragment
	// with no verb goes on in the sentence before
	// (a table's row is none: "| Eta Aquariids | 19 Apr – 28 May |"
	// under a row that ends "| last quarter |")
	if first >= 0 && i-first <= 6 && t.dirAt >= 0 && t.dirAt < first && first-t.dirAt <= 30 && t.sentencesBetween(t.dirAt, i) <= 1 && t.verbless(first, j) &&
		!(first > 0 && t.punct(first-1, '|') && t.newLine(first-1)) {
		return t.dirVal
	}
	if t.isAny(i-1, "until", "till") && t.w(i) != nil && t.w(i).wday > 0 && t.hasRef && !t.narrative {
		return 1 // "Sam off till Tuesday", told on a Friday: the next one, which the time off runs to
	}
	if first >= 0 && first < i && t.nextThingOpens(first, i) && t.verbless(i, j) {
		// "Next review in the spring", "Our next meeting on 4 March": a
		// line with no verb that names the next of a thing looks ahead;
		// so does a listing's notice, "No performances on Christmas
		// Day", "Extra matinee on 26 December at 11am"
		return 1
	}
	return 0
}

// heldEventNouns are the events a record is made of; provedEventNouns
// those of them a court awards the costs of.
var (
	heldEventNouns = map[string]bool{
		"hearing": true, "trial": true, "conference": true, "meeting": true, "session": true, "sitting": true, "inquest": true,
		"mediation": true, "arbitration": true, "appeal": true, "application": true, "review": true, "interview": true,
		"inspection": true, "examination": true, "ballot": true, "vote": true, "auction": true, "assembly": true,
	}
	provedEventNouns = map[string]bool{
		"hearing": true, "trial": true, "inquest": true, "mediation": true, "arbitration": true, "appeal": true, "application": true, "review": true,
	}
)

// heldEventOf reports whether token k ends an event that a record, or a
// proceeding's costs, are of: "the costs of the final hearing", "the
// transcript of the trial", "the minutes of the meeting" ("costs of the
// case management conference" too, not "costs of the conference").
func (t *Tagger) heldEventOf(k int) bool {
	noun := t.lowerWord(k)
	if !heldEventNouns[noun] {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		tk := t.tok(m)
		if tk.kind == tPunct && !t.dash(m) {
			return false
		}
		if !t.is(m, "of") {
			continue
		}
		if !t.isAny(m+1, "the", "its", "their", "his", "her", "that", "this", "our", "your") {
			return false
		}
		switch t.lowerWord(m - 1) {
		case "transcript", "transcripts", "minutes", "record", "recording", "recordings", "notes":
			return true
		case "costs", "cost":
			return provedEventNouns[noun] || noun == "conference" && t.lowerWord(k-1) == "management"
		}
		return false
	}
	return false
}

// recital reports whether the day at tokens [i, j) is in a court order's
// recital of what it heard or read: "UPON hearing counsel for the
// Claimant on 5 March", "AND UPON reading the witness statement of ...";
// a phrase in lower case must not lead into a clause after a comma
// ("Upon hearing the verdict on Friday, he will appeal").
func (t *Tagger) recital(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		tk := t.tok(k)
		if tk.kind == tPunct && (tk.r == '.' || tk.r == ';' || tk.r == '!' || tk.r == '?' || tk.r == ':') {
			return false
		}
		if !t.is(k, "upon") {
			if t.newLine(k) && (tk.cap || tk.kind != tWord) && !t.is(k, "and") {
				return false // another line ("IT IS ORDERED THAT ...", "1. ..."), not the recital's wrapped on
			}
			continue
		}
		switch t.lowerWord(k + 1) {
		case "hearing", "reading", "considering", "noting", "reviewing":
		default:
			return false
		}
		h := k - b2i(t.is(k-1, "and"))
		if !t.lineStart(h) && !t.opensSentence(h) {
			return false
		}
		return t.text[tk.start:tk.end] == "UPON" || !t.punct(j, ',')
	}
	return false
}

// contractedBe reports whether token k is "re" or "m" glued after an
// apostrophe ("we're", "I'm"): a present "are" or "am".
func (t *Tagger) contractedBe(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.end-tk.start > 2 || !t.glued(k) || !(t.punct(k-1, '\'') || t.punct(k-1, '’')) || !t.glued(k-1) {
		return false
	}
	w := t.lowerWord(k)
	return w == "re" || w == "m"
}

// nextThingOpens reports whether the sentence that opens at token first
// names the next of a thing before token i, with no verb: "Next review
// in the spring", "Our next meeting on 4 March" (not "next to", nor
// "next week", a date of its own); or a notice of what there is or is
// not on a day of the calendar: "No performances on Christmas Day",
// "Extra matinee on 26 December" (not on a weekday, which a report's
// "No injuries on Saturday" may be).
func (t *Tagger) nextThingOpens(first, i int) bool {
	n := first
	if t.isAny(n, "the", "our", "its", "their", "your", "my", "his", "her") {
		n++
	}
	if t.isAny(n, "no", "extra", "additional") && n == first && t.tok(n).cap {
		if w := t.w(i); w != nil && w.wday > 0 {
			return false
		}
	} else if !t.is(n, "next") {
		return false
	}
	if n+2 >= i || t.w(n+1) != nil || t.is(n+1, "to") {
		return false
	}
	for k := n + 1; k < i-1; k++ {
		tk := t.tok(k)
		if tk.kind != tWord || strings.HasSuffix(t.lowerWord(k), "ed") {
			return false
		}
		if c, _ := t.cue(k, true); c != 0 {
			return false
		}
	}
	return true
}

// attributiveYear reports whether a year qualifies the noun after it
// ("after the 2024 reforms", "its 2019 plan"): it names a thing, and a
// story told by days stays on its day.
func (t *Tagger) attributiveYear(r res) bool {
	if r.end-r.start == 1 && (t.dash(r.end) || t.dash(r.start-1)) {
		return t.splitNamingYear(r)
	}
	return t.namingYear(r) && !t.tok(r.end).cap // (a lower-case noun: not a name)
}

// splitNamingYear reports whether r is one of the two years of a split
// year that names the period a lower-case noun after it runs over ("the
// deadline for the 2026-27 award year"): what the thing is of, no time the
// story moves to.
func (t *Tagger) splitNamingYear(r res) bool {
	first, end := r.start, r.end // the first year, and the token after the second
	if t.dash(r.start - 1) {
		first = r.start - 2
	} else {
		end = r.end + 2
	}
	if first < 1 || !t.glued(first+1) || !t.dash(first+1) || !t.glued(first+2) || end != first+3 {
		return false
	}
	y, nd, ok := t.num(first)
	n, nd2, ok2 := t.num(first + 2)
	if !ok || !ok2 || nd != 4 || !(nd2 == 2 && n == (y+1)%100 || nd2 == 4 && n == y+1) {
		return false
	}
	nx := t.tok(end)
	return t.isAny(first-1, "the", "its", "their", "his", "her", "our") && nx != nil && nx.kind == tWord && !nx.cap &&
		(nx.w() == nil || nx.w().unit == uNone && nx.w().month == 0 && nx.w().season == 0 && !nx.w().function)
}

// attributiveDecade reports whether the decade r qualifies the noun after
// it ("the 1880s market hall"): the thing's age, no time the story moves
// to.
func (t *Tagger) attributiveDecade(r res) bool {
	if r.end-r.start != 2 || !t.isAny(r.start, "the", "its", "their", "his", "her", "our") {
		return false
	}
	nx := t.tok(r.end)
	return nx != nil && nx.kind == tWord && !nx.cap && (nx.w() == nil || nx.w().unit == uNone && nx.w().month == 0 && nx.w().season == 0 && !nx.w().function)
}

// yearlessDayAfter reports whether the weekday at token i is followed by a
// day and a month with no year after them: "Friday 24 October", "Wed 29
// Oct.", "Thursday, October 2".
func (t *Tagger) yearlessDayAfter(i int) bool {
	k := i + 1
	if t.punct(k, ',') || t.punct(k, '.') {
		k++
	}
	isMonth := func(k int) bool { w := t.w(k); return w != nil && w.month > 0 }
	isDay := func(k int) bool {
		n, nd, ok := t.num(k)
		return ok && nd <= 2 && n >= 1 && n <= 31
	}
	switch {
	case isDay(k) && isMonth(k+1):
		k += 2
	case isMonth(k) && isDay(k+1):
		k += 2
	case isMonth(k) && t.punct(k+1, '.') && isDay(k+2):
		k += 3
	default:
		return false
	}
	if t.punct(k, '.') && t.glued(k) {
		k++
	}
	if t.punct(k, ',') {
		k++
	}
	n, nd, ok := t.num(k)
	return !(ok && (nd == 4 && n >= 1000 || nd == 2 && t.punct(k-1, '\''))) // no year after it
}

// statuteYear reports whether the year at token i ends the title of a
// law as British statutes are named ("the Data Protection Act 2018",
// "the Regulations 2006"): a name, not the time a story is in.
func (t *Tagger) statuteYear(i int) bool {
	k := i - 1
	tk := t.tok(k)
	return tk != nil && tk.cap && lowerIn(t, k, statuteNouns)
}

// calendarDayAt reports whether the expression at token k is a day of
// the calendar: a month's name and a day ("February 8", "8 February").
func (t *Tagger) calendarDayAt(k int) bool {
	if w := t.w(k); w != nil && w.month > 0 {
		return t.tok(k+1) != nil && t.tok(k+1).kind == tNum
	}
	if tk := t.tok(k); tk != nil && tk.kind == tNum && tk.nd <= 2 {
		if (t.punct(k+1, '/') || t.punct(k+1, '.')) && t.glued(k+1) && t.glued(k+2) && t.tok(k+2).kind == tNum && t.tok(k+2).nd <= 2 {
			return true // "on 28/08": a day and month in numbers
		}
		w := t.w(k + 1)
		return w != nil && w.month > 0
	}
	return false
}

// toldBefore reports whether a past verb of telling and its hearer or
// the teller's pronoun come right before the modal at token k: "said he
// would", "were told they could", "announced it would".
func (t *Tagger) toldBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if tk := t.tok(j); tk == nil || tk.kind != tWord {
			return false
		}
		if t.isAny(j, "said", "told", "announced", "promised", "warned", "insisted", "agreed", "confirmed", "stated", "indicated") {
			return j < k-1 || t.is(j, "said") // ("said would" has lost its subject; "told they could" needs it)
		}
	}
	return false
}

// styleGlossAt reports whether token i opens the gloss of a day in the
// other calendar, after its marker in a bracket: "(O.S. 27 June)", "[N.S.
// 8 July]", "(Old Style: 27 June)".
func (t *Tagger) styleGlossAt(i int) bool {
	tk := t.tok(i)
	if tk == nil || tk.kind != tNum && (tk.w() == nil || tk.w().month == 0) {
		return false
	}
	// (the quick test: the marker's stop or colon right before the day, or
	// before the day before the month)
	if p := i - 1; !t.punct(p, '.') && !t.punct(p, ':') && !(tk.kind == tWord && t.tok(p) != nil && t.tok(p).kind == tNum && (t.punct(p-1, '.') || t.punct(p-1, ':'))) {
		return false
	}
	before := t.text[max(0, int(tk.start)-20):tk.start]
	open := false
	for k := 0; k < len(before); k++ {
		if c := before[k]; c == '(' || c == '[' {
			open = true
			break
		}
	}
	if !open {
		return false // (the quick test: no bracket open before it)
	}
	before = strings.TrimRight(before, " :")
	if tk.kind == tWord {
		// (the month after the gloss's day: "(O.S. 27 June)")
		before = strings.TrimRight(strings.TrimRight(strings.TrimRight(before, "stndrh"), "0123456789"), " :")
	}
	for _, m := range [...]string{"(O.S.", "[O.S.", "(N.S.", "[N.S.", "(o.s.", "[o.s.", "(n.s.", "[n.s.", "(Old Style", "[Old Style", "(New Style", "[New Style", "(OS", "[OS", "(NS", "[NS"} {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	return false
}

// withNounBefore reports whether "with" and a noun phrase of one to
// three words come right before token k: "with the decision", "with
// results", "with the final figures".
func (t *Tagger) withNounBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		tk := t.tok(j)
		if tk == nil || tk.kind != tWord {
			return false
		}
		if t.is(j, "with") {
			return j < k-1
		}
	}
	return false
}

// debtYear reports whether the year at token i is the one a debt falls
// due in, in its name ("its 4.50% Senior Notes due 2025 on September
// 12"): a name, not the time a story is in.
func (t *Tagger) debtYear(i int) bool {
	return t.is(i-1, "due") && t.isAny(i-2, "notes", "bonds", "debentures", "securities", "loan", "loans", "certificates", "obligations", "gilts", "treasuries", "paper")
}

// lawMade reports whether a verb that makes or changes a law comes
// before token i in its sentence ("Parliament passed the Reform Act
// 1832"): in a history, the law's year is then the story's.
func (t *Tagger) lawMade(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		if t.isAny(k, "passed", "enacted", "introduced", "signed", "adopted", "approved", "repealed", "amended", "replaced") {
			return true
		}
	}
	return false
}

var statuteNouns = map[string]bool{"act": true, "acts": true, "regulations": true, "regulation": true, "order": true,
	"rules": true, "code": true, "bill": true, "directive": true, "measure": true, "ordinance": true, "statute": true}

// prepBetween reports whether one of words stands between tokens a and b.
func (t *Tagger) prepBetween(a, b int, words ...string) bool {
	for k := a + 1; k < b; k++ {
		if t.isAny(k, words...) {
			return true
		}
	}
	return false
}

// plainObject reports whether the words between a verb at k and the
// expression at i are its object and nothing that opens another clause:
// "halved the U.S. price of its cancer drug Zaltrap in November", not
// "said the deal, which will close, ... in November".
func (t *Tagger) plainObject(k, i int) bool {
	for n := k + 1; n < i-1; n++ {
		tk := t.tok(n)
		if tk.kind == tPunct && (tk.r == '$' || tk.r == '£' || tk.r == '€') && t.glued(n+1) {
			continue // "a $76 million contract"
		}
		if tk.kind == tPunct && tk.r == ',' && (t.punct(n+1, '$') || t.punct(n+1, '£') || t.punct(n+1, '€')) {
			continue // "an eight-year, $76 million contract": modifiers of one noun
		}
		if tk.kind == tPunct && tk.r != '.' && tk.r != '\'' && tk.r != '’' && tk.r != '-' {
			return false
		}
		if tk.kind == tPunct && tk.r == '.' && !(t.glued(n) && (t.glued(n+1) || t.w(n-1) != nil && t.w(n-1).abbr || t.tok(n-1).end-t.tok(n-1).start == 1 && t.tok(n-1).cap)) {
			return false // (not "U.S.", "Dr.")
		}
		if t.isAny(n, "that", "which", "who", "to", "will", "would", "and", "or", "but", "when", "if", "as", "because", "while") {
			return false
		}
		if tk.kind == tWord && tk.w() == nil {
			if c, _ := t.cue(n, true); c != 0 {
				return false
			}
		}
	}
	return true
}

// aside reports whether the expression [a, b) is told in an aside set off
// by commas inside its sentence, before the sentence's own verb: "The
// plant, closed since 2010, will reopen", "Sales, which peaked in 2008,
// will fall", "furnaces, idle since October 2011, will stay shut", "...
// hitting the Atlantic in June 2009, the report released in July found".
// Its date is not the time the rest of the sentence is in.
func (t *Tagger) aside(a, b int) bool {
	after := false
	for k := b; k < len(t.toks) && k <= b+2; k++ {
		if t.punct(k, ',') {
			after = true
			break
		}
		if t.toks[k].kind == tPunct {
			return false
		}
	}
	if !after {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-10; k-- {
		if t.punct(k, ',') {
			return true
		}
		if _, stop := t.cue(k, true); stop {
			return false
		}
	}
	return false
}

// zoneAside reports whether the expression [a, b) stands in brackets
// right after the day just told, which give that moment on another clock:
// "at 02:14 UTC on 9 November 2024 (21:14 local time on 8 November)",
// "on 3 May at 23:30 (04:30 GMT on 4 May)". The brackets hold "local" or a
// zone's abbreviation.
func (t *Tagger) zoneAside(a, b int) bool {
	open := -1
	for k := a - 1; k >= t.lastDayEnd && k >= a-8; k-- {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != ':' && tk.r != ',' && tk.r != '.' {
			if tk.r == '(' {
				open = k
			}
			break
		}
	}
	if open < 0 || open-t.lastDayEnd > 1 {
		return false
	}
	zone := false
	for k := open + 1; k < len(t.toks) && k <= open+10; k++ {
		if t.punct(k, ')') {
			return zone && k >= b
		}
		zone = zone || t.is(k, "local") || t.isZoneWord(k)
	}
	return false
}

// endsBefore reports whether the period b ends before a begins: no range
// runs from a to b ("23 Oct 2025 – Q3 2025", a day and the quarter a
// report is of).
func endsBefore(a, b timeline.Date) bool {
	as, _ := a.Bounds()
	_, be := b.Bounds()
	return !as.IsZero() && !be.IsZero() && !be.After(as)
}

// namingYear reports whether a year is part of what a noun after it names,
// a thing or a name ("the 2024 reforms", "the 2014 World Cup").
func (t *Tagger) namingYear(r res) bool {
	if r.end-r.start != 1 || !t.isAny(r.start-1, "the", "its", "their", "his", "her", "our", "a") {
		return false
	}
	nx := t.tok(r.end)
	return nx != nil && nx.kind == tWord && (nx.w() == nil || nx.w().unit == uNone && nx.w().month == 0 && nx.w().season == 0 && !nx.w().function)
}

// approxShortYear reads a year of three digits after "c." or "circa"
// ("c. 600", "circa 850)"), or after "about" or "around" on a line of its
// own (a list's "About 600" over what happened): a year of the first
// millennium, not a count ("c. 600 people", "about 600 farmers").
func (t *Tagger) approxShortYear(i, j int, mod timeline.Mod) (res, bool) {
	n, nd, ok := t.num(j)
	if !ok || mod != timeline.ModApprox || nd != 3 || n < 100 || t.tok(j).sfx != sfxNone {
		return res{}, false
	}
	if sign, _ := t.era(j + 1); sign != 0 {
		return res{}, false // "ca. 466 BC": the era reads it
	}
	if t.dash(j+1) || t.isAny(j+1, "to", "and", "or") {
		// "c. 770–540 BC": the era the range's end carries
		if m, mnd, ok := t.num(j + 2); ok && mnd <= 4 && t.tok(j+2).sfx == sfxNone {
			if sign, _ := t.era(j + 3); sign != 0 && (sign > 0 || m < n) {
				return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: sign * n}, mod: timeline.ModApprox}, true
			}
		}
	}
	lineEnd := t.tok(j+1) == nil || t.newLine(j+1)
	if t.isAny(i, "c", "circa", "ca") {
		nx := t.tok(j + 1)
		if !(lineEnd || nx.kind == tPunct && nx.r != '%' && !(t.glued(j+1) && (nx.r == '.' || nx.r == ',' || nx.r == ':') && t.glued(j+2)) || nx.kind == tWord && nx.cap && (nx.w() == nil || nx.w().unit == uNone)) {
			return res{}, false
		}
	} else if !(lineEnd && (i == 0 || t.newLine(i) || t.dash(i-1) && (i == 1 || t.newLine(i-1)))) {
		return res{}, false
	}
	return res{start: i, end: j + 1, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}, mod: timeline.ModApprox}, true
}

// overMore reports whether "over" at token i means "more than": after a
// word that takes an amount of time, or opening a clause.
func (t *Tagger) overMore(i int) bool {
	p := t.tok(i - 1)
	if p == nil || p.kind == tPunct {
		return true
	}
	if t.is(i-1, "in") && t.isAny(i-2, "phase", "phased", "phasing", "phases", "kick", "kicks", "kicked", "set", "sets", "settle", "bring", "brought", "ease", "eased") {
		return false // "will phase in over six years": a particle, then "over" throughout
	}
	return t.isAny(i-1, "in", "for", "just", "well", "lasted", "lasting", "lasts", "last", "took", "take", "takes", "taking",
		"spent", "spend", "spending", "after", "of", "than", "with", "been", "spanning", "spanned", "some", "by")
}

// comparedBefore reports whether the expression at token i is what a
// figure is compared with ("compared with $29.9 million in the third
// quarter of fiscal 2024", "versus the year-ago quarter"): a baseline,
// not the period a report is about.
func (t *Tagger) comparedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if _, stop := t.cue(k, true); stop {
			return false
		}
		switch t.lowerWord(k) {
		case "compared", "versus", "vs", "against", "compare", "comparison":
			return true
		}
	}
	return false
}

// nearestYearTo returns d, a month or a day, in the year that puts it
// nearest to the date to: before it when dir < 0 (put off to), after it
// when dir > 0 (brought forward to).
func nearestYearTo(d, to timeline.Date, dir int) (timeline.Date, bool) {
	ts, _ := to.Bounds()
	if ts.IsZero() || to.Year == 0 {
		return d, false
	}
	best, bestGap, found := d, time.Duration(0), false
	for _, y := range []int{to.Year - 1, to.Year, to.Year + 1} {
		c := d
		c.Year = y
		if c.Prec == timeline.Day && !validDay(y, c.Month, c.Day) {
			continue
		}
		cs, _ := c.Bounds()
		gap := cs.Sub(ts)
		if dir < 0 && gap > 0 || dir > 0 && gap < 0 {
			continue
		}
		if gap < 0 {
			gap = -gap
		}
		if !found || gap < bestGap {
			best, bestGap, found = c, gap, true
		}
	}
	return best, found
}

// moveVerbs put a thing off or bring it forward, from one date to
// another.
var moveVerbs = map[string]bool{
	"postponed": true, "delayed": true, "deferred": true, "rescheduled": true, "moved": true, "pushed": true,
	"slipped": true, "shifted": true, "brought": true, "put": true, "advanced": true, "changed": true,
	"switched": true, "bumped": true, "slid": true, "pulled": true,
}

// movePresent are moveVerbs in the present, as a notice tells a change:
// "The switch moves from 5 February 2024 to 26 February 2024" (not
// "shifts", "delays": nouns as often, "night shifts from 22:00 to 06:00").
var movePresent = map[string]bool{
	"moves": true, "slips": true, "slides": true, "postpones": true, "defers": true, "reschedules": true,
	"slipping": true, "sliding": true, // "After slipping from late 2024 to September 2025"
}

// movedFrom reports whether the date at i is the one a thing was moved
// from: "postponed from 3 June to 17 June", "slipped from March to May",
// "moved back from Q3".
func (t *Tagger) movedFrom(i int) bool {
	k := t.beforeMods(i) - 1
	if t.is(k, "the") {
		k--
	}
	if !t.is(k, "from") {
		return false
	}
	k = t.skipAgent(k - 1)
	if t.isAny(k, "back", "forward", "up", "out") {
		k--
	}
	w := t.lowerWord(k)
	return moveVerbs[w] || movePresent[w]
}

// skipAgent returns the token before the agent of a passive that ends at
// token k ("pushed back by the DNO from July": "back"), or k when there
// is none.
func (t *Tagger) skipAgent(k int) int {
	for n := 1; n <= 4 && k-n >= 1; n++ {
		tk := t.tok(k - n + 1)
		if tk.kind != tWord {
			return k
		}
		if t.is(k-n, "by") {
			return k - n - 1
		}
	}
	return k
}

// moveDir says which way the thing at the date i was moved from went:
// -1 put off ("postponed from March", "pushed back from"), +1 brought
// forward ("brought forward from", "moved up from", "advanced from"), 0
// either ("moved from", "changed from").
// putOffTo reports whether token k, before "to" and a date, is a verb of
// putting a thing off ("slipped", "postponed", "pushed back", "put back").
func (t *Tagger) putOffTo(k int) bool {
	if t.is(k, "back") {
		return t.isAny(k-1, "pushed", "put", "moved")
	}
	return t.isAny(k, "postponed", "delayed", "deferred", "slipped", "slid")
}

func (t *Tagger) moveDir(i int) int {
	k := t.beforeMods(i) - 1
	if t.is(k, "the") {
		k--
	}
	k = t.skipAgent(k - 1) // ("from", and "by the DNO")
	switch {
	case t.isAny(k, "forward", "up"):
		return 1
	case t.isAny(k, "back", "out"):
		return -1
	case t.is(k, "advanced"):
		return 1
	case t.isAny(k, "postponed", "delayed", "deferred", "slipped", "slid"):
		return -1
	}
	return 0
}

// movedBack reports whether r2, read as the end of a range from r, is a
// day written without a year a few weeks before r's same day of the year:
// a date moved earlier ("from 31 March to Monday 24 March"), not a range
// of eleven months.
func (t *Tagger) movedBack(r, r2 res) bool {
	if !r.noYear || !r2.noYear || r.val != "" || r2.val != "" || r.d.Prec != timeline.Day || r2.d.Prec != timeline.Day {
		return false
	}
	a := time.Date(2001, time.Month(r.d.Month), r.d.Day, 0, 0, 0, 0, time.UTC)
	b := time.Date(2001, time.Month(r2.d.Month), r2.d.Day, 0, 0, 0, 0, time.UTC)
	return b.Before(a) && a.Sub(b) <= 60*24*time.Hour
}

// yearMonthDay reads a date written year first with the month's name:
// "2026 Jan 15", "2026 January 15" (a best-before stamp, an East Asian
// order in English).
func (t *Tagger) yearMonthDay(i int) (res, bool) {
	tk := t.tok(i)
	if tk.nd != 4 || tk.sfx != sfxNone || tk.n < 1000 || tk.n > 2200 || t.glued(i+1) {
		return res{}, false
	}
	w := t.w(i + 1)
	if w == nil || w.month == 0 || !t.tok(i+1).cap || t.newLine(i+1) {
		// (not a heading's year over a list's day: "Spring Semester
		// 2026¶¶Jan. 12 - Classes begin")
		return res{}, false
	}
	k := i + 2
	if w.abbr && t.punct(k, '.') && t.glued(k) {
		k++
	}
	d, nd, ok := t.num(k)
	if !ok || nd > 2 || t.glued(k) || (t.tok(k).sfx != sfxNone && t.tok(k).sfx != sfxOrd) || !validDay(int(tk.n), w.month, d) || t.badAfter(k) || t.isUnitAfter(k+1) {
		return res{}, false
	}
	return res{start: i, end: k + 1, typ: Date, d: dayValue(int(tk.n), w.month, d)}, true
}

// listDayStart reads the first days of a list that shares the month
// written after its last: "8" and "9" of "8, 9 and 11 July 2025".
func (t *Tagger) listDayStart(i int) (res, bool) {
	tk := t.tok(i)
	if tk.nd > 2 || tk.n < 1 || tk.n > 31 || tk.sfx != sfxNone && tk.sfx != sfxOrd || !(t.punct(i+1, ',') || t.isAny(i+1, "and", "&")) {
		return res{}, false
	}
	if t.glued(i) && t.tok(i-1) != nil && t.tok(i-1).kind == tNum {
		return res{}, false
	}
	if p := t.tok(i - 1); p != nil && p.kind == tWord && p.cap && (p.w() == nil || p.w().wday == 0 && p.w().month == 0) && !t.sentenceStart(i-1) {
		return res{}, false // "in Operation Dawn 5, and 22 to 24 February": a name's number
	}
	if lowerIn(t, i-1, labelNouns) {
		return res{}, false // "Week 14, Wednesday 17 December", "Round 3, 12 May": a number of a series
	}
	m, y, ok := t.sharedMonth(i)
	if !ok || !validDay(y, m, int(tk.n)) {
		return res{}, false
	}
	return res{start: i, end: i + 1, typ: Date, d: dayValue(y, m, int(tk.n))}, true
}

// gluedPeriod reports whether token j, glued to a dash after "early" or
// "late", opens a decade or a century: a number ("late-1980s",
// "early-19th century"), an elided decade ("late-'80s") or a decade told
// in words ("late-nineties"); or a month ("late-November", as "mid-" and
// "end-" take one); not "late-night", "early-morning", "late-season",
// which are adjectives of their own.
func (t *Tagger) gluedPeriod(j int) bool {
	tk := t.tok(j)
	if tk == nil {
		return false
	}
	switch tk.kind {
	case tNum:
		return true
	case tWord:
		if w := t.w(j); w != nil && w.month > 0 && !w.plural && tk.cap {
			return true // (capitalized: not "early-march" drills)
		}
	case tPunct:
		if tk.r != '\'' && tk.r != '’' || !t.glued(j+1) {
			return false
		}
		n := t.tok(j + 1)
		return n != nil && n.kind == tNum && n.sfx == sfxS
	}
	return t.isAny(j, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
}

// beforeMods returns the token that opens the modifiers before token i
// ("the end of", "early", "mid-"): i itself when there are none.
func (t *Tagger) beforeMods(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		// (a switch on the word rather than isAny: tense and the
		// patterns ask at every expression, and the call with its nine
		// words cost more than the few comparisons of the switch)
		switch t.key(k) {
		case "the", "end", "beginning", "start", "middle", "of", "early", "late", "mid":
			continue
		}
		if !t.dash(k) {
			return k + 1
		}
	}
	return i
}

// negatedBefore reports whether "neither", "nor" or "no one" comes in
// the few words before token k, in its sentence.
func (t *Tagger) negatedBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-12; n-- {
		if _, stop := t.cue(n, true); stop {
			return false
		}
		if t.isAny(n, "neither", "nor", "nobody") || t.is(n, "one") && t.is(n-1, "no") {
			return true
		}
	}
	return false
}

// verbless reports whether the words from token a to the end of the
// sentence (looked at up to 10 tokens past b) hold no word that reads as
// a verb: a fragment ("Not autumn, September.").
func (t *Tagger) verbless(a, b int) bool {
	for k := a; k < len(t.toks) && k < b+10; k++ {
		if k > a {
			if _, stop := t.cue(k, false); stop {
				return true
			}
		}
		tk := t.tok(k)
		if tk.kind != tWord || tk.w() != nil {
			continue
		}
		if c, _ := t.cue(k, false); c != 0 {
			return false
		}
		if lw := t.lowerWord(k); strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || presentCues[lw] {
			return false
		}
	}
	return true
}

// wordDir is the direction a deictic expression says in its own words:
// "next month", "tomorrow" look ahead, "last week", "two days ago" back;
// 0 for any other.
func (t *Tagger) wordDir(r *res) int {
	if !t.hasRef || t.narrative || r.typ != Date && r.typ != Time || r.d.Prec == timeline.PrecisionNone {
		return 0
	}
	for k := r.start; k < r.end; k++ {
		switch t.lowerWord(k) {
		case "next", "tomorrow", "coming", "upcoming":
			return 1
		case "last", "yesterday", "ago", "previous":
			return -1
		}
	}
	return 0
}

// adjBefore come before a participle used as an adjective ("one named
// visitor", "a scheduled stop").
var adjBefore = map[string]bool{
	"a": true, "an": true, "the": true, "one": true, "each": true, "every": true, "any": true,
	"no": true, "per": true, "newly": true, "fully": true,
}

// songVerbs come before a month that names a song ("played September").
var songVerbs = map[string]bool{
	"played": true, "plays": true, "sang": true, "sings": true, "performed": true, "performs": true,
	"covered": true, "recorded": true,
}

// deadlineVerbs grant time until a deadline: "gave them until March 1".
var deadlineVerbs = map[string]bool{
	"gave": true, "given": true, "granted": true, "allowed": true, "giving": true, "granting": true,
	"needs": true, "need": true, // "The council needs to vote by Friday"
}

// stoppedStates are the past participles of stopping whose state runs
// "until" a day: "cancelled until Thursday", "closed till Monday".
var stoppedStates = map[string]bool{
	"cancelled": true, "canceled": true, "suspended": true, "closed": true, "postponed": true, "delayed": true,
	"banned": true, "halted": true, "shut": true, "paused": true, "adjourned": true, "grounded": true,
}

// termNouns are terms that run "until" a day: "on loan until January", "a
// contract until June".
var termNouns = map[string]bool{"loan": true, "contract": true, "ban": true, "suspension": true, "lease": true}

// stateHolds reports whether the "until" at token u ends a state told as
// holding at the writer's time: right after a past participle of stopping
// ("Ferry services cancelled until Thursday", "Ferries have been suspended
// until Monday") or a term ("on loan until January", "signed a contract
// until June"), in a clause that says no past of its own ("was on loan
// until January", "The road was closed until Thursday", "had been
// suspended till May" are gone by).
func (t *Tagger) stateHolds(u int) bool {
	stop := lowerIn(t, u-1, stoppedStates)
	if !stop && !lowerIn(t, u-1, termNouns) {
		return false
	}
	for k := u - 2; k >= 0 && k >= u-12; k-- {
		tk := &t.toks[k]
		if tk.kind == tPunct && tk.r != '\'' && tk.r != '’' && tk.r != '-' {
			break
		}
		if t.isAny(k, "was", "were", "had", "d") {
			return false
		}
		if stop {
			// "The museum stayed closed until Thursday": a past verb
			// kept the state, gone by (but a term runs on from a past
			// signing: "Leicester signed Tom Bale on loan until January")
			t.weakCue = false
			c, end := t.cue(k, true)
			weak := t.weakCue
			t.weakCue = false
			if c < 0 && !weak {
				return false
			}
			if c != 0 || end {
				break
			}
		}
	}
	return true
}

// pledgeVerbs promise a thing by a deadline: "promised a review by
// June", "vowed a decision by Friday".
var pledgeVerbs = map[string]bool{
	"promised": true, "pledged": true, "vowed": true, "undertook": true, "guaranteed": true, "promise": true,
	"pledge": true, "vow": true, "promises": true, "pledges": true, "vows": true,
}

// toDoVerbs after "to" set a task with its deadline: "work to finish by
// September".
var toDoVerbs = map[string]bool{
	"finish": true, "complete": true, "select": true, "deliver": true, "file": true, "pay": true, "report": true,
	"respond": true, "decide": true, "review": true, "present": true, "publish": true, "sign": true, "hire": true,
	"circulate": true, "draft": true, "prepare": true, "provide": true, "resolve": true, "submit": true, "send": true,
	"reply": true, "confirm": true, "appoint": true, "recruit": true, "update": true, "issue": true, "agree": true,
}

// mourningRites are what a death notice announces: "Funeral on Friday
// at 2pm", "Services this Friday".
var mourningRites = map[string]bool{
	"funeral": true, "service": true, "services": true, "visitation": true, "memorial": true, "burial": true,
	"interment": true, "viewing": true, "wake": true, "cremation": true, "committal": true, "requiem": true,
}

// imperatives open a sentence that asks the reader to act.
var imperatives = map[string]bool{
	"call": true, "register": true, "apply": true, "submit": true, "send": true, "book": true,
	"join": true, "visit": true, "contact": true, "vote": true, "email": true, "write": true,
	"sign": true, "enrol": true, "enroll": true, "reserve": true, "remember": true,
	"don't": true, "please": true, "bring": true, "come": true, "attend": true, "return": true,
	"renew": true, "pay": true, "complete": true, "file": true, "order": true, "buy": true,
	"tune": true, "watch": true, "listen": true, "save": true, "mark": true, "rsvp": true,
	"walk": true, "donate": true, "celebrate": true, "march": true,
}

// presentCues mark the present tense, which in news speaks of what is
// scheduled ("The board is meeting on Friday", "Voters go to the polls").
var presentCues = map[string]bool{
	"is": true, "are": true, "am": true, "go": true, "goes": true, "meet": true, "meets": true,
	"begins": true, "opens": true, "starts": true, "ends": true, "closes": true, "resumes": true,
	"takes": true, "holds": true, "arrives": true, "leaves": true, "visits": true, "take": true,
	"continue": true, "continues": true, "runs": true, "remain": true, "remains": true, "lasts": true,
	"begin": true, "resume": true, "reopen": true, "reopens": true, "arrive": true, "convene": true,
	"convenes": true, "host": true, "hosts": true, "face": true, "faces": true, "play": true, "plays": true,
	"welcome": true, "welcomes": true, "run": true, "expires": true, "expire": true,
	"turns": true, "celebrates": true, "retires": true, "launches": true, "debuts": true,
	"graduates": true, "premieres": true, "lands": true, "docks": true, "departs": true, "sails": true,
	"flies": true, "returns": true, "airs": true, "concludes": true, "reconvenes": true, "travels": true,
	"kicks": true, "kick": true, "wraps": true, "hits": true, "reports": true, "releases": true, "publishes": true, "unveils": true,
	"comes": true,
	// what a report or a rule asks to be done: "recommends that stocks be
	// pre-positioned during the autumn"
	"recommends": true, "suggests": true, "requires": true, "insists": true,
}

// askVerbs, with an object and "to" after it, ask for what is to come:
// "urged residents to stay", "told them to leave".
var askVerbs = map[string]bool{
	"urged": true, "asked": true, "told": true, "ordered": true, "advised": true, "warned": true,
	"instructed": true, "encouraged": true, "invited": true, "called": true, "urges": true,
	"asks": true, "tells": true, "orders": true, "advises": true, "warns": true,
}

// intentCues followed by "to" or "for" look ahead ("supposed to end",
// "set for December", "plans to meet").
var intentCues = map[string]bool{
	"supposed": true, "set": true, "plan": true, "plans": true, "planned": true, "planning": true,
	"scheduled": true, "expected": true, "due": true, "hope": true, "hopes": true, "hoped": true,
	"aim": true, "aims": true, "want": true, "wants": true, "intend": true, "intends": true,
	"intended": true, "going": true, "likely": true, "ready": true, "poised": true, "slated": true,
	"called": true, "calls": true, "call": true, "urged": true, "urges": true,
	"booked": true, "rebooked": true, "rescheduled": true, "pencilled": true, "penciled": true,
	"timetabled": true, "summoned": true, "confirmed": true, "listed": true,
	"targeted": true, "aimed": true,
}

// Classes of cue words, read with one lookup per word in cue.
const (
	cueAsk uint8 = 1 << iota
	cueIntent
	cuePostpone
	cueFuture
	cueSameFormPast
	cuePast
	cuePresent
)

var cueClass = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, c := range []struct {
		words map[string]bool
		bit   uint8
	}{
		{askVerbs, cueAsk}, {intentCues, cueIntent}, {postponeCues, cuePostpone}, {futureCues, cueFuture},
		{sameFormPast, cueSameFormPast}, {pastCues, cuePast}, {presentCues, cuePresent},
	} {
		for w, on := range c.words {
			if on {
				m[w] |= c.bit
			}
		}
	}
	return m
}()

// pastMainVerbAfter reports whether the main verb of the sentence comes
// a few words after the date at i, in the past ("The launch, set for
// March, was delayed", "The vote planned for 3 June was called off").
func (t *Tagger) pastMainVerbAfter(i int) bool {
	for k := i + 1; k < len(t.toks) && k <= i+5; k++ {
		if t.toks[k].kind == tPunct {
			if t.punct(k, ',') {
				continue
			}
			return false
		}
		if t.isAny(k, "was", "were", "had") {
			return true
		}
		if t.isAny(k, "is", "are", "will", "has", "have", "would", "could", "may", "might", "should", "can", "must") {
			return false
		}
	}
	return false
}

// forBetween reports whether "for" stands among tokens [a, b), with no
// punctuation there: "booked for the third Saturday in April", read at
// "April".
func (t *Tagger) forBetween(a, b int) bool {
	for x := a; x < b; x++ {
		if t.toks[x].kind == tPunct {
			return false
		}
		if t.is(x, "for") {
			return true
		}
	}
	return false
}

// cueWords are the words cue's rules compare the token itself with (by
// is, isAny or string(low)), beside those of cueClass: a word of neither
// goes past the rules (see vocabCueWord). TestCueWords checks the list
// against cue's source.
var cueWords = []string{
	"aged", "accompanied", "advanced", "allocated", "granted", "issued", "predicted", "reserved", "agreed", "announced", "anticipated", "arranged", "back", "bumped",
	"can", "changed", "could", "d", "decided", "early", "earmarked", "ended", "ending", "fixed",
	"followed", "have", "later", "may", "might", "moved", "moving", "must", "need", "needs",
	"newly", "offered", "open", "original", "preceded", "previously", "projected", "promised",
	"proposed", "pulled", "pushed", "pushing", "put", "recall", "recalling", "recalls", "remember",
	"remembering", "remembers", "resolved", "shifted", "should", "slipped", "suggested", "switched",
	"target", "voted", "sets", "setting", "assigning", "giving", "assigned", "established", "preferred",
}

func (t *Tagger) cue(k int, left bool) (c int, stop bool) {
	tk := &t.toks[k]
	switch tk.kind {
	case tPunct:
		switch tk.r {
		case '!', '?', ';', '\n':
			return 0, true
		case '-', '*', '•', '–', '—':
			if t.newLine(k) && !t.glued(k+1) {
				return 0, true // a list's mark opening its line: another item's tense is not this one's
			}
		case '|':
			if t.newLine(k) {
				return 0, true // a table row's opening bar: another row's tense ("| Lyrids | ... | last quarter |") is not this one's
			}
		case '.':
			// not the end of a sentence: 29.75, U.S., Dec. 15, Mr. Smith
			// (but "inaccurate.'' White House" ends one)
			if t.glued(k) && t.glued(k+1) && t.tok(k+1).kind != tPunct {
				return 0, false
			}
			if p := t.w(k - 1); p != nil && p.abbr && t.glued(k) {
				return 0, false
			}
			if p := t.tok(k - 1); p != nil && p.kind == tWord && p.cap && p.end-p.start <= 3 && t.glued(k) &&
				!t.isAny(k-1, "may", "day", "war", "act", "law", "sea", "bay", "end", "age") && !t.newLine(k+1) &&
				!(p.upper && t.isZoneWord(k-1)) && !t.sentenceOpener(k+1) {
				return 0, false // "Mr.", "Gen.", "St.", not "in May.", "until 1 p.m. ET.", nor at a line's end
			}
			if p := t.tok(k - 1); p != nil && p.kind == tWord && t.glued(k) && !t.glued(k+1) && !t.newLine(k+1) {
				// an abbreviation's period before lower-case words, which
				// go on with its sentence: "on her first voy. home", "was
				// est. in 1510"; or before the number it counts: "fell
				// approx. 5%", "vol. 2"
				if n := t.tok(k + 1); n != nil && (n.kind == tWord && !n.cap && !n.upper ||
					n.kind == tNum && t.isAny(k-1, "approx", "ca", "no", "nos", "vol", "pp")) {
					return 0, false
				}
			}
			return 0, true
		}
		return 0, false
	case tNum:
		return 0, false
	}
	s := t.text[tk.start:tk.end]
	if !vocabCueWord[tk.id] && !(len(s) >= 4 && s[len(s)-2]|0x20 == 'e' && s[len(s)-1]|0x20 == 'd') && !(t.is(k-1, "to") && t.plannedBefore(k)) {
		// Most words are none the rules below name (cueWords) nor of a
		// cue class, and no past form in -ed; every rule then finds no
		// cue, and only the one on the words before (plannedBefore) may
		// stop the scan. When it does not, the word is settled here, with
		// no test of the compounds and weekdays below, which give the same
		// answer (the scans back over a clause ask at every word). The
		// "to" plannedBefore opens with is read here first, with no call:
		// most words come after none, and the call costs a stack frame.
		return 0, false
	}
	if tk.cap && tk.w() != nil && tk.w().wday > 0 {
		return 0, false // "Sat 14 June": a weekday, not the verb
	}
	if t.dash(k+1) && t.glued(k+1) && t.glued(k+2) && t.tok(k+2) != nil && t.tok(k+2).kind == tWord {
		return 0, false // "go-live", "check-in": a compound's first part, no verb
	}
	if t.dash(k-1) && t.glued(k) && t.glued(k-1) && t.tok(k-2) != nil && t.tok(k-2).kind == tWord && !strings.HasSuffix(strings.ToLower(s), "ed") {
		return 0, false // (and its second: but "re-elected" is a past)
	}
	if len(s) > 12 {
		return 0, false
	}
	if !vocabCueWord[tk.id] && !(len(s) >= 4 && s[len(s)-2]|0x20 == 'e' && s[len(s)-1]|0x20 == 'd') {
		// A word none the rules below name (cueWords) nor of a cue class,
		// and no past form in -ed: of the rules, only the one on the words
		// before applies, and it holds (the first test above settled the
		// others). This spares the common words, "the", "in", "of", which
		// the scans back over a clause meet at every turn, the whole chain
		// of rules.
		return 0, t.plannedBefore(k)
	}
	// A word some rule below may apply to, a verb mostly, is asked about
	// again and again: tense asks of the word before a weekday ("The
	// company said Tuesday") both whether it is the subject's verb and, in
	// its scan back over the clause, its tense, and each date of a
	// sentence scans back over the same words. The rules read the tokens
	// and the token tense asks about (cueFor) only, and set weakCue and
	// undecided only to true: an answer is kept with what it set (see
	// cueMemo) and given again for the same token, side and cueFor.
	m := &t.cueMemo[(uint(k)+uint(t.cueFor)*8)%uint(len(t.cueMemo))]
	key := cueKey{gen: t.lx.gen, k: int32(k), cueFor: int32(t.cueFor), n: int32(len(t.toks)), left: left}
	if m.key == key {
		t.weakCue = t.weakCue || m.weak
		t.undecided = t.undecided || m.undecided
		return int(m.c), m.stop
	}
	weak, undecided := t.weakCue, t.undecided
	t.weakCue, t.undecided = false, false
	c, stop = t.cueRules(k, left, tk, s)
	*m = cueMemo{key: key, c: int8(c), stop: stop, weak: t.weakCue, undecided: t.undecided}
	t.weakCue, t.undecided = weak || t.weakCue, undecided || t.undecided
	return c, stop
}

// cueKey names an answer of cueRules: the lexer's run (whose tokens it
// read; n of them, as matchTo may cut the text short), the token, its side
// and the token tense asks about.
type cueKey struct {
	gen          int
	k, cueFor, n int32
	left         bool
}

// cueMemo is an answer of cueRules, kept in Tagger.cueMemo, with whether
// the rules set weakCue and undecided.
type cueMemo struct {
	key                   cueKey
	c                     int8
	stop, weak, undecided bool
}

// cueRules is cue's chain of rules, for the word tk at k (written s) that
// some rule may apply to.
func (t *Tagger) cueRules(k int, left bool, tk *token, s string) (c int, stop bool) {
	var buf [12]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	low := buf[:len(s)]
	var cls uint8 // cueClass[string(low)], read by the token's id (see vocabCue)
	if id := tk.id; len(vocab[id]) == len(s) {
		cls = vocabCue[id]
	}
	if cls&cuePresent != 0 && cls&^cuePresent == 0 && k > 0 && t.toks[k-1].kind == tNum && !t.titleNumber(k-1) &&
		!t.isAny(k, "is", "are") && !t.monthDayBefore(k) { // (but "June 15 is an instalment date", "dates for 2025 are ...", "June 15 marks": a verb after a date)
		return 0, false // "lost by 23 runs on Sunday", "71 runs": a noun after its count, no present tense
	}
	if cls&cueIntent != 0 && k > 0 && t.toks[k-1].kind == tNum && strings.HasSuffix(string(low), "s") {
		return 0, false // "received 3,500 calls for help": a noun after its count, no plan
	}
	if cls&(cueIntent|cueFuture) != 0 && t.is(k-1, "than") {
		return 0, false // "higher than expected in the May report": a comparison with what was foreseen, no time to come
	}
	if left && t.cueFor == k+3 && t.isAny(k+2, "in", "on", "by", "for") && t.isAny(k, "planned", "scheduled", "expected", "projected", "original", "targeted", "target") &&
		t.isAny(k-1, "its", "the", "their", "his", "her", "a") {
		// "completed on 7 February 2025, four months ahead of its
		// planned finish in June": a plan's date, past or to come, whatever
		// the clause's tense: the nearest such
		t.undecided = true
		return 0, false
	}
	if len(low) > 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' && t.isAny(k-1, "the", "a", "an", "its", "their", "our", "his", "your", "my") {
		return 0, false // "the combined sales team", "a revised plan": an adjective, no past tense
	}
	if len(low) > 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' && (t.ownedAdjective(k) || string(low) == "preferred" && t.securityNoun(k+1)) {
		return 0, false // "Labour's preferred candidate", "buy back preferred stock": an adjective, no past tense
	}
	if string(low) == "aged" && t.tok(k+1) != nil && (t.tok(k+1).kind == tNum || t.w(k+1) != nil && t.w(k+1).num > 0 || t.isAny(k+1, "between", "over", "under")) {
		return 0, false // "extended to children aged nine months", "adults aged 18 to 25": an age, no past tense
	}
	if string(low) == "said" && t.isAny(k-1, "a", "the") {
		// "there will be a said Eucharist at 7.30am" (spoken, not sung),
		// "the said premises": an adjective, no one said anything
		return 0, false
	}
	if t.punct(k-1, ',') && t.is(k+1, "by") && t.isAny(k, "followed", "preceded", "accompanied") {
		// "Service at the church on Monday at 11 a.m., followed by
		// interment": what comes before or after it, set off by its
		// comma, has no tense of its own (but "closed by the authorities
		// in February" is a passive's past)
		return 0, false
	}
	if left && len(low) > 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' && t.isAny(k+1, "on", "in", "at", "by") && t.withNounBefore(k) {
		// "will meet on 17-18 December, with the decision announced on
		// 19 December": a participle after "with" and its noun has no
		// tense of its own; the clause's verb tells
		return 0, false
	}
	if len(low) > 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' && t.isAny(k-1, "previously", "newly", "recently", "widely", "already") &&
		t.isAny(k-2, "the", "a", "an", "its", "their", "our", "his", "her", "your", "my", "of", "for", "with", "on") {
		return 0, false // "sales of previously occupied homes", "its previously announced forecast": an adjective
	}
	if (string(low) == "previously" || string(low) == "newly") && t.tok(k+1) != nil && strings.HasSuffix(t.lowerWord(k+1), "ed") &&
		t.isAny(k-1, "the", "a", "an", "its", "their", "our", "his", "her", "your", "my", "of", "for", "with", "on") {
		return 0, false // (the adverb of such an adjective)
	}
	if left && len(low) > 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' && t.isAny(k-2, "will", "to", "would", "shall", "ll", "must", "can", "could", "may", "might") &&
		t.tok(k-1) != nil && t.tok(k-1).kind == tWord && !t.tok(k-1).cap && !t.isAny(k-1, "be", "been", "have", "has", "get", "got", "stay", "remain", "become", "not") &&
		t.tok(k+1) != nil && t.tok(k+1).kind == tWord {
		return 0, false // "will present updated results on Dec. 9": an adjective; the modal tells
	}
	if cls&cueFuture != 0 && (string(low) == "start" || string(low) == "begin") && (t.isAny(k-1, "the", "a", "its", "their", "this", "that") ||
		t.isAny(k-2, "the", "a", "an", "its", "their", "this", "that", "his", "her", "our") && (strings.HasSuffix(t.lowerWord(k-1), "est") ||
			t.isAny(k-1, "slow", "fast", "strong", "good", "bad", "poor", "bright", "flying", "perfect", "fresh", "new", "winning", "unbeaten", "false", "late", "early"))) {
		// ("the best start in league history", "a slow start": an
		// adjective between)
		return 0, false // "between the start of the season on Oct. 1 and May 19": a noun, no verb to come
	}
	if string(low) == "d" && (t.punct(k-1, '\'') || t.punct(k-1, '’')) && t.glued(k) && t.glued(k-1) {
		// "we'd do Snowdon at Easter": would, looking ahead (not "we'd
		// gone", had)
		if nx := t.tok(k + 1); nx != nil && nx.kind == tWord {
			w := t.lowerWord(k + 1)
			if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ne") && w != "had" && w != "been" && w != "already" && w != "never" && w != "just" {
				return 1, false
			}
		}
	}
	if t.is(k+1, "have") && t.isAny(k, "would", "could", "should", "might", "must") && t.tok(k+2) != nil && t.tok(k+2).kind == tWord && !t.is(k+2, "to") ||
		t.is(k, "have") && t.isAny(k-1, "would", "could", "should", "might", "must") && t.tok(k+1) != nil && t.tok(k+1).kind == tWord && !t.is(k+1, "to") {
		// (but "would have to pay by June" looks ahead)
		return -1, false // "Sales would have risen in February", "profit would have risen": a past that was not
	}
	if left && (string(low) == "remember" || string(low) == "remembers" || string(low) == "recall" || string(low) == "recalls" || string(low) == "remembering" || string(low) == "recalling") && !t.is(k+1, "to") {
		// "Many of you will remember the Christmas Eve Mass he
		// celebrated": what is remembered is past
		return -1, false
	}
	if left && string(low) == "must" && t.tok(k+1) != nil && t.tok(k+1).kind == tWord && !t.isAny(k+1, "have", "ve", "be", "not") && t.cueFor > k+1 && t.cueFor-k <= 8 {
		// "The works, which began in January, must stop on Monday": a
		// duty, to come (what the clause before says is not its tense)
		return 1, false
	}
	if t.is(k+1, "than") && t.isAny(k, "earlier", "later") {
		return 0, false // "no earlier than Tuesday": a bound, no tense
	}
	if t.plannedBefore(k) {
		return 0, true
	}
	// "urged residents to stay off the roads until Saturday": what is
	// asked of someone is to come
	if left && cls&cueAsk != 0 && t.is(k+1, "to") && t.isAny(k-1, "was", "were", "is", "are", "being", "been", "be") &&
		!(t.isAny(k, "called", "ordered") && (t.isAny(k+2, "the", "a", "an", "his", "her", "their", "its", "our", "my", "your") || t.tok(k+2) != nil && t.tok(k+2).kind == tWord && t.tok(k+2).cap)) { // (not "Police were called to the street on Sunday", "to Caroline Street": sent to a place, not asked to do a thing)
		return 1, false // "Residents were ordered to evacuate by 6 p.m. Thursday", "are being advised to allow extra time"
	}
	if left && cls&cueAsk != 0 && (t.is(k+2, "to") || t.is(k+3, "to") || t.is(k+4, "to")) &&
		!t.isAny(k+1, "in", "on", "at", "for", "from", "with", "by", "of", "during", "after", "before") { // not "buy orders in the morning to start"
		return 1, false
	}
	if left && t.isAny(k, "announced", "called", "proposed", "pencilled", "penciled", "earmarked") && t.is(k+1, "for") && !(t.is(k-1, "been") && t.isAny(k-2, "had", "d")) {
		return 1, false // "a stoppage has been announced for 4 and 5 July": set for a day to come
	}
	if left && cls&cueIntent != 0 && t.isAny(k-1, "originally", "initially", "first", "previously") {
		// "a decision originally expected in October was pushed back",
		// "The meeting, first set for June, was moved up": the plan
		// that was, for a day past or still to come: the nearest such
		t.undecided = true
		return 0, false
	}
	if left && t.isAny(k, "expected", "scheduled", "due", "planned", "slated", "timetabled") && t.isAny(k+1, "in", "on", "by") && t.isAny(k-1, "was", "were") {
		t.undecided = true // "The decision was expected in October": the nearest such month
		return 0, false
	}
	if left && t.cueFor > k+1 && t.cueFor-k <= 8 && t.forBetween(k+1, t.cueFor) && (t.isAny(k-1, "have", "has", "ve") || t.is(k-1, "been") && t.isAny(k-2, "have", "has", "ve")) &&
		t.isAny(k, "booked", "scheduled", "arranged", "planned", "rebooked", "rescheduled", "fixed", "pencilled", "penciled") {
		return 1, false // "I've booked the site visit for Thursday at 11am", "has been booked for the third Saturday in April": the day it is set for, to come
	}
	if left && t.cueFor == k+2 && string(low) == "back" && t.is(k+1, "on") && t.isAny(k-1, "is", "are", "s") {
		return 1, false // "The Long Shift is back on Tuesday": on air again, to come
	}
	if left && t.cueFor > k && t.cueFor-k <= 4 && t.isAny(k-1, "have", "has", "ve") && t.isAny(k, "offered", "proposed", "suggested", "promised") {
		return 1, false // "The Assembly Rooms have offered us 9–10 October": a day still to be had
	}
	if left && cls&cueIntent != 0 && t.cueFor-1 > k+1 && t.cueFor-k <= 4 && t.is(t.cueFor-1, "for") && !t.isAny(k+1, "to", "for") {
		// "The judge set sentencing for May 14": the day it was set
		// for, to come (what had been set for it may be past: the
		// nearest such)
		if t.isAny(k-1, "was", "were", "been", "had") {
			t.undecided = true
			return 0, false
		}
		return 1, false
	}
	if left && t.cueFor-1 > k+1 && t.cueFor-k <= 10 && t.is(t.cueFor-1, "for") && t.isAny(k, "granted", "gave", "issued", "forecast", "predicted", "reserved", "allocated") &&
		!t.isAny(k-1, "had", "d", "been") && t.grantedForDay(k+1, t.cueFor) {
		// "The Speaker has granted an urgent question for Wednesday
		// afternoon", "Forecasters gave a 90 percent chance of favorable
		// weather for Friday": what is given for a weekday is for one to
		// come (what had been given may be past)
		return 1, false
	}
	if left && t.cueFor > k+3 && t.cueFor-k <= 7 && t.is(t.cueFor-1, "of") && t.isAny(t.cueFor-2, "date", "deadline") &&
		t.isAny(k, "set", "sets", "setting", "assigned", "assigning", "gave", "giving", "established") && t.wordsBetween(k+1, t.cueFor-2) {
		// "The FDA set a decision date of November 21", "accepted the
		// filing, setting a PDUFA goal date of 21 November": the day a
		// deadline was set for, to come (what had been set may be past:
		// the nearest such)
		if t.isAny(k-1, "was", "were", "been", "had") {
			t.undecided = true
			return 0, false
		}
		return 1, false
	}
	if left && t.cueFor > k+1 && t.cueFor-k <= 7 && t.isAny(k, "plan", "plans", "want", "wants", "need", "needs", "intend", "intends", "hope", "hopes", "aim", "aims") &&
		t.tok(k+1) != nil && t.tok(k+1).kind == tWord && t.subjectBefore(k) {
		return 1, false // "Supporters plan a rally on Saturday", "he wants a final vote by Friday": what is wanted is to come
	}
	if left && t.isAny(k, "resolved", "agreed", "decided", "voted") && t.is(k+1, "to") && t.cueFor > k+2 && t.tok(k+2) != nil && t.tok(k+2).kind == tWord && !t.tok(k+2).cap &&
		!t.isAny(k+2, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "them", "him", "me", "us", "terms", "demands") {
		return 1, false // "The committee resolved to receive the results at its meeting in October": what was resolved is to come
	}
	if left && cls&cueIntent != 0 && t.is(k+1, "for") && t.cueFor == k+2 && (t.punct(k-1, ',') || t.tok(k-1) != nil && t.tok(k-1).kind == tWord && t.nounAfter(k-1)) && t.pastMainVerbAfter(t.cueFor) {
		// "The launch, set for March, was delayed until further notice":
		// a plan the subject carried, put off or called off in the past,
		// for a date that may be still to come; the nearest such
		t.undecided = true
		return 0, false
	}
	if left && cls&cueIntent != 0 && t.isAny(k+1, "to", "for") {
		if t.is(k-1, "been") && t.isAny(k-2, "had", "d") || t.is(k-1, "had") && strings.HasSuffix(string(low), "ed") {
			// "had been due to expire Friday", "We had planned to finish
			// in March": a plan that was, for a day gone by
			if w := t.w(t.cueFor); w != nil && w.wday > 0 && !w.plural && t.tok(t.cueFor).cap && t.cueFor > k && t.cueFor-k <= 8 {
				// (but "The walkout, which had been planned for Friday
				// and Saturday, would have shut the port": a weekday's
				// plan that was called off is of the days around the
				// telling, gone by or to come; the nearest such)
				t.undecided = true
				return 0, false
			}
			return -1, false
		}
		if t.isAny(k-1, "been", "was", "were") {
			// "The hearing was scheduled for 8 June": set in the past
			// for a day that may be still to come; the nearest such day
			// (and no other verb) decides
			t.undecided = true
			return 0, false
		}
		return 1, false
	}
	if string(low) == "left" && (t.w(k-1) != nil && t.w(k-1).unit != uNone || t.isAny(k-1, "time", "remaining")) {
		return 0, false // "seven weeks left before Election Day": remaining, no past tense
	}
	if string(low) == "last" && (t.w(k+1) != nil && t.w(k+1).unit != uNone || t.isAny(k+1, "term", "session", "semester")) {
		return 0, false // "Last day of term: ... (pupils finish at 1.30pm)": a name, not a past tense
	}
	if string(low) == "last" && t.isAny(k-1, "the", "its", "their", "his", "her", "our", "your", "my") && t.tok(k+1) != nil && t.tok(k+1).kind == tWord &&
		!t.isAny(k+1, "few", "couple", "several", "many") {
		// "met for the last time on 11 December", "with the last trains
		// finishing around 19:00": the final one, no past tense; the
		// verb before tells
		return 0, false
	}
	if string(low) == "last" && t.isAny(k-1, "will", "would", "could", "can", "may", "might", "should", "must", "to", "ll") {
		return 0, false // "the works will last until June": the verb; the modal before it tells
	}
	if (string(low) == "ended" || string(low) == "ending") && t.w(k-1) != nil && t.w(k-1).unit != uNone {
		return 0, false // "the three months ended September 30": a period's name, not the sentence's verb
	}
	if (string(low) == "pushed" || string(low) == "pushing" || string(low) == "moved" || string(low) == "moving") && left && t.cueFor > k && t.cueFor-k <= 8 {
		// "pushing the sale into the fourth quarter": where it was put
		if p := t.cueFor - 1; t.isAny(p, "into", "until", "till") || t.is(p, "the") && t.isAny(p-1, "into", "until", "till") {
			return 1, false
		}
	}
	if (string(low) == "moved" || string(low) == "pushed" || string(low) == "brought") && left {
		// "has been moved to Friday", "pushed back to March": the new date
		k2 := k + 1
		if t.isAny(k2, "back", "forward") {
			k2++
		}
		if t.is(k2, "to") {
			if nw := t.w(k2 + 1); nw != nil && (nw.wday > 0 || nw.month > 0) || t.tok(k2+1) != nil && t.tok(k2+1).kind == tNum {
				return 1, false
			}
		}
	}
	if cls&cuePostpone != 0 && left && t.cueFor == k+1 && t.isAny(k-1, "was", "were") {
		return -1, false // "The summit was postponed Tuesday": when it was put off
	}
	if cls&cuePostpone != 0 && !left && !t.isAny(k-1, "be", "is", "are", "being", "was", "were", "been") {
		return -1, false // "The council on Wednesday postponed the vote": when it was put off
	}
	if cls&cuePostpone != 0 && !left && t.cueFor >= 1 && t.cueFor < k && (t.is(t.cueFor-1, "for") || t.is(t.cueFor-1, "the") && t.nounAfter(t.cueFor+1)) {
		// "The launch, set for March, was delayed until further notice",
		// "the March launch was delayed": the date it had been set for,
		// before the verb that put it off, which looks ahead only to a
		// date after it; past or to come, the nearest such
		t.undecided = true
		return 0, false
	}
	if left && t.cueFor > k+1 && t.cueFor-k <= 4 && moveVerbs[string(low)] && t.movedFrom(t.cueFor) {
		// "The vote was postponed from 3 June to 17 June": the date
		// it had been set for, past or to come: the nearest such
		t.undecided = true
		return 0, false
	}
	if cls&cuePostpone != 0 && t.isAny(k+1, "on", "at", "in", "during", "yesterday", "earlier", "late", "early", "last", "from") {
		// "flights were delayed on Sunday": when it happened, not the
		// date it was put off to ("delayed until Sunday")
		if t.isAny(k-1, "be", "is", "are", "being") {
			return 0, false
		}
		return -1, false
	}
	if string(low) == "open" && !tk.cap && t.isAny(k+1, "on", "at", "from", "next", "this") && t.tok(k-1) != nil && t.tok(k-1).kind == tWord &&
		!t.isAny(k-1, "the", "a", "an", "be", "is", "are", "was", "were", "will", "to", "and", "or", "stay", "stays", "remain", "remains", "kept", "keep") &&
		!t.isAny(k-2, "will", "would", "shall", "to", "can", "could", "may", "might", "must", "ll") { // ("will also open": the modal tells)
		// "Pre-orders open on Friday": what is scheduled, to come (not
		// "the Open", "an open weekend", "will be open")
		return 1, false
	}
	if left && string(low) == "could" && (t.isAny(k+1, "only", "not", "never", "barely", "hardly") || t.is(k+1, "n") && t.punct(k+2, '\'')) && t.calendarDayAt(t.cueFor) &&
		!t.isAny(k+2, "be") {
		// "The trucker could only pick up the container on 28 August",
		// "could not land until Tuesday": what was possible then, past
		return -1, true
	}
	if left && (string(low) == "would" || string(low) == "could") && t.toldBefore(k) && t.calendarDayAt(t.cueFor) {
		// "He said he would resign on March 1", "were told they could
		// return home on February 8": a future told in the past, after
		// the telling but maybe before the writer's day: the nearest
		// (only a day of the calendar: a weekday or "the weekend" is told
		// of the days around the telling, which news reports the day it
		// is made: "said the stoppage would last until Thursday" looks
		// ahead)
		return 0, true
	}
	if cls&(cueFuture|cueIntent) != 0 && string(low) == "due" && t.debtYear(k+1) {
		return 0, false // "redeemed its Notes due 2025 on September 12": a name; the verb tells
	}
	if cls&(cueFuture|cueIntent) != 0 && t.isAny(k-1, "was", "were") && string(low) == "due" {
		return 0, false // "rents were due on 25 March": the verb before it tells
	}
	if cls&(cuePast|cueSameFormPast) != 0 || len(low) >= 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' {
		if t.conditionalPerfect(k) {
			return 1, false // "if you have not paid by 30 April"
		}
	}
	if cls&cuePostpone != 0 && left && t.is(k+1, "by") && t.cueFor > k+2 && t.cueFor-k <= 8 && t.isAny(t.cueFor-1, "in", "on", "during") &&
		t.isAny(k-1, "was", "were", "been") && !t.prepBetween(k, t.cueFor, "until", "till", "to", "into", "through", "for") {
		// "The opening was delayed by flooding in January": put off by
		// what happened then, in the past (not "delayed until January",
		// the date it was put off to)
		return -1, false
	}
	if cls&cuePostpone != 0 && left && t.isAny(k+1, "for", "by") && t.cueFor > k+4 && t.cueFor-k <= 7 && t.isAny(t.cueFor-1, "in", "on", "during") &&
		t.w(t.cueFor-2) != nil && t.w(t.cueFor-2).unit != uNone && t.numOrWordNum(t.cueFor-3) && !t.isAny(k-1, "be", "is", "are", "being") {
		// "Shipments were delayed for nine days in July": when the
		// delay was, not a date put off to
		return -1, false
	}
	if cls&cuePostpone != 0 && left && t.is(k+1, "for") && t.cueFor > k+1 && t.cueFor-k <= 6 {
		mods := true
		for m := k + 2; m < t.cueFor; m++ {
			mods = mods && t.isAny(m, "no", "not", "earlier", "later", "than", "sometime")
		}
		if mods {
			return 1, false // "rescheduled for no earlier than Tuesday": the day it is put off to
		}
	}
	if cls&cuePostpone != 0 && left && t.cueFor > k && !t.prepBetween(k, t.cueFor, "until", "till", "to", "into", "through", "by") &&
		!t.isAny(k-1, "be", "is", "are", "being", "was", "were", "been", "will", "would", "could", "may", "might", "to") {
		// "extended its moratorium for two years on Monday": when it was
		// put off or drawn out, in the past ("extended until Friday"
		// looks ahead)
		return -1, false
	}
	if (string(low) == "forecast" || string(low) == "forecasts") && t.isAny(k-1, "its", "their", "his", "her", "our", "the", "a", "an", "this", "that", "annual", "earnings", "profit", "sales", "revenue") {
		return 0, false // "raised its forecast on Tuesday": the noun, no tense
	}
	if string(low) == "forecast" && left && (t.cueFor == k+1 || t.cueFor == k+2 && t.is(k+1, "on")) && !strings.HasSuffix(t.lowerWord(k-1), "ed") &&
		!t.isAny(k-1, "will", "to", "would", "could", "may", "might", "should", "can", "must", "ll", "i", "we", "you", "they", "is", "are", "be") {
		return -1, false // "The ministry forecast on Monday that ...": said then, in the past (but "Rain is forecast Tuesday night")
	}
	if cls&cueFuture != 0 && t.is(k-1, "had") && (string(low) == "forecast" || string(low) == "expected" || string(low) == "anticipated") {
		return -1, false // "what analysts had forecast in the summer": said then, of then
	}
	if cls&cueFuture != 0 {
		// "next" looks ahead in "next week", not in "next to the embassy"
		if string(low) == "next" {
			if nw := t.w(k + 1); nw == nil || nw.unit == uNone && nw.wday == 0 && nw.month == 0 && nw.season == timeline.NoSeason {
				return 0, false
			}
		}
		return 1, false
	}
	if string(low) == "may" && (!tk.cap || t.modalMay(k)) || string(low) == "might" || string(low) == "can" || string(low) == "should" || string(low) == "could" {
		// a modal looks ahead: "may sell the unit in May", "elections
		// could be held by July 31"; with "have" it looks back ("could
		// have won in November")
		if t.is(k+1, "have") || t.isAny(k+1, "not", "t") && t.is(k+2, "have") {
			return -1, false
		}
		if string(low) == "could" && (t.isAny(k+1, "not", "t", "never") || t.negatedBefore(k)) {
			// "could not be reached for comment Wednesday", "Neither he
			// nor ... could be located Wednesday": what failed, in the past
			return -1, false
		}
		return 1, false
	}
	if string(low) == "early" && t.is(k-1, "as") {
		return 1, false
	}
	if string(low) == "fed" && (tk.cap || t.is(k-1, "the")) {
		return 0, false // "the Fed's July 30-31 meeting": the Federal Reserve, no verb
	}
	if cls&cueSameFormPast != 0 && left && t.isAny(k-1, "a", "an", "the", "any", "another", "its", "their", "his", "her", "our", "my", "your", "first", "second", "final", "rough", "further", "new") && t.isAny(k+1, "at", "in", "on", "of", "by", "to", "from", "for") {
		return 0, false // "priced in a cut at the Fed's July 30-31 meeting": a noun after its article
	}
	if cls&cueSameFormPast != 0 && t.isAny(k-1, "rate", "price", "tax", "pay", "wage", "job", "budget", "spending", "cost", "power", "service", "output", "production") {
		return 0, false // "Traders expect a rate cut on July 30": a noun, no past tense
	}
	if string(low) == "set" && left && t.isAny(k+1, "the", "a", "an", "its", "his", "her", "their", "our", "up", "out", "off", "aside", "down", "new", "records", "record") &&
		!t.isAny(k-1, "to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do", "not", "t", "i", "you", "we", "they", "ll", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had") {
		return -1, false // "Kim set the deadline in April": the verb, in the past (not "set for", a plan)
	}
	if cls&cueSameFormPast != 0 && left {
		// "The storm hit on 12 March": past, unless an auxiliary, "to" or
		// a pronoun of the present says otherwise ("will hit", "they cut")
		if !t.isAny(k-1, "to", "will", "would", "can", "could", "may", "might", "should", "must", "did",
			"does", "do", "not", "t", "i", "you", "we", "they", "ll", "stay", "stays", "remain", "remains", "be", "is", "are") {
			return -1, false
		}
		return 0, false
	}
	if cls&cuePast != 0 {
		// "will be heard", "is to be held": a participle after "be" is no
		// past tense; nor after a present "get" ("Holders get paid
		// Friday": a passive of what is to come)
		if (t.isAny(k-1, "be", "being", "stay", "remain", "is", "are", "am", "get", "gets", "getting") || t.innerAdverb(k-1) && t.isAny(k-2, "be", "being", "is", "are", "am")) && string(low) != "been" {
			return 0, false // (and "will be formally opened")
		}
		if string(low) == "last" && t.lastOfNoun(k) {
			return 0, false // "(last train from Alder Park 20:42)": the last of a series, no past
		}
		return -1, false
	}
	if cls&cuePresent != 0 {
		if string(low) == "hits" && t.isAny(k-1, "the", "his", "her", "its", "their", "our", "biggest", "greatest") {
			return 0, false // "his greatest hits of 1990": a noun
		}
		if (string(low) == "reports" || string(low) == "releases" || string(low) == "publishes" || string(low) == "unveils") &&
			(t.tok(k).cap || !t.isAny(k+1, "earnings", "results", "sales", "profit", "revenue", "figures", "data", "its", "their", "the", "a", "an", "new", "quarterly", "annual", "fourth", "third", "second", "first")) {
			return 0, false // "filed compliance reports by Wednesday", "Reports on Oct. 5 said": a noun ("The company reports earnings Oct. 5" is the verb)
		}
		if string(low) == "am" && (tk.upper || t.tok(k-1) != nil && t.tok(k-1).kind == tNum) {
			return 0, false // "9.15 AM", the hour, not "I am"
		}
		if left && t.is(k-1, "to") && t.isAny(k-2, "right", "rights", "bid", "honour", "honor", "privilege", "chance") {
			return 0, false // "won the right to host the Olympics on Sept. 7": the verb before tells
		}
		if left && t.is(k-1, "to") && t.isAny(k-2, "began", "started", "begun", "continued", "ceased", "stopped", "tried", "managed", "failed", "seemed", "appeared", "used") {
			return 0, false // "The cuts began to take effect on March 1": the verb before "to" tells
		}
		if left && t.is(k-1, "to") && lowerIn(t, k-2, intentCues) {
			// "which was due to take effect in July, has been delayed",
			// "had been due to expire on 1 March": the intent before
			// "to" tells
			return 0, false
		}
		if left && t.isAny(k-1, "will", "shall", "ll", "to", "must") {
			return 1, false // "will meet on Wednesday": the next one, not today
		}
		if string(low) == "run" && (t.isAny(k-1, "was", "were", "been", "had") || (t.innerAdverb(k-1) || t.isAny(k-1, "first", "last", "once", "originally")) && t.isAny(k-2, "was", "were", "been", "had")) {
			return -1, false // "The race was run in June", "was first run on Saturday", "had last run on Saturday": the participle, past
		}
		if left && t.didBefore(k) {
			return -1, false // "Did you meet the unions on Monday?", "they didn't play on Saturday": the past
		}
		t.weakCue = true
		return 1, false
	}
	if len(low) >= 4 && low[len(low)-2] == 'e' && low[len(low)-1] == 'd' && !tk.cap && !notPastEd(low) {
		// "to be completed", "will stay closed": the state is the cue, not
		// the past participle
		b := k - 1
		if t.dash(b) && t.glued(k) && t.glued(b) && t.tok(b-1) != nil && t.tok(b-1).kind == tWord {
			b -= 2 // "stocks be pre-positioned": the participle's prefix
		}
		if t.isAny(b, "be", "stay", "stays", "remain", "remains", "is", "are", "get", "gets", "getting") || t.innerAdverb(b) && t.isAny(b-1, "be", "is", "are") {
			return 0, false // "is closed until Friday": a state now; "will be formally certified", "If that attempt is also called off"
		}
		if lowerIn(t, k-1, adjBefore) {
			return 0, false // "one named visitor", "a scheduled stop": an adjective
		}
		if t.npBefore(k) || t.isAny(k-1, "to", "on", "in", "at", "for", "with", "from", "of", "into", "across", "over", "under", "by") && t.adjNounAfter(k) {
			return 0, false // "will make a close powered flyby", "gusts to exposed coasts": an adjective of a noun
		}
		return -1, false
	}
	return 0, false
}

// ownedAdjective reports whether the word at k stands between a
// possessive "'s" and a noun it is said of: "Labour's preferred
// candidate", "the bank's revised forecast" are adjectives, no past tense
// (not "he's moved house", where a pronoun's "'s" is "has").
func (t *Tagger) ownedAdjective(k int) bool {
	if !t.is(k-1, "s") || !(t.punct(k-2, '\'') || t.punct(k-2, '’')) || !t.glued(k-1) || !t.glued(k-2) {
		return false
	}
	if t.isAny(k-3, "he", "she", "it", "that", "there", "who", "here", "where", "one", "nobody") {
		return false
	}
	return t.adjNounAfter(k)
}

// securityNoun reports whether token k names shares or their holders,
// which "preferred" before it classes ("preferred stock", "preferred
// shareholders"): a kind of security, not a choice made.
func (t *Tagger) securityNoun(k int) bool {
	return t.isAny(k, "stock", "stocks", "share", "shares", "shareholders", "stockholders", "holders", "securities", "equity", "dividend", "dividends", "units")
}

// didBefore reports whether the plain verb at k follows "did", whose
// tense it takes: "Did you meet", "did the board meet", "did not meet",
// "didn't meet".
func (t *Tagger) didBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if t.isAny(j, "did", "didn") {
			return true
		}
		tk := t.tok(j)
		if tk.kind == tPunct && tk.r != '\'' && tk.r != '’' || tk.kind != tWord && tk.kind != tPunct || cueClass[t.lowerWord(j)] != 0 {
			return false
		}
	}
	return false
}

// sentenceOpener reports whether token k is a capitalised word that opens
// a sentence and follows no abbreviation: an article, a preposition or a
// pronoun ("... declared in Ica. By Friday, ...", "... in Rio. The
// ..."), where "Mr. Smith", "Gen. Lee" and an initial's "J. A. Smith" go on.
func (t *Tagger) sentenceOpener(k int) bool {
	tk := t.tok(k)
	return tk != nil && tk.kind == tWord && tk.cap && !tk.upper && tk.id != 0 &&
		t.isAny(k, "the", "by", "on", "in", "at", "after", "before", "during", "since", "it", "he", "she", "they", "we", "this", "there", "but", "when", "an")
}

// adjNounAfter reports whether a plain lower-case word, no function word
// nor a date's, follows token k: the noun an adjective at k is said of.
func (t *Tagger) adjNounAfter(k int) bool {
	nx := t.tok(k + 1)
	return nx != nil && nx.kind == tWord && !nx.cap && t.w(k+1) == nil && !t.glued(k+1) &&
		!t.isAny(k+1, "for", "in", "on", "at", "by", "to", "from", "with", "of", "into", "during", "and", "or", "as", "that", "it", "them", "him", "her", "us", "me", "up", "out", "off", "down", "over", "back", "away")
}

// npBefore reports whether the word at k stands inside a noun phrase: an
// article and at most two plain words before it ("a close powered", "the
// newly refurbished").
func (t *Tagger) npBefore(k int) bool {
	if !t.adjNounAfter(k) {
		return false // the noun it is said of must follow ("powered flyby"; not "the stock market closed Wednesday")
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		tk := t.tok(m)
		if tk == nil || tk.kind != tWord || tk.cap && m != k-3 {
			return false
		}
		if t.isAny(m, "a", "an", "the") {
			if m >= k-1 {
				return false // (not "the" right before: adjBefore reads that)
			}
			// the noun phrase is the object of a verb a modal or "to" governs:
			// "will make a close powered flyby", "is due to make a close
			// targeted flyby" (not "the new system completed without errors")
			for n := m - 1; n >= 0 && n >= m-4; n-- {
				if tk := t.tok(n); tk.kind != tWord {
					return false
				}
				if t.isAny(n, "will", "would", "shall", "ll", "to", "can", "could", "may", "might", "must") {
					return true
				}
			}
			return false
		}
		w := t.lowerWord(m)
		if strings.HasSuffix(w, "ed") || t.isAny(m, "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "not", "we", "i", "you", "they", "he", "she", "it", "who", "which", "that") {
			return false
		}
	}
	return false
}

// lyAdverb reports whether token k is an adverb in -ly of the kind that
// stands inside a verb ("be formally certified", "be officially opened").
func (t *Tagger) lyAdverb(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap || tk.end-tk.start < 5 {
		return false
	}
	w := t.text[tk.start:tk.end]
	return w[len(w)-2:] == "ly" && w != "only" && w != "early" && w != "daily" && w != "weekly" && w != "monthly" && w != "yearly"
}

// innerAdverb reports whether token k is an adverb that stands between
// "is" ("be") and its participle: one in -ly, or "also", "again", "still"
// ("If that attempt is also called off, a backup opportunity exists on
// Friday": a present passive, no past tense).
func (t *Tagger) innerAdverb(k int) bool {
	return t.lyAdverb(k) || t.isAny(k, "also", "again", "still", "already", "now", "just", "not", "never", "even")
}

// plannedBefore reports whether a plan told in the past comes just
// before the verb at k: "The bathroom was meant to start on 29 July", of
// a day on either side of the writer's.
func (t *Tagger) plannedBefore(k int) bool {
	return t.is(k-1, "to") && t.isAny(k-3, "was", "were") && t.isAny(k-2, "meant", "supposed", "due", "scheduled", "planned", "expected", "set", "slated")
}

// conditionalPerfect reports whether the participle at k is a present
// perfect in a condition ("If you have not paid by", "unless they have
// registered by"), which looks to a deadline ahead.
func (t *Tagger) conditionalPerfect(k int) bool {
	j := k - 1
	if t.is(j, "not") || t.is(j, "t") && (t.punct(j-1, '\'') || t.punct(j-1, '’')) {
		j--
		if t.tok(j) != nil && t.tok(j).kind == tPunct {
			j-- // "haven't"
		}
	}
	if !t.isAny(j, "have", "has", "haven", "hasn", "is", "are", "isn", "aren") {
		return false // ("if the order is not placed by 20 November": a passive present)
	}
	for m := j - 1; m >= 0 && m >= j-4; m-- {
		if t.isAny(m, "if", "unless") {
			return true
		}
		if tk := t.tok(m); tk.kind == tPunct && tk.r != '\'' && tk.r != '’' {
			return false
		}
	}
	return false
}

// notPastEd reports whether a word in -ed is not a past form: "succeed",
// "proceed", "exceed", "indeed", "hundred" (but "agreed", "guaranteed").
func notPastEd(low []byte) bool {
	n := len(low)
	switch {
	case low[n-3] == 'e':
		return !pastEed[string(low)]
	case string(low[n-4:]) == "dred":
		return true
	case n == 4:
		return string(low) == "shed" || string(low) == "sled"
	}
	return false
}

var pastEed = map[string]bool{
	"agreed": true, "disagreed": true, "freed": true, "guaranteed": true, "decreed": true,
	"refereed": true,
}

// ---- matching ----

// prefix reads modifiers before an expression: "early", "the end of",
// "about", "more than". kind is 1 for date-only modifiers, 2 for
// duration-only ones and 3 for both.
func (t *Tagger) prefix(i int) (mod timeline.Mod, j, kind int) {
	w := t.w(i)
	if w == nil {
		return 0, i, 0
	}
	key := w.key
	if key == "the" && t.isAny(i+1, "better", "best", "greater") && t.is(i+2, "part") && t.is(i+3, "of") && t.quantityStart(i+4) {
		return timeline.ModLessThan, i + 4, 2 // "the better part of a decade": most of it
	}
	k := i
	if key == "the" {
		k = i + 1
		if w = t.w(k); w == nil {
			return 0, i, 0
		}
		key = w.key
	}
	if (key == "early" || key == "late" || key == "mid") && t.newLine(k+1) && t.tok(k+1) != nil && t.tok(k+1).kind == tNum && k == i &&
		!t.isAny(k-1, "in", "by", "until", "till", "since", "from", "during", "through", "before", "after", "and", "to", "or") {
		// "... two years late¶17 May 2024 — ...": a line of a list, not
		// the end of May (but "in the late¶15th century" and "again in
		// early¶2023" are one phrase wrapped at the line's end: "the" and
		// the preposition ask for what follows)
		return 0, i, 0
	}
	on := 0
	if (key == "early" || key == "late") && k == i && t.is(k+1, "on") && t.w(k+2) != nil && t.w(k+2).wday > 0 && !t.w(k+2).plural &&
		(t.isAny(i-1, "said", "says", "told", "announced", "reported", "confirmed", "added", "stated", "wrote", "until", "till", "by", "from", "and") || t.punct(i-1, ',') || t.opensSentence(i)) {
		// (not "He was late on Monday", "Markets close early on
		// Friday": late for something, an adverb of the verb)
		on = 1 // "late on Monday", as wire copy writes it
	}
	switch key {
	case "early", "late":
		mod := timeline.ModStart
		if key == "late" {
			mod = timeline.ModEnd
		}
		if t.dash(k+1) && t.glued(k+1) && t.glued(k+2) && t.gluedPeriod(k+2) {
			return mod, k + 2, 1 // "the late-'80s", "early-1990s", "the late-19th century"
		}
		return mod, k + 1 + on, 1
	case "mid":
		if t.dash(k+1) && t.glued(k+1) {
			return timeline.ModMid, k + 2, 1
		}
		return timeline.ModMid, k + 1, 1
	case "beginning", "start", "dawn":
		if t.is(k+1, "of") {
			return timeline.ModStart, k + 2, 1
		}
		if key == "start" && t.dash(k+1) && t.glued(k+1) && t.glued(k+2) && t.tok(k+2).kind == tNum {
			return timeline.ModStart, k + 2, 1 // "start-2014"
		}
	case "end":
		if t.is(k+1, "of") {
			return timeline.ModEnd, k + 2, 1
		}
		if t.dash(k+1) && t.glued(k+1) && t.glued(k+2) && (t.tok(k+2).kind == tNum || t.w(k+2) != nil && t.w(k+2).month > 0) {
			return timeline.ModEnd, k + 2, 1 // "end-2013", "end-June", as financial news writes them
		}
	case "middle":
		if t.is(k+1, "of") {
			return timeline.ModMid, k + 2, 1
		}
	case "turn":
		// "the turn of the year", "the turn of the 20th century": where
		// the period begins (the weeks either side of it, roughly)
		if k != i && t.is(k+1, "of") {
			return timeline.ModStart, k + 2, 1
		}
	}
	if k != i {
		return 0, i, 0
	}
	switch key {
	case "about", "around", "approximately", "roughly", "circa", "ca", "abt":
		if (key == "about" || key == "around") && t.topicAbout(i) {
			return 0, i, 0 // "a book about 1968", "talked about last year": a topic
		}
		j = i + 1
		if t.punct(j, '.') {
			j++
		}
		if t.is(j, "the") && t.ordinalDay(j+1) {
			j++ // "on or about the 17th day of November 2020"
		}
		return timeline.ModApprox, j, 3
	case "c":
		// (not the C of an abbreviation: "35 U.S.C. 154", "R.S.C. 1985")
		// (nor degrees Celsius ending a sentence: "stored at -70 °C.",
		// "beaten by 0.17 C.")
		if p := t.tok(i - 1); p != nil && (p.kind == tNum || t.glued(i) && strings.HasSuffix(t.text[p.start:p.end], "°")) {
			break
		}
		if t.punct(i+1, '.') && t.glued(i+1) && !(t.punct(i-1, '.') && t.glued(i)) {
			if t.tok(i).upper && t.glued(i+2) && t.formCode(i) {
				break // "Army Form C.2118": a form's number, not circa 2118
			}
			return timeline.ModApprox, i + 2, 3
		}
	case "bef", "aft":
		// a family history's "bef. 1900", "aft. 12 May 1820"
		if t.punct(i+1, '.') && t.glued(i+1) && t.tok(i+2) != nil && t.tok(i+2).kind == tNum {
			if key == "bef" {
				return timeline.ModBefore, i + 2, 1
			}
			return timeline.ModAfter, i + 2, 1
		}
	case "some":
		if t.quantityStart(i + 1) {
			return timeline.ModApprox, i + 1, 2
		}
	case "nearly", "almost":
		return timeline.ModLessThan, i + 1, 3
	case "another":
		if t.quantityStart(i + 1) {
			return timeline.ModNone, i + 1, 2 // "for another two years": the amount more
		}
	case "more", "less", "fewer":
		if t.is(i+1, "than") && t.is(i-1, "not") {
			// "on not less than 10 business days' notice": at least
			// (matchOne takes "not" into the expression)
			if key == "more" {
				return timeline.ModEqualOrLess, i + 2, 2
			}
			return timeline.ModEqualOrMore, i + 2, 2
		}
		if t.is(i+1, "than") {
			if key == "more" {
				return timeline.ModMoreThan, i + 2, 2
			}
			return timeline.ModLessThan, i + 2, 2
		}
	case "over":
		// "in over 50 years", "lasted over a week", "just over two
		// years": more than; "runs over a fortnight", "rose 5% over
		// five years": throughout, a signal outside the expression
		if (t.isAny(i+1, "a", "an") || t.quantityStart(i+1)) && t.overMore(i) {
			return timeline.ModMoreThan, i + 1, 2
		}
	case "under":
		if t.quantityStart(i + 1) {
			return timeline.ModLessThan, i + 1, 2
		}
	case "at":
		if t.is(i+1, "least") {
			return timeline.ModEqualOrMore, i + 2, 2
		}
		if t.is(i+1, "most") {
			return timeline.ModEqualOrLess, i + 2, 2
		}
	case "up":
		if t.is(i+1, "to") && t.quantityStart(i+2) {
			return timeline.ModEqualOrLess, i + 2, 2
		}
	case "no":
		if t.is(i+1, "more") && t.is(i+2, "than") {
			return timeline.ModEqualOrLess, i + 3, 2
		}
	}
	return 0, i, 0
}

// formCode reports whether a capital C at i, its period and the digits
// after it written as one ("C.2118") are the number of a form or a
// document rather than circa a year: a form names it ("Army Form
// C.2118", "form C.1850"), or the year would be beyond 2100, which no
// text writes with a circa. (Circa in capitals, "C.1850" in a heading,
// stays a year.)
func (t *Tagger) formCode(i int) bool {
	n := t.tok(i + 2)
	if n == nil || n.kind != tNum {
		return false
	}
	if n.nd == 4 && n.n > 2100 {
		return true
	}
	w := t.lowerWord(i - 1)
	return w == "form" || w == "forms"
}

// quantityStart reports whether token i can begin an amount ("two", "a", "20").
func (t *Tagger) quantityStart(i int) bool {
	tk := t.tok(i)
	if tk == nil {
		return false
	}
	if tk.kind == tNum {
		return true
	}
	w := t.w(i)
	return w != nil && (w.num > 0 || w.key == "a" || w.key == "an" || w.key == "few" || w.key == "several" || w.key == "couple")
}

// weekdayFrom returns the first day after tt (before it, when back) that
// is the weekday wd (1 Monday ... 7 Sunday).
func weekdayFrom(tt time.Time, wd int, back bool) time.Time {
	step := 1
	if back {
		step = -1
	}
	for n := 0; n < 7; n++ {
		tt = tt.AddDate(0, 0, step)
		if int(tt.Weekday()+6)%7+1 == wd {
			break
		}
	}
	return tt
}

// weekdayAfterNoun reads "the Saturday after the school" at i (on "the"),
// the weekday wd, when the noun after "the" is of the sentence that named
// the last day, in the same sentence or the one before, and that day (or
// range of days) is the noun's: "The school runs 3–7 August 2026.
// Participants can book the excursion on the Saturday after the school"
// is 8 August. Not after a day something opens or starts on, which says
// not when it ends; not when the noun has more words ("the school
// holidays"). It returns the day and the token after the noun.
func (t *Tagger) weekdayAfterNoun(i, wd int) (timeline.Date, int, bool) {
	n := i + 4
	nt := t.tok(n)
	if nt == nil || nt.kind != tWord || nt.cap || t.w(n) != nil || t.lastDay.Prec != timeline.Day || t.lastDayEnd <= 0 || t.lastDayEnd > i ||
		t.sentencesBetween(t.lastDayEnd, i) > 1 || t.paragraphBetween(t.lastDayEnd, i) {
		return timeline.Date{}, 0, false
	}
	if nx := t.tok(n + 1); nx != nil && !(nx.kind == tPunct && (nx.r == '.' || nx.r == ',' || nx.r == ';' || nx.r == ')')) {
		return timeline.Date{}, 0, false
	}
	noun := t.lowerWord(n)
	if len(noun) < 4 {
		return timeline.Date{}, 0, false
	}
	// the noun is in the sentence of the day (not as the noun of
	// another "the Saturday after the school")
	found := false
	for k := t.lastDayEnd - 1; k >= 0 && k >= t.lastDayEnd-25; k-- {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				break
			}
			continue
		}
		if t.lowerWord(k) == noun && !(t.is(k-1, "the") && t.isAny(k-2, "after", "before")) {
			found = true
		}
		if s := t.lowerWord(k); strings.HasPrefix(s, "open") || strings.HasPrefix(s, "start") || strings.HasPrefix(s, "begin") || s == "began" || s == "begun" || strings.HasPrefix(s, "launch") || strings.HasPrefix(s, "kick") {
			return timeline.Date{}, 0, false
		}
	}
	if !found {
		return timeline.Date{}, 0, false
	}
	from, to := t.lastDay.DayOf(), t.lastDay.DayOf()
	if t.spanTo.Prec == timeline.Day && t.spanTo == t.lastDay && t.spanFrom.Prec == timeline.Day && t.spanEnd == t.lastDayEnd {
		from = t.spanFrom
	}
	back := t.is(i+2, "before")
	base := to
	if back {
		base = from
	}
	tt, ok := dayTime(base)
	if !ok {
		return timeline.Date{}, 0, false
	}
	return dayDate(weekdayFrom(tt, wd, back)), n + 1, true
}

// theWeekdayAfter reads "on the Monday" at i (on "the") after a day the
// text named in the same or the sentence before: the first such weekday
// after that day ("We flew home on 13 October 2024 and were back at work
// on the Monday" is 14 October; "The tour starts on Wednesday 16
// September 2026; there is a port tasting on the Friday" is the 18th).
// The day of a span just told is spanDay's; with no day named, or the
// day named that weekday itself, nothing is read.
func (t *Tagger) theWeekdayAfter(i int) (res, bool) {
	w := t.w(i + 1)
	if w == nil || w.wday == 0 || w.plural || !t.tok(i+1).cap || !t.isAny(i-1, "on", "by", "until", "till") ||
		t.lastDay.Prec < timeline.Day || t.lastDayEnd <= 0 || t.lastDayEnd > i {
		return res{}, false
	}
	if t.toldAsHabit(i) {
		// "In those days you left school on the Friday and started work
		// on the Monday": the Friday of any such week, none in particular
		return res{}, false
	}
	far := t.sentencesBetween(t.lastDayEnd, i) > 1 // (only a day of a span: see spanDay)
	if far && (t.spanTo != t.lastDay || t.last.Prec >= timeline.Day) {
		return res{}, false
	}
	if nx := t.tok(i + 2); nx != nil && !t.newLine(i+2) && !(nx.kind == tPunct && (nx.r == '.' || nx.r == ',' || nx.r == ';' || nx.r == ':' || nx.r == ')')) && !t.isAny(i+2, "and", "but", "when") &&
		!t.dayThenSubject(i+2) {
		return res{}, false
	}
	if d, end, ok := t.spanDay(i + 1); ok {
		return res{start: i, end: end, typ: Date, d: d}, true
	}
	if far {
		return res{}, false
	}
	if t.spanTo.Prec == timeline.Day && t.spanTo == t.lastDay && t.spanFrom.Prec == timeline.Day {
		// "from Wednesday 16 to Friday 18 September ... (founded in
		// 1290) ... on the Friday": a day of the span the last day
		// closed, whatever year was told since
		a, ok1 := dayTime(t.spanFrom)
		b, ok2 := dayTime(t.spanTo)
		if ok1 && ok2 && !b.Before(a) && b.Sub(a).Hours() <= 24*31 {
			if d, ok := weekdayIn(a, b, w.wday); ok {
				return res{start: i, end: i + 2, typ: Date, d: d}, true
			}
			return res{}, false
		}
	}
	tt, ok := dayTime(t.lastDay)
	if !ok || int(tt.Weekday()+6)%7+1 == w.wday {
		return res{}, false
	}
	return res{start: i, end: i + 2, typ: Date, d: dayDate(weekdayFrom(tt, w.wday, false))}, true
}

// turnOf picks the year or century whose start "the turn of the year"
// ("... of the century", the unit at token u) names: the one begun before
// a past sentence or after a future one, else the nearer boundary to the
// day the text stands at. r holds the unit the text stands in.
func (t *Tagger) turnOf(r *res, u int) {
	var at timeline.Date
	switch {
	case !t.narrative && t.hasRef && !(t.is(u, "century") && r.d.Prec == timeline.Century && r.d.Year != t.ref.Year()/100*100):
		// (news's "turn of the century" read in the century of the story
		// it tells, "Trade grew in the 1890s. By the turn of the
		// century ...", is that story's, below)
		at = timeline.Date{Prec: timeline.Day, Year: t.ref.Year(), Month: int(t.ref.Month()), Day: t.ref.Day()}
	case t.last.Prec >= timeline.Year && t.last.Year != 0:
		at = t.last
	case t.last.Prec == timeline.Decade && t.last.Year > 0 && t.is(u, "century"):
		// "the 1890s ... at the turn of the century": the boundary
		// nearest the decade's middle, 1900
		at = timeline.Date{Prec: timeline.Year, Year: t.last.Year + 5}
	case t.last.Prec == timeline.Century && t.last.Year > 0 && t.is(u, "century") && r.d == t.last:
		// "the late 19th century ... by the turn of the century": the
		// turn the story was nearing, 1900; after "the 19th century" (or
		// its early years, from which a story may well run on to its end)
		// it could be either, and is left unknown
		if t.lastModOf == t.last && t.lastMod == timeline.ModEnd {
			r.d.Year += 100
			return
		}
		r.d, r.val = timeline.Date{}, unknownUnit(uCentury)
		return
	default:
		return
	}
	switch {
	case t.is(u, "year") && r.d.Prec == timeline.Year && (at.Year == r.d.Year || !t.narrative && t.hasRef && r.d.Year == at.Year-1):
		// (in news, the writer's year, though the text's season, "Season
		// Review 2024–25", made "the year" its first)
		r.d.Year = at.Year
		tn := t.tense(r.start, r.end)
		if t.narrative || !t.hasRef {
			tn = 0 // a story told in the past moves on: the turn nearest its day
		}
		if tn > 0 || tn == 0 && at.Prec >= timeline.Month && at.Month >= 7 {
			r.d.Year++
		}
	case t.is(u, "century") && r.d.Prec == timeline.Century && at.Year > 0 && at.Year/100*100 == r.d.Year:
		// a history's "turn of the century" is the one nearest its
		// story, whatever its tense
		if at.Year%100 >= 50 {
			r.d.Year += 100
		}
	}
}

// match reads the expression that starts at token i, if any.
func (t *Tagger) match(i int) (res, bool) {
	var r res
	ok := t.matchTo(&r, i)
	return r, ok
}

// matchTo is match writing the expression it reads into *out, which it
// leaves alone when it reads none. Append, which asks at every start,
// calls it: a result of match's returned in the caller's frame is
// cleared before the call and copied after it, some 70 instructions for
// every start, three in four of which read nothing.
func (t *Tagger) matchTo(out *res, i int) bool {
	if !t.matchOne(out, i) {
		return false
	}
	if out.end-out.start > 1 {
		if k := t.paraIn(out.start, out.end); k > 0 {
			// "no earlier than Friday¶¶March 12, 2025 — SpaceX": an
			// expression never runs over a blank line; read again with
			// the text ending there
			toks := t.toks
			t.toks = toks[:k]
			var r res
			ok := t.matchOne(&r, i)
			t.toks = toks
			if ok {
				*out = r
			}
			return ok
		}
	}
	return true
}

// paraIn returns the first token of (a, b) that opens a paragraph (after
// a blank line), or 0.
func (t *Tagger) paraIn(a, b int) int {
	for k := a + 1; k < b; k++ {
		if t.newLine(k) && t.paraStart(k) {
			return k
		}
	}
	return 0
}

// matchOne is matchTo before the paragraph check.
func (t *Tagger) matchOne(out *res, i int) bool {
	t.at = i
	if t.theBeforeName(i) && !(len(t.opt.Anchors) > 0 && t.anchorAfter(i-1) > 0) { // (but "on the Completion Date" is a day the document names: namedDay)
		return false
	}
	if t.styleGlossAt(i) {
		return false // "on 8 July 1709 (O.S. 27 June)": the same day in the other calendar
	}
	if mod, j, kind := t.prefix(i); j > i && !(t.newLine(j) && (i == 0 || t.newLine(i))) {
		// (a modifier alone on its line is none: "About¶Earlier this year
		// I joined the board" is a page's heading, then the date; "on or
		// about¶17 May" is prose its wrap cut)
		if r, ok := t.approxShortYear(i, j, mod); ok {
			t.suffix(&r)
			*out = r
			return true
		}
		if r, ok := t.core(j, true); ok && r.typ != Set && !(r.weekday && mod == timeline.ModApprox) && !r.d.IsVague() {
			isDur := r.typ == Duration
			if kind == 2 && r.ago {
				// "more than two years ago" lies before the date it names,
				// "less than a year later" before the one it names too
				fwd := t.isAny(r.end-1, "later", "after", "hence", "now")
				switch mod {
				case timeline.ModMoreThan, timeline.ModEqualOrMore:
					mod = timeline.ModBefore
					if fwd {
						mod = timeline.ModAfter
					}
				case timeline.ModLessThan, timeline.ModEqualOrLess:
					mod = timeline.ModAfter
					if fwd {
						mod = timeline.ModBefore
					}
				}
				kind = 3
			}
			if (kind == 1 && !isDur && r.typ != Set) || (kind == 2 && isDur) || kind == 3 {
				r.start = i
				if t.is(i-1, "not") && t.isAny(i, "more", "less", "fewer") && t.is(i+1, "than") {
					r.start = i - 1 // "not less than 10 days"
				}
				if r.mod == timeline.ModNone || kind == 1 {
					r.mod = mod
				}
				if mod == timeline.ModStart && t.is(i, "the") && t.is(i+1, "turn") && t.is(j, "the") && r.end == j+2 && r.typ == Date && r.val == "" {
					t.turnOf(&r, j+1)
				}
				if r.typ == Date && r.mod == timeline.ModMid && r.d.Prec == timeline.Century && r.d.Year > 0 && r.val == "" && t.isAny(i-1, "before", "after") && !t.isAny(i-2, "not", "never") {
					// "before the middle of the 18th century": before about
					// 1750, the century's middle year
					r.d, r.mod = timeline.Date{Prec: timeline.Year, Year: r.d.Year + 50}, timeline.ModBefore
					if t.is(i-1, "after") {
						r.mod = timeline.ModAfter
					}
				}
				t.suffix(&r)
				*out = r
				return true
			}
		}
		if kind == 1 && t.is(i, "the") && (mod == timeline.ModStart || mod == timeline.ModMid || mod == timeline.ModEnd) && j == i+2+b2i(t.dash(i+2)) {
			// "the late sixties", "the mid-seventies": part of a decade
			// told in words (not "highs in the mid-seventies")
			if r, ok := t.decadeWord(j); ok && !t.measureDecade(i, r.end) && t.storyDecade(i, &r) {
				r.start, r.mod = i, mod
				t.suffix(&r)
				*out = r
				return true
			}
		}
	}
	// (each tried only when the word it needs is there: most starts have
	// none, and a call that finds nothing still costs a large result; the
	// words the tests below ask for are read once)
	k0, k1, k2 := t.key(i), t.key(i+1), t.key(i+2)
	the := k0 == "the"
	if k1 == "half" || k2 == "half" {
		if r, ok := t.halfOf(i); ok {
			*out = r
			return true
		}
	}
	if k1 == "decade" || k2 == "decade" {
		if r, ok := t.decadeOf(i); ok {
			*out = r
			return true
		}
	}
	if k1 == "in" {
		if r, ok := t.earlyIn(i); ok {
			*out = r
			return true
		}
	}
	if k0 == "weekend" || k1 == "weekend" && (k0 == "a" || k0 == "an") {
		if r, ok := t.weekendEvent(i); ok {
			*out = r
			return true
		}
	}
	if k0 == "one" && (k1 == "day" || k1 == "morning" || k1 == "afternoon" || k1 == "evening" || k1 == "night") {
		if r, ok := t.oneDay(i); ok {
			*out = r
			return true
		}
	}
	// "the first week of March", "the final days of 1918": the part
	// phrase alone is no expression, but with its whole it is one
	if k := i + 1; the && t.isAny(k, "first", "early", "opening", "final", "closing", "latter") && t.is(k+2, "of") &&
		t.w(k+1) != nil && (t.w(k+1).unit == uDay || t.w(k+1).unit == uWeek || t.w(k+1).unit == uMonth) {
		r := res{start: i, end: k + 2}
		if t.partOf(&r); r.end > k+2 {
			t.suffix(&r)
			*out = r
			return true
		}
	}
	// "Last Tuesday I planted onions. The weekend before, ...": the
	// weekend before (or after) the day just named
	if the && k1 == "weekend" && (k2 == "before" || k2 == "after") && t.lastDay.Prec == timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.sentencesBetween(t.lastDayEnd, i) <= 1 {
		if nx := t.tok(i + 3); nx == nil || nx.kind == tPunct && (nx.r == '.' || nx.r == ',' || nx.r == ';' || nx.r == '\n') {
			if tt, ok := dayTime(t.lastDay); ok {
				sat := weekdayFrom(tt, 6, t.is(i+2, "before"))
				*out = res{start: i, end: i + 3, typ: Date, val: at(sat, uWeek).String() + "-WE"}
				return true
			}
		}
	}
	// "the Friday after Thanksgiving", "the Monday before 4 July 2021":
	// the first such weekday after (or before) the day named; "the last
	// Friday before Easter", "the first Monday after Easter" say the same
	// day again (wi is the weekday's token)
	wi := i + 1
	if the && (k1 == "last" && t.is(i+3, "before") || k1 == "first" && t.is(i+3, "after")) {
		wi, k2 = i+2, t.key(i+3)
	}
	if the && (k2 == "after" || k2 == "before") {
		if w := t.w(wi); w != nil && w.wday > 0 && !w.plural && t.tok(wi).cap {
			if r2, ok := t.match(wi + 2); ok && r2.typ == Date && r2.d.Prec == timeline.Day && (r2.mod == timeline.ModNone || r2.mod == timeline.ModAfter || r2.mod == timeline.ModBefore) {
				if tt, ok := dayTime(r2.d); ok {
					*out = res{start: i, end: r2.end, typ: Date, d: dayDate(weekdayFrom(tt, w.wday, t.is(wi+1, "before")))}
					return true
				}
			}
			if nx := t.tok(wi + 2); (nx == nil || nx.kind == tPunct && (nx.r == '.' || nx.r == ',' || nx.r == ';' || nx.r == '\n')) &&
				t.lastDay.Prec == timeline.Day && t.lastDayEnd >= 0 && t.lastDayEnd <= i && t.sentencesBetween(t.lastDayEnd, i) <= 1 {
				// "Report due Friday 17 October. Peer review is the Monday
				// after.": after the day just named
				if tt, ok := dayTime(t.lastDay); ok {
					*out = res{start: i, end: wi + 2, typ: Date, d: dayDate(weekdayFrom(tt, w.wday, t.is(wi+1, "before")))}
					return true
				}
			}
			if t.isAny(wi+2, "the", "his", "her", "their", "its", "our") {
				if d, end, ok := t.weekdayAfterNoun(i, w.wday); ok && wi == i+1 {
					// "The school runs 3–7 August 2026. ... on the
					// Saturday after the school": after the day (or range)
					// the sentence before dates the thing by
					*out = res{start: i, end: end, typ: Date, d: d}
					return true
				}
				if _, ok := t.match(wi + 2); !ok {
					// "the Monday after the festival": after a day the
					// words do not date; no Monday of the writer's week
					*out = res{start: i, end: wi + 1, typ: Date, val: "XXXX-WXX-" + strconv.Itoa(w.wday)}
					return true
				}
			}
		}
	}
	// "the rest of the year", "for the remainder of 2024": the period
	// itself, as TimeML marks it
	if the && (k1 == "rest" || k1 == "remainder" || k1 == "balance") && k2 == "of" {
		if r, ok := t.core(i+3, false); ok && r.start == i+3 && r.typ == Date && r.d.Prec >= timeline.Century && r.d.Prec <= timeline.Week {
			r.start = i
			t.suffix(&r)
			*out = r
			return true
		}
	}
	var r res
	if !t.coreTo(&r, i, false) {
		if the {
			if r, ok := t.theWeekdayAfter(i); ok {
				*out = r
				return true
			}
			return false
		}
		return false
	}
	if r.end == r.start+2 && t.is(r.start, "the") && t.isAny(r.start+1, "year", "month", "week", "season") && t.is(r.start-1, "of") && (lowerIn(t, r.start-2, yearAwards) || t.lowerWord(r.start-2) == "review" && t.isAny(r.start+1, "year", "season")) {
		return false // "player of the year", "the overall book of the year", "the highlight of the week", "Chair's report: review of the year": a title
	}
	art := -1
	if r.weekday && r.typ != Set {
		art = t.weekdayArticle(r.start) // (looked for only before a weekday)
	}
	if art >= 0 && !t.isAny(art-1, "of") && !t.nounAfter(r.end) {
		// "arrived on a Friday afternoon", "on a wet Saturday in April":
		// some Friday, none named
		if d, ok := t.restatedWeekday(r, art-1); ok {
			// "on the night of 14 January 2021. It was a Thursday.": the
			// day just told, whose weekday it is, said again
			r.d, r.val = d, ""
		} else if tt, ok := dayTime(r.d); ok {
			v := "XXXX-WXX-" + strconv.Itoa(int(tt.Weekday()+6)%7+1)
			if r.d.Part != timeline.NoPart {
				v += "T" + r.d.Part.String()
			}
			r.d, r.val = timeline.Date{}, v
		}
	}
	if r.weekday && r.typ != Set && t.isAny(r.start-1, "was", "is") && t.isAny(r.start-2, "it", "that", "this", "day") {
		if d, ok := t.restatedWeekday(r, r.start-1); ok {
			// "We met the surveyor on 3 June 2025. It was Tuesday.": the
			// day just told, said again, not the Tuesday of the writer's
			// week
			r.d, r.val = d, ""
		}
	}
	t.partOf(&r)
	if r.typ == Duration && r.end == r.start+2 && t.isAny(r.start, "a", "per") && r.val != "" {
		// "1200 patients a week", "40 trains a day": a rate, a set
		// ("two or three pictures a year", "a dozen trips a year")
		if p := t.tok(r.start - 2); p != nil && (p.kind == tNum || t.w(r.start-2) != nil && t.w(r.start-2).num > 1 || t.isAny(r.start-2, "few", "several", "dozen")) &&
			(t.pluralNounAfter(r.start-1) || lowerIn(t, r.start-1, countNouns)) {
			r.typ = Set
		}
	}
	if k := r.start; t.is(r.end, "of") && (r.end == k+3 && t.is(k, "the") && t.is(k+1, "last") || r.end == k+2 && t.is(k, "last")) {
		// "the last day of the month", its whole not a date we read: a
		// part of it, not yesterday
		// ("convicted last month of fraud", "resigned last month of his
		// own accord": last month, and what of)
		_, periodAfter := t.core(r.end+1, false)
		periodAfter = periodAfter || t.isAny(r.end+1, "the", "this", "that", "each", "every", "term", "school", "season", "year", "quarter")
		if w := t.w(r.end - 1); w != nil && (w.unit == uDay || w.unit == uWeek || w.unit == uMonth) && (r.end == k+3 || t.is(k-1, "the") || periodAfter) {
			return false
		}
	}
	if (r.typ == Date || r.typ == Time) && r.mod == timeline.ModNone && r.d.Prec != timeline.PrecisionNone {
		// ("on or before 5:00 p.m. on March 3, 2026": a time's bound too)
		not := t.isAny(i-2, "not", "never") || t.isAny(i-3, "not", "never") && t.tok(i-2) != nil && t.tok(i-2).kind == tWord && t.tok(i-2).w() == nil // ("should not ship before Monday")
		switch {
		case (t.punct(r.end, '\'') || t.punct(r.end, '’')) && t.glued(r.end) && t.is(r.end+1, "s") && !(t.w(i-2) != nil && t.w(i-2).unit != uNone):
			// "after last month's incident review", "before Monday's
			// vote": a possessive date names the day of what follows it,
			// no bound of the sentence's event (but "two days after
			// Monday's vote" is a bound, an amount from it)
		case t.is(i-1, "before") && (not || t.negatedVerb(i-1)), t.is(i-1, "than") && t.isAny(i-2, "earlier", "sooner") && (t.isAny(i-3, "no", "not") || t.negatedVerb(i-2)):
			r.mod = timeline.ModOnOrAfter // "not before 31 July", "no earlier than 1 June", "may not apply for possession earlier than 6 April"
		case t.is(i-1, "after") && (not || t.negatedVerb(i-1)), t.is(i-1, "than") && t.is(i-2, "later") && (t.isAny(i-3, "no", "not") || t.negatedVerb(i-2)):
			r.mod = timeline.ModOnOrBefore // "not after 2 June", "no later than 1 May", "must not be used after 10 June"
		case t.is(i-1, "before") && t.is(i-2, "or") && t.is(i-3, "on"):
			r.mod = timeline.ModOnOrBefore // "on or before 31 March 2026"
		case t.is(i-1, "after") && t.is(i-2, "or") && t.is(i-3, "on"):
			r.mod = timeline.ModOnOrAfter // "on or after 1 April"
		case t.is(i-1, "least") && t.is(i-2, "at") && t.isAny(i-3, "from", "since"):
			r.mod = timeline.ModOnOrBefore // "from at least the 14th century": begun by then, perhaps before
		case t.is(i-1, "least") && t.is(i-2, "at") && t.isAny(i-3, "until", "till", "through", "to"):
			r.mod = timeline.ModOnOrAfter // "until at least 2030": ended then or later
		case r.typ == Time && (t.isAny(i-2, "shortly", "just", "soon", "right", "immediately", "long", "well", "sometime", "minutes", "hours", "moments", "seconds", "mins", "hrs") || !t.isAny(i-1, "before", "after")):
			// ("shortly after midnight", "ten minutes after 3 p.m.": a
			// moment near it, no bound)
		case t.is(i-1, "before"):
			r.mod = timeline.ModBefore
		case t.is(i-1, "after"):
			r.mod = timeline.ModAfter
		}
	}
	t.suffix(&r)
	*out = r
	return true
}

// negatedVerb reports whether the clause that "before", "after" or
// "earlier"/"later" at k bounds has a negated verb within a few words
// before it ("The landlord may not apply for possession earlier than",
// "Tenants must not be evicted before", "The hall can't be used after"):
// a modal or auxiliary and "not", "cannot", "never", or a contraction's
// "n't". What it bounds happens, if at all, on the other side of the
// date. Not across a comma or a clause word ("It is not clear whether it
// was built before 1900"), nor "not only", nor "need not" (no bound: it
// may happen then or not).
func (t *Tagger) negatedVerb(k int) bool {
	for e := k - 1; e >= 0 && e >= k-7; e-- {
		tk := t.tok(e)
		if tk.kind == tPunct {
			if (tk.r == '\'' || tk.r == '’') && t.is(e+1, "t") && t.glued(e) && t.glued(e+1) {
				return !t.isAny(e-1, "needn") // "can't", "mustn't", "won't"
			}
			return false
		}
		if tk.kind != tWord {
			continue
		}
		switch t.lowerWord(e) {
		case "cannot", "never":
			return true
		case "not":
			return !t.is(e+1, "only") && t.isAny(e-1, "may", "must", "shall", "should", "will", "would", "can", "could", "might", "do", "does", "did", "is", "are", "was", "were", "be", "has", "have", "had")
		case "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "whether", "if", "when", "where", "while", "whilst", "because", "although", "though", "so", "what", "how", "why", "as", "than", "unless", "until", "till", "since", "once":
			return false
		}
	}
	return false
}

// theBeforeName reports whether token i is "the" before a word out of the
// vocabulary ("the company", "the Senate"), which begins no expression:
// not one core reads (its one way is detExpr, through wordExpr, whose
// every pattern asks for a word of the vocabulary, a number or a mark
// next: a period, an ordinal, a unit, a decade, "year", "eve"), nor one
// theWeekdayAfter reads (a weekday next), nor one of match's own tests
// before core (each asks for a word of the vocabulary next: "the first
// week of", "the weekend before", "the rest of"; prefix too, "the end
// of"), but halfOf and decadeOf, which read any word before "half of" and
// "decade of" ("the front half of 1990"). Some two in five starts are
// such a "the": match asks first, before the tests that would each find
// nothing, and before the whole chain of detExpr's.
func (t *Tagger) theBeforeName(i int) bool {
	if !t.is(i, "the") || t.key(i+1) != "" {
		return false
	}
	if nx := t.tok(i + 1); nx == nil || nx.kind != tWord {
		return false // ("the 1990s", "the '90s": a number or a mark next)
	}
	k2 := t.key(i + 2)
	if nx := t.tok(i + 2); nx != nil && nx.kind == tWord && nx.flags&fDateish != 0 { // (a decade word, asked only of a dateish word)
		if _, ok := decadeWords[k2]; ok {
			if _, ok := lowerGet(t, i+1, decadeNames); ok {
				return false // "the Roaring Twenties": a decade's byname (see decadeWord)
			}
		}
	}
	return k2 != "half" && k2 != "decade"
}

// partOf reads "of" and a date after a part of a period, into r: "the
// last week of August" is one expression, the date with mod END.
func (t *Tagger) partOf(r *res) {
	if !t.is(r.end, "of") || r.end-r.start < 2 {
		return
	}
	k := r.start
	if t.is(k, "the") {
		k++
	}
	var mod timeline.Mod
	switch t.lowerWord(k) {
	case "first", "early", "opening":
		mod = timeline.ModStart
	case "last", "latter", "final", "closing":
		mod = timeline.ModEnd
	default:
		return
	}
	// "the last week of August", but not "the first nine months of 1997",
	// which TimeML tags as a duration and a year
	uw := t.w(r.end - 1)
	if uw == nil || uw.unit == uNone || r.end-1 != k+1 {
		return
	}
	d, ok := t.core(r.end+1, false)
	if !ok || d.typ != Date || d.val != "" || d.d.Prec == timeline.PrecisionNone || d.d.IsVague() {
		return
	}
	// the part must be finer than the whole: a week of a month, not a year of a week
	u := uw.unit
	coarse := d.d.Prec
	finer := false
	switch coarse {
	case timeline.Millennium, timeline.Century, timeline.Decade:
		finer = u <= uYear
	case timeline.Year:
		finer = u <= uSeason
	case timeline.Half, timeline.Quarter, timeline.Season:
		finer = u <= uMonth
	case timeline.Month:
		finer = u <= uWeek
	}
	if !finer {
		return
	}
	if u == uDay && !uw.plural && (coarse == timeline.Year || coarse == timeline.Month) && d.d.Year > 0 &&
		(t.lowerWord(k) == "first" || t.lowerWord(k) == "last" || t.lowerWord(k) == "final") {
		// "the last day of 1600" is 31 December 1600
		if s, e := d.d.Bounds(); !s.IsZero() {
			day := s
			if mod == timeline.ModEnd {
				day = e.AddDate(0, 0, -1)
			}
			*r = res{start: r.start, end: d.end, typ: Date, d: dayDate(day)}
			return
		}
	}
	*r = res{start: r.start, end: d.end, typ: Date, d: d.d, mod: mod}
	return
}

// earlyIn reads "early in 1914", "later in the year", "late in 1862": the
// period with mod START or END.
func (t *Tagger) earlyIn(i int) (res, bool) {
	if !t.isAny(i, "early", "earlier", "late", "later") || !t.is(i+1, "in") {
		return res{}, false
	}
	// "the harvest was late in the autumn": an adjective, not a modifier
	if t.isAny(i-1, "was", "is", "were", "are", "be", "been", "being", "too", "so", "very", "running") {
		return res{}, false
	}
	if t.is(i+2, "the") && t.is(i+3, "day") {
		return t.earlyInTheDay(i)
	}
	d, ok := t.core(i+2, false)
	if (!ok || d.typ == Date && d.end == i+4 && d.d.IsVague()) && t.is(i+2, "the") && t.isAny(i+3, "month", "week", "year") {
		d, ok = t.earlyInThe(i)
	}
	if !ok || d.typ != Date || d.d.Prec == timeline.PrecisionNone || d.d.Prec >= timeline.Day || d.d.IsVague() || d.mod != timeline.ModNone {
		return res{}, false
	}
	d.start = i
	d.mod = timeline.ModStart
	if t.isAny(i, "late", "later") {
		d.mod = timeline.ModEnd
	}
	if d.noYear && t.hasRef && !t.narrative && (d.d.Prec == timeline.Season || d.d.Prec == timeline.Month) {
		// "later in the autumn" is no autumn gone by, "earlier in the
		// spring" none to come
		if s, e := d.d.Bounds(); !s.IsZero() {
			switch {
			case t.is(i, "later") && e.Before(t.ref):
				d.d.Year++
			case t.is(i, "earlier") && s.After(t.ref):
				d.d.Year--
			}
		}
	}
	return d, true
}

// weekendEvents are the nouns of a thing held or done once that
// "weekend" before them dates: "a weekend meeting", "weekend talks".
var weekendEvents = map[string]bool{"meeting": true, "meetings": true, "talks": true, "summit": true, "session": true, "sessions": true,
	"negotiations": true, "vote": true, "ballot": true, "referendum": true, "election": true, "raid": true, "raids": true, "attack": true,
	"attacks": true, "offensive": true, "bombing": true, "bombings": true, "shooting": true, "clashes": true, "fighting": true,
	"protest": true, "protests": true, "rally": true, "rallies": true, "riots": true, "ceremony": true, "conference": true,
	"announcement": true, "statement": true, "interview": true, "storm": true, "blizzard": true}

// weekendEvent reads "weekend" used as an adjective before the name of a
// thing held or done once, from token i ("a" or "weekend"): "A weekend
// meeting failed", "Weekend talks produced no deal". It dates the thing,
// as "the weekend" does (the weekend just gone in a past clause, the
// coming one in a future one; in a story, the weekend of the day just
// told), and is "weekend" alone: the article is the noun's. Not a length
// ("over a weekend", "a weekend-long meeting"), nor a habit or a kind
// told in the present ("Weekend meetings are rare", "a weekend job"),
// nor a weekend another word places ("the weekend talks", "last weekend").
func (t *Tagger) weekendEvent(i int) (res, bool) {
	j := i
	if !t.is(j, "weekend") {
		j++
	} else if t.isAny(i-1, "the", "a", "an", "this", "that", "last", "next", "every", "each", "one", "per", "his", "her", "their", "its", "our", "my",
		"your", "past", "coming", "following", "previous", "long", "holiday", "same") || t.tok(i-1) != nil && t.tok(i-1).kind == tNum {
		return res{}, false
	}
	if !lowerIn(t, j+1, weekendEvents) || t.glued(j+1) {
		return res{}, false
	}
	r := res{start: j, end: j + 1, typ: Date}
	tn := t.tense(j, j+1)
	if tn > 0 {
		// a future said as one ("will be held", "is set for"), not a
		// habit in the present ("Weekend meetings are rare")
		k := j + 2
		if t.is(k, "will") || t.is(k, "is") || t.is(k, "are") {
			k++
		}
		if !t.isAny(j+2, "will", "shall") && !lowerIn(t, k, prospectiveWords) && !t.isAny(k, "to", "planned") {
			tn = 0
		}
	}
	if tn == 0 {
		return res{}, false
	}
	if d, ok := t.storyWeekend(j, j); ok {
		r.val = d.String() + "-WE"
		return r, true
	}
	if !t.hasRef || t.narrative {
		r.val = unknownUnit(uWeekend)
		return r, true
	}
	d := at(t.ref, uWeek)
	if wd := int(t.ref.Weekday()+6) % 7; wd < 5 && tn < 0 { // Monday = 0
		d, _ = shiftDate(d, uWeek, -1)
	}
	r.val = d.String() + "-WE"
	return r, true
}

// oneDay reads "one day" told as the time a thing happens, not as a
// length, from "one" at token i: a day the text does not date, of the
// period the words go on to name, if any. At the head of a sentence or
// clause ("One day in April the river rose", "One day last week a man
// called", "... until one day the dam broke") it is a day of that April,
// of that week (the period's value), or a day the text does not give
// (XXXX-XX-XX); after a modal ("Islam will one day be ...") or told of
// what is to come ("One day he will be king") it is the future, as
// TimeBank marks it (FUTURE_REF), but after "would", a future seen from
// the past, a day the text does not give, as WikiWars marks it. A length stays one: "for one day",
// "one day a week", "One day after the vote", "One day is enough".
func (t *Tagger) oneDay(i int) (res, bool) {
	if t.isAny(i+2, "a", "per", "each", "every", "after", "before", "later", "earlier", "ago", "of", "or", "and", "to", "long", "more", "less") ||
		t.glued(i+2) && !t.punct(i+2, ',') || t.tok(i).kind != tWord {
		return res{}, false
	}
	r := res{start: i, end: i + 2, typ: Date}
	part := timeline.NoPart
	if w := t.w(i + 1); w != nil && w.part != timeline.NoPart {
		// "One morning in May the bridge fell": a part of a day the text
		// does not give, of that May (a time: 2017-05-XXTMO), told of
		// what was
		part, r.typ = w.part, Time
	}
	if part != timeline.NoPart && t.isAny(i-1, "will", "would", "could", "might", "may", "can", "shall", "should", "must", "ll") {
		return res{}, false
	}
	if t.isAny(i-1, "will", "would", "could", "might", "may", "can", "shall", "should", "must", "ll") {
		// "Islam will one day be the second religion": to come
		if nx := t.tok(i + 2); nx != nil && nx.kind == tWord && !nx.cap && t.w(i+2) == nil {
			r.val = "FUTURE_REF"
			if t.is(i-1, "would") {
				// "... would one day provide the proof": to come after
				// the time told, which is no future of the writer's
				r.val = "XXXX-XX-XX"
			}
			return r, true
		}
		return res{}, false
	}
	if !t.sentenceStart(i) && !t.isAny(i-1, "until", "till", "then", "but", "when") {
		return res{}, false
	}
	// the period it is a day of: "One day in April", "One day last week"
	k := i + 2
	if t.is(k, "in") {
		k++
	}
	if d, ok := t.core(k, false); ok && d.typ == Date && d.start == k && d.mod == timeline.ModNone {
		switch {
		case d.val == "" && d.d.Prec >= timeline.Year && d.d.Prec < timeline.Day && part == timeline.NoPart:
			r.d = d.d
		case d.val == "" && d.d.Year > 0 && d.d.Prec == timeline.Month:
			r.val = d.d.String() + "-XXT" + part.String()
		case d.val == "" && d.d.Year > 0 && d.d.Prec == timeline.Year:
			r.val = d.d.String() + "-XX-XXT" + part.String()
		case len(d.val) == 7 && strings.HasPrefix(d.val, "XXXX-") && d.val[5] != 'W':
			// a month of a year the text does not give: "One day in
			// April", in a story
			r.val = d.val
			if part != timeline.NoPart {
				r.val += "-XXT" + part.String()
			}
		case d.val == "" && d.d.Prec >= timeline.Day:
			return res{}, false // ("One day on 4 May": the day is written)
		case part == timeline.NoPart:
			r.val = "XXXX-XX-XX" // "One day that summer"
		default:
			r.val = "XXXX-XX-XXT" + part.String()
		}
		return r, true
	}
	// else a clause must follow at once: "One day, the river rose", "One
	// day the war will end" (not "One day is enough", "One day passed")
	nx := t.tok(i + 2)
	if w := t.w(i + 3); t.punct(i+2, ',') && (w != nil && w.num > 0 || t.tok(i+3) != nil && t.tok(i+3).kind == tNum) {
		return res{}, false // "One day, two days, it does not matter": lengths
	}
	if nx == nil || !(t.punct(i+2, ',') || t.isAny(i+2, "i", "we", "you", "he", "she", "it", "they", "the", "a", "an", "my", "our", "his", "her", "their", "there", "this", "that") ||
		nx.kind == tWord && nx.cap && t.w(i+2) == nil) {
		return res{}, false
	}
	switch tn := t.tense(i, i+2); {
	case part != timeline.NoPart && tn > 0:
		return res{}, false
	case part != timeline.NoPart:
		r.val = "XXXX-XX-XXT" + part.String()
	case tn > 0:
		r.val = "FUTURE_REF"
	default:
		r.val = "XXXX-XX-XX"
	}
	return r, true
}

// earlyInThe reads "the month" (week, year) of "later in the month",
// "earlier in the week", from token i (the first word), when "the month"
// alone says no month: the month of the date just told ("On 4 May 1943
// the army crossed the river; later in the month it took the town": May
// 1943), else, in news, the writer's ("Earlier in the month the board
// voted", told in December: December, as TimeBank's "earlier this month"
// is). Not the month of a thing the words go on to name ("later in the
// month of the vote").
func (t *Tagger) earlyInThe(i int) (res, bool) {
	if t.isAny(i+4, "of", "when", "that", "before", "after", "ended", "ending", "to") {
		return res{}, false
	}
	u := uMonth
	switch t.key(i + 3) {
	case "week":
		u = uWeek
	case "year":
		u = uYear
	}
	tn := 0
	if t.hasRef && !t.narrative {
		tn = t.tense(i, i+4)
	}
	if d, ok := t.storyPeriod(i, u, tn); ok {
		return res{start: i + 2, end: i + 4, typ: Date, d: d}, true
	}
	if t.hasRef && !t.narrative && !t.toldBeforeRef(i) && !(t.lastEnd >= 0 && t.lastEnd <= i && t.last.Year != 0 && !t.last.IsVague() && t.last.Year != t.ref.Year()) {
		// (not after a date of another year, which the story may still
		// be in)
		return res{start: i + 2, end: i + 4, typ: Date, d: at(t.ref, u)}, true
	}
	return res{}, false
}

// earlyInTheDay reads "the day" of "later in the day", "earlier in the
// day", "early in the day", "late in the day", from token i (the first
// word): the day the text is on, as "later that day" is (the day just
// told, else the writer's). As TimeBank marks it, the expression is "the
// day" alone, with no mod ("later in <TIMEX3>the day</TIMEX3>"). Not the
// day of a thing the words go on to name ("late in the day of the vote"),
// nor the idiom of a thing done too late ("It is rather late in the day
// to change the rules").
func (t *Tagger) earlyInTheDay(i int) (res, bool) {
	if t.isAny(i-1, "bit", "rather", "quite", "fairly", "little", "much", "far", "it", "s", "this") ||
		t.isAny(i+4, "of", "when", "that", "before", "after") || t.glued(i+4) && (t.punct(i+4, '\'') || t.punct(i+4, '’')) {
		return res{}, false
	}
	d, ok := t.core(i+2, true)
	if !ok || d.end != i+4 || d.typ != Date || d.mod != timeline.ModNone || d.d.Prec != timeline.Day && d.val != unknownUnit(uDay) {
		return res{}, false
	}
	d.start = i + 2
	return d, true
}

// halfOf reads "the first half of 1989", "the latter half of 2008", "the
// last half of the '80s": a year's half is 1989-H2, a longer period's half
// the period with mod START or END.
func (t *Tagger) halfOf(i int) (res, bool) {
	k := i
	if t.is(k, "the") {
		k++
	}
	if !t.is(k+1, "half") || !t.is(k+2, "of") {
		return res{}, false
	}
	var mod timeline.Mod
	switch t.lowerWord(k) {
	case "first", "early", "front":
		mod = timeline.ModStart
	case "second", "last", "latter", "back":
		mod = timeline.ModEnd
	default:
		// "1st half of the 17th century", "the 2nd half of 2019"
		if n, j, ok := t.ordinalAt(k); !ok || j != k+1 || n < 1 || n > 2 || t.tok(k).kind != tNum {
			return res{}, false
		} else if n == 1 {
			mod = timeline.ModStart
		} else {
			mod = timeline.ModEnd
		}
	}
	d, ok := t.core(k+3, false)
	if !ok || d.typ != Date || d.val != "" || d.d.Prec == timeline.PrecisionNone || d.d.IsVague() || d.d.Prec > timeline.Month {
		return res{}, false
	}
	out := res{start: i, end: d.end, typ: Date, d: d.d, mod: mod}
	if d.d.Prec == timeline.Year {
		out.d = timeline.Date{Prec: timeline.Half, Year: d.d.Year, Half: 1}
		if mod == timeline.ModEnd {
			out.d.Half = 2
		}
		out.mod = timeline.ModNone
		if dCal, dCalEnd := d.calDates(); d.fiscal && !dCal.IsZero() && !dCalEnd.IsZero() {
			// "the first half of fiscal 2026", a year ending in March:
			// April to September 2025
			out.fiscal = true
			first, _ := shiftDate(dCal, uMonth, 6*(out.d.Half-1))
			last, _ := shiftDate(first, uMonth, 5)
			out.cal = newCal(first, last)
			if !t.numberIn(d.start, d.end) {
				// "the first half of the year" (April to September
				// 2022): a fiscal year not written is no label; the
				// calendar year the half begins in is, as for "the
				// first half" and "H1"
				out.d.Year = first.Year
			}
		}
	}
	return out, true
}

// numberIn reports whether a token from a to b (exclusive) is a number.
func (t *Tagger) numberIn(a, b int) bool {
	for k := a; k < b && k < len(t.toks); k++ {
		if t.toks[k].kind == tNum {
			return true
		}
	}
	return false
}

// decadeOf reads "the first decade of the 21st century" (the 2000s, 200)
// and "the last decade of the 19th century" (the 1890s, 189).
func (t *Tagger) decadeOf(i int) (res, bool) {
	k := i
	if t.is(k, "the") {
		k++
	}
	if !t.is(k+1, "decade") || !t.is(k+2, "of") {
		return res{}, false
	}
	n := 0
	if t.isAny(k, "last", "final") {
		n = 10
	} else if m, j, ok := t.ordinalAt(k); ok && j == k+1 && m >= 1 && m <= 10 {
		n = m
	}
	if n == 0 {
		return res{}, false
	}
	c, ok := t.core(k+3, false)
	if !ok || c.typ != Date || c.val != "" || c.mod != timeline.ModNone || c.d.Prec != timeline.Century || c.d.Year < 0 {
		return res{}, false
	}
	d := timeline.Date{Prec: timeline.Decade, Year: c.d.Year + 10*(n-1)}
	return res{start: i, end: c.end, typ: Date, d: d}, true
}

// suffix reads what may follow an expression: "or so", into r. (The
// expression is passed by its address, here and to partOf and
// periodOfYear, which change it in place: a res is large to copy in and
// out, and every expression read goes through them.)
func (t *Tagger) suffix(r *res) {
	// "at the year end", "the month end": the end of it
	if r.typ == Date && r.mod == timeline.ModNone && r.end == r.start+2 && t.is(r.start, "the") && t.isAny(r.start+1, "year", "month") &&
		t.is(r.end, "end") && !t.glued(r.end) && !t.isAny(r.end+1, "of", "to") {
		r.end++
		r.mod = timeline.ModEnd
	}
	// "the week ahead", "the months ahead": the word that places it is
	// part of it
	if r.end > r.start+1 && t.is(r.start, "the") && t.is(r.end, "ahead") {
		if w := t.w(r.end - 1); w != nil && w.unit != uNone {
			r.end++
		}
	}
	// "2011's first quarter": the quarter of that year, as "this year's
	// third quarter" is
	if r.typ == Date && r.d.Prec == timeline.Year && r.mod == timeline.ModNone && r.d.Ref == timeline.NoRef &&
		(t.punct(r.end, '\'') || t.punct(r.end, '’')) && t.glued(r.end) && t.is(r.end+1, "s") {
		if q, ok := t.ordinalPeriod(r.end + 2); ok && (q.d.Prec == timeline.Quarter || q.d.Prec == timeline.Half) {
			q.start, q.d.Year, q.noYear = r.start, r.d.Year, false
			*r = q
			return
		}
	}
	// "the first weeks of FY2024/25", "the end of FY2023/24": the fiscal
	// year written as two years is the outer expression's; its end is in
	// the second
	if r.typ == Date && r.d.Prec == timeline.Year && r.start < r.end-2 && t.isAny(r.end-2, "fy", "fiscal") {
		if y2 := t.seasonYears(r.end - 1); y2 > 0 {
			r.end += 2
			if r.mod == timeline.ModEnd {
				r.d.Year = y2
			}
		}
	}
	switch {
	case t.is(r.end, "or") && t.is(r.end+1, "so"):
		r.end += 2
		r.mod = timeline.ModApprox
	case r.typ == Duration && r.mod == timeline.ModNone && t.is(r.end, "or") && t.isAny(r.end+1, "more", "longer") && !t.isUnitAfter(r.end+2):
		// "a month or more", not "a year or more months"
		r.end += 2
		r.mod = timeline.ModEqualOrMore
	case r.typ == Duration && r.mod == timeline.ModNone && t.is(r.end, "or") && t.isAny(r.end+1, "less", "fewer", "shorter") && !t.isUnitAfter(r.end+2):
		r.end += 2
		r.mod = timeline.ModEqualOrLess
	case r.typ == Date && r.d.Prec >= timeline.Millennium && t.is(r.end, "or") && t.isAny(r.end+1, "later", "after"):
		r.end += 2
		r.mod = timeline.ModOnOrAfter
	case r.typ == Date && r.d.Prec >= timeline.Millennium && t.is(r.end, "or") && t.isAny(r.end+1, "earlier", "before"):
		r.end += 2
		r.mod = timeline.ModOnOrBefore
	case r.typ == Date && r.d.Prec >= timeline.Millennium && t.is(r.end, "and") && t.is(r.end+1, "beyond"):
		r.end += 2
		r.mod = timeline.ModOnOrAfter
	}
	return
}

// core reads the expression of the core patterns at token i (the
// longest, of those that read one), with the modifier before it already
// read when afterMod.
func (t *Tagger) core(i int, afterMod bool) (res, bool) {
	var r res
	ok := t.coreTo(&r, i, afterMod)
	return r, ok
}

// coreTo is core writing the expression it reads into *out, which it
// leaves alone when it reads none; match calls it at every start (see
// matchTo).
func (t *Tagger) coreTo(out *res, i int, afterMod bool) bool {
	tk := t.tok(i)
	if tk == nil {
		return false
	}
	found := false
	// consider keeps r when it is the longest match yet. It is called only
	// for a match found: most matchers find none, and passing their
	// (large) result on regardless would copy it for nothing.
	consider := func(r res) {
		if r.end > r.start && (!found || r.end > out.end) {
			*out, found = r, true
		}
	}
	switch tk.kind {
	case tNum:
		// (a matcher is skipped where the number fails its first test: a
		// call that finds nothing still costs its large result, which
		// the caller clears before the call and copies after it)
		if t.dDay.Prec == timeline.Day {
			if r, ok := t.dDayCount(i); ok {
				consider(r)
			}
		}
		if r, ok := t.periodCode(i); ok {
			consider(r)
		}
		if r, ok := t.backInShortYear(i); ok {
			consider(r)
		}
		if tk.nd <= 2 && (t.punct(i+1, ',') || t.isAny(i+1, "and", "&")) { // ("3, 4 and 5 May": a comma or "and" next)
			if r, ok := t.listDayStart(i); ok {
				consider(r)
			}
		}
		if tk.nd == 4 {
			if r, ok := t.yearMonthDay(i); ok {
				consider(r)
			}
			if r, ok := t.militaryTime(i); ok {
				consider(r)
			}
		}
		if tk.nd <= 2 && tk.sfx == sfxNone && tk.n >= 1 && tk.n <= 29 { // ("20 past 3": a number of minutes, as smallNumber reads one)
			if r, ok := t.pastTo(i); ok {
				consider(r)
			}
		}
		if tk.sfx == sfxOrd {
			if r, ok := t.nthWeekday(i); ok {
				consider(r)
			}
			if t.is(i+1, "half") {
				if r, ok := t.halfOf(i); ok {
					consider(r) // "1st half of the 17th century"
				}
			}
		}
		if tk.nd <= 2 && tk.sfx == sfxNone && (t.dash(i+1) || t.isAny(i+1, "to", "through", "until", "till", "and")) { // ("3-5 May", "3 to 5 May")
			if r, ok := t.dayRangeStart(i); ok {
				consider(r)
			}
		}
		if r, ok := t.numeric(i); ok {
			consider(r)
		}
		if r, ok := t.quantity(i); ok {
			consider(r)
		}
		if tk.sfx == sfxOrd { // (ordinalAt reads a number only with its ordinal's letters: "the 3rd quarter")
			if r, ok := t.ordinalPeriod(i); ok {
				consider(r)
			}
			if r, ok := t.ordinalDayOf(i); ok {
				consider(r)
			}
		}
	case tPunct:
		if r, ok := t.shortDecade(i); ok {
			consider(r)
		}
	case tWord:
		w := tk.w()
		if w == nil {
			return false
		}
		if afterMod && tk.upper && tk.end-tk.start == 1 && t.text[tk.start] == 'C' {
			if r, ok := t.centuryCode(i); ok {
				consider(r)
			}
		}
		if w.month > 0 || w.season != timeline.NoSeason || w.key == "early" || w.key == "late" {
			if _, _, ok := t.bankHolidayAt(i); ok {
				r, ok := t.bankHoliday(i)
				consider(r)
				return ok
			}
		}
		if (w.month > 0 || w.season != timeline.NoSeason || w.wday > 0 || w.key == "noon") && t.partOfName(i) {
			return false
		}
		if w.month > 0 {
			if r, ok := t.monthExpr(i, afterMod); ok {
				consider(r)
			}
		}
		if w.wday > 0 {
			if r, ok := t.weekdayExpr(i); ok {
				consider(r)
			}
		}
		if w.num > 0 || w.key == "half" || w.key == "quarter" || w.key == "a" {
			if r, ok := t.pastTo(i); ok {
				consider(r)
			}
		}
		if w.num > 0 && w.num <= 12 {
			if r, ok := t.spelledClock(i); ok {
				consider(r)
			}
		}
		if w.unit == uDay && !w.plural && len(t.opt.Anchors) > 0 {
			if r, ok := t.postOpDay(i); ok {
				consider(r)
			}
		}
		if w.key == "the" && len(t.opt.Anchors) > 0 {
			if r, ok := t.namedDay(i); ok {
				consider(r)
			}
		}
		if w.num > 0 || w.unit != uNone || w.key == "a" || w.key == "an" || w.key == "few" ||
			w.key == "several" || w.key == "couple" || w.key == "many" || w.key == "per" || w.key == "half" {
			if r, ok := t.quantity(i); ok {
				consider(r)
			}
		}
		if w.ord != 0 {
			if r, ok := t.nthWeekday(i); ok {
				consider(r)
			}
		}
		if w.ord > 0 {
			if r, ok := t.ordinalPeriod(i); ok {
				consider(r)
			}
			if r, ok := t.ordinalDayOf(i); ok {
				consider(r)
			}
		}
		if w.num > 10 && w.num <= 20 && !t.is(i+1, "hundred") {
			// ("fifteen hundred and fifty men": a count, unless a month or
			// "the year" comes before)
			if y, k, ok := t.spelledYear(i); ok {
				consider(res{start: i, end: k, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}})
			}
		}
		if w.season != timeline.NoSeason {
			if r, ok := t.seasonExpr(i, i, 0, afterMod); ok {
				consider(r)
			}
		}
		if w.part != timeline.NoPart && !w.plural && (afterMod || midParts[w.key] != 0) {
			if r, ok := t.modPart(i); ok {
				consider(r)
			}
		}
		if r, ok := t.wordExpr(i, afterMod); ok {
			consider(r)
		}
	}
	return found
}

// goesOnUntil returns the index of the "until" of "runs until", "will
// continue until", "remained open until" at i, -1 when the words at i are
// none such.
func (t *Tagger) goesOnUntil(i int) int {
	for n := 0; n < 2 && t.isAny(i, "it", "they", "then", "will", "would", "should"); n++ {
		i++
	}
	switch {
	case t.isAny(i, "runs", "ran", "run", "continues", "continued", "continue", "lasts", "lasted", "last"):
		i++
	case t.isAny(i, "goes", "went", "go") && t.is(i+1, "on"):
		i += 2
	case t.isAny(i, "remains", "remained", "remain", "stays", "stayed", "stay") && t.isAny(i+1, "open", "closed", "available", "active"):
		i += 2
	default:
		return -1
	}
	if !t.isAny(i, "until", "till", "through", "thru", "to") {
		return -1
	}
	return i
}

// pastBetween reports whether a verb of the past goes on from one date to
// the next between tokens i and j ("and ran until").
func (t *Tagger) pastBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if t.isAny(k, "ran", "continued", "lasted", "went", "remained", "stayed") {
			return true
		}
	}
	return false
}

// willBetween reports whether the future is said between tokens i and j
// ("and will run until").
func (t *Tagger) willBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if t.isAny(k, "will", "shall") {
			return true
		}
	}
	return false
}

// unknownPrecision returns the precision of a value with unknown parts:
// a day for XXXX-WXX-1, a decade for XXX.
func unknownPrecision(v string) timeline.Precision {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return timeline.Hour
	}
	parts := strings.Split(v, "-")
	switch {
	case len(parts[0]) == 2:
		return timeline.Century
	case len(parts[0]) == 3:
		return timeline.Decade
	case len(parts) == 1:
		return timeline.Year
	case len(parts) == 3:
		return timeline.Day
	case strings.HasPrefix(parts[1], "W"):
		return timeline.Week
	case len(parts[1]) == 2 && parts[1][0] >= '0' && parts[1][0] <= '9' || parts[1] == "XX":
		return timeline.Month
	}
	return timeline.Season // a quarter, a half, a season
}

// unitPrecision is the precision of a date one unit long.
func unitPrecision(u unit) timeline.Precision {
	switch u {
	case uSecond:
		return timeline.Second
	case uMinute:
		return timeline.Minute
	case uHour:
		return timeline.Hour
	case uDay:
		return timeline.Day
	case uWeekend, uWeek:
		return timeline.Week
	case uMonth:
		return timeline.Month
	case uQuarter, uHalf, uSeason:
		return timeline.Season
	case uYear:
		return timeline.Year
	case uDecade:
		return timeline.Decade
	case uCentury:
		return timeline.Century
	}
	return timeline.Millennium
}

// centuryCode reads the architectural historian's century after "early",
// "mid-" or "late": "C19" in "refronted in the early C19", "mid-C18" (the
// 19th and the 18th century). Alone ("C20 replacements", "a C19 chip") the
// letter and number name too many other things.
func (t *Tagger) centuryCode(i int) (res, bool) {
	nx := t.tok(i + 1)
	if nx == nil || nx.kind != tNum || nx.nd != 2 || nx.sfx != sfxNone || !t.glued(i+1) || nx.n < 5 || nx.n > 21 || t.badAfter(i+1) {
		return res{}, false
	}
	return res{start: i, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Century, Year: (int(nx.n) - 1) * 100}}, true
}

// rangeEnd reads the second half of a range after r: "-1603", "to
// December 2017", "and August 2010" (after "between").
func (t *Tagger) rangeEnd(r res) (res, bool) {
	if (r.typ != Date && r.typ != Time) || r.d.Prec == timeline.PrecisionNone && !(r.typ == Time && strings.HasPrefix(r.val, "XXXX-XX-XXT")) {
		return res{}, false // (but "15:00 – 16:00 GMT on 19 March": the day comes after the range)
	}
	i := r.end
	if t.dash(i) && t.newLine(i) {
		return res{}, false // "- 24 October 2025¶- 23 July 2026": list items, no range
	}
	if t.paraIn(i-1, i+2) > 0 {
		return res{}, false // a blank line between the two: no range
	}
	switch {
	case t.dash(i):
		// "1915-17", "1862-3"
		if r.d.Prec == timeline.Year && r.d.Year > 0 && t.glued(i) && t.glued(i+1) {
			if n, nd, ok := t.num(i + 1); ok && nd == 1 && r.end-r.start == 1 && t.shortRangeEnd(i-1) {
				return res{start: i + 1, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: r.d.Year - r.d.Year%10 + n}}, true
			}
			if n, nd, ok := t.num(i + 1); ok && nd == 2 && t.tok(i+1).sfx == sfxNone && !t.badAfter(i+1) {
				y := r.d.Year - r.d.Year%100 + n
				if y > r.d.Year {
					return res{start: i + 1, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
				}
			}
		}
		// "May 3-9"
		if r.d.Prec == timeline.Day && t.glued(i) && t.glued(i+1) {
			if n, nd, ok := t.num(i + 1); ok && nd <= 2 && n > r.d.Day && validDay(r.d.Year, r.d.Month, n) &&
				t.tok(i+1).sfx != sfxOther && !t.badAfter(i+1) && !t.isMonthAt(i+2) {
				// "March 5-9, 1918"
				return t.closingDay(r, i, n), true
			}
		}
	case t.punct(i, '/'):
		// "2012/13", a season or fiscal year
		if r.d.Prec == timeline.Year && (r.end-r.start == 1 || t.isAny(r.start, "fy", "fiscal")) {
			if y := t.seasonYears(r.end - 1); y > 0 {
				return res{start: i + 1, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: y}}, true
			}
		}
		return res{}, false
	case t.isAny(i, "to", "through", "until", "till", "thru") || t.is(i, "up") && t.is(i+1, "to") && (t.is(r.start-1, "from") || t.is(i+2, "and") && t.is(i+3, "including")):
		if t.is(i, "up") {
			i++ // "from Monday 17 February up to Tuesday 18 February"
		}
		if t.is(i+1, "and") && t.isAny(i+2, "including", "inclusive") {
			i += 2 // "up to and including Tuesday 18 February", "through and including 30 June": the end, inclusive
		}
		if t.is(i+1, "at") && t.is(i+2, "least") && r.mod == timeline.ModNone {
			i += 2 // "from January 2018 through at least March 2021": the end, perhaps later
		}
	case t.is(i, "and") && t.is(r.start-1, "between"):
	case t.is(i, "and"):
		// "opens on 14 June and runs until 2 November": what begins on
		// the first day goes on to the second
		if i = t.goesOnUntil(i + 1); i < 0 {
			return res{}, false
		}
	default:
		return res{}, false
	}
	// "Feb. 12 to 14", "between March 10 and 12": the day alone
	if r.d.Prec == timeline.Day && r.typ == Date {
		if n, nd, ok := t.num(i + 1); ok && nd <= 2 && n > r.d.Day && validDay(r.d.Year, r.d.Month, n) &&
			(t.tok(i+1).sfx == sfxNone || t.tok(i+1).sfx == sfxOrd) && !t.badAfter(i+1) && !t.isMonthAt(i+2) &&
			!(t.glued(i+2) && (t.glued(i+3) || t.punct(i+2, '%') || t.punct(i+2, ':'))) &&
			!t.isUnitAfter(i+2) && !t.isAny(i+2, "percent", "am", "pm", "a", "p") {
			return t.closingDay(r, i, n), true
		}
	}
	// "between AD 200 and 900": the era written at the start is the end's
	if r.d.Prec == timeline.Year && r.d.Year > 0 && r.typ == Date && t.eraWritten(r) {
		if n, nd, ok := t.num(i + 1); ok && nd <= 4 && n > r.d.Year && t.tok(i+1).sfx == sfxNone && (!t.glued(i+2) || t.punct(i+2, '.') || t.punct(i+2, ',') || t.punct(i+2, ';') || t.punct(i+2, ')')) &&
			!t.badAfter(i+1) && !t.isUnitAfter(i+2) && !t.isMonthAt(i+2) {
			if sign, _ := t.era(i + 2); sign == 0 {
				return res{start: i + 1, end: i + 2, typ: Date, d: timeline.Date{Prec: timeline.Year, Year: n}}, true
			}
		}
	}
	if r2, ok := t.presentEnd(r, i+1); ok {
		return r2, true
	}
	t.inRange, t.rangeFromUnknown = true, strings.HasPrefix(r.val, "XXXX")
	r2, ok := t.match(i + 1)
	t.inRange, t.rangeFromUnknown = false, false
	if m2, _ := unknownMonth(r2); !ok || r2.typ != r.typ || r2.d.Prec == timeline.PrecisionNone && m2 == 0 && !(r2.typ == Time && strings.HasPrefix(r2.val, "XXXX-XX-XXT")) {
		return res{}, false // but "4-5 June" with no year to be had goes on, and "Mondays 9:00-17:00": hours of no day
	}
	if r2.d.Prec == timeline.Year && r2.end-r2.start == 2 && (t.punct(r2.start, '\'') || t.punct(r2.start, '’')) && r.d.Prec >= timeline.Year && r.d.Year > 0 {
		// "from 1914 to '18": the end's century is the start's
		n, _, _ := t.num(r2.start + 1)
		y := r.d.Year - r.d.Year%100 + n
		if y < r.d.Year {
			y += 100
		}
		r2.d.Year = y
	}
	if r2.weekday && r2.d.Prec == timeline.Day && timeline.Compare(r2.d, r.d) < 0 {
		if tt, ok := dayTime(r2.d); ok {
			r2.d = dayDate(tt.AddDate(0, 0, 7))
		}
	}
	if r.d.Prec == timeline.Year && r2.d.Prec == timeline.Year && r2.d.Year <= r.d.Year {
		return res{}, false
	}
	return r2, true
}

// wordsBetween reports whether tokens [a, b) are all words: a noun
// phrase with no punctuation ("a PDUFA goal").
func (t *Tagger) wordsBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if t.tok(k).kind != tWord {
			return false
		}
	}
	return true
}

// grantedForDay reports whether tokens [a, w-1) are the words of an
// object (numbers among them: "a 90 percent chance"), with no punctuation,
// and token w, after "for", is a weekday that names no event of its own
// ("for Friday", not "for Friday's game").
func (t *Tagger) grantedForDay(a, w int) bool {
	if d := t.w(w); d == nil || d.wday == 0 || t.punct(w+1, '\'') || t.punct(w+1, '’') {
		return false
	}
	for k := a; k < w-1; k++ {
		if tk := t.tok(k); tk.kind != tWord && tk.kind != tNum {
			return false
		}
	}
	return true
}

// monthDayBefore reports whether the two tokens before k are a month's
// name and a day ("June 15"): a date, no count of the noun at k.
func (t *Tagger) monthDayBefore(k int) bool {
	n := t.tok(k - 1)
	w := t.w(k - 2)
	return n != nil && n.kind == tNum && n.nd <= 2 && w != nil && w.month > 0
}

// titleNumber reports whether the number at k ends a name: "Season 3",
// "Avatar 3", "Part 2" (a capitalised word, no month or weekday, then one
// or two digits), so that the word after it is the name's verb ("Season 3
// premieres in the fall"), not a noun it counts; or of a route, a line
// or a gate a notice names in lower case ("Bus route 14 runs on a
// diversion from Saturday", "platform 3 reopens on Monday").
func (t *Tagger) titleNumber(k int) bool {
	tk := t.tok(k)
	if tk.nd > 2 || tk.sfx != sfxNone || k < 1 || t.glued(k) {
		return false
	}
	p := t.tok(k - 1)
	if p.kind == tWord && !p.cap && t.isAny(k-1, "route", "line", "platform", "gate", "flight", "bus", "ward", "junction", "exit", "phase", "stage", "terminal", "runway", "pier", "berth") {
		return true
	}
	if p.kind != tWord || !p.cap || p.upper {
		return false
	}
	w := p.w()
	return w == nil || w.month == 0 && w.wday == 0 && w.unit == uNone && w.num == 0
}

// presentEnd reads the open end of a range that runs to the time of
// writing: "2019–present", "from 2010 to the present (day)", "1990 until
// now", "2019 to date" (PRESENT_REF), but not "to present results", "in 2010 to present
// its collection" or "the present owners". r is a date with its year; j
// the word after the dash or "to".
func (t *Tagger) presentEnd(r res, j int) (res, bool) {
	if r.typ != Date || r.d.Year == 0 || r.d.Prec < timeline.Year || r.d.Prec > timeline.Day {
		return res{}, false
	}
	if !t.dash(j-1) && !t.isAny(r.start-1, "from", "since", "between") && !t.isAny(j-1, "until", "till") && r.start > 0 && !t.newLine(r.start) {
		return res{}, false // "in 2010 to present its collection"
	}
	k := j
	the := t.is(k, "the")
	if the {
		k++
	}
	end := k + 1
	switch {
	case t.is(k, "present"):
		if the && t.is(k+1, "day") && !t.joined(k+2) {
			end++
		}
	case !the && t.is(k, "now"):
	case !the && t.is(k, "date") && t.is(j-1, "to"):
		// "from 2019 to date"
	default:
		return res{}, false
	}
	if next := t.tok(end); next != nil && (t.joined(end) || next.kind != tPunct && !(the && !t.nounAfter(end)) &&
		!(next.kind == tWord && next.cap && !t.joined(end) && t.lineStart(r.start))) { // (a CV's "2019-present Associate Professor")
		// "present-day", "to present levels"; "the present" needs no
		// stop after it unless a noun follows ("the present owners")
		return res{}, false
	}
	return res{start: j, end: end, typ: Date, d: present}, true
}

// topicAbout reports whether "about" (or "around") at i introduces what
// something is about rather than an approximation: after a word of
// speech, thought or writing ("a book about 1968", "asked about the
// weekend"), or before a date named from the writer's day, which no one
// approximates ("talked about last year").
func (t *Tagger) topicAbout(i int) bool {
	if t.isAny(i+1, "last", "next", "this", "yesterday", "today", "tomorrow", "tonight", "the") && !t.is(i+2, "same") {
		if !(t.is(i+1, "the") && (t.isAny(i+2, "middle", "end", "beginning", "turn", "start", "time") || t.ordinalDay(i+2))) {
			return true
		}
	}
	switch t.lowerWord(i - 1) {
	case "book", "books", "film", "films", "story", "stories", "article", "articles", "talk", "talks", "talked",
		"talking", "ask", "asked", "asking", "spoke", "speak", "speaking", "write", "wrote", "writing", "written",
		"think", "thought", "thinking", "worried", "worry", "concerned", "learn", "learned", "know", "knew",
		"hear", "heard", "read", "news", "report", "reports", "question", "questions", "information", "details",
		"memories", "documentary", "lecture", "song", "play", "novel", "joke", "jokes", "forget", "forgot",
		"remember", "remembered", "complained", "argued", "cares", "care", "curious", "excited", "nervous", "all":
		return true
	}
	return false
}

// ordinalDay reports whether token i is a day of a month written as an
// ordinal, as a date gives it: "the 17th day of November", "the 5th of May".
func (t *Tagger) ordinalDay(i int) bool {
	tk := t.tok(i)
	if tk == nil || tk.kind != tNum || tk.sfx != sfxOrd {
		return false
	}
	if t.is(i+1, "day") {
		i++
	}
	return t.is(i+1, "of") && t.w(i+2) != nil && t.w(i+2).month > 0
}

// yearLabel reports whether the year r labels its line: only a list's
// marks before it, a dash or a colon after it ("- **1564** — ...",
// "1930: ...").
func (t *Tagger) yearLabel(r res) bool {
	a, b := t.tok(r.start), t.tok(r.end-1)
	if a == nil || b == nil {
		return false
	}
	ls := strings.LastIndexByte(t.text[:a.start], '\n') + 1
	if strings.Trim(t.text[ls:a.start], " \t-*•+_") != "" {
		return false
	}
	rest := strings.TrimLeft(t.text[b.end:], "*_ \t")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")
}

// joined reports whether token i is a word or a hyphen written against
// the token before it ("present-day", "nowhere" cut apart).
func (t *Tagger) joined(i int) bool {
	tk := t.tok(i)
	return tk != nil && t.glued(i) && (tk.kind == tWord || tk.kind == tNum || t.dash(i))
}

// ---- values ----

func durValue(n float64, u unit, vague bool) string {
	var b []byte
	b = append(b, 'P')
	if u <= uHour {
		b = append(b, 'T')
	}
	if vague {
		b = append(b, 'X')
		return string(append(b, durCode[u]...))
	}
	switch u {
	case uDecade:
		u, n = uYear, n*10
	case uCentury:
		u, n = uYear, n*100
	case uMillennium:
		u, n = uYear, n*1000
	}
	switch {
	case u == uYear && n != float64(int(n)) && n*12 == float64(int(n*12)):
		whole := int(n)
		months := int((n-float64(whole))*12 + 0.5)
		if whole > 0 {
			b = strconv.AppendInt(b, int64(whole), 10)
			b = append(b, 'Y')
		}
		b = strconv.AppendInt(b, int64(months), 10)
		return string(append(b, 'M'))
	case (u == uHour || u == uMinute) && n != float64(int(n)) && n*60 == float64(int(n*60)):
		whole := int(n)
		mins := int((n-float64(whole))*60 + 0.5)
		if whole > 0 {
			b = strconv.AppendInt(b, int64(whole), 10)
			b = append(b, 'H')
		}
		b = strconv.AppendInt(b, int64(mins), 10)
		if u == uMinute {
			if whole > 0 {
				b[len(b)-len(strconv.Itoa(mins))-1] = 'M'
			}
			return string(append(b, 'S'))
		}
		return string(append(b, 'M'))
	case u == uWeekend:
		b = strconv.AppendFloat(b, 2*n, 'f', -1, 64)
		return string(append(b, 'D'))
	case u == uHalf:
		b = strconv.AppendFloat(b, 6*n, 'f', -1, 64)
		return string(append(b, 'M'))
	case u == uSeason:
		b = strconv.AppendFloat(b, 3*n, 'f', -1, 64)
		return string(append(b, 'M'))
	}
	b = strconv.AppendFloat(b, n, 'f', -1, 64)
	return string(append(b, durCode[u]...))
}

func (t *Tagger) isMonthAt(i int) bool {
	w := t.w(i)
	return w != nil && w.month > 0
}

// lineStart reports whether token i opens its line, after a list bullet
// at most.
func (t *Tagger) lineStart(i int) bool {
	for k := i - 1; ; k-- {
		p := t.tok(k)
		if p == nil {
			return true
		}
		if t.newLine(k + 1) {
			return true
		}
		if k < i-1 || p.kind != tPunct || p.r != '-' && p.r != '*' && p.r != '•' {
			return false
		}
	}
}

// sentenceStart reports whether token i begins a sentence (or the text).
// modalMay reports whether a capitalised "May" at k is the modal of a
// title-cased or shouted text ("We May extend the survey", "The organisers
// May also add"): inside its sentence, after no word that leads to a
// month, and before a verb in lower case.
func (t *Tagger) modalMay(k int) bool {
	p, nx := t.tok(k-1), t.tok(k+1)
	if p == nil || nx == nil || p.kind != tWord || nx.kind != tWord || nx.cap || t.sentenceStart(k) || t.newLine(k) {
		return false
	}
	if lowerIn(t, k-1, monthContext) || t.isAny(k-1, "and", "or", "to", "through", "early", "late", "mid", "last", "next", "this", "that", "each", "every", "of") {
		return false
	}
	return t.w(k+1) == nil || t.isAny(k+1, "also", "not", "still", "well", "yet", "even", "soon")
}

func (t *Tagger) sentenceStart(i int) bool {
	p := t.tok(i - 1)
	if p == nil {
		return true
	}
	if p.kind != tPunct {
		return false
	}
	switch p.r {
	case '.', '!', '?', '"', '“', '\'', '‘', '(', ':', '-', '—':
		return true
	}
	return false
}

// closingDay is the expression of a bare day n at token i+1 that closes a
// range opened by r ("May 3-9", "Feb. 12 to 14"): r's month and year with
// day n, taking a year written after it ("March 5-9, 1918") when r had none.
func (t *Tagger) closingDay(r res, i, n int) res {
	d := r.d
	d.Day = n
	r2 := res{start: i + 1, end: i + 2, typ: Date, d: d, noYear: r.noYear}
	k := i + 2
	if t.punct(k, ',') {
		k++
	}
	if y, k2, ok := t.yearAt(k); ok && validDay(y, d.Month, n) && r.noYear {
		r2.d.Year, r2.end, r2.noYear = y, k2, false
	}
	return r2
}

// midParts are the parts of the day written with their modifier as one
// word ("by midafternoon").
var midParts = map[string]timeline.PartOfDay{"midmorning": timeline.Morning, "midafternoon": timeline.Afternoon}

// modPart reads a part of the day after early, late or mid ("the late
// afternoon", "by mid-morning", "midafternoon"): that part of the day the
// text is on, as "in the afternoon" is, or of the day named after "of"
// ("the early morning of 3 May").
func (t *Tagger) modPart(i int) (res, bool) {
	w := t.w(i)
	if w == nil || w.part == timeline.NoPart || w.part == timeline.Midday || w.part == timeline.Daytime {
		return res{}, false
	}
	r := res{start: i, end: i + 1, typ: Time}
	if _, ok := midParts[w.key]; ok {
		r.mod = timeline.ModMid
	}
	if t.is(i+1, "of") {
		if d, ok := t.core(i+2, false); ok && d.typ == Date && d.val == "" && d.d.Prec == timeline.Day && d.mod == timeline.ModNone {
			r.d, r.end = d.d, d.end
			r.d.Part = w.part
			return r, true
		}
		return res{}, false
	}
	if t.habitual(i) {
		return res{}, false
	}
	// "by mid-morning on Tuesday", "at mid-afternoon yesterday"
	day, k, ok := t.dayAfterClock(i + 1)
	if ok {
		r.end = max(r.end, k)
	} else if !t.partEnds(i + 1) {
		return res{}, false
	} else {
		day, ok = t.clockDay(i)
	}
	if !ok {
		return res{}, false
	}
	day.Part = w.part
	r.d = day
	return r, true
}

// reportingDate reports whether the expression at token i dates a
// statement: "said on Friday", "told reporters Friday", "announced on
// Monday".
// attributionDate reports whether the date at i is the day a report
// the sentence goes on to quote was made: "According to Reuters on 4 March
// 2021,", "The Herald reported on 9 March 2021 that", "In a statement
// dated 12 March 2021,".
func (t *Tagger) attributionDate(i int) bool {
	if t.reportingDate(i) && !t.asAside(i) || t.is(i-1, "dated") {
		return true
	}
	k := i - 1
	if !t.isAny(k, "on", "of") {
		return false
	}
	if t.opensSentence(k) || t.is(k, "on") && t.speechEventOpens(k-1) {
		// "On 1 March 2019 the energy ministry said it would ...": the
		// day of the report that opens the sentence; and "At a press
		// conference on 15 October 2024, the minister said the army
		// would begin next week": the day of the occasion it was said at
		for n := i + 1; n < len(t.toks) && n <= i+12; n++ {
			if tk := t.tok(n); tk.kind == tPunct && tk.r != ',' && tk.r != '\'' && tk.r != '’' {
				break
			}
			if t.isAny(n, "said", "announced", "reported", "stated", "confirmed", "told", "declared", "wrote", "warned", "promised", "pledged", "vowed", "predicted") {
				return true
			}
		}
	}
	for k--; k >= 1 && k >= i-8; k-- {
		if tk := t.tok(k); tk.kind == tPunct && tk.r != '.' && tk.r != '\'' && tk.r != '’' {
			return false
		}
		if t.is(k, "to") && t.is(k-1, "according") {
			return true
		}
	}
	return false
}

// speechEventOpens reports whether the words up to k, which open their
// sentence, name an occasion things are said at: "At a press conference",
// "In a statement", "During an interview with the BBC" (a few words).
func (t *Tagger) speechEventOpens(k int) bool {
	for n := k; n >= 0 && n >= k-6; n-- {
		if tk := &t.toks[n]; tk.kind == tPunct {
			return false
		}
		switch t.key(n) {
		case "conference", "briefing", "statement", "interview", "speech", "address", "hearing", "debate",
			"rally", "summit", "meeting", "session", "release", "letter", "post", "broadcast", "sermon":
			for o := n - 1; o >= 0 && o >= n-4; o-- {
				if t.isAny(o, "at", "in", "during") {
					return t.opensSentence(o)
				}
				if t.toks[o].kind == tPunct {
					return false
				}
			}
			return false
		}
	}
	return false
}

// asAside reports whether the reporting verb before the date at i opens
// an aside with "as": "As I said last Tuesday, the plan will be put to
// parliament on Wednesday", "as reported on Monday". The aside points to
// what was said before; the sentence speaks from its own day, not the
// aside's ("The minister said on Tuesday the plan will go to parliament
// on Wednesday" does).
func (t *Tagger) asAside(i int) bool {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if tk := t.tok(j); tk.kind == tPunct {
			return false
		}
		if t.is(j, "as") {
			return t.opensSentence(j) || t.punct(j-1, ',') || t.punct(j-1, '(') || t.dash(j-1)
		}
	}
	return false
}

// attrBase returns the day a report quoted in i's sentence was made (see
// attrDay), when one was written before i.
func (t *Tagger) attrBase(i int) (time.Time, bool) {
	if t.attrEnd < 0 || t.attrEnd > i || t.narrative || !t.sameSentence(t.attrEnd, i) {
		return time.Time{}, false
	}
	return dayTime(t.attrDay)
}

// attrHolds reports whether the day of the report the sentence opened
// with (see attrBase) still anchors what is told at i: no other date was
// told since, or none that writes a year of its own ("On 15 October 2024
// the minister said the army would begin next week and promised homes
// before Christmas": both as of 15 October; not "On 1 March 2019 the
// ministry said that in 2021 it would begin filling in April").
func (t *Tagger) attrHolds(i int) (time.Time, bool) {
	b, ok := t.attrBase(i)
	if !ok || t.lastEnd <= t.attrEnd {
		return b, ok
	}
	for k := t.attrEnd; k < i && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == tNum && tk.nd >= 3 {
			return time.Time{}, false
		}
	}
	return b, true
}

func (t *Tagger) reportingDate(i int) bool {
	k := i - 1
	if t.is(k, "on") {
		k--
	}
	if t.isAny(k, "reporters", "journalists") {
		k--
	}
	// (a switch on the word rather than isAny: asked before every date)
	switch t.key(k) {
	case "said", "says", "told", "announced", "reported", "confirmed", "stated", "added":
		// (not a name's word: "arrived at Port Said on the 12th")
		return !t.tok(k).cap || t.opensSentence(k)
	case "heard":
		// "Price attacked the driver on January 1, the court heard on
		// Thursday": the day a hearing was told the story, none of it
		switch t.lowerWord(k - 1) {
		case "court", "jury", "tribunal", "inquest", "hearing", "magistrates", "judge", "committee", "inquiry", "trial":
			return t.punct(k-2-b2i(t.is(k-2, "the")), ',')
		}
	}
	return false
}

// partOfName reports whether the month, season or weekday at i is a word
// of a name: "Harold June", "Tom April" (a name before a month that no day
// or year follows), "the Arab Spring", "the Summer Palace", "Autumn
// Leaves", "Saturday Night Live".
func (t *Tagger) partOfName(i int) bool {
	if _, _, ok := t.bankHolidayAt(i); ok {
		return true // "the Spring bank holiday": a day, read whole (see bankHoliday)
	}
	tk := t.tok(i)
	if !tk.cap || tk.upper {
		return false
	}
	w := tk.w()
	// name reports whether token k, next to the date word, is a
	// capitalized word we do not know, on the same line, one space away
	name := func(k int) bool {
		o := t.tok(k)
		if o == nil || o.kind != tWord || !o.cap || o.w() != nil || o.upper && o.end-o.start <= 4 {
			return false // "In June", "Last June", "The Spring"
		}
		if k == i-1 && (t.is(k, "come") || lowerIn(t, k, monthContext)) {
			return false // "Come June we went back": when June comes; "During June", "Throughout March": a preposition that opens the sentence
		}
		a, b := min(k, i), max(k, i)
		return t.toks[b].start-t.toks[a].end == 1 && t.text[t.toks[a].end] == ' '
	}
	// (the kin nouns are out of the vocabulary: the words most often
	// before a month, "in", "of", "last", are in it, and ask no map)
	if p := t.tok(i - 1); p != nil && p.kind == tWord && p.id == 0 && !p.cap &&
		(w.month > 0 && !w.abbr || w.season != timeline.NoSeason && !w.plural) && lowerIn(t, i-1, kinNouns) {
		if nx := t.tok(i + 1); nx == nil || nx.kind != tNum {
			return true // "his daughter June", "her friend Summer": a name (not "his wife June 12, 1990")
		}
	}
	switch {
	case w.key == "noon":
		return name(i - 1) // "Jordan Noon"
	case w.month > 0 && !w.abbr:
		nx := t.tok(i + 1)
		if t.is(i-1, "of") && t.tok(i-2) != nil && t.tok(i-2).cap && t.isAny(i-2, "isle", "port", "mount", "bay", "city", "river", "lake", "cape", "fort", "duke", "earl", "house", "order") {
			return true // "the Isle of May", "the Order of May": a place, a name
		}
		if lowerIn(t, i-1, songVerbs) && !t.tok(i-1).cap &&
			(nx == nil || nx.kind == tPunct || t.isAny(i+1, "as", "and", "at", "for", "to", "with", "by")) {
			return true // "the band played September as an encore": a song
		}
		return name(i-1) && (nx == nil || nx.kind != tNum && !(nx.kind == tWord && nx.w() != nil && nx.w().ord > 0))
	case w.season != timeline.NoSeason && !w.plural && t.glued(i+1) && (t.punct(i+1, '\'') || t.punct(i+1, '’')) && t.is(i+2, "s"):
		nx := t.tok(i + 3) // "The Winter's Tale"
		return nx != nil && nx.kind == tWord && nx.cap && nx.w() == nil && !t.newLine(i+3)
	case w.season != timeline.NoSeason && !w.plural:
		// "the Arab Spring"; "the Summer Palace", but not the season of
		// an event named by it ("the Spring Offensive", "the Autumn
		// Harvest Uprising")
		nx := t.tok(i + 1)
		if t.warName(i) {
			return true
		}
		if name(i+1) && t.isAny(i+2, "on", "of") && !lowerIn(t, i+1, seasonEvents) {
			// "the Summer Fair on 15 July 2023": an event named after its
			// season, its day told right after; the name's word (but "the
			// Spring Offensive on 21 March 1918" is still of that spring)
			if d := t.tok(i + 3); d != nil && (d.kind == tNum || d.w() != nil && (d.w().month > 0 || d.w().wday > 0)) {
				return true
			}
		}
		last := nx == nil || !(nx.kind == tWord && nx.cap) || t.newLine(i+1)
		if pv := t.tok(i - 1); name(i+1) && !lowerIn(t, i+1, seasonEvents) && (pv == nil || pv.kind != tWord || !pv.cap || t.sentenceStart(i)) && !t.isAny(i-1, "the", "this", "that", "last", "next", "in", "of", "during", "by", "until", "since", "each", "every", "early", "late", "mid", "a") {
			// "Autumn Peltier spoke", "singer Summer Rain": a first
			// name, with no article or preposition to make it a season
			// ("the Spring Offensive", "in Spring Term")
			return true
		}
		return name(i-1) && last || name(i+1) && (lowerIn(t, i+1, seasonNouns) || lowerIn(t, i+1, seasonGatherings))
	case w.wday > 0:
		if t.dash(i+1) && t.glued(i+1) && t.glued(i+2) && t.tok(i+2) != nil && t.tok(i+2).kind == tWord && t.tok(i+2).cap {
			return true // "Anna Sunday-Jones"
		}
		if t.isAny(i-1, "named", "called", "nicknamed", "dubbed", "christened") && !t.tok(i-1).cap && (t.tok(i+1) == nil || t.punct(i+1, '.') || t.punct(i+1, ',') && t.isAny(i+2, "and", "after", "because", "who", "which")) {
			return true // "his companion was named Friday."
		}
		if p := t.tok(i - 1); w.plural && p != nil && p.kind == tWord && p.upper && p.w() == nil && p.end-p.start >= 2 && !t.newLine(i) &&
			t.toks[i].start-p.end == 1 {
			return true // "TGI Fridays"
		}
		if !t.isAny(i+1, "night", "morning", "afternoon", "evening") || !t.tok(i+1).cap {
			return false
		}
		nx := t.tok(i + 2) // "Saturday Night Live", "Monday Night Football"
		return nx != nil && nx.kind == tWord && nx.cap && !t.newLine(i+2) && (nx.w() == nil || !nx.w().start && nx.w().month == 0 && nx.w().wday == 0)
	}
	return false
}

// warName reports whether the season at i opens the name of a war or a
// rising ("The Spring Offensive began in March 1918", "the Winter War"):
// a name from history, which the document's year would misdate; a year
// written after it ("the Spring Offensive of 1918") is tagged on its own.
func (t *Tagger) warName(i int) bool {
	nx := t.tok(i + 1)
	return nx != nil && nx.kind == tWord && nx.cap && !t.newLine(i+1) && lowerIn(t, i+1, warNames)
}

// warNames follow a season in the name of a war, a rising or an
// offensive ("the Winter War", "the Spring Offensive").
var warNames = map[string]bool{
	"offensive": true, "offensives": true, "war": true, "uprising": true, "rising": true,
	"revolution": true, "campaign": true,
}

// seasonEvents follow a season in the name of what happened in it ("the
// Winter Offensive", "Summer Session"): still that season.
var seasonEvents = map[string]bool{
	"offensive": true, "offensives": true, "campaign": true, "war": true, "fighting": true,
	"uprising": true, "revolution": true, "festival": true, "session": true, "term": true,
	"semester": true, "break": true, "holidays": true, "holiday": true, "solstice": true,
	"equinox": true, "harvest": true, "recess": true, "quarter": true, "sale": true, "tour": true,
}

// seasonNouns follow a season in the name of a place or a thing.
var seasonNouns = map[string]bool{"palace": true, "olympics": true, "olympic": true, "games": true, "leaves": true,
	"street": true, "road": true, "avenue": true, "lane": true, "hill": true, "hills": true, "lake": true, "river": true,
	"park": true, "school": true, "college": true, "hall": true, "house": true, "garden": true, "gardens": true,
	"island": true, "valley": true, "creek": true, "bay": true, "court": true, "square": true, "place": true,
	"theatre": true, "theater": true, "palace's": true, "sonata": true, "symphony": true,
	"statement": true, "budget": true} // ("the Autumn Statement", "the Spring Budget": a fiscal event's name)

// seasonGatherings follow a season in the name of a club's, a school's or
// a parish's social occasion ("the Summer Fair will be held on Saturday 14
// June", "tickets for the Winter Ball"): the event's name, held on a day of
// its own, which the season does not date (unlike "the Spring Offensive").
var seasonGatherings = map[string]bool{
	"fair": true, "fayre": true, "fete": true, "fête": true, "ball": true, "dance": true, "disco": true,
	"concert": true, "concerts": true, "show": true, "party": true, "bazaar": true, "gala": true,
	"raffle": true, "draw": true, "supper": true, "lunch": true, "luncheon": true, "dinner": true,
	"barbecue": true, "bbq": true, "picnic": true, "social": true, "quiz": true, "ceilidh": true,
	"soirée": true, "soiree": true, "fundraiser": true, "extravaganza": true, "spectacular": true,
	"showcase": true, "recital": true, "production": true, "panto": true, "pantomime": true,
}

// splitYearsEnd reads the second of two years written as one ("2024/25",
// "2019-20": a fiscal year, a season) after the first (r to r2) and a
// word that makes a range of them: "between 2010/11 and 2024/25", "from
// 2019-20 to 2023-24". It returns the last year of the second and the
// token after it.
func (t *Tagger) splitYearsEnd(r, r2 res) (int, int, bool) {
	if r.d.Prec != timeline.Year || r2.d.Prec != timeline.Year || r2.d.Year != r.d.Year+1 ||
		r2.start != r.end+1 || !t.glued(r.end) || !(t.punct(r.end, '/') || t.dash(r.end)) {
		return 0, 0, false
	}
	j := r2.end
	if !(t.isAny(j, "to", "through", "until", "till", "thru") || t.is(j, "and") && t.is(r.start-1, "between") ||
		t.dash(j) && !t.glued(j) && !t.glued(j+1)) {
		return 0, 0, false
	}
	y, nd, ok := t.num(j + 1)
	if !ok || nd != 4 || t.tok(j+1).sfx != sfxNone || y <= r2.d.Year || !t.glued(j+2) || !(t.punct(j+2, '/') || t.dash(j+2)) || !t.glued(j+3) {
		return 0, 0, false
	}
	n, nd2, ok := t.num(j + 3)
	if !ok || t.tok(j+3).sfx != sfxNone || t.glued(j+4) && t.tok(j+4).kind != tPunct {
		return 0, 0, false
	}
	switch {
	case nd2 == 2 && n == (y+1)%100, nd2 == 4 && n == y+1:
		return y + 1, j + 4, true
	}
	return 0, 0, false
}

// recordSince reports whether "since" at k measures a record: "the
// highest figure since", "the first time since", "the most since".
func (t *Tagger) recordSince(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		if tk := t.tok(m); tk.kind == tPunct {
			return false
		}
		w := t.lowerWord(m)
		switch w {
		case "first", "most", "least", "best", "worst", "only", "fewest":
			return true
		case "interest", "harvest", "protest", "request", "contest", "forest", "invest", "arrest", "suggest", "honest", "modest":
			continue
		}
		if len(w) > 5 && strings.HasSuffix(w, "est") {
			return true // "highest", "lowest", "biggest"
		}
	}
	return false
}

// sinceClause reports whether the expression at i ends a clause opened by
// "since" a few words before it ("our busiest year since we were founded
// in 1998"): the start of a span looked back to, which leaves the story
// where it was.
func (t *Tagger) sinceClause(i int) bool {
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if tk := t.tok(k); tk.kind == tPunct {
			return false
		}
		if t.is(k, "since") {
			return true
		}
	}
	return false
}

// isZoneWord reports whether token k is a time zone's abbreviation.
func (t *Tagger) isZoneWord(k int) bool {
	_, ok := lowerGet(t, k, zones)
	return ok
}

// inParens reports whether the tokens from i to j (exclusive) stand inside
// brackets, with at most a short label before them ("(r. 1509–1547)",
// "(1819–1888)", "(reigned 1485–1509)").
func (t *Tagger) inParens(i, j int) bool {
	if !t.punct(j, ')') {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t.punct(k, '(') {
			return true
		}
		if tk := t.tok(k); tk.kind == tPunct && tk.r != '.' {
			return false
		}
	}
	return false
}

// labelNouns number the parts of a series: "Week 14", "Round 3", "Year 6".
var labelNouns = map[string]bool{"week": true, "round": true, "lesson": true, "day": true, "stage": true, "phase": true,
	"unit": true, "chapter": true, "part": true, "session": true, "matchday": true, "game": true, "leg": true,
	"heat": true, "year": true, "grade": true, "module": true, "episode": true, "series": true, "season": true,
	"step": true, "level": true, "class": true, "group": true, "item": true, "no": true, "number": true}

// clockOf reads the hours and minutes of a time value of no known day:
// "XXXX-XX-XXT15:00".
func clockOf(v string) (hh, mm int, ok bool) {
	i := strings.IndexByte(v, 'T')
	if i < 0 || len(v) < i+6 || v[i+3] != ':' {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(v[i+1 : i+3])
	m, err2 := strconv.Atoi(v[i+4 : i+6])
	if err1 != nil || err2 != nil || h > 24 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// titleSmallWords stay lower case in a title written in title case.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true, "and": true,
	"or": true, "for": true, "with": true, "by": true, "from": true, "as": true, "but": true, "nor": true,
}

// inQuotedTitle reports whether tokens [a, b) stand, capitalized, in a
// short title set in double quotes, every word of it capitalized but the
// small ones: a film's, a song's or a show's name ("The Day After
// Tomorrow", "Seven Days in May", "The Tonight Show"), no time. A quoted
// saying is no title: "Tomorrow we march" has a word in lower case.
// workNamed reports whether the season r, written with its capital, names
// the work whose noun is right before it ("the film Summer of 2049"):
// a title, not that summer ("a film shot in the summer of 2024").
func (t *Tagger) workNamed(r res) bool {
	ta := t.tok(r.start)
	if ta == nil || !ta.cap || ta.upper {
		return false
	}
	switch t.lowerWord(r.start - 1) {
	case "film", "movie", "novel", "album", "documentary", "musical", "opera", "book", "song", "poem":
		return true
	}
	return false
}

func (t *Tagger) inQuotedTitle(a, b int) bool {
	ta, tb := t.tok(a), t.tok(b-1)
	if t.narrative || ta == nil || tb == nil || !ta.cap && !ta.upper {
		return false // (a history's "Christmas Offensive" is of its December)
	}
	start, end := int(ta.start), int(tb.end)
	win := t.text[max(0, start-60):start]
	open := -1
	// (Most windows hold no quotation mark. IndexByte, which reads many
	// bytes at once, tells so before LastIndexByte searches back from the
	// end byte by byte.)
	if strings.IndexByte(win, '"') >= 0 {
		open = start - len(win) + strings.LastIndexByte(win, '"') + 1
	}
	if strings.IndexByte(win, 0x9c) >= 0 {
		if q := strings.LastIndexByte(win, 0x9c); q >= 2 && win[q-2:q+1] == "“" && start-len(win)+q+1 > open {
			open = start - len(win) + q + 1
		}
	}
	if open < 0 || strings.IndexByte(t.text[open:start], '\n') >= 0 {
		return false
	}
	close := -1
	for k := end; k < len(t.text) && k <= end+60; k++ {
		c := t.text[k]
		if c == '\n' {
			return false
		}
		if c == '"' || c == 0xe2 && k+3 <= len(t.text) && t.text[k:k+3] == "”" {
			close = k
			break
		}
	}
	if close < 0 {
		return false
	}
	if strings.TrimSpace(t.text[open:start]) == "" && strings.Trim(t.text[end:close], " .,!?") == "" && !t.isAny(a, "the", "today", "tomorrow", "tonight", "yesterday", "last", "next", "this") {
		return false // "The "Christmas Day" truce": the quotes mark the date itself
	}
	words := strings.FieldsFunc(t.text[open:close], func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '!' || r == '?' || r == ':' })
	if len(words) < 2 || len(words) > 10 {
		return false
	}
	for n, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if n > 0 && titleSmallWords[w] {
			continue
		}
		return false
	}
	return true
}

// subjectBefore reports whether the word before token k can be the
// subject of a verb at k: a pronoun, a name, or a plural noun
// ("Supporters plan a rally", "he wants a vote"), not a noun the word
// at k is itself a noun after ("its remediation plan", "the plan").
func (t *Tagger) subjectBefore(k int) bool {
	p := t.tok(k - 1)
	if p == nil || p.kind != tWord {
		return false
	}
	if t.isAny(k-1, "i", "we", "you", "he", "she", "it", "they", "who", "also", "still") {
		return true
	}
	w := t.lowerWord(k - 1)
	return (p.cap || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) &&
		!t.isAny(k-1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "of", "new", "business", "its")
}

// periodOfYear joins a quarter, half or month named without its year to
// "last year", "this year" or "next year" right after it: "the first
// quarter last year", "the same month last year" are of that year. It
// changes r in place.
func (t *Tagger) periodOfYear(r *res) {
	if !t.hasRef && r.typ == Date && r.mod == timeline.ModNone && t.isAny(r.end, "last", "this", "next") &&
		(r.val == "" && r.d.Year > 0 && r.d.Prec == timeline.Month || len(r.val) == 7 && strings.HasPrefix(r.val, "XXXX-") && r.val[5] <= '1') && !t.yearWrittenIn(r.start, r.end) {
		if k2, ok := t.unknownRelYear(r.end); ok {
			// "in March last year", with no reference date: a month of
			// the writer's year, which the text does not give
			if r.val == "" {
				r.val = "XXXX-" + two(r.d.Month)
			}
			r.d, r.end = timeline.Date{}, k2
			return
		}
	}
	if !t.is(r.end+1, "year") || r.typ != Date || r.val != "" || r.d.Year == 0 || !t.hasRef || t.narrative || r.mod != timeline.ModNone ||
		r.d.Prec != timeline.Quarter && r.d.Prec != timeline.Half && r.d.Prec != timeline.Month && r.d.Prec != timeline.Week ||
		!t.isAny(r.end, "last", "this", "next") || t.yearWrittenIn(r.start, r.end) {
		return
	}
	if r.d.Prec == timeline.Week {
		// "19% for the same week last year", "this week last year": the
		// week of that number in that year (not a week of a weekend, nor
		// "the following week last year")
		if r.d.Weekend || !(t.is(r.start, "the") && t.is(r.start+1, "same") || t.is(r.start, "this")) || r.end != r.start+2+b2i(t.is(r.start, "the")) {
			return
		}
		y := t.yearRel(r.end)
		if _, wk := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); r.d.Week > wk {
			return
		}
		r.d.Year = y
		r.end += 2
		return
	}
	r.d.Year = t.yearRel(r.end)
	r.end += 2
	return
}

// weeksOn reads, at k, the word that puts a day a week or two on, as the
// British say it after the day ("this day week", "Thursday fortnight",
// "this day se'nnight", the old "seven night"): the weeks and the token
// after it; 0 when there is none, or it is a noun's ("this day week by
// week", "today week's").
func (t *Tagger) weeksOn(k int) (weeks, end int) {
	switch {
	case t.is(k, "week"):
		weeks, end = 1, k+1
	case t.is(k, "fortnight"):
		weeks, end = 2, k+1
	default:
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || tk.id != 0 || t.glued(k) {
			return 0, k
		}
		switch t.lowerWord(k) {
		case "sennight":
			weeks, end = 1, k+1
		case "se":
			if (t.punct(k+1, '\'') || t.punct(k+1, '’')) && t.glued(k+1) && t.glued(k+2) && t.lowerWord(k+2) == "nnight" {
				weeks, end = 1, k+3
			}
		}
	}
	if weeks == 0 || t.isAny(end, "by", "of", "ago", "after") || (t.punct(end, '\'') || t.punct(end, '’')) && t.glued(end) {
		return 0, k
	}
	return weeks, end
}

// monthLastNext reads "last" or "next" written after a day or month
// named without its year, as older English puts it: "on the 26th of
// December last", "in March last", "the 3rd of May next" are the last
// such day or month before the writer's day (in a history, the story's
// day: "The Assizes opened on 13 March 1858. He struck him on the 26th of
// December last" is 1857-12-26), or the next one after it. The word is
// part of the expression. Not "in December last year", "on 3 May next
// week": a period of its own. story is the date the text was at before r.
// It changes r in place.
func (t *Tagger) monthLastNext(r *res, story timeline.Date) {
	if r.mod != timeline.ModNone || r.d.Prec != timeline.Month && r.d.Prec != timeline.Day && r.val == "" || t.tok(r.end).cap || t.glued(r.end) {
		return
	}
	if nx := t.tok(r.end + 1); nx != nil && !t.newLine(r.end+1) {
		if nx.kind == tNum {
			return // ("the 3rd of May next 2 pm"?)
		}
		if w := nx.w(); nx.kind == tWord && w != nil && (w.unit != uNone || w.wday > 0 || w.month > 0 || w.season != timeline.NoSeason || w.part != timeline.NoPart || w.num > 0) {
			return // "in December last year", "on 3 May next week"
		}
		if nx.kind == tPunct && (nx.r == '-' || nx.r == '/' || nx.r == '\'' || nx.r == '’') && t.glued(r.end+1) {
			return
		}
	}
	m, d := r.d.Month, r.d.Day
	prec := r.d.Prec
	if r.val != "" {
		// "XXXX-12-26", "XXXX-12": no year found; the anchor may give one
		mm, dd := unknownMonth(*r)
		if mm == 0 {
			return
		}
		m, d = mm, dd
		prec = timeline.Day
		if dd == 0 {
			prec = timeline.Month
		}
	}
	dir := -1
	if t.is(r.end, "next") {
		dir = 1
	}
	r.end++
	var base timeline.Date
	switch {
	case t.narrative && story.Prec >= timeline.Month && story.Year > 0 && !story.IsVague():
		base = story
	case t.hasRef:
		base = dayDate(t.ref)
	default:
		return
	}
	// the anchor's month and day against the named one
	bm, bd := base.Month, base.Day
	if base.Prec < timeline.Day || prec == timeline.Month {
		bd, d = 0, 0
	}
	y := base.Year
	at, now := m*100+d, bm*100+bd
	switch {
	case dir < 0 && at >= now:
		y--
	case dir > 0 && at <= now:
		y++
	}
	if prec == timeline.Month {
		r.d, r.val = timeline.Date{Prec: timeline.Month, Year: y, Month: m}, ""
		return
	}
	if !validDay(y, m, d) {
		return
	}
	r.d, r.val = dayValue(y, m, d), ""
}

// yearWrittenIn reports whether tokens [a, b) hold a four-digit number.
// moonPhase reports whether the quarter r is a phase of the Moon: "first
// quarter", "last quarter", "third quarter" with no year, no "the" or
// possessive before it and no "of" after, before "Moon" ("the third
// quarter Moon") or in a text that speaks of the Moon ("First quarter
// falls on 12 August", a sky guide's table row "| Last Quarter | 24
// October |"). "In the first quarter", "last quarter's sales" stay
// quarters.
func (t *Tagger) moonPhase(r res) bool {
	if r.end-r.start != 2 || !t.is(r.end-1, "quarter") || !t.isAny(r.start, "first", "last", "third") ||
		t.isAny(r.start-1, "the", "its", "their", "our", "this", "that") || t.is(r.end, "of") || t.punct(r.end, '\'') || t.punct(r.end, '’') {
		return false
	}
	if t.isAny(r.end, "moon", "lunar") {
		return true
	}
	return t.lx.moon || t.lx.lunar // (the scanner noted them: see lexer)
}

// appositiveYear returns the year written at token k, or after an "in"
// there, that closes its clause: ", in 2028." after "the following year"
// restates it.
func (t *Tagger) appositiveYear(k int) (int, bool) {
	if t.is(k, "in") {
		k++
	}
	y, nd, ok := t.num(k)
	if !ok || nd != 4 || y < 1000 || t.tok(k).sfx != sfxNone {
		return 0, false
	}
	nx := t.tok(k + 1)
	return y, nx == nil || nx.kind == tPunct && (nx.r == '.' || nx.r == ',' || nx.r == ';' || nx.r == ')') && !t.glued(k+2)
}

// yearToldIn reports whether tokens [a, b) say the year, in figures or
// in words ("February this year", "May of the following year"): a date
// that says it is in no year left to be guessed.
func (t *Tagger) yearToldIn(a, b int) bool {
	for k := a; k < b && k < len(t.toks); k++ {
		if tk := &t.toks[k]; tk.kind == tNum && tk.nd == 4 || t.is(k, "year") {
			return true
		}
	}
	return false
}

func (t *Tagger) yearWrittenIn(a, b int) bool {
	for k := a; k < b && k < len(t.toks); k++ {
		if tk := t.toks[k]; tk.kind == tNum && tk.nd == 4 {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the past participle at k, right before
// the preposition that opens the expression at i (which ends at j), is a
// clause's reduced relative ("Tickets bought before 17 May remain valid"):
// a noun before it, and the clause's own verb, present or to come, right
// after the expression.
func (t *Tagger) reducedRelative(k, i, j int) bool {
	if k+2 != t.beforeMods(i) || !t.isAny(k+1, "before", "after", "until", "till", "by", "on", "from", "since") {
		return false
	}
	if w := t.lowerWord(k); len(w) < 4 || !(strings.HasSuffix(w, "ed") || irregularParticiple[w]) {
		return false
	}
	p := t.tok(k - 1)
	if p == nil || p.kind != tWord || t.isAny(k-1, "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "he", "she", "it", "they", "we", "i", "you", "who", "which", "that") {
		return false
	}
	return t.isAny(j, "will", "shall", "must", "can", "ll", "remain", "remains", "are", "is", "stay", "stays", "qualify", "qualifies", "need", "needs", "may", "should")
}

// irregularParticiple are past participles not ending in -ed.
var irregularParticiple = map[string]bool{"bought": true, "sold": true, "made": true, "sent": true, "paid": true,
	"built": true, "written": true, "taken": true, "given": true, "held": true,
	"won": true, "lost": true, "spent": true, "shown": true, "done": true, "seen": true}

// weekdayArticle returns the token of the indefinite article ("a",
// "an", "one") of the weekday at i, right before it ("on a Friday") or
// before the words that describe it, after a preposition or "was" ("on a
// wet Saturday in April", "during one cold, grey Sunday"); or -1. Without
// the preposition the words may be the object ("scored a goal Saturday":
// last Saturday's), and only the article right before counts.
func (t *Tagger) weekdayArticle(i int) int {
	if t.isAny(i-1, "a", "one") {
		return i - 1
	}
	k := i - 1
	for n := 0; n < 3; n++ {
		if t.punct(k, ',') && n > 0 {
			k--
		}
		tk := t.tok(k)
		if tk == nil || tk.kind != tWord || tk.cap || t.glued(k) {
			return -1
		}
		if w := tk.w(); w != nil && (w.function || w.dateish || w.month > 0 || w.wday > 0 || w.unit != uNone || w.season != timeline.NoSeason || w.part != timeline.NoPart || w.num > 0 || w.ord > 0) {
			return -1 // ("on a day last Saturday", "a week on Saturday", "a late Saturday")
		}
		if lowerIn(t, k, notDescribing) {
			return -1
		}
		k--
		if t.isAny(k, "a", "an", "one") {
			if t.isAny(k-1, "on", "during", "over", "throughout", "was", "were") || t.is(k, "one") && t.sentenceStart(k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// notDescribing are words that do not describe a weekday after an
// indefinite article: what is said or done on a day ("a decision on
// Saturday", "a vote Saturday").
var notDescribing = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "for": true, "of": true, "to": true, "from": true,
	"with": true, "and": true, "or": true, "but": true, "since": true, "after": true, "before": true,
	"during": true, "until": true, "till": true, "than": true, "as": true, "is": true, "was": true,
	"are": true, "were": true, "be": true, "been": true, "said": true, "says": true, "told": true,
}

// restatedWeekday returns the day just told when r, "a Thursday" or
// "Thursday" after "was" or "is" at token v, names its weekday: "They came
// on 14 January 2021. It was a Thursday." says again which day of the week
// that day was, and dates nothing else (a weekday that is not the day's
// stays some day of the kind, none named).
func (t *Tagger) restatedWeekday(r res, v int) (timeline.Date, bool) {
	w := t.w(r.start)
	if w == nil || w.wday == 0 || r.end != r.start+1 || !t.isAny(v, "was", "is") || t.lastDay.Prec < timeline.Day ||
		t.lastDayEnd < 0 || t.lastDayEnd > v || t.sentencesBetween(t.lastDayEnd, r.start) > 1 || t.paragraphBetween(t.lastDayEnd, r.start) {
		return timeline.Date{}, false
	}
	day := t.lastDay.DayOf()
	tt, ok := dayTime(day)
	if !ok || int(tt.Weekday()+6)%7+1 != w.wday {
		return timeline.Date{}, false
	}
	return day, true
}

// postOpDay reads "Day 2 post-op", "Day 4 postoperatively": the day so
// many days after the operation the document dates ("Operation date:
// Monday 7 October 2024", "underwent ... on 11/03/2024"; see
// DefinedDates), the operation's day being day 0. Without such a day it
// reads nothing.
func (t *Tagger) postOpDay(i int) (res, bool) {
	n := t.tok(i + 1)
	if n == nil || n.kind != tNum || n.nd > 2 || n.sfx != sfxNone || n.n > 60 {
		return res{}, false
	}
	op, ok := t.opt.Anchors[operationAnchor]
	if !ok || op.Prec != timeline.Day {
		return res{}, false
	}
	end := 0
	switch k := i + 2; {
	case postOpWords[t.lowerWord(k)]:
		end = k + 1
	case t.is(k, "post") && t.dash(k+1) && t.glued(k+1) && t.glued(k+2) && postOpWords["post-"+t.lowerWord(k+2)]:
		end = k + 3
	default:
		return res{}, false
	}
	tt, ok := dayTime(op)
	if !ok {
		return res{}, false
	}
	return res{start: i, end: end, typ: Date, d: dayDate(tt.AddDate(0, 0, int(n.n)))}, true
}

// namedDay reads, after a preposition, a day the document defines by
// name ("This Agreement shall commence on the Effective Date", "from the
// Completion Date", `1 February 2025 (the "Effective Date")`; see
// DefinedDates): that day. An amount counted from one ("within 30 days
// of the Effective Date") is read by quantity.
func (t *Tagger) namedDay(i int) (res, bool) {
	if !t.isAny(i-1, "on", "from", "until", "till", "by", "before", "after", "since") {
		return res{}, false
	}
	e := t.anchorAfter(i - 1)
	if e == 0 {
		return res{}, false
	}
	d := t.opt.Anchors[t.anchorKey(i+1, e)]
	if d.Prec < timeline.Day || d.IsVague() {
		return res{}, false
	}
	return res{start: i, end: e, typ: Date, d: d}, true
}

// operationAnchor is the key of the day of a patient's operation among
// Options.Anchors.
const operationAnchor = "(operation)"

// postOpWords, after "Day N", count the days from an operation.
var postOpWords = map[string]bool{
	"post-op": true, "postop": true, "post-operative": true, "postoperative": true,
	"post-operatively": true, "postoperatively": true,
}

// lastOfNoun reports whether "last" at token k is the adjective of a
// plain noun after it, opening a bracket, a sentence or a noun phrase:
// "(last train from Alder Park 20:42)", "Last orders at 23:00", "the last
// bus leaves at 23:55". It names the last of a series, no time gone by
// (not "last week", "last seen in 2019", nor "he last visited in May").
func (t *Tagger) lastOfNoun(k int) bool {
	if !(t.punct(k-1, '(') || t.isAny(k-1, "the", "a", "its", "their", "our", "his", "her", "your", "my", "this", "that") || t.opensSentence(k)) {
		return false
	}
	n := t.tok(k + 1)
	if n == nil || n.kind != tWord || n.cap || t.newLine(k+1) {
		return false
	}
	if w := n.w(); w != nil && (w.unit != uNone || w.wday > 0 || w.month > 0 || w.season != timeline.NoSeason || w.part != timeline.NoPart || vocabCueWord[n.id]) {
		return false
	}
	s := t.lowerWord(k + 1)
	return len(s) > 2 && !strings.HasSuffix(s, "ed") && !strings.HasSuffix(s, "en")
}

// signedUpFor reports whether the words ending at token e, within the
// clause, are a verb of signing up and the name of what it is for: "signed
// up for a one-day course", "registered for the half marathon", "enrolled
// on an evening class", "booked onto the tour". A day written after them
// with "on" is the day of that thing. Only a day of the month counts: a
// weekday after them ("signed up for the course on Saturday") may as well
// be the day of the signing.
func (t *Tagger) signedUpFor(e int) bool {
	if w := t.w(e + 2); w == nil || w.month == 0 || w.wday > 0 {
		if tk := t.tok(e + 2); tk == nil || tk.kind != tNum || t.w(e+3) == nil || t.w(e+3).month == 0 {
			return false
		}
	}
	for k := e - 1; k >= 1 && k >= e-10; k-- {
		if t.toks[k].kind == tPunct && !(t.glued(k) && t.glued(k+1)) {
			return false // (but "a one-day course": one word)
		}
		switch {
		case t.is(k, "for") && t.is(k-1, "up") && t.isAny(k-2, "signed", "sign", "signs", "signing"),
			t.isAny(k, "for", "in", "on", "onto") && t.isAny(k-1, "registered", "enrolled", "registering", "enrolling", "enroled"),
			t.isAny(k, "onto", "on") && t.isAny(k-1, "booked", "booking"):
			return true
		}
	}
	return false
}

// dayThenSubject reports whether token j, after "on the Sunday" opening a
// clause, is the subject of the clause's verb, a pronoun: "Then on the
// Sunday it collapsed", "On the Friday we drove to Lyon". The weekday is
// then the day's own phrase (not "the Sunday roast", nor "the Sunday it
// opened, in a relative clause": a comma or "that" would follow later).
func (t *Tagger) dayThenSubject(j int) bool {
	if !t.isAny(j, "it", "we", "i", "he", "she", "they", "you") || !t.is(j-2, "the") || !t.is(j-3, "on") {
		return false
	}
	if o := j - 3; !(t.sentenceStart(o) || t.isAny(o-1, "then", "and", "but", "so") || t.punct(o-1, ',')) {
		return false
	}
	for k := j + 1; k < len(t.toks) && k < j+12; k++ {
		if t.toks[k].kind == tPunct {
			return !t.punct(k, ',') // ("On the Sunday we met, it rained": the day of the clause)
		}
	}
	return true
}

// toldAsHabit reports whether the sentence token i stands in tells, before
// it, of what was done again and again: "In those days you left school on
// the Friday", "We usually went to mass on the Sunday", "She used to ring
// on the Monday".
func (t *Tagger) toldAsHabit(i int) bool {
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if t.toks[k].kind == tPunct {
			if _, stop := t.cue(k, false); stop {
				return false
			}
			continue
		}
		if t.isAny(k, "usually", "normally", "typically", "always", "generally") ||
			t.is(k, "used") && t.is(k+1, "to") && !t.isAny(k-1, "was", "were", "is", "are", "be", "been", "being", "get", "got") ||
			t.isAny(k, "days", "times") && t.is(k-1, "those") && t.isAny(k-2, "in", "during") {
			return true
		}
	}
	return false
}
