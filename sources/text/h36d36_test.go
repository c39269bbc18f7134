package text

import "testing"

// TestCommentHeadNamesNoPage36h36d: the head of a comment ("Jo Baines —
// 3 August 2024 at 9:14 pm") is one writer's, never the name of the page
// the comments were copied from: the line over it names the page, or
// nothing does.
func TestCommentHeadNamesNoPage36h36d(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"under the page's name", "Comments\n\n**Jo Baines** — 3 August 2024 at 9:14 pm\n\nThe ferry was late again on Tuesday.\n\nSam Reid · 12 Mar 2025, 08:40\n\nThe path flooded.\n", "Comments"},
		{"no name over it", "**Jo Baines** — 3 August 2024 at 9:14 pm\n\nThe ferry was late again on Tuesday.\n\nSam Reid · 12 Mar 2025, 08:40\n\nThe path flooded.\n", ""},
		{"a heading that names the page stays", "Ferry timetable changes\n\nThe ferry was late again on Tuesday 3 September 2024.\n", "Ferry timetable changes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.text, "comments.txt", Options{}).Title; got != tt.want {
				t.Errorf("title %q, want %q", got, tt.want)
			}
		})
	}
}
