package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestProgrammeDayWeekday: "Day 1 (Monday)" of a programme is the first
// day of the event's days the document told, when that day is a Monday,
// also under a heading of its own; without such days, or when the
// weekday does not agree, it is no day (not the Monday after the page's
// date).
func TestProgrammeDayWeekday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "day 1 of the span", ref: "2025-02-12", text: "The workshop runs 2–3 June 2025 in Luxembourg.\n\nDay 1 (Monday) opens at 9:30 with a keynote; day 2 closes at 16:00 with the award session.",
			want: []brief{{"2025-06-02/2025-06-03", "2–3 June 2025", "The workshop runs in Luxembourg"}, {"2025-06-02T09:30", "Monday … at 9:30", "Day 1 opens with a keynote"}}},
		{name: "weekday disagrees", ref: "2025-02-12", text: "The workshop runs 2–3 June 2025 in Luxembourg.\n\nDay 1 (Tuesday) opens at 9:30 with a keynote.",
			want: []brief{{"2025-06-02/2025-06-03", "2–3 June 2025", "The workshop runs in Luxembourg"}}},
		{name: "no span told", ref: "2025-02-12", text: "Day 1 (Monday) opens at 9:30 with a keynote.",
			want: nil},
	})
	doc := &timeline.Document{Name: "p.html", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "3rd Workshop on Visualization for Machine Learning · Luxembourg · 2–3 June 2025"},
		{Kind: timeline.Heading, Text: "Programme"},
		{Kind: timeline.Body, Heading: "Programme", Text: "Day 1 (Monday) opens at 9:30 with a keynote; day 2 closes at 16:00 with the award session."},
	}}
	got := briefs(Events(doc, Options{Ref: day(t, "2025-02-12")}))
	if !slices.ContainsFunc(got, func(b brief) bool { return b.DateText == "Monday … at 9:30" && b.Value == "2025-06-02T09:30" }) {
		t.Errorf("under a heading: got %q, want Monday 9:30 on 2025-06-02", got)
	}
}
