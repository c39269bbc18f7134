package extract

import "testing"

// TestGappedAdverb: a second adverb after "and" shares the first
// clause's subject and verb, not its adverb: "resumed partially on 17
// October and fully two days later" is "Operations resumed fully".
func TestGappedAdverb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "partially then fully", ref: "2022-10-22", text: "Operations resumed partially on 17 October and fully two days later.",
			want: []brief{{"2022-10-17", "on 17 October", "Operations resumed partially"}, {"2022-10-19", "two days later", "Operations resumed fully"}}},
		{name: "temporarily then permanently", ref: "2021-06-30", text: "The old footbridge closed temporarily in March and permanently in May.",
			want: []brief{{"2021-03", "in March", "The old footbridge closed temporarily"}, {"2021-05", "in May", "The old footbridge closed permanently"}}},
	})
}

// TestTrailingCommaBeforeLaterDate: a comma that only sets off the later
// date at the end of a second verb's clause does not split the clauses;
// the "and" does, so the first event keeps only its own verb.
func TestTrailingCommaBeforeLaterDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "aside before the later date", ref: "2025-02-12", text: "The container was gated in at Valencia on 14 January and loaded aboard MSC ANTONIA, voyage 503N, two days later.",
			want: []brief{{"2025-01-14", "on 14 January", "The container was gated in at Valencia"}, {"2025-01-16", "two days later", "The container loaded aboard MSC ANTONIA, voyage 503N"}}},
		{name: "comma before the later date", ref: "2025-02-12", text: "The shipment was inspected at Rotterdam on 3 February and cleared customs at Antwerp, two days later.",
			want: []brief{{"2025-02-03", "on 3 February", "The shipment was inspected at Rotterdam"}, {"2025-02-05", "two days later", "The shipment cleared customs at Antwerp"}}},
	})
}

// TestMemorialLeadIn: an inscription's lead-in before the name ("Also
// of", "In loving memory of") is not part of the name its mark dates.
func TestMemorialLeadIn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "also of", text: "Also of Ann, his wife, d. 3 Aug 1898 aged 71.",
			want: []brief{{"1898-08-03", "3 Aug 1898", "Ann dies"}}},
		{name: "sacred to the memory of", text: "Sacred to the memory of Thomas Mellor, b. 4 May 1801.",
			want: []brief{{"1801-05-04", "4 May 1801", "Thomas Mellor is born"}}},
	})
}

// TestConcessionHoldsDate: a date in a "though" clause after the main
// clause dates the concession, which the title tells on its own.
func TestConcessionHoldsDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "though with since", ref: "1850-11-14", text: "I take up my pen to tell you we are all well, though little Samuel has had the croup since Sunday.",
			want: []brief{{"1850-11-10", "since Sunday", "Little Samuel has had the croup"}}},
		{name: "although", ref: "2024-03-08", text: "The shop stays open as usual, although the café closed on Monday.",
			want: []brief{{"2024-03-04", "on Monday", "The café closed"}}},
	})
}

// TestWhichAfterPlaceAndTown: "which" after a place told with its town
// ("on Princes Street, Edinburgh, which opened") tells of the noun
// before the place, not of the town.
func TestWhichAfterPlaceAndTown(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "flagship on a street in a town", ref: "2024-11-12", text: "We opened our flagship on Princes Street, Edinburgh, which opened on 5 September.",
			want: []brief{{"2024-09-05", "on 5 September", "Our flagship on Princes Street, Edinburgh opened"}}},
		{name: "after including", ref: "2024-11-12", text: "We refitted six branches, including the bakery on Bridge Road, Leeds, which reopened on 2 October.",
			want: []brief{{"2024-10-02", "on 2 October", "The bakery on Bridge Road, Leeds reopened"}}},
	})
}

// TestRouteDash: the dash between a route's two ends ("Frankfurt (FRA) –
// New York JFK") joins them in one subject; it splits no clauses.
func TestRouteDash(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "flight route", ref: "2024-08-09", text: "Flight LH 400 Frankfurt (FRA) – New York JFK, originally scheduled to depart at 13:35 CEST today, has been delayed.",
			want: []brief{{"2024-08-09T13:35+02:00", "at 13:35 CEST today", "Flight LH 400 Frankfurt – New York JFK, originally scheduled to depart, has been delayed"}}},
	})
}

// TestFollowedByAfterClause: "followed by" after a clause with its
// auxiliary is said of the clause as a whole: no garbled passive
// ("A webcast. followed the interim report will be published").
func TestFollowedByAfterClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "webcast after the report", ref: "2023-10-03", text: "The interim report will be published on 26 October 2023 at 08:00 CET, followed by a webcast at 10:00 CET.",
			want: []brief{{"2023-10-26T08:00+01:00", "on 26 October 2023 at 08:00 CET", "The interim report will be published"}, {"2023-10-26T10:00+01:00", "at 10:00 CET", "The interim report will be published, followed by a webcast"}}},
	})
}

// TestNamedMeetingAfterClause: a named meeting dated in a verbless
// phrase after the main clause and its own date is that date's event,
// not the main clause's.
func TestNamedMeetingAfterClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "dividend subject to the AGM", text: "The year-end dividend will be paid from June 23, 2025, subject to approval at the Ordinary General Meeting of Shareholders on June 20, 2025.",
			want: []brief{{"2025-06-20", "on June 20, 2025", "Ordinary General Meeting of Shareholders"}, {"2025-06-23", "from June 23, 2025", "The year-end dividend will be paid"}}},
	})
}

// TestRecordDate: the date of record after a payment's own date is the
// record date, titled so, not as the payment.
func TestRecordDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "payable to shareholders of record", text: "The dividend is payable on March 14, 2025 to shareholders of record at the close of business on February 28, 2025.",
			want: []brief{{"2025-02-28", "on February 28, 2025", "Record date for the dividend"}, {"2025-03-14", "on March 14, 2025", "The dividend is payable to shareholders of record at the close of business"}}},
	})
}
