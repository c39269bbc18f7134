package extract

import "testing"

// TestWrappedModifierAndClock: a sentence wrapped at a line's end keeps
// its expression whole: "the late" over "15th century" is the end of the
// century, and a clock time opening the next line after "at" is the time
// of the day the line named, one event.
func TestWrappedModifierAndClock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the late over the century", ref: "2024-05-03", text: "The tower was added in the late\n15th century.",
			want: []brief{{"14", "in the late 15th century", "The tower was added"}}},
		{name: "day then its time on the next line", ref: "2025-10-06", text: "The Halloween special on Friday 31 October begins later, at\n21:00 GMT.",
			want: []brief{{"2025-10-31T21:00Z", "on Friday 31 October … 21:00 GMT", "The Halloween special begins later"}}},
	})
}

// TestYearlySeason: a season named by months or feasts without a year, in
// a sentence of what is usually so ("Tours run from Easter to October,
// daily at 11:00"), comes back every year: no event. A season with its
// days or year written stays one.
func TestYearlySeason(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "from Easter to October daily", ref: "2023-04-02", text: "Tours run from Easter to October, daily at 11:00 and 14:30.",
			want: nil},
		{name: "open from April to October", ref: "2023-04-02", text: "The tea room is open from April to September.",
			want: nil},
		{name: "a season with its year", ref: "2023-04-02", text: "The tea room is open from April to September 2023.",
			want: []brief{{"2023-04/2023-09", "from April to September 2023", "The tea room is open"}}},
	})
}

// TestDefaultYearNote: a note of the year a document's dates are in ("All
// dates are 2019 unless stated otherwise") is no event of that year.
func TestDefaultYearNote(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "all dates are 2019", ref: "2020-02-01", text: "Prepared for the pre-trial review. All dates are 2019 unless stated otherwise.\n\nWorks commenced on site on 22 April 2019.",
			want: []brief{{"2019-04-22", "on 22 April 2019", "Works commenced on site"}}},
	})
}

// TestCircaLabelLine: an object's label line that ends in its approximate
// date after a comma ("MANTEL CLOCK, MODEL 7B, c.1865") dates the object;
// it is no title.
func TestCircaLabelLine(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "capitals label with c.1865", ref: "2024-05-03", text: "MANTEL CLOCK, MODEL 7B, c.1865\nWalnut, brass and enamel",
			want: []brief{{"1865", "c.1865", "MANTEL CLOCK, MODEL 7B"}}},
	})
}

// TestDayRun: three or more days in a row listed with commas and "and",
// sharing the last one's month ("on 6, 7 and 8 September 2022"), are one
// span, as "on 5 and 6 July 2022" is; days apart stay a list.
func TestDayRun(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "three days in a row", ref: "2023-01-10", text: "The hearing took place on 6, 7 and 8 September 2022.",
			want: []brief{{"2022-09-06/2022-09-08", "on 6, 7 and 8 September 2022", "The hearing took place"}}},
		{name: "days apart", ref: "2023-01-10", text: "The panel sat on 3, 4 and 17 May 2022.",
			want: []brief{{"2022-05-03", "on 3", "The panel sat"}, {"2022-05-04", "4", "The panel sat"}, {"2022-05-17", "17 May 2022", "The panel sat"}}},
	})
}

// TestNamedEras: an era of British history whose years are fixed by a
// reign ("the Victorian era", "Edwardian times", "the Regency") is its
// span of years; "the Regency Hotel" is no era.
func TestNamedEras(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the Victorian era", ref: "2024-05-03", text: "The church was heavily restored in the Victorian era.",
			want: []brief{{"1837/1901", "in the Victorian era", "The church was heavily restored"}}},
		{name: "Edwardian times", ref: "2024-05-03", text: "The house was extended in Edwardian times.",
			want: []brief{{"1901/1910", "in Edwardian times", "The house was extended"}}},
		{name: "a hotel's name", ref: "2024-05-03", text: "He stayed at the Regency Hotel.",
			want: nil},
	})
}

// TestWrappedSentenceEnd: a date that opens a line after a line ending in
// "until" ends the wrapped sentence; it is no label of what follows its
// full stop.
func TestWrappedSentenceEnd(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "until over the end day", ref: "2025-10-06", text: "Walks start at 19:30 every Friday from 10 October until\n31 October 2025. The Halloween special on Friday 31 October begins later, at\n21:00 GMT.",
			want: []brief{{"2025-10-10/2025-10-31", "from 10 October until 31 October 2025", "Walks start at 19:30 every Friday"}, {"2025-10-31T21:00Z", "on Friday 31 October … 21:00 GMT", "The Halloween special begins later"}}},
	})
}
