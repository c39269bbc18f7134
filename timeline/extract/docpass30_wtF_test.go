package extract

import "testing"

// TestConditionalDecision: a condition that is a body's decision still to
// be taken ("If approved by the Cabinet in November") dates when the
// decision is due; a condition of what may happen ("If it rains on
// Saturday") still dates nothing.
func TestConditionalDecision(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "if approved by the Cabinet", ref: "2025-09-08", text: "If approved by the Cabinet in November, works would start in January 2026.",
			want: []brief{{"2025-11", "in November", "If approved by the Cabinet"}, {"2026-01", "in January 2026", "Works would start"}}},
		{name: "if it rains", ref: "2025-09-08", text: "If it rains on Saturday, the fete will move to the church hall.",
			want: nil},
	})
}

// TestWeeklyHours: a weekday named without its day of the month as one
// end of the hours after a weekly set ("on weekends from 18:00 Friday to
// 07:00 Monday"), or over its hours among runs of weekdays ("Mon-Sat
// 10:00-23:00; Sunday 12:00-22:30"), is a day of every week; a weekday
// told alone still dates its event.
func TestWeeklyHours(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "weekend closure hours", ref: "2025-09-26", text: "The lane will be reopened on weekends from 18:00 Friday to 07:00 Monday.",
			want: nil},
		{name: "licensed hours", ref: "2025-03-04", text: "Sale of alcohol: Mon-Sat 10:00-23:00; Sunday 12:00-22:30",
			want: nil},
		{name: "a weekday alone", ref: "2025-09-24", text: "The lane will be reopened on Friday.",
			want: []brief{{"2025-09-26", "on Friday", "The lane will be reopened"}}},
	})
}

// TestPeriodToYear: the year a planning period runs to ("over the plan
// period to 2042") is no event of that year; a stay that ended in a year
// ("for ten years until 1998") still is.
func TestPeriodToYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the plan period", ref: "2025-05-20", text: "The draft Local Plan sets out where 9,400 new homes should go over the plan period to 2042.",
			want: nil},
		{name: "years until", ref: "2025-05-20", text: "She ran the mill for ten years until 1998.",
			want: []brief{{"1998", "until 1998", "She ran the mill for ten years"}}},
	})
}

// TestFollowingLeadShared: a "Following ..." phrase set off before the
// subject does not keep the second verb of the sentence from sharing the
// subject ("Following this consultation, the Council intends to publish
// ... and submit the plan ... by the end of 2026").
func TestFollowingLeadShared(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "following this consultation", ref: "2025-05-20", text: "Following this consultation, the Council intends to publish the Regulation 19 version in spring 2026 and submit the plan for examination by the end of 2026.",
			want: []brief{{"2026", "by the end of 2026", "The Council intends to submit the plan for examination"}, {"2026-SP", "in spring 2026", "The Council intends to publish the Regulation 19 version"}}},
	})
}

// TestColonListOfDays: the days listed after a colon ("will be held: on
// Tuesday 16 September 2025 from 4pm to 7pm, and on Saturday 20
// September 2025 from 10am to 1pm") are each the verb's: the second
// day's title leaves the first day out.
func TestColonListOfDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two sessions", ref: "2025-09-01", text: "Two drop-in sessions will be held: on Tuesday 16 September 2025 from 4pm to 7pm, and on Saturday 20 September 2025 from 10am to 1pm.",
			want: []brief{{"2025-09-16T16:00/2025-09-16T19:00", "on Tuesday 16 September 2025 from 4pm to 7pm", "Two drop-in sessions will be held"}, {"2025-09-20T10:00/2025-09-20T13:00", "on Saturday 20 September 2025 from 10am to 1pm", "Two drop-in sessions will be held"}}},
	})
}

// TestPurposeSetOff: a purpose set off by commas after the subject ("A
// previous closure of the road, for resurfacing, lasted ...") is no noun
// a participle phrase follows: the title keeps the sentence's own verb.
func TestPurposeSetOff(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "for resurfacing", ref: "2025-09-01", text: "A previous closure of the same road, for resurfacing, lasted from 4 to 15 August 2023.",
			want: []brief{{"2023-08-04/2023-08-15", "from 4 to 15 August 2023", "A previous closure of the same road, for resurfacing, lasted"}}},
	})
}

// TestBracketedEventDays: the days of a named event in brackets right
// after its name, in a sentence of something else ("deferred to avoid the
// Kelby Food Festival (27–28 September 2025)"), are the event's: titled
// with its name, not with another event of the sentence.
func TestBracketedEventDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "food festival", ref: "2025-09-01", text: "The request, received on 18 August 2025, was deferred to avoid the Kelby Food Festival (27–28 September 2025).",
			want: []brief{{"2025-08-18", "on 18 August 2025", "The request was received"}, {"2025-09-27/2025-09-28", "27–28 September 2025", "Kelby Food Festival"}}},
		{name: "the subject's days", ref: "2025-09-01", text: "The Harrogate Flower Show (24–27 April 2025) drew record crowds.",
			want: []brief{{"2025-04-24/2025-04-27", "24–27 April 2025", "The Harrogate Flower Show drew record crowds"}}},
	})
}
