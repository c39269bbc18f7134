package extract

import "testing"

// TestSignatureLabel29: a signature's contact field ("Mobile: +44 ...")
// over a sentence names no speaker: the title is the sentence's own.
func TestSignatureLabel29(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "mobile field over the next line", ref: "2025-03-06",
			text: "Priya Raman\nMobile: +44 7700 900412\nFollowing our call on Monday, the renewal quote is GBP 18,400 per quarter.",
			want: []brief{{"2025-03-03", "on Monday", "Our call"}}},
		{name: "tel field over the next line", ref: "2025-03-06",
			text: "Dale Hutchins\nTel: 0161 496 0528\nThe technician visit is booked for 12 March 2025.",
			want: []brief{{"2025-03-12", "12 March 2025", "The technician visit is booked"}}},
	})
}

// TestUnlessOffset29: an amount of time with a condition after it that
// may yet be met ("in 7 days unless we hear back") is counted on from the
// writer's day; a rate or a past amount is not.
func TestUnlessOffset29(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "closing in 7 days unless", ref: "2024-09-19", text: "Closing this ticket in 7 days unless we hear back.",
			want: []brief{{"2024-09-26", "in 7 days", "Closing this ticket unless we hear back"}}},
		{name: "a past amount", ref: "2024-09-19", text: "The plant was producing 40 tonnes in 7 days.",
			want: nil},
	})
}

// TestQuestionDanglingTo29: a question whose date closed it ("push beta
// to the week of 24 March?") keeps its mark, not the "to" left before it.
func TestQuestionDanglingTo29(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "push to the week of", ref: "2025-03-11", text: "May I suggest we push beta to the week of 24 March?",
			want: []brief{{"2025-W13", "the week of 24 March", "May I suggest we push beta?"}}},
		{name: "move to a day", ref: "2025-03-11", text: "Can we move the launch to 24 March?",
			want: []brief{{"2025-03-24", "24 March", "Can we move the launch?"}}},
	})
}
