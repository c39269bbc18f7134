package extract

import "testing"

// TestDayAfterALineThatRunsOn: a day opening a line is no label of an
// entry when the line before ends in a word that wants it ("was issued to
// the agent on\n12 February."): the full stop after the day ends the
// sentence, and the next sentence keeps its own title.
func TestDayAfterALineThatRunsOn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a preposition ends the line", ref: "2024-03-05", text: "The revised programme was issued to the employer's agent on\n12 February. Curtain wall installation is due to start in April 2024 and should\ntake about 11 weeks.",
			want: []brief{{"2024-02-12", "12 February", "The revised programme was issued to the employer's agent"}, {"2024-04", "in April 2024", "Curtain wall installation is due to start and should take about 11 weeks"}}},
		{name: "a register's entries", ref: "1711-05-01", text: "April 7. Mary daughter of John Smith baptised.\nApril 8. John son of Robert Thaxter baptised.",
			want: []brief{{"1711-04-07", "April 7", "Mary daughter of John Smith baptised"}, {"1711-04-08", "April 8", "John son of Robert Thaxter baptised"}}},
	})
}

// TestRelativeClauseOfOneVerb: a relative clause set off by commas whose
// one verb comes with its date (", who joined in 2019,") titles the noun
// before it with that verb, not with the sentence's main clause spliced
// on.
func TestRelativeClauseOfOneVerb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "who joined", ref: "2024-03-05", text: "The asset engineer, who joined in 2019, has 4 of the 23 arches on a six-monthly monitoring regime.",
			want: []brief{{"2019", "in 2019", "The asset engineer joined"}}},
		{name: "who retired", ref: "2024-03-05", text: "The treasurer, who retired in 2019, still audits the club's accounts.",
			want: []brief{{"2019", "in 2019", "The treasurer retired"}}},
	})
}

// TestGrammarLeftByTheDate: taking the date out leaves good grammar: the
// complement of a copula stays with its clause ("The starting date was 2
// October 2023", not "The starting date was, which is ..."), an
// indefinite article takes the form of the word now after it ("An
// inspection", "A map"), and no line break is left before a comma.
func TestGrammarLeftByTheDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a copula's date before a relative clause", ref: "2024-03-05", text: "The starting date was 2 October 2023, which is week 1 of the programme.",
			want: []brief{{"2023-10-02", "2 October 2023", "The starting date was 2 October 2023"}}},
		{name: "a year before a noun after a", ref: "2024-03-05", text: "A 1998 inspection found the ties performing well.",
			want: []brief{{"1998", "1998", "An inspection found the ties performing well"}}},
		{name: "a year before a noun after an", ref: "2024-03-05", text: "An 1851 map shows the mill on the river bank.",
			want: []brief{{"1851", "1851", "A map shows the mill on the river bank"}}},
		{name: "a wrapped line before a comma", ref: "2024-04-12", text: "Windows for the upper floors are now expected\non 23 April, two weeks late.",
			want: []brief{{"2024-04-23", "on 23 April", "Windows for the upper floors are now expected, two weeks late"}}},
	})
}

// TestGappedForPhrase: a second "for DATE" phrase after "and" leaves out
// the verb of the first ("is programmed for summer 2024 on the eastbound
// side and for spring 2025 on the westbound side"): the second date's
// title is the verb with its own phrase, not the first one's side.
func TestGappedForPhrase(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two sides, two seasons", ref: "2024-03-05", text: "Surfacing is programmed for summer 2024 on the eastbound side and for spring 2025 on the westbound side.",
			want: []brief{{"2024-SU", "summer 2024", "Surfacing is programmed for summer 2024 on the eastbound side"}, {"2025-SP", "spring 2025", "Surfacing is programmed for spring 2025 on the westbound side"}}},
	})
}

// TestStateNoteAfterSemicolon: a note's clause after a semicolon that
// opens with the state it tells ("; back in service 15:30") takes the
// subject of the clause before, which told its state the same way.
func TestStateNoteAfterSemicolon(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a crane back in service", ref: "2024-04-11", text: "Tower crane TC1 out of service from 08:00 for the thorough examination; back in service 15:30.",
			want: []brief{{"2024-04-11T08:00", "from 08:00", "Tower crane TC1 out of service for the thorough examination"}, {"2024-04-11T15:30", "15:30", "Tower crane TC1 back in service"}}},
		{name: "a lift back in use", ref: "2024-04-11", text: "Lift 2 out of order from 08:00; back in use at 15:30.",
			want: []brief{{"2024-04-11T08:00", "from 08:00", "Lift 2 out of order"}, {"2024-04-11T15:30", "at 15:30", "Lift 2 back in use"}}},
	})
}

// TestCopulaDateBeforeAnotherClause: a time that is what the subject was
// ("Kick-off was at 3pm") stays with its clause before "and" or a comma
// that goes on with something else.
func TestCopulaDateBeforeAnotherClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "kick-off at a time, and a new clause", ref: "2024-03-18", text: "Harbour City beat Westbrook last Saturday. Kick-off was at 3pm and the visitors started brighter.",
			want: []brief{{"2024-03-16", "last Saturday", "Harbour City beat Westbrook"}, {"2024-03-16T15:00", "at 3pm", "Kick-off was at 3pm"}}},
		{name: "a meeting on a day, and a when clause", ref: "2024-03-18", text: "The meeting was on Tuesday, when the board voted.",
			want: []brief{{"2024-03-12", "on Tuesday", "The meeting was on Tuesday"}}},
	})
}

// TestSecondVerbAfterIrregularPast: the subject a second verb shares is
// found after an irregular past too ("He first caught the eye at the 2019
// ... and made his senior debut in April 2020": "He made his senior
// debut"), without the first verb's adverb.
func TestSecondVerbAfterIrregularPast(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "caught, then made", ref: "2024-02-05", text: "He first caught the eye at the 2019 South American Under-17 Championship and made his senior debut in April 2020.",
			want: []brief{{"2019", "2019", "He first caught the eye at the South American Under-17 Championship"}, {"2020-04", "in April 2020", "He made his senior debut"}}},
		{name: "wrote, then won", ref: "2024-02-05", text: "She wrote her first novel in 1990 and won the prize in 1994.",
			want: []brief{{"1990", "in 1990", "She wrote her first novel"}, {"1994", "in 1994", "She won the prize"}}},
	})
}

// TestBoundClauseOfItsOwn: a date that closes a clause of its own after
// the main one, opened by "before", "after" or "until" with a subject
// and a verb, is that clause's event, not the main clause's.
func TestBoundClauseOfItsOwn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "before someone was appointed", ref: "2024-02-05", text: "Assistant coach Lena Moss took temporary charge for three games before Ruud Verhoef was appointed on 29 November 2023.",
			want: []brief{{"2023-11-29", "on 29 November 2023", "Ruud Verhoef was appointed"}}},
		{name: "until another took over", ref: "2024-02-05", text: "Smith served as club captain until Jones took over in 2019.",
			want: []brief{{"2019", "in 2019", "Jones took over"}}},
		{name: "after a vote", ref: "2024-02-05", text: "He resigned from the board after the shareholders voted on 3 May 2021.",
			want: []brief{{"2021-05-03", "on 3 May 2021", "The shareholders voted"}}},
	})
}

// TestNameAsideBeforeADate: a name set off by commas right before a
// later date ("moved to their current ground, Mill Lane, in 1934") opens
// no clause: the second verb keeps its subject, and the first date's
// title stops before "and".
func TestNameAsideBeforeADate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a ground named before its year", ref: "2024-02-05", text: "The club turned professional in the 1920s and moved to their current ground, Mill Lane, in 1934.",
			want: []brief{{"192", "in the 1920s", "The club turned professional"}, {"1934", "in 1934", "The club moved to their current ground, Mill Lane"}}},
	})
}

// TestParticipleWithAdverbAfterAnObject: a date in a participle phrase
// with its adverb after the object of a preposition ("for the
// rescheduled fixture originally set for February 24") dates what the
// phrase says of that object, not the main clause's travel.
func TestParticipleWithAdverbAfterAnObject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a fixture originally set", ref: "2024-03-18", text: "City travel to Northgate on Wednesday for the rescheduled fixture originally set for February 24.",
			want: []brief{{"2024-02-24", "February 24", "The rescheduled fixture was originally set"}, {"2024-03-20", "on Wednesday", "City travel to Northgate for the rescheduled fixture originally set for February 24"}}},
	})
}
