package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline/tempex"
)

// maxTitle is the longest headline, in bytes.
const maxTitle = 90

type headlineResult struct {
	title   string
	speaker string // who speaks, when the event is a statement
	// quoted is who reports the content the event is made of ("We
	// expect the crest on Thursday," the head of the council said): who
	// "we" are.
	quoted string
	// ofPhrase says the title is of the phrase the date is in ("The
	// meeting was held" of "The minutes of the meeting held on 17
	// September were agreed"), not of the sentence's main clause.
	ofPhrase bool
}

// Reporting verbs and the present tense a headline gives them.
var reportingVerbs = map[string]string{
	"said": "says", "says": "says", "say": "say", "told": "says", "tells": "says",
	"stated": "states", "states": "states", "added": "adds", "noted": "notes",
	"notes": "notes", "announced": "announces", "announces": "announces",
	"reported": "reports", "reports": "reports", "warned": "warns", "warns": "warns",
	"claimed": "claims", "claims": "claims", "wrote": "writes", "writes": "writes",
	"insisted": "insists", "argued": "argues", "confirmed": "confirms", "confirms": "confirms",
	"denied": "denies", "denies": "denies", "revealed": "reveals",
	"acknowledged": "acknowledges", "admitted": "admits", "maintained": "maintains",
	"alleged": "alleges", "indicated": "indicates", "indicates": "indicates",
	"explained": "explains", "stressed": "stresses", "urged": "urges",
}

// subordinators open an introductory clause that is not the event's own
// unless the date is in it.
var subordinators = map[string]bool{
	"as": true, "while": true, "although": true, "though": true, "because": true,
	"whereas": true, "if": true, "unless": true, "whatever": true, "whichever": true,
}

// elidedYear reports whether date is a year or a decade written with its
// century left out: "'98", "’98", "the '80s".
func elidedYear(date string) bool {
	date = strings.TrimPrefix(date, "the ")
	return strings.HasPrefix(date, "'") || strings.HasPrefix(date, "’")
}

// backAsThen reports whether "back" after word (the word before it) says
// "then", not a return: "started the shop back in '98", not "came back in
// '98", "brought it back in '98".
func backAsThen(word string) bool {
	lw := strings.ToLower(word)
	return !titleVerb(word) && !strings.HasSuffix(lw, "ed") && !pronouns[lw] && lw != "him" && lw != "them" && lw != "me" && lw != "us"
}

// statePredicates tell a thing's state in a note without a verb: "TC1
// out of service", "back in service", "Lift 2 down".
var statePredicates = map[string]bool{"back": true, "out": true, "off": true, "down": true, "open": true, "closed": true, "shut": true}

// introConjunctions open a subordinate clause before the main one.
var introConjunctions = map[string]bool{"after": true, "before": true, "when": true, "once": true, "as": true, "while": true, "since": true, "until": true}

// amountLeadRe is an amount of time that opens a sentence (before
// "after" or "before"): "Two days ", "A week ", "Three months ".
var amountLeadRe = regexp.MustCompile(`^(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?i:days?|weeks?|months?|years?)\s+`)

// hasSubjectPronoun reports whether s holds a subject pronoun: after a
// reporting verb, "said on Monday they had found a galaxy that formed"
// has its reported clause before the "that", a relative one.
func hasSubjectPronoun(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if pronouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// thirdPerson are the subject pronouns a reported clause's speaker can
// stand in for.
var thirdPerson = map[string]bool{"he": true, "she": true, "it": true, "they": true}

// possessorOf reports whether pronoun names the possessor of speaker
// rather than the speaker: "his wife reported that he had been well" is
// about him, "her lawyers said she would appeal" about her.
func possessorOf(speaker, pronoun string) bool {
	own := map[string]string{"he": "his", "she": "her", "they": "their", "it": "its"}[strings.ToLower(pronoun)]
	return own != "" && strings.EqualFold(firstWord(speaker), own)
}

// pronounIsSpeaker reports whether the subject pronoun of a reported
// clause (rest is what follows it) stands for its speaker: "it" or
// "they" for a body ("The court said it would hear the case"), "he" or
// "she" for a person's name ("Greene said he would retire"), or for a
// singular noun phrase when what follows is the speaker's own plan ("The
// minister said he would resign"). Not a pronoun of another number
// ("Police said he had fled the scene"), and not "he" or "she" of a role
// that tells of someone else ("The coroner said she had died of
// drowning", "The judge said he would be jailed").
func pronounIsSpeaker(speaker, pronoun, rest string) bool {
	words := strings.Fields(speaker)
	if len(words) == 0 {
		return false
	}
	plural := agree(speaker, "says") == "say"
	switch strings.ToLower(pronoun) {
	case "it":
		// not a person's ("Coach Mark Pell said it was the best
		// comeback"), nor what "it was a ..." tells ("The company said
		// it was a difficult year")
		ws := strings.Fields(rest)
		return !plural && !personTitles[strings.Trim(words[0], ".")] &&
			!(len(ws) >= 2 && (ws[0] == "was" || ws[0] == "is") && (ws[1] == "a" || ws[1] == "an" || ws[1] == "the"))
	case "they":
		return plural || !personName(words) || orgNamed(speaker)
	}
	if plural {
		return false
	}
	if personName(words) && !orgNamed(speaker) {
		return true
	}
	// a role's own plan: "would resign", not "would be jailed"
	ws := strings.Fields(rest)
	return len(ws) >= 2 && modalVerbs[strings.ToLower(ws[0])] && ws[1] != "be" && ws[1] != "have" && !strings.HasSuffix(ws[1], "ed")
}

// personTitles open a person's name: "Coach Mark Pell", "Governor
// Reyes".
var personTitles = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Prof": true,
	"Professor": true, "Coach": true, "Governor": true, "Senator": true, "Mayor": true, "President": true,
	"Minister": true, "Inspector": true, "Detective": true, "Sergeant": true, "Constable": true, "Captain": true,
	"Judge": true, "Sir": true, "Dame": true, "Lord": true, "Lady": true, "Councillor": true, "Cllr": true}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// headline builds the title of the event dated by sent[ds:de] (the date
// with its preposition): who did what, from the clause around the date.
//
// Reporting verbs decide whose event it is. When the date sits by the verb
// ("X said on Wednesday that Y", "Y, X said on Wednesday") the event is the
// statement and the title is "X says Y". When the date sits inside the
// reported content ("the report says that in July 2017 the authorities
// began ...") the event is the content's and the title is Y alone: the
// source column already says who reports it. "According to X, Y" is read
// the same way. The date itself is left out of the title (the date column
// shows it), as are appositives, trailing participle phrases and
// parentheses when the title is too long; a title longer than 90 bytes is
// cut at a phrase boundary.
func headline(sent string, ds, de int, others [][2]int, lastActor func(person bool) string) headlineResult {
	if ms := addingThatRe.FindAllStringIndex(sent[:ds], -1); len(ms) > 0 {
		// "The port expects to clear the backlog by Friday, a spokesperson
		// said, adding that the two sides would meet again in early
		// April": the date's own clause is what was added, whose title
		// it gives (not the first statement's)
		cut := ms[len(ms)-1][1]
		var in [][2]int
		for _, o := range others {
			if o[0] >= cut {
				in = append(in, [2]int{o[0] - cut, o[1] - cut})
			}
		}
		if h := headline(sent[cut:], ds-cut, de-cut, in, lastActor); h.title != "" {
			return h
		}
	}
	if t, ok := fieldListTitle(sent, ds, de); ok {
		return headlineResult{title: t}
	}
	if m := addingThatRe.FindStringIndex(sent[de:]); m != nil {
		// "Turnout rose, the council said on Tuesday, noting that the
		// count ended late": the clause added after the date's statement
		// is another statement, no part of this one's title (was "Turnout
		// rose says the count ended late")
		cut := de + m[0]
		sent = sent[:cut] + "."
		others = slices.DeleteFunc(slices.Clone(others), func(o [2]int) bool { return o[1] > cut })
	}
	// "blamed the wet winter of 2023", "after the dry summer of 1976":
	// the date heads a noun phrase whose article and modifiers go with
	// it (the title was "blamed the wet", "after the dry")
	ds = modifiedPeriodStart(sent, ds, de)
	ds, de, others = joinedOpeningDates(sent, ds, de, others)
	if m := limitAfterCommaRe.FindStringIndex(sent[:ds]); m != nil && strings.Trim(sent[m[0]:ds], ", ") != "" && strings.Trim(sent[de:], " .!?") == "" {
		// "We may apply for a possession order, but not earlier than 6
		// April 2026", "must pay the arrears, and in any case no later
		// than": a limit set off after the clause it bounds closes the
		// sentence; the clause is the event (was "Not earlier than")
		ds = m[0]
	}
	if m := asChangedRe.FindStringSubmatchIndex(sent[:ds]); m != nil {
		// "the Housing (Notices) Order 2019 as amended on 3 May 2024",
		// "the contract, as varied on 1 April 2024, be extended": the day
		// is the thing's change, not what the sentence says of it
		np := lastNounPhrase(strings.TrimRight(sent[:m[0]], " ,"))
		if ws := strings.Fields(np); len(ws) >= 2 && !strings.ContainsAny(np, ",;:") && !slices.ContainsFunc(ws[1:], func(w string) bool {
			return titleVerb(w) || w == "and" || w == "or"
		}) { // (not "The plan was published in March and, as updated on")
			be := agree(np, "was")
			if instrumentPlurals[strings.ToLower(ws[len(ws)-1])] {
				be = "were" // "The Regulations were amended"
			}
			return headlineResult{title: finish(titleFirst(np) + " " + be + " " + strings.ToLower(sent[m[2]:m[3]]))}
		}
	}
	if strings.Contains(sent, "(") {
		sent, ds, de, others = dropDefinedTerms(sent, ds, de, others)
	}
	if periodObject(sent, ds, de) {
		// "They remembered the cold winter of 1963 well", "The agency
		// blamed the winter of 2023": a verb's object stays whole (was
		// "They remembered well", "The agency blamed")
		ds = de
	}
	if i := glossAfter(sent, de); i > 0 {
		// "The board meets on Tuesday at 16:00 GMT, i.e. Wednesday 01:00
		// in Seoul": what "i.e." says again is no part of the title
		sent = sent[:i]
		others = slices.DeleteFunc(slices.Clone(others), func(o [2]int) bool { return o[1] > i })
	}
	if t, ok := soldPeriodTitle(sent, ds); ok {
		return headlineResult{title: t}
	}
	if t, ok := dueAfterObjectTitle(sent, ds, de); ok {
		return headlineResult{title: t}
	}
	if t, ok := interestFromTitle(sent, ds, de); ok {
		return headlineResult{title: t}
	}
	if i := strings.Index(sent, ": "); i > 0 && i < ds && len(others) > 0 && listedDates(sent, i+2, ds, others) {
		// "Two drop-in sessions will be held: on Tuesday 16 September
		// 2025 from 4pm to 7pm, and on Saturday 20 September 2025 from
		// 10am to 1pm": the colon opens the list of the dates, each the
		// verb's as if no colon nor comma stood there
		sent = sent[:i] + " " + sent[i+1:]
		for k, o := range others {
			if o[0] == i+2 && sent[o[1]:ds] == ", and " {
				sent = sent[:o[1]] + " and " + sent[ds:]
				ds, de = ds-1, de-1
				others = slices.Clone(others)
				for m := range others {
					if m != k && others[m][0] >= ds {
						others[m][0], others[m][1] = others[m][0]-1, others[m][1]-1
					}
				}
				break
			}
		}
	}
	if name, ok := bracketedEventName(sent, ds, de); ok {
		return headlineResult{title: name}
	}
	return claimed(sent, ds, headlineNumbers(sent, ds, de, others, lastActor))
}

// fieldListTitle returns, for a date that fills a field of a line of
// labelled fields set apart by slashes, bars or middle dots ("Received: 3
// March 2021 / Revised: 12 May 2021 / Accepted: 2 June 2021", a paper's
// history), the field's label: each date is what its own label names
// (the title was the words up to the next label, "/ Accepted" for the
// day revised).
func fieldListTitle(sent string, ds, de int) (string, bool) {
	if ds <= 0 || de > len(sent) || ds >= de {
		return "", false
	}
	fs := strings.LastIndexAny(sent[:ds], "/|·")
	if fs < 0 {
		fs = -1 // (the first field opens the line)
	}
	m := fieldLabelRe.FindStringSubmatch(sent[fs+1 : ds])
	if m == nil {
		return "", false
	}
	rest := sent[de:]
	fe := strings.IndexAny(rest, "/|·")
	if fe < 0 {
		fe = len(rest)
	}
	if strings.Trim(rest[:fe], " .") != "" {
		return "", false // ("Signed: 4 April 1949 by twelve states")
	}
	if fs < 0 && fe == len(rest) {
		return "", false // one field alone is no list
	}
	// the other fields are labelled too ("Received: ... / Revised: ..."),
	// not a slash in words ("Accepted: 2 June 2021 / the editor")
	if fs >= 0 && !fieldLabelRe.MatchString(fieldBefore(sent[:fs])) {
		return "", false
	}
	if fe < len(rest) && !fieldAfterRe.MatchString(rest[fe+len(string([]rune(rest[fe:])[:1])):]) {
		return "", false
	}
	return m[1], true
}

// fieldLabelRe is a field's label before its value, alone in the field:
// "Received: ", " Published online: ".
var fieldLabelRe = regexp.MustCompile(`^\s*(\p{Lu}[\p{L} '’-]{0,30}):\s*$`)

// fieldAfterRe opens the field after a separator: a label and its value.
var fieldAfterRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L} '’-]{0,30}:\s*\S`)

// fieldBefore returns the label part of the field before the separator
// at the end of s: the text after the previous separator up to its colon.
func fieldBefore(s string) string {
	if i := strings.LastIndexAny(s, "/|·"); i >= 0 {
		s = s[i+len(string([]rune(s[i:])[:1])):]
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return s[:i+1]
	}
	return ""
}

// addingThatRe ends a statement's tag that goes on to a further clause
// said: ", adding that", ", saying that", ", noting that".
var addingThatRe = regexp.MustCompile(`,\s+(?:and\s+)?(?:adding|added|saying|noting|warning|stressing|insisting|explaining)\s+that\s+`)

// joinedOpeningDates widens the date s[ds:de] to the list of dates it is
// one of when that list opens the sentence, its dates joined by "and" or
// "or" ("In the 1320s and 1330s prices slowly recovered", "In May and
// June prices fell"): the list is one phrase of the clause all its dates
// date, which the title leaves out whole. The other dates of the list
// leave others.
func joinedOpeningDates(sent string, ds, de int, others [][2]int) (int, int, [][2]int) {
	if len(others) == 0 {
		return ds, de, others
	}
	start, end := ds, de
	var in []int // the indexes in others of the list's other dates
	joined := false
	for grew := true; grew; {
		grew = false
		for k, o := range others {
			if slices.Contains(in, k) || o[0] < 0 || o[1] > len(sent) || o[0] > o[1] {
				continue
			}
			var gap string
			switch {
			case o[0] >= end:
				gap = sent[end:o[0]]
			case o[1] <= start:
				gap = sent[o[1]:start]
			default:
				continue
			}
			switch gap {
			case " and ", " or ", ", and ", ", or ":
				joined = true
			case ", ":
			default:
				continue
			}
			in = append(in, k)
			start, end = min(start, o[0]), max(end, o[1])
			grew = true
		}
	}
	if !joined || strings.TrimSpace(sent[:start]) != "" || end >= len(sent) || sent[end] != ' ' {
		return ds, de, others
	}
	rest := others[:0:0]
	for k, o := range others {
		if !slices.Contains(in, k) {
			rest = append(rest, o)
		}
	}
	return start, end, rest
}

// bracketedTermRe is a defined term in brackets, the way contracts,
// judgments and notices name what they will call a thing: (the
// "Relevant Period"), ("Brightwater"), (together, the "Claimants").
var bracketedTermRe = regexp.MustCompile(`\s?\((?:(?:together|each|collectively|hereinafter)(?:,\s*|\s+))?(?:(?:the|a|an)\s+)?["“'‘][^"”'’()]{1,60}["”'’]\)`)

// dropDefinedTerms takes the defined terms in brackets out of sent, which
// name and tell nothing: "Between 1 January 2019 and 31 March 2022 (the
// "Relevant Period"), Brightwater breached Principle 3" is "Brightwater
// breached Principle 3" (was ", Brightwater breached"), "On 4 May 2020
// (the "Transfer"), the company moved its shares" is "The company moved
// its shares". The dates' offsets move with the text; a bracket that
// holds a date stays, and so does the name of the date itself ("24 June
// 2019 (the "Term Commencement Date")"), which definedDateTitle reads.
func dropDefinedTerms(sent string, ds, de int, others [][2]int) (string, int, int, [][2]int) {
	ms := bracketedTermRe.FindAllStringIndex(sent, -1)
	cloned := false
	for i := len(ms) - 1; i >= 0; i-- {
		a, b := ms[i][0], ms[i][1]
		if a < de && b > ds || slices.ContainsFunc(others, func(o [2]int) bool { return a < o[1] && b > o[0] }) {
			continue
		}
		if a >= de && strings.TrimSpace(sent[de:a]) == "" && definedDateRe.MatchString(sent[a:]) {
			continue // the date's own name, which titles it: "24 June 2019 (the "Term Commencement Date")"
		}
		n := b - a
		sent = sent[:a] + sent[b:]
		if ds >= b {
			ds, de = ds-n, de-n
		}
		if !cloned {
			others, cloned = slices.Clone(others), true
		}
		for k := range others {
			if others[k][0] >= b {
				others[k][0], others[k][1] = others[k][0]-n, others[k][1]-n
			}
		}
	}
	return sent, ds, de, others
}

// glossAfter returns where a gloss opened by "i.e." or "which is" starts
// after byte de of sent (", i.e. ...", " (i.e. ...", ", which is Tuesday
// evening for London"), or 0.
func glossAfter(sent string, de int) int {
	if de > len(sent) {
		return 0
	}
	for _, g := range []string{", i.e. ", ", i.e., ", " (i.e. ", ", ie ", ", which is "} {
		if k := strings.Index(sent[de:], g); k >= 0 {
			return de + k
		}
	}
	return 0
}

// soldPeriodRe ends the words before a date that tells when goods named
// after "of" were sold or made: "initial recall of 3,100 packs sold in the
// UK" before "from June 2023 to November 2023". Group 1 is the goods,
// group 2 the participle and its place.
var soldPeriodRe = regexp.MustCompile(`\b(?:of|for)\s+(?:(?:all|the|affected|[\d][\d,.]*)\s+)*(\p{Ll}[\p{Ll}-]+)\s+((?:sold|made|manufactured|produced|shipped|distributed|supplied|imported|packed|purchased|bought)(?:\s+(?:in|at|to|across|through|via|by)\s+(?:the\s+)?[\p{L}&.-]+(?:\s+[\p{L}&.-]+)?)?)\s+$`)

// soldPeriodTitle titles a date that dates the sale or the making of the
// goods an event is of, not the event: "initial recall of 3,100 packs
// sold in the UK from June 2023 to November 2023" is "Packs sold in the
// UK" for the months (the recall did not last them).
func soldPeriodTitle(sent string, ds int) (string, bool) {
	if w := strings.ToLower(firstWord(sent[ds:])); w != "from" && w != "between" && w != "during" && w != "in" && w != "since" && w != "until" && w != "through" {
		return "", false // (not a deadline: "a discount for bookings made by 30 November 2025")
	}
	m := soldPeriodRe.FindStringSubmatch(sent[:ds])
	if m == nil {
		return "", false
	}
	tail := m[2]
	if w := lastWordOf(tail); datePreps[w] {
		tail = strings.TrimSpace(strings.TrimSuffix(tail, w)) // (the date's own preposition)
	}
	return strings.ToUpper(m[1][:1]) + m[1][1:] + " " + tail, true
}

// dueAfterObjectTitle titles a date in a phrase ", due to ..." set off
// after a clause's object: "The Council has commissioned an external
// review of its capital programme, due to report in January 2025" is "An
// external review of its capital programme is due to report" (what is due
// is the object's, not the clause's, which the other date of the sentence
// may be).
func dueAfterObjectTitle(sent string, ds, de int) (string, bool) {
	k := strings.LastIndex(sent[:ds], ", due to ")
	if k <= 0 || strings.ContainsAny(sent[k+2:ds], ",;:()") {
		return "", false
	}
	ws := strings.Fields(sent[:k])
	start := -1
	for i := len(ws) - 1; i >= 1 && i >= len(ws)-9; i-- {
		w := ws[i]
		if strings.ContainsAny(w, ",;:()\"“”") {
			break
		}
		if titleVerb(w) || auxiliaries[strings.ToLower(w)] || modalVerbs[strings.ToLower(w)] {
			if start < 0 || start != i+1 || !setUpVerbs[strings.ToLower(w)] {
				// the object right after a verb that sets it up, or
				// none ("The ship left the harbour, due to arrive in
				// Oslo on Friday": the ship is due)
				return "", false
			}
			np := strings.Join(ws[start:], " ")
			be := "is"
			if agree(np, "was") == "were" {
				be = "are"
			}
			end := len(sent)
			if c := strings.IndexAny(sent[de:], ",;:"); c >= 0 {
				end = de + c
			}
			phrase := strings.Join(strings.Fields(strings.TrimRight(removeSpan(sent[k+2:end], ds-k-2, de-k-2), " .!?")), " ")
			return titleFirst(np) + " " + be + " " + phrase, true
		}
		if lw := strings.ToLower(w); lw == "a" || lw == "an" || lw == "the" || lw == "its" || lw == "their" || lw == "our" || lw == "his" || lw == "her" {
			start = i
		}
	}
	return "", false
}

// interestBeforeRe ends the words before the day interest added to a
// sum runs from: "together with interest ", "with interest at 8% a year ",
// "plus interest " (not "has charged interest since": the verb's). Group
// 1 is the rate.
var interestBeforeRe = regexp.MustCompile(`(?i)\b(?:with|plus)\s+interest((?:\s+(?:at|of)\s+[^,;:()]{1,30}?)?)\s+$`)

// interestFromTitle titles the day interest runs from: "Judgment was
// entered for the Claimant in the sum of £598,400 together with interest
// from 14 June 2019 at 2% above base rate" is "Interest runs at 2% above
// base rate" for 14 June 2019 (the judgment was not entered then).
func interestFromTitle(sent string, ds, de int) (string, bool) {
	if !strings.EqualFold(firstWord(sent[ds:de]), "from") {
		return "", false
	}
	m := interestBeforeRe.FindStringSubmatchIndex(sent[:ds])
	if m == nil {
		return "", false
	}
	end := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:("); c >= 0 {
		end = de + c
	}
	rate := strings.TrimSpace(sent[m[2]:m[3]])
	if tail := strings.TrimRight(strings.TrimSpace(sent[de:end]), ".!? "); tail != "" {
		rate = strings.TrimSpace(rate + " " + tail)
	}
	if rate == "" {
		return "Interest runs", true
	}
	return "Interest runs " + rate, true
}

// setUpVerbs set up a thing whose work is still to come: what is due
// after their object is the object's.
var setUpVerbs = map[string]bool{"commissioned": true, "appointed": true, "launched": true, "established": true, "ordered": true,
	"announced": true, "created": true, "formed": true, "convened": true, "instructed": true, "engaged": true, "hired": true,
	"awarded": true, "signed": true, "approved": true, "opened": true, "started": true, "began": true, "set": true}

// bracketedEventName returns the name of a named event whose days stand
// alone in brackets right after it: "to avoid the Kelby Food Festival
// (27–28 September 2025)" is the Kelby Food Festival's, whatever the
// sentence's verb tells of (but not the sentence's subject's).
func bracketedEventName(sent string, ds, de int) (string, bool) {
	if ds < 2 || de >= len(sent) || sent[ds-1] != '(' || sent[de] != ')' || sent[ds-2] != ' ' {
		return "", false
	}
	m := bracketedEventRe.FindStringSubmatchIndex(sent[:ds-2])
	if m == nil {
		return "", false
	}
	if lead := strings.ToLower(strings.TrimSpace(sent[:m[2]])); lead == "" || lead == "the" || lead == "a" {
		return "", false // "The Harrogate Flower Show (24 April 2025) drew record crowds": the subject, the sentence its own
	}
	return sent[m[2]:m[3]], true
}

// bracketedEventRe ends the words before a bracket with the name of an
// event in capitals, its last word a kind of event: "the Kelby Food
// Festival", "Harrogate Flower Show".
var bracketedEventRe = regexp.MustCompile(`(?:^|\s)((?:\p{Lu}[\p{L}'’&-]*\s+){1,5}(?:Festival|Fair|Show|Games|Conference|Summit|Carnival|Marathon|Championships?|Tournament|Regatta|Exhibition|Expo|Congress|Rally|Parade|Gala))$`)

// listedDates reports whether the text from byte at of sent, after a
// colon, opens with one of the dates of the sentence (one of others) and
// the date ds is the next, after ", and ", " and " or ", ":
// "held: on Tuesday ..., and on Saturday ...".
func listedDates(sent string, at, ds int, others [][2]int) bool {
	for _, o := range others {
		if o[0] == at && o[1] < ds && o[1] <= len(sent) {
			gap := sent[o[1]:ds]
			return gap == ", and " || gap == " and " || gap == ", "
		}
	}
	return false
}

// claimVerbs report what is contested, not established: a title made of
// what is claimed keeps who claims it ("A post claims the reservoir was
// built", not "The reservoir was built").
// claimWordRe finds a form of a claim verb, before findReporting is asked.
var claimWordRe = regexp.MustCompile(`(?i)\b(?:claim|alleg|assert|contend|insist|maintain)`)

var claimVerbs = map[string]bool{"claims": true, "alleges": true, "asserts": true, "contends": true, "insists": true, "maintains": true}

// claimed keeps the claimant in a title made of a claim's content.
func claimed(sent string, ds int, res headlineResult) headlineResult {
	if res.title == "" || !claimWordRe.MatchString(sent) {
		return res // (the reporting verb is sought again only when one may be a claim)
	}
	rv, ok := findReporting(sent)
	if !ok || !claimVerbs[rv.present] || ds < rv.bodyStart || ds >= rv.bodyEnd || res.title == "" {
		return res
	}
	speaker := bestSpeaker(strings.TrimSpace(rv.speaker))
	if speaker == "" || strings.Contains(res.title, rv.present) || strings.HasPrefix(strings.ToLower(res.title), strings.ToLower(speaker)) {
		return res
	}
	res.title = finishWithPrefix(cleanHeadline(speaker)+" "+agree(speaker, rv.present)+" ", lowerFirstUnlessName(res.title))
	return res
}

func headlineNumbers(sent string, ds, de int, others [][2]int, lastActor func(person bool) string) headlineResult {
	if !strings.Contains(sent, ",") {
		return headlineOf(sent, ds, de, others, lastActor)
	}
	// "Match funding of £29,700 has been confirmed": a thousands
	// separator splits no clause. It is hidden (one byte for one, so
	// that the offsets hold) while the clauses are read.
	digitComma := func(i int) bool {
		return sent[i] == ',' && sent[i-1] >= '0' && sent[i-1] <= '9' && sent[i+1] >= '0' && sent[i+1] <= '9'
	}
	first := -1
	for i := 1; i+1 < len(sent) && first < 0; i++ {
		if digitComma(i) {
			first = i
		}
	}
	if first < 0 {
		return headlineOf(sent, ds, de, others, lastActor)
	}
	b := []byte(sent)
	for i := first; i+1 < len(b); i++ {
		if digitComma(i) {
			b[i] = numberComma
		}
	}
	res := headlineOf(string(b), ds, de, others, lastActor)
	unhide := func(s string) string { return strings.ReplaceAll(s, string(rune(numberComma)), ",") }
	res.title, res.speaker, res.quoted = unhide(res.title), unhide(res.speaker), unhide(res.quoted)
	return res
}

// clauseTitleRules title a date by the clause or phrase it belongs to in a
// sentence of more than one (a gapped second clause, a participle or
// bracketed phrase, a record date, a named meeting, a gerund's lead-in),
// in order; the first that applies gives the title.
var clauseTitleRules = []func(sent string, ds, de int, others [][2]int) (string, bool){
	havingTitle,
	openingParticipleTitle,
	offenceTitle,
	definedDateTitle,
	beingDateTitle,
	gappedFigureTitle,
	gappedSubjectTitle,
	gappedPrepTitle,
	gappedDatePhraseTitle,
	func(sent string, ds, de int, _ [][2]int) (string, bool) { return possessedAfterBound(sent, ds, de) },
	trailingParticipleTitle,
	func(sent string, ds, de int, _ [][2]int) (string, bool) { return bracketParticipleTitle(sent, ds, de) },
	func(sent string, ds, _ int, others [][2]int) (string, bool) { return recordDateTitle(sent, ds, others) },
	namedMeetingTitle,
	func(sent string, ds, de int, _ [][2]int) (string, bool) { return gerundLeadTitle(sent, ds, de) },
	whoAfterDateTitle,
	namedOfDateTitle,
	comparedTitle,
	timedListTitle,
	birthLabelTitle,
	referralSeenTitle,
	chainedStepTitle,
	havingAfterDateTitle,
	whereClauseTitle,
}

// whereClauseTitle titles a date inside a "where" clause set off after a
// place's name: "Residents of Millbank, where 120 homes flooded on Boxing
// Day 2015, said they were exhausted" is "120 homes flooded in Millbank"
// for Boxing Day 2015 (the main clause is no event of that day). The
// clause needs a verb of its own and the place a name.
func whereClauseTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	k := strings.LastIndex(sent[:ds], ", where ")
	if k <= 0 || strings.ContainsAny(sent[k+len(", where "):ds], ",;:()\"“”") {
		return "", false
	}
	end := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:"); c >= 0 {
		end = de + c
	}
	if slices.ContainsFunc(others, func(o [2]int) bool { return o[0] > k && o[1] <= end && o[0] != ds }) {
		return "", false
	}
	// the place: the capitalised words that end what comes before
	ws := strings.Fields(sent[:k])
	n := 0
	for n < len(ws) && n < 4 && unicode.IsUpper(firstRune(ws[len(ws)-1-n])) {
		n++
	}
	if n == 0 || n == len(ws) {
		return "", false // no name, or the sentence's first word only
	}
	if len(ws) > n && ws[len(ws)-1-n] == "the" {
		n++ // "the New York Stock Exchange"
	}
	place := strings.Join(ws[len(ws)-n:], " ")
	clause := strings.TrimRight(strings.TrimSpace(removeSpan(sent[k+len(", where "):end], ds-k-len(", where "), de-k-len(", where "))), ".!? ")
	cw := strings.Fields(clause)
	if len(cw) < 2 || !hasVerb(cw) || !unicode.IsLower(firstRune(clause)) && !unicode.IsDigit(firstRune(clause)) {
		return "", false
	}
	return titleFirst(clause) + " in " + place, true
}

// havingAfterDateTitle titles a date in a perfect participle phrase that
// follows the main clause's own date: "He entered the Chamber of Deputies
// in October 1889, having failed to win the seat the previous year in a
// by-election" is "He failed to win the seat in a by-election" for the
// previous year (the main clause is the other date's).
func havingAfterDateTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	h := strings.LastIndex(sent[:ds], ", having ")
	if h < 0 || strings.ContainsAny(sent[h+2:ds], ",;:()") {
		return "", false
	}
	if !slices.ContainsFunc(others, func(o [2]int) bool { return o[1] <= h && strings.TrimSpace(sent[o[1]:h]) == "" }) {
		return "", false
	}
	from := h + len(", having ")
	if p := firstWord(sent[from:]); !isLowerWord(p) || !pastParticipleRe.MatchString(p) {
		return "", false
	}
	sv := subjectVerb(sent[:h])
	k := strings.LastIndexByte(sv, ' ')
	if k <= 0 {
		return "", false
	}
	subj := sv[:k]
	if fw := strings.ToLower(firstWord(subj)); !pronouns[fw] && !personName(strings.Fields(subj)) {
		return "", false
	}
	to := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:("); c >= 0 {
		to = de + c
	}
	body := strings.TrimRight(removeSpan(sent[from:to], ds-from, min(de, to)-from), ".!? ")
	if len(strings.Fields(body)) < 2 {
		return "", false
	}
	return subj + " " + body, true
}

// chainLinks open a step of a chain of three dated steps or more: "She underwent
// lumpectomy on 11/30/2021, followed by four cycles of docetaxel from
// January through March 2022, then whole-breast radiation completed on
// 05/27/2022".
var chainLinks = []string{", followed by ", ", then ", "; then ", ", and then "}

// chainedStepTitle titles a date of a step of such a chain after the
// first by its step, "Four cycles of docetaxel", "Whole-breast radiation
// completed", not by the first step's clause.
func chainedStepTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	from, n := -1, 0
	for _, l := range chainLinks {
		if k := strings.LastIndex(sent[:ds], l); k > from {
			from, n = k, len(l)
		}
	}
	if from < 0 {
		return "", false
	}
	links := 0
	for _, l := range chainLinks {
		links += strings.Count(sent, l)
	}
	if links < 2 || len(others) < 2 {
		return "", false // (one link: "The report will be published on 26 October, followed by a webcast at 10:00" is one event told whole)
	}
	// a date before the link (the chain's first step), none between
	// the link and this one
	first := false
	for _, o := range others {
		if o[1] <= from {
			first = true
		}
		if o[0] >= from+n && o[0] < ds {
			return "", false
		}
	}
	if !first {
		return "", false
	}
	end := len(sent)
	if k := strings.IndexAny(sent[de:], ",;"); k >= 0 {
		end = de + k
	}
	for _, o := range others {
		if o[0] >= de && o[0] < end {
			end = o[0] // (the range's end: "from January through March 2022")
		}
	}
	step := removeSpan(sent[from+n:end], ds-from-n, min(de, end)-from-n)
	step = strings.Join(strings.Fields(strings.TrimRight(step, " .!?")), " ")
	ws := strings.Fields(step)
	if len(ws) < 2 || len(ws) > 10 || pronouns[strings.ToLower(ws[0])] || datePreps[strings.ToLower(ws[0])] || functionWords[strings.ToLower(ws[0])] {
		return "", false // (no step of its own: "..., then in London from 1991")
	}
	if w := strings.ToLower(ws[0]); isVerbWord(w) || titleVerb(w) || strings.HasSuffix(w, "ed") || !strings.HasPrefix(sent[from:], ", followed by ") && !hasVerb(ws[1:]) {
		// the first step's subject's next deed ("Prices rose in 2001,
		// then fell in 2002"), which is no step of its own: "then" needs
		// a thing and what was done to it ("then whole-breast radiation
		// completed on 05/27/2022")
		return "", false
	}
	if lw := strings.ToLower(ws[len(ws)-1]); datePreps[lw] || lw == "through" || lw == "to" {
		ws = ws[:len(ws)-1] // (a range's link left by its end: "through")
	}
	if len(ws) < 2 {
		return "", false
	}
	return titleFirst(strings.Join(ws, " ")), true
}

// referralSeenRe is a referral letter's courtesy up to the verb of the
// clause that tells when the writer saw the patient: "Thank you for
// seeing this 36-year-old man, whom I saw " (group 1 the verb).
var referralSeenRe = regexp.MustCompile(`^(?i:(?:many\s+)?thanks?(?:\s+you)?\s+for\s+(?:seeing|reviewing|assessing)|i\s+would\s+be\s+grateful\s+if\s+you\s+(?:could|would)\s+(?:see|review|assess))\b[^.;:]*?,\s+(?:whom|who)\s+(?:I|we)\s+(?:first\s+)?(saw|met|reviewed|examined|assessed)\s`)

// referralSeenTitle titles the day a referral letter's writer saw the
// patient, told in a clause after its courtesy ("Thank you for seeing
// this man, whom I saw in surgery yesterday with chest tightness"): the
// clause, "Seen in surgery with chest tightness", not the courtesy.
func referralSeenTitle(sent string, ds, de int, _ [][2]int) (string, bool) {
	m := referralSeenRe.FindStringSubmatchIndex(sent)
	if m == nil || ds < m[1] {
		return "", false
	}
	verb := strings.ToLower(sent[m[2]:m[3]])
	if verb == "saw" {
		verb = "seen"
	}
	end := len(sent)
	if k := strings.IndexAny(sent[de:], ";."); k >= 0 {
		end = de + k
	}
	rest := removeSpan(sent[m[1]:end], ds-m[1], de-m[1])
	rest = strings.Join(strings.Fields(strings.Trim(rest, " ,")), " ")
	return titleFirst(strings.TrimSpace(verb + " " + rest)), true
}

// birthNameRe is a person's name and a birth date's label up to the date,
// after a letter's "Re:": "Re: Thomas Brennan, DOB ", "Priya Raman, born
// ", "RE: Denise Calloway   DOB: " (group 1 the name).
var birthNameRe = regexp.MustCompile(`^(?:(?i:re|patient|name)\s*:\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})(?:,\s*|\s{2,})(?i:dob|d\.o\.b\.?|date\s+of\s+birth|born)\s*:?\s*$`)

// birthLabelTitle titles the birth date a letter gives after a patient's
// name ("Re: Thomas Brennan, DOB 17/06/1988, NHS no. 943 476 5919"):
// "Thomas Brennan born", the identifiers after it no part of it.
func birthLabelTitle(sent string, ds, _ int, _ [][2]int) (string, bool) {
	m := birthNameRe.FindStringSubmatch(sent[:ds])
	if m == nil || !personName(strings.Fields(m[1])) {
		return "", false
	}
	return m[1] + " born", true
}

// timedListTitle titles a date of a list of items without verbs, each
// words and then its date ("Anaesthetic start 08:42, knife to skin
// 09:10, closure 10:35."): the words of the date's own item.
func timedListTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	if len(others) == 0 || len(others) > 8 {
		return "", false
	}
	spans := append([][2]int{{ds, de}}, others...)
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	if tail := strings.TrimSpace(sent[spans[len(spans)-1][1]:]); tail != "" && tail != "." && tail != ";" {
		return "", false
	}
	own := ""
	from := 0
	for k, sp := range spans {
		if sp[0] < from {
			return "", false
		}
		item := sent[from:sp[0]]
		if k > 0 {
			switch {
			case strings.HasPrefix(item, ", and "):
				item = item[len(", and "):]
			case strings.HasPrefix(item, ", "), strings.HasPrefix(item, "; "):
				item = item[2:]
			default:
				return "", false
			}
		}
		words := strings.Fields(item)
		if len(words) == 0 || len(words) > 4 || strings.ContainsAny(item, ",;:.()0123456789") || hasVerb(words) {
			return "", false
		}
		for _, w := range words {
			// (no clause: "on Sunday 27 October, when British Summer Time
			// ends at 02:00"; no preposition of the date's: "closure at
			// 10:35")
			if lw := strings.ToLower(w); functionWords[lw] && lw != "to" && lw != "of" || datePreps[lw] || subjectPronouns[lw] {
				return "", false
			}
		}
		if sp[0] == ds {
			own = strings.Join(words, " ")
		}
		from = sp[1]
	}
	if own == "" {
		return "", false
	}
	return own, true
}

// comparedTitle titles a date in the comparison that closes a sentence
// of a figure ("Turnout was 28%, compared with 34% at the full council
// elections last May"): the figure the comparison gives, "Turnout was 34%
// at the full council elections", not the sentence's own figure.
func comparedTitle(sent string, ds, de int, _ [][2]int) (string, bool) {
	k, n := -1, 0
	for _, m := range []string{", compared with ", ", compared to ", ", against ", ", versus "} {
		if i := strings.LastIndex(sent[:ds], m); i > k {
			k, n = i, len(m)
		}
	}
	if k <= 0 || strings.ContainsAny(sent[k+n:ds], ",;:()") {
		return "", false
	}
	ws := strings.Fields(sent[:k])
	end := len(sent)
	if c := strings.IndexAny(sent[de:], ",;"); c >= 0 {
		end = de + c
	}
	phrase := strings.Join(strings.Fields(strings.TrimRight(removeSpan(sent[k+n:end], ds-k-n, de-k-n), " .!?")), " ")
	v := slices.IndexFunc(ws, func(w string) bool { return w == "was" || w == "were" || w == "is" || w == "are" || w == "stood" })
	if v < 0 {
		// "The Council reported a deficit of £14.2 million for the year
		// ended 31 March 2024, compared with a deficit of £9.8 million in
		// 2022/23": the verb's object compared, "The Council reported a
		// deficit of £9.8 million" (was the sentence's own figure)
		if f := strings.Fields(phrase); len(f) < 3 || f[0] != "a" && f[0] != "an" || !strings.ContainsAny(phrase, "0123456789") {
			return "", false
		}
		v = slices.IndexFunc(ws, func(w string) bool { return isLowerWord(w) && pastOrModal(w) && !modalVerbs[w] })
		if v < 1 || v > 4 || slices.ContainsFunc(ws[:v], titleVerb) || v+1 >= len(ws) || ws[v+1] != "a" && ws[v+1] != "an" {
			// no object of the same kind: the figure compared alone
			// ("Revenue rose 12% in 2024, compared with a fall of 3%
			// in 2023" is "A fall of 3%")
			return titleFirst(phrase), true
		}
		return strings.Join(ws[:v+1], " ") + " " + phrase, true
	}
	if v < 1 || v > 4 || v+1 >= len(ws) || slices.ContainsFunc(ws[:v], titleVerb) || !strings.ContainsAny(strings.Join(ws[v+1:], " "), "0123456789") {
		return "", false // (a figure's sentence: "Turnout was 28%")
	}
	if phrase == "" || !unicode.IsDigit(firstRune(strings.TrimLeft(phrase, "$£€"))) {
		return "", false
	}
	subj := strings.Join(ws[:v], " ")
	verb := ws[v]
	if verb == "is" || verb == "stood" {
		verb = "was"
	} else if verb == "are" {
		verb = "were"
	}
	return subj + " " + verb + " " + phrase, true
}

// nameStart returns where the run of capitalised words that ends ws
// starts (a name: "First-tier Tribunal Judge Amis", "Queen Victoria's
// Diamond Jubilee"), len(ws) when the last word is none.
func nameStart(ws []string) int {
	k := len(ws)
	for k > 0 && unicode.IsUpper(firstRune(ws[k-1])) && !strings.ContainsAny(ws[k-1], ",;:()\"“”") {
		k--
	}
	return k
}

// namedOfDateTitle titles a date that names which one of a named event
// a sentence dated otherwise speaks of ("The tenor was recast in 1898 for
// Queen Victoria's Diamond Jubilee of the previous year"): the event's
// name, "Queen Victoria's Diamond Jubilee", not the recasting of the
// other date.
func namedOfDateTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	before := strings.TrimRight(sent[:ds], " ")
	if !strings.HasSuffix(before, " of") {
		return "", false
	}
	if _, ok := lastBefore(others, ds); !ok {
		return "", false // (the sentence's own date before it)
	}
	ws := strings.Fields(strings.TrimSuffix(before, " of"))
	k := nameStart(ws)
	if len(ws)-k < 2 || k == 0 {
		return "", false
	}
	name := strings.Join(ws[k:], " ")
	switch lw := strings.ToLower(ws[k-1]); {
	case lw == "the":
		name = "The " + name
	case !datePreps[lw] && lw != "for" && lw != "to" && lw != "during" && lw != "after" && lw != "before":
		return "", false // (a name after a preposition: "for Queen Victoria's Diamond Jubilee")
	}
	return name, true
}

// whoAfterDateTitle titles a date in a "who" clause that closes the
// sentence after the name and date of its main clause ("The appeal came
// before First-tier Tribunal Judge Amis on 4 December 2019, who dismissed
// it in a decision promulgated on 20 January 2020"): the one named does
// what the clause tells, "First-tier Tribunal Judge Amis dismissed it in a
// decision promulgated", not the main clause again.
func whoAfterDateTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	w := strings.LastIndex(sent[:ds], ", who ")
	if w <= 0 || strings.Trim(sent[de:], " .!?") != "" || strings.ContainsAny(sent[w+2:ds], ",;:()") {
		return "", false
	}
	o, ok := lastBefore(others, w+1)
	if !ok || strings.TrimSpace(sent[o[1]:w]) != "" || slices.ContainsFunc(others, func(x [2]int) bool { return x[0] > w }) {
		return "", false // (the main clause's date right before the comma: "who" passes over it to the name)
	}
	head := strings.Fields(sent[:o[0]])
	if n := len(head); n > 0 && datePreps[strings.ToLower(head[n-1])] {
		head = head[:n-1]
	}
	k := nameStart(head)
	if len(head)-k < 2 || k == 0 || unicode.IsUpper(firstRune(head[k-1])) {
		return "", false // (a name of two words at least, after a word of the clause)
	}
	rest := sent[w+len(", who "):]
	if v := firstWord(rest); !pastOrModal(v) || modalVerbs[v] || !unicode.IsLower(firstRune(v)) {
		return "", false
	}
	tail := removeSpan(rest, ds-(w+len(", who ")), de-(w+len(", who ")))
	tail = strings.Join(strings.Fields(strings.TrimRight(tail, " .!?")), " ")
	return strings.Join(head[k:], " ") + " " + tail, true
}

// listGap reports whether the text between two dates joins them as items
// of one list: " and ", ", ", " and then ", " and again ".
// countedOn reports whether date, a date's text, counts on from another
// ("three years later", "a week earlier", "the day after"): it dates a
// clause of its own after "and", no item of a list of dates ("The line
// closed in 1964 and three years later the station was demolished").
func countedOn(date string) bool {
	switch strings.ToLower(lastWordOf(date)) {
	case "later", "earlier", "afterwards", "afterward", "after", "before", "beforehand", "previously":
		return strings.Contains(strings.TrimSpace(date), " ")
	}
	return false
}

// datedClause reports whether date, with its preposition, opens a
// clause with a subject of its own (rest is what follows it): "in August
// the council agreed", "in 1995 it moved to Leeds", after "and" no item
// of a list of dates ("We met in July and in August the council agreed").
func datedClause(date, rest string) bool {
	if !datePreps[strings.ToLower(firstWord(date))] {
		return false
	}
	ws := strings.Fields(strings.TrimLeft(rest, ", "))
	if len(ws) < 2 {
		return false
	}
	lw := strings.ToLower(ws[0])
	if subjectPronouns[lw] {
		return titleVerb(strings.TrimRight(ws[1], ".!?")) // (the clause's end too: "and in 1995 she died.")
	}
	return determiners[lw] && lw != "of" && ownSubject(strings.Join(ws, " "))
}

func listGap(gap string) bool {
	switch gap {
	case " and ", " or ", ", ", " & ", " and then ", " and again ":
		return true
	}
	return false
}

// closesPhrase reports whether the comma between the date o and the
// date at ds closes a participle phrase set off by commas that o ends
// ("We visited the mill, erected in 1790, in 2015"): the two are no
// list, for a list of two is joined by "and", and a comma alone stands
// between them only when more follow ("in 1990, in 1995 and in 2001",
// which the caller has joined before it asks).
func closesPhrase(sent string, o [2]int, ds, de int, others [][2]int) bool {
	if sent[o[1]:ds] != ", " {
		return false
	}
	if _, close, ok := participlePhrase(sent[:ds], o[0], o[1]); !ok || close != o[1]+1 {
		return false
	}
	return !slices.ContainsFunc(others, func(n [2]int) bool { return n[0] >= de && listGap(sent[de:n[0]]) })
}

// nameListRe is a subject of a few words and the names it stands for, set
// off by commas: "The crew, Reid Wiseman, Victor Glover and Christina
// Koch, " (group 1 the subject).
var nameListRe = regexp.MustCompile(`^((?:The|A|An|Its|Their|His|Her|Our) [a-z][\w-]*(?: [a-z][\w-]*){0,2}), (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, )*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},? (?:and|&) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, `)

// numberComma stands for a thousands separator while headline reads a
// sentence's clauses (a control character no text holds).
const numberComma = '\x1f'

// havingTitle titles a date inside a clause of "having" and a past
// participle after the main clause: "Whitlock was sentenced on Thursday
// having pleaded guilty at an earlier hearing in October" is, for October,
// "Whitlock had pleaded guilty at an earlier hearing": the main clause's
// subject did it before, no sentencing then.
func havingTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	i := strings.LastIndex(sent[:ds], " having ")
	if i <= 0 {
		return "", false
	}
	from := i + len(" having ")
	if w := firstWord(sent[from:]); !pastParticipleRe.MatchString(w) || strings.ContainsAny(sent[from:ds], ";:()") || strings.Contains(sent[from:ds], ", and ") {
		return "", false
	}
	end := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:("); c >= 0 {
		end = de + c
	}
	sv := subjectVerb(strings.TrimRight(sent[:i], ","))
	k := strings.LastIndexByte(sv, ' ')
	if k <= 0 {
		return "", false
	}
	subj := sv[:k]
	if w := strings.ToLower(firstWord(subj)); leadPreps[w] || datePreps[w] || subordinators[w] {
		return "", false
	}
	body := sent[from:end]
	spans := [][2]int{{ds, de}}
	for _, o := range others {
		if o[0] >= from && o[1] <= end {
			spans = append(spans, o)
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return b[0] - a[0] })
	for _, o := range spans {
		body = removeSpan(body, o[0]-from, o[1]-from)
	}
	if len(strings.Fields(body)) < 2 {
		return "", false
	}
	return subj + " had " + strings.TrimSpace(body), true
}

// definedDateRe is the name a contract defines for the date before it:
// ` (the "Term Commencement Date")`.
var definedDateRe = regexp.MustCompile(`^\s*\((?:the\s+)?["“]([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+Date)["”]\)`)

// definedDateTitle titles a date by the name the text defines for it in
// brackets right after it: "Term: 10 years from and including 24 June
// 2019 (the "Term Commencement Date")" is the Term Commencement Date.
func definedDateTitle(sent string, ds, de int, _ [][2]int) (string, bool) {
	if m := definedDateRe.FindStringSubmatch(sent[de:]); m != nil {
		return m[1], true
	}
	return "", false
}

// beingDateTitle titles a date that says what a thing named before it is,
// after ", being": "The rent shall be reviewed on each Review Date, being
// 24 June 2024 and the expiry of the Term" is, for 24 June 2024, "The
// rent shall be reviewed on each Review Date" (the list of what it is
// goes with the date).
func beingDateTitle(sent string, ds, _ int, _ [][2]int) (string, bool) {
	i := strings.LastIndex(sent[:ds], ", being ")
	if i <= 0 || i+len(", being ") != ds || len(strings.Fields(sent[:i])) < 3 {
		return "", false
	}
	return sent[:i], true
}

// chargeVerbRe ends the words of a plea or a charge before the date of
// the court's act: "Coles pleaded guilty", "was charged".
var chargeVerbRe = regexp.MustCompile(`\b(?:pleaded|pleads|pled) (?:not )?guilty$|\b(?:admitted|admits|denied|denies|charged|accused|convicted|acquitted|cleared|sentenced)$`)

// offenceObjectRe opens the offence after the court's date: " to theft",
// " with burglary", " of assault".
var offenceObjectRe = regexp.MustCompile(`^,? (?:to|with|of|for) `)

// offenceTitle titles the date of an offence named after a plea or a
// charge that has a date of its own: "Coles pleaded guilty on 11 February
// 2025 to theft from a shop at Tesco Extra on 2 January 2025" is, for 2
// January, "Theft from a shop at Tesco Extra", no plea then.
func offenceTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	for _, o := range others {
		if o[1] >= ds || !chargeVerbRe.MatchString(strings.TrimRight(sent[:o[0]], " ")) {
			continue
		}
		m := offenceObjectRe.FindStringIndex(sent[o[1]:ds])
		if m == nil {
			continue
		}
		np := strings.TrimSpace(sent[o[1]+m[1] : ds])
		ws := strings.Fields(np)
		if len(ws) < 1 || len(ws) > 12 || strings.ContainsAny(np, ",;:()") || hasVerb(ws) || !unicode.IsLower(firstRune(np)) {
			continue
		}
		if pronouns[strings.ToLower(ws[0])] {
			continue
		}
		return titleFirst(np), true
	}
	return "", false
}

// infinitiveTakers are words a verb's "to" infinitive follows: "need to
// arrange", "plan to replace".
var infinitiveTakers = map[string]bool{
	"need": true, "needs": true, "needed": true, "want": true, "wants": true, "wanted": true, "plan": true, "plans": true,
	"planned": true, "have": true, "has": true, "had": true, "going": true, "able": true, "decided": true, "agreed": true,
	"intend": true, "intends": true, "hope": true, "hopes": true, "try": true, "tried": true, "asked": true, "required": true,
}

// labelBodyEnd returns where the event after a date's label and its colon
// ends ("Bank holiday Monday 26 May: the closure is extended, and trams
// will resume on Tuesday 27 May"): the end of the last clause after the
// label's before the clause of the next date, or the sentence's end when
// no date follows; no more than clauses[1].Start when the clause right
// after the colon tells a date of its own.
func labelBodyEnd(sent string, clauses []Segment, others [][2]int) int {
	end := clauses[len(clauses)-1].End
	cut := false
	for _, o := range others {
		if o[0] < clauses[0].End {
			continue
		}
		if o[0] >= clauses[len(clauses)-1].End {
			cut = true // (a date of a part cut off the sentence already)
			continue
		}
		for j := 1; j < len(clauses); j++ {
			if o[0] < clauses[j].End {
				end = min(end, clauses[j-1].End)
				break
			}
		}
	}
	if (cut || end < clauses[len(clauses)-1].End) && end > clauses[1].Start && !hasVerb(strings.Fields(sent[clauses[1].Start:end])) {
		// ("Lesson 2 (Tuesday): Homework: timeline of July 1914, due
		// Friday 12 September": no clause of what happens then)
		return clauses[1].Start
	}
	return end
}

func headlineOf(sent string, ds, de int, others [][2]int, lastActor func(person bool) string) headlineResult {
	var res headlineResult
	de = withZoneWords(sent, de)
	if len(others) > 0 {
		// the other dates' zones go with them too ("12:50 GMT¶The storm
		// was named on Sunday" was titled "GMT The storm was named")
		ext := make([][2]int, len(others))
		for k, o := range others {
			ext[k] = o
			if o[0] >= 0 && o[1] <= len(sent) {
				if e := withZoneWords(sent, o[1]); !(o[1] <= ds && e > ds) {
					ext[k][1] = e
				}
			}
		}
		others = ext
	}
	if loc := datelineRe.FindStringIndex(sent); loc != nil && ds >= loc[1] && strings.Count(sent[:loc[1]], "(") == strings.Count(sent[:loc[1]], ")") {
		// "OXFORD, England, Oct. 18, 2023 — Dame Helen Lang, ..., died
		// on Monday": the dateline is no part of any reading of the
		// sentence (a life's "Name, ..., died" opens it); not a bracket
		// opened before a dash ("NASH, Eileen (b. 30 Nov 1932 – d. ...")
		sent, ds, de = sent[loc[1]:], ds-loc[1], de-loc[1]
		others = shiftSpans(others, loc[1])
	}
	sent, ds, de, others = nameAgeAddress(sent, ds, de, others)
	if m := capsDashLabelRe.FindStringIndex(sent); m != nil && ds >= m[1] && m[1] < len(sent) {
		// "MARLBOROUGH-STREET. — Yesterday, Captain Rowley was fined":
		// a report's heading run into its paragraph is no part of what
		// it tells
		sent, ds, de, others = dropFront(sent, ds, de, others, m[1])
	}
	if n := bulletLabel(sent); n > 0 && ds >= n {
		// "ADDITIONAL DETAILS...Snow will begin this afternoon": a
		// weather bulletin's label is no part of what it tells
		sent, ds, de, others = dropFront(sent, ds, de, others, n)
	}
	if c := strings.LastIndex(sent[:ds], ", "); c > 0 && quantityAsides[firstWord(sent[c+2:])] {
		// "the deal, worth 6.5% this year and 4% in 2026, was ...": the
		// aside's amounts, each its date's (not a second conjunct's
		// clause, nor the main verb's)
		if t, ok := participleTitle(sent, ds, de); ok {
			res.title = finish(t)
			return res
		}
	}
	if cs, cds, cde, co, ok := secondConjunct(sent, ds, de, others); ok {
		// "The old school, which was built in 1870 and extended in
		// 1902, is now flats": the clause as if it told the second
		// verb alone ("which was extended in 1902")
		return headlineOf(cs, cds, cde, co, lastActor)
	}
	for _, rule := range clauseTitleRules {
		if t, ok := rule(sent, ds, de, others); ok {
			res.title = finish(t)
			return res
		}
	}
	if np, ok := withPhrase(sent, ds, de); ok {
		// "Game 3 is Friday in Toronto, with Game 4 on Sunday": the
		// thing the "with" adds is the date's event
		res.title = finish(np)
		return res
	}
	if h, ok := whenClauseTitle(sent, ds, de, others, lastActor); ok {
		return h
	}
	if h, ok := boundClauseTitle(sent, ds, de, others, lastActor); ok {
		return h
	}
	if t, ok := beatenRecordTitle(sent, ds); ok {
		res.title = finish(t)
		return res
	}
	// "… and, by the end of the century, it had grown again": the date
	// opens the clause after the conjunction, which is its event
	if ds > 6 && de+2 < len(sent) && strings.HasPrefix(sent[de:], ", ") {
		if before := strings.ToLower(strings.TrimRight(sent[:ds], " ")); strings.HasSuffix(before, " and,") || strings.HasSuffix(before, " but,") {
			if rest := strings.TrimSpace(sent[de+2:]); len(strings.Fields(rest)) >= 3 && hasVerb(strings.Fields(rest)) {
				// "it" there is the subject of the first clause, when a name
				if p := strings.ToLower(firstWord(rest)); p == "it" || p == "he" || p == "she" || p == "they" {
					if sv := subjectVerb(sent); sv != "" {
						if subj := sv[:strings.LastIndexByte(sv, ' ')]; personName(strings.Fields(subj)) || unicode.IsUpper(firstRune(subj)) && !determiners[strings.ToLower(firstWord(subj))] && !pronouns[strings.ToLower(firstWord(subj))] {
							rest = subj + rest[len(firstWord(rest)):]
						}
					}
				}
				res.title = finish(rest)
				return res
			}
		}
	}
	// "First public release, two years after the project began in early
	// 2019": the date is the subordinate clause's, which titles it
	sds := ds // (the first of a list: "in 1963 and 1964", "on 8, 9 and 15 January")
	for more := true; more; {
		more = false
		for _, o := range others {
			if o[1] <= sds && o[0] < sds {
				if gap := sent[o[1]:sds]; gap == " and " || gap == " or " || gap == ", " || gap == " & " {
					sds, more = o[0], true
				}
			}
		}
	}
	if m := subClauseRe.FindStringSubmatchIndex(sent[:sds]); m != nil && m[2] > 0 && !leadPhraseThenSubject(sent[:m[0]], sent[m[2]:m[3]]) {
		clause := sent[m[2]:m[3]]
		if ws := strings.Fields(clause); len(ws) >= 3 && len(ws) <= 10 && (titleVerb(ws[len(ws)-1]) || pastParticipleRe.MatchString(ws[len(ws)-1])) &&
			!slices.ContainsFunc(ws[1:len(ws)-1], titleVerb) && strings.TrimSpace(strings.Trim(sent[de:], ".!?\"”’ ")) == "" {
			res.title = finish(titleFirst(clause))
			return res
		}
		if ws := strings.Fields(clause); len(ws) >= 4 && len(ws) <= 12 && endsWithDates(sent, de, others) {
			// "... after the 1960s side led by Billy Crane won
			// back-to-back titles in 1963": one past verb with its object
			// (a participle before "by" is the subject's)
			// (not an adjective after an article or an ordinal: "a lost
			// original", "the first scheduled review point")
			verbs := 0
			for k := 1; k < len(ws); k++ {
				prev := strings.ToLower(ws[k-1])
				if (titleVerb(ws[k]) || pastOrModal(ws[k])) && !(k+1 < len(ws) && ws[k+1] == "by") && !determiners[prev] && !ordinalWords[prev] {
					verbs++
				}
			}
			if verbs == 1 && !titleVerb(ws[len(ws)-1]) && !slices.ContainsFunc(ws, func(w string) bool {
				lw := strings.ToLower(w)
				return reportingVerbs[w] != "" || pronouns[lw] || lw == "that" || lw == "which" || lw == "who" || lw == "and"
			}) {
				res.title = finish(titleFirst(clause))
				return res
			}
		}
	}
	// "... the best comeback he had seen since he joined the club in
	// 2014": a pronoun's clause with its past verb and object, the
	// date ending the sentence, is the date's event
	// (not "when" the main clause's event happens too, nor "right
	// after": "It started right after we upgraded on Tuesday")
	if m := pronounClauseRe.FindStringSubmatchIndex(sent[:ds]); m != nil && strings.TrimSpace(strings.Trim(sent[de:], ".!?\"”’ ")) == "" &&
		!closeAfter[lastWordOf(sent[:m[0]])] {
		clause := sent[m[2]:m[3]]
		ws := strings.Fields(clause)
		after := 2 // the words after the verb
		if len(ws) >= 3 && (ws[1] == "was" || ws[1] == "were") && pastParticipleRe.MatchString(ws[2]) && reportingVerbs[ws[2]] == "" && !dummyItVerbs[ws[2]] {
			after = 3 // a passive: "after it was burned down in 1950"
		}
		if ws[0] == "it" && after == 3 {
			// "Kinkaku-ji, the Golden Pavilion, was rebuilt in 1955
			// after it was burned down in 1950": "it" is the main
			// clause's subject, when a thing's name
			if subj := sharedSubject(sent[:m[0]], "was"); subj != "" && unicode.IsUpper(firstRune(subj)) && !strings.Contains(subj, ",") &&
				!pronouns[strings.ToLower(firstWord(subj))] && passiveMain(sent[:m[0]], others) {
				clause = subj + clause[len("it"):]
				ws = strings.Fields(clause)
				after += len(strings.Fields(subj)) - 1
			} else if main := withoutDates(sent[:m[0]], others); main != "" {
				np := lastNounPhrase(main)
				if np == "" || slices.ContainsFunc(strings.Fields(np)[1:], titleVerb) || len(strings.Fields(np)) > 4 || strings.ContainsAny(np, ",;:()") || isPlural(lastWordOf(np)) {
					np = ""
				}
				if np != "" {
					// "His daughter kept the light until it was automated in
					// 1961": "it" is the object just before
					clause = np + clause[len("it"):]
					ws = strings.Fields(clause)
					after += len(strings.Fields(np)) - 1
				}
			}
		}
		if len(ws) >= 2 && len(ws) <= 8 && (ws[0] != "it" || after == 3) && (pastOrModal(ws[after-1]) || irregularPast[ws[after-1]] || after > 2) && !modalVerbs[ws[1]] &&
			!slices.ContainsFunc(ws[after:], func(w string) bool { return titleVerb(w) || reportingVerbs[w] != "" }) {
			res.title = finish(titleFirst(clause))
			return res
		}
	}
	// "In the early hours of 29 May": the part of the day goes with its
	// date
	if m := dayPartOfRe.FindStringIndex(sent[:ds]); m != nil {
		ds = m[0]
	} else if m := dayPartOfRe.FindStringIndex(sent[:sds]); m != nil && sds < ds {
		ds = m[0] // ("on the nights of 8 and 15 January": of the list's first day)
	}
	// an open end: "2023–present: Senior Lecturer", "2019 to date": the
	// end goes with the date
	if m := openEndRe.FindStringIndex(sent[de:]); m != nil {
		de += m[1]
	}
	// "for its fiscal second quarter ended March 2, 2013": the day the
	// period ended goes with it
	if m := periodEndDayRe.FindStringIndex(sent[de:]); m != nil {
		de += m[1]
	}
	// a span as the line's label: "Sept 2015 – Jun 2019: PhD, Durham",
	// "2019–2023: Lecturer": what follows the colon
	if strings.Trim(sent[:ds], " -*•·\t") == "" {
		e := de
		for _, o := range others {
			if o[0] >= e && o[0]-e <= 5 && strings.Trim(sent[e:o[0]], " -–—") == "" {
				e = o[1]
			}
		}
		if m := openEndRe.FindStringIndex(sent[e:]); m != nil {
			e += m[1]
		}
		rest := strings.TrimLeft(sent[e:], " ")
		labelled := false
		if w := firstWord(rest); spanLabelWords[strings.ToLower(w)] && len(w) < len(rest) && (rest[len(w)] == ' ' || rest[len(w)] == ':') {
			rest, labelled = strings.TrimLeft(rest[len(w):], " "), true // "1963-64 season - First European tour"
		}
		later := slices.ContainsFunc(others, func(o [2]int) bool { return o[0] >= e })
		if strings.HasPrefix(rest, ":") {
			if body := strings.TrimSpace(rest[1:]); body != "" {
				if h := headline(body, 0, 0, nil, lastActor); h.title != "" {
					return h
				}
			}
		}
		if body := strings.TrimLeft(rest, " -–—"); body != rest && !later && strings.ContainsAny(rest[:len(rest)-len(body)], " ") && unicode.IsUpper(firstRune(body)) &&
			(labelled || e > de || len(strings.Fields(rest[:len(rest)-len(body)])) >= 2 || strings.ContainsAny(sent[ds:de], "–—") || strings.Contains(sent[ds:de], " - ")) { // (or the dash the span's end, cut out, left: "December 1917 – – Influenza")
			// "December 1917 – January 1918 – Influenza kills 40
			// residents": what follows the span's dash
			if h := headline(strings.TrimSpace(body), 0, 0, nil, lastActor); h.title != "" {
				return h
			}
		}
	}
	// a paragraph number: "[14] He was convicted ..."
	if n := paraNum(sent); n > 0 && ds >= n {
		sent, ds, de, others = dropFront(sent, ds, de, others, n)
	}
	// "..., that is by 4 March 2025." at the end: the date restated, the
	// clause before it the event
	if strings.Trim(sent[de:], " .;:!)\"”’'") == "" {
		pre := strings.TrimRight(sent[:ds], " ")
		for _, p := range []string{" by", " on", " in", " at", " until", " before"} {
			pre = strings.TrimRight(strings.TrimSuffix(pre, p), " ")
		}
		for _, a := range []string{", that is", ", i.e.", ", ie", ", namely", ", in other words"} {
			if strings.HasSuffix(pre, a) && len(pre) > len(a)+10 {
				res.title = finish(pre[:len(pre)-len(a)])
				return res
			}
		}
	}
	// a table row whose first cell names what its date cell dates ("Roof
	// replacement | 29 Apr 2024 – 19 Jul 2024 | Done"): that name
	if first := strings.Index(sent, " | "); first > 0 && first < ds && !strings.Contains(sent, "\n") {
		// (or the first cell before the date that is a name, after an
		// item's number: "M1 | Contractor appointed | 3 Mar 2025")
		for _, cell := range strings.Split(sent[:ds], " | ") {
			if name := strings.TrimSpace(cell); name != "" && rowName(name) {
				if d := rowDescription(sent, ds, de, name); d != "" {
					name = d
				}
				res.title = finish(name)
				return res
			}
		}
	}
	// a list of dates that opens the sentence as its subject ("March 15,
	// June 15, September 15 and December 15 are the instalment dates"):
	// every date of it reads as the whole list, which stays in the title
	// (not one date's neighbour as its title)
	if sds < ds || len(others) > 0 && strings.Trim(sent[:ds], " \t\"“") == "" {
		if ls := sds; strings.Trim(sent[:ls], " \t\"“") == "" {
			le, last := de, ds
			for more := true; more; {
				more = false
				for _, o := range others {
					if o[0] >= le && o[0] > last {
						if gap := sent[le:o[0]]; gap == " and " || gap == " or " || gap == ", " || gap == " & " {
							le, last, more = o[1], o[0], true
						}
					}
				}
			}
			if le > de || ls < ds {
				if t := sent[le:]; isSubject(sent[:ls]+"X"+t, ls, ls+1) {
					end := len(sent) // (to the end of the list's clause)
					for _, c := range Clauses(sent, Segment{0, len(sent)}) {
						if c.Start <= le && le <= c.End {
							end = c.End
						}
					}
					res.title = finish(sent[:end])
					return res
				}
			}
		}
	}
	// the second of a list of dates ("during April and May"): the list is
	// the date's text, its headline the first's
	// (and back over a longer list: "in July 2015, in March 2016 and
	// again in November 2016")
	for more, ds0 := true, ds; more; {
		more = false
		for k, o := range others {
			if o[1] <= ds && o[0] < ds {
				if listGap(sent[o[1]:ds]) && !countedOn(sent[ds:de]) && !datedClause(sent[ds:de], sent[de:]) && (ds != ds0 || !closesPhrase(sent, o, ds, de, others)) {
					ds = o[0]
					others = append(others[:k:k], others[k+1:]...)
					more = true
					break
				}
			}
		}
	}
	// the first of two dates joined by "and" ("The 2020 and 2021 editions
	// were held online"): both are the date's text, the headline what
	// follows the second
	for k, o := range others {
		if o[0] >= de && o[0] <= len(sent) {
			if gap := sent[de:o[0]]; (gap == " and " || gap == " or " || gap == " and then ") && !countedOn(sent[o[0]:o[1]]) && !datedClause(sent[o[0]:o[1]], sent[o[1]:]) {
				de = o[1]
				others = append(others[:k:k], others[k+1:]...)
				break
			}
		}
	}
	// a life's dates after a name: "Rosalind Achterberg, geologist, born
	// 9 June 1936; died 3 February 2025"
	if t, ok := lifeTitle(sent, ds); ok {
		res.title = t
		return res
	}
	// another date as the line's label: "Q2: we won a contract, signed on
	// 14 September 2023" is about the contract
	for _, o := range others {
		if strings.TrimSpace(sent[:max(0, o[0])]) == "" && o[1] < len(sent) && sent[o[1]] == ':' && ds > o[1] {
			n := o[1] + 1
			for n < ds && sent[n] == ' ' {
				n++
			}
			sent, ds, de, others = dropFront(sent, ds, de, others, n)
			break
		}
	}
	// an infobox field: "Born: 3 May 1920, Uppsala" is "Born – Uppsala";
	// "Jonas Berg (born 12 August 1952) is ...", "Uppsala University
	// (BSc 1941, PhD 1947)": a date inside brackets belongs to what is
	// before them
	if t, ok := firstTitle(sent, ds, de, fieldTitle, parenTitle, lifeMarkTitle); ok {
		res.title = t
		return res
	}
	if t, ok := bracketAfterLinkTitle(sent, ds, de, others); ok {
		res.title = finish(t)
		return res
	}
	if t, ok := seriesVerbTitle(sent, ds, de); ok {
		res.title = finish(t)
		return res
	}
	if len(others) > 0 && ds > 0 {
		// "taught there from 1974 until she retired in 2001": the end is
		// the clause's event, and the span is what went before it
		if m := untilHeadRe.FindStringSubmatchIndex(sent[:ds]); m != nil {
			clause := strings.TrimSpace(sent[m[2]:m[3]])
			if pm := possNounRe.FindStringSubmatch(clause); pm != nil {
				if name := leadName(sent); name != "" {
					clause = name + "’s " + pm[1] // "Aalund taught ... until his retirement in 1957": Aalund's retirement
				}
			}
			res.title = finish(titleFirst(clause))
			return res
		}
		if m := untilTailRe.FindStringIndex(sent[de:]); m != nil && slices.ContainsFunc(others, func(o [2]int) bool { return o[0] >= de+m[1] }) {
			res.title = finish(removeSpan(sent[:de], ds, de))
			return res
		}
		// "finished on 19 July because of the wet weather in June": the
		// June date is the weather's
		before := strings.TrimRight(sent[:ds], " ")
		prepped := datePreps[strings.ToLower(firstWord(sent[ds:de]))] // (not "after the wettest August": the date heads the noun phrase)
		if sp := strings.LastIndexByte(before, ' '); sp >= 0 && datePreps[strings.ToLower(before[sp+1:])] {
			before, prepped = before[:sp], true
		}
		if np := causeNounPhrase(before); np != "" {
			res.title = finish(titleFirst(np))
			return res
		}
		if np, at := sequelNounPhrase(before); np != "" && prepped && slices.ContainsFunc(others, func(o [2]int) bool {
			// (the main clause's own date just before, no clause between:
			// not "will run as normal on 9 January, as schools return
			// after the holidays on 7 January")
			gap := strings.Fields(strings.Trim(sent[min(o[1], at):at], " ,"))
			return o[1] <= at && len(gap) <= 2 && !slices.ContainsFunc(gap, func(w string) bool { return subordinators[strings.ToLower(w)] || titleVerb(w) })
		}) {
			// "Comet Tsuchinshan-ATLAS should be at its best in
			// mid-October, shortly after its closest approach to Earth on
			// 12 October": the main clause has its date before the "after",
			// and the later one is the noun phrase's
			if ws := strings.Fields(np); len(ws) > 1 && (ws[0] == "its" || ws[0] == "their" || ws[0] == "his" || ws[0] == "her") {
				if subj := titleSubject(sent); subj != "" && len(strings.Fields(subj)) <= 4 && !strings.ContainsAny(subj, ",;:") && !pronouns[strings.ToLower(subj)] {
					np = subj + "’s " + strings.Join(ws[1:], " ")
				}
			}
			res.title = finish(titleFirst(np))
			return res
		}
	}
	if t, ok := copulaRelative(sent, ds, de); ok {
		// "The Hundred Years' War was a series of conflicts between
		// England and France that lasted from 1337 to 1453": the subject
		// the sentence defines did what the relative clause says
		res.title = finish(t)
		return res
	}
	sent, ds, de = dropAside(sent, ds, de)
	if name, rest, ok := accordingOutlet(sent, ds, de); ok {
		// "According to Reuters on 4 March 2021, officials closed the dam
		// on Tuesday": what the outlet reported that day
		res.speaker = name
		res.title = finishWithPrefix(cleanHeadline(name)+" reports ", rest)
		return res
	}
	if t, ok := clauseWhichTitle(sent, ds, de, others); ok {
		res.title = finish(t)
		return res
	}
	if len(others) > 0 {
		if h, ok := saidAfterDatedBody(sent, ds, de, others); ok {
			return h
		}
	}
	sent, ds, de = setApart(sent, ds, de, others)
	if ds <= len(sent) && (strings.Contains(sent[:ds], "that ") || strings.Contains(sent[:ds], "which ")) {
		// "The roof repairs that began were completed in November": the
		// relative clause emptied by its own date goes (the spaces the
		// date left folded first)
		squeezed := strings.Join(strings.Fields(sent[:ds]), " ") + " "
		if m := relativeEmptiedRe.FindStringSubmatchIndex(squeezed); m != nil {
			head := squeezed[:m[0]] + squeezed[m[2]:]
			de += len(head) - ds
			sent, ds = head+sent[ds:], len(head)
		}
	}
	if loc := datelineRe.FindStringIndex(sent); loc != nil && ds >= loc[1] {
		sent, ds, de = sent[loc[1]:], ds-loc[1], de-loc[1]
		others = shiftSpans(others, loc[1])
	}
	if n := dateDashLead(sent, others); n > 0 && ds >= n {
		sent, ds, de = sent[n:], ds-n, de-n
		others = shiftSpans(others, n)
	}
	if ds <= len(sent) && strings.Contains(sent[:ds], " who ") {
		// "A former treasurer who was sentenced for bribery was convicted
		// again on Wednesday": the main clause's event; the relative
		// clause, a story of its own, goes
		squeezed := strings.Join(strings.Fields(sent[:ds]), " ") + " "
		// (not past the relative clause's end: "Sole traders who pay
		// quarterly should note that the instalment is due" has its main
		// verb at "should", and "is" is the "that" clause's)
		if m := relativeSubjectRe.FindStringSubmatchIndex(squeezed); m != nil && !slices.ContainsFunc(strings.Fields(squeezed[m[3]:m[4]]), func(w string) bool { return modalVerbs[w] || w == "that" }) {
			head := squeezed[:m[3]] + " " + squeezed[m[4]:]
			de += len(head) - ds
			sent, ds = head+sent[ds:], len(head)
		}
	}
	if n := speakerLabel(sent); n > 0 && ds > 0 { // ("Q3: we opened a depot": a date's label, no speaker's)
		label := labelName(sent[:n-1]) // (a post after the name: "Raj Menon, CEO:"; "MS. ALVAREZ (resident):", "A (TALLEY):")
		if m := stampLeadRe.FindStringIndex(label); m != nil {
			label = label[m[1]:] // ("[00:01:16] TOM:")
		}
		switch strings.ToLower(label) {
		case "q", "a", "question", "answer", "reporter", "journalist":
		default:
			res.speaker = titleCase(label)
		}
		shift := n
		for shift < len(sent) && sent[shift] == ' ' {
			shift++
		}
		if ds >= shift {
			sent, ds, de = sent[shift:], ds-shift, de-shift
		}
	}
	// "letters from 1921, the year the Red Army entered Georgia": the
	// clause after "the year" tells what happened then; "..., said the
	// director, who has led the museum since 2019": the date is the
	// relative clause's, about the noun before it
	if t, ok := firstTitle(sent, ds, de, yearOfTitle, relativeTitle, contactTitle, whoseTitle); ok {
		res.title = t
		return res
	}
	if n := yearOfClause(sent, ds, de); n > 0 {
		sent = sent[:de] + sent[de+n:]
	}
	// The clause that holds the date; with the next (or the previous) one
	// when it holds little else ("9 November 1989: the Wall opens").
	cl := Segment{0, len(sent)}
	clauses := Clauses(sent, cl)
	noteAt := -1
	for k, c := range clauses {
		if ds >= c.Start && ds < c.End {
			cl = c
			rest := strings.Fields(cleanHeadline(removeSpan(sent[c.Start:c.End], ds-c.Start, min(de, c.End)-c.Start)))
			if k > 0 && len(rest) >= 2 && strings.HasPrefix(sent[clauses[k-1].End:], ":") && strings.Contains(sent[c.Start:c.End], "(") {
				// "Last day of term: Friday 19 December (school closes at
				// 1.30pm)": a note in brackets after a label's date tells
				// of the day the label names, no event of its own
				if bare := strings.Fields(cleanHeadline(withoutBrackets(removeSpan(sent[c.Start:c.End], ds-c.Start, min(de, c.End)-c.Start)))); len(bare) < 2 {
					rest = bare
					if o := strings.IndexByte(sent[de:c.End], '('); o >= 0 {
						noteAt = de + o
					}
				}
			}
			switch {
			case len(rest) < 2:
				switch {
				case k+2 < len(clauses) && strings.HasPrefix(sent[clauses[k+1].End:], ":") && labelClause(sent[clauses[k+1].Start:clauses[k+1].End]) &&
					!slices.ContainsFunc(others, func(o [2]int) bool { return o[0] >= clauses[k+1].Start && o[0] < clauses[k+2].End }):
					// "9.45pm — Headliner: Cold Harbour Radio (Main
					// Stage)": the clause after the time is a label, and
					// what follows its colon is what is on
					cl.End = clauses[k+2].End
				case k+1 < len(clauses):
					cl.End = clauses[k+1].End
				case k > 0:
					cl.Start = clauses[k-1].Start
				}
			case k == 0 && len(clauses) > 1 && strings.HasPrefix(sent[c.End:], ":") && len(rest) <= 2 && !hasVerb(rest) &&
				labelBodyEnd(sent, clauses, others) > clauses[1].Start:
				// "Stage 1, Saturday 17 August: Decker won the time
				// trial", "Rest day, Tuesday 27 August: ...": the date's
				// clause holds only a label, and what follows the colon
				// is the event (when it tells no date of its own; up to
				// the clause of the next date: "Bank holiday Monday 26
				// May: the closure is extended, and trams will resume on
				// Tuesday 27 May")
				label := strings.TrimRight(strings.Join(rest, " "), ",;:–—- ")
				body, _, _ := strings.Cut(strings.TrimSpace(sent[clauses[1].Start:labelBodyEnd(sent, clauses, others)]), "\n") // (to the line's end: "First result: Houghton¶Labour holds ...")
				if h := headline(body, 0, 0, nil, lastActor); h.title != "" && label != "" {
					h.title = finish(label + ": " + h.title)
					return h
				}
			case k == 1 && strings.HasPrefix(sent[clauses[0].End:], ":") && labelValue(rest, sent[c.Start:c.End], ds-c.Start, min(de, c.End)-c.Start) && ds > c.Start && !strings.ContainsAny(sent[c.Start:ds], ",;"):
				// "Career-high ranking: No. 6 (21 August 2023)": a
				// field's short value before its date, under its label
				// (not "Source 2: ...", a label of a list's order, nor
				// "One more: ..."; a quoted name is one value however
				// long: 'Local history evening: "Ashcombe in the 1960s" -
				// Wed 25 March')
				label := sent[clauses[0].Start:clauses[0].End]
				if lw := strings.Fields(label); len(lw) <= 4 && !hasVerb(lw) && !numberedLabel(label) && !stopWords[strings.ToLower(lw[len(lw)-1])] {
					cl.Start = clauses[0].Start
				}
			}
			break
		}
	}
	if noteAt >= 0 && noteAt > cl.Start && noteAt < cl.End {
		cl.End = noteAt // (the note's words left out with its brackets)
	}
	s := sent[cl.Start:cl.End]
	ds, de = ds-cl.Start, min(de, cl.End)-cl.Start
	// "Live at the Fillmore — recorded 22–23 October 1998, released
	// 1999": participles after a dash tell of the name before it, as
	// after a comma (not "Recorded was released")
	if cl.Start > 0 && ds > 0 && pastParticipleRe.MatchString(firstWord(s)) && unicode.IsLower(firstRune(s)) {
		for _, c := range clauses {
			if c.End > cl.Start {
				break
			}
			if c.End == cl.Start || !dashSeparator(sent[c.End:cl.Start]) {
				continue
			}
			if name := strings.TrimSpace(sent[c.Start:c.End]); name != "" && unicode.IsUpper(firstRune(strings.TrimLeft(name, "*_\"“'"))) &&
				len(strings.Fields(name)) <= 8 && !hasVerb(strings.Fields(name)) && !strings.ContainsAny(name, ",;:") {
				n := len(name) + 2
				s, ds, de = name+", "+s, ds+n, de+n
			}
		}
	}
	// "..., but has been closed more than 200 times since 1982": a
	// clause that opens with its verb takes the subject of the one before.
	if cl.Start > 0 && ds > 0 {
		if w := firstWord(s); w != "" && unicode.IsLower(firstRune(w)) && (subjectVerbs[w] || modalVerbs[w]) {
			prev := -1
			for k, c := range clauses {
				if c.End <= cl.Start {
					prev = k
				}
			}
			if prev >= 0 {
				if subj := sharedSubject(sent[clauses[prev].Start:clauses[prev].End], w); subj != "" {
					n := len(subj) + 1
					s, ds, de = subj+" "+s, ds+n, de+n
				}
			}
		}
	}

	// "Tower crane TC1 out of service from 08:00; back in service 15:30":
	// a note's second clause, after a semicolon, opens with the state
	// it tells and takes the subject of the one before, which told its
	// state the same way.
	if cl.Start > 0 && ds > 0 && statePredicates[firstWord(s)] && strings.HasSuffix(strings.TrimRight(sent[:cl.Start], " "), ";") {
		for _, c := range clauses {
			if c.End > cl.Start || !strings.HasPrefix(strings.TrimLeft(sent[c.End:cl.Start], " "), ";") {
				continue
			}
			pw := strings.Fields(sent[c.Start:c.End])
			for i := 1; i < len(pw) && i <= 5; i++ {
				if statePredicates[pw[i]] {
					if !slices.ContainsFunc(pw[:i], func(w string) bool { return isVerbWord(w) || strings.ContainsAny(w, ",;:()") }) {
						subj := strings.Join(pw[:i], " ")
						n := len(subj) + 1
						s, ds, de = subj+" "+s, ds+n, de+n
					}
					break
				}
			}
		}
	}

	// An introductory "As the report indicates," or "Although ..., ":
	// dropped when the date is not in it.
	if w := strings.ToLower(firstWord(s)); subordinators[w] || w == "no" && strings.HasPrefix(s[2:], " matter ") {
		if comma := strings.Index(s, ", "); comma > 0 && comma+2 <= ds { // (a date starting inside ", " keeps it)
			cut := comma + 2
			s, ds, de = s[cut:], ds-cut, de-cut
		}
	}
	// "we are all well, though little Samuel has had the croup since
	// Sunday": a concession after the main clause that holds the date
	// tells what happened then.
	for _, conj := range []string{", though ", ", although ", ", whereas "} {
		if k := strings.LastIndex(s[:ds], conj); k > 0 {
			if cut := k + len(conj); ds > cut && (clauseOpens(s[cut:]) || ownSubject(s[cut:])) && !strings.Contains(s[cut:ds], ", ") {
				s, ds, de = s[cut:], ds-cut, de-cut
			}
			break
		}
	}
	// "After Nigeria submitted a formal request in January 2022, the
	// trustees ...": the date is the subordinate clause's, which says
	// what happened without its conjunction.
	// ("Two days after the ballot result was announced on 3 November
	// 2017, the company agreed to talks": the same, after its amount)
	lead := 0
	if m := amountLeadRe.FindStringIndex(s); m != nil && m[1] < ds {
		if w := strings.ToLower(firstWord(s[m[1]:])); w == "after" || w == "before" {
			lead = m[1]
		}
	}
	// ("Following your interview on 26 June, I am delighted to offer
	// you the post": the interview)
	if w := firstWord(s[lead:]); (introConjunctions[strings.ToLower(w)] || strings.EqualFold(w, "following")) && strings.HasPrefix(s[lead:], w+" ") {
		if comma := strings.Index(s, ", "); comma >= de && ds > lead+len(w) {
			if nw := firstWord(s[lead+len(w)+1:]); complementOpeners[strings.ToLower(nw)] && !pronouns[strings.ToLower(nw)] || unicode.IsUpper(firstRune(nw)) ||
				nw == "your" || nw == "my" {
				cut := lead + len(w) + 1
				s, ds, de = s[cut:comma], ds-cut, de-cut
			}
		}
	}

	// "According to X, Y".
	if strings.HasPrefix(strings.ToLower(s), "according to ") {
		if comma := strings.Index(s, ", "); comma > 0 {
			x := s[len("according to "):comma]
			if ds >= len("according to ") && ds < comma {
				// The date dates the source itself: "according to the plan
				// posted by the city government in July".
				d0, d1 := ds-len("according to "), de-len("according to ")
				res.title = finish(activeVoice(removeSpan(x, d0, d1)))
				return res
			}
			if ds >= comma+2 {
				s, ds, de = s[comma+2:], ds-comma-2, de-comma-2
			}
		}
	}

	// "Y, according to a report published on Wednesday by X": the date
	// dates the source, as at the start of the sentence.
	if k := strings.LastIndex(strings.ToLower(s[:ds]), ", according to "); k >= 0 {
		from := k + len(", according to ")
		to := len(s)
		if c := strings.Index(s[de:], ", "); c >= 0 {
			to = de + c
		}
		if !strings.Contains(s[from:ds], ", ") {
			src := strings.TrimRight(removeSpan(s[from:to], ds-from, de-from), ".!? ")
			if ws := strings.Fields(src); len(ws) >= 1 && len(ws) <= 4 && unicode.IsUpper(firstRune(src)) && !slices.ContainsFunc(ws, titleVerb) && k > 10 {
				// "Fighting intensified around El Fasher on 4 May,
				// according to OCHA on 5 May": the outlet's report of
				// what the sentence tells, that day
				res.speaker = src
				res.title = finishWithPrefix(cleanHeadline(src)+" reports ", lowerFirstUnlessName(s[:k]))
				return res
			}
			res.title = finish(activeVoice(src))
			return res
		}
	}
	if rv, ok := findReporting(s); ok && !dashLabelled(rv.speaker) {
		attached := dateByVerb(s, rv, ds, de)
		speaker := strings.TrimSpace(rv.speaker)
		if !rv.postposed && de <= len(rv.speaker) && strings.HasPrefix(s, rv.speaker) {
			// "On Friday the World Food Programme said ...": the date
			// opens the speaker's phrase and is not part of the name.
			speaker = strings.TrimSpace(removeSpan(rv.speaker, ds, de))
			if rest, ok := strings.CutPrefix(rv.speaker[de:], ", "); ok && strings.TrimSpace(rest) != "" && len(strings.Fields(rest)) <= 6 && !hasVerb(strings.Fields(rest)) {
				// "In a statement dated 12 March 2021, the Ministry
				// said": the speaker comes after the date's phrase
				speaker = strings.TrimSpace(rest)
			}
		}
		if lw := strings.ToLower(speaker); pronouns[lw] && lastActor != nil {
			if a := lastActor(lw == "he" || lw == "she"); a != "" {
				speaker = a
			}
		}
		speaker = bestSpeaker(speaker)
		body := s[rv.bodyStart:rv.bodyEnd]
		bs := rv.bodyStart
		if attached {
			if ds >= bs && ds < rv.bodyEnd {
				body = removeSpan(body, ds-bs, de-bs)
			}
			if speaker != "" {
				res.speaker = speaker
				verb := agree(speaker, rv.present)
				if told := toldPhrase(s, rv, ds, de); told != "" {
					verb = told
				}
				res.title = finishWithPrefix(cleanHeadline(speaker)+" "+verb+" ", body)
				return res
			}
		} else if ds >= bs && ds < rv.bodyEnd {
			if k, ok := speakerConjunct(body, ds-bs, strings.ToLower(s[rv.verbStart:rv.verbEnd])); ok && speaker != "" && !rv.postposed && !pronouns[strings.ToLower(speaker)] {
				// "The minister said the army would begin clearing
				// debris next week and promised homes before
				// Christmas": the promise is the minister's, not the
				// army's
				vp := body[k:]
				return headlineOf(speaker+" "+vp, ds-bs-k+len(speaker)+1, min(de, rv.bodyEnd)-bs-k+len(speaker)+1, nil, lastActor)
			}
			// The reported content's own event: read it as a clause.
			s, ds, de = body, ds-bs, min(de, rv.bodyEnd)-bs
			if speaker != "" && !pronouns[strings.ToLower(speaker)] {
				res.quoted = speaker
				// "The court said it would hear the case next month": the
				// court would hear it.
				if w := firstWord(s); thirdPerson[strings.ToLower(w)] && strings.HasPrefix(s, w+" ") && ds > len(w) && !possessorOf(speaker, w) {
					if pronounIsSpeaker(speaker, w, s[len(w)+1:]) {
						shift := len(speaker) - len(w)
						s, ds, de = speaker+s[len(w):], ds+shift, de+shift
					} else if sub := headlineOf(s, ds, de, nil, nil); strings.EqualFold(firstWord(sub.title), w) {
						// "Police said he had fled the scene on 3
						// August": he is someone else, and the title
						// keeps who says it ("Police say he had fled
						// the scene"), never "Police had fled"
						res.title = finishWithPrefix(cleanHeadline(speaker)+" "+agree(speaker, rv.present)+" ", strings.ToLower(w)+sub.title[len(w):])
						return res
					}
				}
			}
		}
	}
	// "The programme suffered its worst setback on 27 January 1967, when a
	// fire killed three astronauts": the when-clause says what happened.
	// After "until" the main clause is a state the when-clause ended
	// ("he had been well until 28 February, when he developed a sore
	// throat"): the when-clause is the event, even when its subject is
	// the main clause's pronoun.
	until := strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[:ds])), "until") || strings.HasPrefix(strings.ToLower(s[ds:de]), "until ")
	if rest, ok := strings.CutPrefix(s[de:], ", when"); ok && rest != "" && isSpace(rest[0]) &&
		len(strings.Fields(rest)) >= 4 && !presentOrFuture(rest) && !endpointMain(s[:ds]) &&
		(!pronouns[strings.ToLower(firstWord(rest))] || until && strings.EqualFold(firstWord(rest), firstWord(s))) {
		if main := strings.TrimSpace(s[:ds]); startMain(main) && len(main)+len(" when")+len(strings.TrimRight(rest, ".!? ")) <= 90 {
			// "The Hundred Years' War began in 1337, when Philip VI
			// confiscated Gascony": what began, and the first thing that
			// happened in it, both (was the when-clause alone)
			res.title = finish(main + " when" + rest)
			return res
		}
		res.title = finish(rest)
		return res
	}
	if rest, ok := strings.CutPrefix(s[de:], ", when "); ok && until && presentOrFuture(rest) && len(strings.Fields(rest)) >= 4 {
		// "was remanded in custody until 11 April, when he will appear at
		// Manchester Crown Court": what comes on the day the state ends
		if pw := strings.ToLower(firstWord(rest)); pronouns[pw] && pw != "it" && pw != "i" && pw != "we" && pw != "you" {
			if subj := strings.TrimSpace(titleSubject(s[:ds])); subj != "" && len(strings.Fields(subj)) <= 4 && unicode.IsUpper(firstRune(subj)) {
				rest = subj + rest[len(firstWord(rest)):]
			}
		}
		res.title = finish(rest)
		return res
	}
	if rest, ok := strings.CutPrefix(s[de:], ", when "); ok && (presentOrFuture(rest) || endpointMain(s[:ds])) {
		s = s[:de] // "..., when a spring tide is forecast": a condition
	}
	if t, ok := leadInTitle(s, ds, de); ok {
		res.title = finish(t)
		return res
	}
	if t, ok := participleTitle(s, ds, de); ok {
		res.title = finish(t)
		return res
	}
	if t, ok := objectParticipleTitle(s, ds, de); ok {
		res.title, res.ofPhrase = finish(t), true
		return res
	}
	if m := sinceStateRe.FindStringSubmatchIndex(s[:ds]); m != nil && (m[4] >= 0 || sinceInOnRe.MatchString(s[ds:de])) {
		// "The crossing reopened on 12 October after being closed since
		// 27 September": that day the state began, which the reopening
		// ended
		if subj := titleSubject(s[:m[0]]); subj != "" && !pronouns[strings.ToLower(subj)] {
			res.title = finish(subj + " " + agree(subj, "was") + " " + s[m[2]:m[3]])
			return res
		}
	}
	if m := minutesOfRe.FindStringSubmatch(s[:ds]); m != nil {
		// "The minutes of the meeting of 8 February were approved": the
		// day is the meeting's; the approval is another day's
		res.title, res.ofPhrase = finish("The "+m[1]+" was held"), true
		return res
	}
	if m := citedAsRe.FindStringSubmatch(s[:ds]); m != nil {
		// "These Regulations may be cited as the ... Regulations 2025
		// and come into force on 1st March 2025": the name is no event;
		// coming into force is
		res.title = finish(m[1] + " " + strings.TrimSpace(m[2]) + strings.TrimRight(s[de:], ".!? "))
		return res
	}
	if m := eventOfRe.FindStringSubmatch(s[:ds]); m != nil && !eventOfHeads[strings.ToLower(m[1])] && presentOrFuture(s) {
		// "The Defendant shall pay the costs of the hearing on 5 March":
		// the day is the hearing's; what the sentence orders is not done
		// on it
		res.title, res.ofPhrase = finish(m[2]), true
		return res
	}
	if m := docOfRe.FindStringSubmatchIndex(s[:ds]); m != nil && len(strings.Fields(s[ds:de])) >= 2 && strings.ContainsAny(s[ds:de], "0123456789") && !inDocument(s[:m[2]]) {
		// "The Claimant relies on the letter of 2 April 2022": the day
		// is the letter's (a day "of" a document is when it was made);
		// what the sentence says of it is not of that day
		res.title, res.ofPhrase = finish(s[m[2]:m[3]]), true
		return res
	}
	if t, ok := figureTitle(s, ds, de); ok {
		res.title = finish(t)
		return res
	}
	if t, ok := dueAsideTitle(s, ds, de); ok {
		res.title = finish(t)
		return res
	}
	s, ds, de = innerClause(s, ds, de)
	s, de = feastAside(s, ds, de)
	if isSubject(s, ds, de) {
		// "The 1990s ended with ...": the date is what the clause is
		// about, and stays.
		res.title = finish(s)
		return res
	}
	if qualifiesNoun(s, ds, de) {
		// "The test is in the spring term": the date names the term.
		res.title = finish(s)
		return res
	}
	if boundInSubject(s, ds, de) {
		// "Questions received after 13 March 2026 will not be
		// answered": the bound says which questions; without it the
		// title says none are
		res.title = finish(s)
		return res
	}
	if prepBeforeMidClause(s, ds, de) {
		// "the harbour master's log for September 2017 does", "the plan
		// for 2020 was approved": the date is the object of a noun's
		// preposition, and the clause goes on; without it the title
		// reads "the log for does".
		res.title = finish(s)
		return res
	}
	if w := strings.ToLower(firstWord(s[ds:de])); (w == "until" || w == "till" || w == "before" || w == "after" || w == "once") && de < len(s) && s[de] == ' ' {
		// "Keep duration short until the first quarter is behind us":
		// the date is the subject of the bound's clause, which goes
		// with it
		if nx := strings.ToLower(firstWord(s[de+1:])); auxiliaries[nx] || nx == "ends" || nx == "begins" || nx == "starts" {
			end := len(s)
			if c := strings.IndexAny(s[de:], ",;:"); c >= 0 {
				end = de + c
			}
			s = strings.TrimRight(s[:de], " ") + s[end:]
		}
	}
	if k := strings.LastIndex(s[:ds], " and "); k > 0 && !strings.ContainsAny(s[k:ds], ",;:()") {
		// "SRT 2013 in Cape Town was cancelled three weeks before the
		// opening and was replaced by a virtual event on 9–10 October
		// 2013": a second verb with its own auxiliary, the date in it, is
		// the date's event, with the subject the two share
		rest := s[k+len(" and "):]
		aux := firstWord(rest)
		switch aux {
		case "was", "were", "has", "have", "had":
			if nx := firstWord(rest[len(aux):]); nx == "been" || pastParticipleRe.MatchString(nx) && unicode.IsLower(firstRune(nx)) {
				if subj := sharedSubject(s[:k], aux); subj != "" && len(strings.Fields(subj)) <= 6 {
					n := len(subj) + 1 - (k + len(" and "))
					s, ds, de = subj+" "+rest, ds+n, de+n
				}
			}
		}
	}
	t := removeSpan(s, ds, de)
	if ds >= 3 && s[ds-2:ds] == ", " && unicode.IsLetter(rune(s[ds-3])) && strings.HasPrefix(s[de:], ", ") && !strings.ContainsAny(s[:ds-2], ",;:") &&
		strings.Trim(s[ds:de], "0123456789-–/") == "" {
		// "During the miners' strike, 1984-86, the pit closed": the
		// years alone set off by commas after the noun they date go with
		// both commas ("During the miners' strike the pit closed", not
		// "During the miners' strike"; a day or a time with its
		// preposition is read as before: "Three weeks later, on 9 March,
		// he left Africa")
		t = s[:ds-2] + " " + s[de+2:]
	}
	if w := strings.ToLower(firstWord(t)); leadPreps[w] && subjectAfterLead(strings.Fields(t)[1:]) == 0 || w == "and" || w == "but" || w == "or" {
		// No subject left: "and in the east until the Ottoman conquest
		// of Constantinople on 29 May 1453" dates the conquest (not a
		// phrase before a subject of its own: "After the war the firm
		// closed" stays whole, no "The war the firm closed").
		if np := eventNounPhrase(s[:ds]); np != "" {
			t = np
			if lw := strings.ToLower(lastWordOf(np)); (len(lw) > 4 && strings.HasSuffix(lw, "est") || lw == "best" || lw == "worst") && strings.TrimRight(s[:ds], " ") != s[:ds] {
				// "after the wettest August we have had since 2012": the
				// date heads the noun phrase, and stays in it
				t = np + " " + s[ds:]
			} else if de < len(s) && s[de] == ' ' && nounAfter(s[de:]) {
				// "Following the success of the 2024 edition in Bangkok,
				// we invite papers": the date names the noun after it,
				// which goes on with the phrase to its comma
				end := len(s)
				if c := strings.IndexAny(s[de:], ",;:"); c >= 0 {
					end = de + c
				}
				t = np + " " + strings.TrimSpace(s[de:end])
			}
		}
	}
	res.title = finish(t)
	return res
}

// secondConjunct reads a date in the second of two verbs joined by
// "and" in a relative clause or a participle phrase set off after a noun
// ("The old school, which was built in 1870 and extended in 1902, is now
// flats", "The chapel, which opened in 1850 and closed in 1962, ...",
// "The old school, built in 1870 and extended in 1902, ..."): it returns
// the sentence without the first verb and what follows it up to the
// second ("The old school, which was extended in 1902, is now flats"),
// keeping an auxiliary the two share, with the date's and the other
// dates' spans in it. ok is false when the date is in no such conjunct:
// the second verb needs no subject of its own.
func secondConjunct(sent string, ds, de int, others [][2]int) (string, int, int, [][2]int, bool) {
	c := strings.LastIndex(sent[:ds], ", ")
	if c <= 0 || ds > len(sent) {
		return "", 0, 0, nil, false
	}
	from := c + 2
	opener := firstWord(sent[from:])
	switch {
	case opener == "which" || opener == "who":
		from += len(opener) + 1
		if from > ds {
			return "", 0, 0, nil, false // (the date right after the pronoun: no verbs before it)
		}
	case unicode.IsLower(firstRune(opener)) && participle(opener) && !nonVerbsEd[opener]:
		// a participle phrase after the sentence's subject, which has
		// no verb of its own
		if ws := strings.Fields(sent[:c]); len(ws) == 0 || len(ws) > 6 || hasVerb(ws) || strings.ContainsAny(sent[:c], ",;:()\"“”") {
			return "", 0, 0, nil, false
		}
	default:
		return "", 0, 0, nil, false
	}
	j := strings.LastIndex(sent[from:ds], " and ")
	if j <= 0 {
		return "", 0, 0, nil, false
	}
	left, rs := sent[from:from+j], from+j+len(" and ")
	v, vs := firstWord(sent[rs:]), rs
	if (sequenceAdverbs[v] || mannerAdverb(v)) && rs+len(v)+1 < ds {
		vs = rs + len(v) + 1 // "and later moved to Leeds"
		v = firstWord(sent[vs:])
	}
	vws := strings.Fields(sent[vs:ds])
	skip := 1
	if len(vws) > 1 && auxiliaries[v] && participle(vws[1]) {
		skip = 2 // "and was sold in 1990"
	}
	vws = vws[min(skip, len(vws)):]
	if rs >= ds || !unicode.IsLower(firstRune(v)) || !(participle(v) || pastOrModal(v)) || nonVerbsEd[v] || modalVerbs[v] ||
		len(vws) > 4 || hasVerb(vws) || strings.ContainsAny(sent[from:ds], ";:()\"“”") {
		return "", 0, 0, nil, false
	}
	lw := strings.Fields(left)
	if len(lw) == 0 || !unicode.IsLower(firstRune(lw[0])) {
		return "", 0, 0, nil, false
	}
	keep := ""
	switch aux := lw[0]; {
	case aux == "was" || aux == "were" || aux == "is" || aux == "are" || aux == "had" || aux == "has" || aux == "have":
		// (not before a verb with an object, the subject's own past:
		// "which was founded in 1990 and moved to Leeds in 1995")
		if !auxiliaries[v] && (aux != "was" && aux != "were" && aux != "is" && aux != "are" || bareParticiple(v, sent[vs+len(v):ds])) {
			keep = aux + " "
		}
	case participle(aux) || pastOrModal(aux) && !modalVerbs[aux]:
	default:
		return "", 0, 0, nil, false
	}
	out := sent[:from] + keep + sent[rs:]
	shift := from + len(keep) - rs
	var kept [][2]int
	for _, o := range others {
		switch {
		case o[1] <= from:
			kept = append(kept, o)
		case o[0] >= rs:
			kept = append(kept, [2]int{o[0] + shift, o[1] + shift})
		}
	}
	return out, ds + shift, de + shift, kept, true
}

// whenClauseTitle returns the headline of a date in a when-clause that
// follows a main clause with a date of its own: "Corvane first learned of
// it last month, when incident responders at Tallis Security noticed
// suspicious sessions on January 17" is "Incident responders at Tallis
// Security noticed suspicious sessions" for January 17 (the main clause
// is last month's event). The clause, from its subject to the sentence's
// end, is read as a sentence of its own; ok is false when the date is in
// no such clause.
func whenClauseTitle(sent string, ds, de int, others [][2]int, lastActor func(person bool) string) (headlineResult, bool) {
	w := strings.LastIndex(sent[:ds], ", when ")
	if w <= 0 || len(others) == 0 {
		return headlineResult{}, false
	}
	from := w + len(", when ")
	dt := sent[ds:de]
	switch strings.ToLower(firstWord(dt)) {
	case "at", "by", "from", "until", "around", "about", "after", "before":
		dt = strings.TrimLeft(dt[len(firstWord(dt)):], " ")
	}
	if clockLeadRe.MatchString(dt) {
		return headlineResult{}, false // "on Sunday 27 October, when British Summer Time ends at 02:00 BST": the day's hour, one event
	}
	if strings.ContainsAny(sent[from:ds], ",;:()") || len(strings.Fields(sent[from:])) < 4 ||
		strings.EqualFold(firstWord(sent[from:]), "it") || !slices.ContainsFunc(others, func(o [2]int) bool { return o[1] <= w }) {
		return headlineResult{}, false
	}
	var inner [][2]int
	for _, o := range others {
		if o[0] >= from {
			inner = append(inner, [2]int{o[0] - from, o[1] - from})
		}
	}
	clause := sent[from:]
	if c := titleFirst(clause); len(c) == len(clause) {
		clause = c
	}
	h := headlineOf(clause, ds-from, de-from, inner, lastActor)
	return h, h.title != ""
}

// boundClauseTitle titles a date that closes a clause of its own after
// the main one, opened by "before", "after" or "until" with a subject and
// a finite verb ("took temporary charge for three games before Ruud
// Verhoef was appointed on 29 November 2023"): the date is that clause's
// event ("Ruud Verhoef was appointed"), the main one only bounded by it.
func boundClauseTitle(sent string, ds, de int, others [][2]int, lastActor func(person bool) string) (headlineResult, bool) {
	k, link := -1, ""
	for _, l := range []string{" before ", " after ", " until "} {
		if i := strings.LastIndex(sent[:ds], l); i > k {
			k, link = i, l
		}
	}
	if k <= 0 || strings.Trim(sent[de:], " .!?") != "" || slices.ContainsFunc(others, func(o [2]int) bool { return o[0] > k }) {
		return headlineResult{}, false
	}
	from := k + len(link)
	ws := strings.Fields(sent[from:ds])
	if len(ws) < 3 || len(ws) > 8 || strings.ContainsAny(sent[from:ds], ",;:()\"“”") || len(strings.Fields(sent[:k])) < 3 ||
		strings.ContainsAny(sent[:k], ";:") {
		return headlineResult{}, false
	}
	// a subject (a name, or a determiner's noun phrase) and a finite verb
	// after it: "Ruud Verhoef was appointed", "the board voted" (not a
	// pronoun, which the main clause names: "kept the light until it was
	// automated in 1961")
	if fw := ws[0]; !unicode.IsUpper(firstRune(fw)) && !determiners[fw] {
		return headlineResult{}, false
	}
	v := -1
	for i := 1; i < len(ws); i++ {
		lw := ws[i]
		if lw == "was" || lw == "were" || lw == "had" || lw == "has" || lw == "is" || lw == "are" || pastOrModal(lw) && !modalVerbs[lw] {
			v = i
			break
		}
		if !unicode.IsUpper(firstRune(lw)) && !determiners[ws[i-1]] && i > 1 {
			break // no noun phrase of its own before the verb
		}
	}
	if v < 1 {
		return headlineResult{}, false
	}
	// a verb, not a participle before a noun: "before the first
	// scheduled review point on June 29"
	if v+1 < len(ws) && !auxiliaries[ws[v]] && !stopWords[ws[v+1]] && !phrasalParticles[ws[v]+" "+ws[v+1]] {
		return headlineResult{}, false
	}
	h := headlineOf(titleFirst(sent[from:]), ds-from, de-from, nil, lastActor)
	return h, h.title != ""
}

// beatVerbs beat or match a record: the record's date after them is the
// old record's, no event of the sentence's.
var beatVerbs = map[string]bool{"beating": true, "breaking": true, "surpassing": true, "eclipsing": true, "equalling": true,
	"equaling": true, "matching": true, "bettering": true}

// beatenRecordTitle titles the date of a record that the sentence says
// was beaten: "..., beating the previous earliest date of 21 September
// 2016 by a week" is "The previous earliest date" (not the new record's
// clause, which tells another day).
func beatenRecordTitle(sent string, ds int) (string, bool) {
	before := strings.TrimRight(sent[:ds], " ")
	if !strings.HasSuffix(before, " of") {
		return "", false
	}
	ws := strings.Fields(before[:len(before)-len(" of")])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		if strings.ContainsAny(ws[i], ",;:()") {
			return "", false
		}
		if beatVerbs[strings.ToLower(ws[i])] {
			np := ws[i+1:]
			if len(np) < 2 || !determiners[strings.ToLower(np[0])] || hasVerb(np) {
				return "", false
			}
			return titleFirst(strings.Join(np, " ")), true
		}
	}
	return "", false
}

// endpointMain reports whether main, the clause before a date that a
// when-clause follows, is an event of its own: a named subject and a verb
// that tells an end, nothing after it ("Roman rule in Britain ended
// around AD 410, when the emperor Honorius told the cities ..." is "Roman
// rule in Britain ended"; the when-clause tells how). (After "began" the
// when-clause is the first thing that happened, told with it: "The
// dispute began in November 2024, when the company offered drivers
// £14.20 an hour"; see startMain.)
func endpointMain(main string) bool {
	ws := strings.Fields(main)
	if len(ws) < 2 || len(ws) > 8 || pronouns[strings.ToLower(ws[0])] || strings.ContainsAny(main, ",;:()") {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if lw := strings.ToLower(w); lw == "that" || lw == "which" || lw == "who" || titleVerb(w) || pastOrModal(lw) {
			return false // "The vote ended a dispute that began on 28/03/2022, when the crews rejected ...": the subject's own clause
		}
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "ended", "finished", "ceased", "collapsed", "fell":
		return true
	}
	return false
}

// startMain reports whether main, the clause before a date that a
// when-clause follows, tells that its named subject began, nothing after
// the verb: "The Hundred Years' War began", "The Peasants' Revolt broke
// out". The when-clause tells what happened first.
func startMain(main string) bool {
	ws := strings.Fields(main)
	if n := len(ws); n >= 2 && strings.EqualFold(ws[n-1], "out") && strings.EqualFold(ws[n-2], "broke") {
		ws = ws[:n-1]
	}
	if len(ws) < 2 || len(ws) > 7 || pronouns[strings.ToLower(ws[0])] || strings.ContainsAny(main, ",;:()") {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		// (a capital is a name's: "The Hundred Years' War")
		if lw := strings.ToLower(w); lw == "that" || lw == "which" || lw == "who" || lw == "and" || lw == "or" || auxiliaries[lw] ||
			w == lw && (titleVerb(w) || pastOrModal(lw)) {
			return false
		}
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "began", "started", "broke", "erupted":
		return true
	}
	return false
}

// dashLabelled reports whether a reporting verb's speaker is a line's
// name set off by a dash ("Water Backup Endorsement - added effective
// 06/01/2024"): what was added, no one who said it.
func dashLabelled(speaker string) bool {
	t := strings.TrimRight(speaker, " ")
	return strings.HasSuffix(t, " -") || strings.HasSuffix(t, " –") || strings.HasSuffix(t, " —")
}

// presentOrFuture reports whether the first verb of a clause is in the
// present or the future: "when a spring tide of 7.2 metres is forecast"
// tells a condition of the main clause's event, not an event.
func presentOrFuture(clause string) bool {
	for _, w := range strings.Fields(clause) {
		switch lw := strings.ToLower(strings.Trim(w, ",.;:")); lw {
		case "is", "are", "will", "shall", "can", "may", "might", "must", "should", "would", "could", "does", "do", "has", "have":
			return true
		default:
			if titleVerb(w) {
				return false
			}
		}
	}
	return false
}

// yearOfRe matches a date text that ends by naming its period as what the
// clause after it tells: "1921, the year", "5 May, the day".
var yearOfRe = regexp.MustCompile(`(?i), (?:the|that) (?:same |very )?(?:year|day|month|week|night|summer|winter|spring|autumn)$`)

// yearOfTitle returns the clause after a date written "X, the year" when it
// has a subject and a verb: the event of that date ("postcards from 1936,
// the year the library burned down"). Not when the date dates a main
// clause before it ("My father sold the orchard in 1974, the same year
// Richard Nixon resigned"): that clause is the event, and the one after
// the year (see yearOfClause) tells only when it was.
func yearOfTitle(sent string, ds, de int) (string, bool) {
	if !yearOfRe.MatchString(sent[ds:de]) || de >= len(sent) || sent[de] != ' ' {
		return "", false
	}
	if yearOfMain(sent, ds) {
		return "", false
	}
	rest := sent[de+1:]
	if c := strings.IndexAny(rest, ";,—–"); c >= 0 {
		rest = rest[:c]
	}
	rest = strings.TrimRight(rest, ".!? ")
	words := strings.Fields(rest)
	if len(words) < 3 || len(words) > 14 || pronouns[strings.ToLower(words[0])] && len(words) < 3 {
		return "", false
	}
	for _, w := range words[1:] {
		if titleVerb(w) {
			return rest, true
		}
	}
	return "", false
}

// yearOfMain reports whether the date at ds, an adverbial of time ("in
// 1974", "on 5 May"), dates a main clause before it that opens with its
// subject and verb: "My father sold the orchard in 1974".
func yearOfMain(sent string, ds int) bool {
	switch strings.ToLower(firstWord(sent[ds:])) {
	case "in", "on", "during":
	default:
		return false
	}
	return subjectVerb(sent[:ds]) != ""
}

// yearOfClause returns the length of the clause after a date written
// "X, the same year" that dates a main clause before it (see yearOfMain):
// " Nixon resigned" in "My father sold the orchard in 1974, the same year
// Nixon resigned.", which tells when and is no part of the title; 0 when
// there is none.
func yearOfClause(sent string, ds, de int) int {
	if de >= len(sent) || sent[de] != ' ' || !yearOfRe.MatchString(sent[ds:de]) || !yearOfMain(sent, ds) {
		return 0
	}
	rest := sent[de:]
	if c := strings.IndexAny(rest, ";,—–.!?"); c >= 0 {
		rest = rest[:c]
	}
	return len(rest)
}

// namePreps are prepositions a name the clause after it tells of may
// follow: "questions about Hadrian's Wall, which".
var namePreps = map[string]bool{"about": true, "on": true, "to": true, "from": true, "with": true, "by": true, "into": true, "over": true, "against": true}

// nameAfterPrep returns how many of the last words are a name of one to
// four capitalised words right after a preposition, with its "the"
// ("about Hadrian's Wall": 2, "to the PTA": 2), or 0.
func nameAfterPrep(words []string) int {
	for n := 1; n <= 4 && n < len(words); n++ {
		w := words[len(words)-n]
		if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, `,;:"“”()`) {
			return 0
		}
		p := words[len(words)-n-1]
		if namePreps[p] {
			return n
		}
		if p == "the" && n+1 < len(words) && namePreps[words[len(words)-n-2]] {
			return n + 1
		}
	}
	return 0
}

// relativeTitle returns the headline of a date that stands in a relative
// clause set off by a comma (", who has led the museum since 2019", ",
// who last won this fixture in March 2021,"): the noun phrase before it
// (at most six words, back to a verb, a quote or a comma) with the
// clause's verb phrase, the date taken out. ok is false when the date is
// not in such a clause or the clause has a subject of its own ("which he
// bought").
func relativeTitle(sent string, ds, de int) (string, bool) {
	k, rel := -1, ""
	for _, r := range []string{", who ", ", which ", ", whom ", " who ", " that "} {
		if i := strings.LastIndex(sent[:ds], r); i > k && !((r == " who " || r == " that ") && i > 0 && sent[i-1] == ',') {
			k, rel = i, r
		}
	}
	if k <= 0 {
		return "", false
	}
	if rel == " that " {
		// only a clause in the subject, its main verb after the date:
		// "The roof repairs that began in January were completed in
		// November"
		if !mainVerbAfter(sent[de:]) || strings.ContainsAny(sent[:k], ",;:") {
			return "", false
		}
	}
	if rel == " who " || rel == " that " {
		// "the neighborhood watch volunteer who shot ...": a noun before
		// it, not "asked who" ("repairs that began" may look like a verb)
		if w := lastWordOf(sent[:k]); w == "" || !unicode.IsLower(firstRune(w)) ||
			rel == " who " && (titleVerb(w) || reportingVerbs[w] != "" || verbWords[w]) || reportingVerbs[w] != "" {
			return "", false
		}
	}
	from := k + len(rel)
	between := sent[from:ds]
	if rel == " who " && modalAfterClause(between) {
		return "", false
	}
	// "we reopened Trench 3, which we had backfilled in August 2023":
	// the clause's own subject, "which" its verb's object
	objRel := (rel == ", which " || rel == ", whom ") && subjectPronouns[firstWord(sent[from:])] && firstWord(sent[from:]) != "it" && !strings.Contains(between, ",")
	if (rel == ", which " || rel == " that " || rel == ", whom ") && !objRel && !strings.Contains(between, ",") && !pronouns[strings.ToLower(firstWord(between))] && relSubjectLen(strings.Fields(between)) > 0 {
		// "Voters rejected the plan, which the council proposed in
		// 2018", "The company that Smith founded in 1985 went bankrupt":
		// a subject of a noun phrase or a name
		objRel = true
	}
	if strings.ContainsAny(between, ";:\"“”()") || complementOpeners[strings.ToLower(firstWord(sent[from:]))] && !objRel || rel == ", whom " && !objRel {
		return "", false
	}
	// commas only around a name set off in the clause ("killed an
	// unarmed teenager, Trayvon Martin, in February")
	if parts := strings.Split(between, ","); len(parts) > 1 {
		for _, p := range parts[1:] {
			ws := strings.Fields(p)
			if len(ws) > 3 {
				return "", false
			}
			for _, w := range ws {
				if !unicode.IsUpper(firstRune(w)) {
					return "", false
				}
			}
		}
	}
	to := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:"); c >= 0 {
		to = de + c
	}
	if rel == " that " {
		to = de // the clause ends with its date; the sentence's verb follows
	}
	subjectWho := false // the subject's "who" clause, the sentence's verb after its date
	if rel == " who " {
		// "A former treasurer who was sentenced in 2015 for bribery was
		// convicted again": the clause ends where the sentence's verb
		// comes
		if i := finiteAux(sent[de:to]); i >= 0 {
			to = de + i
		} else if sw := strings.Fields(sent[:k]); len(sw) <= 5 && !hasVerb(sw) && (mainVerbAfter(sent[de:to]) || presentVerbAfter(sent[de:to])) {
			to = de // "The lawyer who represented him in 2019 resigned in 2020": the subject's own verb follows
			subjectWho = true
		}
	}
	body := strings.TrimRight(removeSpan(sent[from:to], ds-from, min(de, to)-from), ".!? ")
	// (", who joined in 2019, has 4 of the arches": one past verb will
	// do when the clause closes with its date, or the sentence: "Mary
	// Hall, who married in 1872, died in 1930" is cut after 1872)
	closedWho := rel == ", who " && (to < len(sent) && sent[to] == ',' || to == len(sent)) && strings.Trim(sent[de:to], " .!?") == "" && pastOrModal(strings.TrimSpace(body)) && !modalVerbs[strings.TrimSpace(body)]
	if n := len(strings.Fields(body)); n < 1 || n == 1 && rel != " that " && rel != ", which " && !closedWho && !(subjectWho && pastOrModal(strings.ToLower(body)) && !modalVerbs[strings.ToLower(body)]) {
		return "", false // (", which lasted from 12 August to 9 September": "... lasted")
	}
	words := strings.Fields(sent[:k])
	n := 0
	// afterPart: the noun phrase is the object of a participle before it
	// ("a juvenile Sedge Warbler carrying ring Z41207, which was
	// originally fitted at Hollow Marsh in 2022": the ring was)
	afterPart := false
	limit := 6
	for n < len(words) && n < limit {
		w := words[len(words)-1-n]
		lw := strings.ToLower(strings.Trim(w, `"“”'‘’`))
		if rel == ", which " && n >= 1 && n <= 2 && strings.HasSuffix(w, ",") && unicode.IsUpper(firstRune(w)) && !strings.ContainsAny(w[:len(w)-1], `,;:"“”’()`) &&
			!slices.ContainsFunc(words[len(words)-n:], func(x string) bool { return !unicode.IsUpper(firstRune(x)) }) &&
			limit == 6 {
			// a place told with its town: "our flagship on Princes
			// Street, Edinburgh, which opened" tells of the flagship,
			// not of Edinburgh
			n++
			limit++
			continue
		}
		nounAfterArticle := n == 0 && len(words) >= 2 && articles[strings.ToLower(words[len(words)-2])] && !pastOrModal(lw) // ("the plan, which")
		if w != strings.TrimRight(w, `,;:"”’)`) || strings.ContainsAny(w, `"“”`) || reportingVerbs[lw] != "" || titleVerb(w) && !nounAfterArticle {
			break
		}
		if lw == "there's" || lw == "there’s" || lw == "here's" || lw == "here’s" {
			break // "Then there's the hearing, which ran ...": the hearing ran
		}
		if k := len(words) - 2 - n; n >= 1 && k >= 0 && w == lw && presentS(w) && subjectPronouns[strings.ToLower(words[k])] {
			break // "It replaces 2023.3, which came out": a verb after its pronoun
		}
		if limit > 6 && w == lw && determiners[lw] && lw != "of" {
			n++ // the noun phrase before the place opens here: "our flagship on Princes Street, Edinburgh"
			break
		}
		if rel == ", which " && n >= 1 && len(lw) > 4 && strings.HasSuffix(lw, "ing") && w == lw && len(words)-1-n > 0 {
			afterPart = true
			break
		}
		if rel == ", who " && n >= 2 && w == lw && !determiners[lw] && !slices.ContainsFunc(words[len(words)-n:], func(x string) bool { return !unicode.IsUpper(firstRune(x)) }) {
			break // "the murder of newsagent Harold Pike, who was found dead": the person is the name
		}
		n++
	}
	if n == limit && len(words) <= 10 && determiners[strings.ToLower(words[0])] {
		// "The rail outage between Goulburn and Moss Vale, which lasted
		// ...": the sentence's subject, a longer noun phrase, if no verb
		// is in it
		n = len(words)
		for _, w := range words {
			lw := strings.ToLower(strings.Trim(w, `"“”'‘’`))
			if w != strings.TrimRight(w, `,;:"”’)`) || reportingVerbs[lw] != "" || titleVerb(w) || modalVerbs[lw] || auxiliaries[lw] {
				n = limit
				break
			}
		}
	}
	if n == limit && (rel == ", which " || rel == ", who ") {
		// "Year 4 came back full of questions about Hadrian's Wall,
		// which was begun in AD 122": a long phrase, but the clause
		// follows a name after a preposition, and tells of the name
		n = nameAfterPrep(words[len(words)-limit:])
	} else if rel == ", who " && n > 2 {
		// "Thank you to the PTA, who raised £4,200 at the summer fete
		// in June": who did it is the name after the preposition, not
		// the words before it
		if m := nameAfterPrep(words[len(words)-n:]); m > 0 {
			n = m
		}
	}
	if n == 0 || n == limit {
		return "", false
	}
	np := strings.Join(words[len(words)-n:], " ")
	afterPrep := false
	if afterPart {
		if lp := strings.ToLower(firstWord(np)); leadPreps[lp] || datePreps[lp] || lp == "near" || lp == "of" {
			np = strings.TrimSpace(np[len(lp):])
		}
		// (the participle's object alone, no phrase after it: not "a
		// live hacking event in Lisbon", "agreeing to review for the
		// symposium")
		if ws := strings.Fields(np); len(ws) == 0 || len(ws) > 4 || hasVerb(ws) || slices.ContainsFunc(ws, func(w string) bool {
			lw := strings.ToLower(w)
			return stopWords[lw] && !articles[lw]
		}) || determiners[strings.ToLower(words[len(words)-2-n])] {
			return "", false
		}
		if objRel {
			return objectRelative(np, body)
		}
		return titleFirst(np) + " " + body, true
	}
	if j := len(words) - n - 1; rel == ", which " && strings.HasPrefix(np, "of ") && j >= 0 && j < 5 && strings.HasSuffix(words[j], ",") &&
		!slices.ContainsFunc(words[:j+1], func(w string) bool {
			return strings.ContainsAny(strings.TrimSuffix(w, ","), ",;:") || !unicode.IsUpper(firstRune(w)) && !determiners[strings.ToLower(w)]
		}) {
		// "The Sarah Jane, of this port, which sailed for Bombay": the
		// home set off by commas is the name's, which the clause tells of
		np = strings.TrimSuffix(strings.Join(words[:j+1], " "), ",")
	}
	if lp := strings.ToLower(firstWord(np)); n > 1 && (lp == "for" || lp == "to" || lp == "with" || lp == "from" || lp == "among") {
		// "For doctoral candidates who intend to graduate in the
		// December 2024 conferral": the noun after the preposition
		np, afterPrep = strings.TrimSpace(np[len(lp):]), true
		if k := len(words) - n - 1; lp == "to" && k >= 0 && infinitiveTakers[strings.ToLower(words[k])] && strings.Contains(np, " ") {
			// "We may need to arrange gas safety checks, which were
			// last done": the infinitive's object
			np = np[strings.IndexByte(np, ' ')+1:]
		}
	}
	if rel == ", which " && !afterPrep {
		// "which" is never said of people: "Applicants to Round 2,
		// which closed in March" tells of Round 2; nor of what a
		// phrase that is no noun's goes before: "... will be available
		// under extended support, which ends in Q1 2026"
		ws := words[max(0, len(words)-6):]
		for p := len(ws) - 2; p >= 1; p-- {
			if strings.ContainsAny(ws[p], ",;:") {
				break
			}
			if lp := strings.ToLower(ws[p]); lp == "to" || lp == "for" || lp == "under" || lp == "with" || lp == "from" || lp == "in" || lp == "at" || lp == "on" {
				obj := ws[p+1:]
				bad := !unicode.IsUpper(firstRune(np)) && !determiners[strings.ToLower(firstWord(np))] || personPlural(ws[p-1])
				if bad && len(obj) <= 4 && !titleVerb(obj[len(obj)-1]) && !slices.ContainsFunc(obj, func(w string) bool {
					lw := strings.ToLower(w)
					return stopWords[lw] && !articles[lw] || modalVerbs[lw] || subjectVerbs[lw]
				}) {
					np, afterPrep = strings.Join(obj, " "), true
				}
				break
			}
		}
		if afterPrep && !unicode.IsUpper(firstRune(np)) && !determiners[strings.ToLower(firstWord(np))] && !isPlural(lastWordOf(np)) {
			if objRel {
				return objectRelative(np, body) // "removed in 6.0, which we expect in ...": 6.0 is expected
			}
			return titleFirst(np) + " " + body, true // "Extended support ends"
		}
	}
	if !unicode.IsUpper(firstRune(np)) && !determiners[strings.ToLower(firstWord(np))] && !(afterPrep && isPlural(lastWordOf(np))) && !versionRe.MatchString(np) {
		return "", false
	}
	if rel == ", who " {
		np = personOf(np)
	}
	if m := supportForRe.FindStringIndex(np); m != nil && m[1] < len(np) {
		np = np[m[1]:] // "Support for Kubernetes 1.27, which reached end of life": Kubernetes 1.27 did
	}
	if objRel {
		return objectRelative(np, body)
	}
	if m := partOfRe.FindStringIndex(np); m != nil && m[1] < len(np) {
		// "30,120 runners started, a record for the event, which was
		// first held in 1981": the event was held, not the record; a
		// part's or a record's relative clause tells of the whole
		np = np[m[1]:]
	}
	return titleFirst(np) + " " + body, true
}

// versionRe is a release's number alone: "2023.3", "v5.0.0-rc.2",
// "4.8".
var versionRe = regexp.MustCompile(`^v?\d+(?:\.\d+)+(?:-[\w.]+)?$`)

// personOf returns the person's name that closes np when np is a thing
// of theirs: "who" is said of people, so in "the workshop of Joseph
// Reddle, who was apprenticed in 1851" Joseph Reddle was (but not "the
// son of Joseph Reddle", a person too, nor "the Duke of Wellington").
func personOf(np string) string {
	// "a late-night meeting between party leaders, who met": the people
	// a thing was between or among did (not "talks between the two
	// leaders and officials", a list, nor "a dispute among neighbours"
	// of no plural of people)
	for _, prep := range []string{" between ", " among ", " amongst "} {
		i := strings.LastIndex(np, prep)
		if i <= 0 {
			continue
		}
		people, head := np[i+len(prep):], lastWordOf(np[:i])
		ws := strings.Fields(people)
		if len(ws) >= 1 && len(ws) <= 4 && head != "" && (unicode.IsLower(firstRune(head)) || head == np[:i]) && !kinRoleNouns[strings.ToLower(head)] && !personPlural(head) &&
			personPlural(ws[len(ws)-1]) && !slices.ContainsFunc(ws, func(w string) bool { return w == "and" || w == "or" || strings.HasSuffix(w, ",") }) {
			return people
		}
	}
	i := strings.LastIndex(np, " of ")
	if i <= 0 {
		return np
	}
	name := np[i+len(" of "):]
	head := lastWordOf(np[:i])
	ws := strings.Fields(name)
	if len(ws) < 2 || !nameOnly(name) || determiners[strings.ToLower(ws[0])] || head == "" || !unicode.IsLower(firstRune(head)) ||
		kinRoleNouns[head] || personPlural(head) {
		return np
	}
	return name
}

// kinRoleNouns are people named by whose they are ("the son of", "a
// pupil of") and groups of people ("the family of").
var kinRoleNouns = map[string]bool{
	"son": true, "daughter": true, "wife": true, "husband": true, "widow": true, "widower": true, "brother": true,
	"sister": true, "father": true, "mother": true, "child": true, "heir": true, "friend": true, "pupil": true,
	"student": true, "apprentice": true, "partner": true, "servant": true, "nephew": true, "niece": true,
	"grandson": true, "granddaughter": true, "cousin": true, "member": true, "assistant": true, "successor": true,
	"predecessor": true, "colleague": true, "descendant": true, "employee": true, "follower": true, "disciple": true,
	// and groups of people: "the Fenwick family of Cold Ashby, who sold it"
	"family": true, "household": true, "clan": true, "tribe": true, "people": true, "crew": true, "team": true,
	"staff": true, "firm": true, "company": true, "board": true, "council": true, "committee": true, "band": true,
	"congregation": true, "community": true, "group": true, "society": true,
}

// roleLabel reports whether a bracket's label is one lower-case word that
// may name a post ("rector", "mayor", "headmaster"): no verb, no
// abbreviation, no word of time or place.
func roleLabel(label string) bool {
	if len(label) < 3 || strings.ContainsAny(label, " .") {
		return false
	}
	for _, r := range label {
		if !unicode.IsLower(r) {
			return false
		}
	}
	switch label {
	case "circa", "approx", "approximately", "about", "around", "roughly", "from", "between", "until", "till", "during", "est", "fl", "active", "built", "open", "opened", "closed", "working", "operating", "erected", "rebuilt", "restored":
		return false
	}
	return !leadPreps[label] && !datePreps[label] && !hasVerb([]string{label}) && !participle(label)
}

// objectRelative titles a relative clause with a subject of its own,
// "which" the object of its verb: np "Trench 3" and body "we had
// backfilled at the end of last season" give "We had backfilled Trench 3
// at the end of last season". The verb must be past or a participle
// after auxiliaries ("we had backfilled", "they built").
func objectRelative(np, body string) (string, bool) {
	ws := strings.Fields(body)
	if len(ws) == 2 && expectVerbs[strings.ToLower(ws[1])] != "" {
		// "6.0, which we expect in the second half of 2025": what is
		// expected then ("6.0 expected", not "6.0 we expect")
		return titleFirst(np) + " " + expectVerbs[strings.ToLower(ws[1])], true
	}
	v := max(1, relSubjectLen(ws))
	for v < len(ws) && (auxiliaries[ws[v]] || modalVerbs[ws[v]] || len(ws[v]) > 4 && strings.HasSuffix(ws[v], "ly")) {
		v++
	}
	if v >= len(ws) || !(pastOrModal(ws[v]) || pastParticipleRe.MatchString(ws[v]) && v > 1) || modalVerbs[ws[v]] || strings.ContainsAny(ws[v], ",;:") {
		return "", false
	}
	if determiners[strings.ToLower(firstWord(np))] {
		np = strings.ToLower(np[:1]) + np[1:]
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "to", "in", "on", "at", "from", "with", "for", "into", "about", "of", "by", "over", "through":
		return "", false // "which we moved to": the verb's object is no longer np
	}
	out := append(append(append([]string{}, ws[:v+1]...), np), ws[v+1:]...)
	return titleFirst(strings.Join(out, " ")), true
}

// relSubjectLen returns how many words of ws, a relative clause after
// its pronoun, are its subject, a noun phrase or a name before the verb
// ("the council proposed": 2, "Smith founded": 1), or 0 when it opens
// with no such subject.
func relSubjectLen(ws []string) int {
	for v := 1; v < len(ws) && v <= 4; v++ {
		if w := ws[v]; auxiliaries[w] || modalVerbs[w] || pastOrModal(w) || unicode.IsLower(firstRune(w)) && pastParticipleRe.MatchString(w) {
			if clauseSubject(ws[:v]) {
				return v
			}
			return 0
		}
	}
	return 0
}

// expectVerbs are the present forms of the verbs that say when something
// is looked for, and their participles.
var expectVerbs = map[string]string{"expect": "expected", "anticipate": "anticipated", "plan": "planned", "target": "targeted", "schedule": "scheduled", "intend": "intended", "forecast": "forecast", "predict": "predicted"}

// supportForRe opens a release note's noun phrase of what is (no longer)
// supported: "Support for", "Dropped support for".
var supportForRe = regexp.MustCompile(`(?i)^(?:(?:dropped|removed|added|deprecated|ended|restored)\s+)?support\s+for\s+`)

// finiteAux returns where the first finite auxiliary ("was", "were",
// "has", "will") opens a word of s, -1 when none does: after a relative
// clause with no comma around it, the sentence's own verb.
func finiteAux(s string) int {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
		switch firstWord(s[i:]) {
		case "was", "were", "is", "are", "has", "have", "had", "will", "would":
			return i
		}
	}
	return -1
}

// modalAfterClause reports whether the words between "who" and a date
// hold the sentence's own modal verb after the relative clause's verb
// ("Members who want to help may contact the recorder" before 30 April):
// a modal past the clause's first word, after no pronoun, reporting verb
// or "that" (whose clause it would be: "who said the yard would close").
// The date is then the main clause's, not the relative clause's.
func modalAfterClause(between string) bool {
	ws := strings.Fields(between)
	for i := 1; i < len(ws); i++ {
		w := strings.ToLower(ws[i-1])
		if subjectPronouns[w] || w == "that" || reportingVerbs[w] != "" || strings.ContainsAny(ws[i-1], ",;:") {
			return false
		}
		if modalVerbs[ws[i]] {
			return i >= 2 || !modalVerbs[w] && !verbWords[w] && !strings.HasSuffix(w, "ly")
		}
	}
	return false
}

// relativeSubjectRe is a subject with a relative clause and no comma
// around it, up to the sentence's own verb: "A former treasurer who was
// sentenced for bribery was": the subject, the clause and the verb.
var relativeSubjectRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}?) who (?:(?:was|were|had been|has been|have been|is|are) )?[a-z]+(?: [^,;:"“”()]*?)? (was|were|is|are|has|have|had|will|would) `)

// mainVerbAfter reports whether rest (what follows a date) opens with a
// finite verb of the sentence: "were completed", "was sold", "has".
func mainVerbAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	w := firstWord(rest)
	switch strings.ToLower(w) {
	case "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "did", "remain", "remains", "remained":
		return true
	}
	// a verb in the past with its object: "The typhoon that struck on
	// Sunday left 200,000 homes without power"
	return w != "" && w == rest[:len(w)] && unicode.IsLower(firstRune(w)) && isVerbWord(w) && !nonVerbsEd[w] &&
		!postModifiers[w] && len(strings.Fields(rest)) >= 2
}

// presentVerbAfter reports whether rest, what follows the date that
// closes a relative clause in the subject, opens with the sentence's
// verb in the plain present and what it takes: "keep their pensions" of
// "Workers who joined before 2010 keep their pensions", "retire at 60".
// Not a preposition, an adverb or a participle that goes on with the
// clause ("as apprentices", "only", "aged 18").
func presentVerbAfter(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) < 2 {
		return false
	}
	w, next := ws[0], strings.ToLower(strings.Trim(ws[1], ",;:.!?"))
	if stillAdverbs[w] && len(ws) >= 3 {
		w, next = ws[1], strings.ToLower(strings.Trim(ws[2], ",;:.!?")) // "still keep their pensions"
	}
	lw := strings.ToLower(w)
	if w != lw || !isLowerWord(w) || stopWords[lw] || functionWords[lw] || danglingPreps[lw] || datePreps[lw] || leadPreps[lw] ||
		mannerAdverb(lw) || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || irregularPast[lw] || pastParticipleRe.MatchString(lw) ||
		presentS(lw) || strings.ContainsAny(w, ",;:.!?") {
		return false
	}
	return articles[next] || determiners[next] && next != "of" || next == "them" || next == "us" || next == "him" || next == "no" ||
		next == "at" || next == "to" || next == "for" || next == "from" || next == "on" || next == "in" || next == "with"
}

// relativeEmptiedRe is a relative clause left with its verb alone once its
// date is gone, before the sentence's own verb: "The roof repairs that
// began were completed" reads "The roof repairs were completed".
var relativeEmptiedRe = regexp.MustCompile(`\b(?:that|which) (?:[a-z]+ed|began|ran|took|came|went|grew|fell|rose|won|made|held|left|met|broke|built|sold|led|began|opened|closed) (was|were|is|are|has|have|had|will|would|remained|remains)\b`)

// lastWordOf returns the last word of s, lower-cased.
func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ",;:.\"'’”"))
}

// ws0 is the first of words, "" for none.
func ws0(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// sinceStateRe matches a state said to have lasted since the date after
// it: "after being closed since", "after having been under curfew since",
// "after being elected in", "after being closed" (when the date's own
// "since", "in" or "on" opens the date).
var sinceInOnRe = regexp.MustCompile(`(?i)^(?:since|in|on)\s`)

var sinceStateRe = regexp.MustCompile(`(?i)\b(?:after|having)\s+(?:being|been|having\s+been)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*((?:since|in|on)\s*)?$`)

// minutesOfRe matches what stands before the day of a meeting whose
// record a sentence is about: "The minutes of the meeting of", "the
// record of its sitting on".
var minutesOfRe = regexp.MustCompile(`(?i)\b(?:minutes|record|notes|summary|transcript)\s+of\s+(?:the|its|their|our|this|that)\s+((?:[\w-]+\s+){0,3}?(?:meeting|session|sitting|hearing|assembly|conference))\s+(?:of|on|dated)\s*$`)

// presentAfterSubject reports whether w, right after a subject whose
// head is the noun head and its participle phrase's date, is the
// sentence's verb in the present: "The report published on 3 May 2024
// shows", "The plans submitted on 3 May 2024 include".
func presentAfterSubject(head, w string) bool {
	lw := strings.ToLower(w)
	if presentS(w) && !isPlural(strings.ToLower(head)) {
		return true
	}
	return isPlural(strings.ToLower(head)) && isLowerWord(w) && !strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ly") &&
		!strings.HasSuffix(lw, "ed") && !functionWords[lw] && !stopWords[lw] && !datePreps[lw] && !leadPreps[lw] && !danglingPreps[lw]
}

// asChangedRe ends the words before the day a thing named just before
// was changed, cited as changed: "as amended on", ", as varied on".
// Group 1 is the participle.
var asChangedRe = regexp.MustCompile(`(?i)(?:,\s*|\s)as\s+(amended|varied|revised|updated|extended|renewed|modified|restated|corrected|consolidated|reissued|confirmed|approved|adopted|ratified)\s+(?:(?:on|in)\s+)?$`)

// instrumentPlurals are the plural names of instruments, capitalised
// as titles ("the Regulations", "the Rules"), which isPlural leaves as
// names.
var instrumentPlurals = map[string]bool{"regulations": true, "rules": true, "byelaws": true, "bylaws": true, "directions": true, "orders": true,
	"provisions": true, "terms": true, "conditions": true, "arrangements": true, "articles": true, "schedules": true}

// limitAfterCommaRe ends the words before a date with a limit set off
// by a comma after the clause it bounds: ", but not earlier than", ", and
// in any case no later than", ", but" (before "not before 6 April",
// "by 6 April", which the date's text holds).
var limitAfterCommaRe = regexp.MustCompile(`(?i),\s*(?:(?:but|and|yet)\s+)?(?:(?:in\s+any\s+(?:case|event)|at\s+the\s+(?:latest|earliest))\s*,?\s+)?(?:(?:no|not)\s+(?:later|earlier|sooner)\s+than\s*)?$`)

// citedAsRe matches an instrument's sentence of its name and the start of
// its coming into force, up to the day: "These Regulations may be cited
// as the Coastal Footpaths Regulations 2025 and come into force on ".
// Group 1 is the instrument, group 2 its coming into force.
var citedAsRe = regexp.MustCompile(`(?i)^((?:this|these)\s+(?:[\w-]+\s+){0,2}?(?:order|regulations|rules|scheme|instrument|byelaws|act|measure|code|direction|directions))\s+may\s+be\s+cited\s+as\s+[^;:]+?\s+and\s+((?:comes?|shall\s+come|will\s+come)\s+into\s+(?:force|operation))\s*(?:on\s*)?$`)

// eventOfRe matches what stands before the day of an event that a noun
// is of: "the costs of the hearing on", "in advance of the trial on",
// "the outcome of the case management conference on". Group 1 is the
// noun, group 2 the event's noun phrase.
var eventOfRe = regexp.MustCompile(`(?i)\b([a-z]+)\s+of\s+((?:the|its|their|our|this|that|his|her)\s+(?:[\w-]+\s+){0,3}?(?:hearing|meeting|trial|conference|session|sitting|inquest|inquiry|assembly|ballot|election|vote|auction|inspection|interview|examination|ceremony|mediation|arbitration))(?:\s+(?:on|of|dated|held(?:\s+on)?))?\s*$`)

// docOfRe matches a document, or a decision, that a day written after
// "of" is the day of: "the letter of ", "the Tribunal's decision of " (or
// a deadline: "after the statutory deadline of 30 September 2024 had
// passed" is "The statutory deadline").
var docOfRe = regexp.MustCompile(`(?i)\b((?:the|its|their|our|this|that|his|her|\p{Lu}[\p{L}'’-]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,2}?(?:deadline|letter|decision|application|order|judgment|judgement|notice|report|agreement|contract|lease|deed|email|e-mail|resolution|determination|award|ruling|direction|directions|memorandum|statement|invoice|certificate|request|complaint|submission))\s+of\s*$`)

// inDocument reports whether the words before a document's noun phrase
// end with "in" after a clause's words: what the sentence says was done in
// the document ("We reported a significant weakness in our interim report
// of 18 July 2024", "The council explained in its letter of 2 April 2022
// that ...") was done on its day, and the clause titles it.
func inDocument(before string) bool {
	before = strings.TrimRight(before, " ")
	return lastWordOf(before) == "in" && len(strings.Fields(before)) >= 3
}

// eventOfHeads are the nouns of what is done to an event, on a day that
// may be theirs rather than the event's: "the adjournment of the hearing
// on 5 March".
var eventOfHeads = map[string]bool{
	"adjournment": true, "postponement": true, "cancellation": true, "rescheduling": true, "relisting": true,
	"vacation": true, "vacating": true, "date": true, "dates": true, "time": true, "listing": true, "notice": true,
	"suspension": true, "resumption": true, "reopening": true, "opening": true, "closing": true, "close": true, "start": true, "end": true,
	"announcement": true, "result": true, "results": true, "count": true,
}

// modifierDate reports whether the date at ds:de stands between a
// determiner and its noun ("our 2022/23 report", "the 2019 budget"): it
// tells which thing, and the phrase goes on after it.
func modifierDate(s string, ds, de int) bool {
	if de >= len(s) || s[de] != ' ' || ds < 2 || s[ds-1] != ' ' {
		return false
	}
	before := strings.ToLower(lastWordOf(strings.TrimRight(s[:ds], " ")))
	if !determiners[before] && !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") {
		return false
	}
	next := firstWord(s[de:])
	ln := strings.ToLower(strings.TrimRight(next, ",;:.!?"))
	return ln != "" && isLowerWord(next) && nounLike(ln) && !titleVerb(ln) && !auxiliaries[ln] && !modalVerbs[ln] && !stopWords[ln] && !datePreps[ln]
}

// scheduledFor are the participles that give, after "for", the day a
// thing is set to happen ("the hearing listed for 12 June"): the day is
// the thing's, not the day it was set.
var scheduledFor = map[string]bool{
	"listed": true, "fixed": true, "scheduled": true, "set": true, "arranged": true, "planned": true, "booked": true,
	"timetabled": true, "slated": true, "relisted": true, "rescheduled": true, "earmarked": true,
}

// objectPreps take a noun phrase as their object and never open a
// clause (as "as", "since", "before", "after" and "until" do: "as his
// motorcade passed through Dealey Plaza" has a subject and its verb).
var objectPreps = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "with": true, "from": true, "into": true, "for": true, "of": true,
	"to": true, "about": true, "over": true, "under": true, "through": true, "during": true, "among": true,
	"against": true, "around": true, "within": true, "toward": true, "towards": true, "between": true, "onto": true,
}

// objectParticipleTitle returns the headline of a date in a participle
// phrase after the object of a verb, with no comma: "A London museum on
// Monday handed over 72 artefacts looted from the Kingdom of Benin in 1897"
// gives "72 artefacts were looted from the Kingdom of Benin" for 1897, not
// what the museum did. The noun phrase runs from after the clause's verb to
// the participle; ok is false when there is no verb before it, or it is
// not a plain noun phrase ("retired and moved").
func objectParticipleTitle(s string, ds, de int) (string, bool) {
	if modifierDate(s, ds, de) {
		// "The 12 recommendations made in our 2023 report have been
		// implemented": the date names which report, inside the phrase,
		// which does not end at it (was "The 12 recommendations were
		// made in our")
		return "", false
	}
	head := withoutBrackets(s[:ds]) // ("The camera trap (unit CT-7, battery 92%) installed on 28 May")
	if c := strings.LastIndexAny(head, ",;:"); c >= 0 {
		// ", particularly the HS2 rescoping announced in October 2023":
		// the item picked out was announced then
		ws := strings.Fields(head[c+1:])
		// (or the object of an -ing phrase: ", reviving a project
		// abandoned in 1975": the project was abandoned then)
		lead := strings.ToLower(ws0(ws))
		d := 1 // where the object opens
		if (lead == "which" || lead == "that") && len(ws) >= 5 && len(ws) <= 10 {
			// (or of a relative clause's verb: ", which would tie the
			// record set on July 20, 2023": the record was set then)
			d = -1
			for k := len(ws) - 2; k >= 2; k-- {
				if articles[strings.ToLower(ws[k])] {
					if (titleVerb(ws[k-1]) || slices.ContainsFunc(ws[1:k-1], titleVerb) && unicode.IsLower(firstRune(ws[k-1])) && !stopWords[strings.ToLower(ws[k-1])]) &&
						!slices.ContainsFunc(ws[k+1:len(ws)-1], titleVerb) {
						d = k
					}
					break
				}
			}
		} else if !(listAdverbs[lead] || len(lead) > 5 && strings.HasSuffix(lead, "ing")) {
			d = -1
		}
		if d > 0 && len(ws) >= 3 && len(ws) <= 10 && len(ws)-d <= 7 && determiners[strings.ToLower(ws[d])] {
			p := ws[len(ws)-1]
			if unicode.IsLower(firstRune(p)) && pastParticipleRe.MatchString(p) && !intransitive[p] {
				np := strings.Join(ws[d:len(ws)-1], " ")
				end := len(s)
				if k := strings.IndexAny(s[de:], ",;:"); k >= 0 {
					end = de + k
				}
				tail := strings.TrimRight(strings.TrimSpace(s[de:end]), ".!?")
				return strings.TrimSpace(titleFirst(np) + " " + agree(np, "was") + " " + p + " " + tail), true
			}
		}
		if len(ws) < 4 || !slices.ContainsFunc(ws[:len(ws)-1], titleVerb) || !strings.HasSuffix(strings.TrimRight(head, " "), ws[len(ws)-1]) {
			return "", false // a comma between: not this phrase (participleTitle's)
		}
		// a clause of its own after the comma, its verb's object the
		// participle's: ", went to a researcher who found a tenant
		// isolation flaw reported on 30 August"
		head = head[c+1:]
	}
	words := strings.Fields(head)
	if len(words) < 3 {
		return "", false
	}
	// The participle: within six words before the date.
	p := -1
	for i := len(words) - 1; i >= 2 && i >= len(words)-6; i-- {
		w := words[i]
		if unicode.IsLower(firstRune(w)) && pastParticipleRe.MatchString(w) && !nonVerbsEd[w] && !intransitive[w] {
			p = i
			break
		}
	}
	if p < 0 {
		return "", false
	}
	if p+1 < len(words) {
		// "given Grade II listed status on 12 May": a participle before
		// its noun is an adjective, not the phrase the date is of
		if nx := strings.ToLower(strings.Trim(words[p+1], ",;:")); unicode.IsLower(firstRune(words[p+1])) && !datePreps[nx] && !leadPreps[nx] && !danglingPreps[nx] && nx != "by" && nx != "to" && nx != "as" {
			return "", false
		}
	}
	// an adverb of the participle: "the rescheduled fixture originally
	// set for February 24"
	adv := ""
	if p >= 3 && participleAdverbs[words[p-1]] {
		adv = words[p-1]
	}
	// The clause's verb before the noun phrase.
	v, modal := -1, false
	rel := slices.IndexFunc(words[max(0, p-6):p], func(w string) bool { return objectRelatives[strings.ToLower(w)] }) // ("the man whom officers arrested")
	for i := p - 1; i >= 0; i-- {
		if rel >= 0 && i == p-1 && perfectAux[strings.ToLower(words[i])] {
			continue // "a woman whom police had detained": the relative clause's own auxiliary
		}
		if adv != "" && i > 0 && articles[strings.ToLower(words[i-1])] && strings.HasSuffix(words[i], "ed") {
			continue // "the rescheduled fixture": an adjective after its article
		}
		if i > 0 && articles[strings.ToLower(words[i-1])] && !modalVerbs[strings.ToLower(words[i])] && !auxiliaries[strings.ToLower(words[i])] {
			continue // "The plans submitted on": a noun after its article, no verb
		}
		if titleVerb(words[i]) || presentVerb(words, i) {
			v = i
			break
		}
		if i > 0 && subjectPronouns[strings.ToLower(words[i-1])] && words[i-1] != "it" && isLowerWord(words[i]) && !stopWords[strings.ToLower(words[i])] && !mannerAdverb(strings.ToLower(words[i])) {
			v = i // "He read a letter written in 1944": the word after a subject pronoun is its verb
			break
		}
		if i > 0 && modalVerbs[strings.ToLower(words[i-1])] && isLowerWord(words[i]) && !auxiliaries[strings.ToLower(words[i])] && !stopWords[strings.ToLower(words[i])] {
			// "The Tenant shall repay the deposit paid on 1 October
			// 2014 within 10 days": a verb an order gives, with its
			// modal; what follows the day is the order's
			v, modal = i, true
			break
		}
	}
	if v < 0 && adv != "" {
		// the object of a preposition after the clause: "travel to
		// Northgate on Wednesday for the rescheduled fixture originally
		// set for February 24": the fixture was set then
		for i := p - 3; i >= 1 && i >= p-6; i-- {
			if lw := words[i]; (lw == "for" || lw == "to" || lw == "with") && articles[strings.ToLower(words[i+1])] {
				v = i
				break
			}
		}
	}
	if fw := strings.ToLower(firstWord(s[de:])); v < 0 && p <= 4 && p+1 < len(words) && determiners[strings.ToLower(words[0])] && scheduledFor[strings.ToLower(words[p])] && strings.ToLower(words[p+1]) == "for" &&
		(titleVerb(fw) || auxiliaries[fw] || modalVerbs[fw] || presentAfterSubject(words[p-1], fw)) {
		// "The hearing listed for 12 June 2026 is vacated", "The meeting
		// scheduled for 4 May was cancelled": the day is the hearing's,
		// what befalls it the main verb's, as of "The hearing on 12 June
		// 2026 is vacated" (not "The hearing was listed": it was listed
		// before, for that day)
		end := len(s)
		if c := strings.IndexAny(s[de:], ",;:"); c >= 0 {
			end = de + c
		}
		if rest := strings.TrimRight(strings.TrimSpace(s[de:end]), ".!? "); rest != "" {
			return titleFirst(strings.Join(words[:p], " ")) + " " + rest, true
		}
	}
	subject := false
	after := firstWord(s[de:])
	if rel >= 0 && (clauseAdverbs[after] || sequenceAdverbs[after] || after == "still" || after == "now") {
		after = firstWord(s[de+len(after)+1:]) // "The bridge which the army built in 1944 still stands"
	}
	if v < 0 && (p <= 4 || rel >= 0 && p <= 8) && determiners[strings.ToLower(words[0])] && (titleVerb(after) || presentAfterSubject(words[p-1], after)) {
		// The subject's participle phrase, the verb after it: "A review
		// published in the autumn of 2021 recommended ...".
		subject = true
	} else if fw := strings.ToLower(firstWord(s[de:])); v < 0 && p <= 8 && determiners[strings.ToLower(words[0])] && (titleVerb(fw) || fw == "was" || fw == "were" || fw == "had" || fw == "has" || fw == "have") {
		// "The minutes of the meeting held on 17 September were
		// agreed": the participle is said of the noun after "of"
		for i := p - 1; i > 0; i-- {
			if strings.ToLower(words[i]) == "of" {
				if i+1 < p && determiners[strings.ToLower(words[i+1])] {
					v, subject = i, true
				}
				break
			}
		}
		if !subject {
			return "", false
		}
	} else if v < 0 || p-v < 2 || p-v > 6 {
		return "", false
	}
	np := words[v+1 : p]
	if adv != "" && len(np) > 1 {
		np = np[:len(np)-1]
	}
	switch strings.ToLower(np[0]) {
	case "over", "up", "out", "aside", "off", "down", "back", "away":
		np = np[1:] // "handed over 72 artefacts", "set aside the judgment"
	}
	prepObject := false
	if !subject {
		// the object of a preposition after the verb: "The figures
		// appeared in a bulletin published on 2 October" (a bulletin
		// was published then), "the minutes of the meeting held on"
		for r := len(np) - 2; r >= 0; r-- {
			if lr := strings.ToLower(np[r]); objectPreps[lr] && articles[strings.ToLower(np[r+1])] {
				np, prepObject = np[r+1:], true
				break
			}
		}
	}
	if len(np) == 0 {
		return "", false
	}
	// "the man whom officers arrested in 2019": the past form is the
	// verb of a relative clause with its own subject, whose object the
	// noun before the pronoun is ("Officers arrested the man")
	relSubj, relAux := "", ""
	if slices.Contains(np, "whose") {
		return "", false // "the nurse whose clinic opened": the clause's own subject, whoseTitle's
	}
	if r := slices.IndexFunc(np, func(w string) bool { return objectRelatives[strings.ToLower(w)] }); r >= 1 {
		subj := np[r+1:]
		if n := len(subj); n >= 2 && perfectAux[strings.ToLower(subj[n-1])] {
			relAux, subj = strings.ToLower(subj[n-1]), subj[:n-1]
		}
		if !clauseSubject(subj) {
			return "", false // a wrong title is worse than none ("the man whom officers were arrested")
		}
		relSubj, np = strings.Join(subj, " "), np[:r]
	}
	for i, w := range np {
		lw := strings.ToLower(w)
		if adv != "" && i > 0 && articles[strings.ToLower(np[i-1])] && titleVerb(w) && strings.HasSuffix(lw, "ed") {
			continue // "the rescheduled fixture": an adjective after its article
		}
		if subject && i == len(np)-1 && i > 0 && articles[strings.ToLower(np[i-1])] && !modalVerbs[lw] && !auxiliaries[lw] {
			continue // "The plans submitted on 3 May 2024 include": a noun after its article
		}
		if listLinks[lw] || lw == "to" || modalVerbs[lw] || titleVerb(w) || danglingPreps[lw] && lw != "of" {
			return "", false
		}
	}
	last := np[len(np)-1]
	if !nounLike(last) && !unicode.IsUpper(firstRune(last)) && !(subject && len(np) >= 2 && determiners[strings.ToLower(np[len(np)-2])]) &&
		!(len(np) >= 2 && articles[strings.ToLower(np[len(np)-2])] && strings.HasSuffix(last, "ing")) {
		return "", false // (but "the meeting held on 17 September": a noun after its article)
	}
	if d := strings.ToLower(np[0]); !determiners[d] && !unicode.IsDigit(firstRune(d)) && !unicode.IsUpper(firstRune(np[0])) && !isPlural(np[0]) {
		return "", false
	}
	pStart := strings.LastIndex(s[:ds], " "+words[p]+" ") + 1
	if pStart <= 0 {
		return "", false
	}
	if adv != "" && strings.HasSuffix(s[:pStart-1], " "+adv) {
		pStart -= len(adv) + 1 // "was originally set", the adverb with its participle
	}
	end := len(s)
	if c := strings.IndexAny(s[de:], ",;:"); c >= 0 {
		end = de + c
	}
	if fw := strings.ToLower(firstWord(s[de:])); subject || modal || auxiliaries[fw] || modalVerbs[fw] {
		// the main verb follows ("The application to set aside the
		// judgment entered on 3 December 2024 is granted"), or the
		// order's terms
		end = de
	}
	if lp := strings.ToLower(words[p]); !subject && relSubj == "" && scheduledFor[lp] && strings.EqualFold(strings.TrimSpace(s[pStart+len(lp):ds]), "for") {
		// "The court vacated the hearing listed for 12 June 2026": the
		// day is the hearing's, and what the clause does to it the
		// title, as of "The hearing listed for 12 June 2026 is
		// vacated" (not "The hearing was listed": it was listed
		// before, for that day)
		if prepObject {
			// "Lawyers prepared for the trial scheduled for 3 May":
			// the trial is that day's, not what is done for it
			return titleFirst(strings.Join(np, " ")), true
		}
		tail := strings.TrimRight(strings.TrimSpace(s[de:end]), ".!? ")
		return strings.TrimSpace(strings.TrimRight(s[:pStart], " ") + " " + tail), true
	}
	phrase := strings.TrimRight(removeSpan(s[pStart:end], ds-pStart, min(de, end)-pStart), ".!? ")
	subj := strings.Join(np, " ")
	if relSubj != "" {
		if determiners[strings.ToLower(np[0])] {
			subj = strings.ToLower(subj[:1]) + subj[1:]
		}
		verb, tail, _ := strings.Cut(phrase, " ")
		if relAux != "" {
			verb = relAux + " " + verb
		}
		return strings.TrimSpace(titleFirst(relSubj) + " " + verb + " " + subj + " " + strings.TrimSpace(tail)), true
	}
	if lp := strings.ToLower(words[p]); lp == "dated" || lp == "postmarked" {
		// "a haulage contract dated 4 March 2023 with the council": the
		// date is the document's, which the headline names
		rest := strings.TrimSpace(phrase[len(words[p]):])
		switch strings.ToLower(firstWord(rest)) {
		case "with", "between", "from", "to", "for", "of", "by":
			// "a letter dated ... from the governor"
		default:
			rest = "" // where it was found, what was done with it
		}
		return strings.TrimSpace(titleFirst(subj) + " " + rest), true
	}
	return titleFirst(subj) + " " + agree(subj, "was") + " " + phrase, true
}

// ownerEnding is the ending that makes a noun phrase an owner: "’s", or
// "’" after a plural in "s" ("the workers’").
func ownerEnding(np string) string {
	if w := lastWordOf(np); strings.HasSuffix(w, "s") && isPlural(strings.ToLower(w)) && !unicode.IsUpper(firstRune(w)) {
		return "’"
	}
	return "’s"
}

// subjectRelativeOpen returns where a relative clause with its verb
// opens in head, the words before a date in a sentence's subject ("The
// lawyer who represented him", "The ferry that sank"): the space before
// the pronoun, after a noun phrase of a determiner or a name with no
// verb, the clause a past verb and at most four words after it; -1
// otherwise.
func subjectRelativeOpen(head string) int {
	ws := strings.Fields(head)
	for k := 1; k < len(ws) && k <= 5; k++ {
		lw := strings.ToLower(ws[k])
		if lw != "who" && lw != "that" && lw != "which" {
			continue
		}
		np, cl := ws[:k], ws[k+1:]
		if len(cl) == 0 || len(cl) > 5 || hasVerb(np) || !determiners[strings.ToLower(np[0])] && !unicode.IsUpper(firstRune(np[0])) ||
			!pastOrModal(strings.ToLower(cl[0])) || modalVerbs[strings.ToLower(cl[0])] || !unicode.IsLower(firstRune(cl[0])) ||
			slices.ContainsFunc(ws, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”") }) {
			return -1
		}
		return strings.LastIndex(head, " "+ws[k]+" ")
	}
	return -1
}

// relativeOpen returns where the relative clause opens whose subject
// head ends ("the man whom officers", "the house that her father"): the
// space before the pronoun, or -1 when head does not end so.
func relativeOpen(head string) int {
	ws := strings.Fields(head)
	for k := len(ws) - 2; k >= 1 && k >= len(ws)-5; k-- {
		if ws[k] == "whose" && k+1 < len(ws) && k+3 >= len(ws) && !slices.ContainsFunc(ws[k+1:], func(w string) bool { return !npWord(w) }) {
			return strings.LastIndex(head, " whose ") // "The nurse whose clinic opened in 1950 retired"
		}
		if objectRelatives[strings.ToLower(ws[k])] {
			if !clauseSubject(ws[k+1:]) {
				return -1
			}
			return strings.LastIndex(head, " "+ws[k]+" ")
		}
	}
	return -1
}

// thatObjectClause reads " that " at k, before the date at ds, as a
// relative clause whose object is the noun phrase before it, when the
// clause is a subject and its past verb right before the date: "We found
// the letter that she wrote in 1944" is "she wrote the letter in 1944"
// (the clause was "she wrote"). A noun that a clause completes ("the news
// that the firm closed in 2019") or one of time ("the year that the mill
// closed") keeps the clause as it is.
func thatObjectClause(s string, k, ds, de int) (string, int, int, bool) {
	cw := strings.Fields(s[k+len(" that ") : ds])
	n := len(cw)
	if n < 2 || n > 5 {
		return "", 0, 0, false
	}
	verb := cw[n-1]
	if !unicode.IsLower(firstRune(verb)) || !pastParticipleRe.MatchString(verb) && !irregularPast[verb] || nonVerbsEd[verb] || intransitive[verb] {
		return "", 0, 0, false
	}
	subj := cw[:n-1]
	if len(subj) >= 2 && perfectAux[strings.ToLower(subj[len(subj)-1])] {
		verb = subj[len(subj)-1] + " " + verb
		subj = subj[:len(subj)-1]
	}
	if !clauseSubject(subj) {
		return "", 0, 0, false
	}
	hw := strings.Fields(s[:k])
	np := -1
	for j := len(hw) - 1; j >= 0 && j >= len(hw)-5; j-- {
		if w := strings.ToLower(hw[j]); determiners[w] && w != "of" {
			np = j
			break
		}
		if !npWord(hw[j]) && !unicode.IsUpper(firstRune(hw[j])) {
			return "", 0, 0, false
		}
	}
	if np < 0 || np == len(hw)-1 {
		return "", 0, 0, false
	}
	head := hw[len(hw)-1]
	if !npWord(head) || contentNouns[head] || thatTimeNoun[head] || reportingVerbs[head] != "" {
		return "", 0, 0, false
	}
	obj := strings.Join(hw[np:], " ")
	obj = strings.ToLower(obj[:1]) + obj[1:]
	to := len(s)
	if c := strings.Index(s[de:], ", "); c >= 0 {
		to = de + c
	}
	pre := strings.Join(subj, " ") + " " + verb + " " + obj + " "
	return pre + s[ds:to], len(pre), len(pre) + de - ds, true
}

// contentNouns are completed by a clause after "that", which tells what
// they hold ("the news that the firm closed"), or are of time ("the year
// that the mill closed"): no relative clause's object.
var contentNouns = map[string]bool{
	"fact": true, "news": true, "claim": true, "claims": true, "report": true, "reports": true, "idea": true,
	"belief": true, "hope": true, "hopes": true, "fear": true, "fears": true, "rumour": true, "rumours": true,
	"rumor": true, "rumors": true, "allegation": true, "allegations": true, "suggestion": true, "suggestions": true,
	"evidence": true, "sign": true, "signs": true, "possibility": true, "view": true, "notion": true,
	"assumption": true, "announcement": true, "warning": true, "promise": true, "statement": true,
	"argument": true, "finding": true, "findings": true, "conclusion": true, "assurance": true, "proof": true,
	"knowledge": true, "impression": true, "feeling": true, "sense": true, "message": true, "word": true,
	"confirmation": true, "indication": true, "theory": true, "concern": true, "concerns": true,
	"complaint": true, "assertion": true, "admission": true, "story": true, "myth": true, "legend": true,
	"year": true, "years": true, "day": true, "days": true, "time": true, "times": true, "week": true,
	"month": true, "moment": true, "night": true, "morning": true, "evening": true, "season": true,
	"summer": true, "winter": true, "spring": true, "autumn": true, "era": true, "period": true, "way": true,
	"reason": true, "place": true,
}

// objectRelatives open a relative clause whose object the noun before
// them may be: "the man whom officers arrested".
var objectRelatives = map[string]bool{"whom": true, "which": true, "that": true}

// perfectAux are the auxiliaries of a perfect after a relative clause's
// subject: "a woman whom police had detained".
var perfectAux = map[string]bool{"had": true, "has": true, "have": true}

// clauseSubject reports whether ws, one to four words, read as the
// subject of a clause: a pronoun ("she"), a noun phrase opened by a
// determiner ("the monks", "her father"), a name ("Jane Smith") or a
// plural noun ("officers", "police").
func clauseSubject(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 || slices.ContainsFunc(ws, func(w string) bool {
		return strings.ContainsAny(w, ",;:()\"“”") || titleVerb(w) || stopWords[strings.ToLower(w)] && !determiners[strings.ToLower(w)] && !pronouns[strings.ToLower(w)]
	}) {
		return false
	}
	f := strings.ToLower(ws[0])
	switch {
	case len(ws) == 1 && pronouns[f] && f != "it" || len(ws) == 1 && f == "it":
		return true
	case determiners[f] && f != "of" && len(ws) >= 2:
		return !slices.ContainsFunc(ws[1:], func(w string) bool { return !npWord(w) && !unicode.IsUpper(firstRune(w)) })
	case unicode.IsUpper(firstRune(ws[0])):
		return !slices.ContainsFunc(ws, func(w string) bool { return !unicode.IsUpper(firstRune(w)) })
	case len(ws) == 1:
		return f == "police" || isPlural(f) && nounLike(f)
	}
	return false
}

// figureAfter reports whether rest, which opens with the preposition w,
// gives a figure ("at 8.3% in August"): a parenthetical, not a clause.
func figureAfter(rest, w string) bool {
	if len(rest) <= len(w)+1 {
		return false
	}
	f := strings.Fields(rest[len(w)+1:])
	if len(f) == 0 {
		return false
	}
	return strings.ContainsRune("$€£", firstRune(f[0])) || strings.Contains(f[0], "%") ||
		len(f) > 1 && strings.ContainsRune("0123456789", firstRune(f[0])) && (f[1] == "percent" || f[1] == "per")
}

// figureTitle returns the headline of a date in a figure set off by
// commas after a noun: "inflation, at 8.3% in August, remained much too
// high" gives "Inflation was at 8.3%" for August, not what inflation did
// when the sentence was said.
func figureTitle(s string, ds, de int) (string, bool) {
	open := strings.LastIndex(s[:ds], ", ")
	if open <= 0 {
		return "", false
	}
	seg := s[open+2:]
	prep := firstWord(seg)
	if prep != "at" && prep != "around" && prep != "about" || !figureAfter(seg, prep) {
		return "", false
	}
	end := len(s)
	if c := strings.Index(s[de:], ","); c >= 0 {
		end = de + c
	} else {
		return "", false // a parenthetical closes
	}
	if strings.ContainsAny(s[open+2:ds], ",;:") {
		return "", false
	}
	np, ok := asideNoun(s, open)
	if !ok {
		return "", false
	}
	phrase := strings.TrimSpace(removeSpan(s[open+2:end], ds-open-2, de-open-2))
	return titleFirst(np) + " " + agree(np, "was") + " " + phrase, true
}

// asideNoun returns the noun phrase an aside that opens at the comma at
// open is set off after ("inflation" of "inflation, at 8.3% in August,"):
// the words back to the clause's start, at most five, none a verb.
func asideNoun(s string, open int) (string, bool) {
	npStart := 0
	for _, b := range []string{", ", " that ", " which "} {
		if k := strings.LastIndex(s[:open], b); k >= 0 {
			npStart = max(npStart, k+len(b))
		}
	}
	np := strings.TrimSpace(s[npStart:open])
	words := strings.Fields(np)
	if len(words) == 0 || len(words) > 5 || slices.ContainsFunc(words, titleVerb) {
		return "", false
	}
	return np, true
}

// dueAsideTitle returns the headline of a date in an aside set off by
// commas after a noun that tells what is planned for it: "The bridge, due
// to reopen in 2027, carries 30,000 vehicles a day" gives "The bridge is
// due to reopen" for 2027 (was "The bridge, due to reopen"), not what the
// bridge does now.
func dueAsideTitle(s string, ds, de int) (string, bool) {
	open := strings.LastIndex(s[:ds], ", ")
	if open <= 0 {
		return "", false
	}
	seg := s[open+2 : ds]
	lead := ""
	for _, p := range []string{"due to ", "set to ", "expected to ", "scheduled to ", "planned to "} {
		if strings.HasPrefix(seg, p) {
			lead = p
			break
		}
	}
	if lead == "" || len(strings.Fields(seg)) > 8 || strings.ContainsAny(seg, ",;:()") {
		return "", false
	}
	c := strings.Index(s[de:], ",")
	if c < 0 || strings.ContainsAny(s[de:de+c], ";:()") {
		return "", false // the aside closes with a comma before the sentence goes on
	}
	end := de + c
	np, ok := asideNoun(s, open)
	if !ok {
		return "", false
	}
	be := "is"
	if agree(np, "was") == "were" {
		be = "are"
	}
	phrase := strings.TrimSpace(removeSpan(s[open+2:end], ds-open-2, de-open-2))
	return titleFirst(np) + " " + be + " " + phrase, true
}

// zoneWordsRe matches the words that tell a time's zone after it, which go
// with the time: "by 6 p.m. local time", "at 0800 GMT"; in brackets too,
// and a deadline's "Anywhere on Earth": "set for 1 May (AoE)"; a zone's
// name ("at 0805 Atlantic Daylight Time") and the same time on another
// clock in brackets ("at 1915:22 UTC (2015:22 local time)") or after a
// slash ("10:14 PST / 18:14 GMT").
var zoneWordsRe = regexp.MustCompile(`^ (?:/ (?:\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?) (?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT)\b|\(\d{1,2}[:.]?\d\d(?::\d\d)?(?: ?[ap]\.?m\.?)? (?:local(?: time)?|[A-Z]{2,5})\)|(?:Atlantic|Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Newfoundland|British|Irish|Central European|Eastern European|Western European) (?:Standard|Daylight|Summer) Time\b|[Ll]ocal [Tt]ime\b|LOCAL TIME\b|(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT)\b(?:[+-]\d{1,2}(?::?\d\d)?)?|AoE\b|\((?:local time|AoE|[Aa]nywhere on [Ee]arth|(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT)(?:[+-]\d{1,2}(?::?\d\d)?)?)\))`)

// withZoneWords extends the end of a date over the zone words after it,
// over a meal's time after a day ("Tuesday lunchtime"), and over "alone"
// closing a period's phrase ("treated 1,350 patients in
// September alone": the word stresses the period, and left in the title
// it dangles).
func withZoneWords(sent string, de int) int {
	if de < len(sent) {
		if m := zoneWordsRe.FindString(sent[de:]); m != "" {
			return de + len(m)
		}
		if rest, ok := cutLocal(sent[de:]); ok && (rest == "" || strings.IndexByte(".,;:!?)", rest[0]) >= 0 || strings.HasPrefix(rest, " on ")) && clockWord(lastWordOf(sent[:de])) {
			return de + len(" local") // "on March 3, 2022, 16:41 Local.": the place's clock, as "local time"
		}
		if rest, ok := strings.CutPrefix(sent[de:], " alone"); ok && (rest == "" || strings.IndexByte(".,;:!?)", rest[0]) >= 0) {
			return de + len(" alone")
		}
		if w := firstWord(sent[de:]); mealTimes[strings.ToLower(w)] && sent[de] == ' ' && dayWord(lastWordOf(sent[:de])) {
			return de + 1 + len(w) // "By Tuesday lunchtime the volunteers had cleaned back the ditch"
		}
	}
	return de
}

// cutLocal cuts " local" (" Local", " LOCAL") from the start of s.
func cutLocal(s string) (string, bool) {
	for _, p := range []string{" local", " Local", " LOCAL"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// clockWord reports whether w, lower-cased, ends a time of day: "16:41",
// "p.m", "4pm" (not a year: "in 2022 local").
func clockWord(w string) bool {
	lw := strings.TrimRight(strings.ToLower(w), ".")
	if strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm") || strings.HasSuffix(lw, "a.m") || strings.HasSuffix(lw, "p.m") || strings.HasSuffix(lw, "hrs") {
		return true
	}
	return lw != "" && lw[len(lw)-1] >= '0' && lw[len(lw)-1] <= '9' && strings.ContainsAny(lw, ":.")
}

// mealTimes name a part of a day by a meal, after the day ("Tuesday
// lunchtime"): with the day, the date's.
var mealTimes = map[string]bool{"lunchtime": true, "teatime": true, "dinnertime": true, "suppertime": true, "breakfast-time": true}

// dayWord reports whether w names a day: a weekday, "today",
// "tomorrow", "yesterday".
func dayWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday":
		return true
	}
	return false
}

// qualifiesNoun reports whether the date s[ds:de], written with an
// article, modifies the lower-case noun after it ("in the spring term").
func qualifiesNoun(s string, ds, de int) bool {
	if de >= len(s) || s[de] != ' ' {
		return false
	}
	if !strings.Contains(strings.ToLower(s[ds:de])+" ", "the ") {
		// "no work over the Christmas and New Year period": the
		// article before the date, and another name after it, the noun
		// they qualify after both
		if !strings.HasSuffix(strings.ToLower(s[:ds]), " the ") {
			return false
		}
		rest, ok := strings.CutPrefix(s[de:], " and ")
		return ok && unicode.IsUpper(firstRune(rest))
	}
	if c := s[de-1]; c >= '0' && c <= '9' {
		return false // "In the year ended 31 March 2024 revenue rose": a year ends it
	}
	switch strings.ToLower(lastWordOf(s[ds:de])) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return false // "On the night of 9 November crowds gathered"
	}
	w := strings.TrimRight(firstWord(s[de:]), ".,;:!?")
	if w == "" || !unicode.IsLower(firstRune(w)) {
		return false
	}
	lw := strings.ToLower(w)
	return !functionWords[lw] && !datePreps[lw] && !leadPreps[lw] && !stopWords[lw] &&
		!strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ly") &&
		!decadeOpensClause(s, ds, de)
}

// decadeOpensClause reports whether the decade or century s[ds:de],
// after the preposition that opens the sentence, is followed by the
// clause's subject and verb ("In the 1880s railways reached the town",
// "In the 1590s bad harvests returned"): one to three lower-case words,
// then a past or an auxiliary verb. Were the date to qualify the first
// of them ("the 1880s railways"), the verb would have no subject.
func decadeOpensClause(s string, ds, de int) bool {
	if strings.TrimSpace(s[:ds]) != "" || !leadPreps[strings.ToLower(firstWord(s[ds:de]))] {
		return false
	}
	last := strings.ToLower(lastWordOf(s[ds:de]))
	if !(strings.HasSuffix(last, "0s") || strings.HasSuffix(last, "0's") || last == "century") {
		return false
	}
	ws := strings.Fields(s[de:])
	for i, w := range ws {
		lw := strings.TrimRight(w, ".,;:!?")
		if i > 3 || !isLowerWord(lw) {
			return false
		}
		if i > 0 && (auxiliaries[lw] || modalVerbs[lw] || pastOrModal(lw)) {
			return true
		}
		if lw != w {
			return false
		}
	}
	return false
}

// eventNounPhrase returns the noun phrase that ends where a date begins,
// after "until", "after", "before", "since" or "following" ("until the
// Ottoman conquest of Constantinople " gives "the Ottoman conquest of
// Constantinople"): the event the date is of. "" when there is none.
func eventNounPhrase(before string) string {
	words := strings.Fields(before)
	for i := len(words) - 2; i >= 0 && len(words)-i <= 9; i-- {
		switch strings.ToLower(words[i]) {
		case "until", "till", "after", "before", "since", "following":
			if w := strings.ToLower(words[i+1]); (w == "the" || w == "a" || w == "an") &&
				!slices.ContainsFunc(words[i+2:], func(w string) bool { return subjectPronouns[w] }) {
				// (not "After the Marne it moved north to Flanders": a
				// subject after the noun phrase, whose clause the date's)
				return strings.Join(words[i+1:], " ")
			}
			return ""
		}
		if strings.ContainsAny(words[i], ",;:") {
			return ""
		}
	}
	return ""
}

// untilHeadRe is the clause that a span's end is the date of, written
// before it: "... until she retired in".
var untilHeadRe = regexp.MustCompile(`(?i)\b(?:until|till)\s+((?:he|she|they|it|we|i|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)\s+\w+(?:\s+out)?|(?:the|his|her|their|its)\s+(?:dismissal|resignation|retirement|death|departure|arrest|removal|election|appointment|transfer|release|marriage|closure|demolition|sale|collapse|merger|takeover|acquisition))(?:\s+(?:in|on))?\s*$`)

// possNounRe is a noun a pronoun owns, alone: "his retirement".
var possNounRe = regexp.MustCompile(`(?i)^(?:his|her|their)\s+(\w+)$`)

// leadNameRe is a name opening a sentence: "Aalund", "Ms Hart", "Gwen
// Davies".
var leadNameRe = regexp.MustCompile(`^((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})(?:,|\s+\p{Ll})`)

// leadName returns the name a sentence opens with, its subject; "" when
// it opens otherwise ("He lectured", "After his discharge", "The board").
func leadName(sent string) string {
	m := leadNameRe.FindStringSubmatch(sent)
	if m == nil {
		return ""
	}
	first := strings.ToLower(strings.Fields(m[1])[0])
	if subjectPronouns[first] || leadStopWords[first] {
		return ""
	}
	return m[1]
}

// leadStopWords open a sentence without naming its subject.
var leadStopWords = map[string]bool{"the": true, "a": true, "an": true, "after": true, "before": true, "in": true, "on": true, "when": true,
	"while": true, "during": true, "this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true,
	"born": true, "since": true, "from": true, "until": true, "following": true, "as": true, "at": true, "by": true, "with": true}

// untilTailRe opens such a clause after a span's start: " until she".
var untilTailRe = regexp.MustCompile(`(?i)^,?\s+(?:until|till)\s+(?:he|she|they|it|we|i|the|his|her|their)\b`)

// dropFront removes the first n bytes of sent (a paragraph number, a
// label), moving the date's span and the other dates' with it; the other
// dates inside the part removed go.
func dropFront(sent string, ds, de int, others [][2]int, n int) (string, int, int, [][2]int) {
	shifted := make([][2]int, 0, len(others))
	for _, o := range others {
		if o[0] >= n {
			shifted = append(shifted, [2]int{o[0] - n, o[1] - n})
		}
	}
	return sent[n:], ds - n, de - n, shifted
}

// lifeTitle titles a birth or death written as "NAME, ..., born DATE" or
// "...; died DATE": the name the sentence opens with, and what happened.
func lifeTitle(sent string, ds int) (string, bool) {
	before := strings.TrimRight(sent[:ds], " ")
	if sp := strings.LastIndexByte(before, ' '); sp >= 0 && strings.EqualFold(before[sp+1:], "on") {
		before = strings.TrimRight(before[:sp], " ")
	}
	verb := ""
	switch {
	case strings.HasSuffix(before, " born") || strings.HasSuffix(before, "(born") || strings.HasSuffix(before, ";born"):
		verb = "was born"
	case strings.HasSuffix(before, " died") || strings.HasSuffix(before, "(died") || strings.HasSuffix(before, ";died"):
		verb = "died"
	default:
		return "", false
	}
	// the word before the verb: a comma or a semicolon, not a subject of
	// its own ("She was born", "his wife died")
	rest := strings.TrimRight(before[:len(before)-4], " (")
	if !strings.HasSuffix(rest, ",") && !strings.HasSuffix(rest, ";") {
		return "", false
	}
	name, _, _ := strings.Cut(sent, ",")
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 || strings.ContainsAny(name, ";") {
		return "", false
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) {
			return "", false
		}
	}
	return name + " " + verb, true
}

// clauseWhichTitle titles a date in a relative clause that opens with
// ", which" right after another date: "which" stands for the clause
// before, not for the noun before the date ("The ewes go to the tup on 15
// October, which puts lambing into the first week of March" gives "The
// ewes go to the tup, which puts lambing", not "The tup puts lambing").
func clauseWhichTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	for _, o := range others {
		if o[1] >= ds || !strings.HasPrefix(sent[o[1]:], ", which ") {
			continue
		}
		from := o[1] + len(", which ")
		if from > ds || strings.ContainsAny(sent[from:ds], ",;:()") {
			return "", false
		}
		to := len(sent)
		if k := strings.IndexAny(sent[de:], ",;:("); k >= 0 {
			to = de + k
		}
		main := withoutDates(sent[:o[1]], others)
		v := 0
		w := strings.Fields(sent[from:ds])
		for v < len(w) && (modalVerbs[w[v]] || auxiliaries[w[v]]) {
			v++
		}
		if v+1 < len(w) && slices.ContainsFunc(w[v+1:], func(x string) bool { return titleVerb(x) || pastParticipleRe.MatchString(x) }) {
			// a verb of its own nearer the date: "which would tie the
			// all-time July record set on July 20, 2023" dates the record
			return "", false
		}
		if len(w) == 0 || !titleVerb(w[0]) && !isLowerWord(w[0]) || main == "" || len(strings.Fields(main)) > 10 || strings.ContainsAny(main, ",;:()") {
			return "", false
		}
		if mw := strings.Fields(main); len(mw) >= 3 && v == 1 && (w[0] == "was" || w[0] == "were") && isLowerWord(mw[len(mw)-1]) && pastParticipleRe.MatchString(mw[len(mw)-1]) {
			// "an Arabic translation made in the 9th century, which
			// was rendered into Latin ... in the 12th century": after
			// a noun and its participle, "which" is the noun's
			for k := len(mw) - 2; k >= 1 && k >= len(mw)-6; k-- {
				if lk := strings.ToLower(mw[k]); articles[lk] {
					np := strings.Join(mw[k:len(mw)-1], " ")
					if ws := mw[k+1 : len(mw)-1]; len(ws) >= 1 && !hasVerb(ws) {
						return titleFirst(np) + " " + removeSpan(sent[from:to], ds-from, de-from), true
					}
					break
				}
			}
		}
		return main + ", which " + removeSpan(sent[from:to], ds-from, de-from), true
	}
	return "", false
}

// sequelNounPhrase returns the noun phrase that ends where a date begins
// after "after", "before" or "following" ("shortly after its closest
// approach to Earth " gives "its closest approach to Earth"), and where
// that word stands in before; "" when there is none, or a clause follows
// the word ("after the council voted").
func sequelNounPhrase(before string) (string, int) {
	words := strings.Fields(before)
	for i := len(words) - 2; i >= 0 && len(words)-i <= 7; i-- {
		if strings.ContainsAny(words[i], ",;:()") {
			return "", 0
		}
		switch strings.ToLower(words[i]) {
		case "after", "before", "following":
			np := words[i+1:]
			if !determiners[strings.ToLower(np[0])] || len(np) < 2 || slices.ContainsFunc(np, func(w string) bool { return titleVerb(w) || strings.ContainsAny(w, ",;:()") }) {
				return "", 0
			}
			at := 0
			for k := 0; k <= i; k++ {
				at = strings.Index(before[at:], words[k]) + at
				if k < i {
					at += len(words[k])
				}
			}
			return strings.Join(np, " "), at
		}
	}
	return "", 0
}

// causeNounPhrase returns the noun phrase that ends where a date begins
// after "because of", "due to", "owing to", "thanks to", "amid" or
// "despite" ("because of the wet weather " gives "the wet weather"): what
// the date is of, when the sentence's own event has a date of its own.
// "" when there is none.
func causeNounPhrase(before string) string {
	words := strings.Fields(before)
	for i := len(words) - 1; i >= 1 && len(words)-i <= 7; i-- {
		w, prev := strings.ToLower(words[i]), strings.ToLower(words[i-1])
		cue := (prev == "because" || prev == "due" || prev == "owing" || prev == "thanks" || prev == "subject" || prev == "ahead") && (w == "of" || w == "to") ||
			w == "amid" || w == "despite" || w == "pending"
		if cue {
			np := words[i+1:]
			if len(np) == 0 || len(np) > 6 || !determiners[strings.ToLower(np[0])] && !isPlural(np[0]) {
				return ""
			}
			for _, x := range np {
				if titleVerb(x) || strings.ContainsAny(x, ",;:") {
					return ""
				}
			}
			return strings.Join(np, " ")
		}
		if strings.ContainsAny(words[i], ",;:") {
			return ""
		}
	}
	return ""
}

// isSubject reports whether the date opens the clause, without a
// preposition (an article may come first), and a lower-case word (a verb)
// follows it.
func isSubject(s string, ds, de int) bool {
	if de >= len(s) || s[de] != ' ' {
		return false
	}
	if lead := strings.ToLower(strings.Trim(s[:ds], ` "“‘'`)); lead != "" && lead != "the" && lead != "a" && lead != "an" && lead != "this" && lead != "that" {
		// Only an article may come before it: "The fiscal year 2019
		// ended" is about the fiscal year.
		return false
	}
	if datePreps[strings.ToLower(firstWord(s[ds:de]))] || asFarAsRe.MatchString(s[ds:de]) {
		return false
	}
	w := firstWord(s[de:])
	if strings.Trim(s[:ds], ` "“‘'`) != "" && !functionWords[w] && !strings.HasSuffix(w, "ed") &&
		!(feastName(s[ds:de]) && (modalVerbs[w] || presentS(w))) { // ("The Easter Vigil will be livestreamed": the feast is the subject)
		return false // "The 2015 agreement": the date names a noun
	}
	// "Last year it made a loss", "That winter both sides prepared": a
	// subject follows, the date is an adverbial.
	return w != "" && unicode.IsLower(firstRune(w)) && !leadPreps[w] && !trailingStops[w] && !complementOpeners[w] && !quantifiers[w]
}

// asFarAsRe opens a date's text with how far off it is, a phrase that
// works as a preposition ("As late as 1781 senior officials placed
// their confidence in them": the date is no subject).
var asFarAsRe = regexp.MustCompile(`(?i)^as\s+(?:late|early|recently|far\s+back|long\s+ago|soon)\s+as\s`)

// feastAside drops the aside set off by commas after a feast's name that
// opens the clause, before its verb: "Trinity Sunday, the week before,
// will feature the Creed" reads "Trinity Sunday will feature the Creed"
// (the feast is the subject; see isSubject), and so does an aside the
// date's text ends with ("Divine Mercy Sunday, the Sunday after Easter,
// will be observed"). It returns the sentence and the date's new end.
func feastAside(s string, ds, de int) (string, int) {
	if de+2 >= len(s) || s[de] != ',' || s[de+1] != ' ' {
		return s, de
	}
	if lead := strings.ToLower(strings.TrimSpace(s[:ds])); lead != "" && lead != "the" {
		return s, de
	}
	verbAfter := func(rest string) bool {
		w := firstWord(rest)
		return w != "" && (modalVerbs[w] || presentS(w) || w == "is" || w == "was")
	}
	if k := strings.Index(s[ds:de], ", "); k > 0 && feastName(s[ds:ds+k]) && verbAfter(s[de+2:]) {
		if n := len(strings.Fields(s[ds+k+2 : de])); n <= 8 {
			return s[:ds+k] + " " + s[de+2:], ds + k
		}
	}
	if !feastName(s[ds:de]) {
		return s, de
	}
	c := strings.Index(s[de+2:], ", ")
	if c < 0 {
		return s, de
	}
	aside, rest := s[de+2:de+2+c], s[de+2+c+2:]
	if n := len(strings.Fields(aside)); n == 0 || n > 8 || strings.ContainsAny(aside, ".;:()") || !verbAfter(rest) {
		return s, de
	}
	return s[:de] + " " + rest, de
}

// irregularParticiples are past participles that do not end in -ed.
const irregularParticiples = `built|written|made|held|found|given|taken|known|seen|begun|drawn|sent|won|led|sold|shot|set|put|brought|thought|born|laid|paid|struck|hit|spent|sunk|sung|torn|worn|sworn|chosen|frozen|stolen|broken|spoken|driven|ridden|risen|shaken|thrown|grown|shown|flown|bought|caught|taught|fought|sought|dug|hung|kept|understood|lent|bent|burnt|dealt|fed|fled|forgotten|forgiven|hidden|bitten|beaten|eaten|fallen|forbidden|mistaken|undertaken|overtaken|withdrawn|upheld|withheld|foreseen|overseen|slain|sewn|sown|spun`

var pastParticipleRe = regexp.MustCompile(`^(?:\w+ed|` + irregularParticiples + `)$`)

// verbPreps join a verb to its object: "builds on", "relies upon",
// "works with".
var verbPreps = map[string]bool{"on": true, "upon": true, "with": true, "into": true, "from": true, "to": true, "for": true}

// quantityAsides open an aside set off by commas that tells what a
// thing named before it amounts to: "the deal, worth 6.5% this year",
// "the scheme, costing £2bn by 2030".
var quantityAsides = map[string]bool{"worth": true, "costing": true, "totalling": true, "totaling": true}

// participleTitle handles a date inside a participle phrase set off by
// commas after a noun: "the Mosaic browser, released in 1993, brought
// pictures" dates the release ("The Mosaic browser was released"), "the
// Wall, built by the authorities in 1961, had become" the building ("the
// authorities built the Wall").
func participleTitle(s string, ds, de int) (string, bool) {
	start := strings.LastIndex(s[:ds], ", ")
	if start <= 0 {
		return "", false
	}
	segStart := start + 2
	segEnd := len(s)
	if c := strings.Index(s[de:], ", "); c >= 0 {
		segEnd = de + c
	}
	w := firstWord(s[segStart:])
	wEnd := segStart + len(w)
	apposObject := ""
	if (w == "a" || w == "an") && !strings.Contains(s[:start], ", ") && slices.ContainsFunc(strings.Fields(s[:start]), titleVerb) {
		// "We met Jones, a farmer born in 1940, in 1990": the
		// appositive's head is the name the clause's verb or
		// preposition takes
		ws := strings.Fields(s[:start])
		k := len(ws)
		for k > 0 && k > len(ws)-4 && unicode.IsUpper(firstRune(ws[k-1])) && !strings.ContainsAny(ws[k-1], "0123456789") {
			k--
		}
		if k > 0 && k < len(ws) && isLowerWord(ws[k-1]) && (titleVerb(ws[k-1]) || danglingPreps[ws[k-1]] || ws[k-1] == "to" || ws[k-1] == "of") && personName(ws[k:]) {
			apposObject = strings.Join(ws[k:], " ")
		}
	}
	if (w == "a" || w == "an") && !strings.Contains(s[:start], ", ") && (apposObject != "" || !slices.ContainsFunc(strings.Fields(s[:start]), titleVerb)) {
		// "Joseph Lees, a weaver born in 1820, emigrated": the participle
		// of an appositive is said of the head it describes (the
		// subject's, or a name the verb takes: apposObject)
		for k, at := 0, wEnd; k < 3 && at < ds; k++ {
			at += len(s[at:]) - len(strings.TrimLeft(s[at:], " "))
			n := firstWord(s[at:])
			if k > 0 && (pastParticipleRe.MatchString(n) && isVerbWord(n) || sameFormParticiples[n]) {
				segStart, w, wEnd = at, n, at+len(n)
				break
			}
			if !isLowerWord(n) || stopWords[n] || strings.ContainsAny(n, ",;:()") {
				break
			}
			at += len(n)
		}
	}
	if participleAdverbs[w] {
		// "the report, first drafted two years ago, ..."
		w = firstWord(s[wEnd:])
		wEnd = strings.Index(s[segStart:], w) + segStart + len(w)
	}
	worth := quantityAsides[w] && segEnd < len(s)
	if !worth && (!pastParticipleRe.MatchString(w) && !sameFormParticiples[w] || !unicode.IsLower(firstRune(w)) || intransitive[w]) {
		return "", false
	}
	if next := strings.ToLower(firstWord(s[wEnd:])); objectOpeners[next] && !worth {
		// "The prime minister, Naoto Kan, called it ...": a verb with its
		// object after an appositive, not a participle phrase.
		return "", false
	}
	npStart := 0
	if c := strings.LastIndex(s[:start], ", "); c >= 0 {
		npStart = c + 2
	}
	np := strings.TrimSpace(s[npStart:start])
	if fw := strings.ToLower(firstWord(np)); npStart > 0 && (participle(fw) || participleAdverbs[fw]) && unicode.IsLower(firstRune(np)) {
		// "A new bridge, built by Acme, opened in 1987": after a
		// participle phrase set off by commas, the sentence's own verb
		return "", false
	}
	if fw := strings.ToLower(firstWord(np)); fw == "which" || fw == "who" || fw == "whose" || fw == "where" {
		// "The museum, which opened in 1890, closed in 1985": after a
		// relative clause set off by commas, the sentence's own verb
		return "", false
	}
	if fw := strings.ToLower(firstWord(np)); leadPreps[fw] || datePreps[fw] || fw == "of" || fw == "for" && unicode.IsLower(firstRune(np)) {
		// "The first stretch, at Snarestone, reopened on ...": a place
		// set off by commas, the verb the sentence's own (or a home:
		// "Robert Kessler, of Dearborn, passed away"; or a purpose: "A
		// previous closure of the road, for resurfacing, lasted ...")
		return "", false
	}
	if npStart > 0 && segEnd == len(s) && (unicode.IsUpper(firstRune(np)) || appositiveOpeners[strings.ToLower(firstWord(np))] ||
		!strings.ContainsRune(np, ' ') && strings.ContainsAny(np, "0123456789")) {
		// "The first keeper, Tomas Berg, served until 1902.": after a
		// name set off by commas, with nothing after it, the past form is
		// the main verb, not a participle (so after a version's name: "A
		// second candidate, v5.0.0-rc.2, followed two weeks later").
		return "", false
	}
	if ws := strings.Fields(np); npStart > 0 && segEnd == len(s) && len(ws) >= 2 && unicode.IsLower(firstRune(np)) &&
		slices.ContainsFunc(ws[1:], func(w string) bool { return unicode.IsLower(firstRune(w)) }) && nameOnly(s[:npStart-2]) {
		// "The Regal, the grandest of them, opened on Boxing Day 1936",
		// "Priya Nair, our chief executive, joined in 2019": a name, then
		// what it is set off by commas; the past form is the name's verb
		// (but "Kinkaku-ji, the Golden Pavilion, rebuilt in 1955": a name
		// for a name, and a participle)
		return "", false
	}
	for _, adv := range []string{"then ", "and ", "but ", "later ", "soon "} {
		np = strings.TrimPrefix(np, adv)
	}
	if apposObject != "" && segStart > start+2 {
		np = apposObject
	}
	// "we won a contract with the port, signed on ...": the participle
	// is said of the object, not of the clause (a name too: "This
	// solicitation supersedes NSF 23-515, published in December 2022")
	if ws := strings.Fields(np); len(ws) >= 4 {
		for v := 1; v <= 3 && v < len(ws)-2; v++ {
			verb := titleVerb(ws[v]) || presentS(ws[v]) && unicode.IsLower(firstRune(ws[v])) ||
				// (a plain present after a subject of a determiner and
				// nouns: "The rules replace the old handbook")
				v >= 2 && determiners[strings.ToLower(ws[0])] && unicode.IsLower(firstRune(ws[v])) && !stopWords[strings.ToLower(ws[v])] &&
					!slices.ContainsFunc(ws[1:v], func(w string) bool { return stopWords[strings.ToLower(w)] || !unicode.IsLower(firstRune(w)) }) ||
				// (a plain present after a plural noun that opens the
				// sentence: "Colleagues remember her last public
				// lecture, given at ...")
				v == 1 && unicode.IsUpper(firstRune(ws[0])) && isPlural(strings.ToLower(ws[0])) && !determiners[strings.ToLower(ws[0])] && isLowerWord(ws[1]) && !stopWords[ws[1]] &&
					!strings.HasSuffix(ws[1], "s") && !strings.HasSuffix(ws[1], "ed") && ownerWords[strings.ToLower(ws[2])]
			if verb && (determiners[strings.ToLower(ws[v+1])] && (titleVerb(ws[v]) || articles[strings.ToLower(ws[v+1])] || ownerWords[strings.ToLower(ws[v+1])]) || unicode.IsUpper(firstRune(ws[v+1])) && !unicode.IsUpper(firstRune(ws[v]))) {
				np = strings.Join(ws[v+1:], " ")
				break
			}
			if verb && v+3 < len(ws) && verbPreps[strings.ToLower(ws[v+1])] && (determiners[strings.ToLower(ws[v+2])] || strings.ContainsRune("\"“", firstRune(ws[v+2]))) {
				// "The project builds on the CoastSense sensor network,
				// deployed along ...": the object after the verb's
				// preposition
				np = strings.Join(ws[v+2:], " ")
				if o := strings.LastIndex(np, " ("); o > 0 && strings.HasSuffix(np, ")") {
					np = np[:o] // "closes with "Harbour Lights" (12:05)": the track, not its length
				}
				break
			}
		}
	}
	if doseChanges[w] {
		if m := startedOnRe.FindStringSubmatch(s[:start]); m != nil {
			// "She was started on methotrexate 15 mg weekly ..., increased
			// to 20 mg in 2012": the dose changed is the drug's
			np = m[1]
		}
	}
	if ws := strings.Fields(np); len(ws) > 8 && npStart == 0 && segEnd == len(s) {
		// "We pass through the Esna lock at dawn and visit the Temple
		// of Horus, built between 237 and 57 BC": the phrase closing the
		// sentence is said of the last object, from its determiner (not
		// one after "of": "the mayor of the town")
		for k := len(ws) - 2; k >= 1 && k >= len(ws)-6; k-- {
			if lw := strings.ToLower(ws[k]); (lw == "the" || lw == "a" || lw == "an") && !ofLike[strings.ToLower(ws[k-1])] {
				if obj := ws[k:]; !slices.ContainsFunc(obj[1:], titleVerb) && !strings.ContainsAny(strings.Join(obj, " "), ",;:()") {
					np = strings.Join(obj, " ")
					if lw != "the" {
						np = "the " + strings.Join(obj[1:], " ")
					}
				}
				break
			}
		}
	}
	if head, of, ok := strings.Cut(np, " of "); ok && thingParticiples[w] && personNoun(strings.ToLower(lastWordOf(head))) && strings.HasPrefix(of, "the ") &&
		!slices.ContainsFunc(strings.Fields(of)[1:], func(x string) bool { return !unicode.IsUpper(firstRune(x)) }) {
		// "Mr Brennan was a founding member of the Kestrel Valley Show,
		// first held in August 1962": a show is held, not a member
		np = of
	}
	if n := len(strings.Fields(np)); n == 0 || n > 8 || isNumber(np) {
		// "Ms Olsen, 47, joined Northwind": an age, not the subject.
		return "", false
	}
	if ws := strings.Fields(np); len(ws) >= 3 && slices.ContainsFunc(ws[1:], thirdPersonVerb) {
		// "the legacy format goes in 3.0, planned for Q1 2025": a
		// clause, which the phrase after the comma is about as a whole
		return "", false
	}
	if ws := strings.Fields(np); len(ws) >= 3 && slices.ContainsFunc(ws[1:], func(w string) bool { return modalVerbs[w] || auxiliaries[w] }) {
		// the same with an auxiliary: "The interim report will be
		// published on 26 October, followed by a webcast at 10:00"
		return "", false
	}
	if worth {
		// "the deal, worth 6.5% this year and 4% in 2026, was the best
		// offered": the date is the amount's, which the aside tells of
		// the noun before it (was "Was the best offered", the main
		// clause's), and of the amounts the one beside the date
		from, to := wEnd, segEnd
		if a := strings.LastIndex(s[wEnd:ds], " and "); a >= 0 {
			from = wEnd + a + len(" and")
		} else if a := strings.Index(s[de:segEnd], " and "); a >= 0 {
			to = de + a
		}
		amount := strings.TrimSpace(removeSpan(s[from:to], ds-from, de-from))
		if amount == "" || strings.ContainsAny(amount, ",;:()") || len(strings.Fields(amount)) > 6 {
			return "", false
		}
		return np + " " + w + " " + amount, true
	}
	seg := removeSpan(s[segStart:segEnd], ds-segStart, de-segStart)
	for _, on := range []string{" on", " onwards", " onward"} {
		// "kept from that winter on": the date's own "on" goes with it
		if t, ok := strings.CutSuffix(strings.TrimRight(seg, " "), on); ok && strings.HasPrefix(strings.ToLower(s[ds:de]), "from ") {
			seg = t
		}
	}
	if w == "dated" || w == "postmarked" {
		// "Minutes of the briefing, dated 30 June 2021, record ...": the
		// date is the document's own, which the noun names (was "Minutes
		// of the briefing were dated", which tells nothing); who it is
		// from or to stays ("The letter, dated 4 May 2020 from the
		// governor, ...")
		rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(seg), w))
		switch strings.ToLower(firstWord(rest)) {
		case "with", "between", "from", "to", "for", "of", "by":
			return strings.TrimSpace(np + " " + rest), true
		}
		return np, true
	}
	if strings.Contains(seg, " by ") {
		if t := activeVoice(np + " " + seg); t != np+" "+seg {
			return t, true
		}
	}
	return np + " " + agree(np, "was") + " " + seg, true
}

// doseChanges are what a drug's dose undergoes: "increased to 20 mg".
var doseChanges = map[string]bool{"increased": true, "reduced": true, "decreased": true, "titrated": true, "tapered": true, "weaned": true, "stopped": true, "halved": true, "doubled": true}

// startedOnRe finds the drug a patient was started on, its dose after it:
// "was started on methotrexate 15 mg" (group 1 the drug).
var startedOnRe = regexp.MustCompile(`\b(?:started|commenced|restarted|put)\s+on\s+([A-Za-z][\w-]{2,})\s+\d`)

// thingParticiples are done to things and events, not to persons: "held",
// "founded", "built".
var thingParticiples = map[string]bool{
	"held": true, "staged": true, "founded": true, "established": true, "built": true, "opened": true,
	"launched": true, "formed": true, "created": true, "inaugurated": true, "published": true, "released": true,
	"organised": true, "organized": true, "constructed": true, "completed": true, "erected": true,
}

// sameFormParticiples are participles spelt as their verb's present,
// which pastParticipleRe leaves out (they are nouns too: "the cast"): set
// off by commas after a noun they open a participle phrase ("The largest
// bell, cast in 1910, weighs 2,300 pounds").
var sameFormParticiples = map[string]bool{"cast": true, "recast": true, "cut": true, "shut": true, "split": true, "spread": true, "rebuilt": true, "rewritten": true}

// appositiveOpeners begin a phrase set off by commas that describes the
// subject ("The office, once a bank, closed on ..."; "The keeper, a local
// man, served until ..."): the past form after it is the main verb.
var appositiveOpeners = map[string]bool{
	"once": true, "formerly": true, "usually": true, "normally": true, "long": true, "a": true,
	"an": true, "now": true, "still": true, "previously": true, "originally": true,
}

// nameOnly reports whether s is a name of one to four capitalised words
// and nothing else: "The Regal", "Priya Nair".
func nameOnly(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ",;:()0123456789") {
			return false
		}
	}
	return true
}

// thirdPersonVerb reports whether w reads as a present-tense verb of the
// third person that a noun phrase cannot hold: "goes", "does", "has".
func thirdPersonVerb(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",.;:")) {
	case "goes", "does", "has", "is", "was", "were", "are", "remains", "becomes", "comes", "runs", "ends", "starts", "begins", "takes", "makes":
		return true
	}
	return false
}

// dashSeparator reports whether gap, between two clauses, is a dash with
// its spaces: " — ", " – ", " - ".
func dashSeparator(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "—", "–", "-", "--":
		return true
	}
	return false
}

// participleAdverbs may come before the participle of a participle
// phrase: "the report, first drafted in 2009, ...".
var participleAdverbs = map[string]bool{"first": true, "originally": true, "initially": true, "later": true,
	"last": true, "newly": true, "recently": true, "already": true, "also": true, "once": true, "partly": true}

// intransitive verbs have no passive: "Aldous Huxley, author of Brave New
// World, died in Los Angeles" is not "... was died".
var intransitive = map[string]bool{
	"died": true, "arrived": true, "fell": true, "rose": true, "happened": true, "occurred": true,
	"emerged": true, "collapsed": true, "went": true, "came": true, "lived": true, "slept": true,
	"resigned": true, "retired": true, "erupted": true, "disappeared": true, "existed": true,
	"landed": true, "departed": true, "returned": true, "stayed": true, "remained": true,
}

// objectOpeners open a direct object: after one, a past form is a verb
// with its object, not a passive participle.
var objectOpeners = map[string]bool{
	"it": true, "him": true, "her": true, "them": true, "us": true, "me": true, "you": true,
	"the": true, "a": true, "an": true, "his": true, "its": true, "their": true, "our": true, "this": true,
}

// complementOpeners are the words that open a that-clause with a subject
// of its own ("recall that the volcano ...", "knowing that the change").
var complementOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "these": true, "those": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "our": true, "some": true, "many": true, "most": true,
}

// timeObjectPreps open a noun phrase that tells when: "on the Fridays of
// Lent", "during the summer months".
var timeObjectPreps = map[string]bool{"on": true, "at": true, "in": true, "during": true, "over": true, "throughout": true}

// periodEndVerbs are the participles that, right before a date, tell
// when the period named before them ends or begins.
var periodEndVerbs = map[string]string{
	"ending": "ends", "expiring": "expires", "starting": "starts", "beginning": "begins", "commencing": "commences",
}

// notPeriodPreps open a noun phrase that is no period a participle
// after it could start or end: "against the savings plan", "to the
// committee".
var notPeriodPreps = map[string]bool{"against": true, "towards": true, "toward": true, "about": true, "with": true, "into": true, "to": true, "from": true}

// bracketParticipleTitle titles a date that a participle in brackets
// gives a noun ("following demolition of existing conservatory (built
// 1996)", "the barn (rebuilt 1810) was sold"): the noun and the
// participle ("Existing conservatory built"), not the sentence's main
// clause, which tells something else.
func bracketParticipleTitle(sent string, ds, de int) (string, bool) {
	if !strings.HasPrefix(sent[de:], ")") {
		return "", false
	}
	open := strings.LastIndexByte(sent[:ds], '(')
	if open <= 0 {
		return "", false
	}
	part := strings.TrimSpace(sent[open+1 : ds])
	if strings.ContainsRune(part, ' ') || !pastParticipleRe.MatchString(part) || !unicode.IsLower(firstRune(part)) {
		return "", false
	}
	switch part {
	case "born", "died", "reigned", "lived", "flourished":
		return "", false // a life's years, read as such ("Sir Arthur Penrose (born 1949)")
	}
	words := strings.Fields(sent[:open])
	k := len(words)
	for k > 0 && len(words)-k < 4 {
		w := words[k-1]
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if lw == "of" && k < len(words) && unicode.IsUpper(firstRune(words[k])) && k > 1 && unicode.IsUpper(firstRune(words[k-2])) {
			k-- // "a National Leader of Education (designated 2020)": a name of several words
			continue
		}
		if strings.ContainsAny(w, ",;:") || bracketNounStops[lw] || pastParticipleRe.MatchString(lw) && len(words)-k > 0 {
			break
		}
		k--
		if determiners[lw] {
			break
		}
	}
	if k == len(words) || determiners[strings.ToLower(words[len(words)-1])] || unicode.IsDigit(firstRune(words[k])) {
		return "", false // (not a dose or a count: "Metformin 1 g twice daily (restarted 7 March)")
	}
	return strings.Join(words[k:], " ") + " " + part, true
}

// bracketNounStops end the noun before a bracket, read backwards: "of
// existing conservatory", "and the barn".
var bracketNounStops = map[string]bool{"of": true, "and": true, "or": true, "to": true, "in": true, "on": true, "for": true,
	"with": true, "by": true, "following": true, "after": true, "before": true, "from": true, "at": true, "is": true, "was": true,
	"are": true, "were": true, "be": true, "-": true, "–": true, "—": true}

// lastNounPhrase returns the noun phrase that ends s, from its article
// ("continues for an initial term of three (3) years" gives "the initial
// term of three (3) years"), with "the" for "a" or "an"; "" when no
// article opens one within a few words.
func lastNounPhrase(s string) string {
	words := strings.Fields(s)
	for k := len(words) - 1; k >= 0 && k >= len(words)-8; k-- {
		switch strings.ToLower(words[k]) {
		case "a", "an", "the", "its", "their", "his", "her", "our", "this":
			np := append([]string{words[k]}, words[k+1:]...)
			if w := strings.ToLower(np[0]); w == "a" || w == "an" {
				np[0] = "the"
			}
			if len(np) < 2 {
				return ""
			}
			return strings.Join(np, " ")
		}
	}
	return ""
}

// innerClause narrows a clause to the phrase that holds the date when the
// date sits in a trailing participle phrase (", ending negotiations that
// began in 1986" gives "negotiations began in 1986") or in a that-clause
// with its own subject ("scientists recall that the eruption lasted from
// 1821 to 1823" gives "the eruption lasted from 1821 to 1823"): the date
// belongs to that phrase's event, not the main clause's.
func innerClause(s string, ds, de int) (string, int, int) {
	narrow := func(from, to int) (string, int, int) {
		return s[from:to], ds - from, de - from
	}
	// A trailing participle phrase.
	for i := ds - 2; i > 0; i-- {
		if s[i] != ',' || s[i+1] != ' ' {
			continue
		}
		w := firstWord(s[i+2:])
		if verb := periodEndVerbs[w]; verb != "" && i > 10 {
			// "continues for an initial term of three years, ending on
			// 31 March 2028": the term ends then, not the agreement's
			// start
			gap := strings.TrimSpace(s[i+2+len(w) : ds])
			if gap == "" || gap == "on" || gap == "in" || gap == "at" {
				np := lastNounPhrase(s[:i])
				if ws := strings.Fields(s[:i]); np != "" && len(ws) > len(strings.Fields(np)) && timeObjectPreps[ws[len(ws)-len(strings.Fields(np))-1]] {
					// "Stations of the Cross will be prayed on the Fridays
					// of Lent at 6:30 p.m., beginning February 16": the
					// noun phrase is the times of the subject's event,
					// whose series begins then
					np = titleSubject(s[:i])
					if pronouns[strings.ToLower(np)] || len(strings.Fields(np)) > 6 {
						np = ""
					}
				}
				if nw, sw := strings.Fields(np), strings.Fields(s[:i]); len(nw) > 0 && (slices.ContainsFunc(nw[1:], func(w string) bool {
					lw := strings.ToLower(w)
					return titleVerb(w) || modalVerbs[lw] || auxiliaries[lw]
				}) || len(sw) > len(nw) && notPeriodPreps[strings.ToLower(sw[len(sw)-len(nw)-1])]) {
					// "The bus will run every hour, starting on 5 May":
					// a clause, no noun phrase whose period starts (was
					// "The bus will run every hour starts"); "report on
					// progress against the savings plan, starting in Q1":
					// the object of "against" is no period
					np = ""
				}
				if np != "" {
					to := len(s)
					if c := strings.Index(s[de:], ", "); c >= 0 {
						to = de + c
					}
					head := np + " " + agree(np, verb) + " "
					return head + s[ds:de] + parenRe.ReplaceAllString(s[de:to], ""), len(head), len(head) + de - ds
				}
			}
		}
		if strings.HasSuffix(w, "ing") && len(w) > 4 && unicode.IsLower(firstRune(w)) && i > 20 {
			from := i + 2 + len(w) + 1
			to := len(s)
			if c := strings.Index(s[de:], ", "); c >= 0 {
				to = de + c
			}
			if from < ds {
				out, nds, nde := narrow(from, to)
				// "negotiations that began" reads "negotiations began";
				// with no clause of its own the date is the phrase's
				// ("sailing for McMurdo Sound in the autumn of 1969")
				for _, rel := range []string{" that ", " which ", " who "} {
					if k := strings.Index(out, rel); k >= 0 && k+len(rel) <= nds {
						out = out[:k] + " " + out[k+len(rel):]
						nds -= len(rel) - 1
						nde -= len(rel) - 1
						return out, nds, nde
					}
				}
			}
		}
		break // only the last comma before the date
	}
	// A clause after ", so" holding the date: "We have the engineer on
	// the show, so send us your questions by Sunday" is the questions'.
	if k := strings.LastIndex(s[:ds], ", so "); k > 0 && !strings.Contains(s[k+5:ds], ",") && len(strings.Fields(s[k+5:ds])) >= 2 {
		if w := strings.ToLower(firstWord(s[k+5:])); w != "much" && w != "many" && w != "far" && w != "long" && w != "that" {
			to := len(s)
			if c := strings.Index(s[de:], ", "); c >= 0 {
				to = de + c
			}
			return narrow(k+5, to)
		}
	}
	// A that-clause with its own subject, the date inside it.
	if k := strings.LastIndex(s[:ds], " that "); k > 0 {
		from := k + len(" that ")
		if complementOpeners[strings.ToLower(firstWord(s[from:]))] && !strings.Contains(s[from:ds], ",") {
			if out, nds, nde, ok := thatObjectClause(s, k, ds, de); ok {
				return out, nds, nde
			}
			return narrow(from, len(s))
		}
	}
	// A when-clause with its own subject, the date inside it: "the bridge
	// reopened, two years after it was closed when a flood damaged its
	// piers in October 2020" is the flood's event.
	if k := strings.LastIndex(s[:ds], " when "); k > 0 {
		from := k + len(" when ")
		if w := strings.ToLower(firstWord(s[from:])); complementOpeners[w] && !pronouns[w] && !strings.Contains(s[from:ds], ",") {
			to := len(s)
			if c := strings.Index(s[de:], ", "); c >= 0 {
				to = de + c
			}
			return narrow(from, to)
		}
	}
	if strings.HasPrefix(strings.ToLower(s), "that ") && complementOpeners[strings.ToLower(firstWord(s[5:]))] && ds > 5 {
		return narrow(5, len(s))
	}
	// A relative clause holding the date: "a campaign in Xinjiang that,
	// according to a plan, began in July 2017" is "a campaign in Xinjiang
	// began in July 2017".
	for _, rel := range []string{" that", " which", " who", " whom"} {
		k := strings.LastIndex(s[:ds], rel)
		if k <= 0 || k+len(rel) >= len(s) || (s[k+len(rel)] != ' ' && s[k+len(rel)] != ',') {
			continue
		}
		part, partStart, partitive := partitiveHead(s, k)
		if rel == " whom" && !partitive {
			continue // ("the man whom police arrested": the clause has a subject of its own)
		}
		after := k + len(rel)
		rest := s[after:]
		if rel == " that" && k > 0 && s[k-1] == ',' && (strings.HasPrefix(rest, " is ") || strings.HasPrefix(rest, " is,")) {
			continue // "28 days before the Effective Date, that is by 4 March 2025": the date restated, no clause
		}
		if rel == " that" && thatTimeNoun[strings.ToLower(firstWord(rest))] {
			continue // "the seminar that week moves": "that" points at a time, no clause opens
		}
		skip := 0
		if strings.HasPrefix(rest, ", ") {
			// A parenthetical: ", according to a regional plan,".
			c := strings.Index(rest[2:], ", ")
			if c < 0 {
				continue
			}
			skip = 2 + c + 2
		} else {
			skip = 1
		}
		if after+skip > ds || strings.Contains(s[after+skip:ds], ", ") || // the date is after the clause
			complementOpeners[strings.ToLower(firstWord(rest[skip:]))] || unicode.IsUpper(firstRune(firstWord(rest[skip:]))) {
			continue
		}
		// The noun phrase: back to the nearest determiner, at most six words.
		np := -1
		if partitive {
			np = 0 // (read by partitiveHead)
		}
		words := strings.Fields(s[:k])
		for n := 1; n <= 6 && n <= len(words) && !partitive; n++ {
			w := strings.ToLower(words[len(words)-n])
			if w == "the" && n > 1 && n < len(words) && unicode.IsUpper(firstRune(words[len(words)-n+1])) && unicode.IsUpper(firstRune(words[len(words)-n-1])) {
				continue // "Alexander the Great, who died there": a name's "the"
			}
			if (w == "and" || w == "or") && n > 1 && unicode.IsUpper(firstRune(words[len(words)-n+1])) {
				np = n - 1 // "the Persians and Alexander the Great, who died": the name nearest
				break
			}
			if w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" || w == "her" {
				np = n
				break
			}
		}
		if np < 0 {
			continue
		}
		npStart := k
		for n := 0; n < np; n++ {
			npStart = strings.LastIndexAny(strings.TrimRight(s[:npStart], " \n\t\r"), " \n\t\r") + 1 // hard-wrapped text too
		}
		head := strings.TrimRight(s[npStart:k], ",") // "The panel, which met": no comma
		if partitive {
			npStart, head = partStart, part
		}
		from, to := after+skip, len(s)
		if rw := strings.Fields(s[from:ds]); len(rw) > 0 && titleVerb(rw[0]) {
			// A relative clause of the subject ("The talks that began in
			// March 2021 ..."), and the main clause's verb after a time:
			if w := firstWord(s[de:]); w != "" && titleVerb(w) && !strings.ContainsAny(s[de:de+strings.Index(s[de:], w)], ",;") {
				to = de // "... collapsed": the date is the clause's, which ends at it
			} else if m := mainVerbAfterTime(rw); m > 0 {
				// "... collapsed in May 2021": the date is the main
				// clause's; the relative clause goes
				head, from = strings.TrimRight(s[npStart:k], ", "), from+strings.Index(s[from:ds], " "+rw[m]+" ")+1
			}
		}
		if c := strings.IndexAny(s[de:], ",;"); to == len(s) && s[k-1] == ',' && c >= 0 {
			// a clause set off by commas ends at its closing one, the
			// main verb after it: "A dispute between the two farmers,
			// who had shared the field since 1950, ended" is "The two
			// farmers had shared the field", no ", ended"
			to = de + c
		}
		if rel == " who" && !partitive {
			head = personOf(head) // "the workshop of Joseph Reddle, who was apprenticed": Joseph Reddle was
		}
		out := head + " " + s[from:to]
		shift := from - (len(head) + 1) - npStart
		nds, nde := ds-npStart-shift, de-npStart-shift
		if nds < 0 || nde > len(out) {
			continue
		}
		return out, nds, nde
	}
	return s, ds, de
}

// partitiveHead reads the subject of a relative clause that picks some
// members of a group, its pronoun at k after "of": "a new fleet of 42
// electric trains, the first of which entered service" tells of "the
// first of a new fleet of 42 electric trains", "six ships, two of which
// sank" of "two of the six ships" (a group counted takes "the"). It
// returns that subject and where in s the words that pick ("the first
// of") begin; ok is false when no such clause is there or the group's
// noun phrase (back to its determiner or number, at most eight words)
// cannot be told.
func partitiveHead(s string, k int) (string, int, bool) {
	pre := s[:k]
	if !strings.HasSuffix(pre, " of") {
		return "", 0, false
	}
	c := strings.LastIndex(pre, ", ")
	if c <= 0 {
		return "", 0, false
	}
	pick := pre[c+2:]
	if n := len(strings.Fields(pick)); n < 2 || n > 4 || strings.ContainsAny(pick, ",;:()\"“”") {
		return "", 0, false
	}
	words := strings.Fields(s[:c])
	np, counted := -1, false
	for n := 1; n <= 8 && n <= len(words); n++ {
		w := words[len(words)-n]
		if n > 1 && strings.ContainsAny(w, ",;:()\"“”") {
			break
		}
		lw := strings.ToLower(w)
		if lw == "of" {
			continue // ("a fleet of 42 trains": the phrase goes on before "of")
		}
		if lw == "a" || lw == "an" || lw == "the" || lw == "its" || lw == "their" || lw == "his" || lw == "her" || lw == "our" || lw == "these" || lw == "those" {
			np = n
			break
		}
		if numberWords[lw] || lw[0] >= '0' && lw[0] <= '9' {
			// a number that counts the group ("six ships"), not one
			// inside its phrase ("a fleet of 42 trains": "of" before it)
			if n < len(words) && strings.ToLower(words[len(words)-n-1]) == "of" {
				continue
			}
			np, counted = n, true
			break
		}
		if titleVerb(w) {
			break
		}
	}
	if np < 1 {
		return "", 0, false
	}
	group := strings.Join(words[len(words)-np:], " ")
	if counted {
		group = "the " + group
	}
	return titleFirst(pick) + " " + group, c + 2, true
}

// mainVerbAfterTime returns the index in words (a relative clause of the
// subject and what follows it, up to a date) of the main clause's verb:
// a verb right after a time the relative clause ended on ("began in
// March 2021 collapsed"), or 0.
//
// The time may be gone already, taken out as another event's date:
// "began collapsed" are then two verbs in a row, which the verbs that
// take no object ("began", "ended", "opened") show (not "sold used
// cars").
func mainVerbAfterTime(words []string) int {
	for m := 1; m < len(words); m++ {
		prev := strings.ToLower(words[m-1])
		if !titleVerb(words[m]) || strings.HasSuffix(words[m], "ing") || strings.ContainsAny(prev, ",;") {
			continue
		}
		if m == 1 && objectlessStart[prev] || m == 2 && (words[0] == "was" || words[0] == "were") && isVerbWord(prev) {
			return m // ("that was founded collapsed": a passive takes no object either)
		}
		if c := prev[len(prev)-1]; m > 1 && !isVerbWord(prev) && (c >= '0' && c <= '9' || monthWeekday[prev] || thatTimeNoun[prev]) {
			return m
		}
	}
	return 0
}

// objectlessStart are past verbs of a start or an end that take no
// object: a verb right after one is another clause's.
var objectlessStart = map[string]bool{
	"began": true, "started": true, "ended": true, "opened": true, "closed": true, "erupted": true, "occurred": true,
	"happened": true, "arrived": true, "died": true, "finished": true, "resumed": true, "collapsed": true, "broke": true,
}

// bestSpeaker trims a speaker phrase to its name: "West Berlin's mayor,
// Walter Momper" gives "Walter Momper", "Lu Kang, a spokesperson for the
// Ministry" gives "Lu Kang"; a long phrase gives its first actor.
func bestSpeaker(sp string) string {
	sp = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(sp), ","))
	for _, aux := range []string{" had", " has", " have", " was", " were", " also", " then", " later"} {
		sp = strings.TrimSuffix(sp, aux)
	}
	if strings.Contains(sp, ", ") {
		best, score := "", -1.0
		for _, part := range strings.Split(sp, ", ") {
			words := strings.Fields(part)
			if len(words) == 0 || len(words) > 1 && len(words) <= 4 && leadPreps[strings.ToLower(words[0])] && !objectRelatives[strings.ToLower(words[1])] {
				// "In Leeds, the council said": the place it was said
				// in says nothing (was "In Leeds says"); not "at which
				// the spokesman Günter Schabowski announced", whose
				// relative opens the speaker's own clause
				continue
			}
			caps := 0
			for _, w := range words {
				if unicode.IsUpper(firstRune(w)) {
					caps++
				}
			}
			if sc := float64(caps) / float64(len(words)); sc > score {
				best, score = part, sc
			}
		}
		if score > 0 {
			sp = best
		}
	}
	// "Astronomers using the James Webb Space Telescope": the head is
	// before the participle.
	if words := strings.Fields(sp); len(words) > 2 {
		for k := 1; k < len(words) && k <= 3; k++ {
			if w := words[k]; unicode.IsLower(firstRune(w)) && strings.HasSuffix(w, "ing") && len(w) >= 5 {
				sp = strings.Join(words[:k], " ")
				break
			}
		}
	}
	if len(sp) > 45 {
		if a := findActors(sp, ""); len(a) > 0 {
			sp = a[0]
		}
	}
	return sp
}

// plurals are subjects that take "say", not "says".
var plurals = map[string]bool{
	"police": true, "people": true, "officials": true, "authorities": true, "residents": true,
	"witnesses": true, "analysts": true, "experts": true, "scientists": true, "researchers": true,
	"critics": true, "sources": true, "activists": true, "officers": true, "diplomats": true,
	"leaders": true, "ministers": true, "lawmakers": true, "protesters": true, "organisers": true,
	"organizers": true, "they": true, "we": true, "i": true, "you": true, "engineers": true, "doctors": true,
}

// agree puts a present-tense verb in the plural after a plural subject
// ("Officials say").
func agree(subject, verb string) string {
	words := strings.Fields(subject)
	// The head noun: the last word before a trailing participle
	// ("residents interviewed", "officials speaking").
	stripped := false
	for len(words) > 1 {
		w := words[len(words)-1]
		if len(words) > 2 && (w == "out" || w == "up" || w == "off" || w == "down") {
			// "Surveys carried out": the particle goes with its participle
			if p := words[len(words)-2]; strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "ing") {
				words = words[:len(words)-1]
				continue
			}
		}
		if !unicode.IsLower(firstRune(w)) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
			break
		}
		words, stripped = words[:len(words)-1], true
	}
	// The head noun before a prepositional phrase: "Workers at the
	// Halden paper mill", "A spokesperson for the armed forces".
	for i, w := range words {
		if i > 0 && (w == "at" || w == "of" || w == "from" || w == "in" || w == "on" || w == "near" || w == "with" || w == "for") {
			words = words[:i]
			break
		}
	}
	// ("Surveys carried out": a capitalised word in -s before a
	// participle is a common noun, names seldom take one)
	if len(words) == 0 || !isPlural(words[len(words)-1]) && !(len(words) == 1 && (isCommonPluralAtStart(words[0]) || stripped && isPlural(strings.ToLower(words[0])))) {
		return verb
	}
	switch {
	case verb == "was":
		return "were"
	case verb == "has":
		return "have"
	case strings.HasSuffix(verb, "ies"):
		return verb[:len(verb)-3] + "y"
	case strings.HasSuffix(verb, "sses"), strings.HasSuffix(verb, "shes"), strings.HasSuffix(verb, "ches"):
		return verb[:len(verb)-2]
	case strings.HasSuffix(verb, "s"):
		return verb[:len(verb)-1]
	}
	return verb
}

// parentheticalGone reports whether what is left of a parenthetical
// whose date was taken out can go too: one or two words ("open"), or
// nothing at all between a subject and its verb ("The last strike, in
// December, lasted three days"; not "Only weeks later, on 25 May, the
// president asked", where the date ends an introductory phrase).
func parentheticalGone(before, left, after string) bool {
	switch n := len(strings.Fields(left)); {
	case n == 1 || n == 2:
		// not the clause's own verb, when no other follows: "The
		// stretch, at Snarestone, reopened on 2 April 2005, two hundred
		// years after the first boat"
		rest := after
		if c := strings.IndexAny(rest, ".;"); c >= 0 {
			rest = rest[:c]
		}
		// (nor a past form the regular pattern misses, nor one with its
		// auxiliary: "The prize, worth 1,200 pounds, came in 1922, the
		// same year as ...", "..., was awarded in 1922, the same year")
		ws := strings.Fields(left)
		v := strings.ToLower(ws[len(ws)-1])
		verb := pastParticipleRe.MatchString(v) || irregularPast[v] || commonPast[v]
		if n == 2 && !auxiliaries[strings.ToLower(ws[0])] {
			verb = false
		}
		return !(verb && !hasVerb(strings.Fields(rest)) && strings.Contains(before, ","))
	case n > 2:
		return false
	}
	w := firstWord(after)
	lw := strings.ToLower(w)
	return w != "" && unicode.IsLower(firstRune(w)) && !complementOpeners[lw] && !stopWords[lw] &&
		len(strings.Fields(before)) >= 2 && !leadPreps[strings.ToLower(firstWord(before))]
}

// isPlural reports whether the head of a subject is plural: a listed
// plural, or a common noun in -s ("aid workers", "the unions"); a name in
// -s ("the United Nations", "Reuters") is one body, and "news", "series"
// and the like are singular.
func isPlural(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",.;:\"'’”"))
	if plurals[lw] {
		return true
	}
	if lw != w || len(lw) < 4 || !strings.HasSuffix(lw, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "news", "series", "species", "means", "whereabouts", "'s", "’s"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	return true
}

// isCommonPluralAtStart reports whether a capitalised word that opens a
// sentence is a common plural ("Farmers", "Residents", "Stations"): by its
// ending, so that names in -s ("Brussels", "Athens", "Reuters") stay
// singular.
func isCommonPluralAtStart(w string) bool {
	lw := strings.ToLower(w)
	if lw == "reuters" || lw == "flanders" || !unicode.IsUpper(firstRune(w)) || lw[1:] != w[1:] {
		return false
	}
	for _, suf := range []string{"ers", "ents", "ists", "ians", "ors", "ees", "ants", "ians", "ives", "ials", "ions"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// datelineRe matches a dateline opening a story: "BEIJING, Dec. 13
// (Reuters) - ", "LEEDS, England, September 12, 2023 /PRNewswire/ -- ".
var datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]{0,40}(?:, [^-—–:\n]{1,60}?(?:\([^()\n]{1,40}\))?|\s*\([^()\n]{1,40}\))\s*(?:/[^/\n]{1,30}/)?\s*(?:--|-|—|–)\s+`)

// shiftSpans returns the spans of others moved n bytes back, for a
// sentence whose first n bytes were cut; those inside the cut go.
func shiftSpans(others [][2]int, n int) [][2]int {
	out := make([][2]int, 0, len(others))
	for _, o := range others {
		if o[0] >= n {
			out = append(out, [2]int{o[0] - n, o[1] - n})
		}
	}
	return out
}

// dateDashAfterRe is the dash after a dateline that is a date alone, and
// the capital that opens the story after it.
var dateDashAfterRe = regexp.MustCompile(`^(?:\s*(?:--|-|—|–)\s+|[ ]{2,}|\t+)\p{Lu}`) // (or a column's gap: "1215        King John seals")

// dateDashLead returns the length of a dateline that is a date alone
// opening the sentence ("Mar. 4, 2019 - The minister resigned"), one of
// the sentence's other dates followed by a dash, up to the story's first
// word; 0 when there is none.
func dateDashLead(sent string, others [][2]int) int {
	for _, o := range others {
		if o[0] != 0 || o[1] > len(sent) {
			continue
		}
		if m := dateDashAfterRe.FindStringIndex(sent[o[1]:]); m != nil {
			_, size := utf8.DecodeLastRuneInString(sent[o[1] : o[1]+m[1]])
			return o[1] + m[1] - size
		}
	}
	return 0
}

// setApart keeps a sentence's other events out of this one's headline:
// the text after a link (" and ", ", ", "; ") that comes before a later
// date is cut, and earlier dates are taken out. "The war began in 1914 and
// ended in 1918" is "The war began" for 1914.
func setApart(sent string, ds, de int, others [][2]int) (string, int, int) {
	cut := len(sent)
	var drops [][2]int
	for _, o := range others {
		if o[0] < de || o[0] > len(sent) {
			continue
		}
		gap := sent[de:o[0]]
		k, kc := -1, -1
		for _, link := range []string{" and ", ", ", "; ", " but "} {
			l := lastLink(gap, link)
			if link == ", " && l > 0 && strings.TrimSpace(gap[l+2:]) == "" {
				// "moved to their current ground, Mill Lane, in 1934": a
				// name set off by commas before the later date links no
				// clause
				if p := strings.LastIndex(gap[:l], ", "); p >= 0 && nameAside(gap[p+2:], len(gap)-(p+2)) {
					l = lastLink(gap[:p], link)
				}
			}
			if link == ", " && l > 0 {
				kc = outsideAside(gap, l)
			} else {
				k = max(k, l)
			}
		}
		if kc >= 0 && (k < 0 || kc != len(gap)-2) {
			// (not a comma that only sets off the later date, after an
			// "and" that links the clauses: "was gated in at Valencia on
			// 14 January and loaded aboard MSC ANTONIA, voyage 503N, two
			// days later" is "was gated in at Valencia")
			k = max(k, kc)
		}
		if k >= 0 && k == kc && strings.HasPrefix(gap[k:], ", ") {
			// "She was born in Dundee on 2 March 1931 and studied at St
			// Andrews, graduating in 1953": a participle after the comma
			// goes with the clause before it, which "and" opened; the
			// later date's event starts at "and"
			if w := firstWord(gap[k+2:]); len(w) > 4 && strings.HasSuffix(w, "ing") && unicode.IsLower(firstRune(w)) {
				if a := strings.LastIndex(gap[:k], " and "); a >= 0 && !strings.ContainsAny(gap[a:k], ",;:()") {
					k = a
				}
			}
		}
		if k == 0 && strings.HasPrefix(gap, ", ") && strings.LastIndex(gap, ", ") == 0 && len(strings.Fields(sent[:ds])) <= 4 && (ds == 0 || strings.HasSuffix(strings.TrimRight(sent[:ds], " "), ",")) {
			// "Two days later, on 24 June, Year 5 leave for their trip
			// (the balance is due by the end of April)": the comma
			// closes the date's lead-in, and the clause it dates follows
			k = -1
		}
		if k == 0 && strings.HasPrefix(gap, ", ") && strings.LastIndex(gap, ", ") == 0 && leadInPhrase(sent[:ds]) {
			// "At a press conference on 15 October 2024, the minister
			// said the army would begin clearing debris next week": the
			// same, the lead-in an occasion and its preposition's
			k = -1
		}
		if po := strings.LastIndexByte(gap, '('); k < 0 && po >= 0 && !strings.ContainsRune(gap[po:], ')') {
			if pc := strings.IndexByte(sent[o[1]:], ')'); pc >= 0 && !strings.ContainsRune(sent[o[1]:o[1]+pc], '(') &&
				slices.ContainsFunc(strings.Fields(gap[po:]), titleVerb) { // (a clause: not "(d. 1679)", which tells of the name before)
				// "Year 5 leave for their trip (the balance is due by
				// the end of April)": the brackets that hold the later
				// date go
				from := de + po
				for from > de && sent[from-1] == ' ' {
					from--
				}
				drops = append(drops, [2]int{from, o[1] + pc + 1})
				continue
			}
		}
		if k < 0 {
			// a clause of its own, its subject a pronoun, holds the later
			// date: "was rebuilt in 1955 after it was burned down in
			// 1950" is "was rebuilt" for 1955
			for _, sub := range []string{" after ", " before "} {
				if i := strings.LastIndex(gap, sub); i >= 0 && pronouns[firstWord(gap[i+len(sub):])] {
					k = max(k, i)
				}
			}
		}
		if k >= 0 && strings.HasPrefix(gap[k:], ", ") {
			// A parenthetical that holds the later date, and the clause
			// goes on after it: "the project, proposed three years ago,
			// would cost ..." loses the parenthetical, not the rest.
			if c := strings.Index(sent[o[1]:], ", "); c >= 0 {
				from, to := de+k, o[1]+c
				next := firstWord(sent[to+2:])
				// (not before a subordinate clause, which tells of the
				// later date: "The previous review, published in the
				// autumn of 2014, covered the late 2000s, when swans
				// still wintered here")
				if len(strings.Fields(sent[from:to])) <= 6 && !strings.ContainsAny(sent[from+2:to], ",;") &&
					next != "" && unicode.IsLower(firstRune(next)) && !listLinks[next] && !subordinators[next] && !introConjunctions[next] && next != "where" {
					drops = append(drops, [2]int{from, to + 1}) // the closing comma too
					continue
				}
			}
		}
		if k >= 0 {
			cut = min(cut, de+k)
		}
	}
	sent = sent[:cut]
	slices.SortFunc(drops, func(a, b [2]int) int { return b[0] - a[0] })
	for _, d := range drops {
		if d[1] > len(sent) {
			continue
		}
		sent = sent[:d[0]] + sent[d[1]:]
		var kept [][2]int
		for _, o := range others {
			switch {
			case o[1] <= d[0]:
				kept = append(kept, o)
			case o[0] >= d[1]:
				kept = append(kept, [2]int{o[0] - (d[1] - d[0]), o[1] - (d[1] - d[0])})
			}
		}
		others = kept
	}
	// After an earlier date, a link followed by a subject of its own
	// starts this event's clause: "the council met in spring and on 15
	// April it voted" is "it voted" for 15 April.
	start := 0
	subject, gapped := "", ""
	for _, o := range others {
		if o[1] > ds || o[1] < start {
			continue
		}
		gap := sent[o[1]:ds]
		if k := strings.LastIndex(gap, " who "); k >= 0 {
			// the date in a relative clause after the earlier date
			// ("began on Monday in the trial of X, the volunteer who shot
			// and killed ... in February"): the clause's subject is the
			// noun before "who", which relativeTitle reads
			if _, ok := relativeTitle(sent, ds, de); ok {
				continue
			}
		}
		if closesPhrase(sent, o, ds, de, others) {
			continue // "We visited the mill, erected in 1790, in 2015": the comma closes the phrase, no clause opens
		}
		for _, link := range []string{" and ", ", ", "; ", " but "} {
			if k := firstLink(gap, link); k >= 0 {
				rest := sent[o[1]+k+len(link):]
				rs := o[1] + k + len(link)
				if andLink(link) && rs == ds && de < len(sent) && ownSubject(strings.TrimLeft(sent[de:], ", ")) {
					// the date opens the clause after "and", which has a
					// subject of its own: "The line closed in 1964 and
					// three years later the station was demolished"
					if rs > start {
						start, subject = rs, ""
					}
				} else if w := firstWord(rest); andLink(link) && ds == rs+len(w)+1 && mannerAdverb(w) && mannerAdverb(lastWordOf(strings.TrimRight(sent[:o[0]], " "))) {
					// The verb left out before a second adverb: "resumed
					// partially on 17 October and fully two days later" is
					// "Operations resumed fully" for the later date.
					if head := strings.TrimRight(sent[:o[0]], " "); strings.LastIndexByte(head, ' ') > 0 {
						if sv := gappedVerb(head+" ", lastWordOf(head)); sv != "" && rs > start {
							start, subject = rs, sv
						}
					}
				} else if w := firstWord(rest); andLink(link) && placeAdverbs[w] && ds == rs+len(w)+1 && gappedPlace(sent[:o[0]]) != "" && rs > start {
					// The verb left out before a place adverb: "was sold
					// in stores between 1 March and 15 April 2023, and
					// online until the end of May" is "The toy was sold
					// online" for May.
					start, subject = rs, gappedPlace(sent[:o[0]])
				} else if w := strings.ToLower(firstWord(rest)); andLink(link) && (datePreps[w] || leadPreps[w] || w == "for" || w == "as") && ds > rs && firstWord(rest) == w &&
					len(strings.Fields(sent[rs:ds])) <= 4+3*b2i(w == "as") && gappedVerb(sent[:o[0]], w) != "" {
					// The verb left out: "raises wages by four percent this
					// year and by three percent in 2019" is "raises wages by
					// three percent" for 2019.
					start, subject = rs, gappedVerb(sent[:o[0]], w)
				} else if sv, nv := modalSubjectVerb(sent[:o[0]]); andLink(link) && (gapDeterminers[w] || namedObjectGap(sent[:o[0]], sent[rs:ds], sv)) && ds > rs && sv != "" &&
					len(strings.Fields(sent[rs:ds])) <= 4 && !gapObjectVerb(sent[rs:ds]) && !slices.ContainsFunc(strings.Fields(sent[rs:ds])[1:], presentS) &&
					!titleVerb(firstWord(sent[de:])) { // (not "and the by-election that September was won by Joe Marsh": its own verb after the date)
					// a gapped clause: "enrolled the first volunteers in
					// October 2003 and the last in June 2009" is
					// "Researchers enrolled the last" for June 2009
					if rs > start {
						start, subject = rs, sv
						if at := strings.Index(sent, sv); at >= 0 && at+len(sv) <= o[0] && strings.TrimSpace(sent[at+len(sv):o[0]]) == "" {
							// no object: the subject is what is gapped ("The
							// canal arrived in 1796, and the railway fifty
							// years later" is "the railway arrived")
							f := strings.Fields(sv)
							verb := strings.Join(f[max(0, len(f)-nv):], " ")
							gapped = verb
							subject = ""
						} else if main := firstClauseBefore(sent, others); repeatTimeRe.MatchString(sent[rs:ds]) && strings.HasPrefix(main, sv) {
							// "He was Minister of the Interior in
							// 1899–1902, ..., and a third time from 3
							// November 1910": a time over again is the
							// whole first clause's, not an object
							subject = main
						} else if h := gappedHead(sent[:o[1]+k], sv, others); h != "" {
							subject = h
						}
					}
				} else if link == ", " && subordinators[w] && w != "if" && w != "unless" && firstWord(rest) == w && ds > rs+len(w) && clauseOpens(rest[len(w):]) {
					// "will run as normal on 9 January, as schools
					// return after the Christmas break on 7 January": the
					// clause after the conjunction is the later date's
					if rs+len(w)+1 > start {
						start = rs + len(w) + 1
						subject = ""
					}
				} else if complementOpeners[w] || datePreps[w] && !figureAfter(rest, w) && !(andLink(link) && adverbBeforeVerb(rest)) || unicode.IsUpper(firstRune(firstWord(rest))) && !(link == ", " && rs == ds && len(strings.Fields(gap)) >= 4) {
					// (not the date itself after a comma, set off in a
					// clause after the earlier date: "2023-05-02 Ordered a
					// certificate: death of R. Goodwin, Dec qtr 1851, Leek
					// 6b 112"; a list of dates still splits: "Sunday 29
					// November (1st time), Sunday 6 December (2nd time)")
					if link == ", " && (appositiveAhead(rest, ds-rs) || nameAside(rest, ds-rs) ||
						unicode.IsUpper(firstRune(lastField(sent[:o[1]+k]))) && appositiveParticiple(rest[:ds-rs])) {
						// ("married Ruth Dunn, a teacher trained in Durham in
						// 1946": the name's appositive, no clause)
						continue // "Tidewalker, the open-world sailing game, will launch": an aside, no clause
					}
					if o[1]+k+len(link) > start {
						start = o[1] + k + len(link)
						subject = ""
					}
				} else if andLink(link) && (ownSubject(rest) || subjectOpens(afterOther(sent, rs, others))) {
					// "... and full council will set the budget on 25
					// February": a clause of its own
					if o[1]+k+len(link) > start {
						start = o[1] + k + len(link)
						subject = ""
						if w == "that" && reportedBefore(sent[:o[0]]) {
							// "GLR said it began ... on Sunday, and that
							// shipments were halted on August 16": the
							// second reported clause, without its "that"
							start += len("that ")
						}
					}
				} else if adv := len(w) + 1; andLink(link) && (mannerAdverb(w) || sequenceAdverbs[w]) && rs+adv < ds && strings.HasPrefix(rest[len(w):], " ") &&
					determiners[strings.ToLower(firstWord(rest[adv:]))] && ownSubject(rest[adv:]) {
					// "... and surprisingly the mayor resigned in June":
					// a clause of its own past its adverb, which goes
					if rs+adv > start {
						start, subject = rs+adv, ""
					}
				} else if andLink(link) {
					// A second verb of the same subject: "The company was
					// founded in 2009 and reported revenue ... in 2022" is
					// "The company reported revenue" for 2022.
					// (the verb past an adverb of sequence: "was first
					// issued in 1968 and last revised in 2019")
					vw, vrest := w, rest
					if sequenceAdverbs[w] || mannerAdverb(w) { // (or of manner: "and steadily fell in June")
						// (not the date itself: "targets of March 2024
						// and then autumn 2024")
						if nw, nr := firstWord(rest[len(w):]), strings.TrimLeft(rest[len(w):], " "); nw != "" && unicode.IsLower(firstRune(nw)) && rs+len(rest)-len(nr)+len(nw) <= ds {
							vw, vrest = nw, nr
						}
					}
					if fw := firstWord(sent); len(fw) > 3 && strings.EqualFold(fw, vw) && !hasVerb(strings.Fields(sent[rs:ds])) {
						// "Applications for a postal vote must reach the
						// office by 5pm on 16 April, and applications for a
						// proxy vote by 5pm on 23 April": a new subject of
						// the same kind, the predicate gapped
						ws := strings.Fields(sent[:o[0]])
						if v := slices.IndexFunc(ws, func(w string) bool { return modalVerbs[w] || auxiliaries[w] }); v > 0 && v <= 8 && v+1 < len(ws) && rs > start {
							start, subject, gapped = rs, "", strings.Join(ws[v:], " ")
							continue
						}
					}
					subj := ""
					if !presentS(vw) || !nounBeforeVerb(vrest) { // ("and profits doubled": a subject of its own)
						if c := lastClauseStart(sent[:o[0]]); c > 0 {
							// the nearest clause's subject: "Awards will be
							// confirmed on 30 April, and projects must start
							// in May and finish by 31 December" (projects
							// must finish)
							subj = sharedSubject(sent[c:o[0]], vw)
						}
						if subj == "" {
							subj = sharedSubject(sent[:o[0]], vw)
						}
						if subj == "" {
							// The subject after a lead-in: "Born on 3 May 1930
							// in Hull, he trained ... and joined".
							subj = sharedSubject(sent[:o[1]+k], vw)
						}
						if subj == "" && k > 2 && len(strings.Fields(sent[:o[0]])) <= 2 && strings.HasPrefix(sent[o[1]:], ", ") {
							// The subject after the date that opens the
							// sentence: "In August, Acme issued notes and
							// repaid its loans on 12 September".
							subj = sharedSubject(sent[o[1]+2:o[1]+k], vw)
						}
						if subj == "" {
							// The subject after a date that opens the
							// sentence with no comma: "On Saturday 21 March
							// the line will close at 21:00 and reopen at
							// 07:00 on Sunday 22 March" (the line will reopen)
							for _, o2 := range others {
								if o2[0] == 0 && o2[1] < o[0] {
									subj = sharedSubject(strings.TrimLeft(sent[o2[1]:o[0]], " "), vw)
									break
								}
							}
						}
					}
					if k := strings.LastIndexByte(subj, ' '); k > 0 && (subj[k+1:] == "was" || subj[k+1:] == "were") && passiveOnly[vw] {
						if ow := strings.ToLower(firstWord(sent[rs+len(rest)-len(vrest)+len(vw) : ds])); objectOpeners[ow] {
							// "Ridgeline was founded in the 1970s and
							// released its first record in 1976": an
							// object after the participle makes it the
							// subject's own past, no passive
							subj = subj[:k]
						}
					}
					if subj != "" && (strings.HasPrefix(vrest[len(vw):], " by ") || bareParticiple(vw, sent[rs+len(rest)-len(vrest)+len(vw):ds]) ||
						placedParticiple(vw, sent[rs+len(rest)-len(vrest)+len(vw):ds], sent, subj)) {
						// A passive shared with its auxiliary: "The agreement
						// was announced in April and approved by shareholders
						// on May 20" is "The agreement was approved".
						// With no object after it, the participle is a
						// passive too when the first verb is one: "The
						// bridge was closed in 1983 and demolished the
						// following spring" is "The bridge was demolished".
						if i := strings.Index(sent, subj+" "); i >= 0 {
							aux := strings.ToLower(firstWord(sent[i+len(subj)+1:]))
							// the first verb's words run to the earlier
							// date, or to the link when that date came
							// before the subject ("Spring 2020 – Inspections
							// were suspended from 23 March 2020 ... and
							// resumed in late August")
							pv, pe := i+len(subj)+1+len(aux), o[0]
							if pe < pv {
								pe = max(pv, o[1]+k)
							}
							if (aux == "was" || aux == "were" || aux == "is" || aux == "are") &&
								(strings.HasPrefix(vrest[len(vw):], " by ") || passiveAfter(sent[pv:pe])) {
								subj += " " + aux
							} else if rest := sent[i+len(subj)+1:]; modalVerbs[aux] && strings.HasPrefix(strings.ToLower(rest[len(aux):]), " be ") &&
								(strings.HasPrefix(vrest[len(vw):], " by ") || passiveAfter(rest[len(aux)+3:max(len(aux)+3, o[0]-i-len(subj)-1)])) {
								// "The equipment will be delivered on 24 April and
								// collected on 29 April": "The equipment will be"
								subj += " " + rest[:len(aux)+3]
							}
						}
					}
					if subj != "" && o[1]+k+len(link) > start {
						start = o[1] + k + len(link)
						subject = subj
					}
				}
			}
		}
		if i := strings.LastIndex(gap, ", with "); i >= 0 && o[1]+i+2 > start && ds > o[1]+i+7 {
			// "Our trains run from 5 April until the end of October,
			// with daily services throughout summer 2026": what the
			// main clause does then
			if sv := mainSubjectVerb(sent, others); sv != "" {
				start, subject = o[1]+i+2, sv
			}
		}
	}
	if start > 0 && subject == "" && gapped == "" {
		if ante, p, n := conjunctAntecedent(sent, start, ds, de, others); ante != "" {
			// "The shop opened in 1990 and in 1995 it moved": "it" is
			// the shop, the first clause naming nothing else
			sent = sent[:p] + ante + sent[p+n:]
			shift := len(ante) - n
			if ds >= p {
				ds, de = ds+shift, de+shift
			}
			others = slices.Clone(others)
			for i := range others {
				if others[i][0] >= p {
					others[i] = [2]int{others[i][0] + shift, others[i][1] + shift}
				}
			}
		}
	}
	if start > 0 {
		sent, ds, de = sent[start:], ds-start, de-start
		var kept [][2]int
		for _, o := range others {
			if o[0] >= start {
				kept = append(kept, [2]int{o[0] - start, o[1] - start})
			}
		}
		others = kept
		if gapped != "" {
			// the gapped verb after its new subject, before the date
			head := strings.TrimRight(sent[:ds], " ") + " " + gapped + " "
			n := len(head) - ds
			sent, ds, de = head+sent[ds:], ds+n, de+n
			for i := range others {
				if others[i][0] >= ds-n {
					others[i] = [2]int{others[i][0] + n, others[i][1] + n}
				}
			}
		}
		if subject != "" {
			n := len(subject) + 1
			sent, ds, de = subject+" "+sent, ds+n, de+n
			for i := range others {
				others[i] = [2]int{others[i][0] + n, others[i][1] + n}
			}
		}
	}
	// a list of them is one ("on 24, 25 and 26 December"): merged, so
	// that no ", and and" is left between them
	slices.SortFunc(others, func(a, b [2]int) int { return a[0] - b[0] })
	var merged [][2]int
	for _, o := range others {
		if n := len(merged); n > 0 && o[0] >= merged[n-1][1] && o[1] <= ds {
			switch strings.TrimSpace(strings.ToLower(sent[merged[n-1][1]:o[0]])) {
			case ",", "and", "or", ", and", ", or", "&", "–", "-":
				merged[n-1][1] = o[1]
				continue
			}
		}
		merged = append(merged, o)
	}
	others = merged
	slices.SortFunc(others, func(a, b [2]int) int { return b[0] - a[0] })
	cutFrom := len(sent) // where the last text taken out began
	for _, o := range others {
		if o[1] > cutFrom {
			continue // taken out with a later date's phrase: ", built in 1850 and enlarged in 1880,"
		}
		if o[1] <= ds && o[0] >= 0 {
			from, to := o[0], o[1]
			if timeObjectVerbs[lastWordOf(sent[:from])] && !datePreps[strings.ToLower(firstWord(sent[from:to]))] {
				continue // "had spent the previous evening drinking": the verb's object stays
			}
			if pf, pt, ok := participlePhrase(sent[:ds], o[0], o[1]); ok {
				// The earlier date's participle phrase goes with it: "the
				// report, first drafted two years ago, had been revised".
				from, to = pf, pt
			} else if p := strings.TrimRight(sent[:from], " "); p != sent[:from] {
				// its preposition too: "The list for Wednesday will be
				// published" leaves no "The list for will be"
				if k := strings.LastIndexByte(p, ' '); k >= 0 {
					switch strings.ToLower(p[k+1:]) {
					case "for", "on", "in", "at", "by", "until", "till", "from", "of", "during", "since", "before", "after", "dated", "beyond", "over", "throughout":
						from = k
					}
				}
			}
			if p := strings.TrimRight(sent[:from], " "); p != sent[:from] && (titleVerb(firstWord(sent[to:])) || presentVerbAfter(sent[to:])) {
				// the participle it dated too, when the sentence's verb
				// follows: "The camera trap installed on 28 May captured
				// an otter" leaves no "trap installed captured"
				// (not a relative clause's passive: "The company that was
				// founded in 1990 collapsed", whose "that was" goes later)
				if k := strings.LastIndexByte(p, ' '); k >= 0 && !auxiliaries[strings.ToLower(lastWordOf(p[:k]))] {
					if w := p[k+1:]; unicode.IsLower(firstRune(w)) && pastParticipleRe.MatchString(w) && !nonVerbsEd[w] {
						from = k
						if r := relativeOpen(p[:k]); r >= 0 {
							from = r // the relative clause whole: "The man whom officers arrested in 2019 was released"
						}
					}
				}
				if r := subjectRelativeOpen(sent[:from]); r >= 0 {
					// "The lawyer who represented him in 2019 resigned",
					// "The ferry that sank in 1994 was raised": the
					// subject's relative clause and its date go whole
					from = r
				}
			}
			sent = sent[:from] + sent[to:]
			ds, de = ds-(to-from), de-(to-from)
			cutFrom = from
		}
	}
	return sent, ds, de
}

// asideOpeners open an aside set off by commas after a subject: an
// appositive ("The case, a farmer, ...") or a relative clause ("DENV-3,
// which had not circulated, ...").
var asideOpeners = map[string]bool{"a": true, "an": true, "the": true, "which": true, "who": true}

// spanLabelWords name the period a span at a line's start dates:
// "1963-64 season - First European tour".
var spanLabelWords = map[string]bool{"season": true, "seasons": true, "term": true, "session": true, "series": true, "tour": true, "campaign": true, "season's": true}

// mainSubjectVerb returns the subject and the verb that open sent
// before its first date ("Our trains run" from "Our trains run from
// Easter Sunday, 5 April 2026, ..."), "" when they are not plain.
func mainSubjectVerb(sent string, others [][2]int) string {
	first := len(sent)
	for _, o := range others {
		first = min(first, o[0])
	}
	ws := strings.Fields(sent[:first])
	for k, w := range ws {
		if lw := strings.ToLower(w); k >= 2 && (datePreps[lw] || leadPreps[lw]) {
			ws = ws[:k] // "Our trains run from Easter Sunday, 5 April": up to the preposition
			break
		}
	}
	if len(ws) < 2 || len(ws) > 6 || strings.ContainsAny(strings.Join(ws, " "), ",;:()") {
		return ""
	}
	if d := strings.ToLower(ws[0]); !determiners[d] && d != "our" && d != "my" && d != "your" && !unicode.IsUpper(firstRune(ws[0])) || pronouns[d] {
		return ""
	}
	last := ws[len(ws)-1]
	if !unicode.IsLower(firstRune(last)) || !(presentS(last) || pastOrModal(last) || titleVerb(last) || isPlural(ws[len(ws)-2])) {
		return ""
	}
	return strings.Join(ws, " ")
}

// clauseOpens reports whether s opens a clause with its subject: a
// determiner or a pronoun, a name, or a plural noun before a verb
// ("schools return").
func clauseOpens(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	lw := strings.ToLower(ws[0])
	if complementOpeners[lw] || unicode.IsUpper(firstRune(ws[0])) {
		return true
	}
	nw := strings.ToLower(ws[1])
	return isPlural(lw) && unicode.IsLower(firstRune(ws[1])) && !leadPreps[nw] && !datePreps[nw] && !ofLike[nw] && nw != "and" && nw != "or" && !determiners[nw]
}

// andLink reports whether link joins two verbs of one subject: " and ",
// " but " ("Cases declined over the summer but rose again in the
// autumn").
func andLink(link string) bool { return link == " and " || link == " but " }

// reportedBefore reports whether s holds a reporting verb ("said",
// "announced"), whose content a later "and that" goes on with.
func reportedBefore(s string) bool {
	for _, w := range strings.Fields(s) {
		if reportingVerbs[strings.Trim(w, ",;:")] != "" {
			return true
		}
	}
	return false
}

// periodVerbs tell in the present how long a state lasts, or when it
// ends: after "and" they share the subject of a clause in any tense ("was
// won on 14 June, and remains valid until 13 December").
var periodVerbs = map[string]bool{
	"remains": true, "stays": true, "runs": true, "lasts": true, "continues": true, "expires": true,
	"ends": true, "closes": true, "opens": true, "reopens": true, "begins": true, "starts": true,
	"resumes": true, "applies": true,
}

// sequenceAdverbs come between "and" and a verb that shares the
// subject before: "first issued in 1968 and last revised in 2019".
var sequenceAdverbs = map[string]bool{
	"last": true, "later": true, "then": true, "subsequently": true, "finally": true, "eventually": true,
	"again": true, "also": true, "formally": true, "officially": true, "fully": true, "partly": true,
	"partially": true, "briefly": true, "first": true, "originally": true, "initially": true,
}

// adverbBeforeVerb reports whether rest, after "and", opens with an
// adverb of sequence that a date word may be ("later", "earlier") and
// then a past verb: "and later moved to Leeds" is a second verb of the
// clause's subject, not a clause that opens with a time.
func adverbBeforeVerb(rest string) bool {
	w, tail, ok := strings.Cut(rest, " ")
	if !ok || (w != "later" && w != "earlier") {
		return false
	}
	v := firstWord(tail)
	return unicode.IsLower(firstRune(v)) && pastOrModal(v) && !modalVerbs[v]
}

// nounBeforeVerb reports whether rest, after "and", opens with a plural
// noun that a verb follows ("profits doubled in 2012", "sales are
// expected to rise"): the subject of a clause of its own, not a verb in
// -s shared with the subject before ("and closes on 28 March").
func nounBeforeVerb(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) < 2 {
		return false
	}
	nw := strings.ToLower(strings.Trim(ws[1], ",.;:"))
	return pastOrModal(nw) || auxiliaries[nw] || presentS(nw) || nw == "do" || nw == "did"
}

// intransitivePast are past forms that take no object, and so make no
// passive after a shared "was": "He was born in 1950 and died in 2010"
// is "He died".
var intransitivePast = map[string]bool{
	"died": true, "arrived": true, "retired": true, "resigned": true, "collapsed": true, "happened": true,
	"occurred": true, "existed": true, "remained": true, "emerged": true, "disappeared": true, "returned": true,
	"moved": true, "graduated": true, "lived": true, "worked": true, "stayed": true, "peaked": true,
	"declined": true, "recovered": true, "emigrated": true, "settled": true, "debuted": true, "premiered": true,
	"expired": true, "lapsed": true, "failed": true, "succeeded": true, "improved": true, "served": true,
	"merged": true, "ended": true, "started": true, "continued": true, "lasted": true, "operated": true,
	"competed": true, "played": true, "starred": true, "appeared": true, "performed": true, "toured": true,
	"travelled": true, "traveled": true, "landed": true, "departed": true, "sailed": true, "erupted": true,
	"escalated": true, "finished": true, "stopped": true, "rallied": true, "testified": true, "fled": true,
	"married": true, "divorced": true, "relocated": true, "surrendered": true, "voted": true, "qualified": true,
	"rebounded": true, "reopened": true, "waited": true, "remarried": true, "belonged": true, "behaved": true,
}

// bareParticiple reports whether w, after "and", is a participle with
// no object before the date (gap, what stands between them, is empty):
// "and demolished the following spring", "and last revised in 2019".
// (An adverb alone between them is no object: "and extended twice in
// 1910", "and rebuilt completely in 1955".)
func bareParticiple(w, gap string) bool {
	if g := strings.TrimSpace(gap); g != "" && (strings.Contains(g, " ") || !mannerAdverb(g) && !countAdverbs[g]) {
		return false
	}
	return participle(w) && !intransitivePast[w]
}

// countAdverbs tell how often, or once more, after a verb: "extended
// twice", "rebuilt again".
var countAdverbs = map[string]bool{"twice": true, "again": true, "once": true, "further": true, "thrice": true}

// passiveAfter reports whether the words after a subject's "was" are a
// participle (past an adverb): "closed", "first issued".
// placedParticiple reports whether w, after "and", is a participle whose
// only words before the date (gap) say where, when the subject's first
// verb in sent was a passive of what is only done to someone ("She was
// captured at Compiègne in 1430 and burned at Rouen in 1431"): the two
// tell what was done to the subject, the second sharing the auxiliary
// (was "She burned at Rouen"). After a first verb that may be the
// subject's own doing ("He was born in 1950 and studied at Oxford") the
// participle stays active.
func placedParticiple(w, gap, sent, subj string) bool {
	g := strings.Fields(gap)
	if len(g) < 2 || len(g) > 5 || !placePreps[g[0]] || g[0] == "to" || g[0] == "for" || g[0] == "of" || !participle(w) || intransitivePast[w] {
		return false
	}
	i := strings.Index(sent, subj+" ")
	if i < 0 {
		return false
	}
	ws := strings.Fields(sent[i+len(subj)+1:])
	return len(ws) >= 2 && (ws[0] == "was" || ws[0] == "were") && passiveOnly[strings.Trim(ws[1], ",.;:")] &&
		!slices.ContainsFunc(g[1:], func(x string) bool { return objectOpeners[strings.ToLower(x)] && x != "the" })
}

func passiveAfter(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > 0 && sequenceAdverbs[strings.ToLower(ws[0])] || len(ws) > 0 && (ws[0] == "first" || ws[0] == "originally" || ws[0] == "initially") {
		ws = ws[1:]
	}
	return len(ws) > 0 && pastParticipleRe.MatchString(strings.ToLower(strings.Trim(ws[0], ",.;:")))
}

// modalVerbs take a bare verb after them.
var modalVerbs = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "shall": true, "should": true, "must": true}

// subjectVerbs end a clause's subject: auxiliaries and common irregular
// past forms (a lower-case word in "-ed" ends it too).
var subjectVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "did": true, "does": true, "do": true, "said": true, "says": true, "began": true, "became": true,
	"flew": true, "ran": true, "won": true, "lost": true, "went": true, "came": true, "made": true, "took": true,
	"gave": true, "sold": true, "bought": true, "met": true, "left": true, "built": true, "held": true, "rose": true,
	"fell": true, "grew": true, "saw": true, "told": true, "wrote": true, "sent": true, "spent": true, "kept": true,
	"brought": true, "found": true, "led": true, "paid": true, "put": true, "set": true, "struck": true, "won't": true}

// pastOrModal reports whether w is a verb that can follow a shared
// subject after "and": a past form ("reported", "flew") or a modal.
func pastOrModal(w string) bool {
	if modalVerbs[w] || subjectVerbs[w] && w != "says" && w != "does" && w != "do" {
		return true
	}
	// ("used", "owed": past forms too short for the rule; "repaid",
	// "withdrew": irregular ones)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !stopWords[w] || irregularPast[w] || w == "used" || w == "owed" || w == "died" || strings.HasSuffix(w, "paid")
}

// ownSubject reports whether the clause after "and" has a subject of its
// own: a modal or an auxiliary among its second to fourth words ("full
// council will set the budget", "the new board has agreed").
func ownSubject(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) > 1 && determiners[strings.ToLower(ws[0])] {
		return true // "... and the market opens on July 1": a subject of its own
	}
	if lw := strings.ToLower(ws[min(1, len(ws)-1)]); len(ws) > 2 && isPlural(ws[0]) && !adverbsInS[ws[0]] && (irregularPast[lw] || commonPast[lw]) {
		// "... and packages went live this morning": a plural and a verb
		// of its own, which no "-ed" shows ("and becomes unsupported")
		return true
	}
	if len(ws) > 2 && massNounPast(ws[0], ws[1]) {
		return true
	}
	if len(ws) > 2 && !modalVerbs[strings.ToLower(ws[0])] && !auxiliaries[strings.ToLower(ws[0])] && !presentS(ws[0]) && !strings.HasSuffix(ws[0], "ed") {
		for i := 1; i <= 2 && i < len(ws); i++ {
			if presentS(ws[i]) && unicode.IsLower(firstRune(ws[i])) {
				return true // "... and free agency opens July 1"
			}
		}
	}
	for i := 1; i < len(ws) && i <= 3; i++ {
		lw := strings.ToLower(ws[i])
		if modalVerbs[lw] || auxiliaries[lw] {
			// (no one word set off by a comma from the verb: "rated T
			// for ages 13 and up, will launch" closes an aside)
			// (nor a past verb whose date a comma closes, the aside's
			// end before the sentence's own verb: "The chapel, which
			// opened in 1850 and closed in 1962, was demolished")
			return !modalVerbs[strings.ToLower(ws[0])] && !auxiliaries[strings.ToLower(ws[0])] && !(i == 1 && strings.HasSuffix(ws[0], ",")) &&
				!(unicode.IsLower(firstRune(ws[0])) && (pastOrModal(ws[0]) || participle(ws[0])) && strings.HasSuffix(ws[i-1], ","))
		}
	}
	return false
}

// massNounPast reports whether w and v open a clause as a singular noun
// and its past verb: "... and unemployment fell in December", "and
// output declined". Neither an adverb ("and later fell", "and sharply
// fell") nor a verb ("and returned") is such a subject.
func massNounPast(w, v string) bool {
	lw, lv := strings.ToLower(w), strings.ToLower(v)
	if !isLowerWord(w) || len(w) < 4 || !isLowerWord(v) || !(irregularPast[lv] || commonPast[lv] || strings.HasSuffix(lv, "ed") && !nonVerbsEd[lv]) {
		return false
	}
	for _, suf := range []string{"ly", "ed", "ing", "s"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	return !sequenceAdverbs[lw] && !functionWords[lw] && !stopWords[lw] && !isVerbWord(lw) && !titleVerb(lw) && !modalVerbs[lw] && !auxiliaries[lw]
}

// commonPast are common verbs' irregular past forms.
var commonPast = map[string]bool{"went": true, "fell": true, "rose": true, "came": true, "began": true, "ran": true, "gave": true, "took": true, "left": true, "made": true, "got": true, "saw": true, "became": true, "found": true, "kept": true, "held": true, "met": true}

// adverbsInS end in "s" as plurals do: "... and always went".
var adverbsInS = map[string]bool{"always": true, "sometimes": true, "perhaps": true, "afterwards": true, "towards": true, "nevertheless": true, "besides": true, "thus": true, "nowadays": true}

// withPhrase reads ", with Game 4 on" before the date at ds, closing its
// sentence: a short name the "with" adds, whose date it is, and no verb.
func withPhrase(sent string, ds, de int) (string, bool) {
	w := strings.LastIndex(sent[:ds], ", with ")
	if w < 0 {
		return "", false
	}
	np := strings.TrimSpace(sent[w+len(", with ") : ds])
	for _, p := range []string{" on", " at", " in"} {
		if strings.HasSuffix(np, p) {
			np = strings.TrimSpace(np[:len(np)-len(p)])
			break
		}
	}
	ws := strings.Fields(np)
	if len(ws) >= 2 && len(ws) <= 5 && pastParticipleRe.MatchString(strings.ToLower(ws[len(ws)-1])) && !hasVerb(ws[:len(ws)-1]) {
		// "..., with the decision announced on 19 December": the
		// decision's announcement
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || len(ws) > 4 || hasVerb(ws) || strings.ContainsAny(np, ",;:()\"“”") || pronouns[strings.ToLower(ws[0])] || unicode.IsDigit(firstRune(np)) ||
		slices.Contains([]string{"his", "her", "their", "its", "our", "my", "your"}, strings.ToLower(ws[0])) { // ("with his wife on Tuesday": her arrival, no event named)
		return "", false
	}
	if rest := strings.TrimSpace(sent[de:]); strings.Trim(rest, ".!") != "" && !strings.HasPrefix(rest, "afternoon") && !strings.HasPrefix(rest, "evening") && !strings.HasPrefix(rest, "morning") && !strings.HasPrefix(rest, "night") {
		return "", false // the sentence goes on: the date is not the phrase's last word
	}
	return titleFirst(np), true
}

// bareRelativeRe is a relative clause of one or two words set off by
// commas inside a title, its date cut: ", which opened,".
var bareRelativeRe = regexp.MustCompile(`, (?:which|who) [a-z]+(?: [a-z]+)?,`)

// presentS reports whether w looks like a verb's third person in the
// present ("opens", "begins"): a lower-case word in -s, not -ss, -us or
// -is, and none of the words in -s that are no verbs.
func presentS(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",.;:"))
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") {
		return false
	}
	switch w {
	case "news", "series", "species", "always", "perhaps", "towards", "afterwards", "sometimes", "its", "this", "was", "has", "does", "years", "days", "weeks", "months", "hours", "times", "others":
		return false
	}
	return !strings.HasSuffix(w, "ies") || w == "applies" || w == "tries" || w == "flies" || w == "dies" || w == "lies"
}

// thousandsRe is a figure with commas between its thousands: "1,200".
var thousandsRe = regexp.MustCompile(`^\d{1,3}(?:,\d{3})+$`)

// subjectArticles open a subject after a lead phrase that ends with a
// name: "Under manager Alf Brennan the club won".
var subjectArticles = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// complementClause returns the clause a verb of saying or knowing
// reports at the end of before ("the consultation will open on 3
// November" of "I can confirm that the consultation will open on 3
// November", "the plant will close in May" of "She said the plant will
// close in May"), whose subject a verb after "and" shares, and the verb
// that reports it ("said"); before itself when there is none.
func complementClause(before string) (string, string) {
	ws := strings.Fields(before)
	for k := len(ws) - 3; k >= 0; k-- {
		lw := strings.ToLower(ws[k])
		if reportingVerbs[lw] == "" && !complementVerbs[lw] {
			continue
		}
		rest := ws[k+1:]
		if rest[0] == "that" {
			rest = rest[1:]
		} else if nw := strings.ToLower(rest[0]); !determiners[nw] && !subjectPronouns[nw] || nw == "of" {
			continue
		}
		if !finiteClause(rest) {
			continue // (not "added the bug to its catalog", "expects the combined group to reach 3 GW": an object, no clause)
		}
		if len(rest) >= 3 && !strings.ContainsAny(ws[k], ",;:") {
			if subj := ws[:k]; subjectPronouns[strings.ToLower(rest[0])] && len(subj) >= 1 && len(subj) <= 6 && !slices.ContainsFunc(subj, titleVerb) &&
				!strings.ContainsAny(strings.Join(subj, " "), ",;:") && (rest[0] == "it" || rest[0] == "they") {
				// "The company said it would open a plant in May and
				// close the old one": the company would close it
				return strings.Join(subj, " ") + " " + strings.Join(rest[1:], " "), lw
			}
			return strings.Join(rest, " "), lw
		}
	}
	return before, ""
}

// finiteClause reports whether ws open a clause with a finite verb: a
// modal, an auxiliary or a past form among its first six words, after a
// subject (not an adjective after an article, "the combined group", nor a
// verb after "to").
func finiteClause(ws []string) bool {
	for k := 1; k < len(ws) && k <= 6; k++ {
		lw := strings.ToLower(strings.Trim(ws[k], ",;:"))
		if lw == "to" || strings.ContainsAny(ws[k-1], ",;:") {
			return false
		}
		if (modalVerbs[lw] || auxiliaries[lw] || pastOrModal(lw)) && !determiners[strings.ToLower(ws[k-1])] {
			return true
		}
	}
	return false
}

// complementVerbs report or know a clause after them, as reportingVerbs
// do: "I can confirm that", "We expect the work".
var complementVerbs = map[string]bool{
	"confirm": true, "announce": true, "expect": true, "expects": true, "expected": true, "believe": true,
	"believes": true, "believed": true, "think": true, "thinks": true, "thought": true, "hope": true,
	"hopes": true, "hoped": true, "know": true, "knows": true, "knew": true, "agreed": true, "decided": true,
	"understand": true, "understood": true, "assure": true, "promise": true, "promised": true,
}

// sharedSubject returns the subject of the clause that opens before (the
// words before its first verb, "The company" in "The company was founded")
// when next, the first word after "and", is a verb that shares it: a
// past form, a modal, or a bare verb after a subject's modal ("Work will
// start in June and end before Christmas": "Work will"). It returns ""
// when the clause has no plain subject of one to six words.
func sharedSubject(before, next string) string {
	if loc := datelineRe.FindStringIndex(before); loc != nil {
		before = before[loc[1]:]
	}
	if n := speakerLabel(before); n > 0 {
		before = strings.TrimSpace(before[n:])
	}
	before = stripLeadIn(before)
	if nl := strings.ToLower(next); unicode.IsLower(firstRune(next)) && !determiners[nl] && !numberWords[nl] && !pronouns[nl] {
		// (not "and two more the following year": a gapped clause,
		// no verb to share a subject with)
		if c, said := complementClause(before); c == before || !speakersSecondVerb(c, next, said) {
			before = c
		}
	}
	if w := strings.ToLower(firstWord(before)); leadPreps[w] && w != "after" && w != "before" && w != "following" ||
		w == "following" && strings.Count(before, ", ") == 1 && unicode.IsLower(firstRune(before[strings.Index(before, ", ")+2:])) {
		// "On the forecast track, the center will move ...": a
		// phrase of place set off before the subject (not a time's:
		// "After the fire in 1990, the mill was rebuilt"; but
		// "Following this consultation, the Council intends to
		// publish ... and submit ...": the subject after the comma)
		if c := strings.Index(before, ", "); c > 0 && len(strings.Fields(before[:c])) <= 6 && !hasVerb(strings.Fields(before[:c])) &&
			!strings.ContainsAny(before[:c], "0123456789") {
			before = before[c+2:]
		} else if ws := strings.Fields(before); c < 0 || c > 0 && len(strings.Fields(before[:c])) > 6 {
			// "Under manager Alf Brennan the club won the league": the
			// phrase ends with a name, no comma, and the subject opens
			// with its article
			for k := 2; k < len(ws) && k <= 6; k++ {
				if subjectArticles[ws[k]] && unicode.IsUpper(firstRune(ws[k-1])) && !hasVerb(ws[:k]) && !strings.ContainsAny(strings.Join(ws[:k], " "), "0123456789,;:()") {
					before = strings.Join(ws[k:], " ")
					break
				}
			}
		}
	}
	words := strings.Fields(before)
	appos := false
	aside := [2]int{-1, -1} // the words of an aside the subject is said without
	for i := 0; i < len(words); i++ {
		w := words[i]
		lw := strings.ToLower(strings.Trim(w, `"“”'‘’`))
		if i == 0 && (leadPreps[lw] || subordinators[lw] || lw == "and" || lw == "but") {
			return ""
		}
		if strings.ContainsAny(w, ";:()") {
			return ""
		}
		if strings.ContainsRune(w, ',') && !thousandsRe.MatchString(strings.TrimRight(w, ",")) {
			// (a figure's commas, "1,200 units", are none)
			// "Our chief executive, Priya Nair, joined": a name in
			// apposition is part of the subject; any other comma ends it
			switch {
			case !strings.HasSuffix(w, ",") || i+1 >= len(words):
				return ""
			case unicode.IsUpper(firstRune(words[i+1])) && !appos:
				appos = true
			case appos:
				appos = false // the comma that closes it
			case aside[0] < 0 && asideOpeners[strings.ToLower(words[i+1])] && !slices.ContainsFunc(words[:i], func(w string) bool { return w == "who" || w == "which" || w == "that" }):
				// "The case, a 34-year-old male farmer, developed
				// fever", "DENV-3, which had not circulated since 2009,
				// was detected": an aside set off by commas, which the
				// subject is said without
				j := i + 1
				for j < len(words) && j <= i+14 && !strings.HasSuffix(words[j], ",") {
					j++
				}
				if j >= len(words)-1 || j > i+14 || strings.ContainsAny(strings.Join(words[i+1:j+1], " "), ";:()") {
					return ""
				}
				aside = [2]int{i + 1, j + 1}
				i = j
			default:
				return ""
			}
			continue
		}
		isVerb := subjectVerbs[lw] || modalVerbs[lw] || (i > 0 && len(lw) > 4 && strings.HasSuffix(lw, "ed") && !unicode.IsUpper(firstRune(w)) &&
			!determiners[strings.ToLower(words[i-1])]) || // "the combined group": an adjective
			presentVerb(words, i) || // "Northwind expects the combined group"
			// an irregular past: "He first caught the eye ... and made
			// his senior debut"
			i > 0 && irregularPast[lw] && w == lw && !determiners[strings.ToLower(words[i-1])] ||
			// a plural's plain present shared with the next: "Applications
			// for that intake open on 1 October and close on 31 January"
			i > 0 && plainPresentVerbs[lw] && plainPresentVerbs[next] && !determiners[strings.ToLower(words[i-1])] && !danglingPreps[strings.ToLower(words[i-1])]
		if !isVerb {
			continue
		}
		n := i
		if aside[0] >= 0 {
			n -= aside[1] - aside[0]
		}
		for k := 2; k < i; k++ {
			if (k < aside[0] || k > aside[1]) && unicode.IsUpper(firstRune(words[k])) && unicode.IsUpper(firstRune(words[k-1])) {
				n-- // a name of many words is one: "the National Institute of Virology"
			}
		}
		if n == 0 || n > 6 && (n > 8 || !slices.Contains(words[1:i], "of")) {
			return "" // (up to eight words with an of-phrase: "The first pallet of 1,200 Wren units")
		}
		subj := strings.Join(words[:i], " ")
		if aside[0] >= 0 {
			subj = strings.Join(slices.Concat(words[:aside[0]-1], []string{strings.TrimSuffix(words[aside[0]-1], ",")}, words[aside[1]:i]), " ")
		}
		if k := strings.LastIndexByte(subj, ' '); k > 0 && subj[k+1:] == "first" {
			subj = subj[:k] // "He first caught the eye ... and made his debut": the adverb is the first verb's
		}
		switch {
		case auxiliaries[lw] && i+1 < len(words) && pastParticipleRe.MatchString(strings.ToLower(words[i+1])) &&
			passiveOnly[strings.ToLower(next)]:
			// "He was arrested in January and convicted in March": the
			// second participle shares "He was"
			return subj + " " + w
		case pastOrModal(next), plainPresentVerbs[lw] && plainPresentVerbs[next]:
			return subj
		case presentS(next) && reportingVerbs[next] == "" && unicode.IsLower(firstRune(next)) && (presentS(lw) || lw == "is" || lw == "are" || periodVerbs[next]):
			// "The spring window opens on 6 January and closes on 28
			// March", "... was won on 14 June, and remains valid until
			// 13 December": a verb in the present shares the subject
			// (not a plural noun: "gave ... in 27 BC, and historians
			// date the Empire from that year")
			return subj
		case modalVerbs[lw] && next != "" && unicode.IsLower(firstRune(next)) && !stopWords[next]:
			return subj + " " + w
		case next != "" && unicode.IsLower(firstRune(next)) && !stopWords[next]:
			// "Construction is expected to begin in 2020 and finish by
			// 2022": the bare verb shares "Construction is expected to".
			for j := i + 1; j < len(words) && j <= i+3; j++ {
				if words[j] == "to" && j+1 < len(words) {
					return strings.Join(words[:j+1], " ")
				}
			}
		}
		return ""
	}
	return ""
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// yearOnlyRe is a year alone: "1931".
var yearOnlyRe = regexp.MustCompile(`^\d{3,4}$`)

// ownerWords open a noun phrase with whose it is: "her last lecture".
var ownerWords = map[string]bool{"her": true, "his": true, "their": true, "its": true, "our": true, "my": true}

// repeatTimeRe is a phrase that tells an event happened over again: "a
// third time", "a second time".
var repeatTimeRe = regexp.MustCompile(`^(?:a|the) (?:second|third|fourth|fifth|sixth|final|last) time\s*$`)

// firstClauseBefore returns the words of sent before its first date (of
// others), when they hold no comma: "He was Minister of the Interior" of
// "He was Minister of the Interior in 1899–1902, again ...".
func firstClauseBefore(sent string, others [][2]int) string {
	first := -1
	for _, o := range others {
		if o[0] >= 0 && (first < 0 || o[0] < first) {
			first = o[0]
		}
	}
	if first <= 0 {
		return ""
	}
	main := strings.TrimRight(sent[:first], " ")
	for _, p := range []string{" in", " on", " from", " during", " between", " at"} {
		main = strings.TrimSuffix(main, p)
	}
	if strings.ContainsAny(main, ",;:()") {
		return ""
	}
	return main
}

// namedObjectGap reports whether the words np after "and", a name alone
// before their date, stand for the object of the clause before (its
// subject and verb sv), whose own object is a name: "He visited Paris in
// 1990 and Rome in 1992" is "He visited Rome" for 1992, "Germany invaded
// Poland in 1939 and France in 1940" "Germany invaded France". A name
// after a verb with no object is the gapped subject's ("Sarah died in
// 1881, and Joseph in 1890"; see gappedSubjectTitle), and one after an
// object that is no name may be either ("declared war on Germany in 1939
// and France in 1940").
func namedObjectGap(before, np, sv string) bool {
	nws := strings.Fields(np)
	if sv == "" || len(nws) == 0 || len(nws) > 3 || !capitalWords(nws) || strings.ContainsAny(np, ",;:()\"“”0123456789") {
		return false
	}
	at := strings.Index(before, sv)
	if at < 0 {
		return false
	}
	obj := strings.Fields(before[at+len(sv):])
	if len(obj) > 0 && (obj[0] == "to" || obj[0] == "with" || obj[0] == "for" || obj[0] == "by" || placePrep(obj[0], sv)) {
		obj = obj[1:] // "moved to Paris" (gappedHead keeps the preposition)
	}
	return len(obj) >= 1 && len(obj) <= 3 && capitalWords(obj) && !strings.ContainsAny(strings.Join(obj, " "), ",;:()\"“”0123456789")
}

// gapDeterminers open the object of a gapped clause: "approved the
// budget in March and the housing plan in May", "will publish a trading
// update on 22 January and its full-year results in June".
var gapDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true}

// gapObjectVerb reports whether a gapped clause's object np (the date's
// preposition last, if the date does not hold it) has a verb of its own: after a determiner, the word
// before the preposition is the noun the phrase ends in ("the housing plan
// in": "plan" no verb), unless a past form comes after the determiner
// ("the plan failed in", "the verdict came at").
func gapObjectVerb(np string) bool {
	all := strings.Fields(np)
	ws := all
	if n := len(ws); n > 0 && (datePreps[strings.ToLower(ws[n-1])] || leadPreps[strings.ToLower(ws[n-1])]) {
		ws = ws[:n-1] // (the date's preposition, when the date does not hold it)
	}
	if len(ws) >= 2 && gapDeterminers[strings.ToLower(ws[0])] {
		for _, w := range ws[1:] {
			if lw := strings.ToLower(w); strings.HasSuffix(lw, "ed") && unicode.IsLower(firstRune(w)) || irregularPast[lw] || commonPast[lw] {
				return true
			}
		}
		return hasVerb(ws[1 : len(ws)-1])
	}
	return hasVerb(all)
}

// placePrep reports whether prep, opening the object of the clause that
// sv (its subject and verb) opens, is "in" or "at" of a place a name
// after a gap changes: "He lived in Paris in 1990 and Rome in 1992" is
// "He lived in Rome". Only after a pronoun: after a name the name after
// the gap may be the next subject ("Sarah lived in Leeds in 1881, and
// Joseph in 1890").
func placePrep(prep, sv string) bool {
	return (prep == "in" || prep == "at") && subjectPronouns[strings.ToLower(firstWord(sv))]
}

// gappedHead returns what a gapped clause takes from the clause before it
// (before, up to the link, its other dates to be taken out) when more
// than sv, its subject and first verb: the rest of the verb
// group after an auxiliary or a modal ("The choir will sing" from "The
// choir will sing Handel at 5 p.m. and Bach at 7 p.m."), and a
// preposition that opens the first object ("Our Lady of Guadalupe will be
// honored with" from "... will be honored on Tuesday, December 12, with
// Las Mananitas at 5:00 a.m. and a bilingual Mass at 7 p.m."). It returns
// "" when sv is all it takes.
func gappedHead(before, sv string, others [][2]int) string {
	ws := strings.Fields(withoutDates(before, others))
	n := len(strings.Fields(sv))
	if n > len(ws) || strings.Join(ws[:n], " ") != sv {
		return ""
	}
	head := slices.Clone(ws[:n])
	k := n
	lw := strings.ToLower(ws[n-1])
	if w := ws[min(k, len(ws)-1)]; modalVerbs[lw] && k < len(ws) && isLowerWord(w) && !determiners[w] && !pronouns[w] && !leadPreps[w] {
		head, k = append(head, w), k+1 // the bare verb after a modal: "will sing"
	}
	if modalVerbs[lw] || auxiliaries[lw] {
		for ; k < len(ws); k++ {
			w := strings.TrimRight(ws[k], ",")
			if lw := strings.ToLower(w); w != strings.ToLower(w) || !(lw == "be" || lw == "been" || lw == "being" || lw == "have" || auxiliaries[lw] || isVerbWord(lw)) {
				break
			}
			head = append(head, w)
		}
	}
	for k < len(ws) && ws[k] == "," {
		k++ // (where a date was taken out)
	}
	if k < len(ws) {
		switch p := strings.TrimRight(ws[k], ","); p {
		case "with", "for", "to", "by", "in", "at":
			// the first object after it is short and whole: "with Las
			// Mananitas", not "with the parish, which ..."
			if obj := ws[k+1:]; (p != "in" && p != "at" || placePrep(p, sv)) && len(obj) >= 1 && len(obj) <= 4 && !hasVerb(obj) && !slices.ContainsFunc(obj, func(w string) bool { return strings.ContainsAny(w, ",;:()") }) {
				head = append(head, p)
			}
		}
	}
	if len(head) == n {
		return ""
	}
	return strings.Join(head, " ")
}

// isLowerWord reports whether w is a word of lower-case letters alone.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// auxiliaries are the forms of be and have that a passive or a perfect
// shares between coordinated participles.
var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"has been": true, "had been": true}

// passiveOnly are participles of verbs that take an object, so that,
// with none after them, they are passive: "convicted", never "he
// convicted of fraud".
var passiveOnly = map[string]bool{
	"convicted": true, "arrested": true, "sentenced": true, "charged": true, "jailed": true,
	"indicted": true, "acquitted": true, "executed": true, "imprisoned": true, "detained": true,
	"elected": true, "appointed": true, "named": true, "nominated": true, "promoted": true,
	"killed": true, "injured": true, "wounded": true, "captured": true, "kidnapped": true,
	"released": true, "freed": true, "deported": true, "expelled": true, "banned": true,
	"awarded": true, "knighted": true, "crowned": true, "buried": true, "baptised": true,
	"baptized": true, "inaugurated": true, "sworn": true, "fined": true, "dismissed": true,
}

// midParticipleRe matches a participle phrase between a subject and its
// verb: "The barrier, opened in May 1984, was designed".
var midParticipleRe = regexp.MustCompile(`, (?:first |originally |later )?[a-z]+ed [^,;:]{1,40},`)

// ageRe matches an age set off by commas after a name: "Ms Olsen, 47,".
var ageRe = regexp.MustCompile(`, \d{1,3},`)

// stripLeadIn takes out of a clause what stands between its subject and
// its verb or before its subject without being either: an age set off by
// commas ("Ms Olsen, 47, joined"), a participle phrase that opens the
// sentence ("Born on 3 May 1930 in Hull, she ...").
func stripLeadIn(s string) string {
	s = ageRe.ReplaceAllString(s, "")
	s = midParticipleRe.ReplaceAllString(s, "")
	if w := firstWord(s); w != "" && unicode.IsUpper(firstRune(w)) && pastParticipleRe.MatchString(strings.ToLower(w)) {
		if c := strings.Index(s, ", "); c > 0 {
			return s[c+2:]
		}
	}
	return s
}

// gerundLeadTitle returns the headline of a date in a gerund phrase
// after "After", "Before" or "Since", or a phrase of "Having", that opens
// the sentence before its subject ("After graduating from
// Leeds in 2010, Smith moved to Paris", "After being elected in 2010,
// Smith ..."): the subject and the gerund's verb in the past, "Smith
// graduated from Leeds", "Smith was elected", not the main clause's
// event nor "After graduating".
func gerundLeadTitle(s string, ds, de int) (string, bool) {
	lead := strings.ToLower(firstWord(s))
	switch lead {
	case "after", "before", "since":
		// (not "On arriving ..., the family applied", "While serving as
		// mayor, he cut taxes": the main clause's event is at the date)
	case "having":
		// "Having sold the mill in 1871, Edward moved to Harrogate": a
		// perfect participle tells what was done before, at its date
		lead = ""
	default:
		return "", false
	}
	c := strings.Index(s[de:], ", ")
	if c < 0 || strings.Contains(s[:ds], ",") {
		return "", false
	}
	c += de
	phrase := s[len(lead):c]
	words := strings.Fields(phrase)
	if len(words) < 2 || len(words) > 14 {
		return "", false
	}
	main := strings.TrimRight(s[c+2:], ".!? ")
	subj := titleSubject(main)
	if pr := strings.ToLower(firstWord(main)); pronouns[pr] && pr != "it" && pr != "this" && pr != "that" {
		subj = firstWord(main)
	}
	if subj == "" || len(strings.Fields(subj)) > 5 || !unicode.IsUpper(firstRune(subj)) && !pronouns[strings.ToLower(subj)] && !determiners[strings.ToLower(firstWord(subj))] {
		return "", false
	}
	if strings.ContainsAny(subj, ",;:()\"“”") {
		return "", false
	}
	g := strings.ToLower(words[0])
	rest := words[1:]
	var verb string
	switch {
	case g == "being" || g == "having" && len(rest) > 0 && strings.ToLower(rest[0]) == "been":
		if g == "having" {
			rest = rest[1:]
		}
		verb = agree(subj, "was")
	case g == "having" && len(rest) > 0 && pastParticipleRe.MatchString(rest[0]):
		verb, rest = rest[0], rest[1:]
	default:
		verb = gerundPast(g)
	}
	if verb == "" {
		return "", false
	}
	// the phrase after the gerund, without the date
	tail := strings.Join(rest, " ")
	if off := strings.Index(s, tail); tail != "" && off >= 0 && off <= ds && de <= off+len(tail) {
		tail = strings.Join(strings.Fields(removeSpan(tail, ds-off, de-off)), " ")
	} else if tail != "" {
		return "", false
	}
	if strings.ToLower(subj) != "i" {
		subj = titleFirst(subj)
	}
	return strings.TrimSpace(subj + " " + verb + " " + tail), true
}

// trailingParticipleTitle titles a date in a participle phrase that
// follows a clause with a date of its own ("In late 1862 the family
// sailed from Liverpool, arriving at New York on 4 December 1862 after a
// passage of sixteen days"): what the phrase tells, done by the clause's
// subject, "The family arrived at New York after a passage of sixteen
// days", not the sailing of the other date.
func trailingParticipleTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	c := strings.LastIndex(sent[:ds], ", ")
	if c < 0 {
		return "", false
	}
	g := sent[c+2:]
	w := firstWord(g)
	if w == "" || !strings.HasPrefix(g, w+" ") || !unicode.IsLower(firstRune(w)) || prepositionGerunds[w] {
		return "", false
	}
	past := gerundPast(w)
	if past == "" || strings.ContainsAny(sent[c+2:ds], ",;:()") {
		return "", false
	}
	// the date tells when the phrase's deed was done: after a preposition
	// of time, not a noun's ("beating the previous earliest date of 21
	// September 2016") nor a relative clause's ("ending a debate that
	// began in 2016")
	if !phraseTimePreps[strings.ToLower(lastWordOf(strings.TrimRight(sent[:ds], " ")))] && !phraseTimePreps[strings.ToLower(firstWord(sent[ds:de]))] || relativeWordRe.MatchString(sent[c+2:ds]) {
		return "", false
	}
	o, ok := lastBefore(others, c+1)
	if !ok {
		return "", false // (the clause's own date: else the phrase's date is the clause's too)
	}
	for _, x := range others {
		if x[0] >= c && x[0] < len(sent) && x != o {
			return "", false // (another date in the phrase or after it)
		}
	}
	clause := sent[lastClauseStart(sent[:o[0]]):o[0]] // (the last clause: "Joseph sold the smithy in 1860, and in late 1862 the family sailed ...")
	if lead := strings.Fields(clause); len(lead) <= 1 && (len(lead) == 0 || datePreps[strings.ToLower(lead[0])]) {
		clause = sent[o[1]:c] // "In late 1862 the family sailed ...": after the date that opens it
	}
	sv := strings.Fields(subjectVerb(strings.TrimLeft(clause, " ,")))
	if len(sv) < 2 || !pastOrModal(sv[len(sv)-1]) || modalVerbs[sv[len(sv)-1]] || sv[len(sv)-1] == "had" {
		return "", false // (the clause's deed done: "Snow will begin ..., becoming heavy" is to come)
	}
	if len(sv) > 4 || !determiners[strings.ToLower(sv[0])] && !unicode.IsUpper(firstRune(sv[0])) && !subjectPronouns[strings.ToLower(sv[0])] {
		return "", false
	}
	tail := removeSpan(g[len(w):], ds-(c+2+len(w)), de-(c+2+len(w)))
	tail = strings.Join(strings.Fields(strings.TrimRight(tail, " .;!")), " ")
	if tail == "" {
		return "", false
	}
	return titleFirst(strings.Join(sv[:len(sv)-1], " ")) + " " + past + " " + tail, true
}

// phraseTimePreps come before the date of a participle phrase's deed.
var phraseTimePreps = map[string]bool{"on": true, "in": true, "at": true, "by": true, "until": true, "till": true, "during": true, "from": true, "around": true}

// relativeWordRe finds a relative pronoun that opens a clause inside a
// phrase.
var relativeWordRe = regexp.MustCompile(`\b(?:that|which|who|whom|whose|when|where)\b`)

// prepositionGerunds are words in -ing that open a phrase as a
// preposition does, no participle of the clause's subject: "including",
// "following", "according to".
var prepositionGerunds = map[string]bool{
	"including": true, "according": true, "following": true, "regarding": true, "concerning": true,
	"excluding": true, "pending": true, "during": true, "notwithstanding": true, "barring": true,
	"considering": true, "excepting": true, "preceding": true, "succeeding": true, "nothing": true,
	"something": true, "everything": true, "anything": true, "morning": true, "evening": true, "spring": true,
}

// gerundPast returns the past form of a gerund ("graduating" gives
// "graduated", "studying" "studied", "leaving" "left"), or "" for a word
// that is none.
func gerundPast(g string) string {
	if p, ok := irregularGerunds[g]; ok {
		return p
	}
	stem, ok := strings.CutSuffix(g, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	switch n := len(stem); {
	case stem[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(stem[n-2])):
		return stem[:n-1] + "ied"
	case stem[n-1] == 'e':
		return stem + "d"
	}
	return stem + "ed"
}

// irregularGerunds maps the gerunds of common irregular verbs to their
// past forms.
var irregularGerunds = map[string]string{
	"leaving": "left", "winning": "won", "taking": "took", "making": "made", "becoming": "became",
	"giving": "gave", "getting": "got", "going": "went", "coming": "came", "running": "ran", "writing": "wrote",
	"meeting": "met", "building": "built", "selling": "sold", "buying": "bought", "teaching": "taught",
	"leading": "led", "fighting": "fought", "seeing": "saw", "finding": "found", "holding": "held",
	"beginning": "began", "spending": "spent", "sending": "sent", "losing": "lost", "bringing": "brought",
	"keeping": "kept", "standing": "stood", "hearing": "heard", "setting": "set", "putting": "put",
	"reading": "read", "choosing": "chose", "falling": "fell", "rising": "rose", "breaking": "broke",
	"speaking": "spoke", "flying": "flew", "drawing": "drew", "growing": "grew", "knowing": "knew",
	"throwing": "threw", "sitting": "sat", "telling": "told", "saying": "said", "paying": "paid",
	"laying": "laid", "fleeing": "fled", "seeking": "sought", "catching": "caught", "driving": "drove",
	"riding": "rode", "stealing": "stole", "striking": "struck", "swearing": "swore", "withdrawing": "withdrew",
	"undertaking": "undertook", "overseeing": "oversaw", "shutting": "shut", "cutting": "cut",
	"quitting": "quit", "splitting": "split", "spreading": "spread", "beating": "beat", "feeling": "felt",
	"dealing": "dealt", "lying": "lay", "hiding": "hid", "binding": "bound", "forgetting": "forgot",
	"hitting": "hit", "letting": "let", "sleeping": "slept", "wearing": "wore", "shooting": "shot",
	"sinking": "sank", "singing": "sang", "swimming": "swam", "understanding": "understood",
	"rebuilding": "rebuilt", "overthrowing": "overthrew", "doing": "did", "having": "had", "being": "",
}

// leadInSubjectRe is the comma and pronoun that open a sentence's main
// clause after a participle phrase: ", she was", ", he joined".
var leadInSubjectRe = regexp.MustCompile(`, (she|he|they|we|I) [a-z]`)

// leadInTitle returns the headline of a date in a participle phrase that
// opens the sentence before a pronoun subject ("Born on September 2, 1938,
// in Gary, Indiana, to a steelworker and a seamstress, she was the fourth
// of seven children"): the subject, "was" and the phrase without the
// date, "She was born in Gary, Indiana, to a steelworker and a seamstress".
func leadInTitle(s string, ds, de int) (string, bool) {
	w := firstWord(s)
	if w == "" || !unicode.IsUpper(firstRune(w)) || !pastParticipleRe.MatchString(strings.ToLower(w)) || ds > 40 {
		return "", false
	}
	m := leadInSubjectRe.FindStringSubmatchIndex(s[de:])
	if m == nil {
		return "", false
	}
	end := de + m[0]
	subj := s[de+m[2] : de+m[3]]
	phrase := strings.TrimSpace(s[:ds]) + " " + strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[de:end]), ","))
	phrase = strings.Join(strings.Fields(strings.ReplaceAll(phrase, " ,", ",")), " ")
	phrase = strings.TrimSuffix(strings.ReplaceAll(phrase, ", ,", ","), ",")
	if len(strings.Fields(phrase)) > 14 {
		return "", false
	}
	verb := "was"
	if subj == "they" || subj == "we" {
		verb = "were"
	}
	return titleFirst(subj) + " " + verb + " " + strings.ToLower(phrase[:1]) + phrase[1:], true
}

// participlePhrase returns the span of a participle phrase set off by
// commas that holds s[ds:de] (", first drafted two years ago,", ",
// covering October to December 2021,"): from the opening ", " to the
// closing ",".
func participlePhrase(s string, ds, de int) (int, int, bool) {
	open := strings.LastIndex(s[:ds], ", ")
	if open <= 0 {
		return 0, 0, false
	}
	c := strings.Index(s[de:], ",")
	if c < 0 {
		return 0, 0, false
	}
	close := de + c
	inner := s[open+2 : close]
	if strings.ContainsAny(inner, ",;:()") || len(strings.Fields(inner)) > 7 {
		return 0, 0, false
	}
	w := firstWord(inner)
	if participleAdverbs[w] {
		w = firstWord(strings.TrimPrefix(inner, w))
	}
	if !unicode.IsLower(firstRune(w)) {
		return 0, 0, false
	}
	if subj := strings.Fields(s[:open]); (w == "a" || w == "an" || w == "who" || w == "which" || w == "whom") && len(subj) <= 6 && !hasVerb(subj) && hasVerb(strings.Fields(s[close+1:])) {
		// "The mill, a stone building erected in 1790, burned down":
		// an appositive of the subject that holds the date tells of
		// that time, not of the clause's (so does a relative clause:
		// "The general, who had won at Waterloo in 1815, died in 1852")
		return open, close + 1, true
	}
	if w == "a" || w == "an" {
		// "We met Jones, a farmer born in 1940, in 1990": an appositive
		// whose participle phrase holds the date tells of its head then,
		// wherever the head stands
		if appositiveParticiple(inner) {
			return open, close + 1, true
		}
		return 0, 0, false
	}
	if !pastParticipleRe.MatchString(w) {
		// ", covering October to December 2021,": a present participle
		// whose object is the date alone, the phrase nothing without it
		if len(w) < 5 || !strings.HasSuffix(w, "ing") || inner != w+" "+s[ds:de] {
			return 0, 0, false
		}
	}
	return open, close + 1, true
}

// lastField returns the last word of s as it is written.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// appositiveParticiple reports whether phrase opens an appositive with
// a participle after its noun: "a farmer born", "a teacher trained in
// Durham" ("a" or "an", one to three lower-case words, the participle).
func appositiveParticiple(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) < 3 || ws[0] != "a" && ws[0] != "an" {
		return false
	}
	for k := 2; k < len(ws) && k <= 4; k++ {
		if pastParticipleRe.MatchString(ws[k]) && isVerbWord(ws[k]) && !nonVerbsEd[ws[k]] &&
			!slices.ContainsFunc(ws[1:k], func(x string) bool { return !isLowerWord(x) || stopWords[x] || titleVerb(x) }) {
			return true
		}
	}
	return false
}

// mannerAdverb reports whether w is a lower-case adverb of manner in
// "-ly" ("partially", "fully"), not a noun or verb that ends so
// ("family", "supply", "reply").
func mannerAdverb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") || !unicode.IsLower(firstRune(w)) || strings.ContainsAny(w, ",;:.()") {
		return false
	}
	switch w {
	case "family", "supply", "reply", "apply", "assembly", "anomaly", "monopoly", "rally", "ally", "belly", "jelly", "bully", "italy", "early", "daily", "weekly", "monthly", "yearly", "only", "likely", "holy", "ugly", "comply", "multiply", "imply":
		return false
	}
	return true
}

// recordDateTitle titles the record date of a payment whose own date
// the sentence gives before it: "The dividend is payable on March 14,
// 2025 to shareholders of record at the close of business on February
// 28, 2025" is "Record date for the dividend" for February 28.
func recordDateTitle(sent string, ds int, others [][2]int) (string, bool) {
	before := strings.TrimRight(sent[:ds], " ")
	k := strings.LastIndex(before, " of record")
	if k < 0 || len(strings.Fields(before[k:])) > 7 || strings.ContainsAny(before[k:], ",;:") ||
		!slices.ContainsFunc(others, func(o [2]int) bool { return o[1] <= k }) {
		return "", false
	}
	if sv := strings.Fields(subjectVerb(sent)); len(sv) >= 3 && len(sv) <= 4 && strings.ToLower(sv[0]) == "the" && subjectVerbs[strings.ToLower(sv[len(sv)-1])] {
		return "Record date for the " + strings.Join(sv[1:len(sv)-1], " "), true
	}
	return "Record date", true
}

// namedMeetingTitle titles a date that dates a named meeting in a
// verbless phrase after the main clause and its own date: "The
// dividend will be paid from June 23, 2025, subject to approval at the
// Ordinary General Meeting of Shareholders on June 20, 2025" is the
// meeting for June 20, not the payment.
func namedMeetingTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	before := strings.TrimRight(sent[:ds], " ")
	if len(before) == len(sent[:ds]) {
		return "", false
	}
	c := strings.LastIndex(before, ", ")
	if c < 0 || !slices.ContainsFunc(others, func(o [2]int) bool { return o[1] <= c }) {
		return "", false
	}
	ws := strings.Fields(before[c+2:])
	at := -1
	for i := len(ws) - 2; i >= 0; i-- {
		if lw := strings.ToLower(ws[i]); lw == "at" || lw == "by" {
			at = i
			break
		}
	}
	// "at the Ordinary General Meeting of Shareholders": the name, in
	// capitals, with a meeting's word in it
	if at < 0 || at+2 >= len(ws) || strings.ToLower(ws[at+1]) != "the" || slices.ContainsFunc(ws[:at], titleVerb) {
		return "", false
	}
	name := ws[at+2:]
	meeting := false
	for _, w := range name {
		if w != "of" && w != "and" && !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ",;:()") {
			return "", false
		}
		switch w {
		case "Meeting", "Assembly", "AGM", "EGM":
			meeting = true
		}
	}
	if !meeting || !unicode.IsUpper(firstRune(name[len(name)-1])) {
		return "", false
	}
	return strings.Join(name, " "), true
}

// placeAdverbs say where something was done, in place of a phrase of
// place the clause before gave: "sold in stores ... and online".
var placeAdverbs = map[string]bool{"online": true, "offline": true, "abroad": true, "overseas": true, "locally": true,
	"nationally": true, "nationwide": true, "internationally": true, "worldwide": true, "elsewhere": true}

// gappedPlace returns the clause before its last phrase of place in
// before ("The toy was sold" of "The toy was sold in stores"), that a
// place adverb with no verb of its own shares; "" when there is none or
// it is not a plain clause.
func gappedPlace(before string) string {
	before = strings.TrimSpace(before)
	for _, p := range []string{"between", "from", "during", "until", "till", "through", "on", "in", "at", "since"} {
		if h, ok := strings.CutSuffix(before, " "+p); ok {
			before = h // (the earlier date's preposition)
			break
		}
	}
	i := max(strings.LastIndex(before, " in "), strings.LastIndex(before, " at "), strings.LastIndex(before, " through "), strings.LastIndex(before, " via "))
	if i <= 0 {
		return ""
	}
	if n := len(strings.Fields(before[i:])); n > 4 {
		return "" // (a short phrase of place: "in stores", "at its own shops")
	}
	head := strings.TrimSpace(before[:i])
	if ws := strings.Fields(head); len(ws) < 3 || len(ws) > 12 || strings.ContainsAny(head, ",;:()") || !pastParticipleRe.MatchString(ws[len(ws)-1]) && !titleVerb(ws[len(ws)-1]) {
		return ""
	}
	return head
}

// gappedVerb returns the clause before the preposition prep in before
// ("The agreement raises wages" of "The agreement raises wages by four
// percent"), that a second phrase with the same preposition and no verb
// shares; "" when there is none or it is not a plain clause.
func gappedVerb(before, prep string) string {
	if loc := datelineRe.FindStringIndex(before); loc != nil {
		before = before[loc[1]:]
	}
	i := strings.LastIndex(strings.ToLower(before), " "+prep+" ")
	if i <= 0 {
		return ""
	}
	head := strings.TrimSpace(before[:i])
	if n := len(strings.Fields(head)); n < 2 || n > 12 || strings.ContainsAny(head, ",;:()") {
		return ""
	}
	return head
}

// subjectVerb returns the subject and verb that open a clause
// ("Researchers enrolled" of "Researchers enrolled the first volunteers"):
// the words up to the first verb, at most five of them; "" when the
// clause opens otherwise.
func subjectVerb(clause string) string {
	ws := strings.Fields(clause)
	for i, w := range ws {
		if i >= 5 || strings.ContainsAny(w, ",;:") {
			return ""
		}
		if i > 0 && (titleVerb(w) || pastParticipleRe.MatchString(w) && unicode.IsLower(firstRune(w))) {
			return strings.Join(ws[:i+1], " ")
		}
	}
	return ""
}

// modalSubjectVerb is subjectVerb with the verb a modal opens: "We will
// release" of "We will release the 2023 wines", the words a gapped
// clause shares ("and the 2024 in the autumn of 2026"); n is how many
// words the verb has.
func modalSubjectVerb(clause string) (string, int) {
	sv := subjectVerb(clause)
	ws := strings.Fields(clause)
	k := len(strings.Fields(sv))
	if sv == "" || !modalVerbs[strings.ToLower(ws[k-1])] {
		return sv, 1
	}
	n := 1
	for n < 3 && k < len(ws) && unicode.IsLower(firstRune(ws[k])) && !strings.ContainsAny(ws[k], ",;:") {
		w := ws[k]
		if w == "be" || w == "have" || w == "been" {
			// (not "will be honored on Tuesday, with Las Mañanitas at 5:00
			// a.m. and a bilingual Mass at 7 p.m.": a passive or perfect
			// shares no verb with a noun phrase after "and")
			return sv, 1
		}
		k++
		n++
		if w != "not" && w != "also" && w != "then" {
			break
		}
	}
	return strings.Join(ws[:k], " "), n
}

// prepBeforeMidClause reports whether the date s[ds:de] directly follows
// a preposition that is not part of its date text ("for", "of", "to")
// and a word of the clause follows it.
func prepBeforeMidClause(s string, ds, de int) bool {
	before := strings.TrimRight(s[:ds], " ")
	if len(before) == len(s[:ds]) {
		return false
	}
	sp := strings.LastIndexByte(before, ' ')
	w := strings.ToLower(before[sp+1:])
	if w != "for" && w != "of" && w != "to" && w != "from" && w != "over" {
		return false
	}
	if w == "of" && de < len(s) && s[de] == ',' && strings.Count(s[de:], ",") >= 2 {
		// "surveys of the 1970s, flown in a Hercules, showed": the noun
		// the date is of goes on after a parenthesis
		return true
	}
	next := firstWord(strings.TrimLeft(s[de:], " "))
	return de < len(s) && s[de] == ' ' && next != "" && unicode.IsLower(firstRune(next))
}

// listLinks continue a list: after ", closed in 2005, and" the clause does
// not go on, a new one begins.
var listLinks = map[string]bool{"and": true, "or": true, "but": true, "then": true, "nor": true}

// subClauseRe is a subordinate clause with its own subject and verb
// ending where the date's preposition begins: "... after the project
// began in ".
// closeAfter measure a short time after or before: "right after".
var closeAfter = map[string]bool{"right": true, "just": true, "shortly": true, "immediately": true, "soon": true, "straight": true}

// pronounClauseRe is a subordinate clause whose subject is a pronoun,
// ending where the date's preposition begins: "since he joined the club
// in ".
// acronymParenRe is an acronym in brackets: "(PHEIC)".
var acronymParenRe = regexp.MustCompile(`\s\(([A-Z]{2,8})\)`)

// useAcronyms writes a name spelled out before its acronym in brackets
// as the acronym: "constitutes a public health emergency of
// international concern (PHEIC)" is "constitutes a PHEIC" (when the
// words' initials, small words aside, spell it).
func useAcronyms(s string) string {
	for _, m := range acronymParenRe.FindAllStringSubmatchIndex(s, 3) {
		acr := s[m[2]:m[3]]
		words := strings.Fields(s[:m[0]])
		n, k := len(acr), len(words)-1
		for ; k >= 0 && n > 0; k-- {
			w := strings.Trim(words[k], ",;:")
			if w != words[k] && n < len(acr) {
				break // (no comma inside the name)
			}
			if lw := strings.ToLower(w); lw == "of" || lw == "and" || lw == "for" || lw == "the" || lw == "on" || lw == "in" || lw == "&" {
				continue
			}
			if !strings.EqualFold(w[:1], acr[n-1:n]) {
				break
			}
			n--
		}
		if n == 0 && k >= -1 {
			start := strings.Index(s, strings.Join(words[k+1:], " ")+s[m[0]:m[1]])
			if start < 0 {
				continue
			}
			return useAcronyms(s[:start] + acr + s[m[1]:])
		}
	}
	return s
}

// ofLike are the prepositions that join a noun to the one before it:
// the noun after them is no object of its own.
var ofLike = map[string]bool{"of": true, "for": true, "from": true, "with": true}

// participle reports whether w is a past participle, "rebuilt" and
// "rewritten" too.
func participle(w string) bool {
	return pastParticipleRe.MatchString(w) || strings.HasPrefix(w, "re") && pastParticipleRe.MatchString(w[2:])
}

// passiveMain reports whether main, a clause before a subordinate one,
// is a passive with no object, its own dates (others) aside:
// "Kinkaku-ji, the Golden Pavilion, was rebuilt in 1955" (after it was
// burned down), so that "it" can stand for its subject; not "His
// daughter kept the light" (until it was automated).
func passiveMain(main string, others [][2]int) bool {
	ws := strings.Fields(withoutDates(main, others))
	for i, w := range ws {
		if w == "was" || w == "were" {
			rest := ws[i+1:]
			return len(rest) >= 1 && len(rest) <= 2 && participle(rest[len(rest)-1]) &&
				(len(rest) == 1 || strings.HasSuffix(rest[0], "ly") || sequenceAdverbs[rest[0]])
		}
	}
	return false
}

// withoutDates returns main, the text before a subordinate clause, with
// its own dates (others) and the preposition a date leaves at its end
// taken out.
func withoutDates(main string, others [][2]int) string {
	for k := len(others) - 1; k >= 0; k-- {
		if o := others[k]; o[1] <= len(main) {
			main = main[:o[0]] + main[o[1]:]
		}
	}
	ws := strings.Fields(main)
	for len(ws) > 0 && datePreps[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1] // (the preposition its date leaves)
	}
	return strings.Join(ws, " ")
}

// dummyItVerbs are participles that "it was" takes with no thing for
// "it" to stand for ("after it was decided that ..."): no passive of
// the main clause's subject.
var dummyItVerbs = map[string]bool{
	"decided": true, "agreed": true, "discovered": true, "found": true, "learned": true, "learnt": true,
	"determined": true, "established": true, "thought": true, "believed": true, "feared": true,
	"expected": true, "known": true, "suggested": true, "estimated": true, "understood": true,
	"realised": true, "realized": true, "proposed": true, "felt": true,
}

var pronounClauseRe = regexp.MustCompile(`\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil)\s+((?:he|she|they|we|I|it)\s+[^,;:()"“”]+?)\s+(?:(?:in|on|at|during)\s+)?$`)

var subClauseRe = regexp.MustCompile(`(?i)\b(?:after|before|since|until|once|when)\s+((?:the|a|an|his|her|its|their|our)\s+[^,;:()]+?)\s+(?:(?:in|on|at|during)\s+)?$`)

// danglingSingleRe is what stood before a period its date took away:
// "walked to the coast over a single" (summer in 1938).
var danglingSingleRe = regexp.MustCompile(`(?i)\s+(?:over|in|during|for|within|across|throughout)\s+(?:a|one|that|the)\s+(?:single|whole|entire|long|short|hot|cold|wet|dry)$`)

// danglingLimitRe is a limit left at the end of a headline once its date
// is gone: "no later than", "but not", "not", and "earlier than" whose
// negation is its verb's ("may not apply for possession earlier than").
var danglingLimitRe = regexp.MustCompile(`(?i)(?:\s+(?:(?:no|not) )?(?:later|earlier|sooner) than|,?\s+but not|\s+not)$`)

// dayPartOfRe is a part of the day written before its date: "in the
// early hours of ", "on the morning of ".
var dayPartOfRe = regexp.MustCompile(`(?i)\b(?:(?:in|during) the (?:early|small|late|wee|first) hours of|(?:on|in|during) the (?:morning|afternoon|evening|night)s? of) $`)

// quantifiers open a noun phrase: after a date, they open the subject.
var quantifiers = map[string]bool{"both": true, "all": true, "each": true, "every": true, "several": true, "few": true, "no": true, "neither": true, "either": true}

// subjectPronouns are the pronouns a verb can follow as its subject.
var subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true, "you": true}

// listAdverbs open a phrase that picks out an item of what went before:
// what follows them is a thing, not a speaker.
var listAdverbs = map[string]bool{"particularly": true, "especially": true, "notably": true, "including": true,
	"such": true, "mainly": true, "chiefly": true, "mostly": true, "largely": true, "principally": true}

// reporting is a reporting verb found in a clause, with the speaker and
// the reported content (bodyStart:bodyEnd of the clause).
type reporting struct {
	verbStart, verbEnd int
	present            string
	speaker            string
	bodyStart, bodyEnd int
	postposed          bool // "Y, X said"
}

var wordRe = regexp.MustCompile(`[\p{L}’']+`)

// nounForms are reporting verbs that are as often nouns ("euro notes",
// "both states", "press reports"): they count only before "that" or a
// comma.
var nounForms = map[string]bool{"notes": true, "states": true, "reports": true, "claims": true, "indicates": false}

// thatTimeNoun are the nouns of time "that" can point at: "said the
// family's world stopped on that night" has no "that" clause.
var thatTimeNoun = map[string]bool{
	"day": true, "night": true, "morning": true, "evening": true, "afternoon": true, "week": true, "weekend": true,
	"month": true, "year": true, "time": true, "summer": true, "winter": true, "spring": true, "autumn": true, "moment": true,
}

// coreReporting are the verbs that report speech even without "that"
// ("X said it would ..."); the others need "that" when they come first
// ("X announced that ...", not "X announced a plan").
var coreReporting = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true,
	"added": true, "noted": true, "warned": true, "claimed": true, "insisted": true, "argued": true,
}

// determiners before a word make it a noun.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "these": true, "those": true, "both": true, "of": true, "all": true, "many": true,
	"euro": true, "bank": true, "press": true, "news": true,
}

// nounPreps before "reports", "claims" make them nouns: "asked about
// reports that ...".
var nounPreps = map[string]bool{
	"about": true, "on": true, "to": true, "in": true, "from": true, "with": true, "by": true,
	"amid": true, "despite": true, "for": true, "over": true, "denied": true, "dismissed": true, "rejected": true,
}

// nextWordSpan returns the next match of wordRe in s at or after from,
// without the regexp machinery (this runs for every event).
func nextWordSpan(s string, from int) ([2]int, bool) {
	isW := func(r rune) bool { return unicode.IsLetter(r) || r == '’' || r == '\'' }
	i := from
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isW(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return [2]int{}, false
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isW(r) {
			break
		}
		j += n
	}
	return [2]int{i, j}, true
}

// passiveAux before a reporting verb make it passive: "was told", "were
// informed", "had been advised".
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "get": true, "got": true}

// impersonalBefore, right before a reporting verb, make it a participle
// with no speaker: "unless stated", "as noted", "where indicated".
var impersonalBefore = map[string]bool{"unless": true, "as": true, "where": true, "otherwise": true, "if": true, "except": true}

// appositiveSpeaker reads the end of what comes before a reporting verb
// when it is a speaker named with a role between commas, the comma
// before the verb closing them: "..., the authority's chair, Helen Obi"
// (or "..., Helen Obi, the authority's chair") of "Y, the authority's
// chair, Helen Obi, said". It returns the name and where the phrase
// opens (its comma), which ends what was said.
func appositiveSpeaker(before string) (string, int, bool) {
	c2 := strings.LastIndexByte(before, ',')
	if c2 <= 0 {
		return "", 0, false
	}
	c1 := strings.LastIndexByte(before[:c2], ',')
	if c1 <= 0 {
		return "", 0, false
	}
	a, b := strings.TrimSpace(before[c1+1:c2]), strings.TrimSpace(before[c2+1:])
	role := func(p string) bool {
		ws := strings.Fields(p)
		if len(ws) < 2 || len(ws) > 6 || strings.ContainsAny(p, "()\"“”;:") {
			return false
		}
		switch strings.ToLower(ws[0]) {
		case "the", "its", "his", "her", "their", "our":
			return true
		}
		return false
	}
	name := func(p string) bool {
		ws := strings.Fields(p)
		if len(ws) < 1 || len(ws) > 4 || strings.ContainsAny(p, "()\"“”;:") {
			return false
		}
		for _, w := range ws {
			if !unicode.IsUpper(firstRune(w)) {
				return false
			}
		}
		return true
	}
	switch {
	case role(a) && name(b):
		return b, c1, true
	case name(a) && role(b):
		return a, c1, true
	}
	return "", 0, false
}

func findReporting(s string) (reporting, bool) {
	var prev, m [2]int // the word before and the word (wordRe's matches)
	for k, next := 0, 0; ; k++ {
		prev = m
		var ok bool
		if m, ok = nextWordSpan(s, next); !ok {
			break
		}
		next = m[1]
		w := s[m[0]:m[1]]
		present, ok := reportingVerbs[w]
		if !ok {
			continue
		}
		if k > 0 && strings.EqualFold(s[prev[0]:prev[1]], "to") {
			continue // "emailed the firm on 3 February to say that ...": the purpose, nobody saying it
		}
		if k > 0 && passiveAux[strings.ToLower(s[prev[0]:prev[1]])] {
			continue // "his family was told he had been transferred": told, by someone not named; no speaker
		}
		if k > 0 && impersonalBefore[strings.ToLower(s[prev[0]:prev[1]])] {
			continue // "kicks off at 3pm unless stated", "as noted": a participle with nobody saying it
		}
		if k > 1 && len(s[prev[0]:prev[1]]) > 4 && strings.HasSuffix(s[prev[0]:prev[1]], "ly") && passiveAux[strings.ToLower(lastWordOf(s[:prev[0]]))] {
			continue // "the Iron Age is usually said to begin around 800 BC": the same, past an adverb
		}
		if k > 2 && modalVerbs[strings.ToLower(s[prev[0]:prev[1]])] {
			// "raised at Michaelmas, which I may say was hard": the
			// writer's aside in a relative clause, nothing reported
			if ws := strings.Fields(s[:prev[0]]); len(ws) >= 2 && subjectPronouns[strings.ToLower(ws[len(ws)-1])] {
				if r := strings.ToLower(ws[len(ws)-2]); r == "which" || r == "as" {
					continue
				}
			}
		}
		if nounForms[w] {
			after := strings.TrimLeft(s[m[1]:], " ")
			if k > 0 && (determiners[strings.ToLower(s[prev[0]:prev[1]])] || nounPreps[strings.ToLower(s[prev[0]:prev[1]])]) ||
				!strings.HasPrefix(after, "that ") && !strings.HasPrefix(s[m[1]:], ",") {
				continue
			}
		}
		before := strings.TrimRight(s[:m[0]], " ")
		// Postposed: "Y, X said ..." or "Y," X said ...; the speaker is a
		// short phrase after the last comma.
		// (A comma inside a closing quote, `"...program," X said`, counts.)
		if comma := strings.LastIndex(before, ","); comma > 0 {
			sp := strings.TrimLeft(before[comma+1:], " ”\"’")
			// What follows the verb up to the next comma: nothing, or a
			// date or "in a statement" — not a "that" clause.
			after := s[m[1]:]
			if c := strings.IndexAny(after, ",."); c >= 0 {
				after = after[:c]
			}
			// Nothing, or a phrase that opens with a preposition ("on
			// Wednesday", "in a statement"), not an object.
			fw := strings.ToLower(firstWord(after))
			aw := strings.Fields(after)
			// (up to ten words after a preposition, a verb no one of
			// them: "the company said in its results on 27 February")
			short := (len(aw) <= 4 || len(aw) <= 10 && datePreps[fw] && !slices.ContainsFunc(aw, titleVerb)) && indexWord(after, "that") < 0 &&
				(strings.TrimSpace(after) == "" || datePreps[fw] || fw == "to" || fw == "yesterday" || fw == "today")
			n := len(strings.Fields(sp))
			relative := map[string]bool{"who": true, "which": true, "that": true, "whom": true}[strings.ToLower(firstWord(strings.TrimSpace(sp)))] ||
				listAdverbs[strings.ToLower(firstWord(sp))] // ", particularly the HS2 rescoping announced in October": no speaker
			// (not the end of an aside in brackets: "a tenant isolation
			// flaw (KSA-2023-118, CVSS 9.6) reported on 30 August")
			if n >= 1 && n <= 8 && short && !relative && clauseBeforeTag(before[:comma]) && strings.Count(sp, "(") == strings.Count(sp, ")") {
				return reporting{verbStart: m[0], verbEnd: m[1], present: present, speaker: sp,
					bodyStart: 0, bodyEnd: comma, postposed: true}, true
			}
			if n == 0 && short {
				if sp, end, ok := appositiveSpeaker(before[:comma]); ok && len(strings.Fields(before[:end])) >= 4 {
					// "Y, the authority's chair, Helen Obi, said": the
					// speaker named beside the role
					return reporting{verbStart: m[0], verbEnd: m[1], present: present, speaker: sp,
						bodyStart: 0, bodyEnd: end, postposed: true}, true
				}
			}
			if n == 0 && len(strings.Fields(before[:comma])) >= 4 && invertedSpeaker(s[m[1]:]) != "" {
				// "Y, said X."
				rest := s[m[1]:]
				end := len(rest)
				if c := strings.IndexAny(rest, ",."); c >= 0 {
					end = c
				}
				return reporting{verbStart: m[0], verbEnd: m[1], present: present,
					speaker: strings.TrimSpace(rest[:end]), bodyStart: 0, bodyEnd: comma, postposed: true}, true
			}
		}
		if before == "" {
			continue
		}
		// Preposed: "X said (to reporters) (on Monday) (that) Y".
		bodyStart := m[1]
		rest := s[m[1]:]
		hasThat := false
		if i := indexWord(rest, "that"); i >= 0 && len(strings.Fields(rest[:i])) <= 8 && !hasSubjectPronoun(rest[:i]) && !thatTimeNoun[strings.ToLower(firstWord(rest[i+len("that"):]))] {
			bodyStart = m[1] + i + len("that")
			hasThat = true
		}
		fw := strings.ToLower(firstWord(rest))
		if fw == "a" || fw == "an" || (!hasThat && !coreReporting[w]) {
			continue // "wrote a proposal", "announced its plan"
		}
		if !hasThat && claimVerbs[present] {
			clause := rest
			if c := strings.IndexAny(clause, ",.;"); c >= 0 {
				clause = clause[:c]
			}
			if !slices.ContainsFunc(strings.Fields(clause), func(w string) bool { return unicode.IsLower(firstRune(w)) && hasVerb([]string{w}) }) {
				// (a verb in lower case: not the month of "on 3 May")
				continue // "claimed asylum the next day", "claimed victory": a thing claimed, no claim told
			}
		}
		if !hasThat && (w == "added" || w == "adds") && determiners[fw] && addedTo(rest) {
			continue // "added the bug to its catalog": a thing put in, nothing said
		}
		if !hasThat && tellVerbs[strings.ToLower(w)] {
			if !toldClause(rest) || fw == "of" || fw == "about" || fw == "against" || leadPreps[fw] || datePreps[fw] {
				// "It told regulators on 11 September": who was told, no
				// words reported; "warned of overcrowded departures": what
				// of, no one told
				continue
			}
			// "told reporters the plan would be delayed": what was said
			// comes after the one told
			ws := strings.Fields(rest)
			n := 1
			if len(ws) > 2 && determiners[strings.ToLower(ws[0])] {
				n = 2
			}
			if k := indexWord(rest, ws[n-1]); k >= 0 {
				bodyStart = m[1] + k + len(ws[n-1])
			}
		}
		for bodyStart < len(s) && (s[bodyStart] == ' ' || s[bodyStart] == ',' || s[bodyStart] == ':') {
			bodyStart++
		}
		if h, ok := strings.CutSuffix(before, " and"); ok {
			// "We tested the product over the following days and
			// confirmed on 6 September that ...": the two verbs share
			// their subject, the speaker
			if sv := subjectVerb(h); sv != "" {
				if f := strings.Fields(sv); len(f) >= 2 {
					before = strings.Join(f[:len(f)-1], " ")
				}
			}
		}
		return reporting{verbStart: m[0], verbEnd: m[1], present: present, speaker: before,
			bodyStart: bodyStart, bodyEnd: len(s)}, true
	}
	return reporting{}, false
}

// clauseBeforeTag reports whether body, the words before the comma of a
// postposed statement's tag ("Y, the council said"), is a clause said:
// four words or more, or a short clause whose subject opens it and whose
// verb follows ("Turnout rose", "Prices fell sharply"), not a phrase
// that only leads in ("In Paris", "On Monday").
func clauseBeforeTag(body string) bool {
	ws := strings.Fields(body)
	if len(ws) >= 4 {
		return true
	}
	return len(ws) >= 2 && unicode.IsUpper(firstRune(ws[0])) && !leadPreps[strings.ToLower(ws[0])] && !datePreps[strings.ToLower(ws[0])] &&
		slices.ContainsFunc(ws[1:], titleVerb)
}

// addedTo reports whether rest, what follows "added", is an object and
// where it was put: "the bug to its Known Exploited Vulnerabilities
// catalog", "two stops to the route" (a determiner after "to" within the
// next eight words), not words said ("the team had to work harder").
func addedTo(rest string) bool {
	ws := strings.Fields(rest)
	for i := 1; i+1 < len(ws) && i <= 8; i++ {
		if strings.ContainsAny(ws[i-1], ",;:.") {
			return false
		}
		if ws[i] == "to" && determiners[strings.ToLower(ws[i+1])] {
			return true
		}
	}
	return false
}

// tellVerbs report speech to someone: "told reporters the plan would be
// delayed", but also just "told regulators on Monday".
var tellVerbs = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "informed": true, "notified": true, "warned": true, "reminded": true, "assured": true}

// pastTellVerbs are the tell-verbs of a telling that is over: its title
// keeps them and the one told ("She told him she was pregnant"), where
// "says" would lose both.
var pastTellVerbs = map[string]bool{"told": true, "informed": true, "notified": true, "warned": true, "reminded": true, "assured": true}

// toldPhrase returns a past tell-verb and its object as the sentence
// writes them ("told him", "told us that"), the date taken out, for the
// title of the telling; "" for another verb, or an object longer than a
// short phrase.
func toldPhrase(s string, rv reporting, ds, de int) string {
	if rv.postposed || rv.bodyStart <= rv.verbEnd || !pastTellVerbs[strings.ToLower(s[rv.verbStart:rv.verbEnd])] {
		return ""
	}
	p := s[rv.verbStart:rv.bodyStart]
	if ds >= rv.verbStart && de <= rv.bodyStart {
		p = removeSpan(p, ds-rv.verbStart, de-rv.verbStart)
	}
	ws := strings.Fields(strings.TrimRight(p, " ,:"))
	if n := len(ws); n > 1 && ws[n-1] == "that" {
		ws = ws[:n-1]
	}
	if len(ws) < 2 || len(ws) > 4 || strings.ContainsAny(strings.Join(ws[1:], " "), ",;:\"“”") {
		return ""
	}
	return strings.Join(ws, " ")
}

// toldClause reports whether what follows a tell-verb holds what was
// said after its object ("reporters the plan would be delayed"), rather
// than ending with the object, a date or another phrase ("regulators on
// 11 September", "regulators and recalled the device").
func toldClause(rest string) bool {
	words := strings.Fields(rest)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;:\"“”'’()"))
		if i == 0 {
			continue // the one told
		}
		if strings.ContainsAny(w, ",.;:") && i <= 2 || datePreps[lw] || leadPreps[lw] || lw == "and" || lw == "or" || lw == "but" {
			return false
		}
		if i >= 4 {
			return true // a long run: a clause of its own
		}
		if isVerbWord(lw) || lw == "would" || lw == "will" || lw == "had" || lw == "was" || lw == "is" {
			return true
		}
	}
	return false
}

// invertedSpeaker returns the speaker of "..., said Lu Kang." from what
// follows the verb: a short phrase that opens with a capital or "the" and
// runs to a comma or the end; "" when it is rather the verb's content
// ("reports that ...").
func invertedSpeaker(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	if c := strings.IndexAny(rest, ",."); c >= 0 {
		rest = rest[:c]
	}
	w := firstWord(rest)
	if w == "" || len(strings.Fields(rest)) > 6 {
		return ""
	}
	if !unicode.IsUpper(firstRune(w)) && !strings.EqualFold(w, "the") {
		return ""
	}
	if weekdayOnly(w) || indexWord(rest, "that") >= 0 {
		return "" // "said Monday that ...": a day and what was said, no speaker
	}
	return strings.TrimSpace(rest)
}

// indexWord returns the index of the word w in s, or -1.
func indexWord(s, w string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		okL := j == 0 || !isLetter(s[j-1])
		okR := j+len(w) >= len(s) || !isLetter(s[j+len(w)])
		if okL && okR {
			return j
		}
		i = j + len(w)
	}
}

// dateByVerb reports whether the date [ds,de) dates the act of reporting
// rather than the reported content: it stands in the speaker phrase, right
// after the verb, or at the start of the content before its own words.
func dateByVerb(s string, rv reporting, ds, de int) bool {
	if rv.postposed {
		return ds >= rv.bodyEnd // after the comma: "X said on Wednesday"
	}
	if ds < rv.verbStart {
		return true // "On Wednesday, X said that Y" or "X on Wednesday said"
	}
	if ds < rv.bodyStart {
		return true // "X said on Wednesday that Y"
	}
	gap := strings.TrimSpace(s[rv.verbEnd:ds])
	// "X said on Wednesday, Y", "X said on Wednesday that Y", "X said on
	// Wednesday it would Y".
	return gap == "" && de < len(s) && (s[de] == ',' || strings.HasPrefix(s[de:], " that") ||
		s[de] == ' ' && complementOpeners[strings.ToLower(firstWord(s[de:]))])
}

// saidAfterDatedBody titles the date of a saying written after what was
// said, when what was said has dates of its own: "The rover reached its
// 1,000th sol last week, JPL said on Monday" is, on Monday, "JPL says the
// rover reached its 1,000th sol" (last week's event is the sol's, not
// the saying's day).
func saidAfterDatedBody(sent string, ds, de int, others [][2]int) (headlineResult, bool) {
	rv, ok := findReporting(sent)
	if !ok || !rv.postposed || rv.bodyStart != 0 || !dateByVerb(sent, rv, ds, de) || dashLabelled(rv.speaker) ||
		slices.ContainsFunc(others, func(o [2]int) bool { return o[1] > rv.bodyEnd }) {
		return headlineResult{}, false
	}
	speaker := bestSpeaker(strings.TrimSpace(rv.speaker))
	if speaker == "" || pronouns[strings.ToLower(speaker)] {
		return headlineResult{}, false
	}
	body := withoutDates(sent[:rv.bodyEnd], others)
	if len(strings.Fields(body)) < 3 {
		return headlineResult{}, false
	}
	return headlineResult{speaker: speaker, title: finishWithPrefix(cleanHeadline(speaker)+" "+agree(speaker, rv.present)+" ", body)}, true
}

// removeSpan takes s[i:j] out of s and mends the commas around it. A short
// leading phrase that held the date ("Beginning in July 2017, ...") goes
// with it.
// timeObjectVerbs take a time as their object: "spent the previous
// evening drinking".
var timeObjectVerbs = map[string]bool{"spent": true, "spend": true, "spends": true, "spending": true, "whiled": true}

// approxWords measure a date they stand before: "at approx. 0630 hrs",
// "just over an hour later", "nearly a year later".
var approxWords = map[string]bool{"approx.": true, "approx": true, "approximately": true, "about": true, "around": true,
	"nearly": true, "almost": true, "roughly": true, "just": true, "c.": true, "circa": true, "ca.": true}

// prepLike are the approxWords that are prepositions too: they measure
// only a quantity with no preposition of its own ("about the 20th",
// "around 3pm"; not "put about at 0800", "think about that winter").
var prepLike = map[string]bool{"about": true, "around": true}

// quantityDate reports whether a date opens with a figure, a number, an
// article or an ordinal's "the": "0630 hrs", "three months", "an hour",
// "the 20th".
func quantityDate(date string) bool {
	ws := strings.Fields(strings.ToLower(date))
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	if w == "the" && len(ws) > 1 {
		w = ws[1]
		return w[0] >= '0' && w[0] <= '9' || ordinalDayRe.MatchString(w)
	}
	return w[0] >= '0' && w[0] <= '9' || w == "a" || w == "an" || numberWords[w]
}

// prepArticleRe is a preposition and an article with at most two
// adjectives that open the phrase a date ends: "on a busy" (Saturday
// night).
var prepArticleRe = regexp.MustCompile(`\s(?:on|during|over|throughout) (?:a|an|the|one|that|this) [a-z]+$`)

// dayNamed reports whether a date opens with the name of a day, a month
// or a season, or a part of a day: "Saturday night", "December morning",
// not "next month".
func dayNamed(date string) bool {
	w := strings.ToLower(firstWord(date))
	return monthWeekday[w] || seasonWords[w] || w == "morning" || w == "evening" || w == "night" || w == "afternoon" || w == "weekend"
}

func removeSpan(s string, i, j int) string {
	if i < 0 || j > len(s) || i >= j {
		return s
	}
	head, tail := s[:i], s[j:]
	if timeObjectVerbs[strings.ToLower(lastWordOf(head))] && !datePreps[strings.ToLower(firstWord(s[i:j]))] {
		// "Pritchard had spent the previous evening drinking": the date
		// is the verb's object, and stays ("had spent drinking" says
		// nothing)
		return strings.TrimSpace(s)
	}
	if (strings.HasPrefix(tail, ",") || strings.HasPrefix(tail, " and ") || strings.HasPrefix(tail, " but ")) && !strings.Contains(head, ",") {
		switch lastWordOf(head) {
		case "was", "is", "were", "are", "be", "been":
			// "The starting date was 2 October 2023, which is week 1":
			// the date is what the subject was, and its clause ends with
			// it (not "The starting date was, which is week 1"; "Kick-off
			// was at 3pm and the visitors started brighter" is "Kick-off
			// was at 3pm", not "Kick-off was and the visitors ...")
			return strings.TrimSpace(s[:j])
		}
	}
	for _, t := range []string{"' time", "’ time", "'s time", "’s time"} {
		if rest, ok := strings.CutPrefix(tail, t); ok {
			// "lifted into place in about three months' time": the
			// time is the date's
			tail = rest
			break
		}
	}
	for _, a := range []string{" alone,", " too,", " also,", " again,", " itself,"} {
		if len(tail) > len(a) && strings.EqualFold(tail[:len(a)], a) {
			// "In 2023 alone, 1,204 cases were reported": the adverb
			// that singled the date out goes with it
			tail = tail[len(a)-1:]
			break
		}
	}
	dateHasPrep := datePreps[strings.ToLower(firstWord(s[i:j]))] || strings.EqualFold(firstWord(s[i:j]), "over")
	if h := strings.TrimRight(head, " "); !strings.HasSuffix(h, ",") {
		// "at approx. 0630 hrs", "just over an hour later": the word
		// that measured the date goes with it, and a preposition left
		// before it ("taken into custody at approx. during a traffic
		// stop")
		last := func(h string) string { // the last word, as written, after a space
			if k := strings.LastIndexByte(h, ' '); k >= 0 {
				return h[k+1:]
			}
			return ""
		}
		if w := last(h); approxWords[strings.ToLower(w)] && (!prepLike[strings.ToLower(w)] || !dateHasPrep && quantityDate(s[i:j])) {
			h = strings.TrimRight(h[:len(h)-len(w)], " ")
			if p := last(h); !dateHasPrep && (datePreps[strings.ToLower(p)] || p == "beyond" || p == "past") {
				h = h[:len(h)-len(p)]
			}
			head = strings.TrimRight(h, " ") + " "
		} else if !dateHasPrep && (w == "beyond" || w == "past") {
			// "Any slippage beyond September 2025 would push": the
			// preposition whose object was the date goes with it
			head = h[:len(h)-len(w)]
		} else if m := prepArticleRe.FindStringIndex(h); m != nil && !dateHasPrep && dayNamed(s[i:j]) {
			// "a frightening incident on a busy Saturday night": the
			// phrase the date ends, from its preposition
			head = h[:m[0]] + " "
		}
	}
	if strings.HasSuffix(head, "\n") && !strings.HasSuffix(head, "\n\n") {
		// "erupted in¶AD 79 and buried": the preposition the line's wrap
		// kept from its date goes with it
		h := strings.TrimRight(head, " \n")
		if sp := strings.LastIndexAny(h, " \n"); sp >= 0 && datePreps[strings.ToLower(h[sp+1:])] {
			head = h[:sp+1]
		}
	}
	if t := strings.TrimLeft(tail, " "); t == "" || strings.Trim(tail, " .;!?") == "" || strings.HasPrefix(t, ",") {
		// "would add a crossing starting Monday": the word that opened
		// the date at the end goes with it (or before a comma: "will
		// lock out ... starting at 12:01 a.m. on Thursday, unless")
		h := strings.TrimRight(head, " ")
		for _, w := range []string{" starting", " beginning"} {
			if len(h) > len(w)+3 && strings.EqualFold(h[len(h)-len(w):], w) {
				head = h[:len(h)-len(w)] + " "
				break
			}
		}
	}
	if rest, ok := strings.CutPrefix(tail, "'s "); ok || strings.HasPrefix(tail, "’s ") {
		// "Yesterday's rain had left the bed heavy": the rain had
		if !ok {
			rest = tail[len("’s "):]
		}
		tail = "the " + rest
		if w := firstWord(s[i:j]); datePreps[strings.ToLower(w)] {
			// "died during last summer's heatwave": during the
			// heatwave
			tail = w + " " + tail
		}
	}
	// "shortly after 2 a.m.", "just before noon": the adverb goes with
	// the date it measured from
	if w := strings.ToLower(firstWord(s[i:j])); w == "in" || w == "on" {
		// "Back in '68 they started laying people off": "back" goes
		// with the date it pointed to
		if h := strings.TrimRight(head, " "); strings.EqualFold(h, "back") || len(h) > 6 && strings.EqualFold(h[len(h)-6:], ", back") {
			head = h[:len(h)-4] // not "paid it back on 3 May"
		} else if len(h) > 5 && strings.EqualFold(h[len(h)-5:], " back") && w == "in" && elidedYear(s[i+3:j]) && backAsThen(lastWordOf(h[:len(h)-5])) {
			// "who started Okafor Bicycles back in '98": a year
			// written short is told as a memory, "back" with it (not
			// "was brought back in 1998", a return)
			head = h[:len(h)-4]
		}
	}
	if ordinalDayRe.MatchString(s[i:min(len(s), i+5)]) && len(head) >= 4 && strings.EqualFold(head[len(head)-4:], "the ") && (len(head) == 4 || head[len(head)-5] == ' ') {
		head = head[:len(head)-4] // "dated the 3rd day of June 2019": its article goes with it
	}
	if h, ok := strings.CutSuffix(head, " that "); ok && unicode.IsUpper(firstRune(s[i:j])) && !unicode.IsDigit(firstRune(s[i:j])) {
		// "the by-election that September was won": the demonstrative
		// goes with its month (not a clause's "that": "said that")
		if lw := strings.ToLower(lastWordOf(h)); reportingVerbs[lw] == "" && !complementVerbs[lw] && !titleVerb(lw) {
			head = h + " "
		}
	}
	if m := portionOfRe.FindStringIndex(head); m != nil {
		// "For most of the 1980s Eastvale was a safe seat": the part of
		// the date the phrase measured goes with it
		head = head[:m[0]]
	}
	if h := strings.TrimRight(head, " "); len(h) > 6 && strings.EqualFold(h[len(h)-6:], " dated") {
		head = h[:len(h)-5] // "A memo dated Aug. 22, 2023, recommended": the memo recommended
	}
	if w := strings.ToLower(firstWord(s[i:j])); w == "after" || w == "before" {
		for _, adv := range []string{" shortly ", " just ", " soon ", " right ", " immediately "} {
			if len(head) > len(adv) && strings.EqualFold(head[len(head)-len(adv):], adv) {
				head = head[:len(head)-len(adv)+1]
				break
			}
		}
	}
	// The comma that closes a US date's year inside a clause: "The
	// shooting on Feb. 26, 2012, set off protests" reads "The shooting
	// set off protests".
	if strings.HasPrefix(tail, ", ") && j > 0 && s[j-1] >= '0' && s[j-1] <= '9' && strings.Contains(s[i:j], ", ") &&
		!strings.Contains(head, ",") && len(strings.Fields(head)) >= 2 {
		if w := firstWord(tail[2:]); w != "" && unicode.IsLower(firstRune(w)) && !listLinks[w] && !pronouns[strings.ToLower(w)] {
			tail = tail[1:]
		}
	}
	// An appositive to the date: "on 15 March, the Ides of March".
	if rest, ok := strings.CutPrefix(tail, ", "); ok {
		end := len(rest)
		if c := strings.IndexAny(rest, ",;"); c >= 0 {
			end = c
		}
		if w := strings.ToLower(firstWord(rest)); (w == "the" || w == "a") && len(strings.Fields(rest[:end])) <= 5 &&
			!slices.ContainsFunc(strings.Fields(rest[:end]), titleVerb) {
			// Not a clause: "That summer, the navy won at Midway".
			tail = rest[end:]
		}
	}
	// A leading fragment of at most two words ending at the date ("Four
	// days later, ..."), not a clause ("She died, aged 36").
	if c := strings.Index(tail, ","); c >= 0 && strings.TrimSpace(tail[:c]) == "" && len(strings.Fields(head)) <= 2 &&
		!strings.Contains(head, ",") && len(strings.Fields(tail[c+1:])) >= 3 && !pronouns[strings.ToLower(firstWord(head))] &&
		!(determiners[strings.ToLower(firstWord(head))] && len(strings.Fields(head)) == 2) && // "The shooting on Feb. 26, 2012, set off": a subject
		!(len(strings.Fields(head)) == 2 && titleVerb(strings.Fields(head)[1])) && // "Recruitment closed on 28 June 2024, three months ahead of schedule": a clause
		!pluralPresent(strings.Fields(head)) && // "Pre-orders open on March 7, 2025, priced at $59.99": one too
		!(strings.TrimSpace(head) != "" && trailingPhrase(tail[c+1:])) {
		return strings.TrimLeft(tail[c+1:], " ")
	}
	// A parenthetical left with at most two words: "The exhibition, open
	// until 30 June, has drawn ..." is "The exhibition has drawn ...".
	if a := strings.LastIndex(head, ", "); a > 0 {
		if b := strings.Index(tail, ", "); b >= 0 && !strings.ContainsAny(tail[:b], ";:.") &&
			len(strings.Fields(tail[b+2:])) >= 2 && parentheticalGone(head[:a], head[a+2:]+" "+tail[:b], tail[b+2:]) {
			head, tail = head[:a], tail[b+1:]
		}
	}
	// "During the Great Fear of late July, peasants ...": the "of" whose
	// object was the date goes with it
	// ("are planned for Friday 19 September and Friday 14 November,
	// weather permitting": so does a "for" left dangling)
	if t := strings.TrimLeft(tail, " "); t == "" || strings.ContainsRune(".,;:!?)", firstRune(t)) {
		h := strings.TrimRight(head, " ")
		for _, p := range []string{" of", " for", " until", " till", " since", " during", " between", " up to"} { // (not "on", "in": "switched on", "handed it in")
			if strings.HasSuffix(strings.ToLower(h), p) {
				head = h[:len(h)-len(p)]
				break
			}
		}
	}
	head = articleBefore(head, strings.TrimLeft(tail, " "))
	out := strings.TrimRight(head, " ")
	if t := strings.TrimLeft(tail, " "); t != "" && strings.ContainsRune(".,;:!?", firstRune(t)) {
		out = strings.TrimRight(out, " \n\t") // "now expected¶on 23 April, slipped": no line break before the comma
	}
	if t := strings.TrimLeft(tail, " "); t != "" && (strings.ContainsRune(".,;:!?)”’", firstRune(t)) ||
		t[0] == '"' && strings.Count(head, `"`)%2 == 1) {
		out += t // no space before closing punctuation: "back down." "the best"
	} else {
		out += " " + t
	}
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.ReplaceAll(out, ",,", ",")
	out = strings.ReplaceAll(out, ", ,", ",")
	out = strings.ReplaceAll(out, ", (", " (") // "Dunmore v Harton Rovers, 3pm (live on TV)" without its time
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(out), ","))
}

// trailingPhrase reports whether rest, after a comma, is a participle
// phrase that closes the sentence, no main clause after it: what it says
// is of the noun before the date, which stays ("Mass at 9.30am, followed
// by tea in the hall"). A phrase with a comma after it may open the main
// clause ("Then on 5 May, reinforced by the militia, the army marched").
func trailingPhrase(rest string) bool {
	w := firstWord(rest)
	return isLowerWord(w) && pastParticipleRe.MatchString(w) && !nonVerbsEd[w] && !strings.ContainsAny(rest, ",;:")
}

// articleBefore gives the indefinite article that ends head the form
// the word opening tail wants, now the date between them is gone: "A
// 1998 inspection found" is "An inspection found", "an 1851 map" "a map".
// (A "u" or an "h" may go either way: "a unit", "an hour".)
func articleBefore(head, tail string) string {
	h := strings.TrimRight(head, " ")
	k := strings.LastIndexByte(h, ' ') + 1
	art := h[k:]
	if art != "a" && art != "A" && art != "an" && art != "An" || tail == "" {
		return head
	}
	c := tail[0] | 0x20
	if c < 'a' || c > 'z' || c == 'u' || c == 'h' {
		return head
	}
	vowel := c == 'a' || c == 'e' || c == 'i' || c == 'o'
	switch {
	case vowel && len(art) == 1:
		return h[:k] + art + "n "
	case !vowel && len(art) == 2 && !strings.HasPrefix(strings.ToLower(tail), "one") && !strings.HasPrefix(strings.ToLower(tail), "eu"):
		return h[:k] + art[:1] + " "
	}
	return head
}

var passiveRe = regexp.MustCompile(`^(?i:the |a |an )?(.+?) (\w+ed|` + irregularParticiples + `)((?: \w+ly| online| publicly)?) by (.+)$`)

// activeVoice turns "the plan posted online by the city government" into
// "the city government posted the plan online", which reads as a headline.
func activeVoice(s string) string {
	s = strings.TrimSpace(s)
	m := passiveRe.FindStringSubmatch(s)
	if m == nil || len(strings.Fields(m[4])) > 6 {
		return s
	}
	det := ""
	if l := strings.ToLower(s); strings.HasPrefix(l, "the ") || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "an ") {
		det = strings.ToLower(firstWord(s)) + " "
	}
	// (the agent closed the sentence: "made in the 1890s by my
	// successor." leaves no stop inside the title)
	return strings.TrimRight(m[4], " .!?;:,") + " " + m[2] + " " + det + m[1] + m[3]
}

// finishWithPrefix shortens body so that prefix+body fits.
// noteMarksRe is a run of notes' marks in a title: "[2][3]", "[^1]",
// "[citation needed]", "[a]".
var noteMarksRe = regexp.MustCompile(`(?:\[(?:\d{1,3}|[a-z]|\^[^\]\s]{1,30}|citation needed|clarification needed|note \d{1,3})\])+`)

// stageDirRe is a transcript's bracketed note of its proceedings, its
// "Whereupon" dropped: "[Whereupon, the hearing was adjourned.]".
var stageDirRe = regexp.MustCompile(`^\[(?:(?i:whereupon),?\s+)?([^\[\]]+?)\.?\]\.?$`)

func finishWithPrefix(prefix, body string) string {
	body = dropLeadingAdverbial(cleanHeadline(body))
	body = lowerFirstUnlessName(body)
	return finish(prefix + body)
}

// lowerFirstUnlessName makes "Chinese authorities ..." stay, "The plan"
// become "the plan" after a "X says".
func lowerFirstUnlessName(s string) string {
	w := firstWord(s)
	if lw := strings.ToLower(w); w != "" && w != "I" && (stopWords[lw] || openers[lw] || commonWordCased(s, w)) {
		i := strings.Index(s, w)
		return s[:i] + lw + s[i+len(w):]
	}
	return s
}

// commonWordCased reports whether w, the capitalised first word of s, is
// a common word capitalised only because it began its sentence
// ("Mandatory collection of DNA ..."): an adjective or noun by its
// ending, followed by a lower-case word.
func commonWordCased(s, w string) bool {
	if len(w) < 2 || strings.ToUpper(w) == w {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimLeft(s, " \"“‘'("), w)
	nx := firstWord(rest)
	if nx == "" || !unicode.IsLower([]rune(nx)[0]) {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"ory", "ive", "ous", "ful", "less", "able", "ible", "ing", "ment", "ness", "ity", "tion", "sion"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// danglingPreps are words a title cannot end with: a preposition whose
// object (the date) was taken out ("prepared for it over", "date the start
// of the Empire to"), or "compared" without what with.
// phrasalParticles are verbs with the particle that completes them, which
// a headline keeps at its end ("The president was sworn in").
var phrasalParticles = map[string]bool{}

func init() {
	for particle, verbs := range map[string]string{
		"in":      "sworn swore phased kicked checked logged moved handed turned stepped filled settled signed ushered voted brought moves move kicks kick steps step phases",
		"on":      "switched turned logged carried passed moved took taken put signed went kept caught tried switch switches turn turns dragged drag drags dragging rumbled soldiered pressed lived",
		"over":    "took taken handed passed turned take takes taking hand hands pass passes turn turns",
		"back on": "turned switched put", "back in": "moved came", "back up": "backed",
		"by":      "stood",         // "The battalion was stood by on 4 June 1944": held ready
		"into":    "broken looked", // "a shed was broken into", "the complaint was looked into": a passive's stranded preposition
		"through": "gone went go goes going come came comes coming got get gets pulled pull pulls broke break breaks fell fall falls carried pushed push pushes sailed",
	} {
		for _, v := range strings.Fields(verbs) {
			phrasalParticles[v+" "+particle] = true
		}
	}
}

var danglingPreps = map[string]bool{
	"over": true, "for": true, "from": true, "in": true, "on": true, "at": true, "by": true,
	"with": true, "into": true, "since": true, "until": true, "till": true, "between": true,
	"during": true, "through": true, "throughout": true, "about": true, "against": true,
	"toward": true, "towards": true, "compared": true, "around": true, "within": true, "as": true,
}

// leadPreps open an adverbial phrase a headline can do without ("At the
// Fukushima plant, an explosion tore ..." gives "an explosion tore ...").
var leadPreps = map[string]bool{
	"at": true, "in": true, "on": true, "during": true, "after": true, "before": true,
	"from": true, "under": true, "amid": true, "across": true, "near": true, "inside": true,
	"outside": true, "within": true, "throughout": true, "by": true, "following": true,
}

// hedgeLead open an amount told roughly: "Less than a year later", "More
// than two weeks earlier".
var hedgeLead = map[string]bool{"less": true, "more": true, "nearly": true, "almost": true, "just": true, "only": true, "about": true, "some": true}

// dropLeadingAdverbial removes a leading prepositional phrase that ends at
// a comma, when a clause of at least three words follows.
func dropLeadingAdverbial(s string) string {
	// "So, Mara, the inspectors reported": a discourse marker and the
	// name of the one spoken to
	if m := discourseLeadRe.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 3 {
		s = titleFirst(s[m[1]:])
	}
	// "Your Honour, the defendant was arrested": the address to the
	// bench or the chair, as court and parliament speakers open and
	// close, says nothing of what happened
	if m := vocativeLeadRe.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 3 {
		s = titleFirst(s[m[1]:])
	}
	if m := vocativeTailRe.FindStringSubmatchIndex(s); m != nil && len(strings.Fields(s[:m[0]])) >= 3 {
		s = s[:m[0]] + s[m[2]:m[3]]
	}
	c := strings.Index(s, ", ")
	if c > 0 && (len(strings.Fields(s[:c])) <= 4 || len(strings.Fields(s[:c])) == 5 && hedgeLead[strings.ToLower(firstWord(s))]) { // ("Less than a year later, ...")
		lw := strings.ToLower(s[:c])
		for _, suf := range []string{"later", "earlier", "afterwards", "then", "meanwhile", "however", "soon after", "that year", "that day",
			"separately", "elsewhere", "in addition", "additionally", "moreover", "furthermore", "nevertheless", "instead", "in turn",
			"finally", "eventually", "subsequently", "ultimately", "thereafter", "afterward"} {
			if (strings.HasSuffix(lw, " "+suf) || lw == suf) && len(strings.Fields(s[c+2:])) >= 3 {
				return s[c+2:]
			}
		}
	}
	s = dropSequenceAdverb(dropLeadParticiple(s))
	if !leadPreps[strings.ToLower(firstWord(s))] {
		return s
	}
	if c < 0 || c > 70 || strings.ContainsAny(s[:c], "\"“”") || addressComma(s, c) {
		return s
	}
	if rest := s[c+2:]; len(strings.Fields(rest)) >= 3 && !slices.ContainsFunc(strings.Fields(rest), func(w string) bool { return !unicode.IsUpper(firstRune(w)) }) {
		// "Before District Judge Marlow sitting at Northbridge County
		// Court, Castle Street, Northbridge": the rest of a place's
		// address, no clause
		return s
	} else if len(strings.Fields(rest)) >= 3 {
		return rest
	}
	return s
}

// clauseAdverbs tell that a clause's event came after another's:
// "finally the plan was approved", "later the station was demolished".
var clauseAdverbs = map[string]bool{
	"finally": true, "later": true, "then": true, "eventually": true, "subsequently": true, "soon": true,
	"afterwards": true, "afterward": true, "thereafter": true, "ultimately": true,
}

// dropSequenceAdverb removes the adverbs of sequence that open s before
// its subject ("Finally the plan was approved", "Soon afterwards the town
// grew", "Later Smith moved"): the dates tell the order. Before a verb
// ("Then came the war"), as an adjective ("Later models were built") or
// before a time ("Later that year") they stay.
func dropSequenceAdverb(s string) string {
	rest, n := s, 0
	for n < 2 && clauseAdverbs[strings.ToLower(firstWord(rest))] {
		rest, n = strings.TrimLeft(rest[len(firstWord(rest)):], " "), n+1
	}
	if n == 0 || len(strings.Fields(rest)) < 3 {
		return s
	}
	w := firstWord(rest)
	if lw := strings.ToLower(w); !articles[lw] && !pronouns[lw] && (!unicode.IsUpper(firstRune(w)) || len(w) < 2 || strings.ContainsAny(w, ",;:") || titleVerb(lw)) {
		return s // (a work's name in capitals: "Then Came the Rain premiered")
	}
	return titleFirst(rest)
}

// ingNouns end in "-ing" without being a participle: "Building work,
// delayed by rain, began".
var ingNouns = map[string]bool{
	"during": true, "morning": true, "evening": true, "spring": true, "king": true, "thing": true, "nothing": true,
	"something": true, "everything": true, "anything": true, "building": true, "wedding": true, "meeting": true,
	"ceiling": true, "string": true, "sibling": true, "pudding": true, "shilling": true, "sterling": true, "viking": true,
	"clothing": true, "housing": true, "funding": true, "training": true, "lightning": true, "darling": true,
}

// dropLeadParticiple removes a short participle phrase that opens s
// before its subject ("Having failed twice, the firm closed", "Facing
// bankruptcy, the firm closed", "Faced with debts, the firm closed"): it
// tells why or how, the clause what happened. Not a name ("Beijing, the
// capital, hosted") nor a noun phrase ("Building work, delayed by rain,
// began").
func dropLeadParticiple(s string) string {
	c := strings.Index(s, ", ")
	if c < 0 {
		return s
	}
	lead, rest := strings.Fields(s[:c]), s[c+2:]
	if len(lead) < 2 || len(lead) > 6 || strings.ContainsAny(s[:c], "\"“”()") || len(strings.Fields(rest)) < 3 {
		return s
	}
	w, lw := lead[0], strings.ToLower(lead[0])
	if !unicode.IsUpper(firstRune(w)) || !isLowerWord(lead[1]) && !unicode.IsDigit(firstRune(lead[1])) {
		return s
	}
	if !(len(lw) >= 5 && strings.HasSuffix(lw, "ing") && !ingNouns[lw] && !leadPreps[lw]) && !(pastParticipleRe.MatchString(lw) && isVerbWord(lw)) {
		return s
	}
	sw := firstWord(rest)
	if lsw := strings.ToLower(sw); !articles[lsw] && !pronouns[lsw] && (!unicode.IsUpper(firstRune(sw)) || len(sw) < 2 || titleVerb(lsw)) {
		return s
	}
	return titleFirst(rest)
}

// streetWords end a street's name, which a comma and the town follow in
// an address: "4 Bridge Street, Ludlow".
var streetWords = map[string]bool{"street": true, "road": true, "lane": true, "avenue": true, "square": true, "terrace": true,
	"crescent": true, "close": true, "drive": true, "place": true, "row": true, "walk": true, "way": true, "gardens": true, "st": true, "rd": true}

// addressComma reports whether the comma at c in s is an address's,
// between a numbered street and its town ("the premises at 4 Bridge Street,
// Ludlow were let"): no lead-in ends there.
func addressComma(s string, c int) bool {
	f := strings.Fields(s[:c])
	if len(f) < 3 || !slices.ContainsFunc(f[max(0, len(f)-5):len(f)-2], isNumber) {
		return false // (the house's number: not "In Baker Street, Holmes lived")
	}
	w := strings.TrimSuffix(f[len(f)-1], ".")
	return unicode.IsUpper(firstRune(w)) && streetWords[strings.ToLower(w)] && unicode.IsUpper(firstRune(firstWord(s[c+2:])))
}

// stampLeadRe is a transcript's timestamp at the start of a line:
// "[00:00:03] ", "(01:12) ", "00:12:40 ".
var stampLeadRe = regexp.MustCompile(`^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s+`)

// stampZoneRe is the zone after a timestamp at the start of a line, and
// the same time on another clock: "GMT ", "PST / 18:14 GMT ".
var stampZoneRe = regexp.MustCompile(`^(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT)(?:\s*/\s*\d{1,2}[:.]\d{2}\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|MT))?\s+`)

// vocatives are how a speaker addresses the bench, the chair or the one
// questioned: "Your Honour", "My Lord", "Mr Speaker", "Madam Chair".
const vocatives = `(?:Your (?:Honou?r|Lordship|Ladyship|Worship|Excellency)|My (?:Lord|Lady)|(?:Mr|Madam|Madame)\.? (?:Deputy )?(?:Speaker|Chairman|Chair|President)|Chair(?:man|woman)?|Senator|Sir|Madam|Ma'am)`

// vocativeLeadRe opens a sentence with an address set off by its comma:
// "Your Honour, the defendant was arrested ...".
var vocativeLeadRe = regexp.MustCompile(`^` + vocatives + `, `)

// vocativeTailRe closes a sentence with an address: "On 18 October, Your
// Honour." (the stop kept: "?" still asks).
var vocativeTailRe = regexp.MustCompile(`,\s+` + vocatives + `([.!?]?)\s*$`)

// discourseLeadRe opens spoken sentences with a marker ("So,", "Well,",
// "Now,") and perhaps the name of the one spoken to ("So, Mara,").
var discourseLeadRe = regexp.MustCompile(`^(?:So|Well|Now|Okay|OK|Right|Yes|No|Look|Listen|Anyway|Oh)(?:, [A-Z][a-z]+)?, `)

// emptiedWords are words a headline cannot end on once the date after
// them is gone: "appointed Kari Olsen as chief executive, effective".
var emptiedWords = map[string]bool{"effective": true, "dated": true, "starting": true, "beginning": true, "ending": true, "due": true, "so": true}

// finish cleans, compresses and capitalises a title.
// agoTailRe is how long ago, set off by a comma at the end of a title.
var agoTailRe = regexp.MustCompile(`,\s+(?:about |some |nearly |almost |over |more than |just )?(?:an?|\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+ago\s*([.!?]?)$`)

func finish(s string) string {
	if m := clauseLabelRe.FindStringIndex(s); m != nil && m[1] < len(s) && unicode.IsUpper(firstRune(s[m[1]:])) {
		s = s[m[1]:] // "(A) By a lease dated ... the premises were let": a recital's or a clause's letter
	}
	if m := recitalLeadRe.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 2 {
		s = titleFirst(s[m[1]:]) // "UPON the Claimant's application dated 11 February 2025 for summary judgment": what the order is made on
	}
	if m := stageDirRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		s = m[1] // "[Whereupon, the hearing was adjourned.]": a transcript's note
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = noteMarksRe.ReplaceAllString(s, "") // "a Grade I listed building.[citation needed]"
	}
	s = dropLeadingAdverbial(unquoteOpened(cleanHeadline(s)))
	// "The museum, which opened, closed": a relative clause its date left
	// with a word or two says nothing
	s = bareRelativeRe.ReplaceAllString(s, "")
	// "received Royal Assent, three weeks ago": how long ago, which the
	// date column tells
	s = agoTailRe.ReplaceAllString(s, "")
	// "It was built in 1863, so nobody is surprised": the consequence is
	// another event (a date inside it has its own clause: innerClause)
	if i := strings.Index(s, ", so "); i > 0 && len(strings.Fields(s[:i])) >= 3 && !strings.HasPrefix(s[i+5:], "much") && !strings.HasPrefix(s[i+5:], "far") {
		s = s[:i]
	}
	if len(s) > maxTitle {
		s = compress(s)
	}
	s = trimEnd(shorten(s, maxTitle), " ,;:.")
	if i := strings.LastIndexByte(s, '('); i > 0 && !strings.ContainsRune(s[i:], ')') && !strings.HasSuffix(s, "…") && len(strings.Fields(s[i:])) <= 3 {
		// "... at St Luke's Church Hall, 45 Canal Street (tel": a
		// bracket the sentence's cut left open, a word or two in it
		s = trimEnd(strings.TrimRight(s[:i], " "), " ,;:.")
	}
	// a life's mark left by its date: "Made by an unknown potter, fl"
	// (fl. 1640), "Andreas Vesalius, d" (d. 1564), "a dish, c" (c. 1420)
	s = strings.TrimRight(lifeMarkTailRe.ReplaceAllString(s, ""), " ,;:")
	// a limit's words left by its date: "Payment is due no later than"
	s = strings.TrimRight(danglingLimitRe.ReplaceAllString(s, ""), " ,;:")
	s = strings.TrimRight(danglingSingleRe.ReplaceAllString(s, ""), " ,;:") // "... over a single" (summer in 1938)
	// Words left dangling by a cut: "reissued the charter and again"
	// (before a question's mark, which stays: "May I suggest we push beta
	// to?" was "... to the week of 24 March?").
	var qmark string
	if t := strings.TrimRight(s, "?"); len(t) < len(s) && (strings.HasSuffix(t, " to") || strings.HasSuffix(t, " until")) {
		s, qmark = strings.TrimRight(t, " "), s[len(t):]
	}
	for {
		sp := strings.LastIndexByte(s, ' ')
		if sp < 0 {
			break
		}
		w := strings.ToLower(s[sp+1:])
		// "questions sent", "talks scheduled": a participle after a noun
		// whose complement (often the date) is gone.
		before := strings.ToLower(s[strings.LastIndexByte(s[:sp], ' ')+1 : sp])
		// (not "a post she held", "would now run", nor a table row's
		// status after its cell's dash: "PVT at the Penang plant – planned")
		postMod := (postModifiers[w] || w == "sent") && !verbWords[before] && !subjectPronouns[before] && !verbAdverb(before) && strings.Count(s, " ") >= 3 &&
			before != "–" && before != "—"
		// ("in both", "in either": the list of dates the word counted
		// is gone)
		if !trailingStops[w] && !danglingPreps[w] && w != "again" && w != "only" && !postMod && !(emptiedWords[w] && strings.HasSuffix(s[:sp], ",")) &&
			!((w == "both" || w == "either") && (danglingPreps[before] || trailingStops[before])) {
			break
		}
		if w == "again" && !strings.Contains(s[:sp], " ") && strings.IndexByte(s[:sp], ',') < 0 {
			break // "Try again": a verb alone says nothing
		}
		if prev := strings.ToLower(s[strings.LastIndexByte(s[:sp], ' ')+1 : sp]); w == "her" && (danglingPreps[prev] || prev == "after" || prev == "before" || prev == "to" || prev == "of" || prev == "like") {
			break // "named after her": the pronoun, not a determiner left dangling
		}
		// "was sworn in", "were switched on": the particle of a phrasal
		// verb, not a preposition whose object is gone
		if prev := strings.ToLower(s[strings.LastIndexByte(s[:sp], ' ')+1 : sp]); phrasalParticles[prev+" "+w] {
			break
		}
		if words := strings.Fields(strings.ToLower(s)); len(words) >= 3 && phrasalParticles[words[len(words)-3]+" "+words[len(words)-2]+" "+w] {
			break // "turned back on"
		}
		s = strings.TrimRight(s[:sp], " ,;:–—") // (no dash left alone: "the plant –")
	}
	if s != "" {
		s += qmark
	}
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n <= 1 {
		return s // an invalid byte stays as it is, not a longer replacement character
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); r == 'v' && r2 >= '0' && r2 <= '9' || unicode.IsLower(r) && unicode.IsUpper(r2) {
		return s // a version or a name written so: "v5.0.0-rc.2", "iPhone", "eBay"
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

var (
	emphasisRe          = regexp.MustCompile(`(^|[\s(“"‘])[*_]+([^*_\s][^*_]*?)[*_]+`)
	parenRe             = regexp.MustCompile(`\s*\([^()]*\)`)
	bracketRe           = regexp.MustCompile(`\s*\[[^\[\]]*\]`)
	appositiveRe        = regexp.MustCompile(`, (?:(?:a|an|the|author|head|leader|director|member|chairman|president|founder|editor|chief|one) )[^,]{2,80}, `)
	subjectAsideRe      = regexp.MustCompile(`, (?:who|which|(?:first |originally |later |newly |only )?(?:[a-z]+ed|` + irregularParticiples + `)) [^,;:()"“”]{2,80}, `)
	subjectParticipleRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,4}?) (?:(?:[a-z]+ed|` + irregularParticiples + `) by|(?:interested|involved|based|located) in) [^,;:()]{2,70}? ((?:will|would|can|could|shall|should|must|may|might|is|are|was|were|has|have|had) [a-z])`)
	placeAppositiveRe   = regexp.MustCompile(`(\p{Lu}[\p{L}’'-]+), \p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?, (\p{Ll})`)
	loneParticipleRe    = regexp.MustCompile(`, (?:an? [a-z]+ (?:born|baptised|baptized|christened|buried|educated|trained|apprenticed|ordained|built|founded|established|opened)|(?:(?:which|who) )?(?:first |originally |later |newly )?(?:[a-z]+ed|` + irregularParticiples + `)(?: and (?:[a-z]+ed|` + irregularParticiples + `))?),`)
	nameAgeRe           = regexp.MustCompile(`(\p{Lu}[\p{L}’'-]+), \d{1,3}, `)
	emptyBracketsRe     = regexp.MustCompile(`\s*(?:\(\s*[,;:–—-]?\s*\)|\[\s*[,;:–—-]?\s*\]|"\s*[,.;:]?\s*"|“\s*[,.;:]?\s*”|‘\s*[,.;:]?\s*’)`)
	participleRe        = regexp.MustCompile(`, (?:\w+ing|which|who|whom|whose|citing|amid|despite) [^"“]*$`)
	trailingStops       = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true,
		"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "as": true, "that": true,
		"its": true, "their": true, "his": true, "her": true, "which": true, "who": true}
)

// unquoteOpened takes the quotes off a title that is one quotation whose
// opening words were its date: '" the Ministry revoked the licence."'
// from '"On 14 February the Ministry revoked the licence."' ('"We sail
// again."' stays a quotation).
func unquoteOpened(s string) string {
	for _, q := range [][2]string{{"“", "”"}, {`"`, `"`}} {
		if len(s) <= len(q[0])+len(q[1]) || !strings.HasPrefix(s, q[0]) || !strings.HasSuffix(s, q[1]) {
			continue
		}
		if c := s[len(q[0])]; c != ' ' && (c < 'a' || c > 'z') {
			continue
		}
		if n := strings.Count(s, q[0]) + strings.Count(s, q[1]); q[0] == q[1] && n == 4 || q[0] != q[1] && n == 2 {
			return strings.TrimSpace(trimEnd(s[len(q[0]):len(s)-len(q[1])], " ,;:."))
		}
	}
	return s
}

// emptyLabelBracketRe is a bracket left with the label of its date alone:
// "(r.)", "(b.)", "(reigned)", or the preposition that led to it: "(to)"
// of "The Q3 accounts (to 31 December 2024) showed a surplus".
var emptyLabelBracketRe = regexp.MustCompile(`\s*\((?:r|b|d|c|ca|fl|reigned|ruled|born|died|to|from|until|till|since|on|in|at|by|as\s+at|as\s+of|ending|ended|dated)\.?\s*\)`)

// replaceLoneParticiples removes a participle phrase, a relative clause
// or an appositive emptied by the dates ("The telescope, launched, began"
// reads "The telescope began", "The chapel, which opened and closed, was
// demolished" "The chapel was demolished", "Joseph Lees, a weaver born,
// emigrated" "Joseph Lees emigrated"), but not the clause's own verb when
// no other follows it ("The stretch, at Snarestone, reopened, two hundred
// years after").
func replaceLoneParticiples(s string) string {
	for _, m := range loneParticipleRe.FindAllStringIndex(s, -1) {
		rest := s[m[1]:]
		if c := strings.IndexAny(rest, ".;"); c >= 0 {
			rest = rest[:c]
		}
		if hasVerb(strings.Fields(rest)) {
			return s[:m[0]] + s[m[1]:]
		}
	}
	return s
}

// rowName reports whether a table row's first cell names something
// ("Roof replacement", "Pilot on Route 7", "Fare engine v2"), rather than
// holding a date or a figure ("1914", "12/08/2025", "£3.2m").
func rowName(cell string) bool {
	if !strings.ContainsAny(cell, "0123456789") {
		return true
	}
	letters := 0
	for _, w := range strings.Fields(cell) {
		if utf8.RuneCountInString(w) >= 2 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) < 0 && unicode.IsLetter(firstRune(w)) { // ("Go-live")
			letters++
		}
	}
	return letters >= 1 && !tempex.IsDate(cell)
}

// rowDescription returns the cell of a table row that tells what happens
// when the row's first name is only a label with a number ("Phase 1",
// "Version 3.1": a column of numbers the reader named after its header):
// the cell of the most words, not the date's ("| Phase 1 | Site set-up and
// access track | Q4 2025 | 6 weeks |" is "Site set-up and access track"),
// after the label when the label names a thing rather than a place in a
// sequence ("Version 3.1: Added EU data residency option"). It returns ""
// when name is no such label or no cell says more.
func rowDescription(sent string, ds, de int, name string) string {
	if !numberedLabel(name) {
		return ""
	}
	ws := strings.Fields(name)
	best, most := "", 0
	at := 0
	for _, cell := range strings.Split(sent, " | ") {
		from := at
		at += len(cell) + len(" | ")
		if from < de && from+len(cell) > ds {
			continue // the date's cell
		}
		c := strings.Trim(cell, "| ")
		words := 0
		for _, w := range strings.Fields(c) {
			if utf8.RuneCountInString(w) >= 2 && unicode.IsLetter(firstRune(w)) {
				words++
			}
		}
		// (the most words: not "20:00–06:00 nightly (Mon–Thu only)"
		// beside "Lane 1 and the slip road at J24")
		if words >= 2 && (words > most || words == most && len(c) > len(best)) && len(c) > len(name) && !tempex.IsDate(c) {
			best, most = c, words
		}
	}
	if best == "" {
		return ""
	}
	switch strings.ToLower(strings.TrimRight(ws[0], ".:")) {
	case "phase", "stage", "step", "item", "no", "number", "part", "task", "milestone", "activity", "row", "line",
		"entry", "id", "ref", "week", "day", "month", "year", "quarter", "#":
		return best // (a place in the table's sequence: no more than its order)
	}
	return name + ": " + best
}

// numberedLabel reports whether s is a word and a number that label an
// item of a sequence or a series: "Phase 1", "Stage 21,", "Version 3.1".
func numberedLabel(s string) bool {
	ws := strings.Fields(strings.TrimRight(s, ",:; "))
	return len(ws) == 2 && strings.ContainsAny(ws[1], "0123456789") && len(ws[1]) <= 8 &&
		!strings.ContainsAny(ws[0], "0123456789") && unicode.IsUpper(firstRune(ws[0])) && !isVerbWord(strings.ToLower(ws[0]))
}

// footnoteRe is a footnote mark: "[2]", "²", Markdown's "[^2]".
var footnoteRe = regexp.MustCompile(`\[\d{1,3}\]|\[\^[^\]\s\[]{1,30}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\s*\([A-Z]\d{1,2}\)`)

// labelClause reports whether a clause before a colon is a short label,
// capitalized as a label is: "Headliner", "SOLD OUT", "Closing set" (its
// words may be a verb's: a label tells no clause of its own).
func labelClause(c string) bool {
	w := strings.Fields(strings.Trim(c, " \t—–-•*"))
	return len(w) > 0 && len(w) <= 3 && unicode.IsUpper(firstRune(w[0])) && !pronouns[strings.ToLower(w[0])] && !strings.ContainsAny(c, "0123456789\n\"“”")
}

// cleanHeadline removes markup and collapses space.
func cleanHeadline(s string) string {
	if m := stampLeadRe.FindStringIndex(s); m != nil {
		s = s[m[1]:] // "[00:00:03] MARA: Welcome back": a place in a recording
		if z := stampZoneRe.FindStringIndex(s); z != nil && z[1] < len(s) {
			s = s[z[1]:] // "12:50 GMT¶The storm was named": the stamp's zone with it
		}
	}
	if strings.ContainsAny(s, "[⁰¹²³⁴⁵⁶⁷⁸⁹(") {
		s = footnoteRe.ReplaceAllString(s, "") // "happened.[2]"
	}
	if strings.Contains(s, "|") {
		// a table row's cells: "| Apollo 1 | Cabin fire" reads
		// "Apollo 1 – Cabin fire"
		s = strings.Trim(s, "| ")
		s = strings.ReplaceAll(s, " | ", " – ")
	}
	if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if strings.ContainsAny(s, "*_") {
		s = emphasisRe.ReplaceAllString(s, "$1$2")
	}
	if strings.Contains(s, ", ") {
		// An age after a name: "Ms Olsen, 47, joined" reads "Ms Olsen joined".
		s = nameAgeRe.ReplaceAllString(s, "$1 ")
	}
	if strings.Count(s, ",") >= 2 {
		// A participle phrase emptied by the date: "The telescope,
		// launched, began".
		s = replaceLoneParticiples(s)
	}
	if strings.Count(s, ",") == 1 {
		// An appositive emptied by the date, whose first comma stays
		// between the subject and its verb: "The first two days, are
		// INSET days" (from "The first two days, 2 and 3 September, are
		// INSET days"); a hedge left alone at the end: "Interns receive
		// an offer, usually".
		s = loneCommaVerbRe.ReplaceAllString(s, "$1 $2")
		s = trailingHedgeRe.ReplaceAllString(s, "")
		if c := strings.Index(s, ", "); c > 0 {
			// a participle set off after its noun, all the date left
			// of its phrase: "Her Loch Avon crossing, opened" (from "...,
			// opened in the summer of 1967, won an award") was opened
			np, p := s[:c], strings.TrimRight(s[c+2:], " .")
			if pastParticipleRe.MatchString(p) && !strings.Contains(p, " ") && !nonVerbsEd[p] {
				if ws := strings.Fields(np); len(ws) >= 2 && len(ws) <= 6 && !hasVerb(ws) && !pronouns[strings.ToLower(ws[0])] &&
					!strings.ContainsAny(np, "0123456789") && !slices.ContainsFunc(ws, func(w string) bool { return npBreakWords[strings.ToLower(w)] }) {
					s = np + " " + agree(np, "was") + " " + p
				}
			}
		}
	}
	if strings.Contains(s, "that ") || strings.Contains(s, "which ") {
		s = relativeEmptiedRe.ReplaceAllString(s, "$1")
	}
	if strings.ContainsAny(s, "([\"“‘") {
		// Brackets and quotes emptied by the date: "the war (1939-45)
		// with the navy", "would update investors \"before the end of the
		// year\"", "Hatshepsut (r. 1479–1458 BC)".
		s = emptyBracketsRe.ReplaceAllString(s, "")
		s = emptyLabelBracketRe.ReplaceAllString(s, "")
		s = clockBracketRe.ReplaceAllString(s, "") // "(11am in New York)": the time told on another clock
	}
	s = strings.Replace(s, " for to ", " to ", 1) // "booked a call for [the date] to go through": the date's "for"
	s = strings.TrimSpace(s)
	// A list marker or a dash left before the text: "– The utility
	// raises tariffs" from "- **3 March 2018** – The utility ...".
	// Unbalanced quotes at either end, which may uncover a marker (and
	// the other way round: '"– 0' is '0').
	for {
		t := strings.TrimLeft(s, ".…,;: ")
		for _, m := range []string{"– ", "— ", "- ", "-- ", "• ", "* ", "· ", "| "} {
			t = strings.TrimPrefix(t, m) // ("July 1969 · Apollo 11 lands": a dot between a list's date and its text)
		}
		t = trimEnd(t, " ,;:.…")
		for _, m := range []string{" —", " –", " -"} {
			// a dash that led the sentence into a list, the date taken
			// from before it: "come into force —" from "come into force
			// on 9th December 2024—¶(a) section 12"
			t = strings.TrimSuffix(t, m)
		}
		if strings.HasSuffix(t, "]") && !strings.Contains(t, "[") {
			// the bracket closing an inserted text whose marker opened
			// it: "Vessels engaged solely in research are exempt.]"
			t = strings.TrimSuffix(t, "]")
		}
		for _, q := range [][2]string{{"“", "”"}, {`"`, `"`}} {
			if strings.Count(t, q[0])+strings.Count(t, q[1]) == 1 || (q[0] == q[1] && strings.Count(t, q[0])%2 == 1) {
				t = strings.TrimSpace(strings.Trim(t, q[0]+q[1]))
			}
		}
		if t == s {
			break
		}
		s = t
	}
	return s
}

// npBreakWords end a noun phrase: a preposition or a verb of being that a
// title's words before a comma hold when they are a clause, not a noun
// ("The old format goes in 3.0, planned").
var npBreakWords = map[string]bool{"in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "with": true,
	"by": true, "into": true, "goes": true, "is": true, "are": true, "was": true, "were": true}

// clockBracketRe is a time in brackets told on another clock: "(11am in
// New York)", "(10:00 ET)".
var clockBracketRe = regexp.MustCompile(`\s*\(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:in\s+[^()]{2,30}|[A-Z]{2,5})\)`)

// loneCommaVerbRe is a subject of a few words set off from its verb by a
// comma alone: "The first two days, are".
var loneCommaVerbRe = regexp.MustCompile(`^((?:The|This|These|Those|Our|Its|Their|All|Both)(?:\s+[\pL\d'’-]+){1,5}),\s+(is|are|was|were)\b`)

// trailingHedgeRe is a hedging adverb left alone after a comma at the
// end of a title: ", usually", ", typically".
var trailingHedgeRe = regexp.MustCompile(`,\s*(?:usually|typically|normally|generally|often|mostly|probably|possibly|likely|most likely|ideally|hopefully)[\s.,;:]*$`)

// trimEnd cuts the punctuation that ends a title, but not the full stop
// of an abbreviation ("at 3 p.m.", "Acme Inc.", "etc.").
func trimEnd(s, cut string) string {
	t := strings.TrimRight(s, cut)
	if len(t) < len(s) && s[len(t)] == '.' {
		low := strings.ToLower(t)
		for _, ab := range []string{" a.m", " p.m", " inc", " ltd", " co", " corp", " etc", " jr", " sr", " u.s", " u.k", " st", " bros", " no"} {
			if strings.HasSuffix(" "+low, ab) {
				return t + "."
			}
		}
	}
	return t
}

// compress drops parentheses, appositives and trailing participle or
// relative phrases, the parts a headline can lose.
func compress(s string) string {
	if strings.Contains(s, "(") {
		s = useAcronyms(s)
	}
	if strings.Contains(s, "(") {
		s = parenRe.ReplaceAllString(s, "")
	}
	if m := nameListRe.FindStringSubmatchIndex(s); len(s) > maxTitle && m != nil && titleVerb(firstWord(s[m[1]:])) {
		// "The crew, Reid Wiseman, Victor Glover, Christina Koch and
		// Jeremy Hansen, entered quarantine": who they are, the list of
		// names set off after the subject, before its verb
		s = s[:m[3]] + " " + s[m[1]:]
	}
	if len(s) > maxTitle {
		locs := appositiveRe.FindAllStringIndex(s, -1)
		for k := len(locs) - 1; k >= 0; k-- {
			m := s[locs[k][0]:locs[k][1]]
			ws := strings.Fields(strings.Trim(m, ", "))
			if v := slices.IndexFunc(ws, titleVerb); v >= 0 && !slices.ContainsFunc(ws[:v], func(w string) bool { return w == "who" || w == "which" || w == "whose" }) &&
				!(v >= 2 && strings.HasSuffix(ws[v], "ed") && !auxiliaries[strings.ToLower(ws[v-1])] && verbFollows(s[locs[k][1]:])) {
				// a clause, not an appositive: "..., an army was beaten
				// at Belgrade, ..." (but "..., a 27-year-old woman who
				// had cared for the index case at home, ...", whose verb
				// is its relative clause's, is one, and so is "..., the
				// sailing game rated T for ages 13 and up, will launch",
				// a participle of its noun before the clause's verb)
				continue
			}
			s = s[:locs[k][0]] + " " + s[locs[k][1]:]
		}
		s = strings.ReplaceAll(s, "  ", " ")
	}
	if len(s) > maxTitle {
		// "The smaller bluestones, brought from the Preseli Hills in
		// Wales, were rearranged", "Mary Anning, who was only 12 at the
		// time, helped uncover": a participle phrase or a relative
		// clause set off by commas after the subject, its verb after
		// them (not a list of verbs: "arrived, unpacked the gear,
		// started")
		if m := subjectAsideRe.FindStringIndex(s); m != nil && m[0] > 0 {
			before, next := strings.ToLower(lastWordOf(s[:m[0]])), firstWord(s[m[1]:])
			if (verbFollows(s[m[1]:]) || pastOrModal(next)) && !pastOrModal(before) && !titleVerb(before) && !stopWords[before] {
				s = s[:m[0]] + " " + s[m[1]:]
			}
		}
	}
	if len(s) > maxTitle {
		// "Security officers employed by contractor AeroGuard at
		// Brightwater Airport will stage": the participle phrase after
		// the subject, before its verb; so is an adjective's phrase
		// ("Those individuals interested in making formal oral
		// presentations should notify", never "Those individuals
		// interested" when cut)
		// (not a passive's own "by" phrase, "Holy Trinity was founded
		// by immigrants who had been worshipping": the subject has its
		// verb, and the auxiliary after "who" is the relative clause's)
		if m := subjectParticipleRe.FindStringSubmatchIndex(s); m != nil && !slices.ContainsFunc(strings.Fields(s[m[2]:m[3]]), func(w string) bool { return subjectVerbs[w] || modalVerbs[w] }) &&
			!slices.ContainsFunc(strings.Fields(s[m[3]:m[4]]), func(w string) bool { return w == "who" || w == "which" || w == "that" || w == "whose" }) {
			s = s[:m[3]] + " " + s[m[4]:]
		}
	}
	if len(s) > maxTitle {
		// "The central team from the National Institute of Virology,
		// Pune, set up": a name's place set off by commas before the
		// verb (not a list's: "Paris, Lyon, and Nice")
		if m := placeAppositiveRe.FindStringSubmatchIndex(s); m != nil && !listLinks[firstWord(s[m[4]:])] {
			s = s[:m[3]] + " " + s[m[4]:]
		}
	}
	if len(s) > maxTitle {
		// "Farmers and fishermen who get at least two-thirds of their
		// gross income from farming may make a single payment": the
		// relative clause after the subject, before its modal verb
		if m := relativeModalRe.FindStringSubmatchIndex(s); m != nil && !slices.ContainsFunc(strings.Fields(s[m[3]:m[4]]), func(w string) bool {
			return modalVerbs[w] || subjectPronouns[w] || w == "that" || reportingVerbs[w] != ""
		}) {
			s = s[:m[3]] + " " + s[m[4]:]
		}
	}
	if len(s) > maxTitle {
		if loc := participleRe.FindStringIndex(s); loc != nil && loc[0] > 20 {
			s = s[:loc[0]]
		}
	}
	if len(s) > maxTitle {
		s = auxAdverbRe.ReplaceAllString(s, "$1 ")
	}
	if len(s) > maxTitle {
		s = shortSubject(s)
	}
	return s
}

// relativeModalRe is a subject, a relative clause with no comma around
// it and the sentence's modal verb: "Farmers who get ... may".
var relativeModalRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}?) who [a-z]+(?: [^,;:"“”()]*?)? (may|might|must|should|can|could|shall) `)

// auxAdverbRe finds an adverb between an auxiliary and its verb ("has
// repeatedly made"), which a long headline can lose.
var auxAdverbRe = regexp.MustCompile(`\b(has|have|had|is|are|was|were|will|would|could|can|may|might|should|must) (?:repeatedly|already|also|now|still|recently|previously|reportedly|allegedly|officially|formally|publicly|finally|often|never|always|again|jointly|effectively|largely|widely) `)

var reportedRe = regexp.MustCompile(`\b(?:says|say|warns|warn|reports|announces|claims) `)

// shortSubject shortens the subject of a reported clause to its head when
// that makes the headline fit: "says more than 40 percent of the world's
// population could face ..." gives "says more than 40 percent could face
// ...". The "of" phrase must end right before a verb.
func shortSubject(s string) string {
	loc := reportedRe.FindStringIndex(s)
	if loc == nil {
		return s
	}
	body := strings.Fields(s[loc[1]:])
	for i, w := range body {
		if !isVerbWord(w) && !presentVerbBeforeObject(body, i) {
			continue
		}
		for j := 1; j < i && j < 6; j++ {
			if body[j] != "of" {
				continue
			}
			out := s[:loc[1]] + strings.Join(append(append([]string{}, body[:j]...), body[i:]...), " ")
			if len(out) <= maxTitle || shorten(out, maxTitle) != shorten(s, maxTitle) && !strings.HasSuffix(shorten(out, maxTitle), "…") {
				return out
			}
		}
		break
	}
	return s
}

// presentVerbBeforeObject guesses that body[i] is a present-tense verb:
// a word in -s after at least two words, followed by a determiner
// ("registration of drivers breaches the rules").
func presentVerbBeforeObject(body []string, i int) bool {
	if i < 2 || i+1 >= len(body) || !strings.HasSuffix(body[i], "s") || strings.HasSuffix(body[i], "ss") {
		return false
	}
	switch strings.ToLower(body[i+1]) {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// phraseBreaks are words before which a headline may stop.
var phraseBreaks = map[string]bool{
	"of": true, "from": true, "in": true, "on": true, "at": true, "for": true,
	"with": true, "as": true, "to": true, "and": true, "that": true, "which": true,
	"who": true, "during": true, "after": true, "before": true, "under": true,
	"amid": true, "while": true, "but": true, "including": true, "because": true,
	"into": true, "over": true, "against": true, "by": true, "since": true, "about": true,
	"when": true, "where": true, "unless": true, "if": true, "although": true, "though": true,
	"whereas": true, "between": true, "linking": true, "near": true, "across": true, "through": true,
	"until": true, "whose": true, "without": true, "following": true, "despite": true,
}

// clauseBreaks are the phrase breaks between clauses or coordinated
// phrases: a cut there reads better than one before a preposition.
var clauseBreaks = map[string]bool{"and": true, "but": true, "while": true, "which": true, "who": true, "because": true, "amid": true, "including": true,
	"that": true, "when": true, "after": true, "before": true, "unless": true, "although": true, "though": true,
	"whereas": true, "where": true, "whose": true, "despite": true}

// timeUnits end a phrase that goes on ("two hours before the flood").
var timeUnits = map[string]bool{
	"hours": true, "hour": true, "minutes": true, "days": true, "day": true, "weeks": true,
	"months": true, "years": true, "year": true, "week": true, "month": true, "shortly": true,
	"soon": true, "long": true, "just": true, "seconds": true,
}

// unitFollowers make a time unit part of a phrase that goes on.
var unitFollowers = map[string]bool{"before": true, "after": true, "of": true, "since": true, "into": true, "from": true, "in": true, "on": true, "for": true}

// ofHeads are nouns that mean nothing without their "of" phrase.
var ofHeads = map[string]bool{
	"part": true, "one": true, "some": true, "most": true, "all": true, "number": true,
	"kind": true, "type": true, "series": true, "member": true, "members": true, "head": true,
	"end": true, "start": true, "beginning": true, "rest": true, "majority": true, "half": true,
	"many": true, "each": true, "none": true, "both": true, "much": true, "lot": true, "out": true,
	"percent": true, "cent": true, "share": true, "proportion": true, "third": true, "quarter": true,
	"fraction": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
	"collection": true, "use": true, "loss": true, "sale": true, "transfer": true, "removal": true,
}

// shorten cuts s to at most n bytes so that what is left reads as a
// whole: at the last clause boundary (a comma, "which", "because", ...)
// that leaves at least half of it, else at the last phrase boundary that
// does, else at any boundary that leaves a complete clause, else at a word
// boundary with an ellipsis. A cut never ends on a determiner, a
// preposition, a conjunction, a number without its noun or a noun that
// needs its "of" phrase, and never inside a reported or subordinate clause
// before its verb ("says mandatory collection", "reports that health
// checks").
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	words := strings.Fields(s)
	best, bestClause, anyGood := "", "", ""
	length := 0
	quoted := false
	for i, w := range words {
		if i > 0 {
			length++
		}
		length += len(w)
		if length > n {
			break
		}
		if strings.Count(w, `"`)%2 == 1 {
			quoted = !quoted
		}
		if strings.Contains(w, "“") {
			quoted = true
		}
		if strings.Contains(w, "”") {
			quoted = false
		}
		cut := strings.TrimRight(strings.Join(words[:i+1], " "), ",;:")
		next := ""
		if i+1 < len(words) {
			next = strings.ToLower(words[i+1])
		}
		atBreak := strings.HasSuffix(w, ",") || phraseBreaks[next] || (next == "as" && i+2 < len(words) && strings.EqualFold(words[i+2], "part"))
		if timeUnits[strings.ToLower(w)] && unitFollowers[next] {
			atBreak = false // "two hours before": the unit needs what follows
		}
		if next == "of" && ofHeads[strings.ToLower(strings.Trim(w, ",;:"))] {
			atBreak = false // "part of", "one of": the noun needs its complement
		}
		if !atBreak || quoted || !completeCut(words[:i+1]) {
			continue
		}
		if (strings.HasSuffix(w, ",") && listGoesOn(words[i+1:])) || (next == "and" && !strings.HasSuffix(w, ",") && lastItem(words[i+2:])) {
			cut = closeList(cut) // "DNA samples, fingerprints, iris scans and": "DNA samples and fingerprints"
		}
		best = cut
		anyGood = cut
		if strings.HasSuffix(w, ",") || clauseBreaks[next] {
			bestClause = cut
		}
	}
	if len(bestClause) >= n/2 {
		return balanceQuotes(bestClause)
	}
	if len(best) >= n/2 {
		return balanceQuotes(best)
	}
	if len(anyGood) >= minCut {
		return balanceQuotes(anyGood)
	}
	// A word boundary, with an ellipsis.
	cut := s[:n-len("…")]
	if sp := strings.LastIndexByte(cut, ' '); sp > 0 {
		cut = cut[:sp]
	}
	for strings.Contains(cut, " ") {
		f := strings.Fields(cut)
		raw := f[len(f)-1]
		if !badEnd(f[len(f)-2], raw) && !adjectiveLike(strings.ToLower(strings.Trim(raw, ",;:"))) {
			break
		}
		cut = cut[:strings.LastIndexByte(cut, ' ')]
	}
	for !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	return balanceQuotes(strings.TrimRight(cut, " ,;:")) + "…"
}

// listGoesOn reports whether rest, what follows a comma, is one more item
// of a list: at most three words without a verb, then a comma or "and".
func listGoesOn(rest []string) bool {
	for i := 0; i < len(rest) && i < 4; i++ {
		w := strings.ToLower(rest[i])
		if isVerbWord(w) || clauseOpeners[strings.Trim(w, ",")] || (i == 0 && (trailingStops[w] || endStops[w])) {
			return false
		}
		if i > 0 && (w == "and" || w == "or") {
			return true
		}
		if strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// lastItem reports whether rest, what follows an "and" in a list, is its
// last item: a word or two without a verb.
func lastItem(rest []string) bool {
	for i := 0; i < len(rest) && i < 3; i++ {
		w := strings.ToLower(strings.Trim(rest[i], ",;:"))
		if isVerbWord(w) || clauseOpeners[w] || (i == 0 && (trailingStops[w] || endStops[w])) {
			return false
		}
	}
	return len(rest) > 0
}

// closeList joins the last item of a list a cut ends in with "and": "DNA
// samples, fingerprints" gives "DNA samples and fingerprints". It leaves
// cut as it is unless the last item is a short noun phrase.
func closeList(cut string) string {
	c := strings.LastIndex(cut, ", ")
	if c < 0 {
		return cut
	}
	item := strings.Fields(cut[c+2:])
	if len(item) == 0 || len(item) > 3 || trailingStops[strings.ToLower(item[0])] || endStops[strings.ToLower(item[0])] {
		return cut
	}
	for _, w := range item {
		if isVerbWord(w) || clauseOpeners[strings.ToLower(w)] {
			return cut
		}
	}
	if strings.Contains(cut[c+2:], " and ") || len(cut)-2+len(" and ") > maxTitle {
		return cut
	}
	return cut[:c] + " and " + cut[c+2:]
}

// minCut is the shortest cut that is still worth more than an ellipsis.
const minCut = 24

// clauseOpeners open a clause that a headline cannot stop in before its
// verb: "says mandatory collection", "reports that health checks".
var clauseOpeners = map[string]bool{
	"that": true, "which": true, "who": true, "because": true, "if": true, "unless": true,
	"although": true, "though": true, "whereas": true, "when": true, "where": true, "while": true,
	"says": true, "said": true, "say": true, "warns": true, "warn": true, "warned": true,
	"announces": true, "announced": true, "reports": true, "reported": true, "claims": true,
	"claimed": true, "argues": true, "argued": true, "believes": true, "believe": true,
	"fears": true, "feared": true, "insists": true, "insisted": true, "adds": true, "added": true,
}

// verbWords are finite verbs and auxiliaries that make a clause complete.
var verbWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "should": true, "shall": true, "do": true, "does": true,
	"did": true, "remain": true, "remains": true, "need": true, "needs": true, "plan": true, "plans": true,
	"want": true, "wants": true, "face": true, "faces": true, "lack": true, "lacks": true, "violate": true,
	"violates": true, "began": true, "went": true, "came": true, "rose": true, "fell": true, "grew": true,
	"ran": true, "saw": true, "took": true, "gave": true, "became": true, "left": true, "met": true,
	"told": true, "kept": true, "lost": true, "got": true, "let": true, "says": true, "say": true, "said": true,
	"isn't": true, "aren't": true, "wasn't": true, "weren't": true, "won't": true, "can't": true, "don't": true,
	"doesn't": true, "didn't": true, "hasn't": true, "haven't": true,
	// irregular past forms a history tells by ("Henry VIII broke with
	// Rome", "Vesalius wrote ..."), none of them a noun a label or a
	// caption would be made of (not "stole", "slew", "spread", "bound")
	"broke": true, "wrote": true, "swore": true, "drove": true, "chose": true, "froze": true, "spoke": true,
	"wove": true, "shook": true, "threw": true, "overthrew": true, "drew": true, "withdrew": true, "sank": true,
	"sang": true, "bore": true, "tore": true, "wore": true, "forbade": true, "forgave": true, "undertook": true,
	"overcame": true, "foresaw": true, "rode": true, "rang": true, "shone": true, "stood": true, "fought": true, "fled": true,
}

// nonVerbsEd end in "-ed" but are no verbs.
var nonVerbsEd = map[string]bool{"hundred": true, "need": true, "seed": true, "speed": true, "feed": true, "bed": true, "red": true, "shed": true, "creed": true, "greed": true, "breed": true, "indeed": true,
	"deed": true, "reed": true, "tweed": true, "steed": true, "hatred": true, "kindred": true, "sacred": true} // ("a first deed of variation dated 12 May 2017")

func isVerbWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:\"“”'’()"))
	if verbWords[w] || pastParticipleRe.MatchString(w) && !nonVerbsEd[w] {
		return true
	}
	return false
}

// completeCut reports whether words, as a headline, end where a reader
// would not expect more.
func completeCut(words []string) bool {
	last := strings.ToLower(strings.Trim(words[len(words)-1], ",;:\"“”'’()"))
	prev := ""
	if len(words) > 1 {
		prev = words[len(words)-2]
	}
	if badEnd(prev, words[len(words)-1]) {
		return false
	}
	// "talks scheduled": a participle left without its complement.
	if postModifiers[last] && len(words) > 1 && !verbWords[strings.ToLower(words[len(words)-2])] {
		return false
	}
	// A clause opened and left before its verb.
	for k := len(words) - 2; k > 0; k-- {
		w := strings.ToLower(strings.Trim(words[k], ",;:"))
		if !clauseOpeners[w] {
			continue
		}
		rest := words[k+1:]
		for i, v := range rest {
			if isVerbWord(v) || presentVerbBeforeObject(rest, i) {
				return true
			}
		}
		// No verb yet: the clause would be cut before it. (A present
		// tense verb not in verbWords is missed, and the cut then falls
		// before the opener: shorter, but whole.)
		return false
	}
	return true
}

// endStops are words a headline cannot end on.
var endStops = map[string]bool{
	"this": true, "these": true, "those": true, "some": true, "every": true, "each": true, "no": true,
	"any": true, "our": true, "my": true, "your": true, "more": true, "less": true, "fewer": true,
	"than": true, "most": true, "but": true, "nor": true, "so": true, "if": true, "when": true,
	"while": true, "because": true, "unless": true, "although": true, "whose": true, "whom": true,
	"where": true, "between": true, "among": true, "up": true, "very": true, "such": true, "nearly": true,
	"almost": true, "about": true, "around": true, "over": true, "under": true, "just": true, "only": true,
	"per": true, "including": true, "like": true, "other": true, "another": true, "several": true,
	"many": true, "few": true, "all": true, "both": true, "either": true, "neither": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "not": true, "says": true, "said": true, "say": true, "then": true, "also": true,
}

// postModifiers are participles that follow a noun and need what
// follows them ("trade talks scheduled for June").
var postModifiers = map[string]bool{
	"scheduled": true, "planned": true, "expected": true, "due": true, "based": true, "located": true,
	"aimed": true, "designed": true, "intended": true, "related": true, "linked": true, "called": true,
	"named": true, "set": true, "slated": true, "estimated": true, "worth": true, "owned": true,
	"run": true, "made": true, "held": true, "known": true,
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true, "thirty": true,
	"forty": true, "fifty": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"million": true, "millions": true, "billion": true, "billions": true, "dozen": true, "dozens": true,
}

// verbAdverb reports whether w is an adverb that comes between an
// auxiliary and its verb ("would now run", "has finally opened").
func verbAdverb(w string) bool {
	switch w {
	case "now", "then", "still", "also", "not", "never", "already", "just", "again", "soon", "first", "since", "ever":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// badEnd reports whether a headline may not end on the word raw (as in
// the text) after the word prev: a determiner, a preposition, a
// conjunction, "more than", a number without its noun ("more than 40")
// or a superlative without its noun ("the largest").
func badEnd(prev, raw string) bool {
	w := strings.ToLower(strings.Trim(raw, ",;:\"“”'’()"))
	p := strings.ToLower(strings.Trim(prev, ",;:\"“”'’()"))
	if phrasalParticles[p+" "+w] {
		return false // "has gone through": a verb's particle
	}
	if trailingStops[w] || danglingPreps[w] || endStops[w] || w == "" {
		return true
	}
	number := strings.TrimLeft(w, "0123456789.,$€£") == "" && !versionNumberRe.MatchString(w) || (numberWords[w] && raw == w)
	if number && !trailingStops[p] && !danglingPreps[p] && !verbWords[p] && p != "than" {
		return true
	}
	if number && p == "than" {
		return true
	}
	if p == "the" && len(w) > 5 && strings.HasSuffix(w, "est") {
		return true // "the largest"
	}
	return false
}

// versionNumberRe is a release's number, part of a name: "2.9.1" in
// "libtiffy 2.9.1" ends a title as a name does, no count left without its
// noun.
var versionNumberRe = regexp.MustCompile(`^\d+\.\d+\.\d+$`)

// adjectiveLike reports whether w looks like an adjective that needs its
// noun ("made groundless").
func adjectiveLike(w string) bool {
	for _, suf := range []string{"less", "ful", "ous", "ive", "able", "ible", "ical", "ary", "ory", "ant", "ent"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// balanceQuotes closes or drops a quote a cut left open.
func balanceQuotes(s string) string {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		s += "”"
	}
	if strings.Count(s, `"`)%2 == 1 {
		s += `"`
	}
	return s
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " \"“‘'(")
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if i < 0 {
		return s
	}
	return s[:i]
}

// titleCase turns an all-capitals label ("LU KANG") into "Lu Kang".
// roleAcronyms are the three capitals that name a post, not a person.
var roleAcronyms = map[string]bool{"CEO": true, "CFO": true, "COO": true, "CTO": true, "CIO": true, "MEP": true, "EVP": true, "SVP": true}

func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	if len(s) <= 3 && !strings.ContainsAny(s, " .") && !(len(s) == 3 && strings.ContainsAny(s, "AEIOU") && !roleAcronyms[s]) {
		return s // initials ("DK:" in a transcript), no name to case (but "TOM:" is Tom)
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// paraNumRe is a paragraph number opening a sentence: "[14] ", "(3) ",
// "2.3 " before a capital (not "2.5 million"), or a bare number set off
// by a tab or two spaces, as minutes number their paragraphs ("1  At its
// meeting ..."; not "3 Members voted", a count), or an item's number
// and letter ("7(b) A letter dated 1 March 2023 ...").
var paraNumRe = regexp.MustCompile(`^\s*(?:\[\d{1,4}\]|\(\d{1,3}\)|\d{1,3}\s?\((?:[a-z]|[ivx]{1,4})\)\s+\p{Lu}|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\p{Lu}|\d{1,3}(?:\t|  )\s*\p{Lu})`)

// paraNum returns the length of the paragraph number opening sent, with
// the space after it; 0 when there is none.
func paraNum(sent string) int {
	loc := paraNumRe.FindStringIndex(sent)
	if loc == nil {
		return 0
	}
	n := loc[1]
	if r, size := utf8.DecodeLastRuneInString(sent[:n]); unicode.IsUpper(r) {
		return n - size // the capital opens the sentence
	}
	for n < len(sent) && (sent[n] == ' ' || sent[n] == '\t') {
		n++
	}
	return n
}

// parenTitle titles a date written inside brackets after a name or a
// noun: "(born 12 August 1952)" is the birth of the person named before,
// "(died 1999)" the death, and "(BSc 1941, PhD 1947)" the degree of the
// clause before: "She studied at Uppsala University (BSc)". ok is false
// when the brackets say more than a short label, or hold no date.
func parenTitle(sent string, ds, de int) (string, bool) {
	po := strings.LastIndexByte(sent[:ds], '(')
	if po < 0 || strings.IndexByte(sent[po:ds], ')') >= 0 {
		return "", false
	}
	pc := strings.IndexByte(sent[de:], ')')
	if pc < 0 {
		return "", false
	}
	pc += de
	before := strings.TrimSpace(sent[:po])
	// the label: the bracket's words before the date, or else after it,
	// up to the next comma or semicolon ("BSc 1941, PhD 1947": BSc)
	left := strings.TrimRight(sent[po+1:ds], " ,;") // "(BS, 1964)": BS
	if i := strings.LastIndexAny(left, ",;"); i >= 0 {
		left = left[i+1:]
	}
	right := sent[de:pc]
	if i := strings.IndexAny(right, ",;"); i >= 0 {
		right = right[:i]
	}
	// "(born c. 1450 – died 1519)": two labelled dates set apart by a
	// spaced dash, each its own label's (a notice's "NASH, Eileen
	// Margaret (b. 30 Nov 1932 – d. 28 Dec 2023)" is read elsewhere, its
	// name turned round)
	for _, d := range []string{" – ", " — ", " - "} {
		if strings.Contains(before, ",") {
			break
		}
		if i := strings.LastIndex(left, d); i >= 0 {
			left = left[i+len(d):]
		}
		if i := strings.Index(right, d); i >= 0 {
			right = right[:i]
		}
	}
	if bw := strings.Fields(sent[po+1 : ds]); len(bw) >= 2 && len(bw) <= 5 && (bw[0] == "born" || bw[0] == "née" || bw[0] == "nee") &&
		strings.HasSuffix(bw[len(bw)-1], ";") && personName(bw[1:]) && strings.Trim(sent[de:pc], " ") == "" {
		// "Ilse Marquardt (born Ilse Kessler; 23 September 1902 – 7
		// January 1979)": a birth name, and then the dates the brackets
		// would give alone
		left, right = "", ""
	}
	label := strings.Trim(strings.TrimSpace(left+" "+right), " ,;:–—-")
	label = strings.Join(strings.Fields(label), " ")
	if cw := strings.Fields(sent[po+1 : ds]); len(cw) >= 3 && len(cw) <= 10 && complementOpeners[strings.ToLower(cw[0])] && !pronouns[strings.ToLower(cw[0])] &&
		slices.ContainsFunc(cw[1:], titleVerb) && strings.Trim(sent[de:pc], " .") == "" && !strings.ContainsAny(sent[po+1:ds], ",;:") {
		// "Year 5 leave for their trip (the balance is due by the end
		// of April)": a clause of its own in the brackets, whose the
		// date is
		return titleFirst(strings.Join(cw, " ")), true
	}
	words := strings.Fields(before)
	if len(words) == 0 || len(strings.Fields(label)) > 3 {
		return "", false
	}
	if lb := strings.ToLower(label); lb == label && !strings.Contains(lb, " ") && pastParticipleRe.MatchString(lb) && lb != "born" && strings.ContainsAny(sent[po+1:ds], ";,") && strings.Trim(sent[de:pc], " ") == "" {
		// "Die Nachtwache, opera in three acts (1931; premiered 1952)":
		// the work's later step, said of the work named first
		name := before
		if c := strings.Index(name, ", "); c > 0 {
			name = name[:c]
		}
		first := strings.TrimSpace(sent[po+1 : po+1+strings.LastIndexAny(sent[po+1:ds], ";,")])
		if fw := strings.ToLower(firstWord(name)); yearOnlyRe.MatchString(first) && unicode.IsUpper(firstRune(name)) && !leadPreps[fw] && !datePreps[fw] && !subordinators[fw] &&
			len(strings.Fields(name)) <= 6 && !hasVerb(strings.Fields(name)) {
			return name + " " + lb, true
		}
	}
	if lb := strings.ToLower(strings.TrimSuffix(label, ".")); lb == "b" || lb == "born" || lb == "d" || lb == "died" || lb == "dies" || lb == "r" || lb == "reigned" || lb == "ruled" {
		// "Beloved wife of the late Dennis (d. 2009)", "the will of Sir
		// Edmund Pyle (d. 1679)": the name right before the bracket
		n := 0
		for n < len(words) && n < 5 && unicode.IsUpper(firstRune(words[len(words)-1-n])) && !strings.ContainsAny(words[len(words)-1-n], ",;:.") {
			n++
			if (lb == "r" || lb == "reigned" || lb == "ruled") && n+1 < len(words) && titleSmallWord(words[len(words)-1-n]) && unicode.IsUpper(firstRune(words[len(words)-2-n])) {
				n++ // "Richard I of England (r. 1189–1199)"
			}
		}
		if n > 0 && n < len(words) && (lb == "r" || lb == "reigned" || lb == "ruled") && words[len(words)-1-n] == "the" {
			n++ // "its founder, the Hongwu Emperor (reigned 1368–98)": the reign of the Hongwu Emperor
		}
		if n > 0 && n < len(words) && (n >= 2 || kinWords[strings.ToLower(words[len(words)-1-n])] || lb == "r" || lb == "reigned" || lb == "ruled") {
			before, words = strings.Join(words[len(words)-n:], " "), words[len(words)-n:]
		} else if n == 0 && (lb == "r" || lb == "reigned" || lb == "ruled") {
			return "", false // "Hatshepsut ruled as pharaoh (r. ...)": no name right before the bracket
		}
	}
	switch strings.ToLower(strings.TrimSuffix(label, ".")) {
	case "born", "b", "née", "nee":
		if len(words) > 6 {
			return "", false
		}
		return before + " is born", true
	case "died", "d", "dies":
		if len(words) > 6 {
			return "", false
		}
		return before + " dies", true
	case "r", "reigned", "ruled":
		// "He ruled as Henry VII (r. 1485–1509)": the reign of the one
		// named before the bracket
		if len(words) > 5 || !unicode.IsUpper(firstRune(before)) && words[0] != "the" {
			return "", false
		}
		if words[0] == "The" && len(words) > 1 {
			before = "the" + before[len("The"):] // "The Yongle Emperor (r. 1402–24) moved ...": the reign of the Yongle Emperor
		}
		return "Reign of " + before, true
	case "":
		if np := periodName(words); np != "" {
			if fw := strings.ToLower(words[0]); (fw == "the" || words[0] == firstWord(np)) && len(words) <= len(strings.Fields(np))+1 && titleVerb(firstWord(sent[pc+1:])) {
				// "The Great Famine (1845–52) emptied the village": the
				// period is the sentence's subject, the sentence tells
				// of it (was "Great Famine")
				return "", false
			}
			// "In the Second Punic War (218–201 BC) Hannibal crossed
			// ...": the years of the war named before the bracket
			return np, true
		}
		// "Leonardo da Vinci (1452–1519) painted ...": the brackets give
		// the life of the person named, not the time of the painting
		span := sent[ds:de]
		if !strings.ContainsAny(span, "–—") && !strings.Contains(span, "-") && !strings.Contains(span, " to ") {
			return "", false
		}
		if !strings.ContainsAny(span, "0123456789") {
			return "", false // "Battle of Britain (July–October)": months, no life's years
		}
		if w := tributeLead(words); len(w) < len(words) {
			words, before = w, strings.Join(w, " ")
		}
		if len(words) <= 5 && personName(words) {
			return "Life of " + before, true
		}
		for k := len(words) - 2; k >= 0 && k >= len(words)-4; k-- {
			if kinWords[strings.ToLower(words[k])] && strings.ToLower(words[k]) != "late" && personName(words[k+1:]) && !strings.ContainsAny(strings.Join(words[k+1:], ""), ",;:") {
				// "His son Henri (1889–1962) later served as a
				// senator": the brackets give the life of the son
				return "Life of " + strings.Join(words[k+1:], " "), true
			}
		}
		return "", false
	}
	if span := sent[ds:de]; roleLabel(label) && (strings.ContainsAny(span, "–—-") || strings.Contains(span, " to ")) {
		// "in memory of Canon Edward Lyle (rector 1838-1873)": the years
		// of the named person's post, not the time of the clause
		n := 0
		for n < len(words) && n < 5 && unicode.IsUpper(firstRune(words[len(words)-1-n])) && !strings.ContainsAny(words[len(words)-1-n], ",;:.()") {
			n++
		}
		if n >= 2 {
			return strings.Join(words[len(words)-n:], " ") + " as " + label, true
		}
	}
	// a degree or a role after a clause: only when the clause is one
	// (a verb before the brackets) or a field's value ("Alma mater:
	// Uppsala University (BSc 1941, PhD 1947)"), not a bare name
	if n := fieldLabel(before); n > 0 && len(strings.Fields(before[n:])) > 0 {
		item := before[n:]
		if k := strings.LastIndex(item, "),"); k >= 0 {
			item = item[k+2:] // the value's own item of a list: "A (BS, 1964), B (MS, 1966)"
		}
		if strings.ContainsAny(item, "0123456789") && tempex.IsDate(strings.TrimSpace(item)) {
			// "Full papers: Friday, October 24, 2025, 23:59 AoE
			// (previously October 17)": the value is another date, the
			// bracket's of the field itself
			return strings.TrimSpace(before[:n-1]) + " (" + label + ")", true
		}
		return strings.TrimSpace(before[:n-1]) + " – " + strings.TrimSpace(item) + " (" + label + ")", true
	}
	if len(words) < 3 || !hasVerb(words) {
		return "", false
	}
	if f := strings.ToLower(firstWord(label)); (f == "and" || f == "or" || f == "&") && strings.ContainsAny(label, "0123456789") {
		return before, true // "of whom 2 died (on 30/08/2023 and 11/09/2023)": the rest is the list's other date
	}
	return before + " (" + label + ")", true
}

// bracketAfterLinkTitle returns the headline of a date alone in brackets
// that closes a sentence whose main clause has a date of its own, after a
// phrase set off by a comma that links to what the brackets date: "The
// first pup of the season was born on 29 October, nine days earlier than
// last year's first pup (7 November 2022)" is "Last year's first pup";
// "..., the day before the main conference opens (22–26 September)" is
// "The main conference opens". ok is false for any other date.
func bracketAfterLinkTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	po := strings.LastIndexByte(sent[:ds], '(')
	if po <= 0 || strings.TrimSpace(sent[po+1:ds]) != "" || !strings.HasPrefix(sent[de:], ")") ||
		strings.Trim(sent[de+1:], " .!?;\"”’") != "" {
		return "", false
	}
	c := strings.LastIndex(sent[:po], ", ")
	if c < 0 || !slices.ContainsFunc(others, func(o [2]int) bool { return o[1] <= c }) {
		return "", false
	}
	phrase := strings.TrimSpace(sent[c+2 : po])
	k := -1
	for _, link := range []string{" than ", " before ", " after ", " since "} {
		if i := strings.LastIndex(phrase, link); i >= 0 && i+len(link) > k {
			k = i + len(link)
		}
	}
	if k < 0 {
		return "", false
	}
	np := phrase[k:]
	if n := len(strings.Fields(np)); n < 2 || n > 8 || strings.ContainsAny(np, ",;:()") || pronouns[strings.ToLower(firstWord(np))] {
		return "", false
	}
	return titleFirst(np), true
}

// withoutBrackets returns s without the asides in brackets it closes, and
// the space before each: "The camera trap (unit CT-7, battery 92%)
// installed " is "The camera trap installed ".
func withoutBrackets(s string) string {
	for strings.IndexByte(s, ')') >= 0 {
		c := strings.IndexByte(s, ')')
		o := strings.LastIndexByte(s[:c], '(')
		if o < 0 {
			return s
		}
		from := o
		for from > 0 && s[from-1] == ' ' {
			from--
		}
		s = s[:from] + s[c+1:]
	}
	return s
}

// hasVerb reports whether one of words reads as a verb.
func hasVerb(words []string) bool {
	for _, w := range words {
		if isVerbWord(strings.ToLower(strings.Trim(w, ",;:"))) {
			return true
		}
	}
	return false
}

// speakerRoles are the parts a transcript labels its speakers by, one
// word each: "Witness:", "Host:", "Caller:".
var speakerRoles = map[string]bool{"witness": true, "host": true, "guest": true, "presenter": true, "caller": true, "interviewer": true,
	"interviewee": true, "reporter": true, "moderator": true, "narrator": true, "anchor": true, "speaker": true, "panellist": true, "panelist": true}

// fieldTitle titles a field whose value opens with the date ("Born: 3 May
// 1920, Uppsala", "Founded: 1998"): the label, with what the value says
// besides the date, brackets left out. A speaker's label ("LU KANG: On
// Wednesday ...", "Hua Chunying: ...") is no field: a field's label is
// one word, or a capitalised word and lower-case ones ("Alma mater").
func fieldTitle(sent string, ds, de int) (string, bool) {
	n := fieldLabel(sent)
	if n == 0 || ds < n {
		return "", false // (the date the label itself: "November: ...")
	}
	if speakerRoles[strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(sent[:n]), ":")))] {
		return "", false // "Witness: By 22 July the water was up to our windows": a part in a transcript, who speaks
	}
	// the date opens the value, or is one of its comma-separated parts
	// ("Born: Marta Lindqvist, 12 April 1921, Gävle")
	lead := strings.TrimSpace(sent[n:ds])
	if lead != "" && (!strings.HasSuffix(lead, ",") || strings.ContainsAny(lead, ".;:")) {
		return "", false
	}
	label := strings.TrimSpace(sent[:n-1])
	if strings.ToUpper(label) == label && !acronymLabel(label) {
		return "", false // a speaker ("LU KANG: ...")
	}
	after := sent[de:]
	if m := nextFieldRe.FindStringIndex(after); m != nil {
		// "LMP: 08/12/2024   EDD: 14/09/2025": the next field of the
		// line is another date's, no part of this one's title
		after = after[:m[0]]
	}
	rest := bracketRe.ReplaceAllString(parenRe.ReplaceAllString(after, ""), "")
	rest = strings.Trim(strings.TrimSpace(rest), " ,;:–—-.")
	if m := clockLeadRe.FindStringIndex(rest); m != nil {
		// "Policy Period: From 03/15/2024 to 03/15/2025, 12:01 a.m.
		// standard time at the residence premises": the hour the days
		// start, no part of what is dated (but hours from and to,
		// "Viewing: 20 to 25 November, 10 am – 5 pm", are the event's)
		if after := strings.TrimSpace(rest[m[1]:]); !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "to ") && !strings.HasPrefix(after, "—") {
			rest = ""
		}
	}
	if lw := strings.Fields(label); len(lw) < 3 || !unicode.IsLower(firstRune(lw[len(lw)-1])) {
		// ("Founders' Day service: Friday 26 September 2025, 11am, St
		// Mary's Church": a name of a thing, its last word in small
		// letters, labels the date)
		for _, w := range lw[1:] {
			// "Lu Kang: ..." is a speaker; "First Posted: 2023-11-09
			// [Actual]", a record's field in title case, holds the date
			// alone
			if r := firstRune(w); unicode.IsUpper(r) && (lead != "" || rest != "") {
				return "", false
			}
		}
	}
	// "Hearing dates: 8, 9 and 11 July 2025": the other days of the list
	// are no part of the title
	rest = strings.Trim(dayListRe.ReplaceAllString(rest, ""), " ,;:–—-.")
	if dayListRe.FindString(lead) == lead {
		lead = ""
	}
	if lead = strings.TrimSuffix(lead, ","); lead != "" {
		rest = strings.Trim(lead+", "+rest, " ,")
	}
	if rest == "" {
		return label, true
	}
	return label + " – " + rest, true
}

// nextFieldRe is the next of a line's labelled fields, set apart by two
// spaces or more, a bar or a middle dot: "   EDD: 14/09/2025".
var nextFieldRe = regexp.MustCompile(`(?:[ \t]{2,}|\s+[|·]\s+)\p{L}[\p{L}\d .'’/&()-]{0,30}:\s*\S`)

// clockLeadRe is a time of day opening a field's rest: "12:01 a.m.
// standard time", "noon local time".
var clockLeadRe = regexp.MustCompile(`^(?i:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)(?:\s|$)`)

// periodNames end the name of a war, a reign or an age: "the Second Punic
// War", "the Tang dynasty", "the Bronze Age".
var periodNames = map[string]bool{"war": true, "wars": true, "revolution": true, "empire": true, "dynasty": true, "period": true,
	"era": true, "age": true, "crusade": true, "republic": true, "kingdom": true, "rebellion": true, "uprising": true, "siege": true,
	"campaign": true, "reign": true, "occupation": true, "blockade": true, "famine": true, "plague": true, "pandemic": true, "movement": true}

// periodName returns the name of a period that words end with, without
// the preposition and article before it ("In the Second Punic War":
// "Second Punic War"); "" when they name none.
func periodName(words []string) string {
	for len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "in", "during", "the", "of", "throughout", "after", "before":
			words = words[1:]
			continue
		}
		break
	}
	if len(words) == 0 || len(words) > 5 || !periodNames[strings.ToLower(strings.Trim(words[len(words)-1], ",;:"))] {
		return ""
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) && !titleSmallWord(w) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// titleSmallWord reports whether w may stay in lower case inside a name:
// "of", "the", "and".
func titleSmallWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "de", "von", "van", "du":
		return true
	}
	return false
}

// dayListRe is the rest of a list of days after one of them: "9 and 11
// July 2025", "and 11 July 2025", "8,".
var dayListRe = regexp.MustCompile(`(?i)^(?:(?:and|&|or|,)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|or)?\s*)+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)?$|^(?:and|&|or)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?$`)

// acronymLabel reports whether an all-capitals label is an acronym that
// names an event ("AGM: Thursday 16 October, 7.30pm"), not a speaker: one
// word of two to four letters (a transcript's Q and A are one).
func acronymLabel(label string) bool {
	if len(label) < 2 || len(label) > 4 {
		return false
	}
	for _, r := range label {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// lifeMarkTailRe is a life's (or a dating's) mark ending a title whose
// date was cut after it: "..., fl", "..., d.", "..., c".
var lifeMarkTailRe = regexp.MustCompile(`,\s*(?:fl|b|d|r|c|ca|bapt|bur)\.?$`)

// lifeLabels are a family history's marks before a date: "William
// Pennick, b. 12 Mar 1816, d. 1878".
var lifeLabels = map[string]string{
	"b": " is born", "d": " dies", "m": " marries",
	"fl": " is active", "bapt": " is baptised", "bap": " is baptised", "bp": " is baptised", "baptised": " is baptised",
	"baptized": " is baptized", "bur": " is buried", "buried": " is buried", "chr": " is christened",
}

// memorialWords open an inscription's lead-in to the name it
// remembers: "Also of", "In loving memory of", "Sacred to the memory of".
var memorialWords = map[string]bool{"also": true, "and": true, "in": true, "loving": true, "memory": true, "affectionate": true,
	"remembrance": true, "sacred": true, "the": true, "of": true, "to": true, "here": true, "lies": true, "treasured": true}

// lifeMarkTitle titles a date after a family history's mark that follows
// a name and a comma: "William Pennick, b. 12 Mar 1816, d. 1878" is the
// birth, then the death, of William Pennick.
// kinWords before a first name say it is a person's: "the late Dennis",
// "her husband Tom".
// tributeLead returns words without the verb a tribute's heading opens
// with ("Remembering Cal Brennan (1949–2021)"): the name it honours.
func tributeLead(words []string) []string {
	if len(words) >= 3 {
		switch words[0] {
		case "Remembering", "Honouring", "Honoring", "Celebrating", "Mourning":
			return words[1:]
		}
	}
	return words
}

var kinWords = map[string]bool{"late": true, "husband": true, "wife": true, "son": true, "daughter": true,
	"father": true, "mother": true, "brother": true, "sister": true, "grandson": true, "granddaughter": true}

func lifeMarkTitle(sent string, ds, de int) (string, bool) {
	before := strings.TrimRight(sent[:ds], " ")
	// (a slash parts the lines of an inscription: "ELIAS W. THAYER / Co.
	// K, 14th N.H. Vols. / b. Apr. 3, 1842 / d. Sept. 19, 1864")
	k := strings.LastIndexAny(before, ",;(/")
	if k < 0 {
		return "", false
	}
	mark := before[k+1:]
	if d := strings.LastIndexAny(mark, "–—-"); d >= 0 {
		// "(b. 30 Nov 1932 – d. 28 Dec 2023)": the mark after the dash
		_, n := utf8.DecodeRuneInString(mark[d:])
		mark = mark[d+n:]
	}
	label := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(mark), "."))
	verb, ok := lifeLabels[label]
	if !ok {
		return "", false
	}
	if n := noticeName(sent[:k]); n != "" {
		return n + verb, true
	}
	name := sent[:k]
	if i := strings.IndexAny(name, ",;(/"); i >= 0 {
		name = name[:i]
	}
	if n := fieldLabel(name); n > 0 {
		name = name[n:] // "Inscription: "
	}
	name = strings.TrimSpace(strings.Trim(name, "*_ \"“'‘"))
	words := strings.Fields(name)
	for n := 0; n < len(words)-1; n++ {
		if lw := strings.ToLower(words[n]); lw == "of" || lw == "to" {
			// an inscription's lead-in before the name: "Also of Ann,
			// his wife, d. 3 Aug 1898", "In loving memory of ..."
			if !slices.ContainsFunc(words[:n], func(w string) bool { return !memorialWords[strings.ToLower(w)] }) {
				words = words[n+1:]
				name = strings.Join(words, " ")
				n = -1
			}
		}
	}
	if len(words) == 0 || len(words) > 6 || !personName(words) {
		return "", false
	}
	return titleCase(name) + verb, true
}

// firstTitle returns the finished title of the first of the special
// readings that applies to the date at [ds, de) of sent.
func firstTitle(sent string, ds, de int, readings ...func(string, int, int) (string, bool)) (string, bool) {
	for _, read := range readings {
		if t, ok := read(sent, ds, de); ok {
			return finish(t), true
		}
	}
	return "", false
}

// personName reports whether words read as a person's name: capitalised
// words, with the particles names have between them ("Leonardo da Vinci",
// "Catherine the Great"), not opening with a determiner or a pronoun.
func personName(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "its", "their", "our":
		return false
	}
	for k, w := range words {
		switch w {
		case "da", "de", "di", "del", "van", "von", "der", "du", "la", "le", "of", "the", "bin", "al", "y":
			if k > 0 {
				continue
			}
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// afterOther returns the text of sent after the other date that starts at
// i ("five years later" of "and five years later the Liverpool and
// Manchester Railway opened"), "" when none does.
func afterOther(sent string, i int, others [][2]int) string {
	for _, o := range others {
		if o[0] == i && o[1] <= len(sent) {
			return strings.TrimLeft(strings.TrimPrefix(sent[o[1]:], ","), " ")
		}
	}
	return ""
}

// subjectOpens reports whether s opens with a subject of its own: "the
// Liverpool and Manchester Railway opened", not "and opens at 12:00".
func subjectOpens(s string) bool {
	w := firstWord(s)
	if w == "" {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "his", "her", "their", "its":
		return ownSubject(s)
	}
	return false
}

// firstLink is lastLink's first: the first link in gap, past an "and"
// inside a name ("the Stockton and Darlington Railway").
func firstLink(gap, link string) int {
	from := 0
	for {
		k := strings.Index(gap[from:], link)
		if k < 0 {
			return -1
		}
		if k += from; link != " and " || !nameAnd(gap, k) {
			return k
		}
		from = k + len(link)
	}
}

// lastLink returns the last index of link in gap, passing over an " and "
// inside a name ("the Office of Rail and Road", "Procter and Gamble"), or
// -1.
func lastLink(gap, link string) int {
	end := len(gap)
	for {
		k := strings.LastIndex(gap[:end], link)
		if k < 0 || link != " and " || !nameAnd(gap, k) {
			return k
		}
		end = k
	}
}

// nameAnd reports whether the " and " at k in gap joins two capitalised
// words, inside a name ("Stockton and Darlington").
func nameAnd(gap string, k int) bool {
	before := gap[:k]
	w := before[strings.LastIndexByte(before, ' ')+1:]
	next := firstWord(gap[k+len(" and "):])
	if after := strings.TrimLeft(gap[k+len(" and "):], " "); timeUnits[strings.ToLower(w)] && after != "" && unicode.IsDigit(firstRune(after)) {
		return true // "a flight of 13 hours and 40 minutes": one length of time
	}
	return w != "" && next != "" && unicode.IsUpper(firstRune(w)) && unicode.IsUpper(firstRune(next))
}

// openEndRe is the open end of a span after its start: "–present", " to
// date", " - now", " to the present day"; a word after it makes it
// something else ("to present the plan", "to date the bones").
var openEndRe = regexp.MustCompile(`(?i)^\s*(?:[-–—]|to|until|till)\s*(?:the\s+)?(?:present(?:\s+day)?|now|date|today)\b(?:$|[^\s\pL-]|\s+[^\s\pL]|\s*$)`)

// periodEndDayRe opens, after a period's name, the day it ended: "
// ended", ", which ended", " ending on".
var periodEndDayRe = regexp.MustCompile(`^,? (?:which |that )?(?:ended|ending|ends|closed) (?:on )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?)`)

// copulaRelativeRe is a sentence that says what its subject is, then
// what that did in a relative clause holding the date: "The Hundred
// Years' War was a series of conflicts ... that lasted from".
var copulaRelativeRe = regexp.MustCompile(`^(\p{Lu}[^,;:]{2,60}?) (?:was|were|is|are) (?:a|an|the|one of the) [^,;:]{3,120}? (?:that|which) (\w+(?:ed|an|ran|gan|ook|ought|ame|ent|ew|old|ept|ood))\s+(?:\w+\s+){0,3}$`)

// copulaRelative titles such a sentence (see copulaRelativeRe) by its
// subject and the relative clause's verb, when the date ends the clause:
// "The Hundred Years' War lasted".
func copulaRelative(s string, ds, de int) (string, bool) {
	if strings.Trim(s[de:], " .;!") != "" {
		return "", false
	}
	m := copulaRelativeRe.FindStringSubmatchIndex(s[:ds])
	if m == nil {
		return "", false
	}
	subject, verb := s[m[2]:m[3]], s[m[4]:m[5]]
	rest := strings.TrimSpace(s[m[5]:ds]) // the words between the verb and the date: "from", "up to"
	for _, p := range []string{"from", "in", "on", "between", "until", "since", "during", "for"} {
		rest = strings.TrimSpace(strings.TrimSuffix(rest, p))
	}
	if rest != "" {
		verb += " " + rest
	}
	return subject + " " + verb, true
}

// asideRe is an aside set off by commas that says how the sentence is
// known, which a headline leaves out: ", according to legend,", ",
// reportedly,", ", it is said,".
var asideRe = regexp.MustCompile(`, (?:according to (?:legend|tradition|the legend|myth|some accounts|most accounts|one account|some historians|historians)|reportedly|it is said|so the story goes|by some accounts|by tradition|in legend),`)

// dropAside removes such an aside (asideRe) that does not hold the date,
// and its commas: "Rome was, according to legend, founded in 753 BC"
// reads "Rome was founded in 753 BC".
func dropAside(s string, ds, de int) (string, int, int) {
	m := asideRe.FindStringIndex(s)
	if m == nil || m[0] < de && m[1] > ds {
		return s, ds, de
	}
	// ", according to legend," goes, the space after it stays
	out := s[:m[0]] + s[m[1]:]
	if m[1] <= ds {
		cut := m[1] - m[0]
		ds, de = ds-cut, de-cut
	}
	return out, ds, de
}

// accordingOutlet reads a sentence that opens "According to X on DATE,"
// with the date at ds:de, X an outlet or a body (see outletName): it
// returns X and what follows the comma, what X reported that day.
func accordingOutlet(s string, ds, de int) (name, rest string, ok bool) {
	const lead = "according to "
	if len(s) <= len(lead) || !strings.EqualFold(s[:len(lead)], lead) || ds < len(lead) {
		return "", "", false
	}
	comma := strings.Index(s, ", ")
	if comma < de || strings.TrimSpace(s[de:comma]) != "" {
		return "", "", false
	}
	name = strings.TrimSpace(s[len(lead):ds])
	for _, p := range []string{" on", " of", " dated"} {
		name = strings.TrimSuffix(name, p)
	}
	rest = strings.TrimSpace(s[comma+2:])
	if !outletName(name) || len(strings.Fields(rest)) < 3 {
		return "", "", false
	}
	return name, rest, true
}

// outletName reports whether s names who reported something, a paper, an
// agency or a body ("Reuters", "the Basin Herald", "the Ministry of
// Water"), rather than a document described ("the plan posted by the
// city government"): a few words, each capitalised but for the joining
// ones.
func outletName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	caps := 0
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "the", "of", "and", "&", "for", "de":
			continue
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
		caps++
	}
	return caps > 0
}

// nameAgeHomeRe is a court list's or a death notice's subject: a name, an
// age and where the person lives, set off by commas before the verb
// ("PETER ANSELL, 67, of Mill Road, denied stealing", "Robert Kessler,
// 81, of Dearborn, passed away", "RYAN COOKE, 19, no fixed abode,
// admitted ..."). Its groups: the name, the verb's first letter.
var nameAgeHomeRe = regexp.MustCompile(`^((?:\p{Lu}[\p{L}'’.-]*|"[^"\n]{1,20}"|“[^”\n]{1,20}”)(?: (?:\p{Lu}[\p{L}'’.-]*|"[^"\n]{1,20}"|“[^”\n]{1,20}”|de|da|van|von|der)){0,5}), (?:aged )?\d{1,3}, (?:(?:of|from) [^,;:()\n]{1,60}(?:, \p{Lu}[\p{L}'’. -]{1,30})?|no fixed (?:abode|address)), (\p{Ll})`)

// nameAgeAddress takes the age and the address out of a subject read by
// nameAgeHomeRe ("PETER ANSELL, 67, of Mill Road, denied stealing" is "Peter
// Ansell denied stealing"): left, the address reads as the subject ("Of
// Mill Road was denied stealing"). A name in capitals is cased.
func nameAgeAddress(sent string, ds, de int, others [][2]int) (string, int, int, [][2]int) {
	m := nameAgeHomeRe.FindStringSubmatchIndex(sent)
	if m == nil || ds < m[4] {
		return sent, ds, de, others
	}
	for _, o := range others {
		if o[0] < m[4] {
			return sent, ds, de, others
		}
	}
	name := titleCase(sent[m[2]:m[3]]) + " "
	shift := m[4] - len(name)
	moved := make([][2]int, len(others))
	for k, o := range others {
		moved[k] = [2]int{o[0] - shift, o[1] - shift}
	}
	return name + sent[m[4]:], ds - shift, de - shift, moved
}

// seriesVerbTitle reads the date's comma-set phrase as the second of a
// series of past verbs with one subject, when "and" and a past verb
// close the series: "Harold joined the Society in 1969, served as our
// treasurer from 1978 to 1994, and catalogued the photographs" gives
// "Harold served as our treasurer" (not a participle said of the
// object: "The Society was served as our treasurer").
func seriesVerbTitle(s string, ds, de int) (string, bool) {
	start := strings.LastIndex(s[:ds], ", ")
	if start <= 0 || strings.Contains(s[:start], ", ") {
		return "", false
	}
	c := strings.Index(s[de:], ", and ")
	if c < 0 || strings.Contains(s[de:de+c], ", ") {
		return "", false
	}
	segStart, segEnd := start+2, de+c
	w := firstWord(s[segStart:])
	if next := strings.ToLower(firstWord(s[segEnd+len(", and "):])); !pastOrModal(w) || !pastOrModal(next) || ds == segStart {
		return "", false
	}
	subj := sharedSubject(s[:start], w)
	if subj == "" {
		return "", false
	}
	return subj + " " + removeSpan(s[segStart:segEnd], ds-segStart, de-segStart), true
}

// contactRe is a noun and a relative clause without "that" whose
// subject is a pronoun and whose verb is past, before the date: "the
// local history project he started" (in 2013). Its groups: the
// determiner, the noun phrase, the pronoun, the verb.
var contactRe = regexp.MustCompile(`\b(the|a|an|his|her|their|its|our|my) ((?:[\p{Ll}'’-]+ ){0,4}[\p{Ll}'’-]+) (he|she|they|we|I) ([a-z]+ed|[a-z]+)\s*$`)

// contactTitle reads a date at the sentence's end after a relative
// clause without "that" as the clause's: "It came back, slowly, through
// the local history project he started in 2013" gives "He started the
// local history project". Not a time or a place the clause says when
// or where of ("the year he retired in 1990", "the day she died").
func contactTitle(sent string, ds, de int) (string, bool) {
	if rest := strings.Trim(sent[de:], ".!?\"”’') "); rest != "" && !strings.HasPrefix(rest, ", which ") {
		return "", false // (a relative clause after it is another's: "the project he started in 2013, which recorded ...")
	}
	m := contactRe.FindStringSubmatch(strings.TrimRight(sent[:ds], " "))
	if m == nil {
		return "", false
	}
	verb := m[4]
	if !pastOrModal(verb) && !irregularPast[verb] || modalVerbs[verb] || subjectVerbs[verb] || intransitive[verb] {
		return "", false
	}
	words := strings.Fields(m[2])
	for _, w := range words {
		if stopWords[w] || timeWords[w] || titleVerb(w) {
			return "", false
		}
	}
	switch words[len(words)-1] {
	case "time", "times", "moment", "way", "place", "reason", "date", "hour", "season", "era", "age", "period":
		return "", false
	}
	return titleFirst(m[3]) + " " + verb + " " + m[1] + " " + m[2], true
}

// noticeNameRe is a notice's name, its surname first in capitals:
// "NASH, Eileen Margaret", "CARTER, Dorothy May (née Pullen)".
var noticeNameRe = regexp.MustCompile(`^\s*(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?), (\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:\p{Lu}\p{Ll}[\p{L}'’-]*|"[^"\n]{1,20}"|“[^”\n]{1,20}”)){0,3})\b`)

// noticeName returns the name a notice opens with in the order it is
// said ("NASH, Eileen Margaret" is "Eileen Margaret Nash"), "" when s
// opens with none.
func noticeName(s string) string {
	m := noticeNameRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[2] + " " + titleCase(m[1])
}

// endsWithDates reports whether nothing but other dates listed with the
// one that ends at de follow it to the sentence's end: "in 1963 and
// 1964."
func endsWithDates(sent string, de int, others [][2]int) bool {
	for {
		rest := strings.TrimSpace(strings.Trim(sent[de:], ".!?\"”’ "))
		if rest == "" {
			return true
		}
		next := -1
		for k, o := range others {
			if o[0] > de && o[1] <= len(sent) {
				switch sent[de:o[0]] {
				case " and ", " or ", ", ", ", and ", " & ":
					next = k
				}
			}
		}
		if next < 0 {
			return false
		}
		de = others[next][1]
	}
}

// ordinalWords rank a noun, and an adjective may follow them: "the first
// scheduled review point".
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "next": true, "final": true, "latest": true, "earliest": true}

// partOfRe is a noun phrase that measures or picks from the one after
// its preposition: "a record for the event", "home to the museum" (not
// "part of the wall, which collapsed": the part may have).
var partOfRe = regexp.MustCompile(`^(?i:(?:a |an |the )?(?:new )?(?:record|highlight|home) (?:for|of|to|at|in) )`)

// whoseRe is a name and a "whose" clause about it, up to the date: "Dame
// Helen Lang, a crystallographer whose X-ray work" (in the 1960s
// revealed ...). Its groups: the name, what of it the clause tells.
var whoseRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4}),(?: (?:a|an|the) [^,;:()]{1,50}?)? whose ([^,;:()]{1,60}?)\s*$`)

// whoseTitle titles a date inside a "whose" clause about a name: "Dame
// Helen Lang, a crystallographer whose X-ray work in the 1960s revealed
// the shapes of cobalt molecules, ..." gives "Dame Helen Lang's X-ray
// work revealed the shapes of cobalt molecules".
func whoseTitle(sent string, ds, de int) (string, bool) {
	m := whoseRe.FindStringSubmatchIndex(sent[:ds])
	if m == nil {
		if t, ok := whoseNounTitle(sent, ds, de); ok {
			return t, true
		}
		return whoseIsTitle(sent, ds)
	}
	end := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:("); c >= 0 {
		end = de + c
	}
	clause := strings.TrimRight(removeSpan(sent[m[4]:end], ds-m[4], de-m[4]), ".!? ")
	if ws := strings.Fields(clause); len(ws) < 2 || !slices.ContainsFunc(ws, func(w string) bool { return titleVerb(w) || pastOrModal(w) }) {
		return "", false
	}
	name := sent[m[2]:m[3]]
	owner := name + "’s "
	if strings.HasSuffix(name, "s") {
		owner = name + "’ "
	}
	return owner + clause, true
}

// whoseNounTitle titles a date at the end of a "whose" clause after a
// noun phrase, the clause's subject the thing the pronoun gives the noun
// ("The town honoured the nurse whose clinic opened in 1950" is "The
// nurse’s clinic opened"; "The firm whose founder died in 1990 was sold"
// is "The firm’s founder died"): the owner a determiner's noun phrase
// or a name, what it owns a noun or two, then the clause's past verb.
func whoseNounTitle(sent string, ds, de int) (string, bool) {
	k := strings.LastIndex(sent[:ds], " whose ")
	if k <= 0 {
		return "", false
	}
	ws := strings.Fields(sent[k+len(" whose ") : ds])
	n := 0
	for n < len(ws) && n < 2 && npWord(ws[n]) {
		n++
	}
	if n == 0 || n == len(ws) || len(ws)-n > 4 || !(pastParticipleRe.MatchString(ws[n]) || irregularPast[ws[n]] || titleVerb(ws[n]) && strings.HasSuffix(ws[n], "ed")) ||
		slices.ContainsFunc(ws, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”") }) {
		return "", false
	}
	hw := strings.Fields(sent[:k])
	o := -1
	for j := len(hw) - 1; j >= 0 && j >= len(hw)-5; j-- {
		if lw := strings.ToLower(hw[j]); determiners[lw] && lw != "of" {
			o = j
			break
		}
		if !npWord(hw[j]) {
			break
		}
	}
	if o < 0 || o == len(hw)-1 {
		return "", false
	}
	owner := strings.Join(hw[o:], " ")
	owner = strings.ToLower(owner[:1]) + owner[1:]
	end := len(sent)
	if c := strings.IndexAny(sent[de:], ",;:("); c >= 0 {
		end = de + c
	}
	if after := strings.ToLower(firstWord(sent[de:])); auxiliaries[after] || modalVerbs[after] || titleVerb(after) {
		end = de // the sentence's own verb: "The firm whose founder died in 1990 was sold"
	}
	clause := strings.TrimRight(removeSpan(sent[k+len(" whose "):end], ds-k-len(" whose "), de-k-len(" whose ")), ".!? ")
	return titleFirst(owner) + ownerEnding(owner) + " " + clause, true
}

// whoseIsTitle titles a date that a "whose" clause says is what its noun
// has: "a conference whose paper deadline was 31 May 2022" is "Conference
// paper deadline" (not the main clause, whose event is not dated). The
// clause is a noun phrase of at most four words and a copula right before
// the date.
func whoseIsTitle(sent string, ds int) (string, bool) {
	k := strings.LastIndex(sent[:ds], " whose ")
	if k <= 0 {
		return "", false
	}
	ws := strings.Fields(sent[k+len(" whose ") : ds])
	if len(ws) < 2 || len(ws) > 5 {
		return "", false
	}
	switch ws[len(ws)-1] {
	case "was", "is", "were", "are", "fell", "falls":
	default:
		return "", false
	}
	np := ws[:len(ws)-1]
	if hasVerb(np) || slices.ContainsFunc(np, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”") }) {
		return "", false
	}
	noun := lastWordOf(sent[:k])
	if noun == "" || !unicode.IsLower(firstRune(noun)) || pronouns[noun] || strings.IndexFunc(noun, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return "", false
	}
	return titleFirst(noun + " " + strings.Join(np, " ")), true
}

// boundWords are the prepositions that bound an event by another's time:
// "after", "before", "since", "until", "following".
var boundWords = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true, "following": true}

// timeUnitWords are the units an amount of time before "after" or
// "before" counts in.
var timeUnitWords = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "decades": true, "decade": true}

// possessedAfterBound titles a date that owns the noun after it, behind a
// preposition that bounds the sentence's event ("Quick update after last
// month's incident review", "We met before Friday's vote on the budget"):
// the date is the day of what it owns ("Incident review", "Vote on the
// budget"), not of the sentence's event, which is only after or before
// it.
func possessedAfterBound(sent string, ds, de int) (string, bool) {
	if de+3 > len(sent) || ds < 2 {
		return "", false
	}
	rest, ok := strings.CutPrefix(sent[de:], "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(sent[de:], "’s "); !ok {
			return "", false
		}
	}
	before := strings.Fields(sent[:ds])
	if len(before) == 0 || !boundWords[strings.ToLower(before[len(before)-1])] ||
		len(before) >= 2 && timeUnitWords[strings.ToLower(before[len(before)-2])] { // (not "two days after Monday's vote": a bound)
		return "", false
	}
	var np []string
	for _, w := range strings.Fields(rest) {
		word := strings.TrimRight(w, ",;:.!?)”\"")
		lw := strings.ToLower(word)
		if lw == "" || len(np) > 0 && (clauseOpeners[lw] || subjectVerbs[lw] || modalVerbs[lw] || pronouns[lw] || lw == "and" || lw == "but" || lw == "or") {
			break
		}
		np = append(np, word)
		if word != w || len(np) == 8 {
			break
		}
	}
	if len(np) == 0 || len(np) == 8 || !unicode.IsLetter(firstRune(np[0])) || stopWords[strings.ToLower(np[len(np)-1])] {
		return "", false
	}
	return strings.Join(np, " "), true
}

// boundInSubject reports whether a date after "after" or "before" says
// which of the subject's things the clause is about: a noun and a past
// participle before it, the clause's verb after it ("Questions received
// after 13 March 2026 will not be answered", "Orders placed before 1 May
// will ship free"). The bound stays in the title.
func boundInSubject(s string, ds, de int) bool {
	d := strings.ToLower(s[ds:de])
	if !strings.HasPrefix(d, "after ") && !strings.HasPrefix(d, "before ") {
		return false
	}
	before := strings.Fields(s[:ds])
	if len(before) < 2 || len(before) > 6 || !pastParticipleRe.MatchString(strings.ToLower(before[len(before)-1])) {
		return false
	}
	for _, w := range before[:len(before)-1] {
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:") || pronouns[lw] || subjectVerbs[lw] || modalVerbs[lw] || isVerbWord(lw) {
			return false // (the subject's words only: not "The office closed before 5 May")
		}
	}
	if !unicode.IsUpper(firstRune(before[0])) {
		return false
	}
	if de >= len(s) || s[de] != ' ' {
		return false
	}
	next := strings.ToLower(firstWord(s[de+1:]))
	return modalVerbs[next] || next == "are" || next == "is" || next == "were" || next == "was" || next == "cannot" || next == "won't" || next == "will"
}

// appositiveAhead reports whether rest, after a comma, is an aside on the
// noun before the comma, which the next comma closes before the clause's
// verb ("the open-world sailing game rated T for ages 13 and up, will
// launch"): a noun phrase of a determiner and at most 12 words, ending
// before the date (at dsr in rest), a modal or an auxiliary after it.
func appositiveAhead(rest string, dsr int) bool {
	if !determiners[strings.ToLower(firstWord(rest))] {
		return false
	}
	c := strings.Index(rest, ", ")
	if c < 0 || c >= dsr || strings.ContainsAny(rest[:c], ";:()") || len(strings.Fields(rest[:c])) > 12 {
		return false
	}
	for _, w := range strings.Fields(rest[:c]) {
		if lw := strings.ToLower(w); modalVerbs[lw] || auxiliaries[lw] || pronouns[lw] || clauseOpeners[lw] {
			return false
		}
	}
	next := strings.ToLower(firstWord(rest[c+2:]))
	// ("the backup generator, a Cummins C150 model, started at 02:20":
	// a past verb after the aside is the clause's own)
	return modalVerbs[next] || auxiliaries[next] || pastOrModal(next) && !strings.HasPrefix(rest[c+2+len(next):], " by ")
}

// nameAside reports whether rest opens with a name set off by commas
// that the date (at dsr in rest) comes right after: "moved to their
// current ground, Mill Lane, in 1934" names the ground, and opens no
// clause.
func nameAside(rest string, dsr int) bool {
	c := strings.Index(rest, ", ")
	if c <= 0 || c+2 != dsr {
		return false
	}
	ws := strings.Fields(rest[:c])
	if len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ";:()\"“”") {
			return false
		}
	}
	return true
}

// outsideAside moves k, the last ", " of gap, back past an appositive
// it closes ("and the backup generator, a Cummins C150 model, started"):
// the comma before the clause's verb links no clause, nor the one that
// opens the aside.
func outsideAside(gap string, k int) int {
	for k > 0 {
		p := strings.LastIndex(gap[:k], ", ")
		if p < 0 || !appositiveAhead(gap[p+2:], len(gap)-p-2) {
			break
		}
		k = lastLink(gap[:p], ", ")
	}
	return k
}

// verbFollows reports whether s opens with a modal or an auxiliary: the
// clause's verb after its subject's aside.
func verbFollows(s string) bool {
	w := strings.ToLower(firstWord(s))
	return modalVerbs[w] || auxiliaries[w]
}

// plainPresentVerbs are verbs of a schedule in the plain present, as a
// plural subject takes them: "Pre-orders open", "Classes start".
var plainPresentVerbs = map[string]bool{"open": true, "close": true, "start": true, "begin": true, "end": true, "resume": true,
	"reopen": true, "launch": true, "ship": true, "run": true, "finish": true, "expire": true, "arrive": true, "return": true,
	"restart": true, "commence": true}

// pluralPresent reports whether two words are a plural subject and its
// verb in the plain present: "Pre-orders open", "Doors open".
func pluralPresent(ws []string) bool {
	return len(ws) == 2 && isPlural(strings.ToLower(ws[0])) && plainPresentVerbs[ws[1]]
}

// lastClauseStart returns where the last clause of before opens after a
// comma and a conjunction (", and projects must start "), 0 when none.
func lastClauseStart(before string) int {
	c := 0
	for _, link := range []string{", and ", ", but ", "; "} {
		if k := strings.LastIndex(before, link); k >= 0 && k+len(link) > c {
			c = k + len(link)
		}
	}
	return c
}

// figureTokenRe is a figure a gapped clause leaves alone: "11", "£3.1m",
// "41%", "1,200".
var figureTokenRe = regexp.MustCompile(`^[£$€]?\d[\d.,\x1f]*(?:%|m|bn|k)?$`)

// againstFigureRe is a figure a sentence compares its own with, right
// before the earlier date: ", against 730 ", ", compared with 730 ".
var againstFigureRe = regexp.MustCompile(`, (?:against|compared with|compared to|versus|vs\.?) ([£$€]?\d[\d.,\x1f]*(?:%|m|bn|k)?) $`)

// changeVerbRe finds a verb of a change, whose figure is a new level:
// "rose to 500" with another year's figure would tell a change that year.
var changeVerbRe = regexp.MustCompile(`(?i)\b(?:rose|risen|rise[sn]?|fell|fallen|falls?|increas|decreas|grew|grown|drop|climb|jump|doubl|tripl|halv|declin|surg|soar|plung|slump|went up|went down|up|down)`)

// gappedSubjectTitle titles the second of two clauses that differ only in
// their subject and date, the second with its verb left out ("The first
// Brimstone was seen on 3 April, and the first Orange-tip on 18 April"):
// the second subject with the first clause's verb ("The first Orange-tip
// was seen"). Only a verb with nothing after it (an auxiliary and a
// participle, or a past form alone) is read so: with an object the
// second noun may stand for the object ("He visited Paris in 1990 and
// Rome in 1992").
func gappedSubjectTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	if strings.TrimRight(sent[de:], " .;!") != "" {
		return "", false
	}
	o, ok := lastBefore(others, ds)
	if !ok {
		return "", false
	}
	np, ok := strings.CutPrefix(strings.TrimLeft(sent[o[1]:ds], ","), " and ")
	if !ok {
		return "", false
	}
	nws := strings.Fields(np)
	named := len(nws) >= 1 && len(nws) <= 3 && capitalWords(nws) // ("Sarah died on 17 May 1881, and Joseph two years later")
	if (len(nws) < 2 || !determiners[strings.ToLower(nws[0])]) && !named || len(nws) > 5 || strings.ContainsAny(np, ",;:()\"“”0123456789") {
		return "", false
	}
	for _, w := range nws[1:] {
		if isVerbWord(w) || titleVerb(w) || clauseOpeners[strings.ToLower(w)] {
			return "", false
		}
	}
	template := strings.TrimRight(sent[lastClauseStart(sent[:o[0]]):o[0]], " ")
	ws := strings.Fields(template)
	if len(ws) < 2 {
		return "", false // (the earlier date opens the sentence)
	}
	pron := subjectPronouns[strings.ToLower(ws[0])]
	if len(ws) > 8 || strings.ContainsAny(template, ",;:()\"“”0123456789") || !determiners[strings.ToLower(ws[0])] && !pron && !named && !(personalNP(nws) && capitalWords(ws[:1])) {
		return "", false
	}
	v := -1
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		if w == "was" || w == "were" || w == "is" || w == "are" || pastOrModal(w) && !modalVerbs[w] {
			v = i
			break
		}
	}
	// a person's own with a person's name ("..., and her brother Joseph
	// in 1890"), or a given name after a comma for a name ("Sarah lived
	// in Leeds in 1881, and Joseph in 1890"): a subject whatever follows
	// the verb, when it is a place or a thing with its preposition (not
	// another name, which may be the place's: "Smith lived in Paris in
	// 1990, and Rome in 1992"; nor after no comma: "and Florence in 1992")
	kin := personalNP(nws) && (capitalWords(ws[:1]) || pron)
	if named && !kin && strings.HasPrefix(sent[o[1]:ds], ", and ") && v >= 1 && capitalWords(ws[:v]) && givenName(nws[0]) {
		kin = true
	}
	if v < 1 || v == 1 && !pron && !named && !kin || len(ws)-v > 2 && !(kin && prepTail(ws[v:])) {
		return "", false
	}
	if named && !capitalWords(ws[:v]) && !kin {
		return "", false // (a name for a name: "Sarah died ..., and Joseph ...")
	}
	if kin && prepTail(ws[v:]) {
		return titleFirst(np) + " " + strings.Join(ws[v:], " "), true
	}
	switch rest := ws[v:]; {
	case len(rest) == 1 && (strings.HasSuffix(rest[0], "ed") || irregularPast[rest[0]]) && rest[0] != "was" && rest[0] != "were":
		// "the first swallow arrived"
	case len(rest) == 2 && (rest[0] == "was" || rest[0] == "were") && pastParticipleRe.MatchString(rest[1]):
		// "the first Brimstone was seen"
	default:
		return "", false
	}
	if len(ws)-v == 2 && (ws[v] == "was") != !isPlural(nws[len(nws)-1]) {
		return "", false // (the verb agrees with the first subject)
	}
	return titleFirst(np) + " " + strings.Join(ws[v:], " "), true
}

// personalNP reports whether ws, the words of a gapped clause's
// subject, are a person of someone's: a possessive, maybe a kin noun,
// then a name ("her brother Joseph", "his son Thomas", "their daughter").
func personalNP(ws []string) bool {
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "his", "her", "their", "my", "our":
	default:
		return false
	}
	for _, w := range ws[1:] {
		if !unicode.IsUpper(firstRune(w)) && !kinNouns[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// givenName reports whether w is a common given name, or a monarch's:
// "Joseph", "Hannah", not "Rome".
func givenName(w string) bool {
	return givenNames[w] || monarchNames[w]
}

// givenNames are common given names of English-speaking records, which
// tell a person's name from a place's.
var givenNames = map[string]bool{
	"Aaron": true, "Abraham": true, "Ada": true, "Adam": true, "Agnes": true, "Albert": true, "Alfred": true, "Alice": true,
	"Amelia": true, "Amy": true, "Andrew": true, "Ann": true, "Annie": true, "Arthur": true, "Benjamin": true, "Bertha": true,
	"Betty": true, "Caroline": true, "Charlotte": true, "Clara": true, "Daniel": true, "Dorothy": true, "Edith": true,
	"Edmund": true, "Eleanor": true, "Eliza": true, "Ellen": true, "Emily": true, "Emma": true, "Ernest": true, "Esther": true,
	"Ethel": true, "Fanny": true, "Florence": true, "Frank": true, "Fred": true, "Grace": true, "Hannah": true, "Harriet": true,
	"Harry": true, "Helen": true, "Herbert": true, "Hugh": true, "Isaac": true, "Jack": true, "Jacob": true, "Jane": true,
	"Jessie": true, "Joan": true, "Joseph": true, "Joshua": true, "Kate": true, "Lily": true, "Lucy": true, "Margaret": true,
	"Maria": true, "Martha": true, "Matthew": true, "Michael": true, "Nancy": true, "Nellie": true, "Patrick": true,
	"Paul": true, "Rachel": true, "Rebecca": true, "Rose": true, "Ruth": true, "Samuel": true, "Sarah": true, "Sophia": true,
	"Susan": true, "Susannah": true, "Thomas": true, "Walter": true, "Emmeline": true, "Tom": true,
	"Elijah": true, "Ellis": true, "Mabel": true, "Maud": true, "Percy": true, "Sam": true, "Ben": true, "Ned": true,
}

// kinNouns name a relative: "her brother", "his widow".
var kinNouns = map[string]bool{"brother": true, "sister": true, "son": true, "daughter": true, "father": true, "mother": true,
	"wife": true, "husband": true, "widow": true, "widower": true, "uncle": true, "aunt": true, "cousin": true, "nephew": true,
	"niece": true, "grandson": true, "granddaughter": true, "grandfather": true, "grandmother": true, "partner": true,
	"brothers": true, "sisters": true, "sons": true, "daughters": true, "parents": true, "children": true, "eldest": true, "youngest": true}

// prepTail reports whether rest, a clause's verb and what follows it,
// is a past verb (or "was" and a participle) and one phrase of a
// preposition: "lived in Leeds", "emigrated to Canada", "worked at the
// mill", "was buried at St Mary's".
func prepTail(rest []string) bool {
	v := 1
	if len(rest) >= 2 && (rest[0] == "was" || rest[0] == "were") && pastParticipleRe.MatchString(rest[1]) {
		v = 2
	} else if len(rest) == 0 || rest[0] == "was" || rest[0] == "were" || !(strings.HasSuffix(rest[0], "ed") || irregularPast[rest[0]]) {
		return false
	}
	if len(rest) < v+2 || len(rest) > v+4 || !gappedPreps[rest[v]] {
		return false
	}
	for _, w := range rest[v+1:] {
		if titleVerb(w) || clauseOpeners[strings.ToLower(w)] || gappedPreps[w] || strings.EqualFold(w, "and") {
			return false
		}
	}
	return true
}

// capitalWords reports whether every word of ws opens with a capital
// and none is a determiner or a pronoun: a name ("Joseph", "Ann Wood").
func capitalWords(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !unicode.IsUpper(firstRune(w)) || determiners[lw] || subjectPronouns[lw] || clauseOpeners[lw] {
			return false
		}
	}
	return len(ws) > 0
}

// gappedPrepTitle titles the second of two clauses that differ only in
// the object of one preposition and their date, the second with its
// subject and verb left out ("Germany declared war on Russia on 1 August
// and on France two days later", "The chain opened a shop in Leeds in
// 1990 and in York in 1994"): the first clause up to the preposition,
// with the second object ("Germany declared war on France").
func gappedPrepTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	if strings.TrimRight(sent[de:], " .;!") != "" {
		return "", false
	}
	o, ok := lastBefore(others, ds)
	if !ok {
		return "", false
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(sent[o[1]:ds], ","), " and ")
	if !ok {
		return "", false
	}
	prep, np, ok := strings.Cut(strings.TrimSpace(rest), " ")
	if !ok || !gappedPreps[prep] {
		return "", false
	}
	nws := strings.Fields(np)
	if len(nws) == 0 || len(nws) > 4 || strings.ContainsAny(np, ",;:()\"“”0123456789") {
		return "", false
	}
	for _, w := range nws {
		if titleVerb(w) || clauseOpeners[strings.ToLower(w)] || strings.EqualFold(w, "and") {
			return "", false
		}
	}
	clause := sent[lastClauseStart(sent[:o[0]]):o[0]]
	k := strings.LastIndex(clause, " "+prep+" ")
	if k <= 0 {
		return "", false
	}
	head, first := strings.TrimSpace(clause[:k]), strings.Fields(clause[k+len(prep)+2:])
	hws := strings.Fields(head)
	if len(hws) < 2 || len(hws) > 8 || len(first) == 0 || len(first) > 4 || strings.ContainsAny(head, ",;:()\"“”") || !hasVerb(hws) && !slices.ContainsFunc(hws, titleVerb) {
		return "", false
	}
	for _, w := range first {
		if titleVerb(w) || strings.ContainsAny(w, "0123456789") {
			return "", false
		}
	}
	return head + " " + prep + " " + np, true
}

// gappedDatePhraseTitle titles the second of two days a clause gives,
// each with a phrase of its own after it, the second with the clause's
// subject and verb left out: "This Order comes into force on 1 April
// 2024 for the purposes of article 2 and on 1 October 2024 for all other
// purposes" is "This Order comes into force for all other purposes" for 1
// October; "The museum opens on 1 April for members and on 8 April for
// the public", "The museum opens for the public".
func gappedDatePhraseTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	o, ok := lastBefore(others, ds)
	if !ok {
		return "", false
	}
	// each day with its own preposition, the same: "on ... and on ...",
	// in the date's text or before it
	prepAt := func(a int) (string, int) {
		if w := strings.ToLower(firstWord(sent[a:])); datePreps[w] {
			return w, a
		}
		w := lastWordOf(strings.TrimRight(sent[:a], " "))
		return w, strings.LastIndex(sent[:a], " "+w) + 1
	}
	first, fs := prepAt(o[0])
	second, ss := prepAt(ds)
	if first != second || !datePreps[first] || fs <= 0 || ss <= o[1] {
		return "", false
	}
	mid, ok := strings.CutSuffix(strings.TrimRight(sent[o[1]:ss], " "), " and")
	if !ok {
		return "", false
	}
	o[0] = fs
	mid = strings.TrimRight(mid, ",")
	tail := strings.TrimRight(strings.TrimSpace(sent[de:]), ".;!")
	mws, tws := strings.Fields(mid), strings.Fields(tail)
	if len(mws) == 0 || len(tws) == 0 || len(tws) > 8 || len(mws) > 10 || strings.ContainsAny(tail, ",;:()") || strings.ContainsAny(mid, ";:") ||
		slices.ContainsFunc(mws, titleVerb) || slices.ContainsFunc(tws, titleVerb) {
		return "", false
	}
	if lw := strings.ToLower(mws[0]); !gappedPhrasePreps[lw] || strings.ToLower(tws[0]) != lw && !gappedPhrasePreps[strings.ToLower(tws[0])] {
		return "", false // (a phrase of the day's own kind after each: "for members ... for the public")
	}
	head := strings.TrimSpace(sent[lastClauseStart(sent[:o[0]]):o[0]])
	hws := strings.Fields(head)
	if len(hws) < 2 || len(hws) > 10 || strings.ContainsAny(head, ",;:()") || !hasVerb(hws) && !slices.ContainsFunc(hws, titleVerb) && !slices.ContainsFunc(hws[1:], presentS) {
		return "", false
	}
	return head + " " + tail, true
}

// gappedPhrasePreps open the phrase after each of two days a clause gives
// (see gappedDatePhraseTitle): whom or what the day is for.
var gappedPhrasePreps = map[string]bool{"for": true, "in": true, "at": true, "to": true, "with": true, "by": true, "under": true}

// gappedPreps are the prepositions whose object a gapped clause changes
// ("and on France", "and in York").
var gappedPreps = map[string]bool{"on": true, "in": true, "to": true, "against": true, "with": true, "at": true, "into": true, "from": true}

// lastBefore returns the span of others that ends last before ds.
func lastBefore(others [][2]int, ds int) ([2]int, bool) {
	o := [2]int{-1, -1}
	for _, x := range others {
		if x[1] <= ds && x[1] > o[1] {
			o = x
		}
	}
	return o, o[0] >= 0
}

// gappedFigureTitle titles the second of two clauses that differ only in
// their date and a figure, the second with its verb and noun left out
// ("In 2023 we funded 9 projects and in 2024, 11", "The club had 40
// members in 2019 and 55 in 2021"): the first clause with the second
// figure ("We funded 11 projects", "The club had 55 members").
func gappedFigureTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	o, ok := lastBefore(others, ds)
	if !ok {
		return "", false
	}
	gap, tail := sent[o[1]:ds], strings.TrimRight(sent[de:], " .;!")
	var fig, template, unit string
	if tail == "" {
		// "... 40 members in 2019 and 55 in 2021": the figure before the date
		ws := strings.Fields(strings.Trim(gap, " ,;"))
		if len(ws) == 2 && ws[0] == "and" || len(ws) == 1 && strings.HasPrefix(strings.TrimLeft(gap, " "), ";") {
			fig = ws[len(ws)-1]
			template = sent[lastClauseStart(sent[:o[0]]):o[0]]
		}
		if fig == "" {
			// "Cash was $388.4 million as of June 30, 2025, compared to
			// $301.2 million as of December 31, 2024": the figure the
			// comparison gives, in the first clause, at the same
			// preposition before its date
			if m := comparedFigureRe.FindStringSubmatch(gap); m != nil {
				template = strings.TrimRight(sent[lastClauseStart(sent[:o[0]]):o[0]], " ")
				for _, p := range []string{" as of", " at", " in", " on", " for"} {
					template = strings.TrimSuffix(template, p)
				}
				fig, unit = m[1], m[2]
			}
		}
	}
	if m := againstFigureRe.FindStringSubmatchIndex(gap); m != nil && tail == "" && fig == "" {
		// "Evictions rose in the first quarter of 2022: 1,954
		// households received notices, against 730 in Q4 2021": the
		// clause before "against" with the earlier figure ("730
		// households received notices"), when it tells no change
		t := gap[:m[0]]
		if c := strings.LastIndexAny(t, ":;"); c >= 0 {
			t = t[c+1:]
		}
		t = strings.TrimSpace(t)
		if !changeVerbRe.MatchString(t) {
			fig, template = gap[m[2]:m[3]], t
		}
	} else if f, ok := strings.CutPrefix(tail, ", "); ok && !strings.Contains(f, " ") && fig == "" {
		// "In 2023 we funded 9 projects and in 2024, 11": the figure after it
		for _, link := range []string{" and ", "; "} {
			if t, ok := strings.CutSuffix(gap, link); ok {
				fig, template = f, t
				break
			}
		}
	}
	if fig == "" || !figureTokenRe.MatchString(fig) && !countWord(fig) {
		return "", false
	}
	ws := strings.Fields(template)
	if len(ws) < 2 || len(ws) > 10 || strings.ContainsAny(template, ",;:()") {
		return "", false
	}
	k := -1
	for i, w := range ws {
		if figureTokenRe.MatchString(w) || countWord(fig) && countWord(strings.ToLower(w)) {
			if k >= 0 {
				return "", false // (two figures: which one the second clause gives is not told)
			}
			k = i
		}
	}
	if k == 0 && fig != "" && len(ws) >= 3 && (titleVerb(ws[2]) || pastOrModal(ws[2])) {
		// (the figure counts the subject: "1,954 households received")
	} else if k < 1 || !hasVerb(ws[:k]) && !slices.ContainsFunc(ws[:k], titleVerb) {
		return "", false
	}
	if fig == "one" || fig == "1" {
		return "", false // (a count of one for a plural: not "One men were hanged")
	}
	ws[k] = fig
	if k == 0 {
		ws[0] = titleFirst(fig) // "Nine children were baptised" for "Eleven children ..."
	}
	if unit != "" {
		// (the comparison's unit for the first clause's: "$1.2 billion"
		// for "$900 million")
		if k+1 >= len(ws) || !figureUnits[strings.ToLower(ws[k+1])] {
			return "", false
		}
		ws[k+1] = unit
	}
	return strings.Join(ws, " "), true
}

// countWord reports whether w is a number written as a word that counts
// alone ("nine", "twelve"), not an amount's word ("hundred", "dozen").
func countWord(w string) bool {
	switch w {
	case "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens":
		return false
	}
	return numberWords[w]
}

// comparedFigureRe is the gap between two dates of a comparison: ",
// compared to $301.2 million as of ": the figure, its unit, and the
// preposition before the second date.
var comparedFigureRe = regexp.MustCompile(`^,? (?:compared (?:to|with)|versus|vs\.?|against) ([£$€]?\d[\d.,]*(?:%|m|bn|k)?)(?: (million|billion|thousand|percent))?(?: as of| at| in| on| for)? $`)

// figureUnits are the words a figure's unit may be.
var figureUnits = map[string]bool{"million": true, "billion": true, "thousand": true, "percent": true}

// articles open a noun phrase: "the", "a", a possessive.
var articles = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "these": true, "those": true}

// personPlural reports whether w is a plural noun of people by its
// ending: "applicants", "residents", "members", "students".
func personPlural(w string) bool {
	lw := strings.ToLower(w)
	if lw == "people" || lw == "staff" || lw == "members" || lw == "children" || lw == "families" {
		return true
	}
	for _, suf := range []string{"ants", "ents", "ers", "ors", "ees", "ists", "ians"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// definedTermRe is a contract's definition of a day, its date gone:
// `The "Effective Date" means`, `"Longstop Date" shall mean`; its group
// is the term defined.
var definedTermRe = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\s+)?(?:[Tt]he\s+)?["“]([A-Z][^"”]{1,40})["”]\s+(?:means|shall\s+mean)$`)

// recitalLeadRe is the word, in capitals, that opens a recital of a
// court's order or of a deed: "UPON", "AND UPON", "WHEREAS".
var recitalLeadRe = regexp.MustCompile(`^\s*(?:AND\s+)?(?:UPON|WHEREAS)\s+`)

// clauseLabelRe is the letter or number in brackets that opens a clause
// of a deed or a list: "(A) ", "(ii) ", "(3) "; or a council's minute
// number, its item and its year: "28/26 ", "Min. 104/25 " (not "9/11").
var clauseLabelRe = regexp.MustCompile(`^\s*(?:\((?:[A-Za-z]|[ivxIVX]{2,4}|\d{1,2})\)|(?:Min(?:ute)?\.?\s*)?\d{2,4}/\d{2}\.?)\s+`)

// capsDashLabelRe is a heading in capitals, a stop and a dash, run into
// the paragraph it heads: "MARLBOROUGH-STREET. — ", "BOW-STREET.— ".
var capsDashLabelRe = regexp.MustCompile(`^[ \t]*[A-Z][A-Z'’&-]{3,}(?: [A-Z'’&-]+){0,3}\.[ \t]*[—–][ \t]*`)

// bulletLabelRe is the label in capitals that opens a bullet of a
// weather service's bulletin, three dots after it: "WHEN...",
// "ADDITIONAL DETAILS...", "PRECAUTIONARY/PREPAREDNESS ACTIONS...".
var bulletLabelRe = regexp.MustCompile(`^[ \t]*(?:\*[ \t]*)?([A-Z][A-Z/]+(?: [A-Z/]+){0,3})\.\.\.[ \t]*`)

// bulletLabel returns the length of the bullet label opening sent, with
// the dots after it; 0 when there is none.
func bulletLabel(sent string) int {
	if len(sent) < 6 || strings.IndexByte(sent, '.') < 0 {
		return 0
	}
	m := bulletLabelRe.FindStringSubmatchIndex(sent)
	if m == nil || m[1] >= len(sent) || m[3]-m[2] < 4 || sent[m[1]] == '.' {
		return 0
	}
	return m[1]
}

// labelValue reports whether rest, the words of clause c but its date
// (from ds to de), are a field's short value after its label: a few
// words with no verb, or one quotation; or those and a note in brackets
// ("Last day of term: Friday 19 December (school closes at 1.30pm)":
// the note tells of the day the label names, not an event of its own).
func labelValue(rest []string, c string, ds, de int) bool {
	if (len(rest) <= 3 || quotationOnly(rest)) && !hasVerb(rest) {
		return true
	}
	if !strings.Contains(c, "(") {
		return false
	}
	bare := strings.Fields(cleanHeadline(withoutBrackets(removeSpan(c, ds, de))))
	return len(bare) < len(rest) && len(bare) <= 3 && !hasVerb(bare)
}

// quotationOnly reports whether the words are one quotation and nothing
// else but a dash after it ('"Ashcombe in the 1960s" -').
func quotationOnly(ws []string) bool {
	for len(ws) > 0 {
		switch ws[len(ws)-1] {
		case "-", "–", "—":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	if len(ws) < 2 {
		return false
	}
	q := strings.Join(ws, " ")
	switch {
	case strings.HasPrefix(q, `"`) && strings.HasSuffix(q, `"`):
		return strings.Count(q, `"`) == 2
	case strings.HasPrefix(q, "“") && strings.HasSuffix(q, "”"):
		return strings.Count(q, "“") == 1 && strings.Count(q, "”") == 1
	}
	return false
}

// portionOfRe is the phrase that takes a part of the date after it, at
// the end of a headline's head: "For most of ", "during much of ",
// "through the rest of ".
var portionOfRe = regexp.MustCompile(`(?i)(?:^|\b(?:for|during|in|through|throughout|over)\s+)(?:most|much|all|part|some|the\s+rest|the\s+remainder|the\s+bulk|the\s+whole|large\s+parts|parts)\s+of\s+$`)

// npDeterminers open a noun phrase whose modifiers stand before its head.
var npDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "that": true, "this": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "my": true, "your": true,
}

// modifiedPeriodStart returns where the noun phrase starts that a date
// of a season's or a month's name heads ("winter of 2023", "July of
// 1976") when lowercase modifiers stand between it and its determiner
// ("the wet winter of 2023", "that long dry summer of 1976", "the
// bitter January of 1940"), or ds: the phrase is cut or kept whole, its
// modifiers never left behind.
func modifiedPeriodStart(sent string, ds, de int) int {
	if ds <= 0 || de > len(sent) || ds >= de {
		return ds
	}
	at := ds
	if i, w, ok := wordBefore(sent, ds); ok && w == "of" && isYear(sent[ds:de]) {
		// "in the wet year of 2023": the year's noun heads the phrase
		if j, w, ok := wordBefore(sent, i); ok && strings.EqualFold(w, "year") {
			at = j
		}
	} else if head, _, ok := strings.Cut(sent[ds:de], " of "); !ok || !seasonWords[strings.ToLower(head)] && !monthNames[strings.ToLower(head)] {
		return ds
	}
	for n := 0; n < 5; n++ {
		i, w, ok := wordBefore(sent, at)
		if !ok {
			return ds
		}
		lw := strings.ToLower(w)
		if npDeterminers[lw] || possessive(w) {
			if n == 0 && at == ds {
				return ds
			}
			if possessive(w) {
				// "the country's wettest winter of 2023"
				if j, d, ok := wordBefore(sent, i); ok && npDeterminers[strings.ToLower(d)] {
					i = j
				}
			}
			// with the preposition that takes it ("in the dry summer of
			// 1976"), as a date's text has it; not one that bounds it
			// ("after the dry summer of 1976"), which its date does not
			// tell (see periodObject)
			if j, p, ok := wordBefore(sent, i); ok && datePreps[strings.ToLower(p)] && !boundPreps[strings.ToLower(p)] {
				return j
			}
			return i
		}
		if !isLowerWord(strings.ReplaceAll(w, "-", "")) || functionWords[lw] || datePreps[lw] {
			return ds
		}
		at = i
	}
	return ds
}

// wordBefore returns the word that ends one space before byte at of s,
// and where it starts.
func wordBefore(s string, at int) (int, string, bool) {
	if at < 2 || at > len(s) || s[at-1] != ' ' {
		return 0, "", false
	}
	i := strings.LastIndexAny(s[:at-1], " \t\n") + 1
	return i, s[i : at-1], i < at-1
}

// possessive reports whether w is a possessor's word ("country's",
// "Britain’s"), not an elided "is" of a pronoun ("it's").
func possessive(w string) bool {
	b, ok := strings.CutSuffix(w, "'s")
	if !ok {
		b, ok = strings.CutSuffix(w, "’s")
	}
	return ok && len(b) > 1 && !pronouns[strings.ToLower(b)] && strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// isYear reports whether s is a year of four digits ("2023").
func isYear(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == ""
}

// phrasePreps are the prepositions that take a noun phrase as their
// object, beside datePreps.
var phrasePreps = map[string]bool{
	"of": true, "for": true, "to": true, "with": true, "than": true, "like": true, "into": true,
	"about": true, "across": true, "over": true, "under": true, "near": true, "amid": true,
	"despite": true, "against": true, "toward": true, "towards": true, "per": true, "via": true,
	"without": true, "upon": true, "onto": true, "beyond": true, "past": true, "as": true,
}

// periodObject reports whether sent[ds:de] is a season's or a month's
// noun phrase ("the winter of 1963", "the cold winter of 1963") that no
// preposition takes, within a sentence, so that a verb's object or a
// conjunct is cut from it when it goes, or that a preposition bounding
// a period takes ("after the cold winter of 1963"): it stays whole.
func periodObject(sent string, ds, de int) bool {
	if ds < 2 || de > len(sent) || ds >= de || sent[ds-1] != ' ' {
		return false
	}
	det, rest, ok := strings.Cut(sent[ds:de], " ")
	if !ok || !npDeterminers[strings.ToLower(det)] && !possessive(det) {
		return false
	}
	for {
		w, r, ok2 := strings.Cut(rest, " ")
		if !ok2 {
			return false
		}
		if lw := strings.ToLower(w); seasonWords[lw] || monthNames[lw] || lw == "year" {
			if !strings.HasPrefix(r, "of ") {
				return false
			}
			break
		}
		if !isLowerWord(strings.ReplaceAll(w, "-", "")) && !possessive(w) {
			return false
		}
		rest = r
	}
	i := strings.LastIndexAny(sent[:ds-1], " \t\n") + 1
	w := sent[i : ds-1]
	lw := strings.ToLower(w)
	return isLowerWord(lw) && (!datePreps[lw] || boundPreps[lw]) && !phrasePreps[lw]
}

// boundPreps bound a period with a date's phrase after them: what
// happened "after the dry summer of 1976" did not happen in it, and the
// phrase stays in the title when its date's text leaves the preposition
// out.
var boundPreps = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true, "by": true}

// impersonalIt are verbs whose "it" stands for nothing named before:
// "in 1995 it rained", "it emerged that ...", "it took three years".
var impersonalIt = map[string]bool{"rained": true, "snowed": true, "seemed": true, "appeared": true, "emerged": true,
	"took": true, "happened": true, "transpired": true, "occurred": true, "became": true, "turned": true, "looked": true}

// conjunctAntecedent returns what a subject pronoun opening the clause
// at start stands for, when that clause follows "and" or "but" after a
// first clause that is only a subject, its verb and one date: "The shop
// opened in 1990 and in 1995 it moved" is "The shop moved", "The library
// was founded in 1902, and it was rebuilt in 1961" "The library was
// rebuilt". With at returns the pronoun's offset in sent and its length.
// The first clause may name nothing else "it" could stand for ("The
// council approved the plan in 1990 and in 1995 it was scrapped": the
// plan, or the council), and the pronoun must agree with the subject
// and be no dummy "it" ("and in 1995 it emerged that"); else "".
func conjunctAntecedent(sent string, start, ds, de int, others [][2]int) (ante string, at, n int) {
	// the pronoun: first in the clause, or right after its date
	p := start
	if ds == start {
		p = de
		for p < len(sent) && (sent[p] == ' ' || sent[p] == ',') {
			p++
		}
	}
	pron := firstWord(sent[p:])
	if pron != "it" && pron != "they" && pron != "he" && pron != "she" || !strings.HasPrefix(sent[p:], pron+" ") || ds > start && ds < p+len(pron) {
		return "", 0, 0
	}
	// its verb: a past form, or an auxiliary and a participle, that
	// tells of the thing itself
	vs := strings.Fields(sent[p+len(pron) : min(len(sent), max(de, p+len(pron)+60))])
	if len(vs) == 0 {
		return "", 0, 0
	}
	v := strings.Trim(vs[0], ",.;:")
	if (v == "was" || v == "were" || v == "had" || v == "has" || v == "have") && len(vs) > 1 {
		v = strings.Trim(vs[1], ",.;:")
		if !pastParticipleRe.MatchString(v) && !irregularPast[v] || nonVerbsEd[v] || dummyItVerbs[v] {
			return "", 0, 0
		}
	} else if !(pastOrModal(v) && !modalVerbs[v] && !subjectVerbs[v] || irregularPast[v]) || nonVerbsEd[v] {
		return "", 0, 0
	}
	if impersonalIt[v] || dummyItVerbs[v] && pron == "it" {
		return "", 0, 0
	}
	// the first clause: up to the link before start, its one date taken out
	before := strings.TrimRight(sent[:start], " ")
	link := lastWordOf(before)
	if link != "and" && link != "but" {
		return "", 0, 0
	}
	before = strings.TrimRight(before[:len(before)-len(link)], " ,")
	var first string
	count := 0
	for _, o := range others {
		if o[0] >= start {
			continue
		}
		count++
		switch {
		case o[1] == len(before) || o[1]+1 == len(before) && before[o[1]] == ',':
			first = before[:o[0]]
		case o[0] == 0 && o[1] < len(before):
			first = strings.TrimLeft(before[o[1]:], " ,")
		}
	}
	if count != 1 || first == "" || strings.ContainsAny(first, ",;:()\"“”") {
		return "", 0, 0
	}
	ws := strings.Fields(first)
	if len(ws) > 0 && datePreps[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1] // the date's preposition, when its span leaves it
	}
	// a subject and its verb group, nothing after: no object that
	// the pronoun could stand for
	k := len(ws) - 1
	if k < 1 {
		return "", 0, 0
	}
	if last := ws[k]; !unicode.IsLower(firstRune(last)) || nonVerbsEd[last] || !(pastOrModal(last) && !modalVerbs[last] && !subjectVerbs[last] || irregularPast[last] ||
		(auxiliaries[ws[k-1]] || ws[k-1] == "been") && pastParticipleRe.MatchString(last)) { // ("were born")
		return "", 0, 0
	}
	for k > 0 && (auxiliaries[ws[k-1]] || ws[k-1] == "been") {
		k--
	}
	subj := ws[:k]
	if len(subj) == 0 || len(subj) > 5 || hasVerb(subj) {
		return "", 0, 0
	}
	lw := strings.ToLower(subj[0])
	if !subjectArticles[lw] && !(unicode.IsUpper(firstRune(subj[0])) && !pronouns[lw] && !leadPreps[lw] && !subordinators[lw] && !clauseAdverbs[lw] && !determiners[lw]) {
		return "", 0, 0
	}
	for _, w := range subj[1:] {
		if lw := strings.ToLower(w); pronouns[lw] || subordinators[lw] || leadPreps[lw] || w == "and" || w == "or" {
			return "", 0, 0 // ("The shop and the cafe", "The hall in Leeds": more than one thing)
		}
	}
	s := strings.Join(subj, " ")
	person := personName(subj) && !orgNamed(s)
	plural := agree(s, "says") == "say"
	switch pron {
	case "it":
		if plural || person {
			return "", 0, 0
		}
	case "they":
		if !plural {
			return "", 0, 0
		}
	default:
		if !person {
			return "", 0, 0
		}
	}
	return s, p, len(pron)
}

// nounPhraseLinks join words inside one noun phrase, so that an article
// after them opens no new one: "the end of the war", "the mill and the
// barn".
var nounPhraseLinks = map[string]bool{"of": true, "and": true, "or": true, "&": true, "for": true, "to": true, "with": true, "from": true,
	"in": true, "on": true, "at": true, "by": true, "near": true, "over": true, "under": true, "into": true}

// leadPhraseThenSubject reports whether clause, what follows an "after"
// or "before" that opens the sentence (lead is what stands before that
// word: nothing, or "Soon"), is the phrase's noun and then the main
// clause with its own article-led subject: "Soon after the war the firm
// closed" is the firm's closing, no clause "the war the firm closed".
func leadPhraseThenSubject(lead, clause string) bool {
	if lw := strings.ToLower(strings.TrimSpace(lead)); lw != "" && !nearBoundAdverbs[lw] {
		return false
	}
	return subjectAfterLead(strings.Fields(clause)) > 0
}

// subjectAfterLead returns the index in ws (the words after a leading
// preposition: "the war the firm closed") of the article that opens the
// main clause's subject after the preposition's noun phrase: an article
// right after a noun, not after a preposition or "and" ("the end of the
// war"), with a verb within the next four words; 0 when there is none.
func subjectAfterLead(ws []string) int {
	if len(ws) < 4 || !subjectArticles[strings.ToLower(ws[0])] {
		return 0
	}
	for k := 2; k < len(ws)-1 && k <= 6; k++ {
		w, prev := ws[k], strings.ToLower(ws[k-1])
		if titleVerb(prev) || strings.ContainsAny(prev, ",;:()\"“”") {
			return 0 // a verb or a break before any subject: a clause of its own
		}
		if !subjectArticles[w] || nounPhraseLinks[prev] || subjectArticles[prev] {
			continue
		}
		for j := k + 2; j < len(ws) && j <= k+4; j++ {
			if titleVerb(strings.TrimRight(ws[j], ".!?")) && !titleVerb(ws[j-1]) {
				return k
			}
		}
		return 0
	}
	return 0
}

// subjectBeforePresent is subjectVerb for a main clause in the present,
// or with an adverb after its subject: "the bridge still" of "the bridge
// still stands", "the mill stands" of "the mill stands on the river": a
// determiner's noun phrase and the word after it (a verb in "s" before
// an article, a preposition or the end: not "the steel works closed").
func subjectBeforePresent(clause string) string {
	ws := strings.Fields(clause)
	if len(ws) < 3 || !determiners[strings.ToLower(ws[0])] || ws[0] == "of" {
		return ""
	}
	for i := 1; i < len(ws) && i <= 4; i++ {
		if lw := strings.ToLower(ws[i]); i >= 2 && (stillAdverbs[lw] || presentS(lw) && (i+1 == len(ws) || determiners[strings.ToLower(ws[i+1])] || datePreps[strings.ToLower(ws[i+1])] || leadPreps[strings.ToLower(ws[i+1])])) {
			return strings.Join(ws[:i+1], " ")
		}
		if !npWord(ws[i]) && !unicode.IsUpper(firstRune(ws[i])) {
			return ""
		}
	}
	return ""
}

// npWord reports whether w, after a determiner, may be a word of its
// noun phrase: a noun or an adjective, even one spelt as a verb is ("the
// plan", "the old house"), not a function word, an adverb or a past form.
func npWord(w string) bool {
	lw := strings.ToLower(w)
	return isLowerWord(w) && !stopWords[lw] && !functionWords[lw] && !datePreps[lw] && !modalVerbs[lw] && !auxiliaries[lw] &&
		!mannerAdverb(lw) && !strings.HasSuffix(lw, "ed") && !irregularPast[lw]
}

// stillAdverbs stand between a subject and its verb in the present:
// "the bridge still stands", "the hall now houses a library".
var stillAdverbs = map[string]bool{"still": true, "now": true, "today": true, "also": true, "remains": true, "stands": true, "survives": true, "houses": true}

// openingParticipleTitle titles a date in a participle phrase that opens
// the sentence before its subject: "Opened in 1850, the mill closed in
// 1902" is "The mill was opened" for 1850 ("Founded in 1901 by two
// brothers, the firm ..." "The firm was founded by two brothers"); the
// main clause is another event, or none ("Opened in 1850, the mill is
// now a museum" was dated 1850).
func openingParticipleTitle(sent string, ds, de int, others [][2]int) (string, bool) {
	w := firstWord(sent)
	lw := strings.ToLower(w)
	if w == "" || !unicode.IsUpper(firstRune(w)) || !pastParticipleRe.MatchString(lw) || !isVerbWord(lw) || nonVerbsEd[lw] || ds <= len(w) {
		return "", false
	}
	c := strings.Index(sent, ", ")
	if c < de || strings.ContainsAny(sent[:ds], ",;:()\"“”") || strings.ContainsAny(sent[de:c], ";:()\"“”") || len(strings.Fields(sent[:c])) > 10 {
		return "", false
	}
	if nw := firstWord(sent[len(w):]); nw == "" || !unicode.IsLower(firstRune(nw)) || titleVerb(nw) {
		return "", false // ("Ahmed moved to Leeds in 1990, ...": a name, its verb)
	}
	main := strings.TrimRight(sent[c+2:], ".!? ")
	sv := subjectVerb(main)
	if sv == "" {
		sv = subjectBeforePresent(main)
	}
	k := strings.LastIndexByte(sv, ' ')
	if k <= 0 || len(strings.Fields(sv)) > 5 {
		return "", false
	}
	subj := sv[:k]
	sw := strings.ToLower(firstWord(subj))
	be := "was"
	switch {
	case sw == "they" || sw == "we":
		be = "were"
	case pronouns[sw]:
		if subj != firstWord(subj) {
			return "", false
		}
	case subjectArticles[sw] || unicode.IsUpper(firstRune(subj)) && !leadPreps[sw] && !subordinators[sw] && !determiners[sw] && !clauseAdverbs[sw]:
		be = agree(subj, "was")
	default:
		return "", false
	}
	body := sent[:c]
	spans := [][2]int{{ds, de}}
	for _, o := range others {
		if o[1] <= c && o[0] >= len(w) && o != [2]int{ds, de} {
			spans = append(spans, o)
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return b[0] - a[0] })
	for _, o := range spans {
		body = removeSpan(body, o[0], o[1])
	}
	body = strings.Join(strings.Fields(body), " ")
	return titleFirst(subj) + " " + be + " " + lw + body[len(w):], true
}

// leadInPhrase reports whether lead, the words of a sentence before its
// first date, are a prepositional phrase that opens it and holds no verb
// nor comma: "At a press conference on", "In a statement issued on"
// ("issued" a participle of the noun's), "During the debate on".
func leadInPhrase(lead string) bool {
	ws := strings.Fields(lead)
	if len(ws) < 2 || len(ws) > 8 || strings.ContainsAny(lead, ",;:()") || !leadPreps[strings.ToLower(strings.TrimLeft(ws[0], "*_\"“"))] {
		return false
	}
	for _, w := range ws[1:] {
		if titleVerb(w) && !pastParticipleRe.MatchString(w) || pronouns[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// speakerConjunct returns where the verb after " and " opens in body, a
// reported clause, when that verb is the speaker's second
// (speakersSecondVerb) and the date at ds is in its phrase: "said the
// army would begin clearing debris and promised homes before
// Christmas". said is the reporting verb.
func speakerConjunct(body string, ds int, said string) (int, bool) {
	k := strings.LastIndex(body[:ds], " and ")
	if k < 0 {
		return 0, false
	}
	vs := k + len(" and ")
	verb := firstWord(body[vs:])
	if strings.ContainsAny(body[vs:ds], ",;:") || slices.ContainsFunc(strings.Fields(body[vs+len(verb):ds]), func(w string) bool {
		return modalVerbs[strings.ToLower(w)] || auxiliaries[strings.ToLower(w)]
	}) {
		return 0, false // "and homes will be built by June": a clause of its own
	}
	if !speakersSecondVerb(body[:k], verb, said) {
		return 0, false
	}
	return vs, true
}

// speakersSecondVerb reports whether verb, after "and" at the end of
// the reported clause, goes back to the reporting verb said rather than
// to the clause: the clause's verb has a modal ("would begin"), which a
// past form cannot share ("said the army would begin clearing debris and
// promised homes": the promise is the speaker's); after a reporting verb
// in the present the second verb is in "s" ("says the road will reopen
// in May and promises a bridge"). Not after an auxiliary a participle
// may share ("would have begun ... and promised", "would be cleared and
// removed"), nor a form that is its own base ("would begin work and set
// up camps"), nor after a clause with a list or a clause of its own.
func speakersSecondVerb(clause, verb, said string) bool {
	said, verb = strings.ToLower(said), strings.ToLower(verb)
	if reportingVerbs[said] == "" {
		return false
	}
	if reportingVerbs[said] == said {
		// a telling in the present ("says"): the second verb is in "s"
		if !presentS(verb) {
			return false
		}
	} else if !(strings.HasSuffix(verb, "ed") && isVerbWord(verb) || irregularPast[verb] && !sameFormPast[verb]) {
		return false
	}
	words := strings.Fields(clause)
	if len(words) > 0 && strings.ToLower(words[0]) == "that" {
		words = words[1:]
	}
	modal := -1
	for i, w := range words {
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:") || lw == "and" || lw == "or" || lw == "but" || lw == "that" || lw == "which" || lw == "who" {
			return false // a clause or a list of its own before the "and"
		}
		if auxiliaries[lw] || lw == "been" || lw == "be" || lw == "being" {
			return false // "would be cleared and removed": the auxiliary may be the second verb's too
		}
		if modalVerbs[lw] && modal < 0 {
			modal = i
		}
	}
	if modal < 1 || modal+1 >= len(words) {
		return false
	}
	b := strings.ToLower(words[modal+1])
	if b == "not" && modal+2 < len(words) {
		b = strings.ToLower(words[modal+2])
	}
	return b != "not" && !strings.HasSuffix(b, "ed") && !presentS(b) && !irregularPast[b]
}

// sameFormPast are past forms spelt as their base: after "and" they may
// share the modal before ("would begin work and set up camps").
var sameFormPast = map[string]bool{
	"shut": true, "cut": true, "quit": true, "split": true, "spread": true, "cast": true, "cost": true, "hurt": true,
	"beat": true, "put": true, "set": true, "let": true, "hit": true, "read": true, "bet": true, "upset": true,
}
