package e2e_test

import "testing"

// TestSplitYearReportHalves36h36e: a report titled by a split year
// ("ANNUAL REPORT 2022/23") that says when its year ends ("The year to
// 31 March 2023") tells of that fiscal year in every paragraph, however
// far below the statement: its halves are that year's (April to
// September 2022, October 2022 to March 2023), and its months the ones
// of that year, as when it is read with a reference date after its end.
// The title's first year ("2022") is no calendar year the report is of.
func TestSplitYearReportHalves36h36e(t *testing.T) {
	const body = "The year to 31 March 2023 was one of steady progress for the trust.\n\n" +
		"Volunteers gave more hours than ever, and the reading room opened to visitors.\n\n" +
		"We thank our members for their patience while the building works went on.\n\n" +
		"The board met six times and reviewed its list of risks.\n\n"
	runDocCases(t, []docCase{
		{name: "halves far below the statement", file: "report.txt",
			text: "ANNUAL REPORT 2022/23\n\n" + body + "Finance\n\nIn the first half, income from lettings rose.\n\nIn the second half of the year, energy costs fell.\n",
			want: []string{"2022-04/2022-09 | Income from lettings rose", "2022-10/2023-03 | Energy costs fell"},
			not:  []string{"2021-04", "2022-H1", "2022-H2"}},
		{name: "a half in the statement's own paragraph", file: "report.txt",
			text: "Annual Report 2022/23\n\nThe year to 31 March 2023 was a good one. In the first half, income from lettings rose.\n",
			want: []string{"2022-04/2022-09 | Income from lettings rose"},
			not:  []string{"2021-04"}},
		{name: "a month of the report's year", file: "report.txt",
			text: "Annual Report 2022/23\n\n" + body + "In January, the roof of the east wing was mended.\n",
			want: []string{"2023-01 | The roof of the east wing was mended"},
			not:  []string{"2022-01"}},
		{name: "a year that ends in June", file: "review.txt",
			text: "Annual Review 2023-24\n\nOur financial year ends on 30 June.\n\n" + "Volunteers gave more hours than ever.\n\nIn the first half, visitor numbers rose.\n",
			want: []string{"2023-H2 | Visitor numbers rose"}, // (July to December 2023)
			not:  []string{"2023-H1", "2022-07", "2024-H1"}},
		{name: "a calendar year's report stays as it was", file: "report.txt",
			text: "Annual Report 2023\n\nVolunteers gave more hours than ever.\n\nIn the first half, visitor numbers rose.\n",
			want: []string{"2023-H1 | Visitor numbers rose"}},
	})
}
