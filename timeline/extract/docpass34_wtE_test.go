package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestVocativeAddress: an address to the bench or the chair ("Your
// Honour,", ", My Lord.") says nothing of what happened: it leaves the
// headline, and an answer that is a date with an address after it still
// dates what the question asked about.
func TestVocativeAddress(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "opening address", text: "MS OKORO: Your Honour, the accused was arrested on 3 September 2024 at his flat.", ref: "2025-02-10",
			want: []brief{{"2024-09-03", "on 3 September 2024", "The accused was arrested at his flat"}}},
		{name: "answer with an address", text: "THE JUDGE: And the charge was laid when?\nMS OKORO: On 18 October, My Lord.", ref: "2025-02-10",
			want: []brief{{"2024-10-18", "On 18 October", "The charge was laid"}}},
		{name: "a name is no address", text: "Senator Hale, the committee's chair, resigned on 4 May 2023.", ref: "2025-02-10",
			want: []brief{{"2023-05-04", "on 4 May 2023", "Senator Hale, the committee's chair, resigned"}}},
	})
}

// TestAnswerPointingBack: an interview's answer that only points back to
// the question and gives its date ("That was in 1989.") dates what the
// question asked, as a date alone does; a question put to "you" with an
// adverb before its verb ("When did you first go out ...?") is titled by
// what was done.
func TestAnswerPointingBack(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "that was", text: "Q: When did the light close?\nA: That was in 1989.", ref: "2025-03-10",
			want: []brief{{"1989", "in 1989", "The light closed"}}},
		{name: "you, first", text: "Q: When did you first go out to the lighthouse?\nA: In the spring of 1978.", ref: "2025-03-10",
			want: []brief{{"1978-SP", "In the spring of 1978", "First went out to the lighthouse"}}},
		{name: "an answer with its own words", text: "Q: When did the light close?\nA: The keepers left in 1989.", ref: "2025-03-10",
			want: []brief{{"1989", "in 1989", "The keepers left"}}},
	})
}

// TestAnswerLabelLeavesTitle: an interview's "A:" label names nobody and
// leaves a title that is the answer's own words; a speaker's name stays.
func TestAnswerLabelLeavesTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "answer label", text: "Q: And the storm?\nA: On 12 December 1981.", ref: "2025-03-10",
			want: []brief{{"1981-12-12", "On 12 December 1981", "On 12 December 1981"}}},
	})
	if n := qaLabel("HANNAH: On 12 December 1981."); n != 0 {
		t.Errorf("a speaker's name read as an interview's part label")
	}
}

// TestBriefingOpensWithGreeting: a briefing's time over its first
// speaker's greeting ("2:05 p.m. EST" over "MS BRUCE: Good afternoon,
// everyone.") is when the briefing the document's title names opened.
func TestBriefingOpensWithGreeting(t *testing.T) {
	doc := &timeline.Document{Name: "b.txt", Title: "Daily Press Briefing", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "2:05 p.m. EST\n\nMS BRUCE: Good afternoon, everyone. The Secretary returned from Panama on Sunday night."},
	}}
	got := briefs(Events(doc, Options{Ref: day(t, "2025-02-11")}))
	if w := (brief{"2025-02-11T14:05-05:00", "2:05 p.m. EST", "Daily Press Briefing"}); !slices.Contains(got, w) {
		t.Errorf("missing %q in %q", w, got)
	}
}

// TestSpeakerRoleIsNoField: a transcript's one-word part label
// ("Witness:", "Caller:") before a dated answer is who speaks, no field
// whose label titles the date; a field's label still does.
func TestSpeakerRoleIsNoField(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "witness", text: "Witness: By 22 July the water was up to the windows.", ref: "2025-03-10",
			want: []brief{{"2024-07-22", "By 22 July", "The water was up to the windows"}}},
		{name: "a field", text: "Founded: 1998, Leeds", ref: "2025-03-10",
			want: []brief{{"1998", "1998", "Founded – Leeds"}}},
	})
}
