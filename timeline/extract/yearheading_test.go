package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestYearHeadings: a heading that is a period ("2019", "1900s") dates
// the items under it. It wins over a reference date (the document's own
// statement of the year), and a year one item mentions dates that item
// only, never the items after it. Prose under such a heading keeps
// reading on from the last date it gave.
func TestYearHeadings(t *testing.T) {
	flag := mustDate(t, "2025-01-01")
	tests := []struct {
		name    string
		heading string
		text    string
		ref     timeline.Date // the section's reference date, given by a flag
		want    []string      // "VALUE title", in the chronology's order
	}{
		{
			name:    "an item's own year does not carry to the next items",
			heading: "2019",
			text:    "4 March: The parish votes to close the ford.\n\n17 April: Farmers object, citing a 1932 agreement.\n\nLate June: Work begins.\n\n12 September: A judge halts work.",
			want:    []string{"2019-03-04 The parish votes to close the ford", "2019-04-17 Farmers object, citing a 1932 agreement", "2019-06 Work begins", "2019-09-12 A judge halts work"},
		},
		{
			name:    "a reference date does not override the heading",
			heading: "2019",
			text:    "4 March: The parish votes to close the ford.\n\n2 November: The ford reopens.",
			ref:     flag,
			want:    []string{"2019-03-04 The parish votes to close the ford", "2019-11-02 The ford reopens"},
		},
		{
			name:    "items as lines of one paragraph, with dashes",
			heading: "2020",
			text:    "- 21 January – The injunction is lifted on appeal, under a ruling of 1998.\n- Summer – A drought empties the reservoir.",
			ref:     flag,
			want:    []string{"2020-01-21 The injunction is lifted on appeal, under a ruling of 1998", "2020-SU A drought empties the reservoir"},
		},
		{
			name:    "an item's second paragraph reads on from the item",
			heading: "1902",
			text:    "14 March: Electric trams reach Castle Road.\n\nThe route was extended in 1905. In May a depot opened.\n\nAugust: A depot opens at Millfield.",
			want:    []string{"1902-03-14 Electric trams reach Castle Road", "1902-08 A depot opens at Millfield", "1905 The route was extended", "1905-05 A depot opened"},
		},
		{
			name:    "prose under a year heading reads on from its last date",
			heading: "1969",
			text:    "On 20 July, the crew landed on the Moon.\n\nThe last crew flew in 1972. In December they came home.",
			want:    []string{"1969-07-20 The crew landed on the Moon", "1972 The last crew flew", "1972-12 They came home"},
		},
		{
			name:    "entries with no date of their own are of the heading's year",
			heading: "1698",
			text:    "Henry Winstanley begins work on the first Eddystone Lighthouse.\n16 October – The light is first lit.\nA keeper is appointed.",
			want:    []string{"1698 Henry Winstanley begins work on the first Eddystone Lighthouse", "1698 A keeper is appointed", "1698-10-16 The light is first lit"},
		},
		{
			name:    "bulleted entries",
			heading: "1759",
			text:    "- Smeaton completes his tower.\n- A second keeper is appointed.",
			want:    []string{"1759 Smeaton completes his tower", "1759 A second keeper is appointed"},
		},
		{
			name:    "a month opens an entry",
			heading: "2010",
			text:    "March – The first LED lanterns replace rotating optics.\n\nJuly – A new buoy is laid.",
			want:    []string{"2010-03 The first LED lanterns replace rotating optics", "2010-07 A new buoy is laid"},
		},
		{
			name:    "sub-items under a century are of the item's year above them",
			heading: "19th century",
			text:    "1848 – Uprising in the capital.\n\n12 March – Barricades go up in the old town.\n\n1871 – The railway arrives.",
			want:    []string{"1848 Uprising in the capital", "1848-03-12 Barricades go up in the old town", "1871 The railway arrives"},
		},
		{
			name:    "prose that has left the heading's year dates nothing by it",
			heading: "1969",
			text:    "The last crew flew in 1972.\n\nThe programme was cancelled.",
			want:    []string{"1972 The last crew flew"},
		},
		{
			name:    "a heading that is not a period leaves the reference date its say",
			heading: "The 2019 season",
			text:    "4 March: The parish votes to close the ford.",
			ref:     flag,
			want:    []string{"2025-03-04 The parish votes to close the ford"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sec := timeline.Section{Kind: timeline.Body, Heading: tt.heading, Text: tt.text}
			if !tt.ref.IsZero() {
				sec.Citation.Date, sec.RefFrom = tt.ref, "flag"
			}
			doc := &timeline.Document{Name: "t.md", Sections: []timeline.Section{sec}}
			var got []string
			for _, e := range Events(doc, Options{Tagger: tempex.Tag, Ref: tt.ref}) {
				got = append(got, spanValue(e.Span)+" "+e.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// TestHeadingPeriod: which headings are a period that dates the items
// under them.
func TestHeadingPeriod(t *testing.T) {
	tests := []struct {
		heading string
		want    string // "" for none
	}{
		{"2019", "2019"},
		{" 1881 ", "1881"},
		{"1900s", "19"}, // as the tagger reads it
		{"March 1969", "1969-03"},
		{"19th century", "18"},
		{"4 March 2019", ""},
		{"The 2019 season", ""},
		{"Results", ""},
		{"Chapter 12", ""},
		{"2026 and beyond", ""},
		{"2030 onwards", ""},
		{"2027+", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			d, ok := headingPeriod(tt.heading)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("headingPeriod(%q) = %q, want %q", tt.heading, got, tt.want)
			}
		})
	}
}

func mustDate(t testing.TB, s string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFoldIntoLabel: an item that a date label opens is one event when it
// tells its date again more precisely, or only bounds what it decided.
func TestFoldIntoLabel(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "VALUE | date_text | title"
	}{
		{"a day within the label's year", "1907 – The extension to Hollins Green opens on 1 June.",
			[]string{"1907-06-01 | on 1 June | The extension to Hollins Green opens"}},
		{"the label's year again", "1916 – Women are employed as conductors (c. 40 by the end of the year).",
			[]string{"1916 | 1916 | Women are employed as conductors (c. 40 by the end of the year)"}},
		{"a deadline", "1934 – The council votes to replace the trams with trolleybuses by 1940.",
			[]string{"1934 | 1934 | The council votes to replace the trams with trolleybuses by 1940"}},
		{"two days within the label's year", "1907 – The extension opens on 1 June; the old depot closes on 3 September.",
			[]string{"1907-06-01 | on 1 June | The extension opens", "1907-09-03 | on 3 September | The old depot closes"}},
		{"a later year of its own", "1938 – The last tram runs; the depot is sold in 1941.",
			[]string{"1938 | 1938 | The last tram runs", "1941 | in 1941 | The depot is sold"}},
		{"no label: a sentence keeps both dates", "In 1907 the extension was approved, and it opened on 1 June.",
			[]string{"1907 | In 1907 | The extension was approved", "1907-06-01 | on 1 June | The extension opened"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := oneSection("f.md", tt.text, timeline.Citation{})
			var got []string
			for _, e := range Events(doc, Options{Tagger: tempex.Tag}) {
				got = append(got, spanValue(e.Span)+" | "+e.DateText+" | "+e.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// TestReferenceEntries: the lines of a list of references (a work cited,
// with the date it was retrieved, accessed or archived) make no events;
// a sentence that only uses the words does.
func TestReferenceEntries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "VALUE title"
	}{
		{"retrieved", "^ \"Council backs ford plan\". Vale Courier. 5 March 2019. Retrieved 8 June 2022.", nil},
		{"archived", "Hart, J. (18 April 2019). \"Farmers object\". Agri Weekly. p. 4. Archived from the original on 2 May 2019.", nil},
		{"accessed in brackets", "Canal Society. Annual report 2018 (accessed 2021-03-02).", nil},
		{"American order", "\"Ferry sinks\". Harbor News. June 3, 2015. Retrieved July 9, 2020.", nil},
		{"only the entry's line", "The ford was closed on 4 March 2019.\n\"Ford closed\". Vale Courier. 5 March 2019. Retrieved 8 June 2022.",
			[]string{"2019-03-04 The ford was closed"}},
		{"a sentence that uses the word", "Hackers accessed 3,000 files on 12 March 2020, the council said.",
			[]string{"2020-03-12 Hackers accessed 3,000 files"}},
		{"a verb in lower case", "Divers retrieved the bell on 9 August 1998.",
			[]string{"1998-08-09 Divers retrieved the bell"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := oneSection("r.md", tt.text, timeline.Citation{})
			var got []string
			for _, e := range Events(doc, Options{Tagger: tempex.Tag}) {
				got = append(got, spanValue(e.Span)+" "+e.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// FuzzYearHeadings: a section under any heading, read item by item when
// the heading is a period: no panic, every expression within the text and
// in order, every event's text and date text where the input has them.
func FuzzYearHeadings(f *testing.F) {
	f.Add("2019", "4 March: The parish votes.\n\n17 April: Farmers object, citing a 1932 agreement.\n\nLate June: Work begins.")
	f.Add("1902", "- 14 March – Trams reach Castle Road.\nThe route was extended in 1905.\n- August: A depot opens.")
	f.Add("1881", "1907 – The extension opens on 1 June.\n1934 – The council votes to replace trams by 1940.")
	f.Add("March 1969", "^ \"Ford closed\". Courier. 5 March 2019. Retrieved 8 June 2022.\nThe winter of 1946/47 was brutal.")
	f.Add("19th century", "Easter Monday (21 April): open.\nAGM: Thursday 16 October, 7.30pm, the hall.\n: – \n2019/")
	ref := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 1, Day: 1}
	f.Fuzz(func(t *testing.T, heading, text string) {
		if len(heading) > 200 || len(text) > 4000 {
			return
		}
		sec := timeline.Section{Kind: timeline.Body, Heading: heading, Text: text, Citation: timeline.Citation{Date: ref}, RefFrom: "flag"}
		prev := -1
		for _, tx := range tagSection(sec, Options{}, tempex.Options{Ref: ref, Mode: tempex.Narrative}) {
			if tx.Start < 0 || tx.End > len(text) || tx.Start >= tx.End || tx.Start < prev {
				t.Fatalf("expression %q at [%d, %d) after %d in %q", tx.Text, tx.Start, tx.End, prev, text)
			}
			if text[tx.Start:tx.End] != tx.Text {
				t.Fatalf("expression %q is %q in the text", tx.Text, text[tx.Start:tx.End])
			}
			prev = tx.Start
		}
		doc := &timeline.Document{Name: "y.md", Sections: []timeline.Section{sec}}
		for _, e := range Events(doc, Options{Ref: ref}) {
			if e.Pos.Offset < 0 || e.Pos.Offset+len(e.Text) > len(text) || text[e.Pos.Offset:e.Pos.Offset+len(e.Text)] != e.Text {
				t.Fatalf("event text %q is not at offset %d of the input", e.Text, e.Pos.Offset)
			}
			if e.DateText != "" && !strings.Contains(e.DateText, " … ") && !strings.Contains(text, e.DateText) && !strings.Contains(oneLine(text), e.DateText) && !strings.Contains(heading, e.DateText) {
				// (an entry dated by its heading says the heading's date)
				t.Fatalf("date text %q not in the input", e.DateText)
			}
		}
	})
}

// TestHeadingNamesWhatIsDated: under a heading that names a thing (an
// exhibition, a prize), a line that is only its date, or a verb without
// its subject, is titled by the heading.
func TestHeadingNamesWhatIsDated(t *testing.T) {
	tests := []struct {
		name, heading, text, want string
	}{
		{"nothing but the date", "Young Photographer of the Year", "15 November – 4 January.", "Young Photographer of the Year"},
		{"a verb without its subject", "Rooms of Her Own", "Extended until 2 November.", "Rooms of Her Own – Extended"},
		{"a bound keeps its word", "Salt and Silver", "Until 30 September.", "Salt and Silver – Until 30 September"},
		{"a sentence keeps its own words", "Rooms of Her Own", "The show was extended until 2 November.", "The show was extended"},
		{"a date under a date heading", "2025", "15 November.", "15 November"},
	}
	cite := timeline.Citation{Date: mustDate(t, "2025-08-20")}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "m.html", Sections: []timeline.Section{{Kind: timeline.Body, Heading: tt.heading, Text: tt.text, Citation: cite, RefFrom: "metadata"}}}
			evs := Events(doc, Options{Tagger: tempex.Tag})
			if len(evs) != 1 || evs[0].Title != tt.want {
				var got []string
				for _, e := range evs {
					got = append(got, e.Title)
				}
				t.Errorf("titles %q, want %q", got, tt.want)
			}
		})
	}
}

// TestStatementSaysSomething: a Statement section's event is told by a
// sentence that says something, never by a name, a form's field or a
// heading; a section of nothing else (a filing's cover page dated by the
// line above it) makes no statement.
func TestStatementSaysSomething(t *testing.T) {
	date := mustDate(t, "2024-11-14")
	tests := []struct {
		name, text string
		want       []string // titles
	}{
		{"a cover page", "LUMENWAY THERAPEUTICS, INC.\n(Exact name of registrant as specified in its charter)\n\nDelaware 001-39871 84-3320915\n(State or other jurisdiction of incorporation) (Commission File Number)", nil},
		{"a heading in title case before the text", "Item 1.01 Entry into a Material Definitive Agreement.\n\nThe Company granted Halvorsen an exclusive licence.",
			[]string{"The Company granted Halvorsen an exclusive licence"}},
		{"a name in capitals before the text", "HARBOUR TRUST\n\nThe trust will close the east quay for repairs.",
			[]string{"The trust will close the east quay for repairs"}},
		{"a recollection goes on with its own year, not the day it is told",
			"It was the spring of 2009. I was working in Rotterdam and a friend phoned to say the city had approved the tunnel.",
			[]string{"It was the spring of 2009"}},
		{"a recollection in the past tense of what came after its own year",
			"The mill shut in 2009. Nobody came back.",
			[]string{"The mill shut"}},
		{"a recollection that dates itself is no statement of the day",
			"I was elected in 2009 and then again in 2013.",
			[]string{"I was elected", "I was elected and then"}},
		{"a greeting after a timestamp is passed over",
			"[00:00:00] MF: Hello and welcome to the show.\n[00:00:11] MF: Our guest kept the light at Sule Skerry for the board.",
			[]string{"MF says our guest kept the light at Sule Skerry for the board"}},
		{"a letter's 'yesterday' is that day's event, not the letter's too",
			"Yesterday the Convention voted to set up a tribunal.",
			[]string{"The Convention voted to set up a tribunal"}},
		{"an interviewer's question states nothing",
			"SP: Could you start by telling us where you were born?", nil},
		{"the answer after a question is what is stated",
			"Could you tell us about the quay? DF: The quay was rebuilt by the harbour board.",
			[]string{"DF says the quay was rebuilt by the harbour board"}},
		{"a decision about an earlier year is the meeting's",
			"The council decided to scrap the 2005 plan.",
			[]string{"The council decided to scrap the 2005 plan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "s.txt", Sections: []timeline.Section{{Kind: timeline.Body, Text: tt.text, Statement: true, RefFrom: "heading",
				Citation: timeline.Citation{Date: date}}}}
			var got []string
			for _, e := range Events(doc, Options{Tagger: fixedTagger(t, "the spring of 2009=2009-SP", "in 2009=2009", "in 2013=2013", "2005=2005", "Yesterday=2024-11-13")}) {
				got = append(got, e.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("titles %q, want %q", got, tt.want)
			}
		})
	}
}
