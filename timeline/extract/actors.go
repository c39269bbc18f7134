package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxActors is the most actors an event lists.
const maxActors = 6

// Actors returns the people and organisations a sentence names, by a light
// method: runs of capitalised words ("Human Rights Watch", "Lu Kang",
// "Ministry of Foreign Affairs"), acronyms ("NATO", "HRW"), and a name or
// adjective followed by an organisation noun ("the Aksu city government",
// "Chinese authorities"). A lone capitalised word that is neither an
// acronym nor followed by such a noun is left out (it is as often a place
// as an actor), as are words inside quotation marks (titles, slogans),
// month and weekday names, and the word that merely opens the sentence.
func Actors(sentence string) []string { return findActors(sentence, "") }

// withSender puts the sender of a chat's message (Section.Speaker) first
// among the actors of its events: the reader tells who wrote it, a name
// or a handle ("Mum", "tom.b"), which its words need not name.
func withSender(actors []string, sender string) []string {
	sender = strings.TrimSpace(sender)
	if sender == "" || len(sender) > 60 {
		return actors
	}
	out := make([]string, 0, len(actors)+1)
	out = append(out, sender)
	for _, a := range actors {
		if actorKey(a) != actorKey(sender) && len(out) < maxActors {
			out = append(out, a)
		}
	}
	return out
}

// findActors is Actors with the speaker of a statement put first.
// tickerRe matches a stock ticker in brackets: "(OSE: NWE)", "(NASDAQ:
// ACME)".
var tickerRe = regexp.MustCompile(`\s*\((?:[A-Z][A-Za-z]{1,9}): ?[A-Z][A-Z.]{0,7}\)`)

func findActors(s, speaker string) []string {
	if strings.Contains(s, ":") {
		// Tickers are no actors: blanked, so that offsets stay.
		s = tickerRe.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
		speaker = tickerRe.ReplaceAllString(speaker, "")
	}
	if strings.IndexFunc(s, unicode.IsLower) < 0 && len(strings.Fields(s)) >= 4 {
		// a line all in capitals ("...WINTER STORM WARNING IN EFFECT
		// FROM 6 PM THIS EVENING..."): its capitals mark no names
		s = ""
	}
	if n := speakerLabel(s); n > 1 && strings.HasSuffix(strings.TrimSpace(s[:n-1]), ")") {
		// "The Secretary of State for Transport (Emma Rowe):", "Mr
		// Gareth Pryce (Leeds North):": the label's name is the
		// speaker, its post's or seat's capitals no actor ("State for
		// Transport")
		if speaker == "" {
			speaker = labelName(s[:n-1])
		}
		s = strings.Repeat(" ", n) + s[n:]
	}
	if n := roleInitialLabel(s); n > 0 {
		// "Q. Do you remember ...": a transcript's label names no one
		s = strings.Repeat(" ", n) + s[n:]
	}
	if n := bulletLabel(s); n > 0 {
		// a bulletin's label ("ADDITIONAL DETAILS...") names no one
		s = strings.Repeat(" ", n) + s[n:]
	}
	var out []string
	seen := map[string]bool{}
	add := func(a string) {
		a = strings.TrimSpace(strings.Trim(a, " ,;:.*_-–—"))
		a = strings.TrimSuffix(strings.TrimSuffix(a, "’s"), "'s")
		a = strings.TrimPrefix(a, "the ")
		k := actorKey(a)
		if a == "" || seen[k] || len(out) >= maxActors || !actorLike(a) {
			return
		}
		seen[k] = true
		out = append(out, a)
	}
	if speaker != "" && speakerIsName(cleanHeadline(speaker)) {
		add(cleanHeadline(speaker))
	}
	// A dateline names a place and an agency, not who acts: "NEW YORK
	// (AP) — ", "OSLO, June 3, 2021 /PRNewswire/ -- ".
	from := 0
	if loc := actorDatelineRe.FindStringIndex(s); loc != nil {
		from = loc[1]
	}
	toks := tokenize(s[from:])
	for k := range toks {
		toks[k].start += from
		toks[k].end += from
	}
	inQuote := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.quote {
			inQuote = !inQuote
			if t.text == "“" {
				inQuote = true
			} else if t.text == "”" {
				inQuote = false
			}
			continue
		}
		if inQuote || !t.word || !t.capital {
			continue
		}
		// A run of capitalised words joined by connectors.
		j := i + 1
		last := i
		for j < len(toks) {
			u := toks[j]
			if u.lineBefore {
				break // a name never runs over a line break
			}
			if u.word && u.capital {
				last = j
				j++
				continue
			}
			if u.word && connectors[u.text] && j+1 < len(toks) && toks[j+1].word && toks[j+1].capital && !toks[j+1].gapBefore && !dateWord(toks[j+1].text) &&
				!dateWord(toks[j-1].text) &&
				!toks[j+1].lineBefore && !notActors[toks[j+1].text] {
				j++
				continue
			}
			if u.hyphen && j+1 < len(toks) && toks[j+1].word {
				j++
				continue
			}
			break
		}
		first := i
		// Drop an opening word of the sentence and date words at the edges.
		for first <= last && (dateWord(toks[first].text) || (toks[first].sentStart && openerWord(toks[first].text)) || titleWords[toks[first].text] ||
			first > i && connectors[toks[first].text] || pointerWords[toks[first].text]) {
			first++ // ("Either party", "This Agreement", "What Artemis": no names)
		}
		if last >= first && definedTerms[toks[last].text] && !toks[last].sentStart {
			continue // "the Effective Date", "this Agreement": a contract's defined terms, no one acting
		}
		for last >= first && (dateWord(toks[last].text) || connectors[toks[last].text] || toks[last].hyphen || notActors[toks[last].text] && !romanNumeral(toks[last].text)) {
			last-- // "Mid-December" leaves no "Mid-"; "Solbay Wind AS for NOK" no "NOK"
		}
		for last >= first && connectors[toks[last].text] {
			last--
		}
		if last >= first && last+1 < len(toks) && toks[last+1].hyphen && !toks[last+1].lineBefore {
			last-- // "an American U-2 spy plane": not "American U"
		}
		i = j - 1
		if first > last {
			continue
		}
		span := s[toks[first].start:toks[last].end]
		words := last - first + 1
		// Organisation nouns after the run: "city government", "authorities".
		if k, end := orgTail(toks, last+1); k > 0 {
			span = s[toks[first].start:end]
			add(span)
			i = k - 1
			continue
		}
		if words == 1 && (!isAcronym(span) || notActors[span]) && !namedBody(toks, first) {
			continue
		}
		add(span)
	}
	return out
}

type token struct {
	text       string
	start, end int
	word       bool // letters (with inner hyphens or apostrophes)
	capital    bool
	quote      bool
	hyphen     bool
	sentStart  bool // first word of the text or after a colon
	gapBefore  bool // punctuation other than space before it
	lineBefore bool // a line break before it
}

func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1) // about one token per six bytes
	first := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '.' && j+n2 < len(s) && isUpperAt(s, j+n2) && isUpperAt(s, j-1) {
					j += n2
					continue
				}
				if r2 == '.' && j-i == 1 && isUpperAt(s, i) {
					// An initial: "F." in "John F. Kennedy".
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(s) && s[j+n2] != 's' {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2 // O'Brien, but not the possessive
						continue
					}
				}
				break
			}
			w := s[i:j]
			toks = append(toks, token{text: w, start: i, end: j, word: true, capital: unicode.IsUpper(r), sentStart: first})
			first = false
			i = j
		default:
			t := token{text: s[i : i+n], start: i, end: i + n}
			switch r {
			case '"', '“', '”':
				t.quote = true
			case '-':
				t.hyphen = true
			case ':':
				first = true
			case '\'', '’':
				// possessive 's: skip it
				if i+n < len(s) && s[i+n] == 's' {
					n++
					t.end = i + n
				}
			}
			toks = append(toks, t)
			i += n
		}
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].word && !toks[k-1].word && !toks[k-1].hyphen {
			toks[k].gapBefore = true
		}
		if strings.ContainsAny(s[toks[k-1].end:toks[k].start], "\n\r") {
			toks[k].lineBefore = true
		}
	}
	return toks
}

func isUpperAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

var connectors = map[string]bool{"of": true, "for": true, "the": true, "de": true, "du": true, "van": true, "von": true, "al": true, "on": true, "la": true}

// titleWords are roles that precede a name but are not part of it.
var titleWords = map[string]bool{
	"Spokesperson": true, "Spokesman": true, "Spokeswoman": true, "President": true,
	"Minister": true, "Secretary": true, "Director": true, "Chairman": true,
	"Ambassador": true, "Premier": true, "Chancellor": true, "Governor": true,
	"Senator": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true,
	"General": true, "King": false, "Queen": false,
}

var orgNouns = map[string]bool{
	"government": true, "authorities": true, "police": true, "ministry": true,
	"council": true, "court": true, "army": true, "military": true, "parliament": true,
	"officials": true, "forces": true, "party": true, "committee": true,
	"administration": true, "agency": true, "company": true, "navy": true,
	"troops": true, "regime": true, "senate": true, "congress": true, "legislature": true,
}

// orgTail matches up to two lower-case words ending in an organisation
// noun at toks[k:]; it returns the index after it and its end offset.
// tailStops are the function words that end a name before an organisation
// noun could follow it.
var tailStops = map[string]bool{
	"with": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"and": true, "or": true, "but": true, "to": true, "in": true, "on": true, "at": true, "by": true,
	"for": true, "from": true, "of": true, "the": true, "a": true, "an": true, "that": true, "which": true,
	"who": true, "as": true, "into": true, "against": true, "than": true, "this": true, "these": true, "those": true,
	"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true,
}

func orgTail(toks []token, k int) (int, int) {
	for n := 0; n < 3 && k+n < len(toks); n++ {
		t := toks[k+n]
		if !t.word || t.capital || tailStops[t.text] {
			return 0, 0 // "crossed the Rubicon with his army": no actor "Rubicon with his army"
		}
		if orgNouns[t.text] {
			return k + n + 1, t.end
		}
	}
	return 0, 0
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

var monthWeekday = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tomorrow": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"ad": true, "bc": true, "bce": true, "ce": true,
}

func dateWord(w string) bool { return monthWeekday[strings.ToLower(w)] }

func openerWord(w string) bool {
	lw := strings.ToLower(w)
	return openers[lw] || modalVerbs[lw] || subjectVerbs[lw] && lw != "won" && lw != "led" || lw == "according" || lw == "although" || lw == "despite" || lw == "under" || lw == "with" || lw == "q" || lw == "a"
}

// citationSpeaker finds the person a citation's title names as speaking:
// "Foreign Ministry Spokesperson Lu Kang’s Regular Press Conference" gives
// "Lu Kang".
func citationSpeaker(title string) string {
	toks := tokenize(title)
	for i, t := range toks {
		if t.word && titleWords[t.text] {
			// The capitalised words after the role.
			j := i + 1
			for j < len(toks) && toks[j].word && toks[j].capital && !titleWords[toks[j].text] {
				j++
			}
			if j-i-1 >= 2 && j-i-1 <= 4 {
				return title[toks[i+1].start:toks[j-1].end]
			}
		}
	}
	return ""
}

// shortOrg shortens an outlet for a headline: "Ministry of Foreign Affairs
// of the People’s Republic of China" gives "Ministry of Foreign Affairs".
func shortOrg(outlet string) string {
	o := cleanHeadline(outlet)
	if len(o) > 30 {
		if i := strings.Index(o, " of the "); i > 8 {
			o = o[:i]
		}
	}
	return o
}

// notActors are acronyms and capitalised labels that name things, not
// people or organisations: units, currencies, time zones, transcript and
// wire labels.
// pointerWords open a noun phrase that points at something, never a name.
var pointerWords = map[string]bool{
	"This": true, "That": true, "These": true, "Those": true, "Either": true, "Neither": true, "Each": true,
	"Every": true, "What": true, "Which": true, "Whose": true, "Thereafter": true, "Such": true, "Any": true,
	"Another": true, "Both": true, "Whichever": true,
}

// definedTerms end the capitalised terms a contract defines ("the
// Effective Date", "the Initial Term", "the Agreement").
var definedTerms = map[string]bool{
	"Date": true, "Agreement": true, "Term": true, "Period": true, "Party": true, "Parties": true,
	"Clause": true, "Schedule": true, "Fees": true, "Charges": true, "Deliverables": true, "Premises": true,
}

var notActors = map[string]bool{
	"DNA": true, "RNA": true, "GDP": true, "HIV": true, "AIDS": true, "CEO": true, "TV": true,
	"AM": true, "PM": true, "BC": true, "AD": true, "BCE": true, "CE": true, "ID": true,
	"USD": true, "EUR": true, "GMT": true, "UTC": true, "EST": true, "EDT": true, "PDF": true,
	"TCP": true, "IP": true, "URL": true, "OK": true, "II": true, "III": true, "IV": true,
	// Units.
	"GW": true, "MW": true, "KW": true, "TW": true, "GWH": true, "MWH": true, "KWH": true, "TWH": true,
	"KM": true, "MPH": true, "KG": true, "PPM": true, "CO2": true,
	// Currencies.
	"GBP": true, "JPY": true, "CHF": true, "NOK": true, "SEK": true, "DKK": true, "CNY": true, "RMB": true,
	"INR": true, "AUD": true, "CAD": true,
	// Time zones.
	"ET": true, "PT": true, "CT": true, "MT": true, "BST": true, "CET": true, "CEST": true, "EET": true,
	"PST": true, "PDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true, "JST": true, "IST": true,
	"AEDT": true, "AEST": true, "ACDT": true, "ACST": true, "AWST": true, "NZDT": true, "NZST": true, "SAST": true,
	"HKT": true, "SGT": true, "KST": true, "WIB": true,
	// Computing.
	"HTTP": true, "HTTPS": true, "API": true, "SQL": true, "HTML": true, "CSS": true, "JSON": true, "XML": true,
	"DNS": true, "CPU": true, "GPU": true, "RAM": true, "SSD": true, "USB": true, "VPN": true, "SMS": true,
	// Figures.
	"FY": true, "EW": true, "EPS": true, "YOY": true, "QOQ": true, "EBITDA": true, "EBIT": true,
	// Labels of transcripts, wires and releases.
	"QUESTION": true, "ANSWER": true, "Q": true, "A": true, "END": true, "ENDS": true, "NOTE": true,
	"NOTES": true, "UPDATE": true, "BREAKING": true, "EDITOR": true, "EDITORS": true, "MORE": true,
	"CONTACT": true, "SOURCE": true, "PHOTO": true, "VIDEO": true, "REPORTER": true, "MODERATOR": true,
	// Places written as initials.
	"D.C": true, "D.C.": true,
}

// actorDatelineRe matches a dateline opening a story, with or without a
// date: "NEW YORK (AP) — ", "LISBON, Oct 13 (Reuters) - ", "OSLO --".
var actorDatelineRe = regexp.MustCompile(`^\s*\p{Lu}[\p{Lu} .'’-]{1,40}(?:,[^—–\n]{1,60}?)?\s*(?:\([^()\n]{1,40}\))?\s*(?:/[^/\n]{1,30}/)?\s*(?:--|-|—|–)\s+`)

// actorLike reports whether a found name can be an actor: one line, no
// figure in it ("FY2022", "Q3"), not a label or unit, not opened by an
// indefinite article ("A court" is no one in particular).
func actorLike(a string) bool {
	if strings.ContainsAny(a, "\n\r\t0123456789") || notActors[a] || notActors[strings.ToUpper(a)] && !strings.Contains(a, " ") {
		return false
	}
	if w := firstWord(a); w == "A" || w == "An" {
		return false
	}
	if isAcronym(a) && titleWords[titleCase(a)] {
		return false // "SECRETARY:", a transcript's label of a role
	}
	return true
}

// speakerIsName reports whether the subject of a reporting verb names an
// actor: an acronym, or words with a capitalised one after the first
// ("Lu Kang", "The Federal Reserve"); not a description that is
// capitalised only because it opens the sentence ("Residents
// interviewed", "the director", "the group's China director").
func speakerIsName(sp string) bool {
	sp = strings.TrimPrefix(sp, "the ")
	words := strings.Fields(sp)
	if len(words) == 0 || !unicode.IsUpper(firstRune(sp)) {
		return false
	}
	if len(words) == 1 {
		return isAcronym(words[0]) && !notActors[words[0]]
	}
	if orgNouns[strings.ToLower(words[len(words)-1])] && len(words) <= 4 {
		return true // "The regional government", "the city council"
	}
	for _, w := range words[1:] {
		if w == "I" && openerWord(words[0]) {
			continue // "As I said", "When I": the speaker's "I" after a word opening the sentence, no "Elizabeth I"
		}
		if unicode.IsUpper(firstRune(w)) {
			return true
		}
	}
	return false
}

// actorKey identifies an actor across spellings: lower case, each word's
// plural s dropped ("Human Right Watch" is "Human Rights Watch").
func actorKey(a string) string {
	words := strings.Fields(strings.ToLower(a))
	for i, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = w[:len(w)-1]
		}
	}
	return strings.Join(words, " ")
}

// romanNumeral reports whether w is a regnal number: "Innocent III".
func romanNumeral(w string) bool { return strings.Trim(w, "IVX") == "" }

// namedBody reports whether the lone capitalised word toks[k] names an
// institution: "the Senate", "the Parliament" (capitalised after "the",
// not by opening the sentence).
func namedBody(toks []token, k int) bool {
	switch strings.ToLower(toks[k].text) {
	case "senate", "parliament", "congress", "legislature", "navy", "army":
	default:
		return false
	}
	return !toks[k].sentStart && k > 0 && strings.EqualFold(toks[k-1].text, "the")
}
