package timeline

// Document is what a reader makes of one input: its sections, in order.
// A plain article is one section; a compilation such as an analyst's
// commentary with quoted excerpts is one section for the commentary and one
// per excerpt, each with its own citation and reference date.
type Document struct {
	Name     string    // the path, URL or "-" it was read from
	Title    string    // the document's own title, if it has one
	Sections []Section // in reading order
	// Part numbers the parts of an input too large to be read at once
	// (package sources reads large text in parts): 0 for a whole input or
	// its first part, then 1, 2, ... for the parts that follow it, each a
	// Document of the same Name and Title whose positions stand where the
	// part does in the input. A part's first section continues the last
	// section of the part before it when their kind, heading and
	// citation are the same.
	Part int
	// DayFirst says that the document writes its numeric dates day first
	// (03/04/2019 is 3 April), as its reader decided from the whole
	// document or was told (--day-first): a tagger of one section, which
	// may hold no evidence of the order itself, should read them so.
	DayFirst bool
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
	// "dateline", "byline" (a dated author line), "published-line",
	// "citation", "document", "header-line" (a line dating a speech,
	// interview or meeting, or an e-mail's header), "heading" (a heading
	// that is a day, over a diary's or a log's entry, or a chat message's
	// timestamp), "signature" (a sentence dating the document's approval,
	// signature or making), "label" (an update's label opening the
	// paragraph, "Update (18 August 2025):"), "title" (the year a title
	// says the document covers, "Annual Report 2023"), "created" (a file's
	// creation stamp, the last resort) or "" (none).
	RefFrom string
	// Level is a heading's rank as the document gives it, 1 (a title) to 6;
	// 0 when the reader does not tell. A heading of a rank ends what the
	// headings of its rank or finer above it head.
	Level int
	// Statement marks a section that is itself a dated statement (a
	// press-conference answer, a speech, a communique): it is an event of
	// its source's date even when its sentences hold no date.
	Statement bool
	// Message marks a message of a chat, sent on its own: its lines are
	// what was said, short and often unstopped ("Dentist on Saturday"),
	// never a title.
	Message bool
	// Speaker is who wrote the section when that one is no outlet: a chat
	// message's sender ("Mum", "tom.b"). Its events name the speaker
	// first among their actors; their source is the document, not the
	// speaker. "" when the reader does not tell.
	Speaker string
	// RefPos is where the reference date was read (the citation line, the
	// dateline, the front matter); the zero Position when there is none or
	// it came from a flag. For --explain.
	RefPos Position
	// RefText is the reference date as the document writes it where it
	// was read ("2 September 2025" of "Recorded: 2 September 2025", the
	// "2025-11-18" of a release's heading), when a reader knows it: what
	// an event dated by its section's date, not by a date in its own
	// sentence, gives as its date text. "" when the date came from a flag
	// or the reader does not know how it was written.
	RefText string
	// Segments map Text back to the document when a reader removed markup
	// from it (Markdown emphasis, a quote block's "> "); nil when Text is a
	// verbatim copy of the document from Pos. Use PosAt rather than reading
	// them directly.
	Segments []Segment
	// Code holds the byte ranges [start, end) of Text that are code, not
	// prose: a Markdown code span (`--since 2024-01-01`), an HTML <code>
	// element. A date inside them ("2023-11-05T01:30:00Z" in a log line
	// quoted as code) is no event. Ranges are in increasing order and do
	// not overlap; nil when there is none.
	Code [][2]int
}

// InCode reports whether byte i of s.Text lies in a range of s.Code.
func (s *Section) InCode(i int) bool {
	for _, r := range s.Code {
		if i < r[0] {
			return false
		}
		if i < r[1] {
			return true
		}
	}
	return false
}

// Segment maps part of a Section's Text back to its document: the bytes of
// Text from Off up to the next segment's Off were copied unchanged from the
// document, starting at Pos. Segments are in increasing Off order.
type Segment struct {
	Off int
	Pos Position
}

// PosAt returns the position in the document of byte i of s.Text, so that
// an event found at Text[i:] can be reported as FILE:LINE:COL even when
// markup was removed in between.
func (s *Section) PosAt(i int) Position {
	if i < 0 {
		i = 0
	}
	base, off := s.Pos, 0
	// The last segment starting at or before i.
	lo, hi := 0, len(s.Segments)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.Segments[m].Off <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 {
		base, off = s.Segments[lo-1].Pos, s.Segments[lo-1].Off
	}
	if off > len(s.Text) {
		off = len(s.Text)
	}
	return PositionAt(base, s.Text[off:], i-off)
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
