package text

import (
	"fmt"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestYearlessPostStamps: a network writes no year in the stamp of a post
// of the year it is read in ("@riverside_lib · Mar 7", "Jane Doe @jdoe ·
// 6 Mar"): the stamp dates the post under it, in the page's year, newest
// first across New Year or not; a line with no handle is no post's stamp.
func TestYearlessPostStamps(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 10}
	doc := Parse("Posts about the reopening\n\n@riverside_lib · Mar 7\nOur reading room opens to the public today.\n\n"+
		"Jane Doe @jdoe · 6 Mar\nJust finished the half marathon in Bristol.\n\n"+
		"Tom Baker @tbaker · Feb 2\nThe bridge on Mill Lane has been closed.\n", "posts.txt", Options{RefDate: ref})
	wantHeadingDays(t, doc, map[string]string{"reading room": "2025-03-07", "half marathon": "2025-03-06", "Mill Lane": "2025-02-02"}, true)
	jan := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 1, Day: 10}
	feed := Parse("Feed\n\n@harbour_cafe · Jan 8\nWe reopen after the winter refit.\n\n"+
		"@harbour_cafe · Dec 30\nClosing for a refit until next week.\n", "feed.txt", Options{RefDate: jan})
	wantHeadingDays(t, feed, map[string]string{"We reopen": "2025-01-08", "Closing for a refit": "2024-12-30"}, true)
	for _, tc := range []struct{ line, want string }{
		{"@riverside_lib · Mar 7", "3-7"},
		{"Jane Doe @jdoe · 6 Mar", "3-6"},
		{"Jane Doe · 6 Mar", ""},
	} {
		got := ""
		if h, ok := commentHead(tc.line); ok {
			got = fmt.Sprintf("%d-%d", h.m, h.d)
		}
		if got != tc.want {
			t.Errorf("commentHead(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}
