package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

type headCase struct {
	name, ref, text string
	value           string // the event whose title is checked
	want            string
}

// runTitleCases extracts each text with the real tagger and checks the
// title of the event that starts on value.
func runTitleCases(t *testing.T, tests []headCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opt Options
			if tc.ref != "" {
				opt.Ref = day(t, tc.ref)
			}
			checkTitle(t, oneSection("t.txt", tc.text, timeline.Citation{}), opt, tc.value, tc.want)
		})
	}
}

// checkTitle checks the title of the event of doc that starts on value.
func checkTitle(t *testing.T, doc *timeline.Document, opt Options, value, want string) {
	t.Helper()
	var titles []string
	for _, e := range Events(doc, opt) {
		if e.Span.Start.String() == value {
			if e.Title != want {
				t.Errorf("title %q, want %q", e.Title, want)
			}
			return
		}
		titles = append(titles, e.Span.Start.String()+" "+e.Title)
	}
	t.Errorf("no event %s; got %q", value, titles)
}

// TestReportedPronounSpeaker: the pronoun that opens a reported clause
// is its speaker only when it can be ("The court said it would ...",
// "Greene said he would ..."); else the title keeps who says it, and
// never gives the act to the speaker.
func TestReportedPronounSpeaker(t *testing.T) {
	runTitleCases(t, []headCase{
		{"he after a plural speaker", "2024-04-16", "Police said he had fled the scene on 3 August 2023.",
			"2023-08-03", "Police say he had fled the scene"},
		{"she after a role", "2024-04-16", "The coroner said she had died of drowning on 12 July 2023.",
			"2023-07-12", "The coroner says she had died of drowning"},
		{"she after a role, an act", "2024-04-16", "The prosecutor said she had attended a bingo hall in Pudsey on 2 August 2023.",
			"2023-08-02", "The prosecutor says she had attended a bingo hall in Pudsey"},
		{"a role's passive", "2024-04-16", "The judge said he would be sentenced on 3 May 2024.",
			"2024-05-03", "The judge says he would be sentenced"},
		{"a name's he is the name", "2024-04-16", "Greene said he would retire on 3 May 2024.",
			"2024-05-03", "Greene would retire"},
		{"a role's own plan", "2024-04-16", "The minister said he would resign on 3 May 2024.",
			"2024-05-03", "The minister would resign"},
		{"it after a body", "2024-04-16", "The court said it would hear the case on 3 May 2024.",
			"2024-05-03", "The court would hear the case"},
	})
}

// TestNameAgeHome: a court list's or a notice's "NAME, age, of ADDRESS,
// verb" keeps the name as the subject; the address is none.
func TestNameAgeHome(t *testing.T) {
	runTitleCases(t, []headCase{
		{"capitals, age and street", "2021-09-15", "JASON MILLS, 23, of Quay Street, admitted assaulting an emergency worker on 28 August.",
			"2021-08-28", "Jason Mills admitted assaulting an emergency worker"},
		{"denied stays active", "2021-09-15", "PETER ANSELL, 67, of Mill Road, denied stealing a charity collection box on 19 June.",
			"2021-06-19", "Peter Ansell denied stealing a charity collection box"},
		{"no fixed abode", "2021-09-15", "RYAN COOKE, 19, no fixed abode, admitted breaching a restraining order on 3 August.",
			"2021-08-03", "Ryan Cooke admitted breaching a restraining order"},
		{"a street and a town", "2021-09-15", "Jason Mills, 23, of Quay Street, Hartlepool, admitted assaulting an emergency worker on 28 August.",
			"2021-08-28", "Jason Mills admitted assaulting an emergency worker"},
		{"a death notice", "2023-10-18", "Robert \"Bob\" Kessler, 81, of Dearborn, passed away on Friday, October 13, 2023.",
			"2023-10-13", "Robert \"Bob\" Kessler passed away"},
		{"a home without an age is no subject", "2023-10-18", "Robert Kessler, of Dearborn, passed away on Friday, October 13, 2023.",
			"2023-10-13", "Robert Kessler, of Dearborn, passed away"},
	})
}

// TestSeriesOfVerbs: "X did A, did B in 1978, and did C": the middle
// verb is X's, not a participle said of A's object.
func TestSeriesOfVerbs(t *testing.T) {
	runTitleCases(t, []headCase{
		{"a name's series", "2024-03-15", "Harold joined the Society in 1969, served as our treasurer from 1978 to 1994, and catalogued the photographs.",
			"1978", "Harold served as our treasurer"},
		{"a series of dates", "2024-03-15", "The plant opened in 1998, closed in 2005, and reopened in 2010.",
			"2005", "The plant closed"},
		{"a participle after an object stays", "2024-03-15", "We won a contract with the port, signed on 14 September 2023.",
			"2023-09-14", "A contract with the port was signed"},
	})
}

// TestItsSubject: "it" is taken from the sentence before only when that
// sentence has one subject it can be; the clause after a colon is the
// nearer.
func TestItsSubject(t *testing.T) {
	runTitleCases(t, []headCase{
		{"the clause after a colon", "2024-03-15", "The Great Depression hit hard: the mill closed in 1934 and stood empty. In 1972 it housed the Grange's annual fair.",
			"1972", "The mill housed the Grange's annual fair"},
		{"a second clause with its own subject", "2024-03-15", "Bríd died in 2011, and for a while the light went out of him. In 2013 it came back.",
			"2013", "It came back"},
		{"a plain subject", "2024-03-15", "The company was founded in 1998. In 2005 it made a loss.",
			"2005", "The company made a loss"},
	})
}

// TestContactRelative: a date that ends a relative clause without
// "that" ("the project he started in 2013") is the clause's.
func TestContactRelative(t *testing.T) {
	runTitleCases(t, []headCase{
		{"the clause's act", "2024-03-15", "It came back, slowly, through his grandchildren and through the local history project he started in 2013.",
			"2013", "He started the local history project"},
		{"not a time the clause says when of", "2024-03-15", "He never forgot the day she left in 1990.",
			"1990", "He never forgot the day she left"},
	})
}

// TestDeathTitles: a death's title names who died: after a dateline, in
// a notice's "(b. ... – d. ...)", and under a notice's name.
func TestDeathTitles(t *testing.T) {
	runTitleCases(t, []headCase{
		{"a life's sentence after a dateline", "2023-10-18", "OXFORD, England, Oct. 18, 2023 — Dame Helen Lang, a crystallographer whose X-ray work in the 1960s revealed the shapes of cobalt molecules, and who later became one of the first women to head an Oxford college, died on Monday at her home in Headington.",
			"2023-10-16", "Dame Helen Lang died"},
		{"a whose clause's date", "2023-10-18", "OXFORD, England, Oct. 18, 2023 — Dame Helen Lang, a crystallographer whose X-ray work in the 1960s revealed the shapes of cobalt molecules, and who later became one of the first women to head an Oxford college, died on Monday at her home in Headington.",
			"196", "Dame Helen Lang’s X-ray work revealed the shapes of cobalt molecules"},
		{"the mark after a dash", "2024-01-09", "NASH, Eileen Margaret (b. 30 Nov 1932 – d. 28 Dec 2023). Died peacefully at Lypiatt Lodge care home, Stroud.",
			"2023-12-28", "Eileen Margaret Nash dies"},
		{"a notice's verb under its name", "2024-01-09", "HOLLOWAY, Dennis Arthur. Passed away suddenly on Boxing Day 2023, aged 71.",
			"2023-12-26", "Dennis Arthur Holloway passed away suddenly, aged 71"},
		{"a notice's adverb under its name", "2024-01-09", "CARTER, Dorothy May (née Pullen). Peacefully at home in Thornbury on 4th January 2024, aged 96.",
			"2024-01-04", "Dorothy May Carter – peacefully at home in Thornbury, aged 96"},
		{"no notice's name before", "2024-01-09", "The hall was closed. Reopened on 4th January 2024 after repairs.",
			"2024-01-04", "Reopened after repairs"},
	})
}

// TestDateCutWords: what the date leaves when it is cut out of the
// title: the verb's object stays, and the words that measured it or
// opened its phrase go with it.
func TestDateCutWords(t *testing.T) {
	runTitleCases(t, []headCase{
		{"a time as the verb's object", "2024-11-22", "Pritchard had spent the previous evening drinking at a pub in Yarm.",
			"2024-11-21TEV", "Pritchard had spent the previous evening drinking at a pub in Yarm"},
		{"a time as the verb's object, another date's title", "2024-11-22", "Pritchard had spent the previous evening drinking at a pub in Yarm before driving home on 17 March 2024.",
			"2024-03-17", "Pritchard had spent the previous evening drinking at a pub in Yarm before driving home"},
		{"a date's possessive keeps its preposition", "2024-11-22", "A boy died after jumping into a reservoir during last summer's heatwave.",
			"2024-SU", "A boy died after jumping into a reservoir during the heatwave"},
		{"an approximation and its preposition", "2024-11-22", "Reilly was taken into custody at approx. 0630 hrs on 01/29/2024 during a traffic stop.",
			"2024-01-29T06:30", "Reilly was taken into custody during a traffic stop"},
		{"a phrase the date ends", "2024-11-22", "It was a frightening incident on the busy Saturday night.",
			"2024-11-16TNI", "It was a frightening incident"},
		{"not a noun before the date", "2024-11-22", "The council agreed to apply for a playground grant next month.",
			"2024-12", "The council agreed to apply for a playground grant"},
		{"a date's time", "2025-09-10", "The new bridge will be lifted into place in about three months' time, subject to approval.",
			"2025-12", "The new bridge will be lifted into place, subject to approval"},
		{"beyond the date", "2025-09-10", "Any slippage beyond September 2025 would push energisation into 2027.",
			"2027", "Any slippage would push energisation"},
		{"a date before another name qualifies a noun", "2024-11-22", "There will be no work over the Christmas and New Year period.",
			"2024-12-25", "There will be no work over the Christmas and New Year period"},
		{"a participle's particle", "2025-09-10", "Surveys carried out in September confirmed that patch repairs are no longer cost effective.",
			"2025-09", "Surveys carried out confirm patch repairs are no longer cost effective"},
	})
}

// TestApproxPrepositions: "about" and "around" measure only a quantity
// with no preposition of its own.
func TestApproxPrepositions(t *testing.T) {
	runTitleCases(t, []headCase{
		{"about a day", "1850-03-01", "I shall sail for home about the 20th instant, God willing.",
			"1850-03-20", "I shall sail for home, God willing"},
		{"a phrasal verb's particle", "1850-03-01", "We put about at 0800 and stood north.",
			"1850-03-01T08:00", "We put about and stood north"},
	})
}

// TestSubordinateClauseTitles: a date that ends a subordinate clause
// ending the sentence titles the clause: with a pronoun subject, or a
// past verb and its object, and the dates listed after it.
func TestSubordinateClauseTitles(t *testing.T) {
	runTitleCases(t, []headCase{
		{"a pronoun's clause", "2024-11-22", "Coach Mark Pell said it was the best comeback he had seen since he joined the club in 2014.",
			"2014", "Coach Mark Pell joined the club"},
		{"a verb and its object", "2024-11-22", "It is only the third title in its history after the 1960s side led by Billy Crane won back-to-back titles in 1963 and 1964.",
			"1963", "The 1960s side led by Billy Crane won back-to-back titles"},
		{"the second of the list", "2024-11-22", "It is only the third title in its history after the 1960s side led by Billy Crane won back-to-back titles in 1963 and 1964.",
			"1964", "The 1960s side led by Billy Crane won back-to-back titles"},
		{"a name's it is no person", "2024-11-22", "Coach Mark Pell said it was the best comeback on Sunday.",
			"2024-11-17", "Coach Mark Pell says it was the best comeback"},
	})
}

// TestSubordinateClauseNoVerb: a subordinate-looking phrase without a
// verb of its own is no clause.
func TestSubordinateClauseNoVerb(t *testing.T) {
	runTitleCases(t, []headCase{
		{"a preposition's adjective", "2024-11-22", "The operators want the rule reviewed before the first scheduled review point on June 29.",
			"2024-06-29", "The operators want the rule reviewed before the first scheduled review point"},
		{"right after: the main clause's event", "2024-03-10", "It started right after we upgraded on Tuesday.",
			"2024-03-05", "It started right after we upgraded"},
		{"an it that was a thing", "2024-03-10", "The Met Office said it was the strongest gust in Scotland on Tuesday.",
			"2024-03-05", "The Met Office says it was the strongest gust in Scotland"},
		{"a company's it", "2023-10-17", "Norvale Steel said on Tuesday it would cut 2,400 jobs by the end of March 2024.",
			"2024-03", "Norvale Steel would cut 2,400 jobs"},
	})
}

// TestRelativeOfWhole: the relative clause after "a record for the
// event" tells of the event; a contact clause may have one after it.
func TestRelativeOfWhole(t *testing.T) {
	runTitleCases(t, []headCase{
		{"a record's which", "2024-03-15", "Organisers said 30,120 runners started, a record for the event, which was first held in 1981.",
			"1981", "The event was first held"},
		{"a contact clause before a which", "2024-03-15", "It came back, slowly, through the local history project he started in 2013, which recorded more than 200 interviews.",
			"2013", "He started the local history project"},
	})
}
