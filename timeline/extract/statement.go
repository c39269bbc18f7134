package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// stanceRe finds the sentence where a speaker states a position: "I would
// like to say that ...", "we firmly oppose ...", "I want to stress ...".
var stanceRe = regexp.MustCompile(`(?i)\b(?:I|we)\b(?:[\w’' ]{0,30}?)\b(?:say|stress|emphasi[sz]e|point out|reiterate|tell|urge|oppose|reject|condemn|call on|demand|make clear|deny|denounce)\b`)

// stancePrefixRe is the part of a stance sentence that a headline drops:
// "That's why I would like to say that such allegation ..." keeps "such
// allegation ...".
var stancePrefixRe = regexp.MustCompile(`(?i)^.{0,40}?\b(?:I|we)\b(?: would like to| want to| must| wish to| have to| should)?(?: once again| again| here)? (?:say|stress|emphasi[sz]e|point out|reiterate|make clear)(?: once again| again| here)?(?: that)?[,:]?\s+`)

// statement returns the one event of a Statement section: dated by the
// section's own source (the press conference, the speech), with the key
// answer as its text, whether or not its sentences hold a date. The key
// answer is chosen among the answer's sentences (not the question's) by
// keySentence. date_text is empty: the date is the source's. It is nil
// when the key sentence already makes the event of that date.
func (x *sectionExtractor) statement(ref timeline.Date) *item {
	date := x.cit.Date
	if date.IsZero() {
		date = ref
	}
	if date.IsZero() || date.IsVague() || len(x.sents) == 0 {
		return nil
	}
	text := x.sec.Text
	var answers []Segment
	labelled := ""
	answering := true
	speakerAt := map[int]string{} // sentence start -> the speaker whose turn it is in
	current := ""
	for _, s := range x.sents {
		sent := stripStamp(text[s.Start:s.End])
		if n := speakerLabel(sent); n > 0 {
			label, _, _ := strings.Cut(strings.TrimSpace(sent[:n-1]), ", ") // (a post after the name: "Raj Menon, CEO:")
			if recordLabel(label) {
				continue // "Present: J. Patel (Chair), M. Ferris": the record's field, nobody speaking
			}
			role := strings.ToLower(label)
			if i := strings.LastIndex(role, " ("); i > 0 && strings.HasSuffix(role, ")") {
				role = role[:i] // "HOST (Sam Ortega)", "A (TALLEY)": the part
			}
			switch role {
			case "q", "question", "reporter", "journalist", "presenter", "host", "anchor", "interviewer", "moderator":
				answering = false
			case "a", "answer":
				answering = true
				if name := labelName(label); name != label {
					current = titleCase(name) // "A (TALLEY):"
					if labelled == "" {
						labelled = current
					}
				}
			default:
				answering = true
				current = titleCase(labelName(label)) // ("HOST (Sam Ortega):", "A (TALLEY):": who holds the part)
				if labelled == "" {
					labelled = current
				}
			}
		}
		speakerAt[s.Start] = current
		if answering && !asks(sent) {
			answers = append(answers, s)
		}
	}
	if len(answers) == 0 {
		answers = slices.DeleteFunc(slices.Clone(x.sents), func(s Segment) bool { return asks(stripStamp(text[s.Start:s.End])) })
	}
	if len(answers) == 0 {
		return nil // "SP: Could you start by telling us where you were born?": a question states nothing
	}
	// "S. Iyer will circulate the scorecards two days before the
	// interviews": a sentence that times what it tells by a happening it
	// does not date tells nothing of the meeting's day (but what a
	// speaker says, "the sirens sounded two hours before the water
	// reached the first houses", is said on the day)
	if _, _, who := x.statementWho(labelled); who == "Statement" {
		answers = slices.DeleteFunc(answers, func(s Segment) bool {
			return speakerAt[s.Start] == "" && len(x.own[s.Start]) == 0 && (undatedOffsetRe.MatchString(x.sec.Text[s.Start:s.End]) || undatedBreakRe.MatchString(x.sec.Text[s.Start:s.End]))
		})
	}
	if len(answers) == 0 {
		return nil
	}
	key, fallback := x.keySentence(answers, labelled != "")
	if sp := speakerAt[key.Start]; sp != "" {
		labelled = sp // "Operator: Welcome ... Daniel Fuchs, CEO: ... we expect": the CEO's words
	}
	sent := text[key.Start:key.End]
	own := x.own[key.Start]
	speaker, org, who := x.statementWho(labelled)
	if x.sec.RefFrom == "heading" && labelled == "" {
		// a diary entry, a live-blog post dated by its heading: the
		// outlet writes it, nobody in it speaks
		speaker, org, who = "", "", "Statement"
	}
	if len(own) == 0 && caveatRe.MatchString(sent) {
		// "Programmes may change at short notice.": a standing caveat
		// under the last day of a schedule, nothing said on that day
		return nil
	}
	if fallback && !saysSomething(sent) {
		// A cover page, a form's fields ("Delaware 001-39871
		// (State of incorporation)"): nothing is stated to date.
		return nil
	}
	if len(own) == 0 && pastRe.MatchString(sent) && !stanceRe.MatchString(sent) && x.followsOtherYear(key, date) {
		// "It was the spring of 2009. I was working in Rotterdam ...": a
		// recollection that the answer dates itself, not a statement of
		// the day it was given
		return nil
	}
	if len(own) > 0 && !hasVerb(strings.Fields(removeSpan(sent, own[0].start-key.Start, own[0].end-key.Start))) {
		// "HV: In November, yes!": an answer that is its date, no
		// statement of the day it was given
		return nil
	}
	if fallback && len(own) > 0 && who != "Statement" && speakerLabel(stripStamp(sent)) > 0 && allBefore(own, date) && !nowToldRe.MatchString(sent) {
		// "HOLT: On Monday the union voted to strike." in a transcript
		// of Thursday, "PATEL: Polling had it at 41 percent on Sunday.":
		// all the speakers say tells of the earlier days it names, those
		// days' events; copied onto the day it was said, it would be
		// misdated (but "Noor: the rebuild that was due last Wednesday
		// is still running" tells the day it was said)
		return nil
	}
	if fallback && verblessTurn(sent) {
		// "PEGGY: Right here.", an answer without a verb: nothing
		// stated that the day could hold
		return nil
	}
	// a live blog's post whose news is told in the present perfect before
	// a date of its own ("A severe flood warning has been issued; the
	// river is expected to peak tonight", "The Met Office has confirmed a
	// reading of 38.9C, breaking the record set in 2022"): the post's
	// time is that news's, and the date another event's
	liveNews := len(own) > 0 && who == "Statement" && x.sec.RefFrom == "heading" && labelled == "" &&
		date.Prec >= timeline.Hour && perfectRe.MatchString(sent[:own[0].start-key.Start])
	if fallback && len(own) > 0 && who == "Statement" && !liveNews {
		// Nobody named speaks, nothing is decided or stated, and every
		// sentence tells of its own dated event ("The skip was removed on
		// Friday" in minutes): those events are the record, and copying
		// one onto the meeting's date would misdate it.
		return nil
	}
	if len(own) > 0 && who == "Statement" && x.sec.RefFrom == "heading" && allBefore(own, date) && !liveNews {
		// a letter's or a diary's "Yesterday the Convention voted": an
		// event of the day it names, told on the entry's; not the
		// entry's event too
		return nil
	}
	if len(own) > 0 && who == "Statement" && pluperfectRe.MatchString(sent) && slices.ContainsFunc(own, func(c cand) bool { return allBefore([]cand{c}, date) }) {
		// "The extension had been approved by the Assembly on 12
		// January" under minutes of 21 January: what had been done by an
		// earlier day it names, that day's event, not what the meeting
		// did (nobody named states it)
		return nil
	}
	if len(own) > 0 && own[0].span.Start.Prec >= timeline.Day && allBefore(own[:1], date) &&
		(who == "Statement" && strings.Trim(text[key.Start:own[0].start], " \t\n*_\"“") == "" || unlabelled(text[key.Start:own[0].start]) == "") {
		// "On 5 October the judge rejected a request for bail" under a
		// briefing of 14 March: the sentence opens with the earlier day
		// it tells of, an event of that day; nobody named states it on
		// the briefing's day too (nor does a speaker whose words open
		// with it: "HOLT: On Monday the union voted to strike.")
		return nil
	}
	if len(own) > 0 && pastRe.MatchString(sent) && !stanceRe.MatchString(sent) && !resolvedRe.MatchString(sent) && allYearsBefore(own, date) && !liveNews {
		// "I was elected in 1987 and then again in '91", said in 2011: a
		// recollection that dates itself, no statement of the day
		return nil
	}
	for _, c := range own {
		if timeline.CompareSpans(c.span, timeline.Span{Start: date}) == 0 ||
			!c.span.IsRange() && c.span.Start.Prec >= timeline.Day && date.Prec == timeline.Day && c.span.Start.DayOf() == date.DayOf() {
			// The sentence already makes the event of the meeting's day
			// ("The council agreed on Monday to ..."): not twice.
			return nil
		}
	}
	body := stripStamp(sent)
	if x.sec.RefFrom == "label" {
		// "Update (22 April 2025): Liftoff occurred on time": the label
		// is the date, the rest what happened
		if i := strings.Index(body, ": "); i > 0 && i < 64 && strings.ContainsAny(body[:i], "0123456789") {
			body = strings.TrimLeft(body[i+2:], "*_ ")
		}
	}
	if n := speakerLabel(body); n > 0 {
		body = strings.TrimSpace(body[n:])
	}
	if loc := stancePrefixRe.FindStringIndex(body); loc != nil && loc[1] < len(body) {
		body = body[loc[1]:]
	}
	says := " says "
	if x.sec.RefFrom == "heading" && labelled != "" && x.sec.RefPos.Line > 0 && x.sec.RefPos.Line == x.sec.Pos.Line {
		// "**Mon 10 Mar** - Priyanka: migrated 3 of 12 services": a log's
		// entry that opens with its day, then its writer's label; the
		// title keeps the label (not an interview's "MF: ..." under the
		// day it was recorded, which MF says)
		says = ": "
	}
	title := finishWithPrefix(who+says, body)
	switch {
	case says == ": ":
		// (the entry's sentence whole: "Noor: the index rebuild that
		// was due last Wednesday is still running", not the clause of
		// its other date)
	case len(own) > 0:
		// A decision that dates what it decided ("agreed to apply for a
		// grant next month"): the decision, without the later date.
		var others [][2]int
		for _, o := range own[1:] {
			others = append(others, [2]int{o.start - key.Start, o.end - key.Start})
		}
		h := headline(sent, own[0].start-key.Start, own[0].end-key.Start, others, nil)
		t := h.title
		if k := strings.Index(body, "; "); k > 0 && strings.HasSuffix(sent, body) && own[0].start-key.Start >= len(sent)-len(body)+k &&
			hasVerb(strings.Fields(body[:k])) {
			// "The committee agreed to reopen the search; the advert
			// will go live on 12 March": the dates are a later clause's,
			// and what the meeting did is the clause before it
			t = finish(body[:k])
		}
		if h.ofPhrase {
			// "The minutes of the meeting held on 17 September were
			// agreed": the meeting's title is its day's; the decision
			// is the sentence without that day
			ds := own[0].start - key.Start
			for _, p := range []string{" of ", " dated ", " on "} {
				// ("The minutes of the meeting of 8 February were
				// approved": the date's "of" goes with it)
				if strings.HasSuffix(sent[:ds], p) {
					ds -= len(p) - 1
					break
				}
			}
			t = finish(removeSpan(sent, ds, own[0].end-key.Start))
		}
		switch {
		case t == "":
			title = finish(body)
		case who != "Statement" && !decisionRe.MatchString(body) && !strings.Contains(t, " says ") && !strings.Contains(t, " say "):
			title = finishWithPrefix(who+says, t)
		default:
			title = t
		}
	case who == "Statement" || decisionRe.MatchString(body):
		title = finish(body)
	}
	var actors []string
	if speaker != "" {
		actors = append(actors, speaker)
	}
	if org != "" {
		actors = append(actors, org)
	}
	for _, a := range findActors(sent, "") {
		if len(actors) < maxActors && !containsFold(actors, a) {
			actors = append(actors, a)
		}
	}
	pos := x.sec.PosAt(key.Start)
	pos.File = x.doc.Name
	dateText, refDated := x.refDateText(date)
	e := timeline.Event{
		Span:     timeline.Span{Start: date},
		DateText: dateText,
		Title:    title,
		Text:     sent,
		Sources:  []timeline.Citation{x.cit},
		Actors:   withSender(actors, x.sec.Speaker),
		Pos:      pos,
	}
	it := newItem(e, x.cit.Title)
	it.statement = true
	it.refDated = refDated
	it.order, it.sec = [2]int{x.di, x.sec.Pos.Offset + key.Start}, [2]int{x.di, x.si}
	return it
}

// refDateText returns the date text of an event dated by its section's
// date: as the heading over the section writes it, else as the reader
// found it written (a dateline's "2 September 2025", a release's heading
// two levels up), else "".
// The second result says the text is the reader's, which the event's id
// is made without (ids stay what they were before readers said it).
func (x *sectionExtractor) refDateText(date timeline.Date) (string, bool) {
	if s := x.headingDateText(date); s != "" {
		return s, false
	}
	if s := x.sec.RefText; s != "" && timeline.Compare(x.sec.Citation.Date, date) == 0 {
		return s, true
	}
	return "", false
}

// headingDateText returns the date as the heading over a section dated
// by it writes it ("## Larkspur 3.4.1 — 2025-11-03" gives "2025-11-03"),
// so that the event says where its date was read; "" for any other
// section, whose date is its source's.
func (x *sectionExtractor) headingDateText(date timeline.Date) string {
	if x.sec.RefFrom != "heading" || x.sec.Heading == "" {
		return ""
	}
	for _, t := range x.opt.tagger()(x.sec.Heading, tempex.Options{Ref: date, DayFirst: x.opt.DayFirst || x.doc != nil && x.doc.DayFirst, MonthFirst: x.opt.MonthFirst}) {
		if timeline.Compare(t.Date, date) == 0 && t.Date.Prec == date.Prec {
			return t.Text
		}
	}
	return ""
}

// stampRe is a recording's timestamp opening a transcript's line:
// "[00:12:45] ", "(01:02) ".
var stampRe = regexp.MustCompile(`^\s*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*`)

// stripStamp removes a recording's timestamp from the start of a line,
// so that the speaker's label after it is read as one.
func stripStamp(s string) string {
	if loc := stampRe.FindStringIndex(s); loc != nil {
		return s[loc[1]:]
	}
	return s
}

// decisionRe finds the sentence of minutes that says what a meeting
// decided: "The council agreed to ...", "Members voted to ...".
var decisionRe = regexp.MustCompile(`(?i)\b(?:agreed|decided|resolved|voted|approved|adopted|endorsed|rejected|concluded|declared|announced|appointed|elected)\b`)

// greetingRe finds what only opens or closes a speech: a greeting, thanks,
// a welcome. It is never the key sentence.
var greetingRe = regexp.MustCompile(`(?i)^(?:[\p{L} ]{1,30}: )?(?:good (?:morning|afternoon|evening|day)|hello|hi|dear |welcome|ladies and gentlemen|thank you|thanks|many thanks|i (?:would like|want|wish) to (?:thank|welcome)|it is (?:a|my) (?:great )?(?:pleasure|honou?r))\b`)

// keySentence chooses the sentence that says what a statement says: the
// first where the speaker takes a position ("I would like to say that
// ..."), else the first that says what was decided (minutes: "The council
// agreed to ..."), else the first that has no event of its own, else the
// first; greetings and thanks are passed over.
//
// fallback is true when the sentence is only the first, for want of any
// of the others. turns says the section's sentences are speakers' turns
// (a transcript's labels): there, a decision told opening with the day it
// names is that day's event, no statement of the day it was said.
func (x *sectionExtractor) keySentence(answers []Segment, turns bool) (key Segment, fallback bool) {
	text := x.sec.Text
	var decision, plain, any *Segment
	for i := range answers {
		s := &answers[i]
		sent := text[s.Start:s.End]
		body := stripStamp(sent)
		if n := speakerLabel(body); n > 0 {
			body = strings.TrimSpace(body[n:])
		}
		if greetingRe.MatchString(body) {
			continue
		}
		if stanceRe.MatchString(sent) {
			return *s, false
		}
		if any == nil {
			any = s
		}
		if own := x.own[s.Start]; decision == nil && decisionRe.MatchString(body) && !(len(own) > 0 && turns && unlabelled(text[s.Start:own[0].start]) == "") {
			// (not "On Monday the union voted to strike": the decision of
			// the day it opens with, that day's event)
			decision = s
		}
		if plain == nil && len(x.own[s.Start]) == 0 && saysSomething(body) && (decisionRe.MatchString(body) || !x.toldHabit(*s)) && !verblessTurn(sent) {
			plain = s
		}
	}
	for _, s := range []*Segment{decision, plain} {
		if s != nil {
			return *s, false
		}
	}
	if any != nil {
		return *any, true
	}
	return answers[0], true
}

// verblessTurn reports whether sentence s opens a speaker's turn with a
// few words that have no verb ("PEGGY: Right here.", "A: In Leeds.").
func verblessTurn(s string) bool {
	body := stripStamp(s)
	n := speakerLabel(body)
	if n == 0 {
		return false
	}
	words := strings.Fields(body[n:])
	return len(words) <= 3 && !hasVerb(words)
}

// unlabelled is sentence s without its stamp and its speaker's label.
func unlabelled(s string) string {
	body := stripStamp(s)
	if n := speakerLabel(body); n > 0 {
		body = strings.TrimSpace(body[n:])
	}
	return body
}

// toldHabit reports whether sentence s tells what is done again and
// again ("I go to the Legion on Wednesdays", "We meet every week"): a
// habit, no statement of the day it was said.
func (x *sectionExtractor) toldHabit(s Segment) bool {
	j := sort.Search(len(x.tx), func(j int) bool { return x.tx[j].Start >= s.Start })
	for ; j < len(x.tx) && x.tx[j].Start < s.End; j++ {
		if x.tx[j].Type == tempex.Set {
			return true
		}
	}
	return false
}

// saysSomething reports whether a sentence can be a statement's key
// sentence: one that ends as a sentence does and is not a name, a field
// or a heading in capitals or title case ("LUMENWAY THERAPEUTICS, INC.
// (Exact name of registrant as specified in its charter)", "Item 1.01
// Entry into a Material Definitive Agreement.").
func saysSomething(s string) bool {
	t := strings.TrimRight(s, " \"'’”")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?") || capitalsOnly(s) {
		return false
	}
	words := strings.Fields(s)
	if hasVerb(words) {
		return true
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if r := firstRune(w); unicode.IsLower(r) && !functionWords[lw] && !danglingPreps[lw] && lw != "a" && lw != "an" && lw != "the" {
			return true
		}
	}
	return false
}

// capitalsOnly reports whether s, outside brackets, has letters and none
// in lower case: a name or a heading in capitals, which says nothing.
func capitalsOnly(s string) bool {
	depth, letters := 0, 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0 && unicode.IsLower(r):
			return false
		case depth == 0 && unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// asks reports whether a sentence is a question: it ends with a question
// mark (closing quotes and brackets aside), or, after its speaker's label,
// it asks the other to tell ("TB: Tell me about yourself.", "Describe the
// mill for us."), an interviewer's prompt that states nothing.
func asks(sent string) bool {
	if strings.HasSuffix(strings.TrimRight(sent, " \t\n\"'’”)]*_"), "?") {
		return true
	}
	body := sent
	if n := speakerLabel(body); n > 0 {
		body = body[n:]
	}
	body = strings.ToLower(strings.TrimLeft(body, " \t\n*_\"“"))
	for _, p := range [...]string{"tell me ", "tell us ", "describe ", "talk me through ", "talk us through "} {
		if strings.HasPrefix(body, p) {
			return true
		}
	}
	return false
}

// statementWho names who speaks in a Statement section: the speaker label
// of the transcript, else the person the citation's title names, with the
// organisation (the outlet, shortened): "Lu Kang (Ministry of Foreign
// Affairs)". who is "Statement" when nothing names the speaker.
func (x *sectionExtractor) statementWho(labelled string) (speaker, org, who string) {
	speaker = labelled
	if speaker == "" {
		speaker = citationSpeaker(x.cit.Title)
	}
	org = shortOrg(x.cit.Outlet)
	switch {
	case speaker != "" && org != "":
		who = speaker + " (" + org + ")"
	case speaker != "":
		who = speaker
	case org != "":
		who = org
	default:
		who = "Statement"
	}
	return speaker, org, who
}

// firstPerson reports whether a headline opens with the speaker's "we" or
// "I", which a reader cannot place without the source.
func firstPerson(title string) bool {
	switch firstWord(title) {
	case "We", "I", "Our", "My":
		return true
	}
	return false
}

// recordLabel reports whether a line's label names a field of a record
// (minutes, a programme's notes) rather than a speaker: "Present",
// "Apologies", "Venue".
func recordLabel(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "present", "also present", "in attendance", "attendees", "attendance", "apologies", "absent",
		"chair", "chairs", "venue", "time", "date", "location", "place", "agenda", "item", "items",
		"subject", "re", "to", "from", "cc", "action", "actions", "decision", "decisions", "resolved",
		"note", "notes", "source", "sources", "minutes", "next meeting", "guests", "guest", "producer",
		"programme", "program", "episode", "broadcast", "transcript", "duration":
		return true
	}
	return false
}

// nowToldRe finds a verb of the present in a sentence: "is", "are",
// "am", "remains".
var nowToldRe = regexp.MustCompile(`(?i)\b(?:is|are|am|remains?)\b`)

// pastRe finds a verb of the past in a sentence.
// perfectRe finds a verb in the present perfect: "has been issued", "have
// confirmed", "has now closed".
var perfectRe = regexp.MustCompile(`(?i)\b(?:has|have)\s+(?:just\s+|now\s+|also\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ught|id|t)\b`)

var pastRe = regexp.MustCompile(`(?i)\b(?:was|were|had|did|came|went|got|left|took|made|began|became|grew|knew|saw|lost|moved|shut|closed|died|worked|lived|started|stopped|opened|married|served|met|fell|won|wrote|found|gave|bought|sold|built|brought|taught|joined|retired)\b`)

// resolvedRe finds what a meeting itself decides ("The council decided
// to scrap the 2019 plan"), as opposed to telling what happened to the
// speaker once ("I was elected in 1987").
var resolvedRe = regexp.MustCompile(`(?i)\b(?:agreed|decided|resolved|voted|approved|adopted|endorsed|rejected|concluded)\b`)

// allYearsBefore reports whether every date of cands ends in a year
// before date's.
// allBefore reports whether every date of cands ends before the day date
// begins.
// pluperfectRe finds a verb in the past perfect: "had been approved",
// "had already met", "had signed".
var pluperfectRe = regexp.MustCompile(`(?i)\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|wn|un|id|ght|lt|pt|et|ot|ut)\b`)

func allBefore(cands []cand, date timeline.Date) bool {
	ds, _ := date.Bounds()
	if ds.IsZero() {
		return false
	}
	for _, c := range cands {
		last := c.span.Start
		if c.span.End.Prec != timeline.PrecisionNone {
			last = c.span.End
		}
		if last.IsZero() || last.IsVague() {
			return false
		}
		if _, le := last.Bounds(); le.IsZero() || le.After(ds) {
			return false
		}
	}
	return len(cands) > 0
}

func allYearsBefore(cands []cand, date timeline.Date) bool {
	n := 0
	for _, c := range cands {
		s := c.span.Start
		if c.span.End.Prec != timeline.PrecisionNone {
			s = c.span.End
		}
		if s.IsZero() || s.IsVague() || s.Prec < timeline.Year {
			return false
		}
		if s.Year >= date.Year {
			return false
		}
		n++
	}
	return n > 0
}

// followsOtherYear reports whether the sentence before key dates events
// of its own, all in other years than date's: key goes on with that story
// ("It was the spring of 2009. I was working in Rotterdam ...").
func (x *sectionExtractor) followsOtherYear(key Segment, date timeline.Date) bool {
	prev := -1
	for i, s := range x.sents {
		if s.Start == key.Start {
			prev = i - 1
			break
		}
	}
	if prev < 0 {
		return false
	}
	n := 0
	for _, c := range x.own[x.sents[prev].Start] {
		s := c.span.Start
		if s.IsZero() || s.IsVague() {
			continue
		}
		if s.Year == date.Year {
			return false
		}
		n++
	}
	return n > 0
}

// caveatRe finds a standing caveat: what may change, is subject to
// change, or happens at short notice.
// undatedBreakRe finds a school's break named but not dated, which times
// what a sentence tells: "The roof repair will start during the October
// half term", "over the half-term holiday".
var undatedBreakRe = regexp.MustCompile(`(?i)\b(?:during|in|over|at|before|after|by|until|from)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:\p{L}+\s+)?half[- ]?term\b`)

// undatedOffsetRe finds an amount of time counted from a happening named
// but not dated: "two days before the interviews", "a week after its
// launch", and the day, week or year told by it: "the day after the
// storm", "in the weeks after the flood", "the summer before the war".
var undatedOffsetRe = regexp.MustCompile(`(?i)\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|few|several)\s+(?:(?:working|business|calendar|full|clear)\s+)?(?:days?|weeks?|months?|hours?)|the\s+(?:day|morning|night|evening|afternoon|week|weekend|month|year|spring|summer|autumn|winter)|the\s+(?:days|weeks|months|years))\s+(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the|its|their|his|her|our|each|every)\s`)

var caveatRe = regexp.MustCompile(`(?i)\b(?:may|might|can|could|will)\s+(?:be\s+)?(?:change|changed|altered|vary|varied|cancelled|canceled)\b|\bsubject to (?:change|alteration|availability)\b|\bat short notice\b|\bwithout (?:prior )?notice\b`)
