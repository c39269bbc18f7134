package csv_test

import (
	"os"

	"github.com/chronicle-project/chronicle/output/csv"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	month, _ := timeline.ParseDate("2017-07")
	briefing, _ := timeline.ParseDate("2017-12-13T15:00-05:00")
	c := &timeline.Chronology{Events: []timeline.Event{{
		ID:       "a1b2c3d4e5f6",
		Span:     timeline.Span{Start: month},
		DateText: "July 2017",
		Title:    "Collection begins",
		Text:     `Beginning in July 2017, authorities began collecting "biometric" data.`,
		Sources:  []timeline.Citation{{Outlet: "The Himalayan Times", URL: "https://example.com/a", File: "seed.txt"}},
	}, {
		// The zone of a time of day has a column of its own: start is the
		// contract's TIMEX3 value, 2017-12-13T15:00.
		ID:       "77aa77aa77aa",
		Span:     timeline.Span{Start: briefing},
		DateText: "at 3 p.m. EST",
		Title:    "Ministry briefs reporters",
		Sources:  []timeline.Citation{{Outlet: "Wire"}},
	}}}
	csv.Write(os.Stdout, c, csv.Options{LF: true})
	// Output:
	// id,start,end,precision,date_text,title,text,source,source_url,source_date,group,mod,end_mod,actors,tags,media,sources,position,offset,zone
	// a1b2c3d4e5f6,2017-07,,month,July 2017,Collection begins,"Beginning in July 2017, authorities began collecting ""biometric"" data.",The Himalayan Times,https://example.com/a,,The Himalayan Times,,,,,,The Himalayan Times |  | https://example.com/a |  | seed.txt,,,
	// 77aa77aa77aa,2017-12-13T15:00,,minute,at 3 p.m. EST,Ministry briefs reporters,,Wire,,,Wire,,,,,,Wire |  |  |  | ,,,-05:00
}
