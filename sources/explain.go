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
			for i := range d.Sections {
				s := &d.Sections[i]
				if s.Kind == timeline.Heading || s.Kind == timeline.CitationLine {
					continue
				}
				if _, err := fmt.Fprintf(w, "  %s\n", Explain(d, s)); err != nil {
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
// UTF-8 or UTF-16, which their bytes prove, need no note. Bytes that are
// invalid in a file otherwise in UTF-8 are an error, never a note: Read
// reports them with their position. The Warnings follow, one line each.
func (r *Result) Notes() []string {
	var out []string
	for _, in := range r.Inputs {
		if in.Encoding == text.Windows1252 {
			out = append(out, fmt.Sprintf("%s: not UTF-8; read as Windows-1252 (Western European). Save it as UTF-8 if the accents look wrong.", in.Name))
		}
	}
	for _, w := range r.Warnings {
		out = append(out, w.Error())
	}
	return out
}

// Explain says in one line what section s of doc is and where its
// reference date came from:
//
//	seed.txt:19:1: excerpt of "The Himalayan Times": 2017-12-13 from the citation of "Rights group ..." at seed.txt:17:1
func Explain(doc *timeline.Document, s *timeline.Section) string {
	file := s.Pos.File
	if file == "" {
		file = doc.Name
	}
	st := ""
	if s.Statement {
		st = " (a statement)"
	}
	return fmt.Sprintf("%s:%d:%d: %s of %q%s: %s", file, s.Pos.Line, s.Pos.Col, KindName(s.Kind), s.Citation.Name(), st, text.DescribeRef(s))
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
