// Package svg draws a chronology as a static SVG timeline, for print and
// slides where no script runs.
//
// The picture: the title; a time axis across the top with ticks at an
// interval chosen from the span (days, weeks, months, quarters, years,
// decades, centuries, millennia: about one tick per 100 pixels), labelled
// as people write dates ("44 BC", "AD 1", "1990", "Jul 2017", "13 Dec");
// and one lane per group, in the order the groups first appear. In a lane,
// an event of day precision or finer is a point, and a longer period (a
// month, a year, a decade, a quarter, a week) or a range is a bar over its
// whole span: "July 2017" covers July. An approximate date is drawn
// dashed; an open-ended one ("before 1990", "after 1990") carries an arrow
// on its open side. Each mark is labelled with its date in words and its
// headline; labels never overlap: within a lane they are stacked in rows,
// greedily, each in the first row where it fits, up to Options.MaxRows
// rows a lane; beyond, marks are drawn unlabelled. Hovering a mark (in a
// viewer that shows SVG titles) gives the sentence and its sources.
//
// Vague references and undated events have no place on the axis: they are
// not drawn, and a note at the bottom says how many were left out.
//
// The output is deterministic (same chronology, same bytes), uses no
// script, no external resource and no CSS beyond presentation attributes,
// and escapes every string that came from a document for XML; characters
// XML cannot hold are dropped. Label widths are estimated (0.6 em a
// character, 1 em for wide East Asian characters) since no font is
// measured; the estimate errs wide.
package svg

import (
	"bufio"
	"cmp"
	"html"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Options configure the picture.
type Options struct {
	// Width is the picture's width in pixels; 0 means 1200. Widths below
	// 400 are raised to 400.
	Width int
	// LabelRunes clips headlines to this many characters (with "…");
	// 0 means 48.
	LabelRunes int
	// MaxRows caps the rows of labels in a lane; 0 means 12. Events that
	// find no room are drawn unlabelled on one more row at the bottom of
	// the lane (their tooltips still say what they are), and the lane says
	// how many there are, so a dense chronology stays a readable size.
	MaxRows int
}

// Writer collects events and draws them on Close.
type Writer struct {
	w      io.Writer
	title  string
	opt    Options
	events []timeline.Event
	undate int
}

// NewWriter returns a Writer that draws to w under the title ("" for none).
func NewWriter(w io.Writer, title string, opt Options) *Writer {
	if opt.Width == 0 {
		opt.Width = 1200
	}
	if opt.Width < 400 {
		opt.Width = 400
	}
	if opt.LabelRunes <= 0 {
		opt.LabelRunes = 48
	}
	if opt.MaxRows <= 0 {
		opt.MaxRows = 12
	}
	return &Writer{w: w, title: title, opt: opt}
}

// Write adds one event. It never fails; the error is for the writer
// interface shared by Chronicle's formats.
func (w *Writer) Write(e *timeline.Event) error {
	if e.Span.Start.Prec == timeline.PrecisionNone {
		w.undate++
		return nil
	}
	w.events = append(w.events, *e)
	return nil
}

// Skipped returns how many events were not drawn (vague or undated).
func (w *Writer) Skipped() int { return w.undate }

// Write draws the chronology as SVG.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	sw := NewWriter(w, c.Title, opt)
	for i := range c.Events {
		if err := sw.Write(&c.Events[i]); err != nil {
			return err
		}
	}
	return sw.Close()
}

// Layout constants, in pixels.
const (
	fontSize   = 12
	margin     = 16
	laneLabelW = 170 // the column of lane names
	titleH     = 36
	axisH      = 34
	rowH       = 24
	lanePad    = 8
	markH      = 14
	gap        = 10 // between labels in a row
)

var palette = [...]string{"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"}

// item is one event laid out.
type item struct {
	e          *timeline.Event
	x0, x1     float64 // the mark
	point      bool
	label      string // date in words
	headline   string
	lx, lw     float64 // label start and estimated width
	from, till float64 // the extent the item occupies in its row
	row        int
	nolabel    bool // no room for its label: drawn on the lane's last row
}

type lane struct {
	name     string
	items    []*item
	rows     int // including the unlabelled row, when there is one
	overflow int // unlabelled items
	y        float64
}

// picture is the laid-out drawing.
type picture struct {
	width, height float64
	plotL, plotR  float64
	top, bottom   float64 // of the lanes
	t0, t1        float64
	lanes         []*lane
}

func (pc *picture) x(t float64) float64 {
	return pc.plotL + (t-pc.t0)/(pc.t1-pc.t0)*(pc.plotR-pc.plotL)
}

// layout places every event: lanes in order of first appearance, items
// stacked in rows.
func (w *Writer) layout() *picture {
	pc := &picture{width: float64(w.opt.Width)}
	pc.plotL, pc.plotR = float64(margin+laneLabelW), pc.width-margin
	pc.t0, pc.t1 = w.domain()
	byName := map[string]*lane{}
	for i := range w.events {
		e := &w.events[i]
		g := e.GroupName()
		l, ok := byName[g]
		if !ok {
			l = &lane{name: g}
			byName[g] = l
			pc.lanes = append(pc.lanes, l)
		}
		l.items = append(l.items, w.place(e, pc.x, pc.plotL, pc.plotR))
	}
	pc.top = float64(margin)
	if w.title != "" {
		pc.top += titleH
	}
	y := pc.top + axisH
	for _, l := range pc.lanes {
		stack(l, w.opt.MaxRows)
		l.y = y
		y += float64(l.rows)*rowH + 2*lanePad
	}
	pc.bottom = y
	pc.height = y + margin
	if w.undate > 0 {
		pc.height += 20
	}
	return pc
}

// Close draws the picture and writes it. It does not close the underlying
// writer.
func (w *Writer) Close() error {
	pc := w.layout()
	width, height, y, top := pc.width, pc.height, pc.bottom, pc.top
	plotL, plotR, t0, t1, lanes, x := pc.plotL, pc.plotR, pc.t0, pc.t1, pc.lanes, pc.x

	bw := bufio.NewWriter(w.w)
	p := func(parts ...string) {
		for _, s := range parts {
			bw.WriteString(s)
		}
	}
	W, H := num(width), num(height)
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="`, W, `" height="`, H, `" viewBox="0 0 `, W, " ", H,
		`" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="`, strconv.Itoa(fontSize), `">`, "\n")
	if w.title != "" {
		p("<title>", esc(w.title), "</title>\n")
	}
	p(`<rect width="`, W, `" height="`, H, `" fill="#ffffff"/>`, "\n")
	if w.title != "" {
		p(`<text x="`, num(margin), `" y="`, num(margin+22), `" font-size="20" font-weight="bold" fill="#222222">`, esc(clip(w.title, 120)), "</text>\n")
	}

	// Lane backgrounds and names.
	for i, l := range lanes {
		h := float64(l.rows)*rowH + 2*lanePad
		if i%2 == 0 {
			p(`<rect x="`, num(margin), `" y="`, num(l.y), `" width="`, num(width-2*margin), `" height="`, num(h), `" fill="#f4f6f8"/>`, "\n")
		}
		p(`<text x="`, num(margin+4), `" y="`, num(l.y+lanePad+rowH/2+4), `" font-weight="bold" fill="`, palette[i%len(palette)], `">`,
			esc(clipWidth(l.name, laneLabelW-8)), "</text>\n")
		if l.overflow > 0 {
			p(`<text x="`, num(margin+4), `" y="`, num(l.y+lanePad+float64(l.rows-1)*rowH+rowH/2+4), `" fill="#666666" font-style="italic">`,
				strconv.Itoa(l.overflow), " more, unlabelled</text>\n")
		}
	}

	// Axis: ticks, labels and grid lines through the lanes.
	axisY := top + axisH - 8
	p(`<g stroke="#999999" stroke-width="1">`, "\n")
	p(`<line x1="`, num(plotL), `" y1="`, num(axisY), `" x2="`, num(plotR), `" y2="`, num(axisY), `"/>`, "\n")
	ticks := ticks(t0, t1, int((plotR-plotL)/100)+1)
	for _, tk := range ticks {
		tx := x(tk.t)
		p(`<line x1="`, num(tx), `" y1="`, num(axisY-5), `" x2="`, num(tx), `" y2="`, num(axisY), `"/>`, "\n")
		p(`<line x1="`, num(tx), `" y1="`, num(axisY), `" x2="`, num(tx), `" y2="`, num(y), `" stroke="#e2e5e9"/>`, "\n")
	}
	p("</g>\n")
	p(`<g fill="#555555" text-anchor="middle">`, "\n")
	for _, tk := range ticks {
		p(`<text x="`, num(x(tk.t)), `" y="`, num(axisY-9), `">`, esc(tk.label), "</text>\n")
	}
	p("</g>\n")

	// Marks and labels.
	for i, l := range lanes {
		color := palette[i%len(palette)]
		for _, it := range l.items {
			w.drawItem(p, it, color, l.y+lanePad+float64(it.row)*rowH+rowH/2)
		}
	}
	if w.undate > 0 {
		n := strconv.Itoa(w.undate)
		s := n + " undated references not shown."
		if w.undate == 1 {
			s = "1 undated reference not shown."
		}
		p(`<text x="`, num(margin), `" y="`, num(height-margin+4), `" fill="#666666" font-style="italic">`, s, "</text>\n")
	}
	p("</svg>\n")
	return bw.Flush()
}

// domain returns the time range drawn, in Unix seconds, padded.
func (w *Writer) domain() (t0, t1 float64) {
	first := true
	for i := range w.events {
		s, e := bounds(w.events[i].Span)
		if first || s < t0 {
			t0 = s
		}
		if first || e > t1 {
			t1 = e
		}
		first = false
	}
	if first {
		// Nothing to draw: an axis over the year 2000, say nothing more.
		t0 = float64(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
		t1 = float64(time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
	}
	if t1-t0 < 86400 {
		mid := (t0 + t1) / 2
		t0, t1 = mid-43200, mid+43200
	}
	pad := (t1 - t0) * 0.02
	return t0 - pad, t1 + pad
}

// bounds returns the instants a span covers, in Unix seconds.
func bounds(s timeline.Span) (start, end float64) {
	a, b := s.Start.Bounds()
	if s.IsRange() && s.End.Prec != timeline.PrecisionNone {
		es, ee := s.End.Bounds()
		if ee.After(b) {
			b = ee
		}
		if es.Before(a) {
			a = es
		}
	}
	return float64(a.Unix()), float64(b.Unix())
}

// place lays out one event's mark and label on the x axis.
func (w *Writer) place(e *timeline.Event, x func(float64) float64, plotL, plotR float64) *item {
	s, end := bounds(e.Span)
	it := &item{e: e, x0: x(s), x1: x(end)}
	it.point = !e.Span.IsRange() && (e.Span.Start.Prec >= timeline.Day || it.x1-it.x0 < 3)
	if it.point {
		mid := (it.x0 + it.x1) / 2
		it.x0, it.x1 = mid, mid
	}
	it.label = e.Span.Human()
	it.headline = e.Title
	if it.headline == "" {
		it.headline = e.DateText
	}
	if it.headline == "" {
		it.headline = strings.Join(strings.Fields(e.Text), " ")
	}
	it.headline = clip(it.headline, w.opt.LabelRunes)
	it.lw = textWidth(it.label) + textWidth(" "+it.headline)
	markL, markR := it.x0-6, it.x1+6
	switch {
	case !it.point && it.lw+8 <= it.x1-it.x0:
		it.lx = it.x0 + 4 // inside its bar
	case it.x1+8+it.lw <= plotR:
		it.lx = it.x1 + 8 // right of the mark
	case it.x0-8-it.lw >= plotL:
		it.lx = it.x0 - 8 - it.lw // left of the mark
	default:
		// Wider than either side: as far left as it can go and still end
		// inside the plot.
		it.lx = math.Max(plotL, plotR-it.lw)
	}
	it.from = math.Min(markL, it.lx)
	it.till = math.Max(markR, it.lx+it.lw)
	return it
}

// stack puts each item of a lane in the first row where it does not
// overlap the items already there; past maxRows, items go unlabelled on
// one more row. When not all can be labelled, the labels go first to the
// events told most precisely (a day before a year, a year before the
// decade-long bar that would take a row of its own), and questions last:
// the Civil Rights Act keeps its label before "What changed in how the
// movement used television?".
func stack(l *lane, maxRows int) {
	type span struct{ from, till float64 }
	var rows [][]span
	var over []*item
	fits := func(r []span, it *item) bool {
		for _, s := range r {
			if it.from < s.till+gap && s.from < it.till+gap {
				return false
			}
		}
		return true
	}
	place := func(order []*item) {
		rows, over = nil, nil
		for _, it := range order {
			row := -1
			for r := range rows {
				if fits(rows[r], it) {
					row = r
					break
				}
			}
			if row < 0 && len(rows) < maxRows {
				row = len(rows)
				rows = append(rows, nil)
			}
			if row < 0 {
				over = append(over, it)
				continue
			}
			it.row = row
			rows[row] = append(rows[row], span{it.from, it.till})
		}
	}
	if place(sortedByFrom(l.items)); len(over) > 0 {
		place(byPriority(l.items))
	}
	for _, it := range over {
		it.row, it.nolabel = len(rows), true
	}
	l.overflow = len(over)
	l.rows = max(len(rows), 1)
	if len(over) > 0 {
		l.rows++
	}
}

// byPriority orders a lane's items for labelling when not all fit: the
// precise before the coarse and questions last, each group in time order.
func byPriority(items []*item) []*item {
	out := sortedByFrom(items)
	rank := func(it *item) int {
		r := int(timeline.Second) - int(it.e.Span.Start.Prec) // finer first
		if it.e.Span.IsRange() && it.e.Span.End.Prec < it.e.Span.Start.Prec {
			r = int(timeline.Second) - int(it.e.Span.End.Prec)
		}
		if strings.HasSuffix(strings.TrimSpace(it.e.Title), "?") {
			r += 100
		}
		return r
	}
	slices.SortStableFunc(out, func(a, b *item) int { return cmp.Compare(rank(a), rank(b)) })
	return out
}

func sortedByFrom(items []*item) []*item {
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b *item) int { return cmp.Compare(a.from, b.from) })
	return out
}

func (w *Writer) drawItem(p func(...string), it *item, color string, cy float64) {
	e := it.e
	p("<g>")
	p("<title>", esc(tooltip(e)), "</title>")
	dash := ""
	if e.Span.Start.Mod == timeline.ModApprox || e.Span.End.Mod == timeline.ModApprox {
		dash = ` stroke-dasharray="3 2"`
	}
	if it.point && dash != "" {
		// Approximate: a hollow, dashed ring.
		p(`<circle cx="`, num(it.x0), `" cy="`, num(cy), `" r="5" fill="#ffffff" stroke="`, color, `" stroke-width="2"`, dash, "/>")
	} else if it.point {
		p(`<circle cx="`, num(it.x0), `" cy="`, num(cy), `" r="5" fill="`, color, `" stroke="#ffffff" stroke-width="1.5"/>`)
	} else {
		p(`<rect x="`, num(it.x0), `" y="`, num(cy-markH/2), `" width="`, num(math.Max(it.x1-it.x0, 1)), `" height="`, num(markH),
			`" rx="2" fill="`, color, `" fill-opacity="0.3" stroke="`, color, `"`, dash, "/>")
	}
	switch m := e.Span.Start.Mod; {
	case m == timeline.ModBefore || m == timeline.ModOnOrBefore || m == timeline.ModLessThan || m == timeline.ModEqualOrLess:
		ax := it.x0 - 7
		p(`<path d="M`, num(ax), " ", num(cy), " l6 -5 v10 z", `" fill="`, color, `"/>`)
	case m == timeline.ModAfter || m == timeline.ModOnOrAfter || m == timeline.ModMoreThan || m == timeline.ModEqualOrMore:
		ax := it.x1 + 7
		p(`<path d="M`, num(ax), " ", num(cy), " l-6 -5 v10 z", `" fill="`, color, `"/>`)
	}
	if !it.nolabel {
		p(`<text x="`, num(it.lx), `" y="`, num(cy+4), `" fill="#222222"><tspan fill="#666666">`, esc(it.label), "</tspan> ", esc(it.headline), "</text>")
	}
	p("</g>\n")
}

func tooltip(e *timeline.Event) string {
	var b strings.Builder
	b.WriteString(e.Span.Human())
	if e.DateText != "" {
		b.WriteString(" (“" + e.DateText + "”)")
	}
	if e.Title != "" {
		b.WriteString(" — " + e.Title)
	}
	if t := strings.TrimSpace(e.Text); t != "" {
		b.WriteString("\n" + t)
	}
	for _, c := range e.Sources {
		s := c.Name()
		if c.URL != "" {
			s += " <" + c.URL + ">"
		}
		if s != "" {
			b.WriteString("\n— " + s)
		}
	}
	return b.String()
}

// tick is an axis tick at t (Unix seconds).
type tick struct {
	t     float64
	label string
}

// A step is a tick interval: n units of days, months or years.
type step struct {
	unit byte // 'd', 'm', 'y'
	n    int
}

var steps = []step{
	{'d', 1}, {'d', 7}, {'m', 1}, {'m', 3}, {'m', 6},
	{'y', 1}, {'y', 2}, {'y', 5}, {'y', 10}, {'y', 20}, {'y', 50}, {'y', 100}, {'y', 200}, {'y', 500},
	{'y', 1000}, {'y', 2000}, {'y', 5000}, {'y', 10000},
}

func (s step) seconds() float64 {
	switch s.unit {
	case 'd':
		return float64(s.n) * 86400
	case 'm':
		return float64(s.n) * 30.44 * 86400
	}
	return float64(s.n) * 365.25 * 86400
}

// ticks returns the ticks between t0 and t1, at the finest step that gives
// at most max of them.
func ticks(t0, t1 float64, limit int) []tick {
	st := steps[len(steps)-1]
	for _, s := range steps {
		if (t1-t0)/s.seconds() <= float64(limit) {
			st = s
			break
		}
	}
	from := time.Unix(int64(t0), 0).UTC()
	to := time.Unix(int64(t1), 0).UTC()
	var out []tick
	add := func(t time.Time, label string) {
		if u := float64(t.Unix()); u >= t0 && u <= t1 {
			out = append(out, tick{u, label})
		}
	}
	switch st.unit {
	case 'd':
		t := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		if st.n == 7 { // weeks start on Monday
			t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		}
		for ; !t.After(to); t = t.AddDate(0, 0, st.n) {
			label := strconv.Itoa(t.Day()) + " " + t.Month().String()[:3]
			if len(out) == 0 || t.YearDay() <= st.n {
				label += " " + yearLabel(t.Year())
			}
			add(t, label)
		}
	case 'm':
		m := (int(from.Month()) - 1) / st.n * st.n
		t := time.Date(from.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		for ; !t.After(to); t = t.AddDate(0, st.n, 0) {
			label := t.Month().String()[:3]
			if len(out) == 0 || t.Month() == time.January {
				label += " " + yearLabel(t.Year())
			}
			add(t, label)
		}
	default:
		// Ticks at historical years that are multiples of the step; the
		// year 0 does not exist, so its tick is AD 1.
		first := histYear(from.Year())
		k := int(math.Floor(float64(first) / float64(st.n)))
		for ; ; k++ {
			h := k * st.n
			if h == 0 {
				h = 1
			}
			t := time.Date(astro(h), 1, 1, 0, 0, 0, 0, time.UTC)
			if t.After(to) {
				break
			}
			add(t, timeline.Date{Prec: timeline.Year, Year: h}.Human())
		}
	}
	return out
}

// yearLabel writes an astronomical year as a historical one.
func yearLabel(astroYear int) string {
	return timeline.Date{Prec: timeline.Year, Year: histYear(astroYear)}.Human()
}

func histYear(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

func astro(y int) int {
	if y < 0 {
		return y + 1
	}
	return y
}

// num formats a coordinate with at most one decimal.
func num(v float64) string {
	v = math.Round(v*10) / 10
	if v == math.Trunc(v) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// esc escapes text for XML, dropping what XML 1.0 cannot hold and turning
// line breaks into spaces.
func esc(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case r < 0x20, r == 0xFFFE, r == 0xFFFF:
			return -1
		}
		return r
	}, s)
	return html.EscapeString(s)
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return strings.TrimRight(s[:k], " ") + "…"
		}
		i++
	}
	return s
}

// clipWidth clips s to an estimated width in pixels.
func clipWidth(s string, px float64) string {
	s = strings.Join(strings.Fields(s), " ")
	if textWidth(s) <= px {
		return s
	}
	w := textWidth("…")
	for k, r := range s {
		w += runeWidth(r)
		if w > px {
			return s[:k] + "…"
		}
	}
	return s
}

func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

// runeWidth estimates a character's advance at the font size: wide East
// Asian characters take a full em, others 0.6 em.
func runeWidth(r rune) float64 {
	if r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 ||
		r >= 0xFFE0 && r <= 0xFFE6 || r >= 0x1F300 && r <= 0x1FAFF || r >= 0x20000 && r <= 0x3FFFD) {
		return fontSize
	}
	return 0.6 * fontSize
}
