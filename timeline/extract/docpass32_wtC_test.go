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
