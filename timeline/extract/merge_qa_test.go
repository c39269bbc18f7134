package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// report is one source's text for TestMergeSameEventOnly: its outlet and
// date, and a body section.
type report struct {
	outlet, date, text string
}

// TestMergeSameEventOnly pins what merging joins: reports of the same
// event (what happened, at the same date and precision), never two
// events that share a subject, an outlet or a day, and never a month with
// a day of it. Every event must cite only the sources that report it.
func TestMergeSameEventOnly(t *testing.T) {
	tests := []struct {
		name    string
		reports []report
		want    []string // "VALUE title-prefix [outlets]"
	}{
		{
			name: "a ruling, a fine and a hearing of one court",
			reports: []report{
				{"A", "2022-06-10", "The supreme court on Thursday upheld the election result."},
				{"B", "2022-06-10", "The supreme court on Thursday fined the state broadcaster for bias."},
				{"C", "2022-06-01", "The supreme court will hear the case this month."},
			},
			want: []string{
				"2022-06 The supreme court will hear the case [C]",
				"2022-06-09 The supreme court upheld the election result [A]",
				"2022-06-09 The supreme court fined the state broadcaster [B]",
			},
		},
		{
			name: "a hearing next month is not the ruling on a day of that month",
			reports: []report{
				{"Herald", "2022-12-22", "The constitutional court upheld the result of the November election on Wednesday."},
				{"Post", "2022-11-16", "The constitutional court will hear the opposition's challenge next month."},
			},
			want: []string{
				"2022-12 The constitutional court will hear the opposition's challenge [Post]",
				"2022-12-21 The constitutional court upheld the result [Herald]",
			},
		},
		{
			name: "two births on one day in two biographies are two",
			reports: []report{
				{"Dictionary", "2020-01-01", "Ada Kinnear was born on 3 May 1921 in Dundee, the eldest of four children of a mill manager."},
				{"Newsletter", "2020-01-01", "They had three children, the eldest of whom, Joseph, was born on 3 May 1921."},
			},
			want: []string{
				"1921-05-03 The eldest of the three children was born [Newsletter]",
				"1921-05-03 Ada Kinnear was born [Dictionary]",
			},
		},
		{
			name: "one ruling told twice is merged",
			reports: []report{
				{"A", "2022-06-10", "The supreme court on Thursday upheld the election result, ending months of dispute."},
				{"B", "2022-06-10", "Judges of the supreme court upheld the result of the election on Thursday."},
			},
			want: []string{
				"2022-06-09 The supreme court upheld the election result [A B]",
			},
		},
		{
			name: "one launch in other words is merged",
			reports: []report{
				{"A", "1969-07-17", "The crew of Apollo 11 left Cape Kennedy on Wednesday morning."},
				{"B", "1969-07-17", "Apollo 11 lifted off from Florida on Wednesday."},
			},
			want: []string{
				"1969-07-16TMO The crew of Apollo 11 left Cape Kennedy [A B]",
			},
		},
		{
			name: "two statements of one speaker the same day are one",
			reports: []report{
				{"A", "2017-12-14", "Lu Kang, a spokesman for the ministry, dismissed the concerns as untrue on Wednesday."},
				{"B", "2017-12-14", "Lu Kang said on Wednesday that such allegations were not worth anyone's time."},
			},
			want: []string{
				"2017-12-13 Lu Kang [A B]",
			},
		},
		{
			name: "a speaker's statement and the speaker's act are two",
			reports: []report{
				{"A", "2017-12-14", "The minister said on Wednesday that the plan was sound."},
				{"B", "2017-12-14", "The minister on Wednesday opened a bridge over the river."},
			},
			want: []string{
				"2017-12-13 The minister says the plan was sound [A]",
				"2017-12-13 The minister opened a bridge [B]",
			},
		},
		{
			name: "two returns on one day, sharing only 'back'",
			reports: []report{
				{"A", "2025-01-06", "Back to work after the holidays on 6 January."},
				{"B", "2025-01-10", "The warehouse reopened and volunteers came back on 6 January."},
			},
			want: []string{
				"2025-01-06 Back to work after the holidays [A]",
				"2025-01-06 The warehouse reopened and volunteers came back [B]",
			},
		},
		{
			name: "a day's account and a time of that day that tells another thing are two",
			reports: []report{
				{"A", "2024-10-04", "On 3 October 2024 the API returned 503 errors."},
				{"B", "2024-10-04", "Error rates peak at 16:45 on 3 October 2024 as 503 errors spread."},
			},
			want: []string{
				"2024-10-03 The API returned 503 errors [A]",
				"2024-10-03T16:45 Error rates peak [B]",
			},
		},
		{
			name: "an itinerary's day and a ceremony that evening are two",
			reports: []report{
				{"A", "2025-03-14", "Wed 12 Nov: at sea, crossing the Arctic Circle."},
				{"B", "2025-03-14", "On the evening of 12 November the captain will host a ceremony to mark the crossing of the Arctic Circle."},
			},
			want: []string{
				"2025-11-12 Crossing the Arctic Circle [A]",
				"2025-11-12TEV The captain will host a ceremony [B]",
			},
		},
		{
			name: "a shop that closed on a day and opened at a time of it are two",
			reports: []report{
				{"A", "2023-10-03", "The shop on Main Street closed on Monday."},
				{"B", "2023-10-03", "At 9 a.m. on Monday the shop on Main Street opened."},
			},
			want: []string{
				"2023-10-02 The shop on Main Street closed [A]",
				"2023-10-02T09:00 The shop on Main Street opened [B]",
			},
		},
		{
			name: "one evacuation told with and without its time is one",
			reports: []report{
				{"A", "2023-10-07", "The plant was evacuated on Friday."},
				{"B", "2023-10-07", "At 3 p.m. on Friday the plant was evacuated by police."},
			},
			want: []string{
				"2023-10-06T15:00 The plant was evacuated [B A]",
			},
		},
		{
			name: "two countries' Acts with one target year are two",
			reports: []report{
				{"New Zealand", "2024-03-03", "The Zero Carbon Act sets a target of net zero by 2050."},
				{"UK", "2024-03-28", "The Climate Change Act 2008 requires net zero by 2050."},
			},
			want: []string{
				"2050 The Zero Carbon Act sets a target [New Zealand]",
				"2050 The Climate Change Act 2008 requires net zero [UK]",
			},
		},
		{
			name: "two projects' milestones of one season, one word shared, are two",
			reports: []report{
				{"Council", "2025-02-03", "If approved, a planning application will be submitted in the summer, with construction expected to start in late 2025."},
				{"Solar", "2025-04-01", "All dates are subject to the planning decision, which is expected in summer 2025."},
			},
			want: []string{
				"2025-SU A planning application will be submitted [Council]",
				"2025-SU The planning decision is expected [Solar]",
				"2025 A planning application will be submitted, with construction expected to start [Council]",
			},
		},
		{
			name: "two sales of one year at two prices are two",
			reports: []report{
				{"Mill", "2024-03-03", "The house was sold in 2014 for £250,000."},
				{"Church", "2024-03-03", "The cottage was sold in 2014 for £310,000."},
			},
			want: []string{
				"2014 The house was sold for £250,000 [Mill]",
				"2014 The cottage was sold for £310,000 [Church]",
			},
		},
		{
			name: "one minister named once in full and once by surname",
			reports: []report{
				{"A", "2023-05-12", "Finance Minister Ruth Okafor resigned on Thursday after the budget vote."},
				{"B", "2023-05-12", "Minister Okafor resigned on Thursday."},
			},
			want: []string{
				"2023-05-11 Finance Minister Ruth Okafor resigned [A B]",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*timeline.Document
			for _, r := range tt.reports {
				cit := timeline.Citation{Outlet: r.outlet, Date: day(t, r.date), File: r.outlet + ".txt"}
				docs = append(docs, oneSection(r.outlet+".txt", r.text, cit))
			}
			c := Build(docs, Options{})
			var got []string
			for _, e := range c.Events {
				var names []string
				for _, s := range e.Sources {
					names = append(names, s.Name())
				}
				got = append(got, e.Span.Start.String()+" "+e.Title+" ["+strings.Join(names, " ")+"]")
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d events, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for _, w := range tt.want {
				value, rest, _ := strings.Cut(w, " ")
				prefix, srcs, _ := strings.Cut(rest, " [")
				ok := slices.ContainsFunc(got, func(g string) bool {
					return strings.HasPrefix(g, value+" "+prefix) && strings.HasSuffix(g, " ["+srcs)
				})
				if !ok {
					t.Errorf("no event %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// TestTitleSubject pins the subject merging leaves out of what happened.
func TestTitleSubject(t *testing.T) {
	tests := []struct{ title, want string }{
		{"The supreme court upheld the election result", "The supreme court"},
		{"Human Rights Watch says Chinese authorities have collected DNA", "Human Rights Watch"},
		{"The Berlin Wall opens after a botched announcement", "The Berlin Wall"},
		{"China formally becomes a member of the World Trade Organization", "China formally"},
		{"Huge crowds of East Germans crossed into West Berlin", "Huge crowds of East Germans"},
		{"Work will start", "Work"},
		{"Flights resumed", "Flights"},
		{"Negotiations", ""},
		{"The Climate Change Act 2008 requires net zero", "The Climate Change Act 2008"},
		{"Smith Industries 2020 results", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := titleSubject(tt.title); got != tt.want {
				t.Errorf("titleSubject(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

// TestDayAndTimedLineOfOneDocument pins that a summary's day and a
// timeline's timed line below it, in one document, stay two events
// unless they tell one happening; a merged mention keeps its citation.
func TestDayAndTimedLineOfOneDocument(t *testing.T) {
	tests := []struct {
		name, summary, timeline string
		want                    int
	}{
		{"an outage and its peak", "On 3 October 2024 the API returned 503 errors.", "- 16:45 Error rate peaks.", 2},
		{"a launch and a crash", "The rocket was launched on 3 October 2024.", "- 16:45 The booster crashed into the sea.", 2},
		{"a closure and a reopening", "The bridge closed on 3 October 2024 after the flood.", "- 18:00 The bridge reopened to traffic.", 2},
		{"one closure told twice", "The bridge closed on 3 October 2024 after the flood.", "- 09:00 The bridge closed to all traffic.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cit := timeline.Citation{Title: "Retro", File: "retro.md"}
			doc := &timeline.Document{Name: "retro.md", Sections: []timeline.Section{
				{Kind: timeline.Body, Heading: "Summary", Text: tt.summary, Citation: cit},
				{Kind: timeline.Body, Heading: "Timeline", Text: tt.timeline, Citation: cit},
			}}
			c := Build([]*timeline.Document{doc}, Options{})
			if len(c.Events) != tt.want {
				t.Fatalf("got %d events, want %d: %q", len(c.Events), tt.want, briefs(c.Events))
			}
			for _, e := range c.Events {
				if !slices.Contains(e.Sources, cit) {
					t.Errorf("%q does not cite its document: %v", e.Title, e.Sources)
				}
			}
		})
	}
}
