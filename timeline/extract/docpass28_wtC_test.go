package extract

import "testing"

// TestFiscalYearsNamedByTheirStart: a text that names its fiscal years by
// the year they start in, saying so beside the year's end ("the fiscal
// year ended March 31, 2025 (fiscal 2024)"), dates every "fiscal N" it
// writes as April N to March N+1; a text that says nothing of it keeps
// the naming by the year the fiscal year ends in.
func TestFiscalYearsNamedByTheirStart(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "fiscal 2026 of a year named by its start", text: "Our revenue grew by 6% in the fiscal year ended March 31, 2025 (fiscal 2024). A second factory will open in fiscal 2026.",
			want: []brief{{"2024-04/2025-03", "fiscal 2024", "Our revenue grew by 6% in the fiscal year ended March 31, 2025"}, {"2026-04/2027-03", "in fiscal 2026", "A second factory will open"}}},
		{name: "the year's name first", text: "Revenue hit a record in FY2024 (the year ending 31 March 2025). The new line starts in FY2026.",
			want: []brief{{"2024-04/2025-03", "in FY2024", "Revenue hit a record (the year ending 31 March 2025)"}, {"2026-04/2027-03", "in FY2026", "The new line starts"}}},
		{name: "named by its end", text: "Our revenue grew by 6% in the fiscal year ended March 31, 2025 (fiscal 2025). A second factory will open in fiscal 2026.",
			want: []brief{{"2024-04/2025-03", "fiscal 2025", "Our revenue grew by 6% in the fiscal year ended March 31, 2025"}, {"2025-04/2026-03", "in fiscal 2026", "A second factory will open"}}},
	})
}

// TestPeriodOfTheYearJustEnded: a half or quarter named without its year
// right after "the fiscal year ended March 31, 2025" is of that year:
// its second half is October 2024 to March 2025, its third quarter
// October to December 2024 (one event with the months the text gives in
// brackets, no other a year later).
func TestPeriodOfTheYearJustEnded(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the second half", text: "Exports grew in the fiscal year ended March 31, 2025, above all in the second half.",
			want: []brief{{"2024-10/2025-03", "in the second half", "Exports grew in the fiscal year ended March 31, 2025, above all"}}},
		{name: "the third quarter in the next sentence", text: "Revenue fell in the fiscal year ended March 31, 2025. Demand started to recover in the third quarter (October-December 2024).",
			want: []brief{{"2024-04-01/2025-03-31", "in the fiscal year ended March 31, 2025", "Revenue fell"}, {"2024-10/2024-12", "in the third quarter (October-December 2024)", "Demand started to recover"}}},
	})
}

// TestYearNamingAThing: a year after a possessive before a capitalised
// name ("The group's 2025 Investor Day") names the thing and dates nothing
// beside the day the sentence gives it; "for the full year" said of
// results to be published tells which results, no event of the year.
func TestYearNamingAThing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a possessive and a named day", ref: "2024-10-01", text: "The group's 2025 Investor Day will take place on 12 March 2025 in Oslo.",
			want: []brief{{"2025-03-12", "on 12 March 2025", "The group's 2025 Investor Day will take place in Oslo"}}},
		{name: "results for the full year", ref: "2024-11-12", text: "Our next results, for the full year, will be released on Tuesday 20 May 2025.",
			want: []brief{{"2025-05-20", "on Tuesday 20 May 2025", "Our next results, for the full year, will be released"}}},
		{name: "a possessive before a lower-case noun keeps its year", ref: "2025-01-10", text: "The company's 2024 results were strong.",
			want: []brief{{"2024", "2024", "The company's results were strong"}}},
	})
}

// TestTermUntilEnds: "to run until the end of 2023" after the day a thing
// began tells when it ends: one event from that day to the end of the
// year, not a second one dated "until the end of 2023".
func TestTermUntilEnds(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "to run until", text: "On 2 May 2024 the council opened a consultation, to run until the end of June 2024.",
			want: []brief{{"2024-05-02/2024-06", "On 2 May 2024 … to run until the end of June 2024", "The council opened a consultation"}}},
		{name: "lasting until", text: "On 2 May 2024 the council imposed a hosepipe ban lasting until 30 September 2024.",
			want: []brief{{"2024-05-02/2024-09-30", "On 2 May 2024 … lasting until 30 September 2024", "The council imposed a hosepipe ban"}}},
	})
}

// TestPeriodAReportCovers: the period after a report's noun and "for"
// ("the half-year report for January–June 2024", "a trading update for
// the second quarter of 2024 (April–June)") is what the report covers,
// no event titled as its publication beside the day it comes out.
func TestPeriodAReportCovers(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a report for a span of months", ref: "2024-06-03", text: "The half-year report for January–June 2024 will be released on 18 July 2024.",
			want: []brief{{"2024-07-18", "on 18 July 2024", "The half-year report for January–June 2024 will be released"}}},
		{name: "an update for a quarter glossed in brackets", ref: "2024-10-09", text: "Norrland Foods today publishes a trading update for the third quarter of 2024 (July–September).",
			want: []brief{{"2024-10-09", "today", "Norrland Foods publishes a trading update for the third quarter of 2024 (July–September)"}}},
	})
}

// TestNamesAndFormulas: a year in a name in quotation marks ('the "Grow
// 2030" strategy') dates nothing beside the sentence's date; a report's title
// line under the company's name ("Harada Optics Co., Ltd.¶Sustainability
// Report 2024") is no event; the words that close a call ("That
// concludes today's call.") are none either.
func TestNamesAndFormulas(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a year in a quoted name", text: `Chief executive Ada Berg launched the "Grow 2030" strategy in March 2018.`,
			want: []brief{{"2018-03", "in March 2018", `Chief executive Ada Berg launched the "Grow 2030" strategy`}}},
		{name: "a title line under a name line", text: "Harada Optics Co., Ltd.\nSustainability Report 2024\n\nOn 1 April 2023 we opened a plant in Sendai.\n",
			want: []brief{{"2023-04-01", "On 1 April 2023", "We opened a plant in Sendai"}}},
		{name: "a call's closing words", ref: "2024-11-12", text: "Moderator: This concludes today's conference call.",
			want: nil},
	})
}
