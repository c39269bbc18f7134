package text

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestNameOverHandle35h35d: a post copied from a network that writes the
// writer's name on a line of its own over the handle and the day ("Jane
// Smith¶@janesmith · Mar 7¶Ferry cancelled again today.") is dated by
// that day, in the page's year, as the one-line head is (and so with each
// part on a line of its own: "Jane Smith¶@janesmith¶·¶Mar 7"); a name over a
// line that is no post's head dates nothing.
func TestNameOverHandle35h35d(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 4, Day: 2}
	doc := Parse("Ferry posts\n\nJane Smith\n@janesmith · Mar 7\nFerry cancelled again today. Third time this month.\n\n"+
		"Tom Reed\n@tomreed · 9 Mar\nStill no ferry. The council meets on Friday.\n\n"+
		"**Harbour Café**\n@harbourcafe · Feb 28 · 10:15\nWe are closed until the boats run again.\n", "posts.txt", Options{RefDate: ref})
	wantHeadingDays(t, doc, map[string]string{"Ferry cancelled": "2024-03-07", "Still no ferry": "2024-03-09", "We are closed": "2024-02-28T10:15"}, true)
	one := Parse("Ferry posts\n\nJane Smith\n@janesmith · Mar 7\nFerry cancelled again today.\n", "post.txt", Options{RefDate: ref})
	wantHeadingDays(t, one, map[string]string{"Ferry cancelled": "2024-03-07"}, true)
	web := Parse("Ferry posts\n\nJane Smith\n@janesmith\n·\nMar 7\nFerry cancelled again today.\n\nTom Reed\n@tomreed\n·\n9 Mar\nStill no ferry.\n", "web.txt", Options{RefDate: ref})
	wantHeadingDays(t, web, map[string]string{"Ferry cancelled": "2024-03-07", "Still no ferry": "2024-03-09"}, true)
	plain := Parse("Staff notes\n\nJane Smith\nFerry bookings open on Mar 7 for the summer.\n", "notes.txt", Options{RefDate: ref})
	for _, s := range plain.Sections {
		if s.RefFrom == "heading" {
			t.Errorf("a name over a sentence: section %q dated from a heading", s.Text)
		}
	}
}
