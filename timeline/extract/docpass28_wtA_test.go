package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestComparedYearAnchorsNothing: a year a figure is compared with ("up
// 18% on 2023") is no year the story is in, in the section it is told in
// nor in the sections after it: the yearless days told later keep the
// year told before; nor is a year after a change told in the sentence
// before ("grew from 3 to 11 vessels. In 2023 ...").
func TestComparedYearAnchorsNothing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "up on a year", text: "The summer window opened on 14 June 2024. Spending was up 18% on 2023.\n\nWinger Jonas Eklund arrived on 2 July.",
			want: []brief{{"2024-06-14", "on 14 June 2024", "The summer window opened"}, {"2024-07-02", "on 2 July", "Winger Jonas Eklund arrived"}}},
		{name: "the year after a comparison", ref: "2024-01-30", text: "Throughout the 2000s the fleet grew from 3 to 11 vessels.\n\nIn 2023 we carried 412,000 TEU, up 6% on 2022. Volumes were weakest in the first half of the year.",
			want: []brief{{"200", "Throughout the 2000s", "The fleet grew from 3 to 11 vessels"}, {"2023", "In 2023", "We carried 412,000 TEU, up 6% on 2022"}, {"2023-H1", "in the first half of the year", "Volumes were weakest"}}},
	})
	doc := &timeline.Document{Name: "window.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Heading: "Summer window", Text: "The ticket office opened on Friday 3 March 2023 and closed on 30 April, with sales up 7 per cent on 2022."},
		{Kind: timeline.Body, Heading: "Stands", Text: "The new stand opened on 6 May."},
	}}
	got := briefs(Events(doc, Options{}))
	i := slices.IndexFunc(got, func(b brief) bool { return b.DateText == "on 6 May" })
	if i < 0 || got[i].Value != "2023-05-06" {
		t.Errorf("got %q, want the new stand on 2023-05-06", got)
	}
}

// TestAsideYearAnchorsNothing: the year of an aside ("The vessel, built
// in 2008, was sold ... in December") does not date the sentence's later
// month.
func TestAsideYearAnchorsNothing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "built in", ref: "2024-01-30", text: "The vessel BALTIC TERN, built in 2008, was sold for recycling in December.",
			want: []brief{{"2008", "in 2008", "The vessel BALTIC TERN was built"}, {"2023-12", "in December", "The vessel BALTIC TERN was sold for recycling"}}},
	})
}

// TestUntilInSentenceBefore: "until" in the sentence before does not make
// the year opening the next one a bound: "The following year" counts
// from 1958.
func TestUntilInSentenceBefore(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "not until", text: "Production did not resume until the autumn of 1945. In 1958 the company introduced a pump. The following year it opened a subsidiary in Hamburg.",
			want: []brief{{"1945-FA", "until the autumn of 1945", "Production resumed"}, {"1958", "In 1958", "The company introduced a pump"}, {"1959", "The following year", "It opened a subsidiary in Hamburg"}}},
	})
}

// TestFeastPeriodOfYear: "the Christmas period of 2024" is one event of
// 2024, not Christmas of the year told before plus a second event for
// the year. (A feast's period is the month it is in, no one day: h37b.)
func TestFeastPeriodOfYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the Christmas period of a year", text: "The starting date was 2 October 2023. Over the Christmas period of 2024 the contractor removed 40 tonnes of steel.",
			want: []brief{{"2023-10-02", "2 October 2023", "The starting date was 2 October 2023"}, {"2024-12", "the Christmas period of 2024", "Over the Christmas period of 2024 the contractor removed 40 tonnes of steel"}}},
	})
}

// TestTitleSeasonLooksAhead: a season of two years in the title ("2023-24
// season in review", dated 19 May 2024) does not date a month the text
// looks ahead to: "scheduled for 2 September" is the coming one.
func TestTitleSeasonLooksAhead(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "season in review", ref: "2024-05-19", text: "Rovers Women: 2023-24 season in review\n\nThe first round is scheduled for 2 September.",
			want: []brief{{"2023/2024", "2023-24", "2023-24 season in review"}, {"2024-09-02", "2 September", "The first round is scheduled"}}},
	})
}

// TestPortSaidIsNoReportingVerb: "Said" in a name is no reporting verb,
// so the day after it is the one "the following morning" counts from.
func TestPortSaidIsNoReportingVerb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Port Said", ref: "2024-03-18", text: "On 7 March the vessel transited the Strait of Gibraltar. She arrived at Port Said on the 12th and commenced the canal transit at 03:15 the following morning.",
			want: []brief{{"2024-03-07", "On 7 March", "The vessel transited the Strait of Gibraltar"}, {"2024-03-12", "on the 12th", "She arrived at Port Said"}, {"2024-03-13T03:15", "at 03:15 the following morning", "She commenced the canal transit"}}},
	})
}
