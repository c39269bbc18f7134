package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	srctext "github.com/chronicle-project/chronicle/sources/text"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/extract"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

type tagOptions struct {
	tagFlags
	Out string
}

// tagRecord is one line of `chronicle tag` output, as the contract fixes it.
type tagRecord struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	Zone  string `json:"zone,omitempty"` // the UTC offset a clock time was written with ("-05:00")
	// Calendar is the calendar period of a fiscal quarter or half whose
	// value keeps the label the text gives it ("Q1 FY25" is 2025-Q1, in
	// the calendar 2024-Q2 when the fiscal year ends in March), or its
	// first and last months when no calendar quarter or half is it
	// ("2022-04/2022-09").
	Calendar string `json:"calendar,omitempty"`
	// Quant and Freq are a set's TIMEX3 quant ("EVERY") and freq ("2X"):
	// "twice a year" is P1Y with freq 2X, "annually" P1Y with quant EVERY.
	Quant string `json:"quant,omitempty"`
	Freq  string `json:"freq,omitempty"`
}

func newTagCmd(s streams) *cobra.Command {
	var o tagOptions
	cmd := &cobra.Command{
		Use:   "tag [flags] [FILE]",
		Short: "List the temporal expressions in plain text, one JSON object a line",
		Long: `Tag reads plain text (FILE, or stdin when FILE is absent or "-") and writes one
JSON object per temporal expression found, in text order:

  {"start":12,"end":21,"text":"July 2017","type":"DATE","value":"2017-07"}

start and end are byte offsets into the input (end exclusive); type is DATE, TIME,
DURATION or SET; value is the TIMEX3 value resolved against --ref-date; mod
(START, MID, END, APPROX, BEFORE, AFTER, ...) appears when the text qualifies the
date; zone ("-05:00") gives the UTC offset a clock time was written with,
which the value, as in TimeML, leaves out; calendar gives the calendar quarter or
half of a fiscal one that the value labels as the text does ("Q1 FY25" in a report
whose year ends in March: value 2025-Q1, calendar 2024-Q2), or its first and last
months when no calendar quarter or half is it ("the first half" of a year ending in
March: calendar 2022-04/2022-09). A date the text states in its header (a
Published line, a dateline) is the reference date, as for build and extract; else
--ref-date; without either, relative expressions keep unknown parts (XXXX-WXX-3).
A report is read from the end of the period it covers when it was written after it,
or only its title dates it ("ANNUAL REPORT 2022/23" of a year that ends in March:
31 March 2023), as extract reads it.`,
		Example: `  echo "The plan was posted in July 2017 and criticised on Wednesday." | chronicle tag --ref-date 2017-12-13`,
		Args:    argsCheck(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := "-"
			if len(args) == 1 {
				name = args[0]
			}
			return runTag(s, name, &o)
		},
	}
	o.register(cmd.Flags())
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", "write to `FILE` instead of stdout")
	return cmd
}

func runTag(s streams, name string, o *tagOptions) error {
	opt, err := o.tempexOptions()
	if err != nil {
		return err
	}
	var r io.Reader = s.In
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(s.Err, "%s: %v\n", name, unwrapPath(err))
			return errSomeInputs
		}
		defer f.Close()
		r = f
	}
	text, err := io.ReadAll(r)
	if err != nil {
		fmt.Fprintf(s.Err, "%s: %v\n", name, err)
		return errSomeInputs
	}
	// Offsets index the input as it is, so it is tagged undecoded; but a
	// binary file is no text to tag, and saying nothing would look like a
	// text without dates.
	if _, enc, err := srctext.Decode(text, name); errors.Is(err, srctext.ErrBinary) {
		fmt.Fprintln(s.Err, positioned(err))
		return errSomeInputs
	} else if enc == srctext.UTF16LE || enc == srctext.UTF16BE {
		// (its byte offsets would count two bytes a letter: no offset
		// of the text the tagger reads)
		fmt.Fprintf(s.Err, "%s:1:1: %s text; tag reads UTF-8 (extract reads it as it is; or convert it: iconv -f UTF-16 -t UTF-8)\n", name, enc)
		return errSomeInputs
	}
	// A date the text states (a Published line, a dateline) wins over
	// --ref-date, as it does for build and extract; and a report is read
	// from the end of the period it covers, as extract reads it.
	opt.Ref = textRef(string(text), name, opt)
	return writeOut(s, o.Out, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, t := range tempex.Tag(string(text), opt) {
			rec := tagRecord{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type.String(), Value: t.Value, Mod: t.Mod.String(), Zone: t.Zone, Quant: t.Quant, Freq: t.Freq}
			switch {
			case !t.PeriodEnd.IsZero() && !t.Date.IsZero():
				// a fiscal half or quarter no calendar one is: its
				// first and last months ("2022-04/2022-09")
				rec.Calendar = t.Date.String() + "/" + t.PeriodEnd.String()
			case (t.Date.Prec == timeline.Quarter || t.Date.Prec == timeline.Half) && t.Date.String() != t.Value:
				rec.Calendar = t.Date.String()
			}
			if err := enc.Encode(rec); err != nil {
				return err
			}
		}
		return bw.Flush()
	})
}

// textRef returns the reference date tag reads a text against: the date
// the text gives itself in its header (see statedDate), else opt.Ref; but
// for a report that tells of a period it was written after, or that only
// its title dates ("ANNUAL REPORT 2022/23" of a year ending in March),
// the last day of that period, as extract reads its story
// (extract.ReportRef), so that tag's values are the events' dates.
func textRef(text, name string, opt tempex.Options) timeline.Date {
	doc := srctext.Parse(text, name, srctext.Options{DayFirst: opt.DayFirst, RefDate: opt.Ref})
	ref := opt.Ref
	if d := statedDate(doc); !d.IsZero() {
		ref = d
	}
	for _, sec := range doc.Sections {
		if sec.Kind != timeline.Body {
			continue
		}
		sref := sec.Citation.Date
		if sref.IsZero() {
			sref = opt.Ref
		}
		if d, ok := extract.ReportRef(doc, sref, sec.RefFrom, extract.Options{FiscalYearEnd: opt.FiscalYearEnd}); ok {
			ref = d
		}
		break
	}
	return ref
}

// statedDate returns the date a plain text gives itself in its header (a
// Published line, a dateline, a byline, a date line, metadata), as the
// text reader finds it; the zero Date when it gives none. Dates of quoted
// excerpts are not the text's. The reader was given the reference date,
// when known, for a dateline without its year ("WASHINGTON, March 3
// (Reuters) -").
func statedDate(doc *timeline.Document) timeline.Date {
	for _, sec := range doc.Sections {
		switch sec.RefFrom {
		case "metadata", "dateline", "byline", "published-line", "header-line", "document":
			if d := sec.Citation.Date; d.Prec >= timeline.Day {
				return d.DayOf()
			}
		}
	}
	return timeline.Date{}
}
