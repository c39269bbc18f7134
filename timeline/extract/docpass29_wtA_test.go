package extract

import "testing"

// TestBookedClock: a clock time that a booking is for, in a sentence that
// names no day ("restaurant booked for 8 people, 20:00"), is the booked
// thing's time, not one of the day the sentence is read against: no
// event. With its day told, it is one (QA 157).
func TestBookedClock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a booking's time with no day", ref: "2024-08-13", text: "Restaurant booked for 8 people, 20:00, table 12.",
			want: nil},
		{name: "a table reserved for a time", ref: "2024-08-13", text: "Table reserved for 19:30, under Jorge's name.",
			want: nil},
		{name: "a booking's time with its day", ref: "2024-08-13", text: "Restaurant booked for 8 people on 25 August at 20:00.",
			want: []brief{{"2024-08-25T20:00", "on 25 August at 20:00", "Restaurant booked for 8 people"}}},
		{name: "no booking", ref: "2024-08-13", text: "The mayor reserved comment until 11:00.",
			want: []brief{{"2024-08-13T11:00", "until 11:00", "The mayor reserved comment"}}},
	})
}
