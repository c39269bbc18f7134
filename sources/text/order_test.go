package text

import (
	"strings"
	"testing"
)

func TestOrderWarning(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the warning's start, "" for none
	}{
		{"either order", "Notes\n\nPaid on 1/2/24 in cash.\n", "notes.txt:3:9: 1/2/24 could be"},
		{"a day above twelve shows the order", "Paid on 1/2/24 and 13/2/24.\n", ""},
		{"a month name shows the order", "Paid on 1/2/24.\nFiled March 3, 2024.\n", ""},
		{"the same either way", "Paid on 2/2/24.\n", ""},
		{"both orders written", "Paid on 3/2/2024.\nDue 25/03/2024 and 26/03/2024.\nSigned 3/20/2024.\n", "notes.txt:1:9: 3/2/2024 could be day/month or month/day, and the document writes 2 dates day first and 1 month first; numeric dates are read day first"},
		{"no numeric date", "Paid on 1 February 2024.\n", ""},
		{"a weekday shows the order", "Mon 11/04/2024  19:10  Arrival scan\nSun 11/03/2024  16:30  Origin scan\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "notes.txt", Options{})
			got := ""
			if w := OrderWarning(doc); w != nil {
				got = w.Error()
			}
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("OrderWarning = %q, want it to start %q", got, tt.want)
			}
		})
	}
}

func TestChosenOrderWarning(t *testing.T) {
	tests := []struct {
		name, in string
		dayFirst bool
		want     string // the warning, "" for none
	}{
		{"month first against a day-first date", "Minutes of 04/05/2023\n\nThe next meeting is on 13/06/2023.\n", false,
			"notes.txt:1:12: 04/05/2023 is read month first (--month-first) as asked, but the document writes 1 date that can only be read day first; check the order"},
		{"day first against two month-first dates", "Paid on 4/5/2023, due 5/20/2023 and 5/21/2023.\n", true,
			"notes.txt:1:9: 4/5/2023 is read day first (--day-first) as asked, but the document writes 2 dates that can only be read month first; check the order"},
		{"the document agrees", "Paid on 4/5/2023, due 20/5/2023.\n", true, ""},
		{"nothing ambiguous", "Due 13/06/2023.\n", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "notes.txt", Options{})
			got := ""
			if w := ChosenOrderWarning(doc, tt.dayFirst); w != nil {
				got = w.Error()
			}
			if got != tt.want {
				t.Errorf("ChosenOrderWarning = %q, want %q", got, tt.want)
			}
		})
	}
}
