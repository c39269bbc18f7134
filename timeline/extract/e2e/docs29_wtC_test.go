package e2e_test

import "testing"

// TestClockOnTheStoryDay: a clock time told with no day of its own, after
// a date the text told in an aside (the pluperfect, a day ahead, a
// speaker's turn), is on the day the story is on (the document's day, the
// story's last day), not on the aside's; also when the aside and the time
// are in another section (a heading between, a speaker's paragraph).
func TestClockOnTheStoryDay(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "minutes after a pluperfect aside", file: "minutes.txt",
			text: "Minutes of Proceedings\nWednesday, 21 January 2026\n\nThe extension had been approved by the Assembly on 12 January.\n\n11.52 am The meeting went into closed session.\n",
			want: []string{"2026-01-21T11:52 | The meeting went into closed session"}, not: []string{"2026-01-12T11:52"}},
		{name: "sitting day after a day ahead", file: "lords.txt",
			text: "House of Lords\nThursday 16 October 2025\n\nThe consultation will close on 15 December.\n\nCommittee to begin again not before 8.30 pm.\n",
			want: []string{"2025-10-16T20:30 | Committee to begin"}, not: []string{"2025-12-15T20:30"}},
		{name: "sitting day after speakers' days", file: "debate.txt",
			text: "House of Lords\nThursday 16 October 2025\n\nBaroness Pritchard (CB): My Lords, I first raised this matter on 21 May.\n\nLord Ashworth (Lab): The Minister told us on Tuesday that the review would report soon.\n\nThe Minister (Baroness Greaves): The consultation will close on 15 December.\n\nHouse adjourned at 9.48 pm.\n",
			want: []string{"2025-10-16T21:48 | House adjourned"}},
		{name: "story day after a heading and a pluperfect aside", file: "report.txt",
			text: "The ship grounded at 0231 on 22 August 2023.\n\nNARRATIVE\n\nThe vessel had sailed from the port at 1605 the previous afternoon. The master called the coastguard at 0238. The mate took over the watch at 0300.\n",
			want: []string{"2023-08-21T16:05 | The vessel had sailed", "2023-08-22T02:38 | The master called the coastguard", "2023-08-22T03:00 | The mate took over the watch"},
			not:  []string{"2023-08-21T02:38", "2023-08-21T03:00"}},
	})
}

// TestPossessiveWeekdayOfTheDateline: "Wednesday's attempt" under a
// dateline of that Wednesday is the story's day; a clock time after it is
// of that day, not of a day the headline told ahead ("no earlier than
// Friday"), whatever the headline's other words.
func TestPossessiveWeekdayOfTheDateline(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "headline with a number", file: "launch.txt",
			text: "Falcon 9 launch scrubbed; new target no earlier than Friday\n\nMarch 12, 2025 — SpaceX scrubbed Wednesday's attempt.\n\nThe countdown had been running toward the 7:14 p.m. EDT liftoff. The new target is Friday, March 14.\n",
			want: []string{"2025-03-12T19:14-04:00 | The countdown had been running toward the liftoff"}, not: []string{"2025-03-14T19:14"}},
	})
}
