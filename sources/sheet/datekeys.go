package sheet

import (
	"encoding/json"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// A JSON object whose members are named by dates, as people write a
// chronology by hand: {"1914-07-28": "War begins", "1918-11-11":
// "Armistice"}. Each member is an event of that date: a string is its
// title, an object its members (as an event's in an array), an array one
// event for each of its items. So is the "events" member of an object
// when it is such an object.

// dateKeyed reports whether raw is a JSON object whose members are named
// by dates: more than half of them, and none by a name the reader knows
// (a member named by a date that cannot be read, "13 Dec", is then an
// event whose date is reported).
func dateKeyed(raw string) bool {
	// (the first member's name decides most objects, {"title": ...,
	// "events": [...]}, without reading the whole)
	dec := json.NewDecoder(strings.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	if tok, err := dec.Token(); err != nil {
		return false
	} else if k, ok := tok.(string); !ok || knownName(normalizeName(k)) {
		return false
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal([]byte(raw), &obj) != nil || len(obj) == 0 {
		return false
	}
	probe := &cellParser{}
	dates := 0
	for k := range obj {
		if knownName(normalizeName(k)) {
			return false
		}
		if dateKey(probe, k) {
			dates++
		}
	}
	return dates*2 > len(obj)
}

// dateKey reports whether a member's name is a date: a year of three or
// four digits, or what a date cell reads as a date ("1914-07-28", "July
// 1914", "c. 1850"); not a number that counts ("1", "2") nor a name the
// reader knows.
func dateKey(cp *cellParser, k string) bool {
	n := normalizeSpace(k)
	if n == "" {
		return false
	}
	if allDigits(n) {
		return len(n) == 3 || len(n) == 4
	}
	sp, err := cp.parseSpan(n)
	return err == nil && !sp.Start.IsZero()
}

// keyStart is the offset of the opening quote of the member name whose
// value starts at vstart, or vstart when it cannot be found.
func (jr *jsonReader) keyStart(vstart int) int {
	s := jr.text
	i := vstart - 1
	for i >= 0 && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i--
	}
	if i < 0 || s[i] != ':' {
		return vstart
	}
	i--
	for i >= 0 && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i--
	}
	if i < 0 || s[i] != '"' {
		return vstart
	}
	for j := i - 1; j >= 0; j-- {
		if s[j] == '"' && (j == 0 || s[j-1] != '\\') {
			return j
		}
	}
	return vstart
}

// dateMembers reads the members of a date-keyed object (its '{' already
// read), one event each (see dateKeyed).
func (jr *jsonReader) dateMembers(depth int) error {
	date := jsonKey{"date", "date"}
	for jr.dec.More() {
		key, vstart, err := jr.member()
		if err != nil {
			return err
		}
		kstart := jr.keyStart(vstart)
		tok, err := jr.dec.Token()
		if err != nil {
			return jr.syntax(err)
		}
		// one event of the value, or of each item of an array
		event := func(tok json.Token, off, at int) error {
			rw := row{pos: jr.pos(at)}
			jr.set(&rw, date, key, kstart+1)
			switch v := tok.(type) {
			case json.Delim:
				if v != '{' {
					jr.errs.Add(timeline.Errorf(jr.pos(off), "an event of %q must be a string or an object; this value is ignored", key))
					return jr.skipRest(1)
				}
				if err := jr.object(&rw, jsonKey{}, depth+1); err != nil {
					return err
				}
			default:
				if s := scalar(tok); s != "" {
					jr.set(&rw, jsonKey{"title", "title"}, s, off)
				}
			}
			jr.settlePaired(&rw)
			settleWrapped(&rw)
			jr.t.rows = append(jr.t.rows, rw)
			return nil
		}
		if tok == json.Delim('[') {
			for jr.dec.More() {
				off := jr.valueStart(jr.off())
				et, err := jr.dec.Token()
				if err != nil {
					return jr.syntax(err)
				}
				if err := event(et, off, off); err != nil { // the item's place
					return err
				}
			}
			if _, err := jr.dec.Token(); err != nil { // ']'
				return jr.syntax(err)
			}
			continue
		}
		if err := event(tok, vstart, kstart); err != nil {
			return err
		}
	}
	_, err := jr.dec.Token() // '}'
	if err != nil {
		return jr.syntax(err)
	}
	return nil
}

// dateKeyedAt reports whether the value that starts at off is a
// date-keyed object (see dateKeyed).
func (jr *jsonReader) dateKeyedAt(off int) bool {
	var raw json.RawMessage
	if json.NewDecoder(strings.NewReader(jr.text[off:jr.end])).Decode(&raw) != nil {
		return false
	}
	return dateKeyed(string(raw))
}
