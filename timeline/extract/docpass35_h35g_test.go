package extract

import "testing"

// TestModifiedPeriodPhraseH35g: a season's or a month's date that heads a
// noun phrase with modifiers before it ("the wet winter of 2023") is cut
// from the title whole, with its preposition; when no preposition takes
// it (a verb's object, a conjunct), or one that bounds a period whose
// date's text leaves it out ("after the dry summer of 1976", no AFTER
// told), it stays whole. The title never keeps
// the article and adjectives the date was cut from.
func TestModifiedPeriodPhraseH35g(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "in, an adjective", ref: "2024-03-14", text: "Orchards failed in the dry summer of 1976.",
			want: []brief{{"1976-SU", "summer of 1976", "Orchards failed"}}},
		{name: "two adjectives", ref: "2024-03-14", text: "Orchards failed during the long hot summer of 1976.",
			want: []brief{{"1976-SU", "summer of 1976", "Orchards failed"}}},
		{name: "after, its date not told bounded: the phrase stays", ref: "2024-03-14", text: "Orchards failed after the dry summer of 1976.",
			want: []brief{{"1976-SU", "summer of 1976", "Orchards failed after the dry summer of 1976"}}},
		{name: "before, its date not told bounded: the phrase stays", ref: "2024-03-14", text: "Orchards failed before the long hot summer of 1976.",
			want: []brief{{"1976-SU", "summer of 1976", "Orchards failed before the long hot summer of 1976"}}},
		{name: "after in the date's text, as before", ref: "2024-03-14", text: "Orchards failed after the summer of 1976.",
			want: []brief{{"1976-SU", "after the summer of 1976", "Orchards failed"}}},
		{name: "a demonstrative and adjectives", ref: "2024-03-14", text: "The canal froze during that long bitter winter of 1947.",
			want: []brief{{"1947-WI", "winter of 1947", "The canal froze"}}},
		{name: "a month's phrase", ref: "2024-03-14", text: "Reservoirs ran low in the hot July of 1976.",
			want: []brief{{"1976-07", "July of 1976", "Reservoirs ran low"}}},
		{name: "in, already right", ref: "2024-03-14", text: "The council cut grants in the wet winter of 2023.",
			want: []brief{{"2023-WI", "winter of 2023", "The council cut grants"}}},
		{name: "a verb's object stays whole", ref: "2024-03-14", text: "The board blamed the wet winter of 2023.",
			want: []brief{{"2023-WI", "winter of 2023", "The board blamed the wet winter of 2023"}}},
		{name: "an object before an adverb", ref: "2024-03-14", text: "Older farmers recall the cold winter of 1963 vividly.",
			want: []brief{{"1963-WI", "winter of 1963", "Older farmers recall the cold winter of 1963 vividly"}}},
		{name: "an object without modifiers", ref: "2024-03-14", text: "Older farmers recall the winter of 1963 vividly.",
			want: []brief{{"1963-WI", "the winter of 1963", "Older farmers recall the winter of 1963 vividly"}}},
		{name: "a conjunct of the object", ref: "2024-03-14", text: "The board blamed a lack of timber and the wet winter of 2023, which delayed the roof.",
			want: []brief{{"2023-WI", "winter of 2023", "The board blamed a lack of timber and the wet winter of 2023, which delayed the roof"}}},
		{name: "a subject stays whole", ref: "2024-03-14", text: "The cold winter of 1963 killed many ewes.",
			want: []brief{{"1963-WI", "winter of 1963", "The cold winter of 1963 killed many ewes"}}},
		{name: "a named storm keeps its name", ref: "2024-03-14", text: "Old oaks fell in the great storm of October 1987.",
			want: []brief{{"1987-10", "October 1987", "Old oaks fell in the great storm"}}},
		{name: "a year before its noun", ref: "2024-03-14", text: "Orchards failed in the 2019 drought.",
			want: []brief{{"2019", "2019", "Orchards failed in the drought"}}},
	})
}

// TestYearAndPossessorPhraseH35g: "the wet year of 2023" and a possessor's
// "the region's wettest winter of 2023" go whole, or stay whole as an
// object, as a season's phrase does.
func TestYearAndPossessorPhraseH35g(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the year of a year", ref: "2024-03-14", text: "Orchards failed in the wet year of 2023.",
			want: []brief{{"2023", "2023", "Orchards failed"}}},
		{name: "the year of a year, no adjective", ref: "2024-03-14", text: "Orchards failed in the year of 2023.",
			want: []brief{{"2023", "2023", "Orchards failed"}}},
		{name: "the year of a year as an object", ref: "2024-03-14", text: "Growers recall the year of 2023 bitterly.",
			want: []brief{{"2023", "2023", "Growers recall the year of 2023 bitterly"}}},
		{name: "a possessor after a preposition", ref: "2024-03-14", text: "Orchards failed during the region's wettest winter of 2023.",
			want: []brief{{"2023-WI", "winter of 2023", "Orchards failed"}}},
		{name: "a named possessor after a preposition", ref: "2024-03-14", text: "Orchards failed in Kent's wettest winter of 2023.",
			want: []brief{{"2023-WI", "winter of 2023", "Orchards failed"}}},
		{name: "a possessor as an object", ref: "2024-03-14", text: "The board blamed Kent's wettest winter of 2023.",
			want: []brief{{"2023-WI", "winter of 2023", "The board blamed Kent's wettest winter of 2023"}}},
	})
}
