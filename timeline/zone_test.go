package timeline

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseZone(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
		err  string // part of the error, "" for none
	}{
		{name: "Z", in: "Z", want: 0},
		{name: "UTC", in: "utc", want: 0},
		{name: "GMT", in: "GMT", want: 0},
		{name: "negative with colon", in: "-05:00", want: -300},
		{name: "positive half hour", in: "+05:30", want: 330},
		{name: "no colon", in: "+0530", want: 330},
		{name: "hours only", in: "+05", want: 300},
		{name: "one digit", in: "-5", want: -300},
		{name: "UTC plus", in: "UTC+2", want: 120},
		{name: "GMT minus spaced", in: " GMT -05:00 ", want: -300},
		{name: "minus sign", in: "\u221205:00", want: -300},
		{name: "fourteen hours", in: "+14:00", want: 840},
		{name: "too far", in: "+15:00", err: "at most 14 hours"},
		{name: "bad minute", in: "+05:60", err: "minute 60"},
		{name: "one-digit minute", in: "+05:3", err: "two digits"},
		{name: "abbreviation", in: "EST", err: "want Z or an offset"},
		{name: "place name", in: "Europe/Paris", err: "want Z or an offset"},
		{name: "sign alone", in: "+", err: "want Z or an offset"},
		{name: "empty", in: "", err: "want Z or an offset"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseZone(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseZone(%q) = %d, %v; want an error saying %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseZone(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestFormatZone(t *testing.T) {
	for _, tt := range []struct {
		min  int
		want string
	}{{0, "Z"}, {-300, "-05:00"}, {330, "+05:30"}, {-570, "-09:30"}, {840, "+14:00"}} {
		t.Run(tt.want, func(t *testing.T) {
			if got := FormatZone(tt.min); got != tt.want {
				t.Fatalf("FormatZone(%d) = %q, want %q", tt.min, got, tt.want)
			}
		})
	}
}

func zoneDate(t *testing.T, s string) Date {
	t.Helper()
	if s == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestZonesCell(t *testing.T) {
	tests := []struct {
		name       string
		start, end string // TIMEX3 values, with their zones
		cell       string // what FormatZones writes
	}{
		{name: "no zone", start: "2017-12-13T15:00", cell: ""},
		{name: "day", start: "2017-12-13", cell: ""},
		{name: "start zone", start: "2017-12-13T15:00-05:00", cell: "-05:00"},
		{name: "UTC", start: "2017-12-13T15:00:05Z", cell: "Z"},
		{name: "shared zone", start: "2017-12-13T15:00-05:00", end: "2017-12-13T17:00-05:00", cell: "-05:00"},
		{name: "end in another zone", start: "2017-12-13T15:00-05:00", end: "2017-12-14T09:00+01:00", cell: "-05:00/+01:00"},
		{name: "end without a zone", start: "2017-12-13T15:00Z", end: "2017-12-13T17:00", cell: "Z/"},
		{name: "only the end zoned", start: "2017-12-13T15:00", end: "2017-12-13T17:00+01:00", cell: "/+01:00"},
		{name: "end a day", start: "2017-12-13T15:00-05:00", end: "2017-12-15", cell: "-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			span := Span{Start: zoneDate(t, tt.start), End: zoneDate(t, tt.end)}
			cell := FormatZones(span)
			if cell != tt.cell {
				t.Fatalf("FormatZones = %q, want %q", cell, tt.cell)
			}
			bare := Span{Start: span.Start.WithoutZone(), End: span.End.WithoutZone()}
			back, err := ApplyZones(bare, cell)
			if err != nil {
				t.Fatalf("ApplyZones(%q): %v", cell, err)
			}
			if back != span {
				t.Fatalf("ApplyZones(%q) = %s/%s, want %s/%s", cell, back.Start, back.End, span.Start, span.End)
			}
			// An events.csv written before the zone column has the zone in
			// the value; the cell, when given too, agrees with it.
			if again, err := ApplyZones(span, cell); err != nil || again != span {
				t.Fatalf("ApplyZones on zoned values = %s/%s, %v", again.Start, again.End, err)
			}
		})
	}
}

func TestApplyZonesErrors(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		cell       string
		err        string
		want       string // the start after the call
	}{
		{name: "a day has no time", start: "2017-12-13", cell: "-05:00", err: "has no time of day", want: "2017-12-13"},
		{name: "no start", cell: "Z", err: "no start"},
		{name: "disagrees with the value", start: "2017-12-13T15:00-05:00", cell: "+01:00", err: "already has the zone -05:00, not +01:00", want: "2017-12-13T15:00-05:00"},
		{name: "not a zone", start: "2017-12-13T15:00", cell: "EST", err: "want Z or an offset", want: "2017-12-13T15:00"},
		{name: "not a zone for the end", start: "2017-12-13T15:00", end: "2017-12-13T17:00", cell: "Z/CET", err: `the end's zone "CET": want Z`, want: "2017-12-13T15:00Z"},
		{name: "end zone for a day", start: "2017-12-13T15:00", end: "2017-12-14", cell: "Z/+01:00", err: "the end 2017-12-14 has no time of day to take the zone +01:00", want: "2017-12-13T15:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ApplyZones(Span{Start: zoneDate(t, tt.start), End: zoneDate(t, tt.end)}, tt.cell)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("ApplyZones(%q) error = %v, want one saying %q", tt.cell, err, tt.err)
			}
			if got.Start.String() != tt.want {
				t.Fatalf("start = %s, want %s", got.Start, tt.want)
			}
		})
	}
}

func ExampleFormatZones() {
	start, _ := ParseDate("2017-12-13T15:00-05:00")
	span := Span{Start: start}
	fmt.Println(start.WithoutZone(), FormatZones(span))
	back, _ := ApplyZones(Span{Start: start.WithoutZone()}, "-05:00")
	fmt.Println(back.Start)
	// Output:
	// 2017-12-13T15:00 -05:00
	// 2017-12-13T15:00-05:00
}

func FuzzZones(f *testing.F) {
	for _, s := range []string{"Z", "-05:00", "+0530", "UTC+2", "-05:00/+01:00", "Z/", "/+01:00", "EST", "+15", "\u221205:00"} {
		f.Add(s, "2017-12-13T15:00", "2017-12-14T09:00")
	}
	f.Add("Z", "2017-12-13", "")
	f.Fuzz(func(t *testing.T, cell, start, end string) {
		if min, err := ParseZone(cell); err == nil {
			if min < -14*60 || min > 14*60 {
				t.Fatalf("ParseZone(%q) = %d, out of range", cell, min)
			}
			if back, err := ParseZone(FormatZone(min)); err != nil || back != min {
				t.Fatalf("ParseZone(FormatZone(%d)) = %d, %v", min, back, err)
			}
		}
		a, errA := ParseDate(start)
		b, errB := ParseDate(end)
		if errA != nil || errB != nil {
			return
		}
		span, err := ApplyZones(Span{Start: a, End: b}, cell)
		if err != nil {
			return
		}
		// What was applied writes back to a cell that applies the same.
		bare := Span{Start: span.Start.WithoutZone(), End: span.End.WithoutZone()}
		again, err := ApplyZones(bare, FormatZones(span))
		if err != nil || again != span {
			t.Fatalf("cell %q: %s/%s written as %q reads back as %s/%s (%v)", cell, span.Start, span.End, FormatZones(span), again.Start, again.End, err)
		}
	})
}
