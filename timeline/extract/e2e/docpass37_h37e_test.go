package e2e_test

import "testing"

// TestDocpass37CommentThreads pins the comments of a thread, in Markdown
// and on an issue tracker's page: each comment's relative dates count
// from the comment's own day, not from the document's; the comment's
// head ("**Comment by Lea Novak (15 May 2026):**", "mlopez commented Mar
// 2, 2026") is no event, nor is a comment an event of its own day.
func TestDocpass37CommentThreads(t *testing.T) {
	notes := "**Comment by Priya Nair (12 May 2026):**\n\nThe price holds until 30 June.\n\n" +
		"# Procurement group notes\n\n**Date:** 14 May 2026\n\nThe board meets on 3 June.\n\n" +
		"**Comment by Lea Novak (15 May 2026):**\n\nThe second bidder replied this morning; their quote arrives on Monday.\n"
	issue := `<html><head><title>Export fails after upgrade · Issue #88 · acme/ledger · GitHub</title></head><body>
<div class="gh-header"><h1>Export fails after upgrade</h1><a class="author" href="/tvu">tvu</a> opened this issue on <relative-time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</relative-time> · 2 comments</div>
<div class="discussion">
<div class="timeline-comment"><div class="timeline-comment-header"><strong><a class="author" href="/tvu">tvu</a></strong> commented <a href="#issue-88"><relative-time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</relative-time></a></div>
<div class="comment-body"><p>The nightly export has failed every night since the upgrade on January 9.</p></div></div>
<div class="timeline-comment"><div class="timeline-comment-header"><strong><a class="author" href="/okoye">okoye</a></strong> commented <a href="#issuecomment-1"><relative-time datetime="2026-01-21T17:30:00Z">Jan 21, 2026</relative-time></a> · edited</div>
<div class="comment-body"><p>Confirmed on main. A fix goes into the release next Monday.</p></div></div>
</div>
<footer><p>© 2026 GitHub, Inc.</p></footer></body></html>`
	runRefCases(t, []refCase{
		{
			name: "Markdown notes with bold comment heads", file: "notes.md", text: notes,
			want: []string{"2026-05-15TMO | The second bidder replied", "2026-05-18 | Their quote arrives", "2026-06-30 | The price holds", "2026-06-03 | The board meets"},
			not:  []string{"2026-05-12", "2026-05-14TMO", "2026-05-15 |", "2026 |"},
		},
		{
			name: "the same comments with their labels in the paragraph", file: "notes.md",
			text: "**Comment by Priya Nair (12 May 2026):** The price holds until 30 June.\n\n**Comment by Lea Novak (15 May 2026):** The second bidder replied this morning.\n",
			want: []string{"2026-05-15TMO | The second bidder replied", "2026-06-30 | The price holds"},
			not:  []string{"2026-05-12", "2026-05-15 |"},
		},
		{
			name: "an issue's comments", file: "issue.html", text: issue,
			want: []string{"2026-01-09 | ", "2026-01-26 | A fix goes into the release"},
			not:  []string{"2026-01-12", "2026-01-19", "2026-01-21", "2026 |"},
		},
	})
}
