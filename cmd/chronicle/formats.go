package main

import (
	"io"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	csvout "github.com/chronicle-project/chronicle/output/csv"
	"github.com/chronicle-project/chronicle/output/html"
	"github.com/chronicle-project/chronicle/output/ics"
	jsonout "github.com/chronicle-project/chronicle/output/json"
	"github.com/chronicle-project/chronicle/output/markdown"
	"github.com/chronicle-project/chronicle/output/svg"
	"github.com/chronicle-project/chronicle/output/timelinejs"
	"github.com/chronicle-project/chronicle/timeline"
)

// htmlFlags are the options of the HTML timeline.
type htmlFlags struct {
	Subtitle string
	Height   string
	Theme    string
	Fragment bool
	ID       string
	CDN      bool
}

// register adds the page's flags to fs; snippet adds those of a snippet
// (--fragment, --id), which only render writes.
func (f *htmlFlags) register(fs *pflag.FlagSet, snippet bool) {
	fs.StringVar(&f.Subtitle, "subtitle", "", "a line under the timeline's title")
	fs.StringVar(&f.Height, "height", "", "height of the chart as a CSS length (480px, 60vh)")
	fs.StringVar(&f.Theme, "theme", "auto", "colours of the page: light, dark or auto (the viewer's setting)")
	if snippet {
		fs.BoolVar(&f.Fragment, "fragment", false, "write a snippet to paste into a page or CMS (a <div> and its script; no <html>)")
		fs.StringVar(&f.ID, "id", "", "namespace for the snippet's ids, so that several timelines can share a page")
	}
	fs.BoolVar(&f.CDN, "cdn", false, "load ECharts from its official CDN instead of embedding it (smaller file; needs the network to draw)")
}

// check refuses, as a usage error, the flag values the page cannot take,
// before any input is read or any file written.
func (f *htmlFlags) check() error {
	if err := f.options("").Check(); err != nil {
		return usagef("%s", strings.TrimPrefix(err.Error(), "html: "))
	}
	return nil
}

func (f *htmlFlags) options(title string) html.Options {
	return html.Options{Title: title, Subtitle: f.Subtitle, Height: f.Height, Theme: f.Theme, Fragment: f.Fragment, ID: f.ID, CDN: f.CDN}
}

// writer writes a chronology in one format and returns how many of its
// events the format could not hold (iCalendar has no BC dates, TimelineJS
// no undated events).
type writer func(w io.Writer, c *timeline.Chronology) (skipped int, err error)

func plain(write func(io.Writer, *timeline.Chronology) error) writer {
	return func(w io.Writer, c *timeline.Chronology) (int, error) { return 0, write(w, c) }
}

// writers are the formats of `chronicle extract --format`.
var writers = map[string]writer{
	"csv":  plain(func(w io.Writer, c *timeline.Chronology) error { return csvout.Write(w, c, csvout.Options{}) }),
	"json": plain(func(w io.Writer, c *timeline.Chronology) error { return jsonout.Write(w, c, jsonout.Options{}) }),
	"jsonl": plain(func(w io.Writer, c *timeline.Chronology) error {
		return jsonout.Write(w, c, jsonout.Options{Lines: true})
	}),
	"md":  plain(func(w io.Writer, c *timeline.Chronology) error { return markdown.Write(w, c, markdown.Options{}) }),
	"svg": plain(func(w io.Writer, c *timeline.Chronology) error { return svg.Write(w, c, svg.Options{}) }),
	"timelinejs": func(w io.Writer, c *timeline.Chronology) (int, error) {
		tw := timelinejs.NewWriter(w, c.Title, timelinejs.Options{})
		for i := range c.Events {
			if err := tw.Write(&c.Events[i]); err != nil {
				return 0, err
			}
		}
		return tw.Skipped(), tw.Close()
	},
	"ics": func(w io.Writer, c *timeline.Chronology) (int, error) {
		iw := ics.NewWriter(w, c.Title, ics.Options{})
		for i := range c.Events {
			if err := iw.Write(&c.Events[i]); err != nil {
				return 0, err
			}
		}
		return iw.Skipped(), iw.Close()
	},
}

// skippedWhy says, per format, which events it cannot hold.
var skippedWhy = map[string]string{
	"ics":        "iCalendar holds neither BC dates, years after 9999 nor undated references",
	"timelinejs": "TimelineJS cannot place undated references",
}

func formatNames() string {
	names := make([]string, 0, len(writers))
	for n := range writers {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

func writerFor(format string) (writer, error) {
	w, ok := writers[strings.ToLower(format)]
	if !ok {
		return nil, usagef("--format %q: want one of %s", format, formatNames())
	}
	return w, nil
}
