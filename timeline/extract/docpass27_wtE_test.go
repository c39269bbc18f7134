package extract

import "testing"

// TestVagueAskedOrBidden27E: a vague reference in a question ("what are
// you doing these days?") or in a clause that bids the reader act
// ("update to 2.9.2 now", "Book now") tells nothing of the present, no
// row; one in a statement ("The building is condos now") stays.
func TestVagueAskedOrBidden27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an interviewer's question", ref: "2003-06-14", text: "REYES: And what are you doing these days?", want: nil},
		{name: "an imperative after an if clause", ref: "2024-06-18", text: "If you ship libtiffy, update to 2.9.2 now.", want: nil},
		{name: "an imperative alone", ref: "2024-06-18", text: "Register now to keep your place.", want: nil},
		{name: "a statement of the present", ref: "2024-06-18", text: "The old mill is flats now.",
			want: []brief{{"PRESENT_REF", "now", "The old mill is flats"}}},
		{name: "a verb of the list opening a statement", ref: "2024-06-18", text: "Patch releases are out now.",
			want: []brief{{"PRESENT_REF", "now", "Patch releases are out"}}},
	})
}

// TestYearInName27E: a year written after a name as part of it ("CAHT
// 2025", "DH Benelux 2025", "SRT '01") adds no year-only row beside a
// date of that year in the same sentence; the name keeps its year in the
// title.
func TestYearInName27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an acronym and its year", ref: "2024-10-14", text: "CAHT 2025 will take place in early May 2025.",
			want: []brief{{"2025-05", "in early May 2025", "CAHT 2025 will take place"}}},
		{name: "a two-digit year after an acronym", text: "The first official edition, SRT '01, was held in Enschede in June 2001.",
			want: []brief{{"2001-06", "in June 2001", "The first official edition, SRT '01, was held in Enschede"}}},
		{name: "a preposition before the year keeps it", ref: "2024-10-14", text: "In 2023 the society met in Leeds on 4 May.",
			want: []brief{{"2023-05-04", "on 4 May", "The society met in Leeds"}}},
	})
}

// TestEditionOfAnEvent27E: an edition of an event held in a place ("the
// 2024 edition in Bangkok") or held online is dated by its year, and two
// years joined by "and" before the noun are both its dates; an edition of
// a book in a language stays no event.
func TestEditionOfAnEvent27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an edition in a place", ref: "2024-10-14", text: "The 2008 edition in Lisbon was the first with proceedings.",
			want: []brief{{"2008", "2008", "The edition in Lisbon was the first with proceedings"}}},
		{name: "two editions held online", ref: "2024-10-14", text: "The 2020 and 2021 editions were held online.",
			want: []brief{{"2020", "2020", "The editions were held online"}, {"2021", "2021", "The editions were held online"}}},
		{name: "a book's edition in a language", ref: "2024-10-14", text: "The 2019 edition in English sold well.", want: nil},
	})
}

// TestLastFrame27E: "last month", "this year" that hold the finer date
// their clause gives ("Last month the group ran its first visit, on the
// night of 19 July") add no coarse row beside it, a passive verb between
// them ("is planned for") being the clause's own; a second clause keeps
// both.
func TestLastFrame27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "last month and its night", ref: "2025-08-20", text: "Last month the group ran its first swarming-site visit, on the night of 19 July.",
			want: []brief{{"2025-07-19TNI", "on the night of 19 July", "Last month the group ran its first swarming-site visit"}}},
		{name: "this year and a passive", ref: "2025-08-20", text: "This year the full survey is planned for the week of 14 July.",
			want: []brief{{"2025-W29", "the week of 14 July", "This year the full survey is planned"}}},
		{name: "two clauses", ref: "2025-08-20", text: "Last week the council met and on Friday it voted.",
			want: []brief{{"2025-W33", "Last week", "The council met"}, {"2025-08-15", "on Friday", "It voted"}}},
	})
}

// TestDayColonClause27E: "Wednesday was the highlight of the week: a
// warbler was trapped at 07:45" is one event, at 07:45 that Wednesday,
// titled by the clause after the colon ("the week" of "the highlight of
// the week" is no date); a day with a happening of its own before the
// colon keeps its row.
func TestDayColonClause27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the day said of, then its happening", ref: "2023-09-14", text: "Wednesday was the highlight of the week: a Yellow-browed Warbler was trapped at 07:45.",
			want: []brief{{"2023-09-13T07:45", "at 07:45", "A Yellow-browed Warbler was trapped"}}},
		{name: "a happening before the colon", ref: "2023-09-14", text: "On Monday the board met: the vote came at 16:00.",
			want: []brief{{"2023-09-11", "On Monday", "The board met"}, {"2023-09-11T16:00", "at 16:00", "The vote came"}}},
	})
}

// TestSamePointBaseline27E: "up from 2,906 at the same point in 2022" is
// the year a figure is compared with, no event; with it gone, "This
// morning" frames the time of the count and adds no row of its own.
func TestSamePointBaseline27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the same point of another year", ref: "2023-12-02", text: "This morning's count at 09:30 GMT gave 3,412 pups, up from 2,906 at the same point in 2022.",
			want: []brief{{"2023-12-02T09:30Z", "at 09:30 GMT", "This morning's count gave 3,412 pups, up from 2,906 at the same point in 2022"}}},
		{name: "the same time of last year's month", ref: "2023-12-02", text: "Visitor numbers reached 5,100, down from 6,000 at the same time in 2021.",
			want: nil},
	})
}

// TestLeadPhraseYearNoun27E: a year naming the noun after it inside a
// lead phrase ("Following the success of the 2024 edition in Bangkok,
// we invite papers") titles the event with the whole phrase, not "The
// success".
func TestLeadPhraseYearNoun27E(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "following the success of an edition", ref: "2024-10-14", text: "Following the success of the 2024 edition in Bangkok, we invite papers.",
			want: []brief{{"2024", "2024", "The success of the edition in Bangkok"}}},
		{name: "following an edition", ref: "2024-10-14", text: "Following the 2024 edition in Bangkok, we invite papers.",
			want: []brief{{"2024", "2024", "The edition in Bangkok"}}},
	})
}
