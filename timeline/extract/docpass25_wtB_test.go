package extract

import "testing"

// TestClockBeforeCoarserDate: a clock time before a date coarser than a
// day ("rises before 9pm by the end of the month") dates its sentence by
// that period, not by the day the sentence before told.
func TestClockBeforeCoarserDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "before 9pm by the end of the month", ref: "2024-09-25", text: "Clocks go back on Sunday 27 October. Jupiter rises before 9pm by the end of the month.",
			want: []brief{{"2024-10", "by the end of the month", "Jupiter rises before 9pm"}, {"2024-10-27", "on Sunday 27 October", "Clocks go back"}}},
	})
}

// TestMonthAfterAPartAhead: "by the end of the month" in the sentence
// after a part of a month looked ahead to ("the first week of March next
// year") is the end of the writer's month.
func TestMonthAfterAPartAhead(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the end of the month after the first week of March next year", ref: "2024-09-09",
			text: "Lambing starts in the first week of March next year. The new grain dryer should be commissioned by the end of the month.",
			want: []brief{{"2024-09", "by the end of the month", "The new grain dryer should be commissioned"}, {"2025-03", "in the first week of March next year", "Lambing starts"}}},
	})
}
