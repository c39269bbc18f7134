package sheet

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestContinuationRows36h36e: a CSV sheet's row with no date and nothing
// that heads an event (no title, no person, no type), under a row that
// made an event, continues that row, as people continue a cell on the
// next row of a spreadsheet: a second line of notes, or a source. Its
// text is added to the event above, its source is one of that event's
// citations, and the sheet says so at the row (never silent). A row with
// a title and no date is an undated item of its own, as before; so is a
// row of text only in a sheet without a title column (its text is its
// headline) unless the text visibly carries on (it starts in lower case,
// or the text above breaks off).
func TestContinuationRows36h36e(t *testing.T) {
	type want struct {
		start, title, text string
		outlets            []string // the citations' outlets, in order
	}
	for _, tc := range []struct {
		name, in string
		want     []want
		warn     string // a warning that must be given ("" none about continuing)
	}{
		{"notes and a source on the rows below",
			"date,title,description,source\n" +
				"2021-03-04,Bridge closed,Engineers saw a crack in the span,Town notice\n" +
				",,The works should take a month,\n" +
				",,,Valley Courier\n" +
				"2021-05-10,Bridge reopened,Works ended early,Town notice\n",
			[]want{
				{"2021-03-04", "Bridge closed", "Engineers saw a crack in the span\nThe works should take a month", []string{"Town notice", "Valley Courier"}},
				{"2021-05-10", "Bridge reopened", "Works ended early", []string{"Town notice"}},
			},
			"s.csv:3:1: 2 rows with no date and no title (the first here, under line 2) are read as more of the event above each"},
		{"a titled row with no date stays an undated item",
			"date,title,notes\n" +
				"2021-05-10,Bridge reopened,Works ended early\n" +
				",Public meeting on tolls,\n" +
				",,Hall booked\n",
			[]want{
				{"2021-05-10", "Bridge reopened", "Works ended early", nil},
				{"", "Public meeting on tolls", "Hall booked", nil},
			},
			"s.csv:4:1: no date and no title: read as more of the event above it (line 3)"},
		{"the source's primary citation is filled when the row above had none",
			"date,event,source,url\n" +
				"1962-10-16,Crisis begins,,\n" +
				",,Evening Ledger,https://example.org/ledger/1962\n",
			[]want{{"1962-10-16", "Crisis begins", "", []string{"Evening Ledger"}}},
			"s.csv:3:1: no date and no title: read as more of the event above it (line 2)"},
		{"an unnamed extra cell continues too",
			"date,title,notes,cost\n" +
				"2020-02-01,Roof repaired,Slates replaced,£900\n" +
				",,,£150 scaffolding\n",
			[]want{{"2020-02-01", "Roof repaired", "Slates replaced\ncost: £900\ncost: £150 scaffolding", nil}},
			"s.csv:3:1: no date and no title"},
		{"no title column: text that carries on in lower case continues",
			"date,description\n" +
				"1890-06-02,Mill opened by the river\n" +
				",and its wheel ran for forty years\n",
			[]want{{"1890-06-02", "Mill opened by the river", "Mill opened by the river\nand its wheel ran for forty years", nil}},
			"s.csv:3:1: no date and no title"},
		{"no title column: text above that breaks off is continued",
			"date,description\n" +
				"1890-06-02,\"Mill opened by the river, with\"\n" +
				",Two wheels and a dam\n",
			[]want{{"1890-06-02", "Mill opened by the river, with", "Mill opened by the river, with\nTwo wheels and a dam", nil}},
			"s.csv:3:1: no date and no title"},
		{"no title column: a text above that ends as a name may is not cut short",
			"date,description\n" +
				"1944-06-06,Landing at sector A\n" +
				",Second wave held offshore\n",
			[]want{
				{"1944-06-06", "Landing at sector A", "Landing at sector A", nil},
				{"", "Second wave held offshore", "Second wave held offshore", nil},
			},
			""},
		{"tab-separated, continued",
			"Date\tTitle\tNotes\n2020-01-01\tLaunch\tFirst run\n\t\tsecond line\n",
			[]want{{"2020-01-01", "Launch", "First run\nsecond line", nil}},
			"s.csv:3:1: no date and no title"},
		{"no title column: a sentence of its own is its own undated item",
			"date,description\n" +
				"1890-06-02,Mill opened by the river.\n" +
				",Second mill built upstream.\n",
			[]want{
				{"1890-06-02", "Mill opened by the river.", "Mill opened by the river.", nil},
				{"", "Second mill built upstream.", "Second mill built upstream.", nil},
			},
			""},
		{"a placeholder date is a row of its own",
			"date,title,notes\n" +
				"2021-05-10,Bridge reopened,Works ended early\n" +
				"TBC,,Toll review\n",
			[]want{
				{"2021-05-10", "Bridge reopened", "Works ended early", nil},
				{"", "", "Toll review", nil},
			},
			""},
		{"the first row has nothing above to continue",
			"date,title,notes\n" +
				",,Sheet drafted by the parish clerk\n" +
				"2021-05-10,Bridge reopened,Works ended early\n",
			[]want{
				{"", "", "Sheet drafted by the parish clerk", nil},
				{"2021-05-10", "Bridge reopened", "Works ended early", nil},
			},
			""},
		{"a totals row is not continued",
			"date,title,cost\n" +
				"2020-02-01,Roof repaired,900\n" +
				"Total,,900\n" +
				",,note: paid in two parts\n",
			[]want{
				{"2020-02-01", "Roof repaired", "cost: 900", nil},
				{"", "cost: note: paid in two parts", "cost: note: paid in two parts", nil},
			},
			""},
		{"an id is an event of its own (our events.csv)",
			"id,start,title,text,source\n" +
				"a1,2017-12-13,Vote held,The council voted,Herald\n" +
				"a2,,,A note added by hand,Herald\n",
			[]want{
				{"2017-12-13", "Vote held", "The council voted", []string{"Herald"}},
				{"", "", "A note added by hand", []string{"Herald"}},
			},
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			check := func(t *testing.T, evs []timeline.Event, warnings timeline.ErrorList) {
				t.Helper()
				var got, exp []string
				for _, e := range evs {
					var outs []string
					for _, c := range e.Sources {
						if c.Outlet != "" {
							outs = append(outs, c.Outlet)
						}
					}
					got = append(got, e.Span.Start.String()+" | "+e.Title+" | "+e.Text+" | "+strings.Join(outs, "; "))
				}
				for _, w := range tc.want {
					exp = append(exp, w.start+" | "+w.title+" | "+w.text+" | "+strings.Join(w.outlets, "; "))
				}
				if strings.Join(got, "\n") != strings.Join(exp, "\n") {
					t.Errorf("events\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(exp, "\n"))
				}
				var ws []string
				for _, w := range warnings {
					ws = append(ws, w.Error())
				}
				all := strings.Join(ws, "\n")
				switch {
				case tc.warn == "" && strings.Contains(all, "no date and no title"):
					t.Errorf("warned %q", all)
				case tc.warn != "" && !strings.Contains(all, tc.warn):
					t.Errorf("warnings %q, want %q", all, tc.warn)
				}
			}
			s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			check(t, s.Events, s.Warnings)
			t.Run("stream", func(t *testing.T) {
				s, evs, err := readStream(t, tc.in, "s.csv", Options{})
				if err != nil {
					t.Fatal(err)
				}
				check(t, evs, s.Warnings)
			})
		})
	}
}

// TestContinuationKeepsTheID36h36e: the event a row continues keeps the
// id its own row gives it, so that ids stay what they were.
func TestContinuationKeepsTheID36h36e(t *testing.T) {
	alone := "date,title,notes\n2021-05-10,Bridge reopened,Works ended early\n"
	more := alone + ",,Tolls to follow\n"
	a, err := Read(strings.NewReader(alone), "s.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(strings.NewReader(more), "s.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 1 || len(b) != 1 || a[0].ID != b[0].ID {
		t.Fatalf("ids %v and %v", a, b)
	}
}

// TestContinuationJSONIsARecord36h36e: a JSON object is a record of its
// own, whatever it holds: nothing is continued; a JSON sheet of arrays of
// cells (Google Sheets' "values") is rows, as a CSV sheet's are.
func TestContinuationJSONIsARecord36h36e(t *testing.T) {
	in := `[{"date": "2021-05-10", "title": "Bridge reopened"}, {"notes": "Tolls to follow"}]`
	evs, err := Read(strings.NewReader(in), "s.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	in = `{"range": "Sheet1!A1:C3", "values": [["Date", "Title", "Notes"], ["2021-05-10", "Bridge reopened", "Works ended early"], ["", "", "Tolls to follow"]]}`
	s, err := ReadSheet(strings.NewReader(in), "s.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Events) != 1 || s.Events[0].Text != "Works ended early\nTolls to follow" || len(s.Warnings) != 1 {
		t.Fatalf("events %+v, warnings %v: want one, continued, and said", s.Events, s.Warnings)
	}
}
