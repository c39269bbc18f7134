package extract

import "testing"

// TestInterviewerYesNoQuestion35h35d: an interviewer's yes-or-no question
// ("Q. Do you remember the storm of 1981?", "INTERVIEWER: Were you at
// school in 1987?") asks and asserts nothing: no event of its own. A
// question that tells a fact in a clause of its own ("When the mill
// closed in 1985, what did you do?") still dates it, and a speaker's
// proposal of a day to come ("Can we move the launch to 24 March?")
// stays the question it is.
func TestInterviewerYesNoQuestion35h35d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Q. do you remember", text: "Q. Do you remember the storm of 1981?\nA. Oh yes. The river rose over the bridge.",
			want: nil},
		{name: "Q: did it reopen", text: "Q: Did the mill reopen in 1990?\nA: No, it never reopened.",
			want: nil},
		{name: "interviewer's label", text: "INTERVIEWER: Were you at school in 1987?\nHALE: I was. I left school in the summer of 1988.",
			want: []brief{{"1988-SU", "in the summer of 1988", "Hale: I left school"}}},
		{name: "host with a stamp", text: "[00:04:10] HOST: Have you been back to the valley since 2005?\n[00:04:15] GUEST: Only once, for my father's funeral.",
			want: nil},
		{name: "second question of the turn", text: "INTERVIEWER: Tell me about the farm. Was it sold in 1972?\nMORRIS: It was sold to the Hendersons.",
			want: nil},
		{name: "a named speaker asks of the past", text: "DANA: Did you see the flood of 1968?\nTOM: I was away at sea.",
			want: nil},
		{name: "a fact in the question's clause", text: "Q. When the mill closed in 1985, what did you do?\nA. I found work at the bakery.",
			want: []brief{{"1985", "in 1985", "The mill closed"}}},
		{name: "the answer tells it", text: "INTERVIEWER: Were you at school in 1987?\nHALE: Yes, I left in July 1988.",
			want: []brief{{"1988-07", "in July 1988", "Yes, I left"}}},
		{name: "a proposal stays", ref: "2025-03-11", text: "ANA: Can we move the launch to 24 March?\nBEN: Fine by me.",
			want: []brief{{"2025-03-24", "24 March", "Can we move the launch?"}}},
		{name: "a question in prose stays", ref: "2025-03-11", text: "Will ferries sail again in April? The operator has not said.",
			want: []brief{{"2025-04", "in April", "Will ferries sail again?"}}},
	})
}
