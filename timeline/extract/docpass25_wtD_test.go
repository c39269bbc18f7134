package extract

import "testing"

// TestAdjectiveBeforeQualifier: a month between an article and its
// adjective and a noun ("the all-time July record") says which record, no
// event of its own beside the sentence's dates.
func TestAdjectiveBeforeQualifier(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the all-time July record", ref: "2025-07-11", text: "Temperatures may reach 117 degrees on Sunday, which would tie the all-time July record set on July 20, 2023.",
			want: []brief{{"2023-07-20", "on July 20, 2023", "The all-time July record was set"}, {"2025-07-13", "on Sunday", "Temperatures may reach 117 degrees"}}},
	})
}

// TestOvernightReadings: a forecast's "overnight lows" are any night's
// figures, no night of its own.
func TestOvernightReadings(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "overnight lows", ref: "2025-07-11", text: "Afternoon highs of 112 to 116 degrees are expected, with overnight lows near 90.",
			want: nil},
	})
}

// TestHedgedAmountLead: an opening "Less than a year later," goes from the
// title as "A year later," does.
func TestHedgedAmountLead(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "less than a year later", ref: "2026-03-03", text: "This will be the first eclipse seen from Spain since 30 August 1905. Less than a year later, on 2 August 2027, a second total eclipse crosses the far south of the country.",
			want: []brief{{"2027-08-02", "on 2 August 2027", "A second total eclipse crosses the far south of the country"}}},
	})
}

// TestRangePastMidnight: a night's clock range told after the day it opens
// on ("Saturday 27 September 2025, 22:00-02:00 UTC") is one event, the
// range into the next day, as a range within the day is.
func TestRangePastMidnight(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "22:00-02:00 after its day", ref: "2025-09-01", text: "Production cutover window: Saturday 27 September 2025, 22:00-02:00 UTC.",
			want: []brief{{"2025-09-27T22:00Z/2025-09-28T02:00Z", "Saturday 27 September 2025, 22:00-02:00 UTC", "Production cutover window"}}},
		{name: "22:00-23:00 after its day", ref: "2025-09-01", text: "Production cutover window: Saturday 27 September 2025, 22:00-23:00 UTC.",
			want: []brief{{"2025-09-27T22:00Z/2025-09-27T23:00Z", "Saturday 27 September 2025, 22:00-23:00 UTC", "Production cutover window"}}},
	})
}

// TestWithinAfterDayToCome: an amount "within 48 hours" told right after
// a day to come counts from that day's event, not from the writer's day:
// no event at the writer's day plus two; alone, it still is one.
func TestWithinAfterDayToCome(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "within 48 hours after the webinar's day", ref: "2025-03-05", text: "The webinar is on March 6. Recordings will be posted within 48 hours.",
			want: []brief{{"2025-03-06", "on March 6", "The webinar is on March 6"}}},
		{name: "within 14 days alone", ref: "2025-03-05", text: "The Clerk will reply within 14 days.",
			want: []brief{{"2025-03-19", "within 14 days", "The Clerk will reply"}}},
	})
}

// TestLocalTimeGloss: a bracket that tells a zoned time again on the
// place's clock, with that clock's day ("(21:14 local time on 8
// November)"), is the same moment: no second event on the local day.
func TestLocalTimeGloss(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "local time and day in brackets", ref: "2024-11-10", text: "The mainshock occurred at 02:14 UTC on 9 November 2024 (21:14 local time on 8 November).",
			want: []brief{{"2024-11-09T02:14Z", "at 02:14 UTC on 9 November 2024 (21:14 local time on 8 November)", "The mainshock occurred"}}},
	})
}

// TestTimeLabelTwice: a bulletin's "* WHEN..." bullet that repeats the
// headline's period is the headline's event told again, no second event;
// alone, it stays.
func TestTimeLabelTwice(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "headline and WHEN bullet", ref: "2025-01-21", text: "...WINTER STORM WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST WEDNESDAY...\n\n* WHEN...From 6 PM this evening to noon CST Wednesday.",
			want: []brief{{"2025-01-21T18:00-06:00/2025-01-22T12:00-06:00", "FROM 6 PM THIS EVENING TO NOON CST WEDNESDAY", "WINTER STORM WARNING IN EFFECT"}}},
		{name: "WHEN bullet alone", ref: "2025-01-21", text: "* WHEN...From 6 PM this evening to noon CST Wednesday.",
			want: []brief{{"2025-01-21T18:00-06:00/2025-01-22T12:00-06:00", "From 6 PM this evening to noon CST Wednesday", "WHEN"}}},
	})
}

// TestElidedNounYear: "the 2024" with its noun left out ("release the 2023
// wines in spring 2025, and the 2024 in the autumn of 2026") names a
// thing, no event of 2024; the gapped clause shares the verb its modal
// opens ("We will release the 2024").
func TestElidedNounYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the 2024 in the autumn of 2026", ref: "2024-01-10", text: "We will release the 2023 wines in spring 2025, and the 2024 in the autumn of 2026.",
			want: []brief{{"2025-SP", "in spring 2025", "We will release the 2023 wines"}, {"2026-FA", "in the autumn of 2026", "We will release the 2024"}}},
		{name: "the railway two years later", ref: "2024-05-01", text: "The canal will open in 2026, and the railway two years later.",
			want: []brief{{"2026", "in 2026", "The canal will open"}, {"2028", "two years later", "The railway will open"}}},
	})
}

// TestExtremeOfYears: a day or month without its year that is the extreme
// a thing has reached over the years, or can reach ("have been recorded
// as late as 21 May", "can occur as early as October"), is no event of one
// year; one time to come ("will run as late as 21 May") still is.
func TestExtremeOfYears(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "recorded as late as 21 May", ref: "2025-04-01", text: "Frosts in this valley have been recorded as late as 21 May.",
			want: nil},
		{name: "can occur as early as October", ref: "2025-04-01", text: "Frosts can occur as early as October.",
			want: nil},
	})
}

// TestStateThisYear: a short sentence that says how something is this
// year ("The Moon is kind this year.") tells no event of the year; one of
// something to happen ("The report is expected this year.") does.
func TestStateThisYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "is kind this year", ref: "2024-08-01", text: "The Moon is kind this year.",
			want: nil},
		{name: "is expected this year", ref: "2024-08-01", text: "The Moon is kind this year. The report is expected this year.",
			want: []brief{{"2024", "this year", "The report is expected"}}},
	})
}
