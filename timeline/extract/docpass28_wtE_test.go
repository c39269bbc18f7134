package extract

import "testing"

// TestNextInAfterADay: "next call in three months" in a clause after one
// that tells a day counts the amount from that day ("on 6 July 2023; next
// call in three months" is October 2023), or from the day of the sentence
// just before in the same paragraph; a clause whose last day told is no
// day gives nothing.
func TestNextInAfterADay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "next call after a semicolon", text: "Zoom call with the one-name study group on 6 July 2023; next call in three months.",
			want: []brief{{"2023-07-06", "on 6 July 2023", "Zoom call with the one-name study group"}, {"2023-10", "in three months", "Next call"}}},
		{name: "next fair after a sentence", text: "The fair was held on 3 May 2023. Next fair in two weeks.",
			want: []brief{{"2023-05-03", "on 3 May 2023", "The fair was held"}, {"2023-W20", "in two weeks", "Next fair"}}},
		{name: "after a month", text: "The fair was held in May 2023; next fair in a year.",
			want: []brief{{"2023-05", "in May 2023", "The fair was held"}}},
	})
}

// TestLocalTimeLetters: "LT" after a clock time is local time, not the
// lieutenant's "Lt.": "14:00 LT." ends its sentence, and the next
// sentence is not the time's title.
func TestLocalTimeLetters(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "LT then a sentence", ref: "2024-03-18", text: "The vessel will berth at Jebel Ali on 21 March 2024, 14:00 LT. Next port after Jebel Ali is Nhava Sheva.",
			want: []brief{{"2024-03-21T14:00", "on 21 March 2024, 14:00 LT", "The vessel will berth at Jebel Ali"}}},
	})
}

// TestDateSetOffAfterAStamp: a date set off by commas in the clause
// after a log line's date is titled by that clause, not by what follows
// the date: "Dec qtr 1851" is the death of Richard Goodwin, not "Leek 6b
// 112".
func TestDateSetOffAfterAStamp(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a registration quarter after a log date", text: "2023-05-02  Ordered GRO certificate: death of Richard Goodwin, Dec qtr 1851, Leek 6b 112.",
			want: []brief{{"1851-Q4", "Dec qtr 1851", "Death of Richard Goodwin, Leek 6b 112"}, {"2023-05-02", "2023-05-02", "Ordered GRO certificate"}}},
	})
}

// TestWritersAsideNoReport: "which I may say was hard" after a date is the
// writer's aside in a relative clause, nothing reported: the title is the
// main clause.
func TestWritersAsideNoReport(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which I may say", ref: "1850-11-14", text: "Our rent was raised in September, which I may say was hard.",
			want: []brief{{"1850-09", "in September", "Our rent was raised, which I may say was hard"}}},
	})
}
