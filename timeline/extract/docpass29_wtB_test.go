package extract

import "testing"

// TestSignatureLabel29: a signature's contact field ("Mobile: +44 ...")
// over a sentence names no speaker: the title is the sentence's own.
func TestSignatureLabel29(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "mobile field over the next line", ref: "2025-03-06",
			text: "Priya Raman\nMobile: +44 7700 900412\nFollowing our call on Monday, the renewal quote is GBP 18,400 per quarter.",
			want: []brief{{"2025-03-03", "on Monday", "Our call"}}},
		{name: "tel field over the next line", ref: "2025-03-06",
			text: "Dale Hutchins\nTel: 0161 496 0528\nThe technician visit is booked for 12 March 2025.",
			want: []brief{{"2025-03-12", "12 March 2025", "The technician visit is booked"}}},
	})
}

