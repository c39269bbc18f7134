package e2e_test

import "testing"

// TestPostUnderDatedPage27H: one post under its heading, its own day on
// the line over its story, on a page an earlier line dated ("Updated 28
// July 2025"): the post's day dates its story, in Markdown, plain text
// and HTML alike.
func TestPostUnderDatedPage27H(t *testing.T) {
	const story = "Yesterday the director announced the cast. Rehearsals begin on Monday."
	want := []string{"2025-12-04 | The director announced the cast", "2025-12-08 | Rehearsals begin"}
	not := []string{"2025-07-27", "2025-07-28"}
	runDocCases(t, []docCase{
		{
			name: "markdown",
			file: "news.md",
			text: "# Winter news\n\nUpdated 28 July 2025\n\n## Panto casting\n\n5 December 2025\n\n" + story + "\n",
			want: want, not: not,
		},
		{
			name: "plain text",
			file: "news.txt",
			text: "Winter news\n\nUpdated 28 July 2025\n\nPanto casting\n\n5 December 2025\n\n" + story + "\n",
			want: want, not: not,
		},
		{
			name: "html",
			file: "news.html",
			text: "<html><head><title>Winter news</title></head><body><h1>Winter news</h1><p>Updated 28 July 2025</p><h2>Panto casting</h2><p>5 December 2025</p><p>" + story + "</p></body></html>\n",
			want: want, not: not,
		},
		{
			name: "markdown, a posted line",
			file: "posted.md",
			text: "# Village news\n\nPublished 2 March 2025\n\n## Fete update\n\nPosted 20 May 2025\n\nThe committee met yesterday.\n",
			want: []string{"2025-05-19 | The committee met"},
			not:  []string{"2025-03-01"},
		},
		{
			// the page's own line, no post's: unchanged
			name: "markdown, the same day as the page",
			file: "same.md",
			text: "# Winter news\n\nUpdated 28 July 2025\n\n## Panto casting\n\n28 July 2025\n\n" + story + "\n",
			want: []string{"2025-07-27 | The director announced the cast"},
		},
		{
			name: "markdown, no line above the heading",
			file: "blog.md",
			text: "# Walking Blog\n\n## Harbour walk\n\n5 December 2025\n\nYesterday we walked to the harbour.\n",
			want: []string{"2025-12-04 | We walked to the harbour"},
		},
	})
}
