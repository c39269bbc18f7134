// Package text reads plain text and Markdown into a timeline.Document, and
// holds the analysis every reader's output goes through: headings and quote
// blocks, compilations of excerpts with their citation lines, and the
// reference date of each section.
//
// A compilation is a commentary followed by excerpts from other sources,
// each with a citation line:
//
//	Source: "Rights group criticizes China ...," *The Himalayan Times*. 13 December 2017. <https://...>
//
// Some compilers put the citation before the excerpt it introduces, others
// after. Which one a document does is decided once, from its layout as a
// whole, never line by line. The signals, strongest first: citation lines
// written against their excerpt with no blank line between, all on one
// side; quote blocks, all just before or all just after the citations;
// nothing of substance after the last citation (they close excerpts) or
// before the first (they open them); an end-of-commentary marker ("End OE
// Watch Commentary") followed by an excerpt rather than by pull quotes;
// and otherwise text after the last citation, which only an introducing
// citation explains. When the excerpts are quote blocks, only they are
// cited, and the paragraphs between them stay the compiler's own. When
// citations close excerpts, an opening commentary before the first excerpt
// (labelled "Commentary:" or "Editor's note:", or speaking of "the excerpts
// below") stays the compiler's own too. A single
// bare credit under a table ("Source: World Bank, 2019") does not make a
// compilation. Each excerpt becomes a section
// of kind Excerpt cited to its source, whose date is the excerpt's
// reference date; the citation line itself is a section of kind
// CitationLine, metadata rather than story.
//
// The reference date of a section is found in this order: document
// metadata (Markdown front matter, or what the HTML reader took from
// meta tags); a dateline ("GENEVA, March 3, 2011 (Wire) —", or
// "WASHINGTON (AP) —" under a date line); a "Published:" or "Updated:"
// line, a publication date winning over an update; a date printed alone
// under the headline; a header line dating a speech, interview or meeting
// ("Delivered 4 September 2017, Lisbon", "Conducted on 20 July 2019",
// "Meeting held on 7 May 2018", "Date: 7 May 2018"), read only in the first
// few short lines before the story starts; and, for an excerpt, its
// citation before all of these. Options.RefDate applies only where none is found: a date the
// document states always wins. Section.RefFrom records which it was
// ("metadata", "dateline", "published-line", "document", "header-line",
// "citation" or "flag"), and DescribeRef says it in words. A file's
// modification time is never used.
//
// A header written without blank lines between its lines (title, byline,
// "Published:" and "Updated:" lines, a header date line) is cut into its
// lines: the title stays the document's title, and the other lines, with
// press-release boilerplate ("FOR IMMEDIATE RELEASE"), are sections of kind
// CitationLine, metadata rather than story. A document whose title or
// header says it is a speech, an interview, a transcript or minutes, or
// laid out as questions and answers, is marked Section.Statement.
//
// Markup is removed from Section.Text, and Section.Segments map what is
// left back to the source, so that Section.PosAt gives the line and column
// of any byte.
package text
