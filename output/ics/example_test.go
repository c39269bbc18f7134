package ics_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/output/ics"
	"github.com/chronicle-project/chronicle/timeline"
)

func Example() {
	month, _ := timeline.ParseDate("2017-07")
	day, _ := timeline.ParseDate("2017-12-13")
	c := &timeline.Chronology{Title: "Xinjiang", Events: []timeline.Event{{
		ID:       "a1b2c3d4e5f6",
		Span:     timeline.Span{Start: month},
		DateText: "July 2017",
		Title:    "Collection begins",
		Text:     "Beginning in July 2017, authorities began collecting biometric data.",
		Sources:  []timeline.Citation{{Outlet: "The Himalayan Times", URL: "https://example.com/a", Date: day}},
	}}}
	var buf bytes.Buffer
	ics.Write(&buf, c, ics.Options{})
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//Chronicle//Chronicle//EN
	// CALSCALE:GREGORIAN
	// X-WR-CALNAME:Xinjiang
	// BEGIN:VEVENT
	// UID:a1b2c3d4e5f6@chronicle
	// DTSTAMP:20171213T000000Z
	// DTSTART;VALUE=DATE:20170701
	// DTEND;VALUE=DATE:20170801
	// SUMMARY:Collection begins
	// DESCRIPTION:Beginning in July 2017\, authorities began collecting biometric
	//   data.\n\nWhen: July 2017 (2017-07)\, as written: “July 2017”\nSource:
	//   The Himalayan Times\, 13 December 2017 <https://example.com/a>
	// URL:https://example.com/a
	// CATEGORIES:The Himalayan Times
	// END:VEVENT
	// END:VCALENDAR
}
