package extract

import "testing"

// TestNamedByItsYear: "the <Name> of <year>" names a thing by its year
// ("The Geminids of 2025"): beside a day of the sentence it makes no event
// of its own, and that day is of its year.
func TestNamedByItsYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a shower of a year to come", ref: "2024-12-20", text: "The Geminids of 2025 deserve special effort: the Moon rises around 23:00 on 13 December.",
			want: []brief{{"2025-12-13T23:00", "around 23:00 on 13 December", "The Moon rises"}}},
		{name: "alone it dates its sentence", ref: "2024-12-20", text: "The Geminids of 2025 deserve special effort.",
			want: []brief{{"2025", "2025", "The Geminids of 2025 deserve special effort"}}},
	})
}

// TestEventYearInItsOwnClause: a year that names an event ("Last year's
// show", "The 2019 drought") dates the clause it stands in when another
// clause of the sentence has a date of its own; a year that names a
// plan or a thing does not.
func TestEventYearInItsOwnClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "last year's show, but a day to come", ref: "2025-04-01", text: "Last year's show was rained off, but the summer show will be on Saturday 16 August.",
			want: []brief{{"2024", "Last year", "The show was rained off"}, {"2025-08-16", "on Saturday 16 August", "The summer show will be on Saturday 16 August"}}},
		{name: "a drought's year and the following winter", text: "The 2019 drought killed three trees, and we replaced them the following winter.",
			want: []brief{{"2019", "2019", "The drought killed three trees"}, {"2019-WI", "the following winter", "We replaced them"}}},
		{name: "a plan's year stays a name", ref: "2025-04-01", text: "The 2019 plan was scrapped, and a new plan was adopted in March 2024.",
			want: []brief{{"2024-03", "in March 2024", "A new plan was adopted"}}},
		{name: "an event year in a clause told as to come", ref: "2025-04-01", text: "Last year's show will be repeated, and the new show opens on Saturday 16 August.",
			want: []brief{{"2025-08-16", "on Saturday 16 August", "The new show opens"}}},
	})
}
