package extract

import "testing"

// TestNoticeTitles31: titles of a transport notice's dates. "inclusive"
// after a span goes with its date text; a label's colon opens the event
// up to the clause of the next date; a second verb after a date that
// opens the sentence shares its subject; an article before a date that
// qualifies a noun is the noun's.
func TestNoticeTitles31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "inclusive after a span", ref: "2025-03-20", text: "Trains will be diverted from 4-7 April inclusive.",
			want: []brief{{"2025-04-04/2025-04-07", "from 4-7 April inclusive", "Trains will be diverted"}}},
		{name: "label before the colon, a later date", ref: "2025-04-15", text: "- Bank holiday Monday 26 May: the closure is extended, and trams will resume on Tuesday 27 May at 06:00.",
			want: []brief{{"2025-05-26", "Monday 26 May", "Bank holiday: The closure is extended"}, {"2025-05-27T06:00", "on Tuesday 27 May at 06:00", "Trams will resume"}}},
		{name: "second verb after an opening date", ref: "2026-03-02", text: "On Saturday 21 March the line will close at 21:00 and reopen at 07:00 on Sunday 22 March.",
			want: []brief{{"2026-03-21T21:00", "On Saturday 21 March … at 21:00", "The line will close"}, {"2026-03-22T07:00", "at 07:00 on Sunday 22 March", "The line will reopen"}}},
		{name: "article of the noun a season qualifies", ref: "2025-06-02", text: "The autumn 2025 timetable will be published soon.",
			want: []brief{{"2025-FA", "autumn 2025", "The autumn 2025 timetable will be published soon"}}},
		{name: "article of a relative date", ref: "2022-03-03", text: "He had flown the same airplane the previous day without any problems.",
			want: []brief{{"2022-03-02", "the previous day", "He had flown the same airplane the previous day without any problems"}}},
		{name: "article of the season itself", ref: "2025-06-02", text: "The winter of 2020 was the coldest in years.",
			want: []brief{{"2020-WI", "The winter of 2020", "The winter of 2020 was the coldest in years"}}},
	})
}

// TestCourtTitles31: titles in court reports. A date in a "having" clause
// is the subject's earlier act; an offence's date after a dated plea is
// the offence's; a relative clause after a name tells of the name; "not
// before" stays with its bound; a range's link goes with its ends; a
// passive's stranded "into" stays.
func TestCourtTitles31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "having pleaded", ref: "2025-01-24", text: "Whitlock was sentenced on Thursday (23 January) having pleaded guilty at an earlier hearing in October.",
			want: []brief{{"2024-10", "in October", "Whitlock had pleaded guilty at an earlier hearing"}, {"2025-01-23", "on Thursday (23 January)", "Whitlock was sentenced having pleaded guilty at an earlier hearing in October"}}},
		{name: "offence after a dated plea", ref: "2025-02-10", text: "Coles pleaded guilty on 11 February 2025 to theft from a shop at Tesco Extra on 2 January 2025.",
			want: []brief{{"2025-01-02", "on 2 January 2025", "Theft from a shop at Tesco Extra"}, {"2025-02-11", "on 11 February 2025", "Coles pleaded guilty to theft from a shop at Tesco Extra on 2 January 2025"}}},
		{name: "who after a name with its trade", ref: "2024-11-12", text: "Detectives have renewed their appeal for information about the murder of newsagent Harold Pike, who was found dead in his shop on Western Road, Hove, on the morning of 15 November 1994.",
			want: []brief{{"1994-11-15TMO", "on the morning of 15 November 1994", "Harold Pike was found dead in his shop on Western Road, Hove"}}},
		{name: "not before", ref: "2025-03-04", text: "Sitting at 10:30, not before 11:00 for case 2",
			want: []brief{{"2025-03-04T10:30", "at 10:30", "Sitting"}, {"2025-03-04T11:00", "not before 11:00", "Sitting for case 2"}}},
		{name: "between two times", ref: "2025-06-06", text: "Between 10pm on 30 May and 7am on 31 May, a shed on Mill Lane was broken into.",
			want: []brief{{"2025-05-30T22:00/2025-05-31T07:00", "Between 10pm on 30 May … 7am on 31 May", "A shed on Mill Lane was broken into"}}},
	})
}

// TestLeaseTitles31: titles in leases and letters. A date ", being" what
// a thing named before it is leaves the thing's clause; a date a contract
// names in brackets is titled by the name; "deed" is no verb; a relative
// clause after an infinitive's object tells of the object; a passive's
// second participle shares its modal.
func TestLeaseTitles31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "being a date", ref: "2024-01-01", text: "The rent shall be reviewed on each Review Date, being 24 June 2024 and the expiry of the Term.",
			want: []brief{{"2024-06-24", "24 June 2024", "The rent shall be reviewed on each Review Date"}}},
		{name: "a deed dated", ref: "2024-01-01", text: "The lease was varied by a first deed of variation dated 12 May 2017.",
			want: []brief{{"2017-05-12", "12 May 2017", "The lease was varied by a first deed of variation"}}},
		{name: "a defined date", ref: "2024-01-01", text: "Term: 10 years from and including 24 June 2019 (the \"Term Commencement Date\")",
			want: []brief{{"2019-06-24", "24 June 2019", "Term Commencement Date"}}},
		{name: "which after an infinitive's object", ref: "2025-01-01", text: "We may also need to arrange gas safety checks, which were last done in March 2024.",
			want: []brief{{"2024-03", "in March 2024", "Gas safety checks were last done"}}},
		{name: "a recital's letter", ref: "2024-03-01", text: "(A) By a lease dated 3 May 2010 the premises were let to the Tenant.",
			want: []brief{{"2010-05-03", "3 May 2010", "By a lease the premises were let to the Tenant"}}},
		{name: "will be delivered and collected", ref: "2025-01-01", text: "The equipment will be delivered on 24 April 2025 and collected on 29 April 2025.",
			want: []brief{{"2025-04-24", "on 24 April 2025", "The equipment will be delivered"}, {"2025-04-29", "on 29 April 2025", "The equipment will be collected"}}},
	})
}

// TestVictorianTitles31: an old newspaper's ways. "he" after "New Year's
// Day" is no "New Year"; a sum in shillings and pence is one sentence; a
// heading in capitals run into its paragraph is no title; a year's span
// written short and "next" after a feast go with their dates; an agent
// that closed the sentence leaves no stop in the title.
func TestVictorianTitles31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "he after a feast's name", ref: "1849-01-08", text: "Captain Rowley was fined 40s. for furious driving on the evening of New Year's Day. He stated that he had returned from Boulogne only the day before.",
			want: []brief{{"1848-12-31", "the day before", "Captain Rowley had returned from Boulogne"}, {"1849-01-01TEV", "on the evening of New Year's Day", "Captain Rowley was fined 40s. for furious driving"}}},
		{name: "shillings and pence", ref: "1849-01-08", text: "James Pocock was charged with stealing silk, value £3 4s. 6d., from the warehouse on the night of the 2nd inst.",
			want: []brief{{"1849-01-02TNI", "on the night of the 2nd inst.", "James Pocock was charged with stealing silk, value £3 4s. 6d., from the warehouse"}}},
		{name: "a heading run in", ref: "1849-01-08", text: "BOW-STREET. — Yesterday, a carter was fined 10s. for obstructing the highway.",
			want: []brief{{"1849-01-07", "Yesterday", "A carter was fined 10s. for obstructing the highway"}}},
		{name: "a ship of this port, which", ref: "1862-10-18", text: "The Sarah Jane, of this port, which sailed for Bombay on the 9th ult., put into Falmouth.",
			want: []brief{{"1862-09-09", "on the 9th ult.", "The Sarah Jane sailed for Bombay"}}},
		{name: "a year's span written short", ref: "1900-01-01", text: "The winter of 1846-7 was the hardest within the memory of the oldest parishioners.",
			want: []brief{{"1846-WI", "The winter of 1846-7", "The winter of 1846-7 was the hardest within the memory of the oldest parishioners"}}},
		{name: "a feast next", ref: "1851-03-14", text: "The committee resolved that the lease shall not be renewed after Michaelmas next.",
			want: []brief{{"1851-09-29", "after Michaelmas next", "The lease shall not be renewed"}}},
		{name: "an agent at the end", ref: "1900-01-01", text: "Telephone No. 3 is a modern addition to these notes, made in the 1890s by my successor.",
			want: []brief{{"189", "in the 1890s", "My successor made a modern addition to these notes"}}},
	})
}
