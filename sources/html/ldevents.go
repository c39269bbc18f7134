package html

import (
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// An ldEvent is an event a page describes in its schema.org data (a
// concert's page, a venue's listing, a course's sessions): what a listing
// shows as "Sat 14 Mar, 7.30pm", without its year, the data gives whole.
type ldEvent struct {
	name, place, status string
	start, end          timeline.Date
	raw                 string // the start date as written, to find it in the page
}

// maxLDEvents bounds the events read from one page's data.
const maxLDEvents = 2000

// isEventType reports whether a schema.org type (lower case) is an event:
// Event and its kinds (MusicEvent, SportsEvent, ...), a Festival, a
// Hackathon, a course's session (CourseInstance) or an EventSeries.
func isEventType(typ string) bool {
	for _, t := range strings.Fields(typ) {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "schema:"), "https://schema.org/")
		t = strings.TrimPrefix(t, "http://schema.org/")
		switch {
		case strings.HasSuffix(t, "event"), t == "festival", t == "hackathon", t == "courseinstance", t == "eventseries":
			return true
		}
	}
	return false
}

// ldEvents collects the events of a page's JSON-LD, wherever they stand in
// it (alone, in a list, in an @graph, as what an article is about, as the
// sub-events of a festival), in the order written. An event without a
// start date that reads as a date, or without a name, is left out.
func (pm *pageMeta) ldEvents(v any, depth int) {
	if depth > 16 || len(pm.events) >= maxLDEvents {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			pm.ldEvents(e, depth+1)
		}
	case map[string]any:
		typ := strings.ToLower(strings.Join(stringsOf(x["@type"]), " "))
		if isEventType(typ) {
			if e, ok := readLDEvent(x); ok {
				pm.events = append(pm.events, e)
			}
			for _, k := range []string{"subEvent", "subEvents"} {
				pm.ldEvents(x[k], depth+1)
			}
			return
		}
		for _, e := range x {
			switch e.(type) {
			case []any, map[string]any:
				pm.ldEvents(e, depth+1)
			}
		}
	}
}

func readLDEvent(x map[string]any) (ldEvent, bool) {
	e := ldEvent{name: normalize(ldString(x["name"]))}
	e.raw = ldString(x["startDate"])
	var ok bool
	if e.start, ok = ldDate(e.raw); !ok || e.name == "" {
		return ldEvent{}, false
	}
	if end, ok := ldDate(ldString(x["endDate"])); ok && end.End().After(e.start.End()) {
		e.end = end
	}
	e.place = ldPlace(x["location"])
	switch s := strings.ToLower(ldString(x["eventStatus"])); {
	case strings.HasSuffix(s, "eventcancelled"):
		e.status = "cancelled"
	case strings.HasSuffix(s, "eventpostponed"):
		e.status = "postponed"
	case strings.HasSuffix(s, "eventrescheduled"):
		e.status = "rescheduled"
	case strings.HasSuffix(s, "eventmovedonline"):
		e.status = "moved online"
	}
	return e, true
}

// ldDate reads a schema.org date: a day, a month, or a date and time with
// its zone when written ("2025-03-14T19:30:00+01:00"). Seconds of zero are
// not a precision anyone meant.
func ldDate(s string) (timeline.Date, bool) {
	if d, ok := parseDatetime(s); ok {
		return d, true
	}
	if len(s) > 10 && s[10] == 'T' {
		// A time that does not parse (a zone of an unknown form): the
		// day alone is still right.
		s = s[:10]
	}
	return parseMetaDate(s)
}

// ldPlace names where an event is: a Place's name and its town, or an
// address or a name written as text. An online event's address is not
// a place.
func ldPlace(v any) string {
	switch x := v.(type) {
	case string:
		return normalize(x)
	case []any:
		if len(x) > 0 {
			return ldPlace(x[0])
		}
	case map[string]any:
		name := normalize(ldString(x["name"]))
		town := ""
		switch a := x["address"].(type) {
		case string:
			town = normalize(a)
		case map[string]any:
			town = normalize(ldString(a["addressLocality"]))
		}
		switch {
		case name == "":
			return town
		case town == "" || strings.Contains(name, town):
			return name
		}
		return name + ", " + town
	}
	return ""
}

// sentence writes the event as a line the tagger reads: its date (or
// dates), its name, its status and its place. "14 March 2025, 19:30
// UTC+01:00 – Jazz night (postponed); Place: The Blue Room, Leeds."
func (e ldEvent) sentence() string {
	var b strings.Builder
	b.WriteString(e.start.Human())
	if !e.end.IsZero() {
		b.WriteString(" to ")
		if e.end.Prec >= timeline.Minute && e.end.DayOf() == e.start.DayOf() {
			// The same day: its closing time alone.
			h := e.end.Human()
			if i := strings.LastIndex(h, ", "); i >= 0 {
				h = h[i+2:]
			}
			b.WriteString(h)
		} else {
			b.WriteString(e.end.Human())
		}
	}
	b.WriteString(" – ")
	b.WriteString(strings.TrimRight(e.name, "."))
	if e.status != "" {
		b.WriteString(" (" + e.status + ")")
	}
	if e.place != "" {
		b.WriteString("; Place: " + strings.TrimRight(e.place, "."))
	}
	b.WriteString(".")
	return b.String()
}

// eventSections are the sections of a page's events, under a heading:
// one paragraph each, placed where its start date is written in the page.
func eventSections(events []ldEvent, src, name string) []timeline.Section {
	if len(events) == 0 {
		return nil
	}
	loc := newLocator(src, name)
	from := 0
	at := func(raw string) timeline.Position {
		if j := strings.Index(src[from:], raw); j >= 0 && raw != "" {
			from += j + len(raw)
			return loc.pos(from - len(raw))
		}
		return timeline.Position{File: name}
	}
	first := at(events[0].raw)
	from = 0
	out := []timeline.Section{{Kind: timeline.Heading, Text: "Events", Pos: first, Level: 2}}
	for _, e := range events {
		out = append(out, timeline.Section{Kind: timeline.Body, Text: e.sentence(), Pos: at(e.raw)})
	}
	return out
}

// untold returns the events whose start the page's text does not name:
// an event's own page ("Saturday 14 March 2025, 7.30pm") or a listing
// whose dates the publication date resolves tells them itself, and its
// sentences are the better report; a listing that writes "Sat 14 Mar" on
// an undated page tells no day, and the data's events are all there is.
// A day the text names is told whatever it says of it.
func untold(events []ldEvent, secs []timeline.Section, pub timeline.Date) []ldEvent {
	if len(events) == 0 {
		return nil
	}
	told := make(map[timeline.Date]bool)
	tg := tempex.New(tempex.Options{Ref: pub, Mode: tempex.News})
	for _, s := range secs {
		for _, x := range tg.Tag(s.Text) {
			if x.Date.Prec > timeline.PrecisionNone {
				told[dayKey(x.Date)] = true
			}
		}
	}
	var out []ldEvent
	for _, e := range events {
		if !told[dayKey(e.start)] {
			out = append(out, e)
		}
	}
	return out
}

// dayKey is a date's day (or its period, when coarser), without its
// zone or modifier.
func dayKey(d timeline.Date) timeline.Date {
	d = d.DayOf()
	return timeline.Date{Prec: d.Prec, Year: d.Year, Half: d.Half, Quarter: d.Quarter, Season: d.Season, Month: d.Month, Week: d.Week, Day: d.Day}
}
