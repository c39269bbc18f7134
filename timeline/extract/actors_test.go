package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func TestActors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a contract's defined terms and pointers", "Either party may end this Agreement after the Effective Date, and Harrowgate Facilities Ltd agrees.",
			[]string{"Harrowgate Facilities Ltd"}},
		{"zones and protocols", "The fault began at 6:45am AEDT and HTTP errors rose; Sydney Trains apologised.",
			[]string{"Sydney Trains"}},
		{"organisation and person", "Human Rights Watch’s China director Sophie Richardson said the plan was illegal.",
			[]string{"Human Rights Watch", "Sophie Richardson"}},
		{"ministry pattern", "A spokesperson for the Chinese Ministry of Foreign Affairs dismissed the concerns.",
			[]string{"Chinese Ministry of Foreign Affairs"}},
		{"lower-case organisation noun", "The plan was posted by the Aksu city government, and Chinese authorities agreed.",
			[]string{"Aksu city government", "Chinese authorities"}},
		{"acronyms, not DNA", "NATO and the UN asked for DNA samples.", []string{"NATO", "UN"}},
		{"initials", "President John F. Kennedy met C. S. Lewis.", []string{"John F. Kennedy", "C. S. Lewis"}},
		{"lists are several actors", "Frank Borman, Jim Lovell and William Anders flew.", []string{"Frank Borman", "Jim Lovell", "William Anders"}},
		{"no dates, no sentence opener, no lone words", "On Wednesday Beijing said in December that China would act.", nil},
		{"quoted titles are not actors", `The "Physicals for All" program began under Chen Quanguo.`, []string{"Chen Quanguo"}},
		{"spellings of one actor", "Human Right Watch and Human Rights Watch agree.", []string{"Human Right Watch"}},
		// The blind QA pass (section F7): junk in the actors column.
		{"a dateline is no actor", "NEW YORK (AP) — The Federal Reserve raised its rate.", []string{"Federal Reserve"}},
		{"a dateline with a date", "OSLO, June 3, 2021 /PRNewswire/ -- Northwind Energy ASA completed the deal.", []string{"Northwind Energy ASA"}},
		{"units, zones and figures", "Chair Jerome Powell spoke at 2:30 p.m. ET about 3 GW and FY2022 targets.", []string{"Chair Jerome Powell"}},
		{"a transcript label", "QUESTION: Will the WHO meet again?", []string{"WHO"}},
		{"no line break inside a name", "About Northwind Energy\r\nNorthwind Energy was founded.", []string{"About Northwind Energy", "Northwind Energy"}},
		{"a date's prefix", "By Mid-December the Lower Valley Trust agreed.", []string{"Lower Valley Trust"}},
		{"a currency after for", "It bought Solbay Wind AS for NOK 4 billion.", []string{"Solbay Wind AS"}},
		{"a regnal number stays", "Pope Innocent III annulled the charter.", []string{"Pope Innocent III"}},
		{"an indefinite organisation", "A court suspends the increase.", nil},
		{"a hyphenated model", "An American U-2 spy plane photographed the sites.", nil},
		{"tickers", "Acme Corp (NASDAQ: ACME) and Northwind Energy ASA (OSE: NWE) reported.", []string{"Acme Corp", "Northwind Energy ASA"}},
		{"a role label", "SECRETARY: We will brief the WHO.", []string{"WHO"}},
		{"a body after a dateline", "WASHINGTON (AP) — The Senate passed the bill.", []string{"Senate"}},
		{"a place before a phrase that ends in a body", "Julius Caesar crossed the Rubicon with his army in 49 BC.", []string{"Julius Caesar"}},
		{"a lone common noun opening the sentence", "Officials said the Senate would vote.", []string{"Senate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Actors(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Actors(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSpeakerActor: the subject of a reporting verb is an actor only
// when it names one.
func TestSpeakerActor(t *testing.T) {
	tests := []struct {
		speaker string
		want    []string
	}{
		{"Lu Kang", []string{"Lu Kang"}},
		{"The Federal Reserve", []string{"The Federal Reserve"}},
		{"WHO", []string{"WHO"}},
		{"the director", nil},
		{"The regional government", []string{"The regional government"}},
		{"Police", nil},
		{"the group's China director", nil},
		{"Residents interviewed", nil},
		{"QUESTION", nil},
		{"Moderator", nil},
	}
	for _, tt := range tests {
		t.Run(tt.speaker, func(t *testing.T) {
			if got := findActors("they spoke.", tt.speaker); !slices.Equal(got, tt.want) {
				t.Errorf("findActors(speaker %q) = %q, want %q", tt.speaker, got, tt.want)
			}
		})
	}
}

func TestStatement(t *testing.T) {
	cit := timeline.Citation{
		Title:  "Foreign Ministry Spokesperson Lu Kang’s Regular Press Conference on December 13, 2017",
		Outlet: "Ministry of Foreign Affairs of the People’s Republic of China",
		Date:   timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13},
	}
	tests := []struct {
		name      string
		text      string
		cit       timeline.Citation
		wantTitle string
		wantText  string
	}{
		{"question and answer", "Q: What's your response to this?\n\nA: This organization has kept making false allegations. That's why I would like to say that such allegation is not even worth your time.",
			cit, "Lu Kang (Ministry of Foreign Affairs) says such allegation is not even worth your time",
			"That's why I would like to say that such allegation is not even worth your time."},
		{"speaker label names the speaker", "Q: Any comment?\n\nGENG SHUANG: We firmly oppose the decision.",
			timeline.Citation{Outlet: "Ministry of Foreign Affairs", Date: cit.Date}, "Geng Shuang (Ministry of Foreign Affairs) says we firmly oppose the decision",
			"GENG SHUANG: We firmly oppose the decision."},
		{"a speech without labels: the first sentence", "The nation mourns. We will rebuild the town together.",
			timeline.Citation{Outlet: "Office of the Mayor", Date: cit.Date}, "Office of the Mayor says the nation mourns", "The nation mourns."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "s.txt", Sections: []timeline.Section{{Kind: timeline.Excerpt, Text: tt.text, Citation: tt.cit, Statement: true}}}
			evs := Events(doc, Options{Tagger: fixedTagger(t)})
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1 for the statement", len(evs))
			}
			e := evs[0]
			if e.Title != tt.wantTitle || e.Text != tt.wantText {
				t.Errorf("title %q\n text %q\nwant %q\n     %q", e.Title, e.Text, tt.wantTitle, tt.wantText)
			}
			if e.DateText != "" || spanValue(e.Span) != "2017-12-13" {
				t.Errorf("date %q %s, want the source's own", e.DateText, spanValue(e.Span))
			}
			// Told how the document writes its date, the event says it,
			// and keeps its id.
			doc.Sections[0].RefText = "December 13, 2017"
			evs2 := Events(doc, Options{Tagger: fixedTagger(t)})
			if len(evs2) != 1 || evs2[0].DateText != "December 13, 2017" || evs2[0].ID != e.ID {
				t.Errorf("with the reader's date text: %+v, want date text %q and id %s", evs2, "December 13, 2017", e.ID)
			}
		})
	}
	// Without a date of its own or a reference, a statement is no event.
	doc := &timeline.Document{Name: "s.txt", Sections: []timeline.Section{{Kind: timeline.Excerpt, Text: "We object.", Statement: true}}}
	if evs := Events(doc, Options{Tagger: fixedTagger(t)}); len(evs) != 0 {
		t.Errorf("an undated statement made %d events", len(evs))
	}
	if evs := Events(doc, Options{Tagger: fixedTagger(t), Ref: cit.Date}); len(evs) != 1 {
		t.Errorf("a statement dated by Options.Ref made %d events, want 1", len(evs))
	}
}

func TestSectionKindsAndOptions(t *testing.T) {
	cit := timeline.Citation{Outlet: "The Daily", Title: "A report", Date: timeline.Date{Prec: timeline.Day, Year: 2017, Month: 12, Day: 13}}
	doc := &timeline.Document{Name: "k.txt", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "The events of 13 December 2017"},
		{Kind: timeline.CitationLine, Text: "Source: The Daily, 13 December 2017.", Citation: cit, Pos: timeline.Position{Offset: 32, Line: 2, Col: 1}},
		{Kind: timeline.Excerpt, Pos: timeline.Position{Offset: 70, Line: 3, Col: 1}, Text: "Officials left in recent years. The talks collapsed on 13 December 2017 and resumed recently.", Citation: cit},
	}}
	tagger := fixedTagger(t, "13 December 2017=2017-12-13", "in recent years=PAST_REF", "recently=PAST_REF")
	tests := []struct {
		name string
		opt  Options
		want []string // value | group
	}{
		{"default: vague listed apart, no publication, no heading", Options{Tagger: tagger},
			[]string{"2017-12-13 | ", "PAST_REF | "}},
		{"no vague", Options{Tagger: tagger, NoVague: true}, []string{"2017-12-13 | "}},
		{"publications", Options{Tagger: tagger, ShowPublications: true},
			[]string{"2017-12-13 | published", "2017-12-13 | ", "PAST_REF | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Events(doc, tt.opt) {
				got = append(got, spanValue(e.Span)+" | "+e.Group)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHeadingContext: a year in the heading anchors the paragraphs under it
// (with the real tagger), and is no event itself.
func TestHeadingContext(t *testing.T) {
	doc := &timeline.Document{Name: "lesson.md", Sections: []timeline.Section{
		{Kind: timeline.Heading, Text: "1969"},
		{Kind: timeline.Body, Heading: "1969", Text: "On 20 July, Apollo 11 landed on the Moon."},
	}}
	var got []string
	for _, e := range Events(doc, Options{}) {
		got = append(got, spanValue(e.Span)+" "+e.DateText+" | "+e.Title)
	}
	want := []string{"1969-07-20 On 20 July | Apollo 11 landed on the Moon"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNewsFallback: what the tagger leaves unresolved in a dated section
// (read as a narrative) is resolved against the section's own date.
func TestNewsFallback(t *testing.T) {
	text := "The volcano erupted on Wednesday. Its last eruption ended in 1823."
	w := strings.Index(text, "Wednesday")
	y := strings.Index(text, "1823")
	tagger := func(_ string, opt tempex.Options) []tempex.Timex {
		wed := tempex.Timex{Start: w, End: w + 9, Text: "Wednesday", Value: "XXXX-WXX-3", RangeEnd: -1}
		if opt.Mode == tempex.News {
			wed.Value, wed.Date = "2010-04-14", day(t, "2010-04-14")
		}
		return []tempex.Timex{wed, {Start: y, End: y + 4, Text: "1823", Value: "1823", Date: day(t, "1823"), RangeEnd: -1}}
	}
	doc := oneSection("v.txt", text, timeline.Citation{Date: day(t, "2010-04-16")})
	var got []string
	for _, e := range Events(doc, Options{Tagger: tagger}) {
		got = append(got, spanValue(e.Span)+" "+e.DateText)
	}
	if want := []string{"1823 in 1823", "2010-04-14 on Wednesday"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// An explicit mode is the caller's choice: nothing is filled in.
	if evs := Events(doc, Options{Tagger: tagger, Mode: tempex.Narrative}); len(evs) != 1 {
		t.Errorf("narrative mode: %d events, want 1", len(evs))
	}
}
