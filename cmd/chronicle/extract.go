package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

type extractOptions struct {
	readFlags
	Format string
	Out    string
}

func newExtractCmd(s streams) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [flags] INPUT...",
		Short: "Write the chronology of the inputs on stdout (csv, json, jsonl, md, timelinejs, ics, svg)",
		Long: `Extract reads the inputs as build does and writes the chronology in one format,
on stdout unless --out names a file:

  csv         events.csv, the columns of the contract (id, start, end, precision, ...)
  json        {"title": ..., "events": [...]}, every field of every event
  jsonl       one JSON event a line
  md          a readable chronology in Markdown, grouped by period
  timelinejs  a TimelineJS3 JSON file
  ics         an iCalendar file of the dated events
  svg         a static timeline picture for print and slides`,
		Example: `  chronicle extract article.html
  chronicle extract --format md --ref-date 2017-12-13 notes.txt > chronology.md`,
		Args: needInputs,
		RunE: func(cmd *cobra.Command, args []string) error { return runExtract(s, args, &o) },
	}
	o.readFlags.register(cmd.Flags())
	cmd.Flags().StringVar(&o.Format, "format", "csv", "output format: "+formatNames())
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", "write to `FILE` instead of stdout")
	return cmd
}

// idFormats are the formats whose rows carry the events' ids, so that a
// person's corrections can be given back (see recordWritten).
var idFormats = map[string]bool{"": true, "csv": true, "json": true, "jsonl": true}

func runExtract(s streams, inputs []string, o *extractOptions) error {
	write, err := writerFor(o.Format)
	if err != nil {
		return err
	}
	c, ok, err := o.chronology(s, inputs)
	if err != nil {
		return err
	}
	skipped := 0
	if err := writeOut(s, o.Out, func(w io.Writer) error {
		n, err := write(w, c)
		skipped = n
		return err
	}); err != nil {
		return err
	}
	if o.Out != "" && o.Out != "-" && idFormats[strings.ToLower(o.Format)] {
		if err := recordWritten(o.Out, c.Events); err != nil {
			return err
		}
	}
	if skipped > 0 {
		fmt.Fprintf(s.Err, "chronicle: %d of %d events left out of the %s output: %s\n", skipped, len(c.Events), strings.ToLower(o.Format), skippedWhy[strings.ToLower(o.Format)])
	}
	if !ok {
		return errSomeInputs
	}
	return nil
}
