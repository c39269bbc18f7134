package extract

import "testing"

// TestInlineAttribution: a report quoted with its outlet and its day in
// the sentence ("According to Reuters on 4 March 2021, ...", "The Herald
// reported on 9 March 2021 that ...", "In a statement dated 12 March
// 2021, the Ministry said ...") dates what it reports from that day, not
// the compiler's, and the report's own event is titled by who made it.
func TestInlineAttribution(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "according to an outlet on a day", text: "According to Reuters on 4 March 2021, officials closed the dam on Tuesday.", ref: "2021-03-20",
			want: []brief{{"2021-03-02", "on Tuesday", "Officials closed the dam"}, {"2021-03-04", "on 4 March 2021", "Reuters reports officials closed the dam on Tuesday"}}},
		{name: "reported on a day that, the previous day", text: "Officials closed the dam on 16 March. The Basin Herald reported on 9 March 2021 that farmers had blocked the highway the previous day.", ref: "2021-03-20",
			want: []brief{{"2021-03-08", "the previous day", "Farmers had blocked the highway"}, {"2021-03-09", "on 9 March 2021", "The Basin Herald reports farmers had blocked the highway the previous day"}, {"2021-03-16", "on 16 March", "Officials closed the dam"}}},
		{name: "a statement dated a day", text: "In a statement dated 12 March 2021, the Ministry of Water said it had opened talks with the farmers.", ref: "2021-03-20",
			want: []brief{{"2021-03-12", "12 March 2021", "The Ministry of Water says it had opened talks with the farmers"}}},
		{name: "according to a plan posted in a month", text: "According to the plan posted by the city government in July 2017, the camps would open in 2018.", ref: "2021-03-20",
			want: []brief{{"2017-07", "in July 2017", "According to the plan posted by the city government"}, {"2018", "in 2018", "The camps would open"}}},
	})
}

// TestMovedDates: a thing moved from one date to another is an event at
// the date it is now and one at the date it was set for, not a span from
// the old date to the new; each title tells the other date.
func TestMovedDates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "slipped from a month to another", text: "Borehole drilling slipped from March to May because the rig was held at customs.", ref: "2024-05-10",
			want: []brief{{"2024-03", "from March", "Borehole drilling slipped to May because the rig was held at customs"},
				{"2024-05", "to May", "Borehole drilling slipped from March because the rig was held at customs"}}},
		{name: "postponed from a day to another", text: "The vote was postponed from 3 June to 17 June.", ref: "2024-05-10",
			want: []brief{{"2024-06-03", "from 3 June", "The vote was postponed to 17 June"}, {"2024-06-17", "to 17 June", "The vote was postponed from 3 June"}}},
		{name: "moved to a quarter beside another date", text: "Testing starts in June, and the final evaluation has been moved from the third quarter to the fourth quarter of 2024.", ref: "2024-05-10",
			want: []brief{{"2024-06", "in June", "Testing starts"}, {"2024-Q3", "from the third quarter", "The final evaluation has been moved to the fourth quarter of 2024"},
				{"2024-Q4", "to the fourth quarter of 2024", "The final evaluation has been moved from the third quarter"}}},
		{name: "a span stays a span", text: "The exhibition ran from March to May.", ref: "2024-06-10",
			want: []brief{{"2024-03/2024-05", "from March to May", "The exhibition ran"}}},
	})
}

// TestCalendarRule: a sentence on when the year began under a calendar
// is no event, neither its day nor "the year".
func TestCalendarRule(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the year began on a day", text: "The tower was finished in 1715.\n\nBefore the calendar reform, the year began on 25 March.",
			want: []brief{{"1715", "in 1715", "The tower was finished"}}},
		{name: "a day said to be a date", text: "He was buried on 2 September 1752 (Old Style). By the Calendar Act the following day was 14 September 1752.",
			want: []brief{{"1752-09-02", "on 2 September 1752", "He was buried (Old Style)"}, {"1752-09-14", "14 September 1752", "By the Calendar Act the following day was 14 September 1752"}}},
	})
}

// TestNestedClause: a coarser date after a comma and a conjunction is the
// next clause's event, not a restatement of the date before.
func TestNestedClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a decade in the next clause", text: "The wall went up in 1961, and in the late 1960s students marched in Paris.",
			want: []brief{{"1961", "in 1961", "The wall went up"}, {"196", "in the late 1960s", "Students marched in Paris"}}},
		{name: "a restatement", text: "Caesar was killed on 15 March 44 BC, the Ides of March.",
			want: []brief{{"BC0044-03-15", "on 15 March 44 BC", "Caesar was killed"}}},
	})
}

// TestHappeningOf: a date after "of" that dates something that happened
// ("the armistice of November 1918") is an event beside another date; one
// that names a thing ("the tariff of 2017") is not.
func TestHappeningOf(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the armistice of a month", text: "The First World War broke out in 1914 and ended with the armistice of November 1918.",
			want: []brief{{"1914", "in 1914", "The First World War broke out"}, {"1918-11", "November 1918", "The First World War ended with the armistice"}}},
		{name: "the tariff of a year", text: "The ministry will restore the tariff of 2017 in March 2026.", ref: "2026-01-10",
			want: []brief{{"2026-03", "in March 2026", "The ministry will restore the tariff of 2017"}}},
	})
}

// TestInstruction: a worksheet's task ("Draw a timeline from 3500 BC to
// AD 1500") makes no event; a name that is a verb too ("Mark Carney") and
// a note before a colon stay.
func TestInstruction(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a task", text: "The Book of Kells was made around AD 800. Draw a timeline from 3500 BC to AD 1500 and mark each event.",
			want: []brief{{"0800", "around AD 800", "The Book of Kells was made"}}},
		{name: "a name", text: "Mark Carney became governor in 2013.",
			want: []brief{{"2013", "in 2013", "Mark Carney became governor"}}},
	})
}

// TestDefiningTitles: an aside on how a thing is known leaves the
// headline; a sentence that defines its subject and dates it in a
// relative clause is titled by the subject.
func TestDefiningTitles(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an aside", text: "Rome was, according to legend, founded in 753 BC by Romulus.",
			want: []brief{{"BC0753", "in 753 BC", "Rome was founded by Romulus"}}},
		{name: "a defined subject", text: "The Hundred Years' War was a series of conflicts between England and France that lasted from 1337 to 1453.",
			want: []brief{{"1337/1453", "from 1337 to 1453", "The Hundred Years' War lasted"}}},
	})
}

// TestFirstSinceSeason: "the first ... since the 1998-99 season" names a
// baseline, as "since January 2011" does: no event.
func TestFirstSinceSeason(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "since a season", text: "It was their first time at the top of the table since the 1998-99 season.", ref: "2025-04-12"},
		{name: "since a month", text: "It was their first league win over Millbeck since January 2011.", ref: "2025-04-12"},
	})
}

// TestStartingDay: "starting" before a day that ends the sentence goes
// with the day out of the headline.
func TestStartingDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "starting a weekday", text: "Ferry operator Bay Links said it would add an extra morning crossing starting Monday.", ref: "2025-04-12",
			want: []brief{{"2025-04-14", "Monday", "Ferry operator Bay Links would add an extra morning crossing"}}},
	})
}

// TestPassiveTold: "was told" is no one's saying: the headline keeps the
// passive, and the subject is who was told.
func TestPassiveTold(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "was told", text: "On 4 August, his family was told he had been transferred.", ref: "2023-08-30",
			want: []brief{{"2023-08-04", "On 4 August", "His family was told he had been transferred"}}},
	})
}
