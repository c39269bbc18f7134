package extract

import "testing"

// TestVagueAskedOrBidden27E: a vague reference in a question ("what are
// you doing these days?") or in a clause that bids the reader act
// ("update to 2.9.2 now", "Book now") tells nothing of the present, no
// row; one in a statement ("The building is condos now") stays.
func TestVagueAskedOrBidden27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an interviewer's question", ref: "2003-06-14", text: "REYES: And what are you doing these days?", want: nil},
		{name: "an imperative after an if clause", ref: "2024-06-18", text: "If you ship libtiffy, update to 2.9.2 now.", want: nil},
		{name: "an imperative alone", ref: "2024-06-18", text: "Register now to keep your place.", want: nil},
		{name: "a statement of the present", ref: "2024-06-18", text: "The old mill is flats now.",
			want: []brief{{"PRESENT_REF", "now", "The old mill is flats"}}},
		{name: "a verb of the list opening a statement", ref: "2024-06-18", text: "Patch releases are out now.",
			want: []brief{{"PRESENT_REF", "now", "Patch releases are out"}}},
	})
}
