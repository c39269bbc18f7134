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
