package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// TestDocPass8 pins what the eighth blind document pass found wrong, with
// the real tagger: each sentence, read against ref, must give exactly the
// events wanted.
func TestDocPass8(t *testing.T) {
	tests := []realCase{
		{
			name: "a question about its dates asserts nothing",
			text: "Was 1789 the turning point, or 1792?",
		},
		{
			name: "a question that points back to a day asserts nothing",
			text: "Japan signed the surrender on 2 September 1945. When was D-Day? What happened on that day?",
			want: []brief{{"1945-09-02", "on 2 September 1945", "Japan signed the surrender"}},
		},
		{
			name: "a speaker labelled with the post held",
			text: "Raj Menon, Chief Executive Officer: We will open a plant in March 2026.",
			want: []brief{{"2026-03", "in March 2026", "Raj Menon: we will open a plant"}},
		},
		{
			name: "a month of each year is no event",
			text: "The council reviews its capital programme in October each year.",
			ref:  "2025-08-01",
		},
		{
			name: "a table row headed by its name after the item's number",
			text: "M1 | Contractor appointed | 3 Mar 2025 | Complete",
			want: []brief{{"2025-03-03", "3 Mar 2025", "Contractor appointed"}},
		},
		{
			name: "a day it does not happen is no event",
			text: "Trains run daily. Not 25 December. The fair opened in 2019, but not in 2020.",
			ref:  "2025-12-01",
			want: []brief{{"2019", "in 2019", "The fair opened"}},
		},
		{
			name: "a rule for every deadline is no event",
			text: "Workshop dates: 9-10 July 2026. All deadlines are 23:59 AoE.",
			ref:  "2026-01-12",
			want: []brief{{"2026-07-09/2026-07-10", "9-10 July 2026", "Workshop dates"}},
		},
		{
			name: "a page's stamp after its text is no event",
			text: "The bill was withdrawn on 23 September 2025. Last updated: 14 October 2025.",
			want: []brief{{"2025-09-23", "on 23 September 2025", "The bill was withdrawn"}},
		},
		{
			name: "a question that takes its event for granted",
			text: "Why did the king flee in June 1791?",
			want: []brief{{"1791-06", "in June 1791", "Why did the king flee?"}},
		},
		{
			name: "a legal hedge is date text",
			text: "On or about August 15, 2022, Riverbend and Cascade entered into a Storage Agreement.",
			want: []brief{{"2022-08-15", "On or about August 15, 2022", "Riverbend and Cascade entered into a Storage Agreement"}},
		},
		{
			name: "a legal hedge inside the sentence",
			text: "The pump failed on or about January 9, 2023, in Room 7.",
			want: []brief{{"2023-01-09", "on or about January 9, 2023", "The pump failed in Room 7"}},
		},
		{
			name: "a usual time is no event",
			text: "Seed distribution, normally in late August, will be brought forward to 1 August 2024.",
			ref:  "2024-06-01",
			want: []brief{{"2024-08-01", "1 August 2024", "Seed distribution, normally in late August, will be brought forward"}},
		},
		{
			name: "usually, with a verb between",
			text: "The market is usually held on 3 May.",
			ref:  "2024-06-01",
		},
		{
			name: "it is not the person named before",
			text: "Louis XVI called the Estates-General in 1788. It opened at Versailles on 5 May 1789.",
			want: []brief{
				{"1788", "in 1788", "Louis XVI called the Estates-General"},
				{"1789-05-05", "on 5 May 1789", "It opened at Versailles"},
			},
		},
		{
			name: "it is the thing named before",
			text: "The company was founded in 1998. In 2004 it made a loss.",
			want: []brief{
				{"1998", "in 1998", "The company was founded"},
				{"2004", "In 2004", "The company made a loss"},
			},
		},
		{
			name: "the of of a date goes with it",
			text: "During the Great Fear of late July 1789, peasants attacked manor houses.",
			want: []brief{{"1789-07", "late July 1789", "Peasants attacked manor houses"}},
		},
		{
			name: "a range that qualifies a noun beside another date",
			text: "On or about August 15, 2022, the parties entered into an agreement for the 2022-2023 storage season.",
			want: []brief{{"2022-08-15", "On or about August 15, 2022", "The parties entered into an agreement for the 2022-2023 storage season"}},
		},
		{
			name: "a bracketed date glosses the lead-in",
			text: "On 18 Brumaire, Year VIII (9 November 1799), General Bonaparte seized power in a coup.",
			want: []brief{{"1799-11-09", "On 18 Brumaire, Year VIII (9 November 1799)", "General Bonaparte seized power in a coup"}},
		},
		{
			name: "a bracketed date says better than a relative one",
			text: "The treaty was signed in 1944. On the same day (9 May 1945) the war ended.",
			want: []brief{
				{"1944", "in 1944", "The treaty was signed"},
				{"1945-05-09", "On the same day (9 May 1945)", "The war ended"},
			},
		},
		{
			name: "a zone written after a time",
			text: "A donor briefing is scheduled for 13 May 2024 at 10:00 local time (UTC+2).",
			want: []brief{{"2024-05-13T10:00+02:00", "13 May 2024 at 10:00 local time (UTC+2)", "A donor briefing is scheduled"}},
		},
		{
			name: "a clause after so",
			text: "We have the engineer on the show, so send us your questions by Sunday 12 May 2024.",
			want: []brief{{"2024-05-12", "by Sunday 12 May 2024", "Send us your questions"}},
		},
		{
			name: "a transcript's timestamp and a vocative leave the headline",
			text: "[00:00:08] KOFI: So, Mara, the inspectors finally reported on the viaduct on 28 August 2024.",
			want: []brief{{"2024-08-28", "on 28 August 2024", "The inspectors finally reported on the viaduct"}},
		},
		{
			name: "a consequence after the date is another event",
			text: "It was built in 1863, so nobody is surprised it needs work.",
			want: []brief{{"1863", "in 1863", "It was built"}},
		},
		{
			name: "a local time glossed in UTC is one moment, and a time replaced is none",
			text: "NA 4419 will depart at 05:30 local time (03:30 UTC) on 12 April 2025 instead of 14:50.",
			want: []brief{{"2025-04-12T05:30+02:00", "at 05:30 local time (03:30 UTC) on 12 April 2025", "NA 4419 will depart instead of 14:50"}},
		},
		{
			name: "opening hours are no event",
			text: "The display is on the first floor until 31 December 2025. Open Tuesday to Sunday, 10:00-17:00. Last entry 16:15.",
			want: []brief{{"2025-12-31", "until 31 December 2025", "The display is on the first floor"}},
		},
		{
			name: "a service named by its time is no event",
			text: "The 08:15 and 16:30 sailings will continue until 31 December 2024.",
			want: []brief{{"2024-12-31", "until 31 December 2024", "The 08:15 and 16:30 sailings will continue"}},
		},
		{
			name: "a year a figure is compared with is no event",
			text: "Total income was 3.42 million pounds (2022: 2.97 million pounds) in 2023.",
			want: []brief{{"2023", "in 2023", "Total income was 3.42 million pounds (2022: 2.97 million pounds)"}},
		},
		{
			name: "a weekly set leaves a day of the month alone",
			text: "The first case, which shares a nursing team at weekends, was identified on 10 January.",
			ref:  "2025-01-14",
			want: []brief{{"2025-01-10", "on 10 January", "The first case, which shares a nursing team at weekends, was identified"}},
		},
		{
			name: "a line that says tomorrow is a message, not a title",
			text: "See everyone tomorrow",
			ref:  "2024-06-07",
			want: []brief{{"2024-06-08", "tomorrow", "See everyone"}},
		},
		{
			name: "an appositive before the main verb",
			text: "The office, once a bank, closed on 3 May 2024.",
			want: []brief{{"2024-05-03", "on 3 May 2024", "The office, once a bank, closed"}},
		},
	}
	runRealCases(t, tests)
}

// realCase is a sentence of one body section, read with the real tagger
// against ref (a TIMEX3 day, or "" for none), and the events wanted.
type realCase struct {
	name, text, ref string
	want            []brief
}

// runRealCases extracts each case's sentence with the real tagger and
// compares the events with what is wanted.
func runRealCases(t *testing.T, tests []realCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opt Options
			if tt.ref != "" {
				opt.Ref = day(t, tt.ref)
			}
			doc := oneSection("p.txt", tt.text, timeline.Citation{})
			if got := briefs(Events(doc, opt)); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCodeIsNoEvent: a date inside a range the reader marked as code (a
// Markdown code span) makes no event; the same date in prose does.
func TestCodeIsNoEvent(t *testing.T) {
	text := "Added a --since 2024-01-01 filter. Released on 14 May 2024."
	i := strings.Index(text, "--since 2024-01-01")
	doc := &timeline.Document{Name: "CHANGELOG.md", Sections: []timeline.Section{{
		Kind: timeline.Body, Text: text, Code: [][2]int{{i, i + len("--since 2024-01-01")}},
	}}}
	want := []brief{{"2024-05-14", "on 14 May 2024", "Released"}}
	if got := briefs(Events(doc, Options{})); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	doc.Sections[0].Code = nil
	if got := briefs(Events(doc, Options{})); len(got) != 2 {
		t.Errorf("without the code range: got %q, want two events", got)
	}
}

// TestStoryGoesOnAcrossSections: a history told section by section
// ("## Education", "## Career") goes on from where the section before
// left it; a news text's sections do not.
func TestStoryGoesOnAcrossSections(t *testing.T) {
	doc := &timeline.Document{Name: "roe.md", Sections: []timeline.Section{
		{Kind: timeline.Body, Heading: "Education", Text: "Jane Roe was born in 1911 and graduated in 1932."},
		{Kind: timeline.Body, Heading: "Career", Text: "The following spring she was sent to Tewkesbury."},
	}}
	got := briefs(Events(doc, Options{Mode: tempex.Narrative}))
	want := []brief{
		{"1911", "in 1911", "Jane Roe was born"},
		{"1932", "in 1932", "Jane Roe graduated"},
		{"1933-SP", "The following spring", "She was sent to Tewkesbury"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestAnnualReport: a report whose title names the year it covers, signed
// in the next, reads its months as that year's; its subtitle "For the
// year ended ..." is no event.
func TestAnnualReport(t *testing.T) {
	doc := &timeline.Document{Name: "report.pdf", Title: "Clearwater Wells Annual Report 2023", Sections: []timeline.Section{
		{Kind: timeline.Body, Text: "For the year ended 31 December 2023", Citation: timeline.Citation{Date: day(t, "2024-04-18")}},
		{Kind: timeline.Body, Text: "In January we began a partnership with the district council. By the end of June, 64 pumps were working.", Citation: timeline.Citation{Date: day(t, "2024-04-18")}},
	}}
	got := briefs(Events(doc, Options{}))
	want := []brief{
		{"2023-01", "In January", "We began a partnership with the district council"},
		{"2023-06", "By the end of June", "64 pumps were working"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if y, ok := reportTitleYear("2022 Annual Review"); !ok || y != 2022 {
		t.Errorf("reportTitleYear(2022 Annual Review) = %d, %v", y, ok)
	}
	if _, ok := reportTitleYear("A history of 2022"); ok {
		t.Errorf("reportTitleYear took a history for a report")
	}
}

// TestFiscalReportHalves: a report for a year that ends in June, signed
// after it ends, reads its halves as that year's: the first half of the
// year ended 30 June 2025 is July to December 2024.
func TestFiscalReportHalves(t *testing.T) {
	text := "Volumes in the first half were weaker than planned. Volumes recovered in the second half."
	for _, title := range []string{"Annual Report for the year ended 30 June 2025", "Tasman Ferries Annual Report 2025"} {
		t.Run(title, func(t *testing.T) {
			doc := &timeline.Document{Name: "report.pdf", Title: title, Sections: []timeline.Section{
				{Kind: timeline.Body, Text: "Our financial year ends on 30 June.", Citation: timeline.Citation{Date: day(t, "2025-08-27")}},
				{Kind: timeline.Body, Text: text, Citation: timeline.Citation{Date: day(t, "2025-08-27")}},
			}}
			var got []string
			for _, e := range Events(doc, Options{}) {
				got = append(got, e.Span.Start.String())
			}
			if want := []string{"2024-H2", "2025-H1"}; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	if d := reportPeriodEnd("Interim statement for the six months ending 31 December 2024"); d.String() != "2024-12-31" {
		t.Errorf("reportPeriodEnd = %s, want 2024-12-31", d)
	}
}
