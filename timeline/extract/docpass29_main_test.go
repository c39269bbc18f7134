package extract

import "testing"

// TestPronounAfterRole: "he" or "she" after a sentence whose subject is a
// person named by a role ("the chief engineer") stays a pronoun rather
// than taking a name from further back, and a name after "the" (a party,
// a place) is nobody "she" can be.
func TestPronounAfterRole(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "role subject before he", ref: "2023-07-20", text: "On 12 July 2023 the ferry left Saint John for Digby, Nova Scotia. At 0938 the chief engineer noticed smoke. He told investigators that he may have seen an oil leak an hour earlier.",
			want: []brief{{"2023-07-12", "On 12 July 2023", "The ferry left Saint John for Digby, Nova Scotia"}, {"2023-07-12T08:38", "an hour earlier", "He may have seen an oil leak"}, {"2023-07-12T09:38", "At 0938", "The chief engineer noticed smoke"}}},
		{name: "a party is no she", ref: "2019-12-13", text: "A recount request from the Liberal Democrats was rejected. She said she would hold her first constituency surgery next month.",
			want: []brief{{"2020-01", "next month", "She would hold her first constituency surgery"}}},
	})
}

// TestPortionOfDate: "For most of the 1980s" goes out of the title with
// its date.
func TestPortionOfDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "for most of", ref: "2024-05-01", text: "For most of the 1980s Eastvale was a safe seat.",
			want: []brief{{"198", "the 1980s", "Eastvale was a safe seat"}}},
		{name: "for most of, after", ref: "2024-05-01", text: "The town was a safe seat for most of the 1990s.",
			want: []brief{{"199", "the 1990s", "The town was a safe seat"}}},
		{name: "throughout a month opening the sentence", ref: "2020-01-01", text: "Throughout March the factory was closed.",
			want: []brief{{"2019-03", "Throughout March", "The factory was closed"}}},
	})
}
