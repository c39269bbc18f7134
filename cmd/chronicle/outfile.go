package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// stateFile, kept in each output folder, records a checksum of every file
// chronicle wrote there. A file whose bytes no longer match was edited by a
// person: before it is replaced, their version is kept beside it.
const stateFile = ".chronicle-written.json"

// writeOut writes what fn produces to path, or to stdout when path is "" or
// "-". See writeFile for how an existing file is treated.
func writeOut(s streams, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(s.Out)
	}
	var buf bytes.Buffer
	if err := fn(&buf); err != nil {
		return err
	}
	return writeFile(s, path, buf.Bytes())
}

// writeFile replaces path with data, atomically (a temporary file renamed
// into place). If path exists, differs from data and is not byte for byte
// what chronicle last wrote there, it was edited by someone (or written by
// something else): it is first renamed to NAME.edited.EXT (or
// NAME.edited-2.EXT, ...) and a note goes to stderr.
func writeFile(s streams, path string, data []byte) error {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// "-o /dev/null", a named pipe, a terminal: written through as it
		// is, never renamed nor replaced, and no checksum kept beside it
		if fi.IsDir() {
			return fmt.Errorf("%s is a folder, not a file", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	state := readState(dir)
	base := filepath.Base(path)
	if old, err := os.ReadFile(path); err == nil && !bytes.Equal(old, data) {
		if sum(old) != state[base] {
			kept, err := keepEdited(path)
			if err != nil {
				return fmt.Errorf("%s was edited; could not keep the edited version: %w", path, err)
			}
			fmt.Fprintf(s.Err, "chronicle: %s was changed since chronicle wrote it; your version is kept as %s\n", path, kept)
			if err := moveWritten(dir, base, filepath.Base(kept)); err != nil {
				return err
			}
		}
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	state[base] = sum(data)
	return writeState(dir, state)
}

func keepEdited(path string) (string, error) {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for i := 1; ; i++ {
		name := stem + ".edited" + ext
		if i > 1 {
			name = fmt.Sprintf("%s.edited-%d%s", stem, i, ext)
		}
		if _, err := os.Lstat(name); os.IsNotExist(err) {
			return name, os.Rename(path, name)
		}
	}
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func readState(dir string) map[string]string {
	state := map[string]string{}
	b, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err == nil {
		_ = json.Unmarshal(b, &state) // a damaged state file only means more backups
	}
	return state
}

func writeState(dir string, state map[string]string) error {
	return writeObject(filepath.Join(dir, stateFile), state, func(v string) string { return fmt.Sprintf("%q", v) })
}

// writeObject writes m as a JSON object to path, a key a line in sorted
// order (a file a person may read and diff), each value as value writes it.
func writeObject[V any](path string, m map[string]V, value func(V) string) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteString("{\n")
	for i, k := range keys {
		kj, _ := json.Marshal(k)
		fmt.Fprintf(&b, "  %s: %s", kj, value(m[k]))
		if i < len(keys)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("}\n")
	return os.WriteFile(path, b.Bytes(), 0o644)
}
