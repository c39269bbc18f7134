package sources

import (
	"fmt"
	"io"

	"github.com/chronicle-project/chronicle/sources/text"
	"github.com/chronicle-project/chronicle/timeline"
)

// Explain writes, for --explain, how each input was read and where the
// reference date of each of its sections came from:
//
//	seed.txt: text (UTF-8), 9 sections
//	  seed.txt:19:1 excerpt "The Himalayan Times": 2017-12-13 from the citation of "The Himalayan Times" at seed.txt:17:1
//
// Headings and citation lines are left out; they carry no story. The
// sections are those of Result.Documents, which Read keeps and Each does
// not: a caller of Each explains each document as it comes (Explain).
func (r *Result) Explain(w io.Writer) error {
	docs := map[string][]*timeline.Document{} // an input read in parts has several
	for _, d := range r.Documents {
		docs[d.Name] = append(docs[d.Name], d)
	}
	for _, in := range r.Inputs {
		enc := ""
		if in.Encoding != "" {
			enc = " (" + in.Encoding + ")"
		}
		ds := docs[in.Name]
		if ds == nil {
			if _, err := fmt.Fprintf(w, "%s: %s%s, %d events: %s\n", in.Name, in.Format, enc, in.Events, in.Note); err != nil {
				return err
			}
			continue
		}
		n := 0
		for _, d := range ds {
			n += len(d.Sections)
		}
		parts := ""
		if len(ds) > 1 {
			parts = fmt.Sprintf(" in %d parts", len(ds))
		}
		if _, err := fmt.Fprintf(w, "%s: %s%s, %d sections%s\n", in.Name, in.Format, enc, n, parts); err != nil {
			return err
		}
		for _, d := range ds {
			story := func(s *timeline.Section) bool { return s.Kind != timeline.Heading && s.Kind != timeline.CitationLine }
			for _, line := range explainSections(d, story) {
				if _, err := fmt.Fprintf(w, "  %s\n", line); err != nil {
					return err
				}
			}
		}
	}
	for _, s := range r.Skipped {
		if _, err := fmt.Fprintf(w, "%s: skipped: %s\n", s.Name, s.Reason); err != nil {
			return err
		}
	}
	return nil
}

// Notes says, one line each, what a user should know about how the inputs
// were read, for a command to print on standard error: the inputs that
// were not UTF-8 and were read as Windows-1252, an encoding guessed from
// their bytes ("old.txt: not UTF-8; read as Windows-1252 (Western
// European). Save it as UTF-8 if the accents look wrong."). Inputs in
// UTF-8 or UTF-16, which their bytes prove, need no note. A few bytes
// standing alone in a file otherwise in UTF-8 are read as Windows-1252,
// with a note; other bytes that are invalid there (a sequence broken off)
// are an error: Read reports them with their position. The Warnings
// follow, one line each.
func (r *Result) Notes() []string {
	var out []string
	for _, in := range r.Inputs {
		switch in.Encoding {
		case text.Windows1252:
			out = append(out, fmt.Sprintf("%s: not UTF-8; read as Windows-1252 (Western European). Save it as UTF-8 if the accents look wrong.", in.Name))
		case text.MixedUTF8:
			out = append(out, fmt.Sprintf("%s: UTF-8 but for a few bytes, read as the Windows-1252 characters they are (curly quotes, dashes, accents). Save it as UTF-8 if those look wrong.", in.Name))
		}
	}
	for _, w := range r.Warnings {
		out = append(out, w.Error())
	}
	return out
}

// ExplainSections says, one line each, what the sections of doc are and
// where their reference dates came from (see Explain), for --explain.
// Sections of one source whose reference date came from the same place
// are told once, at the first, with how many more there are: a page with
// no date, whose forty sections each have none, gives one line.
//
//	wiki.html:7:4: body of "Wikipedia" and 39 more sections like it: no reference date: ...
func ExplainSections(doc *timeline.Document) []string {
	return explainSections(doc, func(*timeline.Section) bool { return true })
}

// explainSections is ExplainSections for the sections keep keeps.
func explainSections(doc *timeline.Document, keep func(*timeline.Section) bool) []string {
	type group struct {
		first *timeline.Section
		n     int
	}
	var groups []*group
	byKey := map[string]*group{}
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if !keep(s) {
			continue
		}
		key := fmt.Sprintf("%q %v %s", s.Citation.Name(), s.Statement, text.DescribeRef(s))
		if g := byKey[key]; g != nil {
			g.n++
			continue
		}
		g := &group{first: s, n: 1}
		byKey[key] = g
		groups = append(groups, g)
	}
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		if g.n == 1 {
			out = append(out, Explain(doc, g.first))
			continue
		}
		out = append(out, explainLine(doc, g.first, fmt.Sprintf(" and %d more sections like it", g.n-1)))
	}
	return out
}

// Explain says in one line what section s of doc is and where its
// reference date came from:
//
//	seed.txt:19:1: excerpt of "The Himalayan Times": 2017-12-13 from the citation of "Rights group ..." at seed.txt:17:1
func Explain(doc *timeline.Document, s *timeline.Section) string {
	return explainLine(doc, s, "")
}

// explainLine is Explain with more said after the section's kind and
// source ("and 39 more sections like it").
func explainLine(doc *timeline.Document, s *timeline.Section, more string) string {
	file := s.Pos.File
	if file == "" {
		file = doc.Name
	}
	st := ""
	if s.Statement {
		st = " (a statement)"
	}
	return fmt.Sprintf("%s:%d:%d: %s of %q%s%s: %s", file, s.Pos.Line, s.Pos.Col, KindName(s.Kind), s.Citation.Name(), st, more, text.DescribeRef(s))
}

// KindName names a section kind: body, excerpt, citation, heading.
func KindName(k timeline.SectionKind) string {
	switch k {
	case timeline.Body:
		return "body"
	case timeline.Excerpt:
		return "excerpt"
	case timeline.CitationLine:
		return "citation"
	case timeline.Heading:
		return "heading"
	}
	return fmt.Sprintf("kind(%d)", k)
}
