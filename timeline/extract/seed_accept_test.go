package extract

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestSeed is the acceptance of issues 2 and 5 on the seed: each real event
// once, with every source that reports it, headlines a reader understands,
// and the publication of each source kept out of the events.
func TestSeed(t *testing.T) {
	doc := seedDoc(t, seedPath(t))
	evs := Events(doc, Options{})
	type want struct {
		value   string
		title   string   // a part of the headline
		text    string   // a part of the sentence
		sources []string // source names, primary first
	}
	wants := []want{
		{"2017-07", "began collecting biometric data", "beginning in July 2017", []string{doc.Name}},
		{"2017-07", "Aksu city government posted the Xinjiang-wide plan", "posted online by the Aksu city government in July", []string{"The Himalayan Times"}},
		{"2017-12-13", "Lu Kang (Ministry of Foreign Affairs) says such allegation is not even worth your time", "not even worth your time",
			[]string{"Ministry of Foreign Affairs of the People’s Republic of China", doc.Name}},
		{"2017-12-13", "Human Right Watch says Chinese authorities have collected DNA", "said on Wednesday",
			[]string{"The Himalayan Times", "Ministry of Foreign Affairs of the People’s Republic of China"}},
	}
	var dated []timeline.Event
	for _, e := range evs {
		if e.IsVague() {
			if !strings.Contains(e.Text, "past few years") {
				t.Errorf("unexpected vague event %q", e.Text)
			}
			continue
		}
		dated = append(dated, e)
	}
	if len(dated) != len(wants) {
		for _, e := range dated {
			t.Logf("%s %q", spanValue(e.Span), e.Title)
		}
		t.Fatalf("%d dated events, want %d", len(dated), len(wants))
	}
	ids := map[string]bool{}
	for i, w := range wants {
		e := dated[i]
		if got := spanValue(e.Span); got != w.value {
			t.Errorf("event %d: value %s, want %s", i, got, w.value)
		}
		if !strings.Contains(e.Title, w.title) {
			t.Errorf("event %d: title %q, want it to hold %q", i, e.Title, w.title)
		}
		if len(e.Title) > 90 {
			t.Errorf("event %d: title %q longer than 90 bytes", i, e.Title)
		}
		if !strings.Contains(e.Text, w.text) {
			t.Errorf("event %d: text %q, want it to hold %q", i, e.Text, w.text)
		}
		var names []string
		for _, s := range e.Sources {
			names = append(names, s.Name())
			if s.File != doc.Name {
				t.Errorf("event %d: source file %q, want %q", i, s.File, doc.Name)
			}
		}
		if strings.Join(names, "|") != strings.Join(w.sources, "|") {
			t.Errorf("event %d (%s): sources %q, want %q", i, e.Title, names, w.sources)
		}
		if ids[e.ID] {
			t.Errorf("event %d: duplicate id %s", i, e.ID)
		}
		ids[e.ID] = true
		// The sentence is verbatim at its position.
		data := readFile(t, seedPath(t))
		if e.Pos.Offset < 0 || e.Pos.Offset+len(e.Text) > len(data) || data[e.Pos.Offset:e.Pos.Offset+len(e.Text)] != e.Text {
			t.Errorf("event %d: text not found verbatim at offset %d", i, e.Pos.Offset)
		}
	}
	if p := dated[0].Span.Start.Prec; p != timeline.Month {
		t.Errorf("July 2017 has precision %v, want month (never 2017-07-01)", p)
	}
	for _, e := range evs {
		if strings.Contains(e.DateText, "12") || strings.Contains(e.DateText, "65") {
			t.Errorf("a date from the ages: %q", e.DateText)
		}
		if e.Group == PublishedGroup {
			t.Errorf("publication %q among the events by default", e.Title)
		}
	}

	// With ShowPublications, each cited source's publication is in its
	// own lane, apart from the story.
	var pubs []string
	for _, e := range Events(doc, Options{ShowPublications: true}) {
		if e.Group == PublishedGroup {
			pubs = append(pubs, spanValue(e.Span)+" "+e.Title)
		}
	}
	wantPubs := []string{
		"2017-12-13 Published: Foreign Ministry Spokesperson Lu Kang’s Regular Press Conference",
		"2017-12-13 Published: Rights group criticizes China for mass DNA collection in Xinjiang",
	}
	if strings.Join(pubs, "\n") != strings.Join(wantPubs, "\n") {
		t.Errorf("publications:\n%s\nwant:\n%s", strings.Join(pubs, "\n"), strings.Join(wantPubs, "\n"))
	}
}

// TestBuildMerge: two documents that report the same event on the same day
// give one event with two citations; a different event of that day stays
// apart; NoMerge keeps all three.
func TestBuildMerge(t *testing.T) {
	wed := timeline.Citation{Date: day(t, "2017-12-13")}
	a, b, c := wed, wed, wed
	a.Outlet, b.Outlet, c.Outlet = "Daily A", "Daily B", "Daily C"
	docs := []*timeline.Document{
		oneSection("a.txt", "Human Rights Watch said on Wednesday that China had collected DNA from all residents of Xinjiang.", a),
		oneSection("b.txt", "China has collected DNA samples from every resident of Xinjiang, Human Rights Watch said on Wednesday.", b),
		oneSection("c.txt", "The foreign ministry spokesman Lu Kang dismissed the report as untrue on Wednesday.", c),
	}
	tagger := fixedTagger(t, "Wednesday=2017-12-13")
	tests := []struct {
		name    string
		opt     Options
		sources []string
	}{
		{"merged", Options{Tagger: tagger}, []string{"Daily A+Daily B", "Daily C"}},
		{"no merge", Options{Tagger: tagger, NoMerge: true}, []string{"Daily A", "Daily B", "Daily C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Build(docs, tt.opt).Events {
				var names []string
				for _, s := range e.Sources {
					names = append(names, s.Name())
				}
				got = append(got, strings.Join(names, "+"))
			}
			if strings.Join(got, " | ") != strings.Join(tt.sources, " | ") {
				t.Errorf("sources %q, want %q", got, tt.sources)
			}
		})
	}
}

// TestCompatible pins which dates may be merged.
func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2017-12-13", "2017-12-13", true},
		// A month never holds a day of it: "will hear the case this
		// month" is not the ruling of the 13th.
		{"2017-12", "2017-12-13", false},
		{"2017-12-13", "2017-12", false},
		{"2017-W50", "2017-12-13", false},
		{"2017-12", "2017-12", true},
		{"2017", "2017-12-13", false},
		{"2017-12-13", "2017-12-13TNI", true},
		{"2017-12-13TMO", "2017-12-13TEV", false},
		{"2017-12-13TAF", "2017-12-13T14:46", true},
		{"2017-12-13", "2017-12-14", false},
		{"PAST_REF", "PAST_REF", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			a := timeline.Span{Start: day(t, tt.a)}
			b := timeline.Span{Start: day(t, tt.b)}
			if got := Compatible(a, b); got != tt.want {
				t.Errorf("Compatible(%s, %s) = %v", tt.a, tt.b, got)
			}
		})
	}
}
