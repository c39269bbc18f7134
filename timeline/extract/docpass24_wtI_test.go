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
