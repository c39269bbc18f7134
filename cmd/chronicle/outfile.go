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
	// A file a person edited is kept even when the new one is the same
	// bytes (their sheet was read back among the inputs): written over, it
	// would pass for chronicle's own and be skipped the next time, and
	// their edit would be gone.
	if old, err := os.ReadFile(path); err == nil && (!bytes.Equal(old, data) || state[base] != "") {
		if sum(old) != state[base] {
			kept, err := keepEdited(path)
			if err != nil {
				return fmt.Errorf("%s was edited; could not keep the edited version: %w", path, err)
			}
			if state[base] == "" {
				fmt.Fprintf(s.Err, "chronicle: %s was there already and chronicle did not write it; it is kept as %s\n", path, kept)
			} else {
				fmt.Fprintf(s.Err, "chronicle: %s was changed since chronicle wrote it; your version is kept as %s\n", path, kept)
			}
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

// ownOutput tells, for a file met walking an input folder, whether it is
// one chronicle wrote there (a build's output folder inside the folder it
// reads): read back, a timeline page gives events made of its own labels,
// more on every run. Such a file is skipped while it is as chronicle wrote
// it; a sheet a person edited since is theirs and is read, but an edited
// page, or the copy of one kept as NAME.edited.EXT, is still no document.
func ownOutput() func(path string) string {
	states := map[string]map[string]string{}
	return func(path string) string {
		dir, base := filepath.Dir(path), filepath.Base(path)
		state, ok := states[dir]
		if !ok {
			state = readState(dir)
			states[dir] = state
		}
		if len(state) == 0 {
			return ""
		}
		sheet := isSheetName(base)
		if want, ok := state[base]; ok {
			if sheet {
				if data, err := os.ReadFile(path); err == nil && sum(data) != want {
					return "" // edited by a person: their sheet
				}
			}
			return "written by chronicle"
		}
		if orig, ok := keptName(base); ok && !sheet && state[orig] != "" {
			return "an edited copy of a page chronicle wrote"
		}
		return ""
	}
}

// keptName returns the name whose edited version keepEdited kept as base
// (NAME.edited.EXT or NAME.edited-N.EXT).
func keptName(base string) (string, bool) {
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	k := strings.LastIndex(stem, ".edited")
	if k <= 0 {
		return "", false
	}
	rest := stem[k+len(".edited"):]
	if rest != "" {
		n := strings.TrimPrefix(rest, "-")
		if n == rest || n == "" || strings.Trim(n, "0123456789") != "" {
			return "", false
		}
	}
	return stem[:k] + ext, true
}

// isSheetName tells a file name an event sheet may have.
func isSheetName(base string) bool {
	switch strings.ToLower(filepath.Ext(base)) {
	case ".csv", ".tsv", ".json", ".jsonl":
		return true
	}
	return false
}
