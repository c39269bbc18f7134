package html

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Code on a page is not prose (see the package documentation, "Code").

// codeAttr marks a <pre> that is code, before the extractor strips the
// classes that say so.
const codeAttr = "data-chronicle-code"

// codeTags are the elements whose text is code wherever they stand.
var codeTags = map[atom.Atom]bool{atom.Code: true, atom.Kbd: true, atom.Samp: true, atom.Var: true}

// codeClassRe matches a class or id naming code or its highlighter.
var codeClassRe = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:code|sourcecode|source-code|highlight|highlighter|hljs|prettyprint|chroma|syntax|console|terminal|shell|brush|language-[a-z0-9+#_-]+|lang-[a-z0-9+#_-]+)(?:[^a-z]|$)`)

// markCode marks with codeAttr every <pre> below n that is code (see
// above), and reports how many it marked.
func markCode(n *html.Node) int {
	k := 0
	var walk func(n *html.Node, named int)
	// named counts down the ancestors still close enough for their class
	// to name a <pre> below them code: the <div class="highlight"> over a
	// <pre>, or the two such divs Sphinx writes.
	walk = func(n *html.Node, named int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			near := max(named-1, 0)
			if namesCode(c) {
				near = 3
			}
			if c.DataAtom == atom.Pre && (near > 0 || holdsCode(c)) {
				if !hasAttr(c, codeAttr) {
					c.Attr = append(c.Attr, html.Attribute{Key: codeAttr, Val: "1"})
				}
				k++
				continue
			}
			walk(c, near)
		}
	}
	walk(n, 0)
	return k
}

// namesCode reports whether element n says by its class, id or language
// attribute that it holds code.
func namesCode(n *html.Node) bool {
	if attr(n, "data-lang") != "" || attr(n, "data-language") != "" {
		return true
	}
	return codeClassRe.MatchString(attr(n, "class")) || codeClassRe.MatchString(attr(n, "id"))
}

// holdsCode reports whether an element of codeTags stands below n.
func holdsCode(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (codeTags[c.DataAtom] || holdsCode(c)) {
			return true
		}
	}
	return false
}
