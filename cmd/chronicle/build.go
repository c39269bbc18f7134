package main

import (
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	csvout "github.com/chronicle-project/chronicle/output/csv"
	"github.com/chronicle-project/chronicle/output/html"
	"github.com/chronicle-project/chronicle/timeline"
)

type buildOptions struct {
	readFlags
	htmlFlags
	Out string
}

func newBuildCmd(s streams) *cobra.Command {
	var o buildOptions
	cmd := &cobra.Command{
		Use:   "build [flags] INPUT...",
		Short: "Build OUT/timeline.html and OUT/events.csv from documents, folders and event sheets",
		Long: `Build reads every INPUT — files, folders (read recursively), http(s) URLs, or "-"
for stdin — finds the dated events, and writes two files into the folder given
by --out:

  timeline.html  an interactive timeline that opens offline (one self-contained file)
  events.csv     the chronology as a spreadsheet: review it, fix it, then run
                 'chronicle render events.csv' to redraw the timeline

Inputs may be plain text, Markdown, HTML pages, PDF, DOCX, and event sheets (CSV,
TSV or JSON with columns such as date, title, text, source). Each document's own
date (its metadata, a dateline, a "Published:" line, or the citation line of an
excerpt) anchors its relative dates ("on Wednesday"); --ref-date is used only when
a document states none.

If events.csv was edited since chronicle wrote it, the edited version is kept as
events.edited.csv before the new one is written. Give that file back with the
documents and its rows replace the events they came from; an event whose row
was deleted from it stays out.`,
		Example: `  chronicle build report.md -o out
  chronicle build --ref-date 2017-12-13 notes.txt clippings/ -o out
  chronicle build --from 2017 --to 2018 --group-by actor sources/ -o out`,
		Args: needInputs,
		RunE: func(cmd *cobra.Command, args []string) error { return runBuild(s, args, &o) },
	}
	o.readFlags.register(cmd.Flags())
	o.htmlFlags.register(cmd.Flags(), false)
	cmd.Flags().StringVarP(&o.Out, "out", "o", "out", "the `FOLDER` to write timeline.html and events.csv into")
	return cmd
}

func runBuild(s streams, inputs []string, o *buildOptions) error {
	if err := o.htmlFlags.check(); err != nil {
		return err
	}
	c, ok, err := o.chronology(s, inputs)
	if err != nil {
		return err
	}
	sheet := filepath.Join(o.Out, "events.csv")
	if err := writeChronology(s, c, sheet, func(w io.Writer, c *timeline.Chronology) error {
		return csvout.Write(w, c, csvout.Options{})
	}); err != nil {
		return err
	}
	if err := recordWritten(sheet, c.Events); err != nil {
		return err
	}
	if err := recordPage(sheet, pageTitles{Title: c.Title, Subtitle: o.Subtitle}); err != nil {
		return err
	}
	if err := writeChronology(s, c, filepath.Join(o.Out, "timeline.html"), func(w io.Writer, c *timeline.Chronology) error {
		return html.Write(w, c, o.htmlFlags.options(c.Title))
	}); err != nil {
		return err
	}
	if !ok {
		return errSomeInputs
	}
	return nil
}

func writeChronology(s streams, c *timeline.Chronology, path string, write func(io.Writer, *timeline.Chronology) error) error {
	return writeOut(s, path, func(w io.Writer) error { return write(w, c) })
}
