package extract

import "testing"

// TestLawAsAmended: the citation "as amended by" tells which text of a law
// is in force, no amending: the amending law's year is part of its name;
// a law amended or passed in the clause ("It was amended by the Housing
// Act 2004") still dates it.
func TestLawAsAmended(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a citation's as amended by", text: "Reason: To comply with Section 91 of the Town and Country Planning Act 1990 as amended by Section 51 of the Planning and Compulsory Purchase Act 2004.",
			want: nil},
		{name: "a law amended", text: "The scheme was amended by the Housing Act 2004.",
			want: []brief{{"2004", "2004", "The scheme was amended by the Housing Act"}}},
	})
}

// TestBracketParticiple: a year a participle in brackets gives a noun
// ("existing conservatory (built 1996)") is titled by the noun and the
// participle, not by the sentence's main clause.
func TestBracketParticiple(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a participle in brackets", text: "Proposal: Erection of single-storey rear extension and loft conversion with rear dormer following demolition of existing conservatory (built 1996).",
			want: []brief{{"1996", "1996", "Existing conservatory built"}}},
	})
}

// TestPerfectOverNamedYear: a present perfect ("has remastered") tells
// something done lately, which a year naming a thing ("her 1999 film")
// does not date; a past tense keeps the year ("the 2015 agreement
// collapsed").
func TestPerfectOverNamedYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a perfect over a film's year", ref: "2025-03-03", text: `Criterion has remastered her 1999 film "Blue Hour" in 4K.`,
			want: nil},
		{name: "a past tense keeps it", text: "The 2015 agreement collapsed.",
			want: []brief{{"2015", "2015", "The agreement collapsed"}}},
	})
}
