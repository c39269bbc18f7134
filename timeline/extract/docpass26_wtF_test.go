package extract

import "testing"

// TestCountedLimitGlossed: a time limit counted from a day ("within one
// month of the date of this letter") glossed by the day it comes to
// (", so by 3 December 2025") is one deadline, the day written; alone,
// the limit keeps its event.
func TestCountedLimitGlossed(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "so by the day", ref: "2025-11-03", text: "You must ask within one month of the date of this letter, so by 3 December 2025.",
			want: []brief{{"2025-12-03", "by 3 December 2025", "You must ask within one month of the date of this letter"}}},
		{name: "two weeks, so by the day", ref: "2025-11-03", text: "Please reply within two weeks of the date of this letter, so by 17 November 2025.",
			want: []brief{{"2025-11-17", "by 17 November 2025", "Please reply within two weeks of the date of this letter"}}},
		{name: "the limit alone", ref: "2025-11-03", text: "You must ask within one month of the date of this letter.",
			want: []brief{{"2025-12", "within one month of the date of this letter", "You must ask"}}},
	})
}

// TestFilingStampDayAndTime: a stamp's day and its time after a
// semicolon ("Filed 9-4-25; 8:45 am") are one moment, one event.
func TestFilingStampDayAndTime(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a Federal Register filing line", ref: "2025-09-05", text: "[FR Doc. 2025-16832 Filed 9-4-25; 8:45 am]",
			want: []brief{{"2025-09-04T08:45", "9-4-25 … 8:45 am", "2025-16832 Filed"}}},
		{name: "a hearing's day and hour", ref: "2025-09-05", text: "Hearing: Tuesday 16 September 2025; 10:30 am, Room 4.",
			want: []brief{{"2025-09-16T10:30", "Tuesday 16 September 2025 … 10:30 am", "Hearing – Room 4"}}},
	})
}
