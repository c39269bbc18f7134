package extract

import "testing"

// TestWeeksFromSunday: "two weeks from Sunday", told in the future, is
// counted from the Sunday to come.
func TestWeeksFromSunday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "weeks from Sunday", ref: "2025-09-09",
			text: "The pledge drive will be two weeks from Sunday.",
			want: []brief{{"2025-09-28", "two weeks from Sunday", "The pledge drive will be two weeks from Sunday"}}},
	})
}

// TestChurchYearDays: the days of the church's year are dated by Easter
// or Advent of their year, and keep their names in titles; a named day
// the tagger cannot place ("Pledge Sunday", "Clean Monday", "Thomas
// Sunday") is no plain weekday near the document's date.
func TestChurchYearDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "Lent, Trinity, Ascension", ref: "2024-02-11",
			text: "The Knights will host a breakfast on the second Sunday of Lent. The schola sings the Creed on Trinity Sunday. Ascension Thursday is a holy day of obligation.",
			want: []brief{
				{"2024-02-25", "on the second Sunday of Lent", "The Knights will host a breakfast"},
				{"2024-05-09", "Ascension Thursday", "Ascension Thursday is a holy day of obligation"},
				{"2024-05-26", "on Trinity Sunday", "The schola sings the Creed"},
			}},
		{name: "Pentecost and All Saints", ref: "2024-02-11",
			text: "The parish picnic is on Pentecost. We meet on All Saints' Day.",
			want: []brief{
				{"2024-05-19", "on Pentecost", "The parish picnic is on Pentecost"},
				{"2024-11-01", "on All Saints' Day", "We meet"},
			}},
		{name: "the Easter Vigil after Holy Saturday", ref: "2025-04-13",
			text: "Holy Saturday: the Easter Vigil begins at 8:30 p.m.",
			want: []brief{{"2025-04-19T20:30", "at 8:30 p.m.", "The Easter Vigil begins"}}},
		{name: "the Easter Vigil as the subject", ref: "2025-04-13",
			text: "The Easter Vigil will be livestreamed at 8:30 p.m. on Saturday.",
			want: []brief{{"2025-04-19T20:30", "Easter Vigil … at 8:30 p.m. on Saturday", "The Easter Vigil will be livestreamed"}}},
		{name: "the Second Sunday of Advent with its date", ref: "",
			text: "The new liturgical year begins on December 3, 2023.\n\nSecond Sunday of Advent (December 10): Lessons and Carols at 4 p.m.",
			want: []brief{
				{"2023-12-03", "on December 3, 2023", "The new liturgical year begins"},
				{"2023-12-10T16:00", "at 4 p.m.", "Lessons and Carols"},
			}},
		{name: "a feast's name before its date stays in the title", ref: "",
			text: "Great Lent began on Clean Monday, March 3, 2025. There is no fasting until Thomas Sunday, April 27.",
			want: []brief{
				{"2025-03-03", "March 3, 2025", "Great Lent began on Clean Monday"},
				{"2025-04-27", "April 27", "There is no fasting until Thomas Sunday"},
			}},
		{name: "a parish's named Sunday", ref: "2025-09-09",
			text: "Pledge Sunday will be held after the harvest.",
			want: nil},
		{name: "a parish's named Sunday, and weeks from Sunday", ref: "2025-09-09",
			text: "Pledge Sunday will be two weeks from Sunday.",
			want: []brief{{"2025-09-28", "two weeks from Sunday", "Pledge Sunday will be two weeks from Sunday"}}},
		{name: "a feast with an aside before its verb", ref: "2024-02-11",
			text: "On Sunday, June 2, we will process through the town. Trinity Sunday, the week before, will feature the Athanasian Creed.",
			want: []brief{
				{"2024-05-26", "Trinity Sunday", "Trinity Sunday will feature the Athanasian Creed"},
				{"2024-06-02", "On Sunday, June 2", "We will process through the town"},
			}},
	})
}

// TestFeastKeptOnAnotherDay: "keep Christmas on January 7" dates the day
// written, not 25 December.
func TestFeastKeptOnAnotherDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a feast kept on another day", ref: "2025-04-13",
			text: "Old Calendar parishes will keep Christmas on January 7.",
			want: []brief{{"2026-01-07", "on January 7", "Old Calendar parishes will keep Christmas"}}},
	})
}

// TestOnTheEve: "on the eve" after a feast's day is the day before it.
func TestOnTheEve(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "on the eve", ref: "2025-11-30",
			text: "Our parish feast, St. Nicholas, is on December 6. Vespers will be served on the eve at 6 p.m.",
			want: []brief{
				{"2025-12-05T18:00", "on the eve at 6 p.m.", "Vespers will be served"},
				{"2025-12-06", "on December 6", "Our parish feast, St. Nicholas, is on December 6"},
			}},
	})
}

// TestWeekdayPartBeforeDate: a weekday and a part of the day before the
// date they name ("Saturday night, September 28, 2024") make one event
// with it, not a second one near the document's date.
func TestWeekdayPartBeforeDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a weekday night before its date", ref: "2024-08-21",
			text: "Selichot: Saturday night, September 28, 2024, at 9:00 p.m. Simchat Torah: Thursday evening, October 24.",
			want: []brief{
				{"2024-09-28T21:00", "Saturday night, September 28, 2024, at 9:00 p.m.", "Selichot"},
				{"2024-10-24TEV", "Thursday evening, October 24", "Simchat Torah"},
			}},
	})
}

// TestRangeWeekdayYear: the weekday of a range whose year comes at its
// end is the range's, not a day left out.
func TestRangeWeekdayYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a range's weekday", ref: "",
			text: "The retreat runs from Friday, October 18 through Sunday, October 20, 2024.",
			want: []brief{{"2024-10-18/2024-10-20", "from Friday, October 18 through Sunday, October 20, 2024", "The retreat runs"}}},
	})
}
