package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExtractStdinSheetUnderTitle38h38h: `cat x.csv | chronicle extract -`
// with the sheet's title (or Excel's "sep=;" line) over its header reads
// the rows as events (they were read as prose: one event a date, its
// title the rows run together); a letter with commas piped in stays
// prose.
func TestExtractStdinSheetUnderTitle38h38h(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // start and title of each event, in order
	}{
		{name: "a title over the header",
			in:   "Harbour works timeline\n\nDate,Event,Notes\n1998-03-02,Dredging began,North basin\n2001-07-15,New quay opened,\n",
			want: []string{"1998-03-02 Dredging began", "2001-07-15 New quay opened"}},
		{name: "semicolons under a title",
			in:   "Harbour works\nDate;Event\n02/03/1998;Dredging began\n15/07/2001;New quay opened\n",
			want: []string{"1998-03-02 Dredging began", "2001-07-15 New quay opened"}},
		{name: "sep line",
			in:   "sep=;\nDate;Event\n02/03/1998;Dredging began\n15/07/2001;New quay opened\n",
			want: []string{"1998-03-02 Dredging began", "2001-07-15 New quay opened"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, tc.in, "extract", "--format", "jsonl", "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				got = append(got, jsonField(t, line, "start")+" "+jsonField(t, line, "title"))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("events:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
	t.Run("a letter stays prose", func(t *testing.T) {
		in := "Dear Anna,\nWhen, on 3 May 2020, the roof fell in, we moved out to my sister's.\nYours, Tom\n"
		code, out, stderr := runCLI(t, in, "extract", "--format", "jsonl", "-")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if !strings.Contains(out, `"start":"2020-05-03"`) || strings.Contains(stderr, "column") {
			t.Errorf("not read as prose:\n%s\n%s", out, stderr)
		}
	})
}

// jsonField is a string member of one JSON object.
func jsonField(t *testing.T, line, key string) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	s, _ := m[key].(string)
	return s
}

// TestMarkdownDatesReadBack38h38h: the dates of `extract --format md`,
// pasted into a sheet's Date column and piped back in, give the events
// the starts and mods they had: "early 1990" START, "c. 1450" APPROX,
// "after 1995" AFTER, "the late 1990s" END, "by March 2004"
// ON_OR_BEFORE, "13 December 2017, morning" 2017-12-13TMO.
func TestMarkdownDatesReadBack38h38h(t *testing.T) {
	doc := "The mill opened in early 1990. It was rebuilt around 1450 by monks. Trading resumed after 1995. " +
		"The council met on the morning of 13 December 2017. The market closed in the late 1990s. " +
		"Repairs were done by March 2004. The hall burned on the night of 3 May 2011. " +
		"The pier was finished midway through 2006.\n"
	startMods := func(jsonl string) []string {
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
			out = append(out, jsonField(t, line, "start")+" "+jsonField(t, line, "mod"))
		}
		return out
	}
	code, want, stderr := runCLI(t, doc, "extract", "--format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, md, stderr := runCLI(t, doc, "extract", "--format", "md", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sheet := "Date,Event\n"
	for _, line := range strings.Split(md, "\n") {
		if rest, ok := strings.CutPrefix(line, "- **"); ok {
			date, _, _ := strings.Cut(rest, "**")
			sheet += `"` + date + `",An event` + "\n"
		}
	}
	code, got, stderr := runCLI(t, sheet, "extract", "--format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, stderr, sheet)
	}
	if n := strings.Count(sheet, "\n") - 1; n < 8 {
		t.Fatalf("%d dates in the Markdown, want 8:\n%s", n, md)
	}
	if g, w := startMods(got), startMods(want); strings.Join(g, "|") != strings.Join(w, "|") {
		t.Errorf("read back from\n%s\n got %q\nwant %q", sheet, g, w)
	}
}
