package text

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// DefaultMaxBytes is the largest input Read accepts unless told otherwise:
// 64 MiB. Read holds the input, its decoded text, its blocks and the
// sections made of them in memory at once: the heap peaks at about ten
// times the input's size. ReadParts has no such limit: it holds one part
// at a time.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is the reason an input over the size limit is refused.
var ErrTooLarge = errors.New("file too large")

// Options configure the reader.
type Options struct {
	// Markdown turns on the Markdown syntax that plain text does not use:
	// fenced and indented code, setext headings, list bullets, HTML tags,
	// entities and backslash escapes. Emphasis, links, autolinks, "#"
	// headings, "> " quote blocks and front matter are read either way.
	Markdown bool
	// RefDate is the reference date of sections whose own date cannot be
	// found (the --ref-date flag). A date the document states always wins.
	RefDate timeline.Date
	// DayFirst reads numeric dates such as 03/04/2017 as 3 April, and
	// MonthFirst as 4 March. When neither is set, the order is decided per
	// document, as the tagger decides it per text: day first when some
	// numeric date of the document can only be read so (25/03/2019, or
	// 12.03.2015 with periods, which are written day first) and none only
	// month first (03/25/2019); month first otherwise. The order is
	// recorded in Document.DayFirst, for the tagger of the sections.
	DayFirst   bool
	MonthFirst bool
	// HeadingsMarked says that the reader marked the document's headings
	// as its markup does (an HTML page's <h1> to <h6>): when it marked
	// one, a short dated paragraph standing alone is no heading, as it may
	// be in plain text ("<p>Exhibition runs 14 February – 31 August
	// 2026</p>").
	HeadingsMarked bool
	// MaxBytes bounds the input (DefaultMaxBytes when 0; for ReadParts,
	// no bound when 0).
	MaxBytes int64
	// PartBytes is the size of the parts ReadParts cuts a text into
	// (PartBytes when 0).
	PartBytes int
	// URL is the address the document was fetched from, if any; it becomes
	// the citation URL of the document's own text.
	URL string
}

// Read reads a plain-text or Markdown document from r. name is the path,
// URL or "-" it was read from, used in positions and errors. The text is
// decoded as described at Decode; inputs over the size limit, empty, binary
// or undecodable are refused with a *timeline.Error naming the input.
func Read(r io.Reader, name string, opt Options) (*timeline.Document, error) {
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: err}
	}
	if int64(len(b)) > limit {
		return nil, &timeline.Error{Pos: timeline.Position{File: name}, Err: fmt.Errorf("%w: over the limit of %s", ErrTooLarge, FormatBytes(limit))}
	}
	s, _, err := Decode(b, name)
	if err != nil {
		return nil, err
	}
	return Parse(s, name, opt), nil
}

// FormatBytes prints a size for people: "64 MiB", "512 KiB", "100 bytes".
func FormatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Parse reads the structure of src, a decoded text (see Decode), into a
// Document: headings, the document's own text, quote blocks, and for a
// compilation the excerpts with their citations, each section with its
// reference date. It never fails: text that is not markup is kept.
func Parse(src, name string, opt Options) *timeline.Document {
	return parsePart(src, timeline.Position{File: name, Line: 1, Col: 1}, opt, nil)
}

// partState is what the parts of a document read in parts (ReadParts)
// carry from one to the next: the header analysis of the first part.
type partState struct {
	n         int               // the parts made so far
	cite      timeline.Citation // the document's citation, title included
	docRef    ref               // the document's reference date
	statement bool              // the document is a statement
	heading   string            // the last heading read
	quoted    scoped            // the quoted message the last part ended in
	day       scoped            // the dated heading the last part ended under
	diary     bool              // a part had dated headings: its day lines are entries' (see splitDayLines)
	dayFirst  bool              // the day-month order, decided on the first part
	// chat says that the first part was a chat's messages (see
	// chatMessages), whose stamps write the day first when chatDayFirst:
	// a later part may open inside a message.
	chat, chatDayFirst bool
	// subs is the format of a subtitle file (see joinSubtitles), as the
	// first part showed it, and voice the speaker whose turn the last
	// part ended in.
	subs  subFormat
	voice string
}

// stVoice is the speaker whose turn the part read next opens in.
func stVoice(st *partState) string {
	if st == nil {
		return ""
	}
	return st.voice
}

// parsePart is Parse on src, which starts at base in the document. st is
// nil for a document read whole; for one read in parts, its first part
// (st.n == 0) finds the document's metadata, title and reference date and
// records them in st for the parts that follow.
func parsePart(src string, base timeline.Position, opt Options, st *partState) *timeline.Document {
	name := base.File
	// A subtitle file (SRT, WebVTT): its cues' text, joined.
	subs := noSubs
	if st != nil && st.n > 0 {
		subs = st.subs
	} else {
		subs = subtitleFormat(name, src)
	}
	var segs []timeline.Segment
	subTitle := ""
	if subs != noSubs {
		text, sg, title, cues, voice := joinSubtitles(src, base, subs, stVoice(st), st == nil || st.n == 0)
		switch {
		case cues > 0 || st != nil && st.n > 0 || subtitleStart(src) != noSubs:
			src, segs, subTitle = text, sg, title
			if st != nil {
				st.voice = voice
			}
		default:
			subs = noSubs // named .srt or .vtt, but no cue in it: plain text
		}
		if st != nil && st.n == 0 {
			st.subs = subs
		}
	}
	if st == nil && subs == noSubs {
		src = blankRunning(src) // a paginated text's running heads and feet
	}
	if st != nil && st.n > 0 {
		opt.DayFirst = st.dayFirst
	} else {
		opt.DayFirst = opt.dayFirst(src)
		if st != nil {
			st.dayFirst = opt.DayFirst
		}
	}
	loc := newLocator(src, base, segs)
	blocks, fm := parseBlocks(src, loc, opt.Markdown, (st == nil || st.n == 0) && subs == noSubs)
	info := docInfo{cite: timeline.Citation{File: name, URL: opt.URL, Title: subTitle}}
	if v, _ := fm.get("title"); v != "" {
		info.cite.Title = v
	}
	if v, _ := fm.get("source", "outlet", "publisher", "publication", "site_name", "site"); v != "" {
		info.cite.Outlet = v
	}
	if v, _ := fm.get("url", "source_url", "canonical_url", "canonical", "link", "permalink"); v != "" {
		info.cite.URL = v
	}
	for _, keys := range [][]string{
		{"date", "published", "published_at", "publish_date", "pubdate", "date_published", "datepublished", "created"},
		{"updated", "updated_at", "lastmod", "last_modified", "modified", "date_modified", "datemodified"},
	} {
		if v, at := fm.get(keys...); v != "" && info.meta.from == "" {
			if d, ok := parseDateValue(v, opt.DayFirst); ok {
				info.meta = ref{date: d, from: "metadata", pos: loc.pos(at)}
			}
		}
	}
	doc := &timeline.Document{Name: name, DayFirst: opt.DayFirst}
	doc.Sections, doc.Title = build(blocks, info, opt, st)
	if st != nil {
		doc.Part = st.n
		st.n++
	}
	return doc
}

// Analyze runs the analysis Parse does on a document another reader made
// (HTML, PDF, DOCX), whose sections hold raw text: it finds headings, quote
// blocks, citation lines and excerpts, datelines and "Published:" lines,
// and sets every section's reference date. A date the other reader took
// from metadata (a section with RefFrom "metadata") is the document's date;
// a file's creation stamp (RefFrom "created") is its date only when the
// text states none and Options.RefDate is not set.
// Positions are kept: the new sections map back to the old ones'.
func Analyze(doc *timeline.Document, opt Options) {
	info := docInfo{cite: timeline.Citation{File: doc.Name, Title: doc.Title, URL: opt.URL}}
	opt.HeadingsMarked = opt.HeadingsMarked && slices.ContainsFunc(doc.Sections, func(s timeline.Section) bool { return s.Kind == timeline.Heading })
	if !opt.DayFirst && !opt.MonthFirst {
		var day, month int
		for _, s := range doc.Sections {
			d, m := tempex.DayOrder(s.Text)
			day, month = day+d, month+m
		}
		opt.DayFirst = day > month // the more frequent order
		if day == 0 && month == 0 {
			for _, s := range doc.Sections {
				d, m := tempex.WrittenOrder(s.Text)
				day, month = day+d, month+m
			}
			opt.DayFirst = day > month
		}
	}
	doc.DayFirst = opt.DayFirst
	var blocks []*block
	var release timeline.Position // the date line of the release whose notes the sections are, if they are
	for _, s := range doc.Sections {
		if info.cite.Outlet == "" && s.Citation.Outlet != "" {
			info.cite.Outlet = s.Citation.Outlet
		}
		if info.cite.URL == "" && s.Citation.URL != "" {
			info.cite.URL = s.Citation.URL
		}
		if info.cite.Title == "" && s.Citation.Title != "" {
			info.cite.Title = s.Citation.Title
		}
		if info.meta.from == "" && s.RefFrom == "metadata" && !s.Citation.Date.IsZero() {
			info.meta = ref{date: s.Citation.Date, from: "metadata", pos: s.RefPos}
		}
		if info.stamp.from == "" && s.RefFrom == "created" && !s.Citation.Date.IsZero() {
			info.stamp = ref{date: s.Citation.Date, from: "created", pos: s.RefPos}
		}
		base := s.Pos
		if base.File == "" {
			base.File = doc.Name
		}
		loc := newLocator(s.Text, base, s.Segments)
		loc.code = s.Code
		var own *ownRef
		switch {
		case s.Citation.Date.IsZero():
		case s.RefFrom == "heading":
			own = &ownRef{r: ref{date: s.Citation.Date, from: s.RefFrom, pos: s.RefPos}, statement: s.Statement, text: s.RefText}
		case itemFrom[s.RefFrom]:
			// An item of a page of news items the reader dated by its
			// line (see markDatedItems); a release's, when its heading is
			// a version's.
			from := s.RefFrom
			if s.Kind == timeline.Heading && versionHeading(strings.TrimSpace(s.Text)) {
				release = s.RefPos
			}
			if release.Line > 0 && release == s.RefPos {
				from = "heading"
			}
			own = &ownRef{r: ref{date: s.Citation.Date, from: from, pos: s.RefPos}, statement: s.Statement, item: true, text: s.RefText}
		}
		n := len(blocks)
		switch s.Kind {
		case timeline.Heading:
			b := &block{kind: headingBlock, level: 2, raw: rawText{loc: loc}, lines: 1}
			if s.Level >= 1 && s.Level <= 6 {
				b.level = s.Level // the rank the reader was given (a Word heading style's)
			}
			b.raw.add(strings.TrimSpace(s.Text), len(s.Text)-len(strings.TrimLeft(s.Text, " \t\n")))
			b.raw.done()
			b.first = b.raw.s
			blocks = append(blocks, b)
		case timeline.Excerpt:
			bs, _ := parseBlocks(s.Text, loc, false, true)
			for k, b := range bs {
				if b.kind == paraBlock && !(k > 0 && isCreditLine(strings.TrimSpace(b.raw.s), false)) {
					b.kind = quoteBlock // (but the quotation's attribution under it, "— Republic of Tevera, Counter-Memorial, 9 October 2023", closes it)
				}
			}
			blocks = append(blocks, bs...)
		default:
			bs, _ := parseBlocks(s.Text, loc, false, true)
			blocks = append(blocks, bs...)
		}
		for _, b := range blocks[n:] {
			b.own = own
		}
	}
	doc.Sections, doc.Title = build(blocks, info, opt, nil)
}

// build turns blocks into sections. st carries the document's header
// analysis from its first part to the others (nil for a whole document).
func build(blocks []*block, info docInfo, opt Options, st *partState) ([]timeline.Section, string) {
	later := st != nil && st.n > 0
	if later {
		info.cite = st.cite
	}
	blocks = splitBlocksDiary(blocks, later && st.diary)
	blocks = chatMessages(blocks, opt.DayFirst, st)
	blocks = clockMessages(blocks)
	kept := blocks[:0]
	for _, b := range blocks {
		b.finish(opt.Markdown)
		if b.text != "" || b.kind == ruleBlock {
			kept = append(kept, b)
		}
	}
	blocks = kept
	classify(blocks, opt.DayFirst)
	headerPlaces(blocks)
	if !opt.Markdown {
		plainHeadings(blocks, opt.HeadingsMarked) // (Markdown marks its headings)
	}
	markReferences(blocks)
	blocks = citeNotes(blocks, opt.Markdown)
	markAbout(blocks)
	for _, b := range blocks {
		b.raw = rawText{} // the text is all that is needed from here on
	}

	title := info.cite.Title
	if title == "" && !later {
		title = filingTitle(blocks) // "UNITED STATES¶SECURITIES AND EXCHANGE COMMISSION ... FORM 8-K"
	}
	if !later && len(blocks) > 0 && blocks[0].role == mailRole {
		if title == "" {
			title = blocks[0].mail.subject // an e-mail is named by its subject
		}
		if info.cite.Outlet == "" {
			info.cite.Outlet = blocks[0].mail.from // and comes from its sender
		}
	}
	if title == "" && !later && len(blocks) > 1 {
		// A first paragraph of two or three title lines, none a sentence
		// ("NORDAVIA – CUSTOMER NOTICE" over "Planned industrial action
		// at Kestrel Bay Airport"), is headed by the document's title, not
		// the heading of a section further down ("Cancelled flights").
		if b := blocks[0]; titleBlock(b) {
			title = strings.TrimSpace(b.first)
		}
	}
	if title == "" && !later && len(blocks) > 1 {
		// "MARINE ACCIDENT INVESTIGATION BRANCH¶REPORT ON THE
		// INVESTIGATION OF the grounding of ... on the Haisborough Sand":
		// the line in capitals over a long title names the document, not
		// a section's heading further down ("SYNOPSIS")
		if b := blocks[0]; b.kind == paraBlock && b.role == noRole && !b.table && !b.quoted && capsHeadedTitle(b.text) && strings.ToUpper(b.text) != b.text && titleLine(b.first) {
			title = strings.TrimSpace(b.first)
		}
	}
	if title == "" && !later && len(blocks) > 0 {
		// "Fuel subsidy reform¶Nairobi, 18 January 2018": the first
		// line over the place and day the document was written (and
		// perhaps a byline between)
		if b := blocks[0]; b.kind == paraBlock && b.role == dateRole && b.lines >= 2 && b.lines <= 6 && titleLine(b.first) && placeDateRe.MatchString(strings.TrimSpace(lastLine(b.text))) {
			title = strings.TrimSpace(b.first)
		}
	}
	told := false // a paragraph of sentences came before
	for k, b := range blocks {
		// A day over a diary's entry names the entry, not the diary, and
		// so does a calendar entry's name (see splitEntries); a heading
		// under the story's first sentences ("Nordic Tern grounded at
		// 0231 on 22 August 2023.¶¶NARRATIVE") names its section.
		told = told || b.kind == paraBlock && b.role == noRole && !b.table && sentence(b.text)
		if title == "" && b.kind == headingBlock && !later && (!told || sectionWord(b.text) && headerTitle(blocks[:k]) != "") && !dayLine(b.text) && !b.entry && !b.excerptLabel && !b.stamped && !postHeading(b) {
			title = b.text
			if k == 0 && k+1 < len(blocks) && productLabelRe.MatchString(strings.TrimSpace(b.text)) {
				// "BULLETIN" over "Hurricane Delia Advisory Number 14":
				// the kind of message, over the title of this one
				if nb := blocks[k+1]; nb.kind == paraBlock && nb.role == noRole && !nb.table && nb.lines <= 4 && titleLine(nb.first) && !opensWithDate(nb.first) {
					title = strings.TrimSpace(nb.first)
				}
			}
			if t := headerTitle(blocks[:k]); t != "" && sectionWord(b.text) {
				// "ASHCOMBE¶Market town in Wiltshire.¶¶HISTORY": the
				// document's name is over its first section's
				title = t
			}
		}
	}
	if title == "" && !later && len(blocks) > 0 {
		// A first line that dates a briefing or speech it names ("Press
		// briefing by the Health Minister, 3 May 2021") is its title too.
		if b := blocks[0]; b.role == headerDateRole && b.lines == 1 && b.stmt && len(b.text) <= 120 {
			title = b.text
		}
	}
	if title == "" && !later && len(blocks) > 0 {
		// A first line over a subtitle or a byline, neither a sentence:
		// "The Pritchard Family of Llanfair: A Short History" over
		// "compiled by Gwen Morris, 2022"
		if b := blocks[0]; b.kind == paraBlock && !b.table && b.lines == 2 && titleLine(b.first) {
			if second := strings.TrimSpace(strings.TrimPrefix(b.text, b.first)); second != "" && len(second) <= 80 && !strings.HasSuffix(second, ".") {
				title = strings.TrimSpace(b.first)
			} else if second != "" && capsTitle(b.first) {
				// "BRITISH GRAND PRIX WEEKEND - TV GUIDE" over
				// "Silverstone, Fri 4 - Sun 6 July 2025. All times BST.":
				// a line in capitals is the title over any line
				title = strings.TrimSpace(b.first)
			}
		}
	}
	if title == "" && !later && len(blocks) > 1 && postHeading(blocks[1]) {
		// "Ferry posts" over "Jane Smith¶@janesmith · Mar 7": the name of
		// the page the feed was copied from, over its first post
		if b := blocks[0]; b.kind == paraBlock && b.role == noRole && !b.table && !b.quoted && b.lines == 1 && titleLine(b.first) && !sentence(b.text) {
			title = strings.TrimSpace(b.first)
		}
	}
	info.cite.Title = title

	var cites []int
	for k, b := range blocks {
		if b.role == citationRole {
			cites = append(cites, k)
		}
	}
	// Credits opening a line of their excerpt ("According to Reuters (3
	// March 2019): ...") say where they stand; the others' layout is
	// decided on theirs.
	var placed []int
	for _, c := range cites {
		if !blocks[c].inlineCredit {
			placed = append(placed, c)
		}
	}
	sourceUnderTitle(blocks, placed)
	layout := noCitations
	switch {
	case len(placed) > 0 && !captionCredit(blocks, placed):
		layout = decideLayout(blocks, placed)
	case len(placed) == 0 && len(cites) > 0:
		layout = citeBefore
	}
	owner := assignOwners(blocks, cites, layout)

	// The reference dates.
	var docScope []int
	scopes := make([][]int, len(cites))
	for k, o := range owner {
		if o < 0 {
			docScope = append(docScope, k)
		} else {
			scopes[o] = append(scopes[o], k)
		}
	}
	flag := ref{date: opt.RefDate, from: "flag"}
	if opt.RefDate.IsZero() {
		flag = ref{}
	}
	docRef := info.meta
	if later {
		docRef = st.docRef
	} else if docRef.from == "" {
		switch r, ok := scopeRef(blocks, docScope, opt.DayFirst, 0, opt.RefDate); {
		case ok:
			docRef = r
		case versionOK(blocks, docScope, opt.DayFirst, &docRef):
			// "· Version of 20 April 2026" on a programme's cover line
		case spokenRefOK(blocks, docScope, opt.DayFirst, &docRef):
			// "Good morning, it's Tuesday the 11th of February 2025": the
			// day a recording's first words say it is
		case flag.from != "":
			docRef = flag
		default:
			// "Annual Report 2023": the year covered, unless the file's
			// stamp falls in it or the year after (see titleRef).
			if r, ok := titleRef(title, info.stamp); ok {
				docRef = r
			} else {
				docRef = info.stamp // "" when there is none
			}
		}
	}
	type excerpt struct {
		cite      timeline.Citation
		ref       ref
		statement bool
		text      string
	}
	ex := make([]excerpt, len(cites))
	for i, c := range cites {
		b := blocks[c]
		e := &ex[i]
		e.cite = timeline.Citation{Title: b.cite.title, Outlet: b.cite.outlet, URL: b.cite.url, File: info.cite.File}
		switch r, ok := scopeRef(blocks, scopes[i], opt.DayFirst, b.cite.date.Year, timeline.Date{}); {
		case b.cite.hasDate:
			e.ref = ref{date: b.cite.date, from: "citation", pos: posIn(b, 0)}
		case ok:
			e.ref = r
		case len(cites) == 1 && docRef.from != "" && docRef.from != "flag":
			// One undated credit ("Source: Reuters") names where the whole
			// document comes from; the document's own date is its date.
			e.ref = docRef
		default:
			e.ref = flag
		}
		e.cite.Date = e.ref.date
		e.statement = statementTitle(b.cite.title) || blocksQA(blocks, scopes[i]) || headerStatement(blocks, scopes[i])
	}
	// excerptText is the text of excerpt i, for finding a pull quote in it.
	excerptText := func(i int) string {
		if ex[i].text == "" {
			ex[i].text = normQuote(joinText(blocks, scopes[i]))
		}
		return ex[i].text
	}
	docCite := info.cite
	docCite.Date = docRef.date
	// A statement is an event of its date: never of a file's stamp.
	statement := docRef.from != "created" && docRef.from != "title" && (statementTitle(title) || blocksQA(blocks, docScope) || headerStatement(blocks, docScope))
	if later {
		statement = st.statement
	} else if st != nil {
		st.cite, st.docRef, st.statement = docCite, docRef, statement
	}
	docStatement := layout == noCitations && statement
	// The header of the e-mail the document is, if it opens with one:
	// its date is the document's.
	var topMail *block
	if docRef.from == "header-line" {
		for _, k := range docScope {
			if b := blocks[k]; b.role == mailRole && posIn(b, b.date.start) == docRef.pos {
				topMail = b
				break
			}
		}
	}
	var lastDay timeline.Date
	if later {
		lastDay = st.day.ref.date
	}
	if datedHeadings(blocks, docRef.date, lastDay, title, opt.DayFirst) > 0 && st != nil {
		st.diary = true
	}
	// A page of news items, each with its own "Posted ..." line: each
	// item is dated by its line (see markDatedItems).
	if layout == noCitations {
		markDatedItems(blocks, owner, opt.DayFirst, docStatement, docRef)
		markDatelineItems(blocks, owner, opt.DayFirst, docStatement)
	}

	secs := make([]timeline.Section, 0, len(blocks))
	var cur *timeline.Section
	curOwner, heading := -2, ""
	// The quoted message the text now belongs to (see mail), and the day
	// the last dated heading gives its sections.
	var quoted, day scoped
	// subject is the subject of the last message's header: a message
	// quoted under a line that names no subject ("On Fri, 7 Mar 2025 at
	// 17:45, Owen Price wrote:") is one of the thread it is quoted in.
	var subject string
	if later {
		heading, quoted, day = st.heading, st.quoted, st.day
	}
	var curBlocks []*block
	var curOwn *ownRef
	heads := map[*block]keptBlock{}
	// flush builds the current section's text from its blocks, at its
	// final size at once: sections can be as large as the input.
	flush := func() {
		if cur == nil {
			return
		}
		n, nseg := 2*(len(curBlocks)-1), 0
		for _, b := range curBlocks {
			n += len(b.text)
			nseg += len(b.segs)
		}
		var sb strings.Builder
		sb.Grow(n)
		cur.Segments = make([]timeline.Segment, 0, nseg)
		for i, b := range curBlocks {
			if i > 0 {
				sb.WriteString("\n\n")
			}
			for _, s := range b.segs {
				s.Off += sb.Len()
				cur.Segments = append(cur.Segments, s)
			}
			for _, c := range b.code {
				cur.Code = append(cur.Code, [2]int{sb.Len() + c[0], sb.Len() + c[1]})
			}
			sb.WriteString(b.text)
			if b.kind == headingBlock && len(b.text) <= 300 {
				heads[b] = keptBlock{b.text, b.segs} // a heading may date the sections under it (see writtenAt)
			}
			b.text, b.segs, b.code = "", nil, nil // let the block's copy go
		}
		cur.Text = sb.String()
		if len(cur.Segments) == 1 && cur.Segments[0].Off == 0 {
			cur.Segments = nil
		}
		secs = append(secs, *cur)
		cur, curBlocks = nil, curBlocks[:0]
	}
	refTexts := map[int]string{}
	for _, b := range blocks {
		if b.own != nil && b.own.text != "" && b.own.r.pos.Line > 0 {
			refTexts[b.own.r.pos.Offset] = b.own.text // (as the reader found it)
		}
	}
	start := func(kind timeline.SectionKind, b *block, cite timeline.Citation, r ref) {
		flush()
		cur = &timeline.Section{Kind: kind, Heading: heading, Pos: b.pos(), Citation: cite, RefFrom: r.from, RefPos: r.pos}
		if r.pos.Line > 0 && r.from != "flag" {
			t, ok := refTexts[r.pos.Offset]
			if !ok {
				t = writtenAt(blocks, heads, r.pos.Offset, r.date)
				refTexts[r.pos.Offset] = t
			}
			cur.RefText = t
		}
	}
	add := func(b *block) { curBlocks = append(curBlocks, b) }
	for k, b := range blocks {
		if o := b.own; o != nil && o.noYear && !ownYear(o, docRef.date) {
			b.own = nil // "Update (November 24): ..." in a text of no date: no label's day
		}
		if o := b.own; o != nil {
			// A section the reader dated itself keeps its date.
			cite := docCite
			cite.Date = o.r.date
			if o.voice != "" {
				cite.Outlet = o.voice
			}
			switch {
			case b.kind == headingBlock:
				start(timeline.Heading, b, cite, o.r)
				heading = b.text
				add(b)
				flush()
				curOwn = nil
			case o.item && (b.role != noRole || labelLine(b, opt.DayFirst)):
				// An item's "Posted ..." line: metadata, not story.
				start(timeline.CitationLine, b, cite, o.r)
				add(b)
				flush()
				curOwn = nil
			case cur == nil || curOwn != o:
				start(timeline.Body, b, cite, o.r)
				cur.Statement, cur.Message, cur.Speaker = o.statement, b.msg, o.sender
				curOwn = o
				add(b)
			default:
				add(b)
			}
			curOwner = -2
			continue
		}
		if curOwn != nil {
			flush()
			curOwn = nil
		}
		switch {
		case b.kind == ruleBlock:
			flush()
			curOwner = -2
			continue
		case b.kind == headingBlock:
			at := b.pos() // flush lets the block's text go
			start(timeline.Heading, b, docCite, docRef)
			heading, curOwner = b.text, -2
			add(b)
			flush()
			switch {
			case !b.day.IsZero():
				c := docCite
				c.Date = b.day
				if b.outlet != "" {
					c.Outlet, c.Title = b.outlet, "" // ("## BBC, January 28, 2019" over what the BBC said)
				}
				day = scoped{cite: c, ref: ref{date: b.day, from: "heading", pos: at}, level: b.level, comment: b.comment, whole: b.wholeDay}
			case day.ref.from != "" && b.level <= day.level && !day.whole:
				day = scoped{} // a heading of its rank ends the dated part
			}
			continue
		case b.role == mailRole:
			if b == topMail {
				start(timeline.CitationLine, b, docCite, docRef)
				quoted = scoped{}
			} else {
				c, r := mailCitation(docCite, b, subject)
				start(timeline.CitationLine, b, c, r)
				quoted = scoped{cite: c, ref: r, quote: b.mail.quote, quotes: b.quoteHead}
				if quoted.quote && k+1 < len(blocks) && blocks[k+1].kind == paraBlock && blocks[k+1].role == noRole && clientWrote(wroteLine(b.text)) {
					// "On Tue, 4 Mar 2025 at 09:12, Dale Hutchins wrote:"
					// over the message's lines, their "> " gone (pasted,
					// or forwarded): the message goes on to the next
					// header, as under a header of "From:" and "Sent:"
					quoted.quote = false
				}
			}
			if b.mail.subject != "" && !b.mail.quote {
				subject = b.mail.subject
			}
			add(b)
			flush()
			curOwner = -2
			continue
		case b.role == citationRole:
			i := indexOf(cites, k)
			start(timeline.CitationLine, b, ex[i].cite, ex[i].ref)
			add(b)
			flush()
			curOwner = -2
			continue
		case b.role == headerDateRole && docRef.from == "header-line" && !b.date.date.IsZero() && b.date.date != docRef.date && posIn(b, b.date.start) != docRef.pos &&
			textAfter(blocks[:k], docRef.pos.Offset): // (not "Date of hearing: 4 February 2025" under "Date of judgment: 7 March 2025": the same header's)
			// A later header line dates what follows it: the next
			// meeting's minutes in a file of several.
			c := docCite
			c.Date = b.date.date
			r := ref{date: b.date.date, from: "header-line", pos: posIn(b, b.date.start)}
			start(lineKind(b), b, c, r)
			add(b)
			flush()
			day = scoped{cite: c, ref: r}
			curOwner = -2
			continue
		case b.role == headerDateRole && (b.signoff || signoffDateRe.MatchString(b.text) && k > 0 && signoffRe.MatchString(lastLine(blocks[k-1].text))) && cur != nil && cur.Kind == timeline.Body && len(curBlocks) > 0 && k > 0 && curBlocks[len(curBlocks)-1] == blocks[k-1]:
			// "/s/ Jane Roe" over "Dated: March 3, 2024": the date of the
			// signature goes with it, an event of who signs
			add(b)
			continue
		case b.role != noRole:
			start(lineKind(b), b, docCite, docRef)
			add(b)
			flush()
			curOwner = -2
			continue
		}
		if o := owner[k]; o >= 0 {
			if cur == nil || curOwner != o {
				start(timeline.Excerpt, b, ex[o].cite, ex[o].ref)
				cur.Statement = ex[o].statement
				curOwner = o
			}
			add(b)
			continue
		}
		if quoted.ref.from != "" && (!quoted.quote || b.kind == quoteBlock) {
			// A quoted message's text: an excerpt of that message.
			if cur == nil || curOwner != -3 {
				start(timeline.Excerpt, b, quoted.cite, quoted.ref)
				curOwner = -3
			}
			add(b)
			if quoted.quote {
				flush()
				curOwner = -2
				if !quoted.quotes {
					quoted = scoped{}
				}
			}
			continue
		}
		var lead timeline.Date
		var leadAt int
		if k > 0 && isQuotation(b) {
			lead, leadAt, _ = leadInDate(blocks[k-1], opt.DayFirst)
		}
		if isQuotation(b) && (b.kind == quoteBlock || k+1 < len(blocks) && blocks[k+1].role == attributionRole || !lead.IsZero()) {
			cite, r := docCite, docRef
			if day.ref.from != "" {
				cite, r = day.cite, day.ref // an excerpt under its source's dated heading
			}
			if !lead.IsZero() {
				// "The coordinator issued this statement on 22 September
				// 2021:": the quotation speaks from that day
				cite.Date = lead
				r = ref{date: lead, from: "lead-in", pos: posIn(blocks[k-1], leadAt)}
			}
			if name, d, at, ok := postHead(b.first, opt.DayFirst); ok && b.kind == quoteBlock {
				// "> **City of Portland** · 7:14 PM PST · Nov 7, 2023": a
				// quoted post speaks from the day its head gives
				cite.Date, cite.Outlet, cite.Title = d, name, ""
				r = ref{date: d, from: "heading", pos: posIn(b, at)}
			}
			if k+1 < len(blocks) && blocks[k+1].role == attributionRole {
				attr := blocks[k+1]
				cite.Outlet = attributionName(attr.text)
				cite.Title = ""
				// "— Reuters, 3 March 2011": the quotation's own date.
				for _, d := range findDates(attr.text, opt.DayFirst) {
					if !d.noYear {
						cite.Date = d.date
						r = ref{date: d.date, from: "citation", pos: posIn(attr, d.start)}
						break
					}
				}
				// A pull quote repeats a line of an excerpt: it is dated
				// and cited as that excerpt.
				if q := strings.TrimRight(normQuote(b.text), ".,;:!?… "); len(q) >= 30 && r.from != "citation" {
					for i := range ex {
						if strings.Contains(excerptText(i), q) {
							cite.Title, cite.URL, cite.Date = ex[i].cite.Title, ex[i].cite.URL, ex[i].cite.Date
							r = ex[i].ref
							break
						}
					}
				}
			}
			start(timeline.Excerpt, b, cite, r)
			add(b)
			flush()
			curOwner = -2
			continue
		}
		if cur == nil || curOwner != -1 {
			if day.ref.from != "" {
				// Under a dated heading: an entry of that day.
				start(timeline.Body, b, day.cite, day.ref)
				cur.Statement = !day.comment
			} else {
				start(timeline.Body, b, docCite, docRef)
				cur.Statement = docStatement
			}
			cur.Message = b.msg // (a chat's messages under their day, see clockMessages)
			curOwner = -1
		}
		add(b)
	}
	flush()
	if st != nil {
		st.heading, st.quoted, st.day = heading, quoted, day
	}
	return secs, title
}

// scoped is a citation and reference date that hold over part of a
// document: a quoted message's (see mail), a dated heading's.
type scoped struct {
	cite  timeline.Citation
	ref   ref
	quote bool // a quoted message introduced by "... wrote:": the quote block under it only
	// quotes: a message quoted whole under its own header ("> From:
	// ..."; see quotedHeader): every quote block up to the next header
	// is its, between the lines of a reply written into it
	quotes bool
	level  int // a dated heading's level: a heading of this rank or higher ends it
	// comment: the heading is a comment's head ("**Jo** — 3 August
	// 2024"): the comment's dated sentences are read against its day,
	// and it is no statement of it
	comment bool
	// whole: a record's dated heading, ended by the next dated heading
	// only (see block.wholeDay)
	whole bool
}

// textAfter reports whether a paragraph of text among blocks starts after
// the byte offset off of the source.
// lineKind is the kind of the section of a header's line b: a citation
// line, metadata, but for a header date whose label names something done
// to the matter ("Date first listed: 12 March 1972"), an event of it.
func lineKind(b *block) timeline.SectionKind {
	if b.role == headerDateRole && b.happening {
		return timeline.Body
	}
	return timeline.CitationLine
}

func textAfter(blocks []*block, off int) bool {
	for _, b := range blocks {
		if b.kind == paraBlock && b.role == noRole && !b.table && b.pos().Offset > off {
			return true
		}
	}
	return false
}

// headerStatement reports whether a header line of the scope says that it
// is a statement: "Delivered 4 September 2017", "Conducted on 20 July
// 2019", "Meeting held on 7 May 2018".
func headerStatement(blocks []*block, in []int) bool {
	for _, k := range in {
		if b := blocks[k]; b.role == headerDateRole && b.stmt {
			return true
		}
	}
	return false
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func joinText(blocks []*block, in []int) string {
	var sb strings.Builder
	for _, k := range in {
		sb.WriteString(blocks[k].text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// attributionName is the speaker's organisation or name in an attribution
// line: "- Human Rights Watch, China director Sophie Richardson" gives
// "Human Rights Watch".
func attributionName(s string) string {
	s = strings.TrimLeft(s, "-–—―~* \t")
	name, _, _ := strings.Cut(s, ",")
	return cleanName(name)
}

// plainHeadings marks as headings the short lines standing alone that
// plain text uses as titles: no closing punctuation, a capital first, a
// paragraph after.
func plainHeadings(blocks []*block, marked bool) {
	for k, b := range blocks {
		// A press release's headline runs long, in title case: "Halvern
		// Bio Announces FDA Acceptance and Priority Review of Biologics
		// License Application for Reminutide in ...".
		long := k == 0 && b.kind == paraBlock && b.lines == 1 && len(b.text) <= 200 && headlineCase(b.text)
		if b.kind != paraBlock || b.role != noRole || b.lines != 1 || len(b.text) > 120 && !long || b.quoted || b.msg || b.entry {
			continue
		}
		if marked && strings.ContainsAny(b.text, "0123456789") {
			continue // a page that marks its headings: a dated line is text ("Exhibition runs 7 March – 28 September 2026")
		}
		if k > 0 && otherLabelAbove(blocks[k-1]) {
			continue // "Full proposal deadline:¶¶November 3, 2025": the label's value, no heading
		}
		if datedOpenRe.MatchString(b.text) {
			if _, ok := signedDate(b.text, false); ok {
				continue // "Dated this 26th day of September 2025" over the signatory's name: the notice's date, no heading
			}
		}
		if strings.Contains(b.text, "; ") && len(findDates(b.text, false)) >= 2 {
			continue // "Received 3 March 2020; Accepted 1 July 2020": a record of days, no heading
		}
		// What follows, past bylines and date lines, is the story.
		next := k + 1
		for next < len(blocks) && (blocks[next].role == bylineRole || blocks[next].role == dateRole || blocks[next].role == pubRole || blocks[next].role == headerDateRole || blocks[next].role == datelineRole || blocks[next].role == placeRole || blocks[next].role == boilerRole ||
			blocks[next].kind == headingBlock && (dayLine(blocks[next].text) || blocks[next].stamped)) {
			next++ // a diary's title is over the day of its first entry (a group's page over its first post's stamp)
		}
		if next >= len(blocks) || !substantive(blocks[next]) && !blocks[next].entry {
			continue // (a calendar's title is over its first entry's name, see splitEntries)
		}
		t := b.text
		last, _ := utf8.DecodeLastRuneInString(t)
		first, _ := utf8.DecodeRuneInString(t)
		if last == '.' && letterHeading(t) {
			// "Falmouth, the 14th of May, 1798.": a letter's place and
			// day, stopped as letters stop them
			b.kind, b.level = headingBlock, 1
			continue
		}
		if bracketStampRe.MatchString(t) {
			// "(11.20 am)" over "(A short adjournment)": a court
			// transcript's time stamp, a heading as Hansard's "2.31 pm"
			b.kind, b.level = headingBlock, 1
			continue
		}
		if strings.ContainsRune(".,;:!?…-—–", last) && !companyEndRe.MatchString(t) || !(unicode.IsUpper(first) || unicode.IsDigit(first)) {
			continue // (but "Timeline of Granite Peak Retail Holdings, Inc." ends with a name's stop)
		}
		if n := len(strings.Fields(t)); n > 15 && !(long && n <= 30) || k > 0 && n >= 10 && finiteVerb(t) {
			continue // a long line with a verb is a sentence without its stop
		}
		if i := strings.Index(t, ":"); i >= 0 && i < 40 && fieldLabel(t[:i]) {
			continue // "Neutral Citation Number: [2023] EWCA Civ 912", "Case No: ..."
		}
		if i := strings.Index(t, ":"); i >= 0 && i < 20 {
			// "Q: Any comment?" or a speaker's label, unless a subtitle
			// follows ("Elections in Kenya: excerpts"), the label says
			// what the document is ("Transcript: Daily Press Briefing"),
			// or the line opens the document ("Obituary: Jane Roe",
			// "Budget day live: Chancellor delivers statement").
			r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t[i+1:]))
			if (!unicode.IsLower(r) || len(strings.Fields(t[:i])) < 2) && !formLabel(t[:i]) && !(k == 0 && (titleLabel(t[:i]) || capsSubtitle(t, i))) {
				continue
			}
		}
		if _, isDL, _ := findDateline(t, false); isDL {
			continue
		}
		if runLine(t) {
			continue // "18 October 2025 – 22 February 2026, Gallery 4": the run of what the title above names
		}
		if slotLineRe.MatchString(t) || slotTailRe.MatchString(t) && !nameClockRe.MatchString(t) {
			continue // "11 am   Recovery brunch at the barn", "Headliner: The Ferrymen 21:00–22:45": a programme's slot, not a heading
		}
		if atClockEndRe.MatchString(t) {
			continue // "The House met at half-past Eleven o'clock": a record's sentence without its stop, no heading
		}
		if opensWithDate(t) && (k > 0 && chronologyLine(blocks[k-1]) ||
			next < len(blocks) && chronologyLine(blocks[next]) && (k > 0 || !sentenceEnds(blocks[next].text))) {
			continue // "1916 Battle of the Somme" in a chronology: an item, not a heading
		}
		if recitalRe.MatchString(t) && strings.IndexFunc(t, unicode.IsLower) >= 0 {
			continue // "AND UPON the court being informed that ...": an order's recital, a sentence without its stop (not "UPON REFLECTION")
		}
		b.kind, b.level = headingBlock, 1
	}
}

// bracketStampRe is a clock time alone in round brackets, as court
// transcripts stamp the hours of a hearing: "(10.04 am)", "(2.15 p.m.)".
var bracketStampRe = regexp.MustCompile(`^\(\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\)$`)

// recitalRe opens a recital of a court's order or of a deed, which
// states what the order is made on: "UPON hearing counsel for the
// Claimant", "AND UPON the court being informed that ...", "WHEREAS the
// parties ...".
var recitalRe = regexp.MustCompile(`^(?:AND\s+)?(?:UPON|WHEREAS)\s+\S`)

// datedOpenRe opens a line that says the day its document is dated:
// "Dated this 26th day of September 2025", "Dated 4 March 2025".
var datedOpenRe = regexp.MustCompile(`^(?:Dated|DATED)\b`)

// headlineCase reports whether t is written as a headline is, every word
// of four letters or more capitalized (but the prepositions headlines
// leave small: "from", "with"), and at least eight of them: no sentence
// capitalizes its words so.
func headlineCase(t string) bool {
	n := 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, "\"'“”‘’()[],:;")
		if utf8.RuneCountInString(w) < 4 || smallTitleWords[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 8
}

// capsTitle reports whether a line is written in capitals, as plain text
// writes a title: three words or more, no small letter.
func capsTitle(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 3 && strings.IndexFunc(s, unicode.IsLower) < 0
}

// smallTitleWords are the words of four letters or more a headline in
// title case leaves in lower case.
var smallTitleWords = map[string]bool{
	"from": true, "with": true, "into": true, "onto": true, "over": true, "upon": true, "than": true,
	"that": true, "after": true, "about": true, "under": true, "amid": true, "among": true, "before": true,
	"during": true, "within": true, "without": true, "across": true, "against": true, "through": true,
	"between": true, "toward": true, "towards": true,
}

// productLabelRe is a line naming only the kind of message a bulletin or
// a wire is, over its title: "BULLETIN", "URGENT - IMMEDIATE BROADCAST
// REQUESTED", "FLASH".
var productLabelRe = regexp.MustCompile(`(?i)^(?:bulletin|urgent|flash|advisory|alert)(?:\s*[-–—]\s*immediate\s+broadcast\s+requested)?$`)

// filingTitle names a filing with a securities regulator by its
// registrant and its form ("BRIGHTWATER THERAPEUTICS, INC. – FORM 8-K"),
// when blocks open with the regulator's cover ("UNITED
// STATES¶SECURITIES AND EXCHANGE COMMISSION"), whose first line would
// name every filing alike; "" otherwise.
func filingTitle(blocks []*block) string {
	if len(blocks) < 3 || !strings.EqualFold(strings.TrimSpace(blocks[0].first), "UNITED STATES") || !strings.Contains(strings.ToUpper(blocks[0].text), "SECURITIES AND EXCHANGE COMMISSION") {
		return ""
	}
	form, name := "", ""
	for k, b := range blocks[1:min(len(blocks), 16)] {
		t := strings.TrimSpace(b.first)
		switch {
		case form == "" && formRe.MatchString(t):
			form = t
		case name == "" && companyEndRe.MatchString(t) && strings.ToUpper(t) == t:
			name = t
		case name == "" && strings.Contains(strings.ToLower(b.text), "exact name of registrant") && k > 0:
			if p := strings.TrimSpace(blocks[k].first); p != "" && !strings.Contains(strings.ToLower(p), "commission file") {
				name = p // the line over "(Exact name of registrant as specified in its charter)"
			}
		}
	}
	switch {
	case name != "" && form != "":
		return name + " – " + form
	case form != "":
		return form
	}
	return name
}

// formRe is the form a filing is on: "FORM 8-K", "Form 10-Q".
var formRe = regexp.MustCompile(`(?i)^form\s+[0-9]{1,2}-?[A-Z]{0,2}(?:/A)?$`)

// companyEndRe is a company's or a club's name closing a line with its
// own stop: "Holdings, Inc.", "Acme Corp.", "Brennport Athletic F.C.".
var companyEndRe = regexp.MustCompile(`\b(?i:Inc|Corp|Co|Ltd|Plc|LLC|L\.L\.C|N\.V|S\.A|A\.G|Bros|Jr|Sr|F\.C|A\.F\.C|R\.F\.C|C\.F|S\.C|U\.S\.A)\.$`)

// nameClockRe is a chat export's message head: a person's name, then the
// time it was sent ("Dana Liu  2:15 PM"), which heads the message under
// it, no programme's slot.
// The name may be in bold, and the time marked as edited ("**Leo Brandt**
// 9:10 AM (edited)", as Slack writes it).
var nameClockRe = regexp.MustCompile(`^(?:\*\*|__)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\*\*|__)?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\((?i:edited)\))?$`)

// slotTailRe is a line of a programme that closes with its clock time,
// or its hours: "Doors 18:00", "Main Stage headliner: The Ferrymen
// 21:00–22:45".
var slotTailRe = regexp.MustCompile(`\p{L}[\p{L}.,:)]*\s+(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}(?:\.\d{2})?\s*[AaPp]\.?[Mm]\.?)(?:\s*[–—-]\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?$`)

// atClockEndRe is a line of three words or more that closes with "at"
// and a time of day written without a.m. or p.m.: "The House met at
// half-past Eleven o'clock", "Proceedings resumed at 14.05". A heading
// does not end so; a record's sentence left without its stop does.
// (A number past twelve is an age, no hour: "Chemist who transformed
// water purification dies at 91".)
var atClockEndRe = regexp.MustCompile(`^\S+\s+\S+.*\s(?i:at)\s+(?i:\d{1,2}[.:]\d{2}|\d{1,2}\s+o['’]clock|(?:(?:half|(?:a\s+)?quarter)[\s-](?:past|to)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])(?:\s+o['’]clock)?)$`)

// slotLineRe is a line of a programme that opens with its clock time:
// "09:30 Registration", "2.30 pm   Ceremony", "11am Brunch".
var slotLineRe = regexp.MustCompile(`^(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}(?:\.\d{2})?\s*[AaPp]\.?[Mm]\.?)(?:\s*[–—-]\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?\s+\p{L}`)

// runLine reports whether s opens with a span between two days or months
// ("18 October 2025 – 22 February 2026", "March 2024 to June 2025") and
// says no more than where, after a comma: the run of an exhibition or a
// season under its name, a line of facts rather than a heading.
func runLine(s string) bool {
	ds := findDates(s, false)
	if len(ds) < 2 || ds[0].start != 0 {
		return false
	}
	switch strings.TrimSpace(s[ds[0].end:ds[1].start]) {
	case "–", "—", "-", "to", "until":
	default:
		return false
	}
	rest := strings.TrimSpace(s[ds[1].end:])
	return rest == "" || strings.HasPrefix(rest, ",") && !strings.ContainsAny(rest, "0123456789") || strings.HasPrefix(rest, ",") && len(strings.Fields(rest)) <= 4
}

// fieldLabel reports whether s, the words before a colon, names a field of
// a record (a number, a reference, a citation), not a title's opening.
func fieldLabel(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ".") {
	case "number", "no", "nos", "ref", "reference", "citation", "code", "id", "isbn", "issn", "doi":
		return true
	}
	return false
}

// titleLabel reports whether s, the words before a colon opening the
// first line of a document, can open its title ("Obituary", "Budget day
// live"): not a speaker's label in capitals ("LU KANG") nor a question's
// or answer's ("Q", "A").
func titleLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ToUpper(s) == s && !strings.ContainsAny(s, "0123456789") { // ("HIST 2214: ...", a course's code, is no speaker)
		return false
	}
	switch strings.ToLower(s) {
	case "q", "a", "question", "answer":
		return false
	}
	return true
}

// capsSubtitle reports whether s, a line in capitals with a colon at i,
// is a title with its subtitle ("GRAND HARBOUR HOTEL: A TIMELINE"): a
// few words after the colon, in capitals too, and no clause a speaker's
// label would open ("LU KANG: WE HAVE NOTED THE REPORTS").
func capsSubtitle(s string, i int) bool {
	tail := strings.Fields(s[i+1:])
	return strings.ToUpper(s) == s && strings.ToLower(s) != s && len(tail) >= 2 && len(tail) <= 8 && !finiteVerb(strings.ToLower(s[i+1:])) &&
		!pronounWord(strings.ToLower(tail[0]))
}

// pronounWord reports whether w is a subject pronoun, which opens a
// clause, never a subtitle.
func pronounWord(w string) bool {
	switch w {
	case "i", "we", "you", "he", "she", "it", "they":
		return true
	}
	return false
}

// chronologyLine reports whether b is a line of a chronology written one
// item a paragraph: a single line that opens with a date.
func chronologyLine(b *block) bool {
	return b.kind == paraBlock && b.lines == 1 && len(b.text) <= 120 && opensWithDate(b.text)
}

// yearLeadRe is a year, a decade or a span of years opening a line:
// "1914", "1920s", "1914–18", "44 BC", "c. 1200".
var yearLeadRe = regexp.MustCompile(`^(?:c\.\s?|ca\.\s?|AD\s?)?\d{3,4}(?:'?s)?(?:\s?[–—-]\s?\d{2,4}(?:'?s)?)?(?:\s?(?:BCE?|AD|CE)\b)?`)

// opensWithDate reports whether the line s opens with a date: a year (see
// yearLeadRe), or a day or month with its year ("3 March 1918", "June
// 1919").
func opensWithDate(s string) bool {
	s = strings.TrimLeft(s, "*_ \t")
	if s == "" {
		return false
	}
	if m := yearLeadRe.FindStringIndex(s); m != nil {
		rest := s[m[1]:]
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !((r == ',' || r == '.') && len(rest) > 1 && isDigit(rest[1]))
	}
	ds := findDates(s, false)
	return len(ds) > 0 && ds[0].start == 0
}

// formLabel reports whether s, the words before a colon opening a line,
// names the form of the document: "Transcript", "Remarks", "Minutes".
func formLabel(s string) bool {
	s = strings.TrimSpace(s)
	return strings.IndexByte(s, ' ') < 0 && headerStartRe.MatchString(s) && statementWords[strings.ToLower(s)]
}

// DescribeRef says in words where a section's reference date came from,
// for --explain: "2017-12-13 from the citation line at seed.txt:15:1".
func DescribeRef(s *timeline.Section) string {
	d := s.Citation.Date
	at := ""
	if s.RefPos.Line > 0 {
		at = fmt.Sprintf(" at %s:%d:%d", s.RefPos.File, s.RefPos.Line, s.RefPos.Col)
	}
	switch s.RefFrom {
	case "":
		return "no reference date: expressions that speak from the writer's day (\"on Friday\", \"last year\") stay unresolved; in a history, those that follow the story (\"the following year\") count from its own dates"
	case "flag":
		return fmt.Sprintf("%s from --ref-date (the document states no date of its own)", d)
	case "metadata":
		return fmt.Sprintf("%s from the document's metadata%s", d, at)
	case "dateline":
		return fmt.Sprintf("%s from the dateline%s", d, at)
	case "published-line":
		return fmt.Sprintf("%s from the Published/Updated line%s", d, at)
	case "citation":
		name := s.Citation.Title
		if name == "" {
			name = s.Citation.Name()
		}
		return fmt.Sprintf("%s from the citation of %q%s", d, name, at)
	case "document":
		return fmt.Sprintf("%s from the date printed under the headline%s", d, at)
	case "created":
		return fmt.Sprintf("%s from the file's creation stamp (the text states no date of its own)", d)
	case "byline":
		return fmt.Sprintf("%s from the byline%s", d, at)
	case "header-line":
		return fmt.Sprintf("%s from the header line dating the document%s", d, at)
	case "heading":
		return fmt.Sprintf("%s from the heading over the entry%s", d, at)
	case "signature":
		return fmt.Sprintf("%s from the line dating the document's approval or signature%s", d, at)
	case "lead-in":
		return fmt.Sprintf("%s from the sentence introducing the quotation%s", d, at)
	case "label":
		return fmt.Sprintf("%s from the label opening the paragraph (\"Update (18 August 2025):\")%s", d, at)
	case "spoken":
		return fmt.Sprintf("%s from the opening's words stating the day (\"it's ...\")%s", d, at)
	case "title":
		if s.Citation.Date.Prec == timeline.Month {
			return fmt.Sprintf("%s, the month of the issue the title names (the text states no date of its own)", d)
		}
		return fmt.Sprintf("%s, the year the title names (the text states no date of its own)", d)
	}
	return fmt.Sprintf("%s from %s%s", d, s.RefFrom, at)
}

// auxiliaries are the verbs of a clause that headings rarely hold: a line
// of ten words or more with one of them, written in small letters, is a
// sentence that lacks its full stop ("This Agreement is made on 3
// February 2025 (the "Effective Date")"), not a heading.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "shall": true, "will": true,
	"has": true, "have": true, "had": true, "must": true, "would": true, "should": true,
	"can": true, "could": true, "might": true, "does": true, "did": true,
}

// finiteVerb reports whether s holds one of auxiliaries.
func finiteVerb(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if auxiliaries[w] {
			return true
		}
	}
	return false
}

// titleBlock reports whether b, a document's first block, is a title over
// a subtitle or the name of who issues it, written without a blank line
// between: two or three lines, each a title line (see titleLine), none
// opening with a date or a list marker, none a message of a chat, not all
// in capitals (a letterhead). A line under the first may be written in
// brackets ("RESERVE BANK OF INDIA¶[Under the Reserve Bank of India
// Act]"): the subtitle's own words are read.
func titleBlock(b *block) bool {
	if b.kind != paraBlock || b.role != noRole || b.table || b.msg || b.quoted || b.lines < 2 || b.lines > 3 {
		return false
	}
	capitals := true
	first := true
	for line := range strings.Lines(b.text) {
		if !first {
			if t := strings.TrimSpace(line); len(t) > 2 && (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')') &&
				!strings.ContainsAny(t[1:len(t)-1], "[]()") {
				line = t[1 : len(t)-1]
			}
		}
		first = false
		if !titleLine(line) || opensWithDate(line) || listMarker(line) != "" || dayLine(strings.TrimSpace(line)) {
			return false
		}
		capitals = capitals && strings.ToUpper(line) == line
	}
	// "UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA": a court's or
	// an office's letterhead, over the title of the filing.
	return !capitals
}

// sectionWords name a section of a document, not the document: a title
// made only of them is a section's heading.
var sectionWords = map[string]bool{
	"background": true, "history": true, "introduction": true, "summary": true, "overview": true, "context": true,
	"abstract": true, "facts": true, "procedural": true, "legislative": true, "early": true, "life": true,
	"career": true, "timeline": true, "chronology": true, "notes": true, "details": true, "key": true,
	"points": true, "status": true, "reasons": true,
	"analysis": true, "findings": true, "the": true, "and": true, "of": true, "main": true, "general": true,
	"description": true, "origins": true, "geography": true, "events": true, "recent": true, "developments": true,
	"synopsis": true, "narrative": true, "preface": true, "foreword": true, "conclusions": true, "conclusion": true,
	"recommendations": true, "discussion": true, "results": true, "methodology": true, "scope": true, "purpose": true,
	"factual": true, "information": true, "actions": true, "taken": true, "safety": true, "action": true,
}

// sectionWord reports whether a heading names a section ("HISTORY",
// "Early life", "Procedural history"), numbered or not ("1. ACTION",
// "2.1 Background").
func sectionWord(h string) bool {
	ws := strings.Fields(strings.ToLower(strings.Trim(h, "#*_: 	")))
	if len(ws) > 1 && sectionNumberRe.MatchString(ws[0]) {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !sectionWords[strings.Trim(w, ".,:;")] {
			return false
		}
	}
	return true
}

// sectionNumberRe is a section's number before its heading: "1.",
// "2.1", "IV.", "A.".
var sectionNumberRe = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-h])\.?$`)

// postHeading reports whether b is the head of a post or a reply of a
// feed ("Jane Smith @janesmith · Mar 7", "Reply from ben, 5 Aug 2024
// 18:02"): one writer's post, which names no more than its own, never the
// page the feed was copied from (as a post stamped by its age does not).
func postHeading(b *block) bool {
	if b.kind != headingBlock {
		return false
	}
	s := strings.Trim(strings.TrimSpace(b.text), "*_")
	if replyHeadRe.MatchString(s) || handleHeadRe.MatchString(s) || commentedRe.MatchString(s) {
		return true
	}
	_, ok := commentHead(strings.TrimSpace(b.text)) // "**Jo Baines** — 3 August 2024 at 9:14 pm": a comment's writer and day
	return ok
}

// headerTitle returns the name the paragraphs over the first heading give
// the document: a case's name on a line of its own ("R (on the
// application of X) v Secretary of State"), or the first line, short and
// no sentence, of the first paragraph ("ASHCOMBE" over its description).
func headerTitle(blocks []*block) string {
	for _, b := range blocks {
		if b.kind != paraBlock || b.table {
			continue
		}
		if first := strings.TrimSpace(b.first); caseNameRe.MatchString(first) && len(first) < 200 {
			return first
		}
	}
	for _, b := range blocks {
		if b.kind == paraBlock && !b.table && b.role == noRole {
			if first := strings.TrimSpace(b.first); titleLine(first) {
				return first
			}
			return ""
		}
	}
	return ""
}

// sourceUnderTitle reads a source line written right under the
// document's headline, with no blank line between, over the story
// ("Court hears appeal¶Source: Yorkshire Evening Post, 16 April 2024"):
// the source of what follows, not of the headline as an excerpt it
// closes. Only the first citation, and only when no other closes the
// text above it (a list of headlines, each over its source, stays so).
func sourceUnderTitle(blocks []*block, placed []int) {
	if len(placed) == 0 || placed[0] == 0 || placed[0]+1 >= len(blocks) {
		return
	}
	c := placed[0]
	h := blocks[c-1]
	if !blocks[c].attachPrev || blocks[c].attachNext || h.kind != paraBlock || h.role != noRole || h.table || h.lines != 1 || !titleLine(h.text) ||
		sentence(h.text) || !substantive(blocks[c+1]) {
		return
	}
	for _, b := range blocks[:c-1] {
		if substantive(b) {
			return
		}
	}
	for _, o := range placed[1:] {
		if blocks[o].attachPrev {
			return
		}
	}
	blocks[c].attachPrev, blocks[c].attachNext = false, true
}

// titleLine reports whether a line can be a plain text's title: short,
// opening with a capital, not a sentence.
func titleLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 90 || strings.HasSuffix(s, ".") || len(strings.Fields(s)) > 14 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// keptBlock is a heading's text and segments, kept after its section is
// built.
type keptBlock struct {
	text string
	segs []timeline.Segment
}

// writtenAt returns the expression of date d at or after the document's
// byte offset off on its line, as the block holding it writes it ("2
// September 2025" in "Recorded: 2 September 2025", "2025-11-18" in a
// heading "[3.2.0] - 2025-11-18"); "" when there is none.
func writtenAt(blocks []*block, heads map[*block]keptBlock, off int, d timeline.Date) string {
	for _, b := range blocks {
		text, segs := b.text, b.segs
		if k, ok := heads[b]; ok && text == "" {
			text, segs = k.text, k.segs // a heading's, read already
		}
		local := -1
		if len(segs) == 0 {
			if p := b.pos(); p.Line > 0 && off >= p.Offset && off < p.Offset+len(text) {
				local = off - p.Offset
			}
		}
		for i, sg := range segs {
			end := len(text)
			if i+1 < len(segs) {
				end = segs[i+1].Off
			}
			if d := off - sg.Pos.Offset; d >= 0 && sg.Off+d < end {
				local = sg.Off + d
				break
			}
		}
		if local < 0 {
			continue
		}
		rest := text[local:min(len(text), local+160)]
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		want := d.DayOf().String()
		for _, x := range tempex.Tag(rest, tempex.Options{Ref: d}) {
			if x.Date.DayOf().String() == want {
				return x.Text
			}
		}
		return ""
	}
	return ""
}

// letterHeading reports whether a line is a letter's place and day with
// nothing else ("Falmouth, the 14th of May, 1798.", "Monticello, Dec. 3,
// 1801."), as letterPlace and placeDateRe read them.
func letterHeading(line string) bool {
	t, _ := withPlaceComma(strings.TrimRight(strings.Trim(line, "#*_ \t"), "."))
	m := placeDateRe.FindStringSubmatch(t)
	if m == nil || !letterPlace(t) {
		return false
	}
	h, ok := parseDayHead(strings.TrimPrefix(m[1], "the "), false)
	return ok && h.m != 0 && h.d != 0
}

// leadInDate returns the day a paragraph that introduces a quotation gives
// it: a paragraph of prose that ends with a colon and writes one full
// date, the day of what it introduces ("The UN coordinator issued this
// statement on 22 September 2021:", "On 3 May 2016 the chief executive
// told analysts:"), and the date's offset in the paragraph.
func leadInDate(b *block, dayFirst bool) (timeline.Date, int, bool) {
	if b.kind != paraBlock || b.role != noRole || b.table || b.lines > 3 {
		return timeline.Date{}, 0, false
	}
	t := strings.TrimRight(b.text, " *_")
	if !strings.HasSuffix(t, ":") || len(t) > 300 {
		return timeline.Date{}, 0, false
	}
	ds := findDates(t, dayFirst)
	if len(ds) != 1 || ds[0].noYear || ds[0].date.Prec < timeline.Day || rangeEnd(t[:ds[0].start]) || andRangeRe.MatchString(t[:ds[0].start]) {
		return timeline.Date{}, 0, false // (the end of a range: "between 1 and 22 September 2021")
	}
	return ds[0].date, ds[0].start, true
}

// andRangeRe ends the text before the end of a range written with "and":
// "between 1 and ".
var andRangeRe = regexp.MustCompile(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+and\s*$`)

// postHead reads the head line of a quoted post: a name or a handle and
// the day, with its hour perhaps, set apart by middle dots or bars
// ("**City of Portland** · 7:14 PM PST · Nov 7, 2023", "@wxnerd@pdx.social
// · 2023-11-08 09:15 -08:00"). It returns the name, the day and the
// day's offset in the line.
func postHead(line string, dayFirst bool) (string, timeline.Date, int, bool) {
	if len(line) > 160 || !strings.ContainsAny(line, "·|") {
		return "", timeline.Date{}, 0, false
	}
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '·' || r == '|' })
	if len(parts) < 2 || len(parts) > 4 {
		return "", timeline.Date{}, 0, false
	}
	name := strings.TrimSpace(unemphasize.Replace(strings.TrimLeft(parts[0], "> \t")))
	if name == "" || len(strings.Fields(name)) > 5 || strings.ContainsAny(name, "0123456789") && !strings.HasPrefix(name, "@") {
		return "", timeline.Date{}, 0, false
	}
	for _, p := range parts[1:] {
		ds := findDates(p, dayFirst)
		if len(ds) == 1 && !ds[0].noYear && ds[0].date.Prec >= timeline.Day {
			at := strings.Index(line, p) + ds[0].start
			return name, ds[0].date.DayOf(), at, true
		}
	}
	return "", timeline.Date{}, 0, false
}

// ownYear gives a label's day written without its year (ownRef.noYear)
// the year that puts it nearest the document's date, ref: "Update
// (November 24):" on a page of 18 November 2025 is of 24 November 2025,
// "Update (January 3):" on one of 20 December 2025 of 3 January 2026. It
// reports false when ref has no day to count from.
func ownYear(o *ownRef, ref timeline.Date) bool {
	if !o.noYear {
		return true
	}
	r, ok := ref.DayOf().Time()
	if !ok || ref.Prec < timeline.Day {
		return false
	}
	best, bestDiff := 0, time.Duration(-1)
	for y := r.Year() - 1; y <= r.Year()+1; y++ {
		d := o.r.date
		d.Year = y
		t, ok := d.Time()
		if !ok || t.Month() != time.Month(d.Month) {
			continue // (29 February of a year that has none)
		}
		diff := t.Sub(r)
		if diff < 0 {
			diff = -diff
		}
		if bestDiff < 0 || diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	if best == 0 {
		return false
	}
	o.r.date.Year, o.noYear = best, false
	return true
}
