package extract

import "testing"

// TestTwoDatesOneEvent27: dates the writer gives twice or as two halves
// of one span make one event (session 27's blind passes over job postings
// and admissions timelines).
func TestTwoDatesOneEvent27(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a pair of days beside a length", ref: "2024-07-02",
			text: "The first two days, 2 and 3 September, are INSET days.",
			want: []brief{{"2024-09-02/2024-09-03", "2 and 3 September", "The first two days are INSET days"}}},
		{name: "two months spanned", ref: "2024-06-12",
			text: "Assessment days will run throughout February and March 2025.",
			want: []brief{{"2025-02/2025-03", "throughout February and March 2025", "Assessment days will run"}}},
		{name: "two months told apart", ref: "2024-06-12",
			text: "Sales rose in June and July.",
			want: []brief{{"2024-06", "in June", "Sales rose"}, {"2024-07", "July", "Sales rose"}}},
		{name: "two weekdays of next week", ref: "2025-03-06",
			text: "Four are invited to on-site interviews on Tuesday and Wednesday next week.",
			want: []brief{{"2025-03-11/2025-03-12", "on Tuesday and Wednesday next week", "Four are invited to on-site interviews"}}},
		{name: "the week and the likely day", ref: "2025-01-14",
			text: "The final panel is planned for the following week, most likely on Wednesday 22 January.",
			want: []brief{{"2025-01-22", "on Wednesday 22 January", "The final panel is planned for the following week"}}},
		{name: "next week, on Thursday", ref: "2025-01-14",
			text: "The board meets next week, on Thursday.",
			want: []brief{{"2025-01-23", "next week, on Thursday", "The board meets"}}},
	})
}

// TestHedgedDateWithYear: "usually" before a date whose year is written
// hedges one time; it is no habit ("normally in late August" is).
func TestHedgedDateWithYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "usually by a month of a year", ref: "2025-06-01",
			text: "Interns receive an offer, usually by the end of September 2025.",
			want: []brief{{"2025-09", "by the end of September 2025", "Interns receive an offer"}}},
		{name: "a habit stays none", ref: "2025-06-01",
			text: "The harvest normally begins in late August.",
			want: nil},
	})
}
