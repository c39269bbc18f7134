package extract

import "testing"

// TestSlotLineDates: a programme's slot line keeps the other dates it
// tells ("10:06  Interview: the bridge has been shut since 14 January.").
func TestSlotLineDates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "since in a slot", ref: "2021-02-01", text: "Running order\n\n10:06  Interview: the bridge has been shut since 14 January.\n10:55  Sport: United beat Rovers on Saturday.",
			want: []brief{{"2021-01-14", "since 14 January", "The bridge has been shut"}, {"2021-01-30", "on Saturday", "United beat Rovers"}, {"2021-02-01T10:06", "10:06", "Interview: the bridge has been shut since 14 January"}, {"2021-02-01T10:55", "10:55", "Sport: United beat Rovers on Saturday"}}},
	})
}
