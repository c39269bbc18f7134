package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestCoordinatedYearNoDocDate: with no date of its own, a document's
// month or day written without a year and coordinated with one that has
// it ("in February and March 2022", "deployed on 4 June and recovered on
// 15 June 2021") is of that year, an event of its own.
func TestCoordinatedYearNoDocDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two months", text: "Deep convection occurred in February and March 2022.",
			want: []brief{{"2022-02", "in February", "Deep convection occurred"}, {"2022-03", "March 2022", "Deep convection occurred"}}},
		{name: "two days with a verb between", text: "The glider was deployed on 4 June and was recovered on 15 June 2021.",
			want: []brief{{"2021-06-04", "on 4 June", "The glider was deployed"}, {"2021-06-15", "on 15 June 2021", "The glider was recovered"}}},
	})
}

// TestCoordinatedTargets: the second of two dates joined by "and" after
// a noun and "of" ("targets of March 2024 and then autumn 2024") goes
// with that noun as the first does; a target's dates are when it was to
// be met, events even in a perfect or a modal sentence. Beside another
// date of the sentence both only qualify their noun.
func TestCoordinatedTargets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two targets", ref: "2025-12-09", text: "The Department has previously set targets of March 2024 and then autumn 2024, both of which were missed.",
			want: []brief{{"2024-03", "March 2024", "The Department has previously set targets, both of which were missed"},
				{"2024-FA", "autumn 2024", "The Department has previously set targets, both of which were missed"}}},
		{name: "two targets to be set", ref: "2023-12-09", text: "The Department will set targets of March 2024 and then autumn 2024.",
			want: []brief{{"2024-03", "March 2024", "The Department will set targets"}, {"2024-FA", "autumn 2024", "The Department will set targets"}}},
		{name: "two years a budget is for", ref: "2024-06-01", text: "The budget for 2025 and 2026 was approved in March 2024.",
			want: []brief{{"2024-03", "in March 2024", "The budget for 2025 and 2026 was approved"}}},
	})
}

// TestSubjectYearPlacesFinerDate: a year after "in" in the noun phrase
// that opens a sentence ("Autumn overturn in 2018 was complete by the
// third week of October") gives its year to a finer date of the clause
// and is one event with it; a season naming a kind of thing ("Autumn
// overturn") is no date left out. A finer date with its own year, or in
// a clause of its own, stays an event of its own.
func TestSubjectYearPlacesFinerDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a week of the year", text: "Autumn overturn in 2018 was complete by the third week of October.",
			want: []brief{{"2018-W42", "by the third week of October", "Autumn overturn was complete"}}},
		{name: "a month of the year", text: "The mixing in 2018 began in October.",
			want: []brief{{"2018-10", "in October", "The mixing began"}}},
		{name: "a day with its own year", text: "Sales in 2018 rose on 3 March 2019.",
			want: []brief{{"2018", "in 2018", "Sales rose on 3 March 2019"}, {"2019-03-03", "on 3 March 2019", "Sales rose"}}},
	})
	doc := oneSection("lake.txt", "Autumn overturn in 2018 was complete by the third week of October.", timeline.Citation{})
	if _, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag}); len(rep.Unresolved) != 0 {
		t.Errorf("unresolved %+v: want nothing left out", rep.Unresolved)
	}
}

// TestIdleNow: "now" in a clause of what may be ("Nothing may stop us now
// except the wind"), one that bids, the conjunction "now that", and "now"
// before a tally of the present ("The council now has 12 Green members
// out of 48") tell no present event; "The bridge is now open" does.
func TestIdleNow(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a modal clause", ref: "2023-04-14", text: "Nothing may stop us now except the wind.", want: nil},
		{name: "a tally", ref: "2026-05-07", text: "The council now has 12 Green members out of 48.", want: nil},
		{name: "please", ref: "2026-05-07", text: "Please block the date in your calendar now.", want: nil},
		{name: "now that", ref: "2026-05-07", text: "A few reminders now that we are halfway through the term.", want: nil},
		{name: "a state after a change", ref: "2026-05-07", text: "The bridge is now open.",
			want: []brief{{"PRESENT_REF", "now", "The bridge is open"}}},
	})
}

// TestLabelTimeToldRoughly: a time said roughly ("shortly before
// midnight") in an item a time label opens ("23:55 — ..."), within an
// hour of it on the side the words say, is the label's time again, no
// second event; another time of the item is one.
func TestLabelTimeToldRoughly(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "shortly before midnight", text: "Sunday 26 September 2021\n23:55 — Shortly before midnight, the party leaders appear together in the televised debate.",
			want: []brief{{"2021-09-26T23:55", "23:55", "Shortly before midnight, the party leaders appear together in the televised debate"}}},
		{name: "after midnight is not before it", text: "Sunday 26 September 2021\n23:55 — Shortly after midnight, the party leaders leave the studio.",
			want: []brief{{"2021-09-26T23:55", "23:55", "Shortly after midnight, the party leaders leave the studio"},
				{"2021-09-26T24:00", "Shortly after midnight", "The party leaders leave the studio"}}},
	})
}

// TestEveningBeforeWithAPlace: "the evening before" with a place after
// it is the evening before the day just told, an event of its own.
func TestEveningBeforeWithAPlace(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a prayer meeting", text: "Funeral on Monday 26 February 2024 at 1.30pm. Prayer meeting the evening before at the family home.",
			want: []brief{{"2024-02-25TEV", "the evening before", "Prayer meeting at the family home"}, {"2024-02-26T13:30", "on Monday 26 February 2024 at 1.30pm", "Funeral"}}},
	})
}

// TestAfterHisRetirement: "Three years after his retirement" counts from
// the date of the sentence before when that sentence tells the
// retirement ("He retired from the mill in 1990").
func TestAfterHisRetirement(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "retirement", text: "He retired from the mill in 1990. Three years after his retirement he moved to Florida.",
			want: []brief{{"1990", "in 1990", "He retired from the mill"}, {"1993", "Three years after his retirement", "He moved to Florida"}}},
	})
}

// TestHeldEventYearBesideADay: a year naming an event held then ("the
// 2019 presidential election") is an event of that year even in a
// sentence of a figure, when the day the sentence also gives is in a
// clause of its own; a plan's year beside the day it was approved
// stays the plan's.
func TestHeldEventYearBesideADay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an election and a day of another clause", ref: "2024-05-05", text: "Turnout in the 2019 presidential election was 61.8%, and the first round was held on 14 April 2019.",
			want: []brief{{"2019", "2019", "Turnout in the presidential election was 61.8%"}, {"2019-04-14", "on 14 April 2019", "The first round was held"}}},
		{name: "a plan's year", ref: "2024-05-05", text: "The council approved the 2025 budget at its meeting on 24 March 2025.",
			want: []brief{{"2025-03-24", "on 24 March 2025", "The council approved the 2025 budget at its meeting"}}},
	})
}

// TestSaidAfterADatedReport: the day of a saying written after what was
// said ("..., JPL said on Monday") is titled by who says what, without
// the dates of what was said, which are events of their own.
func TestSaidAfterADatedReport(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "last week, said on Monday", ref: "2023-12-18", text: "The rover reached its 1,000th sol last week, JPL said on Monday.",
			want: []brief{{"2023-W50", "last week", "The rover reached its 1,000th sol"}, {"2023-12-18", "on Monday", "JPL says the rover reached its 1,000th sol"}}},
	})
}
