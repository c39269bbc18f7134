package extract

import "testing"

// TestTitleResidue25: words that only pointed at the date go with it
// ("In 2023 alone", "In July 2024 too"); "that" before a noun of time
// points at the time: it opens no relative clause to drop; a relative
// clause of the subject ends where the main clause's verb follows its
// date, and goes when the main clause has the date.
func TestTitleResidue25(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "alone after a leading year", ref: "2024-08-02", text: "In 2023 alone, 1,204 cases were reported.",
			want: []brief{{"2023", "In 2023", "1,204 cases were reported"}}},
		{name: "too after a leading month", ref: "2024-08-02", text: "In July 2024 too, prices rose sharply.",
			want: []brief{{"2024-07", "In July 2024", "Prices rose sharply"}}},
		{name: "that week kept", ref: "", text: "The Thursday seminar that week moves to Friday 14 November 2025.",
			want: []brief{{"2025-11-14", "Friday 14 November 2025", "The Thursday seminar that week moves"}}},
		{name: "a relative that still dropped", ref: "", text: "The negotiations that began in March 2021 collapsed.",
			want: []brief{{"2021-03", "in March 2021", "The negotiations began"}}},
		{name: "the main clause's date after a relative clause's", ref: "", text: "The talks that began in March 2021 collapsed in May 2021.",
			want: []brief{{"2021-03", "in March 2021", "The talks began"}, {"2021-05", "in May 2021", "The talks collapsed"}}},
		{name: "a passive relative clause", ref: "", text: "The company that was founded in 1990 collapsed in May 2021.",
			want: []brief{{"1990", "in 1990", "The company was founded"}, {"2021-05", "in May 2021", "The company collapsed"}}},
	})
}

// TestOpensAtOnADay: a time of opening followed by one weekday ("opens at
// 4:00 p.m. on Friday") is that day's event, not opening hours; after a
// day to come written with its weekday, it is that day's.
func TestOpensAtOnADay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "check-in on a Friday", ref: "2024-09-01", text: "Check-in opens at 4:00 p.m. on Friday.",
			want: []brief{{"2024-09-06T16:00", "at 4:00 p.m. on Friday", "Check-in opens"}}},
		{name: "the Friday of the retreat", ref: "2024-09-01", text: "The retreat runs from Friday, October 18 through Sunday, October 20. Check-in opens at 4:00 p.m. on Friday.",
			want: []brief{{"2024-10-18/2024-10-20", "from Friday, October 18 through Sunday, October 20", "The retreat runs"}, {"2024-10-18T16:00", "at 4:00 p.m. on Friday", "Check-in opens"}}},
		{name: "hours on every Monday", ref: "2024-09-01", text: "The library opens at 9 a.m. on Mondays.",
			want: nil},
	})
}

// TestEachUnitHabit: a clock time in a sentence about every sailing,
// performance or day ("Each sailing departs at 10:00") is a timetable's,
// no event of the writer's day. (The pattern that says so had control
// characters where its word boundaries belong, and never matched.)
func TestEachUnitHabit(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "each sailing", ref: "2025-03-03", text: "Each sailing departs at 10:00 from Pier 2.", want: nil},
		{name: "every performance", ref: "2025-03-03", text: "Every performance starts at 19:30.", want: nil},
		{name: "each bucket is no time", ref: "2025-03-03", text: "Each bucket is large. The crew starts at 10:00 on 4 March 2025.",
			want: []brief{{"2025-03-04T10:00", "at 10:00 on 4 March 2025", "The crew starts"}}},
	})
}
