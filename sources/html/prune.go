package html

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The parts of a page that are never its article, named by their id,
// class, role or aria-label: readers' comments (a "comments" block, Disqus,
// a list of user comments, the form to post one), cookie and consent
// banners, and newsletter sign-up boxes. The extractor keeps some of them
// when they sit inside the article's container, and their dates ("Dave, 28
// Feb 2024: closed since last summer") and relative words ("yesterday",
// said by a reader on another day) would become events of the article.
//
// The words are matched whole, between the "-", "_" and spaces that join
// them in class names: "comments", "comment-list", "disqus_thread",
// "cookie-banner", "newsletter-signup", but not "tone-comment" (a
// newspaper's opinion section, which is an article) nor "commentary".
var (
	// pruneWordRe reads one word of a class or id.
	pruneWordRe = regexp.MustCompile(`[A-Za-z0-9]+`)
	// pruneLabelRe reads an aria-label or a title: "Comments", "Cookie
	// consent", "Sign up to our newsletter".
	pruneLabelRe = regexp.MustCompile(`(?i)^\s*(?:\d+\s+)?(?:(?:reader|user|visitor)s?['’]?\s+)?comments?\b|\bcookies?\b|\bconsent\b|\bnewsletter\b|\bsign\s*up\b`)
)

// pruneWords are the words of a class or id that mark a part to drop, and
// pairWords the words that do so after "comment" ("comment-list",
// "comment_form").
var (
	pruneWords = map[string]bool{
		"comments": true, "disqus": true, "commentlist": true, "commentform": true, "usercomments": true,
		"cookie": true, "cookies": true, "cookiebanner": true, "cookienotice": true, "cookieconsent": true,
		"consent": true, "gdpr": true, "onetrust": true, "cmp": true,
		"newsletter": true, "newsletters": true, "signup": true,
		// a wiki's tagline under the title ("From Wikipedia, the free
		// encyclopedia"), which would head the infobox after it
		"sitesub": true, "contentsub": true, "tagline": true,
		// a wiki's category bar, navigation boxes and print footer
		// ("Categories: 1863 in Pennsylvania | July 1863 events")
		"catlinks": true, "navbox": true, "printfooter": true,
	}
	pairWords = map[string]bool{
		"list": true, "section": true, "area": true, "thread": true, "form": true, "respond": true,
		"container": true, "wrapper": true, "block": true, "box": true, "count": true, "link": true,
	}
)

// pruneBoilerplate removes from the tree the comments, consent banners
// and sign-up boxes (see pruneWords), and returns how many elements it
// removed. The page's <html>, <head>, <body>, <main> and <article>
// elements are never removed, whatever their class.
//
// A part that holds half the page's text or more is kept: a class that
// reads like a comments block on the article's own container (a blog's
// "post has-comments") must not cost the article.
func pruneBoilerplate(doc *html.Node) int {
	total := textLen(doc)
	var prune func(n *html.Node) int
	prune = func(n *html.Node) int {
		removed := 0
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if boilerplateNode(c) && textLen(c)*2 < total {
					n.RemoveChild(c)
					removed++
				} else {
					removed += prune(c)
				}
			}
			c = next
		}
		return removed
	}
	return prune(doc)
}

// textLen is the length of the text under n, outside scripts and styles.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return 0
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}

// boilerplateNode reports whether element n is a comments block, a
// consent banner or a sign-up box.
func boilerplateNode(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Main, atom.Article:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "id", "class":
			if boilerplateName(a.Val) {
				return true
			}
		case "aria-label":
			if pruneLabelRe.MatchString(a.Val) && len(a.Val) < 80 {
				return true
			}
		case "role":
			// A dialog is a banner or a pop-up, never the article.
			if v := strings.ToLower(strings.TrimSpace(a.Val)); v == "dialog" || v == "alertdialog" {
				return true
			}
		}
	}
	return false
}

// boilerplateName reports whether a class or id names a part to drop: one
// of pruneWords, or "comment" before one of pairWords, as whole words.
//
// A class that files the article under a tag or category ("tag-cookies",
// "category-consent", as blogs mark their posts) says what the article is
// about, not what the element is, and is passed over.
func boilerplateName(v string) bool {
	if len(v) > 512 {
		v = v[:512]
	}
	for _, tok := range strings.Fields(strings.ToLower(v)) {
		if hasAnyPrefix(tok, "tag-", "tag_", "category-", "category_", "topic-", "topic_", "post-tag", "section-") {
			continue
		}
		if boilerplateWords(pruneWordRe.FindAllString(tok, -1)) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// boilerplateWords reports whether the words of one class token name a
// part to drop.
func boilerplateWords(words []string) bool {
	for i, w := range words {
		if pruneWords[w] {
			return true
		}
		if w == "comment" && i+1 < len(words) && pairWords[words[i+1]] {
			return true
		}
		// "sign-up", "user-comments" written in two words.
		if i+1 < len(words) && (w == "sign" && words[i+1] == "up" || w == "user" && words[i+1] == "comments") {
			return true
		}
	}
	return false
}

// The words of a class or id that name an ad, a promotion, a box of
// related or most-read stories or a sharing bar, alone or in a pair
// ("read-more", "most-read"): parts the extractor keeps when they stand
// beside the article's last paragraphs, which articleFurniture takes out
// of what it kept.
var (
	promoWords = map[string]bool{
		"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "advertising": true,
		"adslot": true, "sponsor": true, "sponsored": true, "promo": true, "promos": true, "promotion": true,
		"outbrain": true, "taboola": true, "related": true, "recommended": true, "recommendations": true,
		"mostread": true, "mostpopular": true, "newsletter": true, "subscribe": true, "share": true,
		"sharing": true, "sharebar": true, "social": true,
	}
	promoPairs = map[[2]string]bool{
		{"read", "more"}: true, {"read", "also"}: true, {"read", "next"}: true, {"also", "read"}: true,
		{"more", "stories"}: true, {"more", "from"}: true, {"most", "read"}: true, {"most", "popular"}: true,
		{"you", "may"}: true, {"you", "might"}: true,
	}
)

// articleFurniture removes from the article the extractor kept the
// elements named for ads, promotions, related stories or sharing (see
// promoWords), or standing in one on the page (the extractor unwraps a
// <div class="ad"> around a single paragraph), and the lines that are a
// copyright notice ("© City Press 2025. Registered in 1978."): it
// appends such lines when they follow the article's last paragraph.
// numbered holds the page's elements by their number (numberElements).
// An element holding half the article's text or more is kept, whatever
// its name.
func articleFurniture(root *html.Node, numbered []*html.Node) {
	fixAtoms(root)
	total := textLen(root)
	lens := map[*html.Node]int{} // the text lengths of the named elements of the page
	promo := func(c *html.Node) bool {
		i := elementID(c, len(numbered))
		if i < 0 {
			return named(c, promoWords, promoPairs)
		}
		for p := numbered[i]; p != nil && p.Type == html.ElementNode && !pageElement(p); p = p.Parent {
			if named(p, promoWords, promoPairs) {
				l, ok := lens[p]
				if !ok {
					l = textLen(p)
					lens[p] = l
				}
				return l*2 < total
			}
		}
		return false
	}
	history := func(c *html.Node) bool {
		if pageHistory(c) {
			return true
		}
		i := elementID(c, len(numbered))
		if i < 0 {
			return false
		}
		for p := numbered[i]; p != nil && p.Type == html.ElementNode && !pageElement(p); p = p.Parent {
			if pageHistory(p) {
				return textLen(p)*2 < total
			}
		}
		return false
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if (promo(c) || copyrightLine(c) || history(c) || teaserLine(c)) && textLen(c)*2 < total && countPosts(c) == 0 {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(root)
}

// teaserLine reports whether element n is a line that points the reader
// to another story: a lead such as "Read more:", "See also:" or
// "Related:", then a link that is all the rest ("<p><strong>Read
// more:</strong> <a href=...>Stolen portrait found at Vienna auction (12
// May 2025)</a></p>"). The date is the other story's.
func teaserLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Aside:
	default:
		return false
	}
	if hasBlockChild(n) || attr(n, rowAttr) != "" {
		return false
	}
	t, ok := shortText(n, 400)
	t = normalize(t)
	m := teaserLeadRe.FindStringIndex(t)
	if !ok || m == nil {
		return false
	}
	all, links := linkText(n, nil)
	rest := len(strings.TrimSpace(t[m[1]:]))
	return rest > 0 && links*10 >= rest*9 && links <= all
}

// teaserLeadRe matches the lead of a line pointing to another story.
var teaserLeadRe = regexp.MustCompile(`(?i)^\W*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related(?:\s+(?:story|stories|article|articles|content|coverage|reading))?|more\s+on\s+this(?:\s+story)?|recommended(?:\s+reading)?|previously)\s*[:|»›>–—-]`)

// pageHistory reports whether element n is the page's record of its own
// publication and changes, which government and public-body pages show
// after the text: a part headed by the page's stamps ("Published 12 March
// 2025 / Last updated 13 March 2025", both) or by a heading naming the page's
// history ("Updates to this page", "Page history"), or a list of dated
// notes one of which records the page's first publication ("12 March
// 2025 First published."). Its dates are when the page changed, not
// events of its story.
func pageHistory(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		return historyList(n)
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.P, atom.Li, atom.Table:
		return false
	}
	if h := leadingHeading(n); h != nil {
		return historyHeading(normalize(textOf(h)))
	}
	return false
}

// historyHeading reports whether a heading heads a page's history: it
// names it ("Updates to this page"), or it is the page's stamps of its
// publication and its last change ("Published 12 March 2025 Last updated
// 13 March 2025"). (A heading that is a byline or a date alone, "Posted
// 12 May 2024", may head a post.)
func historyHeading(t string) bool {
	return historyHeadingRe.MatchString(t) || len(t) < 120 && stampsHeadingRe.MatchString(t) && fullDate.MatchString(t)
}

// stampsHeadingRe matches a heading holding the page's publication and
// update stamps.
var stampsHeadingRe = regexp.MustCompile(`(?i)^\W*(?:first\s+)?(?:published|posted)\b.*\b(?:updated|modified|revised|changed)\b`)

// historyHeadingRe matches a heading over a page's history: "Updates to
// this page", "Page history", "Full page history".
var historyHeadingRe = regexp.MustCompile(`(?i)^\W*(?:(?:full\s+)?(?:page|article|document)\s+history|updates\s+to\s+this\s+(?:page|article|document|guidance|publication)|history\s+of\s+this\s+(?:page|article|document))\b`)

// firstPublishedRe matches a note that records a page's first
// publication, its date taken out: "First published.", "Page created".
var firstPublishedRe = regexp.MustCompile(`(?i)^\W*(?:first\s+published|first\s+posted|published|page\s+(?:created|published))\W*$`)

// historyList reports whether the list l is a page's history: two items
// or more, each holding a whole date, one of them the note of the page's
// first publication ("12 March 2025 First published.").
func historyList(l *html.Node) bool {
	items, first := 0, false
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			continue
		}
		t, ok := shortText(c, 400)
		t = normalize(t)
		m := fullDate.FindStringIndex(t)
		if !ok || m == nil {
			return false
		}
		items++
		if firstPublishedRe.MatchString(t[:m[0]] + " " + t[m[1]:]) {
			first = true
		}
	}
	return items >= 2 && first
}

// copyrightLine reports whether element n is a paragraph-like line that
// is a copyright notice: it holds "©" or "All rights reserved", or opens
// with "Copyright", in less than 400 bytes.
func copyrightLine(n *html.Node) bool {
	if hasBlockChild(n) || attr(n, rowAttr) != "" {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Small, atom.Span, atom.Address, atom.Section:
	default:
		return false
	}
	t, ok := shortText(n, 800)
	if t = normalize(t); !ok || t == "" || len(t) >= 400 {
		return false
	}
	return strings.Contains(t, "©") || copyrightStartRe.MatchString(t)
}

// copyrightStartRe matches the start of a copyright notice.
var copyrightStartRe = regexp.MustCompile(`(?i)^\W*copyright\b|\ball rights reserved\b`)

// shortText returns the text under n, and false when it is longer than
// limit bytes (it stops reading there).
func shortText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return b.Len() <= limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	ok := walk(n)
	return b.String(), ok
}
