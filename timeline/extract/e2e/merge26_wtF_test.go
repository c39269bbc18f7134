package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// buildFiles writes each file into one folder, reads the folder as the
// command does and returns the chronology's rows "value | title | n",
// n the number of sources an event cites.
func buildFiles(t *testing.T, files map[string]string) []string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := sources.Read(context.Background(), []string{dir}, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := extract.Build(res.Documents, extract.Options{})
	var got []string
	for _, e := range c.Events {
		v := e.Span.Start.String()
		if e.Span.IsRange() {
			v += "/" + e.Span.End.String()
		}
		got = append(got, v+" | "+e.Title+" | "+strings.Repeat("+", len(e.Sources)))
	}
	return got
}

// TestCrossDocumentMergeNeedsAName: reports of two documents merge only
// when they share a name (who or what the event is of), not a date and a
// few generic words: two companies' "second half of 2025" milestones, or
// a US and a Canadian tax due date on one day, are two events; two
// stories of one company's one milestone are one.
func TestCrossDocumentMergeNeedsAName(t *testing.T) {
	const (
		halvern  = "WALTHAM, Mass., March 4, 2025 -- Halvern expects to present 52-week data from the open-label extension at a medical meeting in the second half of 2025.\n"
		lumeris  = "SAN DIEGO, Aug. 6, 2025 -- Lumeris dosed the first participant in its LMR-305 study. Initial safety data are expected in the second half of 2025.\n"
		analysts = "BOSTON, May 2, 2025 -- Analysts said Halvern will present 52-week extension data in the second half of 2025.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		value string // the events' value
		n     int    // how many events of that value (0: one, citing both documents)
	}{
		{"two companies' milestones", map[string]string{"a.txt": halvern, "b.txt": lumeris}, "2025-H2", 2},
		{"two countries' tax dates", map[string]string{
			"us.md":   "| Period covered | Due date |\n|---|---|\n| April 1 – May 31 | June 16, 2025 |\n| June 1 – August 31 | September 15, 2025 |\n",
			"ca.html": "<li><strong>April 30, 2025</strong> — filing and payment deadline for most individuals.</li>\n<li><strong>March 15, June 15, September 15 and December 15</strong> — quarterly instalment dates for 2025, if your net tax owing was more than $3,000.</li>\n",
		}, "2025-09-15", 2},
		{"two companies' milestones told without a name", map[string]string{
			"a.txt": lumeris,
			"b.txt": "BOSTON, May 2, 2025 -- Corvane completed enrolment in its main trial. Topline data are expected in the second half of 2025.\n",
		}, "2025-H2", 2},
		{"one company's milestone told twice", map[string]string{"a.txt": halvern, "b.txt": analysts}, "2025-H2", 0},
		{"one milestone named only in the sentence before", map[string]string{
			"a.txt": "WALTHAM, Mass., March 4, 2025 -- Halvern expects to present 52-week extension data in the second half of 2025.\n",
			"b.txt": "BOSTON, May 2, 2025 -- Analysts follow Halvern closely. The 52-week extension data are expected in the second half of 2025.\n",
		}, "2025-H2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := buildFiles(t, tt.files)
			n, both := 0, false
			for _, g := range got {
				if strings.HasPrefix(g, tt.value+" |") {
					n++
					both = both || strings.HasSuffix(g, "| ++")
				}
			}
			if tt.n == 0 && (n != 1 || !both) {
				t.Errorf("the two reports are not one event of %s citing both:\n%s", tt.value, strings.Join(got, "\n"))
			}
			if tt.n > 0 && n != tt.n {
				t.Errorf("%d events of %s, want %d:\n%s", n, tt.value, tt.n, strings.Join(got, "\n"))
			}
		})
	}
}

// TestDiaryDayOpeningWithItsTime: a diary's day heading over an entry
// that opens with the day's happening at its time ("Met with the
// planner, 3:00–4:15 pm.") gives that event alone, no statement of the
// day besides; an entry with no time keeps its day's event.
func TestDiaryDayOpeningWithItsTime(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "the planner at a time", file: "diary.md",
			text: "## Friday 31 October 2025\n\nMet with the planner, 3:00–4:15 pm. Plan: max out the pension; do a Roth conversion in the first quarter of next year. Next review in the spring.\n",
			want: []string{"2025-10-31T15:00/2025-10-31T16:15 | Met with the planner"},
			not:  []string{"2025-10-31 |"}},
		{name: "an entry with no time", file: "diary.md",
			text: "## Friday 31 October 2025\n\nMet with the planner. We agreed to review the pension in the spring.\n",
			want: []string{"2025-10-31 | We agreed to review the pension"}},
	})
}

// TestNarrativeAndAnnexRow: a death told in a report's prose and again
// in its annex table ("A teacher was shot dead ... on 14 September",
// "| 2021-09-14 | Kitchanga | Teacher killed |") is one event.
func TestNarrativeAndAnnexRow(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "shot dead and killed", file: "report.md",
			text: "# Report\n\n*Published 15 October 2021*\n\nA teacher was shot dead on his way to school on 14 September.\n\n| Date | Place | Incident |\n|------|-------|----------|\n| 2021-09-14 | Kitchanga | Teacher killed |\n",
			want: []string{"2021-09-14 | A teacher was shot dead on his way to school"},
			not:  []string{"2021-09-14 | Kitchanga – Teacher killed"}},
	})
}
