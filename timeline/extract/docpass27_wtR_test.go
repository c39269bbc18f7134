package extract

import "testing"

// TestSeasonYearLaterInClause: "the winter I was twenty-three, in 1998"
// is the winter of 1998, one event: the year the clause adds goes to the
// season and out of the title. A year that tells another time stays.
func TestSeasonYearLaterInClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the winter I was, in 1998", text: "The winter I was twenty-three, in 1998, I moved into a walk-up on Ocean Avenue.",
			want: []brief{{"1998-WI", "The winter", "I was twenty-three, I moved into a walk-up on Ocean Avenue"}}},
		{name: "the summer my parents, in 1983", text: "I was eleven the summer my parents sent me to Camp Tamarack, in 1983.",
			want: []brief{{"1983-SU", "the summer", "I was eleven my parents sent me to Camp Tamarack"}}},
		{name: "a news text's summer too", ref: "2024-05-03", text: "The summer we opened the bakery, in 2019, the street was still quiet.",
			want: []brief{{"2019-SU", "The summer", "We opened the bakery, the street was still quiet"}}},
	})
}

// TestComeMonth: "Come June we went back" dates its clause by June of
// the story's year; "Come" is the date's word, not the title's.
func TestComeMonth(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Come June", text: "The water came April 21, 1927. Come June we went back to the house.",
			want: []brief{{"1927-04-21", "April 21, 1927", "The water came"}, {"1927-06", "Come June", "We went back to the house"}}},
	})
}
