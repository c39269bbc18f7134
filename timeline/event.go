package timeline

// Span is when an event happened: a Start and, for a range
// ("from July to December 2017", "1558-1603"), an End. End is the zero Date
// for a point or a single period.
type Span struct {
	Start Date
	End   Date
}

// IsRange reports whether the span has an end of its own.
func (s Span) IsRange() bool { return !s.End.IsZero() }

// Precision is the precision of the span's start.
func (s Span) Precision() Precision { return s.Start.Prec }

// CompareSpans orders spans by their start (see Compare), then by their
// end, a point before a range that starts with it.
func CompareSpans(a, b Span) int {
	if c := Compare(a.Start, b.Start); c != 0 {
		return c
	}
	switch {
	case a.End.IsZero() && b.End.IsZero():
		return 0
	case a.End.IsZero():
		return -1
	case b.End.IsZero():
		return 1
	}
	return Compare(a.End, b.End)
}

// Citation says where a statement comes from: the document it was read
// from and, when the document quotes or compiles other sources, the outlet
// it cites.
type Citation struct {
	Title  string // the cited piece's title ("Rights group criticizes China ...")
	Outlet string // the publication or organisation ("The Himalayan Times")
	URL    string
	Date   Date   // the source's own date: the reference relative expressions resolve against
	File   string // the document it was read from (path, URL or "-")
}

// Name is how the citation is shown in a "source" column: the outlet, else
// the title, else the file ("stdin" for standard input, read as "-").
func (c Citation) Name() string {
	switch {
	case c.Outlet != "":
		return c.Outlet
	case c.Title != "":
		return c.Title
	case c.File == "-":
		return "stdin"
	}
	return c.File
}

// Position is where something stands in a document: a byte offset and the
// 1-based line and column (in bytes) it falls on.
type Position struct {
	File   string
	Offset int
	Line   int
	Col    int
}

// Event is one dated statement of a chronology.
type Event struct {
	ID       string     // stable: the same event from the same source keeps its id across runs
	Span     Span       // when
	DateText string     // the expression exactly as written ("on Wednesday"); empty when the date is the source's own
	Title    string     // a short headline
	Text     string     // the sentence (or clause) it comes from, verbatim
	Sources  []Citation // who reports it; the first is the primary source
	Group    string     // the lane it is drawn in; empty means the primary source's name
	Actors   []string   // people and organisations the statement names
	Pos      Position   // where the sentence stands in the primary source
	Row      Position   // for an event read from a sheet, where its row stands in the sheet (Pos may name the document the sheet was made from)
	Tags     []string   // free labels from an event sheet
	Media    string     // an image or media URL from an event sheet
}

// Source returns the primary citation, or the zero Citation.
func (e *Event) Source() Citation {
	if len(e.Sources) == 0 {
		return Citation{}
	}
	return e.Sources[0]
}

// GroupName is the lane the event is drawn in: Group, or the primary
// source's name.
func (e *Event) GroupName() string {
	if e.Group != "" {
		return e.Group
	}
	return e.Source().Name()
}

// IsVague reports whether the event's date is a vague reference, kept in
// the chronology but never placed on the axis.
func (e *Event) IsVague() bool { return e.Span.Start.IsVague() }
