package extract

import "testing"

// TestSignerOfDate: a signature block's date alone is an event naming who
// signs: the name after "Signed:" on the date's line, or the "/s/" line
// above it.
func TestSignerOfDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "signed and dated on one line", ref: "2025-01-01", text: "Signed: J. Harper  Date: 14 May 2025",
			want: []brief{{"2025-05-14", "14 May 2025", "J. Harper signs"}}},
		{name: "an /s/ signature", ref: "2024-01-01", text: "The parties agree to the terms above.\n\n/s/ Jane Roe\nJane Roe, Director\nDated: March 3, 2024",
			want: []brief{{"2024-03-03", "March 3, 2024", "Jane Roe signs"}}},
	})
}

// TestExtendByTo: "extend the Term by six months to 31 December 2025" is
// the extension's length and the day it reaches: the event is of that day
// (a reporting period stays one: "in the six months to 30 June 2025").
func TestExtendByTo(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "extended by a length to a day", ref: "2025-05-01", text: "The parties agree to extend the Term by six months to 31 December 2025.",
			want: []brief{{"2025-12-31", "31 December 2025", "The parties agree to extend the Term by six months"}}},
		{name: "a reporting period", ref: "2025-08-01", text: "Revenue rose 4% in the six months to 30 June 2025.",
			want: []brief{{"2025-01-01/2025-06-30", "in the six months to 30 June 2025", "Revenue rose 4%"}}},
	})
}
