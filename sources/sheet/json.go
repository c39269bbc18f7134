package sheet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// maxJSONDepth bounds the nesting of a JSON sheet (each level costs the
// decoder a little stack and memory).
const maxJSONDepth = 32

// jsonReader walks a JSON sheet token by token, so that every value keeps
// its position.
type jsonReader struct {
	text  string
	name  string
	dec   *json.Decoder
	lines []int // offsets at which lines start
	t     *table
	errs  timeline.ErrorList
	// dupWarned are the keys already reported as a second key for a field.
	dupWarned []string
}

// readJSON reads an array of event objects, an object holding one in
// "events" (as TimelineJS does, with "title" and "eras"), or, for
// TimelineJS, nested start_date/end_date/text/media objects.
func readJSON(text, name string) (*table, error) {
	jr := &jsonReader{text: text, name: name, dec: json.NewDecoder(strings.NewReader(text))}
	jr.dec.UseNumber()
	jr.lines = append(jr.lines, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			jr.lines = append(jr.lines, i+1)
		}
	}
	jr.t = &table{name: name, format: "json"}
	err := jr.top()
	if err != nil {
		jr.errs.Add(err)
	}
	if len(jr.t.rows) == 0 && err != nil {
		return nil, jr.errs.Err()
	}
	return jr.t, jr.errs.Err()
}

// pos returns the position of a byte offset.
func (jr *jsonReader) pos(off int) timeline.Position {
	i := sort.Search(len(jr.lines), func(i int) bool { return jr.lines[i] > off }) - 1
	return timeline.Position{File: jr.name, Offset: off, Line: i + 1, Col: off - jr.lines[i] + 1}
}

// valueStart skips white space, ':' and ',' from off to where the next
// value starts.
func (jr *jsonReader) valueStart(off int) int {
	for off < len(jr.text) {
		switch jr.text[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

func (jr *jsonReader) syntax(err error) error {
	off := int(jr.dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = errors.New("unexpected end of JSON")
		off = len(jr.text)
	}
	return &timeline.Error{Pos: jr.pos(off), Err: err}
}

func (jr *jsonReader) top() error {
	start := jr.valueStart(0)
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	switch tok {
	case json.Delim('['):
		return jr.eventArray(start, "")
	case json.Delim('{'):
	default:
		return timeline.Errorf(jr.pos(start), "%w: JSON must be an array of events or an object with \"events\"", ErrNotSheet)
	}
	found := false
	for jr.dec.More() {
		keyTok, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		key, _ := keyTok.(string)
		vstart := jr.valueStart(int(jr.dec.InputOffset()))
		switch normalizeName(key) {
		case "events", "items", "rows", "data", "timeline", "entries":
			// "events" (TimelineJS, ours), or the first of its synonyms
			// that holds an array.
			tok, err := jr.dec.Token()
			if err != nil {
				return jr.syntax(err)
			}
			if d, ok := tok.(json.Delim); ok && d == '[' && !found {
				found = true
				if err := jr.eventArray(vstart, ""); err != nil {
					return err
				}
			} else if ok && (d == '[' || d == '{') {
				if err := jr.skipRest(1); err != nil {
					return err
				}
			}
		case "eras":
			if err := jr.expect('[', vstart); err != nil {
				return err
			}
			if err := jr.eventArray(vstart, "era"); err != nil {
				return err
			}
		case "title":
			rw := row{pos: jr.pos(vstart)}
			if err := jr.value(&rw, "", vstart, 1); err != nil {
				return err
			}
			if rw.cells[fTitle] != nil || rw.cells[fText] != nil {
				rw.cells[fType] = &cell{text: "title", pos: rw.pos}
				jr.t.rows = append(jr.t.rows, rw)
			}
		default:
			if err := jr.skip(); err != nil {
				return err
			}
		}
	}
	if _, err := jr.dec.Token(); err != nil {
		return jr.syntax(err)
	}
	if !found {
		return timeline.Errorf(jr.pos(start), "%w: the JSON object has no \"events\" array", ErrNotSheet)
	}
	return nil
}

func (jr *jsonReader) expect(d json.Delim, off int) error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	if tok != d {
		return timeline.Errorf(jr.pos(off), "expected %q", string(d))
	}
	return nil
}

// eventArray reads the objects of an array (its '[' already read), one row
// each; kind "era" marks TimelineJS eras.
func (jr *jsonReader) eventArray(start int, kind string) error {
	for jr.dec.More() {
		off := jr.valueStart(int(jr.dec.InputOffset()))
		tok, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		if tok != json.Delim('{') {
			jr.errs.Add(timeline.Errorf(jr.pos(off), "an event must be a JSON object; this value is ignored"))
			if d, ok := tok.(json.Delim); ok && d == '[' {
				if err := jr.skipRest(1); err != nil {
					return err
				}
			}
			continue
		}
		rw := row{pos: jr.pos(off)}
		if kind != "" {
			rw.cells[fType] = &cell{text: kind, pos: rw.pos}
		}
		if err := jr.object(&rw, "", 1); err != nil {
			return err
		}
		blank := true
		for _, c := range append(rw.cells[:], rw.extra...) {
			if c != nil && strings.TrimSpace(c.text) != "" {
				blank = false
			}
		}
		if !blank {
			jr.t.rows = append(jr.t.rows, rw)
		}
	}
	_, err := jr.dec.Token() // ']'
	if err != nil {
		return jr.syntax(err)
	}
	return nil
}

// object reads the members of an object (its '{' already read) into rw,
// their names prefixed by prefix ("start date." for a nested start_date).
func (jr *jsonReader) object(rw *row, prefix string, depth int) error {
	if depth > maxJSONDepth {
		return timeline.Errorf(jr.pos(int(jr.dec.InputOffset())), "JSON nested deeper than %d levels", maxJSONDepth)
	}
	for jr.dec.More() {
		keyTok, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		key, _ := keyTok.(string)
		vstart := jr.valueStart(int(jr.dec.InputOffset()))
		if err := jr.value(rw, prefix+normalizeName(key), vstart, depth); err != nil {
			return err
		}
	}
	_, err := jr.dec.Token() // '}'
	if err != nil {
		return jr.syntax(err)
	}
	return nil
}

// value reads one member's value. Scalars become cells; a nested object's
// members are read with the member's name as prefix; an array of scalars
// is joined with "; " (tags, actors); of an array of objects (sources),
// the first is read.
func (jr *jsonReader) value(rw *row, key string, off int, depth int) error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			p := key + "."
			if key == "" {
				p = ""
			}
			return jr.object(rw, p, depth+1)
		case '[':
			var parts []string
			first := true
			for jr.dec.More() {
				eoff := jr.valueStart(int(jr.dec.InputOffset()))
				et, err := jr.dec.Token()
				if err != nil {
					return jr.syntax(err)
				}
				switch ev := et.(type) {
				case json.Delim:
					if ev == '{' && first {
						if err := jr.object(rw, key+".", depth+1); err != nil {
							return err
						}
					} else {
						if ev == '{' {
							jr.errs.Add(timeline.Errorf(jr.pos(eoff), "only the first object of %q is read", key))
						}
						if err := jr.skipRest(1); err != nil {
							return err
						}
					}
				default:
					if s := scalar(et); s != "" {
						parts = append(parts, s)
					}
				}
				first = false
			}
			if _, err := jr.dec.Token(); err != nil {
				return jr.syntax(err)
			}
			if len(parts) > 0 {
				jr.set(rw, key, strings.Join(parts, "; "), off)
			}
			return nil
		}
		return timeline.Errorf(jr.pos(off), "unexpected %q", string(v))
	default:
		jr.set(rw, key, scalar(tok), off)
	}
	return nil
}

func scalar(tok json.Token) string {
	switch v := tok.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return fmt.Sprint(v)
	}
	return ""
}

// set stores a value under the field its (prefixed) name maps to.
func (jr *jsonReader) set(rw *row, key, text string, off int) {
	f, ok := columnNames[key]
	if !ok {
		if !slices.Contains(jr.t.ignored, key) {
			jr.t.ignored = append(jr.t.ignored, key)
			jr.t.warnings.Add(timeline.Errorf(jr.pos(off), "key %q not recognised; kept in the event text as %q", key, key+": …"))
		}
		rw.extra = append(rw.extra, &cell{text: text, pos: jr.pos(off), column: key})
		return
	}
	if f == fIgnored {
		return
	}
	if strings.HasPrefix(key, "start date.") || strings.HasPrefix(key, "end date.") {
		jr.t.format = "timelinejs-json"
	}
	jr.t.has[f] = true
	switch c := rw.cells[f]; {
	case c == nil || c.text == "":
		rw.cells[f] = &cell{text: text, pos: jr.pos(off), column: key}
	case strings.TrimSpace(text) != "" && strings.TrimSpace(text) != strings.TrimSpace(c.text):
		// A second key for the same thing ("what" and "title"): kept.
		if f != fTitle && f != fText && !slices.Contains(jr.dupWarned, key) {
			jr.dupWarned = append(jr.dupWarned, key)
			jr.t.warnings.Add(timeline.Errorf(jr.pos(off), "key %q holds the same thing as key %q; only %q is read, this one is kept in the event text", key, c.column, c.column))
		}
		rw.extra = append(rw.extra, &cell{text: text, pos: jr.pos(off), column: key})
	}
}

// skip skips one value.
func (jr *jsonReader) skip() error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
		return jr.skipRest(1)
	}
	return nil
}

// skipRest skips to the end of depth open arrays or objects.
func (jr *jsonReader) skipRest(depth int) error {
	for depth > 0 {
		tok, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				depth++
			default:
				depth--
			}
		}
	}
	return nil
}
