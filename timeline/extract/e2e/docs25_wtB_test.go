package e2e_test

import "testing"

// TestHeaderClock: a bulletin whose head writes the hour with its date
// ("1100 PM EDT Sun Sep 14 2025") puts a time of day its text gives no
// day ("Next complete advisory at 500 AM EDT") on the next day when that
// time is told ahead of the writer and hours earlier in the day; a time
// told in the past stays on the writer's day.
func TestHeaderClock(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "next advisory after a late issuance", file: "advisory.txt",
			text: "Hurricane Delia Advisory Number 14\n1100 PM EDT Sun Sep 14 2025\n\nThe Hurricane Watch was upgraded to a Hurricane Warning at 500 PM EDT.\n\nNext complete advisory at 500 AM EDT.\n",
			want: []string{"2025-09-15T05:00-04:00 | Next complete advisory", "2025-09-14T17:00-04:00"},
			not:  []string{"2025-09-14T05:00-04:00"}},
		{name: "a morning time told ahead in the afternoon", file: "statement.txt",
			text: "Flood Statement\nIssued: Friday, July 11, 2025 at 2:15 PM MST\n\nThe river will fall below flood stage by 9 AM.\n",
			want: []string{"2025-07-12T09:00"},
			not:  []string{"2025-07-11T09:00"}},
	})
}
