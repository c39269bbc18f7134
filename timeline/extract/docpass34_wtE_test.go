package extract

import "testing"

// TestVocativeAddress: an address to the bench or the chair ("Your
// Honour,", ", My Lord.") says nothing of what happened: it leaves the
// headline, and an answer that is a date with an address after it still
// dates what the question asked about.
func TestVocativeAddress(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "opening address", text: "MS OKORO: Your Honour, the accused was arrested on 3 September 2024 at his flat.", ref: "2025-02-10",
			want: []brief{{"2024-09-03", "on 3 September 2024", "The accused was arrested at his flat"}}},
		{name: "answer with an address", text: "THE JUDGE: And the charge was laid when?\nMS OKORO: On 18 October, My Lord.", ref: "2025-02-10",
			want: []brief{{"2024-10-18", "On 18 October", "The charge was laid"}}},
		{name: "a name is no address", text: "Senator Hale, the committee's chair, resigned on 4 May 2023.", ref: "2025-02-10",
			want: []brief{{"2023-05-04", "on 4 May 2023", "Senator Hale, the committee's chair, resigned"}}},
	})
}
