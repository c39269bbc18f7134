package extract

import "testing"

// TestDayOpensTheSentence: a sentence that opens with the one day its
// clock time is on tells that day's time, even with a verb of opening
// hours ("opens at"); a sentence of every such day (a plural weekday,
// "daily", "from" a day on) keeps the time out.
func TestDayOpensTheSentence(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "dated day", ref: "2025-03-01", text: "On Monday 2 June 2025 the workshop opens at 9:30.",
			want: []brief{{"2025-06-02T09:30", "On Monday 2 June 2025 … at 9:30", "The workshop opens"}}},
		{name: "weekday after the page's date", ref: "2025-03-01", text: "On Sunday the museum opens at 10:00.",
			want: []brief{{"2025-03-02T10:00", "On Sunday … at 10:00", "The museum opens"}}},
		{name: "closes", ref: "2025-03-01", text: "On 14 March 2025 the consultation closes at 17:00.",
			want: []brief{{"2025-03-14T17:00", "On 14 March 2025 … at 17:00", "The consultation closes"}}},
		{name: "plural weekday", ref: "2025-03-01", text: "On Sundays the museum opens at 10:00.",
			want: nil},
		{name: "daily from a day", ref: "2025-03-01", text: "On 3 March 2025 the café opens at 8am daily.",
			want: []brief{{"2025-03-03", "On 3 March 2025", "The café opens at 8am daily"}}},
		{name: "from a day on", ref: "2025-03-01", text: "From 3 March 2025 the café opens at 8am.",
			want: []brief{{"2025-03-03", "From 3 March 2025", "The café opens at 8am"}}},
		{name: "no day", ref: "2025-03-01", text: "The museum opens at 10:00.",
			want: nil},
	})
}
