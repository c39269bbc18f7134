package extract

import "testing"

// TestAnswerDate38: an answer that is a date alone is titled by the
// question before it, also when the question closes a turn whose label
// opened an earlier sentence, asks "when was X due to", or names its
// subject in more than one word.
func TestAnswerDate38(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "due to", ref: "2025-11-18", text: "MS HALE: And when was the work due to finish?\nMR OKAFOR: By the end of October 2024.",
			want: []brief{{"2024-10", "By the end of October 2024", "The work was due to finish"}}},
		{name: "question after a statement in its turn", ref: "2025-11-18",
			text: "CHAIR: The agency told us the river peaked on 3 February. When did your control room receive the warning?\nMR OKAFOR: At 21:52 that night.",
			want: []brief{{"2025-02-03", "on 3 February", "The river peaked"}, {"2025-02-03T21:52", "At 21:52 that night", "Your control room received the warning"}}},
		{name: "a verb that takes no object", ref: "2025-11-18", text: "SAM: When did the old toll bridge close?\nPEGGY: In 1979.",
			want: []brief{{"1979", "In 1979", "The old toll bridge closed"}}},
	})
}

// TestToldBesideASet38: a weekday that dates a statement ("the council
// said on Monday") is the day it was told, even after a weekly set in the
// reported clause ("will open on Sundays"), which made it every week's.
func TestToldBesideASet38(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "said on", ref: "2025-05-14", text: "The library will open on Sundays, the council said on Monday.",
			want: []brief{{"2025-05-12", "on Monday", "The council says the library will open on Sundays"}}},
		{name: "every", ref: "2025-05-14", text: "The museum opens every Sunday, its director announced on Tuesday.",
			want: []brief{{"2025-05-13", "on Tuesday", "Its director announces the museum opens every Sunday"}}},
		// the hours of every such week stay no day's event
		{name: "hours", ref: "2025-05-14", text: "The pool opens on weekends from 18:00 Friday to 07:00 Monday.",
			want: []brief{}},
	})
}

// TestSoftWrappedClause38: a paragraph wrapped by hand inside a clause
// ("on Tuesday;¶the plumber") is titled as the one line it is.
func TestSoftWrappedClause38(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "semicolon", ref: "2025-03-06", text: "RM reported a leak at plot 14 on Tuesday;\nthe plumber is booked for 12 March.",
			want: []brief{{"2025-03-04", "on Tuesday", "RM reported a leak at plot 14"}, {"2025-03-12", "12 March", "The plumber is booked"}}},
	})
}

// TestAddingThat38: a date in the clause a speaker "added" ("a
// spokesperson said, adding that the two sides would meet again in early
// April") is titled by that clause, not by the first statement.
func TestAddingThat38(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "adding that", ref: "2025-03-21", text: "The port will reopen on Monday, a spokesperson said, adding that talks would resume in April.",
			want: []brief{{"2025-03-24", "on Monday", "The port will reopen"}, {"2025-04", "in April", "Talks would resume"}}},
		{name: "noting that", ref: "2025-03-21", text: "The council said turnout rose, noting that the count ended on 4 March.",
			want: []brief{{"2025-03-04", "on 4 March", "The count ended"}}},
	})
}
