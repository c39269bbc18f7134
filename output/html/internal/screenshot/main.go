// Command screenshot writes a PNG of an HTML timeline as headless Chromium
// draws it offline, for the README:
//
//	go run ./output/html/internal/screenshot -o docs/timeline.png out/timeline.html
//
// It waits until the chart has drawn, refuses pages that try to reach the
// network or log errors, and captures the title and the chart (-full: the
// whole page).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/chronicle-project/chronicle/output/html/internal/browser"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("screenshot", flag.ContinueOnError)
	out := fs.String("o", "timeline.png", "the PNG to write")
	width := fs.Int("width", 1200, "window width in CSS pixels")
	height := fs.Int("height", 800, "window height in CSS pixels")
	scale := fs.Float64("scale", 1, "device pixel ratio of the capture")
	full := fs.Bool("full", false, "capture the whole page, not only the title and chart")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: screenshot [-o FILE.png] [-width W] [-height H] [-scale S] [-full] TIMELINE.html")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if err := shoot(fs.Arg(0), *out, *width, *height, *scale, *full); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		return 1
	}
	return 0
}

func shoot(in, out string, width, height int, scale float64, full bool) error {
	abs, err := filepath.Abs(in)
	if err != nil {
		return err
	}
	if _, err := os.Stat(abs); err != nil {
		return err
	}
	path, err := browser.Path()
	if err != nil {
		return err
	}
	b, err := browser.Start(context.Background(), path, width, height)
	if err != nil {
		return err
	}
	defer b.Close()
	tab, err := b.NewTab()
	if err != nil {
		return err
	}
	defer tab.Close()
	ctx, cancel := context.WithTimeout(tab.Ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate("file://"+abs)); err != nil {
		return err
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		var state string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`(function(){var s=window.__chronicle; if(!s) return '';
			var k=Object.keys(s); return k.length ? s[k[0]].state : '';})()`, &state)); err != nil {
			return err
		}
		if state == "drawn" {
			break
		}
		if state == "failed" || time.Now().After(deadline) {
			return fmt.Errorf("%s: the timeline did not draw (state %q; errors %q)", in, state, tab.Errors())
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // let the last frame settle
	if bl := tab.Blocked(); len(bl) > 0 {
		return fmt.Errorf("%s: the page tried to reach the network: %q", in, bl)
	}
	if e := tab.Errors(); len(e) > 0 {
		return fmt.Errorf("%s: the page logged errors: %q", in, e)
	}
	// Pin the charts' heights (they may be given in vh) and size the
	// viewport to the part to capture, so that it is all drawn and does not
	// reflow while it is captured.
	part := `(function(){document.querySelectorAll('.chr-chart').forEach(function(e){e.style.height=e.getBoundingClientRect().height+'px';});
		var r=document.querySelector('.chronicle').getBoundingClientRect(),
		n=document.querySelector('.chronicle .chr-legend-note')||document.querySelector('.chronicle .chr-chart');
		return [r.left+window.scrollX, r.top+window.scrollY, r.width, n.getBoundingClientRect().bottom+window.scrollY+14-r.top];})()`
	if full {
		part = `(function(){document.querySelectorAll('.chr-chart').forEach(function(e){e.style.height=e.getBoundingClientRect().height+'px';});
		return [0, 0, document.documentElement.scrollWidth, document.documentElement.scrollHeight];})()`
	}
	var box []float64
	if err := chromedp.Run(ctx, chromedp.Evaluate(part, &box)); err != nil {
		return err
	}
	if len(box) != 4 || box[2] < 1 || box[3] < 1 {
		return fmt.Errorf("%s: nothing to capture (%v)", in, box)
	}
	var png []byte
	err = chromedp.Run(ctx,
		chromedp.EmulateViewport(int64(width), int64(math.Ceil(box[1]+box[3])), chromedp.EmulateScale(scale)),
		chromedp.Sleep(400*time.Millisecond),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			png, err = page.CaptureScreenshot().WithFormat(page.CaptureScreenshotFormatPng).
				WithClip(&page.Viewport{X: box[0], Y: box[1], Width: box[2], Height: box[3], Scale: 1}).Do(ctx)
			return err
		}))
	if err != nil {
		return err
	}
	if len(png) == 0 {
		return errors.New("empty screenshot")
	}
	if dir := filepath.Dir(out); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	return os.WriteFile(out, png, 0o644)
}
