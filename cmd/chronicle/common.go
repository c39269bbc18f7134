package main

import (
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
}

func (f *tagFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.RefDate, "ref-date", "", "anchor `YYYY-MM-DD` for documents whose own date cannot be found (a date the document states always wins)")
	fs.StringVar(&f.Mode, "mode", "auto", "what relative dates are anchored to: news (the document's date), narrative (the last date mentioned) or auto")
	fs.BoolVar(&f.DayFirst, "day-first", false, "read numeric dates such as 03/04/2017 as day/month/year")
	fs.BoolVar(&f.MonthFirst, "month-first", false, "read numeric dates such as 03/04/2017 as month/day/year (the default guess is per document)")
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
	return tempex.Options{Ref: ref, Mode: mode, DayFirst: df != nil && *df, MonthFirst: df != nil && !*df}, nil
}
