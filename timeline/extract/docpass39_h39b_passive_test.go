package extract

import "testing"

// TestPlacedPassive39: a participle after "and" with only a place before
// its date shares the auxiliary of a first verb that tells what was done
// to the subject ("was captured ... and burned at Rouen"), not that of a
// first verb that may be the subject's own doing.
func TestPlacedPassive39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "burned", ref: "2025-11-18", text: "She was captured at Compiègne in 1430 and burned at Rouen in 1431.",
			want: []brief{{"1430", "in 1430", "She was captured at Compiègne"}, {"1431", "in 1431", "She was burned at Rouen"}}},
		{name: "released near", ref: "2025-11-18", text: "The envoy was kidnapped in March 2004 and released near the border in May 2004.",
			want: []brief{{"2004-03", "in March 2004", "The envoy was kidnapped"}, {"2004-05", "in May 2004", "The envoy was released near the border"}}},
		{name: "born then studied", ref: "2025-11-18", text: "He was born in 1950 and studied at Oxford in 1970.",
			want: []brief{{"1950", "in 1950", "He was born"}, {"1970", "in 1970", "He studied at Oxford"}}},
		{name: "elected then served", ref: "2025-11-18", text: "He was elected in 2010 and served in the cabinet in 2014.",
			want: []brief{{"2010", "in 2010", "He was elected"}, {"2014", "in 2014", "He served in the cabinet"}}},
	})
}
