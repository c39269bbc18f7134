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

// TestSplitYearTitleNamesNoYear36h36e: a report titled by a split year
// ("Annual Report 2022/23", "2022-23 Annual Review") that does not say
// when its year ends names no one year its months and halves are of: its
// January is 2023's in any year that runs over two, its June 2022's or
// 2023's, its first half no calendar half. They are left undated rather
// than read in the title's first year (2022-01, 2022-H1: wrong dates); a
// date written whole is kept, and a one-year report reads as before.
func TestSplitYearTitleNamesNoYear36h36e(t *testing.T) {
	const body = "\n\nIn January, the roof of the east wing was mended.\n\nIn the first half, visitor numbers rose.\n\nThe cafe reopened on 4 March 2023.\n"
	runDocCases(t, []docCase{
		{name: "slash", file: "report.txt", text: "Annual Report 2022/23" + body,
			want: []string{"2023-03-04 | The cafe reopened"},
			not:  []string{"2022-01", "2022-H1", "2022 | "}},
		{name: "dash, year first", file: "review.txt", text: "2022-23 Annual Review" + body,
			want: []string{"2023-03-04 | The cafe reopened"},
			not:  []string{"2022-01", "2022-H1", "2022 | "}},
		{name: "en dash, full years", file: "review.txt", text: "Annual Review 2022–2023" + body,
			want: []string{"2023-03-04 | The cafe reopened"},
			not:  []string{"2022-01", "2022-H1", "2022 | "}},
		{name: "one year: as before", file: "report.txt", text: "Annual Report 2022" + body,
			want: []string{"2022-01 | The roof of the east wing was mended", "2022-H1 | Visitor numbers rose", "2023-03-04 | The cafe reopened"}},
	})
}
