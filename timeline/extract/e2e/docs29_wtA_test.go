package e2e_test

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline/extract"
)

// TestDocs29AChatDividers pins chats exported from a team's messaging
// tool (QA 157): a day divider ("--- Tuesday, June 17th, 2025 ---") is
// the heading of the messages under it, their reference date and no event
// of its own; each "[14:20] name:" line is a message of its own, so that
// a date in one message anchors no other message's time; an export stamp
// ("Exported: 2025-06-18") is no event.
func TestDocs29AChatDividers(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "relative days in messages under a divider",
			file: "ops.txt",
			text: "--- Monday, March 3rd, 2025 ---\n[10:02] lena.p: vendor call moved to Wednesday at 3 PM\n[10:05] omar.s: I'll send the minutes by EOD tomorrow\n",
			want: []string{"2025-03-05T15:00 | Vendor call moved", "2025-03-04 | I'll send the minutes"},
			not:  []string{"2025-03-03 | --- ---"},
		},
		{
			name: "a date in one message does not date the next one's time",
			file: "ops.txt",
			text: "--- Thursday, May 8th, 2025 ---\n[08:40] lena.p: the board review was pushed to 2 June\n[08:47] omar.s: patch 4.2 went live at 08:30\n",
			want: []string{"2025-05-08T08:30 | Patch 4.2 went live", "2025-06-02 | The board review was pushed"},
			not:  []string{"2025-06-02T08:30", "2025-06-02T08:47"},
		},
		{
			name: "an export stamp and a divider over the messages",
			file: "ops.txt",
			text: "#ops-room  Slack export\nExported: 2025-03-04\n\n--- Monday, March 3rd, 2025 ---\n[10:02] lena.p: disk alarm on db-2\n[10:09] omar.s: cleared, the backup from last night was stuck\n",
			want: []string{"2025-03-03T10:02", "2025-03-02TNI | The backup was stuck"},
			not:  []string{"2025-03-04", "2025-03-03 | --- ---"},
		},
	})
}

// TestDocs29AChatMessageText: an event's text is its own message, not the
// messages before it ("[Thu 17:06] Sofia: ..." after two others).
func TestDocs29AChatMessageText(t *testing.T) {
	res := readFile(t, "chat.txt", "[Mon 08:10] Ines: I'll look at it after lunch\n[Tue 12:30] Ines: fixed, needed a restart\n[Wed 09:45] Paul: the lease ends on 30 September 2026\n")
	c := extract.Build(res.Documents, extract.Options{})
	if len(c.Events) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(c.Events), c.Events)
	}
	if got := c.Events[0].Text; strings.Contains(got, "Ines") || !strings.Contains(got, "the lease ends on 30 September 2026") {
		t.Errorf("text %q, want the third message alone", got)
	}
}

// TestDocs29AChatSenderIsNoSource: a chat message's sender is who wrote
// it, an actor of its events; their source (and lane) is the chat itself,
// as CONTRACT.md says of the source column (QA 157).
func TestDocs29AChatSenderIsNoSource(t *testing.T) {
	res := readFile(t, "family.txt", "[02/05/2025, 18:20:04] Gran: Our train gets in on 14 May at 11:10\n[02/05/2025, 18:22:40] Tomás: I'll pick you up on the 14th\n")
	c := extract.Build(res.Documents, extract.Options{})
	if len(c.Events) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(c.Events), c.Events)
	}
	senders := map[string]bool{}
	for _, e := range c.Events {
		if len(e.Sources) != 1 || e.Sources[0].Outlet != "" || !strings.HasSuffix(e.Sources[0].File, "family.txt") {
			t.Errorf("%q: sources %+v, want the chat", e.Title, e.Sources)
		}
		if len(e.Actors) > 0 {
			senders[e.Actors[0]] = true
		}
	}
	if !senders["Gran"] || !senders["Tomás"] {
		t.Errorf("first actors %v, want the senders Gran and Tomás", senders)
	}
}

// TestDocs29AStandupEntries: a log's entry that opens with its day in
// bold ("**Tue 18 Mar** - Priyanka: ...") is read from that day, not from
// the week's heading over it nor from a date an earlier entry told; the
// week's heading ("## Week of 17 March 2025") gives the entries' year
// (QA 157).
func TestDocs29AStandupEntries(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "yesterday and Friday from the entry's day",
			file: "standup.md",
			text: "# Data team log\n\n## Week of 7 April 2025\n\n**Mon 7 Apr** - Noor: the index rebuild that was due last Wednesday is still running.\n\n" +
				"**Wed 9 Apr** - Femi: backfill finished yesterday. The dashboard goes live on Friday.\n",
			want: []string{"2025-04-08 | Backfill finished", "2025-04-11 | The dashboard goes live", "2025-04-02", "2025-04-07 | Noor: the index rebuild that was due last Wednesday is still running"},
			not:  []string{"2025-04-04", "2025-04-06"},
		},
		{
			name: "an entry's full day",
			file: "standup.md",
			text: "**Thu 10 Apr 2025** - Femi: the migration goes out on Monday.\n",
			want: []string{"2025-04-14 | The migration goes out"},
		},
	})
}
