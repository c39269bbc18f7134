package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestReleaseNoteMovesAndBackReferences: in a release's notes, a change
// that befell something on a day before the release ("moved ... on 10
// February") is an event of that day, and a sentence of prose that says
// when by pointing back ("After that date no fixes will be backported")
// is no change of the release's day.
func TestReleaseNoteMovesAndBackReferences(t *testing.T) {
	doc := &timeline.Document{Name: "HISTORY.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Heading: "v4.1.0 (2025-06-20)",
			Text: "- The build servers moved from Frankfurt to Dublin on 2 June.\n- Adds a --quiet flag."},
		{Kind: timeline.Body, Heading: "v4.0.0 (released 3 May 2025)",
			Text: "Support for the 3.x line ends on 30 September 2025. After that date no security fixes will be made for it."},
	}}
	got := briefs(Events(doc, Options{}))
	if w := (brief{"2025-06-02", "on 2 June", "The build servers moved from Frankfurt to Dublin"}); !slices.Contains(got, w) {
		t.Errorf("missing %q in %q", w, got)
	}
	for _, g := range got {
		if g.Value == "2025-05-03" && g.Title != "v4.0.0 (released)" {
			t.Errorf("a sentence pointing back to another day dated by the release: %q", g)
		}
	}
	if w := (brief{"2025-09-30", "on 30 September 2025", "Support for the 3.x line ends"}); !slices.Contains(got, w) {
		t.Errorf("missing %q in %q", w, got)
	}
}

// TestTimeOpeningAnAside: a clock time that opens a short bracketed aside
// after its day ("on Tuesday night (7.45pm kick-off)") takes the aside
// into the date's words, out of the headline.
func TestTimeOpeningAnAside(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "kick-off", text: "City host Dunmore on Tuesday night (7.45pm kick-off) before the break.", ref: "2025-03-16",
			want: []brief{{"2025-03-18T19:45", "on Tuesday night (7.45pm kick-off)", "City host Dunmore before the break"}}},
		{name: "start", text: "The vote is on Thursday (10am start) at the town hall.", ref: "2025-03-16",
			want: []brief{{"2025-03-20T10:00", "on Thursday (10am start)", "The vote is at the town hall"}}},
		{name: "closed with the time", text: "The vote is on Thursday (10am) at the town hall.", ref: "2025-03-16",
			want: []brief{{"2025-03-20T10:00", "on Thursday (10am)", "The vote is at the town hall"}}},
	})
}

// TestGappedPrepositionTitle: the second of two clauses that differ only
// in a preposition's object and their date, its subject and verb left
// out, is titled with the first clause's words and its own object.
func TestGappedPrepositionTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "declared war on", text: "The duchy declared war on Carvania on 3 May 1702 and on Tessel a week later.", ref: "1702-09-01",
			want: []brief{{"1702-05-03", "on 3 May 1702", "The duchy declared war on Carvania"}, {"1702-05-10", "a week later", "The duchy declared war on Tessel"}}},
		{name: "opened in", text: "The bakery opened a shop in Whitby in 1988 and in Malton in 1993.", ref: "2025-03-10",
			want: []brief{{"1988", "in 1988", "The bakery opened a shop in Whitby"}, {"1993", "in 1993", "The bakery opened a shop in Malton"}}},
	})
}

// TestCounterfactualQuestion: a question of what might have been ("Could
// the war have been avoided in the summer of 1914?"), alone or quoted as
// an essay's question, tells no event; a request for a day does.
func TestCounterfactualQuestion(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "quoted essay question", text: `Answer in 200 words the question: "Could the strike have been prevented in the spring of 1926?"`, ref: "2025-03-10"},
		{name: "would have", text: "Would the city have fallen in 1683 without the relief army?", ref: "2025-03-10"},
		{name: "should have left", text: "Should the fleet have left on 3 May?", ref: "2025-03-10"},
		{name: "a request", text: "Could you send the minutes by Friday?", ref: "2025-03-10",
			want: []brief{{"2025-03-14", "by Friday", "Could you send the minutes?"}}},
	})
}
