package extract

import "testing"

// TestConcessionDate: a day in a concession that opens the sentence
// ("Whatever happens tonight, ...", "No matter what happens tomorrow,
// ...") is no event: what happens then is not told; the main clause's
// date stays, and its title leaves the concession out.
func TestConcessionDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "whatever happens tonight, after a speaker", ref: "2022-11-08", text: "WEISS: Whatever happens tonight, the fights over the debt ceiling start next year.",
			want: []brief{{"2023", "next year", "The fights over the debt ceiling start"}}},
		{name: "no matter what happens tomorrow", ref: "2022-11-08", text: "No matter what happens tomorrow, the union votes next year.",
			want: []brief{{"2023", "next year", "The union votes"}}},
		{name: "a plain day stays", ref: "2022-11-08", text: "Whatever the weather, the fair opens on Saturday.",
			want: []brief{{"2022-11-12", "on Saturday", "The fair opens"}}},
	})
}

// TestInBeforeTonight: "in" before "tonight" or "today" is the verb's
// ("a crowd of 31,422 in tonight"), no preposition of the date's text.
func TestInBeforeTonight(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a crowd in tonight", ref: "2022-11-08", text: "Good evening from the Quayside, a crowd of 31,422 in tonight.",
			want: []brief{{"2022-11-08TNI", "tonight", "Good evening from the Quayside, a crowd of 31,422"}}},
	})
}

// TestWorkNumberYear: a year in brackets after a work's opus or number
// ("Piano Sonata, Op. 3 (1921)", "String Quartet No. 2 (1924)") is the
// work's year, an event; a figure's year in brackets stays none.
func TestWorkNumberYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Op. 3 (1921)", text: "Her Piano Sonata, Op. 3 (1921) was praised.",
			want: []brief{{"1921", "1921", "Her Piano Sonata, Op. 3 was praised"}}},
		{name: "No. 2 (1924)", text: "Her String Quartet No. 2 (1924) was praised.",
			want: []brief{{"1924", "1924", "Her String Quartet No. 2 was praised"}}},
		{name: "a figure's year", text: "Daily traffic: 38,500 (2019).", want: nil},
	})
}

// TestPossessedDecade: a decade between a possessive and its noun ("the
// band's '90s output", "their 1980s albums") is the things' period, no
// event; one before a noun of something that happens ("their '90s
// comeback") dates it.
func TestPossessedDecade(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the band's '90s output", ref: "2025-09-09", text: "The campaign begins with the band's '90s output in the first half of 2026.",
			want: []brief{{"2026-H1", "in the first half of 2026", "The campaign begins with the band's '90s output"}}},
		{name: "their 1980s albums", text: "The reissue covers their 1980s albums.", want: nil},
		{name: "their '90s comeback", text: "Their '90s comeback was patchy.",
			want: []brief{{"199", "'90s", "Their comeback was patchy"}}},
	})
}

// TestSpentDecade: a decade one spends ("spent the 1980s running a guitar
// shop") is when it was done, an event, not an attributive decade.
func TestSpentDecade(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "spent the 1980s running", text: "Brennan left the group in 1979 and spent the 1980s running a guitar shop on Denmark Street.",
			want: []brief{{"1979", "in 1979", "Brennan left the group"}, {"198", "the 1980s", "Brennan spent the 1980s running a guitar shop on Denmark Street"}}},
	})
}
