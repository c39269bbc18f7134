package extract

import "testing"

// TestPassiveAfterListHead38h38c: a list line's date before the subject
// whose second verb is shared after "and" ("Spring 2020 – Inspections
// were suspended from 23 March 2020 ... and resumed in late August") is
// titled and does not panic (the first verb's words were sliced up to
// the list head's date, which came before them).
func TestPassiveAfterListHead38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "list head", ref: "2025-02-28", text: "Spring 2020 – Inspections were suspended from 23 March 2020 because of the pandemic and resumed in late August.",
			want: []brief{{"2020-SP", "Spring 2020", "Inspections were suspended from 23 March 2020 because of the pandemic"},
				{"2020-03-23", "from 23 March 2020", "Inspections were suspended because of the pandemic"},
				{"2020-08", "in late August", "Inspections were resumed"}}},
		{name: "lead-in", ref: "2025-02-28", text: "In spring 2020 the depots were closed on 23 March and reopened in late August.",
			want: []brief{{"2020-SP", "In spring 2020", "The depots were closed on 23 March"},
				{"2020-03-23", "on 23 March", "The depots were closed"},
				{"2020-08", "in late August", "The depots reopened"}}},
	})
}

// TestDefinedTermInBrackets38h38c: a defined term in brackets (the
// "Relevant Period"), ("Brightwater") tells nothing and leaves the title;
// the name of a date right after it still titles the date.
func TestDefinedTermInBrackets38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "relevant period", ref: "2024-04-22", text: `Between 1 January 2019 and 31 March 2022 (the "Relevant Period"), Brightwater breached Principle 3 of the Authority's Principles for Businesses.`,
			want: []brief{{"2019-01-01/2022-03-31", "Between 1 January 2019 and 31 March 2022", "Brightwater breached Principle 3 of the Authority's Principles for Businesses"}}},
		{name: "a party's short name", ref: "2024-04-22", text: `On 3 May 2016 Brightwater Payments Limited (“Brightwater”) was authorised as an electronic money institution.`,
			want: []brief{{"2016-05-03", "On 3 May 2016", "Brightwater Payments Limited was authorised as an electronic money institution"}}},
		{name: "together", ref: "2024-04-22", text: `On 9 May 2021 Mr Hale and Ms Obi (together, the "Claimants") issued a claim against the council.`,
			want: []brief{{"2021-05-09", "On 9 May 2021", "Mr Hale and Ms Obi issued a claim against the council"}}},
		{name: "the date's own name stays", ref: "2024-01-01", text: `Term: 10 years from and including 24 June 2019 (the "Term Commencement Date")`,
			want: []brief{{"2019-06-24", "24 June 2019", "Term Commencement Date"}}},
	})
}

// TestDatedAside38h38c: "dated" set off after a document's noun dates the
// document, which the noun names ("Minutes of the briefing, dated 30 June
// 2021, record ..." was "Minutes of the briefing were dated").
func TestDatedAside38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "minutes", ref: "2025-02-28", text: `Minutes of the briefing, dated 30 June 2021, record that the risk was "under review".`,
			want: []brief{{"2021-06-30", "30 June 2021", "Minutes of the briefing"}}},
		{name: "letter", ref: "2025-02-28", text: "The council's letter, dated 4 May 2020, was never answered.",
			want: []brief{{"2020-05-04", "4 May 2020", "The council's letter"}}},
		{name: "other participles keep their passive", ref: "2025-02-28", text: "The minutes, written on 30 June 2021, record that the risk was under review.",
			want: []brief{{"2021-06-30", "on 30 June 2021", "The minutes were written"}}},
	})
}

// TestComparedPeriod38h38c: a date in the comparison that closes a
// sentence ("..., compared with a deficit of £9.8 million in 2022/23") is
// the compared figure's, and leaves the period the sentence's own figure
// is for ("for the year ended 31 March 2024") its event (it was dropped
// as a mere qualifier, and the comparison's date took the sentence's
// figure).
func TestComparedPeriod38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "year ended", ref: "2024-11-27", text: "The Council reported a deficit on the provision of services of £14.2 million for the year ended 31 March 2024, compared with a deficit of £9.8 million in 2022/23.",
			want: []brief{{"2022/2023", "in 2022/23", "The Council reported a deficit of £9.8 million"},
				{"2023-04-01/2024-03-31", "the year ended 31 March 2024", "The Council reported a deficit on the provision of services of £14.2 million"}}},
		{name: "previous year", ref: "2024-11-27", text: "The trust recorded a surplus of £2.1 million for the year ended 31 March 2024, compared to a deficit of £0.4 million the previous year.",
			want: []brief{{"2023", "the previous year", "The trust recorded a deficit of £0.4 million"},
				{"2023-04-01/2024-03-31", "the year ended 31 March 2024", "The trust recorded a surplus of £2.1 million"}}},
		{name: "object of its own", ref: "2025-03-14", text: "The company made a profit of $4m in 2023, compared with a loss of $2m in 2022.",
			want: []brief{{"2022", "in 2022", "The company made a loss of $2m"}, {"2023", "in 2023", "The company made a profit of $4m"}}},
		{name: "no object", ref: "2025-03-14", text: "Revenue rose 12% in 2024, compared with a fall of 3% in 2023.",
			want: []brief{{"2023", "in 2023", "A fall of 3%"}, {"2024", "in 2024", "Revenue rose 12%"}}},
		{name: "a figure's sentence as before", ref: "2025-03-14", text: "Turnout was 28%, compared with 34% at the full council elections in May 2022.",
			want: []brief{{"2022-05", "in May 2022", "Turnout was 34% at the full council elections"}}},
	})
}

// TestDoneInDocument38h38c: what a sentence says was done in a document
// of a day ("in our interim report of 18 July 2024") was done that day,
// and the clause titles it (was "Our interim report"); a document only
// relied on or named is still titled by its noun.
func TestDoneInDocument38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "reported in", ref: "2024-11-27", text: "We reported a significant weakness in financial sustainability in our interim report of 18 July 2024.",
			want: []brief{{"2024-07-18", "18 July 2024", "We reported a significant weakness in financial sustainability in our interim report"}}},
		{name: "explained in", ref: "2024-11-27", text: "The council explained in its letter of 2 April 2022 that the road would close.",
			want: []brief{{"2022-04-02", "2 April 2022", "The council explains the road would close"}}},
		{name: "relied on", ref: "2024-11-27", text: "The Claimant relies on the letter of 2 April 2022.",
			want: []brief{{"2022-04-02", "2 April 2022", "The letter"}}},
	})
}

// TestDateBeforeItsNoun38h38c: a date between a determiner and its noun
// ("our 2022/23 report") is inside a participle phrase, which goes on
// after it ("Of the 12 recommendations made in our 2022/23 report, ..."
// was "Of the 12 recommendations were made in our").
func TestDateBeforeItsNoun38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "fiscal year", ref: "2024-11-27", text: "Of the 12 recommendations made in our 2022/23 report, 7 have been implemented, 3 are in progress and 2 have not been started.",
			want: []brief{{"2022/2023", "2022/23", "Of the 12 recommendations made in our report, 7 have been implemented, 3 are in progress"}}},
		{name: "subject", ref: "2024-11-27", text: "The 12 recommendations made in our 2023 report have been implemented.",
			want: []brief{{"2023", "2023", "The 12 recommendations made in our report have been implemented"}}},
		{name: "a date closing the phrase as before", ref: "2024-11-27", text: "The plans submitted on 3 May 2024 include a new car park.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The plans were submitted"}}},
	})
}

// TestDueAfterObject38h38c: ", due to ..." after the object of a verb
// that sets a thing up tells what the object is due to do ("has
// commissioned an external review ..., due to report in January 2025" is
// "An external review ... is due to report", was the clause of the
// sentence's other date).
func TestDueAfterObject38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "review", ref: "2024-11-27", text: "Since then, the Council has appointed a permanent Director of Finance (from 2 September 2024) and has commissioned an external review of its capital programme, due to report in January 2025.",
			want: []brief{{"2024-09-02", "from 2 September 2024", "The Council has appointed a permanent Director of Finance"},
				{"2025-01", "in January 2025", "An external review of its capital programme is due to report"}}},
		{name: "panel", ref: "2024-11-27", text: "The ministry appointed a panel of experts, due to publish its findings in March 2025.",
			want: []brief{{"2025-03", "in March 2025", "A panel of experts is due to publish its findings"}}},
		{name: "the subject is due", ref: "2025-03-12", text: "The ship left the harbour on Monday, due to arrive in Oslo on Friday.",
			want: []brief{{"2025-03-10", "on Monday", "The ship left the harbour"}, {"2025-03-14", "on Friday", "The ship left the harbour, due to arrive in Oslo"}}},
	})
}

// TestLegalHedges38h38c: "during or around" is date text as "in or
// around" is (the title was "The parties met during or"), and so is the
// "with effect" of "with effect from" (was "With effect the rent is ...").
func TestLegalHedges38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "during or around", ref: "2024-11-27", text: "The parties met during or around September 2016 to discuss the project.",
			want: []brief{{"2016-09", "during or around September 2016", "The parties met to discuss the project"}}},
		{name: "in or about", ref: "2024-11-27", text: "In or about March 2017 the Defendant began to supply the goods.",
			want: []brief{{"2017-03", "In or about March 2017", "The Defendant began to supply the goods"}}},
		{name: "with effect from", ref: "2024-11-27", text: "With effect from 1 April 2024 the rent is £12,000 a year.",
			want: []brief{{"2024-04-01", "With effect from 1 April 2024", "The rent is £12,000 a year"}}},
		{name: "with immediate effect from", ref: "2024-11-27", text: "The licence was suspended with immediate effect from 3 May 2024.",
			want: []brief{{"2024-05-03", "with immediate effect from 3 May 2024", "The licence was suspended"}}},
	})
}

// TestStartingAfterClause38h38c: ", starting on ..." after a clause whose
// last noun phrase is no period (a clause's subject and verb, the object
// of "against") tells when the clause's doing starts, no noun's ("The bus
// will run every hour starts" and "The savings plan starts" were wrong).
func TestStartingAfterClause38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a clause", ref: "2024-11-27", text: "The bus will run every hour, starting on 5 May.",
			want: []brief{{"2025-05-05", "on 5 May", "The bus will run every hour"}}},
		{name: "against", ref: "2024-11-27", text: "The Council should report quarterly to the Audit Committee on progress against the savings plan, starting in Q1 2025/26.",
			want: []brief{{"2025", "in Q1 2025/26", "The Council should report quarterly to the Audit Committee on progress"}}},
		{name: "a term still ends", ref: "2024-11-27", text: "The lease continues for an initial term of three years, ending on 31 March 2028.",
			want: []brief{{"2028-03-31", "on 31 March 2028", "The initial term of three years ends"}}},
	})
}

// TestDeadlineOfDay38h38c: the day after "the deadline of" is the
// deadline's ("after the statutory deadline of 30 September 2024 had
// passed" was titled with the date text itself).
func TestDeadlineOfDay38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "had passed", ref: "2025-03-14", text: "We issued an unqualified opinion on the financial statements on 25 November 2024, after the statutory deadline of 30 September 2024 had passed.",
			want: []brief{{"2024-09-30", "30 September 2024", "The statutory deadline"}, {"2024-11-25", "on 25 November 2024", "We issued an unqualified opinion on the financial statements"}}},
		{name: "after the deadline", ref: "2025-03-14", text: "The Council did not publish its draft accounts until 26 July 2024, almost two months after the deadline of 31 May 2024.",
			want: []brief{{"2024-05-31", "31 May 2024", "The deadline"}, {"2024-07-26", "until 26 July 2024", "The Council published its draft accounts"}}},
	})
}

// TestInterestFrom38h38c: the day interest added to a sum runs from is
// the interest's ("Judgment was entered ... together with interest from 14
// June 2019" dated the judgment 14 June 2019); interest a verb charges
// keeps the verb's clause.
func TestInterestFrom38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "together with interest", ref: "2021-11-12", text: "Judgment was entered for the Claimant in the sum of £598,400 together with interest from 14 June 2019 at 2% above base rate.",
			want: []brief{{"2019-06-14", "from 14 June 2019", "Interest runs at 2% above base rate"}}},
		{name: "a rate before", ref: "2021-11-12", text: "The Defendant must pay £12,000 with interest at 8% a year from 1 May 2020.",
			want: []brief{{"2020-05-01", "from 1 May 2020", "Interest runs at 8% a year"}}},
		{name: "the verb's object", ref: "2021-11-12", text: "The bank has charged interest since 3 March 2021.",
			want: []brief{{"2021-03-03", "since 3 March 2021", "The bank has charged interest"}}},
	})
}

// TestLongAppositiveCut38h38c: a long title loses the appositive after
// its subject before it is cut ("The Carrow Bridge, a three-span steel box
// girder bridge carrying the A1147 over the River Wend, opened to traffic"
// was cut to "The Carrow Bridge, a three-span steel box girder bridge
// carrying the A1147", with no verb).
func TestLongAppositiveCut38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "bridge", ref: "2025-02-28", text: "The Carrow Bridge, a three-span steel box girder bridge carrying the A1147 over the River Wend, opened to traffic in September 1974.",
			want: []brief{{"1974-09", "in September 1974", "The Carrow Bridge opened to traffic"}}},
		{name: "short enough to stay", ref: "2025-02-28", text: "The Carrow Bridge, a steel bridge over the River Wend, opened to traffic in September 1974.",
			want: []brief{{"1974-09", "in September 1974", "The Carrow Bridge, a steel bridge over the River Wend, opened to traffic"}}},
	})
}

// TestNotUntilBeforeComma38h38c: a denied verb made past for the day
// "until" gives keeps its comma after the past form ("The landlord did not
// inspect until 17 January 2023, some 14 weeks later" was titled "The
// landlord inspect,ed some 14 weeks later").
func TestNotUntilBeforeComma38h38c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "inspect", ref: "2024-10-14", text: "The landlord did not inspect until 17 January 2023, some 14 weeks later.",
			want: []brief{{"2023-01-17", "until 17 January 2023", "The landlord inspected, some 14 weeks later"}}},
		{name: "no comma", ref: "2024-10-14", text: "The plant did not reopen until March 2021.",
			want: []brief{{"2021-03", "until March 2021", "The plant reopened"}}},
	})
}
