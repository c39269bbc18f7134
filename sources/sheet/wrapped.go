package sheet

import (
	"encoding/json"
	"strings"
)

// Wrapped exports. A tracker or a database exports its records inside an
// object that says what they are ({"project": "Billing", "issues": [...]},
// {"count": 3, "records": [...]}): when the object holds none of the keys
// of an event sheet ("events", "items", "rows", "data", "timeline",
// "entries"), its one array of objects, whatever its key, is the sheet.

// listKeys are the keys of the array of events of an object (normalized).
var listKeys = map[string]bool{"events": true, "items": true, "rows": true, "data": true, "timeline": true, "entries": true}

// wrappedKey returns the key of the one array of objects of the JSON
// object doc, when doc holds none of listKeys; others lists the keys of
// the arrays of objects when there are several (and key is "").
func wrappedKey(doc string) (key string, others []string) {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(doc), &m) != nil {
		return "", nil
	}
	var keys []string
	for k, v := range m {
		if listKeys[normalizeName(k)] {
			return "", nil
		}
		if objectArray(v) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 1 {
		return keys[0], nil
	}
	// in the order the document writes them
	sortByOffset(doc, keys)
	return "", keys
}

// objectArray reports whether a JSON value is an array whose first element
// is an object.
func objectArray(v json.RawMessage) bool {
	s := strings.TrimLeft(string(v), " \t\r\n")
	if !strings.HasPrefix(s, "[") {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(s[1:], " \t\r\n"), "{")
}

// sortByOffset orders keys by where `"key"` first appears in doc.
func sortByOffset(doc string, keys []string) {
	at := func(k string) int {
		b, _ := json.Marshal(k)
		return strings.Index(doc, string(b))
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && at(keys[j]) < at(keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
}

// quoteList writes keys as "a", "b" and "c".
func quoteList(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		b, _ := json.Marshal(k)
		q[i] = string(b)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// wrapNames are the keys of a wrapped export that name what its records
// are of: its title when it has no "title".
var wrapNames = map[string]bool{"project": true, "project name": true, "board": true, "name": true}

// wrapTitle reads the value of one of wrapNames: a string is the sheet's
// title unless one is set; anything else is skipped.
func (jr *jsonReader) wrapTitle() error {
	tok, err := jr.dec.Token()
	if err != nil {
		return jr.syntax(err)
	}
	switch v := tok.(type) {
	case string:
		if jr.t.title == "" {
			jr.t.title = strings.TrimSpace(v)
		}
	case json.Delim:
		if v == '{' || v == '[' {
			return jr.skipRest(1)
		}
	}
	return nil
}

// envelope finds the object an API's response wraps its list in, one
// level down: {"status": "ok", "data": {"items": [...]}}, {"response":
// {"results": [...]}}. When the document's object holds no list of
// events of its own (see listKeys and wrappedKey) and exactly one of its
// members is an object that does, it returns where that object stands in
// doc, and the document's "title" if it has a string one.
func envelope(doc string) (start, end int, title string, ok bool) {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(doc), &m) != nil {
		return 0, 0, "", false
	}
	for k, v := range m {
		if listKeys[normalizeName(k)] && strings.HasPrefix(strings.TrimLeft(string(v), " \t\r\n"), "[") || objectArray(v) {
			return 0, 0, "", false // a list of its own: read as it is
		}
	}
	dec := json.NewDecoder(strings.NewReader(doc))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return 0, 0, "", false
	}
	found := 0
	for dec.More() {
		keyTok, err := dec.Token()
		if err != nil {
			return 0, 0, "", false
		}
		key, _ := keyTok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return 0, 0, "", false
		}
		at := int(dec.InputOffset()) - len(raw)
		if normalizeName(key) == "title" {
			_ = json.Unmarshal(raw, &title)
		}
		if !strings.HasPrefix(string(raw), "{") || !holdsList(string(raw)) {
			continue
		}
		found++
		start, end = at, at+len(raw)
	}
	return start, end, strings.TrimSpace(title), found == 1
}

// holdsList reports whether a JSON object holds a list of events: an
// array under one of listKeys, or its one array of objects, with dated
// objects in it (a settings file's {"build": {"steps": [...]}} has none).
func holdsList(obj string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(obj), &m) != nil {
		return false
	}
	for k, v := range m {
		if listKeys[normalizeName(k)] && objectArray(v) {
			return datedObjects(v) > 0
		}
	}
	key, _ := wrappedKey(obj)
	return key != "" && datedObjects(m[key]) > 0
}
