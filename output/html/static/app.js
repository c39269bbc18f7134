/* Chronicle timeline: draws the chronology in the page's JSON data block
   with ECharts and links it to the list below. Everything from a document
   reaches the screen through the canvas, textContent, or encodeHTML. */
(function () {
  'use strict';
  var script = document.currentScript;
  var id = script && script.getAttribute('data-chronicle');
  var root = id && document.getElementById(id);
  var dataEl = id && document.getElementById(id + '-data');
  if (!root || !dataEl) { return; }
  var status = window.__chronicle = window.__chronicle || {};
  var st = status[id] = { state: 'loading', start: performance.now() };
  var cfg = JSON.parse(dataEl.textContent);
  st.parsed = performance.now();
  var chartEl = document.getElementById(id + '-chart');
  var search = document.getElementById(id + '-search');
  var countEl = document.getElementById(id + '-count');
  var ev = cfg.events, groups = cfg.groups, N = ev.length;

  var DAY = 864e5, YEAR = 365.2425 * DAY;
  var ROWH = 20, GAP = 8, LABELMAX = 240, OPEN = 40;
  var DENSE = 10000; // more events than this in view: draw their density
  var FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  var MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  var PALETTE = ['#3466c2', '#d9622b', '#2e9b5f', '#a845b5', '#c9a227', '#1f9bb4', '#c2415a', '#6b7a2a', '#7a5cd6', '#8c6b4f'];

  function fail(msg) {
    st.state = 'failed';
    st.error = msg;
    var p = document.createElement('p');
    p.className = 'chr-note';
    p.textContent = msg;
    chartEl.replaceWith(p);
  }
  if (N === 0) { chartEl.hidden = true; st.state = 'drawn'; st.drawMs = 0; return; }
  if (typeof echarts === 'undefined') {
    fail('The chart could not be drawn: the ECharts library did not load. The chronology is listed below.');
    return;
  }
  var enc = echarts.format.encodeHTML;
  chartEl.style.height = cfg.height;

  // The whole extent, with room for open-ended marks.
  var MIN = Infinity, MAX = -Infinity;
  for (var i = 0; i < N; i++) {
    if (ev[i].s < MIN) { MIN = ev[i].s; }
    if (ev[i].e > MAX) { MAX = ev[i].e; }
  }
  var pad = Math.max((MAX - MIN) * 0.05, DAY);
  MIN -= pad; MAX += pad;
  var bc = new Date(MIN).getUTCFullYear() <= 0;

  // Dates are UTC milliseconds computed from the documents' own values;
  // years are written historically (no year 0: 1 BC is followed by 1).
  function year(d) {
    var y = d.getUTCFullYear();
    if (y <= 0) { return (1 - y) + ' BC'; }
    return bc && y < 1000 ? 'AD ' + y : String(y);
  }
  function two(n) { return n < 10 ? '0' + n : String(n); }
  function fullDate(ms) {
    var d = new Date(ms);
    return d.getUTCDate() + ' ' + MONTH[d.getUTCMonth()] + ' ' + year(d);
  }
  var span = MAX - MIN;
  // The first view: where the events are. A lone early or late event
  // ("had not met since 1614" in a history of 1789-1799) would otherwise
  // squeeze all the others into a corner; the smallest window that holds
  // nine events in ten opens instead, when it is under half the extent.
  // The slider still reaches the whole.
  var VIEW = (function () {
    if (N < 8) { return [0, 100]; }
    var mids = ev.map(function (e) { return (e.s + e.e) / 2; }).sort(function (a, b) { return a - b; });
    var k = Math.ceil(N * 0.9), best = -1, bw = Infinity;
    for (var i = 0; i + k - 1 < N; i++) {
      var w = mids[i + k - 1] - mids[i];
      if (w < bw) { bw = w; best = i; }
    }
    if (best < 0) { return [0, 100]; }
    var a = mids[best], b = mids[best + k - 1], w0 = b - a;
    // an event left out but near the window (King's death in 1968 after
    // a cluster of 1954-1965; the Romans in AD 75 before a town's story of
    // 1086-2002) is no outlier: take it in, and any near it. An outlier
    // lies further from the many than they spread.
    for (var grew = true; grew;) {
      grew = false;
      for (var j = 0; j < N; j++) {
        if (mids[j] < a && a - mids[j] <= w0 * 1.25) { a = mids[j]; grew = true; }
        if (mids[j] > b && mids[j] - b <= w0 * 1.25) { b = mids[j]; grew = true; }
      }
    }
    var lo = a, hi = b;
    // the whole of a bar whose middle is in view, within reason
    ev.forEach(function (e) {
      var m = (e.s + e.e) / 2;
      if (m >= a && m <= b) { lo = Math.min(lo, Math.max(e.s, a - w0 / 4)); hi = Math.max(hi, Math.min(e.e, b + w0 / 4)); }
    });
    var p2 = Math.max((hi - lo) * 0.06, DAY);
    a = Math.max(MIN, lo - p2); b = Math.min(MAX, hi + p2);
    if ((b - a) > span * 0.5) { return [0, 100]; }
    return [(a - MIN) / span * 100, (b - MIN) / span * 100];
  })();
  st.view = VIEW;
  function yearStart(y) {
    var d = new Date(0); // never Date.UTC(y, ...): it reads 44 as 1944
    d.setUTCFullYear(y, 0, 1);
    return d.getTime();
  }
  // ticks returns calendar-aligned tick values for the window [a, b]: whole
  // years (in steps of 1, 2, 5, 10 ... years), months, days or hours.
  var unit = 'year';
  function ticks(a, b, gw) {
    var step = (b - a) / Math.max(2, Math.floor(gw / 110)), out = [], d, k, s;
    if (step >= 300 * DAY) {
      unit = 'year';
      var steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];
      for (k = 0; k < steps.length - 1 && steps[k] * YEAR < step; k++) {}
      s = steps[k];
      for (var y = Math.ceil(new Date(a).getUTCFullYear() / s) * s; ; y += s) {
        // Round historical years: 500 BC is the astronomical year -499,
        // and there is no year 0 (AD 1 stands in for it).
        var t = yearStart(y < 0 ? y + 1 : y === 0 ? 1 : y);
        if (t > b) { break; }
        if (t >= a) { out.push(t); }
      }
    } else if (step >= 25 * DAY) {
      unit = 'month';
      s = [1, 2, 3, 6][[30, 60, 91, 400].findIndex(function (n) { return step <= n * DAY; })] || 6;
      d = new Date(a);
      d.setUTCDate(1); d.setUTCHours(0, 0, 0, 0);
      d.setUTCMonth(Math.floor(d.getUTCMonth() / s) * s);
      for (; d.getTime() <= b; d.setUTCMonth(d.getUTCMonth() + s)) { if (d.getTime() >= a) { out.push(d.getTime()); } }
    } else if (step >= 20 * 3600e3) {
      unit = 'day';
      s = step <= 1.5 * DAY ? 1 : step <= 3 * DAY ? 2 : step <= 8 * DAY ? 7 : 14;
      d = new Date(a);
      d.setUTCHours(0, 0, 0, 0);
      for (; d.getTime() <= b; d.setUTCDate(d.getUTCDate() + 1)) {
        if (d.getTime() >= a && (d.getUTCDate() - 1) % s === 0 && d.getUTCDate() <= 29 - s % 7) { out.push(d.getTime()); }
      }
    } else {
      unit = 'hour';
      s = [1, 2, 3, 6, 12][[1, 2, 3, 6, 12].findIndex(function (n) { return step <= n * 3600e3; })] || 12;
      d = new Date(a);
      d.setUTCMinutes(0, 0, 0);
      for (; d.getTime() <= b; d.setUTCHours(d.getUTCHours() + 1)) {
        if (d.getTime() >= a && d.getUTCHours() % s === 0) { out.push(d.getTime()); }
      }
    }
    return out;
  }
  function axisLabel(ms) {
    var d = new Date(ms), m = d.getUTCMonth();
    switch (unit) {
      case 'year': return year(d);
      case 'month': return MON[m] + ' ' + year(d);
      case 'day': return d.getUTCDate() + ' ' + MON[m] + (m === 0 && d.getUTCDate() === 1 ? ' ' + year(d) : '');
    }
    return d.getUTCHours() === 0 ? d.getUTCDate() + ' ' + MON[m] : two(d.getUTCHours()) + ':00';
  }

  var order = [];
  for (i = 0; i < N; i++) { order.push(i); }
  order.sort(function (a, b) { return ev[a].s - ev[b].s || ev[a].e - ev[b].e || a - b; });

  var shownGroup = groups.map(function () { return true; });
  var match = new Uint8Array(N).fill(1);
  var row = new Int16Array(N), label = new Uint8Array(N), side = new Uint8Array(N);
  var laneRows = groups.map(function () { return 1; });
  var where = {}; // event index -> [series, dataIndex] of the last layout
  var xy = {};    // event index -> [x, y] in the chart, as last drawn
  var bins = [];
  var selected = -1;
  var widths = null;
  var chart = null, dark = false;
  var grid = cfg.option.grid;
  var LEFT = parseFloat(grid.left), RIGHT = parseFloat(grid.right), TOP = parseFloat(grid.top), BOTTOM = parseFloat(grid.bottom);
  // On a narrow screen (a phone) a column of lane names would take half the
  // width: each lane's name goes in a caption line at the top of its band
  // instead, and the plot takes the width.
  var WIDELEFT = LEFT, NARROW = 560, CAPH = 16, cap = 0;
  function fit() {
    var narrow = chart.getWidth() < NARROW;
    LEFT = narrow ? 10 : WIDELEFT;
    cap = narrow ? CAPH : 0;
    return narrow;
  }

  function labelWidth(i) {
    if (!widths) {
      widths = new Float32Array(N);
      var ctx = document.createElement('canvas').getContext('2d');
      ctx.font = FONT;
      for (var k = 0; k < N; k++) { widths[k] = Math.min(ctx.measureText(ev[k].t).width, LABELMAX); }
    }
    return widths[i];
  }

  function windowRange() {
    var dz = chart.getOption().dataZoom[0];
    var a = dz.start == null ? 0 : dz.start, b = dz.end == null ? 100 : dz.end;
    return [MIN + span * a / 100, MIN + span * b / 100];
  }

  // layout decides, for the current window, which events are drawn, in
  // which row of their lane, and which keep their label: labels never
  // overlap; an event that finds no free row is drawn without one.
  function layout() {
    var w = windowRange(), gw = chart.getWidth() - LEFT - RIGHT, gh = chart.getHeight() - TOP - BOTTOM;
    var k = gw / Math.max(w[1] - w[0], 1);
    geo = { a: w[0], b: w[1] };
    var maxRows = Math.max(1, Math.floor((gh / groups.length - cap) / ROWH));
    var data = groups.map(function () { return []; });
    var inView = 0;
    for (var o = 0; o < N; o++) {
      var i = order[o], e = ev[i];
      if (shownGroup[e.g] && match[i] && e.e >= w[0] - (e.f & 2 ? OPEN / k : 0) && e.s <= w[1]) { inView++; }
    }
    st.inView = inView;
    where = {};
    bins = [];
    if (inView > DENSE) {
      var nb = Math.max(20, Math.floor(gw / 6)), bw = (w[1] - w[0]) / nb;
      var counts = groups.map(function () { return new Int32Array(nb); });
      for (var j = 0; j < N; j++) {
        var f = ev[j];
        if (!shownGroup[f.g] || !match[j]) { continue; }
        var b0 = Math.max(0, Math.floor((f.s - w[0]) / bw)), b1 = Math.min(nb - 1, Math.floor((Math.max(f.e - 1, f.s) - w[0]) / bw));
        for (var b = b0; b <= b1; b++) { counts[f.g][b]++; }
      }
      var peak = 1;
      counts.forEach(function (c) { for (var b = 0; b < nb; b++) { peak = Math.max(peak, c[b]); } });
      counts.forEach(function (c, g) {
        for (var b = 0; b < nb; b++) {
          if (c[b] === 0) { continue; }
          bins.push({ s: w[0] + b * bw, e: w[0] + (b + 1) * bw, n: c[b], r: Math.log(1 + c[b]) / Math.log(1 + peak) });
          data[g].push([w[0] + b * bw, w[0] + (b + 1) * bw, g, -bins.length]);
        }
      });
      laneRows = groups.map(function () { return 1; });
      st.drawn = 0;
      st.mode = 'density';
      return data;
    }
    var ends = groups.map(function () { return []; });
    var lastPoint = {};
    var drawn = 0;
    for (o = 0; o < N; o++) {
      i = order[o]; e = ev[i];
      if (!shownGroup[e.g] || !match[i]) { continue; }
      var x0 = (e.s - w[0]) * k, x1 = (e.e - w[0]) * k;
      if (e.p) { var c0 = (x0 + x1) / 2; x0 = c0 - 6; x1 = c0 + 6; }
      if (e.f & 2) { x0 = Math.min(x0, x1 - OPEN); }
      if (e.f & 4) { x1 = Math.max(x1, x0 + OPEN); }
      x1 = Math.max(x1, x0 + 3);
      if (x1 < 0 || x0 > gw) { continue; }
      var lw = labelWidth(i) + 4, lx = e.p ? x1 + 2 : Math.max(x0, 0) + 5;
      var from = x0, ext = Math.max(x1, lx + lw);
      // A label that would run off the right edge goes left of its mark,
      // where it fits there or, on a narrow plot where it fits on neither
      // side, where more of it shows (it is cut with an ellipsis).
      side[i] = ext > gw && !(x1 - x0 > lw + 10) && (x0 - lw - 8 >= 0 || x0 - 8 > gw - lx) ? 1 : 0;
      if (side[i]) { from = Math.max(x0 - lw - 8, 0); ext = x1; } else { ext = Math.min(ext, gw); }
      var lane = ends[e.g], r = -1;
      for (var q = 0; q < lane.length; q++) { if (lane[q] <= from) { r = q; break; } }
      if (r < 0 && lane.length < maxRows) { r = lane.length; lane.push(-Infinity); }
      if (r >= 0) {
        label[i] = 1;
      } else {
        label[i] = 0;
        r = 0;
        for (q = 1; q < lane.length; q++) { if (lane[q] < lane[r]) { r = q; } }
        ext = x1;
      }
      // A point without a label that lands on the previous point of its
      // row would be hidden under it: skip drawing it (at 10,000 events
      // this halves the work; zooming in brings it back).
      var key = e.g * 64 + r, c1 = (x0 + x1) / 2;
      if (e.p && !label[i] && i !== selected && lastPoint[key] !== undefined && Math.abs(lastPoint[key] - c1) < 1.5) {
        continue;
      }
      if (e.p) { lastPoint[key] = c1; }
      lane[r] = Math.max(lane[r], ext + GAP);
      row[i] = r;
      where[i] = [e.g, data[e.g].length];
      data[e.g].push([e.s, e.e, e.g, i]);
      drawn++;
    }
    laneRows = ends.map(function (l) { return Math.max(1, l.length); });
    st.drawn = drawn;
    st.mode = 'detail';
    return data;
  }

  function rgba(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  // The window of the last layout. renderItem maps times and lanes to
  // pixels itself, which is much cheaper than asking ECharts per event, but
  // from the grid ECharts is drawing now (params.coordSys): the chart may
  // have been resized since the layout (a window made taller, a page that
  // settles after load), and a band taken from the old size would put each
  // lane's items into the lane above.
  var geo = { a: 0, b: 1 };
  var cs = { x: LEFT, y: TOP, width: 1, height: 1 };
  function px(ms) { return cs.x + (ms - geo.a) * cs.width / Math.max(geo.b - geo.a, 1); }

  function renderItem(params, api) {
    var i = api.value(3), g = api.value(2);
    cs = params.coordSys;
    var band = cs.height / groups.length - cap;
    var top = cs.y + g * (band + cap) + cap;
    var color = PALETTE[g % PALETTE.length];
    var fg = dark ? '#e4e7ec' : '#1d2330';
    var bg = dark ? '#15181e' : '#ffffff';
    if (i < 0) {
      var bin = bins[-i - 1];
      var a = px(bin.s), b = px(bin.e);
      return { type: 'rect', shape: { x: a, y: top + band * 0.2, width: Math.max(b - a - 1, 1), height: band * 0.6 },
        style: { fill: rgba(color, 0.15 + 0.85 * bin.r) } };
    }
    var e = ev[i], n = laneRows[g];
    var rh = Math.min(ROWH + 4, band / n);
    var y = top + (band - n * rh) / 2 + (row[i] + 0.5) * rh;
    var xs = px(e.s), xe = px(e.e);
    var h = Math.max(Math.min(rh - 6, 16), 4);
    var sel = i === selected;
    var approx = e.f & 1;
    var children = [];
    var lx, left;
    if (e.f & 6) {
      // Open-ended: a fading arrow from the known edge into the unknown.
      var edge = e.f & 2 ? xe : xs, dir = e.f & 2 ? -1 : 1, far = edge + dir * OPEN;
      if (e.e > e.s) {
        children.push({ type: 'rect', shape: { x: xs, y: y - h / 2, width: Math.max(xe - xs, 2), height: h, r: 2 },
          style: { fill: rgba(color, 0.22), stroke: color, lineWidth: sel ? 2.5 : 1, lineDash: approx ? [4, 3] : null } });
      }
      children.push({ type: 'rect', shape: { x: Math.min(edge, far), y: y - h / 4, width: OPEN, height: h / 2 },
        style: { fill: new echarts.graphic.LinearGradient(dir < 0 ? 1 : 0, 0, dir < 0 ? 0 : 1, 0,
          [{ offset: 0, color: rgba(color, 0.95) }, { offset: 1, color: rgba(color, 0) }]) } });
      children.push({ type: 'polygon', shape: { points: [[edge, y - h / 2], [edge, y + h / 2], [edge + dir * 7, y]] },
        style: { fill: color, stroke: sel ? fg : null, lineWidth: 1.5 } });
      if (e.f & 2) { lx = edge + 9; left = edge - OPEN - 4; } else { lx = Math.max(xs, 0) + 9; left = xs - 4; }
    } else if (e.p) {
      var cx = (xs + xe) / 2;
      children.push({ type: 'circle', shape: { cx: cx, cy: y, r: sel ? 7 : 5.5 },
        style: approx ? { fill: bg, stroke: color, lineWidth: 2, lineDash: [2, 2] }
          : { fill: color, stroke: sel ? fg : bg, lineWidth: sel ? 2 : 1.5 } });
      lx = cx + 9;
      left = cx - 9;
    } else {
      var wdt = Math.max(xe - xs, 3);
      children.push({ type: 'rect', shape: { x: xs, y: y - h / 2, width: wdt, height: h, r: 3 },
        style: { fill: rgba(color, approx ? 0.12 : 0.26), stroke: sel ? fg : color, lineWidth: sel ? 2.5 : 1.2, lineDash: approx ? [4, 3] : null } });
      if (wdt > 8) {
        children.push({ type: 'rect', shape: { x: xs, y: y - h / 2, width: 3, height: h },
          style: { fill: color, opacity: approx ? 0.5 : 1 } });
      }
      lx = Math.max(xs, params.coordSys.x) + 6;
      left = xs - 5;
    }
    xy[i] = [e.p ? (xs + xe) / 2 : e.f & 2 ? xe - 4 : e.f & 4 ? xs + 4 : Math.max(xs, params.coordSys.x) + 2, y];
    if (label[i]) {
      // Cut with an ellipsis at the plot's edge rather than by it.
      var room = side[i] ? left - cs.x : cs.x + cs.width - lx;
      children.push({ type: 'text', silent: true, style: { text: (approx ? '~ ' : '') + e.t, x: side[i] ? left : lx, y: y, fill: fg, font: (sel ? 'bold ' : '') + FONT,
        align: side[i] ? 'right' : 'left', verticalAlign: 'middle', width: Math.max(Math.min(LABELMAX, room), 24), overflow: 'truncate' } });
    }
    // Most of 10,000 events are one shape: skip the group.
    return children.length === 1 ? children[0] : { type: 'group', children: children };
  }

  function tooltip(p) {
    var i = p.value[3];
    if (i < 0) {
      var bin = bins[-i - 1];
      return '<div class="chr-tip"><div class="chr-tip-title">' + bin.n + (bin.n === 1 ? ' event' : ' events') + '</div>' +
        '<div>' + enc(fullDate(bin.s)) + ' – ' + enc(fullDate(bin.e)) + '</div><div class="chr-tip-meta">Zoom in to see them one by one.</div></div>';
    }
    var e = ev[i];
    var h = '<div class="chr-tip"><div class="chr-tip-title">' + enc(e.t) + '</div>' +
      '<div><span class="chr-tip-date">' + enc(e.n) + '</span> <span class="chr-tip-meta">' + enc(e.v) + '</span></div>';
    if (e.d) { h += '<div class="chr-tip-meta">as written: “' + enc(e.d) + '”</div>'; }
    if (e.x && e.x !== e.t) { h += '<div class="chr-tip-text">' + enc(e.x) + '</div>'; }
    h += '<div class="chr-tip-meta">' + enc(groups[e.g]) + '</div>';
    (e.c || []).forEach(function (c) {
      var name = enc(c.n);
      if (c.u && /^https?:\/\//i.test(c.u)) {
        name = '<a href="' + enc(c.u) + '" target="_blank" rel="noopener noreferrer nofollow">' + name + '</a>';
      }
      h += '<div>Source: ' + name + (c.t ? ', ' + enc(c.t) : '') + (c.d ? ', ' + enc(c.d) : '') + '</div>';
    });
    return h + '</div>';
  }

  function option() {
    var fg = dark ? '#c9ced8' : '#3b4352', line = dark ? '#2c323c' : '#e3e6ec';
    var o = {
      backgroundColor: 'transparent',
      animation: false,
      useUTC: true,
      color: PALETTE,
      textStyle: { fontFamily: FONT.replace(/^12px /, '') },
      legend: Object.assign({}, cfg.option.legend, { data: groups, textStyle: { color: fg }, pageTextStyle: { color: fg } }),
      grid: { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM },
      tooltip: { trigger: 'item', confine: true, enterable: true, className: 'chr-tip-box', formatter: tooltip,
        backgroundColor: dark ? '#222730' : '#ffffff', borderColor: line, textStyle: { color: dark ? '#e4e7ec' : '#1d2330' } },
      xAxis: { type: 'time', min: MIN, max: MAX, axisLabel: { formatter: axisLabel, hideOverlap: true, color: fg },
        axisLine: { lineStyle: { color: line } }, splitLine: { show: true, lineStyle: { color: line, type: 'dashed' } } },
      yAxis: { type: 'category', data: groups, inverse: true, axisTick: { show: false },
        axisLine: { lineStyle: { color: line } },
        axisLabel: { width: LEFT - 16, overflow: 'truncate', color: fg },
        splitLine: { show: true, lineStyle: { color: line } },
        splitArea: { show: true, areaStyle: { color: dark ? ['rgba(255,255,255,0.02)', 'rgba(255,255,255,0)'] : ['rgba(20,40,80,0.025)', 'rgba(0,0,0,0)'] } } },
      dataZoom: cfg.option.dataZoom.map(function (z) {
        var c = Object.assign({}, z, { minValueSpan: 3600e3, start: VIEW[0], end: VIEW[1] });
        if (z.type === 'slider') {
          c.labelFormatter = function (v) { return fullDate(v); };
          c.textStyle = { color: fg };
          c.borderColor = line;
          c.height = 22;
          c.bottom = 14;
        }
        return c;
      }),
      series: groups.map(function (g, gi) {
        return { type: 'custom', id: 's' + gi, name: g, renderItem: renderItem, encode: { x: [0, 1], y: 2 },
          data: [], clip: true, animation: false };
      })
    };
    return o;
  }

  var pending = false;
  function refresh() {
    var t0 = performance.now();
    var narrow = fit();
    var data = layout();
    var w = windowRange(), tv = ticks(w[0], w[1], chart.getWidth() - LEFT - RIGHT);
    st.layoutMs = performance.now() - t0;
    st.narrow = narrow;
    var band = (chart.getHeight() - TOP - BOTTOM) / groups.length;
    chart.setOption({
      grid: { left: LEFT },
      yAxis: { axisLabel: { show: !narrow } },
      graphic: { elements: groups.map(function (g, gi) {
        return { id: 'cap' + gi, type: 'text', silent: true, invisible: !narrow, x: LEFT + 4, y: TOP + gi * band + 2,
          style: { text: g, fill: dark ? '#9aa3b2' : '#5b6474', font: '600 11px ' + FONT.replace(/^12px /, ''),
            width: Math.max(chart.getWidth() - LEFT - RIGHT - 8, 24), overflow: 'truncate' } };
      }) },
      xAxis: { axisLabel: { customValues: tv }, axisTick: { customValues: tv }, splitLine: { customValues: tv } },
      series: data.map(function (d, gi) { return { id: 's' + gi, data: d }; })
    });
    st.renderMs = performance.now() - t0 - st.layoutMs;
  }
  function schedule() {
    if (pending) { return; }
    pending = true;
    setTimeout(function () { pending = false; if (chart) { refresh(); } }, 16);
  }

  function rowOf(i) { return document.getElementById(id + '-e' + i); }
  // The list follows the scripts in the page, so it is looked up when used.
  function items() { var l = document.getElementById(id + '-list'); return l ? l.children : []; }

  function select(i, fromChart) {
    var old = selected >= 0 && rowOf(selected);
    if (old) { old.classList.remove('chr-selected'); }
    selected = i;
    var tr = rowOf(i);
    if (tr) {
      tr.classList.add('chr-selected');
      focusRow(tr, !fromChart);
      if (fromChart) { tr.scrollIntoView({ block: 'nearest' }); }
    }
    if (!fromChart) {
      var w = windowRange(), e = ev[i];
      if (e.e < w[0] || e.s > w[1]) {
        var half = (w[1] - w[0]) / 2, c = (e.s + e.e) / 2;
        var a = Math.max(MIN, c - half), b = Math.min(MAX, c + half);
        chart.dispatchAction({ type: 'dataZoom', start: (a - MIN) / span * 100, end: (b - MIN) / span * 100 });
      }
    }
    refresh();
    if (!fromChart && where[i]) {
      chart.dispatchAction({ type: 'showTip', seriesIndex: where[i][0], dataIndex: where[i][1] });
    }
    st.selected = i;
  }

  function focusRow(tr, focus) {
    var rowsEl = items();
    for (var k = 0; k < rowsEl.length; k++) {
      if (rowsEl[k].tabIndex === 0 && rowsEl[k] !== tr) { rowsEl[k].tabIndex = -1; }
    }
    tr.tabIndex = 0;
    if (focus) { tr.focus({ preventScroll: false }); } else { tr.focus({ preventScroll: true }); }
  }

  function build() {
    dark = cfg.theme === 'dark' || (cfg.theme === 'auto' && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
    if (chart) { chart.dispose(); }
    var t0 = performance.now();
    chart = echarts.init(chartEl, null, { renderer: 'canvas' });
    chart.setOption(option());
    st.initMs = performance.now() - t0;
    var first = true;
    chart.on('finished', function () {
      if (first && st.state !== 'drawn') {
        first = false;
        st.state = 'drawn';
        st.drawMs = performance.now();
        root.setAttribute('data-state', 'drawn');
      }
    });
    chart.on('datazoom', schedule);
    ['legendselectchanged', 'legendselected', 'legendunselected'].forEach(function (name) {
      chart.on(name, function (p) {
        groups.forEach(function (g, gi) { shownGroup[gi] = p.selected[g] !== false; });
        schedule();
      });
    });
    chart.on('click', function (p) {
      var i = p.value && p.value[3];
      if (typeof i !== 'number') { return; }
      if (i >= 0) { select(i, true); return; }
      var bin = bins[-i - 1];
      var pad = (bin.e - bin.s) * 4;
      chart.dispatchAction({ type: 'dataZoom', start: Math.max(0, (bin.s - pad - MIN) / span * 100), end: Math.min(100, (bin.e + pad - MIN) / span * 100) });
    });
    refresh();
  }

  // Search: every word must appear in the event's text, dates or sources.
  var hay = null;
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (!hay) {
      hay = ev.map(function (e) {
        return [e.t, e.x, e.d, e.n, e.v, groups[e.g]].concat((e.c || []).map(function (c) { return c.n + ' ' + (c.t || ''); })).join('\n').toLowerCase();
      });
    }
    var n = 0, rowsEl = items();
    for (var k = 0; k < N; k++) {
      var ok = 1;
      for (var w = 0; w < words.length; w++) { if (hay[k].indexOf(words[w]) < 0) { ok = 0; break; } }
      match[k] = ok;
      n += ok;
      if (rowsEl[k]) { rowsEl[k].hidden = !ok; }
    }
    countEl.textContent = words.length ? n + ' of ' + N + ' events' : N + ' events';
    st.matches = n;
    schedule();
  }
  var timer = 0;
  search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(filter, 120); });
  search.addEventListener('keydown', function (e) { if (e.key === 'Enter') { clearTimeout(timer); filter(); } });

  // The list: click or Enter selects; arrows, Home and End move.
  function wireList() {
    var list = document.getElementById(id + '-list');
    if (!list) { return; }
    list.addEventListener('click', function (e) {
      if (e.target.closest('a')) { return; }
      var tr = e.target.closest('li[data-i]');
      if (tr) { select(+tr.getAttribute('data-i'), false); }
    });
    list.addEventListener('keydown', function (e) {
      var tr = e.target.closest('li[data-i]');
      if (!tr || e.target !== tr) { return; }
      var next = null;
      switch (e.key) {
        case 'Enter': case ' ':
          select(+tr.getAttribute('data-i'), false); e.preventDefault(); return;
        case 'ArrowDown': next = tr.nextElementSibling; while (next && next.hidden) { next = next.nextElementSibling; } break;
        case 'ArrowUp': next = tr.previousElementSibling; while (next && next.hidden) { next = next.previousElementSibling; } break;
        case 'Home': next = tr.parentNode.firstElementChild; while (next && next.hidden) { next = next.nextElementSibling; } break;
        case 'End': next = tr.parentNode.lastElementChild; while (next && next.hidden) { next = next.previousElementSibling; } break;
        default: return;
      }
      e.preventDefault();
      if (next) { focusRow(next, true); }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wireList);
  } else {
    wireList();
  }

  build();

  // Print: the list prints in black on white, and the chart with it as a
  // picture of the window in view, drawn light and as wide as a page. The
  // picture is a canvas, drawn at once, so it is there when the page prints.
  var PRINTW = 700, printCanvas = null;
  function restyle(forPrint) {
    var z = chart.getOption().dataZoom[0], o = option();
    // On paper the lanes' names beside the bands say what the legend says,
    // and a legend's pager would print as an arrow no one can press.
    if (forPrint) { o.legend.show = false; }
    o.dataZoom.forEach(function (c) {
      c.start = z.start; c.end = z.end;
      if (forPrint && c.type === 'slider') { c.show = false; }
    });
    chart.setOption(o);
  }
  function beforePrint() {
    if (!chart) { return; }
    var wasDark = dark, h = chart.getHeight();
    dark = false;
    restyle(true);
    chart.resize({ width: PRINTW, height: h });
    refresh();
    var pic = (chart.renderToCanvas || chart.getRenderedCanvas).call(chart, { pixelRatio: 2, backgroundColor: '#ffffff' });
    dark = wasDark;
    restyle(false);
    chart.resize({ width: 'auto', height: 'auto' });
    refresh();
    pic.removeAttribute('style'); // (the renderer's own placing: absolute, over the page's top)
    pic.className = 'chr-print-chart';
    pic.setAttribute('role', 'img');
    pic.setAttribute('aria-label', chartEl.getAttribute('aria-label'));
    if (printCanvas) { printCanvas.replaceWith(pic); } else { chartEl.after(pic); }
    printCanvas = pic;
    root.classList.add('chr-print-ready');
  }
  window.addEventListener('beforeprint', beforePrint);
  st.beforePrint = beforePrint;

  if (window.ResizeObserver) {
    new ResizeObserver(function () { if (chart) { chart.resize(); schedule(); } }).observe(chartEl);
  } else {
    window.addEventListener('resize', function () { chart.resize(); schedule(); });
  }
  if (cfg.theme === 'auto' && window.matchMedia) {
    var mq = window.matchMedia('(prefers-color-scheme: dark)');
    if (mq.addEventListener) { mq.addEventListener('change', build); }
  }

  // For tests and tools: where an event is drawn, relative to the page.
  st.point = function (i) {
    var p = xy[i];
    if (!p || where[i] === undefined) { return null; }
    var r = chartEl.getBoundingClientRect();
    return [r.left + p[0], r.top + p[1]];
  };
  st.events = N;
  st.groups = groups.length;
})();
