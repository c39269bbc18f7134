package extract

import (
	"strings"
	"unicode"
)

// A timeline shows each event apart from the sentences around it, so a
// headline that opens with "He" or "She" says nothing of who acted. The
// pronoun is named when its paragraph leaves no doubt: one person is
// named in it before the pronoun, and nothing else there could be "he"
// or "she" (no second name, no "the minister", no pronoun of the other
// gender, no capitalised word that may be a person's).

// resolvePerson names the subject of a headline that opens with "He" or
// "She" by the one person its paragraph names before the pronoun ("Tom
// Ellison was born in 1921. He died in 1990." gives "Tom Ellison died"
// for 1990). ok is false when the pronoun stays: another person could
// be meant, or the paragraph names no one.
func (x *sectionExtractor) resolvePerson(title string) (string, bool) {
	w := firstWord(title)
	if (w != "He" && w != "She") || !strings.HasPrefix(title, w+" ") {
		return "", false
	}
	text := x.sec.Text
	cur := x.sents[x.cur].Of(text)
	if strings.ContainsAny(cur, "\"“”") {
		return "", false // words quoted: "he" may be the quoted speaker's someone
	}
	at := pronounAt(cur, strings.ToLower(w))
	if at < 0 {
		return "", false
	}
	var m mentions
	first := x.cur
	for first > 0 && !paragraphBreak(text[x.sents[first-1].End:x.sents[first].Start]) {
		first--
	}
	for i := first; i < x.cur; i++ {
		m.scan(x.sents[i].Of(text))
	}
	m.scan(cur[:at])
	if m.other || len(m.names) != 1 {
		return "", false
	}
	she := w == "She"
	if she && m.he || !she && m.she {
		return "", false // "he" and "she" before: two people
	}
	name := m.names[0]
	if g := honorificGender[firstWord(strings.TrimSuffix(firstWord(name), "."))]; g != 0 && (g == 'f') != she {
		return "", false // "Mr Hale ... She": another person
	}
	return name + title[len(w):], true
}

// pronounAt returns where the subject pronoun p ("he", "she") stands in
// sentence s, -1 when it is not there as a word.
func pronounAt(s, p string) int {
	for i := 0; i < len(s); {
		j := strings.IndexFunc(s[i:], unicode.IsLetter)
		if j < 0 {
			return -1
		}
		i += j
		k := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) })
		if k < 0 {
			k = len(s) - i
		}
		if strings.ToLower(s[i:i+k]) == p {
			return i
		}
		i += k
	}
	return -1
}

// paragraphBreak reports whether the text between two sentences holds a
// blank line.
func paragraphBreak(gap string) bool {
	for {
		i := strings.IndexByte(gap, '\n')
		if i < 0 {
			return false
		}
		gap = gap[i+1:]
		if rest := strings.TrimLeft(gap, " \t\r"); strings.HasPrefix(rest, "\n") {
			return true
		}
	}
}

// mentions gathers who a paragraph's words may refer to: the persons it
// names (one entry each, its fullest form), whether it holds a
// third-person pronoun of either gender, and whether some other word
// may be a person (a role, a capitalised word that is not a known name).
type mentions struct {
	names   []string
	he, she bool
	other   bool
}

// honorificGender gives the gender a title before a name tells: 'm' or
// 'f'.
var honorificGender = map[string]byte{
	"Mr": 'm', "Sir": 'm', "Lord": 'm', "King": 'm', "Prince": 'm', "Mrs": 'f', "Ms": 'f', "Miss": 'f',
	"Lady": 'f', "Dame": 'f', "Queen": 'f', "Princess": 'f',
}

// honorifics open a person's name: "Mr Hale", "Dr Amina Yusuf".
var honorifics = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Sir": true, "Dame": true, "Lady": true,
	"Lord": true, "Prof": true, "Professor": true, "Rev": true, "Mx": true,
}

// placePreps put a capitalised word after them in a place: "in Leeds",
// "near York".
var placePreps = map[string]bool{
	"in": true, "at": true, "near": true, "into": true, "across": true, "outside": true, "inside": true,
	"around": true, "through": true, "via": true, "towards": true, "toward": true, "to": true, "from": true,
	"for": true, "of": true, "on": true, "off": true, "over": true, "under": true, "within": true, "throughout": true,
}

// personRoles are common nouns for a person that personNoun's endings
// do not catch.
var personRoles = map[string]bool{
	"man": true, "woman": true, "king": true, "queen": true, "prince": true, "princess": true, "friend": true,
	"partner": true, "uncle": true, "aunt": true, "cousin": true, "niece": true, "nephew": true, "widower": true,
	"doctor": true, "priest": true, "bishop": true, "pope": true, "emperor": true, "empress": true, "duke": true,
	"duchess": true, "earl": true, "countess": true, "lord": true, "lady": true, "general": true, "colonel": true,
	"sergeant": true, "soldier": true, "officer": true, "official": true, "coach": true, "author": true, "actor": true,
	"actress": true, "poet": true, "lawyer": true, "boss": true, "colleague": true, "neighbour": true, "neighbor": true,
	"rival": true, "successor": true, "predecessor": true, "governor": true, "senator": true, "spokesperson": true,
	"baby": true, "infant": true, "teacher": true, "pupil": true, "player": true, "owner": true, "founder": true,
	"leader": true, "manager": true, "director": true, "singer": true, "writer": true, "farmer": true, "worker": true,
	"employer": true, "employee": true, "landlord": true, "landlady": true, "grandfather": true, "grandmother": true,
	"grandson": true, "granddaughter": true, "stepfather": true, "stepmother": true, "fiancé": true, "fiancée": true,
	"bride": true, "groom": true, "detective": true, "constable": true, "inspector": true, "pilot": true,
}

// personWord reports whether lw, a lower-case word, names a person: a
// role or a kin word, or a noun of personNoun's endings that is none of
// the common things spelt so ("the river", "the summer").
func personWord(lw string) bool {
	return personRoles[lw] || personNoun(lw) && !thingsLikeRoles[lw]
}

// thingsLikeRoles end as personNoun's roles do but name things.
var thingsLikeRoles = map[string]bool{
	"river": true, "summer": true, "winter": true, "number": true, "letter": true, "border": true, "order": true,
	"water": true, "paper": true, "corner": true, "power": true, "tower": true, "matter": true, "center": true,
	"centre": true, "floor": true, "door": true, "color": true, "colour": true, "error": true, "factor": true,
	"sector": true, "mirror": true, "motor": true, "labor": true, "labour": true, "harbor": true, "harbour": true,
	"honor": true, "honour": true, "chapter": true, "cancer": true, "dinner": true, "weather": true, "manner": true,
	"computer": true, "meter": true, "metre": true, "theater": true, "theatre": true, "quarter": true, "october": true,
	"november": true, "december": true, "september": true, "later": true, "after": true, "never": true, "other": true,
	"together": true, "whether": true, "however": true, "under": true, "over": true, "rather": true, "either": true,
	"neither": true, "further": true, "earlier": true, "former": true, "latter": true, "liver": true, "silver": true,
	"timber": true, "shelter": true, "charter": true, "register": true, "poster": true, "career": true, "shoulder": true,
	"finger": true, "hunger": true, "danger": true, "disorder": true, "flavour": true, "favour": true, "vigour": true,
	"humour": true, "behaviour": true, "neighbourhood": true, "tractor": true, "reactor": true, "elevator": true,
	"corridor": true, "monitor": true, "indicator": true, "generator": true, "radiator": true, "calculator": true,
	"human": true, "german": true, "roman": true,
}

// ownerDeterminers make the noun after them a particular one: "the
// minister", "his father".
var ownerDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "another": true, "one": true,
}

// predicateLinks stand before "a" or "an" whose noun says what someone
// is, no one else: "was a farmer", "became a doctor", "worked as a
// teacher", ", a farmer,".
var predicateLinks = map[string]bool{
	"was": true, "is": true, "became": true, "becomes": true, "remained": true, "as": true, "be": true, "been": true,
}

// scan adds what sentence s (or the part of one) says of persons to m.
func (m *mentions) scan(s string) {
	words := strings.Fields(s)
	for i := 0; i < len(words); i++ {
		core := strings.Trim(words[i], "\"“”‘’'()[],;:.!?*_")
		core = strings.TrimSuffix(strings.TrimSuffix(core, "’s"), "'s")
		lw := strings.ToLower(core)
		switch lw {
		case "he", "him", "his", "himself":
			m.he = true
			continue
		case "she", "her", "hers", "herself":
			m.she = true
			continue
		}
		if core == "" {
			continue
		}
		if !unicode.IsUpper(firstRune(core)) {
			if personWord(lw) && i > 0 && !m.predicate(words, i) {
				m.other = true // "the minister", "his father": someone else
			}
			continue
		}
		// a run of capitalised words, which a comma or a stop ends
		j := i
		var run []string
		for j < len(words) {
			c := strings.Trim(words[j], "\"“”‘’'()[]*_")
			end := strings.ContainsAny(c, ",;:!?") || strings.HasSuffix(c, ".") && !honorifics[strings.TrimSuffix(c, ".")] && len(c) > 2
			c = strings.TrimRight(c, ",;:.!?")
			c = strings.TrimSuffix(strings.TrimSuffix(c, "’s"), "'s")
			if c == "" || !unicode.IsUpper(firstRune(c)) && !(len(run) > 0 && connectors[c] && j+1 < len(words) && unicode.IsUpper(firstRune(words[j+1]))) {
				break
			}
			run = append(run, c)
			j++
			if end {
				break
			}
		}
		if len(run) == 0 {
			continue
		}
		i = j - 1
		start := j - len(run)
		if start == 0 || closesSentence(words[start-1]) {
			// (the sentence's first word is capitalised for being first)
			if fw := strings.ToLower(run[0]); commonOpener(fw) {
				run = run[1:]
				start++
			}
		}
		if len(run) == 0 {
			continue
		}
		m.run(run, words, start)
	}
}

// closesSentence reports whether the word w closes a sentence, so the word
// after it is capitalised for being first.
func closesSentence(w string) bool {
	w = strings.TrimRight(w, "\"”’')")
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}

// commonOpener reports whether lw, capitalised at a sentence's start, is
// a common word rather than a name: "The", "In", "After", "Later".
func commonOpener(lw string) bool {
	return stopWords[lw] || functionWords[lw] || determiners[lw] || leadPreps[lw] || datePreps[lw] || subordinators[lw] ||
		introConjunctions[lw] || timeWords[lw] || pronouns[lw] || numberWords[lw] || sequenceAdverbs[lw] || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing")
}

// run adds the capitalised words run, which start words[start], to m.
func (m *mentions) run(run []string, words []string, start int) {
	name := strings.Join(run, " ")
	prev := ""
	if start > 0 {
		prev = strings.ToLower(strings.Trim(words[start-1], "\"“”‘’'()[]*_"))
	}
	switch {
	case monthWeekday[strings.ToLower(run[0])] && len(run) == 1, strings.ContainsAny(name, "0123456789"):
		return
	case len(run) == 1 && len(run[0]) > 1 && strings.ToUpper(run[0]) == run[0]:
		return // an acronym: a body ("NASA", "BBC")
	case ownerDeterminers[prev] || prev == "these" || prev == "those":
		return // "the Royal Navy", "an English farmer"
	}
	person := honorifics[strings.TrimSuffix(run[0], ".")] || personLike(name) && personName(run) ||
		len(run) == 1 && (start == 0 || closesSentence(words[start-1])) && bareSurname(run[0], afterAside(words, start))
	if !person {
		if placePreps[prev] {
			return // "in Leeds", "to London", "at Leeds City Council": a place or a body
		}
		if k := m.known(name); k >= 0 {
			return // "Ellison" after "Tom Ellison"
		}
		m.other = true // a word that may be a person's name
		return
	}
	if k := m.known(name); k >= 0 {
		if len(name) > len(m.names[k]) {
			m.names[k] = name
		}
		return
	}
	m.names = append(m.names, name)
}

// bareSurname reports whether w, one capitalised word that opens a
// sentence, is a person named by the surname alone ("Okafor joined the
// agency in 2009"): the verb after it tells what only a person does
// (personVerbs, or "was born", "was appointed"), which a place, a body or
// a common noun capitalised for opening the sentence rarely does
// ("Reuters reported", "London hosted", "Inflation rose").
func bareSurname(w string, after []string) bool {
	if len(w) < 3 || orgNamed(w) || len(after) == 0 {
		return false
	}
	v := strings.ToLower(strings.Trim(after[0], ",;:"))
	if v == "joined" {
		// "Okafor joined the agency", not "Britain joined the EEC": a
		// person joins a body told by a common noun, a country one named
		return len(after) > 2 && ownerDeterminers[strings.ToLower(after[1])] && unicode.IsLower(firstRune(after[2]))
	}
	if personVerbs[v] {
		return true
	}
	if (v == "was" || v == "is") && len(after) > 1 {
		p := strings.ToLower(strings.Trim(after[1], ",;:."))
		return p == "born" || passiveOnly[p] && p != "released" && p != "named" && p != "banned" && p != "awarded"
	}
	return false
}

// afterAside returns the words after words[start], past an aside set off
// by commas after it ("Banda, the team's lead mechanic, was injured"
// gives "was injured").
func afterAside(words []string, start int) []string {
	if !strings.HasSuffix(words[start], ",") {
		return words[start+1:]
	}
	for k := start + 1; k < len(words) && k <= start+6; k++ {
		if strings.HasSuffix(words[k], ",") {
			return words[k+1:]
		}
	}
	return nil
}

// personVerbs are verbs of what a person does in a life or a career,
// seldom said of a place, a body or a thing: "Okafor joined", "Hale
// resigned".
var personVerbs = map[string]bool{
	"graduated": true, "studied": true, "married": true, "resigned": true, "retired": true,
	"died": true, "emigrated": true, "enlisted": true, "enrolled": true,
	"testified": true, "pleaded": true, "confessed": true, "apologised": true, "apologized": true, "divorced": true,
	"remarried": true, "wed": true, "defected": true, "campaigned": true, "starred": true,
}

// known returns which of m's names name stands for ("Ellison", "Mr
// Ellison" for "Tom Ellison"): the one holding all of its words but an
// honorific; -1 when none does.
func (m *mentions) known(name string) int {
	ws := strings.Fields(name)
	if len(ws) > 1 && honorifics[strings.TrimSuffix(ws[0], ".")] {
		ws = ws[1:]
	}
	for k, n := range m.names {
		have := strings.Fields(n)
		all := true
		for _, w := range ws {
			if !containsWord(have, w) {
				all = false
				break
			}
		}
		if all {
			return k
		}
		all = true
		for _, w := range have {
			if !honorifics[strings.TrimSuffix(w, ".")] && !containsWord(ws, w) {
				all = false
				break
			}
		}
		if all {
			return k
		}
	}
	return -1
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// predicate reports whether the person noun words[i] says what someone
// already named is ("was a farmer", "worked as a teacher", "Jones, a
// farmer"), or has no determiner: it names no one else then.
func (m *mentions) predicate(words []string, i int) bool {
	if strings.HasSuffix(words[i], ",") {
		// "Banda, the team's lead mechanic, was injured": an aside set
		// off by commas after a name says what the named one is
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if strings.HasSuffix(words[k], ",") {
				if unicode.IsUpper(firstRune(words[k])) {
					return true
				}
				break
			}
		}
	}
	d := -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		lw := strings.ToLower(strings.Trim(words[k], "\"“”‘’'()"))
		if ownerDeterminers[lw] || strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s") {
			d = k
			break
		}
		if strings.ContainsAny(words[k], ",;:.") {
			break
		}
	}
	if d < 0 {
		return true // no determiner: "farmer" in "farmer Tom Ellison", a plural's word
	}
	if lw := strings.ToLower(words[d]); lw != "a" && lw != "an" {
		return false
	}
	if d == 0 {
		return false
	}
	before := strings.ToLower(words[d-1])
	return predicateLinks[before] || strings.HasSuffix(before, ",")
}
