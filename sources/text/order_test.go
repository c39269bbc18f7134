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
		{"no numeric date", "Paid on 1 February 2024.\n", ""},
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
