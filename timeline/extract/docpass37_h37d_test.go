package extract

import "testing"

// TestClosingCommaOfAPhrase37h37d: the comma that closes a participle
// phrase set off after a noun ("the mill, erected in 1790,") is no list's
// comma when a date of the main clause follows it ("We visited the mill,
// erected in 1790, in 2015"): the later date is the main clause's, the
// phrase and its date go from its title. A real list ("in 2015, in 2016
// and in 2017") stays one.
func TestClosingCommaOfAPhrase37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a visit after the phrase", ref: "2026-03-01", text: "We visited the mill, erected in 1790, in 2015.",
			want: []brief{{"1790", "in 1790", "The mill was erected"}, {"2015", "in 2015", "We visited the mill"}}},
		{name: "a tour", ref: "2026-03-01", text: "Tourists toured the castle, built in 1350, in 1990.",
			want: []brief{{"1350", "in 1350", "The castle was built"}, {"1990", "in 1990", "Tourists toured the castle"}}},
		{name: "a month after the phrase", ref: "2026-03-01", text: "The council sold the hall, opened in 1902, in March 1985.",
			want: []brief{{"1902", "in 1902", "The hall was opened"}, {"1985-03", "in March 1985", "The council sold the hall"}}},
		{name: "an agent in the phrase", ref: "2026-03-01", text: "The army took the fort, captured by the French in 1758, in 1760.",
			want: []brief{{"1758", "in 1758", "The French captured the fort"}, {"1760", "in 1760", "The army took the fort"}}},
		{name: "an adverb in the phrase", ref: "2026-03-01", text: "The team won the cup, first awarded in 1871, in 2019.",
			want: []brief{{"1871", "in 1871", "The cup was first awarded"}, {"2019", "in 2019", "The team won the cup"}}},
		{name: "the main verb after the date", ref: "2026-03-01", text: "The mill, erected in 1790, in 2015 was converted into flats.",
			want: []brief{{"1790", "in 1790", "The mill was erected"}, {"2015", "in 2015", "The mill was converted into flats"}}},
		// lists stay lists
		{name: "a list in the phrase", ref: "2026-03-01", text: "The fair, held in 2015, in 2016 and in 2017, drew crowds.",
			want: []brief{{"2015", "in 2015", "The fair was held"}, {"2016", "in 2016", "The fair was held"}, {"2017", "in 2017", "The fair was held"}}},
		{name: "a list after the verb", ref: "2026-03-01", text: "The fair was held in 2015, in 2016 and in 2017.",
			want: []brief{{"2015", "in 2015", "The fair was held"}, {"2016", "in 2016", "The fair was held"}, {"2017", "in 2017", "The fair was held"}}},
	})
}

// TestOpeningParticipleOfAnyDate37h37d: a participle phrase that opens
// the sentence is the main clause's subject's event, told in the
// passive, whatever its date (a month, a day, a range) and whatever the
// main clause says after its subject (an adverb, a present verb).
func TestOpeningParticipleOfAnyDate37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a month", ref: "2026-03-01", text: "Released in March 2024, the album sold well.",
			want: []brief{{"2024-03", "in March 2024", "The album was released"}}},
		{name: "a day", ref: "2026-03-01", text: "Founded on 3 May 1921, the club moved to a new ground.",
			want: []brief{{"1921-05-03", "on 3 May 1921", "The club was founded"}}},
		{name: "a range and an adverb", ref: "2026-03-01", text: "Built between 1890 and 1895, the bridge still stands.",
			want: []brief{{"1890/1895", "between 1890 and 1895", "The bridge was built"}}},
		{name: "a present verb", ref: "2026-03-01", text: "Restored in 2004, the chapel houses a small museum.",
			want: []brief{{"2004", "in 2004", "The chapel was restored"}}},
		{name: "an adverb and a present verb", ref: "2026-03-01", text: "Founded on 3 May 1921, the club now plays in the third tier.",
			want: []brief{{"1921-05-03", "on 3 May 1921", "The club was founded"}}},
		{name: "a decade", ref: "2026-03-01", text: "Built in the 1890s, the bridge stands on the river.",
			want: []brief{{"189", "in the 1890s", "The bridge was built"}}},
		// the main clause's own date stays its own
		{name: "two dates", ref: "2026-03-01", text: "Built in 1890, the steel works closed in 1980.",
			want: []brief{{"1890", "in 1890", "The steel works were built"}, {"1980", "in 1980", "The steel works closed"}}},
	})
}

// TestObjectRelativeClause37h37d: a relative clause with a subject of
// its own ("the man whom officers arrested in 2019") tells what that
// subject did to the noun before the pronoun: "Officers arrested the
// man" (was "The man whom officers were arrested"). A noun that the
// clause completes ("the claim that the firm closed"), one of time ("the
// year that"), a subject relative ("who was arrested") and a reported
// clause keep their titles.
func TestObjectRelativeClause37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "whom and a plural subject", ref: "2026-03-01", text: "Police questioned the man whom officers arrested in 2019.",
			want: []brief{{"2019", "in 2019", "Officers arrested the man"}}},
		{name: "which and a bare plural", ref: "2026-03-01", text: "The museum displays a sword which soldiers found in 1850.",
			want: []brief{{"1850", "in 1850", "Soldiers found a sword"}}},
		{name: "that and a possessive subject", ref: "2026-03-01", text: "She sold the house that her father built in 1920.",
			want: []brief{{"1920", "in 1920", "Her father built the house"}}},
		{name: "a perfect in the clause", ref: "2026-03-01", text: "The court freed a woman whom police had detained in May 2018.",
			want: []brief{{"2018-05", "in May 2018", "Police had detained a woman"}}},
		{name: "an article's subject", ref: "2026-03-01", text: "They restored the organ which the monks installed in 1702.",
			want: []brief{{"1702", "in 1702", "The monks installed the organ"}}},
		{name: "a name for subject", ref: "2026-03-01", text: "Fans cheered the striker whom Leeds signed in January 2021.",
			want: []brief{{"2021-01", "in January 2021", "Leeds signed the striker"}}},
		{name: "an irregular past after that", ref: "2026-03-01", text: "We found the letter that she wrote in 1944.",
			want: []brief{{"1944", "in 1944", "She wrote the letter"}}},
		{name: "a noun spelt as a verb", ref: "2026-03-01", text: "The council scrapped the plan that it adopted in 2015.",
			want: []brief{{"2015", "in 2015", "It adopted the plan"}}},
		{name: "a longer subject", ref: "2026-03-01", text: "Historians studied the treaty that the two kings signed in 1494.",
			want: []brief{{"1494", "in 1494", "The two kings signed the treaty"}}},
		{name: "after a comma", ref: "2026-03-01", text: "Voters rejected the plan, which the council proposed in 2018.",
			want: []brief{{"2018", "in 2018", "The council proposed the plan"}}},
		{name: "after a comma with a perfect", ref: "2026-03-01", text: "Fans cheered the new stand, which the club had built in 2004.",
			want: []brief{{"2004", "in 2004", "The club had built the new stand"}}},
		// in the subject: the main clause's own date keeps the clause out
		{name: "in the subject, two dates", ref: "2026-03-01", text: "The man whom officers arrested in 2019 was released in 2020.",
			want: []brief{{"2019", "in 2019", "Officers arrested the man"}, {"2020", "in 2020", "The man was released"}}},
		{name: "that in the subject", ref: "2026-03-01", text: "The report that the council published in 2019 was withdrawn in 2021.",
			want: []brief{{"2019", "in 2019", "The council published the report"}, {"2021", "in 2021", "The report was withdrawn"}}},
		{name: "a name in the subject", ref: "2026-03-01", text: "The company that Smith founded in 1985 went bankrupt in 2001.",
			want: []brief{{"1985", "in 1985", "Smith founded the company"}, {"2001", "in 2001", "The company went bankrupt"}}},
		{name: "an adverb before the main verb", ref: "2026-03-01", text: "The bridge which the army built in 1944 still stands.",
			want: []brief{{"1944", "in 1944", "The army built the bridge"}}},
		{name: "whom after a comma", ref: "2026-03-01", text: "The suspect, whom police arrested in 2019, was freed in 2020.",
			want: []brief{{"2019", "in 2019", "Police arrested the suspect"}, {"2020", "in 2020", "The suspect was freed"}}},
		{name: "whom and a pronoun", ref: "2026-03-01", text: "The boy, whom he saw in 2019, vanished.",
			want: []brief{{"2019", "in 2019", "He saw the boy"}}},
		{name: "whom after a name", ref: "2026-03-01", text: "They thanked Jones, whom the club signed in 2019.",
			want: []brief{{"2019", "in 2019", "The club signed Jones"}}},
		// unchanged
		{name: "a noun the clause completes", ref: "2026-03-01", text: "He denied the claim that the firm closed in 2019.",
			want: []brief{{"2019", "in 2019", "The firm closed"}}},
		{name: "a noun of time", ref: "2026-03-01", text: "It was the year that the mill closed in 1990.",
			want: []brief{{"1990", "in 1990", "The mill closed"}}},
		{name: "a subject relative", ref: "2026-03-01", text: "Police questioned the man who was arrested in 2019.",
			want: []brief{{"2019", "in 2019", "The man was arrested"}}},
		{name: "a reported clause", ref: "2026-03-01", text: "The minister said that officers arrested the man in 2019.",
			want: []brief{{"2019", "in 2019", "Officers arrested the man"}}},
		{name: "a subject relative with its own verb", ref: "2026-03-01", text: "The roof repairs that began in 2019 were completed in 2020.",
			want: []brief{{"2019", "in 2019", "The roof repairs began"}, {"2020", "in 2020", "The roof repairs were completed"}}},
	})
}

// TestSubjectRelativeWithTwoDates37h37d: a relative clause with its own
// verb in the subject ("The ferry that sank in 1994", "The lawyer who
// represented him in 2019") is its own date's event and no part of the
// main clause's, whose verb follows it (was "The ferry sank was raised",
// "The lawyer represented him resigned in 2020").
func TestSubjectRelativeWithTwoDates37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "that and an irregular past", ref: "2026-03-01", text: "The ferry that sank in 1994 was raised in 1996.",
			want: []brief{{"1994", "in 1994", "The ferry sank"}, {"1996", "in 1996", "The ferry was raised"}}},
		{name: "who and an object", ref: "2026-03-01", text: "The lawyer who represented him in 2019 resigned in 2020.",
			want: []brief{{"2019", "in 2019", "The lawyer represented him"}, {"2020", "in 2020", "The lawyer resigned"}}},
		{name: "who and no object", ref: "2026-03-01", text: "A man who fled in 2019 returned in 2021.",
			want: []brief{{"2019", "in 2019", "A man fled"}, {"2021", "in 2021", "A man returned"}}},
		// a participle phrase in the subject stays as it was
		{name: "a participle in the subject", ref: "2026-03-01", text: "The camera trap installed in 2019 captured an otter in 2020.",
			want: []brief{{"2019", "in 2019", "The camera trap was installed"}, {"2020", "in 2020", "The camera trap captured an otter"}}},
	})
}

// TestWhoseClause37h37d: a "whose" clause after a noun phrase tells of
// the thing the pronoun gives the noun: "the nurse whose clinic opened
// in 1950" is "The nurse’s clinic opened" (was "The nurse whose clinic
// was opened", a passive the sentence does not say).
func TestWhoseClause37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an object's clause", ref: "2026-03-01", text: "The town honoured the nurse whose clinic opened in 1950.",
			want: []brief{{"1950", "in 1950", "The nurse’s clinic opened"}}},
		{name: "a particle after the verb", ref: "2026-03-01", text: "Police met the family whose house burned down in 2019.",
			want: []brief{{"2019", "in 2019", "The family’s house burned down"}}},
		{name: "a plural owner", ref: "2026-03-01", text: "Reporters visited the farmers whose crops failed in 2022.",
			want: []brief{{"2022", "in 2022", "The farmers’ crops failed"}}},
		{name: "in the subject, two dates", ref: "2026-03-01", text: "The firm whose founder died in 1990 was sold in 1995.",
			want: []brief{{"1990", "in 1990", "The firm’s founder died"}, {"1995", "in 1995", "The firm was sold"}}},
		{name: "in the subject, the other date", ref: "2026-03-01", text: "The nurse whose clinic opened in 1950 retired in 1960.",
			want: []brief{{"1950", "in 1950", "The nurse’s clinic opened"}, {"1960", "in 1960", "The nurse retired"}}},
	})
}

// TestDatedRelativeOfTheSubject37h37d: a relative clause set off by
// commas after the subject, with its own date, is no part of the main
// clause's title (as a dated appositive is not).
func TestDatedRelativeOfTheSubject37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "who", ref: "2026-03-01", text: "The general, who had won at Waterloo in 1815, died in 1852.",
			want: []brief{{"1815", "in 1815", "The general had won at Waterloo"}, {"1852", "in 1852", "The general died"}}},
		{name: "which with a subject", ref: "2026-03-01", text: "The chapel, which monks built in 1120, burned down in 1540.",
			want: []brief{{"1120", "in 1120", "Monks built the chapel"}, {"1540", "in 1540", "The chapel burned down"}}},
		{name: "which alone", ref: "2026-03-01", text: "The museum, which opened in 1890, closed in 1985.",
			want: []brief{{"1890", "in 1890", "The museum opened"}, {"1985", "in 1985", "The museum closed"}}},
		{name: "an undated clause stays", ref: "2026-03-01", text: "The general, who had won at Waterloo, died in 1852.",
			want: []brief{{"1852", "in 1852", "The general, who had won at Waterloo, died"}}},
	})
}

// TestAppositiveYears37h37d: years in brackets or set off by commas
// after the noun they date give a range event titled by the sentence
// without them; a named period that is the sentence's subject is titled
// by the sentence, not by its name alone.
func TestAppositiveYears37h37d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "brackets after the subject", ref: "2026-03-01", text: "The strike (1984-86) closed the pits.",
			want: []brief{{"1984/1986", "1984-86", "The strike closed the pits"}}},
		{name: "commas after an object", ref: "2026-03-01", text: "Many families left the valley during the miners' strike, 1984-86, and never returned.",
			want: []brief{{"1984/1986", "1984-86", "Many families left the valley during the miners' strike"}}},
		{name: "commas in a lead phrase", ref: "2026-03-01", text: "During the miners' strike, 1984-86, the pit closed.",
			want: []brief{{"1984/1986", "1984-86", "During the miners' strike the pit closed"}}},
		{name: "commas before a place", ref: "2026-03-01", text: "He lived through the Blitz, 1940-41, in London.",
			want: []brief{{"1940/1941", "1940-41", "He lived through the Blitz in London"}}},
		{name: "a named period as subject", ref: "2026-03-01", text: "The Great Famine (1845–52) emptied the village.",
			want: []brief{{"1845/1852", "1845–52", "The Great Famine emptied the village"}}},
		// a named period in a lead phrase is named alone
		{name: "a named period in a lead phrase", ref: "2026-03-01", text: "In the Great Famine (1845–52) the village emptied.",
			want: []brief{{"1845/1852", "1845–52", "Great Famine"}}},
	})
}
