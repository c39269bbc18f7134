package text

import (
	"fmt"
	"strings"
	"testing"
)

// paged joins pages with form feeds, as pdftotext writes them; "%d" in a
// page is its number.
func paged(pages ...string) string {
	for i := range pages {
		pages[i] = strings.ReplaceAll(pages[i], "%d", fmt.Sprint(i+1))
	}
	return strings.Join(pages, "\f")
}

// TestRunningPages checks that a paginated text loses its running heads
// and feet, and keeps the rest, every byte where it was.
func TestRunningPages(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		date  string // the document's reference date
		// gone are never read; once are read once; kept are read as
		// often as written.
		gone, once, kept []string
	}{
		{
			name: "a title over every page and page x of y under it",
			in: paged("Harbour Trust Annual Report 2023\n\nThe ferry terminal closed on 3 March 2023.\n\nPage %d of 3\n",
				"Harbour Trust Annual Report 2023\n\nThe new pontoon opened on 9 May 2023.\n\nPage %d of 3\n",
				"Harbour Trust Annual Report 2023\n\nA second berth opened on 1 October 2023.\n\nPage %d of 3\n"),
			title: "Harbour Trust Annual Report 2023",
			date:  "2023", // the year the title names: the text states no date of its own
			once:  []string{"Harbour Trust Annual Report 2023"},
			gone:  []string{"Page"},
			kept:  []string{"The ferry terminal closed", "The new pontoon opened", "A second berth opened"},
		},
		{
			name: "page numbers alone, offset from the sheets",
			in: paged("The ferry terminal closed on 3 March 2023.\n\n- 12 -\n", "The new pontoon opened on 9 May 2023.\n\n- 13 -\n",
				"A second berth opened on 1 October 2023.\n\n- 14 -\n"),
			gone: []string{"- 12 -", "- 13 -", "- 14 -"},
			kept: []string{"The ferry terminal closed", "The new pontoon opened"},
		},
		{
			name: "a footer saying when the report was published stays once and dates it",
			in: paged("Ferry review\n\nThe terminal closed last year.\n\nHarbour Trust · Published 9 March 2024 · Page %d\n",
				"The pontoon opened in May.\n\nHarbour Trust · Published 9 March 2024 · Page %d\n"),
			title: "Ferry review",
			date:  "2024-03-09",
			once:  []string{"Published 9 March 2024"},
		},
		{
			name: "years heading the pages are headings",
			in:   paged("2019\n\nThe terminal closed.\n", "2020\n\nThe pontoon opened.\n", "2021\n\nA berth opened.\n"),
			kept: []string{"2019", "2020", "2021"},
		},
		{
			name: "a line of the body that recurs at the pages' ends stays",
			in: paged("The terminal closed on 3 March 2023.\nSee the notes below.\n\nFerry review\n",
				"The pontoon opened on 9 May 2023.\nSee the notes below.\n\nFerry review\n"),
			gone: []string{"Ferry review"},
			kept: []string{"See the notes below."},
		},
		{
			name: "after a blank first page, the title stays atop the first page with text",
			in: paged("\n", "Ferry review\n\nThe terminal closed on 3 March 2023.\n",
				"Ferry review\n\nThe pontoon opened on 9 May 2023.\n"),
			once: []string{"Ferry review"},
			kept: []string{"The terminal closed", "The pontoon opened"},
		},
		{
			name: "a first page of the title and a footer keeps the title",
			in: paged("Ferry review\nPage %d of 2\n",
				"Ferry review\n\nThe pontoon opened on 9 May 2023.\n\nPage %d of 2\n"),
			once: []string{"Ferry review"},
			gone: []string{"Page"},
			kept: []string{"The pontoon opened"},
		},
		{
			name: "no page break",
			in:   "Ferry review\n\nThe terminal closed on 3 March 2023.\n\nPage 1 of 1\n",
			kept: []string{"Ferry review", "Page 1 of 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "paged.txt", Options{})
			checkPositions(t, doc, tt.in)
			var all []string
			for _, s := range doc.Sections {
				all = append(all, s.Text)
				if s.Citation.Date != date(t, tt.date) {
					t.Errorf("section %q dated %s, want %s", s.Text, s.Citation.Date, tt.date)
				}
			}
			text := strings.Join(all, "\n\n")
			if tt.title != "" && doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			for _, w := range tt.gone {
				if strings.Contains(text, w) {
					t.Errorf("%q read:\n%s", w, dump(doc))
				}
			}
			for _, w := range tt.once {
				if n := strings.Count(text, w); n != 1 {
					t.Errorf("%q read %d times, want once:\n%s", w, n, dump(doc))
				}
			}
			for _, w := range tt.kept {
				if n, want := strings.Count(text, w), strings.Count(tt.in, w); n != want {
					t.Errorf("%q read %d times, want %d:\n%s", w, n, want, dump(doc))
				}
			}
		})
	}
}

// FuzzBlankRunning checks that blanking running lines keeps every byte
// where it was: the result is as long as the input, and each byte is the
// input's or a space written over a line's text, never over a line break.
func FuzzBlankRunning(f *testing.F) {
	f.Add(paged("Title 2023\n\nA.\n\nPage %d of 2\n", "Title 2023\n\nB.\n\nPage %d of 2\n"))
	f.Add(paged("2019\n\nA.\n", "2020\n\nB.\n"))
	f.Add("\f\f\n\f#\f0")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<16 {
			return
		}
		out := blankRunning(in)
		if len(out) != len(in) {
			t.Fatalf("length %d, want %d", len(out), len(in))
		}
		for i := 0; i < len(in); i++ {
			if out[i] != in[i] && (out[i] != ' ' || in[i] == '\n' || in[i] == '\f') {
				t.Fatalf("byte %d: %q for %q", i, out[i], in[i])
			}
		}
	})
}

// TestBlankMargins: the line numbers down a transcript's margin are
// blanked in place; numbers that open a few lines of prose stay.
func TestBlankMargins(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a transcript's margin",
			" 8         Q.   And the store had been burglarized,\n 9    in 2019?\n10         A.   I believe so.\n11         Q.   I was on patrol from 3:00\n12    p.m. to 11:00 p.m.\n",
			"           Q.   And the store had been burglarized,\n      in 2019?\n           A.   I believe so.\n           Q.   I was on patrol from 3:00\n      p.m. to 11:00 p.m.\n"},
		{"a list's numbers", "1  Buy a tug.\nThe board met.\n12  Dredge the basin.\nIt rained.\n", "1  Buy a tug.\nThe board met.\n12  Dredge the basin.\nIt rained.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blankMargins(tt.in)
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if len(got) != len(tt.in) {
				t.Errorf("length %d, want %d: positions move", len(got), len(tt.in))
			}
		})
	}
}
