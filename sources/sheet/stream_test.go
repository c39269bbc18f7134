package sheet

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// readStream reads a sheet's text with ReadStream and returns its events.
func readStream(t testing.TB, text, name string, opt Options) (*Sheet, []timeline.Event, error) {
	t.Helper()
	var evs []timeline.Event
	s, err := ReadStream(strings.NewReader(text), name, opt, func(e timeline.Event) error {
		evs = append(evs, e)
		return nil
	})
	return s, evs, err
}

// errorStrings lists the errors of err.
func errorStrings(err error) []string {
	var out []string
	for _, e := range errList(err) {
		out = append(out, e.Error())
	}
	return out
}

// TestReadStreamSameAsRead reads every CSV and TSV sheet of testdata, and
// a generated one larger than OrderRows, both ways: the same events, the
// same order, warnings and errors.
func TestReadStreamSameAsRead(t *testing.T) {
	files, err := filepath.Glob("testdata/*.[ct]sv")
	if err != nil || len(files) < 5 {
		t.Fatalf("%d sheets: %v", len(files), err)
	}
	type input struct{ name, text string }
	var inputs []input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, err := decode(data)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{f, text})
	}
	var big strings.Builder
	big.WriteString("date,headline,source\n")
	for i := range OrderRows + 500 {
		fmt.Fprintf(&big, "%d/%d/20%02d,Ferry %d late,Harbour Gazette\n", i%12+1, i%28+1, i%30, i)
	}
	inputs = append(inputs, input{"big.csv", big.String()})
	for _, in := range inputs {
		t.Run(filepath.Base(in.name), func(t *testing.T) {
			want, werr := ReadSheet(strings.NewReader(in.text), in.name, Options{})
			got, evs, gerr := readStream(t, in.text, in.name, Options{})
			if (want == nil) != (got == nil) {
				t.Fatalf("Read gives %v (%v), ReadStream %v (%v)", want, werr, got, gerr)
			}
			if we, ge := errorStrings(werr), errorStrings(gerr); !slices.Equal(we, ge) {
				t.Errorf("errors:\nRead:       %q\nReadStream: %q", we, ge)
			}
			if want == nil {
				return
			}
			if len(evs) != len(want.Events) {
				t.Fatalf("%d events, Read %d", len(evs), len(want.Events))
			}
			for i := range evs {
				if a, b := fmt.Sprintf("%+v", evs[i]), fmt.Sprintf("%+v", want.Events[i]); a != b {
					t.Fatalf("event %d:\nReadStream: %s\nRead:       %s", i, a, b)
				}
			}
			if got.Title != want.Title || got.Format != want.Format || got.Order != want.Order || got.OrderFrom != want.OrderFrom ||
				!slices.Equal(got.Ignored, want.Ignored) || fmt.Sprint(got.Warnings) != fmt.Sprint(want.Warnings) {
				t.Errorf("sheet:\nReadStream: %q %s %s %s %q %v\nRead:       %q %s %s %s %q %v", got.Title, got.Format, got.Order, got.OrderFrom, got.Ignored, got.Warnings,
					want.Title, want.Format, want.Order, want.OrderFrom, want.Ignored, want.Warnings)
			}
		})
	}
}

// TestReadStreamOrder shows where ReadStream decides a sheet's day-month
// order: on its first OrderRows rows.
func TestReadStreamOrder(t *testing.T) {
	rows := func(n int, last string) string {
		var sb strings.Builder
		sb.WriteString("date,headline\n")
		for i := range n {
			fmt.Fprintf(&sb, "%d/%d/2020,Row %d\n", i%12+1, i%12+1, i)
		}
		return sb.String() + last + ",The last row\n"
	}
	dayFirst := true
	tests := []struct {
		name      string
		text      string
		opt       Options
		order     Order
		orderFrom string
	}{
		{name: "decided in the first rows", text: rows(10, "25/12/2020"), order: DayFirst, orderFrom: "cells"},
		{name: "decisive cell past the first rows", text: rows(OrderRows, "25/12/2020"), order: OrderUnknown, orderFrom: "default"},
		{name: "set by the option", text: rows(OrderRows, "25/12/2020"), opt: Options{DayFirst: &dayFirst}, order: DayFirst, orderFrom: "option"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, evs, err := readStream(t, tt.text, "o.csv", tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if s.Order != tt.order || s.OrderFrom != tt.orderFrom {
				t.Errorf("order %s (%s), want %s (%s)", s.Order, s.OrderFrom, tt.order, tt.orderFrom)
			}
			if last := evs[len(evs)-1]; last.Span.Start.String() != "2020-12-25" {
				t.Errorf("the last row dated %s", last.Span.Start)
			}
		})
	}
}

func TestReadStreamErrors(t *testing.T) {
	stop := errors.New("enough")
	tests := []struct {
		name string
		text string
		fn   func(timeline.Event) error
		want string
		is   error
		n    int // events handed over
	}{
		{name: "empty", text: "", want: "e.csv: not an event sheet: empty", is: ErrNotSheet},
		{name: "no known column", text: "a,b\n1,2\n", want: "e.csv:1:1: not an event sheet: no column name recognised", is: ErrNotSheet},
		{name: "json", text: "[]", want: "e.json: a JSON sheet is not read as a stream"},
		{name: "fn stops", text: "date,headline\n2020,a\n2021,b\n", fn: func(timeline.Event) error { return stop }, want: "enough", is: stop, n: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "e.csv"
			if tt.name == "json" {
				name = "e.json"
			}
			n := 0
			_, err := ReadStream(strings.NewReader(tt.text), name, Options{}, func(e timeline.Event) error {
				n++
				if tt.fn != nil {
					return tt.fn(e)
				}
				return nil
			})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false", tt.is)
			}
			if n != tt.n {
				t.Errorf("%d events, want %d", n, tt.n)
			}
		})
	}
}

func FuzzReadStream(f *testing.F) {
	for _, s := range []string{
		"date,headline\n2020,a\n", "sep=;\ndate;title\n3/4/2017;x\n", "Year\tMonth\tDay\tHeadline\n1969\t7\t20\tMoon\n",
		"date,title,extra\n\"2020\",\"a \"\"q\"\" b\",\"c\nd\"\n", "date,headline\n2020,a \"b\" c\n,,\n", "",
		"start,title,text\n2020-03-01,\"unterminated quote,oops\n2020-04-01,After,\"x\"\n", "y\tm\tnote\n1987\t6\t\"Tear\" at 2pm\n",
		"Date,Time,What\n12/03/2021,09:00–10:30,Doors\n", "From,To,Title\n1939,1945,War\n",
		"HIST 204,,\n,,\nDate,Event,Source\n1947-03-12,Truman Doctrine,L2\n", "Cold War,,\nsome words,more,words\n", "A title\n\nDate,Event",
		"date,title\n2017,Signed by 1,240 residents\n",
		"Dates,,Event details\nStart,End,Title\n1914,1918,War\n", "Day,Event\n13 Dec 2017,A\nDay 2,B\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 || !utf8.ValidString(text) || strings.ContainsRune(text, 0) || strings.HasPrefix(text, "\uFEFF") {
			return // ReadStream reads decoded text (text.Decoder)
		}
		want, _ := ReadSheet(strings.NewReader(text), "f.csv", Options{})
		got, evs, _ := readStream(t, text, "f.csv", Options{})
		if (want == nil) != (got == nil) {
			t.Fatalf("Read gives a sheet: %v, ReadStream: %v", want != nil, got != nil)
		}
		if want != nil && len(want.Events) != len(evs) {
			t.Fatalf("%d events, Read %d", len(evs), len(want.Events))
		}
		if want != nil && want.Title != got.Title {
			t.Fatalf("title %q, Read %q", got.Title, want.Title)
		}
	})
}
