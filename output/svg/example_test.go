package svg_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/output/svg"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	month, _ := timeline.ParseDate("2017-07")
	day, _ := timeline.ParseDate("2017-12-13")
	c := &timeline.Chronology{Title: "Xinjiang", Events: []timeline.Event{
		{Span: timeline.Span{Start: month}, Title: "Collection begins", Group: "Reports"},
		{Span: timeline.Span{Start: day}, Title: "HRW objects", Group: "Reports"},
	}}
	var buf bytes.Buffer
	if err := svg.Write(&buf, c, svg.Options{Width: 800}); err != nil {
		fmt.Println(err)
	}
	out := buf.String()
	fmt.Println(strings.HasPrefix(out, `<svg xmlns="http://www.w3.org/2000/svg" width="800"`))
	fmt.Println(strings.Count(out, "<rect x="), "bars (a lane band and July)")
	fmt.Println(strings.Count(out, "<circle"), "point (13 December)")
	// Output:
	// true
	// 2 bars (a lane band and July)
	// 1 point (13 December)
}
