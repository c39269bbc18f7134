package timeline

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	tests := []struct {
		name  string
		items []string
		cell  string
		back  []string // what ParseList gives, when not items
	}{
		{"none", nil, "", nil},
		{"one", []string{"Lu Kang"}, "Lu Kang", nil},
		{"two", []string{"Lu Kang", "Human Rights Watch"}, "Lu Kang; Human Rights Watch", nil},
		{"semicolon", []string{"Smith; Jones", "X"}, `Smith\; Jones; X`, nil},
		{"backslash", []string{`a\b`}, `a\\b`, nil},
		{"empty dropped", []string{"", "a", ""}, "a", []string{"a"}},
		{"unicode", []string{"Ürümqi", "李克强"}, "Ürümqi; 李克强", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatList(tt.items); got != tt.cell {
				t.Errorf("FormatList(%q) = %q, want %q", tt.items, got, tt.cell)
			}
			want := tt.back
			if want == nil {
				want = tt.items
			}
			if got := ParseList(tt.cell); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
				t.Errorf("ParseList(%q) = %q, want %q", tt.cell, got, want)
			}
		})
	}
	if got := ParseList(" a ;b;; c "); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("ParseList of a hand-typed cell = %q", got)
	}
}

func TestCitations(t *testing.T) {
	d := Date{Prec: Day, Year: 2017, Month: 12, Day: 13}
	tests := []struct {
		name string
		cs   []Citation
		cell string
	}{
		{"none", nil, ""},
		{"full", []Citation{{Outlet: "The Himalayan Times", Title: "Rights group criticizes China", URL: "https://example.com/a", Date: d, File: "seed.txt"}},
			"The Himalayan Times | Rights group criticizes China | https://example.com/a | 2017-12-13 | seed.txt"},
		{"sparse", []Citation{{File: "notes.txt"}}, " |  |  |  | notes.txt"},
		{"two", []Citation{{Outlet: "A", URL: "https://a"}, {Outlet: "B", Date: Date{Prec: Month, Year: 2017, Month: 7}}},
			"A |  | https://a |  | \nB |  |  | 2017-07 | "},
		{"escapes", []Citation{{Outlet: `Pipe | Co`, Title: "line\nbreak", File: `C:\x`}},
			`Pipe \| Co | line\nbreak |  |  | C:\\x`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatCitations(tt.cs); got != tt.cell {
				t.Errorf("FormatCitations = %q, want %q", got, tt.cell)
			}
			got, err := ParseCitations(tt.cell)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.cs) {
				t.Errorf("ParseCitations(%q) = %+v, want %+v", tt.cell, got, tt.cs)
			}
		})
	}
}

func TestParseCitationsHandTyped(t *testing.T) {
	got, err := ParseCitations("Reuters|Title\n\nAP | | https://ap.example")
	if err != nil {
		t.Fatal(err)
	}
	want := []Citation{{Outlet: "Reuters", Title: "Title"}, {Outlet: "AP", URL: "https://ap.example"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for _, bad := range []string{"a|b|c|d|e|f", "A | T | u | 2017-13 | f"} {
		if _, err := ParseCitations(bad); !errors.Is(err, ErrCitation) {
			t.Errorf("ParseCitations(%q) error = %v, want ErrCitation", bad, err)
		}
	}
	if _, err := ParseCitations("x\nA | T | u | 2017-13"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error does not name line 2: %v", err)
	}
}

func TestPosition(t *testing.T) {
	tests := []struct {
		name string
		pos  Position
		cell string
	}{
		{"zero", Position{}, ""},
		{"plain", Position{File: "seed.txt", Line: 12, Col: 3}, "seed.txt:12:3"},
		{"windows", Position{File: `C:\docs\a.txt`, Line: 1, Col: 1}, `C:\docs\a.txt:1:1`},
		{"url", Position{File: "https://example.com/a:b", Line: 4, Col: 9}, "https://example.com/a:b:4:9"},
		{"stdin", Position{File: "-", Line: 2, Col: 5}, "-:2:5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatPosition(tt.pos); got != tt.cell {
				t.Errorf("FormatPosition = %q, want %q", got, tt.cell)
			}
			got, err := ParsePosition(tt.cell)
			if err != nil || got != tt.pos {
				t.Errorf("ParsePosition(%q) = %+v, %v; want %+v", tt.cell, got, err, tt.pos)
			}
		})
	}
	for _, bad := range []string{"seed.txt", "seed.txt:3", "a:x:1", "a:0:1"} {
		if _, err := ParsePosition(bad); err == nil {
			t.Errorf("ParsePosition(%q) gave no error", bad)
		}
	}
}

func FuzzCitations(f *testing.F) {
	f.Add("The Himalayan Times", "Rights | group", "https://example.com", "2017-12-13", "seed.txt", "B")
	f.Add("", "line\nbreak", "", "", `C:\x`, "")
	f.Add(" x ", `\`, "|", "199", "-", "\\n")
	f.Fuzz(func(t *testing.T, outlet, title, url, date, file, outlet2 string) {
		d, err := ParseDate(date)
		if err != nil {
			d = Date{}
		}
		cs := []Citation{
			{Outlet: outlet, Title: title, URL: url, Date: d, File: file},
			{Outlet: outlet2},
		}
		got, err := ParseCitations(FormatCitations(cs))
		if err != nil {
			t.Fatalf("ParseCitations(FormatCitations(%+v)): %v", cs, err)
		}
		// Surrounding spaces are not kept (see ParseCitations); a citation
		// that is all blanks is still a citation, since its line is not blank.
		for i := range cs {
			c := &cs[i]
			c.Outlet, c.Title, c.URL, c.File = strings.TrimSpace(c.Outlet), strings.TrimSpace(c.Title), strings.TrimSpace(c.URL), strings.TrimSpace(c.File)
		}
		if !reflect.DeepEqual(got, cs) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, cs)
		}
	})
}

func FuzzList(f *testing.F) {
	f.Add("Lu Kang", "Smith; Jones", `a\b`)
	f.Add(" ", ";", `\`)
	f.Fuzz(func(t *testing.T, a, b, c string) {
		var want []string
		for _, it := range []string{a, b, c} {
			if it = strings.TrimSpace(it); it != "" {
				want = append(want, it)
			}
		}
		got := ParseList(FormatList(want))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ParseList(FormatList(%q)) = %q", want, got)
		}
	})
}
