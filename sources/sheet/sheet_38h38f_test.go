package sheet

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDateTextEitherWay38h38f: an events.csv read back keeps the date
// text of a row whose source wrote a numeric date that reads either way
// ("5/6/2001" beside the start 2001-06-05): the start says which way the
// source meant it (was read in the sheet's order, month first, found
// "not the date now", and replaced by the start). A date text that is
// the start in neither reading is still replaced, with a note.
func TestDateTextEitherWay38h38f(t *testing.T) {
	const head = "id,start,end,precision,date_text,title\n"
	for _, tc := range []struct {
		name, rows string
		dateTexts  []string
		warn       string // a warning that must be given ("" none)
	}{
		{"day first beside its start",
			"a1,2001-06-05,,day,5/6/2001,Treaty signed\n",
			[]string{"5/6/2001"}, ""},
		{"month first beside its start",
			"a1,2001-05-06,,day,5/6/2001,Treaty signed\n",
			[]string{"5/6/2001"}, ""},
		{"day first, the sheet's other text day first too",
			"a1,2001-06-05,,day,5/6/2001,Treaty signed\na2,2001-06-17,,day,17/6/2001,Treaty ratified\n",
			[]string{"5/6/2001", "17/6/2001"}, ""},
		{"a range written day first",
			"a1,2001-06-05,2001-06-07,day,5/6/2001 - 7/6/2001,Talks\n",
			[]string{"5/6/2001 - 7/6/2001"}, ""},
		{"edited: neither reading is the start",
			"a1,2001-07-01,,day,5/6/2001,Treaty signed\n",
			[]string{"2001-07-01"}, `events.csv:2:20: date_text "5/6/2001": is not the date now, 2001-07-01`},
		{"edited: an unambiguous text that is not the start",
			"a1,2001-06-18,,day,17/6/2001,Treaty signed\n",
			[]string{"2001-06-18"}, "is not the date now"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(head+tc.rows), "events.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range s.Events {
				got = append(got, e.DateText)
			}
			if strings.Join(got, "|") != strings.Join(tc.dateTexts, "|") {
				t.Errorf("date texts %q, want %q", got, tc.dateTexts)
			}
			w := s.Warnings.Error()
			if tc.warn == "" && strings.Contains(w, "is not the date now") || tc.warn != "" && !strings.Contains(w, tc.warn) {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
		})
	}
}

// TestGroupHeadingRow38h38f: a row over the header that names groups of
// its columns, as a spreadsheet's merged cells export them ("Dates,,Event
// details," over "Start,End,Title,Description"), is not the header: the
// row under it is, and the row is reported (was read as the header, its
// "Dates" the date column, and the real header a row of its own, with
// "cannot read date \"Start\""). Read and ReadStream agree; a title line
// over it is still the sheet's title; a header whose own cells are
// blank at its end is still the header.
func TestGroupHeadingRow38h38f(t *testing.T) {
	for _, tc := range []struct {
		name, in     string
		events       []string // start/end title
		title, warns string
	}{
		{"a row of groups over the header",
			"Dates,,Event details,\nStart,End,Title,Description\n1914,1918,Great War,in Europe\n1939,1945,Second World War,\n",
			[]string{"1914/1918 Great War", "1939/1945 Second World War"}, "",
			"s.csv:1:1: read as headings over groups of the columns (Dates, Event details); the columns are named by the row under it"},
		{"under a title and a blank row",
			"Wars of the century,,,\n,,,\nDates,,Event details,\nStart,End,Title,Description\n1914,1918,Great War,\n",
			[]string{"1914/1918 Great War"}, "Wars of the century",
			"s.csv:3:1: read as headings over groups of the columns (Dates, Event details)"},
		{"groups with a name the reader does not know",
			"When,,What,\nStart date,End date,Headline,Notes\n2020-03,2020-06,Lockdown,\n",
			[]string{"2020-03/2020-06 Lockdown"}, "", "s.csv:1:1: read as headings over groups"},
		{"a header with blank cells at its end is the header",
			"Event,Date,,\nFirst,2017-12-13,,\n",
			[]string{"2017-12-13/ First"}, "", ""},
		{"a title line with blank cells over the header is a title",
			"Timeline of the mill,,\nDate,Event,Notes\n1850,Mill built,\n",
			[]string{"1850/ Mill built"}, "Timeline of the mill", ""},
		{"From and To under a title line",
			"Wars of the century\n\nFrom,To,Event\n1914,1918,Great War\n",
			[]string{"1914/1918 Great War"}, "Wars of the century", ""},
		{"From and To under groups",
			"Dates,,Event details\nFrom,To,Headline\n1914,1918,Great War\n",
			[]string{"1914/1918 Great War"}, "", "s.csv:1:1: read as headings over groups"},
		{"a header whose first row of data has a title like a name",
			"Date,Event,\n2017-12-13,Start,\n",
			[]string{"2017-12-13/ Start"}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			ss, evs, err := readStream(t, tc.in, "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range []struct {
				how   string
				title string
				warns string
				got   []string
			}{
				{"ReadSheet", s.Title, s.Warnings.Error(), titles(s.Events)},
				{"ReadStream", ss.Title, ss.Warnings.Error(), titles(evs)},
			} {
				if strings.Join(r.got, "|") != strings.Join(tc.events, "|") {
					t.Errorf("%s: events %q, want %q", r.how, r.got, tc.events)
				}
				if r.title != tc.title {
					t.Errorf("%s: title %q, want %q", r.how, r.title, tc.title)
				}
				if tc.warns == "" && strings.Contains(r.warns, "groups of the columns") || !strings.Contains(r.warns, tc.warns) {
					t.Errorf("%s: warnings %q, want %q", r.how, r.warns, tc.warns)
				}
			}
		})
	}
}

// TestLoneDayColumn38h38f: a Day column in a sheet with no Year, Month or
// other date column dates the rows when most of its cells are dates, as
// a diary writes it ("Thu 14 Dec 2017"; was "no date column" and every
// row undated); an itinerary's "Day 1" or a week's "Monday" is no date,
// and is reported and kept in the text, as before. A Time beside it is
// the time of its day; TimelineJS's Year, Month and Day are read as
// before.
func TestLoneDayColumn38h38f(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "a diary's day", in: "Day,Event\n13 Dec 2017,Vote\nThu 14 Dec 2017,Count\n",
			start: "2017-12-13", dateText: "13 Dec 2017", title: "Vote"},
		{name: "a placeholder among the days", in: "Day,Event\nTBD,Launch party\n13/12/2017,Vote\n14/12/2017,Count\n",
			dateText: "TBD", title: "Launch party"},
		{name: "a day and a time", in: "Day,Time,Event\n13/12/2017,10:00–11:30,Hearing\n",
			start: "2017-12-13T10:00", end: "2017-12-13T11:30", dateText: "13/12/2017 10:00–11:30", title: "Hearing"},
		{name: "an itinerary's days are no dates", in: "Day,Event\nDay 1,Arrive in Lima\nDay 2,Hike\n",
			title: "Arrive in Lima", text: "Day: Day 1",
			err:      "s.csv:1:1: no date column (date, start, when, week, quarter, or Year); the events have no date",
			warnings: []string{`s.csv:1:1: column "Day" holds no dates ("Day 1")`}},
		{name: "weekdays are no dates", in: "Day,Event\nMonday,Gym\nTuesday,Swim\n",
			title: "Gym", text: "Day: Monday",
			err:      "s.csv:1:1: no date column (date, start, when, week, quarter, or Year); the events have no date",
			warnings: []string{`s.csv:1:1: column "Day" holds no dates ("Monday")`}},
		{name: "TimelineJS's split date", in: "Year,Month,Day,Headline\n1969,7,20,Moon landing\n",
			start: "1969-07-20", dateText: "1969/7/20", title: "Moon landing"},
		{name: "beside a date column, a day is more text", in: "Date,Day,Event\n2017-12-13,Wednesday,Vote\n",
			start: "2017-12-13", dateText: "2017-12-13", title: "Vote"},
	})
}

// TestDateTimeNames38h38f: "Date/Time", "Date & Time" and "Date and time"
// name the date column (were not recognised: the rows had no date), and a
// Citation is the source.
func TestDateTimeNames38h38f(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "date/time", in: "Date/Time,What happened\n2017-12-13 14:00,Vote\n",
			start: "2017-12-13T14:00", dateText: "2017-12-13 14:00", title: "Vote"},
		{name: "date & time", in: "Date & Time,Event\n13 Dec 2017 2pm,Vote\n",
			start: "2017-12-13T14:00", dateText: "13 Dec 2017 2pm", title: "Vote"},
		{name: "date and time", in: "Date and time,Event\n2017-12-13,Vote\n",
			start: "2017-12-13", dateText: "2017-12-13", title: "Vote"},
		{name: "date_time", in: "date_time,event\n2017-12-13T09:30,Vote\n",
			start: "2017-12-13T09:30", dateText: "2017-12-13T09:30", title: "Vote"},
	})
	s, err := ReadSheet(strings.NewReader("Date,Event,Citation\n1914,War,Britannica\n"), "s.csv", Options{})
	if err != nil || len(s.Events) != 1 || s.Events[0].Source().Outlet != "Britannica" || len(s.Warnings) > 0 {
		t.Errorf("citation: %v %v %v", s.Events, s.Warnings, err)
	}
}

// titles lists events as "start/end title".
func titles(evs []timeline.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Span.Start.String()+"/"+e.Span.End.String()+" "+e.Title)
	}
	return out
}

// TestJSONDateParts38h38f: a JSON event's date written in parts under a
// date's name, {"when": {"year": 1969, "month": 7}}, is read as
// TimelineJS's Year, Month and Day are (was "key \"when.year\" not
// recognised" and the event undated), an end's parts as the end; the
// parts of a date named for what happened then ("acquired") are still
// kept in the text. An "event" object's members are the event's own, as
// Airtable's "fields" are ([{"event": {"name": ..., "date": ...}}] was
// undated, headed "event.name: Coronation; event.date: ...").
func TestJSONDateParts38h38f(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "a month in parts", in: `[{"when": {"year": 1969, "month": 7}, "what": "Apollo 11"}]`,
			start: "1969-07", dateText: "1969/7", title: "Apollo 11"},
		{name: "a day in parts", in: `[{"date": {"year": 1957, "month": "October", "day": 4}, "title": "Sputnik"}]`,
			start: "1957-10-04", dateText: "1957 October 4", title: "Sputnik"},
		{name: "start and end in parts", in: `[{"start": {"year": 1961}, "end": {"year": 1972}, "title": "Apollo programme"}]`,
			start: "1961", end: "1972", dateText: "1961 – 1972", title: "Apollo programme"},
		{name: "a span of dates in parts", in: `[{"date": {"from": {"year": 1939}, "to": {"year": 1945}}, "title": "War"}]`,
			start: "1939", end: "1945", dateText: "1939 – 1945", title: "War"},
		{name: "an event object", in: `[{"event": {"name": "Coronation", "date": "2 June 1953"}}]`,
			start: "1953-06-02", dateText: "2 June 1953", title: "Coronation"},
		{name: "an event's title beside it", in: `[{"date": "1953", "event": "Coronation"}]`,
			start: "1953", dateText: "1953", title: "Coronation"},
		{name: "a register's date in parts is no date of the event", in: `[{"acquired": {"year": 1976}, "title": "Clock"}]`,
			dateText: "", title: "Clock", text: "acquired.year: 1976",
			warnings: []string{`s.json:1:24: key "acquired.year" not recognised`}},
	})
}

// TestRomanMonthCells38h38f: a day, a month in Roman numerals and a year,
// as Central and Eastern European dates and archives' catalogues write
// them ("13 XII 2017", "3.V.1791"), are that day (were "cannot read
// date"). A Roman numeral with no day and year around it ("IV 2020", a
// quarter in some plans), or a king's ("Louis XIV 1715"), is no date; a
// day the month does not have is reported.
func TestRomanMonthCells38h38f(t *testing.T) {
	checkSpanCells(t, []spanCell{
		{"13 XII 2017", "2017-12-13", ""},
		{"3.V.1791", "1791-05-03", ""},
		{"3. V. 1791", "1791-05-03", ""},
		{"1-IV-1920", "1920-04-01", ""},
		{"29/II/2020", "2020-02-29", ""},
		{"1-3 V 1791", "1791-05-01", "1791-05-03"},
		{"12 VI 1812 - 14 XII 1812", "1812-06-12", "1812-12-14"},
		{"IV 2020", "", ""},
		{"Louis XIV 1715", "", ""},
		{"30 II 2020", "", ""},
		{"13 XIII 2017", "", ""},
		{"13 xii 2017", "", ""},
	})
}

// TestFinerStartThanPrecision38h38f: a start finer than the precision
// beside it, typed by hand ("2017-12-13" beside "month", a row added
// with no date text), is read as typed, and now said to be, as a coarser
// one is (was read at day precision without a word). A start that is
// the first of its month or the date text's day, beside a coarser
// precision, is the precision's, as before.
func TestFinerStartThanPrecision38h38f(t *testing.T) {
	for _, tc := range []struct {
		row, want, warn string
	}{
		{"n1,2017-12-13,,month,,Added by hand", "2017-12-13", `events.csv:2:16: precision "month": the start 2017-12-13 is day precision; read at that precision`},
		{"n1,2017-12-13T10:00,,day,,Added by hand", "2017-12-13T10:00", "the start 2017-12-13T10:00 is minute precision"},
		{"n1,2017-12-01,,month,,Added by hand", "2017-12", ""},
		{"n1,2017-12-13,,month,13 December 2017,Vote", "2017-12", ""},
	} {
		s, err := ReadSheet(strings.NewReader("id,start,end,precision,date_text,title\n"+tc.row+"\n"), "events.csv", Options{})
		if err != nil || len(s.Events) != 1 {
			t.Fatalf("%q: %v", tc.row, err)
		}
		if got := s.Events[0].Span.Start.String(); got != tc.want {
			t.Errorf("%q: start %s, want %s", tc.row, got, tc.want)
		}
		if w := s.Warnings.Error(); tc.warn == "" && w != "" || !strings.Contains(w, tc.warn) {
			t.Errorf("%q: warnings %q, want %q", tc.row, w, tc.warn)
		}
	}
}

// TestDayFractionTimes38h38f: a Time cell that holds the fraction of the
// day a spreadsheet stores a time as ("0.375", exported unformatted, as
// its date is the serial 43082) is that time of day, 09:00 (was "not a
// time of day", and the time lost). A whole minute is read to the minute,
// else to the second; 0 and 1 and more are no time. A European
// spreadsheet's decimal comma is read as its point ("0,375", "43082,5").
func TestDayFractionTimes38h38f(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "serial date and fraction", in: "Date,Time,Event\n43082,0.375,Hearing\n",
			start: "2017-12-13T09:00", dateText: "43082 0.375", title: "Hearing",
			warnings: []string{`s.csv:2:1: Date "43082": a spreadsheet's serial day number (days since 30 December 1899): read as 13 December 2017,`}},
		{name: "start and end times", in: "Start date,Start time,End date,End time,Event\n43082,0.375,43083,0.75,Conference\n",
			start: "2017-12-13T09:00", end: "2017-12-14T18:00", dateText: "43082 0.375 – 43083 0.75", title: "Conference",
			warnings: []string{`s.csv:2:1: Start date "43082": a spreadsheet's serial day number`}},
		{name: "no leading zero", in: "Date,Time,Event\n2017-12-13,.5,Lunch\n",
			start: "2017-12-13T12:00", dateText: "2017-12-13 .5", title: "Lunch"},
		{name: "to the second", in: "Date,Time,Event\n2017-12-13,0.99999,Late\n",
			start: "2017-12-13T23:59:59", dateText: "2017-12-13 0.99999", title: "Late"},
		{name: "a decimal comma", in: "Datum;Zeit;Ereignis\n13.12.2017;0,375;Anhörung\n",
			start: "2017-12-13T09:00", dateText: "13.12.2017 0,375", title: "Anhörung"},
		{name: "a serial date and time with a decimal comma", in: "Datum;Ereignis\n43082,5;Mittag\n",
			start: "2017-12-13T12:00", dateText: "43082,5", title: "Mittag",
			warnings: []string{`s.csv:2:1: Datum "43082,5": a spreadsheet's serial day number (days since 30 December 1899): read as 13 December 2017, 12:00,`}},
		{name: "one is no time", in: "Date,Time,Event\n2017-12-13,1.0,Odd\n",
			start: "2017-12-13", dateText: "2017-12-13 1.0", title: "Odd",
			err: `s.csv:2:12: Time "1.0": not a time of day`},
	})
	for _, s := range []string{"0.375", ".5", "0.99999"} {
		if !timeCell(s) {
			t.Errorf("timeCell(%q) = false", s)
		}
	}
	for _, s := range []string{"0", "1.5", "0.", "2017.5"} {
		if timeCell(s) {
			t.Errorf("timeCell(%q) = true", s)
		}
	}
}

// TestByDateCells38h38f: "by 1900" in a date cell is 1900 with the mod
// ON_OR_BEFORE, as timeline.Date.Human writes that mod (was "cannot read
// date": a chronology's own "by 1990", copied into a sheet, was lost).
func TestByDateCells38h38f(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"by 1900", "1900 ON_OR_BEFORE"},
		{"by March 1900", "1900-03 ON_OR_BEFORE"},
		{"By 13 March 1900", "1900-03-13 ON_OR_BEFORE"},
		{"by the 1850s", "185 ON_OR_BEFORE"},
		{"before 1900", "1900 BEFORE"},
	} {
		cp := &cellParser{}
		sp, err := cp.parseSpan(tc.in)
		if got := sp.Start.String() + " " + sp.Start.Mod.String(); err != nil || got != tc.want || !sp.End.IsZero() {
			t.Errorf("parseSpan(%q) = %s/%s (%v), want %s", tc.in, got, sp.End, err, tc.want)
		}
	}
}

// TestPlainSourcesColumn38h38f: a Sources column a person typed, with none
// of the '|' our events.csv writes between a citation's fields, gives a
// citation for each line or part between semicolons, an outlet or, when
// it is one, an address (the outlet's before it), each from the sheet
// (was one citation, "BBC; The Guardian", of no file). Our own cells read
// as before.
func TestPlainSourcesColumn38h38f(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want []string // outlet url file
	}{
		{"BBC; The Guardian", []string{"BBC  s.csv", "The Guardian  s.csv"}},
		{"https://example.org/g", []string{" https://example.org/g s.csv"}},
		{"Times\nhttps://example.org/s", []string{"Times https://example.org/s s.csv"}},
		{"Times; https://example.org/s; https://example.org/t", []string{"Times https://example.org/s s.csv", " https://example.org/t s.csv"}},
		{"BBC |  | https://bbc.example/1 |  | notes.txt", []string{"BBC https://bbc.example/1 notes.txt"}},
	} {
		in := "Date,Event,Sources\n1914,War,\"" + strings.ReplaceAll(tc.cell, `"`, `""`) + "\"\n"
		s, err := ReadSheet(strings.NewReader(in), "s.csv", Options{})
		if err != nil || len(s.Events) != 1 {
			t.Fatalf("%q: %v", tc.cell, err)
		}
		var got []string
		for _, c := range s.Events[0].Sources {
			got = append(got, c.Outlet+" "+c.URL+" "+c.File)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: citations %q, want %q", tc.cell, got, tc.want)
		}
	}
}

// TestPlainSourcesTags38h38f: in a person's sheet with a Sources column,
// the tags are split as people write them, at commas too ("war, europe"
// was one tag: the Sources column made the sheet our own events.csv,
// whose lists are split at semicolons only). Our own events.csv, with its
// id, reads as before: "Smith, J.; Jones" is two actors.
func TestPlainSourcesTags38h38f(t *testing.T) {
	for _, tc := range []struct{ in, tags, actors string }{
		{"Date,Event,Sources,Tags,Actors\n1914,War,BBC,\"war, europe\",Haig; Joffre\n", "war|europe", "Haig|Joffre"},
		{"id,start,title,sources,tags,actors\na1,1914,War,BBC |  |  |  | x.txt,\"war, europe\",\"Smith, J.; Jones\"\n", "war, europe", "Smith, J.|Jones"},
	} {
		s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
		if err != nil || len(s.Events) != 1 {
			t.Fatalf("%q: %v", tc.in, err)
		}
		e := s.Events[0]
		if strings.Join(e.Tags, "|") != tc.tags || strings.Join(e.Actors, "|") != tc.actors {
			t.Errorf("%q: tags %q actors %q, want %q %q", tc.in, e.Tags, e.Actors, tc.tags, tc.actors)
		}
	}
}

// TestDateKeyedJSON38h38f: a JSON object whose members are named by dates,
// as people write a chronology by hand ({"1914-07-28": "War begins"}),
// is a sheet: each member an event of that date, a string its title, an
// object its members, an array one event an item (was "not an event
// sheet: the JSON object has no \"events\" array"). So is such an object
// as "events". An object of numbered members, or of names the reader
// knows, is not one.
func TestDateKeyedJSON38h38f(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		events   []string // start/end title
		err      string
	}{
		{"titles", `{"1914-07-28": "War begins", "1918-11-11": "Armistice"}`,
			[]string{"1914-07-28/ War begins", "1918-11-11/ Armistice"}, ""},
		{"under events", `{"title": "War", "events": {"1914-07-28": {"title": "War begins", "notes": "Austria"}}}`,
			[]string{"1914-07-28/ War begins"}, ""},
		{"an array of events of a date", `{"1914": ["War begins", {"headline": "Mobilisation"}], "c. 1850": "Mill built"}`,
			[]string{"1914/ War begins", "1914/ Mobilisation", "1850/ Mill built"}, ""},
		{"a date that cannot be read is reported", `{"1914": "War", "1915": "Gallipoli", "13 Dec": "Truce"}`,
			[]string{"1914/ War", "1915/ Gallipoli", "/ Truce"}, `s.json:1:39: date "13 Dec": date "13 Dec" has no year`},
		{"numbered members are no dates", `{"1": "War", "2": "Peace"}`,
			nil, `s.json:1:1: not an event sheet: the JSON object has no "events" array`},
		{"a known name among dates", `{"2020": "x", "title": "y"}`,
			[]string{"/ y"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.json", Options{})
			var got []string
			if s != nil {
				got = titles(s.Events)
			}
			if strings.Join(got, "|") != strings.Join(tc.events, "|") {
				t.Errorf("events %q, want %q", got, tc.events)
			}
			if e := errorStrings(err); strings.Join(e, "|") != tc.err {
				t.Errorf("errors %q, want %q", e, tc.err)
			}
		})
	}
}

// TestEmptyCellsBeyondHeader38h38f: empty cells beyond the header's last
// column, as a spreadsheet exports every row as wide as its widest, are
// nothing: ",," under "Date,Event" is a blank row (was an event titled
// ",", "more cells than columns"), and "1914,War,," is War. Cells beyond
// it with something in them are still joined to the last column, and
// said so.
func TestEmptyCellsBeyondHeader38h38f(t *testing.T) {
	in := "Date,Event\n,,\n1914,War,,\n1915,Gallipoli,, ,\n1916,Somme, then Verdun,\n"
	for _, read := range []string{"ReadSheet", "ReadStream"} {
		var evs []timeline.Event
		var s *Sheet
		var err error
		if read == "ReadSheet" {
			s, err = ReadSheet(strings.NewReader(in), "s.csv", Options{})
			if s != nil {
				evs = s.Events
			}
		} else {
			s, evs, err = readStream(t, in, "s.csv", Options{})
		}
		if err != nil {
			t.Fatalf("%s: %v", read, err)
		}
		want := []string{"1914/ War", "1915/ Gallipoli", "1916/ Somme, then Verdun"}
		if got := titles(evs); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: events %q, want %q", read, got, want)
		}
		if w := s.Warnings.Error(); w != `s.csv:5:12: more cells than columns: read as part of column "Event" (a comma not in quotes?)` {
			t.Errorf("%s: warnings %q", read, w)
		}
	}
}

// TestJSONRowsUnderTitle38h38f: a JSON sheet of arrays of cells (Google
// Sheets' "values") finds its header under a title and blank rows, and
// under a row that names groups of its columns, as a CSV sheet does (was
// "the first row names no column the reader knows").
func TestJSONRowsUnderTitle38h38f(t *testing.T) {
	in := `{"values": [["Timeline of the launch"], [], ["", "Dates", "", "Details"], ["Event", "Start", "End", "Notes"], ["Launch", "2020-01-01", "2020-01-03", "Press day"], ["Review", "2020-02"]]}`
	s, err := ReadSheet(strings.NewReader(in), "s.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2020-01-01/2020-01-03 Launch", "2020-02/ Review"}
	if got := titles(s.Events); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("events %q, want %q", got, want)
	}
	if s.Title != "Timeline of the launch" {
		t.Errorf("title %q", s.Title)
	}
	if w := s.Warnings.Error(); !strings.HasPrefix(w, "s.json:1:45: read as headings over groups of the columns (Dates, Details)") {
		t.Errorf("warnings %q", w)
	}
}
