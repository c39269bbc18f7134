package html

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/chronicle-project/chronicle/output/html/internal/browser"
	"github.com/chronicle-project/chronicle/timeline"
)

// The browser tests run the pages in headless Chromium. Outside CI they are
// skipped when Chromium or the ECharts asset is missing; in CI (CI=true)
// that is a failure.

var (
	browserOnce sync.Once
	sharedB     *browser.Browser
	browserErr  error
)

func needBrowser(t *testing.T) *browser.Browser {
	t.Helper()
	inCI := os.Getenv("CI") == "true"
	if !HasEmbeddedECharts() {
		msg := "the ECharts asset is not embedded: run `make assets` (scripts/fetch-echarts.sh)"
		if inCI {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	path, err := browser.Path()
	if err != nil {
		if inCI {
			t.Fatalf("CI=true and %v", err)
		}
		t.Skip(err)
	}
	browserOnce.Do(func() { sharedB, browserErr = browser.Start(context.Background(), path, 1280, 900) })
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return sharedB
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedB != nil {
		sharedB.Close()
	}
	os.Exit(code)
}

// page is a timeline open in a tab.
type page struct {
	t   *testing.T
	tab *browser.Tab
	id  string
}

func (p *page) eval(js string, out any) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.tab.Ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, out)); err != nil {
		p.t.Fatalf("evaluating %s: %v", js, err)
	}
}

func (p *page) st(expr string) string {
	return fmt.Sprintf("window.__chronicle[%q].%s", p.id, expr)
}

// waitFor polls a JavaScript condition.
func (p *page) waitFor(cond string) {
	p.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		var ok bool
		p.eval("!!("+cond+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("timed out waiting for %s; errors: %q", cond, p.tab.Errors())
		}
		time.Sleep(30 * time.Millisecond)
	}
}

func writeFile(t *testing.T, name string, c *timeline.Chronology, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, c, opt); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// openFile loads a page from file:// and waits until the chart with the
// given id has drawn (id "" means the only one).
func openFile(t *testing.T, b *browser.Browser, path, id string) *page {
	t.Helper()
	tab, err := b.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tab.Close)
	ctx, cancel := context.WithTimeout(tab.Ctx, 120*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate("file://"+path)); err != nil {
		t.Fatal(err)
	}
	p := &page{t: t, tab: tab, id: id}
	if id == "" {
		p.waitFor("window.__chronicle && Object.keys(window.__chronicle).length")
		p.eval("Object.keys(window.__chronicle)[0]", &p.id)
	}
	p.waitFor(p.st("state") + " === 'drawn' || " + p.st("state") + " === 'failed'")
	var state string
	p.eval(p.st("state"), &state)
	if state != "drawn" {
		var msg string
		p.eval(p.st("error"), &msg)
		t.Fatalf("chart did not draw: %s", msg)
	}
	return p
}

func openChronology(t *testing.T, b *browser.Browser, c *timeline.Chronology, opt Options) *page {
	t.Helper()
	return openFile(t, b, writeFile(t, "timeline.html", c, opt), "")
}

// clean checks that the page stayed offline and quiet.
func (p *page) clean() {
	p.t.Helper()
	for _, u := range p.tab.Requests() {
		if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
			p.t.Errorf("page requested %s", u)
		}
	}
	if bl := p.tab.Blocked(); len(bl) > 0 {
		p.t.Errorf("blocked requests: %q", bl)
	}
	if e := p.tab.Errors(); len(e) > 0 {
		p.t.Errorf("console errors: %q", e)
	}
	if d := p.tab.Dialogs(); len(d) > 0 {
		p.t.Errorf("dialogs opened: %q", d)
	}
	var hooked []string
	p.eval("(window.__dialogs || []).concat(window.__csp || [], window.__xss ? ['window.__xss set'] : [])", &hooked)
	if len(hooked) > 0 {
		p.t.Errorf("dialogs, CSP violations or XSS flag: %q", hooked)
	}
}

// hover moves the mouse over event i and returns the tooltip's text once
// it holds want (or whatever it holds after 3 s).
func (p *page) hover(i int, want string) (string, bool) {
	p.t.Helper()
	var pt []float64
	var ok bool
	p.eval(fmt.Sprintf(`(function(){var r=document.getElementById('%s-chart').getBoundingClientRect();
	  if (r.top < 0 || r.bottom > innerHeight) { document.getElementById('%s-chart').scrollIntoView({block:'center'}); } return true;})()`, p.id, p.id), &ok)
	p.eval(p.st(fmt.Sprintf("point(%d)", i)), &pt)
	if len(pt) != 2 {
		return "", false
	}
	ctx, cancel := context.WithTimeout(p.tab.Ctx, 10*time.Second)
	defer cancel()
	// Leave the chart and let the last tooltip fade (it takes the pointer,
	// so it could cover the next event), then enter anew.
	if err := chromedp.Run(ctx, chromedp.MouseEvent(input.MouseMoved, 2, 2), chromedp.Sleep(600*time.Millisecond)); err != nil {
		p.t.Fatal(err)
	}
	if err := chromedp.Run(ctx, chromedp.MouseEvent(input.MouseMoved, pt[0], pt[1])); err != nil {
		p.t.Fatal(err)
	}
	tip := fmt.Sprintf(`(function(){var t=document.querySelector('#%s-chart .chr-tip-box');
	  var s=t && getComputedStyle(t); return s && s.display !== 'none' && s.visibility !== 'hidden' && s.opacity !== '0' ? t.textContent : '';})()`, p.id)
	deadline := time.Now().Add(3 * time.Second)
	var text string
	for time.Now().Before(deadline) {
		p.eval(tip, &text)
		if text != "" && strings.Contains(text, want) {
			return text, true
		}
		time.Sleep(25 * time.Millisecond)
	}
	return text, true
}

func (p *page) screenshot(sel string) image.Image {
	p.t.Helper()
	var buf []byte
	ctx, cancel := context.WithTimeout(p.tab.Ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Screenshot(sel, &buf, chromedp.ByQuery)); err != nil {
		p.t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		p.t.Fatal(err)
	}
	return img
}

// inked returns the share of pixels that differ clearly from the
// top-left pixel, the background.
func inked(img image.Image) float64 {
	b := img.Bounds()
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if absDiff(r, br)+absDiff(g, bg)+absDiff(bl, bb) > 3*0x1800 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}

// inkedWithin is inked of a screenshot of sel, taken again for up to 5 s
// while the share is below want: a loaded machine may draw the chart's
// first frames late.
func (p *page) inkedWithin(sel string, want float64) float64 {
	p.t.Helper()
	share := 0.0
	for deadline := time.Now().Add(5 * time.Second); ; {
		if share = inked(p.screenshot(sel)); share >= want || time.Now().After(deadline) {
			return share
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func mustLoad(t *testing.T, name string) *timeline.Chronology {
	t.Helper()
	c, err := loadChronology(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBrowserExamples(t *testing.T) {
	b := needBrowser(t)
	for _, name := range []string{"small.json", "history.json"} {
		for _, theme := range []string{"light", "dark"} {
			t.Run(name+"/"+theme, func(t *testing.T) {
				c := mustLoad(t, name)
				p := openChronology(t, b, c, Options{Theme: theme})
				if share := p.inkedWithin("#"+p.id+"-chart", 0.02); share < 0.02 {
					t.Errorf("the chart looks blank: %.2f%% of its pixels are drawn", 100*share)
				}
				var n, drawn int
				p.eval(p.st("events"), &n)
				p.eval(p.st("drawn"), &drawn)
				if want := len(c.Dated()); n != want || drawn != want {
					t.Errorf("page has %d events, draws %d; want %d", n, drawn, want)
				}
				p.clean()
			})
		}
	}
}

// TestBrowserPrint checks the print style: the list in black on white,
// no controls, and the chart as a light picture of the window in view,
// drawn when the browser announces the print.
func TestBrowserPrint(t *testing.T) {
	b := needBrowser(t)
	p := openChronology(t, b, mustLoad(t, "small.json"), Options{Theme: "dark"})

	var before []float64
	p.eval(fmt.Sprintf(`(function(){var c=echarts.getInstanceByDom(document.getElementById('%s-chart')), z=c.getOption().dataZoom[0]; return [c.getWidth(), c.getHeight(), z.start, z.end];})()`, p.id), &before)
	p.eval(`window.dispatchEvent(new Event('beforeprint')), 0`, nil)
	var pic struct {
		Tag, Screen, Label         string
		Width, Dark, Light, Pixels float64
		Corner, After              []float64
		URL                        string
	}
	p.eval(fmt.Sprintf(`(function(){var r=document.getElementById('%[1]s'), c=r.querySelector('.chr-print-chart');
	  if (!c) { return {}; }
	  var x=c.getContext('2d'), d=x.getImageData(0, 0, c.width, c.height).data, dark=0, light=0;
	  for (var k=0; k<d.length; k+=4) { var l=(d[k]+d[k+1]+d[k+2])/3; if (l<80) { dark++; } else if (l>245) { light++; } }
	  var ch=echarts.getInstanceByDom(document.getElementById('%[1]s-chart')), z=ch.getOption().dataZoom[0];
	  return {Tag: c.tagName, Screen: getComputedStyle(c).display, Label: c.getAttribute('aria-label'), Width: c.width,
	    Dark: dark, Light: light, Pixels: d.length/4, Corner: Array.from(x.getImageData(1, 1, 1, 1).data),
	    After: [ch.getWidth(), ch.getHeight(), z.start, z.end], URL: c.toDataURL()};})()`, p.id), &pic)
	switch {
	case pic.Tag != "CANVAS":
		t.Fatalf("after beforeprint: no print picture (%+v)", pic)
	case pic.Screen != "none":
		t.Errorf("print picture shown on screen (display %q)", pic.Screen)
	case pic.Width != 1400:
		t.Errorf("print picture is %v pixels wide, want 2 × 700", pic.Width)
	case !slices.Equal(pic.Corner, []float64{255, 255, 255, 255}):
		t.Errorf("print picture's background = %v, want opaque white", pic.Corner)
	case pic.Light < pic.Pixels/2 || pic.Dark < 500:
		t.Errorf("print picture has %v light and %v dark pixels of %v: want a light chart with dark marks and text", pic.Light, pic.Dark, pic.Pixels)
	case !strings.Contains(pic.Label, "Timeline chart"):
		t.Errorf("print picture label = %q", pic.Label)
	case !slices.Equal(pic.After, before):
		t.Errorf("chart on screen after the picture (width, height, zoom) = %v, want %v as before", pic.After, before)
	}

	// The same picture as a light page prints.
	lp := openChronology(t, b, mustLoad(t, "small.json"), Options{Theme: "light"})
	var light string
	lp.eval(`window.dispatchEvent(new Event('beforeprint')), 0`, nil)
	lp.eval(`document.querySelector('.chr-print-chart').toDataURL()`, &light)
	lp.clean()
	if light != pic.URL {
		t.Errorf("a dark page prints its chart otherwise than a light page (%d and %d bytes of PNG)", len(pic.URL), len(light))
	}

	ctx, cancel := context.WithTimeout(p.tab.Ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, emulation.SetEmulatedMedia().WithMedia("print")); err != nil {
		t.Fatal(err)
	}
	var got []string
	p.eval(fmt.Sprintf(`(function(){var r=document.getElementById('%[1]s'), cs=function(s){return getComputedStyle(r.querySelector(s));};
	  return [cs('.chr-chart').display, cs('.chr-print-chart').display, cs('.chr-legend-note').display, cs('.chr-tools').display,
	    cs('.chr-items').display, cs('.chr-items > li').color, getComputedStyle(r).backgroundColor,
	    String(r.querySelector('.chr-print-chart').getBoundingClientRect().width > 300),
	    cs('.chr-print-chart').position,
	    String(r.querySelector('.chr-print-chart').getBoundingClientRect().bottom <= r.querySelector('.chr-items').getBoundingClientRect().top)];})()`, p.id), &got)
	want := []string{"none", "block", "block", "none", "block", "rgb(0, 0, 0)", "rgb(255, 255, 255)", "true", "static", "true"}
	if !slices.Equal(got, want) {
		t.Errorf("in print: chart, picture, key, tools, list display, text color, background, picture wide, its position, above the list = %q, want %q", got, want)
	}
	p.clean()
}

func TestBrowserTooltips(t *testing.T) {
	b := needBrowser(t)
	c := mustLoad(t, "small.json")
	p := openChronology(t, b, c, Options{})
	m := buildModel(c)
	for i, it := range m.Events {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			p := &page{t: t, tab: p.tab, id: p.id}
			text, drawn := p.hover(i, headline(it.ev))
			if !drawn {
				t.Fatalf("event %d (%s) is not drawn", i, headline(it.ev))
			}
			for _, want := range []string{headline(it.ev), it.when, it.ev.Text, it.ev.DateText, it.ev.Source().Name()} {
				if !strings.Contains(text, want) {
					t.Errorf("tooltip %q lacks %q", text, want)
				}
			}
		})
	}
	p.clean()
}

func TestBrowserInteraction(t *testing.T) {
	b := needBrowser(t)
	c := mustLoad(t, "small.json")
	m := buildModel(c)
	total := len(m.Events)

	t.Run("legend hides a group", func(t *testing.T) {
		p := openChronology(t, b, c, Options{})
		hidden := m.Groups[0]
		inGroup := 0
		for _, it := range m.Events {
			if it.group == 0 {
				inGroup++
			}
		}
		var name string
		p.eval(fmt.Sprintf(`(function(){var ch=echarts.getInstanceByDom(document.getElementById('%s-chart'));
		  ch.dispatchAction({type:'legendUnSelect', name:%q}); return ch.getOption().series[0].name;})()`, p.id, hidden), &name)
		if name != hidden {
			t.Fatalf("series 0 is %q, want %q", name, hidden)
		}
		p.waitFor(fmt.Sprintf("%s === %d", p.st("drawn"), total-inGroup))
		var pt []float64
		for i, it := range m.Events {
			p.eval(p.st(fmt.Sprintf("point(%d)", i)), &pt)
			if (it.group == 0) != (pt == nil) {
				t.Errorf("event %d of group %d: drawn at %v after hiding group 0", i, it.group, pt)
			}
		}
		p.clean()
	})

	t.Run("search filters", func(t *testing.T) {
		p := openChronology(t, b, c, Options{})
		ctx, cancel := context.WithTimeout(p.tab.Ctx, 10*time.Second)
		defer cancel()
		if err := chromedp.Run(ctx, chromedp.SendKeys("#"+p.id+"-search", "lu kang", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		p.waitFor(p.st("matches") + " === 1")
		p.waitFor(p.st("drawn") + " === 1")
		var count string
		var visible int
		p.eval(fmt.Sprintf("document.getElementById('%s-count').textContent", p.id), &count)
		p.eval(fmt.Sprintf("document.querySelectorAll('#%s-list > li:not([hidden])').length", p.id), &visible)
		if count != fmt.Sprintf("1 of %d events", total) || visible != 1 {
			t.Errorf("after searching: count %q, %d rows visible", count, visible)
		}
		text, _ := p.hover(indexOf(m, "Lu Kang calls the reports untrue"), "Lu Kang")
		if !strings.Contains(text, "Lu Kang") {
			t.Errorf("the matching event's tooltip is %q", text)
		}
		p.clean()
	})

	t.Run("click highlights the row", func(t *testing.T) {
		p := openChronology(t, b, c, Options{})
		i := indexOf(m, "Human Rights Watch denounces the DNA campaign")
		var pt []float64
		p.eval(p.st(fmt.Sprintf("point(%d)", i)), &pt)
		ctx, cancel := context.WithTimeout(p.tab.Ctx, 10*time.Second)
		defer cancel()
		if err := chromedp.Run(ctx, chromedp.MouseClickXY(pt[0], pt[1])); err != nil {
			t.Fatal(err)
		}
		p.waitFor(fmt.Sprintf("document.getElementById('%s-e%d').classList.contains('chr-selected')", p.id, i))
		var active string
		p.eval("document.activeElement.id", &active)
		if want := fmt.Sprintf("%s-e%d", p.id, i); active != want {
			t.Errorf("focus is on %q, want the row %q", active, want)
		}
		p.clean()
	})

	t.Run("keyboard in the list", func(t *testing.T) {
		p := openChronology(t, b, c, Options{})
		ctx, cancel := context.WithTimeout(p.tab.Ctx, 10*time.Second)
		defer cancel()
		row0 := fmt.Sprintf("#%s-e0", p.id)
		if err := chromedp.Run(ctx, chromedp.Focus(row0, chromedp.ByQuery),
			chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatal(err)
		}
		var active string
		p.eval("document.activeElement.id", &active)
		if want := fmt.Sprintf("%s-e2", p.id); active != want {
			t.Errorf("after two ArrowDown, focus is on %q, want %q", active, want)
		}
		p.waitFor(p.st("selected") + " === 2")
		p.waitFor(fmt.Sprintf("(document.querySelector('#%s-chart .chr-tip-box')||{}).textContent && document.querySelector('#%s-chart .chr-tip-box').textContent.indexOf(%q) >= 0",
			p.id, p.id, headline(m.Events[2].ev)))
		p.clean()
	})
}

func indexOf(m *model, title string) int {
	for i, it := range m.Events {
		if headline(it.ev) == title {
			return i
		}
	}
	panic("no event " + title)
}

func TestBrowserXSS(t *testing.T) {
	b := needBrowser(t)
	c := mustLoad(t, "xss.json")
	for _, opt := range []Options{{}, {Theme: "dark"}} {
		t.Run("theme "+opt.Theme, func(t *testing.T) {
			p := openChronology(t, b, c, opt)
			m := buildModel(c)
			for i := range m.Events {
				text, drawn := p.hover(i, headline(m.Events[i].ev))
				if !drawn {
					t.Errorf("event %d is not drawn", i)
					continue
				}
				if !strings.Contains(text, headline(m.Events[i].ev)) {
					t.Errorf("tooltip %d %q does not show the title as text", i, text)
				}
			}
			// Click every event, so that every row gets selected too.
			for i := range m.Events {
				var pt []float64
				p.eval(p.st(fmt.Sprintf("point(%d)", i)), &pt)
				if pt != nil {
					ctx, cancel := context.WithTimeout(p.tab.Ctx, 5*time.Second)
					chromedp.Run(ctx, chromedp.MouseClickXY(pt[0], pt[1]))
					cancel()
				}
			}
			var injected int
			p.eval(`document.querySelectorAll('img, iframe, svg, object, embed, style:not(:first-of-type), [onerror], [onload], [onclick], [onmouseover], b, a[href^="javascript"], a[href^="data"], a[href^="//"]').length`, &injected)
			if injected != 0 {
				t.Errorf("%d injected elements in the page", injected)
			}
			var scripts int
			p.eval(`document.scripts.length`, &scripts)
			if scripts != 3 {
				t.Errorf("the page has %d script elements, want 3 (data, ECharts, ours)", scripts)
			}
			var hrefs []string
			p.eval(`Array.from(document.querySelectorAll('a[href]')).map(function(a){return a.href})`, &hrefs)
			for _, h := range hrefs {
				if !strings.HasPrefix(h, "https://") && !strings.HasPrefix(h, "http://") {
					t.Errorf("link to %q", h)
				}
			}
			p.clean()
		})
	}
}

// TestBrowserEmbedding: two fragments on one page, and the full page in
// an iframe that it sizes itself to.
func TestBrowserEmbedding(t *testing.T) {
	b := needBrowser(t)
	small, history := mustLoad(t, "small.json"), mustLoad(t, "history.json")
	dir := t.TempDir()

	t.Run("two fragments", func(t *testing.T) {
		var f1, f2 bytes.Buffer
		if err := Write(&f1, small, Options{Fragment: true, Height: "320px"}); err != nil {
			t.Fatal(err)
		}
		if err := Write(&f2, history, Options{Fragment: true, Theme: "dark"}); err != nil {
			t.Fatal(err)
		}
		host := "<!DOCTYPE html><html><head><meta charset=utf-8><title>Report</title></head><body><h1>A report</h1>\n" +
			f1.String() + "<p>Between the timelines.</p>\n" + f2.String() + "</body></html>\n"
		path := filepath.Join(dir, "host.html")
		os.WriteFile(path, []byte(host), 0o644)
		id1, id2 := fragmentID(t, f1.String()), fragmentID(t, f2.String())
		if id1 == id2 {
			t.Fatalf("both fragments have id %q", id1)
		}
		p := openFile(t, b, path, id1)
		p2 := &page{t: t, tab: p.tab, id: id2}
		p2.waitFor(p2.st("state") + " === 'drawn'")
		var h float64
		p.eval(fmt.Sprintf("document.getElementById('%s-chart').getBoundingClientRect().height", id1), &h)
		if h != 320 {
			t.Errorf("first fragment's chart is %vpx high, want 320", h)
		}
		text, _ := p2.hover(0, "Caesar")
		if !strings.Contains(text, "Caesar") {
			t.Errorf("second fragment's first tooltip: %q", text)
		}
		p.clean()
	})

	t.Run("iframe", func(t *testing.T) {
		inner := writeFile(t, "timeline.html", small, Options{})
		host := fmt.Sprintf("<!DOCTYPE html><html><body><iframe id=f src=%q width=640 height=480></iframe></body></html>", "file://"+inner)
		path := filepath.Join(dir, "iframe.html")
		os.WriteFile(path, []byte(host), 0o644)
		tab, err := b.NewTab()
		if err != nil {
			t.Fatal(err)
		}
		defer tab.Close()
		ctx, cancel := context.WithTimeout(tab.Ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Run(ctx, chromedp.Navigate("file://"+path)); err != nil {
			t.Fatal(err)
		}
		p := &page{t: t, tab: tab}
		var state string
		deadline := time.Now().Add(20 * time.Second)
		for state != "drawn" && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
			if err := tab.EvalInFrame(ctx, 0, `document.querySelector('.chronicle').getAttribute('data-state') || ''`, &state); err != nil {
				t.Fatal(err)
			}
		}
		if state != "drawn" {
			t.Fatalf("the page in the iframe did not draw (errors %q)", tab.Errors())
		}
		var w float64
		if err := tab.EvalInFrame(ctx, 0, `document.querySelector('.chr-chart canvas').getBoundingClientRect().width`, &w); err != nil {
			t.Fatal(err)
		}
		if w < 500 || w > 640 {
			t.Errorf("chart in a 640px iframe is %vpx wide", w)
		}
		if share := p.inkedWithin("#f", 0.02); share < 0.02 {
			t.Errorf("the iframe looks blank: %.2f%% of its pixels are drawn", 100*share)
		}
		p.clean()
	})
}

func fragmentID(t *testing.T, s string) string {
	t.Helper()
	const marker = `<div class="chronicle" id="`
	i := strings.Index(s, marker)
	if i < 0 {
		t.Fatal("no chronicle div in fragment")
	}
	s = s[i+len(marker):]
	return s[:strings.IndexByte(s, '"')]
}

// synthetic returns a deterministic chronology of n events over five
// lanes and every kind of date.
func synthetic(n int) *timeline.Chronology {
	c := &timeline.Chronology{Title: fmt.Sprintf("%d synthetic events", n)}
	lanes := []string{"Reuters", "Associated Press", "The Himalayan Times", "Human Rights Watch", "Ministry of Foreign Affairs"}
	for i := 0; i < n; i++ {
		d := timeline.Date{Year: 1900 + (i*7919)%125, Month: 1 + (i*31)%12, Day: 1 + (i*17)%28}
		switch i % 10 {
		case 0:
			d.Prec = timeline.Year
			d.Month, d.Day = 0, 0
		case 1, 2:
			d.Prec = timeline.Month
			d.Day = 0
		case 3:
			d.Prec = timeline.Day
			d.Mod = timeline.ModApprox
		default:
			d.Prec = timeline.Day
		}
		ev := timeline.Event{
			Span:     timeline.Span{Start: d},
			DateText: d.String(),
			Title:    fmt.Sprintf("Event number %d in the record", i),
			Text:     fmt.Sprintf("Event number %d happened, the report says, in a sentence of ordinary length for a news story.", i),
			Group:    lanes[i%len(lanes)],
			Sources:  []timeline.Citation{{Outlet: lanes[i%len(lanes)], URL: fmt.Sprintf("https://example.org/story/%d", i)}},
		}
		ev.ID = timeline.MakeID(ev.Group, ev.Span, ev.DateText, ev.Text)
		c.Events = append(c.Events, ev)
	}
	return c
}

// TestBrowserPerformance measures the time from navigation to the first
// drawn frame and the JavaScript heap, and checks that 10,000 events draw
// within 2 s and that more switch to the density view.
func TestBrowserPerformance(t *testing.T) {
	b := needBrowser(t)
	for _, n := range []int{100, 1000, 10000, 30000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			path := writeFile(t, "timeline.html", synthetic(n), Options{})
			// The machine is shared: take the best of up to three loads, as
			// a benchmark would, before judging.
			var best time.Duration
			for try := 0; try < 3; try++ {
				cpu := measure(t, b, path, n)
				if try == 0 || cpu < best {
					best = cpu
				}
				if n > 10000 || best <= 2*time.Second {
					break
				}
			}
			if n <= 10000 && best > 2*time.Second {
				t.Errorf("%d events took at best %v of processor time to draw, want < 2s", n, best)
			}
		})
	}
}

// measure loads a page, logs its costs and returns the processor time its
// renderer's main thread took to the first drawn frame.
func measure(t *testing.T, b *browser.Browser, path string, n int) time.Duration {
	info, _ := os.Stat(path)
	tab, err := b.NewTab()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tab.Close)
	p := &page{t: t, tab: tab}
	cpu0, err := b.CPUTime()
	if err != nil {
		t.Fatal(err)
	}
	// Navigate without waiting for the load event: the first frame
	// comes long before the browser has read a long list.
	nctx, ncancel := context.WithTimeout(tab.Ctx, 120*time.Second)
	defer ncancel()
	if err := chromedp.Run(nctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, _, _, _, err := cdppage.Navigate("file://" + path).Do(ctx)
		return err
	})); err != nil {
		t.Fatal(err)
	}
	var cpu time.Duration
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		var state string
		ectx, ecancel := context.WithTimeout(tab.Ctx, 2*time.Second)
		// While the page loads its context may change under us: retry.
		_ = chromedp.Run(ectx, chromedp.Evaluate(`(function(){var s=window.__chronicle; if(!s) return ''; var k=Object.keys(s); return k.length ? s[k[0]].state : '';})()`, &state))
		ecancel()
		if state == "drawn" {
			cpu1, err := b.CPUTime()
			if err != nil {
				t.Fatal(err)
			}
			cpu = cpu1 - cpu0
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no drawing after 90 s (state %q)", state)
		}
	}
	p.eval("Object.keys(window.__chronicle)[0]", &p.id)
	p.waitFor("document.readyState === 'complete'")
	var draw, start float64
	p.eval(p.st("drawMs"), &draw)
	p.eval(p.st("start"), &start)
	var used, total float64
	metrics := map[string]float64{}
	ctx, cancel := context.WithTimeout(p.tab.Ctx, 10*time.Second)
	defer cancel()
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		if used, total, _, _, err = runtime.GetHeapUsage().Do(ctx); err != nil {
			return err
		}
		ms, err := performance.GetMetrics().Do(ctx)
		for _, m := range ms {
			metrics[m.Name] = m.Value
		}
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	var mode string
	p.eval(p.st("mode"), &mode)
	var phases []float64
	p.eval(p.st("parsed")+"-"+p.st("start")+", ["+p.st("parsed")+"-"+p.st("start")+", "+p.st("initMs")+", "+p.st("layoutMs")+", "+p.st("renderMs")+"]", &phases)
	t.Logf("%6d events: in our script: JSON %.0f ms, chart setup %.0f ms, layout %.0f ms, ECharts render %.0f ms (last refresh)", n, phases[0], phases[1], phases[2], phases[3])
	t.Logf("%6d events: %5.1f MB file; first draw %5.0f ms after navigation (our script %5.0f ms); renderer main thread CPU to first draw %5.0f ms; main thread script %5.0f ms, layout %4.0f ms, style %4.0f ms; JS heap %5.1f MB used, %5.1f MB allocated; %s view",
		n, float64(info.Size())/1e6, draw, draw-start, float64(cpu.Milliseconds()), metrics["ScriptDuration"]*1000, metrics["LayoutDuration"]*1000, metrics["RecalcStyleDuration"]*1000,
		used/1e6, total/1e6, mode)
	// On a busy machine the wall clock measures the neighbours too;
	// the processor time of the renderer's main thread (parsing,
	// scripts, layout: the critical path) is what the page costs.
	if want := map[bool]string{true: "density", false: "detail"}[n > 10000]; mode != want {
		t.Errorf("%d events drawn in %s view, want %s", n, mode, want)
	}
	p.clean()
	tab.Close()
	return cpu
}

// TestBrowserFirstView: a lone event far from the others ("had not met
// since 1614" in a history of 1789-1799) does not squeeze the rest into a
// corner: the chart opens on where the events are, and the slider still
// reaches the whole; without such an outlier it opens on everything.
func TestBrowserFirstView(t *testing.T) {
	b := needBrowser(t)
	mk := func(outlier bool) *timeline.Chronology {
		c := &timeline.Chronology{Title: "Revolution"}
		if outlier {
			c.Events = append(c.Events, timeline.Event{ID: "e0", Title: "Last met", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: 1614}}})
		}
		for i := 0; i < 11; i++ {
			c.Events = append(c.Events, timeline.Event{ID: fmt.Sprintf("e%d", i+1), Title: fmt.Sprintf("Event %d", i+1),
				Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 1789 + i, Month: 5, Day: 5}}})
		}
		return c
	}
	t.Run("an event near the cluster stays in view", func(t *testing.T) {
		// a lesson on 1954-1968: "since the 1930s" is far; King's death
		// in 1968, three years after the last of the many, is not
		c := &timeline.Chronology{Title: "Civil rights"}
		c.Events = append(c.Events, timeline.Event{ID: "far", Title: "Since the 1930s", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Decade, Year: 1930}}})
		for i := 0; i < 20; i++ {
			c.Events = append(c.Events, timeline.Event{ID: fmt.Sprintf("c%d", i), Title: fmt.Sprintf("Event %d", i),
				Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 1954 + i*11/19, Month: 3, Day: 1}}})
		}
		c.Events = append(c.Events, timeline.Event{ID: "late1", Title: "Act signed", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 1967, Month: 1, Day: 10}}})
		c.Events = append(c.Events, timeline.Event{ID: "late2", Title: "King is killed", Span: timeline.Span{Start: timeline.Date{Prec: timeline.Day, Year: 1968, Month: 4, Day: 4}}})
		p := openChronology(t, b, c, Options{})
		defer p.clean()
		var view []float64
		p.eval(p.st("view"), &view)
		// where 4 April 1968 is on the axis: the extent runs from the
		// 1930s to the day after it, padded 5% each side
		ms := func(y, m, d int) float64 {
			return float64(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).UnixMilli())
		}
		lo, hi := ms(1930, 1, 1), ms(1968, 4, 5)
		pad := (hi - lo) * 0.05
		king := (ms(1968, 4, 4) + 12*3600e3 - (lo - pad)) / (hi - lo + 2*pad) * 100
		if len(view) != 2 || view[0] <= 0 || view[1] < king {
			t.Errorf("first view %v: want it zoomed past the 1930s and reaching 1968 (%.1f)", view, king)
		}
	})
	t.Run("a lesson's first event stays in view", func(t *testing.T) {
		// a town's history: the Romans in AD 75, then 1086 to 2002
		c := &timeline.Chronology{Title: "Our town"}
		for i, y := range []int{75, 1086, 1348, 1540, 1795, 1847, 1870, 1914, 1940, 1960, 1965, 1968, 2002} {
			c.Events = append(c.Events, timeline.Event{ID: fmt.Sprintf("t%d", i), Title: fmt.Sprintf("Event %d", i),
				Span: timeline.Span{Start: timeline.Date{Prec: timeline.Year, Year: y}}})
		}
		p := openChronology(t, b, c, Options{})
		defer p.clean()
		var view []float64
		p.eval(p.st("view"), &view)
		if len(view) != 2 || view[0] > 0 || view[1] < 100 {
			t.Errorf("first view %v, want the whole, AD 75 included", view)
		}
	})
	for _, tt := range []struct {
		name    string
		outlier bool
		zoomed  bool
	}{{"an outlier", true, true}, {"no outlier", false, false}} {
		t.Run(tt.name, func(t *testing.T) {
			p := openChronology(t, b, mk(tt.outlier), Options{})
			var view []float64
			p.eval(p.st("view"), &view)
			if len(view) != 2 {
				t.Fatalf("view %v", view)
			}
			if zoomed := view[0] > 0 || view[1] < 100; zoomed != tt.zoomed {
				t.Errorf("first view %v: zoomed %v, want %v", view, zoomed, tt.zoomed)
			}
			if tt.zoomed && view[0] < 80 {
				t.Errorf("first view %v starts before the cluster (1789 is past 80%% of 1614-1799)", view)
			}
			var zoom []float64
			p.eval("(function(){var z=echarts.getInstanceByDom(document.getElementById('"+p.id+"-chart')).getOption().dataZoom[0]; return [z.start, z.end];})()", &zoom)
			if len(zoom) != 2 || zoom[0] != view[0] || zoom[1] != view[1] {
				t.Errorf("the chart's zoom %v is not the first view %v", zoom, view)
			}
			p.clean()
		})
	}
}
