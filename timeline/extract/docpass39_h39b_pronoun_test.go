package extract

import "testing"

// TestBareSurname39: a person named by the surname alone, the subject of
// a verb only a person's life takes ("Okafor joined the agency"), is who
// "he" or "she" in the same paragraph stands for; a country, an outlet
// or a common noun that opens a sentence is not.
func TestBareSurname39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "joined", ref: "2025-11-18", text: "Okafor joined the agency in 2009. He became its director in 2016.",
			want: []brief{{"2009", "in 2009", "Okafor joined the agency"}, {"2016", "in 2016", "Okafor became its director"}}},
		{name: "born", ref: "2025-11-18", text: "Mensah was born in Kumasi in 1961. She moved to London in 1985.",
			want: []brief{{"1961", "in 1961", "Mensah was born in Kumasi"}, {"1985", "in 1985", "Mensah moved to London"}}},
		{name: "a country", ref: "2025-11-18", text: "Britain joined the EEC in 1973. He signed the treaty in 1972.",
			want: []brief{{"1972", "in 1972", "He signed the treaty"}, {"1973", "in 1973", "Britain joined the EEC"}}},
		{name: "a common noun", ref: "2025-11-18", text: "Inflation rose to 9% in 2022. He blamed the war in 2023.",
			want: []brief{{"2022", "in 2022", "Inflation rose to 9%"}, {"2023", "in 2023", "He blamed the war"}}},
		{name: "an aside after the name", ref: "2025-11-18", text: "Banda, the team's lead mechanic, was injured on 2 September. He returned to work on 16 September.",
			want: []brief{{"2025-09-02", "on 2 September", "Banda, the team's lead mechanic, was injured"}, {"2025-09-16", "on 16 September", "Banda returned to work"}}},
		{name: "a second person", ref: "2025-11-18", text: "Okafor joined the agency in 2009. Dr Hale became its director in 2016. He resigned in 2020.",
			want: []brief{{"2009", "in 2009", "Okafor joined the agency"}, {"2016", "in 2016", "Dr Hale became its director"}, {"2020", "in 2020", "He resigned"}}},
	})
}
