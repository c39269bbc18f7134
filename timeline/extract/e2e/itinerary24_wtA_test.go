package e2e_test

import "testing"

// TestItineraryDays: a programme's numbered days ("**Day 4 – Aswan.**",
// "Day 3 – Monday 14 September: ...") are days counted from the trip's
// start the text gives before them ("Departure: Monday 20 October
// 2025"): what a day's paragraph tells at a time of day is on that day,
// never on the departure's; a day line that writes its date and what is
// done then is an event of that date.
func TestItineraryDays(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a time under a fourth day", file: "cruise.txt",
			text: "Departure: Monday 20 October 2025 from Luxor.\n\n**Day 4 – Aswan.** Excursion to Abu Simbel, departing by coach at 04:00.\n",
			want: []string{"2025-10-20 | Departure", "2025-10-23T04:00 | Excursion to Abu Simbel"},
			not:  []string{"2025-10-20T04:00"}},
		{name: "a numbered day no date counts", file: "trip.txt",
			text: "Booking confirmed on Monday 3 March 2025.\n\n**Day 4 – Aswan.** Excursion by coach at 04:00.\n",
			want: []string{"2025-03-03 | Booking confirmed"},
			not:  []string{"2025-03-03T04:00"}},
		{name: "the first day's programme", file: "cruise.md",
			text: "# River cruise\n\nDeparture: Monday 20 October 2025 from Luxor.\n\n**Day 1 – Luxor.** Embarkation from 12:00; lunch is served on board at 13:30.\n\n**Day 3 – Aswan.** We sail on and arrive at 18:00.\n\n**Day 5 – Aswan.** Disembarkation by 09:00.\n",
			want: []string{"2025-10-20T12:00 | Embarkation", "2025-10-20T13:30 | Lunch is served", "2025-10-22T18:00", "2025-10-24T09:00"}},
		{name: "a day line with its date and what is done", file: "tour.txt",
			text: "The tour departs on 12 September 2026.\n\nDay 3 – Monday 14 September: transfer to Obidos.\n",
			want: []string{"2026-09-12 | The tour departs", "2026-09-14 | Transfer to Obidos"}},
		{name: "dated day headings under a departure line", file: "walk.md",
			text: "# Walking the coast\n\n**Eight days — departure of 12 September 2026**\n\n## Itinerary\n\n**Day 1 – Saturday 12 September: Lisbon**\nMeet your guide in the lobby at 18:30.\n\n**Day 3 – Monday 14 September: Obidos**\nA morning transfer to the walled town.\n",
			want: []string{"2026-09-12T18:30 | Meet your guide", "2026-09-14 | A morning transfer"}},
	})
}
