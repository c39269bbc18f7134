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
