package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestPassiveByRelativeClause: a passive's "by" phrase whose noun has a
// relative clause ("founded by immigrants who had been worshipping")
// keeps the sentence's own verb when a long title is shortened; the
// relative clause's auxiliary is not spliced onto the subject.
func TestPassiveByRelativeClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "founded by immigrants who had", ref: "2024-01-01",
			text: "Holy Trinity was founded in 1887 by German and Irish immigrants who had been worshipping in a rented hall above a hardware store.",
			want: []brief{{"1887", "in 1887", "Holy Trinity was founded by German and Irish immigrants"}}},
		{name: "a participle phrase before the verb still goes", ref: "2024-01-01",
			text: "Security officers employed by the contractor AeroGuard at Brightwater Regional Airport will stage a walkout on 3 May over pay.",
			want: []brief{{"2024-05-03", "on 3 May", "Security officers will stage a walkout over pay"}}},
	})
}

// TestCaptionOnItsOwnLine: a verbless phrase after a sentence of its
// paragraph ("Masses at 8:00 a.m.") goes on that paragraph; only a line
// of its own under a heading is a caption the heading names.
func TestCaptionOnItsOwnLine(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []brief
	}{
		{"a second sentence", "The Immaculate Conception falls on Friday, December 8. Masses at 8:00 a.m. and 7:00 p.m.",
			[]brief{{"2023-12-08", "on Friday, December 8", "The Immaculate Conception falls"}, {"2023-12-08T08:00", "at 8:00 a.m.", "Masses"}, {"2023-12-08T19:00", "7:00 p.m.", "Masses"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &timeline.Document{Name: "p.txt", Sections: []timeline.Section{{Kind: timeline.Body, Heading: "ADVENT AT SAINT BRIGID'S, 2023", Text: tt.text}}}
			if got := briefs(Events(doc, Options{Ref: day(t, "2023-12-01")})); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestGappedVerbGroup: a gapped clause ("... and a bilingual Mass at 7
// p.m.") takes the whole verb group of the clause before it, past an
// auxiliary or a modal, and the preposition that opened its first
// object.
func TestGappedVerbGroup(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a passive with 'with'", ref: "2023-12-03",
			text: "Our Lady of Guadalupe will be honored on Tuesday, December 12, with Las Mananitas at 5:00 a.m. and a bilingual Mass at 7 p.m.",
			want: []brief{{"2023-12-12T05:00", "on Tuesday, December 12 … at 5:00 a.m.", "Our Lady of Guadalupe will be honored with Las Mananitas"},
				{"2023-12-12T19:00", "at 7 p.m.", "Our Lady of Guadalupe will be honored with a bilingual Mass"}}},
		{name: "a modal's bare verb", ref: "2023-12-03",
			text: "The choir will sing the Messiah at 5 p.m. and a carol service at 7 p.m.",
			want: []brief{{"2023-12-03T17:00", "at 5 p.m.", "The choir will sing the Messiah"}, {"2023-12-03T19:00", "at 7 p.m.", "The choir will sing a carol service"}}},
		{name: "a past verb takes nothing more", ref: "2023-12-03",
			text: "Researchers enrolled the first volunteers in October 2003 and the last in June 2009.",
			want: []brief{{"2003-10", "in October 2003", "Researchers enrolled the first volunteers"}, {"2009-06", "in June 2009", "Researchers enrolled the last"}}},
	})
}

// TestSameFormParticiple: a participle spelt as its verb ("cast", "cut",
// "rebuilt") set off by commas after a noun dates that noun's making,
// not the main clause's state.
func TestSameFormParticiple(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "cast", ref: "2024-01-01", text: "The largest bell, cast in 1910, weighs 2,300 pounds.",
			want: []brief{{"1910", "in 1910", "The largest bell was cast"}}},
		{name: "rebuilt", ref: "2024-01-01", text: "The east wing, rebuilt in 1952, houses the library.",
			want: []brief{{"1952", "in 1952", "The east wing was rebuilt"}}},
	})
}

// TestBeginningAfterTimes: ", beginning DATE" after a noun phrase of
// times ("on the Fridays of Lent at 6:30 p.m.") dates the start of the
// subject's series, not of the times; after a period's name ("an
// initial term of three years, ending ...") it still dates the period.
func TestBeginningAfterTimes(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "on the Fridays of Lent", ref: "2024-02-11", text: "Stations of the Cross will be prayed on the Fridays of Lent at 6:30 p.m., beginning February 16.",
			want: []brief{{"2024-02-16", "February 16", "Stations of the Cross begin"}}},
		{name: "during the summer months", ref: "2024-05-01", text: "The roadworks will take place during the summer months, starting 2 June.",
			want: []brief{{"2024-06-02", "2 June", "The roadworks start"}}},
		{name: "a term", ref: "2024-05-01", text: "The agreement continues for an initial term of three years, ending on 31 March 2028.",
			want: []brief{{"2028-03-31", "on 31 March 2028", "The initial term of three years ends"}}},
	})
}

// TestTopicLabelNoSpeaker: a label in an earlier paragraph with no other
// speaker's in the text ("Strawberries: plant runners ...") is a topic's,
// and names no one for "our" paragraphs later; a transcript's turn still
// goes on across its paragraphs.
func TestTopicLabelNoSpeaker(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a topic label", ref: "2024-09-01", text: "Strawberries: plant runners as soon as they root.\n\nOur orchard was planted in 1998.",
			want: []brief{{"1998", "in 1998", "Our orchard was planted"}}},
		{name: "a label in the same paragraph", ref: "2024-09-01", text: "PATEL: Thanks for having me. Our orchard was planted in 1998.",
			want: []brief{{"1998", "in 1998", "Patel: our orchard was planted"}}},
		{name: "an interview", ref: "2024-09-01", text: "Q: When did you start?\n\nPATEL: Thanks for asking.\n\nOur orchard was planted in 1998.",
			want: []brief{{"1998", "in 1998", "Patel: our orchard was planted"}}},
	})
}

// TestSequelNounPhrase: a date after "after", "before" or "following" and
// a noun phrase ("shortly after its closest approach to Earth on 12
// October"), when the main clause has its own date before it, dates the
// noun phrase's event; without a date of the main clause's the date is
// still the main clause's.
func TestSequelNounPhrase(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "its closest approach", ref: "2024-09-02",
			text: "Comet Tsuchinshan-ATLAS should be at its best in the evening sky in mid-October, shortly after its closest approach to Earth on 12 October.",
			want: []brief{{"2024-10", "in mid-October", "Comet Tsuchinshan-ATLAS should be at its best in the evening sky"}, {"2024-10-12", "on 12 October", "Comet Tsuchinshan-ATLAS’s closest approach to Earth"}}},
		{name: "after the storm", ref: "2024-09-02", text: "The ship sailed on 3 May after the storm on 1 May.",
			want: []brief{{"2024-05-01", "on 1 May", "The storm"}, {"2024-05-03", "on 3 May", "The ship sailed after the storm on 1 May"}}},
		{name: "no date of the main clause's before it", ref: "2024-09-02", text: "The council met after the election on 3 May and again in June.",
			want: []brief{{"2024-05-03", "on 3 May", "The council met after the election"}, {"2024-06", "in June", "The council met after the election"}}},
	})
}

// TestWhichAfterADate: ", which" right after a date stands for the
// clause before it, not for the noun before the date; a verb of the
// relative clause's own nearer the date ("the record set on ...") keeps
// the date to that verb.
func TestWhichAfterADate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which puts lambing", ref: "2024-09-09", text: "The ewes go to the tup on 15 October, which puts lambing into March next year.",
			want: []brief{{"2024-10-15", "on 15 October", "The ewes go to the tup"}, {"2025-03", "March next year", "The ewes go to the tup, which puts lambing"}}},
		{name: "a participle nearer the date", ref: "2024-07-10", text: "Temperatures may reach 117 degrees at Sky Harbor on Sunday, which would tie the all-time record set on July 20, 2023.",
			want: []brief{{"2023-07-20", "on July 20, 2023", "The all-time record was set"}, {"2024-07-14", "on Sunday", "Temperatures may reach 117 degrees at Sky Harbor"}}},
	})
}

// TestDateHeadsNounPhrase: a date after "the" and a superlative ("after
// the wettest August we have had") heads its noun phrase and stays in
// the title; a verb left alone keeps its "again".
func TestDateHeadsNounPhrase(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the wettest August", ref: "2024-09-09", text: "Combining finished on Saturday, after the wettest August we have had since 2012.",
			want: []brief{{"2024-08", "August", "The wettest August we have had since 2012"}, {"2024-09-07", "on Saturday", "Combining finished"}}},
		{name: "try again", ref: "2024-08-01", text: "If the peak night is cloudy, try again the following night.",
			want: []brief{{"2024-08-02TNI", "the following night", "Try again"}}},
	})
}

// TestMoonPhaseRow: a table of the Moon's phases dates each phase once,
// titled by its name alone: no quarter of the year, no column name.
func TestMoonPhaseRow(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "phases", ref: "2024-09-25", text: "| Phase | Date | Time (UTC) |\n|---|---|---|\n| New Moon | 2 October | 18:49 |\n| First Quarter | 10 October | 18:55 |",
			want: []brief{{"2024-10-02T18:49", "2 October … 18:49", "New Moon"}, {"2024-10-10T18:55", "10 October … 18:55", "First Quarter"}}},
	})
}
