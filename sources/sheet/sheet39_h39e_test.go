package sheet

import (
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestExcelNumbers39h39e: what a spreadsheet does to numbers it exports
// is read and said. A date cell that is a serial day number (45292, a
// date cell exported formatted as a number) is read as its day, and said
// once, at the first such cell, with the day it was read as (was read
// with no word); a Year of 45292 is no year, and is reported. An id a
// spreadsheet wrote in scientific notation ("1.23457E+11", its last
// digits lost) is said once, at the first (was only reported as ids used
// twice, which did not say why). Read and ReadStream agree.
func TestExcelNumbers39h39e(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		starts   []string // start values in order
		warns    []string // warnings that must be given
		not      string   // a warning that must not be given
		err      string   // an error that must be given
	}{
		{"serial days in a date column",
			"Date,Event\n45292,Longcase clock restored\n45306,Sampler framed\n2024-02-01,Quilt hung\n",
			[]string{"2024-01-01", "2024-01-15", "2024-02-01"},
			[]string{`loans.csv:2:1: Date "45292": a spreadsheet's serial day number (days since 30 December 1899): read as 1 January 2024, and so for every cell like it`},
			"45306", ""},
		{"a serial day and time, and an end",
			"Start,End,Event\n43082.625,43083,Vote count\n",
			[]string{"2017-12-13T15:00"},
			[]string{`loans.csv:2:1: Start "43082.625": a spreadsheet's serial day number`},
			"", ""},
		{"a serial end only",
			"Start,End,Event\n2017-12-11,43083,Vote count\n",
			[]string{"2017-12-11"},
			[]string{`loans.csv:2:12: End "43083": a spreadsheet's serial day number (days since 30 December 1899): read as 14 December 2017`},
			"", ""},
		{"no serial: a Year cell of five digits is no year",
			"Year,Event\n45292,Longcase clock restored\n1999,Sampler framed\n",
			[]string{"", "1999"}, nil, "serial", `loans.csv:2:1: Year "45292": year out of range`},
		{"ids in scientific notation",
			"ID,Date,Object\n1.23457E+11,2024-01-01,Longcase clock\n1.23457E+11,2024-01-15,Sampler\n9876,2024-02-01,Quilt\n",
			[]string{"2024-01-01", "2024-01-15", "2024-02-01"},
			[]string{`loans.csv:2:1: ID "1.23457E+11": a long number a spreadsheet wrote in scientific notation: its last digits are lost`,
				`loans.csv:3:1: id "1.23457E+11" is already used at line 2`},
			"", ""},
		{"ids that are numbers, not in scientific notation",
			"ID,Date,Object\n123456789012,2024-01-01,Longcase clock\nE12,2024-01-15,Sampler\n",
			[]string{"2024-01-01", "2024-01-15"}, nil, "scientific", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "loans.csv", Options{})
			if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
			var got []string
			for _, e := range s.Events {
				got = append(got, e.Span.Start.String())
			}
			if strings.Join(got, " ") != strings.Join(tc.starts, " ") {
				t.Errorf("starts %q, want %q", got, tc.starts)
			}
			w := s.Warnings.Error()
			for _, want := range tc.warns {
				if !strings.Contains(w, want) {
					t.Errorf("warnings %q, want %q", w, want)
				}
			}
			if tc.not != "" && strings.Contains(w, tc.not) {
				t.Errorf("warnings %q, want none with %q", w, tc.not)
			}
			st, _ := ReadStream(strings.NewReader(tc.in), "loans.csv", Options{}, func(timeline.Event) error { return nil })
			if st == nil || st.Warnings.Error() != w {
				t.Errorf("ReadStream's warnings differ from Read's:\n%v\n%q", st, w)
			}
		})
	}
}

// TestHumanReadBack39h39e: the dates timeline.Span.Human writes (the
// Markdown list's and the HTML page's), pasted into a sheet's Date
// column, read back as the same span: a time with its zone, "13
// December 2017, 15:00 UTC−05:00" with the minus sign Human writes (was
// not read: the offset after "UTC" was not known, nor that minus); a
// weekend across two months, "the weekend of 31 March–1 April 2018" (was
// not read); the vague references "in the past", "now" and "in the
// future" (were not read). Together with the dates of humanDates, each
// with every mod, and ranges with a mod at their start.
func TestHumanReadBack39h39e(t *testing.T) {
	day := func(y, m, d int) timeline.Date { return timeline.Date{Prec: timeline.Day, Year: y, Month: m, Day: d} }
	weekend := func(y, w int) timeline.Date {
		return timeline.Date{Prec: timeline.Week, Year: y, Week: w, Weekend: true}
	}
	at := func(d timeline.Date, h, m, zone int) timeline.Date {
		d.Prec, d.Hour, d.Minute, d.HasZone, d.Zone = timeline.Minute, h, m, true, zone
		return d
	}
	spans := []timeline.Span{
		{Start: at(day(2017, 12, 13), 15, 0, -300)},
		{Start: at(day(2017, 12, 13), 15, 0, 60)},
		{Start: at(day(2017, 12, 13), 15, 0, 0)},
		{Start: at(day(2017, 12, 13), 9, 30, 330)},
		{Start: weekend(2017, 50)},
		{Start: weekend(2018, 13)}, // 31 March–1 April 2018
		{Start: weekend(2017, 52)}, // 30–31 December 2017
		{Start: weekend(2020, 53)}, // 2–3 January 2021, of 2020's last week
		{Start: weekend(2022, 52)}, // 31 December 2022–1 January 2023
		{Start: timeline.Date{Ref: timeline.PastRef}},
		{Start: timeline.Date{Ref: timeline.PresentRef}},
		{Start: timeline.Date{Ref: timeline.FutureRef}},
		{Start: at(day(2017, 12, 13), 9, 0, -300), End: at(day(2017, 12, 13), 17, 30, -300)},
	}
	for m := timeline.ModNone; m <= timeline.ModApprox; m++ {
		for _, d := range humanDates {
			d.Mod = readsAs(m)
			spans = append(spans, timeline.Span{Start: d})
		}
	}
	for _, a := range []timeline.Mod{timeline.ModBefore, timeline.ModAfter, timeline.ModOnOrBefore, timeline.ModApprox, timeline.ModStart} {
		for _, p := range [][2]timeline.Date{
			{{Prec: timeline.Year, Year: 1900}, {Prec: timeline.Year, Year: 1920}},
			{{Prec: timeline.Month, Year: 2020, Month: 3}, {Prec: timeline.Month, Year: 2021, Month: 6}},
			{day(2017, 12, 13), day(2018, 1, 15)},
		} {
			sp := timeline.Span{Start: p[0], End: p[1]}
			sp.Start.Mod = a
			spans = append(spans, sp)
		}
	}
	var in strings.Builder
	w := csv.NewWriter(&in)
	w.Write([]string{"Date", "Event"})
	for i, sp := range spans {
		w.Write([]string{sp.Human(), "Event " + strconv.Itoa(i)})
	}
	w.Flush()
	s, err := ReadSheet(strings.NewReader(in.String()), "pasted.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Events) != len(spans) {
		t.Fatalf("%d events, want %d", len(s.Events), len(spans))
	}
	for i, e := range s.Events {
		if e.Span != spans[i] {
			t.Errorf("%q read as %v (%q) – %v (%q), want %v (%q) – %v (%q)", spans[i].Human(),
				e.Span.Start, e.Span.Start.Mod, e.Span.End, e.Span.End.Mod, spans[i].Start, spans[i].Start.Mod, spans[i].End, spans[i].End.Mod)
		}
	}
}

// TestYearAbove39h39e: a date cell without its year takes the year the
// sheet gives it, never a guess that may be a year off. A Year cell
// left blank under a row that wrote one is that year, as a merged
// cell's rows export it ("17 Sep" under 1923 was read as 1922-09-17, the
// nearer of the years around 3 March 1923), said once; a sheet in order
// of date keeps it ("17 Sep" after "1 Feb 1923" and "3 Mar 1923" was
// 1922-09-17 too); with one dated row above and either year alike near,
// the cell is reported, not guessed. A placeholder under a Year ("TBC")
// stays undated. Read and ReadStream agree.
func TestYearAbove39h39e(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		starts   []string // start and date text of each event, in order
		warn     string   // a warning that must be given ("" none)
		err      string   // the error ("" none)
	}{
		{"a merged Year cell",
			"Year,Date,Event\n1923,3 Mar,Foundation stone laid\n,17 Sep,Roof completed\n1924,12 Jan,Hall opened\n,,\n1939,Sep,Requisitioned\n,Spring,Returned\n1960,TBC,Kitchen added\n",
			[]string{"1923-03-03 3 Mar 1923", "1923-09-17 17 Sep 1923", "1924-01-12 12 Jan 1924", "1939-09 Sep 1939", "1939-SP Spring 1939", " TBC"},
			`hall.csv:3:2: Date "17 Sep": no year written, and the Year cell is blank: read as 1923-09-17, with the year of the row above`, ""},
		{"a Year cell that is no single year lends none",
			"Year,Date,Event\n1939-1945,,War years\n,3 Sep,Declaration\n",
			[]string{"1939/1945 1939-1945", " 3 Sep"}, "", `hall.csv:3:2: Date "3 Sep": date "3 Sep" has no year`},
		{"a sheet in order of date",
			"Date,Event\n1 Feb 1923,Plans approved\n3 Mar 1923,Foundation stone laid\n17 Sep,Roof completed\n12 Jan 1924,Hall opened\n",
			[]string{"1923-02-01 1 Feb 1923", "1923-03-03 3 Mar 1923", "1923-09-17 17 Sep", "1924-01-12 12 Jan 1924"},
			`hall.csv:4:1: Date "17 Sep": no year written: read as 1923-09-17`, ""},
		{"a sheet in reverse order of date",
			"Date,Event\n12 Jan 1924,Hall opened\n3 Oct 1923,Roof completed\n17 Apr,Foundation stone laid\n",
			[]string{"1924-01-12 12 Jan 1924", "1923-10-03 3 Oct 1923", "1923-04-17 17 Apr"}, "read as 1923-04-17", ""},
		{"one dated row, either year as near",
			"Date,Event\n3 Mar 1923,Foundation stone laid\n17 Sep,Roof completed\n",
			[]string{"1923-03-03 3 Mar 1923", " 17 Sep"}, "", `hall.csv:3:1: Date "17 Sep": date "17 Sep" has no year`},
		{"one dated row, one year much nearer",
			"Date,Event\nFri 19 Dec 2025,Term ends\n12 Jan,Deadline\n",
			[]string{"2025-12-19 Fri 19 Dec 2025", "2026-01-12 12 Jan"}, "read as 2026-01-12", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "hall.csv", Options{})
			if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Errorf("error %v, want %q", err, tc.err)
			}
			if s == nil {
				t.Fatal("no sheet")
			}
			got := spanTexts(s.Events)
			if strings.Join(got, "|") != strings.Join(tc.starts, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.starts)
			}
			w := s.Warnings.Error()
			if tc.warn != "" && !strings.Contains(w, tc.warn) || tc.warn == "" && strings.Contains(w, "no year written") {
				t.Errorf("warnings %q, want %q", w, tc.warn)
			}
			var streamed []string
			ReadStream(strings.NewReader(tc.in), "hall.csv", Options{}, func(e timeline.Event) error {
				streamed = append(streamed, spanText(e))
				return nil
			})
			if strings.Join(streamed, "|") != strings.Join(got, "|") {
				t.Errorf("ReadStream: %q, Read: %q", streamed, got)
			}
		})
	}
}

// spanTexts is spanText of each event.
func spanTexts(events []timeline.Event) []string {
	var got []string
	for _, e := range events {
		got = append(got, spanText(e))
	}
	return got
}

// spanText is an event's start, its end after a '/' when it has one,
// and its date text.
func spanText(e timeline.Event) string {
	s := e.Span.Start.String()
	if !e.Span.End.IsZero() {
		s += "/" + e.Span.End.String()
	}
	return s + " " + e.DateText
}

// TestNoteRows39h39e: a row whose only cell is words in its date column
// that are no date, a heading over a group of rows ("Phase two: war
// years") or a note under the sheet ("Notes: dates from the parish
// magazine."), is no event: it is left out and said at its cell, its
// words in the warning (was an event with no title, and an error "cannot
// read date"). A row with a date alone, a placeholder, a title or any
// other cell is an event still, and so is a JSON object.
func TestNoteRows39h39e(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		events   []string // start and date text of each
		warns    []string
		err      string
	}{
		{"headings and notes",
			"Date,Event\nPhase one: building,\n3 Mar 1923,Foundation stone laid\n,\nPhase two: war years,\nSep 1939,Requisitioned\n,\nNotes: dates from the parish magazine.,\nSource: parish archive 1923-1960,\n",
			[]string{"1923-03-03 3 Mar 1923", "1939-09 Sep 1939"},
			[]string{`hall.csv:2:1: "Phase one: building": the only cell of its row, in column "Date", and no date: read as a heading or a note, not an event; it is left out`,
				`hall.csv:5:1: "Phase two: war years"`, `hall.csv:8:1: "Notes: dates from the parish magazine."`, `hall.csv:9:1: "Source: parish archive 1923-1960"`}, ""},
		{"in a Year column",
			"Year,Date,Event\n1923,3 Mar,Foundation stone laid\nNotes: c. marks an estimate,,\n",
			[]string{"1923-03-03 3 Mar 1923"}, []string{`hall.csv:3:1: "Notes: c. marks an estimate": the only cell of its row, in column "Year"`}, ""},
		{"a season without its year is no date",
			"Date,Event\n3 Mar 1923,Foundation stone laid\nlate summer,\n",
			[]string{"1923-03-03 3 Mar 1923"}, []string{`hall.csv:3:1: "late summer": the only cell of its row`}, ""},
		{"events, not notes",
			"Date,Event,Notes\n3 Mar 1923,Foundation stone laid,\nTBC,,\nMon 12 Jan,,\nsome time later,Roof completed,\n,,a note\n",
			[]string{"1923-03-03 3 Mar 1923", " TBC", " Mon 12 Jan", " some time later"},
			nil, `hall.csv:4:1: Date "Mon 12 Jan"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tc.in), "hall.csv", Options{})
			if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Errorf("error %v, want %q", err, tc.err)
			}
			got := spanTexts(s.Events)
			if strings.Join(got, "|") != strings.Join(tc.events, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.events)
			}
			w := s.Warnings.Error()
			for _, want := range tc.warns {
				if !strings.Contains(w, want) {
					t.Errorf("warnings %q, want %q", w, want)
				}
			}
			if tc.warns == nil && strings.Contains(w, "heading or a note") {
				t.Errorf("warnings %q, want no note", w)
			}
		})
	}
	in := `[{"date": "Phase one: building"}, {"date": "1923-03-03", "title": "Foundation stone laid"}]`
	if evs, _ := Read(strings.NewReader(in), "hall.json", Options{}); len(evs) != 2 {
		t.Errorf("JSON: %d events, want 2", len(evs))
	}
}

// TestMonthDay39h39e: a month and a number of one or two digits with a
// space between, "June 2", "Mar 25", "Dec 13", is a day without its year,
// as America writes a day (was the month of the year AD 2, March 2025,
// December 2013): reported, or read with the row's Year; a year of two
// digits is joined by a dash, as Excel writes it ("Mar-25"), or marked
// ("Mar '25").
func TestMonthDay39h39e(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"June 2", "a month and a day, with no year"},
		{"Mar 25", "a month and a day, with no year"},
		{"Dec 13", "a month and a day, with no year"},
		{"Mar-25", "2025-03"},
		{"May 68", "1968-05"},
		{"Mar '25", "2025-03"},
		{"March 2025", "2025-03"},
		{"Mar 25 2024", "2024-03-25"},
		{"Mar 25, 2024", "2024-03-25"},
	} {
		sp, err := (&cellParser{}).parseSpan(tc.in)
		got := sp.Start.String()
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, tc.want) || !sp.End.IsZero() {
			t.Errorf("parseSpan(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	s, err := ReadSheet(strings.NewReader("Year,Date,Event\n2024,March 25,Launch\n,June 2,Review\n"), "plan.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := spanTexts(s.Events)
	if want := "2024-03-25 March 25 2024|2024-06-02 June 2 2024"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestExcelDayMonth39h39e: a date cell as a spreadsheet shows a date
// formatted without its year, "3-Mar" (d-mmm), takes the row's Year or
// the year of the dated rows around it, as "3 Mar" does (was "has no
// year" beside a Year of 2025); alone it is still reported.
func TestExcelDayMonth39h39e(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"Year,Date,Event\n2025,3-Mar,Launch\n2024,25-Dec,Party\n2025,Mar-25,Review\n",
			"2025-03-03 3-Mar 2025|2024-12-25 25-Dec 2024|2025-03 Mar-25", ""},
		{"Date,Event\n1 Mar 2025,Plans\n3-Mar,Launch\n", "2025-03-01 1 Mar 2025|2025-03-03 3-Mar", ""},
		{"Date,Event\n3-Mar,Launch\n", " 3-Mar", `s.csv:2:1: Date "3-Mar": date "3-Mar" has no year`},
	} {
		s, err := ReadSheet(strings.NewReader(tc.in), "s.csv", Options{})
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.err)
		}
		got := spanTexts(s.Events)
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, strings.Join(got, "|"), tc.want)
		}
	}
}
