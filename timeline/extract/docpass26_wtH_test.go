package extract

import "testing"

// TestSpeakerHeadBeforeFor: the head of a speaker's phrase is the noun
// before "for" ("A spokesperson for the armed forces says", not "say").
func TestSpeakerHeadBeforeFor(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "spokesperson for the forces", ref: "2023-11-02", text: "A spokesperson for the armed forces said on 30 October that the strike had targeted a depot.",
			want: []brief{{"2023-10-30", "on 30 October", "A spokesperson for the armed forces says the strike had targeted a depot"}}},
		{name: "plural head before for", ref: "2023-11-02", text: "Lawyers for the families said on 30 October that the ruling would be appealed.",
			want: []brief{{"2023-10-30", "on 30 October", "Lawyers for the families say the ruling would be appealed"}}},
	})
}

// TestAloneAfterPeriod: "alone" stressing a date's period goes out of the
// title with the date.
func TestAloneAfterPeriod(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "in September alone", ref: "2023-11-02", text: "The clinic had treated 1,350 patients in September alone.",
			want: []brief{{"2023-09", "in September", "The clinic had treated 1,350 patients"}}},
		{name: "in 2022 alone, comma", ref: "2023-11-02", text: "In 2022 alone, the charity planted 4,000 trees.",
			want: []brief{{"2022", "In 2022", "The charity planted 4,000 trees"}}},
	})
}

// TestZoneWithPlaceTime: "(Beirut time, UTC+3)" after a time gives its
// zone, and the bracket stays out of the title, as "(UTC+3)" does.
func TestZoneWithPlaceTime(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "place time then offset", ref: "2022-05-09", text: "The panel will meet again on Thursday, 19 May, at 10:00 (Beirut time, UTC+3).",
			want: []brief{{"2022-05-19T10:00+03:00", "on Thursday, 19 May, at 10:00 (Beirut time, UTC+3)", "The panel will meet"}}},
		{name: "offset then place time", ref: "2022-05-09", text: "The vote opens on 19 May at 09:30 (UTC-5, New York time).",
			want: []brief{{"2022-05-19T09:30-05:00", "on 19 May at 09:30 (UTC-5, New York time)", "The vote opens"}}},
	})
}

// TestSubjectAsideInLongTitle: a long title loses the participle phrase
// or relative clause set off by commas after its subject, not the verb
// after it ("The smaller bluestones were rearranged several times", not
// "The smaller bluestones, brought from ...").
func TestSubjectAsideInLongTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "participle aside", text: "The smaller bluestones, brought from the Preseli Hills in Wales, were rearranged several times between 2400 and 2200 BC.",
			want: []brief{{"BC2400/BC2200", "between 2400 and 2200 BC", "The smaller bluestones were rearranged several times"}}},
		{name: "who aside", text: "The girl Mary Anning, who was only 12 at the time, helped uncover the first complete ichthyosaur skeleton in 1811.",
			want: []brief{{"1811", "in 1811", "The girl Mary Anning helped uncover the first complete ichthyosaur skeleton"}}},
		{name: "short aside stays", text: "The smaller bluestones, brought from Wales, were rearranged several times between 2400 and 2200 BC.",
			want: []brief{{"BC2400/BC2200", "between 2400 and 2200 BC", "The smaller bluestones, brought from Wales, were rearranged several times"}}},
	})
}

// TestAppositiveBeforePastVerb: "the backup generator, a Cummins C150
// model, started": the noun phrase set off by commas is an aside, not the
// subject, and its commas link no clause.
func TestAppositiveBeforePastVerb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "aside before a past verb", ref: "2023-11-02", text: "Power failed at 02:12 and the backup generator, a Cummins C150 model, started at 02:20.",
			want: []brief{{"2023-11-02T02:12", "at 02:12", "Power failed"}, {"2023-11-02T02:20", "at 02:20", "The backup generator, a Cummins C150 model, started"}}},
	})
}

// TestPresentParticipleAsideOfEarlierDate: an earlier date that is all a
// present participle's phrase holds goes with the phrase ("The next
// report will be published", not "The next report, covering, will be").
func TestPresentParticipleAsideOfEarlierDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "covering a period", ref: "2021-10-15", text: "The annual review, covering the year 2020, will be presented in March 2021.",
			// (the period's own title is left as it was)
			want: []brief{{"2020", "the year 2020", "The annual review, covering"}, {"2021-03", "in March 2021", "The annual review will be presented"}}},
	})
}

// TestObjectRelativeClause: a date in ", which we had backfilled ..."
// dates the relative clause's own event, told with its subject and
// "which"'s noun as the object ("We had backfilled Trench 3"), not the
// main clause's.
func TestObjectRelativeClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which we had backfilled", text: "On 8 July 2024 we reopened Trench 3, which we had backfilled at the end of last season in August 2023.",
			want: []brief{{"2023-08", "in August 2023", "We had backfilled Trench 3 at the end of last season"}, {"2024-07-08", "On 8 July 2024", "We reopened Trench 3"}}},
		{name: "which they had built", text: "We sold the old barn, which they had built in 1890.",
			want: []brief{{"1890", "in 1890", "They had built the old barn"}}},
	})
}

// TestAgainstFigureOfEarlierPeriod: "1,954 households received notices,
// against 730 in Q4 2021": the earlier period's title has its own figure,
// not the later one's.
func TestAgainstFigureOfEarlierPeriod(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "against a figure", ref: "2022-05-09", text: "Eviction notices rose sharply in the first quarter of 2022: 1,954 households received notices, against 730 in Q4 2021.",
			want: []brief{{"2021-Q4", "in Q4 2021", "730 households received notices"}, {"2022-Q1", "in the first quarter of 2022", "Eviction notices rose sharply"}}},
	})
}

// TestPassiveSaidPastAdverb: "is usually said to begin" is a passive of
// saying, past its adverb: no speaker, and no title "To begin".
func TestPassiveSaidPastAdverb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "is usually said to", text: "Iron working spread across Europe; in Britain the Iron Age is usually said to begin around 800 BC.",
			want: []brief{{"BC0800", "around 800 BC", "In Britain the Iron Age is usually said to begin"}}},
	})
}

// TestWhenAfterAnEnd: a named subject's end before its date is the
// event; the when-clause after it tells how ("Roman rule in Britain
// ended", not the when-clause).
func TestWhenAfterAnEnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "ended, when", text: "Roman rule in Britain ended around AD 410, when the emperor Honorius told the cities to look after their own defence.",
			want: []brief{{"0410", "around AD 410", "Roman rule in Britain ended"}}},
		{name: "began, when", text: "The dispute began in November 2024, when the company offered drivers a new rate.",
			want: []brief{{"2024-11", "in November 2024", "The dispute began when the company offered drivers a new rate"}}},
		{name: "a relative clause's end", text: "The vote ended a row that ended on 28 March 2022, when the crews rejected a pay freeze.",
			want: []brief{{"2022-03-28", "on 28 March 2022", "The crews rejected a pay freeze"}}},
		{name: "suffered, when", text: "The programme suffered its worst setback on 27 January 1967, when a fire killed three astronauts.",
			want: []brief{{"1967-01-27", "on 27 January 1967", "A fire killed three astronauts"}}},
	})
}

// TestMealTimeAfterDay: "By Tuesday lunchtime": the meal's time goes with
// the day, out of the title.
func TestMealTimeAfterDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Tuesday lunchtime", ref: "2024-07-12", text: "By Tuesday lunchtime the volunteers had cleaned back the ditch.",
			want: []brief{{"2024-07-09", "By Tuesday", "The volunteers had cleaned back the ditch"}}},
	})
}
