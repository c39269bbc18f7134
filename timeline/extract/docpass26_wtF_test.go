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
			want: []brief{{"2025-12-03", "within one month of the date of this letter", "You must ask"}}},
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
			want: []brief{{"2026-01-22T16:00", "Thursday 22 January at 4pm UK time", "I have booked a call"}}},
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

// TestOneEventAtTwoPrecisions: a sentence that tells its event's day
// twice — by a holiday's name and with digits, as a line's label and a
// time after it (into the night), or as the year naming a thing and the
// days inside it — gives one event, at the finest date.
func TestOneEventAtTwoPrecisions(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a holiday's name and the day with its time", ref: "2025-06-01", text: "Sun 15 June 7pm - Father's Day double bill.",
			want: []brief{{"2025-06-15T19:00", "Sun 15 June 7pm", "Father's Day double bill"}}},
		{name: "a label day and its hours into the night", ref: "2025-06-01", text: "Sat 12 July: Soul Revue night, doors 9pm till 2am.",
			want: []brief{{"2025-07-12T21:00/2025-07-13T02:00", "9pm till 2am", "Soul Revue night, doors"}}},
		{name: "the year naming a festival and its days", ref: "2025-06-01", text: "The Society confirmed that the 2026 Fringe will run 7–31 August.",
			want: []brief{{"2026-08-07/2026-08-31", "7–31 August", "The 2026 Fringe will run"}}},
		{name: "two days of one sentence stay two", ref: "2025-06-01", text: "The festival opens on Father's Day and closes on 29 June 2025.",
			want: []brief{{"2025-06-15", "on Father's Day", "The festival opens"}, {"2025-06-29", "on 29 June 2025", "The festival closes"}}},
	})
}

// TestMilestoneListRestates: a milestone list's label ("ABLE-2 topline
// data: Q3 2025") that names an event the text told before ("Topline
// data are expected in Q3", after "the ABLE-2 trial") is that event; a
// label the text did not tell keeps its own event.
func TestMilestoneListRestates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the topline data again", ref: "2025-08-06",
			text: "Lumeris provided a business update.\n\n- LMR-201: Enrollment in the ABLE-2 trial was completed in May. Topline data are expected in Q3.\n\nUpcoming Milestones\n- ABLE-2 topline data: Q3 2025\n",
			want: []brief{{"2025-05", "in May", "Enrollment in the ABLE-2 trial was completed"}, {"2025-Q3", "in Q3", "Topline data are expected"}}},
		{name: "another program's data", ref: "2025-08-06",
			text: "Lumeris provided a business update.\n\n- LMR-201: Enrollment in the ABLE-2 trial was completed in May. Topline data are expected in Q3.\n\nUpcoming Milestones\n- CREST-1 interim data: Q3 2025\n",
			want: []brief{{"2025-05", "in May", "Enrollment in the ABLE-2 trial was completed"}, {"2025-Q3", "in Q3", "Topline data are expected"}, {"2025-Q3", "Q3 2025", "CREST-1 interim data"}}},
	})
}

// TestTodaysNounRestates: a quote's "Today's acceptance" speaks of the
// acceptance the announcement told that day, no second event; "Today's
// <noun>" of something not told stays an event.
func TestTodaysNounRestates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the acceptance again", ref: "2025-03-04",
			text: "Halvern Bio today announced that the FDA has accepted its BLA for reminutide.\n\n\"Today's acceptance brings us one step closer to patients,\" said the chief executive.",
			want: []brief{{"2025-03-04", "today", "Halvern Bio announces the FDA has accepted its BLA for reminutide"}}},
		{name: "something else today", ref: "2025-03-04",
			text: "Halvern Bio today announced that the FDA has accepted its BLA for reminutide.\n\n\"Today's financing brings us one step closer to patients,\" said the chief executive.",
			want: []brief{{"2025-03-04", "today", "Halvern Bio announces the FDA has accepted its BLA for reminutide"}, {"2025-03-04", "Today", "The financing brings us one step closer to patients"}}},
	})
}

// TestYearNamingAnEventToldBefore: a year that only names an event the
// section told before ("the 2018 strike", after "hit again in 2018")
// dates nothing of its own sentence; alone, it keeps its event.
func TestYearNamingAnEventToldBefore(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the 2018 strike again", ref: "2023-11-02", text: "The hospital was hit again in 2018. Repairs after the 2018 strike took 14 months.",
			want: []brief{{"2018", "in 2018", "The hospital was hit"}}},
		{name: "the 2018 strike alone", ref: "2023-11-02", text: "Repairs after the 2018 strike took 14 months.",
			want: []brief{{"2018", "2018", "Repairs after the strike took 14 months"}}},
	})
}
