package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestComparedFigureTitle: "A was X as of D1, compared to Y as of D2": the
// second date's title is the first clause with the compared figure, not the
// first clause's figure with a dangling "as".
func TestComparedFigureTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "compared to as of", ref: "2025-08-06", text: "Cash was $388.4 million as of June 30, 2025, compared to $301.2 million as of December 31, 2024.",
			want: []brief{{"2024-12-31", "December 31, 2024", "Cash was $301.2 million"}, {"2025-06-30", "June 30, 2025", "Cash was $388.4 million"}}},
		{name: "compared to at, another unit", ref: "2025-08-06", text: "Cash was $1.2 billion at March 31, 2025, compared to $900 million at December 31, 2024.",
			want: []brief{{"2024-12-31", "at December 31, 2024", "Cash was $900 million"}, {"2025-03-31", "at March 31, 2025", "Cash was $1.2 billion"}}},
	})
}

// TestDateListSubject: a list of dates opening the sentence as its subject
// gives each date the whole sentence as its title, never the neighbouring
// date.
func TestDateListSubject(t *testing.T) {
	const title = "1 March 2025, 1 June 2025 and 1 September 2025 are the due dates"
	runRealCases(t, []realCase{
		{name: "three dates as the subject", ref: "2025-01-20", text: title + ".",
			want: []brief{{"2025-03-01", "1 March 2025", title}, {"2025-06-01", "1 June 2025", title}, {"2025-09-01", "1 September 2025", title}}},
	})
}

// TestLongLineOverField: a line longer than a hard wrap leaves, over a
// line that opens with a field's label, ends where it ends: the field's
// title and text do not start with the long line's tail.
func TestLongLineOverField(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "long approval line over a field", ref: "2025-01-14",
			text: "Approved 27/06/2022 by the regional research ethics committee sitting in Leeds, West Yorkshire, reference 22/YH/0042\nRecruitment end date: 31/08/2025",
			want: []brief{{"2022-06-27", "27/06/2022", "Approved by the regional research ethics committee sitting in Leeds reference 22/YH/0042"}, {"2025-08-31", "31/08/2025", "Recruitment end date"}}},
	})
}

// TestSubjectAdjectivePhrase: a title too long is shortened by leaving out
// the adjective's phrase after its subject ("interested in ..."), not cut
// to the bare subject before its verb.
func TestSubjectAdjectivePhrase(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "interested in before should", ref: "2025-09-05",
			text: "Members of the public interested in giving short spoken statements at the hearing should contact the clerk's office by September 25, 2025.",
			want: []brief{{"2025-09-25", "by September 25, 2025", "Members of the public should contact the clerk's office"}}},
	})
}

// TestRelativeClauseEndsAtModal: the relative clause after a subject
// ("who pay ... quarterly") ends at the main clause's modal verb; the "that"
// clause's verb after it is no main verb to join the subject to.
func TestRelativeClauseEndsAtModal(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "who ... should note that", ref: "2025-06-30",
			text: "Landlords who file their returns online should remember that the second payment is due on 31 July 2025.",
			want: []brief{{"2025-07-31", "on 31 July 2025", "The second payment is due"}}},
	})
}

// TestBracketQualifierNoVerb: registry fields under a heading are titled
// alike whatever their bracketed qualifier: "(Estimated)" is no verb that
// makes its line a sentence of its own.
func TestBracketQualifierNoVerb(t *testing.T) {
	doc := &timeline.Document{Name: "r.txt", Sections: []timeline.Section{{Kind: timeline.Body, Heading: "Trial Record ABC-123",
		Text: "First Enrolment (Actual): 2023-05-02\nLast Visit (Estimated): 2025-11"}}}
	want := []brief{{"2023-05-02", "2023-05-02", "Trial Record ABC-123 – First Enrolment (Actual)"}, {"2025-11", "2025-11", "Trial Record ABC-123 – Last Visit (Estimated)"}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
