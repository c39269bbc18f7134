package pages

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// paged splits pages into their lines; "%d" in a page is its number,
// counted from first.
func paged(first int, pages ...string) [][]string {
	out := make([][]string, len(pages))
	for i, p := range pages {
		out[i] = strings.Split(strings.ReplaceAll(p, "%d", fmt.Sprint(first+i)), "\n")
	}
	return out
}

// published is a test of Options.Dates.
func published(l string) bool { return strings.Contains(l, "Published") }

// removed lists the lines running names, as "page: line" (pages counted
// from 1).
func removed(pages [][]string, running [][]int) []string {
	var out []string
	for p, lines := range running {
		for _, i := range lines {
			out = append(out, fmt.Sprintf("%d: %s", p+1, pages[p][i]))
		}
	}
	return out
}

var runningTests = []struct {
	name  string
	pages [][]string
	opt   Options
	want  []string // the lines removed, as "page: line"
	url   string
}{
	{
		name: "a title over every page and page x of y under it",
		pages: paged(1, "Harbour Trust Annual Report 2023\n\nThe ferry terminal closed on 3 March 2023.\n\nPage %d of 3",
			"Harbour Trust Annual Report 2023\n\nThe new pontoon opened on 9 May 2023.\n\nPage %d of 3",
			"Harbour Trust Annual Report 2023\n\nA second berth opened on 1 October 2023.\n\nPage %d of 3"),
		opt: Options{Title: "Harbour Trust Annual Report 2023"},
		want: []string{"1: Harbour Trust Annual Report 2023", "1: Page 1 of 3", "2: Harbour Trust Annual Report 2023",
			"2: Page 2 of 3", "3: Harbour Trust Annual Report 2023", "3: Page 3 of 3"},
	},
	{
		name: "with no title of its own, the running title stays atop the first page",
		pages: paged(1, "Harbour Trust Annual Report 2023\n\nThe ferry terminal closed on 3 March 2023.\n\nPage %d of 3",
			"Harbour Trust Annual Report 2023\n\nThe new pontoon opened on 9 May 2023.\n\nPage %d of 3",
			"Harbour Trust Annual Report 2023\n\nA second berth opened on 1 October 2023.\n\nPage %d of 3"),
		want: []string{"1: Page 1 of 3", "2: Harbour Trust Annual Report 2023", "2: Page 2 of 3",
			"3: Harbour Trust Annual Report 2023", "3: Page 3 of 3"},
	},
	{
		name:  "the title stays atop the first page with text",
		pages: paged(1, "", "  \n", "Ferry review\n\nThe terminal closed.", "Ferry review\n\nThe pontoon opened."),
		want:  []string{"4: Ferry review"},
	},
	{
		name: "a numbered head is no title",
		pages: paged(1, "Ferry review, page %d\n\nThe terminal closed.", "Ferry review, page %d\n\nThe pontoon opened.",
			"Ferry review, page %d\n\nA berth opened."),
		want: []string{"1: Ferry review, page 1", "2: Ferry review, page 2", "3: Ferry review, page 3"},
	},
	{
		name: "page numbers alone, offset from the sheets",
		pages: paged(12, "The ferry terminal closed on 3 March 2023.\n\n- %d -", "The new pontoon opened on 9 May 2023.\n\n- %d -",
			"A second berth opened on 1 October 2023.\n\n- %d -"),
		want: []string{"1: - 12 -", "2: - 13 -", "3: - 14 -"},
	},
	{
		name:  "spacing aside, the same line",
		pages: paged(1, "Ferry  review\n\nThe terminal closed.", "\tFerry review \n\nThe pontoon opened."),
		opt:   Options{Title: "Ferry review"},
		want:  []string{"1: Ferry  review", "2: \tFerry review "},
	},
	{
		name: "a footer saying when the document was published stays once",
		pages: paged(1, "Ferry review\n\nThe terminal closed last year.\n\nHarbour Trust · Published 9 March 2024 · Page %d",
			"The pontoon opened in May.\n\nHarbour Trust · Published 9 March 2024 · Page %d",
			"A berth opened in October.\n\nHarbour Trust · Published 9 March 2024 · Page %d"),
		opt:  Options{Title: "Ferry review", Dates: published},
		want: []string{"2: Harbour Trust · Published 9 March 2024 · Page 2", "3: Harbour Trust · Published 9 March 2024 · Page 3"},
	},
	{
		name: "without Dates, a dated footer is removed everywhere",
		pages: paged(1, "Ferry review\n\nThe terminal closed last year.\n\nHarbour Trust · Published 9 March 2024 · Page %d",
			"The pontoon opened in May.\n\nHarbour Trust · Published 9 March 2024 · Page %d"),
		opt: Options{Title: "Ferry review"},
		want: []string{"1: Harbour Trust · Published 9 March 2024 · Page 1",
			"2: Harbour Trust · Published 9 March 2024 · Page 2"},
	},
	{
		name: "a running title that dates the document stays once",
		pages: paged(1, "Harbour Trust, published 9 March 2024\n\nThe terminal closed.",
			"Harbour Trust, published 9 March 2024\n\nThe pontoon opened.", "Harbour Trust, published 9 March 2024\n\nA berth opened."),
		opt:  Options{Dates: func(l string) bool { return strings.Contains(l, "published") }},
		want: []string{"2: Harbour Trust, published 9 March 2024", "3: Harbour Trust, published 9 March 2024"},
	},
	{
		name:  "a short page's line at both its edges is decided once",
		pages: paged(1, "Published 9 March 2024\nPage %d of 2", "Published 9 March 2024\nPage %d of 2\n\nThe pontoon opened."),
		opt:   Options{Title: "Ferry review", Dates: published},
		want:  []string{"1: Page 1 of 2", "2: Published 9 March 2024", "2: Page 2 of 2"},
	},
	{
		name:  "years heading the pages are headings",
		pages: paged(1, "2019\n\nThe terminal closed.", "2020\n\nThe pontoon opened.", "2021\n\nA berth opened."),
	},
	{
		name:  "numbers that do not count the pages",
		pages: paged(1, "Chapter 1\n\nThe terminal closed.", "Chapter 3\n\nThe pontoon opened."),
	},
	{
		name:  "a '#' written is no number",
		pages: paged(1, "0", "#"),
	},
	{
		name: "a line on fewer than half the pages is text",
		pages: paged(1, "Ferry review\n\nThe terminal closed.", "Ferry review\n\nThe pontoon opened.",
			"A berth opened.", "A ferry was sold.", "A ferry was bought."),
		opt: Options{Title: "Ferry review"},
	},
	{
		name:  "pages without text do not count",
		pages: paged(1, "Ferry review\n\nThe terminal closed.", "", "\n", "", "Ferry review\n\nThe pontoon opened."),
		opt:   Options{Title: "Ferry review"},
		want:  []string{"1: Ferry review", "5: Ferry review"},
	},
	{
		name: "a line of the body that recurs at the pages' ends stays",
		pages: paged(1, "The terminal closed on 3 March 2023.\nSee the notes below.\n\nFerry review",
			"The pontoon opened on 9 May 2023.\nSee the notes below.\n\nFerry review"),
		want: []string{"1: Ferry review", "2: Ferry review"},
	},
	{
		name: "inner heads up to a blank line",
		pages: paged(1, "Harbour Trust\nFerry review\n\nThe terminal closed.", "Harbour Trust\nFerry review\n\nThe pontoon opened.",
			"Harbour Trust\nFerry review\nA berth opened."),
		opt:  Options{Title: "Harbour Trust: Ferry review"},
		want: []string{"1: Harbour Trust", "1: Ferry review", "2: Harbour Trust", "2: Ferry review", "3: Harbour Trust"},
	},
	{
		name: "three lines from each edge at most",
		pages: paged(1, "A\nB\nC\n\nD\n\nThe terminal closed.\nE", "A\nB\nC\n\nD\n\nThe pontoon opened.\nE",
			"A\nB\nC\n\nD\n\nA berth opened.\nE"),
		opt: Options{Title: "Ferry review"},
		want: []string{"1: A", "1: B", "1: C", "1: E", "2: A", "2: B", "2: C", "2: E",
			"3: A", "3: B", "3: C", "3: E"},
	},
	{
		name:  "one page: nothing runs",
		pages: paged(1, "Ferry review\n\nThe terminal closed on 3 March 2023.\n\nPage 1 of 1"),
		opt:   Options{Title: "Ferry review"},
	},
	{
		name: "a browser's print header and footer on one page",
		pages: paged(1, "11/28/26, 7:03 PM Harbour Review\nThe strike began on February 28.\nThe deal was signed on Thursday.\n"+
			"https://harbour.example/review/2018 1/1"),
		opt:  Options{Title: "Harbour Review", Print: true},
		want: []string{"1: 11/28/26, 7:03 PM Harbour Review", "1: https://harbour.example/review/2018 1/1"},
		url:  "https://harbour.example/review/2018",
	},
	{
		name: "without Print, a print header is text",
		pages: paged(1, "11/28/26, 7:03 PM Harbour Review\nThe strike began on February 28.\n"+
			"https://harbour.example/review/2018 1/1"),
		opt: Options{Title: "Harbour Review"},
	},
	{
		name: "a print header with the title cut short, a file's address",
		pages: paged(1, "28/11/2026, 19:03 Harbour Review of the Year and of the Ye…\nThe strike began on February 28.\n"+
			"ﬁle:///home/ana/review.html 1/1"),
		opt:  Options{Title: "Harbour Review of the Year and of the Years Before", Print: true},
		want: []string{"1: 28/11/2026, 19:03 Harbour Review of the Year and of the Ye…", "1: ﬁle:///home/ana/review.html 1/1"},
	},
	{
		name: "the first web page's address printed is the citation",
		pages: paged(1, "The strike began.\n\nfile:///tmp/review.html %d/3", "The talks resumed.\n\nhttps://harbour.example/a %d/3",
			"The deal was signed.\n\nhttps://harbour.example/b %d/3"),
		opt:  Options{Print: true},
		want: []string{"1: file:///tmp/review.html 1/3", "2: https://harbour.example/a 2/3", "3: https://harbour.example/b 3/3"},
		url:  "https://harbour.example/a",
	},
	{
		name:  "a print stamp is no title",
		pages: paged(1, "11/28/26, 7:03 PM\n\nThe strike began.", "11/28/26, 7:03 PM\n\nThe talks resumed."),
		opt:   Options{Print: true},
		want:  []string{"1: 11/28/26, 7:03 PM", "2: 11/28/26, 7:03 PM"},
	},
	{
		name:  "a log's first line with its time is text",
		pages: paged(1, "03/04/2024 10:15 Pump started.\n03/04/2024 10:45 Pump stopped."),
		opt:   Options{Print: true},
	},
}

func TestRunning(t *testing.T) {
	for _, tt := range runningTests {
		t.Run(tt.name, func(t *testing.T) {
			running, url := Running(tt.pages, tt.opt)
			if len(running) != len(tt.pages) {
				t.Fatalf("%d pages, want %d", len(running), len(tt.pages))
			}
			if got := removed(tt.pages, running); !slices.Equal(got, tt.want) {
				t.Errorf("removed\n\t%q\nwant\n\t%q", got, tt.want)
			}
			if url != tt.url {
				t.Errorf("url = %q, want %q", url, tt.url)
			}
		})
	}
}

func TestLineKey(t *testing.T) {
	tests := []struct {
		name, line, key string
		nums            []int
	}{
		{"page x of y", "Page 3 of 7", "Page # of #", []int{3, 7}},
		{"spaces and tabs as one", "Harbour \t Review", "Harbour Review", nil},
		{"a year is no page's number", "Report 2023, page 4", "Report #, page #", []int{-2025, 4}},
		{"three digits may be", "- 123 -", "- # -", []int{123}},
		{"a '#' written", "#", "#", nil},
		{"a long run of digits", "0012345678901", "#", []int{-2 - 1234567}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, nums := lineKey(tt.line)
			if key != tt.key || !slices.Equal(nums, tt.nums) {
				t.Errorf("lineKey(%q) = %q, %v; want %q, %v", tt.line, key, nums, tt.key, tt.nums)
			}
		})
	}
}

func TestPageCount(t *testing.T) {
	tests := []struct {
		name string
		occ  []occurrence
		want bool
	}{
		{"the same on each page", []occurrence{{0, []int{7}}, {1, []int{7}}, {4, []int{7}}}, true},
		{"counting the pages", []occurrence{{0, []int{3, 7}}, {1, []int{4, 7}}, {4, []int{7, 7}}}, true},
		{"counting from an offset", []occurrence{{2, []int{14}}, {3, []int{15}}}, true},
		{"counting something else", []occurrence{{0, []int{1}}, {1, []int{3}}}, false},
		{"years that change", []occurrence{{0, []int{-2021}}, {1, []int{-2022}}}, false},
		{"a number missing", []occurrence{{0, []int{1}}, {1, nil}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageCount(tt.occ); got != tt.want {
				t.Errorf("pageCount(%v) = %v, want %v", tt.occ, got, tt.want)
			}
		})
	}
}

// FuzzRunning checks Running on any pages (split at form feeds): no panic,
// one result a page, and only non-blank lines among the first or last
// three of their page named, in order, once each; an address only from a
// print line; nothing running on a lone page but a print line; the same
// result twice.
func FuzzRunning(f *testing.F) {
	for _, tt := range runningTests {
		var pp []string
		for _, lines := range tt.pages {
			pp = append(pp, strings.Join(lines, "\n"))
		}
		f.Add(strings.Join(pp, "\f"), tt.opt.Title, tt.opt.Print)
	}
	f.Add("0\f#", "", false)
	f.Fuzz(func(t *testing.T, in, title string, print bool) {
		if len(in) > 1<<16 {
			return
		}
		var pages [][]string
		for _, p := range strings.Split(in, "\f") {
			pages = append(pages, strings.Split(p, "\n"))
		}
		opt := Options{Title: title, Print: print, Dates: published}
		running, url := Running(pages, opt)
		if len(running) != len(pages) {
			t.Fatalf("%d pages, want %d", len(running), len(pages))
		}
		for p, drop := range running {
			var edge []int
			for i, l := range pages[p] {
				if strings.TrimSpace(l) != "" {
					edge = append(edge, i)
				}
			}
			if len(edge) > 2*edgeLines {
				edge = append(edge[:edgeLines], edge[len(edge)-edgeLines:]...)
			}
			for k, i := range drop {
				if k > 0 && i <= drop[k-1] {
					t.Fatalf("page %d: lines %v not in order", p, drop)
				}
				if !slices.Contains(edge, i) {
					t.Fatalf("page %d: line %d (%q) is not at an edge", p, i, pages[p][i])
				}
				if len(pages) == 1 {
					if _, ok := printLine(strings.TrimSpace(pages[0][i]), title); !print || !ok {
						t.Fatalf("line %q runs on a lone page", pages[0][i])
					}
				}
			}
		}
		if url != "" && (!print || !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://")) {
			t.Fatalf("url %q (print %v)", url, print)
		}
		again, url2 := Running(pages, opt)
		if url2 != url || !slices.EqualFunc(again, running, slices.Equal) {
			t.Fatalf("not the same twice: %v %q, then %v %q", running, url, again, url2)
		}
	})
}

func BenchmarkRunning(b *testing.B) {
	var pages [][]string
	size := 0
	for p := range 40 {
		text := fmt.Sprintf("Harbour Trust Annual Report 2023\n\nSection %d\n\n", p/4+1)
		for range 30 {
			text += "The ferry terminal closed on 3 March 2023 so that the pontoon could be rebuilt.\n"
		}
		text += fmt.Sprintf("\nHarbour Trust · Published 9 March 2024 · Page %d of 40\n11/28/26, 7:03 PM", p+1)
		pages = append(pages, strings.Split(text, "\n"))
		size += len(text)
	}
	opt := Options{Print: true, Dates: published}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Running(pages, opt)
	}
}
