package e2e_test

import "testing"

// TestStoryAnchors27B pins which date a relative expression or a bare
// clock time of a story, a transcript or minutes counts from (session 27).
func TestStoryAnchors27B(t *testing.T) {
	runDocCases(t, []docCase{
		{
			// An oral history dated by its recording: the story is told
			// by its own dates; a later line that speaks from the
			// interview's day ("Next Tuesday") moves nothing told before.
			name: "a transcript's later present-tense line",
			file: "interview.txt",
			text: "Interview date: June 14, 2003\n\nKOWALSKI: The big one started July 15, 1959. We went back in November, and my wife, Dorothy, I married her the next spring.\n\nKOWALSKI: Last month I turned sixty-five. I go to the Legion on Wednesdays. Next Tuesday my grandson graduates.\n",
			want: []string{"1959-07-15", "1959-11", "1960-SP", "2003-05", "2003-06-17"},
			not:  []string{"2002-11", "2004-SP"},
		},
		{
			// A bare weekday right after a day of the story is that
			// story's day; what follows counts from it too.
			name: "a weekday after a day of long ago in a month-dated recording",
			file: "flood.txt",
			text: "Recorded at Greenville, Mississippi, August 1976\n\nThe water came April 21, 1927. Thursday, I remember. By the next morning it was up to the porch.\nMy daddy died that fall.\nLast year they put up a marker.\n",
			want: []string{"1927-04-21", "1927-04-22TMO", "1927-FA", "1975"},
			not:  []string{"1976-08", "1976-FA"},
		},
		{
			// "17 minutes after sunset" tells no overnight gap before the
			// evening's second time.
			name: "minutes after sunset between two times of one evening",
			file: "bats.txt",
			text: "Published 20 August 2025\n\nThe survey took place on 15 August. The first bat left at 20:58, 17 minutes after sunset, and the last emerged at 21:40.\n",
			want: []string{"2025-08-15T20:58", "2025-08-15T21:40"},
			not:  []string{"2025-08-14T21:40"},
		},
		{
			// No document date: the day the sentence before gives is the
			// time's, "of the year" between them.
			name: "a time after the first of the year in an undated log",
			file: "chorus.txt",
			text: "Count 3 was completed on 24 May 2022 at 04:35 BST. The first Spotted Flycatcher of the year was noted at 05:15.\n",
			want: []string{"2022-05-24T04:35+01:00", "2022-05-24T05:15+01:00 | The first Spotted Flycatcher was noted"},
		},
		{
			name: "on the Saturday of a count after a sentence about a winter",
			file: "count.txt",
			text: "Issued 18 March 2024\n\nThis year's count ran from Friday 26 January to Sunday 28 January 2024. Starling numbers continue a decline first noticed in the winter of 2009. A Waxwing was photographed at 10:20 on the Saturday.\n",
			want: []string{"2024-01-27T10:20 | A Waxwing was photographed"},
		},
		{
			// "On the day" after a workshop day and a deadline: which of
			// the two the words do not say.
			name: "on the day after two days told",
			file: "workshop.txt",
			text: "The workshop is on 21 September 2025. Slides are due on 5 September 2025.\n\nOn the day, sessions run from 9:00 to 17:30.\n",
			want: []string{"2025-09-21", "2025-09-05"},
			not:  []string{"2025-09-05T09:00/2025-09-05T17:30"},
		},
		{
			// Minutes: the closing time is the meeting's day, not the next
			// call's.
			name: "the meeting closed after the next call's date",
			file: "minutes.txt",
			text: "Minutes of the committee call\nTuesday 9 January 2024, 16:00–17:05 UTC\n\n1. SIGDOC 2025\nA decision is due at the next call, scheduled for 6 February at the same time.\n\n2. AOB\nThe committee agreed to revise the travel policy before the summer.\n\nThe meeting closed at 17:05.\n",
			want: []string{"2024-01-09T17:05 | The meeting closed"},
			not:  []string{"2024-02-06T17:05"},
		},
		{
			// No document date: a weekday and what counts from it stay
			// unknown, and the PC meeting's hours are of a Thursday in
			// January, not of the symposium's days.
			name: "an undated call's bidding week and PC meeting",
			file: "cfp.txt",
			text: "The symposium takes place 10–12 May 2027 in Tallinn. Bidding opens on Monday and closes the following Sunday at midnight. The PC meeting will be held on a Thursday in late January, from 15:00 to 18:00 CET.\n",
			want: []string{"2027-05-10/2027-05-12"},
			not:  []string{"2027-05-16", "2027-05-16T24:00", "2027-05-16T15:00/2027-05-16T18:00"},
		},
	})
}
