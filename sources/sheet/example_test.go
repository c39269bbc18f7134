package sheet_test

import (
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/sources/sheet"
	"github.com/chronicle-project/chronicle/timeline"
)

func ExampleRead() {
	const csv = `When,Event,Outlet
Jul 2017,Collection begins,The Himalayan Times
13/12/2017,Statement,The Himalayan Times
1939-1945,The Second World War,
sometime,Unreadable,
`
	events, err := sheet.Read(strings.NewReader(csv), "notes.csv", sheet.Options{})
	for _, e := range events {
		fmt.Printf("%-10s %-5s %-7s %s (%s)\n", e.Span.Start, e.Span.End, e.Span.Precision(), e.Title, e.Source().Name())
	}
	fmt.Println(err)
	// Output:
	// 2017-07          month   Collection begins (The Himalayan Times)
	// 2017-12-13       day     Statement (The Himalayan Times)
	// 1939       1945  year    The Second World War (notes.csv)
	//                          Unreadable (notes.csv)
	// notes.csv:5:1: When "sometime": cannot read date "sometime"
}

// A column the reader does not know is kept in the event text and
// reported once in Warnings, which are not errors; a place column becomes
// a "place: …" tag.
func ExampleReadSheet_warnings() {
	const csv = `Date,What,Where,Weather
9 November 1989,The Berlin Wall opens,Berlin,cold and clear
`
	s, err := sheet.ReadSheet(strings.NewReader(csv), "wall.csv", sheet.Options{})
	e := s.Events[0]
	fmt.Printf("%s %q %q %q\n", e.Span.Start, e.Title, e.Text, e.Tags)
	for _, w := range s.Warnings {
		fmt.Println("warning:", w)
	}
	fmt.Println("error:", err)
	// Output:
	// 1989-11-09 "The Berlin Wall opens" "Weather: cold and clear" ["place: Berlin"]
	// warning: wall.csv:1:17: column "Weather" not recognised; kept in the event text as "Weather: …"
	// error: <nil>
}

func ExampleReadStream() {
	const csv = `date,headline,source
03/04/2017,Plan posted,Harbour Gazette
25/04/2017,Plan adopted,Harbour Gazette
`
	s, err := sheet.ReadStream(strings.NewReader(csv), "events.csv", sheet.Options{}, func(e timeline.Event) error {
		fmt.Println(e.Span.Start, e.Title) // each row's event as it is read
		return nil
	})
	fmt.Println(s.Format, s.Order, s.OrderFrom, err)
	// Output:
	// 2017-04-03 Plan posted
	// 2017-04-25 Plan adopted
	// csv day first cells <nil>
}

// Our own JSON Lines (chronicle extract --format jsonl) reads back whole:
// every citation in order, the position in the source document, actors
// as written. The format is known by the content, whatever the name.
func ExampleReadSheet_jsonLines() {
	const jsonl = `{"id":"e1","start":"2017-12-13T15:00","precision":"minute","zone":"-05:00","date_text":"at 3 p.m. EST","title":"Briefing","text":"The board briefed reporters at 3 p.m. EST.","sources":[{"name":"Harbour Gazette","outlet":"Harbour Gazette","date":"2017-12-13","file":"gazette.md"},{"name":"wire.txt","file":"wire.txt"}],"group":"Harbour Gazette","actors":["Board; Harbour"],"position":{"file":"gazette.md","line":5,"col":1,"offset":55}}
{"id":"e2","start":"PAST_REF","vague":true,"date_text":"In the past","title":"Ships turned away","text":"In the past, the port turned ships away.","sources":[{"name":"gazette.md","file":"gazette.md"}],"group":"gazette.md"}
`
	s, err := sheet.ReadSheet(strings.NewReader(jsonl), "-", sheet.Options{})
	for _, e := range s.Events {
		fmt.Printf("%s %s %q at %s, %d citation(s):", e.ID, e.Span.Start, e.Actors, timeline.FormatPosition(e.Pos), len(e.Sources))
		for _, c := range e.Sources {
			fmt.Printf(" %s;", c.Name())
		}
		fmt.Println()
	}
	fmt.Println(s.Format, err)
	// Output:
	// e1 2017-12-13T15:00-05:00 ["Board; Harbour"] at gazette.md:5:1, 2 citation(s): Harbour Gazette; wire.txt;
	// e2 PAST_REF [] at -:2:1, 1 citation(s): gazette.md;
	// jsonl <nil>
}

// A Time column goes on the day of the date column; From and To are a
// range; a quote that never closes costs its cell, not the rows after it.
func ExampleReadSheet_timesAndRanges() {
	const csv = `From,To,Time,Title
2021-03-12,,09:00,Doors open
2021-03-12,,14:00–15:30 CET,"Panel on flood defences
1939-09-01,1945-09-02,,Second World War
`
	s, err := sheet.ReadSheet(strings.NewReader(csv), "day.csv", sheet.Options{})
	for _, e := range s.Events {
		fmt.Printf("%-22s %-22s %-26q %s\n", e.Span.Start, e.Span.End, e.DateText, e.Title)
	}
	fmt.Println(err)
	// Output:
	// 2021-03-12T09:00                              "2021-03-12 09:00"         Doors open
	// 2021-03-12T14:00+01:00 2021-03-12T15:30+01:00 "2021-03-12 14:00–15:30 CET" Panel on flood defences
	// 1939-09-01             1945-09-02             "1939-09-01 – 1945-09-02"  Second World War
	// day.csv:3:31: this quote opens a cell but never closes it; the cell is read within its line, and the lines after it as rows of their own
}

// A sheet in another language: its column names and the month names of
// its date cells are read as English ones are, at the precision written.
func ExampleRead_spanish() {
	const csv = `Fecha,Evento,Descripción,Lugar
15/01/2023,Inauguración del centro cultural,Abre la biblioteca.,San Juan
marzo de 2023,Obras en el patio,,
15 de marzo de 2023,Visita al museo,,Museo de Historia
`
	events, err := sheet.Read(strings.NewReader(csv), "aula.csv", sheet.Options{})
	for _, e := range events {
		fmt.Printf("%-10s %-5s %s %q %q\n", e.Span.Start, e.Span.Precision(), e.Title, e.Text, e.Tags)
	}
	fmt.Println(err)
	// Output:
	// 2023-01-15 day   Inauguración del centro cultural "Abre la biblioteca." ["place: San Juan"]
	// 2023-03    month Obras en el patio "" []
	// 2023-03-15 day   Visita al museo "" ["place: Museo de Historia"]
	// <nil>
}

// A roadmap dated by week and quarter: each row at the precision its cell
// names. A week number alone takes the row's year, and without one it is
// reported, never read as a year.
func ExampleRead_weeksAndQuarters() {
	const tsv = "Year\tWeek\tQuarter\tMilestone\n" +
		"\t2025-W02\t2025-Q1\tSprint 1 starts\n" +
		"\tW27 2025\t\tBeta launch\n" +
		"\t\t3Q25\tSecurity audit\n" +
		"2026\t14\t\tGeneral availability\n" +
		"\t9\t\tRetrospective\n"
	events, err := sheet.Read(strings.NewReader(tsv), "roadmap.tsv", sheet.Options{})
	for _, e := range events {
		fmt.Printf("%-8s %-7s %-14q %s\n", e.Span.Start, e.Span.Precision(), e.DateText, e.Title)
	}
	fmt.Println(err)
	// Output:
	// 2025-W02 week    "2025-W02"     Sprint 1 starts
	// 2025-W27 week    "W27 2025"     Beta launch
	// 2025-Q3  quarter "3Q25"         Security audit
	// 2026-W14 week    "2026 week 14" General availability
	//                  "9"            Retrospective
	// roadmap.tsv:6:2: Week "9": week 9 has no year: write it with its year (2025-W09), or give the sheet a Year column; the row is left undated
}
