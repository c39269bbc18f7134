package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// docCase is a document read by the real readers and extracted: the
// events it must give ("VALUE | title prefix") and must not ("VALUE" or
// "VALUE | title prefix").
type docCase struct {
	name, file, text string
	want, not        []string
	dateTexts        []string // date texts some event must have
}

// readFile writes text to a file of the given name and reads it as the
// command would.
func readFile(t *testing.T, name, text string) *sources.Result {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := sources.Read(context.Background(), []string{p}, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// runDocCases writes each document to a file of its name, reads it as the
// command would, and checks the chronology Build makes of it.
func runDocCases(t *testing.T, tests []docCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readFile(t, tt.file, tt.text)
			c := extract.Build(res.Documents, extract.Options{})
			var got, texts []string
			for _, e := range c.Events {
				texts = append(texts, e.DateText)
				v := e.Span.Start.String()
				if e.Span.IsRange() {
					v += "/" + e.Span.End.String()
				}
				got = append(got, v+" | "+e.Title)
			}
			has := func(w string) bool {
				return slices.ContainsFunc(got, func(g string) bool {
					return strings.HasPrefix(g, w) && (strings.Contains(w, " | ") || strings.HasPrefix(g, w+" | "))
				})
			}
			for _, w := range tt.want {
				if !has(w) {
					t.Errorf("no event %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, w := range tt.dateTexts {
				if !slices.Contains(texts, w) {
					t.Errorf("no event with the date text %q: %q", w, texts)
				}
			}
			for _, w := range tt.not {
				if has(w) {
					t.Errorf("event %q should not be in:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// TestDocs22 pins the fixes of session 22's blind passes, each on a whole
// document read as the command reads it.
func TestDocs22(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a release named by its product, dated by a Released line",
			file: "releases.md",
			text: "# Ferrule release history\n\n## Ferrule 3.1.4\n\nReleased: March 7, 2023\n\n- Fixes the TLS handshake regression.\n\n" +
				"## Ferrule 3.1.3\n\nReleased: February 20, 2023\n\n- Faster start-up.\n",
			want: []string{"2023-03-07 | Fixes the TLS handshake regression", "2023-02-20 | Faster start-up"},
		},
		{
			name: "a numbered section is no release",
			file: "report.md",
			text: "# Survey report\n\n## Section 2.4\n\nPublished: 4 May 2021\n\nThe survey closed on 30 April 2021.\n\n## Section 2.5\n\nPublished: 9 May 2021\n\nResults were posted.\n",
			want: []string{"2021-04-30 | The survey closed"},
			not:  []string{"2021-05-09 | Results were posted"},
		},
		{
			name: "a journal's headings with the weekday in brackets",
			file: "journal.md",
			text: "# Journal\n\n## 2021-03-14 (Sun)\n\nPlanted the tomato seeds this morning.\n\n## 2021-03-16 (Tue)\n\nMum had her second jab today.\n",
			want: []string{"2021-03-14TMO | Planted the tomato seeds", "2021-03-16 | Mum had her second jab"},
		},
		{
			name:      "a lab notebook's day-first heading gives its own date text",
			file:      "notebook.md",
			text:      "# Lab notebook\n\n## 03/05/2022 (Tue)\n\nInjected 250 one-cell embryos with Cas9 RNP.\n\n## 16/05/2022\n\nMoved 40 founder fish to the nursery system.\n",
			want:      []string{"2022-05-03 | Injected 250 one-cell embryos", "2022-05-16 | Moved 40 founder fish"},
			dateTexts: []string{"03/05/2022", "16/05/2022"},
		},
		{
			name: "a table's first row, its chamber a dash, is no dateline",
			file: "actions.txt",
			text: "H.R.4521 - Rural Broadband Access Improvement Act of 2021\n\n03/11/2022  -         Signed by President.\n03/09/2022  House     Presented to President.\n03/03/2022  Senate    Passed Senate.\n",
			want: []string{"2022-03-11 | Signed by President", "2022-03-09 | House Presented to President", "2022-03-03 | Senate Passed Senate"},
		},
		{
			name: "a timeline's days under a year heading of the writer's year",
			file: "race.md",
			text: "# Race timeline\n\n*Last updated November 9, 2023.*\n\n## 2023\n\n- **January 9** — Lee launches his campaign.\n- **Feb. 28** — Filing deadline.\n- **April 4** — First televised debate.\n",
			want: []string{"2023-01-09 | Lee launches his campaign", "2023-02-28 | Filing deadline", "2023-04-04 | First televised debate"},
		},
		{
			name: "a letter's place and day over its salutation",
			file: "letter.txt",
			text: "Weymouth, 18 June 1775\nMy dear Friend\n\nYesterday the firing began upon the hill at Charlestown.\n",
			want: []string{"1775-06-17 | The firing began"},
		},
		{
			name: "an edition's bracketed place and day opening a letter",
			file: "letter.txt",
			text: "[Weymouth, 18 June 1775]\nMy dear Friend\n\nYesterday the firing began upon the hill at Charlestown.\n",
			want: []string{"1775-06-17 | The firing began"},
		},
		{
			name: "an annual report of a split year, dated by its italic dateline",
			file: "annual.md",
			text: "# Brennwald AG - Annual Report 2022/23: Summary\n\n*Stuttgart, 14.12.2023*\n\nOur fiscal year runs from 1 October to 30 September.\n\n" +
				"The first quarter (Q1) of the fiscal year was burdened by the energy price shock. From Q2 onwards, demand recovered noticeably.\n\nIn Q4 we completed the acquisition of Tecnoval S.r.l.\n",
			want: []string{"2022-Q4 | The first quarter of the fiscal year was burdened", "2023-Q3 | We completed the acquisition"},
			not:  []string{"2023 | ", "2022 | "},
		},
		{
			name: "a page's byline with its publication and update stamps",
			file: "print.html",
			text: `<html><head><title>Early voting turnout breaks single-day record</title></head><body>
<h1>Early voting turnout breaks single-day record</h1>
<p class="dateline">By Ellen Vu, Staff Writer<br>Published: October 28, 2024 | Last updated: October 29, 2024</p>
<p>More than 14,200 Marion County voters cast early ballots yesterday, the most ever recorded on a single day of early voting in the county, according to figures released Monday by the county clerk's office.</p>
<p>Both parties said the numbers were encouraging. The county Republican chair said the turnout showed "energy on our side," while Democrats pointed to strong numbers in precincts around the university.</p>
<p>Copyright &copy; 2024 The Capital Gazette-Journal.</p>
</body></html>`,
			want: []string{"2024-10-27 | More than 14,200 Marion County voters cast early ballots"},
		},
		{
			name: "a letter's place and day with no comma after the place",
			file: "jefferson.txt",
			text: "Monticello Dec. 3, 1801.\n\nDear Sir\n\nYour favor of the 19th ult. came to hand on the 28th. I propose to set out for Washington on the 10th inst. Mr Barnes will remit the money on the 1st prox.\n",
			want: []string{"1801-11-19 | ", "1801-11-28 | Your favor came to hand", "1801-12-10 | I propose to set out for Washington", "1802-01-01 | Mr Barnes will remit the money"},
		},
		{
			name: "a page dated in UTC that shows its local evening",
			file: "council.html",
			text: `<html><head><title>Council bans drive-throughs</title>
<meta property="article:published_time" content="2023-03-10T04:40:00Z"></head><body>
<h1>Council bans drive-throughs</h1>
<div class="byline">By Marisol Okafor | <time datetime="2023-03-10T04:40:00Z">March 9, 2023 at 11:40 p.m. EST</time></div>
<p>The Harborview City Council voted 7-2 tonight to ban new drive-through restaurants.</p>
<p>Yesterday, a coalition of restaurant owners delivered a petition to City Hall.</p>
</body></html>`,
			want: []string{"2023-03-09TNI | The Harborview City Council voted", "2023-03-08 | A coalition of restaurant owners"},
		},
		{
			name: "a browser's print header is no event",
			file: "printed.html",
			text: `<html><head><title>Turnout record</title></head><body>
<p>Printed from example.com on Saturday, November 2, 2024 at 9:14 AM</p>
<h1>Turnout record</h1>
<p>Published: October 28, 2024</p>
<p>More than 14,200 voters cast early ballots yesterday, a record for the county and the highest single-day total since early voting began.</p>
</body></html>`,
			want: []string{"2024-10-27 | More than 14,200 voters cast early ballots"},
			not:  []string{"2024-11-02T09:14"},
		},
		{
			name: "a diary's leg of two days under a range of days",
			file: "gap_year.txt",
			text: "GAP YEAR DIARY\n\n14/02/2016\nValentine's Day alone with mango sticky rice.\n\n17/02/2016 – 18/02/2016\nSlow boat down the Mekong to Luang Prabang, one night in Pakbeng.\n",
			want: []string{"2016-02-14 | Valentine's Day alone", "2016-02-17 | Slow boat down the Mekong"},
			not:  []string{"2016-02-14 | Slow boat", "2016-02-17 | 18/02/2016", "2016-02-17/2016-02-18 | GAP YEAR DIARY"},
		},
		{
			name: "a speech's recollection after a year told is no statement of its day",
			file: "eulogy.txt",
			text: "Eulogy for Patricia Byrne\nDelivered at St Brigid's Church, Clontarf, 2 February 2019\n\nThank you all for being here.\n\nShe came up to Dublin in the summer of 1957 to train at the Mater.\n\nShe met Dad at a dance in the Olympic Ballroom. They married in 1963.\n\nOn Tuesday night she slipped away.\n",
			want: []string{"1957-SU | She came up to Dublin", "1963 | They married", "2019-01-29TNI | She slipped away"},
			not:  []string{"2019-02-02"},
		},
		{
			name: "an obituary's life in years, then its last year and funeral told from its date",
			file: "appreciation.md",
			text: "---\ntitle: \"An Appreciation\"\ndate: 2024-08-17\n---\n\nSeán Walsh was born in the winter of 1939. He won a scholarship in 1953 and took a BA in 1961.\n\n" +
				"He won a county medal in 1964 and again in 1967. The club won the 1998 final.\n\nHe married Bríd in 1965. Bríd died in 2011. He started a history project in 2013.\n\n" +
				"He retired from teaching in June 2001. Last year he was made a Freeman of the town.\n\n" +
				"His funeral Mass on August 1st was the biggest the town has seen. His anniversary Mass will be celebrated next July.\n",
			want: []string{"2023 | He was made a Freeman", "2024-08-01 | His funeral Mass", "2025-07 | His anniversary Mass", "1965 | He married"},
			not:  []string{"2000", "2000-08-01", "2001-07"},
		},
		{
			name: "a race diary of a named year with a bare weekday among its days",
			file: "race_diary.txt",
			text: "Race diary: the 2024 Tour of Castile\n\nStage 1, Saturday 17 August: Decker won the time trial.\n\nStage 3, Monday: A crash brought down half the peloton.\n\n" +
				"Rest day, Tuesday 27 August: Decker withdrew with a broken wrist.\n\nStage 21, Sunday 8 September: Lenart won the overall.\n",
			want: []string{"2024-08-17", "2024-08-19", "2024-08-27", "2024-09-08"},
		},
		{
			name: "a year in a rider's quotation is no year of the diary",
			file: "tour_quote.txt",
			text: "Race diary: the 2024 Tour\n\nStage 13, Friday: Lenart attacked. \"This was the day I dreamed of since 2020,\" he said.\n\nStage 21, Sunday 8 September: Lenart won the overall.\n",
			want: []string{"2024-09-08"},
			not:  []string{"2019-09-08", "2020-09-08"},
		},
	})
}
