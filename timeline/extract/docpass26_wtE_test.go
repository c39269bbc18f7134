package extract

import "testing"

// TestQuotedTitleYears: a year inside the quoted title of a talk or a
// book ("1984 Revisited", "Ashcombe in the 1960s") is the work's name or
// subject, no event, and stays in the headline of the event the
// sentence dates.
func TestQuotedTitleYears(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a title opening with a year", ref: "2026-03-02", text: "Author talk on the novel \"1984 Revisited\" - Thu 12 March, 6.30pm.",
			want: []brief{{"2026-03-12T18:30", "Thu 12 March, 6.30pm", "Author talk on the novel \"1984 Revisited\""}}},
		{name: "a title-cased quotation beside the day", ref: "2026-03-02", text: "Local history evening: \"Ashcombe in the 1960s\" - Wed 25 March, 7pm.",
			want: []brief{{"2026-03-25T19:00", "Wed 25 March, 7pm", "Local history evening: \"Ashcombe in the 1960s\""}}},
		{name: "a quoted saying still dates", ref: "2026-03-02", text: "She told the court \"we moved out in 1990\" on Tuesday.",
			want: []brief{{"1990", "in 1990", "\"we moved out\" on Tuesday"}, {"2026-02-24", "on Tuesday", "We moved out"}}},
	})
}

// TestFilmYearInBrackets: a year in brackets right after a title ("Jaws
// (1975)", "Top Gun (1986)") in a listing that dates its line by a day of
// the writer's year tells which film, no event; a bracketed year in a
// history ("the Civil Constitution of the Clergy (1790)") still dates.
func TestFilmYearInBrackets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a double bill", ref: "2025-06-09", text: "Sun 15 June 7pm - double bill: Jaws (1975) + Jurassic Park (1993).",
			want: []brief{{"2025-06-15T19:00", "Sun 15 June 7pm", "Double bill: Jaws (1975) + Jurassic Park (1993)"}}},
		{name: "a listing's line", ref: "2025-07-20", text: "- Fri 1 Aug — Top Gun (1986) in 4K",
			want: []brief{{"2025-08-01", "Fri 1 Aug", "Top Gun (1986) in 4K"}}},
		{name: "a history's bracketed year", ref: "2025-07-20", text: "The Church was split by the Civil Constitution of the Clergy (1790).",
			want: []brief{{"1790", "1790", "The Church was split by the Civil Constitution of the Clergy"}}},
	})
}

// TestFeastNamesAThing: a feast before a noun ("Easter trail", "the
// Christmas market") names the thing, which the other dates of its
// sentence date.
func TestFeastNamesAThing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an Easter trail", ref: "2026-03-02", text: "Easter trail: Sat 28 March until Sun 12 April.",
			want: []brief{{"2026-03-28/2026-04-12", "Sat 28 March until Sun 12 April", "Easter trail"}}},
		{name: "a Christmas market", ref: "2025-10-02", text: "The Christmas market opens on 28 November.",
			want: []brief{{"2025-11-28", "on 28 November", "The Christmas market opens"}}},
	})
}

// TestCodeNumberNoYear: a number that is a code to key in ("enter
// passcode 2026", "The conference ID is 2026.", "PIN: 1987", "extension
// 2031") is no year.
func TestCodeNumberNoYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a passcode", ref: "2025-07-10", text: "To join the webinar, dial 1-888-555-0110 and enter passcode 2026.", want: nil},
		{name: "a conference ID", ref: "2025-07-10", text: "The conference ID is 2026.", want: nil},
		{name: "a PIN", ref: "2025-07-10", text: "Your PIN: 1987. Keep it safe.", want: nil},
		{name: "an access code", ref: "2025-07-10", text: "Use access code 2019 at the side door.", want: nil},
		{name: "an extension", ref: "2025-07-10", text: "Call the helpdesk on extension 2031.", want: nil},
		{name: "a code year", ref: "2025-07-10", text: "The company changed its code in 2019.",
			want: []brief{{"2019", "in 2019", "The company changed its code"}}},
	})
}

// TestForFrame: a period the sentence is for, opening it after "For" and
// set off by a comma ("For the coming winter, ..."), frames the other
// date of the sentence, which dates it; alone it dates the sentence.
func TestForFrame(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a frame and a deadline", ref: "2022-05-09", text: "For the coming winter, the Working Group recommends that tenders be launched by July 2022.",
			want: []brief{{"2022-07", "by July 2022", "The Working Group recommends tenders be launched"}}},
		{name: "a year's budget set on a day", ref: "2024-05-09", text: "For 2025, the council set its budget on 3 March 2024.",
			want: []brief{{"2024-03-03", "on 3 March 2024", "For 2025, the council set its budget"}}},
	})
}

// TestSuperlativeOfEveryYear: a month or a season told with "is" or
// "are" and a superlative ("Our phone lines are busiest in January") is
// what is so every year, no event; told in the past it is that one.
func TestSuperlativeOfEveryYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "busiest in January", ref: "2025-10-14", text: "Our phone lines are busiest in January.", want: nil},
		{name: "the river at its highest in spring", ref: "2025-10-14", text: "The river is at its highest in spring.", want: nil},
		{name: "were busiest in January", ref: "2025-10-14", text: "Our phone lines were busiest in January.",
			want: []brief{{"2025-01", "in January", "Our phone lines were busiest"}}},
	})
}

// TestRelativeYearOfARule: "last year's" in a sentence of what is done
// every year ("recalculated each July based on last year's return") is
// the year before each one, no event; alone it is the writer's last year.
func TestRelativeYearOfARule(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "each July", ref: "2025-01-20", text: "The Canada Child Benefit is recalculated each July based on last year's return.", want: nil},
		{name: "last year's alone", ref: "2025-01-20", text: "Last year's return showed a loss.",
			want: []brief{{"2024", "Last year", "The return showed a loss"}}},
	})
}

// TestDatesCompared: a sentence that compares two dates ("3200 BC is
// earlier than 800 BC") says what the calendar is, no event.
func TestDatesCompared(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "BC counts backwards", ref: "", text: "Remember that BC counts backwards: 3200 BC is earlier than 800 BC.", want: nil},
		{name: "a day comes before another", ref: "", text: "In the old calendar, 25 March 1750 came after 24 March 1750.", want: nil},
	})
}

// TestNamedYearState: a year that names the subject of a sentence telling
// how it stands now ("The 2024 Flash Appeal ... is only 23% funded") makes
// no event; what befell it then ("was launched") does.
func TestNamedYearState(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an appeal's funding", ref: "2024-06-10", text: "The 2024 Flash Appeal ($86.5 million) is only 23% funded.", want: nil},
		{name: "an agreement in force", ref: "2024-06-10", text: "The 2015 Paris Agreement remains the main climate treaty.", want: nil},
		{name: "an appeal launched", ref: "2024-06-10", text: "The 2024 Flash Appeal was launched in Geneva.",
			want: []brief{{"2024", "2024", "The Flash Appeal was launched in Geneva"}}},
		{name: "games to be held", ref: "2024-03-10", text: "The 2024 Olympics are due to open in Paris.",
			want: []brief{{"2024", "2024", "The Olympics are due to open in Paris"}}},
	})
}
