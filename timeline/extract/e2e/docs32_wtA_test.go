package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// refCase is a docCase read with a reference date (--ref-date), as a
// thread or a chat copied out of its window is: its relative stamps
// ("Yesterday", "22h") count from that day.
type refCase struct {
	name, file, text, ref string
	want, not             []string
}

// runRefCases reads each document with its reference date and checks
// the events Build makes of it ("VALUE | title prefix"), as runDocCases.
func runRefCases(t *testing.T, tests []refCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			var ref timeline.Date
			if tt.ref != "" {
				var err error
				if ref, err = timeline.ParseDate(tt.ref); err != nil {
					t.Fatal(err)
				}
			}
			res, err := sources.Read(context.Background(), []string{p}, sources.Options{RefDate: ref})
			if err != nil {
				t.Fatal(err)
			}
			c := extract.Build(res.Documents, extract.Options{})
			var got []string
			for _, e := range c.Events {
				v := e.Span.Start.String()
				if e.Span.IsRange() {
					v += "/" + e.Span.End.String()
				}
				got = append(got, v+" | "+e.Title)
			}
			has := func(w string) bool {
				return slices.ContainsFunc(got, func(g string) bool {
					return strings.HasPrefix(g, w) && (strings.Contains(w, " | ") || strings.HasPrefix(g, w+" | "))
				})
			}
			for _, w := range tt.want {
				if !has(w) {
					t.Errorf("no event %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, w := range tt.not {
				if has(w) {
					t.Errorf("event %q should not be in:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// TestDocs32AChatRelativeDividers pins a chat exported from Slack (QA
// 179): "--- Yesterday ---" and "--- Today ---" are the two days before
// and of the export (the reference date), not counted from the divider
// above them ("--- Monday, June 9th ---"); the messages under them are of
// those days; a message's head ("**Leo Brandt** 4:48 PM", "(edited)") is
// no event and no part of its title.
func TestDocs32AChatRelativeDividers(t *testing.T) {
	doc := "# #release-eng (Slack export)\n\n--- Monday, June 9th ---\n\n**Anika Ross** 9:02 AM\nReminder that the code freeze starts Wednesday at 17:00 UTC.\n\n" +
		"--- Yesterday ---\n\n**Anika Ross** 2:15 PM\nFreeze is in. Release candidate rc1 was cut at 17:05.\n\n**Leo Brandt** 4:48 PM\nrc1 deploys to staging tonight.\n\n" +
		"--- Today ---\n\n**Deshawn Pike** 8:31 AM\nSmoke tests timed out twice between 02:00 and 02:30.\n\n**Anika Ross** 8:45 AM (edited)\nThe go/no-go call is tomorrow at 10:00.\n"
	runRefCases(t, []refCase{
		{
			name: "a Slack export with Yesterday and Today",
			file: "release.md", text: doc, ref: "2025-06-12",
			want: []string{"2025-06-11T17:00Z | The code freeze", "2025-06-11T17:05 | Release candidate rc1 was cut", "2025-06-11TNI | Rc1 deploys to staging",
				"2025-06-12T02:00/2025-06-12T02:30 | Smoke tests timed out", "2025-06-13T10:00 | The go/no-go call"},
			not: []string{"2025-06-08", "2025-06-09T", "2025-06-10", "2025-06-11T16:48", "2025-06-12T08:45", "2025-06-11 | --- ---"},
		},
		{
			name: "no day of the export: Yesterday dates nothing",
			file: "release.md", text: strings.Replace(doc, "# #release-eng (Slack export)", "# #release-eng", 1), ref: "",
			not: []string{"2025-06-08", "2025-06-10"},
		},
	})
}

// TestDocs32AForumReplyHeads pins a forum thread (QA 179): "Reply from
// NAME, 5 Aug 2024 18:02", quoted or not, heads the reply, whose
// "tomorrow" and "By Sunday" count from that day, not from the first
// post's; the head and its "(edited 6 Aug)" note are no events.
func TestDocs32AForumReplyHeads(t *testing.T) {
	post := "## Re: Sourdough starter died?\n\n**Posted by crumbandcrust on 2 August 2024, 07:55**\n\nI fed it on Sunday night as usual.\n\n"
	runRefCases(t, []refCase{
		{
			name: "a quoted reply",
			file: "forum.md", text: post + "> **Reply from crumbandcrust, 5 Aug 2024 18:02** *(edited 6 Aug)*\n> Update: By Sunday it doubled in 6 hours. Baking the first loaf tomorrow.\n",
			want: []string{"2024-07-28TNI | I fed it", "2024-08-04 | Update – it doubled", "2024-08-06 | Baking the first loaf"},
			not:  []string{"2024-07-28 | It doubled", "2024-08-03", "2024-08-05T18:02", "2023-08-06", "2024-08-06 | Reply"},
		},
		{
			name: "a reply as a paragraph",
			file: "forum.md", text: post + "Comment by ben, 5 Aug 2024 18:02\nBy Sunday it doubled. Baking the first loaf tomorrow.\n",
			want: []string{"2024-08-04 | It doubled", "2024-08-06 | Baking the first loaf"},
			not:  []string{"2024-08-03", "2024-08-05T18:02"},
		},
	})
}

// TestDocs32AForumPostBylines pins a forum page (QA 179) whose post and
// replies each open with a line of their writer and their <time>
// (<p class="meta"><span class="author">grimbeard77</span> · <time ...>):
// the time heads the reply as if it came first, so that "this morning"
// and "at 4 PM today" in a reply of 7 February are of the 7th, not of
// the page's 6 February; a paragraph that opens with words before its
// time heads nothing.
func TestDocs32AForumPostBylines(t *testing.T) {
	page := `<html><head><title>Maintenance overrun - Forums</title><meta property="article:published_time" content="2025-02-06T09:12:00Z"></head><body>
<div class="post"><p class="meta"><span class="author">Dev_Marisol</span> · <time datetime="2025-02-06T09:12:00Z">Feb 6, 2025, 9:12 AM</time></p>
<p>The scheduled maintenance on Tuesday, 4 February ran far longer than announced. Gems will land in mailboxes by Friday.</p></div>
<div class="reply"><p class="meta"><span class="author">grimbeard77</span> · <time datetime="2025-02-07T15:14:00Z">Feb 7, 2025, 3:14 PM</time></p>
<p>Still no gems as of this morning. Any update on the raid?</p></div>
<div class="reply"><p class="meta"><span class="author">Dev_Marisol</span> · <time datetime="2025-02-07T17:02:00Z">Feb 7, 2025, 5:02 PM</time></p>
<p>Gems went out at 4 PM today, check your mailbox.</p></div>
</body></html>`
	runRefCases(t, []refCase{
		{
			name: "replies under author lines", file: "forum.html", text: page,
			want: []string{"2025-02-04 | The scheduled maintenance", "2025-02-07 | Gems will land", "2025-02-07TMO | Still no gems", "2025-02-07T16:00 | Gems went out"},
			not:  []string{"2025-02-06TMO", "2025-02-06T16:00"},
		},
		{
			name: "words before the time are no byline", file: "story.html",
			text: strings.NewReplacer(`<span class="author">grimbeard77</span> · `, `The gems were promised on `, `<span class="author">Dev_Marisol</span> · <time datetime="2025-02-07T17:02:00Z">`, `Posted <time datetime="2025-02-07T17:02:00Z">`).Replace(page),
			not:  []string{"2025-02-07TMO", "2025-02-07T16:00"},
		},
	})
}

// TestDocs32APostAges pins a group's page copied from a social network
// (QA 179): a post's stamp by its age ("Gwen Okafor¶Yesterday at 3:14
// PM", "Tom Heald · 22h", "Ruth Amaya · 9h") heads the post, whose
// "today" and "this evening" are of the day the stamp counts back to from
// the reference date (22 hours: the day before, as is likelier; 9 hours:
// the same day); the stamp is no event, and the page's name stays its
// title.
func TestDocs32APostAges(t *testing.T) {
	page := "Maple Hollow Neighbours (Public group)\n\nGwen Okafor\nYesterday at 3:14 PM\n\nLOST DOG - Biscuit slipped his collar on Brackenridge Lane around 2pm today.\n\n" +
		"    Tom Heald · 22h\n    Think I saw him by the canal bridge this evening?\n\n    Ruth Amaya · 9h\n    A beagle was barking outside the bakery at 5am!\n"
	runRefCases(t, []refCase{
		{
			name: "stamps by age", file: "group.txt", text: page, ref: "2025-04-10",
			want: []string{"2025-04-09T14:00 | LOST DOG", "2025-04-09TEV | Think I saw him", "2025-04-10T05:00 | A beagle was barking"},
			not:  []string{"2025-04-09T15:14", "2025-04-10T14:00", "2025-04-10TEV", "2025-04-09T05:00"},
		},
		{
			name: "no day of the copy", file: "group.txt", text: page,
			not: []string{"2025-04-09", "2025-04-10"},
		},
	})
}
