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
// or, under an excerpt, a credit line naming an outlet and a date without
// "Source:" (the outlet in capitals but for its small words, the date with
// its year last, an address perhaps after it):
//
//	— *The Coastal Times*, 8 March 2023
//	– Daily Courier, 10 March 2023, https://courier.example/port
//	(Harbour Weekly, 15 March 2023)
//	Harbour Weekly (15 March 2023)
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
// compilation, and an attribution of a quotation to a person ("— Jane
// Roe, speaking on 6 May 2015") dates that quotation only. Each excerpt
// becomes a section
// of kind Excerpt cited to its source, whose date is the excerpt's
// reference date; the citation line itself is a section of kind
// CitationLine, metadata rather than story.
//
// The reference date of a section is found in this order: document
// metadata (Markdown front matter, or what the HTML reader took from
// meta tags); a dateline ("GENEVA, March 3, 2011 (Wire) —", "LONDON, 5
// May 2020 (Reuters) -", "WASHINGTON (AP) —" under a date line, or a
// dateline on a line of its own above the story, "MANCHESTER, England,
// Jan. 14 2024 —"), also on the line right under the headline, with no
// blank line between; a "Published:" or "Updated:" line, a publication date
// winning over an update, on one line too ("Last updated 14/12/2017, first
// published 13/12/2017"); a byline with a date ("By Jo Smith | December
// 13, 2017 | 4:05 PM", "Jo Smith · 13 Dec 2017", "By Sam Whitlow, Saturday
// 13 September 2025", "Words: Ana Ruiz, 3 March 2025", "By ANA RUIZ,
// Sports Reporter, 3 March 2025", and under the headline a name and a day
// after a dash, "Ana Ruiz — 3 March 2025"), under the headline or a few
// lines below it, not under two paragraphs of story; a date printed alone
// under the headline; a header line dating a speech, interview or meeting
// ("Delivered 4 September 2017, Lisbon", "Conducted on 20 July 2019",
// "Meeting held on 7 May 2018", "Date: 7 May 2018", or a cover's or a
// newsletter's masthead naming the issue and its month or season, "Issue
// 211 — October 2025", "Vol. 12, No. 3 — Spring 2024", "The Parish Pump —
// October 2025 issue", which dates the document to that month or season
// only: "Wed 1 Oct" is read in it, "yesterday" is not), read only in the first
// few short lines before the story starts (a court's or an office's
// letterhead in capitals is not yet the story: "Filed March 3, 2023",
// "Date: 21/05/2019" under it date a judgment), or, when the line opens
// with its label ("Filed:", "Dated:", "Date:", "Document date:", "Report
// date:", "Effective date:", "Recorded"), anywhere in the document's caption
// before its first prose, however long: under a title and a subtitle,
// "Prepared by", author, version, reference, distribution and
// classification lines; the court, the parties ("CASCADE COLD STORAGE,
// INC.,\nDefendant."), "v.", the case number and the title of a filing. A
// label dating something else ("Date of birth:", "Next review date:", "Due
// date:") dates no document. A header line giving several dates, each
// after its label ("Recorded 9 April 2024. Released 11 April 2024.",
// "Delivered 2 October 2016; published 4 October 2016") is dated by the
// day its words were made (recorded, delivered, held, written, dated,
// filed, filmed), not by their publication: "last week" in a podcast is
// the week before the hosts said it, "today" in a speech the day it was
// given. So is a header written on two lines ("Published: 4 October 2016"
// over "Delivered 2 October 2016", in either order): a header line whose
// label names the day the words were made outranks the "Published:" and
// "Updated:" lines, the dated byline and the date printed alone, while
// one that does not ("Transcript — 20 July 2019", a cover line) comes
// after them. With publication and update dates alone, the publication
// wins; and, for an excerpt, its citation before all of these. An e-mail saved as text is dated by the
// "Sent:" or "Date:" of the header that opens it, whose subject is its
// title; a quoted or forwarded message under it ("-----Original
// Message-----" and a header, or "On 28 Feb 2020, Tom wrote:" over a quote
// block) is an excerpt dated by its own header. A heading that names a day
// ("## 3 March 2023", "## Tuesday 7 March", or in a diary a line "Monday
// 3rd" over each entry) dates the part under it, up to the next heading of
// its rank: that day is the part's reference date (RefFrom "heading"),
// taking what it leaves out from the headings around it, and the part is a
// statement of that day. A page of news items, each under a heading of
// its own with its own date line ("Posted 28 October 2025", "Posted on
// 28/10/2025 by Comms Team", "Published: 3 Nov 2025", "Updated 4 November
// 2025 10:02", a dateline, a date printed alone) in the first two blocks
// under the heading, or closing it ("28 October 2025 | News" under the
// item's text), dates each item by its line, up to the next heading of
// the item's rank: "on Sunday" in an item posted on 28 October is 2
// November, whatever the date of the first item (RefFrom
// "published-line", "dateline", "byline" or "document", RefPos the
// line). Two dated items make such a page; one dated story keeps the
// document's date, and a page's "Last updated" line dates no item (see
// markDatedItems). A long header line of minutes, naming the body
// and the place before the day ("Minutes of the ordinary meeting of the
// Full Council held at the Corn Exchange, Market Square, on Monday 9
// September 2024 at 7.00pm"), is a header line too when the day ends it.
// When no header dates the document, a sentence saying when it was
// approved, signed or made does, in its first or last few paragraphs
// (RefFrom "signature"): "Approved by the Board of Trustees on 18 April 2024.",
// "This Agreement is made on 3 February 2025 (the "Effective Date")",
// "SIGNED by ... on 3 February 2025"; it opens with its verb or with the
// document it speaks of, and ends with its one date. It stays a sentence
// of the story. Options.RefDate applies only where none is
// found: a date the document states always wins. Then, a title naming the
// year the document covers ("Annual Report 2023", "2022 Annual Review")
// gives that year as a coarse reference (RefFrom "title"): "In January"
// is January 2023; a month's issue ("October 2021 Newsletter",
// "Newsletter — October 2021") gives its month. Last comes a file's creation stamp that another reader
// passed on (a DOCX's core.xml "created", a PDF's CreationDate, RefFrom
// "created"), which beats such a title only when it falls in the year the
// title names or the next, when the report may have been written: a
// report printed years later is stamped with the day it was printed. A
// document dated by a stamp or a title alone is never a statement of that
// date. Section.RefFrom records which it was ("metadata", "dateline",
// "published-line", "byline", "document", "header-line", "heading",
// "citation", "signature", "flag", "title" or "created"), and
// DescribeRef says it in words. A file's modification time is never used.
//
// Numeric dates in these lines (03/04/2019) are read in the order the
// document writes its dates, decided once per document as the tagger
// decides it per text: day first when some numeric date of the document
// can only be read so (25/03/2019, or 12.03.2015, since dates with periods
// are written day first) and none only month first; month first otherwise.
// Options.DayFirst and Options.MonthFirst set the order instead.
//
// A header written without blank lines between its lines (title, byline,
// "Published:" and "Updated:" lines, a header date line) is cut into its
// lines: the title stays the document's title, and the other lines, with
// press-release boilerplate ("FOR IMMEDIATE RELEASE"), are sections of kind
// CitationLine, metadata rather than story. A document whose title or
// header says it is a speech, an interview, a transcript or minutes, or
// laid out as questions and answers, is marked Section.Statement.
//
// A chat exported as text, one message a line opening with its stamp and
// sender ("[12/03/2024, 09:15] Ana: ...", "12/03/2024, 09:15 - Ana: ..."),
// is read one message a section: dated by its own day as a diary's entry
// is (RefFrom "heading": "tomorrow" in a message of 25 March is 26
// March), written by its sender (Section.Speaker: an actor, no source),
// the stamp and the sender left out of its text, so that no sentence runs
// from one message into the next. The stamps' day-month order is the one they show (a number
// over 12), else the one that keeps them in time order. See ChatLine. A
// chat that stamps its messages with the time alone ("[14:20] tom.b:
// ...") under day dividers ("--- Tuesday, June 17th, 2025 ---") is read
// one message a paragraph, each dated by the divider over it.
//
// A subtitle file, SubRip (.srt) or WebVTT (.vtt), told by its extension
// or by its first lines ("WEBVTT", or "1" over "00:00:01,000 -->
// 00:00:04,000"; see SubtitleStart), is read as a transcript: only its
// cues' text is text. The cue numbers and identifiers, the timing lines
// (offsets into a recording, never dates), WebVTT's header and NOTE,
// STYLE and REGION blocks, cue settings and inline tags (<i>, <c.yellow>,
// <00:00:12.000>, {\an8}) are left out; the cues of one speaker are
// joined into running text, so that a sentence cut across cues is one
// sentence; a change of speaker (<v Ana>, "ANA:" or "- Ana:" opening a
// cue's line) opens a paragraph starting with the speaker's label, as a
// plain-text transcript writes it ("Ana: ..."). Section.Segments map the
// joined text back to each cue's line. A block that is no cue (a
// malformed timing line, a truncated cue) is read as plain text, as
// written, and a file named .srt or .vtt with no cue at all is plain
// text. The file gives no reference date of its own; a line of its text
// may, as in any text: a line before the cues, or a first cue that dates
// the recording ("Recorded 9 April 2024."), which stands as a line of its
// own, the header line it would be in a transcript written as text.
//
// A text with page breaks (form feeds, as pdftotext writes them) loses its
// running heads and feet: a line at the top or bottom of most pages, the
// same on each but for the page's number ("Page 3 of 7", the report's
// title), is not the text and is blanked before the text is read (see
// blankRunning; Parse and Read only: ReadParts reads parts, not pages).
//
// Markup is removed from Section.Text, and Section.Segments map what is
// left back to the source, so that Section.PosAt gives the line and column
// of any byte. Section.Code marks the code in Markdown, where a date is no
// event: the content of a code span (`--since 2024-01-01`, its backticks
// removed), and the whole of a fenced (``` or ~~~) or indented code block,
// whose text is kept as written. Analyze keeps the code another reader
// marked (an HTML <code>) on the same text, as written. A list item keeps its marker ("- ", "1. ") and a table its
// bars, as written: they tell the sentence splitter where an item or a row
// ends.
package text
