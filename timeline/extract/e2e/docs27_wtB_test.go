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
	})
}
