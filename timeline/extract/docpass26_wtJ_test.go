package extract

import "testing"

// TestScheduleDayHeading: a day alone on its line over the timed entries
// of a schedule is their heading, not an event of its own; a day line
// with nothing timed under it stays an event.
func TestScheduleDayHeading(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "second day heading of a schedule", ref: "2025-06-20",
			text: "Regatta programme\nFri 4 July\n  Heats      09:30-12:00\nSat 5 July\n  Finals      14:00-16:30",
			want: []brief{{"2025-07-04T09:30/2025-07-04T12:00", "09:30-12:00", "Heats"}, {"2025-07-05T14:00/2025-07-05T16:30", "14:00-16:30", "Finals"}}},
	})
}

// TestUntilClockEndsTheDay: a day and then "until" a time of it is the day
// to that hour (a late opening closes then), not an event at the closing
// time.
func TestUntilClockEndsTheDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "late opening until a clock time", ref: "2025-01-20", text: "Late opening: Friday 14 March, until 21:30.",
			want: []brief{{"2025-03-14/2025-03-14T21:30", "Friday 14 March, until 21:30", "Late opening"}}},
		{name: "stays open until a clock time", ref: "2025-01-20", text: "The library stays open on Thursday 6 February till 8pm.",
			want: []brief{{"2025-02-06/2025-02-06T20:00", "on Thursday 6 February till 8pm", "The library stays open"}}},
	})
}

// TestDefaultAndMatchdayTimes: a time given as the default of the list
// below ("unless stated") or as the hours of every match day tells no
// day's event; a time on a day the line writes still does.
func TestDefaultAndMatchdayTimes(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "default kick-off", ref: "2025-08-11", text: "Home games (kick-off 7.45pm unless otherwise stated)\nTue 19 Aug   Hartley Town v Ashby Rovers",
			want: []brief{{"2025-08-19", "Tue 19 Aug", "Hartley Town v Ashby Rovers"}}},
		{name: "hours of every match day", ref: "2025-08-11", text: "The supporters' bar opens on matchdays from 1pm.",
			want: nil},
		{name: "a time on a written day", ref: "2025-08-11", text: "The supporters' bar opens at 1pm on Saturday 16 August.",
			want: []brief{{"2025-08-16T13:00", "at 1pm on Saturday 16 August", "The supporters' bar opens"}}},
	})
}

// TestTimeThenLabelColon: a time, then a short label and its colon, in a
// programme's line: what follows the colon is what is on, kept with the
// label, not the label alone.
func TestTimeThenLabelColon(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "label before the act", ref: "2025-05-12", text: "## Saturday 7 June\n\n- 8pm — Closing set: The Lantern Choir\n- 10pm — SOLD OUT: Late-night ceilidh",
			want: []brief{{"2025-06-07", "Saturday 7 June", "Saturday 7 June"}, {"2025-06-07T20:00", "8pm", "Closing set: The Lantern Choir"}, {"2025-06-07T22:00", "10pm", "SOLD OUT: Late-night ceilidh"}}},
	})
}

// TestDateLabelIsNoSpeaker: a day that labels the line above ("This
// Friday: ...") is no speaker of the first-person sentence after it.
func TestDateLabelIsNoSpeaker(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "day label over a first-person line", ref: "",
			text: "Next Tuesday: open mic with the house band, 8pm.\nWe first opened our doors on 3 March 1987 above a bakery.",
			want: []brief{{"1987-03-03", "on 3 March 1987", "We first opened our doors above a bakery"}}},
	})
}

// TestDailyTimesNoDay: clock times given "daily" or for a run of
// abbreviated weekdays ("Fri-Sun") are the hours of every such day, no
// event on the day the listing was read against; a newspaper named
// "Daily" keeps its time.
func TestDailyTimesNoDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "daily screenings", ref: "2025-06-13", text: "Showing Fri 13 – Thu 19 June 2025\nTHE LONG CROSSING (12A)\nDaily 4.40pm, 7.50pm",
			want: []brief{{"2025-06-13/2025-06-19", "Fri 13 – Thu 19 June 2025", "Showing"}}},
		{name: "abbreviated weekday run", ref: "2025-06-13", text: "Mon-Wed 6.20pm, 8.55pm",
			want: nil},
		{name: "a paper named Daily", ref: "2025-06-13", text: "The Daily Courier reported the fire at 3pm on Tuesday 10 June.",
			want: []brief{{"2025-06-10T15:00", "at 3pm on Tuesday 10 June", "The Daily Courier reported the fire"}}},
	})
}

// TestShowTimeOfARun: a clock time told with a run of days and no day of
// its own is the time of each day of the run, no event on the run's last
// day or the page's date; a day of the run written with it keeps it.
func TestShowTimeOfARun(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "time before the run", ref: "2025-07-30", text: "Small Hours plays the Assembly Rooms at 8.15pm from 3 to 25 Aug.",
			want: []brief{{"2025-08-03/2025-08-25", "from 3 to 25 Aug.", "Small Hours plays the Assembly Rooms at 8.15pm"}}},
		{name: "gates time after the run", ref: "2025-06-09", text: "The summer screen runs 24 Jul – 4 Aug, with gates open 7pm.",
			want: []brief{{"2025-07-24/2025-08-04", "24 Jul – 4 Aug", "The summer screen runs"}}},
		{name: "a day of the run written with the time", ref: "2025-07-02", text: "The fair runs 8–10 August; on 8 August the mayor opens it at 11am.",
			want: []brief{{"2025-08-08/2025-08-10", "8–10 August", "The fair runs"}, {"2025-08-08T11:00", "on 8 August … at 11am", "The mayor opens it"}}},
	})
}
