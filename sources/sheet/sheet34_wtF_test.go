package sheet

import "testing"

// TestNestedDateSpans: a JSON event that nests its start and end under
// whatever it calls its date ("when", "period") is dated by them, as one
// that nests them under "date" is; a register's "acquired" object is not
// read so, nor is a record's "created".
func TestNestedDateSpans(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "when start and end",
			in:    `[{"when": {"start": "1969-07-16", "end": "1969-07-24"}, "event": "Apollo 11 mission"}]`,
			start: "1969-07-16", end: "1969-07-24", dateText: "1969-07-16 – 1969-07-24", title: "Apollo 11 mission",
		},
		{
			name:  "period from and to",
			in:    `[{"title": "Second World War", "period": {"from": "1939", "to": "1945"}}]`,
			start: "1939", end: "1945", dateText: "1939 – 1945", title: "Second World War",
		},
		{
			name:  "a record's created object stays text",
			in:    `[{"date": "2021-04-01", "title": "Bridge reopened", "created": {"start": "2021-04-03"}}]`,
			start: "2021-04-01", dateText: "2021-04-01", title: "Bridge reopened",
			text:     "created.start: 2021-04-03",
			warnings: []string{`s.json:1:74: key "created.start" not recognised`},
		},
		{
			name:  "an unknown member of a date object stays text",
			in:    `[{"when": {"start": "1969-07-16", "source": "NASA"}, "event": "Launch"}]`,
			start: "1969-07-16", dateText: "1969-07-16", title: "Launch",
			text:     "when.source: NASA",
			warnings: []string{`s.json:1:45: key "when.source" not recognised`},
		},
	})
}
