package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestPairedDays: two days in a row that share their month's name
// ("September 19 and 20", "19 and 20 September") are one span, as "19-20
// September" is; days apart ("May 3 and 17") and longer lists stay apart.
func TestPairedDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "month first", ref: "2024-07-31", text: "The next policy meeting will be held on September 19 and 20.",
			want: []brief{{"2024-09-19/2024-09-20", "on September 19 and 20", "The next policy meeting will be held"}}},
		{name: "day first", ref: "2024-07-31", text: "The board meets on 29 and 30 October in Frankfurt.",
			want: []brief{{"2024-10-29/2024-10-30", "on 29 and 30 October", "The board meets in Frankfurt"}}},
		{name: "days apart", ref: "2024-07-31", text: "Auctions take place on August 6 and 20.",
			want: []brief{{"2024-08-06", "on August 6", "Auctions take place"}, {"2024-08-20", "20", "Auctions take place"}}},
	})
}

// TestQuartersOfANamedSplitYear: with the fiscal year said to end in
// March, the quarters listed after "for 2024-25" are that fiscal year's:
// Q2 is July to September 2024 and Q4 January to March 2025.
func TestQuartersOfANamedSplitYear(t *testing.T) {
	text := "CPI inflation for 2024-25 is projected at 4.5 per cent, with Q2 at 4.1 per cent; Q3 at 4.8 per cent; and Q4 at 4.2 per cent."
	doc := oneSection("p.txt", text, timeline.Citation{})
	var got []string
	for _, e := range Events(doc, Options{Ref: day(t, "2024-10-09"), FiscalYearEnd: 3}) {
		got = append(got, spanValue(e.Span)+" "+e.DateText)
	}
	want := []string{"2024-Q3 Q2", "2024-Q4 Q3", "2025-Q1 Q4"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestRangeWithItsYearInAnUndatedText: in a text with no date of its
// own, a range to come whose year is written at its end ("on December
// 4-6, 2024") is dated by it, not left out as a plan of no year.
func TestRangeWithItsYearInAnUndatedText(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a dash", text: "The minutes will be published on October 23, 2024. The next meeting will be held on December 4-6, 2024.",
			want: []brief{{"2024-10-23", "on October 23, 2024", "The minutes will be published"}, {"2024-12-04/2024-12-06", "on December 4-6, 2024", "The next meeting will be held"}}},
		{name: "to", text: "The minutes will be published on October 23, 2024. The next meeting will run from December 4 to 6, 2024.",
			want: []brief{{"2024-10-23", "on October 23, 2024", "The minutes will be published"}, {"2024-12-04/2024-12-06", "from December 4 to 6, 2024", "The next meeting will run"}}},
	})
}

// TestLabelDayAndBracketedClock: a day that labels its line and the
// clock time in brackets after what happens ("Thursday 18 April 2024:
// Japan CPI (08:30 JST)") are one event, at that time of that day.
func TestLabelDayAndBracketedClock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a calendar line", text: "Thursday 18 April 2024: Japan CPI (08:30 JST)",
			want: []brief{{"2024-04-18T08:30+09:00", "Thursday 18 April 2024 … 08:30 JST", "Japan CPI"}}},
	})
}

// TestHeadingSharesOnlyANameAcrossDocuments: a heading's event with no
// verb ("Minutes of the Monetary Policy Committee meeting ending on 31
// July 2024") is not the event of another document that shares only a
// name with it ("At the Monetary Policy Meeting held today, the Policy
// Board decided to raise the rate"): two events, each citing its own
// source.
func TestHeadingSharesOnlyANameAcrossDocuments(t *testing.T) {
	boe := oneSection("boe.txt", "Monetary Policy Summary and minutes of the Monetary Policy Committee meeting ending on 31 July 2024",
		timeline.Citation{Outlet: "Bank of England", Date: day(t, "2024-08-01"), File: "boe.txt"})
	boj := oneSection("boj.txt", "At the Monetary Policy Meeting held today, the Policy Board of the Bank of Japan decided to raise the short-term policy interest rate to around 0.25 percent.",
		timeline.Citation{Outlet: "Bank of Japan", Date: day(t, "2024-07-31"), File: "boj.txt"})
	c := Build([]*timeline.Document{boe, boj}, Options{})
	var got []string
	for _, e := range c.Events {
		if e.Span.Start.String() == "2024-07-31" {
			got = append(got, e.Sources[0].Name())
			if len(e.Sources) != 1 {
				t.Errorf("%q cites %d sources, want 1", e.Title, len(e.Sources))
			}
		}
	}
	if slices.Sort(got); !slices.Equal(got, []string{"Bank of England", "Bank of Japan"}) {
		t.Errorf("the events of 2024-07-31 cite %q, want one of each bank", got)
	}
}

// TestTwoClausesOfOneDay: two clauses with their own subjects that tell
// what was done on the same day ("The ECB cut rates yesterday, and the
// SNB surprised ... on Thursday") make two events; one thing told twice
// ("yesterday, and again on Thursday") stays one.
func TestTwoClausesOfOneDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two subjects", ref: "2024-12-13", text: "The ECB cut rates yesterday, and the SNB surprised with a 50bp move on Thursday.",
			want: []brief{{"2024-12-12", "yesterday", "The ECB cut rates"}, {"2024-12-12", "on Thursday", "The SNB surprised with a 50bp move"}}},
		{name: "one thing told twice", ref: "2024-12-13", text: "The ECB cut rates yesterday, and again on Thursday.",
			want: []brief{{"2024-12-12", "yesterday", "The ECB cut rates"}}},
	})
}

// TestMonthOfADatedIssue: a month before the name of a document issued
// again and again ("the May Monetary Policy Report") dates the issue
// meant, and the sentence when it has no other date.
func TestMonthOfADatedIssue(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a report's issue", ref: "2024-08-01", text: "Services inflation had been higher than expected in the May Monetary Policy Report.",
			want: []brief{{"2024-05", "May", "Services inflation had been higher than expected in the Monetary Policy Report"}}},
	})
}

// TestMonthAfterALookBack: in a text with no date of its own, a month
// named after a look back to the year before the story's day ("Its last
// hike came in September 2023") that falls before that day is of the
// day's year: March 2024, between the two (not March 2023).
func TestMonthAfterALookBack(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a look back", text: "The ECB held rates at its 11 April 2024 meeting. Its last hike came in September 2023. Euro-area inflation slowed to 2.4% in March. The US CPI report was released on 10 April.",
			want: []brief{{"2023-09", "in September 2023", "Its last hike came"}, {"2024-03", "in March", "Euro-area inflation slowed to 2.4%"},
				{"2024-04-10", "on 10 April", "The US CPI report was released"}, {"2024-04-11", "11 April 2024", "The ECB held rates at its meeting"}}},
	})
}

// TestFigurePeriodInAStatement: in a statement, a figure measured over a
// period that ends in a month or quarter ("2.9 per cent over the year to
// March", "... to the March quarter") is of that month or quarter, not of
// the day the statement was made.
func TestFigurePeriodInAStatement(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Inflation was 2.9 per cent over the year to March.", "2025-03"},
		{"Underlying inflation was 2.9 per cent over the year to the March quarter.", "2025-Q1"},
	} {
		doc := oneSection("rba.txt", tc.text, timeline.Citation{Title: "Statement on Monetary Policy", Date: day(t, "2025-07-08")})
		doc.Sections[0].Statement = true
		var got []string
		for _, e := range Events(doc, Options{}) {
			got = append(got, spanValue(e.Span))
		}
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q: got %q, want [%s]", tc.text, got, tc.want)
		}
	}
}
