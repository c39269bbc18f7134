// Package extract turns documents into events: it splits each section into
// sentences, finds the dated expressions with the tagger (tempex), makes
// one event per dated statement with a headline, its actors, its citation
// and its position, and merges the reports of one event from several
// sources.
//
// What is an event. A date or time the tagger resolves dates the sentence
// it stands in, and each date of a different time in a sentence makes an
// event of its own ("The war began in 1914 and ended in 1918": two). Not
// events: durations and sets ("for three years", "every Monday"), unresolved
// expressions, the end of a range (it becomes Span.End of the range's
// event), bare numbers that only look like years ("between the age of 12
// and 65"), the dates of citation lines and headings (publication dates
// are metadata; Options.ShowPublications lists them in their own lane),
// and those of an entry of a list of references, a line that says when
// the work it cites was retrieved, accessed or archived ("\"Council backs
// plan\". Courier. 5 March 2019. Retrieved 8 June 2022.").
// Times of day in a sentence that tells what is usually so (opening hours,
// a timetable: "open 9 a.m.-5 p.m.", "every day at 10:00") are not events
// either. Expressions that cannot be dated (a relative "on Wednesday" with
// no reference date) make no event; BuildWithReport lists them in
// Report.Unresolved with their position, so that they are never dropped
// silently.
//
// Baselines and titles. A date that is only the point a figure is
// compared with makes no event: "fell by 60% compared with 2019", "more
// than in 2019", "up from 2018", "up 12% on the previous year", "the 2019
// level". "since" is a baseline only after a superlative or "first"
// ("the highest level since 1976", "for the first time since 2006");
// elsewhere ("has run daily since 1990") it starts the span of what goes
// on and dates the event. A title line left in the body text ("Harbour
// Museum: Annual Report 2020", "Minutes, May 2018": a short line of its
// own at the start of a section or paragraph, with no verb and no closing
// full stop) makes no event, and is split from a sentence it was joined to.
//
// Ranges in one clause. A date followed in the same clause by a later one
// after "until", "till", "through" or "to", directly ("from 3 May until 9
// July") or after a verb of duration ("followed on 5 November 2020 and
// lasted until 2 December 2020"), makes one event whose Span runs from
// the first to the second; its date_text joins the two with "…". So does
// a day or a time something begins on followed by "and ends" (finishes,
// concludes) on a later one ("The strike begins at 04:00 on 5 August and
// ends at 04:00 on 6 August"); years and months told so stay two events
// ("The war began in 1914 and ended in 1918").
//
// Bounds. "until 30 June", "by 2025" bound the event rather than date it:
// the date gets the TIMEX3 mod ON_OR_BEFORE (Span.Start is the bound; a
// span has no end without a start), as "before 1900" gets BEFORE from the
// tagger.
//
// Vague references ("in the past few years", "recently") make an event only
// for a sentence that has no precise date; it is listed (IsVague) but never
// placed on the axis.
//
// A date that only qualifies a noun ("the July plan", "the 2015 agreement",
// "December's report") makes no event of its own when the sentence has
// another date: in "the July plan, posted in December" the event is the
// posting, in December. Alone in its sentence, it dates the sentence — the
// best the text says — unless the sentence tells what is to be done ("should
// restore the tariff of 2017"). A year after a noun and "for" or "of" ("The
// budget for 2025 will be approved in March", "the tariff of 2017") and a
// year or quarter before a noun ("second-quarter results") qualify it as
// well. Two expressions of the same time side by side ("on Wednesday, 13
// December") make one event with the finer date, and so do a time and the
// day it is told on, whatever its zone ("at 8 p.m. ET on Monday", "at
// midnight on Sunday"); its date_text covers both.
//
// Each section is tagged against its own reference date (its citation's
// date; Options.Ref only when it has none). In the Auto mode, what the
// tagger leaves unresolved in a dated section (it read the section as a
// narrative) is resolved in the News mode against the section's date: a
// source's relative expressions resolve against its own date. A heading that holds a year
// ("## 1969") is read before its section as the context a history gives
// its paragraphs, so that "On 20 July" under it is 1969-07-20. A heading
// that is a period and nothing else ("2019", "1900s", "March 1969") is
// the document's own statement of when its items happened: the section
// is read as a narrative whatever the reference date (--ref-date never
// moves "4 March" under "## 2019"), and each item a date opens ("4
// March: ...", "Late June – ...") is read afresh from the heading, so that
// a year one item mentions ("citing a 1932 agreement") never dates the
// items after it.
// An item a date label opens is one event when it tells that date again
// more precisely ("1907 – The extension opens on 1 June" is 1907-06-01,
// once); the label's period told again ("by the end of the year") and a
// deadline after it ("1934 – The council votes to replace the trams by
// 1940") make no event of their own.
//
// date_text is the expression as written with the preposition that
// directly precedes it ("on Wednesday", "in July 2017", "since 1990"), as a
// reader would quote it.
//
// A Statement section (a press-conference answer, a speech, a communique)
// is one event of its source's date even when its sentences hold no date;
// see the statement rule in the source. Its date_text is empty: the date is
// the source's own. Its text is the key sentence: where the speaker takes a
// position, else what a meeting decided ("The council agreed to ..."), else
// the first sentence with no event of its own that says something (not a
// name, a form's field or a heading: "LUMENWAY THERAPEUTICS, INC. (Exact
// name of registrant ...)"); greetings and thanks are never it, and a
// section with nothing but such lines (a filing's cover page) makes no
// statement. When the key sentence already makes the event of the
// source's own date ("The council agreed on Monday to ..."), there is no
// second one. A live blog's post (a time of day heads it) whose sentence
// tells its news in the present perfect before a date of its own ("A
// severe flood warning has been issued; the river is expected to peak
// tonight") is the statement of its time as well as that date's event.
//
// Headlines (at most 90 bytes) are built from the clause around the date,
// not from the first words of the sentence. A reporting verb decides whose
// event it is: with the date by the verb ("Human Rights Watch said on
// Wednesday that ...", "..., Human Right Watch said on Wednesday") the event
// is the statement, titled "Human Rights Watch says ..."; with the date
// inside what is reported ("the paper reports that beginning in July 2017
// the authorities began ...") the event is the content's, titled "The
// authorities began ...". A date in a participle phrase dates it ("the
// browser, released in 1993, brought ..." gives "The browser was released";
// "the plan posted online by the city government in July" gives "The city
// government posted the plan online"), a date in a that-clause or a
// trailing "-ing" phrase dates that clause. The date itself, introductory
// phrases ("At the plant, ", "Four days later, "), appositives and
// parentheses are left out; a title still too long is cut so that it
// reads as a whole: trailing clauses and modifiers go first (after a
// comma, "which", "that", "because", "unless", "after", "as part of"), a
// reported clause keeps its verb ("says more than 40 percent could face
// water shortages", never "says more than 40 percent"), a list cut short
// is closed with "and", and a title never ends on a determiner, a
// preposition, a conjunction, a number without its noun or a participle
// without its complement ("talks scheduled"). A second verb of the same subject after "and" gets the
// subject ("The company was founded in 2009 and reported revenue ... in
// 2022" gives "The company reported revenue" for 2022; "Work will start in
// June and end before Christmas" gives "Work will end"), and so does a
// phrase that leaves the verb out ("... and by three percent in 2019"). A
// first-person headline says who speaks when the text does: the speaker
// label of a transcript ("Maria Olsen: I joined the crew"), or the
// subject of the reporting verb of a quote ("The head of the council: we
// expect the crest"). A press release's or a wire's dateline ("LEEDS,
// England, September 12, 2023 /PRNewswire/ --", "OTTAWA (Reuters) - ") is
// neither an event nor part of a headline.
//
// A headline says who, and only what the date dates. A date in a relative
// clause dates that clause ("..., said the director, who has led the museum
// since 2019" gives "The director has led the museum"); in a participle
// phrase after an object, that phrase ("A museum on Monday handed over 72
// artefacts looted from Benin in 1897" gives "72 artefacts were looted from
// Benin" for 1897); "1921, the year the Red Army entered Georgia" is the
// Red Army's. A reported "it" or "they" takes the speaker's name ("The
// court said it would hear the case next month" gives "The court would
// hear the case"), a headline that opens with "It" or "They" the plain
// noun phrase that opens the sentence before, an age between a name and
// its verb goes ("Ms Olsen, 47, joined"), and so does a participle phrase
// that opens the sentence ("Born on 3 May 1930 in Sheffield, she ...").
// When taking the date out would leave a broken phrase, the date stays
// ("The Fed's next meeting is Nov. 1-2") or the phrase goes with it
// (brackets, ", effective", "local time"); a headline never opens with a
// list dash or a lead-in adverb ("Separately, "). An interviewer's
// question dates the answer after it only when the answer has no date of
// its own and the question is not a yes-no question ("Will flights resume
// in March?" is its own headline).
//
// Actors are names of people and organisations: runs of capitalised
// words, acronyms, a name before an organisation noun, the subject of a
// reporting verb when it names one; never a dateline, a unit, a currency,
// a time zone, a figure ("FY2022"), a ticker, a transcript label
// ("QUESTION"), a description capitalised only by opening the sentence
// ("Residents interviewed"), or anything across a line break.
//
// Merging. Build merges the reports of one event: the same date at the
// same precision, or the same day with and without its time (Compatible:
// a month never swallows a day of it, so a hearing "this month" stays apart
// from a ruling on the 9th), reports from different sections, and a
// Similarity of their words of at least Options.MergeThreshold
// (DefaultMergeThreshold, measured on the annotated set in testdata).
// Similarity counts only when the two tell the same thing happening: a
// word of what one headline says happened (its verb, object or
// complement, the subject left out) is in the other report other than as
// its subject, or both are statements of one speaker. A shared subject,
// outlet or day alone never merges: "The supreme court upheld the election
// result" and "The supreme court fined the state broadcaster" the same
// Thursday are two events. Pairs are joined best first. The merged event
// keeps every citation in Sources (the primary first) and the most
// precise date.
//
// Cost. Extraction is linear in the text: positions are computed from the
// previous one (Section.PosAt semantics), candidate pairs for merging are
// found by date value and section, and each report is compared with at most
// maxCandidates (64) reports of other sections per date value, so a
// document that repeats one sentence a hundred thousand times costs a
// hundred thousand sentences. Events keep what they show (about 650 bytes
// each besides their text); repeated sentences get distinct, stable ids.
//
// Memory. A Builder takes documents one at a time (sources.Each hands
// them over as they are read, a large text in parts) and keeps only the
// events drawn from each, their strings copied out of the document's text,
// so a document can be dropped once Add returns: memory grows with the
// events found, not with the text read. Build and BuildWithReport are a
// Builder given a slice. The parts of one input (timeline.Document.Part)
// are one document to merging: a section a part continues stays one
// section, whose reports never merge with each other.
//
// The chronology is sorted by timeline.CompareEvents; filters and groups
// are timeline.Filter.
package extract
