package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestWeekAheadTitle: a preview published at the weekend whose title
// names the coming week ("LAUNCH ROUNDUP: WEEK OF APRIL 6", Sunday 5
// April) speaks from that week: "this week" is the week of 6 April,
// "last week" the one before it (was the writer's week, which ends that
// Sunday, and the one before that). Published on a weekday, the writer's
// week is "this week" still.
func TestWeekAheadTitle(t *testing.T) {
	for _, tc := range []struct {
		pub  string
		want []brief
	}{
		{"2026-04-05", []brief{{"2026-W14", "last week", "The tanker flew"}, {"2026-W15", "this week", "Three launches are on the books"}}},
		{"2026-04-02", []brief{{"2026-W13", "last week", "The tanker flew"}, {"2026-W14", "this week", "Three launches are on the books"}}},
	} {
		doc := &timeline.Document{Name: "roundup.txt", Title: "LAUNCH ROUNDUP: WEEK OF APRIL 6", Sections: []timeline.Section{
			{Kind: timeline.Body, Text: "Three launches are on the books this week. The tanker flew last week.", Citation: timeline.Citation{Date: day(t, tc.pub)}},
		}}
		if got := briefs(Events(doc, Options{})); !slices.Equal(got, tc.want) {
			t.Errorf("published %s:\ngot  %q\nwant %q", tc.pub, got, tc.want)
		}
	}
}

// TestBracketDayLabel: a log's entry labelled by a short name and its day
// in brackets ("FD2 (Wed 13 May): ...") is one event at the time the
// entry tells of that day, as "Wed 13 May: ..." is (was also a row of the
// day alone, the label's name in its title); a time of another day keeps
// the label's.
func TestBracketDayLabel(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "time of the label's day", ref: "2026-05-20", text: "FD2 (Wed 13 May): Docking with Harbor station at 14:20 UTC.\n\nFD4 (Fri 15 May): Spacewalk EVA-1 began at 11:02 UTC.",
			want: []brief{{"2026-05-13T14:20Z", "at 14:20 UTC", "Docking with Harbor station"}, {"2026-05-15T11:02Z", "at 11:02 UTC", "Spacewalk EVA-1 began"}}},
		{name: "time of another day", ref: "2026-05-20", text: "FD8 (Tue 19 May): Undocking is planned for 22 May 2026 at 06:15 UTC.",
			want: []brief{{"2026-05-19", "Tue 19 May", "FD8: Undocking is planned for 22 May 2026 at 06:15 UTC"}, {"2026-05-22T06:15Z", "22 May 2026 at 06:15 UTC", "Undocking is planned"}}},
	})
}
