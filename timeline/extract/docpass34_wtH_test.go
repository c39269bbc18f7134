package extract

import "testing"

// TestAsLateAsOpensNoSubject: a date opened by "as late as" or "as early
// as" before the subject, with no comma, is an adverbial like "In 1781",
// not the clause's subject, and leaves the title.
func TestAsLateAsOpensNoSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "as late as", text: "As late as 1781 senior officials in London placed their confidence in them.", ref: "2025-03-10",
			want: []brief{{"1781", "As late as 1781", "Senior officials in London placed their confidence in them"}}},
		{name: "as early as", text: "As early as 1850 local families in the valley kept bees.", ref: "2025-03-10",
			want: []brief{{"1850", "As early as 1850", "Local families in the valley kept bees"}}},
		{name: "date as subject still", text: "The 1990s ended with a long boom.", ref: "2025-03-10",
			want: []brief{{"199", "The 1990s", "The 1990s ended with a long boom"}}},
	})
}
