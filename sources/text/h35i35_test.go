package text

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestFeedTitle35h35i: a feed of posts pasted without a title of its own
// is not named by its first post's head ('Jane Smith¶@janesmith · Mar 7',
// 'Tom Reed @tomreed · Mar 8', '**Reply from ben, 5 Aug 2024 18:02**'):
// that head is one writer's post, and every post would be cited as it; a
// title over the feed, or a heading that is no post's head, still names
// the document.
func TestFeedTitle35h35i(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 10}
	for _, tt := range []struct {
		name, text, want string
	}{
		{"name over handle", "Jane Smith\n@janesmith · Mar 7\nFerry cancelled again today.\n\nTom Reed @tomreed · 2d\nThe bridge reopened yesterday.\n\nAnna Lee\n@annalee · Mar 3\nRoad works start tomorrow.\n", ""},
		{"one-line heads", "Jane Smith @janesmith · Mar 7\nFerry cancelled again today.\n\nTom Reed @tomreed · Mar 8\nThe bridge reopened yesterday.\n", ""},
		{"handles only", "@riverside_lib · Mar 7\nFerry cancelled again today.\n\n@tomreed · Mar 8\nThe bridge reopened yesterday.\n", ""},
		{"forum replies", "**Reply from crumbandcrust, 5 Aug 2024 18:02**\nBy Sunday it doubled.\n\n**Reply from ben, 6 Aug 2024 10:00**\nIt rose yesterday.\n", ""},
		{"a title over the feed", "Ferry posts\n\nJane Smith\n@janesmith · Mar 7\nFerry cancelled again today.\n\nTom Reed @tomreed · Mar 8\nThe bridge reopened yesterday.\n", "Ferry posts"},
		{"a heading", "Harbour works\n\nThe bridge reopened on 8 March 2025. Road works start on 12 March.\n", "Harbour works"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text, "feed.txt", Options{RefDate: ref})
			if doc.Title != tt.want {
				t.Errorf("title %q, want %q", doc.Title, tt.want)
			}
			for _, s := range doc.Sections {
				if s.Citation.Title != "" && s.Citation.Title != tt.want {
					t.Errorf("section %q cited as %q", s.Text, s.Citation.Title)
				}
			}
		})
	}
}
