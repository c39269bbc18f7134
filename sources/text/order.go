package text

import (
	"fmt"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// OrderWarning returns a warning at the first numeric date of doc that
// reads as two different days ("03/04/2024": 3 April or 4 March) when
// the document does not show one order plainly: nothing shows it (no
// numeric date that only one order can read, no date written out with
// its month's name), and such dates are read month first, the tagger's
// default; or it writes dates in both orders, and the more frequent reads
// them. The warning says how they were read and how to choose. It returns
// nil when every numeric date is plain or the document shows one order.
// Call it only when the user has not chosen an order.
func OrderWarning(doc *timeline.Document) *timeline.Error {
	var at timeline.Position
	var date string
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if st, en, ok := tempex.FirstAmbiguous(s.Text); ok {
			at, date = s.PosAt(st), s.Text[st:en]
			if at.File == "" {
				at.File = doc.Name
			}
			break
		}
	}
	if date == "" {
		return nil
	}
	day, month := 0, 0
	for i := range doc.Sections {
		d, m := tempex.DayOrder(doc.Sections[i].Text)
		day, month = day+d, month+m
	}
	switch {
	case day > 0 && month > 0:
		// "25/03/2024" and "3/20/2024" in one text: the more frequent
		// order reads the others, and the reader should know
		order := "month first"
		if day > month {
			order = "day first"
		}
		return &timeline.Error{Pos: at, Err: fmt.Errorf("%s could be day/month or month/day, and the document writes %d dates day first and %d month first; numeric dates are read %s (use --day-first or --month-first to choose)", date, day, month, order)}
	case day > 0 || month > 0:
		return nil
	}
	for i := range doc.Sections {
		if d, m := tempex.WrittenOrder(doc.Sections[i].Text); d+m > 0 {
			return nil
		}
	}
	return &timeline.Error{Pos: at, Err: fmt.Errorf("%s could be day/month or month/day and nothing else in the document tells which; numeric dates are read month first (use --day-first or --month-first to choose)", date)}
}

// ChosenOrderWarning returns a warning at the first numeric date of doc
// that reads as two different days when the order the user chose
// (dayFirst, or month first) is contradicted by the document itself: it
// writes dates that only the other order can read ("13/06/2023" under
// --month-first). Such dates are still read the only way they can be; the
// ambiguous ones follow the choice, and the reader should know. It returns
// nil when no date is ambiguous or nothing contradicts the choice.
func ChosenOrderWarning(doc *timeline.Document, dayFirst bool) *timeline.Error {
	day, month := 0, 0
	for i := range doc.Sections {
		d, m := tempex.DayOrder(doc.Sections[i].Text)
		day, month = day+d, month+m
	}
	against, chosen, other := day, "month first (--month-first)", "day first"
	if dayFirst {
		against, chosen, other = month, "day first (--day-first)", "month first"
	}
	if against == 0 {
		return nil
	}
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if st, en, ok := tempex.FirstAmbiguous(s.Text); ok {
			at := s.PosAt(st)
			if at.File == "" {
				at.File = doc.Name
			}
			dates := "dates"
			if against == 1 {
				dates = "date"
			}
			return &timeline.Error{Pos: at, Err: fmt.Errorf("%s is read %s as asked, but the document writes %d %s that can only be read %s; check the order", s.Text[st:en], chosen, against, dates, other)}
		}
	}
	return nil
}
