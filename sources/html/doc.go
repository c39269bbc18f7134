// Package html reads a web page's article: its main text without the
// navigation, related-story sidebars, share buttons, comments and footers
// around it, then the parts of the page that belong to the story but not
// to its main text (a "Key dates" sidebar, a fact box, a figure's
// caption, a list after the last paragraph), with the page's title, site
// name, address and publication date as the citation of every section.
//
// # The extractor, and why
//
// The article is found by codeberg.org/readeck/go-readability/v2 (a port
// of Mozilla's Readability), chosen over github.com/markusmobius/go-trafilatura
// by measurement on the pages in testdata/ (a news story with navigation,
// a sidebar of dated related stories, comments and a copyright footer; a
// story with an inline "read also" box, share buttons, reader responses
// and a "latest" column of dated links; a JSON-LD page; a <time> page; a
// URL-dated page; a one-paragraph page; a compilation of quoted excerpts):
//
//	                       article sentences kept   furniture leaked   time per page
//	go-readability/v2      28/28                    0/42               1.2 ms
//	go-trafilatura         28/28                    2/42               15 ms
//
// Trafilatura kept the navigation of the one-paragraph page, was slower,
// and brings a WebAssembly regexp engine and a second date parser with it.
// TestArticleOnly repeats the measurement for the chosen extractor.
//
// # Boxes, sidebars and the rest of the page
//
// The extractor keeps the main text and drops every <aside> and most of
// what stands beside the text, but a box of key dates is the author's own
// chronology, and a figure's caption or a list left after the article's
// last paragraph are the story's too. What the extractor left out is
// read again, a part at a time, after the article and with its citation
// (a part inside a post is dated by the post). A part is read when:
//
//   - it is a box (an <aside>, a <figure>, an element whose class names a
//     sidebar, a box or a panel, role complementary or note), wherever it
//     stands, or other content (a list, a table, a paragraph) inside the
//     article's element after its first text, or after the article in its
//     column when it gives a date written with a number ("3 March 2023",
//     "2019");
//   - it is not navigation, a header, a footer, a menu, a form, a dialog
//     or hidden, nor named by its class, id or aria-label for related or
//     most-read stories, teasers, ads, sharing, tags, a byline, a bio, a
//     timestamp, comments, a newsletter or cookies, nor under a heading
//     that says so ("Related", "More from Transport", "Most read") or that
//     is a link (a teaser's title);
//   - at most half of its text is link text (and, in a list, at most half
//     of the items are mostly links), and it says more than a date alone
//     (a top bar's "Friday, 9 March 2018"), more than a copyright line, a
//     byline or an "Updated ..." stamp.
//
// A part named a chronology, by its class ("timeline", "key-dates",
// "factbox") or its heading ("Key dates", "Timeline", "Chronology"), is
// read whatever its links, but not a part that is nothing but links to
// places in the page itself (a table of contents, a live blog's "Key
// events" list linking to its entries), which tells again what the page
// tells. A heading is read with the parts under it when one of them is. On the other side, what the extractor appends to the
// article because it follows the last paragraph (a box named for ads,
// promotions, related stories or sharing, a copyright line, a line
// pointing to another story: "Read more:" and a link that is all the
// rest) is taken out of it, and so is the page's record of its own changes, wherever it
// stands: a part headed by the page's stamps ("Published 12 March 2025,
// Last updated 13 March 2025") or "Updates to this page", "Page
// history", or a list of dated notes one of which is the page's "First
// published".
//
// # The publication date
//
// The date is the page's own statement of when it was published, looked
// for in this order: <meta property="article:published_time"> (and
// og:published_time, itemprop datePublished: Open Graph, WordPress's Yoast,
// Hugo, Jekyll, Ghost); JSON-LD datePublished (an Article's first); the
// looser <meta> names, a publication or issue first (DC.date.issued,
// dcterms.issued, citation_publication_date and citation_online_date of
// the Highwire tags journals and Quarto write, prism.publicationDate,
// pubdate), then a date in general (dcterms.date, which pandoc, Quarto and
// docutils write; date, DC.date, citation_date), then a creation
// (dcterms.created); a <time datetime> (or the hAtom <abbr
// class="published" title=...> of Pelican's themes) marked pubdate or
// published, or standing in the
// page's header or byline (a <header>, an element named for the byline or
// the article's dates, a line that holds little else: "By Jane Doe,
// <time>9 Feb 2020</time>"), never one marked as an update, never one in
// the article's sentences ("Construction began on <time>28 January
// 1887</time>" is a date the article mentions, not its own), never one
// that heads a post (below), nor one of an entry of a list in the byline
// that says more than a byline (a page's history, "<li><time>13 March
// 2025</time> Added the link to the response.</li>"); a definition
// list's "<dt>Published</dt><dd>12 March 2025</dd>" (not its "Last
// updated"); the address, /2017/12/13/ (a day) or
// /2017/12/ (a month); last, JSON-LD uploadDate (a video's page) or an
// Article's dateCreated, which the address outranks. A modification date (article:modified_time,
// dateModified, og:updated_time, dcterms.modified, <time class="updated">,
// Sphinx's "Last updated on") is never taken from the metadata, and a
// visible one never over a publication date: "last month" on a page
// revised a year after it was written counts from its writing. An article
// whose only date is the "Updated March 20, 2024" it shows is read
// against that line, as a text whose only date line is an update (see
// package text), and `--explain` names the line; the line is put back in
// the article when the extractor took it out as the byline (a <p
// class="dateline">). github.com/markusmobius/go-htmldate was measured too: it read the
// update time of testdata/timetag.html as the publication date and
// depends on the wall clock (it rejects dates after "today"), so the rules
// above are our own. The date is the calendar day as written, in the
// page's own time zone. A <time> that shows its age ("Published: <time
// datetime="2025-08-14T07:02:00+01:00">3 hours ago</time>", as a script
// renders it when the page is viewed) is read as its datetime, in the
// byline and in the text alike: the age counts from when the page was
// saved, which it does not say.
//
// # Encyclopedia pages
//
// The apparatus of a wiki page is not its article: the "[edit]" link
// beside each heading, what the page leaves out of print (class noprint:
// "[citation needed]", navigation boxes), the footnote markers ("[1]")
// and the references
// (a list marked references or reflist, a MediaWiki footnote, a DPUB-ARIA
// doc-endnotes or doc-bibliography, and the section under a heading
// "References", "Bibliography", "Sources", "Further reading" or
// "External links", up to the next heading of its rank), whose dates are
// those of the works cited ("Retrieved 8 June 2022"), are removed before
// the article is extracted. A <div> that holds nothing but a heading (as
// MediaWiki wraps every heading with its edit link) is replaced by the
// heading: the extractor dropped such a wrapper, half of it a link, on
// every page long enough to be cleaned, and with it the year headings
// that date a timeline's items. A list item that holds nothing but a date
// before a nested list ("<li>1881<ul><li>2 May: ...</li></ul></li>", as
// timelines group a year's items) is a heading over the nested items,
// not an item of its own.
//
// # Events in the page's data
//
// A venue's listing or an event's own page describes its events in
// schema.org JSON-LD (an Event or one of its kinds, a Festival, a course's
// session; alone, in an ItemList, in an @graph, as an article's subject or
// a festival's sub-events) with their full dates, where the page shows
// "Fri 14 Mar, 7.30pm" without the year. Each event the page's text does
// not date itself becomes a paragraph after the article, under the
// heading "Events", placed where its start date is written: its start
// (and end), its name, its status when it is not the scheduled one
// (cancelled, postponed, rescheduled, moved online) and its place, as
// "14 March 2025, 19:30 UTC to 22:00 UTC – Jazz night (postponed);
// Place: The Blue Room, Leeds." An event whose start day the text names
// (the event's own page, a listing the publication date resolves) is told
// by the page's own sentences, and is not repeated. An event without a
// name or a start date that reads as a date is left out.
//
// # Tables
//
// A data table is part of the article: before the article is extracted,
// each is replaced, where it stands, by one paragraph per row, so that
// the extractor keeps it with the paragraphs around it (it kept a table's
// body alone, dropping the article around it). A row reads as a sentence
// of its own: its date first, then the cell of the column that names the
// event ("Event", "Result"), then the other cells, each after its
// column's name: "15 February 2020 – Storm Dennis; Peak gust: 91mph."
// A date written over two columns or more, the year in one and the day
// or month in the next ("Year | Date | Event", "Year | Month"), is read
// in the order of its columns, its parts joined by a space: "1914 3
// August – Neutrality is declared.", the day in its year. The
// date column is the one whose header names dates ("Date", "Year",
// "When") or, without one, the one where at least half of the rows hold
// nothing but a date. A table of spans, a schedule whose header names a
// start and an end column (Start and Finish, Begin and End, Start date
// and End date, From and To in a table with no other column of dates),
// reads a row whose two cells are dates as one span: "29 Apr 2024 to 19
// Jul 2024 – Roof replacement; Status: Done.", one event from its start
// to its end; a row whose end is not a date ("TBC") is dated by its start
// and names its end's value ("Finish: TBC"). A row with a row header
// reads "Born: 12 April 1921, Gävle." (the lines of a cell are joined
// with commas). The header row names the columns and is left out. A layout table (nested tables,
// role="presentation", a cell holding a heading, a form or over 1,000
// bytes of text) is left as it is.
//
// # Code
//
// The text of <code>, <kbd>, <samp> and <var>, and of a <pre> that is
// code, is marked in Section.Code, so that a date inside it ("--since
// 2024-01-01", a log line's "2023-11-05T01:30:00-04:00") makes no event.
// A <pre> is code when it holds one of those elements, or when it or an
// ancestor up to two levels above names code by its class, id or language
// ("highlight", "sourceCode", "hljs", "language-go", data-lang="sh"), as
// Pygments, Sphinx, pandoc, Hugo, Jekyll and highlight.js write it. A bare
// <pre> is preformatted text, and is read as prose: a mailing list's
// archive prints every message in one.
//
// # Posts
//
// A live blog, or a page of several entries, dates each entry with a
// <time datetime> at its head. When two entries or more are headed so
// (the time first in the entry, the entry saying something of its own
// after it, not a list of links), each is a section of its own whose
// reference date is its time, at the precision and with the zone written
// (2024-07-05T05:10+01:00; RefFrom "heading", RefPos the time), and whose
// body is a Statement: an event of that time even when its sentences hold
// no date. The time's own text ("05:10") is the heading of the entry.
// Sections outside the entries keep the page's date. One entry alone is a
// post when its <time> holds a time of day and the element it heads, a
// part of the article (no <article>, <main> or <section>, holding no
// <h1>), is named a post, an entry, an update or live in its class or id.
// In a flat article, a <time> that heads no element of its own heads the
// elements after it, up to the next.
//
// An entry may be headed instead by a line that holds only a time of day
// ("<p class="ts">09:30</p>", "4.45pm", "09:45 GMT", a <time> with no
// date), when two entries or more are so headed and the page has a
// publication date: each is dated on the page's day of publication, at
// the time written, in the zone written or else in that of the
// publication time (2023-11-02T09:30Z). The page's date is taken for the
// day of its first entry in time: a live blog runs backwards from the top
// (a diary forwards; the order is the one most steps between entries go),
// and in that order a clock that goes back by more than twelve hours
// (23:50, then 00:20) has passed midnight, so the entry is a day later.
// A heading that is a day ("Saturday 25 January 2025", or "Friday 2 May"
// in the year of the publication that its weekday names) dates the times
// under it instead, up to the next such heading; it heads them, and is no
// event of its own. A page that states no date of its own has such posts
// when every time stands under a day heading that writes its year.
//
// A page of news items dated by a line they show, not by a <time
// datetime>, is read the same way: each item is a part of its own, dated
// by its line (RefFrom "published-line", or "document" for a date printed
// alone; RefPos the date in the line), but no statement, since an item's
// sentences tell what happens on the dates they name. A date line is an
// element holding only "Posted", "Published" or "Updated" and a day with
// its year ("Posted on 28/10/2025 by Comms Team", "Published: 3 Nov
// 2025", "Updated 4 November 2025 10:02"), or a day with its year alone,
// perhaps with a time, an author or the item's section after a bar
// ("28 October 2025 | News"); "Last updated" speaks for the page and
// dates no item. An item is the <article> (or an element named a post, an
// entry, an item or a story) holding one date line at its head (under its
// heading, perhaps under a short standfirst) or at its end; or, in a flat
// article, a heading with the date line under it, and what follows up to
// the next heading of its rank. Two dated items make a page of items; one
// dated story keeps the page's date. Navigation, sidebars, lists and
// tables hold no item's date line.
//
// When the extractor keeps some entries and not all, the element that
// holds them all is read instead, less its furniture.
//
// # Bounds
//
// A page over Options.MaxBytes (8 MiB) is refused with ErrTooLarge.
// Elements nested deeper than Options.MaxDepth (256) lose their tags, not
// their text, before the page is parsed, so a page nested 100,000 deep is
// read in linear time and bounded stack. A page of more than 20,000
// elements, for which the extractor's time grows too fast, is read by a
// simpler linear rule (the largest <article>, else <main>, else <body>,
// less navigation, asides, footers and elements whose class names a
// sidebar, comments or related stories), then its supplements as above. Peak memory is about 25 times
// the page's size (measured: 30 MiB for a 1 MiB page, 210 MiB for 8 MiB;
// 4 MiB for a page nested 100,000 deep). The page is decoded to UTF-8
// from the charset its HTTP header, byte-order mark or <meta> declares
// (windows-1252 when it declares none and is not UTF-8); invalid bytes
// become U+FFFD.
package html
