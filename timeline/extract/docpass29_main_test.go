package extract

import "testing"

// TestPronounAfterRole: "he" or "she" after a sentence whose subject is a
// person named by a role ("the chief engineer") stays a pronoun rather
// than taking a name from further back, and a name after "the" (a party,
// a place) is nobody "she" can be.
func TestPronounAfterRole(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "role subject before he", ref: "2023-07-20", text: "On 12 July 2023 the ferry left Saint John for Digby, Nova Scotia. At 0938 the chief engineer noticed smoke. He told investigators that he may have seen an oil leak an hour earlier.",
			want: []brief{{"2023-07-12", "On 12 July 2023", "The ferry left Saint John for Digby, Nova Scotia"}, {"2023-07-12T08:38", "an hour earlier", "He may have seen an oil leak"}, {"2023-07-12T09:38", "At 0938", "The chief engineer noticed smoke"}}},
		{name: "a party is no she", ref: "2019-12-13", text: "A recount request from the Liberal Democrats was rejected. She said she would hold her first constituency surgery next month.",
			want: []brief{{"2020-01", "next month", "She would hold her first constituency surgery"}}},
	})
}

// TestPortionOfDate: "For most of the 1980s" goes out of the title with
// its date.
func TestPortionOfDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "for most of", ref: "2024-05-01", text: "For most of the 1980s Eastvale was a safe seat.",
			want: []brief{{"198", "the 1980s", "Eastvale was a safe seat"}}},
		{name: "for most of, after", ref: "2024-05-01", text: "The town was a safe seat for most of the 1990s.",
			want: []brief{{"199", "the 1990s", "The town was a safe seat"}}},
		{name: "throughout a month opening the sentence", ref: "2020-01-01", text: "Throughout March the factory was closed.",
			want: []brief{{"2019-03", "Throughout March", "The factory was closed"}}},
	})
}

// TestParliamentSpeakers: a parliament's record names a speaker by post
// with the holder in brackets ("The Minister for Local Transport (Daniel
// Okafor):"), which is a turn of its own, not the previous speaker's; a
// member's seat and party in brackets are no part of the name.
func TestParliamentSpeakers(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "post and holder", ref: "2026-02-03", text: "Mrs Helen Marsh (North Wolds) (Con): What is the Department doing about buses?\n\nThe Minister for Local Transport (Daniel Okafor): I met operators on Monday.",
			want: []brief{{"2026-02-02", "on Monday", "Daniel Okafor: I met operators"}}},
		{name: "seat and party", ref: "2026-02-03", text: "Mrs Helen Marsh (North Wolds) (Con): I met the bus operators on Monday.",
			want: []brief{{"2026-02-02", "on Monday", "Mrs Helen Marsh: I met the bus operators"}}},
	})
}

// TestSharedSubjectOfReportedClause: a verb after "and" in a clause that
// a verb of saying reports shares the reported clause's subject, not the
// speaker's ("I can close", "The consultation will open and close").
func TestSharedSubjectOfReportedClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "confirm that", ref: "2025-10-16", text: "Baroness Greaves: I can confirm that the consultation will open on 3 November and close on 15 December.",
			want: []brief{{"2025-11-03", "on 3 November", "The consultation will open"}, {"2025-12-15", "on 15 December", "The consultation will close"}}},
		{name: "said without that", ref: "2025-10-16", text: "She said the consultation will open on 3 November and close on 15 December.",
			want: []brief{{"2025-11-03", "on 3 November", "The consultation will open"}, {"2025-12-15", "on 15 December", "The consultation will close"}}},
		{name: "said it would", ref: "2025-10-16", text: "The company said it would open a plant in May and close the old one in June.",
			want: []brief{{"2026-05", "in May", "The company would open a plant"}, {"2026-06", "in June", "The company would close the old one"}}},
	})
}

// TestZoneAndNameAsides: a zone's name and the same time on another clock
// in brackets go with the time, not into the title; a long list of names
// set off after the subject gives way to the verb.
func TestZoneAndNameAsides(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "other clock in brackets", ref: "2025-04-01", text: "On Sunday 23 March 2025, at 1915:22 UTC (2015:22 local time), during the approach to runway 14R, the crew received a warning.",
			want: []brief{{"2025-03-23T19:15:22Z", "On Sunday 23 March 2025, at 1915:22 UTC", "The crew received a warning"}}},
		{name: "zone name", ref: "2023-08-01", text: "On 12 July 2023 at 0805 Atlantic Daylight Time, the ferry departed Saint John for Digby.",
			want: []brief{{"2023-07-12T08:05", "On 12 July 2023 at 0805", "The ferry departed Saint John for Digby"}}},
		{name: "names after the subject", ref: "2026-02-05", text: "The crew, Reid Wiseman, Victor Glover, Christina Koch and Jeremy Hansen, entered quarantine on January 27.",
			want: []brief{{"2026-01-27", "on January 27", "The crew entered quarantine"}}},
	})
}

// TestOfNameParticiple: a participle of a thing set off after "a member of
// the Kestrel Valley Show" is said of the show; a figure's comparison
// titles its own date with its own figure.
func TestOfNameParticiple(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "show held, not member", ref: "2024-01-01", text: "Mr Brennan was a founding member of the Kestrel Valley Show, first held in August 1962.",
			want: []brief{{"1962-08", "in August 1962", "The Kestrel Valley Show was first held"}}},
		{name: "person elected stays", ref: "2024-01-01", text: "He was the mayor of the City of London, elected in 2019.",
			want: []brief{{"2019", "in 2019", "The mayor of the City of London was elected"}}},
		{name: "compared with", ref: "2026-05-07", text: "Turnout was 28%, compared with 34% at the full council elections last May.",
			want: []brief{{"2025-05", "last May", "Turnout was 34% at the full council elections"}}},
	})
}

// TestOwnVerbAfterDate: a clause after "and" whose date its own verb
// follows is no gapped clause ("the by-election that September was won by
// Joe Marsh" is not "The by-election resigned"), and "that" before a month
// goes with it.
func TestOwnVerbAfterDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "own verb after the date", ref: "2024-05-01", text: "The member resigned in the summer of 2001, and the by-election that September was won by Joe Marsh.",
			want: []brief{{"2001-SU", "in the summer of 2001", "The member resigned"}, {"2001-09", "September", "The by-election was won by Joe Marsh"}}},
	})
}

// TestParallelSubjectGapped: "and applications for a proxy vote by 5pm
// on 23 April" is a new subject of the same kind with the first clause's
// predicate, not the first subject's object.
func TestParallelSubjectGapped(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "same head noun", ref: "2025-03-14", text: "Applications for a postal vote must reach the office by 5pm on Wednesday 16 April, and applications for a proxy vote by 5pm on Wednesday 23 April.",
			want: []brief{{"2025-04-16T17:00", "by 5pm on Wednesday 16 April", "Applications for a postal vote must reach the office"}, {"2025-04-23T17:00", "by 5pm on Wednesday 23 April", "Applications for a proxy vote must reach the office"}}},
	})
}

// TestLongDateList: the last of a list of three dates ("in July 2015, in
// March 2016 and again in November 2016") has the headline of the first.
func TestLongDateList(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "three dates", ref: "2023-01-01", text: "Reef surveys were conducted in July 2015, in March 2016 and in November 2016.",
			want: []brief{{"2015-07", "in July 2015", "Reef surveys were conducted"}, {"2016-03", "in March 2016", "Reef surveys were conducted"}, {"2016-11", "in November 2016", "Reef surveys were conducted"}}},
		{name: "and again", ref: "2023-01-01", text: "Reef surveys were conducted in July 2015 and again in November 2016, using transects.",
			want: []brief{{"2015-07", "in July 2015", "Reef surveys were conducted"}, {"2016-11", "in November 2016", "Reef surveys were conducted, using transects"}}},
	})
}

// TestNoticeOpeningVerb: a death notice's text that opens with its verb
// and date ("Died 17 February 2024, peacefully") keeps the verb after the
// name above it.
func TestNoticeOpeningVerb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "died and date", ref: "2024-02-20", text: "PATEL, Harish Chandra. Died 17 February 2024, peacefully, in Leicester, aged 81.",
			want: []brief{{"2024-02-17", "17 February 2024", "Harish Chandra Patel died peacefully, in Leicester, aged 81"}}},
	})
}
