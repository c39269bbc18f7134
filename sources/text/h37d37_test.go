package text

import "testing"

// TestOpeningParticipleIsNoHeaderLine37h37d: a participle phrase of a
// release or a recording that opens a sentence with its date, a clause
// after the comma ("Released in March 2024, the album sold well."), tells
// of the clause's subject: no line dating the document. A header line
// with only a place or another label after its date still dates it.
func TestOpeningParticipleIsNoHeaderLine37h37d(t *testing.T) {
	tests := []docDateCase{
		{"released in a month", "Released in March 2024, the album sold well.\n\nThe band toured in 2025.\n", ""},
		{"published on a day", "Published on 3 May 1998, the novel won a prize.\n\nIts author died in 2001.\n", ""},
		{"first published", "First published in June 1951, it sold poorly.\n\nA second edition followed.\n", ""},
		{"issued with a pronoun", "Issued in April 2020, they were withdrawn a year later.\n\nCollectors kept a few.\n", ""},
		{"recorded in a month", "Recorded in March 2024, the album sold well.\n\nThe band toured in 2025.\n", ""},
		{"held on a day", "Held on 4 May 2019, the vote was close.\n\nA recount followed.\n", ""},
		{"a time after the comma", "Recorded on 3 May 2019, the day before the vote.\n\nQ: Who won?\n", "2019-05-03"},
		// header lines stay
		{"a release line", "Released: 5 March 2024\n\nThe band toured last year.\n", "2024-03-05"},
		{"published and updated", "Published 3 May 2024, updated 5 May 2024\n\nThe band toured last year.\n", "2024-05-03"},
		{"recorded and a place", "Recorded 9 April 2024, Studio 4, London\n\nThe band toured last year.\n", "2024-04-09"},
	}
	runDocDate(t, tests)
}
