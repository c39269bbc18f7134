package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// brief is what a table test checks of an event.
type brief struct {
	Value    string
	DateText string
	Title    string
}

// briefCase is a sentence of one body section, the expressions its tagger
// finds, and the events wanted.
type briefCase struct {
	name  string
	text  string
	exprs []string
	want  []brief
}

// runBriefCases extracts each case's sentence with a fixed tagger and
// compares the events with what is wanted.
func runBriefCases(t *testing.T, tests []briefCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := oneSection("q.txt", tt.text, timeline.Citation{})
			got := briefs(Events(doc, Options{Tagger: fixedTagger(t, tt.exprs...)}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func briefs(evs []timeline.Event) []brief {
	var out []brief
	for _, e := range evs {
		out = append(out, brief{spanValue(e.Span), e.DateText, e.Title})
	}
	return out
}

func TestEventsFixedTagger(t *testing.T) {
	ref := timeline.Citation{Outlet: "The Daily", Date: timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}}
	tests := []struct {
		name  string
		text  string
		exprs []string
		want  []brief
	}{
		{
			name:  "postposed reporting verb: the statement's date",
			text:  "Chinese authorities have collected DNA and other biometric data from the whole population of the volatile western region of Xinjiang, Human Right Watch said on Wednesday, denouncing the campaign as a gross violation of international norms.",
			exprs: []string{"Wednesday=2017-12-13"},
			want:  []brief{{"2017-12-13", "on Wednesday", "Human Right Watch says Chinese authorities have collected DNA"}},
		},
		{
			name:  "preposed reporting verb with that",
			text:  "Human Rights Watch said on Wednesday that the authorities had collected DNA from every resident of Xinjiang.",
			exprs: []string{"Wednesday=2017-12-13"},
			want:  []brief{{"2017-12-13", "on Wednesday", "Human Rights Watch says the authorities had collected DNA from every resident of Xinjiang"}},
		},
		{
			name:  "date inside the reported content",
			text:  "The accompanying excerpt from Nepal's largest selling English daily, *The Himalayan Times*, reports that beginning in July 2017, authorities in Xinjiang began collecting biometric data as part of a \"Physicals for All\" program.",
			exprs: []string{"July 2017=2017-07"},
			want:  []brief{{"2017-07", "in July 2017", "Authorities in Xinjiang began collecting biometric data"}},
		},
		{
			name:  "according to a source dated by the sentence",
			text:  "According to the Xinjiang-wide plan posted online by the Aksu city government in July, main goals for the campaign include collecting the biometric data for all people between the age of 12 and 65.",
			exprs: []string{"July=2017-07", "12=12", "65=65"},
			want:  []brief{{"2017-07", "in July", "The Aksu city government posted the Xinjiang-wide plan online"}},
		},
		{
			name:  "introductory as-clause and appositive",
			text:  "As the second excerpt from the Chinese Ministry of Foreign Affairs indicates, Lu Kang, a spokesperson for the Ministry dismissed the concerns as \"untrue\" during a daily press conference on 13 December 2017.",
			exprs: []string{"13 December 2017=2017-12-13"},
			want:  []brief{{"2017-12-13", "on 13 December 2017", `Lu Kang, a spokesperson for the Ministry dismissed the concerns as "untrue"`}},
		},
		{
			name:  "two dates of two things",
			text:  "The First World War began in 1914, and the armistice was signed on 11 November 1918.",
			exprs: []string{"1914=1914", "11 November 1918=1918-11-11"},
			want: []brief{
				{"1914", "in 1914", "The First World War began"},
				{"1918-11-11", "on 11 November 1918", "The armistice was signed"},
			},
		},
		{
			name:  "two dates in one clause: each headline keeps to its own",
			text:  "The war began in 1914 and ended in 1918.",
			exprs: []string{"1914=1914", "1918=1918"},
			want: []brief{
				{"1914", "in 1914", "The war began"},
				{"1918", "in 1918", "The war ended"},
			},
		},
		{
			name:  "a qualifier gives way to the clause's date",
			text:  "The July plan, posted in December, asked for DNA samples.",
			exprs: []string{"July=2017-07", "December=2017-12"},
			want:  []brief{{"2017-12", "in December", "The July plan was posted"}},
		},
		{
			name:  "a qualifier alone dates its sentence",
			text:  "The 2015 agreement collapsed under pressure.",
			exprs: []string{"2015=2015"},
			want:  []brief{{"2015", "2015", "The agreement collapsed under pressure"}},
		},
		{
			name:  "durations and sets are not events",
			text:  "The talks lasted for three years and met every Monday.",
			exprs: []string{"for three years=P3Y", "every Monday=XXXX-WXX-1"},
			want:  nil,
		},
		{
			name:  "vague reference kept apart",
			text:  "Hundreds of people have been killed in Xinjiang in the past few years.",
			exprs: []string{"the past few years=PAST_REF"},
			want:  []brief{{"PAST_REF", "in the past few years", "Hundreds of people have been killed in Xinjiang"}},
		},
		{
			name:  "adjacent expressions of one day",
			text:  "The group published its report on Wednesday, 13 December 2017.",
			exprs: []string{"Wednesday=2017-12-13", "13 December 2017=2017-12-13"},
			want:  []brief{{"2017-12-13", "on Wednesday, 13 December 2017", "The group published its report"}},
		},
		{
			name:  "pronoun speaker resolved to the last actor",
			text:  "Sophie Richardson leads the China team. She said on Thursday that the plan was illegal.",
			exprs: []string{"Thursday=2017-12-14"},
			want:  []brief{{"2017-12-14", "on Thursday", "Sophie Richardson says the plan was illegal"}},
		},
		{
			name:  "a pronoun speaker is the one the sentence before reports",
			text:  "Mayor Ana Ruiz declared a holiday. Greene said he plans to retire. \"I figured it was time,\" he said on Monday.",
			exprs: []string{"Monday=2016-02-22"},
			want:  []brief{{"2016-02-22", "on Monday", "Greene says I figured it was time"}},
		},
		{
			name:  "a pronoun speaker is no day named after a person",
			text:  "The mayor declared Walter Greene Day. \"I figured it was time,\" he said on Monday.",
			exprs: []string{"Monday=2016-02-22"},
			want:  []brief{{"2016-02-22", "on Monday", "He says I figured it was time"}},
		},
		{
			name:  "a pronoun speaker is no street named after a person",
			text:  "The council named Ada Lovelace Street after her. \"It was an honour,\" she said on Friday.",
			exprs: []string{"Friday=2016-02-19"},
			want:  []brief{{"2016-02-19", "on Friday", "She says it was an honour"}},
		},
		{
			name:  "a coarser date restating a finer one in the same clause",
			text:  "A group of senators stabbed him to death on 15 March 44 BC, the Ides of March.",
			exprs: []string{"15 March 44 BC=BC0044-03-15", "Ides of March=BC0044-03"},
			want:  []brief{{"BC0044-03-15", "on 15 March 44 BC, the Ides of March", "A group of senators stabbed him to death"}},
		},
		{
			name:  "a restatement after a comma is the same event",
			text:  "The group met on 13 December 2017, the Wednesday of week 50.",
			exprs: []string{"13 December 2017=2017-12-13", "week 50=2017-W50"},
			want:  []brief{{"2017-12-13", "on 13 December 2017", "The group met"}},
		},
		{
			name:  "nested dates of two actions are two events",
			text:  "In the spring of 1990 the council met and on 15 April it voted.",
			exprs: []string{"the spring of 1990=1990-SP", "15 April=1990-04-15"},
			want: []brief{
				{"1990-SP", "In the spring of 1990", "The council met"},
				{"1990-04-15", "on 15 April", "It voted"},
			},
		},
		{
			name:  "nested dates in two clauses are two events",
			text:  "The talks began in March 1990, and on the 15th they failed.",
			exprs: []string{"March 1990=1990-03", "the 15th=1990-03-15"},
			want: []brief{
				{"1990-03", "in March 1990", "The talks began"},
				{"1990-03-15", "on the 15th", "They failed"},
			},
		},
		{
			name:  "a when-clause after the date says what happened",
			text:  "The American programme suffered its worst setback on 27 January 1967, when a fire during a launch rehearsal killed the three astronauts of Apollo 1.",
			exprs: []string{"27 January 1967=1967-01-27"},
			want:  []brief{{"1967-01-27", "on 27 January 1967", "A fire during a launch rehearsal killed the three astronauts of Apollo 1"}},
		},
		{
			name:  "a relative clause holding the date",
			text:  "Both describe a health-check campaign in Xinjiang that, according to a regional plan, began in July 2017.",
			exprs: []string{"July 2017=2017-07"},
			want:  []brief{{"2017-07", "in July 2017", "A health-check campaign in Xinjiang began"}},
		},
		{
			name:  "a dateline is metadata",
			text:  "BEIJING, Dec. 13 (Reuters) - China rejected the report on Wednesday.",
			exprs: []string{"Dec. 13=2017-12-13", "Wednesday=2017-12-13"},
			want:  []brief{{"2017-12-13", "on Wednesday", "China rejected the report"}},
		},
		{
			name:  "a date at the start of a line that is not a dateline",
			text:  "13 December 2017: China rejected the report.",
			exprs: []string{"13 December 2017=2017-12-13"},
			want:  []brief{{"2017-12-13", "13 December 2017", "China rejected the report"}},
		},
		{
			name:  "ages are not dates",
			text:  "The plan covers everyone aged 112 to 165.",
			exprs: []string{"112=0112", "165=0165"},
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := oneSection("a.txt", tt.text, ref)
			got := briefs(Events(doc, Options{Tagger: fixedTagger(t, tt.exprs...)}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Events(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	text := "Intro line.\nThe treaty was signed on 4 May 1990 in Paris."
	doc := &timeline.Document{Name: "news.txt", Sections: []timeline.Section{{
		Kind: timeline.Body, Text: text,
		Pos:      timeline.Position{File: "news.txt", Offset: 100, Line: 7, Col: 1},
		Citation: timeline.Citation{Outlet: "The Daily", URL: "https://example.org/a", Date: day(t, "1990-05-05")},
	}}}
	evs := Events(doc, Options{Tagger: fixedTagger(t, "4 May 1990=1990-05-04")})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	e := evs[0]
	if e.Text != "The treaty was signed on 4 May 1990 in Paris." {
		t.Errorf("Text = %q", e.Text)
	}
	wantPos := timeline.Position{File: "news.txt", Offset: 112, Line: 8, Col: 1}
	if e.Pos != wantPos {
		t.Errorf("Pos = %+v, want %+v", e.Pos, wantPos)
	}
	if len(e.Sources) != 1 || e.Sources[0].File != "news.txt" || e.Sources[0].Outlet != "The Daily" {
		t.Errorf("Sources = %+v", e.Sources)
	}
	if len(e.ID) != 12 {
		t.Errorf("ID = %q", e.ID)
	}
	if e.Span.Start.Prec != timeline.Day {
		t.Errorf("precision = %v", e.Span.Start.Prec)
	}
	// The same input gives the same id.
	if again := Events(doc, Options{Tagger: fixedTagger(t, "4 May 1990=1990-05-04")}); again[0].ID != e.ID {
		t.Errorf("id not stable: %s then %s", e.ID, again[0].ID)
	}
}

func TestReferenceDate(t *testing.T) {
	var got []timeline.Date
	spy := func(text string, opt tempex.Options) []tempex.Timex {
		got = append(got, opt.Ref)
		return nil
	}
	own := day(t, "2017-12-13")
	flag := day(t, "2020-01-01")
	doc := &timeline.Document{Name: "c.txt", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "Commentary."},
		{Kind: timeline.Excerpt, Text: "Excerpt.", Citation: timeline.Citation{Date: own}},
	}}
	Events(doc, Options{Ref: flag, Tagger: spy})
	if want := []timeline.Date{flag, own}; !slices.Equal(got, want) {
		t.Errorf("reference dates = %v, want %v", got, want)
	}
}

func TestRanges(t *testing.T) {
	tagger := func(text string, _ tempex.Options) []tempex.Timex {
		i := strings.Index(text, "1558")
		j := strings.Index(text, "1603")
		return []tempex.Timex{
			{Start: i, End: i + 4, Text: "1558", Value: "1558", Date: day(t, "1558"), RangeEnd: 1},
			{Start: j, End: j + 4, Text: "1603", Value: "1603", Date: day(t, "1603"), RangeEnd: -1},
		}
	}
	doc := oneSection("h.txt", "Elizabeth I reigned from 1558 to 1603.", timeline.Citation{})
	evs := Events(doc, Options{Tagger: tagger})
	want := []brief{{"1558/1603", "from 1558 to 1603", "Elizabeth I reigned"}}
	if got := briefs(evs); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUndatedHandout: an undated text whose instructions speak from a day
// they do not give ("the quiz on Friday") reads its essay, which tells a
// history, as one: its months follow the story's years.
func TestUndatedHandout(t *testing.T) {
	doc := &timeline.Document{Name: "h.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "Keep this handout for the quiz on Friday. Underline what we discussed last week."},
		{Kind: timeline.Body, Heading: "Essay", Text: "The boycott began in 1955. When Rosa Parks was arrested that December, leaders called a one-day boycott. " +
			"The Supreme Court ruled in November 1956. Students took the lead in 1960. In April of that year, they founded a committee. " +
			"In 1965 marchers set out from Selma. On March 7 troopers beat them back. In 1963 King spoke, and in 1964 the act was signed."},
	}}
	var got []string
	for _, e := range Events(doc, Options{}) {
		got = append(got, e.Span.Start.String()+" "+e.DateText)
	}
	for _, want := range []string{"1955-12 that December", "1965-03-07 On March 7"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %q", want, got)
		}
	}
}

// TestLoneDateHeadings: days listed one a line and read as headings, with
// nothing under them, are events of their own, titled by the heading
// above; a dated heading over its entry, or over the headings of its
// notes, is not.
func TestLoneDateHeadings(t *testing.T) {
	doc := &timeline.Document{Name: "t.html", Title: "Term dates", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "INSET days"},
		{Kind: timeline.Heading, Text: "Friday 24 October 2025"},
		{Kind: timeline.Heading, Text: "Thursday 23 July 2026"},
		{Kind: timeline.Heading, Text: "Release 2.2.1 - 2024-02-29"},
		{Kind: timeline.Heading, Text: "Fixed"},
		{Kind: timeline.Body, Heading: "Fixed", Text: "A crash on start."},
	}}
	var got []string
	for _, e := range Events(doc, Options{}) {
		got = append(got, e.Span.Start.String()+" "+e.Title)
	}
	want := []string{"2025-10-24 INSET days", "2026-07-23 INSET days"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStoryAcrossTimedSections: a programme's days told by their times
// carry the story to the next section, and a year that names a thing in a
// talk's title ("the 2024 reforms") does not.
func TestStoryAcrossTimedSections(t *testing.T) {
	doc := &timeline.Document{Name: "p.md", Title: "Programme", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "Leeds, 9-11 September 2025."},
		{Kind: timeline.Body, Heading: "Day 2 – Wednesday 10 September", Text: "- 09:00–10:00 Keynote: Data protection after the 2024 reforms\n- 16:00 Poster session closes"},
		{Kind: timeline.Body, Heading: "Key deadlines", Text: "Early-bird registration ends on 30 June."},
	}}
	var got []string
	for _, e := range Events(doc, Options{Mode: tempex.Narrative}) {
		got = append(got, e.Span.Start.String())
	}
	if !slices.Contains(got, "2025-06-30") || !slices.Contains(got, "2025-09-10T16:00") {
		t.Errorf("got %q, want 2025-06-30 and 2025-09-10T16:00 among them", got)
	}
}

// TestNewsDayAcrossSections: in news, a time of day told under a heading
// after the paragraph that gave the day falls on that day, not on the
// day the report was published.
func TestNewsDayAcrossSections(t *testing.T) {
	pub := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 2, Day: 11}
	cit := timeline.Citation{Title: "Post-mortem", Date: pub}
	doc := &timeline.Document{Name: "pm.md", Title: "Post-mortem", Sections: []timeline.Section{
		{Kind: timeline.Body, Citation: cit, Text: "On Thursday 6 February 2025, between 14:02 UTC and 15:47 UTC, checkout failed."},
		{Kind: timeline.Body, Citation: cit, Heading: "Impact", Text: "Peak error rate: 61% at 14:29 UTC."},
		{Kind: timeline.Body, Citation: cit, Heading: "Follow-up", Text: "We will review the alerts next Tuesday."},
	}}
	var got []string
	for _, e := range Events(doc, Options{Mode: tempex.News}) {
		got = append(got, e.Span.Start.String())
	}
	if !slices.Contains(got, "2025-02-06T14:29Z") || !slices.Contains(got, "2025-02-18") {
		t.Errorf("got %q, want 2025-02-06T14:29Z and 2025-02-18 among them", got)
	}
}

// TestStatementSpeakerOfKeySentence: a transcript's statement is credited
// to the speaker whose turn its key sentence is in, not to the first one
// who spoke (an operator's welcome).
func TestStatementSpeakerOfKeySentence(t *testing.T) {
	cit := timeline.Citation{Title: "Acme Q3 Earnings Call", Date: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 5, Day: 21}}
	doc := &timeline.Document{Name: "call.txt", Sections: []timeline.Section{{Kind: timeline.Body, Statement: true, Citation: cit,
		Text: "Operator: Welcome to the call.\nDaniel Fuchs, CEO: Thanks. We firmly oppose the new tariffs and expect demand to stay strong."}}}
	for _, e := range Events(doc, Options{Mode: tempex.News}) {
		if e.Span.Start.String() == "2025-05-21" {
			if strings.Contains(e.Title, "Operator") || !strings.Contains(e.Title, "Daniel Fuchs") {
				t.Errorf("statement headline %q, want it credited to Daniel Fuchs", e.Title)
			}
			return
		}
	}
	t.Error("no statement of the call's day")
}

// TestNamedYearLines: a list of things named with their year in brackets
// ("Vega Medal (1996)"), one a line under "Selected awards", makes an
// event of each, though a reader takes such short lines for headings; a
// lone line of that shape elsewhere does not.
func TestNamedYearLines(t *testing.T) {
	body := func(s string) timeline.Section { return timeline.Section{Kind: timeline.Body, Text: s} }
	head := func(s string) timeline.Section { return timeline.Section{Kind: timeline.Heading, Text: s} }
	for _, tt := range []struct {
		name     string
		sections []timeline.Section
		want     []string
	}{
		{"under a list's heading", []timeline.Section{body("Jane Roe was a chemist who joined the University of Bergen in 1971."),
			head("Selected awards"), head("Vega Medal (1996)"), body("Seligman Crystal (1984)")},
			[]string{"1971", "1984 Seligman Crystal", "1996 Vega Medal"}},
		{"a lone line is no list", []timeline.Section{body("The crane was refitted in 1971."), head("Old crane (1904)"), body("It still stands.")},
			[]string{"1971"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "a.txt", Title: "Notes", Sections: tt.sections}
			var got []string
			for _, e := range Events(doc, Options{}) {
				s := e.Span.Start.String()
				if e.Span.Start.Prec == timeline.Year && e.DateText == s {
					s += " " + e.Title
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSinceCount: a count kept since a day ("Since 1 January, 61 deaths
// have been recorded") runs from that day to the report's; a state since
// a day ("has lived here since 1990") stays where it began.
func TestSinceCount(t *testing.T) {
	cit := timeline.Citation{Title: "Situation report", Date: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 4, Day: 12}}
	doc := &timeline.Document{Name: "s.txt", Sections: []timeline.Section{{Kind: timeline.Body, Citation: cit,
		Text: "Since 1 January, 61 deaths have been recorded in the district. She has lived in the village since 1990."}}}
	var got []string
	for _, e := range Events(doc, Options{Mode: tempex.News}) {
		got = append(got, e.Span.Start.String()+"/"+e.Span.End.String())
	}
	if want := []string{"1990/", "2025-01-01/2025-04-12"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestDatedTitleHeadings: a heading that opens with a day and names what
// happened then ("14 March 2025 — Cluster back") is an event of that day.
func TestDatedTitleHeadings(t *testing.T) {
	doc := &timeline.Document{Name: "log.md", Title: "Lab log", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "14 March 2025 — Cluster back"},
		{Kind: timeline.Body, Heading: "14 March 2025 — Cluster back", Text: "The queue cleared overnight."},
		{Kind: timeline.Heading, Text: "Notes — see below"},
	}}
	var got []string
	for _, e := range Events(doc, Options{}) {
		got = append(got, e.Span.Start.String()+" "+e.Title)
	}
	if !slices.Contains(got, "2025-03-14 Cluster back") || len(got) != 1 {
		t.Errorf("got %q, want just 2025-03-14 Cluster back", got)
	}
}

// TestFactLine: a line of facts set off by middle dots ("12 September
// 2025 – 5 January 2026 · Gallery 2 · £14") is titled by what it is about,
// the heading over it or the document's title.
func TestFactLine(t *testing.T) {
	for _, line := range []string{
		"12 September 2025 – 5 January 2026 · Gallery 2 · £14, concessions £10",
		// the run and the room, apart by a comma
		"12 September 2025 – 5 January 2026, Gallery 2",
		"12 September 2025 to 5 January 2026, the Long Gallery",
	} {
		doc := &timeline.Document{Name: "ex.html", Title: "Threads of the Silk Road", Sections: []timeline.Section{
			{Kind: timeline.Body, Text: line},
		}}
		evs := Events(doc, Options{})
		if len(evs) != 1 || evs[0].Title != "Threads of the Silk Road" || !evs[0].Span.IsRange() {
			var got []string
			for _, e := range evs {
				got = append(got, e.Title+" "+e.Span.Start.String()+".."+e.Span.End.String())
			}
			t.Errorf("%q: events %q, want just Threads of the Silk Road over the run", line, got)
		}
	}
	// A sentence after the comma says more than where: its own headline.
	doc := &timeline.Document{Name: "ex.html", Title: "Threads of the Silk Road", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "12 September 2025 – 5 January 2026, the gallery closes for repairs."},
	}}
	if evs := Events(doc, Options{}); len(evs) != 1 || evs[0].Title == "Threads of the Silk Road" {
		t.Errorf("a sentence after the run: %+v", evs)
	}
}

// TestCoverFacts: a programme's cover line gives the days of what its title
// names and the version's date, which dates the document and is no event.
func TestCoverFacts(t *testing.T) {
	doc := &timeline.Document{Name: "p.pdf", Title: "Harbour Forum 2026", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "Porto and online · Tuesday 2 June to Thursday 4 June 2026 · Version of 20 April 2026"},
	}}
	evs := Events(doc, Options{})
	if len(evs) != 1 || evs[0].Title != "Harbour Forum 2026" || !evs[0].Span.IsRange() {
		var got []string
		for _, e := range evs {
			got = append(got, e.Title+" "+e.Span.Start.String()+".."+e.Span.End.String())
		}
		t.Errorf("events %q, want just Harbour Forum 2026 over 2–4 June", got)
	}
	// In a sentence, the version of a day is what the story tells of.
	doc.Sections[0].Text = "The council adopted the version of 20 April 2026 at its next meeting."
	if evs := Events(doc, Options{}); len(evs) != 1 {
		t.Errorf("a version in a sentence: %d events, want 1", len(evs))
	}
}
