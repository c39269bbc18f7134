package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/chronicle-project/chronicle/output/html"
	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
)

type renderOptions struct {
	htmlFlags
	Title      string
	Out        string
	DayFirst   bool
	MonthFirst bool
}

func newRenderCmd(s streams) *cobra.Command {
	var o renderOptions
	cmd := &cobra.Command{
		Use:   "render [flags] SHEET",
		Short: "Draw an HTML timeline from a (hand-edited) events.csv or .json",
		Long: `Render reads an event sheet — the events.csv that 'chronicle build' wrote and you
corrected in a spreadsheet, a JSON export, a TimelineJS sheet, or any CSV/TSV with
columns such as date, title, text and source — and draws it as an HTML timeline.
Dates are kept at the precision written in the sheet ("Jul 2017" stays a month).
A cell that cannot be read is reported as FILE:LINE:COL and its row is kept.

The page goes next to the sheet as timeline.html unless --out says otherwise
("-" for stdout).`,
		Example: `  chronicle render out/events.csv
  chronicle render --fragment --id xinjiang -o snippet.html events.csv`,
		Args: argsCheck(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error { return runRender(s, args[0], &o) },
	}
	o.htmlFlags.register(cmd.Flags(), true)
	cmd.Flags().StringVar(&o.Title, "title", "", "the timeline's title")
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", "write the page to `FILE` (default: timeline.html beside the sheet)")
	cmd.Flags().BoolVar(&o.DayFirst, "day-first", false, "read numeric dates such as 03/04/2017 as day/month/year")
	cmd.Flags().BoolVar(&o.MonthFirst, "month-first", false, "read numeric dates such as 03/04/2017 as month/day/year (default: guessed per sheet)")
	return cmd
}

func runRender(s streams, sheet string, o *renderOptions) error {
	if err := o.htmlFlags.check(); err != nil {
		return err
	}
	tf := tagFlags{DayFirst: o.DayFirst, MonthFirst: o.MonthFirst}
	dayFirst, err := tf.dayFirst()
	if err != nil {
		return err
	}
	res, readErr := sources.Read(context.Background(), []string{sheet}, sources.Options{
		DayFirst: dayFirst,
		Stdin:    s.In,
	})
	ok := reportErrors(s, readErr)
	for _, note := range res.Notes() {
		fmt.Fprintln(s.Err, note)
	}
	if len(res.Documents) > 0 {
		fmt.Fprintf(s.Err, "%s: not an event sheet (use 'chronicle build' for documents)\n", sheet)
		return errSomeInputs
	}
	// A row with no date ("TBC", "?") is listed under the chart, which
	// cannot place it: say so, as build and extract do.
	noteUndatedRows(s, res.Events)
	c := &timeline.Chronology{Title: o.Title, Events: res.Events}
	if c.Title == "" && len(res.Inputs) == 1 {
		c.Title = res.Inputs[0].Title // the sheet's own title
	}
	if p, ok := pageOf(sheet); ok && sheet != "-" {
		// a sheet build wrote, corrected: the page's title and subtitle
		// as build drew them, unless given again
		if c.Title == "" {
			c.Title = p.Title
		}
		if o.Subtitle == "" {
			o.Subtitle = p.Subtitle
		}
	}
	c.Sort()
	out := o.Out
	if out == "" {
		out = "timeline.html"
		if sheet != "-" {
			out = filepath.Join(filepath.Dir(sheet), "timeline.html")
		}
	}
	if err := writeChronology(s, c, out, func(w io.Writer, c *timeline.Chronology) error {
		return html.Write(w, c, o.htmlFlags.options(c.Title))
	}); err != nil {
		return err
	}
	if !ok {
		return errSomeInputs
	}
	return nil
}
