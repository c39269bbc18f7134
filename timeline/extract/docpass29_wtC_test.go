package extract

import "testing"

// TestClockAfterAnAside: a clock time told with no day, after a sentence
// whose date stepped aside from the story's day (the pluperfect, a day
// set ahead), is on the story's day; a clock time told in the aside's own
// tense stays in it.
func TestClockAfterAnAside(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the previous evening in the pluperfect", text: "The accident occurred on 14 September 2023. The previous evening the aircraft had undergone an A-check. At 0702 UTC the aircraft was cleared to taxi.",
			want: []brief{{"2023-09-13TEV", "The previous evening", "The aircraft had undergone an A-check"}, {"2023-09-14", "on 14 September 2023", "The accident occurred"}, {"2023-09-14T07:02Z", "At 0702 UTC", "The aircraft was cleared to taxi"}}},
		{name: "a month in the pluperfect", text: "At 0231 on 22 August 2023 the vessel grounded.\n\nThe alarm had been disabled in May 2023. The master called the coastguard at 0238.",
			want: []brief{{"2023-05", "in May 2023", "The alarm had been disabled"}, {"2023-08-22T02:31", "At 0231 on 22 August 2023", "The vessel grounded"}, {"2023-08-22T02:38", "at 0238", "The master called the coastguard"}}},
		{name: "a dateline's night after a pluperfect day", ref: "2019-12-13", text: "NORTHMOOR, Friday 13 December 2019 — Polls closed at 22:00 on Thursday and the result was declared at 03:40 this morning. Postal ballots had been dispatched from 26 November. A recount request was rejected at 02:15.",
			want: []brief{{"2019-11-26", "from 26 November", "Postal ballots had been dispatched"}, {"2019-12-12T22:00", "at 22:00 on Thursday", "Polls closed"}, {"2019-12-13T02:15", "at 02:15", "A recount request was rejected"}, {"2019-12-13T03:40", "at 03:40 this morning", "The result was declared"}}},
		{name: "a day set ahead", text: "The first round was held on Sunday 10 April 2022, and the runoff was set for two weeks later. On the evening of the first round the candidate spoke at 20:15 to 3,000 supporters.",
			want: []brief{{"2022-04-10", "on Sunday 10 April 2022", "The first round was held"}, {"2022-04-10T20:15", "at 20:15", "On the evening of the first round the candidate spoke to 3,000 supporters"}, {"2022-04-24", "two weeks later", "The runoff was set"}}},
		{name: "a time in the pluperfect stays in the aside", text: "The accident occurred on 14 September 2023. The previous evening the crew had inspected the aircraft. They had refuelled it at 2100.",
			want: []brief{{"2023-09-13TEV", "The previous evening", "The crew had inspected the aircraft"}, {"2023-09-13T21:00", "at 2100", "They had refuelled it"}, {"2023-09-14", "on 14 September 2023", "The accident occurred"}}},
	})
}
