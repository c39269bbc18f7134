package extract

import "testing"

// TestOvernightReadings: a forecast's "overnight lows" are any night's
// figures, no night of its own.
func TestOvernightReadings(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "overnight lows", ref: "2025-07-11", text: "Afternoon highs of 112 to 116 degrees are expected, with overnight lows near 90.",
			want: nil},
	})
}

// TestHedgedAmountLead: an opening "Less than a year later," goes from the
// title as "A year later," does.
func TestHedgedAmountLead(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "less than a year later", ref: "2026-03-03", text: "This will be the first eclipse seen from Spain since 30 August 1905. Less than a year later, on 2 August 2027, a second total eclipse crosses the far south of the country.",
			want: []brief{{"2027-08-02", "on 2 August 2027", "A second total eclipse crosses the far south of the country"}}},
	})
}
