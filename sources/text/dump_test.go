package text

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// dumpSection is the golden form of a section: what readers downstream
// rely on, with positions as FILE:LINE:COL.
type dumpSection struct {
	Kind      string `json:"kind"`
	Heading   string `json:"heading,omitempty"`
	At        string `json:"at"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Date      string `json:"date,omitempty"`
	RefFrom   string `json:"ref_from,omitempty"`
	RefAt     string `json:"ref_at,omitempty"`
	Statement bool   `json:"statement,omitempty"`
	Text      string `json:"text"`
	// Code is the text of each range of Section.Code.
	Code []string `json:"code,omitempty"`
}

type dumpDoc struct {
	Name     string        `json:"name"`
	Title    string        `json:"title,omitempty"`
	Sections []dumpSection `json:"sections"`
}

var kindNames = map[timeline.SectionKind]string{timeline.Body: "body", timeline.Excerpt: "excerpt", timeline.CitationLine: "citation-line", timeline.Heading: "heading"}

func fmtPos(p timeline.Position) string {
	if p.Line == 0 {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

func dump(doc *timeline.Document) []byte {
	d := dumpDoc{Name: doc.Name, Title: doc.Title, Sections: []dumpSection{}}
	for _, s := range doc.Sections {
		ds := dumpSection{
			Kind: kindNames[s.Kind], Heading: s.Heading, At: fmtPos(s.Pos),
			Title: s.Citation.Title, Outlet: s.Citation.Outlet, URL: s.Citation.URL,
			RefFrom: s.RefFrom, RefAt: fmtPos(s.RefPos), Statement: s.Statement, Text: s.Text,
		}
		if !s.Citation.Date.IsZero() {
			ds.Date = s.Citation.Date.String()
		}
		for _, c := range s.Code {
			ds.Code = append(ds.Code, s.Text[c[0]:c[1]])
		}
		d.Sections = append(d.Sections, ds)
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

var _ = strings.TrimSpace
