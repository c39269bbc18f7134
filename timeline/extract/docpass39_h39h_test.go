package extract

import "testing"

// TestScheduledPresent39: a memo's or a notice's verb in the simple
// present with a weekday ("The finance team moves on Saturday", "Parking
// charges rise on Monday") tells what is scheduled, a day to come, not
// the nearest such day (which, told on a Tuesday, is the Saturday or the
// Monday gone by); what is told in the past stays in the past.
func TestScheduledPresent39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "memo", ref: "2025-11-18",
			text: "The finance team moves to the third floor of Harbour House on Saturday. " +
				"The old building shuts to staff on Sunday, and parking charges at the new site rise on Monday.\n\n" +
				"We moved the archive boxes on Saturday; thank you to everyone who helped.",
			want: []brief{
				{"2025-11-15", "on Saturday", "We moved the archive boxes"},
				{"2025-11-22", "on Saturday", "The finance team moves to the third floor of Harbour House"},
				{"2025-11-23", "on Sunday", "The old building shuts to staff"},
				{"2025-11-24", "on Monday", "Parking charges at the new site rise"},
			}},
		{name: "plural subject", ref: "2025-11-18", text: "Applications for the spring intake close on Sunday.",
			want: []brief{{"2025-11-23", "on Sunday", "Applications for the spring intake close"}}},
		{name: "told in the past", ref: "2025-11-18", text: "The finance team moved to Harbour House on Saturday.",
			want: []brief{{"2025-11-15", "on Saturday", "The finance team moved to Harbour House"}}},
		// a caption's present shows what was done: the nearest such day
		{name: "caption", ref: "2025-11-18", text: "Demonstrators hold placards outside the town hall on Sunday.",
			want: []brief{{"2025-11-16", "on Sunday", "Demonstrators hold placards outside the town hall"}}},
	})
}
