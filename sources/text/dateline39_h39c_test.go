package text

import "testing"

// TestDatelineDigest39 pins a digest of wire copy in plain text, each
// story a paragraph opening with its own dateline and no heading over it:
// each story is dated by its dateline (its year the one nearest the
// document's date), up to the next story's, not by the first story's.
func TestDatelineDigest39(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []section
	}{
		{
			name: "each story dated by its dateline",
			in: "World news briefing\n\n" +
				"NAIROBI, March 3 (Reuters) - Kenya's central bank cut its rate on Monday.\n\nThe next meeting is in April.\n\n" +
				"LIMA, March 7 (Reuters) - Peru's congress will vote on Monday, lawmakers said on Friday.\n",
			want: []section{
				{kind: H, text: "World news briefing", date: "2025-03-03", from: "dateline"},
				{kind: B, text: "NAIROBI, March 3 (Reuters)", date: "2025-03-03", from: "dateline"},
				{kind: B, text: "LIMA, March 7 (Reuters)", date: "2025-03-07", from: "dateline"},
			},
		},
		{
			name: "one dateline dates the whole story",
			in:   "Rates cut\n\nNAIROBI, March 3 (Reuters) - Kenya's central bank cut its rate on Monday.\n\nThe next meeting is in April.\n",
			want: []section{
				{kind: H, text: "Rates cut", date: "2025-03-03", from: "dateline"},
				{kind: B, text: "NAIROBI, March 3 (Reuters)", date: "2025-03-03", from: "dateline"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "digest.txt", Options{RefDate: date(t, "2025-11-18")})
			checkPositions(t, doc, tt.in)
			checkSections(t, doc, tt.want)
		})
	}
}
