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
		{
			name: "a periodical's kind, a comma and the month of its issue",
			file: "newsletter.txt",
			text: "Newsletter, April 2025.\n\nThe summer show will be on Saturday 16 August. The hall was repainted last month.\n",
			want: []string{"2025-08-16 | The summer show", "2025-03 | The hall was repainted"},
			not:  []string{"2025-04 | Newsletter"},
		},
		{
			name: "a parish bulletin's masthead with a comma",
			file: "bulletin.txt",
			text: "St Mary's Parish Bulletin, March 2024\n\nThe roof appeal closed last month.\n",
			want: []string{"2024-02 | The roof appeal closed"},
		},
		{
			name: "a festival's name and month is no masthead",
			file: "flyer.txt",
			text: "Harvest Festival, October 2025.\n\nStalls and music on the green.\n",
			want: []string{"2025-10"},
		},
		{
			name: "a deadline under its label is the deadline's day, no date of the document",
			file: "solicitation.txt",
			text: "PROGRAM SOLICITATION 25-517\n\nFull proposal deadline:\n    November 3, 2025\n\nWebinars will be held next month.\n",
			want: []string{"2025-11-03 | Full proposal deadline"},
			not:  []string{"2025-12"},
		},
		{
			name: "opening and closing days under their labels",
			file: "fund.txt",
			text: "Seed Fund\n\nApplications open:\n14 July 2025\n\nApplications close:\n29 August 2025\n\nWe replied to every applicant last week.\n",
			want: []string{"2025-07-14 | Applications open", "2025-08-29 | Applications close"},
			not:  []string{"2025-W"},
		},
		{
			name: "a date under a Date label still dates the document",
			file: "memo.txt",
			text: "Harbour memo\n\nDate:\n3 March 2025\n\nThe tug was repaired last week.\n",
			want: []string{"2025-W09 | The tug was repaired"},
		},
	})
}
