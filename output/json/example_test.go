package json_test

import (
	"os"

	"github.com/chronicle-project/chronicle/output/json"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	month, _ := timeline.ParseDate("2017-07")
	c := &timeline.Chronology{Title: "Xinjiang", Events: []timeline.Event{{
		ID:       "a1b2c3d4e5f6",
		Span:     timeline.Span{Start: month},
		DateText: "July 2017",
		Title:    "Collection begins",
		Text:     "Beginning in July 2017, authorities began collecting biometric data.",
		Sources:  []timeline.Citation{{Outlet: "The Himalayan Times", URL: "https://example.com/a"}},
	}}}
	json.Write(os.Stdout, c, json.Options{Lines: true})
	// Output:
	// {"id":"a1b2c3d4e5f6","start":"2017-07","precision":"month","date_text":"July 2017","title":"Collection begins","text":"Beginning in July 2017, authorities began collecting biometric data.","sources":[{"name":"The Himalayan Times","outlet":"The Himalayan Times","url":"https://example.com/a"}],"group":"The Himalayan Times"}
}
