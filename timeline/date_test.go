package timeline

import (
	"fmt"
	"slices"
	"testing"
)

func mustDate(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCompareOrder(t *testing.T) {
	// Written in the order a chronology shows them.
	ordered := []string{
		"BC03", "BC0044", "19", "199", "1990", "1999-12-31", "2", "2017", "2017-H1", "2017-Q1",
		"2017-SP", "2017-03", "2017-07", "2017-07-01", "2017-W50", "2017-12-11", "2017-12-13",
		"2017-12-13TMO", "2017-12-13T09:30", "2017-12-13T15", "2017-12-13T15:00", "2017-12-13T15:00:00",
		"2017-12-13T15:00-05:00", "PAST_REF", "PRESENT_REF", "FUTURE_REF",
	}
	var dates []Date
	for _, s := range ordered {
		dates = append(dates, mustDate(t, s))
	}
	shuffled := slices.Clone(dates)
	slices.Reverse(shuffled)
	slices.SortStableFunc(shuffled, Compare)
	for i := range dates {
		if shuffled[i] != dates[i] {
			t.Fatalf("position %d: got %s, want %s (whole: %v)", i, shuffled[i], dates[i], shuffled)
		}
	}
	for i := range dates {
		for j := range dates {
			if got, want := Compare(dates[i], dates[j]), cmpInt(i, j); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", dates[i], dates[j], got, want)
			}
		}
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		outer, inner string
		want         bool
	}{
		{"2017", "2017-07", true},
		{"2017-07", "2017-07-13", true},
		{"2017-07", "2017", false},
		{"199", "1995-05", true},
		{"2017-Q3", "2017-08-01", true},
		{"2017-Q3", "2017-10-01", false},
		{"2017-12-13", "2017-12-13T15:00", true},
	}
	for _, tt := range tests {
		t.Run(tt.outer+" contains "+tt.inner, func(t *testing.T) {
			if got := mustDate(t, tt.outer).Contains(mustDate(t, tt.inner)); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPositionAt(t *testing.T) {
	text := "one\ntwo three\nfour"
	tests := []struct {
		offset, line, col int
	}{{0, 1, 1}, {2, 1, 3}, {4, 2, 1}, {8, 2, 5}, {14, 3, 1}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.offset), func(t *testing.T) {
			p := PositionAt(Position{File: "f"}, text, tt.offset)
			if p.Line != tt.line || p.Col != tt.col || p.Offset != tt.offset {
				t.Fatalf("got %+v, want line %d col %d", p, tt.line, tt.col)
			}
		})
	}
	// Relative to a section that starts mid-line.
	p := PositionAt(Position{File: "f", Offset: 10, Line: 3, Col: 5}, "ab\ncd", 4)
	if p.Line != 4 || p.Col != 2 || p.Offset != 14 {
		t.Fatalf("relative position: %+v", p)
	}
	if got := Errorf(p, "bad cell %q", "x").Error(); got != `f:4:2: bad cell "x"` {
		t.Fatalf("Error() = %q", got)
	}
}

func TestMakeIDStable(t *testing.T) {
	span := Span{Start: Date{Prec: Month, Year: 2017, Month: 7}}
	a := MakeID("The Himalayan Times", span, "in July", "The plan  was posted\nin July.")
	b := MakeID("The Himalayan Times", span, "in July", "The plan was posted in July.")
	if a != b || len(a) != 12 {
		t.Fatalf("ids %q and %q differ (white space should not matter)", a, b)
	}
	if c := MakeID("Other", span, "in July", "The plan was posted in July."); c == a {
		t.Fatal("a different source gives the same id")
	}
}

func ExampleParseDate() {
	for _, v := range []string{"2017-07", "199", "BC0044", "2017-W50", "2017-SU"} {
		d, _ := ParseDate(v)
		s, e := d.Bounds()
		fmt.Printf("%-8s %-6s %s .. %s\n", d, d.Prec, s.Format("2006-01-02"), e.Format("2006-01-02"))
	}
	// Output:
	// 2017-07  month  2017-07-01 .. 2017-08-01
	// 199      decade 1990-01-01 .. 2000-01-01
	// BC0044   year   -0043-01-01 .. -0042-01-01
	// 2017-W50 week   2017-12-11 .. 2017-12-18
	// 2017-SU  season 2017-06-01 .. 2017-09-01
}

func ExampleCompare() {
	var ds []Date
	for _, v := range []string{"2017-07-15", "2017", "PAST_REF", "2017-07"} {
		d, _ := ParseDate(v)
		ds = append(ds, d)
	}
	slices.SortFunc(ds, Compare)
	fmt.Println(ds)
	// Output: [2017 2017-07 2017-07-15 PAST_REF]
}

// TestCompareParts: early, mid and late name a third of a period, and sort
// there: "the late 15th century" comes after "c. 1450", "early 2017"
// before "March 2017", the late 4th millennium BC after 3500 BC.
func TestCompareParts(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"1450", "14"},      // c. 1450 before the late 15th century (mod END set below)
		{"BC3500", "BC3"},   // 3500 BC before the late 4th millennium BC
		{"2017", "2017-03"}, // early 2017 before March 2017
	} {
		a, err := ParseDate(tc.a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ParseDate(tc.b)
		if err != nil {
			t.Fatal(err)
		}
		if b.Prec <= Century {
			b.Mod = ModEnd
		} else {
			a.Mod = ModStart
		}
		if Compare(a, b) >= 0 || Compare(b, a) <= 0 {
			t.Errorf("Compare(%s %s, %s %s) = %d, want < 0", a, a.Mod, b, b.Mod, Compare(a, b))
		}
	}
}
