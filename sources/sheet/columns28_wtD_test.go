package sheet

import "testing"

// TestZonedTimeColumns: a log's time column named with its zone
// ("time_utc", "Time (UTC)", "GMT") or as local time is the time of
// the row's day; a UTC one gives it the zone Z.
func TestZonedTimeColumns(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "time_utc", in: "date,time_utc,event\n2023-06-01,04:30,Anchored off the breakwater\n",
			start: "2023-06-01T04:30Z", dateText: "2023-06-01 04:30", title: "Anchored off the breakwater"},
		{name: "Time (UTC)", in: "Date,Time (UTC),Event\n2023-06-01,04:30,Anchored off the breakwater\n",
			start: "2023-06-01T04:30Z", dateText: "2023-06-01 04:30", title: "Anchored off the breakwater"},
		{name: "utc alone", in: "date,utc,event\n2023-06-01,04:30,Anchored off the breakwater\n",
			start: "2023-06-01T04:30Z", dateText: "2023-06-01 04:30", title: "Anchored off the breakwater"},
		{name: "local_time", in: "date,local_time,event\n2023-06-01,04:30,Anchored off the breakwater\n",
			start: "2023-06-01T04:30", dateText: "2023-06-01 04:30", title: "Anchored off the breakwater"},
		{name: "a zone column wins over the name", in: "date,time_utc,zone,event\n2023-06-01,04:30,+08:00,Anchored off the breakwater\n",
			start: "2023-06-01T04:30+08:00", dateText: "2023-06-01 04:30", title: "Anchored off the breakwater"},
	})
}

// TestPlaceInMovementTitle: a place (or port) column names which one a
// title that names only a coming or a going is ("Arrival – Port
// Klang"); another title keeps its words ("Coronation" is its own
// name), the place in the tags either way.
func TestPlaceInMovementTitle(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "port", in: "date,port,event\n2023-06-05,Port Klang,Arrival\n",
			start: "2023-06-05", dateText: "2023-06-05", title: "Arrival – Port Klang"},
		{name: "location", in: "date,location,event\n2023-06-05,Colombo,Departure\n",
			start: "2023-06-05", dateText: "2023-06-05", title: "Departure – Colombo"},
		{name: "a longer title", in: "date,location,event\n2023-06-05,Colombo,Pilot boarded at the outer anchorage\n",
			start: "2023-06-05", dateText: "2023-06-05", title: "Pilot boarded at the outer anchorage"},
		{name: "a one-word name", in: "date,place,event\n1953-06-02,Westminster Abbey,Coronation\n",
			start: "1953-06-02", dateText: "1953-06-02", title: "Coronation"},
	})
}

// TestFixtureTextColumns: a fixture list's Competition, Result and
// Attendance are more of the event's text, kept without a warning.
func TestFixtureTextColumns(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "fixture list", in: "Date,Kick-off,Competition,Home,Away,Result,Attendance\n2024-08-17,15:00,League,Harbour City,Westbrook Rovers,2-1,30544\n",
			start: "2024-08-17T15:00", dateText: "2024-08-17 15:00", title: "Harbour City v Westbrook Rovers",
			text: "Competition: League\nResult: 2-1\nAttendance: 30544"},
		{name: "json", in: `[{"date": "2024-08-17", "event": "Harbour City v Westbrook Rovers", "result": "2-1"}]`,
			start: "2024-08-17", dateText: "2024-08-17", title: "Harbour City v Westbrook Rovers"},
	})
}
