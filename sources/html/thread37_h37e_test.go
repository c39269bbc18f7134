package html

import (
	"strings"
	"testing"
)

// threadTests are pages of a thread: an issue tracker's comments, a
// forum's replies, each headed by its writer, a verb of writing and a
// time (GitHub's <relative-time>, a <time> in a permalink). want lists the
// sections of the posts as "date: text" (every post's text, none left
// out); a page that is no thread wants none. None of them is a
// statement: a comment tells what happens on the dates it names, it is
// no event of its own time.
var threadTests = []struct {
	name string
	page string
	want []string
	// gone are words no section may hold, kept words one must
	gone, kept []string
}{
	{name: "an issue's comments, each under its writer and a <relative-time> in a permalink",
		page: `<html><head><title>Export fails after upgrade · Issue #88 · acme/ledger</title></head><body>
<div class="gh-header"><h1>Export fails after upgrade</h1><a class="author" href="/tvu">tvu</a> opened this issue on <relative-time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</relative-time></div>
<div class="discussion">
<div class="timeline-comment"><div class="timeline-comment-header"><strong><a class="author" href="/tvu">tvu</a></strong> commented <a href="#issue-88"><relative-time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</relative-time></a></div>
<div class="comment-body"><p>The nightly export has failed every night since the upgrade on January 9.</p></div></div>
<div class="timeline-comment"><div class="timeline-comment-header"><strong><a class="author" href="/okoye">okoye</a></strong> commented <a href="#issuecomment-1"><relative-time datetime="2026-01-14T17:30:00Z">Jan 14, 2026</relative-time></a> · edited</div>
<div class="comment-body"><p>Confirmed. A fix is going into the release next Monday.</p></div></div>
</div></body></html>`,
		want: []string{
			"2026-01-12T08:00Z: tvu commented",
			"2026-01-12T08:00Z: Jan 12, 2026",
			"2026-01-12T08:00Z: The nightly export has failed every night since the upgrade on January 9.",
			"2026-01-14T17:30Z: okoye commented",
			"2026-01-14T17:30Z: Jan 14, 2026",
			"2026-01-14T17:30Z: · edited\n\nConfirmed. A fix is going into the release next Monday.",
		}},
	{name: "a tracker's comments under a <time> after the verb",
		page: `<html><head><title>Crash on empty config (#12) · Issues · tools / packer</title></head><body><main>
<div class="note"><div class="note-header"><span class="author-name">Lena Vogt</span> replied on <time datetime="2025-06-03T09:12:00Z">Jun 3, 2025</time></div>
<div class="note-text"><p>It crashes when the config file is empty. It started with the build of May 28.</p></div></div>
<div class="note"><div class="note-header"><span class="author-name">Sam Ito</span> replied on <time datetime="2025-06-05T11:40:00Z">Jun 5, 2025</time></div>
<div class="note-text"><p>Fixed in the build we published yesterday; please try it.</p></div></div>
</main></body></html>`,
		want: []string{
			"2025-06-03T09:12Z: Lena Vogt replied on",
			"2025-06-03T09:12Z: Jun 3, 2025",
			"2025-06-03T09:12Z: It crashes when the config file is empty. It started with the build of May 28.",
			"2025-06-05T11:40Z: Sam Ito replied on",
			"2025-06-05T11:40Z: Jun 5, 2025",
			"2025-06-05T11:40Z: Fixed in the build we published yesterday; please try it.",
		}},
	{name: "a forum's posts: the writer, 'wrote' and the time",
		page: `<html><head><title>Allotment waiting list - Forum</title></head><body>
<div class="post"><p class="postinfo"><b class="username">greenfinger</b> wrote: <time datetime="2024-03-02T20:15:00Z">2 March 2024, 20:15</time></p><p>The waiting list reopened on Monday and I got a plot for April.</p></div>
<div class="post"><p class="postinfo"><b class="username">marrow_man</b> wrote: <time datetime="2024-03-04T07:50:00Z">4 March 2024, 07:50</time></p><p>Lucky you. I applied last week and heard nothing yet.</p></div>
</body></html>`,
		want: []string{
			"2024-03-02T20:15Z: greenfinger wrote:",
			"2024-03-02T20:15Z: 2 March 2024, 20:15",
			"2024-03-02T20:15Z: The waiting list reopened on Monday and I got a plot for April.",
			"2024-03-04T07:50Z: marrow_man wrote:",
			"2024-03-04T07:50Z: 4 March 2024, 07:50",
			"2024-03-04T07:50Z: Lucky you. I applied last week and heard nothing yet.",
		}},
	{name: "a thread's record of what someone did is no text",
		page: `<html><head><title>Export fails · Issue #88</title></head><body><div class="discussion">
<div class="timeline-comment"><div class="header"><strong><a class="author" href="/tvu">tvu</a></strong> commented <a href="#c0"><relative-time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</relative-time></a></div>
<div class="comment-body"><p>The nightly export has failed every night since the upgrade on January 9.</p><p><a class="user-mention" href="/okoye">@okoye</a> reviewed the upgrade on Jan 8</p></div></div>
<div class="timeline-item"><a class="author" href="/okoye">okoye</a> added the <span class="label">bug</span> label <relative-time datetime="2026-01-13T09:00:00Z">Jan 13, 2026</relative-time></div>
<div class="timeline-comment"><div class="header"><strong><a class="author" href="/okoye">okoye</a></strong> commented <a href="#c1"><relative-time datetime="2026-01-14T17:30:00Z">Jan 14, 2026</relative-time></a></div>
<div class="comment-body"><p>Confirmed. A fix is going into the release next Monday.</p></div></div>
<div class="timeline-item"><a class="author" href="/tvu">tvu</a> closed this as completed <a href="#e2"><relative-time datetime="2026-01-20T12:00:00Z">Jan 20, 2026</relative-time></a></div>
</div></body></html>`,
		want: []string{
			"2026-01-12T08:00Z: tvu commented",
			"2026-01-12T08:00Z: Jan 12, 2026",
			"2026-01-12T08:00Z: The nightly export has failed every night since the upgrade on January 9.\n\n@okoye reviewed the upgrade on Jan 8",
			"2026-01-14T17:30Z: okoye commented",
			"2026-01-14T17:30Z: Jan 14, 2026",
			"2026-01-14T17:30Z: Confirmed. A fix is going into the release next Monday.",
		},
		gone: []string{"added the", "closed this"}},
	// what is not a thread
	{name: "outside a thread, a line of a writer, words and a time stays",
		page: `<html><body><article><h1>Ledger news</h1><p>The export job now runs in the background, and totals are right in leap years.</p>
<div><span class="author">Tom Vu</span> released version 2.0 <time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</time></div>
<p>The next release is planned for the spring, with a new report designer.</p></article></body></html>`,
		kept: []string{"released version 2.0"}},
	{name: "a verb that is no writing's heads nothing",
		page: `<html><body><article><h1>Ledger 2.0</h1>
<div><p><span class="author">tvu</span> released <a href="#r1"><time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</time></a></p><p>The release moves the export to a background job.</p></div>
<div><p><span class="author">okoye</span> released <a href="#r2"><time datetime="2026-01-14T17:30:00Z">Jan 14, 2026</time></a></p><p>The release fixes the report totals for leap years.</p></div>
</article></body></html>`},
	{name: "a link that says more than its time heads nothing",
		page: `<html><body><article><h1>Notes</h1>
<div><p><span class="author">tvu</span> commented <a href="#c1">on <time datetime="2026-01-12T08:00:00Z">Jan 12, 2026</time> in the thread</a></p><p>The export is still failing every night.</p></div>
<div><p><span class="author">okoye</span> commented <a href="#c2">on <time datetime="2026-01-14T17:30:00Z">Jan 14, 2026</time> in the thread</a></p><p>A fix goes into the next release.</p></div>
</article></body></html>`},
	{name: "a component without a datetime is no time",
		page: `<html><body><article><h1>Notes</h1>
<div><p><strong><a class="author" href="/tvu">tvu</a></strong> commented <a href="#c1"><relative-time>Jan 12, 2026</relative-time></a></p><p>The export is still failing every night.</p></div>
<div><p><strong><a class="author" href="/okoye">okoye</a></strong> commented <a href="#c2"><relative-time>Jan 14, 2026</relative-time></a></p><p>A fix goes into the next release.</p></div>
</article></body></html>`},
}

func TestThreads37h37e(t *testing.T) {
	for _, tc := range threadTests {
		t.Run(tc.name, func(t *testing.T) {
			doc := readPage(t, tc.page)
			var got []string
			for _, s := range doc.Sections {
				if s.Statement {
					t.Errorf("section %q is a statement", s.Text)
				}
				if s.RefFrom != "heading" {
					continue
				}
				got = append(got, s.Citation.Date.String()+": "+s.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			var all strings.Builder
			for _, s := range doc.Sections {
				all.WriteString(s.Text + "\n")
			}
			for _, w := range tc.gone {
				if strings.Contains(all.String(), w) {
					t.Errorf("%q should be gone from:\n%s", w, all.String())
				}
			}
			for _, w := range tc.kept {
				if !strings.Contains(all.String(), w) {
					t.Errorf("%q should be kept in:\n%s", w, all.String())
				}
			}
		})
	}
}

// TestPositionOutsideTags37h37e: a text is located where it stands in
// the page, not in an attribute before it that holds the same words
// (href="/mlopez" before the text "mlopez", id="2015" before "2015").
func TestPositionOutsideTags37h37e(t *testing.T) {
	page := `<html><body><article>
<h2 id="2015">2015</h2>
<p><a href="/harbour">The harbour</a> was dredged in the spring, and the old quay was rebuilt.</p>
<h2 id="2016">2016</h2>
<p>The ferry returned in <a href="/may">May</a> after a gap of six years, to the relief of the island.</p>
</article></body></html>`
	doc, err := Read(strings.NewReader(page), "p.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sections) < 4 {
		t.Fatalf("sections: %+v", doc.Sections)
	}
	for _, s := range doc.Sections {
		at := page[s.Pos.Offset:]
		if first := strings.Fields(s.Text)[0]; !strings.HasPrefix(at, first) || inTag(page, s.Pos.Offset) {
			t.Errorf("section %q: position %d:%d points at %q", s.Text, s.Pos.Line, s.Pos.Col, clip(at))
		}
	}
}
