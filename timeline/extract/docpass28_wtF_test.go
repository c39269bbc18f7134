package extract

import "testing"

// TestRescheduledDates: a thing moved from one date to another ("moves
// from 5 February 2024 to 26 February 2024", "slipped from 16 April")
// has no span between them: the date it is now set for is an event and
// the one it was set for another, each title telling the other date; a
// length of the change ("by three weeks to 14 June") is no reporting
// period.
func TestRescheduledDates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "moves from to", ref: "2023-11-17", text: "The footbridge closure moves from 5 February 2024 to 26 February 2024.",
			want: []brief{{"2024-02-05", "from 5 February 2024", "The footbridge closure moves to 26 February 2024"},
				{"2024-02-26", "to 26 February 2024", "The footbridge closure moves from 5 February 2024"}}},
		{name: "slipped by from to", ref: "2025-01-15", text: "The reopening has slipped by four weeks from 28 March to 25 April 2025.",
			want: []brief{{"2025-03-28", "from 28 March", "The reopening has slipped by four weeks to 25 April 2025"},
				{"2025-04-25", "to 25 April 2025", "The reopening has slipped by four weeks from 28 March"}}},
		{name: "expected on, slipped from", ref: "2024-04-12", text: "Glazing is now expected on 23 April, slipped from 16 April.",
			want: []brief{{"2024-04-16", "from 16 April", "Glazing is now expected on 23 April, slipped"},
				{"2024-04-23", "on 23 April", "Glazing is now expected, slipped from 16 April"}}},
		{name: "planned for, slipped by to", ref: "2024-01-10", text: "The pressure test, planned for 24 May 2024, has slipped by three weeks to 14 June 2024.",
			want: []brief{{"2024-05-24", "24 May 2024", "The pressure test was planned"},
				{"2024-06-14", "14 June 2024", "The pressure test has slipped by three weeks"}}},
		{name: "slipped from alone", ref: "2024-04-12", text: "The opening has slipped from 16 April.", want: nil},
		{name: "a figure slipped from a year", ref: "2024-04-12", text: "Sales slipped from 2019 levels.", want: nil},
	})
}

// TestYearAfterAgeWord: a year after a preposition of time is a year even
// with "age" just before ("came of age in 1851"); a bare age stays none.
func TestYearAfterAgeWord(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "came of age in a year", text: "Thomas was born in 1812 and so came of age in 1833.",
			want: []brief{{"1812", "in 1812", "Thomas was born"}, {"1833", "in 1833", "Thomas was born and so came of age"}}},
		{name: "the age of 21 in a year", text: "He reached the age of 21 in 1833.",
			want: []brief{{"1833", "in 1833", "He reached the age of 21"}}},
	})
}

// TestSeasonAfterIn: a date naming a period after "in the" ("in the
// 1968-69 season") is when its clause's deed was done, an event beside
// the sentence's other date; a thing named by a period ("a 2024 season
// ticket") is not.
func TestSeasonAfterIn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "in the season", text: "The club won the league in 1971 and reached the cup final in the 1971-72 season.",
			want: []brief{{"1971", "in 1971", "The club won the league"}, {"1971/1972", "1971-72", "The club reached the cup final in the season"}}},
		{name: "in the season, after a lead phrase", text: "Under coach Mary Dunn the club won the cup in 1971 and reached the league final in the 1971-72 season.",
			want: []brief{{"1971", "in 1971", "Under coach Mary Dunn the club won the cup"}, {"1971/1972", "1971-72", "The club reached the league final in the season"}}},
		{name: "a season ticket", ref: "2024-05-01", text: "He bought a 2024 season ticket in March 2024.",
			want: []brief{{"2024-03", "in March 2024", "He bought a 2024 season ticket"}}},
	})
}

// TestRecordOfAYearToldAgain: a record taken in a year told before ("The
// 1861 census shows ...") tells what it found then, an event of its
// own, where another thing named by the year ("Repairs after the 2018
// strike") dates nothing new.
func TestRecordOfAYearToldAgain(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the census of a year told before", text: "Her age in the returns is consistent (aged 20 in 1871, 30 in 1881).\nThe 1881 census lists Ann as a straw plaiter.",
			want: []brief{{"1871", "in 1871", "Her age in the returns is consistent (aged 20)"}, {"1881", "in 1881", "Her age in the returns is consistent (30)"},
				{"1881", "1881", "The census lists Ann as a straw plaiter"}}},
	})
}

// TestPastDayBesideAPlan: in an undated text a day without its year,
// told done in its own clause ("had knee surgery on 14 October and is
// expected back in early 2025"), is read against the text's dates; a
// plan's day ("is on Thursday 21 March") is still left out.
func TestPastDayBesideAPlan(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "done, and expected back", text: "Ortiz broke a wrist on 2 November 2024. Lanz had hip surgery on 12 October and is expected back in early 2025.",
			want: []brief{{"2024-10-12", "on 12 October", "Lanz had hip surgery"}, {"2024-11-02", "on 2 November 2024", "Ortiz broke a wrist"}, {"2025", "in early 2025", "Lanz is expected back"}}},
	})
}
