package timeline

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name  string
		value string
		want  Date
	}{
		{"year", "2017", Date{Prec: Year, Year: 2017}},
		{"month", "2017-07", Date{Prec: Month, Year: 2017, Month: 7}},
		{"day", "2017-12-13", Date{Prec: Day, Year: 2017, Month: 12, Day: 13}},
		{"leap day", "2016-02-29", Date{Prec: Day, Year: 2016, Month: 2, Day: 29}},
		{"hour", "2017-12-13T15", Date{Prec: Hour, Year: 2017, Month: 12, Day: 13, Hour: 15}},
		{"minute", "2017-12-13T15:00", Date{Prec: Minute, Year: 2017, Month: 12, Day: 13, Hour: 15}},
		{"second", "2017-12-13T15:04:05", Date{Prec: Second, Year: 2017, Month: 12, Day: 13, Hour: 15, Minute: 4, Second: 5}},
		{"utc", "2017-12-13T15:00Z", Date{Prec: Minute, Year: 2017, Month: 12, Day: 13, Hour: 15, HasZone: true}},
		{"offset", "2017-12-13T15:00-05:00", Date{Prec: Minute, Year: 2017, Month: 12, Day: 13, Hour: 15, HasZone: true, Zone: -300}},
		{"offset hours only", "2017-12-13T15:00+01", Date{Prec: Minute, Year: 2017, Month: 12, Day: 13, Hour: 15, HasZone: true, Zone: 60}},
		{"morning", "2017-12-13TMO", Date{Prec: Day, Year: 2017, Month: 12, Day: 13, Part: Morning}},
		{"night", "2017-12-13TNI", Date{Prec: Day, Year: 2017, Month: 12, Day: 13, Part: Night}},
		{"week", "2017-W50", Date{Prec: Week, Year: 2017, Week: 50}},
		{"week one digit", "2000-W7", Date{Prec: Week, Year: 2000, Week: 7}},
		{"year of prehistory", "BC10000", Date{Prec: Year, Year: -10000}},
		{"30,000 BC", "BC30000", Date{Prec: Year, Year: -30000}},
		{"weekend", "2017-W50-WE", Date{Prec: Week, Year: 2017, Week: 50, Weekend: true}},
		{"week day", "2017-W50-3", Date{Prec: Day, Year: 2017, Month: 12, Day: 13}},
		{"week day night", "2017-W50-3TNI", Date{Prec: Day, Year: 2017, Month: 12, Day: 13, Part: Night}},
		{"quarter", "2017-Q3", Date{Prec: Quarter, Year: 2017, Quarter: 3}},
		{"half", "2017-H1", Date{Prec: Half, Year: 2017, Half: 1}},
		{"summer", "2017-SU", Date{Prec: Season, Year: 2017, Season: Summer}},
		{"winter", "1951-WI", Date{Prec: Season, Year: 1951, Season: Winter}},
		{"decade", "199", Date{Prec: Decade, Year: 1990}},
		{"century", "19", Date{Prec: Century, Year: 1900}},
		{"millennium", "2", Date{Prec: Millennium, Year: 2000}},
		{"bc year", "BC0044", Date{Prec: Year, Year: -44}},
		{"bc decade", "BC048", Date{Prec: Decade, Year: -480}},
		{"bc century", "BC03", Date{Prec: Century, Year: -300}},
		{"bc month", "BC0480-09", Date{Prec: Month, Year: -480, Month: 9}},
		{"bc season", "BC0480-SP", Date{Prec: Season, Year: -480, Season: Spring}},
		{"past", "PAST_REF", Date{Ref: PastRef}},
		{"present", "PRESENT_REF", Date{Ref: PresentRef}},
		{"future", "FUTURE_REF", Date{Ref: FutureRef}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.value)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.value, err)
			}
			if got != tt.want {
				t.Fatalf("ParseDate(%q) = %+v, want %+v", tt.value, got, tt.want)
			}
			again, err := ParseDate(got.String())
			if err != nil || again != got {
				t.Fatalf("round trip %q -> %q -> %+v, %v", tt.value, got.String(), again, err)
			}
		})
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		name string
		date Date
		want string
	}{
		{"month never a day", Date{Prec: Month, Year: 2017, Month: 7}, "2017-07"},
		{"week padded", Date{Prec: Week, Year: 2000, Week: 7}, "2000-W07"},
		{"small year padded", Date{Prec: Year, Year: 44}, "0044"},
		{"first century", Date{Prec: Century, Year: 0}, "00"},
		{"bc year", Date{Prec: Year, Year: -44}, "BC0044"},
		{"zone", Date{Prec: Minute, Year: 2017, Month: 12, Day: 13, Hour: 15, HasZone: true, Zone: 330}, "2017-12-13T15:00+05:30"},
		{"vague", Date{Ref: PastRef}, "PAST_REF"},
		{"zero", Date{}, ""},
		{"mod is not in the value", Date{Prec: Year, Year: 1450, Mod: ModApprox}, "1450"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.date.String(); got != tt.want {
				t.Fatalf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		name, value string
		offset      int
	}{
		{"empty", "", 0},
		{"year zero", "0000", 0},
		{"month 13", "2017-13", 5},
		{"february 30", "2017-02-30", 8},
		{"not leap", "2017-02-29", 8},
		{"week 53 in a 52-week year", "2017-W53", 5},
		{"quarter 5", "2017-Q5", 5},
		{"unknown season", "2017-XY", 5},
		{"trailing", "2017-07x", 7},
		{"hour 25", "2017-12-13T25", 11},
		{"decade with month", "199-07", 3},
		{"unknown part of day", "2017-12-13TXX", 11},
		{"short month", "2017-7", 5},
		{"X is not resolved", "XXXX-12-13", 0},
		{"a month of prehistory", "BC10000-07", 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDate(tt.value)
			if err == nil {
				t.Fatalf("ParseDate(%q) succeeded", tt.value)
			}
			if !errors.Is(err, ErrValue) {
				t.Fatalf("error %v does not wrap ErrValue", err)
			}
			var ve *ValueError
			if !errors.As(err, &ve) || ve.Offset != tt.offset {
				t.Fatalf("ParseDate(%q) error %v, want offset %d", tt.value, err, tt.offset)
			}
		})
	}
}

func TestCheckValue(t *testing.T) {
	good := []string{
		"2017", "2017-12-13", "PAST_REF", "XXXX-12-13", "XXXX-WXX-1", "1989-QX", "199X", "XXXX",
		"BCXXXX-XX-XX", "XXXX-XX-XXTNI", "1998-10-XX", "T15:00", "XXXX-WI", "BC0479-06-XXTAF",
		"1990-W32-WE", "XXXX-WXX-WE", "XXXX-WXX-2TNI", "2017-W50-3T15:00",
		"P3Y", "PT2H", "P2W", "P1DE", "P1Q", "PXY", "PTXH", "P1Y6M", "P1DT2H", "P1.5Y", "PXX", "P100Y",
	}
	for _, v := range good {
		t.Run(v, func(t *testing.T) {
			if err := CheckValue(v); err != nil {
				t.Fatalf("CheckValue(%q): %v", v, err)
			}
		})
	}
	bad := []string{"", "P", "2017-WE", "WE", "PT", "P3", "P3Z", "PYT", "2017-13", "XXXX-13-01", "hello", "2017-W", "P1YT"}
	for _, v := range bad {
		t.Run("bad "+v, func(t *testing.T) {
			if err := CheckValue(v); err == nil {
				t.Fatalf("CheckValue(%q) accepted it", v)
			}
		})
	}
}

func TestBounds(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		value      string
		start, end time.Time
	}{
		{"2017-07", day(2017, 7, 1), day(2017, 8, 1)},
		{"2017", day(2017, 1, 1), day(2018, 1, 1)},
		{"199", day(1990, 1, 1), day(2000, 1, 1)},
		{"19", day(1900, 1, 1), day(2000, 1, 1)},
		{"2", day(2000, 1, 1), day(3000, 1, 1)},
		{"2017-W50", day(2017, 12, 11), day(2017, 12, 18)},
		{"2015-W53", day(2015, 12, 28), day(2016, 1, 4)},
		{"2017-Q3", day(2017, 7, 1), day(2017, 10, 1)},
		{"2017-H2", day(2017, 7, 1), day(2018, 1, 1)},
		{"2017-WI", day(2017, 12, 1), day(2018, 3, 1)},
		{"BC0044", day(-43, 1, 1), day(-42, 1, 1)},
		{"BC0001", day(0, 1, 1), day(1, 1, 1)},
		{"BC00", day(-98, 1, 1), day(1, 1, 1)},
		{"BC04", day(-498, 1, 1), day(-398, 1, 1)},
		{"BC000", day(-8, 1, 1), day(1, 1, 1)},
		{"BC048", day(-488, 1, 1), day(-478, 1, 1)},
		{"2017-12-13TMO", time.Date(2017, 12, 13, 6, 0, 0, 0, time.UTC), time.Date(2017, 12, 13, 12, 0, 0, 0, time.UTC)},
		{"2017-12-13T15:00-05:00", time.Date(2017, 12, 13, 20, 0, 0, 0, time.UTC), time.Date(2017, 12, 13, 20, 1, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			d, err := ParseDate(tt.value)
			if err != nil {
				t.Fatal(err)
			}
			s, e := d.Bounds()
			if !s.Equal(tt.start) || !e.Equal(tt.end) {
				t.Fatalf("Bounds(%s) = %v, %v; want %v, %v", tt.value, s, e, tt.start, tt.end)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2017", "2017-07", "2017-12-13T15:00-05:00", "2017-W50-3", "BC0044", "BC10000", "BC09999", "199", "2017-SU", "2017-12-13TMO", "PAST_REF", "XXXX-12-13", "P1Y6M"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if CheckValue(s) != nil && err == nil {
			t.Fatalf("ParseDate accepts %q but CheckValue does not", s)
		}
		if err != nil {
			return
		}
		out := d.String()
		again, err := ParseDate(out)
		if err != nil {
			t.Fatalf("ParseDate(%q) = %+v prints %q which does not parse: %v", s, d, out, err)
		}
		if again != d {
			t.Fatalf("round trip %q -> %q -> %+v, want %+v", s, out, again, d)
		}
		d.Bounds() // must not panic
	})
}
