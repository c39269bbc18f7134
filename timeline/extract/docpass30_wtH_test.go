package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestPutOffUntil: "until" after a verb putting a happening off
// ("postponed until the autumn") says when it is to be, no bound: the
// event has no mod; "open until" still bounds it.
func TestPutOffUntil(t *testing.T) {
	for _, tc := range []struct {
		text string
		mod  timeline.Mod
	}{
		{"The Head race is postponed until the autumn.", timeline.ModNone},
		{"The hearing was adjourned until 3 March 2021.", timeline.ModNone},
		{"The consultation is open until 3 March 2021.", timeline.ModOnOrBefore},
	} {
		doc := oneSection("p.txt", tc.text, timeline.Citation{})
		evs := Events(doc, Options{Ref: day(t, "2021-02-02")})
		if len(evs) != 1 || evs[0].Span.Start.Mod != tc.mod {
			t.Errorf("%q: got %v, want one event with mod %v", tc.text, evs, tc.mod)
		}
	}
}

// TestMinutesTitles30: an item's number and letter ("7(b)") is no part of
// the title; a bracket the date leaves with its preposition alone ("(to
// 31 December 2024)") goes with it; a season naming an event dated right
// after it ("the Summer Fair on 15 July 2023") stays in the title and
// dates nothing.
func TestMinutesTitles30(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "item number and letter", ref: "2023-03-14", text: "7(b) A letter dated 1 March 2023 from the Coronation Committee was read.",
			want: []brief{{"2023-03-01", "1 March 2023", "A letter from the Coronation Committee was read"}}},
		{name: "bracket left with its preposition", ref: "2025-01-22", text: "The Q3 management accounts (to 31 December 2024) showed a surplus of £2.3m.",
			want: []brief{{"2024-12-31", "31 December 2024", "The Q3 management accounts showed a surplus of £2.3m"}}},
		{name: "a season's event dated after it", ref: "2024-06-02", text: "The Summer Fair on 15 July 2023 raised £900.",
			want: []brief{{"2023-07-15", "on 15 July 2023", "The Summer Fair raised £900"}}},
	})
}
