package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestTimeOnItsDay pins that a time and the day it is told on make one
// event with the finer date, its date_text covering both (the blind QA
// pass, section C2), whatever the zone of the time, midnight included.
func TestTimeOnItsDay(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			name:  "a time with a zone, then its day",
			text:  "The debate started at 8 p.m. ET on Monday.",
			exprs: []string{"8 p.m. ET=2023-10-02T20:00-04:00", "Monday=2023-10-02"},
			want:  []brief{{"2023-10-02T20:00-04:00", "at 8 p.m. ET on Monday", "The debate started"}},
		},
		{
			name:  "midnight at the end of its day",
			text:  "The ceasefire will take effect at midnight on Sunday.",
			exprs: []string{"midnight=2023-10-08T24:00", "Sunday=2023-10-08"},
			want:  []brief{{"2023-10-08T24:00", "at midnight on Sunday", "The ceasefire will take effect"}},
		},
		{
			name:  "the day first",
			text:  "On Monday at 9 a.m. the doors opened.",
			exprs: []string{"Monday=2023-10-02", "9 a.m.=2023-10-02T09:00"},
			want:  []brief{{"2023-10-02T09:00", "On Monday at 9 a.m.", "The doors opened"}},
		},
		{
			name:  "a time of another day stays apart",
			text:  "The talks began on Monday and ended at 3 p.m. on Friday.",
			exprs: []string{"Monday=2023-10-02", "3 p.m.=2023-10-06T15:00", "Friday=2023-10-06"},
			want: []brief{
				{"2023-10-02", "on Monday", "The talks began"},
				{"2023-10-06T15:00", "at 3 p.m. on Friday", "The talks ended"},
			},
		},
	})
}

func TestHolds(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2023-10-02", "2023-10-02T20:00-04:00", true},
		{"2023-10-02", "2023-10-02T24:00", true},
		{"2023-10-02", "2023-10-03T00:30", false},
		{"2023-10", "2023-10-02", true},
		{"2023-10-02T20:00", "2023-10-02", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"⊇"+tt.b, func(t *testing.T) {
			if got := holds(day(t, tt.a), day(t, tt.b)); got != tt.want {
				t.Errorf("holds = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRangeOnItsDay: a range of times and the day it is told on make one
// event (the blind QA pass 8 found a whole-day event beside it).
func TestRangeOnItsDay(t *testing.T) {
	doc := oneSection("sky.txt", "The comet will be visible between 21:00 and 23:30 UTC on 16 October.", timeline.Citation{})
	got := briefs(Events(doc, Options{Ref: day(t, "2025-10-01")}))
	want := []brief{{"2025-10-16T21:00Z/2025-10-16T23:30Z", "between 21:00 and 23:30 UTC on 16 October", "The comet will be visible"}}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
