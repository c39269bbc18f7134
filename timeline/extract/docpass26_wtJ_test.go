package extract

import "testing"

// TestScheduleDayHeading: a day alone on its line over the timed entries
// of a schedule is their heading, not an event of its own; a day line
// with nothing timed under it stays an event.
func TestScheduleDayHeading(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "second day heading of a schedule", ref: "2025-06-20",
			text: "Regatta programme\nFri 4 July\n  Heats      09:30-12:00\nSat 5 July\n  Finals      14:00-16:30",
			want: []brief{{"2025-07-04T09:30/2025-07-04T12:00", "09:30-12:00", "Heats"}, {"2025-07-05T14:00/2025-07-05T16:30", "14:00-16:30", "Finals"}}},
	})
}
