package main

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// pageFile, kept in an output folder beside writtenFile, records the title
// and subtitle of the page build drew from each sheet it wrote there, so
// that `chronicle render` of that sheet, once a person has corrected it,
// draws the page under the same title (a sheet's rows hold no title).
const pageFile = ".chronicle-page.json"

// pageTitles is the title and subtitle of a page.
type pageTitles struct {
	Title    string `json:"title,omitempty"`
	Subtitle string `json:"subtitle,omitempty"`
}

// readPages returns the record of dir; a missing or damaged record reads
// as none.
func readPages(dir string) map[string]pageTitles {
	rec := map[string]pageTitles{}
	if b, err := os.ReadFile(filepath.Join(dir, pageFile)); err == nil {
		if json.Unmarshal(b, &rec) != nil {
			return map[string]pageTitles{}
		}
	}
	return rec
}

// recordPage notes the titles of the page drawn from the sheet at path.
func recordPage(path string, p pageTitles) error {
	dir := filepath.Dir(path)
	rec := readPages(dir)
	if p == (pageTitles{}) {
		if _, ok := rec[filepath.Base(path)]; !ok {
			return nil
		}
		delete(rec, filepath.Base(path))
	} else {
		rec[filepath.Base(path)] = p
	}
	return writeObject(filepath.Join(dir, pageFile), rec, func(p pageTitles) string {
		b, _ := json.Marshal(p)
		return string(b)
	})
}

// pageOf returns the titles recorded for the sheet at path: its own, or,
// for a copy of it a person kept or edited ("events.edited.csv"), the
// only ones the folder records.
func pageOf(path string) (pageTitles, bool) {
	rec := readPages(filepath.Dir(path))
	if p, ok := rec[filepath.Base(path)]; ok {
		return p, true
	}
	if len(rec) == 1 {
		for _, p := range rec {
			return p, true
		}
	}
	return pageTitles{}, false
}
