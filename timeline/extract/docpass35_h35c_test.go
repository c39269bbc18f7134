package extract

import "testing"

// TestInstrumentStageInItsText35h35c: an instrument that says in its own
// text when it comes into force or is made ("This Order comes into force
// on 1 April 2024.") gives the day its later articles count from, as its
// header would; a term of months from that day ends on a day.
func TestInstrumentStageInItsText35h35c(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "months after coming into force", ref: "2024-01-10",
			text: "This Order comes into force on 1 April 2024.\n\nArticle 3 applies from the day 3 months after the day on which this Order comes into force.",
			want: []brief{{"2024-04-01", "on 1 April 2024", "This Order comes into force"}, {"2024-07-01", "from the day 3 months after the day on which this Order comes into force", "Article 3 applies"}}},
		{name: "days after it is made", ref: "2024-01-10",
			text: "These Regulations are made on 4 March 2024.\n\nRegulation 5 comes into force 21 days after the day on which these Regulations are made.",
			want: []brief{{"2024-03-04", "on 4 March 2024", "These Regulations are made"}, {"2024-03-25", "21 days after the day on which these Regulations are made", "Regulation 5 comes into force"}}},
		{name: "two days for different purposes give none", ref: "2024-01-10",
			text: "This Order comes into force on 1 April 2024 for the purposes of article 2 and on 1 October 2024 for all other purposes.\n\nArticle 3 applies from the day 3 months after the day on which this Order comes into force.",
			want: []brief{{"2024-04-01", "on 1 April 2024", "This Order comes into force for the purposes of article 2"}, {"2024-10-01", "on 1 October 2024", "For all other purposes"}}},
		{name: "another article's day is not the order's", ref: "2024-01-10",
			text: "Article 2 comes into force on 1 May 2024.\n\nArticle 3 applies from the day 3 months after the day on which this Order comes into force.",
			want: []brief{{"2024-05-01", "on 1 May 2024", "Article 2 comes into force"}}},
	})
}
