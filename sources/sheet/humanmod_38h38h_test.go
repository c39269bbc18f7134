package sheet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// humanDates are dates of each precision, and of a day with each part,
// as the Markdown writer's dates (timeline.Span.Human) are made of.
var humanDates = []timeline.Date{
	{Prec: timeline.Millennium, Year: 1000},
	{Prec: timeline.Century, Year: 1900},
	{Prec: timeline.Decade, Year: 1990},
	{Prec: timeline.Year, Year: 1990},
	{Prec: timeline.Year, Year: 79},
	{Prec: timeline.Year, Year: -44},
	{Prec: timeline.Half, Year: 2017, Half: 1},
	{Prec: timeline.Quarter, Year: 2017, Quarter: 3},
	{Prec: timeline.Season, Year: 2017, Season: timeline.Summer},
	{Prec: timeline.Season, Year: 2017, Season: timeline.Winter},
	{Prec: timeline.Month, Year: 2017, Month: 7},
	{Prec: timeline.Week, Year: 2017, Week: 50},
	{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13},
	{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13, Part: timeline.Morning},
	{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13, Part: timeline.Afternoon},
	{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13, Part: timeline.Evening},
	{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13, Part: timeline.Night},
	{Prec: timeline.Minute, Year: 2017, Month: 12, Day: 13, Hour: 15, Minute: 30},
}

// readsAs is the mod a date written with m reads back with: Human
// writes LESS_THAN as BEFORE, MORE_THAN as AFTER, EQUAL_OR_LESS as
// ON_OR_BEFORE and EQUAL_OR_MORE as ON_OR_AFTER (the words are the same).
func readsAs(m timeline.Mod) timeline.Mod {
	switch m {
	case timeline.ModLessThan:
		return timeline.ModBefore
	case timeline.ModMoreThan:
		return timeline.ModAfter
	case timeline.ModEqualOrLess:
		return timeline.ModOnOrBefore
	case timeline.ModEqualOrMore:
		return timeline.ModOnOrAfter
	}
	return m
}

// TestHumanModReadBack38h38h: every date the Markdown writer writes (its
// dates are timeline.Span.Human's), pasted into a sheet's date cell,
// reads back as the same date with the same mod: "from 1990" is on or
// after 1990 (was 1990), "midway through 13 December 2017" the middle of
// that day (was not read), "13 December 2017, morning" that morning (was
// not read), "before the night of 13 December 2017" (was not read).
func TestHumanModReadBack38h38h(t *testing.T) {
	for m := timeline.ModNone; m <= timeline.ModApprox; m++ {
		for _, d := range humanDates {
			d.Mod = m
			cell := timeline.Span{Start: d}.Human()
			t.Run(fmt.Sprintf("%s %s", m, cell), func(t *testing.T) {
				want := d
				want.Mod = readsAs(m)
				for _, cp := range []*cellParser{{}, {order: DayFirst}} {
					sp, err := cp.parseSpan(cell)
					if err != nil || sp.IsRange() || sp.Start != want {
						t.Errorf("parseSpan(%q) = %v (mod %q, end %v), %v; want %v (mod %q)", cell, sp.Start, sp.Start.Mod, sp.End, err, want, want.Mod)
					}
				}
			})
		}
	}
}

// TestHumanRangeReadBack38h38h: a range as the Markdown writer writes it
// (timeline.Span.Human), each end with a mod a range's start or end has,
// reads back with both mods: "13 December 2017 – midway through 15
// December 2017" (was not read), "January 2018 – March 2021 or later"
// (on or after its end), "c. 1939 – 1945".
func TestHumanRangeReadBack38h38h(t *testing.T) {
	pairs := [][2]timeline.Date{
		{{Prec: timeline.Year, Year: 1939}, {Prec: timeline.Year, Year: 1945}},
		{{Prec: timeline.Year, Year: -218}, {Prec: timeline.Year, Year: -201}},
		{{Prec: timeline.Decade, Year: 1960}, {Prec: timeline.Decade, Year: 1980}},
		{{Prec: timeline.Month, Year: 2018, Month: 1}, {Prec: timeline.Month, Year: 2021, Month: 3}},
		{{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}, {Prec: timeline.Day, Year: 2017, Month: 12, Day: 15}},
		{{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13, Part: timeline.Evening}, {Prec: timeline.Day, Year: 2017, Month: 12, Day: 15}},
	}
	starts := []timeline.Mod{timeline.ModNone, timeline.ModStart, timeline.ModMid, timeline.ModEnd, timeline.ModApprox}
	ends := []timeline.Mod{timeline.ModNone, timeline.ModBefore, timeline.ModAfter, timeline.ModOnOrBefore, timeline.ModOnOrAfter,
		timeline.ModStart, timeline.ModMid, timeline.ModEnd, timeline.ModApprox}
	for _, ma := range starts {
		for _, mb := range ends {
			for _, p := range pairs {
				want := timeline.Span{Start: p[0], End: p[1]}
				want.Start.Mod, want.End.Mod = ma, mb
				cell := want.Human()
				t.Run(cell, func(t *testing.T) {
					sp, err := (&cellParser{}).parseSpan(cell)
					if err != nil || sp != want {
						t.Errorf("parseSpan(%q) = %v (%q) – %v (%q), %v; want %v (%q) – %v (%q)", cell,
							sp.Start, sp.Start.Mod, sp.End, sp.End.Mod, err, want.Start, want.Start.Mod, want.End, want.End.Mod)
					}
				})
			}
		}
	}
}

// TestHumanModSheet38h38h: the dates pasted into a sheet's Date column
// give its events the mods they were written with.
func TestHumanModSheet38h38h(t *testing.T) {
	in := "Date,Event\n" +
		"from 1990,Stall licences issued\n" +
		"midway through 13 December 2017,Vote\n" +
		"\"13 December 2017, morning\",Count begins\n" +
		"before the night of 14 December 2017,Recount requested\n" +
		"\"from 13 December 2017, 15:30\",Results posted\n" +
		"from 1939 to 1945,War years\n"
	evs, err := Read(strings.NewReader(in), "pasted.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		s := strings.Join(strings.Fields(e.Span.Start.String()+" "+e.Span.Start.Mod.String()), " ")
		if e.Span.IsRange() {
			s += " – " + strings.Join(strings.Fields(e.Span.End.String()+" "+e.Span.End.Mod.String()), " ")
		}
		got = append(got, s+" "+e.Title)
	}
	want := []string{
		"1990 ON_OR_AFTER Stall licences issued",
		"2017-12-13 MID Vote",
		"2017-12-13TMO Count begins",
		"2017-12-14TNI BEFORE Recount requested",
		"2017-12-13T15:30 ON_OR_AFTER Results posted",
		"1939 – 1945 War years",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
