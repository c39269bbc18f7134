package e2e_test

import "testing"

// TestTableRowLabelFolds35h35f: a table row whose first cell is its date
// ("| 1819 | Soldiers charge a crowd on 16 August |") is labelled by it as
// a list item is ("1819 – ..."): a day of that period in the cell after
// it tells the row's date more precisely, and the row is one event, of
// that day. A month in it gives a figure of its own ("5,100 parcels in
// December alone"), a date in a later cell (a column of consequences, of
// notes) is another event, and so is a date outside the label's period.
func TestTableRowLabelFolds35h35f(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a Markdown table's year cell and a day in the event cell", file: "reform.md",
			text: "# Reform in the mills\n\n| Year | Event | Why it matters |\n|------|-------|----------------|\n" +
				"| 1819 | Soldiers charge a crowd at a meeting in Salford on 16 August | Eleven people die |\n" +
				"| 1832 | The first Reform Act becomes law on 7 June | More men can vote |\n" +
				"| 1842 | A general strike spreads across the mill towns | Many leaders are jailed |\n",
			want: []string{"1819-08-16 | Soldiers charge a crowd at a meeting in Salford", "1832-06-07 | The first Reform Act becomes law", "1842 | A general strike spreads across the mill towns"},
			not:  []string{"1819 | ", "1832 | "}},
		{name: "a month cell and a day in the event cell", file: "strike.md",
			text: "# The strike\n\n| When | What happened |\n|---|---|\n" +
				"| March 1912 | Miners walk out at the Hollins pit on 4 March |\n" +
				"| April 1912 | The owners offer a new rate |\n",
			want: []string{"1912-03-04 | Miners walk out at the Hollins pit", "1912-04 | The owners offer a new rate"},
			not:  []string{"1912-03 | "}},
		{name: "an HTML table's year cell and a day in the event cell", file: "reform.html",
			text: "<html><head><title>Reform in the mills</title></head><body><h1>Reform in the mills</h1>" +
				"<table><tr><th>Year</th><th>Event</th></tr>" +
				"<tr><td>1819</td><td>Soldiers charge a crowd at a meeting in Salford on 16 August</td></tr>" +
				"<tr><td>1842</td><td>A general strike spreads across the mill towns</td></tr></table></body></html>",
			want: []string{"1819-08-16 | Soldiers charge a crowd at a meeting in Salford", "1842 | A general strike spreads across the mill towns"},
			not:  []string{"1819 | "}},
		{name: "a date in a later cell is an event of its own", file: "acts.md",
			text: "# Factory laws\n\n| Year | Law | Afterwards |\n|---|---|---|\n" +
				"| 1833 | Parliament passes a law that limits the hours of children | Four inspectors are appointed in October |\n",
			want: []string{"1833 | Parliament passes a law", "1833-10 | "}},
		{name: "a month in the row's year is a figure of its own", file: "parcels.md",
			text: "# Parcels\n\n| Year | What happened |\n|---|---|\n" +
				"| 2024 | Record demand: 5,100 parcels in December alone |\n",
			want: []string{"2024 | ", "2024-12 | "}},
		{name: "a day of another year in the event cell", file: "rail.md",
			text: "# Railways\n\n| Year | Event |\n|---|---|\n" +
				"| 1829 | Engines race at Rainhill; the winner pulls its first train on 15 September 1830 |\n",
			want: []string{"1829 | ", "1830-09-15 | "}},
	})
}

// TestFiguresByPeriod35h35f: a table of figures whose columns a report
// heads with its fiscal years or periods ("FY23", "2022-23", "Q1 2023")
// dates none of its figures, as one headed by years ("2023") does, in
// Markdown and in HTML; the prose around it keeps its dates.
func TestFiguresByPeriod35h35f(t *testing.T) {
	md := func(a, b string) string {
		return "# Results\n\nSales rose in 2021.\n\n| | " + a + " | " + b + " |\n|---|---|---|\n| Revenue (£m) | 412.6 | 361.9 |\n| Operating profit (£m) | 31.4 | 22.8 |\n"
	}
	page := func(a, b string) string {
		return "<html><head><title>Results</title></head><body><h1>Results</h1><p>Sales rose in 2021.</p><table><tr><th></th><th>" + a + "</th><th>" + b +
			"</th></tr><tr><td>Revenue (£m)</td><td>412.6</td><td>361.9</td></tr><tr><td>Operating profit (£m)</td><td>31.4</td><td>22.8</td></tr></table></body></html>"
	}
	var cases []docCase
	for _, h := range [][2]string{{"FY23", "FY22"}, {"2022-23", "2021-22"}, {"Q1 2023", "Q4 2022"}, {"FY 2023/24", "FY 2022/23"}} {
		cases = append(cases,
			docCase{name: "markdown " + h[0], file: "results.md", text: md(h[0], h[1]), want: []string{"2021 | Sales rose"}, not: []string{"2022", "2023", "2022-Q4", "2023-Q1", "2021/2022", "2022/2023"}},
			docCase{name: "html " + h[0], file: "results.html", text: page(h[0], h[1]), want: []string{"2021 | Sales rose"}, not: []string{"2022", "2023", "2022-Q4", "2023-Q1", "2021/2022", "2022/2023"}})
	}
	cases = append(cases, docCase{name: "a table of events by fiscal year keeps them", file: "events.md",
		text: "# Milestones\n\n| Year | Milestone |\n|---|---|\n| FY23 | The Leeds bakery reopened after the fire |\n| FY24 | The Wakefield depot opened |\n",
		want: []string{"2023 | The Leeds bakery reopened", "2024 | The Wakefield depot opened"}})
	runDocCases(t, cases)
}

// TestSpacedFiguresTable35h35f: a report's plain text (or a PDF's) lays
// a table of figures out in columns of spaces, headed by its years
// ("FY23        FY22" over "Revenue (£m)     412.6     361.9"): its
// header dates nothing, as a Markdown table's does not; a list of dated
// lines laid out the same way keeps its events.
func TestSpacedFiguresTable35h35f(t *testing.T) {
	const prose = "HARTWELL FOODS\n\nChair's statement\n\nOn 17 November 2022 we completed the purchase of Brannock Dairies.\n\n"
	runDocCases(t, []docCase{
		{name: "fiscal years over figures", file: "report.txt",
			text: prose + "                                   FY23        FY22\nRevenue (£m)                      412.6       361.9\nOperating profit (£m)              31.4        22.8\n",
			want: []string{"2022-11-17 | We completed the purchase of Brannock Dairies"}, not: []string{"2022", "2023", "2021-04/2022-03"}},
		{name: "years over figures, a unit first", file: "report.txt",
			text: prose + "£m                     2023        2022\nRevenue               412.6       361.9\nDividend per share     6.2p        5.8p\nNet debt               (12.0)      –\nThe Board met 9 times in 2023.\n",
			want: []string{"2022-11-17 | We completed the purchase of Brannock Dairies", "2023 | The Board met 9 times"}, not: []string{"2022"}},
		{name: "a list of dated lines stays", file: "report.txt",
			text: prose + "Key events\n\n2021        New chief executive joins the Board\n2022        Fire at the Leeds bakery\n",
			want: []string{"2021 | New chief executive joins the Board", "2022 | Fire at the Leeds bakery"}},
		{name: "years over words stay", file: "report.txt",
			text: prose + "2021        2022\nThe plant opened        The plant closed\n",
			want: []string{"2022-11-17 | "}},
	})
}
