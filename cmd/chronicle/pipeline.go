package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// readFlags are the options of the commands that read documents and build
// a chronology from them (build, extract).
type readFlags struct {
	tagFlags
	Title            string
	Include, Exclude []string
	ShowPublications bool
	NoMerge          bool
	NoVague          bool
	Explain          bool
	From, To         string
	Grep             string
	GroupBy          string
	MinPrecision     string
}

func (f *readFlags) register(fs *pflag.FlagSet) {
	f.tagFlags.register(fs)
	fs.StringVar(&f.Title, "title", "", "the chronology's title (default: the document's own title, if one document)")
	fs.StringSliceVar(&f.Include, "include", nil, "in folders, read only files matching `GLOB` (repeatable)")
	fs.StringSliceVar(&f.Exclude, "exclude", nil, "in folders, skip files matching `GLOB` (repeatable)")
	fs.BoolVar(&f.ShowPublications, "show-publications", false, "add each cited source's publication as an event in a \"published\" lane")
	fs.BoolVar(&f.NoMerge, "no-merge", false, "keep every report of the same event apart instead of merging their citations")
	fs.BoolVar(&f.NoVague, "no-vague", false, "drop vague references (\"recently\", \"in the past\") instead of listing them")
	fs.BoolVar(&f.Explain, "explain", false, "report on stderr which reference date each section used and where it came from")
	fs.StringVar(&f.From, "from", "", "keep events that end on or after `DATE` (a TIMEX3 value: 2017, 2017-07, 2017-12-13)")
	fs.StringVar(&f.To, "to", "", "keep events that start on or before `DATE`")
	fs.StringVar(&f.Grep, "grep", "", "keep events whose headline, sentence, source or date text matches `PATTERN` (case-insensitive regular expression)")
	fs.StringVar(&f.GroupBy, "group-by", "", "lanes of the timeline: source, actor or none (default: the group an event sheet gives an event, else its source)")
	fs.StringVar(&f.MinPrecision, "min-precision", "", "keep events dated at least this precisely (year, month, day, ...)")
}

// chronology reads the inputs and builds the filtered chronology. Problems
// with single inputs are reported on stderr and make the returned bool
// false; the chronology holds everything that could be read.
func (f *readFlags) chronology(s streams, inputs []string) (*timeline.Chronology, bool, error) {
	ref, err := f.refDate()
	if err != nil {
		return nil, false, err
	}
	mode, err := f.mode()
	if err != nil {
		return nil, false, err
	}
	dayFirst, err := f.dayFirst()
	if err != nil {
		return nil, false, err
	}
	filter, err := f.filter()
	if err != nil {
		return nil, false, err
	}
	fiscalEnd, err := f.fiscalEnd()
	if err != nil {
		return nil, false, err
	}
	for _, g := range append(append([]string(nil), f.Include...), f.Exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return nil, false, usagef("--include/--exclude %q: not a valid glob pattern", g)
		}
	}
	// Documents are read one at a time (large texts in parts) and each is
	// dropped once its events are drawn from it: memory grows with the
	// events found, not with the inputs.
	explain := &explainLines{w: s.Err}
	internalErr := false
	b := extract.NewBuilder(extract.Options{
		Ref:              ref,
		Mode:             mode,
		DayFirst:         dayFirst != nil && *dayFirst,
		MonthFirst:       dayFirst != nil && !*dayFirst,
		ShowPublications: f.ShowPublications,
		NoMerge:          f.NoMerge,
		NoVague:          f.NoVague,
		FiscalYearEnd:    fiscalEnd,
	})
	res, readErr := sources.Each(context.Background(), inputs, sources.Options{
		RefDate:  ref,
		Include:  f.Include,
		Exclude:  f.Exclude,
		DayFirst: dayFirst,
		Stdin:    s.In,
		Skip:     ownOutput(),
	}, func(doc *timeline.Document) error {
		if f.Explain {
			for _, line := range sources.ExplainSections(doc) {
				explain.line(line)
			}
		}
		if err := safeAdd(b, doc); err != nil {
			// a bug must not cost the user every other document
			fmt.Fprintf(s.Err, "%s: %v\n", doc.Name, err)
			internalErr = true
		}
		return nil
	})
	ok := reportErrors(s, readErr) && !internalErr
	for _, note := range res.Notes() {
		fmt.Fprintln(s.Err, note)
	}
	if f.Explain {
		explain.flush()
		for _, in := range res.Inputs {
			if in.Note != "" {
				fmt.Fprintf(s.Err, "%s: %s\n", in.Name, in.Note)
			}
		}
		for _, sk := range res.Skipped {
			fmt.Fprintf(s.Err, "%s: not read: %s\n", sk.Name, sk.Reason)
		}
	} else {
		for _, sk := range res.Skipped {
			if sk.Unexpected {
				fmt.Fprintf(s.Err, "%s: not read: %s\n", sk.Name, sk.Reason)
			}
		}
	}
	c, report := b.Finish()
	// the first line of each file that an event is dated on, for the
	// messages below
	firstDated := map[string]int{}
	for _, e := range c.Events {
		if l, ok := firstDated[e.Pos.File]; !ok || e.Pos.Line < l {
			firstDated[e.Pos.File] = e.Pos.Line
		}
	}
	// the last expression of each file left out for want of the
	// document's own date, and its line
	var noRef extract.Unresolved
	for _, u := range joinAdjacent(report.Unresolved) {
		if u.Habit {
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: it is the usual time of something, not one time it happened\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
			continue
		}
		if u.Fiscal {
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: the document does not say when its fiscal year ends (use --fiscal-year-end)\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
			continue
		}
		if u.Ref.Prec != timeline.PrecisionNone && u.Ref.Prec < timeline.Day {
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: the document is dated %s, not to the day\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text, u.Ref)
			continue
		}
		if u.Ref.Prec >= timeline.Day {
			// a dated document: "Two days later" after "that evening" of
			// a day not told, "the next day" after a time of no day; no
			// date the user could give would place it, but the user
			// should know it was dropped
			why := "no date of the text places it"
			if countedFromRe.MatchString(u.Text) {
				why = "it counts from a date the text does not give to the day"
			}
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: %s\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text, why)
			continue
		}
		if countedFromRe.MatchString(u.Text) {
			if noRef.Pos.File == u.Pos.File && noRef.Pos.Line <= u.Pos.Line && u.Pos.Line-noRef.Pos.Line <= 2 && noRef.Pos.Line > 0 &&
				(strings.ContainsAny(noRef.Text, "0123456789") || weekdayRe.MatchString(noRef.Text)) {
				// "two days later" after "on 9 June", left out just
				// before in an undated document: the day is given, its
				// year is not
				why := "whose year the document does not give"
				if !strings.ContainsAny(noRef.Text, "0123456789") {
					why = "which the document does not date" // "on Wednesday"
				}
				fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: it counts from %q, %s (use --ref-date)\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text, noRef.Text, why)
				continue
			}
			// "two weeks later" after "October 1905": a date of the story,
			// no writer's day, would place it
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: it counts from a date the text does not give to the day\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
			continue
		}
		if l, ok := firstDated[u.Pos.File]; ok && l <= u.Pos.Line && followingRe.MatchString(u.Text) {
			// "The following month" after "Two years later" (2021): a
			// date of the story, told too coarsely, would place it (not
			// "7am the next day" after an unplaced "6pm on Sunday")
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: it counts from a date the text does not give precisely enough\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
			continue
		}
		if u.Told {
			// "at 05:15" after "Count 3 was completed on 24 May 2022",
			// "the summer ..., in 1983": the text's own date, not the
			// writer's day, would place it
			fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: the text does not tie it to one of its dates\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
			continue
		}
		// (the document may well give dates, "the 2024 Tour ... Saturday
		// 17 August": what it lacks is its own)
		noRef = u
		fmt.Fprintf(s.Err, "%s:%d:%d: %q left out: the document does not give its own date to resolve it against (use --ref-date)\n", u.Pos.File, u.Pos.Line, u.Pos.Col, u.Text)
	}
	for _, c := range report.Conflicts {
		fmt.Fprintf(s.Err, "%s:%d:%d: %q: %s is a %s, not a %s; dated %s as the day, month and year say\n", c.Pos.File, c.Pos.Line, c.Pos.Col, c.Text, c.Date.Human(), weekdayOf(c.Date), c.Written, c.Date)
	}
	opt := b.Options()
	// A sheet of Chronicle's own events among the inputs (an events.csv
	// a person corrected, given with the documents it was built from):
	// its row replaces the event of the same id, so that the person's
	// correction stands and no id is there twice.
	// A row is matched by its id, else by its key (the same sentence and
	// date text from a file of the same name: the documents given from
	// another folder, or the date corrected). An event chronicle wrote in
	// such a sheet that is no longer there was deleted by the person and
	// stays out.
	var givenIDs []bool
	res.Events, givenIDs = sheetRows(res.Inputs, res.Events)
	noteUndatedRows(s, res.Events)
	fixes := newCorrections(res.Inputs, res.Events, givenIDs)
	extracted := make(map[string]int, len(c.Events))
	byKey := make(map[string]int, len(c.Events))
	for i := range c.Events {
		extracted[c.Events[i].ID] = i
		if k := eventKey(&c.Events[i]); byKey[k] == 0 {
			byKey[k] = i + 1 // 0: none
		}
	}
	fromDocs := len(c.Events)
	// The sheets some of whose rows are dated: a row left undated there
	// was left so by a person (a wrong date cleared), not a feed's item
	// to be read.
	datedSheet := map[string]bool{}
	for i := range res.Events {
		if !res.Events[i].Span.Start.IsZero() {
			datedSheet[res.Events[i].Pos.File] = true
		}
	}
	replaced := make(map[int]bool)
	dropped := 0
	for n, ev := range res.Events {
		if !givenIDs[n] && fixes.deleted(&ev) {
			dropped++ // a row of a sheet of events, deleted from the corrections
			continue
		}
		if strings.TrimSpace(ev.Title) == "" {
			ev.Title = extract.RowTitle(ev.Text) // a docket's row: its text's first sentence
		}
		i, ok := extracted[ev.ID]
		if k := byKey[eventKey(&ev)]; !ok && ev.ID != "" && k > 0 {
			i, ok = k-1, true
		}
		if ok && ev.ID != "" && !replaced[i] {
			delete(extracted, c.Events[i].ID)
			delete(byKey, eventKey(&c.Events[i]))
			c.Events[i] = ev
			replaced[i] = true
			continue
		}
		// a feed's undated item: the events its text tells, read
		// against its publication date (else the row as it is)
		if !datedSheet[ev.Pos.File] {
			if evs := extract.RowEvents(ev, opt); len(evs) > 0 {
				c.Events = append(c.Events, evs...)
				continue
			}
		}
		c.Events = append(c.Events, ev)
	}
	if dropped += fixes.drop(c, fromDocs, replaced); dropped > 0 {
		what := "1 event you deleted stays"
		if dropped > 1 {
			what = fmt.Sprintf("%d events you deleted stay", dropped)
		}
		fmt.Fprintf(s.Err, "chronicle: %s: %s out of the chronology (add a row back to restore it)\n", strings.Join(fixes.sheets, ", "), what)
	}
	c.Sort()
	switch {
	case f.Title != "":
		c.Title = f.Title
	case len(res.Inputs) != 1:
		c.Title = "" // a document's own title names only that document
	case res.Inputs[0].Format == sources.Sheet:
		c.Title = res.Inputs[0].Title // the sheet's own title
	}
	c, err = c.Apply(filter)
	if err != nil {
		return nil, false, err
	}
	return c, ok, nil
}

// explainLines holds the --explain lines of the sections read until the
// read is over, so that they follow the read's errors and notes, as
// they always have; past maxExplainBytes (a very large input read in
// parts) it prints them as they come instead, so that memory stays
// bounded.
type explainLines struct {
	w      io.Writer
	buf    bytes.Buffer
	direct bool
}

const maxExplainBytes = 1 << 20

func (e *explainLines) line(s string) {
	if e.direct {
		fmt.Fprintln(e.w, s)
		return
	}
	e.buf.WriteString(s)
	e.buf.WriteByte('\n')
	if e.buf.Len() > maxExplainBytes {
		e.flush()
		e.direct = true
	}
}

func (e *explainLines) flush() {
	e.w.Write(e.buf.Bytes())
	e.buf.Reset()
}

func (f *readFlags) filter() (timeline.Filter, error) {
	var flt timeline.Filter
	var err error
	if f.From != "" {
		if flt.From, err = timeline.ParseDate(f.From); err != nil || flt.From.Prec == timeline.PrecisionNone {
			return flt, usagef("--from %q: want a date such as 2017, 2017-07 or 2017-12-13", f.From)
		}
	}
	if f.To != "" {
		if flt.To, err = timeline.ParseDate(f.To); err != nil || flt.To.Prec == timeline.PrecisionNone {
			return flt, usagef("--to %q: want a date such as 2017, 2017-07 or 2017-12-13", f.To)
		}
	}
	if f.From != "" && f.To != "" && !flt.From.Start().Before(flt.To.End()) {
		// No event can fall in an empty period: a mistake in the command
		// line, not in an input.
		return flt, usagef("--from %s is after --to %s: no event can fall between them", f.From, f.To)
	}
	if f.MinPrecision != "" {
		if flt.MinPrecision, err = timeline.ParsePrecision(strings.ToLower(f.MinPrecision)); err != nil || flt.MinPrecision == timeline.PrecisionNone {
			return flt, usagef("--min-precision %q: want millennium, century, decade, year, half, quarter, season, month, week, day, hour, minute or second", f.MinPrecision)
		}
	}
	switch f.GroupBy {
	case "":
		flt.GroupBy = "default"
	case "source", "actor", "none":
		flt.GroupBy = f.GroupBy
	default:
		return flt, usagef("--group-by %q: want source, actor or none", f.GroupBy)
	}
	if f.Grep != "" {
		if _, err := regexp.Compile("(?i)" + f.Grep); err != nil {
			return flt, usagef("--grep %q: not a valid regular expression: %v", f.Grep, err)
		}
	}
	flt.Grep = f.Grep
	return flt, nil
}

// reportErrors prints each problem of a read on its own line and reports
// whether there was none.
func reportErrors(s streams, err error) bool {
	if err == nil {
		return true
	}
	if list, ok := err.(timeline.ErrorList); ok {
		for _, e := range list {
			fmt.Fprintln(s.Err, positioned(e))
		}
		return len(list) == 0
	}
	fmt.Fprintln(s.Err, positioned(err))
	return false
}

// positioned writes a problem of a whole input (empty, binary, missing,
// no readable PDF) at its first line and column, FILE:1:1: message, as
// the contract's FILE:LINE:COL asks of every problem.
func positioned(err error) string {
	var te *timeline.Error
	if errors.As(err, &te) && te.Pos.File != "" && te.Pos.Line == 0 {
		return fmt.Sprintf("%s:1:1: %v", te.Pos.File, te.Err)
	}
	return err.Error()
}

// safeAdd adds doc to b, turning a panic of the extractor (a bug) into an
// error that names it, so that the other inputs are still processed.
func safeAdd(b *extract.Builder, doc *timeline.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("not read: internal error in the extractor (%v); please report it with this file", r)
		}
	}()
	b.Add(doc)
	return nil
}

// weekdayOf is the weekday a day falls on, for a message.
func weekdayOf(d timeline.Date) time.Weekday {
	t, _ := d.Time()
	return t.Weekday()
}

// countedFromRe ends an expression counted from another date the text
// gives ("two weeks later", "a year earlier", "three days after that"),
// which the writer's day (--ref-date) does not place.
// weekdayRe finds a weekday's name: "on Thursday evening".
var weekdayRe = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`)

var countedFromRe = regexp.MustCompile(`(?i)\b(?:later|earlier|afterwards?|after that|before that|thereafter)$`)

// followingRe is an expression told from the date the story is at ("the
// following month", "the previous year"), which the
// writer's day (--ref-date) does not place.
var followingRe = regexp.MustCompile(`(?i)^(?:(?:in|on|during|by|until|for|from|of) )?the (?:following|previous|preceding|next) (?:day|week|weekend|month|year|season|spring|summer|autumn|fall|winter|decade|century)$`)

// joinAdjacent joins the expressions left out that stand next to each
// other on a line for the same reason into one ("on Saturday" and "9
// August" of "on Saturday 9 August", with no year to tell the day by): one
// date as written, one message.
func joinAdjacent(us []extract.Unresolved) []extract.Unresolved {
	var out []extract.Unresolved
	for _, u := range us {
		if n := len(out); n > 0 {
			p := &out[n-1]
			// (one byte apart, the space between them)
			if p.Pos.File == u.Pos.File && p.Pos.Line == u.Pos.Line && u.Pos.Offset == p.Pos.Offset+len(p.Text)+1 &&
				p.Ref == u.Ref && p.Habit == u.Habit && p.Fiscal == u.Fiscal && p.Told == u.Told {
				p.Text += " " + u.Text
				continue
			}
		}
		out = append(out, u)
	}
	return out
}
