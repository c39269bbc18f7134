package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestHeadlinesBlindQA: the headline faults of the blind QA pass (section
// D), each on a sentence of its kind written for this test. A headline
// never keeps empty brackets, a dangling preposition, a marker or a
// dateline, and never loses its subject or takes another clause's event.
func TestHeadlinesBlindQA(t *testing.T) {
	tests := []struct {
		name, text string
		exprs      []string
		value      string // the event whose title is checked
		want       string
	}{
		{"a bracketed range goes with its brackets", "He fought in the war (1939-45) with the navy and settled in Leith in 1950.",
			[]string{"1939-45=1939", "in 1950=1950"}, "1939", "He fought in the war with the navy"},
		{"an age set off by commas is no subject", "Ms Berg, 52, joined the firm in 2009 and has run its shipyard since March 2015.",
			[]string{"in 2009=2009", "since March 2015=2015-03"}, "2009", "Ms Berg joined the firm"},
		{"an age set off by commas, the second verb", "Ms Berg, 52, joined the firm in 2009 and has run its shipyard since March 2015.",
			[]string{"in 2009=2009", "since March 2015=2015-03"}, "2015-03", "Ms Berg has run its shipyard"},
		{"a participle opening the sentence is not the subject", "Born on 9 June 1921 in Hull, he trained as a pilot and joined the airline in 1948.",
			[]string{"on 9 June 1921=1921-06-09", "in 1948=1948"}, "1948", "He joined the airline"},
		{"the year a thing happened", "Last week I found postcards from 1936, the year the library burned down.",
			[]string{"Last week=2023-W20", "1936, the year=1936"}, "1936", "The library burned down"},
		{"a relative clause of the speaker", `"This is a new chapter," said the curator, who has run the gallery since 2016.`,
			[]string{"since 2016=2016"}, "2016", "The curator has run the gallery"},
		{"a relative clause of a name", "Rovers, who last won the cup in May 2019, climb to fourth.",
			[]string{"in May 2019=2019-05"}, "2019-05", "Rovers last won the cup"},
		{"a participle phrase after the object", "A Paris gallery on Monday returned 40 carvings taken from the island in 1868, one of the largest returns.",
			[]string{"on Monday=2023-05-15", "in 1868=1868"}, "1868", "40 carvings were taken from the island"},
		{"the main clause keeps its event", "A Paris gallery on Monday returned 40 carvings taken from the island in 1868, one of the largest returns.",
			[]string{"on Monday=2023-05-15", "in 1868=1868"}, "2023-05-15", "A Paris gallery returned 40 carvings taken from the island in 1868"},
		{"a participle phrase of the subject", "A review published in the autumn of 2021 recommended a new barrier.",
			[]string{"in the autumn of 2021=2021-FA"}, "2021-FA", "A review was published"},
		{"a clause that opens with its verb takes the subject before", "The dam, opened in May 1984, was built for floods, but has been shut 20 times since 1990.",
			[]string{"in May 1984=1984-05", "since 1990=1990"}, "1990", "The dam has been shut 20 times"},
		{"a relative that after the reported clause", "Geologists said on Monday they had found a cave that formed long ago.",
			[]string{"on Monday=2023-07-10"}, "2023-07-10", "Geologists say they had found a cave that formed long ago"},
		{"a figure set off by commas", `The governor told reporters on Tuesday that inflation, at 6.1% in May, remained "too high."`,
			[]string{"on Tuesday=2022-06-14", "in May=2022-05"}, "2022-05", "Inflation was at 6.1%"},
		{"a passive shares its auxiliary", "The deal was first announced on April 12, 2021 and approved by shareholders on May 20.",
			[]string{"on April 12, 2021=2021-04-12", "on May 20=2021-05-20"}, "2021-05-20", "The deal was approved by shareholders"},
		{"an active verb does not", "The company was founded in 2009 and reported revenue of $5 million in 2022.",
			[]string{"in 2009=2009", "in 2022=2022"}, "2022", "The company reported revenue of $5 million"},
		{"a bullet's dash marker", "4 May 2018 – The council raises fares by 20%.",
			[]string{"4 May 2018=2018-05-04"}, "2018-05-04", "The council raises fares by 20%"},
		{"a wire dateline", "OTTAWA (Reuters) - The talks stalled on Tuesday over fishing rights.",
			[]string{"on Tuesday=2022-03-08"}, "2022-03-08", "The talks stalled over fishing rights"},
		{"an adverb before the clause", "Separately, parliament passed the budget on Thursday.",
			[]string{"on Thursday=2022-03-10"}, "2022-03-10", "Parliament passed the budget"},
		{"a leading date phrase with a comma", "That summer, the navy won at Midway.",
			[]string{"That summer=1942-SU"}, "1942-SU", "The navy won at Midway"},
		{"a pronoun that the reporting verb names", "The high court said on Wednesday it would hear the appeal next month.",
			[]string{"on Wednesday=2022-11-16", "next month=2022-12"}, "2022-12", "The high court would hear the appeal"},
		{"a pronoun that the reporting verb names, the statement", "The high court said on Wednesday it would hear the appeal next month.",
			[]string{"on Wednesday=2022-11-16", "next month=2022-12"}, "2022-11-16", "The high court says it would hear the appeal next month"},
		{"local time goes with its time", "Crews had restored power to half of the homes by 6 p.m. local time.",
			[]string{"by 6 p.m.=2022-10-14T18:00"}, "2022-10-14T18:00", "Crews had restored power to half of the homes"},
		{"a copula keeps its date", "The council's next meeting is Nov. 1-2.",
			[]string{"Nov. 1-2=2022-11-01"}, "2022-11-01", "The council's next meeting is Nov. 1-2"},
		{"no dangling effective", "The board appointed Ann Lee as chief executive, effective July 1, 2021.",
			[]string{"July 1, 2021=2021-07-01"}, "2021-07-01", "The board appointed Ann Lee as chief executive"},
		{"a participle phrase emptied by an earlier date", "The probe, launched on Dec. 25, 2021, began work in July 2022.",
			[]string{"on Dec. 25, 2021=2021-12-25", "in July 2022=2022-07"}, "2022-07", "The probe began work"},
		{"the speaker is the head before a participle", "Geologists using a new radar said on Monday they had found a cave.",
			[]string{"on Monday=2023-07-10"}, "2023-07-10", "Geologists say they had found a cave"},
		{"a when-clause of what is forecast is no event", "Crews expect to reopen the dam on Monday, when a low tide is forecast.",
			[]string{"on Monday=2023-02-06"}, "2023-02-06", "Crews expect to reopen the dam"},
		{"a date in a cause is the cause's", "The roof works finished on 19 July, two weeks late, because of the wet weather in June.",
			[]string{"19 July=2024-07-19", "June=2024-06"}, "2024-06", "The wet weather"},
		{"the main clause keeps its own date", "The roof works finished on 19 July, two weeks late, because of the wet weather in June.",
			[]string{"19 July=2024-07-19", "June=2024-06"}, "2024-07-19", "The roof works finished, two weeks late"},
		{"a life's dates after a name: the birth", "Rosalind Johanna Achterberg, geologist, born 9 June 1936; died 3 February 2025.",
			[]string{"9 June 1936=1936-06-09", "3 February 2025=2025-02-03"}, "1936-06-09", "Rosalind Johanna Achterberg was born"},
		{"a life's dates after a name: the death", "Rosalind Johanna Achterberg, geologist, born 9 June 1936; died 3 February 2025.",
			[]string{"9 June 1936=1936-06-09", "3 February 2025=2025-02-03"}, "2025-02-03", "Rosalind Johanna Achterberg died"},
		{"a pronoun after a preposition stays", "She was elected a Fellow in 1989, and in 1996 an Antarctic glacier was named after her.",
			[]string{"in 1989=1989", "in 1996=1996"}, "1996", "An Antarctic glacier was named after her"},
		{"a date of a noun with a parenthesis after it", "Her surveys of the 1970s, flown in a converted Hercules, showed that the ice rests on rock.",
			[]string{"the 1970s=197"}, "197", "Her surveys of the 1970s, flown in a converted Hercules, showed that the ice rests on rock"},
		{"a condition's date is the condition's", "The water supply will be turned back on on 1 March, subject to a leak check on 26 February.",
			[]string{"1 March=2024-03-01", "26 February=2024-02-26"}, "2024-02-26", "A leak check"},
		{"a 'for' left dangling by two dates goes", "Observing evenings are planned for Friday 19 September and Friday 14 November, weather permitting.",
			[]string{"Friday 19 September=2025-09-19", "Friday 14 November=2025-11-14"}, "2025-11-14", "Observing evenings are planned, weather permitting"},
		{"a two-word clause before the date is no fragment", "Recruitment closed on 28 June 2024, three months ahead of schedule, after 3,150 of a planned 3,200 participants were randomised.",
			[]string{"on 28 June 2024=2024-06-28"}, "2024-06-28", "Recruitment closed, three months ahead of schedule"},
		{"a clause after 'and' with a subject and a verb of its own", "The league will hold its draft in late June, and free agency opens July 1.",
			[]string{"in late June=2019-06", "July 1=2019-07-01"}, "2019-07-01", "Free agency opens"},
		{"a clause after 'and' opening with its article", "The league will hold its draft in late June, and the market opens on July 1.",
			[]string{"in late June=2019-06", "on July 1=2019-07-01"}, "2019-07-01", "The market opens"},
		{"what a closing 'with' adds is its date's event", "Game 3 is Friday in Toronto, with Game 4 on Sunday afternoon.",
			[]string{"Friday=2019-05-03", "on Sunday afternoon=2019-05-05TAF"}, "2019-05-05TAF", "Game 4"},
		{"the sentence's own verb after a relative clause set off by commas", "The museum, which opened in 1890, closed in 1985.",
			[]string{"in 1890=1890", "in 1985=1985"}, "1985", "The museum closed"},
		{"a particle after back", "The water supply will be turned back on on 1 March, subject to a leak check on 26 February.",
			[]string{"1 March=2024-03-01", "26 February=2024-02-26"}, "2024-03-01", "The water supply will be turned back on"},
		{"the clause's own verb after a place set off by commas", "The first restored stretch, at Snarestone, reopened on 2 April 2005, exactly two hundred years after the first coal boat.",
			[]string{"2 April 2005=2005-04-02"}, "2005-04-02", "The first restored stretch, at Snarestone, reopened"},
		{"an item picked out is no speaker", "The main risks remain the supply of steel castings and the cost of energy, particularly the HS2 rescoping announced in October 2023.",
			[]string{"in October 2023=2023-10"}, "2023-10", "The HS2 rescoping was announced"},
		{"a field's list of degrees", "Education: Mount St. Scholastica College (BS, 1964), University of Pittsburgh (MS, 1966), University of Nairobi (PhD, 1971).",
			[]string{"1964=1964", "1966=1966", "1971=1971"}, "1966", "Education – University of Pittsburgh (MS)"},
		{"a US date's closing comma in the subject", "The shooting on Feb. 26, 2012, set off protests across the country.",
			[]string{"Feb. 26, 2012=2012-02-26"}, "2012-02-26", "The shooting set off protests across the country"},
		{"a relative clause without a comma after an earlier date", "Jury selection began on Monday in the trial of George Zimmerman, the neighborhood watch volunteer who shot and killed an unarmed teenager, Trayvon Martin, in February of last year.",
			[]string{"on Monday=2013-06-10", "in February of last year=2012-02"}, "2012-02", "The neighborhood watch volunteer shot and killed an unarmed teenager, Trayvon Martin"},
		{"said with a bare weekday after a relative clause", "Britain's prime minister, David Cameron, who watched from the royal box, said Monday that Murray deserved a knighthood.",
			[]string{"Monday=2013-07-08"}, "2013-07-08", "David Cameron says Murray deserved a knighthood"},
		{"a gapped clause takes the first's subject and verb", "Researchers enrolled the first volunteers in October 2003 and the last in June 2009.",
			[]string{"in October 2003=2003-10", "in June 2009=2009-06"}, "2009-06", "Researchers enrolled the last"},
		{"a night of a day opening the sentence", "On the night of 9 November crowds gathered at the crossings.",
			[]string{"On the night of 9 November=1989-11-09TNI"}, "1989-11-09TNI", "Crowds gathered at the crossings"},
		{"a relative clause in the subject: its date", "The roof repairs that began in January last year were completed in November, two months behind schedule.",
			[]string{"in January last year=2023-01", "in November=2023-11"}, "2023-01", "The roof repairs began"},
		{"a relative clause in the subject: the sentence's date", "The roof repairs that began in January last year were completed in November, two months behind schedule.",
			[]string{"in January last year=2023-01", "in November=2023-11"}, "2023-11", "The roof repairs were completed, two months behind schedule"},
		{"a gapped clause whose subject is gapped", "The canal arrived in 1796, and the railway fifty years later.",
			[]string{"in 1796=1796", "fifty years later=1846"}, "1846", "The railway arrived"},
		{"a clause between commas is no appositive", "Three years after the fall, in July 1456, an Ottoman army was beaten at Belgrade by John Hunyadi, who died of plague a few weeks later.",
			[]string{"in July 1456=1456-07"}, "1456-07", "Three years after the fall, an Ottoman army was beaten at Belgrade by John Hunyadi"},
		{"a deictic possessive", "Yesterday's rain had left the bed heavy.",
			[]string{"Yesterday=2025-04-04"}, "2025-04-04", "The rain had left the bed heavy"},
		{"an adverb before the verb is no noun", "Officials said the pause would now run until mid-June.",
			[]string{"until mid-June=2026-06"}, "2026-06", "The pause would now run"},
		{"a memo dated", "A memo dated Aug. 22, 2023, recommended an urgent field correction.",
			[]string{"Aug. 22, 2023=2023-08-22"}, "2023-08-22", "A memo recommended an urgent field correction"},
		{"to say is a purpose, nobody saying", "A nurse in Ohio emailed the firm's support line on Feb. 3, 2023, to say that a pump had failed.",
			[]string{"on Feb. 3, 2023=2023-02-03"}, "2023-02-03", "A nurse in Ohio emailed the firm's support line to say that a pump had failed"},
		{"a participle before its noun is an adjective", "The viaduct was given Grade II listed status on 12 May 2022.",
			[]string{"on 12 May 2022=2022-05-22"}, "2022-05-22", "The viaduct was given Grade II listed status"},
		{"who was told, no words reported", "The firm told regulators on 11 September 2024 and recalled the device later.",
			[]string{"on 11 September 2024=2024-09-11"}, "2024-09-11", "The firm told regulators and recalled the device later"},
		{"what was told, after the one told", "The minister told reporters the plan would be delayed until 2026.",
			[]string{"until 2026=2026"}, "2026", "The plan would be delayed"},
		{"back with the date it pointed to", "Back in 1968 they started laying people off.",
			[]string{"in 1968=1968"}, "1968", "They started laying people off"},
		{"back as a particle stays", "She paid it back on 3 May 2001.",
			[]string{"on 3 May 2001=2001-05-03"}, "2001-05-03", "She paid it back"},
		{"a relative clause in the subject before a past verb", "The fire that started on 3 June 2022 destroyed the old mill.",
			[]string{"on 3 June 2022=2022-06-03"}, "2022-06-03", "The fire started"},
		{"the adverb that measured from the date goes with it", "The bridge collapsed shortly after 2 p.m. on 3 May 2021, officials said.",
			[]string{"after 2 p.m. on 3 May 2021=2021-05-03T14:00"}, "2021-05-03T14:00", "The bridge collapsed"},
		{"a quantifier after an opening date opens the subject", "That winter both sides prepared.",
			[]string{"That winter=1452-WI"}, "1452-WI", "Both sides prepared"},
		{"a part of the day goes with its date", "In the early hours of 29 May the final assault broke through near the gate.",
			[]string{"29 May=1453-05-29"}, "1453-05-29", "The final assault broke through near the gate"},
		{"a date opening the clause after a conjunction", "Constantinople became the Ottoman capital and, by the end of the century, it had grown again to over 200,000 inhabitants.",
			[]string{"by the end of the century=14"}, "14", "Constantinople had grown again to over 200,000 inhabitants"},
		{"a subordinate clause's own date", "First public release, two years after the project began in early 2019.",
			[]string{"early 2019=2019"}, "2019", "The project began"},
		{"a noun after after keeps the main clause", "The mill closed after the flood in 1968.",
			[]string{"1968=1968"}, "1968", "The mill closed after the flood"},
		{"a phrasal verb keeps its particle", "The president was sworn in on 20 January before a small crowd.",
			[]string{"20 January=2021-01-20"}, "2021-01-20", "The president was sworn in before a small crowd"},
		{"a phrasal verb keeps its particle before a date of its own", "The new lights will be switched on on 3 June.",
			[]string{"3 June=2021-06-03"}, "2021-06-03", "The new lights will be switched on"},
		{"a phrasal verb in the present", "1 October: Trolleybuses take over.",
			[]string{"1 October=1938-10-01"}, "1938-10-01", "Trolleybuses take over"},
		{"a phrasal verb with over after its subject", "On 2 May the new operator takes over.",
			[]string{"On 2 May=1938-05-02"}, "1938-05-02", "The new operator takes over"},
		{"a split year goes with its date", "The winter of 1946/47 was brutal.",
			[]string{"The winter of 1946=1946-WI"}, "1946-WI", "The winter of 1946/47 was brutal"},
		{"a split year after a preposition", "In 2019/20 the club was relegated.",
			[]string{"2019=2019"}, "2019", "The club was relegated"},
		{"a day and its date in brackets, as a label", "Easter Monday (21 April): site open as usual, but the water is off.",
			[]string{"Easter Monday=2025-04-21", "21 April=2025-04-21"}, "2025-04-21", "Site open as usual"},
		{"a span as the line's label", "Sept 2015 – Jun 2019: PhD in geology, Durham.",
			[]string{"Sept 2015 – Jun 2019=2015-09"}, "2015-09", "PhD in geology, Durham"},
		{"an open span as the line's label", "2023–present: Senior Lecturer, University of Leeds.",
			[]string{"2023=2023"}, "2023", "Senior Lecturer, University of Leeds"},
		{"an acronym's field", "AGM: Thursday 16 October, 7.30pm, St Luke's church hall.",
			[]string{"Thursday 16 October, 7.30pm=2025-10-16T19:30"}, "2025-10-16T19:30", "AGM – St Luke's church hall"},
		{"a speaker's label is no field", "MAYOR: 3 May, that is when we open.",
			[]string{"3 May=2025-05-03"}, "2025-05-03", "That is when we open"},
		{"a state until a when-clause: the when-clause's event", "His wife reported that he had been well until 28/2/2024, when he developed a sore throat.",
			[]string{"28/2/2024=2024-02-28"}, "2024-02-28", "He developed a sore throat"},
		{"a reported pronoun that owns the speaker is not the speaker", "Her lawyers said she would appeal on 4 June 2024.",
			[]string{"4 June 2024=2024-06-04"}, "2024-06-04", "She would appeal"},
		{"a reported pronoun is the speaker", "The minister said he would resign on 3 May 2024.",
			[]string{"3 May 2024=2024-05-03"}, "2024-05-03", "The minister would resign"},
		{"only before the date goes with it", "Their remains are found only in 1930.",
			[]string{"in 1930=1930"}, "1930", "Their remains are found"},
		{"a participle after the object of an -ing phrase", "The governments chose the scheme, reviving a project abandoned in 1975.",
			[]string{"in 1975=1975"}, "1975", "A project was abandoned"},
		{"a phrasal verb with down", "The smelter was shut down on 5 April.",
			[]string{"5 April=2021-04-05"}, "2021-04-05", "The smelter was shut down"},
		{"a document's date names the document", "The firm signed a haulage contract dated 4 March 2023 with the council.",
			[]string{"4 March 2023=2023-03-04"}, "2023-03-04", "A haulage contract with the council"},
		{"a modal after a present verb shares the subject", "Northwind expects the combined group to reach 3 GW by 2025 and will publish results on August 19.",
			[]string{"by 2025=2025", "on August 19=2021-08-19"}, "2021-08-19", "Northwind will publish results"},
		{"a subordinate clause that holds the date", "After Ghana submitted a formal request in January 2022, the trustees agreed.",
			[]string{"in January 2022=2022-01"}, "2022-01", "Ghana submitted a formal request"},
		{"a question whose answer has its own date", "QUESTION: Will ferries sail again in April?\nMINISTER: I may say more next week.",
			[]string{"in April=2020-04", "next week=2020-W12"}, "2020-04", "Will ferries sail again?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("h.txt", tc.text, timeline.Citation{})
			var titles []string
			for _, e := range Events(doc, Options{Tagger: fixedTagger(t, tc.exprs...), NoMerge: true}) {
				if spanValue(e.Span) == tc.value {
					if e.Title != tc.want {
						t.Errorf("title %q, want %q", e.Title, tc.want)
					}
					return
				}
				titles = append(titles, spanValue(e.Span)+" "+e.Title)
			}
			t.Errorf("no event %s; got %q", tc.value, titles)
		})
	}
}

// TestHeadlineSaysWho: a headline that opens with "it" or "they" names
// them from the sentence before, when that is plain.
func TestHeadlineSaysWho(t *testing.T) {
	tests := []struct {
		name, text string
		exprs      []string
		value      string
		want       string
	}{
		{"it after a singular subject", "The company was founded in 1998. Last year it made a loss.",
			[]string{"in 1998=1998", "Last year=2016"}, "2016", "The company made a loss"},
		{"no noun phrase before", "The company was founded in 1998. Last year it made a loss. Next year it will expand.",
			[]string{"in 1998=1998", "Last year=2016", "Next year=2018"}, "2018", "It will expand"},
		{"they after a plural subject", "The rebels crossed the river in 1920. In 1921 they took the capital.",
			[]string{"in 1920=1920", "In 1921=1921"}, "1921", "The rebels took the capital"},
		{"no antecedent of the same number", "The rebels crossed the river in 1920. In 1921 it rained for a month.",
			[]string{"in 1920=1920", "In 1921=1921"}, "1921", "It rained for a month"},
		{"an expletive it stays", "The company was founded in 1998. In 2005 it was clear that sales would fall.",
			[]string{"in 1998=1998", "In 2005=2005"}, "2005", "It was clear that sales would fall"},
		{"the date as the subject of a quote", `"Today marks a new beginning," said the director.`,
			[]string{"Today=2022-11-29"}, "2022-11-29", "Today marks a new beginning"},
		{"a title line without a number", "About Northwind Energy\nNorthwind Energy was founded in 1998.",
			[]string{"in 1998=1998"}, "1998", "Northwind Energy was founded"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("h.txt", tc.text, timeline.Citation{})
			var titles []string
			for _, e := range Events(doc, Options{Tagger: fixedTagger(t, tc.exprs...), NoMerge: true}) {
				if spanValue(e.Span) == tc.value {
					if e.Title != tc.want {
						t.Errorf("title %q, want %q", e.Title, tc.want)
					}
					return
				}
				titles = append(titles, spanValue(e.Span)+" "+e.Title)
			}
			t.Errorf("no event %s; got %q", tc.value, titles)
		})
	}
}

func TestAffirmed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The plant did not reopen", "The plant reopened"},
		{"It didn't recall the device", "It recalled the device"},
		{"Power was not restored", "Power was restored"},
		{"The bridge wasn't reopened", "The bridge was reopened"},
		{"She never saw him again", "She saw him again"},
		{"They did not begin the works", "They began the works"},
		{"Crews did not carry the boats", "Crews carried the boats"},
		{"The plant stayed closed", "The plant stayed closed"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := affirmed(tt.in); got != tt.want {
				t.Errorf("affirmed(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
