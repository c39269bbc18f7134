// Package browser drives a headless Chromium for the timeline's browser
// tests and the screenshot tool: a fresh profile, no network, and a record
// of everything the page asked for or complained about.
package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/fetch"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
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
