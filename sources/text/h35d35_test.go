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

// TestNameOverPostStamp35h35d: a post copied from a network that writes
// the writer's name over the day and time it was posted, with no year for
// one of the page's year ("Jane Smith¶March 7 at 3:14 PM ·"), is of that
// day and time; a year after the day is kept.
func TestNameOverPostStamp35h35d(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 4, Day: 2}
	doc := Parse("Ferry group\n\nJane Smith\nMarch 7 at 3:14 PM ·\nFerry cancelled again today.\n\n"+
		"Tom Reed\nMarch 9 at 8:02 AM\nStill no ferry today.\n\n"+
		"Ann Lee\nDecember 30, 2023 at 9:00 PM ·\nHappy new year from the harbour.\n", "fb.txt", Options{RefDate: ref})
	wantHeadingDays(t, doc, map[string]string{"Ferry cancelled": "2024-03-07T15:14", "Still no ferry": "2024-03-09T08:02", "Happy new year": "2023-12-30T21:00"}, true)
}

// TestNameHandleAge35h35d: a post stamped by its age after its writer's
// name and handle ("Tom Reed @tomreed · 2d", as X writes it) is of the
// day that age counts back to from the page's.
func TestNameHandleAge35h35d(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 4, Day: 2}
	doc := Parse("Harbour thread\n\nJane Smith @janesmith · 7h\nThe ferry was cancelled today.\n\n"+
		"Tom Reed @tomreed · 2d\nThe ferry was cancelled again today.\n", "age.txt", Options{RefDate: ref})
	wantHeadingDays(t, doc, map[string]string{"cancelled today": "2024-04-02", "cancelled again": "2024-03-31"}, false)
}
