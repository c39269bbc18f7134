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
