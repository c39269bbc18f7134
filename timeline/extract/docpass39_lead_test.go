package extract

import "testing"

// TestFieldList39: a line of labelled fields set apart by slashes, bars or
// middle dots ("Received: 3 March 2021 / Revised: 12 May 2021"), a paper's
// history, titles each date by its own label (the title was the words up
// to the next label, "/ Accepted" for the day revised).
func TestFieldList39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "slashes", ref: "2025-11-18", text: "Received: 3 March 2021 / Revised: 12 May 2021 / Accepted: 2 June 2021 / Published online: 15 June 2021",
			want: []brief{{"2021-03-03", "3 March 2021", "Received"}, {"2021-05-12", "12 May 2021", "Revised"}, {"2021-06-02", "2 June 2021", "Accepted"}, {"2021-06-15", "15 June 2021", "Published online"}}},
		{name: "bars", ref: "2025-11-18", text: "Opening: 3 May 2025 | Closing: 28 September 2025",
			want: []brief{{"2025-05-03", "3 May 2025", "Opening"}, {"2025-09-28", "28 September 2025", "Closing"}}},
		// a slash inside a field's words is no list of fields
		{name: "words after the date", ref: "2025-11-18", text: "Signed: 4 April 2025 by both parties / see annex B",
			want: []brief{{"2025-04-04", "4 April 2025", "Signed – by both parties / see annex B"}}},
	})
}

// TestGappedObject39: a second object with its own date after "and"
// shares the first clause's subject and verb also when it opens with a
// possessive or ends in a noun that could be a verb ("and the housing
// plan in May", "and its annual report in June"); a clause with a verb of
// its own keeps it.
func TestGappedObject39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "noun that could be a verb", ref: "2025-11-12", text: "The council approved the budget in March and the housing plan in May.",
			want: []brief{{"2025-03", "in March", "The council approved the budget"}, {"2025-05", "in May", "The council approved the housing plan"}}},
		{name: "possessive", ref: "2025-11-12", text: "The group will publish a trading update on 22 January and its annual report in June.",
			want: []brief{{"2026-01-22", "on 22 January", "The group will publish a trading update"}, {"2026-06", "in June", "The group will publish its annual report"}}},
		{name: "own verb", ref: "2025-11-12", text: "The council approved the budget in March and the plan failed in May.",
			want: []brief{{"2025-03", "in March", "The council approved the budget"}, {"2025-05", "in May", "The plan failed"}}},
	})
}

// TestDueAside39: a date in an aside that tells what is planned for the
// noun before it ("The bridge, due to reopen in 2027, carries ...") is
// titled by the noun and the plan (was "The bridge, due to reopen").
func TestDueAside39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "due to", ref: "2025-11-12", text: "The bridge, due to reopen in 2027, carries 30,000 vehicles a day.",
			want: []brief{{"2027", "in 2027", "The bridge is due to reopen"}}},
		{name: "plural", ref: "2025-11-12", text: "The two ferries, due to retire in 2030, carry most of the island's freight.",
			want: []brief{{"2030", "in 2030", "The two ferries are due to retire"}}},
	})
}
