package html

import (
	"strings"
	"testing"
)

// TestSavedAddress38h38e: the address of a page a user saved from a
// browser: its canonical link, made absolute when the site writes it
// relative to itself; else the address the browser noted at the top of
// the saved file (Chrome's "saved from url", SingleFile's "url:"), which
// dates the page when its path does. The time the page was saved dates
// nothing. Without a canonical link or og:url, the address the page's
// JSON-LD gives its article is the page's.
func TestSavedAddress38h38e(t *testing.T) {
	const body = `<body><article><h1>Ferry fares to rise</h1><p>Fares on the island ferry will rise by 6% on 1 April, the operator announced on Monday.</p>
<p>It is the second increase in a year: fares went up by 4% last June.</p></article></body></html>`
	tests := []struct {
		name, page, url string
		want, date      string
	}{
		{name: "Chrome's note, no canonical link: the address, and the day its path gives",
			page: `<!DOCTYPE html>
<!-- saved from url=(0066)https://www.harbourtimes.example/2025/03/18/ferry-fares-rise.html -->
<html><head><title>Ferry fares to rise | Harbour Times</title></head>` + body,
			want: "https://www.harbourtimes.example/2025/03/18/ferry-fares-rise.html", date: "2025-03-18"},
		{name: "a canonical link relative to the site, made absolute by the saved address",
			page: `<!-- saved from url=(0077)https://www.harbourtimes.example/2025/03/18/ferry-fares-rise.html?utm_source=x -->
<html><head><title>Ferry fares to rise | Harbour Times</title><link rel="canonical" href="/2025/03/18/ferry-fares-rise.html"></head>` + body,
			want: "https://www.harbourtimes.example/2025/03/18/ferry-fares-rise.html", date: "2025-03-18"},
		{name: "a relative canonical link made absolute by og:url",
			page: `<html><head><title>Ferry fares to rise | Harbour Times</title><link rel="canonical" href="/news/ferry-fares-rise">
<meta property="og:url" content="https://harbourtimes.example/news/ferry-fares-rise?ref=share"><meta property="article:published_time" content="2025-03-18T08:00:00Z"></head>` + body,
			want: "https://harbourtimes.example/news/ferry-fares-rise", date: "2025-03-18"},
		{name: "a relative canonical link made absolute by the page's <base>",
			page: `<html><head><base href="https://harbourtimes.example/news/"><title>Ferry fares to rise | Harbour Times</title><link rel="canonical" href="ferry-fares-rise"></head>` + body,
			want: "https://harbourtimes.example/news/ferry-fares-rise"},
		{name: "SingleFile's note; its saved date dates nothing",
			page: `<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile 
 url: https://harbourtimes.example/news/ferry-fares-rise 
 saved date: Tue Dec 01 2026 10:15:42 GMT+0000 (Coordinated Universal Time)
--><head><title>Ferry fares to rise | Harbour Times</title></head>` + body,
			want: "https://harbourtimes.example/news/ferry-fares-rise"},
		{name: "the article's JSON-LD: the page it is the main entity of",
			page: `<html><head><title>Ferry fares to rise | Harbour Times</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://harbourtimes.example/news/ferry-fares-rise-88231","headline":"Ferry fares to rise","datePublished":"2025-03-18T06:00:00+00:00"}</script></head>` + body,
			want: "https://harbourtimes.example/news/ferry-fares-rise-88231", date: "2025-03-18"},
		{name: "the article's JSON-LD: a web page's @id, not the site's",
			page: `<html><head><title>Ferry fares to rise | Harbour Times</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://harbourtimes.example/#website","url":"https://harbourtimes.example/"},{"@type":"BlogPosting","@id":"https://harbourtimes.example/news/fares/#article","mainEntityOfPage":{"@id":"https://harbourtimes.example/news/fares/"}}]}</script></head>` + body,
			want: "https://harbourtimes.example/news/fares/"},
		{name: "the canonical link before the JSON-LD",
			page: `<html><head><title>Ferry fares to rise | Harbour Times</title><link rel="canonical" href="https://harbourtimes.example/fares"><script type="application/ld+json">{"@type":"NewsArticle","url":"https://amp.harbourtimes.example/fares"}</script></head>` + body,
			want: "https://harbourtimes.example/fares"},
		{name: "the address the page was fetched from wins",
			url: "https://mirror.example/fares",
			page: `<!-- saved from url=(0050)https://harbourtimes.example/news/ferry-fares-rise -->
<html><head><title>Ferry fares to rise | Harbour Times</title></head>` + body,
			want: "https://mirror.example/fares"},
		{name: "a comment in the body names no address",
			page: `<html><head><title>Ferry fares to rise | Harbour Times</title></head><body><!-- saved from url=(0050)https://harbourtimes.example/news/ferry-fares-rise -->` + strings.TrimPrefix(body, "<body>"),
			want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tc.page), "p.html", Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			c := doc.Sections[0].Citation
			if c.URL != tc.want {
				t.Errorf("url %q, want %q", c.URL, tc.want)
			}
			date := ""
			if !c.Date.IsZero() {
				date = c.Date.String()
			}
			if date != tc.date {
				t.Errorf("date %q, want %q", date, tc.date)
			}
		})
	}
}
