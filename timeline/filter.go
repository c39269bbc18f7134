package timeline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Filter selects and groups the events of a chronology (the --from, --to,
// --grep, --min-precision and --group-by flags).
type Filter struct {
	// From and To keep the events whose period overlaps [From, To]: an
	// event of July 2017 is kept by From 2017-07-15, and one of 2017 by
	// To 2017-03. Either may be the zero Date (no bound). When either is
	// set, vague events (which have no place on the axis) are left out.
	From, To Date
	// Grep keeps the events whose title, text, date text, sources or
	// actors match: a case-insensitive regular expression, or, if Grep is
	// not a valid one, a case-insensitive substring.
	Grep string
	// MinPrecision keeps the events dated at least that finely
	// (MinPrecision Month keeps months, weeks, days ...; not years).
	// Vague events have no precision and are left out when it is set.
	MinPrecision Precision
	// GroupBy sets each event's lane: "source" (the primary source's
	// name), "actor" (the first actor, or NoActor), "none" (one lane,
	// AllEvents), "default" (the group the event has, such as an event
	// sheet's group column gives, else the source), or "" to keep the
	// groups as they are.
	GroupBy string
}

// The lane names GroupBy gives when there is nothing else to go by.
const (
	NoActor   = "(no actor)"
	AllEvents = "all events"
)

// GroupBy values.
var groupings = []string{"", "source", "actor", "none", "default"}

// Apply returns a new chronology with the events f selects, grouped as f
// says, in chronological order. The receiver is not changed. It fails on
// an unknown GroupBy or a From later than To.
func (c *Chronology) Apply(f Filter) (*Chronology, error) {
	if !slices.Contains(groupings, f.GroupBy) {
		return nil, fmt.Errorf("unknown grouping %q (want source, actor or none)", f.GroupBy)
	}
	var from, to time.Time
	if f.From.IsVague() || f.To.IsVague() {
		return nil, fmt.Errorf("a vague reference cannot bound a period")
	}
	if !f.From.IsZero() {
		from = f.From.Start()
	}
	if !f.To.IsZero() {
		to = f.To.End()
	}
	if !f.From.IsZero() && !f.To.IsZero() && !from.Before(to) {
		return nil, fmt.Errorf("--from %s is after --to %s", f.From, f.To)
	}
	match := func(string) bool { return true }
	if f.Grep != "" {
		if re, err := regexp.Compile("(?i)" + f.Grep); err == nil {
			match = re.MatchString
		} else {
			needle := strings.ToLower(f.Grep)
			match = func(s string) bool { return strings.Contains(strings.ToLower(s), needle) }
		}
	}
	out := &Chronology{Title: c.Title}
	for _, e := range c.Events {
		if !f.From.IsZero() || !f.To.IsZero() {
			if e.Span.Start.Prec == PrecisionNone {
				continue
			}
			start, end := e.Span.Start.Bounds()
			if e.Span.IsRange() && e.Span.End.Prec != PrecisionNone {
				end = e.Span.End.End()
			}
			if !from.IsZero() && !end.After(from) {
				continue
			}
			if !to.IsZero() && !start.Before(to) {
				continue
			}
		}
		if f.MinPrecision != PrecisionNone && e.Span.Start.Prec < f.MinPrecision {
			continue
		}
		if f.Grep != "" && !eventMatches(&e, match) {
			continue
		}
		e.Sources = slices.Clone(e.Sources)
		e.Actors = slices.Clone(e.Actors)
		e.Tags = slices.Clone(e.Tags)
		switch f.GroupBy {
		case "source":
			e.Group = e.Source().Name()
		case "default":
			if e.Group == "" {
				e.Group = e.Source().Name()
			}
		case "actor":
			e.Group = NoActor
			if len(e.Actors) > 0 {
				e.Group = e.Actors[0]
			}
		case "none":
			e.Group = AllEvents
		}
		out.Events = append(out.Events, e)
	}
	out.Sort()
	return out, nil
}

func eventMatches(e *Event, match func(string) bool) bool {
	if match(e.Title) || match(e.Text) || match(e.DateText) {
		return true
	}
	for _, s := range e.Sources {
		if match(s.Name()) || match(s.Title) {
			return true
		}
	}
	for _, a := range e.Actors {
		if match(a) {
			return true
		}
	}
	return false
}
