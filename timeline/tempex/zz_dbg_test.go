package tempex

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

func TestZZ(t *testing.T) {
	for _, text := range []string{"Claims fell last week. They had risen the week before.", "They had risen the week before.", "They had risen the month before."} {
		got := Tag(text, Options{Ref: timeline.Date{Prec: timeline.Day, Year: 2013, Month: 1, Day: 18}})
		t.Logf("%+v", got)
	}
}
