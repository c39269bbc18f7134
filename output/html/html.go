package html

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	stdhtml "html"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/chronicle-project/chronicle/timeline"
)

// Options control the page Write produces. The zero Options give a full,
// self-contained page in the viewer's light or dark theme.
type Options struct {
	// Title is the page heading; empty means the chronology's own title,
	// else "Chronology".
	Title string
	// Subtitle is a line under the title.
	Subtitle string
	// Height is the chart's height as a CSS length ("480px", "60vh",
	// "30em"); empty means 62vh (at least 360px) for a page, 480px for a
	// fragment.
	Height string
	// Fragment writes a snippet to paste into another page: a <div>, its
	// style and its scripts, no <html>, <head> or <body>, and no
	// Content-Security-Policy (the host page sets its own).
	Fragment bool
	// Theme is "light", "dark" or "auto" (the default: follow the
	// viewer's system setting). Printing always uses the print style.
	Theme string
	// ID namespaces every id and class-scoped rule of the page, so that
	// several fragments can share a page. It must start with a letter and
	// hold only letters, digits, '-' and '_'. Empty means an id derived
	// from the chronology, the same for the same chronology.
	ID string
	// CDN loads ECharts from the official CDN (jsDelivr, pinned version,
	// checked with Subresource Integrity) instead of embedding it: a much
	// smaller file that needs the network to draw. Without CDN, a binary
	// built without the ECharts asset cannot write a page (ErrNoECharts).
	CDN bool
}

var (
	cssLength = regexp.MustCompile(`^(?:\d{1,5}(?:\.\d{1,3})?)(?:px|em|rem|vh|vw|%)$`)
	idPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]{0,63}$`)
)

// Check reports the first of the options that Write would refuse (a
// height that is no CSS length, an id that is no HTML id, a theme it does
// not know), so that a caller can say so before doing any work.
func (o Options) Check() error { return o.check() }

func (o *Options) check() error {
	if o.Height != "" && !cssLength.MatchString(o.Height) {
		return fmt.Errorf("html: height %q is not a CSS length like 480px, 60vh or 30em", o.Height)
	}
	if o.ID != "" && !idPattern.MatchString(o.ID) {
		return fmt.Errorf("html: id %q must start with a letter and hold only letters, digits, '-' and '_' (at most 64)", o.ID)
	}
	switch o.Theme {
	case "", "auto", "light", "dark":
	default:
		return fmt.Errorf("html: unknown theme %q (want light, dark or auto)", o.Theme)
	}
	return nil
}

// Write writes c as an interactive HTML timeline to w. Events are drawn
// in chronological order (timeline.CompareEvents) whatever the order of
// c.Events, which Write does not modify; vague events are listed apart.
// The same chronology and options always give the same bytes.
func Write(w io.Writer, c *timeline.Chronology, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	l, err := embedded()
	if err != nil {
		return err
	}
	return write(w, c, opt, l)
}

// pageData is the JSON the page script reads. Its fields are structs and
// slices, never maps, so that it encodes the same way every time.
type pageData struct {
	ID     string     `json:"id"`
	Theme  string     `json:"theme"`
	Height string     `json:"height"`
	Groups []string   `json:"groups"`
	Events []jsEvent  `json:"events"`
	Option baseOption `json:"option"`
}

// baseOption is the static part of the ECharts option, built with
// go-echarts' option types; the page script adds the series, axes and the
// functions (which never travel as strings).
type baseOption struct {
	Legend   opts.Legend     `json:"legend"`
	DataZoom []opts.DataZoom `json:"dataZoom"`
	Grid     opts.Grid       `json:"grid"`
}

type jsEvent struct {
	Start int64      `json:"s"`           // UTC milliseconds
	End   int64      `json:"e"`           // UTC milliseconds, exclusive
	Point int        `json:"p,omitempty"` // 1: drawn as a point
	Flags int        `json:"f,omitempty"` // flagApprox | flagOpenStart | flagOpenEnd
	Group int        `json:"g"`
	Title string     `json:"t"`
	Date  string     `json:"d,omitempty"` // as written
	When  string     `json:"n"`           // normalized, for people
	Value string     `json:"v"`           // TIMEX3
	Text  string     `json:"x,omitempty"`
	Src   []jsSource `json:"c,omitempty"`
}

type jsSource struct {
	Name  string `json:"n"`
	Title string `json:"t,omitempty"`
	URL   string `json:"u,omitempty"` // http(s) only
	Date  string `json:"d,omitempty"`
}

func headline(ev *timeline.Event) string {
	if t := strings.TrimSpace(ev.Title); t != "" {
		return t
	}
	t := strings.Join(strings.Fields(ev.Text), " ")
	if r := []rune(t); len(r) > 90 {
		t = strings.TrimRight(string(r[:89]), " ,;:") + "…"
	}
	if t == "" {
		t = "(untitled event)"
	}
	return t
}

func sources(ev *timeline.Event) []jsSource {
	var out []jsSource
	for _, c := range ev.Sources {
		s := jsSource{Name: c.Name(), URL: safeURL(c.URL)}
		if c.Title != "" && c.Title != s.Name {
			s.Title = c.Title
		}
		if !c.Date.IsZero() {
			s.Date = dateText(c.Date)
		}
		out = append(out, s)
	}
	return out
}

// jsonScript encodes v as JSON that is safe inside a <script> element:
// encoding/json writes <, > and & as \u003c, \u003e and \u0026 (and the
// line separators U+2028 and U+2029 escaped), so no "</script" or "<!--"
// can appear. The check below keeps it so.
func jsonScript(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	if bytes.ContainsAny(out, "<>") {
		return nil, fmt.Errorf("html: internal error: unescaped angle bracket in page data")
	}
	return out, nil
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func write(w io.Writer, c *timeline.Chronology, opt Options, l *library) error {
	if l.source == "" && !opt.CDN {
		return ErrNoECharts
	}
	m := buildModel(c)
	title := opt.Title
	if title == "" {
		title = c.Title
	}
	if title == "" {
		title = "Chronology"
	}
	theme := opt.Theme
	if theme == "" {
		theme = "auto"
	}
	height := opt.Height
	if height == "" {
		height = "max(360px, 62vh)"
		if opt.Fragment {
			height = "480px"
		}
	}

	d := pageData{Theme: theme, Height: height, Groups: m.Groups, Events: make([]jsEvent, len(m.Events))}
	if d.Groups == nil {
		d.Groups = []string{}
	}
	for i := range m.Events {
		it := &m.Events[i]
		e := jsEvent{Start: it.start, End: it.end, Flags: it.flags, Group: it.group,
			Title: headline(it.ev), Date: it.written, When: it.when, Value: it.value,
			Text: it.ev.Text, Src: sources(it.ev)}
		if it.point {
			e.Point = 1
		}
		d.Events[i] = e
	}
	d.Option = baseOption{
		Legend: opts.Legend{Type: "scroll", Top: "4", Left: "8", Right: "8"},
		DataZoom: []opts.DataZoom{
			{Type: "slider", XAxisIndex: 0, FilterMode: "none", Start: 0, End: 100},
			{Type: "inside", XAxisIndex: 0, FilterMode: "none", Start: 0, End: 100},
		},
		Grid: opts.Grid{Left: "150", Right: "24", Top: "40", Bottom: "64"},
	}
	id := opt.ID
	if id == "" {
		// Derived from the content, so the same chronology gets the same
		// id and two different ones on a page get different ids.
		body, err := jsonScript(struct {
			T string
			D pageData
			V []string
		}{title + "\x00" + opt.Subtitle, d, vagueKeys(m)})
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		id = "chronicle-" + hex.EncodeToString(sum[:5])
	}
	d.ID = id
	data, err := jsonScript(d)
	if err != nil {
		return err
	}

	bw := bufio.NewWriter(w)
	p := &printer{w: bw, id: id}
	if !opt.Fragment {
		scripts := []string{cspHash(appJS)}
		if opt.CDN {
			scripts = append(scripts, l.cdnURL())
		} else {
			scripts = append(scripts, "'"+l.integrity()+"'")
		}
		csp := "default-src 'none'; script-src " + strings.Join(scripts, " ") +
			"; style-src " + cspHash(styleCSS) + "; img-src data:; base-uri 'none'; form-action 'none'"
		p.raw("<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"", theme, "\">\n<head>\n<meta charset=\"utf-8\">\n")
		p.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"", csp, "\">\n")
		p.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
		p.raw("<meta name=\"generator\" content=\"Chronicle (ECharts ", l.version, ")\">\n")
		p.raw("<title>").text(title).raw("</title>\n<style>", styleCSS, "</style>\n</head>\n<body>\n")
	} else {
		p.raw("<style>", styleCSS, "</style>\n")
	}
	p.raw("<div class=\"chronicle\" id=\"", id, "\" data-theme=\"", theme, "\">\n")
	p.raw("<header class=\"chr-head\">\n<h1 class=\"chr-title\">").text(title).raw("</h1>\n")
	if opt.Subtitle != "" {
		p.raw("<p class=\"chr-subtitle\">").text(opt.Subtitle).raw("</p>\n")
	}
	p.raw("</header>\n")
	p.chart(m)
	// The scripts come before the list, so that the chart draws while
	// the browser is still reading a long list.
	p.raw("<script type=\"application/json\" id=\"", id, "-data\">").raw(string(data)).raw("</script>\n")
	if opt.CDN {
		p.raw("<script src=\"", l.cdnURL(), "\" integrity=\"", l.integrity(), "\" crossorigin=\"anonymous\"></script>\n")
	} else {
		p.raw("<script>", l.source, "</script>\n")
	}
	p.raw("<script data-chronicle=\"", id, "\">", appJS, "</script>\n")
	p.lists(m)
	p.raw("</div>\n")
	if !opt.Fragment {
		p.raw("</body>\n</html>\n")
	}
	return bw.Flush()
}

func vagueKeys(m *model) []string {
	var out []string
	for _, it := range m.Vague {
		out = append(out, it.ev.ID, it.ev.Title, it.ev.Text)
	}
	return out
}

// printer writes the page. raw writes trusted markup; text and attr
// escape what came from a document.
type printer struct {
	w  *bufio.Writer
	id string
}

func (p *printer) raw(s ...string) *printer {
	for _, x := range s {
		p.w.WriteString(x)
	}
	return p
}

// text writes s escaped for HTML text and attribute values
// (& < > " ' all escaped).
func (p *printer) text(s string) *printer {
	p.w.WriteString(stdhtml.EscapeString(validUTF8(s)))
	return p
}

// validUTF8 replaces each byte that is not part of valid UTF-8 with U+FFFD,
// as encoding/json does, so that the list and the chart show the same text.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // ranging over a string yields U+FFFD for each invalid byte
	}
	return b.String()
}

// chart writes the controls and the chart's place.
func (p *printer) chart(m *model) {
	id := p.id
	n := strconv.Itoa(len(m.Events))
	p.raw("<div class=\"chr-tools\" role=\"search\">\n")
	p.raw("<label class=\"chr-search-label\" for=\"", id, "-search\">Search</label>\n")
	p.raw("<input class=\"chr-search\" id=\"", id, "-search\" type=\"search\" placeholder=\"Filter events\" autocomplete=\"off\" aria-controls=\"", id, "-list\">\n")
	p.raw("<span class=\"chr-count\" id=\"", id, "-count\" aria-live=\"polite\">", n, " events</span>\n")
	p.raw("</div>\n")
	p.raw("<div class=\"chr-chart\" id=\"", id, "-chart\" role=\"img\" aria-label=\"Timeline chart of ", n,
		" events; the same events are listed below\"></div>\n")
	p.raw("<noscript><p class=\"chr-note\">The chart needs JavaScript; the chronology is listed below.</p></noscript>\n")
	p.raw("<p class=\"chr-legend-note\"><span class=\"chr-key chr-key-point\"></span> day or finer ",
		"<span class=\"chr-key chr-key-bar\"></span> month, year or longer ",
		"<span class=\"chr-key chr-key-approx\"></span> approximate ",
		"<span class=\"chr-key chr-key-open\"></span> open-ended</p>\n")
}

// lists writes the chronology as a list, and the vague events apart.
func (p *printer) lists(m *model) {
	id := p.id

	p.raw("<section class=\"chr-list\" aria-labelledby=\"", id, "-list-h\">\n")
	p.raw("<h2 id=\"", id, "-list-h\">Chronology</h2>\n")
	if len(m.Events) == 0 {
		p.raw("<p class=\"chr-note\">No dated events.</p>\n")
	}
	// A list, not a table: each item is laid out and painted only when it
	// comes into view (content-visibility), which keeps 10,000 events fast.
	p.raw("<ol class=\"chr-items\" id=\"", id, "-list\">\n")
	for i := range m.Events {
		p.row(i, &m.Events[i], m.Groups)
	}
	p.raw("</ol>\n</section>\n")

	if len(m.Vague) > 0 {
		p.raw("<section class=\"chr-vague\" aria-labelledby=\"", id, "-vague-h\">\n")
		p.raw("<h2 id=\"", id, "-vague-h\">Not placed on the axis</h2>\n")
		p.raw("<p class=\"chr-note\">These statements refer to time only vaguely (“recently”, “in the future”).</p>\n<ul>\n")
		for i := range m.Vague {
			it := &m.Vague[i]
			p.raw("<li><span class=\"chr-when\">").text(it.when).raw("</span>")
			if it.written != "" {
				p.raw(" <q class=\"chr-as-written\">").text(it.written).raw("</q>")
			}
			p.raw(" <strong>").text(headline(it.ev)).raw("</strong>")
			if it.ev.Text != "" {
				p.raw(" <span class=\"chr-text\">").text(it.ev.Text).raw("</span>")
			}
			if srcs := sources(it.ev); len(srcs) > 0 {
				p.raw(" — ")
				p.sourceList(srcs)
			}
			p.raw("</li>\n")
		}
		p.raw("</ul>\n</section>\n")
	}
}

func (p *printer) row(i int, it *item, groups []string) {
	ix := strconv.Itoa(i)
	tab := "-1"
	if i == 0 {
		tab = "0"
	}
	p.raw("<li id=\"", p.id, "-e", ix, "\" data-i=\"", ix, "\" tabindex=\"", tab, "\"")
	if it.ev.ID != "" {
		p.raw(" data-id=\"").text(it.ev.ID).raw("\"")
	}
	p.raw(">")
	p.raw("<div class=\"chr-date\">")
	cls := "chr-when"
	if it.flags&flagApprox != 0 {
		cls += " chr-approx"
	}
	if it.flags&(flagOpenStart|flagOpenEnd) != 0 {
		cls += " chr-open"
	}
	if dt := htmlDatetime(it.ev.Span); dt != "" {
		p.raw("<time class=\"", cls, "\" datetime=\"", dt, "\">").text(it.when).raw("</time>")
	} else {
		p.raw("<span class=\"", cls, "\">").text(it.when).raw("</span>")
	}
	if it.written != "" {
		p.raw("<br><q class=\"chr-as-written\">").text(it.written).raw("</q>")
	}
	p.raw("<br><code class=\"chr-value\">").text(it.value).raw("</code></div>")
	p.raw("<div class=\"chr-event\">")
	if len(groups) > 1 {
		// (one lane: its name on every row would only repeat the source)
		p.raw("<span class=\"chr-lane\">").text(groups[it.group]).raw("</span> ")
	}
	p.raw("<strong class=\"chr-headline\">").text(headline(it.ev)).raw("</strong>")
	if it.ev.Text != "" && it.ev.Text != it.ev.Title {
		p.raw("<br><span class=\"chr-text\">").text(it.ev.Text).raw("</span>")
	}
	p.raw("</div><div class=\"chr-source\">")
	p.sourceList(sources(it.ev))
	p.raw("</div></li>\n")
}

func (p *printer) sourceList(srcs []jsSource) {
	for k, s := range srcs {
		if k > 0 {
			p.raw("; ")
		}
		p.raw("<span class=\"chr-cite\">")
		if s.URL != "" {
			p.raw("<a href=\"").text(s.URL).raw("\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">").text(s.Name).raw("</a>")
		} else {
			p.text(s.Name)
		}
		if s.Title != "" {
			p.raw(", <cite>").text(s.Title).raw("</cite>")
		}
		if s.Date != "" {
			p.raw(", ").text(s.Date)
		}
		p.raw("</span>")
	}
}

// htmlDatetime is the <time datetime> value of a plain year, month or day
// in years 1-9999, and "" for anything HTML cannot state.
func htmlDatetime(sp timeline.Span) string {
	d := sp.Start
	if sp.IsRange() || d.Mod != timeline.ModNone || d.Year < 1 || d.Year > 9999 || d.Part != timeline.NoPart {
		return ""
	}
	switch d.Prec {
	case timeline.Year, timeline.Month, timeline.Day:
		return d.String()
	}
	return ""
}
