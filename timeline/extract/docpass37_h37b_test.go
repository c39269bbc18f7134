package extract

import "testing"

// TestOneDayIsAPoint37h37b: "one day", "one morning" at the head of a
// sentence are the time a thing happened, dated by the period named after
// them, not a length that dates nothing; "will one day" is the future.
func TestOneDayIsAPoint37h37b(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a day of a month", ref: "2017-12-13", text: "One day in April the river rose over the road.",
			want: []brief{{"2017-04", "One day in April", "The river rose over the road"}}},
		{name: "a day of last week", ref: "2017-12-13", text: "One day last week a stranger knocked at our door.",
			want: []brief{{"2017-W49", "One day last week", "A stranger knocked at our door"}}},
		{name: "a morning of a month", ref: "2017-12-13", text: "One morning in May the old bridge collapsed.",
			want: []brief{{"2017-05", "in May", "One morning the old bridge collapsed"}}},
		{name: "the future", ref: "2017-12-13", text: "Farmers will one day grow rice again.",
			want: []brief{{"FUTURE_REF", "one day", "Farmers will grow rice"}}},
		// a length dates nothing
		{name: "a length", ref: "2017-12-13", text: "The strike lasted one day.",
			want: nil},
	})
}

// TestWeekendMeeting37h37b: "weekend" before a thing held once dates it
// to the weekend, and leaves the title; "over a weekend" is a length.
func TestWeekendMeeting37h37b(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a weekend meeting", ref: "2017-12-13", text: "A weekend meeting of the cabinet ended without a deal.",
			want: []brief{{"2017-W49-WE", "weekend", "A meeting of the cabinet ended without a deal"}}},
		{name: "over a weekend", ref: "2017-12-13", text: "The talks dragged on over a weekend.",
			want: nil},
	})
}

// TestPeriodWords37h37b: "later in the month" is the month of the date
// just told, the Christmas holidays the month of Christmas, "the nineties"
// of a story in the 1790s the 1790s; rates "in the twenties" are no
// decade.
func TestPeriodWords37h37b(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "earlier in the month", text: "The army crossed the river on 4 May 1943. Earlier in the month it had lost a bridge.",
			want: []brief{{"1943-05", "Earlier in the month", "It had lost a bridge"}, {"1943-05-04", "on 4 May 1943", "The army crossed the river"}}},
		{name: "the Christmas holidays", ref: "2017-12-13", text: "Sales rose during the Christmas holidays.",
			want: []brief{{"2017-12", "during the Christmas holidays", "Sales rose"}}},
		{name: "the nineties of the 1790s", text: "In the 1790s the mill was built, and by the nineties it employed forty hands.",
			want: []brief{{"179", "In the 1790s", "The mill was built"}, {"179", "by the nineties", "The mill employed forty hands"}}},
		{name: "rates in the twenties", ref: "2017-12-13", text: "Interest rates were in the twenties for most of the war.",
			want: nil},
	})
}
