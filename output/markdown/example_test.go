package markdown_test

import (
	"os"

	"github.com/chronicle-project/chronicle/output/markdown"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	month, _ := timeline.ParseDate("2017-07")
	day, _ := timeline.ParseDate("2017-12-13")
	src := timeline.Citation{Outlet: "The Himalayan Times", URL: "https://example.com/a", Date: day}
	c := &timeline.Chronology{Title: "Xinjiang", Events: []timeline.Event{
		{Span: timeline.Span{Start: month}, DateText: "July 2017", Title: "Collection begins",
			Text: "Beginning in July 2017, authorities began collecting biometric data.", Sources: []timeline.Citation{src}},
		{Span: timeline.Span{Start: day}, DateText: "on Wednesday", Title: "HRW objects",
			Text: "Human Rights Watch said on Wednesday the collection was a gross violation.", Sources: []timeline.Citation{src}},
		{Span: timeline.Span{Start: timeline.Date{Ref: timeline.PastRef}}, DateText: "in the past few years",
			Text: "Hundreds were killed in the past few years."},
	}}
	markdown.Write(os.Stdout, c, markdown.Options{})
	// Output:
	// # Xinjiang
	//
	// ## July 2017
	//
	// - **July 2017** — Collection begins
	//   > Beginning in July 2017, authorities began collecting biometric data.\
	//   > — [The Himalayan Times](https://example.com/a), 13 December 2017
	//
	// ## December 2017
	//
	// - **13 December 2017** (“on Wednesday”) — HRW objects
	//   > Human Rights Watch said on Wednesday the collection was a gross violation.\
	//   > — [The Himalayan Times](https://example.com/a), 13 December 2017
	//
	// ## Undated references
	//
	// - *in the past few years* — Hundreds were killed in the past few years.
}
