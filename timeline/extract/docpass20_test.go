package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestGoesOnUntil: what opens on one day and goes on until another is
// one event over the span between them, the words between being the
// event's.
func TestGoesOnUntil(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "runs until, said while it runs", ref: "2026-10-01", text: "The exhibition opens on 14 June and runs until 2 November.",
			want: []brief{{"2026-06-14/2026-11-02", "on 14 June … until 2 November", "The exhibition opens and runs"}}},
		{name: "ran until, said after it", ref: "2026-10-01", text: "The exhibition opened on 14 June and ran until 2 November.",
			want: []brief{{"2025-06-14/2025-11-02", "on 14 June … until 2 November", "The exhibition opened and ran"}}},
		{name: "a range told directly keeps its words", ref: "2026-10-01", text: "The exhibition runs from 14 June to 2 November.",
			want: []brief{{"2026-06-14/2026-11-02", "from 14 June to 2 November", "The exhibition runs"}}},
	})
}

// TestQuotationOpenedByItsDate: a title that is one quotation whose first
// words were its date loses the quotes its date left ('" the Ministry
// revoked the licence."'); a quotation kept whole stays one.
func TestQuotationOpenedByItsDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "straight quotes", text: `"On 14 February 2023 the Ministry revoked the licence."`,
			want: []brief{{"2023-02-14", "On 14 February 2023", "The Ministry revoked the licence"}}},
		{name: "curly quotes", text: "“In March 2023 the company appealed.”",
			want: []brief{{"2023-03", "In March 2023", "The company appealed"}}},
		{name: "after a colon", text: `She said: "On 2 May 2023 we filed."`,
			want: []brief{{"2023-05-02", "On 2 May 2023", "We filed"}}},
	})
}

// TestColumnOfDates: a list written as a column of dates, the events a
// wide gap apart ("1066        Battle of Hastings"), is one item a line
// under its title; a label told again more precisely on its line ("1215
// ... (15 June)") is dated by that and left out of the title.
func TestColumnOfDates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an answer key", text: "ANSWER KEY\n1066        Battle of Hastings; William of Normandy becomes king\n1086        Domesday Book completed\n" +
			"1170        Thomas Becket murdered in Canterbury Cathedral\n1215        King John seals Magna Carta at Runnymede (15 June)\n",
			want: []brief{{"1066", "1066", "Battle of Hastings"}, {"1086", "1086", "Domesday Book completed"},
				{"1170", "1170", "Thomas Becket murdered in Canterbury Cathedral"}, {"1215-06-15", "15 June", "King John seals Magna Carta at Runnymede"}}},
		{name: "tab between", text: "1914\tWar begins\n1918\tArmistice signed\n",
			want: []brief{{"1914", "1914", "War begins"}, {"1918", "1918", "Armistice signed"}}},
	})
}

// TestLaterInAReportOfAYear: "Two weeks later" after a day of the year an
// annual report covers is that day's fortnight on, not a duration; a
// report of a split year ("2023-24") names no one year its months are of.
func TestLaterInAReportOfAYear(t *testing.T) {
	body := "The review panel delivered its final report on 12 February 2024.\n\nTwo weeks later the department opened the Northern Pipeline."
	want := []brief{{"2024-02-12", "on 12 February 2024", "The review panel delivered its final report"}, {"2024-02-26", "Two weeks later", "The department opened the Northern Pipeline"}}
	y2024 := timeline.Citation{Title: "Annual Report 2024", Date: timeline.Date{Prec: timeline.Year, Year: 2024}}
	doc := &timeline.Document{Name: "r.txt", Title: "Annual Report 2024", Sections: []timeline.Section{{Kind: timeline.Body, Text: body, Citation: y2024, RefFrom: "title"}}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("a year's report: got  %q\nwant %q", got, want)
	}
	day := timeline.Citation{Title: "Annual Report 2023-24", Date: timeline.Date{Prec: timeline.Day, Year: 2024, Month: 10, Day: 14}}
	doc = &timeline.Document{Name: "r.txt", Title: "Annual Report 2023-24", Sections: []timeline.Section{{Kind: timeline.Body, Text: body, Citation: day, RefFrom: "header-line"}}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("a split year's report: got  %q\nwant %q", got, want)
	}
}

// TestRateIsNoHabit: an amount a year ("£35 a year") is a rate; the day
// it starts from is an event, as a day "every year" is not.
func TestRateIsNoHabit(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a rent", ref: "2021-09-23", text: "The meeting agreed the new rent of £35 a year starting 1 October.",
			want: []brief{{"2021-10-01", "1 October", "The meeting agreed the new rent of £35 a year"}}},
		{name: "every year", ref: "2021-09-23", text: "The festival is held every year on 9 November.", want: nil},
	})
}

// TestChatMessageIsNoTitle: a chat message unstopped ("The plumber comes
// on Wednesday") was said, and is an event; the same line in a report is
// a title left in the body.
func TestChatMessageIsNoTitle(t *testing.T) {
	cit := timeline.Citation{Outlet: "Jess", Date: timeline.Date{Prec: timeline.Day, Year: 2021, Month: 9, Day: 14}}
	msg := &timeline.Document{Name: "chat.txt", Sections: []timeline.Section{{Kind: timeline.Body, Heading: "Jess", Text: "The plumber comes on Wednesday", Citation: cit, RefFrom: "heading", Message: true}}}
	want := []brief{{"2021-09-15", "on Wednesday", "The plumber comes"}}
	if got := briefs(Events(msg, Options{})); !slices.Equal(got, want) {
		t.Errorf("a message: got %q, want %q", got, want)
	}
	msg.Sections[0].Message = false
	msg.Sections[0].Text = "Annual report 2020\n\nThe report was approved."
	if got := briefs(Events(msg, Options{})); len(got) != 0 {
		t.Errorf("a title: got %q, want none", got)
	}
}

// TestNothingHappenedThen: a denial or a sentence whose subject is none
// says nothing happened since, after or before its date: no event of it;
// "have not won since 1972" keeps the last time they did.
func TestNothingHappenedThen(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a denial", ref: "2019-09-20", text: "The ministry denied on 12 June 2019 that any export licences had been issued since 2017.",
			want: []brief{{"2019-06-12", "on 12 June 2019", "The ministry denies any export licences had been issued since 2017"}}},
		{name: "no source", ref: "2022-08-12", text: "No source reports casualty figures after 2 August.", want: nil},
		{name: "the last time", ref: "2019-05-02", text: "The Harbormen have not won the championship since 1972.",
			want: []brief{{"1972", "since 1972", "The Harbormen have not won the championship"}}},
	})
}

// TestUntilItsEnd: "from 3 April 2018 until her dismissal on 15 January
// 2022" is a span to the day of the dismissal, which is an event too.
func TestUntilItsEnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a dismissal", text: "Ms Hart was employed by the respondent from 3 April 2018 until her dismissal on 15 January 2022.",
			want: []brief{{"2018-04-03/2022-01-15", "from 3 April 2018", "Ms Hart was employed by the respondent"}, {"2022-01-15", "on 15 January 2022", "Ms Hart’s dismissal"}}},
		{name: "a clause", text: "Ms Hart taught at the school from 1974 until she retired in 2001.",
			want: []brief{{"1974/2001", "from 1974", "Ms Hart taught at the school"}, {"2001", "in 2001", "Ms Hart retired"}}},
	})
}

// TestTimeToldTwice: a time told roughly then exactly ("About 90 seconds
// later, at 14:33:40 UTC"), or again on the place's clock in a bracket of
// its own ("(23:40 local)"), is one event.
func TestTimeToldTwice(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "rough then exact", ref: "2023-06-12", text: "About 90 seconds later, at 14:33:40 UTC, the crew began an emergency descent.",
			want: []brief{{"2023-06-12T14:33:40Z", "at 14:33:40 UTC", "The crew began an emergency descent"}}},
		{name: "after midnight", ref: "2024-05-21", text: "Shortly after midnight, at 00:25 on 18 May, the dyke was overtopped.",
			want: []brief{{"2024-05-18T00:25", "at 00:25 on 18 May", "Shortly after midnight, the dyke was overtopped"}}},
		{name: "the local clock", ref: "2024-05-21", text: "At 21:40 UTC on 17 May the operator reported the spillway in use (23:40 local).",
			want: []brief{{"2024-05-17T21:40Z", "At 21:40 UTC on 17 May", "The operator reported the spillway in use (23:40 local)"}}},
	})
}

// TestTimesNamedAgain: a clock time told before and named again in a
// bracket ("the score of 7 (23:55)") is no new event; a deadline ("due by
// 1 December") is no day the text goes on in.
func TestTimesNamedAgain(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a bracket", ref: "2024-02-15", text: "On 22 January 2024 at 23:55 the assistant recorded a score of 7.\n\nThe interval between the score of 7 (23:55) and the doctor's visit was long.",
			want: []brief{{"2024-01-22T23:55", "On 22 January 2024 at 23:55", "The assistant recorded a score of 7"}}},
	})
	cit := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2023, Month: 11, Day: 16}}
	doc := &timeline.Document{Name: "pm.md", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "Post-mortem: Payments API outage, 14 November 2023", Citation: cit},
		{Kind: timeline.Body, Heading: "Post-mortem: Payments API outage, 14 November 2023", Text: "The API returned errors for 47 minutes.", Citation: cit},
		{Kind: timeline.Body, Heading: "Follow-up", Text: "Action items are due by 1 December 2023.", Citation: cit},
		{Kind: timeline.Body, Heading: "Impact", Text: "Peak error rate 14.3% at 09:30.", Citation: cit},
	}}
	got := briefs(Events(doc, Options{}))
	i := slices.IndexFunc(got, func(b brief) bool { return b.DateText == "at 09:30" })
	if i < 0 || got[i].Value == "2023-12-01T09:30" {
		t.Errorf("the peak at 09:30 is missing or on the deadline's day: %q", got)
	}
}

// TestNothingOfAnyKind: "has not detained any journalist since 2017" says
// nothing happened since; no event of 2017.
func TestNothingOfAnyKind(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "any", ref: "2020-03-01", text: "The government said it has not detained any journalist for their work since 2017.", want: nil},
		{name: "a single", ref: "2020-03-01", text: "The minister said the government has not cut a single safety post since 2020.", want: nil},
	})
}

// TestChatReplyGoesOnFromTheQuestion: in a chat, a reply's bare time is of
// the day the question before it asked about ("see you on Friday?" "Yes!
// 7pm.").
func TestChatReplyGoesOnFromTheQuestion(t *testing.T) {
	day := timeline.Date{Prec: timeline.Day, Year: 2019, Month: 6, Day: 3}
	msg := func(who, text string) timeline.Section {
		return timeline.Section{Kind: timeline.Body, Heading: who, Text: text, Citation: timeline.Citation{Outlet: who, Date: day}, RefFrom: "heading", Message: true}
	}
	doc := &timeline.Document{Name: "chat.txt", Sections: []timeline.Section{
		msg("Ana", "Flights booked! We land in Lisbon on the 21st at 18:40"),
		msg("Ana", "see you on Friday for dinner at mum's?"),
		msg("Rui", "Yes! 7pm."),
	}}
	got := briefs(Events(doc, Options{}))
	if i := slices.IndexFunc(got, func(b brief) bool { return b.DateText == "7pm" }); i < 0 || got[i].Value != "2019-06-07T19:00" {
		t.Errorf("the reply's 7pm is missing or not 2019-06-07T19:00: %q", got)
	}
}

// TestPrepositionOverAWrap: a preposition at a line's end before its date
// on the next line ("erupted in¶AD 79") is no part of the title (the date
// text stays as it was, and with it the event's id).
func TestPrepositionOverAWrap(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "hard wrap", text: "Mount Vesuvius erupted in\nAD 79 and buried Pompeii.",
			want: []brief{{"0079", "AD 79", "Mount Vesuvius erupted and buried Pompeii"}}},
	})
}

// TestEachIsNoHabitAlone: "each" before a thing, not a time ("each bucket
// is large"), makes no habit of the sentence's time; "every day" does.
func TestEachIsNoHabitAlone(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "each bucket", ref: "2024-08-19", text: "On 17 August 2024 at 11:20 a helicopter began water drops; each bucket is large.",
			want: []brief{{"2024-08-17T11:20", "On 17 August 2024 at 11:20", "A helicopter began water drops"}}},
		{name: "every day", ref: "2024-08-19", text: "Breakfast is served at 7am every day.", want: nil},
	})
}

// TestAndInsideAName: "and" between two capitalised words is inside a
// name ("the Stockton and Darlington Railway"), no link between clauses
// to cut the title at.
func TestAndInsideAName(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two railways", text: "In the 1820s railways arrived: the Stockton and Darlington Railway opened on 27 September 1825, and five years later the Liverpool and Manchester Railway opened in September 1830.",
			want: []brief{{"182", "In the 1820s", "Railways arrived"}, {"1825-09-27", "on 27 September 1825", "The Stockton and Darlington Railway opened"},
				{"1830", "five years later", "The Liverpool and Manchester Railway opened in September 1830"}, {"1830-09", "in September 1830", "The Liverpool and Manchester Railway opened"}}},
	})
}

// TestBracketedPeriods: a reign in brackets is the reign of the one named
// before it; the years of a war named before them are that war's; a
// bracket left with its label alone leaves the title.
func TestBracketedPeriods(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a war", text: "In the Second Punic War (218–201 BC) Hannibal crossed the Alps with elephants in 218 BC.",
			want: []brief{{"BC0218", "in 218 BC", "In the Second Punic War Hannibal crossed the Alps with elephants"}, {"BC0218/BC0201", "218–201 BC", "Second Punic War"}}},
		{name: "a reign", text: "He ruled as Henry VII (r. 1485–1509).",
			want: []brief{{"1485/1509", "1485–1509", "Reign of Henry VII"}}},
		{name: "a name with of", text: "Richard I of England (r. 1189–1199) joined the Third Crusade.",
			want: []brief{{"1189/1199", "1189–1199", "Reign of Richard I of England"}}},
	})
}

// TestLogDayIsNoStatement: a log's day heading over lines that open with
// their times makes no event of its own besides them; a diary's day over
// its prose does.
func TestLogDayIsNoStatement(t *testing.T) {
	day := timeline.Date{Prec: timeline.Day, Year: 2024, Month: 1, Day: 22}
	sec := func(text string) *timeline.Document {
		return &timeline.Document{Name: "log.txt", Sections: []timeline.Section{{Kind: timeline.Body, Heading: "22 January 2024", Text: text,
			Citation: timeline.Citation{Date: day}, RefFrom: "heading", Statement: true}}}
	}
	log := briefs(Events(sec("14:10 Patient admitted to Ward 7B. NEWS2 score 3.\n18:00 Observations recorded; NEWS2 score 4."), Options{}))
	if len(log) != 2 {
		t.Errorf("a log's day: got %q, want its two timed entries only", log)
	}
	diary := briefs(Events(sec("Lost many of the lads. The attack went in at 7.30 and stalled by noon."), Options{}))
	if !slices.ContainsFunc(diary, func(b brief) bool { return b.Value == "2024-01-22" }) {
		t.Errorf("a diary's day: got %q, want the day's own event too", diary)
	}
}
