package sheet

import (
	"slices"
	"strings"
	"testing"
)

// TestRecordDates: a form's Timestamp or a tool's Created At says when a
// row was written; beside a column that dates the event it is kept in the
// text, never the date and never a second event. Alone it dates the rows
// (a log's Timestamp), and an issue tracker's Created and Resolved stay
// two events.
func TestRecordDates(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           []string // "start title"
	}{
		{"a form's timestamp before the date asked for", "form.csv",
			"Timestamp,Email Address,Date of event,Event\n1/15/2024 10:32:11,p@school.example,7/20/1969,Moon landing\n",
			[]string{"1969-07-20 Moon landing"}},
		{"created at before a start and a due date", "tasks.csv",
			"Task ID,Created At,Name,Start Date,Due Date\n12045,2023-01-09,Draft grant proposal,2023-01-16,2023-02-03\n",
			[]string{"2023-01-16 Draft grant proposal"}},
		{"created beside a date makes no second event", "notion.csv",
			"Name,Created,Date\nBerlin Wall built,\"January 5, 2024 10:12 AM\",\"August 13, 1961\"\n",
			[]string{"1961-08-13 Berlin Wall built"}},
		{"a log's timestamp alone dates its rows", "log.csv",
			"Timestamp,Message\n2024-03-02 14:05,Disk full on db-2\n",
			[]string{"2024-03-02T14:05 Disk full on db-2"}},
		{"a tracker's created and resolved are two events", "issues.csv",
			"Title,Created,Resolved\nFix login,2024-01-05,2024-01-09\n",
			[]string{"2024-01-05 Fix login (created)", "2024-01-09 Fix login (resolved)"}},
		{"an incident log's Incident is the headline, its Summary the text", "incidents.csv",
			"Date,Incident,Summary\n2017-03-04,Server room flooded,A burst pipe floods the basement server room.\n",
			[]string{"2017-03-04 Server room flooded"}},
		{"a Topic beside a date", "topics.csv",
			"Date,Topic\n2019-05-02,Budget approved\n",
			[]string{"2019-05-02 Budget approved"}},
		{"JSON: a timestamp before the date", "records.json",
			`[{"Timestamp":"2024-01-15T10:32:00Z","date":"1969-07-20","title":"Moon landing"},{"Created":"2024-01-05","Date":"1961-08-13","Title":"Berlin Wall built"}]`,
			[]string{"1969-07-20 Moon landing", "1961-08-13 Berlin Wall built"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := Read(strings.NewReader(tt.in), tt.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Span.Start.String()+" "+e.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestStaleMod: a person who types a day over "late 1941" in events.csv
// leaves the row's mod END behind; the day is read without it (with a
// warning), while a mod that still goes with its date text stands.
func TestStaleMod(t *testing.T) {
	head := "id,start,end,precision,date_text,title,mod\n"
	tests := []struct{ name, row, want, warn string }{
		{"a day typed over a late year", "a,1941-12-11,,year,late 1941,US enters the war,END\n", "1941-12-11", `mod "END": the mod of "late 1941"; the date is now 1941-12-11, read without it`},
		{"the late year as written", "a,1941,,year,late 1941,US enters the war,END\n", "1941", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(head+tt.row), "events.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			e := s.Events[0]
			if got := e.Span.Start.String(); got != tt.want || (tt.warn == "") != (e.Span.Start.Mod != 0) {
				t.Errorf("start %s mod %v, want %s (mod kept: %v)", got, e.Span.Start.Mod, tt.want, tt.warn == "")
			}
			w := s.Warnings.Error()
			if !strings.Contains(w, tt.warn) || (tt.warn == "" && w != "") {
				t.Errorf("warnings %q, want %q", w, tt.warn)
			}
		})
	}
}

// TestYearIntervals: "1995/1998" is an ISO interval of years; a range to
// the present is read as its start, with a warning, not left undated.
func TestYearIntervals(t *testing.T) {
	tests := []struct{ cell, want, warn string }{
		{"1995/1998", "1995/1998", ""},
		{"2019/20", "2019/2020", ""},
		{"2015–present", "2015/", `date "2015–present": runs to the present, which is no date; read as its start`},
		{"March 2020 - ongoing", "2020-03/", "runs to the present"},
		{"1998/1995", "/", ""}, // backwards: not an interval (reported as unreadable)
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			s, _ := ReadSheet(strings.NewReader("date,title\n"+tt.cell+",A\n"), "s.csv", Options{})
			e := s.Events[0]
			if got := e.Span.Start.String() + "/" + e.Span.End.String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			if w := s.Warnings.Error(); !strings.Contains(w, tt.warn) || (tt.warn == "" && w != "") {
				t.Errorf("warnings %q, want %q", w, tt.warn)
			}
		})
	}
}
