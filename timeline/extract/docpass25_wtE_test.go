package extract

import "testing"

// TestPlanMonthsAfterADayTold: in a document with no date of its own, a
// plan whose day or month has no year, told in the sentence right after
// a day (or week) written with its year, in that month or one of the two
// after it ("Kestrel 2.0.0 was released on 4 March 2025. Version 2.0.1
// is planned on 15 April."), is of that year; further on it stays
// undated.
func TestPlanMonthsAfterADayTold(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a planned day six weeks on", text: "Kestrel 2.0.0 was released on 4 March 2025. Version 2.0.1 is planned on 15 April.",
			want: []brief{{"2025-03-04", "on 4 March 2025", "Kestrel 2.0.0 was released"}, {"2025-04-15", "on 15 April", "Version 2.0.1 is planned"}}},
		{name: "the end of the month told", text: "Interviews are held on 7 April 2025. Awards will be confirmed by the end of April.",
			want: []brief{{"2025-04", "by the end of April", "Awards will be confirmed"}, {"2025-04-07", "on 7 April 2025", "Interviews are held"}}},
		{name: "after a week told", text: "Interviews were held in the week beginning 7 April 2025. The panel will report on 15 May.",
			want: []brief{{"2025-W15", "in the week beginning 7 April 2025", "Interviews were held"}, {"2025-05-15", "on 15 May", "The panel will report"}}},
		{name: "half a year on", text: "The depot reopened on 3 June 2024. Trams will return on 15 December.",
			want: []brief{{"2024-06-03", "on 3 June 2024", "The depot reopened"}}},
	})
}
