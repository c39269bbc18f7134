package html

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-project/chronicle/timeline/tempex"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Data tables: a chronology in a <table> ("31 March 1889 | Gustave Eiffel
// climbs to the top") is the article's text as much as its paragraphs
// are, one event a row. The extractor scores table cells apart from the
// paragraphs around them and would keep the table's body alone, dropping
// the article around it; and a row read as one line of cells ("1909 |
// The concession is extended") looks like a heading, not a sentence.
//
// So before the article is extracted, each data table is replaced, where
// it stands, by one paragraph per row (a <p> marked rowAttr), each cell a
// <span> marked cellAttr: the rows score with the paragraphs beside them,
// and the article keeps both. The text builder then writes a row as a
// sentence of its own: the date cell first, then the other cells ("31
// March 1889 – Gustave Eiffel climbs to the top and raises the flag."),
// a row header before its value ("Born: 3 May 1920, Uppsala."), and
// header rows (all <th>, or in <thead>) not at all: they name the
// columns, they say nothing that happened.
//
// A layout table (nested tables, role="presentation", a cell holding a
// heading, a form or a whole article) is left as it is.
const (
	// rowAttr marks a paragraph made of a table row: rowHead, rowBody or
	// rowCaption.
	rowAttr = "data-chronicle-row"
	// cellAttr marks a span made of a cell: cellDate (the row's date),
	// cellPart (another part of the row's date, in a column after it:
	// the "May" of "1936 | May"), cellEnd (the end of the row's span,
	// right after its date), cellLabel
	// (a row header, <th> in a body row) or cellText.
	cellAttr = "data-chronicle-cell"

	rowHead    = "head"
	rowBody    = "body"
	rowCaption = "caption"
	cellDate   = "date"
	cellPart   = "part"
	cellEnd    = "end"
	cellLabel  = "label"
	cellText   = "text"
)

// maxDateRows is how many rows of a table are read to find its column of
// dates: enough to tell, and the tagger's time stays bounded.
const maxDateRows = 64

// maxCellText is the most text a data table's cell holds: a cell with more
// holds a page's layout, not a value.
const maxCellText = 1000

// notInCells are the elements no data table's cell holds.
var notInCells = map[atom.Atom]bool{
	atom.Table: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Form: true, atom.Blockquote: true, atom.Article: true, atom.Section: true, atom.Pre: true,
	atom.Nav: true, atom.Aside: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Iframe: true,
}

// eventHeaderRe matches the header of the column that tells what happened.
var eventHeaderRe = regexp.MustCompile(`(?i)^\s*(?:events?|what(?: happened)?|descriptions?|details|summary|headlines?|milestones?|results?|outcomes?|happenings?|occasions?|notes?|comments?|remarks?)\s*$`)

// flattenTables replaces every data table of the page by its rows, as
// described above, and returns how many tables it replaced.
func flattenTables(doc *html.Node) int {
	var tables []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				find(c) // inner tables first
				if c.DataAtom == atom.Table {
					tables = append(tables, c)
				}
			}
		}
	}
	find(doc)
	n := 0
	for _, t := range tables {
		if t.Parent != nil && flattenTable(t) {
			n++
		}
	}
	return n
}

// tableRow is a row of a table and its cells.
type tableRow struct {
	tr    *html.Node
	cells []*html.Node
	head  bool // in <thead>, or all <th>
}

// flattenTable replaces table t by its rows if it is a data table.
func flattenTable(t *html.Node) bool {
	if !dataTable(t) {
		return false
	}
	var caption *html.Node
	var rows []tableRow
	// A cell spanning rows (a year over the events of that year) is read
	// again, a copy, in each row it spans.
	type carry struct {
		cell *html.Node
		left int
	}
	var carried []carry
	addRow := func(tr *html.Node, inHead bool) {
		r := tableRow{tr: tr, head: inHead}
		th := 0
		next := tr.FirstChild
		for col := 0; ; {
			var c *html.Node
			if col < len(carried) && carried[col].left > 0 {
				carried[col].left--
				c = cloneNode(carried[col].cell)
			} else {
				for next != nil && !(next.Type == html.ElementNode && (next.DataAtom == atom.Td || next.DataAtom == atom.Th)) {
					next = next.NextSibling
				}
				if next == nil {
					break
				}
				c, next = next, next.NextSibling
				if n := span(c, "rowspan"); n > 1 && col < maxColumns {
					for len(carried) <= col {
						carried = append(carried, carry{})
					}
					carried[col] = carry{cell: c, left: n - 1}
				}
			}
			r.cells = append(r.cells, c)
			if c.DataAtom == atom.Th {
				th++
			}
			col += colspan(c)
		}
		if len(r.cells) == 0 {
			return
		}
		// A row of <th> only names the columns; one <th> before its
		// value is the row's label ("Born | 3 May 1920"), unless the row
		// is the first and the table's only header.
		if th == len(r.cells) && (len(r.cells) > 1 || len(rows) == 0) {
			r.head = true
		}
		rows = append(rows, r)
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Caption:
			if caption == nil {
				caption = c
			}
		case atom.Tr:
			addRow(c, false)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for tr := c.FirstChild; tr != nil; tr = tr.NextSibling {
				if tr.Type == html.ElementNode && tr.DataAtom == atom.Tr {
					addRow(tr, c.DataAtom == atom.Thead)
				}
			}
		}
	}
	if figuresByYear(rows) {
		// a five-year summary: the years head the columns and the cells
		// are figures, no event of any year
		t.Parent.RemoveChild(t)
		return true
	}
	dateCol, endCol, header := dateColumn(rows)
	if !dataShape(t, rows, caption != nil, dateCol) {
		return false
	}
	index := indexColumn(rows, dateCol)

	parent := t.Parent
	insert := func(p *html.Node) {
		parent.InsertBefore(p, t)
		parent.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, t)
	}
	if caption != nil {
		p := element(atom.P, rowAttr, rowCaption)
		moveChildren(p, caption)
		insert(p)
	}
	for _, r := range rows {
		kind := rowBody
		if r.head {
			kind = rowHead
		}
		p := element(atom.P, rowAttr, kind)
		spans := rowSpans(r, dateCol, endCol, header, index)
		if len(spans) == 0 {
			continue
		}
		for i, s := range spans {
			if i > 0 {
				p.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
			}
			p.AppendChild(s)
		}
		insert(p)
	}
	parent.RemoveChild(t)
	return true
}

// expiryColumnRe matches the names of the date columns that give a
// product's shelf life.
var expiryColumnRe = regexp.MustCompile(`(?i)^\s*(best before|best-before|bbe|use by|use-by|sell by|sell-by|display until|expiry|expiry date|expires|exp\.?|expiration|expiration date)\s*$`)

// rowSpans makes the spans of a row's cells, in the order they are read:
// a row with a label (a <th> in a body row: "Born | 3 May 1920") in its
// own order, label and value; any other row dated by its date column with
// that date first, then the cell of the column that names the event
// ("Event", "Result"), then the others, each after the name of its column
// but the first ("Storm Dennis; Peak gust: 91mph"). In a table of spans
// (endCol, see tempex.SpanColumns), a row whose start and end cells both hold
// a date reads its end right after its start, as one span: "29 Apr 2024
// to 19 Jul 2024 – Roof replacement; Status: Done." The cells' contents
// are moved into the spans.
//
// The cell of an index column (see indexColumn) is read last, after its
// column's name: "Sat 8 Nov – Southampton; Depart: 17:00; Day: 1."
func rowSpans(r tableRow, dateCol, endCol int, header []string, index int) []*html.Node {
	type cell struct {
		span  *html.Node
		col   int
		main  bool
		index bool
	}
	labelled := false
	for _, c := range r.cells {
		labelled = labelled || !r.head && c.DataAtom == atom.Th
	}
	var date, end *html.Node
	var parts []*html.Node // the cells of the date's other columns (see datePart)
	var texts []cell
	// The end cell is the span's end only when the start cell is a date
	// and it is one too ("ongoing" or "TBC" is a value of its own).
	endDate := false
	if endCol >= 0 && !r.head {
		var start, fin *html.Node
		col := 0
		for _, c := range r.cells {
			switch col {
			case dateCol:
				start = c
			case endCol:
				fin = c
			}
			col += colspan(c)
		}
		endDate = start != nil && fin != nil && fin.DataAtom == atom.Td &&
			tempex.IsDate(normalize(textOf(start))) && tempex.IsDate(normalize(textOf(fin)))
	}
	var spans []*html.Node
	col := 0
	partAt := -1 // the column a part of the date may stand in next
	for _, c := range r.cells {
		at := col
		col += colspan(c)
		inlineBlocks(c)
		if strings.TrimSpace(textOf(c)) == "" {
			continue
		}
		role := cellText
		part := false
		switch {
		case r.head:
		case c.DataAtom == atom.Th:
			role = cellLabel
		case at == dateCol && date == nil && !labelled && strings.ContainsAny(textOf(c), "0123456789"):
			role = cellDate
			partAt = col
		case at == partAt && endCol < 0 && !labelled && datePart(header, at, c):
			role, part = cellPart, true
			partAt = col
		case at == endCol && endDate && end == nil && !labelled:
			role = cellEnd
		}
		s := element(atom.Span, cellAttr, role)
		moveChildren(s, c)
		switch {
		case part:
			parts = append(parts, s)
		case role == cellDate:
			date = s
		case role == cellEnd:
			end = s
		case r.head || labelled:
			spans = append(spans, s)
		default:
			texts = append(texts, cell{span: s, col: at, main: eventHeaderRe.MatchString(columnName(header, at)), index: at == index})
		}
	}
	if r.head || labelled {
		return spans
	}
	if date != nil {
		if h := columnName(header, dateCol); h != "" && endCol < 0 && expiryColumnRe.MatchString(h) && !strings.HasPrefix(strings.ToLower(normalize(textOf(date))), strings.ToLower(h)) {
			// a date column of a product's shelf life ("Best before",
			// "Use by") says it before the date, as a label, which marks
			// the date as no event: "Best before: 24 August 2024 –
			// Classic Houmous 200g." (Other names stay out of the text: a
			// row's "Released: March 2021" reads as a page's own
			// publication line.)
			l := element(atom.Span, cellAttr, cellLabel)
			l.AppendChild(&html.Node{Type: html.TextNode, Data: h})
			spans = append(spans, l)
		}
		spans = append(spans, date)
		spans = append(spans, parts...)
		if end != nil {
			spans = append(spans, end)
		}
		for i, c := range texts {
			if c.main && i > 0 {
				copy(texts[1:i+1], texts[:i])
				texts[0] = c
				break
			}
		}
	}
	if date != nil && len(texts) > 1 {
		slices.SortStableFunc(texts, func(a, b cell) int { return cmp.Compare(b2i(a.index), b2i(b.index)) })
	}
	for i, c := range texts {
		// A value after the row's first says what it is with its
		// column's name.
		h := columnName(header, c.col)
		if c.index && c.col < len(header) {
			h = strings.TrimRight(header[c.col], ": ") // "Day: 1", though "Day" names dates too
		}
		if (i > 0 || c.index) && h != "" && !strings.HasPrefix(strings.ToLower(normalize(textOf(c.span))), strings.ToLower(h)) {
			l := element(atom.Span, cellAttr, cellLabel)
			l.AppendChild(&html.Node{Type: html.TextNode, Data: h})
			spans = append(spans, l)
		}
		spans = append(spans, c.span)
	}
	return spans
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// indexColumn returns the column of the rows' running numbers ("Day | Date
// | Port": 1, 2, 3; "Step", "No.", "#"), or -1: a column other than the
// date's whose body cells are all small whole numbers, each the one
// before it or the next. It counts the rows; it names nothing, so a row's
// title is never its number.
func indexColumn(rows []tableRow, dateCol int) int {
	col, prev, n := -1, 0, 0
	for _, r := range rows {
		if r.head {
			continue
		}
		at, found := 0, -1
		for _, c := range r.cells {
			if at != dateCol && c.DataAtom == atom.Td && runningNumberRe.MatchString(normalize(textOf(c))) {
				found = at
				break
			}
			at += colspan(c)
		}
		if found < 0 || col >= 0 && found != col {
			return -1
		}
		v, _ := strconv.Atoi(strings.TrimRight(strings.TrimSpace(normalize(textOf(cellAt(r, found)))), "."))
		if col >= 0 && v != prev && v != prev+1 {
			return -1
		}
		col, prev, n = found, v, n+1
	}
	if n < 2 {
		return -1
	}
	return col
}

// runningNumberRe is a cell of an index column: "1", "12", "3.".
var runningNumberRe = regexp.MustCompile(`^\s*\d{1,3}\.?\s*$`)

// cellAt is the cell of row r in column col, or nil.
func cellAt(r tableRow, col int) *html.Node {
	at := 0
	for _, c := range r.cells {
		if at == col {
			return c
		}
		at += colspan(c)
	}
	return nil
}

// datePart reports whether cell c, in column col right after a row's date
// (or after another part of it), is a part of that date: its column is
// named for dates too ("Year | Date | Event", "Year | Month | Event") and
// the cell is short. It is read with the date, in the order of the
// columns, after a space: "1914 3 August – Neutrality is declared.", so
// that the day is read in its year (not "1914 – Neutrality is declared.;
// 3 August.").
func datePart(header []string, col int, c *html.Node) bool {
	if col >= len(header) || len(normalize(textOf(c))) > 40 {
		return false
	}
	return tempex.IsDateHeader(header[col]) || datePartHeaderRe.MatchString(header[col])
}

// datePartHeaderRe matches the header of a column holding a part of a
// date that another column's year completes: "Month", "Day", "Day and
// month".
var datePartHeaderRe = regexp.MustCompile(`(?i)^\s*(?:months?|days?|day\s*(?:and|&|/)\s*month|month\s*(?:and|&|/)\s*day)\s*$`)

// dataShape reports whether a table whose cells could hold values (see
// dataTable) is shaped as data, as the extractor judges it: a caption, a
// summary, header cells or column groups; ten rows or more, more than
// four columns, or more than ten cells; or, in a small table, a column of
// dates. A table of one or two cells a row and a few rows is otherwise a
// page's layout (a menu beside the text).
func dataShape(t *html.Node, rows []tableRow, caption bool, dateCol int) bool {
	if caption || attr(t, "summary") != "" {
		return true
	}
	cols, body := 0, 0
	for _, r := range rows {
		n := 0
		for _, c := range r.cells {
			n += colspan(c)
			if c.DataAtom == atom.Th {
				return true
			}
		}
		cols = max(cols, n)
		if !r.head {
			body++
		}
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Thead || c.DataAtom == atom.Tfoot || c.DataAtom == atom.Colgroup || c.DataAtom == atom.Col) {
			return true
		}
	}
	switch {
	case len(rows) >= 10, cols > 4, len(rows)*cols > 10:
		return true
	}
	return dateCol >= 0 && body >= 2
}

// dataTable reports whether t could hold data (rows of values) rather
// than a page's layout: nothing in its cells but values.
func dataTable(t *html.Node) bool {
	switch strings.ToLower(strings.TrimSpace(attr(t, "role"))) {
	case "presentation", "none":
		return false
	}
	if attr(t, "datatable") == "0" {
		return false
	}
	ok := true
	cells := 0
	var walk func(n *html.Node, inCell bool)
	walk = func(n *html.Node, inCell bool) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case notInCells[c.DataAtom]:
				ok = false
				return
			case c.DataAtom == atom.Td || c.DataAtom == atom.Th:
				cells++
				if len(textOf(c)) > maxCellText || paragraphBreak(c) {
					ok = false
					return
				}
				walk(c, true)
			default:
				walk(c, inCell)
			}
		}
	}
	walk(t, false)
	return ok && cells > 0
}

// paragraphBreak reports whether a cell holds two line breaks in a row
// (<br><br>), as a page laid out in a table separates its paragraphs.
func paragraphBreak(n *html.Node) bool {
	prevBr := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				if prevBr {
					return true
				}
				prevBr = true
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			case c.Type == html.ElementNode:
				prevBr = false
				if walk(c) {
					return true
				}
			default:
				prevBr = false
			}
		}
		return false
	}
	return walk(n)
}

// dateColumn returns the index of the column of the rows' dates, or -1:
// the start column of a table of spans (see tempex.SpanColumns) if it holds a
// date, else the column whose header names dates ("Date", "Year",
// "When") if it holds a date, else the column where most body rows hold
// a date, when at least half of them do. A cell holds a date when the
// tagger finds one that is all of its text but a few characters. end is
// the end column of a table of spans, or -1.
func dateColumn(rows []tableRow) (col, end int, header []string) {
	counts := map[int]int{}
	body := 0
	for _, r := range rows {
		if r.head {
			if header == nil {
				for _, c := range r.cells {
					for range colspan(c) {
						header = append(header, normalize(textOf(c)))
					}
				}
			}
			continue
		}
		if len(r.cells) < 2 || body >= maxDateRows {
			continue
		}
		body++
		col := 0
		for _, c := range r.cells {
			if c.DataAtom == atom.Td && tempex.IsDate(normalize(textOf(c))) {
				counts[col]++
			}
			col += colspan(c)
		}
	}
	if start, end := tempex.SpanColumns(header); start >= 0 && counts[start] > 0 {
		return start, end, header
	}
	for i, h := range header {
		if tempex.IsDateHeader(h) && counts[i] > 0 {
			return i, -1, header
		}
	}
	best := -1
	for col, n := range counts {
		if n*2 >= body && (best < 0 || n > counts[best] || n == counts[best] && col < best) {
			best = col
		}
	}
	return best, -1, header
}

// columnName is the header of column col, when it is short enough to
// label a value and does not name the dates.
func columnName(header []string, col int) string {
	if col >= len(header) {
		return ""
	}
	h := strings.TrimRight(header[col], ": ")
	if h == "" || len(h) > 30 || tempex.IsDateHeader(h) {
		return ""
	}
	return h
}

// maxColumns bounds the columns a table's cells are placed in, and
// maxSpan the rows or columns one cell spans.
const (
	maxColumns = 1000
	maxSpan    = 100
)

func colspan(c *html.Node) int { return span(c, "colspan") }

// span reads a cell's colspan or rowspan: 1 to maxSpan.
func span(c *html.Node, key string) int {
	n := 0
	for _, r := range strings.TrimSpace(attr(c, key)) {
		if r < '0' || r > '9' || n > maxSpan {
			break
		}
		n = n*10 + int(r-'0')
	}
	return max(1, min(n, maxSpan))
}

// cloneNode copies n and what it holds.
func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneNode(k))
	}
	return c
}

// inlineBlocks turns the paragraphs, divisions and list items inside a
// cell into line breaks between their texts, so that the cell reads as
// one value of one row.
func inlineBlocks(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			inlineBlocks(c)
			if blockTags[c.DataAtom] {
				for k := c.FirstChild; k != nil; {
					kn := k.NextSibling
					c.RemoveChild(k)
					n.InsertBefore(k, c)
					k = kn
				}
				n.InsertBefore(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, c)
				n.RemoveChild(c)
			}
		}
		c = next
	}
}

func element(a atom.Atom, key, val string) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a, Attr: []html.Attribute{{Key: key, Val: val}}}
}

func moveChildren(dst, src *html.Node) {
	for c := src.FirstChild; c != nil; {
		next := c.NextSibling
		src.RemoveChild(c)
		dst.AppendChild(c)
		c = next
	}
}

// figuresByYear reports whether a table's first row names years (or
// periods of them: "FY23", "2022-23", "Q1 2024") in two columns or more
// ("2020 | 2021 | 2022") and its other rows hold figures
// under them ("Revenue (£m) | 171.0 | 188.3 | (2.3)"): a table of figures,
// whose cells date nothing that happened.
func figuresByYear(rows []tableRow) bool {
	if len(rows) < 2 {
		return false
	}
	years := 0
	for _, c := range rows[0].cells {
		if yearCellRe.MatchString(normalize(textOf(c))) {
			years++
		}
	}
	if years < 2 {
		return false
	}
	figures, cells := 0, 0
	for _, r := range rows[1:] {
		for _, c := range r.cells[min(1, len(r.cells)):] {
			t := normalize(textOf(c))
			if t == "" {
				continue
			}
			cells++
			if figureCellRe.MatchString(t) {
				figures++
			}
		}
	}
	return cells > 0 && figures*10 >= cells*8
}

var (
	yearCellRe   = regexp.MustCompile(`^(?:(?:Q[1-4]|H[12])\s?)?(?:(?:FY\s?)?(?:1[0-9]|20)\d\d(?:[/–-](?:\d\d|(?:1[0-9]|20)\d\d))?|FY\s?\d\d(?:[/–-]\d\d)?)$`)
	figureCellRe = regexp.MustCompile(`^[-–(]?[£$€¥]?\d[\d,.]*\s*(?:%|[kmb]n?|p)?\)?$|^[-–—n/a]+$`)
)
