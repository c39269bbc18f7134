package extract

import "testing"

// TestBareParagraphNumber: minutes that number their paragraphs with a
// bare number set off by two spaces ("1  At its meeting ...") keep the
// number out of the title; a count before its noun stays.
func TestBareParagraphNumber(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two spaces after the number", ref: "2024-08-01", text: "2  GDP had grown by 0.7% in 2024 Q1.",
			want: []brief{{"2024-Q1", "in 2024 Q1", "GDP had grown by 0.7%"}}},
		{name: "a tab after the number", ref: "2024-08-01", text: "14\tThe Committee met on 31 July 2024.",
			want: []brief{{"2024-07-31", "on 31 July 2024", "The Committee met"}}},
		{name: "a count", ref: "2024-08-01", text: "3 Members voted for a cut on 31 July 2024.",
			want: []brief{{"2024-07-31", "on 31 July 2024", "3 Members voted for a cut"}}},
	})
}

// TestRowStatusPlanned: a table row's status cell "planned" after the
// cell it dates stays as "done" does ("PVT at the Penang plant –
// planned"), never leaving a dash at the title's end.
func TestRowStatusPlanned(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "planned", ref: "2024-01-10", text: "Q3 2024 | PVT at the Penang plant | planned",
			want: []brief{{"2024-Q3", "Q3 2024", "PVT at the Penang plant – planned"}}},
		{name: "done", ref: "2024-01-10", text: "Q1 2024 | EVT builds at the Penang plant | done",
			want: []brief{{"2024-Q1", "Q1 2024", "EVT builds at the Penang plant – done"}}},
	})
}
