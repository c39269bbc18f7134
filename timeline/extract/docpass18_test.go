package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestWarnedOf: "warned of" and "warned about" are followed by what the
// warning was about, not by someone told and what was said.
func TestWarnedOf(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "warned of, in a report published", text: "The Coalition first warned of overcrowded departures from eastern Libya in a report published in March 2021.",
			want: []brief{{"2021-03", "in March 2021", "The Coalition first warned of overcrowded departures from eastern Libya"}}},
		{name: "warned about", text: "The Coalition warned about overcrowded departures in March 2021.",
			want: []brief{{"2021-03", "in March 2021", "The Coalition warned about overcrowded departures"}}},
	})
}

// TestMinutesOfAMeeting: minutes approving the minutes of an earlier
// meeting date that meeting ("The meeting was held") and the approval on
// their own day, whose title leaves the other day out with its "of".
func TestMinutesOfAMeeting(t *testing.T) {
	doc := &timeline.Document{Name: "minutes.md", Sections: []timeline.Section{{
		Kind: timeline.Body, Text: "The minutes of the meeting of 8 February were approved without changes.", Statement: true,
		Citation: timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2024, Month: 3, Day: 7}},
	}}}
	want := []brief{{"2024-02-08", "8 February", "The meeting was held"}, {"2024-03-07", "", "The minutes of the meeting were approved without changes"}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestGerundLead: a date in an opening "After ..." or "Before ..." gerund
// phrase dates what the gerund tells, said of the main clause's subject.
func TestGerundLead(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "after being elected", text: "After being elected in 2010, Smith retired in 2020.",
			want: []brief{{"2010", "in 2010", "Smith was elected"}, {"2020", "in 2020", "Smith retired"}}},
		{name: "after graduating", text: "After graduating from Leeds in 2010, Smith moved to Paris in 2012.",
			want: []brief{{"2010", "in 2010", "Smith graduated from Leeds"}, {"2012", "in 2012", "Smith moved to Paris"}}},
		{name: "before studying, one date", text: "Before studying law in 1990, the young Brandt worked in a mill.",
			want: []brief{{"1990", "in 1990", "The young Brandt studied law"}}},
		{name: "an irregular verb", text: "After leaving school in 1950, she joined the navy.",
			want: []brief{{"1950", "in 1950", "She left school"}}},
		{name: "since joining", text: "Since joining the club in 2019, Ortiz has scored 40 goals.",
			want: []brief{{"2019", "in 2019", "Ortiz joined the club"}}},
		{name: "a clause, not a gerund", text: "After the war ended in 1945, Smith moved to Paris.",
			want: []brief{{"1945", "in 1945", "The war ended"}}},
		{name: "on arriving: the main clause", text: "On arriving in Lisbon on 3 May 1941, the family applied for visas.",
			want: []brief{{"1941-05-03", "on 3 May 1941", "The family applied for visas"}}},
	})
}

// TestStateSince: "after being closed since 27 September" dates the
// closing, said of the sentence's subject.
func TestStateSince(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "closed since a day", text: "The Mardin crossing reopened on 12 October 2023 after being closed since 27 September.",
			want: []brief{{"2023-09-27", "since 27 September", "The Mardin crossing was closed"}, {"2023-10-12", "on 12 October 2023", "The Mardin crossing reopened after being closed since 27 September"}}},
		{name: "under curfew since a month", text: "The school reopened in May 2020 after having been under curfew since March.",
			want: []brief{{"2020-03", "since March", "The school was under curfew"}, {"2020-05", "in May 2020", "The school reopened after having been under curfew since March"}}},
	})
}

// TestAgoGloss: how long ago a day written was, set off by a comma after
// it, is no second event and no part of the title.
func TestAgoGloss(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "three weeks ago", text: "The Energy Act 2023 received Royal Assent on 26 October, three weeks ago.", ref: "2023-11-21",
			want: []brief{{"2023-10-26", "on 26 October", "The Energy Act 2023 received Royal Assent"}}},
	})
}

// TestAccordingToOutletOnADay: ", according to OCHA on 5 May" after what
// happened is the outlet's report that day, titled by it.
func TestAccordingToOutletOnADay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "an outlet and its day after the clause", text: "Fighting intensified around El Fasher on 4 May, according to OCHA on 5 May, with heavy shelling in the east.", ref: "2024-05-08",
			want: []brief{{"2024-05-04", "on 4 May", "Fighting intensified around El Fasher"}, {"2024-05-05", "on 5 May", "OCHA reports fighting intensified around El Fasher"}}},
		{name: "a report published by someone", text: "Fighting intensified on 4 May, according to a report published on Wednesday by the UN.", ref: "2024-05-10",
			want: []brief{{"2024-05-04", "on 4 May", "Fighting intensified"}, {"2024-05-08", "on Wednesday", "The UN published a report"}}},
	})
}

// TestSmallTalk: what speakers say to close or hand over a briefing names
// a day but tells nothing that happened.
func TestSmallTalk(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "see you tomorrow", text: "That's all for today. Thanks, everybody. See you tomorrow.", ref: "2024-03-12"},
		{name: "nothing to announce", text: "I don't have anything to announce on that today.", ref: "2024-03-12"},
		{name: "moving on now", text: "We'll now hear public comment.", ref: "2024-03-12"},
		{name: "a meeting to come stays", text: "We will meet the union tomorrow.", ref: "2024-03-12",
			want: []brief{{"2024-03-13", "tomorrow", "We will meet the union"}}},
	})
}

// TestSpeakerLabels: a label with what the speaker is in brackets ("MS.
// ALVAREZ (resident):") and one after a transcript's time stamp
// ("[00:01:16] TOM:") name the speaker of the line.
func TestSpeakerLabels(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a role in brackets", text: "MAYOR OKAFOR: We'll hear public comment.\n\nMS. ALVAREZ (resident): Back in the '90s we fought to keep trucks off this road.", ref: "2023-11-06",
			want: []brief{{"199", "in the '90s", "Ms. Alvarez: we fought to keep trucks off this road"}}},
		{name: "a time stamp before the label", text: "Host: Priya Natarajan | Guest: Tom Beckett\n\n[00:01:12] PRIYA: How old is the bakery?\n\n[00:01:16] TOM: My grandfather opened it in 1952.", ref: "2022-01-18",
			want: []brief{{"1952", "in 1952", "Tom: my grandfather opened it"}}},
	})
}

// TestNotAQualifier: a date before "because of" is no noun's modifier
// ("has slipped to June 2024 because of vendor delays").
func TestNotAQualifier(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "slipped to a month because of", text: "The migration, originally planned for March, has slipped to June 2024 because of vendor delays.", ref: "2024-02-15",
			want: []brief{{"2024-03", "March", "The migration was originally planned"}, {"2024-06", "June 2024", "The migration has slipped to June 2024 because of vendor delays"}}},
	})
}

// TestEffectiveFrom: the day a change takes effect from is its event, no
// baseline it is compared with.
func TestEffectiveFrom(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "go up from a day", text: "Service charges go up from 1 May 2025.", ref: "2025-03-12",
			want: []brief{{"2025-05-01", "from 1 May 2025", "Service charges go up"}}},
		{name: "a rise compared with a month", text: "Sales rose 4% from March.", ref: "2025-06-01"},
	})
}

// TestFiscalYearNamesTheBudget: "the budget for fiscal year 2025" names the
// budget; the day it came out is the event.
func TestFiscalYearNamesTheBudget(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "budget for fiscal year", text: "The President's budget for fiscal year 2025 came out yesterday.", ref: "2024-03-12",
			want: []brief{{"2024-03-11", "yesterday", "The President's budget for fiscal year 2025 came out"}}},
	})
}

// TestReleaseNoteInnerDates: a day before the release on which something
// befell what a note is about ("which reached end of life on 28 June
// 2024") is an event of its own; "it" after a semicolon is the clause
// before's subject.
func TestReleaseNoteInnerDates(t *testing.T) {
	doc := &timeline.Document{Name: "CHANGELOG.md", Sections: []timeline.Section{{
		Kind: timeline.Body, Heading: "[2.9.0] - 2024-10-02",
		Text: "- Support for Kubernetes 1.27, which reached end of life on 28 June 2024.\n- Ubuntu 18.04 is no longer supported; it reached end of standard support in May 2023.\n- Leap day 2024-02-29 dropped from summaries.",
	}}}
	got := briefs(Events(doc, Options{}))
	for _, w := range []brief{{"2024-06-28", "on 28 June 2024", "Kubernetes 1.27 reached end of life"}, {"2023-05", "in May 2023", "Ubuntu 18.04 reached end of standard support"}} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, g := range got {
		if g.Value == "2024-02-29" {
			t.Errorf("a day the change is about made an event: %q", g)
		}
	}
}

// TestRangeToAPartOfADay: "between Tuesday and Thursday morning" is one
// span, told in the past ("3,500 calls" is a count, no plan).
func TestRangeToAPartOfADay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "between a day and a day's morning", text: "The service received more than 3,500 calls for help between Tuesday and Thursday morning.", ref: "2024-02-15",
			want: []brief{{"2024-02-13/2024-02-15TMO", "between Tuesday … Thursday morning", "The service received more than 3,500 calls for help"}}},
	})
}

// TestWeekHeadingOverHeadings: a newsletter's "Week of 20 May 2024" dates
// the items under the headings below it ("This week", "Last week").
func TestWeekHeadingOverHeadings(t *testing.T) {
	doc := &timeline.Document{Name: "brief.md", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "Week of 20 May 2024"},
		{Kind: timeline.Heading, Heading: "Week of 20 May 2024", Text: "This week"},
		{Kind: timeline.Body, Heading: "This week", Text: "- The crossing reopened on Tuesday."},
		{Kind: timeline.Heading, Heading: "This week", Text: "Last week"},
		{Kind: timeline.Body, Heading: "Last week", Text: "- Floods killed 300 people last week."},
	}}
	got := briefs(Events(doc, Options{}))
	want := []brief{{"2024-W20", "last week", "Floods killed 300 people"}, {"2024-05-21", "on Tuesday", "The crossing reopened"}}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestDeathMarkOfANameInTheSentence: "(d. 2009)" after a name inside a
// longer phrase dates that person's death.
func TestDeathMarkOfANameInTheSentence(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the late husband", text: "Beloved wife of the late Dennis (d. 2009), mother of Ann.", ref: "2019-03-20",
			want: []brief{{"2009", "2009", "Dennis dies"}}},
		{name: "a benefactor", text: "The almshouses were founded in 1683 under the will of Sir Edmund Pyle (d. 1679).",
			want: []brief{{"1679", "1679", "Sir Edmund Pyle dies"}, {"1683", "in 1683", "The almshouses were founded under the will of Sir Edmund Pyle (d. 1679)"}}},
	})
}
