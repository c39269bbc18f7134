package sheet

import "testing"

// TestJSONKeyNotes: a JSON key with a note after a name the reader
// knows is read as a CSV header is: "Date (dd/mm/yyyy)" is the date, and
// its pattern gives the day-month order; a note after an unknown name
// leaves the key unknown.
func TestJSONKeyNotes(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{
			name:  "day first in the note",
			in:    `[{"Date (dd/mm/yyyy)": "03/04/2019", "Event": "Warehouse fire in Bradford"}]`,
			start: "2019-04-03", dateText: "03/04/2019", title: "Warehouse fire in Bradford",
		},
		{
			name:  "month first in square brackets",
			in:    `[{"Start date [MM/DD/YYYY]": "03/04/2019", "Title": "Depot opened"}]`,
			start: "2019-03-04", dateText: "03/04/2019", title: "Depot opened",
		},
		{
			name:  "a note after an unknown name",
			in:    `[{"Date": "2019-04-03", "Title": "Depot opened", "Cost (EUR)": "400"}]`,
			start: "2019-04-03", dateText: "2019-04-03", title: "Depot opened",
			text:     "Cost (EUR): 400",
			warnings: []string{`s.json:1:64: key "Cost (EUR)" not recognised`},
		},
	})
}
