package extract

import "testing"

// TestLivePostStampAfterDayInPost: a live page's post stamp alone on its
// line is of the page's day even when the post above told of a day to
// come in its sentences ("cancelled until Thursday", "a protest for 26
// February"); the sign-off post makes no "now" event.
func TestLivePostStampAfterDayInPost(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "after until Thursday", ref: "2025-01-14", text: "Tuesday 14 January 2025\n\n09:40 GMT\nFerries are cancelled until Thursday.\n\n10:15 GMT\nA tree fell on a car shortly after 10am.\n",
			want: []brief{{"2025-01-14T09:40Z", "09:40 GMT", "Ferries are cancelled until Thursday"}, {"2025-01-14T10:00Z", "shortly after 10am", "A tree fell on a car"},
				{"2025-01-14T10:15Z", "10:15 GMT", "A tree fell on a car shortly after 10am"}, {"2025-01-16", "until Thursday", "Ferries are cancelled"}}},
		{name: "sign-off after a day to come", ref: "2024-02-01", text: "Thursday 1 February 2024\n\n3.50pm CET\nUnions called a protest for 26 February.\n\n5.00pm CET\nWe're closing this live blog now.\n",
			want: []brief{{"2024-02-01T15:50+01:00", "3.50pm CET", "Unions called a protest for 26 February"}, {"2024-02-26", "26 February", "Unions called a protest"}}},
	})
}
