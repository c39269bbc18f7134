package sheet

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// Continuation rows. In a spreadsheet people carry a long note on to the
// next row, or put an event's second source under its first: a row with
// no date and nothing that heads an event, right under a row that made
// one, is more of that event, not an undated event of its own.
//
//	Date,Title,Notes,Source
//	2021-03-04,Bridge closed,Engineers saw a crack,Town notice
//	,,The works should take a month,
//	,,,Valley Courier
//
// is one event, its text two lines, its citations the Town notice and the
// Valley Courier. Such a row is reported (once a sheet, at the first), so
// that nothing is merged in silence. A row with a title (or a person, a
// type, an id, a group, a date of any kind, a placeholder such as "TBC"
// included) is a row of its own, dated or not. In a sheet without a title
// column a row's text is its headline: a row of text only continues the
// row above only when it visibly carries on, starting in lower case ("and
// its wheel ran for forty years") or under a text that breaks off ("...,
// with"). JSON objects are records of their own, whatever they hold; a
// JSON sheet of arrays of cells (Google Sheets' "values") is rows as a
// CSV sheet's are.

// continuable are the fields a continuation row may fill: what adds to
// an event without heading or dating one.
var continuable = [numFields]bool{fText: true, fSource: true, fURL: true, fTags: true, fActors: true,
	fMedia: true, fPlace: true, fSourceDate: true, fIgnored: true}

// continues reports whether rw continues the row whose events are held
// (see take).
func (b *eventBuilder) continues(rw *row) bool {
	t := b.t
	if len(b.held) == 0 || t.header == nil {
		// (a JSON object is a record of its own; a sheet's rows of
		// cells, CSV or JSON arrays, have a header)
		return false
	}
	if len(rw.cites) > 0 || rw.posObj != nil || rw.weak != nil || len(rw.local) > 0 {
		return false
	}
	for _, c := range append(rw.dates, rw.also...) {
		if strings.TrimSpace(c.text) != "" {
			return false
		}
	}
	some := false
	for f, c := range rw.cells {
		if c == nil || strings.TrimSpace(c.text) == "" {
			continue
		}
		if !continuable[f] {
			return false
		}
		some = true
	}
	ls := t.langs()
	for _, c := range rw.extra {
		if strings.TrimSpace(c.text) == "" {
			continue
		}
		// a second title or date column, a form's Timestamp: a row of its own
		if f, _ := columnField(normalizeName(c.column), ls); f == fTitle || dateField(f) || f == fEventDate || f == fPerson || f == fType {
			return false
		}
		some = true
	}
	if !some || t.has[fTitle] {
		return some
	}
	if t.leadName(rw) != "" {
		return false // "Trip, Date, Notes": the first column names the row
	}
	text := normalizeSpace(rw.get(fText))
	if text == "" {
		// cells of columns not read head a row in a sheet with no text
		// column ("station: Kew; max_c: 33.4")
		return t.has[fText]
	}
	return carriesOn(b.heldText, text)
}

// carriesOn reports whether text visibly continues the text above it:
// it starts in lower case, or with an ellipsis, or the text above ends
// mid-sentence (a comma, a colon, a dash, a word such as "with").
func carriesOn(above, text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsLower(r) || strings.HasPrefix(text, "...") || strings.HasPrefix(text, "…") {
		return true
	}
	above = strings.TrimSpace(above)
	if above == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(above)
	if strings.ContainsRune(",;:-–—…", last) || strings.HasSuffix(above, "...") {
		return true
	}
	w := above[strings.LastIndexFunc(above, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	return danglingWords[strings.ToLower(w)]
}

// danglingWords are the words no sentence ends with: a text that ends
// with one is cut short ("with two wheels and").
// ("Plan A", "sign-in" and "add-on" end as they should.)
var danglingWords = map[string]bool{"and": true, "or": true, "but": true, "with": true, "of": true, "the": true,
	"to": true, "from": true}

// take makes the events of a row, and returns those ready to be handed
// on: the events of a row are held until the next row says whether it
// continues them (see continues); flush returns the last.
func (b *eventBuilder) take(rw *row, errs *timeline.ErrorList) []timeline.Event {
	b.t.placeDates(rw)
	b.t.dropIndex(rw)
	if b.continues(rw) {
		more := b.t.event(rw, b.cp, errs)
		for i := range b.held {
			continueEvent(&b.held[i], &more)
		}
		if b.contN == 0 {
			b.contFirst, b.contUnder = rw.pos, b.heldRow.Line
		}
		b.contN++
		if t := normalizeSpace(rw.get(fText)); t != "" {
			b.heldText = t
		}
		return nil
	}
	out := b.held
	b.held = b.rowEvents(rw, errs)
	b.heldRow, b.heldText = rw.pos, normalizeSpace(rw.get(fText))
	return out
}

// flush returns the events still held, and reports the rows read as
// continuations.
func (b *eventBuilder) flush() []timeline.Event {
	out := b.held
	b.held = nil
	switch {
	case b.contN == 1:
		b.t.warnings.Add(timeline.Errorf(b.contFirst, "no date and no title: read as more of the event above it (line %d), its cells added to that event's text and sources", b.contUnder))
	case b.contN > 1:
		b.t.warnings.Add(timeline.Errorf(b.contFirst, "%d rows with no date and no title (the first here, under line %d) are read as more of the event above each, their cells added to its text and sources", b.contN, b.contUnder))
	}
	b.contN = 0
	return out
}

// continueEvent adds what a continuation row's event says to ev: its
// text on a line of its own, its citation (as ev's own when ev has none
// that names a source), its tags and actors, its media when ev has none.
func continueEvent(ev, more *timeline.Event) {
	switch {
	case more.Text == "":
	case ev.Text == "":
		ev.Text = more.Text
	default:
		ev.Text += "\n" + more.Text
	}
	for _, c := range more.Sources {
		if c.Outlet == "" && c.URL == "" {
			continue
		}
		if len(ev.Sources) > 0 && ev.Sources[0].Outlet == "" && ev.Sources[0].URL == "" {
			first := &ev.Sources[0]
			first.Outlet, first.URL = c.Outlet, c.URL
			if first.Date.IsZero() {
				first.Date = c.Date
			}
			continue
		}
		if last := &ev.Sources[len(ev.Sources)-1]; c.Outlet == "" && last.URL == "" {
			last.URL = c.URL // the address of the source above
			continue
		}
		if !slices.ContainsFunc(ev.Sources, func(s timeline.Citation) bool { return s.Outlet == c.Outlet && s.URL == c.URL }) {
			ev.Sources = append(ev.Sources, c)
		}
	}
	for _, s := range more.Tags {
		if !slices.Contains(ev.Tags, s) {
			ev.Tags = append(ev.Tags, s)
		}
	}
	for _, s := range more.Actors {
		if !slices.Contains(ev.Actors, s) {
			ev.Actors = append(ev.Actors, s)
		}
	}
	switch {
	case more.Media == "" || more.Media == ev.Media:
	case ev.Media == "":
		ev.Media = more.Media
	default:
		ev.Text = strings.TrimPrefix(ev.Text+"\nMedia: "+more.Media, "\n")
	}
}
