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

// TestTimeInAnotherZoneInBrackets: a clock time in brackets after
// another, told for another place ("at 4pm UK time (11am in New York)"),
// is the same moment: one event, at the first time; a bracketed time of
// something else ("(9:30am registration)") keeps its event.
func TestTimeInAnotherZoneInBrackets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "11am in New York", ref: "2026-01-06", text: "I have booked a call for Thursday 22 January at 4pm UK time (11am in New York).",
			want: []brief{{"2026-01-22T16:00", "Thursday 22 January at 4pm", "I have booked a call for UK time (11am in New York)"}}},
		{name: "a zone's name", ref: "2026-01-06", text: "The webcast starts on 22 January 2026 at 16:00 (11:00 Eastern).",
			want: []brief{{"2026-01-22T16:00Z", "on 22 January 2026 at 16:00 (11:00 Eastern)", "The webcast starts"}}},
		{name: "another time of the day in brackets", ref: "2026-01-06", text: "The workshop opens on 22 January 2026 at 10am (9:30am registration).",
			want: []brief{{"2026-01-22T09:30", "9:30am", "The workshop opens ( registration)"}, {"2026-01-22T10:00", "on 22 January 2026 at 10am", "The workshop opens (9:30am registration)"}}},
	})
}

// TestSameInstantInAnotherZone: one moment told again in another zone
// for another audience ("race at 15:00 BST", "the race starts at 10:00
// ET") is one event; two things at one instant stay two.
func TestSameInstantInAnotherZone(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the race for US viewers", ref: "2025-07-01", text: "Sun 6 July: race at 15:00 BST.\nFor viewers in the US, the race starts at 10:00 ET.",
			want: []brief{{"2025-07-06T15:00+01:00", "at 15:00 BST", "Race"}}},
		{name: "two things at one instant", ref: "2025-07-01", text: "The Fed announces its decision on 6 July at 14:00 ET.\nThe London market closes on 6 July at 19:00 BST.",
			want: []brief{{"2025-07-06T14:00-04:00", "on 6 July at 14:00 ET", "The Fed announces its decision"}, {"2025-07-06T19:00+01:00", "on 6 July at 19:00 BST", "The London market closes"}}},
	})
}
