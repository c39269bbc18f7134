package svg_test

import (
	"io"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/output/svg"
	"github.com/chronicle-project/chronicle/timeline"
)

// TestLarge draws 10,000 events: it must stay fast and the picture a
// bounded size.
func TestLarge(t *testing.T) {
	c := &timeline.Chronology{Title: "Ten thousand"}
	base := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 10000 {
		d := timeline.FromTime(base.AddDate(0, 0, i*4), timeline.Day)
		c.Events = append(c.Events, timeline.Event{Span: timeline.Span{Start: d}, Title: "An event with a headline", Group: []string{"A", "B", "C"}[i%3]})
	}
	var n countWriter
	start := time.Now()
	if err := svg.Write(&n, c, svg.Options{}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("10,000 events took %v", d)
	}
	if n > 8<<20 {
		t.Errorf("10,000 events gave %d bytes", n)
	}
	t.Logf("10,000 events: %d bytes in %v", n, time.Since(start))
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
