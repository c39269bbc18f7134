package extract

import "testing"

// TestEventYearDay: a day told right after an event a year names ("At
// the 2016 Cannes festival on May 17") is that year's, and the year makes
// no event of its own beside it.
func TestEventYearDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "festival day", ref: "2017-06-03", text: "At the 2016 Cannes festival on May 17, the director presented her debut feature.",
			want: []brief{{"2016-05-17", "on May 17", "The director presented her debut feature"}}},
		{name: "world cup day after a comma", ref: "2017-06-03", text: "During the 2014 World Cup, on July 8, Germany beat Brazil 7-1.",
			want: []brief{{"2014-07-08", "on July 8", "Germany beat Brazil 7-1"}}},
	})
}

// TestHeldEdition: a year naming an edition of an event that was held
// dates its clause ("The 2002 edition was the first held in Asia"); a
// book's edition is still no event.
func TestHeldEdition(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "edition held", ref: "2017-06-03", text: "The 2002 edition was the first held in Asia.",
			want: []brief{{"2002", "2002", "The edition was the first held in Asia"}}},
		{name: "edition took place", ref: "2017-06-03", text: "The 2010 edition took place in South Africa.",
			want: []brief{{"2010", "2010", "The edition took place in South Africa"}}},
		{name: "a library's edition", ref: "2017-06-03", text: "The 1865 edition was held by the British Library until it burned.",
			want: nil},
	})
}

// TestBoxingDayTestDay: the nth day of the Boxing Day Test is Boxing Day
// and n-1 days.
func TestBoxingDayTestDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "third day", ref: "2025-12-30", text: "On the third day of the Boxing Day Test, Travis Head made 140 runs.",
			want: []brief{{"2025-12-28", "On the third day of the Boxing Day Test", "Travis Head made 140 runs"}}},
	})
}
