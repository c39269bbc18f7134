package text

import (
	"fmt"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// OrderWarning returns a warning at the first numeric date of doc that
// reads as two different days ("03/04/2024": 3 April or 4 March) when
// nothing in the document shows the order it writes them in: no numeric
// date that only one order can read and no date written out with its
// month's name. Such dates are read month first, the tagger's default;
// the warning says so and how to choose. It returns nil when every
// numeric date is plain or the document shows its order. Call it only
// when the user has not chosen an order.
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
	for i := range doc.Sections {
		if d, m := tempex.DayOrder(doc.Sections[i].Text); d+m > 0 {
			return nil
		}
		if d, m := tempex.WrittenOrder(doc.Sections[i].Text); d+m > 0 {
			return nil
		}
	}
	return &timeline.Error{Pos: at, Err: fmt.Errorf("%s could be day/month or month/day and nothing else in the document tells which; numeric dates are read month first (use --day-first or --month-first to choose)", date)}
}
