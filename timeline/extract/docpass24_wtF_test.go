package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestSharedSubjectCoordination: a second verb after "and" takes the
// subject of the first, with its "was" when it is a participle with no
// object, past an adverb of sequence ("last revised"), in the present
// ("and closes on", "and remains valid until"), and past an aside set
// off by commas ("The case, a farmer, ...", "DENV-3, which ..., was
// detected"); a verb that takes no object ("and died") makes no passive.
func TestSharedSubjectCoordination(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "present verbs", ref: "2024-11-01", text: "The spring window opens on January 6, 2025 and closes on March 28, 2025.",
			want: []brief{{"2025-01-06", "on January 6, 2025", "The spring window opens"}, {"2025-03-28", "on March 28, 2025", "The spring window closes"}}},
		{name: "a state after a past event", ref: "2024-07-01", text: "Our original mandate was won on 14 June 2024 with a 91% yes vote, and remains valid until 13 December 2024.",
			want: []brief{{"2024-06-14", "on 14 June 2024", "Our original mandate was won with a 91% yes vote"}, {"2024-12-13", "until 13 December 2024", "Our original mandate remains valid"}}},
		{name: "an elided passive", ref: "", text: "The bridge was closed in 1983 and demolished the following spring.",
			want: []brief{{"1983", "in 1983", "The bridge was closed"}, {"1984-SP", "the following spring", "The bridge was demolished"}}},
		{name: "an adverb before the participle", ref: "", text: "The format guide was first issued in 1968 and last revised in 2019.",
			want: []brief{{"1968", "in 1968", "The format guide was first issued"}, {"2019", "in 2019", "The format guide was last revised"}}},
		{name: "no passive of died", ref: "", text: "He was born in 1950 and died in 2010.",
			want: []brief{{"1950", "in 1950", "He was born"}, {"2010", "in 2010", "He died"}}},
		{name: "an appositive after the subject", ref: "2023-03-14", text: "The case, a 34-year-old male farmer, developed fever on 26 February and was admitted to Kessan General Hospital on 3 March.",
			want: []brief{{"2023-02-26", "on 26 February", "The case, a 34-year-old male farmer, developed fever"}, {"2023-03-03", "on 3 March", "The case was admitted to Kessan General Hospital"}}},
		{name: "a relative clause after the subject", ref: "2024-08-02", text: "DENV-3, which had not circulated in the country since 2009, was detected in Port Avalon in February and had become the dominant serotype by May.",
			want: []brief{{"2009", "since 2009", "DENV-3 had not circulated in the country"}, {"2024-02", "in February", "DENV-3, which had not circulated in the country, was detected in Port Avalon"}, {"2024-05", "by May", "DENV-3 had become the dominant serotype"}}},
		{name: "a long name with its place", ref: "2023-09-18", text: "The central team from the National Institute of Virology, Pune, arrived on 14.09.2023 and set up a mobile BSL-3 laboratory on Friday.",
			want: []brief{{"2023-09-14", "on 14.09.2023", "The central team from the National Institute of Virology, Pune, arrived"}, {"2023-09-15", "on Friday", "The central team from the National Institute of Virology set up a mobile BSL-3 laboratory"}}},
		{name: "a plural noun after and", ref: "", text: "In January 27 BC the Senate gave Octavian the name Augustus, and historians date the Empire from that year.",
			want: []brief{{"BC0027", "from that year", "Historians date the Empire"}, {"BC0027-01", "In January 27 BC", "The Senate gave Octavian the name Augustus"}}},
	})
}

// TestPronounClauseOfAThing: a date in a clause after "after" whose
// subject is "it", the main clause a passive of a thing, is the clause's
// event, "it" the main clause's subject (or its object, when it has
// one); the main clause's title ends before that clause.
func TestPronounClauseOfAThing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "rebuilt after it was burned down", ref: "", text: "Kinkaku-ji, the Golden Pavilion, was rebuilt in 1955 after it was burned down in 1950.",
			want: []brief{{"1950", "in 1950", "Kinkaku-ji was burned down"}, {"1955", "in 1955", "Kinkaku-ji, the Golden Pavilion, was rebuilt"}}},
		{name: "a person's clause", ref: "", text: "She left the firm in 2010 after she was promoted in 2008.",
			want: []brief{{"2008", "in 2008", "She was promoted"}, {"2010", "in 2010", "She left the firm"}}},
		{name: "it of an object", ref: "", text: "His daughter kept the light until it was automated in 1961.",
			want: []brief{{"1961", "in 1961", "The light was automated"}}},
		{name: "it of an object with its date", ref: "", text: "She sold the house in 1990 before it was demolished in 1995.",
			want: []brief{{"1990", "in 1990", "She sold the house"}, {"1995", "in 1995", "The house was demolished"}}},
	})
}

// TestChangeNounBaseline: the period a change told as a noun is measured
// against ("a 9% increase over August", "a rise of 4% on 2023") is a
// baseline, no event; "over the summer" is the time of the change, and
// "a sharp increase from March" when it began.
func TestChangeNounBaseline(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "increase over a month", ref: "2024-10-04", text: "In September 2024, 2,874 new confirmed cases were reported, a 9% increase over August.",
			want: []brief{{"2024-09", "In September 2024", "2,874 new confirmed cases were reported, a 9% increase over August"}}},
		{name: "rise of a figure on a year", ref: "2024-10-04", text: "Sales posted a rise of 4% on 2023.", want: nil},
		{name: "over the summer", ref: "2024-10-04", text: "Cases showed a 9% increase over the summer of 2024.",
			want: []brief{{"2024-SU", "the summer of 2024", "Cases showed a 9% increase"}}},
		{name: "from a month without a figure", ref: "2024-10-04", text: "Cases saw a sharp increase from March 2024.",
			want: []brief{{"2024-03", "from March 2024", "Cases saw a sharp increase"}}},
	})
}

// TestSecondReportedClause: after a reporting verb, ", and that ..."
// goes on with what was reported: the clause is titled without "that".
func TestSecondReportedClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "and that", ref: "2024-08-19", text: "GLR said it began a gradual shutdown of its network on Sunday, and that shipments of hazardous goods were halted at 6 p.m. PT on August 16.",
			want: []brief{{"2024-08-16T18:00-07:00", "at 6 p.m. PT on August 16", "Shipments of hazardous goods were halted"}, {"2024-08-18", "on Sunday", "GLR began a gradual shutdown of its network"}}},
	})
}

// TestDateCutResidue: the words a date took with it leave no residue in
// the title: a preposition left before a comma ("up to 13 October, or"),
// "over" before the other date of the sentence, a list's other date in
// brackets; a verb after "but" shares the subject as after "and".
func TestDateCutResidue(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "up to", ref: "2023-09-27", text: "If your flight is cancelled, you can rebook free of charge onto any flight up to 13 October, or request a full refund.",
			want: []brief{{"2023-10-13", "13 October", "You can rebook free of charge onto any flight, or request a full refund"}}},
		{name: "over and but", ref: "", text: "Cases declined over the summer of 2018 but rose again in the autumn.",
			want: []brief{{"2018-SU", "the summer of 2018", "Cases declined"}, {"2018-FA", "in the autumn", "Cases rose"}}},
		{name: "a list of days in brackets", ref: "", text: "So far, 6 cases have been confirmed, of whom 2 died (on 30/08/2023 and 11/09/2023).",
			want: []brief{{"2023-08-30", "on 30/08/2023", "So far, 6 cases have been confirmed, of whom 2 died"}, {"2023-09-11", "11/09/2023", "So far, 6 cases have been confirmed, of whom 2 died"}}},
	})
}

// TestDurationAnd: "13 hours and 40 minutes" is one length of time, no
// link between clauses: the verb after the later "and" shares the
// subject ("We landed").
func TestDurationAnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "hours and minutes", ref: "2024-11-18", text: "We flew to Buenos Aires on 2 October, an overnight flight of 13 hours and 40 minutes, and landed the next morning.",
			want: []brief{{"2024-10-02", "on 2 October", "We flew to Buenos Aires, an overnight flight of 13 hours and 40 minutes"}, {"2024-10-03TMO", "the next morning", "We landed"}}},
	})
}

// TestRangeEndPart: a span that ends with a part of a period ("until the
// end of October") keeps that part as its end's mod.
func TestRangeEndPart(t *testing.T) {
	doc := oneSection("p.txt", "Our trains run from Easter Sunday, 5 April 2026, until the end of October.", timeline.Citation{})
	evs := Events(doc, Options{})
	if len(evs) != 1 || evs[0].Span.End.String() != "2026-10" || evs[0].Span.End.Mod != timeline.ModEnd {
		t.Fatalf("got %+v", evs)
	}
}

// TestFieldLabelNoSpeaker: a line's label before a date ("Departure:
// Monday 20 October 2025 from Luxor.") names no speaker of the text after
// it; a participle phrase closing a long sentence is said of its last
// object ("visit the Temple of Horus, built between 237 and 57 BC").
func TestFieldLabelNoSpeaker(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "departure label", ref: "", text: "Departure: Monday 20 October 2025 from Luxor.\n\nDay 2. We pass through the Esna lock at dawn and visit the Temple of Horus, built between 237 and 57 BC.",
			want: []brief{{"BC0237/BC0057", "between 237 and 57 BC", "The Temple of Horus was built"}, {"2025-10-20", "Monday 20 October 2025", "Departure – from Luxor"}}},
		{name: "departure label over a first person", ref: "", text: "Departure: Monday 20 October 2025 from Luxor.\n\nWe reach Aswan on Wednesday 22 October 2025.",
			want: []brief{{"2025-10-20", "Monday 20 October 2025", "Departure – from Luxor"}, {"2025-10-22", "on Wednesday 22 October 2025", "We reach Aswan"}}},
	})
}

// TestLongTitleKeepsPredicate: a title too long is made shorter before
// it is cut, so that it keeps its verb: a participle phrase between the
// subject and its verb goes ("Security officers employed by contractor
// AeroGuard at Brightwater Airport will stage"), an appositive with a
// relative clause goes, a name spelled out before its acronym in
// brackets is the acronym ("a public health emergency of international
// concern (PHEIC)" is "a PHEIC").
func TestLongTitleKeepsPredicate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "participle phrase after the subject", ref: "2023-07-19", text: "Security officers employed by contractor AeroGuard at Brightwater Airport will stage a series of 24-hour walkouts over three weekends in August.",
			want: []brief{{"2023-08", "in August", "Security officers will stage a series of 24-hour walkouts over three weekends"}}},
		{name: "appositive with a relative clause", ref: "2023-03-14", text: "A second case, a 27-year-old woman who had cared for the index case at home, developed symptoms on 7 March and died on 10 March.",
			want: []brief{{"2023-03-07", "on 7 March", "A second case developed symptoms"}, {"2023-03-10", "on 10 March", "A second case died"}}},
		{name: "acronym", ref: "2024-10-04", text: "The Director-General determined on 14 August 2024 that the upsurge of mpox constitutes a public health emergency of international concern (PHEIC).",
			want: []brief{{"2024-08-14", "on 14 August 2024", "The Director-General determined that the upsurge of mpox constitutes a PHEIC"}}},
	})
}

// TestClauseAfterConjunction: a later date in a clause after ", as"
// ("as schools return ... on 7 January") titles that clause; a date in
// a relative clause after a preposition's noun ("For doctoral candidates
// who intend to graduate ...") titles the noun without the preposition.
func TestClauseAfterConjunction(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "as schools return", ref: "2024-12-20", text: "School services 601 to 640 will run as normal on 9 January, as schools return after the holidays on 7 January.",
			want: []brief{{"2025-01-07", "on 7 January", "Schools return after the holidays"}, {"2025-01-09", "on 9 January", "School services 601 to 640 will run as normal"}}},
		{name: "for candidates who", ref: "2024-06-01", text: "For doctoral candidates who intend to graduate in the December 2024 conferral.",
			want: []brief{{"2024-12", "December 2024", "Doctoral candidates intend to graduate in the conferral"}}},
	})
}

// TestParticipleAsideBeforeVerb: after a participle phrase set off by
// commas ("A new bridge, built by Acme, opened in 1987"), the past form
// before the date is the sentence's own verb, not another participle.
func TestParticipleAsideBeforeVerb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "built by, opened", ref: "", text: "A new bridge, built by Acme, opened in 1987.",
			want: []brief{{"1987", "in 1987", "A new bridge, built by Acme, opened"}}},
		{name: "the participle's own date", ref: "", text: "The barrier, opened in May 1984, was designed to last.",
			want: []brief{{"1984-05", "in May 1984", "The barrier was opened"}}},
	})
}

// TestSpanLabelDash: a span opening a chronology's line, with the
// period's name after it ("1963-64 season - ") or as a range of months
// ("December 1917 – January 1918 – "), is titled by what follows its
// dash, without the date text.
func TestSpanLabelDash(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a season", ref: "", text: "1963-64 season - First European tour.",
			want: []brief{{"1963/1964", "1963-64", "First European tour"}}},
		{name: "a range of months", ref: "", text: "December 1917 – January 1918 – Influenza kills 40 residents.",
			want: []brief{{"1917-12/1918-01", "December 1917 – January 1918", "Influenza kills 40 residents"}}},
	})
}

// TestThingLabelOverDate: a list item's label that names a thing (its
// last word in small letters: "Founders' Day service:") titles the date
// after it, as a field's label does; a person's name in title case
// before a colon stays a speaker's.
func TestThingLabelOverDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a service's label", ref: "2025-03-01", text: "- Founders' Day service: Friday 26 September 2025, 11am, St Mary's Church.",
			want: []brief{{"2025-09-26T11:00", "Friday 26 September 2025, 11am", "Founders' Day service – St Mary's Church"}}},
	})
}

// TestDateInBrackets: a clause of its own in brackets ("(the balance is
// due by the end of April)") titles its date; the date before the
// brackets ("Two days later, on 24 June, Year 5 leave ...") is titled by
// its clause, without them and without its lead-in.
func TestDateInBrackets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a clause in brackets", ref: "2024-03-08", text: "Two days later, on 24 June, Year 5 leave for their trip (the balance is due by the end of April).",
			want: []brief{{"2024-04", "by the end of April", "The balance is due"}, {"2024-06-24", "on 24 June", "Year 5 leave for their trip"}}},
	})
}

// TestItOfTheFirstClause: "it" after ", and" in the sentence stands for
// the subject of the clause before it, not for the subject of the
// sentence before ("Coverage ... fell below 85% in 2016, and it remained
// low the following year").
func TestItOfTheFirstClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "coverage, and it", ref: "", text: "Measles was considered eliminated from the valley in the late 1990s. Coverage with the second dose fell below 85% in 2016, and it remained low the following year.",
			want: []brief{{"199", "in the late 1990s", "Measles was considered eliminated from the valley"}, {"2016", "in 2016", "Coverage with the second dose fell below 85%"}, {"2017", "the following year", "Coverage with the second dose remained low"}}},
	})
}

// TestItAfterAnObject: after a clause with an object ("Parliament passed
// it ..., and it came into force"), "it" is left as it is.
func TestItAfterAnObject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "passed it, and it", ref: "", text: "The bill was debated in 1955. Parliament passed it on 5 July 1956, and it came into force the following January.",
			want: []brief{{"1955", "in 1955", "The bill was debated"}, {"1956-07-05", "on 5 July 1956", "Parliament passed it"}, {"1957-01", "the following January", "It came into force"}}},
	})
}

// TestWithAfterDates: a later date in a ", with ..." phrase after the
// main clause's dates ("Our trains run from ... until the end of October,
// with daily services throughout summer 2026") is what the main clause's
// subject and verb do then.
func TestWithAfterDates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "with daily services", ref: "2025-12-01", text: "Our trains run from Easter Sunday, 5 April 2026, until the end of October, with daily services throughout summer 2026 and weekend services at other times.",
			want: []brief{{"2026-04-05/2026-10", "from Easter Sunday, 5 April 2026, until the end of October", "Our trains run"}, {"2026-SU", "throughout summer 2026", "Our trains run with daily services and weekend services at other times"}}},
	})
}
