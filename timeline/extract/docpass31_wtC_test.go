package extract

import "testing"

// TestConcessionDate: a day in a concession that opens the sentence
// ("Whatever happens tonight, ...", "No matter what happens tomorrow,
// ...") is no event: what happens then is not told; the main clause's
// date stays, and its title leaves the concession out.
func TestConcessionDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "whatever happens tonight, after a speaker", ref: "2022-11-08", text: "WEISS: Whatever happens tonight, the fights over the debt ceiling start next year.",
			want: []brief{{"2023", "next year", "The fights over the debt ceiling start"}}},
		{name: "no matter what happens tomorrow", ref: "2022-11-08", text: "No matter what happens tomorrow, the union votes next year.",
			want: []brief{{"2023", "next year", "The union votes"}}},
		{name: "a plain day stays", ref: "2022-11-08", text: "Whatever the weather, the fair opens on Saturday.",
			want: []brief{{"2022-11-12", "on Saturday", "The fair opens"}}},
	})
}

// TestInBeforeTonight: "in" before "tonight" or "today" is the verb's
// ("a crowd of 31,422 in tonight"), no preposition of the date's text.
func TestInBeforeTonight(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a crowd in tonight", ref: "2022-11-08", text: "Good evening from the Quayside, a crowd of 31,422 in tonight.",
			want: []brief{{"2022-11-08TNI", "tonight", "Good evening from the Quayside, a crowd of 31,422"}}},
	})
}
