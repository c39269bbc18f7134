package tempex

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestWriterClock: a time of day with no day of its own, told ahead of a
// writer whose header gives the hour (Options.Clock), is the next day's
// when it is hours earlier in the day; told in the past, or close before
// the writer's hour, it is the writer's day's.
func TestWriterClock(t *testing.T) {
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 9, Day: 14}
	late := timeline.Date{Prec: timeline.Minute, Year: 2025, Month: 9, Day: 14, Hour: 23}
	afternoon := timeline.Date{Prec: timeline.Minute, Year: 2025, Month: 9, Day: 14, Hour: 15}
	tests := []struct {
		text  string
		clock timeline.Date
		want  string // the last expression's value
	}{
		{"Next complete advisory at 500 AM EDT.", late, "2025-09-15T05:00"},
		{"An intermediate advisory will be issued at 200 AM EDT.", late, "2025-09-15T02:00"},
		{"The watch was upgraded to a warning at 500 PM EDT.", late, "2025-09-14T17:00"},
		{"The eye made landfall at 200 AM EDT.", late, "2025-09-14T02:00"},
		{"Winds will ease by 10 AM.", afternoon, "2025-09-15T10:00"},
		{"Winds will ease by 1 PM.", afternoon, "2025-09-14T13:00"},
		{"Next complete advisory at 500 AM EDT.", timeline.Date{}, "2025-09-14T05:00"},
		{"The watch was upgraded to a warning at 500 PM EDT. Next complete advisory at 500 AM EDT.", late, "2025-09-15T05:00"},
	}
	for _, tt := range tests {
		xs := Tag(tt.text, Options{Ref: ref, Mode: News, Clock: tt.clock})
		if len(xs) == 0 || xs[len(xs)-1].Value != tt.want {
			var got []string
			for _, x := range xs {
				got = append(got, x.Text+" "+x.Value)
			}
			t.Errorf("%q (clock %v): got %q, want %s", tt.text, tt.clock, got, tt.want)
		}
	}
}
