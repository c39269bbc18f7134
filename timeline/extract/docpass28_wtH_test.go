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
