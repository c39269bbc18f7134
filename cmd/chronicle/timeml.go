package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/chronicle-project/chronicle/internal/tempeval"
)

type timemlOptions struct {
	tagFlags
	Out string
}

func newTimeMLCmd(s streams) *cobra.Command {
	var o timemlOptions
	cmd := &cobra.Command{
		Use:   "timeml [flags] FILE.tml",
		Short: "Tag a TempEval-3 TimeML document with our own TIMEX3 tags",
		Long: `Timeml reads a TempEval-3 TimeML document, takes its creation time (the DCT) as
the reference date, removes the TIMEX3 tags inside TEXT and writes the same
document with the tagger's TIMEX3 tags instead. Everything else — the DCT, the
other tags, the text between tags — is written back byte for byte. The result
can be scored with the TempEval-3 tools ('make eval' does it with our own scorer).
--ref-date anchors a document that has no DCT.`,
		Example: `  chronicle timeml --mode news WSJ_20130318_731.tml > tagged.tml`,
		Args:    argsCheck(cobra.ExactArgs(1)),
		RunE:    func(cmd *cobra.Command, args []string) error { return runTimeML(s, args[0], &o) },
	}
	o.tagFlags.register(cmd.Flags())
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", "write to `FILE` instead of stdout")
	return cmd
}

func runTimeML(s streams, name string, o *timemlOptions) error {
	opt, err := o.tempexOptions()
	if err != nil {
		return err
	}
	var src []byte
	if name == "-" {
		src, err = io.ReadAll(s.In)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(s.Err, "%s: %v\n", name, unwrapPath(err))
		return errSomeInputs
	}
	return writeOut(s, o.Out, func(w io.Writer) error {
		_, err := tempeval.TagDocument(w, name, src, tempeval.TagOptions{Mode: opt.Mode, DayFirst: opt.DayFirst, Ref: opt.Ref})
		if err != nil {
			fmt.Fprintln(s.Err, err)
			return errSomeInputs
		}
		return nil
	})
}
