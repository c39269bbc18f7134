package extract

import "testing"

// TestClockWithItsDay: a clock time a few hedging words after the day it
// falls on is one event with it; a clause between leaves two.
func TestClockWithItsDay(t *testing.T) {
	tests := []realCase{
		{
			name: "a hedge between the day and its time",
			text: "The meeting is on Tuesday, probably at 3 p.m.",
			ref:  "2025-09-10",
			want: []brief{{"2025-09-16T15:00", "on Tuesday, probably at 3 p.m.", "The meeting is on Tuesday, probably at 3 p.m."}},
		},
		{
			name: "a chat's bare time after its day",
			text: "dentist moved to next Wednesday btw, 2:30",
			ref:  "2025-03-14",
			want: []brief{{"2025-03-19T14:30", "next Wednesday btw, 2:30", "Dentist moved"}},
		},
		{
			name: "another clause keeps them apart",
			text: "The vote is on Thursday; the count starts at 9 p.m.",
			ref:  "2025-09-10",
			want: []brief{{"2025-09-11", "on Thursday", "The vote is on Thursday"}, {"2025-09-11T21:00", "at 9 p.m.", "The count starts"}},
		},
		{
			name: "a day that is no such weekday gives its time no other day",
			text: "The launch was on Friday, September 12, at 10 a.m. in Leeds. The second launch is on Friday, September 15, at 10 a.m. in York.",
			ref:  "2025-09-13",
			want: []brief{{"2025-09-12T10:00", "on Friday, September 12, at 10 a.m.", "The launch was in Leeds"}},
		},
	}
	runRealCases(t, tests)
}
