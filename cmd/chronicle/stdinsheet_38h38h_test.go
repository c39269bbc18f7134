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
