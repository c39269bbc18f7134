package sheet

import "testing"

// TestJSONKeyNotes: a JSON key with a note after a name the reader
// knows is read as a CSV header is: "Date (dd/mm/yyyy)" is the date, and
// its pattern gives the day-month order; a note after an unknown name
// leaves the key unknown.
func TestJSONKeyNotes(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "day first in the note",
			in:    `[{"Date (dd/mm/yyyy)": "03/04/2019", "Event": "Warehouse fire in Bradford"}]`,
			start: "2019-04-03", dateText: "03/04/2019", title: "Warehouse fire in Bradford",
		},
		{
			name:  "month first in square brackets",
			in:    `[{"Start date [MM/DD/YYYY]": "03/04/2019", "Title": "Depot opened"}]`,
			start: "2019-03-04", dateText: "03/04/2019", title: "Depot opened",
		},
		{
			name:  "a note after an unknown name",
			in:    `[{"Date": "2019-04-03", "Title": "Depot opened", "Cost (EUR)": "400"}]`,
			start: "2019-04-03", dateText: "2019-04-03", title: "Depot opened",
			text:     "Cost (EUR): 400",
			warnings: []string{`s.json:1:64: key "Cost (EUR)" not recognised`},
		},
	})
}

// TestNumericDayRanges: a range of days in figures whose start leaves
// out the end's year, or its month and year, is the range; a start read
// in another order than its end, or a dotted end read month first, is
// no range, and the cell an error rather than a wrong date.
func TestNumericDayRanges(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "month first, the start without its year",
			in:    "Date,Event\n12/13-12/15/2017,Annual sales conference in Denver\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "12/13-12/15/2017", title: "Annual sales conference in Denver",
		},
		{
			name:  "German, the start a day alone",
			in:    "Date,Event\n13.-15.12.2017,Christmas market in Leipzig\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "13.-15.12.2017", title: "Christmas market in Leipzig",
		},
		{
			name:  "day first with slashes",
			in:    "Date,Event\n13-15/12/2017,Three days of strikes\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "13-15/12/2017", title: "Three days of strikes",
		},
		{
			name:  "across the new year",
			in:    "Date,Event\n12/30-01/02/2018,Winter shutdown\n",
			start: "2017-12-30", end: "2018-01-02", dateText: "12/30-01/02/2018", title: "Winter shutdown",
		},
		{
			name:  "an en dash",
			in:    "Date,Event\n12/13–12/15/2017,Annual sales conference\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "12/13–12/15/2017", title: "Annual sales conference",
		},
		{
			name:  "both ends whole",
			in:    "Date,Event\n12/13/2017-12/15/2017,Annual sales conference\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "12/13/2017-12/15/2017", title: "Annual sales conference",
		},
		{
			name:  "an ISO date is one day",
			in:    "Date,Event\n2017-12-13,Conference opened\n",
			start: "2017-12-13", dateText: "2017-12-13", title: "Conference opened",
		},
		{
			name:     "a range that ends before it starts",
			in:       "Date,Event\n12/20-12/15/2017,Backwards\n",
			dateText: "12/20-12/15/2017", title: "Backwards",
			err: `s.csv:2:1: Date "12/20-12/15/2017": range ends (2017-12-15) before it starts (2017-12-20)`,
		},
	})
}

// TestTextMarkedDates: the apostrophe a spreadsheet keeps before a cell
// typed as text is no part of the date ("'2021"); a two-digit year after
// one ("'45") is a year cut short, as before.
func TestTextMarkedDates(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "a year",
			in:    "Date,Event\n'2021,Company moved to new headquarters\n",
			start: "2021", dateText: "'2021", title: "Company moved to new headquarters",
		},
		{
			name:  "an ISO day",
			in:    "Date,Event\n'2021-03-04,Lease signed\n",
			start: "2021-03-04", dateText: "'2021-03-04", title: "Lease signed",
		},
		{
			name:  "a day first date",
			in:    "Date,Event\n'13/04/2021,Keys handed over\n",
			start: "2021-04-13", dateText: "'13/04/2021", title: "Keys handed over",
		},
		{
			name:  "a Year column",
			in:    "Year,Event\n'2021,Company moved to new headquarters\n",
			start: "2021", dateText: "'2021", title: "Company moved to new headquarters",
		},
		{
			name:  "a year cut short",
			in:    "Date,Event\n'45,War ended in Europe\n",
			start: "1945", dateText: "'45", title: "War ended in Europe",
		},
	})
}

// TestLengthNotes: a date with its length in brackets starts on the
// date, and ends on the last of its days when it lasts whole days; any
// other length keeps the start alone.
func TestLengthNotes(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "three days",
			in:    "Date,Event\n13 Dec 2017 (3 days),Board offsite retreat\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "13 Dec 2017 (3 days)", title: "Board offsite retreat",
		},
		{
			name:  "across the new year",
			in:    "Date,Event\n30 Dec 2017 (4 days),Winter festival\n",
			start: "2017-12-30", end: "2018-01-02", dateText: "30 Dec 2017 (4 days)", title: "Winter festival",
		},
		{
			name:  "a two-day event",
			in:    "Date,Event\n2 May 2019 (2-day),Trade fair\n",
			start: "2019-05-02", end: "2019-05-03", dateText: "2 May 2019 (2-day)", title: "Trade fair",
		},
		{
			name:  "one day",
			in:    "Date,Event\n13 Dec 2017 (1 day),Workshop\n",
			start: "2017-12-13", dateText: "13 Dec 2017 (1 day)", title: "Workshop",
		},
		{
			name:  "hours keep the day",
			in:    "Date,Event\n4 June 2020 (6 hours),Power cut across the district\n",
			start: "2020-06-04", dateText: "4 June 2020 (6 hours)", title: "Power cut across the district",
		},
		{
			name:  "nights keep the day",
			in:    "Date,Event\n13/12/2017 (3 nights),Hotel stay\n",
			start: "2017-12-13", dateText: "13/12/2017 (3 nights)", title: "Hotel stay",
		},
		{
			name:  "weeks of a month keep the month",
			in:    "Date,Event\nMarch 2018 (2 weeks),Site survey\n",
			start: "2018-03", dateText: "March 2018 (2 weeks)", title: "Site survey",
		},
		{
			name:  "a range keeps its end",
			in:    "Date,Event\n1-3 May 2019 (3 days),Trade fair\n",
			start: "2019-05-01", end: "2019-05-03", dateText: "1-3 May 2019 (3 days)", title: "Trade fair",
		},
	})
}

// TestMinusYearsInDateCells: a Date cell of a year with a minus is the
// year before Christ, as in a Year column; an ISO year of four digits,
// which counts a year 0, is an error rather than a year off by one.
func TestMinusYearsInDateCells(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "44 BC",
			in:    "Date,Event\n-44,Assassination of Julius Caesar\n",
			start: "BC0044", dateText: "-44", title: "Assassination of Julius Caesar",
		},
		{
			name:  "the founding of Rome",
			in:    "Date,Event\n-753,Rome founded\n",
			start: "BC0753", dateText: "-753", title: "Rome founded",
		},
		{
			name:     "an ISO year",
			in:       "Date,Event\n-0044,Assassination of Julius Caesar\n",
			dateText: "-0044", title: "Assassination of Julius Caesar",
			err: `s.csv:2:1: Date "-0044": cannot read date "-0044"`,
		},
	})
}

// TestGermanDayRanges: a German range of days, each day with its
// ordinal dot and the month written out, is the range.
func TestGermanDayRanges(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "hyphen",
			in:    "Datum,Ereignis\n13.-15. Dezember 2017,Weihnachtsmarkt in Leipzig\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "13.-15. Dezember 2017", title: "Weihnachtsmarkt in Leipzig",
		},
		{
			name:  "en dash",
			in:    "Datum,Ereignis\n13.–15. Dezember 2017,Weihnachtsmarkt in Leipzig\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "13.–15. Dezember 2017", title: "Weihnachtsmarkt in Leipzig",
		},
		{
			name:  "spaced hyphen",
			in:    "Datum,Ereignis\n13. - 15. Dezember 2017,Weihnachtsmarkt in Leipzig\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "13. - 15. Dezember 2017", title: "Weihnachtsmarkt in Leipzig",
		},
		{
			name:  "one day",
			in:    "Datum,Ereignis\n13. Dezember 2017,Weihnachtsmarkt eröffnet\n",
			start: "2017-12-13", dateText: "13. Dezember 2017", title: "Weihnachtsmarkt eröffnet",
		},
	})
}

// TestMonthFirstDayRanges: the American "12/13-15/2017" is 13 to 15
// December; a day-first sheet, and a month of 13, take no such range.
func TestMonthFirstDayRanges(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "December",
			in:    "Date,Event\n12/13-15/2017,Annual sales conference in Denver\n",
			start: "2017-12-13", end: "2017-12-15", dateText: "12/13-15/2017", title: "Annual sales conference in Denver",
		},
		{
			name:     "no month 13",
			in:       "Date,Event\n13/12-15/2017,Strike\n",
			dateText: "13/12-15/2017", title: "Strike",
			err: `s.csv:2:1: Date "13/12-15/2017": cannot read date "13/12-15/2017"`,
		},
		{
			name:     "a day-first sheet",
			in:       "Date (dd/mm/yyyy),Event\n1/2-3/2017,Strike\n",
			dateText: "1/2-3/2017", title: "Strike",
			err: `s.csv:2:1: Date (dd/mm/yyyy) "1/2-3/2017": cannot tell the precision of "1/2-3/2017"`,
		},
	})
}
