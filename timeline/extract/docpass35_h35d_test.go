package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestInterviewerYesNoQuestion35h35d: an interviewer's yes-or-no question
// ("Q. Do you remember the storm of 1981?", "INTERVIEWER: Were you at
// school in 1987?") asks and asserts nothing: no event of its own. A
// question that tells a fact in a clause of its own ("When the mill
// closed in 1985, what did you do?") still dates it, and a speaker's
// proposal of a day to come ("Can we move the launch to 24 March?")
// stays the question it is.
func TestInterviewerYesNoQuestion35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Q. do you remember", text: "Q. Do you remember the storm of 1981?\nA. Oh yes. The river rose over the bridge.",
			want: nil},
		{name: "Q: did it reopen", text: "Q: Did the mill reopen in 1990?\nA: No, it never reopened.",
			want: nil},
		{name: "interviewer's label", text: "INTERVIEWER: Were you at school in 1987?\nHALE: I was. I left school in the summer of 1988.",
			want: []brief{{"1988-SU", "in the summer of 1988", "Hale: I left school"}}},
		{name: "host with a stamp", text: "[00:04:10] HOST: Have you been back to the valley since 2005?\n[00:04:15] GUEST: Only once, for my father's funeral.",
			want: nil},
		{name: "second question of the turn", text: "INTERVIEWER: Tell me about the farm. Was it sold in 1972?\nMORRIS: It was sold to the Hendersons.",
			want: nil},
		{name: "a named speaker asks of the past", text: "DANA: Did you see the flood of 1968?\nTOM: I was away at sea.",
			want: nil},
		{name: "a fact in the question's clause", text: "Q. When the mill closed in 1985, what did you do?\nA. I found work at the bakery.",
			want: []brief{{"1985", "in 1985", "The mill closed"}}},
		{name: "the answer tells it", text: "INTERVIEWER: Were you at school in 1987?\nHALE: Yes, I left in July 1988.",
			want: []brief{{"1988-07", "in July 1988", "Yes, I left"}}},
		{name: "a proposal stays", ref: "2025-03-11", text: "ANA: Can we move the launch to 24 March?\nBEN: Fine by me.",
			want: []brief{{"2025-03-24", "24 March", "Can we move the launch?"}}},
		{name: "a question in prose stays", ref: "2025-03-11", text: "Will ferries sail again in April? The operator has not said.",
			want: []brief{{"2025-04", "in April", "Will ferries sail again?"}}},
	})
}

// TestUnitAfterNamed35h35d: "the day after the storm", "the week after
// the storm" count from the day the text told the storm on ("The storm
// hit on 15 October 1987"); a happening the text does not date gives no
// day (and never the document's own).
func TestUnitAfterNamed35h35d(t *testing.T) {
	const storm = "The storm hit on 15 October 1987. "
	hit := brief{"1987-10-15", "on 15 October 1987", "The storm hit"}
	runRealCases(t, []realCase{
		{name: "the day after, opening", ref: "2017-06-14", text: storm + "The day after the storm we walked to the village.",
			want: []brief{hit, {"1987-10-16", "The day after the storm", "We walked to the village"}}},
		{name: "the day after, closing", ref: "2017-06-14", text: storm + "We walked to the village the day after the storm.",
			want: []brief{hit, {"1987-10-16", "the day after the storm", "We walked to the village"}}},
		{name: "the morning after, a sentence between", ref: "2017-06-14", text: storm + "Our house was dark. On the morning after the storm, the lane was blocked by an oak.",
			want: []brief{hit, {"1987-10-16", "On the morning after the storm", "The lane was blocked by an oak"}}},
		{name: "the week after", ref: "2017-06-14", text: storm + "The week after the storm the school reopened.",
			want: []brief{hit, {"1987-W43", "The week after the storm", "The school reopened"}}},
		{name: "the month before", ref: "2017-06-14", text: storm + "The month before the storm we had moved in.",
			want: []brief{{"1987-09", "The month before the storm", "We had moved in"}, hit}},
		{name: "the year after", ref: "2017-06-14", text: storm + "The year after the storm we rebuilt the barn.",
			want: []brief{hit, {"1988", "The year after the storm", "We rebuilt the barn"}}},
		{name: "an undated storm", ref: "2017-06-14", text: "The day after the storm we walked to the village.",
			want: nil},
		{name: "another happening", ref: "2017-06-14", text: storm + "The day after the wedding we left for Wales.",
			want: []brief{hit}},
		{name: "a day of its own", ref: "2017-06-14", text: storm + "The day after the storm, on 16 October, we walked to the village.",
			want: []brief{hit, {"1987-10-16", "on 16 October", "The day after the storm, we walked to the village"}}},
	})
}

// TestLengthAfterNamed35h35d: "for nine days after the storm" is how long
// it lasted from the storm's day, not a day nine days on.
func TestLengthAfterNamed35h35d(t *testing.T) {
	const storm = "The storm hit on 15 October 1987. "
	hit := brief{"1987-10-15", "on 15 October 1987", "The storm hit"}
	runRealCases(t, []realCase{
		{name: "lost power for nine days after", ref: "2017-06-14", text: storm + "We lost power for nine days after the storm.",
			want: []brief{hit, {"1987-10-15/1987-10-24", "for nine days after the storm", "We lost power"}}},
		{name: "came back nine days after", ref: "2017-06-14", text: storm + "The power came back nine days after the storm.",
			want: []brief{hit, {"1987-10-24", "nine days after the storm", "The power came back"}}},
		{name: "planned for thirty days after", ref: "2025-06-01", text: "The game launches on June 12, 2025. A patch is planned for 30 days after launch.",
			want: []brief{{"2025-06-12", "on June 12, 2025", "The game launches"}, {"2025-07-12", "30 days after launch", "A patch is planned"}}},
	})
}

// TestRecordedRecollection35h35d: an oral history dated by its recording
// tells no event on that day from a sentence timed by a happening it
// names ("The day after the storm we walked to the village"): that was
// then, not on the day it was recorded.
func TestRecordedRecollection35h35d(t *testing.T) {
	rec := timeline.Date{Prec: timeline.Day, Year: 2017, Month: 6, Day: 14}
	for _, tc := range []struct {
		name, text string
		want       []brief
	}{
		{"the day after an undated storm", "The great storm of 1987 flattened the woods. The day after the storm we walked to the village.",
			[]brief{{"1987", "1987", "The great storm of 1987 flattened the woods"}}},
		{"the week after, alone", "The week after the storm the school reopened.", nil},
		{"in the days after", "In the days after the flood nobody slept.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "oral.txt", Sections: []timeline.Section{{Kind: timeline.Body, Text: tc.text,
				Citation: timeline.Citation{Date: rec}, Statement: true}}}
			if got := briefs(Events(doc, Options{})); !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestNumberedQuestionLabel35h35d: a committee's numbered question
// ("Q3 Owen Blake: Did you consult passengers before April 2022?") is
// read past its label, whatever the label holds.
func TestNumberedQuestionLabel35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a yes-no question under a numbered label", ref: "2024-05-14", text: "Q3 Owen Blake: Did you consult passengers before April 2022?\nMark Dunn: We held two drop-in sessions in February 2022.",
			want: []brief{{"2022-02", "in February 2022", "Mark Dunn: we held two drop-in sessions"}}},
		{name: "a question of what may come under a numbered label", ref: "2024-05-14", text: "Q4 Priya Shah: Will the service be restored next year?\nMark Dunn: We have applied to the fund.",
			want: []brief{{"2025", "next year", "Will the service be restored?"}}},
	})
}

// TestSpeakerBeforeDate35h35d: a speaker's one-word label before the date
// that opens the turn ("HOLT: On Monday the union voted to strike.", "Tom:
// In 1952 my grandfather opened it.") names who speaks, as a longer label
// does, in a transcript of more than one speaker; a field's label ("Born:
// 3 May 1920, Uppsala") and a lone label keep their form.
func TestSpeakerBeforeDate35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "capitals, a clause after the day", ref: "2023-11-03", text: "CHAIR: Thank you.\nHOLT: On Monday the union voted to strike.",
			want: []brief{{"2023-10-30", "On Monday", "The union voted to strike"}}},
		{name: "a name, first person", ref: "2023-11-03", text: "Maya: Welcome back.\nTom: In 1952 my grandfather opened it.",
			want: []brief{{"1952", "In 1952", "Tom: my grandfather opened it"}}},
		{name: "a longer label as before", ref: "2023-11-03", text: "Maya Ortiz: Welcome back.\nTom Beckett: In 1952 my grandfather opened it.",
			want: []brief{{"1952", "In 1952", "Tom Beckett: my grandfather opened it"}}},
		{name: "a lone label stays", ref: "2023-11-03", text: "Update: On Monday the union voted to strike.",
			want: []brief{{"2023-10-30", "On Monday", "Update – the union voted to strike"}}},
		{name: "a record's field stays", ref: "2023-11-03", text: "Present: J. Patel, M. Ferris.\nDecision: On Monday the board approved the budget.",
			want: []brief{{"2023-10-30", "On Monday", "Decision – the board approved the budget"}}},
	})
}

// TestFieldsStayFields35h35d: a record's fields ("Born: Marta Lind, 12
// April 1921, Gävle") are no speakers' turns, whatever other labels the
// text has.
func TestFieldsStayFields35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "born and died", text: "Born: Marta Lind, 12 April 1921, Gävle.\nDied: 3 May 2001, Uppsala.",
			want: []brief{{"1921-04-12", "12 April 1921", "Born – Marta Lind, Gävle"}, {"2001-05-03", "3 May 2001", "Died – Uppsala"}}},
	})
}

// TestDiedAgedStaysField35h35d: "Died: 3 November 2004 (aged 83)" is a
// field, its bracket no clause.
func TestDiedAgedStaysField35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "died, aged", text: "Born: 12 April 1921, Gävle.\nDied: 3 November 2004 (aged 83), Uppsala.",
			want: []brief{{"1921-04-12", "12 April 1921", "Born – Gävle"}, {"2004-11-03", "3 November 2004", "Died – Uppsala"}}},
	})
}

// TestPassiveWhenQuestion35h35d: an answer that is a date alone dates what
// the question of when before it asked about, asked in the passive too
// ("When were you born?" "In 1931." is "Born"; "When was the mill built?"
// is "The mill was built"), and "When did you marry?" is "Married"; a
// speaker's doubt after the date ("In 1890, I think.") leaves it alone.
func TestPassiveWhenQuestion35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "born", ref: "2019-03-09", text: "SK: When were you born?\nAP: In 1931.",
			want: []brief{{"1931", "In 1931", "Born"}}},
		{name: "built", ref: "2019-03-09", text: "SK: When was the mill built?\nAP: In 1890.",
			want: []brief{{"1890", "In 1890", "The mill was built"}}},
		{name: "married", ref: "2019-03-09", text: "SK: When did you marry?\nAP: In 1955.",
			want: []brief{{"1955", "In 1955", "Married"}}},
		{name: "q and a", ref: "2019-03-09", text: "Q: When were you born?\nA: In 1931.",
			want: []brief{{"1931", "In 1931", "Born"}}},
		{name: "a doubt after the date", ref: "2019-03-09", text: "SK: When was the mill built?\nAP: In 1890, I think.",
			want: []brief{{"1890", "In 1890", "The mill was built"}}},
		{name: "a marker before the date", ref: "2019-03-09", text: "SK: When were you born?\nAP: Oh, in 1931, if I remember rightly.",
			want: []brief{{"1931", "in 1931", "Born"}}},
		{name: "the shop opened when, as before", ref: "2019-03-09", text: "DANA: And the shop opened when?\nTOM: In the spring of 2001.",
			want: []brief{{"2001-SP", "In the spring of 2001", "The shop opened"}}},
	})
}

// TestTagQuestion35h35d: a statement with a tag that asks to be told so
// ("So the mill closed in 1985, did it?") is titled by what it tells, no
// question.
func TestTagQuestion35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "did it", ref: "2019-03-09", text: "INTERVIEWER: So the mill closed in 1985, did it?\nHALE: It did.",
			want: []brief{{"1985", "in 1985", "The mill closed"}}},
		{name: "didn't it", ref: "2019-03-09", text: "INTERVIEWER: The mill closed in 1985, didn't it?\nHALE: It did.",
			want: []brief{{"1985", "in 1985", "The mill closed"}}},
		{name: "right", ref: "2019-03-09", text: "INTERVIEWER: You moved to Leeds in 1990, right?\nHALE: Yes.",
			want: []brief{{"1990", "in 1990", "You moved to Leeds"}}},
		{name: "a question of which stays", ref: "2019-03-09", text: "Which came first in 1990, the mill or the school?",
			want: []brief{{"1990", "in 1990", "Which came first"}}},
	})
}
