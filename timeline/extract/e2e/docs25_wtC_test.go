package e2e_test

import "testing"

// TestDocDates25C pins how session 25 reads a document's own date from
// its first lines: a situation report's "As of <date>, <time> <zone>"
// line dates the document and is no event, while a sentence opening
// with "As of <date>," stays an event.
func TestDocDates25C(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "an as-of line with a time and zone dates the report",
			file: "sitrep.txt",
			text: "Situation Report No. 3\nAs of 24 October 2024, 8:00 a.m. PHT\n\nThe President declared a state of calamity in Region V yesterday.\n",
			want: []string{"2024-10-23 | The President declared a state of calamity"},
			not:  []string{"2024-10-24T08:00", "2024-10-24"},
		},
		{
			name: "an as-of line alone dates the report",
			file: "sitrep.txt",
			text: "Flood Bulletin No. 7\nAs of 3 May 2025\n\nThe river crested on Thursday.\n",
			want: []string{"2025-05-01 | The river crested"},
			not:  []string{"2025-05-03"},
		},
		{
			name: "an as-of sentence stays an event",
			file: "profile.txt",
			text: "Harbour Trust\n\nAs of 1 March 2024, the trust owns 12 tugs and employs 500 people.\n",
			want: []string{"2024-03-01"},
		},
	})
}
