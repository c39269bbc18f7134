package tempex_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// The case table lives in testdata/cases.txt; its header documents the
// format. These tests read it and run every case through tempex.Tag.

const casesFile = "testdata/cases.txt"

// wantTimex is one expected expression of a case.
type wantTimex struct {
	Start, End int // byte offsets into the sentence without its marks
	Text       string
	Type       string
	Value      string
	Mod        timeline.Mod
	Quant      string // compared only when hasQuant
	Freq       string // compared only when hasFreq
	hasQuant   bool
	hasFreq    bool
	Zone       string // Timex.Zone; always compared ("" unless zone= is given)
	Range      bool   // RangeEnd must be the index of the next expression
}

// forbidden is a span marked with { } that no expression may overlap.
type forbidden struct {
	Start, End int
	Text       string
}

// tagCase is one line of the table.
type tagCase struct {
	Line     int
	Source   string // the line as written
	Text     string // the sentence with its marks removed
	Opt      tempex.Options
	Want     []wantTimex
	Forbid   []forbidden
	Negative bool // "=> none"
}

// Name is the subtest name: the line number and the start of the sentence.
func (c tagCase) Name() string {
	s := c.Text
	if len(s) > 40 {
		cut := 40
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return fmt.Sprintf("L%03d_%s", c.Line, s)
}

// parseCases reads the case table. Every malformed line is an error that
// names the file and line.
func parseCases(path string) ([]tagCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opt := tempex.Options{}
	var cases []tagCase
	var errs timeline.ErrorList
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		s := strings.TrimSpace(raw)
		pos := timeline.Position{File: path, Line: line, Col: 1}
		switch {
		case s == "" || strings.HasPrefix(s, "#"):
			continue
		case strings.HasPrefix(s, "@"):
			if err := directive(&opt, s); err != nil {
				errs.Add(timeline.Errorf(pos, "%v", err))
			}
			continue
		}
		c, err := parseCase(s, opt)
		if err != nil {
			errs.Add(timeline.Errorf(pos, "%v", err))
			continue
		}
		c.Line = line
		c.Source = raw
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		errs.Add(err)
	}
	return cases, errs.Err()
}

// directive applies an @ line to the options of the cases after it.
func directive(opt *tempex.Options, s string) error {
	f := strings.Fields(s)
	if len(f) != 2 && !(len(f) == 3 && f[0] == "@mode") {
		return fmt.Errorf("directive %q: want @name value", s)
	}
	switch f[0] {
	case "@ref":
		if f[1] == "none" {
			opt.Ref = timeline.Date{}
			return nil
		}
		d, err := timeline.ParseDate(f[1])
		if err != nil {
			return err
		}
		if d.Prec != timeline.Day && d.Prec != timeline.Month && d.Prec != timeline.Year {
			return fmt.Errorf("@ref %s: the reference must be a day, a month or a year", f[1])
		}
		opt.Ref = d
	case "@mode":
		switch f[1] {
		case "news":
			opt.Mode = tempex.News
		case "narrative":
			opt.Mode = tempex.Narrative
		case "auto":
			opt.Mode = tempex.Auto
		default:
			return fmt.Errorf("@mode %s: want news, narrative or auto", f[1])
		}
		opt.Guessed = false
		if len(f) > 2 {
			if f[2] != "guessed" {
				return fmt.Errorf("@mode %s %s: want \"guessed\" or nothing after the mode", f[1], f[2])
			}
			opt.Guessed = true
		}
	case "@dayfirst":
		switch f[1] {
		case "yes":
			opt.DayFirst = true
		case "no":
			opt.DayFirst = false
		default:
			return fmt.Errorf("@dayfirst %s: want yes or no", f[1])
		}
	case "@monthfirst":
		switch f[1] {
		case "yes":
			opt.MonthFirst = true
		case "no":
			opt.MonthFirst = false
		default:
			return fmt.Errorf("@monthfirst %s: want yes or no", f[1])
		}
	default:
		return fmt.Errorf("unknown directive %s", f[0])
	}
	return nil
}

// parseCase reads "SENTENCE => EXPECTATIONS".
func parseCase(s string, opt tempex.Options) (tagCase, error) {
	c := tagCase{Opt: opt}
	sentence, expect, ok := strings.Cut(s, " => ")
	if !ok {
		return c, fmt.Errorf("missing \" => \" between the sentence and the expectations")
	}
	sentence = strings.ReplaceAll(sentence, "¶", "\n") // a line break
	// Strip the marks, recording the spans they enclose.
	var b strings.Builder
	openWant, openForbid := -1, -1
	var spans [][2]int
	for _, r := range sentence {
		switch r {
		case '«':
			if openWant >= 0 || openForbid >= 0 {
				return c, fmt.Errorf("nested mark «")
			}
			openWant = b.Len()
		case '»':
			if openWant < 0 {
				return c, fmt.Errorf("» without «")
			}
			spans = append(spans, [2]int{openWant, b.Len()})
			openWant = -1
		case '{':
			if openWant >= 0 || openForbid >= 0 {
				return c, fmt.Errorf("nested mark {")
			}
			openForbid = b.Len()
		case '}':
			if openForbid < 0 {
				return c, fmt.Errorf("} without {")
			}
			c.Forbid = append(c.Forbid, forbidden{Start: openForbid, End: b.Len()})
			openForbid = -1
		default:
			b.WriteRune(r)
		}
	}
	if openWant >= 0 || openForbid >= 0 {
		return c, fmt.Errorf("unclosed mark")
	}
	c.Text = b.String()
	for i := range c.Forbid {
		c.Forbid[i].Text = c.Text[c.Forbid[i].Start:c.Forbid[i].End]
	}
	expect = strings.TrimSpace(expect)
	if expect == "none" {
		if len(spans) > 0 {
			return c, fmt.Errorf("\"none\" but %d marked expressions", len(spans))
		}
		c.Negative = true
		return c, nil
	}
	parts := strings.Split(expect, ";")
	if len(parts) != len(spans) {
		return c, fmt.Errorf("%d marked expressions but %d expectations", len(spans), len(parts))
	}
	for i, p := range parts {
		w, err := parseWant(strings.Fields(p))
		if err != nil {
			return c, fmt.Errorf("expectation %d: %v", i+1, err)
		}
		w.Start, w.End = spans[i][0], spans[i][1]
		w.Text = c.Text[w.Start:w.End]
		if w.Range && i == len(parts)-1 {
			return c, fmt.Errorf("expectation %d: range on the last expression", i+1)
		}
		c.Want = append(c.Want, w)
	}
	return c, nil
}

func parseWant(f []string) (wantTimex, error) {
	var w wantTimex
	if len(f) < 2 {
		return w, fmt.Errorf("want TYPE VALUE [options]")
	}
	switch f[0] {
	case "DATE", "TIME", "DURATION", "SET":
		w.Type = f[0]
	default:
		return w, fmt.Errorf("unknown type %q", f[0])
	}
	w.Value = f[1]
	if err := timeline.CheckValue(w.Value); err != nil {
		return w, err
	}
	for _, o := range f[2:] {
		if o == "range" {
			w.Range = true
			continue
		}
		k, v, ok := strings.Cut(o, "=")
		if !ok || v == "" {
			return w, fmt.Errorf("option %q: want name=value or range", o)
		}
		switch k {
		case "mod":
			m, err := timeline.ParseMod(v)
			if err != nil || m == timeline.ModNone {
				return w, fmt.Errorf("unknown mod %q", v)
			}
			w.Mod = m
		case "quant":
			w.Quant, w.hasQuant = v, true
		case "freq":
			w.Freq, w.hasFreq = v, true
		case "zone":
			w.Zone = v
		default:
			return w, fmt.Errorf("unknown option %q", k)
		}
	}
	return w, nil
}

func loadCases(t *testing.T) []tagCase {
	t.Helper()
	cases, err := parseCases(casesFile)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestCaseTable checks the table itself: its size and coverage as issue 3
// requires, and that every case names a distinct sentence.
func TestCaseTable(t *testing.T) {
	cases := loadCases(t)
	negatives := 0
	seen := make(map[string]int)
	types := make(map[string]int)
	for _, c := range cases {
		if c.Negative || len(c.Forbid) > 0 {
			negatives++
		}
		key := fmt.Sprintf("%s|%v|%v|%v|%v|%v", c.Text, c.Opt.Ref, c.Opt.Mode, c.Opt.DayFirst, c.Opt.MonthFirst, c.Opt.Guessed)
		if l, dup := seen[key]; dup {
			t.Errorf("%s:%d: same case as line %d", casesFile, c.Line, l)
		}
		seen[key] = c.Line
		for _, w := range c.Want {
			types[w.Type]++
		}
	}
	if len(cases) < 300 {
		t.Errorf("%d cases, want at least 300", len(cases))
	}
	if negatives < 40 {
		t.Errorf("%d negative cases, want at least 40", negatives)
	}
	for _, typ := range []string{"DATE", "TIME", "DURATION", "SET"} {
		if types[typ] == 0 {
			t.Errorf("no case expects a %s", typ)
		}
	}
}

// TestCases runs every case of the table through tempex.Tag, with the
// days the case's text defines by name (tempex.DefinedDates).
func TestCases(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.Name(), func(t *testing.T) {
			opt := c.Opt
			opt.Anchors = tempex.DefinedDates(c.Text, opt)
			got := tempex.Tag(c.Text, opt)
			if diff := compare(c, got); diff != "" {
				t.Errorf("%s:%d: %s\n%s", casesFile, c.Line, c.Source, diff)
			}
		})
	}
}

// compare returns what differs between the case and the tagger's output,
// or "" when they agree.
func compare(c tagCase, got []tempex.Timex) string {
	var b strings.Builder
	for _, g := range got {
		for _, f := range c.Forbid {
			if g.Start < f.End && f.Start < g.End {
				fmt.Fprintf(&b, "  tagged %q [%d,%d) over %q, which is not a temporal expression\n",
					g.Text, g.Start, g.End, f.Text)
			}
		}
	}
	if len(got) != len(c.Want) || b.Len() > 0 {
		fmt.Fprintf(&b, "  want %d expressions:\n", len(c.Want))
		for _, w := range c.Want {
			fmt.Fprintf(&b, "    %s\n", formatWant(w))
		}
		fmt.Fprintf(&b, "  got %d:\n", len(got))
		for _, g := range got {
			fmt.Fprintf(&b, "    %s\n", formatGot(g))
		}
		return b.String()
	}
	for i, w := range c.Want {
		g := got[i]
		var diffs []string
		if g.Start != w.Start || g.End != w.End {
			diffs = append(diffs, fmt.Sprintf("extent %q [%d,%d), want %q [%d,%d)", g.Text, g.Start, g.End, w.Text, w.Start, w.End))
		}
		if g.Text != c.Text[min(max(g.Start, 0), len(c.Text)):min(max(g.End, g.Start, 0), len(c.Text))] {
			diffs = append(diffs, fmt.Sprintf("Text %q is not the text at [%d,%d)", g.Text, g.Start, g.End))
		}
		if g.Type.String() != w.Type {
			diffs = append(diffs, fmt.Sprintf("type %s, want %s", g.Type, w.Type))
		}
		if g.Value != w.Value {
			diffs = append(diffs, fmt.Sprintf("value %q, want %q", g.Value, w.Value))
		}
		if g.Mod != w.Mod {
			diffs = append(diffs, fmt.Sprintf("mod %q, want %q", g.Mod, w.Mod))
		}
		wantRange := -1
		if w.Range {
			wantRange = i + 1
		}
		if g.RangeEnd != wantRange {
			diffs = append(diffs, fmt.Sprintf("RangeEnd %d, want %d", g.RangeEnd, wantRange))
		}
		if w.hasQuant && g.Quant != w.Quant {
			diffs = append(diffs, fmt.Sprintf("quant %q, want %q", g.Quant, w.Quant))
		}
		if g.Zone != w.Zone {
			diffs = append(diffs, fmt.Sprintf("zone %q, want %q", g.Zone, w.Zone))
		}
		if w.hasFreq && g.Freq != w.Freq {
			diffs = append(diffs, fmt.Sprintf("freq %q, want %q", g.Freq, w.Freq))
		}
		if len(diffs) > 0 {
			fmt.Fprintf(&b, "  expression %d %q: %s\n", i+1, w.Text, strings.Join(diffs, "; "))
		}
	}
	return b.String()
}

func formatWant(w wantTimex) string {
	s := fmt.Sprintf("%q [%d,%d) %s %s", w.Text, w.Start, w.End, w.Type, w.Value)
	if w.Mod != timeline.ModNone {
		s += " mod=" + w.Mod.String()
	}
	if w.Range {
		s += " range"
	}
	if w.Zone != "" {
		s += " zone=" + w.Zone
	}
	return s
}

func formatGot(g tempex.Timex) string {
	s := fmt.Sprintf("%q [%d,%d) %s %s", g.Text, g.Start, g.End, g.Type, g.Value)
	if g.Mod != timeline.ModNone {
		s += " mod=" + g.Mod.String()
	}
	if g.RangeEnd >= 0 {
		s += " range->" + strconv.Itoa(g.RangeEnd)
	}
	if g.Quant != "" {
		s += " quant=" + g.Quant
	}
	if g.Freq != "" {
		s += " freq=" + g.Freq
	}
	if g.Zone != "" {
		s += " zone=" + g.Zone
	}
	return s
}

// TestParseCaseErrors checks that a malformed line is refused with a reason
// rather than read as some other case.
func TestParseCaseErrors(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"no arrow", "It rained «today».", "missing"},
		{"count mismatch", "It rained «today» and «yesterday». => DATE 2017-12-13", "2 marked expressions but 1"},
		{"none with marks", "It rained «today». => none", "none"},
		{"bad type", "It rained «today». => DAY 2017-12-13", "unknown type"},
		{"bad value", "It rained «today». => DATE 2017-13-13", "month"},
		{"bad mod", "It rained «today». => DATE 2017-12-13 mod=SOON", "unknown mod"},
		{"unclosed", "It rained «today. => DATE 2017-12-13", "unclosed"},
		{"stray close", "It rained today». => DATE 2017-12-13", "without"},
		{"nested", "It rained «to{day}». => DATE 2017-12-13", "nested"},
		{"range last", "It rained «today». => DATE 2017-12-13 range", "range on the last"},
		{"bad option", "It rained «today». => DATE 2017-12-13 mood=x", "unknown option"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseCase(tt.line, tempex.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseCase(%q) error = %v, want one containing %q", tt.line, err, tt.want)
			}
		})
	}
}

// TestParseCase checks the reading of marks and options on one line.
func TestParseCase(t *testing.T) {
	c, err := parseCase("On «Monday» she paid {$27}; «1939»–«1945». => DATE 2017-12-11 ; DATE 1939 range mod=APPROX ; SET P1W quant=EVERY freq=2X", tempex.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Text != "On Monday she paid $27; 1939–1945." {
		t.Errorf("text %q", c.Text)
	}
	want := []wantTimex{
		{Start: 3, End: 9, Text: "Monday", Type: "DATE", Value: "2017-12-11"},
		{Start: 24, End: 28, Text: "1939", Type: "DATE", Value: "1939", Range: true, Mod: timeline.ModApprox},
		{Start: 31, End: 35, Text: "1945", Type: "SET", Value: "P1W", Quant: "EVERY", hasQuant: true, Freq: "2X", hasFreq: true},
	}
	if len(c.Want) != len(want) {
		t.Fatalf("got %d expectations, want %d", len(c.Want), len(want))
	}
	for i := range want {
		if c.Want[i] != want[i] {
			t.Errorf("expectation %d: got %+v, want %+v", i, c.Want[i], want[i])
		}
	}
	if len(c.Forbid) != 1 || c.Forbid[0].Text != "$27" {
		t.Errorf("forbidden spans %+v", c.Forbid)
	}
}
