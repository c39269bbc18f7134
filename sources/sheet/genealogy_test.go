package sheet

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestGenealogyCells: the date cells of a family tree, as genealogy
// programs and parish registers write them: a dual year ("1 Jan
// 1850/51"), GEDCOM's abbreviations (abt., bef., aft., est., cal., bet.
// … and …), each with its mod, at the precision written.
func TestGenealogyCells(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		start string // TIMEX3
		end   string
		mod   string
	}{
		{name: "dual year, a day in January", in: "1 Jan 1850/51", start: "1851-01-01"},
		{name: "dual year before 1752", in: "3 Feb 1731/2", start: "1732-02-03"},
		{name: "dual year written in full", in: "9 March 1699/1700", start: "1700-03-09"},
		{name: "dual year, 24 March is the later year", in: "24 Mar 1740/41", start: "1741-03-24"},
		{name: "dual year, 25 March began the earlier", in: "25 Mar 1740/41", start: "1740-03-25"},
		{name: "dual year, a day in summer is the earlier", in: "8 July 1720/21", start: "1720-07-08"},
		{name: "dual year, US order", in: "Feb 14, 1701/02", start: "1702-02-14"},
		{name: "dual year, a month", in: "Feb 1745/6", start: "1746-02"},
		{name: "dual year with a weekday of the old calendar", in: "Sunday, 5 Jan 1700/01", start: "1701-01-05"},
		{name: "a bare dual year before 1752", in: "1688/89", start: "1689"},
		{name: "a bare dual year of one digit", in: "1700/1", start: "1701"},
		{name: "two years after 1752 are a season", in: "1850/51", start: "1850", end: "1851"},
		{name: "about", in: "abt. 1820", start: "1820", mod: "APPROX"},
		{name: "about, capitals and no dot", in: "ABT 1820", start: "1820", mod: "APPROX"},
		{name: "before", in: "bef. 1900", start: "1900", mod: "BEFORE"},
		{name: "before, no dot", in: "bef 1900", start: "1900", mod: "BEFORE"},
		{name: "after", in: "aft. 1881", start: "1881", mod: "AFTER"},
		{name: "estimated", in: "est. 1830", start: "1830", mod: "APPROX"},
		{name: "calculated", in: "cal. 1796", start: "1796", mod: "APPROX"},
		{name: "circa", in: "c. 1790", start: "1790", mod: "APPROX"},
		{name: "about a month", in: "abt. Mar 1848", start: "1848-03", mod: "APPROX"},
		{name: "about a day with a dual year", in: "abt. 2 Feb 1715/16", start: "1716-02-02", mod: "APPROX"},
		{name: "before a day", in: "bef. 14 Jun 1846", start: "1846-06-14", mod: "BEFORE"},
		{name: "between", in: "bet. 1820 and 1825", start: "1820", end: "1825"},
		{name: "between, GEDCOM capitals", in: "BET 1820 AND 1825", start: "1820", end: "1825"},
		{name: "between days", in: "bet. 3 May 1901 and 9 Jun 1901", start: "1901-05-03", end: "1901-06-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, o := range []Order{OrderUnknown, DayFirst, MonthFirst} {
				cp := &cellParser{order: o}
				sp, err := cp.parseSpan(tt.in)
				if err != nil {
					t.Fatalf("%v: %q: %v", o, tt.in, err)
				}
				if got := sp.Start.String(); got != tt.start {
					t.Errorf("%v: %q: start %s, want %s", o, tt.in, got, tt.start)
				}
				if got := sp.End.String(); got != tt.end {
					t.Errorf("%v: %q: end %s, want %s", o, tt.in, got, tt.end)
				}
				if got := sp.Start.Mod.String(); got != tt.mod && !(tt.mod == "" && got == "NONE") {
					t.Errorf("%v: %q: mod %s, want %s", o, tt.in, got, tt.mod)
				}
			}
		})
	}
}

// TestFamilyTree: a family tree kept as a sheet names the person of
// each row and what happened (Birth, Marriage): the headline is the
// person with the kind of event in brackets, as a date column's name
// qualifies a title ("Longcase clock (made)"), and the person is an
// actor of the event. A row with nothing but cells not read (a weather
// record without remarks) is headed by them.
func TestFamilyTree(t *testing.T) {
	tests := []struct {
		name   string
		in     string   // CSV, TSV when it has a tab, or JSON when it starts with '['
		events []string // "start title [actors] | text"
	}{
		{name: "Person and Event", in: "Person,Event,Date,Notes\nEliza Marsh,Birth,9 Feb 1803,\nEliza Marsh,burial,bef. 1870,Not in the 1871 census\n",
			events: []string{"1803-02-09 Eliza Marsh (birth) [Eliza Marsh] | ", "1870 Eliza Marsh (burial) [Eliza Marsh] | Not in the 1871 census"}},
		{name: "Name beside Event is the person", in: "Name,Event,Date\nRobert Pike,Baptism,2 Jan 1710/11\n",
			events: []string{"1711-01-02 Robert Pike (baptism) [Robert Pike] | "}},
		{name: "Name beside Type", in: "Name,Type,Date\nRobert Pike,Marriage,abt. 1735\n",
			events: []string{"1735 Robert Pike (marriage) [Robert Pike] | "}},
		{name: "Event type and Full name", in: "Full name\tEvent type\tDate\tPlace\nHester Vane\tDeath\t1 Mar 1744/45\tLeeds\n",
			events: []string{"1745-03-01 Hester Vane (death) [Hester Vane] | "}},
		{name: "a long title is a headline of its own", in: "Person,Event,Date\nRobert Pike,Sailed for Boston on the Mayflower II,1733\n",
			events: []string{"1733 Sailed for Boston on the Mayflower II [Robert Pike] | "}},
		{name: "a person with no event", in: "Person,Date,Notes\nRobert Pike,1733,Apprenticed\n",
			events: []string{"1733 Robert Pike [Robert Pike] | Apprenticed"}},
		{name: "a title with a Type", in: "Date,Title,Type\n2024-05-01,Spring gala,Concert\n",
			events: []string{"2024-05-01 Spring gala (concert) [] | "}},
		{name: "TimelineJS types are no kind", in: "Year,Headline,Type\n1914,The war,era\n",
			events: []string{"1914 The war [] | "}},
		{name: "JSON person and event", in: `[{"name": "Robert Pike", "event": "Death", "date": "bet. 1790 and 1795"}]`,
			events: []string{"1790/1795 Robert Pike (death) [Robert Pike] | "}},
		{name: "Name, Born and Died: two events a person", in: "Name,Born,Died\nHester Vane,abt. 1702,1 Mar 1744/45\nRobert Pike,1710,\n",
			events: []string{"1702 Hester Vane (born) [] | Died: 1 Mar 1744/45", "1745-03-01 Hester Vane (died) [] | Born: abt. 1702", "1710 Robert Pike (born) [] | "}},
		{name: "Date of birth alone dates the row", in: "Name,Date of birth\nHester Vane,9 Feb 1703\n",
			events: []string{"1703-02-09 Hester Vane [] | "}},
		{name: "a Married of spouses is text", in: "Name,Born,Married\nHester Vane,1702,Robert Pike\n",
			events: []string{"1702 Hester Vane [] | Married: Robert Pike"}},
		{name: "weather rows without remarks", in: "date\tstation\tmax_c\tmin_c\tremarks\n1976-06-26\tKew\t32.1\t15.0\tdry\n1976-06-27\tKew\t33.4\t16.2\t\n",
			events: []string{"1976-06-26 dry [] | dry\nstation: Kew\nmax_c: 32.1\nmin_c: 15.0", "1976-06-27 station: Kew; max_c: 33.4; min_c: 16.2 [] | station: Kew\nmax_c: 33.4\nmin_c: 16.2"}},
		{name: "a long row's headline stops at a whole cell", in: "Date,Reading one,Reading two,Reading three\n2001-01-01," + strings.Repeat("a", 40) + "," + strings.Repeat("b", 40) + ",c\n",
			events: []string{"2001-01-01 Reading one: " + strings.Repeat("a", 40) + " [] | Reading one: " + strings.Repeat("a", 40) + "\nReading two: " + strings.Repeat("b", 40) + "\nReading three: c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "f.csv"
			switch {
			case strings.HasPrefix(tt.in, "["):
				name = "f.json"
			case strings.Contains(tt.in, "\t"):
				name = "f.tsv"
			}
			s, err := ReadSheet(strings.NewReader(tt.in), name, Options{})
			if s == nil {
				t.Fatalf("no sheet: %v", err)
			}
			if err != nil {
				t.Errorf("errors: %v", err)
			}
			var got []string
			for _, e := range s.Events {
				when := e.Span.Start.String()
				if !e.Span.End.IsZero() {
					when += "/" + e.Span.End.String()
				}
				got = append(got, fmt.Sprintf("%s %s [%s] | %s", when, e.Title, strings.Join(e.Actors, ", "), e.Text))
			}
			if !slices.Equal(got, tt.events) {
				t.Errorf("events\n%q, want\n%q", got, tt.events)
			}
		})
	}
}
