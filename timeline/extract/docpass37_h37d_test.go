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
