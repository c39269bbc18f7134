package html

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// The test inputs in testdata/*.json are chronologies written by hand, in
// a small JSON form that keeps dates as TIMEX3 values:
//
//	{"title": "...", "events": [{"id": "...", "start": "2017-07", "end": "", "mod": "APPROX",
//	  "end_mod": "", "date_text": "...", "title": "...", "text": "...", "group": "...",
//	  "sources": [{"outlet": "...", "title": "...", "url": "...", "date": "2017-12-13", "file": "..."}]}]}
type fileChronology struct {
	Title  string      `json:"title"`
	Events []fileEvent `json:"events"`
}

type fileEvent struct {
	ID       string       `json:"id"`
	Start    string       `json:"start"`
	End      string       `json:"end"`
	Mod      string       `json:"mod"`
	EndMod   string       `json:"end_mod"`
	DateText string       `json:"date_text"`
	Title    string       `json:"title"`
	Text     string       `json:"text"`
	Group    string       `json:"group"`
	Sources  []fileSource `json:"sources"`
}

type fileSource struct {
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Date   string `json:"date"`
	File   string `json:"file"`
}

func loadChronology(path string) (*timeline.Chronology, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f fileChronology
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c := &timeline.Chronology{Title: f.Title}
	for k, fe := range f.Events {
		where := fmt.Sprintf("%s: event %d", path, k+1)
		var ev timeline.Event
		if ev.Span.Start, err = parseDate(fe.Start, fe.Mod); err != nil {
			return nil, fmt.Errorf("%s: start: %w", where, err)
		}
		if fe.End != "" {
			if ev.Span.End, err = parseDate(fe.End, fe.EndMod); err != nil {
				return nil, fmt.Errorf("%s: end: %w", where, err)
			}
		}
		ev.DateText, ev.Title, ev.Text, ev.Group = fe.DateText, fe.Title, fe.Text, fe.Group
		for _, s := range fe.Sources {
			cit := timeline.Citation{Outlet: s.Outlet, Title: s.Title, URL: s.URL, File: s.File}
			if s.Date != "" {
				if cit.Date, err = timeline.ParseDate(s.Date); err != nil {
					return nil, fmt.Errorf("%s: source date: %w", where, err)
				}
			}
			ev.Sources = append(ev.Sources, cit)
		}
		ev.ID = fe.ID
		if ev.ID == "" {
			ev.ID = timeline.MakeID(ev.Source().Name(), ev.Span, ev.DateText, ev.Text)
		}
		c.Events = append(c.Events, ev)
	}
	return c, nil
}

func parseDate(v, mod string) (timeline.Date, error) {
	d, err := timeline.ParseDate(v)
	if err != nil {
		return d, err
	}
	d.Mod, err = timeline.ParseMod(mod)
	return d, err
}

// loadSheet reads an events.csv in the columns of the contract (id, start,
// end, precision, date_text, title, text, source, source_url, source_date,
// group), so that the examples' sheets can be rendered here without
// importing a reader.
func loadSheet(path string) (*timeline.Chronology, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: empty sheet", path)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	get := func(r []string, name string) string {
		if i, ok := col[name]; ok && i < len(r) {
			return r[i]
		}
		return ""
	}
	c := &timeline.Chronology{Title: strings.TrimSuffix(filepath.Base(filepath.Dir(path)), "/")}
	for n, r := range recs[1:] {
		var ev timeline.Event
		where := fmt.Sprintf("%s:%d", path, n+2)
		if ev.Span.Start, err = timeline.ParseDate(get(r, "start")); err != nil {
			return nil, fmt.Errorf("%s: start: %w", where, err)
		}
		if e := get(r, "end"); e != "" {
			if ev.Span.End, err = timeline.ParseDate(e); err != nil {
				return nil, fmt.Errorf("%s: end: %w", where, err)
			}
		}
		cit := timeline.Citation{Outlet: get(r, "source"), URL: get(r, "source_url")}
		if d := get(r, "source_date"); d != "" {
			if cit.Date, err = timeline.ParseDate(d); err != nil {
				return nil, fmt.Errorf("%s: source_date: %w", where, err)
			}
		}
		ev.ID, ev.DateText, ev.Title, ev.Text, ev.Group = get(r, "id"), get(r, "date_text"), get(r, "title"), get(r, "text"), get(r, "group")
		ev.Sources = []timeline.Citation{cit}
		c.Events = append(c.Events, ev)
	}
	return c, nil
}

// load reads a test input by its extension.
func load(path string) (*timeline.Chronology, error) {
	if strings.HasSuffix(path, ".csv") {
		return loadSheet(path)
	}
	return loadChronology(path)
}
