package timeline

import (
	"fmt"
	"testing"
)

func TestDateHuman(t *testing.T) {
	tests := []struct {
		name  string
		value string
		mod   Mod
		want  string
	}{
		{"month", "2017-07", 0, "July 2017"},
		{"day", "2017-12-13", 0, "13 December 2017"},
		{"hour", "2017-12-13T15", 0, "13 December 2017, 15:00"},
		{"minute", "2017-12-13T15:04", 0, "13 December 2017, 15:04"},
		{"second", "2017-12-13T15:04:05", 0, "13 December 2017, 15:04:05"},
		{"utc", "2017-12-13T15:04Z", 0, "13 December 2017, 15:04 UTC"},
		{"zone west", "2017-12-13T15:04-05:00", 0, "13 December 2017, 15:04 UTC−05:00"},
		{"zone east", "2017-12-13T15:04+05:30", 0, "13 December 2017, 15:04 UTC+05:30"},
		{"morning", "2017-12-13TMO", 0, "13 December 2017, morning"},
		{"night", "2017-12-13TNI", 0, "the night of 13 December 2017"},
		{"year", "2017", 0, "2017"},
		{"year BC", "BC0044", 0, "44 BC"},
		{"year AD small", "0079", 0, "AD 79"},
		{"decade", "199", 0, "the 1990s"},
		{"decade BC", "BC004", 0, "the 40s BC"},
		{"decade opening a century", "190", 0, "1900–1909"},
		{"decade opening a century BC", "BC040", 0, "409–400 BC"},
		{"decade opening a century AD", "040", 0, "AD 400–409"},
		{"first decade AD", "000", 0, "AD 1–9"},
		{"early decade opening a century", "190", ModStart, "early 1900–1909"},
		{"decade early AD", "079", 0, "the 790s AD"},
		{"century", "19", 0, "the 20th century"},
		{"century 21st", "20", 0, "the 21st century"},
		{"century BC", "BC04", 0, "the 5th century BC"},
		{"first century BC", "BC00", 0, "the 1st century BC"},
		{"first decade BC", "BC000", 0, "9–1 BC"},
		{"first millennium BC", "BC0", 0, "the 1st millennium BC"},
		{"century 11th", "10", 0, "the 11th century"},
		{"millennium", "1", 0, "the 2nd millennium"},
		{"millennium 3rd", "2", 0, "the 3rd millennium"},
		{"millennium BC", "BC1", 0, "the 2nd millennium BC"},
		{"quarter", "2017-Q3", 0, "Q3 2017"},
		{"half 1", "2017-H1", 0, "the first half of 2017"},
		{"half 2", "2017-H2", 0, "the second half of 2017"},
		{"summer", "2017-SU", 0, "summer 2017"},
		{"spring", "2017-SP", 0, "spring 2017"},
		{"autumn", "2017-FA", 0, "autumn 2017"}, // the word both sides of the Atlantic read
		{"winter", "2017-WI", 0, "winter 2017/18"},
		{"winter century", "1999-WI", 0, "winter 1999/2000"},
		{"winter BC", "BC0045-WI", 0, "winter 45/44 BC"},
		{"winter 1 BC", "BC0001-WI", 0, "winter 1 BC/AD 1"},
		{"week", "2017-W50", 0, "week 50 of 2017"},
		{"weekend", "2017-W50-WE", 0, "the weekend of 16–17 December 2017"},
		{"weekend across months", "2018-W13-WE", 0, "the weekend of 31 March–1 April 2018"},
		{"approx", "1450", ModApprox, "c. 1450"},
		{"approx decade", "199", ModApprox, "around the 1990s"},
		{"before", "1990", ModBefore, "before 1990"},
		{"after", "1990", ModAfter, "after 1990"},
		{"less than", "1990", ModLessThan, "before 1990"},
		{"on or before", "1990", ModOnOrBefore, "by 1990"},
		{"on or after", "1990", ModOnOrAfter, "from 1990"},
		{"early", "2017", ModStart, "early 2017"},
		{"mid", "2017", ModMid, "mid-2017"},
		{"late month", "2017-07", ModEnd, "late July 2017"},
		{"early decade", "199", ModStart, "the early 1990s"},
		{"mid decade", "199", ModMid, "the mid-1990s"},
		{"late century", "19", ModEnd, "the late 20th century"},
		{"early day", "2017-12-13", ModStart, "early on 13 December 2017"},
		{"past", "PAST_REF", 0, "in the past"},
		{"present", "PRESENT_REF", 0, "now"},
		{"future", "FUTURE_REF", 0, "in the future"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseDate(tt.value)
			if err != nil {
				t.Fatal(err)
			}
			d.Mod = tt.mod
			if got := d.Human(); got != tt.want {
				t.Errorf("ParseDate(%q).Human() = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
	if got := (Date{}).Human(); got != "" {
		t.Errorf("zero Date: Human() = %q, want empty", got)
	}
}

func TestSpanHuman(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		want       string
	}{
		{"point", "2017-12-13", "", "13 December 2017"},
		{"days same month", "2017-12-13", "2017-12-15", "13–15 December 2017"},
		{"days across months", "2017-11-30", "2017-12-02", "30 November – 2 December 2017"},
		{"days across years", "2017-12-30", "2018-01-02", "30 December 2017 – 2 January 2018"},
		{"months", "2017-07", "2017-12", "July–December 2017"},
		{"months across years", "2017-07", "2018-02", "July 2017 – February 2018"},
		{"years", "1558", "1603", "1558–1603"},
		{"years across BC", "BC0044", "0014", "44 BC – AD 14"},
		{"years BC", "BC0218", "BC0201", "218–201 BC"},
		{"days BC", "BC0044-03-15", "BC0044-03-17", "15 March 44 BC – 17 March 44 BC"},
		{"mixed precision", "2017", "2018-03", "2017 – March 2018"},
		{"decades", "193", "194", "the 1930s – the 1940s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Span
			var err error
			if s.Start, err = ParseDate(tt.start); err != nil {
				t.Fatal(err)
			}
			if tt.end != "" {
				if s.End, err = ParseDate(tt.end); err != nil {
					t.Fatal(err)
				}
			}
			if got := s.Human(); got != tt.want {
				t.Errorf("Span{%s, %s}.Human() = %q, want %q", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func ExampleDate_Human() {
	for _, v := range []string{"2017-07", "2017-12-13", "199", "BC0044", "2017-Q3", "2017-SU", "2017-W50"} {
		d, _ := ParseDate(v)
		fmt.Println(v, "→", d.Human())
	}
	d, _ := ParseDate("1450")
	d.Mod = ModApprox
	fmt.Println(d.Human())
	// Output:
	// 2017-07 → July 2017
	// 2017-12-13 → 13 December 2017
	// 199 → the 1990s
	// BC0044 → 44 BC
	// 2017-Q3 → Q3 2017
	// 2017-SU → summer 2017
	// 2017-W50 → week 50 of 2017
	// c. 1450
}

// TestSpanHumanEndOrLater: a span whose end is a bound it may run past
// ("through at least March 2021") says so after the end.
func TestSpanHumanEndOrLater(t *testing.T) {
	a, _ := ParseDate("2018-01")
	b, _ := ParseDate("2021-03")
	b.Mod = ModOnOrAfter
	if got, want := (Span{Start: a, End: b}).Human(), "January 2018 – March 2021 or later"; got != want {
		t.Errorf("Human() = %q, want %q", got, want)
	}
}
