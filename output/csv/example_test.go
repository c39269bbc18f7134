package csv_test

import (
	"os"

	"github.com/chronicle-project/chronicle/output/csv"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	month, _ := timeline.ParseDate("2017-07")
	c := &timeline.Chronology{Events: []timeline.Event{{
		ID:       "a1b2c3d4e5f6",
		Span:     timeline.Span{Start: month},
		DateText: "July 2017",
		Title:    "Collection begins",
		Text:     `Beginning in July 2017, authorities began collecting "biometric" data.`,
		Sources:  []timeline.Citation{{Outlet: "The Himalayan Times", URL: "https://example.com/a", File: "seed.txt"}},
	}}}
	csv.Write(os.Stdout, c, csv.Options{LF: true})
	// Output:
	// id,start,end,precision,date_text,title,text,source,source_url,source_date,group,mod,end_mod,actors,tags,media,sources,position,offset
	// a1b2c3d4e5f6,2017-07,,month,July 2017,Collection begins,"Beginning in July 2017, authorities began collecting ""biometric"" data.",The Himalayan Times,https://example.com/a,,The Himalayan Times,,,,,,The Himalayan Times |  | https://example.com/a |  | seed.txt,,
}
