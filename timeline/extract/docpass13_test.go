package extract

import "testing"

// TestDocPass13: what the thirteenth session's blind passes over new kinds
// of documents found, each case under the comment that says what it
// checks.
func TestDocPass13(t *testing.T) {
	runRealCases(t, []realCase{
		// a move on a day is of that day, not measured from it
		{
			name: "a fall in per cent on a weekday",
			text: "Shares fell 3% on Monday.",
			ref:  "2025-03-05",
			want: []brief{{"2025-03-03", "on Monday", "Shares fell 3%"}},
		},
		{
			name: "a fall in points on a date",
			text: "The index fell 120 points on 3 March 2025.",
			ref:  "2025-03-05",
			want: []brief{{"2025-03-03", "on 3 March 2025", "The index fell 120 points"}},
		},
		{
			name: "a rise on the day before is measured from it",
			text: "Sales rose 4% on the previous day.",
			ref:  "2025-03-05",
			want: nil,
		},
		// a release's "today" is its own day, and the quarter its results
		// are for says only which results they are
		{
			name: "results announced today for a quarter ended",
			text: "Northgate today announced results for the quarter ended September 30, 2025.",
			ref:  "2025-10-28",
			want: []brief{{"2025-10-28", "today", "Northgate announced results for the quarter ended September 30, 2025"}},
		},
		{
			name: "a dateline over results for the third quarter ended",
			text: "AUSTIN, Texas, October 28, 2025 -- Northgate today announced results for the third quarter ended September 30, 2025.",
			ref:  "2025-10-28",
			want: []brief{{"2025-10-28", "today", "Northgate announced results for the third quarter ended September 30, 2025"}},
		},
		// a year in a programme slot's title is the talk's subject: no
		// event of it, and the slots after it keep their day
		{
			name: "a slot's title naming a year",
			text: "Day 1 (Wednesday 12 November 2025)\n\n| Time | Session |\n|---|---|\n| 11:00 | Panel: lessons from 2024 |\n| 14:00 | Workshop on pipelines |",
			want: []brief{{"2025-11-12T11:00", "11:00", "Panel: lessons from 2024"}, {"2025-11-12T14:00", "14:00", "Workshop on pipelines"}},
		},
		// a figure's baseline, written as a number before the date, is
		// no event
		{
			name: "up from a number last year",
			text: "The budget consultation closed on Friday 6 February with 1,872 responses, up from 1,204 last year.",
			ref:  "2026-02-13",
			want: []brief{{"2026-02-06", "on Friday 6 February", "The budget consultation closed with 1,872 responses, up from 1,204 last year"}},
		},
		// a condition opening the sentence tells nothing that happened;
		// its main clause still may
		{
			name: "a condition, then what follows from it",
			text: "If your breathing gets worse over the weekend, call the after-hours line. If approved on Tuesday, the plan starts in May.",
			ref:  "2026-02-28",
			want: []brief{{"2026-05", "in May", "The plan starts"}},
		},
		// a show's name is no time
		{
			name: "a late show named Midnight",
			text: "Late show: Midnight Cinema on the Quay, 23:30–02:00",
			ref:  "2024-07-12",
			want: []brief{{"2024-07-12T23:30/2024-07-13T02:00", "23:30–02:00", "Late show – Midnight Cinema on the Quay"}},
		},
		// a sub-heading under a dated title: its slots and days are of the
		// title's day
		{
			name: "a programme under a dated title",
			text: "# Board away-day, 18 September 2025\n\n## Programme\n\n- 09:00–09:30 Welcome and coffee\n- Lunch 12:30\n\n## Papers\n\nPapers will be circulated by Friday 12 September.",
			want: []brief{{"2025-09-12", "by Friday 12 September", "Papers will be circulated"}, {"2025-09-18", "18 September 2025", "Board away-day"}, {"2025-09-18T09:00/2025-09-18T09:30", "09:00–09:30", "Welcome and coffee"}, {"2025-09-18T12:30", "12:30", "Lunch"}},
		},
		// an amount of time to come, counted from the writer's day: its
		// end, or by it
		{
			name: "a reply within days and a report in weeks",
			text: "The Clerk will reply within 14 days. The report will be published in two weeks. The plant was repaired within two days. Book your walk-round within 30 days of your start date.",
			ref:  "2025-03-12",
			want: []brief{{"2025-W13", "in two weeks", "The report will be published"}, {"2025-03-26", "within 14 days", "The Clerk will reply"}},
		},
		// a time told again in brackets in another zone is the same
		// moment: one event, on the day the gloss names
		{
			name: "a launch time glossed in local time",
			text: "The launch window opens at 02:17 UTC on 22 April 2025 (10:17 p.m. EDT on 21 April).",
			want: []brief{{"2025-04-22T02:17Z", "at 02:17 UTC on 22 April 2025 (10:17 p.m. EDT on 21 April)", "The launch window opens"}},
		},
		{
			name: "a night's time glossed by the next day's GMT",
			text: "At 11:42 p.m. ET (04:42 GMT Friday) the board reported. Staff returned at 6:30 a.m.",
			ref:  "2025-11-07",
			want: []brief{{"2025-11-06T23:42-05:00", "At 11:42 p.m. ET (04:42 GMT Friday)", "The board reported"}, {"2025-11-07T06:30-05:00", "at 6:30 a.m.", "Staff returned"}},
		},
		// what is said of a kind of date, a reading list, a homework
		// task and a thing's age are no events; a season in a year is one
		{
			name: "no events of notes, tasks and ages",
			text: "Dates before 1500 are often approximate. Underneath we found a 1970s newspaper.\n\nFurther reading: Elizabeth Eisenstein, The Printing Press as an Agent of Change (1979).\n\nHomework: Write 200 words explaining which event in 1789 was most important.",
			ref:  "2026-03-09",
			want: nil,
		},
		{
			name: "a single summer in a year",
			text: "She walked from Inverness to the Solway coast over a single summer in 1938.",
			ref:  "2026-03-09",
			want: []brief{{"1938-SU", "summer in 1938", "She walked from Inverness to the Solway coast"}},
		},
		// a period named by its length and the day it begins is a span
		{
			name: "a trial's two-week period and a scheme's twelve months",
			text: "The trial is set for the two-week period beginning March 8, 2027. The scheme is approved for a period of 12 months beginning with 1 April 2026.",
			want: []brief{{"2026-04-01/2027-03-31", "for a period of 12 months beginning with 1 April 2026", "The scheme is approved"}, {"2027-03-08/2027-03-21", "for the two-week period beginning March 8, 2027", "The trial is set"}},
		},
		{
			name: "a statute in force at the end of a period",
			text: "Sections 7 to 12 come into force at the end of the period of 2 months beginning with 18 March 2025.",
			want: []brief{{"2025-05-17", "at the end of the period of 2 months beginning with 18 March 2025", "Sections 7 to 12 come into force"}},
		},
		// a row named by a hyphenated word is titled by it
		{
			name: "a go-live milestone row",
			text: "| Milestone | Baseline | Forecast |\n| --- | --- | --- |\n| M5 Go-live | 6 Oct 2025 | 6 Oct 2025 |",
			want: []brief{{"2025-10-06", "6 Oct 2025", "M5 Go-live"}},
		},
		// what the regression check found: a date in the main clause of
		// a condition with no comma; limits that run from each case, not
		// from the writer's day
		{
			name: "a condition with no comma",
			text: "If the forecast turns we will fall back to Wednesday 11 March 2026.",
			want: []brief{{"2026-03-11", "Wednesday 11 March 2026", "If the forecast turns we will fall back"}},
		},
		{
			name: "limits that run from each case",
			text: "The plan aims to reach 65% within 18 weeks by March 2026. From 27 October 2025, landlords will have to investigate hazards within 14 days. On termination, the Supplier shall return all data within fourteen (14) days and delete all copies within sixty (60) days thereafter.",
			ref:  "2025-09-11",
			want: []brief{{"2025-10-27", "From 27 October 2025", "Landlords will have to investigate hazards within 14 days"}, {"2026-03", "by March 2026", "The plan aims to reach 65% within 18 weeks"}},
		},
		// an article's history: each label its own event
		{
			name: "received and accepted",
			text: "Received 3 March 2020; Accepted 1 July 2020\n\nWe recruited nurses in 2008.",
			want: []brief{{"2008", "in 2008", "We recruited nurses"}, {"2020-03-03", "3 March 2020", "Received"}, {"2020-07-01", "1 July 2020", "Accepted"}},
		},
		// a museum label's maker and date, a participle and "by"
		{
			name: "engraved by, before a year",
			text: "Engraved by Thomas Kitchin, before 1805",
			want: []brief{{"1805", "before 1805", "Engraved by Thomas Kitchin"}},
		},
		// a chat export's name-and-time lines head messages; a rule's
		// limit runs from each case
		{
			name: "a chat's name and time over its message",
			text: "Dana Liu  2:15 PM\nThanks all.\n\nTom Becker  2:18 PM\nI will have the draft ready by tomorrow.",
			ref:  "2025-11-05",
			want: []brief{{"2025-11-06", "by tomorrow", "I will have the draft ready"}},
		},
		{
			name: "a landlord's duty within days",
			text: "Landlords will have to investigate reported hazards within 14 days.",
			ref:  "2025-01-14",
			want: nil,
		},
		// a year opening a paragraph after a dated line starts its story
		{
			name: "an essay's years after its submission line",
			text: "Essay submitted 14 March 2025\n\nIn 1769 Richard Arkwright patented the water frame, and two years later he opened his mill at Cromford.",
			want: []brief{{"1769", "In 1769", "Richard Arkwright patented the water frame"}, {"1771", "two years later", "Richard Arkwright opened his mill at Cromford"}, {"2025-03-14", "14 March 2025", "Essay submitted"}},
		},
	})
}
