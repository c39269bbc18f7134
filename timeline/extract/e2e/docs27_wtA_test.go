package e2e_test

import "testing"

// TestUndatedOffsetNoMeetingDay: in minutes dated by their meeting, a
// sentence that times what it tells by a happening it names but does not
// date ("two days before the interviews") is no event of the meeting's
// day; another sentence of the section still is.
func TestUndatedOffsetNoMeetingDay(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "two days before the interviews", file: "minutes.txt",
			text: "Meeting held Thursday 6 March 2025\n\nS. Iyer will circulate the scorecards two days before the interviews.\n",
			not:  []string{"2025-03-06"}},
		{name: "another sentence of the minutes", file: "minutes.txt",
			text: "Meeting held Thursday 6 March 2025\n\nS. Iyer will circulate the scorecards two days before the interviews. The panel agreed to shortlist four candidates.\n",
			want: []string{"2025-03-06 | The panel agreed to shortlist four candidates"},
			not:  []string{"2025-03-06 | S. Iyer"}},
	})
}
