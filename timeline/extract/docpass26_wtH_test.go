package extract

import "testing"

// TestSpeakerHeadBeforeFor: the head of a speaker's phrase is the noun
// before "for" ("A spokesperson for the armed forces says", not "say").
func TestSpeakerHeadBeforeFor(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "spokesperson for the forces", ref: "2023-11-02", text: "A spokesperson for the armed forces said on 30 October that the strike had targeted a depot.",
			want: []brief{{"2023-10-30", "on 30 October", "A spokesperson for the armed forces says the strike had targeted a depot"}}},
		{name: "plural head before for", ref: "2023-11-02", text: "Lawyers for the families said on 30 October that the ruling would be appealed.",
			want: []brief{{"2023-10-30", "on 30 October", "Lawyers for the families say the ruling would be appealed"}}},
	})
}
