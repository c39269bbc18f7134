package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestGlossedCountInHistory: a count from the date before it ("Almost a
// hundred years later") glossed by the year itself ("in AD 43") is no
// second event: the year written wins.
func TestGlossedCountInHistory(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a first-millennium year glosses the count", ref: "",
			text: "Caesar landed in Britain in 54 BC. Almost a hundred years later, in AD 43, Claudius invaded.",
			want: []brief{
				{"BC0054", "in 54 BC", "Caesar landed in Britain"},
				{"0043", "in AD 43", "Almost a hundred years later, Claudius invaded"},
			}},
	})
}

// TestDeadlineInCondition: a calendar day a condition sets as a deadline
// ("If you pay by 16 January, ...") is the deadline's event; a condition
// on a weekday or a weekend still tells nothing that happened.
func TestDeadlineInCondition(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "by a day, in an if-clause", ref: "2026-01-06",
			text: "If we have everything by 16 January, we will send a draft.",
			want: []brief{{"2026-01-16", "by 16 January", "If we have everything, we will send a draft"}}},
		{name: "no penalty", ref: "2026-01-06",
			text: "If you pay by 16 January, there is no penalty.",
			want: []brief{{"2026-01-16", "by 16 January", "If you pay, there is no penalty"}}},
		{name: "a condition on a weekday", ref: "2026-02-28",
			text: "If approved on Tuesday, the plan starts in May.",
			want: []brief{{"2026-05", "in May", "The plan starts"}}},
	})
}

// TestYearOfAKindToldOnItsDays: "the financial year ends" makes a rule of
// the days it names with no year ("ends on 31 March"), not of this year's
// end told on its day ("ends today") or with its year ("5 April 2025").
func TestYearOfAKindToldOnItsDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "ends today, from tomorrow", ref: "2025-06-30",
			text: "The financial year ends today, and from tomorrow Australians can start lodging their returns.",
			want: []brief{
				{"2025-06-30", "today", "The financial year ends"},
				{"2025-07-01", "from tomorrow", "Australians can start lodging their returns"},
			}},
		{name: "with its year", ref: "",
			text: "The tax year ends on 5 April 2025.",
			want: []brief{{"2025-04-05", "on 5 April 2025", "The tax year ends"}}},
		{name: "every year", ref: "2025-06-30",
			text: "Our financial year ends on 31 March.",
			want: nil},
	})
}

// TestDeadlineNamedByItsDay: "the September 15 deadline" is the deadline's
// day, whatever the sentence must do before it.
func TestDeadlineNamedByItsDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "must pay before the deadline", ref: "2025-09-10",
			text: "We must pay before the September 15 deadline.",
			want: []brief{{"2025-09-15", "September 15", "We must pay before the deadline"}}},
	})
}

// TestWhatIsNowAPlace: "what is now Mexico" names a place as it is called
// nowadays: no present event, and the title keeps "now"; a span of deep
// time is told whole, none of its numbers left in the title.
func TestWhatIsNowAPlace(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "what is now Mexico", ref: "2024-06-02",
			text: "The asteroid struck what is now Mexico 66 million years ago.",
			want: []brief{{"PAST_REF", "66 million years ago", "The asteroid struck what is now Mexico"}}},
		{name: "what is now northern Maine", ref: "2024-06-02",
			text: "The tribe hunted in what is now northern Maine.",
			want: nil},
		{name: "a span of deep time", ref: "",
			text: "Between about 201 and 145 million years ago, sauropods roamed North America.",
			want: []brief{{"PAST_REF", "Between about 201 and 145 million years ago", "Sauropods roamed North America"}}},
	})
}

// TestYearlyDaysReportedAsUsual: days a sentence says come back every
// year ("due on 31 January and 31 July each year") are left out as the
// usual time of something, dated document or not, not as days wanting a
// reference date; a weekday the sentence says a written date is ("June
// 15, 2025 is a Sunday") is no day left out.
func TestYearlyDaysReportedAsUsual(t *testing.T) {
	for _, ref := range []timeline.Date{{}, {Prec: timeline.Day, Year: 2025, Month: 3, Day: 1}} {
		doc := oneSection("tax.txt", "Payments on account are due on 31 January and 31 July each year.", timeline.Citation{Date: ref})
		c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
		if len(c.Events) != 0 || len(rep.Unresolved) != 2 || !rep.Unresolved[0].Habit || !rep.Unresolved[1].Habit {
			t.Errorf("ref %v: events %v, unresolved %+v: want none, and both days as habits", ref, c.Events, rep.Unresolved)
		}
	}
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 3}
	doc := oneSection("tax.txt", "Note that because June 15, 2025 is a Sunday, the deadline moves to the next business day.", timeline.Citation{Date: ref})
	c, rep := BuildWithReport([]*timeline.Document{doc}, Options{Tagger: tempex.Tag})
	if len(c.Events) != 1 || len(rep.Unresolved) != 0 {
		t.Errorf("events %v, unresolved %+v: want the day, and nothing left out", c.Events, rep.Unresolved)
	}
}
