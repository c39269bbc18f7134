package e2e_test

import "testing"

// TestNoticeDocs30: notices and minutes dated by their own lines.
func TestNoticeDocs30(t *testing.T) {
	runDocCases(t, []docCase{
		// the minutes' heading under the council's name dates the
		// minutes: "The meeting closed at 8.40pm" is the meeting's
		// evening, not the next meeting's
		{name: "minutes closing time", file: "minutes.txt",
			text: "HOLBECK PARISH COUNCIL\nMinutes of the Planning Sub-Committee held on Wednesday 5 March 2025 at 7.15pm in the Reading Room\n\nDate of next meeting: Wednesday 2 April 2025 at 7.15pm.\n\nThe meeting closed at 8.40pm.\n",
			want: []string{"2025-03-05T20:40"},
			not:  []string{"2025-04-02T20:40"}},
		{name: "minutes heading dates yesterday", file: "minutes2.txt",
			text: "HOLBECK PARISH COUNCIL\nMinutes of the Planning Sub-Committee held on Wednesday 5 March 2025 at 7.15pm in the Reading Room\n\nThe hearing on the quarry opened yesterday.\n",
			want: []string{"2025-03-04 | The hearing on the quarry opened"}},
		// "Date of notice:" at the foot dates the notice
		{name: "date of notice footer", file: "notice.txt",
			text: "NOTICE OF PLANNING APPLICATION\n\nA public exhibition was held last month.\n\nDate of notice: 11 June 2024\n",
			want: []string{"2024-05"}},
		// the statutory form over the signatory's name dates the notice
		{name: "dated this day", file: "closure.txt",
			text: "PUBLIC NOTICE\n\nThe footpath will be closed from 13 October 2025. The previous closure ended last month.\n\nDated this 26th day of September 2025\n\nHelen Marsh, Director of Law and Governance\n",
			want: []string{"2025-08"}},
	})
}
