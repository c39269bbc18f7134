package extract

import "testing"

// TestReignInTwoDigits38h38d: a reign of the first centuries, marked
// "r." after a name ("Trajan (r. 98–117)"), is the reign's span, as one
// written in three or four digits is.
func TestReignInTwoDigits38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two digits to three", text: "The empire reached its greatest extent under Trajan (r. 98–117).",
			want: []brief{{"0098/0117", "98–117", "Reign of Trajan"}}},
		{name: "two digits to two", text: "Tiberius (r. 14–37) was the second emperor.",
			want: []brief{{"0014/0037", "14–37", "Reign of Tiberius"}}},
		{name: "no mark, no reign", text: "The table (14–37) lists the forts.", want: nil},
	})
}

// TestDecadeOpensClause38h38d: a decade or a century after the
// preposition opening the sentence, then a subject and its verb ("In the
// 1590s bad harvests returned"), is when the clause happened, no
// qualifier of the noun after it: the title leaves it out.
func TestDecadeOpensClause38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an adjective and a plural", text: "In the 1590s bad harvests returned, and the queen died in March 1603.",
			want: []brief{{"159", "In the 1590s", "Bad harvests returned"}, {"1603-03", "in March 1603", "The queen died"}}},
		{name: "a plural", text: "In the 1880s railways reached the town.",
			want: []brief{{"188", "In the 1880s", "Railways reached the town"}}},
		{name: "a century and a passive", text: "In the 18th century slaves were shipped from Bristol.",
			want: []brief{{"17", "In the 18th century", "Slaves were shipped from Bristol"}}},
		{name: "a thing's age stays", text: "The new room at the 1930s library opened on 8 March 1976.",
			want: []brief{{"1976-03-08", "on 8 March 1976", "The new room at the 1930s library opened"}}},
	})
}

// TestJoinedOpeningDates38h38d: dates joined by "and" that open the
// sentence are one phrase of the clause they all date: each event's
// title leaves out all of them (was "In the 1320s and 1330s prices
// slowly recovered"), and the second year before a noun ("In 1325 and
// 1333 prices") is no qualifier of it (was dropped, the title "And 1333
// prices slowly recovered").
func TestJoinedOpeningDates38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two decades", text: "In the 1320s and 1330s prices slowly recovered.",
			want: []brief{{"132", "In the 1320s", "Prices slowly recovered"}, {"133", "1330s", "Prices slowly recovered"}}},
		{name: "two months", ref: "2025-03-14", text: "In May and June prices slowly recovered.",
			want: []brief{{"2024-05", "In May", "Prices slowly recovered"}, {"2024-06", "June", "Prices slowly recovered"}}},
		{name: "years, then a determiner", text: "In 1917 and 1918 the army recruited women.",
			want: []brief{{"1917", "In 1917", "The army recruited women"}, {"1918", "1918", "The army recruited women"}}},
		{name: "years, then a noun", text: "In 1325 and 1333 prices slowly recovered.",
			want: []brief{{"1325", "In 1325", "Prices slowly recovered"}, {"1333", "1333", "Prices slowly recovered"}}},
		{name: "years naming a noun", text: "The 2020 and 2021 editions were held online.",
			want: []brief{{"2020", "2020", "The editions were held online"}, {"2021", "2021", "The editions were held online"}}},
	})
}

// TestBeganWhen38h38d: "X began in 1337, when Y": what began and the
// first thing that happened in it, both (was the when-clause alone).
func TestBeganWhen38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a named war", text: "The Hundred Years' War began in 1337, when Philip VI confiscated Gascony.",
			want: []brief{{"1337", "in 1337", "The Hundred Years' War began when Philip VI confiscated Gascony"}}},
		{name: "broke out", text: "The revolt broke out in 1381, when the poll tax was collected a third time.",
			want: []brief{{"1381", "in 1381", "The revolt broke out when the poll tax was collected a third time"}}},
		{name: "not after a clause with an object", text: "The programme suffered its worst setback on 27 January 1967, when a fire killed three astronauts.",
			want: []brief{{"1967-01-27", "on 27 January 1967", "A fire killed three astronauts"}}},
	})
}

// TestEndedInYearMovesStory38h38d: "The siege ended in 1453." is the
// sentence's own verb, no participle's aside: "the following year"
// after it counts from 1453 (was 1432, from the year before it).
func TestEndedInYearMovesStory38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the following year", text: "Joan was burned at Rouen in 1431. The siege ended in 1453. Constantinople fell the following year.",
			want: []brief{{"1431", "in 1431", "Joan was burned at Rouen"}, {"1453", "in 1453", "The siege ended"}, {"1454", "the following year", "Constantinople fell"}}},
	})
}

// TestHappeningOfYear38h38d: "the harvest of 1315" names what happened in
// the year: in a clause of its own it dates the clause, beside another
// clause's date.
func TestHappeningOfYear38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "harvest of", text: "Heavy rain ruined the harvest of 1315, and the Great Famine lasted until 1317.",
			want: []brief{{"1315", "1315", "Heavy rain ruined the harvest"}, {"1317", "until 1317", "The Great Famine lasted"}}},
		{name: "a plan is no happening", text: "The plan of 2019 was abandoned, and the new one was adopted in 2021.",
			want: []brief{{"2021", "in 2021", "The new one was adopted"}}},
	})
}

// TestLabelRefinedByDays38h38d: a key-dates line whose year its days
// refine ("1666: The Great Fire of London (2–6 September)") is one event,
// of the days; months in brackets after a name are no life.
func TestLabelRefinedByDays38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "days in brackets", text: "1666: The Great Fire of London (2–6 September)",
			want: []brief{{"1666-09-02/1666-09-06", "2–6 September", "The Great Fire of London"}}},
		{name: "months in brackets", text: "1940: Battle of Britain (July–October)",
			want: []brief{{"1940-07/1940-10", "July–October", "Battle of Britain"}}},
	})
}

// TestFollowingFeast38h38d: "the following Christmas" is the first
// Christmas after the day the story is at.
func TestFollowingFeast38h38d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Christmas after October", text: "The battle was fought on 14 October 1066. The following Christmas William was crowned.",
			want: []brief{{"1066-10-14", "on 14 October 1066", "The battle was fought"}, {"1066-12-25", "The following Christmas", "William was crowned"}}},
	})
}
