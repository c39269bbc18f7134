package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestHeadlineRepairs: the headline faults found in end-to-end QA, each on
// a sentence of its own kind.
func TestHeadlineRepairs(t *testing.T) {
	tests := []struct {
		name, text string
		exprs      []string
		value      string // the event whose title is checked
		want       string
	}{
		{"a participle phrase opening the sentence before its subject", "Born on September 2, 1938, in Gary, Indiana, to a steelworker and a seamstress, she was the fourth of seven children.",
			[]string{"on September 2, 1938=1938-09-02"}, "1938-09-02", "She was born in Gary, Indiana, to a steelworker and a seamstress"},
		{"a clause after 'and' with its own subject", "The cabinet will consider the results in January and full council will set the budget on 25 February.",
			[]string{"in January=2022-01", "on 25 February=2022-02-25"}, "2022-02-25", "Full council will set the budget"},
		{"a relative clause after a long subject", "The rail outage between Goulburn and Moss Vale, which lasted until 9 September 2024, cut volumes.",
			[]string{"until 9 September 2024=2024-09-09"}, "2024-09-09", "The rail outage between Goulburn and Moss Vale lasted"},
		{"a participle said of the noun after 'of'", "The minutes of the meeting held on 17 September were agreed as a true record.",
			[]string{"on 17 September=2021-09-17"}, "2021-09-17", "The meeting was held"},
		{"the minutes of a meeting of a day", "The minutes of the board meeting of 8 September were approved without changes.",
			[]string{"8 September=2021-09-08"}, "2021-09-08", "The board meeting was held"},
		{"plural subject agrees", "Dock workers said on Tuesday that the port would close.",
			[]string{"on Tuesday=2021-03-02"}, "2021-03-02", "Dock workers say the port would close"},
		{"the head noun before a participle agrees", "Farmers interviewed on Tuesday said the rain came too late.",
			[]string{"on Tuesday=2021-03-02"}, "2021-03-02", "Farmers interviewed say the rain came too late"},
		{"a place in -s stays singular", "Brussels said on Tuesday that the rules would change.",
			[]string{"on Tuesday=2021-03-02"}, "2021-03-02", "Brussels says the rules would change"},
		{"a body named in -s stays singular", "The United Nations said on Tuesday that aid would resume.",
			[]string{"on Tuesday=2021-03-02"}, "2021-03-02", "The United Nations says aid would resume"},
		{"no space before punctuation", `The captain said: "We sail again in 2025."`,
			[]string{"2025=2025"}, "2025", `"We sail again."`},
		{"no space before a closing quote", `She called it "the flood of the century in 1947".`,
			[]string{"1947=1947"}, "1947", `She called it "the flood of the century"`},
		{"a question before is no subject", "When did the war end? It ended in 1945.",
			[]string{"1945=1945"}, "1945", "It ended"},
		{"a question dates its answer", "Q: What did you see on 3 March 1990?\nA: A bright light over the lake.",
			[]string{"3 March 1990=1990-03-03"}, "1990-03-03", "A bright light over the lake"},
		{"a clause keeps its subject", "He retired on 2 May 1990, aged 70.",
			[]string{"2 May 1990=1990-05-02"}, "1990-05-02", "He retired, aged 70"},
		{"a date that names a noun stays", "The exam is in the autumn term.",
			[]string{"the autumn=2024-FA"}, "2024-FA", "The exam is in the autumn term"},
		{"the when-clause's event", "The pier reopened on Friday, a year after it was shut when a storm wrecked its deck in March 2019.",
			[]string{"Friday=2020-03-06", "March 2019=2019-03"}, "2019-03", "A storm wrecked its deck"},
		{"a parenthetical emptied by the date", "The fair, open until 9 July, has welcomed 5,000 guests.",
			[]string{"9 July=2021-07-09"}, "2021-07-09", "The fair has welcomed 5,000 guests"},
		{"a date between subject and verb", "The first ferry, in May 1920, carried ten cars.",
			[]string{"May 1920=1920-05"}, "1920-05", "The first ferry carried ten cars"},
		{"no dangling preposition", "Scholars trace the guild's origins to 1350.",
			[]string{"1350=1350"}, "1350", "Scholars trace the guild's origins"},
		{"no dangling over", "The crew rested over the winter of 1911.",
			[]string{"the winter of 1911=1911-WI"}, "1911-WI", "The crew rested"},
		{"the noun phrase the date is of", "The kingdom ruled in the north until 1200, and in the south until the fall of its capital on 3 June 1300.",
			[]string{"1200=1200", "3 June 1300=1300-06-03"}, "1300-06-03", "The fall of its capital"},
		{"an intransitive verb after an appositive", "The painter Ada Voss, founder of the Harbour School, died in Lisbon on 4 May 1970.",
			[]string{"4 May 1970=1970-05-04"}, "1970-05-04", "The painter Ada Voss, founder of the Harbour School, died in Lisbon"},
		{"a verb with its object after an appositive", "The mayor, Lena Ortiz, called it on 9 June 2015 the best summer in years.",
			[]string{"9 June 2015=2015-06-09"}, "2015-06-09", "The mayor, Lena Ortiz, called it the best summer in years"},
		{"a participle phrase still reads as passive", "The bridge, opened in 1932, carried trams until 1960.",
			[]string{"1932=1932", "1960=1960"}, "1932", "The bridge was opened"},
		{"a later date in a parenthetical", "The council said on Monday that the tunnel, planned ten years ago, would open soon.",
			[]string{"on Monday=2022-03-07", "ten years ago=2012"}, "2022-03-07", "The council says the tunnel would open soon"},
		{"a list still splits", "The plant opened in 1998, closed in 2005, and reopened in 2010.",
			[]string{"1998=1998", "2005=2005", "2010=2010"}, "1998", "The plant opened"},
		{"a date before the speaker", "On Monday the harbour board said it would hire more pilots.",
			[]string{"On Monday=2022-03-07"}, "2022-03-07", "The harbour board says it would hire more pilots"},
		{"a relative clause set off by commas", "The jury, which met last week in Leeds, will give its verdict next Tuesday.",
			[]string{"last week=2022-W09", "next Tuesday=2022-03-15"}, "2022-W09", "The jury met in Leeds"},
		{"a date after the relative clause", "The jury, which met last week in Leeds, will give its verdict next Tuesday.",
			[]string{"last week=2022-W09", "next Tuesday=2022-03-15"}, "2022-03-15", "The jury will give its verdict"},
		{"reports as a noun after a preposition", "At the briefing on Friday, a minister was asked about reports that the dam had cracked.",
			[]string{"on Friday=2022-03-04"}, "2022-03-04", "A minister was asked about reports that the dam had cracked"},
		{"never empty", "He said on Wednesday.",
			[]string{"on Wednesday=2020-01-01"}, "2020-01-01", "He said on Wednesday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTitle(t, oneSection("h.txt", tc.text, timeline.Citation{}), Options{Tagger: fixedTagger(t, tc.exprs...), NoMerge: true}, tc.value, tc.want)
		})
	}
}

func TestHeadlineRelativeClauseAcrossLines(t *testing.T) {
	text := "Two reports describe a tree-planting scheme in\nYorkshire that, according to the council, began in May 2012."
	evs := Events(oneSection("w.txt", text, timeline.Citation{}), Options{Tagger: fixedTagger(t, "May 2012=2012-05")})
	if len(evs) != 1 || evs[0].Title != "A tree-planting scheme in Yorkshire began" {
		t.Fatalf("got %+v, want one event titled %q", evs, "A tree-planting scheme in Yorkshire began")
	}
}

// TestSharedSubject: a second verb of the same subject after "and" gets
// the subject in its own event's headline, not the first verb's clause.
func TestSharedSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"passive then past", "The company was founded in 2009 and reported a profit in 2022.",
			[]string{"2009=2009", "2022=2022"}, []string{"2009 | in 2009 | The company was founded", "2022 | in 2022 | The company reported a profit"}},
		{"first person", "I applied to the academy in 1984 and flew for the first time in March 1991.",
			[]string{"1984=1984", "March 1991=1991-03"}, []string{"1984 | in 1984 | I applied to the academy", "1991-03 | in March 1991 | I flew for the first time"}},
		{"a name in apposition", "Our chief executive, Priya Nair, joined in 2015 and will retire in September 2020.",
			[]string{"2015=2015", "September 2020=2020-09"}, []string{"2015 | in 2015 | Our chief executive, Priya Nair, joined", "2020-09 | in September 2020 | Our chief executive, Priya Nair, will retire"}},
		{"a modal carries over", "Work will start in June 2018 and end in December 2018.",
			[]string{"June 2018=2018-06", "December 2018=2018-12"}, []string{"2018-06 | in June 2018 | Work will start", "2018-12 | in December 2018 | Work will end"}},
		{"a reporting verb's subject", "Rail unions said talks collapsed on Thursday and announced a strike in February.",
			[]string{"on Thursday=2020-01-09", "February=2020-02"}, []string{"2020-01-09 | on Thursday | Talks collapsed", "2020-02 | in February | Rail unions announced a strike"}},
		{"a to-infinitive shares its verb", "The tunnel is expected to open in 2026 and close in 2090.",
			[]string{"2026=2026", "2090=2090"}, []string{"2026 | in 2026 | The tunnel is expected to open", "2090 | in 2090 | The tunnel is expected to close"}},
		{"no plain subject, no prefix", "After the fire in 1990, the mill was rebuilt and reopened in 1995.",
			[]string{"1990=1990", "1995=1995"}, []string{"1990 | in 1990 | The fire", "1995 | in 1995 | The mill was rebuilt and reopened"}},
	})
}

// TestParticipleWithAdverb: "the report, first drafted two years ago, had
// been revised": the participle phrase dates the drafting, and leaves the
// later event's headline with the date.
func TestParticipleWithAdverb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"adverb before the participle", "The charter, first signed in 1901, was revised in 1950.",
			[]string{"1901=1901", "1950=1950"}, []string{"1901 | in 1901 | The charter was first signed", "1950 | in 1950 | The charter was revised"}},
		{"without an adverb", "The pier, repaired in 1921, was closed in 1990.",
			[]string{"1921=1921", "1990=1990"}, []string{"1921 | in 1921 | The pier was repaired", "1990 | in 1990 | The pier was closed"}},
		{"an appositive stays", "The mayor, Lena Ortiz, opened the pier in 1921 and closed it in 1990.",
			[]string{"1921=1921", "1990=1990"}, []string{"1921 | in 1921 | The mayor, Lena Ortiz, opened the pier", "1990 | in 1990 | The mayor, Lena Ortiz, closed it"}},
	})
}

// TestTranscriptSpeaker: a first-person headline in a transcript names the
// speaker from the speaker label, on the labelled sentence and the ones
// after it; an unnamed answer ("A:") stays as it is.
func TestTranscriptSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"labelled sentence", "HOST: When did you start?\nMARIA OLSEN: I joined the crew in 1984.",
			[]string{"1984=1984"}, []string{"1984 | in 1984 | Maria Olsen: I joined the crew"}},
		{"a later sentence of the same answer", "HOST: When did you start?\nMARIA OLSEN: It was long ago. I flew for the first time in March 1991.",
			[]string{"March 1991=1991-03"}, []string{"1991-03 | in March 1991 | Maria Olsen: I flew for the first time"}},
		{"an unnamed answer", "Q: When did you start?\nA: I joined the crew in 1984.",
			[]string{"1984=1984"}, []string{"1984 | in 1984 | I joined the crew"}},
		{"the next speaker's words are not the last one's", "MARIA OLSEN: I joined in 1984.\nQ: And then?\nA: I left in 1990.",
			[]string{"1984=1984", "1990=1990"}, []string{"1984 | in 1984 | Maria Olsen: I joined", "1990 | in 1990 | I left"}},
	})
}

// TestTrailingAccordingTo: a date in a trailing "according to" phrase
// dates the source, not the main clause.
func TestTrailingAccordingTo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"the source's date", "Fishing catches have fallen by a third, according to a study published on Monday by the harbour board.",
			[]string{"on Monday=2021-03-01"}, []string{"2021-03-01 | on Monday | The harbour board published a study"}},
		{"the main clause's date", "Fishing catches fell by a third in 2020, according to the harbour board.",
			[]string{"2020=2020"}, []string{"2020 | in 2020 | Fishing catches fell by a third, according to the harbour board"}},
	})
}

// TestAgreement: the verb a headline adds agrees with the head noun, also
// before a prepositional phrase and in a participle's passive.
func TestAgreement(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"head noun before a phrase", "Workers at the Halden paper mill said on Friday that the plant would close.",
			[]string{"on Friday=2019-10-11"}, []string{"2019-10-11 | on Friday | Workers at the Halden paper mill say the plant would close"}},
		{"singular head before a plural phrase", "The head of the dock unions said on Friday that talks would resume.",
			[]string{"on Friday=2019-10-11"}, []string{"2019-10-11 | on Friday | The head of the dock unions says talks would resume"}},
		{"plural passive", "Engineers said the new embankments, finished in 2015, had kept the water out.",
			[]string{"2015=2015"}, []string{"2015 | in 2015 | The new embankments were finished"}},
		{"singular passive", "Engineers said the new embankment, finished in 2015, had kept the water out.",
			[]string{"2015=2015"}, []string{"2015 | in 2015 | The new embankment was finished"}},
	})
}

// TestGappedVerb: a second phrase that leaves out the verb ("... by four
// percent this year and by three percent in 2019") gets the first
// clause's subject and verb.
func TestGappedVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"the verb left out", "The deal raises fares by two percent in 2024 and by one percent in 2025.",
			[]string{"2024=2024", "2025=2025"}, []string{"2024 | in 2024 | The deal raises fares by two percent", "2025 | in 2025 | The deal raises fares by one percent"}},
		{"a long phrase is not a gap", "The kingdom ruled in the north until 1200, and in the south until the fall of its capital on 3 June 1300.",
			[]string{"1200=1200", "3 June 1300=1300-06-03"}, []string{"1200 | until 1200 | The kingdom ruled in the north", "1300-06-03 | on 3 June 1300 | The fall of its capital"}},
	})
}

// TestDateAsSubject: a date that is the subject after an article stays in
// the headline; a date that names a noun is left out.
func TestDateAsSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"the date is the subject", "The fiscal year 2019 ended with a loss.",
			[]string{"fiscal year 2019=2019"}, []string{"2019 | fiscal year 2019 | The fiscal year 2019 ended with a loss"}},
		{"the date names a noun", "The 2015 agreement collapsed under pressure.",
			[]string{"2015=2015"}, []string{"2015 | 2015 | The agreement collapsed under pressure"}},
	})
}

// TestDateAfterNounPreposition: a date that is the object of a noun's
// preposition in mid-clause stays in the headline; at the end of the
// clause it goes.
func TestDateAfterNounPreposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"mid-clause", "The budget for 2020 was approved by the board.",
			[]string{"2020=2020"}, []string{"2020 | 2020 | The budget for 2020 was approved by the board"}},
		{"ellipsis", "Neither report gives the number; the harbour master's log for September 2017 does.",
			[]string{"September 2017=2017-09"}, []string{"2017-09 | September 2017 | The harbour master's log for September 2017 does"}},
		{"at the end", "Scholars trace the guild's origins to 1350.",
			[]string{"1350=1350"}, []string{"1350 | 1350 | Scholars trace the guild's origins"}},
	})
}

// TestQuotedFirstPerson: a first-person quote that makes its own event
// says who "we" are, from the reporting verb's subject.
func TestQuotedFirstPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"quote before the speaker", `"We expect the crest on Thursday," the head of the district council said.`,
			[]string{"on Thursday=2013-03-07"}, []string{"2013-03-07 | on Thursday | The head of the district council: we expect the crest"}},
		{"a pronoun speaker adds nothing", `"We expect the crest on Thursday," she said.`,
			[]string{"on Thursday=2013-03-07"}, []string{"2013-03-07 | on Thursday | We expect the crest"}},
		{"third person needs no speaker", `"The crest will pass on Thursday," the head of the district council said.`,
			[]string{"on Thursday=2013-03-07"}, []string{"2013-03-07 | on Thursday | The crest will pass"}},
	})
}

// TestNameAppositiveVerb: after a name set off by commas, a past form with
// nothing after its phrase is the main verb, not a participle; an
// auxiliary after "and" shares the first clause's subject.
func TestNameAppositiveVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"main verb after a name", "The first keeper, Tomas Berg, served until 1902.",
			[]string{"1902=1902"}, []string{"1902 | until 1902 | The first keeper, Tomas Berg, served"}},
		{"participle with a main verb after it", "The lamp, repaired in 1902, burned for a century.",
			[]string{"1902=1902"}, []string{"1902 | in 1902 | The lamp was repaired"}},
		{"an auxiliary shares the subject", "Restoration began in 2015 and is due to finish in 2017.",
			[]string{"2015=2015", "2017=2017"}, []string{"2015 | in 2015 | Restoration began", "2017 | in 2017 | Restoration is due to finish"}},
	})
}
