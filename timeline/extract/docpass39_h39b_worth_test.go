package extract

import "testing"

// TestQuantityAside39: a date inside an aside that tells what a thing
// amounts to ("the deal, worth 6.5% this year and 4% in 2026, was ...")
// is titled by the thing and the amount beside the date, not by the main
// clause's verb.
func TestQuantityAside39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two amounts", ref: "2025-11-18", text: "The union said the deal, worth 6.5% this year and 4% in 2026, was the best offered since 2019.",
			want: []brief{{"2025", "this year", "The deal worth 6.5%"}, {"2026", "in 2026", "The deal worth 4%"}}},
		{name: "one amount", ref: "2025-11-18", text: "The new pay offer, worth 5% in 2026, was rejected by members.",
			want: []brief{{"2026", "in 2026", "The new pay offer worth 5%"}}},
		{name: "costing", ref: "2025-11-18", text: "The flood scheme, costing £2bn by 2030, was approved by ministers.",
			want: []brief{{"2030", "by 2030", "The flood scheme costing £2bn"}}},
	})
}
