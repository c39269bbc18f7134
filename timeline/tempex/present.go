package tempex

import "github.com/chronicle-project/chronicle/timeline"

// The scheduled present. A notice, a memo or a news report that puts a
// weekday after a verb in the simple present speaks of a day to come:
// "The office moves on Friday", "The new law takes effect on Monday",
// "Applications close Friday". What was done on a day gone by is told in
// the past tense ("The office moved on Friday"); the historic present of
// a story ("On Friday he walks into the bar") is narrative's, which this
// leaves alone, and a headline's present ("Police arrest man on Sunday"),
// a line with no full stop, tells of the past as often as not.
//
// presentCues names the common verbs of a timetable ("opens", "meets"),
// which the cue rules read everywhere; scheduledVerbs names more
// ("moves", "rises", "relocates", and "close" after a plural subject),
// read only before a weekday and only in their place, after a subject
// that opens the clause: a month or a year after a present ("The plan
// moves to a vote in March") is left to the rules that know them, and
// "talks" in "The minister attended talks on Friday" is no verb.

// bareWeekday reports whether tokens [i, j) are a weekday alone, one
// day ("Friday", "Friday evening"; not "Fridays", nor "last Friday",
// which says its own direction).
func (t *Tagger) bareWeekday(i, j int) bool {
	w := t.w(i)
	if w == nil || w.wday == 0 || w.plural {
		return false
	}
	if j == i+1 {
		return true
	}
	p := t.w(i + 1)
	return j == i+2 && p != nil && p.part != timeline.NoPart
}

// scheduledPresent reports whether token k, in the back scan of tense from
// the weekday at tokens [i, j), is a finite verb in the simple present of
// the weekday's clause: a third person's "-s" form after its subject
// ("The office moves on Friday", "Voting closes Thursday") or a plain
// form after a plural one ("The shops close on Sunday", "Bin collections
// change on Tuesday"), with only its subject back to the clause's start,
// no other verb, and the clause ending with the weekday in a sentence
// with a full stop. The scan asks it only at words that are no cue of
// cue's.
func (t *Tagger) scheduledPresent(k, i, j int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.cap || tk.upper || i-k > 12 || tk.end-tk.start < 3 || tk.w() != nil {
		return false
	}
	for m := k + 1; m < i; m++ {
		if t.toks[m].kind == tPunct && !t.dash(m) {
			return false // ("moves, as planned, on Friday": a clause between)
		}
	}
	s := t.text[tk.start:tk.end]
	form := scheduledVerbs[s]
	if form == 0 || !t.subjectHeadAt(k-1, form == plainForm) {
		return false
	}
	return t.weekdayEndsClause(j)
}

// The forms of scheduledVerbs: a third person's, after a subject in the
// singular ("moves"), and the plain one, after a plural ("move").
const (
	sForm uint8 = 1 + iota
	plainForm
)

// scheduledVerbs are the verbs a timetable, a notice or a forecast puts
// in the present for what is to come, beside presentCues (which the cue
// rules read everywhere): a service's change ("moves", "shuts",
// "applies"), a price's or the weather's ("rises", "drops"), an event's
// ("performs", "sentences"). Verbs of what a photograph's caption shows
// ("hold placards", "walks past", "search the rubble", "speaks during a
// news conference") are not among them: a caption tells the past in the
// present.
var scheduledVerbs = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, v := range [][2]string{
		{"moves", "move"}, {"relocates", "relocate"}, {"transfers", "transfer"}, {"switches", "switch"}, {"shuts", "shut"},
		{"rises", "rise"}, {"falls", "fall"}, {"drops", "drop"}, {"changes", "change"}, {"applies", "apply"}, {"stops", "stop"},
		{"finishes", "finish"}, {"lapses", "lapse"}, {"increases", "increase"}, {"doubles", "double"}, {"freezes", "freeze"},
		{"becomes", "become"}, {"ends", "end"}, {"closes", "close"}, {"commences", "commence"}, {"restarts", "restart"},
		{"performs", "perform"}, {"sings", "sing"}, {"headlines", "headline"}, {"tours", "tour"}, {"competes", "compete"},
		{"races", "race"}, {"fights", "fight"}, {"votes", "vote"}, {"decides", "decide"}, {"sentences", "sentence"},
		{"hears", "hear"}, {"debates", "debate"}, {"considers", "consider"}, {"delivers", "deliver"}, {"presents", "present"},
		{"broadcasts", "broadcast"}, {"screens", "screen"}, {"streams", "stream"}, {"joins", "join"}, {"quits", ""},
		{"resigns", "resign"}, {"steps", "step"}, {"hands", "hand"}, {"heads", "head"}, {"tours", "tour"}, {"strikes", "strike"},
		{"brings", "bring"}, {"sweeps", "sweep"}, {"marks", "mark"}, {"commemorates", "commemorate"}, {"honours", "honour"},
		{"honors", "honor"}, {"stages", "stage"}, {"pays", "pay"}, {"lifts", "lift"}, {"eases", "ease"}, {"tightens", "tighten"},
		{"breaks", "break"}, {"starts", "start"}, {"opens", "open"}, {"reopens", "reopen"}, {"takes", "take"}, {"goes", "go"},
		{"expires", "expire"}, {"resumes", "resume"}, {"begins", "begin"}, {"returns", "return"}, {"arrives", "arrive"},
		{"departs", "depart"}, {"leaves", "leave"}, {"launches", "launch"}, {"meets", "meet"}, {"plays", "play"},
		{"hosts", "host"}, {"faces", "face"}, {"visits", "visit"}, {"travels", "travel"}, {"flies", "fly"}, {"runs", "run"},
		{"lasts", "last"}, {"continues", "continue"}, {"concludes", "conclude"}, {"wraps", "wrap"}, {"kicks", "kick"},
	} {
		m[v[0]] = sForm
		if v[1] != "" {
			m[v[1]] = plainForm
		}
	}
	return m
}()

// subjectHeadAt reports whether token h can end the subject of a verb
// in the simple present right after it, and that subject opens its
// clause: a pronoun ("it", "they"), a noun or a name ("The office",
// "Voting", "Applications" for a plural one), after at most an adverb
// ("The office finally moves"), with no verb before it in the clause (not
// "The minister attended talks on Friday", where "talks" is a noun after
// the verb).
func (t *Tagger) subjectHeadAt(h int, plural bool) bool {
	if t.lyAdverb(h) || t.isAny(h, "also", "now", "still", "then", "only", "finally") {
		h-- // "The office finally moves"
	}
	p := t.tok(h)
	if p == nil || p.kind != tWord || p.w() != nil && p.w().function {
		return false
	}
	if plural {
		if t.isAny(h, "they", "we", "you", "i") {
			return true
		}
	} else if t.isAny(h, "he", "she", "it", "who", "which") {
		return true
	}
	if p.w() != nil || t.isAny(h, "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
		"of", "in", "on", "at", "for", "with", "to", "from", "by", "and", "or", "but", "not", "no", "new", "any", "some", "all",
		"they", "we", "you", "i", "he", "she", "it", "who", "which", "there", "here", "what", "than", "as", "if", "so", "be", "been",
		"million", "billion", "trillion", "thousand", "hundred", "dozen", "percent", "cent", "up", "down") {
		return false // (an article, a preposition, a count: the word at k is a noun after it, "886 million shares")
	}
	if plural && !t.pluralNoun(h) {
		// a plural noun for a plain verb ("Applications close"), which a
		// phrase after it may part from the verb ("Applications for the
		// spring intake close")
		m := h - 1
		for m > 0 && m >= h-5 && t.toks[m].kind == tWord && !t.isAny(m, "of", "for", "in", "at", "from", "on", "with") {
			m--
		}
		if m <= 0 || m < h-5 || !t.isAny(m, "of", "for", "in", "at", "from", "on", "with") || !t.pluralNoun(m-1) {
			return false
		}
		h = m - 1
	}
	w := t.lowerWord(h)
	if sameFormPast[w] || t.isAny(h, "put", "let", "set", "read", "cost", "bet", "bid", "cast", "spread") {
		return false // "The minister put plans on hold": a past, the word after it its object
	}
	if c, _ := t.cue(h, true); c != 0 {
		return false // "attended talks", "holds elections": the verb is the word before
	}
	// back to the start of the clause: words of the subject only
	first := h // the clause's first word, so far
	for m := h - 1; m >= 0 && m >= h-8; m-- {
		tk := t.tok(m)
		if tk.kind == tNum {
			return false // "up from 886 million shares Thursday": a count's noun, no subject
		}
		if tk.kind == tPunct {
			if tk.r == '\'' || tk.r == '’' || tk.r == '"' || tk.r == '“' || tk.r == '”' || t.dash(m) && t.glued(m) {
				continue // "the city's museum", "long-awaited"
			}
			break // the sentence's start, a comma: the clause opens after it
		}
		if t.isAny(m, "that", "and", "but", "because", "when", "while", "if", "once", "said", "says", "told", "announced", "confirmed", "added") {
			return true // "Officials said the office moves on Friday": a clause of its own
		}
		if c, stop := t.cue(m, true); stop {
			break
		} else if c != 0 {
			return false // another verb of the clause, which tells
		}
		first = m
	}
	// (not "In Leeds shops close on Sunday", opened by a preposition:
	// which word is the subject is not plain)
	return !t.isAny(first, "in", "on", "at", "for", "from", "by", "with", "during", "after", "before", "since", "until", "of", "to")
}

// weekdayEndsClause reports whether the weekday that ends at token j
// ends its clause ("on Friday.", "on Friday, staff were told", "on Friday
// for two weeks"), not a subject a verb follows ("Train services on
// Sunday were cancelled"), in a sentence that a full stop ends: a line
// with none is a heading ("Police arrest man on Sunday"), which tells the
// past in the present.
func (t *Tagger) weekdayEndsClause(j int) bool {
	m := j
	if w := t.w(m); w != nil && w.part != timeline.NoPart {
		m++ // "on Friday night"
	}
	tk := t.tok(m)
	if tk == nil {
		return false // the text's end with no full stop
	}
	if tk.kind == tPunct {
		if tk.r == '\'' || tk.r == '’' {
			return false // "Friday's"
		}
	} else if !t.isAny(m, "for", "with", "at", "from", "in", "to", "and", "after", "before", "until", "as", "so", "when", "while", "but", "ahead", "into", "under", "instead") {
		return false
	}
	for ; m < len(t.toks) && m < j+60; m++ {
		if m > j && t.newLine(m) && (t.paraStart(m) || t.toks[m].kind != tWord || t.toks[m].cap) {
			return false // a line with no full stop: a heading (a wrapped line goes on in lower case)
		}
		if t.toks[m].kind == tPunct {
			if _, stop := t.cue(m, false); stop {
				r := t.toks[m].r
				return r == '.' || r == '!' || r == '?'
			}
		}
	}
	return m < len(t.toks)
}

// pluralNoun reports whether token k is a word in the plural: one of
// four letters or more in "-s", not "-ss", "-us" nor "-is" ("class",
// "bus", "crisis"), nor "news".
func (t *Tagger) pluralNoun(k int) bool {
	tk := t.tok(k)
	if tk == nil || tk.kind != tWord || tk.end-tk.start < 4 {
		return false
	}
	w := t.text[tk.start:tk.end]
	n := len(w)
	return w[n-1]|0x20 == 's' && w[n-2]|0x20 != 's' && w[n-2]|0x20 != 'u' && w[n-2]|0x20 != 'i' && !t.is(k, "news")
}
