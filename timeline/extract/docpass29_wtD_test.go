package extract

import "testing"

// TestSlippingFromTo: "slipping from X to Y" names the date a thing was
// set for and the one it is set for now, two events, no period from one
// to the other.
func TestSlippingFromTo(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "after slipping from a year to a month", ref: "2025-11-03", text: "After slipping from late 2024 to September 2025, the launch could come in February 2026.",
			want: []brief{{"2024", "from late 2024", "The launch slipped to September 2025"}, {"2025-09", "to September 2025", "The launch slipped from late 2024"}, {"2026-02", "in February 2026", "The launch could come"}}},
	})
}

// TestFollowingYearRestated: "the following year, in 2028" is one event,
// of the year written.
func TestFollowingYearRestated(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the following year, in 2028", text: "The first mission crashed in April 2023. The company expects to attempt another mission the following year, in 2028.",
			want: []brief{{"2023-04", "in April 2023", "The first mission crashed"}, {"2028", "the following year, in 2028", "The company expects to attempt another mission"}}},
	})
}

// TestThatYearOfNamedYear: "that year" after "the 2019 presidential
// election" is 2019, and with the day of 2019 it comes before in its
// clause it tells one event.
func TestThatYearOfNamedYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "that year after a naming year", text: "Castell Polling interviewed adults between 28 April and 3 May 2024. Turnout in the 2019 presidential election was 61.8%, and the first round that year was held on 14 April 2019.",
			want: []brief{{"2019", "2019", "Turnout in the presidential election was 61.8%"}, {"2019-04-14", "on 14 April 2019", "The first round that year was held"}, {"2024-04-28/2024-05-03", "between 28 April and 3 May 2024", "Castell Polling interviewed adults"}}},
	})
}
