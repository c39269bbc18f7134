package extract

import "testing"

// TestZoneEndsSentence: "EST." in capitals after a clock is the zone and
// ends its sentence (it was read as "est.", established, and the next
// sentence joined the title); the same time told on another clock after
// a slash without minutes ("/ 11 a.m. EST") leaves the title too.
func TestZoneEndsSentence(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "EST. ends a sentence", ref: "2025-11-03", text: "The call starts at 16:00 GMT / 11:00 EST. The auditors will present their report.",
			want: []brief{{"2025-11-03T16:00Z", "at 16:00 GMT", "The call starts"}}},
		{name: "slash time in hours", ref: "2025-11-03", text: "The call starts on 11 November 2025 at 4 p.m. GMT / 11 a.m. EST. The auditors will present.",
			want: []brief{{"2025-11-11T16:00Z", "on 11 November 2025 at 4 p.m. GMT", "The call starts"}}},
	})
}

// TestStampedLogTomorrow: in a log whose lines open with a full date and
// a time, "tomorrow" in an entry is the day after that entry's stamp,
// with or without a date of the document.
func TestStampedLogTomorrow(t *testing.T) {
	log := "11/01/2025 22:40 - Admitted via A&E with chest pain.\n12/01/2025 09:15 - Consultant ward round\nTroponin rising. Plan angiogram tomorrow.\n13/01/2025 14:00 - Angiogram performed."
	want := []brief{{"2025-01-11T22:40", "11/01/2025 22:40", "Admitted via A&E with chest pain"}, {"2025-01-12T09:15", "12/01/2025 09:15", "Consultant ward round"},
		{"2025-01-13", "tomorrow", "Plan angiogram"}, {"2025-01-13T14:00", "13/01/2025 14:00", "Angiogram performed"}}
	runRealCases(t, []realCase{
		{name: "undated", text: log, want: want},
		{name: "printed later", ref: "2025-02-03", text: log, want: want},
	})
}

// TestDiaryEntryTomorrow: a diary whose paragraphs open with their day
// ("12 January 2025. Walked ...") tells each entry's "tomorrow" from that
// day.
func TestDiaryEntryTomorrow(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "entries by paragraph", text: "11 January 2025. Arrived in Lyon in the rain.\n\n12 January 2025. Walked to the old town. We leave for Annecy tomorrow.\n\n13 January 2025. Annecy at last.",
			want: []brief{{"2025-01-11", "11 January 2025", "Arrived in Lyon in the rain"}, {"2025-01-12", "12 January 2025", "Walked to the old town"},
				{"2025-01-13", "tomorrow", "We leave for Annecy"}, {"2025-01-13", "13 January 2025", "Annecy at last"}}},
	})
}

// TestStampedLogEntryDay: every expression of a log's entry counts from
// the entry's stamp: "this morning", "overnight", a weekday planned.
func TestStampedLogEntryDay(t *testing.T) {
	log := "12/01/2025 16:40 - Evening review\nNew confusion noted.\n13/01/2025 08:50 - Morning round\nSettled overnight. Chest film this morning looks better.\n15/01/2025 10:30 - Consultant round\nDischarge planned for Friday."
	runRealCases(t, []realCase{
		{name: "entry day", text: log, want: []brief{
			{"2025-01-12T16:40", "12/01/2025 16:40", "Evening review"},
			{"2025-01-12TNI", "overnight", "Settled"},
			{"2025-01-13TMO", "this morning", "Chest film looks better"},
			{"2025-01-13T08:50", "13/01/2025 08:50", "Morning round"},
			{"2025-01-15T10:30", "15/01/2025 10:30", "Consultant round"},
			{"2025-01-17", "Friday", "Discharge planned"}}},
	})
}
