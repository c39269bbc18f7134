package extract

import "testing"

// TestPastStoryDaysH36f: in a text dated by its writer, days a past story
// names by reference to itself ("the next spring", "on the Sunday", the
// Wednesday someone "was asked to vote on") follow the story's date, and a
// day of a thing one signs up for is the nearest such: never a day on the
// wrong side of the writer's.
func TestPastStoryDaysH36f(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the next spring after the mill closed", ref: "2018-08-22",
			text: "The mill closed in the winter of 1958. I got a job at the bakery the next spring.",
			want: []brief{{"1958-WI", "in the winter of 1958", "The mill closed"}, {"1959-SP", "the next spring", "I got a job at the bakery"}}},
		{name: "the next spring with no story date near is left out", ref: "2018-08-22",
			text: "I got a job at the bakery the next spring.",
			want: nil},
		{name: "a course signed up for", ref: "2023-05-17",
			text: "I have also signed up for a one-day course at the community bakery on June 10.",
			want: []brief{{"2023-06-10", "on June 10", "I have also signed up for a one-day course at the community bakery"}}},
		{name: "the Sunday after the day told", ref: "2023-05-17",
			text: "We flew to Lyon on 3 June. Then on the Sunday we drove to Nice.",
			want: []brief{{"2022-06-03", "on 3 June", "We flew to Lyon"}, {"2022-06-05", "on the Sunday", "We drove to Nice"}}},
		{name: "asked to vote after the papers came", ref: "2019-03-14",
			text: "We received the final papers on Friday night and were asked to vote on Wednesday.",
			want: []brief{{"2019-03-08TNI", "on Friday night", "We received the final papers"}, {"2019-03-13", "on Wednesday", "We were asked to vote"}}},
	})
}
