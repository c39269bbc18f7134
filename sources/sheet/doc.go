// Package sheet reads event sheets: the CSV, TSV and JSON tables people
// type to list events, our own events.csv, and the TimelineJS spreadsheet
// template and JSON format.
//
// Columns are recognised by name, case-insensitively and with synonyms
// ('_' and '-' read as spaces): date/when/start/start date/started/began/
// date from/happened on/occurred on/date of occurrence/date/time/date and time, end/end date/until/finish/ended/date to, time/start time,
// end time, event/title/headline/what/name/label/happening/subject/
// item/feature/milestone/deliverable/task/object,
// description/text/details/notes/event description/summary/comments,
// source/outlet/citation, url/link/source_url, group/lane/category, id, precision,
// date_text, source_date, tags, media, actors, zone/time zone/timezone/tz,
// week/iso week/week number/week commencing, quarter/qtr;
// and TimelineJS's Year, Month, Day, Time, End Year, End Month, End Day,
// End Time, Display Date, Headline, Text, Media, Type and Group. From and
// To are the start and end when the sheet has no other date column (in a
// sheet of letters, Date, From and To, they are people); a JSON object's
// "date" may hold "start" and "end" (or "from" and "to"). A Day column
// with no Year, Month or other date column beside it is the sheet's date
// when most of its cells are dates (a diary's "Thu 14 Dec 2017"); an
// itinerary's "Day 1" or a "Monday" is no date, and the column is kept in
// the text and reported.
//
// The header need not be the first row: a title and blank rows over it
// (the first of the first five rows that names a date column and another
// one) title the sheet, and a row right over it that names groups of its
// columns, as merged cells export them ("Dates,,Event details," over
// "Start,End,Title,Description"), is reported and read no further.
// The separator, when the name does not give it, is the one the header
// line uses most, or the one that finds the header under a title that has
// none ("Harbour works" over "Date;Event"). LooksCSV tells a sheet from
// prose by the same search, for inputs whose name says nothing.
//
// A date cell reads the dates our Markdown and HTML write for people
// (timeline.Span.Human) with their mods: "from 1990" (on or after),
// "midway through 13 December 2017", "13 December 2017, morning", "the
// night of 3 May 2011", "January 2018 – March 2021 or later", "13
// December 2017, 15:00 UTC−05:00", "the weekend of 31 March–1 April
// 2018", and "in the past", "now" and "in the future" (PAST_REF,
// PRESENT_REF, FUTURE_REF).
//
// A zone column gives the times of day of its row their offset from UTC,
// as our events.csv writes it (timeline.FormatZones: "-05:00", "Z",
// "-05:00/+01:00" when the end has its own) or as people type it ("UTC+2",
// "EST"). An events.csv written before that column, whose start values
// carry the offset (2017-12-13T15:00-05:00), reads the same.
//
// Our own JSON (output/json) reads back whole: its "title" is the
// sheet's Title, not an event; each event's "sources" array gives every
// citation, in order (name, title, outlet, url, date, file); its
// "position" object (file, line, col, offset) is the event's position;
// "actors" and "tags" arrays keep their items as written; "vague" is
// checked against the start. JSON Lines (extract --format jsonl: one
// event object a line) is read when the name ends in .jsonl or .ndjson,
// or when the first line of JSON is a whole event object; a line that
// cannot be read is reported and the others are kept. People's JSON reads
// as before: a member with no place in an event is kept in the text and
// reported, nested members named with '.' ("sources.author"). A date
// nested under any name of the date holds the start and the end ("when":
// {"start": ..., "end": ...}), and a date in parts under it its Year,
// Month and Day ("when": {"year": 1969, "month": 7}); a "source" object or list is the event's
// citations, as our "sources" is; an export's record whose fields are
// wrapped in one member (Airtable's "fields", JSON:API's "attributes",
// GeoJSON's "properties", or an "event" object) has them read as its own, and the export's
// "type" beside them ("Feature") is no kind of event. An API's response
// that wraps its list one level down, {"status": "ok", "data": {"items":
// [...]}}, is read from that list. MongoDB's typed values ({"$date":
// ...}, {"$oid": ...}) are the values of their members. A sheet written as arrays of cells,
// the first its header (Google Sheets' "values": [["Date", "Event"],
// ["2020-01-01", "Launch"]], or such an array alone), is read as a CSV
// sheet is, each cell at its place in the JSON.
//
// A JSON object whose members are named by dates (more than half of
// them, none by a name the reader knows), as people write a chronology
// by hand, {"1914-07-28": "War begins", "1918-11-11": {"title":
// "Armistice", "notes": ...}}, has an event for each: a string is its
// title, an object its members, an array one event an item. So has such
// an object as "events".
//
// Sheets in Spanish, French, German, Portuguese, Italian and Dutch are
// read the same way: their column names (Fecha, Fecha de inicio, Fin,
// Evento, Título, Descripción, Fuente, Enlace, Lugar; Date de début,
// Événement, Titre, Lien, Lieu; Datum, Beginn, Ende, Ereignis, Titel,
// Beschreibung, Quelle, Ort; Data, Início, Fim, Descrição, Fonte; Inizio,
// Fine, Titolo, Descrizione; Begin, Einde, Gebeurtenis, Beschrijving, Bron;
// and Año, Mes, Día, Hora and their like) are recognised with or without
// their accents, in any case; Desde | Hasta, Du | Au, Von | Bis, De | Até,
// Dal | Al and Van | Tot are From and To, each only beside the other (a
// "De" alone is a sender, a "Tot" a total). A name that is an English word
// too, meaning something else (Fine, Data, Tag, Lien, Land, Local, Final),
// is read in its language's sense only when the sheet's other names are
// mostly in that language (Data beside Evento, Tag beside Jahr and Monat);
// in an English sheet a Fine is a penalty and a Tag a tag. Their date
// cells are read with their month, weekday and season names, at the
// precision written: "15 de marzo de 2023" is a day, "marzo de 2023" and
// "março de 2023" months, "15. März 2023", "le 1er mars 2023", "15 marzo
// 2023", "1° marzo 2023", "15 maart 2023", "15-ago-23" days; "miércoles,
// 15 de marzo de 2023" has its weekday checked ("segunda-feira" and
// Excel's "mié" too); "a las 10:30", "à 15h30", "um 15 Uhr" and "10:30
// p. m." are times of day; "principios de 1990", "mi-mars 2023", "Ende
// Mai 2023", "hacia 1450" have their mod;
// "44 a. C.", "44 av. J.-C." and "44 v. Chr." are BC; "de 1939 a 1945",
// "del 13 al 15 de marzo de 2023", "von 1939 bis 1945", "entre 1939 y
// 1945" are ranges; "1990er" is the 1990s. Only date cells are read so:
// running text is read by the tagger, which knows English only.
//
// A register or a plan names its date columns for what happened then:
// Made, Date made, Acquired, Released, Release, Launch, Completed,
// Target, Target date, ETA, Planned, Milestone date, Shipped, Delivered,
// Go-live and their like. Alone, such a column dates the rows; beside the
// sheet's date (a Date, Start, Year, Week or Quarter column, or another
// of them before it), each of its cells dates an event of its own, a
// copy of the row's: a museum's "Made" and "Acquired" give each object
// two events, titled "Longcase clock (made)" and "Longcase clock
// (acquired)", each with the other's date in its text. The names that
// hold other things in some sheets (a Release of "v2.3", a Target of
// 5000, a Planned of "yes"), and such a column beside the sheet's date
// (an Opened of "yes"), are read as dates only when most of their cells
// are (a bare number only as a year, 1400 to 2199); otherwise the column
// is kept in the text, and reported once.
//
// A sheet with no title column names its events by a column named for
// what they are: an exam timetable's Exam, a strike calendar's Action
// (Meeting, Lecture, Seminar, Hearing, Match, ...; see eventNouns). Its
// cell is the headline, "GCSE Biology Paper 1", and a Notes cell beside
// it stays the text; beside a Title (or Event, Name, ...) it is more text.
//
// A family tree names the person of each row and what happened to them:
// a Person column (person, individual, full name, ancestor, relative; a
// Name beside an Event, Event type or Type column) and an Event (Birth,
// Baptism, Marriage, Death, Burial) give the headline "Mary Hartley
// (birth)", as a date column qualifies a title, and the person is an actor
// of the event; a title of more than three words is kept as it is. A Type
// that is not TimelineJS's (title, era) says what kind of event a row is
// in the same way: "Spring gala (concert)". A list of people with Born
// and Died columns (Birth, Death, Date of birth, Baptised, Married,
// Buried and their like) dates the events of each as a register's Made
// and Acquired do (below): "Mary Hartley (born)", "Mary Hartley (died)". Its date cells are read as
// genealogy writes them: "abt. 1820", "est. 1830", "cal. 1796" (APPROX),
// "bef. 1900" (BEFORE), "aft. 1881" (AFTER), in GEDCOM's capitals too,
// "bet. 1820 and 1825" (the range); a dual year, the year written both
// ways for a day between 1 January and 24 March when the year began on 25
// March (in Britain before 1752), is the later year, as historians give
// it now: "1 Jan 1850/51" is 1851-01-01, "12 Feb 1783/4" 1784-02-12, "Feb
// 1745/6" 1746-02, and a later day, "8 July 1720/21", the earlier year,
// which both reckonings give it. A bare dual year before 1752 ("1688/89")
// is the later year; after it, two years so written are the two years (a
// season: "2019/20").
//
// A row with no title and no text, only cells of columns not read (a
// weather record's row without remarks), is headed by those cells,
// "station: Kew; max_c: 33.4", up to about 80 characters.
//
// A Sources column a person typed, without the '|' our events.csv puts
// between a citation's fields, is one citation a line or a part between
// semicolons ("BBC; The Guardian"), an outlet or its address.
//
// A place column (where, place, location, venue, site, city, town,
// country, region) is kept as the tag "place: …" (see PlaceTag): events
// have no place field, and a tag stays apart from the text and filterable.
//
// No column is lost. The cells of a column that is not recognised, of an
// unnamed column, or of a second column for a field already read (Notes
// after Description, Start date after Date) are appended to the event's
// text, one line each, "Column: value" (but a column that only numbers
// the rows, 0, 1, 2 or 1, 2, 3, as a data frame's unnamed index or a "#"
// does, is left out, and said once). Each such column is reported once,
// at its header cell, in Sheet.Warnings, except a second title or text
// column, which is just more text. Warnings are not errors: the sheet was
// read.
//
// Date cells keep the precision they are written at: "Jul 2017" is the
// month 2017-07, "1066" a year, "Spring 1944" the season 1944-SP,
// "1939-1945" a range, "44 BC" the year BC0044, "c. 1450" the year 1450
// with the mod APPROX, "1450?" too (a question mark marks a date as
// uncertain; but "189?" and "18XX", a year whose last digits are not
// known, are the 1890s and the 1800s), "by 1900" the year 1900 with
// the mod ON_OR_BEFORE, "1890-03-??" and "1890-XX-XX"
// the month and the year they say, "Winter 1941/42" the winter 1941-WI (which starts in
// December 1941), "Spring/Summer 1944" the range 1944-SP to 1944-SU, and
// TIMEX3 values are read as such; "2017-13" is no month, and is
// reported. A month in Roman numerals between a day and a year, as
// Central Europe and archives write it ("13 XII 2017", "3.V.1791"), is
// that month; a numeral alone with a year ("IV 2020") is no date. Weeks, quarters and halves are read in the forms plans write
// them too: "W27 2025", "2025W27", "week 14 of 2025", "KW 12/2020",
// "semana 12 de 2020", "3Q25", "Q3/2025", "3rd quarter 2025", "2. Quartal
// 2020", "1er trimestre 2020",
// "1H26", and two of a year, "Q1-Q2 2027" and "H1–H2 2027" (the range
// 2027-Q1 to 2027-Q2); a fiscal quarter ("FY2026 Q1") is reported, since its calendar
// months depend on when the fiscal year begins. Forms the reader
// does not know are read with the tagger (timeline/tempex): "Christmas
// 2017", and fiscal years, "FY2021", "FY 21" and "fiscal (year) 2021", which
// are read as the year 2021, since a sheet does not say when its fiscal
// year begins. Other forms are handed to dateparse, but their precision
// is worked out from what the cell holds, never from what dateparse filled
// in; a date without a year is refused. A month and a number of one or
// two digits, "June 2", "Mar 25", is such a day, as America writes one;
// a year of two digits after a month is joined by a dash, as Excel writes
// it ("Mar-25"), or marked ("Mar '25"). A date with a note of a few
// words in brackets, as a plan writes a status beside it ("Shipped (Mar
// 2026)", "Sept 2026 (est.)"), is the date. A placeholder for a date not
// yet known ("TBD", "TBC", "n/a", "-") leaves the row undated, and is no
// error. A sheet whose dates with a time all have midnight, two or more,
// is a sheet of days a spreadsheet or a data frame exported with the time
// it stores them at ("2017-12-13 00:00:00", "2017-12-13T00:00:00.000Z"):
// they are read as the days, with a note, unless a precision column says
// otherwise. A date cell that is a spreadsheet's serial day number (45292,
// 43082.625: a date cell exported formatted as a number) is read as the
// day it counts to, with a note at the first such cell that names that
// day; an id a spreadsheet wrote in scientific notation ("1.23457E+11",
// its last digits lost) is noted so too. A date that runs to the present ("2015–present", "2020–" with
// its end left open, "since 2020", "2020 onwards") is read as its start,
// with a note, in a Year cell too, and so is a row whose End cell says it
// has not ended ("ongoing", "present", "to date"). A time of day written to the hour ("7pm", "15 Uhr") is read to
// the minute, 19:00, as the tagger reads it.
//
// The day-month order of numeric dates (03/04/2017) is decided per sheet:
// a cell whose first number is over 12 makes it day first, one whose second
// is over 12 month first; when no cell decides, the dates the sheet writes
// with a month name do: "12 May 1958" puts the day first, "May 12, 1958"
// the month (a cell that reads either way is still reported, with the
// cell that decided); when none does either, a sheet whose column names
// are in one of the languages above (Fecha, Datum) is day first, as they
// all write dates, and any other month first; Options.DayFirst overrides.
// A date pattern in a note in a column's name, "Date (dd/mm/yyyy)",
// "Datum (TT.MM.JJJJ)", "Start date [MM/DD/YYYY]", decides it before the
// cells do; the name without the note is the column's name when the whole
// is not one already ("Time (UTC)" is).
// A cell that
// contradicts the sheet's order is read the only way it can be, and
// reported.
//
// A Time column (Start Time, End Time) puts its time of day on the day
// of the date column, with its zone if it has one: 12/03/2021 and 09:00
// are 2021-03-12T09:00, and 09:00–10:30 gives the end too; a time as a
// spreadsheet stores it, a fraction of the day ("0.375", beside a serial
// date such as 43082), is read so too. A time that
// cannot be put (the date is a year, or has another time) is reported.
// A Start (Begins) column beside the Date, and an End, whose cell is a
// time of day are read so too: an exam timetable's "Date, Start, End" of
// 12/05/2025, 09:00 and 10:45 is 2025-05-12T09:00 to 10:45; a Start cell
// that holds a date is a second date, kept in the text and reported.
//
// A Week or Quarter column dates the rows of a roadmap or a plan that has
// no date or start column (beside one, it is more text, and reported). Its
// cells are read at the precision the column names: 2025-W02, "W27 2025",
// "week 14 2025", "2025 W27" are weeks, 2025-Q1, "Q3 2025", "2025 Q3",
// "3Q25" quarters; a day in a Week column ("2025-03-03", "w/c 3 March
// 2025") is the ISO week that holds it, a day or a month in a Quarter
// column the quarter that holds it, and a coarser value (a year, "1H26")
// is kept as written. A bare number ("14", "W14", "Q3") is a week or
// quarter of the row's Year cell, and is reported, the row left undated,
// when the row has none: it is never read as a year. A row with both a
// week and a quarter is dated by the week, and the quarter is checked
// against it; a Year, Month and Day beside a week date the row, and the
// week is kept in the text.
//
// A Year column holds what year cells hold in practice, read as a date
// cell: 1066, -44, 2,019 (a spreadsheet's number format), 44 BC, c. 1450,
// 1990s, 1914-18, 2019/20 (the two years). Beside a Date column whose
// cells write no year ("28 June", "3-5 Aug", "Summer"), it is their year:
// "1914" and "28 June" (or a spreadsheet's "28-Jun") are 1914-06-28,
// with the date text "28 June 1914"
// (a winter, which may be the one the year ends or begins, is not). A
// Year cell left blank under one that gives a year is that year, as a
// merged cell's rows export it, and the sheet says so once. With no Year
// column, a day written without its year ("Mon 12 Jan" under "Fri 19 Dec
// 2025") takes the year of the dated rows around it that keeps the
// sheet's order of date, or, with one dated row above, the year that
// puts it clearly nearest; when two years are as near, it is reported,
// not guessed.
//
// A date text that is nowhere in the row's date, as an events.csv whose
// start was corrected by hand keeps the old one ("on 3 March 2021" beside
// 2021-04-03), gives way to the start (and end) as typed, with a note.
//
// The date text is the date as the row wrote it: the date cell, and the
// time cell after it, and, when the row has an end, " – " and the end cell
// (and its end time): "2022-08-22 – 2022-08-28", "2021-03-12 09:00 –
// 17:00"; a task dated by its due date alone has that date. Ids are made
// without the end, as before. A row whose end is its start (TimelineJS's End
// Year, Month and Day copied from the start) is a point. A row dated by
// TimelineJS's split cells and no Display Date gets its date text from
// them as typed: "1944", "1944/6/6 06:30", "1944 June", "1939 – 1945";
// its id is made without it, as before.
//
// A quote out of place costs one cell, not the rows after it, and is
// reported where it stands: a quote inside a cell that does not start
// with one is part of the cell (5" tall); a quoted cell closed on its
// line and followed by more text ("Tear down this wall" at 2pm) is read as
// written, quotes and all; a quote that is never closed, or whose cell
// would run on to a later line where a quote opens a cell of its own, is
// reported at the quote, opens no cell, and the lines after it are rows of
// their own.
//
// A CSV or TSV row (or a row of a JSON sheet of arrays of cells) with no
// date and no title, right under a row that made an event, continues it, as people carry a note on to the next row
// of a spreadsheet or put a second source under the first: its text is
// added to that event's on a line of its own, its source and address are
// that event's (a second citation when it has one), and the sheet says so
// at the row, once. A row with a title, a type, a person or an id, or any
// date cell ("TBC" too), is a row of its own; in a sheet with no title
// column, whose rows are headed by their text, a row of text only
// continues the row above only when it visibly carries on ("and its wheel
// ran for forty years" under "Mill opened,"). A JSON object is its own.
//
// Nothing is dropped silently: a cell that cannot be read is reported at
// FILE:LINE:COL and its row is still returned, with that part empty. A
// totals row, "Total" (Summe, Totaal, ...) with only amounts beside it
// and no date, is no event: it is left out, and reported at its row; so
// is the header again, as two exports pasted one under the other have it,
// and a CSV row whose only cell is words in its date column that are no
// date, a heading over a group of rows ("Phase two: war years") or a note
// under them ("Notes: dates from the parish magazine."), reported with
// its words.
//
// Memory: a sheet is read whole (up to Options.MaxBytes, 64 MiB by
// default), since the day-month order depends on every cell; peak memory is
// about three times the sheet's size plus its events.
package sheet
