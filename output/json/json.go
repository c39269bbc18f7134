// Package json writes a chronology as JSON, for programs: one document
// (format json) or one event a line (format jsonl, JSON Lines).
//
// # Format
//
// The json form is one object, indented by two spaces:
//
//	{
//	  "title": "China's \"Physicals for All\" Program in Xinjiang",
//	  "events": [
//	    {
//	      "id": "a1b2c3d4e5f6",
//	      "start": "2017-07",
//	      "precision": "month",
//	      "date_text": "July 2017",
//	      "title": "Biometric collection begins",
//	      "text": "Beginning in July 2017, ...",
//	      "sources": [
//	        {"name": "The Himalayan Times", "title": "...", "outlet": "The Himalayan Times",
//	         "url": "https://...", "date": "2017-12-13", "file": "seed.txt"}
//	      ],
//	      "group": "The Himalayan Times",
//	      "actors": ["Xinjiang authorities"],
//	      "position": {"file": "seed.txt", "line": 7, "col": 1, "offset": 410}
//	    }
//	  ]
//	}
//
// The jsonl form writes the same event objects, compact, one a line, with
// no title and no enclosing object; each line ends with "\n".
//
// An event's members, always in this order (Event), named as the columns
// of events.csv where they overlap:
//
//	id         string  the stable event id
//	start      string  TIMEX3 value at native precision (2017-07, BC0044, 199, 2017-W50, ...),
//	                   or PAST_REF, PRESENT_REF, FUTURE_REF for a vague reference; "" for no date;
//	                   a time of day without its zone (2017-12-13T15:00; see zone)
//	end        string  the end of a range, same form; left out for a point or single period
//	precision  string  millennium ... second; left out for a vague reference
//	mod        string  TIMEX3 mod of start (APPROX, BEFORE, START, ...); left out when none
//	end_mod    string  TIMEX3 mod of end; left out when none
//	zone       string  the UTC offset of start's time of day ("-05:00", "+05:30", "Z"), and of
//	                   end's after a slash when it differs ("-05:00/+01:00"), as the zone column
//	                   of events.csv (timeline.FormatZones); left out when none
//	vague      bool    true for a vague reference; left out otherwise
//	date_text  string  the expression as written ("" when the date is the source's own)
//	title      string  the headline
//	text       string  the sentence, verbatim
//	sources    array   every citation, primary first (never null): name (timeline.Citation.Name,
//	                   always present), then title, outlet, url, date (TIMEX3 at the citation's
//	                   own precision, e.g. 2017-12-13 or 2017-12-13T09:30Z) and file, each left
//	                   out when empty
//	group      string  the lane: the event's group, else its primary source's name
//	actors     array   of strings; left out when empty
//	tags       array   of strings; left out when empty
//	media      string  an image or media URL; left out when empty
//	position   object  file, line, col (1-based, bytes) and offset (bytes) of the sentence in the
//	                   primary source; left out when unknown
//
// Members left out read as their zero value. Strings are UTF-8 (invalid
// bytes become U+FFFD) with <, > and & escaped as \u003c, \u003e and
// \u0026, so the output is safe to embed in an HTML <script>.
// Reading an event back gives the timeline.Event that was written, except
// that an empty group comes back as the group it stands for. The event-sheet
// reader (sources/sheet) reads both forms so, and the title as the
// chronology's: `chronicle render` and `chronicle extract` take a .json
// or .jsonl file (JSON Lines is also known by its content), and give the
// events the same file written as events.csv gives.
package json

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/chronicle-project/chronicle/timeline"
)

// Document is the json form: a title and the events.
type Document struct {
	Title  string  `json:"title"`
	Events []Event `json:"events"`
}

// Event is one event as written (see the package documentation).
type Event struct {
	ID        string    `json:"id"`
	Start     string    `json:"start"`
	End       string    `json:"end,omitempty"`
	Precision string    `json:"precision,omitempty"`
	Mod       string    `json:"mod,omitempty"`
	EndMod    string    `json:"end_mod,omitempty"`
	Zone      string    `json:"zone,omitempty"`
	Vague     bool      `json:"vague,omitempty"`
	DateText  string    `json:"date_text"`
	Title     string    `json:"title"`
	Text      string    `json:"text"`
	Sources   []Source  `json:"sources"`
	Group     string    `json:"group"`
	Actors    []string  `json:"actors,omitempty"`
	Tags      []string  `json:"tags,omitempty"`
	Media     string    `json:"media,omitempty"`
	Position  *Position `json:"position,omitempty"`
}

// Source is one citation.
type Source struct {
	Name   string `json:"name"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
	File   string `json:"file,omitempty"`
}

// Position is where the sentence stands in its primary source.
type Position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Offset int    `json:"offset"`
}

// FromEvent returns the JSON form of e.
func FromEvent(e *timeline.Event) Event {
	out := Event{
		ID:        e.ID,
		Start:     e.Span.Start.WithoutZone().String(),
		End:       e.Span.End.WithoutZone().String(),
		Precision: e.Span.Start.Prec.String(),
		Mod:       e.Span.Start.Mod.String(),
		EndMod:    e.Span.End.Mod.String(),
		Zone:      timeline.FormatZones(e.Span),
		Vague:     e.IsVague(),
		DateText:  e.DateText,
		Title:     e.Title,
		Text:      e.Text,
		Sources:   make([]Source, len(e.Sources)),
		Group:     e.GroupName(),
		Actors:    e.Actors,
		Tags:      e.Tags,
		Media:     e.Media,
	}
	for i, c := range e.Sources {
		out.Sources[i] = Source{Name: c.Name(), Title: c.Title, Outlet: c.Outlet, URL: c.URL, Date: c.Date.String(), File: c.File}
	}
	if e.Pos != (timeline.Position{}) {
		out.Position = &Position{File: e.Pos.File, Line: e.Pos.Line, Col: e.Pos.Col, Offset: e.Pos.Offset}
	}
	return out
}

// Options configure a Writer.
type Options struct {
	// Lines writes JSON Lines (format jsonl): one compact event object a
	// line, no title, no enclosing object.
	Lines bool
}

// Writer writes events as JSON.
type Writer struct {
	w     io.Writer
	title string
	opt   Options
	n     int // events written
	buf   bytes.Buffer
	enc   *json.Encoder
	err   error
}

// NewWriter returns a Writer that writes to w. The title is the
// chronology's (unused for JSON Lines). The opening of the document is
// written with the first event, or by Close when there is none.
func NewWriter(w io.Writer, title string, opt Options) *Writer {
	jw := &Writer{w: w, title: title, opt: opt}
	jw.enc = json.NewEncoder(&jw.buf)
	if !opt.Lines {
		jw.enc.SetIndent("    ", "  ")
	}
	return jw
}

func (w *Writer) flush() error {
	if w.err == nil {
		_, w.err = w.w.Write(w.buf.Bytes())
	}
	w.buf.Reset()
	return w.err
}

func (w *Writer) open() {
	w.buf.WriteString("{\n  \"title\": ")
	// A string always encodes; the error is from w.buf, which has none.
	t, _ := json.Marshal(w.title)
	w.buf.Write(t)
	w.buf.WriteString(",\n  \"events\": [")
}

// Write writes one event.
func (w *Writer) Write(e *timeline.Event) error {
	if w.err != nil {
		return w.err
	}
	if !w.opt.Lines {
		if w.n == 0 {
			w.open()
		} else {
			w.buf.WriteByte(',')
		}
		w.buf.WriteString("\n    ")
	}
	w.n++
	if err := w.enc.Encode(FromEvent(e)); err != nil {
		w.err = err
		return err
	}
	if !w.opt.Lines {
		w.buf.Truncate(w.buf.Len() - 1) // Encode's newline: the comma goes after the object
	}
	return w.flush()
}

// Close finishes the document. It does not close the underlying writer.
func (w *Writer) Close() error {
	if w.err != nil || w.opt.Lines {
		return w.err
	}
	if w.n == 0 {
		w.open()
		w.buf.WriteString("]\n}\n")
	} else {
		w.buf.WriteString("\n  ]\n}\n")
	}
	return w.flush()
}

// Write writes the chronology, in its order.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	jw := NewWriter(w, c.Title, opt)
	for i := range c.Events {
		if err := jw.Write(&c.Events[i]); err != nil {
			return err
		}
	}
	return jw.Close()
}
