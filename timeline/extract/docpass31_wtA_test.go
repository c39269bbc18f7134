package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestMonthLastNext: "last" after a day named without its year ("on the
// 26th of December last") is the last such day before the story's day,
// and the word is part of the date, not left in the title.
func TestMonthLastNext(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the 26th of December last", text: "The Assizes were opened at Lancaster on the 13th of March 1858.\n\nHalliwell struck Greenhalgh at Bolton on the 26th of December last, and Greenhalgh died on the 2nd of January.",
			want: []brief{{"1857-12-26", "on the 26th of December last", "Halliwell struck Greenhalgh at Bolton"}, {"1858-01-02", "on the 2nd of January", "Greenhalgh died"}, {"1858-03-13", "on the 13th of March 1858", "The Assizes were opened at Lancaster"}}},
	})
}

// TestFeastNight: "on Christmas night" is the night of that day; "night"
// is part of the date, not left in the title.
func TestFeastNight(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Christmas night", ref: "1858-03-13", text: "The men quarrelled at a beer-house on Christmas night.",
			want: []brief{{"1857-12-25TNI", "on Christmas night", "The men quarrelled at a beer-house"}}},
	})
}

// TestWeekdayLastSubject: "On Thursday last Her Majesty opened ...":
// "last" is part of the date, not the title's first word.
func TestWeekdayLastSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Thursday last before a subject", ref: "1851-05-03", text: "On Thursday last Her Majesty opened the Exhibition in Hyde Park.",
			want: []brief{{"1851-05-01", "On Thursday last", "Her Majesty opened the Exhibition in Hyde Park"}}},
	})
}

// TestTheNthOfDualYear: "the 20th of March 1745/6" is 1746-03-20, and
// "/6" is not left in the title.
func TestTheNthOfDualYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the Nth of Month with an Old Style year", text: "Will of Thomas Pell, proved on the 20th of March 1745/6.",
			want: []brief{{"1746-03-20", "on the 20th of March 1745/6", "Will of Thomas Pell was proved"}}},
	})
}

// TestApostropheMonths: a diary's "Jan'y 3d 1849." and "Feb'y 14th."
// are its days, each the date of its entry.
func TestApostropheMonths(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Jan'y and Feb'y", text: "Jan'y 3d 1849. Left New York in the bark Eliza.\n\nFeb'y 14th. Anchored at Rio de Janeiro.",
			want: []brief{{"1849-01-03", "Jan'y 3d 1849", "Left New York in the bark Eliza"}, {"1849-02-14", "Feb'y 14th", "Anchored at Rio de Janeiro"}}},
	})
}

// TestPresentMonth: "the present month" in a letter is the letter's
// month, not the present, and "month" is not left in the title.
func TestPresentMonth(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the present month", ref: "1849-01-03", text: "Business has been very dull the present month.",
			want: []brief{{"1849-01", "the present month", "Business has been very dull"}}},
	})
}

// TestThisDaySennight: "till this day se'nnight" is a week from the
// paper's day, with "se'nnight" out of the title.
func TestThisDaySennight(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "this day se'nnight", ref: "1849-01-08", text: "Mr. Jardine remanded the prisoner till this day se'nnight.",
			want: []brief{{"1849-01-15", "till this day se'nnight", "Mr. Jardine remanded the prisoner"}}},
	})
}

// TestNthAndNthDaysOf: "the 24th and 25th days of March 1760" are two
// days of March 1760, not the month.
func TestNthAndNthDaysOf(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the 24th and 25th days of", text: "The Manor passed by Lease and Release dated the 24th and 25th days of March 1760.",
			want: []brief{{"1760-03-24", "the 24th", "The Manor passed by Lease and Release"}, {"1760-03-25", "25th days of March 1760", "The Manor passed by Lease and Release"}}},
	})
}

// TestElidedDecade: "in the 'forties" beside 1847 is the 1840s.
func TestElidedDecade(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the 'forties", text: "The old vicarage was pulled down in the 'forties, and the present house built in the spring of 1847.",
			want: []brief{{"184", "in the 'forties", "The old vicarage was pulled down"}, {"1847-SP", "in the spring of 1847", "The present house was built"}}},
	})
}

// TestAsIfYesterday: "as if it were yesterday" is a saying, no event.
func TestAsIfYesterday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "as if it were yesterday", ref: "1849-01-03", text: "Father still talks of the great fire of 1835 as if it were yesterday.",
			want: []brief{{"1835", "1835", "Father still talks of the great fire of 1835 as if it were yesterday"}}},
	})
}

// TestWeekdayInst: "on Saturday the 22nd inst." is one event on the
// 22nd, not also one on the Saturday after the letter's day. (The title
// still keeps the date: not pinned here.)
func TestWeekdayInst(t *testing.T) {
	doc := oneSection("p.txt", "My brother sails for Calcutta on Saturday the 22nd inst. aboard the Hesperus.", timeline.Citation{})
	got := briefs(Events(doc, Options{Ref: day(t, "1851-03-14")}))
	if len(got) != 1 || got[0].Value != "1851-03-22" || got[0].DateText != "on Saturday the 22nd inst." {
		t.Errorf("got %q, want one event 1851-03-22 on Saturday the 22nd inst.", got)
	}
}
