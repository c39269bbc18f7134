package sheet

import (
	"slices"
	"strings"
)

// field is what a column holds.
type field uint8

const (
	fNone field = iota
	fID
	fStart
	fEnd
	fPrecision
	fDateText
	fTitle
	fText
	fSource
	fURL
	fSourceDate
	fGroup
	fTags
	fMedia
	fActors
	// The TimelineJS template's split dates.
	fYear
	fMonth
	fDay
	fTime
	fHour
	fMinute
	fSecond
	fEndYear
	fEndMonth
	fEndDay
	fEndTime
	fEndHour
	fEndMinute
	fEndSecond
	fType
	// Our own events.csv's further columns (see output/csv).
	fMod
	fEndMod
	fSources
	fPosition
	fOffset
	fZone     // the UTC offset of the start's (and end's) time of day: -05:00, Z
	fPlace    // where the event happened: kept as the tag "place: …"
	fVague    // our JSON's "vague": true for a vague reference, checked against start
	fWeek     // a roadmap's week: 2025-W02, W27 2025, or 14 with a Year column (see periodSpan)
	fQuarter  // a plan's quarter: 2025-Q1, Q3 2025, 3Q25, or 3 with a Year column
	fIgnored  // known columns with no place in an event (Media Credit, Background, ...)
	fHome     // a fixture's home side: the title is "Home v Away"
	fAway     // a fixture's away side
	fOpponent // a club's own fixture list's other side: the title is "v Opponent"
	fPerson   // whom a row of a family tree is of: the title is "Person (birth)"
	// a date column named for what happened then (Made, Acquired,
	// Target): its cells wait in row.dates until settleDates says what
	// they are
	fEventDate
	// a Start beside the sheet's date (Date, Start): the time of the
	// row's day when its cell is a time of day (09:00), else more text
	// (see csvLayout.row)
	fMaybeTime
	numFields
)

var fieldNames = [numFields]string{
	fID: "id", fStart: "start", fEnd: "end", fPrecision: "precision", fDateText: "date_text",
	fTitle: "title", fText: "text", fSource: "source", fURL: "source_url", fSourceDate: "source_date",
	fGroup: "group", fTags: "tags", fMedia: "media", fActors: "actors", fYear: "Year", fMonth: "Month",
	fDay: "Day", fTime: "Time", fHour: "hour", fMinute: "minute", fSecond: "second",
	fEndYear: "End Year", fEndMonth: "End Month", fEndDay: "End Day", fEndTime: "End Time",
	fEndHour: "end hour", fEndMinute: "end minute", fEndSecond: "end second", fType: "Type",
	fMod: "mod", fEndMod: "end_mod", fSources: "sources", fPosition: "position", fOffset: "offset",
	fZone: "zone", fPlace: "place", fVague: "vague", fWeek: "week", fQuarter: "quarter",
	fHome: "home", fAway: "away", fOpponent: "opponent", fPerson: "person",
}

// columnNames maps a normalized column name (see normalizeName) to what it
// holds. Synonyms people use are listed with our own names and those of the
// TimelineJS spreadsheet template and JSON format.
var columnNames = map[string]field{
	"id": fID, "unique id": fID, "uid": fID, "event id": fID,

	"start": fStart, "date": fStart, "when": fStart, "start date": fStart, "startdate": fStart, "period": fStart, "timeframe": fStart, "time frame": fStart,
	"begin": fStart, "begins": fStart, "starts": fStart, "event date": fStart, "datetime": fStart,
	"date/time": fStart, "date time": fStart, "date & time": fStart, "date and time": fStart,
	"timestamp": fStart, "ts": fStart, "time stamp": fStart, "created at": fStart, "occurred at": fStart, "logged at": fStart,
	"started": fStart, "began": fStart, "begin date": fStart, "date from": fStart, "from date": fStart,
	"date start": fStart, "date begin": fStart, "date.start": fStart, "date.from": fStart,
	"dates.start": fStart, "dates.from": fStart,
	// the date a record's column names by what happened then
	"acquired": fStart, "date acquired": fStart, "acquisition date": fStart, "date of acquisition": fStart,
	"opened": fStart, "opening date": fStart, "founded": fStart, "established": fStart, "release date": fStart,
	"released": fStart, "launch date": fStart, "launched": fStart, "completed": fStart, "completion date": fStart,
	"date signed": fStart, "signed": fStart, "issue date": fStart, "date issued": fStart, "date recorded": fStart,
	"filing date": fStart, "date filed": fStart, "year built": fStart, "date created": fStart,
	"creation date": fStart, "date of event": fStart, "incident date": fStart, "occurred": fStart,
	// when a log or an incident register says it happened
	"occurred on": fStart, "happened on": fStart, "date occurred": fStart,
	"date of occurrence": fStart, "occurrence date": fStart, "date happened": fStart, "date of incident": fStart,

	"end": fEnd, "end date": fEnd, "enddate": fEnd, "until": fEnd, "ends": fEnd,
	"ended": fEnd, "finish": fEnd, "finishes": fEnd, "finished": fEnd, "finish date": fEnd, "ending": fEnd,
	"date to": fEnd, "to date": fEnd, "date until": fEnd, "date end": fEnd, "date.end": fEnd,
	"date.to": fEnd, "dates.end": fEnd, "dates.to": fEnd,
	"due": fEnd, "due date": fEnd, "deadline": fEnd, "due on": fEnd,

	"precision": fPrecision,

	"date text": fDateText, "datetext": fDateText, "display date": fDateText,
	"start date.display date": fDateText,

	"title": fTitle, "event": fTitle, "headline": fTitle, "event title": fTitle, "text.headline": fTitle,
	"what": fTitle, "what happened": fTitle, "happening": fTitle, "event name": fTitle, "name of event": fTitle,
	"subject": fTitle, "heading": fTitle, "milestone": fTitle, "battle": fTitle, "war": fTitle, "conflict": fTitle,
	"treaty": fTitle, "election": fTitle, "expedition": fTitle, "reign": fTitle, "ruler": fTitle, "monarch": fTitle,
	"object": fTitle, "task": fTitle, "activity": fTitle, "exhibit": fTitle, "artwork": fTitle,
	// a roadmap's or a plan's rows
	"item": fTitle, "feature": fTitle, "deliverable": fTitle, "initiative": fTitle, "epic": fTitle,
	"work item": fTitle, "object name": fTitle,
	// a planning tool's export (Microsoft Project, GanttProject)
	"task name": fTitle, "task title": fTitle, "activity name": fTitle, "milestone name": fTitle, "summary task": fTitle,
	// what happened to the person of a family tree's row (Birth, Marriage)
	"event type": fTitle, "type of event": fTitle, "life event": fTitle, "fact": fTitle,

	"person": fPerson, "individual": fPerson, "person name": fPerson, "full name": fPerson,
	"name of person": fPerson, "ancestor": fPerson, "relative": fPerson, "family member": fPerson,

	"text": fText, "description": fText, "details": fText, "detail": fText, "body": fText,
	"notes": fText, "content": fText, "text.text": fText,
	"event description": fText, "description of event": fText, "desc": fText, "summary": fText,
	"event details": fText, "event notes": fText, "incident description": fText, "incident details": fText,
	"description of incident": fText, "details of incident": fText,
	"note": fText, "comment": fText, "comments": fText, "remarks": fText, "narrative": fText,
	"message": fText, "msg": fText,
	// a court's docket, a register's entries
	"docket text": fText, "docket entry": fText, "entry": fText, "entry text": fText, "proceedings": fText,
	"log entry": fText, "minute": fText, "particulars": fText,

	"where": fPlace, "place": fPlace, "location": fPlace, "venue": fPlace, "site": fPlace,
	"city": fPlace, "town": fPlace, "country": fPlace, "region": fPlace, "place name": fPlace,
	"event location": fPlace, "where it happened": fPlace, "locality": fPlace,
	"port": fPlace, "port of call": fPlace, // a voyage's log

	"source": fSource, "outlet": fSource, "publication": fSource, "publisher": fSource,
	"source name": fSource, "citation": fSource,

	"url": fURL, "link": fURL, "source url": fURL, "sourceurl": fURL, "href": fURL,

	"source date": fSourceDate, "sourcedate": fSourceDate, "published": fSourceDate,
	"publication date": fSourceDate,

	"group": fGroup, "lane": fGroup, "category": fGroup, "track": fGroup,

	"tags": fTags, "tag": fTags, "keywords": fTags, "labels": fTags,

	"media": fMedia, "image": fMedia, "media url": fMedia, "image url": fMedia, "media.url": fMedia,

	"actors": fActors, "people": fActors, "who": fActors,

	"year": fYear, "month": fMonth, "day": fDay, "time": fTime,
	// a fixture list: "Date, Kick-off, Home, Away"
	"kick off": fTime, "kickoff": fTime, "ko": fTime, "ko time": fTime, "kick off time": fTime,
	// a log's time of day, perhaps with the zone it is in: "time_utc",
	// "Time (UTC)", "UTC", "local_time" (a UTC one gives its times the
	// zone Z: see utcColumn)
	"time utc": fTime, "utc time": fTime, "time (utc)": fTime, "utc": fTime, "time z": fTime,
	"time gmt": fTime, "gmt time": fTime, "time (gmt)": fTime, "gmt": fTime,
	"local time": fTime, "time local": fTime, "time (local)": fTime, "local time of day": fTime,
	"home": fHome, "home team": fHome, "home side": fHome, "hosts": fHome,
	"away": fAway, "away team": fAway, "away side": fAway, "visitors": fAway,
	"opponent": fOpponent, "opponents": fOpponent, "opposition": fOpponent, "versus": fOpponent, "vs": fOpponent, "against": fOpponent,
	"start year": fYear, "start month": fMonth, "start day": fDay, "start time": fTime,
	"start date.year": fYear, "start date.month": fMonth, "start date.day": fDay,
	"start date.hour": fHour, "start date.minute": fMinute, "start date.second": fSecond,
	"end year": fEndYear, "end month": fEndMonth, "end day": fEndDay, "end time": fEndTime,
	"end date.year": fEndYear, "end date.month": fEndMonth, "end date.day": fEndDay,
	"end date.hour": fEndHour, "end date.minute": fEndMinute, "end date.second": fEndSecond,
	"type": fType,

	"mod": fMod, "end mod": fEndMod, "sources": fSources, "position": fPosition, "offset": fOffset,
	"vague": fVague,

	// A roadmap's week or quarter: its date when it has no date column.
	"week": fWeek, "iso week": fWeek, "week number": fWeek, "week no": fWeek, "week no.": fWeek,
	"week nr": fWeek, "week #": fWeek, "wk": fWeek, "calendar week": fWeek, "start week": fWeek,
	"week of": fWeek, "week commencing": fWeek, "week beginning": fWeek, "week starting": fWeek,
	"quarter": fQuarter, "qtr": fQuarter, "calendar quarter": fQuarter, "start quarter": fQuarter,

	"zone": fZone, "time zone": fZone, "timezone": fZone, "tz": fZone, "utc offset": fZone,

	"media credit": fIgnored, "media caption": fIgnored, "media thumbnail": fIgnored,
	"background": fIgnored, "media.credit": fIgnored, "media.caption": fIgnored,
	"media.thumbnail": fIgnored, "background.url": fIgnored, "background.color": fIgnored,
	"start date.millisecond": fIgnored, "end date.millisecond": fIgnored,
	"end date.display date": fIgnored, "autolink": fIgnored,
	// Calendar exports (Google, Outlook): a row with no time is all day.
	"all day event": fIgnored, "all day": fIgnored, "allday": fIgnored, "is all day": fIgnored,
	// iCalendar as JSON (jCal-like exports, Google Calendar's API): DTSTART
	// and DTEND, plain or as {"date": ...} / {"dateTime": ...} objects
	"dtstart": fStart, "dtstart.date": fStart, "dtstart.datetime": fStart, "dtstart.value": fStart,
	"start.date": fStart, "start.datetime": fStart,
	"dtend": fEnd, "dtend.date": fEnd, "dtend.datetime": fEnd, "dtend.value": fEnd,
	"end.date": fEnd, "end.datetime": fEnd,
	"tzid": fIgnored, "dtstart.tzid": fIgnored, "start.timezone": fIgnored, "end.timezone": fIgnored, "dtend.tzid": fIgnored,
}

// movementTitles are titles that name only a coming or a going, which a
// log repeats at every place: the place column says which one ("Arrival
// – Port Klang").
var movementTitles = map[string]bool{
	"arrival": true, "arrived": true, "arrives": true, "arrive": true,
	"departure": true, "departed": true, "departs": true, "depart": true,
	"berthed": true, "berthing": true, "anchored": true, "docked": true, "sailed": true,
	"landed": true, "landing": true, "takeoff": true, "take-off": true,
	"stopover": true, "port call": true, "call": true, "check-in": true, "check-out": true,
}

// textNames are columns a sheet of events often has whose cells are
// more of the event's text, kept there as "Result: 2-1" without a
// warning: a fixture list's Competition, Result and Attendance.
var textNames = map[string]bool{
	"competition": true, "result": true, "score": true, "attendance": true, "crowd": true,
	"round": true, "referee": true, "scorers": true, "goalscorers": true,
	"house": true, "chamber": true, // a bill's stages: which house of the legislature
}

// pairedNames are the column names that hold a date only as a pair,
// From and To, and only when the sheet has no other date column: a
// sheet of letters has Date, From and To, and the last two are people.
var pairedNames = map[string]field{"from": fStart, "to": fEnd}

// weakNames are names that are an event's headline only in a sheet that
// dates its rows: a settings file's "name" makes no event of it.
var weakNames = map[string]field{"name": fTitle, "label": fTitle, "incident": fTitle, "topic": fTitle}

// eventNouns are column names that say what a row's event is (an exam
// timetable's Exam, a strike calendar's Action): the headline in a sheet
// (or a JSON object) with no title column of its own, else more text. A
// name that may hold whom or what an event is for (Class, Module) is not
// one: "Year 5" heads no event.
var eventNouns = map[string]bool{
	"exam": true, "examination": true, "exam name": true, "exam title": true, "assessment": true,
	"lecture": true, "seminar": true, "workshop": true, "talk": true, "meeting": true, "appointment": true,
	"performance": true, "concert": true, "ceremony": true, "match": true, "game": true, "race": true,
	"hearing": true, "screening": true, "action": true, "industrial action": true, "action taken": true,
	// a bill's or a project's course: "First reading", "Design review"
	"stage": true, "step": true, "phase": true,
}

// kindNames are the columns that say what kind of event a row is (a
// family tree's Event of Birth, Marriage, Death): beside one, a Name is
// the person the event is of (fPerson), not the event's headline.
var kindNames = map[string]bool{"event": true, "event type": true, "type of event": true, "life event": true, "fact": true, "type": true}

// weakField is what a weak name (see weakNames) beside the columns names
// holds: the person a row is of beside a kind of event (kindNames), else
// the headline.
func weakField(norm string, names []string) field {
	if norm == "name" && slices.ContainsFunc(names, func(n string) bool { return kindNames[n] }) {
		return fPerson
	}
	return weakNames[norm]
}

// pairedColumns decides what the From and To columns (or keys) of a
// sheet hold. names are the sheet's column names, normalized, in the
// languages ls (see sheetLangs). From is the start, and To the end, when
// the sheet has From (or Desde, Von, ...: localPairs) and no other start
// column; otherwise they are columns like any other not recognised.
func pairedColumns(names []string, ls lang) bool {
	from := false
	for _, n := range names {
		if pairedNames[n] == fStart && isPairName(n, names) {
			from = true
		} else if f, ok := columnField(n, ls); ok && (f == fStart || f == fYear || isPeriodField(f)) {
			return false
		}
	}
	return from
}

// normalizeName folds a column name for lookup: lower case, without
// accents (see foldAccents), '_' and '-' as spaces, runs of spaces as one.
func normalizeName(s string) string {
	s = foldAccents(strings.ToLower(strings.TrimSpace(s)))
	s = strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// startWords are the names of a start column that may hold the time of
// day of the row's date, beside a Date column: an exam timetable's
// "Date, Start, End" (09:00, 10:45). "Start date" is a date.
var startWords = map[string]bool{"start": true, "starts": true, "begin": true, "begins": true, "began": true, "started": true}

// timeCell reports whether a cell holds a time of day or a range of
// them (09:00, 2:30 pm, 09:00–10:30) and nothing else: no date, and no
// bare number (1945 is a year here, not a log's 19:45).
func timeCell(s string) bool {
	s = normalizeSpace(s)
	if s == "" || allDigits(s) {
		return false
	}
	_, _, err := clockRange(s)
	return err == nil
}

// utcColumn reports whether a time column's name (as written) says its
// times are UTC: "time_utc", "Time (UTC)", "GMT".
func utcColumn(name string) bool {
	for _, w := range strings.FieldsFunc(normalizeName(name), func(r rune) bool { return r == ' ' || r == '(' || r == ')' }) {
		if w == "utc" || w == "gmt" || w == "z" {
			return true
		}
	}
	return false
}

// dateFields are the fields that can date an event: a sheet must have one.
var dateFields = []field{fStart, fYear, fWeek, fQuarter}
