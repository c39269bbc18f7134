package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"golang.org/x/net/html"
)

// TestBoilerplateNode checks which elements are dropped before the article
// is extracted, by their id, class, role or aria-label.
func TestBoilerplateNode(t *testing.T) {
	tests := []struct {
		name string
		elem string
		drop bool
	}{
		{"comments block by id", `<section id="comments"></section>`, true},
		{"comments block by class", `<div class="article-comments"></div>`, true},
		{"disqus thread", `<div id="disqus_thread"></div>`, true},
		{"comment list", `<ol class="comment-list"></ol>`, true},
		{"wordpress comment form", `<div id="respond" class="comment-respond"></div>`, true},
		{"user comments", `<div class="user-comments"></div>`, true},
		{"comment count link", `<a class="comment-count">3</a>`, true},
		{"cookie banner", `<div id="cookie">We use cookies.</div>`, true},
		{"consent manager", `<div class="cmp-container"></div>`, true},
		{"gdpr notice", `<div class="gdpr-notice"></div>`, true},
		{"newsletter box", `<aside class="newsletter-signup"></aside>`, true},
		{"sign up box in two words", `<div class="sign-up-box"></div>`, true},
		{"aria label of comments", `<section aria-label="Reader comments"></section>`, true},
		{"aria label of cookies", `<div aria-label="Cookie consent"></div>`, true},
		{"dialog", `<div role="dialog"></div>`, true},
		{"a wiki's tagline", `<div id="siteSub">From Wikipedia, the free encyclopedia</div>`, true},
		{"opinion section is an article", `<div class="content tone-comment"></div>`, false},
		{"commentary is an article", `<div class="commentary"></div>`, false},
		{"a single comment class is left to its container", `<div class="comment"></div>`, false},
		{"a blog post tagged with cookies", `<div class="post tag-cookies category-recipes"></div>`, false},
		{"the article element itself", `<article class="comments"></article>`, false},
		{"the main element itself", `<main id="comments"></main>`, false},
		{"an aria label that is a long sentence", `<div aria-label="` + strings.Repeat("a long label about comments on the policy ", 3) + `"></div>`, false},
		{"the story body", `<div class="story-body"></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.elem + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			n := firstElement(doc, "body").FirstChild
			if got := boilerplateNode(n); got != tt.drop {
				t.Errorf("boilerplateNode(%s) = %v, want %v", tt.elem, got, tt.drop)
			}
		})
	}
}

func firstElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// TestPruneKeepsArticle is the measurement: on every test page, the text
// the pruning takes out of the extracted article is text of the pruned
// elements only (comments, banners, sign-up boxes), never a sentence of the
// article, and the page with comments inside the article's container keeps
// every sentence of its story.
func TestPruneKeepsArticle(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) < 7 {
		t.Fatalf("test pages: %v, %v", pages, err)
	}
	total, lost := 0, 0
	for _, path := range pages {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			with, err := Read(strings.NewReader(string(raw)), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			without, err := Read(strings.NewReader(string(raw)), path, Options{keepBoilerplate: true})
			if err != nil {
				t.Fatal(err)
			}
			// The text of the elements pruned, as the parser sees it.
			doc, err := html.Parse(strings.NewReader(string(raw)))
			if err != nil {
				t.Fatal(err)
			}
			var pruned strings.Builder
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type != html.ElementNode {
						continue
					}
					if boilerplateNode(c) {
						pruned.WriteString(nodeText(c))
						pruned.WriteByte('\n')
						continue
					}
					walk(c)
				}
			}
			walk(doc)
			kept := normSpace(allText(with))
			for _, line := range strings.Split(allText(without), "\n") {
				line = normSpace(line)
				if line == "" {
					continue
				}
				total++
				if strings.Contains(kept, line) {
					continue
				}
				lost++
				if !strings.Contains(normSpace(pruned.String()), line) {
					t.Errorf("the pruning lost article text %q", line)
				}
			}
		})
	}
	t.Logf("%d lines of extracted text on %d pages, %d removed, all of them comments, banners or sign-up boxes", total, len(pages), lost)
}

// allText is the text of a document's sections, one line of text a line.
func allText(doc *timeline.Document) string {
	var b strings.Builder
	for _, s := range doc.Sections {
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
		b.WriteByte(' ')
	}
	return b.String()
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestCommentsPage checks the page with comments, a consent banner, a
// sign-up box and a dialog inside and around the article: the story is
// whole, and none of their dates or words is left.
func TestCommentsPage(t *testing.T) {
	doc, err := readFile(t, "testdata/comments.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, s := range doc.Sections {
		all.WriteString(s.Text)
		all.WriteByte('\n')
	}
	for _, w := range []string{"sailed again on Monday", "worked through the weekend", "first run in 1954", "join the route in June"} {
		if !strings.Contains(all.String(), w) {
			t.Errorf("article lost %q", w)
		}
	}
	for _, n := range []string{"cookies", "1 March 2021", "Sign up", "30 April 2022", "Ailsa", "yesterday", "2019", "comments", "14 April 2022", "half price"} {
		if strings.Contains(all.String(), n) {
			t.Errorf("article holds %q", n)
		}
	}
	if got := doc.Sections[0].Citation.Date.String(); got != "2022-04-12" {
		t.Errorf("date = %s, want the publication date 2022-04-12", got)
	}
}
