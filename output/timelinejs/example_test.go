package timelinejs_test

import (
	"os"

	"github.com/chronicle-project/chronicle/output/timelinejs"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	decade, _ := timeline.ParseDate("199")
	bc, _ := timeline.ParseDate("BC0044")
	c := &timeline.Chronology{Events: []timeline.Event{
		{ID: "caesar", Span: timeline.Span{Start: bc}, Title: "Caesar is killed", Group: "Rome"},
		{ID: "web", Span: timeline.Span{Start: decade}, Title: "The web <arrives>", Group: "Net"},
	}}
	timelinejs.Write(os.Stdout, c, timelinejs.Options{Indent: true})
	// Output:
	// {
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": -44,
	//         "display_date": "44 BC"
	//       },
	//       "text": {
	//         "headline": "Caesar is killed"
	//       },
	//       "group": "Rome",
	//       "display_date": "44 BC",
	//       "unique_id": "caesar"
	//     },
	//     {
	//       "start_date": {
	//         "year": 1990,
	//         "display_date": "the 1990s"
	//       },
	//       "end_date": {
	//         "year": 1999
	//       },
	//       "text": {
	//         "headline": "The web &lt;arrives&gt;"
	//       },
	//       "group": "Net",
	//       "display_date": "the 1990s",
	//       "unique_id": "web"
	//     }
	//   ]
	// }
}
