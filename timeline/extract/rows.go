package extract

import (
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// RowEvents returns the events that the text of an undated row of an event
// sheet tells, read against the date its source was published: a news
// feed's item ({"published": "2025-10-21T07:45:00Z", "headline": "Port
// strike called off", "body": "Dock workers called off a strike on
// Monday."}) gives "Dock workers called off a strike" on 20 October 2025.
// Each event keeps the row's source, group, tags and actors and is placed
// at the row. It returns nil when the row has a date of its own, no text,
// no source date, or a text that dates nothing: the row then stays as it
// is, undated.
func RowEvents(row timeline.Event, opt Options) []timeline.Event {
	if !row.Span.Start.IsZero() || strings.TrimSpace(row.Text) == "" || len(row.Sources) == 0 {
		return nil
	}
	cit := row.Sources[0]
	if cit.Date.IsZero() || cit.Date.IsVague() || cit.Date.Prec < timeline.Day {
		return nil
	}
	if cit.Title == "" {
		cit.Title = row.Title
	}
	doc := &timeline.Document{Name: row.Pos.File, Title: row.Title, Sections: []timeline.Section{{
		Kind: timeline.Body, Heading: row.Title, Text: row.Text, Pos: row.Pos, Citation: cit, RefFrom: "metadata",
	}}}
	opt.ShowPublications = false
	evs := Events(doc, opt)
	out := evs[:0]
	for _, e := range evs {
		if e.IsVague() {
			continue // "recently", of no day: the row says more as it is
		}
		e.Sources = append([]timeline.Citation(nil), row.Sources...)
		e.Group = row.Group
		e.Tags = append(e.Tags, row.Tags...)
		for _, a := range row.Actors {
			if !containsFold(e.Actors, a) {
				e.Actors = append(e.Actors, a)
			}
		}
		e.Pos = row.Pos
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// RowTitle makes a title for a sheet's row that has a text and no title
// (a docket's "Docket Text", a log's entry): its first sentence, as a
// headline, at most 80 characters long.
func RowTitle(text string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	first := text
	if ss := Sentences(text); len(ss) > 0 {
		first = text[ss[0].Start:ss[0].End]
	}
	t := finish(first)
	if t == "" {
		t = strings.TrimRight(first, ". ")
	}
	if r := []rune(t); len(r) > 80 {
		cut := string(r[:80])
		if i := strings.LastIndexByte(cut, ' '); i > 40 {
			cut = cut[:i]
		}
		t = strings.TrimRight(cut, " ,;:") + "…"
	}
	return t
}
