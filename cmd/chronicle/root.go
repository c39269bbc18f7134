package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses, as the contract states them.
const (
	exitOK    = 0
	exitInput = 1 // some input could not be read or parsed
	exitUsage = 2
)

// streams are the command's standard streams, injected so that tests run
// commands in-process.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
}

// inputError marks a run that finished but could not read every input; its
// problems were already reported on stderr.
var errSomeInputs = errors.New("some inputs could not be read")

// usageError marks bad command-line use.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// run executes the command line args and returns the exit status.
func run(args []string, s streams) int {
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSomeInputs):
		return exitInput
	}
	fmt.Fprintf(s.Err, "chronicle: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || isFlagError(err) || strings.HasPrefix(err.Error(), "unknown command") {
		fmt.Fprintln(s.Err, "Run 'chronicle --help' for usage.")
		return exitUsage
	}
	return exitInput
}

// flagError wraps the errors cobra reports for bad flags and arguments.
type flagError struct{ error }

func isFlagError(err error) bool {
	var fe flagError
	return errors.As(err, &fe)
}

func newRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "chronicle",
		Short: "Turn documents into a cited chronology and an interactive timeline",
		Long: `Chronicle reads news articles, reports, transcripts, compilations and event
sheets, finds the dated events in them, normalizes every date at the precision it
was written at ("July 2017" stays a month), and writes a timeline you can embed
or present offline, plus CSV and other formats. Every event keeps the sentence
and the source it came from.

Typical use:
  chronicle build report.md sources/ -o out     # out/timeline.html, out/events.csv
  chronicle extract --format md article.html    # the chronology as Markdown on stdout
  (edit out/events.csv in a spreadsheet)
  chronicle render out/events.csv -o timeline.html`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError{err} })
	root.AddCommand(
		newBuildCmd(s),
		newExtractCmd(s),
		newRenderCmd(s),
		newTagCmd(s),
		newTimeMLCmd(s),
	)
	return root
}

// unwrapPath drops the operation and path of an *fs.PathError, for
// messages that already start with the file name.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// needInputs is the argument check of the commands that read documents.
func needInputs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return flagError{fmt.Errorf("%s needs at least one INPUT: a file, a folder, an http(s) URL, or - for stdin", cmd.Name())}
	}
	return nil
}

// exactArgs and friends wrap cobra's argument checks as usage errors.
func argsCheck(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return flagError{err}
		}
		return nil
	}
}
