package sources

import (
	"context"
	"strings"
	"testing"
)

// TestDetectSheetUnderTitle38h38h: an event sheet whose name says nothing
// (standard input, "-") or says text (.txt) is told by the header the
// sheet reader finds, on the first line or under a title, Excel's
// "sep=;" line or a row naming groups of columns (all were read as
// prose, the rows' cells run together into titles); prose with commas, a
// letter or a list, a sentence opening with "When," or "Date,", stays
// text.
func TestDetectSheetUnderTitle38h38h(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Format
	}{
		{name: "header first", text: "Date,Event\n1998-03-02,Dredging began\n2001-07-15,New quay opened\n", want: Sheet},
		{name: "under a title", text: "Harbour works timeline\n\nDate,Event,Notes\n1998-03-02,Dredging began,North basin\n2001-07-15,New quay opened,\n", want: Sheet},
		{name: "under a title with commas", text: "Harbour works timeline,,\nDate,Event,Notes\n1998-03-02,Dredging began,North basin\n", want: Sheet},
		{name: "semicolons under a title", text: "Harbour works\nDatum;Ereignis\n02.03.1998;Baggerarbeiten begonnen\n15.07.2001;Neuer Kai eröffnet\n", want: Sheet},
		{name: "sep line", text: "sep=;\nDate;Event\n02/03/1998;Dredging began\n15/07/2001;New quay opened\n", want: Sheet},
		{name: "tabs under a title", text: "Parish register extract\nYear\tEvent\n1843\tChurch rebuilt\n1851\tSchool opened\n", want: Sheet},
		{name: "groups over the header", text: "Dates,,Details\nStart,End,Title\n1998-03-02,1998-09-30,Dredging\n2001-07-15,,New quay opened\n", want: Sheet},
		{name: "date and an unknown column", text: "Date,Amount\n2020-01-03,45.00\n2020-02-03,45.00\n", want: Sheet},
		{name: "header alone", text: "Date,Title,Source\n", want: Sheet},
		{name: "rows not dated yet", text: "Date,Title,Owner\nTBD,Launch review,Ana\n,Budget sign-off,Tom\n", want: Sheet},
		{name: "a letter", text: "Dear Anna,\nWhen, on 3 May 2020, the roof fell in, we moved out.\nYours, Tom\n", want: Text},
		{name: "a sentence opening When", text: "When, in 1914, the war began, the mill closed.\nIt reopened in 1919, under new owners.\n", want: Text},
		{name: "a notice opening Date", text: "Date, time and venue to be confirmed.\nWe will write to members, as before, by 1 March.\n", want: Text},
		{name: "a list", text: "Shopping, errands, calls\nDate, place, people\nBread, milk, eggs\n", want: Text},
		{name: "a list of dates", text: "Date, 3 May 2020\nDear Sir, your letter of 1 May, received today, asks when we open.\n", want: Text},
		{name: "a header of prose", text: "Year, by year, the town grew.\nBy 1900, it had a railway, a mill and two schools.\n", want: Text},
		{name: "minutes", text: "Minutes of the meeting\nDate: 3 May 2020, 7pm\nPresent: A. Smith, B. Jones, C. Brown\n", want: Text},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, name := range []string{"-", "notes.txt", "export"} {
				if got := Detect(name, []byte(tc.text), ""); got != tc.want {
					t.Errorf("Detect(%q) = %q, want %q", name, got, tc.want)
				}
			}
		})
	}
}

// TestReadStdinSheetUnderTitle38h38h: piped in under a title, a sheet's
// rows are its events, titled by their Event cells.
func TestReadStdinSheetUnderTitle38h38h(t *testing.T) {
	in := "Harbour works\nDate;Event\n02/03/1998;Dredging began\n15/07/2001;New quay opened\n"
	res, err := Read(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Events {
		got = append(got, e.Span.Start.String()+" "+e.Title)
	}
	want := []string{"1998-03-02 Dredging began", "2001-07-15 New quay opened"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("events = %q, want %q", got, want)
	}
}
