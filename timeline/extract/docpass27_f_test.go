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

// TestPlaceClockAfterTime: a place's clock named after a time, with no
// offset ("UK time", "(local time)"), belongs to the time's date text, so
// the title keeps none of it and the time joins its day.
func TestPlaceClockAfterTime(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "bracketed UK time before the day", ref: "2024-10-07",
			text: "Applications close at 5pm (UK time) on 4 November 2024.",
			want: []brief{{"2024-11-04T17:00", "at 5pm (UK time) on 4 November 2024", "Applications close"}}},
		{name: "a place's time in the day's bracket", ref: "2024-10-07",
			text: "Nominations close on 4 November 2024 (midnight UK time).",
			want: []brief{{"2024-11-04T24:00", "on 4 November 2024 (midnight UK time)", "Nominations close"}}},
		{name: "noon in a zone, in brackets", ref: "2024-10-07",
			text: "Entries must arrive by 12:00 noon (GMT) on Monday 10 February 2025.",
			want: []brief{{"2025-02-10T12:00Z", "by 12:00 noon (GMT) on Monday 10 February 2025", "Entries must arrive"}}},
	})
}

// TestConvertedTimeLeavesTitle: a time told again on another clock, in
// brackets, and the "for" of the date taken out, leave the title.
func TestConvertedTimeLeavesTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a call's time in New York", ref: "2026-01-10",
			text: "I've booked a call for Thursday 22 January at 4pm UK time (11am in New York) to go through the draft.",
			want: []brief{{"2026-01-22T16:00", "Thursday 22 January at 4pm UK time", "I've booked a call to go through the draft"}}},
	})
}
