package extract

import "testing"

// TestNearBoundAdverb: the adverb before "after" or "before" a time
// ("shortly after 10am", "long before 1900") is date text with its
// preposition, not a word left at the end of the title.
func TestNearBoundAdverb(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "shortly after a clock time", ref: "2025-01-14", text: "A man was injured when a tree fell on his car shortly after 10am.",
			want: []brief{{"2025-01-14T10:00", "shortly after 10am", "A tree fell on his car"}}},
		{name: "long before a year", ref: "2025-01-14", text: "The chapel was abandoned long before 1900.",
			want: []brief{{"1900", "long before 1900", "The chapel was abandoned"}}},
	})
}

// TestLiveBlogStampTitles: a live blog's entry time, its zone and the
// same time on another clock, stays out of the entry's title; a time
// alone over what a speaker said, over its paragraph or over a
// greeting is titled by what follows it.
func TestLiveBlogStampTitles(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "zone of a left-out stamp", ref: "2025-01-14", text: "09:40 GMT\nFerries are cancelled until Thursday.\n\n12:50 GMT\nThe storm was named on Sunday.",
			want: []brief{{"2025-01-12", "on Sunday", "The storm was named"}, {"2025-01-14T09:40Z", "09:40 GMT", "Ferries are cancelled until Thursday"}, {"2025-01-14T12:50Z", "12:50 GMT", "The storm was named on Sunday"}, {"2025-01-16", "until Thursday", "Ferries are cancelled"}}},
		{name: "second clock after a slash", ref: "2025-01-09", text: "10:14 PST / 18:14 GMT\nFire officials say the blaze is 11% contained.",
			want: []brief{{"2025-01-09T10:14-08:00", "10:14 PST", "Fire officials say the blaze is 11% contained"}}},
		{name: "stamp over a speaker's words", ref: "2025-01-07", text: "09:30 PST\nGovernor: \"We have deployed 7,500 firefighters.\"",
			want: []brief{{"2025-01-07T09:30-08:00", "09:30 PST", "Governor: \"We have deployed 7,500 firefighters.\""}}},
		{name: "stamp over its paragraph", ref: "2023-09-18", text: "06:30 BST\n\nAt least 23 people have been killed, the health minister said.\n\n07:30 BST\n\nRescuers reached the village.",
			want: []brief{{"2023-09-18T06:30+01:00", "06:30 BST", "At least 23 people have been killed"}, {"2023-09-18T07:30+01:00", "07:30 BST", "Rescuers reached the village"}}},
		{name: "greeting before the entry", ref: "2024-08-30", text: "08:12\nMorning! Spurs have signed a striker.",
			want: []brief{{"2024-08-30T08:12", "08:12", "Spurs have signed a striker"}}},
	})
}

// TestKeyEventsList: a live blog's "Key events" list of "time: headline"
// lines is one item a line, each titled by its own line, and an entry
// below that tells the same minute again is the same event.
func TestKeyEventsList(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "titles of the list's own lines", ref: "2025-03-20", text: "Key events\n9.05am: FTSE 100 opens down 1.2%\n12.00pm: Bank of England holds rates",
			want: []brief{{"2025-03-20T09:05", "9.05am", "FTSE 100 opens down 1.2%"}, {"2025-03-20T12:00", "12.00pm", "Bank of England holds rates"}}},
		{name: "entries that tell the list's times again", ref: "2025-03-20", text: "Key events\n9.05am: FTSE 100 opens down 1.2%\n12.00pm: Bank of England holds rates\n\n9.05am\nThe FTSE 100 has opened 1.2% lower.\n\n12.00pm\nThe Bank of England has held rates.",
			want: []brief{{"2025-03-20T09:05", "9.05am", "FTSE 100 opens down 1.2%"}, {"2025-03-20T12:00", "12.00pm", "Bank of England holds rates"}}},
	})
}

// TestDayAndTimeColumn: a line that opens with a day and its time set
// off by a column's spaces is an item of its own, not the sentence of
// the heading line above it.
func TestDayAndTimeColumn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "heading over a timed column", ref: "2024-07-09", text: "Timeline (all times UTC)\n2024-05-21 14:05  Report received from an external researcher.\n2024-05-22 09:00  Fix merged.",
			want: []brief{{"2024-05-21T14:05Z", "2024-05-21 14:05", "Report received from an external researcher"}, {"2024-05-22T09:00Z", "2024-05-22 09:00", "Fix merged"}}},
	})
}

// TestQuotedFirstPersonSpeaker: "we" who say something inside quotation
// marks are no speaker's name to prefix the title with ("We: we say").
func TestQuotedFirstPersonSpeaker(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "quoted we said", ref: "2024-11-05", text: "Campaign chair: \"We said back in March that this would come down to three states.\"",
			want: []brief{{"2024-03", "in March", "We say this would come down to three states"}}},
	})
}

// TestPluralSubjectAfterAnd: a plural noun and a past verb after "and"
// open a clause of their own, which alone titles the date in it.
func TestPluralSubjectAfterAnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "packages went live", ref: "2024-10-10", text: "The final build was tagged on Tuesday and packages went live this morning.",
			want: []brief{{"2024-10-08", "on Tuesday", "The final build was tagged"}, {"2024-10-10TMO", "this morning", "Packages went live"}}},
	})
}

// TestVersionNameTitles: a version set off by commas before a past form
// is its verb's subject, no participle made passive, and the title keeps
// the version's lower-case "v".
func TestVersionNameTitles(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "version set off by commas", ref: "2024-10-10", text: "The first release candidate shipped on September 3, 2024. A second candidate, v5.0.0-rc.2, followed two weeks later.",
			want: []brief{{"2024-09-03", "on September 3, 2024", "The first release candidate shipped"}, {"2024-09-17", "two weeks later", "A second candidate, v5.0.0-rc.2, followed"}}},
		{name: "version opening the title", ref: "2024-10-10", text: "v4.2 was retired on 3 March 2024.",
			want: []brief{{"2024-03-03", "on 3 March 2024", "v4.2 was retired"}}},
	})
}

// TestExpectedRelative: "which we expect" after a version titles what is
// expected then ("6.0 expected"), not "6.0 we expect".
func TestExpectedRelative(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which we expect", ref: "2024-10-10", text: "The `--legacy-tls` flag will be removed in 6.0, which we expect in the second half of 2025.",
			want: []brief{{"2025-H2", "in the second half of 2025", "6.0 expected"}}},
	})
}

// TestVersionRelative: a version's relative clause after the verb of a
// pronoun ("It replaces 2023.3, which came out on ...") tells of the
// version.
func TestVersionRelative(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which came out", ref: "2024-03-06", text: "It replaces 2023.3, which came out on 29 November 2023.",
			want: []brief{{"2023-11-29", "on 29 November 2023", "2023.3 came out"}}},
	})
}
