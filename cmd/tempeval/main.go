// Command tempeval scores the temporal tagger on TimeML corpora with our
// TempEval-3 scorer (package internal/tempeval): every document is tagged
// with its creation time as the reference date, written back as
// `chronicle timeml` writes it, read back and compared with the gold
// TIMEX3s.
//
// Usage:
//
//	go run ./cmd/tempeval [-v] [-mode news|narrative|auto] [-dayfirst] [-repeat N] [DIR...]
//
// With no DIR it scores the three benchmark corpora next to the repository
// (../shared/bench/tempeval3/train and test in news mode, and
// ../shared/bench/wikiwars in narrative mode). It prints one row per corpus
// (strict and relaxed precision, recall and F1, value and type F1, in
// percent, and the tagger's speed in MB/s of plain text, the fastest of
// -repeat runs over each text), then a breakdown
// by type; -v adds every miss, false alarm and wrong extent, value or type,
// file by file. The default run ends with the acceptance targets of
// issue 3, each marked met or MISSED (a missed target does not change the
// exit status). Exit status: 0, 1 if some file could not be read or
// tagged (the others are still scored), 2 for bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/chronicle-project/chronicle/internal/tempeval"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags and arguments.
type options struct {
	verbose  bool
	mode     string // "" for each corpus's own
	dayFirst bool
	repeat   int
	dirs     []string
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("tempeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	fs.BoolVar(&o.verbose, "v", false, "list every error, file by file")
	fs.StringVar(&o.mode, "mode", "", "anchoring mode for all corpora: news, narrative or auto (default: news for TempEval-3, narrative for WikiWars, auto for other folders)")
	fs.BoolVar(&o.dayFirst, "dayfirst", false, "read 03/04/2017 as 3 April")
	fs.IntVar(&o.repeat, "repeat", 3, "time the tagger `N` times over each text and keep the fastest")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tempeval [-v] [-mode news|narrative|auto] [-dayfirst] [-repeat N] [DIR...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	switch o.mode {
	case "", "news", "narrative", "auto":
	default:
		fs.Usage()
		return nil, fmt.Errorf("unknown -mode %q", o.mode)
	}
	o.dirs = fs.Args()
	return o, nil
}

func parseMode(s string) tempex.Mode {
	switch s {
	case "news":
		return tempex.News
	case "narrative":
		return tempex.Narrative
	}
	return tempex.Auto
}

// repoRoot walks up from dir to the folder that holds go.mod.
func repoRoot(dir string) (string, error) {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the repository (no go.mod above the current folder): give the corpus folders")
		}
		dir = parent
	}
}

// corpora returns what to score: the folders given, or the three
// benchmark corpora.
func corpora(o *options) ([]tempeval.Corpus, error) {
	var cs []tempeval.Corpus
	if len(o.dirs) > 0 {
		for _, d := range o.dirs {
			cs = append(cs, tempeval.Corpus{Name: filepath.Clean(d), Dir: d, Mode: parseMode(o.mode)})
		}
		return cs, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := repoRoot(wd)
	if err != nil {
		return nil, err
	}
	bench := filepath.Join(root, "..", "shared", "bench")
	cs = []tempeval.Corpus{
		{Name: "tempeval3/train", Dir: filepath.Join(bench, "tempeval3", "train"), Mode: tempex.News},
		{Name: "tempeval3/test", Dir: filepath.Join(bench, "tempeval3", "test"), Mode: tempex.News},
		{Name: "wikiwars", Dir: filepath.Join(bench, "wikiwars"), Mode: tempex.Narrative},
	}
	if o.mode != "" {
		for i := range cs {
			cs[i].Mode = parseMode(o.mode)
		}
	}
	return cs, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "tempeval:", err)
		return 2
	}
	cs, err := corpora(o)
	if err != nil {
		fmt.Fprintln(stderr, "tempeval:", err)
		return 2
	}
	status := 0
	var results []*tempeval.CorpusResult
	for _, c := range cs {
		r, err := tempeval.Run(c, tempeval.TagOptions{DayFirst: o.dayFirst, Repeat: o.repeat})
		if err != nil {
			fmt.Fprintln(stderr, "tempeval:", err)
			status = 1
			continue
		}
		if len(r.Errors) > 0 {
			fmt.Fprintln(stderr, r.Errors)
			status = 1
		}
		results = append(results, r)
	}
	if len(results) == 0 {
		return status
	}
	if o.verbose {
		for _, r := range results {
			fmt.Fprintf(stdout, "### %s\n", r.Name)
			if err := tempeval.WriteErrors(stdout, r); err != nil {
				fmt.Fprintln(stderr, "tempeval:", err)
				return 1
			}
			fmt.Fprintln(stdout)
		}
	}
	if err := tempeval.WriteTable(stdout, results); err != nil {
		fmt.Fprintln(stderr, "tempeval:", err)
		return 1
	}
	fmt.Fprintln(stdout)
	if err := tempeval.WriteTypes(stdout, results); err != nil {
		fmt.Fprintln(stderr, "tempeval:", err)
		return 1
	}
	if len(o.dirs) == 0 {
		fmt.Fprintln(stdout)
		met, checked, err := tempeval.WriteTargets(stdout, results, tempeval.Issue3Targets)
		if err != nil {
			fmt.Fprintln(stderr, "tempeval:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%d of %d targets of issue 3 met\n", met, checked)
	}
	return status
}
