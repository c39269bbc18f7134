package sheet

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestEventDateColumns: the date columns a register or a plan names for
// what happened then (Made, Acquired, Target, Release) date the rows when
// they hold dates, a second one dates a second event of each row, and one
// that holds something else (v2.3, 5000, yes) is kept in the text and
// reported once, read as a stream or whole.
func TestEventDateColumns(t *testing.T) {
	tests := []struct {
		name     string
		in       string   // CSV, TSV when it has a tab, or JSON when it starts with '['
		events   []string // "start/end title | text"
		warnings []string // prefixes
		errs     []string // prefixes
	}{
		{name: "Made alone dates the row", in: "Object,Made\nSnuff box,c. 1760\n",
			events: []string{"1760/ Snuff box | "}},
		{name: "Date made alone", in: "Object,Date made,Notes\nSnuff box,1760s,Lid dented\n",
			events: []string{"176/ Snuff box | Lid dented"}},
		{name: "Made and Acquired: two events a row", in: "Object,Made,Acquired\nSnuff box,c. 1760,12 March 1931\n",
			events: []string{"1760/ Snuff box (made) | Acquired: 12 March 1931", "1931-03-12/ Snuff box (acquired) | Made: c. 1760"}},
		{name: "an empty Made leaves the Acquired event", in: "Object,Made,Acquired\nSnuff box,,1931\nInkwell,1820s,1931\n",
			events: []string{"1931/ Snuff box (acquired) | ", "182/ Inkwell (made) | Acquired: 1931", "1931/ Inkwell (acquired) | Made: 1820s"}},
		{name: "an empty Made column is no column", in: "Object,Made,Acquired\nSnuff box,,1931\n",
			events: []string{"1931/ Snuff box | "}},
		{name: "a Date beside Completed", in: "Date,Task,Completed\n2025-04-01,Order kiln,2025-04-20\n",
			events: []string{"2025-04-01/ Order kiln | Completed: 2025-04-20", "2025-04-20/ Order kiln (completed) | Date: 2025-04-01"}},
		{name: "Target on a roadmap", in: "Item\tTarget\nDark theme\tQ3 2026\nSSO\tTBD\n",
			events: []string{"2026-Q3/ Dark theme | ", "/ SSO | "}},
		{name: "Target date and ETA", in: "Deliverable,Target date,ETA\nSurvey report,2026-05,June 2026\n",
			events: []string{"2026-05/ Survey report (target) | ETA: June 2026", "2026-06/ Survey report (ETA) | Target date: 2026-05"}},
		{name: "a Release of versions is text", in: "Date,Feature,Release\n2026-02-03,Search,v2.3\n2026-03-10,Tags,v2.4\n",
			events:   []string{"2026-02-03/ Search | Release: v2.3", "2026-03-10/ Tags | Release: v2.4"},
			warnings: []string{`l.csv:1:14: column "Release" holds no dates ("v2.3"); kept in the event text as "Release: …"`}},
		{name: "a Release of dates dates the row", in: "Feature,Release\nSearch,Feb 2026\nTags,2026-03-10\n",
			events: []string{"2026-02/ Search | ", "2026-03-10/ Tags | "}},
		{name: "a Release of years", in: "Album,Release\nFirst light,1994\nTide,1997\n",
			events:   []string{"1994/ Album: First light | Album: First light", "1997/ Album: Tide | Album: Tide"},
			warnings: []string{`l.csv:1:1: column "Album" not recognised`}},
		{name: "a Target of numbers is text, and the sheet has no date", in: "Branch,Target\nNorth,5000\nSouth,250\n",
			events:   []string{"/ Branch: North; Target: 5000 | Branch: North\nTarget: 5000", "/ Branch: South; Target: 250 | Branch: South\nTarget: 250"},
			warnings: []string{`l.csv:1:1: column "Branch" not recognised`, `l.csv:1:8: column "Target" holds no dates ("5000")`},
			errs:     []string{"l.csv:1:1: no date column"}},
		{name: "Planned yes or no", in: "Date,Task,Planned\n2026-01-05,Repaint,yes\n",
			events:   []string{"2026-01-05/ Repaint | Planned: yes"},
			warnings: []string{`l.csv:1:11: column "Planned" holds no dates ("yes")`}},
		{name: "Shipped with a status note", in: "Feature,Shipped\nDark mode,Shipped (Mar 2026)\n",
			events: []string{"2026-03/ Dark mode | "}},
		{name: "an Opened of yes beside the Date is text", in: "Date,Branch,Opened\n2024-05-01,Ely,yes\n",
			events:   []string{"2024-05-01/ Branch: Ely; Opened: yes | Branch: Ely\nOpened: yes"},
			warnings: []string{`l.csv:1:6: column "Branch" not recognised`, `l.csv:1:13: column "Opened" holds no dates ("yes")`}},
		{name: "Milestone with its date", in: "Milestone,Milestone date\nFirst pour,2026-09-14\n",
			events: []string{"2026-09-14/ First pour | "}},
		{name: "Release date beside a Week", in: "Week,Task,Release date\n2026-W10,Freeze,2026-03-20\n",
			events: []string{"2026-W10/ Freeze | Release date: 2026-03-20", "2026-03-20/ Freeze (release) | "}},
		{name: "JSON made and acquired", in: `[{"object": "Snuff box", "made": "c. 1760", "acquired": "1931"}]`,
			events: []string{"1760/ Snuff box (made) | acquired: 1931", "1931/ Snuff box (acquired) | made: c. 1760"}},
		{name: "JSON: an object with no date but made", in: `[{"date": "1931", "object": "Snuff box", "made": "c. 1760"}, {"object": "Inkwell", "made": "1820s"}]`,
			events: []string{"1931/ Snuff box | made: c. 1760", "1760/ Snuff box (made) | date: 1931", "182/ Inkwell (made) | "}},
		{name: "an empty Date beside Acquired", in: "Date,Object,Acquired\n,Snuff box,1931\n",
			events: []string{"1931/ Snuff box (acquired) | "}},
		{name: "JSON release of versions", in: `[{"date": "2026-02-03", "feature": "Search", "release": "v2.3"}]`,
			events:   []string{"2026-02-03/ Search | release: v2.3"},
			warnings: []string{`l.json:1:57: key "release" holds no dates ("v2.3")`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "l.csv"
			switch {
			case strings.HasPrefix(tt.in, "["):
				name = "l.json"
			case strings.Contains(tt.in, "\t"):
				name = "l.tsv"
			}
			check := func(how string, evs []timeline.Event, warnings timeline.ErrorList, err error) {
				t.Helper()
				var got []string
				for _, e := range evs {
					got = append(got, fmt.Sprintf("%s/%s %s | %s", e.Span.Start, e.Span.End, e.Title, e.Text))
				}
				if !slices.Equal(got, tt.events) {
					t.Errorf("%s: events\n%q, want\n%q", how, got, tt.events)
				}
				if len(warnings) != len(tt.warnings) {
					t.Errorf("%s: warnings %q, want %q", how, warnings, tt.warnings)
				} else {
					for i, w := range warnings {
						if !strings.HasPrefix(w.Error(), tt.warnings[i]) {
							t.Errorf("%s: warning %q, want %q", how, w, tt.warnings[i])
						}
					}
				}
				es := errorStrings(err)
				if len(es) != len(tt.errs) {
					t.Errorf("%s: errors %q, want %q", how, es, tt.errs)
					return
				}
				for i, e := range es {
					if !strings.HasPrefix(e, tt.errs[i]) {
						t.Errorf("%s: error %q, want %q", how, e, tt.errs[i])
					}
				}
			}
			s, err := ReadSheet(strings.NewReader(tt.in), name, Options{})
			if s == nil {
				t.Fatalf("no sheet: %v", err)
			}
			check("Read", s.Events, s.Warnings, err)
			if name == "l.json" {
				return
			}
			for _, opt := range []Options{{}, {DayFirst: new(true)}} {
				ss, evs, err := readStream(t, tt.in, name, opt)
				if ss == nil {
					t.Fatalf("ReadStream: no sheet: %v", err)
				}
				check(fmt.Sprintf("ReadStream (day first %v)", opt.DayFirst != nil), evs, ss.Warnings, err)
			}
		})
	}
}
