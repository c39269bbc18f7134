package text

import (
	"testing"
)

// TestNoticeAndMinutesDates: a council's minutes heading under the
// council's name ("HOLBECK PARISH COUNCIL¶Minutes of the Planning
// Sub-Committee held on Wednesday 5 March 2025 at 7.15pm in the Reading
// Room", no stop), a notice's footer "Date of notice: 11 June 2024" or
// "Date of decision: ...", and the statutory "Dated this 26th day of
// September 2025" over the signatory's name each date the document; a
// line of story with a date does not.
func TestNoticeAndMinutesDates(t *testing.T) {
	for _, c := range []struct {
		in   string
		date string
	}{
		{"HOLBECK PARISH COUNCIL\nMinutes of the Planning Sub-Committee held on Wednesday 5 March 2025 at 7.15pm in the Reading Room\n\nThe hearing opened yesterday.\n", "2025-03-05"},
		{"ASHBY TOWN COUNCIL\nMinutes of the meeting of the Full Council held on Monday 9 September 2024 at 7.00pm at the Town Hall\n\nThe Clerk reported that the bench was installed last week.\n", "2024-09-09"},
		{"NOTICE OF PLANNING APPLICATION\n\nA public exhibition was held last month.\n\nDate of notice: 11 June 2024\n", "2024-06-11"},
		{"DECISION NOTICE\n\nThe application was received last month and has been refused.\n\nDate of decision: 2 May 2024\n", "2024-05-02"},
		{"PUBLIC NOTICE\n\nThe road will be closed from 13 October 2025 for two weeks.\n\nDated this 26th day of September 2025\n\nHelen Marsh, Director of Law and Governance\n", "2025-09-26"},
		{"PUBLIC NOTICE\n\nThe road will be closed from 13 October 2025 for two weeks.\n\nDated this 26th day of September 2025\n", "2025-09-26"},
		// a line of story that dates something else dates nothing
		{"HOLBECK PARISH COUNCIL\nThe village hall was opened on 5 March 1925 by the Earl\n\nThe hearing opened yesterday.\n", ""},
	} {
		doc := Parse(c.in, "n.txt", Options{})
		got := ""
		if d := bodyOf(t, doc).Citation.Date; !d.IsZero() {
			got = d.String()
		}
		if got != c.date {
			t.Errorf("%q: dated %q, want %q\n%s", c.in, got, c.date, dump(doc))
		}
	}
}
