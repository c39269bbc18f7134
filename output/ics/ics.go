// Package ics writes a chronology as an iCalendar file (RFC 5545), to see
// its events in a calendar program.
//
// # Format
//
// One VCALENDAR (VERSION 2.0, CALSCALE GREGORIAN, the title as
// X-WR-CALNAME) holding one VEVENT per event that a calendar can hold:
//
//	BEGIN:VEVENT
//	UID:a1b2c3d4e5f6@chronicle
//	DTSTAMP:20171213T000000Z
//	DTSTART;VALUE=DATE:20170701
//	DTEND;VALUE=DATE:20170801
//	SUMMARY:Biometric collection begins
//	DESCRIPTION:Beginning in July 2017\, authorities ...\n\nWhen: July 2017 (2017-07)\n...
//	URL:https://thehimalayantimes.com/...
//	CATEGORIES:The Himalayan Times
//	END:VEVENT
//
// Dates keep their span: a date of day precision or coarser is an all-day
// event over its whole period, DTEND exclusive as RFC 5545 wants it (July
// 2017 is 20170701 to 20170801, 2017-W50 is 20171211 to 20171218, the 1990s
// 19900101 to 20000101, the 1st century AD, TIMEX3 00, 00010101 to
// 01000101: there is no year 0), and a range runs from its start's first day to
// its end's last. A time of day is a timed event of its own length (an
// hour, a minute, a second; "the morning of" is 06:00 to 12:00): in UTC
// (…Z) when the source gave a zone, else a floating local time, as written,
// since Chronicle does not know the zone. A range that mixes a time with a
// coarser date is all-day.
//
// SUMMARY is the headline (the date as written, else the start of the
// sentence, when there is none), preceded by the date in words when the
// date has a mod that a calendar cannot show ("c. 1450: ...", "before
// 1990: ..."). DESCRIPTION holds the sentence, the date in words with its
// TIMEX3 value and the expression as written, and every source; URL is the
// primary source's address when it is http(s); CATEGORIES is the group;
// UID is the event id followed by "@chronicle" (an event without an id
// gets timeline.MakeID's).
//
// DTSTAMP, which RFC 5545 requires, is Options.Stamp when set; otherwise
// it is derived from the event itself, so that the same chronology always
// gives the same bytes: the latest date among its sources (their first
// instant, UTC), else 19700101T000000Z. It is never the wall clock.
//
// What a calendar cannot hold is left out and counted by Writer.Skipped:
// vague references and undated events, and dates outside the years 1 to
// 9999 that iCalendar's four-digit years allow (every BC date, and a
// period that ends with the year 9999, whose exclusive DTEND would be in
// the year 10000).
//
// A chronology with nothing a calendar can hold gives a VCALENDAR with no
// VEVENT: RFC 5545's grammar wants at least one component, but calendar
// programs (and Python's icalendar, which the tests were checked with)
// read it as an empty calendar.
//
// Text values escape backslash, semicolon, comma and line breaks; lines
// are folded at 75 octets without splitting a UTF-8 sequence; every line
// ends with CRLF.
package ics

import (
	"bufio"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Options configure a Writer.
type Options struct {
	// Stamp is every event's DTSTAMP; the zero Time derives it from the
	// event's sources (see the package documentation).
	Stamp time.Time
}

// Writer writes events as VEVENTs of one VCALENDAR.
type Writer struct {
	bw      *bufio.Writer
	title   string
	opt     Options
	started bool
	skipped int
	err     error
	line    []byte
}

// NewWriter returns a Writer that writes to w; title names the calendar
// ("" for none). The calendar's header is written with the first event, or
// by Close.
func NewWriter(w io.Writer, title string, opt Options) *Writer {
	return &Writer{bw: bufio.NewWriter(w), title: title, opt: opt}
}

// Skipped returns how many events were left out because a calendar cannot
// hold their date.
func (w *Writer) Skipped() int { return w.skipped }

func (w *Writer) start() {
	if w.started {
		return
	}
	w.started = true
	w.prop("BEGIN", "VCALENDAR")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", "-//Chronicle//Chronicle//EN")
	w.prop("CALSCALE", "GREGORIAN")
	if w.title != "" {
		w.prop("X-WR-CALNAME", escapeText(w.title))
	}
}

// prop writes one content line, folded.
func (w *Writer) prop(name, value string) {
	if w.err != nil {
		return
	}
	w.line = append(append(append(w.line[:0], name...), ':'), value...)
	_, w.err = w.bw.Write(fold(w.line))
}

// fold splits a content line into lines of at most 75 octets, never inside
// a UTF-8 sequence, and ends it with CRLF.
func fold(line []byte) []byte {
	if len(line) <= 75 {
		return append(line, '\r', '\n')
	}
	out := make([]byte, 0, len(line)+len(line)/70*3+2)
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		out = append(out, line[:cut]...)
		out = append(out, '\r', '\n', ' ')
		line = line[cut:]
		limit = 74 // the leading space counts
	}
	out = append(out, line...)
	return append(out, '\r', '\n')
}

// Write writes one event, or counts it as skipped.
func (w *Writer) Write(e *timeline.Event) error {
	if w.err != nil {
		return w.err
	}
	start, end, allDay, ok := times(e.Span)
	if !ok {
		w.skipped++
		return nil
	}
	w.start()
	uid := e.ID
	if uid == "" {
		uid = timeline.MakeID(e.Source().Name(), e.Span, e.DateText, e.Text)
	}
	w.prop("BEGIN", "VEVENT")
	w.prop("UID", escapeText(uid+"@chronicle"))
	w.prop("DTSTAMP", stamp(e, w.opt.Stamp))
	if allDay {
		w.prop("DTSTART;VALUE=DATE", start.Format("20060102"))
		w.prop("DTEND;VALUE=DATE", end.Format("20060102"))
	} else {
		layout := "20060102T150405"
		if e.Span.Start.HasZone {
			layout += "Z"
		}
		w.prop("DTSTART", start.Format(layout))
		layout = "20060102T150405"
		if e.Span.End.HasZone || !e.Span.IsRange() && e.Span.Start.HasZone {
			layout += "Z" // the end's own zone: a range may mix zoned and floating times
		}
		w.prop("DTEND", end.Format(layout))
	}
	w.prop("SUMMARY", escapeText(summary(e)))
	w.prop("DESCRIPTION", escapeText(description(e)))
	if u, ok := httpURL(e.Source().URL); ok {
		w.prop("URL", u)
	}
	if g := e.GroupName(); g != "" {
		w.prop("CATEGORIES", escapeText(g))
	}
	w.prop("END", "VEVENT")
	return w.err
}

// Close ends the calendar and flushes. It does not close the underlying
// writer.
func (w *Writer) Close() error {
	w.start()
	w.prop("END", "VCALENDAR")
	if err := w.bw.Flush(); w.err == nil {
		w.err = err
	}
	return w.err
}

// Write writes the chronology as an iCalendar file.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	iw := NewWriter(w, c.Title, opt)
	for i := range c.Events {
		if err := iw.Write(&c.Events[i]); err != nil {
			return err
		}
	}
	return iw.Close()
}

// times returns the event's DTSTART and DTEND, whether it is all-day, and
// false when a calendar cannot hold it.
func times(s timeline.Span) (start, end time.Time, allDay, ok bool) {
	if s.Start.Prec == timeline.PrecisionNone {
		return start, end, false, false
	}
	last := s.Start
	if s.IsRange() {
		if s.End.Prec == timeline.PrecisionNone {
			return start, end, false, false // a range to a vague end
		}
		last = s.End
	}
	timed := func(d timeline.Date) bool { return d.Prec > timeline.Day || d.Part != timeline.NoPart }
	allDay = !timed(s.Start) || !timed(last)
	if allDay {
		// DayOf keeps a period coarser than a day as it is.
		start, end = s.Start.DayOf().Start(), last.DayOf().End()
		if s.Start.Year >= 0 && start.Year() == 0 {
			// The first decade, century or millennium AD (TIMEX3 000,
			// 00, 0) counts from the year 0, which is 1 BC: it starts in
			// AD 1.
			start = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	} else {
		// Bounds shifts to UTC only a time with a zone: one without stays
		// the wall time written, which is what a floating time is.
		start, end = s.Start.Start(), last.End()
		if s.IsRange() && last.Prec >= timeline.Minute {
			end = last.Start() // "until midday" ends at 12:00, not 12:01
		}
	}
	if !end.After(start) {
		// A range that ends before it starts: keep the start's own span.
		if allDay {
			end = s.Start.DayOf().End()
		} else {
			end = s.Start.End()
		}
	}
	// Four-digit years: DTEND 10000-01-01 cannot be written either.
	lo, hi := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	ok = !start.Before(lo) && end.Before(hi)
	return start, end, allDay, ok
}

func stamp(e *timeline.Event, fixed time.Time) string {
	if !fixed.IsZero() {
		return fixed.UTC().Format("20060102T150405Z")
	}
	var latest time.Time
	for _, c := range e.Sources {
		if c.Date.Prec == timeline.PrecisionNone {
			continue
		}
		if t := c.Date.Start(); t.After(latest) && t.Year() >= 1 && t.Year() <= 9999 {
			latest = t
		}
	}
	if latest.IsZero() {
		return "19700101T000000Z"
	}
	return latest.Format("20060102T150405Z")
}

func summary(e *timeline.Event) string {
	s := strings.TrimSpace(e.Title)
	if s == "" {
		s = strings.TrimSpace(e.DateText)
	}
	if s == "" {
		s = clip(strings.Join(strings.Fields(e.Text), " "), 80)
	}
	if e.Span.Start.Mod != timeline.ModNone || e.Span.End.Mod != timeline.ModNone {
		s = e.Span.Human() + ": " + s
	}
	return s
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

func description(e *timeline.Event) string {
	var b strings.Builder
	if t := strings.TrimSpace(e.Text); t != "" {
		b.WriteString(t)
		b.WriteString("\n\n")
	}
	b.WriteString("When: " + e.Span.Human() + " (" + e.Span.Start.String())
	if e.Span.IsRange() {
		b.WriteString("/" + e.Span.End.String())
	}
	b.WriteString(")")
	if e.DateText != "" {
		b.WriteString(", as written: “" + e.DateText + "”")
	}
	for _, c := range e.Sources {
		line := c.Name()
		if d := c.Date.DayOf().Human(); d != "" {
			line += ", " + d
		}
		if c.URL != "" {
			line += " <" + c.URL + ">"
		}
		if line != "" {
			b.WriteString("\nSource: " + line)
		}
	}
	return b.String()
}

// escapeText escapes an RFC 5545 TEXT value. Control characters other
// than line breaks and tabs, which a TEXT value may not hold, are dropped;
// invalid UTF-8 becomes U+FFFD.
func escapeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteString(`\n`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteByte(c)
		default:
			if c < 0x20 || c == 0x7f {
				continue
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// httpURL returns u as a URI value if it is an http(s) URL, with spaces
// and control characters percent-encoded.
func httpURL(u string) (string, bool) {
	u = strings.TrimSpace(u)
	l := strings.ToLower(u)
	if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
		return "", false
	}
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), true
}
