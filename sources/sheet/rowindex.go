package sheet

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// Row numbers. A data frame writes its index as a first column with no
// name (pandas: "", "Unnamed: 0"), and people number their rows in a "#"
// or "No." column: 0, 1, 2, ... or 1, 2, 3, ... Such a column says where
// a row stands, which the event's position says already, and nothing of
// the event: it is left out of the text, and said once.

// indexNames are the names of a column that numbers a sheet's rows (as
// normalizeName folds them), "Column N" the name an unnamed one is kept
// under.
var indexNames = map[string]bool{
	"#": true, "no": true, "no.": true, "nr": true, "nr.": true, "row": true, "index": true,
	"idx": true, "unnamed: 0": true, "n": true, "n°": true, "no°": true,
}

// settleIndex finds a column of row numbers among the columns kept in
// the text (see above): named as one (indexNames) or not named, a cell in
// every row, and the numbers counting up by one from 0 or 1.
func (t *table) settleIndex() {
	if len(t.rows) < 2 {
		return
	}
	var name string
	var first *cell
	for i := range t.rows {
		c := indexCell(&t.rows[i], name)
		if c == nil {
			return
		}
		if i == 0 {
			name, first = c.column, c
			n := normalizeName(name)
			if !indexNames[n] && !strings.HasPrefix(n, "column ") {
				return
			}
			if v := strings.TrimSpace(c.text); v != "0" && v != "1" {
				return
			}
		}
		prev, _ := strconv.Atoi(strings.TrimSpace(first.text))
		if v, err := strconv.Atoi(strings.TrimSpace(c.text)); err != nil || v != prev+i {
			return
		}
	}
	t.indexColumn = name
	// said instead of "not recognised; kept in the event text"
	kept := []string{fmt.Sprintf("column %q not recognised", name)}
	if n, ok := strings.CutPrefix(name, "Column "); ok {
		kept = append(kept, "column "+n+" has no name")
	}
	t.warnings = slices.DeleteFunc(t.warnings, func(w error) bool {
		var te *timeline.Error
		return errors.As(w, &te) && te.Pos.Line < first.pos.Line && slices.ContainsFunc(kept, func(k string) bool { return strings.HasPrefix(te.Err.Error(), k) })
	})
	v := atoi(strings.TrimSpace(first.text))
	t.warnings.Add(timeline.Errorf(first.pos, "column %q numbers the rows (%d, %d, %d, ...); left out of the event text", name, v, v+1, v+2))
}

// indexCell is the first cell kept in a row's text (of column name, when
// it is not ""), or nil.
func indexCell(rw *row, name string) *cell {
	for _, c := range rw.extra {
		if name == "" || c.column == name {
			return c
		}
	}
	return nil
}

// dropIndex takes the cell of the sheet's row numbers (see settleIndex)
// out of a row's text.
func (t *table) dropIndex(rw *row) {
	if t.indexColumn == "" {
		return
	}
	rw.extra = slices.DeleteFunc(rw.extra, func(c *cell) bool { return c.column == t.indexColumn })
}
