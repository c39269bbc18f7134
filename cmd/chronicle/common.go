package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// tagFlags are the options every command that reads text shares.
type tagFlags struct {
	RefDate    string // --ref-date YYYY-MM-DD
	Mode       string // --mode auto|news|narrative
	DayFirst   bool   // --day-first
	MonthFirst bool   // --month-first
	FiscalEnd  string // --fiscal-year-end MONTH
}

func (f *tagFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.RefDate, "ref-date", "", "anchor `YYYY-MM-DD` for documents whose own date cannot be found (a date the document states always wins)")
	fs.StringVar(&f.Mode, "mode", "auto", "what relative dates are anchored to: news (the document's date), narrative (the last date mentioned) or auto")
	fs.BoolVar(&f.DayFirst, "day-first", false, "read numeric dates such as 03/04/2017 as day/month/year")
	fs.BoolVar(&f.MonthFirst, "month-first", false, "read numeric dates such as 03/04/2017 as month/day/year (the default guess is per document)")
	fs.StringVar(&f.FiscalEnd, "fiscal-year-end", "", "the `MONTH` fiscal years end in (March, 6, ...), for documents that number fiscal quarters (Q3 FY26) without saying")
}

// fiscalEnd parses --fiscal-year-end: a month's name or number; 0 when it
// was not given.
func (f *tagFlags) fiscalEnd() (int, error) {
	s := strings.ToLower(strings.TrimSpace(f.FiscalEnd))
	if s == "" {
		return 0, nil
	}
	for i, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if s == m || len(s) >= 3 && strings.HasPrefix(m, strings.TrimSuffix(s, ".")) || s == strconv.Itoa(i+1) || s == fmt.Sprintf("%02d", i+1) {
			return i + 1, nil
		}
	}
	return 0, usagef("--fiscal-year-end %q: want a month, as a name (March) or a number (3)", f.FiscalEnd)
}

// refDate parses --ref-date; the zero Date when it was not given.
func (f *tagFlags) refDate() (timeline.Date, error) {
	return parseRefDate(f.RefDate)
}

func parseRefDate(s string) (timeline.Date, error) {
	if s == "" {
		return timeline.Date{}, nil
	}
	d, err := timeline.ParseDate(s)
	if err != nil || d.Prec != timeline.Day {
		return timeline.Date{}, usagef("--ref-date %q: want a day as YYYY-MM-DD", s)
	}
	return d, nil
}

func (f *tagFlags) mode() (tempex.Mode, error) {
	switch strings.ToLower(f.Mode) {
	case "", "auto":
		return tempex.Auto, nil
	case "news":
		return tempex.News, nil
	case "narrative":
		return tempex.Narrative, nil
	}
	return 0, usagef("--mode %q: want auto, news or narrative", f.Mode)
}

// dayFirst returns nil when neither order was asked for.
func (f *tagFlags) dayFirst() (*bool, error) {
	switch {
	case f.DayFirst && f.MonthFirst:
		return nil, usagef("--day-first and --month-first exclude each other")
	case f.DayFirst:
		t := true
		return &t, nil
	case f.MonthFirst:
		b := false
		return &b, nil
	}
	return nil, nil
}

func (f *tagFlags) tempexOptions() (tempex.Options, error) {
	ref, err := f.refDate()
	if err != nil {
		return tempex.Options{}, err
	}
	mode, err := f.mode()
	if err != nil {
		return tempex.Options{}, err
	}
	df, err := f.dayFirst()
	if err != nil {
		return tempex.Options{}, err
	}
	fy, err := f.fiscalEnd()
	if err != nil {
		return tempex.Options{}, err
	}
	return tempex.Options{Ref: ref, Mode: mode, DayFirst: df != nil && *df, MonthFirst: df != nil && !*df, FiscalYearEnd: fy}, nil
}
