package extract

import "testing"

// TestAgesOfThings: a century written as a thing's age before its noun
// ("the 13th-century cathedral") dates no event beside the sentence's own
// day; told of the thing ("The tower is 15th-century, but ...") it stays
// an event. A year in a UK Act's name qualifies it, as "Act of" does.
func TestAgesOfThings(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an age before its noun", ref: "2019-04-16", text: "A fire broke out in the roof of the 13th-century St. Aldric Cathedral on Monday evening.",
			want: []brief{{"2019-04-15TEV", "on Monday evening", "A fire broke out in the roof of the 13th-century St. Aldric Cathedral"}}},
		{name: "an age told of its thing", text: "The tower is 15th-century, but the nave was rebuilt by the Victorians in 1868-70.",
			want: []brief{{"14", "15th-century", "The tower is 15th-century"}, {"1868/1870", "in 1868-70", "The nave was rebuilt by the Victorians"}}},
		{name: "a UK Act's year beside a target year", ref: "2024-03-28", text: "The Climate Change Act 2008 requires net zero by 2050.",
			want: []brief{{"2050", "by 2050", "The Climate Change Act 2008 requires net zero"}}},
	})
}

// TestFilePictures: the year of an agency's file picture ("Photo: 2019
// file image") dates no event.
func TestFilePictures(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a file picture's credit", ref: "2022-01-21", text: "Photo: 2019 file image / Ohio Valley Press. A federal jury on Thursday convicted former police officer Grant Ellison.",
			want: []brief{{"2022-01-20", "on Thursday", "A federal jury convicted former police officer Grant Ellison"}}},
	})
}

// TestSeasonsNamingThings: a season before a noun names a kind of thing
// ("the autumn visit", "summer ablation", "the spring litter pick") and
// dates no event beside the sentence's own date; as an adverb ("the
// following spring she met") or a subject ("wet winter slowed the
// decline") it dates its sentence.
func TestSeasonsNamingThings(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a season before its noun", ref: "2020-11-04", text: "The autumn visit took place in the second week of September 2019.",
			want: []brief{{"2019-W37", "in the second week of September 2019", "The autumn visit took place"}}},
		{name: "a season as an adverb", text: "In 1919 she joined the Bauhaus; the following spring she met the weaver Otto Berger.",
			want: []brief{{"1919", "In 1919", "She joined the Bauhaus"}, {"1920-SP", "the following spring", "She met the weaver Otto Berger"}}},
	})
}
