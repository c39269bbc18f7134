package extract

import "testing"

// TestAsRecentlyAs: the hedge before a date ("as recently as last month",
// "as early as 1990") is the date's words, out of the headline.
func TestAsRecentlyAs(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "as recently as", ref: "1999-10-14", text: "The administration had threatened a veto as recently as last month.",
			want: []brief{{"1999-09", "as recently as last month", "The administration had threatened a veto"}}},
		{name: "as early as", ref: "1999-10-14", text: "Work on the dam began as early as 1990.",
			want: []brief{{"1990", "as early as 1990", "Work on the dam began"}}},
		{name: "as soon as", ref: "2000-04-03", text: "The group might come to the U.S. as soon as Tuesday.",
			want: []brief{{"2000-04-04", "as soon as Tuesday", "The group might come to the U.S."}}},
	})
}

// TestParticleOnBeforeDate: "on" completing a verb ("dragged on since
// early spring") stays in the headline when its date goes.
func TestParticleOnBeforeDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "dragged on since", ref: "1999-10-14", text: "The standoff had dragged on since early spring.",
			want: []brief{{"1999-SP", "since early spring", "The standoff had dragged on"}}},
		{name: "dragged on until", ref: "1999-10-14", text: "The talks dragged on until late March.",
			want: []brief{{"1999-03", "until late March", "The talks dragged on"}}},
	})
}

// TestWhoAfterBetween: "who" after a thing between people ("a meeting
// between party leaders, who met") is said of the people.
func TestWhoAfterBetween(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "meeting between leaders", ref: "1999-10-14", text: "The vote came hours after a late-night meeting between party leaders, who met for about three hours at the Capitol on Wednesday.",
			want: []brief{{"1999-10-13", "on Wednesday", "Party leaders met for about three hours at the Capitol"}}},
	})
}

// TestWhereClauseTitle: a date inside a "where" clause set off after a
// place's name is the clause's event, in that place.
func TestWhereClauseTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "flooded", ref: "2025-02-18", text: "Residents of Millbank, where 120 homes flooded on Boxing Day 2015, said they were exhausted by the waiting.",
			want: []brief{{"2015-12-26", "on Boxing Day 2015", "120 homes flooded in Millbank"}}},
		{name: "met", ref: "2025-02-18", text: "He moved to Paris, where he met his wife in 1950.",
			want: []brief{{"1950", "in 1950", "He met his wife in Paris"}}},
		{name: "with the", ref: "1989-10-30", text: "Program trading is heavy on the New York Stock Exchange, where it amounted to more than 13% in September.",
			want: []brief{{"1989-09", "in September", "It amounted to more than 13% in the New York Stock Exchange"}}},
	})
}

// TestRowColumnNameOnlyBesideDateColumns: a row's date is named by its
// column only when another date of the row fills a column of its own,
// not when the other date is in a cell's words.
func TestRowColumnNameOnlyBesideDateColumns(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "date in the words", ref: "2025-03-14", text: "| Date | What happened |\n|------|---------------|\n| Q4 2024 | Record demand: 5,100 parcels in December alone |",
			want: []brief{{"2024-Q4", "Q4 2024", "Record demand"}, {"2024-12", "in December", "Record demand: 5,100 parcels"}}},
		{name: "two date columns", ref: "2025-03-14", text: "| Participant | Signature | Ratification |\n|---|---|---|\n| Austria | 14 Mar 2019 | 6 Nov 2020 |",
			want: []brief{{"2019-03-14", "14 Mar 2019", "Austria – Signature"}, {"2020-11-06", "6 Nov 2020", "Austria – Ratification"}}},
	})
}
