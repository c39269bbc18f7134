package extract

import "testing"

// TestCoordinatedYearNoDocDate: with no date of its own, a document's
// month or day written without a year and coordinated with one that has
// it ("in February and March 2022", "deployed on 4 June and recovered on
// 15 June 2021") is of that year, an event of its own.
func TestCoordinatedYearNoDocDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two months", text: "Deep convection occurred in February and March 2022.",
			want: []brief{{"2022-02", "in February", "Deep convection occurred"}, {"2022-03", "March 2022", "Deep convection occurred"}}},
		{name: "two days with a verb between", text: "The glider was deployed on 4 June and was recovered on 15 June 2021.",
			want: []brief{{"2021-06-04", "on 4 June", "The glider was deployed"}, {"2021-06-15", "on 15 June 2021", "The glider was recovered"}}},
	})
}
