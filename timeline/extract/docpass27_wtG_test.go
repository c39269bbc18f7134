package extract

import "testing"

// TestWhenClauseOwnDate: a date in a when-clause after a main clause that
// has a date of its own is the when-clause's event, titled by it; the
// main clause keeps its own date. A subordinate clause after a later date
// set off by commas is that date's, no part of the earlier date's title.
func TestWhenClauseOwnDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the when-clause's own day", ref: "2025-02-06",
			text: "Corvane first learned of it last month, when incident responders at Tallis Security noticed suspicious sessions at a client on January 17.",
			want: []brief{{"2025-01", "last month", "Corvane first learned of it"},
				{"2025-01-17", "on January 17", "Incident responders at Tallis Security noticed suspicious sessions at a client"}}},
		{name: "the when-clause of a later date", ref: "",
			text: "The previous review, published in the autumn of 2014, covered the late 2000s, when Bewick's Swans still wintered here.",
			want: []brief{{"200", "the late 2000s", "Bewick's Swans still wintered here"},
				{"2014-FA", "in the autumn of 2014", "The previous review was published"}}},
	})
}

// TestSameYearClause: "in 1974, the same year Nixon resigned" dates the
// main clause before it; the clause after "the same year" only says when,
// and is no part of the title (a date that dates no verb, "postcards from
// 1936, the year the library burned down", still takes the clause after:
// see TestHeadlinesBlindQA).
func TestSameYearClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the same year", text: "My father sold the orchard in 1974, the same year Nixon resigned.",
			want: []brief{{"1974", "in 1974", "My father sold the orchard"}}},
		{name: "the year, a long clause", text: "My father sold the orchard in 1974, the year Richard Nixon resigned.",
			want: []brief{{"1974", "in 1974", "My father sold the orchard"}}},
	})
}
