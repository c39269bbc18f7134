package extract

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
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
// answer is the first sentence of the answer (not the question) in which
// the speaker takes a position ("I would like to say that ..."), else the
// answer's first sentence. date_text is empty: the date is the source's.
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
	for _, s := range x.sents {
		sent := text[s.Start:s.End]
		if n := speakerLabel(sent); n > 0 {
			label := strings.TrimSpace(sent[:n-1])
			switch strings.ToLower(label) {
			case "q", "question", "reporter", "journalist":
				answering = false
			case "a", "answer":
				answering = true
			default:
				answering = true
				if labelled == "" {
					labelled = titleCase(label)
				}
			}
		}
		if answering {
			answers = append(answers, s)
		}
	}
	if len(answers) == 0 {
		answers = x.sents
	}
	key := answers[0]
	for _, s := range answers {
		if stanceRe.MatchString(text[s.Start:s.End]) {
			key = s
			break
		}
	}
	sent := text[key.Start:key.End]
	body := sent
	if n := speakerLabel(body); n > 0 {
		body = strings.TrimSpace(body[n:])
	}
	if loc := stancePrefixRe.FindStringIndex(body); loc != nil && loc[1] < len(body) {
		body = body[loc[1]:]
	}
	speaker, org, who := x.statementWho(labelled)
	title := finishWithPrefix(who+" says ", body)
	if who == "Statement" {
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
	e := timeline.Event{
		Span:    timeline.Span{Start: date},
		Title:   title,
		Text:    sent,
		Sources: []timeline.Citation{x.cit},
		Actors:  actors,
		Pos:     pos,
	}
	it := newItem(e, x.cit.Title)
	it.statement = true
	it.order, it.sec = [2]int{x.di, x.sec.Pos.Offset + key.Start}, [2]int{x.di, x.si}
	return it
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
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
