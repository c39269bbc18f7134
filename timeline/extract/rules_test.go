package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// ruleCase is a document of one body section, the expressions its tagger
// finds, and the events wanted as "START[/END] | date_text | title".
type ruleCase struct {
	name, text string
	exprs      []string
	want       []string
}

func runRuleCases(t *testing.T, tests []ruleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("r.txt", tc.text, timeline.Citation{})
			var got []string
			for _, e := range Events(doc, Options{Tagger: fixedTagger(t, tc.exprs...)}) {
				v := e.Span.Start.String()
				if e.Span.IsRange() {
					v += "/" + e.Span.End.String()
				}
				got = append(got, fmt.Sprintf("%s | %s | %s", v, e.DateText, e.Title))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestBaselines: a date that is only the point of comparison of a figure
// makes no event; "since" after a superlative is a baseline, elsewhere it
// starts the span of what goes on.
func TestBaselines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"compared with", "Visitor numbers fell by 60% compared with 2019.",
			[]string{"2019=2019"}, nil},
		{"compared with, another date stays", "In 2020 ticket sales fell by half compared to 2019.",
			[]string{"2020=2020", "2019=2019"}, []string{"2020 | In 2020 | Ticket sales fell by half compared to 2019"}},
		{"than in", "More ships docked in 2021 than in 2019.",
			[]string{"2021=2021", "2019=2019"}, []string{"2021 | in 2021 | More ships docked than in 2019"}},
		{"up from", "The harbour handled 4.1 million tonnes in 2022, up from 2018.",
			[]string{"2022=2022", "2018=2018"}, []string{"2022 | in 2022 | The harbour handled 4.1 million tonnes, up from 2018"}},
		{"up a figure on", "Revenue reached $48 million in 2022, up 12% on the previous year.",
			[]string{"2022=2022", "the previous year=2021"}, []string{"2022 | in 2022 | Revenue reached $48 million, up 12% on the previous year"}},
		{"the year's level", "Traffic is still below the 2019 level.",
			[]string{"2019=2019"}, nil},
		{"a superlative since", "The river reached its highest level since 1976 on Tuesday.",
			[]string{"1976=1976", "on Tuesday=2021-03-02"}, []string{"2021-03-02 | on Tuesday | The river reached its highest level since 1976"}},
		{"the first time since", "Water rose above the mark for the first time since 2006.",
			[]string{"2006=2006"}, nil},
		{"since starts a span", "The ferry has run daily since 1990.",
			[]string{"1990=1990"}, []string{"1990 | since 1990 | The ferry has run daily"}},
		{"up a figure on a quarter", "Revenue for the December quarter was $412.6m, up 6% on the December quarter of 2023.",
			[]string{"the December quarter=2024-Q4", "the December quarter of 2023=2023-Q4"}, []string{"2024-Q4 | the December quarter | Revenue for the December quarter was $412.6m, up 6% on the December quarter of 2023"}},
		{"compared with a figure a year earlier", "Total revenue was $412.7 million, compared with $378.6 million a year earlier.",
			[]string{"a year earlier=2024"}, nil},
		{"compared with a figure and its share, in a quarter", "Net income was $38.2 million, compared with $29.9 million, or $0.47 per diluted share, in the third quarter of fiscal 2024.",
			[]string{"the third quarter of fiscal 2024=2024-Q3"}, nil},
		{"compared with a figure in a year", "For fiscal 2013, Apple earned $37 billion, compared with $41.7 billion in fiscal 2012.",
			[]string{"fiscal 2013=2013", "fiscal 2012=2012"}, []string{"2013 | fiscal 2013 | Apple earned $37 billion, compared with $41.7 billion in fiscal 2012"}},
		{"from a figure in a month", "Unemployment fell to 7 percent in November, its lowest level in five years, from 7.9 percent in January.",
			[]string{"November=2013-11", "January=2013-01"}, []string{"2013-11 | in November | Unemployment fell to 7 percent, its lowest level in five years"}},
		{"down on the year before", "Sales were down on 2019, the retailer said.",
			[]string{"2019=2019"}, nil},
		{"shut down on a day is an event", "The smelter was shut down on 3 March 2020.",
			[]string{"3 March 2020=2020-03-03"}, []string{"2020-03-03 | on 3 March 2020 | The smelter was shut down"}},
		{"a rise on a day is an event", "Shares rose on 3 March 2020.",
			[]string{"3 March 2020=2020-03-03"}, []string{"2020-03-03 | on 3 March 2020 | Shares rose"}},
	})
}

// TestTitleLines: a short line holding a year that reads as a title is not
// an event, even in the body text; a short line that says something
// happened is.
func TestTitleLines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"report title", "Harbour Museum: Annual Report 2020\n\nThe museum reopened on 15 June.",
			[]string{"2020=2020", "15 June=2020-06-15"}, []string{"2020-06-15 | on 15 June | The museum reopened"}},
		{"a record's lines of figures are no titles", "Study Start (Actual) 6 March 2023\nPrimary Completion (Estimated) December 31, 2026",
			[]string{"6 March 2023=2023-03-06", "December 31, 2026=2026-12-31"},
			[]string{"2023-03-06 | 6 March 2023 | Study Start (Actual)", "2026-12-31 | December 31, 2026 | Primary Completion (Estimated)"}},
		{"fields with a qualifier in brackets", "Study Start (Actual): 2023-03-06\nStudy Completion (Estimated): 2027-06",
			[]string{"2023-03-06=2023-03-06", "2027-06=2027-06"},
			[]string{"2023-03-06 | 2023-03-06 | Study Start (Actual)", "2027-06 | 2027-06 | Study Completion (Estimated)"}},
		{"lower-case title", "Annual report 2020\nThe museum reopened on 15 June.",
			[]string{"2020=2020", "15 June=2020-06-15"}, []string{"2020-06-15 | on 15 June | The museum reopened"}},
		{"minutes", "Minutes, May 2018\n\nThe council met.",
			[]string{"May 2018=2018-05"}, nil},
		{"a short line with a verb", "Museum reopened in June 2020\n\nVisitors came back.",
			[]string{"June 2020=2020-06"}, []string{"2020-06 | in June 2020 | Museum reopened"}},
		{"a short sentence", "The war ended in 1945.",
			[]string{"1945=1945"}, []string{"1945 | in 1945 | The war ended"}},
		{"a museum label's place and date under the object's name", "Gallery 7\n\nCovered tankard\nLondon, c. 1650\nSilver, engraved with the arms of a company\nPlain silver of this kind was typical of the Commonwealth years.",
			[]string{"c. 1650=1650"}, []string{"1650 | c. 1650 | Covered tankard – London"}},
		{"a field's list of days", "Before: Mrs Justice Alderton\n\nHearing dates: 8, 9 and 11 July 2025\n\nThe claim fails.",
			[]string{"8=2025-07-08", "9=2025-07-09", "11 July 2025=2025-07-11"},
			[]string{"2025-07-08 | 8 | Hearing dates", "2025-07-09 | 9 | Hearing dates", "2025-07-11 | 11 July 2025 | Hearing dates"}},
		{"a title under a name stays a title", "Harbour Board\nMinutes, May 2018\n\nThe council met.",
			[]string{"May 2018=2018-05"}, nil},
		{"a year inside a line", "The mill closed in 1975 after a fire",
			[]string{"1975=1975"}, []string{"1975 | in 1975 | The mill closed after a fire"}},
		// a programme's slots, a clock time and what happens then, one a
		// line as a PDF or plain text gives them: events, not titles
		{"a programme's slots", "Saturday 6 June 2026\n\n10:15 Doors open and tea\n\n10:45 Welcome from the chair\n\n12:30 Lunch in the cloister",
			[]string{"Saturday 6 June 2026=2026-06-06", "10:15=2026-06-06T10:15", "10:45=2026-06-06T10:45", "12:30=2026-06-06T12:30"},
			[]string{"2026-06-06T10:15 | 10:15 | Doors open and tea", "2026-06-06T10:45 | 10:45 | Welcome from the chair", "2026-06-06T12:30 | 12:30 | Lunch in the cloister"}},
	})
}

// TestClauseRanges: a start date and an end date in one clause ("followed
// on X and lasted until Y") make one event with a range.
func TestClauseRanges(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"lasted until", "A second closure followed on 5 November 2020 and lasted until 2 December 2020.",
			[]string{"5 November 2020=2020-11-05", "2 December 2020=2020-12-02"},
			[]string{"2020-11-05/2020-12-02 | on 5 November 2020 … until 2 December 2020 | A second closure followed and lasted"}},
		{"from until", "The bridge was closed from 3 May 2021 until 9 July 2021.",
			[]string{"3 May 2021=2021-05-03", "9 July 2021=2021-07-09"},
			[]string{"2021-05-03/2021-07-09 | from 3 May 2021 until 9 July 2021 | The bridge was closed"}},
		{"ran through", "The strike began in March 2018 and ran through June 2018.",
			[]string{"March 2018=2018-03", "June 2018=2018-06"},
			[]string{"2018-03/2018-06 | in March 2018 … through June 2018 | The strike began and ran"}},
		{"between a time on a day and a time after", "The man was attacked between 10pm on Friday 3 May 2024 and 2am the following morning.",
			[]string{"10pm=2024-05-03T22:00", "Friday 3 May 2024=2024-05-03", "2am the following morning=2024-05-04T02:00"},
			[]string{"2024-05-03T22:00/2024-05-04T02:00 | between 10pm on Friday 3 May 2024 … 2am the following morning | The man was attacked"}},
		{"a counted date glossed by the date itself", "Three years later, in 1850, he married Ann.",
			[]string{"Three years later=1841", "1850=1850"},
			[]string{"1850 | in 1850 | He married Ann"}},
		{"two events stay two", "The bridge opened in 1932 and the tunnel opened in 1960.",
			[]string{"1932=1932", "1960=1960"},
			[]string{"1932 | in 1932 | The bridge opened", "1960 | in 1960 | The tunnel opened"}},
		{"another clause's bound stays apart", "The council met on 3 May 2021; the consultation is open until 9 July 2021.",
			[]string{"3 May 2021=2021-05-03", "9 July 2021=2021-07-09"},
			[]string{"2021-05-03 | on 3 May 2021 | The council met", "2021-07-09 | until 9 July 2021 | The consultation is open"}},
		{"an end before the start stays apart", "The offer made on 9 July 2021 was valid until 3 May 2021.",
			[]string{"3 May 2021=2021-05-03", "9 July 2021=2021-07-09"},
			[]string{"2021-05-03 | until 3 May 2021 | The offer was valid", "2021-07-09 | on 9 July 2021 | The offer was made"}},
	})
}

// TestStatementKey: the event of a Statement section (minutes, a speech,
// a briefing) tells what was decided or said, not a greeting, and not a
// sentence that already makes an event of its own.
func TestStatementKey(t *testing.T) {
	meeting := timeline.Citation{Title: "Minutes of the parish council", Date: timeline.Date{Prec: timeline.Day, Year: 2018, Month: 5, Day: 7}}
	tests := []struct {
		name, text string
		exprs      []string
		want       string // the statement event as "title | text"; "" for none
	}{
		{"minutes: the decision", "The clerk reported that the footpath repairs were finished on 30 April 2018. The council agreed to apply for a playground grant next month. The next meeting will take place on 4 June 2018.",
			[]string{"30 April 2018=2018-04-30", "next month=2018-06", "4 June 2018=2018-06-04"},
			"The council agreed to apply for a playground grant | The council agreed to apply for a playground grant next month."},
		{"minutes: a sentence with no date of its own", "The clerk reported that the bins were emptied on 30 April 2018. Members discussed the state of the churchyard wall.",
			[]string{"30 April 2018=2018-04-30"},
			"Members discussed the state of the churchyard wall | Members discussed the state of the churchyard wall."},
		{"a greeting is passed over", "Good morning to all of you. The new library will keep longer hours.",
			nil, "The new library will keep longer hours | The new library will keep longer hours."},
		{"thanks are passed over", "Thank you all for coming. The ferry will sail twice a day.",
			nil, "The ferry will sail twice a day | The ferry will sail twice a day."},
		{"the meeting's own event is not made twice", "The council agreed on Monday to repair the church roof.",
			[]string{"on Monday=2018-05-07"}, ""},
		{"minutes whose every sentence has its own date: nothing copied onto the meeting's", "The skip was removed on Friday. The hall was painted on 2 May.",
			[]string{"on Friday=2018-05-04", "2 May=2018-05-02"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "m.txt", Sections: []timeline.Section{{Kind: timeline.Body, Text: tc.text, Citation: meeting, Statement: true}}}
			var got []string
			for _, e := range Events(doc, Options{Tagger: fixedTagger(t, tc.exprs...), NoMerge: true}) {
				if e.DateText == "" {
					got = append(got, e.Title+" | "+e.Text)
				}
			}
			var want []string
			if tc.want != "" {
				want = []string{tc.want}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

// TestWireDatelines: a press release's dateline, with its region and its
// wire tag, is metadata: no event, and no part of a headline.
func TestWireDatelines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"region and wire tag", "LEEDS, England, September 12, 2023 /PRNewswire/ -- Northwind Labs opened a lab on 1 May 2023.",
			[]string{"September 12, 2023=2023-09-12", "1 May 2023=2023-05-01"}, []string{"2023-05-01 | on 1 May 2023 | Northwind Labs opened a lab"}},
		{"the dateline's day said again", "LEEDS, England, September 12, 2023 /PRNewswire/ -- Northwind Labs today announced a new centre.",
			[]string{"September 12, 2023=2023-09-12", "today=2023-09-12"}, []string{"2023-09-12 | today | Northwind Labs announced a new centre"}},
		{"agency dateline", "OSLO, March 3 (Wire) - The strike ended on 2 March.",
			[]string{"March 3=2021-03-03", "2 March=2021-03-02"}, []string{"2021-03-02 | on 2 March | The strike ended"}},
		{"a sentence that starts with a place", "Leeds, a city in England, opened its library on 12 September 2023.",
			[]string{"12 September 2023=2023-09-12"}, []string{"2023-09-12 | on 12 September 2023 | Leeds, a city in England, opened its library"}},
	})
}

// TestOverlappingTimexes: a tagger that reads one text twice ("2020" inside
// "15 June 2020") makes no panic and one event.
func TestOverlappingTimexes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"nested", "The museum reopened on 15 June 2020.",
			[]string{"15 June 2020=2020-06-15", "2020=2020"}, []string{"2020-06-15 | on 15 June 2020 | The museum reopened"}},
		{"crossing", "The museum reopened on 15 June 2020 at noon.",
			[]string{"15 June 2020=2020-06-15", "2020 at noon=2020-06-15T12:00"}, []string{"2020-06-15 | on 15 June 2020 | The museum reopened at noon"}},
	})
}

// TestBracketsAndNumbers: a date inside brackets belongs to what stands
// before them; a paragraph number is no part of a headline; a passive
// participle shares its auxiliary with the one before it.
func TestBracketsAndNumbers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"born in brackets", "Jonas Berg (born 12 August 1952) is a Norwegian conductor.",
			[]string{"12 August 1952=1952-08-12"}, []string{"1952-08-12 | 12 August 1952 | Jonas Berg is born"}},
		{"died in brackets", "Ada Lind (died 1999) taught chemistry.",
			[]string{"1999=1999"}, []string{"1999 | 1999 | Ada Lind dies"}},
		{"a record's fields in title case", "Overall Status: Recruiting\nStudy Start: 2024-02-12 [Actual]\nFirst Posted: 2023-11-09 [Actual]",
			[]string{"2024-02-12=2024-02-12", "2023-11-09=2023-11-09"}, []string{"2023-11-09 | 2023-11-09 | First Posted", "2024-02-12 | 2024-02-12 | Study Start"}},
		{"a term ending on a day", "This Agreement commences on the Effective Date and continues for an initial term of three years, ending on 31 March 2028 (the \"Initial Term\").",
			[]string{"31 March 2028=2028-03-31"}, []string{"2028-03-31 | on 31 March 2028 | The initial term of three years ends"}},
		{"a date restated with 'that is'", "The customer shall send the data before the start date, that is by 4 March 2025.",
			[]string{"4 March 2025=2025-03-04"}, []string{"2025-03-04 | by 4 March 2025 | The customer shall send the data before the start date"}},
		{"a name's 'the' before a relative clause", "Babylon remained great under the Persians and Alexander the Great, who died there in 323 BC.",
			[]string{"in 323 BC=BC0323"}, []string{"BC0323 | in 323 BC | Alexander the Great died there"}},
		{"another date's preposition goes with it", "The list for Wednesday will be published at 4pm.",
			[]string{"Wednesday=2025-11-12", "at 4pm=2025-11-12T16:00"}, []string{"2025-11-12 | Wednesday | The list for Wednesday will be published at 4pm", "2025-11-12T16:00 | at 4pm | The list will be published"}},
		{"a list of other days goes as one", "The museum is closed on 24, 25 and 26 December and opens at 12:00 on 1 January.",
			[]string{"24=2025-12-24", "25=2025-12-25", "26 December=2025-12-26", "on 1 January=2026-01-01"},
			[]string{"2025-12-24/2025-12-26 | on 24, 25 and 26 December | The museum is closed", "2026-01-01 | on 1 January | The museum opens at 12:00"}},
		{"a family history's marks", "William Pennick, b. 12 Mar 1816, d. 1878. Mine captain.",
			[]string{"12 Mar 1816=1816-03-12", "1878=1878"}, []string{"1816-03-12 | 12 Mar 1816 | William Pennick is born", "1878 | 1878 | William Pennick dies"}},
		{"degrees in brackets", "She studied chemistry at Uppsala University (BSc 1941, PhD 1947).",
			[]string{"1941=1941", "1947=1947"},
			[]string{"1941 | 1941 | She studied chemistry at Uppsala University (BSc)", "1947 | 1947 | She studied chemistry at Uppsala University (PhD)"}},
		{"a paragraph number", "[14] The appeal was dismissed on 3 May 2021.",
			[]string{"on 3 May 2021=2021-05-03"}, []string{"2021-05-03 | on 3 May 2021 | The appeal was dismissed"}},
		{"a span that ends with a clause's event", "She taught at the University of Edinburgh from 1974 until she retired in 2001.",
			[]string{"1974=1974", "2001=2001"},
			[]string{"1974/2001 | from 1974 | She taught at the University of Edinburgh", "2001 | in 2001 | She retired"}},
		{"a quarter's label frames the day of its line", "Q2: we won a contract with the port, signed on 14 September 2023.",
			[]string{"Q2=2023-Q2", "14 September 2023=2023-09-14"}, []string{"2023-09-14 | on 14 September 2023 | A contract with the port was signed"}},
		{"a quarter's label is no speaker", "Q3: we opened a depot.",
			[]string{"Q3=2023-Q3"}, []string{"2023-Q3 | Q3 | We opened a depot"}},
		{"a numbered paragraph", "2.3 Pilots began in 17 areas in 2021.",
			[]string{"2021=2021"}, []string{"2021 | in 2021 | Pilots began in 17 areas"}},
		{"a decimal figure is no paragraph number", "2.5 million visitors came in 2019.",
			[]string{"2019=2019"}, []string{"2019 | in 2019 | 2.5 million visitors came"}},
		{"a passive shares its auxiliary", "He was arrested in January 2021 and convicted in March 2021 of fraud.",
			[]string{"in January 2021=2021-01", "in March 2021=2021-03"},
			[]string{"2021-01 | in January 2021 | He was arrested", "2021-03 | in March 2021 | He was convicted of fraud"}},
	})
}

// TestFrames: a date that opens a sentence and only sets the scene for a
// finer one in the same clause makes no event of its own; in a second
// clause both stand.
func TestFrames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"a year that frames a day", "Last year, the river burst its banks on 12 March.",
			[]string{"Last year=2019", "on 12 March=2019-03-12"}, []string{"2019-03-12 | on 12 March | The river burst its banks"}},
		{"a month that frames a day", "In March 1917, the revolt began on the 8th.",
			[]string{"In March 1917=1917-03", "on the 8th=1917-03-08"}, []string{"1917-03-08 | on the 8th | The revolt began"}},
		{"two clauses keep both", "In 1990, the council met, and on 15 April it voted.",
			[]string{"In 1990=1990", "on 15 April=1990-04-15"}, []string{"1990 | In 1990 | The council met", "1990-04-15 | on 15 April | It voted"}},
		{"a frame that does not hold the day", "In 2019, the river burst its banks on 12 March 2020.",
			[]string{"In 2019=2019", "on 12 March 2020=2020-03-12"}, []string{"2019 | In 2019 | The river burst its banks on 12 March 2020", "2020-03-12 | on 12 March 2020 | The river burst its banks"}},
	})
}

// TestPostStatement: a post or diary entry dated by its heading is the
// outlet's own writing: its event is not "OUTLET says ...".
func TestPostStatement(t *testing.T) {
	post := timeline.Citation{Title: "Storm live", Outlet: "Coastal Courier", Date: timeline.Date{Prec: timeline.Minute, Year: 2020, Month: 2, Day: 15, Hour: 16, Minute: 5}}
	doc := &timeline.Document{Name: "live.html", Sections: []timeline.Section{{Kind: timeline.Body, Text: "Inspectors closed the bridge to traffic.", Citation: post, Statement: true, RefFrom: "heading"}}}
	evs := Events(doc, Options{Tagger: fixedTagger(t), NoMerge: true})
	if len(evs) != 1 || evs[0].Title != "Inspectors closed the bridge to traffic" || evs[0].Span.Start != post.Date {
		t.Fatalf("got %+v, want one event of the post's time titled %q", evs, "Inspectors closed the bridge to traffic")
	}
}

// TestFieldsAndBracketedRanges: an infobox field whose value opens with
// the date is titled by its label; a range in brackets after a year is
// the one date of its line.
func TestFieldsAndBracketedRanges(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"a field", "Born: 3 May 1920, Uppsala, Sweden",
			[]string{"3 May 1920=1920-05-03"}, []string{"1920-05-03 | 3 May 1920 | Born – Uppsala, Sweden"}},
		{"a field with an age", "Died: 14 June 1999 (aged 79), Visby",
			[]string{"14 June 1999=1999-06-14"}, []string{"1999-06-14 | 14 June 1999 | Died – Visby"}},
		{"a speaker is no field", "LU KANG: On 13 December 2017 we answered the question.",
			[]string{"On 13 December 2017=2017-12-13"}, []string{"2017-12-13 | On 13 December 2017 | Lu Kang: we answered the question"}},
	})
	t.Run("a range in brackets after its year", func(t *testing.T) {
		evs := Events(oneSection("c.md", "1916 (July–November): the Battle of the Somme", timeline.Citation{}), Options{})
		var got []string
		for _, e := range evs {
			got = append(got, e.Span.Start.String()+"/"+e.Span.End.String()+" | "+e.Title)
		}
		if want := []string{"1916-07/1916-11 | The Battle of the Somme"}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
}

// TestTableRowTitle: a Markdown table row's cells read as a headline
// joined by dashes, without the bars.
func TestTableRowTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"a row", "| 27 Jan 1967 | Apollo 1 | Cabin fire kills three astronauts |",
			[]string{"27 Jan 1967=1967-01-27"}, []string{"1967-01-27 | 27 Jan 1967 | Apollo 1 – Cabin fire kills three astronauts"}},
	})
}

// TestStatuteYears: the year in a statute's name makes no event.
func TestStatuteYears(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"an Act", "Section 2 of the Limitation Act 1980 is not engaged.",
			[]string{"1980=1980"}, nil},
		{"regulations beside a date", "The Data Protection Regulations 2018 were breached on 3 May 2021.",
			[]string{"2018=2018", "3 May 2021=2021-05-03"}, []string{"2021-05-03 | on 3 May 2021 | The Data Protection Regulations 2018 were breached"}},
		{"a year after another word stays", "The act was passed in 1980.",
			[]string{"1980=1980"}, []string{"1980 | in 1980 | The act was passed"}},
	})
}

// TestDayRanges: a range or list of days whose first day is a bare number
// ("12-14 May 2019", "from 3 to 5 March", "on 8 and 15 June") makes its
// events; the bare number is the tagger's day, not a stray count.
func TestDayRanges(t *testing.T) {
	ref := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2021, Month: 7, Day: 1}}
	tests := []struct{ text, want string }{
		{"The fair was held 12-14 May 2019.", "[2019-05-12/2019-05-14 The fair was held]"},
		{"The talks ran from 3 to 5 March.", "[2021-03-03/2021-03-05 The talks ran]"},
		{"The hearing took place on 8 and 9 June 2021.", "[2021-06-08/2021-06-09 The hearing took place]"}, // (two days in a row: one span, as "8-9 June" is)
		{"The hearings took place on 8 and 15 June 2021.", "[2021-06-08 The hearings took place 2021-06-15 The hearings took place]"},
		{"The team scored 12 goals in May 2019.", "[2019-05 The team scored 12 goals]"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, e := range Events(oneSection("r.txt", tc.text, ref), Options{NoMerge: true}) {
				v := e.Span.Start.String()
				if e.Span.IsRange() {
					v += "/" + e.Span.End.String()
				}
				got = append(got, v+" "+e.Title)
			}
			if fmt.Sprint(got) != tc.want {
				t.Errorf("got %v, want %s", got, tc.want)
			}
		})
	}
}

// TestPeriodEndedAndFieldBrackets: the last day of a reporting period
// only says which period; a field's bracketed dates title the field.
func TestPeriodEndedAndFieldBrackets(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"the year ended", "Acme today reported results for the fiscal year ended December 31, 2022.",
			[]string{"today=2023-02-08", "December 31, 2022=2022-12-31"}, []string{"2023-02-08 | today | Acme reported results for the fiscal year ended December 31, 2022"}},
		{"the year to a day", "Yesterday the Office of Rail and Road published figures for the year to 31 August.",
			[]string{"Yesterday=2024-09-04", "31 August=2024-08-31"}, []string{"2024-09-04 | Yesterday | The Office of Rail and Road published figures for the year to 31 August"}},
		{"a reporting period alone is the period", "In the year ended 31 March 2024 revenue rose 8%.",
			[]string{"31 March 2024=2024-03-31"}, []string{"2023-04-01/2024-03-31 | In the year ended 31 March 2024 | Revenue rose 8%"}},
		{"a term from a day", "The lease runs for 24 months from 1 February 2025.",
			[]string{"1 February 2025=2025-02-01"}, []string{"2025-02-01/2027-01-31 | from 1 February 2025 | The lease runs for 24 months"}},
		{"an expression inside the period's phrase", "For the quarter ended 31 December 2024 sales rose.",
			[]string{"the quarter=2024-Q4", "31 December 2024=2024-12-31"}, []string{"2024-10-01/2024-12-31 | the quarter ended 31 December 2024 | For the quarter ended 31 December 2024 sales rose"}},
		{"six months to a day", "Profit for the six months to 30 September 2023 was flat.",
			[]string{"30 September 2023=2023-09-30"}, []string{"2023-04-01/2023-09-30 | the six months to 30 September 2023 | Profit for the six months to 30 September 2023 was flat"}},
		{"a fiscal year's end every year is no event", "Our financial year ends on 31 March.",
			[]string{"31 March=2024-03-31"}, nil},
		{"a field's bracketed dates", "Born: 3 May 1920, Uppsala\nAlma mater: Uppsala University (BSc 1941, PhD 1947)",
			[]string{"3 May 1920=1920-05-03", "1941=1941", "1947=1947"},
			[]string{"1920-05-03 | 3 May 1920 | Born – Uppsala", "1941 | 1941 | Alma mater – Uppsala University (BSc)", "1947 | 1947 | Alma mater – Uppsala University (PhD)"}},
	})
}

// TestFootnoteMarks: a footnote mark is no part of a headline.
func TestFootnoteMarks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"brackets", "The attack happened on 14 May 2021.[2] The agency responded on 20 May 2021.²",
			[]string{"14 May 2021=2021-05-14", "20 May 2021=2021-05-20"},
			[]string{"2021-05-14 | on 14 May 2021 | The attack happened", "2021-05-20 | on 20 May 2021 | The agency responded"}},
	})
}

// TestLifeInBrackets: a range in brackets after a person's name is the
// life of that person, not the time of what the sentence tells.
func TestLifeInBrackets(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Leonardo da Vinci (1452–1519) painted the Mona Lisa.", "1452/1519 Life of Leonardo da Vinci"},
		{"The war (1914–1918) changed Europe.", "1914/1918 The war changed Europe"},
	} {
		evs := Events(oneSection("l.txt", tc.text, timeline.Citation{}), Options{NoMerge: true})
		if len(evs) != 1 || evs[0].Span.Start.String()+"/"+evs[0].Span.End.String()+" "+evs[0].Title != tc.want {
			t.Errorf("%q: got %+v, want %s", tc.text, evs, tc.want)
		}
	}
}

// TestPronounSpeaker: "he" or "she" who speaks is the last person named,
// not the county or the agency named after them.
func TestPronounSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"he after a county", "Governor Greg Abbott issued a disaster declaration for Harris County on Friday. He said he would visit the area on Monday.",
			[]string{"on Friday=2024-05-17", "on Monday=2024-05-20"},
			[]string{"2024-05-17 | on Friday | Governor Greg Abbott issued a disaster declaration for Harris County", "2024-05-20 | on Monday | Greg Abbott would visit the area"}},
	})
}

// TestCaptionUnderHeading: a label's line with no verb (a place and a
// date) under a heading is titled by the heading, which names what is
// dated; a chronology's line keeps its own words.
func TestCaptionUnderHeading(t *testing.T) {
	for _, tc := range []struct {
		name, heading, text, want string
	}{
		{"a museum label", "Clay tablet with cuneiform text", "Southern Mesopotamia, c. 2100 BC. Baked clay.", "Clay tablet with cuneiform text – Southern Mesopotamia"},
		{"a place alone", "Printing press", "Mainz, about 1450.", "Printing press – Mainz"},
		{"a chronology line", "Timeline", "1914: War begins.", "War begins"},
		{"a sentence", "Printing press", "Gutenberg built it in Mainz about 1450.", "Gutenberg built it in Mainz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "m.md", Sections: []timeline.Section{{Kind: timeline.Body, Heading: tc.heading, Text: tc.text}}}
			evs := Events(doc, Options{Tagger: tempex.Tag})
			if len(evs) != 1 || evs[0].Title != tc.want {
				var got []string
				for _, e := range evs {
					got = append(got, e.Title)
				}
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTableRowNames: a table row whose first cell names what its date
// cell dates is titled by that name; a row that opens with its date keeps
// the rest.
func TestTableRowNames(t *testing.T) {
	for _, tc := range []struct {
		name, row, want string
	}{
		{"a schedule's row", "| Roof replacement | 29 Apr 2024 – 19 Jul 2024 | Done |", "2024-04-29/2024-07-19 Roof replacement"},
		{"a status that reads as a verb", "| Interior | Dec 2024 – Feb 2025 | Planned |", "2024-12/2025-02 Interior"},
		{"a chronology's row", "| 1914 | War begins |", "1914 War begins"},
		{"a name with a number", "| Fare engine v2 | 19 Sep 2025 | Late |", "2025-09-19 Fare engine v2"},
		{"a name with a route number", "| Pilot on Route 7 | 12 Aug 2025 | Done |", "2025-08-12 Pilot on Route 7"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("s.md", tc.row, timeline.Citation{})
			var got []string
			for _, e := range Events(doc, Options{Tagger: tempex.Tag}) {
				got = append(got, spanValue(e.Span)+" "+e.Title)
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDateLists: each date of a list ("during April and May") is an event
// with the list's headline.
func TestDateLists(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"two months", "We will hold events in Truro during April and May.", []string{"April=2024-04", "May=2024-05"},
			[]string{"2024-04 | during April | We will hold events in Truro", "2024-05 | May | We will hold events in Truro"}},
		{"two months and a year", "We will hold events in Truro in June and July 2018.", []string{"June=2018-06", "July 2018=2018-07"},
			[]string{"2018-06 | in June | We will hold events in Truro", "2018-07 | July 2018 | We will hold events in Truro"}},
	})
}

// TestReleaseNotes: each change under a release's heading is of the
// release's day; a date the change mentions is what it is about.
func TestReleaseNotes(t *testing.T) {
	rel := timeline.Citation{Title: "Changelog", Date: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 2}}
	for _, heading := range []string{"Fixed", "[2.4.1] - 2025-03-02", "v2.4.1 (2025-03-02)"} {
		t.Run(heading, func(t *testing.T) {
			text := "- Leap day 2024-02-29 dropped from daily summaries (#801).\n- Exports keep the time zone set in 2019 files."
			doc := &timeline.Document{Name: "CHANGELOG.md", Sections: []timeline.Section{{Kind: timeline.Body, Heading: heading, Text: text, Citation: rel, Statement: true, RefFrom: "heading"}}}
			evs := Events(doc, Options{NoMerge: true})
			if len(evs) != 2 {
				t.Fatalf("got %d events %+v, want 2", len(evs), evs)
			}
			for _, e := range evs {
				if e.Span.Start != rel.Date {
					t.Errorf("%q dated %s, want the release's day %s", e.Title, e.Span.Start, rel.Date)
				}
			}
		})
	}
}

// TestLegalDates: a deed's "dated the 3rd day of June 2019" is its day,
// whatever else the sentence dates; its article and "dated" go with it.
func TestLegalDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"dated the Nth day of", "By a lease dated the 3rd day of June 2019 the Defendant let the shop to the Claimant.",
			[]string{"3rd day of June 2019=2019-06-03"}, []string{"2019-06-03 | the 3rd day of June 2019 | By a lease the Defendant let the shop to the Claimant"}},
		{"two days of a deed", "By a lease dated the 3rd day of June 2019 the Defendant let the shop to the Claimant for a term commencing on the 24th day of June 2019.",
			[]string{"3rd day of June 2019=2019-06-03", "24th day of June 2019=2019-06-24"},
			[]string{"2019-06-03 | the 3rd day of June 2019 | By a lease the Defendant let the shop to the Claimant for a term commencing",
				"2019-06-24 | on the 24th day of June 2019 | By a lease the Defendant let the shop to the Claimant for a term commencing"}},
	})
}

// TestStatedZone: "All times are UTC+1" anywhere in a document gives its
// times written without a zone that offset; a time with its own keeps it.
func TestStatedZone(t *testing.T) {
	cit := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2026, Month: 4, Day: 20}}
	doc := &timeline.Document{Name: "p.txt", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "All times are UTC+1.", Citation: cit},
		{Kind: timeline.Body, Text: "The keynote starts at 09:30 on Tuesday 5 May 2026. The remote panel starts at 14:00 UTC on Wednesday 6 May 2026.", Citation: cit},
	}}
	var got []string
	for _, e := range Events(doc, Options{}) {
		got = append(got, fmt.Sprintf("%s %v %d", e.Span.Start, e.Span.Start.HasZone, e.Span.Start.Zone))
	}
	want := []string{"2026-05-05T09:30+01:00 true 60", "2026-05-06T14:00Z true 0"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestReleaseHeadingDates: a release's heading that the reader did not
// date still dates its changes by the date it writes after the version;
// a note in prose that gives a date of its own is read as any sentence.
func TestReleaseHeadingDates(t *testing.T) {
	cases := []struct {
		heading, text string
		want          []string
	}{
		{"v2.4.1 (hotfix, 2 Feb 2024)", "- Fixed: files saved on 29 February could not be reopened.", []string{"2024-02-02 Fixed: files saved on 29 February could not be reopened"}},
		{"Beta 0.9 (summer 2021)", "First public preview, downloaded 12,000 times.", []string{"2021-SU First public preview, downloaded 12,000 times"}},
		{"[2.2.0] - 2023-12-01", "Note: the old format goes in 3.0, planned for Q1 2025.", []string{"2025-Q1 The old format goes in 3.0"}},
		{"v2.5 (March 2024)", "- Dark mode.\n- Export to EPUB 3.2.\n- 42", []string{"2024-03 Dark mode", "2024-03 Export to EPUB 3.2"}},
		// a day the note sets after the release's is an event too; one
		// before it is what the change is about
		{"[3.2.0] - 2025-11-18", "- The v1 endpoints are deprecated and will stop responding on 31 March 2026.\n- Leap day 2024-02-29 is kept in summaries.\n- Files modified after 1 January 2026 are indexed.",
			[]string{"2025-11-18 The v1 endpoints are deprecated and will stop responding on 31 March 2026", "2025-11-18 Leap day 2024-02-29 is kept in summaries",
				"2025-11-18 Files modified after 1 January 2026 are indexed", "2026-03-31 The v1 endpoints are deprecated and will stop responding"}},
	}
	for _, tc := range cases {
		doc := &timeline.Document{Name: "CHANGELOG.md", Sections: []timeline.Section{{Kind: timeline.Body, Heading: tc.heading, Text: tc.text}}}
		var got []string
		for _, e := range Events(doc, Options{NoMerge: true}) {
			got = append(got, e.Span.Start.String()+" "+e.Title)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("under %q: got %q, want %q", tc.heading, got, tc.want)
		}
	}
}

// TestAlmanacDays: under an almanac's heading that names a day of no year
// ("## 15 February"), each line labelled by a year is that day of it.
func TestAlmanacDays(t *testing.T) {
	cit := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2025, Month: 2, Day: 14}}
	doc := &timeline.Document{Name: "almanac.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Heading: "15 February", Text: "- 1564 — Galileo Galilei is born in Pisa.\n- 1942: Singapore surrenders after a week-long siege.", Citation: cit},
		{Kind: timeline.Body, Heading: "19 February", Text: "- 1942 — Darwin is bombed; Roosevelt signs Executive Order 9066 the same day.", Citation: cit},
	}}
	var got []string
	for _, e := range Events(doc, Options{NoMerge: true}) {
		got = append(got, e.Span.Start.String()+" "+e.Title)
	}
	want := []string{"1564-02-15 Galileo Galilei is born in Pisa", "1942-02-15 Singapore surrenders after a week-long siege", "1942-02-19 Darwin is bombed"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestProgrammeSlots: a programme's lines, each opened by its time, are an
// event each, however many run on without a full stop; a date in a
// slot's title is its subject.
func TestProgrammeSlots(t *testing.T) {
	cit := timeline.Citation{Date: timeline.Date{Prec: timeline.Day, Year: 2026, Month: 5, Day: 12}}
	doc := &timeline.Document{Name: "programme.txt", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "09:00 Registration and coffee\n12:00–13:00 Lunch in the foyer\n14:00 Panel: energy policy after 2027\n15:00 Closing remarks", Citation: cit},
	}}
	var got []string
	for _, e := range Events(doc, Options{NoMerge: true}) {
		v := e.Span.Start.String()
		if e.Span.IsRange() {
			v += "/" + e.Span.End.String()
		}
		got = append(got, v+" "+e.Title)
	}
	want := []string{"2026-05-12T09:00 Registration and coffee", "2026-05-12T12:00/2026-05-12T13:00 Lunch in the foyer",
		"2026-05-12T14:00 Panel: energy policy after 2027", "2026-05-12T15:00 Closing remarks"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestInfoboxMerged: an infobox's field and a sentence that tell the same
// event merge into one, told by the sentence.
func TestInfoboxMerged(t *testing.T) {
	doc := &timeline.Document{Name: "town.html", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "Founded: 1192."},
		{Kind: timeline.Body, Heading: "History", Text: "The town was founded as a planned borough by the Bishop of Lincoln in 1192."},
	}}
	evs := Events(doc, Options{})
	if len(evs) != 1 {
		t.Fatalf("got %d events %+v, want 1", len(evs), evs)
	}
	if e := evs[0]; e.Title != "The town was founded as a planned borough by the Bishop of Lincoln" || !strings.HasPrefix(e.Text, "The town was founded") {
		t.Errorf("got %q / %q, want the sentence's", e.Title, e.Text)
	}
}

// TestQuestionNoStory: a date asked about is no day the next message goes
// on from.
func TestQuestionNoStory(t *testing.T) {
	day := timeline.Date{Prec: timeline.Day, Year: 2025, Month: 3, Day: 14}
	doc := &timeline.Document{Name: "chat.txt", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "11 April is a Friday right?", Citation: timeline.Citation{Outlet: "Ana", Date: day}, RefFrom: "heading"},
		{Kind: timeline.Body, Text: "also mum's birthday is on the 29th", Citation: timeline.Citation{Outlet: "Ana", Date: day}, RefFrom: "heading"},
	}}
	var got []string
	for _, e := range Events(doc, Options{NoMerge: true}) {
		got = append(got, e.Span.Start.String())
	}
	if want := []string{"2025-03-29", "2025-04-11"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
