// Package sheet reads event sheets: the CSV, TSV and JSON tables people
// type to list events, our own events.csv, and the TimelineJS spreadsheet
// template and JSON format.
//
// Columns are recognised by name, case-insensitively and with synonyms:
// date/when/start/start_date, end/end_date, event/title/headline,
// description/text/details, source/outlet, url/link/source_url,
// group/lane/category, id, precision, date_text, source_date, tags, media,
// actors; and TimelineJS's Year, Month, Day, Time, End Year, End Month,
// End Day, End Time, Display Date, Headline, Text, Media, Type and Group.
//
// Date cells keep the precision they are written at: "Jul 2017" is the
// month 2017-07, "1066" a year, "Spring 1944" the season 1944-SP,
// "1939-1945" a range, "44 BC" the year BC0044, "c. 1450" the year 1450
// with the mod APPROX, and TIMEX3 values are read as such. Forms the reader
// does not know are handed to dateparse, but their precision is worked out
// from what the cell holds, never from what dateparse filled in; a date
// without a year is refused.
//
// The day-month order of numeric dates (03/04/2017) is decided per sheet:
// a cell whose first number is over 12 makes it day first, one whose second
// is over 12 month first; Options.DayFirst overrides. A cell that
// contradicts the sheet's order is read the only way it can be, and
// reported.
//
// Nothing is dropped silently: a cell that cannot be read is reported at
// FILE:LINE:COL and its row is still returned, with that part empty.
//
// Memory: a sheet is read whole (up to Options.MaxBytes, 64 MiB by
// default), since the day-month order depends on every cell; peak memory is
// about three times the sheet's size plus its events.
package sheet
