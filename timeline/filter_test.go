package timeline

import (
	"fmt"
	"slices"
	"testing"
)

// fdate is mustDate that allows "" (the zero Date).
func fdate(t *testing.T, v string) Date {
	t.Helper()
	if v == "" {
		return Date{}
	}
	d, err := ParseDate(v)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func filterFixture(t *testing.T) *Chronology {
	ev := func(id, start, end, title string, actors ...string) Event {
		return Event{ID: id, Span: Span{Start: fdate(t, start), End: fdate(t, end)}, Title: title,
			Text: title + ".", Actors: actors,
			Sources: []Citation{{Outlet: "Outlet " + id[:1], File: "f.txt"}}}
	}
	return &Chronology{Title: "fixture", Events: []Event{
		ev("a2017", "2017", "", "A year of unrest"),
		ev("b2017-07", "2017-07", "", "Collection begins in Xinjiang", "Xinjiang government"),
		ev("c2017-12-13", "2017-12-13", "", "Human Rights Watch denounces DNA collection", "Human Rights Watch"),
		ev("d1558", "1558", "1603", "Elizabeth I reigns", "Elizabeth I"),
		ev("epast", "PAST_REF", "", "People killed in recent years"),
		ev("f2017-W50", "2017-W50", "", "Press conferences held", "Lu Kang"),
	}}
}

func ids(c *Chronology) []string {
	var out []string
	for _, e := range c.Events {
		out = append(out, e.ID)
	}
	return out
}

func TestApply(t *testing.T) {
	tests := []struct {
		name string
		f    func(t *testing.T) Filter
		want []string
	}{
		{"no filter: all, in order", func(*testing.T) Filter { return Filter{} },
			[]string{"d1558", "a2017", "b2017-07", "f2017-W50", "c2017-12-13", "epast"}},
		{"from a day inside a month keeps the month", func(t *testing.T) Filter { return Filter{From: fdate(t, "2017-07-15")} },
			[]string{"a2017", "b2017-07", "f2017-W50", "c2017-12-13"}},
		{"to a month keeps the year that overlaps it", func(t *testing.T) Filter { return Filter{To: fdate(t, "2017-03")} },
			[]string{"d1558", "a2017"}},
		{"a range overlapping the window", func(t *testing.T) Filter {
			return Filter{From: fdate(t, "1600"), To: fdate(t, "1700")}
		}, []string{"d1558"}},
		{"window of one day", func(t *testing.T) Filter {
			return Filter{From: fdate(t, "2017-12-13"), To: fdate(t, "2017-12-13")}
		}, []string{"a2017", "f2017-W50", "c2017-12-13"}},
		{"grep substring, any case", func(*testing.T) Filter { return Filter{Grep: "dna"} }, []string{"c2017-12-13"}},
		{"grep regexp", func(*testing.T) Filter { return Filter{Grep: `^elizabeth|lu kang`} }, []string{"d1558", "f2017-W50"}},
		{"grep invalid regexp is a substring", func(*testing.T) Filter { return Filter{Grep: "Xinjiang ("} }, nil},
		{"grep matches sources", func(*testing.T) Filter { return Filter{Grep: "outlet e"} }, []string{"epast"}},
		{"min precision month", func(*testing.T) Filter { return Filter{MinPrecision: Month} },
			[]string{"b2017-07", "f2017-W50", "c2017-12-13"}},
		{"min precision day", func(*testing.T) Filter { return Filter{MinPrecision: Day} }, []string{"c2017-12-13"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := filterFixture(t)
			before := ids(c)
			got, err := c.Apply(tt.f(t))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("got %q, want %q", ids(got), tt.want)
			}
			if !slices.Equal(ids(c), before) {
				t.Errorf("Apply changed its receiver")
			}
		})
	}
}

func TestApplyGroupBy(t *testing.T) {
	tests := []struct {
		by   string
		want []string // groups in the order of the sorted events
	}{
		{"", []string{"", "", "", "", "", ""}},
		{"source", []string{"Outlet d", "Outlet a", "Outlet b", "Outlet f", "Outlet c", "Outlet e"}},
		{"actor", []string{"Elizabeth I", NoActor, "Xinjiang government", "Lu Kang", "Human Rights Watch", NoActor}},
		{"none", []string{AllEvents, AllEvents, AllEvents, AllEvents, AllEvents, AllEvents}},
	}
	for _, tt := range tests {
		t.Run("by "+tt.by, func(t *testing.T) {
			got, err := filterFixture(t).Apply(Filter{GroupBy: tt.by})
			if err != nil {
				t.Fatal(err)
			}
			var groups []string
			for _, e := range got.Events {
				groups = append(groups, e.Group)
			}
			if !slices.Equal(groups, tt.want) {
				t.Errorf("groups %q, want %q", groups, tt.want)
			}
		})
	}
}

func TestApplyErrors(t *testing.T) {
	tests := []struct {
		name string
		f    Filter
	}{
		{"unknown grouping", Filter{GroupBy: "colour"}},
		{"from after to", Filter{From: Date{Prec: Year, Year: 2018}, To: Date{Prec: Year, Year: 2017}}},
		{"vague bound", Filter{From: Date{Ref: PastRef}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := filterFixture(t).Apply(tt.f); err == nil {
				t.Errorf("Apply(%+v) = nil error", tt.f)
			}
		})
	}
}

func ExampleChronology_Apply() {
	c := &Chronology{Events: []Event{
		{ID: "1", Span: Span{Start: Date{Prec: Month, Year: 2017, Month: 7}}, Title: "Collection begins"},
		{ID: "2", Span: Span{Start: Date{Prec: Day, Year: 2017, Month: 12, Day: 13}}, Title: "Human Rights Watch statement"},
	}}
	got, err := c.Apply(Filter{From: Date{Prec: Month, Year: 2017, Month: 12}, Grep: "watch"})
	if err != nil {
		panic(err)
	}
	for _, e := range got.Events {
		fmt.Println(e.Span.Start, e.Title)
	}
	// Output: 2017-12-13 Human Rights Watch statement
}
