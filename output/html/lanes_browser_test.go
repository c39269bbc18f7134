package html

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/chronicle-project/chronicle/timeline"
)

// crowdedLanes is a chronology of several lanes whose events fall on
// neighbouring days with long headlines, so each lane stacks them in
// several rows.
func crowdedLanes(lanes, perLane int) *timeline.Chronology {
	c := &timeline.Chronology{Title: "Crowded lanes"}
	for l := 0; l < lanes; l++ {
		name := fmt.Sprintf("Source %c", 'A'+l)
		for j := 0; j < perLane; j++ {
			d := timeline.Date{Year: 2020, Month: 3, Day: 1 + j, Prec: timeline.Day}
			ev := timeline.Event{
				Span:     timeline.Span{Start: d},
				DateText: d.String(),
				Title:    fmt.Sprintf("%s reports event %d with a long headline", name, j),
				Text:     fmt.Sprintf("%s reports event %d.", name, j),
				Group:    name,
				Sources:  []timeline.Citation{{Outlet: name}},
			}
			ev.ID = timeline.MakeID(ev.Group, ev.Span, ev.DateText, ev.Text)
			c.Events = append(c.Events, ev)
		}
	}
	return c
}

// laneGeometry is where the page draws its events, measured against the
// lanes of ECharts' own category axis (not the page's layout arithmetic).
type laneGeometry struct {
	Band  float64  `json:"band"`  // height of one lane, px
	Drawn []int    `json:"drawn"` // events drawn per lane
	Rows  []int    `json:"rows"`  // distinct rows used per lane
	Bad   []string `json:"bad"`   // events drawn outside their lane
}

// laneGeometryJS measures the chart; %[1]q is the chart id and %[2]s
// JavaScript run first (a resize), in the same task so that nothing the
// page schedules can run in between.
const laneGeometryJS = `(function(){
  var id = %[1]q;
  %[2]s
  var st = window.__chronicle[id], el = document.getElementById(id + '-chart');
  var c = echarts.getInstanceByDom(el);
  var cfg = JSON.parse(document.getElementById(id + '-data').textContent);
  var G = cfg.groups.length, r = el.getBoundingClientRect(), centers = [];
  for (var g = 0; g < G; g++) { centers.push(r.top + c.convertToPixel({yAxisIndex: 0}, g)); }
  var band = Math.abs(centers[1] - centers[0]);
  var out = {band: band, drawn: [], rows: [], bad: []}, seen = [];
  for (g = 0; g < G; g++) { out.drawn.push(0); seen.push({}); }
  for (var i = 0; i < cfg.events.length; i++) {
    var p = st.point(i);
    if (!p) { continue; }
    g = cfg.events[i].g;
    out.drawn[g]++;
    seen[g][Math.round(p[1])] = 1;
    // The centre of the mark (its row) must be inside the lane; the
    // page shrinks a mark to fit its row.
    var lo = centers[g] - band / 2, hi = centers[g] + band / 2;
    if (p[1] - 2 < lo || p[1] + 2 > hi) {
      out.bad.push(JSON.stringify(cfg.events[i].t) + ' at y=' + p[1].toFixed(1) + ', its lane ' + cfg.groups[g] + ' is ' + lo.toFixed(1) + '..' + hi.toFixed(1));
    }
  }
  for (g = 0; g < G; g++) { out.rows.push(Object.keys(seen[g]).length); }
  return out;
})()`

func setViewport(t *testing.T, ctx context.Context, w, h int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, emulation.SetDeviceMetricsOverride(int64(w), int64(h), 1, false)); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserLanes checks, at several window sizes and across a resize,
// that every event is drawn inside its own lane's band: the lanes are the
// sources, so an event drawn in the band above is attributed to the wrong
// source.
func TestBrowserLanes(t *testing.T) {
	b := needBrowser(t)
	const lanes, perLane = 6, 6
	path := writeFile(t, "timeline.html", crowdedLanes(lanes, perLane), Options{})
	type size struct{ w, h int }
	for _, tc := range []struct {
		name    string
		load    size
		resize  size // zero: no resize
		minRows int  // rows the crowded lanes must use at the final size
	}{
		{name: "tall 1400x2000", load: size{1400, 2000}, minRows: 3},
		{name: "medium 1100x1300", load: size{1100, 1300}, minRows: 3},
		{name: "small 640x480", load: size{640, 480}, minRows: 2},
		{name: "grown 1400x1000 to 1400x2000", load: size{1400, 1000}, resize: size{1400, 2000}, minRows: 3},
		{name: "shrunk 1400x2000 to 640x480", load: size{1400, 2000}, resize: size{640, 480}, minRows: 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := b.NewTab()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(tab.Close)
			setViewport(t, tab.Ctx, tc.load.w, tc.load.h)
			ctx, cancel := context.WithTimeout(tab.Ctx, 60*time.Second)
			defer cancel()
			if err := chromedp.Run(ctx, chromedp.Navigate("file://"+path)); err != nil {
				t.Fatal(err)
			}
			p := &page{t: t, tab: tab}
			p.waitFor("window.__chronicle && Object.keys(window.__chronicle).length")
			p.eval("Object.keys(window.__chronicle)[0]", &p.id)
			p.waitFor(p.st("state") + " === 'drawn'")
			time.Sleep(150 * time.Millisecond) // let a pending relayout run

			check := func(when string, g laneGeometry, minRows int) {
				t.Helper()
				if g.Band <= 0 {
					t.Fatalf("%s: lane band %v", when, g.Band)
				}
				if len(g.Bad) > 0 {
					t.Errorf("%s: %d events drawn outside their lane (band %.1f px):\n%s", when, len(g.Bad), g.Band, strings.Join(g.Bad, "\n"))
				}
				for l := 0; l < lanes; l++ {
					if g.Drawn[l] == 0 {
						t.Errorf("%s: lane %d is drawn empty", when, l)
					}
					if minRows > 0 && g.Rows[l] < minRows {
						t.Errorf("%s: lane %d uses %d rows, want at least %d (the test needs crowded lanes)", when, l, g.Rows[l], minRows)
					}
				}
			}
			var g laneGeometry
			p.eval(fmt.Sprintf(laneGeometryJS, p.id, ""), &g)
			if tc.resize == (size{}) {
				check("loaded", g, tc.minRows)
				p.clean()
				return
			}
			check("loaded", g, 0)
			// The moment right after a resize, before the page lays the
			// lanes out again: ECharts redraws the series at the new size
			// with the rows of the old layout. The chart is resized by hand
			// in the same task as the measurement, so the page's own
			// (deferred) relayout cannot run in between.
			factor := float64(tc.resize.h) / float64(tc.load.h)
			p.eval(fmt.Sprintf(laneGeometryJS, p.id, fmt.Sprintf(
				"var el0 = document.getElementById(id + '-chart'), h0 = el0.style.height; el0.style.height = (el0.clientHeight * %g) + 'px'; echarts.getInstanceByDom(el0).resize(); el0.style.height = h0;", factor)), &g)
			check("just resized", g, 0)
			setViewport(t, tab.Ctx, tc.resize.w, tc.resize.h)
			time.Sleep(150 * time.Millisecond)
			p.eval(fmt.Sprintf(laneGeometryJS, p.id, ""), &g)
			check("resized", g, tc.minRows)
			p.clean()
		})
	}
}

// narrowGeometry is where a narrow page puts its lanes' captions and
// marks, relative to the chart and to ECharts' own category bands.
type narrowGeometry struct {
	Narrow   bool      `json:"narrow"`
	AxisName bool      `json:"axisName"` // the lane names shown beside the bands
	Left     float64   `json:"left"`     // the plot's left edge, px
	Width    float64   `json:"width"`    // the chart's width, px
	Caps     []float64 `json:"caps"`     // each caption's top, px from its band's top
	Bad      []string  `json:"bad"`      // marks drawn over their lane's caption
}

const narrowGeometryJS = `(function(){
  var id = %q;
  var st = window.__chronicle[id], el = document.getElementById(id + '-chart');
  var c = echarts.getInstanceByDom(el), o = c.getOption(), r = el.getBoundingClientRect();
  var cfg = JSON.parse(document.getElementById(id + '-data').textContent);
  var G = cfg.groups.length, tops = [];
  var band = Math.abs(c.convertToPixel({yAxisIndex: 0}, 1) - c.convertToPixel({yAxisIndex: 0}, 0));
  for (var g = 0; g < G; g++) { tops.push(c.convertToPixel({yAxisIndex: 0}, g) - band / 2); }
  var out = {narrow: !!st.narrow, axisName: o.yAxis[0].axisLabel.show !== false, left: o.grid[0].left, width: c.getWidth(), caps: [], bad: []};
  var els = (o.graphic && o.graphic[0] && o.graphic[0].elements) || [];
  for (g = 0; g < G; g++) {
    var e = els[g];
    out.caps.push(e && !e.invisible ? e.y - tops[g] : -1);
  }
  for (var i = 0; i < cfg.events.length; i++) {
    var p = st.point(i);
    if (!p) { continue; }
    g = cfg.events[i].g;
    var y = p[1] - r.top;
    if (y - 5 < tops[g] + 14) { out.bad.push(JSON.stringify(cfg.events[i].t) + ' at y=' + y.toFixed(1) + ', its lane starts at ' + tops[g].toFixed(1)); }
  }
  return out;
})()`

// TestBrowserNarrow checks the phone layout: on a narrow screen the lane
// names leave the column beside the chart (which took half a phone's
// width) for a caption at the top of each band, and no mark is drawn over
// a caption; at a desktop width the column is back.
func TestBrowserNarrow(t *testing.T) {
	b := needBrowser(t)
	path := writeFile(t, "timeline.html", crowdedLanes(3, 5), Options{})
	for _, tc := range []struct {
		w, h   int
		narrow bool
	}{
		{390, 800, true},
		{1280, 900, false},
	} {
		t.Run(fmt.Sprintf("%dx%d", tc.w, tc.h), func(t *testing.T) {
			tab, err := b.NewTab()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(tab.Close)
			setViewport(t, tab.Ctx, tc.w, tc.h)
			ctx, cancel := context.WithTimeout(tab.Ctx, 60*time.Second)
			defer cancel()
			if err := chromedp.Run(ctx, chromedp.Navigate("file://"+path)); err != nil {
				t.Fatal(err)
			}
			p := &page{t: t, tab: tab}
			p.waitFor("window.__chronicle && Object.keys(window.__chronicle).length")
			p.eval("Object.keys(window.__chronicle)[0]", &p.id)
			p.waitFor(p.st("state") + " === 'drawn'")
			time.Sleep(150 * time.Millisecond)
			var g narrowGeometry
			p.eval(fmt.Sprintf(narrowGeometryJS, p.id), &g)
			if g.Narrow != tc.narrow || g.AxisName == tc.narrow {
				t.Fatalf("narrow layout %v, lane names beside the bands %v; want narrow %v (chart %.0f px wide)", g.Narrow, g.AxisName, tc.narrow, g.Width)
			}
			for l, y := range g.Caps {
				switch {
				case !tc.narrow && y != -1:
					t.Errorf("lane %d has a caption at a desktop width", l)
				case tc.narrow && (y < 0 || y > 6):
					t.Errorf("lane %d's caption is %.1f px below its band's top, want 0 to 6", l, y)
				}
			}
			if tc.narrow {
				if g.Left > 20 {
					t.Errorf("the plot starts %.0f px in; the lane names' column should be gone", g.Left)
				}
				if len(g.Bad) > 0 {
					t.Errorf("%d marks drawn over their lane's caption:\n%s", len(g.Bad), strings.Join(g.Bad, "\n"))
				}
			}
			p.clean()
		})
	}
}
