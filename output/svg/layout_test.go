package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/timeline"
)

func date(t *testing.T, v string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(v)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func unix(y int, m time.Month, d int) float64 {
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix())
}

func TestTicks(t *testing.T) {
	tests := []struct {
		name   string
		t0, t1 float64
		limit  int
		want   string
	}{
		{"days", unix(2017, 12, 11), unix(2017, 12, 16) - 1, 10, "11 Dec 2017|12 Dec|13 Dec|14 Dec|15 Dec"},
		{"weeks start on Monday", unix(2017, 11, 29), unix(2017, 12, 31), 6, "4 Dec 2017|11 Dec|18 Dec|25 Dec"},
		{"months", unix(2017, 6, 15), unix(2017, 12, 20), 10, "Jul 2017|Aug|Sep|Oct|Nov|Dec"},
		{"months across a new year", unix(2017, 10, 15), unix(2018, 3, 2), 10, "Nov 2017|Dec|Jan 2018|Feb|Mar"},
		{"quarters", unix(2016, 12, 1), unix(2018, 12, 31), 10, "Jan 2017|Apr|Jul|Oct|Jan 2018|Apr|Jul|Oct"},
		{"years", unix(2010, 3, 1), unix(2017, 12, 31), 10, "2011|2012|2013|2014|2015|2016|2017"},
		{"decades", unix(1941, 1, 1), unix(2017, 12, 31), 10, "1950|1960|1970|1980|1990|2000|2010"},
		{"BC to AD skips year 0", unix(-200, 1, 1), unix(230, 1, 1), 5, "200 BC|100 BC|AD 1|AD 100|AD 200"},
		{"millennia", unix(-2999, 1, 1), unix(2017, 1, 1), 6, "3000 BC|2000 BC|1000 BC|AD 1|1000|2000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range ticks(tt.t0, tt.t1, tt.limit) {
				if tk.t < tt.t0 || tk.t > tt.t1 {
					t.Errorf("tick %q at %v outside [%v, %v]", tk.label, tk.t, tt.t0, tt.t1)
				}
				got = append(got, tk.label)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("ticks %q, want %q", strings.Join(got, "|"), tt.want)
			}
		})
	}
}

// checkLayout checks the promises of the layout: no two labels (with
// their marks) in a row of a lane overlap, labels stay inside the
// picture, and marks sit where their dates are.
func checkLayout(t *testing.T, pc *picture) {
	t.Helper()
	for _, l := range pc.lanes {
		byRow := map[int][]*item{}
		unlabelled := 0
		for _, it := range l.items {
			if it.row < 0 || it.row >= l.rows {
				t.Fatalf("row %d of %d", it.row, l.rows)
			}
			if it.nolabel {
				unlabelled++
				if it.row != l.rows-1 {
					t.Errorf("unlabelled %q on row %d, want the last, %d", it.headline, it.row, l.rows-1)
				}
				continue
			}
			byRow[it.row] = append(byRow[it.row], it)
		}
		if unlabelled != l.overflow {
			t.Errorf("lane %q: %d unlabelled items, overflow says %d", l.name, unlabelled, l.overflow)
		}
		for row, items := range byRow {
			for i, a := range items {
				for _, b := range items[i+1:] {
					if a.from < b.till+gap && b.from < a.till+gap && a.from < b.till && b.from < a.till {
						t.Errorf("lane %q row %d: %q [%v,%v] overlaps %q [%v,%v]", l.name, row, a.headline, a.from, a.till, b.headline, b.from, b.till)
					}
				}
			}
		}
		for _, it := range l.items {
			if it.nolabel {
				continue
			}
			if it.lx < pc.plotL-0.01 && it.lw <= pc.plotR-pc.plotL {
				t.Errorf("label %q starts at %v, left of the plot (%v)", it.headline, it.lx, pc.plotL)
			}
			if it.lx+it.lw > pc.plotR+0.01 && it.lw <= pc.plotR-pc.plotL {
				t.Errorf("label %q ends at %v, right of the plot (%v)", it.headline, it.lx+it.lw, pc.plotR)
			}
			if it.x0 < pc.plotL-0.01 || it.x1 > pc.plotR+0.01 || it.x1 < it.x0 {
				t.Errorf("mark of %q at [%v,%v] outside the plot", it.headline, it.x0, it.x1)
			}
		}
	}
}

func TestLayoutDense(t *testing.T) {
	tests := []struct {
		name       string
		maxRows    int
		n          int
		rows       int // including the unlabelled row
		unlabelled int
	}{
		{"within the cap", 50, 40, 40, 0},
		{"default cap", 0, 40, 13, 28},
		{"small cap", 3, 10, 4, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Events on the same day in one lane: one row each, up to the cap.
			w := NewWriter(io.Discard, "dense", Options{MaxRows: tt.maxRows})
			for i := range tt.n {
				e := timeline.Event{Span: timeline.Span{Start: date(t, "2017-12-13")}, Title: strings.Repeat("x", i%7+3)}
				w.Write(&e)
			}
			pc := w.layout()
			checkLayout(t, pc)
			if l := pc.lanes[0]; l.rows != tt.rows || l.overflow != tt.unlabelled {
				t.Errorf("%d rows, %d unlabelled; want %d, %d", l.rows, l.overflow, tt.rows, tt.unlabelled)
			}
		})
	}
	t.Run("spread", func(t *testing.T) {
		// Spread over a year, short labels share rows.
		w := NewWriter(io.Discard, "spread", Options{})
		for m := 1; m <= 12; m++ {
			d := timeline.Date{Prec: timeline.Day, Year: 2017, Month: m, Day: 1}
			e := timeline.Event{Span: timeline.Span{Start: d}, Title: "x"}
			w.Write(&e)
		}
		pc := w.layout()
		checkLayout(t, pc)
		if got := pc.lanes[0].rows; got > 4 {
			t.Errorf("%d rows for 12 short labels a month apart, want at most 4", got)
		}
	})
}

func TestMarks(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		point      bool
	}{
		{"day is a point", "2017-12-13", "", true},
		{"time is a point", "2017-12-13T15:00", "", true},
		{"month is a bar", "2017-07", "", false},
		{"range is a bar", "2017-07-01", "2017-12-31", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := NewWriter(io.Discard, "", Options{})
			e := timeline.Event{Span: timeline.Span{Start: date(t, tt.start)}, Title: "t"}
			if tt.end != "" {
				e.Span.End = date(t, tt.end)
			}
			// An anchor a year away so that a month is wide enough to draw.
			w.Write(&e)
			w.Write(&timeline.Event{Span: timeline.Span{Start: date(t, "2017-01")}, Title: "anchor"})
			w.Write(&timeline.Event{Span: timeline.Span{Start: date(t, "2018-01")}, Title: "anchor"})
			pc := w.layout()
			it := pc.lanes[0].items[0]
			if it.point != tt.point {
				t.Errorf("point = %v, want %v", it.point, tt.point)
			}
			s, end := bounds(e.Span)
			if !tt.point && (abs(it.x0-pc.x(s)) > 0.01 || abs(it.x1-pc.x(end)) > 0.01) {
				t.Errorf("bar [%v,%v], want [%v,%v]", it.x0, it.x1, pc.x(s), pc.x(end))
			}
		})
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// FuzzLayout draws random chronologies: the SVG is always well-formed XML
// and the layout keeps its promises.
func FuzzLayout(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6}, "title", 1200)
	f.Add([]byte{200, 0, 13, 7, 99, 1, 2}, "<b>&\x00", 400)
	f.Fuzz(func(t *testing.T, seed []byte, text string, width int) {
		if len(seed) == 0 || len(seed) > 400 || width > 5000 {
			return
		}
		w := NewWriter(io.Discard, text, Options{Width: width, MaxRows: int(seed[0]) % 5})
		values := []string{"2017-12-13", "2017-07", "199", "BC0044", "19", "2017-W50", "2017-Q3", "1450", "2017-12-13T15:00", "PAST_REF", "1", "BC1", "9999"}
		for i := 0; i+1 < len(seed); i += 2 {
			e := timeline.Event{Span: timeline.Span{Start: date(t, values[int(seed[i])%len(values)])},
				Title: text[:min(len(text), int(seed[i+1])%10)], Group: string(rune('A' + seed[i+1]%3))}
			if seed[i+1]%5 == 0 {
				e.Span.End = date(t, values[int(seed[i+1])%len(values)])
				if e.Span.End.IsVague() {
					e.Span.End = timeline.Date{}
				}
			}
			if seed[i]%7 == 0 {
				e.Span.Start.Mod = timeline.ModApprox
			}
			w.Write(&e)
		}
		checkLayout(t, w.layout())
		var buf bytes.Buffer
		w.w = &buf
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&buf)
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "script" {
				t.Fatal("a script element")
			}
		}
	})
}
