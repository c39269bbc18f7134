package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestInstrumentStageInItsText35h35c: an instrument that says in its own
// text when it comes into force or is made ("This Order comes into force
// on 1 April 2024.") gives the day its later articles count from, as its
// header would; a term of months from that day ends on a day.
func TestInstrumentStageInItsText35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "months after coming into force", ref: "2024-01-10",
			text: "This Order comes into force on 1 April 2024.\n\nArticle 3 applies from the day 3 months after the day on which this Order comes into force.",
			want: []brief{{"2024-04-01", "on 1 April 2024", "This Order comes into force"}, {"2024-07-01", "from the day 3 months after the day on which this Order comes into force", "Article 3 applies"}}},
		{name: "days after it is made", ref: "2024-01-10",
			text: "These Regulations are made on 4 March 2024.\n\nRegulation 5 comes into force 21 days after the day on which these Regulations are made.",
			want: []brief{{"2024-03-04", "on 4 March 2024", "These Regulations are made"}, {"2024-03-25", "21 days after the day on which these Regulations are made", "Regulation 5 comes into force"}}},
		{name: "two days for different purposes give none", ref: "2024-01-10",
			text: "This Order comes into force on 1 April 2024 for the purposes of article 2 and on 1 October 2024 for all other purposes.\n\nArticle 3 applies from the day 3 months after the day on which this Order comes into force.",
			want: []brief{{"2024-04-01", "on 1 April 2024", "This Order comes into force for the purposes of article 2"}, {"2024-10-01", "on 1 October 2024", "This Order comes into force for all other purposes"}}},
		{name: "another article's day is not the order's", ref: "2024-01-10",
			text: "Article 2 comes into force on 1 May 2024.\n\nArticle 3 applies from the day 3 months after the day on which this Order comes into force.",
			want: []brief{{"2024-05-01", "on 1 May 2024", "Article 2 comes into force"}}},
	})
}

// TestEventOfANoun35h35c: a day right after an event that a noun is of
// ("the costs of the hearing on 5 March"), in a sentence told as an
// obligation or in the present, dates the event, not what the sentence
// orders; told in the past, the sentence's verb may be the day's, and
// keeps it.
func TestEventOfANoun35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "costs of the hearing", ref: "2024-01-10", text: "The Defendant shall pay the costs of the hearing on 5 March.",
			want: []brief{{"2023-03-05", "on 5 March", "The hearing"}}}, // (h36c: a hearing whose costs are ordered was held: the March before)
		{name: "costs of the final hearing, a possessive", ref: "2024-01-10", text: "The Respondent must pay the Applicant's costs of the final hearing on 12 February 2024.",
			want: []brief{{"2024-02-12", "on 12 February 2024", "The final hearing"}}},
		{name: "in advance of the trial", ref: "2024-01-10", text: "The Claimant shall file a witness statement in advance of the trial on 3 June 2024.",
			want: []brief{{"2024-06-03", "on 3 June 2024", "The trial"}}},
		{name: "in the subject", ref: "2024-08-10", text: "The outcome of the case management conference on 9 July 2024 is set out below.",
			want: []brief{{"2024-07-09", "on 9 July 2024", "The case management conference"}}},
		{name: "told in the past", ref: "2024-08-10", text: "The council published the results of the ballot on 5 March 2024.",
			want: []brief{{"2024-03-05", "on 5 March 2024", "The council published the results of the ballot"}}},
		{name: "an adjournment is the order's", ref: "2024-01-10", text: "The judge will consider the adjournment of the hearing on 5 March 2024.",
			want: []brief{{"2024-03-05", "on 5 March 2024", "The judge will consider the adjournment of the hearing"}}},
		{name: "no event noun", ref: "2024-01-10", text: "The Defendant shall pay the balance of the account on 5 March 2024.",
			want: []brief{{"2024-03-05", "on 5 March 2024", "The Defendant shall pay the balance of the account"}}},
		{name: "the minutes stay held", ref: "2024-06-10", text: "The minutes of the meeting of 4 May 2024 were approved.",
			want: []brief{{"2024-05-04", "4 May 2024", "The meeting was held"}}},
	})
}

// TestParticipleOfAnObject35h35c: a day in a participle phrase after a
// noun ("the judgment entered on 3 December 2024") dates that noun's
// participle, also after a phrasal verb's particle ("set aside the
// judgment entered on") and after a verb an order gives with its modal
// ("shall repay the deposit paid on"); what follows the day is the
// order's.
func TestParticipleOfAnObject35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "set aside the judgment entered", ref: "2025-03-10", text: "The application to set aside the judgment entered on 3 December 2024 is granted.",
			want: []brief{{"2024-12-03", "on 3 December 2024", "The judgment was entered"}}},
		{name: "a modal's object", ref: "2025-03-10", text: "The Tenant shall repay the deposit paid on 1 October 2014 within 10 days of the end of the tenancy.",
			want: []brief{{"2014-10-01", "on 1 October 2014", "The deposit was paid"}}},
		{name: "a modal's object, a place after", ref: "2025-03-10", text: "The Landlord must return the keys handed over on 2 May 2024 at the office.",
			want: []brief{{"2024-05-02", "on 2 May 2024", "The keys were handed over"}}},
		{name: "a modal's own day stays", ref: "2025-03-10", text: "The Tenant shall repay the deposit on 1 October 2025.",
			want: []brief{{"2025-10-01", "on 1 October 2025", "The Tenant shall repay the deposit"}}},
		{name: "a modal's passive stays", ref: "2025-03-10", text: "The deposit will be repaid on 1 October 2025.",
			want: []brief{{"2025-10-01", "on 1 October 2025", "The deposit will be repaid"}}},
	})
}

// TestLeadPhraseBeforeAnAddress35h35c: a phrase opening with a
// preposition, its comma the first of an address ("Before District Judge
// Marlow sitting at Northbridge County Court, Castle Street, Northbridge
// on 14 February 2025"), is no lead-in to drop: what follows is no clause.
func TestLeadPhraseBeforeAnAddress35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a court's address", ref: "2025-03-10", text: "Before District Judge Marlow sitting at Northbridge County Court, Castle Street, Northbridge on 14 February 2025.",
			want: []brief{{"2025-02-14", "on 14 February 2025", "Before District Judge Marlow sitting at Northbridge County Court, Castle Street"}}},
		{name: "a lead-in before a clause", ref: "2025-03-10", text: "After the hearing at Northbridge, the judge adjourned the case on 14 February 2025.",
			want: []brief{{"2025-02-14", "on 14 February 2025", "The judge adjourned the case"}}},
	})
}

// TestDefinedDayInAnUndatedText35h35c: a day the document defines by
// name ("1 October 2024 (the "Commencement Date")") is that day wherever
// the name stands, in a text of no date of its own too; it is no plan of
// a year unknown.
func TestDefinedDayInAnUndatedText35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "due on the defined day", text: "The tenancy starts on 1 October 2024 (the \"Commencement Date\").\n\nThe first payment is due on the Commencement Date.",
			want: []brief{{"2024-10-01", "on 1 October 2024", "Commencement Date"}, {"2024-10-01", "on the Commencement Date", "The first payment is due"}}},
		{name: "a day of no year stays out", text: "The tenancy started on 1 October 2024.\n\nThe rent review is due on 20 December.",
			want: []brief{{"2024-10-01", "on 1 October 2024", "The tenancy started"}}},
	})
}

// TestSubjectParticipleBeforeAPresent35h35c: a day in the subject's
// participle phrase ("The inventory dated 25 September 2024 forms part
// of this Agreement", "The report published on 3 May 2024 shows ...")
// dates the participle, the present after it being no event of that
// day, as a past or an auxiliary after it is not.
func TestSubjectParticipleBeforeAPresent35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a document dated", ref: "2025-03-10", text: "The inventory dated 25 September 2024 forms part of this Agreement.",
			want: []brief{{"2024-09-25", "25 September 2024", "The inventory"}}},
		{name: "a report published", ref: "2025-03-10", text: "The report published on 3 May 2024 shows that rents rose.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The report was published"}}},
		{name: "a plural subject", ref: "2025-03-10", text: "The plans submitted on 3 May 2024 include a new access road.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The plans were submitted"}}},
		{name: "the date the main verb's", ref: "2025-03-10", text: "The report shows on 3 May 2024 that rents rose.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The report shows that rents rose"}}},
	})
}

// TestStageLinesRunIntoArticles35h35c: an instrument's header lines run
// together with its articles in one section ("Made 3rd February
// 2025¶¶Coming into force 1st March 2025¶¶5. Regulation 6 comes into
// force 6 months after the day on which these Regulations come into
// force.", as a Markdown page gives them) are its stages, each an event
// and the day the articles count from, as when each is a section.
func TestStageLinesRunIntoArticles35h35c(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		want       []brief
	}{
		{name: "two stage lines, then the articles",
			body: "Made 3rd February 2025\n\nComing into force 1st March 2025\n\n5. Regulation 6 comes into force 6 months after the day on which these Regulations come into force.",
			want: []brief{{"2025-02-03", "3rd February 2025", "Made: The Footpath Signs Regulations 2025"}, {"2025-03-01", "1st March 2025", "Coming into force: The Footpath Signs Regulations 2025"},
				{"2025-09-01", "6 months after the day on which these Regulations come into force", "Regulation 6 comes into force"}}},
		{name: "a stage line in a paragraph is none",
			body: "The Regulations were made 3rd February 2025 and laid on 5th February 2025.\n\nComing into force 1st March 2025",
			want: []brief{{"2025-02-03", "3rd February 2025", "The Regulations were made"}, {"2025-02-05", "on 5th February 2025", "The Regulations were made and laid"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "si.md", Title: "The Footpath Signs Regulations 2025", Sections: []timeline.Section{
				{Kind: timeline.Heading, Text: "The Footpath Signs Regulations 2025"},
				{Kind: timeline.Body, Heading: "The Footpath Signs Regulations 2025", Text: tt.body},
			}}
			if got := briefs(Events(doc, Options{})); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCitedAsAndInForce35h35c: an instrument's sentence of its name and
// its coming into force ("These Regulations may be cited as ... and come
// into force on 1st March 2025") is its coming into force; the name is
// no event.
func TestCitedAsAndInForce35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "regulations", ref: "2024-01-10", text: "These Regulations may be cited as the Coastal Footpaths (Maintenance Charges) Regulations 2025 and come into force on 1st March 2025.",
			want: []brief{{"2025-03-01", "on 1st March 2025", "These Regulations come into force"}}},
		{name: "an order", ref: "2024-01-10", text: "This Order may be cited as the Harbour Dues Order 2024 and comes into force on 1st April 2024.",
			want: []brief{{"2024-04-01", "on 1st April 2024", "This Order comes into force"}}},
		{name: "two verbs of another kind stay", ref: "2024-01-10", text: "The Council may review the scheme and must publish its findings by 31 March 2026.",
			want: []brief{{"2026-03-31", "by 31 March 2026", "The Council may review the scheme and must publish its findings"}}},
	})
}

// TestGappedDayWithItsPhrase35h35c: the second of two days a clause gives,
// each with its own phrase ("on 1 April 2024 for members and on 8 April
// 2024 for the public"), is the clause's with the second phrase.
func TestGappedDayWithItsPhrase35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "for the public", ref: "2024-01-10", text: "The museum opens on 1 April 2024 for members and on 8 April 2024 for the public.",
			want: []brief{{"2024-04-01", "on 1 April 2024", "The museum opens for members"}, {"2024-04-08", "on 8 April 2024", "The museum opens for the public"}}},
		{name: "for repairs", ref: "2024-01-10", text: "The library closes on 3 May for staff training and on 10 May for repairs.",
			want: []brief{{"2024-05-03", "on 3 May", "The library closes for staff training"}, {"2024-05-10", "on 10 May", "The library closes for repairs"}}},
		{name: "a clause of its own after the second day", ref: "2024-01-10", text: "The library closed on 3 May for training and on 10 May it reopened.",
			want: []brief{{"2023-05-03", "on 3 May", "The library closed for training"}, {"2023-05-10", "on 10 May", "It reopened"}}},
	})
}

// TestDocumentOfADay35h35c: a day written after "of" and a document or a
// decision ("the letter of 2 April 2022", "the Tribunal's decision of 14
// August 2023") is that document's day, whatever the sentence says of it;
// a year or a month after "of" names no document's day.
func TestDocumentOfADay35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "relies on the letter", ref: "2023-01-10", text: "The Claimant relies on the letter of 2 April 2022.",
			want: []brief{{"2022-04-02", "2 April 2022", "The letter"}}},
		{name: "an objection to a decision", ref: "2023-09-10", text: "Any objection to the Tribunal's decision of 14 August 2023 must be lodged within 28 days.",
			want: []brief{{"2023-08-14", "14 August 2023", "The Tribunal's decision"}}},
		{name: "set aside the order", ref: "2023-09-10", text: "The court set aside the order of 5 May 2023.",
			want: []brief{{"2023-05-05", "5 May 2023", "The order"}}},
		{name: "a year's report stays", ref: "2025-03-10", text: "The council published the report of 2023 in March 2024.",
			want: []brief{{"2024-03", "in March 2024", "The council published the report of 2023"}}},
	})
}
