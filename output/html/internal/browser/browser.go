// Package browser drives a headless Chromium for the timeline's browser
// tests and the screenshot tool: a fresh profile, no network, and a record
// of everything the page asked for or complained about.
package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ErrNoChromium is returned by Path when no Chromium binary can be found.
var ErrNoChromium = errors.New("chromium not found: run scripts/ensure-chromium.sh or set CHROMIUM=/path/to/chromium")

// Path returns the Chromium to use: $CHROMIUM, else /usr/bin/chromium,
// else chromium or chromium-browser on $PATH.
func Path() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("CHROMIUM=%s: %w", p, err)
		}
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// Browser is a running headless Chromium with a fresh profile.
type Browser struct {
	ctx    context.Context
	cancel context.CancelFunc
	dir    string
}

// Start launches Chromium at path with a window of the given size.
func Start(ctx context.Context, path string, width, height int) (*Browser, error) {
	dir, err := os.MkdirTemp("", "chronicle-chromium-")
	if err != nil {
		return nil, err
	}
	o := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("font-render-hinting", "none"),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(width, height),
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, o...)
	bctx, bcancel := chromedp.NewContext(actx)
	if err := chromedp.Run(bctx); err != nil {
		bcancel()
		acancel()
		os.RemoveAll(dir)
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return &Browser{ctx: bctx, cancel: func() { bcancel(); acancel() }, dir: dir}, nil
}

// Close stops the browser and removes its profile.
func (b *Browser) Close() {
	b.cancel()
	os.RemoveAll(b.dir)
}

// Tab is one page of the browser, offline: every request other than
// file: and data: fails, and is recorded.
type Tab struct {
	Ctx    context.Context
	cancel context.CancelFunc

	mu       sync.Mutex
	requests []string // every URL the page asked for
	blocked  []string
	errors   []string // console errors, uncaught exceptions, error log entries
	dialogs  []string
}

// hooks run before any script of the page: they record dialogs, CSP
// violations and anything that reports itself through window.__xss.
const hooks = `(function(){
  window.__dialogs = [];
  ['alert','confirm','prompt','print'].forEach(function(n){
    var f = function(m){ window.__dialogs.push(n + ':' + String(m)); return null; };
    try { Object.defineProperty(window, n, {value: f, writable: false, configurable: false}); } catch (e) {}
  });
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', function(e){ window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });
})();`

// NewTab opens an offline tab.
func (b *Browser) NewTab() (*Tab, error) {
	ctx, cancel := chromedp.NewContext(b.ctx)
	t := &Tab{Ctx: ctx, cancel: cancel}
	chromedp.ListenTarget(ctx, t.listen)
	err := chromedp.Run(ctx,
		network.Enable(),
		network.OverrideNetworkState(true, 0, -1, -1),
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*"}}),
		runtime.Enable(),
		cdplog.Enable(),
		page.Enable(),
		performance.Enable(),
		// A tab in the background gets no frames, so input events to it
		// never complete: bring it to the front and let it keep focus.
		page.BringToFront(),
		emulation.SetFocusEmulationEnabled(true),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(hooks).Do(ctx)
			return err
		}),
	)
	if err != nil {
		cancel()
		return nil, err
	}
	return t, nil
}

func local(url string) bool {
	return strings.HasPrefix(url, "file:") || strings.HasPrefix(url, "data:") || url == "about:blank"
}

func (t *Tab) listen(ev any) {
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		t.add(&t.requests, e.Request.URL)
	case *fetch.EventRequestPaused:
		url := e.Request.URL
		go func() {
			ctx := cdp.WithExecutor(t.Ctx, chromedp.FromContext(t.Ctx).Target)
			if local(url) {
				_ = fetch.ContinueRequest(e.RequestID).Do(ctx)
				return
			}
			t.add(&t.blocked, url)
			_ = fetch.FailRequest(e.RequestID, network.ErrorReasonBlockedByClient).Do(ctx)
		}()
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			t.add(&t.errors, "console."+string(e.Type)+": "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		msg := e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
		t.add(&t.errors, "exception: "+msg)
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.LevelError {
			t.add(&t.errors, "log("+string(e.Entry.Source)+"): "+e.Entry.Text+" "+e.Entry.URL)
		}
	case *page.EventJavascriptDialogOpening:
		t.add(&t.dialogs, string(e.Type)+": "+e.Message)
		go func() {
			ctx := cdp.WithExecutor(t.Ctx, chromedp.FromContext(t.Ctx).Target)
			_ = page.HandleJavaScriptDialog(false).Do(ctx)
		}()
	}
}

func (t *Tab) add(list *[]string, s string) {
	t.mu.Lock()
	*list = append(*list, s)
	t.mu.Unlock()
}

func (t *Tab) get(list *[]string) []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), *list...)
}

// Requests returns every URL the page requested, in order.
func (t *Tab) Requests() []string { return t.get(&t.requests) }

// Blocked returns the requests that were refused because they were not local.
func (t *Tab) Blocked() []string { return t.get(&t.blocked) }

// Errors returns console errors, uncaught exceptions and error log entries
// (CSP violations and failed loads among them).
func (t *Tab) Errors() []string { return t.get(&t.errors) }

// Dialogs returns the JavaScript dialogs the browser itself saw open.
func (t *Tab) Dialogs() []string { return t.get(&t.dialogs) }

// Close closes the tab.
func (t *Tab) Close() { t.cancel() }

// EvalInFrame evaluates a JavaScript expression in an isolated world of the
// n-th child frame of the page (it sees the frame's DOM, not its globals)
// and stores the result in out.
func (t *Tab) EvalInFrame(ctx context.Context, n int, expr string, out any) error {
	return chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		tree, err := page.GetFrameTree().Do(ctx)
		if err != nil {
			return err
		}
		if n >= len(tree.ChildFrames) {
			return fmt.Errorf("the page has %d frames, not %d", len(tree.ChildFrames), n+1)
		}
		id, err := page.CreateIsolatedWorld(tree.ChildFrames[n].Frame.ID).Do(ctx)
		if err != nil {
			return err
		}
		res, exc, err := runtime.Evaluate(expr).WithContextID(id).WithReturnByValue(true).Do(ctx)
		if err != nil {
			return err
		}
		if exc != nil {
			return fmt.Errorf("%s: %s", expr, exc.Text)
		}
		return json.Unmarshal(res.Value, out)
	}))
}

// CPUTime returns the processor time (user and system) that the main
// threads of the browser's renderer processes have used so far, read from
// /proc on Linux. That thread parses the page, runs its scripts and lays it
// out: it is the critical path to the first drawn frame. Unlike the wall
// clock, it does not count the time other programs hold the processor, so
// it measures what a page costs on a busy machine.
func (b *Browser) CPUTime() (time.Duration, error) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0, err
	}
	const hz = 100 // USER_HZ, 100 on Linux
	var ticks int64
	for _, e := range entries {
		pid := e.Name()
		if pid[0] < '0' || pid[0] > '9' {
			continue
		}
		cmd, err := os.ReadFile("/proc/" + pid + "/cmdline")
		if err != nil || !strings.Contains(string(cmd), b.dir) || !strings.Contains(string(cmd), "--type=renderer") {
			continue
		}
		// The main thread is the one whose id is the process id.
		stat, err := os.ReadFile("/proc/" + pid + "/task/" + pid + "/stat")
		if err != nil {
			continue
		}
		// Fields after the command name, which is in parentheses and may
		// hold spaces: utime and stime are the 12th and 13th of them.
		f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		s, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + s
	}
	return time.Duration(ticks) * time.Second / hz, nil
}
