package timeline

// Document is what a reader makes of one input: its sections, in order.
// A plain article is one section; a compilation such as an analyst's
// commentary with quoted excerpts is one section for the commentary and one
// per excerpt, each with its own citation and reference date.
type Document struct {
	Name     string    // the path, URL or "-" it was read from
	Title    string    // the document's own title, if it has one
	Sections []Section // in reading order
}

// Section is a run of a document's text with one citation and one
// reference date.
type Section struct {
	Kind     SectionKind
	Heading  string   // the heading that introduces it, if any
	Text     string   // the text, with markup removed
	Pos      Position // where Text starts in the document (its offsets index Text from there)
	Citation Citation // who speaks in this section; Citation.Date is its reference date
	// RefFrom says where the reference date came from: "flag", "metadata",
	// "dateline", "published-line", "citation", "document" or "" (none).
	RefFrom string
	// Statement marks a section that is itself a dated statement (a
	// press-conference answer, a speech, a communique): it is an event of
	// its source's date even when its sentences hold no date.
	Statement bool
}

// SectionKind tells what part a section plays in its document.
type SectionKind uint8

// The kinds of section.
const (
	Body         SectionKind = iota // the document's own text
	Excerpt                         // a quoted excerpt from another source
	CitationLine                    // a citation line ("Source: ..."), metadata rather than story
	Heading                         // a heading or title line
)
