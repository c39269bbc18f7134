package extract

import "testing"

// TestRetimedService: in a timetable change, the new time of a service
// named by its own time ("The 06:42 from Portmere will depart at 06:38")
// is every day's, no event; one run's moment told in the past stays.
func TestRetimedService(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "will depart at", ref: "2025-12-01", text: "From Sunday 14 December 2025 the timetable changes. The 06:42 from Portmere will depart at 06:38.",
			want: []brief{{"2025-12-14", "From Sunday 14 December 2025", "The timetable changes"}}},
		{name: "will instead leave at", ref: "2025-12-01", text: "From Sunday 14 December 2025 the timetable changes. The 17:10 to Leeds will instead leave at 17:05.",
			want: []brief{{"2025-12-14", "From Sunday 14 December 2025", "The timetable changes"}}},
	})
}
