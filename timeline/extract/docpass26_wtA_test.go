package extract

import "testing"

// TestYearlessDatesAhead: a day or a season written without its year in
// a sentence that looks ahead (a present schedule, a deadline set, the
// next of a thing, a listing's notice, a recommendation) is of the year
// to come, not of the year gone by; told in the past it stays past.
func TestYearlessDatesAhead(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a day that opens a present sentence", ref: "2025-01-20", text: "June 15 is an instalment date.",
			want: []brief{{"2025-06-15", "June 15", "June 15 is an instalment date"}}},
		{name: "the next of a thing, no verb", ref: "2025-10-31", text: "Next review in the spring.",
			want: []brief{{"2026-SP", "in the spring", "Next review"}}},
		{name: "a decision date set", ref: "2025-07-10", text: "The FDA set a decision date of November 21.",
			want: []brief{{"2025-11-21", "November 21", "The FDA set a decision date"}}},
		{name: "a listing's notices", ref: "2025-07-28", text: "No performances on Christmas Day. Extra matinee on 26 December at 11am.",
			want: []brief{{"2025-12-25", "on Christmas Day", "No performances"}, {"2025-12-26T11:00", "on 26 December at 11am", "Extra matinee"}}},
		{name: "a past notice stays past", ref: "2025-07-28", text: "No performances were given on 26 December.",
			want: []brief{{"2024-12-26", "on 26 December", "No performances were given"}}},
	})
}
