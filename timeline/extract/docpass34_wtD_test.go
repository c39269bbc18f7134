package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestEitherOfTwoDays: "on Friday 21 or Saturday 22 March" is one day of
// the two, which the text does not say: the first, approximate, its words
// naming both; not a span over both days, nor two events. A clock time
// after the pair is the time of either day. Two days of one event ("19
// and 20 March") and two years ("in 1958 or 1959") keep their spans.
func TestEitherOfTwoDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "weekdays", text: "The plant sale will be held on Friday 21 or Saturday 22 March, depending on the weather.", ref: "2025-03-10",
			want: []brief{{"2025-03-21", "on Friday 21 or Saturday 22 March", "The plant sale will be held, depending on the weather"}}},
		{name: "either", text: "The plant sale will be held on either Friday 21 or Saturday 22 March.", ref: "2025-03-10",
			want: []brief{{"2025-03-21", "on either Friday 21 or Saturday 22 March", "The plant sale will be held"}}},
		{name: "bare day", text: "The inspectors will visit on 3 or 4 April.", ref: "2025-03-10",
			want: []brief{{"2025-04-03", "on 3 or 4 April", "The inspectors will visit"}}},
		{name: "clock after", text: "The quiz is on Thursday 13 or Friday 14 March at 7pm in the hall.", ref: "2025-03-10",
			want: []brief{{"2025-03-13T19:00", "on Thursday 13 or Friday 14 March at 7pm", "The quiz is in the hall"}}},
		{name: "both days", text: "The fair is held on 19 and 20 April.", ref: "2025-03-10",
			want: []brief{{"2025-04-19/2025-04-20", "on 19 and 20 April", "The fair is held"}}},
		{name: "years", text: "The letter was written in 1958 or 1959.", ref: "2025-03-10",
			want: []brief{{"1958/1959", "in 1958 or 1959", "The letter was written"}}},
	})
	doc := oneSection("p.txt", "The removal van comes on 28 March or 4 April.", timeline.Citation{})
	evs := Events(doc, Options{Ref: day(t, "2025-03-10")})
	if len(evs) != 1 || evs[0].Span.Start.Mod != timeline.ModApprox || evs[0].Span.IsRange() {
		t.Errorf("want one approximate day, got %+v", evs)
	}
}

// TestGappedNamedObject: a name alone after "and", before its date, after
// a clause whose object is a name, stands for that object ("He visited
// Paris in 1990 and Rome in 1992": "He visited Rome"); after a verb with
// no object it is the subject, and after an object that is no name it is
// left as it is.
func TestGappedNamedObject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "visited", text: "He visited Paris in 1990 and Rome in 1992.", ref: "2025-03-10",
			want: []brief{{"1990", "in 1990", "He visited Paris"}, {"1992", "in 1992", "He visited Rome"}}},
		{name: "moved to", text: "She moved to Leeds in 2001 and York in 2005.", ref: "2025-03-10",
			want: []brief{{"2001", "in 2001", "She moved to Leeds"}, {"2005", "in 2005", "She moved to York"}}},
		{name: "subject", text: "Sarah died in 1881, and Joseph in 1890.", ref: "2025-03-10",
			want: []brief{{"1881", "in 1881", "Sarah died"}, {"1890", "in 1890", "Joseph died"}}},
		{name: "own verb", text: "The club signed Smith in 2019 and Jones was sold in 2020.", ref: "2025-03-10",
			want: []brief{{"2019", "in 2019", "The club signed Smith"}, {"2020", "in 2020", "Jones was sold"}}},
	})
}
