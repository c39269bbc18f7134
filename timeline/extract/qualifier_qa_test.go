package extract

import "testing"

// TestNounQualifierDates pins the rule for dates that qualify a noun (the
// blind QA pass, section C): with another date in the sentence they make
// no event, and the headline keeps them as written; alone, they date the
// sentence unless it tells what is to be done.
func TestNounQualifierDates(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			name:  "for a year, then the event's month",
			text:  "The budget for 2025 will be approved in March.",
			exprs: []string{"2025=2025", "in March=2025-03"},
			want:  []brief{{"2025-03", "in March", "The budget for 2025 will be approved"}},
		},
		{
			name:  "of a year after a noun, with a modal and no other date",
			text:  "The authority should restore the tariff of 2017 within 90 days.",
			exprs: []string{"2017=2017", "within 90 days=P90D"},
			want:  nil,
		},
		{
			name:  "of a year, then a day",
			text:  "Officials said on Monday that the tariff of 2017 was restored.",
			exprs: []string{"2017=2017", "on Monday=2024-06-10"},
			want:  []brief{{"2024-06-10", "on Monday", "Officials say the tariff of 2017 was restored"}},
		},
		{
			name:  "a quarter before a noun",
			text:  "Northwind will publish second-quarter results on August 19.",
			exprs: []string{"second-quarter=2021-Q2", "on August 19=2021-08-19"},
			want:  []brief{{"2021-08-19", "on August 19", "Northwind will publish second-quarter results"}},
		},
		{
			name:  "a year before a noun after an article",
			text:  "Investigators revisited the 2016 election on Friday.",
			exprs: []string{"2016=2016", "on Friday=2024-06-07"},
			want:  []brief{{"2024-06-07", "on Friday", "Investigators revisited the 2016 election"}},
		},
		{
			name:  "plans for a year after an article",
			text:  "The plans for 2030 were presented on Tuesday.",
			exprs: []string{"2030=2030", "on Tuesday=2024-06-11"},
			want:  []brief{{"2024-06-11", "on Tuesday", "The plans for 2030 were presented"}},
		},
		{
			name:  "alone and about its period, it dates the sentence",
			text:  "Sales for 2023 rose by 4 percent.",
			exprs: []string{"2023=2023"},
			want:  []brief{{"2023", "2023", "Sales for 2023 rose by 4 percent"}},
		},
		{
			name:  "a verb before for: the date is the event's",
			text:  "The vote was scheduled for 2025 and the count began in 2024.",
			exprs: []string{"2025=2025", "in 2024=2024"},
			want:  []brief{{"2024", "in 2024", "The count began"}, {"2025", "2025", "The vote was scheduled"}},
		},
		{
			name:  "a change measured from a time: no event",
			text:  "Rents have more than doubled from a year ago, to 900 euros.",
			exprs: []string{"a year ago=2021"},
			want:  nil,
		},
		{
			name:  "a year that dates its clause stays",
			text:  "The council was founded in 1950 and merged in 1972.",
			exprs: []string{"in 1950=1950", "in 1972=1972"},
			want:  []brief{{"1950", "in 1950", "The council was founded"}, {"1972", "in 1972", "The council merged"}},
		},
	})
}

func TestHasModal(t *testing.T) {
	tests := []struct {
		sent string
		want bool
	}{
		{"The authority should restore the tariff of 2017 within 90 days.", true},
		{"The budget for 2025 will be approved.", true},
		{"He had lost his February harvest because containers could not be loaded.", false},
		{"The 2015 agreement collapsed.", false},
		{"Officials said that the budget for 2025 would be approved.", true},
		{"In May the 2015 agreement collapsed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			if got := hasModal(tt.sent); got != tt.want {
				t.Errorf("hasModal = %v, want %v", got, tt.want)
			}
		})
	}
}
