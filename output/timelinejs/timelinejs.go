// Package timelinejs writes a chronology in the JSON format of Knight
// Lab's TimelineJS3, for people who already publish with it.
//
// # Format
//
//	{
//	  "title": {"text": {"headline": "...", "text": "..."}},
//	  "events": [
//	    {
//	      "start_date": {"year": 2017, "month": 7, "display_date": "July 2017"},
//	      "text": {"headline": "...", "text": "<p>sentence</p><p>— <a href=\"...\">Source</a>, 13 December 2017</p>"},
//	      "group": "The Himalayan Times",
//	      "display_date": "July 2017",
//	      "unique_id": "a1b2c3d4e5f6"
//	    }
//	  ]
//	}
//
// Dates keep their precision: a field is written only when the date gives
// it, so "2017" is {"year": 2017} and "July 2017" {"year": 2017, "month": 7},
// never a first of the month.
//
// Years are historical, BC negative: 44 BC is -44, and there is no year 0.
// TimelineJS3 builds its dates with JavaScript's Date.setFullYear, whose
// years are astronomical (1 BC is year 0), but it labels its axis and
// dates with the year number as it is, a negative one as "BCE"
// (Language.formatJSDate: the year's absolute value and the era label
// of negative years): an event at -44 stands under the axis label
// "44 BCE", which is what a reader of "44 BC" looks for, and -44 is what
// people type in TimelineJS's own sheets. An astronomical -43 would put
// 44 BC under "43 BCE". The cost is a year 0 on TimelineJS's axis, so
// that a span across the era is one year too long.
//
// TimelineJS has no unit coarser than a year or between a year and a month,
// so:
//
//   - a millennium, century or decade starts at its first year and ends
//     (end_date) at its last: the 1990s are 1990 to 1999, the 20th century
//     (TIMEX3 19) 1900 to 1999, the 1st century (00) AD 1 to 99 (there is
//     no year 0); a BC century or millennium is the one its name gives,
//     counted back from its end: the 3rd century BC (BC02) is -300 to
//     -201, the 2nd millennium BC (BC1) -2000 to -1001;
//   - a half, quarter or season starts at its first month and ends at its
//     last: Q3 2017 is July to September 2017, winter 2017 December 2017 to
//     February 2018;
//   - a week starts on its Monday and ends on its Sunday;
//   - a time with a zone is given in UTC; one without stays as written.
//
// display_date always says what the source meant ("Q3 2017", "the 1990s",
// "c. 1450", "44 BC", see timeline.Date.Human); the event's own
// display_date covers its whole span ("1558–1603"). It is the event's
// date text instead when that states its date on its own and in words
// ("the second half of the 15th century", "Spring/Summer 1944"), without
// a leading "in", "on", "at" or "during": the source's own words say it
// best. A date text that needs a reference ("on Wednesday", "last year")
// or is only numbers ("13/12/2017") is not used. A range ends at its
// end's last unit in the same way.
//
// TimelineJS renders headline, text, group and display_date as HTML, so
// every string from a document is HTML-escaped; the only markup is ours
// (paragraphs and the source links, made only for http and https URLs).
// The JSON is written without \u003c escapes, to stay readable: it is
// still safe inside a <script>, since the only "<" in it open our own
// p, br and a tags (a document's "<" is "&lt;" by then), so no "</script"
// or "<!--" can occur.
//
// Vague references and undated events cannot be placed on TimelineJS's axis
// and are left out; Writer.Skipped counts them. unique_id is the event's
// id when it is made of letters, digits, '-' and '_' and not yet used,
// else "event-N" (N its place in the output, from 1).
package timelinejs

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

// Timeline is the document TimelineJS reads.
type Timeline struct {
	Title  *Slide  `json:"title,omitempty"`
	Events []Slide `json:"events"`
}

// Slide is one event, or the title.
type Slide struct {
	StartDate   *Date  `json:"start_date,omitempty"`
	EndDate     *Date  `json:"end_date,omitempty"`
	Text        *Text  `json:"text,omitempty"`
	Media       *Media `json:"media,omitempty"`
	Group       string `json:"group,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
	UniqueID    string `json:"unique_id,omitempty"`
}

// Date is a TimelineJS date: only the fields the date gives are set.
type Date struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        *int   `json:"hour,omitempty"`
	Minute      *int   `json:"minute,omitempty"`
	Second      *int   `json:"second,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// Text is a slide's headline and body, both HTML.
type Text struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

// Media is a slide's image or media.
type Media struct {
	URL string `json:"url"`
}

// Options configure a Writer.
type Options struct {
	// Text is the title slide's text under the chronology's title (plain
	// text; it is escaped).
	Text string
	// Indent pretty-prints the JSON with two spaces.
	Indent bool
}

// Writer collects events and writes the TimelineJS document on Close.
type Writer struct {
	w       io.Writer
	opt     Options
	doc     Timeline
	ids     map[string]bool
	skipped int
}

// NewWriter returns a Writer that writes to w, with title as the title
// slide's headline (no title slide when both it and Options.Text are empty).
func NewWriter(w io.Writer, title string, opt Options) *Writer {
	tw := &Writer{w: w, opt: opt, ids: map[string]bool{}, doc: Timeline{Events: []Slide{}}}
	if title != "" || opt.Text != "" {
		tw.doc.Title = &Slide{Text: &Text{Headline: html.EscapeString(title), Text: para(opt.Text)}}
	}
	return tw
}

// Skipped returns how many events were left out because they have no place
// on the axis (vague references, undated events).
func (w *Writer) Skipped() int { return w.skipped }

// Write adds one event. It never fails; the error is for the writer
// interface shared by Chronicle's formats.
func (w *Writer) Write(e *timeline.Event) error {
	s, ok := FromEvent(e)
	if !ok {
		w.skipped++
		return nil
	}
	if !safeID(s.UniqueID) || w.ids[s.UniqueID] {
		s.UniqueID = "event-" + strconv.Itoa(len(w.doc.Events)+1)
		for w.ids[s.UniqueID] {
			s.UniqueID += "_"
		}
	}
	w.ids[s.UniqueID] = true
	w.doc.Events = append(w.doc.Events, s)
	return nil
}

// Close writes the document. It does not close the underlying writer.
func (w *Writer) Close() error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the strings are HTML already; see the package doc
	if w.opt.Indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(w.doc); err != nil {
		return err
	}
	_, err := w.w.Write(buf.Bytes())
	return err
}

// Write writes the chronology as a TimelineJS document.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	tw := NewWriter(w, c.Title, opt)
	for i := range c.Events {
		if err := tw.Write(&c.Events[i]); err != nil {
			return err
		}
	}
	return tw.Close()
}

func safeID(id string) bool {
	if id == "" {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// FromEvent returns the slide for e, and false when e has no place on the
// axis. Its UniqueID is e.ID as it is (Writer makes it safe and unique).
func FromEvent(e *timeline.Event) (Slide, bool) {
	start := e.Span.Start
	if start.Prec == timeline.PrecisionNone {
		return Slide{}, false
	}
	s := Slide{
		Group:       html.EscapeString(e.GroupName()),
		DisplayDate: html.EscapeString(displayDate(e)),
		UniqueID:    e.ID,
	}
	first, last, period := dates(start)
	s.StartDate = &first
	if e.Span.End.Prec != timeline.PrecisionNone {
		_, end, _ := dates(e.Span.End)
		end.DisplayDate = html.EscapeString(e.Span.End.Human())
		s.EndDate = &end
	} else if period {
		s.EndDate = &last
	}
	s.Text = &Text{Headline: html.EscapeString(e.Title), Text: body(e)}
	if u, ok := httpURL(e.Media); ok {
		s.Media = &Media{URL: u}
	}
	return s, true
}

// dates returns the TimelineJS start of d and its last unit; period
// reports that TimelineJS has no unit for d, so the slide needs the end to
// show it.
func dates(d timeline.Date) (first, last Date, period bool) {
	first.DisplayDate = html.EscapeString(d.Human())
	switch d.Prec {
	case timeline.Millennium, timeline.Century, timeline.Decade:
		if d.Year < 0 && d.Prec != timeline.Decade {
			// The nth century BC runs from n*100 BC to (n-1)*100+1 BC.
			scale := 100
			if d.Prec == timeline.Millennium {
				scale = 1000
			}
			n := -d.Year/scale + 1
			first.Year = -n * scale
			return first, Date{Year: -((n-1)*scale + 1)}, true
		}
		// Bounds are astronomical; end is exclusive. The first decade,
		// century and millennium AD (TIMEX3 000, 00, 0: the years 0 to 9,
		// 99, 999) start in AD 1: there is no year 0, and the astronomical
		// year 0 is 1 BC.
		s, e := d.Bounds()
		first.Year = histYear(s.Year())
		if d.Year >= 0 && first.Year < 1 {
			first.Year = 1
		}
		return first, Date{Year: histYear(e.Year() - 1)}, true
	case timeline.Year:
		first.Year = d.Year
		return first, Date{Year: d.Year}, false
	case timeline.Half, timeline.Quarter, timeline.Season, timeline.Week:
		s, e := d.Bounds()
		e = e.Add(-time.Nanosecond)
		first.Year, first.Month = histYear(s.Year()), int(s.Month())
		end := Date{Year: histYear(e.Year()), Month: int(e.Month())}
		if d.Prec == timeline.Week {
			first.Day, end.Day = s.Day(), e.Day()
		}
		return first, end, true
	case timeline.Month:
		first.Year, first.Month = d.Year, d.Month
		return first, Date{Year: d.Year, Month: d.Month}, false
	case timeline.Day:
		first.Year, first.Month, first.Day = d.Year, d.Month, d.Day
		return first, Date{Year: d.Year, Month: d.Month, Day: d.Day}, false
	}
	y, mo, day, h, mi, sec := d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second
	if d.HasZone || h == 24 {
		// (midnight at the end of a day, T24:00, is 00:00 of the next:
		// TimelineJS has no hour 24)
		t := d.Start()
		y, mo, day, h, mi, sec = histYear(t.Year()), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second()
	}
	first.Year, first.Month, first.Day, first.Hour = y, mo, day, &h
	if d.Prec >= timeline.Minute {
		first.Minute = &mi
	}
	if d.Prec >= timeline.Second {
		first.Second = &sec
	}
	end := first
	end.DisplayDate = ""
	return first, end, false
}

// displayDate is the slide's display_date: the event's date text when it
// reads better than the date written out (see the package documentation),
// else timeline.Span.Human.
func displayDate(e *timeline.Event) string {
	human := e.Span.Human()
	t := strings.Join(strings.Fields(e.DateText), " ")
	for _, p := range []string{"in ", "on ", "at ", "during "} {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) {
			t = t[len(p):]
			break
		}
	}
	if t == "" || len(t) > 60 || strings.EqualFold(t, human) {
		return human
	}
	word, year := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		switch {
		case relativeWords[w]:
			return human
		case w[0] >= '0' && w[0] <= '9':
			if len(w)-len(strings.TrimLeft(w, "0123456789")) >= 3 {
				year = true // 1944, 1450s
			}
		case len(w) >= 2:
			word = true
			if eraWords[w] {
				year = true
			}
		}
	}
	if !word || !year {
		return human
	}
	return t
}

// relativeWords make a date text depend on when it was written.
var relativeWords = map[string]bool{
	"last": true, "next": true, "ago": true, "this": true, "that": true, "yesterday": true,
	"today": true, "tonight": true, "tomorrow": true, "later": true, "earlier": true,
	"previous": true, "following": true, "same": true, "coming": true, "past": true,
	"before": true, "after": true, "since": true, "until": true, "by": true,
}

// eraWords date a text without a year number: "the 15th century", "44
// BC" (but not "the 13th of May", which needs its year from elsewhere).
var eraWords = map[string]bool{"century": true, "centuries": true, "millennium": true, "bc": true, "bce": true, "ad": true, "ce": true}

// histYear turns an astronomical year (time.Time's) into a historical one.
func histYear(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

// body is the slide's HTML text: the sentence and its sources.
func body(e *timeline.Event) string {
	var b strings.Builder
	b.WriteString(para(e.Text))
	var srcs []string
	for _, c := range e.Sources {
		name := c.Name()
		if name == "" {
			name = c.URL
		}
		if name == "" {
			continue
		}
		s := html.EscapeString(name)
		if u, ok := httpURL(c.URL); ok {
			s = `<a href="` + html.EscapeString(u) + `">` + s + `</a>`
		}
		if d := c.Date.DayOf().Human(); d != "" {
			s += ", " + html.EscapeString(d)
		}
		srcs = append(srcs, s)
	}
	if len(srcs) > 0 {
		b.WriteString("<p>— " + strings.Join(srcs, "; ") + "</p>")
	}
	return b.String()
}

// para escapes text as one HTML paragraph, its line breaks kept as <br>.
func para(text string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	return "<p>" + strings.ReplaceAll(html.EscapeString(text), "\n", "<br>") + "</p>"
}

func httpURL(u string) (string, bool) {
	u = strings.TrimSpace(u)
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return u, true
	}
	return "", false
}
