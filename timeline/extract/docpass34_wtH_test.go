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

// TestSingularSubjectAfterAnd: after "and", a singular noun and a past
// verb of its own ("and unemployment fell in December") open a clause of
// their own, not an object gapped from the first clause's verb.
func TestSingularSubjectAfterAnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "fell", text: "Inflation fell to 2.5% in January, and unemployment fell in December.", ref: "2025-03-10",
			want: []brief{{"2024-12", "in December", "Unemployment fell"}, {"2025-01", "in January", "Inflation fell to 2.5%"}}},
		{name: "declined", text: "Output rose by 3% in 2019 and investment declined in 2020.", ref: "2025-03-10",
			want: []brief{{"2019", "in 2019", "Output rose by 3%"}, {"2020", "in 2020", "Investment declined"}}},
		{name: "same subject", text: "She joined the board in 2010 and retired in 2018.", ref: "2025-03-10",
			want: []brief{{"2010", "in 2010", "She joined the board"}, {"2018", "in 2018", "She retired"}}},
	})
}

// TestSetOffRelativeClauseEndsAtItsComma: a relative clause set off by
// commas ends at its closing comma; the main clause's verb after it is
// no part of the clause's title.
func TestSetOffRelativeClauseEndsAtItsComma(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "who, ended", text: "A dispute between the two farmers, who had shared the field since 1950, ended.", ref: "2025-03-10",
			want: []brief{{"1950", "since 1950", "The two farmers had shared the field"}}},
		{name: "who, with more after the date", text: "Our neighbour, who moved here in 2004 from Leeds, has retired.", ref: "2025-03-10",
			want: []brief{{"2004", "in 2004", "Our neighbour moved here from Leeds"}}},
	})
}

// TestTrailingParticipleKeepsItsNoun: a short noun before a time, and a
// participle phrase after the comma that closes the sentence ("Mass at
// 9.30am, followed by tea in the hall"), keep the noun: the phrase is no
// main clause after a lead-in.
func TestTrailingParticipleKeepsItsNoun(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "followed by", text: "Monday: Mass at 9.30am, followed by tea in the hall.", ref: "2025-03-10",
			want: []brief{{"2025-03-10T09:30", "at 9.30am", "Mass, followed by tea in the hall"}}},
		{name: "preceded by", text: "Evensong at 6pm, preceded by choir practice.", ref: "2025-03-10",
			want: []brief{{"2025-03-10T18:00", "at 6pm", "Evensong, preceded by choir practice"}}},
		{name: "lead-in still cut", text: "On 4 March, the ferry sailed at noon.", ref: "2025-03-10",
			want: []brief{{"2025-03-04T12:00", "On 4 March … at noon", "The ferry sailed"}}},
	})
}

// TestAddressCommaEndsNoLeadIn: the comma between a numbered street and
// its town ("4 Bridge Street, Ludlow") ends no lead-in; a lead-in of a
// street with no number still does.
func TestAddressCommaEndsNoLeadIn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "lease", text: "(A) By a lease dated 1 October 2014 the premises at 4 Bridge Street, Ludlow were let to the Tenant.", ref: "2025-03-10",
			want: []brief{{"2014-10-01", "1 October 2014", "By a lease the premises at 4 Bridge Street, Ludlow were let to the Tenant"}}},
		{name: "street lead-in", text: "In Baker Street, the shop opened on 4 May 2019.", ref: "2025-03-10",
			want: []brief{{"2019-05-04", "on 4 May 2019", "The shop opened"}}},
	})
}

// TestGappedPlaceAfterPronoun: after a pronoun subject, a name gapped
// after "and" changes the place of "in" or "at" ("He lived in Paris in
// 1990 and Rome in 1992" is "He lived in Rome"); after a name the name
// may be the next subject, and is left alone.
func TestGappedPlaceAfterPronoun(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "lived in", text: "He lived in Paris in 1990 and Rome in 1992.", ref: "2025-03-10",
			want: []brief{{"1990", "in 1990", "He lived in Paris"}, {"1992", "in 1992", "He lived in Rome"}}},
		{name: "worked at", text: "She worked at Harwell in 1960 and Culham in 1965.", ref: "2025-03-10",
			want: []brief{{"1960", "in 1960", "She worked at Harwell"}, {"1965", "in 1965", "She worked at Culham"}}},
		{name: "visited still", text: "He visited Paris in 1990 and Rome in 1992.", ref: "2025-03-10",
			want: []brief{{"1990", "in 1990", "He visited Paris"}, {"1992", "in 1992", "He visited Rome"}}},
	})
}
