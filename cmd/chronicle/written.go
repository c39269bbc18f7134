package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
)

// writtenFile, kept in an output folder beside stateFile, records the
// events of every sheet chronicle wrote there: each event's id and its
// key (see eventKey). When a person gives such a sheet back with the
// documents, a row they deleted from it is told apart from an event the
// documents gained since: the first was written and is gone, the second
// was never written. Without the record (a sheet copied elsewhere) every
// event of the documents is kept, as before.
const writtenFile = ".chronicle-events.json"

// eventKey names an event by what the person reading the sheet sees of
// its source (the file's name, not the path it was given by), its date
// text and its sentence. Its id also holds the path and the date, so it
// changes when the documents are given from another folder or the person
// corrects the date; the key does not.
func eventKey(ev *timeline.Event) string {
	return timeline.MakeID(filepath.Base(ev.Source().Name()), timeline.Span{}, ev.DateText, ev.Text)
}

// readWritten returns, for each file name in dir, the events chronicle
// wrote there as "id key" pairs. A damaged record reads as no record.
func readWritten(dir string) map[string][][2]string {
	rec := map[string][][2]string{}
	if b, err := os.ReadFile(filepath.Join(dir, writtenFile)); err == nil {
		if json.Unmarshal(b, &rec) != nil {
			return map[string][][2]string{}
		}
	}
	return rec
}

func writeWritten(dir string, rec map[string][][2]string) error {
	return writeObject(filepath.Join(dir, writtenFile), rec, func(pairs [][2]string) string {
		var b strings.Builder
		b.WriteByte('[')
		for j, p := range pairs {
			if j > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "\n    [%q, %q]", p[0], p[1])
		}
		if len(pairs) > 0 {
			b.WriteString("\n  ")
		}
		b.WriteByte(']')
		return b.String()
	})
}

// recordWritten notes the events of the sheet just written to path.
func recordWritten(path string, evs []timeline.Event) error {
	dir := filepath.Dir(path)
	rec := readWritten(dir)
	pairs := make([][2]string, len(evs))
	for i := range evs {
		pairs[i] = [2]string{evs[i].ID, eventKey(&evs[i])}
	}
	rec[filepath.Base(path)] = pairs
	return writeWritten(dir, rec)
}

// moveWritten carries the record of a sheet a person edited over to the
// name their version is kept under.
func moveWritten(dir, from, to string) error {
	rec := readWritten(dir)
	pairs, ok := rec[from]
	if !ok {
		return nil
	}
	delete(rec, from)
	rec[to] = pairs
	return writeWritten(dir, rec)
}

// corrections are the rows of chronicle's own sheets given back among the
// inputs (the sheets that give ids), and what chronicle had written in
// those sheets.
type corrections struct {
	ids, keys               map[string]bool // of the rows given back
	writtenIDs, writtenKeys map[string]bool // of what chronicle wrote in those sheets
	sheets                  []string        // the names of those sheets
}

func newCorrections(inputs []sources.Input, rows []timeline.Event, given []bool) *corrections {
	c := &corrections{ids: map[string]bool{}, keys: map[string]bool{}, writtenIDs: map[string]bool{}, writtenKeys: map[string]bool{}}
	recorded := map[string]bool{} // the sheets given back beside a record of what chronicle wrote there
	for _, in := range inputs {
		if in.Format != sources.Sheet || in.Name == "" || in.Name == "-" {
			continue
		}
		pairs, ok := readWritten(filepath.Dir(in.Name))[filepath.Base(in.Name)]
		if !ok {
			continue
		}
		c.sheets = append(c.sheets, in.Name)
		recorded[in.Name] = true
		for _, p := range pairs {
			c.writtenIDs[p[0]] = true
			c.writtenKeys[p[1]] = true
		}
	}
	for i := range rows {
		if rows[i].ID != "" && given[i] {
			c.ids[rows[i].ID] = true
			c.keys[eventKey(&rows[i])] = true
			continue
		}
		// A row of a sheet chronicle wrote is there whether or not the
		// sheet kept its id column: a person who took the column out
		// deleted no row.
		at := rows[i].Row.File
		if at == "" {
			at = rows[i].Pos.File
		}
		if recorded[at] {
			c.keys[eventKey(&rows[i])] = true
		}
	}
	return c
}

// deleted reports whether a person deleted ev from a sheet chronicle had
// written: it was written there, and no row given back is it.
func (c *corrections) deleted(ev *timeline.Event) bool {
	if len(c.writtenIDs) == 0 {
		return false
	}
	key := eventKey(ev)
	if c.ids[ev.ID] || c.keys[key] {
		return false
	}
	return c.writtenIDs[ev.ID] || c.writtenKeys[key]
}

// drop removes from c's first n events (those drawn from the documents)
// the ones a person deleted, except those a row replaced, and says how
// many it removed.
func (fx *corrections) drop(c *timeline.Chronology, n int, replaced map[int]bool) int {
	kept := c.Events[:0]
	dropped := 0
	for i, ev := range c.Events {
		if i < n && !replaced[i] && fx.deleted(&c.Events[i]) {
			dropped++
			continue
		}
		kept = append(kept, ev)
	}
	c.Events = kept
	return dropped
}

// sheetRows returns the rows of the sheets among the inputs with each id
// once, and for each whether its sheet gives ids. Where two sheets give one id (a sheet of events, and a person's
// corrected events.csv that holds its rows), the row of a sheet that
// gives ids in a column wins over one whose id chronicle made, and a later
// such sheet over an earlier one. The row keeps the first one's place.
func sheetRows(inputs []sources.Input, rows []timeline.Event) ([]timeline.Event, []bool) {
	rank := make([]int, len(rows))
	n := 0
	for _, in := range inputs {
		if in.Format == sources.Sheet {
			n += in.Events
		}
	}
	if n == len(rows) { // (else the ranks stay 0: the later row wins)
		k := 0
		for _, in := range inputs {
			if in.Format != sources.Sheet {
				continue
			}
			for j := 0; j < in.Events; j++ {
				if in.IDs {
					rank[k] = 1
				}
				k++
			}
		}
	}
	at := make(map[string]int, len(rows))
	out := make([]timeline.Event, 0, len(rows))
	outRank := make([]int, 0, len(rows))
	for i := range rows {
		id := rows[i].ID
		if j, dup := at[id]; dup && id != "" {
			if rank[i] >= outRank[j] {
				out[j], outRank[j] = rows[i], rank[i]
			}
			continue
		}
		at[id] = len(out)
		out = append(out, rows[i])
		outRank = append(outRank, rank[i])
	}
	given := make([]bool, len(out))
	for i, r := range outRank {
		given[i] = r > 0
	}
	return out, given
}

// noteUndatedRows says on stderr, once a sheet, how many of its rows give
// no date: they are kept (in events.csv, undated, for a person to date),
// but no timeline can place them.
func noteUndatedRows(s streams, rows []timeline.Event) {
	type tally struct {
		n     int
		first timeline.Position
	}
	by := map[string]*tally{}
	var order []string
	for i := range rows {
		ev := &rows[i]
		at := ev.Row // the row in the sheet read (an events.csv's position column names the document it came from)
		if at.File == "" {
			at = ev.Pos
		}
		if !ev.Span.Start.IsZero() || ev.Span.Start.IsVague() || at.File == "" {
			continue
		}
		t := by[at.File]
		if t == nil {
			t = &tally{first: at}
			by[at.File] = t
			order = append(order, at.File)
		}
		t.n++
	}
	for _, f := range order {
		t := by[f]
		what := "1 row gives no date; it is"
		if t.n > 1 {
			what = fmt.Sprintf("%d rows give no date (the first here); they are", t.n)
		}
		fmt.Fprintf(s.Err, "%s:%d:%d: %s kept undated in the events, and no timeline can place them\n", f, t.first.Line, t.first.Col, what)
	}
}
