package sheet

import (
	"strings"
	"testing"
)

// sheetCase is one sheet of the tests below and what its first event
// should be.
type sheetCase struct {
	name            string
	in              string // CSV, or JSON when it starts with '['
	start, end      string
	dateText, title string
	text            string   // checked when not empty
	err             string   // the error, "" for none
	warnings        []string // prefixes
}

func checkSheetCases(t *testing.T, tests []sheetCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "s.csv"
			if strings.HasPrefix(tt.in, "[") {
				name = "s.json"
			}
			s, err := ReadSheet(strings.NewReader(tt.in), name, Options{})
			if s == nil || len(s.Events) == 0 {
				t.Fatalf("no event: %v", err)
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.err {
				t.Errorf("error %q, want %q", gotErr, tt.err)
			}
			e := s.Events[0]
			if e.Span.Start.String() != tt.start || e.Span.End.String() != tt.end || e.DateText != tt.dateText || e.Title != tt.title {
				t.Errorf("got %s/%s %q %q, want %s/%s %q %q", e.Span.Start, e.Span.End, e.DateText, e.Title, tt.start, tt.end, tt.dateText, tt.title)
			}
			if tt.text != "" && e.Text != tt.text {
				t.Errorf("text %q, want %q", e.Text, tt.text)
			}
			if len(s.Warnings) != len(tt.warnings) {
				t.Fatalf("warnings %q, want %q", s.Warnings, tt.warnings)
			}
			for i, w := range s.Warnings {
				if !strings.HasPrefix(w.Error(), tt.warnings[i]) {
					t.Errorf("warning %q, want %q", w, tt.warnings[i])
				}
			}
		})
	}
}

// TestStartTimesBesideDate: a Start (or End) column beside the sheet's
// Date whose cells are times of day is the time of each row's day, as a
// Time column is; one that holds dates is still a second date column,
// kept in the text and reported.
func TestStartTimesBesideDate(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "an exam timetable's Start", in: "Date,Start,Title\n12/05/2025,09:00,GCSE Biology Paper 1\n13/05/2025,13:30,GCSE Geography Paper 1\n",
			start: "2025-05-12T09:00", dateText: "12/05/2025 09:00", title: "GCSE Biology Paper 1"},
		{name: "Start and End of times", in: "Date,Start,End,Title\n2025-05-12,09:00,10:45,Biology\n",
			start: "2025-05-12T09:00", end: "2025-05-12T10:45", dateText: "2025-05-12 09:00 – 10:45", title: "Biology"},
		{name: "a 12-hour Begins", in: "Date,Begins,Title\n2025-05-12,2:30 pm,Open day\n",
			start: "2025-05-12T14:30", dateText: "2025-05-12 2:30 pm", title: "Open day"},
		{name: "an End of a time after a start with its time", in: "Start,End,Title\n2025-05-12 09:00,10:30,Talk\n",
			start: "2025-05-12T09:00", end: "2025-05-12T10:30", dateText: "2025-05-12 09:00 – 10:30", title: "Talk"},
		{name: "a Start of dates is still a second date", in: "Date,Start,Title\n2025-05-12,2025-05-14,Fair\n",
			start: "2025-05-12", dateText: "2025-05-12", title: "Fair", text: "Start: 2025-05-14",
			warnings: []string{`s.csv:1:6: column "Start" holds the same thing as column "Date"`}},
		{name: "a Start time to be confirmed", in: "Date,Start,Title\n2025-05-12,09:00,Biology\n2025-05-13,TBC,Chemistry\n",
			start: "2025-05-12T09:00", dateText: "2025-05-12 09:00", title: "Biology"},
		{name: "JSON start and end of times", in: `[{"date": "2025-05-12", "start": "09:00", "end": "10:30", "title": "Biology"}]`,
			start: "2025-05-12T09:00", end: "2025-05-12T10:30", dateText: "2025-05-12 09:00 – 10:30", title: "Biology"},
		{name: "JSON start of a time before the date", in: `[{"start": "09:00", "date": "2025-05-12", "title": "Biology"}]`,
			start: "2025-05-12T09:00", dateText: "2025-05-12 09:00", title: "Biology"},
	})
}

// TestStartTimeLaterRows: a Start cell of a later row that is a time
// is read as one whatever the cells above held.
func TestStartTimeLaterRows(t *testing.T) {
	s, err := ReadSheet(strings.NewReader("Date,Start,Title\n2025-05-12,,Biology\n2025-05-13,13:30,Geography\n2025-05-14,2025-05-15,Fair\n"), "s.csv", Options{})
	if err != nil || len(s.Events) != 3 {
		t.Fatalf("ReadSheet: %v %+v", err, s)
	}
	for i, want := range []string{"2025-05-12", "2025-05-13T13:30", "2025-05-14"} {
		if got := s.Events[i].Span.Start.String(); got != want {
			t.Errorf("row %d: start %s, want %s", i+2, got, want)
		}
	}
	if e := s.Events[2]; e.Text != "Start: 2025-05-15" {
		t.Errorf("text %q, want the second date kept", e.Text)
	}
	if len(s.Warnings) != 1 || !strings.HasPrefix(s.Warnings[0].Error(), `s.csv:1:6: column "Start" holds the same thing as column "Date"`) {
		t.Errorf("warnings %q", s.Warnings)
	}
}

// TestEventNounTitles: a sheet with no title column names its rows'
// events by a column named for what they are (Exam, Meeting, Action):
// its cell is the headline, and a Notes cell beside it stays the text; a
// title column of its own wins over it.
func TestEventNounTitles(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "an exam timetable", in: "Date,Start,Exam,Room\n12/05/2025,09:00,GCSE Biology Paper 1,Sports Hall\n13/05/2025,13:30,GCSE Geography Paper 1,Main Hall\n",
			start: "2025-05-12T09:00", dateText: "12/05/2025 09:00", title: "GCSE Biology Paper 1", text: "Room: Sports Hall",
			warnings: []string{`s.csv:1:17: column "Room" not recognised`}},
		{name: "a strike calendar's Action before its Notes", in: "Date,Operator,Union,Action,Notes\n2024-01-03,Capital Tram,Unite,Work to rule,Ends 2024-01-10\n",
			start: "2024-01-03", dateText: "2024-01-03", title: "Work to rule", text: "Ends 2024-01-10\nOperator: Capital Tram\nUnion: Unite",
			warnings: []string{`s.csv:1:6: column "Operator" not recognised`, `s.csv:1:15: column "Union" not recognised`}},
		{name: "a Title wins over a Meeting", in: "Date,Meeting,Title\n2025-03-04,Board,Budget approved\n",
			start: "2025-03-04", dateText: "2025-03-04", title: "Budget approved", text: "Meeting: Board",
			warnings: []string{`s.csv:1:6: column "Meeting" not recognised`}},
		{name: "JSON exam", in: `[{"date": "2025-05-12", "exam": "GCSE Biology Paper 1", "room": "Sports Hall"}]`,
			start: "2025-05-12", dateText: "2025-05-12", title: "GCSE Biology Paper 1", text: "room: Sports Hall",
			warnings: []string{`s.json:1:65: key "room" not recognised`}},
		{name: "JSON title after the exam", in: `[{"date": "2025-05-12", "exam": "Biology", "title": "Biology Paper 1 moved"}]`,
			start: "2025-05-12", dateText: "2025-05-12", title: "Biology Paper 1 moved", text: "exam: Biology"},
	})
}

// TestRangeDateText: the date text of a row dated by a start and an end
// column is both, as written; a point (the end is the start), an end that
// is dropped, and a task with its due date alone are not joined.
func TestRangeDateText(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "start and end", in: "start,end,title\n2022-08-22,2022-08-28,Cluster detected by WGS\n",
			start: "2022-08-22", end: "2022-08-28", dateText: "2022-08-22 – 2022-08-28", title: "Cluster detected by WGS"},
		{name: "an end that is the start", in: "start,end,title\n2022-08-22,2022-08-22,Audit\n",
			start: "2022-08-22", dateText: "2022-08-22", title: "Audit"},
		{name: "an end before the start", in: "start,end,title\n2022-08-22,2022-08-01,Audit\n",
			start: "2022-08-22", dateText: "2022-08-22", title: "Audit",
			err: `s.csv:2:12: end "2022-08-01": ends before the start 2022-08-22; the end is dropped`},
		{name: "a task with its due date alone", in: "Task,Due date\nReview,2025-05-01\n",
			start: "2025-05-01", dateText: "2025-05-01", title: "Review"},
		{name: "JSON start and end", in: `[{"start": "March 2023", "end": "June 2023", "title": "Works"}]`,
			start: "2023-03", end: "2023-06", dateText: "March 2023 – June 2023", title: "Works"},
	})
}
