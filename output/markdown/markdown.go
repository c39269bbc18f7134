// Package markdown writes a chronology as a Markdown document for people
// to read: a heading per period, a bullet per event with its date written
// as a reader would ("13 December 2017", "July 2017", "the 1990s", "44 BC",
// "c. 1450", see timeline.Date.Human), the headline, the sentence quoted,
// and its sources as links.
//
//	# China's "Physicals for All" Program in Xinjiang
//
//	## December 2017
//
//	- **13 December 2017** (“on Wednesday”) — Human Rights Watch denounces DNA collection
//	  > Chinese authorities have collected DNA ... said on Wednesday, ...\
//	  > — [The Himalayan Times](https://...), 13 December 2017; [Wire, Inc\.](https://...)
//
//	## Undated references
//
//	- *in the past few years* — Hundreds of people have been killed ...
//
// Headings follow the span of the dated events (Options.Headings): months
// when it is under two years, years under a century, decades under a
// millennium, centuries beyond. An event coarser than the headings (the
// year 2017 among months, the 20th century among years) gets a heading of
// its own period, placed where the chronology puts it. Vague references
// (PAST_REF ...) and events with no date close the document under
// "Undated references"; they are never given a date.
//
// Text from documents is escaped: every character Markdown could take for
// markup (\ ` * _ [ ] < > & | ~ #, and a leading - + = or "1.") is
// backslash-escaped, and line breaks inside a sentence become spaces, so
// a sentence can neither start a block nor inject links, images or HTML.
// Only http and https URLs become links.
//
// The output is CommonMark (with GitHub's rendering of the "\" line break),
// deterministic, and ends with a single newline.
package markdown

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Headings is the period the document's headings stand for.
type Headings uint8

// The heading periods. Auto chooses from the span of the dated events.
const (
	Auto Headings = iota
	Months
	Years
	Decades
	Centuries
	None // one flat list, no period headings
)

// Options configure a Writer.
type Options struct {
	Headings Headings
}

// Writer writes events as a Markdown chronology. With Auto headings it
// keeps the events until Close, which must see them all to choose the
// headings; otherwise it writes each dated event as it comes, and keeps
// only the undated ones for the closing section.
type Writer struct {
	bw       *bufio.Writer
	title    string
	opt      Options
	started  bool
	lastHead string
	n        int              // bytes written
	wrote    bool             // a dated event was written
	pending  []timeline.Event // Auto: every event until Close
	undated  []timeline.Event
	err      error
}

// NewWriter returns a Writer that writes to w under the title ("" for
// none). Events should come in chronological order (timeline.Chronology.Sort).
func NewWriter(w io.Writer, title string, opt Options) *Writer {
	return &Writer{bw: bufio.NewWriter(w), title: title, opt: opt}
}

// Write writes (or, with Auto headings, keeps) one event.
func (w *Writer) Write(e *timeline.Event) error {
	if w.err != nil {
		return w.err
	}
	if w.opt.Headings == Auto {
		w.pending = append(w.pending, *e)
		return nil
	}
	w.write(e)
	return w.err
}

// Close writes what is kept and flushes. It does not close the underlying
// writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if w.opt.Headings == Auto {
		w.opt.Headings = Choose(w.pending)
		groupByHeading(w.pending, w.opt.Headings)
		for i := range w.pending {
			w.write(&w.pending[i])
		}
		w.pending = nil
	}
	w.start()
	if !w.wrote && len(w.undated) == 0 {
		// An empty file would not tell a reader that nothing was found
		// (the reasons are on stderr: dates it could not place).
		w.block("*No events.*\n")
	}
	if len(w.undated) > 0 {
		w.block("## Undated references\n\n")
		for i := range w.undated {
			w.item(&w.undated[i])
		}
	}
	if err := w.bw.Flush(); w.err == nil {
		w.err = err
	}
	return w.err
}

// groupByHeading orders the events (in chronological order) so that the
// events of a heading follow one another: an event of a coarser period
// that starts among a heading's events ("the late 18th century" between
// 1764 and 1769 under decades) would else split that heading in two ("The
// 1760s", "The 18th century", "The 1760s" again). Each heading's events
// keep their order, and the headings the order their first events had.
func groupByHeading(events []timeline.Event, h Headings) {
	group := make(map[string]int)
	keys := make([]int, len(events))
	for i := range events {
		hd := heading(events[i].Span.Start, h)
		g, ok := group[hd]
		if !ok {
			g = len(group)
			group[hd] = g
		}
		keys[i] = g
	}
	if len(group) < 3 {
		return // (no heading can come back after another)
	}
	idx := make([]int, len(events))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	sorted := make([]timeline.Event, len(events))
	for i, k := range idx {
		sorted[i] = events[k]
	}
	copy(events, sorted)
}

// Write writes the chronology, in its order, as Markdown.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	mw := NewWriter(w, c.Title, opt)
	for i := range c.Events {
		if err := mw.Write(&c.Events[i]); err != nil {
			return err
		}
	}
	return mw.Close()
}

// Choose returns the headings Auto picks for the events: months when the
// dated events start within two years, years within a century, decades
// within a millennium, else centuries.
func Choose(events []timeline.Event) Headings {
	first, last, found := 0, 0, false
	for i := range events {
		d := events[i].Span.Start
		if d.Prec == timeline.PrecisionNone {
			continue
		}
		y := d.Start().Year() // astronomical: spans across 1 BC count right
		if !found || y < first {
			first = y
		}
		if !found || y > last {
			last = y
		}
		found = true
	}
	switch n := last - first; {
	case n < 2:
		return Months
	case n < 100:
		return Years
	case n < 1000:
		return Decades
	}
	return Centuries
}

func (w *Writer) str(s string) {
	if w.err == nil {
		var n int
		n, w.err = w.bw.WriteString(s)
		w.n += n
	}
}

// block writes s after a blank line, unless it is the first thing written.
func (w *Writer) block(s string) {
	if w.n > 0 {
		s = "\n" + s
	}
	w.str(s)
}

func (w *Writer) start() {
	if w.started {
		return
	}
	w.started = true
	if w.title != "" {
		w.str("# " + escape(w.title) + "\n")
	}
}

func (w *Writer) write(e *timeline.Event) {
	if e.Span.Start.Prec == timeline.PrecisionNone {
		w.undated = append(w.undated, *e)
		return
	}
	w.start()
	w.wrote = true
	if h := heading(e.Span.Start, w.opt.Headings); h != "" && h != w.lastHead {
		w.lastHead = h
		w.block("## " + h + "\n\n")
	} else if h == "" && w.lastHead == "" {
		// A flat list opens once, a blank line after the title.
		w.lastHead = "\x00"
		if w.title != "" {
			w.str("\n")
		}
	}
	w.item(e)
}

// item writes one bullet.
func (w *Writer) item(e *timeline.Event) {
	var b strings.Builder
	date := e.Span.Human()
	dated := e.Span.Start.Prec != timeline.PrecisionNone
	switch {
	case dated:
		b.WriteString("- **" + escape(date) + "**")
	case e.DateText != "":
		// Off the axis, the words of the source say more than "in the past".
		b.WriteString("- *" + escape(e.DateText) + "*")
	case date != "":
		b.WriteString("- *" + escape(date) + "*")
	default:
		b.WriteString("- *undated*")
	}
	if dated && asWritten(e.DateText, date) {
		b.WriteString(" (“" + escape(e.DateText) + "”)")
	}
	text := strings.TrimSpace(e.Text)
	if e.Title != "" {
		b.WriteString(" — " + escape(e.Title))
	} else if text != "" {
		// No headline: the sentence itself is the item.
		b.WriteString(" — " + escape(text))
		text = ""
	}
	src := sources(e.Sources)
	switch {
	case text != "" && src != "":
		b.WriteString("\n  > " + escapeBlock(text) + "\\\n  > — " + src)
	case text != "":
		b.WriteString("\n  > " + escapeBlock(text))
	case src != "":
		b.WriteString(" — " + src)
	}
	b.WriteByte('\n')
	w.str(b.String())
}

// asWritten reports whether the date as written says something the human
// date does not (“on Wednesday” beside "13 December 2017", not "July 2017"
// beside itself).
func asWritten(dateText, human string) bool {
	if dateText == "" {
		return false
	}
	norm := func(s string) string {
		s = strings.ToLower(s)
		return strings.NewReplacer("–", "-", "—", "-", " - ", "-").Replace(s)
	}
	return !strings.Contains(norm(dateText), norm(human))
}

// sources writes the citations as "[Name](url), 13 December 2017; Name2",
// or, when the piece has a title of its own besides its outlet's name,
// "[Title](url), Outlet, 13 December 2017".
func sources(cs []timeline.Citation) string {
	var parts []string
	for _, c := range cs {
		name := c.Name()
		if name == "" && c.URL == "" {
			continue
		}
		if name == "" {
			name = c.URL
		}
		linked, outlet := name, ""
		if c.Outlet != "" && c.Title != "" && !strings.EqualFold(c.Title, c.Outlet) {
			linked, outlet = c.Title, c.Outlet
		}
		s := escape(linked)
		if u, ok := linkURL(c.URL); ok {
			s = "[" + s + "](" + u + ")"
		}
		if outlet != "" {
			s += ", " + escape(outlet)
		}
		if d := c.Date.DayOf().Human(); d != "" {
			s += ", " + escape(d)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// linkURL returns u fit for a Markdown link destination, if it is an http
// or https URL: characters that could end the destination or break the
// line are percent-encoded.
func linkURL(u string) (string, bool) {
	u = strings.TrimSpace(u)
	lower := strings.ToLower(u)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") || !utf8.ValidString(u) {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ' || c == 0x7f || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c == '"' || c == '`':
			b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)>>4, 16)+strconv.FormatUint(uint64(c)&15, 16)))
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// heading returns the heading an event starting at d goes under.
func heading(d timeline.Date, h Headings) string {
	var limit timeline.Precision
	switch h {
	case Months:
		limit = timeline.Month
	case Years:
		limit = timeline.Year
	case Decades:
		limit = timeline.Decade
	case Centuries:
		limit = timeline.Century
	default:
		return ""
	}
	if d.Prec < limit || d.Prec == limit {
		// As coarse as the headings or coarser: its own period.
		d.Mod, d.Part = timeline.ModNone, timeline.NoPart
		return capitalize(d.Human())
	}
	y := d.Year
	switch h {
	case Months:
		if d.Prec == timeline.Week && d.Mod == timeline.ModNone && d.Part == timeline.NoPart {
			// A week of one month goes under that month's heading: a
			// week of its own between two days of a month would split
			// the month in two ("November 2025", "Week 48 of 2025",
			// "November 2025" again).
			if s, e := d.Bounds(); !s.IsZero() && s.Month() == e.Add(-time.Nanosecond).Month() {
				return capitalize(timeline.Date{Prec: timeline.Month, Year: s.Year(), Month: int(s.Month())}.Human())
			}
		}
		if d.Prec == timeline.Week || d.Prec < timeline.Month {
			// A week across two months, or a season, quarter or half:
			// its own period.
			d.Mod = timeline.ModNone
			return capitalize(d.Human())
		}
		return capitalize(timeline.Date{Prec: timeline.Month, Year: y, Month: d.Month}.Human())
	case Years:
		return capitalize(timeline.Date{Prec: timeline.Year, Year: y}.Human())
	case Decades:
		if y < 0 {
			if -y < 10 {
				return "The 0s BC" // the years 9 BC to 1 BC have no TIMEX3 decade
			}
			return capitalize(timeline.Date{Prec: timeline.Decade, Year: -(-y / 10 * 10)}.Human())
		}
		return capitalize(timeline.Date{Prec: timeline.Decade, Year: y / 10 * 10}.Human())
	}
	if y < 0 {
		return "The " + ordinal((-y+99)/100) + " century BC" // 3000 BC is in the 30th, with 2901 BC
	}
	return capitalize(timeline.Date{Prec: timeline.Century, Year: y / 100 * 100}.Human())
}

func ordinal(n int) string {
	// The same rule as timeline.Date.Human's centuries.
	d := timeline.Date{Prec: timeline.Century, Year: (n - 1) * 100}
	s := d.Human() // "the Nth century"
	return strings.TrimSuffix(strings.TrimPrefix(s, "the "), " century")
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// escape makes document text safe inline: whitespace runs with line breaks
// become one space, and Markdown's punctuation is backslash-escaped.
func escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 8)
	space := false
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if space {
			if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
			space = false
		}
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapeBlock is escape for text that starts a line (inside a quote):
// a leading character that would open a block is escaped too.
func escapeBlock(s string) string {
	s = escape(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		return "\\" + s
	}
	// "1. " or "1) " would open an ordered list.
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}
