package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestCourtTranscriptFullStopLabels: a court transcript's "Q." and "A."
// labels, ended by a full stop, are its turns as "Q:" and "A:" are: the
// question dates the answer that follows, the answer is no sentence of
// its own label, and neither label is an actor ("Q. Mr Harwood"). An "A."
// before a name ("A. Smith said") is the name's initial.
func TestCourtTranscriptFullStopLabels(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "question dates the answer", text: "Q. Where did you go on 4 March 2024?\nA. I drove to the depot in Crawley.", ref: "2025-03-10",
			want: []brief{{"2024-03-04", "on 4 March 2024", "I drove to the depot in Crawley"}}},
		{name: "answer with a date", text: "Q. When did you sell the van?\nA. On 9 April 2024.", ref: "2025-03-10",
			want: []brief{{"2024-04-09", "On 9 April 2024", "Sold the van"}}},
		{name: "an initial", text: "A. Smith said the depot closed in 2019.", ref: "2025-03-10",
			want: []brief{{"2019", "in 2019", "The depot closed"}}},
	})
	doc := oneSection("p.txt", "MR DALE: I call the next witness.\n\nQ. Mr Harwood, where did you go on 4 March 2024?\nA. I drove to the depot in Crawley.", timeline.Citation{})
	var opt Options
	opt.Ref = day(t, "2025-03-10")
	for _, e := range Events(doc, opt) {
		for _, a := range e.Actors {
			if strings.HasPrefix(a, "Q") || a == "MR DALE" {
				t.Errorf("actor %q of %q", a, e.Title)
			}
		}
	}
	if got := briefs(Events(doc, opt)); !slices.Contains(got, brief{"2024-03-04", "on 4 March 2024", "I drove to the depot in Crawley"}) {
		t.Errorf("got %q", got)
	}
}

// TestBracketedSpeakerLabelActors: a parliament's label, a post or a name
// with the holder or seat in brackets, gives its holder as the actor, not
// the post's capitals ("State for Transport") nor the seat's.
func TestBracketedSpeakerLabelActors(t *testing.T) {
	text := "The Secretary of State for Transport (Emma Rowe): On 3 February the Department signed a new contract with the operator.\n\n" +
		"Mr Gareth Pryce (Leeds North): The Harrogate line lost its Sunday trains in January."
	var opt Options
	opt.Ref = day(t, "2025-03-10")
	want := map[string][]string{"2025-02-03": {"Emma Rowe"}, "2025-01": {"Mr Gareth Pryce"}}
	evs := Events(oneSection("p.txt", text, timeline.Citation{}), opt)
	if len(evs) != len(want) {
		t.Fatalf("got %q", briefs(evs))
	}
	for _, e := range evs {
		if w := want[spanValue(e.Span)]; !slices.Equal(e.Actors[:min(1, len(e.Actors))], w) || slices.ContainsFunc(e.Actors, func(a string) bool { return strings.Contains(a, "State") || strings.Contains(a, "Leeds") }) {
			t.Errorf("%s %q: actors %q, want %q first", spanValue(e.Span), e.Title, e.Actors, w)
		}
	}
}

// TestProgrammeFramingIsNoEvent: a host's "Today we're talking about ..."
// or "Tonight we look back at ..." frames the programme; its day is the
// broadcast's, no event of it. What the host says happened today is kept.
func TestProgrammeFramingIsNoEvent(t *testing.T) {
	for _, text := range []string{
		"HOST: Today we're talking about the floods that closed the valley road.",
		"Tonight we look back at the night the pier burned down.",
		"So this week, we are going to be discussing how the orchard was replanted.",
	} {
		var opt Options
		opt.Ref = day(t, "2025-03-10")
		for _, b := range briefs(Events(oneSection("p.txt", text, timeline.Citation{}), opt)) {
			t.Errorf("%q: got %q", text, b)
		}
	}
	runRealCases(t, []realCase{
		{name: "what happened today", text: "HOST: Today the council voted to close the valley road.", ref: "2025-03-10",
			want: []brief{{"2025-03-10", "Today", "The council voted to close the valley road"}}},
	})
}

// TestAsISaidIsNoActor: "As I said" names the speaker by "I", no actor
// "As I"; a name with a regnal "I" is still one.
func TestAsISaidIsNoActor(t *testing.T) {
	if speakerIsName("As I") || speakerIsName("When I") {
		t.Error(`"As I" read as a name`)
	}
	if !speakerIsName("Elizabeth I") {
		t.Error(`"Elizabeth I" not read as a name`)
	}
	var opt Options
	opt.Ref = day(t, "2025-03-10")
	for _, e := range Events(oneSection("p.txt", "As I said in January, the Harrogate line lost its Sunday trains.", timeline.Citation{}), opt) {
		if slices.Contains(e.Actors, "As I") {
			t.Errorf("%q: actors %q", e.Title, e.Actors)
		}
	}
}
