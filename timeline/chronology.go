package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// Chronology is an ordered list of events.
type Chronology struct {
	Title  string
	Events []Event
}

// CompareEvents is the chronology's total order: by span (see CompareSpans
// and Compare), then by primary source name, then by position in that
// source, then by id.
func CompareEvents(a, b *Event) int {
	if c := CompareSpans(a.Span, b.Span); c != 0 {
		return c
	}
	if c := strings.Compare(a.Source().Name(), b.Source().Name()); c != 0 {
		return c
	}
	if c := cmpInt(a.Pos.Offset, b.Pos.Offset); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// Sort puts the events in chronological order (CompareEvents).
func (c *Chronology) Sort() {
	slices.SortStableFunc(c.Events, func(a, b Event) int { return CompareEvents(&a, &b) })
}

// Dated returns the events placed on the axis (not vague, with a date).
func (c *Chronology) Dated() []Event {
	var out []Event
	for _, e := range c.Events {
		if e.Span.Start.Prec != PrecisionNone {
			out = append(out, e)
		}
	}
	return out
}

// MakeID returns a stable identifier for an event: the same source, date
// value, date text and sentence give the same id across runs, whatever else
// the document holds. It is 12 hex digits.
func MakeID(source string, span Span, dateText, text string) string {
	h := sha256.New()
	for _, part := range []string{source, span.Start.String(), span.End.String(), dateText, strings.Join(strings.Fields(text), " ")} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}
