package extract

import "testing"

// TestLawVersionIsNoEvent36h36c: a day that tells which text of a law is
// meant ("as in force immediately before 1 March 2025", "as it had effect
// before", "as they stood on") is no event, nor is the same day named
// again in its sentence ("before that day"); a law that came, was or
// remained in force on a day is told by its verb, and stays.
func TestLawVersionIsNoEvent36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "as in force immediately before", ref: "2026-02-10",
			text: "Regulation 4 of the principal Regulations, as in force immediately before 1st March 2025, continues to apply to a deposit received before that date."},
		{name: "as it had effect before", ref: "2026-02-10",
			text: "Section 12, as it had effect before 6 April 2023, continues to apply."},
		{name: "as they stood on, and that day again", ref: "2026-02-10",
			text: "The Regulations as they stood on 1 April 2020 apply to any tenancy granted before that day."},
		{name: "as it read on", ref: "2026-02-10",
			text: "Paragraph 3, as it read on 1 January 2022, is to be treated as having effect."},
		{name: "the rules in force immediately before", ref: "2026-02-10",
			text: "The rules in force immediately before 1 October 2024 continue to apply to existing cases."},
		{name: "as it stood in a year", ref: "2026-02-10",
			text: "The law as it stood in 1998 did not allow this."},
		{name: "came into force stays", ref: "2026-02-10",
			text: "The Act came into force on 1st March 2025.",
			want: []brief{{"2025-03-01", "on 1st March 2025", "The Act came into force"}}},
		{name: "was in force stays", ref: "2026-02-10",
			text: "The Order was in force on 1 April 2020.",
			want: []brief{{"2020-04-01", "on 1 April 2020", "The Order was in force"}}},
		{name: "people who stood stay", ref: "2026-02-10",
			text: "The marchers were photographed as they stood on 3 May 2025 outside the court.",
			want: []brief{{"2025-05-03", "on 3 May 2025", "The marchers were photographed as they stood outside the court"}}},
		{name: "an amendment made that day stays", ref: "2026-02-10",
			text: "The Regulations were amended on 3 May 2024.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The Regulations were amended"}}},
	})
}

// TestBeforeAnEventIsADeadline36h36c: a day that dates an event something
// else must come before ("shall file a bundle before the hearing on 12
// June") bounds that thing: BEFORE the day, or ON_OR_BEFORE after "no
// later than"; not when "before" is in a body's presence ("appeared before
// the hearing"), nor when the phrase opens the sentence and its event is
// the title ("Before the meeting on 12 June 2025, ...": the meeting's day).
func TestBeforeAnEventIsADeadline36h36c(t *testing.T) {
	runBoundCases37(t, "2026-02-10", []boundCase37{
		{"before the hearing", "The Claimant shall file a bundle before the hearing on 12 June.",
			"2026-06-12", "BEFORE", "The Claimant shall file a bundle before the hearing"},
		{"prior to a hearing listed for", "The Claimant must serve its evidence prior to the final hearing listed for 12 June.",
			"2026-06-12", "BEFORE", ""},
		{"no later than the review", "The parties shall exchange witness statements no later than the pre-trial review on 12 June.",
			"2026-06-12", "ON_OR_BEFORE", "The parties shall exchange witness statements no later than the pre-trial review"},
		{"told in the past", "The Claimant filed a bundle before the hearing on 12 June 2025.",
			"2025-06-12", "BEFORE", "The Claimant filed a bundle before the hearing"},
		{"a tenancy's inspection", "The Tenant must leave the property before the inspection on 3 April.",
			"2026-04-03", "BEFORE", "The Tenant must leave the property before the inspection"},
		{"no later than a day stays", "The Defendant must serve a defence no later than 12 June.",
			"2026-06-12", "ON_OR_BEFORE", "The Defendant must serve a defence"},
		{"appeared before", "The witness appeared before the hearing on 12 June 2025.",
			"2025-06-12", "", "The witness appeared before the hearing"},
		{"placed before the meeting", "The report was placed before the meeting on 12 June 2025.",
			"2025-06-12", "", "The report was placed before the meeting"},
		{"opening the sentence", "Before the meeting on 12 June 2025, the councillors toured the site.",
			"2025-06-12", "", ""},
		{"the hearing's own day", "The hearing on 12 June 2025 was adjourned.",
			"2025-06-12", "", "The hearing was adjourned"},
	})
}

// TestHeldEventOfAnOrder36h36c: in a court order, the day of a hearing
// whose costs are ordered, or that the order's recital says was heard, is
// of a hearing held: the latest such day before the order's, not the next
// one the order's "shall" would look to.
func TestHeldEventOfAnOrder36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "costs of the hearing", ref: "2026-02-10", text: "The Defendant shall pay the costs of the hearing on 5 March.",
			want: []brief{{"2025-03-05", "on 5 March", "The hearing"}}},
		{name: "costs of a hearing this month", ref: "2026-03-20", text: "The Defendant shall pay the costs of the hearing on 5 March.",
			want: []brief{{"2026-03-05", "on 5 March", "The hearing"}}},
		{name: "awaited outcome stays nearest", ref: "2026-02-10", text: "The parties await the outcome of the hearing on 5 March.",
			want: []brief{{"2026-03-05", "on 5 March", "The parties await the outcome of the hearing"}}},
	})
}

// TestLimitAfterAComma36h36c: a limit set off by a comma after the clause
// it bounds ("..., but not earlier than 6 April 2026", "..., and in any
// case no later than") closing the sentence leaves the clause the title,
// not the limit's words ("Not earlier than") nor a dangling "but".
func TestLimitAfterAComma36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "but not earlier than", ref: "2026-02-03", text: "We may apply to the court for a possession order, but not earlier than 6 April 2026.",
			want: []brief{{"2026-04-06", "6 April 2026", "We may apply to the court for a possession order"}}},
		{name: "but not before", ref: "2026-02-03", text: "We may apply to the court for a possession order, but not before 6 April 2026.",
			want: []brief{{"2026-04-06", "not before 6 April 2026", "We may apply to the court for a possession order"}}},
		{name: "and in any case no later than", ref: "2026-02-03", text: "The Tenant must pay the arrears, and in any case no later than 6 April 2026.",
			want: []brief{{"2026-04-06", "6 April 2026", "The Tenant must pay the arrears"}}},
		{name: "but by", ref: "2026-02-03", text: "The Tenant must pay the arrears, but by 6 April 2026.",
			want: []brief{{"2026-04-06", "by 6 April 2026", "The Tenant must pay the arrears"}}},
		{name: "a clause of its own after the day stays", ref: "2026-02-03", text: "The case was adjourned, and on 4 May 2024 the judge ruled.",
			want: []brief{{"2024-05-04", "on 4 May 2024", "The judge ruled"}}},
	})
}

// TestAsChangedOnADay36h36c: a thing cited as changed on a day ("the
// Housing (Notices) Order 2019 as amended on 3 May 2024", "the contract,
// as varied on 1 April 2024, be extended") was changed that day: the
// title is the change, not what the sentence says of the thing.
func TestAsChangedOnADay36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an order as amended", ref: "2026-02-03", text: `In this regulation, "the 2019 Order" means the Housing (Notices) Order 2019 as amended on 3 May 2024.`,
			want: []brief{{"2024-05-03", "on 3 May 2024", "The Housing (Notices) Order 2019 was amended"}}},
		{name: "a contract as varied, set off", ref: "2026-02-03", text: "The lease, as renewed on 1 June 2023, runs for five years.",
			want: []brief{{"2023-06-01", "on 1 June 2023", "The lease was renewed"}}},
		{name: "plural regulations", ref: "2026-02-03", text: "The Regulations, as amended in 2021, apply to all tenancies.",
			want: []brief{{"2021", "in 2021", "The Regulations were amended"}}},
		{name: "no noun phrase of its own", ref: "2026-02-03", text: "The plan was published in March 2024 and, as updated on 3 May 2024, sets targets.",
			want: []brief{{"2024-03", "in March 2024", "The plan was published"}, {"2024-05-03", "on 3 May 2024", "The plan was published and sets targets"}}},
	})
}

// TestAnyThingSortedByADay36h36c: a day that sorts any thing of a kind by
// when it was done or held ("Any deposit paid before 6 April 2007", "save
// in relation to any licence in force on 31 March 2026", "Each tenancy
// entered into on or after 1 May 2026") is a rule's, no event; a thing
// that was done then ("The deposit was paid before", "All flights
// cancelled on Monday") stays.
func TestAnyThingSortedByADay36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "any deposit paid before", ref: "2026-02-03", text: "Any deposit paid before 6 April 2007 is not required to be protected."},
		{name: "any licence in force on", ref: "2026-02-03", text: "The Moorings Order 2011 is revoked, save in relation to any licence in force on 31 March 2026."},
		{name: "each tenancy entered into on or after", ref: "2026-02-03", text: "Each tenancy entered into on or after 1 May 2026 must be registered."},
		{name: "no claim made after", ref: "2026-02-03", text: "No claim made after 31 March 2026 will be accepted."},
		{name: "the deposit paid stays", ref: "2026-02-03", text: "The deposit was paid before 6 April 2007.",
			want: []brief{{"2007-04-06", "before 6 April 2007", "The deposit was paid"}}},
		{name: "all flights cancelled stay", ref: "2026-02-03", text: "All flights cancelled on Monday 2 February 2026 will run on Tuesday.",
			want: []brief{{"2026-02-02", "on Monday 2 February 2026", "All flights were cancelled"}, {"2026-02-03", "on Tuesday", "All flights will run"}}},
	})
}

// TestMinuteNumberAndConfirmed36h36c: a council's minute number ("28/26")
// opening an item is no part of its title; an order cited as confirmed
// on a day was confirmed that day.
func TestMinuteNumberAndConfirmed36h36c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a minute's number", ref: "2026-03-10", text: "27/26 The Council agreed to hold the annual parish meeting on 21 April 2026.",
			want: []brief{{"2026-04-21", "on 21 April 2026", "The Council agreed to hold the annual parish meeting"}}},
		{name: "no minute's number", ref: "2026-03-10", text: "24/7 Support began on 3 March 2026.",
			want: []brief{{"2026-03-03", "on 3 March 2026", "24/7 Support began"}}},
		{name: "a minute's number after Min.", ref: "2026-03-10", text: "Min. 104/25 The budget was approved on 3 March 2026.",
			want: []brief{{"2026-03-03", "on 3 March 2026", "The budget was approved"}}},
		{name: "as confirmed on", ref: "2026-03-10", text: "29/26 The footpath order, as confirmed on 19 February 2026, takes effect on 1 April 2026.",
			want: []brief{{"2026-02-19", "on 19 February 2026", "The footpath order was confirmed"}, {"2026-04-01", "on 1 April 2026", "The footpath order, as confirmed, takes effect"}}},
	})
}
