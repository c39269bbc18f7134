package extract

import "testing"

// TestPairedDays: two days in a row that share their month's name
// ("September 19 and 20", "19 and 20 September") are one span, as "19-20
// September" is; days apart ("May 3 and 17") and longer lists stay apart.
func TestPairedDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "month first", ref: "2024-07-31", text: "The next policy meeting will be held on September 19 and 20.",
			want: []brief{{"2024-09-19/2024-09-20", "on September 19 and 20", "The next policy meeting will be held"}}},
		{name: "day first", ref: "2024-07-31", text: "The board meets on 29 and 30 October in Frankfurt.",
			want: []brief{{"2024-10-29/2024-10-30", "on 29 and 30 October", "The board meets in Frankfurt"}}},
		{name: "days apart", ref: "2024-07-31", text: "Auctions take place on August 6 and 20.",
			want: []brief{{"2024-08-06", "on August 6", "Auctions take place"}, {"2024-08-20", "20", "Auctions take place"}}},
	})
}
