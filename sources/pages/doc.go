// Package pages finds the running heads and feet of a paginated document:
// the lines it repeats at the top or the bottom of its pages (a report's
// title, "Page 3 of 7") and a browser's print header and footer
// ("11/28/26, 7:03 PM  Riverside Choir — Year in Review 2024",
// "https://choir.example/review  1/2"). They are not the text: read as
// text, a print stamp would be an event of the day the page was printed,
// and a title repeated on every page a heading of every page. A reader of
// a paginated format gives Running the lines of each page and removes the
// lines it names, in its own way: the PDF reader drops them, the plain
// text reader (pages split at form feeds) writes spaces over them so that
// every other byte keeps its offset.
//
// # Running lines
//
// A line is running when it stands among the first or the last three
// non-blank lines of at least half the pages that have text (two pages at
// least), the same on each but for its numbers and its spacing, and its
// numbers either stay the same or count the pages: "Page 3 of 7" on the
// third page and "Page 4 of 7" on the fourth, or "- 12 -" and "- 13 -"
// on sheets numbered from an offset. A number of four digits or more that
// changes is a year, not a page's number: "2019" atop one page and "2020"
// atop the next are headings, and stay.
//
// From a page's edge inwards, running lines are removed: the outermost
// always, the ones inside it only up to a blank line, so that a line of
// the body that happens to recur near a page's end ("More text follows.")
// stays. A line of a short page that is among both its first and its last
// lines is decided once.
//
// Two kinds of running line stay, once. A document with no title of its
// own (Options.Title empty) keeps the first line of its first page with
// text when that line runs, unchanged, at the head of the pages: it is
// the document's title, to be named by it. And a line that says when the
// document was published or updated (Options.Dates: "Harbour Review ·
// Published 9 March 2018 · page 2") stays where it first stands, to date
// the document.
//
// # Print headers and footers
//
// With Options.Print, a browser's print header or footer is removed even
// from a document of one page: an edge line made of a print stamp (a
// numeric date with its clock time), a page counter ("1/2", "Page 1 of
// 2"), an address (a URL with its scheme) and the document's title, in
// any order and nothing else, with a stamp or an address among them. A
// stamp opening the line may be followed by the title cut short
// ("Riverside Choir — Year in Rev…"). Typographic ligatures, which some
// fonts draw in a printed address ("ﬁle:///"), are read as their letters.
// The address of a web page printed (http or https, not cut short) is
// returned, for the document's citation.
package pages
