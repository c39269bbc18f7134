package extract

import "testing"

// TestInAmountAfterDayToCome: "in two weeks" after a sentence that tells a
// day to come counts from the writer's day, as it does alone; "within"
// such an amount, or a subject that points back to that day's event,
// still counts from the event and gives no date.
func TestInAmountAfterDayToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "in two weeks after a day to come", ref: "2025-09-15", text: "Prelim 1 is on October 7. Homework 3 will be released in two weeks.",
			want: []brief{{"2025-W40", "in two weeks", "Homework 3 will be released"}, {"2025-10-07", "on October 7", "Prelim 1 is on October 7"}}},
		{name: "in two weeks alone", ref: "2025-09-15", text: "Homework 3 will be released in two weeks.",
			want: []brief{{"2025-W40", "in two weeks", "Homework 3 will be released"}}},
		{name: "it points back", ref: "2025-05-20", text: "The pop-up store opens on June 1. It will close in three months.",
			want: []brief{{"2025-06-01", "on June 1", "The pop-up store opens"}}},
	})
}
