package sheet

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
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
	base  int // where the decoder's input starts in text (a JSON Lines line)
	end   int // where it ends
	dec   *json.Decoder
	lines []int // offsets at which lines start
	t     *table
	errs  timeline.ErrorList
	// dupWarned are the keys already reported as a second key for a
	// field, unknownKeys those reported as not read (both folded).
	dupWarned, unknownKeys []string
}

// readJSON reads an array of event objects, an object holding one in
// "events" (ours, with the chronology's "title"; TimelineJS's, with "title"
// and "eras"), or, for TimelineJS, nested start_date/end_date/text/media
// objects. With lines set it reads JSON Lines: one event object a line.
func readJSON(text, name string, lines bool) (*table, error) {
	jr := &jsonReader{text: text, name: name}
	jr.lines = append(jr.lines, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			jr.lines = append(jr.lines, i+1)
		}
	}
	jr.t = &table{name: name, format: "json"}
	if fixed, at := dropTrailingCommas(text); len(at) > 0 && !lines {
		// [{"a": 1},] as people write by hand: read as meant, and said
		// (JSON Lines lose no more than the line, which is reported)
		text, jr.text = fixed, fixed
		for _, off := range at {
			jr.t.warnings.Add(timeline.Errorf(jr.pos(off), "a comma before the closing bracket: read as if it were not there"))
		}
	}
	var err error
	if lines {
		jr.t.format = "jsonl"
		jr.jsonLines()
	} else {
		end := len(text)
		if start, stop, title, ok := envelope(text); ok {
			// {"data": {"items": [...]}}: the inner object is the sheet
			jr.t.title = title
			end = stop
			jr.reset(start, stop)
		} else {
			jr.reset(0, len(text))
		}
		err = jr.top()
		if err == nil && end == len(text) {
			// A second document after the first is not read: say so.
			if off := skipSpace(text, jr.off()); off < len(text) {
				jr.errs.Add(timeline.Errorf(jr.pos(off), "more JSON after the end of the document; it is ignored (for one event a line, name the file .jsonl)"))
			}
		}
	}
	if err != nil {
		jr.errs.Add(err)
	}
	jr.settleWeak()
	sortErrors(jr.t.warnings)
	if len(jr.t.rows) == 0 && (err != nil || lines && len(jr.errs) > 0) {
		return nil, jr.errs.Err()
	}
	return jr.t, jr.errs.Err()
}

// reset points the decoder at text[base:end].
func (jr *jsonReader) reset(base, end int) {
	jr.base, jr.end = base, end
	jr.dec = json.NewDecoder(strings.NewReader(jr.text[base:end]))
	jr.dec.UseNumber()
}

// off is the decoder's offset in text.
func (jr *jsonReader) off() int { return jr.base + int(jr.dec.InputOffset()) }

// skipSpace returns the offset of the first byte from off on that is not
// JSON white space.
func skipSpace(s string, off int) int {
	for off < len(s) && (s[off] == ' ' || s[off] == '\t' || s[off] == '\r' || s[off] == '\n') {
		off++
	}
	return off
}

// jsonLines reads JSON Lines (our `extract --format jsonl`): each line
// that is not blank is one event object. A line that cannot be read is
// reported and skipped; the others are read.
func (jr *jsonReader) jsonLines() {
	for start := 0; start < len(jr.text); {
		end := strings.IndexByte(jr.text[start:], '\n')
		if end < 0 {
			end = len(jr.text)
		} else {
			end += start
		}
		if off := skipSpace(jr.text[:end], start); off < end {
			jr.reset(start, end)
			if err := jr.eventLine(off); err != nil {
				jr.errs.Add(err)
			}
		}
		start = end + 1
	}
	known := false
	for _, h := range jr.t.has {
		known = known || h
	}
	if len(jr.t.rows) > 0 && !known {
		// Lines of JSON, none of them an event: a log, say.
		jr.t.rows = nil
		jr.errs = append(timeline.ErrorList{timeline.Errorf(jr.pos(skipSpace(jr.text, 0)),
			"%w: no line holds a member an event has (start, date, title, text, ...)", ErrNotSheet)}, jr.errs...)
	}
}

// eventLine reads the event object of one JSON Lines line, starting at off.
func (jr *jsonReader) eventLine(off int) error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	if tok != json.Delim('{') {
		return timeline.Errorf(jr.pos(off), "a line of JSON Lines must be one event object; this line is ignored")
	}
	rw := row{pos: jr.pos(off)}
	if err := jr.object(&rw, jsonKey{}, 1); err != nil {
		return err
	}
	jr.settlePaired(&rw)
	settleWrapped(&rw)
	if !rw.blank() {
		jr.t.rows = append(jr.t.rows, rw)
	}
	if rest := skipSpace(jr.text[:jr.end], jr.off()); rest < jr.end {
		return timeline.Errorf(jr.pos(rest), "more JSON after the event object on this line; it is ignored")
	}
	return nil
}

// looksJSONLines reports whether JSON text is JSON Lines: its first line
// is a whole object, and either more follows or that object is an event
// rather than a document holding "events".
func looksJSONLines(text string) bool {
	t := text[skipSpace(text, 0):]
	if !strings.HasPrefix(t, "{") {
		return false
	}
	first, rest, _ := strings.Cut(t, "\n")
	if !json.Valid([]byte(first)) {
		return false // an indented document: "{" alone on its first line
	}
	// An event, or a document written compactly (it holds "events"), or
	// no sheet at all.
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(first), &m) != nil {
		return false
	}
	event := false
	for k := range m {
		switch k = normalizeName(k); k {
		case "events", "items", "rows", "data", "timeline", "entries", "eras":
			return false
		default:
			if f, ok := columnNames[k]; ok && f != fIgnored || pairedNames[k] == fStart {
				event = true
			}
		}
	}
	// More lines make JSON Lines whatever the first holds: a line that
	// is no event is reported as such.
	if strings.TrimSpace(rest) != "" {
		return true
	}
	return event
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
	off := jr.off()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = jr.base + int(se.Offset)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = errors.New("unexpected end of JSON")
		off = jr.end
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
		if jr.startsRows() {
			return jr.rowArrays(start) // [["Date", "Event"], ["2020-01-01", "Launch"]]
		}
		return jr.eventArray(start, "")
	case json.Delim('{'):
		if dateKeyed(jr.text[start:jr.end]) {
			return jr.dateMembers(0) // {"1914-07-28": "War begins", ...}
		}
	default:
		return timeline.Errorf(jr.pos(start), "%w: JSON must be an array of events or an object with \"events\"", ErrNotSheet)
	}
	found := false
	var unread []unreadArray
	// {"project": ..., "issues": [...]}: a wrapped export (see wrappedKey)
	wrap, several := wrappedKey(jr.text[jr.base:jr.end])
	for jr.dec.More() {
		key, vstart, err := jr.member()
		if err != nil {
			return err
		}
		norm := normalizeName(key)
		if wrap != "" && key == wrap {
			norm = "events"
		}
		switch norm {
		case "events", "items", "rows", "data", "timeline", "entries", "values":
			// "events" (TimelineJS, ours), or the first of its synonyms
			// that holds an array; Google Sheets' "values" are rows.
			tok, err := jr.dec.Token()
			if err != nil {
				return jr.syntax(err)
			}
			if d, ok := tok.(json.Delim); ok && d == '[' && !found && jr.startsRows() {
				found = true
				if err := jr.rowArrays(vstart); err != nil {
					return err
				}
			} else if ok && d == '[' && !found && norm != "values" {
				found = true
				if err := jr.eventArray(vstart, ""); err != nil {
					return err
				}
			} else if ok && d == '{' && !found && norm == "events" && jr.dateKeyedAt(vstart) {
				// {"events": {"1914-07-28": "War begins", ...}}
				found = true
				if err := jr.dateMembers(0); err != nil {
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
			if err := jr.title(vstart); err != nil {
				return err
			}
		default:
			if wrap != "" && wrapNames[norm] {
				// {"project": "Billing migration", "issues": [...]}: the
				// project names the chronology, unless a "title" does
				if err := jr.wrapTitle(); err != nil {
					return err
				}
				continue
			}
			var raw json.RawMessage
			if err := jr.dec.Decode(&raw); err != nil {
				return jr.syntax(err)
			}
			if n := datedObjects(raw); n > 0 {
				unread = append(unread, unreadArray{key, n, vstart})
			}
		}
	}
	if _, err := jr.dec.Token(); err != nil {
		return jr.syntax(err)
	}
	if found {
		for _, u := range unread {
			// {"periods": [...], "events": [...]}: rows not read are
			// said, not lost in silence
			what := fmt.Sprintf("%d dated objects that are", u.n)
			if u.n == 1 {
				what = "1 dated object that is"
			}
			jr.errs.Add(timeline.Errorf(jr.pos(u.at), "the array %q holds %s not read: only \"events\" is; move them there", u.key, what))
		}
	}
	if !found && len(several) > 1 {
		return timeline.Errorf(jr.pos(start), "%w: the JSON object has no \"events\" array, and several arrays of objects (%s): name the events' one \"events\"", ErrNotSheet, quoteList(several))
	}
	if !found {
		return timeline.Errorf(jr.pos(start), "%w: the JSON object has no \"events\" array", ErrNotSheet)
	}
	return nil
}

// title reads the document's "title": a string is the chronology's title
// (as our JSON writer writes it); an object is TimelineJS's title slide,
// {"text": {"headline": ..., "text": ...}}, read as a row of type title.
func (jr *jsonReader) title(off int) error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	switch v := tok.(type) {
	case string:
		jr.t.title = strings.TrimSpace(v)
	case json.Delim:
		if v == '[' {
			jr.errs.Add(timeline.Errorf(jr.pos(off), "the title must be a string or a TimelineJS title object; this one is ignored"))
			return jr.skipRest(1)
		}
		rw := row{pos: jr.pos(off)}
		if err := jr.object(&rw, jsonKey{}, 2); err != nil {
			return err
		}
		jr.settlePaired(&rw)
		if rw.cells[fTitle] != nil || rw.cells[fText] != nil {
			rw.cells[fType] = &cell{text: "title", pos: rw.pos}
			jr.t.rows = append(jr.t.rows, rw)
		}
	default:
		if s := scalar(tok); s != "" {
			jr.t.title = s
		}
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

// element reads the next value of an array and reports whether it opens
// with want; any other value is reported at its place (msg says what was
// wanted) and skipped.
func (jr *jsonReader) element(want json.Delim, msg string) (off int, ok bool, err error) {
	off = jr.valueStart(jr.off())
	tok, err := jr.dec.Token()
	if err != nil {
		return off, false, jr.syntax(err)
	}
	if tok == want {
		return off, true, nil
	}
	jr.errs.Add(timeline.Errorf(jr.pos(off), "%s; this value is ignored", msg))
	if d, isDelim := tok.(json.Delim); isDelim && (d == '[' || d == '{') {
		if err := jr.skipRest(1); err != nil {
			return off, false, err
		}
	}
	return off, false, nil
}

// eventArray reads the objects of an array (its '[' already read), one row
// each; kind "era" marks TimelineJS eras.
func (jr *jsonReader) eventArray(start int, kind string) error {
	for jr.dec.More() {
		off, ok, err := jr.element('{', "an event must be a JSON object")
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		rw := row{pos: jr.pos(off)}
		if kind != "" {
			rw.cells[fType] = &cell{text: kind, pos: rw.pos}
		}
		if err := jr.object(&rw, jsonKey{}, 1); err != nil {
			return err
		}
		jr.settlePaired(&rw)
		settleWrapped(&rw)
		if !rw.blank() {
			jr.t.rows = append(jr.t.rows, rw)
		}
	}
	_, err := jr.dec.Token() // ']'
	if err != nil {
		return jr.syntax(err)
	}
	return nil
}

// jsonKey is the name of a member, a nested one's joined to its
// parents' with '.' ("start_date.year"): as written, for messages and the
// event text, and folded by normalizeName, to look it up.
type jsonKey struct{ norm, raw string }

// child is the key of a member named name of the object named k. A
// note after a name the reader knows is dropped from the folded key, as
// from a CSV header (see headerName): "Date (dd/mm/yyyy)" is "date".
func (k jsonKey) child(name string) jsonKey {
	if k.raw == "" && k.norm == "" {
		return jsonKey{headerName(name), name}
	}
	return jsonKey{k.norm + "." + headerName(name), k.raw + "." + name}
}

// typedValueKeys are the members in which MongoDB's extended JSON
// (mongoexport) wraps a value with its type: {"date": {"$date":
// "2020-01-01T00:00:00Z"}} is the date, {"_id": {"$oid": "5f..."}} the id.
var typedValueKeys = map[string]bool{"$date": true, "$oid": true, "$numberlong": true, "$numberint": true, "$numberdecimal": true}

// object reads the members of an object (its '{' already read) into rw,
// their names prefixed by the object's own, parent ("start date." for a
// nested start_date).
func (jr *jsonReader) object(rw *row, parent jsonKey, depth int) error {
	if depth > maxJSONDepth {
		return timeline.Errorf(jr.pos(jr.off()), "JSON nested deeper than %d levels", maxJSONDepth)
	}
	for jr.dec.More() {
		key, vstart, err := jr.member()
		if err != nil {
			return err
		}
		k := parent.child(key)
		if typedValueKeys[strings.ToLower(key)] && parent.norm != "" {
			k = parent // MongoDB's {"date": {"$date": "..."}}: the date's value
		}
		if err := jr.value(rw, k, vstart, depth); err != nil {
			return err
		}
	}
	_, err := jr.dec.Token() // '}'
	if err != nil {
		return jr.syntax(err)
	}
	return nil
}

// member reads the name of an object's next member and returns it with
// the offset of the member's value.
func (jr *jsonReader) member() (string, int, error) {
	keyTok, err := jr.dec.Token()
	if err != nil {
		return "", 0, jr.syntax(err)
	}
	key, _ := keyTok.(string)
	return key, jr.valueStart(jr.off()), nil
}

// value reads one member's value. Scalars become cells; a nested object's
// members are read with the member's name as prefix; an array of scalars
// is one cell that keeps its items (actors, tags), their text joined with
// "; ". The sources array and the position object of our own JSON are
// read whole (see citations and position); of any other array of
// objects, the first is read and the rest reported.
func (jr *jsonReader) value(rw *row, key jsonKey, off int, depth int) error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	switch v := tok.(type) {
	case json.Delim:
		switch {
		case v == '{' && key.norm == "position" && rw.posObj == nil:
			return jr.position(rw, off, depth+1)
		case v == '{' && citationKey(key.norm) && rw.cites == nil:
			// One citation written as an object rather than a list.
			if depth+1 > maxJSONDepth {
				return timeline.Errorf(jr.pos(off), "JSON nested deeper than %d levels", maxJSONDepth)
			}
			cc := citeCells{pos: jr.pos(off)}
			if err := jr.citeObject(rw, key.raw, &cc, depth+1); err != nil {
				return err
			}
			rw.cites = []citeCells{cc}
			return nil
		case v == '{' && depth == 1 && recordWrappers[key.norm]:
			// Airtable's {"id": ..., "fields": {"Date": ...}}: the
			// members are the record's own
			rw.wrapper = [2]int{off, math.MaxInt}
			if err := jr.object(rw, jsonKey{}, depth+1); err != nil {
				return err
			}
			rw.wrapper[1] = jr.off()
			return nil
		case v == '{':
			return jr.object(rw, key, depth+1)
		case v == '[' && citationKey(key.norm) && rw.cites == nil:
			return jr.citations(rw, key.raw, depth+1)
		case v == '[':
			var parts []string
			first := true
			for jr.dec.More() {
				eoff := jr.valueStart(jr.off())
				et, err := jr.dec.Token()
				if err != nil {
					return jr.syntax(err)
				}
				switch ev := et.(type) {
				case json.Delim:
					if ev == '{' && first {
						if err := jr.object(rw, key, depth+1); err != nil {
							return err
						}
					} else {
						if ev == '{' {
							jr.errs.Add(timeline.Errorf(jr.pos(eoff), "only the first object of %q is read", key.raw))
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
				if c := jr.set(rw, key, strings.Join(parts, "; "), off); c != nil {
					c.list = parts
				}
			}
			return nil
		}
		return timeline.Errorf(jr.pos(off), "unexpected %q", string(v))
	default:
		jr.set(rw, key, scalar(tok), off)
	}
	return nil
}

// recordWrappers are the members in which a database's or an API's
// export wraps the fields of each record, beside the record's id and
// when it was made: Airtable's "fields" ({"id": "rec…", "createdTime":
// …, "fields": {"Date": …, "Name": …}}), JSON:API's and Strapi's
// "attributes", GeoJSON's "properties". Their members are read as the
// event's own, "Date" not "fields.Date". So are those of an "event"
// object, as a list of events often wraps each: [{"event": {"name":
// "Coronation", "date": "2 June 1953"}}].
var recordWrappers = map[string]bool{"fields": true, "attributes": true, "properties": true, "event": true}

// settleWrapped drops the "type" beside a record's wrapper (see
// recordWrappers): it says what the object is in the export, GeoJSON's
// {"type": "Feature", "properties": {...}} or JSON:API's {"type":
// "milestones", "attributes": {...}}, not what kind of event. A "type"
// inside the wrapper is the record's own, and is the kind (see place); a
// roadmap's "type": "Feature" with no wrapper still is one: "Dark mode
// (feature)".
func settleWrapped(rw *row) {
	if c := rw.cells[fType]; c != nil && rw.wrapper[1] > 0 && !rw.wrapped(c) {
		rw.cells[fType] = nil
	}
}

// wrapped reports whether a JSON record's cell was read from inside its
// wrapper (see recordWrappers).
func (r *row) wrapped(c *cell) bool {
	return r.wrapper[1] > 0 && c.pos.Offset >= r.wrapper[0] && c.pos.Offset < r.wrapper[1]
}

// citationKey reports whether a member named norm holds the event's
// citations when its value is an object or an array: our "sources", and
// a hand-written "source" (or "publisher", ...) object, {"source":
// {"name": "NASA", "url": "https://..."}}, whose members are a
// citation's, not text.
func citationKey(norm string) bool {
	return norm == "sources" || columnNames[norm] == fSource
}

// citeMembers maps the members of a citation object, as normalizeName
// folds them, to what they hold.
var citeMembers = map[string]citeField{
	"name": cName, "title": cTitle, "headline": cTitle,
	"outlet": cOutlet, "publication": cOutlet, "publisher": cOutlet, "source": cOutlet,
	"url": cURL, "link": cURL, "href": cURL, "source url": cURL,
	"date": cDate, "published": cDate, "publication date": cDate, "source date": cDate,
	"file": cFile,
}

// citations reads our JSON's "sources" (or a hand-written "source" list,
// named name): an array of citation objects, in order, primary first (a
// string stands for a citation of that outlet). A member a citation
// cannot hold is kept in the event text under name and reported, as an
// unknown key is.
func (jr *jsonReader) citations(rw *row, name string, depth int) error {
	if depth > maxJSONDepth {
		return timeline.Errorf(jr.pos(jr.off()), "JSON nested deeper than %d levels", maxJSONDepth)
	}
	rw.cites = []citeCells{}
	for jr.dec.More() {
		off := jr.valueStart(jr.off())
		tok, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		cc := citeCells{pos: jr.pos(off)}
		switch v := tok.(type) {
		case json.Delim:
			if v != '{' {
				jr.errs.Add(timeline.Errorf(jr.pos(off), "a source must be an object or a name; this value is ignored"))
				if err := jr.skipRest(1); err != nil {
					return err
				}
				continue
			}
			if err := jr.citeObject(rw, name, &cc, depth); err != nil {
				return err
			}
		default:
			s := strings.TrimSpace(scalar(tok))
			if s == "" {
				continue
			}
			cc.cells[cOutlet] = &cell{text: s, pos: jr.pos(off), column: name}
		}
		rw.cites = append(rw.cites, cc)
	}
	if _, err := jr.dec.Token(); err != nil { // ']'
		return jr.syntax(err)
	}
	return nil
}

// citeObject reads the members of one citation object (its '{' already
// read) into cc.
func (jr *jsonReader) citeObject(rw *row, name string, cc *citeCells, depth int) error {
	return members(jr, rw, name, citeMembers, cc.cells[:], depth, func(citeField) string { return "a string" })
}

// posMembers are the members of our JSON's "position" object.
var posMembers = map[string]int{"file": 0, "line": 1, "col": 2, "column": 2, "offset": 3}

// position reads our JSON's "position" object: file, line, col and offset
// of the sentence in its primary source. A member it cannot hold is kept
// in the event text and reported, as an unknown key is.
func (jr *jsonReader) position(rw *row, off int, depth int) error {
	if depth > maxJSONDepth {
		return timeline.Errorf(jr.pos(jr.off()), "JSON nested deeper than %d levels", maxJSONDepth)
	}
	pc := &posCells{pos: jr.pos(off)}
	rw.posObj = pc
	return members(jr, rw, "position", posMembers, pc.cells[:], depth, func(i int) string {
		if i == 0 {
			return "a string"
		}
		return "a number"
	})
}

// members reads the members of a nested object of scalars (its '{'
// already read, its '}' read here) into cells, by the index names gives
// each. A member it does not know, or a second one for the same cell, is
// kept in the event text under "object.key" and reported; a member that
// is not a scalar is reported as wanting what want says, and ignored.
func members[F ~int | ~uint8](jr *jsonReader, rw *row, object string, names map[string]F, cells []*cell, depth int, want func(F) string) error {
	for jr.dec.More() {
		raw, voff, err := jr.member()
		if err != nil {
			return err
		}
		key := normalizeName(raw)
		i, known := names[key]
		if !known || cells[i] != nil {
			if err := jr.value(rw, jsonKey{object, object}.child(raw), voff, depth+1); err != nil {
				return err
			}
			continue
		}
		vt, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		if d, ok := vt.(json.Delim); ok {
			jr.errs.Add(timeline.Errorf(jr.pos(voff), "%s member %q must be %s; this value is ignored", strings.TrimSuffix(object, "s"), raw, want(i)))
			if d == '{' || d == '[' {
				if err := jr.skipRest(1); err != nil {
					return err
				}
			}
			continue
		}
		cells[i] = &cell{text: scalar(vt), pos: jr.pos(voff), column: object + "." + raw}
	}
	if _, err := jr.dec.Token(); err != nil { // '}'
		return jr.syntax(err)
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

// set stores a value under the field its (prefixed) name maps to, and
// returns the cell of that field, or nil when the value went elsewhere
// (the event text) or nowhere (a field with no place in an event). From
// and To wait for the whole object (see settlePaired).
func (jr *jsonReader) set(rw *row, key jsonKey, text string, off int) *cell {
	c := &cell{text: text, pos: jr.pos(off), column: key.raw}
	if _, ok := confirmedColumns[key.norm]; ok {
		rw.local = append(rw.local, c)
		return c
	}
	if _, ok := weakNames[key.norm]; ok && rw.weak == nil {
		rw.weak = c
		return c
	}
	if f, ok := pairedNames[key.norm]; ok {
		i := 0
		if f == fEnd {
			i = 1
		}
		if rw.paired[i] == nil {
			rw.paired[i] = c
			return c
		}
	}
	f, ok := columnNames[key.norm]
	if !ok {
		f, ok = nestedSpanField(key.norm)
	}
	if !ok && eventNouns[key.norm] {
		// an "exam" or an "action": the headline, unless the object has
		// a title of its own (see place)
		f, ok = fTitle, true
	}
	if !ok && textNames[key.norm] {
		rw.extra = append(rw.extra, c) // more of the event's text (a fixture's "result"): no warning
		return nil
	}
	if !ok {
		jr.unknown(rw, key, c, "not recognised")
		return nil
	}
	if o := noteOrder(key.raw); o != OrderUnknown && jr.t.noteOrder == OrderUnknown && (f == fStart || f == fEnd) {
		jr.t.noteOrder = o // "Date (dd/mm/yyyy)", as in a CSV header
	}
	if f == fStart && isEventDate(key.norm) {
		// Made, Acquired, Target: decided by the values (settleDates)
		jr.t.addEventDate(key.raw, key.norm, c.pos)
		rw.dates = append(rw.dates, c)
		return c
	}
	if f == fIgnored {
		return nil
	}
	if strings.HasPrefix(key.norm, "start date.") || strings.HasPrefix(key.norm, "end date.") {
		jr.t.format = "timelinejs-json"
	}
	return jr.place(rw, f, key, c)
}

// spanMembers are the members of an object that holds an event's dates
// and what each is: {"when": {"start": "1969-07-16", "end": "1969-07-24"}}.
var spanMembers = map[string]field{
	"start": fStart, "from": fStart, "begin": fStart, "begins": fStart, "date": fStart, "datetime": fStart, "value": fStart,
	"end": fEnd, "to": fEnd, "until": fEnd, "finish": fEnd, "ends": fEnd,
}

// nestedSpanField is what a member of an object named as the event's date
// holds: "when.start" and "period.to" are the start and the end, as
// "date.start" and "date.to" are. The members of a date named for what
// happened then (a register's "acquired": see isEventDate) or for when
// the record was written ("created") are not read so: those dates are
// decided by their values, or give way to the event's own.
//
// A date written in parts, {"when": {"year": 1969, "month": 7}}, has
// them read as TimelineJS's Year, Month and Day are, and an end's as its
// End Year, End Month and End Day: {"end": {"year": 1972}}.
func nestedSpanField(norm string) (field, bool) {
	i := strings.LastIndexByte(norm, '.')
	if i < 0 {
		return 0, false
	}
	parent, member := norm[:i], norm[i+1:]
	if f, ok := splitMembers[member]; ok && columnNames[parent] == fEnd {
		return f[1], true
	}
	if columnNames[parent] != fStart || isEventDate(parent) || recordDateNames[parent] {
		return 0, false
	}
	if f, ok := splitMembers[member]; ok {
		return f[0], true
	}
	f, ok := spanMembers[member]
	return f, ok
}

// splitMembers are the members of a date written in parts, and the
// fields they are in a start and in an end.
var splitMembers = map[string][2]field{
	"year": {fYear, fEndYear}, "month": {fMonth, fEndMonth}, "day": {fDay, fEndDay},
	"hour": {fHour, fEndHour}, "minute": {fMinute, fEndMinute}, "second": {fSecond, fEndSecond},
}

// place stores c as the row's f, unless the row has one already: then it
// is kept in the event text, and reported once a sheet unless it is one
// more title or text.
func (jr *jsonReader) place(rw *row, f field, key jsonKey, c *cell) *cell {
	jr.t.has[f] = true
	switch prev := rw.cells[f]; {
	case prev == nil || prev.text == "":
		rw.cells[f] = c
		return c
	case f == fTitle && eventNouns[normalizeName(prev.column)] && !eventNouns[key.norm] && strings.TrimSpace(c.text) != "":
		// "exam" before "title": the title is the headline, the exam
		// more text
		rw.cells[f] = c
		rw.extra = insertByOffset(rw.extra, prev)
		return c
	case f == fStart && rw.cells[fTime] == nil && startWords[key.norm] && timeCell(c.text) && !timeCell(prev.text):
		// "date" and "start": 09:00 is the time of the date's day
		jr.t.has[fTime] = true
		rw.cells[fTime] = c
		return c
	case f == fStart && rw.cells[fTime] == nil && startWords[normalizeName(prev.column)] && timeCell(prev.text) && strings.TrimSpace(c.text) != "" && !timeCell(c.text):
		// "start" of 09:00 before the "date"
		jr.t.has[fTime] = true
		rw.cells[fTime], rw.cells[fStart] = prev, c
		return c
	case f == fStart && recordDateNames[normalizeName(prev.column)] && !recordDateNames[key.norm] && strings.TrimSpace(c.text) != "":
		// "createdTime" before "date": when the record was written gives
		// way to when its event happened
		rw.cells[f] = c
		rw.extra = append(rw.extra, prev)
		return c
	case f == fType && rw.wrapped(c) != rw.wrapped(prev):
		// the record's own "type" and the export's beside its wrapper,
		// in either order: the record's is the kind (see settleWrapped)
		if rw.wrapped(c) {
			rw.cells[f] = c
			return c
		}
		return nil
	case strings.TrimSpace(c.text) != "" && strings.TrimSpace(c.text) != strings.TrimSpace(prev.text):
		// A second key for the same thing ("what" and "title"): kept.
		if f != fTitle && f != fText && !slices.Contains(jr.dupWarned, key.norm) {
			jr.dupWarned = append(jr.dupWarned, key.norm)
			jr.t.warnings.Add(timeline.Errorf(c.pos, "key %q holds the same thing as key %q; only %q is read, this one is kept in the event text", key.raw, prev.column, prev.column))
		}
		rw.extra = append(rw.extra, c)
	}
	return nil
}

// unknown keeps a member that has no field in the event text, and reports
// its key once a sheet: why it was not read.
func (jr *jsonReader) unknown(rw *row, key jsonKey, c *cell, why string) {
	if !slices.Contains(jr.unknownKeys, key.norm) {
		jr.unknownKeys = append(jr.unknownKeys, key.norm)
		jr.t.ignored = append(jr.t.ignored, key.raw)
		jr.t.warnings.Add(timeline.Errorf(c.pos, "key %q %s; kept in the event text as %q", key.raw, why, key.raw+": …"))
	}
	rw.extra = append(rw.extra, c)
}

// settleWeak decides, once the sheet is read, what the "name" and "label"
// of its objects hold: their headline when the sheet dates its events,
// else a member like any other not recognised.
func (jr *jsonReader) settleWeak() {
	dated := jr.t.has[fStart] || jr.t.has[fYear] || jr.t.has[fWeek] || jr.t.has[fQuarter] || len(jr.t.eventDates) > 0
	for i := range jr.t.rows {
		rw := &jr.t.rows[i]
		c := rw.weak
		if c == nil {
			continue
		}
		rw.weak = nil
		key := jsonKey{normalizeName(c.column), c.column}
		if dated {
			var names []string
			for _, x := range append(rw.cells[:], rw.extra...) {
				if x != nil {
					names = append(names, normalizeName(x.column))
				}
			}
			jr.place(rw, weakField(key.norm, names), key, c)
		} else {
			jr.unknown(rw, key, c, "is read as a headline only in a sheet of dated events")
		}
	}
}

// settleLocal decides, once an event object is read, what its members
// named by confirmedColumns hold ("data", "fine", "tag"): what they are in
// their language when another key of the object is in it ("data" beside
// "evento"), else what they are in English, or nothing recognised.
func (jr *jsonReader) settleLocal(rw *row) {
	if len(rw.local) == 0 {
		return
	}
	var names []string
	for _, c := range rw.cells {
		if c != nil {
			names = append(names, normalizeName(c.column))
		}
	}
	for _, c := range rw.extra {
		names = append(names, normalizeName(c.column))
	}
	ls := sheetLangs(names)
	local := rw.local
	rw.local = nil
	for _, c := range local {
		key := jsonKey{normalizeName(c.column), c.column}
		f, ok := columnField(key.norm, ls)
		switch {
		case !ok:
			jr.unknown(rw, key, c, "not recognised")
		case f != fIgnored:
			jr.place(rw, f, key, c)
		}
	}
}

// settlePaired decides, once an event object is read, what its "from"
// and "to" hold: its start and end when it has no other start (date,
// start, year, ...); otherwise they are kept in the text, as unknown keys
// are (a letter's "from" and "to" are people).
func (jr *jsonReader) settlePaired(rw *row) {
	jr.settleLocal(rw)
	if d := rw.cells[fStart]; d != nil {
		// A week or quarter beside the date is more text (see periodSpan).
		for _, f := range []field{fWeek, fQuarter} {
			if c := rw.cells[f]; c != nil {
				rw.cells[f] = nil
				jr.unknown(rw, jsonKey{normalizeName(c.column), c.column}, c, fmt.Sprintf("is not read as a date, the event's date is key %q", d.column))
			}
		}
	}
	from, to := rw.paired[0], rw.paired[1]
	rw.paired = [2]*cell{}
	key := func(c *cell) jsonKey { return jsonKey{normalizeName(c.column), c.column} }
	// The From and To of other languages ("von", "bis") only with their
	// partner: alone, they are keys like any other not recognised.
	var names []string
	for _, c := range []*cell{from, to} {
		if c != nil {
			names = append(names, key(c).norm)
		}
	}
	for _, c := range []**cell{&from, &to} {
		if *c != nil && !isPairName(key(*c).norm, names) {
			jr.unknown(rw, key(*c), *c, "not recognised")
			*c = nil
		}
	}
	if from != nil && rw.cells[fStart] == nil && rw.cells[fYear] == nil && rw.cells[fWeek] == nil && rw.cells[fQuarter] == nil && len(rw.dates) == 0 {
		jr.place(rw, fStart, key(from), from)
		if to != nil {
			jr.place(rw, fEnd, key(to), to)
		}
		return
	}
	for _, c := range []*cell{from, to} {
		if c == nil {
			continue
		}
		why := "not recognised"
		if d := rw.cells[fStart]; d != nil {
			why = fmt.Sprintf("is not read as a date, the event's date is key %q", d.column)
		} else if d := cmp.Or(rw.cells[fYear], rw.cells[fWeek], rw.cells[fQuarter]); d != nil {
			why = fmt.Sprintf("is not read as a date, the event's date is key %q", d.column)
		} else if len(rw.dates) > 0 {
			d := rw.dates[0]
			why = fmt.Sprintf("is not read as a date, the event's date is key %q", d.column)
		} else if c == to {
			why = fmt.Sprintf("is read as an end only with %q as the start", strings.ToLower(pairedStart(key(c).norm)))
		}
		jr.unknown(rw, key(c), c, why)
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

// unreadArray is an array of dated objects beside the events' array,
// which is not read: its key, how many such objects, where it starts.
type unreadArray struct {
	key string
	n   int
	at  int
}

// datedObjects counts the objects of a JSON array that have a date: a key
// that names the start, the end or the year of an event.
func datedObjects(raw json.RawMessage) int {
	var objs []map[string]json.RawMessage
	if json.Unmarshal(raw, &objs) != nil {
		return 0
	}
	n := 0
	for _, o := range objs {
		for k := range o {
			if f := columnNames[normalizeName(k)]; f == fStart || f == fEnd || f == fYear {
				n++
				break
			}
		}
	}
	return n
}

// dropTrailingCommas blanks the commas that stand before a closing
// bracket or brace (outside strings), which JSON forbids and people who
// edit it by hand write: it returns the text, each such comma a space so
// that offsets hold, and where they were.
func dropTrailingCommas(text string) (string, []int) {
	var at []int
	in, esc := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case in:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				in = false
			}
		case c == '"':
			in = true
		case c == ',':
			j := skipSpace(text, i+1)
			if j < len(text) && (text[j] == ']' || text[j] == '}') {
				at = append(at, i)
			}
		}
	}
	if len(at) == 0 {
		return text, nil
	}
	b := []byte(text)
	for _, i := range at {
		b[i] = ' '
	}
	return string(b), at
}
