package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The apparatus of an encyclopedia page, which is neither its text nor
// its dates: the "[edit]" link beside each heading, the footnote markers
// ("[1]") in its sentences and its list of references, whose access dates
// ("Retrieved 8 June 2022") and publication dates are the dates of the
// sources cited, not of the events.
//
// MediaWiki, as served today, wraps each heading with its edit link:
//
//	<div class="mw-heading mw-heading2"><h2 id="2019">2019</h2>
//	<span class="mw-editsection">[<a href="...">edit</a>]</span></div>
//
// The extractor takes such a wrapper, short and half of it a link, for
// furniture and drops it with its heading whenever the page has enough
// text to be cleaned (a page of a few short items keeps it), so a
// timeline's year headings were lost on every page of some length. The
// edit link is removed and the wrapper replaced by its heading.

// editLinkClasses are the class tokens of the edit links beside headings
// (MediaWiki's, and the "edit-section" of other wikis).
var editLinkClasses = map[string]bool{
	"mw-editsection": true, "editsection": true, "edit-section": true, "section-edit": true,
	"mw-editsection-like": true,
	// what MediaWiki leaves out of a printed page: "[citation needed]",
	// navigation boxes, jump links
	"noprint": true, "template-fact": true, "mw-jump-link": true,
}

// referenceClasses are the class tokens of a list of references or
// footnotes, and of the markers that point to them.
var referenceClasses = map[string]bool{
	"references": true, "reflist": true, "refbegin": true, "mw-references-wrap": true,
	"mw-cite-backlink": true, "reference": true, "citation-needed": true,
}

// referenceRoles are the ARIA roles (DPUB-ARIA) of the same.
var referenceRoles = map[string]bool{
	"doc-endnotes": true, "doc-bibliography": true, "doc-noteref": true, "doc-footnote": true,
	"doc-backlink": true,
}

// referenceHeadings are headings over a page's apparatus: the section
// under one, up to the next heading of its rank or higher, cites or links
// to other works.
var referenceHeadings = map[string]bool{
	"references": true, "citations": true, "bibliography": true, "works cited": true,
	"footnotes": true, "notes and references": true, "references and notes": true,
	"sources": true, "further reading": true, "external links": true,
}

// tidyApparatus removes the apparatus of an encyclopedia page (see
// above) from the tree, and replaces a wrapper that holds nothing but a
// heading by its heading. It returns how many elements it removed or
// unwrapped.
func tidyApparatus(doc *html.Node) int {
	n := 0
	var tidy func(p *html.Node)
	tidy = func(p *html.Node) {
		for c := p.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if apparatusNode(c) {
					p.RemoveChild(c)
					n++
				} else if tidy(c); soleHeading(c) != nil {
					// <div class="mw-heading"><h2>2019</h2></div>: the
					// heading stands where its wrapper did.
					h := soleHeading(c)
					c.RemoveChild(h)
					p.InsertBefore(h, c)
					p.RemoveChild(c)
					n++
				}
			}
			c = next
		}
	}
	tidy(doc)
	// The sections of references and links, now that their headings are
	// out of their wrappers.
	var drop func(p *html.Node)
	drop = func(p *html.Node) {
		for c := p.FirstChild; c != nil; {
			if c.Type != html.ElementNode {
				c = c.NextSibling
				continue
			}
			if headingTags[c.DataAtom] && referenceHeadings[referenceTitle(textOf(c))] {
				k, after := dropSection(p, c)
				n += k
				c = after
				continue
			}
			drop(c)
			c = c.NextSibling
		}
	}
	drop(doc)
	return n
}

// apparatusNode reports whether element n is an edit link, a list of
// references or a footnote marker.
func apparatusNode(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Main, atom.Article:
		return false
	}
	if r := strings.ToLower(strings.TrimSpace(attr(n, "role"))); referenceRoles[r] {
		return true
	}
	if n.DataAtom == atom.Li && strings.HasPrefix(attr(n, "id"), "cite_note") {
		// MediaWiki's footnote, outside its list of references.
		return true
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if editLinkClasses[tok] {
			return true
		}
		if referenceClasses[tok] {
			// "reference" alone marks a footnote's marker (<sup
			// class="reference">[1]</sup>), never a block of text.
			if tok == "reference" && n.DataAtom != atom.Sup && n.DataAtom != atom.Span {
				continue
			}
			return true
		}
	}
	return false
}

// soleHeading returns the heading that element n holds and nothing else
// but white space, or nil. Only a <div> or <hgroup> is a wrapper: a
// <section> or <header> with a heading alone is left as it is.
func soleHeading(n *html.Node) *html.Node {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Hgroup {
		return nil
	}
	var h *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		case html.ElementNode:
			if h != nil || !headingTags[c.DataAtom] {
				return nil
			}
			h = c
		}
	}
	return h
}

// referenceTitle is a heading's text as looked up in referenceHeadings:
// lower case, spaces collapsed, without a trailing colon.
func referenceTitle(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimRight(s, ": ")
}

// dropSection removes the siblings after heading h, up to the next
// heading of its rank or higher (or a wrapper holding one), and h itself;
// it returns how many elements it removed and the sibling that ends the
// section (nil at the end of p).
func dropSection(p, h *html.Node) (int, *html.Node) {
	rank := headingRank(h)
	n := 0
	c := h.NextSibling
	for c != nil {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if r := headingRank(c); r > 0 && r <= rank {
				break
			}
			if r := innerHeadingRank(c); r > 0 && r <= rank {
				break
			}
			n++
		}
		p.RemoveChild(c)
		c = next
	}
	p.RemoveChild(h)
	return n + 1, c
}

// headingRank is 1 for <h1> to 6 for <h6>, 0 for any other element.
func headingRank(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// innerHeadingRank is the highest rank of the headings inside n (0 for
// none): a sibling that holds a heading of the section's rank ends it.
func innerHeadingRank(n *html.Node) int {
	best := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if r := headingRank(c); r > 0 && (best == 0 || r < best) {
				best = r
			}
			walk(c)
		}
	}
	walk(n)
	return best
}
