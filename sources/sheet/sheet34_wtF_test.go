package sheet

import (
	"fmt"
	"strings"
	"testing"
)

// TestNestedDateSpans: a JSON event that nests its start and end under
// whatever it calls its date ("when", "period") is dated by them, as one
// that nests them under "date" is; a register's "acquired" object is not
// read so, nor is a record's "created".
func TestNestedDateSpans(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "when start and end",
			in:    `[{"when": {"start": "1969-07-16", "end": "1969-07-24"}, "event": "Apollo 11 mission"}]`,
			start: "1969-07-16", end: "1969-07-24", dateText: "1969-07-16 – 1969-07-24", title: "Apollo 11 mission",
		},
		{
			name:  "period from and to",
			in:    `[{"title": "Second World War", "period": {"from": "1939", "to": "1945"}}]`,
			start: "1939", end: "1945", dateText: "1939 – 1945", title: "Second World War",
		},
		{
			name:  "a record's created object stays text",
			in:    `[{"date": "2021-04-01", "title": "Bridge reopened", "created": {"start": "2021-04-03"}}]`,
			start: "2021-04-01", dateText: "2021-04-01", title: "Bridge reopened",
			text:     "created.start: 2021-04-03",
			warnings: []string{`s.json:1:74: key "created.start" not recognised`},
		},
		{
			name:  "an unknown member of a date object stays text",
			in:    `[{"when": {"start": "1969-07-16", "source": "NASA"}, "event": "Launch"}]`,
			start: "1969-07-16", dateText: "1969-07-16", title: "Launch",
			text:     "when.source: NASA",
			warnings: []string{`s.json:1:45: key "when.source" not recognised`},
		},
	})
}

// TestSourceObjects: a hand-written JSON event's "source" written as an
// object ({"name", "url"}) or as a list is its citations, as our own
// "sources" is; a member a citation cannot hold stays in the text.
func TestSourceObjects(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // the citations, "outlet url date" each, "|" between
		text     string
		warnings int
	}{
		{
			name: "name and url",
			in:   `[{"date": "1969-07-24", "title": "Splashdown", "source": {"name": "NASA", "url": "https://nasa.gov/a11"}}]`,
			want: "NASA https://nasa.gov/a11 ",
		},
		{
			name: "publisher, link and published",
			in:   `[{"date": "1969-07-16", "title": "Launch", "source": {"publisher": "BBC", "link": "https://bbc.co.uk/x", "published": "1969-07-17"}}]`,
			want: "BBC https://bbc.co.uk/x 1969-07-17",
		},
		{
			name: "a list of names",
			in:   `[{"date": "1969-07-16", "title": "Launch", "source": ["BBC", "Reuters"]}]`,
			want: "BBC  |Reuters  ",
		},
		{
			name: "a member no citation holds",
			in:   `[{"date": "1969-07-16", "title": "Launch", "source": {"name": "NASA", "archive box": 14}}]`,
			want: "NASA  ", text: "source.archive box: 14", warnings: 1,
		},
		{
			name: "a flat source is as before",
			in:   `[{"date": "1969-07-16", "title": "Launch", "source": "NASA", "url": "https://nasa.gov/a11"}]`,
			want: "NASA https://nasa.gov/a11 ",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.json", Options{})
			if err != nil || len(s.Events) != 1 {
				t.Fatalf("err %v, events %d", err, len(s.Events))
			}
			e := s.Events[0]
			var got []string
			for _, c := range e.Sources {
				got = append(got, c.Name()+" "+c.URL+" "+c.Date.String())
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("sources %q, want %q", g, tc.want)
			}
			if e.Text != tc.text {
				t.Errorf("text %q, want %q", e.Text, tc.text)
			}
			if len(s.Warnings) != tc.warnings {
				t.Errorf("warnings %v, want %d", s.Warnings, tc.warnings)
			}
		})
	}
}

// TestRecordWrappers: an export that wraps each record's fields in
// "fields" (Airtable), "attributes" (JSON:API) or "properties" (GeoJSON)
// reads them as the event's own; GeoJSON's "type": "Feature" is no kind
// of event, but a roadmap's is, and a wrapper's name deeper in the
// object is a name like any other.
func TestRecordWrappers(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "Airtable",
			in:    `[{"id": "recA1", "fields": {"Date": "2004-02-04", "Name": "Founded", "Notes": "In a dorm room"}}]`,
			start: "2004-02-04", dateText: "2004-02-04", title: "Founded", text: "In a dorm room",
		},
		{
			name:  "JSON:API",
			in:    `[{"type": "milestones", "id": "7", "attributes": {"when": "2019-05", "headline": "Beta opens"}}]`,
			start: "2019-05", dateText: "2019-05", title: "Beta opens",
		},
		{
			name:  "GeoJSON feature",
			in:    `[{"type": "Feature", "properties": {"date": "1666-09-02", "title": "Fire begins"}, "geometry": {"type": "Point", "coordinates": [-0.0859, 51.5101]}}]`,
			start: "1666-09-02", dateText: "1666-09-02", title: "Fire begins",
			text:     "geometry.type: Point\ngeometry.coordinates: -0.0859; 51.5101",
			warnings: []string{`s.json:1:105: key "geometry.type"`, `s.json:1:129: key "geometry.coordinates"`},
		},
		{
			name:  "the record's own type is its kind",
			in:    `[{"type": "events", "id": "3", "attributes": {"type": "Concert", "date": "2019-05-04", "title": "Spring gala"}}]`,
			start: "2019-05-04", dateText: "2019-05-04", title: "Spring gala (concert)",
		},
		{
			name:  "the record's own type first",
			in:    `[{"attributes": {"type": "Concert", "date": "2019-05-04", "title": "Spring gala"}, "type": "events"}]`,
			start: "2019-05-04", dateText: "2019-05-04", title: "Spring gala (concert)",
		},
		{
			name:  "a roadmap's feature is a kind",
			in:    `[{"type": "Feature", "date": "2025-Q3", "title": "Dark mode"}]`,
			start: "2025-Q3", dateText: "2025-Q3", title: "Dark mode (feature)",
		},
		{
			name:  "a wrapper's name deeper in",
			in:    `[{"date": "2025-06-01", "title": "Survey", "details": {"fields": {"Date": "2025-07-01"}}}]`,
			start: "2025-06-01", dateText: "2025-06-01", title: "Survey",
			text:     "details.fields.Date: 2025-07-01",
			warnings: []string{`s.json:1:75: key "details.fields.Date" not recognised`},
		},
	})
}

// TestTotalsRows: a totals row under a list of dated costs ("Total" or
// "Summe" and amounts) is no event, and is said to be left out; a row
// with a date, or words beside the label, is an event as before.
func TestTotalsRows(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		titles   string // the events' titles, "|" between
		warning  string // the warning's prefix, "" for none
	}{
		{
			name:    "a total of costs",
			in:      "Date,Event,Cost\n2023-03-15,Spring clean-up,\"£250.50\"\n2023-07-12,Members' meeting,120\nTotal,,\"£370.50\"\n",
			titles:  "Spring clean-up|Members' meeting",
			warning: `s.csv:4:1: a totals row ("Total") is no event`,
		},
		{
			name:    "a German Summe in the title column",
			in:      "Datum;Ereignis;Kosten (EUR)\n15.03.2023;Frühjahrsputz;250,50\n12.07.2023;Versammlung;120\n;Summe:;\"370,50\"\n",
			titles:  "Frühjahrsputz|Versammlung",
			warning: `s.csv:4:1: a totals row ("Summe:") is no event`,
		},
		{
			name:    "a label alone",
			in:      "When,What happened\n1922,Tenders invited\nTotal,\n",
			titles:  "Tenders invited",
			warning: `s.csv:3:1: a totals row ("Total") is no event`,
		},
		{
			name:   "a dated row titled Total",
			in:     "Date,Event,Cost\n2023-12-31,Total,370\n",
			titles: "Total",
		},
		{
			name:   "words beside the label",
			in:     "Date,Event,Notes\n2024-04-08,Total,eclipse seen from Texas\n,Total,12 events\n",
			titles: "Total|Total",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
			if s == nil {
				t.Fatal(err)
			}
			var titles []string
			for _, e := range s.Events {
				titles = append(titles, e.Title)
			}
			if g := strings.Join(titles, "|"); g != tc.titles {
				t.Errorf("titles %q, want %q (err %v)", g, tc.titles, err)
			}
			var warned []string
			for _, w := range s.Warnings {
				if strings.Contains(w.Error(), "totals row") {
					warned = append(warned, w.Error())
				}
			}
			switch {
			case tc.warning == "" && len(warned) > 0:
				t.Errorf("warnings %q, want none", warned)
			case tc.warning != "" && (len(warned) != 1 || !strings.HasPrefix(warned[0], tc.warning)):
				t.Errorf("warnings %q, want %q", warned, tc.warning)
			}
		})
	}
}

// TestOpenEndedYears: a Year cell that runs to the present is read as its
// start, with the note a date cell gets (was: the note said so, and the
// row was left undated); a plain year has no note.
func TestOpenEndedYears(t *testing.T) {
	for _, tc := range []struct{ cell, want, warn string }{
		{"2015–present", "2015", `s.csv:2:1: Year "2015–present": runs to the present, which is no date; read as its start`},
		{"2015 - ongoing", "2015", `s.csv:2:1: Year "2015 - ongoing": runs to the present`},
		{"2015", "2015", ""},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader("Year,Event\n"+tc.cell+",Research programme\n"), "s.csv", Options{})
			if err != nil || len(s.Events) != 1 {
				t.Fatalf("err %v", err)
			}
			if got := s.Events[0].Span.Start.String() + "/" + s.Events[0].Span.End.String(); got != tc.want+"/" {
				t.Errorf("span %s, want %s", got, tc.want)
			}
			w := s.Warnings.Error()
			if tc.warn == "" && len(s.Warnings) > 0 || !strings.HasPrefix(w, tc.warn) {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
		})
	}
}

// TestOpenEndedDates: a date cell whose end is left open ("2020–", "12
// May 2020 -") or that says since when ("since 2020", "2020 onwards") is
// read as its start, with the note "2015–present" gets (was: read as the
// start with no note, or refused); a range or a year stays as it was.
func TestOpenEndedDates(t *testing.T) {
	for _, tc := range []struct{ cell, want, warn string }{
		{"2020–", "2020/", "runs to the present"},
		{"12 May 2020 -", "2020-05-12/", "runs to the present"},
		{"since March 2020", "2020-03/", "runs to the present"},
		{"ever since 1997", "1997/", "runs to the present"},
		{"2020 onwards", "2020/", "runs to the present"},
		{"from 2018 on", "2018/", "runs to the present"},
		{"1939-45", "1939/1945", ""},
		{"1939 – 1945", "1939/1945", ""},
		{"2020", "2020/", ""},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			s, _ := ReadSheet(strings.NewReader("date,title\n"+tc.cell+",A\n"), "s.csv", Options{})
			e := s.Events[0]
			if got := e.Span.Start.String() + "/" + e.Span.End.String(); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
			if w := s.Warnings.Error(); !strings.Contains(w, tc.warn) || (tc.warn == "" && w != "") {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
		})
	}
}

// TestTimeFirstCells: a cell that gives the time of day before the day
// ("3pm 12 March 2019", "14:30 on 3 May 2020") is that minute (was
// "cannot read date"); a time before a month or a year is no date.
func TestTimeFirstCells(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"3pm 12 March 2019", "2019-03-12T15:00"},
		{"14:30 on 3 May 2020", "2020-05-03T14:30"},
		{"\"09:00, 2021-03-12\"", "2021-03-12T09:00"},
		{"7.30pm 12 March 2019", ""}, // as "12 March 2019 7.30pm" is not read
		{"12.03 2019", ""},
		{"9am March 2019", ""},
		{"10:00 2019", ""},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			s, _ := ReadSheet(strings.NewReader("date,title\n"+tc.cell+",A\n"), "s.csv", Options{})
			if got := s.Events[0].Span.Start.String(); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestDottedClockTimes: a time of day written with a dot before am or pm
// or an hour word ("7.30pm", "19.30 Uhr"), after the day or in a Time
// column, is that minute (was "cannot read date" and "not a time of
// day"); a dot alone still joins a day and a month, and is no time.
func TestDottedClockTimes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"date,title\n12 March 2019 7.30pm,Concert\n", "2019-03-12T19:30"},
		{"date,title\n12 March 2019 at 7.30 p.m.,Concert\n", "2019-03-12T19:30"},
		{"date,title\n12.03.2019 7.30pm,Concert\n", "2019-03-12T19:30"},
		{"date,time,title\n2019-03-12,7.30pm,Concert\n", "2019-03-12T19:30"},
		{"Datum,Zeit,Titel\n12.03.2019,19.30 Uhr,Konzert\n", "2019-03-12T19:30"},
		{"date,time,title\n2019-03-12,12.03,Concert\n", "2019-03-12"},
		{"date,title\n12 March 2019 7.3pm,Concert\n", ""},
	} {
		s, _ := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
		if got := s.Events[0].Span.Start.String(); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestHeaderNotes: a column name with a note in brackets ("Date
// (dd/mm/yyyy)", "Event [required]") is the column it names, and a date
// pattern in the note gives the sheet's day-month order, with no warning;
// a cell that contradicts it is read the only way it can be, and
// reported. A name with a note that is a column of its own ("Time
// (UTC)") is that column, and a note after a name the reader does not
// know ("Cost (EUR)") changes nothing.
func TestHeaderNotes(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // each event's start and title, "|" between
		from     string // Sheet.OrderFrom
		warn     string // a warning's prefix, "" for none
	}{
		{
			name: "day first",
			in:   "Date (dd/mm/yyyy),Event [required]\n03/04/2018,Audit\n05/06/2018,Report\n",
			want: "2018-04-03 Audit|2018-06-05 Report", from: "header",
		},
		{
			name: "month first, in capitals",
			in:   "Start date (MM/DD/YYYY),Title\n03/04/2018,Audit\n",
			want: "2018-03-04 Audit", from: "header",
		},
		{
			name: "German",
			in:   "Datum (TT.MM.JJJJ);Ereignis\n03.04.2018;Prüfung\n",
			want: "2018-04-03 Prüfung", from: "header",
		},
		{
			name: "French",
			in:   "Date (JJ/MM/AAAA),Événement\n03/04/2018,Audit\n",
			want: "2018-04-03 Audit", from: "header",
		},
		{
			name: "ISO says no order",
			in:   "Date (yyyy-mm-dd),Event\n2018-04-03,Audit\n",
			want: "2018-04-03 Audit", from: "default",
		},
		{
			name: "a time column of its own",
			in:   "Date,Time (UTC),Event\n2018-04-03,09:30,Launch\n",
			want: "2018-04-03T09:30Z Launch", from: "default",
		},
		{
			name: "a note after a name not known",
			in:   "Date,Event,Cost (EUR)\n2018-04-03,Audit,250\n",
			want: "2018-04-03 Audit", from: "default",
			warn: `s.csv:1:12: column "Cost (EUR)" not recognised`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range s.Events {
				got = append(got, e.Span.Start.String()+" "+e.Title)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
			if s.OrderFrom != tc.from {
				t.Errorf("order from %q, want %q", s.OrderFrom, tc.from)
			}
			if w := s.Warnings.Error(); !strings.HasPrefix(w, tc.warn) || tc.warn == "" && len(s.Warnings) > 0 {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
		})
	}
}

// TestHeaderNoteContradicted: a cell that cannot be what the header's
// pattern says is read the only way it can be, and reported.
func TestHeaderNoteContradicted(t *testing.T) {
	s, err := ReadSheet(strings.NewReader("Date (dd/mm/yyyy),Event\n03/04/2018,Audit\n04/13/2018,Report\n"), "s.csv", Options{})
	if s == nil || len(s.Events) != 2 {
		t.Fatalf("%v", err)
	}
	if got := s.Events[1].Span.Start.String(); got != "2018-04-13" {
		t.Errorf("got %s, want 2018-04-13", got)
	}
	if err == nil || !strings.Contains(err.Error(), "s.csv:3:1") {
		t.Errorf("err %v, want one at s.csv:3:1", err)
	}
}

// TestOccurrenceColumns: an incident register's "Date of occurrence",
// "Happened on" or "Occurred on" dates its rows, and its "Incident
// description" is their text; a data row that says "happened" is no
// header.
func TestOccurrenceColumns(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "date of occurrence",
			in:    "Date of occurrence,Title,Incident description\n2024-02-11,Fire alarm,Set off by toast in the staff kitchen\n",
			start: "2024-02-11", dateText: "2024-02-11", title: "Fire alarm", text: "Set off by toast in the staff kitchen",
		},
		{
			name:  "happened on",
			in:    "Happened on,What happened\n2024-02-11,Fire alarm\n",
			start: "2024-02-11", dateText: "2024-02-11", title: "Fire alarm",
		},
		{
			name:  "occurred on",
			in:    "occurred_on,event,event_details\n11/02/2024,Fire alarm,Toast\n",
			start: "2024-11-02", dateText: "11/02/2024", title: "Fire alarm", text: "Toast",
			warnings: []string{`s.csv:2:1: occurred_on "11/02/2024": reads either way`},
		},
	})
}

// TestEnvelopedLists: an API's response that wraps its list in one
// object ({"data": {"items": [...]}}, {"response": {"docs": [...]}}) is
// read from that list, each event at its own line, under the document's
// title; an object with no dated list in it, or two, is no sheet, as
// before.
func TestEnvelopedLists(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // title, then each event's start, title and line
		err      string
	}{
		{
			name: "data items",
			in:   "{\"title\": \"Company history\",\n \"data\": {\"items\": [\n  {\"date\": \"2004-02-04\", \"headline\": \"Founded\"},\n  {\"date\": \"2006\", \"headline\": \"First office abroad\"}]}}\n",
			want: "Company history|2004-02-04 Founded 3|2006 First office abroad 4",
		},
		{
			name: "a search response",
			in:   "{\"status\": \"ok\", \"response\": {\"numFound\": 1, \"docs\": [\n{\"date\": \"2019-04-15\", \"headline\": \"Fire at Notre-Dame\"}]}}",
			want: "|2019-04-15 Fire at Notre-Dame 2",
		},
		{
			name: "no dated list",
			in:   `{"build": {"steps": [{"run": "make"}, {"run": "test"}]}}`,
			err:  "not an event sheet",
		},
		{
			name: "two lists",
			in:   `{"a": {"events": [{"date": "2001", "title": "A"}]}, "b": {"events": [{"date": "2002", "title": "B"}]}}`,
			err:  "not an event sheet",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.json", Options{})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []string{s.Title}
			for _, e := range s.Events {
				got = append(got, fmt.Sprintf("%s %s %d", e.Span.Start, e.Title, e.Row.Line))
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestMidnightDays: a sheet whose dates all have the time a spreadsheet
// or a data frame stores days at, midnight ("2017-12-13 00:00:00",
// "2017-12-15T00:00:00.000Z", "12/16/2017 0:00"), reads them as days,
// with a note; one other time, a single midnight, or a precision column
// saying "minute" keeps them as written.
func TestMidnightDays(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // each event's start and end, "|" between
		note     bool
	}{
		{
			name: "pandas",
			in:   "date,event\n2017-12-13 00:00:00,Vote\n2017-12-14 00:00:00,Count\n",
			want: "2017-12-13|2017-12-14", note: true,
		},
		{
			name: "JavaScript in UTC, with an end",
			in:   "start,end,title\n2017-12-15T00:00:00.000Z,2017-12-17T00:00:00.000Z,Summit\n",
			want: "2017-12-15/2017-12-17", note: true,
		},
		{
			name: "Excel, and a time column",
			in:   "Date,Time,Event\n12/16/2017 0:00,09:30,Launch\n12/18/2017 0:00,,Review\n",
			want: "2017-12-16T09:30|2017-12-18", note: true,
		},
		{
			name: "one other time",
			in:   "date,event\n2017-12-13 00:00:00,Vote\n2017-12-14 00:00:00,Count\n2017-12-14 15:30:00,Result\n",
			want: "2017-12-13T00:00:00|2017-12-14T00:00:00|2017-12-14T15:30:00",
		},
		{
			name: "one midnight",
			in:   "date,event\n2017-12-13 00:00,New Year's Eve party ends\n2017-12-14,Count\n",
			want: "2017-12-13T00:00|2017-12-14",
		},
		{
			name: "our events.csv",
			in:   "start,end,precision,title\n2017-12-13T00:00,,minute,Polls close\n2017-12-14T00:00,,minute,Count ends\n",
			want: "2017-12-13T00:00|2017-12-14T00:00",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range s.Events {
				v := e.Span.Start.String()
				if e.Span.IsRange() {
					v += "/" + e.Span.End.String()
				}
				got = append(got, v)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
			if noted := strings.Contains(s.Warnings.Error(), "midnight"); noted != tc.note {
				t.Errorf("warnings %q, want a note of midnight: %v", s.Warnings.Error(), tc.note)
			}
		})
	}
}

// TestRowArrays: a sheet written as JSON arrays of cells, the first its
// header (Google Sheets' "values", a table export's array of arrays), is
// read as a CSV sheet is, each cell at its place; a row that is no array
// is reported, and a first row that names no column is no sheet.
func TestRowArrays(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // each event's start, title, text and position
		err      string
	}{
		{
			name: "Google Sheets",
			in:   "{\"range\": \"Sheet1!A1:C3\", \"majorDimension\": \"ROWS\", \"values\": [\n[\"Date\", \"Event\", \"Notes\"],\n[\"2020-01-01\", \"Launch\", \"at noon\"],\n[\"2020-02-01\", \"Review\"]]}",
			want: "2020-01-01 Launch at noon s.json:3:1|2020-02-01 Review  s.json:4:1",
		},
		{
			name: "an array of arrays, with a serial number",
			in:   "[[\"when\", \"what happened\"],\n [43082, \"Vote\"],\n {\"date\": \"2020\"},\n [\"13/12/2017\", \"Count\"]]",
			want: "2017-12-13 Vote  s.json:2:2|2017-12-13 Count  s.json:4:2",
			err:  "s.json:3:2: a row must be an array of cells",
		},
		{
			name: "no header",
			in:   `[["2020-01-01", "Fire at the mill"], ["2020-02-01", "Flood"]]`,
			err:  "not an event sheet",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.json", Options{})
			if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) || tc.err == "" && err != nil {
				t.Errorf("err %v, want %q", err, tc.err)
			}
			if tc.want == "" {
				return
			}
			var got []string
			for _, e := range s.Events {
				got = append(got, fmt.Sprintf("%s %s %s %s:%d:%d", e.Span.Start, e.Title, e.Text, e.Row.File, e.Row.Line, e.Row.Col))
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestRepeatedHeader: two exports pasted one under the other leave the
// second's header among the rows: it is no event, and said to be left
// out; a row that only shares some names with the header is a row.
func TestRepeatedHeader(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		titles   string
		warn     string
	}{
		{
			name:   "pasted twice",
			in:     "Date,Event,Source\n2019-01-05,First,A\nDATE,Event,Source\n2019-03-05,Third,C\n",
			titles: "First|Third",
			warn:   `s.csv:3:1: the header again`,
		},
		{
			name:   "German, semicolons",
			in:     "Datum;Ereignis\n05.01.2019;Erstens\nDatum;Ereignis\n05.03.2019;Drittens\n",
			titles: "Erstens|Drittens",
			warn:   `s.csv:3:1: the header again`,
		},
		{
			name:   "a row with a word of the header",
			in:     "Date,Event,Source\n2019-01-05,Event,Source\n",
			titles: "Event",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			titles, s := csvTitles(t, tc.in)
			if g := strings.Join(titles, "|"); g != tc.titles {
				t.Errorf("titles %q, want %q", g, tc.titles)
			}
			if w := s.Warnings.Error(); !strings.HasPrefix(w, tc.warn) || tc.warn == "" && len(s.Warnings) > 0 {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
		})
	}
}

// TestUnknownDigitsAndParts: a year whose last digits are not known
// ("189?", "18XX") is the decade or century they leave, never the year
// 189 (was 0189, approximately); a date whose day or month is not known
// ("1890-03-??", "1890-XX-XX", "March ?, 1890") is what it does say (was
// "cannot read date"); "??/03/1890" is March in a day-first sheet, and
// only the year when the sheet does not say its order.
func TestUnknownDigitsAndParts(t *testing.T) {
	for _, tc := range []struct {
		cells string // the date cells, one a row
		want  string // their starts, " " between
		opt   Options
	}{
		{cells: "189?\n18??\n189X\n19xx", want: "189 18 189 19"},
		{cells: "1890?\n1890", want: "1890 1890"},
		{cells: "1890-03-??\n1890-03-XX\n1890-XX-XX\n1890-??-??", want: "1890-03 1890-03 1890 1890"},
		{cells: "\"March ?, 1890\"\n? March 1890", want: "1890-03 1890-03"},
		{cells: "??/03/1890\n03/??/1890\nXX/XX/1890", want: "1890 1890 1890"},
		{cells: "??/03/1890\n03/??/1890", want: "1890-03 1890", opt: Options{DayFirst: ptr(true)}},
		{cells: "??/03/1890\n03/??/1890", want: "1890 1890-03", opt: Options{DayFirst: ptr(false)}},
		{cells: "03/04/1890", want: "1890-03-04"},
	} {
		s, err := ReadSheet(strings.NewReader("date,title\n"+strings.ReplaceAll(tc.cells, "\n", ",A\n")+",A\n"), "s.csv", tc.opt)
		if err != nil {
			t.Errorf("%q: %v", tc.cells, err)
			continue
		}
		var got []string
		for _, e := range s.Events {
			got = append(got, e.Span.Start.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.cells, g, tc.want)
		}
	}
}

// TestStaleDateText: in an edited events.csv, a start corrected by hand
// beside the old date text ("on 3 March 2021" beside 2021-04-03) shows
// the start as typed, with a note (was the old text, shown "as written"
// beside the new date); a date text that is a part of the span, or that
// reads as no date of its own, stays.
func TestStaleDateText(t *testing.T) {
	for _, tc := range []struct {
		row, dateText string
		warn          string
	}{
		{"a1,2021-04-03,,day,on 3 March 2021,Budget approved", "2021-04-03", `events.csv:2:20: date_text "on 3 March 2021": is not the date now, 2021-04-03`},
		{"a1,2022-07,,month,in July 2021,Work began", "2022-07", "is not the date now"},
		{"a1,1939-09-01,1945-09-02,day,1914 to 1918,War", "1939-09-01 – 1945-09-02", "is not the date now"},
		{"a1,2021-03-03,,day,on 3 March 2021,Budget approved", "on 3 March 2021", ""},
		{"a1,2021-Q1,,quarter,on 3 March 2021,Budget approved", "on 3 March 2021", ""},
		{"a1,2021-03-05,,day,two days later,Budget approved", "two days later", ""},
	} {
		s, err := ReadSheet(strings.NewReader("id,start,end,precision,date_text,title\n"+tc.row+"\n"), "events.csv", Options{})
		if err != nil || len(s.Events) != 1 {
			t.Fatalf("%q: %v", tc.row, err)
		}
		if got := s.Events[0].DateText; got != tc.dateText {
			t.Errorf("%q: date text %q, want %q", tc.row, got, tc.dateText)
		}
		if w := s.Warnings.Error(); !strings.HasPrefix(w, tc.warn) && !strings.Contains(w, tc.warn) || tc.warn == "" && len(s.Warnings) > 0 {
			t.Errorf("%q: warnings %q, want %q", tc.row, w, tc.warn)
		}
	}
}

// TestSeasonOfTwoYearsDashed: a winter of two years written with an en or
// em dash ("2017–18 winter", "Winter 2017–18") is that winter, as with a
// hyphen or a slash (was the range from the year 2017 to the winter of
// 2018-19, or "cannot read date"); another season across two years is
// still reported, and two years alone stay a range. A season's year cut
// to two digits ("Summer '69") is read as a month's is ("December '69":
// 1969).
func TestSeasonOfTwoYearsDashed(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"2017–18 winter", "2017-WI/"},
		{"Winter 2017–18", "2017-WI/"},
		{"2017 — 2018 winter", "2017-WI/"},
		{"2017-18 winter", "2017-WI/"},
		{"2017–18", "2017/2018"},
		{"Spring 2017–18", "/"},
		{"Summer '69", "1969-SU/"},
		{"Spring ’45", "1945-SP/"},
		{"Winter '69", "1969-WI/"},
		{"Someday '69", "/"},
	} {
		s, _ := ReadSheet(strings.NewReader("date,title\n"+tc.cell+",A\n"), "s.csv", Options{})
		e := s.Events[0]
		if got := e.Span.Start.String() + "/" + e.Span.End.String(); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.cell, got, tc.want)
		}
	}
}

// TestLocalWeeksAndQuarters: a week or a quarter as German, Spanish,
// French, Dutch and English sheets write them by name ("KW 12/2020",
// "semana 12 de 2020", "2. Quartal 2020", "1er trimestre 2020", "3rd
// quarter 2020") is that week or quarter (was "cannot read date"); a
// quarter that is none ("5. Quartal 2020") still cannot be read.
func TestLocalWeeksAndQuarters(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"KW 12/2020", "2020-W12"},
		{"Kalenderwoche 12 2020", "2020-W12"},
		{"semana 12 de 2020", "2020-W12"},
		{"2. Quartal 2020", "2020-Q2"},
		{"1er trimestre 2020", "2020-Q1"},
		{"2º trimestre de 2020", "2020-Q2"},
		{"2e kwartaal 2020", "2020-Q2"},
		{"3rd quarter 2020", "2020-Q3"},
		{"5. Quartal 2020", ""},
	} {
		s, _ := ReadSheet(strings.NewReader("date,title\n"+tc.cell+",A\n"), "s.csv", Options{})
		if got := s.Events[0].Span.Start.String(); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.cell, got, tc.want)
		}
	}
}

// TestDateUnderYear: a chronology with Year and Date columns writes each
// day under its year ("1914", "28 June"): the day is read with the row's
// year, and its date text is both (was "has no year", the row undated); a
// date cell with a year of its own, a row with no date cell, and a winter
// (which may be the one the year ends or begins) are read as before.
func TestDateUnderYear(t *testing.T) {
	in := "Year,Date,Event\n1914,28 June,Sarajevo\n1914,3-5 Aug,Declarations\n1915,,Gallipoli\n1916,Summer,Somme\n1917,6 April 1917,America enters\n1918,Winter,Winter\n"
	s, err := ReadSheet(strings.NewReader(in), "s.csv", Options{})
	if s == nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range s.Events {
		v := e.Span.Start.String()
		if e.Span.IsRange() {
			v += "/" + e.Span.End.String()
		}
		got = append(got, v+" "+e.DateText)
	}
	want := []string{"1914-06-28 28 June 1914", "1914-08-03/1914-08-05 3-5 Aug 1914", "1915 1915", "1916-SU Summer 1916", "1917-04-06 6 April 1917", " Winter"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if err == nil || !strings.Contains(err.Error(), `s.csv:7:6: Date "Winter"`) || strings.Count(err.Error(), "s.csv:") != 1 {
		t.Errorf("err %v, want one, at the winter", err)
	}
}

// TestRowNumbers: a data frame's index (an unnamed first column, or
// "Unnamed: 0") or a "#" column that numbers the rows 0, 1, 2 or 1, 2, 3
// is left out of the event text, said once (was "Column 1: 0" in every
// event's text); numbers that do not count the rows are kept.
func TestRowNumbers(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		text     string // the first event's text
		warn     string
	}{
		{"pandas index", ",date,event\n0,2017-12-13,Vote\n1,2017-12-14,Count\n", "", `s.csv:2:1: column "Column 1" numbers the rows (0, 1, 2, ...)`},
		{"pandas, read back", "Unnamed: 0,date,event\n0,2017-12-13,Vote\n1,2017-12-14,Count\n", "", `s.csv:2:1: column "Unnamed: 0" numbers the rows`},
		{"numbered by hand", "#,Date,Event\n1,2017-12-13,Vote\n2,2017-12-14,Count\n3,2017-12-15,Result\n", "", `s.csv:2:1: column "#" numbers the rows (1, 2, 3, ...)`},
		{"a gap", "#,Date,Event\n1,2017-12-13,Vote\n3,2017-12-14,Count\n", "#: 1", `s.csv:1:1: column "#" not recognised`},
		{"a count", "Seats,Date,Event\n1,2017-12-13,Vote\n2,2017-12-14,Count\n", "Seats: 1", `s.csv:1:1: column "Seats" not recognised`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Events[0].Text; got != tc.text {
				t.Errorf("text %q, want %q", got, tc.text)
			}
			if len(s.Warnings) != 1 || !strings.HasPrefix(s.Warnings[0].Error(), tc.warn) {
				t.Errorf("warnings %q, want one, %q", s.Warnings.Error(), tc.warn)
			}
		})
	}
}

// TestOngoingEnd: an End cell that says the row has not ended
// ("ongoing", "present", "to date") is read as "2015–present" in one cell
// is, from the start with a note, its date text both cells ("2020-03-01
// – ongoing"; was the error "cannot read date"); another word in it is
// still an error.
func TestOngoingEnd(t *testing.T) {
	for _, tc := range []struct {
		end, want, warn, err string
	}{
		{"ongoing", "2020-03-01/", `s.csv:2:12: End date "ongoing": runs to the present`, ""},
		{"Present", "2020-03-01/", "runs to the present", ""},
		{"to date", "2020-03-01/", "runs to the present", ""},
		{"2020-06-30", "2020-03-01/2020-06-30", "", ""},
		{"soonish", "2020-03-01/", "", `cannot read date "soonish"`},
	} {
		s, err := ReadSheet(strings.NewReader("Start date,End date,Event\n2020-03-01,"+tc.end+",Measures\n"), "s.csv", Options{})
		if s == nil {
			t.Fatal(err)
		}
		e := s.Events[0]
		if got := e.Span.Start.String() + "/" + e.Span.End.String(); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.end, got, tc.want)
		}
		if want := "2020-03-01 – " + tc.end; tc.warn != "" && e.DateText != want {
			t.Errorf("%q: date text %q, want %q", tc.end, e.DateText, want)
		}
		if w := s.Warnings.Error(); !strings.Contains(w, tc.warn) || tc.warn == "" && w != "" {
			t.Errorf("%q: warnings %q, want %q", tc.end, w, tc.warn)
		}
		if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%q: err %v, want %q", tc.end, err, tc.err)
		}
	}
}

// TestMongoExtendedJSON: mongoexport's typed values ({"$date": ...},
// {"$oid": ...}, {"$numberLong": ...}) are the values of their members:
// the date, the id, a number (was "date.$date" not recognised and the
// row undated).
func TestMongoExtendedJSON(t *testing.T) {
	in := `[{"_id": {"$oid": "5f1a2b3c"}, "date": {"$date": "2020-01-01T09:30:00.000Z"}, "title": "Gates open", "attendance": {"$numberInt": "5000"}},
 {"_id": {"$oid": "5f1a2b3d"}, "date": {"$date": {"$numberLong": "1583020800000"}}, "title": "March"}]`
	s, err := ReadSheet(strings.NewReader(in), "s.json", Options{})
	if err != nil || len(s.Warnings) > 0 {
		t.Fatalf("err %v, warnings %v", err, s.Warnings)
	}
	var got []string
	for _, e := range s.Events {
		got = append(got, e.ID+" "+e.Span.Start.String()+" "+e.Title+" "+e.Text)
	}
	want := []string{"5f1a2b3c 2020-01-01T09:30:00Z Gates open attendance: 5000", "5f1a2b3d 2020-03-01T00:00:00Z March "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// csvTitles reads in as a CSV sheet with no options and returns its
// events' titles, in order, and the sheet.
func csvTitles(t *testing.T, in string) ([]string, *Sheet) {
	t.Helper()
	s, err := ReadSheet(strings.NewReader(in), "s.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range s.Events {
		titles = append(titles, e.Title)
	}
	return titles, s
}
